"""attribute(): common nouns that are never speakers, and clauses that belong to someone.

Hand-written cases; each states one rule of the language, with sentences invented for it.
"""

from __future__ import annotations

from speaking import run, speaker_of, speakers

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


def test_a_noun_after_a_preposition_is_never_the_subject_of_the_verb() -> None:
    doc = run(
        "de",
        "Bürgermeisterin Katrin Oberholz besuchte die Baustelle.",
        "Oberholz hatte am Abend noch erklärt, man werde die Brücke im Mai öffnen.",
        "Der Bauleiter Timo Saalfeld habe ihr am Funkgerät gesagt, alles laufe nach Plan.",
    )
    assert speaker_of(doc, "man werde die Brücke im Mai öffnen") == "Katrin Oberholz"
    assert "Abend" not in speakers(doc)
    assert "Funkgerät" not in speakers(doc)


def test_a_label_before_a_colon_does_not_hide_the_subject() -> None:
    doc = run(
        "de",
        "Kämmerer Ulrich Fennhoff legte den Bericht vor.",
        "Zur Einordnung: Fennhoff hatte am Vormittag noch gesagt, die Rücklagen reichten bis 2027.",
    )
    assert speaker_of(doc, "die Rücklagen reichten bis 2027") == "Ulrich Fennhoff"


def test_a_time_noun_is_no_organisation_for_a_later_the_club() -> None:
    doc = run(
        "de",
        "Der Handel des Monats ist perfekt.",
        "Torwart Jannis Ebbeke wechselt zum TSV Morsbrück. Der Verein teilte mit, er habe bis 2028 unterschrieben.",
    )
    assert speaker_of(doc, "er habe bis 2028 unterschrieben") == "TSV Morsbrück"
    assert not any(s.lower() == "monats" for s in speakers(doc))


def test_das_bestaetigte_x_with_a_colon_gives_x_the_quote_after_it() -> None:
    doc = run(
        "de",
        "Die Verhandlungen sind beendet. "
        "Das bestätigte sein Anwalt Bernhard Quist am Telefon: „Wir haben uns geeinigt.“",
    )
    assert speaker_of(doc, "Die Verhandlungen sind beendet") == "Bernhard Quist"
    assert speaker_of(doc, "Wir haben uns geeinigt.") == "Bernhard Quist"


def test_a_reported_clause_before_a_colon_quote_is_reported_speech_too() -> None:
    doc = run(
        "de",
        "Schulleiterin Petra Wolkenstein sagte, die Halle brauche ein neues Dach: „Es regnet seit Jahren herein.“",
    )
    assert speaker_of(doc, "die Halle brauche ein neues Dach") == "Petra Wolkenstein"
    assert speaker_of(doc, "Es regnet seit Jahren herein.") == "Petra Wolkenstein"


def test_konjunktiv_going_on_keeps_its_quoted_words_with_the_speaker() -> None:
    doc = run(
        "de",
        "Trainerin Edda Vinterberg betonte, sie sei zufrieden. Die Abwehr passe „genau zu unserem Spiel“.",
    )
    assert speaker_of(doc, "genau zu unserem Spiel") == "Edda Vinterberg"


def test_a_second_speaker_after_a_comma_ends_what_the_first_said() -> None:
    doc = run(
        "en",
        "Mayor Owen Tregarth said the pool would reopen in spring, while Nell Abernethy said the repairs "
        "would take a year.",
    )
    assert speaker_of(doc, "the pool would reopen in spring") == "Owen Tregarth"
    assert speaker_of(doc, "the repairs would take a year") == "Nell Abernethy"
    mayor = [s for e in doc.entries for s in e.statements if s.speaker == "Owen Tregarth"]
    assert all("repairs" not in s.text for s in mayor)


def test_mens_x_mener_then_sier_y_gives_each_their_own_clause() -> None:
    doc = run(
        "no",
        "Mens Aslak Tveiten mener løypa var for smal, sier Randi Holmgard at den var godt preparert.",
    )
    assert speaker_of(doc, "løypa var for smal") == "Aslak Tveiten"
    assert speaker_of(doc, "den var godt preparert") == "Randi Holmgard"
    first = [s for e in doc.entries for s in e.statements if s.speaker == "Aslak Tveiten"]
    assert all("preparert" not in s.text for s in first)


def test_an_outlets_reporter_named_after_the_genitive_asks_not_the_outlet() -> None:
    doc = run(
        "no",
        "– Blir det nye kutt i vår? spurte Vestlandsrøstens reporter Ola Brekke.",
        "– Når kommer rapporten? spurte Fjell TVs journalist Kari Nes.",
    )
    assert speaker_of(doc, "Blir det nye kutt i vår?") == "Ola Brekke"
    assert speaker_of(doc, "Når kommer rapporten?") == "Kari Nes"
    doc = run("en", "“Will you resign?” asked the Harbour Gazette's reporter Tess Morrow.")
    assert speaker_of(doc, "Will you resign?") == "Tess Morrow"


def test_a_name_ending_in_s_before_a_preposition_is_still_the_speaker() -> None:
    doc = run("de", "„Das war ein klarer Sieg“, sagte Lukas Brandes im Radio Nordwelle.")
    assert speaker_of(doc, "Das war ein klarer Sieg") == "Lukas Brandes"


def test_a_headline_quote_under_an_untied_role_is_the_one_who_says_it_in_the_entry() -> None:
    entry = Entry(
        headline="Holt's lawyer: ‘He will appeal the ruling’",
        text="Marta Quayle KC, Holt's barrister, spoke on the court steps. "
        "“He will appeal the ruling as soon as he can,” she said.",
    )
    doc = attribute(Document(source="test", entries=[entry]), lang.get("en"))
    headline = [s for s in doc.entries[0].statements if s.kind == "headline"]
    assert [s.speaker for s in headline] == ["Marta Quayle"]
    assert doc.entries[0].speakers == ["Marta Quayle"]


def test_a_name_and_its_lowercase_body_noun_speak_together() -> None:
    doc = run(
        "en",
        "Jo Pinnock, who chairs the Ferrisford Allotment Society, spoke first.",
        "Ferrisford district council said in a statement that it would review the lease.",
    )
    assert speaker_of(doc, "it would review the lease") == "Ferrisford district council"


def test_said_with_only_a_place_before_the_colon_reports_nothing_itself() -> None:
    doc = run(
        "en",
        "Harbour Board chief executive Ian Moss said in a video posted to the board's website:\n\n"
        "“We will rebuild the pier before winter.”",
    )
    assert speaker_of(doc, "We will rebuild the pier before winter.") == "Ian Moss"
    assert all("video" not in s.text for e in doc.entries for s in e.statements)


def test_a_headline_may_shorten_the_quote_it_repeats() -> None:
    entry = Entry(
        headline="Port CEO: ‘If the crane failed, we will pay’",
        text="Chief executive Ian Moss spoke to staff.\n\n“If the crane failed in any way, we will pay for it.”",
    )
    doc = attribute(Document(source="test", entries=[entry]), lang.get("en"))
    assert doc.entries[0].speakers == ["Ian Moss"]


def test_an_acronym_that_reports_is_an_outlet_never_the_last_person() -> None:
    doc = run("en", "Captain Lee Hart arrived at noon. KBRT reported that the ferry had been cancelled.")
    assert "Lee Hart" not in [s.speaker for e in doc.entries for s in e.statements]


def test_the_district_is_the_district_named_before() -> None:
    doc = run(
        "en",
        "The Ravenna County Fire District took command overnight.",
        "According to the fire district, about 300 firefighters are on the line.",
    )
    assert speaker_of(doc, "about 300 firefighters are on the line") == "Ravenna County Fire District"


def test_a_relayed_quote_is_no_part_of_what_the_relayer_said() -> None:
    doc = run(
        "en",
        "Wendy Harrow said Colin Mabry had once told her at a dinner: “Rules are for other people, Wendy.”",
    )
    assert speaker_of(doc, "Rules are for other people") == "Colin Mabry"
    harrow = [s for e in doc.entries for s in e.statements if s.speaker == "Wendy Harrow"]
    assert all("Rules are for other people" not in s.text for s in harrow)


def test_an_apposition_between_commas_before_sagte_is_not_an_inserted_cue() -> None:
    doc = run(
        "de",
        "Ministerin Clara Bodenstedt lobte die Retter als „mutig“, während der Vorsitzende des Feuerwehrverbands, "
        "Rolf Ammersee, sagte, es fehle an Atemschutzgeräten.",
    )
    assert speaker_of(doc, "es fehle an Atemschutzgeräten") == "Rolf Ammersee"
    clara = [s for e in doc.entries for s in e.statements if s.speaker == "Clara Bodenstedt"]
    assert clara and all("Atemschutzgeräten" not in s.text for s in clara)


def test_waehrend_x_sagte_gives_x_the_clause_and_the_main_clause_its_own_speaker() -> None:
    doc = run(
        "de",
        "Während Bürgermeisterin Mira Kessling sagte, der Radweg sei „überfällig“, nannte Kämmerer Jost Ulbrich "
        "die Kosten „nicht tragbar“.",
    )
    assert speaker_of(doc, "der Radweg sei") == "Mira Kessling"
    assert speaker_of(doc, "nicht tragbar") == "Jost Ulbrich"


def test_a_female_title_with_an_umlaut_keeps_er_from_her() -> None:
    doc = run(
        "de",
        "Landtagspräsidentin Ilka Sommerfeld hat dem Abgeordneten Bodo Rennert das Wort entzogen. "
        "Er hatte den Minister zuvor einen „Lügner“ genannt.",
    )
    assert speaker_of(doc, "Lügner") == "Bodo Rennert"


def test_the_subject_of_a_clause_closed_by_a_colon_says_the_quote_after_it() -> None:
    doc = run(
        "de",
        "Nun spricht Ministerpräsident Arvid Hollmann. Er verteidigt die Reform seiner Regierung: "
        "„Wir haben keine andere Wahl. Das Geld ist nicht da.“",
    )
    assert speaker_of(doc, "Wir haben keine andere Wahl") == "Arvid Hollmann"


def test_laut_or_ifolge_a_document_is_no_speaker() -> None:
    doc = run("de", "Laut Wirtschaftsbericht wächst die Stadt bis 2030 um zehn Prozent.")
    assert speakers(doc) == []
    doc = run("no", "Ifølge Budsjettforslaget skal kommunen kutte 40 millioner kroner neste år.")
    assert speakers(doc) == []


def test_a_press_contact_of_a_body_is_their_own_speaker_and_names_the_body() -> None:
    doc = run(
        "no",
        "En pressekontakt i Norsk Roforbund opplyser at klagen blir behandlet mandag.",
        "Senere sendte forbundet ut en pressemelding. Der skriver forbundet at det «stoler fullt på dommerne».",
    )
    assert speaker_of(doc, "klagen blir behandlet mandag") == "pressekontakt i Norsk Roforbund"
    assert speaker_of(doc, "stoler fullt på dommerne") == "Norsk Roforbund"


def test_an_adjective_before_a_title_is_no_fronted_adverbial() -> None:
    doc = run("no", "Tidligere landslagstrener Ivar Moldstad sier at regelen bør endres.")
    assert speaker_of(doc, "regelen bør endres") == "Ivar Moldstad"
    doc = run("no", "Rektor Ivar Moldstad var på møtet. Senere sa Moldstad at skolen holder stengt.")
    assert speaker_of(doc, "skolen holder stengt") == "Ivar Moldstad"


def test_her_office_is_the_office_of_the_woman_named_before() -> None:
    doc = run(
        "en",
        "Attorney General Dolores Ainsley said she had asked for an audit. "
        "Ainsley and the mayor met on Tuesday, her office said.",
    )
    assert speaker_of(doc, "Ainsley and the mayor met on Tuesday") == "Dolores Ainsley's office"


def test_a_body_noun_before_spokesperson_makes_that_bodys_spokesperson() -> None:
    doc = run(
        "en",
        "A hospital spokesperson said that visiting hours had been cut. The spokesperson said the wards were full.",
    )
    assert speaker_of(doc, "visiting hours had been cut") == "hospital spokesperson"
    assert speaker_of(doc, "the wards were full") == "hospital spokesperson"


def test_a_long_name_ending_in_a_body_noun_is_what_the_hospital_means() -> None:
    doc = run(
        "en",
        "Lakeview Regional Medical Center stopped taking ambulances on Monday, the hospital said.",
    )
    assert speaker_of(doc, "stopped taking ambulances on Monday") == "Lakeview Regional Medical Center"


def test_said_the_noun_verb_that_reports_the_whole_clause() -> None:
    doc = run("en", "Prosecutor Ruth Ambler said the verdict showed that nobody was above the law.")
    assert speaker_of(doc, "the verdict showed that nobody was above the law") == "Ruth Ambler"


def test_a_clause_before_teilte_x_mit_is_what_x_said() -> None:
    doc = run(
        "de",
        "Der Brand, ein Feuer in einer Lagerhalle, sei gegen 4 Uhr gelöscht worden, "
        "teilte die Feuerwehr Wennstadt am Morgen mit.",
    )
    assert speaker_of(doc, "sei gegen 4 Uhr gelöscht worden") == "Feuerwehr Wennstadt"


def test_die_polizei_is_the_police_headquarters_named_before_never_its_president() -> None:
    doc = run(
        "de",
        "Das Polizeipräsidium Ostbergen meldete am Morgen einen Einsatz. "
        "Polizeipräsidentin Greta Hallmann war vor Ort.",
        "Verletzt wurde nach Angaben der Polizei niemand. Die beiden Fahrer würden ambulant versorgt.",
    )
    assert speaker_of(doc, "Verletzt wurde nach Angaben der Polizei niemand") == "Polizeipräsidium Ostbergen"
    assert speaker_of(doc, "Die beiden Fahrer würden ambulant versorgt") == "Polizeipräsidium Ostbergen"


def test_ein_polizeisprecher_is_a_spokesperson_of_his_own_and_konjunktiv_goes_on_with_him() -> None:
    doc = run(
        "de",
        "Ein Polizeisprecher sagte später, der Fahrer habe zu schnell gebremst. "
        "Bei dem Wagen handle es sich um einen Leihwagen.",
    )
    assert speaker_of(doc, "der Fahrer habe zu schnell gebremst") == "Polizeisprecher"
    assert speaker_of(doc, "handle es sich um einen Leihwagen") == "Polizeisprecher"


def test_ihr_zufolge_names_the_woman_before_as_the_source() -> None:
    doc = run(
        "de",
        "Richterin Pia Oldenburg vertagte die Verhandlung. Den Angeklagten drohen ihr zufolge bis zu drei Jahre Haft.",
    )
    assert speaker_of(doc, "bis zu drei Jahre Haft") == "Pia Oldenburg"


def test_die_before_a_role_in_an_apposition_tells_a_woman_for_sie() -> None:
    doc = run(
        "de",
        "Richterin Ute Rambow vertagte den Prozess. "
        "Die Vorsitzende des Fördervereins, Jana Quellmann, dankte den Helfern. "
        "„Ohne sie wäre nichts gegangen“, sagte sie.",
    )
    assert speaker_of(doc, "Ohne sie wäre nichts gegangen") == "Jana Quellmann"


def _headline_speaker(code: str, headline: str, text: str) -> list[str | None]:
    document = attribute(Document(source="test", entries=[Entry(headline=headline, text=text)]), lang.get(code))
    return [s.speaker for s in document.entries[0].statements if s.kind == "headline"]


def test_a_label_headline_belongs_to_the_body_speaker_it_names() -> None:
    assert _headline_speaker(
        "no",
        "Forbrukerrådet: Vil klage på avtalen",
        "Forbrukerrådet opplyser til NTB at de vil klage på avtalen.",
    ) == ["Forbrukerrådet"]
    assert _headline_speaker(
        "no",
        "Talsperson: Ingen flere kutt",
        "En talsperson i Nordhavn Energi sier at selskapet ikke planlegger flere kutt. "
        "Konsernsjef Lise Brun har ikke svart.",
    ) == ["spokesperson of Nordhavn Energi"]
    assert _headline_speaker(
        "no",
        "Ekspert: – Spennende, men dyrt",
        "Forsker Oda Lien sier at tjenesten er spennende, men dyr.",
    ) == ["Oda Lien"]


def test_a_label_headline_without_a_matching_body_speaker_says_nothing() -> None:
    assert _headline_speaker("no", "Været: Mer regn i morgen", "Det blir mer regn i hele landet i morgen.") == []


def test_reported_speech_in_a_headline_belongs_to_a_known_speaker_only() -> None:
    body = "Port Director Gail Pender spoke at noon. Pender said the quay was closed."
    assert _headline_speaker("en", "Director says quay will stay shut", body) == ["Gail Pender"]
    assert _headline_speaker("en", "Quay will stay shut, director says", body) == ["Gail Pender"]
    assert _headline_speaker("en", "Residents say the smell is everywhere", "The smell covered the town.") == []


def test_a_dash_quote_over_two_paragraphs_takes_the_cue_of_the_last() -> None:
    doc = run(
        "no",
        "Trener Vidar Enge var skuffet etter kampen.\n\n"
        "– Vi spilte godt i første omgang. Etter pause forsvant alt.\n\n"
        "– Nå må vi bare trene mer, sier Enge.",
    )
    assert speaker_of(doc, "Vi spilte godt i første omgang") == "Vidar Enge"
    assert speaker_of(doc, "Nå må vi bare trene mer") == "Vidar Enge"
