"""The seed live blog rendered as HTML in nine outlets' markup reads as well as its plain text.

tests/fixtures/seed_html holds seed 001 written out (by
tests/fixtures/html/make_seed_pages.py) as Guardian-, BBC- and
WordPress-style pages and in six markups that differ from those: NYT live
updates (relative shown times, a partial LiveBlogPosting), AP live (epoch
milliseconds, "Updated" stamps), a Liveblog Pro embed (UTC data-js-timestamp),
a Spiegel/Zeit-style Liveticker and a VG/TV 2-style direkte feed (times only as
shown text), and a Tickaroo embed; each with real per-entry markup and page
chrome, and the seed's gold with ``source`` pointing at each page. The scorer
(tests/fixtures/score.py, a copy of the shared one) runs ``liveblog parse`` on
each page and on the seed's text; every HTML score must match or beat the
text's, so that this test keeps its meaning while the text path improves.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
PAGES = FIXTURES / "seed_html"
SEED = "001_1ef951b14edccf44"
METRICS = ("segmentation", "headlines", "speakers", "dates")
COUNTS = ("statements", "partials")


def score(gold: Path, inputs: Path) -> dict[str, Any]:
    command = f"{sys.executable} -m liveblog parse {{path}} --format json"
    run = subprocess.run(
        [
            sys.executable,
            str(FIXTURES / "score.py"),
            "--gold",
            str(gold),
            "--inputs",
            str(inputs),
            "--cmd",
            command,
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    documents: dict[str, Any] = json.loads(run.stdout)["documents"]
    return documents


@pytest.fixture(scope="module")
def text_score(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    gold = tmp_path_factory.mktemp("gold")
    shutil.copy(FIXTURES / "gold" / f"{SEED}.json", gold)
    shutil.copy(FIXTURES / "gold" / "speakers.json", gold)
    result: dict[str, Any] = score(gold, ROOT / "seeds")[f"{SEED}.txt"]
    return result


@pytest.fixture(scope="module")
def html_scores() -> dict[str, Any]:
    return score(PAGES, PAGES)


ALL = ["guardian", "bbc", "wordpress", "nyt", "ap", "liveblogpro", "ticker", "direkte", "tickaroo"]


# Words of the pages' chrome and bylines; none of them occurs in the seed's own text.
CHROME = (
    "Marta Lindqvist",
    "Daniel Okafor",
    "MARTA LINDQVIST",
    "Reporting from",
    "Share",
    "Copy link",
    "Updated",
    "Load more",
    "Accept",
    "newsletter",
    "©",
    "owered by",
    "Facebook",
    "Published:",
    "Most read",
)


def parse(style: str, cache: dict[str, dict[str, Any]] = {}) -> dict[str, Any]:  # noqa: B006 - a cache on purpose
    if style not in cache:
        run = subprocess.run(
            [sys.executable, "-m", "liveblog", "parse", str(PAGES / f"001_{style}.html"), "--format", "json"],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=ROOT,
        )
        assert run.returncode == 0, run.stderr
        cache[style] = json.loads(run.stdout)
    return cache[style]


def gold_times() -> list[str]:
    gold = json.loads((FIXTURES / "gold" / f"{SEED}.json").read_text("utf-8"))
    return [entry["time"] for entry in gold["entries"]]


@pytest.mark.parametrize("style", ALL)
def test_the_seed_as_html_reports_the_html_reader_and_every_entry_with_its_time(style: str) -> None:
    document = parse(style)
    # A page whose LiveBlogPosting holds only the newest updates may be read through JSON-LD merged with the page.
    assert document["reader"] in (("html", "jsonld") if style == "nyt" else ("html",))
    assert document["title"] == "UN Secretary General Guterres with Putin and Lavrov – live press conference here"
    assert document["date"] == "2022-04-26"
    assert [entry["time"] for entry in document["entries"] if entry["time"]] == gold_times()


@pytest.mark.parametrize("style", ALL)
def test_no_entry_of_the_seed_as_html_carries_page_chrome_or_a_byline(style: str) -> None:
    for entry in parse(style)["entries"]:
        for words in CHROME:
            assert words not in entry["text"], (entry["time"], words)
            assert words not in (entry["headline"] or ""), (entry["time"], words)


@pytest.mark.parametrize(
    ("style", "updated"),
    [
        ("ap", {"14:20": "2022-04-26T14:24:00+02:00", "14:08": "2022-04-26T14:12:00+02:00"}),
        ("liveblogpro", {"14:17": "2022-04-26T14:22:00+02:00"}),
    ],
)
def test_an_updated_stamp_is_the_entrys_update_time_never_an_entry(style: str, updated: dict[str, str]) -> None:
    timed = [entry for entry in parse(style)["entries"] if entry["time"]]
    assert len(timed) == 35
    assert {entry["time"]: entry["updated"] for entry in timed if entry["updated"]} == updated


@pytest.mark.parametrize("style", ALL)
def test_the_seed_as_html_scores_at_least_as_well_as_its_text(
    style: str, text_score: dict[str, Any], html_scores: dict[str, Any]
) -> None:
    html = html_scores[f"001_{style}.html"]
    assert html["segmentation"]["f1"] == 1.0
    assert html["boundaries"]["ok"] == html["boundaries"]["gold"]
    for metric in METRICS:
        if metric in text_score:
            assert html[metric]["f1"] >= text_score[metric]["f1"], (metric, html[metric], text_score[metric])
    for part in COUNTS:
        assert html[part]["found"] >= text_score[part]["found"], part
        assert html[part]["right"] >= text_score[part]["right"], part
    assert html["forbidden"] <= text_score["forbidden"]
