"""English attribution gaps: a department or office of an authority speaking, a reporter described by a
relative clause asking, a day after the cue, a lower-case quote after fronted words, a quote over
two paragraphs, a body named in an older entry further down a live blog and plural speakers.

Every example is invented."""

from __future__ import annotations

import pytest
from speaking import run, speakers

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


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


# 3. A day or a time after the cue is not part of what was said.


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ines Carrow said on Monday that prices would rise.",
        "Mayor Ines Carrow said on Monday prices would rise.",
        "Mayor Ines Carrow said Monday prices would rise.",
        "Mayor Ines Carrow said Monday that prices would rise.",
        "Mayor Ines Carrow said in a statement on Tuesday that prices would rise.",
        "Mayor Ines Carrow said late on Friday that prices would rise.",
        "Mayor Ines Carrow told reporters on Monday that prices would rise.",
        "Mayor Ines Carrow told reporters Monday prices would rise.",
    ],
)
def test_the_day_after_the_cue_is_when_it_was_said_not_what(text: str) -> None:
    assert said(run("en", text)) == [("prices would rise", "Ines Carrow")]


def test_a_short_name_saying_something_on_a_day_without_that() -> None:
    document = run("en", "Mayor Ines Carrow met traders. Carrow said Monday prices would rise.")
    assert said(document) == [("prices would rise", "Ines Carrow")]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ines Carrow said yesterday prices would rise.",
        "Mayor Ines Carrow said on Monday night prices would rise.",
        "Mayor Ines Carrow said last week prices would rise.",
    ],
)
def test_other_times_after_the_cue_are_when_it_was_said(text: str) -> None:
    assert said(run("en", text)) == [("prices would rise", "Ines Carrow")]


def test_a_day_owning_the_subject_of_what_was_said_stays_in_it() -> None:
    document = run("en", "Mayor Ines Carrow said Monday's vote was lost.")
    assert said(document) == [("Monday's vote was lost", "Ines Carrow")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mayor Ines Carrow said Monday was the worst day of the flood.", "Monday was the worst day of the flood"),
        ("Mayor Ines Carrow said the week had been hard.", "the week had been hard"),
        ("Mayor Ines Carrow said Sunday Herald reporters were wrong.", "Sunday Herald reporters were wrong"),
    ],
)
def test_a_day_that_what_was_said_is_about_stays_in_it(text: str, words: str) -> None:
    assert said(run("en", text)) == [(words, "Ines Carrow")]


# 4. A lower-case quote after fronted words, closed by its cue.


@pytest.mark.parametrize(
    "text",
    [
        'After the talks "we are ready to sign," said Ines Carrow.',
        "After the talks, “we are ready to sign,” said Ines Carrow.",
        "Ines Carrow left the hall. After the talks, “we are ready to sign,” Carrow said.",
        "Ines Carrow left the hall. Later, “we are ready to sign,” Carrow said.",
    ],
)
def test_a_lower_case_quote_after_fronted_words_is_the_direct_quote_of_its_cue(text: str) -> None:
    document = run("en", text)
    statements = [s for e in document.entries for s in e.statements]
    assert [(s.text, s.speaker, s.kind) for s in statements] == [("we are ready to sign", "Ines Carrow", "direct")]


@pytest.mark.parametrize(
    "clause",
    ["After he left the hall,", "When she was asked about the deal,", "Although the vote failed,"],
)
def test_a_quote_after_a_fronted_clause_of_its_own_is_the_direct_quote_of_its_cue(clause: str) -> None:
    # The clause's subject is not the one quoted: a pronoun there names someone else.
    document = run("en", f"Port director Alan Brisk met Ines Carrow. {clause} “we are ready to sign,” Carrow said.")
    statements = [s for e in document.entries for s in e.statements]
    assert [(s.text, s.speaker, s.kind) for s in statements] == [("we are ready to sign", "Ines Carrow", "direct")]


def test_a_capitalised_quote_after_fronted_words_is_direct_too() -> None:
    document = run("en", "After the talks, “We are ready to sign,” said Ines Carrow.")
    statements = [s for e in document.entries for s in e.statements]
    assert [(s.text, s.speaker, s.kind) for s in statements] == [("We are ready to sign", "Ines Carrow", "direct")]


def test_a_lower_case_quote_inside_a_report_stays_a_partial_quote() -> None:
    document = run("en", "Ines Carrow said that after the talks they were “ready to sign” the deal.")
    kinds = {s.text: s.kind for e in document.entries for s in e.statements}
    assert kinds["ready to sign"] == "partial"


# 5. A quote over two paragraphs: the first paragraph leaves it open, the next opens it again.


def test_a_quote_left_open_at_a_paragraph_end_is_the_speaker_of_the_next_paragraphs_cue() -> None:
    document = run(
        "en",
        "Mayor Ines Carrow visited the river.\n\n"
        "“We will rebuild the bridge.\n\n"
        "“It will take two years,” Carrow said.",
    )
    assert said(document) == [
        ("We will rebuild the bridge.", "Ines Carrow"),
        ("It will take two years", "Ines Carrow"),
    ]


# 6. A body named only in an older entry, referred to by its noun in a newer one.


def _blog(*entries: tuple[str, str]) -> Document:
    return attribute(
        Document(source="test", kind="liveblog", entries=[Entry(time=t, text=x) for t, x in entries]), lang.get("en")
    )


def test_a_body_named_in_an_older_entry_further_down_the_blog_gives_its_full_name() -> None:
    document = _blog(
        ("11:40", "The quay will reopen on Monday, the authority said."),
        ("09:10", "The Harbour Authority closed the quay after the storm."),
    )
    assert said(document) == [("The quay will reopen on Monday", "Harbour Authority")]


def test_a_body_named_in_an_older_entry_earlier_in_the_document_gives_its_full_name() -> None:
    document = _blog(
        ("09:10", "The Harbour Authority closed the quay after the storm."),
        ("11:40", "The quay will reopen on Monday, the authority said."),
    )
    assert said(document) == [("The quay will reopen on Monday", "Harbour Authority")]


def test_a_department_named_in_an_older_entry_further_down_gives_its_full_name() -> None:
    document = _blog(
        ("11:40", "The footbridge is unsafe, the police department said."),
        ("09:10", "The Brackley Police Department closed the footbridge."),
    )
    assert said(document) == [("The footbridge is unsafe", "Brackley Police Department")]


def test_an_authority_named_in_an_older_entry_further_down_gives_its_full_name() -> None:
    document = _blog(
        ("11:40", "The depot will close in May, the council said."),
        ("09:10", "Brackley Town Council met at nine."),
    )
    assert said(document) == [("The depot will close in May", "Brackley Town Council")]


def test_a_body_named_only_in_a_newer_entry_further_down_is_not_looked_up() -> None:
    document = _blog(
        ("09:10", "The quay will reopen on Monday, the authority said."),
        ("11:40", "The Harbour Authority checked the cranes."),
    )
    assert said(document) == [("The quay will reopen on Monday", None)]


# 7. Plural speakers: no one of them is invented.


@pytest.mark.parametrize(
    "text",
    [
        "The talks went well, the two leaders said in a joint statement.",
        "The two leaders said in a joint statement that the talks went well.",
        "Both ministers said the talks went well.",
        "The talks went well, both ministers said.",
        "Premier Ola Vint and Premier Ines Carrow met at noon. The talks went well, the two leaders said.",
    ],
)
def test_plural_speakers_say_it_without_any_one_of_them_speaking(text: str) -> None:
    document = run("en", text)
    assert [(s.text, s.speaker) for e in document.entries for s in e.statements if "talks" in s.text] == [
        ("the talks went well" if text.startswith(("The two", "Both")) else "The talks went well", None)
    ]
    assert speakers(document) == []
