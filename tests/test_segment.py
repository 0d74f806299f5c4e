"""Segmentation: stamps open entries; headlines, titles, leads, articles and page chrome.

The documents under tests/fixtures/segment/ were written for these tests; the
expectations below were written by hand from reading them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import liveblog
from liveblog import lang
from liveblog.models import Block, Document, RawDocument
from liveblog.segment import segment
from liveblog.sources.text import read_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "segment"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _segment(text: str, code: str = "en") -> Document:
    return segment(read_text(text, "<test>", "<test>"), lang.get(code))


def _fixture(name: str, **options: str) -> Document:
    return liveblog.parse_file(FIXTURES / name, **options)  # type: ignore[arg-type]


def _timed(document: Document) -> list[tuple[str | None, str | None]]:
    return [(entry.time, entry.time_text) for entry in document.entries if entry.time]


def _all_text(document: Document) -> str:
    parts = [document.title or "", document.subtitle or ""]
    for entry in document.entries:
        parts += [entry.headline or "", entry.text]
    return "\n".join(parts)


# --- the time styles of a stamp ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "code", "time", "time_text"),
    [
        ("2:24 p.m .: The press conference is over.", "en", "14:24", "2:24 p.m ."),
        ("2:24 p.m.: The press conference is over.", "en", "14:24", "2:24 p.m."),
        ("2:24pm - The press conference is over.", "en", "14:24", "2:24pm"),
        ("12:58 p.m.: Still waiting.", "en", "12:58", "12:58 p.m."),
        ("12:05 a.m.: Past midnight.", "en", "00:05", "12:05 a.m."),
        ("6.41pm GMT – Markets close lower.", "en", "18:41", "6.41pm GMT"),
        ("14:24: The minister arrives.", "en", "14:24", "14:24"),
        ("14.24 – The minister arrives.", "en", "14:24", "14.24"),
        ("14:24 Uhr: Der Minister kommt an.", "de", "14:24", "14:24 Uhr"),
        ("14.24 Uhr - Der Minister kommt an.", "de", "14:24", "14.24 Uhr"),
        ("kl. 14.24: Statsministeren kommer.", "no", "14:24", "kl. 14.24"),
        ("Kl. 9.05 – Statsministeren kommer.", "no", "09:05", "Kl. 9.05"),
        ("11:20 GMT 14.01.2025 - Polls close.", "en", "11:20", "11:20 GMT 14.01.2025"),
        ("09:15 CET: Markets open.", "en", "09:15", "09:15 CET"),
        ("9:15 a.m. ET: Markets open.", "en", "09:15", "9:15 a.m. ET"),
        ("10:30 MEZ: Die Börse öffnet.", "de", "10:30", "10:30 MEZ"),
    ],
)
def test_every_time_style_opens_an_entry(line: str, code: str, time: str, time_text: str) -> None:
    document = _segment(f"A title of the blog\n\n{line}\n\n08:00: The first entry.", code)
    assert document.kind == "liveblog"
    assert _timed(document)[0] == (time, time_text)
    assert document.entries[0].text == line.split(": ", 1)[-1].split(" – ", 1)[-1].split(" - ", 1)[-1]


@pytest.mark.parametrize(
    ("line", "time", "time_text"),
    [
        ("[14:24] The minister arrives.", "14:24", "14:24"),
        ("(2:24 p.m.) The minister arrives.", "14:24", "2:24 p.m."),
        ("**14:24** The minister arrives.", "14:24", "14:24"),
        ("**14:24 Uhr**: The minister arrives.", "14:24", "14:24 Uhr"),
    ],
)
def test_a_stamp_in_brackets_or_bold_opens_an_entry_without_its_brackets(line: str, time: str, time_text: str) -> None:
    document = _segment(f"A title of the blog\n\n{line}\n\n[08:00] The first entry.")
    assert _timed(document)[0] == (time, time_text)
    assert document.entries[0].text == "The minister arrives."


@pytest.mark.parametrize(
    ("text", "code", "first", "second"),
    [
        ("Sturm\n\n14:05 Uhr Der Wind nimmt zu.\n\n13:40 Uhr Fähren fallen aus.", "de", "Der Wind", "Fähren fallen"),
        ("Storm\n\nKl. 14.05 Vinden øker.\n\nKl. 13.40 Fergene står.", "no", "Vinden øker.", "Fergene står."),
        ("Storm\n\n2:05 p.m. The wind rises.\n\n1:40 p.m. Ferries stop.", "en", "The wind", "Ferries stop."),
        ("Storm\n\n14:05 GMT The wind rises.\n\n13:40 GMT Ferries stop.", "en", "The wind", "Ferries stop."),
    ],
)
def test_a_qualified_time_followed_only_by_a_space_opens_entries(text: str, code: str, first: str, second: str) -> None:
    document = _segment(text, code)
    assert [entry.time for entry in document.entries] == ["14:05", "13:40"]
    assert document.entries[0].text.startswith(first)
    assert document.entries[1].text.startswith(second)


@pytest.mark.parametrize(
    "text",
    [
        "Die Sitzung\n\nDer Rat tagte lange.\n\n14:05 Uhr Ortszeit begann die Sitzung.\n\nDanach ging es weiter.",
        "Storm\n\n14:05 The wind is rising.\n\n13:40 The ferries are cancelled.",
        "Sturm\n\n14:05 Uhr ist der Termin.\n\n13:40 Uhr war es ruhig.",
    ],
)
def test_a_time_followed_only_by_a_space_is_text_unless_qualified_capitalised_and_repeated(text: str) -> None:
    document = _segment(text, "de" if "Uhr" in text else "en")
    assert document.kind == "article"


def test_a_time_in_brackets_inside_a_sentence_is_no_stamp() -> None:
    document = _segment("14:40: The first entry.\n\nThe mayor (14:05) said little.\n\n14:10: The last entry.")
    assert [e.time for e in document.entries] == ["14:40", "14:10"]


def test_the_text_after_the_stamp_is_the_entry_text_without_the_separator() -> None:
    document = _segment("14:24 – The minister arrives.\n\n14:20: Journalists wait outside.")
    assert [e.text for e in document.entries] == ["The minister arrives.", "Journalists wait outside."]


def test_a_time_alone_on_its_line_opens_the_entry_whose_text_follows() -> None:
    document = _segment("Title of the blog\n\n2:24 p.m.\nThe press conference is over.\n\n2:10 p.m.\nIt started late.")
    assert _timed(document) == [("14:24", "2:24 p.m."), ("14:10", "2:10 p.m.")]
    assert [e.text for e in document.entries] == ["The press conference is over.", "It started late."]


@pytest.mark.parametrize(
    "line",
    [
        "The press conference scheduled for 12:30 p.m. has been postponed.",
        "At 14:24 the minister arrived.",
        "1. The first point of the plan.",
        "2022: a year of crises.",
        "14:00-15:00 Uhr ist die Pressekonferenz.",
        "1.000 Menschen demonstrierten.",
        "9:30 am Morgen: die erste Sitzung",
    ],
)
def test_a_time_inside_the_text_is_not_an_entry(line: str) -> None:
    document = _segment(f"14:40: The first entry.\n\n{line}\n\n14:10: The last entry.", "de" if "Uhr" in line else "en")
    assert [e.time for e in document.entries] == ["14:40", "14:10"]
    assert line in document.entries[0].text


def test_untimed_paragraphs_after_an_entry_continue_it_joined_by_a_blank_line() -> None:
    document = _segment("15:00: First paragraph.\n\nSecond paragraph.\nThird paragraph.\n\n14:00: Older entry.")
    assert document.entries[0].text == "First paragraph.\n\nSecond paragraph.\n\nThird paragraph."


# --- labels -------------------------------------------------------------------


def test_a_label_repeated_before_every_entry_marks_the_stamps_and_updated_at_is_no_entry() -> None:
    document = _fixture("en_posted_labels_gmt.txt")
    assert _timed(document) == [
        ("18:41", "6.41pm GMT"),
        ("17:58", "5.58pm GMT"),
        ("16:30", "4.30pm GMT"),
        ("12:02", "12.02pm GMT"),
    ]
    first = document.entries[0]
    assert first.headline == "Opposition response"
    assert first.updated == "18:52"
    assert "Updated at" not in first.text
    assert first.text.endswith("higher tax bands.")
    assert document.entries[1].headline == "Markets shrug off the statement"
    assert document.entries[2].headline is None
    assert document.entries[2].text.startswith('"We have taken the difficult decisions,"')


def test_with_labelled_stamps_an_unlabelled_time_at_a_line_start_is_text() -> None:
    text = (
        "Posted 15:10\nThe vote is over.\n\n"
        "14:00 - 14:30 was the slot for questions, the speaker said.\n\n"
        "Posted 14:55\nMembers return.\n\nPosted 14:20\nThe debate opens."
    )
    document = _segment(text)
    assert [e.time for e in document.entries] == ["15:10", "14:55", "14:20"]
    assert "14:00 - 14:30 was the slot" in document.entries[0].text


def test_a_single_dateline_with_a_time_is_metadata_not_an_entry() -> None:
    text = "Storm live\n\nPublished 16 July 2024 14:24 BST\n\n15:10: The storm reaches the coast.\n\n14:50: Warnings."
    document = _segment(text)
    assert document.date == "2024-07-16"
    assert [e.time for e in document.entries] == ["15:10", "14:50"]


# --- structure ----------------------------------------------------------------


def test_a_german_liveticker_newest_first_with_headline_ads_and_most_read() -> None:
    document = _fixture("de_liveticker_newest_first.txt")
    assert document.kind == "liveblog"
    assert document.language == "de"
    assert document.title == "Hochwasser in Bayern: Der Liveticker zum Nachlesen"
    assert document.subtitle == "Pegelstände steigen weiter – Landrätin Berger ruft den Katastrophenfall aus"
    assert document.date == "2025-01-14"
    assert _timed(document) == [
        ("23:55", "23:55 Uhr"),
        ("22:40", "22.40 Uhr"),
        ("21:15", "21:15 Uhr"),
        ("20:05", "20:05 Uhr"),
    ]
    assert len(document.entries) == 4
    first, second, third, _ = document.entries
    assert first.headline is None
    assert first.text.endswith("Die Sandsäcke werden über Nacht weiter verstärkt.")
    assert second.headline == "Bahn sperrt Strecke"
    assert second.text.startswith("Die Bahnstrecke zwischen Neustadt")
    assert third.text.startswith("Landrätin Maria Berger hat den Katastrophenfall ausgerufen.")
    everything = _all_text(document)
    for chrome in ("Anzeige", "Meistgelesen", "Bundesliga", "So wird das Wochenende", "Stand:"):
        assert chrome not in everything


def test_a_norwegian_direkte_oldest_first_with_standfirst_and_headline() -> None:
    document = _fixture("no_direkte_oldest_first.txt")
    assert document.language == "no"
    assert document.title == "Storm over Vestlandet – følg det siste her"
    assert document.date == "2024-03-03"
    # One short paragraph between the title and the first post: the standfirst, as on a page.
    assert document.subtitle == "Meteorologisk institutt har sendt ut rødt farevarsel for kysten."
    assert [e.time for e in document.entries] == ["21:50", "22:35", "23:40", "00:10", "01:05"]
    assert document.entries[1].text == (
        "Politiet stenger E39 ved Os. – Vi ber folk holde seg hjemme, sier operasjonsleder Kari Nilsen."
        "\n\nDet er meldt om flere trær over veien."
    )
    assert document.entries[2].headline == "Strømmen er borte i Fana"
    assert "Mest lest" not in _all_text(document)
    assert "påsken" not in _all_text(document)


def test_lines_before_the_first_entry_are_title_subtitle_and_lead_never_its_headline() -> None:
    text = (
        "Summit live\n\nLeaders meet in Oslo\n\nSecurity is tight\n\n"
        "10:05: The first leader arrives.\n\n09:00: Doors open."
    )
    document = _segment(text)
    assert (document.title, document.subtitle) == ("Summit live", "Leaders meet in Oslo")
    assert document.entries[0].time is None and document.entries[0].text == "Security is tight"
    assert document.entries[1].headline is None


def test_a_headline_line_between_two_entries_belongs_to_the_entry_below() -> None:
    text = (
        "Summit live\n\n10:30: Talks continue.\n\nMinister: 'We are close to a deal'\n\n"
        "10:15: The minister speaks to reporters.\n\n10:00: Talks begin."
    )
    document = _segment(text)
    assert [e.headline for e in document.entries] == [None, "Minister: 'We are close to a deal'", None]
    assert document.entries[0].text == "Talks continue."


def test_stamps_with_zone_and_date_in_english() -> None:
    document = _fixture("en_gmt_dated_stamps.txt")
    assert document.title == "Election night in Riverland: results as they come in"
    assert document.date == "2025-01-14"
    assert [e.time for e in document.entries] == ["23:40", "23:55", "00:20", "00:45"]
    assert document.entries[1].text == "First results from Port Alder show the Green Alliance ahead."


# --- articles and page chrome ---------------------------------------------------


def test_an_article_has_paragraph_entries_subheadings_as_headlines_and_no_chrome() -> None:
    document = _fixture("en_article_with_chrome.txt")
    assert document.kind == "article"
    assert document.title == "Harbour strike enters second week as talks stall"
    assert document.publisher == "Coastal News Agency"
    assert [e.time for e in document.entries] == [None] * 4
    texts = [e.text[:20] for e in document.entries]
    assert texts == ["Dock workers in Port", '"We are not going ba', "More than 30 cargo s", "The authority's dire"]
    assert document.entries[2].headline == "Ships queue outside the port"
    everything = _all_text(document)
    for chrome in (
        "Advertisement",
        "Cargo ships wait at anchor",
        "BusinessEurope",
        "Most read",
        "Council approves",
        "will not leave",
        "Related stories",
        "lasting damage",
        "Fishermen",
        "Source:",
    ):
        assert chrome not in everything


def test_a_relative_stamp_at_the_top_is_neither_title_nor_entry() -> None:
    document = _segment("Updated 24 minutes ago\nThe minister said on Tuesday that talks would go on.\nMore text.")
    assert document.title is None
    assert [e.text for e in document.entries] == [
        "The minister said on Tuesday that talks would go on.",
        "More text.",
    ]


@pytest.mark.parametrize(
    ("tail", "code"),
    [
        (
            "More coverage\n\nNeighbours describe the night the pier fell\n\nSign up for our alerts\n\n"
            "© 2025 Harbour Post. All rights reserved.",
            "en",
        ),
        (
            "Lesen Sie auch\n\nDie Nacht, in der die Brücke fiel\n\nMelden Sie sich für unseren Newsletter an.\n\n"
            "© 2025 Hafenblatt. Alle Rechte vorbehalten.",
            "de",
        ),
        (
            "Mer om saken\n\nNaboene forteller om natten\n\nMeld deg på nyhetsbrevet vårt.\n\n"
            "Copyright 2025 Havneposten.",
            "no",
        ),
    ],
)
def test_related_links_newsletter_prompts_and_copyright_under_a_blog_are_no_entry_text(tail: str, code: str) -> None:
    document = _segment(f"Pier live\n\n9:05: The pier is closed.\n\n8:40: Divers are searching.\n\n{tail}", code)
    assert [entry.text for entry in document.entries] == ["The pier is closed.", "Divers are searching."]


@pytest.mark.parametrize(
    ("tail", "code"),
    [
        ("More from the Harbour Post\nThe night the pier fell\nWhat to do when the ferry stops", "en"),
        (
            "Mehr Fußball\nTrainer: „Wir spielen auf Sieg“\nAlle Daten zur Liga\n\nBlatt | Impressum | Datenschutz",
            "de",
        ),
        ("Mer fra Havneposten\nNatten da brygga falt\nDette gjør du når ferja står", "no"),
    ],
)
def test_a_heading_that_opens_like_a_list_of_other_stories_drops_the_list(tail: str, code: str) -> None:
    document = _segment(f"Pier live\n\n9:05: The pier is closed.\n\n8:40: Divers are searching.\n\n{tail}", code)
    assert [entry.text for entry in document.entries] == ["The pier is closed.", "Divers are searching."]


def test_a_subheading_that_opens_like_a_list_heading_stays_when_a_paragraph_follows() -> None:
    text = "Haushalt\n\nDer Rat hat getagt.\n\nMehr Geld für Schulen\n\nDie Landesregierung will mehr Geld ausgeben."
    document = _segment(text, "de")
    assert "Mehr Geld für Schulen" in [entry.headline for entry in document.entries] + [
        entry.text for entry in document.entries
    ]


def test_a_dateline_prefix_is_stripped_from_the_first_paragraph() -> None:
    document = _segment(" date 2022-05 Tirsdag møtte statsministeren pressen.\n\nMer tekst.", "no")
    assert document.date == "2022-05"
    assert document.entries[0].text == "Tirsdag møtte statsministeren pressen."


@pytest.mark.parametrize("heading", ["Popular Stories", "Mest lest", "Meistgelesen", "Related Stories", "Most read"])
def test_a_chrome_heading_ends_the_article_with_its_list(heading: str) -> None:
    text = f"Body paragraph one.\n\nBody paragraph two.\n\n{heading}\n\n1\n\nOther story one\n\n2\n\nOther story two"
    document = _segment(text)
    assert [e.text for e in document.entries] == ["Body paragraph one.", "Body paragraph two."]


def test_seed_002_keeps_the_article_and_drops_its_lists_of_other_stories() -> None:
    document = liveblog.parse_file(SEEDS / "002_b44a7c418a56b720.txt")
    assert document.title == "UN chief slams invasion of Ukraine in meeting with Putin"
    assert document.publisher == "Associated Press"
    everything = _all_text(document)
    assert "WorldUK and Europe" not in everything
    assert "Popular Stories" not in everything
    assert "take his blood" not in everything
    assert document.entries[-1].text.startswith("Putin responded by claiming")


def test_seed_003_starts_with_a_relative_stamp_that_is_no_title() -> None:
    document = liveblog.parse_file(SEEDS / "003_321935418554c837.txt")
    assert document.kind == "article"
    assert document.title is None
    assert document.entries[0].text.startswith("UN Secretary-General Antonio Guterres said")
    assert all("minutes ago" not in e.text for e in document.entries)


def test_seed_001_gets_all_35_entries_in_newest_first_order() -> None:
    document = liveblog.parse_file(SEEDS / "001_1ef951b14edccf44.txt")
    timed = [e for e in document.entries if e.time]
    assert len(timed) == 35
    assert (timed[0].time, timed[0].time_text) == ("14:24", "2:24 p.m .")
    assert (timed[-1].time, timed[-1].headline) == (
        "12:33",
        "UN chief Guterres Moscow calls for a ceasefire in Ukraine",
    )
    assert "scheduled for 12:30 p.m." in timed[-2].text
    assert timed[-2].text.endswith("FOCUS Online reports are available here.")


# --- structured blocks -----------------------------------------------------------


def test_entry_blocks_from_structured_readers_keep_their_hints() -> None:
    raw = RawDocument(
        source="page.html",
        identity="https://example.org/live",
        reader="html",
        url="https://example.org/live",
        title="Markup title",
        blocks=[
            Block(text="Blog title from the page", kind="title"),
            Block(text="Read more: Another story", kind="chrome"),
            Block(
                text="The minister arrived.",
                kind="entry",
                entry_id="post-2",
                time_text="2:24 p.m.",
                timestamp="2024-07-16T14:24:00+01:00",
                headline="Arrival",
                author="A. Reporter",
                url="https://example.org/live#post-2",
                flags=["key-event"],
            ),
            Block(text="Doors opened.", kind="entry", entry_id="post-1", timestamp="2024-07-16T13:05:00+01:00"),
        ],
    )
    document = segment(raw, lang.get("en"))
    assert document.title == "Blog title from the page"
    assert document.kind == "liveblog"
    assert document.date == "2024-07-16"
    assert document.url == "https://example.org/live"
    first, second = document.entries
    assert (first.id, first.time, first.time_text, first.headline) == ("post-2", "14:24", "2:24 p.m.", "Arrival")
    assert (first.author, first.flags, first.timestamp) == ("A. Reporter", ["key-event"], "2024-07-16T14:24:00+01:00")
    assert (second.id, second.time, second.text) == ("post-1", "13:05", "Doors opened.")
    assert "Another story" not in _all_text(document)


def test_raw_metadata_is_used_when_the_text_gives_nothing_better() -> None:
    raw = RawDocument(
        source="x",
        identity="x",
        title="Title from metadata",
        date="2024-07-16",
        publisher="Example News",
        blocks=[Block(text="A paragraph of the article, which ends like a sentence.")],
    )
    document = segment(raw, lang.get("en"))
    assert (document.title, document.date, document.publisher) == ("Title from metadata", "2024-07-16", "Example News")


# --- bad input -------------------------------------------------------------------


@pytest.mark.timeout(60)
def test_a_30_mb_single_line_is_segmented_in_linear_time() -> None:
    line = "12:30 p.m. " * 2_800_000  # 30.8 MB of times with no separator and no line break
    document = _segment(line)
    assert document.kind == "article"
    assert len(document.entries) == 1
    assert len(document.entries[0].text) == len(line.strip())


@pytest.mark.timeout(60)
def test_a_long_line_of_blanks_after_a_time_does_not_backtrack() -> None:
    line = "14:24" + " " * 5_000_000 + "x"
    document = _segment(line)
    assert document.entries[0].time is None


@pytest.mark.timeout(60)
def test_many_entries_are_segmented_in_linear_time() -> None:
    text = "\n\n".join(f"{h % 24:02d}:{m:02d}: Entry number {h * 60 + m}." for h in range(24) for m in range(0, 60, 1))
    document = _segment("\n\n".join([text] * 20))
    assert len(document.entries) == 24 * 60 * 20


def test_a_dated_first_stamp_over_plain_times_still_opens_an_entry() -> None:
    text = "Trial live\n\n09:58 GMT 14.01.2025\nGood morning.\n\n10:14 – The jury is in.\n\n10:31 – He speaks."
    document = _segment(text)
    assert [e.time for e in document.entries] == ["09:58", "10:14", "10:31"]
    assert document.date == "2025-01-14"


def test_a_date_and_time_line_over_an_article_is_its_dateline() -> None:
    text = "Hafenstreik: Gespräche gescheitert\n\n14.01.2025, 14:24 Uhr\n\nDie Gespräche sind gescheitert."
    document = _segment(text, "de")
    assert document.kind == "article"
    assert document.date == "2025-01-14"
    assert [e.text for e in document.entries] == ["Die Gespräche sind gescheitert."]


def test_a_title_like_line_under_an_articles_title_is_its_subtitle() -> None:
    text = "Mill to close\n\nHundreds of jobs at risk in the valley\n\nThe mill will close in May.\n\nMore text."
    document = _segment(text)
    assert (document.title, document.subtitle) == ("Mill to close", "Hundreds of jobs at risk in the valley")
    assert [e.headline for e in document.entries] == [None, None]


def test_navigation_lines_and_a_key_events_list_are_dropped_and_weekday_date_stamps_open_entries() -> None:
    text = (
        "Skip to main content\n\nUkraine war live: leaders meet in Kyiv\n\nKey events\n\n3h ago\nLeaders meet\n\n"
        "5h ago\nSanctions agreed\n\nShow key events only\n\n"
        "Tue 14 Jan 2025 17.45 GMT\nLeaders meet\nThe two leaders met in Kyiv on Tuesday.\n\n"
        "Tue 14 Jan 2025 17.20 GMT\nSanctions agreed\nMinisters agreed new sanctions."
    )
    document = _segment(text)
    assert document.title == "Ukraine war live: leaders meet in Kyiv"
    assert [(e.time, e.headline, e.text) for e in document.entries] == [
        ("17:45", "Leaders meet", "The two leaders met in Kyiv on Tuesday."),
        ("17:20", "Sanctions agreed", "Ministers agreed new sanctions."),
    ]
    assert document.date == "2025-01-14"


def test_heading_blocks_give_the_entry_below_its_headline_and_chrome_headings_end_the_page() -> None:
    raw = RawDocument(
        source="x",
        identity="x",
        reader="html",
        blocks=[
            Block(text="Vote count live", kind="title"),
            Block(text="Turnout record", kind="heading"),
            Block(text="Turnout was the highest since 1990.", kind="entry", time_text="21:05"),
            Block(text="Polls close", kind="heading"),
            Block(text="Polls have closed.", kind="entry", time_text="21:00"),
            Block(text="Most read", kind="heading"),
            Block(text="An unrelated story about football"),
        ],
    )
    document = segment(raw, lang.get("en"))
    assert [(e.time, e.headline, e.text) for e in document.entries] == [
        ("21:05", "Turnout record", "Turnout was the highest since 1990."),
        ("21:00", "Polls close", "Polls have closed."),
    ]


def test_stamps_without_any_text_make_no_live_blog() -> None:
    document = _segment("14:24\n\n14:20\n")
    assert (document.kind, document.entries) == ("article", [])


def test_a_german_paragraph_ending_in_a_closing_quote_is_no_headline() -> None:
    text = (
        "Ministerin Jana Berg betonte, man werde „alles tun, damit die Hilfe rasch ankommt und nicht mehr blockiert "
        "werden kann.“\n\nLaut Berg sollen die ersten Lieferungen noch im Mai starten.\n"
    )
    document = liveblog.parse(text)
    assert [entry.headline for entry in document.entries] == [None, None]


@pytest.mark.parametrize(
    ("text", "timestamps"),
    [
        (
            "Flood warning – live\n\nPublished 16.07.2024 21:10 | Updated 17.07.2024 00:20\n\n"
            "00:20: The river peaked at 4.1 metres.\n\n23:45: Sandbags are handed out.\n\n21:30: Streets are closed.",
            ["2024-07-17T00:20:00", "2024-07-16T23:45:00", "2024-07-16T21:30:00"],
        ),
        (
            "DIREKTE: Stormen over Vestlandet\n\nPublisert onsdag 5. mars 2025 kl. 06.30 – Sist oppdatert kl. 23.10\n\n"
            "kl. 23.10\nVi avslutter for i kveld.\n\nkl. 14.05\nFergene står.\n\nkl. 06.30\nStormen er her.",
            ["2025-03-05T23:10:00", "2025-03-05T14:05:00", "2025-03-05T06:30:00"],
        ),
        (
            "Storm live updates\n\nUpdated 6:12 p.m. ET, Tuesday, October 7, 2025\n\n"
            "6:02 p.m. ET\n\nThe last ferries have left.\n\n9:15 a.m. ET\n\nThe storm warning starts at noon.",
            ["2025-10-07T18:02", "2025-10-07T09:15"],
        ),
    ],
    ids=["published and updated", "published, ending in its update time", "time before weekday and date"],
)
def test_a_dateline_over_a_blog_is_no_entry_and_dates_its_entries(text: str, timestamps: list[str]) -> None:
    document = liveblog.parse(text)
    timed = [entry for entry in document.entries if entry.time]
    assert [entry.time for entry in timed] == [stamp[11:16] for stamp in timestamps]
    assert [(entry.timestamp or "")[: len(stamp)] for entry, stamp in zip(timed, timestamps, strict=True)] == timestamps
    assert not any(word in entry.text for entry in document.entries for word in ("Published", "Publisert", "Updated"))


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe and John Roe",
        "Jane Doe (now) and John Roe (earlier)",
        "Von Max Muster und Erika Muster",
        "Jane Doe and John Roe",
    ],
)
def test_a_byline_is_neither_an_entry_nor_its_text(byline: str) -> None:
    document = _segment(
        f"Pier live\n\nThe pier has closed after the storm.\n\n{byline}\n\n9:05: Closed.\n\n8:40: Divers search."
    )
    assert [entry.text for entry in document.entries if entry.time] == ["Closed.", "Divers search."]
    assert byline not in _all_text(document)


def test_a_title_of_two_names_stays_the_title() -> None:
    document = _segment("Jane Doe and John Roe\n\n9:05: The two met at the pier.\n\n8:40: They shook hands.")
    assert document.title == "Jane Doe and John Roe"


def test_a_posts_byline_and_credit_lines_from_markup_are_its_author_not_its_text() -> None:
    raw = RawDocument(
        source="x",
        identity="x",
        reader="html",
        blocks=[
            Block(
                kind="entry",
                time_text="14:24",
                text="The talks are over.\n\nBy Marta Lindqvist\n\nReporting from Moscow",
            ),
            Block(kind="entry", time_text="14:20", author="By DANIEL OKAFOR", text="Guterres has arrived.\n\nShare"),
            Block(kind="entry", time_text="14:10", text="By noon the hall was full.\n\nBy Friday, talks resume."),
        ],
    )
    document = segment(raw, lang.get("en"))
    assert [(e.text, e.author) for e in document.entries] == [
        ("The talks are over.", "Marta Lindqvist"),
        ("Guterres has arrived.", "Daniel Okafor"),
        # Sentences that open with "By" are text.
        ("By noon the hall was full.\n\nBy Friday, talks resume.", None),
    ]


def test_an_interviews_question_line_is_text_not_the_headline_of_the_answer() -> None:
    document = _segment("Q: Will the levee hold tonight?\n\nA: It will hold if the rain stops by midnight.")
    assert [(e.headline, e.text) for e in document.entries] == [
        (None, "Q: Will the levee hold tonight?"),
        (None, "A: It will hold if the rain stops by midnight."),
    ]


def test_a_german_tickers_headline_stands_between_the_marks_of_its_stamp() -> None:
    document = _segment(
        "+++ 09.30 Uhr +++ Vorstandschef: „Wir haben zu spät reagiert“ +++\n"
        "Der Vorstandschef hat Fehler eingeräumt.\n\n"
        "+++ 08.45 Uhr +++\nDer Antrag ist gestellt.",
        "de",
    )
    assert [(e.time, e.headline, e.text) for e in document.entries] == [
        ("09:30", "Vorstandschef: „Wir haben zu spät reagiert“", "Der Vorstandschef hat Fehler eingeräumt."),
        ("08:45", None, "Der Antrag ist gestellt."),
    ]


# --- mastheads, datelines and credit lines of text copies ----------------------


@pytest.mark.parametrize(
    ("text", "code", "title"),
    [
        (
            "THE HARBOUR POST | BUSINESS\n\nMill owner charged over pension losses\n\n"
            "Police say 300 workers lost their savings.\n\nThe owner was arrested on Monday.",
            "en",
            "Mill owner charged over pension losses",
        ),
        (
            "Talblatt – Politik – Liveticker\n\nMautstreit: Der Tag im Ticker\n\n"
            "+++ 10.15 Uhr +++\nDie Sitzung ist unterbrochen.\n\n+++ 09.00 Uhr +++\nDie Sitzung beginnt.",
            "de",
            "Mautstreit: Der Tag im Ticker",
        ),
        (
            "Fjordbladet · Nyheter\n\nBrann i sentrum – tre hus evakuert\n\n"
            "Brannen startet i et bakeri natt til tirsdag.\n\nIngen ble skadd.",
            "no",
            "Brann i sentrum – tre hus evakuert",
        ),
        (
            "Dalposten › Sport › Langrenn\n\nSprinten avlyst etter snøfall\n\nArrangøren avlyste løpet i dag.",
            "no",
            "Sprinten avlyst etter snøfall",
        ),
        (
            "Auental-Kurier – Wirtschaft\n\nBrauerei schließt nach 200 Jahren\n\n"
            "Die letzte Flasche läuft im Mai vom Band.",
            "de",
            "Brauerei schließt nach 200 Jahren",
        ),
        (
            "The Dockside Courier\nNews | Harbour Town\n\nFerry runs aground off Harbour Town\n\n"
            "All passengers were taken ashore.\n\nThe coastguard is investigating.",
            "en",
            "Ferry runs aground off Harbour Town",
        ),
        (
            "VESTKYST AVIS\n\nOljeutslipp i Dalsfjorden: – Dette er alvorlig\n\n"
            "Minst 300 liter olje har lekket ut.\n\nFiskerne er bekymret.",
            "no",
            "Oljeutslipp i Dalsfjorden: – Dette er alvorlig",
        ),
    ],
    ids=["caps outlet | section", "dashes", "middle dot", "chevrons", "outlet – section", "outlet over crumbs", "caps"],
)
def test_a_masthead_above_the_headline_is_neither_the_title_nor_text(text: str, code: str, title: str) -> None:
    document = _segment(text, code)
    assert document.title == title
    masthead = text.split("\n\n")[0]
    everything = "\n".join([document.subtitle or "", *(f"{e.headline or ''}\n{e.text}" for e in document.entries)])
    for line in masthead.split("\n"):
        assert line not in everything
    # what stood under the headline is text or the standfirst, never a headline made of the title
    assert all(entry.headline != title for entry in document.entries)


@pytest.mark.parametrize(
    ("text", "code", "title"),
    [
        (
            "Storm Wenna – live\n\nRoads closed as gales hit the coast\n\n10:05: Roads close.",
            "en",
            "Storm Wenna – live",
        ),
        (
            "Harbour strike – the latest\n\nCrane drivers stay out for a second week\n\n10:05: Pickets form.",
            "en",
            "Harbour strike – the latest",
        ),
        (
            "Holmvik – Strandli\n\nCupfinalen avgjøres på Ullevaal i kveld\n\nkl. 18.05: Kampen er i gang.",
            "no",
            "Holmvik – Strandli",
        ),
        (
            "Mühlen-Insolvenz: Der Tag im Ticker\n\nAlle Entwicklungen zur Pleite der Mühle\n\n"
            "10:05 Uhr: Der Antrag ist da.",
            "de",
            "Mühlen-Insolvenz: Der Tag im Ticker",
        ),
        (
            "Flom i Elvbygd – 40 evakuert\n\nElva gikk over sine bredder i natt.\n\nTo bruer er tatt.",
            "no",
            "Flom i Elvbygd – 40 evakuert",
        ),
    ],
    ids=["dash live", "dash the latest", "two teams", "colon", "dash article"],
)
def test_a_title_that_holds_a_dash_is_no_masthead(text: str, code: str, title: str) -> None:
    assert _segment(text, code).title == title


def test_a_published_and_updated_dateline_on_one_line_is_all_metadata() -> None:
    document = _segment(
        "Ferje på grunn ved Sandøy\n\nIngen personer ble skadet.\n\n"
        "Av Kari Nordmann\nPublisert 14.01.2025 kl. 08.05 | Oppdatert 14.01.2025 kl. 09.40\n\n"
        "Ferja gikk på grunn tirsdag ettermiddag.\n\nAlle kom seg i land.",
        "no",
    )
    assert document.date == "2025-01-14"
    assert [(e.headline, e.text) for e in document.entries] == [
        (None, "Ingen personer ble skadet."),
        (None, "Ferja gikk på grunn tirsdag ettermiddag."),
        (None, "Alle kom seg i land."),
    ]
    assert "Oppdatert" not in _all_text(document)


@pytest.mark.parametrize(
    ("credit", "code"),
    [
        ("Reporting by Reuters was used in this article.", "en"),
        ("Associated Press writer Jane Roe contributed to this report.", "en"),
        ("Additional reporting by John Doe", "en"),
        ("Mit Material von dpa und AFP", "de"),
        ("NTB bidro til denne saken.", "no"),
    ],
)
def test_a_credit_line_for_reporting_is_chrome(credit: str, code: str) -> None:
    document = _segment(
        f"Mill to close\n\nThe mill will close in May.\n\n{credit}\n\nThe town council meets on Friday.", code
    )
    assert credit not in _all_text(document)
    assert len(document.entries) == 2


def test_a_sentence_about_someones_reporting_is_text() -> None:
    sentence = "Reporting by the council's auditors showed the fund was empty."
    document = _segment(f"Mill to close\n\nThe mill will close in May.\n\n{sentence}")
    assert [e.text for e in document.entries] == ["The mill will close in May.", sentence]


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe, Technology correspondent",
        "By Jane Doe, Courts Correspondent",
        "By chief political reporter Jane Doe",
        "By the Harbour Post staff",
        "The Harbour Post / By political reporter Jane Doe",
        "Von Max Muster, Redakteur",
        "Av Kari Nordmann, journalist",
    ],
)
def test_a_byline_with_the_writers_role_is_neither_an_entry_nor_its_text(byline: str) -> None:
    document = _segment(
        f"Pier closes after the storm\n\nThe pier has closed.\n\n{byline}\n\nDivers searched the harbour on Monday."
    )
    assert byline not in _all_text(document)
    assert [entry.text for entry in document.entries] == [
        "The pier has closed.",
        "Divers searched the harbour on Monday.",
    ]


def test_a_sentence_that_opens_like_a_byline_with_a_role_is_text() -> None:
    sentence = "By the time the reporter arrived, the hall was empty."
    document = _segment(f"Pier closes after the storm\n\nThe pier has closed.\n\n{sentence}")
    assert document.entries[-1].text == sentence


@pytest.mark.parametrize(
    ("dateline", "code"),
    [
        ("Publisert 14.01.2025 kl. 08.05", "no"),
        ("Publisert: 14.01.2025 08:05\nOppdatert: 14.01.2025 09:40", "no"),
        ("Published 14 January 2025", "en"),
    ],
)
def test_the_outlets_name_right_above_the_dateline_is_not_text(dateline: str, code: str) -> None:
    document = _segment(
        f"Ferry runs aground off Sandøy\n\nAll passengers are safe.\n\nVestkyst Avis\n{dateline}\n\n"
        "The ferry hit the rocks on Tuesday.\n\nThe captain has been suspended.",
        code,
    )
    assert document.date == "2025-01-14"
    assert "Vestkyst Avis" not in _all_text(document)
    assert [e.text for e in document.entries] == [
        "All passengers are safe.",
        "The ferry hit the rocks on Tuesday.",
        "The captain has been suspended.",
    ]


def test_a_title_right_above_the_dateline_stays_the_title() -> None:
    document = _segment("Harbour Strike\n\nPublished 14 January 2025\n\nDockers walked out on Tuesday.")
    assert document.title == "Harbour Strike"
    assert [e.text for e in document.entries] == ["Dockers walked out on Tuesday."]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("I dag 08:05 · Oppdatert i dag 10:20", "no"),
        ("Today 08:05 | Updated today 10:20", "en"),
    ],
)
def test_a_line_of_publishing_times_between_separators_is_not_text(line: str, code: str) -> None:
    document = _segment(
        f"Ferry runs aground off Sandøy\n\nAv Kari Nordmann\n{line}\n\nThe ferry hit the rocks on Tuesday.\n\n"
        "The captain has been suspended.",
        code,
    )
    assert [(e.headline, e.text) for e in document.entries] == [
        (None, "The ferry hit the rocks on Tuesday."),
        (None, "The captain has been suspended."),
    ]
    assert line not in _all_text(document)


def test_a_line_that_names_two_times_without_a_label_is_text() -> None:
    line = "Trains stop at 08:05 | Buses run from 10:20 as usual"
    document = _segment(f"Rail strike\n\n{line}\n\nThe union called the strike.")
    assert line in _all_text(document)


@pytest.mark.parametrize(
    ("caption", "kept", "code"),
    [
        (
            "Ferry passengers on the quay at dawn. Photo: Ola Strand / Plover",
            "Ferry passengers on the quay at dawn.",
            "en",
        ),
        ("Die Halle nach dem Brand. Foto: picture alliance/dpa", "Die Halle nach dem Brand.", "de"),
        ("Raset sett fra lufta. Foto: Kari Li / NTB", "Raset sett fra lufta.", "no"),
        ("Foto: dpa", None, "de"),
    ],
)
def test_a_photo_credit_ending_a_posts_caption_is_not_its_text(caption: str, kept: str | None, code: str) -> None:
    raw = RawDocument(
        source="x",
        identity="x",
        reader="html",
        blocks=[
            Block(kind="entry", time_text="14:24", text=f"The quay was cleared before noon.\n\n{caption}"),
            Block(kind="entry", time_text="14:20", text="The photo: a ferry on its side. It said: nothing new."),
        ],
    )
    document = segment(raw, lang.get(code))
    first = "The quay was cleared before noon." + (f"\n\n{kept}" if kept else "")
    # A colon inside a sentence, or after a word that labels no credit, is text.
    assert [e.text for e in document.entries] == [first, "The photo: a ferry on its side. It said: nothing new."]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Read more: How the harbour dispute began", "en"),
        ("Mehr zum Thema: Was der Haushalt für Pendler heißt", "de"),
        ("Les også: Slik forbereder du deg på stengt vei", "no"),
        ("Updated 6:10 p.m. ET", "en"),
        ("Aktualisiert 15.41 Uhr", "de"),
    ],
)
def test_a_link_to_another_story_and_an_update_stamp_in_a_post_are_not_its_text(line: str, code: str) -> None:
    raw = RawDocument(
        source="x",
        identity="x",
        reader="feed",
        blocks=[
            Block(kind="entry", time_text="14:24", text=f"The road stays closed tonight.\n\n{line}"),
            Block(kind="entry", time_text="14:20", text="Read the council's statement in full below."),
        ],
    )
    document = segment(raw, lang.get(code))
    assert [e.text for e in document.entries] == [
        "The road stays closed tonight.",
        "Read the council's statement in full below.",
    ]


@pytest.mark.parametrize("separator", [" –", ":"])
def test_a_headline_set_off_by_a_dash_or_colon_on_the_stamps_line_is_the_headline_when_the_text_follows_below(
    separator: str,
) -> None:
    document = _segment(
        "Hafenstreik: Der Tag im Ticker\n\n"
        f"09.10 Uhr{separator} Erste Fähren fallen aus\nAm Nordkai liegen seit dem Morgen drei Fähren fest.\n\n"
        f"10.40 Uhr{separator} Die Gewerkschaft ruft zur Kundgebung auf, sagte eine Sprecherin.\n\n"
        "11.15 Uhr\nDer Hafen bleibt bis zum Abend gesperrt.",
        "de",
    )
    assert [(e.time, e.headline, e.text) for e in document.entries] == [
        ("09:10", "Erste Fähren fallen aus", "Am Nordkai liegen seit dem Morgen drei Fähren fest."),
        # A sentence on the stamp's line is the post's text.
        ("10:40", None, "Die Gewerkschaft ruft zur Kundgebung auf, sagte eine Sprecherin."),
        ("11:15", None, "Der Hafen bleibt bis zum Abend gesperrt."),
    ]


_TICKER_COPY = (
    "Hafenstreik: Alle Entwicklungen im Newsblog\n"
    "Lesedauer: 2 Min.\n"
    "Von Ina Roth\n"
    "Teilen\nWhatsApp\nE-Mail\n"
    "{standfirst}"
    "Streikende vor dem Nordkai am Morgen. (Quelle: Pia Lenz/dpa)\n\n"
    "11.15 Uhr\nDer Hafen bleibt bis zum Abend gesperrt.\n\n"
    "09.10 Uhr\nAm Nordkai liegen seit dem Morgen drei Fähren fest.\n"
)


def test_a_tickers_reading_time_share_buttons_and_captioned_credit_copied_as_text_are_no_text() -> None:
    document = _segment(_TICKER_COPY.format(standfirst=""), "de")
    assert document.title == "Hafenstreik: Alle Entwicklungen im Newsblog"
    assert [(e.time, e.text) for e in document.entries] == [
        ("11:15", "Der Hafen bleibt bis zum Abend gesperrt."),
        ("09:10", "Am Nordkai liegen seit dem Morgen drei Fähren fest."),
    ]


def test_one_short_paragraph_between_a_live_blogs_title_and_its_first_post_is_its_standfirst() -> None:
    standfirst = "Der Hafen ist bestreikt. Pendler müssen Umwege fahren. Alle Infos im Newsblog.\n"
    document = _segment(_TICKER_COPY.format(standfirst=standfirst), "de")
    assert document.subtitle == standfirst.strip()
    assert [e.time for e in document.entries] == ["11:15", "09:10"]


@pytest.mark.parametrize(
    "intro",
    [
        # Two paragraphs: an introduction, kept as untimed entries.
        "Der Hafen ist bestreikt.\nDie Gewerkschaft will bis Freitag streiken.\n",
        # A quote: someone's words, kept where attribution reads them.
        "„Wir bleiben draußen“, sagt die Streikleiterin.\n",
    ],
)
def test_an_introduction_or_a_quote_before_the_first_post_stays_an_untimed_entry(intro: str) -> None:
    document = _segment(_TICKER_COPY.format(standfirst=intro), "de")
    assert document.subtitle is None
    assert [e.text for e in document.entries if e.time is None] == intro.strip().split("\n")


def test_a_sources_credit_in_parentheses_needs_a_person_and_an_agency() -> None:
    # "(Quelle: Statistisches Landesamt)" may end a paragraph of the text.
    text = "Die Zahl der Pendler stieg um vier Prozent. (Quelle: Statistisches Landesamt)"
    document = _segment(
        _TICKER_COPY.format(standfirst="").replace("Der Hafen bleibt bis zum Abend gesperrt.", text), "de"
    )
    assert document.entries[0].text == text


def test_a_name_at_the_foot_of_several_posts_is_their_author_never_the_next_posts_headline() -> None:
    document = _segment(
        "Floods in the valley – live\n\n"
        "14:40 GMT\nDam holds\nEngineers say the dam at Millbrook is holding.\nMia Dale\nShare\n\n"
        "13:55 GMT\nThe valley road is closed in both directions.\nTom Aske\nShare\nAdvertisement\n\n"
        "13:10 GMT\nRain is forecast until midnight.\nMia Dale\nShare\n\n"
        "12:30 GMT\nWelcome to our coverage of the floods.\nTom Aske\nShare\n\n"
        "Most viewed\nRail fares to rise in March\nThe best winter walks",
    )
    assert [(e.time, e.headline, e.author, e.text) for e in document.entries] == [
        ("14:40", "Dam holds", "Mia Dale", "Engineers say the dam at Millbrook is holding."),
        ("13:55", None, "Tom Aske", "The valley road is closed in both directions."),
        ("13:10", None, "Mia Dale", "Rain is forecast until midnight."),
        # the last post's foot has no stamp under it: the name is known by then
        ("12:30", None, "Tom Aske", "Welcome to our coverage of the floods."),
    ]


def test_a_pasted_pages_title_and_standfirst_are_told_by_the_byline_under_them() -> None:
    document = _segment(
        "The Wharf Post\nNews\nUK\nPorts\n"
        "Dock strike ends after nine days on the picket line\n"
        "Workers accept a 6% offer; the first ships are unloaded on Wednesday morning\n"
        "By Ines Carrow\n24 November 2026\n\n"
        "The strike at Wharfton docks ended on Tuesday after members voted to accept the offer.\n\n"
        "“This is a fair deal,” said the union’s branch secretary, Tom Aske.",
    )
    assert document.title == "Dock strike ends after nine days on the picket line"
    assert document.subtitle == "Workers accept a 6% offer; the first ships are unloaded on Wednesday morning"
    assert [e.text for e in document.entries] == [
        "The strike at Wharfton docks ended on Tuesday after members voted to accept the offer.",
        "“This is a fair deal,” said the union’s branch secretary, Tom Aske.",
    ]


def test_the_writers_note_with_an_email_under_a_pasted_article_is_no_text() -> None:
    document = _segment(
        "Dock strike ends after nine days\nBy Ines Carrow\n24 November 2026\n\n"
        "The strike at Wharfton docks ended on Tuesday.\n\n"
        "Ines Carrow said in her column last week that the strike would end soon.\n\n"
        "Ines Carrow covers the port. Reach her at icarrow@wharfpost.example",
    )
    assert [e.text for e in document.entries] == [
        "The strike at Wharfton docks ended on Tuesday.",
        "Ines Carrow said in her column last week that the strike would end soon.",
    ]


def test_a_kicker_over_the_title_is_no_title_when_the_byline_follows_the_title() -> None:
    document = _segment(
        "Wirtschaft\nHafenstreik beendet\nVon Ina Roth\n\n"
        "Wharfton. Der Streik im Hafen ist nach neun Tagen beendet, teilte die Gewerkschaft mit.",
        "de",
    )
    assert document.title == "Hafenstreik beendet"
    assert document.subtitle is None
    assert [e.text for e in document.entries] == [
        "Wharfton. Der Streik im Hafen ist nach neun Tagen beendet, teilte die Gewerkschaft mit."
    ]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Show more", "en"),
        ("Load more", "en"),
        ("Reuse this content", "en"),
        ("Print", "en"),
        ("Merken", "de"),
        ("Drucken", "de"),
        ("Lesezeit: 3 Min.", "de"),
        ("Kommentare (12)", "de"),
        ("Mehr laden", "de"),
        ("Vis flere oppdateringer", "no"),
        ("Skriv ut", "no"),
        ("Comments", "en"),
        ("Kommentare", "de"),
        ("Kommentarer", "no"),
    ],
)
def test_a_button_or_reading_time_pasted_between_posts_is_no_text(line: str, code: str) -> None:
    document = _segment(f"Title of the blog\n\n14:40\nThe first post.\n{line}\n\n13:55\nThe second post.", code)
    assert [e.text for e in document.entries] == ["The first post.", "The second post."]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("READ MORE | What the strike means for your Christmas shopping", "en"),
        ("Read more – What the strike means for your Christmas shopping", "en"),
        ("Got a story? Email newsdesk@wharfpost.example", "en"),
        ("Mehr dazu in hafen.example.at", "de"),
        ("Streikende vor dem Nordkai am Nachmittag (Bild: APA/Pia Lenz)", "de"),
    ],
)
def test_a_link_to_another_story_a_tip_line_or_a_captioned_credit_in_a_post_is_no_text(line: str, code: str) -> None:
    document = _segment(f"Title of the blog\n\n14:40\nThe first post.\n{line}\n\n13:55\nThe second post.", code)
    assert [e.text for e in document.entries] == ["The first post.", "The second post."]


def test_a_sentence_with_a_bar_or_a_parenthesis_stays_text() -> None:
    kept = [
        "Mayor – we will rebuild the harbour wall before the winter storms arrive.",
        "Der Umsatz stieg (Foto: siehe unten) im Herbst deutlich.",
    ]
    document = _segment("Title of the blog\n\n" + "".join(f"14:{n}0\n{t}\n\n" for n, t in enumerate(kept)), "de")
    assert [e.text for e in document.entries] == kept


def test_a_name_under_several_stamps_is_the_posts_author_and_the_line_below_stays_the_headline() -> None:
    doc = _segment(
        "Brua over Lonsund er stengt\n\n"
        "14:10\nSiri Fjellvang\nTrafikken ledes om\nAlle biler må kjøre via Holm.\nDel\n\n"
        "13:40\nTor Aske\nBrua ble stengt etter en ulykke i morges.\nDel\n\n"
        "13:05\nSiri Fjellvang\nEn bil kjørte inn i rekkverket klokken 12.50.\nDel",
        "no",
    )
    assert [(e.time, e.author, e.headline, e.text) for e in doc.entries] == [
        ("14:10", "Siri Fjellvang", "Trafikken ledes om", "Alle biler må kjøre via Holm."),
        ("13:40", "Tor Aske", None, "Brua ble stengt etter en ulykke i morges."),
        ("13:05", "Siri Fjellvang", None, "En bil kjørte inn i rekkverket klokken 12.50."),
    ]


def test_a_menu_row_a_row_of_buttons_and_a_lone_photo_credit_are_no_text() -> None:
    doc = _segment(
        "RIVERTON NEWS   News   Sport   Weather   Culture\n"
        "Log in\n\n"
        "Floods close the valley road\n\n"
        "Share | Copy link\n\n"
        "10:15\nWater is still rising at the old mill.\n\nPhoto: Dana Keel / Riverton News\n\n"
        "09:40\nThe valley road is closed in both directions.",
    )
    assert doc.title == "Floods close the valley road"
    assert [(e.time, e.text) for e in doc.entries] == [
        ("10:15", "Water is still rising at the old mill."),
        ("09:40", "The valley road is closed in both directions."),
    ]


_SPACED_ARTICLE = (
    "Council votes to close the harbour school\n\n"
    "By Ann Lee\nPublished 16.11.2026 22:47\n{picture}\n\n"
    "The vote fell 15 to 12 shortly before ten on Monday evening.\n\n"
    "Parents had collected 3,000 signatures against the plan.\n\n"
    "The school will close next summer."
)


@pytest.mark.parametrize(
    "picture",
    [
        "Photo: Mia Dale\nParents followed the debate from the gallery.",  # credit, then its caption
        "Parents followed the debate from the gallery.\nPhoto: Mia Dale",  # caption, then its credit
    ],
)
def test_a_caption_set_against_its_credit_line_in_a_spaced_text_is_no_text(picture: str) -> None:
    doc = _segment(_SPACED_ARTICLE.format(picture=picture))
    assert "gallery" not in _all_text(doc)
    assert [e.text for e in doc.entries] == [
        "The vote fell 15 to 12 shortly before ten on Monday evening.",
        "Parents had collected 3,000 signatures against the plan.",
        "The school will close next summer.",
    ]


def test_a_line_under_a_credit_stays_text_when_the_text_sets_no_paragraphs_apart() -> None:
    # One paragraph on each line: nothing tells a caption from the story's first paragraph.
    doc = _segment(_SPACED_ARTICLE.format(picture="Photo: Mia Dale").replace("\n\n", "\n") + "\nThe gallery was full.")
    assert "The vote fell 15 to 12" in _all_text(doc)
    assert "The gallery was full." in _all_text(doc)


def test_a_german_link_line_labelled_mehr_is_no_text() -> None:
    doc = _segment(
        "14.10 Uhr\nDer Landrat hat den Katastrophenfall ausgerufen.\n\n"
        "Mehr: Was der Katastrophenfall für Pendler bedeutet\n\n"
        "13.30 Uhr\nDie Pegel steigen weiter.",
        "de",
    )
    assert [e.text for e in doc.entries] == [
        "Der Landrat hat den Katastrophenfall ausgerufen.",
        "Die Pegel steigen weiter.",
    ]


def test_a_label_repeated_under_stamps_is_no_author_and_title_case_headlines_stay() -> None:
    doc = _segment(
        "11:40\nBreaking News\nThe dam has been closed to traffic.\n\n"
        "11:15\nRiver Levels Rising\nThe gauge at the mill reads 4.2 metres.\n\n"
        "10:50\nBreaking News\nResidents are told to move cars to higher ground.",
    )
    assert [(e.author, e.headline) for e in doc.entries] == [
        (None, "Breaking News"),
        (None, "River Levels Rising"),
        (None, "Breaking News"),
    ]


def test_a_pasted_pages_dateline_under_the_standfirst_tells_the_title_and_the_menu_above_is_no_entry() -> None:
    document = _segment(
        "Zum Inhalt springen\nDAS HAFENBLATT\nMenü\nAbo\nInland\nAusland\nSport\nLIVE\nSturm\n"
        "Sturmflut in Wendehafen: Deich bei Kransand hält\n"
        "Das Wasser steht einen Meter über dem Mittel. Der Krisenstab tagt seit dem Morgen. Wir berichten live\n"
        "3. Februar 2026, 11:40\n"
        "11.25\nDie Fähren fahren wieder nicht.\n"
        "10:50 Uhr\nDer Pegel sinkt langsam.",
        "de",
    )
    assert document.title == "Sturmflut in Wendehafen: Deich bei Kransand hält"
    assert document.subtitle == (
        "Das Wasser steht einen Meter über dem Mittel. Der Krisenstab tagt seit dem Morgen. Wir berichten live"
    )
    assert [(e.time, e.text) for e in document.entries] == [
        ("11:25", "Die Fähren fahren wieder nicht."),
        ("10:50", "Der Pegel sinkt langsam."),
    ]


def test_a_pasted_articles_dateline_under_the_title_leaves_the_menu_above_out() -> None:
    document = _segment(
        "The Harbour Gazette\nSubscribe\nNews\nWeather\nStorm surge floods the promenade at Kransand\n"
        "Published 3 February 2026\n\n"
        "The sea broke over the wall at high tide on Tuesday.\n\nShops on the front were closed.",
    )
    assert document.title == "Storm surge floods the promenade at Kransand"
    assert [e.text for e in document.entries] == [
        "The sea broke over the wall at high tide on Tuesday.",
        "Shops on the front were closed.",
    ]


def test_the_footer_under_the_last_list_of_other_stories_is_no_text_down_to_the_end() -> None:
    document = _segment(
        "Sturmflut in Wendehafen\n\n11.25\nDie Fähren fahren wieder nicht.\n\n"
        "10:50 Uhr\nDer Pegel sinkt langsam.\n"
        "Zum Thema\nDeichbau: Warum die Küste höher baut\nHafenmeister: „Das Wasser kommt schneller“\n"
        "Dieses Forum ist geschlossen.\nNeu hier? Jetzt registrieren\nHafenblatt Verlagsgesellschaft m.b.H.\n"
        "Impressum & Offenlegung\nDatenschutz",
        "de",
    )
    assert [(e.time, e.text) for e in document.entries] == [
        ("11:25", "Die Fähren fahren wieder nicht."),
        ("10:50", "Der Pegel sinkt langsam."),
    ]


def test_a_paragraph_after_a_list_of_other_stories_keeps_the_lines_around_it() -> None:
    long = (
        "The harbour master said the ferries would not sail again before Thursday, and that the quay at "
        "Kransand had been closed to cars for the rest of the week."
    )
    document = _segment(
        "Storm surge at Wendehafen\n\n11:25\nFerries are cancelled.\n"
        f"Most read\nHow the sea wall was built\nThe quay stays shut.\n{long}",
    )
    assert document.entries[-1].text == f"Ferries are cancelled.\n\nThe quay stays shut.\n\n{long}"


def test_a_button_under_every_post_and_the_writers_initials_are_no_text() -> None:
    document = _segment(
        "Sturmflut in Wendehafen\n3. Februar 2026, 11:40\nMitreden\n"
        "11.25\nFähren fallen aus\nDie Fähren fahren wieder nicht.\n(abc)\nMitreden\n"
        "10:50 Uhr\nDer Pegel sinkt langsam.\n(dpa, xyz)\nMitreden\n"
        "10:05 Uhr\nDer Deich bei Kransand hält.\n(xyz)\nMitreden",
        "de",
    )
    assert [(e.time, e.headline, e.text) for e in document.entries] == [
        ("11:25", "Fähren fallen aus", "Die Fähren fahren wieder nicht."),
        ("10:50", None, "Der Pegel sinkt langsam."),
        ("10:05", None, "Der Deich bei Kransand hält."),
    ]


def test_a_short_line_repeated_inside_a_post_far_from_the_stamps_stays_text() -> None:
    document = _segment(
        "Council live\n\n21:10\nThe council voted on three motions.\nFirst, the sea wall.\nMotion carried\n"
        "Second, the ferry fund.\nMotion carried\nThird, the quay.\nMotion carried\nThe meeting closed.\n\n"
        "20:40\nWe start.\n\n20:10\nDoors open.",
    )
    assert document.entries[0].text.split("\n\n").count("Motion carried") == 3


@pytest.mark.parametrize(
    ("controls", "code"),
    [
        ("Refresh\nNewest first", "en"),
        ("Ticker aktualisieren\nNeueste zuerst", "de"),
        ("Oppdater\nEldste først", "no"),
    ],
)
def test_a_live_blogs_controls_over_the_first_post_are_no_entry_nor_headline(controls: str, code: str) -> None:
    document = _segment(
        f"Storm at Wendehafen\n{controls}\n11:25\nFerries are cancelled.\n\n10:50\nThe tide turns.", code
    )
    assert [(e.time, e.headline, e.text) for e in document.entries] == [
        ("11:25", None, "Ferries are cancelled."),
        ("10:50", None, "The tide turns."),
    ]


def test_a_post_that_is_only_a_picture_keeps_its_caption_and_a_caption_beside_text_is_no_text() -> None:
    document = _segment(
        "Storm at Wendehafen\n\n10:40\nThe ferry terminal is closed.\n"
        "Sandbags on the quay at Kransand. Photograph: Ola Vik\n\n"
        "10:15\nSpray over the harbour wall at Wendehafen on Tuesday. Photograph: Ola Vik\n\n"
        "09:50\nThe tide turns at noon.",
    )
    assert [(e.time, e.text) for e in document.entries] == [
        ("10:40", "The ferry terminal is closed."),
        ("10:15", "Spray over the harbour wall at Wendehafen on Tuesday."),
        ("09:50", "The tide turns at noon."),
    ]


def test_a_caption_closed_by_a_photographer_and_an_outlet_in_parentheses_is_no_text() -> None:
    document = _segment(
        "Flood closes the quay at Kransand\nBy Ola Vik\n\n"
        "Sandbags are piled on the quay at Kransand on Tuesday. (Mia Dale / For The Gazette)\n\n"
        "The quay at Kransand was closed on Tuesday after the river rose a metre overnight.\n\n"
        "The vote split the council (Labour / Greens).\n\nTalks resume on Monday. (Reuters/AP)",
    )
    assert [(e.headline, e.text) for e in document.entries] == [
        (None, "The quay at Kransand was closed on Tuesday after the river rose a metre overnight."),
        (None, "The vote split the council (Labour / Greens)."),
        (None, "Talks resume on Monday. (Reuters/AP)"),
    ]


def test_names_under_the_headline_of_several_posts_are_their_authors_also_two_together() -> None:
    document = _segment(
        "Storm at Wendehafen\n\n"
        "10:40\nTerminal closed\nMia Dale\nThe ferry terminal is closed.\n\n"
        "10:15\nPolice at the quay\nMia Dale and Tom Aske\nPolice closed the quay.\n\n"
        "09:50\nTide turns\nTom Aske\nThe tide turns at noon.\n\n"
        "09:10\nGood morning\nMia Dale\nWelcome to our coverage of the storm.",
    )
    assert [(e.time, e.headline, e.author, e.text) for e in document.entries] == [
        ("10:40", "Terminal closed", "Mia Dale", "The ferry terminal is closed."),
        ("10:15", "Police at the quay", "Mia Dale and Tom Aske", "Police closed the quay."),
        ("09:50", "Tide turns", "Tom Aske", "The tide turns at noon."),
        ("09:10", "Good morning", "Mia Dale", "Welcome to our coverage of the storm."),
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Flood closes the quay\nBy Ola Vik\n\nThe quay at Kransand was closed on Tuesday.\n\n"
            "Ola Vik covers the coast for the Gazette.\n\nGet our morning briefing\n"
            "The day's news, in your inbox at seven.\nEnter email address\nSign me up",
            "en",
        ),
        (
            "Hochwasser am Kai\nVon Ina Roth\n\nDer Kai in Kransand wurde am Dienstag gesperrt.\n\n"
            "Ina Roth berichtet für das Hafenblatt über die Küste.\n\nUnser Newsletter am Morgen\n"
            "Ihre E-Mail-Adresse",
            "de",
        ),
    ],
)
def test_the_writers_note_and_a_newsletters_sign_up_box_under_a_pasted_article_are_no_text(
    text: str, code: str
) -> None:
    document = _segment(text, code)
    assert len(document.entries) == 1
    assert document.entries[0].text.startswith(("The quay", "Der Kai"))


def test_a_line_that_opens_with_the_writers_name_and_reports_stays_text() -> None:
    document = _segment(
        "Flood closes the quay\nBy Ola Vik\n\nThe quay at Kransand was closed on Tuesday.\n\n"
        "Ola Vik said in a column last week that the quay would flood.",
    )
    assert [e.text for e in document.entries][-1] == "Ola Vik said in a column last week that the quay would flood."


def test_a_dateline_at_the_foot_of_a_pasted_article_leaves_its_title_and_text() -> None:
    document = _segment(
        "Storm surge floods the promenade\n\nThe sea broke over the wall at high tide on Tuesday.\n\n"
        "Shops on the front were closed.\n\nWhat happens next\n\n"
        "The council will vote on a higher wall in March next year.\n\nPublished 3 February 2026",
    )
    assert document.title == "Storm surge floods the promenade"
    assert document.entries[0].text == "The sea broke over the wall at high tide on Tuesday."


def test_the_links_around_the_copyright_line_at_the_foot_of_a_pasted_page_are_no_text() -> None:
    document = _segment(
        "Storm surge floods the promenade\n\nThe sea broke over the wall at high tide on Tuesday.\n\n"
        "Shops on the front were closed.\n\nAbout us\nContact us\nPrivacy Policy\n"
        "Copyright © 2026, The Harbour Gazette\nTerms of Service\nCookie settings",
    )
    assert [e.text for e in document.entries] == [
        "The sea broke over the wall at high tide on Tuesday.",
        "Shops on the front were closed.",
    ]


def test_a_posts_only_line_above_the_copyright_line_stays_its_text() -> None:
    document = _segment("Storm live\n\n09:10\nThe wall holds\n\n08:05\nGood morning\n© 2026 The Harbour Gazette")
    assert [(e.time, e.text) for e in document.entries] == [("09:10", "The wall holds"), ("08:05", "Good morning")]
