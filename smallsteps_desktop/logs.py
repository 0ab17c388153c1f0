"""The app's log: short lines on stderr, and a file with the details, rotated at start."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_NAME = "smallsteps"
LOG_FILE = "smallsteps.log"
MAX_BYTES, BACKUPS = 1_000_000, 3  # at most about 4 MB of logs


def _rotate(path: Path) -> None:
    """Shift smallsteps.log to .1, .1 to .2 ... once it is big; done at start.

    The app logs a few lines a day, so rotating when it starts is enough, and it
    spares the tray app logging.handlers' imports (8 ms of every start).
    """
    if not path.exists() or path.stat().st_size < MAX_BYTES:
        return
    for number in range(BACKUPS, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        newer = path.with_name(f"{path.name}.{number - 1}") if number > 1 else path
        if newer.exists():
            newer.replace(older)


def setup_logging(log_dir: Path) -> Path | None:
    """Log to stderr and to log_dir/smallsteps.log; returns the file, or None if unwritable."""
    log = logging.getLogger(LOG_NAME)
    log.setLevel(logging.INFO)
    log.propagate = False
    for handler in list(log.handlers):  # set up once per process, even if called again
        log.removeHandler(handler)
        handler.close()
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(logging.Formatter("smallsteps: %(message)s"))
    log.addHandler(stderr)
    path = log_dir / LOG_FILE
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        _rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as error:
        log.warning("cannot write the log file %s: %s", path, error.strerror or error)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    return path


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def unexpected_error_hook(show: Callable[[str], None]) -> ExceptHook:
    """An excepthook that logs the traceback and tells the user briefly; the app goes on."""
    log = logging.getLogger(LOG_NAME)

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error: %s", error, exc_info=(kind, error, trace))
        try:
            show(f"{kind.__name__}: {error}")
        except Exception:  # noqa: BLE001 - telling the user must never raise again
            log.exception("could not show the error")

    return hook
