"""URLs, served by a real HTTP server on 127.0.0.1: limits, errors, redirects, compression, charsets, caching."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from local_http import LocalServer, Request, Response, serve

from liveblog.errors import LiveblogError
from liveblog.sources import read, read_documents
from liveblog.sources.fetch import fetch

HTML = Path(__file__).resolve().parent.parent / "fixtures" / "html"
PAGE = (HTML / "nrk.html").read_bytes()
HTML_TYPE = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def server() -> Iterator[LocalServer]:
    yield from serve()


def test_a_page_is_fetched_and_read_by_its_kind(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/live"] = Response(PAGE, headers=HTML_TYPE)
    raw = read(server.url("/live"), cache_dir=tmp_path)
    assert raw.reader == "html"
    assert raw.identity == server.url("/live")
    assert raw.fetched_at is not None
    assert [b.time_text for b in raw.blocks if b.kind == "entry"] == ["kl. 14.24", "kl. 14.07", "kl. 13.43"]


def test_feeds_are_told_from_pages_by_their_content(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/feed"] = Response((HTML / "bbc.rss.xml").read_bytes(), headers={"Content-Type": "text/xml"})
    [raw] = read_documents(server.url("/feed"), cache_dir=tmp_path)
    assert raw.reader == "feed"
    assert len([b for b in raw.blocks if b.kind == "entry"]) == 3


def test_requests_name_liveblog_as_their_user_agent(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/live"] = Response(PAGE, headers=HTML_TYPE)
    fetch(server.url("/live"), cache_dir=tmp_path)
    assert server.requests[-1].headers["user-agent"].startswith("liveblog/")


@pytest.mark.parametrize(("status", "problem"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error")])
def test_http_errors_are_one_line(server: LocalServer, tmp_path: Path, status: int, problem: str) -> None:
    server.routes["/gone"] = Response(b"nope", status)
    with pytest.raises(LiveblogError) as caught:
        read(server.url("/gone"), cache_dir=tmp_path)
    assert str(caught.value) == f"{server.url('/gone')}: {problem}"


def test_a_slow_server_times_out(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/slow"] = Response(PAGE, headers=HTML_TYPE, delay=3)
    with pytest.raises(LiveblogError, match=r"/slow: timed out after 0\.5 s$"):
        read(server.url("/slow"), timeout=0.5, cache_dir=tmp_path)


def test_a_body_that_stalls_times_out(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/stall"] = Response(PAGE, headers=HTML_TYPE, stall=3)
    with pytest.raises(LiveblogError, match="timed out"):
        fetch(server.url("/stall"), timeout=0.5, cache_dir=tmp_path)


def test_redirects_are_followed_to_the_final_url(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/old"] = Response(status=301, headers={"Location": "/new"})
    server.routes["/new"] = Response(PAGE, headers=HTML_TYPE)
    got = fetch(server.url("/old"), cache_dir=tmp_path)
    assert got.url == server.url("/new")
    assert read(server.url("/old"), cache_dir=tmp_path).url  # the page's canonical URL


def test_a_redirect_loop_ends_with_a_clear_error(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/a"] = Response(status=302, headers={"Location": "/b"})
    server.routes["/b"] = Response(status=302, headers={"Location": "/a"})
    with pytest.raises(LiveblogError, match=r"/a: too many redirects \(more than 5\)$"):
        fetch(server.url("/a"), cache_dir=tmp_path)
    assert len(server.requests) == 6


def test_a_redirect_to_another_scheme_is_refused(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/ftp"] = Response(status=302, headers={"Location": "ftp://127.0.0.1/file"})
    with pytest.raises(LiveblogError, match="unsupported URL"):
        fetch(server.url("/ftp"), cache_dir=tmp_path)


def test_only_http_and_https_urls_are_fetched() -> None:
    with pytest.raises(LiveblogError, match=r"^ftp://example\.org/x: only http and https URLs can be fetched"):
        read("ftp://example.org/x")
    with pytest.raises(LiveblogError, match="only http and https"):
        read("file:///etc/passwd")


def test_gzip_and_deflate_bodies_are_decompressed(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/gz"] = Response(gzip.compress(PAGE), headers={**HTML_TYPE, "Content-Encoding": "gzip"})
    server.routes["/deflate"] = Response(zlib.compress(PAGE), headers={**HTML_TYPE, "Content-Encoding": "deflate"})
    assert fetch(server.url("/gz"), cache_dir=tmp_path).content == PAGE
    assert fetch(server.url("/deflate"), cache_dir=tmp_path).content == PAGE


def test_an_oversize_body_is_refused_by_its_length(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/big"] = Response(b"x" * 200_000, headers=HTML_TYPE)
    with pytest.raises(LiveblogError, match=r"/big: 0\.2 MB is over the 0 MB limit"):
        fetch(server.url("/big"), max_bytes=100_000, cache_dir=tmp_path)


def test_an_oversize_body_without_a_length_is_cut_off(server: LocalServer, tmp_path: Path) -> None:
    def chunked(_request: Request) -> Response:
        # No Content-Length: HTTP/1.0-style body that ends when the connection closes.
        return Response(b"<p>" + b"y" * 300_000, headers=HTML_TYPE, send_length=False)

    server.routes["/stream"] = chunked
    with pytest.raises(LiveblogError, match="over the"):
        fetch(server.url("/stream"), max_bytes=100_000, cache_dir=tmp_path)


def test_a_gzip_bomb_is_stopped_at_the_decompressed_size_cap(server: LocalServer, tmp_path: Path) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    server.routes["/bomb"] = Response(bomb, headers={**HTML_TYPE, "Content-Encoding": "gzip"})
    with pytest.raises(LiveblogError, match="over the 1 MB limit after decompression"):
        fetch(server.url("/bomb"), max_bytes=1_000_000, cache_dir=tmp_path)


def test_a_utf8_page_mislabelled_as_latin1_reads_right(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/mislabelled"] = Response(PAGE, headers={"Content-Type": "text/html; charset=iso-8859-1"})
    raw = read(server.url("/mislabelled"), cache_dir=tmp_path)
    assert raw.title == "Krigen i Ukraina: FN-sjefen møter Lavrov"


def test_a_latin1_page_labelled_utf8_reads_right(server: LocalServer, tmp_path: Path) -> None:
    page = "<html><body><h1>Grüße aus Köln</h1><p>Straße, Größe, Übung – ein Test für Umlaute.</p></body></html>"
    server.routes["/latin"] = Response(page.encode("cp1252"), headers={"Content-Type": "text/html; charset=utf-8"})
    assert read(server.url("/latin"), cache_dir=tmp_path).title == "Grüße aus Köln"


def test_the_meta_charset_counts_when_the_header_has_none(server: LocalServer, tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><h1>Bærum – «ja»</h1></body></html>'
    server.routes["/meta"] = Response(page.encode("cp1252"), headers={"Content-Type": "text/html"})
    assert read(server.url("/meta"), cache_dir=tmp_path).title == "Bærum – «ja»"


def test_conditional_get_uses_the_cache_on_304(server: LocalServer, tmp_path: Path) -> None:
    def etagged(request: Request) -> Response:
        if request.headers.get("if-none-match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(PAGE, headers={**HTML_TYPE, "ETag": '"v1"'})

    server.routes["/etag"] = etagged
    first = fetch(server.url("/etag"), cache_dir=tmp_path)
    second = fetch(server.url("/etag"), cache_dir=tmp_path)
    assert not first.not_modified
    assert second.not_modified and second.content == PAGE
    assert server.requests[1].headers["if-none-match"] == '"v1"'
    assert len(read(server.url("/etag"), cache_dir=tmp_path).blocks) > 3


def test_conditional_get_sends_last_modified(server: LocalServer, tmp_path: Path) -> None:
    stamp = "Tue, 26 Apr 2022 12:00:00 GMT"

    def dated(request: Request) -> Response:
        if request.headers.get("if-modified-since") == stamp:
            return Response(status=304)
        return Response(PAGE, headers={**HTML_TYPE, "Last-Modified": stamp})

    server.routes["/dated"] = dated
    fetch(server.url("/dated"), cache_dir=tmp_path)
    assert fetch(server.url("/dated"), cache_dir=tmp_path).not_modified
    assert not fetch(server.url("/dated"), cache_dir=tmp_path, use_cache=False).not_modified


def test_a_refused_connection_is_one_line(tmp_path: Path) -> None:
    with LocalServer() as closed:
        url = closed.url("/x")
    with pytest.raises(LiveblogError, match=r"could not connect"):
        fetch(url, cache_dir=tmp_path, timeout=2)


def test_a_tls_failure_is_one_line(server: LocalServer, tmp_path: Path) -> None:
    url = server.url("/live").replace("http://", "https://")
    with pytest.raises(LiveblogError, match="TLS failure") as caught:
        fetch(url, cache_dir=tmp_path, timeout=5)
    assert "\n" not in str(caught.value)
