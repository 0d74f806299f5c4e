"""Norwegian: a fire service named with lower-case nouns of several words ("Vestby brann og
redning") is one body, never the municipality whose place name it shares; what an outlet found
out ("ifølge Vestpostens opplysninger") is nobody's statement; "spurte om kommunen hadde …" asks
whether, and the question is the asker's; a statement read out is its author's; dash answers
under question headlines are the interviewee's.

Every example is invented."""

from __future__ import annotations

import pytest
from speaking import run, speaker_of

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry

# 1. "Ifølge Vestby brann og redning …": the lower-case words close the body's name.


@pytest.mark.parametrize(
    "service",
    ["Vestby brann og redning", "Vestby brann- og redningsvesen", "Vestby brann- og redningstjeneste"],
)
def test_a_fire_service_named_with_several_lower_case_nouns_is_one_body(service: str) -> None:
    document = run(
        "no",
        "Øvre Vestby kommune ber alle holde vinduene lukket.",
        f"Ifølge {service} brant det fortsatt i taket klokka ti.",
    )
    assert speaker_of(document, "brant det fortsatt i taket") == service


def test_a_fire_service_speaks_in_its_own_name_before_its_verb() -> None:
    document = run("no", "Vestby brann og redning opplyser at to røykdykkere er sendt inn.")
    assert speaker_of(document, "to røykdykkere er sendt inn") == "Vestby brann og redning"


def test_a_spokesperson_for_a_fire_service_speaks_for_the_whole_name() -> None:
    document = run("no", "En talsperson for Vestby brann og redning sier at to personer er skadd.")
    assert speaker_of(document, "to personer er skadd") == "spokesperson of Vestby brann og redning"


def test_the_words_alone_name_no_body() -> None:
    # "brann og redning" after no capitalised word is what happened, not a name
    document = run("no", "– Det blir en lang natt med brann og redning, sier vaktleder Ola Brekke.")
    assert speaker_of(document, "Det blir en lang natt") == "Ola Brekke"


# 2. "Ifølge Vestpostens opplysninger …": an outlet's genitive is the outlet, a source and never a speaker.


def test_what_an_outlet_the_document_cites_found_out_is_nobodys_statement() -> None:
    document = run(
        "no",
        "– Det smalt to ganger, sier nabo Ola Dal til Vestposten.",
        "Ifølge Vestpostens opplysninger startet brannen i et lagerrom i kjelleren.",
    )
    assert speaker_of(document, "Det smalt to ganger") == "Ola Dal"
    assert not [s for e in document.entries for s in e.statements if "lagerrom" in s.text]


def test_a_paper_named_as_a_paper_is_a_source_in_the_genitive_too() -> None:
    document = run("no", "Ifølge Nordby Blads opplysninger var taket allerede svekket.")
    assert document.entries[0].statements == []


def test_a_body_after_according_to_still_speaks() -> None:
    document = run("no", "Ifølge Nordby kommune er drikkevannet trygt.")
    assert speaker_of(document, "er drikkevannet trygt") == "Nordby kommune"


# 3. "spurte (X) om brannvesenet hadde …": "om" with a subject and a finite verb after it asks
# whether; the question is the asker's, the answer the one asked.


@pytest.mark.parametrize(
    "sentence",
    [
        "Journalist Siv Brekke spurte om kommunen hadde nok penger til den nye brua.",
        "På pressemøtet spurte journalist Siv Brekke om kommunen hadde nok penger til den nye brua.",
        "På pressemøtet spurte Vestpostens journalist Siv Brekke om kommunen hadde nok penger til den nye brua.",
        "Siv Brekke fra Vestposten spurte om kommunen hadde nok penger til den nye brua.",
    ],
)
def test_asking_whether_a_subject_did_something_is_the_askers_question(sentence: str) -> None:
    document = run("no", sentence)
    assert speaker_of(document, "om kommunen hadde nok penger til den nye brua") == "Siv Brekke"


def test_the_answer_to_the_question_is_the_one_who_answers() -> None:
    document = run(
        "no",
        "På pressemøtet spurte Vestpostens journalist Siv Brekke om den gamle brua var trygg.\n\n"
        "– Brua er trygg for biler under tre tonn, svarte rådmann Per Olsen.",
    )
    assert speaker_of(document, "om den gamle brua var trygg") == "Siv Brekke"
    assert speaker_of(document, "Brua er trygg for biler") == "Per Olsen"


@pytest.mark.parametrize(
    "sentence",
    ["Journalist Siv Brekke spurte om brua på møtet.", "Journalist Siv Brekke spurte om saken til kommunen i går."],
)
def test_asking_about_a_topic_is_still_no_statement(sentence: str) -> None:
    assert run("no", sentence).entries[0].statements == []


# 4. "På møtet leste pressesjef X opp en uttalelse fra ordfører Y:": the words read out are Y's,
# also with the reader after the verb and the words in the next paragraph.


@pytest.mark.parametrize(
    "reading",
    [
        "På møtet leste pressesjef Siv Lund opp en uttalelse fra ordfører Per Vik (Bygdelista), som er bortreist:",
        "Pressesjef Siv Lund leste opp en uttalelse fra ordfører Per Vik:",
    ],
)
@pytest.mark.parametrize(
    "words", ["«Vi gjør alt vi kan for dem som er rammet.»", "– Vi gjør alt vi kan for dem som er rammet."]
)
def test_a_statement_read_out_is_its_authors_in_the_next_paragraph(reading: str, words: str) -> None:
    document = run("no", f"{reading}\n\n{words}")
    assert speaker_of(document, "Vi gjør alt vi kan") == "Per Vik"


def test_a_statement_read_out_with_the_reader_after_the_verb_is_its_authors_in_the_same_sentence() -> None:
    document = run(
        "no", "På møtet leste pressesjef Siv Lund opp en uttalelse fra ordfører Per Vik: «Vi gjør alt vi kan.»"
    )
    assert speaker_of(document, "Vi gjør alt vi kan") == "Per Vik"


def test_the_reader_answering_a_question_afterwards_speaks_for_herself() -> None:
    document = run(
        "no",
        "Pressesjef Siv Lund leste opp en uttalelse fra ordfører Per Vik:\n\n"
        "«Vi gjør alt vi kan for dem som er rammet.»\n\n"
        "Etter møtet sa Lund at kommunen vil åpne et mottak i kveld.",
    )
    assert speaker_of(document, "kommunen vil åpne et mottak i kveld") == "Siv Lund"


# 5. An interview in an article: questions set as headlines, answers as dash lines without a cue.


def _article(*entries: Entry) -> Document:
    return attribute(Document(source="test", entries=list(entries)), lang.get("no"))


def test_dash_answers_under_question_headlines_are_the_interviewees() -> None:
    document = _article(
        Entry(text="Ordfører Eli Brun (Bygdelista) vokste opp på Nes. Vestposten snakket med henne etter møtet."),
        Entry(headline="Kan kommunen snu?", text="– Ja, hvis flertallet vil. Vi legger fram et forslag neste uke."),
        Entry(headline="Har dere flertall?", text="– Ikke ennå. Men jeg tror det kommer."),
        Entry(text="Fylkesmann Per Lie sier til NTB at han ikke vil kommentere saken."),
    )
    assert [(s.speaker, s.text) for e in document.entries for s in e.statements] == [
        ("Eli Brun", "Ja, hvis flertallet vil. Vi legger fram et forslag neste uke."),
        ("Eli Brun", "Ikke ennå. Men jeg tror det kommer."),
        ("Per Lie", "han ikke vil kommentere saken"),
    ]


def test_a_dash_answer_with_its_own_cue_under_a_question_headline_keeps_its_speaker() -> None:
    document = _article(
        Entry(text="Vestposten snakket med to politikere etter møtet."),
        Entry(headline="Kan kommunen snu?", text="– Nei, det er for sent, sier varaordfører Kai Holm (Vestlista)."),
    )
    assert speaker_of(document, "Nei, det er for sent") == "Kai Holm"


def test_a_dash_line_under_a_question_headline_with_no_interview_goes_on_with_the_speaker_before() -> None:
    document = _article(
        Entry(text="– Vi åpner veien i kveld, sier vegsjef Kari Sund."),
        Entry(headline="Når kommer bussene?", text="– Det vet vi ikke ennå."),
    )
    assert speaker_of(document, "Det vet vi ikke ennå") == speaker_of(
        run("no", "– Vi åpner veien i kveld, sier vegsjef Kari Sund.", "– Det vet vi ikke ennå."),
        "Det vet vi ikke ennå",
    )


# 6. "Han peker også på at …": an adverb or the subject between "peker" and "på".


@pytest.mark.parametrize(
    "second",
    [
        "Han peker også på at foretaket må spare 90 millioner kroner.",
        "Samtidig peker han på at foretaket må spare 90 millioner kroner.",
    ],
)
def test_pointing_out_with_words_before_the_particle_is_a_report(second: str) -> None:
    document = run("no", f"Direktør Stein Lie skriver at avdelingen må stenge. {second}")
    assert speaker_of(document, "foretaket må spare 90 millioner kroner") == "Stein Lie"


def test_a_sentence_adverb_opening_the_sentence_is_no_speaker() -> None:
    document = run("no", "Samtidig sier ordfører Kari Nes at skolen holder stengt.")
    assert speaker_of(document, "skolen holder stengt") == "Kari Nes"


# 7. "Mannskapet sier til avisen at …": unnamed people named by what they are to the story speak
# as nobody, and the person the entry names next keeps their own words.


@pytest.mark.parametrize("group", ["Mannskapet", "Naboene", "Passasjerene"])
def test_an_unnamed_group_is_no_speaker(group: str) -> None:
    document = run(
        "no",
        f"Fiskebåten mistet motoren i natt. {group} sier til Vestposten at alle er i god behold. "
        "– Det var en tøff natt, sier skipper Ola Vik.",
    )
    assert speaker_of(document, "alle er i god behold") is None
    assert speaker_of(document, "Det var en tøff natt") == "Ola Vik"


# 8. "Fiskebåten «Sjøbris», som …": a quoted name right after a common noun names the thing; it is
# nobody's words (also in English: "the trawler “Sea Breeze”").


@pytest.mark.parametrize(
    ("code", "first", "second", "name"),
    [
        (
            "no",
            "Driftssjef Ola Nes sier til NTB at linjene er reparert.",
            "Fiskebåten «Sjøbris», som mistet motoren i natt, er slept til havn.",
            "Sjøbris",
        ),
        ("no", "Vakthavende Eva Ruud sier at det blåser kraftig.", "Uværet «Tora» når land i kveld.", "Tora"),
        (
            "en",
            "Manager Ola Nes told Reuters that the lines were repaired.",
            "The trawler “Sea Breeze”, which lost power overnight, was towed to port.",
            "Sea Breeze",
        ),
    ],
)
def test_a_quoted_name_after_a_common_noun_is_nobodys_words(code: str, first: str, second: str, name: str) -> None:
    document = run(code, first, second)
    assert not [s for s in document.entries[1].statements if s.text == name]


def test_a_lower_case_quote_after_a_noun_is_still_a_partial() -> None:
    document = run("no", "Ordfører Kari Nes kalte planen «en skandale».")
    assert speaker_of(document, "en skandale") == "Kari Nes"


# 9. An embedded post signed "Name, role" at the end of the entry, under "X skrev på Facebook at …".


def test_a_post_signed_with_name_and_role_is_the_signers() -> None:
    document = run(
        "no",
        "Ordfører Eli Brun (Bygdelista) skrev på Facebook at kommunen har åpnet hallen.\n\n"
        "Vi står sammen. Ring oss hvis dere trenger hjelp.\n\n"
        "Eli Brun, ordfører i Nesby",
    )
    assert speaker_of(document, "Vi står sammen. Ring oss hvis dere trenger hjelp.") == "Eli Brun"


@pytest.mark.parametrize(
    "first",
    [
        "Skolen holder stengt i morgen.",  # the one signing never spoke in the entry
        "Ordfører Eli Brun sier at hallen er åpen.",
    ],
)
def test_a_name_and_role_line_with_more_words_or_no_earlier_words_signs_nothing(first: str) -> None:
    last = "Eli Brun, ordfører i Nesby" if first.startswith("Skolen") else "Eli Brun, ordfører i Nesby, i hallen."
    document = run("no", f"{first}\n\nMange har kommet dit i kveld.\n\n{last}")
    assert not [s for e in document.entries for s in e.statements if "Mange har kommet" in s.text]


# 10. "Tromvik kommune skriver at …": a body whose name a lower-case noun closes writes its own
# words; an outlet writing still only reports.


@pytest.mark.parametrize("body", ["Tromvik kommune", "Statens vegvesen", "Vestby brann og redning"])
def test_a_body_named_with_its_noun_writes_its_own_words(body: str) -> None:
    document = run("no", f"{body} skriver at veien er stengt til i morgen.")
    assert speaker_of(document, "veien er stengt til i morgen") == body


@pytest.mark.parametrize("outlet", ["Vestposten", "Dagens Tidende"])
def test_an_outlet_writing_is_no_speaker(outlet: str) -> None:
    document = run("no", f"{outlet} skriver at veien er stengt til i morgen.")
    assert not [s.speaker for e in document.entries for s in e.statements if s.speaker]


# 11. "Naboen Kari Lund sier …": the word for a neighbour before a name is no part of the name.


@pytest.mark.parametrize("noun", ["Naboen", "Nabo"])
def test_a_neighbour_before_a_name_is_no_part_of_it(noun: str) -> None:
    document = run("no", f"{noun} Kari Lund sier at hun hørte et smell rundt midnatt.")
    assert speaker_of(document, "hun hørte et smell rundt midnatt") == "Kari Lund"


# 12. "Det opplyser Vestby kommune til NTB." with nothing before it: whom it was told is no statement.


def test_the_listener_after_a_cue_with_nothing_to_point_back_to_is_no_statement() -> None:
    document = run("no", "Det opplyser Vestby kommune til NTB.")
    assert document.entries[0].statements == []


def test_the_sentence_before_is_still_what_the_body_told() -> None:
    document = run("no", "Fergen er innstilt resten av dagen. Det opplyser Vestby kommune til NTB.")
    assert speaker_of(document, "Fergen er innstilt resten av dagen") == "Vestby kommune"


# 13. "Ifølge Vestby kommunes tall …": the owner of the figures is the source; the noun it owns is
# no part of what was said.


@pytest.mark.parametrize(
    ("code", "sentence", "words", "source"),
    [
        ("no", "Ifølge Vestby kommunes tall ble 40 hus oversvømt.", "ble 40 hus oversvømt", "Vestby kommune"),
        ("no", "Ifølge Kari Nes' beregninger ble 40 hus oversvømt.", "ble 40 hus oversvømt", "Kari Nes"),
        (
            "en",
            "According to Ashby Council's figures, 40 homes were flooded.",
            "40 homes were flooded",
            "Ashby Council",
        ),
    ],
)
def test_the_owner_of_the_figures_is_the_source(code: str, sentence: str, words: str, source: str) -> None:
    document = run(code, sentence)
    assert [(s.speaker, s.text) for s in document.entries[0].statements] == [(source, words)]


def test_sources_near_a_body_are_nobody() -> None:
    assert run("no", "Ifølge Vestby kommunes kilder er brua svak.").entries[0].statements == []


def test_a_name_ending_in_s_before_a_verb_is_no_genitive() -> None:
    document = run("no", "Ifølge Lars kostet brua 40 millioner kroner.")
    assert speaker_of(document, "kostet brua 40 millioner kroner") == "Lars"
