"""The report's timeboxes as CSV, one row each, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

from smallsteps_desktop.core.report_model import ProgressReport
from smallsteps_desktop.export.labels import Labels

# Spreadsheets run a cell that starts like a formula; a leading apostrophe makes it text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def render_csv(report: ProgressReport, labels: Labels) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([labels[key] for key in (
        "session_id", "date", "time", "step_id", "step", "chore", "area", "outcome", "minutes")])
    writer.writerows(
        (row.session_id, row.started.date().isoformat(), f"{row.started:%H:%M}", row.step_id,
         neutralised(row.title), neutralised(row.chore), neutralised(row.area or ""),
         labels[row.outcome.value], row.minutes)
        for row in report.sessions)
    return out.getvalue().encode("utf-8")
