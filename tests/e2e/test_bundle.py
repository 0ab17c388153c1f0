"""The PyInstaller bundle: built by scripts/build-bundle, it runs without Python installed."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from e2e.app_runner import stop, wait_ready
from smallsteps_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / "build" / "bundle" / "dist" / "smallsteps" / "smallsteps"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    built = subprocess.run(["bash", str(ROOT / "scripts" / "build-bundle")], capture_output=True,
                           text=True, timeout=900)
    assert built.returncode == 0, built.stdout + built.stderr
    assert BINARY.is_file() and os.access(BINARY, os.X_OK)
    return BINARY


def _env(home: Path) -> dict[str, str]:
    # No PYTHONPATH or virtualenv: the bundle must carry everything itself.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return {**env, "SMALLSTEPS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin"}


def _run(bundle: Path, home: Path, *args: str) -> str:
    result = subprocess.run([str(bundle), *args], env=_env(home), capture_output=True,
                            text=True, timeout=120, cwd=home.parent)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_bundled_command_line(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert _run(bundle, home, "--version").strip() == f"smallsteps {__version__}"
    step = _run(bundle, home, "add", "Post one photo").strip()
    _run(bundle, home, "start", step)
    _run(bundle, home, "done", "--learning", "Customers liked it")
    _run(bundle, home, "react", step, "--note", "Two enquiries", "--enquiries", "2")
    for fmt in ("pdf", "html", "md", "csv", "json"):
        _run(bundle, home, "report", "--format", fmt, "--out", str(tmp_path / f"r.{fmt}"))
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Customers liked it" in text and "Two enquiries" in text
    _run(bundle, home, "report", "--format", "md", "--redact", "--out", str(tmp_path / "c.md"))
    assert "Customers liked it" not in (tmp_path / "c.md").read_text(encoding="utf-8")
    _run(bundle, home, "calendar", "--out", str(tmp_path / "quota.ics"))  # icalendar bundled
    assert b"RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR" in (tmp_path / "quota.ics").read_bytes()


def test_the_bundled_app_reaches_ready(bundle: Path, tmp_path: Path) -> None:
    app = subprocess.Popen([str(bundle)], env=_env(tmp_path / "home"), stderr=subprocess.PIPE,
                           text=True, cwd=tmp_path)
    try:
        wait_ready(app)
    finally:
        stop(app)
