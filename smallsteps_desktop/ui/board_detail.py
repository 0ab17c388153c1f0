"""The detail pane: edit the selected step, read its history, act on it."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from smallsteps_desktop.core.board_views import StepDetails
from smallsteps_desktop.core.models import StepStatus
from smallsteps_desktop.core.reactions import Reaction
from smallsteps_desktop.core.text import MAX_NAME_CHARS, MAX_TITLE_CHARS
from smallsteps_desktop.core.timebox import MAX_MINUTES, MIN_MINUTES

ACTIONS = ("make_current", "start", "split", "delegate", "done", "drop")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepDetailPane", text)


def _outcome(value: str) -> str:
    return {"done": _tr("done"), "skipped": _tr("skipped"),
            "interrupted": _tr("interrupted")}.get(value, value)


class StepDetailPane(QWidget):
    """Shows one step; every finished edit is reported at once, to be saved and undoable."""

    #: (step id, field name, new value); field names are BoardService.edit's keywords.
    sig_edit = Signal(int, str, object)
    #: One of ACTIONS, or "reactions", for the shown step.
    sig_action = Signal(str)
    #: (step id, public): the owner marked the step public or not.
    sig_public = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details: StepDetails | None = None
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_TITLE_CHARS)
        self.area_box = QComboBox(self)
        self.area_box.setEditable(True)
        self.area_box.lineEdit().setMaxLength(MAX_NAME_CHARS)
        self.area_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.annoyance_spin = QSpinBox(self)
        self.annoyance_spin.setRange(0, 5)
        self.annoyance_spin.setSpecialValueText(self.tr("not rated"))
        self.annoyance_spin.setSuffix(self.tr(" of 5"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Anything worth remembering about this step"))
        self.notes_edit.installEventFilter(self)
        self.public_check = QCheckBox(self.tr("Pu&blic: a post, a newsletter, a mail"), self)
        self.public_check.setToolTip(self.tr(
            "Readers can react to it; a few days after it is done you are asked what they did"))
        self.reactions_button = QPushButton(self.tr("R&eactions…"), self)
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty_label = QLabel(self.tr("Select a step to see and edit it here."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.buttons = self._buttons()
        self._layout()
        self._connect()
        self.show_details(None)

    def _buttons(self) -> dict[str, QPushButton]:
        texts = {
            "make_current": self.tr("Make &current"), "start": self.tr("&Start"),
            "split": self.tr("S&plit…"), "delegate": self.tr("&Hand off…"),
            "done": self.tr("Mark d&one"), "drop": self.tr("Dro&p"),
        }
        return {name: QPushButton(text, self) for name, text in texts.items()}

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Area:"), self.area_box)
        self.form.addRow(self.tr("&Minutes:"), self.minutes_spin)
        self.form.addRow(self.tr("A&nnoyance:"), self.annoyance_spin)
        self.form.addRow(self.tr("N&otes:"), self.notes_edit)
        public_row = QHBoxLayout()
        public_row.addWidget(self.public_check, 1)
        public_row.addWidget(self.reactions_button)
        self.form.addRow("", public_row)
        grid = QGridLayout()
        for number, name in enumerate(ACTIONS):
            grid.addWidget(self.buttons[name], number // 2, number % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.form)
        layout.addLayout(grid)
        layout.addWidget(self.history, 1)

    def _connect(self) -> None:
        self.title_edit.editingFinished.connect(
            lambda: self._edited("title", self.title_edit.text()))
        self.area_box.lineEdit().editingFinished.connect(
            lambda: self._edited("area", self.area_box.currentText()))
        self.area_box.activated.connect(
            lambda: self._edited("area", self.area_box.currentText()))
        self.minutes_spin.editingFinished.connect(
            lambda: self._edited("minutes", self.minutes_spin.value()))
        self.annoyance_spin.editingFinished.connect(
            lambda: self._edited("annoyance", self.annoyance_spin.value() or None))
        for name, button in self.buttons.items():
            button.clicked.connect(lambda _=False, name=name: self.sig_action.emit(name))
        self.public_check.clicked.connect(self._on_public_clicked)
        self.reactions_button.clicked.connect(lambda: self.sig_action.emit("reactions"))

    def _on_public_clicked(self, checked: bool) -> None:
        if self.details is not None:
            self.sig_public.emit(self.details.step.id, checked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self._edited("notes", self.notes_edit.toPlainText())
        return super().eventFilter(watched, event)

    def _edited(self, field: str, value: object) -> None:
        if self.details is None:
            return
        step = self.details.step
        stored = {"title": step.title, "area": step.area or "", "minutes": step.planned_minutes,
                  "annoyance": step.annoyance, "notes": step.notes}[field]
        if isinstance(value, str) and value.strip() == (stored or ""):
            return
        if value != stored:
            self.sig_edit.emit(step.id, field, value)

    def show_details(self, details: StepDetails | None, areas: list[str] = (),
                     today: date | None = None) -> None:
        """Fill the pane for a step (None: nothing selected)."""
        self.details = details
        for widget in (self.title_edit, self.area_box, self.minutes_spin, self.annoyance_spin,
                       self.notes_edit, self.history, self.public_check, self.reactions_button,
                       *self.buttons.values()):
            widget.setVisible(details is not None)
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, details is not None)
        self.empty_label.setVisible(details is None)
        if details is None:
            return
        step = self.details.step
        self.title_edit.setText(step.title)
        self.title_edit.setCursorPosition(0)
        self.area_box.clear()
        self.area_box.addItems(list(areas))
        self.area_box.setCurrentText(step.area or "")
        self.minutes_spin.setValue(step.planned_minutes)
        is_chore = step.parent_id is None
        self.form.setRowVisible(self.annoyance_spin, is_chore)
        self.annoyance_spin.setValue(step.annoyance or 0)
        self.notes_edit.setPlainText(step.notes)
        self.public_check.setChecked(details.public)
        self.reactions_button.setVisible(details.public and step.status is StepStatus.DONE)
        self.history.setText(history_html(details, today))
        self._enable_actions(details)

    def _enable_actions(self, details: StepDetails) -> None:
        status = details.step.status
        open_step = status in (StepStatus.INBOX, StepStatus.NEXT, StepStatus.STUCK)
        leaf = not details.has_children
        self.buttons["make_current"].setEnabled(open_step and leaf and not details.is_current)
        self.buttons["start"].setEnabled(open_step and leaf)
        self.buttons["split"].setEnabled(status is not StepStatus.DROPPED)
        self.buttons["split"].setText(self.tr("Add s&teps…") if not leaf or details.step.parent_id
                                      is None else self.tr("S&plit…"))
        self.buttons["delegate"].setEnabled(status is not StepStatus.DELEGATED)
        self.buttons["done"].setEnabled(status is not StepStatus.DONE)
        self.buttons["drop"].setEnabled(status is not StepStatus.DROPPED)


def history_html(details: StepDetails, today: date | None) -> str:
    """Sessions, stuck notes, learning and brief as a short rich-text summary."""
    locale = QLocale()
    parts = []
    brief = details.brief
    if brief is not None:
        due = locale.toString(brief.due, QLocale.FormatType.ShortFormat) if brief.due else "–"
        overdue = (brief.due is not None and today is not None and brief.due < today
                   and details.step.status is StepStatus.DELEGATED)
        flag = f' <b style="color:#b3261e">{_tr("overdue")}</b>' if overdue else ""
        why = f"{_tr('Why:')} {_e(brief.why)}<br>" if brief.why else ""
        parts.append(f"<h4>{_tr('Brief')}</h4><p>{_tr('To:')} {_e(brief.to)}<br>"
                     f"{_tr('What:')} {_e(brief.text)}<br>{why}{_tr('Done when:')} "
                     f"{_e(brief.done_when) or '–'}<br>{_tr('Due:')} {due}{flag}</p>")
    if details.learning is not None:
        parts.append(f"<h4>{_tr('What it brought')}</h4><p>{_e(details.learning.text)}</p>")
    if details.reaction is not None:
        parts.append(reaction_html(details.reaction))
    if details.stuck_notes:
        items = "".join(f"<li>{_when(n.created_at, locale)}: {_e(n.text)}</li>"
                        for n in details.stuck_notes)
        parts.append(f"<h4>{_tr('What was stuck')}</h4><ul>{items}</ul>")
    sessions = [s for s in details.sessions if s.ended_at is not None]
    if sessions:
        items = "".join(
            f"<li>{_when(s.started_at, locale)}: {round((s.actual_seconds or 0) / 60)} "
            f"{_tr('min')}, {_outcome(s.outcome.value) if s.outcome else ''}</li>" for s in sessions)
        parts.append(f"<h4>{_tr('Timeboxes')}</h4><ul>{items}</ul>")
    return "".join(parts) or f"<p>{_tr('No timeboxes yet.')}</p>"


def reaction_html(reaction: Reaction) -> str:
    """The counts readers left, and the owner's note."""
    # "Likes: 1" needs no plural forms, in German or English.
    counts = _tr("Likes: {likes} · Comments: {comments} · Replies: {replies} · "
                 "Enquiries: {enquiries}").format(
        likes=reaction.likes, comments=reaction.comments, replies=reaction.replies,
        enquiries=reaction.enquiries)
    note = f"<br>{_e(reaction.note)}" if reaction.note else ""
    return f"<h4>{_tr('How readers reacted')}</h4><p>{counts}{note}</p>"


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _when(moment: datetime, locale: QLocale) -> str:
    return locale.toString(moment.astimezone(), QLocale.FormatType.ShortFormat)
