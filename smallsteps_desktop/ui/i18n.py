"""The user's language: load the app's German translation and Qt's own, or stay English."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smallsteps_desktop.settings import LANGUAGES

log = logging.getLogger("smallsteps")

#: Built .qm files, shipped inside the package (scripts/build_translations.py makes them).
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
TRANSLATED = ("de",)  # languages with a .qm file; English is the source language


def resolve_language(language: str, system: QLocale | None = None) -> str:
    """The language to show ("de" or "en") for a settings value; "system" asks the desktop."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
    if language != "system":
        return language
    locale = system if system is not None else QLocale.system()
    return "de" if locale.language() == QLocale.Language.German else "en"


def app_translation(language: str) -> Path:
    return TRANSLATIONS_DIR / f"smallsteps_{language}.qm"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translation for a settings value ("system", "de" or "en") on app.

    Returns the installed translator, which the caller must keep (Qt does not own
    it), or None for English. Qt's own translation for standard buttons such as
    Cancel (qtbase), when Qt ships it, is a child of the returned translator and
    is installed and removed with it. Widgets built before the call keep their
    texts: the running app names them again (Translation, ui/language_flow.py).
    """
    shown = resolve_language(language)
    if shown not in TRANSLATED:
        return None
    path = app_translation(shown)
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("Cannot load the translation %s; the app stays in English.", path)
        return None
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator()
    if qt_translator.load(f"qtbase_{shown}", qt_dir):
        qt_translator.setParent(translator)  # lives and goes with the app's own
        app.installTranslator(qt_translator)
    app.installTranslator(translator)
    return translator


def remove_translators(app: QCoreApplication,
                       translators: Iterable[QTranslator | None]) -> None:
    """Undo install_translator (None entries are skipped), e.g. before switching language."""
    for translator in translators:
        if translator is None:
            continue
        for child in translator.findChildren(QTranslator):
            app.removeTranslator(child)
        app.removeTranslator(translator)


class Translation:
    """The translation installed on the app now; switch() changes it while the app runs."""

    def __init__(self, app: QCoreApplication, language: str | None = None) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = language  # the settings value shown now; None: nothing chosen yet

    def switch(self, language: str) -> None:
        """Show a settings value's language ("system", "de", "en") from now on."""
        remove_translators(self._app, [self._translator])
        self._translator = install_translator(self._app, language)
        if language != "system" or self.language is not None:  # dates in that language too
            QLocale.setDefault(QLocale.system() if language == "system" else QLocale(language))
        self.language = language

    def remove(self) -> None:
        """Back to English and the system's dates, e.g. when the app ends."""
        remove_translators(self._app, [self._translator])
        self._translator = None
        QLocale.setDefault(QLocale.system())
        self.language = None
