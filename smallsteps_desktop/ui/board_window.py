"""The board: five columns over one model, search and area filter, quota, detail pane."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMainWindow,
                               QSplitter, QVBoxLayout, QWidget)

from smallsteps_desktop.core.quota import QuotaView
from smallsteps_desktop.ui.quota_text import quota_text
from smallsteps_desktop.ui.board_cards import CardDelegate
from smallsteps_desktop.ui.board_columns import COLUMNS, BoardColumnView, StatusFilter
from smallsteps_desktop.ui.board_controller import BoardController
from smallsteps_desktop.ui.board_detail import StepDetailPane
from smallsteps_desktop.ui.board_model import Role


class BoardWindow(QMainWindow):
    """Shows the controller's model; selection drives the detail pane."""

    #: The selected step changed (None: nothing selected).
    sig_selected = Signal(object)

    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Small Steps – Board"))
        self.selected_id: int | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search steps (Ctrl+F)"))
        self.area_box = QComboBox(self)
        self.area_box.setMinimumContentsLength(14)
        self.quota_label = QLabel(self)
        self.detail = StepDetailPane(self)
        self.columns: list[BoardColumnView] = []
        self.filters: list[StatusFilter] = []
        self.headers: list[QLabel] = []
        self._build()
        self.search_edit.textChanged.connect(self.set_search)
        self.area_box.currentIndexChanged.connect(self._on_area_chosen)
        self._fit_to_screen(1360, 800)

    def _build(self) -> None:
        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Find:"), self)
        search_label.setBuddy(self.search_edit)
        area_label = QLabel(self.tr("A&rea:"), self)
        area_label.setBuddy(self.area_box)
        for widget in (search_label, self.search_edit, area_label, self.area_box):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.quota_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        titles = [self.tr("Annoyances && inbox"), self.tr("Next"), self.tr("Stuck"),
                  self.tr("Handed off"), self.tr("Done")]
        for number, (column, title) in enumerate(zip(COLUMNS, titles), start=1):
            splitter.addWidget(self._column(column, title, number))
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(len(COLUMNS), 0)
        splitter.setSizes([210] * len(COLUMNS) + [300])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _column(self, column, title: str, number: int) -> QWidget:
        box = QWidget(self)
        status_filter = StatusFilter(column, box)
        status_filter.setSourceModel(self.controller.model)
        view = BoardColumnView(column, self.controller.model, box)
        view.setModel(status_filter)
        view.setItemDelegate(CardDelegate(
            lambda index, f=status_filter: f.owns(index),
            lambda: self.controller.model.current_id, lambda: self.controller.model.today, view))
        view.selectionModel().currentChanged.connect(
            lambda index, _old, view=view: self._on_current(view, index))
        header = QLabel(f"<b>{title}</b> <small>Ctrl+{number}</small>", box)
        header.setBuddy(view)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addWidget(view, 1)
        self.columns.append(view)
        self.filters.append(status_filter)
        self.headers.append(header)
        return box

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)

    # -- filters -------------------------------------------------------------------

    def set_search(self, _text: str = "") -> None:
        # A tree view keeps each expanded row as a persistent index, which the filter
        # updates on every removed range: thousands of both took a second per keystroke.
        for view in self.columns:
            view.collapseAll()
        for status_filter in self.filters:
            status_filter.set_search(self.search_edit.text(), self.area_box.currentData())
        self.expand_open_columns()
        if self.selected_id is not None:
            self.reselect(self.selected_id)

    def set_areas(self, areas: list[str]) -> None:
        """Fill the area filter, keeping the chosen area if it still exists."""
        chosen = self.area_box.currentData()
        self.area_box.blockSignals(True)
        self.area_box.clear()
        self.area_box.addItem(self.tr("All areas"), None)
        for area in areas:
            self.area_box.addItem(area, area)
        self.area_box.setCurrentIndex(max(0, self.area_box.findData(chosen)))
        self.area_box.blockSignals(False)

    def _on_area_chosen(self) -> None:
        self.set_search()

    def expand_open_columns(self) -> None:
        """Chores show their steps in every column."""
        for view in self.columns:
            view.expandAll()

    # -- selection -------------------------------------------------------------------

    def _on_current(self, view: BoardColumnView, index: QModelIndex) -> None:
        if not index.isValid():
            return
        for other in self.columns:
            if other is not view:
                other.selectionModel().clearSelection()
        self.selected_id = index.data(Role.STEP_ID)
        self.sig_selected.emit(self.selected_id)

    def select(self, step_id: int) -> bool:
        """Select a step in the column that owns it; False if it is filtered out."""
        for view in self.columns:
            index = self._find(view, step_id)
            if index.isValid() and view.model().owns(index):
                view.scrollTo(index)
                view.setCurrentIndex(index)
                view.setFocus()
                return True
        return False

    def reselect(self, step_id: int) -> None:
        """After a filter change: select the step again where it is still shown."""
        for view in self.columns:
            index = self._find(view, step_id)
            if index.isValid() and view.model().owns(index):
                view.selectionModel().setCurrentIndex(
                    index, view.selectionModel().SelectionFlag.ClearAndSelect)
                return

    def _find(self, view: BoardColumnView, step_id: int) -> QModelIndex:
        return view.model().mapFromSource(self.controller.model.index_of(step_id))

    def focus_column(self, number: int) -> None:
        view = self.columns[number]
        view.setFocus()
        if not view.currentIndex().isValid() and view.model().rowCount():
            view.setCurrentIndex(view.model().index(0, 0))

    def show_quota(self, view: QuotaView) -> None:
        self.quota_label.setText(quota_text(view))
