"""Saving a report: the whole file or none, and the old one kept when writing fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.export.writer import save


def test_save_replaces_the_file(tmp_path: Path) -> None:
    tmp_path = tmp_path / "reports"
    tmp_path.mkdir()
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    save(target, b"new")
    assert target.read_bytes() == b"new" and os.listdir(tmp_path) == ["report.html"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path,
                                                                   monkeypatch) -> None:
    tmp_path = tmp_path / "reports"
    tmp_path.mkdir()
    target = tmp_path / "report.html"
    target.write_text("last week's report", encoding="utf-8")

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(Refused, match="No space left on device"):
        save(target, b"x" * 1000)
    assert target.read_text(encoding="utf-8") == "last week's report"
    assert os.listdir(tmp_path) == ["report.html"]


@pytest.mark.parametrize("name, message", [("missing/r.md", "does not exist"), (".", "folder")])
def test_bad_targets(tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(Refused, match=message):
        save(tmp_path / name, b"x")


def test_a_saved_report_gets_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        save(tmp_path / "report.pdf", b"%PDF-")
    finally:
        os.umask(old)
    assert (tmp_path / "report.pdf").stat().st_mode & 0o777 == 0o640
