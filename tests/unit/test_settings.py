"""Settings: defaults, atomic save, broken files kept aside, and the fast peek."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from smallsteps_desktop import settings_peek
from smallsteps_desktop.settings import Settings, load_settings, save_settings


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


# -- settings_peek: the fast path for the command line --------------------------------


def test_peek_reads_a_plainly_valid_file(path: Path, warnings: Warnings) -> None:
    save_settings(path, Settings(timebox_minutes=17))
    assert settings_peek.timebox_minutes(path, warnings) == 17
    assert warnings == []


def test_peek_missing_file_gives_the_default(path: Path, warnings: Warnings) -> None:
    assert settings_peek.timebox_minutes(path, warnings) == 5
    assert warnings == []
    assert not path.exists()


_PEEK_SCRIPT = """
import sys
from pathlib import Path
from smallsteps_desktop import settings_peek
value = settings_peek.timebox_minutes(Path(sys.argv[1]), print)
assert value == int(sys.argv[2]), value
print("pydantic loaded" if "pydantic" in sys.modules else "pydantic not loaded")
"""


def _peek_in_fresh_python(path: Path, expected: int) -> str:
    result = subprocess.run([sys.executable, "-c", _PEEK_SCRIPT, str(path), str(expected)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_peek_fast_path_does_not_import_pydantic(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schema_version": 1, "timebox_minutes": 12, "chime": False}))
    assert _peek_in_fresh_python(path, 12).strip() == "pydantic not loaded"


def test_peek_falls_back_to_the_full_load_for_an_invalid_file(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schema_version": 1, "timebox_minutes": 999}))
    output = _peek_in_fresh_python(path, 5)
    assert output.strip().endswith("pydantic loaded")
    assert str(path) in output  # the warning went through ``warn``
    assert len(broken_copies(path)) == 1


@pytest.mark.parametrize("content", [
    b"garbage",
    json.dumps({"schema_version": 1, "timebox_minutes": 0}).encode(),
    json.dumps({"schema_version": 1, "timebox_minutes": 7.5}).encode(),
    json.dumps({"schema_version": 2, "timebox_minutes": 12}).encode(),
])
def test_peek_invalid_files_warn_give_the_default_and_are_kept_aside(
        path: Path, warnings: Warnings, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert settings_peek.timebox_minutes(path, warnings) == 5
    (message,) = warnings
    assert str(path) in message
    (kept,) = broken_copies(path)
    assert kept.read_bytes() == content


def full_load_minutes(path: Path, content: bytes) -> int:
    """What the full pydantic load makes of the same bytes (on a scratch copy)."""
    scratch = path.with_name("scratch.json")
    scratch.write_bytes(content)
    try:
        return load_settings(scratch, Warnings()).timebox_minutes
    finally:
        scratch.unlink(missing_ok=True)
        for kept in path.parent.glob("scratch.json.broken-*"):
            kept.unlink()


@pytest.mark.parametrize("content", [
    json.dumps({"schema_version": 1, "timebox_minutes": 12, "language": "de"}).encode(),
    json.dumps({"timebox_minutes": 12}).encode(),
])
def test_peek_agrees_with_the_full_load(path: Path, warnings: Warnings, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    expected = full_load_minutes(path, content)
    assert settings_peek.timebox_minutes(path, warnings) == expected == 12
    assert warnings == []


@pytest.mark.parametrize("content", [
    json.dumps({"schema_version": 1, "timebox_minutes": 7.0}).encode(),
    json.dumps({"schema_version": 1, "timebox_minutes": "12"}).encode(),
    json.dumps({"schema_version": 1, "timebox_minutes": True}).encode(),
])
def test_loosely_typed_values_are_refused_by_both(path: Path, warnings: Warnings,
                                                  content: bytes) -> None:
    """Strict types: a hand-edited "12" or true is a broken file, not a silent guess."""
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert full_load_minutes(path, content) == 5
    assert settings_peek.timebox_minutes(path, warnings) == 5
    (message,) = warnings
    assert str(path) in message


@pytest.mark.xfail(strict=True, reason=(
    "settings_peek takes its fast path when timebox_minutes alone is valid and ignores "
    "other broken fields; the full load refuses the same file (defaults, warning, kept aside). "
    "CLI and GUI then disagree on the timebox length, and the CLI never warns."))
def test_peek_agrees_with_the_full_load_when_another_field_is_broken(
        path: Path, warnings: Warnings) -> None:
    content = json.dumps({"schema_version": 1, "timebox_minutes": 12, "chime": "maybe"}).encode()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert full_load_minutes(path, content) == 5
    assert settings_peek.timebox_minutes(path, warnings) == 5
