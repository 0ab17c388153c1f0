"""The board's behaviour: menus, shortcuts, drops and detail-pane actions, routed to services."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox

from smallsteps_desktop.core.board import KEEP
from smallsteps_desktop.core.changes import Change
from smallsteps_desktop.core.models import StepStatus
from smallsteps_desktop.ui.board_columns import COLUMNS
from smallsteps_desktop.ui.board_controller import BoardController, BoardServices
from smallsteps_desktop.ui.board_model import Role
from smallsteps_desktop.ui.board_window import BoardWindow
from smallsteps_desktop.ui.countdown import shorten


def _tr(text: str) -> str:
    return QCoreApplication.translate("Board", text)


class Board(QObject):
    """Owns the board window and its controller; one instance per app."""

    #: The user asked for the welcome again, the starter library, the report, or to start a step.
    sig_welcome_requested = Signal()
    sig_library_requested = Signal()
    sig_report_requested = Signal()
    sig_calendar_requested = Signal()
    sig_started = Signal()
    #: (step id, title): the owner wants to record or correct how readers reacted.
    sig_reactions_requested = Signal(int, str)

    def __init__(self, services: BoardServices, quota: Callable[[], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = BoardController(services, self)
        self.window = BoardWindow(self.controller)
        self._quota = quota  # () -> QuotaView, with the quota from the settings
        self._services = services
        self._build_menus()
        self.window.sig_selected.connect(self._show_details)
        self.window.detail.sig_edit.connect(self._on_edit)
        self.window.detail.sig_action.connect(self._on_pane_action)
        self.window.detail.sig_public.connect(self._on_public)
        for view in self.window.columns:
            view.sig_dropped.connect(self.move)
        self.controller.sig_refused.connect(self._refused)
        self.controller.sig_acted.connect(self._after_change)

    def open(self) -> None:
        """Show the board, reading everything fresh."""
        self.reload()
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def reload(self, forget_undo: bool = False) -> None:
        self.controller.reload(forget_undo)
        self.window.set_areas(self.controller.model.areas())
        self.window.expand_open_columns()
        self.window.show_quota(self._quota())
        if self.window.selected_id is not None and not self.window.select(self.window.selected_id):
            self.window.selected_id = None
        self._show_details(self.window.selected_id)

    # -- actions -------------------------------------------------------------------

    def move(self, step_id: int, status: StepStatus, before: object = KEEP) -> None:
        """A drop or a keyboard move: a new status and maybe a new place."""
        item = self.controller.model.item_of(step_id)
        if item is None:
            return
        if status is StepStatus.DELEGATED and item.step.status is not status:
            self.hand_off(step_id)
            return
        if status is item.step.status and before is KEEP:
            return
        title = shorten(item.step.title, 40)
        text = _tr("Move “{title}”").format(title=title)
        self.controller.run(text, lambda: self._services.board.move(step_id, status, before))

    def hand_off(self, step_id: int) -> None:
        from smallsteps_desktop.ui.brief_dialog import BriefDialog

        item = self.controller.model.item_of(step_id)
        dialog = BriefDialog(item.step.title, self.controller.today(), self.window)
        if dialog.exec():
            handoff = dialog.handoff()
            self.controller.run(_tr("Hand off “{title}”").format(title=shorten(item.step.title, 40)),
                                lambda: self._services.board.delegate(step_id, handoff))

    def split(self, step_id: int) -> None:
        item = self.controller.model.item_of(step_id)
        text, ok = QInputDialog.getMultiLineText(
            self.window, _tr("Smaller steps"),
            _tr("“{title}”\nOne smaller step per line, each one fits into five minutes:").format(
                title=shorten(item.step.title, 80)))
        if ok and text.strip():
            titles = text.splitlines()
            self.controller.run(_tr("Split “{title}”").format(title=shorten(item.step.title, 40)),
                                lambda: self._services.board.split(step_id, titles))

    def add_chore(self) -> None:
        title, ok = QInputDialog.getText(self.window, _tr("New chore"), _tr(
            "What annoys you about your marketing, or what do you want to get done?"))
        if ok and title.strip():
            self._select_added(self.controller.run(
                _tr("Add “{title}”").format(title=shorten(title, 40)),
                lambda: self._services.board.add_chore(title)))

    def add_from_library(self, title: str, steps: tuple[str, ...], area: str | None) -> None:
        self._select_added(self.controller.run(
            _tr("Add “{title}”").format(title=shorten(title, 40)),
            lambda: self._services.board.add_chore(title, steps, area)))

    def _select_added(self, change: Change | None) -> None:
        if change is not None and change.added:
            self.window.select(change.added[0])

    def _on_edit(self, step_id: int, field: str, value: object) -> None:
        names = {"title": _tr("title"), "area": _tr("area"), "minutes": _tr("minutes"),
                 "annoyance": _tr("annoyance"), "notes": _tr("notes")}
        text = _tr("Edit {what}").format(what=names[field])
        if not self.controller.run(text, lambda: self._services.board.edit(step_id, **{field: value})):
            self._show_details(step_id)  # put the stored value back in the field

    def _on_public(self, step_id: int, public: bool) -> None:
        if not self.controller.run_once(
                lambda: self._services.reactions.set_public(step_id, public)):
            self._show_details(step_id)  # the box shows what is stored

    def _on_pane_action(self, name: str) -> None:
        step_id = self.window.selected_id
        if step_id is not None:
            self.act(name, step_id)

    def act(self, name: str, step_id: int) -> None:
        """One of the detail pane's actions (also in the Step menu) on a step."""
        board = self._services.board
        title = shorten(self.controller.model.item_of(step_id).step.title, 40)
        if name == "make_current":
            self.controller.run(_tr("Make “{title}” current").format(title=title),
                                lambda: board.make_current(step_id))
        elif name == "start":
            if self.controller.run_once(lambda: self._services.steps.start(step_id)):
                self.sig_started.emit()
        elif name == "split":
            self.split(step_id)
        elif name == "delegate":
            self.hand_off(step_id)
        elif name == "reactions":
            self.sig_reactions_requested.emit(step_id, self.controller.model.item_of(
                step_id).step.title)
        elif name in ("done", "drop"):
            status = StepStatus.DONE if name == "done" else StepStatus.DROPPED
            self.move(step_id, status)

    def move_by(self, columns: int = 0, places: int = 0) -> None:
        """Keyboard moves: to the next/previous column, or up/down among siblings."""
        step_id = self.window.selected_id
        item = self.controller.model.item_of(step_id) if step_id is not None else None
        if item is None:
            return
        if columns:
            number = next(i for i, c in enumerate(COLUMNS) if item.step.status in c.statuses)
            target = number + columns
            if 0 <= target < len(COLUMNS):
                self.move(step_id, COLUMNS[target].drop_status)
        elif places:
            self._move_among_siblings(step_id, item.step.status, places)
        self.window.select(step_id)

    def _move_among_siblings(self, step_id: int, status: StepStatus, places: int) -> None:
        model = self.controller.model
        index = model.index_of(step_id)
        parent, row, rows = index.parent(), index.row(), model.rowCount(index.parent())
        if places < 0:
            if row == 0:
                return
            before = model.index(row - 1, 0, parent).data(Role.STEP_ID)
        else:
            if row >= rows - 1:
                return
            before = model.index(row + 2, 0, parent).data(Role.STEP_ID) if row + 2 < rows else None
        self.move(step_id, status, before)

    # -- refresh -------------------------------------------------------------------

    def _after_change(self) -> None:
        if self.controller.quota_may_have_changed:
            self.window.show_quota(self._quota())
        self.window.set_areas(self.controller.model.areas())
        self._show_details(self.window.selected_id)

    def _show_details(self, step_id: int | None) -> None:
        if step_id is None or self.controller.model.item_of(step_id) is None:
            self.window.detail.show_details(None)
            return
        details = self._services.board_queries.details(step_id)
        self.window.detail.show_details(details, self.controller.model.areas(),
                                        self.controller.today())

    def _refused(self, message: str) -> None:
        QMessageBox.information(self.window, _tr("Not possible"), message)

    def _build_menus(self) -> None:
        from smallsteps_desktop.ui.board_menus import build_menus

        build_menus(self)

