"""German reports whose speaker is easy to miss: an aside "wie ihr Sprecher X mitteilte" after
what was said, a reporter's question asked "Auf die Frage einer Reporterin von <Sender>", a
cue that says nothing ("antwortete darauf nicht"), the one accused in "warf der Ministerin vor",
"dieser Zeitung" told, a spokesperson of a company the text named before ("ein Sprecher des
Konzerns"), and an interview whose questions are headlines over "X: …" answers."""

from __future__ import annotations

from speaking import run, speaker_of, speakers

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry

# 1. "…, wie ihr Sprecher X mitteilte": the named spokesman said what stands before "wie"


def test_a_named_spokesman_after_a_possessive_in_an_aside_said_the_main_clause() -> None:
    doc = run(
        "de", "Jana Roth verlor die Wahl. Sie gratulierte dem Sieger am Telefon, wie ihr Sprecher Tom Kehl mitteilte."
    )
    assert speaker_of(doc, "Sie gratulierte dem Sieger am Telefon") == "Tom Kehl"
    assert speakers(doc) == ["Tom Kehl"]


def test_a_possessive_before_a_lawyer_in_an_aside_leaves_the_lawyer_the_speaker() -> None:
    doc = run("de", "Udo Brenn schweigt. Er bleibe im Amt, wie sein Anwalt Tom Kehl sagte.")
    assert speaker_of(doc, "Er bleibe im Amt") == "Tom Kehl"


def test_an_english_aside_with_a_possessive_before_the_role_works_alike() -> None:
    doc = run("en", "Jana Roth lost. She congratulated the winner, as her spokesman Tom Kehl said.")
    assert speaker_of(doc, "She congratulated the winner") == "Tom Kehl"


# 2. "Auf die Frage einer Reporterin von <Sender>, ob …": an unnamed reporter's question is nobody's


def test_the_station_an_unnamed_reporter_works_for_never_asks_the_question() -> None:
    doc = run(
        "de",
        "Landrat Udo Roth besuchte den Ort.",
        "Auf die Frage einer Reporterin von Radio Nordland, ob die Warnung zu spät gekommen sei, "
        "sagte Roth: „Das prüfen wir.“",
    )
    holding = [s for e in doc.entries for s in e.statements if "Warnung zu spät" in s.text]
    assert all(s.speaker is None for s in holding)
    assert speaker_of(doc, "Das prüfen wir.") == "Udo Roth"
    assert speakers(doc) == ["Udo Roth"]


def test_a_named_reporter_after_the_role_still_asks_the_question() -> None:
    doc = run(
        "de",
        "Landrat Udo Roth besuchte den Ort.",
        "Auf die Frage von Reporterin Lea Winter, ob die Warnung zu spät kam, antwortete Roth: „Nein.“",
    )
    assert speaker_of(doc, "ob die Warnung zu spät kam") == "Lea Winter"
    assert speaker_of(doc, "Nein.") == "Udo Roth"


# 3. A speech verb negated at the end of its clause says nothing


def test_a_reply_negated_after_an_adverb_is_no_statement() -> None:
    doc = run(
        "de",
        "Umwelträtin Jana Roth schrieb auf X: „Wir brauchen mehr Schutz.“ Der Landrat antwortete darauf nicht.",
    )
    assert speakers(doc) == ["Jana Roth"]
    assert [s.text for e in doc.entries for s in e.statements] == ["Wir brauchen mehr Schutz."]


def test_a_comment_refused_after_two_adverbs_is_no_statement() -> None:
    doc = run("de", "Der Konzern schließt das Werk. Udo Brenn äußerte sich dazu zunächst nicht.")
    assert "Udo Brenn" not in speakers(doc)


def test_a_negation_inside_what_was_said_leaves_the_report() -> None:
    doc = run("de", "Udo Brenn sagte, er habe darauf nicht geantwortet.")
    assert speaker_of(doc, "er habe darauf nicht geantwortet") == "Udo Brenn"


# 4. "Der Oppositionsführer im Landtag, X (Partei), warf der Ministerin vor, …": X accuses her


def test_the_name_in_apposition_to_the_opening_phrase_accuses_not_the_one_accused() -> None:
    doc = run(
        "de",
        "Gesundheitsministerin Eva Lind besuchte die Klinik.",
        "Der Oppositionsführer im Landtag, Tim Brack (Freie Liste), warf der Ministerin vor, "
        "sie habe „den Kreis vergessen“.",
    )
    assert speaker_of(doc, "sie habe „den Kreis vergessen“") == "Tim Brack"
    assert speaker_of(doc, "den Kreis vergessen") == "Tim Brack"
    assert [s.text for s in doc.entries[1].statements if s.kind == "indirect"] == ["sie habe „den Kreis vergessen“"]
    assert speakers(doc) == ["Tim Brack"]


def test_a_quoted_name_in_the_opening_phrase_leaves_the_apposed_spokeswoman_the_speaker() -> None:
    doc = run(
        "de",
        "Die Sprecherin der Initiative „Rettet das Bad“, Ina Vogt, schrieb auf Facebook, "
        "man werde notfalls „bis vor Gericht ziehen“.",
    )
    assert speaker_of(doc, "man werde notfalls") == "Ina Vogt"
    assert speaker_of(doc, "bis vor Gericht ziehen") == "Ina Vogt"


# 5. "sagte dieser Zeitung, …": the paper told is no part of what was said


def test_this_paper_told_in_the_dative_is_not_part_of_the_report() -> None:
    doc = run(
        "de", "Udo Brenn sagte dieser Zeitung, er bleibe im Amt.", "Jana Roth sagte unserer Redaktion, sie trete an."
    )
    texts = [s.text for e in doc.entries for s in e.statements]
    assert texts == ["er bleibe im Amt", "sie trete an"]
    assert speakers(doc) == ["Udo Brenn", "Jana Roth"]


def test_a_demonstrative_subject_after_the_comma_stays_in_the_report() -> None:
    doc = run("de", "Udo Brenn sagte, dieser Plan sei falsch.")
    assert speaker_of(doc, "dieser Plan sei falsch") == "Udo Brenn"


# 6. "Ein Sprecher des Konzerns" after the company spoke; "der Klinikbetreiber X" for "die X Kliniken"


def test_a_spokesman_of_the_company_speaks_for_the_company_that_spoke_before() -> None:
    doc = run(
        "de",
        "Die Nordwerft Holding teilte mit, das Werk schließe. Ein Sprecher des Unternehmens sagte, man prüfe alles.",
    )
    assert speaker_of(doc, "man prüfe alles") == "spokesperson of Nordwerft Holding"


def test_a_spokesman_of_a_company_nobody_named_keeps_the_words_as_written() -> None:
    doc = run(
        "de",
        "Die Feuerwehr Ostheim löschte den Brand. Ein Sprecher des Konzerns sagte, man prüfe alles.",
        "Das Haus in der Mühlstraße brennt. Ein Sprecher der Firma sagte, man prüfe alles.",
    )
    assert speakers(doc) == ["Sprecher des Konzerns", "Sprecher der Firma"]


def test_a_spokesman_after_a_company_of_an_earlier_entry_is_never_the_bare_noun() -> None:
    doc = run(
        "de",
        "Udo Brenn kam. Ein Sprecher des Unternehmens sagte, man prüfe alles.",
        "Die Nordwerft Holding teilte mit, das Werk schließe. Ein Sprecher des Unternehmens sagte, man warte ab.",
    )
    assert speaker_of(doc, "man warte ab") == "spokesperson of Nordwerft Holding"


def test_a_company_described_by_its_kind_is_the_company_named_in_full_before() -> None:
    doc = run(
        "de",
        "Die Lindaro Kliniken wollen ihr Haus in Ostheim schließen.",
        "Der Klinikbetreiber Lindaro teilte mit, das Haus schreibe Verluste. Man sei aber zu Gesprächen bereit. "
        "Ein Sprecher des Konzerns sagte, die Belegschaft solle „übernommen“ werden.",
    )
    assert speaker_of(doc, "das Haus schreibe Verluste") == "Lindaro Kliniken"
    assert speaker_of(doc, "Man sei aber zu Gesprächen bereit") == "Lindaro Kliniken"
    assert speaker_of(doc, "die Belegschaft solle") == "spokesperson of Lindaro Kliniken"
    assert speaker_of(doc, "übernommen") == "spokesperson of Lindaro Kliniken"


def test_a_court_named_with_its_noun_keeps_its_whole_name() -> None:
    doc = run("de", "Das Amtsgericht Kettwig teilte mit, das Verfahren sei eröffnet.")
    assert speaker_of(doc, "das Verfahren sei eröffnet") == "Amtsgericht Kettwig"


# 7. An interview whose questions are headlines without a label: "X: …" lines under them are X's


def _interview(*entries: Entry) -> Document:
    return attribute(Document(source="test", entries=list(entries)), lang.get("de"))


def test_name_lines_under_question_headlines_are_the_answers_of_the_one_person_interviewed() -> None:
    doc = _interview(
        Entry(text="Marta Kühn leitet die Rettungswache in Ostheim. Wir haben sie nach dem Dienst gefragt."),
        Entry(
            headline="Frau Kühn, wie oft rücken Sie nachts aus?",
            text="Kühn: Zehn- bis zwölfmal. Mehr schaffen wir nicht.",
        ),
        Entry(headline="Was fehlt Ihnen am meisten?", text="Kühn: Personal, ganz klar."),
    )
    answers = [s for e in doc.entries for s in e.statements]
    assert [(s.speaker, s.text) for s in answers] == [
        ("Marta Kühn", "Zehn- bis zwölfmal. Mehr schaffen wir nicht."),
        ("Marta Kühn", "Personal, ganz klar."),
    ]


def test_one_name_line_under_a_headline_that_asks_nothing_is_no_transcript() -> None:
    doc = _interview(
        Entry(text="Marta Kühn leitet die Rettungswache in Ostheim."),
        Entry(headline="Nachtdienst in Ostheim", text="Kühn: Zehn- bis zwölfmal."),
        Entry(headline="Personal fehlt", text="Kühn: Personal, ganz klar."),
    )
    assert all(s.speaker is None for e in doc.entries for s in e.statements)


# 8. "Auf einer Pressekonferenz wollte Reporterin X wissen, ob …": the verb ends the fronted phrase


def test_a_reporter_inverted_after_a_fronted_phrase_asks_the_question() -> None:
    doc = run(
        "de",
        "Landrätin Petra Quast kam an den Deich. „Der Deich hält“, sagte Minister Jens Harms. Die Lage sei ernst.",
        "Auf einer Pressekonferenz wollte Reporterin Lea Brandt wissen, ob die Räumung zu spät gekommen sei. "
        "Quast antwortete: „Wir haben sofort entschieden.“",
    )
    assert speaker_of(doc, "ob die Räumung zu spät gekommen sei") == "Lea Brandt"  # no more of Harms' report
    assert speaker_of(doc, "Wir haben sofort entschieden.") == "Petra Quast"


# 9. "betonte aber, …", "sagte jedoch, …": a word between the verb and the comma is no part of the report


def test_an_adverb_between_the_cue_and_its_comma_is_not_reported() -> None:
    doc = run(
        "de",
        "Jana Roth betonte aber, mehr sei nicht finanzierbar.",
        "Udo Brenn sagte jedoch, das Werk bleibe offen.",
        "Ina Vogt erklärte allerdings, man prüfe alles.",
    )
    texts = [s.text for e in doc.entries for s in e.statements]
    assert texts == ["mehr sei nicht finanzierbar", "das Werk bleibe offen", "man prüfe alles"]
    assert speakers(doc) == ["Jana Roth", "Udo Brenn", "Ina Vogt"]


# 10. "Die Sprecherin der Initiative „Rettet das Bad“, X, …": a quoted body's name is nobody's words


def test_a_quoted_name_after_a_role_and_its_body_is_no_partial() -> None:
    doc = run(
        "de",
        "Die Sprecherin der Initiative „Rettet das Bad“, Ina Vogt, schrieb auf Facebook, man werde klagen.",
    )
    assert [(s.speaker, s.text) for e in doc.entries for s in e.statements] == [("Ina Vogt", "man werde klagen")]


def test_a_quoted_word_a_role_called_something_stays_a_partial() -> None:
    doc = run("de", "Der Chef der Gewerkschaft, Udo Brenn, nannte den Plan „Unsinn“.")
    assert speaker_of(doc, "Unsinn") == "Udo Brenn"
