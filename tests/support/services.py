"""Real services on a real SQLite file in a temporary folder, with a fake clock."""

from __future__ import annotations

from pathlib import Path

from smallsteps_desktop.app import Services, open_services
from smallsteps_desktop.paths import resolve_paths

from support.clock import FakeClock


def make_services(folder: Path, clock: FakeClock | None = None) -> Services:
    return open_services(resolve_paths(folder), clock or FakeClock())
