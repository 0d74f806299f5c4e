"""schema.org LiveBlogPosting from JSON-LD and microdata, and merging it with the visible page.

JSON-LD: every ``<script type="application/ld+json">`` is read (also objects
inside ``@graph``, lists and ``mainEntity``); the LiveBlogPosting's
``liveBlogUpdate`` items become entry blocks (headline, articleBody,
datePublished, dateModified, author, url). A headline that only repeats the
first words of the body is dropped. A LiveBlogPosting without updates
(coverage not yet started) still gives the page's title, date and
coverage times.

Microdata: elements with ``itemprop="liveBlogUpdate"`` under a LiveBlogPosting
``itemscope`` are the entries; their ``datePublished``/``dateModified``/
``author``/``url`` properties are the hints.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

from lxml.html import HtmlElement

from liveblog.errors import LiveblogError
from liveblog.models import Block, RawDocument
from liveblog.sources.markup import (
    clean_space,
    html_fragment_paragraphs,
    iso_datetime,
    parse_iso,
    text_of,
)

_ARTICLE_TYPES = ("newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle")
_WORD = re.compile(r"\w+")
_MAX_DEPTH = 12


@dataclass
class LdInfo:
    """What a page's LiveBlogPosting (or article) JSON-LD says."""

    title: str | None = None
    description: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    is_liveblog: bool = False
    coverage_end: str | None = None
    updates: list[Block] = field(default_factory=list)

    def coverage_ended(self, now: str | None = None) -> bool:
        """Whether ``coverageEndTime`` lies before ``now`` (ISO; the current time when None)."""
        end = parse_iso(iso_datetime(self.coverage_end))
        if end is None:
            return False
        current = parse_iso(now) or datetime.now(UTC)
        if end.tzinfo is None:
            end = end.replace(tzinfo=UTC)
        if current.tzinfo is None:
            current = current.replace(tzinfo=UTC)
        return end <= current


@dataclass
class MicroEntry:
    """An entry marked up with microdata (``itemprop="liveBlogUpdate"``)."""

    element: HtmlElement
    marker: HtmlElement | None
    headline: str | None = None
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    url: str | None = None


# --- JSON-LD ---------------------------------------------------------------------------------------


def load_json(text: str) -> Any:
    """Parse a JSON-LD script's text, forgiving the wrappers pages put around it; None when unreadable."""
    text = text.strip()
    for wrapper in ("<!--", "-->", "<![CDATA[", "]]>", "//<![CDATA[", "//]]>"):
        text = text.replace(wrapper, "")
    text = text.strip().rstrip(";")
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError:
        return None


def objects(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Every JSON object inside ``data`` (lists, ``@graph``, nested values), outer ones first."""
    if depth > _MAX_DEPTH:
        return []
    found: list[dict[str, Any]] = []
    if isinstance(data, dict):
        found.append(data)
        for value in data.values():
            if isinstance(value, (dict, list)):
                found.extend(objects(value, depth + 1))
    elif isinstance(data, list):
        for item in data:
            found.extend(objects(item, depth + 1))
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    raw = obj.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {str(name).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for name in names if name}


def from_html(root: HtmlElement) -> LdInfo | None:
    """The LiveBlogPosting (or failing that, the article) described by a page's JSON-LD."""
    found: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            data = load_json(script.text)
            if data is not None:
                found.extend(objects(data))
    return from_objects(found)


def from_objects(found: list[dict[str, Any]]) -> LdInfo | None:
    """An :class:`LdInfo` from JSON-LD objects; None when none describes a live blog or an article."""
    blog = next((obj for obj in found if "liveblogposting" in _types(obj)), None)
    article = blog or next((obj for obj in found if _types(obj) & set(_ARTICLE_TYPES)), None)
    if article is None:
        return None
    info = LdInfo(is_liveblog=blog is not None)
    info.title = _string(article.get("headline")) or _string(article.get("name"))
    info.description = _string(article.get("description"))
    info.publisher = _name(article.get("publisher"))
    info.published = iso_datetime(_string(article.get("datePublished")))
    language = _string(article.get("inLanguage"))
    if language:
        code = language.lower().replace("_", "-").split("-")[0]
        info.language = "no" if code in ("nb", "nn") else code
    info.url = _string(article.get("url")) or _string(article.get("@id"))
    if blog is not None:
        info.coverage_end = _string(blog.get("coverageEndTime"))
        updates = blog.get("liveBlogUpdate")
        if isinstance(updates, dict):
            updates = [updates]
        if isinstance(updates, list):
            info.updates = [
                block for item in updates if isinstance(item, dict) for block in [update_block(item)] if block
            ]
    return info


def update_block(item: dict[str, Any]) -> Block | None:
    """One ``liveBlogUpdate`` item as an entry block; None when it holds no text."""
    body = item.get("articleBody") or item.get("text") or item.get("description") or ""
    if isinstance(body, list):
        body = "\n\n".join(str(part) for part in body)
    text = "\n\n".join(html_fragment_paragraphs(str(body)))
    headline = _string(item.get("headline")) or _string(item.get("name"))
    if headline and text and echoes(headline, text):
        headline = None
    if not text and not headline:
        return None
    published = iso_datetime(_string(item.get("datePublished")) or _string(item.get("dateCreated")))
    modified = iso_datetime(_string(item.get("dateModified")))
    url = _string(item.get("url"))
    entry_id = _string(item.get("@id")) or (url.partition("#")[2] if url and "#" in url else None)
    if entry_id and "#" in entry_id:
        entry_id = entry_id.partition("#")[2] or entry_id
    return Block(
        text=text,
        kind="entry",
        entry_id=entry_id or None,
        url=url,
        timestamp=published,
        updated=modified if modified and modified != published else None,
        headline=headline,
        author=_name(item.get("author")),
    )


def echoes(headline: str, text: str) -> bool:
    """A headline that only repeats the first words of the body (cut short or not) is no headline."""
    head = _WORD.findall(headline.rstrip(" .…").lower())
    if not head:
        return True
    opening = text[: len(headline) * 2 + 20].lower()
    first = _WORD.search(opening)
    if first is None or first.group() != head[0]:
        return False  # the common case, decided without reading the body's words
    body = _WORD.findall(opening)
    if body[: len(head)] == head:
        # One or two words are a headline of their own ("Welcome" over "Welcome to our coverage …")
        # unless cut short; a generated one repeats more.
        return len(head) > 2 or headline.rstrip().endswith(("…", "..."))
    # The last word may be cut mid-word: "The press confer…"
    return (
        len(head) > 2
        and len(body) >= len(head)
        and body[: len(head) - 1] == head[:-1]
        and body[len(head) - 1].startswith(head[-1])
    )


def _string(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, (str, int, float))), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if value is None or isinstance(value, (dict, list)):
        return None
    text = clean_space(str(value))
    return text or None


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [name for name in (_name(v) for v in value) if name]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        return _string(value.get("name"))
    return _string(value)


def read_jsonld(text: str, source: str, identity: str, *, fetched_at: str | None = None) -> RawDocument:
    """A JSON-LD document (a file or response holding a LiveBlogPosting) as a RawDocument."""
    data = load_json(text)
    if data is None:
        raise LiveblogError(source, "not valid JSON")
    info = from_objects(objects(data))
    if info is None:
        raise LiveblogError(source, "JSON without a schema.org LiveBlogPosting or article")
    raw = RawDocument(source=source, identity=identity, reader="jsonld", fetched_at=fetched_at)
    raw.title, raw.subtitle, raw.publisher, raw.language, raw.url = (
        info.title,
        info.description,
        info.publisher,
        info.language,
        info.url,
    )
    raw.date = info.published[:10] if info.published else None
    raw.kind = "liveblog" if info.is_liveblog else None
    raw.coverage_ended = info.coverage_ended(fetched_at)
    blocks: list[Block] = [Block(text=info.title, kind="title")] if info.title else []
    raw.blocks = blocks + info.updates
    return raw


# --- microdata -------------------------------------------------------------------------------------


def microdata_entries(blogs: list[HtmlElement]) -> list[MicroEntry]:
    """Entries marked ``itemprop="liveBlogUpdate"`` inside microdata LiveBlogPosting scopes, in page order."""
    entries: list[MicroEntry] = []
    for blog in blogs:
        for element in blog.iter():
            if not isinstance(element.tag, str) or "liveBlogUpdate" not in (element.get("itemprop") or "").split():
                continue
            props = _props(element)
            marker = props.get("datePublished")
            entries.append(
                MicroEntry(
                    element=element,
                    marker=marker if marker is not None and marker.tag != "meta" else None,
                    headline=_prop_text(props.get("headline")),
                    published=iso_datetime(_prop_value(props.get("datePublished"))),
                    updated=iso_datetime(_prop_value(props.get("dateModified"))),
                    author=_prop_text(props.get("author")),
                    url=_prop_value(props.get("url")),
                )
            )
    return entries


def _props(scope: HtmlElement) -> dict[str, HtmlElement]:
    """The first element of each itemprop directly in ``scope`` (not inside a nested itemscope)."""
    props: dict[str, HtmlElement] = {}

    def walk(element: HtmlElement) -> None:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            for name in (child.get("itemprop") or "").split():
                props.setdefault(name, child)
            if child.get("itemscope") is None:
                walk(child)

    walk(scope)
    return props


def _prop_value(element: HtmlElement | None) -> str | None:
    if element is None:
        return None
    for attribute in ("content", "datetime", "href", "src"):
        value = element.get(attribute)
        if value:
            return str(value).strip()
    return text_of(element) or None


def _prop_text(element: HtmlElement | None) -> str | None:
    if element is None:
        return None
    if element.get("itemscope") is not None:
        name = _props(element).get("name")
        if name is not None:
            return _prop_value(name)
    return _prop_value(element)


# --- merging with the visible page -----------------------------------------------------------------


def merge(visible: list[Block], updates: list[Block]) -> tuple[list[Block], int]:
    """The page's entries: visible ones and JSON-LD updates merged; returns (blocks, count from JSON-LD).

    Matched pairs keep the visible text and take what the visible entry
    lacks from JSON-LD (timestamp, id, url, author, a real headline). JSON-LD
    updates the page does not show (it renders only some) are added; visible
    entries JSON-LD lacks (it holds only the newest page) stay. When none of
    the updates matches a visible entry, the JSON-LD does not describe the
    page and only the visible entries count.
    """
    if not visible:
        return list(updates), len(updates)
    if not updates:
        return list(visible), 0
    used: set[int] = set()
    unmatched: list[Block] = []
    for update in updates:
        match = _match(update, visible, used)
        if match is None:
            unmatched.append(update)
            continue
        used.add(match)
        _fill(visible[match], update)
    extra: list[Block] = []
    for update, match in zip(unmatched, _same_instants(unmatched, visible, used), strict=True):
        if match is None:
            extra.append(update)
        else:
            used.add(match)
            _fill(visible[match], update)
    if not used:
        return list(visible), 0
    if not extra:
        return list(visible), 0
    keys = [instant for instant in map(_instant, (block.timestamp for block in visible)) if instant is not None]
    newest_first = sum(a > b for a, b in pairwise(keys)) > sum(a < b for a, b in pairwise(keys))
    blocks = list(visible)
    for update in sorted(extra, key=lambda block: _instant(block.timestamp) or _NO_TIME, reverse=newest_first):
        blocks.insert(_place(blocks, _instant(update.timestamp), newest_first), update)
    return blocks, len(extra)


_NO_TIME = datetime.min.replace(tzinfo=UTC)


def _place(blocks: list[Block], instant: datetime | None, newest_first: bool) -> int:
    """Where an update the page does not show goes: before the first block with a time on its far side
    (older for a newest-first page). Blocks without a time (day headings, posts that show only a clock
    time) stay where the page has them, so an update lands under its own day's heading."""
    if instant is None:
        return len(blocks)
    for index, block in enumerate(blocks):
        other = _instant(block.timestamp)
        if other is not None and (other < instant if newest_first else other > instant):
            return index
    return len(blocks)


def _instant(stamp: str | None) -> datetime | None:
    parsed = parse_iso(stamp)
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _norm(text: str | None) -> str:
    return " ".join(_WORD.findall((text or "").lower()))[:80]


def _match(update: Block, visible: list[Block], used: set[int]) -> int | None:
    text = _norm(update.text)
    instant = _instant(update.timestamp)
    for index, block in enumerate(visible):
        if index in used:
            continue
        if update.entry_id and block.entry_id and update.entry_id == block.entry_id:
            return index
        if update.url and block.url and update.url == block.url and "#" in update.url:
            return index
        if update.url and block.entry_id and _names_post(update.url, block.entry_id):
            return index
    for index, block in enumerate(visible):
        if index in used:
            continue
        other = _norm(block.text)
        # The same opening words; a short post may be all of the other's opening (a byline after it).
        shared = min(50, len(text), len(other))
        if shared >= _MIN_SHARED_OPENING and text[:shared] == other[:shared]:
            return index
        if (
            instant is not None
            and instant == _instant(block.timestamp)
            and (_norm(update.headline) == _norm(block.headline) and update.headline)
        ):
            return index
    return None


def _same_instants(updates: list[Block], visible: list[Block], used: set[int]) -> list[int | None]:
    """For updates that matched nothing by id, url or text: the one visible post left at the same
    instant, when each side has exactly one there. JSON-LD often rewrites a post (another headline,
    a summary for the body); the minute it was published stays."""
    shown = [None if index in used else _instant(block.timestamp) for index, block in enumerate(visible)]
    wanted = [_instant(block.timestamp) for block in updates]
    matches: list[int | None] = []
    for instant in wanted:
        match = None
        if instant is not None and wanted.count(instant) == 1 and shown.count(instant) == 1:
            match = shown.index(instant)
        matches.append(match)
    return matches


# Posts that share fewer opening characters than this are not known to be the same by their text.
_MIN_SHARED_OPENING = 20


def _names_post(url: str, entry_id: str) -> bool:
    """Whether a JSON-LD update's url points at a visible post by its id: ".../live/post-3", "...#post-3"."""
    address = url.rstrip("/")
    return address.endswith(("/" + entry_id, "#" + entry_id, "=" + entry_id))


def _fill(block: Block, update: Block) -> None:
    block.timestamp = block.timestamp or update.timestamp
    block.updated = block.updated or update.updated
    block.entry_id = block.entry_id or update.entry_id
    block.url = block.url or update.url
    block.author = block.author or update.author
    block.headline = block.headline or update.headline
