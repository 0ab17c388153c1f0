"""The desktop app as a whole: actions, window and timer wired together (no tray offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.ui.desktop import Desktop
from smallsteps_desktop.ui.times_up import TimesUpChoice

from support.clock import FakeClock
from support.services import make_services


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(tmp_path: Path, clock: FakeClock):
    services = make_services(tmp_path / "data", clock)
    yield services
    services.close()


@pytest.fixture
def desktop(qtbot, services, clock) -> Desktop:
    desktop = Desktop(services, clock.now, tray_available=False)
    qtbot.addWidget(desktop.window)
    desktop.start()
    yield desktop
    desktop.stop()
    if desktop.prompt is not None:
        desktop.prompt.close()


def test_without_a_tray_the_window_shows_and_explains_the_fix(desktop: Desktop) -> None:
    assert desktop.tray is None
    assert desktop.window.isVisible()
    assert "No system tray" in desktop.window.status_label.text()
    assert "AppIndicator" in desktop.window.status_label.text()


def test_start_pause_action_follows_the_timer(desktop: Desktop, services) -> None:
    services.steps.add("Post a photo")
    desktop.bridge.refresh()
    action = desktop.actions.start_pause
    assert action.text() == "Start" and action.isEnabled()

    action.trigger()
    assert services.queries.current().timer.state is TimerState.RUNNING
    assert action.text() == "Pause"

    action.trigger()
    assert services.queries.current().timer.state is TimerState.PAUSED
    assert action.text() == "Resume"


def test_nothing_to_start_disables_start(desktop: Desktop) -> None:
    assert not desktop.actions.start_pause.isEnabled()
    assert not desktop.actions.done.isEnabled()


def test_unbuilt_parts_are_disabled_not_dead(desktop: Desktop) -> None:
    for action in (desktop.actions.board, desktop.actions.report, desktop.actions.settings):
        assert not action.isEnabled()


def test_time_up_asks_and_five_more_minutes_are_given_once(
        qtbot, desktop: Desktop, services, clock: FakeClock) -> None:
    services.steps.start(services.steps.add("Post a photo"))
    desktop.bridge.refresh()
    clock.advance(301)
    desktop.bridge._on_poll()

    prompt = desktop.prompt
    assert prompt is not None and prompt.isVisible()
    assert "Post a photo" in prompt.text()
    prompt.button_for(TimesUpChoice.MORE).click()
    view = services.queries.current()
    assert view.timer.state is TimerState.RUNNING
    assert view.timer.remaining_seconds == pytest.approx(300)

    clock.advance(301)
    desktop.bridge._on_poll()
    assert desktop.prompt is not prompt
    assert not desktop.prompt.button_for(TimesUpChoice.MORE).isEnabled()


def test_close_window_is_toggled_back(desktop: Desktop) -> None:
    desktop.toggle_window()
    assert not desktop.window.isVisible()
    desktop.toggle_window()
    assert desktop.window.isVisible()
    QApplication.processEvents()
