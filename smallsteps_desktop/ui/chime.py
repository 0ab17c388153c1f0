"""The short time's-up chime; QtMultimedia is loaded only when it first rings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

CHIME_FILE = Path(__file__).resolve().parent.parent / "sounds" / "chime.wav"


class Chime(QObject):
    """Rings when time is up, unless the owner turned it off in the settings."""

    def __init__(self, enabled: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._effect = None

    def ring(self) -> bool:
        """Play the chime; returns whether a sound was asked for."""
        if not self._enabled():
            return False
        effect = self._effect or self._load()
        if effect is None:
            QApplication.beep()  # no QtMultimedia: the system bell still says "time is up"
        else:
            effect.play()
        return True

    def _load(self):
        try:
            from PySide6.QtMultimedia import QSoundEffect  # about 40 ms: not at start-up
        except ImportError:
            return None
        from PySide6.QtCore import QUrl

        self._effect = QSoundEffect(self)
        self._effect.setSource(QUrl.fromLocalFile(str(CHIME_FILE)))
        self._effect.setVolume(0.6)
        return self._effect
