"""German and Norwegian gaps (s6): given names that end like nouns for people, the genitive of
a body before a name, three-part names opening a German sentence, four-part Norwegian names,
posts on a platform, a spokesperson for a body named by one word, German cue verbs ("räumte
ein", "betonte", "erklärte gegenüber", "hieß es in einer Mitteilung der X", "so X weiter") and
the speech tables that were filled for English only."""

from __future__ import annotations

from speaking import run, speakers

from liveblog import lang

# 2. Norwegian: a body's noun in its definite genitive opening a name


def test_a_bodys_genitive_before_a_name_opening_a_sentence_is_no_first_name() -> None:
    doc = run("no", "Kommunens Ola Vikstrand sier at brua er trygg.")
    assert speakers(doc) == ["Ola Vikstrand"]
    doc = run("no", "Styrets Marte Lian mener at planen er god.")
    assert speakers(doc) == ["Marte Lian"]


def test_norwegian_genitive_endings_live_in_their_own_table_not_among_nouns_for_people() -> None:
    speech = lang.get("no").speech
    assert "ets" in speech.genitive_endings and "ens" in speech.genitive_endings
    assert not set(speech.genitive_endings) & set(speech.person_noun_endings)
