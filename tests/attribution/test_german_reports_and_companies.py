"""German reports by companies and works councils: a body named in apposition to a role
("der Eigentümer, die Nordwerft Holding,"), "das Unternehmen" for the company named before, a
meeting whose name ends like a body's noun, the one told after "sagte dem Sender", Konjunktiv
sentences that go on with a report whose clause names someone else, a body whose name holds
"und", the short name of a body in "hieß es in einer Mitteilung des Verbunds", and "Ende März"
opening a sentence."""

from __future__ import annotations

from speaking import run, speaker_of, speakers

_CLOSING = (
    "Hafenstadt. Die Werft wird Ende März geschlossen. Das teilte der Eigentümer, die Nordwerft Holding, "
    "am Mittwoch den Beschäftigten auf einer Betriebsversammlung mit."
)
_MOVING = (
    "Wie das Unternehmen mitteilte, soll die Produktion nach Polen verlagert werden. "
    "Die Kosten seien auf Dauer nicht zu tragen. Man habe alle Alternativen geprüft."
)
_COUNCIL = (
    "Betriebsratschef Jan Ober sagte dem Sender Radio Nord, die Belegschaft sei „fassungslos“. "
    "Noch im Frühjahr habe die Geschäftsführung Investitionen versprochen. "
    "Nun stehe man vor vollendeten Tatsachen."
)

# 1. A body named in apposition to a role; a dateline opening the paragraph


def test_a_company_in_apposition_to_a_role_is_who_announced_the_sentence_before() -> None:
    doc = run("de", _CLOSING)
    assert speaker_of(doc, "Die Werft wird Ende März geschlossen") == "Nordwerft Holding"
    assert speakers(doc) == ["Nordwerft Holding"]


def test_a_person_in_apposition_to_a_role_is_who_said_the_sentence_before() -> None:
    doc = run("de", "Die Werft wird geschlossen. Das sagte der Eigentümer, Jan Ober, am Mittwoch.")
    assert speaker_of(doc, "Die Werft wird geschlossen") == "Jan Ober"


def test_a_dateline_opening_the_paragraph_does_not_break_das_teilte_x_mit() -> None:
    doc = run("de", "Hafenstadt. Die Werft wird geschlossen. Das teilte die Nordwerft Holding mit.")
    assert speaker_of(doc, "Die Werft wird geschlossen") == "Nordwerft Holding"
    assert [s.text for e in doc.entries for s in e.statements] == ["Die Werft wird geschlossen"]


# 2. "das Unternehmen" is the company named before; a meeting is never a speaker


def test_das_teilte_das_unternehmen_mit_reads_das_as_the_sentence_before_not_an_article() -> None:
    doc = run("de", "Die Werft schließt. Das teilte das Unternehmen, die Nordwerft Holding, mit.")
    assert speaker_of(doc, "Die Werft schließt") == "Nordwerft Holding"
    doc = run("de", "Die Nordwerft Holding hat Verluste.", "Die Werft schließt. Das teilte das Unternehmen mit.")
    assert speaker_of(doc, "Die Werft schließt") == "Nordwerft Holding"


def test_das_unternehmen_is_the_company_named_in_the_paragraph_before_and_konjunktiv_goes_on() -> None:
    doc = run("de", _CLOSING, _MOVING)
    assert speaker_of(doc, "soll die Produktion nach Polen verlagert werden") == "Nordwerft Holding"
    assert speaker_of(doc, "Die Kosten seien auf Dauer nicht zu tragen") == "Nordwerft Holding"
    assert speaker_of(doc, "Man habe alle Alternativen geprüft") == "Nordwerft Holding"


def test_a_meeting_whose_name_ends_like_a_body_is_never_a_speaker() -> None:
    doc = run("de", _CLOSING, _MOVING)
    assert "Betriebsversammlung" not in speakers(doc)
    doc = run(
        "de",
        "Der Sportverein Talheim hat einen neuen Vorstand. Gewählt wurde er auf der Mitgliederversammlung.",
        "Wie der Verein mitteilte, soll das Stadion saniert werden.",
    )
    assert speaker_of(doc, "soll das Stadion saniert werden") == "Sportverein Talheim"


# 3. The one told after "sagte dem Sender"; Konjunktiv goes on past a clause naming someone else


def test_konjunktiv_sentences_naming_someone_else_go_on_with_the_report() -> None:
    doc = run("de", _COUNCIL)
    assert speaker_of(doc, "die Belegschaft sei") == "Jan Ober"
    assert speaker_of(doc, "Noch im Frühjahr habe die Geschäftsführung Investitionen versprochen") == "Jan Ober"
    assert speaker_of(doc, "Nun stehe man vor vollendeten Tatsachen") == "Jan Ober"


def test_the_station_told_after_sagte_dem_sender_never_speaks() -> None:
    doc = run("de", _CLOSING, _MOVING, _COUNCIL)
    assert "Radio Nord" not in speakers(doc)
    assert speaker_of(doc, "die Belegschaft sei") == "Jan Ober"


def test_a_role_and_its_name_in_apposition_after_the_cue_are_no_part_of_what_was_said() -> None:
    for text in (
        "Die Belegschaft sei fassungslos, sagte der Betriebsratschef, Jan Ober, dem Sender Radio Nord.",
        "Die Belegschaft sei fassungslos, sagte der Betriebsratschef, Jan Ober, am Abend.",
        "Die Belegschaft sei fassungslos, sagte der Betriebsratschef, Jan Ober.",
    ):
        doc = run("de", text)
        statements = [(s.speaker, s.text) for e in doc.entries for s in e.statements]
        assert statements == [("Jan Ober", "Die Belegschaft sei fassungslos")], text


def test_an_indicative_sentence_naming_a_new_speaker_is_no_continuation() -> None:
    doc = run(
        "de",
        "Jan Ober sagte, die Belegschaft sei fassungslos. Die Geschäftsführung erklärte, man habe keine Wahl.",
    )
    assert speaker_of(doc, "man habe keine Wahl") == "Geschäftsführung"


# 4. A spokesperson of a body whose name holds "und"


def test_a_spokesperson_of_a_body_whose_name_holds_und_speaks_for_the_whole_body() -> None:
    doc = run(
        "de",
        "Eine Sprecherin der Industriegewerkschaft Holz und Kunststoff kündigte an, man werde Klage erheben.",
    )
    assert speakers(doc) == ["spokesperson of Industriegewerkschaft Holz und Kunststoff"]


def test_a_body_whose_name_holds_und_speaks_as_the_whole_name() -> None:
    doc = run("de", "Die Industriegewerkschaft Holz und Kunststoff kündigte an, man werde klagen.")
    assert speakers(doc) == ["Industriegewerkschaft Holz und Kunststoff"]


def test_a_body_and_a_person_joined_by_und_are_no_body() -> None:
    doc = run("de", "Die Gewerkschaft Nordmetall und Jana Korff forderten mehr Geld. Korff sagte, man sei bereit.")
    assert speaker_of(doc, "man sei bereit") == "Jana Korff"


# 5. The short name of a body named before, in "hieß es in einer Mitteilung des Verbunds"


def test_a_quote_in_a_statement_of_a_body_by_its_short_name_is_the_body_named_before() -> None:
    doc = run(
        "de",
        "Der Klinikverbund Ostheim hat zwei Krankenhäuser übernommen.",
        "„Die Versorgung ist gesichert“, hieß es in einer Mitteilung des Verbunds. Die Notaufnahme bleibe geöffnet.",
    )
    assert speaker_of(doc, "Die Versorgung ist gesichert") == "Klinikverbund Ostheim"
    assert speaker_of(doc, "Die Notaufnahme bleibe geöffnet") == "Klinikverbund Ostheim"


def test_a_konjunktiv_sentence_after_the_bodys_statement_goes_on_with_it() -> None:
    doc = run(
        "de",
        "Der Klinikverbund Ostheim hat zwei Krankenhäuser übernommen.",
        "Die Versorgung sei gesichert, hieß es in einer Mitteilung des Verbunds. Die Notaufnahmen seien geöffnet.",
    )
    assert speaker_of(doc, "Die Versorgung sei gesichert") == "Klinikverbund Ostheim"
    assert speaker_of(doc, "Die Notaufnahmen seien geöffnet") == "Klinikverbund Ostheim"


def test_a_spokesperson_of_a_body_by_its_short_name_speaks_for_the_body_named_before() -> None:
    doc = run(
        "de",
        "Der Klinikverbund Ostheim hat zwei Krankenhäuser übernommen.",
        "Die Versorgung sei gesichert, sagte ein Sprecher des Verbunds.",
    )
    assert speakers(doc) == ["spokesperson of Klinikverbund Ostheim"]


def test_a_past_tense_plural_after_a_bodys_quote_is_narration_not_its_words() -> None:
    # "blieben" reads as the indicative past as often as the Konjunktiv II: no continuation
    doc = run(
        "de",
        "Der Klinikverbund Ostheim hat zwei Krankenhäuser übernommen.",
        "„Die Versorgung ist gesichert“, hieß es in einer Mitteilung des Verbunds. Die Türen blieben zu.",
    )
    assert [s.text for e in doc.entries for s in e.statements] == ["Die Versorgung ist gesichert"]


def test_a_quote_hiess_es_gives_to_a_body_is_never_the_person_quoted_before() -> None:
    doc = run(
        "de",
        "Der Klinikverbund Ostheim hat zwei Krankenhäuser übernommen. Jan Ober sagte, man werde klagen.",
        "„Die Versorgung ist gesichert“, hieß es in einer Mitteilung des Verbunds.",
    )
    assert speaker_of(doc, "Die Versorgung ist gesichert") == "Klinikverbund Ostheim"
    doc = run(
        "de",
        "Jan Ober sagte, man werde klagen.",
        "„Die Leitung ist repariert“, hieß es in einer Mitteilung der Stadtwerke.",
    )
    assert speaker_of(doc, "Die Leitung ist repariert") == "Stadtwerke"


def test_a_quote_hiess_es_from_nobody_named_is_not_the_person_quoted_before() -> None:
    doc = run("de", "Jan Ober sagte, man werde klagen.", "„Die Leitung ist repariert“, hieß es in einer Mitteilung.")
    assert speaker_of(doc, "Die Leitung ist repariert") != "Jan Ober"


def test_a_norwegian_quote_het_det_in_a_press_release_is_never_the_person_quoted_before() -> None:
    doc = run(
        "no",
        "Ola Nordvang sier at brua er trygg.",
        "«Veien er stengt til fredag», het det i en pressemelding fra Vestvik kommune.",
    )
    assert speaker_of(doc, "Veien er stengt til fredag") == "Vestvik kommune"


# 6. "Ende März" is a time, never a person


def test_ende_and_a_month_opening_a_sentence_is_a_time_not_the_speaker() -> None:
    doc = run("de", "Ende März erklärte Jan Ober, die Lage sei ernst.")
    assert speakers(doc) == ["Jan Ober"]
    assert speaker_of(doc, "die Lage sei ernst") == "Jan Ober"


def test_ende_and_a_month_inside_a_report_is_nobody_a_pronoun_may_mean() -> None:
    doc = run("de", "Jan Ober sagte, die Werft schließe Ende März. Er sagte auch, das sei bitter.")
    assert speaker_of(doc, "das sei bitter") == "Jan Ober"
