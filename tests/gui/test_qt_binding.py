"""Guards against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calls_returning_nothing_keep_none_alive() -> None:
    """Each call of a void method must not take a reference from None.

    PySide6 6.12.0 on Python 3.11 did: after a few thousand calls (an hour of
    1 Hz redraws) None was deallocated and the interpreter aborted.
    """
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        probe.setObjectName("probe")
        probe.blockSignals(False)
    assert sys.getrefcount(None) >= before - 50
