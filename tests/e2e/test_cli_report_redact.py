"""``smallsteps report --redact`` as a user runs it: a report for a coach, without the texts."""

from __future__ import annotations

import json
import subprocess
import unicodedata
from pathlib import Path

import pytest

from e2e.cli_runner import add, ok

FORMATS = ("html", "pdf", "md", "csv", "json")
SECRETS = ("Post a photo", "Choose a newsletter tool", "Ask Mrs Jablonski", "Too technical",
           "Agentur Nordlicht", "Set up the account", "A test mail arrives")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One step done with a learning, one handed off; both this week."""
    home = tmp_path_factory.mktemp("redact") / "data"
    add("Post a photo", "--area", "Social media", home=home)
    ok("start", home=home)
    ok("done", "--learning", "Ask Mrs Jablonski <b>first</b>", home=home)
    add("Choose a newsletter tool", home=home)
    ok("start", home=home)
    ok("skip", "--stuck", "Too technical", "--reason", "missing", "--decide", "outsource",
       "--to", "Agentur Nordlicht", "--brief", "Set up the account", "--done-when",
       "A test mail arrives", "--due", "2026-03-31", home=home)
    return home


def _written(home: Path, out: Path, fmt: str, *options: str) -> str:
    message = ok("report", "--format", fmt, "--out", str(out), *options, home=home)
    assert str(out) in message
    if fmt == "pdf":  # ligatures as letters, wrapped cells as one line
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        return " ".join(unicodedata.normalize("NFKC", text).split())
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_title_or_note_in_any_format(home: Path, tmp_path: Path, fmt: str) -> None:
    plain = _written(home, tmp_path / f"plain.{fmt}", fmt, "--lang", "en")
    assert "Post a photo" in plain  # the same report, not redacted, does show it
    text = _written(home, tmp_path / f"coach.{fmt}", fmt, "--lang", "en", "--redact")
    squeezed = "".join(text.split())
    for secret in SECRETS:
        assert secret not in text and "".join(secret.split()) not in squeezed
    assert "Jablonski" not in text and "Nordlicht" not in text
    assert "Social media · 12 characters" in text
    if fmt in ("html", "pdf", "md"):  # the CSV is one table; the JSON says "redacted": true
        assert "Titles and notes hidden for sharing" in " ".join(text.split())


def test_the_json_says_what_was_hidden(home: Path, tmp_path: Path) -> None:
    data = json.loads(_written(home, tmp_path / "r.json", "json", "--redact", "--lang", "en"))
    assert data["redacted"] is True and data["schema_version"] == 1
    assert data["steps_done"][0]["title"] == "Social media · 12 characters"
    assert data["steps_done"][0]["area"] == "Social media"
    assert data["briefs"][0]["title"] == "(no area) · 24 characters"
    assert data["briefs"][0]["to"] == "hidden · 17 characters"
    assert data["briefs"][0]["due"] == "2026-03-31"
    assert data["learnings"][0]["text"] == "hidden · 30 characters"
    assert data["totals"]["steps_done"] == 1 and data["totals"]["outsourced"] == 1
    plain = json.loads(_written(home, tmp_path / "p.json", "json", "--lang", "en"))
    assert plain["redacted"] is False and plain["totals"] == data["totals"]


def test_german(home: Path, tmp_path: Path) -> None:
    text = _written(home, tmp_path / "r.md", "md", "--redact", "--lang", "de")
    assert "Titel und Notizen für die Weitergabe verborgen" in text
    assert "verborgen · 17 Zeichen" in text and "Social media · 12 Zeichen" in text


def test_the_option_is_explained(home: Path) -> None:
    help_text = " ".join(ok("report", "--help", home=home).split())
    assert "--redact replace titles and notes by area and length, for sharing with a coach" \
        in help_text
