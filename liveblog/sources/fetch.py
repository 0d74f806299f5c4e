"""Fetch a URL politely and safely: http(s) only, limits on time, size and redirects, a conditional-GET cache.

Every failure is a :class:`~liveblog.errors.LiveblogError` naming the URL and
the problem in one line (HTTP status, time-out, TLS, refused connection,
oversize body, too many redirects). Bodies are decompressed here, chunk by
chunk with a cap, so that a small gzip bomb cannot fill the memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import ssl
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from liveblog.errors import LiveblogError

MAX_BYTES = 32 * 1024 * 1024  # on the wire and after decompression
TIMEOUT = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "liveblog/{version} (+https://github.com/liveblog-archive/liveblog; live-blog archiver)"


@dataclass
class Fetched:
    """A fetched response body with what is needed to decode and cache it."""

    url: str  # the final URL after redirects
    content: bytes
    content_type: str | None  # media type without parameters, lower case
    charset: str | None  # from the Content-Type header
    fetched_at: str  # ISO 8601 UTC
    status: int
    not_modified: bool = False  # the server answered 304: the cached body is unchanged
    etag: str | None = None
    last_modified: str | None = None


def default_cache_dir() -> Path:
    """``$LIVEBLOG_CACHE`` or ``$XDG_CACHE_HOME/liveblog/http`` (``~/.cache/liveblog/http``)."""
    if os.environ.get("LIVEBLOG_CACHE"):
        return Path(os.environ["LIVEBLOG_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "liveblog" / "http"


def is_url(source: str) -> bool:
    """Whether ``source`` names a URL (any scheme) rather than a file path."""
    scheme = urlsplit(source).scheme
    return len(scheme) > 1 and "://" in source


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    cache_dir: Path | str | None = None,
    use_cache: bool = True,
    user_agent: str | None = None,
) -> Fetched:
    """GET ``url`` and return its body.

    With the cache on (the default), the last body and its ETag and
    Last-Modified are kept in ``cache_dir`` and sent back as
    If-None-Match/If-Modified-Since; a 304 answer returns the cached body with
    ``not_modified`` set. Raises LiveblogError with a one-line reason.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise LiveblogError(url, f"only http and https URLs can be fetched, not {parts.scheme or 'this'}")
    if not parts.netloc:
        raise LiveblogError(url, "URL without a host")
    from liveblog import __version__  # here: liveblog/__init__ imports this module

    headers = {
        "User-Agent": user_agent or USER_AGENT.format(version=__version__),
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,"
        "application/ld+json;q=0.8,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
    }
    cache = _Cache(Path(cache_dir) if cache_dir else default_cache_dir(), url) if use_cache else None
    cached = cache.load() if cache else None
    if cached:
        if cached.get("etag"):
            headers["If-None-Match"] = cached["etag"]
        if cached.get("last_modified"):
            headers["If-Modified-Since"] = cached["last_modified"]
    fetched_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=max_redirects,
                timeout=httpx.Timeout(timeout),
                headers=headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code == 304 and cache and cached:
                body = cache.body()
                if body is not None:
                    return Fetched(
                        url=cached.get("url") or url,
                        content=body,
                        content_type=cached.get("content_type"),
                        charset=cached.get("charset"),
                        fetched_at=fetched_at,
                        status=304,
                        not_modified=True,
                        etag=cached.get("etag"),
                        last_modified=cached.get("last_modified"),
                    )
            if response.status_code >= 400:
                reason = response.reason_phrase or ""
                raise LiveblogError(url, f"HTTP {response.status_code} {reason}".strip())
            if response.status_code >= 300:
                raise LiveblogError(url, f"HTTP {response.status_code} redirect without a usable Location")
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise LiveblogError(url, f"{int(length) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
            content = _read_body(response, url, max_bytes)
            content_type, charset = _content_type(response.headers.get("Content-Type"))
            result = Fetched(
                url=str(response.url),
                content=content,
                content_type=content_type,
                charset=charset,
                fetched_at=fetched_at,
                status=response.status_code,
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
            )
    except httpx.TooManyRedirects:
        raise LiveblogError(url, f"too many redirects (more than {max_redirects})") from None
    except httpx.TimeoutException:
        raise LiveblogError(url, f"timed out after {timeout:g} s") from None
    except httpx.UnsupportedProtocol as err:
        raise LiveblogError(url, f"redirected to an unsupported URL ({err})") from None
    except httpx.ConnectError as err:
        raise LiveblogError(url, _connect_problem(err)) from None
    except httpx.HTTPError as err:
        raise LiveblogError(url, f"{err.__class__.__name__}: {err}".splitlines()[0]) from None
    if cache and (result.etag or result.last_modified):
        cache.save(result)
    return result


def _connect_problem(err: httpx.ConnectError) -> str:
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            reason = getattr(cause, "reason", None) or str(cause)
            return f"TLS failure: {reason}"
        cause = cause.__cause__ or cause.__context__
    text = str(err)
    if "SSL" in text or "certificate" in text.lower():
        return f"TLS failure: {text.splitlines()[0]}"
    return f"could not connect: {text.splitlines()[0] if text else 'connection failed'}"


def _read_body(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    """The decompressed body, refusing more than ``max_bytes`` on the wire or after decompression."""
    encoding = response.headers.get("Content-Encoding", "identity").lower().strip()
    decoders: list[zlib._Decompress] = []
    for name in [part.strip() for part in encoding.split(",") if part.strip()]:
        if name in ("gzip", "x-gzip"):
            decoders.append(zlib.decompressobj(16 + zlib.MAX_WBITS))
        elif name == "deflate":
            decoders.append(zlib.decompressobj())
        elif name != "identity":
            raise LiveblogError(url, f"unsupported Content-Encoding {name!r}")
    chunks: list[bytes] = []
    wire = size = 0
    try:
        for raw in response.iter_raw():
            wire += len(raw)
            if wire > max_bytes:
                raise LiveblogError(url, f"body is over the {max_bytes / 1e6:.0f} MB limit")
            data = raw
            for decoder in decoders:
                # max_length bounds what one chunk may expand to; the rest waits in unconsumed_tail.
                out = [decoder.decompress(data, max_bytes - size + 1)]
                while decoder.unconsumed_tail and size + sum(map(len, out)) <= max_bytes:
                    out.append(decoder.decompress(decoder.unconsumed_tail, max_bytes - size + 1))
                data = b"".join(out)
            size += len(data)
            if size > max_bytes:
                raise LiveblogError(url, f"body is over the {max_bytes / 1e6:.0f} MB limit after decompression")
            chunks.append(data)
    except zlib.error:
        raise LiveblogError(url, f"corrupt {encoding} body") from None
    return b"".join(chunks)


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return message.get_content_type().lower(), (str(charset).strip().lower() if charset else None)


class _Cache:
    """One URL's last body and validators on disk (``<key>.body`` and ``<key>.json``)."""

    def __init__(self, folder: Path, url: str) -> None:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
        self.meta_path = folder / f"{key}.json"
        self.body_path = folder / f"{key}.body"
        self.url = url

    def load(self) -> dict[str, str] | None:
        try:
            data = json.loads(self.meta_path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) and data.get("request_url") == self.url else None

    def body(self) -> bytes | None:
        try:
            return self.body_path.read_bytes()
        except OSError:
            return None

    def save(self, fetched: Fetched) -> None:
        meta = {
            "request_url": self.url,
            "url": fetched.url,
            "etag": fetched.etag,
            "last_modified": fetched.last_modified,
            "content_type": fetched.content_type,
            "charset": fetched.charset,
            "fetched_at": fetched.fetched_at,
        }
        try:
            self.meta_path.parent.mkdir(parents=True, exist_ok=True)
            # Body first, then meta, each via a temporary file: a crash never pairs a meta with the wrong body.
            tmp = self.body_path.with_suffix(".body.tmp")
            tmp.write_bytes(fetched.content)
            tmp.replace(self.body_path)
            tmp = self.meta_path.with_suffix(".json.tmp")
            tmp.write_text(json.dumps(meta), "utf-8")
            tmp.replace(self.meta_path)
        except OSError:
            pass  # a cache that cannot be written only costs a full download next time
