"""Quote marking, the SVG charts and the Atom feed, on strings."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from liveblog.datasette.atom import FeedItem, build_feed, rfc3339
from liveblog.datasette.chart import Point, per_day_bars, speaker_timeline
from liveblog.datasette.marking import Span, mark_quotes

SVG = "{http://www.w3.org/2000/svg}"


def test_text_without_statements_is_only_escaped() -> None:
    assert mark_quotes("a < b & <b>c</b>", []) == "a &lt; b &amp; &lt;b&gt;c&lt;/b&gt;"


def test_a_quote_is_marked_between_its_offsets_and_everything_is_escaped() -> None:
    text = "“<Wir> schaffen das”, sagte sie."
    html = mark_quotes(text, [Span(1, 19, "direct", "Die Kanzlerin", "s1")])
    assert html == (
        '“<mark class="q q-direct" data-statement="s1" title="Die Kanzlerin (direct)">'
        "&lt;Wir&gt; schaffen das</mark>”, sagte sie."
    )


def test_offsets_count_code_points_not_bytes_or_utf16_units() -> None:
    text = "😀 «Hei på deg», sa hun."
    html = mark_quotes(text, [Span(3, 13, "direct", None, None)])
    assert ">Hei på deg</mark>»" in html
    assert "unknown speaker (direct)" in html


def test_a_quote_inside_reported_speech_is_marked_as_both() -> None:
    text = "He said the talks were “going well” overall."
    html = mark_quotes(text, [Span(8, 43, "indirect", "X", "a"), Span(24, 34, "partial", "X", "b")])
    assert '<mark class="q q-indirect" data-statement="a" title="X (indirect)">the talks were “</mark>' in html
    assert '<mark class="q q-indirect q-partial" data-statement="b" title="X (partial)">going well</mark>' in html
    assert '<mark class="q q-indirect" data-statement="a" title="X (indirect)">” overall</mark>.' in html


def test_spans_outside_the_text_are_clipped_and_empty_ones_ignored() -> None:
    html = mark_quotes("short", [Span(2, 99, "direct"), Span(3, 3, "direct"), Span(4, 1, "direct")])
    assert html == 'sh<mark class="q q-direct" data-statement="" title="unknown speaker (direct)">ort</mark>'


def test_an_attribute_value_from_the_database_cannot_break_out() -> None:
    html = mark_quotes("quoted", [Span(0, 6, 'direct" onmouseover="x', '"><script>', "id")])
    assert "<script>" not in html and 'onmouseover="' not in html
    assert 'class="q q-other"' in html


def test_the_speaker_timeline_has_a_row_per_speaker_and_escapes_names() -> None:
    points = [
        Point("<b>A</b>", 0.0, "10:00", "/s/1"),
        Point("<b>A</b>", 0.0, "10:00", "/s/1"),
        Point("B", 30.0, "10:30", None),
    ]
    svg = str(speaker_timeline(points, lambda at: f"t{int(at)}"))
    root = ET.fromstring(svg)
    assert [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "name"] == ["<b>A</b>", "B"]
    assert [c.findtext(f"{SVG}title") for c in root.iter(f"{SVG}circle")] == [
        "<b>A</b> · 10:00 · 2 statements",
        "B · 10:30 · 1 statement",
    ]
    assert [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "tick"][::4] == ["t0", "t30"]
    assert [a.get("href") for a in root.iter(f"{SVG}a")] == ["/s/1"]
    assert speaker_timeline([], str) == ""


def test_many_speakers_fold_into_one_last_row() -> None:
    points = [Point(f"Speaker {i:02d}", float(i), str(i)) for i in range(20)]
    root = ET.fromstring(str(speaker_timeline(points, str)))
    names = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "name"]
    assert len(names) == 16 and names[-1] == "5 more speakers"


def test_per_day_bars_draw_one_bar_per_day() -> None:
    root = ET.fromstring(str(per_day_bars([("2024-01-01", 3), ("2024-01-02", 0), ("2024-01-03", 1)])))
    assert [r.findtext(f"{SVG}title") for r in root.iter(f"{SVG}rect")] == [
        "2024-01-01: 3",
        "2024-01-02: 0",
        "2024-01-03: 1",
    ]


def test_rfc3339_needs_a_zone() -> None:
    assert rfc3339("2022-04-26T14:03:00+02:00") == "2022-04-26T12:03:00Z"
    assert rfc3339("2022-04-26T12:03:00Z") == "2022-04-26T12:03:00Z"
    assert rfc3339("2022-04-26T14:03:00") is None
    assert rfc3339("not a time") is None and rfc3339(None) is None


def test_the_feed_is_atom_and_survives_markup_and_control_characters() -> None:
    item = FeedItem(
        id="tag:example.org,2024:s/1",
        title="<script>alert(1)</script>\x07",
        updated="2022-04-26T12:03:00Z",
        link="http://127.0.0.1/doc#e-1",
        content="“A & B” \x00said",
        author="Somebody",
        category="direct",
    )
    body = build_feed(feed_id="tag:x", title="T", self_url="http://h/f", alternate_url="http://h/p", items=[item])
    assert b"<script>" not in body
    feed = ET.fromstring(body)
    atom = "{http://www.w3.org/2005/Atom}"
    assert feed.findtext(f"{atom}updated") == "2022-04-26T12:03:00Z"
    entry = feed.find(f"{atom}entry")
    assert entry is not None
    assert entry.findtext(f"{atom}title") == "<script>alert(1)</script>"
    assert entry.findtext(f"{atom}content") == "“A & B” said"
    empty = ET.fromstring(build_feed(feed_id="tag:x", title="T", self_url="s", alternate_url="a", items=[]))
    assert empty.findtext(f"{atom}updated") == "1970-01-01T00:00:00Z"


def test_a_search_snippet_is_escaped_and_only_its_markers_become_marks() -> None:
    from liveblog.datasette import highlight_snippet

    snippet = "<b>x</b> \ue000war\ue001 & \ue000peace\ue001 \ue000stray"
    assert highlight_snippet(snippet) == "&lt;b&gt;x&lt;/b&gt; <mark>war</mark> &amp; <mark>peace</mark> stray"
    assert highlight_snippet("\ue001<i>\ue000") == "&lt;i&gt;"
