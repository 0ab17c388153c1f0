"""The report as a Qt text document with its charts: what the report window shows."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QUrl, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from smallsteps_desktop.core.report_model import ProgressReport
from smallsteps_desktop.export.charts import Chart
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.redact import redacted
from smallsteps_desktop.export.report_html import CHART_SCHEME, rich_text

CHART_SCALE = 2  # charts are drawn at twice their size: sharp on high-density screens
# Qt's rich text lays out a long table in seconds; the preview shows the start of each.
PREVIEW_ROWS = 150


def chart_image(chart: Chart) -> QImage:
    image = QImage(chart.width * CHART_SCALE, chart.height * CHART_SCALE,
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(chart.svg.encode("utf-8"))).render(painter)
    painter.end()
    image.setDevicePixelRatio(CHART_SCALE)
    return image


def report_document(report: ProgressReport, labels: Labels, *,
                    redact: bool = False) -> QTextDocument:
    """The report as a Qt text document with its charts, for the report window's preview.

    redact: as ``writer.render(..., redact=True)`` saves it, titles and notes hidden.
    """
    if redact:
        report = redacted(report, labels)
    html, charts = rich_text(report, labels, row_limit=PREVIEW_ROWS, redacted=redact)
    document = QTextDocument()
    document.setDocumentMargin(0)
    for chart in charts:
        document.addResource(QTextDocument.ResourceType.ImageResource,
                             QUrl(f"{CHART_SCHEME}:{chart.key}"), chart_image(chart))
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, labels["title"])
    return document
