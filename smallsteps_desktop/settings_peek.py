"""Read the timebox length without pydantic: command-line calls stay fast."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from smallsteps_desktop.core.timebox import DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES

SETTINGS_SCHEMA_VERSION = 1


def timebox_minutes(path: Path, warn: Callable[[str], None]) -> int:
    """The default timebox length from the settings file.

    A plainly valid file is read with ``json`` alone (pydantic costs about
    100 ms to import). Anything unusual goes through the full pydantic load,
    which validates, warns and keeps a broken file aside.
    """
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return DEFAULT_MINUTES
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict) and data.get("schema_version") == SETTINGS_SCHEMA_VERSION:
        value = data.get("timebox_minutes")
        if type(value) is int and MIN_MINUTES <= value <= MAX_MINUTES:
            return value
    from smallsteps_desktop.settings import load_settings

    return load_settings(path, warn).timebox_minutes
