"""Names with titles, particles and apostrophes; roles in apposition; the bodies a role noun means."""

from __future__ import annotations

from speaking import run, speaker_of, speakers


def test_a_role_then_a_titled_name_in_apposition_is_that_person() -> None:
    doc = run(
        "en",
        "The head of the Harwell Valley Rail Board, Dr. Lena Marsh, said the line would reopen on Monday. "
        "The head of the board also said buses would run until then.",
    )
    assert speaker_of(doc, "the line would reopen") == "Lena Marsh"
    assert speakers(doc) == ["Lena Marsh"]


def test_a_norwegian_role_then_a_name_with_a_party_in_apposition_is_that_person() -> None:
    doc = run(
        "no",
        "– Vi gir ikke opp, sa ordføreren.",
        "Ordføreren i Fjellby, Solveig Aas-Brekke (Ap), sier til avisen at skolen er stengt.",
    )
    assert speaker_of(doc, "skolen er stengt") == "Solveig Aas-Brekke"
    # the role the apposition taught, even to an entry above it
    assert speaker_of(doc, "Vi gir ikke opp") == "Solveig Aas-Brekke"


def test_an_abbreviated_title_stands_before_the_name_and_teaches_the_role() -> None:
    doc = run(
        "en",
        "Gov. Ellen Marsh toured the flooded streets by boat.",
        "“We will ask for federal help tonight,” the governor said.",
    )
    assert speaker_of(doc, "We will ask for federal help") == "Ellen Marsh"


def test_titles_with_dots_before_a_particle_name_are_not_the_name() -> None:
    doc = run(
        "de",
        "Der Einsatzleiter Jonas Brehm sagte, die Lage sei ruhig.",
        "Bundesgesundheitsministerin Prof. Dr. Anke von der Lühe ist am Mittag in Kornbach eingetroffen. "
        "Sie kündigte an, die Vorschriften überprüfen zu lassen.",
    )
    assert speaker_of(doc, "die Vorschriften überprüfen zu lassen") == "Anke von der Lühe"


def test_a_titled_subject_with_no_cue_is_whom_the_next_pronoun_means() -> None:
    doc = run(
        "en",
        "Gov. Hendrik Vos said the request would go out tonight. "
        "State Rep. Dana Whitby, who represents the district, was less patient. "
        "“People have asked for that levee since 2019,” she said.",
    )
    assert speaker_of(doc, "People have asked") == "Dana Whitby"


def test_she_skips_a_man_named_after_the_woman_who_spoke() -> None:
    doc = run(
        "en",
        "State Rep. Dana Whitby, who represents the district, was angry. “We warned them for years,” she said. "
        "Fire Chief Tom Brandt, standing next to her, said crews had rescued 12 people. "
        "“We are not done yet,” she added.",
    )
    assert speaker_of(doc, "We are not done yet") == "Dana Whitby"


def test_a_norwegian_body_s_name_ends_in_its_lower_case_noun() -> None:
    doc = run(
        "no",
        "Vestland fylkeskommune opplyser at fergen er innstilt.",
        "Ferga går igjen i morgen, opplyser fylkeskommunen.",
    )
    assert speaker_of(doc, "fergen er innstilt") == "Vestland fylkeskommune"
    assert speaker_of(doc, "Ferga går igjen") == "Vestland fylkeskommune"


def test_the_police_of_a_place_are_not_another_body_of_that_place() -> None:
    doc = run(
        "de",
        "Der Brand im Industriepark Rosental ist gelöscht. Die Polizei Rosental teilte mit, die Straßen seien frei.",
    )
    assert speaker_of(doc, "die Straßen seien frei") == "Polizei Rosental"


def test_the_ministry_is_not_its_minister_however_alike_the_words() -> None:
    doc = run(
        "de",
        "Die Brücke wird nicht mehr freigegeben. Das teilte das Bundesbauministerium am Montag mit.",
        "Die Bundesbauministerin Dr. Ulla Brenner sagte bei einem Besuch, der Neubau habe Priorität.",
    )
    assert speaker_of(doc, "Die Brücke wird nicht mehr freigegeben") == "Bundesbauministerium"
    assert speaker_of(doc, "der Neubau habe Priorität") == "Ulla Brenner"


def test_an_acronym_the_text_only_cites_is_a_source_not_a_speaker() -> None:
    doc = run(
        "no",
        "Statsråd Marte Lie (H) skriver på Facebook at hun følger situasjonen.",
        "Ifølge NRB har det gått minst tre mindre skred i samme fjellside det siste døgnet.",
    )
    assert speakers(doc) == ["Marte Lie"]
    # one the text also lets speak is a speaker wherever it stands
    doc = run("no", "NVE sier at faren er over.", "Ifølge NVE har det gått tre skred det siste døgnet.")
    assert speaker_of(doc, "har det gått tre skred") == "NVE"


def test_a_name_with_an_apostrophe_is_no_one_s_spokesperson() -> None:
    doc = run(
        "en",
        "The mayor looked tired when she opened the briefing.\n\n“We will start again,” she said.",
        "Brookfield's mayor, Aileen O'Dowd, ordered the evacuation of the harbour district.",
    )
    assert speaker_of(doc, "We will start again") == "Aileen O'Dowd"


def test_the_ministry_is_the_ministry_named_before_never_another_body() -> None:
    doc = run(
        "no",
        "Fiskeriminister Liv Berg (Ap) sier at saken skal følges opp. Ifølge Fjordvik elveeierlag er det for sent. "
        "Departementet opplyser at saken skal gjennomgås.",
    )
    assert speaker_of(doc, "saken skal gjennomgås") == "Departementet"
    doc = run(
        "no",
        "Samferdselsdepartementet opplyser at fergen går. Ifølge Fjordvik elveeierlag er det for sent. "
        "Departementet opplyser at saken skal gjennomgås.",
    )
    assert speaker_of(doc, "saken skal gjennomgås") == "Samferdselsdepartementet"
    doc = run(
        "de",
        "Das Bundesumweltministerium teilte mit, es schicke Experten. Laut dem Chemiepark Kornbach ist alles sicher. "
        "Das Ministerium sagte, die Werte seien normal.",
    )
    assert speaker_of(doc, "die Werte seien normal") == "Bundesumweltministerium"


def test_a_city_that_promises_money_says_nothing() -> None:
    doc = run("de", "Die Stadt Kornbach beantragt Hilfe. Berlin sagte der Stadt zusätzliche Mittel zu.")
    assert speakers(doc) == []
    doc = run("de", "Ministerin Karin Voss rief alle Seiten zur Zurückhaltung auf.")
    assert speaker_of(doc, "alle Seiten zur Zurückhaltung") == "Karin Voss"


def test_a_source_in_lower_case_after_laut_is_no_document_of_someone_named_later() -> None:
    doc = run("de", "Laut dpa sind in Deutschland hunderte Brücken marode.")
    assert "Deutschland" not in speakers(doc)


def test_a_name_written_family_name_first_is_found_by_that_name() -> None:
    doc = run(
        "en",
        "Pham Thi Hoa, who has run a bakery on Mill Street for 22 years, watched the water rise.\n"
        "“I saved the recipes,” Pham said. “Everything else is gone.”",
    )
    assert speaker_of(doc, "I saved the recipes") == "Pham Thi Hoa"


def test_a_german_district_head_s_particle_name_is_whole() -> None:
    doc = run("de", "Landrat Peter von Salm schrieb auf Instagram, er habe die Lage im Griff.")
    assert speaker_of(doc, "er habe die Lage im Griff") == "Peter von Salm"


def test_a_dash_quote_is_the_speaker_s_not_the_agency_cited_after_the_cue() -> None:
    doc = run(
        "no",
        "Ordfører Kari Lid (Sp) var på plass i natt.\n\n– Vi må rydde før helgen, sier hun, ifølge NRB.",
    )
    assert speaker_of(doc, "Vi må rydde før helgen") == "Kari Lid"


def test_a_norwegian_body_of_a_place_is_named_with_its_place() -> None:
    doc = run(
        "no",
        "Politiet i Nordvik skriver på X at fylkesvei 61 er stengt. Folk ble vekket av politiet.",
        "Politiet opplyser at ingen er savnet.",
    )
    assert speaker_of(doc, "fylkesvei 61 er stengt") == "Politiet i Nordvik"
    # the police speak for themselves like the municipality, also when the text writes "politiet"
    assert (
        speaker_of(run("no", "Politiet opplyser at veien er stengt. Senere kom politiet fram."), "veien") == "Politiet"
    )
    assert speaker_of(doc, "ingen er savnet") == "Politiet i Nordvik"


def test_a_speaker_in_apposition_inside_a_separable_verb_s_frame_speaks() -> None:
    doc = run(
        "de",
        "Bundesgesundheitsministerin Prof. Dr. Anke von der Lühe ist am Mittag in Kornbach eingetroffen. "
        "Neben ihr räumte der Klinikchef von Medivo, Dr. Uwe Brandt, ein, die Pumpe sei nicht in Betrieb gewesen. "
        "„Wir werden nicht zulassen, dass so etwas passiert“, sagte sie.",
    )
    assert speaker_of(doc, "die Pumpe sei nicht in Betrieb gewesen") == "Uwe Brandt"
    assert speaker_of(doc, "Wir werden nicht zulassen") == "Anke von der Lühe"


def test_a_title_no_table_knows_stays_a_title_when_never_used_alone() -> None:
    doc = run(
        "de",
        "Kreisbrandmeister Jens Vollrath sagte, das Feuer sei unter Kontrolle.",
        "Am Abend sagte Kreisbrandmeister Vollrath, die Lage sei ruhig.",
        "„Wir bleiben vor Ort“, sagte der Kreisbrandmeister.",
    )
    assert speaker_of(doc, "Wir bleiben vor Ort") == "Jens Vollrath"


def test_a_body_s_name_may_hold_and_but_two_people_stay_two() -> None:
    doc = run(
        "en",
        "The Ashby and District Water Board said that the pipes were safe. Later the board said repairs would start.",
        "Mayor Ann Smith and Tom Jones met on Monday. Jones said the talks went well.",
    )
    assert speaker_of(doc, "the pipes were safe") == "Ashby and District Water Board"
    assert speaker_of(doc, "repairs would start") == "Ashby and District Water Board"
    assert speaker_of(doc, "the talks went well") == "Tom Jones"


def test_a_body_whose_name_ends_in_an_acronym_announces_after_the_clause() -> None:
    doc = run(
        "no",
        "Ordfører Kari Vestli (Sp) sier at skolen er stengt.",
        "Tog mellom Sjøby og Dalvik er innstilt resten av dagen, melder Bane NOR. Det er satt opp buss.",
    )
    assert speaker_of(doc, "Tog mellom Sjøby og Dalvik er innstilt") == "Bane NOR"
    # a broadcaster or a newspaper that reports it is a source
    doc = run("no", "Veien er stengt, melder NRK.", "Fergen er innstilt, melder Romsdals Tidende.")
    assert speakers(doc) == []


def test_the_trust_is_the_trust_named_before() -> None:
    doc = run(
        "en",
        "The unit will close in March, the Ashby and District Health Trust said on Thursday. "
        "Later the trust said staff would move to Corby.",
    )
    assert speaker_of(doc, "staff would move to Corby") == "Ashby and District Health Trust"


def test_a_doctor_s_faculty_abbreviation_is_part_of_the_title() -> None:
    doc = run(
        "de",
        "Am Abend sagte Chefarzt Dr. med. Jan Weber, die Station bleibe offen.",
        "„Wir schaffen das“, sagte der Chefarzt.",
    )
    assert speaker_of(doc, "die Station bleibe offen") == "Jan Weber"
    assert speaker_of(doc, "Wir schaffen das") == "Jan Weber"


def test_a_promise_whose_particle_closes_a_long_clause_says_nothing() -> None:
    doc = run(
        "de",
        "Die Stadt Kornbach beantragt Hilfe. "
        "Berlin sagte der Stadt am Abend zusätzliche Mittel für den Ausbau der Umleitungsstrecke zu.",
    )
    assert speakers(doc) == []


def test_a_name_particle_from_any_language_table_joins_a_name_in_every_language() -> None:
    # "der" is listed by the German table, "da" by the English one: a text in any language
    # names people from anywhere.
    assert speakers(run("en", "“We will help,” said Marten van der Sluis.")) == ["Marten van der Sluis"]
    assert speakers(run("no", "– Vi hjelper, sier Ulrike von der Aue.")) == ["Ulrike von der Aue"]
    assert speakers(run("de", "„Wir helfen“, sagte Maria da Silva.")) == ["Maria da Silva"]


def test_a_name_after_a_noun_and_von_is_learnt_without_the_noun() -> None:
    doc = run(
        "de",
        "Der FC Lindholm hat die Verpflichtung von Stürmer Kwabena Asante bestätigt. "
        "„Ich wollte unbedingt hierher“, sagte Asante.",
    )
    assert speaker_of(doc, "Ich wollte unbedingt hierher") == "Kwabena Asante"


def test_a_role_noun_is_not_the_person_taught_it_only_as_a_deputy_with_a_female_ending() -> None:
    doc = run(
        "de",
        "Vize-Ministerpräsidentin Karla Wendt (SL) gab sich kämpferisch. „Wir weichen nicht“, sagte Wendt.",
        "Ministerpräsident Otto Brand (BU) sprach mit Journalisten. Brand sagte, er halte an der Koalition fest.",
        "Oppositionsführer Malte Ruhl fordert Neuwahlen. „Diese Regierung ist am Ende“, sagte er.",
        "Am Abend traten Brand und Wendt gemeinsam vor die Presse. „Die Koalition hält. Wir sind uns einig“, "
        "sagte der Ministerpräsident. Wendt ergänzte, man habe fair verhandelt.",
    )
    # "Vize-Ministerpräsidentin" holds the role only as its deputy: the Ministerpräsident is Brand
    assert speaker_of(doc, "Die Koalition hält") == "Otto Brand"
    assert speaker_of(doc, "man habe fair verhandelt") == "Karla Wendt"


def test_a_dateline_opening_a_paragraph_is_never_a_speaker() -> None:
    doc = run(
        "en",
        "MILLBROOK FALLS, Ohio — Saint Agnes Regional Medical Center was still turning away ambulances "
        "on Friday, three days after a cyberattack, the hospital said.\n\n"
        "Chief executive Dora Lind said the clinic stayed open.",
        "PORT AVERY (Reuters) — The Harbour Board said the quay would reopen on Monday.",
    )
    # the statement starts after the dateline, and the place filed from says nothing
    assert speaker_of(doc, "turning away ambulances") == "Saint Agnes Regional Medical Center"
    statement = next(s for s in doc.entries[0].statements if "turning away" in s.text)
    assert statement.text.startswith("Saint Agnes Regional Medical Center was")
    assert speaker_of(doc, "the quay would reopen") == "Harbour Board"
    assert not any("MILLBROOK" in s or "PORT AVERY" in s for s in speakers(doc))


def test_a_capitalised_acronym_with_a_dash_inside_a_sentence_is_no_dateline() -> None:
    doc = run("en", "The NATO — EU summit ended late, Secretary-General Ilse Varga said.")
    assert speaker_of(doc, "summit ended late") == "Ilse Varga"


def test_a_body_named_in_the_genitive_is_its_nominative_name_not_another_body_of_the_place() -> None:
    doc = run(
        "de",
        "Leere Gleise am Hauptbahnhof Talberg. Quelle: dpa",
        "Nach Angaben des Verkehrsverbunds Talberg fahren derzeit nur wenige Busse.",
        "Nach Angaben des Kreises fahren keine Schulbusse.",
    )
    assert speaker_of(doc, "fahren derzeit nur wenige Busse") == "Verkehrsverbund Talberg"


def test_two_people_sharing_a_surname_stay_two_and_a_title_still_finds_the_surname() -> None:
    doc = run(
        "en",
        "Kari Moe, the harbour master, said the quay was closed.",
        "Hans Moe said he had lost his boat. Dr. Moe said the clinic was full.",
    )
    assert speaker_of(doc, "the quay was closed") == "Kari Moe"
    assert speaker_of(doc, "he had lost his boat") == "Hans Moe"


def test_a_saints_name_abbreviated_opens_the_body_that_speaks() -> None:
    doc = run(
        "en",
        "HOLLIS, Maine — St. Anselm Valley Medical Center was still closed on Friday, the hospital said.",
        "A nurse at St. Anselm said the wards were full.",
    )
    # "St." is part of the body's name, never a speaker of its own
    assert speaker_of(doc, "was still closed on Friday") == "St. Anselm Valley Medical Center"


def test_a_named_officer_of_a_body_speaks_herself_not_her_body() -> None:
    doc = run(
        "en",
        "Chief Inspector Nell Garrow of Quenby Police said the road would stay shut overnight. "
        "Station Officer Idris Penhale of Tarrow Fire and Rescue said crews had pulled 40 people from cars. "
        "Mara Quill of Brenton Fire and Rescue said the water was still rising.",
    )
    assert speaker_of(doc, "the road would stay shut") == "Nell Garrow"
    assert speaker_of(doc, "crews had pulled 40 people") == "Idris Penhale"
    assert speaker_of(doc, "the water was still rising") == "Mara Quill"


def test_a_body_whose_name_holds_of_stays_whole() -> None:
    doc = run(
        "en",
        "The Federal Savings Bank of Calder said rates would stay where they are. "
        "The Royal Guild of Pipers said its members would march on Sunday.",
    )
    assert speaker_of(doc, "rates would stay") == "Federal Savings Bank of Calder"
    assert speaker_of(doc, "its members would march") == "Royal Guild of Pipers"
