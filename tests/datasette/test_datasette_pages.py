"""The plugin's pages, served in-process by a real Datasette over a real archive file."""

from __future__ import annotations

import re
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from datasette.utils.testing import TestClient as Client
from datasette_archive import DE, EN, NO

from liveblog.datasette import views

ATOM = "{http://www.w3.org/2005/Atom}"


def speaker_id(client: Client, name: str) -> int:
    rows = client.get(f"/archive/speakers.json?name={name.replace(' ', '+')}&_shape=array").json
    assert len(rows) == 1, rows
    return int(rows[0]["id"])


def entries_of(html: str) -> list[str]:
    return re.findall(r'<li class="liveblog-entry[^"]*" id="([^"]+)"', html)


def test_the_documents_page_lists_every_document_with_its_counts(client: Client) -> None:
    response = client.get("/archive/-/documents")
    assert response.status == 200
    html = response.text
    for title in (
        "Foreign ministers’ press conference – live",
        "Ukraine-Krieg im Liveticker",
        "Halvorsen om forhandlingene",
    ):
        assert title in html
    assert f'href="/archive/-/document/{EN}"' in html
    # The English blog: 6 entries, 7 statements.
    row = html[html.index("Foreign ministers’ press conference – live") :]
    row = row[: row.index("</tr>")]
    assert re.findall(r'<td class="num">(\d+)</td>', row) == ["6", "7"]


def test_a_document_reads_like_the_live_blog_in_its_own_order(client: Client) -> None:
    html = client.get(f"/archive/-/document/{EN}").text
    assert entries_of(html) == ["e-en-1424", "e-en-1403", "e-en-1355", "e-en-1340", "e-en-1330", "e-en-1320"]
    assert re.findall(r"<time [^>]*>(\d\d:\d\d)</time>", html) == ["14:24", "14:03", "13:55", "13:40", "13:30", "13:20"]
    assert "6 entries</span> (6 timed)" in html
    assert "7 statements by 2 speakers" in html


def test_the_quoted_words_are_marked_with_their_speaker(client: Client) -> None:
    html = client.get(f"/archive/-/document/{EN}").text
    assert re.search(
        r'“<mark class="q q-direct" data-statement="[^"]+" title="Ingrid Halvorsen \(direct\)">'
        r"Our delegations will meet again in Geneva</mark>,” Halvorsen said\.",
        html,
    )
    # A headline quote is marked inside the headline.
    assert re.search(
        r'<h2 class="entry-headline">Okafor: ‘<mark class="q q-headline"[^>]*>'
        r"A safe passage for the lighthouse keepers is needed</mark>’",
        html,
    )
    # The partial quote inside reported speech is marked as both.
    assert re.search(r'<mark class="q q-indirect q-partial"[^>]*>as soon as possible</mark>', html)
    assert re.search(r'<mark class="q q-indirect"[^>]*>the war must end “</mark>', html)


def test_speaker_chips_link_to_the_speakers_page_and_unresolved_ones_do_not(client: Client) -> None:
    lavrov, guterres = speaker_id(client, "Ingrid Halvorsen"), speaker_id(client, "Daniel Okafor")
    html = client.get(f"/archive/-/document/{EN}").text
    entry = html[html.index('id="e-en-1340"') :]
    entry = entry[: entry.index("</li>\n\n")] if "</li>\n\n" in entry else entry
    chips = re.findall(r'<a class="chip" href="([^"]+)">([^<]+)</a>', entry)
    assert chips[:2] == [
        (f"/archive/-/speaker/{lavrov}", "Ingrid Halvorsen"),
        (f"/archive/-/speaker/{guterres}", "Daniel Okafor"),
    ]
    assert '<span class="chip unresolved" title="speaker not resolved">a spokesperson?</span>' in html


def test_the_chart_of_who_spoke_when_is_inline_svg_without_external_references(client: Client) -> None:
    html = client.get(f"/archive/-/document/{EN}").text
    start = html.index('<svg class="liveblog-chart"')
    svg = html[start : html.index("</svg>", start) + 6]
    root = ET.fromstring(svg)
    names = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text") if t.get("class") == "name"]
    # Most statements first: Okafor 4, Halvorsen 2 (the unresolved spokesperson has no row).
    assert names == ["Daniel Okafor", "Ingrid Halvorsen"]
    # Okafor speaks in two entries (13:55, 13:40): two dots on his row; the 13:55 dot holds 3 statements.
    titles = sorted(
        c.findtext("{http://www.w3.org/2000/svg}title") or "" for c in root.iter("{http://www.w3.org/2000/svg}circle")
    )
    assert titles == [
        "Daniel Okafor · 13:40 · 1 statement",
        "Daniel Okafor · 13:55 · 3 statements",
        "Ingrid Halvorsen · 13:40 · 1 statement",
        "Ingrid Halvorsen · 14:03 · 1 statement",
    ]
    ticks = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text") if t.get("class") == "tick"]
    assert ticks[0] == "13:40" and ticks[-1] == "14:03"
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")


def test_live_blog_markup_is_shown_as_text_not_run(client: Client) -> None:
    html = client.get(f"/archive/-/document/{EN}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=" in html
    # The entries table escapes it too.
    table = client.get("/archive/entries?id=en-1320").text
    assert "<script>alert(1)" not in table and "&lt;script&gt;alert(1)&lt;/script&gt;" in table


def test_an_unknown_document_or_speaker_is_a_404(client: Client) -> None:
    assert client.get("/archive/-/document/no-such-document").status == 404
    assert client.get("/archive/-/speaker/999999").status == 404
    assert client.get("/archive/-/speaker/999999/feed.atom").status == 404
    assert client.get("/nosuchdb/-/documents").status == 404


def test_the_speaker_page_shows_aliases_counts_and_quotes_newest_first(client: Client) -> None:
    lavrov = speaker_id(client, "Ingrid Halvorsen")
    html = client.get(f"/archive/-/speaker/{lavrov}").text
    assert "<h1>Ingrid Halvorsen</h1>" in html
    assert '<span class="alias">die Ministerin</span>' in html
    assert '<span class="count-statements">4 statements</span> in 3 documents' in html
    assert "quoted from 2022-04-26 to 2022-04-28" in html
    quotes = re.findall(r"<blockquote>([^<]+)</blockquote>", html)
    assert quotes == [
        "Die Gespräche gehen weiter",  # 2022-04-27 09:15
        "Our delegations will meet again in Geneva",  # 2022-04-26 14:03
        "We act according to the facts on the ground",  # 2022-04-26 13:40
        "Our delegations will meet again in Geneva",  # the Norwegian article: no time, so last
    ]
    assert f'href="/archive/-/document/{DE}#e-de-0915"' in html
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Ingrid Halvorsen: quotes" '
        f'href="/archive/-/speaker/{lavrov}/feed.atom">' in html
    )
    # Statements per day as bars, 26th to 28th April, one a day at least.
    assert re.findall(r"<rect [^>]*><title>([^<]+)</title>", html) == [
        "2022-04-26: 2",
        "2022-04-27: 1",
        "2022-04-28: 1",
    ]


def test_a_busy_speakers_quotes_come_in_the_same_order_by_the_faster_plan(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Our speaker, and the seeds' most quoted one (whose entries have no date: the order's later keys decide).
    busiest = client.get("/archive/speaker_leaderboard.json?_shape=array").json[0]["speaker_id"]
    speakers = [speaker_id(client, "Ingrid Halvorsen"), busiest]
    quotes = re.compile(r'<blockquote>([^<]+)</blockquote>\s*<p class="quote-meta">.*?href="([^"]+)"', re.S)
    sorted_pages = [quotes.findall(client.get(f"/archive/-/speaker/{s}").text) for s in speakers]
    monkeypatch.setattr(views, "BUSY_SPEAKER", 1)
    walked_pages = [quotes.findall(client.get(f"/archive/-/speaker/{s}").text) for s in speakers]
    assert walked_pages == sorted_pages
    assert len(sorted_pages[0]) == 4 and len(sorted_pages[1]) > 10


def test_the_speaker_feed_is_atom_with_the_newest_quotes(client: Client) -> None:
    lavrov = speaker_id(client, "Ingrid Halvorsen")
    response = client.get(f"/archive/-/speaker/{lavrov}/feed.atom")
    assert response.status == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.body)
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}title") == "Ingrid Halvorsen: quotes"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Die Gespräche gehen weiter",
        "Our delegations will meet again in Geneva",
        "We act according to the facts on the ground",
        "Our delegations will meet again in Geneva",
    ]
    second = entries[0]
    assert second.findtext(f"{ATOM}updated") == "2022-04-27T07:15:00Z"
    link = second.find(f"{ATOM}link")
    assert link is not None and link.get("href") == f"http://localhost/archive/-/document/{DE}#e-de-0915"
    assert second.findtext(f"{ATOM}author/{ATOM}name") == "Ingrid Halvorsen"
    assert len({e.findtext(f"{ATOM}id") for e in entries}) == 4


def test_the_seed_live_blog_has_its_35_timed_entries(client: Client) -> None:
    documents = client.get("/archive/documents.json?_shape=array&source__contains=001_1ef951b14edccf44").json
    assert len(documents) == 1
    html = client.get(f"/archive/-/document/{documents[0]['id']}").text
    assert len(entries_of(html)) == 35
    assert len(re.findall(r'<div class="entry-time">\s*<time', html)) == 35


def test_the_stylesheet_is_served_by_the_plugin_and_linked_from_its_pages(client: Client) -> None:
    assert client.get("/-/liveblog/static/liveblog.css").status == 200
    assert (
        '<link rel="stylesheet" href="/-/liveblog/static/liveblog.css">' in client.get(f"/archive/-/document/{NO}").text
    )


def test_the_menu_and_the_index_lead_to_the_documents(client: Client) -> None:
    html = client.get("/").text
    assert '<a href="/archive/-/documents">Live-blog documents (archive)</a>' in html
    assert '<a href="/archive/-/documents">documents, read as live blogs</a>' in html


def test_tables_link_titles_names_and_entries_to_the_plugin_pages(client: Client) -> None:
    lavrov = speaker_id(client, "Ingrid Halvorsen")
    documents = client.get("/archive/documents").text
    assert f'<a href="/archive/-/document/{EN}">Foreign ministers’ press conference – live</a>' in documents
    speakers = client.get("/archive/speakers").text
    assert f'<a href="/archive/-/speaker/{lavrov}">Ingrid Halvorsen</a>' in speakers
    statements = client.get("/archive/statements?entry_id=en-1403").text
    assert f'<a href="/archive/-/document/{EN}#e-en-1403">en-1403</a>' in statements


def rows(client: Client, path: str) -> list[dict[str, Any]]:
    response = client.get(path)
    assert response.status == 200, response.text
    result: list[dict[str, Any]] = response.json
    return result


def test_undated_quotes_of_a_speaker_run_newest_first_by_clock_time(client: Client) -> None:
    # The seeds carry no dates, so their entries have no timestamp: the clock time orders them.
    busiest = client.get("/archive/speaker_leaderboard.json?_shape=array").json[0]["speaker_id"]
    html = client.get(f"/archive/-/speaker/{busiest}").text
    times = re.findall(r'<a href="[^"]+">(\d\d:\d\d) — ', html)
    assert len(times) > 10
    assert times == sorted(times, reverse=True)
