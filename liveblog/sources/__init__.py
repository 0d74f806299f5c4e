"""Read the world: files and URLs -> RawDocument(s).

``read(source)`` and ``read_documents(source)`` decide what a source is and
hand it to the right reader:

* a URL (http and https only) is fetched (:mod:`liveblog.sources.fetch`),
  anything else is a file path;
* the bytes are decoded (BOM, the HTTP header's charset, the page's own
  ``<meta charset>`` or XML declaration, then detection);
* the text is sniffed, with the Content-Type and file suffix as tie-breakers:
  an RSS/Atom feed (:mod:`.feed`), an HTML page (:mod:`.html`, which also
  reads JSON-LD and microdata), a JSON-LD document (:mod:`.jsonld`) or plain
  text (:mod:`.text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from liveblog.errors import LiveblogError
from liveblog.models import RawDocument
from liveblog.sources.decode import decode_bytes
from liveblog.sources.text import read_text

# Larger inputs are refused rather than parsed for minutes; a real live-blog
# page is a few megabytes.
MAX_BYTES = 32 * 1024 * 1024

_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|script)\b", re.I)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
_FEED_SUFFIXES = (".rss", ".atom", ".xml")
_JSON_SUFFIXES = (".json", ".jsonld")


@dataclass
class Loaded:
    """A source's text and what is known about where it came from."""

    text: str
    label: str  # the source as the user named it
    identity: str
    url: str | None
    fetched_at: str | None
    content_type: str | None
    suffix: str
    not_modified: bool = False


def read(
    source: str | Path,
    *,
    name: str | None = None,
    max_bytes: int = MAX_BYTES,
    feed_kind: str | None = None,
    timeout: float | None = None,
    cache_dir: Path | str | None = None,
    use_cache: bool = True,
) -> RawDocument:
    """Read a file or URL into one RawDocument.

    ``name`` (a feeds.yml name) becomes the document's identity; otherwise
    the URL or the resolved path does. A feed is read as one document whose
    items are entries unless ``feed_kind`` is "articles" (then use
    :func:`read_documents`). Raises LiveblogError with a one-line reason.
    """
    documents = read_documents(
        source,
        name=name,
        feed_kind=feed_kind or "liveblog",
        max_bytes=max_bytes,
        timeout=timeout,
        cache_dir=cache_dir,
        use_cache=use_cache,
    )
    if len(documents) != 1:
        raise LiveblogError(str(source), f"a feed of {len(documents)} articles: read it with read_documents or ingest")
    return documents[0]


def read_documents(
    source: str | Path,
    *,
    name: str | None = None,
    feed_kind: str | None = None,
    max_bytes: int = MAX_BYTES,
    timeout: float | None = None,
    cache_dir: Path | str | None = None,
    use_cache: bool = True,
) -> list[RawDocument]:
    """Every document a source holds: one for a page or file, many for a feed of articles.

    ``feed_kind`` ("liveblog" or "articles") says how a feed's items are read
    (guessed from the item links when None); ``name`` is the feeds.yml name.
    ``timeout``, ``cache_dir`` and ``use_cache`` apply to URLs. Raises
    LiveblogError with a one-line reason.
    """
    loaded = load(source, name=name, max_bytes=max_bytes, timeout=timeout, cache_dir=cache_dir, use_cache=use_cache)
    return parse_loaded(loaded, feed_kind=feed_kind)


def load(
    source: str | Path,
    *,
    name: str | None = None,
    max_bytes: int = MAX_BYTES,
    timeout: float | None = None,
    cache_dir: Path | str | None = None,
    use_cache: bool = True,
) -> Loaded:
    """Fetch or read ``source`` and decode it to text (see :func:`read_documents`)."""
    from liveblog.sources import fetch

    label = str(source)
    if isinstance(source, str) and fetch.is_url(source):
        got = fetch.fetch(
            source,
            max_bytes=max_bytes,
            timeout=fetch.TIMEOUT if timeout is None else timeout,
            cache_dir=cache_dir,
            use_cache=use_cache,
        )
        declared = got.charset or _sniff_charset(got.content)
        text = decode_bytes(got.content, label, declared=declared)
        suffix = Path(got.url.split("?")[0].split("#")[0]).suffix.lower()
        return Loaded(
            text=text,
            label=label,
            identity=name or source,
            url=got.url,
            fetched_at=got.fetched_at,
            content_type=got.content_type,
            suffix=suffix,
            not_modified=got.not_modified,
        )
    path = Path(source)
    data = read_file_bytes(path, label, max_bytes)
    text = decode_bytes(data, label, declared=_sniff_charset(data))
    return Loaded(
        text=text,
        label=label,
        identity=name or str(path.resolve()),
        url=None,
        fetched_at=None,
        content_type=None,
        suffix=path.suffix.lower(),
    )


def parse_loaded(loaded: Loaded, *, feed_kind: str | None = None) -> list[RawDocument]:
    """Hand loaded text to the reader its kind calls for."""
    kind = detect(loaded.text, loaded.content_type, loaded.suffix)
    if kind == "feed":
        from liveblog.sources.feed import read_feed

        return read_feed(
            loaded.text,
            loaded.label,
            loaded.identity,
            url=loaded.url,
            fetched_at=loaded.fetched_at,
            feed_kind=feed_kind,
        )
    if kind == "html":
        from liveblog.sources.html import read_html

        return [read_html(loaded.text, loaded.label, loaded.identity, url=loaded.url, fetched_at=loaded.fetched_at)]
    if kind == "json":
        from liveblog.sources.jsonld import read_jsonld

        return [read_jsonld(loaded.text, loaded.label, loaded.identity, fetched_at=loaded.fetched_at)]
    raw = read_text(loaded.text, loaded.label, loaded.identity)
    raw.url = loaded.url
    raw.fetched_at = loaded.fetched_at
    return [raw]


def detect(text: str, content_type: str | None = None, suffix: str = "") -> str:
    """What ``text`` is: "feed", "html", "json" or "text".

    The text itself decides first (a plain-text live blog never opens with a
    tag); the Content-Type and the file suffix break ties.
    """
    from liveblog.sources.feed import looks_like_feed

    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        if looks_like_feed(head):
            return "feed"
        if _HTML_START.search(head[:2048]) or (content_type or "").endswith("html") or suffix in _HTML_SUFFIXES:
            return "html"
        if "xml" in (content_type or "") or suffix in _FEED_SUFFIXES:
            return "feed"
        return "html"
    if head.startswith(("{", "[")) and (
        (content_type or "").endswith("json") or suffix in _JSON_SUFFIXES or head.rstrip().endswith(("}", "]"))
    ):
        return "json"
    if (content_type or "") in ("text/html", "application/xhtml+xml") and _HTML_START.search(head[:4096]):
        return "html"
    return "text"


def _sniff_charset(data: bytes) -> str | None:
    """The charset a page or feed declares about itself (``<meta charset>``, the XML declaration)."""
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def read_file_bytes(path: Path, label: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``, or a LiveblogError saying why not."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise LiveblogError(label, "is a folder, not a file")
        if size > max_bytes:
            raise LiveblogError(label, f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
        return path.read_bytes()
    except FileNotFoundError:
        raise LiveblogError(label, "no such file") from None
    except PermissionError:
        raise LiveblogError(label, "permission denied") from None
    except OSError as err:
        raise LiveblogError(label, err.strerror or str(err)) from None
