"""The starter library dialog: browse chores by area, preview their steps, add one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem

from smallsteps_desktop.starter import StarterChore, StarterLibrary, load_library
from smallsteps_desktop.ui.starter_dialog import StarterBrowser, StarterDialog

TINY = StarterLibrary("en", ("Social media", "Website", "Print"), (
    StarterChore("post", "Post something", "Social media", "People see that you exist.",
                 ("Take a photo", "Post it")),
    StarterChore("about", "Fix the about page", "Website", "Visitors want to know who you are.",
                 ("Read it aloud", "Change one sentence")),
    StarterChore("reels", "Try a reel", "Social media", "Moving pictures get seen.",
                 ("Film ten seconds",)),
))


@pytest.fixture(scope="module")
def english() -> StarterLibrary:
    return load_library("en")


def shown(qtbot, library: StarterLibrary) -> StarterDialog:
    dialog = StarterDialog(library)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def texts(chores: QListWidget) -> list[str]:
    return [chores.item(row).text() for row in range(chores.count())]


def item(chores: QListWidget, title: str) -> QListWidgetItem:
    return chores.findItems(title, Qt.MatchFlag.MatchExactly)[0]


def click_item(qtbot, chores: QListWidget, title: str, double: bool = False) -> None:
    at = chores.visualItemRect(item(chores, title)).center()
    qtbot.mouseClick(chores.viewport(), Qt.MouseButton.LeftButton, pos=at)
    if double:  # the view takes a double click only after a press on the same item
        qtbot.mouseDClick(chores.viewport(), Qt.MouseButton.LeftButton, pos=at)


def choose_area(browser: StarterBrowser, area: str) -> None:
    browser.area_combo.setCurrentIndex(browser.area_combo.findText(area))


def test_all_areas_list_every_chore_under_its_area(qtbot):
    dialog = shown(qtbot, TINY)
    assert dialog.windowTitle() == "Starter library"
    assert dialog.browser.area_combo.currentText() == "All areas"
    # In the library's area order; "Print" has no chores and gets no heading.
    assert texts(dialog.browser.chore_list) == [
        "Social media", "Post something", "Try a reel", "Website", "Fix the about page"]


def test_the_area_filter_narrows_the_list(qtbot, english):
    dialog = shown(qtbot, english)
    chores = dialog.browser.chore_list
    choose_area(dialog.browser, "Website")
    expected = [c.title for c in english.chores if c.area == "Website"]
    assert texts(chores) == expected and len(expected) >= 2
    choose_area(dialog.browser, "All areas")
    assert chores.count() == len(english.chores) + len(english.areas)


def test_headings_cannot_be_chosen(qtbot):
    dialog = shown(qtbot, TINY)
    chores = dialog.browser.chore_list
    click_item(qtbot, chores, "Try a reel")
    click_item(qtbot, chores, "Website")
    assert dialog.browser.current_key() == "reels"  # the click on the heading did nothing
    qtbot.keyClick(chores, Qt.Key.Key_Down)  # passes over the "Website" heading
    assert dialog.browser.current_key() == "about"


def test_the_preview_shows_why_and_the_steps(qtbot, english):
    dialog = shown(qtbot, english)
    chore = english.chore("google-business-profile")
    click_item(qtbot, dialog.browser.chore_list, chore.title)
    preview = dialog.browser.preview.toPlainText()
    assert chore.title in preview and chore.why in preview
    assert all(step in preview for step in chore.steps)
    positions = [preview.index(step) for step in chore.steps]
    assert positions == sorted(positions)  # in order, first step first


def test_add_is_disabled_without_a_selection(qtbot):
    dialog = StarterDialog(TINY)
    qtbot.addWidget(dialog)
    assert dialog.browser.current_key() is None and not dialog.add_button.isEnabled()
    assert "Pick a chore" in dialog.browser.preview.toPlainText()
    dialog.browser.select("post")
    assert dialog.add_button.isEnabled() and dialog.add_button.isDefault()
    assert dialog.add_button.text() == "Add to my &board"
    choose_area(dialog.browser, "Website")  # the selected chore is filtered away
    assert dialog.browser.current_key() is None and not dialog.add_button.isEnabled()
    choose_area(dialog.browser, "All areas")
    assert dialog.browser.current_key() is None


def test_a_filter_keeps_a_selection_that_is_still_listed(qtbot):
    dialog = shown(qtbot, TINY)
    dialog.browser.select("reels")
    choose_area(dialog.browser, "Social media")
    assert dialog.browser.current_key() == "reels" and dialog.add_button.isEnabled()


def test_the_add_button_accepts_with_the_chore(qtbot, english):
    dialog = shown(qtbot, english)
    click_item(qtbot, dialog.browser.chore_list, "Make a simple flyer")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == english.chore("flyer")


def test_a_double_click_accepts(qtbot):
    dialog = shown(qtbot, TINY)
    with qtbot.waitSignal(dialog.browser.sig_chosen) as chosen:
        click_item(qtbot, dialog.browser.chore_list, "Fix the about page", double=True)
    assert chosen.args == ["about"]
    assert dialog.result() == QDialog.DialogCode.Accepted.value and not dialog.isVisible()
    assert dialog.chosen() == TINY.chore("about")


def test_the_keyboard_alone_picks_a_chore(qtbot):
    dialog = shown(qtbot, TINY)
    chores = dialog.browser.chore_list
    assert chores.hasFocus() and dialog.browser.current_key() == "post"  # ready for arrows
    qtbot.keyClick(chores, Qt.Key.Key_Down)
    assert dialog.browser.current_key() == "reels"  # what is highlighted is what is added
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(chores, Qt.Key.Key_Return)
    assert dialog.chosen() == TINY.chore("reels")


def test_tabbing_into_the_list_selects_the_first_chore(qtbot):
    dialog = shown(qtbot, TINY)
    dialog.browser.area_combo.setFocus()
    qtbot.keyClick(dialog.browser.area_combo, Qt.Key.Key_Tab)
    assert dialog.browser.chore_list.hasFocus()
    assert dialog.browser.current_key() == "post" and dialog.add_button.isEnabled()


@pytest.mark.parametrize("how", ["cancel", "escape"])
def test_cancel_chooses_nothing(qtbot, how):
    dialog = shown(qtbot, TINY)
    dialog.browser.select("post")
    with qtbot.waitSignal(dialog.rejected):
        if how == "cancel":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog.browser.chore_list, Qt.Key.Key_Escape)
    assert dialog.chosen() is None


def test_chosen_is_none_while_open(qtbot):
    dialog = shown(qtbot, TINY)
    dialog.browser.select("post")
    assert dialog.chosen() is None


def test_the_german_library_lists_german_chores(qtbot):
    german = load_library("de")
    dialog = shown(qtbot, german)
    listed = texts(dialog.browser.chore_list)
    assert "Mit Instagram loslegen" in listed and german.areas[0] in listed
    choose_area(dialog.browser, german.areas[0])
    assert texts(dialog.browser.chore_list) == [
        c.title for c in german.chores if c.area == german.areas[0]]


def test_chore_text_is_shown_as_plain_text(qtbot):
    library = StarterLibrary("en", ("Web & <b>Print</b>",), (
        StarterChore("x", "<i>Not italic</i> & co", "Web & <b>Print</b>", "Why <br> not",
                     ("Step <one>",)),))
    dialog = shown(qtbot, library)
    assert texts(dialog.browser.chore_list) == ["Web & <b>Print</b>", "<i>Not italic</i> & co"]
    dialog.browser.select("x")
    preview = dialog.browser.preview.toPlainText()
    assert "<i>Not italic</i> & co" in preview and "Why <br> not" in preview
    assert "Step <one>" in preview
