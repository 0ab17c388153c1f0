"""The backup and restore commands."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.storage.backups import backups, manual_backup, restore


def backup_now(services: Services, args: argparse.Namespace) -> int:
    made = manual_backup(services.store.connection, services.paths.backup_dir, datetime.now())
    print(f"Saved a backup: {made}")
    return 0


def restore_backup(services: Services, args: argparse.Namespace) -> int:
    found = backups(services.paths.backup_dir)
    if not args.file and not args.latest:
        if not found:
            print(f"No backups yet in {services.paths.backup_dir}.")
        for item in found:
            print(f"{item.made:%Y-%m-%d %H:%M}  {item.kind:<15} {item.path}")
        return 0
    if args.latest and not found:
        raise Refused(f"There is no backup in {services.paths.backup_dir} yet.")
    source = found[0].path if args.latest else Path(args.file)
    if not source.is_file():
        raise Refused(f"There is no backup file {source}.")
    if not args.yes and not _confirmed(source):
        print("Nothing was changed.")
        return 1
    safety = restore(services.store.connection, source, services.paths.backup_dir,
                     datetime.now())
    print(f"Restored {source}. Your data from before is kept in {safety}.")
    return 0


def _confirmed(source: Path) -> bool:
    if not sys.stdin.isatty():
        raise Refused("Restoring replaces all current data; add --yes to confirm.")
    answer = input(f"Replace all current data with {source.name}? "
                   "Your data now is saved as a backup first. [y/N] ")
    return answer.strip().lower() in ("y", "yes", "j", "ja")
