"""The report as Markdown: every number of the charts as a table, user text escaped."""

from __future__ import annotations

import re

from smallsteps_desktop.core.report_model import ProgressReport
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.tables import Table, chart_tables, report_tables, totals_rows

# Markdown punctuation that could start a link, an image, emphasis, code or a table cell.
_PUNCTUATION = re.compile(r"([\\`*_\[\]#|~!])")


def md_text(text: str) -> str:
    """User text as literal Markdown: no markup, no raw HTML, on one line."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _PUNCTUATION.sub(r"\\\1", text)
    return " ".join(text.split())


def _table(table: Table, labels: Labels) -> list[str]:
    lines = [f"## {md_text(table.title)}", ""]
    if table.note:
        lines += [md_text(table.note), ""]
    if not table.rows:
        return [*lines, md_text(labels["none_yet"]), ""]
    align = ["---:" if i in table.numeric else "---" for i in range(len(table.headers))]
    lines.append("| " + " | ".join(md_text(h) for h in table.headers) + " |")
    lines.append("| " + " | ".join(align) + " |")
    for index, row in enumerate(table.rows):
        cells = [md_text(cell) for cell in row]
        if index in table.mark:
            cells = [f"**{cell}**" for cell in cells]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def render_markdown(report: ProgressReport, labels: Labels, *, redacted: bool = False) -> bytes:
    lines = [
        f"# {md_text(labels['title'])}: {md_text(labels.period(report.period.start, report.period.end))}",
        "",
        md_text(labels["generated"].format(when=labels.moment(report.generated_at))),
        "",
        *([f"**{md_text(labels['redacted_note'])}**", ""] if redacted else []),
        f"## {md_text(labels['totals'])}",
        "",
        "| | |",
        "| --- | ---: |",
        *(f"| {md_text(name)} | {md_text(value)} |" for name, value in totals_rows(report, labels)),
        "",
        md_text(labels["quota_rule"].format(n=max(1, report.daily_quota))),
        "",
    ]
    for table in [*chart_tables(report, labels), *report_tables(report, labels)]:
        lines += _table(table, labels)
    return "\n".join(lines).encode("utf-8")
