"""The crash harness (bench/crash_harness.py) in a CI-sized run: 25 kills instead of 200."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_sigkill_at_random_moments_loses_nothing() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "crash_harness.py"),
                             "--kills", "25"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK (seed ")
    counts = dict(part.rsplit(": ", 1) for part in result.stdout.split("): ", 1)[1].split(", "))
    assert int(counts["command kills"]) + int(counts["app kills"]) >= 25
    assert int(counts["checks"]) >= 25
