"""The archive in a real browser: `liveblog serve` in a subprocess, Debian's Chromium driven by Playwright.

One server and one browser for the module. Every page must load without a
console error and without a request to any host but loopback (requests
elsewhere are recorded and refused). Screenshots go to
test-artifacts/datasette/.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import playwright.sync_api as playwright_api
import pytest
from datasette_archive import EN

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "datasette"
CHROMIUM = os.environ.get("LIVEBLOG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}

# On a developer machine without Chromium the browser tests are skipped; in CI
# (.ci/run installs Chromium) a missing browser must fail, never pass silently.
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and shutil.which("chromium") is None and os.environ.get("CI") != "true",
    reason="Debian's chromium is not installed (.ci/run installs it)",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(archive_db: Path) -> Iterator[str]:
    port = free_port()
    log = ARTIFACTS / "server.log"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "liveblog", "serve", "--db", str(archive_db), "--port", str(port)],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2):
                        break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"liveblog serve did not start: {log.read_text()}") from None
                    time.sleep(0.1)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@dataclass
class Watched:
    """A page with what it logged, which requests it made and which dialogs it opened."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def check_clean(self) -> None:
        assert self.console_errors == []
        assert self.page_errors == []
        assert self.refused == []
        assert self.dialogs == []
        assert self.requests and all(urlsplit(url).hostname in LOOPBACK for url in self.requests)


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    watched = Watched(tab)

    def route(route: Any) -> None:
        url = route.request.url
        if urlsplit(url).hostname in LOOPBACK or url.startswith(("data:", "about:")):
            route.continue_()
        else:
            watched.refused.append(url)
            route.abort()

    context.route("**/*", route)
    tab.on("console", lambda msg: watched.console_errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda err: watched.page_errors.append(str(err)))
    tab.on("request", lambda req: watched.requests.append(req.url))

    def on_dialog(dialog: Any) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    yield watched
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def test_searching_for_a_quote_finds_it_with_the_words_highlighted(server: str, page: Watched) -> None:
    tab = page.page
    tab.goto(f"{server}/archive/search_quotes")
    tab.fill("input[name=q]", "delegations Geneva")
    tab.press("input[name=q]", "Enter")
    tab.wait_for_url(re.compile(r"search_quotes\?q=delegations"))
    snippets = tab.locator("td.col-snippet").all_inner_texts()
    assert snippets == ["Our delegations will meet again in Geneva"] * 2
    assert tab.locator("td.col-snippet mark").all_inner_texts() == ["delegations", "Geneva"] * 2
    # The speaker cell leads to the speaker's page.
    tab.locator("td.col-speaker a").first.click()
    assert tab.locator("h1").inner_text() == "Ingrid Halvorsen"
    page.check_clean()


def test_full_text_search_on_the_quotes_table_then_filtering_by_a_speaker(server: str, page: Watched) -> None:
    tab = page.page
    tab.goto(f"{server}/archive/quotes")
    tab.fill("input#_search", "facts ground")
    tab.press("input#_search", "Enter")
    tab.wait_for_url(re.compile(r"_search=facts"))
    assert tab.locator("td.col-text").all_inner_texts() == ["We act according to the facts on the ground"]
    tab.goto(f"{server}/archive/quotes")
    # The speaker facet (from metadata.yml) filters the table to one speaker.
    facet = tab.locator(".facet-info[data-column=speaker] a", has_text="Ingrid Halvorsen").first
    facet.click()
    tab.wait_for_url(re.compile(r"speaker=Ingrid"))
    speakers = tab.locator("td.col-speaker").all_inner_texts()
    assert speakers and set(speakers) == {"Ingrid Halvorsen"}
    page.check_clean()


def test_the_seed_live_blog_reads_as_35_timed_entries_with_speaker_chips(server: str, page: Watched) -> None:
    tab = page.page
    tab.goto(f"{server}/archive/-/documents")
    tab.get_by_role("link", name=re.compile("Guterres with Putin and Lavrov – live press conference")).click()
    tab.wait_for_url(re.compile(r"/archive/-/document/"))
    assert tab.locator("li.liveblog-entry .entry-time time").count() == 35
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "seed_live_blog_document_page.png"), full_page=True)
    chips = tab.locator("a.chip")
    assert chips.count() > 0
    first = chips.first
    name = re.sub(r"\s*×\d+$", "", first.inner_text()).strip()
    first.click()
    tab.wait_for_url(re.compile(r"/archive/-/speaker/"))
    assert tab.locator("h1").inner_text() == name
    assert tab.locator("ol.speaker-quotes li.quote").count() > 0
    page.check_clean()


def test_script_and_onerror_in_an_entry_are_shown_as_text_and_never_run(server: str, page: Watched) -> None:
    tab = page.page
    tab.goto(f"{server}/archive/-/document/{EN}")
    entry = tab.locator("#e-en-1320 .entry-text")
    assert "<script>alert(1)</script>" in entry.inner_text()
    assert "<img src=x onerror=" in entry.inner_text()
    assert tab.locator("#e-en-1320 img").count() == 0
    tab.goto(f"{server}/archive/entries?_search=posted")
    assert "<script>alert(1)</script>" in tab.locator("td.col-text").first.inner_text()
    tab.goto(f"{server}/archive/timeline?_search=posted")
    tab.wait_for_load_state("load")
    assert tab.title() != "pwned"
    assert page.dialogs == []
    page.check_clean()
