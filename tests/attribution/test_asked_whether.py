"""An indirect question ("X asked Y whether …") and the pronoun that answers it."""

from __future__ import annotations

from speaking import run, speaker_of


def test_the_pronoun_after_an_asked_whether_clause_is_the_one_asked() -> None:
    doc = run(
        "en",
        "Courier reporter Mina Holt asked minister Ivo Varga whether a deal was close. "
        "He smiled and said: “Before lunch, maybe.”",
    )
    # the question is the reporter's, without the one asked; the answer is the minister's
    assert speaker_of(doc, "whether a deal was close") == "Mina Holt"
    assert speaker_of(doc, "Before lunch, maybe.") == "Ivo Varga"


def test_a_pronoun_reporting_without_quotes_after_the_question_stays_the_askers() -> None:
    doc = run(
        "en",
        "Mina Holt, a reporter for the Courier, asked minister Ivo Varga whether a deal was close. "
        "She later said the minister had looked tired.",
    )
    assert speaker_of(doc, "the minister had looked tired") == "Mina Holt"


def test_the_answer_goes_to_the_one_asked_whose_gender_fits() -> None:
    doc = run(
        "en",
        "Courier reporter Tom Holt asked Ilse Varga whether a deal was close. She said: “Not today.”",
    )
    assert speaker_of(doc, "Not today.") == "Ilse Varga"
