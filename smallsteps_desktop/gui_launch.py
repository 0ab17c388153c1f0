"""Opening the app (``smallsteps [--data-dir DIR]``) without building the command line's parser."""

from __future__ import annotations

import sys

EXIT_REFUSED = 1  # as cli.EXIT_REFUSED: this module must not import the command line
_DATA_DIR = "--data-dir"


def opens_app_only(args: list[str]) -> tuple[bool, str | None]:
    """(True, the --data-dir folder or None) if args do nothing but open the app.

    Only the plain forms count: no arguments, ``--data-dir DIR`` and ``--data-dir=DIR``.
    Anything else (a command, --help, --paths, an abbreviation, a folder starting with
    "-") is for the command line's parser, which also reports the mistakes.
    """
    if not args:
        return True, None
    if len(args) == 2 and args[0] == _DATA_DIR and args[1] and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith(f"{_DATA_DIR}=") and len(args[0]) > len(_DATA_DIR) + 1:
        return True, args[0][len(_DATA_DIR) + 1:]
    return False, None


def open_app(data_dir: str | None) -> int:
    """What the command line does without a command: run the tray app until it quits."""
    import gc

    # The start makes tens of thousands of objects that live as long as the app (classes,
    # enums, widgets); looking for garbage among them costs about 5 ms and finds none. The
    # tray app turns the collector back on once it is ready (ui/main.py); `finally` is for
    # a start that never gets there.
    gc.disable()
    try:
        return _open_app(data_dir)
    finally:
        gc.enable()


def _open_app(data_dir: str | None) -> int:
    from smallsteps_desktop.core.errors import SmallStepsError
    from smallsteps_desktop.paths import resolve_paths

    paths = resolve_paths(data_dir)
    try:
        from smallsteps_desktop.app import run_gui

        return run_gui(paths, [sys.argv[0]])
    except SmallStepsError as error:
        print(f"smallsteps: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
