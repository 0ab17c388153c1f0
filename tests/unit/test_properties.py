"""Random sequences of the method's actions keep the data and the timer sound.

A hypothesis state machine drives the real services on a real SQLite file with
a fake clock that also jumps backwards. Refused actions must change nothing;
after every step the invariants below are read back from the database.
"""

from __future__ import annotations

import math
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from smallsteps_desktop.app import Services
from smallsteps_desktop.core import timebox
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import Decision, StepStatus, StuckReason, TimerState
from smallsteps_desktop.core.services import SkipRequest

from support.clock import FakeClock
from support.services import make_services
from support.step_json_oracle import expected_steps, kept_steps

OPEN = {"inbox", "next", "stuck"}

# Mostly valid input, so that most actions go through; some invalid, to be refused.
VALID_TITLES = ["Post one photo", "Write a caption", "Pick hashtags", "📣 Reel 👩‍💻", "פרסם תמונה",
                "  padded  ", "tab\tinside"]
titles = st.sampled_from(VALID_TITLES * 3 + ["", "   ", "bad\x00title", "two\nlines"])
minutes = st.sampled_from([None] * 6 + [1, 2, 5, 240] + [0, 241])
annoyances = st.sampled_from([None] * 4 + [1, 2, 3, 4, 5] + [0, 6])
picks = st.one_of(st.none(), st.integers(0, 1_000), st.integers(0, 1_000), st.just(999_999))
seconds = st.one_of(
    st.integers(0, 120),
    st.integers(-60, 60),
    st.floats(-30, 30, allow_nan=False),
    st.sampled_from([-86_400, -3_600, -301, 299, 300, 301, 3_600, 86_400]),
)
learnings = st.sampled_from([None, "", "  ", "Posting takes one minute.", "Found 3 photos", "bad\x00"])
stucks = st.sampled_from(["I have no photo", "too big", "Keine Zeit 😩"] * 2 + ["", "  "])


@st.composite
def skip_requests(draw) -> SkipRequest:
    decision = draw(st.sampled_from([None, Decision.SELF, Decision.OUTSOURCE]))
    coherent = draw(st.integers(0, 5)) > 0
    to = brief = done_when = due = None
    if decision is Decision.OUTSOURCE and coherent:
        to = draw(st.sampled_from(["Anna", "  Agentur Müller  "]))
        brief = draw(st.sampled_from([None, "", "Write three captions"]))
        done_when = draw(st.sampled_from([None, "sent to me"]))
        due = draw(st.sampled_from([None, date(2026, 4, 1)]))
    elif not coherent:  # a brief that does not fit the decision
        to = draw(st.sampled_from([None, "", "  ", "Anna"]))
        due = draw(st.sampled_from([None, date(2026, 4, 1)]))
    return SkipRequest(
        stuck=draw(stucks),
        reason=draw(st.sampled_from(list(StuckReason))),
        splits=tuple(draw(st.lists(titles, max_size=3))),
        decision=decision, to=to, brief=brief, done_when=done_when, due=due,
    )


def valid_title(title: str) -> bool:
    text = title.strip()
    return bool(text) and not any(c in text for c in "\x00\n\r")


class StepFlow(RuleBasedStateMachine):
    """The whole method, one random action at a time."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="smallsteps-props-"))
        self.clock = FakeClock()
        self.app = make_services(self.folder / "data", self.clock)
        self.ids: list[int] = []
        self.split_parent: dict[int, int] = {}  # child id -> the step skipped to create it
        self.idle_tries = 3

    def teardown(self) -> None:
        self.app.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- helpers -------------------------------------------------------------------

    def _pick(self, pick: int | None) -> int | None:
        if pick is None or pick == 999_999 or not self.ids:
            return pick
        return self.ids[pick % len(self.ids)]

    def _sql(self, query: str, *args: Any) -> list[tuple]:
        conn = sqlite3.connect(self.app.paths.database)
        try:
            return conn.execute(query, args).fetchall()
        finally:
            conn.close()

    def _snapshot(self) -> dict[str, Any]:
        steps = self.app.queries.list_json()
        return {
            "steps": steps,
            "details": [self.app.queries.show_json(s["id"]) for s in steps],
            "current": self.app.queries.current_json(),
            "events": self._sql("SELECT * FROM events ORDER BY id"),
        }

    def _act(self, action, allowed: bool | None = None) -> Any:
        """Run one action; a refusal must leave every row as it was.

        ``allowed`` is what the rules of the method predict, when they can.
        """
        before = self._snapshot()
        try:
            result = action()
        except Refused as refusal:
            assert allowed is not True, f"refused although allowed: {refusal}"
            assert self._snapshot() == before, "a refused action changed data"
            return None
        assert allowed is not False, "accepted although the method refuses it"
        assert len(self._sql("SELECT id FROM events")) > len(before["events"]), \
            "an action left no event"
        return result

    def _has_session(self) -> bool:
        return self.app.queries.current().session is not None

    def _current_id(self) -> int | None:
        view = self.app.queries.current()
        return view.step.id if view.step else None

    # -- rules ---------------------------------------------------------------------

    @initialize(chores=st.lists(st.sampled_from(VALID_TITLES), min_size=1, max_size=3))
    def some_chores(self, chores: list[str]) -> None:
        for title in chores:
            self.add_chore(title, None, None)

    @rule(title=titles, annoyance=annoyances, length=minutes)
    def add_chore(self, title: str, annoyance: int | None, length: int | None) -> None:
        allowed = (valid_title(title) and annoyance in (None, 1, 2, 3, 4, 5)
                   and (length is None or 1 <= length <= 240))
        new_id = self._act(lambda: self.app.steps.add(title, annoyance=annoyance, minutes=length),
                           allowed)
        if new_id is not None:
            self.ids.append(new_id)
            assert self.app.queries.show_json(new_id)["title"] == title.strip()

    @precondition(lambda self: bool(self.ids))
    @rule(pick=picks, title=titles)
    def add_child(self, pick: int | None, title: str) -> None:
        parent = self._pick(pick)
        allowed: bool | None = valid_title(title) and (parent is None or parent in self.ids)
        if allowed and parent == self._current_id():
            allowed = None  # refusing, or moving the current step to the child: both sound
        new_id = self._act(lambda: self.app.steps.add(title, parent_id=parent), allowed)
        if new_id is not None:
            self.ids.append(new_id)
            shown = self.app.queries.show_json(new_id)
            assert shown["parent_id"] == parent
            assert shown["title"] == title.strip()

    @precondition(lambda self: bool(self.ids))
    @rule(pick=picks)
    def start(self, pick: int | None) -> None:
        target = self._pick(pick)
        started = self._act(lambda: self.app.steps.start(target))
        if started is not None:
            if target is not None:
                assert started.id == target
            assert self._current_id() == started.id
            timer = self.app.queries.current().timer
            assert timer.planned_seconds == started.planned_minutes * 60
            assert timer.remaining_seconds == timer.planned_seconds
            assert self.app.queries.show_json(started.id)["status"] == "next"

    @precondition(lambda self: bool(self.ids))
    @rule()
    def start_next(self) -> None:
        self.start(None)

    @precondition(lambda self: self._has_session())
    @rule()
    def pause(self) -> None:
        before = self.app.queries.current().timer.state
        self._act(self.app.steps.pause, before is TimerState.RUNNING)
        after = self.app.queries.current().timer.state
        assert after is (TimerState.PAUSED if before is TimerState.RUNNING else before)

    @precondition(lambda self: self._has_session())
    @rule()
    def resume(self) -> None:
        view = self.app.queries.current()
        before = view.timer
        clock_went_back = view.session.paused_at is not None and self.clock.now() < view.session.paused_at
        self._act(self.app.steps.resume, before.state is TimerState.PAUSED)
        after = self.app.queries.current().timer
        if before.state is TimerState.PAUSED:
            assert after.state in (TimerState.RUNNING, TimerState.EXPIRED)
            if clock_went_back:
                # Remaining time follows the wall clock: resuming "before" the pause
                # gives back the seconds the clock jumped, never more than planned.
                assert before.remaining_seconds <= after.remaining_seconds <= after.planned_seconds
            else:
                # Equal up to float rounding: pauses are stored as seconds with a fraction.
                assert math.isclose(after.remaining_seconds, before.remaining_seconds,
                                    abs_tol=1e-6)
        else:
            assert after.state is before.state

    @precondition(lambda self: self._current_id() is not None)
    @rule(learning=learnings)
    def done(self, learning: str | None) -> None:
        was_current = self._current_id()
        earlier = self.app.queries.show_json(was_current)["learning"]  # a reopened step has one
        allowed = was_current is not None and "\x00" not in (learning or "")
        result = self._act(lambda: self.app.steps.done(learning), allowed)
        if result is not None:
            assert result.step.id == was_current
            shown = self.app.queries.show_json(was_current)
            assert shown["status"] == "done"
            assert shown["done_at"] == self.clock.now().isoformat()
            assert shown["learning"] == ((learning or "").strip() or earlier)
            assert self._current_id() is None
            assert self.app.queries.current().session is None

    @precondition(lambda self: self._current_id() is not None)
    @rule(request=skip_requests())
    def skip(self, request: SkipRequest) -> None:
        skipped = self._current_id()
        decision, to, stuck, splits = request.decision, request.to, request.stuck, request.splits
        if decision is Decision.OUTSOURCE:
            brief_ok = bool((to or "").strip())
        else:
            brief_ok = all(v is None for v in (to, request.brief, request.done_when, request.due))
        allowed = (skipped is not None and bool(stuck.strip()) and brief_ok
                   and all(valid_title(t) for t in splits))
        result = self._act(lambda: self.app.steps.skip(request), allowed)
        if result is None:
            return
        assert result.step.id == skipped
        children = list(result.new_step_ids)
        assert len(children) == len(splits)
        for child, title in zip(children, splits, strict=True):
            self.split_parent[child] = skipped
            assert self.app.queries.show_json(child)["title"] == title.strip()
        self.ids.extend(children)
        shown = self.app.queries.show_json(skipped)
        if children:
            assert shown["children"][-len(children):] == children
        assert shown["stuck_notes"][-1]["text"] == stuck.strip()
        assert shown["stuck_notes"][-1]["reason"] == request.reason.value
        if decision is Decision.OUTSOURCE:
            assert shown["status"] == "delegated"
            assert shown["brief"]["to"] == to.strip()
            assert shown["brief"]["text"] == ((request.brief or "").strip() or shown["title"])
            assert self._current_id() is None
        elif decision is Decision.SELF:
            assert shown["status"] == "next"
            assert self._current_id() == (children[0] if children else skipped)
        else:
            assert shown["status"] == ("next" if children else "stuck")
            assert self._current_id() is None
        assert self.app.queries.current().session is None

    @precondition(lambda self: self.idle_tries > 0 and not self._has_session())
    @rule(request=skip_requests(), learning=learnings)
    def actions_without_a_timebox_are_refused(self, request: SkipRequest,
                                              learning: str | None) -> None:
        self.idle_tries -= 1  # a few per run; otherwise this rule crowds out the others
        self._act(self.app.steps.pause, allowed=False)
        self._act(self.app.steps.resume, allowed=False)
        if self._current_id() is None:
            self._act(lambda: self.app.steps.done(learning), allowed=False)
            self._act(lambda: self.app.steps.skip(request), allowed=False)

    @rule(delta=seconds)
    def advance(self, delta: float) -> None:
        self.clock.advance(delta)

    # -- invariants ------------------------------------------------------------------

    @invariant()
    def at_most_one_current_step(self) -> None:
        assert len(self._sql("SELECT step_id FROM current_step")) <= 1
        assert sum(s["current"] for s in self.app.queries.list_json()) <= 1

    @invariant()
    def at_most_one_open_session_and_it_is_the_current_steps(self) -> None:
        open_sessions = self._sql("SELECT step_id FROM sessions WHERE ended_at IS NULL")
        assert len(open_sessions) <= 1
        if open_sessions:
            assert open_sessions[0][0] == self._current_id()

    @invariant()
    def no_orphans_and_no_cycles(self) -> None:
        parents = dict(self._sql("SELECT id, parent_id FROM steps"))
        assert all(p is None or p in parents for p in parents.values())
        for start in parents:
            seen = set()
            node: int | None = start
            while node is not None:
                assert node not in seen, f"cycle through step {node}"
                seen.add(node)
                node = parents[node]
        assert self._sql("PRAGMA foreign_key_check") == []

    @invariant()
    def split_children_belong_to_the_skipped_step(self) -> None:
        parents = dict(self._sql("SELECT id, parent_id FROM steps"))
        for child, parent in self.split_parent.items():
            assert parents[child] == parent

    @invariant()
    def siblings_have_distinct_positions(self) -> None:
        rows = self._sql("SELECT parent_id, position FROM steps")
        assert len(rows) == len(set(rows))

    @invariant()
    def timer_stays_within_its_planned_length(self) -> None:
        view = self.app.queries.current()
        timer, session, now = view.timer, view.session, self.clock.now()
        assert 0.0 <= timer.remaining_seconds <= timer.planned_seconds
        if session is not None:
            assert timebox.active_seconds(session, now) >= 0.0
            assert session.paused_seconds >= 0.0
            assert timer.planned_seconds == session.planned_seconds
            if timer.state is TimerState.EXPIRED:
                assert timer.remaining_seconds == 0.0
        else:
            assert timer.state is TimerState.IDLE

    @invariant()
    def recorded_time_is_never_negative(self) -> None:
        for actual, paused, planned in self._sql(
                "SELECT actual_seconds, paused_seconds, planned_seconds FROM sessions"
                " WHERE ended_at IS NOT NULL"):
            assert actual is not None and actual >= 0.0
            assert paused >= 0.0
            assert planned > 0
        assert all(s["minutes_spent"] >= 0 for s in self.app.queries.list_json())

    @invariant()
    def the_current_step_is_open(self) -> None:
        view = self.app.queries.current()
        if view.step is not None:
            assert view.step.status.value in OPEN
        if view.session is not None:
            assert view.step is not None and view.step.status is StepStatus.NEXT

    @invariant()
    def the_current_step_has_no_open_children(self) -> None:
        current = self._current_id()
        if current is not None:
            rows = self._sql("SELECT id, status FROM steps WHERE parent_id = ?", current)
            assert not [i for i, status in rows if status in OPEN], \
                f"current step {current} has open children {rows}"

    @invariant()
    def no_open_step_below_a_done_or_dropped_step(self) -> None:
        """Open work never hides below finished work.

        Smaller steps of an outsourced step belong to whoever took it over, so
        the walk up stops at a delegated step.
        """
        rows = self._sql("SELECT id, parent_id, status FROM steps")
        status = {i: s for i, _, s in rows}
        parent = {i: p for i, p, _ in rows}
        for step_id, _, step_status in rows:
            if step_status not in OPEN:
                continue
            node = parent[step_id]
            while node is not None and status[node] != "delegated":
                assert status[node] not in ("done", "dropped"), \
                    f"open step {step_id} below {status[node]} step {node}"
                node = parent[node]

    @invariant()
    def delegated_steps_have_a_brief_and_stuck_steps_a_note(self) -> None:
        for step_id, status in self._sql("SELECT id, status FROM steps"):
            if status == "delegated":
                assert self._sql("SELECT recipient FROM briefs WHERE step_id = ?", step_id)
            if status == "stuck":
                assert self._sql("SELECT text FROM stuck_notes WHERE step_id = ?", step_id)

    @invariant()
    def done_steps_and_only_they_have_a_done_time(self) -> None:
        for status, done_at in self._sql("SELECT status, done_at FROM steps"):
            assert (status == "done") == (done_at is not None)

    @invariant()
    def the_step_json_kept_ready_is_what_the_rows_say(self) -> None:
        conn = sqlite3.connect(self.app.paths.database)
        try:
            assert kept_steps(conn) == expected_steps(conn)
        finally:
            conn.close()


StepFlow.TestCase.settings = settings(
    max_examples=80,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestStepFlow = StepFlow.TestCase


# -- paths that broke the invariants above, spelled out ------------------------------


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Services]:
    services = make_services(tmp_path / "data", FakeClock())
    yield services
    services.close()


def test_adding_a_step_under_the_current_step_keeps_it_a_leaf(app: Services) -> None:
    chore = app.steps.add("Get going on Instagram")
    app.steps.start(chore)
    try:
        child = app.steps.add("Find a photo", parent_id=chore)
    except Refused:
        return  # refusing is one sound answer
    current = app.queries.current().step
    assert current is None or current.id != chore, (
        f"step {chore} is still current (timebox running) although it now has the open "
        f"smaller step {child}; done() would close it over its open child")


def test_a_step_added_under_a_done_step_can_still_be_reached(app: Services) -> None:
    chore = app.steps.add("Get going on Instagram")
    app.steps.start(chore)
    app.steps.done()
    try:
        child = app.steps.add("Post a second photo", parent_id=chore)
    except Refused:
        return  # refusing is one sound answer
    try:
        started = app.steps.start()
    except Refused as refusal:
        pytest.fail(f"step {child} is open but can never be offered: start() says {refusal}")
    assert started.id == child


def test_reopening_a_done_step_below_the_current_step_keeps_it_a_leaf(app: Services) -> None:
    chore = app.steps.add("Get going on Instagram")
    photo = app.steps.add("Find a photo", parent_id=chore)
    app.steps.add("Write the caption", parent_id=chore)
    app.steps.start()
    app.steps.done()                                          # the photo step is done
    app.steps.start()
    app.steps.skip(SkipRequest(stuck="no words", decision=Decision.OUTSOURCE, to="Anna"))
    # A split chore is never offered itself: its rest waits for Anna.
    with pytest.raises(Refused, match="Nothing to start"):
        app.steps.start()
    with pytest.raises(Refused, match="split into smaller steps"):
        app.steps.start(chore)
    try:
        app.steps.add("Find a second photo", parent_id=photo)  # reopens the done photo step
    except Refused:
        return  # refusing is one sound answer
    current = app.queries.current().step
    open_children = [s["id"] for s in app.queries.list_json()
                     if s["parent_id"] == chore and s["status"] in OPEN]
    assert current is None or current.id != chore or not open_children, (
        f"step {chore} is still current (timebox running) although its smaller step "
        f"{open_children} was reopened; done() would close it over that open step")
