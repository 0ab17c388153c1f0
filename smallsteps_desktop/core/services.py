"""The use cases of the method; each runs in one transaction.

The CLI and the GUI call these with the user's intent. Rules live here and in
``timebox``; storage only stores.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from smallsteps_desktop.core import timebox
from smallsteps_desktop.core.clock import Clock
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import (
    OPEN_STATUSES,
    Decision,
    Outcome,
    Step,
    StepStatus,
    StuckReason,
)
from smallsteps_desktop.core.records import Brief, Learning, NewStep, StuckNote
from smallsteps_desktop.core.ports import Repository, Store
from smallsteps_desktop.core.queue import first_ready
from smallsteps_desktop.core.rules import (
    brief_fields,
    check_branch_open,
    check_parent,
    checked_annoyance,
    checked_minutes,
    close_finished_parents,
    current_after_skip,
    decide,
    existing_step,
    reopen_done_ancestors,
)
from smallsteps_desktop.core.text import clean_name, clean_text, clean_title


@dataclass(frozen=True)
class SkipRequest:
    """Everything the "What's stuck?" conversation produced."""

    stuck: str
    reason: StuckReason = StuckReason.OTHER
    splits: tuple[str, ...] = ()
    decision: Decision | None = None
    to: str | None = None
    brief: str | None = None
    done_when: str | None = None
    due: date | None = None
    why: str | None = None


@dataclass(frozen=True)
class Outcomes:
    """What an ending action changed, for the caller to show."""

    step: Step
    next_step: Step | None
    new_step_ids: tuple[int, ...] = ()


def check_new_step(title: str, area: str | None, annoyance: int | None,
                   minutes: int | None) -> tuple[str, str | None]:
    """What a new step must pass before any data is read; the cleaned title and area."""
    title, area = clean_title(title), clean_name(area, "area")
    checked_annoyance(annoyance)
    if minutes is not None:
        checked_minutes(minutes)
    return title, area


class StepService:
    """Adds steps and moves the one current step through its timebox."""

    def __init__(self, store: Store, clock: Clock, default_minutes: Callable[[], int]) -> None:
        self._store = store
        self._clock = clock
        self._default_minutes = default_minutes

    def add(
        self,
        title: str,
        parent_id: int | None = None,
        area: str | None = None,
        annoyance: int | None = None,
        minutes: int | None = None,
    ) -> int:
        """Write down a chore (no parent) or a step of one; returns its id."""
        title, area = check_new_step(title, area, annoyance, minutes)
        minutes = self._default_minutes() if minutes is None else minutes
        with self._store.write() as repo:
            now = self._clock.now()
            if parent_id is not None:
                parent = existing_step(repo, parent_id)
                check_parent(repo, parent)
                reopen_done_ancestors(repo, parent, now)
                area = area or parent.area
            status = StepStatus.INBOX if parent_id is None else StepStatus.NEXT
            new = NewStep(title, parent_id, status, area, annoyance, minutes, now)
            step_id = repo.add_step(new)
            repo.log(now, "added", step_id, {"parent_id": parent_id})
            return step_id

    def start(self, step_id: int | None = None) -> Step:
        """Make a step current and start its timebox (default: the current or next step)."""
        with self._store.write() as repo:
            now = self._clock.now()
            step = self._start_target(repo, step_id)
            session = repo.open_session()
            if session is not None and session.step_id == step.id:
                raise Refused(timebox.refusal("start", timebox.state(session, now)))
            if session is not None:
                repo.save_session(timebox.finish(session, now, Outcome.INTERRUPTED))
                repo.log(now, "interrupted", session.step_id, {})
            if step.status is not StepStatus.NEXT:
                step = step._replace(status=StepStatus.NEXT, updated_at=now)
                repo.save_step(step)
            repo.set_current(step.id)
            repo.add_session(step.id, now, step.planned_minutes * 60)
            repo.log(now, "started", step.id, {})
            return step

    def pause(self) -> None:
        self._change_timer(timebox.pause, "paused")

    def resume(self) -> None:
        self._change_timer(timebox.resume, "resumed")

    def extend(self, minutes: int = 5) -> None:
        """Five more minutes for a timebox that ran out; once per timebox."""
        seconds = self._checked_minutes(minutes) * 60
        self._change_timer(lambda session, now: timebox.extend(session, now, seconds), "extended")

    def exclude_away(self, seconds: float) -> None:
        """The owner says the time the computer was away should not count."""
        with self._store.write() as repo:
            now = self._clock.now()
            session = repo.open_session()
            changed = timebox.exclude(session, now, seconds)
            repo.save_session(changed)
            left_out = changed.paused_seconds - session.paused_seconds
            repo.log(now, "away-excluded", session.step_id, {"seconds": round(left_out, 1)})

    def count_away(self, seconds: float) -> None:
        """The owner says the time away was work after all (undoes exclude_away)."""
        with self._store.write() as repo:
            now = self._clock.now()
            session = repo.open_session()
            changed = timebox.count_back(session, seconds)
            repo.save_session(changed)
            counted = session.away_seconds - changed.away_seconds
            repo.log(now, "away-counted", session.step_id, {"seconds": round(counted, 1)})

    def done(self, learning: str | None = None) -> Outcomes:
        """Finish the current step and keep what it brought."""
        text = clean_text(learning, "learning")
        with self._store.write() as repo:
            now = self._clock.now()
            step = self._current(repo, "finish")
            _end_session(repo, Outcome.DONE, now)
            step = _close_done(repo, step, now)
            if text:
                repo.set_learning(Learning(step.id, text, now))
            repo.set_current(None)
            close_finished_parents(repo, step, now)
            return Outcomes(step, first_ready(repo.steps()))

    def skip(self, request: SkipRequest) -> Outcomes:
        """Record what is stuck, split the step, and apply the decision."""
        stuck = clean_text(request.stuck, "stuck note")
        if not stuck:
            raise Refused("Say in a few words what is stuck, e.g. 'I have no photo'.")
        splits = tuple(clean_title(title, "smaller step") for title in request.splits)
        brief = brief_fields(request.decision, request.to, request.brief, request.done_when,
                             request.due, request.why)
        with self._store.write() as repo:
            now = self._clock.now()
            step = self._current(repo, "skip")
            _end_session(repo, Outcome.SKIPPED, now)
            repo.add_stuck_note(StuckNote(step.id, request.reason, stuck, now))
            repo.log(now, "skipped", step.id, {"reason": request.reason.value})
            children = self._split(repo, step, splits, now)
            step = decide(repo, step, request.decision, bool(children), now)
            if brief is not None:
                repo.set_brief(Brief(step.id, brief[0], brief[1] or step.title, brief[2],
                                     request.due, now, brief[3]))
            next_current = current_after_skip(step, request.decision, children)
            repo.set_current(next_current)
            return Outcomes(step, first_ready(repo.steps()), tuple(children))

    # -- helpers ---------------------------------------------------------------

    def _checked_minutes(self, minutes: int | None) -> int:
        return self._default_minutes() if minutes is None else checked_minutes(minutes)

    def _start_target(self, repo: Repository, step_id: int | None) -> Step:
        if step_id is None:
            current = repo.current_step_id()
            step = repo.step(current) if current is not None else first_ready(repo.steps())
            if step is None:
                raise Refused("Nothing to start: add a step first.")
            step_id = step.id
        step = existing_step(repo, step_id)
        if step.status in (StepStatus.DONE, StepStatus.DROPPED, StepStatus.DELEGATED):
            raise Refused(f"Step {step.id} is {step.status.value}; pick an open step.")
        children = repo.children(step.id)
        if children:
            open_ids = [c.id for c in children if c.status in OPEN_STATUSES]
            hint = f"start step {open_ids[0]} instead" if open_ids else "its smaller steps are closed"
            raise Refused(f"Step {step.id} was split into smaller steps; {hint}.")
        check_branch_open(repo, step)
        return step

    def _current(self, repo: Repository, action: str) -> Step:
        current = repo.current_step_id()
        if current is None:
            raise Refused(f"Cannot {action}: there is no current step. Start one first.")
        return existing_step(repo, current)

    def _change_timer(self, transition: Callable, kind: str) -> None:
        with self._store.write() as repo:
            now = self._clock.now()
            session = repo.open_session()
            repo.save_session(transition(session, now))
            assert session is not None  # the transition refuses a missing session
            repo.log(now, kind, session.step_id, {})

    def _split(self, repo: Repository, step: Step, titles: tuple[str, ...], now: datetime) -> list[int]:
        minutes = self._default_minutes() if titles else 0
        ids = []
        for title in titles:
            new = NewStep(title, step.id, StepStatus.NEXT, step.area, None, minutes, now)
            ids.append(repo.add_step(new))
        if ids:
            repo.log(now, "split", step.id, {"children": ids})
        return ids


def _end_session(repo: Repository, outcome: Outcome, now: datetime) -> None:
    session = repo.open_session()
    if session is not None:
        repo.save_session(timebox.finish(session, now, outcome))


def _close_done(repo: Repository, step: Step, now: datetime) -> Step:
    done = step._replace(status=StepStatus.DONE, done_at=now, updated_at=now)
    repo.save_step(done)
    repo.log(now, "done", step.id, {})
    return done
