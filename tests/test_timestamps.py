"""Timestamps: reference dates, day rollover, zones, relative stamps, dates at their precision."""

from __future__ import annotations

from pathlib import Path

import pytest

import liveblog
from liveblog import lang
from liveblog.models import Block, Document, RawDocument
from liveblog.segment import segment
from liveblog.sources.text import read_text
from liveblog.timestamps import PartialDate, assign_timestamps, grammar, oldest_day, zone_info

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "segment"


def _parse(
    text: str, code: str = "en", *, date: str | None = None, tz: str | None = None, fetched_at: str | None = None
) -> Document:
    raw = read_text(text, "<test>", "<test>")
    raw.fetched_at = fetched_at
    table = lang.get(code)
    return assign_timestamps(segment(raw, table), table, date=date, tz=tz, fetched_at=fetched_at)


def _stamps(document: Document) -> list[str | None]:
    return [entry.timestamp for entry in document.entries if entry.time]


# --- rollover -------------------------------------------------------------------


def test_newest_first_an_early_time_above_a_late_one_is_the_next_day() -> None:
    document = _parse("00:10: Past midnight.\n\n23:50: Late.\n\n22:00: Evening.", date="2024-03-03")
    assert _stamps(document) == ["2024-03-04T00:10:00", "2024-03-03T23:50:00", "2024-03-03T22:00:00"]


def test_oldest_first_a_norwegian_blog_rolls_over_at_midnight() -> None:
    document = liveblog.parse_file(FIXTURES / "no_direkte_oldest_first.txt", tz="Europe/Oslo")
    assert _stamps(document) == [
        "2024-03-03T21:50:00+01:00",
        "2024-03-03T22:35:00+01:00",
        "2024-03-03T23:40:00+01:00",
        "2024-03-04T00:10:00+01:00",
        "2024-03-04T01:05:00+01:00",
    ]


def test_an_entry_a_few_minutes_out_of_order_is_no_rollover() -> None:
    document = _parse("10:00: A.\n\n10:20: B.\n\n10:15: C, posted late.\n\n10:40: D.", date="2024-03-03")
    assert {stamp[:10] for stamp in _stamps(document) if stamp} == {"2024-03-03"}


def test_dates_written_in_stamps_win_and_carry_on_to_the_entries_after_them() -> None:
    document = liveblog.parse_file(FIXTURES / "en_gmt_dated_stamps.txt")
    assert _stamps(document) == [
        "2025-01-14T23:40:00+00:00",
        "2025-01-14T23:55:00+00:00",
        "2025-01-15T00:20:00+00:00",
        "2025-01-15T00:45:00+00:00",
    ]


def test_entries_before_the_first_written_date_count_back_from_it() -> None:
    document = _parse("23:50: Late.\n\n00:20 15.01.2025: After midnight.\n\n00:40: Later.")
    assert _stamps(document) == ["2025-01-14T23:50:00", "2025-01-15T00:20:00", "2025-01-15T00:40:00"]


# --- zones ------------------------------------------------------------------------


def test_day_headings_between_entries_date_the_entries_below_them() -> None:
    # Newest first over three days; from 09:00 on Friday to 22:10 on Thursday no clock goes back,
    # so only the headings can tell the days apart.
    text = (
        "Oppdatert 14.11.2026\n\nLørdag 14. november\n\n00:40: Vi avslutter for i natt.\n\n"
        "Fredag 13. november\n\n23:50: Valget er klart.\n\n09:00: Landsmøtet åpner.\n\n"
        "Torsdag 12. november\n\n22:10: Delegatene kommer."
    )
    document = _parse(text, "no")
    assert _stamps(document) == [
        "2026-11-14T00:40:00",
        "2026-11-13T23:50:00",
        "2026-11-13T09:00:00",
        "2026-11-12T22:10:00",
    ]
    assert [entry.headline for entry in document.entries] == [None, None, None, None]
    assert "november" not in " ".join(entry.text for entry in document.entries)


def test_a_day_heading_in_english_or_german_takes_the_year_of_the_dateline() -> None:
    english = _parse(
        "Published 3 March 2024\n\nSaturday, March 2\n\n18:00: One.\n\nSunday, March 3\n\n08:00: Two.", "en"
    )
    assert _stamps(english) == ["2024-03-02T18:00:00", "2024-03-03T08:00:00"]
    german = _parse("Stand: 03.03.2024\n\nSamstag, 2. März\n\n18:00 Uhr: Eins.", "de")
    assert _stamps(german) == ["2024-03-02T18:00:00"]


def test_a_date_inside_a_sentence_is_no_day_heading() -> None:
    document = _parse("18:00: Voting ends on Saturday, March 2.\n\n19:00: Counting starts.", date="2024-03-01")
    assert document.entries[0].text == "Voting ends on Saturday, March 2."
    assert _stamps(document) == ["2024-03-01T18:00:00", "2024-03-01T19:00:00"]


def test_tz_gives_the_offset_of_that_day_summer_or_winter() -> None:
    summer = _parse("14:24: A.\n\n14:00: B.", date="2024-07-16", tz="Europe/Berlin")
    winter = _parse("14:24: A.\n\n14:00: B.", date="2024-01-16", tz="Europe/Berlin")
    assert _stamps(summer)[0] == "2024-07-16T14:24:00+02:00"
    assert _stamps(winter)[0] == "2024-01-16T14:24:00+01:00"


@pytest.mark.parametrize(
    ("stamp", "code", "expected"),
    [
        ("6.41pm GMT", "en", "2024-07-16T18:41:00+00:00"),
        ("6.41pm BST", "en", "2024-07-16T18:41:00+01:00"),
        ("18:41 CEST", "en", "2024-07-16T18:41:00+02:00"),
        ("18:41 Uhr MEZ", "de", "2024-07-16T18:41:00+01:00"),
        ("6:41 p.m. ET", "en", "2024-07-16T18:41:00-04:00"),
        ("18:41 UTC+2", "en", "2024-07-16T18:41:00+02:00"),
    ],
)
def test_a_zone_written_in_the_stamp_gives_the_offset(stamp: str, code: str, expected: str) -> None:
    document = _parse(f"{stamp}: An entry.\n\n{stamp}: Another.", code, date="2024-07-16", tz="Asia/Tokyo")
    assert _stamps(document)[0] == expected


def test_stamps_without_a_zone_take_the_zone_the_others_name() -> None:
    document = _parse("15:10 GMT: A.\n\n15:00: B.\n\n14:50 GMT: C.", date="2024-01-16")
    assert _stamps(document) == ["2024-01-16T15:10:00+00:00", "2024-01-16T15:00:00+00:00", "2024-01-16T14:50:00+00:00"]


def test_zone_info_knows_zone_names_offsets_and_iana_names() -> None:
    assert zone_info("CET") is not None and zone_info("Europe/Oslo") is not None
    assert zone_info("Nowhere/City") is None


# --- dates and their precision -----------------------------------------------------


def test_without_a_full_date_timestamps_stay_null() -> None:
    month_only = _parse(" date 2022-05\n\n14:24: A.\n\n14:00: B.")
    assert month_only.date == "2022-05"
    assert _stamps(month_only) == [None, None]
    assert _stamps(_parse("14:24: A.\n\n14:00: B.")) == [None, None]


def test_the_date_argument_overrides_the_document_and_gives_timestamps_without_offset() -> None:
    document = _parse("Published 2024-07-16\n\n14:24: A.\n\n14:00: B.", date="2024-07-17")
    assert document.date == "2024-07-17"
    assert _stamps(document) == ["2024-07-17T14:24:00", "2024-07-17T14:00:00"]


@pytest.mark.parametrize(
    ("line", "code", "expected"),
    [
        ("Published 2024-07-16", "en", "2024-07-16"),
        ("16 July 2024", "en", "2024-07-16"),
        ("July 16, 2024", "en", "2024-07-16"),
        ("Tuesday 16 July 2024", "en", "2024-07-16"),
        ("14. Januar 2025", "de", "2025-01-14"),
        ("Stand: 14.01.2025, 14:24 Uhr", "de", "2025-01-14"),
        ("Publisert 26. april 2022 kl. 14.24", "no", "2022-04-26"),
        (" date 2022-05", "en", "2022-05"),
        ("Updated 07/16/2024", "en", "2024-07-16"),
        ("16/07/2024", "en", "2024-07-16"),
        ("Updated 9:05 a.m. ET, Friday, June 6, 2025", "en", "2025-06-06"),
        ("Kreisbote | Liveblog | Samstag, 4. Oktober 2025", "de", "2025-10-04"),
        ("Vestbladet · Nyheter · 3. mars 2025", "no", "2025-03-03"),
        ("First published on Mon 3 Mar 2025 09.14 GMT", "en", "2025-03-03"),
        ("Zuerst veröffentlicht am 3. März 2025", "de", "2025-03-03"),
        ("Publisert den 3. mars 2025", "no", "2025-03-03"),
    ],
)
def test_the_document_date_comes_from_a_dateline(line: str, code: str, expected: str) -> None:
    document = _parse(f"{line}\n\nA paragraph of the article, ending like a sentence.", code)
    assert document.date == expected
    assert all(line.strip() not in entry.text for entry in document.entries)


@pytest.mark.parametrize(
    ("line", "code", "expected"),
    [
        ("Tekst: Mari Sund og Ola Lie · Publisert torsdag 3. september 2026", "no", "2026-09-03"),
        ("By Tom Aldane, Politics Reporter · Thursday 7 May 2026", "en", "2026-05-07"),
    ],
)
def test_a_byline_may_stand_beside_the_date_in_a_line_of_parts(line: str, code: str, expected: str) -> None:
    dateline = grammar(lang.get(code)).dateline(line)
    assert dateline is not None and dateline.date is not None and dateline.date.iso() == expected


@pytest.mark.parametrize(
    "line",
    [
        "Scores | The final came on 21 September 2025 after a long wait.",
        "Sport | Tennis | Five things we learnt on 4 October 2025",
    ],
)
def test_a_line_of_parts_is_no_dateline_when_a_part_reads_like_text(line: str) -> None:
    document = _parse(f"{line}\n\nA paragraph of the article, ending like a sentence.")
    assert document.date is None


def test_partial_dates_report_the_precision_known() -> None:
    assert PartialDate(2022, 5).iso() == "2022-05"
    assert PartialDate(2022, 5, 3).iso() == "2022-05-03"
    assert PartialDate(None, 5, 3).iso() is None
    assert PartialDate(2022, 2, 30).full() is None


# --- relative stamps ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "seconds"),
    [
        ("Updated 24 minutes ago", "en", 24 * 60),
        ("an hour ago", "en", 3600),
        ("vor 5 Minuten", "de", 300),
        ("Aktualisiert vor einer Stunde", "de", 3600),
        ("for 5 minutter siden", "no", 300),
        ("Oppdatert for 2 timer siden", "no", 7200),
    ],
)
def test_relative_stamps_are_read_in_each_language(text: str, code: str, seconds: int) -> None:
    assert grammar(lang.get(code)).relative(text) == seconds


def test_a_relative_stamp_breaks_nothing_without_fetched_at() -> None:
    document = _parse("Updated 24 minutes ago\n\n14:24: A.\n\n14:00: B.")
    assert [e.time for e in document.entries] == ["14:24", "14:00"]
    assert all("ago" not in e.text for e in document.entries)


def test_a_relative_page_stamp_with_fetched_at_dates_the_document() -> None:
    document = _parse(
        "Updated 24 minutes ago\n\n23:55: A.\n\n23:50: B.", fetched_at="2024-03-04T00:20:00Z", tz="Europe/London"
    )
    assert document.date == "2024-03-03"
    assert _stamps(document) == ["2024-03-03T23:55:00+00:00", "2024-03-03T23:50:00+00:00"]


def test_entries_stamped_only_relatively_are_resolved_against_fetched_at() -> None:
    text = "vor 5 Minuten\nDie Sitzung ist beendet.\n\nvor 2 Stunden\nDie Sitzung beginnt."
    document = _parse(text, "de", fetched_at="2024-07-16T12:00:00+00:00", tz="Europe/Berlin")
    assert [e.time for e in document.entries] == ["13:55", "12:00"]
    assert _stamps(document) == ["2024-07-16T13:55:00+02:00", "2024-07-16T12:00:00+02:00"]
    assert [e.text for e in document.entries] == ["Die Sitzung ist beendet.", "Die Sitzung beginnt."]


# --- updates and markup ----------------------------------------------------------------


def test_an_updated_at_stamp_is_resolved_to_a_timestamp() -> None:
    document = liveblog.parse_file(FIXTURES / "en_posted_labels_gmt.txt", date="2025-03-26")
    first = document.entries[0]
    assert first.timestamp == "2025-03-26T18:41:00+00:00"
    assert first.updated == "2025-03-26T18:52:00+00:00"


def test_timestamps_from_markup_are_kept_as_they_are() -> None:
    raw = RawDocument(
        source="x",
        identity="x",
        reader="jsonld",
        blocks=[
            Block(text="A.", kind="entry", timestamp="2024-07-16T14:24:00+02:00"),
            Block(text="B.", kind="entry", time_text="14:00"),
        ],
    )
    table = lang.get("en")
    document = assign_timestamps(segment(raw, table), table, tz="America/New_York")
    assert document.date == "2024-07-16"
    assert [e.timestamp for e in document.entries] == ["2024-07-16T14:24:00+02:00", "2024-07-16T14:00:00-04:00"]


def test_an_updated_dateline_dates_the_newest_entry_of_a_blog_across_midnight() -> None:
    text = "Wahlabend\n\nStand: 15.01.2025, 00:30 Uhr\n\n00:20 Uhr: Fast fertig.\n\n23:40 Uhr: Erste Hochrechnung."
    document = _parse(text, "de", tz="Europe/Berlin")
    assert document.date == "2025-01-14"
    assert _stamps(document) == ["2025-01-15T00:20:00+01:00", "2025-01-14T23:40:00+01:00"]


def test_a_newest_entry_later_than_the_update_time_is_from_the_day_before() -> None:
    text = "Live\n\nUpdated 15 January 2025 00:05 GMT\n\n23:55: Late news.\n\n23:10: Earlier news."
    document = _parse(text)
    assert _stamps(document) == ["2025-01-14T23:55:00", "2025-01-14T23:10:00"]


def test_a_published_dateline_dates_the_oldest_entry() -> None:
    text = "Live\n\nPublished 14 January 2025\n\n00:20: After midnight.\n\n23:40: Before midnight."
    assert _stamps(_parse(text)) == ["2025-01-15T00:20:00", "2025-01-14T23:40:00"]


def test_oldest_day_counts_back_over_midnight_in_either_order() -> None:
    newest = PartialDate(2025, 1, 15).full()
    assert newest is not None
    assert oldest_day(["00:20", "23:40", "22:00"], newest).isoformat() == "2025-01-14"
    assert oldest_day(["22:00", "23:40", "00:20"], newest).isoformat() == "2025-01-14"
    assert oldest_day(["10:00", "11:00"], newest).isoformat() == "2025-01-15"
