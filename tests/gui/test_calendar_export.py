"""The board's "Put the quota in my calendar…": a file dialog, the .ics file, a plain answer."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from smallsteps_desktop.settings import SettingsFile
from smallsteps_desktop.ui.desktop import Desktop


@pytest.fixture
def desktop(qtbot, app, clock, tmp_path: Path) -> Desktop:
    settings = SettingsFile(tmp_path / "settings.json", lambda message: None)
    settings.current = settings.current.changed(chime=False, daily_quota_steps=2,
                                                weekly_quota_minutes=45)
    app.board.skip_welcome()
    desktop = Desktop(app, settings, clock.now, tray_available=False)
    qtbot.addWidget(desktop.window)
    desktop.start()
    desktop.finish_start()  # what ui/main.py runs right after the first paint
    desktop.open_board()
    qtbot.addWidget(desktop.board.window)
    yield desktop
    desktop.stop()


def menu_action(desktop: Desktop, text: str):
    for menu_action in desktop.board.window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def test_the_board_menu_saves_the_quota_as_a_calendar_file(
        desktop: Desktop, tmp_path: Path, monkeypatch) -> None:
    chosen = tmp_path / "my quota"  # no extension typed: .ics is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(chosen), "Calendar files (*.ics)"))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))

    menu_action(desktop, "Put the quota in my calendar…").trigger()

    saved = tmp_path / "my quota.ics"
    calendar = icalendar.Calendar.from_ical(saved.read_bytes())
    events = calendar.walk("VEVENT")
    assert [e.decoded("duration").total_seconds() / 60 for e in events] == [10, 45]
    assert "Repeating time blocks: 2 · To-dos for open briefs: 0" in told[0]
    assert str(saved) in told[0]


def test_cancelling_writes_nothing_and_a_refusal_is_shown(
        desktop: Desktop, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    desktop.export_calendar()
    assert list(tmp_path.glob("*.ics")) == []

    desktop._settings.current = desktop._settings.current.changed(
        daily_quota_steps=0, weekly_quota_minutes=0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "q.ics"), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    desktop.export_calendar()
    assert warned and "Nothing to put in a calendar" in warned[0]
    assert not (tmp_path / "q.ics").exists()
