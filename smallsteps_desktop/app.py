"""The composition root: the one place that builds and wires the app's objects."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING
from datetime import datetime
from pathlib import Path

from smallsteps_desktop.core.clock import Clock, SystemClock
from smallsteps_desktop.core.errors import SmallStepsError
from smallsteps_desktop.core.views import StepQueries
from smallsteps_desktop.paths import AppPaths
from smallsteps_desktop.settings import load_settings
from smallsteps_desktop.storage.database import (
    DamagedFile,
    DatabaseError,
    open_database,
    set_aside,
)
from smallsteps_desktop.storage.repositories import SqliteStore

if TYPE_CHECKING:
    from smallsteps_desktop.core.board import BoardService
    from smallsteps_desktop.core.board_views import BoardQueries
    from smallsteps_desktop.core.reactions import ReactionService
    from smallsteps_desktop.core.report_views import ReportQueries
    from smallsteps_desktop.core.services import StepService


def warn(message: str) -> None:
    print(f"smallsteps: warning: {message}", file=sys.stderr)


class Services:
    """Everything the CLI and the GUI talk to.

    A plain class, not a dataclass: generating its methods cost the tray app's start 0.7 ms.
    """

    def __init__(self, paths: AppPaths, clock: Clock, store: SqliteStore, queries: StepQueries,
                 default_minutes: Callable[[], int], set_aside: Path | None = None) -> None:
        self.paths = paths
        self.clock = clock
        self.store = store
        self.queries = queries
        self.default_minutes = default_minutes  # the timebox length of a step that has none yet
        self.set_aside = set_aside  # a damaged data file renamed at start (the tray app tells)

    def close(self) -> None:
        self.store.close()

    # The use cases below are built (and their modules imported) on first use: the tray
    # app's first paint needs only the queries, and most commands use one of them.
    @cached_property
    def steps(self) -> StepService:
        from smallsteps_desktop.core.services import StepService

        return StepService(self.store, self.clock, self.default_minutes)

    @cached_property
    def board(self) -> BoardService:
        from smallsteps_desktop.core.board import BoardService

        return BoardService(self.store, self.clock, self.default_minutes)

    @cached_property
    def board_queries(self) -> BoardQueries:
        from smallsteps_desktop.core.board_views import BoardQueries

        return BoardQueries(self.store, self.clock)

    @property
    def reports(self) -> ReportQueries:
        """The progress report's queries; imported on first use (most commands never ask)."""
        from smallsteps_desktop.core.report_views import ReportQueries

        return ReportQueries(self.store, self.clock)

    @property
    def reactions(self) -> ReactionService:
        """Public steps and what readers did after them."""
        from smallsteps_desktop.core.reactions import ReactionService

        return ReactionService(self.store, self.clock)

    def daily_backup(self) -> Path | None:
        """A copy of the data once a day (the tray app asks soon after it starts)."""
        from smallsteps_desktop.storage.backups import daily_backup

        return daily_backup(self.store.connection, self.paths.backup_dir, datetime.now())


def open_services(paths: AppPaths, clock: Clock | None = None, *,
                  set_aside_damaged: bool = False, in_memory: bool = False) -> Services:
    """Open the data file and build the use cases on top of it.

    set_aside_damaged (the tray app): a damaged data file is renamed, bytes kept, and
    a fresh one started, with a notice for the user. The command line refuses instead,
    so a script never carries on with an empty data file unnoticed.
    in_memory: an empty database that is never saved, for commands that only read or
    are refused on a folder with no data yet, so they leave nothing behind.
    """
    clock = clock or SystemClock()
    kept = None
    try:
        conn = open_database(Path(":memory:") if in_memory else paths.database, paths.backup_dir)
    except DamagedFile as damage:
        if not set_aside_damaged:
            raise
        try:
            kept = set_aside(paths.database, datetime.now())
        except OSError as error:
            raise DatabaseError(f"{damage} Setting it aside failed: {error}.") from error
        conn = open_database(paths.database, paths.backup_dir)
    store = SqliteStore(conn)

    def default_minutes() -> int:
        return load_settings(paths.settings_file, warn).timebox_minutes

    return Services(
        paths=paths,
        clock=clock,
        store=store,
        queries=StepQueries(store, clock, default_minutes),
        default_minutes=default_minutes,
        set_aside=kept,
    )


def run_gui(paths: AppPaths, argv: list[str]) -> int:
    """Start the desktop app; Qt is imported only here."""
    import logging

    from smallsteps_desktop.logs import LOG_NAME, setup_logging
    from smallsteps_desktop.settings import SettingsFile
    from smallsteps_desktop.ui.main import run, show_start_failure

    log_file = setup_logging(paths.log_dir)
    settings = SettingsFile(paths.settings_file, logging.getLogger(LOG_NAME).warning)
    try:
        services = open_services(paths, set_aside_damaged=True)
    except SmallStepsError as error:
        # Started from the menu, nobody reads stderr: say it in a window too.
        show_start_failure(str(error), argv)
        raise
    if services.set_aside is not None:
        logging.getLogger(LOG_NAME).warning(
            "the data file %s was damaged; kept as %s, started a new one",
            paths.database, services.set_aside)
    try:
        return run(services, settings, argv, log_file)
    finally:
        services.close()
