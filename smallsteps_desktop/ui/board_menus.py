"""The board window's menus and shortcuts: every action reachable by keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from smallsteps_desktop.ui.board import Board


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardMenus", text)


def build_menus(board: Board) -> None:
    """Board, Edit, Step and Help menus on the board window."""
    window = board.window
    bar = window.menuBar()

    menu = bar.addMenu(_tr("&Board"))
    _add(menu, _tr("&New chore…"), QKeySequence.StandardKey.New, board.add_chore)
    _add(menu, _tr("Add from the &starter library…"), "Ctrl+L",
         board.sig_library_requested.emit)
    _add(menu, _tr("Progress &report…"), "Ctrl+R", board.sig_report_requested.emit)
    _add(menu, _tr("Put the quota in my &calendar…"), None, board.sig_calendar_requested.emit)
    menu.addSeparator()
    _add(menu, _tr("&Close"), QKeySequence.StandardKey.Close, window.close)

    menu = bar.addMenu(_tr("&Edit"))
    stack = board.controller.undo_stack
    undo = _stack_action(menu, stack.undo, stack.canUndoChanged, stack.undoTextChanged,
                         _tr("&Undo"), _tr("&Undo: {what}"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = _stack_action(menu, stack.redo, stack.canRedoChanged, stack.redoTextChanged,
                         _tr("&Redo"), _tr("&Redo: {what}"))
    # The platform's Redo keys plus both common spellings, whatever the desktop prefers.
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    redo.setShortcuts(list(dict.fromkeys(keys)))
    menu.addSeparator()
    _add(menu, _tr("&Find"), QKeySequence.StandardKey.Find, _focus_search(window))

    menu = bar.addMenu(_tr("&Step"))
    for name, text, key in (
            ("make_current", _tr("Make &current"), "Ctrl+Return"),
            ("start", _tr("&Start timebox"), "Ctrl+Space"),
            ("split", _tr("S&plit into smaller steps…"), "Ctrl+T"),
            ("delegate", _tr("&Hand off…"), "Ctrl+H"),
            ("done", _tr("Mark &done"), "Ctrl+D"),
            ("drop", _tr("D&rop"), "Del")):
        _add(menu, text, key, lambda name=name: _on_selected(board, name))
    menu.addSeparator()
    _add(menu, _tr("Move to the &next column"), "Ctrl+Shift+Right",
         lambda: board.move_by(columns=1))
    _add(menu, _tr("Move to the &previous column"), "Ctrl+Shift+Left",
         lambda: board.move_by(columns=-1))
    _add(menu, _tr("Move &up"), "Ctrl+Shift+Up", lambda: board.move_by(places=-1))
    _add(menu, _tr("Move do&wn"), "Ctrl+Shift+Down", lambda: board.move_by(places=1))
    menu.addSeparator()
    for number in range(len(window.columns)):
        _add(menu, _tr("Go to column {n}").format(n=number + 1), f"Ctrl+{number + 1}",
             lambda number=number: window.focus_column(number))
    _add(menu, _tr("Go to the &details"), "F2", window.detail.title_edit.setFocus)

    menu = bar.addMenu(_tr("&Help"))
    _add(menu, _tr("&Welcome: start with what annoys you most…"), "",
         board.sig_welcome_requested.emit)


def _add(menu, text: str, key, slot) -> QAction:
    action = menu.addAction(text)
    if key:
        action.setShortcut(QKeySequence(key))
    action.triggered.connect(lambda _=False: slot())
    return action


class _StackAction(QAction):
    """Undo or Redo named after the action ("Undo: Move “Post a photo”"), worded per language.

    QUndoStack's own actions put a prefix before the text, which reads wrong in German.
    A method slot (not a lambda) is let go by Qt when the window and its menus are gone.
    """

    def __init__(self, plain: str, named: str, parent) -> None:  # noqa: ANN001
        super().__init__(plain, parent)
        self._plain, self._named = plain, named

    @Slot(str)
    def show_what(self, what: str) -> None:
        self.setText(self._named.format(what=what) if what else self._plain)


def _stack_action(menu, slot, can_changed, text_changed, plain: str, named: str) -> QAction:
    action = _StackAction(plain, named, menu)
    menu.addAction(action)
    action.setEnabled(False)
    action.triggered.connect(lambda _=False: slot())
    can_changed.connect(action.setEnabled)
    text_changed.connect(action.show_what)
    return action


def _on_selected(board: Board, name: str) -> None:
    if board.window.selected_id is not None:
        board.act(name, board.window.selected_id)


def _focus_search(window):
    def focus() -> None:
        window.search_edit.setFocus()
        window.search_edit.selectAll()
    return focus
