"""Settings: defaults, strict values, atomic save, broken files kept aside, no pydantic."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from smallsteps_desktop.settings import Settings, SettingsError, load_settings, save_settings


class Warnings(list):
    """Collects warnings passed to ``warn``."""

    def __call__(self, message: str) -> None:
        self.append(message)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


@pytest.fixture
def warnings() -> Warnings:
    return Warnings()


def broken_copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob("settings.json.broken-*"))


def test_defaults_when_the_file_is_missing(path: Path, warnings: Warnings) -> None:
    loaded = load_settings(path, warnings)
    assert loaded == Settings()
    assert loaded.timebox_minutes == 5
    assert loaded.schema_version == 1
    assert loaded.language == "system"
    assert warnings == []
    assert not path.exists()  # loading never creates the file


def test_round_trip_through_save(path: Path, warnings: Warnings) -> None:
    chosen = Settings(timebox_minutes=25, chime=False, always_on_top=True, language="de",
                      daily_quota_steps=3, weekly_quota_minutes=120, autostart=True)
    save_settings(path, chosen)
    assert load_settings(path, warnings) == chosen
    assert warnings == []
    assert json.loads(path.read_text())["timebox_minutes"] == 25
    assert json.loads(path.read_text())["schema_version"] == 1


def test_save_replaces_atomically_and_leaves_no_temp_files(path: Path) -> None:
    save_settings(path, Settings(timebox_minutes=10))
    save_settings(path, Settings(timebox_minutes=12))
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]
    assert load_settings(path, Warnings()).timebox_minutes == 12


def test_a_failed_save_keeps_the_old_file_and_no_temp_file(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(path, Settings(timebox_minutes=10))
    before = path.read_bytes()

    def refuse(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("smallsteps_desktop.files.os.replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        save_settings(path, Settings(timebox_minutes=20))
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_unknown_keys_from_a_newer_version_are_ignored(path: Path, warnings: Warnings) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schema_version": 1, "timebox_minutes": 9, "future": True}))
    assert load_settings(path, warnings).timebox_minutes == 9
    assert warnings == []


BROKEN = {
    "garbage": b"\x00\xffnot json at all{{",
    "truncated": b'{"schema_version": 1, "timebox_minu',
    "not an object": b"[1, 2, 3]",
    "wrong type": json.dumps({"schema_version": 1, "chime": "maybe"}).encode(),
    "minutes as list": json.dumps({"schema_version": 1, "timebox_minutes": [5]}).encode(),
    "minutes zero": json.dumps({"schema_version": 1, "timebox_minutes": 0}).encode(),
    "minutes too many": json.dumps({"schema_version": 1, "timebox_minutes": 241}).encode(),
    "unknown language": json.dumps({"schema_version": 1, "language": "klingon"}).encode(),
    "unknown schema": json.dumps({"schema_version": 99, "timebox_minutes": 5}).encode(),
    "schema as text": json.dumps({"schema_version": "1"}).encode(),
    "minutes as float": json.dumps({"schema_version": 1, "timebox_minutes": 7.0}).encode(),
    "minutes as text": json.dumps({"schema_version": 1, "timebox_minutes": "12"}).encode(),
    "minutes as bool": json.dumps({"schema_version": 1, "timebox_minutes": True}).encode(),
    "chime as number": json.dumps({"schema_version": 1, "chime": 1}).encode(),
    "quota negative": json.dumps({"schema_version": 1, "daily_quota_steps": -1}).encode(),
    "weekly too many": json.dumps({"schema_version": 1, "weekly_quota_minutes": 10_081}).encode(),
    "language null": json.dumps({"schema_version": 1, "language": None}).encode(),
    "not utf-8": b'{"language": "\xff"}',
}


@pytest.mark.parametrize("content", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_file_gives_a_warning_defaults_and_is_kept_aside(
        path: Path, warnings: Warnings, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert load_settings(path, warnings) == Settings()
    (message,) = warnings
    assert str(path) in message
    assert "Default settings are used" in message
    (kept,) = broken_copies(path)
    assert kept.read_bytes() == content  # the original bytes, untouched
    assert str(kept) in message
    assert not path.exists()  # nothing written over it


def test_a_second_broken_file_does_not_overwrite_the_first(path: Path, warnings: Warnings) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"first broken")
    load_settings(path, warnings)
    path.write_bytes(b"second broken")
    load_settings(path, warnings)
    kept = broken_copies(path)
    assert len(kept) == 2
    assert {p.read_bytes() for p in kept} == {b"first broken", b"second broken"}


def test_saving_after_a_broken_file_starts_fresh(path: Path, warnings: Warnings) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage")
    loaded = load_settings(path, warnings)
    save_settings(path, loaded)
    assert load_settings(path, Warnings()) == Settings()
    assert broken_copies(path)[0].read_bytes() == b"garbage"


def test_an_unreadable_settings_path_warns_and_uses_defaults(path: Path, warnings: Warnings) -> None:
    path.mkdir(parents=True)  # a folder where the file should be
    assert load_settings(path, warnings) == Settings()
    (message,) = warnings
    assert str(path) in message
    assert path.is_dir()


# -- the same rules everywhere ---------------------------------------------------------


def test_missing_schema_version_means_the_first_one(path: Path, warnings: Warnings) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"timebox_minutes": 12}))
    assert load_settings(path, warnings).timebox_minutes == 12
    assert warnings == []


@pytest.mark.parametrize(("field", "value"), [
    ("timebox_minutes", 0), ("timebox_minutes", 241), ("timebox_minutes", "5"),
    ("chime", "yes"), ("language", "fr"), ("daily_quota_steps", 51), ("autostart", None),
])
def test_building_settings_with_a_bad_value_is_refused(field: str, value: object) -> None:
    with pytest.raises(SettingsError, match=field):
        Settings(**{field: value})
    with pytest.raises(SettingsError, match=field):
        Settings().changed(**{field: value})
    with pytest.raises(SettingsError, match=field):
        Settings()._replace(**{field: value})  # the named tuple's own way is checked too


def test_settings_from_an_unknown_schema_or_with_unknown_names_are_refused() -> None:
    with pytest.raises(SettingsError, match="schema_version"):
        Settings(2)
    with pytest.raises(SettingsError, match="schema_version"):
        Settings(schema_version=True)  # a bool is not the number 1
    with pytest.raises(TypeError):
        Settings(volume=3)


def test_changed_keeps_the_other_values() -> None:
    given = Settings(timebox_minutes=10, language="de")
    changed = given.changed(chime=False)
    assert (changed.timebox_minutes, changed.language, changed.chime) == (10, "de", False)
    assert given.chime is True  # the original is untouched


_CLI_SCRIPT = """
import sys
from pathlib import Path
from smallsteps_desktop.app import open_services
from smallsteps_desktop.paths import resolve_paths
services = open_services(resolve_paths(sys.argv[1]))
print(services.steps._default_minutes())
print("pydantic loaded" if "pydantic" in sys.modules else "pydantic not loaded")
"""


def test_the_command_line_reads_settings_without_pydantic(tmp_path: Path) -> None:
    """pydantic costs about 100 ms to import; a command-line call must not pay it."""
    save_settings(tmp_path / "settings.json", Settings(timebox_minutes=12, chime=False))
    result = subprocess.run([sys.executable, "-c", _CLI_SCRIPT, str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["12", "pydantic not loaded"]
