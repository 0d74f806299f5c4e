"""The parse pipeline: RawDocument -> segment -> timestamps -> attribution -> ids.

Everything here is pure: the same RawDocument and options give the same
Document, which is what makes entry ids stable across re-parses.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from datetime import date as date_type
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.errors import LiveblogError
from liveblog.models import Document, Entry, RawDocument, Speaker
from liveblog.segment import segment
from liveblog.timestamps import assign_timestamps, chronological


def parse_raw(
    raw: RawDocument,
    *,
    date: str | None = None,
    tz: str | None = None,
    language: str | None = None,
    registry: Sequence[Speaker] = (),
) -> Document:
    """Parse a RawDocument into a Document (the contract of ARCHITECTURE.md)."""
    check_date_and_zone(date, tz)
    code = language or raw.language or lang.detect_language(" ".join(b.text for b in raw.blocks[:400]))
    table = lang.get(code)
    document = segment(raw, table)
    document.language = table.code
    # Clock times a page shows without a zone are in the zone of its own metadata, unless the user says.
    document = assign_timestamps(document, table, date=date, tz=tz or raw.zone, fetched_at=raw.fetched_at)
    document = attribute(document, table, registry)
    assign_ids(document)
    return document


def check_date_and_zone(date: str | None, tz: str | None) -> None:
    """LiveblogError unless ``date`` is YYYY-MM-DD and ``tz`` an IANA zone (None passes)."""
    if date is not None:
        try:
            date_type.fromisoformat(date)
        except ValueError:
            raise LiveblogError(date, "is not a date like 2022-04-26") from None
    if tz is not None:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise LiveblogError(tz, "is not an IANA time zone like Europe/Oslo") from None


def assign_ids(document: Document) -> None:
    """Give entries positions and stable ids, and statements ids.

    An entry keeps the id its source gave it. Otherwise the id derives from
    the document's identity, the entry's time and its occurrence among entries
    with that time counted from the oldest, so that entries added on top of a
    newest-first blog shift no old id and an edited entry keeps its id.
    """
    oldest_first = _oldest_first(document.entries)
    seen: Counter[str | None] = Counter()
    for entry in oldest_first:
        if not entry.id:
            key = entry.time or "untimed"
            entry.id = _digest(document.identity, key, str(seen[key]))
            seen[key] += 1
    for position, entry in enumerate(document.entries):
        entry.position = position
        for statement in entry.statements:
            statement.id = _digest(entry.id, statement.kind, str(statement.start), str(statement.end))


def _oldest_first(entries: list[Entry]) -> list[Entry]:
    """Entries from the oldest: timed ones reversed when the blog is newest-first.

    Untimed entries (a lead, an article's paragraphs) keep document order.
    """
    timed = [entry for entry in entries if entry.time]
    untimed = [entry for entry in entries if not entry.time]
    return untimed + [timed[i] for i in chronological([entry.time or "" for entry in timed])]


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
