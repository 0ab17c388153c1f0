"""The queue: open leaves of the step tree, depth first; children take the parent's place."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.models import Step, StepStatus
from smallsteps_desktop.core.records import NewStep
from smallsteps_desktop.core.queue import children_by_parent, first_ready, ready_steps

from support.clock import START, FakeClock
from support.services import make_services

S = StepStatus


def make(step_id: int, parent: int | None = None, status: StepStatus = S.NEXT,
         position: int | None = None) -> Step:
    return Step(id=step_id, parent_id=parent, title=f"step {step_id}", status=status, area=None,
                annoyance=None, planned_minutes=5,
                position=step_id if position is None else position,
                created_at=START, updated_at=START)


def order(steps: list[Step]) -> list[int]:
    return [step.id for step in ready_steps(steps)]


def test_nothing_to_do() -> None:
    assert order([]) == []
    assert first_ready([]) is None


def test_chores_come_in_position_order_not_id_order() -> None:
    steps = [make(1, position=2), make(2, position=0), make(3, position=1)]
    assert order(steps) == [2, 3, 1]


def test_equal_positions_fall_back_to_id() -> None:
    steps = [make(5, position=0), make(3, position=0), make(4, position=0)]
    assert order(steps) == [3, 4, 5]


def test_input_order_does_not_matter() -> None:
    steps = [make(1), make(2, 1), make(3, 1), make(4)]
    assert order(list(reversed(steps))) == order(steps) == [2, 3, 4]


def test_children_take_the_parents_place() -> None:
    steps = [make(1, status=S.INBOX), make(2, status=S.INBOX), make(3, parent=1), make(4, parent=1)]
    assert order(steps) == [3, 4, 2]


def test_depth_first_through_nested_splits() -> None:
    #   1 -> 10 -> 100, 101 ; 1 -> 11 ; 2
    steps = [make(1), make(2), make(10, 1), make(11, 1), make(100, 10), make(101, 10)]
    assert order(steps) == [100, 101, 11, 2]


@pytest.mark.parametrize("closed", [S.DONE, S.DROPPED, S.DELEGATED])
def test_a_closed_branch_is_left_out_entirely(closed: StepStatus) -> None:
    steps = [make(1, status=closed), make(2), make(3, 1), make(4, 3), make(5, 1)]
    assert order(steps) == [2]


@pytest.mark.parametrize("closed", [S.DONE, S.DROPPED, S.DELEGATED])
def test_a_closed_child_is_skipped_its_siblings_are_not(closed: StepStatus) -> None:
    steps = [make(1), make(2, 1, status=closed), make(3, 1)]
    assert order(steps) == [3]


def test_stuck_steps_are_not_offered() -> None:
    steps = [make(1, status=S.STUCK), make(2), make(3, status=S.STUCK)]
    assert order(steps) == [2]


def test_a_stuck_child_keeps_its_parent_from_being_offered() -> None:
    # The parent still has open (stuck) work below it, so it is not a leaf.
    steps = [make(1), make(2, 1, status=S.STUCK), make(3)]
    assert order(steps) == [3]


def test_ready_children_of_a_stuck_parent_are_offered() -> None:
    steps = [make(1, status=S.STUCK), make(2, 1), make(3, 1, status=S.INBOX)]
    assert order(steps) == [2, 3]


def test_a_split_step_is_never_offered_itself() -> None:
    """Its work is in its smaller steps; here the rest waits for whoever took it over."""
    steps = [make(1), make(2, 1, status=S.DONE), make(3, 1, status=S.DELEGATED)]
    assert order(steps) == []


def test_inbox_and_next_are_both_ready() -> None:
    steps = [make(1, status=S.INBOX), make(2, status=S.NEXT)]
    assert order(steps) == [1, 2]


def test_first_ready_can_exclude_one_step() -> None:
    steps = [make(1), make(2), make(3)]
    assert first_ready(steps).id == 1
    assert first_ready(steps, exclude=1).id == 2
    assert first_ready([make(1)], exclude=1) is None


def test_ready_steps_is_lazy() -> None:
    steps = [make(i) for i in range(1, 1_001)]
    iterator = ready_steps(steps)
    assert next(iterator).id == 1
    assert next(iterator).id == 2


def test_children_by_parent_sorts_siblings() -> None:
    tree = children_by_parent([make(3, 1, position=1), make(2, 1, position=0), make(1)])
    assert [s.id for s in tree[1]] == [2, 3]
    assert [s.id for s in tree[None]] == [1]


DEEP = 2_000


def test_a_chain_two_thousand_deep_needs_no_recursion() -> None:
    assert DEEP > sys.getrecursionlimit() // 2
    steps = [make(1, status=S.INBOX)] + [make(i, i - 1) for i in range(2, DEEP + 1)] + [make(DEEP + 1)]
    assert order(steps) == [DEEP, DEEP + 1]
    steps[DEEP - 1] = make(DEEP, DEEP - 1, status=S.DONE)
    assert order(steps) == [DEEP + 1]  # split steps close through their children


# -- the same order through the services ---------------------------------------------


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Services]:
    services = make_services(tmp_path / "data", FakeClock())
    yield services
    services.close()


def test_services_start_and_done_walk_the_queue(app: Services) -> None:
    first = app.steps.add("Instagram")
    second = app.steps.add("Newsletter")
    a = app.steps.add("Find a photo", parent_id=first)
    b = app.steps.add("Post it", parent_id=first)
    a1 = app.steps.add("Look in the phone", parent_id=a)
    walked = []
    while True:
        step = app.steps.start()
        walked.append(step.id)
        if app.steps.done().next_step is None:
            break
    assert walked == [a1, b, second]
    statuses = {s["id"]: s["status"] for s in app.queries.list_json()}
    assert set(statuses.values()) == {"done"}


def test_a_deep_chain_through_sqlite_starts_at_the_leaf_and_closes_upwards(app: Services) -> None:
    with app.store.write() as repo:
        parent = None
        for depth in range(DEEP):
            parent = repo.add_step(NewStep(f"level {depth}", parent,
                                           S.INBOX if parent is None else S.NEXT,
                                           None, None, 5, START))
    leaf = parent
    assert app.steps.start().id == leaf
    result = app.steps.done()
    assert result.next_step is None
    assert {s["status"] for s in app.queries.list_json()} == {"done"}
