"""How a step looks on the board: title, then area, minutes and markers in a smaller line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from smallsteps_desktop.core.models import StepStatus
from smallsteps_desktop.core.records import BoardItem
from smallsteps_desktop.ui.board_model import Role

OVERDUE = QColor("#b3261e")
ACCENT = QColor("#2e7d5b")
PAD = 4
CACHED_TITLES = 20_000  # wrapped titles kept for repainting


def _tr(text: str) -> str:
    return QCoreApplication.translate("Board", text)


def is_overdue(item: BoardItem, today: date | None) -> bool:
    """A handed-off step past its due day and not marked done yet."""
    due = item.brief_due
    return (today is not None and due is not None and due < today
            and item.step.status is StepStatus.DELEGATED)


def meta_parts(item: BoardItem, today: date | None) -> list[tuple[str, bool]]:
    """The small line under a title, as (text, is a warning) parts; what needs care first."""
    step = item.step
    parts: list[tuple[str, bool]] = []
    if item.has_brief:
        due = QLocale().toString(item.brief_due, QLocale.FormatType.ShortFormat) \
            if item.brief_due else ""
        if is_overdue(item, today):
            parts.append((_tr("overdue since {due}").format(due=due), True))
        else:
            parts.append((_tr("brief, due {due}").format(due=due) if due else _tr("brief"), False))
    if item.stuck_notes:
        parts.append((_tr("stuck ×{n}").format(n=item.stuck_notes), False))
    if item.has_learning:
        parts.append((_tr("learning"), False))
    if step.status is StepStatus.DROPPED:
        parts.append((_tr("dropped"), False))
    if step.annoyance and step.parent_id is None:
        parts.append(("●" * step.annoyance, False))
    minutes = _tr("{n} min").format(n=step.planned_minutes)
    if item.minutes_spent >= 1:
        minutes = _tr("{spent} of {n} min").format(spent=round(item.minutes_spent),
                                                   n=step.planned_minutes)
    parts.append((minutes, False))
    if step.area:
        parts.append((step.area, False))
    return parts


def two_lines(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """A title wrapped at word boundaries into at most two lines, the second one elided."""
    words = " ".join(text.split()).split(" ")
    first: list[str] = []
    while words and metrics.horizontalAdvance(" ".join([*first, words[0]])) <= width:
        first.append(words.pop(0))
    if not first:  # one very long word: cut it on the first line
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    if not rest:
        return [" ".join(first)]
    return [" ".join(first), metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]


class CardDelegate(QStyledItemDelegate):
    """Two lines per step; rows shown only as context (a chore above its steps) are dimmed."""

    def __init__(self, owns, current_id, today, parent=None) -> None:
        super().__init__(parent)
        self._owns = owns  # index -> is this row in the column?
        self._current_id = current_id  # () -> the current step's id
        self._today = today  # () -> today's date
        # Wrapped titles by (title, font, width): measuring word by word was most of a
        # repaint, and the same cards are painted again on every keystroke and move.
        self._lines: dict[tuple[str, str, int], list[str]] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # Every card the same height (two title lines, one small line): the views
        # then lay out thousands of rows without measuring each.
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 3 + PAD * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        item: BoardItem | None = index.data(Role.ITEM)
        if item is None:
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        try:
            self._paint_card(painter, option, index, item)
        finally:
            painter.restore()

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex,
                    item: BoardItem) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        owned = self._owns(index)
        rect = option.rect.adjusted(PAD + 2, PAD, -PAD, -PAD)
        if item.step.id == self._current_id():
            painter.fillRect(QRect(option.rect.left(), option.rect.top() + 2, 3,
                                   option.rect.height() - 4), ACCENT)
        title_font = QFont(option.font)
        title_font.setBold(item.step.parent_id is None)
        title_font.setStrikeOut(item.step.status is StepStatus.DROPPED)
        painter.setFont(title_font)
        color = palette.color(text_role)
        if not owned and not selected:
            color = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(color)
        metrics = QFontMetrics(title_font)
        line = metrics.height()
        for number, text in enumerate(self._wrapped(metrics, title_font, item.step.title,
                                                    rect.width())):
            painter.drawText(QRect(rect.left(), rect.top() + number * line, rect.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if owned:
            self._paint_meta(painter, option, item, QRect(
                rect.left(), rect.top() + 2 * line + PAD, rect.width(), line), selected)

    def _wrapped(self, metrics: QFontMetrics, font: QFont, title: str, width: int) -> list[str]:
        key = (title, font.key(), width)
        lines = self._lines.get(key)
        if lines is None:
            if len(self._lines) > CACHED_TITLES:  # a long session: start over, never grow
                self._lines.clear()
            lines = self._lines[key] = two_lines(metrics, title, width)
        return lines

    def _paint_meta(self, painter: QPainter, option: QStyleOptionViewItem, item: BoardItem,
                    rect: QRect, selected: bool) -> None:
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        plain = option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.PlaceholderText)
        x = rect.left()
        for number, (text, warning) in enumerate(meta_parts(item, self._today())):
            shown = (" · " if number else "") + text
            width = metrics.horizontalAdvance(shown)
            if x + width > rect.right():
                shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, rect.right() - x)
                width = rect.right() - x
            painter.setPen(OVERDUE if warning and not selected else plain)
            painter.drawText(QRect(x, rect.top(), width, rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            x += width
            if x >= rect.right():
                break
