"""The focus window drives the real services and redraws from what they return."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from smallsteps_desktop.core.services import SkipRequest
from smallsteps_desktop.ui.focus_window import FocusWindow
from smallsteps_desktop.ui.stuck_wizard import StuckWizard
from support.clock import FakeClock
from support.services import make_services

TITLE = "Post one photo on Instagram"

# Qt 6.12's offscreen plugin warns on every top-level show(); xcb does not.


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(tmp_path: Path, clock: FakeClock):
    services = make_services(tmp_path / "data", clock)
    yield services
    services.close()


@pytest.fixture
def step_id(services) -> int:
    return services.steps.add(TITLE)


@pytest.fixture
def window(qtbot, services, step_id) -> FocusWindow:
    window = FocusWindow(services)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.watch_native_window()  # as the app does right after its first paint
    return window


def answer(monkeypatch, method: str, text: str, ok: bool = True) -> list[tuple]:
    """Make QInputDialog.<method> return (text, ok); returns the questions it was asked."""
    asked: list[tuple] = []
    fake = staticmethod(lambda *args, **kwargs: asked.append(args) or (text, ok))
    monkeypatch.setattr(QInputDialog, method, fake)
    return asked


def answer_stuck(monkeypatch, text: str, ok: bool = True) -> list[StuckWizard]:
    """Make the stuck wizard finish at once with this stuck note (or be cancelled)."""
    asked: list[StuckWizard] = []
    code = QDialog.DialogCode.Accepted if ok else QDialog.DialogCode.Rejected

    def fake_exec(wizard: StuckWizard) -> int:
        asked.append(wizard)
        return code.value

    monkeypatch.setattr(StuckWizard, "exec", fake_exec)
    monkeypatch.setattr(StuckWizard, "request", lambda wizard: SkipRequest(stuck=text))
    return asked


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(window: FocusWindow, clock: FakeClock | None = None, seconds: float = 0) -> tuple:
    """(countdown, state) after the clock moved on by seconds and the window redrew."""
    if clock is not None:
        clock.advance(seconds)
        window.refresh()
    return window.countdown_label.text(), window.state_label.text()


def test_start_shows_the_step_and_its_full_timebox(qtbot, window, services, step_id):
    assert window.windowTitle() == "Small Steps"
    assert window.title_label.text() == "No current step — press Start to begin the next one."
    assert shown(window) == ("5:00", "Not started")
    assert [b.isEnabled() for b in (window.start_button, window.pause_button,
                                    window.done_button, window.skip_button)] == [1, 0, 0, 0]
    click(qtbot, window.start_button)
    assert window.title_label.text() == TITLE
    assert shown(window) == ("5:00", "Running")
    assert services.queries.current().step.id == step_id
    assert window.pause_button.isEnabled() and not window.start_button.isEnabled()


def test_countdown_comes_from_the_clock_and_the_timer_redraws(qtbot, window, clock):
    click(qtbot, window.start_button)
    assert shown(window, clock, 65) == ("3:55", "Running")
    assert shown(window, clock, 0.5)[0] == "3:55"  # rounds up like a kitchen timer
    clock.advance(2)  # no refresh() call: the window's own timer redraws
    qtbot.waitUntil(lambda: window.countdown_label.text() == "3:53", timeout=3000)


def test_pause_freezes_and_resume_continues(qtbot, window, clock):
    click(qtbot, window.start_button)
    clock.advance(10)
    click(qtbot, window.pause_button)
    assert window.start_button.text() == "Resume" and window.start_button.isEnabled()
    assert not window.pause_button.isEnabled()
    assert shown(window, clock, 100) == ("4:50", "Paused")
    click(qtbot, window.start_button)
    assert shown(window, clock, 5) == ("4:45", "Running")


def press(qtbot, window, key, until) -> None:
    """Type a key; a button shortcut clicks the button with a short press animation."""
    qtbot.keyClick(window, key)
    qtbot.waitUntil(until, timeout=2000)


def test_keyboard_shortcuts(qtbot, window, services, monkeypatch):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    state = window.state_label.text
    press(qtbot, window, Qt.Key.Key_S, lambda: state() == "Running")
    press(qtbot, window, Qt.Key.Key_P, lambda: state() == "Paused")
    press(qtbot, window, Qt.Key.Key_S, lambda: state() == "Running")
    answer_stuck(monkeypatch, "No photo at hand")
    press(qtbot, window, Qt.Key.Key_K, lambda: services.queries.current().step is None)
    services.steps.add("Take a photo of the workshop")
    window.refresh()
    press(qtbot, window, Qt.Key.Key_S, lambda: state() == "Running")
    answer(monkeypatch, "getMultiLineText", "")
    press(qtbot, window, Qt.Key.Key_D, lambda: state() == "Not started")
    assert [s["status"] for s in services.queries.list_json()] == ["stuck", "done"]


def test_done_keeps_what_it_brought(qtbot, window, services, step_id, monkeypatch):
    asked = answer(monkeypatch, "getMultiLineText", "Posting takes one minute.")
    click(qtbot, window.start_button)
    click(qtbot, window.done_button)
    assert "What did it bring?" in asked[0][2]
    step = services.queries.show_json(step_id)
    assert (step["status"], step["learning"]) == ("done", "Posting takes one minute.")
    assert window.status_label.text() == "Noted. No open steps left."
    assert 'smallsteps add' in window.title_label.text() and not window.start_button.isEnabled()


def test_skip_records_what_is_stuck(qtbot, window, services, step_id, monkeypatch):
    next_id = services.steps.add("Find a photo")
    asked = answer_stuck(monkeypatch, "I have no photo")
    click(qtbot, window.start_button)
    click(qtbot, window.skip_button)
    assert len(asked) == 1 and TITLE[:20] in asked[0].page(0).subTitle()
    step = services.queries.show_json(step_id)
    assert step["status"] == "stuck"
    assert [note["text"] for note in step["stuck_notes"]] == ["I have no photo"]
    assert window.status_label.text() == "Noted. Next up: Find a photo"
    assert services.queries.show_json(next_id)["status"] == "inbox"


@pytest.mark.parametrize("method, button", [("getMultiLineText", "done_button"),
                                            ("wizard", "skip_button")])
def test_cancelling_the_question_changes_nothing(qtbot, window, services, step_id,
                                                 monkeypatch, method, button):
    if method == "wizard":
        answer_stuck(monkeypatch, "typed, then cancelled", ok=False)
    else:
        answer(monkeypatch, method, "typed, then cancelled", ok=False)
    click(qtbot, window.start_button)
    before = services.queries.show_json(step_id)
    click(qtbot, getattr(window, button))
    assert services.queries.show_json(step_id) == before
    assert window.state_label.text() == "Running" and window.status_label.text() == ""


def test_refusals_are_shown_in_plain_words(qtbot, window, services, step_id, monkeypatch):
    answer_stuck(monkeypatch, "   ")
    click(qtbot, window.start_button)
    click(qtbot, window.skip_button)  # an empty stuck note is refused
    assert "what is stuck" in window.status_label.text()
    services.steps.pause()  # e.g. `smallsteps pause` in a terminal; the window has not redrawn
    click(qtbot, window.pause_button)
    assert window.status_label.text() == "Cannot pause: the timebox is paused (resume it)."
    assert shown(window) == ("5:00", "Paused") and window.start_button.text() == "Resume"
    assert services.queries.show_json(step_id)["stuck_notes"] == []


def test_the_timer_sleeps_unless_a_visible_timebox_runs(qtbot, window, clock):
    ticking = window._tick.isActive
    assert not ticking()
    click(qtbot, window.start_button)
    assert ticking() and window._tick.interval() <= 1100
    click(qtbot, window.pause_button)
    assert not ticking()
    click(qtbot, window.start_button)
    assert ticking()
    window.hide()
    assert not ticking()
    window.show()
    assert ticking()
    window.showMinimized()
    qtbot.waitUntil(lambda: not ticking(), timeout=2000)
    window.showNormal()
    qtbot.waitUntil(ticking, timeout=2000)
    assert shown(window, clock, 301) == ("0:00", "Time is up")
    assert not ticking()


def test_coming_back_to_the_window_shows_what_changed_elsewhere(qtbot, window, services):
    services.steps.start(None)
    services.steps.pause()
    window.refresh()  # paused: the window's timer sleeps
    assert window.state_label.text() == "Paused" and not window._tick.isActive()
    terminal = QWidget()  # e.g. a terminal, where `smallsteps resume` runs
    qtbot.addWidget(terminal)
    terminal.show()
    terminal.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=2000)
    services.steps.resume()
    assert window.state_label.text() == "Paused"
    window.activateWindow()
    qtbot.waitUntil(lambda: window.state_label.text() == "Running", timeout=2000)
    window.hide()
    services.steps.pause()
    window.show()  # shown again: drawn afresh, not as it was hidden
    assert window.state_label.text() == "Paused"


def test_buttons_have_names_and_shortcuts_and_titles_stay_plain_text(window, services):
    services.steps.start(services.steps.add("<b>Not bold</b>"))
    window.refresh()
    buttons = (window.start_button, window.pause_button, window.done_button, window.skip_button)
    assert {b.accessibleName(): b.shortcut().toString() for b in buttons} == {
        "Start": "S", "Pause": "P", "Done": "D", "Skip": "K"}
    assert all(b.accessibleDescription() and b.toolTip() for b in buttons)
    assert window.title_label.text() == "<b>Not bold</b>"
    assert window.title_label.textFormat() == Qt.TextFormat.PlainText
