"""The seed live blog rendered as HTML in three outlets' markup reads as well as its plain text.

tests/fixtures/seed_html holds seed 001 written out as Guardian-, BBC- and
WordPress-style pages with real per-entry markup, and the seed's gold with
``source`` pointing at each page. The scorer (tests/fixtures/score.py, a copy
of the shared one) runs ``liveblog parse`` on each page and on the seed's
text; every HTML score must match or beat the text's, so that this test keeps
its meaning while the text path improves.
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


@pytest.mark.parametrize("style", ["guardian", "bbc", "wordpress"])
def test_the_seed_as_html_reports_the_html_reader(style: str) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "liveblog", "parse", str(PAGES / f"001_{style}.html"), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["reader"] == "html"
    assert document["title"] == "UN Secretary General Guterres with Putin and Lavrov – live press conference here"
    assert len([entry for entry in document["entries"] if entry["time"]]) == 35


@pytest.mark.parametrize("style", ["guardian", "bbc", "wordpress"])
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
