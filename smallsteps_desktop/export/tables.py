"""The report's tables as words and numbers of one language, shared by Markdown, HTML and PDF."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from smallsteps_desktop.core.report_model import GroupRow, ProgressReport
from smallsteps_desktop.export.labels import Labels


PRINT_CHARS = 600  # a page is no place for a novel: print shows the start of very long text
_LONG_WORD = re.compile(r"\S{40}")


def printable(text: str, labels: Labels) -> str:
    """Text for a printed cell: shortened if very long, long words given break chances."""
    if len(text) > PRINT_CHARS:
        rest = len(text) - PRINT_CHARS
        text = text[:PRINT_CHARS] + " " + labels["cut"].format(n=labels.number(rest))
    return _LONG_WORD.sub(lambda m: m.group() + "\u200b", text)  # zero-width space


@dataclass(frozen=True)
class Table:
    """numeric: which columns hold numbers (right-aligned); mark: rows to highlight."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[str]]
    numeric: frozenset[int] = frozenset()
    mark: frozenset[int] = field(default_factory=frozenset)
    note: str = ""


def shortened(table: Table, limit: int, labels: Labels) -> Table:
    """The first ``limit`` rows, with a note saying how many the saved report has."""
    if len(table.rows) <= limit:
        return table
    note = labels["more_rows"].format(shown=labels.number(limit),
                                      total=labels.number(len(table.rows)))
    return replace(table, rows=table.rows[:limit], note=note,
                   mark=frozenset(i for i in table.mark if i < limit))


def totals_rows(report: ProgressReport, labels: Labels) -> list[tuple[str, str]]:
    totals = report.totals
    keys = ("steps_done", "minutes_focused", "sessions", "skips", "splits", "outsourced",
            "stuck_notes", "quota_days", "streak_days", "minutes_away_excluded")
    return [(labels[key], labels.number(getattr(totals, key))) for key in keys]


def _groups(key: str, first: str, rows: list[GroupRow], labels: Labels) -> Table:
    return Table(
        key, labels[key],
        [labels[first], labels["steps_done"], labels["minutes"], labels["sessions"],
         labels["skips"]],
        [[row.name or labels["no_area"], labels.number(row.steps_done),
          labels.number(row.minutes), labels.number(row.sessions), labels.number(row.skips)]
         for row in rows],
        numeric=frozenset({1, 2, 3, 4}))


def report_tables(report: ProgressReport, labels: Labels) -> list[Table]:
    """The chores, areas, steps done, briefs and learnings, in reading order."""
    n = labels.number
    return [
        _groups("per_chore", "chore", report.chores, labels),
        _groups("per_area", "area", report.areas, labels),
        Table("list_done", labels["list_done"],
              [labels["date"], labels["step"], labels["chore"], labels["area"],
               labels["actual"], labels["planned"]],
              [[labels.date(row.date), row.title, row.chore, row.area or labels["no_area"],
                n(row.minutes), n(row.planned_minutes)] for row in report.steps_done],
              numeric=frozenset({4, 5})),
        Table("list_briefs", labels["list_briefs"],
              [labels["step"], labels["to"], labels["what"], labels["why"], labels["done_when"],
               labels["due"]],
              [[row.title, row.to, row.text, row.why, row.done_when,
                _due(row.due, row.overdue, labels)]
               for row in report.briefs],
              mark=frozenset(i for i, row in enumerate(report.briefs) if row.overdue)),
        Table("list_learnings", labels["list_learnings"],
              [labels["date"], labels["step"], labels["learning"]],
              [[labels.date(row.date), row.title, row.text] for row in report.learnings]),
        Table("list_reactions", labels["list_reactions"],
              [labels["date"], labels["step"], labels["area"], labels["likes"],
               labels["comments"], labels["replies"], labels["enquiries"], labels["note"]],
              [[labels.date(row.date), row.title, row.area or labels["no_area"], n(row.likes),
                n(row.comments), n(row.replies), n(row.enquiries), row.note]
               for row in report.reactions],
              numeric=frozenset({3, 4, 5, 6}), note=labels["reactions_note"]),
    ]


def chart_tables(report: ProgressReport, labels: Labels) -> list[Table]:
    """What the charts show, as tables: for Markdown, which cannot draw."""
    n = labels.number
    return [
        Table("chart_days", labels["chart_days"],
              [labels["date"], labels["steps_done"], labels["minutes"]],
              [[labels.date(d.date), n(d.steps_done), n(d.minutes)] for d in report.days
               if d.steps_done or d.minutes],
              numeric=frozenset({1, 2})),
        Table("chart_reasons", labels["chart_reasons"], [labels["chart_reasons"], "#"],
              [[labels[k], n(v)] for k, v in report.stuck_reasons.items() if v],
              numeric=frozenset({1})),
        Table("chart_decisions", labels["chart_decisions"],
              [labels["chart_decisions"], "#"],
              [[labels[k], n(v)] for k, v in report.decisions.items()],
              numeric=frozenset({1})),
        Table("chart_weeks", labels["chart_weeks"],
              [labels["week"], labels["steps_done"], labels["actual"],
               labels["planned"]],
              [[labels.date(w.week), n(w.steps_done), n(w.median_minutes),
                n(w.median_planned)] for w in report.weeks if w.steps_done],
              numeric=frozenset({1, 2, 3}), note=labels["weeks_note"]),
        Table("chart_estimate", labels["chart_estimate"], [labels["chart_estimate"], "#"],
              [[labels[k], n(v)] for k, v in report.estimate.items()],
              numeric=frozenset({1})),
        Table("chart_reactions", labels["chart_reactions"],
              [labels["area"], labels["public_steps"], labels["likes"], labels["comments"],
               labels["replies"], labels["enquiries"]],
              [[a.name or labels["no_area"], n(a.steps), n(a.likes), n(a.comments),
                n(a.replies), n(a.enquiries)] for a in report.reaction_areas],
              numeric=frozenset({1, 2, 3, 4, 5})),
    ]


def _due(due, overdue: bool, labels: Labels) -> str:
    if due is None:
        return labels["no_due"]
    text = labels.date(due)
    return f"{text} ({labels['overdue']})" if overdue else text
