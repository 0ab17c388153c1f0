"""Qt settings made by property name, so the first paint never loads PySide's `Qt` namespace.

PySide creates all ~90 enums of the `Qt` namespace (about 20 ms, a sixth of a bare tray
app's start) the first time any of them is needed. That includes every call with an
overload that takes one, directly or through an implicit conversion: setShortcut()
(QKeySequence from Qt.Key), setTimerType(), setPen(), setBrush(), QImage.fill(). Qt's
property system takes the same values by their names instead. Windows opened later use
`Qt` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_property(target: QObject, name: str, value: object) -> None:
    """Set a Qt property; an enum or flag value may be given by its key ("PreciseTimer")."""
    if not target.setProperty(name, value):  # e.g. a misspelt key: fail loudly, not silently
        raise ValueError(f"{type(target).__name__} has no {name} property taking {value!r}")


def set_shortcut(target: QObject, keys: str) -> None:
    """target.setShortcut(QKeySequence(keys)) for a QAction or a button; Qt converts the
    text itself, so PySide need not build its QKeySequence type (about 1 ms)."""
    set_property(target, "shortcut", keys)


def precise(timer: QObject) -> None:
    """timer.setTimerType(Qt.TimerType.PreciseTimer): never early, so it wakes up once."""
    set_property(timer, "timerType", "PreciseTimer")
