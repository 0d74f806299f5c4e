"""English attribution: where a report without "that" begins, bodies whose names end in a label
word, a name with brackets before a phrase set off by commas, quoted phrases in a pronoun's clause,
free relative clauses ("what she said"), shortened months, role words, an asker's question and the
answer after it, and "commented".

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


# 1. "X said both sides had agreed that …": a clause with its own verb stands before "that", which
# opens a clause inside what was said; what was said begins right after the cue.

TAUGHT = "Chief negotiator Tomas Verlin, a former banker, arrived at noon. "


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "The negotiator said both sides had accepted that the levy would be reviewed each year.",
            "both sides had accepted that the levy would be reviewed each year",
        ),
        (
            "Verlin said the two unions would insist that the levy be scrapped.",
            "the two unions would insist that the levy be scrapped",
        ),
        (
            "Verlin said on Monday it was clear that the levy would stay.",
            "it was clear that the levy would stay",
        ),
        (
            "Verlin said 40 members were convinced that the levy would stay.",
            "40 members were convinced that the levy would stay",
        ),
    ],
)
def test_a_clause_before_that_is_part_of_what_was_said(sentence: str, reported: str) -> None:
    document = run("en", TAUGHT + sentence)
    assert (reported, "Tomas Verlin") in said(document)


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Verlin said on Monday that the levy would stay.", "the levy would stay"),
        ("Verlin said in a statement that the levy would stay.", "the levy would stay"),
        ("Verlin told reporters that the levy would stay.", "the levy would stay"),
    ],
)
def test_adverbials_and_a_listener_before_that_are_not_said(sentence: str, reported: str) -> None:
    document = run("en", TAUGHT + sentence)
    assert said(document)[-1] == (reported, "Tomas Verlin")


# 2. A body whose name ends in a word that labels a headline ("Analysis", "Watch") speaks; only a
# mention that opens with such a label is nobody.


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "According to the Northvale Office of Fiscal Analysis, a strike would close every school by Friday.",
            "a strike would close every school by Friday",
            "Northvale Office of Fiscal Analysis",
        ),
        (
            "The ferry was held in port, according to Coastline Watch.",
            "The ferry was held in port",
            "Coastline Watch",
        ),
        (
            "On Monday, the Centre for Transit Analysis said fares had risen twice.",
            "fares had risen twice",
            "Centre for Transit Analysis",
        ),
    ],
)
def test_a_body_named_with_a_label_word_at_its_end_speaks(text: str, words: str, speaker: str) -> None:
    assert speaker_of(run("en", text), words) == speaker


def test_a_headline_label_opening_the_words_is_still_nobody() -> None:
    document = attribute(
        Document(
            source="test",
            entries=[Entry(text="The levy talks stalled again.", headline="Analysis: ‘We are not there yet’")],
        ),
        lang.get("en"),
    )
    assert said(document) == []


# 3. A party or an age in brackets after a name, then a phrase set off by commas before the cue:
# the name is the speaker.


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Sen. Dora Vellin (D), who leads the Rules Committee, wrote on X that she would resign if the plan fails.",
            "she would resign if the plan fails",
        ),
        ("Dora Vellin (61), a retired pilot, said the runway was too short.", "the runway was too short"),
    ],
)
def test_a_name_with_brackets_before_a_phrase_set_off_by_commas_is_the_speaker(text: str, words: str) -> None:
    assert speaker_of(run("en", text), words) == "Dora Vellin"


# 4. A quoted phrase without a cue in a clause a pronoun opens after a comma is that pronoun's
# person's, not the sentence subject's.


def test_a_pronoun_opening_the_quotes_clause_after_a_comma_says_the_phrase() -> None:
    document = run(
        "en",
        "Tom Brill, the former treasurer, arrived late.",
        "Board chair Ann Keller opened the meeting. “We will not sell,” she said. The chair then gave Brill "
        "five minutes for his report, in which he called the merger “a grave mistake.”",
    )
    assert speaker_of(document, "a grave mistake") == "Tom Brill"
    assert speaker_of(document, "We will not sell") == "Ann Keller"


def test_the_sentence_subject_keeps_a_phrase_no_later_pronoun_stands_before() -> None:
    document = run(
        "en",
        "Tom Brill, the former treasurer, arrived late.",
        "Board chair Ann Keller opened the meeting. “We will not sell,” she said. After Brill left, she "
        "called the merger “a grave mistake.”",
    )
    assert speaker_of(document, "a grave mistake") == "Ann Keller"


def test_a_pronoun_inside_what_the_subject_put_to_someone_is_no_speaker() -> None:
    document = run("en", "Board chair Ann Keller, presiding, put it to Tom Brill that he had “sold the family silver”.")
    assert speaker_of(document, "sold the family silver") == "Ann Keller"


# 5. "what she said", "what Ann Lee told the board": a free relative clause; the words after its
# cue are no statement, and a quote after its colon is still the speaker's.


@pytest.mark.parametrize(
    "sentence",
    [
        "That is not what Ann Keller told the board in March.",
        "Nobody knows what Ann Keller said at the dinner.",
        "What Ann Keller said at the dinner was never recorded.",
    ],
)
def test_a_free_relative_clause_reports_nothing(sentence: str) -> None:
    assert said(run("en", sentence)) == []


def test_a_quote_after_a_free_relative_and_its_colon_is_the_speakers() -> None:
    document = run(
        "en",
        "Board chair Ann Keller opened the meeting. Here is part of what she said, according to the "
        "minutes: “We will not sell.”",
    )
    assert said(document) == [("We will not sell.", "Ann Keller")]


def test_the_pronoun_of_a_free_relative_still_tells_who_spoke() -> None:
    document = run(
        "en",
        "Marcus Vell, the bank's former chief executive, arrived at nine.",
        "Committee chair Dana Whit opened the hearing. Here is part of what she said, according to a transcript:\n\n"
        "“We will act.”\n\n"
        "The chair then gave Vell ten minutes for his statement, in which he called the collapse “the worst "
        "failure of my career.”",
    )
    assert speaker_of(document, "We will act.") == "Dana Whit"
    assert speaker_of(document, "the worst failure of my career") == "Marcus Vell"


# 6. A month shortened in news style before a day ("Sept. 19") does not end the sentence.


def test_a_shortened_month_before_a_day_does_not_end_what_was_said() -> None:
    document = run(
        "en",
        "According to the Valle Fire Authority, the blaze began shortly after 2 p.m. on Sept. 19 in dry grass. "
        "Crews are still on the ridge.",
    )
    assert said(document) == [
        ("the blaze began shortly after 2 p.m. on Sept. 19 in dry grass", "Valle Fire Authority"),
    ]


# 7. A fire marshal's title and a mediator's are roles: no part of the name, and "the marshal",
# "the mediator" later are the person the document tied them to.


def test_a_marshal_is_a_title_before_the_name() -> None:
    document = run(
        "en",
        "“We found the origin,” Fire Marshal Irene Cabot said at a meeting.",
        "The fire marshal said the blaze began in a shed.",
    )
    assert speaker_of(document, "We found the origin") == "Irene Cabot"
    assert speaker_of(document, "the blaze began in a shed") == "Irene Cabot"


def test_the_mediator_is_the_person_the_document_named_so() -> None:
    document = run(
        "en",
        "Chief mediator Tomas Verlin, a retired judge, spoke briefly before the doors closed.",
        "The mediator said both sides had accepted that the levy would be reviewed each year.",
    )
    assert speaker_of(document, "both sides had accepted") == "Tomas Verlin"


# 8. "Asked by X whether …, her press secretary, Y, said …": the question ends before the
# answerer's role and name.


def test_a_question_ends_before_the_answerers_role_and_name() -> None:
    document = run(
        "en",
        "Asked by Nia Oakes whether Mayor Dale would sign the lease, his spokesman, Carl Voss, said the mayor had "
        "not decided.",
    )
    assert said(document) == [
        ("whether Mayor Dale would sign the lease", "Nia Oakes"),
        ("the mayor had not decided", "Carl Voss"),
    ]


# 9. "said the governor “has not made up her mind”": a quoted phrase going on a noun after "said" is
# part of the report of that clause, not the cue's object; a question put to a noun and words told
# to a listener stay the cue's quote.


def test_a_quoted_phrase_after_said_and_a_noun_is_a_partial_of_the_report() -> None:
    document = run("en", "Carl Voss said the mayor “has not decided” on the lease.")
    assert said(document) == [
        ("the mayor “has not decided” on the lease", "Carl Voss"),
        ("has not decided", "Carl Voss"),
    ]


@pytest.mark.parametrize(
    ("sentence", "quoted", "speaker"),
    [
        ("Nia Oakes asked the mayor “why now?”", "why now?", "Nia Oakes"),
        ("Tom Reed told police “I did it.”", "I did it.", "Tom Reed"),
    ],
)
def test_a_question_put_to_a_noun_and_words_told_to_a_listener_stay_the_cues(
    sentence: str, quoted: str, speaker: str
) -> None:
    assert said(run("en", sentence)) == [(quoted, speaker)]


# 10. "commented" reports words only through "that", a colon or a quote; an adverbial after it
# ("commented publicly since …") is nothing said.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It is the first time Dora Vellin has commented publicly since the talks began on Monday.", []),
        ("Dora Vellin commented that the talks had stalled.", [("the talks had stalled", "Dora Vellin")]),
        ("“The talks have stalled,” Dora Vellin commented.", [("The talks have stalled", "Dora Vellin")]),
    ],
)
def test_commented_reports_only_through_that_or_a_quote(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert said(run("en", sentence)) == expected


# 11. "Asked by The Rotunda’s Nia Oakes whether …": the outlet owns its reporter; the reporter asks.


def test_a_reporter_after_her_outlets_possessive_asks() -> None:
    document = run(
        "en",
        "Asked by The Rotunda’s Nia Oakes whether Mayor Dale would sign the lease, Carl Voss said the mayor had "
        "not decided.",
    )
    assert said(document) == [
        ("whether Mayor Dale would sign the lease", "Nia Oakes"),
        ("the mayor had not decided", "Carl Voss"),
    ]
