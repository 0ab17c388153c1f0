"""The starter library on screen: browse ready-cut chores by area, pick one, show its steps."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout,
                               QWidget, QWizardPage)

from smallsteps_desktop.starter import StarterChore, StarterLibrary
from smallsteps_desktop.ui.stuck_pages import hint, labelled

_KEY = Qt.ItemDataRole.UserRole
SHOWN_STEPS = 3  # ready steps shown at a time; the rest wait on the board
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class StarterBrowser(QWidget):
    """Chores on the left (grouped by area, or one area), their why and steps on the right."""

    sig_chosen = Signal(str)  # a chore's key, on double-click or Enter
    sig_changed = Signal()  # the selected chore changed (or none is selected any more)

    def __init__(self, library: StarterLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.area_combo = QComboBox(self)
        self.area_combo.addItem(self.tr("All areas"), None)
        for area in library.areas:
            self.area_combo.addItem(area, area)
        self.chore_list = QListWidget(self)
        self.chore_list.setAccessibleName(self.tr("Chores"))
        self.chore_list.setSpacing(2)
        self.chore_list.installEventFilter(self)
        self.chore_list.itemDoubleClicked.connect(self._choose)
        self.chore_list.itemSelectionChanged.connect(self._show_preview)
        self.chore_list.currentItemChanged.connect(self._follow)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Chore preview"))
        self.preview.setOpenLinks(False)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes list -> buttons
        splitter = QSplitter(self)
        splitter.addWidget(self.chore_list)
        splitter.addWidget(self.preview)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)  # a wider window widens the preview
        titles = [self.fontMetrics().horizontalAdvance(c.title) for c in library.chores]
        splitter.setSizes([max(titles, default=200) + 40, 420])  # whole titles, no scrolling
        row = QHBoxLayout()
        row.addWidget(labelled(self.tr("&Area:"), self.area_combo, self.tr("Area")))
        row.addWidget(self.area_combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        self.area_combo.currentIndexChanged.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        """List the chores of the chosen area; with all areas, under a heading per area."""
        kept = self.current_key()
        area = self.area_combo.currentData()
        self.chore_list.blockSignals(True)  # one change signal after the rebuild, not many
        self.chore_list.clear()
        for shown in (area,) if area else self._library.areas:
            chores = [c for c in self._library.chores if c.area == shown]
            if not area and chores:
                self._heading(shown)
            for chore in chores:
                item = QListWidgetItem(chore.title, self.chore_list)
                item.setData(_KEY, chore.key)
                item.setToolTip(chore.why)
                item.setSelected(chore.key == kept)
                if chore.key == kept:
                    self.chore_list.setCurrentItem(item)
        self.chore_list.blockSignals(False)
        self._show_preview()

    def _heading(self, area: str) -> None:
        item = QListWidgetItem(area, self.chore_list)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # arrows and clicks pass over it
        item.setForeground(self.palette().windowText())  # a heading, not a greyed-out chore
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def _follow(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        """The highlighted chore is the selected one, also when tabbing into the list."""
        if current is not None and current.data(_KEY) and not current.isSelected():
            current.setSelected(True)

    def select(self, key: str) -> None:
        """Select the chore with this key, if the list shows it."""
        for row in range(self.chore_list.count()):
            if self.chore_list.item(row).data(_KEY) == key:
                self.chore_list.setCurrentRow(row)

    def current_key(self) -> str | None:
        selected = self.chore_list.selectedItems()
        return selected[0].data(_KEY) if selected else None

    def current_chore(self) -> StarterChore | None:
        key = self.current_key()
        return self._library.chore(key) if key else None

    def _show_preview(self) -> None:
        chore = self.current_chore()
        if chore is None:
            self.preview.setHtml("<p style='color:gray'>{}</p>".format(escape(
                self.tr("Pick a chore to see why it matters and its five-minute steps."))))
        else:
            heading = self.tr("Steps, five minutes each:")  # not inside the f-string: lupdate
            steps = "".join(f"<li>{escape(step)}</li>" for step in chore.steps)
            self.preview.setHtml(
                f"<h3>{escape(chore.title)}</h3><p><i>{escape(chore.why)}</i></p>"
                f"<p><b>{escape(heading)}</b></p><ol>{steps}</ol>")
        self.sig_changed.emit()

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(_KEY):
            self.chore_list.setCurrentItem(item)  # selects it, so current_key() agrees
            self.sig_chosen.emit(item.data(_KEY))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.chore_list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _ENTER
                and self.chore_list.currentItem() is not None):
            self._choose(self.chore_list.currentItem())
            return True  # chosen once here, not again by the dialog's default button
        return super().eventFilter(watched, event)


class StarterDialog(QDialog):
    """Pick one chore from the starter library; chosen() has it once the user added it."""

    def __init__(self, library: StarterLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Starter library"))
        self.browser = StarterBrowser(library, self)
        intro = QLabel(self.tr("Common marketing chores, already cut into steps of five minutes. "
                               "Pick one to put it on your board."), self)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("Add to my &board"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.browser.sig_changed.connect(self._update_add)
        self.browser.sig_chosen.connect(lambda _key: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self._update_add()
        self.setMinimumSize(640, 420)
        self.resize(760, 500)
        self.browser.chore_list.setFocus()

    def _update_add(self) -> None:
        self.add_button.setEnabled(self.browser.current_key() is not None)

    def chosen(self) -> StarterChore | None:
        """The chore to add, or None if the dialog was cancelled or is still open."""
        if self.result() != QDialog.DialogCode.Accepted.value:
            return None
        return self.browser.current_chore()


class StarterPage(QWizardPage):
    """A wizard page to pick a chore; picked is the one selected when the user went on."""

    def __init__(self, library: StarterLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picked: StarterChore | None = None
        self.setTitle(self.tr("Pick a chore from the starter library"))
        self.setSubTitle(self.tr("Each chore is already cut into five-minute steps. "
                                 "Pick the one you want to start with."))
        self.browser = StarterBrowser(library, self)
        self.browser.sig_changed.connect(self.completeChanged)
        self.browser.sig_chosen.connect(lambda _key: self.wizard().next())
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)

    def isComplete(self) -> bool:
        return self.browser.current_key() is not None

    def validatePage(self) -> bool:
        self.picked = self.browser.current_chore()
        return True

    def cleanupPage(self) -> None:
        """Back: the pick no longer counts, though the list keeps its selection."""
        self.picked = None


class ReadySteps(QWidget):
    """A chore's ready steps: the first one boxed like a suggestion, the next few below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_label, self.later_label = hint(self), hint(self)
        font = self.first_label.font()
        font.setBold(True)
        self.first_label.setFont(font)
        self.first_label.setMargin(8)
        self.first_label.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.first_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.first_label.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.first_label)
        layout.addWidget(self.later_label)

    def show_steps(self, steps: tuple[str, ...]) -> None:
        self.first_label.setText(steps[0] if steps else "")
        later = [f"{n}. {step}" for n, step in enumerate(steps[1:SHOWN_STEPS], 2)]
        if len(steps) > SHOWN_STEPS:
            later.append(self.tr("…and {count} more.").format(count=len(steps) - SHOWN_STEPS))
        self.later_label.setText("\n".join([self.tr("Then, one at a time:"), *later]) if later
                                 else "")
        self.later_label.setVisible(bool(later))
