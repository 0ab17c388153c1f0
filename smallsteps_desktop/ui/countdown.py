"""Pure helpers for the focus window's text: m:ss, when it next changes, short titles."""

from __future__ import annotations

import math

# A little slack so the redraw lands just after the shown second changed, not before.
_SLACK_MS = 20


def mmss(seconds: float) -> str:
    """Whole minutes and seconds left, rounded up like a kitchen timer: 235.0 -> '3:55'."""
    whole = max(0, math.ceil(seconds))
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"


def ms_until_change(seconds: float) -> int:
    """Milliseconds until mmss(seconds) shows the next lower second (at most ~1 s)."""
    fraction = seconds - math.floor(seconds)
    wait = fraction if fraction > 0 else 1.0
    return int(wait * 1000) + _SLACK_MS


def shorten(text: str, limit: int) -> str:
    """At most limit characters, cut ones ending in an ellipsis."""
    return text if len(text) <= limit else text[:limit].rstrip() + "…"
