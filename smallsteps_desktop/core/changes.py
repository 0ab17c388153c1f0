"""Undo for board actions: record what one transaction changed, and put it back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import Step
from smallsteps_desktop.core.records import Brief, NewStep
from smallsteps_desktop.core.ports import Repository

_UNSET: Any = object()


@dataclass
class Change:
    """Everything one action changed, as it was before; enough to undo it."""

    at: datetime
    steps_before: dict[int, Step] = field(default_factory=dict)
    added: list[int] = field(default_factory=list)
    briefs_before: dict[int, Brief | None] = field(default_factory=dict)
    current_before: int | None = _UNSET

    @property
    def touched(self) -> set[int]:
        """Ids of every step the action created or changed."""
        return set(self.steps_before) | set(self.added) | set(self.briefs_before)

    @property
    def changes_current(self) -> bool:
        return self.current_before is not _UNSET


class RecordingRepository:
    """A Repository that remembers the first "before" of everything it overwrites.

    Wrapping the repository, rather than having each action list what it
    touches, means rules such as "a parent closes with its last child" are
    undone too, without the undo knowing about them.
    """

    def __init__(self, repo: Repository, change: Change) -> None:
        self._repo = repo
        self.change = change

    def __getattr__(self, name: str) -> Any:
        return getattr(self._repo, name)

    def add_step(self, new: NewStep) -> int:
        step_id = self._repo.add_step(new)
        self.change.added.append(step_id)
        return step_id

    def save_step(self, step: Step) -> None:
        if step.id not in self.change.steps_before and step.id not in self.change.added:
            before = self._repo.step(step.id)
            if before is not None:
                self.change.steps_before[step.id] = before
        self._repo.save_step(step)

    def set_brief(self, brief: Brief) -> None:
        if brief.step_id not in self.change.briefs_before:
            self.change.briefs_before[brief.step_id] = self._repo.brief(brief.step_id)
        self._repo.set_brief(brief)

    def set_current(self, step_id: int | None) -> None:
        if not self.change.changes_current:
            self.change.current_before = self._repo.current_step_id()
        self._repo.set_current(step_id)


def revert(repo: Repository, change: Change, now: datetime) -> None:
    """Put back what the change overwrote; refuses if the steps changed since."""
    for step_id in change.steps_before:
        _check_unchanged(repo, step_id, change.at)
    for step_id in change.added:
        _check_unworked(repo, step_id, change.added)
    if change.changes_current:
        current = repo.current_step_id()
        session = repo.open_session()
        if session is not None and session.step_id == current:
            raise Refused("A timebox is running. Finish or skip it before undoing.")
        repo.set_current(change.current_before)
    for step_id, brief in change.briefs_before.items():
        if brief is None:
            repo.delete_brief(step_id)
        else:
            repo.set_brief(brief)
    for step in change.steps_before.values():
        repo.save_step(step)
    for step_id in reversed(change.added):
        repo.delete_step(step_id)
    repo.log(now, "undone", None, {"steps": sorted(change.touched)})


def _check_unchanged(repo: Repository, step_id: int, at: datetime) -> None:
    step = repo.step(step_id)
    if step is None or step.updated_at != at:
        raise Refused(f"Step {step_id} has changed since, so this cannot be undone.")


def _check_unworked(repo: Repository, step_id: int, added: list[int]) -> None:
    if repo.sessions(step_id) or repo.stuck_notes(step_id) or repo.learning(step_id):
        raise Refused(f"Step {step_id} has been worked on since, so it is kept.")
    if any(child.id not in added for child in repo.children(step_id)):
        raise Refused(f"Step {step_id} has smaller steps now, so it is kept.")
    if repo.current_step_id() == step_id:
        raise Refused(f"Step {step_id} is the current step now, so it is kept.")
