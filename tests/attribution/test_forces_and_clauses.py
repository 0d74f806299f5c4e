"""A bare police noun is the one force the document names; a Norwegian dash quote whose speaker
belongs to a body with lower-case words, and the one after it; a German subordinate clause
('Während X von einem «…» sprach, sagte Y, …') gives its quote to its own subject.

Every example is invented."""

from __future__ import annotations

import pytest
from speaking import run

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


def said(document: Document) -> list[tuple[str, str | None]]:
    """Every statement's words and speaker, in order."""
    return [(s.text, s.speaker) for e in document.entries for s in e.statements]


def speaker_of(document: Document, words: str) -> str | None:
    """The speaker of the statement that holds ``words``."""
    holding = [s for e in document.entries for s in e.statements if words in s.text]
    assert holding, f"no statement holds {words!r} in {said(document)}"
    return min(holding, key=lambda s: len(s.text)).speaker


# 1. A bare authority noun for the police is the one force the document names, wherever it names it.


def test_police_are_the_force_named_later_in_the_same_entry() -> None:
    document = run(
        "en",
        "The picket line has been calm all day, according to police. Const. Ana Ruiz of the Wharfton "
        "Harbour Police told Radio Nord that officers would stay overnight.",
    )
    assert speaker_of(document, "The picket line has been calm all day") == "Wharfton Harbour Police"


@pytest.mark.parametrize(
    "first",
    ["The picket line has been calm all day, police said.", "Police said the picket line had been calm all day."],
)
def test_police_are_the_force_another_entry_names(first: str) -> None:
    document = run("en", first, "The Wharfton Harbour Police closed the dock road at noon.")
    assert speaker_of(document, "calm all day") == "Wharfton Harbour Police"


def test_police_are_the_force_an_entry_before_names() -> None:
    document = run("en", "The Wharfton Harbour Police closed the dock road.", "The picket line is calm, police said.")
    assert speaker_of(document, "The picket line is calm") == "Wharfton Harbour Police"


@pytest.mark.parametrize(("first", "second"), [("11:40", "09:10"), ("09:10", "11:40")])
def test_police_are_the_force_a_timed_post_below_names_older_or_newer(first: str, second: str) -> None:
    entries = [
        Entry(time=first, text="The picket line has been calm all day, police said."),
        Entry(time=second, text="The Wharfton Harbour Police closed the dock road."),
    ]
    document = attribute(Document(source="test", entries=entries), lang.get("en"))
    assert speaker_of(document, "calm all day") == "Wharfton Harbour Police"


def test_politiet_are_the_police_district_another_entry_names() -> None:
    document = run(
        "no",
        "Ifølge politiet ble veien stengt klokken 15.32.",
        "Vestfjord politidistrikt skriver på X at veien er åpnet igjen.",
    )
    assert speaker_of(document, "veien stengt klokken 15.32") == "Vestfjord politidistrikt"


def test_politiet_are_the_police_district_named_before() -> None:
    document = run(
        "no",
        "Vestfjord politidistrikt skriver på X at veien er stengt.",
        "Ifølge politiet ble veien åpnet igjen klokken 17.10.",
    )
    assert speaker_of(document, "veien åpnet igjen") == "Vestfjord politidistrikt"


@pytest.mark.parametrize(
    ("named", "force"),
    [
        ("Das Polizeipräsidium Hohenbrück teilte mit, die Straße sei wieder frei.", "Polizeipräsidium Hohenbrück"),
        ("Ein Sprecher der Kantonspolizei Talberg sagte, die Straße sei wieder frei.", "Kantonspolizei Talberg"),
    ],
)
def test_die_polizei_are_the_force_named_later(named: str, force: str) -> None:
    document = run("de", "Laut Polizei wurde die Straße um 15.32 Uhr gesperrt.", named)
    assert speaker_of(document, "wurde die Straße um 15.32 Uhr gesperrt") == force


def test_police_stay_bare_when_the_document_names_two_forces() -> None:
    document = run(
        "en",
        "The picket line has been calm all day, police said.",
        "The Wharfton Harbour Police and the Estby County Police closed the roads.",
    )
    assert speaker_of(document, "calm all day") == "police"


def test_politiet_stay_bare_when_the_document_names_two_districts() -> None:
    document = run(
        "no",
        "Ifølge politiet ble veien stengt klokken 15.32.",
        "Vestfjord politidistrikt og Nordmark politidistrikt samarbeider om saken.",
    )
    assert speaker_of(document, "veien stengt klokken 15.32") == "politiet"


def test_a_police_officers_title_and_a_police_union_are_no_force() -> None:
    english = run("en", "The road is closed, police said.", "Police Chief Tom Reed visited the site.")
    assert speaker_of(english, "The road is closed") == "police"
    german = run("de", "Laut Polizei ist die Straße gesperrt.", "Die Gewerkschaft der Polizei kritisierte den Einsatz.")
    assert speaker_of(german, "ist die Straße gesperrt") == "Polizei"


# 2. Norwegian dash quotes: a person "i" a body whose name has lower-case words, and the quote after.


def test_both_dash_quotes_are_the_speaker_of_a_body_with_lower_case_words() -> None:
    document = run(
        "no",
        "– Røyken er det store problemet, sier vaktleder Kari Holm i Vestfjord brann og redning. "
        "– Vi kan ikke sende folk inn før tunnelen er luftet ut.",
    )
    assert said(document) == [
        ("Røyken er det store problemet", "Kari Holm"),
        ("Vi kan ikke sende folk inn før tunnelen er luftet ut.", "Kari Holm"),
    ]


def test_a_dash_quote_after_a_short_cue_sentence_is_the_same_speakers() -> None:
    document = run("no", "– Røyken er problemet, sier Kari Holm. – Vi venter.")
    assert said(document) == [("Røyken er problemet", "Kari Holm"), ("Vi venter.", "Kari Holm")]


@pytest.mark.parametrize("title", ["", "vaktleder "])
def test_the_outlet_told_after_the_body_never_speaks(title: str) -> None:
    document = run("no", f"– Røyken er problemet, sier {title}Kari Holm i Vestfjord brann og redning til NRK.")
    assert said(document) == [("Røyken er problemet", "Kari Holm")]


def test_a_dash_quote_before_the_cued_one_in_the_same_paragraph_waits_for_it() -> None:
    document = run("no", "– Vi venter. – Røyken er problemet, sier Kari Holm.")
    assert said(document) == [("Vi venter.", "Kari Holm"), ("Røyken er problemet", "Kari Holm")]


def test_each_dash_quote_with_its_own_cue_in_one_paragraph_keeps_its_speaker() -> None:
    document = run("no", "– Røyken er problemet, sier Kari Holm. – Vi venter, sier Per Lid.")
    assert said(document) == [("Røyken er problemet", "Kari Holm"), ("Vi venter", "Per Lid")]


# 3. German: a subordinate clause opened by "Während", "Als", "Nachdem" gives its quote to its own subject.


@pytest.mark.parametrize(("opening", "closing"), [("«", "»"), ("„", "“")])
def test_a_partial_in_a_while_clause_is_its_subjects_and_the_main_clause_speaks_for_itself(
    opening: str, closing: str
) -> None:
    document = run(
        "de",
        f"Während die Personalvertreterin Sandra Keller von einem {opening}schwarzen Tag für das Tal{closing} "
        "sprach, sagte Spitaldirektor Urs Aebischer, niemand verliere seine Stelle.",
    )
    assert speaker_of(document, "schwarzen Tag für das Tal") == "Sandra Keller"
    assert speaker_of(document, "niemand verliere seine Stelle") == "Urs Aebischer"


@pytest.mark.parametrize("conjunction", ["Als", "Nachdem"])
def test_a_partial_in_a_when_or_after_clause_is_its_subjects(conjunction: str) -> None:
    document = run(
        "de",
        f"{conjunction} Sandra Keller von einem «schwarzen Tag» gesprochen hatte, sagte Urs Aebischer, "
        "niemand verliere seine Stelle.",
    )
    assert speaker_of(document, "schwarzen Tag") == "Sandra Keller"
    assert speaker_of(document, "niemand verliere seine Stelle") == "Urs Aebischer"
