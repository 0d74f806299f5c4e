"""Entry ids are stable across re-parses of an updated live blog."""

from __future__ import annotations

import pytest

import liveblog

BLOG = """Storm over the coast – live

16:05: The ferry to the islands is cancelled for the rest of the day.

15:40: Wind gusts of 40 metres per second were measured at the lighthouse.

15:40: The police closed the coastal road.

15:10: The first warnings came in the morning.
"""


def _ids_by_text(document: liveblog.Document) -> dict[str, str]:
    return {entry.text.split(".")[0]: entry.id for entry in document.entries if entry.time}


def test_ids_do_not_change_when_the_same_text_is_parsed_again() -> None:
    first = liveblog.parse(BLOG, source="storm")
    again = liveblog.parse(BLOG, source="storm")
    assert [e.id for e in first.entries] == [e.id for e in again.entries]
    assert all(e.id for e in first.entries)


def test_entries_added_on_top_shift_no_old_id() -> None:
    before = _ids_by_text(liveblog.parse(BLOG, source="storm"))
    updated = BLOG.replace(
        "16:05:",
        "16:40: Power is back in most homes.\n\n16:20: The ferry company promises buses instead.\n\n16:05:",
    )
    after = _ids_by_text(liveblog.parse(updated, source="storm"))
    assert len(after) == len(before) + 2
    for text, entry_id in before.items():
        assert after[text] == entry_id


def test_an_edited_entry_keeps_its_id() -> None:
    before = liveblog.parse(BLOG, source="storm")
    edited = liveblog.parse(BLOG.replace("40 metres per second", "42 metres per second"), source="storm")
    assert [e.id for e in before.entries] == [e.id for e in edited.entries]


def test_entries_sharing_a_time_get_different_ids() -> None:
    document = liveblog.parse(BLOG, source="storm")
    ids = [e.id for e in document.entries if e.time == "15:40"]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_the_same_text_from_another_source_gets_other_ids() -> None:
    one = liveblog.parse(BLOG, source="storm")
    other = liveblog.parse(BLOG, source="storm-copy")
    assert not {e.id for e in one.entries} & {e.id for e in other.entries}


def test_positions_count_entries_in_document_order() -> None:
    document = liveblog.parse(BLOG, source="storm")
    assert [e.position for e in document.entries] == list(range(len(document.entries)))
    timed = [e.time for e in document.entries if e.time]
    assert timed == ["16:05", "15:40", "15:40", "15:10"]


NIGHT = """Election night – live

00:20: The last district has counted.

00:05: Turnout was 71 percent.

00:05: The mayor thanked the volunteers.

23:50: Counting goes on in the north.
"""


def test_ids_stay_put_in_a_newest_first_blog_that_crosses_midnight() -> None:
    before = _ids_by_text(liveblog.parse(NIGHT, source="night"))
    updated = NIGHT.replace("00:20:", "00:40: The results are final.\n\n00:20:")
    after = _ids_by_text(liveblog.parse(updated, source="night"))
    assert len(after) == len(before) + 1
    for text, entry_id in before.items():
        assert after[text] == entry_id


def test_the_api_refuses_a_bad_date_or_zone_as_the_command_line_does() -> None:
    with pytest.raises(liveblog.LiveblogError, match="not an IANA time zone"):
        liveblog.parse(BLOG, tz="Mars/Olympus")
    with pytest.raises(liveblog.LiveblogError, match="not a date"):
        liveblog.parse(BLOG, date="26.04.2022")
