"""Checks on text the user types, so every layer can trust what it stores."""

from __future__ import annotations

import re

from smallsteps_desktop.core.errors import Refused

MAX_TITLE_CHARS = 10_000
MAX_NAME_CHARS = 200
MAX_TEXT_CHARS = 100_000

# Tabs and line breaks are ordinary text; every other control character
# (NUL above all) is refused because it breaks exports and terminals.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_title(raw: str, what: str = "title") -> str:
    """A non-empty single line, stripped of surrounding blanks."""
    text = _checked(raw, what, MAX_TITLE_CHARS)
    if not text:
        raise Refused(f"The {what} is empty. Write a few words, e.g. 'Post one photo on Instagram'.")
    if "\n" in text or "\r" in text:
        raise Refused(f"The {what} must fit on one line.")
    return text


def clean_name(raw: str | None, what: str) -> str | None:
    """An optional short single-line name such as an area or a person; blank means none."""
    if raw is None:
        return None
    text = _checked(raw, what, MAX_NAME_CHARS)
    if "\n" in text or "\r" in text:
        raise Refused(f"The {what} must fit on one line.")
    return text or None


def clean_text(raw: str | None, what: str) -> str:
    """Free text (notes, learnings, briefs); blank becomes the empty string."""
    if raw is None:
        return ""
    return _checked(raw, what, MAX_TEXT_CHARS)


def _checked(raw: str, what: str, limit: int) -> str:
    text = raw.strip()
    if len(text) > limit:
        raise Refused(f"The {what} is too long ({len(text):,} characters; at most {limit:,}).")
    bad = _CONTROL.search(text)
    if bad:
        raise Refused(f"The {what} contains an invisible control character (code {ord(bad.group()):#04x}).")
    return text
