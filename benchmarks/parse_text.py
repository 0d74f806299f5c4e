"""Parse throughput on a generated multi-megabyte text live blog, beside a bare regex scan.

The blog has thousands of entries in every time style the parser reads
("2:24 p.m.:", "6.41pm GMT", "14:24 Uhr", "kl. 14.24", "11:20 GMT 14.01.2025",
"Posted 14:24" …), headlines, continuation paragraphs, quotes and reported
speech. Three passes over the same text are timed: the full ``liveblog.parse``
(segment, timestamps, attribution, ids), the segmenter alone (text reader +
``segment``), and a bare ``finditer`` of a simple clock-time regex, which is
the baseline the ratios are against.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable

import liveblog
from liveblog import lang
from liveblog.segment import segment
from liveblog.sources.text import read_text

TARGET_BYTES = 3_000_000

_NAMES = ["Maria Berger", "Tom Ellery", "Priya Anand", "Samuel Reyes", "Lena Okafor", "Erik Haugen"]
_ROLES = ["the minister", "the opposition leader", "the mayor", "the commission chair"]
_SENTENCES = [
    "The meeting at the town hall ran late into the evening.",
    "Police said the road would stay closed until further notice.",
    "The press conference scheduled for 12:30 p.m. has been postponed again.",
    "Several hundred people gathered outside the building.",
    "Officials gave no figure for the cost of the damage.",
]
_HEADLINES = ["Talks break down", "Minister: 'We will not give in'", "Road closed after storm", "Vote delayed"]


def _stamp(style: int, minutes: int) -> str:
    hour, minute = divmod(minutes % (24 * 60), 60)
    twelve = hour % 12 or 12
    ampm = "a.m." if hour < 12 else "p.m."
    return [
        f"{twelve}:{minute:02d} {ampm}:",
        f"{twelve}.{minute:02d}{ampm.replace('.', '')} GMT\n",
        f"{hour:02d}:{minute:02d} –",
        f"{hour:02d}.{minute:02d} -",
        f"{hour:02d}:{minute:02d} GMT 14.01.2025 -",
        f"Posted {hour:02d}:{minute:02d}\n",
    ][style]


def generate(target_bytes: int = TARGET_BYTES, seed: int = 7) -> tuple[str, int]:
    """A newest-first English live blog of about ``target_bytes`` UTF-8 bytes, and its number of entries."""
    rng = random.Random(seed)
    parts = ["Election day in Riverland – live updates\n\nAll the news from the polling stations\n\n"]
    size = len(parts[0])
    minutes = 10 * 24 * 60
    count = 0
    while size < target_bytes:
        count += 1
        minutes -= rng.randint(1, 9)
        name, role = rng.choice(_NAMES), rng.choice(_ROLES)
        lines = []
        if rng.random() < 0.15:
            lines.append(rng.choice(_HEADLINES) + "\n\n")
        stamp = _stamp(rng.randrange(6), minutes)
        body = (
            f"“We are ready for every outcome,” {name} said. {rng.choice(_SENTENCES)} "
            f"According to {role}, the count will take hours. {name.split()[-1]} said that turnout was high."
        )
        lines.append(f"{stamp}{'' if stamp.endswith(chr(10)) else ' '}{body}\n\n")
        if rng.random() < 0.3:
            lines.append(f"{rng.choice(_SENTENCES)} “It is too early to call,” {role} told reporters.\n\n")
        chunk = "".join(lines)
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
    return "".join(parts), count


def _time(action: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def run() -> list[str]:
    """Time the three passes and report MB/s and ratios against the bare regex scan."""
    text, generated = generate()
    megabytes = len(text.encode("utf-8")) / 1e6
    english = lang.get("en")
    simple = re.compile(r"\d{1,2}[:.]\d\d")

    scan = _time(lambda: sum(1 for _ in simple.finditer(text)), repeat=3)
    seg_holder: list[int] = []

    def segment_only() -> None:
        document = segment(read_text(text, "bench", "bench"), english)
        seg_holder.append(len(document.entries))

    seg = _time(segment_only, repeat=2)
    full_holder: list[int] = []

    def full() -> None:
        document = liveblog.parse(text, source="bench", language="en")
        full_holder.append(sum(1 for entry in document.entries if entry.time))

    whole = _time(full)
    return [
        f"input: {megabytes:.1f} MB, {generated} entries written, {seg_holder[-1]} found by segment, "
        f"{full_holder[-1]} timed by parse",
        f"bare regex scan (baseline): {megabytes / scan:8.1f} MB/s",
        f"segment alone:              {megabytes / seg:8.1f} MB/s  ({seg / scan:.1f}x the scan's time)",
        f"full liveblog.parse:        {megabytes / whole:8.1f} MB/s  ({whole / scan:.1f}x the scan's time)",
    ]
