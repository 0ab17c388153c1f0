"""What the board reads: every step with its history markers, one step's details, the quota."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta, tzinfo

from smallsteps_desktop.core.clock import Clock
from smallsteps_desktop.core.models import Session, Step
from smallsteps_desktop.core.records import BoardItem, Brief, Learning, StuckNote
from smallsteps_desktop.core.ports import Store
from smallsteps_desktop.core.quota import QuotaView, day_start, quota_view, week_start
from smallsteps_desktop.core.quota import STREAK_LOOKBACK_DAYS
from smallsteps_desktop.core.reactions import Reaction
from smallsteps_desktop.core.rules import existing_step


@dataclass(frozen=True)
class StepDetails:
    """One step and everything the method recorded about it."""

    step: Step
    sessions: list[Session]
    stuck_notes: list[StuckNote]
    learning: Learning | None
    brief: Brief | None
    has_children: bool
    is_current: bool
    public: bool = False
    reaction: Reaction | None = None


class BoardQueries:
    """Read-only questions the board asks; one read transaction each."""

    def __init__(self, store: Store, clock: Clock, zone: tzinfo | None = None) -> None:
        self._store = store
        self._clock = clock
        self._zone = zone  # None: the computer's own time zone

    def items(self, ids: list[int] | None = None) -> list[BoardItem]:
        """Every step for the board, or just those with these ids (after one action)."""
        with self._store.read() as repo:
            return repo.board_items(ids)

    def is_new(self) -> bool:
        """A first start: the welcome is shown."""
        with self._store.read() as repo:
            return repo.is_new()

    def current_step_id(self) -> int | None:
        with self._store.read() as repo:
            return repo.current_step_id()

    def details(self, step_id: int) -> StepDetails:
        with self._store.read() as repo:
            step = existing_step(repo, step_id)
            return StepDetails(step, repo.sessions(step_id), repo.stuck_notes(step_id),
                               repo.learning(step_id), repo.brief(step_id),
                               bool(repo.children(step_id)), repo.current_step_id() == step_id,
                               repo.is_public(step_id), repo.reaction(step_id))

    def quota(self, daily_quota: int, weekly_quota: int) -> QuotaView:
        now = self._clock.now()
        today = now.astimezone(self._zone).date()
        lookback = day_start(today - timedelta(days=STREAK_LOOKBACK_DAYS), self._zone)
        monday = day_start(week_start(today), self._zone)
        with self._store.read() as repo:
            done = repo.done_times(lookback)
            worked = repo.worked_seconds(monday)
        return quota_view(done, worked, now, self._zone, daily_quota, weekly_quota)
