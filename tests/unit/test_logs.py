"""The log file, and what happens to an error nobody expected."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from smallsteps_desktop.logs import LOG_NAME, setup_logging, unexpected_error_hook


@pytest.fixture(autouse=True)
def _fresh_logger():
    yield
    for handler in list(logging.getLogger(LOG_NAME).handlers):
        logging.getLogger(LOG_NAME).removeHandler(handler)
        handler.close()


def _raised(error: BaseException):
    try:
        raise error
    except BaseException as caught:  # noqa: BLE001 - a real traceback for the hook
        return type(caught), caught, caught.__traceback__


def test_messages_go_to_the_log_file_and_stderr(tmp_path: Path, capsys) -> None:
    path = setup_logging(tmp_path / "logs")
    logging.getLogger(LOG_NAME).info("ready tray=%s", True)
    assert path == tmp_path / "logs" / "smallsteps.log"
    assert "INFO ready tray=True" in path.read_text(encoding="utf-8")
    assert capsys.readouterr().err == "smallsteps: ready tray=True\n"


def test_an_unwritable_log_folder_is_reported_not_fatal(tmp_path: Path, capsys) -> None:
    (tmp_path / "logs").write_text("a file where the folder should be")
    assert setup_logging(tmp_path / "logs") is None
    assert "cannot write the log file" in capsys.readouterr().err
    logging.getLogger(LOG_NAME).info("still logging")  # to stderr only, no crash


def test_an_unexpected_error_is_logged_with_its_traceback_and_shown(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    shown: list[str] = []
    hook = unexpected_error_hook(shown.append)
    hook(*_raised(ZeroDivisionError("division by zero")))
    assert shown == ["ZeroDivisionError: division by zero"]
    text = path.read_text(encoding="utf-8")
    assert "ERROR unexpected error: division by zero" in text and "Traceback" in text


def test_a_failing_message_box_does_not_raise_again(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)

    def broken(_: str) -> None:
        raise RuntimeError("no window")

    unexpected_error_hook(broken)(*_raised(ValueError("bad")))
    assert "could not show the error" in path.read_text(encoding="utf-8")


def test_ctrl_c_is_left_to_python(monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *info: seen.append(info[0]))
    shown: list[str] = []
    unexpected_error_hook(shown.append)(*_raised(KeyboardInterrupt()))
    assert seen == [KeyboardInterrupt] and shown == []


def test_a_big_log_is_rotated_at_start_keeping_three(tmp_path: Path) -> None:
    from smallsteps_desktop.logs import BACKUPS, LOG_FILE, MAX_BYTES

    log = tmp_path / LOG_FILE
    for number in range(BACKUPS + 2):
        log.write_bytes(str(number).encode() * MAX_BYTES)  # a full log from run number
        path = setup_logging(tmp_path)
        logging.getLogger(LOG_NAME).info("run %d", number)
    assert path.read_text(encoding="utf-8").endswith(f"run {BACKUPS + 1}\n")
    kept = sorted(p.name for p in tmp_path.glob(f"{LOG_FILE}.*"))
    assert kept == [f"{LOG_FILE}.{n}" for n in range(1, BACKUPS + 1)]
    newest_first = [(tmp_path / f"{LOG_FILE}.{n}").read_bytes()[:1] for n in range(1, BACKUPS + 1)]
    assert newest_first == [str(BACKUPS + 1 - n).encode() for n in range(BACKUPS)]  # 4, 3, 2
