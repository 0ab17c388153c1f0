"""Asks how readers reacted to a public step, one at a time and never during a timebox."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from smallsteps_desktop.core.errors import SmallStepsError
from smallsteps_desktop.core.reactions import ReactionService

if TYPE_CHECKING:  # the dialog is loaded when a question is asked, not at start-up
    from smallsteps_desktop.ui.reaction_dialog import ReactionAnswer, ReactionDialog

FIRST_CHECK_MS = 60_000  # not in the first minute: the owner just sat down
CHECK_MS = 30 * 60_000


class ReactionAsker(QObject):
    """Looks for public steps due for their question now and then, and asks about one."""

    #: A reaction was recorded or the question put off (the board redraws).
    sig_changed = Signal()

    def __init__(self, reactions: ReactionService, wait_days: Callable[[], int],
                 busy: Callable[[], bool], window: Callable[[], QWidget],
                 notify: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reactions = reactions
        self._wait_days = wait_days
        self._busy = busy
        self._window = window
        self._notify = notify
        self.dialog: ReactionDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        QTimer.singleShot(FIRST_CHECK_MS, self.check)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> bool:
        """Ask about the oldest due step, unless asking is off or the owner is busy."""
        days = self._wait_days()
        if days == 0 or self.dialog is not None or self._busy():
            return False
        due = self._reactions.due(days)
        if not due:
            return False
        step = due[0]
        self._notify(self.tr("What happened after “{title}”?").format(title=step.title[:80]))
        self.ask(step.id, step.title)
        return True

    def ask(self, step_id: int, title: str, parent: QWidget | None = None) -> ReactionDialog:
        """Open the question for one step (also from the board, to correct an answer)."""
        from smallsteps_desktop.ui.reaction_dialog import ReactionDialog

        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ReactionDialog(step_id, title, self._reactions.reaction(step_id),
                                     parent or self._window())
        self.dialog.sig_answered.connect(self._on_answered)
        self.dialog.finished.connect(self._forget_dialog)
        self.dialog.open()
        return self.dialog

    def _forget_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _on_answered(self, step_id: int, answer: ReactionAnswer, counts) -> None:  # noqa: ANN001
        from smallsteps_desktop.ui.reaction_dialog import ReactionAnswer

        try:
            if answer is ReactionAnswer.LATER:
                self._reactions.ask_later(step_id)
            else:
                self._reactions.record(step_id, counts)
        except SmallStepsError as error:
            QMessageBox.warning(self._window(), self.tr("Reactions not saved"), str(error))
            return
        self.sig_changed.emit()
