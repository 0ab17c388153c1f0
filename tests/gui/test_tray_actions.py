"""The shared actions and the tray: names, enabled states, menu, tooltip and redraw timer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.ui import tray as tray_module
from smallsteps_desktop.ui.actions import AppActions
from smallsteps_desktop.ui.tray import Tray
from support.clock import FakeClock
from support.services import make_services

TITLE = "Post a photo"
Reason = QSystemTrayIcon.ActivationReason


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(tmp_path: Path, clock: FakeClock):
    services = make_services(tmp_path / "data", clock)
    yield services
    services.close()


@pytest.fixture
def actions(qapp) -> AppActions:
    return AppActions()


@pytest.fixture
def tray(actions, clock) -> Tray:
    return Tray(actions, clock.now)


def started(services) -> None:
    services.steps.start(services.steps.add(TITLE))


def state_of(actions: AppActions) -> tuple:
    """(start/pause text, enabled) for start_pause, done and skip."""
    return (actions.start_pause.text(), actions.start_pause.isEnabled(),
            actions.done.isEnabled(), actions.skip.isEnabled())


def test_actions_follow_the_timer_through_every_state(actions, services, clock):
    actions.update_for(services.queries.current())
    assert actions.step_title.text() == "No current step" and not actions.step_title.isEnabled()
    assert state_of(actions) == ("Start", True, False, False)
    actions.update_for(services.queries.current(), can_start=False)
    assert state_of(actions) == ("Start", False, False, False)
    started(services)
    actions.update_for(services.queries.current())
    assert actions.step_title.text() == TITLE and not actions.step_title.isEnabled()
    assert state_of(actions) == ("Pause", True, True, True)
    services.steps.pause()
    actions.update_for(services.queries.current())
    assert state_of(actions) == ("Resume", True, True, True)
    assert actions.start_pause.toolTip() == actions.start_pause.statusTip() == "Resume the timebox"
    services.steps.resume()
    clock.advance(301)
    actions.update_for(services.queries.current())
    assert state_of(actions) == ("Pause", False, True, True)
    assert "Time is up" in actions.start_pause.toolTip()


def test_long_titles_are_cut_and_kept_plain_in_the_menu(actions, services):
    # "&" would mark a mnemonic and a tab would start the shortcut column.
    services.steps.start(services.steps.add("Tom & Jerry:\t" + "very " * 20 + "long title"))
    actions.update_for(services.queries.current())
    text = actions.step_title.text()
    assert text.startswith("Tom && Jerry: very") and text.endswith("…")
    assert "\t" not in text and len(text.replace("&&", "&")) <= 41
    assert actions.step_title.toolTip().startswith("Tom & Jerry")


def test_actions_have_shortcuts_tips_and_start_disabled_where_unavailable(actions):
    shortcuts = {a.text(): a.shortcut().toString() for a in actions.all()}
    assert shortcuts == {
        "No current step": "", "Start": "Ctrl+Space", "Done": "Ctrl+D",
        "Skip – what's stuck?": "Ctrl+K", "Show window": "", "Open board": "Ctrl+B", "Report…": "Ctrl+R",
        "Settings…": "Ctrl+,", "Quit": "Ctrl+Q"}
    assert all(a.toolTip() and a.statusTip() for a in actions.all())
    assert actions.board.isEnabled() and actions.report.isEnabled()


def test_the_tray_menu_holds_the_actions_in_order(tray, actions):
    got = [None if a.isSeparator() else a for a in tray.menu.actions()]
    assert got == [actions.step_title, None, actions.start_pause, actions.done, actions.skip,
                   None, actions.show_window, actions.board, actions.report, actions.settings,
                   None, actions.quit]
    assert tray.icon.contextMenu() is tray.menu
    assert isinstance(Tray.available(), bool)


def test_the_tooltip_names_the_step_and_the_time_left(tray, services, clock):
    tooltip = tray.icon.toolTip
    tray.show_view(services.queries.current())
    assert tooltip() == "No current step"
    services.steps.add(TITLE)
    services.steps.start(None)
    tray.show_view(services.queries.current())
    assert tooltip() == "Post a photo — 5 min left"
    clock.advance(61)
    services.steps.pause()
    tray.show_view(services.queries.current())
    assert tooltip() == "Post a photo — paused, 4 min left"
    services.steps.resume()
    clock.advance(300)
    tray.show_view(services.queries.current())
    assert tooltip() == "Post a photo — time is up"


def test_a_left_click_toggles_the_window_and_a_right_click_does_not(qtbot, tray):
    with qtbot.assertNotEmitted(tray.sig_toggle_window):
        tray._on_activated(Reason.Context)
    with qtbot.waitSignal(tray.sig_toggle_window, timeout=1000):
        tray._on_activated(Reason.Trigger)


def test_the_redraw_timer_runs_only_while_the_timebox_runs(tray, services, clock):
    timer = tray.redraw_timer
    tray.show_view(services.queries.current())
    assert not timer.isActive()
    started(services)
    tray.show_view(services.queries.current())
    assert timer.isActive() and timer.interval() == 5_000  # the ring's next 1/60 step
    services.steps.pause()
    tray.show_view(services.queries.current())
    assert not timer.isActive()
    services.steps.resume()
    tray.show_view(services.queries.current())
    assert timer.isActive()
    clock.advance(300)
    tray.show_view(services.queries.current())
    assert not timer.isActive()


def test_the_timer_redraws_from_the_clock_and_only_on_change(qtbot, tray, services, clock):
    started(services)
    tray.show_view(services.queries.current())
    drawn = tray.icon.icon().cacheKey()
    tray.show_view(services.queries.current())
    assert tray.icon.icon().cacheKey() == drawn, "an unchanged picture is not redrawn"
    clock.advance(60 - 0.03)  # 30 ms before 4:00
    tray.show_view(services.queries.current())
    assert tray.redraw_timer.interval() == 30
    clock.advance(0.05)  # the view is not shown again: the tray's own timer redraws
    qtbot.waitUntil(lambda: tray.icon.toolTip() == "Post a photo — 4 min left", timeout=2000)
    assert tray.icon.icon().cacheKey() != drawn
    clock.advance(240 - 0.05)  # 30 ms before time is up (60.02 s had passed)
    tray.show_view(services.queries.current())
    assert tray.redraw_timer.interval() == 30
    clock.advance(0.05)
    qtbot.waitUntil(lambda: tray.icon.toolTip() == "Post a photo — time is up", timeout=2000)
    assert not tray.redraw_timer.isActive()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen has no tray to show in
def test_the_first_picture_is_the_views_and_never_missing(monkeypatch, actions, services, clock):
    drawn: list[tuple] = []
    real = tray_module.tray_icon
    monkeypatch.setattr(tray_module, "tray_icon",
                        lambda *key: drawn.append(key) or real(*key))
    started(services)
    running = Tray(actions, clock.now)
    running.show_view(services.queries.current())
    running.show()
    assert [state for state, *_ in drawn] == [TimerState.RUNNING]  # no idle picture first
    drawn.clear()
    without_view = Tray(actions, clock.now)
    without_view.show()
    assert [state for state, *_ in drawn] == [TimerState.IDLE]
    assert not without_view.icon.icon().isNull()
    running.hide()
    without_view.hide()
