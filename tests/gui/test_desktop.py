"""The desktop app as a whole: actions, window and timer wired together (no tray offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.core.report_views import preset_period
from smallsteps_desktop.settings import SettingsFile, load_settings
from smallsteps_desktop.ui.desktop import Desktop
from smallsteps_desktop.ui.settings_dialog import SettingsDialog
from smallsteps_desktop.ui.times_up import TimesUpChoice

from support.clock import FakeClock


@pytest.fixture
def desktop(qtbot, app, clock, tmp_path: Path) -> Desktop:
    warnings: list[str] = []
    settings = SettingsFile(tmp_path / "settings.json", warnings.append)
    # Silent by default: the test machine has no sound device (see the chime test).
    settings.current = settings.current.changed(chime=False)
    app.board.skip_welcome()  # a returning user; the welcome has its own tests below
    desktop = Desktop(app, settings, clock.now, tray_available=False)
    qtbot.addWidget(desktop.window)
    desktop.start()
    desktop.finish_start()  # what ui/main.py runs right after the first paint
    yield desktop
    desktop.stop()
    desktop.translation.remove()  # English again, whatever a test switched to
    if desktop.prompt is not None:
        desktop.prompt.close()


def run_for(desktop: Desktop, clock: FakeClock, seconds: int) -> None:
    """Time passes with the computer awake: the bridge polls every second."""
    for _ in range(seconds):
        clock.advance(1)
        desktop.bridge._on_poll()


def test_without_a_tray_the_window_shows_and_explains_the_fix(desktop: Desktop) -> None:
    assert desktop.tray is None
    assert desktop.window.isVisible()
    assert "No system tray" in desktop.window.status_label.text()
    assert "AppIndicator" in desktop.window.status_label.text()
    assert desktop._tray_watch.is_looking()  # for a tray that comes later
    desktop.stop()
    assert not desktop._tray_watch.is_looking()


def test_a_tray_that_comes_after_the_start_is_moved_into(qtbot, app, clock: FakeClock,
                                                        tmp_path: Path, monkeypatch,
                                                        tray_shown) -> None:
    """At login the panel may start after the app: the app moves into its tray then."""
    from smallsteps_desktop.ui import tray_watch
    from smallsteps_desktop.ui.tray import Tray

    monkeypatch.setattr(tray_watch, "LOOK_EVERY_MS", 20)
    tray_here = [False]
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: tray_here[0]))
    settings = SettingsFile(tmp_path / "settings.json", print)
    app.board.skip_welcome()
    app.steps.start(app.steps.add("Post a photo"))
    desktop = Desktop(app, settings, clock.now, tray_available=False)
    qtbot.addWidget(desktop.window)
    QApplication.setQuitOnLastWindowClosed(True)  # as ui/main.py does without a tray
    try:
        desktop.start()
        desktop.finish_start()
        qtbot.wait(100)
        assert desktop.tray is None and tray_shown == []
        tray_here[0] = True
        qtbot.waitUntil(lambda: desktop.tray is not None, timeout=2000)
        assert tray_shown == [True]
        assert desktop.tray.icon.toolTip() == ("Post a photo — 5 min left\n"
                                               "Today 0 of 1 step · this week 0 of 60 min")
        assert not QApplication.quitOnLastWindowClosed()  # closing the window keeps the app
        assert "system tray now" in desktop.window.status_label.text()
        assert not desktop._tray_watch.is_looking()
        [action] = [a for a in desktop.tray.menu.actions() if a.text() == "Pause"]
        action.trigger()
        assert app.queries.current().timer.state is TimerState.PAUSED
    finally:
        desktop.stop()
        QApplication.setQuitOnLastWindowClosed(True)


def test_start_pause_action_follows_the_timer(desktop: Desktop, app) -> None:
    app.steps.add("Post a photo")
    desktop.bridge.refresh()
    action = desktop.actions.start_pause
    assert action.text() == "Start" and action.isEnabled()

    action.trigger()
    assert app.queries.current().timer.state is TimerState.RUNNING
    assert action.text() == "Pause"

    action.trigger()
    assert app.queries.current().timer.state is TimerState.PAUSED
    assert action.text() == "Resume"


def test_nothing_to_start_disables_start(desktop: Desktop) -> None:
    assert not desktop.actions.start_pause.isEnabled()
    assert not desktop.actions.done.isEnabled()


def test_the_report_opens_from_the_shared_action(qtbot, desktop: Desktop, app) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    app.steps.done()
    assert desktop.report_window is None  # not built at start-up
    assert desktop.actions.report.isEnabled() and desktop.actions.settings.isEnabled()
    desktop.actions.report.trigger()
    qtbot.addWidget(desktop.report_window)
    qtbot.waitUntil(desktop.report_window.isVisible)
    assert desktop.report_window.report.totals.steps_done == 1
    app.steps.start(app.steps.add("Ask for a review"))
    app.steps.done()
    desktop.actions.report.trigger()  # opened again: shows what happened since
    assert desktop.report_window.report.totals.steps_done == 2


def test_the_board_opens_from_the_shared_action(qtbot, desktop: Desktop, app) -> None:
    app.steps.add("Post a photo")
    assert desktop.board is None  # not built at start-up
    desktop.actions.board.trigger()
    qtbot.waitUntil(lambda: desktop.board is not None and desktop.board.window.isVisible())
    assert desktop.board.controller.model.step_ids() == [app.queries.next_step().id]


def test_the_tray_tooltip_shows_the_quota(qtbot, app, clock: FakeClock, tmp_path: Path) -> None:
    settings = SettingsFile(tmp_path / "settings.json", print)
    settings.current = settings.current.changed(chime=False, daily_quota_steps=3)
    app.board.skip_welcome()
    desktop = Desktop(app, settings, clock.now, tray_available=True)
    qtbot.addWidget(desktop.window)
    app.steps.start(app.steps.add("Post a photo"))
    clock.advance(minutes=5)
    app.steps.done()
    desktop.bridge.refresh()
    assert desktop.tray.icon.toolTip() == ("No current step\n"
                                           "Today 1 of 3 steps · this week 5 of 60 min")
    settings.current = settings.current.changed(daily_quota_steps=1, weekly_quota_minutes=0)
    desktop.bridge.refresh()
    assert desktop.tray.icon.toolTip().endswith("\nToday 1 of 1 step · this week 5 min · "
                                                "1 day in a row")
    desktop.stop()


@pytest.fixture
def tray_shown(monkeypatch) -> list[bool]:
    """Showing the tray icon recorded, not done: the offscreen platform warns about it."""
    from PySide6.QtWidgets import QSystemTrayIcon

    shown: list[bool] = []
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda icon: shown.append(True))
    return shown


def started_with_tray(qtbot, app, clock: FakeClock, tmp_path: Path) -> Desktop:
    """A desktop with a tray (see tray_shown) after its first paint, a timebox running."""
    settings = SettingsFile(tmp_path / "settings.json", print)
    settings.current = settings.current.changed(chime=False, daily_quota_steps=3)
    app.board.skip_welcome()
    app.steps.start(app.steps.add("Post a photo"))
    desktop = Desktop(app, settings, clock.now, tray_available=True)
    qtbot.addWidget(desktop.window)
    desktop.start()
    return desktop


def test_the_first_paint_shows_the_step_and_the_rest_follows(qtbot, app, clock: FakeClock,
                                                            tmp_path: Path, tray_shown) -> None:
    """start() is the first paint (ui/main.py logs "ready" after it); finish_start() the rest."""
    desktop = started_with_tray(qtbot, app, clock, tmp_path)
    assert tray_shown == [True]
    assert desktop.window.isVisible() and desktop.window.title_label.text() == "Post a photo"
    assert desktop.window.countdown_label.text() == "5:00"
    assert desktop.window._tick.isActive()  # the countdown runs from the first paint on
    assert desktop.tray.icon.toolTip() == "Post a photo — 5 min left"  # the quota comes later
    assert desktop.reactions is None
    desktop.finish_start()
    assert desktop.tray.icon.toolTip() == ("Post a photo — 5 min left\n"
                                           "Today 0 of 3 steps · this week 0 of 60 min")
    assert desktop.reactions is not None
    desktop.window.showMinimized()  # the window is watched now: a minimized one sleeps
    qtbot.waitUntil(lambda: not desktop.window._tick.isActive(), timeout=2000)
    desktop.show_window()
    qtbot.waitUntil(desktop.window._tick.isActive, timeout=2000)
    desktop.stop()


def test_the_tray_speaks_a_new_language_at_once(qtbot, app, clock: FakeClock, tmp_path: Path,
                                                tray_shown, monkeypatch) -> None:
    desktop = started_with_tray(qtbot, app, clock, tmp_path)
    desktop.finish_start()
    try:
        choose_language(monkeypatch, "de")
        desktop.actions.settings.trigger()
        tooltip = desktop.tray.icon.toolTip()
        assert tooltip.startswith("Post a photo – noch 5 Min.\n"), tooltip
        assert "Today" not in tooltip  # the quota line too
        assert [a.text() for a in desktop.tray.menu.actions() if a.text()][1] == "Pausieren"
    finally:
        desktop.stop()
        desktop.translation.remove()


def test_the_board_opens_from_the_tray_menu(qtbot, app, clock: FakeClock, tmp_path: Path,
                                           tray_shown) -> None:
    settings = SettingsFile(tmp_path / "settings.json", print)
    app.board.skip_welcome()
    app.steps.add("Post a photo")
    desktop = Desktop(app, settings, clock.now, tray_available=True)
    qtbot.addWidget(desktop.window)
    desktop.start()
    desktop.finish_start()
    assert desktop.board is None  # not built at start-up
    [action] = [a for a in desktop.tray.menu.actions() if a.text() == "Open board"]
    action.trigger()
    qtbot.waitUntil(lambda: desktop.board is not None and desktop.board.window.isVisible())
    assert desktop.board.controller.model.step_ids() == [app.queries.next_step().id]
    desktop.stop()


def test_time_up_asks_and_five_more_minutes_are_given_once(
        qtbot, desktop: Desktop, app, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    desktop.bridge.refresh()
    run_for(desktop, clock, 301)

    prompt = desktop.prompt
    assert prompt is not None and prompt.isVisible()
    assert "Post a photo" in prompt.text()
    prompt.button_for(TimesUpChoice.MORE).click()
    view = app.queries.current()
    assert view.timer.state is TimerState.RUNNING
    assert view.timer.remaining_seconds == pytest.approx(300)

    run_for(desktop, clock, 301)
    assert desktop.prompt is not prompt
    assert not desktop.prompt.button_for(TimesUpChoice.MORE).isEnabled()


def test_close_window_is_toggled_back(desktop: Desktop) -> None:
    desktop.toggle_window()
    assert not desktop.window.isVisible()
    desktop.toggle_window()
    assert desktop.window.isVisible()
    QApplication.processEvents()


def run_a_minute_of_a_timebox(desktop: Desktop, app, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    desktop.bridge.refresh()
    desktop.bridge._on_poll()
    run_for(desktop, clock, 60)


def test_time_away_is_left_out_when_the_owner_says_no(
        desktop: Desktop, app, clock: FakeClock, monkeypatch) -> None:
    run_a_minute_of_a_timebox(desktop, app, clock)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest:
                        asked.append(text) or QMessageBox.StandardButton.No)

    clock.advance(3600)  # asleep: no poll for an hour
    desktop.bridge._on_poll()

    assert len(asked) == 1 and "60 min" in asked[0]
    timer = app.queries.current().timer
    assert timer.state is TimerState.RUNNING
    assert timer.remaining_seconds == pytest.approx(240, abs=2)
    assert desktop.prompt is None or not desktop.prompt.isVisible()


def test_time_away_counts_when_the_owner_says_yes(
        desktop: Desktop, app, clock: FakeClock, monkeypatch) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    desktop.bridge.refresh()
    desktop.bridge._on_poll()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    clock.advance(3600)
    desktop.bridge._on_poll()
    assert app.queries.current().timer.state is TimerState.EXPIRED


def test_time_away_is_left_out_before_the_owner_answers(
        desktop: Desktop, app, clock: FakeClock, monkeypatch) -> None:
    """An unanswered question (the app quit, the owner walked off) never counts time away."""
    run_a_minute_of_a_timebox(desktop, app, clock)
    seen: list[float] = []

    def look_then_close(*args):
        seen.append(app.queries.current().timer.remaining_seconds)
        return QMessageBox.StandardButton.Close  # closed without an answer

    monkeypatch.setattr(QMessageBox, "question", look_then_close)
    clock.advance(3600)
    desktop.bridge._on_poll()
    assert seen == [pytest.approx(240, abs=2)]
    assert app.queries.current().timer.remaining_seconds == pytest.approx(240, abs=2)
    report = app.reports.report(preset_period("today", app.reports.today()), 1)
    assert report.totals.minutes_away_excluded == 0  # still running: counted once it ends
    app.steps.done()
    report = app.reports.report(preset_period("today", app.reports.today()), 1)
    assert report.totals.minutes_away_excluded == pytest.approx(60, abs=0.2)


def test_the_chime_follows_the_setting(desktop: Desktop, monkeypatch) -> None:
    rung: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", lambda: rung.append(True))
    monkeypatch.setattr(desktop.chime, "_load", lambda: None)  # no sound device in tests
    desktop._settings.current = desktop._settings.current.changed(chime=True)
    assert desktop.chime.ring() is True and rung == [True]
    desktop._settings.current = desktop._settings.current.changed(chime=False)
    assert desktop.chime.ring() is False and rung == [True]


def test_settings_are_saved_and_applied(desktop: Desktop, monkeypatch) -> None:
    def choose(dialog: SettingsDialog) -> int:
        dialog.timebox_spin.setValue(10)
        dialog.on_top_check.setChecked(True)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    desktop.actions.settings.trigger()

    saved = load_settings(desktop._settings.path, lambda message: None)
    assert (saved.timebox_minutes, saved.always_on_top, saved.language) == (10, True, "de")
    assert desktop.window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def choose_language(monkeypatch, language: str) -> None:
    def choose(dialog: SettingsDialog) -> int:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose)


def test_a_new_language_shows_at_once_everywhere(desktop: Desktop, app, monkeypatch,
                                                qtbot) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    desktop.bridge.refresh()
    desktop.open_board()
    english_board = desktop.board
    choose_language(monkeypatch, "de")
    desktop.actions.settings.trigger()
    window, actions = desktop.window, desktop.actions
    assert [b.text() for b in (window.start_button, window.pause_button, window.done_button,
                               window.skip_button)] == ["Starten", "Pausieren", "Erledigt",
                                                        "Überspringen"]
    assert window.state_label.text() == "Läuft"
    assert window.pause_button.toolTip() == "Zeitfenster pausieren (P)"
    assert window.skip_button.shortcut().toString() == "Ü"  # Überspringen
    assert window.title_label.accessibleName() != "Current step"
    assert (actions.start_pause.text(), actions.board.text()) == ("Pausieren", "Übersicht öffnen")
    assert actions.step_title.text() == "Post a photo"  # named for the moment again
    assert actions.start_pause.shortcut().toString() == "Ctrl+Space"  # keys stay
    qtbot.waitUntil(lambda: desktop.board is not None and desktop.board.window.isVisible())
    assert desktop.board is not english_board  # built anew, and open again
    assert desktop.board.window.windowTitle() != "Small Steps – Board"
    choose_language(monkeypatch, "en")
    desktop.actions.settings.trigger()
    assert window.pause_button.text() == "Pause" and window.state_label.text() == "Running"
    assert window.skip_button.shortcut().toString() == "K"
    assert actions.board.text() == "Open board"
    assert desktop.board.window.windowTitle() == "Small Steps – Board"


def test_start_at_login_writes_and_removes_the_autostart_entry(desktop: Desktop, monkeypatch,
                                                               smallsteps_home) -> None:
    from smallsteps_desktop.autostart import autostart_file

    def toggle(dialog: SettingsDialog) -> int:
        dialog.autostart_check.setChecked(not dialog.autostart_check.isChecked())
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", toggle)
    entry = autostart_file()
    assert str(entry).startswith(os.environ["XDG_CONFIG_HOME"])  # never the real home
    desktop.actions.settings.trigger()
    text = entry.read_text(encoding="utf-8")
    assert "Exec=" in text and "X-GNOME-Autostart-enabled=true" in text
    desktop.actions.settings.trigger()
    assert not entry.exists()
    assert load_settings(desktop._settings.path, lambda message: None).autostart is False


def test_cancelled_settings_change_nothing(desktop: Desktop, monkeypatch) -> None:
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: 0)
    desktop.actions.settings.trigger()
    assert not desktop._settings.path.exists()


def test_a_first_start_welcomes_and_makes_the_first_step_current(qtbot, app, clock, tmp_path,
                                                                 monkeypatch) -> None:
    from smallsteps_desktop.ui.welcome import WelcomeWizard

    def answer(wizard: WelcomeWizard) -> int:
        wizard.show()
        wizard.annoyances_page.edits[0].setText("Nobody finds us on Google")
        wizard.next()
        wizard.step_page.step_edit.setText("Check the opening hours on Google")
        wizard.accept()
        return 1
    monkeypatch.setattr(WelcomeWizard, "exec", answer)
    settings = SettingsFile(tmp_path / "settings.json", print)
    desktop = Desktop(app, settings, clock.now, tray_available=False)
    qtbot.addWidget(desktop.window)
    desktop.start()
    desktop.finish_start()  # what ui/main.py runs right after the first paint
    qtbot.waitUntil(lambda: app.queries.current().step is not None)
    assert app.queries.current().step.title == "Check the opening hours on Google"
    assert not app.board_queries.is_new()
    desktop.stop()


def test_a_skipped_welcome_is_not_shown_again(qtbot, app, clock, tmp_path, monkeypatch) -> None:
    from smallsteps_desktop.ui.welcome import WelcomeWizard

    shown: list[bool] = []
    monkeypatch.setattr(WelcomeWizard, "exec", lambda wizard: shown.append(True) or 0)
    settings = SettingsFile(tmp_path / "settings.json", print)
    for _ in range(2):
        desktop = Desktop(app, settings, clock.now, tray_available=False)
        qtbot.addWidget(desktop.window)
        desktop.start()
        desktop.finish_start()
        qtbot.wait(20)
        desktop.stop()
    assert shown == [True]
    assert app.queries.current().step is None


def test_the_board_menu_opens_the_report(qtbot, desktop: Desktop) -> None:
    desktop.open_board()
    [action] = [a for menu in desktop.board.window.menuBar().findChildren(QMenu)
                for a in menu.actions() if a.text() == "Progress &report…"]
    assert action.shortcut().toString() == "Ctrl+R"
    action.trigger()
    qtbot.addWidget(desktop.report_window)
    qtbot.waitUntil(desktop.report_window.isVisible)


def test_an_unexpected_error_is_told_briefly_with_the_log_file(desktop: Desktop, monkeypatch,
                                                               tmp_path: Path) -> None:
    from smallsteps_desktop.ui import main

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[1:]))
    main._tell(desktop.window, "ZeroDivisionError: division by zero", tmp_path / "smallsteps.log")
    [(title, text)] = told
    assert title == "Something went wrong"
    assert "keeps running" in text and "ZeroDivisionError" in text
    assert str(tmp_path / "smallsteps.log") in text


def test_a_start_failure_is_shown_in_a_window(qapp, monkeypatch) -> None:
    from smallsteps_desktop.ui import main

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[1:]))
    main.show_start_failure("Cannot use the data file /x: the folder /x is read-only.", ["x"])
    assert shown == [("Small Steps cannot start",
                      "Cannot use the data file /x: the folder /x is read-only.")]


def test_the_daily_backup_of_the_tray_app(app, caplog) -> None:
    from smallsteps_desktop.ui import main

    app.steps.add("Post a photo")
    main._daily_backup(app)
    [made] = list(app.paths.backup_dir.glob("daily-*.sqlite3"))
    main._daily_backup(app)  # once a day only
    assert list(app.paths.backup_dir.glob("daily-*.sqlite3")) == [made]

    class FullDisk:
        def daily_backup(self):
            raise OSError(28, "No space left on device")

    with caplog.at_level("WARNING", logger="smallsteps"):
        main._daily_backup(FullDisk())  # logged, never raised: the timer keeps going
    assert "the daily backup failed" in caplog.text


def test_a_chore_from_the_starter_library_lands_on_the_board_and_can_be_undone(
        qtbot, desktop: Desktop, app, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from smallsteps_desktop.starter import load_library
    from smallsteps_desktop.ui.starter_dialog import StarterDialog

    first = load_library("en").chores[0]

    def pick_the_first(dialog: StarterDialog) -> int:
        dialog.browser.select(first.key)
        dialog.setResult(QDialog.DialogCode.Accepted.value)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(StarterDialog, "exec", pick_the_first)
    desktop.open_library()
    qtbot.waitUntil(lambda: desktop.board is not None and desktop.board.window.isVisible())
    steps = app.queries.list_json()
    [chore] = [s for s in steps if s["parent_id"] is None]
    assert chore["title"] == first.title
    assert [s["title"] for s in steps if s["parent_id"] == chore["id"]] == list(first.steps)
    desktop.board.controller.undo_stack.undo()  # one change: the chore and all its steps
    assert app.queries.list_json() == []
