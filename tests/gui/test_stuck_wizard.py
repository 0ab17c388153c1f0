"""The stuck wizard asks in the method's order and its answers drive the real skip."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QRadioButton, QWizard

from smallsteps_desktop.core.models import Decision, StuckReason
from smallsteps_desktop.core.services import SkipRequest
from smallsteps_desktop.ui.stuck_wizard import StuckWizard
from support.clock import FakeClock
from support.services import make_services

TITLE = "Post one photo on Instagram"
TODAY = date(2026, 3, 2)
ROOT = Path(__file__).resolve().parents[2]
Button = QWizard.WizardButton


@pytest.fixture
def wizard(qtbot) -> StuckWizard:
    wizard = StuckWizard(TITLE, today=TODAY)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    return wizard


def click(qtbot, widget) -> None:
    """Click a button; radio buttons and check boxes on their indicator, where a user aims."""
    at = QPoint(8, widget.height() // 2) if isinstance(widget, (QRadioButton, QCheckBox)) else QPoint()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)


def press(qtbot, wizard: StuckWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} cannot be pressed"
    click(qtbot, button)


def say_stuck(qtbot, wizard: StuckWizard, reason: StuckReason | None, text: str) -> None:
    """Answer page 1 and go on to page 2."""
    if reason is not None:
        click(qtbot, wizard.reason_page.buttons[reason])
    qtbot.keyClicks(wizard.reason_page.note_edit, text)
    press(qtbot, wizard, Button.NextButton)
    assert wizard.currentPage() is wizard.split_page


def set_smaller_steps(qtbot, wizard: StuckWizard, titles: list[str]) -> None:
    """Replace the suggestion by titles (typed, each added with Enter), then go on."""
    edit = wizard.split_page.step_edit
    edit.clear()
    for title in titles:
        qtbot.keyClicks(edit, title)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    press(qtbot, wizard, Button.NextButton)
    assert wizard.currentPage() is wizard.decision_page


def finish(qtbot, wizard: StuckWizard) -> SkipRequest:
    press(qtbot, wizard, Button.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted.value and not wizard.isVisible()
    return wizard.request()


def fill_brief(qtbot, wizard: StuckWizard, to: str, done_when: str = "") -> None:
    page = wizard.decision_page
    click(qtbot, page.buttons[Decision.OUTSOURCE])
    qtbot.keyClicks(page.to_edit, to)
    qtbot.keyClicks(page.done_when_edit, done_when)


# --- page 1: what's stuck? ------------------------------------------------------

@pytest.mark.parametrize("reason, move", [
    (StuckReason.TOO_BIG, "split it into smaller steps"),
    (StuckReason.UNCLEAR, "a step to ask someone or to look it up"),
    (StuckReason.MISSING, "a step to get what's missing"),
    (StuckReason.NO_TIME, "a smaller version that fits into 5 minutes"),
    (StuckReason.NO_MOTIVATION, "the tiniest first move"),
    (StuckReason.OTHER, "take one step back"),
])
def test_each_reason_suggests_a_next_move(qtbot, wizard, reason, move):
    page = wizard.reason_page
    assert page.suggestion_label.text().startswith("Pick what fits best")
    click(qtbot, page.buttons[reason])
    assert page.suggestion_label.text().startswith(f"→ Next move: {move}")
    assert page.buttons[reason].accessibleDescription() == page.suggestion_label.text()[2:]
    assert page.reason() is reason


def test_next_waits_for_a_few_words_about_what_is_stuck(qtbot, wizard):
    page, next_button = wizard.reason_page, wizard.button(Button.NextButton)
    assert wizard.currentPage() is page and wizard.windowTitle() == "Skip: what's stuck?"
    assert not next_button.isEnabled()
    click(qtbot, page.buttons[StuckReason.TOO_BIG])
    assert not next_button.isEnabled()  # a kind alone says too little
    qtbot.keyClicks(page.note_edit, "   ")
    assert not next_button.isEnabled()  # blanks are not words
    qtbot.keyClicks(page.note_edit, "x")
    assert next_button.isEnabled() and wizard.field("stuck") == "   x"
    page.note_edit.clear()
    assert not next_button.isEnabled()


def test_enter_goes_on_once_the_words_are_there(qtbot, wizard):
    note = wizard.reason_page.note_edit
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.reason_page and note.toPlainText() == ""
    qtbot.keyClicks(note, "No photo")
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(note, "at hand")
    assert note.toPlainText() == "No photo\nat hand"  # Shift+Enter breaks the line
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.split_page


def test_without_a_kind_the_reason_is_other(qtbot, wizard):
    say_stuck(qtbot, wizard, None, "Not sure")
    set_smaller_steps(qtbot, wizard, [])
    assert finish(qtbot, wizard) == SkipRequest("Not sure", StuckReason.OTHER, (), Decision.SELF)


# --- page 2: take one step back ---------------------------------------------------

@pytest.mark.parametrize("reason, suggested", [
    (StuckReason.TOO_BIG, f"First part of: {TITLE}"),
    (StuckReason.UNCLEAR, f"Ask someone about: {TITLE}"),
    (StuckReason.MISSING, "Get: a photo of the workshop"),
    (StuckReason.NO_TIME, f"5-minute version of: {TITLE}"),
    (StuckReason.NO_MOTIVATION, f"Tiniest first move for: {TITLE}"),
    (StuckReason.OTHER, ""),
])
def test_the_step_back_starts_with_a_suggestion_to_edit(qtbot, wizard, reason, suggested):
    wizard.reason_page.note_edit.setPlainText(" a photo of\nthe workshop ")  # becomes one line
    say_stuck(qtbot, wizard, reason, "")
    edit = wizard.split_page.step_edit
    assert edit.text() == suggested and edit.selectedText() == suggested
    assert wizard.split_page.step_list.count() == 0
    qtbot.keyClicks(edit, "Ask Anna")  # typing replaces the selected suggestion
    assert edit.text() == "Ask Anna"


def test_changing_the_reason_changes_an_untouched_suggestion(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.MISSING, "a photo")
    press(qtbot, wizard, Button.BackButton)
    click(qtbot, wizard.reason_page.buttons[StuckReason.UNCLEAR])
    press(qtbot, wizard, Button.NextButton)
    assert wizard.split_page.step_edit.text() == f"Ask someone about: {TITLE}"


def test_enter_adds_and_an_empty_box_goes_on(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.MISSING, "a photo")
    page = wizard.split_page
    qtbot.keyClick(page.step_edit, Qt.Key.Key_Return)  # takes the suggestion as it is
    assert [page.step_list.item(0).text()] == ["Get: a photo"] and page.step_edit.text() == ""
    assert wizard.currentPage() is page
    qtbot.keyClick(page.step_edit, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.decision_page


def test_remove_takes_a_smaller_step_out(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.TOO_BIG, "Too much at once")
    page = wizard.split_page
    for title in ("One", "Two", "Three"):
        page.step_edit.setText(title)
        click(qtbot, page.add_button)
    assert not page.remove_button.isEnabled() and not page.add_button.isEnabled()
    page.step_list.setCurrentRow(1)
    click(qtbot, page.remove_button)
    page.step_list.setCurrentRow(0)
    qtbot.keyClick(page.step_list, Qt.Key.Key_Delete)
    assert page.splits() == ("Three",)


def test_text_left_in_the_box_counts_as_a_smaller_step(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.UNCLEAR, "Which hashtags?")
    press(qtbot, wizard, Button.NextButton)  # the suggestion was not added by hand
    assert wizard.split_page.splits() == (f"Ask someone about: {TITLE}",)


@pytest.mark.parametrize("titles", [[], ["Find a photo"], ["Find a photo", "Crop it", "Post it"]])
def test_do_it_yourself_with_zero_one_or_three_smaller_steps(qtbot, wizard, titles):
    say_stuck(qtbot, wizard, StuckReason.TOO_BIG, "  Too much at once  ")
    set_smaller_steps(qtbot, wizard, titles)
    explained = wizard.decision_page.explanations[Decision.SELF].text()
    assert (f"“{titles[0]}” comes up next" in explained) if titles else ("stays" in explained)
    assert wizard.decision_page.decision() is Decision.SELF  # the default choice
    assert not wizard.decision_page.brief_box.isVisible()
    assert finish(qtbot, wizard) == SkipRequest(
        stuck="Too much at once", reason=StuckReason.TOO_BIG, splits=tuple(titles),
        decision=Decision.SELF)


# --- page 3: do it yourself or outsource? ------------------------------------------

def test_decide_later(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.NO_TIME, "Busy week")
    set_smaller_steps(qtbot, wizard, [])
    page = wizard.decision_page
    assert page.explanations[None].text() == "The step is marked stuck, to come back to later."
    fill_brief(qtbot, wizard, "Anna")  # typed, then changed their mind
    click(qtbot, page.buttons[None])
    assert not page.brief_box.isVisible()
    assert finish(qtbot, wizard) == SkipRequest("Busy week", StuckReason.NO_TIME, (), None)


def test_outsource_without_a_due_date(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.NO_TIME, "Busy week")
    set_smaller_steps(qtbot, wizard, [])
    page = wizard.decision_page
    click(qtbot, page.buttons[Decision.OUTSOURCE])
    assert page.brief_box.isVisible() and page.what_edit.text() == TITLE
    assert not page.due_edit.isEnabled()
    qtbot.keyClicks(page.to_edit, " Anna ")
    assert finish(qtbot, wizard) == SkipRequest(
        "Busy week", StuckReason.NO_TIME, (), Decision.OUTSOURCE, to="Anna", brief=TITLE)


def test_outsource_with_a_due_date(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.MISSING, "a photo")
    set_smaller_steps(qtbot, wizard, ["Get: a photo"])
    page = wizard.decision_page
    fill_brief(qtbot, wizard, "Anna", "Three photos in the shared folder")
    page.what_edit.setText("Photos of the workshop")
    qtbot.keyClicks(page.why_edit, " Customers ask how we work ")
    click(qtbot, page.due_check)
    assert page.due_edit.isEnabled() and page.due_edit.calendarPopup()
    assert page.due_edit.date() == QDate(2026, 3, 9) and page.due_edit.minimumDate() == QDate(TODAY)
    page.due_edit.setDate(QDate(2026, 3, 13))
    assert finish(qtbot, wizard) == SkipRequest(
        "a photo", StuckReason.MISSING, ("Get: a photo",), Decision.OUTSOURCE, to="Anna",
        brief="Photos of the workshop", done_when="Three photos in the shared folder",
        due=date(2026, 3, 13), why="Customers ask how we work")


def test_outsourcing_cannot_finish_without_a_name(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.OTHER, "Not my thing")
    set_smaller_steps(qtbot, wizard, [])
    finish_button = wizard.button(Button.FinishButton)
    assert finish_button.isEnabled()
    click(qtbot, wizard.decision_page.buttons[Decision.OUTSOURCE])
    assert not finish_button.isEnabled()
    qtbot.keyClicks(wizard.decision_page.to_edit, "  ")
    qtbot.keyClick(wizard.decision_page.to_edit, Qt.Key.Key_Return)
    assert not finish_button.isEnabled() and wizard.isVisible()
    qtbot.keyClicks(wizard.decision_page.to_edit, "Anna")
    assert finish_button.isEnabled()
    click(qtbot, wizard.decision_page.buttons[Decision.SELF])
    assert finish_button.isEnabled()


def test_going_back_keeps_the_answers(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.TOO_BIG, "Too much")
    set_smaller_steps(qtbot, wizard, ["One"])
    fill_brief(qtbot, wizard, "Anna", "Posted")
    press(qtbot, wizard, Button.BackButton)
    press(qtbot, wizard, Button.BackButton)
    assert wizard.reason_page.note() == "Too much"
    press(qtbot, wizard, Button.NextButton)
    assert wizard.split_page.splits() == ("One",) and wizard.split_page.step_edit.text() == ""
    press(qtbot, wizard, Button.NextButton)
    page = wizard.decision_page
    assert (page.decision(), page.to_edit.text(), page.done_when_edit.text()) == (
        Decision.OUTSOURCE, "Anna", "Posted")


def test_copy_brief_puts_plain_text_on_the_clipboard(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.NO_TIME, "Busy week")
    set_smaller_steps(qtbot, wizard, [])
    fill_brief(qtbot, wizard, "Anna", "Three photos in the shared folder")
    page = wizard.decision_page
    click(qtbot, page.copy_button)
    assert QGuiApplication.clipboard().text() == (
        f"What: {TITLE}\nDone when: Three photos in the shared folder\n"
        "By when: no fixed date\nWho: Anna\n")
    assert page.copied_label.text() == "Copied."
    qtbot.keyClicks(page.why_edit, "New customers should see the shop")
    click(qtbot, page.copy_button)
    assert QGuiApplication.clipboard().text().startswith(
        f"What: {TITLE}\nWhy: New customers should see the shop\nDone when: ")
    click(qtbot, page.due_check)
    page.due_edit.setDate(QDate(2026, 3, 13))
    click(qtbot, page.copy_button)
    long_date = QLocale().toString(QDate(2026, 3, 13), QLocale.FormatType.LongFormat)
    assert f"By when: {long_date}\n" in QGuiApplication.clipboard().text()


# --- cancel, keyboard, names ---------------------------------------------------

@pytest.mark.parametrize("page_index", [0, 1, 2])
@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_on_any_page_gives_rejected_and_no_request(qtbot, wizard, page_index, how):
    if page_index > 0:
        say_stuck(qtbot, wizard, StuckReason.TOO_BIG, "Too much")
    if page_index > 1:
        set_smaller_steps(qtbot, wizard, ["One"])
        fill_brief(qtbot, wizard, "Anna")
    with qtbot.waitSignal(wizard.rejected):
        if how == "button":
            press(qtbot, wizard, Button.CancelButton)
        else:
            qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Escape)
    assert wizard.result() == QDialog.DialogCode.Rejected.value and not wizard.isVisible()
    with pytest.raises(RuntimeError, match="cancelled"):
        wizard.request()


def test_request_is_refused_while_the_wizard_is_open(wizard):
    with pytest.raises(RuntimeError):
        wizard.request()


def test_the_keyboard_reaches_every_input(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.NO_TIME, "Busy week")
    set_smaller_steps(qtbot, wizard, ["One"])
    page = wizard.decision_page
    click(qtbot, page.buttons[Decision.OUTSOURCE])
    click(qtbot, page.due_check)
    inputs = [page.to_edit, page.what_edit, page.done_when_edit, page.due_check, page.due_edit,
              page.copy_button]
    page.buttons[Decision.OUTSOURCE].setFocus()
    reached = []
    for _ in range(30):
        wizard.focusNextChild()
        reached.append(QGuiApplication.focusObject())
    assert all(any(w is r or w.isAncestorOf(r) for r in reached) for w in inputs)


def test_inputs_have_names_and_labels_have_mnemonics(qtbot, wizard):
    say_stuck(qtbot, wizard, StuckReason.NO_TIME, "Busy week")
    set_smaller_steps(qtbot, wizard, [])
    click(qtbot, wizard.decision_page.buttons[Decision.OUTSOURCE])
    r, s, d = wizard.reason_page, wizard.split_page, wizard.decision_page
    named = [r.note_edit, s.step_edit, s.step_list, s.add_button, s.remove_button,
             d.to_edit, d.what_edit, d.done_when_edit, d.due_check, d.due_edit]
    assert all(w.accessibleName() for w in named)
    buddies = {label.buddy() for page in (r, s, d) for label in page.findChildren(QLabel)
               if "&" in label.text()}
    assert {r.note_edit, s.step_edit, d.to_edit, d.what_edit, d.done_when_edit} <= buddies
    radios = [*r.buttons.values(), *d.buttons.values()]
    assert all("&" in b.text() for b in [*radios, s.add_button, s.remove_button,
                                         d.due_check, d.copy_button])


def test_the_step_title_is_quoted_as_plain_text(qtbot):
    wizard = StuckWizard("<b>Not bold</b>", today=TODAY)
    qtbot.addWidget(wizard)
    assert wizard.titleFormat() == wizard.subTitleFormat() == Qt.TextFormat.PlainText
    assert "“<b>Not bold</b>”" in wizard.reason_page.subTitle()


# --- the answers drive the real services ---------------------------------------

@pytest.fixture
def services(tmp_path: Path):
    services = make_services(tmp_path / "data", FakeClock())
    yield services
    services.close()


def test_a_split_and_do_it_yourself_skip(qtbot, wizard, services):
    step_id = services.steps.add(TITLE)
    services.steps.start(step_id)
    say_stuck(qtbot, wizard, StuckReason.MISSING, "a photo of the workshop")
    set_smaller_steps(qtbot, wizard, ["Take a photo of the workbench", "Ask Anna for one"])
    outcomes = services.steps.skip(finish(qtbot, wizard))
    step = services.queries.show_json(step_id)
    assert [(n["reason"], n["text"]) for n in step["stuck_notes"]] == [
        ("missing", "a photo of the workshop")]
    children = [services.queries.show_json(i) for i in outcomes.new_step_ids]
    assert [(c["title"], c["parent_id"]) for c in children] == [
        ("Take a photo of the workbench", step_id), ("Ask Anna for one", step_id)]
    assert step["brief"] is None and step["status"] == "next"
    assert services.queries.current().step.id == outcomes.new_step_ids[0]


def test_an_outsourced_skip_keeps_the_brief(qtbot, wizard, services):
    step_id = services.steps.add(TITLE)
    services.steps.start(step_id)
    say_stuck(qtbot, wizard, StuckReason.NO_TIME, "Busy week")
    set_smaller_steps(qtbot, wizard, [])
    fill_brief(qtbot, wizard, "Anna", "Posted by Friday")
    click(qtbot, wizard.decision_page.due_check)
    services.steps.skip(finish(qtbot, wizard))
    step = services.queries.show_json(step_id)
    assert step["status"] == "delegated" and step["stuck_notes"][0]["reason"] == "no-time"
    assert {k: step["brief"][k] for k in ("to", "text", "done_when", "due")} == {
        "to": "Anna", "text": TITLE, "done_when": "Posted by Friday", "due": "2026-03-09"}
    assert services.queries.current().step is None


def test_the_screenshot_script_renders_every_page(tmp_path):
    out = tmp_path / "shots"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "render_wizard.py"),
                             "--out", str(out)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"stuck-wizard-{n}.png" for n in (1, 2, 3, 4)]
