"""Building the progress report of one period from what was recorded (pure, no I/O)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from statistics import median

from smallsteps_desktop.core.models import Outcome, StepStatus, StuckReason
from smallsteps_desktop.core.quota import streak, week_start
from smallsteps_desktop.core.report_model import (
    BriefRow,
    DayRow,
    DoneRow,
    GroupRow,
    LearningRow,
    Period,
    ProgressReport,
    ReactionArea,
    ReactionRow,
    ReportFacts,
    SessionFact,
    SessionRow,
    StepFact,
    Totals,
    WeekEffort,
)

# Actual time against the plan, as the share of the planned minutes.
TREND_WEEKS = 8
ESTIMATE_BUCKETS = (("under", 0.8), ("on-plan", 1.2), ("over", 2.0), ("double", float("inf")))


@dataclass(frozen=True, slots=True)
class _Place:
    chore_id: int
    chore: str
    area: str | None


class _Places:
    """Which chore and which area a step belongs to, looked up once per step."""

    def __init__(self, steps: dict[int, StepFact]) -> None:
        self._steps = steps
        self._found: dict[int, _Place] = {}

    def __call__(self, step_id: int) -> _Place:
        place = self._found.get(step_id)
        if place is None:
            step = self._steps[step_id]
            parent = self(step.parent_id) if step.parent_id is not None else None
            if parent is None:
                place = _Place(step.id, step.title, step.area)
            else:
                place = _Place(parent.chore_id, parent.chore, step.area or parent.area)
            self._found[step_id] = place
        return place


class _SessionRows(Sequence[SessionRow]):
    """One row per timebox, made when first read: only the CSV needs them, and they are many."""

    def __init__(self, sessions: list[SessionFact], started: list[datetime],
                 steps: dict[int, StepFact], place: _Places) -> None:
        self._parts = (sessions, started, steps, place)
        self._rows: list[SessionRow] | None = None

    def _made(self) -> list[SessionRow]:
        if self._rows is None:
            sessions, started, steps, place = self._parts
            self._rows = [SessionRow(s.id, local, s.step_id, steps[s.step_id].title,
                                     place(s.step_id).chore, place(s.step_id).area, s.outcome,
                                     _minutes(s.seconds))
                          for s, local in zip(sessions, started)]
        return self._rows

    def __len__(self) -> int:
        return len(self._parts[0])

    def __getitem__(self, index):  # noqa: ANN001 - an int or a slice, as for a list
        return self._made()[index]

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented


def _minutes(seconds: float) -> float:
    return round(seconds / 60, 1)


def build_report(facts: ReportFacts, period: Period, *, now: datetime, zone: tzinfo | None,
                 daily_quota: int) -> ProgressReport:
    """The report of ``period`` in the owner's time zone (None: the computer's zone)."""
    steps = {step.id: step for step in facts.steps}
    place = _Places(steps)

    def day(moment: datetime) -> date:
        return moment.astimezone(zone).date()

    all_done = [(day(s.done_at), s) for s in facts.steps if _is_done_leaf(s)]
    done = sorted(((d, s) for d, s in all_done if period.start <= d <= period.end),
                  key=lambda pair: (pair[1].done_at, pair[1].id))
    sessions = sorted(facts.sessions, key=lambda s: (s.started_at, s.id))
    started = [s.started_at.astimezone(zone) for s in sessions]
    days = _days(period, [d for d, _ in done], sessions, [moment.date() for moment in started])
    by_step = _per_step(done, sessions)
    needed = max(1, daily_quota)
    reactions = [ReactionRow(r.step_id, steps[r.step_id].title, place(r.step_id).area,
                             day(r.recorded_at), r.likes, r.comments, r.replies, r.enquiries,
                             r.note)
                 for r in sorted(facts.reactions, key=lambda r: (r.recorded_at, r.step_id))]
    return ProgressReport(
        generated_at=now,
        period=period,
        daily_quota=daily_quota,
        totals=Totals(
            steps_done=len(done),
            minutes_focused=_minutes(sum(s.seconds for s in sessions)),
            sessions=len(sessions),
            skips=sum(1 for s in sessions if s.outcome is Outcome.SKIPPED),
            splits=facts.split_children,
            outsourced=facts.decisions.get("outsource", 0),
            stuck_notes=len(facts.stuck_notes),
            quota_days=sum(1 for row in days if row.steps_done >= needed),
            streak_days=streak((d for d, _ in all_done), min(day(now), period.end), daily_quota),
            minutes_away_excluded=_minutes(facts.away_seconds),
        ),
        days=days,
        stuck_reasons=_reasons(note.reason for note in facts.stuck_notes),
        decisions={"self": facts.decisions.get("self", 0),
                   "outsource": facts.decisions.get("outsource", 0)},
        estimate=_estimate(s for _, s in done),
        weeks=_weeks(period, all_done),
        chores=_groups(by_step, lambda i: (place(i).chore_id, place(i).chore,
                                           place(place(i).chore_id).area)),
        areas=_groups(by_step, lambda i: (place(i).area, place(i).area, place(i).area)),
        steps_done=[DoneRow(s.id, s.title, place(s.id).chore, place(s.id).area, d,
                            _minutes(s.seconds_spent), s.planned_minutes) for d, s in done],
        briefs=[BriefRow(b.step_id, steps[b.step_id].title, b.to, b.text, b.done_when, b.due,
                         b.due is not None and b.due < day(now), place(b.step_id).area, b.why)
                for b in sorted(facts.open_briefs, key=lambda b: (b.due or date.max, b.step_id))],
        learnings=[LearningRow(x.step_id, steps[x.step_id].title, x.text, day(x.created_at),
                               place(x.step_id).area)
                   for x in sorted(facts.learnings, key=lambda x: (x.created_at, x.step_id))],
        reactions=reactions,
        reaction_areas=_reaction_areas(reactions),
        sessions=_SessionRows(sessions, started, steps, place),
    )


def _reaction_areas(rows: list[ReactionRow]) -> list[ReactionArea]:
    """Reactions added up per area; the area readers answered most first."""
    areas: dict[str | None, list[int]] = {}
    for row in rows:
        sums = areas.setdefault(row.area, [0, 0, 0, 0, 0])
        for index, count in enumerate((1, row.likes, row.comments, row.replies, row.enquiries)):
            sums[index] += count
    result = [ReactionArea(name, *sums) for name, sums in areas.items()]
    return sorted(result, key=lambda a: (-(a.likes + a.comments + a.replies + a.enquiries),
                                         -a.steps, a.name or ""))


def _is_done_leaf(step: StepFact) -> bool:
    # A chore or split step closing with its last smaller step is not a step of its own.
    return step.status is StepStatus.DONE and step.done_at is not None and not step.has_children


def _days(period: Period, done_days: list[date], sessions: list[SessionFact],
          session_days: list[date]) -> list[DayRow]:
    steps = Counter(done_days)
    seconds: defaultdict[date, float] = defaultdict(float)
    for session, when in zip(sessions, session_days):
        seconds[when] += session.seconds
    return [DayRow(d, steps[d], _minutes(seconds[d])) for d in period.days()]


def _reasons(reasons: Iterable[StuckReason]) -> dict[str, int]:
    counts = Counter(reasons)
    return {reason.value: counts[reason] for reason in StuckReason}


def _estimate(done: Iterable[StepFact]) -> dict[str, int]:
    counts = dict.fromkeys((name for name, _ in ESTIMATE_BUCKETS), 0)
    for step in done:
        if step.seconds_spent > 0:
            share = step.seconds_spent / 60 / step.planned_minutes
            counts[next(name for name, limit in ESTIMATE_BUCKETS if share < limit)] += 1
    return counts


def _weeks(period: Period, done: list[tuple[date, StepFact]]) -> list[WeekEffort]:
    """The period's weeks, and at least the last TREND_WEEKS up to its end: a trend needs some."""
    last = week_start(period.end)
    monday = min(week_start(period.start), last - timedelta(weeks=TREND_WEEKS - 1))
    by_week: defaultdict[date, list[StepFact]] = defaultdict(list)
    for when, step in done:
        if monday <= when <= period.end:
            by_week[week_start(when)].append(step)
    weeks = []
    while monday <= last:
        steps = by_week[monday]
        timed = [s for s in steps if s.seconds_spent > 0]
        weeks.append(WeekEffort(
            monday, len(steps),
            round(median(s.seconds_spent / 60 for s in timed), 1) if timed else None,
            median(s.planned_minutes for s in timed) if timed else None))
        monday += timedelta(days=7)
    return weeks


def _per_step(done: list[tuple[date, StepFact]],
              sessions: list[SessionFact]) -> dict[int, list[float]]:
    """step id -> [steps done, seconds, timeboxes, skips]: each step looked up once, not per row."""
    totals: defaultdict[int, list[float]] = defaultdict(lambda: [0, 0.0, 0, 0])
    for _, step in done:
        totals[step.id][0] += 1
    for session in sessions:
        row = totals[session.step_id]
        row[1] += session.seconds
        row[2] += 1
        row[3] += session.outcome is Outcome.SKIPPED
    return totals


def _groups(by_step: dict[int, list[float]],
            group_of: Callable[[int], tuple[Hashable, str | None, str | None]]
            ) -> list[GroupRow]:
    """Totals per chore or per area; the busiest first."""
    groups: dict[Hashable, list] = {}
    for step_id, (steps_done, seconds, count, skips) in by_step.items():
        key, name, area = group_of(step_id)
        group = groups.setdefault(key, [name, 0, 0.0, 0, 0, area])
        group[1] += steps_done
        group[2] += seconds
        group[3] += count
        group[4] += skips
    rows = [GroupRow(name, int(steps), _minutes(seconds), int(count), int(skips), area)
            for name, steps, seconds, count, skips, area in groups.values()]
    return sorted(rows, key=lambda r: (-r.minutes, -r.steps_done, r.name or ""))
