"""Export: the archive back out as parse-contract documents (json, ndjson) or one table (csv)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import liveblog
from liveblog import Archive
from liveblog.cli import main
from liveblog.errors import LiveblogError
from liveblog.models import Document, Entry, Statement
from liveblog.pipeline import assign_ids


def document(identity: str, title: str) -> Document:
    doc = Document(
        source=f"{identity}.txt",
        identity=identity,
        title=title,
        kind="liveblog",
        language="de",
        date="2022-04-26",
        entries=[
            Entry(
                time="14:24",
                time_text="14.24 Uhr",
                timestamp="2022-04-26T14:24:00+02:00",
                headline="Lawrow: „Wir sind für Verhandlungen“",
                text="„Wir sind für einen Waffenstillstand“, sagte Lawrow.",
                speakers=["Sergej Lawrow"],
                statements=[
                    Statement(
                        speaker="Sergej Lawrow",
                        speaker_text="Lawrow",
                        text="Wir sind für einen Waffenstillstand",
                        kind="direct",
                        cue="sagte",
                        start=1,
                        end=36,
                        confidence=0.95,
                    )
                ],
            ),
            Entry(text="Die Pressekonferenz in Moskau hat begonnen.", flags=["summary"]),
        ],
    )
    assign_ids(doc)
    return doc


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    archive = Archive(tmp_path / "archive.db")
    archive.add(document("blog-1", "Liveblog: Gespräche in Moskau"))
    archive.add(document("blog-2", "Liveblog: Tag zwei"))
    return archive


def test_ndjson_is_one_parse_contract_document_per_line(archive: Archive) -> None:
    out = io.StringIO()
    assert archive.export(out, output_format="ndjson") == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [
        document("blog-1", "Liveblog: Gespräche in Moskau").to_contract(),
        document("blog-2", "Liveblog: Tag zwei").to_contract(),
    ]
    assert "„Wir sind" in lines[0]  # written as UTF-8, not \\u escapes


def test_json_is_a_list_of_the_same_documents(archive: Archive) -> None:
    out = io.StringIO()
    archive.export(out, output_format="json")
    documents = json.loads(out.getvalue())
    assert [d["title"] for d in documents] == ["Liveblog: Gespräche in Moskau", "Liveblog: Tag zwei"]
    assert documents[0]["entries"][0]["statements"][0]["speaker"] == "Sergej Lawrow"


def test_an_empty_archive_exports_an_empty_list(tmp_path: Path) -> None:
    out = io.StringIO()
    Archive(tmp_path / "empty.db").export(out, output_format="json")
    assert json.loads(out.getvalue()) == []


def test_removed_entries_are_not_exported_as_part_of_the_document(archive: Archive) -> None:
    shorter = document("blog-1", "Liveblog: Gespräche in Moskau")
    shorter.entries = shorter.entries[:1]
    archive.add(shorter)
    out = io.StringIO()
    archive.export(out, output_format="ndjson")
    first = json.loads(out.getvalue().splitlines()[0])
    assert [e["time"] for e in first["entries"]] == ["14:24"]


def test_csv_is_one_table_with_a_header(archive: Archive) -> None:
    out = io.StringIO()
    assert archive.export(out, output_format="csv", table="quotes") == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["speaker"] == "Sergej Lawrow"
    assert rows[0]["text"] == "Wir sind für einen Waffenstillstand"
    assert rows[0]["timestamp_utc"] == "2022-04-26T12:24:00Z"


def test_csv_without_a_table_writes_the_entries(archive: Archive) -> None:
    out = io.StringIO()
    assert archive.export(out, output_format="csv") == 4
    assert out.getvalue().splitlines()[0].startswith("rowid,id,document_id,position,time,")


def test_a_table_as_ndjson_is_one_row_object_per_line(archive: Archive) -> None:
    out = io.StringIO()
    archive.export(out, output_format="ndjson", table="speakers")
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [
        {"id": 1, "name": "Sergej Lawrow", "description": None}
    ]


def test_an_unknown_table_is_an_error_listing_the_tables(archive: Archive) -> None:
    with pytest.raises(LiveblogError, match=r"^secrets: no such table; choose from documents, entries"):
        archive.export(io.StringIO(), output_format="csv", table="secrets")
    with pytest.raises(LiveblogError, match="no such table"):
        archive.export(io.StringIO(), output_format="csv", table="entries_fts")


def test_the_export_command_writes_a_file(archive: Archive, tmp_path: Path) -> None:
    target = tmp_path / "out.ndjson"
    result = CliRunner().invoke(main, ["export", "--db", archive.path, "--format", "ndjson", "--output", str(target)])
    assert result.exit_code == 0, result.stderr
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert not list(tmp_path.glob("*.partial"))


def test_the_export_command_on_a_missing_archive_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'nope.db'}: no such archive\n"
    assert not (tmp_path / "nope.db").exists()


def test_ingest_then_export_gives_the_parse_of_each_file(tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parent.parent / "seeds" / "002_b44a7c418a56b720.txt"
    result = CliRunner().invoke(main, ["ingest", str(seed), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.stderr
    exported = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "a.db")])
    assert json.loads(exported.stdout) == liveblog.parse_file(seed).to_contract()


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as archive:
        archive.ingest([Path(__file__).resolve().parent.parent / "seeds"])
    liveblog_command = str(Path(sys.executable).with_name("liveblog"))
    process = subprocess.Popen(
        [liveblog_command, "export", "--db", str(tmp_path / "a.db"), "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline() == b"[\n"
    process.stdout.close()  # like `| head -1`
    error = process.stderr.read()
    process.wait(timeout=60)
    assert error == b""
