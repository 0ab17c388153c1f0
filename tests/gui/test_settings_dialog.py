"""The settings dialog shows the given settings and returns the edited ones; it never saves."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QLabel, QSpinBox, QWidget)

from smallsteps_desktop.settings import Settings, SettingsError
from smallsteps_desktop.ui.settings_dialog import SettingsDialog

GIVEN = Settings(timebox_minutes=10, chime=False, always_on_top=True, language="de",
                 daily_quota_steps=3, weekly_quota_minutes=90, autostart=False)
Accepted, Rejected = QDialog.DialogCode.Accepted.value, QDialog.DialogCode.Rejected.value


def open_dialog(qtbot, settings: Settings = GIVEN) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


@pytest.fixture
def dialog(qtbot) -> SettingsDialog:
    return open_dialog(qtbot)


def press(qtbot, dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def click_check(qtbot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_into(qtbot, spin: QSpinBox, text: str) -> None:
    """Replace the number like a user: select it and type."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_shows_the_given_settings(dialog):
    assert dialog.timebox_spin.value() == 10
    assert dialog.timebox_spin.text() == "10 min"
    assert not dialog.chime_check.isChecked()
    assert dialog.on_top_check.isChecked()
    assert dialog.language_combo.currentData() == "de"
    assert dialog.language_combo.currentText() == "Deutsch"
    assert dialog.daily_spin.value() == 3
    assert dialog.daily_spin.text() == "3 steps per day"
    assert dialog.weekly_spin.value() == 90
    assert not dialog.autostart_check.isChecked()
    assert dialog.windowTitle() == "Settings"


def test_shows_the_defaults(qtbot):
    dialog = open_dialog(qtbot, Settings())
    expected = Settings().to_dict()
    del expected["schema_version"]
    assert dialog.chosen() == expected
    assert dialog.language_combo.currentText() == "System default"


def test_language_choices():
    dialog = SettingsDialog(Settings())
    combo = dialog.language_combo
    assert [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == [
        ("System default", "system"), ("Deutsch", "de"), ("English", "en")]


def test_editing_every_field_and_ok_gives_new_settings(qtbot, dialog):
    type_into(qtbot, dialog.timebox_spin, "25")
    click_check(qtbot, dialog.chime_check)
    click_check(qtbot, dialog.on_top_check)
    dialog.language_combo.setFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)  # Deutsch -> English
    type_into(qtbot, dialog.daily_spin, "1")
    assert dialog.daily_spin.text() == "1 step per day"
    type_into(qtbot, dialog.weekly_spin, "120")
    type_into(qtbot, dialog.reaction_spin, "5")
    assert dialog.reaction_spin.text() == "5 days after"
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    assert dialog.result() == Accepted
    assert dialog.result_settings() == Settings(
        timebox_minutes=25, chime=True, always_on_top=False, language="en",
        daily_quota_steps=1, weekly_quota_minutes=120, autostart=False, reaction_days=5)


@pytest.mark.parametrize("field, change", [
    ("timebox_minutes", lambda d: d.timebox_spin.setValue(240)),
    ("chime", lambda d: d.chime_check.setChecked(True)),
    ("always_on_top", lambda d: d.on_top_check.setChecked(False)),
    ("language", lambda d: d.language_combo.setCurrentIndex(0)),
    ("daily_quota_steps", lambda d: d.daily_spin.setValue(0)),
    ("weekly_quota_minutes", lambda d: d.weekly_spin.setValue(10_080)),
    ("reaction_days", lambda d: d.reaction_spin.setValue(0)),
])
def test_each_field_changes_only_itself(qtbot, dialog, field, change):
    change(dialog)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    result = dialog.result_settings()
    changed = {name for name in GIVEN.to_dict() if getattr(result, name) != getattr(GIVEN, name)}
    assert changed == {field}
    assert result is not GIVEN and GIVEN.timebox_minutes == 10  # the given one is untouched


def test_ok_without_changes_gives_equal_settings(qtbot, dialog):
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result_settings() == GIVEN


def test_keeps_what_it_does_not_show(qtbot):
    """Autostart is not editable yet; a saved True must survive the dialog."""
    given = GIVEN.changed(autostart=True)
    dialog = open_dialog(qtbot, given)
    assert dialog.autostart_check.isChecked()
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result_settings().autostart is True


def test_cancel_rejects_and_changes_nothing(qtbot, dialog):
    dialog.timebox_spin.setValue(30)
    dialog.chime_check.setChecked(True)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert dialog.result() == Rejected
    assert not dialog.isVisible()
    assert dialog.result_settings() is GIVEN


def test_result_before_ok_is_the_given_settings(dialog):
    dialog.timebox_spin.setValue(30)
    assert dialog.result_settings() is GIVEN


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
@pytest.mark.parametrize("focus", ["timebox_spin", "chime_check", "language_combo", "weekly_spin"])
def test_enter_accepts(qtbot, dialog, key, focus):
    widget: QWidget = getattr(dialog, focus)
    widget.setFocus()
    if isinstance(widget, QSpinBox):
        type_into(qtbot, widget, "45")
    qtbot.keyClick(widget, key)
    assert dialog.result() == Accepted
    assert not dialog.isVisible()
    if focus == "timebox_spin":
        assert dialog.result_settings().timebox_minutes == 45
    if focus == "weekly_spin":
        assert dialog.result_settings().weekly_quota_minutes == 45


def test_escape_rejects(qtbot, dialog):
    type_into(qtbot, dialog.timebox_spin, "45")
    qtbot.keyClick(dialog.timebox_spin, Qt.Key.Key_Escape)
    assert dialog.result() == Rejected
    assert not dialog.isVisible()
    assert dialog.result_settings() is GIVEN


def test_the_first_field_has_the_focus(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.timebox_spin)


@pytest.mark.parametrize("spin, low, high", [
    ("timebox_spin", 1, 240),
    ("daily_spin", 0, 50),
    ("weekly_spin", 0, 10_080),
])
def test_spin_boxes_keep_values_in_range(qtbot, dialog, spin, low, high):
    box: QSpinBox = getattr(dialog, spin)
    assert (box.minimum(), box.maximum()) == (low, high)
    box.setValue(high + 1)
    assert box.value() == high
    box.setValue(low - 1)
    assert box.value() == low
    type_into(qtbot, box, str(high * 10))  # the last digit is refused
    assert low <= box.value() <= high
    box.setValue(high)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == high


def test_spin_boxes_offer_exactly_what_the_settings_accept(dialog):
    for spin, field in ((dialog.timebox_spin, "timebox_minutes"),
                        (dialog.daily_spin, "daily_quota_steps"),
                        (dialog.weekly_spin, "weekly_quota_minutes")):
        for inside in (spin.minimum(), spin.maximum()):
            assert getattr(Settings(**{field: inside}), field) == inside
        for outside in (spin.minimum() - 1, spin.maximum() + 1):
            with pytest.raises(SettingsError):
                Settings(**{field: outside})


def test_zero_quota_reads_as_no_quota(dialog):
    dialog.daily_spin.setValue(0)
    dialog.weekly_spin.setValue(0)
    assert dialog.daily_spin.text() == "No quota"
    assert dialog.weekly_spin.text() == "No quota"


def test_start_at_login_can_be_chosen_on_linux(qtbot, dialog):
    assert dialog.autostart_check.isEnabled()
    dialog.autostart_check.setChecked(True)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result_settings().autostart is True


def inputs(dialog: SettingsDialog) -> list[QWidget]:
    return [w for kind in (QSpinBox, QComboBox, QCheckBox) for w in dialog.findChildren(kind)]


def test_inputs_have_accessible_names(dialog):
    names = {w.accessibleName() for w in inputs(dialog)}
    assert len(inputs(dialog)) == 8
    assert names == {"Timebox length", "Chime when time is up", "Keep the step window on top",
                     "Language", "Daily quota", "Weekly time for marketing",
                     "Ask about reactions", "Start at login"}


def test_every_input_has_its_own_mnemonic(dialog):
    labelled = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
                if label.buddy() is not None}
    texts = [labelled[w] if w in labelled else w.text() for w in inputs(dialog)]
    assert all(re.search(r"&\w", t) for t in texts), texts
    # Platform themes may give OK/Cancel mnemonics ("&OK", "&Cancel"): keep clear of those too.
    texts += sorted({b.text() for b in dialog.buttons.findChildren(QAbstractButton)}
                    | {"&OK", "&Cancel"})
    keys = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]
    assert len(set(keys)) == len(keys), texts


def test_a_mnemonic_moves_the_focus(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.weekly_spin
    assert dialog.isVisible()


def test_is_calm_and_not_cramped(dialog):
    assert dialog.width() >= 420
    assert dialog.width() < 600
