"""Clock times -> full timestamps: reference date, day rollover, zone.

STUB: the interface is fixed, the body is being written.
"""

from __future__ import annotations

from liveblog.lang import Language
from liveblog.models import Document


def assign_timestamps(
    document: Document,
    language: Language,
    *,
    date: str | None = None,
    tz: str | None = None,
    fetched_at: str | None = None,
) -> Document:
    """Give every timed entry its ``timestamp`` (ISO 8601) and return the document.

    ``date`` (YYYY-MM-DD) and ``tz`` (IANA zone) override what the document
    says; ``fetched_at`` (ISO 8601 UTC) resolves relative stamps.
    """
    return document
