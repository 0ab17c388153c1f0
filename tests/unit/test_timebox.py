"""The timebox state machine: every transition, valid and invalid, over stored timestamps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.core import timebox
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import Outcome, Session, TimerState

from support.clock import START, FakeClock
from support.services import make_services

PLANNED = 300  # the default five minutes


def new_session(planned: int = PLANNED) -> Session:
    return Session(id=1, step_id=1, started_at=START, planned_seconds=planned)


def at(seconds: float):
    return START + timedelta(seconds=seconds)


# -- the pure state machine --------------------------------------------------------


def test_no_session_is_idle_with_nothing_left() -> None:
    assert timebox.state(None, START) is TimerState.IDLE
    assert timebox.remaining_seconds(None, START) == 0.0


def test_a_fresh_session_runs_with_the_planned_time_left() -> None:
    session = new_session()
    assert timebox.state(session, START) is TimerState.RUNNING
    assert timebox.remaining_seconds(session, START) == PLANNED
    assert timebox.active_seconds(session, START) == 0.0


def test_running_counts_down_from_timestamps() -> None:
    session = new_session()
    assert timebox.remaining_seconds(session, at(61.5)) == pytest.approx(PLANNED - 61.5)
    assert timebox.state(session, at(PLANNED - 0.001)) is TimerState.RUNNING


def test_running_expires_at_the_planned_length() -> None:
    session = new_session()
    assert timebox.state(session, at(PLANNED)) is TimerState.EXPIRED
    assert timebox.remaining_seconds(session, at(PLANNED)) == 0.0
    assert timebox.state(session, at(PLANNED + 1)) is TimerState.EXPIRED
    assert timebox.remaining_seconds(session, at(PLANNED + 1)) == 0.0


def test_pause_then_resume_returns_to_running() -> None:
    paused = timebox.pause(new_session(), at(10))
    assert paused.paused_at == at(10)
    assert timebox.state(paused, at(10)) is TimerState.PAUSED
    resumed = timebox.resume(paused, at(50))
    assert resumed.paused_at is None
    assert resumed.paused_seconds == pytest.approx(40)
    assert timebox.state(resumed, at(50)) is TimerState.RUNNING


def test_a_paused_timebox_never_expires_while_paused() -> None:
    paused = timebox.pause(new_session(), at(10))
    much_later = at(10 * PLANNED)
    assert timebox.state(paused, much_later) is TimerState.PAUSED
    assert timebox.remaining_seconds(paused, much_later) == pytest.approx(PLANNED - 10)


def test_remaining_counts_only_unpaused_time() -> None:
    session = new_session()
    session = timebox.pause(session, at(60))
    session = timebox.resume(session, at(60 + 600))
    assert timebox.remaining_seconds(session, at(60 + 600 + 30)) == pytest.approx(PLANNED - 90)
    session = timebox.pause(session, at(700))
    session = timebox.resume(session, at(1000))
    assert session.paused_seconds == pytest.approx(600 + 300)
    assert timebox.active_seconds(session, at(1010)) == pytest.approx(60 + 40 + 10)
    assert timebox.remaining_seconds(session, at(1010)) == pytest.approx(PLANNED - 110)


def test_pause_refused_when_idle() -> None:
    with pytest.raises(Refused, match="Cannot pause: no timebox is running"):
        timebox.pause(None, START)


def test_pause_refused_when_already_paused() -> None:
    paused = timebox.pause(new_session(), at(5))
    with pytest.raises(Refused, match="Cannot pause: the timebox is paused"):
        timebox.pause(paused, at(6))


def test_pause_refused_when_expired() -> None:
    with pytest.raises(Refused, match="Cannot pause: the timebox has run out"):
        timebox.pause(new_session(), at(PLANNED + 1))


def test_pause_refused_once_ended() -> None:
    ended = timebox.finish(new_session(), at(10), Outcome.DONE)
    with pytest.raises(Refused, match="Cannot pause: no timebox is running"):
        timebox.pause(ended, at(11))


def test_resume_refused_when_running() -> None:
    with pytest.raises(Refused, match="Cannot resume: the timebox is already running"):
        timebox.resume(new_session(), at(5))


def test_resume_refused_when_idle() -> None:
    with pytest.raises(Refused, match="Cannot resume: no timebox is running"):
        timebox.resume(None, START)


def test_resume_refused_when_expired() -> None:
    with pytest.raises(Refused, match="Cannot resume: the timebox has run out"):
        timebox.resume(new_session(), at(PLANNED * 2))


@pytest.mark.parametrize("outcome", list(Outcome))
def test_finish_ends_the_session_with_outcome_and_worked_seconds(outcome: Outcome) -> None:
    ended = timebox.finish(new_session(), at(42), outcome)
    assert ended.ended_at == at(42)
    assert ended.outcome is outcome
    assert ended.actual_seconds == pytest.approx(42)
    assert timebox.state(ended, at(43)) is TimerState.IDLE
    assert timebox.remaining_seconds(ended, at(43)) == 0.0
    # Once ended, the worked seconds are frozen, however late one asks.
    assert timebox.active_seconds(ended, at(10_000)) == pytest.approx(42)


def test_finish_while_paused_excludes_the_pause() -> None:
    paused = timebox.pause(new_session(), at(20))
    ended = timebox.finish(paused, at(500), Outcome.SKIPPED)
    assert ended.actual_seconds == pytest.approx(20)
    assert ended.paused_at is None


def test_finish_after_expiry_counts_all_active_time() -> None:
    ended = timebox.finish(new_session(), at(PLANNED + 120), Outcome.DONE)
    assert ended.actual_seconds == pytest.approx(PLANNED + 120)


def test_finish_twice_is_refused() -> None:
    ended = timebox.finish(new_session(), at(10), Outcome.DONE)
    with pytest.raises(Refused, match="already ended"):
        timebox.finish(ended, at(20), Outcome.DONE)
    with pytest.raises(Refused, match="already ended"):
        timebox.finish(ended, at(20), Outcome.INTERRUPTED)


def test_refusals_name_each_state_in_plain_words() -> None:
    messages = {state: timebox.refusal("start", state) for state in TimerState}
    assert len(set(messages.values())) == len(TimerState)
    assert all(text.startswith("Cannot start: ") for text in messages.values())


# -- clock jumps -------------------------------------------------------------------


def test_clock_before_the_start_counts_as_no_time() -> None:
    session = new_session()
    earlier = START - timedelta(hours=3)
    assert timebox.active_seconds(session, earlier) == 0.0
    assert timebox.remaining_seconds(session, earlier) == PLANNED
    assert timebox.state(session, earlier) is TimerState.RUNNING


def test_clock_jumping_back_mid_run_never_exceeds_planned() -> None:
    session = new_session()
    assert timebox.remaining_seconds(session, at(100)) == pytest.approx(PLANNED - 100)
    assert timebox.remaining_seconds(session, at(40)) == pytest.approx(PLANNED - 40)
    assert timebox.remaining_seconds(session, at(-1_000)) == PLANNED


def test_clock_jumping_back_during_a_pause_does_not_shrink_paused_time() -> None:
    session = timebox.resume(timebox.pause(new_session(), at(50)), at(150))
    assert session.paused_seconds == pytest.approx(100)
    paused = timebox.pause(session, at(160))
    resumed = timebox.resume(paused, at(100))  # resumed "before" it was paused
    assert resumed.paused_seconds == pytest.approx(100)
    assert timebox.active_seconds(resumed, at(100)) >= 0.0
    assert 0.0 <= timebox.remaining_seconds(resumed, at(100)) <= PLANNED


def test_paused_time_larger_than_elapsed_never_gives_negative_active_time() -> None:
    # Pause for an hour, then the clock jumps back to just after the start.
    session = timebox.resume(timebox.pause(new_session(), at(10)), at(3_610))
    assert timebox.active_seconds(session, at(20)) == 0.0
    assert timebox.remaining_seconds(session, at(20)) == PLANNED
    ended = timebox.finish(session, at(20), Outcome.DONE)
    assert ended.actual_seconds == 0.0


def test_clock_jumping_forward_expires_the_timebox() -> None:
    session = new_session()
    later = START + timedelta(days=2)
    assert timebox.state(session, later) is TimerState.EXPIRED
    assert timebox.remaining_seconds(session, later) == 0.0


# -- deadline ----------------------------------------------------------------------


def test_deadline_of_a_running_timebox() -> None:
    assert timebox.deadline(new_session()) == at(PLANNED)


def test_deadline_moves_by_the_length_of_each_pause() -> None:
    session = timebox.resume(timebox.pause(new_session(), at(30)), at(130))
    assert timebox.deadline(session) == at(PLANNED + 100)
    # Remaining time and deadline agree while running.
    now = at(200)
    assert timebox.remaining_seconds(session, now) == pytest.approx(
        (timebox.deadline(session) - now).total_seconds())


def test_no_deadline_while_paused_or_ended() -> None:
    assert timebox.deadline(timebox.pause(new_session(), at(1))) is None
    assert timebox.deadline(timebox.finish(new_session(), at(1), Outcome.DONE)) is None


# -- the same machine through the services and the stored session -------------------


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock) -> Iterator[Services]:
    services = make_services(tmp_path / "data", clock)
    yield services
    services.close()


def timer(app: Services) -> tuple[TimerState, float, int]:
    view = app.queries.current().timer
    return view.state, view.remaining_seconds, view.planned_seconds


def test_service_start_moves_idle_to_running(app: Services, clock: FakeClock) -> None:
    step_id = app.steps.add("Post one photo")
    assert timer(app) == (TimerState.IDLE, PLANNED, PLANNED)
    app.steps.start(step_id)
    assert timer(app) == (TimerState.RUNNING, PLANNED, PLANNED)
    clock.advance(100)
    assert timer(app) == (TimerState.RUNNING, PLANNED - 100, PLANNED)


def test_service_pause_and_resume(app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post one photo"))
    clock.advance(60)
    app.steps.pause()
    clock.advance(600)
    assert timer(app) == (TimerState.PAUSED, PLANNED - 60, PLANNED)
    app.steps.resume()
    clock.advance(30)
    assert timer(app) == (TimerState.RUNNING, PLANNED - 90, PLANNED)


def test_service_timebox_expires_by_the_clock_alone(app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post one photo"))
    clock.advance(PLANNED)
    assert timer(app) == (TimerState.EXPIRED, 0.0, PLANNED)


def test_service_per_step_minutes_set_the_planned_length(app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Write a caption", minutes=2))
    assert timer(app) == (TimerState.RUNNING, 120, 120)
    clock.advance(121)
    assert timer(app)[0] is TimerState.EXPIRED


def test_service_pause_refused_when_idle(app: Services) -> None:
    app.steps.add("Post one photo")
    with pytest.raises(Refused, match="Cannot pause: no timebox is running"):
        app.steps.pause()


def test_service_pause_refused_when_paused(app: Services) -> None:
    app.steps.start(app.steps.add("Post one photo"))
    app.steps.pause()
    with pytest.raises(Refused, match="Cannot pause"):
        app.steps.pause()


def test_service_pause_and_resume_refused_when_expired(app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post one photo"))
    clock.advance(PLANNED + 5)
    with pytest.raises(Refused, match="run out"):
        app.steps.pause()
    with pytest.raises(Refused, match="run out"):
        app.steps.resume()
    assert timer(app)[0] is TimerState.EXPIRED


def test_service_resume_refused_when_running_or_idle(app: Services) -> None:
    with pytest.raises(Refused, match="Cannot resume: no timebox is running"):
        app.steps.resume()
    app.steps.start(app.steps.add("Post one photo"))
    with pytest.raises(Refused, match="Cannot resume: the timebox is already running"):
        app.steps.resume()


def test_service_start_refused_on_the_step_already_timed(app: Services, clock: FakeClock) -> None:
    step_id = app.steps.add("Post one photo")
    app.steps.start(step_id)
    with pytest.raises(Refused, match="already running"):
        app.steps.start(step_id)
    app.steps.pause()
    with pytest.raises(Refused, match="paused"):
        app.steps.start()
    app.steps.resume()
    clock.advance(PLANNED)
    with pytest.raises(Refused, match="run out"):
        app.steps.start(step_id)


def test_service_done_after_expiry_ends_the_timebox(app: Services, clock: FakeClock) -> None:
    step_id = app.steps.add("Post one photo")
    app.steps.start(step_id)
    clock.advance(PLANNED + 60)
    app.steps.done()
    assert timer(app)[0] is TimerState.IDLE
    (session,) = app.queries.show_json(step_id)["sessions"]
    assert session["outcome"] == "done"
    assert session["actual_seconds"] == PLANNED + 60


def test_service_clock_jump_back_keeps_remaining_within_planned(app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post one photo"))
    clock.advance(-3_600)
    state, remaining, planned = timer(app)
    assert state is TimerState.RUNNING
    assert remaining == planned == PLANNED
    app.steps.pause()
    clock.advance(-60)
    app.steps.resume()
    app.steps.done()
    session = app.queries.current().session
    assert session is None
    (stored,) = app.queries.list_json()
    assert stored["minutes_spent"] == 0.0


def test_service_clock_jump_forward_expires(app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post one photo"))
    clock.advance(days=1)
    assert timer(app) == (TimerState.EXPIRED, 0.0, PLANNED)


def test_running_timebox_survives_a_restart(tmp_path: Path, clock: FakeClock) -> None:
    first = make_services(tmp_path / "data", clock)
    first.steps.start(first.steps.add("Post one photo"))
    clock.advance(100)
    first.steps.pause()
    first.close()  # the app quits (or crashes) here
    clock.advance(3_600)
    second = make_services(tmp_path / "data", clock)
    try:
        assert timer(second) == (TimerState.PAUSED, PLANNED - 100, PLANNED)
        second.steps.resume()
        clock.advance(50)
        assert timer(second) == (TimerState.RUNNING, PLANNED - 150, PLANNED)
        assert second.queries.current().session.paused_seconds == pytest.approx(3_600)
    finally:
        second.close()
