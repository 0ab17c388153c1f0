"""What each command does and prints; the parser lives in cli.py."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from smallsteps_desktop import cli_backup
from smallsteps_desktop.app import Services, open_services
from smallsteps_desktop.cli_list import step_line
from smallsteps_desktop.core.errors import NotFound
from smallsteps_desktop.core.models import Decision, StepStatus, StuckReason, TimerState
from smallsteps_desktop.core.reactions import Counts
from smallsteps_desktop.core.services import Outcomes, SkipRequest, check_new_step
from smallsteps_desktop.paths import AppPaths


# Only these may create the data file; any other command on a folder without data
# answers from an empty database in memory (nothing to list, nothing to start).
CREATES_DATA = frozenset({"add", "import"})


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.command == "add":
        _check_add(args, paths)  # before the data file is opened (and maybe created)
    restoring = args.command == "restore" and bool(args.file or args.latest)
    fresh = not (args.command in CREATES_DATA or restoring or paths.database.exists())
    if fresh and args.command == "backup":
        print(f"No data to back up yet in {paths.data_dir}.")
        return 0
    services = open_services(paths, in_memory=fresh)
    try:
        return _HANDLERS[args.command](services, args)
    finally:
        services.close()


def _check_add(args: argparse.Namespace, paths: AppPaths) -> None:
    """What can be refused without the data; a refused add must not create the data file."""
    check_new_step(args.title, args.area, args.annoyance, args.minutes)
    if args.parent is not None and not paths.database.exists():
        raise NotFound(f"There is no step {args.parent}.")


def _add(services: Services, args: argparse.Namespace) -> int:
    step_id = services.steps.add(args.title, parent_id=args.parent, area=args.area,
                                 annoyance=args.annoyance, minutes=args.minutes)
    print(step_id)
    return 0


def _show(services: Services, args: argparse.Namespace) -> int:
    step = services.queries.show_json(args.id)
    if args.json:
        _print_json(step)
        return 0
    print(step_line(step))
    for label, key in (("Area", "area"), ("Learning", "learning")):
        if step[key]:
            print(f"  {label}: {step[key]}")
    for note in step["stuck_notes"]:
        print(f"  Stuck ({note['reason']}): {note['text']}")
    if step["brief"]:
        brief = step["brief"]
        print(f"  Handed to {brief['to']}: {brief['text']} (due {brief['due'] or 'open'})")
    if step["children"]:
        print(f"  Smaller steps: {', '.join(map(str, step['children']))}")
    print(f"  Timeboxes: {len(step['sessions'])}, {step['minutes_spent']} min spent")
    return 0


def _current(services: Services, args: argparse.Namespace) -> int:
    if args.json:
        _print_json(services.queries.current_json())
        return 0
    view = services.queries.current()
    if view.step is None:
        print("No current step. Start the next one with: smallsteps start")
        return 0
    state, remaining = view.timer.state, _clock_text(view.timer.remaining_seconds)
    detail = {
        TimerState.IDLE: "not started",
        TimerState.RUNNING: f"{remaining} left",
        TimerState.PAUSED: f"paused, {remaining} left",
        TimerState.EXPIRED: "time is up: done, or skip?",
    }[state]
    print(f"#{view.step.id} {view.step.title} ({detail})")
    return 0


def _start(services: Services, args: argparse.Namespace) -> int:
    step = services.steps.start(args.id)
    print(f"Started #{step.id} {step.title}: {step.planned_minutes} min on the clock.")
    return 0


def _pause(services: Services, args: argparse.Namespace) -> int:
    services.steps.pause()
    print("Paused.")
    return 0


def _resume(services: Services, args: argparse.Namespace) -> int:
    services.steps.resume()
    print("Resumed.")
    return 0


def _extend(services: Services, args: argparse.Namespace) -> int:
    services.steps.extend(args.minutes)
    print(f"{args.minutes} more minutes on the clock.")
    return 0


def _done(services: Services, args: argparse.Namespace) -> int:
    result = services.steps.done(args.learning)
    print(f"Done: #{result.step.id} {result.step.title}. Well done.")
    _print_next(result)
    return 0


def _skip(services: Services, args: argparse.Namespace) -> int:
    request = SkipRequest(
        stuck=args.stuck, reason=StuckReason(args.reason), splits=tuple(args.split),
        decision=Decision(args.decide) if args.decide else None, to=args.to,
        brief=args.brief, done_when=args.done_when, due=args.due, why=args.why)
    result = services.steps.skip(request)
    step = result.step
    print(f"Skipped #{step.id} {step.title}; noted what is stuck.")
    if result.new_step_ids:
        print(f"Split into smaller steps: {', '.join(map(str, result.new_step_ids))}.")
    if step.status is StepStatus.DELEGATED:
        print("Handed off with a brief.")
    current = services.queries.current().step
    if current is not None:
        print(f"Current step: #{current.id} {current.title}")
    else:
        _print_next(result)
    return 0


def _public(services: Services, args: argparse.Namespace) -> int:
    services.reactions.set_public(args.id, not args.off)
    if args.off:
        print(f"Step {args.id} is not public.")
    else:
        print(f"Step {args.id} is public; a few days after it is done you are asked how "
              "readers reacted.")
    return 0


def _react(services: Services, args: argparse.Namespace) -> int:
    counts = Counts(args.likes, args.comments, args.replies, args.enquiries, args.note)
    reaction = services.reactions.record(args.id, counts)
    print(f"Noted for #{args.id}: {reaction.likes} likes, {reaction.comments} comments, "
          f"{reaction.replies} replies, {reaction.enquiries} enquiries.")
    return 0


def _export(services: Services, args: argparse.Namespace) -> int:
    from smallsteps_desktop.storage.archive import export_file

    count = export_file(services.store, args.out)
    print(f"Exported {count} steps to {args.out}.")
    return 0


def _import(services: Services, args: argparse.Namespace) -> int:
    from smallsteps_desktop.storage.archive import import_file

    report = import_file(services.store, args.file, services.paths.backup_dir)
    print(report)
    return 0


def _report(services: Services, args: argparse.Namespace) -> int:
    from smallsteps_desktop import cli_report  # the report's modules: only when asked for

    return cli_report.report(services, args)


def _brief(services: Services, args: argparse.Namespace) -> int:
    from smallsteps_desktop import cli_report

    return cli_report.brief(services, args)


def _calendar(services: Services, args: argparse.Namespace) -> int:
    from smallsteps_desktop import cli_calendar  # icalendar: only when asked for

    return cli_calendar.calendar(services, args)


def _print_next(result: Outcomes) -> None:
    if result.next_step is not None:
        print(f"Next up: #{result.next_step.id} {result.next_step.title} (smallsteps start)")


def _clock_text(seconds: float) -> str:
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def _print_json(data: Any) -> None:
    # One write: json.dump with indent streams a million small chunks.
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


_HANDLERS = {
    "add": _add, "show": _show, "current": _current, "start": _start,
    "pause": _pause, "resume": _resume, "extend": _extend, "done": _done, "skip": _skip,
    "public": _public, "react": _react, "export": _export, "import": _import,
    "report": _report, "brief": _brief, "calendar": _calendar,
    "backup": cli_backup.backup_now, "restore": cli_backup.restore_backup,
}
