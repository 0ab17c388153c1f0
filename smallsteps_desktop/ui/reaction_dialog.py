"""Asks "What happened after <step>?": quick counts and a note, or later, or nothing."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from smallsteps_desktop.core.reactions import KINDS, MAX_COUNT, Counts, Reaction
from smallsteps_desktop.core.text import MAX_NAME_CHARS
from smallsteps_desktop.ui.countdown import shorten


class ReactionAnswer(Enum):
    SAVED = "saved"
    NOTHING = "nothing"
    LATER = "later"


class ReactionDialog(QDialog):
    """Never blocks (open()); sig_answered carries the answer and, when saved, the counts."""

    #: (step id, ReactionAnswer, Counts or None)
    sig_answered = Signal(int, object, object)

    def __init__(self, step_id: int, title: str, known: Reaction | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_id = step_id
        self.setWindowTitle(self.tr("How did readers react?"))
        self.question = QLabel(self.tr("What happened after “{title}”?").format(
            title=shorten(title, 80)), self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: bold")
        hint = QLabel(self.tr("Rough numbers are fine. Feedback shows what is worth doing "
                              "again."), self)
        hint.setWordWrap(True)
        self.spins = {kind: self._spin() for kind in KINDS}
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(MAX_NAME_CHARS * 5)
        self.note_edit.setPlaceholderText(self.tr("e.g. two customers asked for prices"))
        form = QFormLayout()
        names = {"likes": self.tr("&Likes:"), "comments": self.tr("&Comments:"),
                 "replies": self.tr("&Replies:"), "enquiries": self.tr("&Enquiries:")}
        for kind, spin in self.spins.items():
            label = QLabel(names[kind], self)
            label.setBuddy(spin)
            spin.setAccessibleName(names[kind].replace("&", "").rstrip(":"))
            form.addRow(label, spin)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self._button(self.tr("&Save"), ReactionAnswer.SAVED,
                                        QDialogButtonBox.ButtonRole.AcceptRole)
        self.nothing_button = self._button(self.tr("Nothing &happened"), ReactionAnswer.NOTHING,
                                           QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button = self._button(self.tr("Ask me &later"), ReactionAnswer.LATER,
                                         QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if known is not None:
            self._show(known)
        self.rejected.connect(lambda: self._answer(ReactionAnswer.LATER, emit_only=True))

    def _spin(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, MAX_COUNT)
        spin.setAccelerated(True)
        spin.setMinimumWidth(110)
        return spin

    def _button(self, text: str, answer: ReactionAnswer,
                role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        if answer is not ReactionAnswer.LATER:
            button.clicked.connect(lambda: self._answer(answer))
        else:
            button.clicked.connect(self.reject)
        return button

    def _show(self, known: Reaction) -> None:
        for kind, spin in self.spins.items():
            spin.setValue(getattr(known, kind))
        self.note_edit.setText(known.note)

    def counts(self) -> Counts:
        """What the form shows now."""
        return Counts(*(self.spins[kind].value() for kind in KINDS),
                      note=self.note_edit.text())

    def _answer(self, answer: ReactionAnswer, emit_only: bool = False) -> None:
        counts = {ReactionAnswer.SAVED: self.counts(), ReactionAnswer.NOTHING: Counts(
            note=self.note_edit.text())}.get(answer)
        self.sig_answered.emit(self.step_id, answer, counts)
        if not emit_only:
            self.done(QDialog.DialogCode.Accepted.value)
