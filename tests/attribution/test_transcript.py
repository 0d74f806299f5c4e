"""attribute(): interview and press-conference transcripts ("Q: …" / "Obi: …" / "A: …").

Hand-written cases in English, German and Norwegian, with people and outlets invented for
them. A question is the interviewer's (the reporter the introduction names), or nobody's
when nobody named asks; an answer under a name is that person's, under "A:"/"Antwort:"/
"Svar:" the interviewee's. Labels that are no speaker never become one.
"""

from __future__ import annotations

from speaking import run, speaker_of

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry, Statement


def _holding(document: Document, words: str) -> list[Statement]:
    return [s for e in document.entries for s in e.statements if words in s.text]


def _one(document: Document, words: str) -> Statement:
    holding = _holding(document, words)
    assert len(holding) == 1, f"{len(holding)} statements hold {words!r}: {holding}"
    return holding[0]


def _doc(code: str, *entries: Entry) -> Document:
    return attribute(Document(source="test", entries=list(entries)), lang.get(code))


def test_a_named_reporters_questions_and_a_named_answer_line() -> None:
    doc = run(
        "en",
        "Herald reporter Tom Hale reached Dr. Priya Venn, the county's health officer, by phone. "
        "Here is part of the conversation:\n\n"
        "Q: Is the clinic on Mill Road still open?\n\n"
        "Venn: Yes. We see patients until nine tonight.\n\n"
        "Q: What if the power goes out?\n\n"
        "Venn: Then we move everyone to the school gym.",
    )
    question = _one(doc, "Is the clinic on Mill Road still open?")
    assert (question.speaker, question.kind) == ("Tom Hale", "direct")
    assert question.text == "Is the clinic on Mill Road still open?"
    answer = _one(doc, "We see patients until nine tonight")
    assert (answer.speaker, answer.kind) == ("Priya Venn", "direct")
    assert answer.text == "Yes. We see patients until nine tonight."
    assert speaker_of(doc, "What if the power goes out?") == "Tom Hale"
    assert speaker_of(doc, "Then we move everyone to the school gym") == "Priya Venn"
    assert doc.entries[0].speakers == ["Tom Hale", "Priya Venn"]


def test_the_statement_starts_after_the_label_in_the_entry_text() -> None:
    doc = run(
        "en",
        "Reporter Ann Cole spoke to Mayor Ruth Calder.\n\nQ: Will the bridge reopen?\n\nCalder: Not this year.",
    )
    entry = doc.entries[0]
    for statement in entry.statements:
        assert entry.text[statement.start : statement.end] == statement.text
    assert [s.text for s in entry.statements if s.speaker == "Ruth Calder"] == ["Not this year."]


def test_answer_lines_belong_to_the_one_the_introduction_names_and_readers_questions_to_nobody() -> None:
    doc = run(
        "en",
        "In an interview on Friday, Mayor Ruth Calder answered questions from readers.\n\n"
        "Q: Will the library close?\n\n"
        "A: No. We found the money in the roads budget.",
    )
    assert speaker_of(doc, "We found the money in the roads budget") == "Ruth Calder"
    assert not _holding(doc, "Will the library close?")  # the readers': nobody named
    assert doc.entries[0].speakers == ["Ruth Calder"]


def test_an_answer_goes_on_in_a_paragraph_without_a_label() -> None:
    doc = run(
        "en",
        "Ruth Calder, the mayor, talked to readers in a live Q&A.\n\n"
        "Q: Why now?\n\n"
        "A: Because the lease ends in June.\n\n"
        "We had no other offer on the table.\n\n"
        "Q: And the staff?\n\n"
        "A: Everyone keeps a job.",
    )
    assert speaker_of(doc, "We had no other offer on the table") == "Ruth Calder"
    assert speaker_of(doc, "Everyone keeps a job") == "Ruth Calder"


def test_article_paragraphs_carry_the_interview_and_a_question_read_as_headline_is_nobodys() -> None:
    doc = _doc(
        "en",
        Entry(text="In a phone interview, Prof. Hannah Ruiz, a chemist, answered questions from families."),
        Entry(headline="Q: Is the water safe for babies?", text="A: Boil it first, for now."),
        Entry(headline="Q: For how long?", text="A: At least until Sunday."),
    )
    assert speaker_of(doc, "Boil it first, for now") == "Hannah Ruiz"
    assert speaker_of(doc, "At least until Sunday") == "Hannah Ruiz"
    assert not [s for e in doc.entries for s in e.statements if s.kind == "headline"]


def test_a_transcript_in_one_post_does_not_run_into_the_next_post() -> None:
    doc = _doc(
        "en",
        Entry(
            time="14:05",
            text="Reporter Ann Cole spoke to Mayor Ruth Calder.\n\nQ: Is the bridge safe?\n\nA: It is closed.",
        ),
        Entry(time="13:50", text="Q: Where do the buses go?\n\nA: Via the ring road, the transit office said."),
    )
    assert speaker_of(doc, "It is closed") == "Ruth Calder"
    assert not _holding(doc, "Where do the buses go?")
    assert "Ruth Calder" not in doc.entries[1].speakers
    assert "Ann Cole" not in doc.entries[1].speakers


def test_german_frage_lines_are_the_reporters_and_a_misspelt_name_label_is_the_person() -> None:
    doc = run(
        "de",
        "Unser Reporter Jonas Brandt hat am Deich mit Einsatzleiterin Ilka Kessler gesprochen.\n"
        "Frage: Hält der Deich?\n"
        "Kessler: Bis morgen früh ja. Wir verstärken ihn mit Sandsäcken.\n"
        "Frage: Müssen die Leute gehen?\n"
        "Kesler: Nur in der Unterstadt.",
    )
    assert speaker_of(doc, "Hält der Deich?") == "Jonas Brandt"
    assert speaker_of(doc, "Bis morgen früh ja") == "Ilka Kessler"
    assert speaker_of(doc, "Müssen die Leute gehen?") == "Jonas Brandt"
    assert speaker_of(doc, "Nur in der Unterstadt") == "Ilka Kessler"


def test_german_antwort_lines_and_questions_of_this_paper() -> None:
    doc = run(
        "de",
        "Im Gespräch mit dieser Zeitung erklärte Bauamtsleiter Veit Hollmann die Pläne.\n"
        "Frage: Wann beginnt der Abriss?\n"
        "Antwort: Im April, wenn das Wetter mitspielt.",
    )
    assert speaker_of(doc, "Im April, wenn das Wetter mitspielt") == "Veit Hollmann"
    assert not _holding(doc, "Wann beginnt der Abriss?")


def test_norwegian_sporsmal_lines_of_an_outlets_reporter() -> None:
    doc = run(
        "no",
        "Fjordpostens Ola Vik stilte ordfører Kari Lie noen spørsmål.\n"
        "Spørsmål: Blir skolen stengt?\n"
        "Lie: Nei, ikke før sommeren.\n"
        "Spørsmål: Hva med bussen?\n"
        "Lie: Den går som før.",
    )
    assert speaker_of(doc, "Blir skolen stengt?") == "Ola Vik"
    assert speaker_of(doc, "ikke før sommeren") == "Kari Lie"
    assert speaker_of(doc, "Den går som før") == "Kari Lie"


def test_a_norwegian_svar_line_that_names_its_source_is_the_sources() -> None:
    doc = run(
        "no",
        "Mange lurer på hva som skjer med fisken.",
        "Spørsmål: Kan jeg spise fisken?\n\nSvar: Nei, ikke før prøvene er klare, opplyser Mattilsynet.",
    )
    answer = _one(doc, "ikke før prøvene er klare")
    assert (answer.speaker, answer.kind, answer.text) == ("Mattilsynet", "direct", "Nei, ikke før prøvene er klare")
    assert not _holding(doc, "Kan jeg spise fisken?")


def test_labels_that_are_no_speakers_never_speak() -> None:
    doc = run(
        "en",
        "Reporter Ann Cole spoke to Mayor Ruth Calder.\n\n"
        "Q: Is the bridge safe?\n\n"
        "Calder: It is closed.\n\n"
        "Note: This interview has been edited for length.\n\n"
        "Q: When will it reopen?\n\n"
        "Calder: Tonight, if the engineers agree.\n\n"
        "Update: The bridge reopened at 6 p.m.\n\n"
        "Photo: Ruth Calder at the bridge.",
    )
    assert not _holding(doc, "edited for length")
    assert not _holding(doc, "reopened at 6")
    assert not _holding(doc, "at the bridge")
    assert speaker_of(doc, "Tonight, if the engineers agree") == "Ruth Calder"
    assert doc.entries[0].speakers == ["Ann Cole", "Ruth Calder"]


def test_chrome_labels_in_german_and_norwegian_are_no_speakers() -> None:
    german = run("de", "Stand: 14 Uhr. Die Straße bleibt gesperrt.\nMehr zum Thema: Der Deich und die Stadt")
    norwegian = run("no", "Les også: Veien er stengt\nOppdatert: Fergen går igjen.")
    for doc in (german, norwegian):
        assert all(s.speaker is None or s.speaker[0].isupper() for e in doc.entries for s in e.statements)
        assert not [s for e in doc.entries for s in e.statements if s.speaker in ("Stand", "Mehr", "Les", "Oppdatert")]


def test_a_lone_name_line_is_read_once() -> None:
    doc = run("en", "Sergio Mora, the union's leader, spoke at noon.\n\nMora: “We will not sign this deal.”")
    assert speaker_of(doc, "We will not sign this deal") == "Sergio Mora"
    assert len(_holding(doc, "We will not sign this deal")) == 1


def test_a_press_conference_of_two_named_speakers_gives_each_line_once() -> None:
    doc = run(
        "en",
        "Premier Alma Quist and Chancellor Dieter Vollrath met the press in Tarnow.\n\n"
        "Quist: We agreed on the pipeline.\n\n"
        "Vollrath: And on who pays for it.\n\n"
        "Quist: “Half each.”",
    )
    assert speaker_of(doc, "We agreed on the pipeline") == "Alma Quist"
    assert speaker_of(doc, "And on who pays for it") == "Dieter Vollrath"
    half = _one(doc, "Half each")
    assert (half.speaker, half.text) == ("Alma Quist", "Half each.")


def test_an_answer_line_that_names_a_role_is_the_one_the_document_gave_that_role() -> None:
    doc = run(
        "en",
        "Dr. Priya Venn, the county health officer, spoke on Monday.",
        "Q: Can we drink the tap water?\n\nA: Only boiled, the health officer said.",
    )
    answer = _one(doc, "Only boiled")
    assert (answer.speaker, answer.text) == ("Priya Venn", "Only boiled")


def test_an_unnamed_reporter_in_the_introduction_is_the_posts_author() -> None:
    doc = _doc(
        "en",
        Entry(
            time="09:40",
            author="Nadia Okonkwo",
            text="Our reporter reached Fire Chief Luis Ortega at the station.\n\n"
            "Q: How many crews are out?\n\n"
            "Ortega: Eleven, and two more from Tarn County.",
        ),
    )
    assert speaker_of(doc, "How many crews are out?") == "Nadia Okonkwo"
    assert speaker_of(doc, "Eleven, and two more") == "Luis Ortega"


def test_a_german_antwort_line_with_its_own_cue_is_the_named_persons_without_the_title() -> None:
    doc = run("de", "Frage: Was wissen wir bisher?\nAntwort: Noch sehr wenig, sagte Polizeisprecher Jan Ulmer.")
    answer = _one(doc, "Noch sehr wenig")
    assert (answer.speaker, answer.text) == ("Jan Ulmer", "Noch sehr wenig")


def test_an_answer_that_goes_on_with_and_i_cant_say_is_nobodys_named_i() -> None:
    # ", and I can't say more today" is the answer going on, not an attribution clause naming "I".
    doc = run(
        "en",
        "Reporter Ann Vik of the Gazette put a question to him:\n"
        "Q: Will the mill close?\n"
        "A: That is under review, and I can't say more today.",
    )
    assert "I" not in [s.speaker for e in doc.entries for s in e.statements]
