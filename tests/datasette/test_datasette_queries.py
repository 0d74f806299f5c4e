"""metadata.yml: canned queries, table settings, descriptions, search and facets, through Datasette's JSON."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import yaml
from datasette.utils.testing import TestClient as Client
from datasette_archive import EN, NO

ROOT = Path(__file__).resolve().parents[2]


def rows(client: Client, path: str) -> list[dict[str, Any]]:
    response = client.get(path + ("&" if "?" in path else "?") + "_shape=array")
    assert response.status == 200, response.text
    result: list[dict[str, Any]] = response.json
    return result


def test_who_said_what_finds_a_speaker_by_any_alias_newest_first(client: Client) -> None:
    found = rows(client, "/archive/who_said_what.json?speaker=Ministerin")
    assert [(r["speaker"], r["words"], r["written_as"]) for r in found] == [
        ("Ingrid Halvorsen", "Die Gespräche gehen weiter", "die Ministerin"),
        ("Ingrid Halvorsen", "Our delegations will meet again in Geneva", "Halvorsen"),
        ("Ingrid Halvorsen", "We act according to the facts on the ground", "Halvorsen"),
        ("Ingrid Halvorsen", "Our delegations will meet again in Geneva", "Halvorsen"),  # untimed: last
    ]


def test_search_quotes_ranks_matches_and_marks_the_words(client: Client) -> None:
    found = rows(client, "/archive/search_quotes.json?q=lighthouse+keepers")
    assert [(r["speaker"], r["kind"], r["snippet"]) for r in found] == [
        ("Daniel Okafor", "headline", "A safe passage for the \ue000lighthouse\ue001 \ue000keepers\ue001 is needed")
    ]
    html = client.get("/archive/search_quotes?q=lighthouse+keepers").text
    assert (
        '<td class="col-snippet">A safe passage for the <mark>lighthouse</mark> <mark>keepers</mark> is needed</td>'
        in html
    )


def test_search_quotes_with_an_empty_or_odd_query_is_empty_not_an_error(client: Client) -> None:
    assert rows(client, "/archive/search_quotes.json?q=") == []
    assert rows(client, "/archive/search_quotes.json?q=%22unbalanced") == []
    assert rows(client, "/archive/search_quotes.json?q=AND+OR+NOT") == []


def test_the_speaker_leaderboard_counts_statements_documents_and_outlets(client: Client) -> None:
    board = {r["speaker"]: r for r in rows(client, "/archive/speaker_leaderboard.json")}
    halvorsen = board["Ingrid Halvorsen"]
    assert (halvorsen["statements"], halvorsen["documents"], halvorsen["outlets"], halvorsen["direct"]) == (4, 3, 3, 4)
    assert (halvorsen["first_day"], halvorsen["last_day"]) == ("2022-04-26", "2022-04-28")
    okafor = board["Daniel Okafor"]
    assert (okafor["statements"], okafor["direct"], okafor["indirect"], okafor["partial"], okafor["headline"]) == (
        4,
        1,
        1,
        1,
        1,
    )


def test_statements_per_speaker_and_document_can_be_narrowed_to_a_title(client: Client) -> None:
    found = rows(client, "/archive/speaker_document_leaderboard.json?document_title=press+conference+–+live")
    assert [(r["speaker"], r["statements"], r["direct"]) for r in found] == [
        ("Daniel Okafor", 4, 1),
        ("Ingrid Halvorsen", 2, 2),
    ]


def test_everything_said_in_a_utc_window_oldest_first(client: Client) -> None:
    # 13:35 to 14:00 Berlin time is 11:35 to 12:00 UTC: the 13:40 and 13:55 entries.
    found = rows(client, "/archive/said_between.json?start=2022-04-26T11:35&stop=2022-04-26T12:00")
    assert [(r["local_time"], r["speaker"], r["kind"]) for r in found] == [
        ("13:40", "Ingrid Halvorsen", "direct"),
        ("13:40", "Daniel Okafor", "direct"),
        ("13:55", "Daniel Okafor", "headline"),
        ("13:55", "Daniel Okafor", "indirect"),
        ("13:55", "Daniel Okafor", "partial"),
    ]
    # An untimed article counts by its date.
    found = rows(client, "/archive/said_between.json?start=2022-04-28&stop=2022-04-29")
    assert [(r["at_utc"], r["words"]) for r in found] == [("2022-04-28", "Our delegations will meet again in Geneva")]


def test_entries_per_day_counts_entries_documents_and_statements(client: Client) -> None:
    days = {r["day"]: r for r in rows(client, "/archive/entries_per_day.json")}
    assert (days["2022-04-26"]["entries"], days["2022-04-26"]["documents"], days["2022-04-26"]["statements"]) == (
        6,
        1,
        7,
    )
    assert (days["2022-04-27"]["entries"], days["2022-04-27"]["statements"]) == (2, 2)
    assert (days["2022-04-28"]["entries"], days["2022-04-28"]["statements"]) == (1, 1)


def test_the_same_words_quoted_by_two_outlets_are_found(client: Client) -> None:
    found = rows(client, "/archive/same_words_several_outlets.json?min_length=")
    ours = [r for r in found if r["words"] == "Our delegations will meet again in Geneva"]
    assert len(ours) == 1
    assert (ours[0]["outlets"], ours[0]["documents"], ours[0]["speakers"]) == (2, 2, "Ingrid Halvorsen")
    assert sorted(ours[0]["published_by"].split(",")) == ["Eksempelavisen", "Example Daily"]
    # A minimum length above the quote's leaves it out.
    longer = rows(client, "/archive/same_words_several_outlets.json?min_length=60")
    assert all(r["words"] != "Our delegations will meet again in Geneva" for r in longer)


def test_canned_query_results_link_speakers_and_documents_to_the_plugin_pages(client: Client) -> None:
    html = client.get("/archive/who_said_what?speaker=Ministerin").text
    assert '<td class="col-speaker"><a href="/archive/-/speaker/' in html
    assert f'<td class="col-document"><a href="/archive/-/document/{NO}#e-no-0">Halvorsen om forhandlingene</a>' in html


def test_the_entries_table_is_newest_first_with_its_facets(client: Client) -> None:
    data = client.get("/archive/entries.json?_size=3&_shape=objects").json
    assert [r["id"] for r in data["rows"]] == ["de-0915", "de-0900", "en-1424"]
    assert set(data["facet_results"]) == {"document_id", "language", "local_date"}
    languages = {f["value"]: f["count"] for f in data["facet_results"]["language"]["results"]}
    assert languages["de"] == 2 and languages["no"] >= 1
    assert data["suggested_facets"] == []


def test_the_quotes_view_facets_by_speaker_and_filters_to_one(client: Client) -> None:
    data = client.get("/archive/quotes.json?_shape=objects&speaker=Daniel+Okafor").json
    texts = [r["text"] for r in data["rows"]]
    # Newest first: the three statements of 13:55 (in any order), then 13:40.
    assert sorted(texts[:3]) == [
        "A safe passage for the lighthouse keepers is needed",
        "as soon as possible",
        "the war must end “as soon as possible” for the sake of civilians",
    ]
    assert texts[3:] == ["Peace first."]
    speakers = {f["value"]: f["count"] for f in data["facet_results"]["speaker"]["results"]}
    assert speakers == {"Daniel Okafor": 4}


def test_full_text_search_works_on_the_tables_and_the_views_that_key_on_rowid(client: Client) -> None:
    assert [r["id"] for r in rows(client, "/archive/entries.json?_search=Geneva")] == ["en-1403", "no-0"]
    assert [r["id"] for r in rows(client, "/archive/timeline.json?_search=Geneva")] == ["en-1403", "no-0"]
    assert {r["entry_id"] for r in rows(client, "/archive/quotes.json?_search=delegations")} == {"en-1403", "no-0"}
    assert {r["entry_id"] for r in rows(client, "/archive/statements.json?_search=lighthouse")} == {"en-1355"}


def test_the_plugin_pages_have_json_twins_in_datasette_for_the_same_rows(client: Client) -> None:
    document = rows(client, f"/archive/documents.json?id={EN}")
    assert [d["title"] for d in document] == ["Foreign ministers’ press conference – live"]
    entries = rows(client, f"/archive/entries.json?document_id={EN}&_sort=position")
    assert [e["time"] for e in entries] == ["14:24", "14:03", "13:55", "13:40", "13:30", "13:20"]


def test_sql_that_writes_is_refused(client: Client) -> None:
    response = client.get("/archive.json?sql=delete+from+speakers")
    assert response.status == 400
    assert rows(client, "/archive.json?sql=select+count(*)+as+n+from+speakers")[0]["n"] >= 3


def test_every_table_view_and_column_of_the_archive_is_described(archive_db: Path) -> None:
    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    described = metadata["databases"]["archive"]["tables"]
    conn = sqlite3.connect(archive_db)
    names = [
        name
        for (name,) in conn.execute("select name from sqlite_master where type in ('table', 'view') order by name")
        if not name.startswith(("entries_fts", "statements_fts", "sqlite_"))
    ]
    missing = []
    for name in names:
        table = described.get(name)
        if not table or not table.get("description"):
            missing.append(name)
            continue
        columns = [row[1] for row in conn.execute(f"pragma table_info([{name}])")]
        missing.extend(f"{name}.{c}" for c in columns if not (table.get("columns") or {}).get(c))
    conn.close()
    assert missing == []
    for key in ("title", "description_html", "license", "license_url", "source"):
        assert metadata[key]
