"""An Atom 1.0 feed (RFC 4287) written with ElementTree, so every text is escaped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

ATOM_NS = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 forbids even when escaped; live blogs do contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EPOCH = "1970-01-01T00:00:00Z"


@dataclass(frozen=True)
class FeedItem:
    """One feed entry: a quote with where and when it was said."""

    id: str  # a permanent URI (tag: or urn:)
    title: str
    updated: str  # RFC 3339
    link: str
    content: str
    author: str | None = None
    category: str | None = None


def rfc3339(value: str | None) -> str | None:
    """An ISO 8601 timestamp with offset as RFC 3339 in UTC; None when absent or without a zone."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def build_feed(
    *,
    feed_id: str,
    title: str,
    self_url: str,
    alternate_url: str,
    items: Sequence[FeedItem],
    subtitle: str | None = None,
) -> bytes:
    """The feed document as UTF-8 bytes; ``updated`` is the newest item's (or the epoch when empty)."""
    ET.register_namespace("", ATOM_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            element.text = _clean(text)
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    sub(feed, "id", feed_id)
    sub(feed, "title", title)
    if subtitle:
        sub(feed, "subtitle", subtitle)
    sub(feed, "updated", max((item.updated for item in items), default=EPOCH))
    sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    sub(feed, "link", rel="alternate", type="text/html", href=alternate_url)
    sub(feed, "generator", "liveblog")
    for item in items:
        entry = sub(feed, "entry")
        sub(entry, "id", item.id)
        sub(entry, "title", item.title)
        sub(entry, "updated", item.updated)
        sub(entry, "link", rel="alternate", type="text/html", href=item.link)
        if item.author:
            author = sub(entry, "author")
            sub(author, "name", item.author)
        if item.category:
            sub(entry, "category", term=_clean(item.category))
        sub(entry, "content", item.content, type="text")
    document: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document
