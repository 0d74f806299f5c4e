"""A real HTTP server on 127.0.0.1 for tests: routes map a path to a response.

A route is a :class:`Response` or a function of the request that returns
one (for pages that change between polls, conditional GET, redirect loops).
Every request is recorded, so tests can check what was asked and that
nothing else was reached.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Response:
    """What the server answers."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    stall: float = 0.0  # seconds to stall after the headers (a slow body)
    send_length: bool = True  # False: no Content-Length, the body ends when the connection closes


@dataclass
class Request:
    """A request the server saw."""

    path: str
    headers: dict[str, str]


Route = Response | Callable[[Request], Response]


class LocalServer:
    """An HTTP server on a free port of 127.0.0.1, serving ``routes``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                request = Request(self.path, {k.lower(): v for k, v in self.headers.items()})
                server.requests.append(request)
                route = server.routes.get(self.path.split("?")[0]) or server.routes.get(self.path)
                if route is None:
                    response = Response(b"not found", 404)
                else:
                    response = route(request) if callable(route) else route
                if response.delay:
                    time.sleep(response.delay)
                try:
                    self.send_response(response.status)
                    headers = dict(response.headers)
                    if response.send_length:
                        headers.setdefault("Content-Length", str(len(response.body)))
                    else:
                        headers["Connection"] = "close"
                        self.close_connection = True
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    if response.stall:
                        self.wfile.flush()
                        time.sleep(response.stall)
                    self.wfile.write(response.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client that hangs up (a TLS probe, a timeout) is part of the tests

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def serve() -> Iterator[LocalServer]:
    """A started server for a pytest fixture."""
    with LocalServer() as server:
        yield server
