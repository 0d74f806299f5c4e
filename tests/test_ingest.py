"""Ingest: sources -> parser -> archive, idempotent, incremental, crash-safe, readable while it writes."""

from __future__ import annotations

import asyncio
import os
import pty
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from liveblog import Archive
from liveblog.cli import main
from liveblog.errors import LiveblogError
from liveblog.ingest import SourceSpec, expand, load_config
from liveblog.models import Document, RawDocument

ROOT = Path(__file__).resolve().parent.parent
SEED_BLOG = ROOT / "seeds" / "001_1ef951b14edccf44.txt"
UPDATED_BLOG = ROOT / "tests" / "fixtures" / "ingest" / "001_updated.txt"
LIVEBLOG = str(Path(sys.executable).with_name("liveblog"))

# Made-up people and words for generated live blogs.
FIRST = ["Mara", "Tobin", "Selva", "Orrin", "Kesia", "Dunmore", "Ilka", "Bertil"]
LAST = ["Quellhaven", "Ostrava", "Marrow", "Tessaly", "Vinterberg", "Castellane"]
WORDS = ["talks", "ceasefire", "corridor", "minister", "council", "agreement", "sanctions"]
WORDS += ["grain", "port", "convoy", "border", "meeting", "summit"]


def write_corpus(folder: Path, documents: int, entries: int, seed: int = 7) -> list[Path]:
    """Generated newest-first English live blogs: "HH:MM: “…,” Name Surname said …"."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(documents):
        lines = [f"Live: talks on the {rng.choice(WORDS)} – day {number + 1}", "", "The latest developments.", ""]
        minutes = [9 * 60]
        for _ in range(entries - 1):
            minutes.append(minutes[-1] + rng.randint(1, 4))
        for minute in reversed(minutes):
            said = " ".join(rng.choices(WORDS, k=8)).capitalize()
            who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            rest = " ".join(rng.choices(WORDS, k=20))
            lines += [
                f"{minute // 60:02d}:{minute % 60:02d}: “{said},” {who} said at the {rng.choice(WORDS)}. {rest}.",
                "",
            ]
        path = folder / f"blog_{number:04d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    rows = {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    conn.close()
    return rows


def without_fetched_at(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    fetched = 12  # documents.fetched_at
    return [row[:fetched] + row[fetched + 1 :] for row in rows]


def test_ingesting_the_seeds_twice_changes_no_row_outside_the_log_and_fetched_at(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    config = str(ROOT / "feeds.yml")
    first = subprocess.run([LIVEBLOG, "ingest", "--config", config, "--db", str(db)], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("documents: 5 new, 0 updated, 0 unchanged, 0 failed; entries: ")
    before = dump(db)
    second = subprocess.run([LIVEBLOG, "ingest", "--config", config, "--db", str(db)], capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("documents: 0 new, 0 updated, 5 unchanged, 0 failed;")
    after = dump(db)
    assert len(after.pop("ingest_log")) == len(before.pop("ingest_log")) + 5
    assert without_fetched_at(after.pop("documents")) == without_fetched_at(before.pop("documents"))
    assert after == before


def test_a_seed_blog_with_two_new_entries_and_one_edit_adds_two_and_keeps_one_version(tmp_path: Path) -> None:
    blog = tmp_path / "blog.txt"
    shutil.copy(SEED_BLOG, blog)
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.ingest([blog]).new == 1
        before = dict(archive.store.conn.execute("SELECT id, text FROM entries").fetchall())
        # The same file, later: two entries on top, the 2:20 p.m. entry reworded.
        shutil.copy(UPDATED_BLOG, blog)
        summary = archive.ingest([blog])
        assert (summary.new, summary.updated) == (0, 1)
        after = dict(archive.store.conn.execute("SELECT id, text FROM entries").fetchall())
        versions = archive.store.conn.execute("SELECT entry_id, text FROM entry_versions").fetchall()
    assert len(after) == len(before) + 2
    assert set(before) <= set(after)
    new_texts = sorted(after[i] for i in set(after) - set(before))
    assert new_texts[0].startswith("Guterres is now on his way to the Kremlin")
    assert new_texts[1].startswith("The Kremlin said the meeting")
    assert len(versions) == 1
    entry_id, old_text = versions[0]
    assert old_text.startswith("Guterres is also asked about the situation in Afghanistan. He was in favor")
    assert "clearly in favor of continuing the dialogue with Kabul" in after[entry_id]


def test_a_failing_source_is_logged_the_others_are_stored_and_the_exit_code_names_it(tmp_path: Path) -> None:
    write_corpus(tmp_path / "blogs", documents=2, entries=3)
    (tmp_path / "empty.txt").write_bytes(b"")
    db = tmp_path / "archive.db"
    args = ["ingest", str(tmp_path / "blogs"), str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt")]
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 1
    assert "documents: 2 new, 0 updated, 0 unchanged, 2 failed;" in result.stdout
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith("error: 2 of 4 sources failed: ")
    assert "missing.txt (no such file)" in error and "empty.txt" in error
    log = sqlite3.connect(db).execute("SELECT source, status, error FROM ingest_log ORDER BY id").fetchall()
    assert [row[1] for row in log] == ["new", "new", "failed", "failed"]
    assert log[2][0].endswith("missing.txt") and log[2][2] == "no such file"


def test_the_summary_line_and_verbose_detail(tmp_path: Path) -> None:
    write_corpus(tmp_path / "blogs", documents=2, entries=3)
    db = str(tmp_path / "archive.db")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "blogs"), "--db", db])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1  # no progress bar when not on a terminal
    assert lines[0].startswith("documents: 2 new, 0 updated, 0 unchanged, 0 failed; entries: ")
    verbose = CliRunner().invoke(main, ["ingest", str(tmp_path / "blogs"), "--db", db, "--verbose"])
    assert [line.split()[0] for line in verbose.stdout.splitlines()] == ["unchanged", "unchanged", "documents:"]


def test_ingest_without_sources_or_config_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2
    assert "give SOURCES to ingest, or --config feeds.yml" in result.stderr


def test_a_folder_is_its_files_sorted_without_hidden_ones(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", ".draft.txt", "sub/c.txt", ".git/config"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [Path(spec.location).relative_to(tmp_path).as_posix() for spec in expand(SourceSpec(str(tmp_path)))]
    assert found == ["a.txt", "b.txt", "sub/c.txt"]
    named = expand(SourceSpec(str(tmp_path), name="mine"))
    assert [spec.name for spec in named] == ["mine/a.txt", "mine/b.txt", "mine/sub/c.txt"]


def test_a_config_lists_sources_relative_to_itself(tmp_path: Path) -> None:
    config = tmp_path / "feeds.yml"
    config.write_text(
        "registry: people.yml\nsources:\n  - name: mine\n    path: blogs/\n    date: 2022-04-26\n    tz: Europe/Oslo\n"
        "  - url: https://example.org/live\n    kind: liveblog\n    language: de\n"
    )
    specs, registry = load_config(config)
    assert registry == str(tmp_path / "people.yml")
    assert (specs[0].location, specs[0].name, specs[0].date, specs[0].tz) == (
        str(tmp_path / "blogs"),
        "mine",
        "2022-04-26",
        "Europe/Oslo",
    )
    assert (specs[1].location, specs[1].kind, specs[1].language) == ("https://example.org/live", "liveblog", "de")


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("sources:\n  - path: a/\n    colour: red\n", "source 1: unknown key 'colour'"),
        ("sources:\n  - name: nothing\n", "source 1: give either a path or a url"),
        ("sources:\n  - path: a/\n    tz: Mars/Olympus\n", "source 1: Mars/Olympus: is not an IANA time zone"),
        ("just: a mapping\n", "a config holds 'sources:'"),
    ],
)
def test_a_bad_config_is_a_one_line_error_naming_the_file(tmp_path: Path, body: str, problem: str) -> None:
    config = tmp_path / "feeds.yml"
    config.write_text(body)
    result = CliRunner().invoke(main, ["ingest", "--config", str(config), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {config}: {problem}")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_registry_in_the_config_names_speakers_in_the_archive(tmp_path: Path) -> None:
    write_corpus(tmp_path / "blogs", documents=1, entries=2)
    (tmp_path / "people.yml").write_text(
        "speakers:\n  - name: Nadia Example\n    aliases: [N. Example]\n    description: A made-up envoy\n"
    )
    (tmp_path / "feeds.yml").write_text("registry: people.yml\nsources:\n  - path: blogs/\n")
    with Archive(tmp_path / "archive.db") as archive:
        archive.ingest(config=tmp_path / "feeds.yml")
        rows = archive.store.conn.execute(
            "SELECT name, description, alias FROM speakers JOIN speaker_aliases ON speaker_id = id WHERE name = ?",
            ["Nadia Example"],
        ).fetchall()
    assert ("Nadia Example", "A made-up envoy", "N. Example") in rows


def test_a_changed_parse_option_reparses_an_unchanged_file(tmp_path: Path) -> None:
    write_corpus(tmp_path / "blogs", documents=1, entries=2)
    with Archive(tmp_path / "archive.db") as archive:
        archive.ingest([tmp_path / "blogs"])
        assert archive.ingest([tmp_path / "blogs"]).unchanged == 1
        summary = archive.ingest([tmp_path / "blogs"], date="2022-04-26", tz="Europe/Oslo")
        assert summary.unchanged == 0
        stamps = archive.store.conn.execute("SELECT DISTINCT local_date FROM entries WHERE time IS NOT NULL").fetchall()
    assert stamps == [("2022-04-26",)]


# --- crash safety -----------------------------------------------------------------------------


def _documents(db: Path) -> dict[str, tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]]:
    """Each document's entries and statements, to compare an archive with a reference."""
    conn = sqlite3.connect(db)
    entries: dict[str, set[tuple[str, str]]] = {}
    statements: dict[str, set[tuple[str, str]]] = {}
    for identity, entry_id, text in conn.execute(
        "SELECT identity, entries.id, text FROM entries JOIN documents ON documents.id = document_id"
    ):
        entries.setdefault(identity, set()).add((entry_id, text))
    for identity, statement_id, text in conn.execute(
        "SELECT identity, statements.id, text FROM statements JOIN documents ON documents.id = document_id"
    ):
        statements.setdefault(identity, set()).add((statement_id, text))
    identities = [row[0] for row in conn.execute("SELECT identity FROM documents")]
    conn.close()
    return {i: (frozenset(entries.get(i, ())), frozenset(statements.get(i, ()))) for i in identities}


def _check_consistent(db: Path, reference: dict[str, object]) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'entries_fts'").fetchone()[0]:
            conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')")
            conn.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
        logged = conn.execute("SELECT count(DISTINCT document_id) FROM ingest_log WHERE status = 'new'").fetchone()[0]
    except sqlite3.OperationalError as err:
        # Killed before the schema's first migration committed: nothing there yet.
        assert "no such table" in str(err)
        return 0
    finally:
        conn.close()
    documents = _documents(db)
    assert logged == len(documents)
    for identity, content in documents.items():
        assert content == reference[identity], f"half-written document {identity}"
    return len(documents)


def _ingest_in_child(db: Path, corpus: Path) -> int:
    """Fork a process that ingests ``corpus`` into ``db``; returns its pid."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            with Archive(db) as archive:
                archive.ingest([corpus])
            code = 0
        finally:
            os._exit(code)
    return pid


@pytest.mark.timeout(120)
def test_sigkill_at_random_points_never_leaves_a_half_document_and_a_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, documents=200, entries=20, seed=11)
    started = time.perf_counter()
    with Archive(tmp_path / "reference.db") as archive:
        archive.ingest([corpus])
    run_time = time.perf_counter() - started
    reference = _documents(tmp_path / "reference.db")
    assert len(reference) == 200

    rng = random.Random(5)
    db = tmp_path / "archive.db"
    kills = after_a_commit = 0
    progress = []
    while kills < 50:
        logged_before = _log_rows(db)
        new_before = _log_rows(db, "new")
        pid = _ingest_in_child(db, corpus)
        if kills % 10 == 9:
            # One kill in ten at the very start: opening, migrating, the first document.
            time.sleep(rng.uniform(0, 0.03))
            finished = _reaped(pid)
        else:
            # The rest once this run has stored a new document, then anywhere in
            # the next fortieth of a full run: 50 kills spread over the whole run.
            finished = _wait_for_new_document(db, new_before, pid)
            time.sleep(rng.uniform(0, run_time / 40))
        if not finished:
            os.kill(pid, signal.SIGKILL)
        if finished or not _killed(pid):
            # The run completed before the kill: start again from an empty archive.
            assert _check_consistent(db, reference) == len(reference)
            for path in tmp_path.glob("archive.db*"):
                path.unlink()
            continue
        kills += 1
        after_a_commit += _log_rows(db) > logged_before
        progress.append(_check_consistent(db, reference))
    assert after_a_commit >= 40, f"only {after_a_commit} of 50 kills came after a commit"
    assert len(set(progress)) >= 20, f"kills should land at many points of the run: {progress}"

    with Archive(db) as archive:
        summary = archive.ingest([corpus])
    assert summary.failed == 0
    assert _check_consistent(db, reference) == len(reference)
    assert _documents(db) == reference


def _reaped(pid: int) -> bool:
    """Whether the child has exited on its own (and is reaped)."""
    done, status = os.waitpid(pid, os.WNOHANG)
    return done == pid and os.WIFEXITED(status)


def _killed(pid: int) -> bool:
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def _wait_for_new_document(db: Path, new_before: int, pid: int) -> bool:
    """Poll until the child has committed a new document; True if it exited instead."""
    while _log_rows(db, "new") <= new_before:
        if _reaped(pid):
            return True
        time.sleep(0.002)
    return False


def _log_rows(db: Path, status: str | None = None) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        where = " WHERE status = ?" if status else ""
        return int(conn.execute("SELECT count(*) FROM ingest_log" + where, [status] if status else []).fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


# --- reading while writing --------------------------------------------------------------------


def test_datasette_reads_the_archive_while_an_ingest_writes_to_it(tmp_path: Path) -> None:
    from datasette.app import Datasette

    from liveblog.serve import make_datasette

    corpus = tmp_path / "corpus"
    write_corpus(corpus, documents=100, entries=20, seed=3)
    db = tmp_path / "archive.db"
    Archive(db).close()  # the schema exists before the first read
    writer = subprocess.Popen(
        [LIVEBLOG, "ingest", str(corpus), "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    paths = [
        "/archive/entries.json?_size=5&_sort_desc=rowid",
        "/archive/entries.json?_search=ceasefire&_size=5",
        "/archive/statements.json?_size=5",
        "/archive/quotes.json?_size=5",
        "/archive/timeline.json?_size=5",
        "/archive/documents.json",
    ]

    async def read_while_writing() -> list[int]:
        datasette = Datasette([str(db)])
        await datasette.invoke_startup()
        # And as `liveblog serve` publishes it: read-only, with the project's plugin pages.
        served = make_datasette(db)
        await served.invoke_startup()
        counts = []
        while writer.poll() is None:
            for path in paths:
                response = await datasette.client.get(path)
                assert response.status_code == 200, (path, response.text[:300])
            for path in ("/archive/-/documents", "/archive/statements.json?_size=5&_search=said"):
                response = await served.client.get(path)
                assert response.status_code == 200, (path, response.text[:300])
            response = await datasette.client.get("/archive.json?sql=select+count(*)+from+entries&_shape=array")
            assert response.status_code == 200, response.text[:300]
            counts.append(next(iter(response.json()[0].values())))
        return counts

    counts = asyncio.run(read_while_writing())
    out, err = writer.communicate()
    assert writer.returncode == 0, err
    assert counts == sorted(counts), "readers saw the archive go backwards"
    assert len(set(counts)) >= 3, f"reads should overlap the writes: {counts}"
    total = sqlite3.connect(db).execute("SELECT count(*) FROM entries").fetchone()[0]
    assert out.startswith("documents: 100 new") and total >= max(counts)


def test_a_terminal_gets_a_progress_bar(tmp_path: Path) -> None:
    write_corpus(tmp_path / "blogs", documents=3, entries=2)
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [LIVEBLOG, "ingest", str(tmp_path / "blogs"), "--db", str(tmp_path / "a.db")],
            stdout=subprocess.PIPE,
            stderr=terminal,
            text=True,
            timeout=60,
        )
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal side is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert done.returncode == 0
    assert "ingesting" in shown.decode() and "3/3" in shown.decode()
    assert done.stdout.startswith("documents: 3 new")


def test_an_archive_locked_by_another_writer_is_a_one_line_error_and_nothing_half_written(tmp_path: Path) -> None:
    write_corpus(tmp_path / "blogs", documents=2, entries=3)
    db = tmp_path / "archive.db"
    Archive(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Archive(db, busy_timeout_ms=100) as archive, pytest.raises(LiveblogError) as caught:
            archive.ingest([tmp_path / "blogs"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(caught.value) == f"{db}: cannot write the archive: database is locked"
    assert sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_command_line_options_fill_in_what_a_config_source_leaves_open(tmp_path: Path) -> None:
    (tmp_path / "feeds.yml").write_text(
        "sources:\n  - path: a.txt\n    tz: Europe/Oslo\n  - path: b.txt\n    date: 2022-05-01\n"
    )
    with Archive(tmp_path / "archive.db") as archive:
        specs = archive.plan(config=tmp_path / "feeds.yml", date="2022-04-26", tz="Europe/Berlin")
    assert [(spec.date, spec.tz) for spec in specs] == [("2022-04-26", "Europe/Oslo"), ("2022-05-01", "Europe/Berlin")]


FEED = ROOT / "tests" / "fixtures" / "html" / "bbc.rss.xml"


def test_a_feed_of_articles_is_one_archive_document_per_item(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        summary = archive.ingest([SourceSpec(str(FEED), kind="articles")])
        urls = [row[0] for row in archive.store.conn.execute("SELECT url FROM documents ORDER BY url")]
    assert (summary.new, summary.failed) == (3, 0)
    assert len(set(urls)) == 3 and all(url.startswith("http") for url in urls)


def test_an_item_that_fails_does_not_stop_the_rest_of_its_feed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import liveblog.ingest

    real_parse = liveblog.ingest.parse_raw
    calls: list[str] = []

    def parse_failing_the_second(raw: RawDocument, **options: Any) -> Document:
        # Fault injection: a parser bug on one item, which no real input triggers today.
        calls.append(raw.source)
        if len(calls) == 2:
            raise ValueError("boom")
        return real_parse(raw, **options)

    monkeypatch.setattr(liveblog.ingest, "parse_raw", parse_failing_the_second)
    with Archive(tmp_path / "archive.db") as archive:
        summary = archive.ingest([SourceSpec(str(FEED), kind="articles")])
        log = archive.store.conn.execute("SELECT source, status, error FROM ingest_log ORDER BY id").fetchall()
    assert (summary.new, summary.failed) == (2, 1)
    assert summary.failures == [(str(FEED), f"{calls[1]}: could not be parsed: ValueError: boom")]
    assert [row[1] for row in log] == ["new", "failed", "new"]
    assert log[1][0] == calls[1]


def test_a_named_source_keeps_its_identity_wherever_the_file_lies(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.db")
    for folder in ("monday", "tuesday"):
        (tmp_path / folder).mkdir()
        shutil.copy(SEED_BLOG, tmp_path / folder / "blog.txt")
        result = CliRunner().invoke(
            main, ["ingest", str(tmp_path / folder / "blog.txt"), "--name", "moscow", "--db", db]
        )
        assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("documents: 0 new, 0 updated, 1 unchanged")
    rows = sqlite3.connect(db).execute("SELECT identity, name FROM documents").fetchall()
    assert rows == [("moscow", "moscow")]


def test_a_name_for_several_sources_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", "a.txt", "b.txt", "--name", "x", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2
    assert "--name names one SOURCE" in result.stderr
