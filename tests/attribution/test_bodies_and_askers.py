"""attribute(): public bodies that speak for themselves, and people who only ask.

Hand-written cases; each states one rule, with sentences invented for it.
"""

from __future__ import annotations

from speaking import run, speaker_of, speakers


def test_the_police_speak_for_themselves_not_for_the_last_body_or_street_named() -> None:
    doc = run(
        "de",
        "Anwohner, die in der Lindenallee Lieferwagen gesehen haben, sollen sich bei der Brauerei Holtkamp melden.",
        "Nach Angaben der Polizei sind die Täter über das Dach eingestiegen.",
    )
    assert speaker_of(doc, "sind die Täter über das Dach eingestiegen") == "Polizei"


def test_the_police_are_the_police_force_named_before_in_full() -> None:
    doc = run(
        "de",
        "Der Mann habe sich gestellt, teilte das Polizeipräsidium Wendelstadt am Abend mit.",
        "Verletzt wurde nach Angaben der Polizei niemand.",
    )
    assert speaker_of(doc, "Verletzt wurde") == "Polizeipräsidium Wendelstadt"


def test_the_police_said_is_a_statement_of_the_police() -> None:
    doc = run("en", "The police said the two lorries had collided in fog.")
    assert speaker_of(doc, "the two lorries had collided in fog") == "police"
    assert speakers(doc) == ["police"]
