"""The answers and records around the steps: new steps, stuck notes, learnings, briefs, board rows.

Kept apart from models.py because the tray app's first paint needs only steps and
timeboxes, and each frozen dataclass costs about half a millisecond to create.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from smallsteps_desktop.core.models import Step, StepStatus, StuckReason


@dataclass(frozen=True, slots=True)
class NewStep:
    """What it takes to create a step; the store assigns id and position."""

    title: str
    parent_id: int | None
    status: StepStatus
    area: str | None
    annoyance: int | None
    planned_minutes: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class StuckNote:
    """The answer to "What's stuck?" when a step was skipped."""

    step_id: int
    reason: StuckReason
    text: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Learning:
    """The answer to "What did it bring?" after a step was done."""

    step_id: int
    text: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Brief:
    """What someone else needs to take over an outsourced step."""

    step_id: int
    to: str
    text: str
    done_when: str
    due: date | None
    created_at: datetime
    why: str = ""  # why it matters: what the helper needs to decide well on their own


@dataclass(frozen=True, slots=True)
class BoardItem:
    """A step with what the board shows about its history."""

    step: Step
    minutes_spent: float
    stuck_notes: int
    has_brief: bool
    brief_due: date | None
    has_learning: bool
