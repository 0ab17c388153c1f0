"""Desktop files, icons and the wheel: what a new user's machine gets when installing."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from e2e.app_runner import stop, wait_ready
from smallsteps_desktop import __version__
from smallsteps_desktop.paths import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_MASTER = ROOT / "resources" / "icons" / f"{APP_ID}.svg"


def _run(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, **kwargs)


def test_desktop_file_is_valid() -> None:
    result = _run("desktop-file-validate", str(DESKTOP_FILE))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entries = dict(line.split("=", 1) for line in DESKTOP_FILE.read_text().splitlines()
                   if "=" in line)
    assert (entries["Exec"], entries["Icon"]) == ("smallsteps", APP_ID)


def test_metainfo_is_valid_and_matches_the_app() -> None:
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.find("releases/release").get("version") == __version__
    assert root.findtext("provides/binary") == "smallsteps"


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_icons_in_every_hicolor_size() -> None:
    pngs = sorted((LINUX / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png"))
    assert len(pngs) >= 6
    for png in pngs:
        size = int(png.parts[-3].split("x")[0])
        assert _png_size(png) == (size, size)
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == ICON_MASTER.read_bytes()
    window_icons = sorted((ROOT / "smallsteps_desktop" / "icons").glob("smallsteps-*.png"))
    assert len(window_icons) >= 4
    for png in window_icons:
        size = int(png.stem.split("-")[1])
        assert png.read_bytes() == (LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                                    / f"{APP_ID}.png").read_bytes()


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The wheel installed into a fresh venv; its dependencies from the test venv."""
    folder = tmp_path_factory.mktemp("wheel")
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps",
                 "-w", str(folder / "dist"), str(ROOT))
    assert built.returncode == 0, built.stderr
    [wheel] = (folder / "dist").glob("smallsteps-*.whl")
    venv = folder / "venv"
    assert _run(sys.executable, "-m", "venv", "--without-pip", str(venv)).returncode == 0
    site = Path(_run(str(venv / "bin" / "python"), "-c",
                     "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    installed = _run(sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"),
                     "install", "--no-deps", "--no-index", str(wheel))
    assert installed.returncode == 0, installed.stderr
    # A .pth line adds a folder without running the .pth files in it, so the test
    # venv's editable install of this checkout does not shadow the wheel.
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return {**env, "SMALLSTEPS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.slow
def test_the_wheel_brings_every_resource(installed: Path, tmp_path: Path) -> None:
    code = """if True:
        import smallsteps_desktop, pathlib
        from smallsteps_desktop.starter import load_library
        from smallsteps_desktop.ui.i18n import app_translation
        from smallsteps_desktop.ui.main import WINDOW_ICON_SIZES, window_icon
        from PySide6.QtGui import QGuiApplication
        app = QGuiApplication([])
        sizes = sorted(size.width() for size in window_icon().availableSizes())
        assert sizes == sorted(WINDOW_ICON_SIZES), sizes
        print(pathlib.Path(smallsteps_desktop.__file__).parent)
        print(len(load_library("de").chores), len(load_library("en").chores))
        assert app_translation("de").is_file()
        from smallsteps_desktop.ui.chime import CHIME_FILE
        assert CHIME_FILE.is_file(), CHIME_FILE
        from smallsteps_desktop.export.report_html import render_html
    """
    # From another folder: `python -c` would import this checkout from the current one.
    result = _run(str(installed / "bin" / "python"), "-c", code, env=_env(tmp_path),
                  cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    where, counts = result.stdout.splitlines()
    assert Path(where).is_relative_to(installed)  # the wheel's copy, not this checkout
    assert counts == "11 11"


@pytest.mark.slow
def test_the_installed_command_works(installed: Path, tmp_path: Path) -> None:
    command = str(installed / "bin" / "smallsteps")
    env = _env(tmp_path / "home")
    assert _run(command, "--version", env=env).stdout.strip() == f"smallsteps {__version__}"
    assert _run(command, "add", "Post one photo", env=env).stdout.strip() == "1"
    report = _run(command, "report", "--format", "pdf", "--out", str(tmp_path / "r.pdf"),
                  env=env)
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    html = _run(command, "report", "--format", "html", "--out", str(tmp_path / "r.html"), env=env)
    assert html.returncode == 0, html.stderr


@pytest.mark.slow
def test_the_installed_app_starts(installed: Path, tmp_path: Path) -> None:
    app = subprocess.Popen([str(installed / "bin" / "smallsteps")], env=_env(tmp_path / "home"),
                           stderr=subprocess.PIPE, text=True)
    try:
        wait_ready(app)
    finally:
        stop(app)


def test_the_menu_entry_installs_for_the_user(tmp_path: Path) -> None:
    data = tmp_path / "data home"
    command = tmp_path / "my venv" / "bin" / "smallsteps"
    command.parent.mkdir(parents=True)
    command.write_text("#!/bin/sh\n")
    result = _run("bash", str(ROOT / "scripts" / "install-desktop-entry"), str(command),
                  env={**os.environ, "XDG_DATA_HOME": str(data)})
    assert result.returncode == 0, result.stderr
    entry = data / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{command}"' in entry.read_text()
    assert _run("desktop-file-validate", str(entry)).returncode == 0
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
