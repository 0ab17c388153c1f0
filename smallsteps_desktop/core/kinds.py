"""The method's words as plain string enums; no dataclasses, so the command line loads fast."""

from __future__ import annotations

from enum import StrEnum


class StepStatus(StrEnum):
    INBOX = "inbox"
    NEXT = "next"
    STUCK = "stuck"
    DELEGATED = "delegated"
    DONE = "done"
    DROPPED = "dropped"


OPEN_STATUSES = frozenset({StepStatus.INBOX, StepStatus.NEXT, StepStatus.STUCK})
CLOSED_STATUSES = frozenset({StepStatus.DONE, StepStatus.DROPPED, StepStatus.DELEGATED})


class TimerState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    EXPIRED = "expired"


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    INTERRUPTED = "interrupted"


class StuckReason(StrEnum):
    TOO_BIG = "too-big"
    UNCLEAR = "unclear"
    MISSING = "missing"
    NO_TIME = "no-time"
    NO_MOTIVATION = "no-motivation"
    OTHER = "other"


class Decision(StrEnum):
    SELF = "self"
    OUTSOURCE = "outsource"
