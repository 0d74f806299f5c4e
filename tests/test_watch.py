"""`liveblog watch`: poll a live blog on a real local HTTP server, ingest its updates, stop when it closes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from local_http import LocalServer, Request, Response, serve

from liveblog.errors import LiveblogError
from liveblog.watch import Poll, watch

HTML_TYPE = {"Content-Type": "text/html; charset=utf-8"}


def page(entries: list[tuple[str, str, str]], *, closed: bool = False) -> bytes:
    """A live-blog page with entries (id, HH:MM, text), newest first; closed pages carry a coverageEndTime."""
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Council vote live"}
    if closed:
        ld["coverageEndTime"] = "2022-04-26T16:00:00+02:00"
    posts = "".join(
        f'<article class="post" id="{eid}"><time datetime="2022-04-26T{hhmm}:00+02:00">{hhmm}</time>'
        f"<p>{text}</p></article>"
        for eid, hhmm, text in entries
    )
    return (
        f'<html lang="en"><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
        f"<body><main><h1>Council vote live</h1><section>{posts}</section></main></body></html>"
    ).encode()


FIRST = [("p2", "14:10", "The debate has started in the council."), ("p1", "14:00", "The council meets at two.")]
SECOND = [("p3", "14:20", "The mayor said the budget is sound."), *FIRST]
CLOSED = [("p4", "14:30", "The budget passed. This live blog is now closed."), *SECOND]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[LocalServer]:
    monkeypatch.setenv("LIVEBLOG_CACHE", str(tmp_path / "cache"))  # never the user's cache
    yield from serve()


class Versions:
    """A page that moves to its next version each time the watcher sleeps."""

    def __init__(self, *bodies: bytes) -> None:
        self.bodies = bodies
        self.index = 0
        self.slept: list[float] = []

    def route(self, request: Request) -> Response:
        body = self.bodies[min(self.index, len(self.bodies) - 1)]
        etag = f'"v{self.index}"'
        if request.headers.get("if-none-match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, headers={**HTML_TYPE, "ETag": etag})

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.index += 1


def stored_entries(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT time, text FROM entries WHERE removed = 0 ORDER BY time").fetchall()


def test_watch_ingests_updates_until_the_coverage_ends(server: LocalServer, tmp_path: Path) -> None:
    versions = Versions(page(FIRST), page(SECOND), page(SECOND), page(CLOSED, closed=True))
    server.routes["/live"] = versions.route
    db = tmp_path / "archive.db"
    seen: list[Poll] = []
    result = watch(server.url("/live"), db=db, interval=30, sleep=versions.sleep, on_poll=seen.append)
    assert result.stopped == "coverage ended"
    assert [poll.number for poll in result.polls] == [1, 2, 3, 4]
    assert versions.slept == [30, 30, 30]
    summaries = [poll.summary for poll in result.polls]
    assert [(s.new, s.updated, s.unchanged) for s in summaries if s] == [(1, 0, 0), (0, 1, 0), (0, 0, 1), (0, 1, 0)]
    assert [poll.coverage_ended for poll in result.polls] == [False, False, False, True]
    assert seen == result.polls
    assert stored_entries(db) == [
        ("14:00", "The council meets at two."),
        ("14:10", "The debate has started in the council."),
        ("14:20", "The mayor said the budget is sound."),
        ("14:30", "The budget passed. This live blog is now closed."),
    ]


def test_each_poll_asks_the_server_once(server: LocalServer, tmp_path: Path) -> None:
    versions = Versions(page(FIRST), page(SECOND), page(CLOSED, closed=True))
    server.routes["/live"] = versions.route
    result = watch(server.url("/live"), db=tmp_path / "a.db", sleep=versions.sleep)
    assert len(result.polls) == 3
    assert [request.path for request in server.requests] == ["/live", "/live", "/live"]


def test_an_unchanged_page_is_asked_for_with_a_conditional_get(server: LocalServer, tmp_path: Path) -> None:
    versions = Versions(page(FIRST))
    versions.sleep = lambda seconds: None  # type: ignore[method-assign]  (the page never changes)
    server.routes["/live"] = versions.route
    watch(server.url("/live"), db=tmp_path / "a.db", max_polls=2, sleep=versions.sleep)
    assert any(request.headers.get("if-none-match") == '"v0"' for request in server.requests[1:])


def test_watch_stops_after_max_polls(server: LocalServer, tmp_path: Path) -> None:
    versions = Versions(page(FIRST), page(SECOND))
    server.routes["/live"] = versions.route
    result = watch(server.url("/live"), db=tmp_path / "a.db", max_polls=2, sleep=versions.sleep)
    assert (result.stopped, len(result.polls), versions.slept) == ("max polls", 2, [60.0])


def test_watch_stops_at_the_until_time(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/live"] = Response(page(FIRST), headers=HTML_TYPE)
    past = datetime(2022, 4, 26, 12, 0, tzinfo=UTC)
    result = watch(server.url("/live"), db=tmp_path / "a.db", until=past, sleep=lambda s: None)
    assert (result.stopped, len(result.polls)) == ("until", 1)


def test_failing_polls_are_reported_and_end_the_watch_when_they_persist(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/live"] = Response(b"down", 503)
    result = watch(server.url("/live"), db=tmp_path / "a.db", max_failures=3, sleep=lambda s: None)
    assert result.stopped == "failures"
    assert [poll.error for poll in result.polls] == ["HTTP 503 Service Unavailable"] * 3
    assert result.polls[0].line().endswith(": failed: HTTP 503 Service Unavailable")


def test_watch_needs_an_http_url(tmp_path: Path) -> None:
    with pytest.raises(LiveblogError, match="watch needs an http or https URL"):
        watch("seeds/001_1ef951b14edccf44.txt", db=tmp_path / "a.db")


def test_the_watch_command_prints_a_line_per_poll(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/live"] = Response(page(CLOSED, closed=True), headers=HTML_TYPE)
    db = tmp_path / "archive.db"
    run = subprocess.run(
        [sys.executable, "-m", "liveblog", "watch", server.url("/live"), "--db", str(db), "--interval", "0"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("poll 1 at ")
    assert lines[0].endswith("; coverage ended")
    assert lines[-1] == "stopped: coverage ended"
    assert len(stored_entries(db)) == 4


def test_the_watch_command_fails_in_one_line_for_a_file(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "liveblog", "watch", "notes.txt", "--db", str(tmp_path / "a.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stderr == "error: notes.txt: watch needs an http or https URL\n"
