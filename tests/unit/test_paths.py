"""The app's folders: platformdirs' defaults, and one instance name per data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


HOMES = st.sampled_from(["/home/ada", "/home/ada/", "/", "/srv/home with space"])
XDG = st.one_of(st.none(), st.sampled_from(["", " ", "relative/dir", "~/tilde", "/abs/xdg",
                                            "/abs/trailing/", "//double"]))


@settings(max_examples=200, deadline=None)
@given(home=HOMES, data=XDG, config=XDG, state=XDG)
def test_default_folders_are_platformdirs_folders(home, data, config, state) -> None:
    """The default folders are computed without platformdirs, but must be exactly its own:
    a different answer would open an empty data file instead of the user's."""
    environment = {"HOME": home, "XDG_DATA_HOME": data, "XDG_CONFIG_HOME": config,
                   "XDG_STATE_HOME": state}
    with _environment(environment):
        ours = resolve_paths(None)
        assert (ours.data_dir, ours.config_dir, ours.log_dir) == (
            platformdirs.user_data_path("smallsteps"), platformdirs.user_config_path("smallsteps"),
            platformdirs.user_log_path("smallsteps"))
        assert not ours.chosen


def test_the_default_folders_do_not_load_platformdirs(tmp_path: Path) -> None:
    code = ("import sys; from smallsteps_desktop.paths import resolve_paths; "
            "print(resolve_paths(None).data_dir); print('platformdirs' in sys.modules)")
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("SMALLSTEPS_HOME", "XDG_DATA_HOME")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**environment, "HOME": str(tmp_path)})
    assert result.stdout.split("\n")[:2] == [f"{tmp_path}/.local/share/smallsteps", "False"]


@contextmanager
def _environment(values: dict[str, str | None]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in [*values, "SMALLSTEPS_HOME"]}
    try:
        os.environ.pop("SMALLSTEPS_HOME", None)
        for key, value in values.items():
            _set(key, value)
        yield
    finally:
        for key, value in saved.items():
            _set(key, value)


def _set(key: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(key, None)
    else:
        os.environ[key] = value
