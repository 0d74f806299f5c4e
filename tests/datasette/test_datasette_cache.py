"""ResponseCache: a page is answered from memory until the archive changes, and only plain GETs are kept."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from datasette_archive import EN, build_archive, german_liveblog

from liveblog.ingest import Archive
from liveblog.serve import asgi_app, make_datasette


@pytest.fixture
def small_archive(tmp_path: Path) -> Path:
    return build_archive(tmp_path / "archive.db")


def fetch(app: Any, ds: Any, *requests: tuple[str, dict[str, str]]) -> list[httpx.Response]:
    async def go() -> list[httpx.Response]:
        await ds.invoke_startup()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return [await client.get(path, headers=headers) for path, headers in requests]

    return asyncio.run(go())


def test_a_page_is_reused_until_ingest_commits(small_archive: Path) -> None:
    ds = make_datasette(small_archive)
    app = asgi_app(ds)
    first, second = fetch(app, ds, ("/archive/-/documents", {}), ("/archive/-/documents", {}))
    assert (first.headers["x-liveblog-cache"], second.headers["x-liveblog-cache"]) == ("miss", "hit")
    assert first.text == second.text and "Ukraine-Krieg im Liveticker" in first.text
    document = german_liveblog()
    document.identity = document.source = "fixtures/another-ticker.txt"
    document.title = "Ein zweiter Ticker"
    for entry in document.entries:
        entry.id = "other-" + entry.id
    with Archive(small_archive) as archive:
        archive.add(document)
    (third,) = fetch(app, ds, ("/archive/-/documents", {}))
    assert third.headers["x-liveblog-cache"] == "miss"
    assert "Ein zweiter Ticker" in third.text


def test_arbitrary_sql_cookies_errors_and_other_paths_are_not_kept(small_archive: Path) -> None:
    ds = make_datasette(small_archive)
    app = asgi_app(ds)
    responses = fetch(
        app,
        ds,
        ("/archive.json?sql=select+random()", {}),
        ("/archive.json?sql=select+random()", {}),
        (f"/archive/-/document/{EN}", {"cookie": "ds_actor=x"}),
        (f"/archive/-/document/{EN}", {"cookie": "ds_actor=x"}),
        ("/archive/-/document/nothing-here", {}),
        ("/archive/-/document/nothing-here", {}),
        ("/-/versions.json", {}),
    )
    sql_a, sql_b, cookie_a, cookie_b, missing_a, missing_b, versions = responses
    assert "x-liveblog-cache" not in sql_a.headers and "x-liveblog-cache" not in sql_b.headers
    assert "x-liveblog-cache" not in cookie_b.headers
    assert (missing_a.status_code, missing_b.headers["x-liveblog-cache"]) == (404, "miss")
    assert "x-liveblog-cache" not in versions.headers
    assert cookie_a.status_code == 200


def test_json_and_html_of_the_same_page_are_kept_apart(small_archive: Path) -> None:
    ds = make_datasette(small_archive)
    app = asgi_app(ds)
    html, as_json, html_again = fetch(
        app, ds, ("/archive/entries", {}), ("/archive/entries.json", {}), ("/archive/entries", {})
    )
    assert html.headers["content-type"].startswith("text/html")
    assert as_json.headers["content-type"].startswith("application/json")
    assert html_again.headers["x-liveblog-cache"] == "hit" and html_again.text == html.text
