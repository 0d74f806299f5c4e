"""The archive: parsed Documents -> one SQLite file (sqlite-utils).

Schema (table and column names are a public contract; columns may grow):

``documents``
    id (TEXT PK, a digest of the identity), identity (unique: URL, feeds.yml
    name or resolved path), source, url, name, title, subtitle, kind,
    language, date, publisher, reader, fetched_at (last time read, ISO UTC),
    first_seen_at, updated_at (last time its content changed),
    content_sha256 (of the source as read), options_sha256 (of the parse
    options), parser_version.
``entries``
    rowid (INTEGER PK, what full-text search keys on), id (unique, the
    parser's stable id), document_id, position, time (local ``HH:MM`` as
    written), time_text, timestamp (as parsed, with offset when known),
    timestamp_utc (ISO 8601 ``…Z``, null when the zone is unknown),
    local_date (``YYYY-MM-DD`` as written), headline, text, language, url,
    author, updated, flags (JSON list), speakers (JSON list of the parser's
    names), removed (0/1: gone from the source, never deleted),
    first_seen_at, changed_at (when the current text was first seen),
    removed_at.  Full-text search: ``entries_fts`` (headline, text).
``statements``
    rowid (INTEGER PK), id (unique), entry_id, document_id, position (order
    within the entry), speaker_id (-> speakers, null when unresolved),
    speaker_name (the canonical name the parser gave in that document),
    speaker_text (the mention as written), text, kind, cue, start, end,
    confidence.  Full-text search: ``statements_fts`` (text).  Statements of
    an edited entry are replaced.
``speakers``
    id (INTEGER PK), name, description: one row per person across documents.
``speaker_aliases``
    alias, speaker_id (PK together), norm (accent- and case-folded alias),
    kind (``name``: a canonical name the parser gave; ``mention``: as the
    text wrote it, e.g. "Lavrov", "the UN chief"; ``registry``: from a
    user's registry). Only ``name`` and ``registry`` aliases decide merges.
``entry_versions``
    id, entry_id, version (1 = the first text seen), headline, text,
    seen_at (when that text was first seen), replaced_at.
``ingest_log``
    id, at, source, document_id, status (``new``, ``updated``,
    ``unchanged``, ``failed``), error, entries_new, entries_edited,
    entries_removed, statements.
Views ``timeline`` (entries with document title, url and speakers) and
``quotes`` (statements with the speaker's archive name, time, headline,
document).

Rules kept here: each document is written in one transaction; writing an
unchanged document changes nothing but ``documents.fetched_at`` and
``ingest_log``; WAL mode with a busy timeout so that readers (Datasette) never
block the writer.  This module imports only ``models`` (and ``errors``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from liveblog.errors import LiveblogError
from liveblog.models import Document, Entry, Speaker, Statement

migrations = Migrations("liveblog")
CACHE_KIB = 64 * 1024  # page cache of a writing connection: bounded, so memory stays flat
WAL_AUTOCHECKPOINT_PAGES = 10_000  # about 40 MB of WAL between checkpoints


@migrations(name="0001_tables")
def _tables(db: Database) -> None:
    db.execute(
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            identity TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            name TEXT,
            title TEXT,
            subtitle TEXT,
            kind TEXT,
            language TEXT,
            date TEXT,
            publisher TEXT,
            reader TEXT,
            fetched_at TEXT,
            first_seen_at TEXT,
            updated_at TEXT,
            content_sha256 TEXT,
            options_sha256 TEXT,
            parser_version TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE entries (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            document_id TEXT NOT NULL REFERENCES documents(id),
            position INTEGER,
            time TEXT,
            time_text TEXT,
            timestamp TEXT,
            timestamp_utc TEXT,
            local_date TEXT,
            headline TEXT,
            text TEXT NOT NULL,
            language TEXT,
            url TEXT,
            author TEXT,
            updated TEXT,
            flags TEXT,
            speakers TEXT,
            removed INTEGER NOT NULL DEFAULT 0,
            first_seen_at TEXT,
            changed_at TEXT,
            removed_at TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE speaker_aliases (
            alias TEXT NOT NULL,
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            norm TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (alias, speaker_id)
        )"""
    )
    db.execute(
        """CREATE TABLE statements (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            entry_id TEXT NOT NULL REFERENCES entries(id),
            document_id TEXT NOT NULL REFERENCES documents(id),
            position INTEGER,
            speaker_id INTEGER REFERENCES speakers(id),
            speaker_name TEXT,
            speaker_text TEXT,
            text TEXT NOT NULL,
            kind TEXT,
            cue TEXT,
            start INTEGER,
            "end" INTEGER,
            confidence REAL
        )"""
    )
    db.execute(
        """CREATE TABLE entry_versions (
            id INTEGER PRIMARY KEY,
            entry_id TEXT NOT NULL REFERENCES entries(id),
            version INTEGER NOT NULL,
            headline TEXT,
            text TEXT,
            seen_at TEXT,
            replaced_at TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE ingest_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            source TEXT NOT NULL,
            document_id TEXT,
            status TEXT NOT NULL,
            error TEXT,
            entries_new INTEGER,
            entries_edited INTEGER,
            entries_removed INTEGER,
            statements INTEGER
        )"""
    )
    for table, columns in (
        ("documents", ["language"]),
        ("documents", ["date"]),
        ("entries", ["document_id", "position"]),
        ("entries", ["timestamp_utc"]),
        ("entries", ["local_date"]),
        ("entries", ["language"]),
        ("statements", ["entry_id"]),
        ("statements", ["document_id"]),
        ("statements", ["speaker_id"]),
        ("speaker_aliases", ["speaker_id"]),
        ("speaker_aliases", ["norm"]),
        ("entry_versions", ["entry_id"]),
        ("ingest_log", ["source"]),
        ("ingest_log", ["document_id"]),
    ):
        db.table(table).create_index(columns)


@migrations(name="0002_full_text_search")
def _full_text_search(db: Database) -> None:
    for table, columns in (("entries", ["headline", "text"]), ("statements", ["text"])):
        db.table(table).enable_fts(columns, create_triggers=True)
        # sqlite-utils' update trigger re-indexes on any column change; an
        # entry whose position shifts or that is marked removed keeps its words.
        cols = ", ".join(f"[{c}]" for c in columns)
        old = ", ".join(f"old.[{c}]" for c in columns)
        new = ", ".join(f"new.[{c}]" for c in columns)
        db.execute(f"DROP TRIGGER [{table}_au]")
        db.execute(
            f"""CREATE TRIGGER [{table}_au] AFTER UPDATE OF {cols} ON [{table}] BEGIN
              INSERT INTO [{table}_fts] ([{table}_fts], rowid, {cols}) VALUES('delete', old.rowid, {old});
              INSERT INTO [{table}_fts] (rowid, {cols}) VALUES (new.rowid, {new});
            END"""
        )


@migrations(name="0003_views")
def _views(db: Database) -> None:
    db.create_view(
        "timeline",
        """SELECT
    entries.rowid AS rowid,
    entries.id AS id,
    entries.document_id AS document_id,
    documents.title AS document_title,
    documents.url AS document_url,
    entries.position AS position,
    entries.time AS time,
    entries.timestamp AS timestamp,
    entries.timestamp_utc AS timestamp_utc,
    entries.local_date AS local_date,
    entries.headline AS headline,
    entries.text AS text,
    entries.language AS language,
    (SELECT group_concat(name, '; ') FROM (
        SELECT DISTINCT speakers.name AS name FROM statements
        JOIN speakers ON speakers.id = statements.speaker_id
        WHERE statements.entry_id = entries.id ORDER BY statements.position)) AS speakers,
    entries.removed AS removed
FROM entries JOIN documents ON documents.id = entries.document_id""",
        replace=True,
    )
    db.create_view(
        "quotes",
        """SELECT
    statements.rowid AS rowid,
    statements.id AS id,
    speakers.name AS speaker,
    statements.speaker_id AS speaker_id,
    statements.speaker_text AS speaker_text,
    statements.text AS text,
    statements.kind AS kind,
    statements.cue AS cue,
    statements.confidence AS confidence,
    entries.time AS time,
    entries.timestamp AS timestamp,
    entries.timestamp_utc AS timestamp_utc,
    entries.local_date AS local_date,
    entries.headline AS headline,
    statements.entry_id AS entry_id,
    statements.document_id AS document_id,
    documents.title AS document_title,
    documents.url AS document_url,
    documents.language AS language,
    entries.removed AS removed
FROM statements
JOIN entries ON entries.id = statements.entry_id
JOIN documents ON documents.id = statements.document_id
LEFT JOIN speakers ON speakers.id = statements.speaker_id""",
        replace=True,
    )


ENTRY_COLUMNS = (
    "id",
    "document_id",
    "position",
    "time",
    "time_text",
    "timestamp",
    "timestamp_utc",
    "local_date",
    "headline",
    "text",
    "language",
    "url",
    "author",
    "updated",
    "flags",
    "speakers",
    "removed",
    "first_seen_at",
    "changed_at",
    "removed_at",
)
# The columns that come from the parse; a difference in any is a row change.
_ENTRY_CONTENT = ENTRY_COLUMNS[2:16]
STATEMENT_COLUMNS = (
    "id",
    "entry_id",
    "document_id",
    "position",
    "speaker_id",
    "speaker_name",
    "speaker_text",
    "text",
    "kind",
    "cue",
    "start",
    "end",
    "confidence",
)
DOCUMENT_COLUMNS = (
    "id",
    "identity",
    "source",
    "url",
    "name",
    "title",
    "subtitle",
    "kind",
    "language",
    "date",
    "publisher",
    "reader",
    "fetched_at",
    "first_seen_at",
    "updated_at",
    "content_sha256",
    "options_sha256",
    "parser_version",
)
# What a document says about itself: a change here makes it "updated". (Its
# hashes, parser version and the label it was read under are kept up to date
# quietly: a new parser that parses the same is no news.)
_DOCUMENT_CONTENT = ("url", "title", "subtitle", "kind", "language", "date", "publisher", "reader")


def _q(column: str) -> str:
    return f'"{column}"'


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(map(_q, columns))}) VALUES ({', '.join('?' * len(columns))})"


_INSERT_ENTRY = _insert_sql("entries", ENTRY_COLUMNS)
_INSERT_STATEMENT = _insert_sql("statements", STATEMENT_COLUMNS)
_UPDATE_ENTRY = f"UPDATE entries SET {', '.join(f'{_q(c)} = ?' for c in ENTRY_COLUMNS[1:])} WHERE id = ?"


def document_id(identity: str) -> str:
    """The archive id of the document with this identity (a short digest)."""
    return hashlib.sha1(identity.encode("utf-8")).hexdigest()[:16]


def utc_now() -> str:
    """Now, ISO 8601 UTC with microseconds (``…Z``)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def timestamp_utc(timestamp: str | None) -> str | None:
    """``2022-04-26T14:24:00+02:00`` -> ``2022-04-26T12:24:00Z``; None without an offset."""
    if not timestamp:
        return None
    try:
        moment = datetime.fromisoformat(timestamp)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_date(timestamp: str | None, document_date: str | None) -> str | None:
    """The calendar date as written: the timestamp's, else the document's full date."""
    for value in (timestamp, document_date):
        if value and len(value) >= 10:
            try:
                return datetime.fromisoformat(value[:10]).date().isoformat()
            except ValueError:
                continue
    return None


# --- speakers ---------------------------------------------------------------


@lru_cache(maxsize=65_536)
def normalize_name(name: str) -> str:
    """Accent- and case-folded, punctuation as spaces: "António  Guterres." -> "antonio guterres"."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = "".join(ch if ch.isalnum() else " " for ch in letters.casefold())
    return " ".join(cleaned.split())


def looks_like_name(text: str) -> bool:
    """A proper name ("Sergei Lavrov", "NATO") rather than a description ("the UN chief")."""
    words = [w for w in text.replace("-", " ").split() if any(ch.isalpha() for ch in w)]
    return bool(words) and all(w[0].isupper() for w in words)


def _first_names_match(a: str, b: str) -> bool:
    """Same first name, an initial of it, or a transliteration variant (Sergey/Sergei)."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    # One letter apart only for longer names: "Maria"/"Marie" may be two people.
    return min(len(a), len(b)) >= 6 and Levenshtein.distance(a, b) <= 1


class SpeakerIndex:
    """In-memory view of speakers and aliases that decides who a name is.

    Merging is conservative: a full name joins a speaker when a known full
    name has the same surname and a matching first name (equal, an initial,
    or one letter apart in a name of six letters or more) and no other
    speaker fits; a bare surname joins the one speaker with that surname.
    Anything ambiguous becomes (or stays) a speaker of its own.
    """

    def __init__(self) -> None:
        self.names: dict[int, str] = {}
        self.by_norm: dict[str, set[int]] = defaultdict(set)
        self.full_names: dict[int, set[tuple[str, ...]]] = defaultdict(set)
        self.by_surname: dict[str, set[int]] = defaultdict(set)
        # Each surname under itself and every one-letter deletion of it: two
        # surnames one edit apart share a key, so near ones are found without a scan.
        self.surname_deletions: dict[str, set[str]] = defaultdict(set)
        self.aliases: set[tuple[str, int]] = set()

    def add_speaker(self, speaker_id: int, name: str) -> None:
        self.names[speaker_id] = name
        self._index(name, speaker_id)

    def add_alias(self, alias: str, speaker_id: int, kind: str) -> None:
        self.aliases.add((alias, speaker_id))
        if kind != "mention":
            self._index(alias, speaker_id)

    def _index(self, name: str, speaker_id: int) -> None:
        norm = normalize_name(name)
        if not norm:
            return
        self.by_norm[norm].add(speaker_id)
        tokens = tuple(norm.split())
        if len(tokens) >= 2:
            self.full_names[speaker_id].add(tokens)
            if tokens[-1] not in self.by_surname:
                for key in _deletions(tokens[-1]):
                    self.surname_deletions[key].add(tokens[-1])
            self.by_surname[tokens[-1]].add(speaker_id)

    def resolve(self, name: str) -> int | None:
        """The id of the known speaker ``name`` denotes, or None (new or ambiguous)."""
        norm = normalize_name(name)
        tokens = tuple(norm.split())
        if not tokens:
            return None
        if len(tokens) == 1:
            with_surname = self.by_surname.get(tokens[0], set())
            if len(with_surname) == 1:
                return next(iter(with_surname))
            if len(with_surname) > 1:
                return self._bare(norm)
            return _only(self.by_norm.get(norm, set()))
        exact = self.by_norm.get(norm, set())
        if exact:
            return _only(exact)
        candidates = {
            speaker_id
            for speaker_id in self._surname_candidates(tokens)
            if any(_same_person(tokens, known) for known in self.full_names[speaker_id])
        }
        if candidates:
            return _only(candidates)
        # A speaker known so far only by this surname becomes this full name,
        # unless the surname already belongs to someone else.
        if not self.by_surname.get(tokens[-1]):
            return self._bare(tokens[-1])
        return None

    def _surname_candidates(self, tokens: tuple[str, ...]) -> set[int]:
        surname = tokens[-1]
        found = set(self.by_surname.get(surname, set()))
        if len(surname) >= 7:
            # "Zelensky"/"Zelenskyy": a one-letter surname variant, with the same first name.
            near = {known for key in _deletions(surname) for known in self.surname_deletions.get(key, ())}
            for known in near - {surname}:
                if Levenshtein.distance(known, surname, score_cutoff=1) <= 1:
                    ids = self.by_surname[known]
                    found |= {i for i in ids if any(t[0] == tokens[0] for t in self.full_names[i])}
        return found

    def _bare(self, norm: str) -> int | None:
        bare = [i for i in self.by_norm.get(norm, set()) if len(normalize_name(self.names[i]).split()) == 1]
        return bare[0] if len(bare) == 1 else None


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not _first_names_match(a[0], b[0]):
        return False
    middle_a, middle_b = a[1:-1], b[1:-1]
    # "George W. Bush" and "George H. W. Bush" are two people; "George Bush" may be either.
    return not (middle_a and middle_b and middle_a != middle_b)


def _only(ids: set[int]) -> int | None:
    return next(iter(ids)) if len(ids) == 1 else None


# --- writing ----------------------------------------------------------------


@dataclass
class WriteResult:
    """What writing one document did."""

    document_id: str
    status: str  # "new", "updated", "unchanged"
    entries: int = 0  # entries in the document now (not removed)
    entries_new: int = 0
    entries_edited: int = 0  # text or headline changed: a version was kept
    entries_removed: int = 0
    statements: int = 0  # statements in the document now


@dataclass
class StoredDocument:
    """What the archive remembers of a document, to tell whether it changed."""

    id: str
    content_sha256: str | None
    options_sha256: str | None
    parser_version: str | None


class Store:
    """One archive file: opens (and migrates) it, writes documents, reads them back.

    ``Store(path)`` creates the file when missing and applies pending
    migrations, so an archive made by an older version upgrades in place.
    """

    def __init__(self, path: str | Path, *, busy_timeout_ms: int = 30_000) -> None:
        self.path = str(path)
        try:
            self.db = Database(self.path)
            self.conn: sqlite3.Connection = self.db.conn
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            # Inserts land at random places in the id indexes; SQLite's 2 MB
            # default cache makes a large archive re-read them from disk.
            self.conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
            # Checkpoint less often than every 1000 pages: a page that many
            # small document transactions touch is copied back once, not each time.
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.migrate()
        except sqlite3.DatabaseError as err:
            raise LiveblogError(self.path, f"cannot open the archive: {err}") from None
        self._speakers: SpeakerIndex | None = None
        self._data_version = -1

    def close(self) -> None:
        """Close the connection (the archive stays consistent without it)."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> None:
        """Apply pending schema migrations, holding the write lock."""
        if not migrations.pending(self.db):
            return
        with self._write():
            migrations.apply(self.db)

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, taking the write lock up front.

        ``db.atomic()`` begins a deferred transaction: one that read first and
        then writes fails at once (SQLITE_BUSY, no waiting) when another
        writer committed in between. ``BEGIN IMMEDIATE`` waits instead.
        """
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._speakers = None  # its cache may hold rolled-back rows
            raise
        self.conn.execute("COMMIT")

    # reading state

    def stored_document(self, identity: str) -> StoredDocument | None:
        """The archive's record of the document with this identity, if any."""
        row = self.conn.execute(
            "SELECT id, content_sha256, options_sha256, parser_version FROM documents WHERE identity = ?", [identity]
        ).fetchone()
        return StoredDocument(*row) if row else None

    def mark_unchanged(self, identity: str, source: str, fetched_at: str | None = None) -> WriteResult:
        """Record that a source was read again and had not changed."""
        now = fetched_at or utc_now()
        with self._write():
            row = self.conn.execute("SELECT id FROM documents WHERE identity = ?", [identity]).fetchone()
            if row is None:
                raise LiveblogError(source, "not in the archive")
            doc_id = row[0]
            self.conn.execute("UPDATE documents SET fetched_at = ? WHERE id = ?", [now, doc_id])
            entries, statements = self._counts(doc_id)
            self._log(source, doc_id, "unchanged", None, 0, 0, 0, statements, now)
        return WriteResult(doc_id, "unchanged", entries=entries, statements=statements)

    def log_failure(self, source: str, error: str) -> None:
        """Record a source that could not be read or parsed."""
        with self._write():
            self._log(source, None, "failed", error, None, None, None, None, utc_now())

    def _log(
        self,
        source: str,
        doc_id: str | None,
        status: str,
        error: str | None,
        new: int | None,
        edited: int | None,
        removed: int | None,
        statements: int | None,
        at: str,
    ) -> None:
        self.conn.execute(
            "INSERT INTO ingest_log (at, source, document_id, status, error, entries_new, entries_edited,"
            " entries_removed, statements) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [at, source, doc_id, status, error, new, edited, removed, statements],
        )

    def _counts(self, doc_id: str) -> tuple[int, int]:
        entries = self.conn.execute(
            "SELECT count(*) FROM entries WHERE document_id = ? AND removed = 0", [doc_id]
        ).fetchone()[0]
        statements = self.conn.execute(
            "SELECT count(*) FROM statements JOIN entries ON entries.id = statements.entry_id"
            " WHERE statements.document_id = ? AND entries.removed = 0",
            [doc_id],
        ).fetchone()[0]
        return int(entries), int(statements)

    # speakers

    def _speaker_index(self) -> SpeakerIndex:
        """The speaker index, reloaded when another connection changed the file.

        ``data_version`` changes only with other connections' commits; read
        inside the write transaction, no other commit can slip in unseen.
        """
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._speakers is None or version != self._data_version:
            index = SpeakerIndex()
            for speaker_id, name in self.conn.execute("SELECT id, name FROM speakers"):
                index.add_speaker(speaker_id, name)
            for alias, speaker_id, kind in self.conn.execute("SELECT alias, speaker_id, kind FROM speaker_aliases"):
                index.add_alias(alias, speaker_id, kind)
            self._speakers = index
            self._data_version = version
        return self._speakers

    def _speaker_for(self, index: SpeakerIndex, name: str, description: str | None = None) -> int:
        """Find or create the speaker ``name`` denotes and record the name as an alias."""
        speaker_id = index.resolve(name)
        if speaker_id is None:
            cursor = self.conn.execute("INSERT INTO speakers (name, description) VALUES (?, ?)", [name, description])
            speaker_id = int(cursor.lastrowid or 0)
            index.add_speaker(speaker_id, name)
        elif len(name.split()) > 1 and len(index.names[speaker_id].split()) == 1 and looks_like_name(name):
            # Known so far by surname only: the full name is the better label.
            self.conn.execute("UPDATE speakers SET name = ? WHERE id = ?", [name, speaker_id])
            index.add_speaker(speaker_id, name)
        self._alias(index, name, speaker_id, "name")
        return speaker_id

    def _alias(self, index: SpeakerIndex, alias: str, speaker_id: int, kind: str) -> None:
        alias = " ".join(alias.split())
        if not alias or (alias, speaker_id) in index.aliases:
            return
        self.conn.execute(
            "INSERT OR IGNORE INTO speaker_aliases (alias, speaker_id, norm, kind) VALUES (?, ?, ?, ?)",
            [alias, speaker_id, normalize_name(alias), kind],
        )
        index.add_alias(alias, speaker_id, kind)

    def add_registry(self, speakers: Iterable[Speaker]) -> int:
        """Add a user's registry: each speaker with its aliases and description. Returns how many."""
        count = 0
        with self._write():
            index = self._speaker_index()
            for speaker in speakers:
                speaker_id = self._speaker_for(index, speaker.name, speaker.description)
                if speaker.description:
                    self.conn.execute(
                        "UPDATE speakers SET description = ? WHERE id = ? AND description IS NULL",
                        [speaker.description, speaker_id],
                    )
                for alias in speaker.aliases:
                    self._alias(index, alias, speaker_id, "registry")
                count += 1
        return count

    # the write path

    def write_document(
        self,
        document: Document,
        *,
        source: str | None = None,
        name: str | None = None,
        content_sha256: str | None = None,
        options_sha256: str | None = None,
        parser_version: str | None = None,
        fetched_at: str | None = None,
    ) -> WriteResult:
        """Write one parsed document in one transaction; an update keeps history.

        New entries are inserted, entries whose text or headline changed keep
        their earlier text in ``entry_versions`` (and get new statements),
        entries no longer in the document are marked removed. An unchanged
        document changes only ``documents.fetched_at`` (and the log).
        """
        identity = document.identity or document.source
        doc_id = document_id(identity)
        source = source or document.source
        now = utc_now()
        fetched = fetched_at or now
        with self._write():
            index = self._speaker_index()
            doc_row = self.conn.execute(
                f"SELECT {', '.join(map(_q, DOCUMENT_COLUMNS))} FROM documents WHERE id = ?",
                [doc_id],
            ).fetchone()
            old_doc = dict(zip(DOCUMENT_COLUMNS, doc_row)) if doc_row else None
            new_doc = {
                "id": doc_id,
                "identity": identity,
                "source": source,
                "url": document.url,
                "name": name,
                "title": document.title,
                "subtitle": document.subtitle,
                "kind": document.kind,
                "language": document.language,
                "date": document.date,
                "publisher": document.publisher,
                "reader": document.reader,
                "fetched_at": fetched,
                "first_seen_at": old_doc["first_seen_at"] if old_doc else now,
                "updated_at": old_doc["updated_at"] if old_doc else now,
                "content_sha256": content_sha256,
                "options_sha256": options_sha256,
                "parser_version": parser_version,
            }
            if old_doc is None:
                self.conn.execute(_insert_sql("documents", DOCUMENT_COLUMNS), [new_doc[c] for c in DOCUMENT_COLUMNS])
            result = self._write_entries(document, doc_id, index, now)
            changed = result.entries_new or result.entries_edited or result.entries_removed or result._rows_changed
            doc_changed = old_doc is not None and any(old_doc[c] != new_doc[c] for c in _DOCUMENT_CONTENT)
            if old_doc is not None:
                if changed or doc_changed:
                    new_doc["updated_at"] = now
                cols = [c for c in DOCUMENT_COLUMNS[1:] if c != "first_seen_at"]
                self.conn.execute(
                    f"UPDATE documents SET {', '.join(f'{_q(c)} = ?' for c in cols)} WHERE id = ?",
                    [new_doc[c] for c in cols] + [doc_id],
                )
            if old_doc is None:
                status = "new"
            elif changed or doc_changed:
                status = "updated"
            else:
                status = "unchanged"
            self._log(
                source,
                doc_id,
                status,
                None,
                result.entries_new,
                result.entries_edited,
                result.entries_removed,
                result.statements,
                now,
            )
        return WriteResult(
            doc_id,
            status,
            entries=result.entries,
            entries_new=result.entries_new,
            entries_edited=result.entries_edited,
            entries_removed=result.entries_removed,
            statements=result.statements,
        )

    def _write_entries(self, document: Document, doc_id: str, index: SpeakerIndex, now: str) -> _EntriesResult:
        result = _EntriesResult()
        old_entries: dict[str, tuple[Any, ...]] = {
            row[0]: row
            for row in self.conn.execute(
                f"SELECT {', '.join(map(_q, ENTRY_COLUMNS))} FROM entries WHERE document_id = ?",
                [doc_id],
            )
        }
        old_statements: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        if old_entries:
            for row in self.conn.execute(
                f"SELECT {', '.join(map(_q, STATEMENT_COLUMNS))} FROM statements WHERE document_id = ?"
                " ORDER BY entry_id, position",
                [doc_id],
            ):
                old_statements[row[1]].append(row)
        entry_ids = self._entry_ids(document.entries, doc_id, set(old_entries))
        new_rows: list[tuple[Any, ...]] = []
        statement_rows: list[tuple[Any, ...]] = []
        seen: set[str] = set()
        for entry, entry_id in zip(document.entries, entry_ids):
            seen.add(entry_id)
            content = _entry_content(entry, document)
            statements = self._statement_rows(entry, entry_id, doc_id, index)
            result.statements += len(statements)
            old = old_entries.get(entry_id)
            if old is None:
                new_rows.append((entry_id, doc_id, *content, 0, now, now, None))
                statement_rows.extend(statements)
                result.entries_new += 1
                continue
            old_content = old[2:16]
            edited = (old[8], old[9]) != (content[6], content[7])  # headline, text
            if old_content != content or old[16]:
                if edited:
                    self._keep_version(entry_id, old, now)
                    result.entries_edited += 1
                changed_at = now if edited else old[18]
                self.conn.execute(_UPDATE_ENTRY, [doc_id, *content, 0, old[17], changed_at, None, entry_id])
                result._rows_changed = True
            if [_stmt_key(s) for s in old_statements.get(entry_id, [])] != [_stmt_key(s) for s in statements]:
                self.conn.execute("DELETE FROM statements WHERE entry_id = ?", [entry_id])
                statement_rows.extend(statements)
                result._rows_changed = True
        if new_rows:
            self.conn.executemany(_INSERT_ENTRY, new_rows)
        if statement_rows:
            self.conn.executemany(_INSERT_STATEMENT, statement_rows)
        gone = [entry_id for entry_id, row in old_entries.items() if entry_id not in seen and not row[16]]
        if gone:
            self.conn.executemany(
                "UPDATE entries SET removed = 1, removed_at = ? WHERE id = ?", [(now, entry_id) for entry_id in gone]
            )
            result.entries_removed = len(gone)
        result.entries = len(seen)
        return result

    def _entry_ids(self, entries: Sequence[Entry], doc_id: str, own: set[str]) -> list[str]:
        """The archive ids of the entries: the parser's, unless taken.

        A source's own entry ids ("post-1") can repeat across documents or,
        from a faulty source, within one; such an id is qualified by the
        document so that no entry of another document is overwritten.
        """
        wanted = [entry.id or f"{doc_id}:{entry.position}" for entry in entries]
        foreign: set[str] = set()
        unknown = [i for i in wanted if i not in own]
        for start in range(0, len(unknown), 500):
            chunk = unknown[start : start + 500]
            placeholders = ", ".join("?" * len(chunk))
            foreign.update(
                row[0]
                for row in self.conn.execute(
                    f"SELECT id FROM entries WHERE id IN ({placeholders}) AND document_id != ?",
                    [*chunk, doc_id],
                )
            )
        ids: list[str] = []
        used: set[str] = set()
        for entry_id in wanted:
            if entry_id in foreign:
                entry_id = f"{doc_id}-{hashlib.sha1(entry_id.encode('utf-8')).hexdigest()[:12]}"
            candidate, n = entry_id, 1
            while candidate in used:
                n += 1
                candidate = f"{entry_id}~{n}"
            used.add(candidate)
            ids.append(candidate)
        return ids

    def _statement_rows(self, entry: Entry, entry_id: str, doc_id: str, index: SpeakerIndex) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        used: set[str] = set()
        for position, statement in enumerate(entry.statements):
            speaker_id = self._statement_speaker(statement, index)
            base = statement.id or f"{statement.kind}:{statement.start}:{statement.end}"
            if entry_id != entry.id or not statement.id:
                base = hashlib.sha1(f"{entry_id}\x1f{base}".encode()).hexdigest()[:16]
            statement_id, n = base, 1
            while statement_id in used:
                n += 1
                statement_id = f"{base}~{n}"
            used.add(statement_id)
            rows.append(
                (
                    statement_id,
                    entry_id,
                    doc_id,
                    position,
                    speaker_id,
                    statement.speaker,
                    statement.speaker_text,
                    statement.text,
                    statement.kind,
                    statement.cue,
                    statement.start,
                    statement.end,
                    statement.confidence,
                )
            )
        return rows

    def _statement_speaker(self, statement: Statement, index: SpeakerIndex) -> int | None:
        if not statement.speaker:
            return None
        speaker_id = self._speaker_for(index, statement.speaker)
        mention = (statement.speaker_text or "").strip()
        # The mention as written ("Lavrov", "the UN chief") is kept, but only
        # the parser's canonical names decide who is who. A one-word mention
        # that is no part of the name is a pronoun ("He", "Sie", "Han") or a
        # bare title, not worth keeping.
        shares_a_word = bool(set(normalize_name(mention).split()) & set(normalize_name(statement.speaker).split()))
        if mention and (shares_a_word or len(mention.split()) > 1):
            self._alias(index, mention, speaker_id, "mention")
        return speaker_id

    def _keep_version(self, entry_id: str, old: tuple[Any, ...], now: str) -> None:
        version = self.conn.execute(
            "SELECT coalesce(max(version), 0) + 1 FROM entry_versions WHERE entry_id = ?", [entry_id]
        ).fetchone()[0]
        self.conn.execute(
            "INSERT INTO entry_versions (entry_id, version, headline, text, seen_at, replaced_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [entry_id, version, old[8], old[9], old[18] or old[17], now],
        )

    # reading back

    def document_ids(self) -> list[str]:
        """Ids of all documents, in the order they were first seen."""
        return [row[0] for row in self.conn.execute("SELECT id FROM documents ORDER BY first_seen_at, id")]

    def read_document(self, doc_id: str, *, include_removed: bool = False) -> Document:
        """A stored document back as a Document (the parse contract), entries in position order."""
        row = self.conn.execute(
            f"SELECT {', '.join(map(_q, DOCUMENT_COLUMNS))} FROM documents WHERE id = ?",
            [doc_id],
        ).fetchone()
        if row is None:
            raise LiveblogError(doc_id, "no such document in the archive")
        doc = dict(zip(DOCUMENT_COLUMNS, row))
        statements: dict[str, list[Statement]] = defaultdict(list)
        for s in self.conn.execute(
            f"SELECT {', '.join(map(_q, STATEMENT_COLUMNS))} FROM statements WHERE document_id = ?"
            " ORDER BY entry_id, position",
            [doc_id],
        ):
            statements[s[1]].append(
                Statement(
                    id=s[0],
                    speaker=s[5],
                    speaker_text=s[6],
                    text=s[7],
                    kind=s[8],
                    cue=s[9],
                    start=s[10],
                    end=s[11],
                    confidence=s[12],
                )
            )
        removed = "" if include_removed else " AND removed = 0"
        entries = [
            Entry(
                id=e[0],
                position=e[2],
                time=e[3],
                time_text=e[4],
                timestamp=e[5],
                headline=e[8],
                text=e[9],
                url=e[11],
                author=e[12],
                updated=e[13],
                flags=json.loads(e[14] or "[]"),
                speakers=json.loads(e[15] or "[]"),
                statements=statements.get(e[0], []),
            )
            for e in self.conn.execute(
                f"SELECT {', '.join(map(_q, ENTRY_COLUMNS))} FROM entries"
                f" WHERE document_id = ?{removed} ORDER BY position, rowid",
                [doc_id],
            )
        ]
        return Document(
            source=doc["source"],
            identity=doc["identity"],
            title=doc["title"],
            subtitle=doc["subtitle"],
            kind=doc["kind"] or "article",
            language=doc["language"],
            date=doc["date"],
            reader=doc["reader"] or "text",
            url=doc["url"],
            publisher=doc["publisher"],
            entries=entries,
        )


@dataclass
class _EntriesResult:
    entries: int = 0
    entries_new: int = 0
    entries_edited: int = 0
    entries_removed: int = 0
    statements: int = 0
    _rows_changed: bool = False


def _entry_content(entry: Entry, document: Document) -> tuple[Any, ...]:
    """The parse-derived entry columns, in ``_ENTRY_CONTENT`` order."""
    return (
        entry.position,
        entry.time,
        entry.time_text,
        entry.timestamp,
        timestamp_utc(entry.timestamp),
        local_date(entry.timestamp, document.date if not entry.time else None),
        entry.headline,
        entry.text,
        document.language,
        entry.url,
        entry.author,
        entry.updated,
        json.dumps(entry.flags, ensure_ascii=False),
        json.dumps(entry.speakers, ensure_ascii=False),
    )


def _stmt_key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A statement row without its (derived) id, for telling whether statements changed."""
    return row[1:]
