"""The countdown as a state machine over stored timestamps, never over ticks.

A session row holds when it started, how long it was planned, and how long it
was paused. Everything else (state, remaining time, deadline) is derived from
those values and the time passed in, so sleep, suspend, a busy event loop or a
crash cannot make the timer drift.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import Outcome, Session, TimerState

DEFAULT_MINUTES = 5
MIN_MINUTES, MAX_MINUTES = 1, 240


def active_seconds(session: Session, now: datetime) -> float:
    """Seconds the timebox has been running, pauses excluded; never negative.

    A clock that jumped backwards could make ``now`` earlier than the start;
    that counts as no time rather than negative time.
    """
    if session.ended_at is not None:
        return session.actual_seconds or 0.0
    until = session.paused_at or now
    return max(0.0, (until - session.started_at).total_seconds() - session.paused_seconds)


def remaining_seconds(session: Session | None, now: datetime) -> float:
    """Seconds left before the timebox expires; 0 once it has expired."""
    if session is None or session.ended_at is not None:
        return 0.0
    return max(0.0, length_seconds(session) - active_seconds(session, now))


def length_seconds(session: Session) -> float:
    """The planned length plus any extra minutes given after it ran out."""
    return session.planned_seconds + session.extra_seconds


def state(session: Session | None, now: datetime) -> TimerState:
    """idle (no open session), running, paused or expired."""
    if session is None or session.ended_at is not None:
        return TimerState.IDLE
    if session.paused_at is not None:
        return TimerState.PAUSED
    if remaining_seconds(session, now) <= 0:
        return TimerState.EXPIRED
    return TimerState.RUNNING


def deadline(session: Session) -> datetime | None:
    """When a running timebox expires; None while paused or ended."""
    if session.ended_at is not None or session.paused_at is not None:
        return None
    return session.started_at + timedelta(seconds=length_seconds(session) + session.paused_seconds)


def pause(session: Session | None, now: datetime) -> Session:
    """Freeze the countdown; only a running timebox can pause."""
    current = state(session, now)
    if current is not TimerState.RUNNING:
        raise Refused(refusal("pause", current))
    assert session is not None
    return session._replace(paused_at=now)


def resume(session: Session | None, now: datetime) -> Session:
    """Continue a paused countdown where it stopped."""
    current = state(session, now)
    if current is not TimerState.PAUSED:
        raise Refused(refusal("resume", current))
    assert session is not None and session.paused_at is not None
    pause_length = max(0.0, (now - session.paused_at).total_seconds())
    return session._replace(paused_at=None, paused_seconds=session.paused_seconds + pause_length)


def extend(session: Session | None, now: datetime, seconds: int) -> Session:
    """Give a timebox that ran out a little more time; once per timebox, as the method says."""
    current = state(session, now)
    if current is not TimerState.EXPIRED:
        raise Refused(refusal("add time", current))
    assert session is not None
    if session.extra_seconds > 0:
        raise Refused("This timebox has already had its extra minutes. Mark it done, or skip it.")
    # The extra minutes count from now; time spent after the deadline still counts as worked.
    overrun = active_seconds(session, now) - session.planned_seconds
    return session._replace(extra_seconds=overrun + seconds)


def exclude(session: Session | None, now: datetime, seconds: float) -> Session:
    """Do not count time the computer was away: it becomes pause time, never more than ran."""
    if session is None or session.ended_at is not None:
        raise Refused(refusal("leave out time", TimerState.IDLE))
    left_out = min(max(0.0, seconds), active_seconds(session, now))
    return session._replace(paused_seconds=session.paused_seconds + left_out,
                   away_seconds=session.away_seconds + left_out)


def count_back(session: Session | None, seconds: float) -> Session:
    """The owner says time away was work after all: it counts again, never more than was left out."""
    if session is None or session.ended_at is not None:
        raise Refused(refusal("count time away", TimerState.IDLE))
    counted = min(max(0.0, seconds), session.away_seconds)
    return session._replace(paused_seconds=session.paused_seconds - counted,
                   away_seconds=session.away_seconds - counted)


def finish(session: Session, now: datetime, outcome: Outcome) -> Session:
    """End an open timebox with its outcome and the seconds actually worked."""
    if session.ended_at is not None:
        raise Refused("This timebox has already ended.")
    worked = active_seconds(session, now)
    return session._replace(paused_at=None, ended_at=now, outcome=outcome, actual_seconds=worked)


def refusal(action: str, current: TimerState) -> str:
    """Why ``action`` is not possible in the ``current`` state, in plain words."""
    reasons = {
        TimerState.IDLE: "no timebox is running",
        TimerState.RUNNING: "the timebox is already running",
        TimerState.PAUSED: "the timebox is paused (resume it)",
        TimerState.EXPIRED: "the timebox has run out (mark the step done, or skip it)",
    }
    return f"Cannot {action}: {reasons[current]}."
