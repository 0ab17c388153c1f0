"""The report as an A4 PDF: the same sections as the HTML, charts as vectors, text as text."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from smallsteps_desktop.core.report_model import ProgressReport
from smallsteps_desktop.export.charts import report_charts
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.pdf_pages import ACCENT, MUTED, Column, PageFlow
from smallsteps_desktop.export.tables import Table, printable, report_tables, totals_rows

PDF_DPI = 300


def _table(flow: PageFlow, table: Table, labels: Labels) -> None:
    flow.text(table.title, 13, bold=True, colour=ACCENT, space_before=10, keep_with=40)
    if table.note:
        flow.text(table.note, 8.5, colour=MUTED, space_after=4, keep_with=30)
    if not table.rows:
        flow.text(labels["none_yet"], colour=MUTED)
        return
    columns = [Column(header, i in table.numeric) for i, header in enumerate(table.headers)]
    rows = [[cell if i in table.numeric else printable(cell, labels) for i, cell in enumerate(row)]
            for row in table.rows]
    flow.table(columns, rows, table.mark)


def render_pdf(report: ProgressReport, labels: Labels, *, redacted: bool = False) -> bytes:
    """A4 with page numbers; needs a QGuiApplication, but no screen."""
    period = labels.period(report.period.start, report.period.end)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(f"{labels['title']}: {period}")
    writer.setCreator("Small Steps")
    flow = PageFlow(writer, lambda page: f"{labels['title']} · {period}")
    try:
        _pages(flow, report, labels, period, redacted)
    except BaseException:
        flow.abandon()
        raise
    buffer.close()
    return bytes(buffer.data())


def _pages(flow: PageFlow, report: ProgressReport, labels: Labels, period: str,
           redacted: bool) -> None:
    flow.text(labels["title"], 20, bold=True, colour=ACCENT, space_after=2)
    flow.text(f"{period} · {labels['generated'].format(when=labels.moment(report.generated_at))}",
              9, colour=MUTED, space_after=2 if redacted else 10)
    if redacted:
        flow.text(labels["redacted_note"], 9, bold=True, space_after=10)
    flow.text(labels["totals"], 13, bold=True, colour=ACCENT, space_after=6)
    flow.grid([(value, name) for name, value in totals_rows(report, labels)])
    flow.text(labels["quota_rule"].format(n=max(1, report.daily_quota)), 8.5, colour=MUTED,
              space_after=10)
    for chart in report_charts(report, labels):
        flow.svg(chart.svg, chart.width, chart.height)
    for table in report_tables(report, labels):
        _table(flow, table, labels)
    flow.finish()
