"""Charts as inline SVG drawn on the server: no script, no external service.

Two charts: who spoke when over one document's timeline (one row per
speaker, a dot per entry sized by the number of statements), and statements
per day for a speaker. Every label is escaped; the SVG is returned as Markup
ready to be placed in a page.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

MAX_ROWS = 15
WIDTH = 760
NAME_WIDTH = 190
ROW = 24
TOP = 12
AXIS = 34


@dataclass(frozen=True)
class Point:
    """One statement on a timeline: who (and where their page is), when, and the time as shown."""

    speaker: str
    at: float  # position on the axis: minutes since the epoch, or an entry's order
    label: str  # the time as a reader sees it, e.g. "14:03"
    href: str | None = None


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def speaker_timeline(
    points: Sequence[Point],
    tick_label: Callable[[float], str],
    title: str = "Statements per speaker over the document's timeline",
) -> Markup:
    """An SVG with one row per speaker (most statements first) and a dot per moment they spoke."""
    if not points:
        return Markup("")
    per_speaker = Counter(p.speaker for p in points)
    ranked = [name for name, _ in sorted(per_speaker.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = ranked[:MAX_ROWS]
    others = len(ranked) - len(shown)
    rows = shown + ([f"{others} more speakers"] if others else [])
    hrefs = {p.speaker: p.href for p in points}
    lo = min(p.at for p in points)
    hi = max(p.at for p in points)
    span = hi - lo or 1.0
    plot_left, plot_right = NAME_WIDTH + 10, WIDTH - 16
    height = TOP + ROW * len(rows) + AXIS

    def x(at: float) -> float:
        if hi == lo:
            return (plot_left + plot_right) / 2
        return plot_left + (at - lo) / span * (plot_right - plot_left)

    parts: list[Markup] = [
        Markup(
            '<svg class="liveblog-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" '
            'width="100%" role="img" aria-labelledby="chart-title"><title id="chart-title">{t}</title>'
        ).format(w=WIDTH, h=height, t=title)
    ]
    for i, name in enumerate(rows):
        y = TOP + ROW * i + ROW / 2
        parts.append(
            Markup('<line class="row" x1="{}" x2="{}" y1="{}" y2="{}"/>').format(
                plot_left, plot_right, _fmt(y), _fmt(y)
            )
        )
        label = name if len(name) <= 28 else name[:27] + "…"
        text = Markup('<text class="name" x="{}" y="{}" text-anchor="end">{}</text>').format(
            NAME_WIDTH, _fmt(y + 4), label
        )
        href = hrefs.get(name) if i < len(shown) else None
        parts.append(Markup('<a href="{}">{}</a>').format(href, text) if href else text)
    grouped: dict[tuple[str, float], list[Point]] = defaultdict(list)
    for p in points:
        row_name = p.speaker if p.speaker in shown else rows[-1]
        grouped[(row_name, p.at)].append(p)
    for (name, at), group in sorted(grouped.items(), key=lambda kv: (rows.index(kv[0][0]), kv[0][1])):
        y = TOP + ROW * rows.index(name) + ROW / 2
        radius = 3.5 + 2.2 * math.sqrt(len(group) - 1)
        who = name if name in shown else ", ".join(sorted({p.speaker for p in group}))
        n = len(group)
        parts.append(
            Markup('<circle cx="{}" cy="{}" r="{}"><title>{} · {} · {} statement{}</title></circle>').format(
                _fmt(x(at)), _fmt(y), _fmt(radius), who, group[0].label, n, "" if n == 1 else "s"
            )
        )
    axis_y = TOP + ROW * len(rows) + 6
    parts.append(
        Markup('<line class="axis" x1="{}" x2="{}" y1="{}" y2="{}"/>').format(plot_left, plot_right, axis_y, axis_y)
    )
    ticks = 1 if hi == lo else 5
    for k in range(ticks):
        at = lo if ticks == 1 else lo + span * k / (ticks - 1)
        anchor = "middle" if 0 < k < ticks - 1 or ticks == 1 else ("start" if k == 0 else "end")
        parts.append(
            Markup('<text class="tick" x="{}" y="{}" text-anchor="{}">{}</text>').format(
                _fmt(x(at)), axis_y + 18, anchor, tick_label(at)
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def per_day_bars(counts: Sequence[tuple[str, int]], title: str = "Statements per day") -> Markup:
    """An SVG bar chart of ``(YYYY-MM-DD, count)`` pairs in date order (days without any are gaps)."""
    if not counts:
        return Markup("")
    height, bottom, left = 150, 28, 36
    plot_w = WIDTH - left - 10
    top = max(n for _, n in counts) or 1
    bar = plot_w / len(counts)
    parts: list[Markup] = [
        Markup(
            '<svg class="liveblog-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" '
            'width="100%" role="img" aria-labelledby="bars-title"><title id="bars-title">{}</title>'
        ).format(WIDTH, height, title)
    ]
    plot_h = height - bottom - 10
    for i, (day, n) in enumerate(counts):
        h = plot_h * n / top
        parts.append(
            Markup('<rect x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>').format(
                _fmt(left + i * bar + bar * 0.1), _fmt(10 + plot_h - h), _fmt(max(bar * 0.8, 1.0)), _fmt(h), day, n
            )
        )
    parts.append(Markup('<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>').format(left - 4, 20, top))
    parts.append(Markup('<text class="tick" x="{}" y="{}" text-anchor="end">0</text>').format(left - 4, 10 + plot_h))
    first, last = counts[0][0], counts[-1][0]
    parts.append(Markup('<text class="tick" x="{}" y="{}">{}</text>').format(left, height - 8, first))
    if last != first:
        parts.append(
            Markup('<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>').format(WIDTH - 10, height - 8, last)
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
