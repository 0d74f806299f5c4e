"""What a source is, told from its text first and its Content-Type or file suffix second."""

from __future__ import annotations

from pathlib import Path

import pytest

from liveblog.sources import detect, read


@pytest.mark.parametrize(
    ("text", "content_type", "suffix", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", None, "", "html"),
        ("  \n<div class='entry'><p>14:24 Uhr: Text</p></div>", None, ".txt", "html"),
        ('<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0"><channel/></rss>', None, "", "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "text/html", ".html", "feed"),
        ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', None, ".rdf", "feed"),
        ('{"@type": "LiveBlogPosting"}', None, "", "json"),
        ('[{"@type": "LiveBlogPosting"}]', "application/ld+json", "", "json"),
        ("14:24 Uhr: Lawrow sagt etwas.\n\n14:10 Uhr: Guterres antwortet.", "text/plain", ".txt", "text"),
        ("{Untitled} 14:24 notes without JSON", None, ".txt", "text"),
    ],
)
def test_sources_are_told_apart_by_their_text(text: str, content_type: str | None, suffix: str, expected: str) -> None:
    assert detect(text, content_type, suffix) == expected


def test_a_page_saved_with_a_latin1_meta_charset_reads_right(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
    page += "<body><h1>Bærum kommune: møte i bystyret</h1></body></html>"
    path.write_bytes(page.encode("latin-1"))
    assert read(path).title == "Bærum kommune: møte i bystyret"


def test_a_plain_text_file_still_goes_to_the_text_reader(tmp_path: Path) -> None:
    path = tmp_path / "blog.txt"
    path.write_text("Title\n\n14:24 Uhr: Text of the entry.\n", "utf-8")
    assert read(path).reader == "text"
