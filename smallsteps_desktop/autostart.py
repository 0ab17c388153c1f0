"""Starting Small Steps at login: an XDG autostart entry on Linux desktops."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from smallsteps_desktop.files import write_atomically
from smallsteps_desktop.paths import APP_ID

SUPPORTED = sys.platform.startswith("linux") or "bsd" in sys.platform


def autostart_file(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_CONFIG_HOME/autostart/<app id>.desktop (XDG Autostart specification)."""
    config = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME", "~")) / ".config")
    return Path(config).expanduser() / "autostart" / f"{APP_ID}.desktop"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How this installation starts: a bundled binary, the ``smallsteps`` script or Python."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        command = [sys.executable]
    elif (script := shutil.which("smallsteps")) is not None:
        command = [str(Path(script).resolve())]
    else:
        command = [sys.executable, "-m", "smallsteps_desktop"]
    return [*command, "--data-dir", str(data_dir)] if data_dir else command


def _quoted(argument: str) -> str:
    """One Exec argument, quoted as the Desktop Entry specification asks."""
    if argument and not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`='):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def autostart_entry(command: Sequence[str]) -> str:
    exec_line = " ".join(_quoted(part) for part in command).replace("%", "%%")
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Small Steps",
        "Comment=One small marketing step at a time",
        f"Exec={exec_line}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def set_autostart(enabled: bool, command: Sequence[str],
                  environ: Mapping[str, str] = os.environ) -> Path:
    """Write or remove the entry; raises OSError if the folder cannot be written."""
    path = autostart_file(environ)
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, autostart_entry(command).encode("utf-8"))
    else:
        path.unlink(missing_ok=True)
    return path


def is_enabled(environ: Mapping[str, str] = os.environ) -> bool:
    return autostart_file(environ).is_file()
