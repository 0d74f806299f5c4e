"""HTML live blogs: entries found in any outlet's markup, with their times, headlines, authors and flags.

The fixture pages imitate six outlets' live-blog markup (tests/fixtures/html,
written by hand); the expectations below are written by hand from what a
reader sees on those pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from liveblog.errors import LiveblogError
from liveblog.models import Block, RawDocument
from liveblog.pipeline import parse_raw
from liveblog.sources import read
from liveblog.sources.html import read_html, resolve_relative

HTML = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def entries(raw: RawDocument) -> list[Block]:
    return [block for block in raw.blocks if block.kind == "entry"]


# outlet -> language, then per entry (newest first): id, shown time, ISO timestamp, headline, text start, author
EXPECTED: dict[str, tuple[str, list[tuple[str | None, str, str | None, str | None, str, str | None]]]] = {
    "guardian": (
        "en",
        [
            (
                "block-626803a58f08c1e6",
                "13.24 BST",
                "2022-04-26T13:24:05+01:00",
                "Press conference ends",
                "The press conference is over.\n\nLavrov left",
                "Léonie Chao-Fong",
            ),
            (
                "block-6268021a8f08c1e5",
                "13.17 BST",
                "2022-04-26T13:17:40+01:00",
                None,
                "“We have indeed accredited a Taliban diplomat,” Lavrov said.",
                "Léonie Chao-Fong",
            ),
            (
                "block-626800118f08c1e4",
                "13.03 BST",
                "2022-04-26T13:03:12+01:00",
                "Summary of the day so far",
                "Here is where things stand:",
                "Léonie Chao-Fong",
            ),
        ],
    ),
    "bbc": (
        "en",
        [
            (
                "post_626803",
                "posted at 14:20",
                "2022-04-26T14:20:00+01:00",
                "Guterres asked about Afghanistan",
                "The UN chief says dialogue must continue.",
                "Laura Gozzi",
            ),
            (
                "post_626802",
                "posted at 14:10",
                "2022-04-26T14:10:00+01:00",
                "Veto 'used too often', says UN chief",
                "Guterres says the veto",
                None,
            ),
            ("post_626801", "posted at 14:02", "2022-04-26T14:02:00+01:00", None, "Lavrov accuses Ukraine", None),
        ],
    ),
    "cnn": (
        "en",
        [
            (
                "cl2fy5x4n00073b6ljb1v9e4x",
                "2:24 p.m. ET, April 26, 2022",
                None,
                "Lavrov: Russia wants a response to its proposals",
                "Russian Foreign Minister Sergey Lavrov said",
                "From CNN’s Jennifer Hauser",
            ),
            (
                "cl2fy1b9m00053b6lu2hx7xq1",
                "2:05 p.m. ET, April 26, 2022",
                None,
                "UN chief: There are Russian troops in Ukraine",
                "“There are no Ukrainian troops",
                "From CNN’s Radina Gigova",
            ),
            (
                "cl2fxuyyd00033b6l5k6ygl6n",
                "1:43 p.m. ET, April 26, 2022",
                None,
                "Press conference begins in Moscow",
                "The joint press conference has started.",
                None,
            ),
        ],
    ),
    "tagesschau": (
        "de",
        [
            (
                "1f0f7a2c",
                "26.04.2022 • 14:24 Uhr",
                None,
                "Pressekonferenz beendet",
                "Die Pressekonferenz ist vorbei.",
                None,
            ),
            ("1f0f79b1", "26.04.2022 • 14:07 Uhr", None, "Lawrow: Vetorecht bleibt", "„Das Vetorecht wird nicht", None),
            (
                "1f0f7881",
                "26.04.2022 • 13:43 Uhr",
                None,
                "Guterres fordert Waffenruhe",
                "UN-Generalsekretär Guterres",
                None,
            ),
        ],
    ),
    "nrk": (
        "no",
        [
            (
                "bulletin-1.15943300",
                "kl. 14.24",
                "2022-04-26T14:24:00+02:00",
                "Pressekonferansen er over",
                "Pressekonferansen i Moskva er ferdig.\n\n– Vi vil ha et svar, sa Lavrov.",
                "Kari Nordmann",
            ),
            (
                "bulletin-1.15943280",
                "kl. 14.07",
                "2022-04-26T14:07:00+02:00",
                None,
                "– Vetoretten vil ikke forsvinne",
                "Ola Hansen",
            ),
            (
                "bulletin-1.15943250",
                "kl. 13.43",
                "2022-04-26T13:43:00+02:00",
                "Guterres ber om våpenhvile",
                "FN-sjefen ber om våpenhvile i Ukraina.",
                "Kari Nordmann",
            ),
        ],
    ),
    "wordpress": (
        "de",
        [
            (
                "liveblog-entry-4821",
                "19:12",
                "2022-04-26T19:12:00+02:00",
                None,
                "Der Haushalt ist beschlossen.\n\n„Das ist ein guter Tag",
                "Anna Schmidt",
            ),
            (
                "liveblog-entry-4817",
                "18:45",
                "2022-04-26T18:45:00+02:00",
                None,
                "Die Opposition kritisiert",
                "Anna Schmidt",
            ),
            (
                "liveblog-entry-4810",
                "18:02",
                "2022-04-26T18:02:00+02:00",
                None,
                "Die Sitzung hat begonnen.",
                "Jonas Weber",
            ),
        ],
    ),
}
TITLES = {
    "guardian": "Ukraine war live: Guterres meets Lavrov in Moscow",
    "bbc": "Ukraine war: UN chief in Moscow for talks with Putin",
    "cnn": "April 26, 2022 Russia-Ukraine news",
    "tagesschau": "Krieg gegen die Ukraine: Guterres trifft Lawrow in Moskau",
    "nrk": "Krigen i Ukraina: FN-sjefen møter Lavrov",
    "wordpress": "Liveblog: Stadtrat debattiert den Haushalt",
}
# Words of page chrome on every fixture page: none may reach an entry.
CHROME = [
    "cookie",
    "Cookies",
    "informasjonskapsler",
    "Most viewed",
    "Meistgelesene",
    "Mest lest",
    "newsletter",
    "Newsletter",
    "nyhetsbrevet",
    "©",
    "Share",
    "Teilen",
    "Link copied",
    "Sport",
    "football",
    "Fußball",
    "fotball",
]


@pytest.mark.parametrize("outlet", sorted(EXPECTED))
def test_each_outlets_entries_are_found_with_their_hints(outlet: str) -> None:
    raw = read(HTML / f"{outlet}.html")
    language, expected = EXPECTED[outlet]
    assert raw.reader == "html"
    assert raw.language == language
    assert raw.title == TITLES[outlet]
    found = entries(raw)
    assert len(found) == len(expected)
    for block, (entry_id, shown, stamp, headline, start, author) in zip(found, expected):
        assert block.entry_id == entry_id
        assert block.time_text == shown
        assert block.timestamp == stamp
        assert block.headline == headline
        assert block.text.startswith(start), block.text
        assert block.author == author


@pytest.mark.parametrize("outlet", sorted(EXPECTED))
def test_page_chrome_never_reaches_an_entry(outlet: str) -> None:
    raw = read(HTML / f"{outlet}.html")
    for block in entries(raw):
        for word in CHROME:
            assert word not in block.text, (word, block.text)
            assert word not in (block.headline or "")


def test_an_entry_keeps_its_update_stamp_apart_from_its_time() -> None:
    first = entries(read(HTML / "guardian.html"))[0]
    assert first.timestamp == "2022-04-26T13:24:05+01:00"
    assert first.updated == "2022-04-26T13:30:00+01:00"
    assert "Updated" not in first.text


def test_an_update_label_inside_the_stamp_makes_it_an_update_not_an_entry() -> None:
    posts = "".join(
        f'<article id="block-{n}"><header><a href="#block-{n}"><time datetime="2022-04-26T1{n}:00:00+01:00">'
        f"1{n}.00 BST</time></a></header><div><p>Entry {n} says something new.</p></div>"
        f'<footer><time datetime="2022-04-26T1{n}:30:00+01:00">Updated at 1{n}.30 BST</time></footer></article>'
        for n in (3, 2)
    )
    found = entries(read_html(f"<html><body><main><div>{posts}</div></main></body></html>", "x", "x"))
    assert [(b.entry_id, b.time_text, b.updated, b.text) for b in found] == [
        ("block-3", "13.00 BST", "2022-04-26T13:30:00+01:00", "Entry 3 says something new."),
        ("block-2", "12.00 BST", "2022-04-26T12:30:00+01:00", "Entry 2 says something new."),
    ]


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("Updated 14:52", "2025-02-03T14:52:00+01:00"),
        ("Aktualisiert: 14.52 Uhr", "2025-02-03T14:52:00+01:00"),
        ("Oppdatert 00:10", "2025-02-04T00:10:00+01:00"),  # after midnight: the next day
        ("Updated 2:52 p.m.", "2025-02-03T14:52:00+01:00"),
    ],
)
def test_an_update_shown_only_as_a_clock_time_is_the_entrys_update_not_its_text(shown: str, expected: str) -> None:
    posts = "".join(
        f'<div class="feed-post" id="post-{n}"><div class="feed-post__meta">'
        f'<span class="feed-post__stamp" data-timestamp="2025-02-03T1{n}:05:00+01:00">1{n}:05</span>'
        f"{f'<span class=feed-post__updated>{shown}</span>' if n == 4 else ''}</div>"
        f"<p>Post {n} tells what happened at the harbour.</p></div>"
        for n in (4, 3, 2)
    )
    found = entries(read_html(f"<html><body><main>{posts}</main></body></html>", "x", "x"))
    assert [(b.time_text, b.updated, b.text) for b in found] == [
        ("14:05", expected, "Post 4 tells what happened at the harbour."),
        ("13:05", None, "Post 3 tells what happened at the harbour."),
        ("12:05", None, "Post 2 tells what happened at the harbour."),
    ]


def test_a_short_badge_in_an_entrys_header_is_no_text_and_breaking_is_a_key_event() -> None:
    posts = "".join(
        f'<article class="tick" id="t{n}"><header>{badge}<time datetime="2025-02-03T1{n}:00:00+01:00">1{n}.00</time>'
        f"</header><h3>Headline {n}</h3><p>Tick {n}: the pumps are running again.</p></article>"
        for n, badge in (
            (4, '<span class="tick__label tick__label--breaking">Eilmeldung</span>'),
            (3, '<span class="tick__badge">Wichtig</span>'),
            (2, ""),
        )
    )
    found = entries(read_html(f"<html><body><main>{posts}</main></body></html>", "x", "x"))
    assert [(b.headline, b.text, b.flags) for b in found] == [
        ("Headline 4", "Tick 4: the pumps are running again.", ["key-event"]),
        ("Headline 3", "Tick 3: the pumps are running again.", []),
        ("Headline 2", "Tick 2: the pumps are running again.", []),
    ]


def test_posts_that_carry_their_time_only_in_an_attribute_are_entries() -> None:
    # An embed whose script writes the times out: the saved page has only the epoch seconds.
    posts = "".join(
        f'<li class="lb-post" data-time="{stamp}"><h4>Ferry news {n}</h4>'
        f"<p>Update {n}: the ferry left the quay.</p></li>"
        for n, stamp in ((3, 1738591200), (2, 1738587600), (1, 1738584000))
    )
    found = entries(read_html(f"<html><body><main><ul>{posts}</ul></main></body></html>", "x", "x"))
    assert [(b.timestamp, b.headline, b.text) for b in found] == [
        ("2025-02-03T14:00:00+00:00", "Ferry news 3", "Update 3: the ferry left the quay."),
        ("2025-02-03T13:00:00+00:00", "Ferry news 2", "Update 2: the ferry left the quay."),
        ("2025-02-03T12:00:00+00:00", "Ferry news 1", "Update 1: the ferry left the quay."),
    ]


def test_a_few_dated_teasers_under_an_article_are_not_entries() -> None:
    article = "".join(f"<p>Paragraph {n} of a long article about the harbour and its ferries.</p>" for n in range(12))
    teasers = "".join(f'<li class="teaser" data-time="{1738584000 + n}">Story {n}</li>' for n in range(3))
    raw = read_html(f"<html><body><main><article>{article}<ul>{teasers}</ul></article></main></body></html>", "x", "x")
    assert entries(raw) == []
    assert raw.blocks[0].text == "Paragraph 0 of a long article about the harbour and its ferries."


def test_a_pinned_copy_is_not_a_second_entry_and_lends_its_flag() -> None:
    found = entries(read(HTML / "guardian.html"))
    assert [block.entry_id for block in found].count("block-626803a58f08c1e6") == 1
    assert found[0].flags == ["pinned", "key-event"]
    assert found[2].flags == ["summary"]
    assert found[1].flags == []


def test_flags_come_from_the_entrys_markup() -> None:
    assert [block.flags for block in entries(read(HTML / "bbc.html"))] == [[], ["key-event"], []]
    assert [block.flags for block in entries(read(HTML / "nrk.html"))] == [[], ["pinned"], []]


def test_an_embedded_post_is_flattened_into_paragraphs_of_the_entry() -> None:
    second = entries(read(HTML / "guardian.html"))[1]
    assert second.text == (
        "“We have indeed accredited a Taliban diplomat,” Lavrov said.\n\n"
        "Breaking: press conference under way in Moscow\n\n"
        "— A Reporter (@areporter) April 26, 2022\n\n"
        "He added that this was not recognition."
    )


def test_permalinks_are_absolute_urls_of_the_entry() -> None:
    found = entries(read(HTML / "nrk.html"))
    assert (
        found[0].url == "https://www.example-nrk.test/nyheter/direkte-krigen-i-ukraina-1.15943210#bulletin-1.15943300"
    )
    found = entries(read(HTML / "wordpress.html"))
    assert (
        found[2].url
        == "https://www.example-lokalzeitung.test/2022/04/26/liveblog-stadtrat-haushalt/#liveblog-entry-4810"
    )


def test_a_logo_heading_in_the_site_header_is_not_the_title() -> None:
    page = (
        '<html><head><meta property="og:title" content="Vote live"></head><body>'
        '<header class="site-header"><h1><a href="/">The Paper</a></h1></header>'
        "<main><h1>Council vote: live updates</h1><p>Text of the page.</p></main></body></html>"
    )
    assert read_html(page, "x", "x").title == "Council vote: live updates"


def test_page_metadata_is_read() -> None:
    raw = read(HTML / "nrk.html")
    assert raw.publisher == "Example Nrk"
    assert raw.url == "https://www.example-nrk.test/nyheter/direkte-krigen-i-ukraina-1.15943210"
    assert raw.blocks[0].kind == "title"


def test_a_flat_page_of_time_headings_takes_the_paragraphs_up_to_the_next_time() -> None:
    page = """<html lang="de"><body><div class="ticker">
    <h3><time datetime="2022-04-26T14:24:00+02:00">14:24 Uhr</time> Ende</h3>
    <p>Die Pressekonferenz ist beendet.</p><p>Danke fürs Mitlesen.</p>
    <h3><time datetime="2022-04-26T14:10:00+02:00">14:10 Uhr</time> Veto</h3>
    <p>Lawrow verteidigt das Vetorecht im Sicherheitsrat ausführlich.</p>
    </div></body></html>"""
    found = entries(read_html(page, "x", "x"))
    assert [(b.time_text, b.headline, b.text) for b in found] == [
        ("14:24 Uhr", "Ende", "Die Pressekonferenz ist beendet.\n\nDanke fürs Mitlesen."),
        ("14:10 Uhr", "Veto", "Lawrow verteidigt das Vetorecht im Sicherheitsrat ausführlich."),
    ]


def test_repeated_blocks_opening_with_a_clock_time_are_entries_without_time_markup() -> None:
    items = "".join(
        f'<div class="item"><p><strong>{t}</strong></p><p>{body}</p></div>'
        for t, body in [
            ("14:24", "Die Pressekonferenz ist beendet, alle gehen."),
            ("14:10", "Lawrow verteidigt das Vetorecht im Sicherheitsrat."),
            ("13:58", "Guterres fordert eine Waffenruhe in der Ukraine."),
        ]
    )
    found = entries(read_html(f"<html><body><main>{items}</main></body></html>", "x", "x"))
    assert [(b.time_text, b.text) for b in found] == [
        ("14:24", "Die Pressekonferenz ist beendet, alle gehen."),
        ("14:10", "Lawrow verteidigt das Vetorecht im Sicherheitsrat."),
        ("13:58", "Guterres fordert eine Waffenruhe in der Ukraine."),
    ]


def test_clock_times_opening_repeated_blocks_count_even_when_the_page_has_other_times() -> None:
    items = "".join(
        f"<li><strong>{t} Uhr</strong> {body}</li>"
        for t, body in [
            ("14:24", "Die Pressekonferenz ist beendet, alle gehen."),
            ("14:10", "Lawrow verteidigt das Vetorecht im Sicherheitsrat."),
            ("13:58", "Guterres fordert eine Waffenruhe in der Ukraine."),
        ]
    )
    page = (
        '<html><body><header><p>Stand: <time datetime="2022-04-26T15:00:00+02:00">26.04.2022 15:00 Uhr</time></p>'
        '<p>Aktualisiert: <time datetime="2022-04-26T15:05:00+02:00">15:05 Uhr</time></p></header>'
        f"<main><ul>{items}</ul></main></body></html>"
    )
    found = entries(read_html(page, "x", "x"))
    assert [(b.time_text, b.text) for b in found] == [
        ("14:24 Uhr", "Die Pressekonferenz ist beendet, alle gehen."),
        ("14:10 Uhr", "Lawrow verteidigt das Vetorecht im Sicherheitsrat."),
        ("13:58 Uhr", "Guterres fordert eine Waffenruhe in der Ukraine."),
    ]


def test_an_article_without_entries_gives_its_main_text_without_chrome() -> None:
    page = """<html lang="en"><head><title>Talks in Moscow | Paper</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
    <main><article><header><h1>Talks in Moscow</h1><p class="byline">By A Writer,
    <time datetime="2022-04-26T15:00:00+02:00">26 April 2022</time></p></header>
    <p>The UN chief met the Russian foreign minister on Tuesday.</p>
    <h2>Ceasefire</h2><p>“We need a ceasefire,” Guterres said.</p>
    <div class="related-articles"><h3>Related</h3><ul><li><time datetime="2022-04-25">25 April</time> Older story</li>
    <li><time datetime="2022-04-24">24 April</time> Another story</li></ul></div>
    </article></main><aside class="most-read"><p>Most read story</p></aside>
    <footer><p>© Paper</p></footer><script>var x = "tracking";</script></body></html>"""
    raw = read_html(page, "x", "x")
    assert raw.reader == "html"
    assert raw.title == "Talks in Moscow"
    assert [(b.kind, b.text) for b in raw.blocks] == [
        ("title", "Talks in Moscow"),
        # the byline box is who wrote it, not the text
        ("paragraph", "The UN chief met the Russian foreign minister on Tuesday."),
        ("heading", "Ceasefire"),
        ("paragraph", "“We need a ceasefire,” Guterres said."),
    ]


def test_an_articles_furniture_is_not_its_text_and_a_time_in_a_sentence_is_no_posts_time() -> None:
    page = """<html lang="en"><head><title>Dock strike ends | The Wharf Post</title></head><body>
    <article class="story"><p class="story__section"><a href="/business/">Business</a></p>
    <h1 class="story__headline">Dock strike ends</h1>
    <p class="story__standfirst">Workers accept a 6% offer after nine days on the picket line</p>
    <div class="story__meta"><span class="byline">By Ines Carrow, Business Reporter</span>
    <time datetime="2026-11-24T18:15:00Z">Published 24 November 2026, 6:15pm</time></div>
    <p>The strike at Wharfton docks ended on <time datetime="2026-11-24">Tuesday</time> after members voted.</p>
    <p>“This is a fair deal,” said the union’s branch secretary, Tom Aske.</p>
    <div class="story__tags"><span>Topics:</span> <a href="/t/ports">Ports</a> <a href="/t/unions">Unions</a></div>
    </article></body></html>"""
    raw = read_html(page, "x", "x")
    assert raw.title == "Dock strike ends"
    assert raw.subtitle == "Workers accept a 6% offer after nine days on the picket line"
    assert [(b.kind, b.text) for b in raw.blocks] == [
        ("title", "Dock strike ends"),
        ("chrome", "Business"),  # a section's name over the title: not the article's text
        # a time inside a sentence is part of it, never a post's time
        ("paragraph", "The strike at Wharfton docks ended on Tuesday after members voted."),
        ("paragraph", "“This is a fair deal,” said the union’s branch secretary, Tom Aske."),
    ]


def test_an_articles_photo_captions_and_footer_are_not_its_text() -> None:
    page = """<html lang="de"><head><title>Spital wird Gesundheitszentrum</title></head><body>
    <article><h1>Spital wird Gesundheitszentrum</h1>
    <figure><img src="a.jpg" alt=""><figcaption>Das Spital soll ab 2028 ambulant betrieben werden.
    <span class="credit">Pia Lenz / Keystone</span></figcaption></figure>
    <figure><img src="b.jpg" alt=""><figcaption>Der Eingang der Notfallstation.</figcaption>
    <small>Bildrechte: Marc Eich</small></figure>
    <p>Der Kanton streicht die Notfallstation, teilte die Gesundheitsdirektion mit.</p>
    <figure><blockquote>«Das ist ein Wortbruch»</blockquote>
    <figcaption>— Gemeindepräsident Urs Rohr</figcaption></figure>
    <div class="article__footer"><p>Ina Roth, Obersee-Stadt</p><p>Passend zum Artikel</p>
    <ul><li><a href="/x">Kantonsrat genehmigt Sparpaket</a></li></ul></div>
    </article></body></html>"""
    texts = [b.text for b in read_html(page, "x", "x").blocks if b.kind != "title"]
    assert texts == [
        "Der Kanton streicht die Notfallstation, teilte die Gesundheitsdirektion mit.",
        "«Das ist ein Wortbruch»",
        "— Gemeindepräsident Urs Rohr",  # a caption naming who is quoted: text
    ]


def test_a_teaser_list_with_times_is_not_a_live_blog() -> None:
    teasers = "".join(
        f'<li class="teaser"><time datetime="2022-04-2{n}T10:00:00Z">2{n} April</time><a>Story {n}</a></li>'
        for n in range(5)
    )
    page = (
        "<html><body><main><h1>Long read</h1>"
        + "<p>A long article paragraph that tells the story in full detail, sentence after sentence.</p>" * 6
        + f"<ul>{teasers}</ul></main></body></html>"
    )
    assert entries(read_html(page, "x", "x")) == []


def test_a_closed_marker_ends_the_coverage() -> None:
    page = (HTML / "nrk.html").read_text("utf-8").replace("<main>", '<main><div class="liveblog-closed">Slutt</div>', 1)
    assert read_html(page, "x", "x").coverage_ended
    assert not read(HTML / "nrk.html").coverage_ended


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("5 minutes ago", "en", "2022-04-26T12:55:00+00:00"),
        ("vor 2 Stunden", "de", "2022-04-26T11:00:00+00:00"),
        ("for 5 minutter siden", "no", "2022-04-26T12:55:00+00:00"),
        ("14:24", "en", None),
    ],
)
def test_relative_stamps_resolve_against_the_fetch_time(text: str, code: str, expected: str | None) -> None:
    from liveblog import lang

    assert resolve_relative(text, "2022-04-26T13:00:00+00:00", lang.get(code)) == expected


def test_an_entry_showing_a_relative_stamp_gets_a_timestamp_when_the_fetch_time_is_known() -> None:
    page = """<html lang="no"><body><section>
    <article class="bulletin"><span class="bulletin-time">for 5 minutter siden</span>
    <p>Nyeste melding her, lang nok.</p></article>
    <article class="bulletin"><span class="bulletin-time">for 2 timer siden</span>
    <p>Eldre melding her, også lang nok.</p></article>
    </section></body></html>"""
    found = entries(read_html(page, "x", "x", fetched_at="2022-04-26T13:00:00+00:00"))
    assert [(b.time_text, b.timestamp) for b in found] == [
        ("for 5 minutter siden", "2022-04-26T12:55:00+00:00"),
        ("for 2 timer siden", "2022-04-26T11:00:00+00:00"),
    ]


def test_an_untimed_post_among_timed_ones_is_kept_in_its_place_without_a_time() -> None:
    posts = [
        '<article class="post"><time datetime="2022-04-26T14:10:00+02:00">14:10</time><p>Second update.</p></article>',
        '<article class="post"><p>Welcome to our live coverage of the vote.</p></article>',
        '<article class="post"><time datetime="2022-04-26T14:00:00+02:00">14:00</time><p>First update.</p></article>',
        '<div class="ad-slot"><p>Advertisement</p></div>',
    ]
    page = f"<html><body><main><section>{''.join(posts)}</section></main></body></html>"
    found = entries(read_html(page, "x", "x"))
    assert [(b.time_text, b.text) for b in found] == [
        ("14:10", "Second update."),
        (None, "Welcome to our live coverage of the vote."),
        ("14:00", "First update."),
    ]


def test_a_post_with_a_time_in_its_header_and_a_date_in_its_footer_is_one_entry() -> None:
    posts = "".join(
        f'<article class="post" id="p{n}"><header><time datetime="2022-04-26T14:{n}0:00+02:00">14:{n}0</time>'
        f"<h2>Headline {n}</h2></header><p>Body of post {n} with enough words.</p>"
        f'<footer class="meta">Published <time datetime="2022-04-26">26 April 2022</time></footer></article>'
        for n in (3, 2, 1)
    )
    page = f"<html><body><main><div class='feed'>{posts}</div></main></body></html>"
    found = entries(read_html(page, "x", "x"))
    assert [(b.entry_id, b.time_text, b.headline, b.text) for b in found] == [
        ("p3", "14:30", "Headline 3", "Body of post 3 with enough words."),
        ("p2", "14:20", "Headline 2", "Body of post 2 with enough words."),
        ("p1", "14:10", "Headline 1", "Body of post 1 with enough words."),
    ]


def test_of_a_date_line_and_a_clock_time_in_one_post_the_clock_time_is_the_entrys_time() -> None:
    posts = "".join(
        f'<div class="post"><span class="date">26. April 2022</span><span class="time">14:{n}0 Uhr</span>'
        f"<p>Meldung {n} mit genug Worten.</p></div>"
        for n in (3, 2, 1)
    )
    found = entries(read_html(f"<html><body><main><div>{posts}</div></main></body></html>", "x", "x"))
    assert [(b.time_text, b.text) for b in found] == [
        ("14:30 Uhr", "Meldung 3 mit genug Worten."),
        ("14:20 Uhr", "Meldung 2 mit genug Worten."),
        ("14:10 Uhr", "Meldung 1 mit genug Worten."),
    ]


def test_broken_markup_still_reads() -> None:
    page = "<html><body><div class='x'><p>Unclosed <b>bold <i>text</p><p>Second paragraph"
    raw = read_html(page, "x", "x")
    assert [b.text for b in raw.blocks] == ["Unclosed bold text", "Second paragraph"]


def test_a_page_with_nothing_but_scripts_and_menus_is_refused_in_one_line() -> None:
    page = '<html><head><script>var app = {};</script></head><body><nav><a href="/">Home</a></nav></body></html>'
    with pytest.raises(LiveblogError, match=r"^empty\.html: no text in the page"):
        read_html(page, "empty.html", "empty.html")


def test_a_live_blog_whose_coverage_has_not_started_is_read_with_its_title_alone() -> None:
    page = "<html><head><title>Election night live</title></head><body><main><h1>Election night live</h1></main>"
    raw = read_html(page, "x", "x")
    assert [(block.kind, block.text) for block in raw.blocks] == [("title", "Election night live")]


def _stream(posts: str, pinned: str = "") -> str:
    return f'<html><body><main><div class="pinned-box">{pinned}</div><div class="stream">{posts}</div></main></body>'


def test_a_pinned_post_in_a_box_of_its_own_is_an_entry_even_when_a_date_heading_opens_the_stream() -> None:
    post = (
        '<section class="story-post{extra}"><div class="story-post__stamp"><span class="story-post__time">{t}</span>'
        '</div><h2 class="story-post__title">{title}</h2><p>{text}</p></section>'
    )
    pinned = post.format(
        extra=" story-post--pinned", t="07:45", title="What to know", text="Three points to know today."
    )
    posts = '<h3 class="stream__dateGroup">MONDAY, MARCH 3, 2025</h3>' + "".join(
        post.format(extra="", t=t, title=f"Title at {t}", text=f"What happened at the dam at {t} today.")
        for t in ("17:40", "16:05", "12:30")
    )
    found = entries(read_html(_stream(posts, pinned), "x", "x"))
    assert [(b.time_text, b.headline, b.flags) for b in found] == [
        ("07:45", "What to know", ["pinned"]),
        ("17:40", "Title at 17:40", []),
        ("16:05", "Title at 16:05", []),
        ("12:30", "Title at 12:30", []),
    ]


def test_a_time_and_a_date_side_by_side_in_one_box_are_one_stamp() -> None:
    posts = "".join(
        f'<div class="event"><div class="event__meta"><div class="event__ts"><time datetime="2025-11-26T1{n}:00:00Z">'
        f'1{n}:00</time><span class="event__ts__date">26.11.2025</span></div></div>'
        f"<p>Meldung {n}: die Debatte geht weiter.</p></div>"
        for n in (3, 2, 1)
    )
    found = entries(read_html(_stream(posts), "x", "x"))
    assert [(b.time_text, b.timestamp, b.text) for b in found] == [
        ("13:00", "2025-11-26T13:00:00+00:00", "Meldung 3: die Debatte geht weiter."),
        ("12:00", "2025-11-26T12:00:00+00:00", "Meldung 2: die Debatte geht weiter."),
        ("11:00", "2025-11-26T11:00:00+00:00", "Meldung 1: die Debatte geht weiter."),
    ]


@pytest.mark.parametrize("shown", ["Endret 14:24", "zuletzt bearbeitet um 14:24 Uhr", "Last edited 14:24"])
def test_an_edited_stamp_is_an_update_in_every_language(shown: str) -> None:
    posts = "".join(
        f'<li class="post"><time datetime="2025-12-18T1{n}:20:00+01:00">1{n}:20</time>'
        f"{f'<span class=post__edited>{shown}</span>' if n == 4 else ''}<p>Innlegg {n} om renten.</p></li>"
        for n in (4, 3, 2)
    )
    found = entries(read_html(f"<html><body><main><ul>{posts}</ul></main></body></html>", "x", "x"))
    assert [(b.updated, b.text) for b in found] == [
        ("2025-12-18T14:24:00+01:00", "Innlegg 4 om renten."),
        (None, "Innlegg 3 om renten."),
        (None, "Innlegg 2 om renten."),
    ]


@pytest.mark.parametrize(
    ("stamp", "shown", "expected"),
    [
        ('data-timestamp="1755218400000"', "5:40 PM PDT", "2025-08-14T17:40:00-07:00"),  # 00:40 UTC the next day
        ('datetime="2025-11-26T08:31:00Z"', "09:31", "2025-11-26T09:31:00+01:00"),
        ('datetime="2025-11-26T09:31:00+01:00"', "08:31", "2025-11-26T09:31:00+01:00"),  # its own offset stays
        ('datetime="2025-11-26T08:31:00Z"', "08:31", "2025-11-26T08:31:00+00:00"),
    ],
)
def test_a_utc_timestamp_is_written_in_the_zone_the_page_shows_its_times_in(
    stamp: str, shown: str, expected: str
) -> None:
    posts = "".join(
        f'<article class="post"><span class="post__time" {stamp}>{shown}</span>'
        f"<p>Post {n}: the fire has crossed the ridge road.</p></article>"
        for n in (2, 1)
    )
    found = entries(read_html(f"<html><body><main>{posts}</main></body></html>", "x", "x"))
    assert [b.timestamp for b in found] == [expected, expected]


def test_a_short_link_to_the_post_itself_standing_alone_is_a_share_button_not_text() -> None:
    posts = "".join(
        f'<li class="post" id="p{n}"><time datetime="2025-12-18T1{n}:00:00+01:00">1{n}:00</time>'
        f"<p>Innlegg {n}: renten er satt ned, og kronen svekker seg.</p>"
        f'<a class="post__permalink" href="https://example.org/direkte/renten/p{n}">Del innlegg</a></li>'
        for n in (3, 2)
    )
    found = entries(read_html(f"<html><body><main><ul>{posts}</ul></main></body></html>", "x", "x"))
    assert [b.text for b in found] == [
        "Innlegg 3: renten er satt ned, og kronen svekker seg.",
        "Innlegg 2: renten er satt ned, og kronen svekker seg.",
    ]


def test_class_words_in_german_and_norwegian_speak_like_english_ones() -> None:
    posts = "".join(
        f'<li class="melding" id="m{n}"><div class="melding__hode"><span class="melding__klokke">1{n}:47</span>'
        f"{'<span class=melding__viktig>Viktig</span>' if n == 8 else ''}</div>"
        f'<h3 class="melding__tittel">Tittel {n}</h3>'
        f'<div class="melding__tekst"><p>Melding {n} om partiet.</p></div></li>'
        for n in (8, 7, 6)
    )
    found = entries(read_html(f'<html lang="no"><body><main><ul>{posts}</ul></main></body></html>', "x", "x"))
    assert [(b.time_text, b.headline, b.text, b.flags) for b in found] == [
        ("18:47", "Tittel 8", "Melding 8 om partiet.", ["key-event"]),
        ("17:47", "Tittel 7", "Melding 7 om partiet.", []),
        ("16:47", "Tittel 6", "Melding 6 om partiet.", []),
    ]


def test_a_headline_that_links_to_its_own_post_is_the_headline() -> None:
    posts = "".join(
        f'<div class="post" id="p{n}"><time datetime="2026-09-17T2{n}:05:00-04:00">2{n}:05</time>'
        f'<h2 class="post__headline"><a href="#p{n}">Ferry service {n} suspended</a></h2>'
        f"<p>All sailings on route {n} are off until Monday, the operator said.</p></div>"
        for n in (2, 1)
    )
    found = entries(read_html(f"<html><body><main>{posts}</main></body></html>", "x", "x"))
    assert [(b.entry_id, b.headline) for b in found] == [
        ("p2", "Ferry service 2 suspended"),
        ("p1", "Ferry service 1 suspended"),
    ]


def test_a_post_whose_class_names_an_author_avatar_keeps_its_text() -> None:
    # "show-author-avatar" is a word about the post's look: the post is no byline, its author box is.
    posts = "".join(
        f'<article class="lb-post show-author-avatar"><div class="lb-post-date">0{n}:45</div>'
        f"<p>Kurze Meldung {n}.</p>"
        f'<div class="lb-author"><span class="lb-author__name">Sabine Roth</span></div></article>'
        for n in (8, 7)
    )
    found = entries(read_html(f"<html><body><main><section>{posts}</section></main></body></html>", "x", "x"))
    assert [(b.text, b.author) for b in found] == [
        ("Kurze Meldung 8.", "Sabine Roth"),
        ("Kurze Meldung 7.", "Sabine Roth"),
    ]


def test_a_data_attribute_whose_name_speaks_of_time_gives_the_timestamp() -> None:
    posts = "".join(
        f'<article class="lb-post"><div class="lb-post-date" data-js-timestamp="2026-06-08T0{n}:45:00+00:00">'
        f"08.06.2026 - 0{n + 2}:45</div><p>Meldung {n} vom Deich.</p>"
        f'<div class="lb-post-updated"><span>Aktualisiert</span> <span class="lb-post-updated-time" '
        f'data-js-timestamp="2026-06-08T0{n}:55:00+00:00">0{n + 2}:55</span></div></article>'
        for n in (5, 4)
    )
    found = entries(read_html(f"<html><body><main><section>{posts}</section></main></body></html>", "x", "x"))
    # Both in the page's zone (+02:00), as the displayed clock times say.
    assert [(b.timestamp, b.updated, b.text) for b in found] == [
        ("2026-06-08T07:45:00+02:00", "2026-06-08T07:55:00+02:00", "Meldung 5 vom Deich."),
        ("2026-06-08T06:45:00+02:00", "2026-06-08T06:55:00+02:00", "Meldung 4 vom Deich."),
    ]


def test_day_headings_between_posts_and_a_shown_publication_date_date_posts_that_show_only_a_clock_time() -> None:
    post = '<div class="feed__entry"><div class="feed__time">{t}</div><div class="feed__body"><p>{text}</p></div></div>'
    page = (
        '<html lang="no"><body><main><div class="top"><h1>Valgnatt – siste nytt</h1>'
        '<p class="top__meta">Publisert: 13.11.2026 19:58 · Journalister: Ola Nordmann</p></div>'
        '<div class="feed"><h2 class="feed__day">Lørdag 14. november</h2>'
        + post.format(t="00:40", text="Vi avslutter dekningen for i natt.")
        + '<h2 class="feed__day">Fredag 13. november</h2>'
        + post.format(t="23:10", text="Opptellingen er ferdig i alle fylker.")
        + post.format(t="20:00", text="God kveld og velkommen til valgnatten.")
        + "</div></main></body></html>"
    )
    raw = read_html(page, "x", "x")
    # The dateline and the headings reach the segmenter as in a text; the headings are neither posts nor headlines.
    assert [(b.kind, b.text) for b in raw.blocks if b.kind != "title"] == [
        ("paragraph", "Publisert: 13.11.2026 19:58"),
        ("heading", "Lørdag 14. november"),
        ("entry", "Vi avslutter dekningen for i natt."),
        ("heading", "Fredag 13. november"),
        ("entry", "Opptellingen er ferdig i alle fylker."),
        ("entry", "God kveld og velkommen til valgnatten."),
    ]
    parsed = parse_raw(raw)
    assert parsed.date == "2026-11-13"
    assert [(e.timestamp, e.headline) for e in parsed.entries] == [
        ("2026-11-14T00:40:00", None),
        ("2026-11-13T23:10:00", None),
        ("2026-11-13T20:00:00", None),
    ]


def test_day_headings_are_left_out_when_every_post_has_its_own_timestamp() -> None:
    posts = (
        '<h2 class="day">Saturday, March 2</h2>'
        '<div class="post"><time datetime="2024-03-02T18:00:00Z">18:00</time><p>The polls have closed.</p></div>'
        '<div class="post"><time datetime="2024-03-02T09:00:00Z">09:00</time><p>The polls have opened.</p></div>'
    )
    raw = read_html(f"<html><body><main><div class='feed'>{posts}</div></main></body></html>", "x", "x")
    assert [b.kind for b in raw.blocks] == ["entry", "entry"]


def test_a_time_and_a_date_in_spans_side_by_side_are_read_apart() -> None:
    posts = "".join(
        f'<div class="event" id="e{n}"><div class="event__ts"><span class="event__ts__time">14:2{n}</span>'
        f'<span class="event__ts__date">26.04.2022</span></div><p>Update {n} from the press conference.</p></div>'
        for n in (4, 0)
    )
    raw = read_html(f"<html><body><main><div class='events'>{posts}</div></main></body></html>", "x", "x")
    assert [b.time_text for b in entries(raw)] == ["14:24 26.04.2022", "14:20 26.04.2022"]
    assert [e.timestamp for e in parse_raw(raw).entries] == ["2022-04-26T14:24:00", "2022-04-26T14:20:00"]


def test_clock_times_shown_without_a_zone_take_the_offset_of_the_pages_own_metadata() -> None:
    posts = "".join(
        f'<div class="ticker-item"><span class="ticker-item__time">14.2{n} Uhr</span>'
        f"<p>Meldung {n} zum Gipfel.</p></div>"
        for n in (4, 0)
    )
    head = '<head><meta property="article:published_time" content="2022-04-26T09:00:00+02:00"></head>'
    raw = read_html(f"<html lang='de'>{head}<body><main><div>{posts}</div></main></body></html>", "x", "x")
    assert raw.zone == "+02:00"
    assert [e.timestamp for e in parse_raw(raw).entries] == ["2022-04-26T14:24:00+02:00", "2022-04-26T14:20:00+02:00"]


def test_posts_stamped_in_epoch_seconds_show_a_relative_time_and_take_the_pages_zone() -> None:
    head = '<head><meta property="article:published_time" content="2026-02-20T06:15:00+01:00"></head>'
    posts = (
        '<article class="direkte-post direkte-post--pinned" data-published-at="1771569000">'
        '<header><span class="pin">Festet innlegg</span> <span class="direkte-post__relative">for 6 timer siden'
        "</span></header><h2>Dette vet vi</h2><p>Et vogntog tok fyr i tunnelen like etter klokken 04.</p></article>"
        '<article class="direkte-post" data-published-at="1771590000"><header>'
        '<span class="direkte-post__relative">for 40 minutter siden</span></header>'
        "<h2>Brannen er slukket</h2><p>Brannsjefen bekrefter at brannen i tunnelen er slukket.</p></article>"
    )
    raw = read_html(f'<html lang="nb">{head}<body><main>{posts}</main></body></html>', "x", "x")
    # 1771569000 is 06:30 UTC, 07:30 in Norway in February.
    assert [(b.time_text, b.timestamp, b.headline, b.text) for b in entries(raw)] == [
        (
            "for 6 timer siden",
            "2026-02-20T07:30:00+01:00",
            "Dette vet vi",
            "Et vogntog tok fyr i tunnelen like etter klokken 04.",
        ),
        (
            "for 40 minutter siden",
            "2026-02-20T13:20:00+01:00",
            "Brannen er slukket",
            "Brannsjefen bekrefter at brannen i tunnelen er slukket.",
        ),
    ]


def test_a_day_heading_with_its_year_above_the_first_post_dates_the_posts_and_is_no_headline() -> None:
    page = (
        '<html lang="de"><body><div class="liveblog"><h2 class="liveblog__day">Sonntag, 8. März 2026</h2>'
        '<div class="entry"><h3 class="entry__time">18:45 Uhr</h3>'
        "<div><p>Damit beenden wir den Liveblog.</p></div></div>"
        '<div class="entry"><h3 class="entry__time">17:30 Uhr</h3><h4>Altstadt gesperrt</h4>'
        "<div><p>Die Stadt teilte mit, die Altstadt sei gesperrt.</p></div></div></div></body></html>"
    )
    document = parse_raw(read_html(page, "x", "x"))
    assert document.date == "2026-03-08"
    assert [(e.timestamp, e.headline) for e in document.entries] == [
        ("2026-03-08T18:45:00", None),
        ("2026-03-08T17:30:00", "Altstadt gesperrt"),
    ]


@pytest.mark.parametrize(
    ("code", "link"),
    [
        ("en", "View this post on Instagram"),
        ("no", "Se dette innlegget på Instagram"),
        ("de", "Sieh dir diesen Beitrag auf Instagram an"),
    ],
)
def test_an_embedded_posts_link_to_its_platform_is_not_text(code: str, link: str) -> None:
    posts = "".join(
        f'<article class="post"><time datetime="2026-02-20T0{n}:40:00+01:00">0{n}:40</time><p>Innlegg {n}.</p>'
        f'<blockquote class="instagram-media"><a href="https://www.instagram.com/p/{n}/">{link}</a>'
        f"<p>Delt av @kvitnes{n}</p></blockquote></article>"
        for n in (8, 7)
    )
    document = parse_raw(read_html(f'<html lang="{code}"><body><main>{posts}</main></body></html>', "x", "x"))
    assert [e.text for e in document.entries] == ["Innlegg 8.\n\nDelt av @kvitnes8", "Innlegg 7.\n\nDelt av @kvitnes7"]


def test_a_comment_section_under_a_post_is_not_its_text_in_any_language() -> None:
    posts = "".join(
        f'<div class="dl-innlegg"><span class="klokke">kl. 1{n}.45</span><div><p>Innlegg {n} fra rasområdet.</p></div>'
        f'<div class="dl-kommentarer"><h3>Kommentarer (1)</h3><div class="dl-kommentar"><span>Kari Lunde</span> '
        f"<span>kl. 1{n}.52</span><p>Tenker på alle som må flytte.</p></div></div></div>"
        for n in (7, 6)
    )
    found = entries(read_html(f'<html lang="no"><body><main>{posts}</main></body></html>', "x", "x"))
    assert [(b.time_text, b.text) for b in found] == [
        ("kl. 17.45", "Innlegg 7 fra rasområdet."),
        ("kl. 16.45", "Innlegg 6 fra rasområdet."),
    ]


def test_a_label_for_screen_readers_only_is_not_text_and_the_heading_after_it_is_the_headline() -> None:
    posts = "".join(
        f'<li><article><header><span class="post-meta"><span class="visually-hidden">Posted at</span>'
        f'<span class="post-meta-time">16:{n}5</span></span><h3>Heading {n}</h3></header>'
        f"<div><p>The inquiry heard evidence {n}.</p></div></article></li>"
        for n in (4, 1)
    )
    found = entries(read_html(f"<html><body><main><ol>{posts}</ol></main></body></html>", "x", "x"))
    assert [(b.time_text, b.headline, b.text) for b in found] == [
        ("16:45", "Heading 4", "The inquiry heard evidence 4."),
        ("16:15", "Heading 1", "The inquiry heard evidence 1."),
    ]


def test_posts_called_updates_take_their_time_from_an_update_time_and_a_ts_attribute() -> None:
    posts = "".join(
        f'<div class="update" data-ts="2026-05-0{d}T{t}:00+01:00"><p class="update__time">{t}</p>'
        f"<p>Count update at {t} from the city hall.</p></div>"
        for d, t in ((8, "00:40"), (7, "23:10"))
    )
    found = entries(read_html(f"<html><body><main><section>{posts}</section></main></body></html>", "x", "x"))
    assert [(b.time_text, b.timestamp, b.updated) for b in found] == [
        ("00:40", "2026-05-08T00:40:00+01:00", None),
        ("23:10", "2026-05-07T23:10:00+01:00", None),
    ]


def test_a_ticker_in_table_rows_gives_entries_and_a_bold_first_line_is_the_headline() -> None:
    rows = "".join(
        f'<tr><td class="tid">{t}</td><td class="tekst">{bold}Hendelse {n} i kampen på Ullevaal.</td></tr>'
        for n, (t, bold) in enumerate(
            (("16.52", "<b>Slutt! Fjordvik er cupmester</b><br>"), ("16.31", "<b>MÅL! 2–1</b><br>"), ("15.00", "")), 1
        )
    )
    page = (
        '<html lang="no"><body><h1>Cupfinalen direkte</h1>'
        '<table class="kampinfo"><tr><th>Avspark</th><td>15.00</td></tr>'
        "<tr><th>Arena</th><td>Ullevaal</td></tr></table>"
        f'<table class="ticker"><tbody>{rows}</tbody></table>'
        "<section><h2>Andre kamper i dag</h2><table><tr><td>13.00</td><td>Brennvik – Ås</td></tr></table></section>"
        "</body></html>"
    )
    found = entries(read_html(page, "x", "x"))
    assert [(b.time_text, b.headline, b.text) for b in found] == [
        ("16.52", "Slutt! Fjordvik er cupmester", "Hendelse 1 i kampen på Ullevaal."),
        ("16.31", "MÅL! 2–1", "Hendelse 2 i kampen på Ullevaal."),
        ("15.00", None, "Hendelse 3 i kampen på Ullevaal."),
    ]


def test_plain_boxes_opening_with_a_clock_time_are_posts_beside_a_dateline_box_of_the_same_kind() -> None:
    posts = "".join(
        f"<div><span>{t} Uhr</span><p>Meldung um {t} vom Großbrand.</p></div>" for t in ("19:40", "17:45", "15:10")
    )
    page = f'<html lang="de"><body><h1>Großbrand – Live-Ticker</h1><div>Stand: 22.08.2026</div>{posts}</body></html>'
    document = parse_raw(read_html(page, "x", "x"))
    assert document.date == "2026-08-22"
    assert [(e.time, e.text) for e in document.entries] == [
        ("19:40", "Meldung um 19:40 vom Großbrand."),
        ("17:45", "Meldung um 17:45 vom Großbrand."),
        ("15:10", "Meldung um 15:10 vom Großbrand."),
    ]


def test_an_article_whose_paragraphs_stand_in_sibling_boxes_gives_all_of_them() -> None:
    boxes = "".join(f"<div><p>Paragraph {n} of the report on the dam inquiry.</p></div>" for n in (1, 2, 3))
    page = f"<html><body><div><h1>Dam inquiry</h1>{boxes}</div><footer><p>© Example</p></footer></body></html>"
    raw = read_html(page, "x", "x")
    assert [b.text for b in raw.blocks if b.kind == "paragraph"] == [
        "Paragraph 1 of the report on the dam inquiry.",
        "Paragraph 2 of the report on the dam inquiry.",
        "Paragraph 3 of the report on the dam inquiry.",
    ]


def test_a_one_word_headline_is_kept_though_the_post_opens_with_the_same_word() -> None:
    posts = (
        '<article class="card"><time datetime="2026-03-14T15:30:00Z">15:30</time><h2>Welcome</h2>'
        "<p>Welcome to our live coverage of the talks in Korvane.</p></article>"
        '<article class="card"><time datetime="2026-03-14T15:10:00Z">15:10</time>'
        "<h2>Delegations arrive at the palace</h2><p>Delegations arrive at the palace for the talks.</p></article>"
    )
    found = entries(read_html(f"<html><body><main>{posts}</main></body></html>", "x", "x"))
    # A headline of several words that only repeats the opening is generated from the text: none.
    assert [b.headline for b in found] == ["Welcome", None]


def _two_posts(first_body: str, second_body: str = "<p>An earlier post about the harbour strike.</p>") -> str:
    return (
        '<html lang="en"><body><main><div class="feed">'
        f'<div class="post"><time datetime="2026-11-14T16:20:00Z">16:20</time>{first_body}</div>'
        f'<div class="post"><time datetime="2026-11-14T15:00:00Z">15:00</time>{second_body}</div>'
        "</div></main></body></html>"
    )


def test_an_embedded_post_whose_class_says_social_is_content_not_share_buttons() -> None:
    body = (
        "<p>The envoy wrote on X:</p>"
        '<blockquote class="social-embed social-embed--x"><p>Talks go on through the night.</p>'
        "<footer>— Mira Tallis (@MiraTallis) November 14, 2026</footer></blockquote>"
    )
    first = entries(read_html(_two_posts(body), "x", "x"))[0]
    assert first.text == (
        "The envoy wrote on X:\n\nTalks go on through the night.\n\n— Mira Tallis (@MiraTallis) November 14, 2026"
    )


def test_a_photos_caption_and_credit_a_poll_and_a_video_placeholder_are_left_out_of_a_posts_text() -> None:
    body = (
        "<p>Dock workers marched to the town hall.</p>"
        '<figure><figcaption>Marchers on Quay Road. <span class="image__credit">Photo: Jon Vik</span></figcaption>'
        "</figure>"
        '<div class="embed embed--poll"><p>Should the council step in?</p><button>Yes</button><button>No</button>'
        "<p>1,204 votes</p></div>"
        '<div class="article-video"><p>Video: the march from above</p><p>Press play to load the player.</p></div>'
    )
    first = entries(read_html(_two_posts(body), "x", "x"))[0]
    assert first.text == "Dock workers marched to the town hall."


def test_a_post_that_is_only_a_photo_keeps_its_caption_and_a_quotes_caption_stays() -> None:
    photo = "<figure><figcaption>Queues outside the depot at dawn. (Ann Vale/Plover News)</figcaption></figure>"
    quote = (
        "<figure><blockquote><p>We will not go back to work for less.</p></blockquote>"
        "<figcaption>— Rhona Pike, union steward</figcaption></figure>"
    )
    found = entries(read_html(_two_posts(photo, quote), "x", "x"))
    assert [b.text for b in found] == [
        "Queues outside the depot at dawn. (Ann Vale/Plover News)",
        "We will not go back to work for less.\n\n— Rhona Pike, union steward",
    ]


def test_a_post_that_is_only_a_poll_keeps_its_question() -> None:
    body = (
        '<h3>Poll</h3><div class="poll"><p class="poll__question">Did the strike affect you?</p>'
        "<button>Yes</button><button>No</button><p>312 votes · poll open</p></div>"
    )
    first = entries(read_html(_two_posts(body), "x", "x"))[0]
    assert (first.headline, first.text) == ("Poll", "Did the strike affect you?")


def test_an_update_stamp_atop_a_post_is_its_update_time_whatever_its_class() -> None:
    page = (
        '<html lang="de"><head><meta property="article:published_time" content="2026-03-11T06:00:00+01:00"></head>'
        '<body><main><div class="x8f2"><div class="k3j1" data-timestamp="1773247200"><span class="q7w2">17:40</span>'
        '<span class="z9p4">Aktualisiert 18:02 Uhr</span><div><p>Die Gewerkschaft will morgen entscheiden.</p></div>'
        '</div><div class="k3j1" data-timestamp="1773238800"><span class="q7w2">15:20</span>'
        "<div><p>Am Bahnhof warten viele Menschen.</p></div></div>"
        '<div class="k3j1" data-timestamp="1773207000"><span class="q7w2">06:30</span>'
        "<div><p>Der Warnstreik hat begonnen.</p></div></div></div></main></body></html>"
    )
    first = entries(read_html(page, "x", "x"))[0]
    # 1773247200 is 16:40 UTC: 17:40 in the page's zone.
    assert (first.timestamp, first.text) == ("2026-03-11T17:40:00+01:00", "Die Gewerkschaft will morgen entscheiden.")
    assert first.updated == "2026-03-11T18:02:00+01:00"


def test_a_posts_publisher_line_is_its_author_not_its_text() -> None:
    body = '<p>Vegen er stengt.</p><div class="bulletin-publisher">Siri Hauge</div>'
    first = entries(read_html(_two_posts(body), "x", "x"))[0]
    assert (first.text, first.author) == ("Vegen er stengt.", "Siri Hauge")


def test_how_long_ago_a_post_was_shown_beside_its_time_is_part_of_the_stamp() -> None:
    posts = "".join(
        f'<article class="post"><div class="post-meta"><time datetime="2026-11-21T0{h}:35:00Z">{h}:35am</time> '
        f'<span class="rel">{ago}</span></div><p>Count update {h}.</p></article>'
        for h, ago in ((2, "1 hour ago"), (1, "2 hours ago"))
    )
    found = entries(read_html(f"<html lang='en'><body><main>{posts}</main></body></html>", "x", "x"))
    assert [(b.time_text, b.text) for b in found] == [("2:35am", "Count update 2."), ("1:35am", "Count update 1.")]


def test_a_page_of_clock_times_only_keeps_a_posts_shown_update_dated_with_the_post() -> None:
    page = (
        '<html lang="de"><body><main><h2 class="day">Mittwoch, 11. März 2026</h2>'
        '<div class="post"><span class="time">17:40 Uhr</span><span class="meta">Aktualisiert 18:02 Uhr</span>'
        "<p>Die Gewerkschaft will morgen entscheiden.</p></div>"
        '<div class="post"><span class="time">15:20 Uhr</span><p>Am Bahnhof warten viele Menschen.</p></div>'
        '<div class="post"><span class="time">06:30 Uhr</span><p>Der Warnstreik hat begonnen.</p></div>'
        "</main></body></html>"
    )
    first = parse_raw(read_html(page, "x", "x")).entries[0]
    assert (first.time, first.text) == ("17:40", "Die Gewerkschaft will morgen entscheiden.")
    assert first.timestamp is not None and first.timestamp.startswith("2026-03-11T17:40")
    assert first.updated is not None and first.updated.startswith("2026-03-11T18:02")


def test_a_live_blogs_standfirst_is_its_subtitle_not_an_untimed_entry() -> None:
    page = (
        '<html lang="en"><head><meta property="og:description" content="Follow the latest."></head><body><main>'
        '<h1>Landslide closes the coast road</h1><p class="standfirst">A landslide has buried the coast road. '
        "Homes are being evacuated.</p>"
        '<article class="post"><time datetime="2026-11-16T22:10:00+01:00">22:10</time>'
        "<p>An evacuation centre opens.</p></article>"
        '<article class="post"><time datetime="2026-11-16T21:35:00+01:00">21:35</time>'
        "<p>The road is closed.</p></article>"
        "</main></body></html>"
    )
    raw = read_html(page, "x", "x")
    assert raw.subtitle == "A landslide has buried the coast road. Homes are being evacuated."
    document = parse_raw(raw)
    assert [(e.time, e.text) for e in document.entries] == [
        ("22:10", "An evacuation centre opens."),
        ("21:35", "The road is closed."),
    ]


def test_a_posts_date_and_clock_time_joined_by_a_bullet_are_its_time() -> None:
    # A line "date • time" atop each post (no machine time): the shown time is the post's, dated by its date.
    posts = "".join(
        f'<div class="ticker__item"><div class="ticker__datetime">{day}.02.2027 {sep} {hhmm} Uhr</div>'
        f"<h2>Meldung {n}</h2><p>Der Stadtrat von Lindenau berät über den Haushalt, Teil {n}.</p>"
        '<p class="ticker__author">abc</p></div>'
        for n, day, sep, hhmm in ((3, "09", "•", "18:20"), (2, "09", "·", "11:05"), (1, "08", "•", "22:45"))
    )
    page = f'<html lang="de"><body><main><h1>Haushalt</h1><div class="ticker">{posts}</div></main></body></html>'
    document = parse_raw(read_html(page, "x", "x"))
    assert [(e.time, (e.timestamp or "")[:16], e.headline) for e in document.entries] == [
        ("18:20", "2027-02-09T18:20", "Meldung 3"),
        ("11:05", "2027-02-09T11:05", "Meldung 2"),
        ("22:45", "2027-02-08T22:45", "Meldung 1"),
    ]
    assert document.entries[0].text == "Der Stadtrat von Lindenau berät über den Haushalt, Teil 3."


def test_a_posts_bylines_box_names_its_authors_and_is_not_its_text() -> None:
    posts = "".join(
        f'<article class="post"><div class="post__meta"><span class="post__timestamp">{shown}</span>'
        f'<span class="post__bylines">From the Courier’s {names}</span></div>'
        f'<div class="post__body"><p>{text}</p></div></article>'
        for shown, names, text in (
            ("4:10 p.m. ET, May 6, 2027", "Ivo Brandt and Lise Moor", "The ferry board voted to sell two ships."),
            ("3:25 p.m. ET, May 6, 2027", "Lise Moor", "The vote on the ferry sale has been delayed."),
        )
    )
    found = entries(read_html(f"<html lang='en'><body><main>{posts}</main></body></html>", "x", "x"))
    assert [(b.text, b.author) for b in found] == [
        ("The ferry board voted to sell two ships.", "From the Courier’s Ivo Brandt and Lise Moor"),
        ("The vote on the ferry sale has been delayed.", "From the Courier’s Lise Moor"),
    ]


def test_a_photos_credit_beside_its_caption_and_a_posts_source_line_are_not_its_text() -> None:
    photo = (
        '<figure><img src="a.jpg" alt=""><figcaption>Der Deich bei Norderhusen am Morgen.</figcaption>'
        "<small>Bildrechte: Kanal Nord/Jens Ohm</small></figure>"
    )
    post = (
        "<p>Das Wasser steigt weiter, sagte Deichgraf Ole Brandt.</p>"
        '<figure><img src="b.jpg" alt=""><small>Foto: Lea Kamp</small>'
        "<figcaption>Sandsäcke am Ufer.</figcaption></figure>"
        "<p>Quelle: Kanal Nord/dpa</p>"
    )
    found = entries(read_html(_two_posts(post, photo), "x", "x"))
    # A post that is only a photo keeps the caption, without the credit.
    assert [b.text for b in found] == [
        "Das Wasser steigt weiter, sagte Deichgraf Ole Brandt.",
        "Der Deich bei Norderhusen am Morgen.",
    ]


def test_a_source_label_that_opens_a_sentence_stays_in_the_post() -> None:
    post = (
        "<p>Die Pegel steigen.</p><p>Quelle der Sorge ist der Regen: Bis Freitag fallen 80 Liter je Quadratmeter.</p>"
    )
    found = entries(read_html(_two_posts(post), "x", "x"))
    assert found[0].text == (
        "Die Pegel steigen.\n\nQuelle der Sorge ist der Regen: Bis Freitag fallen 80 Liter je Quadratmeter."
    )


def test_an_articles_kicker_over_its_title_and_its_reading_time_are_not_its_text() -> None:
    page = """<html lang="de"><head><title>Brücke gesperrt | Kreisbote</title></head><body><main>
    <article><div class="hd"><span class="hd-Emphasis">Verkehr in Selmbach</span>
    <h1 class="hd-Text">Die Talbrücke bleibt bis März gesperrt</h1>
    <div class="hd-Meta"><span class="hd-Author">Von Jana Fels</span><span class="hd-ReadTime">3 Min.</span></div></div>
    <p>Die Talbrücke bei Selmbach bleibt bis zum März gesperrt, teilte das Straßenbauamt mit.</p>
    <p>„Wir prüfen jeden Pfeiler“, sagte Amtsleiter Rolf Dietz.</p>
    </article></main></body></html>"""
    raw = read_html(page, "x", "x")
    assert raw.title == "Die Talbrücke bleibt bis März gesperrt"
    assert [b.text for b in raw.blocks if b.kind == "paragraph"] == [
        "Die Talbrücke bei Selmbach bleibt bis zum März gesperrt, teilte das Straßenbauamt mit.",
        "„Wir prüfen jeden Pfeiler“, sagte Amtsleiter Rolf Dietz.",
    ]
    assert parse_raw(raw).entries[0].text.startswith("Die Talbrücke bei Selmbach")


def test_a_flag_badge_atop_a_post_is_not_its_text() -> None:
    posts = "".join(
        f'<li class="entry{extra}"><time datetime="2026-06-02T1{n}:00:00+02:00">1{n}.00</time>'
        f'<span class="entry__flag">{flag}</span><h2>Veien er stengt {n}</h2>'
        f"<p>Fylkesveien ved Lyngdal er stengt etter ras nummer {n}.</p></li>"
        for n, extra, flag in ((4, " entry--important", "Viktig"), (3, "", "Oppdatering"))
    )
    found = entries(read_html(f"<html lang='no'><body><main><ul>{posts}</ul></main></body></html>", "x", "x"))
    # The post's class says it is a key event; the badge only shows it.
    assert [(b.flags, b.headline, b.text) for b in found] == [
        (["key-event"], "Veien er stengt 4", "Fylkesveien ved Lyngdal er stengt etter ras nummer 4."),
        ([], "Veien er stengt 3", "Fylkesveien ved Lyngdal er stengt etter ras nummer 3."),
    ]


def test_a_quote_headline_is_kept_though_the_post_opens_with_the_same_quote() -> None:
    first = "<h2>– Vi fikk ti minutter</h2><p>– Vi fikk ti minutter på å pakke, sier hytteeier Siv Lund.</p>"
    second = "<h2>“We had ten minutes”</h2><p>“We had ten minutes to pack,” said cabin owner Ray Hale.</p>"
    found = entries(read_html(_two_posts(first, second), "x", "x"))
    assert [b.headline for b in found] == ["– Vi fikk ti minutter", "“We had ten minutes”"]


def test_a_figure_without_a_caption_that_holds_a_post_or_a_table_stays_text() -> None:
    embed = (
        "<p>The harbour master posted:</p>"
        '<figure class="embed"><div><p>All berths on the east quay are closed until Monday while divers '
        "inspect the piles. Ferries use the west quay; expect delays of up to an hour.</p></div></figure>"
    )
    table = (
        "<p>Results so far:</p><figure><table><tr><td>Ward 1</td><td>412</td></tr></table>"
        "<figcaption>Votes counted by 9pm</figcaption></figure>"
    )
    found = entries(read_html(_two_posts(embed, table), "x", "x"))
    assert found[0].text == (
        "The harbour master posted:\n\nAll berths on the east quay are closed until Monday while divers inspect "
        "the piles. Ferries use the west quay; expect delays of up to an hour."
    )
    assert found[1].text.startswith("Results so far:\n\nWard 1")
