"""English attribution gaps: a reporter described by a relative clause asking.

Every example is invented."""

from __future__ import annotations

import pytest
from speaking import run, speakers

from liveblog.models import Document


def said(document: Document) -> list[tuple[str, str | None]]:
    """Every statement's text and speaker, in order."""
    return [(s.text, s.speaker) for e in document.entries for s in e.statements]


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
