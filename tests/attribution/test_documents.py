"""Whole documents written for these tests (other people, outlets and languages),
parsed end to end; the expectations in the .json files were written by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import liveblog
from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry

FIXTURES = Path(__file__).parent.parent / "fixtures" / "attribution"
CASES = sorted(path.stem for path in FIXTURES.glob("*.json"))


def _tightest_speaker(document: Document, words: str) -> str | None:
    holding = [s for e in document.entries for s in e.statements if words in s.text]
    assert holding, f"no statement holds {words!r}"
    return min(holding, key=lambda s: len(s.text)).speaker


def _document(text: str, case: str, expected: dict[str, object]) -> Document:
    """A live blog goes through the whole parser; an article's paragraphs become its entries."""
    language = str(expected["language"])
    if expected.get("kind") == "liveblog":
        return liveblog.parse(text, source=case, language=language)
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()][1:]  # the first line is the title
    document = Document(source=case, entries=[Entry(text=p) for p in paragraphs])
    return attribute(document, lang.get(language))


@pytest.mark.parametrize("case", CASES)
def test_every_statement_goes_to_the_hand_annotated_speaker(case: str) -> None:
    expected = json.loads((FIXTURES / f"{case}.json").read_text(encoding="utf-8"))
    text = (FIXTURES / f"{case}.txt").read_text(encoding="utf-8")
    document = _document(text, case, expected)
    for words, speaker in expected["statements"]:
        assert _tightest_speaker(document, words) == speaker, words
    for words in expected.get("never", []):
        assert all(words not in s.text or s.speaker is None for e in document.entries for s in e.statements)
    for time, speakers in expected.get("speakers", {}).items():
        (entry,) = [e for e in document.entries if e.time == time]
        assert entry.speakers == speakers, time


GAPS = [
    pytest.param(case, words, speaker, id=f"{case}: {words}")
    for case in CASES
    for words, speaker in json.loads((FIXTURES / f"{case}.json").read_text(encoding="utf-8")).get("known_gaps", [])
]


@pytest.mark.xfail(strict=True, reason="a known gap: the hand annotation the parser does not reach yet")
@pytest.mark.parametrize(("case", "words", "speaker"), GAPS)
def test_known_gaps_are_still_open(case: str, words: str, speaker: str | None) -> None:
    """Cases written by hand that need more than the rules have ("X og Y" as one
    organisation, "X melder at" from an organisation rather than an outlet, an agency
    known only by its name). Strict: a fix makes this fail, so the case moves up."""
    expected = json.loads((FIXTURES / f"{case}.json").read_text(encoding="utf-8"))
    document = _document((FIXTURES / f"{case}.txt").read_text(encoding="utf-8"), case, expected)
    assert _tightest_speaker(document, words) == speaker
