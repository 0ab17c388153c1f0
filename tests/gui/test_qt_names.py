"""Qt settings made by property name (the first paint does without PySide's `Qt` namespace)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from smallsteps_desktop.ui.qt_names import precise, set_property, set_shortcut


def test_values_by_name_are_the_enum_values(qapp) -> None:
    timer, label, action = QTimer(), QLabel(), QAction("Done")
    precise(timer)
    set_property(label, "textFormat", "PlainText")
    set_property(label, "alignment", "AlignCenter")
    set_shortcut(action, "Ctrl+D")
    assert timer.timerType() == Qt.TimerType.PreciseTimer
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert action.shortcut().toString() == "Ctrl+D"


def test_a_misspelt_name_fails_loudly(qapp) -> None:
    with pytest.raises(ValueError, match="timerType"):
        set_property(QTimer(), "timerType", "PreciseTimr")
    with pytest.raises(ValueError, match="no colour property"):
        set_property(QLabel(), "colour", "red")
