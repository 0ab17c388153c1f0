"""The focus window: the current step, its big countdown, Start/Pause/Done/Skip."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from smallsteps_desktop.core.errors import SmallStepsError
from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.core.views import CurrentView, StepQueries
from smallsteps_desktop.ui.countdown import mmss, ms_until_change, shorten
from smallsteps_desktop.ui.qt_names import set_property, set_shortcut

if TYPE_CHECKING:  # the use cases are loaded on the first action, not for the first paint
    from PySide6.QtGui import QWindow

    from smallsteps_desktop.core.services import Outcomes, StepService

MAX_TITLE_CHARS = 120  # longer titles are cut in the label; the tooltip has more


class FocusServices(Protocol):
    """The part of the app's services this window talks to."""

    steps: StepService
    queries: StepQueries


class FocusWindow(QWidget):
    """Draws StepQueries.current(); a QTimer only prompts redraws while a timebox runs."""

    #: The user changed something through this window (the tray should redraw).
    sig_acted = Signal()

    def __init__(self, services: FocusServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._view: CurrentView | None = None
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)  # re-armed by each redraw, for the next whole second
        self._tick.timeout.connect(self.refresh)
        self._unseen: tuple[QWindow.Visibility, ...] | None = None  # set by watch_native_window
        self._build()
        self.relabel()
        self.resize(420, 260)
        self.refresh()

    def _build(self) -> None:
        base = self.font().pointSizeF()
        self.title_label = self._label(base * 1.35, bold=True)
        self.title_label.setWordWrap(True)
        # Ignore the width hint so one very long word cannot stretch the window.
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.countdown_label = self._label(base * 3.6, bold=True)
        self.state_label = self._label(base)
        self.state_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status_label = self._label(base * 0.95)
        self.status_label.setWordWrap(True)
        self.start_button = self._button(self.start_or_resume)  # named in refresh: Start or Resume
        self.pause_button = self._button(self.pause)
        self.done_button = self._button(self.finish)
        self.skip_button = self._button(self.skip)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.start_button, self.pause_button, self.done_button, self.skip_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addStretch(1)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.state_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        layout.addSpacing(6)
        layout.addWidget(self.status_label)

    def relabel(self) -> None:
        """Name everything in the current language; the rest follows in refresh()."""
        self.setWindowTitle(self.tr("Small Steps"))
        for label, name in ((self.title_label, self.tr("Current step")),
                            (self.countdown_label, self.tr("Time left")),
                            (self.state_label, self.tr("Timer state")),
                            (self.status_label, self.tr("Message"))):
            label.setAccessibleName(name)
        # One key each, chosen per language to match the button's word (Skip: K,
        # Überspringen: Ü); the translators' test keeps the four keys distinct.
        _name_button(self.pause_button, self.tr("Pause"), self.tr("P", "key for Pause"),
                     self.tr("Pause the timebox"))
        _name_button(self.done_button, self.tr("Done"), self.tr("D", "key for Done"),
                     self.tr("Finish the step and note what it brought"))
        _name_button(self.skip_button, self.tr("Skip"), self.tr("K", "key for Skip"),
                     self.tr("Skip the step and note what is stuck"))
        if self._view is not None:
            self.refresh()

    def _label(self, point_size: float, bold: bool = False) -> QLabel:
        label = QLabel(self)
        # By name, not Qt.TextFormat and Qt.AlignmentFlag: see qt_names.py.
        set_property(label, "textFormat", "PlainText")  # titles are user text, never HTML
        set_property(label, "alignment", "AlignCenter")
        font = label.font()
        font.setPointSizeF(point_size)
        font.setBold(bold)
        label.setFont(font)
        return label

    def _button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- redraw: one cheap read, then only presentation --------------------------

    def refresh(self) -> None:
        """Read the current step and timer once and redraw from it."""
        view = self._view = self._services.queries.current()
        state, step = view.timer.state, view.step
        startable = step is not None or self._services.queries.next_step() is not None
        hint = (self.tr("No current step — press Start to begin the next one.") if startable
                else self.tr('No steps yet. Add one in a terminal:\nsmallsteps add "Post one photo"'))
        self.title_label.setText(shorten(step.title, MAX_TITLE_CHARS) if step else hint)
        self.title_label.setToolTip(shorten(step.title, 2000) if step else "")
        self.countdown_label.setText(mmss(view.timer.remaining_seconds))
        self.state_label.setText({
            TimerState.IDLE: self.tr("Not started"), TimerState.RUNNING: self.tr("Running"),
            TimerState.PAUSED: self.tr("Paused"), TimerState.EXPIRED: self.tr("Time is up")}[state])
        paused = state is TimerState.PAUSED
        key = self.tr("S", "key for Start and Resume")
        if paused:
            _name_button(self.start_button, self.tr("Resume"), key, self.tr("Resume the timebox"))
        else:
            _name_button(self.start_button, self.tr("Start"), key, self.tr("Start the timebox"))
        self.start_button.setEnabled(paused or (state is TimerState.IDLE and startable))
        self.pause_button.setEnabled(state is TimerState.RUNNING)
        self.done_button.setEnabled(step is not None)
        self.skip_button.setEnabled(step is not None)
        self._schedule(view)

    def _schedule(self, view: CurrentView) -> None:
        """Redraw at the next whole second while a timebox runs and can be seen; else sleep."""
        running = view.timer.state is TimerState.RUNNING
        if running and self._seen():
            self._tick.start(ms_until_change(view.timer.remaining_seconds))
        else:
            self._tick.stop()

    def watch_native_window(self) -> None:
        """From now on, redraw when shown, restored or activated, and sleep when hidden or
        minimized (else only the next tick notices). Call once, after the first paint.

        Signals of the native window, not showEvent()/changeEvent() overrides: with an
        override PySide hands every event of the window to Python, and building its QEvent
        type alone costs about 2 ms of the first paint; so does the native window's type.
        The native window stays the same when window flags change.
        """
        from PySide6.QtGui import QWindow

        self.create()  # the native window, if it was not shown yet
        native = self.windowHandle()
        self._unseen = (QWindow.Visibility.Hidden, QWindow.Visibility.Minimized)
        native.visibilityChanged.connect(self._on_visibility_changed)
        native.activeChanged.connect(self._on_active_changed)

    def _on_visibility_changed(self, _visibility: QWindow.Visibility) -> None:
        self.refresh()

    def _on_active_changed(self) -> None:
        if self.isActiveWindow():
            self.refresh()  # e.g. back from the terminal: show what the CLI changed

    def _seen(self) -> bool:
        """Shown and not minimized (the native window's word: the widget's lags behind)."""
        if not self.isVisible():
            return False
        if self._unseen is None:  # not watching yet: the native window's type costs 1 ms
            return not self.isMinimized()
        return self.windowHandle().visibility() not in self._unseen

    # -- actions: the user's intent goes to the services -------------------------

    def start_or_resume(self) -> None:
        if self._view is not None and self._view.timer.state is TimerState.PAUSED:
            self.act(self._services.steps.resume)
        else:
            self.act(lambda: self._services.steps.start(None))

    def pause(self) -> None:
        self.act(self._services.steps.pause)

    def finish(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Done"), self.tr("What did it bring? (optional)"))
        if ok:
            self.act(lambda: self._services.steps.done(text), self._ended_message)

    def skip(self) -> None:
        """Ask "What's stuck?" with the wizard; cancelling it changes nothing."""
        step = self._view.step if self._view else None
        if step is None:
            self.status_label.setText(self.tr("There is no current step to skip."))
            return
        from PySide6.QtWidgets import QDialog

        from smallsteps_desktop.ui.stuck_wizard import StuckWizard  # not at start-up

        wizard = StuckWizard(step.title, self)
        if wizard.exec() == QDialog.DialogCode.Accepted.value:
            request = wizard.request()
            self.act(lambda: self._services.steps.skip(request), self._ended_message)

    def act(self, action: Callable[[], Any], message: Callable[[Any], str] | None = None) -> bool:
        """Run one service call; show its refusal in plain words, then redraw. True if it ran."""
        try:
            result = action()
        except SmallStepsError as error:
            self.status_label.setText(str(error))
            succeeded = False
        else:
            self.status_label.setText(message(result) if message else "")
            succeeded = True
        self.refresh()
        self.sig_acted.emit()
        return succeeded

    def _ended_message(self, outcomes: Outcomes) -> str:
        if outcomes.next_step is None:
            return self.tr("Noted. No open steps left.")
        return self.tr("Noted. Next up: {title}").format(
            title=shorten(outcomes.next_step.title, MAX_TITLE_CHARS))


def _name_button(button: QPushButton, name: str, key: str, description: str) -> None:
    """Label a button and give it its key, named in the tooltip; the shortcut goes after
    the text, because setText resets it."""
    tip = f"{description} ({key})"
    if button.text() == name and button.toolTip() == tip:
        return  # redrawn every second: only changes are set
    button.setText(name)
    set_shortcut(button, key)
    button.setAccessibleName(name)
    button.setAccessibleDescription(tip)
    button.setToolTip(tip)
