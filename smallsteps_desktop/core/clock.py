"""The only source of the current time; tests pass a fake one."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the current time as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real wall clock, in UTC so stored times never depend on the time zone."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)
