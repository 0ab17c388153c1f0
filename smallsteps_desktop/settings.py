"""The user's preferences: a validated pydantic model in one JSON file, saved atomically."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from smallsteps_desktop.core.timebox import DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES
from smallsteps_desktop.files import write_atomically
from smallsteps_desktop.settings_peek import SETTINGS_SCHEMA_VERSION


class Settings(BaseModel):
    """Everything the user can set; strict types, unknown keys from newer versions ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)

    schema_version: Literal[1] = SETTINGS_SCHEMA_VERSION
    timebox_minutes: int = Field(DEFAULT_MINUTES, ge=MIN_MINUTES, le=MAX_MINUTES)
    chime: bool = True
    always_on_top: bool = False
    language: Literal["system", "de", "en"] = "system"
    daily_quota_steps: int = Field(1, ge=0, le=50)
    weekly_quota_minutes: int = Field(60, ge=0, le=10_080)
    autostart: bool = False


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
        return Settings.model_validate_json(raw)
    except ValidationError as error:
        kept = _keep_aside(path)
        problem = error.errors()[0]["msg"] if error.errors() else str(error)
        where = f"it was kept as {kept}" if kept else "it could not be moved aside"
        warn(f"The settings file {path} could not be used ({problem}); {where}. "
             "Default settings are used.")
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    """Write to a temporary file, flush it to disk, then replace: never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, settings.model_dump_json(indent=2).encode())


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
