"""English gaps: a role nobody was taught whose quote repeats the headline's, a possessive
pronoun or a taught role before "spokesperson", "a force spokesman" after the police were
named, "a statement from the authority read:", a judge named in apposition before a postposed
cue, a family speaking through a statement, and reports nested inside someone's report.
Every name and sentence is invented."""

from __future__ import annotations

from speaking import speaker_of, speakers

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


def run_with_headlines(*entries: tuple[str | None, str]) -> Document:
    """Attribute English entries given as (headline, text)."""
    document = Document(source="test", entries=[Entry(headline=h, text=t) for h, t in entries])
    return attribute(document, lang.get("en"))


# 1. A role nobody was taught, saying the headline's words, is the headline's speaker


def test_an_untaught_role_quoting_the_headline_is_the_headline_speaker() -> None:
    doc = run_with_headlines(
        (None, "Sara Holt has been elected chair of the guild."),
        (None, "Mayor Tomas Wend phoned the winner tonight."),
        (
            "Holt: ‘I will not stand aside’",
            "In her victory speech at the town hall, the new chair said: “I will not stand aside. "
            "I did not ask for this post to mind it for anyone.”\n\n"
            "She then turned to her opponent’s backers:\n\n"
            "“To those of you who backed Mara: I hear you. Your fears are fair.\n\n"
            "“But the town will not wait while we argue.”",
        ),
    )
    assert speaker_of(doc, "I will not stand aside. I did not ask") == "Sara Holt"
    assert speaker_of(doc, "To those of you who backed Mara") == "Sara Holt"
    assert speaker_of(doc, "But the town will not wait") == "Sara Holt"
    assert "Tomas Wend" not in doc.entries[2].speakers


def test_an_untaught_role_saying_other_words_than_the_headline_stays_unresolved_by_it() -> None:
    doc = run_with_headlines(
        (None, "Sara Holt has been elected chair of the guild."),
        (None, "Mayor Tomas Wend phoned the winner tonight."),
        ("Holt: ‘I will not stand aside’", "Later, the treasurer said: “The accounts are in order.”"),
    )
    assert speaker_of(doc, "The accounts are in order") != "Sara Holt"


# 2. "Her spokesperson", "the mayor's official spokesperson": whose spokesperson it is


def test_a_possessive_pronoun_before_spokesperson_names_whose_spokesperson_speaks() -> None:
    doc = run_with_headlines(
        (
            None,
            "The housing minister, Lena Dorn, who backs the plan, said the city needed more homes.\n\n"
            "Her spokesperson later clarified that Dorn would vote for it.",
        )
    )
    assert speaker_of(doc, "the city needed more homes") == "Lena Dorn"
    assert speaker_of(doc, "Dorn would vote for it") == "Lena Dorn's spokesperson"


def test_the_spokesperson_of_a_role_the_document_taught_is_that_persons_spokesperson() -> None:
    doc = run_with_headlines(
        (None, "Mayor Tomas Wend opened the new bridge."),
        (None, "The mayor’s official spokesperson said the bridge had cost less than planned."),
    )
    assert speaker_of(doc, "the bridge had cost less") == "Tomas Wend's spokesperson"


def test_the_spokesperson_after_a_spokesperson_was_asked_is_the_one_asked() -> None:
    doc = run_with_headlines(
        (None, "The union's general secretary, Petra Voss, said the ballot had been fair."),
        (
            None,
            "At the morning briefing, the mayor’s official spokesperson was asked whether Tomas Wend would attend.\n\n"
            "“The mayor will meet whoever the union elects,” the spokesperson said, adding that Wend had "
            "“no intention” of resigning.",
        ),
    )
    assert speaker_of(doc, "The mayor will meet whoever") == "mayor’s official spokesperson"
    assert speaker_of(doc, "Wend had") == "mayor’s official spokesperson"
    assert "Petra Voss" not in doc.entries[1].speakers


# 3. "A force spokesman": the force is the police


def test_a_force_spokesman_speaks_for_the_police_named_before() -> None:
    doc = run_with_headlines(
        (
            None,
            "Officers from Harrow Vale Police used boats to rescue 11 people.\n\n"
            "A force spokesman said officers had helped 14 drivers out of their cars.",
        )
    )
    assert speaker_of(doc, "officers had helped 14 drivers") == "spokesperson of Harrow Vale Police"


def test_a_force_spokesman_after_bare_police_speaks_as_a_police_spokesman_does() -> None:
    doc = run_with_headlines(
        (
            None,
            "The B410 has been closed after a landslip, police said.\n\n"
            "A force spokesman said officers had helped 14 drivers out of their cars.",
        )
    )
    police = run_with_headlines(
        (
            None,
            "The B410 has been closed after a landslip, police said.\n\n"
            "A police spokesman said officers had helped 14 drivers out of their cars.",
        )
    )
    said = speaker_of(police, "officers had helped 14 drivers")
    assert said is not None
    assert speaker_of(doc, "officers had helped 14 drivers") == said


def test_a_task_force_spokesman_is_no_police_spokesman() -> None:
    doc = run_with_headlines(
        (
            None,
            "Officers from Harrow Vale Police used boats to rescue 11 people.\n\n"
            "A task force spokesman said the pumps had arrived.",
        )
    )
    assert speaker_of(doc, "the pumps had arrived") != "spokesperson of Harrow Vale Police"


# 4. "A statement from the authority read: “…”"


def test_a_statement_that_read_a_quote_is_the_body_it_came_from() -> None:
    doc = run_with_headlines(
        (
            None,
            "The Harrow Canal Trust has closed the towpath at Lockley.\n\n"
            "A statement from the trust read: “The bank at Lockley has slipped and is not safe to walk.”",
        )
    )
    assert speaker_of(doc, "The bank at Lockley has slipped") == "Harrow Canal Trust"


def test_a_person_who_read_a_text_aloud_says_nothing_by_reading() -> None:
    doc = run_with_headlines((None, "Tom Vell read that the bank at Lockley had slipped."))
    assert [s.text for e in doc.entries for s in e.statements] == []


# 5. "…, the judge, Mr Justice X, told the court.": a role and its name in apposition after the words


def test_a_postposed_role_with_its_name_between_commas_says_the_words_before() -> None:
    doc = run_with_headlines(
        (None, "Mr Justice Edmund Harlow told jurors: “Take all the time you need.”"),
        (None, "Sentencing will take place on 3 March, the judge, Mr Justice Harlow, told the court."),
    )
    assert speaker_of(doc, "Sentencing will take place") == "Edmund Harlow"
    assert [s.text for s in doc.entries[1].statements] == ["Sentencing will take place on 3 March"]


def test_a_role_with_its_name_opening_the_sentence_still_introduces_what_follows() -> None:
    doc = run_with_headlines((None, "The judge, Edmund Harlow, said sentencing would take place on 3 March."))
    assert speaker_of(doc, "sentencing would take place") == "Edmund Harlow"


# 6. "the family of X", "X's family", "relatives of X" speak as the family, never as X


def test_the_family_of_a_person_speaks_as_the_family_not_as_the_person() -> None:
    doc = run_with_headlines(
        (None, "Ella Marsh, 31, died when the roof fell in."),
        (
            "Family: ‘We miss her every day’",
            "In a statement read outside court by their lawyer, Ann Cole, the family of Ella Marsh said: "
            "“We miss her every day. She should have been at her sister’s wedding.”",
        ),
    )
    assert speaker_of(doc, "She should have been at her sister") == "family of Ella Marsh"
    assert speaker_of(doc, "We miss her every day") == "family of Ella Marsh"
    assert "Ella Marsh" not in doc.entries[1].speakers
    assert "Ann Cole" not in doc.entries[1].speakers


def test_a_persons_family_and_relatives_speak_as_the_family() -> None:
    doc = run_with_headlines(
        (None, "Ella Marsh, 31, died when the roof fell in."),
        (None, "Ella Marsh's family said they were grateful to the rescuers."),
        (None, "Relatives of Ella Marsh said they would keep campaigning."),
    )
    assert speaker_of(doc, "they were grateful to the rescuers") == "family of Ella Marsh"
    assert speaker_of(doc, "they would keep campaigning") == "family of Ella Marsh"


# 7. A report inside someone's report is theirs; an unnamed source is nobody


def test_a_report_nested_inside_a_persons_report_stays_that_persons() -> None:
    doc = run_with_headlines(
        (
            None,
            "Dena Firth has run the corner shop for 20 years.\n\n"
            "She said her landlord had told her it could be “weeks, not days” before she can open.",
        )
    )
    assert speakers(doc) == ["Dena Firth"]
    assert speaker_of(doc, "weeks, not days") == "Dena Firth"


def test_a_second_cue_of_the_same_speaker_inside_the_report_still_counts() -> None:
    doc = run_with_headlines(
        (None, "Lena Dorn said the city would rebuild the bridge and promised families would get help."),
    )
    assert speaker_of(doc, "families would get help") == "Lena Dorn"


def test_an_unnamed_source_close_to_someone_is_nobodys_statement() -> None:
    doc = run_with_headlines(
        (None, "Mara Lind has conceded.\n\nA source close to her campaign said she had been stunned by the margin."),
        (None, "Mara Lind has conceded.\n\nSources close to Mara Lind said she had been stunned by the margin."),
    )
    assert speakers(doc) == []
