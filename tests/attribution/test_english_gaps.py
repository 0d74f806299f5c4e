"""English attribution gaps: bare authority nouns before a postposed cue, a reporter's
question before a cue with a place, a body's cue followed by a time and a participle clause,
a country's name beside its adjective, and a spokesperson for a body named only by its noun.

Every example is invented."""

from __future__ import annotations

import pytest
from speaking import run, speaker_of, speakers


@pytest.mark.parametrize(
    "text",
    [
        "Two people died when the footbridge fell, police said.",
        "Two people died when the footbridge fell, police said on Monday.",
        "Two people died when the footbridge fell, local police said.",
    ],
)
def test_bare_police_after_the_clause_speak_as_the_police_do(text: str) -> None:
    with_article = run("en", "Two people died when the footbridge fell, the police said.")
    assert speaker_of(with_article, "Two people died") == "police"
    document = run("en", text)
    assert speaker_of(document, "Two people died") == "police"
    assert [s.text for e in document.entries for s in e.statements] == ["Two people died when the footbridge fell"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two people died when the footbridge fell, according to police.", "police"),
        ("Two people died when the footbridge fell, according to local police.", "police"),
        ("According to police, two people died when the footbridge fell.", "police"),
        ("Two people died when the footbridge fell, the government said.", "government"),
        ("Two people died when the footbridge fell, the local government said.", "government"),
        ("Two people died when the footbridge fell, the city said.", "city"),
        ("Two people died when the footbridge fell, the city council said.", "council"),
    ],
)
def test_an_authority_by_its_noun_alone_speaks_wherever_its_cue_stands(text: str, speaker: str) -> None:
    assert speaker_of(run("en", text), "people died") == speaker


def test_a_bare_council_after_the_clause_speaks_as_the_council_does() -> None:
    document = run("en", "The depot will close in May, council said.")
    assert speaker_of(document, "The depot will close") == "council"


def test_police_before_a_noun_are_no_speaker() -> None:
    document = run("en", "Police officers said the road had been closed since dawn.")
    assert speakers(document) == []
    assert speaker_of(document, "the road had been closed") is None


def test_police_as_an_object_are_no_speaker() -> None:
    document = run("en", "Dena Firth called local police and said her car had gone.")
    assert speaker_of(document, "her car had gone") == "Dena Firth"


@pytest.mark.parametrize("group", ["officials", "prosecutors", "firefighters", "the firefighters", "paramedics"])
def test_an_unnamed_group_after_the_clause_says_it_but_names_no_one(group: str) -> None:
    document = run("en", f"Two people died when the footbridge fell, {group} said.")
    assert speaker_of(document, "Two people died") is None
    assert speakers(document) == []


def test_firefighters_opening_a_sentence_are_no_name() -> None:
    document = run("en", "Firefighters said the blaze was under control by noon.")
    assert speaker_of(document, "the blaze was under control") is None


@pytest.mark.parametrize(
    "text",
    [
        "“Will the tram line reopen by Friday?” Gullport Star reporter Tom Vell asked at the briefing.",
        "“Will the tram line reopen by Friday?” Star reporter Tom Vell asked at the briefing.",
        "“Will the tram line reopen by Friday?” asked Star reporter Tom Vell at the briefing.",
    ],
)
def test_a_reporters_question_is_his_and_where_he_asked_it_is_no_statement(text: str) -> None:
    document = run("en", text)
    assert [(s.text, s.speaker) for e in document.entries for s in e.statements] == [
        ("Will the tram line reopen by Friday?", "Tom Vell")
    ]


def test_asking_somewhere_says_nothing() -> None:
    document = run("en", "Tom Vell asked at the briefing. Nobody answered.")
    assert [s for e in document.entries for s in e.statements] == []


def test_an_adverbial_after_the_cue_still_leaves_what_was_said() -> None:
    document = run("en", "Ivo Pelling said on Monday prices would rise. Ivo Pelling said on Monday it was over.")
    assert speaker_of(document, "prices would rise") == "Ivo Pelling"
    assert speaker_of(document, "it was over") == "Ivo Pelling"


@pytest.mark.parametrize(
    "told", ["police told reporters", "police told reporters at the scene", "Ivo Pelling told reporters"]
)
def test_telling_reporters_after_the_clause_reports_the_clause(told: str) -> None:
    document = run("en", f"Ivo Pelling arrived early. Two people died when the footbridge fell, {told}.")
    assert [s.text for e in document.entries for s in e.statements] == ["Two people died when the footbridge fell"]


def test_telling_reporters_somewhere_says_nothing() -> None:
    document = run("en", "Ivo Pelling told reporters at the town hall.")
    assert [s for e in document.entries for s in e.statements] == []


@pytest.mark.parametrize(
    "cue",
    [
        "the Trust said",
        "the Trust said on Thursday",
        "the Trust said in a statement on Thursday",
        "the Quarrendon Trust said on Thursday",
    ],
)
def test_a_participle_clause_after_a_bodys_cue_is_narration(cue: str) -> None:
    document = run(
        "en",
        f"The Quarrendon Trust runs the gardens. The upkeep was too costly, {cue}, ending months of talks.",
    )
    assert [(s.text, s.speaker) for e in document.entries for s in e.statements] == [
        ("The upkeep was too costly", "Quarrendon Trust")
    ]


def test_a_speech_participle_after_an_inserted_cue_adds_a_second_statement() -> None:
    document = run("en", "The upkeep was too costly, Ivo Pelling said, adding that talks had failed.")
    assert [(s.text, s.speaker) for e in document.entries for s in e.statements] == [
        ("The upkeep was too costly", "Ivo Pelling"),
        ("talks had failed", "Ivo Pelling"),
    ]


def test_a_cue_inside_the_clause_still_reports_the_whole_sentence() -> None:
    document = run("en", "The upkeep, Ivo Pelling said, was too costly.")
    assert speaker_of(document, "The upkeep") == "Ivo Pelling"
    assert [s.text for e in document.entries for s in e.statements] == ["The upkeep, Ivo Pelling said, was too costly"]


def test_a_country_speaking_stays_itself_beside_its_adjective() -> None:
    document = run(
        "en",
        "The trawlers were boarded near the Tallisfordian coast. "
        "Tallisford says the boats were fishing inside its waters.",
    )
    assert speaker_of(document, "the boats were fishing") == "Tallisford"


def test_a_body_named_by_a_longer_word_is_still_found_from_its_noun() -> None:
    document = run(
        "de", "Das Städtische Klinikum Bergfeld meldete zwei Verletzte. Die Klinik sagte, beide seien stabil."
    )
    assert speaker_of(document, "beide seien stabil") == "Städtische Klinikum Bergfeld"


def test_a_spokesperson_for_the_company_speaks_for_the_company_described_not_the_description() -> None:
    document = run(
        "en",
        "Hobmere Snacks, a crisp company, withdrew the batch. A spokesman for the company said the batch was safe.",
    )
    assert speaker_of(document, "the batch was safe") == "spokesperson of Hobmere Snacks"


def test_the_company_is_sooner_the_one_named_before_than_a_body_named_with_another_bodys_noun() -> None:
    document = run(
        "en",
        "Hobmere Snacks pulled the batch, the company said.",
        "The Quarrendon Trust said its shelves were cleared.",
        "A spokesman for the company said the batch was safe.",
    )
    assert speaker_of(document, "its shelves were cleared") == "Quarrendon Trust"
    assert speaker_of(document, "the batch was safe") == "spokesperson of Hobmere Snacks"


def test_a_spokesperson_for_a_company_never_named_is_as_written() -> None:
    document = run("en", "A spokesman for the company said the batch was safe.")
    assert speaker_of(document, "the batch was safe") == "spokesman for the company"


def test_a_spokesperson_for_nobody_named_is_nobody() -> None:
    document = run("en", "The shelves were empty by noon. A spokesperson said the batch was safe.")
    assert speaker_of(document, "the batch was safe") is None


def test_an_authority_inside_what_was_said_is_no_speaker_of_its_own() -> None:
    document = run(
        "en",
        "Mayor Ann Dowling told reporters that the city had asked the state for a new bridge “for a decade.”",
    )
    assert speakers(document) == ["Ann Dowling"]
    assert speaker_of(document, "for a decade") == "Ann Dowling"


def test_a_reporters_question_before_his_name_and_description_is_his() -> None:
    document = run(
        "en", "“Will the tram line reopen by Friday?” Tom Vell, a reporter for the Star, asked at the briefing."
    )
    assert [(s.text, s.speaker) for e in document.entries for s in e.statements] == [
        ("Will the tram line reopen by Friday?", "Tom Vell")
    ]


def test_a_list_of_places_after_a_question_is_no_name_with_a_description() -> None:
    document = run("en", "“Will the tram line reopen by Friday?” Gullport, Hobmere and Tallisford wait. Nobody said.")
    assert [s for e in document.entries for s in e.statements] == []


@pytest.mark.parametrize(
    "text",
    [
        "Hobmere Snacks recalled the batch on Monday.",
        "Gullport Motors recalled 4,000 cars.",
        "Tallisford has recalled its ambassador from Gullport.",
    ],
)
def test_recalling_a_thing_says_nothing(text: str) -> None:
    assert [s for e in run("en", text).entries for s in e.statements] == []


def test_recalling_in_words_is_still_speech() -> None:
    document = run("en", "Ivo Pelling recalled that the footbridge swayed. “It shook,” Ivo Pelling recalled.")
    assert speaker_of(document, "the footbridge swayed") == "Ivo Pelling"
    assert speaker_of(document, "It shook") == "Ivo Pelling"


def test_a_bare_authority_after_a_closed_reported_clause_speaks() -> None:
    doc = run("en", "The driver told officers that he had not seen the barrier, police said.")
    assert speaker_of(doc, "he had not seen the barrier") == "police"
    inside = run("en", "The mayor told reporters that the city had asked for more buses.")
    assert speaker_of(inside, "the city had asked for more buses") != "city"
