"""German and Norwegian gaps (s6): given names that end like nouns for people, the genitive of
a body before a name, three-part names opening a German sentence, four-part Norwegian names,
posts on a platform, a spokesperson for a body named by one word, German cue verbs ("räumte
ein", "betonte", "erklärte gegenüber", "hieß es in einer Mitteilung der X", "so X weiter") and
the speech tables that were filled for English only."""

from __future__ import annotations

from speaking import run, speaker_of, speakers

from liveblog import lang

# 1. A given name that ends like a noun for a person ("Werner", "Hermann", "Petter")


def test_a_given_name_ending_in_er_keeps_a_three_part_name_after_a_german_cue() -> None:
    doc = run("de", "Die Lage sei ernst, sagte Werner Karl Brandt.")
    assert speakers(doc) == ["Werner Karl Brandt"]


def test_a_given_name_ending_in_mann_keeps_a_three_part_name_after_a_german_cue() -> None:
    doc = run("de", "„Wir bleiben hier“, sagte Hermann Josef Kessler.")
    assert speakers(doc) == ["Hermann Josef Kessler"]


def test_a_norwegian_given_name_ending_in_er_keeps_a_three_part_name_opening_a_sentence() -> None:
    doc = run("no", "Petter Olav Lunde sier at brua er trygg.")
    assert speakers(doc) == ["Petter Olav Lunde"]


def test_a_noun_for_a_person_with_a_head_the_table_knows_is_still_a_title_before_a_name() -> None:
    doc = run("de", "Der Unterricht falle aus, sagte Grundschullehrer Jens Vollmar.")
    assert speakers(doc) == ["Jens Vollmar"]
    doc = run("de", "Das Feuer sei gelöscht, sagte Feuerwehrmann Tobias Grewe.")
    assert speakers(doc) == ["Tobias Grewe"]
    doc = run("no", "Lærer Kari Holmvik sier at skolen er stengt.")
    assert speakers(doc) == ["Kari Holmvik"]


def test_a_word_the_document_also_writes_in_lower_case_is_no_first_name() -> None:
    doc = run(
        "no",
        "Pendler Ola Lidvik sier at bussen var full. Hver pendler betaler nå mer.",
    )
    assert speaker_of(doc, "bussen var full") == "Ola Lidvik"


# 2. Norwegian: a body's noun in its definite genitive opening a name


def test_a_bodys_genitive_before_a_name_opening_a_sentence_is_no_first_name() -> None:
    doc = run("no", "Kommunens Ola Vikstrand sier at brua er trygg.")
    assert speakers(doc) == ["Ola Vikstrand"]
    doc = run("no", "Styrets Marte Lian mener at planen er god.")
    assert speakers(doc) == ["Marte Lian"]


def test_norwegian_genitive_endings_live_in_their_own_table_not_among_nouns_for_people() -> None:
    speech = lang.get("no").speech
    assert "ets" in speech.genitive_endings and "ens" in speech.genitive_endings
    assert not set(speech.genitive_endings) & set(speech.person_noun_endings)


# 3. German: a three-part name opening a sentence


def test_a_german_three_part_name_with_a_hyphen_opening_a_sentence_is_kept_whole() -> None:
    doc = run("de", "Hans-Peter Maria Vogt sagte, die Lage sei ernst.")
    assert speakers(doc) == ["Hans-Peter Maria Vogt"]


def test_a_german_three_part_name_opening_a_sentence_before_dass_is_kept_whole() -> None:
    doc = run("de", "Anna Lena Maier betonte, dass die Brücke sicher sei.")
    assert speakers(doc) == ["Anna Lena Maier"]


def test_a_german_noun_for_a_person_opening_a_sentence_is_still_a_title() -> None:
    doc = run("de", "Landwirt Tobias Grewe sagte, die Ernte sei verloren.")
    assert speakers(doc) == ["Tobias Grewe"]
    doc = run("de", "Kreisbrandmeister Jens Vollmar sagte, der Damm halte.")
    assert speakers(doc) == ["Jens Vollmar"]
    doc = run("de", "Personalvorständin Ina Korbach nannte den Streik „überzogen“.")
    assert speakers(doc) == ["Ina Korbach"]


# 4. Norwegian: a four-part name after "ville … vite"


def test_a_norwegian_four_part_name_in_a_wish_to_know_is_kept_whole() -> None:
    doc = run("no", "Samtidig ville Jan Nils Erik Bergvoll vite om brua er trygg.")
    assert speakers(doc) == ["Jan Nils Erik Bergvoll"]


def test_a_norwegian_four_part_name_after_a_cue_is_kept_whole() -> None:
    doc = run("no", "Det er alvorlig, sa Jan Nils Erik Bergvoll.")
    assert speakers(doc) == ["Jan Nils Erik Bergvoll"]


# 5. Norwegian: what someone writes on a platform or a web page


def test_a_quote_written_on_facebook_is_the_writers() -> None:
    doc = run("no", "«Vi gir oss ikke», skriver Kari Holmvik på Facebook.")
    assert speakers(doc) == ["Kari Holmvik"]


def test_a_quote_the_municipality_writes_on_its_web_pages_is_the_municipalitys() -> None:
    doc = run(
        "no",
        "Lundvik kommune har stengt fylkesveien.",
        "«Veien er stengt til fredag», skriver kommunen på sine nettsider.",
    )
    assert speaker_of(doc, "Veien er stengt til fredag") == "Lundvik kommune"


# 6. A spokesperson for a body the phrase names by one word


def test_a_norwegian_spokesperson_for_a_body_named_by_one_word_speaks_for_it() -> None:
    doc = run("no", "En talsperson for Kystvakta sier at oljen er samlet opp.")
    assert speakers(doc) == ["spokesperson of Kystvakta"]


def test_a_norwegian_spokesperson_for_a_person_named_before_is_no_body_spokesperson() -> None:
    doc = run(
        "no",
        "Ordfører Kari Holmvik er på ferie. En talsperson for Holmvik sier at hun kommer tilbake mandag.",
    )
    assert speaker_of(doc, "hun kommer tilbake mandag") != "spokesperson of Holmvik"


def test_a_german_spokesperson_of_a_body_noun_nobody_named_keeps_the_words_as_written() -> None:
    # the older convention: "des Landesamts" is a noun, not a name; nobody named the office
    doc = run("de", "Ein Sprecher des Landesamts sagte, die Werte seien normal.")
    assert speakers(doc) == ["Sprecher des Landesamts"]


# 7. German cues


def test_raeumte_ein_dass_reports_the_subjects_words() -> None:
    doc = run("de", "Jana Korff räumte am Montag ein, dass Fehler gemacht worden seien.")
    assert speaker_of(doc, "Fehler gemacht worden seien") == "Jana Korff"
    doc = run("de", "„Das war ein Fehler“, räumte Korff ein.")
    assert speaker_of(doc, "Das war ein Fehler") == "Korff"


def test_betonte_reports_the_subjects_words_before_and_after_it() -> None:
    doc = run("de", "Jana Korff betonte, die Schule bleibe offen.")
    assert speaker_of(doc, "die Schule bleibe offen") == "Jana Korff"
    doc = run("de", "Die Schule bleibe offen, betonte Jana Korff.")
    assert speaker_of(doc, "Die Schule bleibe offen") == "Jana Korff"


def test_the_outlet_after_erklaerte_gegenueber_is_the_one_told_never_the_speaker() -> None:
    doc = run("de", "Jana Korff erklärte gegenüber dem Talboten, die Schule bleibe offen.")
    assert speakers(doc) == ["Jana Korff"]
    doc = run("de", "Die Schule bleibe offen, erklärte Jana Korff gegenüber dem Talboten.")
    assert speakers(doc) == ["Jana Korff"]


def test_a_role_nobody_named_told_an_outlet_is_no_earlier_speakers_continuation() -> None:
    doc = run(
        "de",
        "Die Schule bleibe offen, erklärte Jana Korff gegenüber dem Talboten.",
        "Man sei vorbereitet, erklärte die Rektorin gegenüber dem Talboten.",
    )
    statements = [s for e in doc.entries for s in e.statements]
    assert [s.text for s in statements] == ["Die Schule bleibe offen", "Man sei vorbereitet"]
    assert statements[1].speaker != "Jana Korff"


def test_hiess_es_in_einer_mitteilung_der_x_gives_the_words_to_the_body_named_there() -> None:
    doc = run("de", "Die Leitung sei repariert, hieß es in einer Mitteilung der Stadtwerke.")
    assert speakers(doc) == ["Stadtwerke"]
    doc = run("de", "„Die Leitung ist repariert“, hieß es in einer Mitteilung des Wasserverbands.")
    assert speakers(doc) == ["Wasserverband"]


def test_so_x_weiter_goes_on_with_the_same_speaker_in_reported_speech() -> None:
    doc = run(
        "de",
        "Die Schule bleibe offen, sagte Jana Korff. Man werde alles prüfen, so Korff weiter.",
    )
    assert speaker_of(doc, "Man werde alles prüfen") == "Jana Korff"
    doc = run("de", "Die Schule bleibe offen, sagte Jana Korff.", "„Wir prüfen alles“, so Korff weiter.")
    assert speaker_of(doc, "Wir prüfen alles") == "Jana Korff"


# 8. Tables that were filled for English only


def test_the_family_of_a_person_speaks_as_the_family_in_german() -> None:
    doc = run(
        "de",
        "Jonas Weidler starb bei dem Unfall. Die Familie von Jonas Weidler sagte, er sei ein guter Mensch gewesen.",
    )
    assert speaker_of(doc, "er sei ein guter Mensch gewesen") == "family of Jonas Weidler"


def test_a_german_source_close_to_a_body_names_nobody() -> None:
    doc = run(
        "de",
        "Nordgas hat den Vertrag unterschrieben. Der Preis sei hoch, sagte eine Quelle aus dem Umfeld von Nordgas.",
    )
    assert speaker_of(doc, "Der Preis sei hoch") is None


def test_a_german_statement_noun_with_lautete_is_the_bodys_words() -> None:
    doc = run("de", "Die Mitteilung der Stadtwerke Hollbach lautete: „Wir bedauern den Ausfall.“")
    assert speaker_of(doc, "Wir bedauern den Ausfall") == "Stadtwerke Hollbach"


def test_a_norwegian_statement_noun_with_lyder_is_the_bodys_words() -> None:
    doc = run("no", "Meldingen fra Vestvik kommune lød: «Vi beklager stengingen.»")
    assert speaker_of(doc, "Vi beklager stengingen") == "Vestvik kommune"


def test_a_german_cue_that_takes_an_object_says_nothing_before_an_article() -> None:
    doc = run("de", "Die Polizei bestätigte den Tod eines Mannes.")
    assert [s.text for e in doc.entries for s in e.statements] == []
    doc = run("de", "Die Polizei bestätigte, dass ein Mann gestorben sei.")
    assert speaker_of(doc, "ein Mann gestorben sei") == "Polizei"


def test_a_norwegian_cue_that_takes_an_object_says_nothing_before_an_article() -> None:
    doc = run("no", "Kommunen bekreftet en ny plan for brua i dag.")
    assert [s.text for e in doc.entries for s in e.statements] == []
    doc = run("no", "Kommunen bekreftet at veien er stengt.")
    assert speaker_of(doc, "veien er stengt") == "Kommunen"


def test_a_german_body_synonym_names_the_body_a_spokesperson_speaks_for() -> None:
    doc = run(
        "de",
        "Das Polizeipräsidium Talheim sucht Zeugen. Ein Sprecher des Präsidiums sagte, niemand sei verletzt.",
    )
    assert speaker_of(doc, "niemand sei verletzt") == "spokesperson of Polizeipräsidium Talheim"


def test_a_norwegian_body_synonym_names_the_body_a_spokesperson_speaks_for() -> None:
    doc = run(
        "no",
        "Vestvik kommune har stengt veien. En talsperson for rådhuset sier at veien åpner fredag.",
    )
    assert speaker_of(doc, "veien åpner fredag") == "spokesperson of Vestvik kommune"
