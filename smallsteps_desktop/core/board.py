"""The board's use cases: move, reorder, edit, split, hand off; each one undoable."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from smallsteps_desktop.core.changes import Change, RecordingRepository, revert
from smallsteps_desktop.core.clock import Clock
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import CLOSED_STATUSES, Decision, Step, StepStatus
from smallsteps_desktop.core.records import Brief, NewStep
from smallsteps_desktop.core.ports import Repository, Store
from smallsteps_desktop.core.rules import (
    brief_fields,
    check_branch_open,
    check_parent,
    checked_annoyance,
    checked_minutes,
    close_finished_parents,
    existing_step,
    reopen_done_ancestors,
)
from smallsteps_desktop.core.text import clean_name, clean_text, clean_title

_CLOSING = CLOSED_STATUSES  # moving a step here closes its whole branch
KEEP: Any = object()  # "leave this field as it is" for edit()


@dataclass(frozen=True)
class Handoff:
    """The brief for a step someone else takes over."""

    to: str
    what: str = ""
    done_when: str = ""
    due: date | None = None
    why: str = ""


class BoardService:
    """Changes the owner makes on the board; every method returns a Change for undo."""

    def __init__(self, store: Store, clock: Clock, default_minutes: Callable[[], int]) -> None:
        self._store = store
        self._clock = clock
        self._default_minutes = default_minutes

    def move(self, step_id: int, status: StepStatus, before_id: int | None = KEEP) -> Change:
        """Give a step a new status and, with before_id, a new place among its siblings."""
        with self._recorded() as (repo, change):
            step = existing_step(repo, step_id)
            if status is StepStatus.DELEGATED and step.status is not status:
                raise Refused("Handing a step off needs a brief: who takes it, and what.")
            if status is not step.status:
                step = _set_status(repo, step, status, change.at)
            if before_id is not KEEP:
                _place(repo, step, before_id, change.at)
            repo.log(change.at, "moved", step_id, {"status": status.value})
        return change

    def edit(self, step_id: int, *, title: str = KEEP, notes: str = KEEP, area: str | None = KEEP,
             minutes: int = KEEP, annoyance: int | None = KEEP) -> Change:
        """Change what the owner wrote about a step; untouched fields stay as they are."""
        values: dict[str, Any] = {}
        if title is not KEEP:
            values["title"] = clean_title(title)
        if notes is not KEEP:
            values["notes"] = clean_text(notes, "notes")
        if area is not KEEP:
            values["area"] = clean_name(area, "area")
        if minutes is not KEEP:
            values["planned_minutes"] = checked_minutes(minutes)
        if annoyance is not KEEP:
            values["annoyance"] = checked_annoyance(annoyance)
        with self._recorded() as (repo, change):
            step = existing_step(repo, step_id)
            changed = {k: v for k, v in values.items() if getattr(step, k) != v}
            if changed:
                repo.save_step(step._replace(**changed, updated_at=change.at))
                repo.log(change.at, "edited", step_id, {"fields": sorted(changed)})
        return change

    def split(self, step_id: int, titles: Sequence[str]) -> Change:
        """Break a step into smaller steps, which take its place in the queue."""
        titles = [clean_title(t, "smaller step") for t in titles if t.strip()]
        if not titles:
            raise Refused("Write at least one smaller step.")
        minutes = self._default_minutes()
        with self._recorded() as (repo, change):
            step = existing_step(repo, step_id)
            check_parent(repo, step)
            reopen_done_ancestors(repo, step, change.at)
            step = existing_step(repo, step_id)
            if step.status not in (StepStatus.NEXT, StepStatus.INBOX):
                step = step._replace(status=StepStatus.NEXT, done_at=None, updated_at=change.at)
                repo.save_step(step)
            ids = [repo.add_step(NewStep(t, step.id, StepStatus.NEXT, step.area, None, minutes,
                                         change.at)) for t in titles]
            repo.log(change.at, "split", step_id, {"children": ids})
        return change

    def delegate(self, step_id: int, handoff: Handoff) -> Change:
        """Hand a step to someone else, with the brief they need."""
        to, what, done_when, why = brief_fields(Decision.OUTSOURCE, handoff.to, handoff.what,
                                                handoff.done_when, handoff.due, handoff.why)
        with self._recorded() as (repo, change):
            step = existing_step(repo, step_id)
            step = _set_status(repo, step, StepStatus.DELEGATED, change.at)
            repo.save_step(step._replace(decision=Decision.OUTSOURCE))
            repo.set_brief(Brief(step.id, to, what or step.title, done_when, handoff.due,
                                 change.at, why))
            repo.log(change.at, "decided", step_id, {"decision": "outsource"})
        return change

    def make_current(self, step_id: int) -> Change:
        """Make this the step the tray shows, without starting its timebox."""
        with self._recorded() as (repo, change):
            step = existing_step(repo, step_id)
            session = repo.open_session()
            if session is not None:
                raise Refused("A timebox is running. Finish or skip it first.")
            if step.status in _CLOSING:
                raise Refused(f"Step {step.id} is {step.status.value}; pick an open step.")
            if any(c.status not in _CLOSING for c in repo.children(step.id)):
                raise Refused(f"Step {step.id} was split; make one of its smaller steps current.")
            check_branch_open(repo, step)
            if step.status is not StepStatus.NEXT:
                repo.save_step(step._replace(status=StepStatus.NEXT, updated_at=change.at))
            repo.set_current(step.id)
            repo.log(change.at, "made-current", step_id, {})
        return change

    def add_chore(self, title: str, steps: Sequence[str] = (), area: str | None = None,
                  annoyance: int | None = None) -> Change:
        """A chore and its first steps in one go (the welcome, the starter library)."""
        title = clean_title(title)
        titles = [clean_title(t, "step") for t in steps if t.strip()]
        area = clean_name(area, "area")
        annoyance = checked_annoyance(annoyance)
        minutes = self._default_minutes()
        with self._recorded() as (repo, change):
            chore = repo.add_step(NewStep(title, None, StepStatus.INBOX, area, annoyance,
                                          minutes, change.at))
            for step_title in titles:
                repo.add_step(NewStep(step_title, chore, StepStatus.NEXT, area, None, minutes,
                                      change.at))
            repo.log(change.at, "added", chore, {"steps": len(titles)})
        return change

    def skip_welcome(self) -> None:
        """Remember that the owner skipped the welcome, so it is not shown at every start."""
        with self._store.write() as repo:
            repo.log(self._clock.now(), "welcome-skipped", None, {})

    def undo(self, change: Change) -> None:
        """Put back what a change overwrote, as one more transaction."""
        with self._store.write() as repo:
            revert(repo, change, self._clock.now())

    @contextmanager
    def _recorded(self) -> Iterator[tuple[Repository, Change]]:
        with self._store.write() as repo:
            change = Change(self._clock.now())
            yield RecordingRepository(repo, change), change


def _set_status(repo: Repository, step: Step, status: StepStatus, now: datetime) -> Step:
    """The status change and what the method's rules make of it."""
    session = repo.open_session()
    if status in _CLOSING and session is not None and _in_branch(repo, session.step_id, step.id):
        raise Refused("A timebox is running for this step. Finish it with Done or Skip.")
    if status in _CLOSING and _in_branch(repo, repo.current_step_id(), step.id):
        repo.set_current(None)
    done_at = now if status is StepStatus.DONE else None
    decision = None if step.status is StepStatus.DELEGATED else step.decision
    changed = step._replace(status=status, done_at=done_at, decision=decision, updated_at=now)
    repo.save_step(changed)
    if status in (StepStatus.DONE, StepStatus.DROPPED):
        close_finished_parents(repo, changed, now)
    elif status not in _CLOSING and step.parent_id is not None:
        reopen_done_ancestors(repo, repo.step(step.parent_id), now)
    return changed


def _in_branch(repo: Repository, step_id: int | None, root_id: int) -> bool:
    """Is step_id the step root_id or one of its smaller steps, at any depth?"""
    while step_id is not None:
        if step_id == root_id:
            return True
        step = repo.step(step_id)
        step_id = step.parent_id if step else None
    return False


def _place(repo: Repository, step: Step, before_id: int | None, now: datetime) -> None:
    """Put step before a sibling (None: last) and number the siblings again."""
    order = [s for s in repo.children(step.parent_id) if s.id != step.id]
    index = next((i for i, s in enumerate(order) if s.id == before_id), len(order))
    if before_id is not None and index == len(order):
        raise Refused(f"Step {before_id} is not next to step {step.id}; a step moves only "
                      "among the steps of its own chore.")
    moved = existing_step(repo, step.id)  # as the status change left it
    if step.parent_id is None and index < len(order):
        # Chores go by annoyance first: a chore moved up takes its new neighbour's rating.
        moved = moved._replace(annoyance=order[index].annoyance)
    order.insert(index, moved)
    for position, sibling in enumerate(order):
        if sibling.position != position or sibling is moved:
            repo.save_step(sibling._replace(position=position, updated_at=now))

