"""Asking how readers reacted: the dialog, when the app asks, and the board's part."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from smallsteps_desktop.core.reactions import Counts
from smallsteps_desktop.settings import SettingsFile
from smallsteps_desktop.ui.board import Board
from smallsteps_desktop.ui.desktop import Desktop
from smallsteps_desktop.ui.reaction_dialog import ReactionAnswer, ReactionDialog

from support.clock import FakeClock


def finish(app, clock: FakeClock, title: str) -> int:
    step = app.steps.add(title)
    app.steps.start(step)
    clock.advance(minutes=3)
    app.steps.done()
    return step


@pytest.fixture
def desktop(qtbot, app, clock, tmp_path: Path) -> Desktop:
    settings = SettingsFile(tmp_path / "settings.json", lambda message: None)
    settings.current = settings.current.changed(chime=False)
    app.board.skip_welcome()
    desktop = Desktop(app, settings, clock.now, tray_available=False)
    qtbot.addWidget(desktop.window)
    desktop.start()
    desktop.finish_start()  # what ui/main.py runs right after the first paint
    yield desktop
    desktop.stop()
    if desktop.reactions.dialog is not None:
        desktop.reactions.dialog.close()


@pytest.fixture
def post(app, clock) -> int:
    """A public post, done two days ago: its question is due."""
    step = finish(app, clock, "Post the new menu")
    app.reactions.set_public(step, True)
    clock.advance(days=2)
    return step


def type_count(qtbot, dialog: ReactionDialog, kind: str, text: str) -> None:
    spin = dialog.spins[kind]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_the_app_asks_about_a_due_post_and_enter_saves_the_counts(
        qtbot, desktop: Desktop, app, post: int) -> None:
    assert desktop.reactions.check() is True
    dialog = desktop.reactions.dialog
    qtbot.waitExposed(dialog)
    assert dialog.question.text() == "What happened after “Post the new menu”?"
    type_count(qtbot, dialog, "likes", "14")
    type_count(qtbot, dialog, "enquiries", "2")
    qtbot.keyClicks(dialog.note_edit, "Two asked for prices")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    reaction = app.reactions.reaction(post)
    assert (reaction.likes, reaction.comments, reaction.enquiries) == (14, 0, 2)
    assert reaction.note == "Two asked for prices"
    assert desktop.reactions.dialog is None and app.reactions.due(2) == []
    assert desktop.reactions.check() is False  # answered: never asked again


def test_escape_asks_again_tomorrow(qtbot, desktop: Desktop, app, clock, post: int) -> None:
    desktop.reactions.check()
    qtbot.keyClick(desktop.reactions.dialog, Qt.Key.Key_Escape)
    assert app.reactions.reaction(post) is None
    assert desktop.reactions.check() is False
    clock.advance(days=1)
    assert desktop.reactions.check() is True


def test_nothing_happened_is_an_answer_too(qtbot, desktop: Desktop, app, post: int) -> None:
    desktop.reactions.check()
    qtbot.mouseClick(desktop.reactions.dialog.nothing_button, Qt.MouseButton.LeftButton)
    assert app.reactions.reaction(post).total == 0
    assert desktop.reactions.check() is False


def test_no_question_during_a_timebox_or_when_asking_is_off(
        desktop: Desktop, app, post: int) -> None:
    app.steps.start(app.steps.add("Write a caption"))
    desktop.bridge.refresh()
    assert desktop.reactions.check() is False
    app.steps.pause()
    desktop.bridge.refresh()
    assert desktop.reactions.check() is False
    app.steps.done()
    desktop.bridge.refresh()
    desktop._settings.current = desktop._settings.current.changed(reaction_days=0)
    assert desktop.reactions.check() is False
    desktop._settings.current = desktop._settings.current.changed(reaction_days=2)
    assert desktop.reactions.check() is True


def test_the_dialog_shows_the_title_and_a_known_answer(qtbot) -> None:
    from datetime import datetime, timezone

    from smallsteps_desktop.core.reactions import Reaction

    known = Reaction(7, 3, 2, 1, 0, "ok", datetime(2026, 3, 2, tzinfo=timezone.utc))
    dialog = ReactionDialog(7, "Mail to regular customers", known)
    qtbot.addWidget(dialog)
    answers: list = []
    dialog.sig_answered.connect(lambda *args: answers.append(args))
    assert "Mail to regular customers" in dialog.question.text()
    assert dialog.counts() == Counts(3, 2, 1, 0, "ok")
    dialog.save_button.click()
    assert answers == [(7, ReactionAnswer.SAVED, Counts(3, 2, 1, 0, "ok"))]


def test_the_board_marks_a_step_public_and_shows_its_reactions(
        qtbot, app, clock, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    step = finish(app, clock, "Post the new menu")
    board = Board(app, lambda: app.board_queries.quota(1, 60))
    qtbot.addWidget(board.window)
    board.open()
    board.window.select(step)
    pane = board.window.detail
    assert not pane.public_check.isChecked() and pane.reactions_button.isHidden()

    pane.public_check.click()

    assert app.queries.show_json(step)["public"] is True
    assert pane.reactions_button.isVisibleTo(board.window)
    asked: list[tuple[int, str]] = []
    board.sig_reactions_requested.connect(lambda *args: asked.append(args))
    pane.reactions_button.click()
    assert asked == [(step, "Post the new menu")]

    app.reactions.record(step, Counts(12, 3, 0, 1, "a new customer"))
    board.reload()
    text = pane.history.text()
    assert "Likes: 12 · Comments: 3 · Replies: 0 · Enquiries: 1" in text
    assert "a new customer" in text
    pane.public_check.click()  # reactions recorded: it stays public, and says why
    QApplication.processEvents()
    assert app.queries.show_json(step)["public"] is True
    assert pane.public_check.isChecked()
    assert told and "stays public" in told[0]


def test_the_pdf_report_has_the_reactions_chart_table_and_note(app, clock, tmp_path) -> None:
    import subprocess
    from datetime import timezone

    from smallsteps_desktop.core.report_model import Period
    from smallsteps_desktop.core.report_views import ReportQueries
    from smallsteps_desktop.export.labels import Labels
    from smallsteps_desktop.export.writer import render

    post = finish(app, clock, "Post the new menu")
    app.reactions.record(post, Counts(9, 1, 0, 2, "asked about opening hours"))
    today = clock.now().date()
    report = ReportQueries(app.store, clock, timezone.utc).report(Period(today, today), 1)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render(report, "pdf", Labels("de")))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Reaktionen je Bereich" in text and "Wie Leser reagiert haben" in text
    assert "erfasst in diesem Zeitraum" in text  # the table's note
    assert "asked about opening hours" in text
