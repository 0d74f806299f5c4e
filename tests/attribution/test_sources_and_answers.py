"""attribute(): who asks and who answers, titles, outlets and the people who work for them.

Hand-written cases; each states one rule of the language, with sentences invented for it.
"""

from __future__ import annotations

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


def _run(code: str, *texts: str) -> Document:
    return attribute(Document(source="test", entries=[Entry(text=t) for t in texts]), lang.get(code))


def _speaker_of(document: Document, words: str) -> str | None:
    holding = [s for e in document.entries for s in e.statements if words in s.text]
    assert holding, f"no statement holds {words!r}"
    return min(holding, key=lambda s: len(s.text)).speaker


def _speakers(document: Document) -> list[str]:
    return [s for e in document.entries for s in e.speakers]


def test_an_answer_after_a_journalists_question_goes_to_the_one_asked() -> None:
    doc = _run(
        "en",
        "Our correspondent Priya Lang met Ms Odile Brandt at the depot gates. "
        "“Will the drivers vote on it?” Lang asked. "
        "“Not before Friday,” the union leader replied. “We need the figures first.”",
    )
    assert _speaker_of(doc, "Will the drivers vote on it?") == "Priya Lang"
    assert _speaker_of(doc, "Not before Friday") == "Odile Brandt"
    assert _speaker_of(doc, "We need the figures first") == "Odile Brandt"


def test_an_abbreviated_title_teaches_the_role() -> None:
    doc = _run(
        "en",
        "Gov. Rosalind Achebe toured the flooded valley on Monday.",
        "“Every road will be checked twice,” the governor said.",
    )
    assert _speaker_of(doc, "Every road will be checked twice") == "Rosalind Achebe"


def test_a_reporter_of_a_station_is_the_speaker_never_the_station() -> None:
    doc = _run(
        "en",
        "Dario Kemp of KBNX asked the mayor about the budget. “Who signed the contract?” Kemp asked.",
    )
    assert _speaker_of(doc, "Who signed the contract?") == "Dario Kemp"
    assert "KBNX" not in " ".join(_speakers(doc))


def test_a_bank_of_a_country_stays_one_name() -> None:
    doc = _run("en", "The Reserve Bank of Valdoria said rates would stay at four per cent.")
    assert _speaker_of(doc, "rates would stay at four per cent") == "Reserve Bank of Valdoria"
