"""HTML pages -> RawDocument: live-blog entries found generically, or the page's main text.

How entries are found (no per-outlet code): every element that carries a time
(``<time>``, a ``datetime`` attribute, an ISO ``title``, or a small element
whose class or id speaks of time, timestamp, published or date) is a *time
marker*. Each marker's entry is the largest element around it that holds no
other marker; entries that are siblings form a group, and the group with the
most text is the live blog (groups in the same markup join it: a pinned post,
a second page). Markers inside page chrome, block quotes and embeds never
count, and a marker that says "updated" is an entry's update stamp, not an
entry. When markers stand alone in a flat list (``<h3>time</h3><p>…``), an
entry runs from its marker to the next.

Pages without entry structure yield their main text as paragraph and heading
blocks, page chrome dropped, for the text path to segment.

Speed: the tree is lxml's plain ``etree`` one; one Python pass over all
elements (:func:`_scan`) finds chrome and markers; an entry's text comes from
serialising it and splitting at block tags rather than from walking its
nodes in Python. ``benchmarks/html.py`` measures it against a bare parse.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlElement

from liveblog import lang
from liveblog.errors import LiveblogError
from liveblog.models import Block, RawDocument
from liveblog.sources import jsonld
from liveblog.sources.markup import (
    HEADING_TAGS,
    class_tokens,
    clean_space,
    detached_paragraphs,
    iso_datetime,
    paragraphs,
    parse_iso,
    strip_dropped,
    text_blocks,
    text_content,
    text_of,
    words,
)
from liveblog.timestamps import grammar

# Class/id words that make a small element a time marker.
TIME_WORDS = frozenset(
    {"time", "timestamp", "datetime", "published", "publish", "pubdate", "date", "dateline", "clock", "posted"}
)
# Class/id words of an update stamp (never a new entry).
UPDATE_WORDS = frozenset({"updated", "modified", "edited", "lastupdated", "update", "revised"})
# Class/id words of page chrome: navigation, promotion, related and most-read lists, consent boxes, comments.
CHROME_WORDS = frozenset(
    [
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "related",
        "recommended",
        "recommendations",
        "popular",
        "mostread",
        "mostviewed",
        "trending",
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "signup",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "comments",
        "comment",
        "share",
        "sharing",
        "social",
        "socials",
        "advert",
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "adslot",
        "sponsored",
        "promo",
        "promotion",
        "sidebar",
        "masthead",
        "paywall",
        "skip",
        "teaser",
        "teasers",
        "outbrain",
        "taboola",
        "toolbar",
    ]
)
# Two-word chrome names: "most read", "read more", "site header".
CHROME_PAIRS = (("most", "read"), ("most", "viewed"), ("read", "more"), ("more", "stories"), ("site", "header"))
AUTHOR_WORDS = frozenset({"author", "authors", "byline", "contributor", "contributors"})
HEADLINE_WORDS = frozenset({"headline", "title", "heading"})
PINNED_WORDS = frozenset({"pinned", "sticky", "pin"})
KEY_EVENT_WORDS = frozenset({"keyevent", "highlight", "highlighted", "important"})
SUMMARY_WORDS = frozenset({"summary", "recap"})
ENTRY_ID_ATTRIBUTES = ("data-post-id", "data-entry-id", "data-block-id", "data-id", "data-uuid", "data-post")
ENTRY_TIME_ATTRIBUTES = ("data-timestamp", "data-time", "data-datetime", "data-published", "data-sort-time")

CHROME_TAGS = frozenset({"nav", "aside", "form", "dialog", "noscript", "template"})
CHROME_ROLES = frozenset({"navigation", "complementary", "contentinfo", "search", "dialog", "banner", "alertdialog"})
NEVER_CHROME = frozenset({"html", "body", "main", "article"})
LEAD_WORDS = frozenset({"standfirst", "lead", "intro", "introduction"})
CLOSED_WORDS = frozenset({"closed", "ended", "finished", "archived"})
LIVE_WORDS = frozenset({"live", "liveblog", "blog", "ticker", "liveticker", "coverage", "stream", "direkte"})
DATETIME_TAGS = frozenset({"time", "span", "div", "p", "abbr", "a", "ins", "del", "small", "li"})
# Trait bits of a class or id string, computed once per distinct string.
_CHROME, _TIME, _LEAD, _CLOSED = 1, 2, 4, 8
_CLOCK_IN_TEXT = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_TEXT_TAGS = frozenset({"p", "li", "blockquote", "pre", "dd", "td"})
_CLOCK_OPENING = re.compile(r"^\s*(?:[^\W\d]{1,10}\.?\s{0,3})?\d{1,2}[:.]\d{2}(?![\d:.]\d)")
_DIGIT = re.compile(r"\d")
_MAX_MARKER_CHARS = 90


@dataclass
class _Entry:
    element: HtmlElement
    marker: HtmlElement | None  # None: an untimed post among the timed ones
    extra_markers: list[HtmlElement | None] = field(default_factory=list)  # more stamps of the same post
    flat_body: list[HtmlElement] = field(default_factory=list)
    flat: bool = False


def parse_html(text: str, source: str) -> HtmlElement:
    """Parse an HTML page with lxml (BeautifulSoup's lenient parser when lxml gives up).

    The plain ``lxml.etree`` tree is used rather than ``lxml.html``'s: the
    latter looks up a Python class for every element touched, which costs
    more than the parse itself on a large page.
    """
    # lxml refuses str input that still declares its encoding in an XML prolog.
    if text.startswith("<?xml"):
        text = text[text.find("?>") + 2 :]
    root = None
    try:
        root = etree.fromstring(text, etree.HTMLParser(remove_comments=True, remove_pis=True))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None or (root.find("body") is None and len(root) == 0):
        try:
            from bs4 import BeautifulSoup

            soup = BeautifulSoup(text, "html.parser")
            root = etree.fromstring(str(soup) or "<html></html>", etree.HTMLParser(remove_comments=True))
        except Exception as err:  # bs4 raises many kinds; the user needs one line
            raise LiveblogError(source, f"unreadable HTML ({err.__class__.__name__})") from None
        if root is None:
            raise LiveblogError(source, "no HTML elements in the page")
    return root


def read_html(
    text: str,
    source: str,
    identity: str,
    *,
    url: str | None = None,
    fetched_at: str | None = None,
) -> RawDocument:
    """Read an HTML page into a RawDocument.

    Entries come from the visible markup (reader ``html``), microdata
    (``microdata``) or JSON-LD LiveBlogPosting (``jsonld``), merged when the
    page holds more than one of them and they agree; a page without entry
    structure yields its main text as paragraph blocks (reader ``html``).
    """
    root = parse_html(text, source)
    return read_tree(root, source, identity, url=url, fetched_at=fetched_at)


def read_tree(
    root: HtmlElement,
    source: str,
    identity: str,
    *,
    url: str | None = None,
    fetched_at: str | None = None,
) -> RawDocument:
    """Read an already parsed page (see :func:`read_html`); the tree is consumed (taken apart)."""
    ld = jsonld.from_html(root)
    strip_dropped(root)  # scripts (JSON-LD read above), styles, media: never text
    scan = _scan(root)
    chrome = scan.chrome
    meta = _page_meta(root, url, chrome)
    base = meta.get("url") or url
    language = meta.get("language") or (ld.language if ld else None)
    table = lang.get(language) if language else None

    micro = jsonld.microdata_entries(scan.microdata)
    html_blocks: list[Block] = []
    reader = "html"
    if micro:
        html_blocks = [_entry_block(e, chrome, base, table, fetched_at) for e in micro]
        reader = "microdata"
    else:
        entries = _find_entries(root, scan)
        html_blocks = [_entry_block(e, chrome, base, table, fetched_at) for e in entries]
    html_blocks = _dedupe([block for block in html_blocks if block.text or block.headline])

    blocks: list[Block]
    if ld and ld.updates:
        blocks, from_ld = jsonld.merge(html_blocks, ld.updates)
        if from_ld > len(blocks) - from_ld:
            reader = "jsonld"
    else:
        blocks = html_blocks

    raw = RawDocument(source=source, identity=identity, reader=reader, url=base, fetched_at=fetched_at)
    raw.title = meta.get("title") or (ld.title if ld else None)
    raw.subtitle = meta.get("subtitle") or (ld.description if ld else None)
    raw.language = language
    raw.publisher = meta.get("publisher") or (ld.publisher if ld else None)
    raw.date = _date_part(meta.get("published") or (ld.published if ld else None))
    if ld and ld.is_liveblog:
        raw.kind = "liveblog"
    raw.coverage_ended = bool(ld and ld.coverage_ended(fetched_at)) or scan.closed

    out: list[Block] = []
    if raw.title:
        out.append(Block(text=raw.title, kind="title"))
    if blocks:
        out.extend(_lead(scan, raw.title))
        out.extend(blocks)
    else:
        raw.reader = "html"
        out.extend(main_text_blocks(root, chrome, raw.title))
    raw.blocks = out
    return raw


# --- page metadata -----------------------------------------------------------------------------


def _page_meta(root: HtmlElement, url: str | None, chrome: set[HtmlElement]) -> dict[str, str]:
    meta: dict[str, str] = {}
    props: dict[str, str] = {}
    for element in root.iterfind(".//meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        value = element.get("content")
        if key and value and key not in props:
            props[key] = value.strip()
    lang_attr = root.get("lang") or root.get("xml:lang") or props.get("og:locale") or props.get("language")
    if lang_attr:
        code = lang_attr.strip().lower().replace("_", "-").split("-")[0]
        meta["language"] = "no" if code in ("nb", "nn") else code
    # The first heading outside the chrome: a site's logo is often an <h1> in its header.
    h1 = next((h for h in root.iter("h1") if not _in(h, chrome)), None)
    title = text_of(h1) if h1 is not None else ""
    if not title:
        title = props.get("og:title") or props.get("twitter:title") or ""
    if not title:
        node = root.find(".//title")
        title = text_of(node) if node is not None else ""
    if title:
        meta["title"] = clean_space(title)
    description = props.get("og:description") or props.get("description") or props.get("twitter:description")
    if description:
        meta["subtitle"] = clean_space(description)
    if props.get("og:site_name"):
        meta["publisher"] = props["og:site_name"]
    canonical = root.find(".//link[@rel='canonical']")
    href = (canonical.get("href") if canonical is not None else None) or props.get("og:url")
    if href:
        meta["url"] = urljoin(url or "", href.strip())
    elif url:
        meta["url"] = url
    published = props.get("article:published_time") or props.get("datepublished") or props.get("date")
    if published:
        meta["published"] = published
    return meta


def _date_part(value: str | None) -> str | None:
    stamp = iso_datetime(value)
    return stamp[:10] if stamp else None


@lru_cache(maxsize=16384)
def _traits(raw: str) -> int:
    tokens = words(raw)
    bits = 0
    if tokens & CHROME_WORDS or any(a in tokens and b in tokens for a, b in CHROME_PAIRS):
        bits |= _CHROME
    if tokens & TIME_WORDS:
        bits |= _TIME
    if tokens & LEAD_WORDS:
        bits |= _LEAD
    if tokens & CLOSED_WORDS and tokens & LIVE_WORDS:
        bits |= _CLOSED
    return bits


@dataclass
class _Scan:
    """What one pass over the page finds: chrome, time-marker candidates, lead, a closed marker."""

    chrome: set[HtmlElement] = field(default_factory=set)
    markers: list[HtmlElement] = field(default_factory=list)
    lead: HtmlElement | None = None
    closed: bool = False
    microdata: list[HtmlElement] = field(default_factory=list)  # LiveBlogPosting itemscopes


def _scan(root: HtmlElement) -> _Scan:
    """One pass over every element (the hot path: keep it lean)."""
    scan = _Scan()
    chrome = scan.chrome
    markers = scan.markers
    for element in root.iter():
        tag = element.tag
        if type(tag) is not str:
            continue
        keys = element.keys()
        if not keys:  # most elements: <p>, <strong>, <li> without attributes
            if tag in CHROME_TAGS and tag not in NEVER_CHROME:
                chrome.add(element)
            elif tag == "time":
                markers.append(element)
            continue
        cls = element.get("class")
        ident = element.get("id")
        bits = (_traits(cls) if cls else 0) | (_traits(ident) if ident else 0)
        if (
            tag in CHROME_TAGS
            or bits & _CHROME
            or element.get("role") in CHROME_ROLES
            or element.get("aria-hidden") == "true"
        ):
            if tag not in NEVER_CHROME:
                chrome.add(element)
        elif "hidden" in keys:
            chrome.add(element)
        if (
            tag == "time"
            or bits & _TIME
            or (tag in DATETIME_TAGS and ("datetime" in keys or (tag == "abbr" and iso_datetime(element.get("title")))))
        ):
            markers.append(element)
        if bits & _LEAD and scan.lead is None:
            scan.lead = element
        if bits & _CLOSED:
            scan.closed = True
        if "itemtype" in keys and "LiveBlogPosting" in (element.get("itemtype") or ""):
            scan.microdata.append(element)
    return scan


def _in(element: HtmlElement, chosen: set[HtmlElement]) -> bool:
    if not chosen:
        return False
    node: HtmlElement | None = element
    while node is not None:
        if node in chosen:
            return True
        node = node.getparent()
    return False


def _in_embed(element: HtmlElement) -> bool:
    for ancestor in element.iterancestors("blockquote", "figure", "iframe", "q"):
        return ancestor is not None
    return False


# --- entries ---------------------------------------------------------------------------------------


def _is_update_marker(element: HtmlElement, tokens: frozenset[str], text: str | None = None) -> bool:
    """Whether a stamp says when its entry was updated: by its class words or an update label
    ("Updated", "Aktualisiert", "Oppdatert" from the language tables) just before it or opening it."""
    if tokens & UPDATE_WORDS:
        return True
    parent = element.getparent()
    previous = element.getprevious()
    before = (previous.tail if previous is not None else parent.text) if parent is not None else ""
    words = (before or "").strip().lower().rstrip(":")
    own = (text_content(element) if text is None else text).strip().lower()[:40]
    if not words and not own:
        return False
    return any((words and words.endswith(label)) or own.startswith(label + " ") for label in _UPDATE_LABELS)


_UPDATE_LABELS = tuple(
    sorted({label for table in lang.LANGUAGES.values() for label in table.clock.update_labels}, key=len, reverse=True)
)


def _marker_candidates(scan: _Scan) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """Time markers and update stamps in document order, outermost ones only."""
    primary: list[HtmlElement] = []
    updates: list[HtmlElement] = []
    chosen: set[HtmlElement] = set()
    chrome = scan.chrome
    for element in scan.markers:
        tag = element.tag
        if tag in ("html", "body", "head", "meta", "link", "script", "style"):
            continue
        tokens = class_tokens(element)
        if tag == "abbr" and iso_datetime(element.get("title")) is None:
            continue
        if tag != "time" and element.get("datetime") is None and tag != "abbr" and not tokens & TIME_WORDS:
            continue
        text = text_content(element)
        if len(text) > _MAX_MARKER_CHARS:
            continue
        if not _DIGIT.search(text) and not element.get("datetime") and tag != "abbr":
            continue
        if _in(element, chosen):  # an inner part of a marker already taken
            continue
        if _in(element, chrome) or _in_embed(element):
            continue
        chosen.add(element)
        (updates if _is_update_marker(element, tokens, text) else primary).append(element)
    return primary, updates


def _find_entries(root: HtmlElement, scan: _Scan) -> list[_Entry]:
    """The page's entries: from its time markers, else from repeated blocks that open with a clock time."""
    markers, _updates = _marker_candidates(scan)
    found = _entries_of(root, markers, scan.chrome) if len(markers) >= 2 else []
    if not found:
        # Times in the page's header or a most-read list are no live blog; plain clock times may be.
        openers = _clock_opening_markers(root, scan.chrome)
        found = _entries_of(root, openers, scan.chrome) if len(openers) >= 2 else []
    return found


def _entries_of(root: HtmlElement, markers: list[HtmlElement], chrome: set[HtmlElement]) -> list[_Entry]:
    counts: Counter[HtmlElement] = Counter()
    for marker in markers:
        counts[marker] += 1
        for ancestor in marker.iterancestors():
            counts[ancestor] += 1
    entries: list[_Entry] = []
    for marker in markers:
        element = marker
        for ancestor in marker.iterancestors():
            if counts[ancestor] != 1:
                break
            element = ancestor
        entries.append(_Entry(element=element, marker=marker))
    groups: dict[HtmlElement, list[_Entry]] = {}
    for entry in entries:
        parent = entry.element.getparent()
        if parent is not None:
            groups.setdefault(parent, []).append(entry)
    groups = _merge_split_markers(groups)
    if not any(len(members) >= 2 for members in groups.values()):
        return []
    members_of = {e.element for members in groups.values() for e in members}
    for members in groups.values():
        for entry in members:
            _make_flat(entry, members_of, chrome)
    # A group's text is its container's, less the markers' (one serialisation per group, not per entry).
    sizes = {
        parent: len(text_content(parent)) - sum(len(text_content(e.marker)) for e in members)
        for parent, members in groups.items()
    }
    main = max((parent for parent in groups if len(groups[parent]) >= 2), key=lambda parent: sizes[parent])
    main_members = groups[main]
    mean = sizes[main] / len(main_members)
    if mean < 20:
        return []  # a list of dated teasers, not a live blog
    if mean < 200 or len(main_members) < 5:
        # Few or short items: a live blog only when they hold a good part of the page's text.
        body = root.find("body")
        if sizes[main] < 0.25 * len(text_content(body if body is not None else root)):
            return []
    signature = _signature(main_members[0].element)
    chosen = [
        entry
        for parent, members in groups.items()
        for entry in members
        if parent is main or _signature(entry.element) == signature
    ]
    position: dict[HtmlElement, float] = {marker: index for index, marker in enumerate(markers)}
    if not any(entry.flat for entry in main_members):
        # Posts of the same kind without a time (a welcome note, an untimed update) stay, untimed.
        last = -0.5
        marker_of = {entry.element: entry.marker for entry in main_members}
        for child in main:
            if child in marker_of:
                marker = marker_of[child]
                last = position[marker] if marker is not None else last
            elif _signature(child) == signature and child not in chrome and text_content(child).strip():
                last += 0.001
                untimed = _Entry(element=child, marker=None)
                position[child] = last
                chosen.append(untimed)
    if len(groups) > 1 or len(chosen) > sum(len(m) for m in groups.values()):
        chosen.sort(key=lambda entry: position.get(entry.marker if entry.marker is not None else entry.element, 0))
    return chosen


def _merge_split_markers(groups: dict[HtmlElement, list[_Entry]]) -> dict[HtmlElement, list[_Entry]]:
    """Entries that carry two times (a clock in the header, a date in the footer) are one entry each.

    Two markers inside one post make the post's header and footer look like
    two entries of a group; when such groups are sibling posts of the same
    kind, each holding parts of different kinds, the posts are the entries
    and their first marker is the time.
    """
    split = [
        parent
        for parent, members in groups.items()
        if len(members) >= 2 and len({_signature(e.element) for e in members}) == len(members)
    ]
    if len(split) < 2:
        return groups
    by_container: dict[tuple[HtmlElement | None, tuple[str, frozenset[str]]], list[HtmlElement]] = {}
    for parent in split:
        by_container.setdefault((parent.getparent(), _signature(parent)), []).append(parent)
    (container, _), posts = max(by_container.items(), key=lambda item: len(item[1]))
    if container is None or len(posts) < 2:
        return groups
    merged = {parent: members for parent, members in groups.items() if parent not in posts}
    for post in posts:
        stamps = [e.marker for e in groups[post] if e.marker is not None]
        best = max(stamps, key=_clock_score)  # the clock time, not the date line
        merged.setdefault(container, []).append(
            _Entry(element=post, marker=best, extra_markers=[m for m in stamps if m is not best])
        )
    return merged


def _clock_score(marker: HtmlElement) -> int:
    """How surely a marker shows a clock time: a displayed "14:24" counts most, a datetime with a time next."""
    score = 2 if _CLOCK_IN_TEXT.search(text_content(marker)) else 0
    stamp = _stamp_of(marker)
    return score + (1 if stamp and "T" in stamp else 0)


def _clock_opening_markers(root: HtmlElement, chrome: set[HtmlElement]) -> list[HtmlElement]:
    """Markers for pages without time markup: repeated siblings whose text opens with a clock time.

    The first text-bearing element of each sibling that opens with a clock
    time becomes its marker.
    """
    groups: dict[tuple[HtmlElement, str, str], list[HtmlElement]] = {}
    body = root.find("body")
    for element in (body if body is not None else root).iter("div", "li", "article", "section"):
        parent = element.getparent()
        if parent is not None:
            groups.setdefault((parent, element.tag, element.get("class") or ""), []).append(element)
    best: list[HtmlElement] = []
    for members in groups.values():
        if len(members) < 3 or len(members) <= len(best):
            continue
        openers = []
        for member in members:
            first = _first_text_element(member)
            if first is not None and _CLOCK_OPENING.match(first.text or ""):
                openers.append(first)
        if len(openers) >= 0.8 * len(members) and not _in(members[0], chrome):
            best = openers
    return best


def _first_text_element(element: HtmlElement) -> HtmlElement | None:
    for node in element.iter():
        if isinstance(node.tag, str) and node.text and node.text.strip():
            if node is element:
                return None  # the clock time is the block's own text: no element to take it from
            return node if len(text_content(node)) <= _MAX_MARKER_CHARS else None
    return None


def _make_flat(entry: _Entry, members: set[HtmlElement], chrome: set[HtmlElement]) -> None:
    """An entry that is only its marker line takes the siblings up to the next entry as its body."""
    element = entry.element
    if element.tag in ("article", "li", "section") or element.find(".//p") is not None:
        return
    if element.find(".//div") is not None:
        return
    body: list[HtmlElement] = []
    sibling = element.getnext()
    while sibling is not None and sibling not in members:
        if isinstance(sibling.tag, str) and sibling not in chrome:
            body.append(sibling)
        sibling = sibling.getnext()
    if body:
        entry.flat = True
        entry.flat_body = body


def _signature(element: HtmlElement) -> tuple[str, frozenset[str]]:
    flags = PINNED_WORDS | KEY_EVENT_WORDS | SUMMARY_WORDS | {"key", "event", "is"}
    words = set(re.split(r"[^a-z0-9]+", (element.get("class") or "").lower()))
    return element.tag, frozenset(t for t in words if t and t not in flags and not t.isdigit())


def _entry_block(
    entry: _Entry | jsonld.MicroEntry,
    chrome: set[HtmlElement],
    base: str | None,
    table: lang.Language | None,
    fetched_at: str | None,
) -> Block:
    """Read one entry element into an entry Block with its hints."""
    element = entry.element
    marker = entry.marker
    skip_set: set[HtmlElement] = set()
    if marker is not None:
        skip_set.add(marker)
    if isinstance(entry, _Entry):
        skip_set.update(_label_holder(extra) for extra in entry.extra_markers if extra is not None)
    roots: list[HtmlElement] = [element, *entry.flat_body] if isinstance(entry, _Entry) else [element]
    own_id = element.get("id") or next((element.get(a) for a in ENTRY_ID_ATTRIBUTES if element.get(a)), None)
    own_link = f"#{own_id}" if own_id else None

    # One pass over the entry: update stamps, authors, flag badges, headline-like elements, self-links.
    updated = entry.updated if isinstance(entry, jsonld.MicroEntry) else None
    author = entry.author if isinstance(entry, jsonld.MicroEntry) else None
    flags: list[str] = _flags_of(element, marker)
    entry_id, url = _identity(element, marker, base)  # before the marker leaves the tree
    headline_element: HtmlElement | None = None
    seen_text = False  # body text before a heading makes it a subheading, not the headline
    inside_marker = set(marker.iter()) if marker is not None else set()
    for root in roots:
        for node in root.iter():
            tag = node.tag
            if type(tag) is not str or node in inside_marker:
                continue
            if node in chrome:
                skip_set.add(node)
                continue
            if not node.keys():  # most nodes: only their tag can matter
                if headline_element is None and not seen_text:
                    if tag in HEADING_TAGS:
                        if not _in_embed(node) and not _in(node, skip_set):
                            headline_element = node
                    elif tag in _TEXT_TAGS and not _in(node, skip_set) and text_content(node).strip():
                        seen_text = True
                if tag != "time":
                    continue
            cls = node.get("class")
            ident = node.get("id")
            if cls is None and ident is None:
                if tag == "time":
                    stamp = _stamp_of(node)
                    if updated is None and stamp and _is_update_marker(node, frozenset()) and not _in(node, skip_set):
                        updated = stamp
                        skip_set.add(_label_holder(node))
                elif tag == "a" and own_link and (node.get("href") or "").endswith(own_link):
                    parent = node.getparent()
                    if parent is not None and len(text_content(parent).strip()) <= len(text_content(node).strip()) + 2:
                        skip_set.add(node)  # a "copy link" / "share" button pointing at the entry itself
                elif node.get("rel") == "author" or node.get("itemprop") == "author":
                    author = _take_author(node, author, skip_set)
                elif headline_element is None and not seen_text:
                    if tag in HEADING_TAGS:
                        if not _in_embed(node) and not _in(node, skip_set):
                            headline_element = node
                    elif tag in _TEXT_TAGS and not _in(node, skip_set) and text_content(node).strip():
                        seen_text = True
                continue
            tokens = class_tokens(node)
            if node.get("rel") == "author" or node.get("itemprop") == "author":
                tokens = tokens | {"author"}
            if tokens & AUTHOR_WORDS and not _in_embed(node) and not _in(node, skip_set):
                before = len(skip_set)
                author = _take_author(node, author, skip_set)
                if len(skip_set) > before:
                    continue
            if (tokens & UPDATE_WORDS) and (tag == "time" or tokens & TIME_WORDS) and not _in(node, skip_set):
                updated = updated or _stamp_of(node)
                skip_set.add(_label_holder(node))
                continue
            badge = _flag_words(tokens)
            if badge and node is not element and len(text_content(node)) <= 40 and node.find(".//p") is None:
                flags.extend(f for f in badge if f not in flags)
                skip_set.add(node)
                continue
            if tag == "a" and own_link and (node.get("href") or "").endswith(own_link):
                parent = node.getparent()
                if parent is not None and len(text_content(parent).strip()) <= len(text_content(node).strip()) + 2:
                    skip_set.add(node)
                    continue
            if headline_element is None and not seen_text and node is not element:
                if tag in HEADING_TAGS or (tokens & HEADLINE_WORDS and len(text_content(node)) <= 300):
                    if not _in_embed(node) and not _in(node, skip_set):
                        headline_element = node
                elif tag in _TEXT_TAGS and not _in(node, skip_set) and text_content(node).strip():
                    seen_text = True

    headline = [text_of(headline_element, skip_set.__contains__)] if headline_element is not None else []
    if headline_element is not None:
        skip_set.add(headline_element)
    body = detached_paragraphs(roots, skip_set)
    text = "\n\n".join(body)
    headline_text = headline[0] if headline else None
    if isinstance(entry, jsonld.MicroEntry) and entry.headline:
        headline_text = entry.headline
    if headline_text and jsonld.echoes(headline_text, text):
        headline_text = None

    time_text = None
    timestamp = None
    if marker is not None:
        # A <time> inside the marker is the displayed time; the rest may repeat it or label it.
        shown = marker if marker.tag == "time" else next(marker.iter("time"), marker)
        time_text = text_of(shown) or None
        timestamp = _stamp_of(marker)
    if isinstance(entry, jsonld.MicroEntry):
        timestamp = entry.published or timestamp
    if timestamp is None:
        for attribute in ENTRY_TIME_ATTRIBUTES:
            timestamp = iso_datetime(element.get(attribute))
            if timestamp:
                break
    if timestamp is None and time_text and fetched_at:
        timestamp = resolve_relative(time_text, fetched_at, table)
    if time_text and marker is not None and timestamp and not _DIGIT.search(time_text):
        time_text = None

    if isinstance(entry, jsonld.MicroEntry) and entry.url:
        url = urljoin(base or "", entry.url)
    return Block(
        text=text,
        kind="entry",
        entry_id=entry_id,
        url=url,
        time_text=time_text,
        timestamp=timestamp,
        updated=updated,
        headline=headline_text,
        author=author,
        flags=flags,
    )


def _take_author(node: HtmlElement, author: str | None, skip_set: set[HtmlElement]) -> str | None:
    """Take a byline element's name (the first one found) and leave the element out of the body."""
    name = text_of(node)
    if len(name) > 120:
        return author  # not a byline but a block that mentions authors
    skip_set.add(node)
    return author or name or None


def _label_holder(stamp: HtmlElement) -> HtmlElement:
    """The stamp, or its parent when that holds nothing but a label and the stamp ("Updated at 13.30")."""
    parent = stamp.getparent()
    if parent is not None and len(text_content(parent)) <= len(text_content(stamp)) + 30 and len(parent) <= 2:
        return parent
    return stamp


def _stamp_of(marker: HtmlElement) -> str | None:
    for node in marker.iter():
        if not isinstance(node.tag, str):
            continue
        for attribute in ("datetime", "content", "data-datetime", "data-timestamp", "title"):
            stamp = iso_datetime(node.get(attribute))
            if stamp:
                return stamp
    return None


def _flag_words(tokens: frozenset[str] | set[str]) -> list[str]:
    flags = []
    if tokens & PINNED_WORDS:
        flags.append("pinned")
    if tokens & KEY_EVENT_WORDS or ("key" in tokens and tokens & {"event", "events", "point", "moment"}):
        flags.append("key-event")
    if tokens & SUMMARY_WORDS:
        flags.append("summary")
    return flags


def _flags_of(element: HtmlElement, marker: HtmlElement | None) -> list[str]:
    tokens = class_tokens(element)
    if marker is not None:
        for ancestor in marker.iterancestors():
            if ancestor is element:
                break
            if ancestor.get("class") and ancestor.find(".//p") is not None:
                tokens |= class_tokens(ancestor)
    parent = element.getparent()
    if parent is not None and parent.tag not in ("body", "main"):
        tokens |= class_tokens(parent)
    for key, value in element.attrib.items():
        if key.startswith("data-") and value.strip().lower() in ("true", "1", "yes"):
            tokens |= set(re.split(r"[^a-z]+", key[5:].lower()))
    return _flag_words(tokens)


def _identity(element: HtmlElement, marker: HtmlElement | None, base: str | None) -> tuple[str | None, str | None]:
    entry_id = element.get("id")
    if not entry_id:
        for attribute in ENTRY_ID_ATTRIBUTES:
            if element.get(attribute):
                entry_id = element.get(attribute)
                break
    if not entry_id and marker is not None:
        # A wrapper without an id (a list item) around the element that has one.
        for ancestor in marker.iterancestors():
            if ancestor is element:
                break
            if ancestor.get("id") and ancestor.tag in ("article", "section", "div", "li"):
                entry_id = ancestor.get("id")
    if not entry_id:
        # An empty anchor element just before the entry carries its id.
        previous = element.getprevious()
        if previous is not None and previous.get("id") and not text_content(previous).strip():
            entry_id = previous.get("id")
    url = None
    links = []
    if marker is not None:
        links = [marker] if marker.tag == "a" else list(marker.iter("a"))
        ancestor = marker.getparent()
        if not links and ancestor is not None and ancestor.tag == "a":
            links = [ancestor]
    for link in links or element.iter("a"):
        href = (link.get("href") or "").strip()
        if not href:
            continue
        fragment = href.partition("#")[2]
        if links or (entry_id and fragment == entry_id) or class_tokens(link) & {"permalink", "anchor"}:
            url = urljoin(base or "", href)
            if not entry_id and fragment:
                entry_id = fragment
            break
    if url is None and entry_id and base:
        url = f"{base.partition('#')[0]}#{entry_id}"
    return entry_id, url


def _dedupe(blocks: list[Block]) -> list[Block]:
    """Drop repeated entries (a pinned copy, a second rendering), merging their flags into the one kept."""
    kept: list[Block] = []
    by_key: dict[str, Block] = {}
    for block in blocks:
        keys = [f"id:{block.entry_id}"] if block.entry_id else []
        keys.append(f"text:{block.timestamp or block.time_text}:{block.headline}:{block.text[:200]}")
        first = next((by_key[key] for key in keys if key in by_key), None)
        if first is not None:
            if "pinned" in first.flags:
                # The pinned copy on top repeats an entry of the stream: keep the entry where it belongs.
                block.flags = [*first.flags, *(flag for flag in block.flags if flag not in first.flags)]
                kept.remove(first)
                kept.append(block)
                for key in keys:
                    by_key[key] = block
            else:
                first.flags.extend(flag for flag in block.flags if flag not in first.flags)
            continue
        for key in keys:
            by_key[key] = block
        kept.append(block)
    return kept


def resolve_relative(text: str, fetched_at: str, table: lang.Language | None = None) -> str | None:
    """An ISO timestamp for a relative stamp ("5 minutes ago", "vor 5 Minuten") seen at ``fetched_at``.

    The reading of the stamp is the time grammar's (``liveblog.timestamps``,
    built from the language tables); every language is tried when ``table``
    is None.
    """
    fetched = parse_iso(fetched_at)
    if fetched is None:
        return None
    for candidate in [table] if table is not None else list(lang.LANGUAGES.values()):
        seconds = grammar(candidate).relative(text)
        if seconds:
            return (fetched - timedelta(seconds=seconds)).replace(microsecond=0).isoformat()
    return None


# --- lead and main text ----------------------------------------------------------------------------


def _lead(scan: _Scan, title: str | None) -> list[Block]:
    """The standfirst of a live blog page: the first element whose class words say lead, standfirst or intro."""
    if scan.lead is None or _in(scan.lead, scan.chrome):
        return []
    return [Block(text=text) for text in paragraphs([scan.lead], scan.chrome.__contains__) if text != title]


def main_text_blocks(root: HtmlElement, chrome: set[HtmlElement], title: str | None = None) -> list[Block]:
    """The page's main text as heading and paragraph blocks, chrome and the page header dropped."""
    body = root.find("body")
    if body is None:
        body = root
    container = _main_container(body, chrome)
    skip_set = set(chrome)
    for element in container.iter("header", "footer"):
        # A page header holds the site's name and menus; an article's own header holds its title.
        if element.tag == "footer" or element.find(".//h1") is None:
            skip_set.add(element)
    pieces = text_blocks([container], skip_set.__contains__)
    blocks = [Block(text=text, kind="heading" if kind == "heading" else "paragraph") for kind, text in pieces]
    if blocks and title and blocks[0].text == title:
        blocks = blocks[1:]
    return blocks


def _main_container(body: HtmlElement, chrome: set[HtmlElement]) -> HtmlElement:
    """``<main>``/``<article>`` when the page has one, else the element holding most paragraph text."""
    for xpath in ("//main", "//*[@role='main']", "//article"):
        found = [e for e in body.xpath(xpath) if not _in(e, chrome)]
        if found:
            return max(found, key=lambda e: len(text_content(e)))
    scores: Counter[HtmlElement] = Counter()
    for paragraph in body.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] += len(text_content(paragraph))
    if not scores:
        return body
    return scores.most_common(1)[0][0]
