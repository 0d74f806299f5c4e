"""English attribution gaps: a department or office of an authority speaking and a reporter described
by a relative clause asking.

Every example is invented."""

from __future__ import annotations

import pytest
from speaking import run, speakers

from liveblog.models import Document


def said(document: Document) -> list[tuple[str, str | None]]:
    """Every statement's text and speaker, in order."""
    return [(s.text, s.speaker) for e in document.entries for s in e.statements]


# 1. A department or office of an authority speaks.


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("the police department said", "police department"),
        ("the fire department said", "fire department"),
        ("the health department said", "health department"),
        ("the sheriff's office said", "sheriff's office"),
    ],
)
def test_a_department_or_office_named_by_its_words_alone_speaks_as_written(cue: str, speaker: str) -> None:
    document = run("en", f"The footbridge is unsafe, {cue}.")
    assert said(document) == [("The footbridge is unsafe", speaker)]


@pytest.mark.parametrize(
    ("named", "cue", "speaker"),
    [
        ("The Brackley Police Department", "the police department said", "Brackley Police Department"),
        ("The Brackley Fire Department", "the fire department said", "Brackley Fire Department"),
        ("The Orwin County Sheriff's Office", "the sheriff's office said", "Orwin County Sheriff's Office"),
    ],
)
def test_a_department_named_earlier_speaks_under_its_full_name(named: str, cue: str, speaker: str) -> None:
    document = run("en", f"{named} closed the footbridge. The footbridge is unsafe, {cue}.")
    assert said(document) == [("The footbridge is unsafe", speaker)]


def test_a_department_before_its_cue_speaks_under_the_name_given_earlier() -> None:
    document = run(
        "en", "The Brackley Police Department closed the road. The police department said the road was flooded."
    )
    assert said(document) == [("the road was flooded", "Brackley Police Department")]


def test_one_department_is_not_another_of_the_same_town() -> None:
    document = run(
        "en",
        "The Brackley Police Department closed the footbridge. The footbridge is unsafe, the fire department said.",
    )
    assert said(document) == [("The footbridge is unsafe", "fire department")]


def test_according_to_a_department_gives_the_whole_department() -> None:
    document = run("en", "According to the police department, the footbridge is unsafe.")
    assert said(document) == [("the footbridge is unsafe", "police department")]


def test_bare_police_still_speak_beside_a_named_department() -> None:
    document = run("en", "The footbridge is unsafe, police said.")
    assert said(document) == [("The footbridge is unsafe", "police")]


# 2. A reporter described by a relative clause asks; the outlet does not speak, the clause says nothing.


@pytest.mark.parametrize(
    "text",
    [
        "“Will the tram run on Friday?” asked Dana Ferris, who reports for the Clarion, at the briefing.",
        "“Will the tram run on Friday?” Dana Ferris, who reports for the Clarion, asked at the briefing.",
        "“Will the tram run on Friday?”, Dana Ferris, who reports for the Clarion, asked at the briefing.",
    ],
)
def test_a_reporter_described_by_who_reports_for_asks_and_the_description_says_nothing(text: str) -> None:
    document = run("en", text)
    assert said(document) == [("Will the tram run on Friday?", "Dana Ferris")]
    assert speakers(document) == ["Dana Ferris"]


def test_reporting_for_an_outlet_is_a_job_not_a_statement() -> None:
    document = run("en", "Dana Ferris, who reports for the Clarion, arrived at the briefing late.")
    assert said(document) == []
