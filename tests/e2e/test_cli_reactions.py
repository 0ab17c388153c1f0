"""``smallsteps public`` and ``smallsteps react`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from e2e.cli_runner import EXIT_REFUSED, EXIT_USAGE, add, assert_refused, ok, run, show


def _done_post(home: Path) -> int:
    step = add("Post the new menu", "--area", "Social media", home=home)
    ok("start", str(step), home=home)
    ok("done", home=home)
    return step


def test_react_records_the_counts_and_the_report_shows_them(tmp_path: Path) -> None:
    home = tmp_path / "data"
    step = _done_post(home)
    printed = ok("react", str(step), "--note", "Two asked for prices", "--likes", "14",
                 "--comments", "3", "--enquiries", "2", home=home)
    assert "14 likes, 3 comments, 0 replies, 2 enquiries" in printed
    shown = show(step, home)
    assert shown["public"] is True
    assert {k: shown["reaction"][k] for k in ("likes", "comments", "replies", "enquiries",
                                             "note")} == {
        "likes": 14, "comments": 3, "replies": 0, "enquiries": 2, "note": "Two asked for prices"}
    out = tmp_path / "report.json"
    ok("report", "--format", "json", "--out", str(out), home=home)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["reaction_areas"] == [{"name": "Social media", "steps": 1, "likes": 14,
                                       "comments": 3, "replies": 0, "enquiries": 2}]


def test_public_marks_and_unmarks_a_step(tmp_path: Path) -> None:
    home = tmp_path / "data"
    step = add("Newsletter to regular customers", home=home)
    assert "is public" in ok("public", str(step), home=home)
    assert show(step, home)["public"] is True
    ok("public", str(step), "--off", home=home)
    assert show(step, home)["public"] is False


def test_bad_reactions_are_refused_and_change_nothing(tmp_path: Path) -> None:
    home = tmp_path / "data"
    step = _done_post(home)
    open_step = add("Write a caption", home=home)
    before = show(step, home)
    assert_refused(run("react", str(step), "--note", "x", "--likes", "-3", home=home),
                   EXIT_REFUSED, "likes", "0 to")
    assert_refused(run("react", str(open_step), "--note", "x", home=home),
                   EXIT_REFUSED, "not done yet")
    assert_refused(run("react", "999", "--note", "x", home=home), EXIT_REFUSED, "no step 999")
    assert_refused(run("react", str(step), "--likes", "3", home=home), EXIT_USAGE, "--note")
    assert_refused(run("react", str(step), "--note", "x", "--likes", "many", home=home),
                   EXIT_USAGE, "invalid int")
    assert show(step, home) == before


def test_react_on_a_folder_without_data_leaves_nothing_behind(tmp_path: Path) -> None:
    home = tmp_path / "empty"
    assert_refused(run("react", "1", "--note", "x", home=home), EXIT_REFUSED, "no step 1")
    assert_refused(run("public", "1", home=home), EXIT_REFUSED, "no step 1")
    assert not home.exists() or not any(home.iterdir())
