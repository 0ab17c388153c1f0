"""The report's charts as small SVG pictures (plain SVG Tiny, so Qt can draw them too)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from smallsteps_desktop.core.quota import week_start
from smallsteps_desktop.core.report_model import ProgressReport
from smallsteps_desktop.export.labels import Labels

WIDTH = 640
INK, MUTED, GRID = "#2b2b2b", "#6b6b6b", "#dddddd"
STEPS_COLOUR, MINUTES_COLOUR, PLAN_COLOUR = "#2f7d4f", "#3a6ea5", "#c77d1a"
MAX_DAY_BARS = 62  # longer periods are drawn week by week
MAX_BAR = 48  # a few columns stay columns, not blocks
HEADER, NOTE_LINE = 26, 16


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    svg: str
    width: int
    height: int


def _text(x: float, y: float, text: str, *, size: int = 11, anchor: str = "start",
          colour: str = INK, weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-family="DejaVu Sans, Arial, sans-serif" '
            f'font-size="{size}" font-weight="{weight}" fill="{colour}" '
            f'text-anchor="{anchor}">{escape(text)}</text>')


def _svg(title: str, height: int, parts: list[str], note: str = "") -> str:
    """The picture with its title (and note) on top, so a page break cannot part them."""
    head = HEADER + (NOTE_LINE if note else 0)
    total = height + head
    caption = [_text(0, 17, title, size=13, weight="bold")]
    if note:
        caption.append(_text(0, 17 + NOTE_LINE, note, size=10, colour=MUTED))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'width="{WIDTH}" height="{total}" viewBox="0 0 {WIDTH} {total}" role="img" '
            f'aria-label={quoteattr(title)}><title>{escape(title)}</title>'
            f'<rect x="0" y="0" width="{WIDTH}" height="{total}" fill="#ffffff"/>'
            + "".join(caption) + f'<g transform="translate(0,{head})">' + "".join(parts)
            + "</g></svg>")


def _chart(key: str, title: str, height: int, parts: list[str], note: str = "") -> Chart:
    svg = _svg(title, height, parts, note)
    return Chart(key, title, svg, WIDTH, height + HEADER + (NOTE_LINE if note else 0))


def hbars(key: str, title: str, items: list[tuple[str, float]], labels: Labels,
          colour: str = STEPS_COLOUR) -> Chart:
    """One horizontal bar per item, its number at the end."""
    row, left, right = 24, 190, 60
    height = row * max(1, len(items)) + 8
    top = max((value for _, value in items), default=0) or 1
    parts = []
    for index, (name, value) in enumerate(items):
        y = 4 + index * row
        length = (WIDTH - left - right) * value / top
        parts.append(_text(left - 8, y + 15, name, anchor="end"))
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{length:.1f}" height="{row - 8}" '
                     f'fill="{colour}"/>')
        parts.append(_text(left + length + 6, y + 15, labels.number(value), colour=MUTED))
    return _chart(key, title, height, parts)


REACTION_COLOURS = (("likes", "#2f7d4f"), ("comments", "#3a6ea5"), ("replies", "#c77d1a"),
                    ("enquiries", "#a5483a"))


def stacked_hbars(key: str, title: str, items: list[tuple[str, list[float]]],
                  parts_legend: list[tuple[str, str]], labels: Labels) -> Chart:
    """One bar per item made of coloured parts, a legend on top, the total at the end."""
    row, left, right, legend = 24, 190, 60, 22
    height = legend + row * max(1, len(items)) + 8
    top = max((sum(values) for _, values in items), default=0) or 1
    parts, x = [], 0.0
    for name, colour in parts_legend:
        parts.append(f'<rect x="{x:.1f}" y="4" width="10" height="10" fill="{colour}"/>')
        parts.append(_text(x + 14, 13, name, size=10, colour=MUTED))
        x += 24 + 7 * len(name)
    for index, (name, values) in enumerate(items):
        y, start = legend + 4 + index * row, float(left)
        parts.append(_text(left - 8, y + 15, name, anchor="end"))
        for value, (_, colour) in zip(values, parts_legend):
            length = (WIDTH - left - right) * value / top
            if length > 0:
                parts.append(f'<rect x="{start:.1f}" y="{y + 3}" width="{length:.1f}" '
                             f'height="{row - 8}" fill="{colour}"/>')
            start += length
        parts.append(_text(start + 6, y + 15, labels.number(sum(values)), colour=MUTED))
    return _chart(key, title, height, parts)


def columns(key: str, title: str, names: list[str], values: list[float | None], labels: Labels,
            colour: str, marks: list[float | None] | None = None, note: str = "") -> Chart:
    """One column per name; marks (e.g. the plan) as short lines across the columns."""
    height, left, bottom, top_pad = 170, 44, 24, 14
    plot = height - bottom - top_pad
    top = max([v for v in [*values, *(marks or [])] if v is not None], default=0) or 1
    slot = (WIDTH - left - 8) / max(1, len(names))
    parts = [f'<line x1="{left}" y1="{top_pad + plot}" x2="{WIDTH - 8}" y2="{top_pad + plot}" '
             f'stroke="{GRID}" stroke-width="1"/>',
             _text(left - 6, top_pad + 4, labels.number(round(top, 1)), anchor="end",
                   colour=MUTED),
             _text(left - 6, top_pad + plot, "0", anchor="end", colour=MUTED)]
    every = max(1, round(len(names) / 12))  # at most about twelve labels under the axis
    for index, (name, value) in enumerate(zip(names, values)):
        x = left + index * slot
        if value:
            size = plot * value / top
            bar = min(slot * 0.7, MAX_BAR)
            parts.append(f'<rect x="{x + (slot - bar) / 2:.1f}" y="{top_pad + plot - size:.1f}" '
                         f'width="{bar:.1f}" height="{size:.1f}" fill="{colour}"/>')
        mark = marks[index] if marks else None
        if mark:
            y = top_pad + plot - plot * mark / top
            reach = min(slot * 0.9, MAX_BAR * 1.4) / 2
            parts.append(f'<line x1="{x + slot / 2 - reach:.1f}" y1="{y:.1f}" '
                         f'x2="{x + slot / 2 + reach:.1f}" y2="{y:.1f}" stroke="{PLAN_COLOUR}" '
                         f'stroke-width="3"/>')
        if index % every == 0:
            parts.append(_text(x + slot / 2, height - 6, name, size=10, anchor="middle",
                               colour=MUTED))
    return _chart(key, title, height, parts, note)


def _day_series(report: ProgressReport, labels: Labels) -> tuple[list[str], list[int],
                                                                  list[float], bool]:
    """Per day, or per week for long periods."""
    if len(report.days) <= MAX_DAY_BARS:
        return ([labels.short_date(d.date) for d in report.days],
                [d.steps_done for d in report.days], [d.minutes for d in report.days], False)
    weeks: dict = {}
    for day in report.days:
        steps, minutes = weeks.get(week_start(day.date), (0, 0.0))
        weeks[week_start(day.date)] = (steps + day.steps_done, minutes + day.minutes)
    return ([labels.short_date(w) for w in weeks], [s for s, _ in weeks.values()],
            [round(m, 1) for _, m in weeks.values()], True)


def report_charts(report: ProgressReport, labels: Labels) -> list[Chart]:
    names, steps, minutes, weekly = _day_series(report, labels)
    per = "week" if weekly else "day"
    charts = [
        columns("chart_steps", labels[f"steps_per_{per}"], names, steps, labels, STEPS_COLOUR),
        columns("chart_minutes", labels[f"minutes_per_{per}"], names, minutes, labels,
                MINUTES_COLOUR),
        hbars("chart_reasons", labels["chart_reasons"],
              [(labels[k], v) for k, v in report.stuck_reasons.items()], labels, "#a5483a"),
        hbars("chart_decisions", labels["chart_decisions"],
              [(labels[k], v) for k, v in report.decisions.items()], labels, MINUTES_COLOUR),
        columns("chart_weeks", labels["chart_weeks"],
                [labels.short_date(w.week) for w in report.weeks],
                [w.median_minutes for w in report.weeks], labels, MINUTES_COLOUR,
                marks=[w.median_planned for w in report.weeks], note=labels["weeks_note"]),
        hbars("chart_estimate", labels["chart_estimate"],
              [(labels[k], v) for k, v in report.estimate.items()], labels, PLAN_COLOUR),
    ]
    if report.reaction_areas:  # only owners who record reactions see their chart
        charts.append(stacked_hbars(
            "chart_reactions", labels["chart_reactions"],
            [(a.name or labels["no_area"], [a.likes, a.comments, a.replies, a.enquiries])
             for a in report.reaction_areas],
            [(labels[kind], colour) for kind, colour in REACTION_COLOURS], labels))
    return charts

