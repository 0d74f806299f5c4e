"""An outlet fronted as the one told, a nationality word in a body's name, a description
between commas, a clause joined by "but", and an adverbial inside an indirect question."""

from __future__ import annotations

from speaking import run, speaker_of


def test_a_fronted_newspaper_told_is_no_speaker_the_pronoun_after_the_verb_is() -> None:
    doc = run(
        "de",
        "Die neue Landrätin Ilka Sommerfeld trat am Abend vor ihre Anhänger. "
        "Der Talpost sagte sie, sie sei „sehr erleichtert“.",
    )
    assert speaker_of(doc, "sehr erleichtert") == "Ilka Sommerfeld"
    statements = [s for e in doc.entries for s in e.statements]
    assert all(s.speaker != "Talpost" for s in statements)


def test_a_plural_subject_in_the_subjunctive_goes_on_with_the_report() -> None:
    doc = run(
        "de",
        "Eine Sprecherin der Bergwacht sagte, man sei „zuversichtlich“. Die ersten Suchtrupps sähen gute Chancen.",
    )
    assert speaker_of(doc, "Die ersten Suchtrupps sähen gute Chancen") == "Sprecherin der Bergwacht"


def test_a_nationality_word_and_the_bodys_noun_name_the_body_a_spokesperson_speaks_for() -> None:
    doc = run(
        "en",
        "A spokesperson for the Norvanian navy said the frigate had left port on Tuesday.",
    )
    assert speaker_of(doc, "the frigate had left port") == "spokesperson of Norvanian navy"


def test_a_description_between_commas_after_a_name_is_no_speaker() -> None:
    doc = run(
        "en",
        "Senator Alma Quist said the budget was “a good start”. "
        "Quist, a Democrat, told a local radio station that the vote was “long overdue” for the county.",
    )
    assert speaker_of(doc, "the vote was") == "Alma Quist"


def test_a_clause_joined_by_but_is_not_what_the_asker_said_and_its_subject_speaks_next() -> None:
    doc = run(
        "en",
        "Earlier, the chief inspector, Ruth Abendroth, said the site would stay closed.",
        "Contractor Ivo Drummel asked for access to the site, but the chief inspector refused. "
        "“Nobody goes in until the checks are done,” she said.",
    )
    statements = [s for e in doc.entries for s in e.statements]
    assert not any(s.text.startswith("but the chief inspector") for s in statements)
    assert speaker_of(doc, "Nobody goes in until the checks are done") == "Ruth Abendroth"


def test_the_answer_to_a_question_with_an_adverbial_before_whether_is_the_one_asked() -> None:
    doc = run(
        "en",
        "Our reporter Kim Oduya asked Pell at the depot whether she expected more delays. "
        "“I expect nothing,” she replied.",
    )
    assert speaker_of(doc, "whether she expected more delays") == "Kim Oduya"
    assert speaker_of(doc, "I expect nothing") == "Pell"


def test_a_clause_joined_by_and_after_an_inserted_cue_is_still_what_was_said() -> None:
    doc = run(
        "en",
        "Dr. Mira Lenz, a geologist, said the slope was unstable. "
        "The ground had already moved twice this year, she added, and the road below was closed.",
    )
    assert speaker_of(doc, "The ground had already moved twice this year") == "Mira Lenz"
