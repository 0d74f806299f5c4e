"""Archive ingest: entries/s with statements and full-text indexes, against raw sqlite3 executemany; memory; increments.

Generated live blogs (200 entries per document, about one statement per entry,
made-up words and names) are written with ``Store.write_document`` — the write
path of ``liveblog ingest``, parsing excluded — and, as the baseline, the same
rows go into the same schema (same indexes, same full-text triggers, same
pragmas, one transaction per document) with bare ``sqlite3`` ``executemany``,
rows prepared in advance. Each load runs in a subprocess so that its peak
memory (``ru_maxrss``) is its own; the input size varies to show whether
memory grows with it. Then increments into the large archive: a new document,
an updated live blog (new entries, one edit) and an unchanged one.

Also measured once, at a smaller size: keeping full-text search in sync with
per-row triggers (what the archive does) against loading with the triggers
dropped and rebuilding the index at the end.
"""

from __future__ import annotations

import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from liveblog.models import Document, Entry, Statement
from liveblog.pipeline import assign_ids
from liveblog.store import (
    CACHE_KIB,
    ENTRY_COLUMNS,
    STATEMENT_COLUMNS,
    WAL_AUTOCHECKPOINT_PAGES,
    Store,
    _entry_content,
    _insert_sql,
    document_id,
    utc_now,
)

ENTRIES = int(os.environ.get("BENCH_INGEST_ENTRIES", "1000000"))
SMALL = ENTRIES // 10
PER_DOCUMENT = 200
ROOT = Path(__file__).resolve().parent.parent


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    letters = "abcdefghijklmnoprstuvyzäöüøå"
    return ["".join(rng.choices(letters, k=rng.randint(3, 10))) for _ in range(size)]


def generate(entries: int, seed: int = 1, first_document: int = 0) -> Iterator[Document]:
    """Documents of PER_DOCUMENT timed entries, ~40 words each, ~1 statement per entry (Zipf-like words)."""
    rng = random.Random(seed)
    words = _vocabulary(rng, 20_000)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    cumulative = []
    total = 0.0
    for weight in weights:
        total += weight
        cumulative.append(total)
    names = [f"{w1.capitalize()} {w2.capitalize()}" for w1, w2 in zip(words[5000:7000], words[7000:9000])]
    for number in range(first_document, first_document + entries // PER_DOCUMENT):
        identity = f"https://example.org/live/{number}"
        items = []
        for position in range(PER_DOCUMENT):
            minute = 8 * 60 + (PER_DOCUMENT - position)
            text_words = rng.choices(words, cum_weights=cumulative, k=40)
            text = " ".join(text_words)
            statements = []
            for start in sorted(rng.sample(range(len(text) // 2), rng.choice((0, 1, 1, 2)))):
                statements.append(
                    Statement.model_construct(
                        id="",
                        speaker=rng.choice(names),
                        speaker_text=None,
                        text=text[start : start + 60],
                        kind="direct",
                        cue="said",
                        start=start,
                        end=min(len(text), start + 60),
                        confidence=0.9,
                    )
                )
            items.append(
                Entry.model_construct(
                    id="",
                    position=position,
                    time=f"{minute // 60:02d}:{minute % 60:02d}",
                    time_text=None,
                    timestamp=f"2024-03-01T{minute // 60:02d}:{minute % 60:02d}:00+01:00",
                    headline=None,
                    text=text,
                    speakers=sorted({s.speaker for s in statements if s.speaker}),
                    statements=statements,
                    url=None,
                    author=None,
                    updated=None,
                    flags=[],
                )
            )
        document = Document(
            source=identity,
            identity=identity,
            title=f"Live {number}",
            kind="liveblog",
            language="en",
            date="2024-03-01",
            entries=items,
        )
        assign_ids(document)
        yield document


def _ours(path: str, entries: int) -> dict[str, Any]:
    store = Store(path)
    elapsed = 0.0
    written = 0
    for document in generate(entries):
        started = time.perf_counter()
        result = store.write_document(document, content_sha256="x", options_sha256="y", parser_version="bench")
        elapsed += time.perf_counter() - started
        written += result.entries
    store.close()
    return {"entries": written, "seconds": elapsed}


def _raw(path: str, entries: int, *, triggers: bool = True) -> dict[str, Any]:
    if not Path(path).exists():
        Store(path).close()  # the same schema, indexes and triggers
    conn = sqlite3.connect(path, isolation_level=None)
    pragmas = ("busy_timeout = 30000", "journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON")
    for pragma in (*pragmas, f"cache_size = {-CACHE_KIB}", f"wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}"):
        conn.execute(f"PRAGMA {pragma}")
    if not triggers:
        for name in ("entries_ai", "entries_au", "entries_ad", "statements_ai", "statements_au", "statements_ad"):
            conn.execute(f"DROP TRIGGER {name}")
    speakers: dict[str, int] = {}
    insert_entry = _insert_sql("entries", ENTRY_COLUMNS)
    insert_statement = _insert_sql("statements", STATEMENT_COLUMNS)
    elapsed = 0.0
    written = 0
    for document in generate(entries):
        doc_id = document_id(document.identity)
        now = utc_now()
        entry_rows, statement_rows = [], []
        new_speakers = []
        for entry in document.entries:
            entry_rows.append((entry.id, doc_id, *_entry_content(entry, document), 0, now, now, None))
            for position, st in enumerate(entry.statements):
                if st.speaker not in speakers:
                    speakers[st.speaker or ""] = len(speakers) + 1
                    new_speakers.append((speakers[st.speaker or ""], st.speaker))
                speaker_id = speakers[st.speaker or ""]
                row = (st.id, entry.id, doc_id, position, speaker_id, st.speaker, st.speaker_text, st.text, st.kind)
                statement_rows.append((*row, st.cue, st.start, st.end, st.confidence))
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO documents (id, identity, source, kind, language, date, fetched_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [doc_id, document.identity, document.source, document.kind, document.language, document.date, now],
        )
        conn.executemany("INSERT INTO speakers (id, name) VALUES (?, ?)", new_speakers)
        conn.executemany(insert_entry, entry_rows)
        conn.executemany(insert_statement, statement_rows)
        conn.execute(
            "INSERT INTO ingest_log (at, source, document_id, status) VALUES (?, ?, ?, 'new')", [now, doc_id, doc_id]
        )
        conn.execute("COMMIT")
        elapsed += time.perf_counter() - started
        written += len(entry_rows)
    if not triggers:
        started = time.perf_counter()
        conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')")
        elapsed += time.perf_counter() - started
    conn.close()
    return {"entries": written, "seconds": elapsed}


def _increments(path: str) -> dict[str, Any]:
    """Into an existing large archive: new documents, an update (5 new entries, 1 edit), an unchanged one.

    New documents are timed five times (median), into the large archive and
    into an empty one.
    """
    new_docs = list(generate(5 * PER_DOCUMENT, seed=99, first_document=10_000_000))
    store = Store(path)
    new_seconds = []
    for document in new_docs:
        started = time.perf_counter()
        store.write_document(document)
        new_seconds.append(time.perf_counter() - started)

    update = next(generate(PER_DOCUMENT, seed=1))  # document 0 of the load, as stored
    extra = next(generate(PER_DOCUMENT, seed=7, first_document=20_000_000)).entries[:5]
    for number, entry in enumerate(extra):
        entry.id = f"new-{number}"
        entry.statements = []
    update.entries = extra + update.entries
    update.entries[10].text += " Updated with a correction."
    for position, entry in enumerate(update.entries):
        entry.position = position
    started = time.perf_counter()
    result = store.write_document(update, content_sha256="x", options_sha256="y", parser_version="bench")
    update_seconds = time.perf_counter() - started
    assert (result.entries_new, result.entries_edited) == (5, 1), result

    started = time.perf_counter()
    result = store.write_document(update, content_sha256="x", options_sha256="y", parser_version="bench")
    unchanged_seconds = time.perf_counter() - started
    assert result.status == "unchanged", result
    store.close()

    store = Store(path + ".empty.db")
    empty_seconds = []
    for document in new_docs:
        started = time.perf_counter()
        store.write_document(document)
        empty_seconds.append(time.perf_counter() - started)
    store.close()
    return {
        "new_seconds": statistics.median(new_seconds),
        "empty_seconds": statistics.median(empty_seconds),
        "update_seconds": update_seconds,
        "unchanged_seconds": unchanged_seconds,
    }


def child(kind: str, path: str, entries: int) -> None:
    """Run one measurement in this process and print it as JSON with the peak memory."""
    if kind == "ours":
        result = _ours(path, entries)
    elif kind == "raw":
        result = _raw(path, entries)
    elif kind == "raw-rebuild":
        result = _raw(path, entries, triggers=False)
    else:
        result = _increments(path)
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def _run_child(kind: str, path: Path, entries: int = 0) -> dict[str, Any]:
    code = f"from benchmarks.ingest import child; child({kind!r}, {str(path)!r}, {entries})"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child {kind} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run() -> list[str]:
    """Measure and describe: throughput ratio, memory at two sizes, increments, FTS strategy."""
    lines = []
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as folder:
        tmp = Path(folder)
        ours_small = _run_child("ours", tmp / "small.db", SMALL)
        ours = _run_child("ours", tmp / "ours.db", ENTRIES)
        raw = _run_child("raw", tmp / "raw.db", ENTRIES)
        ours_rate = ours["entries"] / ours["seconds"]
        raw_rate = raw["entries"] / raw["seconds"]
        size_mb = (tmp / "ours.db").stat().st_size / 1e6
        lines.append(
            f"load {ours['entries']:,} entries (~1 statement each, FTS on both): archive {ours_rate:,.0f} entries/s,"
            f" raw sqlite3 executemany {raw_rate:,.0f} entries/s: ratio {ours_rate / raw_rate:.2f} (target >= 0.5)"
        )
        lines.append(f"archive file after the load: {size_mb:,.0f} MB")
        lines.append(
            f"peak memory (ru_maxrss) of the archive's load: {ours_small['max_rss_mb']:.0f} MB for"
            f" {ours_small['entries']:,} entries, {ours['max_rss_mb']:.0f} MB for {ours['entries']:,}"
            f" (ratio {ours['max_rss_mb'] / ours_small['max_rss_mb']:.2f}; raw load {raw['max_rss_mb']:.0f} MB)"
        )
        inc = _run_child("increments", tmp / "ours.db")
        lines.append(
            f"new {PER_DOCUMENT}-entry document (median of 5) into the {ours['entries']:,}-entry archive: "
            f"{inc['new_seconds'] * 1000:.1f} ms ({PER_DOCUMENT / inc['new_seconds']:,.0f} entries/s);"
            f" into an empty archive {inc['empty_seconds'] * 1000:.1f} ms: ratio"
            f" {inc['empty_seconds'] / inc['new_seconds']:.2f}"
        )
        lines.append(
            f"updated live blog (5 new entries, 1 edited) in the large archive: {inc['update_seconds'] * 1000:.1f} ms;"
            f" unchanged re-write: {inc['unchanged_seconds'] * 1000:.1f} ms"
        )
        fts_size = min(SMALL, 50_000)
        triggers = _run_child("raw", tmp / "fts-triggers.db", fts_size)
        rebuild = _run_child("raw-rebuild", tmp / "fts-rebuild.db", fts_size)
        lines.append(
            f"FTS upkeep, {fts_size:,} entries raw: per-row triggers {triggers['entries'] / triggers['seconds']:,.0f}"
            f" entries/s, load then rebuild {rebuild['entries'] / rebuild['seconds']:,.0f} entries/s"
            f" (triggers/rebuild {rebuild['seconds'] / triggers['seconds']:.2f}); triggers kept: a rebuild re-indexes"
            " the whole archive on every increment"
        )
    return lines
