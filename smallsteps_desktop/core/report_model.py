"""The progress report as plain data: what storage hands in, and what every format shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import Outcome, StepStatus
from smallsteps_desktop.core.records import Brief, Learning, StuckNote
from smallsteps_desktop.core.reactions import Reaction

REPORT_SCHEMA = "smallsteps-report"
REPORT_VERSION = 1
MAX_PERIOD_DAYS = 3660  # ten years: enough for any look back, small enough to draw


@dataclass(frozen=True, slots=True)
class Period:
    """Whole local days from ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise Refused(f"The period ends ({self.end}) before it starts ({self.start}).")
        if (self.end - self.start).days >= MAX_PERIOD_DAYS:
            raise Refused(f"The period is too long (at most {MAX_PERIOD_DAYS} days).")

    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]


# -- what storage hands in ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StepFact:
    """A step as the report needs it; seconds_spent counts all its ended timeboxes."""

    id: int
    parent_id: int | None
    title: str
    status: StepStatus
    area: str | None
    planned_minutes: int
    done_at: datetime | None
    has_children: bool
    seconds_spent: float


@dataclass(frozen=True, slots=True)
class SessionFact:
    """One ended timebox."""

    id: int
    step_id: int
    started_at: datetime
    outcome: Outcome
    seconds: float


@dataclass(frozen=True)
class ReportFacts:
    """Everything recorded that a report over one time window can show.

    steps: all steps (for titles, chores and streaks); sessions, stuck_notes,
    learnings: those in the window; open_briefs: briefs of steps still handed off;
    split_children: smaller steps made in the window; decisions: steps decided in
    the window, by decision ("self" / "outsource").
    """

    steps: list[StepFact]
    sessions: list[SessionFact]
    stuck_notes: list[StuckNote]
    learnings: list[Learning]
    open_briefs: list[Brief]
    split_children: int
    decisions: dict[str, int]
    reactions: list[Reaction] = field(default_factory=list)  # recorded in the window
    away_seconds: float = 0.0  # left out of the window's timeboxes: the computer was away


# -- what every format shows --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Totals:
    steps_done: int
    minutes_focused: float
    sessions: int
    skips: int
    splits: int
    outsourced: int
    stuck_notes: int
    quota_days: int
    streak_days: int
    minutes_away_excluded: float = 0.0


@dataclass(frozen=True, slots=True)
class DayRow:
    date: date
    steps_done: int
    minutes: float


@dataclass(frozen=True, slots=True)
class WeekEffort:
    """Done steps of one ISO week (by its Monday); medians over steps with time spent."""

    week: date
    steps_done: int
    median_minutes: float | None
    median_planned: float | None


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One chore or one area."""

    name: str | None
    steps_done: int
    minutes: float
    sessions: int
    skips: int
    area: str | None = None  # a chore's own area; an area's name again


@dataclass(frozen=True, slots=True)
class DoneRow:
    step_id: int
    title: str
    chore: str
    area: str | None
    date: date
    minutes: float
    planned_minutes: int


@dataclass(frozen=True, slots=True)
class BriefRow:
    step_id: int
    title: str
    to: str
    text: str
    done_when: str
    due: date | None
    overdue: bool
    area: str | None = None
    why: str = ""


@dataclass(frozen=True, slots=True)
class LearningRow:
    step_id: int
    title: str
    text: str
    date: date
    area: str | None = None


@dataclass(frozen=True, slots=True)
class ReactionRow:
    """What readers did after one public step, as the owner recorded it."""

    step_id: int
    title: str
    area: str | None
    date: date
    likes: int
    comments: int
    replies: int
    enquiries: int
    note: str


@dataclass(frozen=True, slots=True)
class ReactionArea:
    """The reactions of one area's public steps, added up."""

    name: str | None
    steps: int
    likes: int
    comments: int
    replies: int
    enquiries: int


@dataclass(frozen=True, slots=True)
class SessionRow:
    session_id: int
    started: datetime
    step_id: int
    title: str
    chore: str
    area: str | None
    outcome: Outcome
    minutes: float


@dataclass(frozen=True)
class ProgressReport:
    """One period's progress; every format renders this and nothing else."""

    generated_at: datetime
    period: Period
    daily_quota: int
    totals: Totals
    days: list[DayRow]
    stuck_reasons: dict[str, int]
    decisions: dict[str, int]
    estimate: dict[str, int]
    weeks: list[WeekEffort]
    chores: list[GroupRow]
    areas: list[GroupRow]
    steps_done: list[DoneRow]
    briefs: list[BriefRow]
    learnings: list[LearningRow]
    reactions: list[ReactionRow]
    reaction_areas: list[ReactionArea]
    sessions: Sequence[SessionRow] = field(repr=False)
    schema: str = REPORT_SCHEMA
    schema_version: int = REPORT_VERSION
