"""The quota in words, for the board and the tray tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smallsteps_desktop.core.quota import QuotaView


def _tr(text: str) -> str:
    return QCoreApplication.translate("Quota", text)


def quota_text(view: QuotaView) -> str:
    """"Today 2 of 3 steps · this week 45 of 60 min · 4 days in a row".

    English is the source language and has no translation file, so singular and
    plural are separate texts rather than Qt's "%n step(s)" numerus forms.
    """
    if view.daily_quota:
        today = (_tr("Today {done} of 1 step") if view.daily_quota == 1
                 else _tr("Today {done} of {quota} steps"))
    else:
        today = _tr("Today 1 step done") if view.steps_today == 1 else _tr("Today {done} steps done")
    if view.weekly_quota:
        week = _tr("this week {minutes} of {week_quota} min")
    else:
        week = _tr("this week {minutes} min")
    streak = ""
    if view.streak_days:
        streak = _tr("1 day in a row") if view.streak_days == 1 else _tr("{days} days in a row")
    text = " · ".join(part for part in (today, week, streak) if part)
    return text.format(done=view.steps_today, quota=view.daily_quota, week_quota=view.weekly_quota,
                       minutes=view.minutes_week, days=view.streak_days)
