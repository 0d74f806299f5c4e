"""`liveblog parse` as a user runs it: JSON or text out, one-line errors for bad input."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_BLOG = ROOT / "seeds" / "001_1ef951b14edccf44.txt"
CONTRACT_KEYS = {"source", "title", "kind", "language", "date", "reader", "entries"}
ENTRY_KEYS = {"id", "position", "time", "time_text", "timestamp", "headline", "text", "speakers", "statements"}
STATEMENT_KEYS = {"speaker", "speaker_text", "text", "kind", "cue", "start", "end", "confidence"}


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "liveblog", *map(str, args)], capture_output=True, text=True, timeout=240
    )


def test_json_output_holds_every_key_of_the_contract() -> None:
    result = run_cli("parse", SEED_BLOG, "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document.keys() >= CONTRACT_KEYS
    assert document["kind"] == "liveblog"
    assert document["entries"]
    for entry in document["entries"]:
        assert entry.keys() >= ENTRY_KEYS
        for statement in entry["statements"]:
            assert statement.keys() >= STATEMENT_KEYS
            source = entry["headline"] if statement["kind"] == "headline" else entry["text"]
            assert source[statement["start"] : statement["end"]] == statement["text"]


def test_date_and_zone_flags_give_full_timestamps() -> None:
    result = run_cli("parse", SEED_BLOG, "--date", "2022-04-26", "--tz", "Europe/Berlin")
    first = json.loads(result.stdout)["entries"][0]
    assert first["time"] == "14:24"
    assert first["timestamp"] == "2022-04-26T14:24:00+02:00"


def test_text_format_shows_time_speaker_and_quote() -> None:
    result = run_cli("parse", SEED_BLOG, "--format", "text")
    assert result.returncode == 0, result.stderr
    assert "14:03" in result.stdout
    assert "Our teams meet in Belarus and Turkey" in result.stdout


@pytest.mark.parametrize(
    ("flag", "value", "complaint"),
    [("--date", "26.04.2022", "not a date"), ("--tz", "Mars/Olympus", "not an IANA time zone")],
)
def test_bad_flag_values_are_refused_clearly(flag: str, value: str, complaint: str) -> None:
    result = run_cli("parse", SEED_BLOG, flag, value)
    assert result.returncode != 0
    assert complaint in result.stderr


def assert_one_line_error(result: subprocess.CompletedProcess[str], source: Path, problem: str) -> None:
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(source) in lines[0] and problem in lines[0]
    assert "Traceback" not in result.stderr


def test_a_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    assert_one_line_error(run_cli("parse", missing), missing, "no such file")


def test_an_empty_file_is_a_one_line_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\n  \n")
    assert_one_line_error(run_cli("parse", empty), empty, "empty document")


def test_a_binary_file_is_a_one_line_error(tmp_path: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 50)
    assert_one_line_error(run_cli("parse", binary), binary, "binary data")


def test_a_folder_is_a_one_line_error(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("parse", tmp_path), tmp_path, "folder")


@pytest.mark.timeout(120)
def test_a_50_mb_file_without_line_breaks_ends_quickly_with_a_clear_error(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"Lavrov said the talks go on. " * (50 * 1024 * 1024 // 29))
    assert_one_line_error(run_cli("parse", huge), huge, "over the")


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "latin-1"])
def test_legacy_and_utf16_encodings_parse_like_utf8(tmp_path: Path, encoding: str) -> None:
    text = "14:24 Uhr: «Wir bleiben», sagte Bürgermeisterin Jana Köhler.\n\n14:10 Uhr: Die Straße ist gesperrt.\n"
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(text, encoding="utf-8")
    other = tmp_path / f"{encoding}.txt"
    other.write_bytes(text.encode(encoding) if encoding != "utf-16" else codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    expected = json.loads(run_cli("parse", utf8).stdout)["entries"]
    got = json.loads(run_cli("parse", other).stdout)["entries"]
    assert [(e["time"], e["text"]) for e in got] == [(e["time"], e["text"]) for e in expected]
    assert "Bürgermeisterin Jana Köhler" in got[0]["text"]
