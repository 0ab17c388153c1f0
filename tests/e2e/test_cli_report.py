"""``smallsteps report`` and ``smallsteps brief`` as a user runs them: files, errors, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from pathlib import Path

import pytest

from e2e.cli_runner import EXIT_REFUSED, add, assert_refused, ok, run

FORMATS = ("html", "pdf", "md", "csv", "json")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A data dir with two steps done (one with a learning) and one handed off."""
    home = tmp_path / "data"
    add("Post a photo", "--area", "Social media", home=home)
    ok("start", home=home)
    ok("done", "--learning", "=SUM(A1) and <b>likes</b>", home=home)
    add("Choose a newsletter tool", home=home)
    ok("start", home=home)
    ok("skip", "--stuck", "Too technical", "--reason", "missing", "--decide", "outsource",
       "--to", "Anna", "--brief", "Set up the account", "--done-when", "A test mail arrives",
       "--due", "2026-03-31", "--why", "Regulars ask for news", home=home)
    return home


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_written(home: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    message = ok("report", "--format", fmt, "--out", str(out), "--lang", "en", home=home)
    assert str(out) in message and out.stat().st_size > 0
    if fmt == "pdf":
        assert out.read_bytes().startswith(b"%PDF-")
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Progress report" in text and "Anna" in text


def test_formats_agree(home: Path, tmp_path: Path) -> None:
    for fmt in ("json", "csv", "md"):
        ok("report", "--format", fmt, "--out", str(tmp_path / f"r.{fmt}"), "--lang", "en",
           home=home)
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8"))))
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert data["totals"]["sessions"] == len(rows) == 2
    assert data["totals"]["steps_done"] == 1 and data["totals"]["outsourced"] == 1
    assert [r["Outcome"] for r in rows] == ["done", "skipped"]
    assert data["learnings"][0]["text"] == "=SUM(A1) and <b>likes</b>"
    assert "=SUM\\(A1\\)" not in markdown and "&lt;b&gt;likes&lt;/b&gt;" in markdown
    assert "| Steps done | 1 |" in markdown and "| Steps handed off | 1 |" in markdown


def test_pdf_needs_no_display(home: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["SMALLSTEPS_HOME"] = str(home)
    out = tmp_path / "r.pdf"
    result = subprocess.run(["python", "-m", "smallsteps_desktop", "report", "--format", "pdf",
                             "--out", str(out)], env={**env, "PATH": _venv_path()},
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def _venv_path() -> str:
    import sys

    return f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"


@pytest.mark.parametrize("args, message", [
    (("--from", "2026-02-30"), "not a date"),
    (("--to", "yesterday"), "not a date"),
    (("--from", "2026-03-05", "--to", "2026-03-01"), "before it starts"),
])
def test_a_bad_period_is_refused_and_writes_nothing(home, tmp_path, args, message) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = run("report", "--format", "json", "--out", str(out / "r.json"), *args, home=home)
    assert_refused(result, EXIT_REFUSED, message)
    assert _files(out) == []


def test_an_unwritable_folder_is_refused(home: Path) -> None:
    # /proc refuses new files even to root, so this holds for every user running the tests.
    result = run("report", "--format", "html", "--out", "/proc/smallsteps-report.html",
                 home=home)
    assert_refused(result, EXIT_REFUSED, "cannot write", "/proc/smallsteps-report.html")


@pytest.mark.parametrize("target, message", [
    ("missing/r.pdf", "does not exist"),
    (".", "is a folder"),
])
def test_a_bad_target_is_refused(home, tmp_path, target, message) -> None:
    result = run("report", "--format", "pdf", "--out", str(tmp_path / target), home=home)
    assert_refused(result, EXIT_REFUSED, message)
    assert not (tmp_path / "missing").exists()


def test_brief_of_a_handed_off_step(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    ok("brief", "2", "--out", str(out), "--lang", "de", home=home)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Briefing: Choose a newsletter tool")
    assert "- **An:** Anna" in text and "- **Fällig:** 31.3.2026" in text
    assert "- **Warum:** Regulars ask for news" in text
    refused = run("brief", "1", "--out", str(tmp_path / "none.md"), home=home)
    assert_refused(refused, EXIT_REFUSED, "no brief")
    assert not (tmp_path / "none.md").exists()

