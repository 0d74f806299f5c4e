"""The one data model of liveblog.

Two halves:

* what a reader hands to the parser: :class:`RawDocument`, an ordered list of
  :class:`Block` s plus whatever metadata the source carried;
* what the parser hands out: :class:`Document` with its :class:`Entry` s and
  their :class:`Statement` s. ``Document.to_contract()`` is the public JSON
  contract of ``liveblog parse --format json``.

This module imports nothing else of liveblog.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

BlockKind = Literal["paragraph", "heading", "title", "entry", "chrome"]
StatementKind = Literal["direct", "indirect", "partial", "headline"]
DocumentKind = Literal["liveblog", "article"]
Reader = Literal["text", "html", "jsonld", "microdata", "feed"]


class Block(BaseModel):
    """One piece of a source document, in reading order.

    The text reader makes one ``paragraph`` block per line. Structured readers
    (HTML, JSON-LD, feeds) that already know where entries are make ``entry``
    blocks and fill in the hints they found; the segmenter trusts hints over
    its own guesses.
    """

    text: str
    kind: BlockKind = "paragraph"
    # Hints from structured readers; None when the reader does not know.
    entry_id: str | None = None
    url: str | None = None
    time_text: str | None = None  # the clock time as displayed, e.g. "2:24 p.m."
    timestamp: str | None = None  # ISO 8601 from markup (datetime attribute, JSON-LD)
    updated: str | None = None  # ISO 8601 of an "updated at" stamp; "HH:MM" when the page shows only clock times
    headline: str | None = None
    author: str | None = None
    flags: list[str] = Field(default_factory=list)  # "pinned", "key-event", "summary"
    # Text reader: whether a blank line stood above the line (None where the reader cannot tell). A
    # photo's caption sits right against its credit line while the text's paragraphs are set apart.
    spaced: bool | None = None


class RawDocument(BaseModel):
    """A source read into blocks, before any parsing."""

    source: str  # as the user named it: a path or URL
    identity: str  # what entry ids derive from: URL, feeds.yml name or resolved path
    reader: Reader = "text"
    blocks: list[Block] = Field(default_factory=list)
    url: str | None = None
    title: str | None = None
    subtitle: str | None = None
    date: str | None = None  # ISO 8601 at the precision known
    language: str | None = None  # ISO 639-1 hint from markup or config
    publisher: str | None = None
    fetched_at: str | None = None  # ISO 8601 UTC, for resolving "5 minutes ago"
    kind: DocumentKind | None = None  # hint: a feed of articles says "article"
    coverage_ended: bool = False  # a live blog that says it is over
    zone: str | None = None  # the UTC offset ("+02:00") the page's own metadata writes its times in


class Statement(BaseModel):
    """A quote or reported statement inside an entry."""

    id: str = ""
    speaker: str | None  # canonical name, None when unresolved
    speaker_text: str | None  # the mention as written ("the UN chief")
    text: str
    kind: StatementKind
    cue: str | None = None  # "said", "according to", ":" …
    start: int  # code point offsets into Entry.text (Entry.headline for "headline")
    end: int
    confidence: float


class Entry(BaseModel):
    """A timed update of a live blog, or an untimed paragraph/lead."""

    id: str = ""
    position: int = 0
    time: str | None = None  # "HH:MM", local, 24-hour
    time_text: str | None = None
    timestamp: str | None = None
    headline: str | None = None
    text: str
    speakers: list[str] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    # Extras from structured readers.
    url: str | None = None
    author: str | None = None
    updated: str | None = None
    flags: list[str] = Field(default_factory=list)
    # The day a heading above the entry names ("Saturday, November 14": "--11-14" without a year),
    # for the timestamps stage; not part of the contract.
    day: str | None = Field(default=None, exclude=True)


class Document(BaseModel):
    """A parsed live blog or article."""

    source: str
    identity: str = ""
    title: str | None = None
    subtitle: str | None = None
    kind: DocumentKind = "article"
    language: str | None = None
    date: str | None = None
    reader: Reader = "text"
    url: str | None = None
    publisher: str | None = None
    entries: list[Entry] = Field(default_factory=list)

    def to_contract(self) -> dict[str, Any]:
        """The parse-output JSON object of ARCHITECTURE.md (every key present)."""
        return self.model_dump(exclude={"identity"})


class Speaker(BaseModel):
    """A person or organisation that speaks, as known to a registry or archive."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    description: str | None = None
    roles: list[Role] = Field(default_factory=list)


class Role(BaseModel):
    """A role a speaker held, e.g. "Russian foreign minister", with its dates."""

    title: str
    start: str | None = None  # ISO date; None when open
    end: str | None = None


Speaker.model_rebuild()
