"""The report for sharing with a coach: titles and the owner's notes replaced by area and length.

A step's title becomes its area and its length ("Social media · 38 characters"),
a chore's title its chore's area and length; every other text the owner wrote
(learnings, briefs, reaction notes, and any text field added to the report
later) becomes "hidden · N characters". Area names, numbers, dates and ids stay.
The fields are found by type, so a new text field is hidden until it is named here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields, is_dataclass, replace
from operator import attrgetter
from typing import Any

from smallsteps_desktop.core.report_model import ProgressReport, SessionRow
from smallsteps_desktop.export.labels import Labels

SEPARATOR = " · "
# What a text field holds, by its name; any other text field is the owner's own words.
FIELD_KINDS = {"title": "title", "chore": "chore", "area": "keep"}
# What the ``name`` of a grouped row is, by the report's list it is in.
GROUP_NAMES = {"chores": "chore", "areas": "keep", "reaction_areas": "keep"}
_HIDDEN = object()  # the owner's own words: no area, the word "hidden"


def is_text(annotation: object) -> bool:
    """A field typed ``str`` or ``str | None`` (as written, or as the type itself)."""
    if annotation is str:
        return True
    parts = {part.strip() for part in str(annotation).split("|")}
    return "str" in parts and parts <= {"str", "None"}


def text_fields(row_type: type, list_name: str) -> list[tuple[str, str]]:
    """(field, kind) for every text field of a row type: "title", "chore", "keep" or "hidden"."""
    found = []
    for item in fields(row_type):
        if not is_text(item.type):
            continue
        kind = GROUP_NAMES.get(list_name) if item.name == "name" else FIELD_KINDS.get(item.name)
        found.append((item.name, kind or "hidden"))
    return found


class _Words:
    """The replacement texts in the report's language, each made once."""

    def __init__(self, labels: Labels) -> None:
        self._labels = labels
        self._made: dict[tuple[object, int], str] = {}

    def __call__(self, place: object, text: str) -> str:
        """``place`` (an area, None, or _HIDDEN) and the text's length."""
        key = (place, len(text))
        found = self._made.get(key)
        if found is None:
            labels = self._labels
            if place is _HIDDEN:
                name = labels["hidden"]
            else:
                name = labels["no_area"] if place is None else str(place)
            count = labels["length_one" if len(text) == 1 else "length"]
            found = self._made[key] = name + SEPARATOR + count.format(n=labels.number(len(text)))
        return found


def _redactor(row_type: type, list_name: str, words: _Words) -> Callable[[Any], Any] | None:
    """A function redacting one row of ``row_type``; None if it has nothing to hide.

    Every row with a title has the step's area (a chore row its chore's). Rows are
    many (50,000 timeboxes): values are read with one attrgetter and the row is made
    again positionally, about twice as fast as dataclasses.replace.
    """
    items = fields(row_type)
    names = [item.name for item in items]
    plan = [(names.index(name), kind) for name, kind in text_fields(row_type, list_name)
            if kind != "keep"]
    if not plan:
        return None
    area_at = names.index("area") if "area" in names else None
    read = attrgetter(*names) if len(names) > 1 else (lambda row: (getattr(row, names[0]),))
    positional = all(item.init and not item.kw_only for item in items)

    def redact(row: Any) -> Any:
        values = list(read(row))
        for index, kind in plan:
            text = values[index]
            if not text:  # None or empty: nothing to hide
                continue
            hidden = kind == "hidden" or area_at is None
            values[index] = words(_HIDDEN if hidden else values[area_at], text)
        if positional:
            return row_type(*values)
        return replace(row, **{names[index]: values[index] for index, _ in plan})

    return redact


def _rows(rows: Sequence[Any], list_name: str, words: _Words) -> Sequence[Any]:
    if not rows or not is_dataclass(rows[0]):
        return rows
    redact = _redactor(type(rows[0]), list_name, words)
    return rows if redact is None else list(map(redact, rows))


class _RedactedSessions(Sequence[SessionRow]):
    """The timeboxes, redacted when first read: only the CSV reads them, and they are many."""

    def __init__(self, source: Sequence[SessionRow], words: _Words) -> None:
        self._source = source
        self._words = words
        self._rows: Sequence[SessionRow] | None = None

    def _made(self) -> Sequence[SessionRow]:
        if self._rows is None:
            self._rows = _rows(list(self._source), "sessions", self._words)
        return self._rows

    def __len__(self) -> int:
        return len(self._source)

    def __getitem__(self, index):  # noqa: ANN001 - an int or a slice, as for a list
        return self._made()[index]

    def __iter__(self) -> Iterator[SessionRow]:
        return iter(self._made())

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented


def _lists(report: ProgressReport) -> dict[str, list]:
    """The report's lists of rows, by field name; the timeboxes are not among them."""
    return {item.name: getattr(report, item.name) for item in fields(report)
            if item.name != "sessions" and isinstance(getattr(report, item.name), list)}


def redacted(report: ProgressReport, labels: Labels) -> ProgressReport:
    """The same report with every title and note replaced by its area (or "hidden") and length."""
    lists = _lists(report)
    words = _Words(labels)
    return replace(report, sessions=_RedactedSessions(report.sessions, words),
                   **{name: _rows(rows, name, words) for name, rows in lists.items()})
