"""The starter library: both languages match, steps follow the method, broken files are refused."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from smallsteps_desktop.starter import (
    LANGUAGES,
    STARTER_DIR,
    StarterChore,
    StarterError,
    StarterLibrary,
    load_library,
)

REQUIRED = ("instagram", "google-business-profile", "ask-for-review", "newsletter", "website-text", "brand")
MAX_STEP_CHARS = 90
MAX_FIRST_STEP_CHARS = 75  # the first step is the tiny one: shorter than the rest may be

# Every step starts with a verb; a new verb in the content is added here on purpose.
VERBS = {
    "en": {
        "Add", "Answer", "Ask", "Check", "Claim", "Collect", "Connect", "Copy", "Describe", "Draft",
        "Email", "Enter", "Find", "Finish", "Look", "Make", "Name", "Note", "Paste", "Photograph",
        "Pick", "Post", "Print", "Put", "Read", "Replace", "Reply", "Rewrite", "Search", "Send",
        "Share", "Start", "Take", "Thank", "Turn", "Upload", "Write",
    },
    "de": {
        "Antworte", "Bedank", "Beantworte", "Beschreib", "Bitte", "Druck", "Entwirf", "Ergänze",
        "Ersetze", "Finde", "Fotografier", "Frag", "Häng", "Kopier", "Lade", "Leg", "Lies", "Mach",
        "Nenn", "Notier", "Poste", "Sammle", "Schalte", "Schau", "Schick", "Schreib", "Setz", "Stell",
        "Such", "Teile", "Trag", "Übernimm", "Verschick", "Vernetz", "Vervollständige",
    },
}


@pytest.fixture(scope="module")
def libraries() -> dict[str, StarterLibrary]:
    return {language: load_library(language) for language in LANGUAGES}


def every_step(library: StarterLibrary) -> list[tuple[StarterChore, int, str]]:
    return [(chore, i, step) for chore in library.chores for i, step in enumerate(chore.steps, 1)]


# --- the shipped content ------------------------------------------------------

def test_both_languages_load(libraries):
    for language, library in libraries.items():
        assert library.language == language
        assert 8 <= len(library.chores) <= 14
        assert (STARTER_DIR / f"{language}.json").is_file()


def test_languages_have_the_same_chores_in_the_same_shape(libraries):
    de, en = libraries["de"], libraries["en"]
    assert [chore.key for chore in de.chores] == [chore.key for chore in en.chores]
    assert [len(chore.steps) for chore in de.chores] == [len(chore.steps) for chore in en.chores]
    assert len(de.areas) == len(en.areas)
    assert [de.areas.index(chore.area) for chore in de.chores] == [en.areas.index(chore.area) for chore in en.chores]


def test_default_areas(libraries):
    assert libraries["en"].areas == (
        "Social media", "Local & search", "Customers & reviews", "Email & newsletter", "Website", "Brand & strategy")
    assert libraries["de"].areas == (
        "Social Media", "Lokal & Suche", "Kunden & Bewertungen", "E-Mail & Newsletter", "Website", "Marke & Strategie")
    for library in libraries.values():
        assert {chore.area for chore in library.chores} == set(library.areas), "every area has a chore"


def test_required_chores_are_there(libraries):
    for library in libraries.values():
        for key in REQUIRED:
            assert library.chore(key).key == key
        assert library.chores[0].key == "instagram", "the method's own example comes first"


def test_chore_lookup_by_key(libraries):
    assert libraries["en"].chore("newsletter").title == "Send your first newsletter"
    with pytest.raises(KeyError):
        libraries["en"].chore("tax-return")


def test_chores_are_well_formed(libraries):
    for library in libraries.values():
        for chore in library.chores:
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", chore.key)
            assert 4 <= len(chore.steps) <= 8, chore.key
            assert len(set(chore.steps)) == len(chore.steps), f"{chore.key}: a step appears twice"
            assert len(chore.title) <= 50 and not chore.title.endswith((".", ":", "!")), chore.title
            assert chore.title[0].isupper(), chore.title
            assert chore.why.endswith(".") and chore.why.count(". ") == 0, f"{chore.key}: why is one sentence"
            assert isinstance(chore.steps, tuple)


def test_steps_are_one_short_line_each(libraries):
    for library in libraries.values():
        for chore, i, step in every_step(library):
            where = f"{library.language} {chore.key} step {i}: {step!r}"
            assert len(step) <= MAX_STEP_CHARS, where
            assert "\n" not in step and "\r" not in step and "\t" not in step, where
            assert step == step.strip() and "  " not in step, where
            assert not step.endswith((".", ":", ";", ",")) and ".." not in step, where
            assert step[0].isupper(), where


def test_first_steps_are_tiny(libraries):
    for library in libraries.values():
        for chore in library.chores:
            first = chore.steps[0]
            assert len(first) <= MAX_FIRST_STEP_CHARS, f"{library.language} {chore.key}: {first!r}"
    assert "no caption, no hashtags" in libraries["en"].chore("instagram").steps[0]
    assert "ohne Text, ohne Hashtags" in libraries["de"].chore("instagram").steps[0]


def test_every_step_starts_with_a_verb(libraries):
    for language, library in libraries.items():
        for chore, i, step in every_step(library):
            first_word = step.split()[0].rstrip(",")
            assert first_word in VERBS[language], f"{language} {chore.key} step {i} starts with {first_word!r}"


def test_german_uses_du_not_sie(libraries):
    text = (STARTER_DIR / "de.json").read_text(encoding="utf-8")
    assert re.search(r"[äöüÄÖÜß]", text), "German text without umlauts: an encoding slipped"
    assert re.search(r"\bdu\b", text) and re.search(r"\bdein(e|en|em|er)?\b", text)
    for formal in (" Sie ", " Sie,", "Ihr ", "Ihre ", "Ihren ", "Ihrem ", "Ihnen"):
        assert formal not in text, f"formal address {formal!r} in de.json"
    for chore, i, step in every_step(libraries["de"]):
        assert not step.startswith("Sie "), f"{chore.key} step {i}"
    assert '\\"' not in text, "German quotes „…“, not straight ones"


def test_files_are_utf8_not_escaped():
    for language in LANGUAGES:
        text = (STARTER_DIR / f"{language}.json").read_text(encoding="utf-8")
        assert "\\u" not in text, f"{language}.json: write the characters, not \\u escapes"


# --- broken files -------------------------------------------------------------

VALID: dict[str, Any] = {
    "format": 1,
    "language": "en",
    "areas": ["Social media", "Website"],
    "chores": [
        {"key": "instagram", "title": "Get going on Instagram", "area": "Social media",
         "why": "People look you up.", "steps": ["Post any photo", "Add one sentence to it"]},
        {"key": "website-text", "title": "Fix one text", "area": "Website",
         "why": "Your website speaks for you.", "steps": ["Read the first screen", "Fix one sentence"]},
    ],
}


def write(folder: Path, data: Any, language: str = "en") -> Path:
    path = folder / f"{language}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def broken(change) -> dict[str, Any]:
    data = copy.deepcopy(VALID)
    change(data)
    return data


def test_a_valid_file_loads(tmp_path):
    write(tmp_path, VALID)
    library = load_library("en", tmp_path)
    assert library == StarterLibrary("en", ("Social media", "Website"), (
        StarterChore("instagram", "Get going on Instagram", "Social media", "People look you up.",
                     ("Post any photo", "Add one sentence to it")),
        StarterChore("website-text", "Fix one text", "Website", "Your website speaks for you.",
                     ("Read the first screen", "Fix one sentence")),
    ))


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.update(format=2), "format"),
    (lambda d: d.update(format="1"), "format"),
    (lambda d: d.update(format=True), "format"),
    (lambda d: d.update(language="de"), "language"),
    (lambda d: d.pop("areas"), "lacks the field 'areas'"),
    (lambda d: d.update(extra=1), "unknown field 'extra'"),
    (lambda d: d["areas"].append("Website"), "area 'Website' is listed twice"),
    (lambda d: d.update(areas="Website"), "the areas should be a list, not text"),
    (lambda d: d.update(chores=[]), "no chores"),
    (lambda d: d["chores"][1].update(key="instagram"), "chore key 'instagram' is used twice"),
    (lambda d: d["chores"][1].update(key="Website Text"), "chore 2 ('Website Text'): the key"),
    (lambda d: d["chores"][1].update(area="Print"), "chore 2 ('website-text'): the area 'Print' is not"),
    (lambda d: d["chores"][1].update(steps=[]), "chore 2 ('website-text') has no steps"),
    (lambda d: d["chores"][1].update(steps=["Do it"] * 13), "13 steps"),
    (lambda d: d["chores"][0]["steps"].append("Post one photo\nthen another"), "step 3 contains a line break"),
    (lambda d: d["chores"][0]["steps"].append("Post one photo\u2028then another"), "line break"),
    (lambda d: d["chores"][0]["steps"].append("Post\x00"), "control character"),
    (lambda d: d["chores"][0]["steps"].append(" Post one photo"), "blanks"),
    (lambda d: d["chores"][0]["steps"].append(""), "empty"),
    (lambda d: d["chores"][0].update(title=5), "chore 1 ('instagram'): the title should be text, not a number"),
    (lambda d: d["chores"][0]["steps"].append(None), "should be text, not null"),
    (lambda d: d["chores"][0].update(key=7), "chore 1: the key should be text, not a number"),
    (lambda d: d["chores"][0].pop("why"), "chore 1 lacks the field 'why'"),
    (lambda d: d["chores"].append("Blog"), "chore 3 should be an object"),
])
def test_a_damaged_library_is_refused_with_file_and_problem(tmp_path, change, expected):
    path = write(tmp_path, broken(change))
    with pytest.raises(StarterError) as error:
        load_library("en", tmp_path)
    message = str(error.value)
    assert message.startswith(f"starter library {path}: ")
    assert expected in message


@pytest.mark.parametrize("content, expected", [
    (b"{\"format\": 1,", "not valid JSON (line 1"),
    (b"", "not valid JSON"),
    (json.dumps(VALID, ensure_ascii=False).replace("Website", "Webs\u00eete").encode("latin-1"), "not UTF-8"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[1, 2]", "the file should be an object with fields, not a list"),
    (b'{"format": 1, "format": 1, "language": "en", "areas": [], "chores": []}', "'format' appears twice"),
])
def test_unreadable_content_is_refused(tmp_path, content, expected):
    path = tmp_path / "en.json"
    path.write_bytes(content)
    with pytest.raises(StarterError) as error:
        load_library("en", tmp_path)
    assert str(path) in str(error.value)
    assert expected in str(error.value)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(StarterError, match="missing") as error:
        load_library("de", tmp_path)
    assert str(tmp_path / "de.json") in str(error.value)


def test_a_folder_in_place_of_the_file_is_refused(tmp_path):
    (tmp_path / "en.json").mkdir()
    with pytest.raises(StarterError, match="cannot be read"):
        load_library("en", tmp_path)


@pytest.mark.parametrize("language", ["fr", "EN", "", "de.json", "../en", None])
def test_an_unknown_language_is_a_plain_value_error(tmp_path, language):
    with pytest.raises(ValueError, match="language") as error:
        load_library(language, tmp_path)
    assert not isinstance(error.value, StarterError)


def test_starter_error_is_a_value_error():
    assert issubclass(StarterError, ValueError)
