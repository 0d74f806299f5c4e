"""Gaps found by blind set 15: a body's own press release after a quote ("«…», skriver X i en
pressemelding"), and a long phrase of place after "…, X said" ("said in a post on the town's
website"). Every name and sentence is invented."""

from __future__ import annotations

from speaking import run, speaker_of

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


def test_a_body_writing_a_quote_in_its_press_release_is_the_speaker() -> None:
    doc = run(
        "no",
        "Vegvesenet melder at brua er stengt.\n\n"
        "«Vi åpner brua igjen i morgen», skriver Vegvesenet i en pressemelding.",
    )
    assert speaker_of(doc, "Vi åpner brua igjen i morgen") == "Vegvesenet"


def test_a_body_writing_a_quote_is_the_speaker_also_when_first_named_there() -> None:
    doc = run("no", "«Vi åpner brua igjen i morgen», skriver Vegvesenet i en pressemelding.")
    assert speaker_of(doc, "Vi åpner brua igjen i morgen") == "Vegvesenet"


def test_an_agency_writing_a_quote_is_still_only_a_source() -> None:
    doc = run("no", "«Brua er stengt», skriver NTB.")
    assert speaker_of(doc, "Brua er stengt") is None


def test_a_long_phrase_of_place_after_said_is_not_what_was_said() -> None:
    doc = run(
        "en",
        "The boil notice for homes north of Elm Street was lifted at 4 p.m., Brenton Water Director "
        "Alma Fisk said in a post on the town’s website.",
    )
    assert speaker_of(doc, "The boil notice for homes north of Elm Street") == "Alma Fisk"
    assert not [s for e in doc.entries for s in e.statements if s.text.startswith("in a post")]


def test_a_clause_after_said_is_still_what_was_said() -> None:
    doc = run(
        "en", "On Monday, Water Director Alma Fisk said in a post that the notice on the town’s website was lifted."
    )
    assert speaker_of(doc, "the notice on the town’s website was lifted") == "Alma Fisk"


def _statements(code: str, *texts: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for e in run(code, *texts).entries for s in e.statements]


def test_a_sentence_opening_when_clause_is_no_name_particle() -> None:
    found = _statements("no", "Da Fjordavisa spurte om brua er trygg, svarte Per Holm ja.")
    assert not [speaker for speaker, _ in found if speaker and speaker.startswith("Da ")]


def test_an_outlet_asking_a_question_says_nothing_and_the_one_asked_answers() -> None:
    found = _statements(
        "no",
        "– Vi bygger ny bru, sier ordfører Kari Dal (Sp) etter møtet.\n\n"
        "Da Fjordavisa spurte om hun angrer på vedtaket, svarte ordføreren:\n\n"
        "– Nei. Men vi måtte velge mellom brua og ferja.",
    )
    assert not [text for _, text in found if "angrer" in text]
    assert ("Kari Dal", "Nei. Men vi måtte velge mellom brua og ferja.") in found


def test_an_outlet_asking_whether_is_no_speaker() -> None:
    found = _statements(
        "no", "Ordfører Kari Dal (Sp) åpnet møtet.\n\nFjordavisa spurte om hun angrer på vedtaket om brua."
    )
    assert not [text for _, text in found if "angrer" in text]


def test_a_spokesperson_for_a_body_of_a_place_speaks_for_the_whole_name() -> None:
    doc = run("no", "En talsperson for Fylkesmannen i Vestmark sier at de vil se på klagen.")
    assert speaker_of(doc, "de vil se på klagen") == "spokesperson of Fylkesmannen i Vestmark"


def test_a_spokesperson_for_a_body_then_a_lower_case_phrase_keeps_the_body_alone() -> None:
    doc = run("no", "En talsperson for Statens vegvesen i en e-post sier at de vil se på klagen.")
    assert speaker_of(doc, "de vil se på klagen") == "spokesperson of Statens vegvesen"


def test_a_spokesperson_for_a_body_of_a_place_is_not_a_party_of_that_place() -> None:
    doc = run(
        "no",
        "Opposisjonsleder Ola Li (Framtid Vestmark) skrev på Facebook at vedtaket var dårlig.",
        "En talsperson for Fylkesmannen i Vestmark sier at de vil se på klagen.",
    )
    assert speaker_of(doc, "de vil se på klagen") == "spokesperson of Fylkesmannen i Vestmark"


def test_an_answer_introduced_with_a_colon_goes_on_in_the_next_untimed_paragraph() -> None:
    found = _statements(
        "no",
        "– Vi bygger ny bru, sier ordfører Kari Dal (Sp).",
        "Da Fjordavisa spurte om hun angrer på vedtaket, svarte ordføreren:",
        "– Nei. Men vi måtte velge mellom brua og ferja.",
    )
    assert ("Kari Dal", "Nei. Men vi måtte velge mellom brua og ferja.") in found


def test_a_timed_post_does_not_answer_the_colon_that_closed_the_post_before() -> None:
    doc = attribute(
        Document(
            source="test",
            entries=[
                Entry(text="Ordfører Kari Dal (Sp) svarte:", time="10:00"),
                Entry(text="– Nei. Men vi måtte velge mellom brua og ferja.", time="09:00"),
            ],
        ),
        lang.get("no"),
    )
    assert [s.speaker for s in doc.entries[1].statements if "ferja" in s.text] != ["Kari Dal"]


def test_a_statement_a_lawyer_reads_out_for_a_client_is_the_clients() -> None:
    doc = run(
        "de",
        "Der Prozess gegen den früheren Landrat Otto Brem (64) beginnt.",
        "Verteidigerin Karla Sand verlas eine Erklärung ihres Mandanten. Darin heißt es: „Ich habe niemanden "
        "betrogen.“ Brem selbst schwieg.",
    )
    assert speaker_of(doc, "Ich habe niemanden betrogen") == "Otto Brem"


def test_a_statement_read_out_from_a_named_person_is_that_persons() -> None:
    doc = run("de", "Anwalt Karl Sand verlas eine Erklärung von Otto Brem: „Ich habe niemanden betrogen.“")
    assert speaker_of(doc, "Ich habe niemanden betrogen") == "Otto Brem"


def test_a_norwegian_statement_read_out_for_a_client_is_the_clients() -> None:
    doc = run(
        "no",
        "Rettssaken mot tidligere rådmann Ola Brekke (58) startet i dag.",
        "Forsvarer Kari Li leste opp en uttalelse fra klienten. Der står det: «Jeg har aldri tatt imot penger.» "
        "Brekke satt stille.",
    )
    assert speaker_of(doc, "Jeg har aldri tatt imot penger") == "Ola Brekke"


def test_a_statement_someone_reads_out_without_an_owner_stays_the_readers() -> None:
    doc = run("de", "Innenministerin Petra Olm verlas eine Erklärung. Darin heißt es: „Wir helfen allen.“")
    assert speaker_of(doc, "Wir helfen allen") == "Petra Olm"
