"""Where new steps may go: under finished chores, not under the current or a dropped step."""

from __future__ import annotations


import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import Decision, StepStatus
from smallsteps_desktop.core.services import SkipRequest



def status(app: Services, step_id: int) -> str:
    return app.queries.show_json(step_id)["status"]


def test_a_new_step_under_a_finished_chore_reopens_it(app: Services) -> None:
    chore = app.steps.add("Get going on Instagram")
    first = app.steps.add("Post any photo", parent_id=chore)
    app.steps.start(first)
    app.steps.done()
    assert status(app, chore) == "done"  # all its known steps were done

    second = app.steps.add("Write a caption", parent_id=chore)

    assert status(app, chore) == "next"
    assert app.queries.show_json(chore)["done_at"] is None
    assert status(app, first) == "done"
    assert app.steps.start().id == second


def test_reopening_climbs_through_every_finished_ancestor(app: Services) -> None:
    chore = app.steps.add("Newsletter")
    step = app.steps.add("First issue", parent_id=chore)
    app.steps.start(step)
    app.steps.skip(_split_request("Pick a topic"))
    leaf = app.steps.start().id
    app.steps.done()
    assert [status(app, i) for i in (chore, step, leaf)] == ["done"] * 3

    app.steps.add("Write the intro", parent_id=step)

    assert [status(app, i) for i in (chore, step, leaf)] == ["next", "next", "done"]


def test_the_current_step_cannot_get_smaller_steps_directly(app: Services) -> None:
    chore = app.steps.add("Google profile")
    app.steps.start(chore)
    before = app.queries.list_json()

    with pytest.raises(Refused, match="current step.*skip it and split it"):
        app.steps.add("Upload a logo", parent_id=chore)

    assert app.queries.list_json() == before


def test_nothing_goes_under_a_dropped_step(app: Services) -> None:
    chore = app.steps.add("Flyers")
    with app.store.write() as repo:  # no drop action yet; the board will add one
        repo.save_step(repo.step(chore)._replace(status=StepStatus.DROPPED))

    with pytest.raises(Refused, match="dropped"):
        app.steps.add("Print 100", parent_id=chore)


def _split_request(*titles: str) -> SkipRequest:
    return SkipRequest(stuck="too big", splits=titles, decision=Decision.SELF)
