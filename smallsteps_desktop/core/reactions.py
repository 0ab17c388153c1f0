"""Public steps and what readers did after them: record, ask later, find what is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from smallsteps_desktop.core.clock import Clock
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import Step, StepStatus
from smallsteps_desktop.core.ports import Store
from smallsteps_desktop.core.rules import existing_step
from smallsteps_desktop.core.text import clean_text

KINDS = ("likes", "comments", "replies", "enquiries")
MAX_COUNT = 1_000_000_000
DEFAULT_WAIT_DAYS = 2  # readers need a few days; the setting can change it
LATER = timedelta(days=1)  # "ask me later" asks again the next day


@dataclass(frozen=True, slots=True)
class Reaction:
    """What happened after one public step; all zero means "nothing happened"."""

    step_id: int
    likes: int
    comments: int
    replies: int
    enquiries: int
    note: str
    recorded_at: datetime

    @property
    def total(self) -> int:
        return self.likes + self.comments + self.replies + self.enquiries


@dataclass(frozen=True, slots=True)
class Counts:
    """The owner's answer to "What happened after <step>?"."""

    likes: int = 0
    comments: int = 0
    replies: int = 0
    enquiries: int = 0
    note: str | None = None


class ReactionService:
    """Marks steps public and keeps their reactions; one transaction per use case."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def set_public(self, step_id: int, public: bool) -> None:
        """A post, a newsletter, a mail to customers: something readers can react to."""
        with self._store.write() as repo:
            existing_step(repo, step_id)
            if public == repo.is_public(step_id):
                return
            if not public and repo.reaction(step_id) is not None:
                raise Refused(f"Step {step_id} already has reactions recorded; it stays public.")
            repo.set_public(step_id, public)
            repo.log(self._clock.now(), "public" if public else "not-public", step_id, {})

    def record(self, step_id: int, counts: Counts) -> Reaction:
        """Keep what readers did after a done step (again: the newer answer counts)."""
        numbers = [_checked_count(kind, getattr(counts, kind)) for kind in KINDS]
        note = clean_text(counts.note, "note")
        with self._store.write() as repo:
            step = existing_step(repo, step_id)
            if step.status is not StepStatus.DONE:
                raise Refused(f"Step {step_id} is not done yet; reactions come after it is out.")
            now = self._clock.now()
            if not repo.is_public(step_id):
                repo.set_public(step_id, True)
            reaction = Reaction(step_id, *numbers, note, now)
            repo.set_reaction(reaction)
            repo.log(now, "reacted", step_id, dict(zip(KINDS, numbers)))
            return reaction

    def ask_later(self, step_id: int) -> None:
        """Not now: ask about this step again tomorrow."""
        with self._store.write() as repo:
            existing_step(repo, step_id)
            repo.set_ask_after(step_id, self._clock.now() + LATER)

    def due(self, wait_days: int) -> list[Step]:
        """Public steps done at least wait_days ago whose reactions were not asked for yet."""
        now = self._clock.now()
        with self._store.read() as repo:
            return repo.reactions_due(now - timedelta(days=max(0, wait_days)), now)

    def reaction(self, step_id: int) -> Reaction | None:
        with self._store.read() as repo:
            return repo.reaction(step_id)


def _checked_count(kind: str, value: int) -> int:
    if type(value) is not int or not 0 <= value <= MAX_COUNT:
        raise Refused(f"The number of {kind} must be a whole number from 0 to {MAX_COUNT:,}, "
                      f"not {value!r}.")
    return value
