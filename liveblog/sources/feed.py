"""RSS and Atom feeds (feedparser) -> RawDocuments.

A feed is either a live blog's feed, whose items are the blog's entries (one
document, reader ``feed``), or a feed of articles, whose items are documents
of their own. ``feed_kind`` ("liveblog" or "articles", from ``feeds.yml``)
decides; without it, a feed whose item links mostly point into one page
(``…/live#post-3``, ``…/live?post=3``) is a live blog, any other a feed of
articles.
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from liveblog.errors import LiveblogError
from liveblog.models import Block, RawDocument
from liveblog.sources.jsonld import echoes
from liveblog.sources.markup import clean_space, html_fragment_paragraphs, iso_datetime

FEED_KINDS = ("liveblog", "articles")


def looks_like_feed(text: str) -> bool:
    """Whether ``text`` opens like an RSS, Atom or RDF feed."""
    head = text[:2000].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<?xml"):
        head = head[head.find("?>") + 2 :].lstrip()
    while head.startswith("<!--") or head.startswith("<?"):
        end = head.find("-->") + 3 if head.startswith("<!--") else head.find("?>") + 2
        if end < 3:
            break
        head = head[end:].lstrip()
    return head.startswith(("<rss", "<feed", "<rdf:rdf", "<rdf"))


def read_feed(
    text: str,
    source: str,
    identity: str,
    *,
    url: str | None = None,
    fetched_at: str | None = None,
    feed_kind: str | None = None,
) -> list[RawDocument]:
    """The documents of a feed: one live blog, or one document per article item."""
    if feed_kind is not None and feed_kind not in FEED_KINDS:
        raise LiveblogError(source, f"unknown feed kind {feed_kind!r} (liveblog or articles)")
    parsed = feedparser.parse(text, sanitize_html=True, resolve_relative_uris=True)
    channel: Any = parsed.feed
    # A feed cut off mid-item leaves feedparser an empty item: nothing to read.
    items: list[Any] = [item for item in parsed.entries if any(item.get(key) for key in _ITEM_KEYS)]
    if not items and not channel.get("title"):
        problem = getattr(parsed, "bozo_exception", None)
        reason = str(problem).splitlines()[0].removeprefix("<unknown>:") if problem else "no items"
        raise LiveblogError(source, f"not a readable RSS or Atom feed ({reason})")
    base = channel.get("link") or url
    kind = feed_kind or guess_kind(items, base)
    # Each item's paragraphs, read once, without the footer the feed adds to most of them.
    read = [_item_paragraphs(item) for item in items]
    footer = _repeated_paragraphs(read)
    texts = [[text for text in paragraphs if text not in footer] for paragraphs in read]
    language = _language(channel.get("language"))
    if kind == "articles":
        return [
            _article(item, index, source, base, language, fetched_at, texts[index]) for index, item in enumerate(items)
        ]
    raw = RawDocument(source=source, identity=identity, reader="feed", url=base, fetched_at=fetched_at)
    raw.title = clean_space(channel.get("title") or "") or None
    raw.subtitle = clean_space(channel.get("subtitle") or "") or None
    raw.language = language
    raw.kind = "liveblog"
    raw.publisher = _name(channel.get("publisher_detail")) or None
    raw.date = _date(dict.get(channel, "published") or dict.get(channel, "updated"))
    blocks = [Block(text=raw.title, kind="title")] if raw.title else []
    entries = (_entry(item, base, paragraphs) for item, paragraphs in zip(items, texts, strict=True))
    blocks += [block for block in entries if block is not None]
    raw.blocks = blocks
    return [raw]


_ITEM_KEYS = ("title", "summary", "content", "link", "id")


def guess_kind(items: list[Any], base: str | None) -> str:
    """ "liveblog" when most item links point into one page, else "articles"."""
    pages: Counter[tuple[str, str]] = Counter()
    for item in items:
        link = item.get("link")
        if not link:
            continue
        parts = urlsplit(urljoin(base or "", link))
        pages[(parts.netloc, parts.path)] += 1
    linked = sum(pages.values())
    if not linked:
        return "liveblog"  # items without links are updates of the feed's own page
    top = pages.most_common(1)[0][1]
    return "liveblog" if top >= 2 and top >= 0.6 * linked else "articles"


def _repeated_paragraphs(paragraphs_per_item: list[list[str]]) -> frozenset[str]:
    """Paragraphs a feed adds to most of its items ("Follow the whole live blog at …"): its footer, not text."""
    if len(paragraphs_per_item) < _FOOTER_MIN_ITEMS:
        return frozenset()
    counts = Counter(text for paragraphs in paragraphs_per_item for text in set(paragraphs))
    half = len(paragraphs_per_item) / 2
    return frozenset(text for text, count in counts.items() if count > half and len(text) <= _FOOTER_MAX_CHARS)


_FOOTER_MIN_ITEMS = 3
_FOOTER_MAX_CHARS = 200


def _entry(item: Any, base: str | None, paragraphs: list[str]) -> Block | None:
    text = "\n\n".join(paragraphs)
    headline = clean_space(item.get("title") or "") or None
    if headline and text and echoes(headline, text):
        headline = None
    if not text and not headline:
        return None
    published = _stamp(item, "published") or _stamp(item, "created")
    updated = _stamp(item, "updated")
    link = item.get("link")
    url = urljoin(base or "", link) if link else None
    entry_id = item.get("id") or (url.partition("#")[2] if url and "#" in url else None)
    return Block(
        text=text,
        kind="entry",
        entry_id=entry_id or None,
        url=url,
        timestamp=published or updated,
        updated=updated if published and updated and updated != published else None,
        headline=headline,
        author=clean_space(item.get("author") or "") or None,
    )


def _article(
    item: Any,
    index: int,
    source: str,
    base: str | None,
    language: str | None,
    fetched_at: str | None,
    paragraphs: list[str],
) -> RawDocument:
    link = item.get("link")
    url = urljoin(base or "", link) if link else None
    name = url or f"{source}#item-{index + 1}"
    raw = RawDocument(
        source=name,
        identity=item.get("id") or name,
        reader="feed",
        url=url,
        fetched_at=fetched_at,
        kind="article",
        language=language,
    )
    raw.title = clean_space(item.get("title") or "") or None
    raw.date = _date(_stamp(item, "published") or _stamp(item, "updated"))
    blocks = [Block(text=raw.title, kind="title")] if raw.title else []
    blocks += [Block(text=text) for text in paragraphs]
    raw.blocks = blocks
    return raw


def _item_paragraphs(item: Any) -> list[str]:
    contents = item.get("content") or []
    markup = next((c.get("value") for c in contents if c.get("value")), None)
    if not markup:
        markup = item.get("summary") or item.get("description") or ""
    return html_fragment_paragraphs(markup)


def _stamp(item: Any, key: str) -> str | None:
    """The item's date as written (keeping its zone), else feedparser's UTC reading of it."""
    # dict.get: feedparser's own get() maps a missing "updated" to "published" with a warning.
    raw = dict.get(item, key)
    stamp = iso_datetime(raw) if raw else None
    if stamp:
        return stamp
    parsed = dict.get(item, f"{key}_parsed")
    if parsed:
        day = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        return f"{day}T{parsed.tm_hour:02d}:{parsed.tm_min:02d}:{parsed.tm_sec:02d}+00:00"
    return None


def _date(value: str | None) -> str | None:
    stamp = iso_datetime(value) if value else None
    return stamp[:10] if stamp else None


def _language(value: str | None) -> str | None:
    if not value:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return "no" if code in ("nb", "nn") else code or None


def _name(detail: Any) -> str | None:
    if isinstance(detail, dict):
        name = detail.get("name")
        return str(name) if name else None
    return None
