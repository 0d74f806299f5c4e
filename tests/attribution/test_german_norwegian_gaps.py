"""German and Norwegian gaps: three-part names after a cue or opening a sentence, questions put
"auf die Nachfrage von …", the perfect tense of separable cue verbs, demands with a
zu-infinitive, an opinion before a run of Konjunktiv, and two people whose surnames differ in
their first letter."""

from __future__ import annotations

from speaking import run, speaker_of, speakers

from liveblog import lang
from liveblog.attribution import build_table
from liveblog.attribution.cues import lexicon
from liveblog.models import Document, Entry

# 1. German: a three-part name right after a cue verb


def test_a_three_part_name_after_a_german_cue_verb_is_kept_whole() -> None:
    doc = run("de", "Die Lage sei ernst, sagte Hans Peter Wendorf.")
    assert speakers(doc) == ["Hans Peter Wendorf"]
    doc = run("de", "„Wir bleiben hier“, sagte Anna Lena Kranzberg am Abend.")
    assert speakers(doc) == ["Anna Lena Kranzberg"]


def test_a_role_with_its_article_before_a_three_part_name_is_no_part_of_it() -> None:
    doc = run("de", "Die Brücke sei sicher, sagte die Ministerin Anna Lena Kranzberg.")
    assert speakers(doc) == ["Anna Lena Kranzberg"]


def test_a_title_noun_before_a_three_part_name_is_not_swallowed() -> None:
    doc = run("de", "Die Brücke sei sicher, sagte Bürgermeister Hans Peter Wendorf.")
    assert speakers(doc) == ["Hans Peter Wendorf"]


def test_a_person_noun_no_table_knows_before_a_two_part_name_is_still_a_title() -> None:
    doc = run("de", "Der Damm halte, sagte Kreisbrandmeister Jens Vollmar.")
    assert speakers(doc) == ["Jens Vollmar"]
    doc = run("de", "„Jeden Tag Stau“, sagt Pendlerin Anja Rothkirch.")
    assert speakers(doc) == ["Anja Rothkirch"]
    doc = run("de", "Die Ernte sei verloren, sagte Landwirt Tobias Grewe.")
    assert speakers(doc) == ["Tobias Grewe"]


def test_a_three_part_name_keeps_its_surname_for_later_mentions() -> None:
    doc = run(
        "de",
        "Die Lage sei ernst, sagte Hans Peter Wendorf.",
        "„Wir tun, was wir können“, sagte Wendorf später.",
    )
    assert speakers(doc) == ["Hans Peter Wendorf", "Hans Peter Wendorf"]


def test_a_three_part_name_cut_where_it_opens_a_sentence_is_the_person_named_in_full_later() -> None:
    doc = run(
        "de",
        "Hans Peter Wendorf sagte, die Lage sei ernst.",
        "Die Brücke bleibe zu, sagte Hans Peter Wendorf.",
        "„Wir warten“, sagte Wendorf.",
    )
    assert speakers(doc) == ["Hans Peter Wendorf", "Hans Peter Wendorf", "Hans Peter Wendorf"]


# 2. Norwegian: a three-part name opening a sentence


def test_a_norwegian_three_part_name_opening_a_sentence_keeps_its_first_name() -> None:
    doc = run("no", "Liv Karin Strandvik sier at situasjonen er alvorlig.")
    assert speakers(doc) == ["Liv Karin Strandvik"]
    doc = run("no", "Per Olav Grindheim mener at brua må stenges.")
    assert speakers(doc) == ["Per Olav Grindheim"]


def test_a_norwegian_title_no_table_knows_opening_a_sentence_is_still_dropped() -> None:
    doc = run("no", "Landslagstrener Eirik Brattvåg mener at laget er klart.")
    assert speakers(doc) == ["Eirik Brattvåg"]
    doc = run("no", "Sykepleier Anne Lindtveit sier at de trenger flere hender.")
    assert speakers(doc) == ["Anne Lindtveit"]


def test_a_word_opening_a_pair_of_names_is_no_first_name() -> None:
    doc = run("no", "Både Kari Lie og Per Hansen sier at brua er stengt.", "– Den er farlig, sier Lie.")
    assert speaker_of(doc, "Den er farlig") == "Kari Lie"


# 3. "Auf die Nachfrage von …, warum …, antwortete X: „…“"


def test_the_answer_to_a_named_reporter_s_question_is_the_answerer_s() -> None:
    doc = run(
        "de",
        "Auf die Nachfrage von Jonas Krellmann, warum die Brücke gesperrt sei, "
        "sagte Hanna Vogtland: „Die Statik ist nicht mehr sicher.“",
    )
    assert speaker_of(doc, "Die Statik ist nicht mehr sicher") == "Hanna Vogtland"
    assert speaker_of(doc, "warum die Brücke gesperrt sei") == "Jonas Krellmann"


def test_the_answer_to_a_newspaper_s_question_is_the_answerer_s_and_the_question_no_one_s() -> None:
    doc = run(
        "de",
        "Auf Nachfrage der Lokalzeitung, weshalb die Brücke gesperrt sei, "
        "antwortete Hanna Vogtland: „Die Statik ist nicht mehr sicher.“",
    )
    assert speaker_of(doc, "Die Statik ist nicht mehr sicher") == "Hanna Vogtland"
    assert speakers(doc) == ["Hanna Vogtland"]


# 4. The perfect tense of a separable cue verb, after a label


def test_a_body_s_perfect_tense_announcement_after_a_label_is_the_body_s() -> None:
    simple = run("de", "Die Gewerkschaft Verdix teilte mit, dass der Streik fortgesetzt wird.")
    body = speaker_of(simple, "der Streik fortgesetzt wird")
    assert body is not None
    doc = run("de", "Nachtrag: Die Gewerkschaft Verdix hat inzwischen mitgeteilt, dass der Streik fortgesetzt wird.")
    assert speaker_of(doc, "der Streik fortgesetzt wird") == body


def test_a_person_s_perfect_tense_separable_cue_is_theirs() -> None:
    doc = run("de", "Hanna Vogtland hat angekündigt, dass die Schule am Montag wieder öffnet.")
    assert speaker_of(doc, "die Schule am Montag wieder öffnet") == "Hanna Vogtland"
    doc = run("de", "Die Ministerin Anna Kranzberg hat eingeräumt, dass Fehler gemacht wurden.")
    assert speaker_of(doc, "Fehler gemacht wurden") == "Anna Kranzberg"


def test_a_perfect_tense_participle_in_a_passive_is_no_cue() -> None:
    doc = run("de", "Es wurde mitgeteilt, dass der Streik fortgesetzt wird.")
    assert speakers(doc) == []


# 5. A demand with a zu-infinitive; an opinion before a run of Konjunktiv


def test_a_demand_in_the_perfect_tense_with_a_zu_infinitive_is_the_demander_s() -> None:
    doc = run("de", "Hanna Vogtland hat die Regierung aufgefordert, die Brücke sofort zu sanieren.")
    assert speaker_of(doc, "die Brücke sofort zu sanieren") == "Hanna Vogtland"


def test_a_demand_after_a_fronted_time_is_the_subject_s_after_the_auxiliary() -> None:
    doc = run("de", "Am Montag hat Hanna Vogtland die Bürger aufgefordert, das Wasser abzukochen.")
    assert speaker_of(doc, "das Wasser abzukochen") == "Hanna Vogtland"


def test_a_long_object_inside_a_perfect_tense_frame_is_no_speaker() -> None:
    doc = run(
        "de",
        "Der Landrat des Kreises Talberg, Jonas Krellmann, hat die Bewohner der Dörfer Ostau und "
        "Lindfeld aufgefordert, das Leitungswasser abzukochen. „Wir melden uns, sobald das Wasser "
        "wieder sauber ist“, sagte der CDU-Politiker.",
    )
    assert speaker_of(doc, "das Leitungswasser abzukochen") == "Jonas Krellmann"
    assert speaker_of(doc, "Wir melden uns") == "Jonas Krellmann"


def test_a_participle_that_says_nothing_keeps_a_report_going() -> None:
    doc = run(
        "de",
        "Hanna Vogtland sagte, die Lage sei angespannt. Die Klinik habe im Vorjahr ein Defizit von "
        "zwei Millionen Euro geschrieben.",
    )
    assert speaker_of(doc, "ein Defizit von zwei Millionen Euro") == "Hanna Vogtland"


def test_the_object_inside_a_perfect_tense_frame_is_no_speaker() -> None:
    doc = run(
        "de",
        "Hanna Vogtland leitet das Amt. Jonas Krellmann hat Hanna Vogtland gewarnt, dass die Frist ablaufe.",
    )
    assert speaker_of(doc, "die Frist ablaufe") == "Jonas Krellmann"


def test_an_opinion_before_a_run_of_konjunktiv_is_a_statement() -> None:
    doc = run("de", "Hanna Vogtland glaubt, die Lage sei ernst; es gebe keine Alternative.")
    assert speaker_of(doc, "die Lage sei ernst") == "Hanna Vogtland"
    assert speaker_of(doc, "es gebe keine Alternative") == "Hanna Vogtland"


def test_an_opinion_before_an_indicative_clause_is_no_statement() -> None:
    doc = run("de", "Hanna Vogtland glaubt, wer früh kommt, bekommt einen Platz.")
    assert speakers(doc) == []


# 6. Two full names one edit apart in the first letter are two people


def test_two_full_names_differing_in_the_surname_s_first_letter_are_two_people() -> None:
    doc = run(
        "no",
        "Kari Hansen sier at skolen stenger. Kari Jansen sier at skolen åpner igjen.",
        "Hansen la til at det var trist.",
    )
    assert speaker_of(doc, "skolen stenger") == "Kari Hansen"
    assert speaker_of(doc, "skolen åpner igjen") == "Kari Jansen"
    assert speaker_of(doc, "det var trist") == "Kari Hansen"


def test_two_full_names_one_letter_apart_each_written_in_full_twice_are_two_people() -> None:
    doc = run(
        "no",
        "Kari Lindberg sier at skolen stenger. Kari Lindborg sier at skolen åpner igjen.",
        "Lindberg la til at det var trist.",
        "– Vi gleder oss, sier Kari Lindborg. Kari Lindberg er rektor ved skolen.",
    )
    assert speaker_of(doc, "skolen stenger") == "Kari Lindberg"
    assert speaker_of(doc, "skolen åpner igjen") == "Kari Lindborg"
    assert speaker_of(doc, "Vi gleder oss") == "Kari Lindborg"
    assert speaker_of(doc, "det var trist") == "Kari Lindberg"


def test_a_misspelt_surname_that_keeps_its_first_letter_still_joins() -> None:
    table = build_table(
        Document(
            source="test",
            entries=[
                Entry(text="Kari Hansvold sier at skolen stenger. Hansvold la til at det var trist."),
                Entry(text="Kari Hansvol sier at skolen åpner igjen."),
            ],
        ),
        lexicon(lang.get("no")),
    )
    assert table.lookup("Kari Hansvol") is table.lookup("Kari Hansvold")
