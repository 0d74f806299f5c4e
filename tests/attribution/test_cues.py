"""Cues and mentions found from the language tables."""

from __future__ import annotations

from liveblog import lang
from liveblog.attribution.cues import find_cues, find_mentions, lexicon
from liveblog.attribution.text import tokenize


def _cues(code: str, text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text, 0, len(text), [])
    return [(cue.kind, cue.text) for cue in find_cues(tokens, lexicon(lang.get(code)))]


def _mentions(code: str, text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text, 0, len(text), [])
    found = find_mentions(tokens, lexicon(lang.get(code)), frozenset(), frozenset())
    return [(m.kind, text[m.char_start : m.char_end]) for m in found]


def test_speech_verbs_in_all_three_languages() -> None:
    assert _cues("en", "The police chief insisted that the road stays shut.") == [("verb", "insisted")]
    assert _cues("de", "Die Ministerin fügte am Abend hinzu, man werde helfen.") == [("verb", "fügte … hinzu")]
    assert _cues("no", "Ordføreren la til at brua åpner i mai.") == [("verb", "la til")]


def test_according_to_before_and_after_the_source() -> None:
    assert _cues("en", "According to the mayor, the bridge is safe.") == [("according", "According to")]
    assert _cues("de", "Dem Bürgermeister zufolge ist die Brücke sicher.") == [("according_after", "zufolge")]
    assert _cues("no", "Ifølge ordføreren er brua trygg.") == [("according", "Ifølge")]


def test_a_passive_or_negated_verb_is_no_cue() -> None:
    assert _cues("en", "The mayor was asked about the bridge.") == []
    assert _cues("no", "Ordføreren svarte ikke på spørsmålet.") == []


def test_a_name_with_particles_and_a_role_with_determiner_are_mentions() -> None:
    mentions = _mentions("de", "Später sagte Karin von der Aue, die Außenministerin sei informiert.")
    assert ("name", "Karin von der Aue") in mentions
    assert ("role", "Außenministerin") in mentions


def test_a_possessive_before_a_spokesperson_makes_one_role_mention() -> None:
    assert ("role", "Hansens talsperson") in _mentions("no", "Det bekreftet Hansens talsperson i går.")
    assert ("role", "Okafor's spokesman") in _mentions("en", "It was confirmed by Okafor's spokesman later.")
