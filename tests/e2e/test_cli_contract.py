"""The command-line contract, run as a real subprocess against a temporary data dir."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import smallsteps_desktop
from e2e.cli_runner import DB_NAME, add, command_env, current, json_of, ok, run, show

STEP_FIELDS = {"id", "parent_id", "title", "status", "area", "annoyance", "planned_minutes",
               "minutes_spent", "created_at", "done_at", "decision", "current", "children"}
DETAIL_FIELDS = {"sessions", "stuck_notes", "learning", "brief", "public", "reaction"}
TIMER_STATES = {"idle", "running", "paused", "expired"}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A data dir that does not exist yet: the app must create it."""
    return tmp_path / "data"


def assert_aware(text: str) -> datetime:
    """An ISO 8601 timestamp with a UTC offset."""
    moment = datetime.fromisoformat(text)
    assert moment.tzinfo is not None and moment.utcoffset() is not None, text
    return moment


def assert_step_shape(step: dict[str, Any]) -> None:
    assert STEP_FIELDS <= step.keys(), STEP_FIELDS - step.keys()
    assert type(step["id"]) is int
    assert step["parent_id"] is None or type(step["parent_id"]) is int
    assert isinstance(step["title"], str) and step["title"]
    assert step["status"] in {"inbox", "next", "stuck", "delegated", "done", "dropped"}
    assert step["area"] is None or isinstance(step["area"], str)
    assert step["annoyance"] is None or step["annoyance"] in range(1, 6)
    assert type(step["planned_minutes"]) is int
    assert isinstance(step["minutes_spent"], int | float) and step["minutes_spent"] >= 0
    assert_aware(step["created_at"])
    if step["done_at"] is not None:
        assert_aware(step["done_at"])
    assert step["decision"] in {None, "self", "outsource"}
    assert type(step["current"]) is bool
    assert isinstance(step["children"], list) and all(type(c) is int for c in step["children"])


def assert_timer_shape(timer: dict[str, Any]) -> None:
    assert set(timer) >= {"state", "remaining_seconds", "planned_seconds"}
    assert timer["state"] in TIMER_STATES
    for key in ("remaining_seconds", "planned_seconds"):
        assert isinstance(timer[key], int | float) and not isinstance(timer[key], bool)
        assert timer[key] >= 0


# -- version and entry points -------------------------------------------------------------


def test_module_version_prints_the_package_version(home: Path) -> None:
    result = run("--version", home=home, data_dir=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"smallsteps {smallsteps_desktop.__version__}"
    assert not home.exists(), "--version must not create the data dir"


def test_console_script_version(home: Path) -> None:
    script = Path(sys.executable).parent / "smallsteps"
    if not script.exists():
        pytest.skip("the smallsteps console script is not installed next to this Python")
    result = subprocess.run([str(script), "--version"], env=command_env(home),
                            capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"smallsteps {smallsteps_desktop.__version__}"


def test_smallsteps_home_is_used_without_data_dir(home: Path, tmp_path: Path) -> None:
    result = run("add", "Post one photo", home=home, data_dir=False)
    assert result.returncode == 0, result.stderr
    assert (home / DB_NAME).is_file()
    other = tmp_path / "other"
    ok("add", "Elsewhere", home=other)  # --data-dir other, SMALLSTEPS_HOME other
    # --data-dir wins over SMALLSTEPS_HOME.
    explicit = subprocess.run(
        [sys.executable, "-m", "smallsteps_desktop", "--data-dir", str(other), "list", "--json"],
        env=command_env(home), capture_output=True, text=True, timeout=30, check=False)
    assert explicit.returncode == 0, explicit.stderr
    assert [s["title"] for s in json_of("list", home=home)] == ["Post one photo"]
    assert '"Elsewhere"' in explicit.stdout and "Post one photo" not in explicit.stdout


# -- add ----------------------------------------------------------------------------------


def test_add_prints_the_new_id_alone(home: Path) -> None:
    first = run("add", "Post one photo on Instagram", home=home)
    second = run("add", "Ask three customers for a review", home=home)
    for result in (first, second):
        assert result.returncode == 0, result.stderr
        assert re.fullmatch(r"\d+\n", result.stdout), repr(result.stdout)
        assert result.stderr == ""
    first_id, second_id = int(first.stdout), int(second.stdout)
    assert first_id != second_id
    assert [s["id"] for s in json_of("list", home=home)] == [first_id, second_id]


def test_add_stores_area_annoyance_and_minutes(home: Path) -> None:
    step_id = add("Get going on Instagram", "--area", "Social media", "--annoyance", "5",
                  "--minutes", "12", home=home)
    step = show(step_id, home)
    assert step["title"] == "Get going on Instagram"
    assert step["area"] == "Social media"
    assert step["annoyance"] == 5
    assert step["planned_minutes"] == 12
    assert step["parent_id"] is None
    assert step["status"] == "inbox"
    assert step["done_at"] is None and step["decision"] is None and step["current"] is False


def test_add_defaults(home: Path) -> None:
    step = show(add("Newsletter", home=home), home)
    assert step["area"] is None and step["annoyance"] is None
    assert step["planned_minutes"] == 5
    assert step["minutes_spent"] == 0


def test_add_title_is_stored_verbatim_apart_from_outer_blanks(home: Path) -> None:
    title = "Fotos für Instagram: «Vorher/Nachher» & 'Team' 📷"
    step = show(add(f"  {title}\t", home=home), home)
    assert step["title"] == title


def test_add_parent_makes_a_child_that_inherits_the_area(home: Path) -> None:
    chore = add("Get going on Instagram", "--area", "Social media", home=home)
    child = add("Post any photo", "--parent", str(chore), home=home)
    own = add("Write a caption", "--parent", str(chore), "--area", "Content", home=home)
    step = show(child, home)
    assert step["parent_id"] == chore
    assert step["area"] == "Social media"
    assert show(own, home)["area"] == "Content"
    assert show(chore, home)["children"] == [child, own]


# -- list, show, current: the JSON shapes ---------------------------------------------------


def test_list_json_has_every_contract_field(home: Path) -> None:
    chore = add("Reviews", "--area", "Reputation", "--annoyance", "3", home=home)
    child = add("Ask one customer", "--parent", str(chore), home=home)
    steps = json_of("list", home=home)
    assert [s["id"] for s in steps] == [chore, child]
    for step in steps:
        assert_step_shape(step)
    assert steps[0]["children"] == [child] and steps[1]["parent_id"] == chore


def test_list_json_of_an_empty_data_dir_is_an_empty_list(home: Path) -> None:
    assert json_of("list", home=home) == []


def test_show_json_adds_history_fields(home: Path) -> None:
    step_id = add("Reviews", home=home)
    step = show(step_id, home)
    assert_step_shape(step)
    assert DETAIL_FIELDS <= step.keys()
    assert step["sessions"] == [] and step["stuck_notes"] == []
    assert step["learning"] is None and step["brief"] is None
    assert step["public"] is False and step["reaction"] is None


def test_current_json_without_a_current_step(home: Path) -> None:
    add("Reviews", home=home)
    view = current(home)
    assert set(view) == {"step", "timer"}
    assert view["step"] is None
    assert_timer_shape(view["timer"])
    assert view["timer"]["state"] == "idle"


def test_list_status_filters(home: Path) -> None:
    done_id = add("Done one", home=home)
    stuck_id = add("Stuck one", home=home)
    inbox_id = add("Untouched", home=home)
    ok("start", str(done_id), home=home)
    ok("done", home=home)
    ok("start", str(stuck_id), home=home)
    ok("skip", "--stuck", "No idea where to begin", "--reason", "unclear", home=home)
    expected = {"done": [done_id], "stuck": [stuck_id], "inbox": [inbox_id],
                "next": [], "delegated": [], "dropped": []}
    for status, ids in expected.items():
        listed = json_of("list", "--status", status, home=home)
        assert [s["id"] for s in listed] == ids, status
        assert all(s["status"] == status for s in listed)


def test_human_readable_output(home: Path) -> None:
    assert "add" in ok("list", home=home)  # says how to begin
    step_id = add("Post any photo", "--area", "Social media", home=home)
    assert "Post any photo" in ok("list", home=home)
    assert "Post any photo" in ok("show", str(step_id), home=home)
    ok("start", home=home)
    assert "Post any photo" in ok("current", home=home)


# -- the method, step by step ---------------------------------------------------------------


def test_start_without_id_picks_the_next_step(home: Path) -> None:
    chore = add("Get going on Instagram", home=home)
    first = add("Post any photo", "--parent", str(chore), home=home)
    add("Write a caption", "--parent", str(chore), home=home)
    add("Another chore", home=home)
    result = run("start", home=home)
    assert result.returncode == 0, result.stderr
    assert "Post any photo" in result.stdout
    view = current(home)
    assert view["step"]["id"] == first  # the children take the chore's place
    assert view["step"]["current"] is True
    assert view["timer"]["state"] == "running"
    assert view["timer"]["planned_seconds"] == 300
    assert 290 < view["timer"]["remaining_seconds"] <= 300
    assert [s["id"] for s in json_of("list", home=home) if s["current"]] == [first]


def test_start_with_id_makes_it_current_with_its_own_timebox(home: Path) -> None:
    add("First", home=home)
    second = add("Second", "--minutes", "2", home=home)
    ok("start", str(second), home=home)
    view = current(home)
    assert view["step"]["id"] == second
    assert view["timer"]["state"] == "running"
    assert view["timer"]["planned_seconds"] == 120
    sessions = show(second, home)["sessions"]
    assert len(sessions) == 1
    assert sessions[0]["ended_at"] is None and sessions[0]["outcome"] is None
    assert sessions[0]["planned_seconds"] == 120
    assert_aware(sessions[0]["started_at"])


def test_pause_freezes_the_countdown_and_resume_continues(home: Path) -> None:
    add("Post any photo", home=home)
    ok("start", home=home)
    ok("pause", home=home)
    paused = current(home)["timer"]
    assert paused["state"] == "paused"
    time.sleep(1.2)
    still = current(home)["timer"]
    assert still["state"] == "paused"
    assert abs(still["remaining_seconds"] - paused["remaining_seconds"]) <= 0.2
    ok("resume", home=home)
    resumed = current(home)["timer"]
    assert resumed["state"] == "running"
    assert abs(resumed["remaining_seconds"] - paused["remaining_seconds"]) <= 0.5
    time.sleep(1.1)
    later = current(home)["timer"]
    assert later["remaining_seconds"] <= resumed["remaining_seconds"] - 0.8
    ok("done", home=home)
    session = show(1, home)["sessions"][0]
    assert session["paused_seconds"] >= 1.1
    assert session["actual_seconds"] < 2.0  # the pause does not count as work


def test_done_keeps_the_learning_and_clears_the_current_step(home: Path) -> None:
    step_id = add("Post any photo", home=home)
    ok("start", home=home)
    result = run("done", "--learning", "Posting takes a minute; finding a photo takes five.",
                 home=home)
    assert result.returncode == 0, result.stderr
    step = show(step_id, home)
    assert step["status"] == "done"
    assert step["learning"] == "Posting takes a minute; finding a photo takes five."
    assert step["current"] is False
    assert_aware(step["done_at"]) >= assert_aware(step["created_at"])
    [session] = step["sessions"]
    assert session["outcome"] == "done"
    assert_aware(session["ended_at"])
    assert session["actual_seconds"] >= 0
    view = current(home)
    assert view["step"] is None and view["timer"]["state"] == "idle"


def test_done_without_learning_leaves_it_empty(home: Path) -> None:
    step_id = add("Post any photo", home=home)
    ok("start", home=home)
    ok("done", home=home)
    step = show(step_id, home)
    assert step["status"] == "done" and step["learning"] in (None, "")


def test_skip_split_and_do_it_yourself(home: Path) -> None:
    chore = add("Instagram", "--area", "Social media", home=home)
    step_id = add("Post a great photo", "--parent", str(chore), home=home)
    ok("start", home=home)
    result = run("skip", "--stuck", "I have no photo", "--reason", "missing",
                 "--split", "Take any photo", "--split", "Post it without caption",
                 "--decide", "self", home=home)
    assert result.returncode == 0, result.stderr
    step = show(step_id, home)
    assert step["status"] in {"next", "inbox"}
    assert step["decision"] == "self"
    assert step["current"] is False
    notes = [(n["reason"], n["text"]) for n in step["stuck_notes"]]
    assert notes == [("missing", "I have no photo")]
    assert_aware(step["stuck_notes"][0]["created_at"])
    assert [s["outcome"] for s in step["sessions"]] == ["skipped"]
    children = [show(child, home) for child in step["children"]]
    assert [c["title"] for c in children] == ["Take any photo", "Post it without caption"]
    assert all(c["parent_id"] == step_id for c in children)
    assert all(c["area"] == "Social media" for c in children)
    assert [c["id"] for c in children] == sorted(c["id"] for c in children)
    view = current(home)
    assert view["step"]["id"] == children[0]["id"]
    assert view["step"]["current"] is True
    assert [s["id"] for s in json_of("list", home=home) if s["current"]] == [children[0]["id"]]


def test_split_step_is_done_when_all_smaller_steps_are_done(home: Path) -> None:
    step_id = add("Post a great photo", home=home)
    ok("start", home=home)
    ok("skip", "--stuck", "Too much at once", "--reason", "too-big",
       "--split", "Take any photo", "--split", "Post it", "--decide", "self", home=home)
    first, second = show(step_id, home)["children"]
    ok("start", home=home)  # starts the current first child
    assert current(home)["step"]["id"] == first
    ok("done", home=home)
    assert show(step_id, home)["status"] != "done"
    ok("start", home=home)
    assert current(home)["step"]["id"] == second
    ok("done", "--learning", "Easy once the photo exists", home=home)
    parent = show(step_id, home)
    assert parent["status"] == "done"
    assert_aware(parent["done_at"])
    assert current(home)["step"] is None


def test_skip_and_outsource_with_a_brief(home: Path) -> None:
    step_id = add("Weekly post", home=home)
    other = add("Something else", home=home)
    ok("start", str(step_id), home=home)
    result = run("skip", "--stuck", "No time for this every week", "--reason", "no-time",
                 "--decide", "outsource", "--to", "Anna (agency)",
                 "--brief", "Post one photo each Monday", "--due", "2026-04-30",
                 "--why", "Regulars look for the weekly photo", home=home)
    assert result.returncode == 0, result.stderr
    step = show(step_id, home)
    assert step["status"] == "delegated"
    assert step["decision"] == "outsource"
    assert step["current"] is False
    brief = step["brief"]
    assert {"to", "text", "due"} <= brief.keys()
    assert brief["to"] == "Anna (agency)"
    assert brief["text"] == "Post one photo each Monday"
    assert brief["due"] == "2026-04-30"
    assert brief["why"] == "Regulars look for the weekly photo"
    assert [n["reason"] for n in step["stuck_notes"]] == ["no-time"]
    assert [s["outcome"] for s in step["sessions"]] == ["skipped"]
    view = current(home)
    assert view["step"] is None and view["timer"]["state"] == "idle"
    assert [s["id"] for s in json_of("list", "--status", "delegated", home=home)] == [step_id]
    ok("start", home=home)  # a delegated step is not the owner's next step
    assert current(home)["step"]["id"] == other


def test_outsource_without_due_date(home: Path) -> None:
    step_id = add("Weekly post", home=home)
    ok("start", home=home)
    ok("skip", "--stuck", "Not my strength", "--decide", "outsource", "--to", "Ben", home=home)
    brief = show(step_id, home)["brief"]
    assert brief["to"] == "Ben" and brief["due"] is None
    assert isinstance(brief["text"], str)


def test_skip_without_a_plan_leaves_the_step_stuck(home: Path) -> None:
    step_id = add("Write a newsletter", home=home)
    other = add("Update the website hours", home=home)
    ok("start", home=home)
    ok("skip", "--stuck", "I don't know what to write", home=home)
    step = show(step_id, home)
    assert step["status"] == "stuck"
    assert step["decision"] is None and step["children"] == []
    assert [(n["reason"], n["text"]) for n in step["stuck_notes"]] == [
        ("other", "I don't know what to write")]
    assert current(home)["step"] is None
    ok("start", home=home)  # a stuck step waits for a decision; the queue moves on
    assert current(home)["step"]["id"] == other


def test_start_on_another_step_interrupts_the_running_one(home: Path) -> None:
    first = add("First", home=home)
    second = add("Second", home=home)
    ok("start", str(first), home=home)
    ok("start", str(second), home=home)
    [old] = show(first, home)["sessions"]
    assert old["outcome"] == "interrupted"
    assert_aware(old["ended_at"])
    assert show(first, home)["current"] is False
    assert show(first, home)["status"] != "done"
    view = current(home)
    assert view["step"]["id"] == second and view["timer"]["state"] == "running"
    assert [s["id"] for s in json_of("list", home=home) if s["current"]] == [second]


def _age_open_session(home: Path, seconds: float) -> None:
    """Move the open timebox's start into the past instead of waiting for it to run out."""
    with closing(sqlite3.connect(home / DB_NAME)) as conn:
        (session_id, started), = conn.execute(
            "SELECT id, started_at FROM sessions WHERE ended_at IS NULL").fetchall()
        earlier = datetime.fromisoformat(started) - timedelta(seconds=seconds)
        conn.execute("UPDATE sessions SET started_at = ? WHERE id = ?",
                     (earlier.isoformat(), session_id))
        conn.commit()


def test_an_expired_timebox_can_still_be_finished(home: Path) -> None:
    step_id = add("Post any photo", "--minutes", "1", home=home)
    ok("start", home=home)
    _age_open_session(home, 61)
    view = current(home)
    assert view["step"]["id"] == step_id
    assert view["timer"] == {"state": "expired", "remaining_seconds": 0, "planned_seconds": 60}
    ok("done", home=home)
    assert show(step_id, home)["sessions"][0]["outcome"] == "done"


# -- export and import ----------------------------------------------------------------------


def _last_done(home: Path) -> int:
    return max(s["id"] for s in json_of("list", "--status", "done", home=home))


def _a_little_of_everything(home: Path) -> list[int]:
    """A data dir with a done step, its learning and reactions, a split, a brief, a step
    marked public and a running timebox."""
    chore = add("Instagram", "--area", "Social media", "--annoyance", "4", home=home)
    photo = add("Post a great photo", "--parent", str(chore), home=home)
    weekly = add("Weekly post", "--minutes", "10", home=home)
    ok("start", str(photo), home=home)
    ok("skip", "--stuck", "No photo", "--reason", "missing", "--split", "Take any photo",
       "--decide", "self", home=home)
    ok("start", home=home)
    ok("done", "--learning", "Took one minute", home=home)
    done_step = _last_done(home)
    ok("react", str(done_step), "--note", "Two asked where the shop is", "--likes", "9",
       "--enquiries", "2", home=home)
    ok("public", str(weekly), home=home)
    ok("start", str(weekly), home=home)
    ok("skip", "--stuck", "No time", "--reason", "no-time", "--decide", "outsource",
       "--to", "Anna", "--brief", "One photo each Monday", "--due", "2026-04-30",
       "--why", "Regulars look for it", home=home)
    add("Newsletter", home=home)
    ok("start", home=home)
    return [s["id"] for s in json_of("list", home=home)]


def test_export_then_import_into_an_empty_dir_is_lossless(home: Path, tmp_path: Path) -> None:
    ids = _a_little_of_everything(home)
    out = tmp_path / "export.json"
    result = run("export", "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(document, dict) and "version" in document  # versioned
    target = tmp_path / "restored"
    result = run("import", str(out), home=target)
    assert result.returncode == 0, result.stderr
    assert json_of("list", home=target) == json_of("list", home=home)
    for step_id in ids:
        assert show(step_id, target) == show(step_id, home)
    assert current(target)["step"] == current(home)["step"]


def test_import_into_existing_data_merges_with_new_ids(home: Path, tmp_path: Path) -> None:
    _a_little_of_everything(home)
    out = tmp_path / "export.json"
    ok("export", "--out", str(out), home=home)
    before = json_of("list", home=home)
    ok("import", str(out), home=home, timeout=10)
    after = json_of("list", home=home)
    assert len(after) == 2 * len(before)
    assert after[: len(before)] == before  # existing steps untouched
    new = after[len(before):]
    assert {s["id"] for s in new}.isdisjoint(s["id"] for s in before)
    assert [s["title"] for s in new] == [s["title"] for s in before]
    by_id = {s["id"]: s for s in after}
    for step in new:  # the tree is rebuilt with the new ids
        if step["parent_id"] is not None:
            assert step["parent_id"] in {s["id"] for s in new}
        assert all(by_id[c]["parent_id"] == step["id"] for c in step["children"])
    assert sum(s["current"] for s in after) == 1
