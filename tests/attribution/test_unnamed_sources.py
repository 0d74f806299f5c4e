"""Unnamed and impersonal sources: a body's unnamed spokesperson ("a court spokeswoman",
"eine Gerichtssprecherin", "politiets pressetalsperson") is "spokesperson of <the body>";
an impersonal statement ("…, the statement said", "hieß es in der Mitteilung", "het det i
pressemeldingen") is the words of the body that issued it; a German sentence in the reported
mood with "man" goes on with the report before it."""

from __future__ import annotations

import pytest
from speaking import run, speaker_of, speakers

# --- a body's unnamed spokesperson -----------------------------------------------


def test_a_german_court_spokeswoman_speaks_for_the_court_the_sentence_named() -> None:
    doc = run(
        "de",
        "Das Landgericht Hollbach hat den Angeklagten zu drei Jahren Haft verurteilt, "
        "wie eine Gerichtssprecherin mitteilte.",
    )
    assert (
        speaker_of(doc, "hat den Angeklagten zu drei Jahren Haft verurteilt") == "spokesperson of Landgericht Hollbach"
    )


def test_a_german_court_spokeswoman_speaks_for_the_court_an_earlier_entry_named() -> None:
    doc = run(
        "de",
        "Der Prozess vor dem Landgericht Hollbach beginnt am Morgen.",
        "Das Urteil werde am Freitag erwartet, sagte eine Gerichtssprecherin.",
    )
    assert speaker_of(doc, "Das Urteil werde am Freitag erwartet") == "spokesperson of Landgericht Hollbach"


def test_a_police_spokesman_compound_speaks_for_the_police_named_before() -> None:
    doc = run(
        "de",
        "Die Polizei Ostheim sucht Zeugen.",
        "Ein Polizeisprecher sagte, der Wagen sei am Sonntag gestohlen worden.",
    )
    assert speaker_of(doc, "der Wagen sei am Sonntag gestohlen worden") == "spokesperson of Polizei Ostheim"


def test_a_union_of_the_police_is_no_police() -> None:
    doc = run(
        "de",
        "Die Gewerkschaft der Polizei kritisiert den Einsatz. "
        "Der Einsatz sei korrekt gewesen, sagte ein Polizeisprecher.",
    )
    assert speaker_of(doc, "Der Einsatz sei korrekt gewesen") == "Polizeisprecher"


def test_a_spokeswoman_compound_whose_body_the_text_never_named_keeps_her_words_as_written() -> None:
    doc = run("de", "Eine Gerichtssprecherin sagte, das Urteil werde am Freitag erwartet.")
    assert speaker_of(doc, "das Urteil werde am Freitag erwartet") == "Gerichtssprecherin"


def test_a_german_spokeswoman_of_a_named_body_and_of_a_body_noun() -> None:
    doc = run("de", "Die Brücke bleibt bis Montag gesperrt, sagte eine Sprecherin der Stadtwerke Hollbach.")
    assert speaker_of(doc, "Die Brücke bleibt bis Montag gesperrt") == "spokesperson of Stadtwerke Hollbach"
    doc = run(
        "de",
        "Das Landesumweltministerium prüft den Fall. "
        "Ein Sprecher des Ministeriums sagte, die Werte seien unbedenklich.",
    )
    assert speaker_of(doc, "die Werte seien unbedenklich") == "spokesperson of Landesumweltministerium"


def test_a_spokesperson_for_a_ministry_nobody_named_stays_as_written() -> None:
    doc = run("de", "Ein Sprecher des Ministeriums sagte, die Zahlen seien vorläufig.")
    assert speaker_of(doc, "die Zahlen seien vorläufig") == "Sprecher des Ministeriums"


def test_an_english_court_spokeswoman_and_the_spokeswoman_later_are_the_courts() -> None:
    doc = run(
        "en",
        "Harwick Crown Court heard the case on Monday. A court spokeswoman said the trial would resume on Friday. "
        "The spokeswoman said jurors had been sent home.",
    )
    assert speaker_of(doc, "the trial would resume on Friday") == "spokesperson of Harwick Crown Court"
    assert speaker_of(doc, "jurors had been sent home") == "spokesperson of Harwick Crown Court"


def test_a_spokesperson_for_a_named_body_and_she_after_her() -> None:
    doc = run(
        "en",
        "A spokeswoman for Dunmore Water said the main had been repaired. She added that bottled water was available.",
    )
    assert speaker_of(doc, "the main had been repaired") == "spokesperson of Dunmore Water"
    assert speaker_of(doc, "bottled water was available") == "spokesperson of Dunmore Water"


def test_a_name_before_the_spokesperson_is_the_body_named_in_full_before() -> None:
    doc = run(
        "en",
        "Dunmore Water has repaired the main. A Dunmore spokeswoman said supplies would return on Friday.",
    )
    assert speaker_of(doc, "supplies would return on Friday") == "spokesperson of Dunmore Water"


def test_an_acronym_before_the_spokesperson_is_the_body_with_those_initials() -> None:
    doc = run(
        "en",
        "The Crown Prosecution Service will respond later. A CPS spokesperson said no decision had been made.",
    )
    assert speaker_of(doc, "no decision had been made") == "spokesperson of Crown Prosecution Service"


def test_a_police_spokesman_with_no_police_named_stays_as_written() -> None:
    doc = run("en", "A police spokesman said two men had been arrested.")
    assert speaker_of(doc, "two men had been arrested") == "police spokesman"


def test_a_persons_spokesman_is_never_that_person() -> None:
    doc = run("en", "Mayor Ann Lee opened the depot. Lee's spokesman said the depot would stay open all winter.")
    assert speaker_of(doc, "the depot would stay open all winter") not in (None, "Ann Lee")


def test_an_outlets_spokesperson_never_becomes_a_body_spokesperson() -> None:
    doc = run(
        "en",
        "Mayor Ann Lee told Plover News the depot would stay open. "
        "A Plover News spokesperson said the channel stood by its report.",
    )
    assert "spokesperson of Plover News" not in speakers(doc)


def test_norwegian_spokespeople_of_a_named_municipality() -> None:
    doc = run("no", "En talsperson for Vestvik kommune sier at veien er stengt.")
    assert speaker_of(doc, "veien er stengt") == "spokesperson of Vestvik kommune"
    doc = run("no", "Veien er stengt til fredag, sier pressetalsmann i Vestvik kommune.")
    assert speaker_of(doc, "Veien er stengt til fredag") == "spokesperson of Vestvik kommune"


def test_the_police_s_press_spokesperson_speaks_for_the_police_district_named_before() -> None:
    doc = run(
        "no",
        "Vestvik politidistrikt har stengt veien.",
        "Veien er stengt til fredag, sier politiets pressetalsperson.",
    )
    assert speaker_of(doc, "Veien er stengt til fredag") == "spokesperson of Vestvik politidistrikt"
    doc = run("no", "Vestvik politidistrikt har stengt veien. Politiets pressetalsperson sier at ingen er skadd.")
    assert speaker_of(doc, "ingen er skadd") == "spokesperson of Vestvik politidistrikt"


# --- a body's statement quoted with no speaker of its own ---------------------------


def test_hiess_es_in_der_mitteilung_is_the_company_that_opened_the_entry() -> None:
    doc = run(
        "de",
        "Die Mertel Werke AG hat beim Amtsgericht Hollbach Insolvenz beantragt. "
        "Der Betrieb laufe uneingeschränkt weiter, hieß es in der Mitteilung.",
    )
    assert speaker_of(doc, "Der Betrieb laufe uneingeschränkt weiter") == "Mertel Werke AG"


def test_a_statement_of_a_body_named_after_the_noun_is_that_bodys() -> None:
    doc = run(
        "de",
        "Die Stadt Hollbach verhandelt seit Wochen mit dem Konzern. "
        "Die Produktion werde nach Polen verlagert, hieß es in einer Erklärung der Vellmann Chemie AG.",
    )
    assert speaker_of(doc, "Die Produktion werde nach Polen verlagert") == "Vellmann Chemie AG"


def test_in_der_mitteilung_hiess_es_before_the_words() -> None:
    doc = run(
        "de",
        "Die Mertel Werke AG hat Insolvenz beantragt. In der Mitteilung hieß es, der Betrieb laufe weiter.",
    )
    assert speaker_of(doc, "der Betrieb laufe weiter") == "Mertel Werke AG"


def test_a_statement_nobody_is_known_to_have_issued_has_no_speaker() -> None:
    doc = run("de", "Der Betrieb laufe uneingeschränkt weiter, hieß es in der Mitteilung.")
    assert speakers(doc) == []


def test_the_statement_said_is_the_body_that_said_in_a_statement() -> None:
    doc = run(
        "en",
        "The Dunmore County Sheriff's Office said in a statement that 40 people had been taken to shelters. "
        "Deputies were going door to door in the old town, the statement said.",
    )
    assert speaker_of(doc, "Deputies were going door to door") == "Dunmore County Sheriff's Office"


def test_it_said_in_a_statement_is_the_body_quoted_before() -> None:
    doc = run(
        "en",
        "Dunmore Water said the main had been repaired. Supplies would return by Friday, it said in a statement.",
    )
    assert speaker_of(doc, "Supplies would return by Friday") == "Dunmore Water"


def test_a_statement_noun_that_is_not_speaking_makes_no_statement() -> None:
    doc = run("en", "Dunmore Water has repaired the main. The statement was published on Friday.")
    assert speakers(doc) == []


def test_het_det_i_pressemeldingen_is_the_company_named_before() -> None:
    doc = run("no", "Vestvik Ferjer har innstilt alle avganger. Driften gjenopptas fredag, het det i pressemeldingen.")
    assert speaker_of(doc, "Driften gjenopptas fredag") == "Vestvik Ferjer"


# --- German reported speech that goes on with "man" -------------------------------


def test_man_in_the_reported_mood_goes_on_with_the_report() -> None:
    doc = run(
        "de",
        "Der Verband Nordstaffel teilte mit, bis zum Mittag seien 41 Transfers registriert worden. "
        "Man rechne mit einem neuen Rekord.",
    )
    assert speaker_of(doc, "Man rechne mit einem neuen Rekord") == "Verband Nordstaffel"


def test_man_in_the_indicative_is_the_reporters_own_sentence() -> None:
    doc = run(
        "de",
        "Der Verband Nordstaffel teilte mit, bis zum Mittag seien 41 Transfers registriert worden. "
        "Man rechnet mit einem neuen Rekord.",
    )
    assert all("Man rechnet" not in s.text for e in doc.entries for s in e.statements)


def test_es_in_the_reported_mood_goes_on_with_the_report() -> None:
    doc = run("de", "Landrat Peter Vogt sagte, die Lage sei ernst. Es drohe ein Engpass bei den Notunterkünften.")
    assert speaker_of(doc, "Es drohe ein Engpass") == "Peter Vogt"


def test_a_quote_from_a_statement_is_the_bodys() -> None:
    doc = run(
        "de",
        "Die Mertel Werke AG hat Insolvenz beantragt. „Wir bedauern den Schritt“, hieß es in der Mitteilung.",
    )
    assert speaker_of(doc, "Wir bedauern den Schritt") == "Mertel Werke AG"
    doc = run(
        "en",
        "Dunmore Water said in a statement that the main had burst. "
        "“We apologise for the disruption,” the statement said.",
    )
    assert speaker_of(doc, "We apologise for the disruption") == "Dunmore Water"


def test_a_noun_subject_with_a_verb_in_the_reported_mood_goes_on_with_the_report() -> None:
    doc = run(
        "de",
        "Personalvorständin Katrin Voß wies die Vorwürfe zurück. „Wir haben ein Angebot vorgelegt“, sagte sie. "
        "Ein Abschluss in der geforderten Höhe gefährde Arbeitsplätze.",
    )
    assert speaker_of(doc, "Ein Abschluss in der geforderten Höhe gefährde Arbeitsplätze") == "Katrin Voß"
    doc = run(
        "de",
        "Landrat Peter Vogt sagte, die Umleitung sei ausgeschildert. Für Donnerstag rechne der Kreis mit Staus.",
    )
    assert speaker_of(doc, "Für Donnerstag rechne der Kreis mit Staus") == "Peter Vogt"


def test_a_noun_subject_in_the_indicative_is_the_reporters_own_sentence() -> None:
    for sentence in (
        "Für Donnerstag rechnet der Kreis mit Staus.",
        "Die alte Halle bleibt bis Freitag geschlossen.",
        "Am Abend ohne die Helfer war es still.",
    ):
        doc = run("de", f"Landrat Peter Vogt sagte, die Umleitung sei ausgeschildert. {sentence}")
        assert [s.text for s in doc.entries[0].statements] == ["die Umleitung sei ausgeschildert"]


def test_hiess_es_at_the_end_is_the_body_that_opened_the_sentence_before() -> None:
    doc = run(
        "de",
        "Die Leitstelle des Landkreises löste am Abend eine Warnung aus. "
        "Anwohner sollten Fenster und Türen geschlossen halten, hieß es.",
    )
    assert speaker_of(doc, "Anwohner sollten Fenster und Türen geschlossen halten") == "Leitstelle des Landkreises"
    doc = run("no", "Vestvik kommune har stengt veien. Omkjøring er skiltet, het det.")
    assert speaker_of(doc, "Omkjøring er skiltet") == "Vestvik kommune"


def test_what_an_earlier_version_of_the_text_said_is_nobodys() -> None:
    doc = run(
        "de",
        "Die Feuerwehr Kornbach ist im Einsatz. Korrektur: In einer früheren Version dieses Eintrags hieß es, "
        "der Brand sei im Nordflügel entdeckt worden. Richtig ist der Südflügel.",
    )
    assert speakers(doc) == []


def test_a_correction_note_after_a_persons_report_does_not_go_on_with_it() -> None:
    doc = run(
        "de",
        "Einsatzleiter Jonas Bredemeyer sagte, die Lage sei unter Kontrolle. "
        "Korrektur: In einer früheren Version dieses Eintrags hieß es, der Brand sei im Keller ausgebrochen.",
    )
    assert speaker_of(doc, "die Lage sei unter Kontrolle") == "Jonas Bredemeyer"
    assert not [s for e in doc.entries for s in e.statements if "im Keller" in s.text]


# --- the authority a bare noun stands for -----------------------------------------


def test_die_stadt_is_the_town_named_with_that_word_not_a_district_named_after_it() -> None:
    doc = run(
        "de",
        "Die Stadt Kornbach hat die Warnung für den Stadtteil Nord aufgehoben. "
        "Fenster und Türen könnten wieder geöffnet werden, teilte die Stadt mit.",
    )
    assert speaker_of(doc, "Fenster und Türen könnten wieder geöffnet werden") == "Stadt Kornbach"


def test_the_police_is_never_a_union_of_the_police() -> None:
    doc = run(
        "de",
        "Die Gewerkschaft der Polizei fordert mehr Personal. Das Polizeipräsidium Hohenbrück sucht Zeugen. "
        "Verletzt wurde nach Angaben der Polizei niemand.",
    )
    assert speaker_of(doc, "Verletzt wurde") == "Polizeipräsidium Hohenbrück"


# --- a body writing its own statement ---------------------------------------------


def test_a_party_that_writes_in_a_press_release_speaks() -> None:
    doc = run("no", "Kystlista skriver i en pressemelding at partiet vil lande en avtale i kveld.")
    assert speaker_of(doc, "partiet vil lande en avtale i kveld") == "Kystlista"


def test_where_a_statement_was_written_is_no_part_of_it() -> None:
    doc = run(
        "no",
        "Vestvik Ferjer har innstilt alle avganger. Driften fortsetter i morgen, skriver selskapet i en pressemelding.",
    )
    assert speaker_of(doc, "Driften fortsetter i morgen") == "Vestvik Ferjer"
    assert all("pressemelding" not in s.text for e in doc.entries for s in e.statements)


def test_a_named_spokesperson_after_a_partys_genitive_and_a_title_is_that_person() -> None:
    doc = run(
        "no", "– Vi fikk gjennomslag for ferjene, sier Kystlistas finanspolitiske talsperson Kari Haugsvær til NTB."
    )
    assert speaker_of(doc, "Vi fikk gjennomslag for ferjene") == "Kari Haugsvær"


def test_a_dateline_opening_the_sentence_is_no_body_that_speaks() -> None:
    doc = run(
        "en",
        "MARLOW BAY, Maine — Harbour View Medical Center was diverting ambulances to other hospitals "
        "on Thursday, the hospital said.",
    )
    assert speaker_of(doc, "Harbour View Medical Center was diverting ambulances") == "Harbour View Medical Center"


@pytest.mark.parametrize(
    ("code", "text", "words"),
    [
        ("de", "Eine mit der Sache vertraute Person sagte, die Einigung stehe kurz bevor.", "die Einigung stehe"),
        ("de", "Hafenchef Jan Berloff schwieg. Eine Person aus seinem Umfeld sagte, er trete zurück.", "er trete"),
        ("no", "Havnesjef Jon Berg møtte forbundet. En kilde nær Berg sier at avtalen er nær.", "avtalen er nær"),
    ],
)
def test_a_person_or_source_nobody_names_is_no_speaker(code: str, text: str, words: str) -> None:
    doc = run(code, text)
    assert all(s.speaker is None for e in doc.entries for s in e.statements if words in s.text)
    assert "Person" not in speakers(doc) and "Jan Berloff" not in speakers(doc) and "Jon Berg" not in speakers(doc)
