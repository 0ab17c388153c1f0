"""The app's locations: one instance name per data folder, however its path is spelled."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smallsteps_desktop.paths import resolve_paths


def test_one_folder_has_one_instance_name_however_it_is_spelled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (tmp_path / "link").symlink_to(folder)
    monkeypatch.chdir(tmp_path)
    spellings = [folder, tmp_path / "link", Path("data"), Path("link/../data"), f"{folder}/"]
    names = {resolve_paths(spelling).instance_name for spelling in spellings}
    assert len(names) == 1
    name = names.pop()
    assert name.startswith("smallsteps-") and len(name) < 60  # fits a socket's 108 bytes
    assert os.sep not in name


def test_two_folders_never_share_an_instance_name(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    assert resolve_paths(first).instance_name != resolve_paths(second).instance_name


def test_a_folder_that_does_not_exist_has_no_instance_name(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        resolve_paths(tmp_path / "missing").instance_name
