"""ReadOnlyDatabase: nothing a request does can write; counts are reused until the next commit."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest
import yaml
from datasette_archive import build_archive, german_liveblog

from liveblog.datasette.readonly import (
    facet_rows,
    fts_count,
    index_walk,
    is_cacheable,
    is_schema_lookup,
    late_row_lookup,
    read_only_uri,
    search_facet,
)
from liveblog.ingest import Archive
from liveblog.serve import make_datasette

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_archive(tmp_path: Path) -> Path:
    return build_archive(tmp_path / "my archive?.db")


def test_a_write_through_datasette_fails_as_a_readonly_database(small_archive: Path) -> None:
    db = make_datasette(small_archive).get_database("archive")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        asyncio.run(db.execute_write("insert into speakers (name) values ('Someone')"))
    conn = sqlite3.connect(small_archive)
    assert conn.execute("select count(*) from speakers where name = 'Someone'").fetchone() == (0,)
    conn.close()


def test_the_file_is_opened_read_only_not_immutable_even_with_odd_characters_in_its_name(small_archive: Path) -> None:
    uri = read_only_uri(small_archive)
    assert uri.endswith("?mode=ro") and "immutable" not in uri
    assert "%3F" in uri  # the "?" in the file name is not taken for the query string
    conn = sqlite3.connect(uri, uri=True)
    assert conn.execute("select count(*) from documents").fetchone() == (3,)
    conn.close()


def test_counts_are_reused_until_another_process_commits(small_archive: Path) -> None:
    db = make_datasette(small_archive).get_database("archive")
    count_sql = "select count(*) from entries "

    def count() -> int:
        return int(asyncio.run(db.execute(count_sql)).rows[0][0])

    assert count() == 9
    misses = db.cache_misses
    assert count() == 9
    assert (db.cache_misses, db.cache_hits) == (misses, 1)
    # Ingest writes a new document while Datasette serves: the next count sees it.
    document = german_liveblog()
    document.identity = document.source = "fixtures/another-ticker.txt"
    for entry in document.entries:
        entry.id = "other-" + entry.id
    with Archive(small_archive) as archive:
        archive.add(document)
    assert count() == 11
    assert db.cache_misses == misses + 1


def test_only_datasettes_counts_and_facets_are_cached() -> None:
    assert is_cacheable("select count(*) from [entries] where language = :p0")
    assert is_cacheable(
        "\n  select language as value, count(*) as count from (\n select * from entries )"
        " where language is not null group by language order by count desc, value limit 31"
    )
    assert not is_cacheable("select * from entries limit 101")
    assert not is_cacheable("select count(*) from entries where random() > 0")
    assert not is_cacheable("select count(*) from entries where date('now') > local_date")


def test_a_sorted_search_is_rewritten_to_sort_rowids_only() -> None:
    sql = (
        "select rowid, id, text from entries where rowid in (select rowid from entries_fts"
        " where entries_fts match escape_fts(:search)) order by timestamp_utc desc limit 51"
    )
    assert late_row_lookup(sql, {"entries"}) == (
        "select rowid, id, text from entries where rowid in (select rowid from entries where rowid in"
        " (select rowid from entries_fts where entries_fts match escape_fts(:search))"
        " order by timestamp_utc desc limit 51) order by timestamp_utc desc"
    )
    assert late_row_lookup(sql.replace("from entries where", "from timeline where"), {"entries"}) is None
    assert late_row_lookup(sql + " offset 50", {"entries"}) is None
    assert late_row_lookup("select * from entries order by timestamp_utc desc limit 51", {"entries"}) is None


def test_a_plain_search_is_counted_on_the_full_text_index_alone() -> None:
    count = (
        "select count(*) from entries where rowid in (select rowid from entries_fts"
        " where entries_fts match escape_fts(:search))"
    )
    assert fts_count(count, {"entries"}) == (
        "select count(*) from [entries_fts] where [entries_fts] match escape_fts(:search)"
    )
    raw = count.replace("escape_fts(:search)", ":search")
    assert fts_count(raw, {"entries"}) == "select count(*) from [entries_fts] where [entries_fts] match :search"
    # Another filter, a view, another table's index or a column search keep Datasette's count.
    assert fts_count(count[:-1] + " and language = :p0)", {"entries"}) is None
    assert fts_count(count + " and language = :p0", {"entries"}) is None
    assert fts_count(count.replace("from entries where", "from timeline where"), {"entries"}) is None
    assert fts_count(count.replace("rowid from entries_fts", "rowid from statements_fts"), {"entries"}) is None
    assert fts_count(count.replace("entries_fts match", "[text] match"), {"entries"}) is None
    assert fts_count(count, set()) is None


def test_a_search_sorted_on_an_indexed_column_can_walk_that_index() -> None:
    sql = (
        "select rowid, id, text from entries where rowid in (select rowid from entries_fts"
        " where entries_fts match escape_fts(:search)) order by timestamp_utc desc limit 51"
    )
    indexes = {"entries": {"timestamp_utc": "idx_ts"}}
    walk, probe, limit = index_walk(sql, indexes) or ("", "", 0)
    assert walk == (
        "select rowid, id, text from [entries] where rowid in (select rowid from [entries] indexed by [idx_ts]"
        " where rowid in (select rowid from [entries_fts] where [entries_fts] match escape_fts(:search))"
        " order by [timestamp_utc] desc, rowid limit 51) order by [timestamp_utc] desc, rowid"
    )
    assert probe == (
        "select (select count(*) from [entries_fts] where [entries_fts] match escape_fts(:search)),"
        " (select max(rowid) from [entries])"
    )
    assert limit == 51
    # Another filter, an unindexed sort column, a next page or a view: no walk.
    assert index_walk(sql.replace(")) order", ") and language = :p0) order"), indexes) is None
    assert index_walk(sql.replace(")) order", ")) and language = :p0 order"), indexes) is None
    assert index_walk(sql.replace("timestamp_utc desc", "position"), indexes) is None
    assert index_walk(sql + " offset 50", indexes) is None
    assert index_walk(sql.replace("from entries where", "from timeline where"), indexes) is None


def test_a_search_facet_is_recognised_with_its_column_search_and_limit() -> None:
    search = (
        "select rowid, id, language from entries where rowid in (select rowid from entries_fts"
        " where entries_fts match escape_fts(:search))"
    )
    facet = (
        f"\n  select [language] as value, count(*) as count from (\n   {search}\n  )\n"
        "  where [language] is not null\n  group by [language] order by count desc, value limit 16\n"
    )
    assert search_facet(facet, {"entries"}) == ("language", search, "entries", 16)
    assert search_facet(facet.replace("[language]", "language"), {"entries"}) == ("language", search, "entries", 16)
    assert search_facet(facet, {"statements"}) is None
    unsearched = facet.replace(search, "select rowid, id, language from entries where language = :p0")
    assert search_facet(unsearched, {"entries"}) is None


def test_facets_added_up_from_groups_are_ordered_like_sqlite() -> None:
    # (language, kind, count) groups; None is never a facet value.
    groups = [("en", "b", 2), ("de", "a", 1), ("en", "a", 1), (None, "b", 5), (7, "a", 1), (b"x", "a", 1)]
    assert [tuple(row) for row in facet_rows(groups, 0, 10)] == [("en", 3), (7, 1), ("de", 1), (b"x", 1)]
    assert [(row["value"], row["count"]) for row in facet_rows(groups, 1, 1)] == [("b", 7)]
    # Cut inside a tie: the smallest values of the tied count come first, as with ORDER BY count DESC, value.
    assert [tuple(row) for row in facet_rows(groups, 0, 2)] == [("en", 3), (7, 1)]
    assert [tuple(row) for row in facet_rows(groups, 0, 3)] == [("en", 3), (7, 1), ("de", 1)]


def test_searches_answer_the_same_rows_with_and_without_the_rewrite(tmp_path: Path) -> None:
    from datasette.app import Datasette
    from datasette.utils.testing import TestClient

    small_archive = build_archive(tmp_path / "archive.db")
    ours = TestClient(make_datasette(small_archive, metadata=ROOT / "metadata.yml"))
    stock = Datasette([str(small_archive)], metadata=yaml.safe_load((ROOT / "metadata.yml").read_text()))
    plain = TestClient(stock)
    for query in (
        "entries.json?_search=Okafor",
        "entries.json?_search=Okafor&_searchmode=raw",
        "entries.json?_search=the&language=de",
        "entries.json?_search=nothing-matches-this",
        "entries.json?_search=the&_facet=author&_facet=document_id&_facet_size=2",
        "statements.json?_search=the&_facet=kind",
        "entries.json?_search=the&_size=2",
        "entries.json?_search=the&_sort=position&_size=3",
        "entries.json?_search=the&language=en&_sort_desc=time",
        "statements.json?_search=Geneva",
        "timeline.json?_search=Geneva",
    ):
        mine, theirs = ours.get(f"/archive/{query}").json, plain.get(f"/archive/{query}").json
        assert mine["rows"] == theirs["rows"], query
        assert mine["filtered_table_rows_count"] == theirs["filtered_table_rows_count"], query
        assert mine["facet_results"] == theirs["facet_results"], query
        assert mine.get("next") == theirs.get("next"), query
    stock_db = stock.get_database("archive")
    stock_db.close()


def test_a_search_still_answers_when_the_sort_index_is_dropped_while_serving(tmp_path: Path) -> None:
    from datasette.utils.testing import TestClient

    small_archive = build_archive(tmp_path / "archive.db")
    client = TestClient(make_datasette(small_archive, metadata=ROOT / "metadata.yml"))
    # A common word and a small page: the search walks idx_entries_timestamp_utc.
    before = client.get("/archive/entries.json?_search=the&_size=2").json["rows"]
    assert before
    writer = sqlite3.connect(small_archive)
    writer.execute("DROP INDEX idx_entries_timestamp_utc")
    writer.commit()
    writer.close()
    response = client.get("/archive/entries.json?_search=the&_size=2")
    assert response.status == 200
    assert response.json["rows"] == before


def test_only_queries_of_the_schema_alone_count_as_schema_look_ups() -> None:
    # What Datasette asks about the schema on every page.
    assert is_schema_lookup("PRAGMA schema_version")
    assert is_schema_lookup("PRAGMA table_xinfo([entries]);")
    assert is_schema_lookup("select sql from sqlite_master where name = :n and type=:t")
    assert is_schema_lookup(
        "select name from sqlite_master where type in ('table', 'view') and name = ? collate nocase"
    )
    # Anything that could read the data, or take long, is a query like any other.
    assert not is_schema_lookup("select count(*) from entries")
    assert not is_schema_lookup("select * from sqlite_master a, sqlite_master b, sqlite_master c")
    assert not is_schema_lookup("select * from sqlite_master join entries")
    assert not is_schema_lookup("select * from sqlite_master where name in (select id from entries)")
    assert not is_schema_lookup("select * from sqlite_master where length(randomblob(1000000000))")
    assert not is_schema_lookup("select * from sqlite_master; select * from entries")
    assert not is_schema_lookup("PRAGMA schema_version = 3")


def test_schema_look_ups_are_answered_while_every_sql_thread_is_busy(small_archive: Path) -> None:
    ds = make_datasette(small_archive, settings={"num_sql_threads": 2})
    db = ds.get_database("archive")
    release = threading.Event()

    async def scenario() -> tuple[list[str], int, bool]:
        loop = asyncio.get_running_loop()
        blockers = [loop.run_in_executor(ds.executor, release.wait, 10) for _ in range(2)]
        query = asyncio.ensure_future(db.execute("select count(*) from entries"))
        names = await db.table_names()  # would wait for a thread if it needed one
        version = (await db.execute("PRAGMA schema_version")).first()[0]
        waiting = not query.done()
        release.set()
        await asyncio.gather(*blockers)
        return names, (await query).first()[0], waiting and version > 0

    names, entries, query_waited_for_a_thread = asyncio.run(scenario())
    assert "entries" in names and entries == 9
    assert query_waited_for_a_thread
    db.close()


def test_connections_map_the_file_into_memory(small_archive: Path) -> None:
    db = make_datasette(small_archive).get_database("archive")
    conn = db.connect()
    assert conn.execute("PRAGMA mmap_size").fetchone()[0] > 0
    db.close()
