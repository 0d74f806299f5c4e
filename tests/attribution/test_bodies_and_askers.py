"""attribute(): public bodies that speak for themselves, and people who only ask.

Hand-written cases; each states one rule, with sentences invented for it.
"""

from __future__ import annotations

from speaking import run, speaker_of, speakers


def test_the_police_speak_for_themselves_not_for_the_last_body_or_street_named() -> None:
    doc = run(
        "de",
        "Anwohner, die in der Lindenallee Lieferwagen gesehen haben, sollen sich bei der Brauerei Holtkamp melden.",
        "Nach Angaben der Polizei sind die Täter über das Dach eingestiegen.",
    )
    assert speaker_of(doc, "sind die Täter über das Dach eingestiegen") == "Polizei"


def test_the_police_are_the_police_force_named_before_in_full() -> None:
    doc = run(
        "de",
        "Der Mann habe sich gestellt, teilte das Polizeipräsidium Wendelstadt am Abend mit.",
        "Verletzt wurde nach Angaben der Polizei niemand.",
    )
    assert speaker_of(doc, "Verletzt wurde") == "Polizeipräsidium Wendelstadt"


def test_the_police_said_is_a_statement_of_the_police() -> None:
    doc = run("en", "The police said the two lorries had collided in fog.")
    assert speaker_of(doc, "the two lorries had collided in fog") == "police"
    assert speakers(doc) == ["police"]


def test_an_indirect_question_belongs_to_the_named_asker_and_the_answer_to_the_one_asked() -> None:
    doc = run(
        "en",
        "Asked by Jonah Reyes of Coast FM whether the bridge would reopen before winter, "
        "Mayor Alma Price said: “We hope so, but the steel is late.”",
    )
    assert speaker_of(doc, "whether the bridge would reopen before winter") == "Jonah Reyes"
    assert speaker_of(doc, "We hope so") == "Alma Price"
    assert "Coast FM" not in speakers(doc)


def test_auf_die_frage_von_a_reporter_ob_is_the_reporters_question() -> None:
    doc = run(
        "de",
        "Auf die Frage von Radioreporter Till Brenner, ob der Termin halte, antwortete "
        "Bürgermeisterin Ute Sander: „Davon gehe ich aus.“",
    )
    assert speaker_of(doc, "ob der Termin halte") == "Till Brenner"
    assert speaker_of(doc, "Davon gehe ich aus.") == "Ute Sander"


def test_paa_spoersmaal_fra_a_named_person_om_is_that_persons_question() -> None:
    doc = run(
        "no", "På spørsmål fra Per Holm i Radio Vest om brua åpner før jul, svarte ordfører Kari Dahl at det er målet."
    )
    assert speaker_of(doc, "om brua åpner før jul") == "Per Holm"
    assert speaker_of(doc, "det er målet") == "Kari Dahl"


def test_a_question_asked_by_unnamed_reporters_is_nobodys_statement() -> None:
    doc = run(
        "en",
        "Asked by reporters whether the bridge would reopen before winter, Mayor Alma Price said: “We hope so.”",
    )
    assert not [s for s in doc.entries[0].statements if "whether" in s.text]
    assert speakers(doc) == ["Alma Price"]


def test_a_press_officer_on_duty_of_a_named_body_speaks_for_it() -> None:
    doc = run("no", "En pressevakt i Agder Kraftlag opplyser til NTB at strømmen er tilbake i hele Lyngdal.")
    assert speaker_of(doc, "strømmen er tilbake i hele Lyngdal") == "pressevakt i Agder Kraftlag"


def test_a_news_wire_that_reports_is_a_source_and_no_speaker() -> None:
    doc = run(
        "en",
        "Eastgate Wire reports that the ferry to Holm Island was cancelled.",
        "“We will sail tomorrow,” Captain Jane Post said.",
    )
    assert not doc.entries[0].statements
    assert speakers(doc) == ["Jane Post"]


def test_an_online_paper_that_reports_in_german_is_a_source() -> None:
    doc = run("de", "Heidekurier Online meldet, dass die Fähre am Montag ausfällt.")
    assert not doc.entries[0].statements
    assert speakers(doc) == []


def test_a_question_put_to_voters_in_the_passive_is_nobodys_words() -> None:
    doc = run(
        "en",
        "Mayor Jane Roe said the count was on time.",
        "Polls have now closed. Voters were asked: “Should the town build a bridge?” The count begins now.",
    )
    assert doc.entries[1].statements == []
    assert speakers(doc) == ["Jane Roe"]


def test_a_scientist_named_in_apposition_is_the_scientist_later() -> None:
    doc = run(
        "no",
        "Ola Vik, hydrolog i Vannverket, sier til avisen at elva stiger.",
        "– Vi følger med hele natten, sier hydrologen.",
    )
    assert speaker_of(doc, "Vi følger med hele natten") == "Ola Vik"


def test_a_geologist_named_in_apposition_is_the_geologist_later_in_english_and_german() -> None:
    en = run(
        "en",
        "Sam Reed, a geologist at Kell University, said the slope was unstable.",
        "“It is moving,” the geologist said.",
    )
    assert speaker_of(en, "It is moving") == "Sam Reed"
    de = run(
        "de",
        "Sina Brandt, Virologin an der Universität Kassel, sagte, die Welle sei vorbei.",
        "„Wir sehen kaum noch Fälle“, sagte die Virologin.",
    )
    assert speaker_of(de, "Wir sehen kaum noch Fälle") == "Sina Brandt"


def test_a_titled_name_opening_the_sentence_asks_the_one_named_after_the_verb() -> None:
    doc = run(
        "no",
        "Ola Dahl stiller til valg som leder.",
        "Lokalavisens reporter Siv Lie spurte Dahl om han vil fortsette som nestleder hvis han taper.",
    )
    assert speaker_of(doc, "om han vil fortsette som nestleder") == "Siv Lie"


def test_asking_about_a_topic_says_nothing() -> None:
    doc = run("no", "Ola Dahl spurte om saken på møtet.")
    assert doc.entries[0].statements == []


def test_a_role_and_a_name_in_apposition_before_the_verb_are_the_subject_not_the_name_after_it() -> None:
    doc = run(
        "no",
        "Kampen er over.",
        "Lokalavisens fotballekspert, trener Geir Holm, mener Brann har tapt kampen på egen banehalvdel.",
    )
    assert speaker_of(doc, "Brann har tapt kampen") == "Geir Holm"


def test_answering_with_a_move_or_a_joke_says_nothing() -> None:
    assert run("no", "Holm åpner med kongebonden. Lie svarer med siciliansk.").entries[0].statements == []
    assert run("en", "Doe replied with a joke.").entries[0].statements == []
    assert run("de", "Schmidt antwortete mit einem Witz.").entries[0].statements == []


def test_saying_with_a_smile_that_still_reports_the_clause() -> None:
    doc = run("en", "Jane Roe said with a smile that the season was over.")
    assert speaker_of(doc, "the season was over") == "Jane Roe"


def test_a_body_named_by_the_first_part_of_a_compound_title_is_the_body_not_the_person() -> None:
    doc = run(
        "de",
        "Nach Angaben des Hafens lief der Tag ruhig. Die Kais seien leer gewesen, sagte Hafensprecherin Ina Vogt.",
        "Die Hafensprecherin sagte, morgen werde wieder geladen.",
    )
    assert speaker_of(doc, "lief der Tag ruhig") == "Hafens"
    assert speaker_of(doc, "Die Kais seien leer gewesen") == "Ina Vogt"
    assert speaker_of(doc, "morgen werde wieder geladen") == "Ina Vogt"


def test_an_articles_dash_quote_without_a_cue_is_the_speaker_of_the_dash_quote_in_the_next_paragraph() -> None:
    doc = run(
        "no",
        "Overlege Per Lunde sa at smitten har spredt seg.",
        "– Vi ser en klar økning. Vi vil ha tiltak nå.",
        "– Vi anbefaler alle å holde seg hjemme, sa Lunde.",
    )
    assert speaker_of(doc, "Vi ser en klar økning") == "Per Lunde"


def test_a_dash_question_is_not_settled_by_the_answer_in_the_next_paragraph() -> None:
    doc = run(
        "no",
        "Ordfører Kari Dahl møtte pressen.",
        "– Når åpner veien?",
        "– Om to uker, svarte Dahl.",
    )
    assert speaker_of(doc, "Om to uker") == "Kari Dahl"
    assert all(s.speaker != "Kari Dahl" for s in doc.entries[1].statements)


def test_the_bare_role_is_never_the_person_called_its_deputy() -> None:
    en = run(
        "en",
        "Governor Catherine Ashdown opened the meeting.",
        "Deputy governor Rupert Okafor takes a question. “It is loosening,” Okafor says.",
        "The governor said inflation would fall.",
    )
    assert speaker_of(en, "inflation would fall") == "Catherine Ashdown"
    de = run(
        "de",
        "Landrätin Eva Sommer eröffnete die Sitzung.",
        "Der stellvertretende Landrat Jonas Fink sagte, die Straße sei frei.",
        "Die Landrätin sagte, man warte ab.",
    )
    assert speaker_of(de, "man warte ab") == "Eva Sommer"


def test_the_bare_role_does_not_fall_back_to_the_deputy_who_spoke_last() -> None:
    doc = run(
        "en",
        "Catherine Ashdown opened the meeting.",
        "Deputy governor Rupert Okafor takes a question. “It is loosening,” Okafor says.",
        "The governor said inflation would fall.",
    )
    assert speaker_of(doc, "inflation would fall") != "Rupert Okafor"


def test_a_fronted_object_in_german_is_never_the_speaker_the_subject_after_the_verb_is() -> None:
    doc = run(
        "de",
        "Bürgermeisterin Ute Sander sagte, sie verstehe die Sorgen. "
        "Den Beschluss nannte die Bürgermeisterin aber „übereilt“.",
    )
    assert speaker_of(doc, "übereilt") == "Ute Sander"
    assert speakers(doc) == ["Ute Sander"]
