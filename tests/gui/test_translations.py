"""German and English: the windows, the wizard and the actions speak the chosen language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QLabel, QWidget, QWizard

from smallsteps_desktop.core.models import Decision, StuckReason
from smallsteps_desktop.ui.actions import AppActions
from smallsteps_desktop.ui.focus_window import FocusWindow
from smallsteps_desktop.ui.i18n import (app_translation, install_translator, remove_translators,
                                        resolve_language)
from smallsteps_desktop.ui.stuck_wizard import StuckWizard
from smallsteps_desktop.ui.times_up import TimesUpPrompt
from support.clock import FakeClock
from support.services import make_services

TITLE = "Ein Foto der Werkstatt posten"
Button = QWizard.WizardButton

ENGLISH_BUTTONS = ["Start", "Pause", "Done", "Skip"]
GERMAN_BUTTONS = ["Starten", "Pausieren", "Erledigt", "Überspringen"]


@pytest.fixture
def language(qapp) -> Iterator[Callable[[str], QTranslator | None]]:
    """Switch the app's language like the settings do; English again after the test."""
    installed: list[QTranslator | None] = []

    def switch(choice: str) -> QTranslator | None:
        remove_translators(qapp, installed)
        installed[:] = [install_translator(qapp, choice)]
        return installed[0]

    yield switch
    remove_translators(qapp, installed)


@pytest.fixture
def services(tmp_path: Path):
    services = make_services(tmp_path / "data", FakeClock())
    services.steps.add(TITLE)
    yield services
    services.close()


def focus_window(qtbot, services) -> FocusWindow:
    window = FocusWindow(services)
    qtbot.addWidget(window)
    return window


def wizard(qtbot) -> StuckWizard:
    wizard = StuckWizard(TITLE, today=date(2026, 3, 2))
    qtbot.addWidget(wizard)
    return wizard


def button_texts(window: FocusWindow) -> list[str]:
    return [b.text() for b in (window.start_button, window.pause_button, window.done_button,
                               window.skip_button)]


def mnemonics(widgets: list[QWidget]) -> list[str]:
    """The Alt+letter keys the visible buttons and buddy labels claim, lower case."""
    keys = []
    for widget in widgets:
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue
        found = re.search(r"&([^&])", widget.text().replace("&&", ""))
        if found:
            keys.append(found.group(1).lower())
    return keys


def page_mnemonics(wizard: StuckWizard) -> list[str]:
    page = wizard.currentPage()
    widgets = [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]
    return mnemonics(widgets + [wizard.button(b) for b in (
        Button.BackButton, Button.NextButton, Button.FinishButton, Button.CancelButton)])


# --- choosing the language --------------------------------------------------------

@pytest.mark.parametrize("choice, system, expected", [
    ("de", QLocale.Language.English, "de"),
    ("en", QLocale.Language.German, "en"),
    ("system", QLocale.Language.German, "de"),
    ("system", QLocale.Language.English, "en"),
    ("system", QLocale.Language.French, "en"),
])
def test_the_language_follows_the_setting_then_the_system(choice, system, expected):
    assert resolve_language(choice, QLocale(system)) == expected


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        resolve_language("fr")


def test_the_german_translation_ships_in_the_package():
    assert app_translation("de").is_file()


def test_english_needs_no_translator_and_system_follows_this_desktop(language):
    assert language("en") is None
    system = language("system")
    assert (system is None) == (resolve_language("system") == "en")


def test_german_brings_qts_own_translation_for_standard_buttons(language):
    translator = language("de")
    assert translator is not None and not translator.isEmpty()
    assert translator.language() == "de"
    assert QCoreApplication.translate("QWizard", "&Next >") == "&Weiter >"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    language("en")  # removes both translators
    assert QCoreApplication.translate("QWizard", "&Next >") == "&Next >"
    assert QCoreApplication.translate("FocusWindow", "Start") == "Start"


# --- the screens in German -----------------------------------------------------------

def test_the_focus_window_speaks_german(qtbot, language, services):
    language("de")
    window = focus_window(qtbot, services)
    assert button_texts(window) == GERMAN_BUTTONS
    assert window.state_label.text() == "Nicht gestartet"
    assert window.start_button.toolTip() == "Zeitfenster starten (S)"
    assert window.title_label.text() == (
        "Kein aktueller Schritt – drück auf „Starten“, um mit dem nächsten zu beginnen.")
    services.steps.start(None)
    services.steps.pause()
    window.refresh()
    assert window.title_label.text() == TITLE  # the user's own text stays as it is
    assert window.start_button.text() == "Fortsetzen"
    assert window.state_label.text() == "Pausiert"


@pytest.mark.parametrize("choice", ["en", "de"])
def test_each_button_has_its_own_key_named_in_its_tooltip(qtbot, language, services, choice):
    language(choice)
    window = focus_window(qtbot, services)
    buttons = (window.start_button, window.pause_button, window.done_button, window.skip_button)
    keys = [button.shortcut().toString() for button in buttons]
    assert len(set(keys)) == 4 and all(len(key) == 1 for key in keys), keys
    for button, key in zip(buttons, keys, strict=True):
        assert button.toolTip().endswith(f" ({key})")


def test_german_keys_match_the_german_words(qtbot, language, services, monkeypatch):
    language("de")
    services.steps.start(None)  # Done and Skip need a current step
    window = focus_window(qtbot, services)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.done_button.toolTip().endswith("(E)")  # Erledigt
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: ("", False))
    monkeypatch.setattr(StuckWizard, "exec", lambda wizard: 0)  # both questions cancelled
    for key, button in ((Qt.Key.Key_E, window.done_button),
                        (Qt.Key.Key_Udiaeresis, window.skip_button)):  # Überspringen
        with qtbot.waitSignal(button.clicked, timeout=2000):
            qtbot.keyClick(window, key)


def test_the_stuck_wizard_speaks_german(qtbot, language):
    language("de")
    shown = wizard(qtbot)
    with qtbot.waitExposed(shown):
        shown.show()
    page = shown.reason_page
    assert shown.windowTitle() == "Überspringen: Was hängt?"
    assert page.title() == "Was hängt?"
    assert page.subTitle() == f"Du hast „{TITLE}“ übersprungen. Finde heraus, wo genau es hängt."
    assert page.buttons[StuckReason.TOO_BIG].text() == "Es ist zu &groß"
    assert page.suggestion_label.text().startswith("Wähl aus, was am besten passt")
    page.buttons[StuckReason.TOO_BIG].setChecked(True)
    assert page.suggestion_label.text() == "→ So geht’s weiter: in kleinere Schritte aufteilen."
    assert shown.button(Button.NextButton).text() == "&Weiter >"
    assert shown.button(Button.CancelButton).text() == "Abbrechen"


def test_every_wizard_page_has_unique_german_mnemonics(qtbot, language):
    language("de")
    shown = wizard(qtbot)
    with qtbot.waitExposed(shown):
        shown.show()
    shown.reason_page.note_edit.setPlainText("kein Foto")
    seen = [page_mnemonics(shown)]
    shown.next()
    assert shown.split_page.subTitle().startswith("Was könntest du in 5 Minuten schaffen?")
    seen.append(page_mnemonics(shown))
    shown.next()
    shown.decision_page.buttons[Decision.OUTSOURCE].setChecked(True)
    assert shown.decision_page.title() == "Selbst machen oder abgeben?"
    seen.append(page_mnemonics(shown))
    for keys in seen:
        assert keys and len(keys) == len(set(keys)), keys


def test_the_times_up_prompt_speaks_german(qtbot, language):
    language("de")
    prompt = TimesUpPrompt(TITLE, can_extend=True)
    qtbot.addWidget(prompt)
    assert prompt.windowTitle() == "Die Zeit ist um"
    assert prompt.text() == f"Fünf Minuten sind um: {TITLE}"
    texts = [b.text() for b in prompt.buttons()]
    assert {"&Erledigt", "Es &hängt…", "&Noch 5 Minuten"} <= set(texts)
    keys = [re.search(r"&(.)", t).group(1).lower() for t in texts if "&" in t]
    assert len(keys) == len(set(keys)), texts


def test_the_actions_speak_german_and_keep_their_shortcuts(qapp, language, services):
    language("de")
    actions = AppActions()
    assert [a.text() for a in actions.all()] == [
        "Kein aktueller Schritt", "Starten", "Erledigt", "Überspringen – was hängt?",
        "Fenster zeigen", "Übersicht öffnen", "Bericht…", "Einstellungen…", "Beenden"]
    assert actions.done.shortcut().toString() == "Ctrl+D"
    assert actions.start_pause.toolTip() == "Zeitfenster starten"
    services.steps.start(None)
    actions.update_for(services.queries.current())
    assert actions.start_pause.text() == "Pausieren"
    assert actions.step_title.text() == TITLE


# --- switching back and forth ---------------------------------------------------------

def test_switching_languages_back_and_forth(qtbot, language, services):
    for choice, expected_buttons, expected_title in [
            ("de", GERMAN_BUTTONS, "Was hängt?"), ("en", ENGLISH_BUTTONS, "What's stuck?"),
            ("de", GERMAN_BUTTONS, "Was hängt?"), ("en", ENGLISH_BUTTONS, "What's stuck?")]:
        language(choice)
        # Texts are set when a widget is built: the app rebuilds its windows on a switch.
        assert button_texts(focus_window(qtbot, services)) == expected_buttons
        assert wizard(qtbot).reason_page.title() == expected_title
        assert AppActions().start_pause.text() == expected_buttons[0]


def test_removing_a_second_translator_keeps_the_first(qtbot, language, qapp, services):
    first = language("de")
    second = install_translator(qapp, "de")  # e.g. a second window built its own
    try:
        assert button_texts(focus_window(qtbot, services)) == GERMAN_BUTTONS
    finally:
        remove_translators(qapp, [second, None])
    assert first is not None
    assert button_texts(focus_window(qtbot, services)) == GERMAN_BUTTONS  # first still there


def test_the_report_window_speaks_german(qtbot, language, app, clock, artifacts_dir) -> None:
    from datetime import timezone

    from smallsteps_desktop.core.report_views import ReportQueries
    from smallsteps_desktop.ui.report_window import ReportWindow

    from support.report_data import record_known_week

    language("de")
    record_known_week(app, clock)
    window = ReportWindow(ReportQueries(app.store, clock, timezone.utc), lambda: 1, "de")
    qtbot.addWidget(window)
    window.resize(820, 900)
    window.show()
    assert window.windowTitle() == "Fortschrittsbericht – Small Steps"
    assert window.preset.currentText() == "Diese Woche"
    assert window.start_edit.text() == "02.03.2026"
    assert "Fokussierte Minuten" in window.preview.toPlainText()
    assert window.default_path("pdf").name == "fortschrittsbericht-2026-03-02-2026-03-08.pdf"
    window.grab().save(str(artifacts_dir / "report-window-de.png"))
