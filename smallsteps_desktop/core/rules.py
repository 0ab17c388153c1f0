"""The method's rules on the step tree: where steps may go, what a decision does."""

from __future__ import annotations

from datetime import date, datetime

from smallsteps_desktop.core.errors import NotFound, Refused
from smallsteps_desktop.core.models import OPEN_STATUSES, Decision, Step, StepStatus
from smallsteps_desktop.core.ports import Repository
from smallsteps_desktop.core.text import clean_name, clean_text
from smallsteps_desktop.core.timebox import MAX_MINUTES, MIN_MINUTES


def existing_step(repo: Repository, step_id: int) -> Step:
    """The step with this id, or a plain-words refusal."""
    step = repo.step(step_id)
    if step is None:
        raise NotFound(f"There is no step {step_id}.")
    return step


def check_branch_open(repo: Repository, step: Step) -> None:
    """Work inside a handed-off or dropped branch is not the owner's to start."""
    parent_id = step.parent_id
    while parent_id is not None:
        parent = existing_step(repo, parent_id)
        if parent.status in (StepStatus.DELEGATED, StepStatus.DROPPED):
            raise Refused(f"Step {step.id} is part of step {parent.id}, which is "
                          f"{parent.status.value}.")
        parent_id = parent.parent_id


def check_parent(repo: Repository, parent: Step) -> None:
    """New steps go under open work, but not under the step being worked on right now."""
    if parent.status is StepStatus.DROPPED:
        raise Refused(f"Step {parent.id} was dropped; add the new step somewhere else.")
    if repo.current_step_id() == parent.id:
        raise Refused(f"Step {parent.id} is the current step. To break it into smaller steps, "
                      "skip it and split it.")


def reopen_done_ancestors(repo: Repository, step: Step | None, now: datetime) -> None:
    """New work under a finished chore means the chore is not finished after all."""
    while step is not None and step.status is StepStatus.DONE:
        repo.save_step(step._replace(status=StepStatus.NEXT, done_at=None, updated_at=now))
        repo.log(now, "reopened", step.id, {})
        step = repo.step(step.parent_id) if step.parent_id is not None else None


def checked_minutes(minutes: int) -> int:
    """A timebox length the method allows."""
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise Refused(f"A timebox lasts {MIN_MINUTES} to {MAX_MINUTES} minutes, not {minutes}.")
    return minutes


def checked_annoyance(annoyance: int | None) -> int | None:
    """No rating, or 1 to 5."""
    if annoyance is not None and not 1 <= annoyance <= 5:
        raise Refused(f"Rate the annoyance from 1 (a little) to 5 (a lot), not {annoyance}.")
    return annoyance


def brief_fields(decision: Decision | None, to: str | None, what: str | None,
                 done_when: str | None, due: date | None,
                 why: str | None = None) -> tuple[str, str, str, str] | None:
    """Validated (to, what, done when, why) for an outsourced step, or None."""
    given = [to, what, done_when, due, why]
    if decision is not Decision.OUTSOURCE:
        if any(value is not None for value in given):
            raise Refused("A brief (to whom, what, why, done when, due) only goes with "
                          "outsourcing.")
        return None
    to = clean_name(to, "name of who takes it over")
    if not to:
        raise Refused("Outsourcing needs someone to hand it to: say who.")
    return (to, clean_text(what, "brief"), clean_text(done_when, "done-when"),
            clean_text(why, "why"))


def decide(repo: Repository, step: Step, decision: Decision | None, split: bool, now: datetime) -> Step:
    """Stuck without a plan stays stuck; a plan (split or decision) reopens it."""
    if decision is Decision.OUTSOURCE:
        status = StepStatus.DELEGATED
    elif decision is Decision.SELF or split:
        status = StepStatus.NEXT
    else:
        status = StepStatus.STUCK
    decided = step._replace(status=status, decision=decision, updated_at=now)
    repo.save_step(decided)
    if decision is not None:
        repo.log(now, "decided", step.id, {"decision": decision.value})
    return decided


def current_after_skip(step: Step, decision: Decision | None, children: list[int]) -> int | None:
    """Doing it yourself keeps the work current: the first smaller step, or the step itself."""
    if decision is not Decision.SELF:
        return None
    return children[0] if children else step.id


def close_finished_parents(repo: Repository, step: Step, now: datetime) -> None:
    """A split step is done once all its smaller steps are done or dropped."""
    parent_id = step.parent_id
    while parent_id is not None:
        parent = repo.step(parent_id)
        if parent is None or parent.status not in OPEN_STATUSES:
            return
        siblings = repo.children(parent_id)
        if any(s.status not in (StepStatus.DONE, StepStatus.DROPPED) for s in siblings):
            return
        repo.save_step(parent._replace(status=StepStatus.DONE, done_at=now, updated_at=now))
        repo.log(now, "done", parent_id, {"because": "all smaller steps done"})
        parent_id = parent.parent_id
