"""The report as versioned JSON (schema in docs/report.md); timeboxes are in the CSV."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import date
from typing import Any

from smallsteps_desktop.core.report_model import ProgressReport

_LISTS = ("days", "weeks", "chores", "areas", "steps_done", "briefs", "learnings", "reactions",
          "reaction_areas")


def _value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value  # datetimes too


def _rows(rows: list) -> list[dict[str, Any]]:
    """Rows of one dataclass as dicts; field names looked up once, not per row."""
    if not rows:
        return []
    names = [field.name for field in fields(rows[0])]
    return [{name: _value(getattr(row, name)) for name in names} for row in rows]


def report_data(report: ProgressReport, *, redacted: bool = False) -> dict[str, Any]:
    """Plain JSON-ready values, in the documented order; redacted: titles and notes were hidden."""
    return {
        "schema": report.schema,
        "schema_version": report.schema_version,
        "redacted": redacted,
        "generated_at": report.generated_at.isoformat(),
        "period": {"from": report.period.start.isoformat(), "to": report.period.end.isoformat()},
        "daily_quota": report.daily_quota,
        "totals": asdict(report.totals),
        "stuck_reasons": report.stuck_reasons,
        "decisions": report.decisions,
        "estimate": report.estimate,
        **{name: _rows(getattr(report, name)) for name in _LISTS},
    }


def render_json(report: ProgressReport, *, redacted: bool = False) -> bytes:
    # Without indent, so the C encoder writes it: a two-year report stays well under a second.
    return json.dumps(report_data(report, redacted=redacted), ensure_ascii=False).encode("utf-8")
