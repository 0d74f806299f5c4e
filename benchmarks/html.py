"""HTML reader: a generated 3 MB live-blog page of 1,000 entries, against a bare lxml parse and trafilatura.

The page has what real live blogs carry around their entries: a header with
navigation, a cookie box, scripts, a most-read aside, share buttons and
embedded posts. Times are CPU seconds of this process (``time.process_time``:
less disturbed by other work on a shared machine than wall time), the median
of several runs in which lxml and liveblog take turns, so both see the same
load; ratios are against the bare ``lxml.html.document_fromstring`` of the
same text (target: within 2x; each time includes freeing the tree, about a
third of the bare parse's). A floor line times :func:`floor_read`, the least
any generic reader in Python on lxml must do: what the real reader costs
beyond it buys being right. A stage line splits liveblog's time the way
``read_tree`` spends it, and peak memory is measured in fresh processes.
"""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from lxml import etree
from lxml import html as lxml_html

from liveblog.sources import html as reader
from liveblog.sources import jsonld
from liveblog.sources.markup import strip_dropped

ENTRIES = 1000
RUNS = 7


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


_FLOOR_BREAKS = frozenset(
    ("p", "div", "h1", "h2", "h3", "h4", "li", "blockquote", "figure", "section", "ul", "ol", "br")
)


def floor_read(page: str) -> list[tuple[str | None, str]]:
    """Not a reader: the least work any generic reader written in Python on lxml has to do.

    It parses the page, drops scripts and styles, reads every element's
    attribute names once (a generic reader must look at every class to tell
    chrome and time markers from the rest), takes each ``<time>`` as an entry
    marker without asking whether it is one, and writes each entry's text
    out with paragraph breaks. No chrome, no headlines, authors, ids,
    flags or update stamps, no checks: whatever time the real reader needs
    beyond this is the price of being right.
    """
    root = etree.fromstring(page, etree.HTMLParser(remove_comments=True, remove_pis=True))
    etree.strip_elements(root, "script", "style", with_tail=False)
    markers = []
    classes: dict[str, bool] = {}
    for element in root.iter():
        keys = element.keys()
        if element.tag == "time":
            markers.append(element)
        elif keys and "class" in keys:
            cls = element.get("class") or ""
            if cls not in classes:
                classes[cls] = "time" in cls
    out = []
    for marker in markers:
        entry = marker
        for _ in range(3):  # the bench page's entry: the marker's great-grandparent
            entry = entry.getparent() if entry.getparent() is not None else entry
        for node in entry.iter():
            if node.tag in _FLOOR_BREAKS:
                node.tail = "\ue000" + node.tail if node.tail else "\ue000"
        text = etree.tostring(entry, method="text", encoding="unicode", with_tail=False)
        out.append((marker.get("datetime"), "\n\n".join(p.strip() for p in text.split("\ue000") if p.strip())))
    return out


def cpu_time(function: Callable[[], object]) -> float:
    """CPU seconds of one call, after a collection so that no earlier garbage is paid for."""
    gc.collect()
    started = time.process_time()
    function()
    return time.process_time() - started


def stages(page: str) -> dict[str, float]:
    """CPU seconds of each stage of ``read_html`` on ``page`` (the private steps, in read_tree's order)."""
    spent: dict[str, float] = {}
    gc.collect()
    clock = time.process_time()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.process_time()
        spent[name] = spent.get(name, 0.0) + now - clock
        clock = now

    root = reader.parse_html(page, "bench")
    lap("parse")
    jsonld.from_html(root)
    strip_dropped(root)
    scan = reader._scan(root)
    reader._page_meta(root, scan.head, None, scan.chrome)
    lap("page scan")
    entries = reader._find_entries(root, scan)
    lap("finding entries")
    blocks = [reader._entry_block(entry, scan, None, None, None) for entry in entries]
    reader._dedupe(blocks)
    lap("reading entries")
    return spent


_PEAK = """
import sys
from lxml import html
from benchmarks.html import make_page
from liveblog.sources.html import read_html
def status(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
page = make_page()
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # the peak (VmHWM) starts again from here
before = status("VmRSS")
tree = html.document_fromstring(page) if sys.argv[1] == "lxml" else read_html(page, "bench", "bench")
print(status("VmHWM") - before)
"""


def peak_mb(which: str) -> float:
    """Peak resident memory added by one parse in a fresh process (MB; "lxml" or "liveblog"; Linux only)."""
    done = subprocess.run([sys.executable, "-c", _PEAK, which], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def run() -> list[str]:
    """Parse the generated page with lxml alone, with liveblog's HTML reader, and with trafilatura."""
    page = make_page()
    raw = reader.read_html(page, "bench", "bench")
    found = sum(1 for block in raw.blocks if block.kind == "entry")
    lxml_times: list[float] = []
    ours: list[float] = []
    floors: list[float] = []
    for _ in range(RUNS):  # taking turns: all see the same load
        lxml_times.append(cpu_time(lambda: lxml_html.document_fromstring(page)))
        ours.append(cpu_time(lambda: reader.read_html(page, "bench", "bench")))
        floors.append(cpu_time(lambda: floor_read(page)))
    lxml_time, our_time = statistics.median(lxml_times), statistics.median(ours)
    floor_time = statistics.median(floors)
    split = [stages(page) for _ in range(RUNS)]
    stage_line = ", ".join(f"{name} {statistics.median(s[name] for s in split) * 1000:.1f}" for name in split[0])
    lines = [
        f"page: {len(page.encode()) / 1e6:.2f} MB, {ENTRIES} entries generated, {found} read (reader {raw.reader})",
        f"bare lxml parse: {lxml_time * 1000:.1f} ms median of {RUNS} "
        f"(min {min(lxml_times) * 1000:.1f}; baseline 1.00x)",
        f"liveblog read_html: {our_time * 1000:.1f} ms median (min {min(ours) * 1000:.1f}; "
        f"{our_time / lxml_time:.2f}x lxml; target <= 2x)",
        f"liveblog stages (ms, median): {stage_line}",
        f"floor (benchmarks.html.floor_read: one pass, <time> markers, entry texts; no chrome, headlines, "
        f"authors, ids or flags): {floor_time * 1000:.1f} ms ({floor_time / lxml_time:.2f}x lxml)",
        f"peak memory added: lxml {peak_mb('lxml'):.0f} MB, liveblog {peak_mb('liveblog'):.0f} MB",
    ]
    try:
        import trafilatura
    except ImportError:
        lines.append("trafilatura.extract: not installed (pip install '.[test]')")
        return lines
    traf = statistics.median(cpu_time(lambda: trafilatura.extract(page)) for _ in range(2))
    lines.append(f"trafilatura.extract: {traf * 1000:.1f} ms ({traf / lxml_time:.2f}x lxml; keeps no entry times)")
    return lines
