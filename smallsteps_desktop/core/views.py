"""Read-only views of the steps and the timer, as plain data for CLI and GUI."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple

from smallsteps_desktop.core import timebox
from smallsteps_desktop.core.clock import Clock
from smallsteps_desktop.core.errors import NotFound
from smallsteps_desktop.core.models import Session, Step, StepStatus, TimerState
from smallsteps_desktop.core.ports import Repository, Store
from smallsteps_desktop.core.queue import first_ready


# Named tuples: made at every redraw and never changed, and a dataclass's generated
# methods would cost the tray app's first paint about 1.5 ms.
class TimerView(NamedTuple):
    state: TimerState
    remaining_seconds: float
    planned_seconds: float


class CurrentView(NamedTuple):
    """The one current step (or none) and its countdown at one moment."""

    step: Step | None
    timer: TimerView
    session: Session | None


class StepQueries:
    """Answers questions about steps without changing anything."""

    def __init__(self, store: Store, clock: Clock, default_minutes: Callable[[], int]) -> None:
        self._store = store
        self._clock = clock
        self._default_minutes = default_minutes

    def current(self) -> CurrentView:
        with self._store.read() as repo:
            current_id = repo.current_step_id()
            step = repo.step(current_id) if current_id is not None else None
            session = repo.open_session()
        now = self._clock.now()
        if step is None:
            planned = self._default_minutes() * 60
        else:
            planned = timebox.length_seconds(session) if session else step.planned_minutes * 60
        state = timebox.state(session, now)
        remaining = timebox.remaining_seconds(session, now) if session else float(planned)
        return CurrentView(step, TimerView(state, remaining, planned), session)

    def data_version(self) -> int:
        """Changes whenever another process (e.g. the command line) saved something."""
        return self._store.data_version()

    def next_step(self) -> Step | None:
        """The step Start would pick when nothing is current."""
        with self._store.read() as repo:
            return first_ready(repo.steps())

    def current_json(self) -> dict[str, Any]:
        view = self.current()
        step_json = self.show_json(view.step.id, details=False) if view.step else None
        timer = view.timer
        return {
            "step": step_json,
            "timer": {
                "state": timer.state.value,
                "remaining_seconds": round(timer.remaining_seconds, 1),
                "planned_seconds": round(timer.planned_seconds),
            },
        }

    def list_json(self, status: StepStatus | None = None) -> list[dict[str, Any]]:
        """All steps (or those with one status) in the command line's JSON contract."""
        with self._store.read() as repo:
            return json.loads(repo.steps_json(status=status.value if status else None))

    def show_json(self, step_id: int, details: bool = True) -> dict[str, Any]:
        """One step in the JSON contract; with details, its history too."""
        with self._store.read() as repo:
            found = repo.step_json(step_id)
            if found is None:
                raise NotFound(f"There is no step {step_id}.")
            data = json.loads(found)
            if details:
                data |= _details_json(repo, step_id)
        return data


def _details_json(repo: Repository, step_id: int) -> dict[str, Any]:
    sessions = repo.sessions(step_id)
    learning = repo.learning(step_id)
    brief = repo.brief(step_id)
    reaction = repo.reaction(step_id)
    return {
        "sessions": [_session_json(s) for s in sessions],
        "stuck_notes": [
            {"reason": n.reason.value, "text": n.text, "created_at": n.created_at.isoformat()}
            for n in repo.stuck_notes(step_id)
        ],
        "learning": learning.text if learning else None,
        "brief": None if brief is None else {
            "to": brief.to,
            "text": brief.text,
            "why": brief.why,
            "done_when": brief.done_when,
            "due": brief.due.isoformat() if brief.due else None,
            "created_at": brief.created_at.isoformat(),
        },
        "public": repo.is_public(step_id),
        "reaction": None if reaction is None else {
            "likes": reaction.likes, "comments": reaction.comments, "replies": reaction.replies,
            "enquiries": reaction.enquiries, "note": reaction.note,
            "recorded_at": reaction.recorded_at.isoformat(),
        },
    }


def _session_json(session: Session) -> dict[str, Any]:
    return {
        "id": session.id,
        "started_at": session.started_at.isoformat(),
        "ended_at": _iso(session.ended_at),
        "planned_seconds": session.planned_seconds,
        "paused_seconds": round(session.paused_seconds, 1),
        "extra_seconds": round(session.extra_seconds, 1),
        "away_seconds": round(session.away_seconds, 1),
        "actual_seconds": None if session.actual_seconds is None else round(session.actual_seconds, 1),
        "outcome": session.outcome.value if session.outcome else None,
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None
