"""Shared helpers for markup readers: plain text out of elements, class words, ISO times.

Used by the HTML, JSON-LD/microdata and feed readers so that every reader
turns markup into text the same way: paragraphs separated by a blank line,
block quotes and embedded posts flattened into paragraphs of their own,
scripts, styles, buttons and media dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

# Elements that end a paragraph: their text starts and ends a paragraph of its own.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
    ]
)
# Elements whose content is never text a reader reads.
DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "button",
        "iframe",
        "object",
        "embed",
        "input",
        "select",
        "textarea",
        "option",
        "video",
        "audio",
        "picture",
        "img",
        "canvas",
        "map",
        "area",
        "source",
        "track",
        "head",
        "title",
        "meta",
        "link",
        "base",
        "math",
        "dialog",
    ]
)
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))

_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r" *\n *")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")


def class_tokens(element: HtmlElement) -> frozenset[str]:
    """The words of an element's class and id: "block-time published-time" -> {block, time, published}.

    camelCase is split too ("liveStoryPost" -> live, story, post), so that
    generated class names still speak.
    """
    cls = element.get("class")
    ident = element.get("id")
    if cls is None and ident is None:
        return frozenset()
    if ident is None:
        return words(cls)
    if cls is None:
        return words(ident)
    return words(cls) | words(ident)


@lru_cache(maxsize=16384)
def words(raw: str) -> frozenset[str]:
    """The lower-case words of a class or id string (cached: pages repeat their class names)."""
    return split_words(raw)


def split_words(raw: str) -> frozenset[str]:
    """The lower-case words of a class or id string, uncached (for callers that keep a cache per page)."""
    raw = _CAMEL.sub(r"\1 \2", raw).lower()
    return frozenset(token for token in _TOKEN_SPLIT.split(raw) if token)


def text_content(element: HtmlElement) -> str:
    """All text under ``element`` (without its tail), as one string."""
    text: str = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    return text


def flat_text(element: HtmlElement) -> str:
    """All text under ``element`` on one line, every run of white space one space."""
    return " ".join(text_content(element).split())


_STRING_LENGTH = etree.XPath("string-length(.)")


def text_length(element: HtmlElement) -> int:
    """``len(text_content(element))``, counted by libxml2 without building the string."""
    return int(_STRING_LENGTH(element))


def clean_space(text: str) -> str:
    """Collapse runs of spaces (keeping line breaks) and trim every line."""
    if "\ue000" in text or "\ue001" in text:  # break marks of detached_paragraphs() left in the tree
        text = text.replace("\ue000", " ").replace("\ue001", " ")
    if "\n" not in text:
        return " ".join(text.replace("\u200b", "").split())  # the common case, without regexes
    text = _SPACES.sub(" ", text.replace("\u00a0", " ").replace("\u200b", ""))
    return _NEWLINES.sub("\n", text).strip()


def paragraphs(
    roots: Iterable[HtmlElement],
    skip: Callable[[HtmlElement], bool] | None = None,
    on_heading: Callable[[HtmlElement, str, bool], bool] | None = None,
    extra_headings: Collection[HtmlElement] = (),
) -> list[str]:
    """The text under ``roots`` as paragraphs, in document order (see :func:`text_blocks`)."""
    return [text for _kind, text in text_blocks(roots, skip, on_heading, extra_headings)]


def text_blocks(
    roots: Iterable[HtmlElement],
    skip: Callable[[HtmlElement], bool] | None = None,
    on_heading: Callable[[HtmlElement, str, bool], bool] | None = None,
    extra_headings: Collection[HtmlElement] = (),
) -> list[tuple[str, str]]:
    """The text under ``roots`` as ``("paragraph" | "heading", text)`` pairs, in document order.

    ``skip(element)`` says an element (with its content, not its tail) is not
    text. Every heading (``h1``-``h6`` and the ``extra_headings``) is offered
    to ``on_heading(element, text, text_seen_before)``; when that returns True
    the heading is taken (as a headline) and left out.
    """
    out: list[tuple[str, str]] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            text = clean_space("".join(buf))
            buf.clear()
            if text:
                out.append(("paragraph", text))

    def walk(element: HtmlElement) -> None:
        tag = element.tag
        if not isinstance(tag, str):  # comments, processing instructions
            if element.tail:
                buf.append(_flat(element.tail))
            return
        if tag in DROP_TAGS or (skip is not None and skip(element)):
            if element.tail:
                buf.append(_flat(element.tail))
            return
        if tag == "br":
            buf.append("\n")
            if element.tail:
                buf.append(_flat(element.tail))
            return
        if tag in HEADING_TAGS or (extra_headings and element in extra_headings):
            flush()
            text = " ".join(clean_space("".join(inline_text(element, skip))).split())
            if text and not (on_heading is not None and on_heading(element, text, bool(out))):
                out.append(("heading", text))
            if element.tail:
                buf.append(_flat(element.tail))
            return
        is_block = tag in BLOCK_TAGS
        if is_block:
            flush()
        if element.text:
            buf.append(_flat(element.text))
        for child in element:
            walk(child)
        if is_block:
            flush()
        if element.tail:
            buf.append(_flat(element.tail))

    for root in roots:
        tail = root.tail
        root.tail = None  # a root's tail belongs to whatever follows it
        try:
            walk(root)
        finally:
            root.tail = tail
        flush()
    return out


# Marks written into the tree where paragraphs and lines break: private-use characters, which lxml
# accepts in text (control characters it refuses) and real pages do not use.
_PARAGRAPH_BREAK = "\ue000"
_LINE_BREAK = "\ue001"
_PARAGRAPH_TAGS = BLOCK_TAGS | HEADING_TAGS
# Elements whose start and end break a paragraph, or (``br``) a line: what detached_paragraphs() marks.
BREAKING_TAGS = _PARAGRAPH_TAGS | {"br"}


def detached_paragraphs(
    roots: Iterable[HtmlElement],
    remove: Collection[HtmlElement] = (),
    breaking: Iterable[HtmlElement] | None = None,
) -> list[str]:
    """The text under ``roots`` as paragraphs, fast: for the many entries of a large page.

    The elements in ``remove`` are taken out of the tree first (their tails
    stay), and block boundaries are marked in the text of the tree itself,
    so the caller must own the tree and be done with these elements. lxml
    then writes the text out in one call, which costs a fraction of walking
    the nodes in Python. Dropped tags (scripts, media, buttons) must already
    be gone (see :func:`strip_dropped`).

    ``breaking``: the elements under ``roots`` with a tag in
    :data:`BREAKING_TAGS`, in document order, when the caller has met them
    on a walk of its own (it saves walking the nodes again); those among
    them that are removed may stay in the list, their marks leave with them.
    """
    for element in remove:
        if element.getparent() not in remove:  # inside a removed element it goes with it
            detach(element)
    roots = [root for root in roots if root not in remove]
    if breaking is None:
        breaking = [element for root in roots for element in root.iter(*BREAKING_TAGS)]
    _mark_breaks(breaking, set(roots))
    out: list[str] = []
    for root in roots:
        text: str = etree.tostring(root, method="text", encoding="unicode", with_tail=False)
        if "\u200b" in text:
            text = text.replace("\u200b", "")
        for part in text.split(_PARAGRAPH_BREAK):
            if not part or part.isspace():
                continue
            if _LINE_BREAK in part:
                lines = (" ".join(line.split()) for line in part.split(_LINE_BREAK))
                part = "\n".join(line for line in lines if line)
            elif part.isprintable() and "  " not in part:
                # No space but the plain one (the others are not printable) and none doubled: only the
                # ends to trim, without splitting the text into words.
                part = part.strip()
            else:
                part = " ".join(part.split())
            if part:
                out.append(part)
    return out


def _mark_breaks(elements: Iterable[HtmlElement], roots: Collection[HtmlElement]) -> None:
    """Mark where paragraphs and lines break at ``elements`` (breaking tags, in document order), in the
    text of the tree; nothing is marked before the start of one of the ``roots``.

    A block's start needs no mark when only spaces lie between it and the
    previous break (a block or the parent block's start): most paragraphs
    follow another block, and writing an element's text costs more than
    reading it.
    """
    for element in elements:
        tag = element.tag
        tail = element.tail
        if tag == "br":
            element.tail = _LINE_BREAK + tail if tail else _LINE_BREAK
            continue
        element.tail = _PARAGRAPH_BREAK + tail if tail else _PARAGRAPH_BREAK
        if element in roots:
            continue  # nothing of the root's text comes before its start
        previous = element.getprevious()
        if previous is not None:
            needed = previous.tag not in _PARAGRAPH_TAGS or _holds_text(previous.tail)
        else:
            parent = element.getparent()
            needed = parent is None or parent.tag not in _PARAGRAPH_TAGS or _holds_text(parent.text)
        if needed:
            text = element.text
            element.text = _PARAGRAPH_BREAK + text if text else _PARAGRAPH_BREAK


def _holds_text(text: str | None) -> bool:
    """Whether tree text holds more than spaces and break marks."""
    if not text:
        return False
    text = text.lstrip(_PARAGRAPH_BREAK)
    return bool(text) and not text.isspace()


def detach(element: HtmlElement) -> None:
    """Take ``element`` out of its tree, keeping its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def strip_dropped(root: HtmlElement) -> None:
    """Remove every element whose content is never text (scripts, styles, media, buttons), keeping tails."""
    etree.strip_elements(root, *(DROP_TAGS - {"head", "title", "meta", "link", "base"}), with_tail=False)


def _flat(text: str) -> str:
    """Source line breaks are spaces in HTML; only ``<br>`` breaks a line."""
    return text.replace("\r", " ").replace("\n", " ")


def inline_text(element: HtmlElement, skip: Callable[[HtmlElement], bool] | None = None) -> list[str]:
    """The text pieces of ``element`` (without its tail), skipping dropped and skipped elements."""
    pieces: list[str] = []
    if element.text:
        pieces.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in DROP_TAGS and not (skip is not None and skip(child)):
            pieces.extend(inline_text(child, skip))
            if tag in BLOCK_TAGS or tag == "br":
                pieces.append(" ")
        if child.tail:
            pieces.append(child.tail)
    return pieces


def text_of(element: HtmlElement, skip: Callable[[HtmlElement], bool] | None = None) -> str:
    """An element's text on one line."""
    if not len(element):  # no children (a time, a byline): its own text is all there is
        return " ".join(clean_space(element.text or "").split())
    return " ".join(clean_space("".join(inline_text(element, skip))).split())


def is_quote_caption(caption: HtmlElement) -> bool:
    """Whether a ``<figcaption>`` names who a quote in its figure is by ("— Jane Doe"), rather than
    describing a photo: a caption worth keeping with the text."""
    figure = caption.getparent()
    return figure is not None and next(figure.iter("blockquote", "q"), None) is not None


def _photo_caption(element: HtmlElement) -> bool:
    return element.tag == "figcaption" and not is_quote_caption(element)


def html_fragment_paragraphs(markup: str) -> list[str]:
    """Paragraphs of an HTML fragment (a feed item's content, an articleBody with tags)."""
    if not markup.strip():
        return []
    if "<" not in markup:
        return split_plain(markup)
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return split_plain(re.sub(r"<[^>]{0,2000}>", " ", markup))
    # A photo's caption is no part of the text, unless it is all there is.
    return paragraphs([root], _photo_caption) or paragraphs([root])


def split_plain(text: str) -> list[str]:
    """Plain text -> paragraphs: blank lines separate them, single line breaks too."""
    return [clean_space(part) for part in re.split(r"\n\s*", text.replace("\r", "\n")) if part.strip()]


_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$"
)


_CANONICAL = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", re.ASCII)


def iso_datetime(value: object) -> str | None:
    """An ISO 8601 string for a markup time value, keeping its zone; None when it is no time.

    Accepts ISO 8601 in its common spellings ("…Z", "+0200", ".000",
    a space for "T"), Unix epoch seconds or milliseconds (as UTC) and
    RFC 822 dates ("Tue, 26 Apr 2022 14:24:00 +0200").
    """
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(float(value))
    text = str(value).strip()
    if not text:
        return None
    if len(text) == 25 and _CANONICAL.match(text):
        # Already the form this returns ("2022-04-26T14:24:00+02:00", the common case): only checked.
        try:
            datetime.fromisoformat(text)
        except ValueError:
            pass  # the slow path below decides
        else:
            return text
    if text.isdigit() and len(text) in (10, 13):
        return _from_epoch(float(text))
    match = _ISO.match(text)
    if match:
        year, month, day, hour, minute, second, zone = match.groups()
        try:
            if hour is None:
                return datetime(int(year), int(month), int(day)).date().isoformat()
            stamp = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
        except ValueError:
            return None
        out = stamp.isoformat()
        if zone:
            out += _zone(zone)
        return out
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.isoformat()


def _zone(zone: str) -> str:
    if zone == "Z":
        return "+00:00"
    digits = zone[1:].replace(":", "")
    return f"{zone[0]}{digits[:2]}:{digits[2:4] or '00'}"


def _from_epoch(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).replace(microsecond=0).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def parse_iso(value: str | None) -> datetime | None:
    """A datetime for an ISO string from :func:`iso_datetime` (aware when it has a zone)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
