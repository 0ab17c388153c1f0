"""The command line: ``smallsteps [--data-dir DIR] COMMAND``; no Qt unless a window opens."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from smallsteps_desktop import __version__
from smallsteps_desktop.core.errors import SmallStepsError
from smallsteps_desktop.core.kinds import Decision, StepStatus, StuckReason

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smallsteps",
        description="One small marketing step at a time. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"smallsteps {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="keep all data and settings in DIR (default: $SMALLSTEPS_HOME "
                             "or the platform's folders)")
    parser.add_argument("--paths", action="store_true",
                        help="print where data, settings, logs and backups live, then exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add = commands.add_parser("add", help="write down a chore or a step; prints its id")
    add.add_argument("title")
    add.add_argument("--parent", type=int, metavar="ID", help="make it a step of ID")
    add.add_argument("--area", metavar="NAME", help="marketing area, e.g. 'Social media'")
    add.add_argument("--annoyance", type=int, metavar="1-5", help="how much it bugs you")
    add.add_argument("--minutes", type=int, metavar="N", help="timebox length (default 5)")

    listing = commands.add_parser("list", help="all steps")
    listing.add_argument("--status", choices=[s.value for s in StepStatus])
    listing.add_argument("--json", action="store_true")

    show = commands.add_parser("show", help="one step with its history")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")

    current = commands.add_parser("current", help="the current step and its timebox")
    current.add_argument("--json", action="store_true")

    start = commands.add_parser("start", help="make a step current and start its timebox")
    start.add_argument("id", type=int, nargs="?")
    commands.add_parser("pause", help="pause the running timebox")
    commands.add_parser("resume", help="resume the paused timebox")
    extend = commands.add_parser("extend", help="time is up: a few more minutes, once")
    extend.add_argument("--minutes", type=int, default=5, metavar="N")

    done = commands.add_parser("done", help="finish the current step")
    done.add_argument("--learning", metavar="TEXT", help="what did it bring?")

    skip = commands.add_parser("skip", help="skip the current step: what's stuck?")
    skip.add_argument("--stuck", required=True, metavar="TEXT", help="what is stuck")
    skip.add_argument("--reason", choices=[r.value for r in StuckReason], default="other")
    skip.add_argument("--split", action="append", default=[], metavar="TITLE",
                      help="a smaller step (repeat for several)")
    skip.add_argument("--decide", choices=[d.value for d in Decision])
    skip.add_argument("--to", metavar="WHO", help="outsource: who takes it over")
    skip.add_argument("--brief", metavar="TEXT", help="outsource: what exactly to do")
    skip.add_argument("--why", metavar="TEXT", help="outsource: why it matters")
    skip.add_argument("--done-when", metavar="TEXT", help="outsource: how to tell it is done")
    skip.add_argument("--due", type=_iso_date, metavar="YYYY-MM-DD", help="outsource: due date")

    public = commands.add_parser(
        "public", help="mark a step public (a post, a newsletter, a mail to customers)")
    public.add_argument("id", type=int)
    public.add_argument("--off", action="store_true", help="it is not public after all")
    react = commands.add_parser("react", help="what readers did after a public step")
    react.add_argument("id", type=int)
    react.add_argument("--note", required=True, metavar="TEXT",
                       help="what happened, in a few words")
    for kind in ("likes", "comments", "replies", "enquiries"):
        react.add_argument(f"--{kind}", type=int, default=0, metavar="N")

    export = commands.add_parser("export", help="save all data as one JSON file")
    export.add_argument("--out", required=True, metavar="FILE")
    importing = commands.add_parser("import", help="load a JSON export")
    importing.add_argument("file")

    report = commands.add_parser(
        "report", help="write the progress report of a period (default: this week)")
    report.add_argument("--format", required=True, choices=("html", "pdf", "md", "csv", "json"))
    report.add_argument("--out", required=True, metavar="FILE")
    # Dates are checked by the command, so a bad one is refused (exit 1) like a bad path.
    report.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    report.add_argument("--lang", choices=("de", "en"),
                        help="language of the labels (default: the app's language)")
    report.add_argument("--redact", action="store_true",
                        help="replace titles and notes by area and length, for sharing with "
                             "a coach")
    commands.add_parser("backup", help="save a backup copy of all data now")
    restore = commands.add_parser(
        "restore", help="list the backups, or bring one back (your data now is saved first)")
    restore.add_argument("file", nargs="?", metavar="BACKUP", help="a file from the list")
    restore.add_argument("--latest", action="store_true", help="the newest backup")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    brief = commands.add_parser("brief", help="write the brief of a handed-off step")
    brief.add_argument("id", type=int)
    brief.add_argument("--out", required=True, metavar="FILE.md")
    brief.add_argument("--lang", choices=("de", "en"))
    calendar = commands.add_parser(
        "calendar", help="write the quota and the open briefs as a calendar file (.ics)")
    calendar.add_argument("--out", required=True, metavar="FILE.ics")
    # Checked by the command, so a bad one is refused (exit 1) like a bad path.
    calendar.add_argument("--at", metavar="HH:MM", help="when the daily block starts "
                          "(default 09:00, local time)")
    calendar.add_argument("--weekly-on", metavar="DAY", help="the day of the weekly "
                          "block: mon, tue, wed, thu, fri, sat or sun (default fri)")
    calendar.add_argument("--lang", choices=("de", "en"),
                          help="language of the texts (default: the app's language)")
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-03-31: {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    from smallsteps_desktop.gui_launch import open_app, opens_app_only

    app_only, data_dir = opens_app_only(sys.argv[1:] if argv is None else argv)
    if app_only:  # the menu entry and autostart: the app need not wait for the parser
        return open_app(data_dir)
    args = build_parser().parse_args(argv)
    from smallsteps_desktop.paths import resolve_paths

    paths = resolve_paths(args.data_dir)
    if args.paths:
        for label, path in (("data", paths.data_dir), ("database", paths.database),
                            ("settings", paths.settings_file), ("logs", paths.log_dir),
                            ("backups", paths.backup_dir)):
            print(f"{label + ':':<10}{path}")
        return EXIT_OK
    try:
        if args.command is None:  # e.g. `smallsteps --data DIR`: as a plain launch
            return open_app(args.data_dir)
        if args.command == "list":
            from smallsteps_desktop.cli_list import list_steps

            return list_steps(args, paths)
        from smallsteps_desktop import cli_commands

        return cli_commands.run(args, paths)
    except SmallStepsError as error:
        print(f"smallsteps: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (smallsteps list | head): nothing to report. Python
        # flushes stdout once more at exit, so it must point somewhere harmless.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_REFUSED
