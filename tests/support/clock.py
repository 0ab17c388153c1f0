"""A clock the tests move by hand."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


class FakeClock:
    """Stands still until a test advances or sets it; may jump backwards too."""

    def __init__(self, start: datetime = START) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, seconds: float = 0, **units: float) -> datetime:
        self.current += timedelta(seconds=seconds, **units)
        return self.current
