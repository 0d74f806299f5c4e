"""HTML reader: a generated 3 MB live-blog page of 1,000 entries, against a bare lxml parse and trafilatura.

The page has what real live blogs carry around their entries: a header with
navigation, a cookie box, scripts, a most-read aside, share buttons and
embedded posts. Figures are the best of several runs; ratios are against the
bare ``lxml.html.document_fromstring`` of the same text, measured in the same
run (target: within 2x).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from lxml import html as lxml_html

from liveblog.sources.html import read_html

ENTRIES = 1000
RUNS = 5


def make_page(entries: int = ENTRIES) -> str:
    """A live-blog page of ``entries`` entries, newest first."""
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Generated live | Bench</title>',
        "<script>" + "var config = {};" * 2000 + "</script><style>" + ".a{color:red}" * 2000 + "</style></head><body>",
        '<div class="cookie-banner" role="dialog"><p>We use cookies.</p></div>',
        '<header class="site-header"><nav>'
        + "".join(f'<a href="/s{n}">Section {n}</a>' for n in range(40))
        + "</nav></header>",
        '<main><article><h1>Generated live blog</h1><div class="standfirst"><p>All the news as it happens.</p></div>',
        '<div class="js-liveblog-body">',
    ]
    for n in range(entries, 0, -1):
        hour, minute = 8 + (n * 13 // 60) % 14, (n * 13) % 60
        stamp = f"2022-04-26T{hour:02d}:{minute:02d}:00+01:00"
        body = "".join(
            f"<p>Paragraph {p} of entry {n}: “We are for a ceasefire,” the minister said on Tuesday, "
            f"according to <a href='/x{n}'>reports</a> from the <strong>capital</strong> and elsewhere today. "
            "Talks are expected to continue later this week, officials in both delegations told reporters, "
            "while aid agencies warned that the situation for civilians remains extremely difficult.</p>"
            for p in range(6)
        )
        tweet = (
            '<figure class="element-tweet"><blockquote class="twitter-tweet"><p>Embedded post text here</p>'
            f'— Someone (@someone) <a href="https://t.example/{n}">April 26, 2022</a></blockquote></figure>'
            if n % 10 == 0
            else ""
        )
        parts.append(
            f'<div id="block-{n:06d}" class="block{" is-key-event" if n % 25 == 0 else ""}">'
            f'<p class="block-time published-time"><a href="?page=with:block-{n:06d}#block-{n:06d}">'
            f'<time datetime="{stamp}">{hour:02d}.{minute:02d} BST</time></a></p>'
            f'<h2 class="block-title">Headline of entry {n}</h2><div class="block-elements">{body}{tweet}</div>'
            f'<div class="block-byline"><span class="byline">Reporter {n % 7}</span></div>'
            '<div class="block-footer"><div class="block-share"><a class="social-icon" href="#">Share</a>'
            '<a class="social-icon" href="#">Post</a></div></div></div>'
        )
    parts.append("</div></article></main>")
    parts.append(
        '<aside class="most-read"><ol>'
        + "".join(f'<li><time datetime="2022-04-25T10:00:00Z">10:00</time> Story {n}</li>' for n in range(10))
        + "</ol></aside><footer><p>© Bench</p></footer></body></html>"
    )
    return "".join(parts)


def best(function: Callable[[], object], runs: int = RUNS) -> float:
    """The fastest of ``runs`` calls, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def run() -> list[str]:
    """Parse the generated page with lxml alone, with liveblog's HTML reader, and with trafilatura."""
    page = make_page()
    raw = read_html(page, "bench", "bench")
    found = sum(1 for block in raw.blocks if block.kind == "entry")
    lxml_time = best(lambda: lxml_html.document_fromstring(page))
    ours = best(lambda: read_html(page, "bench", "bench"))
    lines = [
        f"page: {len(page.encode()) / 1e6:.2f} MB, {ENTRIES} entries generated, {found} read (reader {raw.reader})",
        f"bare lxml parse: {lxml_time * 1000:.1f} ms (baseline 1.00x)",
        f"liveblog read_html: {ours * 1000:.1f} ms ({ours / lxml_time:.2f}x lxml; target <= 2x)",
    ]
    try:
        import trafilatura
    except ImportError:
        lines.append("trafilatura.extract: not installed (pip install '.[test]')")
        return lines
    traf = best(lambda: trafilatura.extract(page), runs=2)
    lines.append(f"trafilatura.extract: {traf * 1000:.1f} ms ({traf / lxml_time:.2f}x lxml; keeps no entry times)")
    return lines
