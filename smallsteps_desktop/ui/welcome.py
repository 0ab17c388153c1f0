"""The first-run welcome: write down what annoys you, rate it, start with the worst one."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCommandLinkButton, QDialog, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget, QWizard,
                               QWizardPage)

from smallsteps_desktop.core.text import MAX_TITLE_CHARS
from smallsteps_desktop.starter import StarterLibrary
from smallsteps_desktop.ui.countdown import shorten
from smallsteps_desktop.ui.starter_dialog import ReadySteps, StarterPage
from smallsteps_desktop.ui.stuck_pages import SHOWN_TITLE_CHARS, hint, labelled

MAX_ROWS, FIRST_ROWS, DEFAULT_RATING, TOP_RATING = 6, 3, 3, 5
ANNOYANCES, LIBRARY, FIRST_STEP = range(3)
Button = QWizard.WizardButton


@dataclass(frozen=True)
class PlannedChore:
    """A chore to create; only the one to start with carries steps."""

    title: str
    annoyance: int | None
    steps: tuple[str, ...]
    area: str | None = None


@dataclass(frozen=True)
class WelcomePlan:
    """What the welcome produced: the most annoying chore first, with its first step(s)."""

    chores: tuple[PlannedChore, ...]


class AnnoyancesPage(QWizardPage):
    """Up to six annoyances, each rated 1 to 5; or a detour to the starter library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What annoys you most about your marketing?"))
        self.setSubTitle(self.tr("Write down what bugs you and rate how much. "
                                 "We start with the one that annoys you most."))
        self.browse_requested = False  # true only while the library button moves on
        self.edits: list[QLineEdit] = []
        self.ratings: list[QSpinBox] = []
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 1)
        for _ in range(FIRST_ROWS):
            self.add_row()
        self._grid.addWidget(labelled(self.tr("&What annoys you"), self.edits[0],
                                      self.edits[0].accessibleName()), 0, 0)
        self._grid.addWidget(QLabel(self.tr("How much? (1–5)"), self), 0, 1)
        self.add_button = QPushButton(self.tr("A&dd another"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        scale = QLabel(self.tr("1 = a little, 5 = drives me mad"), self)
        scale.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.library_button = QCommandLinkButton(
            self.tr("Or &pick a chore from the starter library"),
            self.tr("Common marketing chores, already cut into five-minute steps."), self)
        self.library_button.clicked.connect(self._browse)
        under = QHBoxLayout()
        under.addWidget(self.add_button)
        under.addWidget(scale, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addLayout(under)
        layout.addSpacing(16)
        layout.addWidget(self.library_button)
        layout.addStretch(1)

    def _examples(self) -> list[str]:
        return [self.tr("e.g. We never post anything on Instagram"),
                self.tr("e.g. Nobody finds us on Google"),
                self.tr("e.g. I never ask customers for reviews"),
                self.tr("e.g. Our website is out of date"),
                self.tr("e.g. I don't know what to write in a newsletter"),
                self.tr("e.g. Our flyers are years old")]

    def add_row(self) -> None:
        """One more line to write an annoyance and rate it; at most MAX_ROWS."""
        row = len(self.edits)
        edit = QLineEdit(self)
        edit.setMaxLength(MAX_TITLE_CHARS)
        edit.setPlaceholderText(self._examples()[row])
        edit.setAccessibleName(self.tr("Annoyance {n}").format(n=row + 1))
        edit.textChanged.connect(self.completeChanged)
        rating = QSpinBox(self, minimum=1, maximum=TOP_RATING, value=DEFAULT_RATING,
                          alignment=Qt.AlignmentFlag.AlignCenter)
        rating.setAccessibleName(self.tr("Annoyance {n}: how much, 1 to 5").format(n=row + 1))
        if self.ratings:  # new rows come before the buttons when tabbing, not after them
            QWidget.setTabOrder(self.ratings[-1], edit)
            QWidget.setTabOrder(edit, rating)
        for column, widget in enumerate((edit, rating)):
            self._grid.addWidget(widget, row + 1, column)
            widget.show()  # now, not later from the event loop: focus and Tab need it shown
        self.edits.append(edit)
        self.ratings.append(rating)

    def _add_clicked(self) -> None:
        self.add_row()
        self.add_button.setEnabled(len(self.edits) < MAX_ROWS)
        self.edits[-1].setFocus()

    def _browse(self) -> None:
        self.browse_requested = True
        try:
            self.wizard().next()
        finally:  # Back from the library and then Next goes straight on to the first step
            self.browse_requested = False

    def annoyances(self) -> list[tuple[str, int]]:
        """(text, rating) in the order written; blank rows left out."""
        rows = ((" ".join(e.text().split()), r.value()) for e, r in zip(self.edits, self.ratings))
        return [(text, rating) for text, rating in rows if text]

    def isComplete(self) -> bool:
        return bool(self.annoyances())

    def nextId(self) -> int:
        return LIBRARY if self.browse_requested else FIRST_STEP


class FirstStepPage(QWizardPage):
    """The first five-minute step: typed (examples help) or the library chore's ready steps."""

    def __init__(self, annoyances: AnnoyancesPage, library: StarterPage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._annoyances, self._library = annoyances, library
        self._shown_for: str | None = None
        self.setTitle(self.tr("Your first five-minute step"))
        self.chore_label, self.rule_label = hint(self), hint(self)
        font = self.chore_label.font()
        font.setBold(True)
        self.chore_label.setFont(font)
        self.ready_steps = ReadySteps(self)
        self.step_edit = QLineEdit(self)
        self.step_edit.setMaxLength(MAX_TITLE_CHARS)
        self.step_edit.setPlaceholderText(self.tr("What will you do, in a few words?"))
        self.step_edit.textChanged.connect(self.completeChanged)
        self.typed_box = QWidget(self)
        box = QVBoxLayout(self.typed_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(labelled(self.tr("&First step:"), self.step_edit, self.tr("First step")))
        box.addWidget(self.step_edit)
        box.addSpacing(8)
        box.addWidget(QLabel(self.tr("No idea? Click an example to use it:"), self.typed_box))
        self.example_buttons = [self._example(text) for text in self._examples()]
        for button in self.example_buttons:
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chore_label)
        layout.addWidget(self.rule_label)
        layout.addSpacing(10)
        layout.addWidget(self.ready_steps)
        layout.addWidget(self.typed_box)
        layout.addStretch(1)

    def _examples(self) -> list[str]:
        return [self.tr("Take any photo of today's work and post it. No caption, no hashtags."),
                self.tr("Write down three questions customers ask you all the time."),
                self.tr("Open your Google Business profile and check the opening hours."),
                self.tr("Ask one happy customer for a review, by text or in person.")]

    def _example(self, text: str) -> QPushButton:
        button = QPushButton(text, self.typed_box)
        button.setAutoDefault(False)
        button.setToolTip(self.tr("Use this as your first step"))
        button.clicked.connect(lambda: (self.step_edit.setText(text), self.step_edit.setFocus()))
        return button

    def initializePage(self) -> None:
        picked = self._library.picked
        title = picked.title if picked else max(self._annoyances.annoyances(),
                                                key=lambda a: a[1])[0]  # ties: first written
        if title != self._shown_for:  # a step typed for another chore does not fit this one
            self.step_edit.clear()
            self._shown_for = title
        self.chore_label.setText(shorten(title, SHOWN_TITLE_CHARS))
        self.typed_box.setVisible(picked is None)
        self.ready_steps.setVisible(picked is not None)
        if picked:
            self.setSubTitle(self.tr("From the starter library: the steps are ready, "
                                     "no typing needed."))
            self.rule_label.setText(self.tr("Each step fits into five minutes and into an "
                                            "ordinary day. You start with this one:"))
            self.ready_steps.show_steps(picked.steps)
        else:
            self.setSubTitle(self.tr("You rated this the most annoying, so you start here."))
            self.rule_label.setText(self.tr("Think of a first step so small that it fits into "
                                            "five minutes and into an ordinary day. Do it once, "
                                            "that's all."))
            self.step_edit.setFocus()

    def cleanupPage(self) -> None:
        """Back keeps the typed step (Qt would reset the fields)."""

    def isComplete(self) -> bool:
        return bool(self.steps())

    def steps(self) -> tuple[str, ...]:
        """The typed first step, or all of the library chore's steps."""
        if self._library.picked:
            return self._library.picked.steps
        step = " ".join(self.step_edit.text().split())
        return (step,) if step else ()


class WelcomeWizard(QWizard):
    """First run; result_plan() has the chores once the user pressed Start."""

    def __init__(self, library: StarterLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Small Steps"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setTitleFormat(Qt.TextFormat.PlainText)  # subtitles may quote the user's words
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setButtonText(Button.CustomButton1, self.tr("S&kip for now"))
        self.setButtonText(Button.FinishButton, self.tr("&Start"))
        self.button(Button.CustomButton1).setToolTip(
            self.tr("Close the welcome. You can add chores later on your board."))
        # No Cancel next to Skip: they would do the same. Escape still skips.
        self.setButtonLayout([Button.CustomButton1, Button.Stretch, Button.BackButton,
                              Button.NextButton, Button.FinishButton])
        self.customButtonClicked.connect(lambda _which: self.reject())
        self.annoyances_page = AnnoyancesPage(self)
        self.library_page = StarterPage(library, self)
        self.step_page = FirstStepPage(self.annoyances_page, self.library_page, self)
        for page_id, page in zip((ANNOYANCES, LIBRARY, FIRST_STEP),
                                 (self.annoyances_page, self.library_page, self.step_page)):
            self.setPage(page_id, page)
        self.currentIdChanged.connect(self._focus_list)
        self.setMinimumSize(640, 480)
        self.resize(680, 540)

    def _focus_list(self, page_id: int) -> None:
        """Qt focuses a page's first input, the area filter; the list is where to start."""
        if page_id == LIBRARY:
            self.library_page.browser.chore_list.setFocus()

    def result_plan(self) -> WelcomePlan:
        """The chores to create, most annoying first; only for a welcome the user finished."""
        if self.result() != QDialog.DialogCode.Accepted.value:
            raise RuntimeError("The welcome was skipped or is still open.")
        typed = sorted(self.annoyances_page.annoyances(), key=lambda a: -a[1])  # stable on ties
        chores = [PlannedChore(title, rating, ()) for title, rating in typed]
        picked = self.library_page.picked
        if picked:
            chores.insert(0, PlannedChore(picked.title, TOP_RATING, picked.steps, picked.area))
        elif chores:
            chores[0] = replace(chores[0], steps=self.step_page.steps())
        return WelcomePlan(tuple(chores))
