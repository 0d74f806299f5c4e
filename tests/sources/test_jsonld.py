"""schema.org LiveBlogPosting in JSON-LD and microdata, alone and merged with the visible page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liveblog.models import Block, RawDocument
from liveblog.sources import read
from liveblog.sources.html import read_html

HTML = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def entries(raw: RawDocument) -> list[Block]:
    return [block for block in raw.blocks if block.kind == "entry"]


# outlet -> language, [(timestamp, headline, text start)], newest first; written by hand.
EXPECTED = {
    "guardian": (
        "en",
        [
            ("2022-04-26T13:24:05+01:00", "Press conference ends", "The press conference is over."),
            ("2022-04-26T13:17:40+01:00", None, "“We have indeed accredited"),
            ("2022-04-26T13:03:12+01:00", "Summary of the day so far", "Here is where things stand:"),
        ],
    ),
    "bbc": (
        "en",
        [
            ("2022-04-26T14:20:00+01:00", "Guterres asked about Afghanistan", "The UN chief says"),
            ("2022-04-26T14:10:00+01:00", "Veto 'used too often', says UN chief", "Guterres says the veto"),
            ("2022-04-26T14:02:00+01:00", None, "Lavrov accuses Ukraine"),
        ],
    ),
    "cnn": (
        "en",
        [
            (
                "2022-04-26T14:24:00-04:00",
                "Lavrov: Russia wants a response to its proposals",
                "Russian Foreign Minister",
            ),
            ("2022-04-26T14:05:00-04:00", "UN chief: There are Russian troops in Ukraine", "“There are no Ukrainian"),
            ("2022-04-26T13:43:00-04:00", "Press conference begins in Moscow", "The joint press conference"),
        ],
    ),
    "tagesschau": (
        "de",
        [
            ("2022-04-26T14:24:00+02:00", "Pressekonferenz beendet", "Die Pressekonferenz ist vorbei."),
            ("2022-04-26T14:07:00+02:00", "Lawrow: Vetorecht bleibt", "„Das Vetorecht"),
            ("2022-04-26T13:43:00+02:00", "Guterres fordert Waffenruhe", "UN-Generalsekretär"),
        ],
    ),
    "nrk": (
        "no",
        [
            ("2022-04-26T14:24:00+02:00", "Pressekonferansen er over", "Pressekonferansen i Moskva"),
            ("2022-04-26T14:07:00+02:00", None, "– Vetoretten vil ikke forsvinne"),
            ("2022-04-26T13:43:00+02:00", "Guterres ber om våpenhvile", "FN-sjefen ber om"),
        ],
    ),
    "wordpress": (
        "de",
        [
            ("2022-04-26T19:12:00+02:00", None, "Der Haushalt ist beschlossen."),
            ("2022-04-26T18:45:00+02:00", None, "Die Opposition kritisiert"),
            ("2022-04-26T18:02:00+02:00", None, "Die Sitzung hat begonnen."),
        ],
    ),
}


@pytest.mark.parametrize("outlet", sorted(EXPECTED))
def test_a_jsonld_only_page_gives_the_entries_of_its_live_blog(outlet: str) -> None:
    raw = read(HTML / f"{outlet}.jsonld.html")
    language, expected = EXPECTED[outlet]
    assert raw.reader == "jsonld"
    assert raw.language == language
    assert raw.kind == "liveblog"
    found = entries(raw)
    assert [(b.timestamp, b.headline) for b in found] == [(stamp, head) for stamp, head, _ in expected]
    for block, (_, _, start) in zip(found, expected):
        assert block.text.startswith(start)
        assert block.url and block.url.startswith("https://")
    assert "Loading" not in " ".join(b.text for b in raw.blocks)


def test_a_headline_that_repeats_the_first_words_of_the_body_is_no_headline() -> None:
    found = entries(read(HTML / "wordpress.jsonld.html"))
    assert all(block.headline is None for block in found)


def test_a_cut_headline_longer_than_a_short_body_is_read_without_error() -> None:
    # The body is shorter than the headline that was cut from it: no crash, and the headline stays.
    found = entries(read_html(_ld_page([_update(5, "The press", "The press confer…")]), "x", "x"))
    assert [(b.text, b.headline) for b in found] == [("The press", "The press confer…")]


def _ld_page(updates: list[dict[str, object]], visible: str = "", **extra: object) -> str:
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Live", **extra}
    if updates:
        data["liveBlogUpdate"] = updates
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    return f'<html lang="en"><head>{script}</head><body><main><h1>Live</h1>{visible}</main></body></html>'


def _update(minute: int, text: str, headline: str | None = None) -> dict[str, object]:
    item: dict[str, object] = {
        "@type": "BlogPosting",
        "articleBody": text,
        "datePublished": f"2022-04-26T14:{minute:02d}:00+02:00",
        "url": f"https://ex.test/live#post-{minute}",
    }
    if headline:
        item["headline"] = headline
    return item


def _visible(minute: int, text: str) -> str:
    return (
        f'<article class="post" id="post-{minute}"><time datetime="2022-04-26T14:{minute:02d}:00+02:00">'
        f"14:{minute:02d}</time><p>{text}</p></article>"
    )


def test_when_jsonld_holds_only_the_newest_entries_the_visible_ones_are_merged_in() -> None:
    visible = "".join(_visible(m, f"Visible entry number {m} with words.") for m in (30, 20, 10))
    page = _ld_page([_update(30, "Visible entry number 30 with words.", "A real headline")], visible)
    raw = read_html(page, "x", "x")
    found = entries(raw)
    assert raw.reader == "html"
    assert [b.timestamp for b in found] == [
        "2022-04-26T14:30:00+02:00",
        "2022-04-26T14:20:00+02:00",
        "2022-04-26T14:10:00+02:00",
    ]
    assert found[0].headline == "A real headline"  # the visible entry lacked one; JSON-LD had it


def test_jsonld_entries_the_page_does_not_show_are_added_in_time_order() -> None:
    visible = "".join(_visible(m, f"Visible entry number {m} with words.") for m in (30, 20))
    updates = [_update(m, f"Visible entry number {m} with words.") for m in (30, 20)]
    updates.append(_update(10, "An older entry only the JSON-LD holds."))
    found = entries(read_html(_ld_page(updates, visible), "x", "x"))
    assert [b.text for b in found] == [
        "Visible entry number 30 with words.",
        "Visible entry number 20 with words.",
        "An older entry only the JSON-LD holds.",
    ]


def test_an_update_the_page_does_not_show_goes_under_its_own_days_heading_among_posts_that_show_only_clocks() -> None:
    post = '<div class="feed__entry"><div class="feed__time">{t}</div><p>{text}</p></div>'
    visible = (
        '<div class="feed"><h2 class="feed__day">Lørdag 14. november</h2>'
        + post.format(t="00:40", text="Vi avslutter dekningen for i natt.")
        + '<h2 class="feed__day">Fredag 13. november</h2>'
        + post.format(t="23:10", text="Opptellingen er ferdig i alle fylker.")
        + post.format(t="20:00", text="God kveld og velkommen til valgnatten.")
        + "</div>"
    )
    updates = [
        {"@type": "BlogPosting", "articleBody": text, "datePublished": stamp}
        for text, stamp in (
            ("Vi avslutter dekningen for i natt.", "2026-11-14T00:40:00+01:00"),
            ("Den første prognosen er klar.", "2026-11-13T22:00:00+01:00"),  # not shown on the page
            ("God kveld og velkommen til valgnatten.", "2026-11-13T20:00:00+01:00"),
        )
    ]
    raw = read_html(_ld_page(updates, visible, inLanguage="nb"), "x", "x")
    assert [(b.kind, b.text) for b in raw.blocks if b.kind in ("heading", "entry")] == [
        ("heading", "Lørdag 14. november"),
        ("entry", "Vi avslutter dekningen for i natt."),
        ("heading", "Fredag 13. november"),
        ("entry", "Opptellingen er ferdig i alle fylker."),
        ("entry", "Den første prognosen er klar."),
        ("entry", "God kveld og velkommen til valgnatten."),
    ]


def test_an_update_rewritten_for_jsonld_is_the_visible_post_of_the_same_minute() -> None:
    # The JSON-LD gives one post another headline and the other a summary instead of its text.
    visible = "".join(_visible(m, f"Visible entry number {m} with words.") for m in (30, 20))
    updates: list[dict[str, object]] = [
        {"@type": "BlogPosting", "headline": "Mayor thanks commuters", "datePublished": "2022-04-26T14:30:00+02:00"},
        {
            "@type": "BlogPosting",
            "articleBody": "A summary the page does not show.",
            "datePublished": "2022-04-26T14:20:00+02:00",
        },
    ]
    found = entries(read_html(_ld_page(updates, visible), "x", "x"))
    assert [(b.text, b.headline) for b in found] == [
        ("Visible entry number 30 with words.", "Mayor thanks commuters"),
        ("Visible entry number 20 with words.", None),
    ]


def test_an_update_is_the_visible_post_its_url_names_even_when_their_texts_differ() -> None:
    # The page shows a byline under the post; the JSON-LD's articleBody has none, and its url is the post's page.
    visible = "".join(_visible(m, f"Visible entry number {m} with words.") for m in (30, 20))
    updates = [
        {**_update(m, f"Entry {m} as the feed of updates words it."), "url": f"https://ex.test/live/post-{m}"}
        for m in (30, 20)
    ] + [_update(10, "An older entry only the JSON-LD holds.")]
    found = entries(read_html(_ld_page(updates, visible), "x", "x"))
    assert [b.text for b in found] == [
        "Visible entry number 30 with words.",
        "Visible entry number 20 with words.",
        "An older entry only the JSON-LD holds.",
    ]


def test_a_short_update_that_is_the_whole_opening_of_a_visible_post_is_that_post() -> None:
    visible = "".join(_visible(m, f"The count in district {m} is over.</p><p>By Marta Lindqvist") for m in (30, 20))
    updates = [_update(m, f"The count in district {m} is over.") for m in (30, 20)]
    updates.append(_update(10, "An older entry only the JSON-LD holds."))
    updates = [{**update, "url": "https://ex.test/live"} for update in updates]
    found = entries(read_html(_ld_page(updates, visible), "x", "x"))
    assert [b.timestamp for b in found] == [
        "2022-04-26T14:30:00+02:00",
        "2022-04-26T14:20:00+02:00",
        "2022-04-26T14:10:00+02:00",
    ]


def test_jsonld_that_matches_nothing_on_the_page_is_not_trusted() -> None:
    visible = "".join(_visible(m, f"Visible entry number {m} with words.") for m in (30, 20))
    stale = [_update(5, "Something from another blog entirely."), _update(6, "And another stale thing.")]
    found = entries(read_html(_ld_page(stale, visible), "x", "x"))
    assert [b.text for b in found] == ["Visible entry number 30 with words.", "Visible entry number 20 with words."]


def test_a_live_blog_without_updates_yet_is_read_as_a_live_blog_with_no_entries() -> None:
    page = _ld_page(
        [], "<p>Coverage starts at 14:00.</p>", coverageStartTime="2022-04-26T14:00:00+02:00", inLanguage="en"
    )
    raw = read_html(page, "x", "x")
    assert raw.kind == "liveblog"
    assert entries(raw) == []
    assert raw.title == "Live"
    assert not raw.coverage_ended


def test_coverage_end_time_in_the_past_ends_the_coverage() -> None:
    page = _ld_page([_update(1, "Last entry of the day.")], coverageEndTime="2022-04-26T18:00:00+02:00")
    assert read_html(page, "x", "x", fetched_at="2022-04-26T17:00:00+00:00").coverage_ended
    assert not read_html(page, "x", "x", fetched_at="2022-04-26T15:00:00+00:00").coverage_ended


def test_jsonld_inside_a_graph_with_html_in_the_body_and_a_list_of_authors() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "Page"},
            {
                "@type": ["LiveBlogPosting"],
                "headline": "Graph blog",
                "liveBlogUpdate": {
                    "@type": "BlogPosting",
                    "headline": "Vote passed",
                    "articleBody": "<p>The vote passed.</p><p>Next up: the budget.</p>",
                    "datePublished": "2022-04-26T12:00:00Z",
                    "dateModified": "2022-04-26T12:05:00Z",
                    "author": [{"@type": "Person", "name": "A"}, {"@type": "Person", "name": "B"}],
                },
            },
        ],
    }
    script = f'<script type="application/ld+json">\n<!--\n{json.dumps(data)}\n-->\n</script>'
    page = f"<html><head>{script}</head><body></body></html>"
    raw = read_html(page, "x", "x")
    [entry] = entries(raw)
    assert raw.reader == "jsonld"
    assert (entry.headline, entry.text, entry.author) == (
        "Vote passed",
        "The vote passed.\n\nNext up: the budget.",
        "A, B",
    )
    assert (entry.timestamp, entry.updated) == ("2022-04-26T12:00:00+00:00", "2022-04-26T12:05:00+00:00")


def test_a_json_file_holding_a_live_blog_posting_is_read(tmp_path: Path) -> None:
    path = tmp_path / "blog.json"
    path.write_text(
        json.dumps({"@type": "LiveBlogPosting", "headline": "File", "liveBlogUpdate": [_update(5, "Text.")]})
    )
    raw = read(path)
    assert raw.reader == "jsonld"
    assert [b.text for b in entries(raw)] == ["Text."]


def test_json_without_a_live_blog_is_refused_in_one_line(tmp_path: Path) -> None:
    from liveblog.errors import LiveblogError

    path = tmp_path / "data.json"
    path.write_text('{"a": 1}')
    with pytest.raises(LiveblogError, match=r"data\.json: JSON without a schema\.org LiveBlogPosting"):
        read(path)


def test_microdata_entries_are_read_with_their_properties() -> None:
    posts = "".join(
        f'<div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting" id="u{m}">'
        f'<h2 itemprop="headline">Headline {m}</h2>'
        f'<time itemprop="datePublished" datetime="2022-04-26T14:{m:02d}:00+02:00">14:{m:02d}</time>'
        f'<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span itemprop="name">Writer {m}</span></span>'
        f'<div itemprop="articleBody"><p>Body of update {m}.</p></div></div>'
        for m in (40, 30)
    )
    page = f'<html><body><div itemscope itemtype="https://schema.org/LiveBlogPosting"><h1>Micro</h1>{posts}</div></body></html>'
    raw = read_html(page, "x", "x")
    assert raw.reader == "microdata"
    assert [(b.entry_id, b.time_text, b.timestamp, b.headline, b.author, b.text) for b in entries(raw)] == [
        ("u40", "14:40", "2022-04-26T14:40:00+02:00", "Headline 40", "Writer 40", "Body of update 40."),
        ("u30", "14:30", "2022-04-26T14:30:00+02:00", "Headline 30", "Writer 30", "Body of update 30."),
    ]


def test_a_microdata_post_whose_time_hides_in_a_meta_shows_it_in_a_marker_that_is_no_text() -> None:
    posts = "".join(
        f'<article itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<meta itemprop="datePublished" content="2026-11-12T{h}:05:00+01:00">'
        f'<span class="entry__time">{h}:05 Uhr</span><h3 itemprop="headline">Meldung {h}</h3>'
        f'<div itemprop="articleBody"><p>Der Landtag berät seit {h} Uhr.</p></div></article>'
        for h in (19, 18)
    )
    page = f'<html lang="de"><body><div itemscope itemtype="https://schema.org/LiveBlogPosting">{posts}</div></body></html>'
    found = entries(read_html(page, "x", "x"))
    assert [(b.time_text, b.timestamp, b.text) for b in found] == [
        ("19:05 Uhr", "2026-11-12T19:05:00+01:00", "Der Landtag berät seit 19 Uhr."),
        ("18:05 Uhr", "2026-11-12T18:05:00+01:00", "Der Landtag berät seit 18 Uhr."),
    ]
