"""The board and the report in the real app under X with realistic content, in German and English.

The screenshots land in the artifacts folder for a person to judge; the ones in
docs/screenshots were taken from this test and checked by eye.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from e2e.test_tray_app import (assert_clean_exit, focus_window, launch, new_window,  # noqa: F401
                               runtime_dir, settled_pixels, visible_windows, wait_for_tray_icon,
                               x)
from e2e.xserver import screenshot

from smallsteps_desktop.app import open_services
from smallsteps_desktop.core.board import Handoff
from smallsteps_desktop.core.models import StepStatus
from smallsteps_desktop.paths import resolve_paths
from smallsteps_desktop.starter import load_library

from support.clock import FakeClock

BOARD_TITLES = {"en": "Small Steps – Board", "de": "Small Steps – Übersicht"}


def fill_like_a_month_of_use(home: Path, language: str) -> None:
    """Five chores from the starter library, worked on over a few days, as a user would."""
    paths = resolve_paths(home)
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({"schema_version": 1, "language": language,
                                               "chime": False}), encoding="utf-8")
    clock = FakeClock(datetime.now(timezone.utc) - timedelta(days=3))
    services = open_services(paths, clock)
    library = load_library(language)
    try:
        chores = [services.board.add_chore(c.title, c.steps, c.area, annoyance)
                  for c, annoyance in zip(library.chores[:5], (5, 4, 3, 3, 2))]
        steps = [change.added[1:] for change in chores]
        for step_id in steps[0][:2] + steps[2][:1]:  # a few steps done, with time and learnings
            services.steps.start(step_id)
            clock.advance(minutes=4)
            services.steps.done("Took less time than I thought")
            clock.advance(hours=20)
        services.board.move(steps[1][1], StepStatus.STUCK)
        services.board.delegate(steps[1][2], Handoff("Anna", due=date.today() - timedelta(days=1)))
        services.board.delegate(steps[3][4], Handoff("Ben", due=date.today() + timedelta(days=5)))
        services.board.make_current(steps[0][2])
    finally:
        services.close()


def open_by_shortcut(launch, x_display: str, home: Path, language: str, key: str,
                     what: str):
    """The app with a month of use; key typed into the step window opens a window at 0,0."""
    fill_like_a_month_of_use(home, language)
    app = launch(home)
    assert app.wait_ready() == "smallsteps: ready tray=True"
    icon_id, _, _ = wait_for_tray_icon(x_display)
    window = focus_window(x_display, icon_id)
    before = visible_windows(x_display)
    x(x_display, "xdotool", "windowfocus", "--sync", window)  # no window manager to activate
    x(x_display, "xdotool", "key", "--window", window, key)  # a shared action's shortcut
    opened = new_window(x_display, before, what)
    x(x_display, "xdotool", "windowmove", "--sync", opened, "0", "0")
    return app, opened


@pytest.mark.parametrize("language", ["en", "de"])
def test_board_with_realistic_content(launch, x_display, smallsteps_home, artifacts_dir,  # noqa: F811
                                      language) -> None:
    app, board = open_by_shortcut(launch, x_display, smallsteps_home, language, "ctrl+b",
                                  "the board to open")
    # The next step selected, so the details show too.
    x(x_display, "xdotool", "key", "--window", board, "--delay", "80", "ctrl+2", "Down")
    settled_pixels(x_display, board)
    shot = screenshot(x_display, artifacts_dir / f"e2e-board-{language}.png")
    assert shot.stat().st_size > 20_000  # a filled window, not a blank one
    assert x(x_display, "xdotool", "getwindowname", board).strip() == BOARD_TITLES[language]
    assert_clean_exit(app)


REPORT_TITLES = {"en": "Progress report – Small Steps", "de": "Fortschrittsbericht – Small Steps"}
PERIOD_KEYS = {"en": "alt+p", "de": "alt+z"}  # the mnemonic of "Period:" / "Zeitraum:"


@pytest.mark.parametrize("language", ["en", "de"])
def test_report_window_with_realistic_content(launch, x_display, smallsteps_home,  # noqa: F811
                                              artifacts_dir, language) -> None:
    app, report = open_by_shortcut(launch, x_display, smallsteps_home, language, "ctrl+r",
                                   "the report window to open")
    x(x_display, "xdotool", "windowfocus", "--sync", report)
    # Three days of use may cross a week's end: show this month (two down from "This week").
    x(x_display, "xdotool", "key", "--window", report, "--delay", "120",
      PERIOD_KEYS[language], "Down", "Down")
    settled_pixels(x_display, report)
    shot = screenshot(x_display, artifacts_dir / f"e2e-report-{language}.png")
    assert shot.stat().st_size > 20_000
    assert x(x_display, "xdotool", "getwindowname", report).strip() == REPORT_TITLES[language]
    assert_clean_exit(app)
