"""The method's vocabulary as plain, immutable values (see METHOD.md)."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from smallsteps_desktop.core.kinds import (  # noqa: F401  (re-exported: the vocabulary)
    CLOSED_STATUSES,
    OPEN_STATUSES,
    Decision,
    Outcome,
    StepStatus,
    StuckReason,
    TimerState,
)

# Named tuples rather than frozen dataclasses: the tray app reads a step and a session
# for its first paint, and generating the dataclasses' methods (plus importing
# dataclasses) cost that start about 3 ms. Change one with ``step._replace(...)``.


class Step(NamedTuple):
    """A chore or one of its steps; a step with children has been split."""

    id: int
    parent_id: int | None
    title: str
    status: StepStatus
    area: str | None
    annoyance: int | None
    planned_minutes: int
    position: int
    created_at: datetime
    updated_at: datetime
    done_at: datetime | None = None
    decision: Decision | None = None
    notes: str = ""


class Session(NamedTuple):
    """One timebox for one step; open while ``ended_at`` is None."""

    id: int
    step_id: int
    started_at: datetime
    planned_seconds: int
    paused_at: datetime | None = None
    paused_seconds: float = 0.0
    ended_at: datetime | None = None
    outcome: Outcome | None = None
    actual_seconds: float | None = None
    extra_seconds: float = 0.0
    away_seconds: float = 0.0  # time away the owner chose not to count (part of paused)
