"""Start at login: the XDG autostart entry is valid, exact and removable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from smallsteps_desktop.autostart import (
    autostart_entry,
    autostart_file,
    is_enabled,
    launch_command,
    set_autostart,
)


def test_entry_goes_to_the_xdg_config_home(tmp_path: Path) -> None:
    environ = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    path = set_autostart(True, ["/opt/small steps/smallsteps"], environ)
    assert path == tmp_path / "config" / "autostart" / "app.smallsteps.SmallSteps.desktop"
    assert is_enabled(environ)
    assert 'Exec="/opt/small steps/smallsteps"' in path.read_text(encoding="utf-8")
    set_autostart(False, [], environ)
    assert not path.exists() and not is_enabled(environ)
    set_autostart(False, [], environ)  # removing twice is fine


def test_without_xdg_config_home_it_is_under_home(tmp_path: Path) -> None:
    assert autostart_file({"HOME": str(tmp_path)}) == (
        tmp_path / ".config" / "autostart" / "app.smallsteps.SmallSteps.desktop")


def test_the_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    path = tmp_path / "app.smallsteps.SmallSteps.desktop"
    path.write_text(autostart_entry([sys.executable, "-m", "smallsteps_desktop", "--data-dir",
                                     "/home/anna/Mein Laden $100 \"neu\""]), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    exec_line = next(line for line in path.read_text(encoding="utf-8").splitlines()
                     if line.startswith("Exec="))
    assert exec_line.endswith('--data-dir "/home/anna/Mein Laden \\$100 \\"neu\\""')


def test_the_command_keeps_a_chosen_data_folder(tmp_path: Path) -> None:
    command = launch_command(tmp_path / "data")
    assert command[-2:] == ["--data-dir", str(tmp_path / "data")]
    assert Path(command[0]).is_absolute()
    assert "--data-dir" not in launch_command(None)
