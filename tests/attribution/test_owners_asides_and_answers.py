"""attribute(): whose a spokesperson is, cues in an aside after the clause, bodies posting,
and answers to an indirect question.

Hand-written cases; each states one rule, with sentences invented for it.
"""

from __future__ import annotations

from speaking import run, speaker_of, speakers


def test_a_spokesperson_for_a_body_named_by_a_proper_name_and_a_common_noun_keeps_the_noun() -> None:
    doc = run("en", "A spokesperson for the Dunmore County courts said the hearing would resume at 2 p.m. on Monday.")
    assert speaker_of(doc, "the hearing would resume") == "spokesperson of Dunmore County courts"


def test_a_spokesperson_for_a_city_council_is_the_councils() -> None:
    doc = run("en", "A spokesman for the Marlow city council said the road would stay closed.")
    assert speaker_of(doc, "the road would stay closed") == "spokesperson of Marlow city council"


def test_an_unnamed_government_spokesman_is_his_own_speaker_and_his_report_goes_on() -> None:
    doc = run(
        "de",
        "„Wir bleiben hart“, sagte der Fraktionschef Malte Ohm.",
        "Ein Regierungssprecher sagte, der Ministerpräsident sei im Gespräch mit allen Fraktionen. "
        "Man sei „zuversichtlich“.",
    )
    assert speaker_of(doc, "der Ministerpräsident sei im Gespräch") == "Regierungssprecher"
    assert speaker_of(doc, "zuversichtlich") == "Regierungssprecher"
    assert doc.entries[1].speakers == ["Regierungssprecher"]


def test_a_government_spokesman_said_is_that_spokesman() -> None:
    doc = run("en", "A government spokesman said the minister had not been told.")
    assert speaker_of(doc, "the minister had not been told") == "government spokesman"


def test_wie_x_mitteilte_after_a_clause_makes_the_clause_xs() -> None:
    doc = run(
        "de", "Der Antrag wurde mit 51 zu 40 Stimmen angenommen, wie Landtagspräsidentin Ilse Brandauer mitteilte."
    )
    assert speaker_of(doc, "Der Antrag wurde mit 51 zu 40 Stimmen angenommen") == "Ilse Brandauer"


def test_a_separable_verb_written_as_one_word_at_the_end_of_a_clause_is_a_cue() -> None:
    doc = run("de", "Die Feuerwehr rückte mit 40 Kräften aus, wie Kreisbrandmeister Jan Ulmer am Abend ankündigte.")
    assert speaker_of(doc, "Die Feuerwehr rückte mit 40 Kräften aus") == "Jan Ulmer"


def test_som_x_opplyser_after_a_clause_makes_the_clause_xs() -> None:
    doc = run("no", "Fylkesvei 44 er stengt i begge retninger, som Statens vegvesen opplyser.")
    assert speaker_of(doc, "Fylkesvei 44 er stengt i begge retninger") == "Statens vegvesen"


def test_som_opening_a_relative_clause_is_no_aside() -> None:
    doc = run("no", "Vi snakket med en mann som sier at han så raset.")
    assert speakers(doc) == []


def test_a_body_that_writes_on_a_named_channel_announces_for_itself() -> None:
    doc = run("no", "Brannvesenet skriver på Facebook at brannen i Sørdal er slukket.")
    assert speaker_of(doc, "brannen i Sørdal er slukket") == "Brannvesenet"


def test_a_newspaper_that_writes_still_only_reports() -> None:
    doc = run("no", "Dalposten skriver på Facebook at brannen i Sørdal er slukket.")
    assert speakers(doc) == []


def test_the_answer_to_an_indirect_question_is_the_one_asked_not_the_asker() -> None:
    doc = run(
        "no",
        "Lokalavisens reporter Siri Lie spurte Tor Brekke om han vil gå av.\n\n"
        "– Det får vi se på i morgen, svarte han.",
    )
    assert speaker_of(doc, "om han vil gå av") == "Siri Lie"
    assert speaker_of(doc, "Det får vi se på i morgen") == "Tor Brekke"


def test_the_answer_goes_to_the_one_asked_even_when_his_name_is_misspelt() -> None:
    doc = run(
        "no",
        "Per Holm og Tor Olav Brekke kjemper om vervet.",
        "Lokalavisens reporter Siri Lie spurte Brekkke om han vil gå av.\n\n– Det får vi se på i morgen, svarte han.",
    )
    assert speaker_of(doc, "Det får vi se på i morgen") == "Tor Olav Brekke"


def test_a_three_part_name_after_a_conjunction_is_kept_whole() -> None:
    doc = run(
        "no",
        "Per Holm og Tor Olav Brekke kjemper om vervet.",
        "Tor Olav Brekke sa at partiet må samle seg.",
    )
    assert speaker_of(doc, "partiet må samle seg") == "Tor Olav Brekke"


def test_as_with_a_role_in_apposition_between_it_and_the_name_ends_what_was_said() -> None:
    doc = run("en", "Forty members voted for the motion, as the council's chairwoman, Ann Lee, said.")
    statement = next(s for s in doc.entries[0].statements if s.speaker == "Ann Lee")
    assert statement.text == "Forty members voted for the motion"


def test_wie_with_a_role_in_apposition_before_the_name_ends_what_was_said() -> None:
    doc = run("de", "Die Brücke bleibt bis Freitag gesperrt, wie die Bürgermeisterin, Ute Sander, mitteilte.")
    statement = next(s for s in doc.entries[0].statements if s.speaker == "Ute Sander")
    assert statement.text == "Die Brücke bleibt bis Freitag gesperrt"


def test_an_as_clause_that_is_no_role_stays_in_what_was_said() -> None:
    doc = run("en", "Prices rose, as demand grew, Ann Lee said.")
    assert speaker_of(doc, "Prices rose, as demand grew") == "Ann Lee"


def test_a_title_for_a_woman_the_document_never_tied_to_anyone_is_no_name() -> None:
    doc = run("de", "„Wir bleiben“, sagte Malte Ohm.", "Die Pegelwartin sagte, der Fluss steige weiter.")
    assert speaker_of(doc, "der Fluss steige weiter") is None
    assert doc.entries[1].speakers == []


def test_a_title_for_a_woman_taught_before_her_name_is_hers() -> None:
    doc = run("de", "Pegelwartin Anna Brück misst seit Stunden.", "Die Pegelwartin sagte, der Fluss steige weiter.")
    assert speaker_of(doc, "der Fluss steige weiter") == "Anna Brück"


def test_a_title_for_a_woman_goes_to_the_one_this_entry_just_quoted() -> None:
    doc = run("de", "Anna Brück steht seit sechs Uhr am Pegel. „Wir messen stündlich“, sagte die Pegelwartin.")
    assert speaker_of(doc, "Wir messen stündlich") == "Anna Brück"
