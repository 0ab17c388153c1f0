"""Hand a step off: who takes it, what exactly, why, when it is done, by when."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
                               QWidget)

from smallsteps_desktop.core.board import Handoff
from smallsteps_desktop.core.text import MAX_NAME_CHARS
from smallsteps_desktop.ui.countdown import shorten


class BriefDialog(QDialog):
    """A short brief written by the owner; OK only once someone is named."""

    def __init__(self, step_title: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand off a step"))
        intro = QLabel(self.tr("<b>{title}</b><br>Only you can say what matters here. A few "
                               "words are enough.").format(title=shorten(step_title, 120)), self)
        intro.setWordWrap(True)
        self.to_edit = QLineEdit(self)
        self.to_edit.setMaxLength(MAX_NAME_CHARS)
        self.to_edit.setPlaceholderText(self.tr("e.g. Anna from the print shop"))
        self.what_edit = QPlainTextEdit(self)
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setPlaceholderText(step_title)
        self.why_edit = QLineEdit(self)
        self.why_edit.setPlaceholderText(self.tr("e.g. new customers should see the shop inside"))
        self.done_when_edit = QLineEdit(self)
        self.done_when_edit.setPlaceholderText(self.tr("e.g. three photos in our shared folder"))
        self.due_check = QCheckBox(self.tr("D&ue by"), self)
        self.due_edit = QDateEdit(QDate(today + timedelta(days=7)), self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setMinimumDate(QDate(today))
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("&To whom:"), self.to_edit)
        form.addRow(self.tr("&What exactly:"), self.what_edit)
        form.addRow(self.tr("Wh&y it matters:"), self.why_edit)
        form.addRow(self.tr("Done &when:"), self.done_when_edit)
        form.addRow("", due_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand &off"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.to_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.to_edit.text().strip()))

    def handoff(self) -> Handoff:
        due = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        return Handoff(self.to_edit.text(), self.what_edit.toPlainText(),
                       self.done_when_edit.text(), due, self.why_edit.text())
