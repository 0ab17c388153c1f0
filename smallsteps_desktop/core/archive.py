"""The export file format: a versioned, lossless JSON document, validated as a whole."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import Decision, Outcome, StepStatus, StuckReason
from smallsteps_desktop.core.text import clean_name, clean_text, clean_title
from smallsteps_desktop.core.timebox import MAX_MINUTES, MIN_MINUTES

ARCHIVE_FORMAT = "smallsteps-export"
ARCHIVE_VERSION = 1
MAX_ARCHIVE_BYTES = 256 * 1024 * 1024



def _checked(clean: Callable[..., Any], what: str) -> AfterValidator:
    """Run one of core.text's checks; pydantic reports only ValueErrors as validation errors."""

    def check(value: Any) -> Any:
        try:
            return clean(value, what)
        except Refused as error:
            raise ValueError(str(error)) from None

    return AfterValidator(check)


Title = Annotated[str, _checked(clean_title, "title")]
Name = Annotated[str | None, _checked(clean_name, "name")]
Text = Annotated[str, _checked(clean_text, "text")]
Id = Annotated[int, Field(ge=1)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StepRecord(_Record):
    id: Id
    parent_id: Id | None
    title: Title
    status: StepStatus
    area: Name = None
    annoyance: Annotated[int, Field(ge=1, le=5)] | None = None
    planned_minutes: Annotated[int, Field(ge=MIN_MINUTES, le=MAX_MINUTES)]
    position: int
    decision: Decision | None = None
    notes: Text = ""
    created_at: AwareDatetime
    updated_at: AwareDatetime
    done_at: AwareDatetime | None = None


class SessionRecord(_Record):
    id: Id
    step_id: Id
    started_at: AwareDatetime
    planned_seconds: Annotated[int, Field(gt=0)]
    paused_at: AwareDatetime | None = None
    paused_seconds: Annotated[float, Field(ge=0)] = 0.0
    ended_at: AwareDatetime | None = None
    outcome: Outcome | None = None
    actual_seconds: Annotated[float, Field(ge=0)] | None = None
    extra_seconds: Annotated[float, Field(ge=0)] = 0.0
    away_seconds: Annotated[float, Field(ge=0)] = 0.0

    @model_validator(mode="after")
    def _ended_has_outcome(self) -> SessionRecord:
        if (self.ended_at is None) != (self.outcome is None):
            raise ValueError(f"session {self.id}: an ended session needs an outcome and vice versa")
        return self


class StuckNoteRecord(_Record):
    step_id: Id
    reason: StuckReason
    text: Text
    created_at: AwareDatetime


class LearningRecord(_Record):
    step_id: Id
    text: Text
    created_at: AwareDatetime


class BriefRecord(_Record):
    step_id: Id
    to: Annotated[str, _checked(clean_title, "name")]
    text: Text
    done_when: Text = ""
    due: date | None = None
    created_at: AwareDatetime
    why: Text = ""


class PublicStepRecord(_Record):
    step_id: Id
    ask_after: AwareDatetime | None = None


Count = Annotated[int, Field(ge=0, le=1_000_000_000)]


class ReactionRecord(_Record):
    step_id: Id
    likes: Count
    comments: Count
    replies: Count
    enquiries: Count
    note: Text = ""
    recorded_at: AwareDatetime


class EventRecord(_Record):
    at: AwareDatetime
    kind: Annotated[str, Field(min_length=1, max_length=40)]
    step_id: Id | None = None
    detail: dict[str, Any] = {}


class Archive(_Record):
    """Everything in one data folder; checked for consistency before any write."""

    format: Literal["smallsteps-export"] = ARCHIVE_FORMAT
    version: Literal[1] = ARCHIVE_VERSION
    exported_at: AwareDatetime
    app_version: str
    current_step_id: Id | None = None
    steps: list[StepRecord] = []
    sessions: list[SessionRecord] = []
    stuck_notes: list[StuckNoteRecord] = []
    learnings: list[LearningRecord] = []
    briefs: list[BriefRecord] = []
    public_steps: list[PublicStepRecord] = []
    reactions: list[ReactionRecord] = []
    events: list[EventRecord] = []

    @model_validator(mode="after")
    def _consistent(self) -> Archive:
        ids = [step.id for step in self.steps]
        known = set(ids)
        if len(known) != len(ids):
            raise ValueError("two steps share one id")
        _check_tree({step.id: step.parent_id for step in self.steps})
        referenced = [(s.step_id, "session") for s in self.sessions]
        referenced += [(n.step_id, "stuck note") for n in self.stuck_notes]
        referenced += [(x.step_id, "learning") for x in self.learnings]
        referenced += [(b.step_id, "brief") for b in self.briefs]
        referenced += [(p.step_id, "public step") for p in self.public_steps]
        referenced += [(e.step_id, "event") for e in self.events if e.step_id is not None]
        if self.current_step_id is not None:
            referenced.append((self.current_step_id, "current step"))
        for step_id, what in referenced:
            if step_id not in known:
                raise ValueError(f"a {what} refers to step {step_id}, which is not in the file")
        if sum(1 for s in self.sessions if s.ended_at is None) > 1:
            raise ValueError("more than one timebox is open")
        for records, what in ((self.learnings, "learning"), (self.briefs, "brief"),
                              (self.public_steps, "public mark"), (self.reactions, "reaction")):
            if len({r.step_id for r in records}) != len(records):
                raise ValueError(f"a step has more than one {what}")
        public = {p.step_id for p in self.public_steps}
        for reaction in self.reactions:
            if reaction.step_id not in public:
                raise ValueError(f"a reaction refers to step {reaction.step_id}, "
                                 "which is not marked public")
        return self


def _check_tree(parents: dict[int, int | None]) -> None:
    """Every parent exists and no step is its own ancestor."""
    settled: set[int] = set()
    for start in parents:
        path: set[int] = set()
        node: int | None = start
        while node is not None and node not in settled:
            if node in path:
                raise ValueError(f"step {start} is part of a cycle of parents")
            if node not in parents:
                raise ValueError(f"a step refers to parent {node}, which is not in the file")
            path.add(node)
            node = parents[node]
        settled |= path
