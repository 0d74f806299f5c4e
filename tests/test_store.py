"""The archive file: schema, idempotent writes, edit history, speakers, search, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from liveblog.models import Document, Entry, Speaker, Statement
from liveblog.pipeline import assign_ids
from liveblog.store import Store, document_id, local_date, migrations, normalize_name, timestamp_utc


def quote(speaker: str | None, mention: str | None, text: str, start: int = 1) -> Statement:
    return Statement(
        speaker=speaker,
        speaker_text=mention,
        text=text,
        kind="direct",
        cue="said",
        start=start,
        end=start + len(text),
        confidence=0.9,
    )


def blog(*entries: Entry, identity: str = "https://example.org/live/1") -> Document:
    for position, entry in enumerate(entries):
        entry.position = position
    document = Document(
        source=identity,
        identity=identity,
        title="Talks in Moscow – live",
        kind="liveblog",
        language="en",
        date="2022-04-26",
        entries=list(entries),
    )
    assign_ids(document)  # statement ids, as the parser gives them
    return document


def entry(entry_id: str, time: str, text: str, *statements: Statement, headline: str | None = None) -> Entry:
    return Entry(
        id=entry_id,
        time=time,
        time_text=time,
        timestamp=f"2022-04-26T{time}:00+02:00",
        headline=headline,
        text=text,
        speakers=sorted({s.speaker for s in statements if s.speaker}),
        statements=list(statements),
    )


def first_version() -> Document:
    return blog(
        entry("e3", "14:05", "“It’s true,” Lavrov replied.", quote("Sergei Lavrov", "Lavrov", "It’s true")),
        entry(
            "e2", "14:03", "“Our teams meet in Belarus,” Lavrov said.", quote("Sergei Lavrov", "Lavrov", "Our teams")
        ),
        entry(
            "e1",
            "13:50",
            "“We presented different perspectives,” says the UN chief.",
            quote("António Guterres", "the UN chief", "We"),
        ),
    )


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, for comparing an archive before and after."""
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    rows = {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    conn.close()
    return rows


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "archive.db")


def test_the_archive_has_the_tables_and_columns_of_the_contract(store: Store) -> None:
    contract = {
        "documents": "id source url name title kind language date publisher reader fetched_at content_sha256"
        " parser_version",
        "entries": "rowid id document_id position time time_text timestamp timestamp_utc local_date headline text"
        " language removed",
        "statements": "rowid id entry_id document_id speaker_id speaker_text text kind cue start end confidence",
        "speakers": "id name description",
        "speaker_aliases": "alias speaker_id",
        "entry_versions": "entry_id text headline seen_at",
        "ingest_log": "at source status error",
    }
    for table, columns in contract.items():
        present = set(store.db.table(table).columns_dict)
        assert set(columns.split()) <= present, (table, set(columns.split()) - present)
    assert {"timeline", "quotes"} <= set(store.db.view_names())
    assert store.db.table("entries").detect_fts() == "entries_fts"
    assert store.db.table("statements").detect_fts() == "statements_fts"
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_entries_and_statements_key_full_text_search_on_an_integer_rowid(store: Store) -> None:
    for table in ("entries", "statements"):
        info = {row[1]: row for row in store.conn.execute(f"PRAGMA table_info({table})")}
        assert info["rowid"][2] == "INTEGER" and info["rowid"][5] == 1  # type, pk


def test_a_new_document_is_stored_with_its_entries_and_statements(store: Store) -> None:
    result = store.write_document(first_version())
    assert (result.status, result.entries_new, result.statements) == ("new", 3, 3)
    rows = store.conn.execute("SELECT id, time, timestamp_utc, local_date FROM entries ORDER BY position").fetchall()
    assert rows == [
        ("e3", "14:05", "2022-04-26T12:05:00Z", "2022-04-26"),
        ("e2", "14:03", "2022-04-26T12:03:00Z", "2022-04-26"),
        ("e1", "13:50", "2022-04-26T11:50:00Z", "2022-04-26"),
    ]
    log = store.conn.execute("SELECT status, entries_new, statements FROM ingest_log").fetchall()
    assert log == [("new", 3, 3)]


def test_writing_the_same_document_again_changes_only_fetched_at_and_the_log(store: Store, tmp_path: Path) -> None:
    store.write_document(first_version(), fetched_at="2022-04-26T12:00:00Z")
    before = dump(tmp_path / "archive.db")
    result = store.write_document(first_version(), fetched_at="2022-04-26T13:00:00Z")
    after = dump(tmp_path / "archive.db")
    assert result.status == "unchanged"
    assert len(after.pop("ingest_log")) == len(before.pop("ingest_log")) + 1
    (old_doc,), (new_doc,) = before.pop("documents"), after.pop("documents")
    assert before == after
    fetched = 12  # documents.fetched_at
    assert old_doc[fetched] == "2022-04-26T12:00:00Z" and new_doc[fetched] == "2022-04-26T13:00:00Z"
    assert old_doc[:fetched] + old_doc[fetched + 1 :] == new_doc[:fetched] + new_doc[fetched + 1 :]


def test_an_updated_liveblog_adds_new_entries_keeps_old_ids_and_the_edited_text(store: Store) -> None:
    store.write_document(first_version())
    old = first_version().entries
    edited = entry(
        "e2", "14:03", "“Our teams meet in Belarus and Turkey,” Lavrov said.", quote("Sergei Lavrov", "Lavrov", "Our")
    )
    updated = blog(
        entry("e5", "14:24", "The press conference is over."),
        entry(
            "e4", "14:20", "“We act according to the realities,” Lavrov said.", quote("Sergei Lavrov", "Lavrov", "We")
        ),
        old[0],
        edited,
        old[2],
    )
    result = store.write_document(updated)
    assert (result.status, result.entries_new, result.entries_edited, result.entries_removed) == ("updated", 2, 1, 0)
    ids = [row[0] for row in store.conn.execute("SELECT id FROM entries ORDER BY position")]
    assert ids == ["e5", "e4", "e3", "e2", "e1"]
    versions = store.conn.execute("SELECT entry_id, version, text FROM entry_versions").fetchall()
    assert versions == [("e2", 1, "“Our teams meet in Belarus,” Lavrov said.")]
    text = store.conn.execute("SELECT text FROM entries WHERE id = 'e2'").fetchone()[0]
    assert text == "“Our teams meet in Belarus and Turkey,” Lavrov said."


def test_the_statements_of_an_edited_entry_are_replaced(store: Store) -> None:
    store.write_document(first_version())
    old = first_version().entries
    edited = entry("e2", "14:03", "Lavrov said nothing new.", quote(None, None, "nothing new", start=12))
    store.write_document(blog(old[0], edited, old[2]))
    rows = store.conn.execute("SELECT text, speaker_id FROM statements WHERE entry_id = 'e2'").fetchall()
    assert rows == [("nothing new", None)]


def test_entries_gone_from_the_source_are_marked_removed_not_deleted(store: Store) -> None:
    store.write_document(first_version())
    old = first_version().entries
    result = store.write_document(blog(old[0], old[2]))
    assert result.entries_removed == 1
    assert store.conn.execute("SELECT removed, removed_at IS NOT NULL FROM entries WHERE id = 'e2'").fetchone() == (
        1,
        1,
    )
    assert store.conn.execute("SELECT count(*) FROM statements WHERE entry_id = 'e2'").fetchone()[0] == 1
    # It comes back when the source shows it again.
    store.write_document(first_version())
    assert store.conn.execute("SELECT removed FROM entries WHERE id = 'e2'").fetchone()[0] == 0


def test_full_text_search_finds_the_current_text_only(store: Store) -> None:
    store.write_document(first_version())
    old = first_version().entries
    store.write_document(blog(old[0], entry("e2", "14:03", "Lavrov spoke about Mariupol."), old[2]))

    def search(table: str, words: str) -> list[str]:
        sql = f"SELECT {table}.id FROM {table}_fts JOIN {table} ON {table}.rowid = {table}_fts.rowid"
        return [row[0] for row in store.conn.execute(sql + f" WHERE {table}_fts MATCH ?", [words])]

    assert search("entries", "Mariupol") == ["e2"]
    assert search("entries", "Belarus") == []
    assert len(search("statements", "perspectives")) == 0  # statement text is "We"
    assert len(search("statements", "true")) == 1


def test_a_source_entry_id_used_by_another_document_does_not_overwrite_it(store: Store) -> None:
    store.write_document(first_version())
    other = blog(entry("e1", "09:00", "Another blog, same entry id."), identity="https://example.org/live/2")
    result = store.write_document(other)
    assert result.entries_new == 1
    assert store.conn.execute("SELECT text FROM entries WHERE id = 'e1'").fetchone()[0].startswith("“We presented")
    assert store.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 4


def speaker_of(store: Store, name: str) -> int:
    row = store.conn.execute(
        "SELECT speaker_id FROM statements WHERE speaker_name = ? ORDER BY rowid DESC LIMIT 1", [name]
    ).fetchone()
    return int(row[0])


def one_quote_document(identity: str, speaker: str, mention: str | None = None) -> Document:
    return blog(
        entry("x", "10:00", f"“Yes,” {speaker} said.", quote(speaker, mention or speaker, "Yes")), identity=identity
    )


def test_transliterations_of_one_first_name_are_one_speaker_across_documents(store: Store) -> None:
    store.write_document(one_quote_document("doc-a", "Sergei Lavrov"))
    store.write_document(one_quote_document("doc-b", "Sergey Lavrov"))
    store.write_document(one_quote_document("doc-c", "Lavrov"))
    assert speaker_of(store, "Sergei Lavrov") == speaker_of(store, "Sergey Lavrov") == speaker_of(store, "Lavrov")
    assert store.conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == 1
    aliases = {row[0] for row in store.conn.execute("SELECT alias FROM speaker_aliases")}
    assert aliases == {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"}


def test_accents_do_not_make_a_second_speaker(store: Store) -> None:
    store.write_document(one_quote_document("doc-a", "António Guterres"))
    store.write_document(one_quote_document("doc-b", "Antonio Guterres"))
    assert speaker_of(store, "António Guterres") == speaker_of(store, "Antonio Guterres")


def test_two_people_with_one_surname_stay_two_and_the_bare_surname_stays_unmerged(store: Store) -> None:
    store.write_document(one_quote_document("doc-a", "Joe Biden"))
    store.write_document(one_quote_document("doc-b", "Jill Biden"))
    store.write_document(one_quote_document("doc-c", "Biden"))
    ids = {speaker_of(store, "Joe Biden"), speaker_of(store, "Jill Biden"), speaker_of(store, "Biden")}
    assert len(ids) == 3


def test_similar_short_first_names_are_not_merged(store: Store) -> None:
    store.write_document(one_quote_document("doc-a", "Maria Schmidt"))
    store.write_document(one_quote_document("doc-b", "Marie Schmidt"))
    assert speaker_of(store, "Maria Schmidt") != speaker_of(store, "Marie Schmidt")


def test_a_speaker_known_by_surname_takes_the_full_name_when_it_appears(store: Store) -> None:
    store.write_document(one_quote_document("doc-a", "Guterres"))
    store.write_document(one_quote_document("doc-b", "António Guterres"))
    assert speaker_of(store, "Guterres") == speaker_of(store, "António Guterres")
    assert store.conn.execute("SELECT name FROM speakers").fetchall() == [("António Guterres",)]


def test_an_initial_matches_the_one_full_name_it_fits(store: Store) -> None:
    store.write_document(one_quote_document("doc-a", "Olaf Scholz"))
    store.write_document(one_quote_document("doc-b", "O. Scholz"))
    assert speaker_of(store, "Olaf Scholz") == speaker_of(store, "O. Scholz")


def test_different_middles_keep_two_speakers(store: Store) -> None:
    store.write_document(one_quote_document("doc-a", "Russian Foreign Ministry"))
    store.write_document(one_quote_document("doc-b", "Russian Defence Ministry"))
    assert speaker_of(store, "Russian Foreign Ministry") != speaker_of(store, "Russian Defence Ministry")


def test_mentions_are_aliases_but_pronouns_are_not(store: Store) -> None:
    store.write_document(one_quote_document("doc-a", "António Guterres", "the UN chief"))
    store.write_document(one_quote_document("doc-b", "António Guterres", "He"))
    store.write_document(one_quote_document("doc-c", "António Guterres", "Guterres"))
    rows = dict(store.conn.execute("SELECT alias, kind FROM speaker_aliases").fetchall())
    assert rows == {"António Guterres": "name", "the UN chief": "mention", "Guterres": "mention"}


def test_a_mention_does_not_merge_speakers(store: Store) -> None:
    # Doc a wrongly says "Foreign Minister" for Guterres; that must not pull the minister in.
    store.write_document(one_quote_document("doc-a", "António Guterres", "Foreign Minister"))
    store.write_document(one_quote_document("doc-b", "Foreign Minister"))
    assert speaker_of(store, "António Guterres") != speaker_of(store, "Foreign Minister")


def test_a_registry_adds_aliases_that_resolve_later_names(store: Store) -> None:
    store.add_registry([Speaker(name="Jane Example", aliases=["J. Q. Example", "Example"], description="A minister")])
    store.write_document(one_quote_document("doc-a", "J. Q. Example"))
    assert store.conn.execute("SELECT name, description FROM speakers").fetchall() == [("Jane Example", "A minister")]
    assert speaker_of(store, "J. Q. Example") == 1


def test_the_views_join_speakers_documents_and_entries(store: Store) -> None:
    store.write_document(first_version())
    quotes = store.conn.execute("SELECT speaker, text, time, document_title FROM quotes ORDER BY time").fetchall()
    assert quotes[0] == ("António Guterres", "We", "13:50", "Talks in Moscow – live")
    timeline = dict(store.conn.execute("SELECT id, speakers FROM timeline").fetchall())
    assert timeline == {"e1": "António Guterres", "e2": "Sergei Lavrov", "e3": "Sergei Lavrov"}


def test_a_stored_document_reads_back_as_the_parse_contract(store: Store) -> None:
    document = first_version()
    store.write_document(document)
    back = store.read_document(document_id(document.identity))
    assert back.to_contract() == document.to_contract()


def test_an_archive_made_before_full_text_search_upgrades_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="0002_full_text_search")
    db["documents"].insert({"id": "d", "identity": "d", "source": "old.txt"})
    db["entries"].insert({"id": "old-entry", "document_id": "d", "text": "Written by an older version"})
    db.close()
    store = Store(path)
    assert store.db.table("entries").detect_fts() == "entries_fts"
    hits = store.conn.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'older'").fetchall()
    assert len(hits) == 1
    assert "quotes" in store.db.view_names()
    assert {m.name for m in migrations.applied(store.db)} == {m.name for m in migrations._migrations}


def test_a_file_that_is_not_an_archive_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(Exception, match=r"notes\.db: cannot open the archive"):
        Store(path)


@pytest.mark.parametrize(
    ("timestamp", "expected"),
    [
        ("2022-04-26T14:24:00+02:00", "2022-04-26T12:24:00Z"),
        ("2022-04-26T00:30:00+02:00", "2022-04-25T22:30:00Z"),
        ("2022-04-26T14:24:00", None),  # no zone: UTC unknown
        (None, None),
    ],
)
def test_timestamps_are_stored_in_utc_only_when_the_offset_is_known(
    timestamp: str | None, expected: str | None
) -> None:
    assert timestamp_utc(timestamp) == expected


def test_the_local_date_is_the_date_as_written() -> None:
    assert local_date("2022-04-26T00:30:00+02:00", None) == "2022-04-26"
    assert local_date(None, "2022-04-26") == "2022-04-26"
    assert local_date(None, "2022-04") is None


def test_names_are_compared_without_accents_case_or_punctuation() -> None:
    assert normalize_name("  António  Guterres. ") == "antonio guterres"
    # ø is a letter of its own in Norwegian, not an o with an accent.
    assert normalize_name("Jonas Gahr Støre") == "jonas gahr støre"


def test_a_changed_title_alone_makes_the_document_updated(store: Store) -> None:
    store.write_document(first_version())
    retitled = first_version()
    retitled.title = "Talks in Moscow – as it happened"
    assert store.write_document(retitled).status == "updated"
    assert store.conn.execute("SELECT title FROM documents").fetchone()[0] == "Talks in Moscow – as it happened"


def test_a_new_parser_version_that_parses_the_same_is_no_news(store: Store) -> None:
    store.write_document(first_version(), parser_version="1")
    result = store.write_document(first_version(), parser_version="2")
    assert result.status == "unchanged"
    assert store.conn.execute("SELECT parser_version FROM documents").fetchone()[0] == "2"
