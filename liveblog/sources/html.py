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
elements (:func:`_scan`) finds chrome and markers, reading an element's
attribute names first and the words of a class or id string once per page
(as bits; ids that differ only in their numbers count as one); an entry's
own element comes from its neighbouring markers' common ancestors; an
entry's text is written out by lxml in one call with breaks marked in the
tree (see :func:`~liveblog.sources.markup.detached_paragraphs`).
``benchmarks/html.py`` measures it against a bare parse, stage by stage.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, timedelta, timezone
from functools import lru_cache
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlElement

from liveblog import lang
from liveblog.errors import LiveblogError
from liveblog.models import Block, RawDocument
from liveblog.sources import jsonld
from liveblog.sources.markup import (
    BREAKING_TAGS,
    HEADING_TAGS,
    class_tokens,
    clean_space,
    detached_paragraphs,
    flat_text,
    is_quote_caption,
    iso_datetime,
    paragraphs,
    parse_iso,
    split_words,
    strip_dropped,
    text_blocks,
    text_content,
    text_length,
    text_of,
)
from liveblog.timestamps import Grammar, grammar, zone_info

# Class/id words that make a small element a time marker.
# Class and id words are mostly English; German and Norwegian newsrooms' own CMSs name theirs in their
# language ("na-melding__klokke", "ticker__uhrzeit"), so those words stand beside the English ones.
TIME_WORDS = frozenset(
    {"time", "timestamp", "ts", "datetime", "published", "publish", "pubdate", "date", "dateline", "clock", "posted"}
    | {"uhrzeit", "zeit", "datum", "klokke", "klokkeslett", "tidspunkt", "dato", "publisert"}
)
# Class/id words of an update stamp (never a new entry).
UPDATE_WORDS = frozenset(
    {"updated", "modified", "edited", "lastupdated", "update", "revised"}
    | {"aktualisiert", "bearbeitet", "oppdatert", "endret", "redigert"}
)
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
        # German and Norwegian newsrooms name their comment sections in their language.
        "kommentar",
        "kommentare",
        "kommentarer",
        # An article's list of topic links ("Topics: Wind power, Tollmere Bay") and its footer (author box,
        # related links).
        "tags",
        "topics",
        "footer",
        # An article's reading time ("4 Min.", "Lesetid 3 min"): how long, not what it says.
        "readtime",
        "readingtime",
        "lesezeit",
        "lesedauer",
        "lesetid",
    ]
)
# Two-word chrome names: "most read", "read more", "site header".
CHROME_PAIRS = (
    ("most", "read"),
    ("most", "viewed"),
    ("read", "more"),
    ("more", "stories"),
    ("site", "header"),
    ("read", "time"),
    ("reading", "time"),
    # Text for screen readers only ("visually-hidden", "sr-only"): a label such as "Posted at", not seen.
    ("visually", "hidden"),
    ("sr", "only"),
    ("screen", "reader"),
)
AUTHOR_WORDS = frozenset(
    {"author", "authors", "byline", "bylines", "contributor", "contributors", "publisher", "autor", "forfatter"}
)
HEADLINE_WORDS = frozenset({"headline", "title", "heading", "titel", "tittel", "overskrift"})
PINNED_WORDS = frozenset({"pinned", "sticky", "pin"})
KEY_EVENT_WORDS = frozenset({"keyevent", "highlight", "highlighted", "important", "breaking", "wichtig", "viktig"})
SUMMARY_WORDS = frozenset({"summary", "recap"})
# Class words of a short badge in an entry's header ("Wichtig", "SISTE", "Breaking"): not body text.
BADGE_WORDS = frozenset({"label", "badge", "kicker", "pill", "flag"})
# Class words of what a post carries beside its text: a photo's credit, a poll, a video player or its
# placeholder. Left out of the post's text, unless they are all the post has (a post that is a poll);
# so is a photo's caption (<figcaption>), whatever its class.
SIDE_WORDS = frozenset(
    {"credit", "credits", "copyright", "photographer", "kreditt", "fotograf", "bildnachweis"}
    | {"poll", "polls", "survey", "quiz", "umfrage", "abstimmung", "avstemning", "video", "player", "youtube"}
)
ENTRY_ID_ATTRIBUTES = ("data-post-id", "data-entry-id", "data-block-id", "data-id", "data-uuid", "data-post")
ENTRY_TIME_ATTRIBUTES = ("data-timestamp", "data-time", "data-datetime", "data-published", "data-sort-time")

CHROME_TAGS = frozenset({"nav", "aside", "form", "dialog", "noscript", "template"})
CHROME_ROLES = frozenset({"navigation", "complementary", "contentinfo", "search", "dialog", "banner", "alertdialog"})
# A block quote is content whatever its class says ("social-embed": an embedded post, not share buttons).
NEVER_CHROME = frozenset({"html", "body", "main", "article", "blockquote"})
LEAD_WORDS = frozenset({"standfirst", "lead", "intro", "introduction"})
CLOSED_WORDS = frozenset({"closed", "ended", "finished", "archived"})
LIVE_WORDS = frozenset({"live", "liveblog", "blog", "ticker", "liveticker", "coverage", "stream", "direkte"})
DATETIME_TAGS = frozenset({"time", "span", "div", "p", "abbr", "a", "ins", "del", "small", "li"})
KEY_PARTS = frozenset({"event", "events", "point", "moment"})  # "key" with one of these: a key event
# What the words of a class or id string say, as bits, computed once per distinct string of a page.
_CHROME, _TIME, _LEAD, _CLOSED, _AUTHOR, _UPDATE, _HEADLINE = 1, 2, 4, 8, 16, 32, 64
_PINNED, _KEY_EVENT, _KEY, _KEY_PART, _SUMMARY, _BADGE, _SIDE = 128, 256, 512, 1024, 2048, 4096, 8192
_FLAGS = _PINNED | _KEY_EVENT | _KEY | _SUMMARY
# Attributes besides class and id that make the page scan look closer at an element.
_RARE_KEYS = frozenset({"role", "aria-hidden", "hidden", "datetime", "title", "itemtype"})
_CLOCK_IN_TEXT = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_TEXT_TAGS = frozenset({"p", "li", "blockquote", "pre", "dd", "td"})
_CLOCK_OPENING = re.compile(r"^\s*(?:[^\W\d]{1,10}\.?\s{0,3})?\d{1,2}[:.]\d{2}(?![\d:.]\d)")
_DIGIT = re.compile(r"\d")
_MAX_MARKER_CHARS = 90
_MAX_SIDE_CHARS = 400  # a poll or a credit is short; a "video" box holding a whole post is no side box


@dataclass
class _Entry:
    element: HtmlElement
    marker: HtmlElement | None  # None: an untimed post among the timed ones
    extra_markers: list[HtmlElement | None] = field(default_factory=list)  # more stamps of the same post
    flat_body: list[HtmlElement] = field(default_factory=list)
    flat: bool = False
    day_heading: str | None = None  # the text of a day heading between posts: then this stands for the heading


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
    meta = _page_meta(root, scan.head, url, chrome)
    base = meta.get("url") or url
    language = meta.get("language") or (ld.language if ld else None)
    table = lang.get(language) if language else None

    micro = jsonld.microdata_entries(scan.microdata)
    if micro:
        _shown_micro_times(micro, scan)
    html_blocks: list[Block] = []
    reader = "html"
    first_post: HtmlElement | None = None
    if micro:
        html_blocks = [_entry_block(e, scan, base, table, fetched_at) for e in micro]
        reader = "microdata"
    else:
        entries = _find_entries(root, scan)
        first_post = entries[0].element if entries else None
        html_blocks = [
            Block(text=e.day_heading, kind="heading")
            if e.day_heading
            else _entry_block(e, scan, base, table, fetched_at)
            for e in entries
        ]
    html_blocks = _dedupe([block for block in html_blocks if block.text or block.headline])
    undated = any(block.kind == "entry" and not block.timestamp for block in html_blocks)
    if not undated:
        # Day headings date posts that show only a clock time (see liveblog.segment); other posts have their own.
        html_blocks = [block for block in html_blocks if block.kind == "entry"]

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
    published = meta.get("published") or (ld.published if ld else None)
    raw.date = _date_part(published)
    raw.zone = _offset_part(published)
    if raw.zone:
        for block in blocks:
            if block.timestamp and not (block.time_text and _CLOCK_IN_TEXT.search(block.time_text)):
                # A UTC time from an attribute (epoch seconds) with no clock shown: in the page's own zone.
                block.timestamp = _in_zone(block.timestamp, raw.zone)
    shown_dateline = None
    if raw.date is None and undated and first_post is not None:
        shown_dateline = _shown_dateline(root, first_post, chrome, table)
    if ld and ld.is_liveblog:
        raw.kind = "liveblog"
    raw.coverage_ended = bool(ld and ld.coverage_ended(fetched_at)) or scan.closed

    standfirst = _lead(scan, raw.title)
    if standfirst:
        raw.subtitle = standfirst  # what the page shows under its title, before any description in its meta
    out: list[Block] = []
    if raw.title:
        out.append(Block(text=raw.title, kind="title"))
    if blocks:
        if shown_dateline:
            out.append(Block(text=shown_dateline))  # the segmenter reads it as the text path's datelines
        out.extend(blocks)
    else:
        raw.reader = "html"
        out.extend(main_text_blocks(root, chrome, raw.title, _article_furniture(root, scan)))
    if not out:
        raise LiveblogError(source, "no text in the page (only scripts, styles, media or page chrome)")
    raw.blocks = out
    return raw


def _shown_micro_times(entries: list[jsonld.MicroEntry], scan: _Scan) -> None:
    """A microdata post whose datePublished hides in a ``<meta>`` shows its time in a marker of its own
    ("<span class="entry__time">19:05 Uhr</span>"): that is its displayed time, not its text."""
    candidates = set(scan.markers)
    for entry in entries:
        if entry.marker is None:
            entry.marker = next((node for node in entry.element.iter() if node in candidates), None)


# --- page metadata -----------------------------------------------------------------------------


def _page_meta(root: HtmlElement, head: list[HtmlElement], url: str | None, chrome: set[HtmlElement]) -> dict[str, str]:
    """Language, title, description, publisher, canonical URL and date of publication of a page, from its
    ``head`` elements (``<meta>``, ``<link>``, ``<title>``, ``<h1>`` in page order, as the scan found them)."""
    meta: dict[str, str] = {}
    props: dict[str, str] = {}
    headings: list[HtmlElement] = []
    title_element: HtmlElement | None = None
    canonical: HtmlElement | None = None
    for element in head:
        if element is root:
            continue
        tag = element.tag
        if tag == "meta":
            key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
            value = element.get("content")
            if key and value and key not in props:
                props[key] = value.strip()
        elif tag == "h1":
            headings.append(element)
        elif tag == "title":
            title_element = element if title_element is None else title_element
        elif canonical is None and element.get("rel") == "canonical":
            canonical = element
    lang_attr = root.get("lang") or root.get("xml:lang") or props.get("og:locale") or props.get("language")
    if lang_attr:
        code = lang_attr.strip().lower().replace("_", "-").split("-")[0]
        meta["language"] = "no" if code in ("nb", "nn") else code
    # The first heading outside the chrome: a site's logo is often an <h1> in its header.
    h1 = next((h for h in headings if not _in(h, chrome)), None)
    title = text_of(h1) if h1 is not None else ""
    if not title:
        title = props.get("og:title") or props.get("twitter:title") or ""
    if not title:
        title = text_of(title_element) if title_element is not None else ""
    if title:
        meta["title"] = clean_space(title)
    description = props.get("og:description") or props.get("description") or props.get("twitter:description")
    if description:
        meta["subtitle"] = clean_space(description)
    if props.get("og:site_name"):
        meta["publisher"] = props["og:site_name"]
    href = (canonical.get("href") if canonical is not None else None) or props.get("og:url")
    if href:
        meta["url"] = urljoin(url or "", href.strip())
    elif url:
        meta["url"] = url
    published = props.get("article:published_time") or props.get("datepublished") or props.get("date")
    if published:
        meta["published"] = published
    return meta


def _shown_dateline(
    root: HtmlElement, first_post: HtmlElement, chrome: set[HtmlElement], table: lang.Language | None
) -> str | None:
    """The dateline a page shows above its posts ("Publisert: 13.11.2026 19:58", "Stand: 14.11.2026",
    "By X · Thursday 7 May 2026"), found by the time grammar among the short text elements before the
    first post, without the words after its date ("· Redaktion Südwest Echo")."""
    gram = grammar(table or lang.get(None))
    body = root.find("body")
    for element in (body if body is not None else root).iter(etree.Element):
        if element is first_post:
            break
        if element.tag not in _TEXT_TAGS and element.tag not in DATETIME_TAGS and element.tag != "header":
            continue
        if next(element.iterchildren("p", "div", "li", "ul", "section", "article"), None) is not None:
            continue  # a box of other elements: its own small elements are read instead
        shown = flat_text(element)
        if not shown or len(shown) > 160 or _in(element, chrome):
            continue
        dateline = gram.dateline(shown)
        if dateline is not None and dateline.date is not None and dateline.date.full() is not None:
            return shown[: len(shown) - len(dateline.rest)].rstrip(" ·|,;–-") if dateline.rest else shown
    return None


def _in_zone(timestamp: str, offset: str) -> str:
    """A UTC timestamp written at ``offset`` ("+01:00"); one with an offset of its own stays."""
    moment = parse_iso(timestamp)
    zone = zone_info(offset)
    if moment is None or moment.utcoffset() != timedelta(0) or zone is None:
        return timestamp
    return moment.astimezone(zone).isoformat()


def _offset_part(value: str | None) -> str | None:
    """The UTC offset of an ISO time ("+02:00"); None for none and for UTC, which says nothing of
    the zone the page shows its times in."""
    moment = parse_iso(iso_datetime(value))
    offset = moment.utcoffset() if moment is not None else None
    if not offset:
        return None
    minutes = int(offset.total_seconds()) // 60
    return f"{'+' if minutes > 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _date_part(value: str | None) -> str | None:
    stamp = iso_datetime(value)
    return stamp[:10] if stamp else None


def _bits_of(tokens: frozenset[str] | set[str]) -> int:
    """What the words of one class or id string say, as bits (see ``_CHROME`` and the rest)."""
    bits = 0
    if tokens & CHROME_WORDS or any(a in tokens and b in tokens for a, b in CHROME_PAIRS):
        bits |= _CHROME
    if tokens & TIME_WORDS:
        bits |= _TIME
    if tokens & LEAD_WORDS:
        bits |= _LEAD
    if tokens & CLOSED_WORDS and tokens & LIVE_WORDS:
        bits |= _CLOSED
    if tokens & AUTHOR_WORDS:
        bits |= _AUTHOR
    if tokens & UPDATE_WORDS:
        bits |= _UPDATE
    if tokens & HEADLINE_WORDS:
        bits |= _HEADLINE
    if tokens & PINNED_WORDS:
        bits |= _PINNED
    if tokens & KEY_EVENT_WORDS:
        bits |= _KEY_EVENT
    if "key" in tokens:
        bits |= _KEY
    if tokens & KEY_PARTS:
        bits |= _KEY_PART
    if tokens & SUMMARY_WORDS:
        bits |= _SUMMARY
    if tokens & BADGE_WORDS:
        bits |= _BADGE
    if tokens & SIDE_WORDS:
        bits |= _SIDE
    return bits


class _Words:
    """Bits per class or id string, computed once per distinct string of the page (pages repeat them)."""

    __slots__ = ("cache", "shapes")

    def __init__(self) -> None:
        self.cache: dict[str, int] = {}
        # By the string with every digit a 0: ids that differ only in their numbers ("block-000123") say
        # the same, since no word with a digit means anything here.
        self.shapes: dict[str, int] = {}

    def of(self, raw: str) -> int:
        """The bits of one class or id string."""
        bits = self.cache.get(raw)
        if bits is None:
            shape = raw.translate(_DIGITS_AS_ZERO)
            bits = self.shapes.get(shape)
            if bits is None:
                bits = self.shapes[shape] = _bits_of(split_words(shape))
            self.cache[raw] = bits
        return bits


_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")
# _Words reads a string with its digits as zeros: that holds only while no word that matters has a digit.
_MEANINGFUL_WORDS = frozenset().union(
    CHROME_WORDS,
    TIME_WORDS,
    LEAD_WORDS,
    CLOSED_WORDS,
    LIVE_WORDS,
    AUTHOR_WORDS,
    UPDATE_WORDS,
    HEADLINE_WORDS,
    PINNED_WORDS,
    KEY_EVENT_WORDS,
    KEY_PARTS,
    SUMMARY_WORDS,
    BADGE_WORDS,
    SIDE_WORDS,
    *CHROME_PAIRS,
    {"key"},
)
assert not any(character.isdigit() for word in _MEANINGFUL_WORDS for character in word)


def _flags_from_bits(bits: int) -> list[str]:
    """The flag names that the flag bits of class words (and data attributes) stand for."""
    flags = []
    if bits & _PINNED:
        flags.append("pinned")
    if bits & _KEY_EVENT or (bits & _KEY and bits & _KEY_PART):
        flags.append("key-event")
    if bits & _SUMMARY:
        flags.append("summary")
    return flags


@dataclass
class _Scan:
    """What one pass over the page finds: chrome, time-marker candidates, lead, a closed marker."""

    chrome: set[HtmlElement] = field(default_factory=set)
    markers: list[HtmlElement] = field(default_factory=list)
    head: list[HtmlElement] = field(default_factory=list)  # <meta>, <link>, <title>, <h1>: see _page_meta
    lead: HtmlElement | None = None
    closed: bool = False
    microdata: list[HtmlElement] = field(default_factory=list)  # LiveBlogPosting itemscopes
    words: _Words = field(default_factory=_Words)
    # The class and id words' bits of every element that has any: what later steps ask again and again.
    bits: dict[HtmlElement, int] = field(default_factory=dict)
    marker_texts: dict[HtmlElement, str] = field(default_factory=dict)  # read once when markers are chosen
    embedded: dict[HtmlElement, bool] = field(default_factory=dict)  # see _Scope.in_embed


def _scan(root: HtmlElement) -> _Scan:
    """One pass over every element (the hot path: keep it lean).

    An element's attribute names (one cheap call) decide what else is read:
    most elements have no class or id and need no more than their tag.
    """
    scan = _Scan()
    add_chrome = scan.chrome.add
    add_marker = scan.markers.append
    add_head = scan.head.append
    cache = scan.words.cache
    of = scan.words.of
    bits_of = scan.bits
    for element in root.iter(etree.Element):  # elements only: no comments or processing instructions
        tag = element.tag
        keys = element.keys()
        if not keys:  # most elements: <p>, <strong>, <li> without attributes
            if tag in _TAGS_TO_NOTE:
                _note_tag(element, tag, scan)
            continue
        bits = 0
        if "class" in keys:
            cls = element.get("class")
            if cls:
                known = cache.get(cls)
                bits = of(cls) if known is None else known
        if "id" in keys:
            ident = element.get("id")
            if ident:
                known = cache.get(ident)
                bits |= of(ident) if known is None else known
        if bits:
            bits_of[element] = bits
        elif _RARE_KEYS.isdisjoint(keys):  # most of the rest: a link, an unremarkable class
            if tag in _TAGS_TO_NOTE:
                _note_tag(element, tag, scan)
            continue
        if tag in _PAGE_META_TAGS:
            add_head(element)
        if (
            tag in CHROME_TAGS
            or bits & _CHROME
            or ("role" in keys and element.get("role") in CHROME_ROLES)
            or ("aria-hidden" in keys and element.get("aria-hidden") == "true")
        ):
            if tag not in NEVER_CHROME:
                add_chrome(element)
        elif "hidden" in keys:
            add_chrome(element)
        if (
            tag == "time"
            or bits & _TIME
            or (tag in DATETIME_TAGS and ("datetime" in keys or (tag == "abbr" and iso_datetime(element.get("title")))))
        ):
            add_marker(element)
        if bits & _LEAD and scan.lead is None:
            scan.lead = element
        if bits & _CLOSED:
            scan.closed = True
        if "itemtype" in keys and "LiveBlogPosting" in (element.get("itemtype") or ""):
            scan.microdata.append(element)
    return scan


# Tags that matter to the page scan even without attributes (see _note_tag).
_PAGE_META_TAGS = frozenset({"meta", "link", "title", "h1"})
_TAGS_TO_NOTE = CHROME_TAGS | _PAGE_META_TAGS | {"time"}


def _note_tag(element: HtmlElement, tag: str, scan: _Scan) -> None:
    """What an element without telling attributes is to the page scan: chrome, a time marker, or an
    element the page's metadata is read from."""
    if tag in CHROME_TAGS:
        scan.chrome.add(element)
    elif tag == "time":
        scan.markers.append(element)
    else:
        scan.head.append(element)


def _in(element: HtmlElement, chosen: set[HtmlElement]) -> bool:
    if not chosen:
        return False
    node: HtmlElement | None = element
    while node is not None:
        if node in chosen:
            return True
        node = node.getparent()
    return False


_EMBED_TAGS = frozenset({"blockquote", "figure", "iframe", "q"})


def _in_embed(element: HtmlElement) -> bool:
    for ancestor in element.iterancestors(*_EMBED_TAGS):
        return ancestor is not None
    return False


# --- entries ---------------------------------------------------------------------------------------


def _is_update_marker(element: HtmlElement, by_class: bool, text: str | None = None) -> bool:
    """Whether a stamp says when its entry was updated: by its class words (``by_class``) or an update
    label ("Updated", "Aktualisiert", "Oppdatert" from the language tables) just before it or opening it."""
    if by_class:
        return True
    parent = element.getparent()
    previous = element.getprevious()
    before = (previous.tail if previous is not None else parent.text) if parent is not None else ""
    words = (before or "").strip().lower().rstrip(":")
    own = (text_content(element) if text is None else text).strip().lower()[:40]
    if not words and not own:
        return False
    return bool(words and words.endswith(_UPDATE_LABELS)) or own.startswith(_UPDATE_OPENERS)


_UPDATE_LABELS = tuple(
    sorted({label for table in lang.LANGUAGES.values() for label in table.clock.update_labels}, key=len, reverse=True)
)
_UPDATE_OPENERS = tuple(label + " " for label in _UPDATE_LABELS)


def _marker_candidates(scan: _Scan) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """Time markers and update stamps in document order, outermost ones only."""
    primary: list[HtmlElement] = []
    updates: list[HtmlElement] = []
    chosen: set[HtmlElement] = set()
    chrome = scan.chrome
    # Ancestors already seen to be outside chrome, embeds and taken markers. Markers come in document
    # order, so a marker taken later is never an ancestor of an element checked before it.
    clear: set[HtmlElement] = set()
    for element in scan.markers:
        tag = element.tag
        if tag in ("html", "body", "head", "meta", "link", "script", "style"):
            continue
        bits = scan.bits.get(element, 0)
        if tag == "abbr" and iso_datetime(element.get("title")) is None:
            continue
        if tag != "time" and element.get("datetime") is None and tag != "abbr" and not bits & _TIME:
            continue
        # Inside a marker already taken, chrome, or a block quote or embed: not an entry's time. Asked before
        # the text is read: the <time> inside a taken stamp box is common, and its text is not needed.
        if element in chosen or element in chrome:
            continue
        path: list[HtmlElement] = []
        node = element.getparent()
        blocked = False
        while node is not None and node not in clear:
            if node in chosen or node in chrome or node.tag in _EMBED_TAGS:
                blocked = True
                break
            path.append(node)
            node = node.getparent()
        if blocked:
            continue
        text = scan.marker_texts[element] = text_content(element)
        if len(text) > _MAX_MARKER_CHARS or _inside_sentence(element):
            continue
        if not _DIGIT.search(text) and not element.get("datetime") and tag != "abbr":
            continue
        clear.update(path)
        chosen.add(element)
        (updates if _is_update_marker(element, bool(bits & _UPDATE), text) else primary).append(element)
    return primary, updates


def _inside_sentence(element: HtmlElement) -> bool:
    """Whether a time stands inside a sentence of a paragraph ("ended on <time>Tuesday</time> after members
    voted"): words before it and after it. A post's time opens its paragraph or closes a byline ("Jane
    Doe, <time>14:24</time>")."""
    paragraph = element.getparent()
    if paragraph is None or paragraph.tag not in ("p", "li"):
        return False
    before = paragraph.text or ""
    for sibling in element.itersiblings(preceding=True):
        before += text_content(sibling) + (sibling.tail or "")
        if len(before) > _SENTENCE_SIDE_CHARS:
            break
    after = element.tail or ""
    for sibling in element.itersiblings():
        after += text_content(sibling) + (sibling.tail or "")
        if len(after) > _SENTENCE_SIDE_CHARS:
            break
    return len(_LETTER_WORD.findall(before)) >= 2 and len(_LETTER_WORD.findall(after)) >= 3


_SENTENCE_SIDE_CHARS = 80  # enough of a paragraph around a time to tell a sentence
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def _find_entries(root: HtmlElement, scan: _Scan) -> list[_Entry]:
    """The page's entries: from its time markers, else from repeated blocks that open with a clock time."""
    markers, updates = _marker_candidates(scan)
    if len(markers) < 2 <= len(updates):
        markers = updates  # every stamp says "update" ("update__time" of posts called updates): they are the times
    markers = _join_stamp_parts(markers)
    found = _entries_of(root, markers, scan.chrome, scan.marker_texts) if len(markers) >= 2 else []
    if not found:
        # Times in the page's header or a most-read list are no live blog; plain clock times may be.
        openers = _clock_opening_markers(root, scan.chrome)
        found = _entries_of(root, openers, scan.chrome) if len(openers) >= 2 else []
    if not found:
        found = _self_stamped_entries(root, scan.chrome)
    return found


def _join_stamp_parts(markers: list[HtmlElement]) -> list[HtmlElement]:
    """A time and a date shown side by side in one small box (``<time>12:40</time><span
    class="date">26.11.2025</span>``) are one stamp: the box, not two entries."""
    joined: list[HtmlElement] = []
    start = 0
    while start < len(markers):
        parent = markers[start].getparent()
        end = start + 1
        while end < len(markers) and markers[end].getparent() is parent:
            end += 1
        run = markers[start:end]
        # The box holds nothing but the parts (and a separator): not a post with its text.
        if len(run) >= 2 and parent is not None and text_length(parent) <= sum(map(text_length, run)) + 5:
            joined.append(parent)
        else:
            joined.extend(run)
        start = end
    return joined


_POST_TAGS = ("article", "div", "li", "section")


def _self_stamped_entries(root: HtmlElement, chrome: set[HtmlElement]) -> list[_Entry]:
    """Repeated sibling posts that carry their time only in an attribute of their own
    (``<li class="post" data-time="1738580000">``: a live-blog embed whose script writes the
    time out), as entries whose timestamp :func:`_entry_block` reads from that attribute. A
    relative stamp the post shows ("for 40 minutter siden", "2 hours ago") is its displayed time."""
    body = root.find("body")
    groups: dict[tuple[HtmlElement, tuple[str, frozenset[str]]], list[HtmlElement]] = {}
    for element in (body if body is not None else root).iter(*_POST_TAGS):
        if not element.keys() or _own_time(element) is None:
            continue
        parent = element.getparent()
        if parent is not None:
            groups.setdefault((parent, _signature(element)), []).append(element)
    posts = max(groups.values(), key=len, default=[])
    if len(posts) < 2 or _in(posts[0], chrome):
        return []
    text = sum(text_length(post) for post in posts)
    whole = text_length(body if body is not None else root)
    if text < 20 * len(posts) or text < 0.25 * whole:
        return []  # dated teasers, not a live blog
    return [_Entry(element=post, marker=_shown_relative_stamp(post)) for post in posts]


def _shown_relative_stamp(post: HtmlElement) -> HtmlElement | None:
    """An element of the post's header (before its first paragraph or heading) that says nothing but
    a relative stamp ("vor 5 Minuten", "for 6 timer siden" after a "Pinned" label)."""
    for node in post.iterdescendants(etree.Element):
        if node.tag in _TEXT_TAGS or node.tag in HEADING_TAGS:
            return None
        if not (node.text or "").strip() or len(node) or text_length(node) > 40:
            continue
        shown = " ".join(node.text.split())
        if any(grammar(table).relative(shown) for table in lang.LANGUAGES.values()):
            return node
    return None


def _entries_of(
    root: HtmlElement,
    markers: list[HtmlElement],
    chrome: set[HtmlElement],
    marker_texts: dict[HtmlElement, str] | None = None,
) -> list[_Entry]:
    entries = [_Entry(element=element, marker=marker) for marker, element in zip(markers, _own_elements(markers))]
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
    # A group's text is its container's, less the markers'.
    known = marker_texts or {}
    marker_chars = {
        parent: sum(len(known.get(e.marker) or text_content(e.marker)) for e in members)
        for parent, members in groups.items()
        if len(members) >= 2
    }
    if len(marker_chars) == 1:
        main = next(iter(marker_chars))
    else:
        main = max(marker_chars, key=lambda parent: text_length(parent) - marker_chars[parent])
    main_members = groups[main]
    # Whether the mean text of a post reaches 20 and 200 characters, counted only as far as needed: the
    # group of a large live blog holds most of the page's text.
    if not _text_reaches(main, 20 * len(main_members) + marker_chars[main]):
        return []  # a list of dated teasers, not a live blog
    if len(main_members) < 5 or not _text_reaches(main, 200 * len(main_members) + marker_chars[main]):
        # Few or short items: a live blog only when they hold a good part of the page's text.
        body = root.find("body")
        if text_length(main) - marker_chars[main] < 0.25 * text_length(body if body is not None else root):
            return []
    # The kind of post most of the group is (a date heading may stand first among the posts).
    signature = Counter(_signature(entry.element) for entry in main_members).most_common(1)[0][0]
    chosen = []
    for parent, members in groups.items():
        for entry in members:
            if parent is main or _signature(entry.element) == signature:
                chosen.append(entry)
            elif (post := _post_of_kind(entry, signature)) is not None:
                entry.element = post  # a pinned post alone in a box of its own: the post, not the box
                chosen.append(entry)
    position: dict[HtmlElement, float] = {marker: index for index, marker in enumerate(markers)}
    if not any(entry.flat for entry in main_members):
        # Posts of the same kind without a time (a welcome note, an untimed update) stay, untimed.
        last = -0.5
        marker_of = {entry.element: entry.marker for entry in main_members}
        for child in main:
            if child in marker_of:
                marker = marker_of[child]
                last = position[marker] if marker is not None else last
            elif _signature(child) == signature and child not in chrome and _untimed_post_text(child):
                last += 0.001
                untimed = _Entry(element=child, marker=None)
                position[child] = last
                chosen.append(untimed)
            elif (day := _day_heading(child, chrome)) is not None:
                last += 0.001
                position[child] = last
                chosen.append(_Entry(element=child, marker=None, day_heading=day))
    if len(groups) > 1 or len(chosen) > sum(len(m) for m in groups.values()):
        chosen.sort(key=lambda entry: position.get(entry.marker if entry.marker is not None else entry.element, 0))
    return chosen


def _untimed_post_text(element: HtmlElement) -> bool:
    """Whether a box of the posts' kind without a time holds a post's text: some text, and not
    just a dateline ("Stand: 22.08.2026", which is the page's date, read by the segmenter)."""
    shown = flat_text(element)
    if not shown:
        return False
    if len(shown) > 80:
        return True
    dateline = grammar(lang.get(None)).dateline(shown)
    return dateline is None or dateline.date is None or bool(dateline.rest)


def _day_heading(element: HtmlElement, chrome: set[HtmlElement]) -> str | None:
    """The text of a day heading standing between posts ("Lørdag 14. november", "Saturday, March 2")."""
    if element in chrome or text_length(element) > 40:
        return None
    shown = flat_text(element)
    return shown if grammar(lang.get(None)).day_heading(shown) is not None else None


def _text_reaches(element: HtmlElement, count: int) -> bool:
    """Whether the text under ``element`` is ``count`` characters or more (``text_length(element) >=
    count``), counted child by child and only until it gets there."""
    total = len(element.text or "")
    for child in element:
        if total >= count:
            return True
        if isinstance(child.tag, str):  # a comment's text is no text of the page
            total += text_length(child)
        total += len(child.tail or "")
    return total >= count


def _post_of_kind(entry: _Entry, signature: tuple[str, frozenset[str]]) -> HtmlElement | None:
    """The element of the given kind between an entry's marker and its element, if any."""
    node = entry.marker
    while node is not None and node is not entry.element:
        if _signature(node) == signature:
            return node
        node = node.getparent()
    return None


def _own_elements(markers: list[HtmlElement]) -> list[HtmlElement]:
    """For each marker (in document order), the largest element around it that holds no other marker.

    The elements holding two or more markers are exactly the common ancestors of markers next to each
    other in document order (the markers inside any element are a run of that order), so each marker
    only needs its neighbours: its element is the child, on its path, of the deeper of the two common
    ancestors (the marker itself when another marker lies inside it). Walking up from a marker, the
    first element already met on an earlier marker's way up is its common ancestor with the marker
    before it, so each walk stops there.
    """
    depth_of: dict[HtmlElement, int] = {}  # every element met so far, by its depth below the root
    walks: list[list[HtmlElement]] = []  # per marker: from its common ancestor's child down to the marker
    joins: list[int] = [0]  # joins[i]: how many elements markers i-1 and i have in common
    for marker in markers:
        walked: list[HtmlElement] = []
        node: HtmlElement | None = marker
        while node is not None and node not in depth_of:
            walked.append(node)
            node = node.getparent()
        top = depth_of[node] if node is not None else -1
        walked.reverse()
        for offset, element in enumerate(walked, top + 1):
            depth_of[element] = offset
        walks.append(walked)
        joins.append(top + 1)
    joins.append(0)  # the last marker has none after it (the first met nothing before it: 0)
    elements = []
    for index, (marker, walked) in enumerate(zip(markers, walks)):
        shared = max(joins[index + 1], joins[index + 2])
        # The marker's path below its join with the marker before it is ``walked``.
        position = shared - joins[index + 1]
        elements.append(walked[position] if position < len(walked) else marker)
    return elements


def _merge_split_markers(groups: dict[HtmlElement, list[_Entry]]) -> dict[HtmlElement, list[_Entry]]:
    """Entries that carry two times (a clock in the header, a date in the footer) are one entry each.

    Two markers inside one post make the post's header and footer look like
    two entries of a group; when such groups are sibling posts of the same
    kind, each holding parts of different kinds, the posts are the entries
    and their first marker is the time.
    """
    split = [parent for parent, members in groups.items() if len(members) >= 2 and _all_different(members)]
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


def _all_different(members: list[_Entry]) -> bool:
    """Whether no two of the entries are elements of the same kind."""
    seen = set()
    for entry in members:
        signature = _signature(entry.element)
        if signature in seen:
            return False
        seen.add(signature)
    return True


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
    for element in (body if body is not None else root).iter("div", "li", "article", "section", "tr"):
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
        # Most members: a box of another kind (a dateline, a teaser) may stand among the posts.
        if len(openers) >= max(3, 0.7 * len(members)) and not _in(members[0], chrome):
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
    if element.tag in ("article", "li", "section") or next(element.iterdescendants("p", "div"), None) is not None:
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
    """What kind of post an element is: its tag and class words, less flags and numbers."""
    return element.tag, _kind_words(element.get("class") or "")


_NOT_KIND_WORDS = PINNED_WORDS | KEY_EVENT_WORDS | SUMMARY_WORDS | {"key", "event", "is"}


@lru_cache(maxsize=4096)
def _kind_words(cls: str) -> frozenset[str]:
    words = set(re.split(r"[^a-z0-9]+", cls.lower()))
    return frozenset(t for t in words if t and t not in _NOT_KIND_WORDS and not t.isdigit())


def _entry_block(
    entry: _Entry | jsonld.MicroEntry,
    scan: _Scan,
    base: str | None,
    table: lang.Language | None,
    fetched_at: str | None,
) -> Block:
    """Read one entry element into an entry Block with its hints."""
    chrome = scan.chrome
    known_bits = scan.bits
    element = entry.element
    marker = entry.marker
    skip_set: set[HtmlElement] = set()
    if marker is not None:
        skip_set.add(marker)
        skip_set.update(_relative_beside(marker, table))  # "12:35am <span>1 hour ago</span>"
    if isinstance(entry, _Entry):
        skip_set.update(_label_holder(extra) for extra in entry.extra_markers if extra is not None)
    roots: list[HtmlElement] = [element, *entry.flat_body] if isinstance(entry, _Entry) else [element]
    own_id = element.get("id") or next((element.get(a) for a in ENTRY_ID_ATTRIBUTES if element.get(a)), None)
    # A link to the entry itself ends in its id: "#p88" or, as a path of its own, "/p88".
    own_link = (f"#{own_id}", f"/{own_id}") if own_id else None

    # One pass over the entry: update stamps, authors, flag badges, headline-like elements, self-links.
    updated = entry.updated if isinstance(entry, jsonld.MicroEntry) else None
    author = entry.author if isinstance(entry, jsonld.MicroEntry) else None
    flags: list[str] = _flags_of(element, marker, scan.bits)
    entry_id, url = _identity(element, marker, base)  # before the marker leaves the tree
    headline_element: HtmlElement | None = None
    shown_update: str | None = None  # an update stamp's text when it has no ISO time
    open_headline = True  # until a headline or body text is found; body text first: no headline
    inside_marker = set(marker.iter()) if marker is not None else set()
    scope = _Scope(roots, skip_set, scan.embedded)
    breaking: list[HtmlElement] = []  # where the body's paragraphs break: met here, marked after the walk
    side: list[HtmlElement] = []  # a poll, a photo credit, a video placeholder (see SIDE_WORDS)
    add_breaking = breaking.append
    for root in roots:
        for node in root.iter():
            tag = node.tag
            if tag in BREAKING_TAGS:
                add_breaking(node)
            keys = node.keys()
            if not keys and not open_headline and tag not in _ALWAYS_READ:
                continue  # most nodes: a paragraph or inline element of the body, nothing to read from it
            if type(tag) is not str or node in inside_marker:
                continue
            if node in chrome:
                skip_set.add(node)
                continue
            if tag == "figure" and node is not element and _is_photo_box(node):
                # A photo with its caption and its credit ("<small>Bildrechte: …</small>" beside the caption):
                # beside the post's text, the caption first, as it is the text of a post that is only a photo.
                side.extend(node.iter("figcaption"))
                side.append(node)
                skip_set.add(node)
                continue
            if tag == "figcaption" and node is not element and not is_quote_caption(node):
                side.append(node)  # a photo's caption and credit: beside the post's text, not in it
                skip_set.add(node)
                continue
            if not keys:  # only their tag can matter
                if open_headline and not len(node) and _is_shown_update(node, table):
                    shown_update = shown_update or text_content(node)  # "Aktualisiert 18:02 Uhr" atop the post
                    skip_set.add(node)
                    continue
                if open_headline:
                    found = _headline_or_text(node, tag, False, scope, node is not element)
                    headline_element = node if found == "headline" else headline_element
                    open_headline = found is None
                if tag != "time":
                    continue
            is_author = ("rel" in keys and node.get("rel") == "author") or (
                "itemprop" in keys and node.get("itemprop") == "author"
            )
            if "class" not in keys and "id" not in keys:
                if tag == "time":
                    stamp = _stamp_of(node)
                    if updated is None and stamp and _is_update_marker(node, False) and not scope.skipped(node):
                        updated = stamp
                        skip_set.add(_label_holder(node))
                        scope.changed()
                elif tag == "a" and own_link and (node.get("href") or "").rstrip("/").endswith(own_link):
                    if _is_self_link(node):
                        skip_set.add(node)  # a "copy link" / "share" button pointing at the entry itself
                elif is_author:
                    author = _take_author(node, author, skip_set)
                elif open_headline:
                    found = _headline_or_text(node, tag, False, scope, node is not element)
                    headline_element = node if found == "headline" else headline_element
                    open_headline = found is None
                continue
            bits = known_bits.get(node, 0)  # the class and id words' bits, as the page scan read them
            if is_author:
                bits |= _AUTHOR
            # The post's own element may have an author word in its class ("show-author-avatar"): it is no byline.
            if bits & _AUTHOR and node is not element and not scope.in_embed(node) and not scope.skipped(node):
                before = len(skip_set)
                author = _take_author(node, author, skip_set)
                if len(skip_set) > before:
                    continue
            if bits & _UPDATE and (tag == "time" or bits & _TIME) and not scope.skipped(node):
                updated = updated or _stamp_of(node)
                skip_set.add(_label_holder(node))
                scope.changed()
                continue
            if (
                node is not element
                and (bits & _UPDATE or (open_headline and not len(node)))
                and _is_shown_update(node, table)
            ):
                # "Updated 15:41" in a span of its own: no datetime, only the clock time shown.
                shown_update = shown_update or text_content(node)
                skip_set.add(node)
                continue
            if bits & _SIDE and node is not element and text_length(node) <= _MAX_SIDE_CHARS:
                side.append(node)
                skip_set.add(node)
                continue
            if bits & _FLAGS and node is not element:
                badge = _flags_from_bits(bits)
                if badge and len(text_content(node)) <= 40 and next(node.iterdescendants("p"), None) is None:
                    flags.extend(f for f in badge if f not in flags)
                    skip_set.add(node)
                    continue
            if bits & _BADGE and open_headline and node is not element and _is_badge(node):
                skip_set.add(node)
                continue
            if (
                tag == "a"
                and own_link
                and (node.get("href") or "").rstrip("/").endswith(own_link)
                and _is_self_link(node)
            ):
                skip_set.add(node)
                continue
            if open_headline and node is not element:
                headline_like = bool(bits & _HEADLINE) and len(text_content(node)) <= 300
                found = _headline_or_text(node, tag, headline_like, scope, True)
                headline_element = node if found == "headline" else headline_element
                open_headline = found is None

    if headline_element is None:
        headline_element = _bold_first_line(roots, scope)
    headline = [text_of(headline_element, skip_set.__contains__)] if headline_element is not None else []
    if headline_element is not None:
        skip_set.add(headline_element)
    body = detached_paragraphs(roots, skip_set, breaking)
    while body and _is_source_line(body[-1]):
        body.pop()  # "Quelle: dpa" under the post: where it comes from, not what it says
    if not body and side:
        body = paragraphs(side[:1])[:1]  # a post that is a poll: its question
    text = "\n\n".join(body)
    headline_text = headline[0] if headline else None
    if isinstance(entry, jsonld.MicroEntry) and entry.headline:
        headline_text = entry.headline
    if headline_text and jsonld.echoes(headline_text, text) and not (headline and _quote_phrase(headline_text)):
        headline_text = None

    time_text = None
    timestamp = None
    if marker is not None:
        # A <time> inside the marker is the displayed time; the rest may repeat it or label it.
        shown = marker if marker.tag == "time" else next(marker.iter("time"), marker)
        # Parts in elements of their own are words of their own: "<span>14:24</span><span>26.04.2022</span>".
        time_text = " ".join(clean_space(" ".join(shown.itertext())).split()) if len(shown) else text_of(shown)
        time_text = time_text or None
        timestamp = _stamp_of(marker)
    if isinstance(entry, jsonld.MicroEntry):
        timestamp = entry.published or timestamp
    if timestamp is None:
        timestamp = _own_time(element)
    if timestamp is None and time_text and fetched_at:
        timestamp = resolve_relative(time_text, fetched_at, table)
    if time_text and marker is not None and timestamp and not _DIGIT.search(time_text):
        time_text = None
    if timestamp and time_text and marker is not None:
        timestamp = _in_shown_zone(timestamp, time_text, table)
    if updated is None and shown_update is not None:
        updated = _update_from_shown(shown_update, timestamp, time_text, table)

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


# Tags an entry's walk looks at even without attributes (see _entry_block).
_ALWAYS_READ = CHROME_TAGS | {"time", "figcaption", "figure"}
_MAX_FIGURE_CHARS = 1000  # a caption and a credit; a figure holding more is read as text
_MAX_CREDIT_CHARS = 120  # "Foto: Jane Doe / Agency": what a figure without a caption may hold
_SOURCE_LABELS = frozenset(w for table in lang.LANGUAGES.values() for w in table.clock.source_labels)


def _is_photo_box(figure: HtmlElement) -> bool:
    """Whether a ``<figure>`` shows a photo (or a video) with its caption and credit: a caption or only
    a credit's few words. Not a quote (a block quote and the "— Name" caption under it are text), a table,
    or an embedded post of some length without a caption (its media are gone: the tree has no images)."""
    if next(figure.iter("blockquote", "q", "table"), None) is not None:
        return False
    length = text_length(figure)
    return length <= _MAX_CREDIT_CHARS or (length <= _MAX_FIGURE_CHARS and figure.find(".//figcaption") is not None)


def _is_source_line(paragraph: str) -> bool:
    """Whether a paragraph only names where a post comes from ("Quelle: dpa", "Source: Reuters",
    "Kilde: NTB"): a label of the language tables, a colon and a short name."""
    if len(paragraph) > 80 or ":" not in paragraph:
        return False
    label, _, name = paragraph.partition(":")
    return label.strip().lower() in _SOURCE_LABELS and 0 < len(name.split()) <= 6


def _quote_phrase(headline: str) -> bool:
    """Whether a headline is one phrase of a quote: a quotation mark or a dash, words without punctuation
    or another quotation mark, at most the closing mark.

    Such a headline shown over a post is kept though the post opens with the same words: "– We saw the
    flames" over "– We saw the flames and ran, says …" is a phrase an editor chose. One that runs on
    past a comma or the quote's end, or is cut short ("“We saw the flames and…"), only repeats the text.
    """
    if headline[:1] not in _QUOTE_OPENERS:
        return False
    inner = headline[1:-1] if headline[-1:] in _QUOTE_OPENERS else headline[1:]
    return bool(inner.strip()) and not any(c in _PHRASE_BREAKS or c in _QUOTE_OPENERS for c in inner)


# What a quote headline opens with: a quotation mark of any of the languages, or a dash (Norwegian quotes).
_QUOTE_OPENERS = frozenset("\"“”„‘‚'«»‹›–—")
_PHRASE_BREAKS = frozenset(",.;:!?…")


def _relative_beside(marker: HtmlElement, table: lang.Language | None) -> list[HtmlElement]:
    """Small elements beside a post's time marker that only say how long ago it was ("1 hour ago",
    "vor 5 Minuten", "for 3 timer siden"): part of the stamp, not of the post's text."""
    found: list[HtmlElement] = []
    box = marker.getparent()
    # Only in a small box of the stamp's own ("<div class=meta"><time>…</time> <span>…</span></div>"),
    # not among the post's headline and paragraphs.
    if box is None or len(box) > _MAX_STAMP_BOX_PARTS or text_length(box) > text_length(marker) + _MAX_RELATIVE_CHARS:
        return found
    gram: Grammar | None = None
    for sibling in (*marker.itersiblings(preceding=True), *marker.itersiblings()):
        if not isinstance(sibling.tag, str) or len(sibling):
            continue
        text = (sibling.text or "").strip()
        if not text or len(text) > _MAX_RELATIVE_CHARS:
            continue
        gram = gram or grammar(table or lang.get(None))
        if gram.relative(text) is not None:
            found.append(sibling)
    return found


_MAX_RELATIVE_CHARS = 30
_MAX_STAMP_BOX_PARTS = 4


def _bold_first_line(roots: list[HtmlElement], scope: _Scope) -> HtmlElement | None:
    """A post's first words in bold on a line of their own ("<b>Goal! 2–1</b><br>The header …"):
    its headline, in tickers that write no heading element."""
    for root in roots:
        for node in root.iter(etree.Element):
            if not (node.text or "").strip() or scope.skipped(node):
                continue
            if node.tag not in ("b", "strong") or len(node) or len(node.text or "") > _MAX_BOLD_HEADLINE:
                return None
            follower = node.getnext()
            if follower is None or follower.tag != "br" or (node.tail or "").strip():
                return None
            parent = node.getparent()
            before = node.getprevious()
            opening = (before.tail if before is not None else parent.text if parent is not None else "") or ""
            return node if not opening.strip() else None
    return None


_MAX_BOLD_HEADLINE = 120


def _headline_or_text(node: HtmlElement, tag: str, headline_like: bool, scope: _Scope, inner: bool) -> str | None:
    """What a node of an entry says while its headline may still come: "headline" (a heading, or
    an element whose class says headline, outside quotes and embeds), "text" (the body has begun:
    no headline comes after it), or None (neither). The entry's own element (not ``inner``: an
    ``<li>`` post) holds the body but does not begin it."""
    if tag in HEADING_TAGS or headline_like:
        return "headline" if not scope.in_embed(node) and not scope.skipped(node) else None
    if inner and tag in _TEXT_TAGS and not scope.skipped(node) and text_content(node).strip():
        return "text"
    return None


class _Scope:
    """Ancestor questions about the nodes of one entry, asked of the nodes up to the entry's roots;
    the answer for what lies above the roots (siblings: one parent) is found once."""

    __slots__ = ("embedded", "roots", "skip", "skip_above")

    def __init__(self, roots: list[HtmlElement], skip: set[HtmlElement], embedded: dict[HtmlElement, bool]) -> None:
        self.roots = set(roots)
        self.skip = skip
        self.skip_above: bool | None = False  # what is skipped at first (the marker) lies inside the entry
        self.embedded = embedded  # per page: whether the roots' parent is in a quote or embed (or is one)

    def changed(self) -> None:
        """Say that an element that may lie above the roots was added to the skip set (a label holder)."""
        self.skip_above = None

    def skipped(self, node: HtmlElement | None) -> bool:
        """``_in(node, skip)``: whether the node or an ancestor is skipped."""
        skip, roots = self.skip, self.roots
        while node is not None:
            if node in skip:
                return True
            if node in roots:
                if self.skip_above is None:
                    self.skip_above = _in(node.getparent(), skip)
                return self.skip_above
            node = node.getparent()
        return False

    def in_embed(self, node: HtmlElement) -> bool:
        """``_in_embed(node)``: whether an ancestor is a block quote, figure or embed."""
        parent = node.getparent()
        while parent is not None:
            if parent.tag in _EMBED_TAGS:
                return True
            if parent in self.roots:
                above = self.embedded.get(parent.getparent())
                if above is None:
                    above = self.embedded[parent.getparent()] = _in_embed(parent)
                return above
            parent = parent.getparent()
        return False


def _in_shown_zone(timestamp: str, shown: str, table: lang.Language | None) -> str:
    """A UTC timestamp (epoch seconds, "…Z") written in the zone the page shows its time in.

    "5:40 PM PDT" shown over ``data-timestamp`` 00:40 UTC the next day is
    the same moment at 17:40-07:00: the entry's date is the reader's date.
    A timestamp with an offset of its own is the page's word and stays.
    """
    moment = parse_iso(timestamp)
    if moment is None or moment.utcoffset() != timedelta(0):
        return timestamp
    stamp = grammar(table or lang.get(None)).stamp(shown)
    if stamp is None:
        return timestamp
    minutes = (stamp.hour * 60 + stamp.minute - moment.hour * 60 - moment.minute) % 1440
    offset = minutes - 1440 if minutes > 14 * 60 else minutes  # zones run from -12:00 to +14:00
    if offset == 0 or offset % 15 or offset < -12 * 60:
        return timestamp
    return moment.astimezone(UTC).astimezone(timezone(timedelta(minutes=offset))).isoformat()


def _is_shown_update(node: HtmlElement, table: lang.Language | None) -> bool:
    """Whether an element holds just an update label and a clock time ("Updated 15:41")."""
    return grammar(table or lang.get(None)).is_update_stamp(flat_text(node))


def _is_badge(node: HtmlElement) -> bool:
    """Whether a badge-classed element in an entry's header is a short label, not text."""
    shown = text_content(node).strip()
    return 0 < len(shown) <= 25 and len(shown.split()) <= 3 and next(node.iterdescendants("p", "div"), None) is None


def _update_from_shown(
    shown: str, timestamp: str | None, time_text: str | None, table: lang.Language | None
) -> str | None:
    """The ISO time of a shown update ("Updated 15:41", "Updated 3:41 p.m.") on the entry's own day and zone.

    Only when the entry's displayed time is its timestamp's clock time, so
    that the page shows times in the timestamp's zone; an update shown
    earlier in the day than the entry is on the next day. An entry with no
    timestamp at all (a page that shows only clock times) keeps the update's
    "HH:MM", as the text path does: the timestamps stage dates both together.
    """
    gram = grammar(table or lang.get(None))
    clock = gram.stamp(shown)
    if clock is not None and timestamp is None:
        return clock.hhmm
    entry_clock = gram.stamp(time_text or "")
    moment = parse_iso(timestamp)
    if clock is None or entry_clock is None or moment is None or moment.tzinfo is None:
        return None
    if entry_clock.hhmm != moment.strftime("%H:%M"):
        return None
    changed = moment.replace(hour=clock.hour, minute=clock.minute, second=0)
    if changed < moment:
        changed += timedelta(days=1)
    return changed.isoformat()


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


_STAMP_ATTRIBUTES = ("datetime", "content", "data-datetime", "data-timestamp", "title")


def _stamp_of(marker: HtmlElement) -> str | None:
    """The ISO time a marker or an element inside it carries in an attribute (see :func:`_attribute_time`)."""
    for node in marker.iter(etree.Element):
        stamp = _attribute_time(node, _STAMP_ATTRIBUTES) if node.keys() else None
        if stamp:
            return stamp
    return None


def _own_time(post: HtmlElement) -> str | None:
    """The ISO time a post carries in an attribute of its own (``data-time="1771590000"``)."""
    return _attribute_time(post, ENTRY_TIME_ATTRIBUTES)


def _attribute_time(element: HtmlElement, known: tuple[str, ...]) -> str | None:
    """The ISO time in an element's attributes: in the first of the ``known`` ones that holds one,
    else in a data attribute whose name speaks of time (``data-js-timestamp``, ``data-published-at``)."""
    keys = element.keys()
    for attribute in known:
        if attribute in keys:
            stamp = iso_datetime(element.get(attribute))
            if stamp:
                return stamp
    for key in keys:
        if key.startswith("data-") and _names_a_time(key):
            stamp = iso_datetime(element.get(key))
            if stamp:
                return stamp
    return None


@lru_cache(maxsize=256)
def _names_a_time(attribute: str) -> bool:
    """Whether a data attribute's name says it holds the time of posting (not of an update)."""
    words = split_words(attribute[5:])
    return not words.isdisjoint(TIME_WORDS) and words.isdisjoint(UPDATE_WORDS)


def _flags_of(element: HtmlElement, marker: HtmlElement | None, known_bits: dict[HtmlElement, int]) -> list[str]:
    """An entry's flags from the class words of its element, its parent and the marker's wrappers
    (see ``_Scan.bits``), and from ``data-`` attributes that say true."""
    bits = known_bits.get(element, 0)
    if marker is not None:
        for ancestor in marker.iterancestors():
            if ancestor is element:
                break
            if ancestor.get("class") and next(ancestor.iterdescendants("p"), None) is not None:
                bits |= known_bits.get(ancestor, 0)
    parent = element.getparent()
    if parent is not None and parent.tag not in ("body", "main"):
        bits |= known_bits.get(parent, 0)
    for key, value in element.attrib.items():
        if key.startswith("data-") and value.strip().lower() in ("true", "1", "yes"):
            bits |= _bits_of(frozenset(re.split(r"[^a-z]+", key[5:].lower())))
    return _flags_from_bits(bits)


def _is_self_link(link: HtmlElement) -> bool:
    """Whether a link to the entry itself is a "copy link" or "share" button: all its parent
    holds, or a few words standing on their own in the post ("Del innlegg" under the text)."""
    parent = link.getparent()
    if parent is None or next(link.iterancestors(*HEADING_TAGS), None) is not None:
        return False  # a headline that links to its own post is the headline
    shown = text_content(link).strip()
    if len(text_content(parent).strip()) <= len(shown) + 2:
        return True
    return parent.tag in _POST_TAGS and len(shown.split()) <= 3 and not _holds_text_around(link)


def _holds_text_around(link: HtmlElement) -> bool:
    """Whether words stand right before or after a link (it is part of a sentence)."""
    previous = link.getprevious()
    before = previous.tail if previous is not None else (link.getparent().text if link.getparent() is not None else "")
    return bool((before or "").strip() or (link.tail or "").strip())


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


def _lead(scan: _Scan, title: str | None) -> str | None:
    """The standfirst of a page, a live blog's or an article's: the first element whose class words say
    lead, standfirst or intro."""
    if scan.lead is None or _in(scan.lead, scan.chrome):
        return None
    texts = [text for text in paragraphs([scan.lead], scan.chrome.__contains__) if text != title]
    return "\n\n".join(texts) or None


def main_text_blocks(
    root: HtmlElement, chrome: set[HtmlElement], title: str | None = None, furniture: Collection[HtmlElement] = ()
) -> list[Block]:
    """The page's main text as heading and paragraph blocks, chrome, the page header and the article's
    ``furniture`` (its standfirst, byline and publishing time) dropped."""
    body = root.find("body")
    if body is None:
        body = root
    container = _main_container(body, chrome)
    skip_set = set(chrome) | set(furniture)
    for element in container.iter("header", "footer"):
        # A page header holds the site's name and menus; an article's own header holds its title.
        if element.tag == "footer" or element.find(".//h1") is None:
            skip_set.add(element)
    pieces = text_blocks([container], skip_set.__contains__)
    blocks = [Block(text=text, kind="heading" if kind == "heading" else "paragraph") for kind, text in pieces]
    # The title, under a section's name or a kicker at most ("Environment", "Hospital closure" over it):
    # they name the article's subject or place, they are not its text.
    at_title = next((i for i, block in enumerate(blocks[:_TITLE_WITHIN]) if block.text == title), None)
    if at_title is None:
        return blocks
    above = [Block(text=block.text, kind="chrome") for block in blocks[:at_title]]
    return above + blocks[at_title + 1 :]


_TITLE_WITHIN = 3  # the title is among an article's first blocks


def _article_furniture(root: HtmlElement, scan: _Scan) -> list[HtmlElement]:
    """What an article shows around its text that is not its text: the standfirst (the page's subtitle),
    byline boxes, a publishing time standing on its own (not a time inside a sentence) and photos with
    their captions and credits (a caption that quotes someone is text)."""
    furniture = [scan.lead] if scan.lead is not None else []
    furniture += [caption for caption in root.iter("figcaption") if not is_quote_caption(caption)]
    furniture += [figure for figure in root.iter("figure") if _is_photo_box(figure)]  # and the credit beside
    furniture += [
        element
        for element, bits in scan.bits.items()
        if bits & _AUTHOR and element.tag not in NEVER_CHROME and text_length(element) <= _MAX_BYLINE_CHARS
    ]
    for marker in scan.markers:
        if marker.tag == "time" and not any(parent.tag in _SENTENCE_TAGS for parent in marker.iterancestors()):
            furniture.append(marker)
    return furniture


_MAX_BYLINE_CHARS = 200
_SENTENCE_TAGS = frozenset({"p", "li", "blockquote", "td", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption"})


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
            length = len(text_content(paragraph))
            scores[parent] += length
            # Half to the grandparent: paragraphs spread over sibling boxes make it the main text.
            grandparent = parent.getparent()
            if grandparent is not None:
                scores[grandparent] += length // 2
    if not scores:
        return body
    return scores.most_common(1)[0][0]
