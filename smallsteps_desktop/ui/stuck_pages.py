"""The stuck wizard's first pages: what's stuck, and one step back to smaller steps."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QRadioButton, QStyle, QVBoxLayout, QWidget, QWizardPage)

from smallsteps_desktop.core.models import StuckReason
from smallsteps_desktop.core.text import MAX_TITLE_CHARS
from smallsteps_desktop.ui.countdown import shorten

SHOWN_TITLE_CHARS = 90  # a long step title is cut where the wizard quotes it
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _is_enter(event: QEvent) -> bool:
    return (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
            and event.key() in _ENTER and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)


def hint(parent: QWidget, indent: bool = False) -> QLabel:
    """A wrapping line of explanation; indented, it lines up with a radio button's text."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if indent:
        style = parent.style()
        label.setContentsMargins(style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
                                 + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
                                 + 2, 0, 0, 0)
    return label


def labelled(text: str, buddy: QWidget, name: str) -> QLabel:
    """A label with a mnemonic that focuses buddy; buddy gets an accessible name."""
    label = QLabel(text, buddy.parentWidget())
    label.setBuddy(buddy)
    buddy.setAccessibleName(name)
    return label


class _NoteEdit(QPlainTextEdit):
    """Two lines of free text; Tab moves on, Enter goes to the next page, Shift+Enter breaks."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_enter(event):
            event.ignore()  # up to the wizard, which presses its default button
        else:
            super().keyPressEvent(event)


class ReasonPage(QWizardPage):
    """What's stuck? The kind of hurdle, the move it suggests, and a few words."""

    def __init__(self, step_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What's stuck?"))
        self.setSubTitle(self.tr("“{title}” was skipped. Find exactly where it sticks.")
                         .format(title=shorten(step_title, SHOWN_TITLE_CHARS)))
        self.buttons: dict[StuckReason, QRadioButton] = {}
        self._suggestions: dict[StuckReason, str] = {}
        self._group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        for index, (reason, label, suggestion) in enumerate(self._kinds()):
            button = QRadioButton(label, self)
            button.setAccessibleDescription(suggestion)
            self._group.addButton(button)
            self.buttons[reason], self._suggestions[reason] = button, suggestion
            grid.addWidget(button, index % 3, index // 3)
        self._group.buttonToggled.connect(self._show_suggestion)
        self.suggestion_label = hint(self)
        self.suggestion_label.setMargin(8)
        self.suggestion_label.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.suggestion_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.suggestion_label.setAutoFillBackground(True)
        self.suggestion_label.setAccessibleName(self.tr("Suggested next move"))
        self.note_edit = _NoteEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("e.g. I have no photo of the workshop"))
        lines = self.note_edit.fontMetrics().lineSpacing() * 2
        self.note_edit.setFixedHeight(lines + 2 * int(self.note_edit.document().documentMargin()) + 6)
        note_label = labelled(self.tr("In a few &words: what exactly is stuck?"), self.note_edit,
                               self.tr("What is stuck"))
        self.registerField("stuck*", self.note_edit, "plainText", SIGNAL("textChanged()"))
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(self.suggestion_label)
        layout.addSpacing(12)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addStretch(1)
        self._show_suggestion()

    def _kinds(self) -> list[tuple[StuckReason, str, str]]:
        return [
            (StuckReason.TOO_BIG, self.tr("It's &too big"),
             self.tr("Next move: split it into smaller steps.")),
            (StuckReason.UNCLEAR, self.tr("It's &unclear what to do"),
             self.tr("Next move: a step to ask someone or to look it up.")),
            (StuckReason.MISSING, self.tr("Something is &missing"),
             self.tr("Next move: a step to get what's missing.")),
            (StuckReason.NO_TIME, self.tr("No t&ime right now"),
             self.tr("Next move: a smaller version that fits into 5 minutes.")),
            (StuckReason.NO_MOTIVATION, self.tr("No moti&vation"),
             self.tr("Next move: the tiniest first move, one you cannot fail at.")),
            (StuckReason.OTHER, self.tr("Something &else"),
             self.tr("Next move: take one step back and start where it sticks.")),
        ]

    def _show_suggestion(self) -> None:
        reason = self.chosen_reason()
        self.suggestion_label.setText(
            "→ " + self._suggestions[reason] if reason is not None
            else self.tr("Pick what fits best, and you get a suggestion for the next move."))

    def chosen_reason(self) -> StuckReason | None:
        return next((r for r, b in self.buttons.items() if b.isChecked()), None)

    def reason(self) -> StuckReason:
        return self.chosen_reason() or StuckReason.OTHER

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def isComplete(self) -> bool:
        return super().isComplete() and bool(self.note())


class SplitPage(QWizardPage):
    """Take one step back: the smaller steps, each for 5 minutes; none is fine too."""

    def __init__(self, step_title: str, reasons: ReasonPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = shorten(step_title, SHOWN_TITLE_CHARS)
        self._reasons = reasons
        self._suggested = ""
        self.setTitle(self.tr("Take one step back"))
        self.setSubTitle(self.tr("What could you do in 5 minutes? Add one or more smaller steps, "
                                 "or none."))
        self.step_edit = QLineEdit(self)
        self.step_edit.setMaxLength(MAX_TITLE_CHARS)
        self.step_edit.setPlaceholderText(self.tr("e.g. Ask Anna for a photo of the workshop"))
        self.step_edit.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setAccessibleName(self.tr("Add smaller step"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_typed)
        self.step_list = QListWidget(self)
        self.step_list.setAccessibleName(self.tr("Smaller steps"))
        self.step_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.step_list.setSpacing(3)
        self.step_list.installEventFilter(self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove smaller step"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove_selected)
        self.step_list.itemSelectionChanged.connect(self._update_buttons)
        self.step_edit.textChanged.connect(self._update_buttons)
        self.hint_label = hint(self)
        row = QHBoxLayout()
        row.addWidget(self.step_edit, 1)
        row.addWidget(self.add_button)
        under = QHBoxLayout()
        under.addWidget(self.hint_label, 1)
        under.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(labelled(self.tr("&Smaller step:"), self.step_edit, self.tr("Smaller step")))
        layout.addLayout(row)
        layout.addWidget(self.step_list, 1)
        layout.addLayout(under)
        self._update_buttons()

    def initializePage(self) -> None:
        """Offer a first smaller step that fits the reason; typing replaces it."""
        if self.step_edit.text() in ("", self._suggested) and not self.step_list.count():
            self._suggested = self._suggestion(self._reasons.reason(), self._reasons.note())
            self.step_edit.setText(self._suggested)
        self.step_edit.selectAll()
        self.step_edit.setFocus()

    def _suggestion(self, reason: StuckReason, note: str) -> str:
        what = shorten(" ".join(note.split()), SHOWN_TITLE_CHARS)
        template = {
            StuckReason.TOO_BIG: self.tr("First part of: {title}"),
            StuckReason.UNCLEAR: self.tr("Ask someone about: {title}"),
            StuckReason.MISSING: self.tr("Get: {what}"),
            StuckReason.NO_TIME: self.tr("5-minute version of: {title}"),
            StuckReason.NO_MOTIVATION: self.tr("Tiniest first move for: {title}"),
        }.get(reason, "")
        return template.format(title=self._title, what=what)

    def validatePage(self) -> bool:
        self._add_typed()  # what is still in the box counts, as the user sees it
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.step_edit and _is_enter(event) and self.step_edit.text().strip():
            self._add_typed()
            return True  # Enter in an empty box goes on to the next page
        if (watched is self.step_list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete):
            self._remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _add_typed(self) -> None:
        title = " ".join(self.step_edit.text().split())
        if title:
            item = QListWidgetItem(title, self.step_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.step_list.scrollToItem(item)
            self.step_edit.clear()
        self._update_buttons()

    def _remove_selected(self) -> None:
        row = self.step_list.currentRow()
        if row >= 0 and self.step_list.currentItem().isSelected():
            self.step_list.takeItem(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.step_edit.text().strip()))
        self.remove_button.setEnabled(bool(self.step_list.selectedItems()))
        self.hint_label.setText(
            self.tr("No smaller step? Leave the box and the list empty and go on.")
            if not self.step_list.count() else
            self.tr("The first one comes up next if you do it yourself."))

    def splits(self) -> tuple[str, ...]:
        texts = (" ".join(self.step_list.item(i).text().split()) for i in range(self.step_list.count()))
        return tuple(text for text in texts if text)
