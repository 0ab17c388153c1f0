"""One board column: a tree view over the shared model, filtered to some statuses, with drops."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QRegularExpression, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import (QDrag, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent,
                           QPainter, QPaintEvent, QPalette, QPen)
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from smallsteps_desktop.core.board import KEEP
from smallsteps_desktop.core.models import StepStatus
from smallsteps_desktop.ui.board_model import STEP_MIME, BoardModel, Role


@dataclass(frozen=True)
class Column:
    """A board column: the statuses it shows and the status a drop on it gives."""

    key: str
    statuses: tuple[StepStatus, ...]

    @property
    def drop_status(self) -> StepStatus:
        return self.statuses[0]


COLUMNS = (
    Column("inbox", (StepStatus.INBOX,)),
    Column("next", (StepStatus.NEXT,)),
    Column("stuck", (StepStatus.STUCK,)),
    Column("delegated", (StepStatus.DELEGATED,)),
    Column("done", (StepStatus.DONE, StepStatus.DROPPED)),
)


class StatusFilter(QSortFilterProxyModel):
    """A column's rows; a step's chore and parents stay visible as its context."""

    def __init__(self, column: Column, parent=None) -> None:
        super().__init__(parent)
        self.column = column
        self._owned = {status.value for status in column.statuses}
        # The filter text of a row holds the lines of every step below it (board_model.py),
        # so a chore shows when any of its steps matches without Qt's recursive search.
        self.setRecursiveFilteringEnabled(False)
        self.setFilterRole(Role.FILTER)
        self.set_search("", None)

    def set_search(self, text: str, area: str | None) -> None:
        """Show the column's steps that contain text (any case) and are in area (None: any).

        One regular expression on one role: Qt filters in C++, which keeps a
        keystroke fast with thousands of steps.
        """
        names = "|".join(status.value for status in self.column.statuses)
        area_pattern = "[^\x1f\n]*" if area is None else QRegularExpression.escape(area)
        words = QRegularExpression.escape(text.strip().lower())
        # The filter texts are in lower case already: a case-blind match would cost more.
        pattern = QRegularExpression(f"^(?:{names})\x1f{area_pattern}\x1f[^\n]*{words}",
                                     QRegularExpression.PatternOption.MultilineOption)
        self.setFilterRegularExpression(pattern)

    def owns(self, index: QModelIndex) -> bool:
        """Is this row in the column, rather than shown as another row's context?"""
        return index.data(Role.STATUS) in self._owned


class BoardColumnView(QTreeView):
    """A tree of one column's steps; drops ask to give a step this column's status."""

    #: (step id, status, before: a sibling id, None for last, or KEEP for the same place)
    sig_dropped = Signal(int, object, object)

    def __init__(self, column: Column, board: BoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self._board = board
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)  # lets the view skip measuring thousands of rows
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setExpandsOnDoubleClick(True)
        self.setAnimated(False)
        self.setIndentation(12)
        #: Where a drop would put the step among its siblings: (left, y, right), or None.
        self.drop_line: tuple[int, int, int] | None = None

    def startDrag(self, actions: Qt.DropAction) -> None:
        # Our own drag: Qt's default would remove the source row after a move.
        index = self.currentIndex()
        if not index.isValid():
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        drag.setPixmap(self.viewport().grab(self.visualRect(index)))
        drag.setHotSpot(QPoint(12, 12))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(STEP_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)
        self._aim_drop_line(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_drop_line(None)
        super().dragLeaveEvent(event)

    def _aim_drop_line(self, event: QDragMoveEvent) -> None:
        """A line between two siblings where the step would land; none for a status change."""
        step_id, pos = dragged_step(event), event.position().toPoint()
        before = self.place_for(step_id, pos) if step_id is not None else KEEP
        line = None
        if before is not KEEP:
            rect = self.visualRect(self.indexAt(pos))
            upper = pos.y() < rect.center().y()
            line = (rect.left(), rect.top() if upper else rect.bottom(), rect.right())
        self._set_drop_line(line)

    def _set_drop_line(self, line: tuple[int, int, int] | None) -> None:
        if line != self.drop_line:
            self.drop_line = line
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.drop_line is not None:
            left, y, right = self.drop_line
            painter = QPainter(self.viewport())
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            painter.drawLine(left, y, right, y)
            painter.end()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_line(None)
        step_id = dragged_step(event)
        if step_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        before = self.place_for(step_id, event.position().toPoint())
        self.sig_dropped.emit(step_id, self.column.drop_status, before)

    def place_for(self, step_id: int, pos: QPoint) -> object:
        """Dropped on a sibling: before it (upper half) or after it; else keep the place."""
        target = self.indexAt(pos)
        if not target.isValid():
            return KEEP
        target_id = target.data(Role.STEP_ID)
        moved, onto = self._board.item_of(step_id), self._board.item_of(target_id)
        if moved is None or onto is None or target_id == step_id:
            return KEEP
        if moved.step.parent_id != onto.step.parent_id:
            return KEEP
        if pos.y() < self.visualRect(target).center().y():
            return target_id
        return self._board.sibling_after(target_id, skip=step_id)


def dragged_step(event: QDropEvent) -> int | None:
    raw = bytes(event.mimeData().data(STEP_MIME)).decode(errors="replace")
    return int(raw) if raw.isdigit() else None
