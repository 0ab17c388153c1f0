"""The board's use cases on a real SQLite file: moves, edits, splits, hand-offs and undo."""

from __future__ import annotations

from datetime import date

import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.board import Handoff
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import Decision, Step, StepStatus
from smallsteps_desktop.core.queue import first_ready

from support.clock import FakeClock


def step(app: Services, step_id: int) -> Step:
    return app.board_queries.details(step_id).step


def statuses(app: Services) -> dict[int, str]:
    return {item.step.id: item.step.status.value for item in app.board_queries.items()}


@pytest.fixture
def chore(app: Services) -> tuple[int, list[int]]:
    """A chore with three steps; returns (chore id, step ids)."""
    change = app.board.add_chore("Get going on Instagram", ["Post any photo", "Write a caption",
                                                            "Pick three hashtags"],
                                 area="Social media", annoyance=4)
    chore_id, *steps = change.added
    return chore_id, steps


def test_add_chore_writes_chore_and_steps_in_order(app: Services, chore) -> None:
    chore_id, steps = chore
    details = app.board_queries.details(chore_id)
    assert details.step.annoyance == 4 and details.has_children
    titles = [step(app, s).title for s in steps]
    assert titles == ["Post any photo", "Write a caption", "Pick three hashtags"]
    assert all(step(app, s).area == "Social media" for s in steps)
    assert app.queries.next_step().id == steps[0]


def test_undo_of_add_chore_removes_everything(app: Services, chore) -> None:
    change = app.board.add_chore("Newsletter", ["Collect five addresses"])
    app.board.undo(change)
    assert set(statuses(app)) == {chore[0], *chore[1]}


def test_move_changes_status_and_undo_restores_it(app: Services, chore, clock: FakeClock) -> None:
    _, (first, second, _) = chore
    clock.advance(minutes=1)
    change = app.board.move(first, StepStatus.STUCK)
    assert step(app, first).status is StepStatus.STUCK
    assert app.queries.next_step().id == second  # stuck steps wait for a decision
    clock.advance(minutes=1)
    app.board.undo(change)
    assert step(app, first).status is StepStatus.NEXT
    assert app.queries.next_step().id == first


def test_marking_the_last_step_done_closes_the_chore_and_undo_reopens_it(app, chore) -> None:
    chore_id, steps = chore
    for step_id in steps[:2]:
        app.board.move(step_id, StepStatus.DONE)
    last = app.board.move(steps[2], StepStatus.DONE)
    assert step(app, chore_id).status is StepStatus.DONE
    assert step(app, steps[2]).done_at is not None
    app.board.undo(last)
    assert step(app, chore_id).status is StepStatus.INBOX
    assert step(app, steps[2]).status is StepStatus.NEXT and step(app, steps[2]).done_at is None


def test_reopening_a_step_reopens_its_done_chore(app: Services, chore) -> None:
    chore_id, steps = chore
    for step_id in steps:
        app.board.move(step_id, StepStatus.DONE)
    app.board.move(steps[1], StepStatus.NEXT)
    assert step(app, chore_id).status is StepStatus.NEXT
    assert step(app, steps[1]).done_at is None


def test_reorder_among_siblings_changes_the_queue(app: Services, chore) -> None:
    _, (first, second, third) = chore
    change = app.board.move(third, StepStatus.NEXT, before_id=first)
    assert app.queries.next_step().id == third
    order = [s.id for s in sorted((step(app, i) for i in (first, second, third)),
                                  key=lambda s: s.position)]
    assert order == [third, first, second]
    app.board.undo(change)
    assert app.queries.next_step().id == first


def test_reorder_to_the_end(app: Services, chore) -> None:
    _, (first, second, third) = chore
    app.board.move(first, StepStatus.NEXT, before_id=None)
    assert app.queries.next_step().id == second
    assert step(app, first).position > step(app, third).position


def test_a_step_moves_only_among_its_own_siblings(app: Services, chore) -> None:
    other = app.board.add_chore("Newsletter", ["Collect five addresses"]).added[1]
    with pytest.raises(Refused, match="own chore"):
        app.board.move(chore[1][0], StepStatus.NEXT, before_id=other)
    assert step(app, chore[1][0]).position == 0  # nothing half-done


def test_a_chore_moved_above_a_more_annoying_one_takes_its_rating(app: Services, chore) -> None:
    calm = app.board.add_chore("Website text", ["Read the home page aloud"], annoyance=2)
    calm_id, calm_step = calm.added
    app.board.move(calm_id, StepStatus.INBOX, before_id=chore[0])
    assert step(app, calm_id).annoyance == 4
    with app.store.read() as repo:
        assert first_ready(repo.steps()).id == calm_step


def test_delegating_needs_a_brief_and_undo_removes_it(app: Services, chore) -> None:
    step_id = chore[1][1]
    with pytest.raises(Refused, match="brief"):
        app.board.move(step_id, StepStatus.DELEGATED)
    with pytest.raises(Refused, match="who"):
        app.board.delegate(step_id, Handoff(to="  "))
    change = app.board.delegate(step_id, Handoff("Anna", "", "Caption is written",
                                                 date(2026, 3, 9)))
    details = app.board_queries.details(step_id)
    assert details.step.status is StepStatus.DELEGATED
    assert details.step.decision is Decision.OUTSOURCE
    assert (details.brief.to, details.brief.text) == ("Anna", "Write a caption")
    assert details.brief.due == date(2026, 3, 9)
    app.board.undo(change)
    details = app.board_queries.details(step_id)
    assert details.brief is None and details.step.status is StepStatus.NEXT
    assert details.step.decision is None


def test_edit_saves_only_what_changed(app: Services, chore, clock: FakeClock) -> None:
    step_id = chore[1][0]
    before = step(app, step_id)
    clock.advance(minutes=3)
    change = app.board.edit(step_id, title=" Post one photo ", notes="Any photo will do",
                            minutes=10, area=before.area)
    after = step(app, step_id)
    assert (after.title, after.notes, after.planned_minutes) == ("Post one photo",
                                                                 "Any photo will do", 10)
    assert after.updated_at == clock.now()
    app.board.undo(change)
    assert step(app, step_id) == before


@pytest.mark.parametrize("values, message", [
    ({"title": "  "}, "empty"),
    ({"minutes": 0}, "1 to 240"),
    ({"annoyance": 6}, "1 .a little. to 5"),
    ({"title": "two\nlines"}, "one line"),
])
def test_bad_edits_are_refused_and_change_nothing(app: Services, chore, values, message) -> None:
    before = step(app, chore[0])
    with pytest.raises(Refused, match=message):
        app.board.edit(chore[0], **values)
    assert step(app, chore[0]) == before


def test_split_adds_smaller_steps_that_take_the_place_in_the_queue(app: Services, chore) -> None:
    first = chore[1][0]
    change = app.board.split(first, ["Open the camera", "", "Take one photo"])
    children = change.added
    assert [step(app, c).title for c in children] == ["Open the camera", "Take one photo"]
    assert app.queries.next_step().id == children[0]
    app.board.undo(change)
    assert app.queries.next_step().id == first and first in statuses(app)
    assert not set(children) & set(statuses(app))


def test_undo_keeps_a_new_step_that_has_been_worked_on(app: Services, chore) -> None:
    change = app.board.split(chore[1][0], ["Open the camera"])
    app.steps.start(change.added[0])
    with pytest.raises(Refused):
        app.board.undo(change)
    assert change.added[0] in statuses(app)


def test_undo_refuses_when_the_step_changed_since(app: Services, chore, clock) -> None:
    step_id = chore[1][0]
    change = app.board.move(step_id, StepStatus.STUCK)
    clock.advance(minutes=1)
    app.board.edit(step_id, title="Post a photo of the shop")
    with pytest.raises(Refused, match="changed since"):
        app.board.undo(change)
    assert step(app, step_id).title == "Post a photo of the shop"


def test_make_current_without_starting_and_undo(app: Services, chore) -> None:
    step_id = chore[1][2]
    change = app.board.make_current(step_id)
    view = app.queries.current()
    assert view.step.id == step_id and view.session is None
    app.board.undo(change)
    assert app.queries.current().step is None


def test_a_split_step_or_a_chore_with_open_steps_cannot_be_made_current(app, chore) -> None:
    with pytest.raises(Refused, match="split"):
        app.board.make_current(chore[0])


def test_closing_the_running_step_is_refused(app: Services, chore) -> None:
    app.steps.start(chore[1][0])
    for status in (StepStatus.DONE, StepStatus.DROPPED):
        with pytest.raises(Refused, match="timebox is running"):
            app.board.move(chore[1][0], status)
    with pytest.raises(Refused, match="timebox is running"):
        app.board.move(chore[0], StepStatus.DROPPED)  # its chore, with the whole branch
    assert app.queries.current().session is not None


def test_dropping_the_current_idle_step_clears_current_and_undo_restores_it(app, chore) -> None:
    step_id = chore[1][0]
    app.board.make_current(step_id)
    change = app.board.move(step_id, StepStatus.DROPPED)
    assert app.queries.current().step is None
    app.board.undo(change)
    assert app.queries.current().step.id == step_id


def test_board_items_carry_time_spent_and_markers(app: Services, chore, clock) -> None:
    first = chore[1][0]
    app.steps.start(first)
    clock.advance(minutes=4)
    app.steps.done("Posting takes one minute")
    app.board.delegate(chore[1][1], Handoff("Anna", due=date(2026, 3, 3)))
    items = {item.step.id: item for item in app.board_queries.items()}
    assert items[first].minutes_spent == pytest.approx(4.0)
    assert items[first].has_learning and not items[first].has_brief
    assert items[chore[1][1]].has_brief and items[chore[1][1]].brief_due == date(2026, 3, 3)
    assert items[chore[1][2]].minutes_spent == 0 and items[chore[1][2]].stuck_notes == 0


def test_items_by_id_match_the_full_list(app: Services, chore, clock) -> None:
    app.steps.start(chore[1][0])
    clock.advance(minutes=3)
    app.steps.done("Quick")
    app.board.delegate(chore[1][1], Handoff("Anna"))
    everything = {item.step.id: item for item in app.board_queries.items()}
    some = app.board_queries.items([chore[1][0], chore[1][1], 999])
    assert {item.step.id: item for item in some} == {i: everything[i] for i in chore[1][:2]}


def test_a_first_start_is_new_until_a_step_is_written_or_the_welcome_skipped(app) -> None:
    assert app.board_queries.is_new()
    app.board.skip_welcome()
    assert not app.board_queries.is_new()


def test_a_data_file_with_steps_is_not_new(app, chore) -> None:
    assert not app.board_queries.is_new()
