"""Bytes become text whatever their encoding; binary and empty input are refused."""

from __future__ import annotations

import codecs

import pytest

from liveblog.errors import LiveblogError
from liveblog.sources.decode import decode_bytes

TEXT = "14:24 Uhr: „Wir verhandeln“, sagte Außenministerin Bærbø. – Det er løgn, sa hun."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom"])
def test_unicode_encodings_with_or_without_bom_decode(encoding: str) -> None:
    if encoding == "utf-16-le-bom":
        data = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")
    else:
        data = TEXT.encode(encoding)
    assert decode_bytes(data, "x.txt") == TEXT


def test_cp1252_text_decodes_with_its_typographic_quotes() -> None:
    text = "„Wir verhandeln“, sagte die Ministerin – Grüße aus Köln. " * 5
    assert decode_bytes(text.encode("cp1252"), "x.txt") == text


def test_latin1_text_decodes() -> None:
    text = "Størst av alt er kjærligheten, sa han på Ålesund rådhus. " * 5
    assert decode_bytes(text.encode("latin-1"), "x.txt") == text


def test_a_wrong_declared_charset_is_not_trusted_over_the_bytes() -> None:
    assert decode_bytes("Grüße".encode(), "x", declared="ascii") == "Grüße"


@pytest.mark.parametrize("data", [b"", b"   \n\n  "])
def test_empty_input_is_refused_with_the_source_named(data: bytes) -> None:
    with pytest.raises(LiveblogError, match=r"^x\.txt: empty document$"):
        decode_bytes(data, "x.txt")


def test_binary_input_is_refused() -> None:
    with pytest.raises(LiveblogError, match="binary data"):
        decode_bytes(bytes(range(256)) * 20, "image.png")


@pytest.mark.parametrize(
    "line",
    [
        "café été, sagte Anna Berg.",
        "Grüße aus Köln, sagte er.",
        "Det er løgn, sa hun på Ålesund.",
        "„Nein“, sagte Jürgen Weiß.",
    ],
)
def test_one_short_line_of_western_single_byte_text_decodes(line: str) -> None:
    # Detectors guess an Eastern European or Mac code page for so few bytes.
    assert decode_bytes(line.encode("cp1252"), "x.txt") == line


def test_cyrillic_single_byte_text_stays_cyrillic() -> None:
    text = "Мы готовы к переговорам, заявил министр иностранных дел. " * 5
    assert decode_bytes(text.encode("cp1251"), "x.txt") == text
