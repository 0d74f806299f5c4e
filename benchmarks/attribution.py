"""Attribution throughput (MB/s) on generated quote-dense text, beside a bare regex scan for quote marks.

The text is made of paragraphs in English, German and Norwegian written from
templates with made-up people (a name, a role apposition, direct quotes with
the cue before and after, reported speech, "according to", pronouns, dash
lines), one paragraph per entry as an article is parsed. The baseline is one
``re.finditer`` over the same text for quotation marks: the least any quote
finder must do. Set BENCH_ATTRIBUTION_MB to change the size (default 2).

A last line checks linearity: the same English text as ONE paragraph of one
entry (a page without line breaks), at a quarter of the size and at the full
size; the ratio of the two throughputs stays near 1 when attribution is linear.
"""

from __future__ import annotations

import os
import random
import re
import time

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry

SIZE_MB = float(os.environ.get("BENCH_ATTRIBUTION_MB", "2"))
GIVEN = ["Anna", "Jonas", "Maria", "Erik", "Lena", "Tomasz", "Olga", "Pierre", "Sara", "Ivan"]
FAMILY = ["Berger", "Nowak", "Haugen", "Lindqvist", "Moreau", "Petrov", "Schmidt", "Dahl", "Rossi", "Novak"]
TEMPLATES = {
    "en": [
        "Foreign Minister {full} arrived in the capital on Tuesday. “We will keep talking,” {last} said.",
        "“The situation is serious, but not hopeless,” said the foreign minister. She added that talks would go on.",
        "According to {last}, the ceasefire has held for three days. “Nobody wants another winter of war.”",
        "{full} told reporters that the students' union had been “misled” about Wednesday's vote.",
    ],
    "de": [
        "Außenministerin {full} reiste am Montag nach Wien. „Wir bleiben im Gespräch“, sagte {last}.",
        "Laut {last} ist die Lage ernst. Man müsse jetzt handeln, sagte die Ministerin.",
        "„Das ist ein wichtiger Schritt“, so {last}. Sie betonte, die Gespräche seien „konstruktiv“ gewesen.",
    ],
    "no": [
        "Utenriksminister {full} var i Brussel tirsdag.",
        "– Vi står sammen med våre allierte, sier {last} til NTB.",
        "Ifølge {last} er det fortsatt mange spørsmål som må avklares. Hun kaller forslaget «et godt utgangspunkt».",
    ],
}
_QUOTE_MARKS = re.compile(r"[“”„‘’«»\"]")


def _text(code: str, size: int, rng: random.Random) -> list[str]:
    paragraphs: list[str] = []
    total = 0
    while total < size:
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        for template in TEMPLATES[code]:
            paragraph = template.format(full=f"{given} {family}", last=family)
            paragraphs.append(paragraph)
            total += len(paragraph.encode("utf-8")) + 2
    return paragraphs


def run() -> list[str]:
    """Measure attribution and the regex baseline per language; one line each."""
    rng = random.Random(7)
    lines = []
    for code in ("en", "de", "no"):
        paragraphs = _text(code, int(SIZE_MB * 1_000_000 / 3), rng)
        text = "\n\n".join(paragraphs)
        megabytes = len(text.encode("utf-8")) / 1_000_000
        started = time.perf_counter()
        marks = sum(1 for _ in _QUOTE_MARKS.finditer(text))
        baseline = time.perf_counter() - started
        document = Document(source="bench", entries=[Entry(text=p) for p in paragraphs])
        started = time.perf_counter()
        attribute(document, lang.get(code))
        elapsed = time.perf_counter() - started
        statements = sum(len(entry.statements) for entry in document.entries)
        lines.append(
            f"{code}: {megabytes:.2f} MB, {statements} statements, attribution {megabytes / elapsed:.2f} MB/s, "
            f"regex scan of {marks} marks {megabytes / baseline:.0f} MB/s, ratio {baseline / elapsed:.4f}"
        )
    speeds = []
    for share in (0.25, 1.0):
        text = " ".join(_text("en", int(SIZE_MB * share * 1_000_000 / 3), random.Random(7)))
        started = time.perf_counter()
        attribute(Document(source="bench", entries=[Entry(text=text)]), lang.get("en"))
        speeds.append(len(text.encode("utf-8")) / 1_000_000 / (time.perf_counter() - started))
    lines.append(
        f"en as one paragraph: {speeds[0]:.2f} MB/s at a quarter of the size, {speeds[1]:.2f} MB/s at full size, "
        f"ratio {speeds[1] / speeds[0]:.2f} (1 = linear)"
    )
    return lines
