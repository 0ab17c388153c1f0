"""The method's flow through StepService and StepQueries on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.errors import NotFound, Refused
from smallsteps_desktop.core.models import Decision, StepStatus, StuckReason, TimerState
from smallsteps_desktop.core.services import SkipRequest
from smallsteps_desktop.core.text import MAX_TITLE_CHARS

from support.clock import START, FakeClock
from support.services import make_services


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def app(folder: Path, clock: FakeClock) -> Iterator[Services]:
    services = make_services(folder, clock)
    yield services
    services.close()


def events(app: Services) -> list[tuple[str, str, int | None, dict[str, Any]]]:
    """The event rows, read with plain SQL from a second connection."""
    conn = sqlite3.connect(app.paths.database)
    try:
        rows = conn.execute("SELECT at, kind, step_id, detail FROM events ORDER BY id").fetchall()
    finally:
        conn.close()
    return [(at, kind, step_id, json.loads(detail)) for at, kind, step_id, detail in rows]


def event_kinds(app: Services) -> Counter[str]:
    return Counter(kind for _, kind, _, _ in events(app))


def snapshot(app: Services) -> dict[str, Any]:
    """Everything a user could see, plus the raw event log."""
    steps = app.queries.list_json()
    return {
        "steps": steps,
        "details": [app.queries.show_json(step["id"]) for step in steps],
        "current": app.queries.current_json(),
        "events": events(app),
    }


def step(app: Services, step_id: int) -> dict[str, Any]:
    return app.queries.show_json(step_id)


def current_id(app: Services) -> int | None:
    view = app.queries.current()
    return view.step.id if view.step else None


# -- add ---------------------------------------------------------------------------


def test_add_a_chore_and_a_step(app: Services, clock: FakeClock) -> None:
    chore = app.steps.add("Get going on Instagram", area="Social media", annoyance=5)
    clock.advance(10)
    child = app.steps.add("Post one photo", parent_id=chore)
    chore_json, child_json = step(app, chore), step(app, child)
    assert chore_json["status"] == "inbox"
    assert chore_json["annoyance"] == 5
    assert chore_json["planned_minutes"] == 5
    assert chore_json["created_at"] == START.isoformat()
    assert chore_json["children"] == [child]
    assert child_json["status"] == "next"
    assert child_json["parent_id"] == chore
    assert child_json["area"] == "Social media"  # inherited from the parent
    assert child_json["created_at"] == clock.now().isoformat()
    assert chore_json["current"] is False and child_json["current"] is False


def test_add_keeps_its_own_area_over_the_parents(app: Services) -> None:
    chore = app.steps.add("Newsletter", area="Mail")
    child = app.steps.add("Pick a tool", parent_id=chore, area="Tools")
    assert step(app, child)["area"] == "Tools"


def test_add_strips_surrounding_blanks(app: Services) -> None:
    step_id = app.steps.add("  \tPost one photo \n")
    assert step(app, step_id)["title"] == "Post one photo"


@pytest.mark.parametrize("title", ["", "   ", "\t\n"])
def test_add_refuses_an_empty_title(app: Services, title: str) -> None:
    with pytest.raises(Refused, match="empty"):
        app.steps.add(title)
    assert app.queries.list_json() == []


@pytest.mark.parametrize("title", ["a\x00b", "bell\x07", "esc\x1b[31m", "del\x7f", "x\x0bz"])
def test_add_refuses_control_characters(app: Services, title: str) -> None:
    with pytest.raises(Refused, match="control character"):
        app.steps.add(title)
    assert app.queries.list_json() == []


def test_add_refuses_a_title_on_two_lines(app: Services) -> None:
    with pytest.raises(Refused, match="one line"):
        app.steps.add("first\nsecond")
    assert app.queries.list_json() == []


def test_add_allows_a_tab_inside_the_title(app: Services) -> None:
    step_id = app.steps.add("a\tb")
    assert step(app, step_id)["title"] == "a\tb"


def test_add_refuses_a_title_over_ten_thousand_chars(app: Services) -> None:
    with pytest.raises(Refused, match="too long"):
        app.steps.add("x" * (MAX_TITLE_CHARS + 1))
    assert app.queries.list_json() == []


def test_add_stores_ten_thousand_chars_exactly(app: Services) -> None:
    title = ("Ä€😀" * 4_000)[:MAX_TITLE_CHARS]
    assert len(title) == 10_000
    step_id = app.steps.add(title)
    assert step(app, step_id)["title"] == title


@pytest.mark.parametrize("title", [
    "📣 Post one 📸 photo 👩‍💻 🇩🇪",
    "פרסם תמונה אחת",
    "انشر صورة واحدة",
    "Mixed עברית and English \u200f‏ with marks",
    "Zoë’s Café – e\u0301 combining",
])
def test_add_stores_unicode_exactly(app: Services, title: str) -> None:
    step_id = app.steps.add(title, area=title[:50])
    stored = step(app, step_id)
    assert stored["title"] == title
    assert stored["area"] == title[:50].strip()


@pytest.mark.parametrize("annoyance", [0, 6, -1, 100])
def test_add_refuses_annoyance_out_of_range(app: Services, annoyance: int) -> None:
    with pytest.raises(Refused, match="annoyance"):
        app.steps.add("Instagram", annoyance=annoyance)
    assert app.queries.list_json() == []


@pytest.mark.parametrize("annoyance", [1, 3, 5])
def test_add_accepts_annoyance_one_to_five(app: Services, annoyance: int) -> None:
    assert step(app, app.steps.add("Instagram", annoyance=annoyance))["annoyance"] == annoyance


@pytest.mark.parametrize("minutes", [0, -5, 241, 10_000])
def test_add_refuses_minutes_out_of_range(app: Services, minutes: int) -> None:
    with pytest.raises(Refused, match="1 to 240 minutes"):
        app.steps.add("Instagram", minutes=minutes)
    assert app.queries.list_json() == []


@pytest.mark.parametrize("minutes", [1, 25, 240])
def test_add_accepts_minutes_in_range(app: Services, minutes: int) -> None:
    assert step(app, app.steps.add("Instagram", minutes=minutes))["planned_minutes"] == minutes


def test_add_uses_the_timebox_length_from_the_settings(folder: Path, clock: FakeClock) -> None:
    folder.mkdir(parents=True)
    (folder / "settings.json").write_text('{"schema_version": 1, "timebox_minutes": 7}')
    services = make_services(folder, clock)
    try:
        assert step(services, services.steps.add("Instagram"))["planned_minutes"] == 7
    finally:
        services.close()


def test_add_under_an_unknown_parent_is_not_found(app: Services) -> None:
    app.steps.add("Instagram")
    with pytest.raises(NotFound, match="no step 999"):
        app.steps.add("Post one photo", parent_id=999)
    assert [s["title"] for s in app.queries.list_json()] == ["Instagram"]
    assert event_kinds(app) == Counter(added=1)


def test_add_logs_an_event(app: Services) -> None:
    chore = app.steps.add("Instagram")
    child = app.steps.add("Post one photo", parent_id=chore)
    assert [(at, kind, step_id, detail) for at, kind, step_id, detail in events(app)] == [
        (START.isoformat(), "added", chore, {"parent_id": None}),
        (START.isoformat(), "added", child, {"parent_id": chore}),
    ]


# -- start -------------------------------------------------------------------------


def test_start_with_nothing_to_do_is_refused(app: Services) -> None:
    with pytest.raises(Refused, match="Nothing to start"):
        app.steps.start()
    assert event_kinds(app) == Counter()


def test_start_without_id_takes_the_first_ready_step_in_tree_order(app: Services) -> None:
    first = app.steps.add("Instagram")
    second = app.steps.add("Newsletter")
    child = app.steps.add("Post one photo", parent_id=first)
    app.steps.add("Another chore")
    started = app.steps.start()
    assert started.id == child
    assert current_id(app) == child
    assert step(app, child)["current"] is True
    assert step(app, second)["current"] is False


def test_start_without_id_prefers_the_current_step(app: Services) -> None:
    first = app.steps.add("Instagram")
    second = app.steps.add("Newsletter")
    app.steps.start(second)
    app.steps.skip(SkipRequest(stuck="no time today", decision=Decision.SELF))
    assert current_id(app) == second
    assert app.queries.current().timer.state is TimerState.IDLE
    assert app.steps.start().id == second
    assert current_id(app) != first


def test_start_makes_the_step_next_and_logs(app: Services) -> None:
    chore = app.steps.add("Instagram")
    started = app.steps.start(chore)
    assert started.status is StepStatus.NEXT
    assert step(app, chore)["status"] == "next"
    (session,) = step(app, chore)["sessions"]
    assert session["planned_seconds"] == 300
    assert session["started_at"] == START.isoformat()
    assert session["ended_at"] is None and session["outcome"] is None
    assert event_kinds(app) == Counter(added=1, started=1)


def test_start_of_a_split_step_is_refused_naming_the_child(app: Services) -> None:
    chore = app.steps.add("Instagram")
    child = app.steps.add("Post one photo", parent_id=chore)
    before = snapshot(app)
    with pytest.raises(Refused, match=rf"split into smaller steps; start step {child} instead"):
        app.steps.start(chore)
    assert snapshot(app) == before


def test_start_of_a_step_split_by_skip_is_refused(app: Services) -> None:
    chore = app.steps.add("Instagram")
    app.steps.start(chore)
    result = app.steps.skip(SkipRequest(stuck="too big", splits=("Find a photo", "Post it")))
    with pytest.raises(Refused, match=f"start step {result.new_step_ids[0]} instead"):
        app.steps.start(chore)


def test_start_of_a_done_step_is_refused(app: Services) -> None:
    chore = app.steps.add("Instagram")
    app.steps.start(chore)
    app.steps.done()
    before = snapshot(app)
    with pytest.raises(Refused, match=f"Step {chore} is done"):
        app.steps.start(chore)
    assert snapshot(app) == before


def test_start_of_a_delegated_step_is_refused(app: Services) -> None:
    chore = app.steps.add("Instagram")
    app.steps.start(chore)
    app.steps.skip(SkipRequest(stuck="not my thing", decision=Decision.OUTSOURCE, to="Anna"))
    before = snapshot(app)
    with pytest.raises(Refused, match=f"Step {chore} is delegated"):
        app.steps.start(chore)
    assert snapshot(app) == before


def test_start_of_an_unknown_step_is_not_found(app: Services) -> None:
    app.steps.add("Instagram")
    before = snapshot(app)
    with pytest.raises(NotFound, match="no step 42"):
        app.steps.start(42)
    assert snapshot(app) == before


def test_start_of_a_stuck_step_reopens_it(app: Services) -> None:
    chore = app.steps.add("Instagram")
    app.steps.start(chore)
    app.steps.skip(SkipRequest(stuck="no photo"))
    assert step(app, chore)["status"] == "stuck"
    app.steps.start(chore)
    assert step(app, chore)["status"] == "next"
    assert current_id(app) == chore


def test_start_another_step_interrupts_the_open_session(app: Services, clock: FakeClock) -> None:
    first = app.steps.add("Instagram")
    second = app.steps.add("Newsletter")
    app.steps.start(first)
    clock.advance(90)
    app.steps.start(second)
    (interrupted,) = step(app, first)["sessions"]
    assert interrupted["outcome"] == "interrupted"
    assert interrupted["actual_seconds"] == 90
    assert interrupted["ended_at"] == clock.now().isoformat()
    assert current_id(app) == second
    assert app.queries.current().session.step_id == second
    assert step(app, first)["status"] == "next"  # still to do, just not now
    assert event_kinds(app) == Counter(added=2, started=2, interrupted=1)


def test_interrupting_a_paused_session_records_only_active_time(app: Services, clock: FakeClock) -> None:
    first = app.steps.add("Instagram")
    second = app.steps.add("Newsletter")
    app.steps.start(first)
    clock.advance(40)
    app.steps.pause()
    clock.advance(1_000)
    app.steps.start(second)
    (interrupted,) = step(app, first)["sessions"]
    assert interrupted["actual_seconds"] == 40
    assert interrupted["outcome"] == "interrupted"


# -- done --------------------------------------------------------------------------


def test_done_without_a_current_step_is_refused(app: Services) -> None:
    app.steps.add("Instagram")
    before = snapshot(app)
    with pytest.raises(Refused, match="Cannot done: there is no current step|no current step"):
        app.steps.done()
    assert snapshot(app) == before


def test_done_stores_learning_and_session(app: Services, clock: FakeClock) -> None:
    chore = app.steps.add("Post one photo")
    app.steps.start(chore)
    clock.advance(100)
    app.steps.pause()
    clock.advance(30)
    app.steps.resume()
    clock.advance(20)
    result = app.steps.done("Posting takes a minute; finding a photo takes five.")
    assert result.step.id == chore
    assert result.step.status is StepStatus.DONE
    shown = step(app, chore)
    assert shown["status"] == "done"
    assert shown["done_at"] == clock.now().isoformat()
    assert shown["learning"] == "Posting takes a minute; finding a photo takes five."
    assert shown["current"] is False
    (session,) = shown["sessions"]
    assert session["outcome"] == "done"
    assert session["planned_seconds"] == 300
    assert session["actual_seconds"] == 120
    assert session["paused_seconds"] == 30
    assert shown["minutes_spent"] == 2.0
    assert current_id(app) is None
    assert app.queries.current().timer.state is TimerState.IDLE


def test_done_with_a_blank_learning_stores_none(app: Services) -> None:
    chore = app.steps.add("Post one photo")
    app.steps.start(chore)
    app.steps.done("   ")
    assert step(app, chore)["learning"] is None


def test_done_refuses_a_learning_with_control_characters(app: Services) -> None:
    app.steps.start(app.steps.add("Post one photo"))
    before = snapshot(app)
    with pytest.raises(Refused, match="control character"):
        app.steps.done("bad\x00learning")
    assert snapshot(app) == before


def test_done_offers_the_next_step(app: Services) -> None:
    chore = app.steps.add("Instagram")
    one = app.steps.add("Find a photo", parent_id=chore)
    two = app.steps.add("Post it", parent_id=chore)
    app.steps.start()
    result = app.steps.done()
    assert result.step.id == one
    assert result.next_step is not None and result.next_step.id == two


def test_done_of_the_last_step_offers_nothing(app: Services) -> None:
    app.steps.start(app.steps.add("Instagram"))
    assert app.steps.done().next_step is None


def test_parent_closes_when_all_children_are_done(app: Services, clock: FakeClock) -> None:
    chore = app.steps.add("Instagram")
    one = app.steps.add("Find a photo", parent_id=chore)
    two = app.steps.add("Post it", parent_id=chore)
    app.steps.start(one)
    app.steps.done()
    assert step(app, chore)["status"] == "inbox"
    app.steps.start(two)
    clock.advance(60)
    result = app.steps.done()
    shown = step(app, chore)
    assert shown["status"] == "done"
    assert shown["done_at"] == clock.now().isoformat()
    assert result.next_step is None
    done_events = [(step_id, detail) for _, kind, step_id, detail in events(app) if kind == "done"]
    assert done_events == [(one, {}), (two, {}), (chore, {"because": "all smaller steps done"})]


def test_closing_climbs_through_every_finished_ancestor(app: Services) -> None:
    chore = app.steps.add("Instagram")
    middle = app.steps.add("First post", parent_id=chore)
    leaf = app.steps.add("Find a photo", parent_id=middle)
    app.steps.start()
    app.steps.done()
    assert [step(app, i)["status"] for i in (leaf, middle, chore)] == ["done"] * 3


def test_parent_closes_when_the_rest_was_dropped(app: Services) -> None:
    chore = app.steps.add("Instagram")
    dropped = app.steps.add("Buy a camera", parent_id=chore)
    kept = app.steps.add("Post one photo", parent_id=chore)
    with app.store.write() as repo:  # no use case drops yet; set it in storage
        repo.save_step(repo.step(dropped)._replace(status=StepStatus.DROPPED))
    app.steps.start(kept)
    app.steps.done()
    assert step(app, chore)["status"] == "done"


def test_parent_stays_open_while_a_child_is_open(app: Services) -> None:
    chore = app.steps.add("Instagram")
    app.steps.add("Find a photo", parent_id=chore)
    stuck = app.steps.add("Write a caption", parent_id=chore)
    app.steps.start(stuck)
    app.steps.skip(SkipRequest(stuck="no idea what to say"))
    app.steps.start()
    app.steps.done()
    assert step(app, stuck)["status"] == "stuck"
    assert step(app, chore)["status"] == "inbox"
    assert step(app, chore)["done_at"] is None


# -- skip --------------------------------------------------------------------------


def test_skip_without_a_current_step_is_refused(app: Services) -> None:
    app.steps.add("Instagram")
    before = snapshot(app)
    with pytest.raises(Refused, match="no current step"):
        app.steps.skip(SkipRequest(stuck="no photo"))
    assert snapshot(app) == before


def test_skip_records_the_stuck_note_and_session(app: Services, clock: FakeClock) -> None:
    chore = app.steps.add("Post one photo")
    app.steps.start(chore)
    clock.advance(75)
    result = app.steps.skip(SkipRequest(stuck="I have no photo", reason=StuckReason.MISSING))
    shown = step(app, chore)
    assert shown["stuck_notes"] == [
        {"reason": "missing", "text": "I have no photo", "created_at": clock.now().isoformat()},
    ]
    (session,) = shown["sessions"]
    assert session["outcome"] == "skipped"
    assert session["actual_seconds"] == 75
    assert session["planned_seconds"] == 300
    # No plan (no split, no decision): it stays stuck and leaves the queue.
    assert shown["status"] == "stuck"
    assert shown["decision"] is None
    assert result.step.status is StepStatus.STUCK
    assert result.new_step_ids == ()
    assert result.next_step is None
    assert current_id(app) is None
    assert event_kinds(app) == Counter(added=1, started=1, skipped=1)


def test_skip_defaults_the_reason_to_other(app: Services) -> None:
    chore = app.steps.add("Post one photo")
    app.steps.start(chore)
    app.steps.skip(SkipRequest(stuck="hm"))
    assert step(app, chore)["stuck_notes"][0]["reason"] == "other"


def test_skip_splits_into_children_in_order_with_the_parents_area(app: Services) -> None:
    chore = app.steps.add("Get going on Instagram", area="Social media", minutes=30)
    app.steps.start(chore)
    splits = ("Find any photo", "Post it", "Look who reacted")
    result = app.steps.skip(SkipRequest(stuck="too big", reason=StuckReason.TOO_BIG, splits=splits))
    shown = step(app, chore)
    assert list(result.new_step_ids) == shown["children"]
    children = [step(app, i) for i in result.new_step_ids]
    assert [c["title"] for c in children] == list(splits)
    assert all(c["parent_id"] == chore for c in children)
    assert all(c["area"] == "Social media" for c in children)
    assert all(c["status"] == "next" for c in children)
    assert all(c["planned_minutes"] == 5 for c in children)  # the default, not the parent's 30
    # A split is a plan: the step is open again, and its children take its place.
    assert shown["status"] == "next"
    assert current_id(app) is None
    assert result.next_step is not None and result.next_step.id == result.new_step_ids[0]
    split_events = [(i, d) for _, kind, i, d in events(app) if kind == "split"]
    assert split_events == [(chore, {"children": list(result.new_step_ids)})]


def test_skip_decide_self_makes_the_first_child_current(app: Services) -> None:
    chore = app.steps.add("Instagram")
    app.steps.start(chore)
    result = app.steps.skip(SkipRequest(stuck="too big", splits=("Find a photo", "Post it"),
                                        decision=Decision.SELF))
    assert current_id(app) == result.new_step_ids[0]
    assert app.queries.current().timer.state is TimerState.IDLE
    shown = step(app, chore)
    assert shown["decision"] == "self"
    assert shown["status"] == "next"
    assert event_kinds(app)["decided"] == 1


def test_skip_decide_self_without_splits_keeps_the_step_current(app: Services) -> None:
    chore = app.steps.add("Instagram")
    app.steps.start(chore)
    result = app.steps.skip(SkipRequest(stuck="no time now", reason=StuckReason.NO_TIME,
                                        decision=Decision.SELF))
    assert current_id(app) == chore
    assert result.step.status is StepStatus.NEXT
    assert result.step.decision is Decision.SELF
    assert app.queries.current().timer.state is TimerState.IDLE


def test_skip_outsource_delegates_with_a_brief(app: Services, clock: FakeClock) -> None:
    chore = app.steps.add("Design a logo")
    other = app.steps.add("Newsletter")
    app.steps.start(chore)
    result = app.steps.skip(SkipRequest(
        stuck="I cannot draw", reason=StuckReason.MISSING, decision=Decision.OUTSOURCE,
        to="Anna (agency)", brief="A logo for the bakery", done_when="three drafts sent",
        due=date(2026, 4, 1), why="  The old logo looks dated  "))
    shown = step(app, chore)
    assert shown["status"] == "delegated"
    assert shown["decision"] == "outsource"
    assert shown["brief"] == {
        "to": "Anna (agency)",
        "text": "A logo for the bakery",
        "why": "The old logo looks dated",
        "done_when": "three drafts sent",
        "due": "2026-04-01",
        "created_at": clock.now().isoformat(),
    }
    assert current_id(app) is None
    assert result.next_step is not None and result.next_step.id == other
    assert event_kinds(app) == Counter(added=2, started=1, skipped=1, decided=1)


def test_skip_outsource_brief_text_defaults_to_the_title(app: Services) -> None:
    chore = app.steps.add("Design a logo")
    app.steps.start(chore)
    app.steps.skip(SkipRequest(stuck="cannot draw", decision=Decision.OUTSOURCE, to="Anna"))
    brief = step(app, chore)["brief"]
    assert brief["text"] == "Design a logo"
    assert brief["to"] == "Anna"
    assert brief["done_when"] == ""
    assert brief["due"] is None


def test_skip_outsource_with_splits_keeps_the_children_out_of_the_queue(app: Services) -> None:
    chore = app.steps.add("Website")
    app.steps.start(chore)
    result = app.steps.skip(SkipRequest(stuck="too big", splits=("Texts", "Photos"),
                                        decision=Decision.OUTSOURCE, to="Agency"))
    assert step(app, chore)["status"] == "delegated"
    assert step(app, chore)["children"] == list(result.new_step_ids)
    assert result.next_step is None
    assert current_id(app) is None


@pytest.mark.parametrize("field, value", [
    ("to", "Anna"), ("brief", "a logo"), ("done_when", "sent"), ("due", date(2026, 4, 1)),
    ("why", "it matters"),
])
def test_skip_refuses_brief_fields_without_outsourcing(app: Services, field: str, value: Any) -> None:
    app.steps.start(app.steps.add("Design a logo"))
    before = snapshot(app)
    for decision in (None, Decision.SELF):
        request = SkipRequest(stuck="cannot draw", decision=decision, **{field: value})
        with pytest.raises(Refused, match="only goes with outsourcing"):
            app.steps.skip(request)
    assert snapshot(app) == before


@pytest.mark.parametrize("to", [None, "", "   "])
def test_skip_refuses_outsourcing_to_nobody(app: Services, to: str | None) -> None:
    app.steps.start(app.steps.add("Design a logo"))
    before = snapshot(app)
    with pytest.raises(Refused, match="say who"):
        app.steps.skip(SkipRequest(stuck="cannot draw", decision=Decision.OUTSOURCE, to=to))
    assert snapshot(app) == before


@pytest.mark.parametrize("stuck", ["", "   ", "\n\t"])
def test_skip_refuses_a_blank_stuck_note(app: Services, stuck: str) -> None:
    app.steps.start(app.steps.add("Post one photo"))
    before = snapshot(app)
    with pytest.raises(Refused, match="what is stuck"):
        app.steps.skip(SkipRequest(stuck=stuck, splits=("a",), decision=Decision.SELF))
    assert snapshot(app) == before


@pytest.mark.parametrize("splits", [("fine", ""), ("fine", "bad\x00"), ("x" * 10_001,), ("two\nlines",)])
def test_skip_refuses_a_bad_split_title(app: Services, splits: tuple[str, ...]) -> None:
    app.steps.start(app.steps.add("Post one photo"))
    before = snapshot(app)
    with pytest.raises(Refused):
        app.steps.skip(SkipRequest(stuck="too big", splits=splits))
    assert snapshot(app) == before


# -- refusals change nothing --------------------------------------------------------


def _prepared(app: Services, clock: FakeClock) -> dict[str, int]:
    chore = app.steps.add("Instagram", area="Social media")
    one = app.steps.add("Find a photo", parent_id=chore)
    other = app.steps.add("Newsletter")
    app.steps.start(one)
    clock.advance(30)
    return {"chore": chore, "one": one, "other": other}


REFUSED_ACTIONS: dict[str, Callable[[Services, dict[str, int]], Any]] = {
    "add empty": lambda app, ids: app.steps.add(" "),
    "add unknown parent": lambda app, ids: app.steps.add("x", parent_id=10_000),
    "add bad annoyance": lambda app, ids: app.steps.add("x", annoyance=9),
    "add bad minutes": lambda app, ids: app.steps.add("x", minutes=0),
    "start split parent": lambda app, ids: app.steps.start(ids["chore"]),
    "start running step": lambda app, ids: app.steps.start(ids["one"]),
    "start unknown": lambda app, ids: app.steps.start(10_000),
    "resume running": lambda app, ids: app.steps.resume(),
    "skip blank": lambda app, ids: app.steps.skip(SkipRequest(stuck="")),
    "skip brief without outsource": lambda app, ids: app.steps.skip(
        SkipRequest(stuck="x", to="Anna")),
    "skip outsource without to": lambda app, ids: app.steps.skip(
        SkipRequest(stuck="x", decision=Decision.OUTSOURCE)),
    "done bad learning": lambda app, ids: app.steps.done("\x00"),
}


@pytest.mark.parametrize("action", REFUSED_ACTIONS.values(), ids=REFUSED_ACTIONS.keys())
def test_a_refused_action_changes_nothing(app: Services, clock: FakeClock, action) -> None:
    ids = _prepared(app, clock)
    before = snapshot(app)
    with pytest.raises(Refused):
        action(app, ids)
    assert snapshot(app) == before
    # The open timebox is untouched too: still running, same time left.
    assert app.queries.current().timer.state is TimerState.RUNNING
    assert app.queries.current().timer.remaining_seconds == 270


def test_refused_pause_and_resume_when_paused_change_nothing(app: Services, clock: FakeClock) -> None:
    _prepared(app, clock)
    app.steps.pause()
    before = snapshot(app)
    with pytest.raises(Refused):
        app.steps.pause()
    clock.advance(5)
    assert snapshot(app) == before


# -- the whole flow, as the event log sees it ---------------------------------------


def test_every_action_writes_a_timestamped_event(app: Services, clock: FakeClock) -> None:
    chore = app.steps.add("Instagram")              # added
    other = app.steps.add("Newsletter")             # added
    clock.advance(1)
    app.steps.start(chore)                          # started
    clock.advance(1)
    app.steps.pause()                               # paused
    clock.advance(1)
    app.steps.resume()                              # resumed
    clock.advance(1)
    app.steps.start(other)                          # interrupted + started
    clock.advance(1)
    split = app.steps.skip(SkipRequest(stuck="too big", splits=("a", "b"),
                                       decision=Decision.SELF))  # skipped + split + decided
    clock.advance(1)
    app.steps.start()                               # started (child a, current)
    clock.advance(1)
    app.steps.done("ok")                            # done
    clock.advance(1)
    app.steps.start(split.new_step_ids[1])          # started (child b)
    clock.advance(1)
    app.steps.done()                                # done + done (parent closes)
    clock.advance(1)
    app.steps.start(chore)                          # started
    clock.advance(1)
    app.steps.skip(SkipRequest(stuck="x", decision=Decision.OUTSOURCE, to="Anna"))  # skipped + decided
    rows = events(app)
    assert [kind for _, kind, _, _ in rows] == [
        "added", "added", "started", "paused", "resumed", "interrupted", "started",
        "skipped", "split", "decided", "started", "done", "started", "done", "done",
        "started", "skipped", "decided",
    ]
    times = [at for at, _, _, _ in rows]
    assert times == sorted(times)
    assert times[0] == START.isoformat()
    assert times[-1] == clock.now().isoformat()
    assert times[2] == (START + timedelta(seconds=1)).isoformat()


def test_sessions_record_planned_and_actual_seconds(app: Services, clock: FakeClock) -> None:
    chore = app.steps.add("Instagram", minutes=10)
    for seconds, finish in ((120, "interrupt"), (45, "skip"), (700, "done")):
        app.steps.start(chore)
        clock.advance(seconds)
        if finish == "interrupt":
            app.steps.start(app.steps.add("Other"))
        elif finish == "skip":
            app.steps.skip(SkipRequest(stuck="later", decision=Decision.SELF))
        else:
            app.steps.done()
    sessions = step(app, chore)["sessions"]
    assert [(s["planned_seconds"], s["actual_seconds"], s["outcome"]) for s in sessions] == [
        (600, 120, "interrupted"), (600, 45, "skipped"), (600, 700, "done"),
    ]
    assert step(app, chore)["minutes_spent"] == round((120 + 45 + 700) / 60, 1)


def test_the_flow_survives_reopening_the_file(folder: Path, clock: FakeClock) -> None:
    first = make_services(folder, clock)
    chore = first.steps.add("Instagram")
    first.steps.start(chore)
    first.steps.skip(SkipRequest(stuck="too big", splits=("a",), decision=Decision.SELF))
    expected = snapshot(first)
    first.close()
    second = make_services(folder, clock)
    try:
        assert snapshot(second) == expected
        assert current_id(second) == expected["steps"][1]["id"]
    finally:
        second.close()
