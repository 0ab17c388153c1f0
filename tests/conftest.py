"""Fixtures for every tier: keep tests away from the real home and config."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

_XDG_DIRS = {
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_STATE_HOME": "state",
    "XDG_CACHE_HOME": "cache",
}


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME, SMALLSTEPS_HOME and every XDG dir at fresh temporary folders."""
    # SMALLSTEPS_HOME is not created: the app must create its own data dir.
    monkeypatch.setenv("SMALLSTEPS_HOME", str(tmp_path / "home"))
    user_home = tmp_path / "user-home"
    user_home.mkdir()
    monkeypatch.setenv("HOME", str(user_home))
    for var, name in _XDG_DIRS.items():
        path = tmp_path / "xdg" / name
        path.mkdir(parents=True)
        monkeypatch.setenv(var, str(path))
    runtime = tmp_path / "xdg" / "runtime"
    runtime.mkdir()
    runtime.chmod(0o700)  # Qt warns about (and tests fail on) a looser runtime dir
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))


@pytest.fixture
def smallsteps_home(_isolated_dirs: None) -> Path:
    """The data dir the app uses in this test (SMALLSTEPS_HOME)."""
    return Path(os.environ["SMALLSTEPS_HOME"])


@pytest.fixture
def artifacts_dir(tmp_path: Path) -> Path:
    """Where to save screenshots for review: $SMALLSTEPS_ARTIFACTS or a temp dir."""
    path = Path(os.environ.get("SMALLSTEPS_ARTIFACTS") or tmp_path / "artifacts").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def clock():
    """A fake clock, shared by the services and the test."""
    from support.clock import FakeClock

    return FakeClock()


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def app(data_folder: Path, clock):
    """Real services on a real SQLite file, driven by the fake clock."""
    from support.services import make_services

    services = make_services(data_folder, clock)
    yield services
    services.close()
