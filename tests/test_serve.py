"""liveblog.serve and `liveblog serve`: what is served, how, and the one-line errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from datasette.plugins import get_plugins

from liveblog.errors import LiveblogError
from liveblog.ingest import Archive
from liveblog.serve import check_archive, load_metadata, make_datasette

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def empty_archive(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    Archive(path).close()
    return path


def test_a_missing_archive_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LiveblogError, match=r"missing\.db: no such archive; create it with `liveblog ingest`"):
        check_archive(tmp_path / "missing.db")


def test_a_file_that_is_not_an_archive_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("not a database, just text " * 100)
    with pytest.raises(LiveblogError, match="not an SQLite database"):
        check_archive(text)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table things (x)").connection.close()
    with pytest.raises(LiveblogError, match="not a liveblog archive"):
        check_archive(other)


def test_bad_metadata_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "metadata.yml"
    bad.write_text("title: [unclosed\n")
    with pytest.raises(LiveblogError, match="metadata is not valid YAML"):
        load_metadata(bad)


def test_the_archive_is_served_as_archive_read_only_with_limits_and_no_facet_suggestions(empty_archive: Path) -> None:
    ds = make_datasette(empty_archive)
    assert [name for name in ds.databases if not name.startswith("_")] == ["archive"]
    db = ds.get_database("archive")
    assert db.is_mutable and not db.is_memory  # not immutable: ingest keeps writing
    assert ds.setting("suggest_facets") is False
    assert 0 < ds.setting("sql_time_limit_ms") <= 5000
    assert ds.setting("allow_download") is False
    assert ds.metadata("title").startswith("Live-blog archive")
    assert "liveblog" in {p["name"] for p in get_plugins()}


def test_the_serve_command_fails_in_one_line_without_an_archive(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "liveblog", "serve", "--db", str(tmp_path / "nothing.db"), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'nothing.db'}: no such archive; create it with `liveblog ingest` (or `make ingest`)"
    ]
