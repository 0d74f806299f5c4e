"""Two people who speak together ("Both X and Y said", "“…,” X and Y said") are one speaker,
"X and Y", in the language's own word for "and": the words are neither's alone. Every example
is invented."""

from __future__ import annotations

import pytest
from speaking import run, speaker_of

_MET = {
    "en": "Union leader Mara Quist met port director Alan Brisk.",
    "de": "Gewerkschaftschefin Mara Quist traf Hafenchef Alan Brisk.",
    "no": "Forbundsleder Mara Quist møtte havnesjef Alan Brisk.",
}


@pytest.mark.parametrize(
    ("code", "sentence", "words", "pair"),
    [
        ("en", "Both Quist and Brisk said the talks would resume on Monday.", "the talks would resume", "and"),
        ("en", "“We will be back on Monday,” Quist and Brisk said in a joint statement.", "We will be back", "and"),
        ("de", "Quist und Brisk sagten, die Gespräche würden am Montag fortgesetzt.", "die Gespräche würden", "und"),
        ("no", "Både Quist og Brisk sier at forhandlingene fortsetter mandag.", "forhandlingene fortsetter", "og"),
    ],
)
def test_two_people_joined_before_the_cue_speak_together(code: str, sentence: str, words: str, pair: str) -> None:
    doc = run(code, f"{_MET[code]} {sentence}")
    assert speaker_of(doc, words) == f"Mara Quist {pair} Alan Brisk"


def test_a_pronoun_after_a_joint_statement_is_one_person_not_the_pair() -> None:
    doc = run("en", f"{_MET['en']} Quist and Brisk said the talks would resume. “It was hard,” he added.")
    assert speaker_of(doc, "It was hard") in ("Mara Quist", "Alan Brisk")


def test_only_the_name_that_opens_the_verbs_clause_is_its_subject() -> None:
    doc = run(
        "en",
        "Union leader Mara Quist met Alan Brisk and Tom Eide. Quist met Brisk and Eide said the talks would resume.",
    )
    assert speaker_of(doc, "the talks would resume") == "Tom Eide"


def test_two_bodies_joined_are_no_pair_of_people() -> None:
    doc = run("en", "The Dock Union met the Harbour Company. The union and the company said the talks would resume.")
    assert " and " not in (speaker_of(doc, "the talks would resume") or "")
