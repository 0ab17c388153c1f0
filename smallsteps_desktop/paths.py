"""Where Small Steps keeps its files: platformdirs defaults or one chosen folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "smallsteps"
APP_ID = "app.smallsteps.SmallSteps"  # the .desktop file, the AppStream id and the icon name
HOME_ENV = "SMALLSTEPS_HOME"


class AppPaths:
    """Every location the app reads or writes; nothing is created until used.

    A plain class: importing dataclasses would cost every command a few milliseconds.
    """

    __slots__ = ("data_dir", "config_dir", "log_dir", "chosen")

    def __init__(self, data_dir: Path, config_dir: Path, log_dir: Path,
                 chosen: bool = False) -> None:
        self.data_dir = data_dir
        self.config_dir = config_dir
        self.log_dir = log_dir
        self.chosen = chosen  # one folder chosen with --data-dir or SMALLSTEPS_HOME

    def __repr__(self) -> str:
        return (f"AppPaths(data_dir={self.data_dir!r}, config_dir={self.config_dir!r}, "
                f"log_dir={self.log_dir!r}, chosen={self.chosen!r})")

    @property
    def database(self) -> Path:
        return self.data_dir / "smallsteps.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def instance_name(self) -> str:
        """One name per data folder, so two data folders never share one instance.

        The folder's device and inode number identify it however the path is spelled
        (relative, through a symlink), without hashing the path: loading hashlib (OpenSSL)
        would cost the tray app's start about 3 ms. The folder must exist.
        """
        info = os.stat(self.data_dir)
        return f"{APP_NAME}-{info.st_dev:x}-{info.st_ino:x}"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """``--data-dir`` wins over ``SMALLSTEPS_HOME``, which wins over platform defaults.

    A chosen folder holds everything (data, settings, logs), like a portable install.
    """
    chosen = data_dir or os.environ.get(HOME_ENV)
    if chosen:
        base = Path(chosen).expanduser()
        return AppPaths(data_dir=base, config_dir=base, log_dir=base / "logs", chosen=True)
    if sys.platform.startswith("linux") and os.path.isabs(os.environ.get("HOME", "")):
        return _xdg_paths()
    import platformdirs  # deferred: only other systems and odd homes need it

    return AppPaths(
        data_dir=platformdirs.user_data_path(APP_NAME),
        config_dir=platformdirs.user_config_path(APP_NAME),
        log_dir=platformdirs.user_log_path(APP_NAME),
    )


def _xdg_paths() -> AppPaths:
    """platformdirs' folders on Linux, by the XDG rules, without loading it (5 ms a start).

    An absolute $XDG_..._HOME, else the default under the (absolute) home; the log folder
    is "log" in the state folder. tests/unit/test_paths.py holds it to platformdirs.
    """
    def base(variable: str, default: str) -> str:
        value = os.environ.get(variable, "")
        return value if os.path.isabs(value) else os.path.expanduser(default)

    return AppPaths(
        data_dir=Path(os.path.join(base("XDG_DATA_HOME", "~/.local/share"), APP_NAME)),
        config_dir=Path(os.path.join(base("XDG_CONFIG_HOME", "~/.config"), APP_NAME)),
        log_dir=Path(os.path.join(base("XDG_STATE_HOME", "~/.local/state"), APP_NAME, "log")),
    )
