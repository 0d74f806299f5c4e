"""What may follow "…, X said" while the words before it stay X's: a few words of adverbials, or a
longer run of nothing but adverbials; a clause after the cue is something else.

Every example is invented."""

from __future__ import annotations

import pytest
from speaking import run, speaker_of


@pytest.mark.parametrize(
    "after",
    [
        "",
        " on Monday",
        " at the annual meeting on Monday",  # six words: the most a short adverbial run has
        " on Monday at the annual meeting of the harbour board in Wharfton",  # longer, but only adverbials
    ],
)
def test_adverbials_after_a_postposed_cue_leave_the_words_before_it_to_the_speaker(after: str) -> None:
    document = run("en", f"Harbour fees will rise by a tenth next year, Ines Carrow said{after}.")
    assert speaker_of(document, "Harbour fees will rise") == "Ines Carrow"


def test_a_clause_joined_after_a_postposed_cue_is_not_inside_what_was_said() -> None:
    # "The talks, he said, had been useful" puts the cue inside the words; "and …" after it does not.
    document = run("en", "Harbour fees will rise by a tenth, Ines Carrow said, and the board agreed to vote in May.")
    texts = [s.text for e in document.entries for s in e.statements]
    assert "Harbour fees will rise by a tenth" in texts
    assert not any("Carrow said" in text for text in texts)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # a party's brackets after the speaker close within a few tokens
        ("Vi stenger brua i natt, sier Kari Holm (Ap) til avisen.", "Vi stenger brua i natt"),
        # a short place before a colon: the words after the colon are what was said
        ("Die Ministerin äußerte sich in Hamburg: Die Lage sei ernst.", "Die Lage sei ernst"),
    ],
)
def test_a_bracket_or_a_place_between_cue_and_words_is_skipped(sentence: str, said: str) -> None:
    code = "no" if " sier " in sentence else "de"
    document = run(code, sentence)
    assert any(s.text.startswith(said) for e in document.entries for s in e.statements)
