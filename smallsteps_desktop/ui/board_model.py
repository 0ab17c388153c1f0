"""The board's one model: every step as an item in its tree, with roles the views filter on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from smallsteps_desktop.core.models import BoardItem

STEP_MIME = "application/x-smallsteps-step"


class Role(IntEnum):
    STEP_ID = Qt.ItemDataRole.UserRole + 1
    STATUS = Qt.ItemDataRole.UserRole + 2
    ITEM = Qt.ItemDataRole.UserRole + 5  # the BoardItem, for the delegate and the pane
    # "status<US>area<US>search text": one role that each column filters with one regex,
    # so a keystroke re-filters five proxies side by side rather than through a chain.
    FILTER = Qt.ItemDataRole.UserRole + 6


SEPARATOR = "\x1f"
# Looked up once: building 10,000 rows, attribute access on Qt's enums and flag
# arithmetic cost more than setting the data itself.
_ROW_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
              | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
_ID, _STATUS, _ITEM, _FILTER = (int(Role.STEP_ID), int(Role.STATUS), int(Role.ITEM),
                                int(Role.FILTER))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


def order_key(item: BoardItem) -> tuple[int, int, int]:
    """Queue order: chores by annoyance, then as placed; steps as placed."""
    step = item.step
    rank = -(step.annoyance or 0) if step.parent_id is None else 0
    return rank, step.position, step.id


class BoardModel(QStandardItemModel):
    """Steps as a tree in queue order; updated in place so views keep their state."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: dict[int, QStandardItem] = {}
        self._titles: dict[int, tuple[str, int | None]] = {}  # id -> (title, parent id)
        self._areas: Counter[str] = Counter()  # area -> steps in it, so unused ones go
        self.current_id: int | None = None
        self.today: date | None = None  # for flagging overdue briefs

    def load(self, items: Iterable[BoardItem]) -> None:
        """Replace everything (opening the board, or after changes from elsewhere)."""
        self.blockSignals(True)  # one reset at the end instead of a signal per row
        try:
            self.clear()
            self._rows = {}
            self._areas = Counter()
            ordered = sorted(items, key=order_key)  # children arrive in their parent's order
            self._titles = {i.step.id: (i.step.title, i.step.parent_id) for i in ordered}
            for board_item in ordered:
                self._rows[board_item.step.id] = self._new_row(board_item)
            root = self.invisibleRootItem()
            for board_item in ordered:
                parent = self._rows.get(board_item.step.parent_id or -1, root)
                parent.appendRow(self._rows[board_item.step.id])
        finally:
            self.blockSignals(False)
        self.beginResetModel()
        self.endResetModel()

    def update(self, items: Iterable[BoardItem], removed: Iterable[int] = ()) -> None:
        """Apply the rows one action changed: new, changed and removed steps."""
        for step_id in removed:
            row = self._rows.pop(step_id, None)
            self._titles.pop(step_id, None)
            if row is not None:
                self._count_area(row.data(_ITEM), -1)
                (row.parent() or self.invisibleRootItem()).removeRow(row.row())
        reorder: dict[int, QStandardItem] = {}  # items are not hashable: keyed by identity
        for board_item in items:
            step = board_item.step
            self._titles[step.id] = (step.title, step.parent_id)
            row = self._rows.get(step.id)
            if row is None:
                row = self._rows[step.id] = self._new_row(board_item)
                parent = self._rows.get(board_item.step.parent_id or -1, self.invisibleRootItem())
                parent.appendRow(row)
            else:
                self._fill(row, board_item)
            parent = row.parent() or self.invisibleRootItem()
            reorder[id(parent)] = parent
        for parent in reorder.values():
            _sort_children(parent)

    def set_current(self, step_id: int | None) -> None:
        """Move the current-step marker, redrawing only the two rows involved."""
        before, self.current_id = self.current_id, step_id
        for changed in {before, step_id} - {None}:
            index = self.index_of(changed)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def item_of(self, step_id: int) -> BoardItem | None:
        row = self._rows.get(step_id)
        return row.data(Role.ITEM) if row is not None else None

    def index_of(self, step_id: int) -> QModelIndex:
        row = self._rows.get(step_id)
        return row.index() if row is not None else QModelIndex()

    def sibling_after(self, step_id: int, skip: int | None = None) -> int | None:
        """The next step under the same parent (not counting skip), or None if last."""
        row = self._rows[step_id]
        parent = row.parent() or self.invisibleRootItem()
        for number in range(row.row() + 1, parent.rowCount()):
            sibling_id = parent.child(number).data(Role.STEP_ID)
            if sibling_id != skip:
                return sibling_id
        return None

    def step_ids(self) -> list[int]:
        return list(self._rows)

    def areas(self) -> list[str]:
        """Every area some step is in."""
        return sorted((area for area, steps in self._areas.items() if steps > 0), key=str.lower)

    def _count_area(self, item: BoardItem | None, change: int) -> None:
        if item is not None and item.step.area:
            self._areas[item.step.area] += change

    def _new_row(self, board_item: BoardItem) -> QStandardItem:
        row = QStandardItem()
        row.setFlags(_ROW_FLAGS)
        self._fill(row, board_item)
        return row

    def _fill(self, row: QStandardItem, board_item: BoardItem) -> None:
        step = board_item.step
        status = step.status.value
        if row.model() is self:
            self._count_area(row.data(_ITEM), -1)  # the area it had until now
        self._count_area(board_item, +1)
        # A step is found by its chore's words too, so "newsletter" finds its steps.
        words = [step.title, step.notes, *self._ancestor_titles(step.parent_id)]
        roles = {_ID: step.id, _DISPLAY: step.title, _STATUS: status, _ITEM: board_item,
                 _FILTER: SEPARATOR.join((status, step.area or "", " ".join(words).lower()))}
        if row.model() is self:  # one dataChanged for the row, not one per role
            self.setItemData(row.index(), roles)
        else:
            for role, value in roles.items():
                row.setData(value, role)

    def _ancestor_titles(self, parent_id: int | None) -> list[str]:
        titles = []
        while parent_id is not None and parent_id in self._titles:
            title, parent_id = self._titles[parent_id]
            titles.append(title)
        return titles

    # -- drag and drop: the payload is the step id; views decide what a drop means --

    def mimeTypes(self) -> list[str]:
        return [STEP_MIME]

    def mimeData(self, indexes: list[QModelIndex | QPersistentModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(index.data(Role.STEP_ID)) for index in indexes[:1]]
        data.setData(STEP_MIME, ",".join(ids).encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


def _sort_children(parent: QStandardItem) -> None:
    """Keep queue order; moves only the rows that are out of place."""
    rows = [parent.child(i) for i in range(parent.rowCount())]
    wanted = sorted(rows, key=lambda r: order_key(r.data(Role.ITEM)))
    if [id(r) for r in rows] == [id(r) for r in wanted]:
        return
    for target, row in enumerate(wanted):
        current = row.row()
        if current != target:
            parent.insertRow(target, parent.takeRow(current))

