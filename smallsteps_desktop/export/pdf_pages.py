"""A small page-flow printer on QPainter: headings, text, tables and SVG charts on A4 pages.

Qt's rich-text printing lays out a long table in seconds; drawing rows directly
with QPainter takes a fraction of that and keeps the charts as vectors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgRenderer

PAGE_MARGIN_MM = 15
INK, MUTED, ACCENT, RULE, HEAD_FILL, MARK = (
    "#2b2b2b", "#6b6b6b", "#1f5a38", "#dddddd", "#eef5f0", "#a5483a")
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop)
FONT_FAMILY = "DejaVu Sans"
MIN_TEXT_COLUMN = 62.0  # points


@dataclass(frozen=True)
class Column:
    header: str
    numeric: bool = False


class PageFlow:
    """Draws blocks top to bottom and starts a new page when one does not fit.

    Coordinates are in points (1/72 inch); the painter's scale maps them to the
    writer's resolution, so fonts are sized in points as on paper.
    """

    def __init__(self, writer: QPdfWriter, footer: Callable[[int], str]) -> None:
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter))
        self._writer = writer
        self._footer = footer
        self.painter = QPainter(writer)
        scale = self._scale = writer.resolution() / 72
        self.painter.scale(scale, scale)
        self.width = writer.width() / scale
        self._bottom = writer.height() / scale - 18  # room for the footer
        self.y = 0.0
        self.page = 1
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}

    def font(self, size: float, bold: bool = False) -> tuple[QFont, QFontMetricsF]:
        key = (size, bold)
        if key not in self._fonts:
            font = QFont(FONT_FAMILY)
            # The device turns points into its pixels and the painter's scale applies on
            # top: divided here once, so a 9 pt font prints at 9 pt.
            font.setPointSizeF(size / self._scale)
            font.setBold(bold)
            self._fonts[key] = (font, QFontMetricsF(font, self._writer))
        return self._fonts[key]

    # -- pages -----------------------------------------------------------------------

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` more points fit on this one."""
        if self.y + height > self._bottom and self.y > 0:
            self.new_page()

    def new_page(self) -> None:
        self._draw_footer()
        self._writer.newPage()
        self.page += 1
        self.y = 0.0

    def finish(self) -> None:
        self._draw_footer()
        self.painter.end()

    def abandon(self) -> None:
        """After an error: Qt crashes if a writer goes away while still being painted."""
        if self.painter.isActive():
            self.painter.end()

    def _draw_footer(self) -> None:
        font, _ = self.font(7.5)
        self.painter.setFont(font)
        self.painter.setPen(QColor(MUTED))
        rect = QRectF(0, self._bottom + 6, self.width, 12)
        self.painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), self._footer(self.page))
        self.painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), str(self.page))

    # -- blocks ----------------------------------------------------------------------

    def text(self, text: str, size: float = 9.5, *, bold: bool = False, colour: str = INK,
             space_before: float = 0, space_after: float = 4, keep_with: float = 0) -> None:
        """A wrapped paragraph; keep_with: points that must follow on the same page."""
        font, metrics = self.font(size, bold)
        height = metrics.boundingRect(QRectF(0, 0, self.width, 1e6), WRAP, text).height()
        self.ensure(space_before + height + keep_with)
        if self.y > 0:
            self.y += space_before
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        self.painter.drawText(QRectF(0, self.y, self.width, height), WRAP, text)
        self.y += height + space_after

    def svg(self, svg: str, width: float, height: float) -> None:
        """A chart as vectors, scaled to the page width; never split over two pages."""
        scale = min(1.0, self.width / width)
        self.ensure(height * scale + 8)
        QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(
            self.painter, QRectF(0, self.y, width * scale, height * scale))
        self.y += height * scale + 8

    def grid(self, cells: Sequence[tuple[str, str]], columns: int = 3) -> None:
        """Big numbers with a label under each, ``columns`` to a row."""
        big, big_metrics = self.font(16, bold=True)
        small, small_metrics = self.font(8.5)
        cell_width = self.width / columns
        row_height = big_metrics.height() + 2 * small_metrics.height() + 6
        for start in range(0, len(cells), columns):
            self.ensure(row_height)
            for index, (value, label) in enumerate(cells[start:start + columns]):
                x = index * cell_width
                self.painter.setFont(big)
                self.painter.setPen(QColor(ACCENT))
                self.painter.drawText(QRectF(x, self.y, cell_width, big_metrics.height()),
                                      int(Qt.AlignmentFlag.AlignLeft), value)
                self.painter.setFont(small)
                self.painter.setPen(QColor(INK))
                self.painter.drawText(QRectF(x, self.y + big_metrics.height(), cell_width - 8,
                                             2 * small_metrics.height()), WRAP, label)
            self.y += row_height

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]],
              marked: frozenset[int] = frozenset(), size: float = 8.5) -> None:
        """Rows that wrap in their cells; the header repeats on every page."""
        font, metrics = self.font(size)
        bold, bold_metrics = self.font(size, bold=True)
        widths = self._widths(columns, rows, metrics, bold_metrics)
        header_height = self._row_height([c.header for c in columns], widths, bold_metrics)
        first = self._row_height(rows[0], widths, metrics) if rows else 0
        self.ensure(header_height + first)
        self._row([c.header for c in columns], columns, widths, header_height, bold, HEAD_FILL)
        for index, row in enumerate(rows):
            is_marked = index in marked
            height = self._row_height(row, widths, bold_metrics if is_marked else metrics)
            if self.y + height > self._bottom:
                self.new_page()
                self._row([c.header for c in columns], columns, widths, header_height, bold,
                          HEAD_FILL)
            self._row(row, columns, widths, height, bold if is_marked else font, None,
                      MARK if is_marked else INK)
        self.y += 6

    _PAD = 3.0

    def _row_height(self, cells: Sequence[str], widths: list[float],
                    metrics: QFontMetricsF) -> float:
        line = metrics.height()
        tallest = line
        for cell, width in zip(cells, widths):
            room = width - 2 * self._PAD
            if "\n" in cell or metrics.horizontalAdvance(cell) > room:  # only then measure
                tallest = max(tallest, metrics.boundingRect(QRectF(0, 0, room, 1e6), WRAP,
                                                            cell).height())
        return tallest + 2 * self._PAD

    def _row(self, cells: Sequence[str], columns: Sequence[Column], widths: list[float],
             height: float, font: QFont, fill: str | None, colour: str = INK) -> None:
        painter, x = self.painter, 0.0
        if fill:
            painter.fillRect(QRectF(0, self.y, self.width, height), QColor(fill))
        painter.setFont(font)
        painter.setPen(QColor(colour))
        for cell, column, width in zip(cells, columns, widths):
            align = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            painter.drawText(QRectF(x + self._PAD, self.y + self._PAD, width - 2 * self._PAD,
                                    height - 2 * self._PAD), WRAP | int(align), cell)
            x += width
        painter.setPen(QColor(RULE))
        painter.drawLine(0, self.y + height, self.width, self.y + height)
        self.y += height

    def _widths(self, columns: Sequence[Column], rows: Sequence[Sequence[str]],
                metrics: QFontMetricsF, bold_metrics: QFontMetricsF) -> list[float]:
        """Numbers get what they need; text columns share the rest by their typical length."""
        sample = rows[:300]
        natural = []
        for index, column in enumerate(columns):
            longest = max((metrics.horizontalAdvance(row[index]) for row in sample), default=0)
            header = bold_metrics.horizontalAdvance(column.header)
            wanted = max(longest, header if column.numeric else min(header, 60))
            natural.append(wanted + 2 * self._PAD + 1)
        fixed = sum(w for w, c in zip(natural, columns) if c.numeric)
        wanted = [min(w, self.width * 0.5) for w, c in zip(natural, columns) if not c.numeric]
        room = self.width - fixed
        # Every text column first gets up to MIN_TEXT_COLUMN (a date or a name fits on one
        # line), then the rest of the line goes to the columns that want more.
        base = [min(w, MIN_TEXT_COLUMN) for w in wanted]
        if sum(base) >= room:
            shares = iter(b * room / sum(base) for b in base)
        else:
            more = [w - b for w, b in zip(wanted, base)]
            spare = room - sum(base)
            shares = iter(b + (spare * m / sum(more) if sum(more) else spare / len(base))
                          for b, m in zip(base, more))
        return [w if c.numeric else next(shares) for w, c in zip(natural, columns)]
