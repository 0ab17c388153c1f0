"""E2E fixtures: one Xvfb per session and a fresh trayer tray host per test."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from e2e.xserver import screenshot, start_trayer, start_xvfb

__all__ = ["screenshot"]  # tests import it from e2e.xserver; re-exported for convenience


@pytest.fixture(scope="session")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """DISPLAY string (":N") of a private Xvfb, 1280x800x24, no TCP."""
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    with start_xvfb(log) as display:
        yield display


@pytest.fixture
def tray_host(x_display: str, tmp_path: Path) -> Iterator[subprocess.Popen]:
    """A running trayer that owns the system tray on x_display."""
    with start_trayer(x_display, tmp_path / "trayer.log") as proc:
        yield proc
