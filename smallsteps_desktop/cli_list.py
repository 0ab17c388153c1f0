"""The list command, kept apart so that listing 20,000 steps loads only the data file."""

from __future__ import annotations

import argparse
import json
import sys

from smallsteps_desktop.paths import AppPaths
from smallsteps_desktop.storage.step_json import read_listing


def list_steps(args: argparse.Namespace, paths: AppPaths) -> int:
    data = read_listing(paths.database, paths.backup_dir, args.status)
    if args.json:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.write(b"\n")
        return 0
    steps = json.loads(data)
    if not steps:
        print("No steps yet. Write down what annoys you most: smallsteps add 'TITLE'")
    for step in steps:
        print(step_line(step))
    return 0


def step_line(step: dict) -> str:
    marker = "*" if step["current"] else " "
    area = f" [{step['area']}]" if step["area"] else ""
    return (f"{marker}{step['id']:>5}  {step['status']:<9}{area} {step['title']}"
            f" ({step['planned_minutes']} min)")
