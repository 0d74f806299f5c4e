"""Helpers for the attribution specifications: attribute a few invented entries, then ask who said what."""

from __future__ import annotations

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


def run(code: str, *texts: str) -> Document:
    """Attribute a document of one entry per text, in the language ``code``."""
    return attribute(Document(source="test", entries=[Entry(text=t) for t in texts]), lang.get(code))


def speaker_of(document: Document, words: str) -> str | None:
    """The speaker of the shortest statement that holds ``words``."""
    holding = [s for e in document.entries for s in e.statements if words in s.text]
    assert holding, f"no statement holds {words!r}"
    return min(holding, key=lambda s: len(s.text)).speaker


def speakers(document: Document) -> list[str]:
    """Every entry's speakers, in order."""
    return [s for e in document.entries for s in e.speakers]
