"""The subject before a participle cue ("…, saying"): a body's whole name, never its verb phrase."""

from __future__ import annotations

from speaking import run, speaker_of


def test_a_body_that_has_written_to_someone_saying_is_the_body_not_the_verb_phrase() -> None:
    doc = run(
        "en",
        "The Marlow Dock Union said its members would stay out.\n\n"
        "Marlow Harbour Company has written to the union saying the strike breaches the agreement.",
    )
    assert speaker_of(doc, "its members would stay out") == "Marlow Dock Union"
    assert speaker_of(doc, "the strike breaches the agreement") == "Marlow Harbour Company"


def test_a_name_and_its_lowercase_body_noun_still_speak_together() -> None:
    doc = run("en", "The Thornbury borough council said the bins would be collected on Friday.")
    assert speaker_of(doc, "the bins would be collected") == "Thornbury borough council"
