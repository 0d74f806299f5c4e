"""English attribution: a pronoun whose quote repeats the headline's quote, a pronoun right after a
sentence in which someone spoke, and a statement a lawyer reads out for a client.

Every example is invented."""

from __future__ import annotations

import pytest
from speaking import run, speaker_of

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


def said(document: Document) -> list[tuple[str, str | None]]:
    """Every statement's text and speaker, in order."""
    return [(s.text, s.speaker) for e in document.entries for s in e.statements]


def article(headline: str, text: str) -> Document:
    """An English document of one entry with a headline."""
    return attribute(Document(source="test", entries=[Entry(text=text, headline=headline)]), lang.get("en"))


def blog(*texts: str) -> Document:
    """An English live blog, newest entry first: one timed entry per text, in document order."""
    times = [f"{12 - number:02d}:00" for number in range(len(texts))]
    entries = [Entry(text=text, time=time) for text, time in zip(texts, times, strict=True)]
    return attribute(Document(source="test", kind="liveblog", entries=entries), lang.get("en"))


# 1. A pronoun's quote that repeats the headline's quote is the headline speaker's.

QUESTIONED = (
    "Dana Ferris questioned Tom Carrow for an hour about the missing reports. "
    "“We got the numbers wrong, and I apologise,” {pronoun} said. “We will repay every client.”"
)


def test_a_pronouns_quote_that_repeats_the_headline_is_the_headline_speakers() -> None:
    document = article("Carrow: ‘We got the numbers wrong’", QUESTIONED.format(pronoun="he"))
    assert said(document) == [
        ("We got the numbers wrong", "Tom Carrow"),
        ("We got the numbers wrong, and I apologise", "Tom Carrow"),
        ("We will repay every client.", "Tom Carrow"),
    ]


def test_the_headline_speaker_keeps_the_quote_when_the_pronoun_says_what_the_document_taught() -> None:
    document = article(
        "Carrow: ‘We got the numbers wrong’",
        "Tom Carrow, the fund’s chairman, arrived with his lawyer. " + QUESTIONED.format(pronoun="he"),
    )
    assert speaker_of(document, "and I apologise") == "Tom Carrow"


@pytest.mark.parametrize(
    "taught",
    [
        "Tom Carrow, the fund’s chairman, had written to the committee. ",
        "Mr Carrow had written to the committee. ",
        "Mr. Carrow had written to the committee. ",
    ],
)
def test_a_pronoun_whose_gender_the_headline_speaker_contradicts_is_someone_else(taught: str) -> None:
    # The document taught that Tom Carrow is a man (a title before his surname alone is enough):
    # "she" is not him, though she repeats his words.
    document = article("Carrow: ‘We got the numbers wrong’", taught + QUESTIONED.format(pronoun="she"))
    assert speaker_of(document, "and I apologise") == "Dana Ferris"


def test_a_title_of_each_gender_before_a_shared_surname_teaches_no_gender() -> None:
    document = article(
        "Carrow: ‘We got the numbers wrong’",
        "Mr Carrow and Ms Carrow had written to the committee. " + QUESTIONED.format(pronoun="she"),
    )
    assert speaker_of(document, "and I apologise") == "Tom Carrow"


def test_a_pronouns_quote_that_does_not_repeat_the_headline_stays_with_the_last_speaker() -> None:
    document = article(
        "Carrow: ‘We got the numbers wrong’",
        "Dana Ferris questioned Tom Carrow for an hour. “The reports were never filed,” she said.",
    )
    assert speaker_of(document, "The reports were never filed") == "Dana Ferris"


def test_a_headline_quote_of_two_words_claims_no_pronouns_quote() -> None:
    document = article(
        "Carrow: ‘Numbers wrong’",
        "Dana Ferris questioned Tom Carrow for an hour. “The numbers were wrong, and nobody checked,” she said.",
    )
    assert speaker_of(document, "and nobody checked") == "Dana Ferris"


# 2. A pronoun right after a sentence in which someone spoke is that person.

COMMITTEE = (
    "Dana Ferris, who chairs the housing committee, said the report would be published in March. "
    "She said the council still had “a lot to explain”."
)
READ_OUT = "The solicitor Mia Dale read a statement on behalf of Ann Lee, whose son died in the fire."


@pytest.mark.parametrize(
    "older",
    [
        READ_OUT,
        READ_OUT + " Ms Lee said she wanted answers.",
        READ_OUT + " “She wanted answers,” the statement said.",
    ],
)
def test_she_after_a_woman_spoke_is_that_woman_not_one_an_older_post_names(older: str) -> None:
    document = blog(COMMITTEE, older)
    assert speaker_of(document, "the council still had") == "Dana Ferris"
    assert speaker_of(document, "a lot to explain") == "Dana Ferris"


def test_she_after_a_woman_spoke_is_that_woman_in_the_next_paragraph_too() -> None:
    document = blog(COMMITTEE.replace(". She said", ".\n\nShe said"), READ_OUT)
    assert speaker_of(document, "a lot to explain") == "Dana Ferris"


def test_she_after_a_man_spoke_is_not_that_man() -> None:
    document = blog(
        "Mr Tom Carrow said the report would be published in March. She said the council still had “a lot to explain”.",
        READ_OUT,
    )
    assert speaker_of(document, "a lot to explain") != "Tom Carrow"
    assert speaker_of(document, "a lot to explain") != "Ann Lee"


# 3. A statement read out by a lawyer is the client's.


def test_a_statement_read_out_on_behalf_of_someone_is_theirs_and_the_reader_speaks_for_herself_after() -> None:
    document = run(
        "en",
        "Outside court, the solicitor Mia Dale read a statement on behalf of Ann Lee, whose son died in "
        "the fire. “Sam went to school and never came home,” the statement said. Dale said the family "
        "would consider legal action.",
    )
    assert said(document) == [
        ("Sam went to school and never came home", "Ann Lee"),
        ("the family would consider legal action", "Mia Dale"),
    ]


SAM = "Sam went to school and never came home"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (f"Mia Dale read a statement on behalf of Ann Lee: “{SAM}.”", f"{SAM}."),
        (f"Mia Dale read a statement from Ann Lee: “{SAM}.”", f"{SAM}."),
        (f"Mia Dale read a statement from Ann Lee. “{SAM},” the statement said.", SAM),
        (f"Mia Dale read a statement from her client, Ann Lee: “{SAM}.”", f"{SAM}."),
        (f"Mia Dale read out a statement from her client Ann Lee: “{SAM}.”", f"{SAM}."),
    ],
)
def test_a_statement_read_out_from_someone_or_a_client_is_theirs(text: str, quote: str) -> None:
    assert said(run("en", text)) == [(quote, "Ann Lee")]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee’s lawyer read a statement: “Sam went to school and never came home.”",
        "Ann Lee's lawyer, Mia Dale, read a statement: “Sam went to school and never came home.”",
        "Ann Lee's solicitor read a short statement outside court: “Sam went to school and never came home.”",
    ],
)
def test_a_statement_someones_lawyer_reads_out_is_theirs(text: str) -> None:
    assert said(run("en", text)) == [("Sam went to school and never came home.", "Ann Lee")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In a statement read by her lawyer, Ann Lee said her son had been failed by everyone.", "her son"),
        ("In a statement read by her lawyer, Ann Lee said: “Sam went to school and never came home.”", "Sam went"),
    ],
)
def test_a_statement_read_by_a_lawyer_names_its_speaker_as_the_subject(text: str, words: str) -> None:
    assert speaker_of(run("en", text), words) == "Ann Lee"


def test_a_statement_the_reader_reads_of_her_own_is_hers() -> None:
    document = run("en", "The solicitor Mia Dale read a statement: “We will appeal.”")
    assert said(document) == [("We will appeal.", "Mia Dale")]


def test_the_reader_speaking_after_the_statement_speaks_for_herself() -> None:
    document = run(
        "en",
        "Mia Dale read a statement from Ann Lee: “Sam went to school and never came home.” "
        "“We will appeal,” Dale said.",
    )
    assert said(document) == [
        ("Sam went to school and never came home.", "Ann Lee"),
        ("We will appeal", "Mia Dale"),
    ]


def test_the_statement_quoted_in_the_next_paragraph_is_still_the_clients() -> None:
    document = run(
        "en",
        f"The solicitor Mia Dale read a statement on behalf of Ann Lee.\n\n“{SAM},” the statement said.",
    )
    assert said(document) == [(SAM, "Ann Lee")]


def test_a_statement_her_lawyer_reads_out_is_the_womans_the_sentence_before_named() -> None:
    document = run("en", f"Ann Lee lost her son in the fire. Her lawyer read a statement: “{SAM}.”")
    assert said(document) == [(f"{SAM}.", "Ann Lee")]


def test_a_place_after_the_statement_is_not_whose_statement_it_is() -> None:
    document = run("en", "Mia Dale read a statement outside the Crown Court: “We will appeal.”")
    assert said(document) == [("We will appeal.", "Mia Dale")]


@pytest.mark.parametrize(
    "quote",
    [
        "Ms Lee has answered every question and will keep doing so.",
        "Ann has answered every question and will keep doing so.",
        "My client has answered every question and will keep doing so.",
    ],
)
def test_a_statement_someones_lawyer_reads_about_them_is_the_lawyers_own(quote: str) -> None:
    document = run("en", f"Ann Lee's lawyer, Mia Dale, read a short statement to reporters: “{quote}”")
    assert said(document) == [(quote, "Mia Dale")]


def test_a_statement_an_unnamed_reader_reads_of_their_own_is_kept_with_no_speaker() -> None:
    document = run("en", "The prosecutor read a short statement: “We will not appeal.”")
    assert said(document) == [("We will not appeal.", None)]


def test_a_statement_a_role_reads_of_their_own_is_the_roles_holder() -> None:
    document = run(
        "en",
        "Tom Reed, the chief prosecutor, arrived at noon. The prosecutor read a short statement: “We will not appeal.”",
    )
    assert said(document) == [("We will not appeal.", "Tom Reed")]


# A speech verb's form after an article is a noun, not a cue inside the reported words.


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Dana Ferris said the reports were missing.", "the reports were missing"),
        ("Dana Ferris spoke first. Ferris said the claims were false.", "the claims were false"),
        ("Dana Ferris said her claims had been ignored.", "her claims had been ignored"),
    ],
)
def test_a_speech_verbs_form_after_an_article_is_a_noun_in_the_report(text: str, clause: str) -> None:
    assert said(run("en", text)) == [(clause, "Dana Ferris")]
