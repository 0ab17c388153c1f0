"""The user's preferences: strictly checked values in one JSON file, saved atomically."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from smallsteps_desktop.core.timebox import DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES
from smallsteps_desktop.files import write_atomically

SETTINGS_SCHEMA_VERSION = 1
LANGUAGES = ("system", "de", "en")
# The allowed range of each whole-number setting; the settings dialog uses the same limits.
LIMITS: dict[str, tuple[int, int]] = {
    "timebox_minutes": (MIN_MINUTES, MAX_MINUTES),
    "daily_quota_steps": (0, 50),
    "weekly_quota_minutes": (0, 10_080),
    "reaction_days": (0, 30),
}


class SettingsError(ValueError):
    """A settings value of the wrong type or out of range."""


# Checked by hand rather than with pydantic: importing pydantic and building a model
# cost about 140 ms and 14 MiB on every start of the tray app, for eight fields. A named
# tuple rather than a frozen dataclass, for the same reason as core/models.py.
class _Values(NamedTuple):
    schema_version: int = SETTINGS_SCHEMA_VERSION
    timebox_minutes: int = DEFAULT_MINUTES
    chime: bool = True
    always_on_top: bool = False
    language: str = "system"
    daily_quota_steps: int = 1
    weekly_quota_minutes: int = 60
    autostart: bool = False
    reaction_days: int = 2  # ask how readers reacted this many days after a public step


class Settings(_Values):
    """Everything the user can set; strict types (a hand-edited "12" is refused, not guessed).

    Every way of making one checks it: the constructor, changed() and _replace().
    """

    __slots__ = ()

    def __new__(cls, *args: Any, **values: Any) -> Settings:
        settings = super().__new__(cls, *args, **values)
        if type(settings.schema_version) is not int or (
                settings.schema_version != SETTINGS_SCHEMA_VERSION):
            raise SettingsError(f"unknown schema_version {settings.schema_version!r}")
        for name, value in zip(cls._fields, settings, strict=True):
            _check(name, value, type(cls._field_defaults[name]))
        return settings

    def changed(self, **values: Any) -> Settings:
        """A copy with some values changed, checked like any other."""
        return type(self)(**{**self._asdict(), **values})

    _replace = changed  # the named tuple's own would skip the checks

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()

    @classmethod
    def from_json(cls, raw: bytes) -> Settings:
        """Parse a settings file; keys from newer versions are ignored."""
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as error:
            raise SettingsError(f"not valid JSON: {error}") from None
        if not isinstance(data, dict):
            raise SettingsError("not a JSON object")
        return cls(**{key: value for key, value in data.items() if key in cls._fields})


def _check(name: str, value: Any, kind: type) -> None:
    if type(value) is not kind:
        raise SettingsError(f"{name} must be {kind.__name__}, not {value!r}")
    if name in LIMITS:
        low, high = LIMITS[name]
        if not low <= value <= high:
            raise SettingsError(f"{name} must be from {low} to {high}, not {value}")
    if name == "language" and value not in LANGUAGES:
        raise SettingsError(f"language must be one of {', '.join(LANGUAGES)}, not {value!r}")


class SettingsFile:
    """The settings the running app uses, and where changes are saved."""

    def __init__(self, path: Path, warn: Callable[[str], None]) -> None:
        self.path = path
        self.current = load_settings(path, warn)

    def save(self, settings: Settings) -> None:
        save_settings(self.path, settings)
        self.current = settings


def load_settings(path: Path, warn: Callable[[str], None]) -> Settings:
    """The saved settings, or defaults with a warning; a broken file is kept aside."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        warn(f"Could not read the settings file {path} ({error.strerror}); using defaults.")
        return Settings()
    try:
        return Settings.from_json(raw)
    except SettingsError as error:
        kept = _keep_aside(path)
        where = f"it was kept as {kept}" if kept else "it could not be moved aside"
        warn(f"The settings file {path} could not be used ({error}); {where}. "
             "Default settings are used.")
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    """Write to a temporary file, flush it to disk, then replace: never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(settings.to_dict(), indent=2).encode())


def _keep_aside(path: Path) -> Path | None:
    """Rename a broken file with a timestamp; never overwrite an earlier one."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for attempt in range(100):
        suffix = f".broken-{stamp}" + (f"-{attempt}" if attempt else "")
        target = path.with_name(path.name + suffix)
        if not target.exists():
            try:
                path.rename(target)
            except OSError:
                return None
            return target
    return None
