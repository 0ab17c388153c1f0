"""The starter library: common marketing chores, already cut into 5-minute steps."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.text import clean_title

STARTER_DIR = Path(__file__).resolve().parent / "library"  # shipped inside the package
LANGUAGES = ("de", "en")
FORMAT, MAX_STEPS = 1, 12
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KINDS = {str: "text", int: "a number", float: "a number", bool: "true/false",
          list: "a list", dict: "an object", type(None): "null"}


class StarterError(ValueError):
    """The library file is missing or damaged; the message says where."""


@dataclass(frozen=True, slots=True)
class StarterChore:
    """One chore and its steps in order; the first step is the tiny one."""

    key: str
    title: str
    area: str
    why: str
    steps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StarterLibrary:
    """All chores in one language, and the default areas in display order."""

    language: str
    areas: tuple[str, ...]
    chores: tuple[StarterChore, ...]

    def chore(self, key: str) -> StarterChore:
        return {chore.key: chore for chore in self.chores}[key]  # KeyError if unknown


def load_library(language: str, folder: Path = STARTER_DIR) -> StarterLibrary:
    """language: "de" or "en" (anything else -> ValueError). Reads folder/<language>.json."""
    if not isinstance(language, str) or language not in LANGUAGES:
        raise ValueError(f"No starter library for language {language!r}; choose de or en.")
    path = Path(folder) / f"{language}.json"
    try:
        return _parse(_read(path), language)
    except (StarterError, Refused) as problem:  # put the file's name in front of what is wrong
        raise StarterError(f"starter library {path}: {problem}") from None


def _read(path: Path) -> Any:
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise StarterError("the file is missing")
    except OSError as error:
        raise StarterError(f"the file cannot be read ({error.strerror})")
    except UnicodeDecodeError as error:
        raise StarterError(f"the file is not UTF-8 text (bad byte at position {error.start})")
    try:
        return json.loads(text, object_pairs_hook=_unique_fields)
    except json.JSONDecodeError as error:
        raise StarterError(f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})")


def _parse(data: Any, language: str) -> StarterLibrary:
    _fields(data, ("format", "language", "areas", "chores"), "the file")
    _require(type(data["format"]) is int and data["format"] == FORMAT,
             f"the format is {data['format']!r}, but Small Steps reads format {FORMAT}")
    _require(_text(data["language"], "the language") == language,
             f"the file says its language is {data['language']!r}, but its name says {language!r}")
    areas = tuple(_text(area, f"area {n}") for n, area in enumerate(_list(data["areas"], "the areas"), 1))
    _require(_double(areas) is None, f"the area {_double(areas)!r} is listed twice")
    chores = tuple(_chore(raw, n, areas) for n, raw in enumerate(_list(data["chores"], "the chores"), 1))
    _require(bool(chores), "there are no chores")
    key = _double([chore.key for chore in chores])
    _require(key is None, f"the chore key {key!r} is used twice")
    return StarterLibrary(language, areas, chores)


def _chore(raw: Any, n: int, areas: tuple[str, ...]) -> StarterChore:
    _fields(raw, ("key", "title", "area", "why", "steps"), f"chore {n}")
    key = _text(raw["key"], f"chore {n}: the key")
    where = f"chore {n} ({key!r})"
    _require(bool(_SLUG.fullmatch(key)), f"{where}: the key may only hold a-z, 0-9 and single dashes")
    title, area, why = (_text(raw[name], f"{where}: the {name}") for name in ("title", "area", "why"))
    _require(area in areas, f"{where}: the area {area!r} is not in the list of areas")
    raw_steps = _list(raw["steps"], f"{where}: the steps")
    steps = tuple(_text(step, f"{where}, step {i}") for i, step in enumerate(raw_steps, 1))
    _require(bool(steps), f"{where} has no steps")
    _require(len(steps) <= MAX_STEPS, f"{where} has {len(steps)} steps; at most {MAX_STEPS} fit")
    for i, step in enumerate(steps, 1):
        cleaned = clean_title(step, f"step {i} of {where}")  # Refused names the problem
        _require(cleaned == step, f"{where}, step {i} is not a clean title")
    return StarterChore(key, title, area, why, steps)


def _unique_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    names = [name for name, _ in pairs]
    _require(_double(names) is None, f"the field {_double(names)!r} appears twice in one object")
    return dict(pairs)


def _fields(value: Any, names: tuple[str, ...], what: str) -> None:
    _require(type(value) is dict, f"{what} should be an object with fields, not {_KINDS[type(value)]}")
    for name in [*names, *value]:
        problem = "has an unknown field" if name in value else "lacks the field"
        _require(name in value and name in names, f"{what} {problem} {name!r}")


def _list(value: Any, what: str) -> list[Any]:
    _require(type(value) is list, f"{what} should be a list, not {_KINDS[type(value)]}")
    return value


def _text(value: Any, what: str) -> str:
    _require(type(value) is str, f"{what} should be text, not {_KINDS[type(value)]}")
    _require(value != "" and value == value.strip(), f"{what} is empty or has blanks at its start or end")
    _require(not any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in value),
             f"{what} contains a line break or another control character")
    return value


def _require(ok: bool, problem: str) -> None:
    if not ok:
        raise StarterError(problem)


def _double(values: list[Any] | tuple[Any, ...]) -> Any:
    return next((value for i, value in enumerate(values) if value in values[:i]), None)
