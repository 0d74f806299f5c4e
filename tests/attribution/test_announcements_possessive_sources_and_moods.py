"""A body announcing its news ("Die Wasserwerke melden, dass …") speaks; "nach ihren Worten",
"in his words" point back to a person like a pronoun; "erzählen" is a speech verb; the reported
mood shows by its ending beside a pronoun ("Die Kritik nehme er ernst"); a role headline is
the words of whoever the body quotes saying them; a dash quote may open a sentence mid-paragraph."""

from __future__ import annotations

from speaking import run, speaker_of, speakers

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


def test_a_body_that_announces_with_a_comma_and_dass_speaks() -> None:
    doc = run("de", "Die Wasserwerke melden, dass die Leitung in Oststadt wieder dicht ist.")
    assert speaker_of(doc, "die Leitung in Oststadt wieder dicht ist") == "Wasserwerke"
    doc = run("de", "Die Bergwacht meldete, dass zwei Wanderer gerettet wurden.")
    assert speaker_of(doc, "zwei Wanderer gerettet wurden") == "Bergwacht"


def test_a_newspaper_that_reports_with_melden_is_still_a_source() -> None:
    doc = run("de", "Die Nordsee-Zeitung meldet, dass der Hafen gesperrt ist.")
    assert speakers(doc) == []


def test_nach_ihren_worten_is_the_woman_named_before() -> None:
    doc = run(
        "de",
        "Landrätin Petra Vogt besuchte das Lager.\n\n"
        "„Wir schaffen das“, sagte die CDU-Politikerin.\n\n"
        "Die Halle bleibt nach ihren Worten bis Freitag offen.",
    )
    assert speaker_of(doc, "Die Halle bleibt nach ihren Worten bis Freitag offen") == "Petra Vogt"


def test_a_possessive_source_at_the_start_leaves_the_cue_out_of_the_words() -> None:
    doc = run("de", "Landrat Peter Vogt besuchte das Lager. Seinen Worten zufolge bleibt die Halle offen.")
    assert speaker_of(doc, "bleibt die Halle offen") == "Peter Vogt"
    assert speakers(doc) == ["Peter Vogt"]  # "Seinen Worten" is no name
    doc = run("en", "Mayor Ann Lee visited the depot. In her words, the shelter stays open until Thursday.")
    held = [s.text for s in doc.entries[0].statements]
    assert held == ["the shelter stays open until Thursday"]
    assert speaker_of(doc, "the shelter stays open") == "Ann Lee"


def test_in_other_words_names_no_source() -> None:
    doc = run("en", "Mayor Ann Lee visited the depot. In other words, the shelter stays open until Thursday.")
    assert doc.entries[0].statements == []


def test_a_possessive_source_in_norwegian() -> None:
    doc = run("no", "Ordfører Kari Vik besøkte lageret. Med hennes ord er hallen åpen til fredag.")
    assert speaker_of(doc, "er hallen åpen til fredag") == "Kari Vik"


def test_erzaehlen_reports_speech() -> None:
    doc = run("de", "Landwirt Peter Vogt aus Ahlen erzählt, er habe seit Montag keinen Regen gesehen.")
    assert speaker_of(doc, "er habe seit Montag keinen Regen gesehen") == "Peter Vogt"


def test_the_reported_mood_of_any_verb_beside_a_pronoun_goes_on_reporting() -> None:
    before = "Parteichef Karl Brandt sprach zuerst. Die Partei habe „Stärke gezeigt“, sagte er."
    doc = run("de", f"{before} Die Kritik nehme er ernst.")
    assert speaker_of(doc, "Die Kritik nehme er ernst") == "Karl Brandt"
    doc = run("de", f"{before} Er nehme die Kritik ernst.")
    assert speaker_of(doc, "Er nehme die Kritik ernst") == "Karl Brandt"


def test_a_past_tense_or_an_article_beside_a_pronoun_is_no_reported_mood() -> None:
    before = "Parteichef Karl Brandt sprach zuerst. Die Partei habe „Stärke gezeigt“, sagte er."
    for narration in ("Danach stimmte er zu.", "Dann hielt er eine lange Rede."):
        doc = run("de", f"{before} {narration}")
        assert not any(narration.rstrip(".") in s.text for s in doc.entries[0].statements), narration


def _with_headlines(code: str, *entries: tuple[str, str]) -> Document:
    document = Document(source="test", entries=[Entry(headline=h, text=t) for h, t in entries])
    return attribute(document, lang.get(code))


def test_a_role_headline_is_the_words_of_whom_the_body_quotes_saying_them() -> None:
    doc = _with_headlines(
        "en",
        ("Hearing ends for the day", "The chair, Lord Alan Pike, closed the hearing. He said it resumes on Monday."),
        (
            "Engineer: ‘The cracks were already visible’",
            "Dr Nina Holt, the engineer who checked the bridge in 2019, told the hearing: "
            "“The cracks were already visible. I reported them.”",
        ),
    )
    headline = [s for s in doc.entries[1].statements if s.kind == "headline"]
    assert [(s.speaker, s.text) for s in headline] == [("Nina Holt", "The cracks were already visible")]
    assert doc.entries[1].speakers == ["Nina Holt"]


def test_a_dash_quote_that_opens_a_sentence_inside_a_paragraph_ends_before_its_cue() -> None:
    doc = run(
        "no",
        "Ledelse 1–0 ved pause. – Vi må spille raskere, sa Vik-trener Ola Berg til TV 2 på vei ut av banen.\n\n"
        "– Vi har ingen tid å miste.",
    )
    said = [(s.speaker, s.text, s.kind) for s in doc.entries[0].statements]
    assert said == [
        ("Ola Berg", "Vi må spille raskere", "direct"),
        ("Ola Berg", "Vi har ingen tid å miste.", "direct"),
    ]


def test_a_dash_inside_a_paragraph_without_a_cue_is_no_quote() -> None:
    doc = run("no", "Ledelse 1–0 ved pause. – Vi må spille raskere. Det er klart.")
    assert doc.entries[0].statements == []


def test_after_a_cue_inverted_before_its_speaker_long_adverbials_are_not_what_was_said() -> None:
    doc = run("no", "Vi må spille raskere, sa Vik-trener Ola Berg til TV 2 på vei ut av banen.")
    assert [(s.speaker, s.text) for s in doc.entries[0].statements] == [("Ola Berg", "Vi må spille raskere")]
    doc = run("en", "We must be braver, said coach Ola Berg to reporters on his way into the dressing room.")
    assert [(s.speaker, s.text) for s in doc.entries[0].statements] == [("Ola Berg", "We must be braver")]


def test_a_clause_opening_after_a_long_adverbial_is_still_what_was_said() -> None:
    doc = run("en", "After the long meeting in Berlin, Mayor Ann Lee said on Monday evening that the plan would fail.")
    assert [s.text for s in doc.entries[0].statements] == ["the plan would fail"]
