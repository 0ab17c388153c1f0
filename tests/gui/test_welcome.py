"""The welcome: write down what annoys you, rate it, and start with a five-minute step."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QWizard

from smallsteps_desktop.starter import StarterChore, StarterLibrary, load_library
from smallsteps_desktop.ui.welcome import PlannedChore, WelcomePlan, WelcomeWizard

ROOT = Path(__file__).resolve().parents[2]
Button = QWizard.WizardButton
TINY = StarterLibrary("en", ("Social media", "Website"), (
    StarterChore("post", "Post something", "Social media", "People see that you exist.",
                 ("Take a photo", "Post it", "Reply to a comment", "Post again")),
    StarterChore("about", "Fix the about page", "Website", "Visitors want to know who you are.",
                 ("Read it aloud",)),
))
INSTAGRAM, GOOGLE, REVIEWS = ("We never post on Instagram", "Nobody finds us on Google",
                              "I never ask for reviews")


@pytest.fixture(params=["real", "tiny"])
def library(request) -> StarterLibrary:
    return load_library("en") if request.param == "real" else TINY


@pytest.fixture
def wizard(qtbot, library) -> WelcomeWizard:
    wizard = WelcomeWizard(library)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    return wizard


def press(qtbot, wizard: WelcomeWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} cannot be pressed"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def write(qtbot, wizard: WelcomeWizard, rows: list[tuple[str, int]]) -> None:
    """Type the annoyances row by row, adding rows as needed, and rate them."""
    page = wizard.annoyances_page
    for row, (text, rating) in enumerate(rows):
        if row == len(page.edits):
            qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.edits[row], text)
        page.ratings[row].setValue(rating)


def to_first_step(qtbot, wizard: WelcomeWizard, rows: list[tuple[str, int]]) -> None:
    write(qtbot, wizard, rows)
    press(qtbot, wizard, Button.NextButton)
    assert wizard.currentPage() is wizard.step_page


def finish(qtbot, wizard: WelcomeWizard) -> WelcomePlan:
    press(qtbot, wizard, Button.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted.value and not wizard.isVisible()
    return wizard.result_plan()


def pick(qtbot, wizard: WelcomeWizard, key: str) -> StarterChore:
    """Detour to the starter library, pick the chore and go on to the first step."""
    qtbot.mouseClick(wizard.annoyances_page.library_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.library_page
    wizard.library_page.browser.select(key)
    press(qtbot, wizard, Button.NextButton)
    assert wizard.currentPage() is wizard.step_page
    return wizard.library_page.browser.current_chore()


# --- page 1: what annoys you ------------------------------------------------------

def test_next_waits_for_an_annoyance(qtbot, wizard):
    page, next_button = wizard.annoyances_page, wizard.button(Button.NextButton)
    assert wizard.windowTitle() == "Welcome to Small Steps"
    assert page.title() == "What annoys you most about your marketing?"
    assert wizard.minimumWidth() >= 600 and wizard.minimumHeight() >= 450
    assert not next_button.isEnabled()
    qtbot.keyClicks(page.edits[1], "   ")
    assert not next_button.isEnabled()  # blanks are not an annoyance
    qtbot.keyClicks(page.edits[1], "x")
    assert next_button.isEnabled()
    page.edits[1].clear()
    assert not next_button.isEnabled()


def test_three_rows_to_start_and_up_to_six(qtbot, wizard):
    page = wizard.annoyances_page
    assert len(page.edits) == 3 and [r.value() for r in page.ratings] == [3, 3, 3]
    assert page.edits[0].placeholderText() == "e.g. We never post anything on Instagram"
    assert all(e.placeholderText().startswith("e.g. ") for e in page.edits)
    assert all((r.minimum(), r.maximum()) == (1, 5) for r in page.ratings)
    for count in (4, 5, 6):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        assert len(page.edits) == count and page.edits[-1].hasFocus()
    assert not page.add_button.isEnabled()
    assert len({e.placeholderText() for e in page.edits}) == 6


def test_tab_runs_through_the_rows_in_order(qtbot, wizard):
    page = wizard.annoyances_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # a row added late
    page.edits[0].setFocus()
    reached = []
    for _ in range(8):
        reached.append(QGuiApplication.focusObject())
        wizard.focusNextChild()
    expected = [w for pair in zip(page.edits, page.ratings) for w in pair]
    assert reached[:8] == expected


# --- page 2: the first five-minute step ----------------------------------------------

def test_the_highest_rating_gets_the_first_step(qtbot, wizard):
    to_first_step(qtbot, wizard, [(INSTAGRAM, 2), (GOOGLE, 5), (REVIEWS, 3)])
    page = wizard.step_page
    assert page.chore_label.text() == GOOGLE and page.chore_label.font().bold()
    assert "five minutes" in page.rule_label.text() and "once" in page.rule_label.text()
    assert page.step_edit.hasFocus() and page.typed_box.isVisible()


def test_a_tie_goes_to_the_one_written_first(qtbot, wizard):
    to_first_step(qtbot, wizard, [(INSTAGRAM, 3), (GOOGLE, 4), (REVIEWS, 4)])
    assert wizard.step_page.chore_label.text() == GOOGLE


def test_clicking_an_example_fills_the_step(qtbot, wizard):
    to_first_step(qtbot, wizard, [(INSTAGRAM, 4)])
    page = wizard.step_page
    assert 3 <= len(page.example_buttons) <= 4
    example = page.example_buttons[0]
    assert example.text().startswith("Take any photo")
    qtbot.mouseClick(example, Qt.MouseButton.LeftButton)
    assert page.step_edit.text() == example.text() and page.step_edit.hasFocus()
    assert wizard.isVisible()  # an example fills the box, it does not finish


def test_start_waits_for_a_step(qtbot, wizard):
    to_first_step(qtbot, wizard, [(INSTAGRAM, 4)])
    start = wizard.button(Button.FinishButton)
    assert start.text() == "&Start" and not start.isEnabled()
    qtbot.keyClicks(wizard.step_page.step_edit, "  ")
    qtbot.keyClick(wizard.step_page.step_edit, Qt.Key.Key_Return)
    assert not start.isEnabled() and wizard.isVisible()
    qtbot.keyClicks(wizard.step_page.step_edit, "Post one photo")
    assert start.isEnabled()


def test_the_plan_lists_every_annoyance_most_annoying_first(qtbot, wizard):
    write(qtbot, wizard, [(INSTAGRAM, 2), ("   ", 5), (f"  {GOOGLE}  ", 5), (REVIEWS, 3),
                          ("", 4)])
    press(qtbot, wizard, Button.NextButton)
    qtbot.keyClicks(wizard.step_page.step_edit, "  Search   for us on Google ")
    assert finish(qtbot, wizard) == WelcomePlan((
        PlannedChore(GOOGLE, 5, ("Search for us on Google",)),
        PlannedChore(REVIEWS, 3, ()),
        PlannedChore(INSTAGRAM, 2, ()),
    ))


def test_back_keeps_the_step_unless_the_top_annoyance_changes(qtbot, wizard):
    to_first_step(qtbot, wizard, [(INSTAGRAM, 4), (GOOGLE, 2)])
    qtbot.keyClicks(wizard.step_page.step_edit, "Post one photo")
    press(qtbot, wizard, Button.BackButton)
    press(qtbot, wizard, Button.NextButton)
    assert wizard.step_page.step_edit.text() == "Post one photo"
    press(qtbot, wizard, Button.BackButton)
    wizard.annoyances_page.ratings[1].setValue(5)
    press(qtbot, wizard, Button.NextButton)
    assert wizard.step_page.chore_label.text() == GOOGLE
    assert wizard.step_page.step_edit.text() == ""  # that step was for Instagram


# --- the starter library -------------------------------------------------------------

def test_a_library_chore_brings_its_steps_and_area(qtbot, wizard, library):
    chore = pick(qtbot, wizard, library.chores[0].key)
    page = wizard.step_page
    assert page.chore_label.text() == chore.title and not page.typed_box.isVisible()
    ready = page.ready_steps
    assert ready.isVisible() and ready.first_label.text() == chore.steps[0]
    assert chore.steps[1] in ready.later_label.text()
    assert wizard.button(Button.FinishButton).isEnabled()  # no typing needed
    assert finish(qtbot, wizard) == WelcomePlan((
        PlannedChore(chore.title, 5, chore.steps, chore.area),))


def test_a_library_chore_comes_before_typed_annoyances(qtbot, wizard, library):
    write(qtbot, wizard, [(INSTAGRAM, 5), (GOOGLE, 2)])
    chore = pick(qtbot, wizard, library.chores[-1].key)
    plan = finish(qtbot, wizard)
    assert plan.chores == (PlannedChore(chore.title, 5, chore.steps, chore.area),
                           PlannedChore(INSTAGRAM, 5, ()), PlannedChore(GOOGLE, 2, ()))


def test_the_library_page_waits_for_a_pick_and_a_double_click_goes_on(qtbot):
    wizard = WelcomeWizard(TINY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.annoyances_page.library_button, Qt.MouseButton.LeftButton)
    chores = wizard.library_page.browser.chore_list
    chores.clearSelection()
    assert not wizard.button(Button.NextButton).isEnabled()
    at = chores.visualItemRect(chores.findItems("Fix the about page", Qt.MatchFlag.MatchExactly)[0])
    qtbot.mouseClick(chores.viewport(), Qt.MouseButton.LeftButton, pos=at.center())
    assert wizard.button(Button.NextButton).isEnabled()
    qtbot.mouseDClick(chores.viewport(), Qt.MouseButton.LeftButton, pos=at.center())
    assert wizard.currentPage() is wizard.step_page
    assert wizard.step_page.ready_steps.first_label.text() == "Read it aloud"
    assert wizard.step_page.ready_steps.later_label.text() == ""  # a one-step chore has no "then"


def test_back_from_the_library_drops_the_pick(qtbot, wizard, library):
    pick(qtbot, wizard, library.chores[0].key)
    press(qtbot, wizard, Button.BackButton)
    press(qtbot, wizard, Button.BackButton)
    assert wizard.currentPage() is wizard.annoyances_page
    assert not wizard.button(Button.NextButton).isEnabled()
    write(qtbot, wizard, [(REVIEWS, 4)])
    press(qtbot, wizard, Button.NextButton)  # straight on, no detour through the library
    assert wizard.currentPage() is wizard.step_page
    assert wizard.step_page.chore_label.text() == REVIEWS
    qtbot.keyClicks(wizard.step_page.step_edit, "Ask Mrs Berger")
    assert finish(qtbot, wizard).chores == (PlannedChore(REVIEWS, 4, ("Ask Mrs Berger",)),)


# --- skipping, keyboard, texts -----------------------------------------------------

@pytest.mark.parametrize("page_index", [0, 1])
@pytest.mark.parametrize("how", ["button", "escape"])
def test_skip_for_now_rejects_and_plans_nothing(qtbot, wizard, page_index, how):
    skip = wizard.button(Button.CustomButton1)
    assert skip.text() == "S&kip for now" and skip.isVisible()
    assert not wizard.button(Button.CancelButton).isVisible()  # Skip is the only way out
    if page_index:
        to_first_step(qtbot, wizard, [(INSTAGRAM, 4)])
        qtbot.keyClicks(wizard.step_page.step_edit, "Post one photo")
    with qtbot.waitSignal(wizard.rejected):
        if how == "button":
            qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Escape)
    assert wizard.result() == QDialog.DialogCode.Rejected.value and not wizard.isVisible()
    with pytest.raises(RuntimeError, match="skipped"):
        wizard.result_plan()


def test_result_plan_is_refused_while_open(wizard):
    with pytest.raises(RuntimeError):
        wizard.result_plan()


def test_the_keyboard_alone_completes_the_welcome(qtbot, wizard):
    first = wizard.annoyances_page.edits[0]
    assert first.hasFocus()
    qtbot.keyClicks(first, INSTAGRAM)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    rating = wizard.annoyances_page.ratings[0]
    assert rating.hasFocus()
    qtbot.keyClicks(rating.lineEdit(), "2")  # Tab selected the 3, typing replaces it
    qtbot.keyClick(rating, Qt.Key.Key_Tab)
    second = wizard.annoyances_page.edits[1]
    assert second.hasFocus()
    qtbot.keyClicks(second, GOOGLE)
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.step_page
    step = wizard.step_page.step_edit
    assert step.hasFocus() and wizard.step_page.chore_label.text() == GOOGLE
    qtbot.keyClicks(step, "Search for us")
    qtbot.keyClick(step, Qt.Key.Key_Return)
    assert wizard.result() == QDialog.DialogCode.Accepted.value
    assert wizard.result_plan().chores == (PlannedChore(GOOGLE, 3, ("Search for us",)),
                                           PlannedChore(INSTAGRAM, 2, ()))


def test_the_keyboard_alone_picks_from_the_library(qtbot, wizard, library):
    page = wizard.annoyances_page
    for _ in range(7):  # three rows of text and rating, then "Add another"
        qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Tab)
    assert page.library_button.hasFocus()
    qtbot.keyClick(page.library_button, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.library_page
    chores = wizard.library_page.browser.chore_list
    assert chores.hasFocus()
    qtbot.keyClick(chores, Qt.Key.Key_Down)
    key = wizard.library_page.browser.current_key()
    qtbot.keyClick(chores, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.step_page
    qtbot.keyClick(wizard.step_page, Qt.Key.Key_Return)
    assert wizard.result_plan().chores[0].steps == library.chore(key).steps


def test_labels_have_mnemonics_and_inputs_names(qtbot, wizard):
    page = wizard.annoyances_page
    buddies = {label.buddy() for label in page.findChildren(QLabel) if "&" in label.text()}
    assert page.edits[0] in buddies
    assert all(w.accessibleName() for w in [*page.edits, *page.ratings])
    assert "&" in page.add_button.text() and "&" in page.library_button.text()
    to_first_step(qtbot, wizard, [(INSTAGRAM, 4)])
    assert wizard.step_page.step_edit.accessibleName() == "First step"


def test_the_users_words_stay_plain_text(qtbot, wizard):
    to_first_step(qtbot, wizard, [("<b>Not bold</b>", 4)])
    assert wizard.step_page.chore_label.textFormat() == Qt.TextFormat.PlainText
    assert wizard.step_page.chore_label.text() == "<b>Not bold</b>"


def test_the_screenshot_script_renders_every_page(tmp_path):
    out = tmp_path / "shots"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "render_welcome.py"), str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "starter-library.png", "welcome-1-annoyances.png", "welcome-2-first-step.png"]
