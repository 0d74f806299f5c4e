"""Misspelt names, titles glued to a surname and three-part names: one person each, wherever in
the document the misspelling stands; two people one edit apart stay two."""

from __future__ import annotations

from speaking import run, speaker_of, speakers

from liveblog import lang
from liveblog.attribution import attribute, build_table
from liveblog.attribution.cues import lexicon
from liveblog.models import Document, Entry, Speaker


def _document(code: str, *entries: tuple[str | None, str]) -> Document:
    """Attribute a document of (headline, text) entries, in reading order."""
    document = Document(source="test", entries=[Entry(headline=h, text=t) for h, t in entries])
    return attribute(document, lang.get(code))


def test_a_misspelt_full_name_above_the_entry_that_introduces_the_person_is_that_person() -> None:
    doc = run(
        "no",
        "Partiets Marte Solhem sier til avisen at hun er fornøyd med kvelden.",
        "– Vi er klare for å styre, sa Solheim.",
        "Toppkandidat Marte Solheim ble møtt med jubel på valgvaka.",
    )
    assert speaker_of(doc, "hun er fornøyd med kvelden") == "Marte Solheim"
    assert speakers(doc) == ["Marte Solheim", "Marte Solheim"]


def test_a_misspelt_full_name_after_the_right_one_is_that_person_too() -> None:
    doc = run(
        "en",
        "Council leader Ruth Kellerman said the bridge would stay shut.",
        "“We were lucky this time,” said council leader Ruth Kellermann, who chairs the forum.",
        "“Lucky, and late,” Kellermann added.",
    )
    # the spelling the document uses more often names her
    assert speakers(doc) == ["Ruth Kellermann", "Ruth Kellermann", "Ruth Kellermann"]


def test_a_title_glued_to_a_misspelt_surname_is_the_titled_person() -> None:
    doc = run(
        "de",
        "Geschäftsführer Kowalsky hat Gerüchte über einen Verkauf dementiert. „Der Verein bleibt“, sagte Kowalsky.",
        "Geschäftsführer Anton Kowalski vom SC Lindholm zeigte sich am Abend zufrieden.",
    )
    assert speaker_of(doc, "Der Verein bleibt") == "Anton Kowalski"


def test_a_title_glued_to_the_surname_is_no_given_name() -> None:
    table = build_table(
        Document(
            source="test",
            entries=[
                Entry(text="Ein Angebot für Kassenwart Ilse Brückner liege vor."),
                Entry(text="Kassenwart Brückner wollte sich nicht äußern."),
            ],
        ),
        lexicon(lang.get("de")),
    )
    entity = table.lookup("Kassenwart Brückner")
    assert entity is not None and entity.canonical == "Ilse Brückner"
    assert [e.canonical for e in table.entities if e.person] == ["Ilse Brückner"]


def test_two_people_whose_surnames_are_one_edit_apart_stay_two() -> None:
    doc = run(
        "en",
        "Per Hansen, a farmer, said the dam had held. Kari Jansen, a teacher, said the school was shut.",
        "“It was close,” Jansen said. “We were lucky,” Hansen said.",
    )
    assert speaker_of(doc, "It was close") == "Kari Jansen"
    assert speaker_of(doc, "We were lucky") == "Per Hansen"
    assert speaker_of(doc, "the dam had held") == "Per Hansen"


def test_a_surname_equally_near_two_people_names_neither() -> None:
    table = build_table(
        Document(source="test", entries=[Entry(text="Per Hansen and Kari Jansen met the press.")]),
        lexicon(lang.get("en")),
    )
    assert table.lookup("Hanssen") is not None  # two edits from Jansen, one from Hansen
    assert table.lookup("Hanssen").canonical == "Per Hansen"  # type: ignore[union-attr]
    assert table.lookup("Lansen") is None  # one edit from both


def test_three_part_names_after_a_lowercase_word_are_kept_whole() -> None:
    doc = run("no", "– Det var et kraftig smell, sier passasjer Anne Lise Haugen (61) til avisen.")
    assert speakers(doc) == ["Anne Lise Haugen"]
    doc = run("en", "“The water came in very fast,” said Anna Maria Berg, a passenger on the ferry.")
    assert speakers(doc) == ["Anna Maria Berg"]
    doc = run("de", "„Das Wasser kam sehr schnell“, sagte Landwirt Hans Peter Müller.")
    assert speakers(doc) == ["Hans Peter Müller"]


def test_a_role_before_a_three_part_name_is_still_dropped() -> None:
    doc = run("no", "– Vi må spille raskere, sa Vik-trener Ola Berg til TV 2.")
    assert speakers(doc) == ["Ola Berg"]
    doc = run("de", "Ihr polnischer Amtskollege Tomasz Nowicki betonte, die Zusammenarbeit sei eng.")
    assert speakers(doc) == ["Tomasz Nowicki"]


def test_a_role_taught_by_an_apposition_that_ends_the_sentence_labels_a_headline() -> None:
    doc = _document(
        "en",
        ("Mayor: ‘Send pumps, not ministers’", "“Send pumps, not ministers,” the mayor told the crowd."),
        (
            "Minister visits Carrow Bay",
            "Council leader Kofi Mensah said the town would recover. "
            "The minister toured the harbour with the town's mayor, Tom Reed.",
        ),
    )
    headline = [s for s in doc.entries[0].statements if s.kind == "headline"]
    assert [(s.speaker, s.text) for s in headline] == [("Tom Reed", "Send pumps, not ministers")]


def test_a_quote_after_a_colon_is_the_subject_s_who_follows_an_opening_clause() -> None:
    doc = run(
        "en",
        "Speaking to reporters an hour after the minister left, Reed went further: “We need pumps.”",
        "Mayor Tom Reed toured the flooded streets. Council leader Kofi Mensah said the town would recover.",
    )
    assert speaker_of(doc, "We need pumps") == "Tom Reed"


def test_two_places_one_letter_apart_stay_two() -> None:
    table = build_table(
        Document(
            source="test",
            entries=[
                Entry(text="Bad Lindau meldet Schäden. Bad Landau ist nicht betroffen."),
                Entry(text="Die Stadtwerke Landau helfen in Bad Lindau aus. Auch Bad Lindau hat Strom."),
            ],
        ),
        lexicon(lang.get("de")),
    )
    lindau, landau = table.lookup("Bad Lindau"), table.lookup("Bad Landau")
    assert lindau is not None and landau is not None
    assert lindau is not landau


def test_a_misspelt_surname_after_a_sentence_opening_word_still_joins() -> None:
    table = build_table(
        Document(
            source="test",
            entries=[
                Entry(
                    text="Bürgermeisterin Carola Wendtland eröffnete die Sitzung. „Wir schaffen das“, sagte Wendtland."
                ),
                Entry(text="Auch Carola Wendland äußerte sich."),
            ],
        ),
        lexicon(lang.get("de")),
    )
    assert table.lookup("Carola Wendland") is table.lookup("Carola Wendtland")
    assert [e.canonical for e in table.entities if e.person] == ["Carola Wendtland"]


def test_a_lowercase_description_between_an_inverted_cue_and_a_full_name_is_no_speaker() -> None:
    doc = run("en", "“The water came in very fast,” said resident Mary Jones.")
    assert speakers(doc) == ["Mary Jones"]
    doc = run("en", "“We lost the whole harvest,” said local farmer Tom Hill, who farms by the river.")
    assert speakers(doc) == ["Tom Hill"]


def test_a_misspelt_name_joins_the_registry_s_person() -> None:
    document = Document(
        source="test",
        entries=[
            Entry(text="Partiets Marte Solhem sier at hun er fornøyd."),
            Entry(text="Marte Solheim takket velgerne."),
        ],
    )
    registry = [Speaker(name="Marte Solheim", aliases=["M. Solheim"])]
    table = build_table(document, lexicon(lang.get("no")), registry)
    entity = table.lookup("Marte Solhem")
    assert entity is not None and entity.canonical == "Marte Solheim"
    assert table.lookup("Marte Solheim") is entity
