"""The board window on real services: columns, drag and drop, undo, details, filters, keys."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QMessageBox

from smallsteps_desktop.core.models import StepStatus
from smallsteps_desktop.ui.board import Board
from smallsteps_desktop.ui.board_columns import BoardColumnView
from smallsteps_desktop.ui.board_model import STEP_MIME, Role
from smallsteps_desktop.ui.brief_dialog import BriefDialog

INBOX, NEXT, STUCK, DELEGATED, DONE = range(5)


@pytest.fixture
def steps(app) -> dict[str, int]:
    """Two chores: Instagram (annoyance 5, three steps) and a newsletter (2, one step)."""
    insta = app.board.add_chore("Get going on Instagram", ["Post any photo", "Write a caption",
                                                           "Pick hashtags"],
                                area="Social media", annoyance=5).added
    news = app.board.add_chore("First newsletter", ["Collect ten addresses"],
                               area="Email", annoyance=2).added
    return {"insta": insta[0], "photo": insta[1], "caption": insta[2], "hashtags": insta[3],
            "news": news[0], "addresses": news[1]}


@pytest.fixture
def board(qtbot, app, steps) -> Board:
    board = Board(app, lambda: app.board_queries.quota(3, 60))
    qtbot.addWidget(board.window)
    board.open()
    qtbot.waitExposed(board.window)
    return board


def status(app, step_id: int) -> StepStatus:
    return app.board_queries.details(step_id).step.status


def shown(view: BoardColumnView, owned_only: bool = True) -> list[str]:
    """Titles in a column, depth first; by default only the rows the column owns."""
    model, titles = view.model(), []

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if not owned_only or model.owns(index):
                titles.append(index.data(Qt.ItemDataRole.DisplayRole))
            walk(index)
    walk(view.rootIndex())
    return titles


def drop(board: Board, step_id: int, column: int, onto: int | None = None,
         upper: bool = True) -> None:
    """Drop a step on a column (on a row's upper or lower half, or on empty space)."""
    view = board.window.columns[column]
    if onto is None:
        pos = QPoint(view.viewport().width() // 2, view.viewport().height() - 2)
    else:
        rect = view.visualRect(board.window._find(view, onto))
        pos = QPoint(rect.center().x(), rect.top() + 2 if upper else rect.bottom() - 2)
    data = QMimeData()
    data.setData(STEP_MIME, str(step_id).encode())
    event = QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # Straight to the handler: Qt delivers drop events only during a real drag.
    view.dropEvent(event)
    assert event.isAccepted()


def test_columns_show_steps_by_status_with_their_chore_as_context(board: Board) -> None:
    columns = board.window.columns
    assert shown(columns[INBOX]) == ["Get going on Instagram", "First newsletter"]
    assert shown(columns[NEXT]) == ["Post any photo", "Write a caption", "Pick hashtags",
                                    "Collect ten addresses"]
    assert shown(columns[NEXT], owned_only=False)[0] == "Get going on Instagram"
    assert shown(columns[STUCK]) == shown(columns[DONE]) == []


def test_the_model_is_drag_source_with_the_step_id(board: Board, steps) -> None:
    model = board.controller.model
    data = model.mimeData([model.index_of(steps["caption"])])
    assert bytes(data.data(STEP_MIME)) == str(steps["caption"]).encode()


def test_drop_moves_status_saves_at_once_and_undo_redo(qtbot, board: Board, app, steps) -> None:
    drop(board, steps["photo"], STUCK)
    assert status(app, steps["photo"]) is StepStatus.STUCK
    assert shown(board.window.columns[STUCK]) == ["Post any photo"]
    assert "Post any photo" not in shown(board.window.columns[NEXT])
    qtbot.keyClick(board.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status(app, steps["photo"]) is StepStatus.NEXT
    assert shown(board.window.columns[STUCK]) == []
    qtbot.keyClick(board.window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert status(app, steps["photo"]) is StepStatus.STUCK


def test_drop_on_a_sibling_reorders_the_queue(board: Board, app, steps) -> None:
    drop(board, steps["hashtags"], NEXT, onto=steps["photo"], upper=True)
    assert app.queries.next_step().id == steps["hashtags"]
    assert shown(board.window.columns[NEXT])[:3] == ["Pick hashtags", "Post any photo",
                                                     "Write a caption"]
    drop(board, steps["hashtags"], NEXT, onto=steps["caption"], upper=False)
    assert shown(board.window.columns[NEXT])[:3] == ["Post any photo", "Write a caption",
                                                     "Pick hashtags"]


def drag_over(board: Board, step_id: int, column: int, onto: int, upper: bool) -> None:
    view = board.window.columns[column]
    rect = view.visualRect(board.window._find(view, onto))
    pos = QPoint(rect.center().x(), rect.top() + 2 if upper else rect.bottom() - 2)
    data = QMimeData()
    data.setData(STEP_MIME, str(step_id).encode())
    view.dragMoveEvent(QDragMoveEvent(pos, Qt.DropAction.MoveAction, data,
                                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_dragging_over_a_sibling_draws_where_the_step_will_land(
        qtbot, board: Board, steps) -> None:
    view = board.window.columns[NEXT]
    photo = view.visualRect(board.window._find(view, steps["photo"]))
    drag_over(board, steps["hashtags"], NEXT, onto=steps["photo"], upper=True)
    assert view.drop_line == (photo.left(), photo.top(), photo.right())
    image = view.viewport().grab().toImage()
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert image.pixelColor(photo.center().x(), photo.top()) == highlight
    drag_over(board, steps["hashtags"], NEXT, onto=steps["photo"], upper=False)
    assert view.drop_line == (photo.left(), photo.bottom(), photo.right())
    # Over another chore's step: the step changes status only, so no line.
    assert board.window._find(view, steps["addresses"]).isValid()
    drag_over(board, steps["hashtags"], NEXT, onto=steps["addresses"], upper=True)
    assert view.drop_line is None
    drag_over(board, steps["hashtags"], NEXT, onto=steps["caption"], upper=True)
    drop(board, steps["hashtags"], NEXT, onto=steps["caption"], upper=True)
    assert view.drop_line is None  # gone once dropped
    image = view.viewport().grab().toImage()
    assert image.pixelColor(photo.center().x(), photo.top()) != highlight


def test_drop_on_done_closes_and_the_last_step_closes_the_chore(board, app, steps) -> None:
    drop(board, steps["addresses"], DONE)
    assert status(app, steps["news"]) is StepStatus.DONE
    assert shown(board.window.columns[DONE]) == ["First newsletter", "Collect ten addresses"]
    assert board.window.quota_label.text().startswith("Today 1 of 3 steps")


def test_drop_on_handed_off_asks_for_a_brief(board, app, steps, monkeypatch) -> None:
    def fill(dialog: BriefDialog) -> int:
        dialog.to_edit.setText("Anna")
        dialog.why_edit.setText("Captions bring the likes")
        dialog.due_check.setChecked(True)
        return 1
    monkeypatch.setattr(BriefDialog, "exec", fill)
    drop(board, steps["caption"], DELEGATED)
    details = app.board_queries.details(steps["caption"])
    assert details.step.status is StepStatus.DELEGATED and details.brief.to == "Anna"
    assert details.brief.due is not None and details.brief.why == "Captions bring the likes"
    board.window.select(steps["caption"])
    assert "Why: Captions bring the likes" in board.window.detail.history.text()
    monkeypatch.setattr(BriefDialog, "exec", lambda dialog: 0)
    drop(board, steps["photo"], DELEGATED)  # cancelled: nothing changes
    assert status(app, steps["photo"]) is StepStatus.NEXT


def test_a_refused_move_says_why_and_changes_nothing(board, app, steps, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    app.steps.start(steps["photo"])
    drop(board, steps["photo"], DONE)
    assert said and "timebox is running" in said[0]
    assert status(app, steps["photo"]) is StepStatus.NEXT
    assert board.controller.undo_stack.count() == 0


def test_detail_edits_persist_and_undo(qtbot, board: Board, app, steps) -> None:
    assert board.window.select(steps["caption"])
    pane = board.window.detail
    assert pane.title_edit.text() == "Write a caption"
    pane.title_edit.setFocus()
    pane.title_edit.selectAll()
    qtbot.keyClicks(pane.title_edit, "Write one caption")
    qtbot.keyClick(pane.title_edit, Qt.Key.Key_Return)
    assert app.board_queries.details(steps["caption"]).step.title == "Write one caption"
    pane.minutes_spin.setValue(10)
    pane.minutes_spin.editingFinished.emit()
    pane.notes_edit.setFocus()
    qtbot.keyClicks(pane.notes_edit, "Short is fine")
    pane.title_edit.setFocus()  # leaving the notes saves them
    step = app.board_queries.details(steps["caption"]).step
    assert (step.planned_minutes, step.notes) == (10, "Short is fine")
    board.controller.undo_stack.undo()
    assert app.board_queries.details(steps["caption"]).step.notes == ""
    assert pane.notes_edit.toPlainText() == ""  # the pane shows what is stored


def test_search_filters_every_column_and_a_found_chore_shows_its_steps(board: Board) -> None:
    window = board.window
    window.search_edit.setText("CAPTION")
    assert shown(window.columns[NEXT]) == ["Write a caption"]
    assert shown(window.columns[INBOX]) == []
    window.search_edit.setText("newsletter")
    assert shown(window.columns[INBOX]) == ["First newsletter"]
    assert shown(window.columns[NEXT]) == ["Collect ten addresses"]  # found by its chore
    window.search_edit.clear()
    assert len(shown(window.columns[NEXT])) == 4


def test_search_follows_edits_new_steps_and_undo_while_it_is_shown(
        board: Board, app, steps) -> None:
    """A chore shows as context while any step below it matches, also after changes."""
    window = board.window
    window.search_edit.setText("zebra")
    assert all(shown(view, owned_only=False) == [] for view in window.columns)

    board.controller.run("Edit", lambda: app.board.edit(steps["caption"], title="Zebra caption"))
    assert shown(window.columns[NEXT], owned_only=False) == ["Get going on Instagram",
                                                             "Zebra caption"]
    assert shown(window.columns[INBOX], owned_only=False) == []  # the chore itself does not

    board.controller.undo_stack.undo()
    assert all(shown(view, owned_only=False) == [] for view in window.columns)

    board.controller.run("Split", lambda: app.board.split(steps["addresses"],
                                                          ["Ask at the zebra crossing"]))
    assert shown(window.columns[NEXT], owned_only=False) == [
        "First newsletter", "Collect ten addresses", "Ask at the zebra crossing"]
    board.controller.undo_stack.undo()  # the smaller step is gone again
    assert all(shown(view, owned_only=False) == [] for view in window.columns)


def test_a_renamed_chore_finds_its_steps_by_the_new_name(board: Board, app, steps) -> None:
    board.controller.run("Rename", lambda: app.board.edit(steps["insta"], title="Zebra posts"))
    board.window.search_edit.setText("zebra")
    assert shown(board.window.columns[NEXT]) == ["Post any photo", "Write a caption",
                                                 "Pick hashtags"]
    board.window.search_edit.setText("instagram")
    assert shown(board.window.columns[NEXT]) == []


def test_search_finds_words_on_any_line_of_the_notes(board: Board, app, steps) -> None:
    board.controller.run("Notes", lambda: app.board.edit(
        steps["hashtags"], notes="Ideas:\nlocal bakery\r\nmorning light"))
    board.window.search_edit.setText("morning light")
    assert shown(board.window.columns[NEXT]) == ["Pick hashtags"]
    board.controller.run("Title", lambda: app.board.edit(steps["caption"], title="Über-Text"))
    board.window.search_edit.setText("ÜBER")  # any case, umlauts too
    assert shown(board.window.columns[NEXT]) == ["Über-Text"]


def test_area_filter(board: Board) -> None:
    window = board.window
    assert [window.area_box.itemText(i) for i in range(window.area_box.count())] == [
        "All areas", "Email", "Social media"]
    window.area_box.setCurrentIndex(1)
    assert shown(window.columns[NEXT]) == ["Collect ten addresses"]
    window.area_box.setCurrentIndex(0)
    assert len(shown(window.columns[NEXT])) == 4


def test_keyboard_moves_between_columns_and_among_siblings(qtbot, board, app, steps) -> None:
    window = board.window
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.columns[NEXT]
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # from the chore to its first step
    assert window.selected_id == steps["photo"]
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Down, shift_ctrl)
    assert app.queries.next_step().id == steps["caption"]
    qtbot.keyClick(window, Qt.Key.Key_Right, shift_ctrl)
    assert status(app, steps["photo"]) is StepStatus.STUCK
    assert window.selected_id == steps["photo"] and window.columns[STUCK].hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert status(app, steps["photo"]) is StepStatus.DROPPED


def test_pane_actions_make_current_and_split(board, app, steps, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog
    board.window.select(steps["caption"])
    board.window.detail.buttons["make_current"].click()
    assert app.queries.current().step.id == steps["caption"]
    assert not board.window.detail.buttons["make_current"].isEnabled()
    board.window.select(steps["hashtags"])
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *args, **kwargs: ("Look at 3 posts\nNote 5 tags\n", True))
    board.window.detail.buttons["split"].click()
    assert shown(board.window.columns[NEXT])[2:5] == ["Pick hashtags", "Look at 3 posts",
                                                      "Note 5 tags"]
    assert status(app, steps["hashtags"]) is StepStatus.NEXT


def test_overdue_brief_is_flagged(board, app, steps, clock) -> None:
    from smallsteps_desktop.core.board import Handoff
    from smallsteps_desktop.ui.board_cards import meta_parts
    app.board.delegate(steps["caption"], Handoff("Anna", due=date(2026, 3, 1)))
    board.reload()
    item = board.controller.model.item_of(steps["caption"])
    assert ("overdue since", True) in [(text[:13], warn) for text, warn in
                                       meta_parts(item, board.controller.today())]
    board.window.select(steps["caption"])
    assert "overdue" in board.window.detail.history.text()


def test_changes_from_elsewhere_reload_and_clear_undo(board, app, steps) -> None:
    drop(board, steps["photo"], STUCK)
    app.steps.add("Ask Mrs. Berg for a review")  # as the command line would
    board.reload(forget_undo=True)
    assert "Ask Mrs. Berg for a review" in shown(board.window.columns[INBOX])
    assert board.controller.undo_stack.count() == 0
    assert board.controller.model.index_of(steps["photo"]).data(Role.STATUS) == "stuck"


def test_the_quota_is_counted_again_only_when_a_step_was_done_or_undone(qtbot, app,
                                                                         steps) -> None:
    asked = []

    def quota():
        asked.append(1)
        return app.board_queries.quota(3, 60)

    board = Board(app, quota)
    qtbot.addWidget(board.window)
    board.open()
    opened = len(asked)
    board.move(steps["photo"], StepStatus.STUCK)  # no step done: the quota cannot change
    assert len(asked) == opened
    board.move(steps["photo"], StepStatus.DONE)
    assert len(asked) == opened + 1 and "1" in board.window.quota_label.text()
    board.controller.undo_stack.undo()  # done undone: counted again
    assert len(asked) == opened + 2


def test_undo_and_redo_are_named_after_the_action(qtbot, board, steps) -> None:
    from PySide6.QtWidgets import QMenu

    actions = [a for m in board.window.menuBar().findChildren(QMenu) for a in m.actions()]
    [undo] = [a for a in actions if a.shortcut().toString() == "Ctrl+Z"]
    [redo] = [a for a in actions if "Ctrl+Shift+Z" in [k.toString() for k in a.shortcuts()]]
    assert (undo.text(), undo.isEnabled(), redo.isEnabled()) == ("&Undo", False, False)
    board.move(steps["photo"], StepStatus.STUCK)
    assert undo.text() == "&Undo: Move “Post any photo”" and undo.isEnabled()
    undo.trigger()
    assert status(board._services, steps["photo"]) is StepStatus.NEXT
    assert (undo.text(), redo.text()) == ("&Undo", "&Redo: Move “Post any photo”")
    redo.trigger()
    assert status(board._services, steps["photo"]) is StepStatus.STUCK


def test_an_area_no_step_uses_any_more_leaves_the_filter(board, steps) -> None:
    def areas() -> list[str]:
        box = board.window.area_box
        return [box.itemText(i) for i in range(1, box.count())]  # after "All areas"

    assert areas() == ["Email", "Social media"]
    board._on_edit(steps["news"], "area", "Newsletter")
    board._on_edit(steps["addresses"], "area", "Newsletter")
    assert areas() == ["Newsletter", "Social media"]
    board.controller.undo_stack.undo()
    assert areas() == ["Email", "Newsletter", "Social media"]  # one step is in Email again


def test_undo_and_redo_of_a_chore_added_with_its_steps(board: Board, app) -> None:
    """Undo removes a chore and the steps below it in one go (the rows below the chore's
    go with it), and redo brings them all back."""
    before = board.controller.model.step_ids()
    board.add_from_library("Ask for a review", ("Pick a happy customer", "Send the link"),
                           "Reviews")
    added = [i for i in board.controller.model.step_ids() if i not in before]
    assert len(added) == 3
    board.controller.undo_stack.undo()
    assert board.controller.model.step_ids() == before
    assert [s["id"] for s in app.queries.list_json()] == sorted(before)
    board.window.search_edit.setText("happy")  # the filters know nothing of the removed
    assert all(shown(view, owned_only=False) == [] for view in board.window.columns)
    board.window.search_edit.clear()
    board.controller.undo_stack.redo()
    assert sorted(board.controller.model.step_ids()) == sorted(before + added)
