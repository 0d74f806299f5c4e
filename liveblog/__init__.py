"""liveblog: live blogs and news articles -> timed entries and who said what.

The public API mirrors the command line one to one:

* :func:`parse` — text you already have -> Document
* :func:`parse_file` — a file -> Document (``liveblog parse PATH``)
* :class:`Archive` — the SQLite archive (``liveblog ingest``, ``liveblog export``)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from liveblog.errors import LiveblogError
from liveblog.ingest import Archive, IngestSummary
from liveblog.models import Document, Entry, Speaker, Statement
from liveblog.pipeline import parse_raw
from liveblog.registry import load_registry
from liveblog.sources import read
from liveblog.sources.text import read_text

__all__ = [
    "Archive",
    "Document",
    "Entry",
    "IngestSummary",
    "LiveblogError",
    "Speaker",
    "Statement",
    "load_registry",
    "parse",
    "parse_file",
]
__version__ = "0.1.0"


def parse(
    text: str,
    *,
    source: str = "<text>",
    date: str | None = None,
    tz: str | None = None,
    language: str | None = None,
    registry: Sequence[Speaker] = (),
) -> Document:
    """Parse plain ``text`` of a live blog or article into a Document."""
    raw = read_text(text, source, identity=source)
    return parse_raw(raw, date=date, tz=tz, language=language, registry=registry)


def parse_file(
    path: str | Path,
    *,
    name: str | None = None,
    date: str | None = None,
    tz: str | None = None,
    language: str | None = None,
    registry: Sequence[Speaker] | str | Path = (),
) -> Document:
    """Read and parse a file; ``registry`` may be Speakers or a registry path."""
    if isinstance(registry, (str, Path)):
        registry = load_registry(registry)
    raw = read(path, name=name)
    return parse_raw(raw, date=date, tz=tz, language=language, registry=registry)
