"""The stuck wizard: What's stuck? -> one step back -> do it yourself or outsource."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDateEdit, QDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget, QWizard, QWizardPage)

from smallsteps_desktop.core.models import Decision
from smallsteps_desktop.core.services import SkipRequest
from smallsteps_desktop.core.text import MAX_NAME_CHARS, MAX_TITLE_CHARS
from smallsteps_desktop.ui.countdown import shorten
from smallsteps_desktop.ui.stuck_pages import (SHOWN_TITLE_CHARS, ReasonPage, SplitPage, hint,
                                               labelled)


class DecisionPage(QWizardPage):
    """Do it yourself, hand it off with a brief written by the owner, or decide later."""

    def __init__(self, step_title: str, splits: SplitPage, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._splits = splits
        self.setTitle(self.tr("Do it yourself or outsource?"))
        self.setSubTitle(self.tr("Now that you know what it takes: keep it, or hand it off."))
        self.buttons: dict[Decision | None, QRadioButton] = {}
        self.explanations: dict[Decision | None, QLabel] = {}
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for decision, text in ((Decision.SELF, self.tr("Do it &yourself")),
                               (Decision.OUTSOURCE, self.tr("&Outsource it")),
                               (None, self.tr("Decide &later"))):
            button = QRadioButton(text, self)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            self._group.addButton(button)
            self.buttons[decision] = button
            self.explanations[decision] = hint(self, indent=True)
            layout.addWidget(button)
            layout.addWidget(self.explanations[decision])
            layout.addSpacing(4)
        self.buttons[Decision.SELF].setChecked(True)
        self.brief_box = self._brief_box(step_title, today)
        layout.addWidget(self.brief_box)
        layout.addStretch(1)
        self._group.buttonToggled.connect(self._on_choice)
        self._on_choice()

    def _brief_box(self, step_title: str, today: date) -> QGroupBox:
        box = QGroupBox(self.tr("A short brief, written by you"), self)
        self.to_edit = QLineEdit(box)
        self.to_edit.setMaxLength(MAX_NAME_CHARS)
        self.to_edit.setPlaceholderText(self.tr("e.g. Anna from the print shop"))
        self.to_edit.textChanged.connect(self.completeChanged)
        self.registerField("to", self.to_edit)
        self.what_edit = QLineEdit(shorten(step_title, MAX_TITLE_CHARS), box)
        self.what_edit.setCursorPosition(0)  # a long title shows its beginning
        self.why_edit = QLineEdit(box)
        self.why_edit.setPlaceholderText(self.tr("e.g. new customers should see the shop"))
        self.done_when_edit = QLineEdit(box)
        self.done_when_edit.setPlaceholderText(self.tr("e.g. 3 photos in our shared folder"))
        self.due_check = QCheckBox(self.tr("D&ue by:"), box)
        self.due_check.setAccessibleName(self.tr("Has a due date"))
        self.due_edit = QDateEdit(QDate(today).addDays(7), box)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setMinimumDate(QDate(today))
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.copy_button = QPushButton(self.tr("&Copy brief"), box)
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(self.tr("Copy the brief, to paste it into a mail or message"))
        self.copy_button.clicked.connect(self.copy_brief)
        self.copied_label = hint(box)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        due_row.addWidget(self.copied_label)
        due_row.addWidget(self.copy_button)
        form = QFormLayout(box)
        form.addRow(labelled(self.tr("To &whom:"), self.to_edit, self.tr("To whom")), self.to_edit)
        form.addRow(labelled(self.tr("W&hat:"), self.what_edit, self.tr("What")), self.what_edit)
        form.addRow(labelled(self.tr("Wh&y it matters:"), self.why_edit, self.tr("Why")),
                    self.why_edit)
        form.addRow(labelled(self.tr("&Done when:"), self.done_when_edit, self.tr("Done when")),
                    self.done_when_edit)
        form.addRow(self.due_check, due_row)
        return box

    def initializePage(self) -> None:
        first = self._splits.splits()[:1]
        quoted = shorten(first[0], SHOWN_TITLE_CHARS) if first else ""
        self.explanations[Decision.SELF].setText(
            self.tr("You keep the work: “{first}” comes up next.").format(first=quoted) if first
            else self.tr("You keep the work: the step stays your current step."))
        self.explanations[Decision.OUTSOURCE].setText(
            self.tr("Hand it off with a short brief: only you know what your business needs."))
        self.explanations[None].setText(
            self.tr("The smaller steps wait in your list.") if first
            else self.tr("The step is marked stuck, to come back to later."))

    def cleanupPage(self) -> None:
        """Back keeps the brief typed so far (Qt would reset the fields)."""

    def _on_choice(self) -> None:
        self.brief_box.setVisible(self.decision() is Decision.OUTSOURCE)
        self.completeChanged.emit()

    def decision(self) -> Decision | None:
        return next((d for d, b in self.buttons.items() if b.isChecked()), None)

    def isComplete(self) -> bool:
        return self.decision() is not Decision.OUTSOURCE or bool(self.to_edit.text().strip())

    def due(self) -> date | None:
        return self.due_edit.date().toPython() if self.due_check.isChecked() else None

    def brief_text(self) -> str:
        """The brief as plain text for a mail or a message."""
        due = self.due()
        when = (QLocale().toString(QDate(due), QLocale.FormatType.LongFormat) if due
                else self.tr("no fixed date"))
        why = self.why_edit.text().strip()
        return "\n".join([
            self.tr("What: {what}").format(what=self.what_edit.text().strip()),
            *([self.tr("Why: {why}").format(why=why)] if why else []),
            self.tr("Done when: {done_when}").format(done_when=self.done_when_edit.text().strip()),
            self.tr("By when: {when}").format(when=when),
            self.tr("Who: {to}").format(to=self.to_edit.text().strip()),
        ]) + "\n"

    def copy_brief(self) -> None:
        QGuiApplication.clipboard().setText(self.brief_text())
        self.copied_label.setText(self.tr("Copied."))


class StuckWizard(QWizard):
    """Asks in the method's order; request() has the answers once the user finished."""

    def __init__(self, step_title: str, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skip: what's stuck?"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setTitleFormat(Qt.TextFormat.PlainText)  # titles quote the user's step
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.reason_page = ReasonPage(step_title, self)
        self.split_page = SplitPage(step_title, self.reason_page, self)
        self.decision_page = DecisionPage(step_title, self.split_page,
                                          today or QDate.currentDate().toPython(), self)
        for page in (self.reason_page, self.split_page, self.decision_page):
            self.addPage(page)
        self.resize(600, 460)

    def request(self) -> SkipRequest:
        """The answers as one skip request; only for a wizard the user finished."""
        if self.result() != QDialog.DialogCode.Accepted.value:
            raise RuntimeError("The stuck wizard was cancelled or is still open.")
        page = self.decision_page
        decision = page.decision()
        outsourced = decision is Decision.OUTSOURCE
        return SkipRequest(
            stuck=self.reason_page.note(),
            reason=self.reason_page.reason(),
            splits=self.split_page.splits(),
            decision=decision,
            to=page.to_edit.text().strip() if outsourced else None,
            brief=(page.what_edit.text().strip() or None) if outsourced else None,
            done_when=(page.done_when_edit.text().strip() or None) if outsourced else None,
            due=page.due() if outsourced else None,
            why=(page.why_edit.text().strip() or None) if outsourced else None,
        )
