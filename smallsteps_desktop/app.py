"""The composition root: the one place that builds and wires the app's objects."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from smallsteps_desktop.core.board import BoardService
from smallsteps_desktop.core.board_views import BoardQueries
from smallsteps_desktop.core.clock import Clock, SystemClock
from smallsteps_desktop.core.report_views import ReportQueries
from smallsteps_desktop.core.services import StepService
from smallsteps_desktop.core.views import StepQueries
from smallsteps_desktop.paths import AppPaths
from smallsteps_desktop.settings import load_settings
from smallsteps_desktop.storage.database import open_database
from smallsteps_desktop.storage.repositories import SqliteStore


def warn(message: str) -> None:
    print(f"smallsteps: warning: {message}", file=sys.stderr)


@dataclass
class Services:
    """Everything the CLI and the GUI talk to."""

    paths: AppPaths
    clock: Clock
    store: SqliteStore
    steps: StepService
    queries: StepQueries
    board: BoardService
    board_queries: BoardQueries
    reports: ReportQueries

    def close(self) -> None:
        self.store.close()


def open_services(paths: AppPaths, clock: Clock | None = None) -> Services:
    """Open the data file and build the use cases on top of it."""
    clock = clock or SystemClock()
    store = SqliteStore(open_database(paths.database, paths.backup_dir))

    def default_minutes() -> int:
        return load_settings(paths.settings_file, warn).timebox_minutes

    return Services(
        paths=paths,
        clock=clock,
        store=store,
        steps=StepService(store, clock, default_minutes),
        queries=StepQueries(store, clock, default_minutes),
        board=BoardService(store, clock, default_minutes),
        board_queries=BoardQueries(store, clock),
        reports=ReportQueries(store, clock),
    )


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    """Start the desktop app; Qt is imported only here."""
    import logging

    from smallsteps_desktop.logs import LOG_NAME, setup_logging
    from smallsteps_desktop.settings import SettingsFile
    from smallsteps_desktop.ui.main import run

    log_file = setup_logging(paths.log_dir)
    settings = SettingsFile(paths.settings_file, logging.getLogger(LOG_NAME).warning)
    services = open_services(paths)
    try:
        return run(services, settings, argv, log_file)
    finally:
        services.close()
