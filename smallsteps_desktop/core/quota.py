"""The regular quota: steps today, minutes this week, and the streak of days kept."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

STREAK_LOOKBACK_DAYS = 366  # a streak longer than a year is shown as a year


@dataclass(frozen=True)
class QuotaView:
    """Progress against the quota the owner set (0 means no quota)."""

    steps_today: int
    daily_quota: int
    minutes_week: int
    weekly_quota: int
    streak_days: int


def day_start(day: date, zone: tzinfo | None) -> datetime:
    """Midnight of a local day, as an aware datetime (zone None: the system's zone)."""
    midnight = datetime.combine(day, time())
    return midnight.astimezone() if zone is None else midnight.replace(tzinfo=zone)


def week_start(today: date) -> date:
    """Monday of this week: the quota week is the ISO week."""
    return today - timedelta(days=today.weekday())


def streak(done_days: Iterable[date], today: date, per_day: int) -> int:
    """Days in a row with at least per_day steps done, up to today.

    Today counts once it is kept; until then the streak of the days before
    still stands, so the morning does not show a broken streak.
    """
    counts = Counter(done_days)
    needed = max(1, per_day)
    day = today if counts[today] >= needed else today - timedelta(days=1)
    days = 0
    while counts[day] >= needed and days < STREAK_LOOKBACK_DAYS:
        days += 1
        day -= timedelta(days=1)
    return days


def quota_view(done_times: Iterable[datetime], worked_seconds_week: float, now: datetime,
               zone: tzinfo | None, daily_quota: int, weekly_quota: int) -> QuotaView:
    """done_times: when steps were done (UTC); days are the owner's local days."""
    today = now.astimezone(zone).date()
    days = [moment.astimezone(zone).date() for moment in done_times]
    return QuotaView(
        steps_today=sum(1 for day in days if day == today),
        daily_quota=daily_quota,
        minutes_week=int(worked_seconds_week // 60),
        weekly_quota=weekly_quota,
        streak_days=streak(days, today, daily_quota),
    )
