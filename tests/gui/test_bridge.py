"""The bridge notices changes from other processes and announces time's up exactly once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.ui.bridge import TimerBridge

from support.clock import FakeClock
from support.services import make_services


@pytest.fixture
def other_process(data_folder: Path, clock: FakeClock, app: Services) -> Iterator[Services]:
    """A second connection to the same file, as the command line would open."""
    services = make_services(data_folder, clock)
    yield services
    services.close()


def collect(bridge: TimerBridge) -> tuple[list, list]:
    changed: list = []
    expired: list = []
    bridge.sig_changed.connect(changed.append)
    bridge.sig_expired.connect(expired.append)
    return changed, expired


def test_changes_from_another_process_show_up_at_the_next_poll(
        qtbot, app: Services, other_process: Services, clock: FakeClock) -> None:
    bridge = TimerBridge(app.queries, clock.now)
    changed, _ = collect(bridge)
    bridge.start()
    assert changed[-1].step is None

    step = other_process.steps.add("Post a photo")
    other_process.steps.start(step)
    with qtbot.waitSignal(bridge.sig_changed, timeout=2500):
        pass

    assert changed[-1].step.id == step
    assert changed[-1].timer.state is TimerState.RUNNING


def test_nothing_is_emitted_while_nothing_changes(qtbot, app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    bridge = TimerBridge(app.queries, clock.now)
    bridge.start()
    changed, expired = collect(bridge)
    for _ in range(3):
        bridge._on_poll()
    assert changed == [] and expired == []


def test_time_up_is_announced_once_and_again_after_more_minutes(
        app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    bridge = TimerBridge(app.queries, clock.now)
    changed, expired = collect(bridge)
    bridge.start()
    assert expired == []

    clock.advance(301)  # as after a suspend: the QTimer did not fire, the poll notices
    bridge._on_poll()
    bridge._on_poll()
    assert len(expired) == 1
    assert expired[0].timer.state is TimerState.EXPIRED

    app.steps.extend(5)
    bridge.refresh()
    clock.advance(301)
    bridge._on_poll()
    assert len(expired) == 2


def test_an_expiry_while_the_app_was_closed_is_announced_at_start(
        app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    clock.advance(3600)
    bridge = TimerBridge(app.queries, clock.now)
    _, expired = collect(bridge)
    bridge.start()
    assert len(expired) == 1


class ShiftedClock:
    """Real time plus a shift, so a deadline can be put just ahead of the real clock."""

    def __init__(self) -> None:
        self.shift = timedelta()

    def now(self) -> datetime:
        return datetime.now(timezone.utc) + self.shift


def test_the_deadline_timer_fires_without_polling(qtbot, tmp_path: Path) -> None:
    clock = ShiftedClock()
    services = make_services(tmp_path / "real", clock)
    try:
        services.steps.start(services.steps.add("Post a photo", minutes=1))
        clock.shift = timedelta(seconds=59.6)  # 0.4 s of real time left
        bridge = TimerBridge(services.queries, clock.now)
        bridge.refresh()  # aims the deadline timer; the poll is not started
        with qtbot.waitSignal(bridge.sig_expired, timeout=3000) as blocker:
            pass
        assert blocker.args[0].timer.state is TimerState.EXPIRED
    finally:
        services.close()
