"""Whole responses kept until the archive changes: an ASGI middleware for ``liveblog serve``.

An archive changes only when ingest or watch commits, and between commits a
page of it is the same for everyone: rendering a 100-row table page costs
Datasette tens of milliseconds of Python, answering it again from memory a
fraction of one. A response is reused while ``PRAGMA data_version`` (see
``ReadOnlyDatabase.data_version``) is unchanged, so the first request after
a commit is always computed afresh.

Only plain GETs of the archive's own pages are kept: no cookies or
credentials, no arbitrary SQL (``sql=``, ``_where=``: it may call
``random()``), 200 responses without ``Set-Cookie``, up to a size limit.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_UNCACHED_PARAMS = {"sql", "_where", "_trace", "_timelimit"}
_PRIVATE_HEADERS = {b"cookie", b"authorization"}
_VARY_HEADERS = (b"accept-encoding", b"accept")
HIT_HEADER = b"x-liveblog-cache"


@dataclass(frozen=True)
class _Stored:
    version: int
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class ResponseCache:
    """Wrap ``app``; answer repeated GETs under ``prefix`` from memory while ``version()`` is unchanged."""

    def __init__(
        self,
        app: ASGIApp,
        version: Callable[[], int],
        prefix: str,
        *,
        max_entries: int = 512,
        max_bytes: int = 64 * 1024 * 1024,
        max_response: int = 2 * 1024 * 1024,
    ) -> None:
        self.app = app
        self.version = version
        self.prefix = prefix.rstrip("/")
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_response = max_response
        self._entries: OrderedDict[tuple[Any, ...], _Stored] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def _key(self, scope: Scope) -> tuple[Any, ...] | None:
        if scope.get("type") != "http" or scope.get("method") != "GET":
            return None
        path: str = scope.get("path", "")
        if not (path == self.prefix or path.startswith(self.prefix + "/") or path.startswith(self.prefix + ".")):
            return None
        headers = dict(scope.get("headers") or [])
        if _PRIVATE_HEADERS & set(headers):
            return None
        query: bytes = scope.get("query_string", b"")
        names = {name for name, _ in parse_qsl(query.decode("latin-1"), keep_blank_values=True)}
        if names & _UNCACHED_PARAMS:
            return None
        return (path, query, *(headers.get(h, b"") for h in _VARY_HEADERS))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI entry point."""
        key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        # The version is read before the page is made: a commit landing while
        # it is made leaves the page stored under the older version, so the
        # next request computes it again.
        version = self.version()
        with self._lock:
            stored = self._entries.get(key)
            if stored is not None and stored.version == version:
                self._entries.move_to_end(key)
            else:
                stored = None
        if stored is not None:
            await send(
                {
                    "type": "http.response.start",
                    "status": stored.status,
                    "headers": [*stored.headers, (HIT_HEADER, b"hit")],
                }
            )
            await send({"type": "http.response.body", "body": stored.body})
            return
        status = 0
        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []
        size = 0
        keep = True

        async def capture(message: Message) -> None:
            nonlocal status, headers, size, keep
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = [(bytes(k), bytes(v)) for k, v in message.get("headers", [])]
                keep = status == 200 and all(k.lower() != b"set-cookie" for k, _ in headers)
                message = {**message, "headers": [*headers, (HIT_HEADER, b"miss")]}
            elif message["type"] == "http.response.body" and keep:
                body = bytes(message.get("body", b""))
                size += len(body)
                if size > self.max_response:
                    keep = False
                    chunks.clear()
                else:
                    chunks.append(body)
            await send(message)

        await self.app(scope, receive, capture)
        with self._lock:
            if keep and status:
                self._store(key, _Stored(version, status, headers, b"".join(chunks)))

    def _store(self, key: tuple[Any, ...], stored: _Stored) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= len(old.body)
        self._entries[key] = stored
        self._bytes += len(stored.body)
        while self._entries and (len(self._entries) > self.max_entries or self._bytes > self.max_bytes):
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= len(dropped.body)
