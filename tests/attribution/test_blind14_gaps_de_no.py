"""German and Norwegian gaps: a reporter who "wollte … wissen, ob" / "ville … vite om", "– so
beschreibt X" after a quote, plural "teilten … mit", "hieß es aus der …-Fraktion", "laut" + an
institution noun, a cue-less Konjunktiv sentence after a spokesperson's report, an outlet's own
information, a Norwegian "talskvinne for <noun> X", and cues that say nothing ("zeigte sich
zuversichtlich", "sprach von einem „…“"). Every name and sentence is invented."""

from __future__ import annotations

from speaking import run, speaker_of, speakers

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


def statements(document: Document) -> list[tuple[str, str | None, str]]:
    """Every statement as (kind, speaker, text)."""
    return [(s.kind, s.speaker, s.text) for e in document.entries for s in e.statements]


# 1. A named reporter's wish to know is the reporter's question


def test_a_reporter_who_wanted_to_know_whether_asks_the_question() -> None:
    doc = run(
        "de",
        "Die Bürgermeisterin Petra Olm sagte, die Brücke sei sicher.",
        "TALBOTE-Reporter Jonas Krell wollte von ihr wissen, ob die Brücke gesperrt werde.",
    )
    assert speaker_of(doc, "ob die Brücke gesperrt werde") == "Jonas Krell"
    asked = [s for s in doc.entries[1].statements if "gesperrt" in s.text]
    assert [s.text for s in asked] == ["ob die Brücke gesperrt werde"]


def test_the_answer_to_a_wish_to_know_is_the_one_asked() -> None:
    doc = run(
        "de",
        "Die Bürgermeisterin Petra Olm ist eingetroffen.\n\n"
        "Reporter Jonas Krell wollte von ihr wissen, ob die Brücke gesperrt werde.\n\n"
        "Olm antwortete: „Nein, das ist nicht nötig.“",
    )
    assert speaker_of(doc, "ob die Brücke gesperrt werde") == "Jonas Krell"
    assert speaker_of(doc, "Nein, das ist nicht nötig") == "Petra Olm"


def test_wanting_to_know_without_a_question_says_nothing() -> None:
    doc = run("de", "Jonas Krell wollte davon nichts wissen.")
    assert statements(doc) == []


def test_a_norwegian_reporter_who_wanted_to_know_whether_asks_the_question() -> None:
    doc = run(
        "no",
        "Politimester Anne Dal sier at de leter etter sjåføren.",
        "Samtidig ville Kanal Nords Per Holm vite om politiet har funnet sjåføren.",
    )
    assert speaker_of(doc, "om politiet har funnet sjåføren") == "Per Holm"
    doc = run("no", "Under møtet ville Kari Li vite om brua er trygg.")
    assert speaker_of(doc, "om brua er trygg") == "Kari Li"


# 2. "„…“ – so beschreibt X …" and a pronoun after it


def test_so_with_a_speech_verb_after_a_quote_names_the_speaker_after_the_verb() -> None:
    doc = run(
        "de",
        "„Wir frieren hier“ – so beschreibt Erna Kolbeck (81) den Abend in ihrer Wohnung im Ortsteil Nordheide.",
    )
    assert speaker_of(doc, "Wir frieren hier") == "Erna Kolbeck"


def test_a_pronoun_after_so_beschreibt_is_the_person_not_the_place_named_last() -> None:
    doc = run(
        "de",
        "„Wir frieren hier“ – so schildert Erna Kolbeck (81) den Abend in ihrer Wohnung im Ortsteil Nordheide.\n\n"
        "Ein Bekannter habe ihr Kerzen gebracht, erzählt sie. Die Heizung ist aus.",
    )
    assert speaker_of(doc, "Ein Bekannter habe ihr Kerzen gebracht") == "Erna Kolbeck"


# 3. A plural cue after the statement


def test_a_plural_cue_after_the_statement_names_the_body() -> None:
    doc = run(
        "de", "Das Wasser ist knapp. Gesperrt seien die Brunnen im Norden, teilten die Wasserwerke Brenzlingen mit."
    )
    assert speaker_of(doc, "Gesperrt seien die Brunnen im Norden") == "Wasserwerke Brenzlingen"


# 4. "hieß es aus der …-Fraktion"


def test_words_that_came_from_a_parliamentary_group_are_the_groups() -> None:
    doc = run(
        "de",
        "Spitzenkandidat Olaf Renner hatte am Nachmittag noch gelächelt.",
        "„Das ist bitter, da hilft kein Schönreden“, hieß es aus der Grünbund-Fraktion.\n\n"
        "Spitzenkandidat Renner wollte sich nicht äußern.",
    )
    assert speaker_of(doc, "Das ist bitter") == "Grünbund-Fraktion"


def test_words_from_the_circle_around_a_person_are_no_bodys() -> None:
    doc = run("de", "„Das ist bitter“, hieß es aus dem Umfeld von Petra Olm.")
    assert [speaker for _, speaker, _ in statements(doc)] in ([], [None])


# 5. "Laut" + an institution noun is the institution, not the person with a like title


def test_laut_an_institution_noun_is_the_institution_not_its_head() -> None:
    doc = run(
        "de",
        "Nach Angaben von Kreiswahlleiterin Petra Olm ist mit dem Ergebnis nicht vor Mitternacht zu rechnen.",
        "Laut Kreiswahlleitung lag die Beteiligung am Mittag bei 40 Prozent.",
    )
    assert speaker_of(doc, "lag die Beteiligung") == "Kreiswahlleitung"


def test_laut_the_persons_title_is_still_the_person() -> None:
    doc = run(
        "de",
        "Nach Angaben von Kreiswahlleiterin Petra Olm ist mit dem Ergebnis nicht vor Mitternacht zu rechnen.",
        "Laut Kreiswahlleiterin lag die Beteiligung am Mittag bei 40 Prozent.",
    )
    assert speaker_of(doc, "lag die Beteiligung") == "Petra Olm"


# 6. A cue-less Konjunktiv sentence continues a spokesperson's report


def test_a_konjunktiv_sentence_after_a_spokespersons_report_continues_it() -> None:
    doc = run(
        "de",
        "Ein Sprecher der Gemeinde Brenzlingen sagte dem Talboten, es habe „zu wenig Personal“ gegeben. "
        "Inzwischen laufe alles ohne Probleme.",
    )
    assert speaker_of(doc, "Inzwischen laufe alles ohne Probleme") == "spokesperson of Gemeinde Brenzlingen"


def test_an_indicative_sentence_after_a_report_is_narration() -> None:
    doc = run(
        "de",
        "Ein Sprecher der Gemeinde Brenzlingen sagte, es habe „zu wenig Personal“ gegeben. "
        "Inzwischen läuft alles ohne Probleme.",
    )
    assert all("läuft" not in text for _, _, text in statements(doc))


# 8. An outlet's own information is nobody's statement


def test_an_outlets_own_information_is_no_statement() -> None:
    doc = run("de", "Nach Informationen des Talboten soll der Mann hohe Schulden gehabt haben.")
    assert statements(doc) == []
    doc = run("de", "Nach Informationen der Kreiszeitung handelt es sich um zwei Brüder.")
    assert statements(doc) == []


# 9. Norwegian: an unnamed spokeswoman "for <common noun> X"


def test_a_norwegian_spokeswoman_for_a_described_company_speaks_for_it() -> None:
    doc = run("no", "En talskvinne for flyselskapet Nordfly sier til NRK at alle avganger er innstilt.")
    assert speakers(doc) == ["spokesperson of Nordfly"]
    doc = run("no", "En talsmann for rederiet Havline sier at skipet ligger til kai.")
    assert speakers(doc) == ["spokesperson of Havline"]


# 10. Cues that say nothing


def test_showing_oneself_confident_without_a_clause_says_nothing() -> None:
    doc = run("de", "Die Chefin der Wasserwerke, Petra Lomm, zeigte sich am Abend zuversichtlich.")
    assert statements(doc) == []


def test_showing_oneself_confident_with_a_clause_still_reports_it() -> None:
    doc = run("de", "Petra Lomm zeigte sich zuversichtlich, dass die Leitung bald repariert sei.")
    assert speaker_of(doc, "die Leitung bald repariert sei") == "Petra Lomm"


def test_a_quoted_phrase_after_sprach_von_is_only_a_partial() -> None:
    doc = run("de", "Petra Lomm sprach von einem „schwarzen Tag für die Stadt“.")
    assert [(kind, speaker) for kind, speaker, _ in statements(doc)] == [("partial", "Petra Lomm")]
    doc = run(
        "de", "Die Polizei Brenzlingen meldet keine Verletzten. Die Polizei spricht von einem „glücklichen Ende“."
    )
    assert [(kind, text) for kind, _, text in statements(doc)] == [("partial", "glücklichen Ende")]


# 7. An organisation-word headline over a person's quoted words


def test_a_headline_quote_by_a_partys_acronym_is_the_person_who_said_the_words() -> None:
    entry = Entry(
        headline="GB spricht von „historischem Sieg“",
        text="Bei der Wahlparty von Grüner Bund wird gefeiert. "
        "Spitzenkandidatin Ina Voss sprach von einem „historischen Sieg für Talland“.",
    )
    doc = attribute(Document(source="test", entries=[entry]), lang.get("de"))
    assert doc.entries[0].speakers == ["Ina Voss"]


def test_a_headline_quote_by_a_body_stays_the_bodys_when_no_person_says_the_words() -> None:
    entry = Entry(
        headline="Wasserwerke Brenzlingen: „Das Wasser ist sauber“",
        text="„Das Wasser ist sauber“, teilten die Wasserwerke Brenzlingen mit. "
        "Bürgermeisterin Petra Olm sprach von einem „guten Tag“.",
    )
    doc = attribute(Document(source="test", entries=[entry]), lang.get("de"))
    headline = [s for s in doc.entries[0].statements if s.kind == "headline"]
    assert [s.speaker for s in headline] == ["Wasserwerke Brenzlingen"]


def test_a_quote_before_a_separable_cue_with_a_body_inside_is_the_bodys() -> None:
    doc = run("de", "„Das Wasser ist sauber“, teilten die Wasserwerke Brenzlingen mit.")
    assert speaker_of(doc, "Das Wasser ist sauber") == "Wasserwerke Brenzlingen"
    doc = run("de", "„Die Straße bleibt gesperrt“, teilte die Stadt Brenzlingen am Abend mit.")
    assert speaker_of(doc, "Die Straße bleibt gesperrt") == "Stadt Brenzlingen"


def test_a_quoted_phrase_after_haelt_fuer_is_the_subjects_partial() -> None:
    doc = run("de", "Der Lawinenexperte Toni Hasler hält die Lage für „ernst, aber lösbar“.")
    assert statements(doc) == [("partial", "Toni Hasler", "ernst, aber lösbar")]
    doc = run("de", "Die Polizei hält die Straße für den Verkehr gesperrt.")
    assert statements(doc) == []


def test_a_reporter_named_after_an_acronym_outlet_in_the_genitive_is_the_asker() -> None:
    doc = run(
        "no",
        "– Nei, sier Kari Dal til TV Vest.\n"
        "Under pressekonferansen ville TV Vests Per Holm vite om politiet har funnet sjåføren.",
    )
    assert speaker_of(doc, "om politiet har funnet sjåføren") == "Per Holm"


def test_an_opinion_inside_a_question_nobody_answered_is_no_statement() -> None:
    doc = run(
        "no",
        "– Vi tar dette på alvor, sier justisminister Kari Lund til NRK.\n"
        "Lund vil ikke svare på om hun mener brua burde vært stengt.",
    )
    assert all("brua burde" not in text for _, _, text in statements(doc))
    doc = run("de", "Petra Olm wollte nicht sagen, ob sie glaube, dass die Brücke sicher sei.")
    assert statements(doc) == []


# Boundaries of reported words


def test_the_one_asked_as_an_object_pronoun_is_no_part_of_the_question() -> None:
    doc = run("de", "Reporterin Anna Berg fragte ihn, ob er am Montag noch im Amt sei.")
    assert statements(doc) == [("indirect", "Anna Berg", "ob er am Montag noch im Amt sei")]


def test_a_norwegian_question_with_an_impersonal_subject_starts_at_om() -> None:
    doc = run(
        "no",
        "Redningsleder Tor Rusten sier at alt går bra.",
        "Reporter Kari Berg spurte Rusten om det er aktuelt å evakuere flere.",
    )
    assert speaker_of(doc, "om det er aktuelt") == "Kari Berg"
    assert [s.text for s in doc.entries[1].statements] == ["om det er aktuelt å evakuere flere"]


def test_words_after_a_colon_behind_the_cue_start_after_it() -> None:
    doc = run("de", "Die Chefin der Partei, Petra Olm, äußerte sich in Berlin: Das Ergebnis sei bitter.")
    assert statements(doc) == [("indirect", "Petra Olm", "Das Ergebnis sei bitter")]


def test_a_cue_inside_a_bodys_report_adds_no_speakerless_statement() -> None:
    doc = run("no", "Vestfjord politidistrikt opplyser til NTB at de har bekreftet funn av to droner.")
    assert statements(doc) == [("indirect", "Vestfjord politidistrikt", "de har bekreftet funn av to droner")]


def test_where_the_source_after_ifolge_works_is_no_part_of_the_words() -> None:
    doc = run("no", "Ifølge operasjonsleder Janne Lid i Vestfjord politidistrikt er 200 senger klargjort på hotell.")
    assert statements(doc) == [("indirect", "Janne Lid", "er 200 senger klargjort på hotell")]


def test_an_acronym_outlets_genitive_is_cut_from_the_asker_but_a_given_name_in_s_stays() -> None:
    doc = run("no", "Samtidig ville NRKs Kari Lie vite om brua er trygg.")
    assert speaker_of(doc, "om brua er trygg") == "Kari Lie"
    doc = run("no", "Samtidig ville Nils Berg vite om brua er trygg.")
    assert speaker_of(doc, "om brua er trygg") == "Nils Berg"
