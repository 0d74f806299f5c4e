"""attribute(): common nouns that are never speakers, and clauses that belong to someone.

Hand-written cases; each states one rule of the language, with sentences invented for it.
"""

from __future__ import annotations

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


def _run(code: str, *texts: str) -> Document:
    return attribute(Document(source="test", entries=[Entry(text=t) for t in texts]), lang.get(code))


def _speaker_of(document: Document, words: str) -> str | None:
    holding = [s for e in document.entries for s in e.statements if words in s.text]
    assert holding, f"no statement holds {words!r}"
    return min(holding, key=lambda s: len(s.text)).speaker


def _speakers(document: Document) -> list[str]:
    return [s for e in document.entries for s in e.speakers]


def test_a_noun_after_a_preposition_is_never_the_subject_of_the_verb() -> None:
    doc = _run(
        "de",
        "Bürgermeisterin Katrin Oberholz besuchte die Baustelle.",
        "Oberholz hatte am Abend noch erklärt, man werde die Brücke im Mai öffnen.",
        "Der Bauleiter Timo Saalfeld habe ihr am Funkgerät gesagt, alles laufe nach Plan.",
    )
    assert _speaker_of(doc, "man werde die Brücke im Mai öffnen") == "Katrin Oberholz"
    assert "Abend" not in _speakers(doc)
    assert "Funkgerät" not in _speakers(doc)


def test_a_label_before_a_colon_does_not_hide_the_subject() -> None:
    doc = _run(
        "de",
        "Kämmerer Ulrich Fennhoff legte den Bericht vor.",
        "Zur Einordnung: Fennhoff hatte am Vormittag noch gesagt, die Rücklagen reichten bis 2027.",
    )
    assert _speaker_of(doc, "die Rücklagen reichten bis 2027") == "Ulrich Fennhoff"


def test_a_time_noun_is_no_organisation_for_a_later_the_club() -> None:
    doc = _run(
        "de",
        "Der Handel des Monats ist perfekt.",
        "Torwart Jannis Ebbeke wechselt zum TSV Morsbrück. Der Verein teilte mit, er habe bis 2028 unterschrieben.",
    )
    assert _speaker_of(doc, "er habe bis 2028 unterschrieben") == "TSV Morsbrück"
    assert not any(s.lower() == "monats" for s in _speakers(doc))


def test_das_bestaetigte_x_with_a_colon_gives_x_the_quote_after_it() -> None:
    doc = _run(
        "de",
        "Die Verhandlungen sind beendet. "
        "Das bestätigte sein Anwalt Bernhard Quist am Telefon: „Wir haben uns geeinigt.“",
    )
    assert _speaker_of(doc, "Die Verhandlungen sind beendet") == "Bernhard Quist"
    assert _speaker_of(doc, "Wir haben uns geeinigt.") == "Bernhard Quist"


def test_a_reported_clause_before_a_colon_quote_is_reported_speech_too() -> None:
    doc = _run(
        "de",
        "Schulleiterin Petra Wolkenstein sagte, die Halle brauche ein neues Dach: „Es regnet seit Jahren herein.“",
    )
    assert _speaker_of(doc, "die Halle brauche ein neues Dach") == "Petra Wolkenstein"
    assert _speaker_of(doc, "Es regnet seit Jahren herein.") == "Petra Wolkenstein"


def test_konjunktiv_going_on_keeps_its_quoted_words_with_the_speaker() -> None:
    doc = _run(
        "de",
        "Trainerin Edda Vinterberg betonte, sie sei zufrieden. Die Abwehr passe „genau zu unserem Spiel“.",
    )
    assert _speaker_of(doc, "genau zu unserem Spiel") == "Edda Vinterberg"


def test_a_second_speaker_after_a_comma_ends_what_the_first_said() -> None:
    doc = _run(
        "en",
        "Mayor Owen Tregarth said the pool would reopen in spring, while Nell Abernethy said the repairs "
        "would take a year.",
    )
    assert _speaker_of(doc, "the pool would reopen in spring") == "Owen Tregarth"
    assert _speaker_of(doc, "the repairs would take a year") == "Nell Abernethy"
    mayor = [s for e in doc.entries for s in e.statements if s.speaker == "Owen Tregarth"]
    assert all("repairs" not in s.text for s in mayor)


def test_mens_x_mener_then_sier_y_gives_each_their_own_clause() -> None:
    doc = _run(
        "no",
        "Mens Aslak Tveiten mener løypa var for smal, sier Randi Holmgard at den var godt preparert.",
    )
    assert _speaker_of(doc, "løypa var for smal") == "Aslak Tveiten"
    assert _speaker_of(doc, "den var godt preparert") == "Randi Holmgard"
    first = [s for e in doc.entries for s in e.statements if s.speaker == "Aslak Tveiten"]
    assert all("preparert" not in s.text for s in first)
