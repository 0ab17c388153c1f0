"""The board's one model: every step as an item in its tree, with roles the views filter on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from smallsteps_desktop.core.records import BoardItem

STEP_MIME = "application/x-smallsteps-step"


class Role(IntEnum):
    STEP_ID = Qt.ItemDataRole.UserRole + 1
    STATUS = Qt.ItemDataRole.UserRole + 2
    ITEM = Qt.ItemDataRole.UserRole + 5  # the BoardItem, for the delegate and the pane
    # "status<US>area<US>search text", one line for the step and one for each step below
    # it: each column filters with one multi-line regex, a row shows if any line matches.
    # Qt's own recursive filtering looked at every child of every hidden chore instead.
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
        self._lines: dict[int, str] = {}  # id -> the step's own filter line
        self._below: dict[int | None, list[int]] = {}  # parent id -> child ids
        self._filters: dict[int, str] = {}  # id -> its line and those of every step below
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
            self._lines = {i.step.id: self._line(i) for i in ordered}
            self._below = {}
            for board_item in ordered:
                self._below.setdefault(board_item.step.parent_id, []).append(board_item.step.id)
            self._filters = dict(self._lines)  # a step with nothing below: its own line
            parents = [step_id for step_id in self._below if step_id is not None]
            for step_id in sorted(parents, key=self._depth, reverse=True):  # deepest first
                self._join_filter(step_id)
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
        items = list(items)
        touched: set[int] = set()  # steps whose filter text changes with the lines below
        # Deepest first: removing a row deletes the rows below it, and a deleted row's
        # Python wrapper must not be touched again (PySide crashes inside an undo()).
        removed = sorted(removed, key=self._depth, reverse=True)
        for step_id in removed:
            row = self._rows.pop(step_id, None)
            _title, parent_id = self._titles.pop(step_id, ("", None))
            self._forget(step_id, parent_id)
            touched |= self._with_ancestors(parent_id)
            if row is not None:
                self._count_area(row.data(_ITEM), -1)
                (row.parent() or self.invisibleRootItem()).removeRow(row.row())
        touched.difference_update(removed)  # a parent that went too has no filter to update
        renamed: list[int] = []  # their steps are found by their titles too
        for board_item in items:
            step = board_item.step
            before = self._titles.get(step.id)
            if before is not None and before[0] != step.title:
                renamed.append(step.id)
            self._titles[step.id] = (step.title, step.parent_id)
            if step.id not in self._lines:
                self._below.setdefault(step.parent_id, []).append(step.id)
        changed = {board_item.step.id for board_item in items}
        lined = [*items, *(self._rows[d].data(_ITEM) for d in self._descendants(renamed)
                           if d not in changed)]
        for board_item in lined:
            self._lines[board_item.step.id] = self._line(board_item)
            touched |= self._with_ancestors(board_item.step.id)
        for step_id in sorted(touched, key=self._depth, reverse=True):  # deepest first
            self._join_filter(step_id)
        for step_id in touched - changed:
            row = self._rows.get(step_id)
            if row is not None and row.data(_FILTER) != self._filters[step_id]:
                row.setData(self._filters[step_id], _FILTER)
        reorder: dict[int, QStandardItem] = {}  # items are not hashable: keyed by identity
        for board_item in items:
            step = board_item.step
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
        roles = {_ID: step.id, _DISPLAY: step.title, _STATUS: status, _ITEM: board_item,
                 _FILTER: self._filters[step.id]}
        if row.model() is self:  # one dataChanged for the row, not one per role
            self.setItemData(row.index(), roles)
        else:
            for role, value in roles.items():
                row.setData(value, role)

    def _line(self, board_item: BoardItem) -> str:
        """The step's own filter line; its chore's words too, so "newsletter" finds its steps."""
        step = board_item.step
        words = " ".join([step.title, step.notes, *self._ancestor_titles(step.parent_id)])
        words = words.replace("\r", " ").replace("\n", " ")  # notes may have lines: one line
        return SEPARATOR.join((step.status.value, step.area or "", words.lower()))

    def _join_filter(self, step_id: int) -> None:
        """The step's line and the filter texts of its children (already joined)."""
        lines = [self._lines[step_id], *(self._filters[c] for c in self._below.get(step_id, ()))]
        self._filters[step_id] = "\n".join(lines)

    def _forget(self, step_id: int, parent_id: int | None) -> None:
        self._lines.pop(step_id, None)
        self._filters.pop(step_id, None)
        siblings = self._below.get(parent_id, [])
        if step_id in siblings:
            siblings.remove(step_id)

    def _with_ancestors(self, step_id: int | None) -> set[int]:
        found = set()
        while step_id is not None and step_id in self._titles:
            found.add(step_id)
            step_id = self._titles[step_id][1]
        return found

    def _descendants(self, step_ids: list[int]) -> list[int]:
        found, waiting = [], list(step_ids)
        while waiting:
            below = self._below.get(waiting.pop(), [])
            found += below
            waiting += below
        return found

    def _depth(self, step_id: int) -> int:
        return len(self._with_ancestors(step_id))

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

