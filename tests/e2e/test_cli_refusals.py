"""Bad input and refused actions: the right exit code, a plain message, and nothing written."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from e2e.cli_runner import (
    DB_NAME,
    EXIT_REFUSED,
    EXIT_USAGE,
    add,
    assert_refused,
    json_of,
    ok,
    run,
    snapshot,
)

# Ids in the prepared data dirs (see _build):
DONE_ID, CHORE_ID, KID_ID, OPEN_ID = 1, 2, 3, 4


def _build(home: Path, state: str) -> None:
    """A done step, a chore split into a kid step, and an open step (running or paused)."""
    assert add("Done step", home=home) == DONE_ID
    ok("start", str(DONE_ID), home=home)
    ok("done", "--learning", "Quicker than feared", home=home)
    assert add("Chore", "--area", "Social media", home=home) == CHORE_ID
    assert add("Kid", "--parent", str(CHORE_ID), home=home) == KID_ID
    assert add("Open step", home=home) == OPEN_ID
    if state in ("running", "paused"):
        ok("start", str(OPEN_ID), home=home)
    if state == "paused":
        ok("pause", home=home)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each prepared data dir is built once through the CLI, then copied per test."""
    built = {}
    for state in ("idle", "running", "paused"):
        built[state] = tmp_path_factory.mktemp("template") / state
        _build(built[state], state)
    return built


def _home_in(state: str, templates: dict[str, Path], tmp_path: Path) -> Path:
    home = tmp_path / "data"
    shutil.copytree(templates[state], home)
    return home


@pytest.fixture
def idle(templates: dict[str, Path], tmp_path: Path) -> Path:
    """No current step."""
    return _home_in("idle", templates, tmp_path)


@pytest.fixture
def running(templates: dict[str, Path], tmp_path: Path) -> Path:
    """Step OPEN_ID is current with a running timebox."""
    return _home_in("running", templates, tmp_path)


@pytest.fixture
def paused(templates: dict[str, Path], tmp_path: Path) -> Path:
    """Step OPEN_ID is current with a paused timebox."""
    return _home_in("paused", templates, tmp_path)


def assert_nothing_written(home: Path, *args: str, code: int, fragments: tuple[str, ...]) -> None:
    """Run ARGS, expect the refusal, and compare every file and table row before and after."""
    before = snapshot(home)
    assert before["tables"]["steps"], "the prepared data dir must hold steps"
    assert_refused(run(*args, home=home), code, *fragments)
    assert snapshot(home) == before


# -- wrong usage: exit 2 --------------------------------------------------------------------

USAGE_ERRORS = [
    ("frobnicate",),
    ("list", "--jsn"),
    ("list", "--status", "bogus"),
    ("list", "--status", "Done"),
    ("show",),
    ("show", "abc"),
    ("show", "1.5"),
    ("start", "x"),
    ("add",),
    ("add", "Title", "--parent", "x"),
    ("add", "Title", "--annoyance", "high"),
    ("add", "Title", "--minutes", "5.5"),
    ("skip",),
    ("skip", "--split", "Smaller"),
    ("skip", "--stuck", "x", "--reason", "lazy"),
    ("skip", "--stuck", "x", "--decide", "maybe"),
    ("skip", "--stuck", "x", "--decide", "outsource", "--to", "Anna", "--due", "30.04.2026"),
    ("skip", "--stuck", "x", "--decide", "outsource", "--to", "Anna", "--due", "2026-02-30"),
    ("skip", "--stuck", "x", "--decide", "outsource", "--to", "Anna", "--due", "tomorrow"),
    ("export",),
    ("import",),
]


@pytest.mark.parametrize("args", USAGE_ERRORS, ids=" ".join)
def test_wrong_usage_exits_2_and_writes_nothing(running: Path, args: tuple[str, ...]) -> None:
    assert_nothing_written(running, *args, code=EXIT_USAGE, fragments=("usage",))


def test_unknown_command_is_named_in_the_message(running: Path) -> None:
    assert_refused(run("frobnicate", home=running), EXIT_USAGE, "frobnicate")


def test_bad_due_date_message_shows_the_expected_format(running: Path) -> None:
    result = run("skip", "--stuck", "x", "--decide", "outsource", "--to", "Anna",
                 "--due", "30.04.2026", home=running)
    assert_refused(result, EXIT_USAGE, "30.04.2026", "--due")


def test_wrong_usage_on_a_fresh_dir_creates_nothing(tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    assert_refused(run("show", "abc", home=home), EXIT_USAGE)
    assert not home.exists()


# -- refused actions: exit 1 ----------------------------------------------------------------

REFUSED_WHEN_IDLE = {
    "done-without-current": (("done",), ("current",)),
    "done-learning-without-current": (("done", "--learning", "x"), ("current",)),
    "skip-without-current": (("skip", "--stuck", "Too big"), ("current",)),
    "skip-split-without-current": (
        ("skip", "--stuck", "Too big", "--split", "Smaller", "--decide", "self"), ("current",)),
    "pause-without-timebox": (("pause",), ("pause",)),
    "resume-without-timebox": (("resume",), ("resume",)),
    "start-done-step": (("start", str(DONE_ID)), (str(DONE_ID), "done")),
    "start-unknown-id": (("start", "999"), ("999",)),
    "start-split-step": (("start", str(CHORE_ID)), (str(KID_ID),)),
    "show-unknown-id": (("show", "999"), ("999",)),
    "show-unknown-id-json": (("show", "999", "--json"), ("999",)),
    "show-negative-id": (("show", "-1"), ("-1",)),
    "add-unknown-parent": (("add", "Kid", "--parent", "999"), ("999",)),
    "add-empty-title": (("add", ""), ("title", "empty")),
    "add-blank-title": (("add", "   "), ("title", "empty")),
    "add-whitespace-title": (("add", "\t \n "), ("title",)),
    "add-bell-in-title": (("add", "Ring\x07the bell"), ("title", "control")),
    "add-escape-in-title": (("add", "Red \x1b[31m text"), ("title", "control")),
    "add-two-line-title": (("add", "one\ntwo"), ("title", "line")),
    "add-too-long-title": (("add", "x" * 10_001), ("title", "long")),
    "add-control-in-area": (("add", "Title", "--area", "Social\x07"), ("area", "control")),
    "add-annoyance-0": (("add", "Title", "--annoyance", "0"), ("annoyance", "0")),
    "add-annoyance-6": (("add", "Title", "--annoyance", "6"), ("annoyance", "6")),
    "add-annoyance-negative": (("add", "Title", "--annoyance", "-1"), ("annoyance",)),
    "add-minutes-0": (("add", "Title", "--minutes", "0"), ("minutes", "0")),
    "add-minutes-241": (("add", "Title", "--minutes", "241"), ("minutes", "241")),
    "add-minutes-negative": (("add", "Title", "--minutes", "-5"), ("minutes",)),
}


@pytest.mark.parametrize(("args", "fragments"), REFUSED_WHEN_IDLE.values(),
                         ids=REFUSED_WHEN_IDLE.keys())
def test_refused_without_a_current_step(idle: Path, args: tuple[str, ...],
                                        fragments: tuple[str, ...]) -> None:
    assert_nothing_written(idle, *args, code=EXIT_REFUSED, fragments=fragments)


REFUSED_WHEN_RUNNING = {
    "resume-when-running": (("resume",), ("resume", "running")),
    "start-again": (("start",), ("running",)),
    "start-same-id-again": (("start", str(OPEN_ID)), ("running",)),
    "start-unknown-id": (("start", "999"), ("999",)),
    "start-done-step": (("start", str(DONE_ID)), (str(DONE_ID), "done")),
    "outsource-without-to": (
        ("skip", "--stuck", "No time", "--decide", "outsource"), ("outsourc",)),
    "outsource-to-blank": (
        ("skip", "--stuck", "No time", "--decide", "outsource", "--to", "  "), ("outsourc",)),
    "to-without-outsource": (("skip", "--stuck", "No time", "--to", "Anna"), ("outsourc",)),
    "to-with-self": (
        ("skip", "--stuck", "No time", "--decide", "self", "--to", "Anna"), ("outsourc",)),
    "brief-without-outsource": (
        ("skip", "--stuck", "No time", "--brief", "Post weekly"), ("outsourc",)),
    "due-without-outsource": (
        ("skip", "--stuck", "No time", "--due", "2026-04-30"), ("outsourc",)),
    "blank-stuck-note": (("skip", "--stuck", "   "), ("stuck",)),
    "control-in-stuck-note": (("skip", "--stuck", "No\x07time"), ("control",)),
    "blank-split-title": (
        ("skip", "--stuck", "Too big", "--split", "Fine", "--split", " ", "--decide", "self"),
        ("empty",)),
    "control-in-split-title": (
        ("skip", "--stuck", "Too big", "--split", "Bad\x07", "--decide", "self"), ("control",)),
    "control-in-learning": (("done", "--learning", "Bell\x07"), ("learning", "control")),
    "control-in-brief": (
        ("skip", "--stuck", "No time", "--decide", "outsource", "--to", "Anna",
         "--brief", "Post\x07"), ("brief", "control")),
}


@pytest.mark.parametrize(("args", "fragments"), REFUSED_WHEN_RUNNING.values(),
                         ids=REFUSED_WHEN_RUNNING.keys())
def test_refused_while_a_timebox_runs(running: Path, args: tuple[str, ...],
                                      fragments: tuple[str, ...]) -> None:
    assert_nothing_written(running, *args, code=EXIT_REFUSED, fragments=fragments)


@pytest.mark.parametrize(("args", "fragments"), [
    (("pause",), ("pause", "paused")),
    (("start",), ("paused",)),
    (("start", str(OPEN_ID)), ("paused",)),
], ids=["pause-twice", "start-while-paused", "start-same-id-while-paused"])
def test_refused_while_paused(paused: Path, args: tuple[str, ...],
                              fragments: tuple[str, ...]) -> None:
    assert_nothing_written(paused, *args, code=EXIT_REFUSED, fragments=fragments)


def test_refused_add_on_an_empty_data_dir_adds_no_step(tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    assert_refused(run("add", "  ", home=home), EXIT_REFUSED, "empty")
    assert json_of("list", home=home) == []


def test_import_of_a_missing_file_is_refused(running: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-export.json"
    assert_nothing_written(running, "import", str(missing), code=EXIT_REFUSED,
                           fragments=("no-such-export.json",))


@pytest.mark.parametrize("content", [
    b"garbage",
    b'{"format": "smallsteps-export", "version": 1}',
    b'{"format": "something-else", "version": 1, "steps": []}',
    b"[]",
], ids=["not-json", "incomplete", "foreign-format", "a-list"])
def test_import_of_an_invalid_file_is_refused(running: Path, tmp_path: Path,
                                              content: bytes) -> None:
    bad = tmp_path / "bad-export.json"
    bad.write_bytes(content)
    assert_nothing_written(running, "import", str(bad), code=EXIT_REFUSED,
                           fragments=("bad-export.json",))


def test_import_of_a_dangling_parent_is_refused(running: Path, tmp_path: Path) -> None:
    """An export whose step points at a parent that is not in the file."""
    good = tmp_path / "good.json"
    ok("export", "--out", str(good), home=running)
    text = good.read_text(encoding="utf-8").replace('"parent_id": 2', '"parent_id": 77')
    assert '"parent_id": 77' in text
    bad = tmp_path / "dangling.json"
    bad.write_text(text, encoding="utf-8")
    assert_nothing_written(running, "import", str(bad), code=EXIT_REFUSED,
                           fragments=("dangling.json",))


def test_export_to_a_missing_folder_is_refused(running: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "out.json"
    assert_nothing_written(running, "export", "--out", str(target), code=EXIT_REFUSED,
                           fragments=("out.json",))
    assert not target.exists()


# -- damaged, foreign and newer data files ---------------------------------------------------

READ_AND_WRITE_COMMANDS = [("list", "--json"), ("current", "--json"), ("show", "1"),
                           ("add", "A step"), ("start",)]


def _dir_bytes(home: Path) -> dict[str, bytes]:
    return {p.relative_to(home).as_posix(): p.read_bytes()
            for p in sorted(home.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("args", READ_AND_WRITE_COMMANDS, ids=" ".join)
def test_a_damaged_data_file_is_refused_and_left_alone(tmp_path: Path,
                                                       args: tuple[str, ...]) -> None:
    home = tmp_path / "data"
    home.mkdir()
    damaged = home / DB_NAME
    damaged.write_bytes(b"This is not a database, just some bytes.\x00\xff" * 200)
    # SQLite deletes a log it cannot use when it opens such a file; it must never get to.
    (home / f"{DB_NAME}-wal").write_bytes(b"the newest steps might be in here" * 50)
    before = _dir_bytes(home)
    assert_refused(run(*args, home=home), EXIT_REFUSED, str(damaged))
    assert _dir_bytes(home) == before


def _newer_database(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE steps (id INTEGER PRIMARY KEY, title TEXT, future TEXT)")
        conn.execute("INSERT INTO steps (title, future) VALUES ('From the future', 'x')")
        conn.execute("PRAGMA user_version = 99")
        conn.commit()


@pytest.mark.parametrize("args", READ_AND_WRITE_COMMANDS, ids=" ".join)
def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path,
                                                        args: tuple[str, ...]) -> None:
    home = tmp_path / "data"
    home.mkdir()
    _newer_database(home / DB_NAME)
    before = _dir_bytes(home)
    assert_refused(run(*args, home=home), EXIT_REFUSED, str(home / DB_NAME), "newer")
    assert _dir_bytes(home) == before
    assert not (home / "backups").exists()


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    home = tmp_path / "data"
    home.mkdir()
    with closing(sqlite3.connect(home / DB_NAME)) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Someone else''s data')")
        conn.commit()
    before = _dir_bytes(home)
    assert_refused(run("add", "A step", home=home), EXIT_REFUSED, str(home / DB_NAME))
    assert _dir_bytes(home) == before


def test_a_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "notes.txt"
    not_a_dir.write_text("my notes", encoding="utf-8")
    assert_refused(run("add", "A step", home=not_a_dir), EXIT_REFUSED, str(not_a_dir))
    assert not_a_dir.read_text(encoding="utf-8") == "my notes"


# -- no Qt without a window ------------------------------------------------------------------

QT_FREE_COMMANDS = [
    ((), ("list", "--json")),
    ((), ("list",)),
    ((), ("add", "A step")),
    ((("add", "A step"),), ("current", "--json")),
    ((("add", "A step"),), ("show", "1", "--json")),
    ((("add", "A step"),), ("start",)),
    ((("add", "A step"), ("start",)), ("pause",)),
    ((("add", "A step"), ("start",)), ("done", "--learning", "It helped")),
    ((("add", "A step"), ("start",)), ("skip", "--stuck", "Too big", "--split", "Smaller",
                                       "--decide", "self")),
    ((("add", "A step"),), ("export", "--out", "{home}/export.json")),
    ((("add", "A step"),), ("report", "--format", "html", "--out", "{home}/report.html")),
    ((("add", "A step"),), ("report", "--format", "csv", "--out", "{home}/report.csv")),
    ((("add", "A step"), ("start",), ("skip", "--stuck", "Too hard", "--decide", "outsource",
                                      "--to", "Anna")),
     ("brief", "1", "--out", "{home}/brief.md")),
]


@pytest.mark.parametrize(("setup", "args"), QT_FREE_COMMANDS,
                         ids=[" ".join(args[:1]) + f"-{i}" for i, (_, args) in
                              enumerate(QT_FREE_COMMANDS)])
def test_commands_without_a_window_never_import_qt(tmp_path: Path, setup: tuple,
                                                   args: tuple[str, ...]) -> None:
    home = tmp_path / "data"
    for step in setup:
        ok(*step, home=home)
    args = tuple(arg.replace("{home}", str(home)) for arg in args)
    result = run(*args, home=home, python_flags=("-X", "importtime"))
    assert result.returncode == 0, result.stderr
    modules = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
               if line.startswith("import time:")]
    assert "smallsteps_desktop.cli" in modules  # the log really covers our code
    assert any(m.startswith("smallsteps_desktop.storage") for m in modules)
    qt = [m for m in modules if m.startswith(("PySide6", "shiboken6"))]
    assert qt == []
    if args[0] not in ("report", "brief"):  # the report's modules cost ~18 ms to import
        assert not [m for m in modules if ".report" in m or m == "statistics"]


@pytest.mark.parametrize("args", [("--version",), ("frobnicate",), ("show", "999")],
                         ids=["version", "usage-error", "refused"])
def test_failures_and_version_never_import_qt(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run(*args, home=tmp_path / "data", python_flags=("-X", "importtime"))
    modules = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
               if line.startswith("import time:")]
    assert "smallsteps_desktop.cli" in modules
    assert not [m for m in modules if m.startswith(("PySide6", "shiboken6"))]


@pytest.mark.parametrize("args", [
    ("list",), ("list", "--json"), ("current", "--json"), ("show", "1"), ("start",), ("done",),
    ("pause",), ("skip", "--stuck", "Too big"), ("brief", "1", "--out", "{out}/b.md"),
    ("report", "--format", "json", "--out", "{out}/r.json"), ("backup",), ("restore",),
    ("add", "  "), ("add", "A step", "--annoyance", "9"), ("add", "A step", "--parent", "3"),
    ("add", "A step", "--minutes", "0"), ("add", "A step", "--area", "x\ny"),
], ids=" ".join)
def test_commands_on_a_folder_without_data_create_no_data_file(tmp_path: Path,
                                                               args: tuple[str, ...]) -> None:
    home, out = tmp_path / "fresh", tmp_path / "out"
    out.mkdir()
    result = run(*(a.replace("{out}", str(out)) for a in args), home=home)
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr
    assert not home.exists(), sorted(p.name for p in home.rglob("*"))
