"""The settings dialog: shows a Settings, returns the edited one; the caller saves it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QSpinBox, QVBoxLayout, QWidget)

from smallsteps_desktop.autostart import SUPPORTED as AUTOSTART_SUPPORTED
from smallsteps_desktop.settings import LIMITS, Settings

# Language names stay in their own language, so a user who picked the wrong one can find theirs.
_LANGUAGE_NAMES = (("de", "Deutsch"), ("en", "English"))


class SettingsDialog(QDialog):
    """Edits a copy of the settings; result_settings() has them once the user pressed OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self._make_fields()
        self._lay_out()
        self._show(settings)
        self.setMinimumWidth(420)

    def _make_fields(self) -> None:
        self.timebox_spin = self._spin("timebox_minutes", self.tr(" min"), step=5)
        self.chime_check = self._check(self.tr("C&hime when time is up"))
        self.on_top_check = self._check(self.tr("&Keep the step window on top"))
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("System default"), "system")
        for code, name in _LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.daily_spin = self._spin("daily_quota_steps", self.tr(" steps per day"), step=1,
                                     none=self.tr("No quota"))
        self.daily_spin.valueChanged.connect(self._on_daily_changed)
        self.weekly_spin = self._spin("weekly_quota_minutes", self.tr(" min per week"), step=15,
                                      none=self.tr("No quota"))
        self.reaction_spin = self._spin("reaction_days", self.tr(" days after"), step=1,
                                        none=self.tr("Never"))
        self.reaction_spin.setToolTip(self.tr(
            "After a public step (a post, a mail to customers): ask what readers did"))
        self.autostart_check = self._check(self.tr("&Start at login"))
        if not AUTOSTART_SUPPORTED:  # see docs/packaging.md for Windows and macOS
            self.autostart_check.setEnabled(False)
            self.autostart_check.setToolTip(self.tr("Not available on this system yet"))
            self.autostart_check.setAccessibleDescription(
                self.tr("Not available on this system yet"))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._row(form, self.tr("&Timebox length:"), self.timebox_spin, self.tr("Timebox length"))
        form.addRow("", self.chime_check)  # no label: lines up with the fields
        form.addRow("", self.on_top_check)
        form.addRow(self._gap())
        self._row(form, self.tr("&Language:"), self.language_combo, self.tr("Language"))
        form.addRow(self._gap())
        self._row(form, self.tr("&Daily quota:"), self.daily_spin, self.tr("Daily quota"))
        self._row(form, self.tr("&Weekly time for marketing:"), self.weekly_spin,
                  self.tr("Weekly time for marketing"))
        self._row(form, self.tr("Ask about &reactions:"), self.reaction_spin,
                  self.tr("Ask about reactions"))
        form.addRow(self._gap())
        form.addRow("", self.autostart_check)
        fields = (self.timebox_spin, self.language_combo, self.daily_spin, self.weekly_spin,
                  self.reaction_spin)
        width = max(field.sizeHint().width() for field in fields)
        for field in fields:  # one width: a calm column instead of a ragged edge
            field.setMinimumWidth(width)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)

    def _gap(self) -> QWidget:
        """A little space between groups of rows."""
        gap = QWidget(self)
        gap.setFixedHeight(2)
        return gap

    def _spin(self, field: str, suffix: str, *, step: int, none: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(*LIMITS[field])
        spin.setSuffix(suffix)
        spin.setSingleStep(step)
        spin.setSpecialValueText(none)  # shown for the minimum, 0 = no quota
        spin.setAccelerated(True)
        return spin

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setAccessibleName(text.replace("&", ""))
        return box

    def _row(self, form: QFormLayout, text: str, field: QWidget, name: str) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        field.setAccessibleName(name)
        form.addRow(label, field)

    def _on_daily_changed(self, steps: int) -> None:
        self.daily_spin.setSuffix(self.tr(" step per day") if steps == 1
                                  else self.tr(" steps per day"))

    def _show(self, settings: Settings) -> None:
        self.timebox_spin.setValue(settings.timebox_minutes)
        self.chime_check.setChecked(settings.chime)
        self.on_top_check.setChecked(settings.always_on_top)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.daily_spin.setValue(settings.daily_quota_steps)
        self._on_daily_changed(settings.daily_quota_steps)
        self.weekly_spin.setValue(settings.weekly_quota_minutes)
        self.reaction_spin.setValue(settings.reaction_days)
        self.autostart_check.setChecked(settings.autostart)

    def chosen(self) -> dict[str, Any]:
        """What the form shows now, by Settings field name."""
        return {
            "timebox_minutes": self.timebox_spin.value(),
            "chime": self.chime_check.isChecked(),
            "always_on_top": self.on_top_check.isChecked(),
            "language": self.language_combo.currentData(),
            "daily_quota_steps": self.daily_spin.value(),
            "weekly_quota_minutes": self.weekly_spin.value(),
            "autostart": self.autostart_check.isChecked(),
            "reaction_days": self.reaction_spin.value(),
        }

    def result_settings(self) -> Settings:
        """The edited settings, validated, if the user pressed OK; else the ones given."""
        if self.result() != QDialog.DialogCode.Accepted.value:
            return self._settings
        return self._settings.changed(**self.chosen())
