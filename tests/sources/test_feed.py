"""RSS and Atom: a live blog's feed (items are entries) or a feed of articles (items are documents)."""

from __future__ import annotations

from pathlib import Path

import pytest

from liveblog.errors import LiveblogError
from liveblog.sources import read, read_documents

HTML = Path(__file__).resolve().parent.parent / "fixtures" / "html"

# feed file -> language, [(timestamp, headline, text start, author)], written by hand.
EXPECTED = {
    "guardian.atom.xml": (
        "en",
        [
            ("2022-04-26T13:24:05+01:00", "Press conference ends", "The press conference is over.", "Léonie Chao-Fong"),
            ("2022-04-26T13:17:40+01:00", None, "“We have indeed accredited", "Léonie Chao-Fong"),
            ("2022-04-26T13:03:12+01:00", "Summary of the day so far", "Here is where", "Léonie Chao-Fong"),
        ],
    ),
    "bbc.rss.xml": (
        "en",
        [
            ("2022-04-26T14:20:00+01:00", "Guterres asked about Afghanistan", "The UN chief says", "Laura Gozzi"),
            ("2022-04-26T14:10:00+01:00", "Veto 'used too often', says UN chief", "Guterres says the veto", None),
            ("2022-04-26T14:02:00+01:00", None, "Lavrov accuses Ukraine", None),
        ],
    ),
    "cnn.rss.xml": (
        "en",
        [
            (
                "2022-04-26T14:24:00-04:00",
                "Lavrov: Russia wants a response to its proposals",
                "Russian Foreign Minister",
                "Jennifer Hauser",
            ),
            (
                "2022-04-26T14:05:00-04:00",
                "UN chief: There are Russian troops in Ukraine",
                "“There are no",
                "Radina Gigova",
            ),
            ("2022-04-26T13:43:00-04:00", "Press conference begins in Moscow", "The joint press", None),
        ],
    ),
    "tagesschau.rss.xml": (
        "de",
        [
            ("2022-04-26T14:24:00+02:00", "Pressekonferenz beendet", "Die Pressekonferenz ist vorbei.", None),
            ("2022-04-26T14:07:00+02:00", "Lawrow: Vetorecht bleibt", "„Das Vetorecht", None),
            ("2022-04-26T13:43:00+02:00", "Guterres fordert Waffenruhe", "UN-Generalsekretär", None),
        ],
    ),
    "nrk.atom.xml": (
        "no",
        [
            ("2022-04-26T14:24:00+02:00", "Pressekonferansen er over", "Pressekonferansen i Moskva", "Kari Nordmann"),
            ("2022-04-26T14:07:00+02:00", None, "– Vetoretten vil ikke forsvinne", "Ola Hansen"),
            ("2022-04-26T13:43:00+02:00", "Guterres ber om våpenhvile", "FN-sjefen ber om", "Kari Nordmann"),
        ],
    ),
    "wordpress.rss.xml": (
        "de",
        [
            ("2022-04-26T19:12:00+02:00", None, "Der Haushalt ist beschlossen.", "Anna Schmidt"),
            ("2022-04-26T18:45:00+02:00", None, "Die Opposition kritisiert", "Anna Schmidt"),
            ("2022-04-26T18:02:00+02:00", None, "Die Sitzung hat begonnen.", "Jonas Weber"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_live_blogs_feed_gives_one_document_whose_items_are_entries(name: str) -> None:
    documents = read_documents(HTML / name)
    assert len(documents) == 1
    raw = documents[0]
    language, expected = EXPECTED[name]
    assert raw.reader == "feed"
    assert raw.language == language
    found = [block for block in raw.blocks if block.kind == "entry"]
    assert [(b.timestamp, b.headline, b.author) for b in found] == [(s, h, a) for s, h, _, a in expected]
    for block, (_, _, start, _) in zip(found, expected):
        assert block.text.startswith(start)
        assert block.url and "#" in block.url


ARTICLES = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Nyheter</title><link>https://ex.test/</link><language>nb</language>
<item><title>Regjeringen legger fram budsjettet</title><link>https://ex.test/a/1</link>
<pubDate>Tue, 26 Apr 2022 10:00:00 +0200</pubDate>
<description>&lt;p&gt;– Dette er et godt budsjett, sa finansministeren.&lt;/p&gt;</description></item>
<item><title>Storm over Vestlandet</title><link>https://ex.test/a/2</link>
<pubDate>Tue, 26 Apr 2022 09:00:00 +0200</pubDate><description>Sterk vind ventes i kveld.</description></item>
</channel></rss>"""


def test_a_feed_of_articles_gives_one_document_per_item(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(ARTICLES, "utf-8")
    documents = read_documents(path)
    assert [(d.source, d.title, d.date, d.kind, d.language, d.reader) for d in documents] == [
        ("https://ex.test/a/1", "Regjeringen legger fram budsjettet", "2022-04-26", "article", "no", "feed"),
        ("https://ex.test/a/2", "Storm over Vestlandet", "2022-04-26", "article", "no", "feed"),
    ]
    assert [b.text for b in documents[0].blocks] == [
        "Regjeringen legger fram budsjettet",
        "– Dette er et godt budsjett, sa finansministeren.",
    ]


def test_feed_kind_overrides_the_guess(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(ARTICLES, "utf-8")
    [raw] = read_documents(path, feed_kind="liveblog")
    assert [b.headline for b in raw.blocks if b.kind == "entry"] == [
        "Regjeringen legger fram budsjettet",
        "Storm over Vestlandet",
    ]
    assert len(read_documents(HTML / "bbc.rss.xml", feed_kind="articles")) == 3


def test_read_takes_a_feed_as_one_document_of_entries(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(ARTICLES, "utf-8")
    assert read(path).reader == "feed"


def test_an_unknown_feed_kind_is_refused() -> None:
    with pytest.raises(LiveblogError, match="unknown feed kind 'blog'"):
        read_documents(HTML / "bbc.rss.xml", feed_kind="blog")


def test_a_broken_feed_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><<<&&& not xml at all', "utf-8")
    with pytest.raises(LiveblogError, match=r"broken\.xml: not a readable RSS or Atom feed"):
        read_documents(path)


def test_a_feed_cut_off_inside_its_first_item_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.xml"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><item><title>Storm ne', "utf-8")
    with pytest.raises(LiveblogError, match=r"cut\.xml: not a readable RSS or Atom feed \(1:\d+: no element found\)"):
        read_documents(path)


def _entry_texts_of_live_feed(tmp_path: Path, bodies: list[str]) -> list[str]:
    """The entry texts of an RSS live blog whose items (newest first, one an hour) hold ``bodies``."""
    items = "".join(
        f"<item><title>Update {n}</title><pubDate>Tue, 03 Mar 2025 1{n}:00:00 +0100</pubDate>"
        f"<description><![CDATA[{body}]]></description></item>"
        for n, body in zip(range(len(bodies), 0, -1), bodies, strict=True)
    )
    path = tmp_path / "live.xml"
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ferry live</title>{items}</channel></rss>'
    )
    (raw,) = read_documents(path, feed_kind="liveblog")
    return [block.text for block in raw.blocks if block.kind == "entry"]


def test_a_paragraph_the_feed_adds_to_most_items_is_its_footer_not_entry_text(tmp_path: Path) -> None:
    bodies = [
        f"<p>The ferry {n} has left the quay.</p>"
        '<p><a href="https://example.org/live">Follow the live blog at Example.org</a></p>'
        for n in (4, 3, 2, 1)
    ]
    assert _entry_texts_of_live_feed(tmp_path, bodies) == [
        "The ferry 4 has left the quay.",
        "The ferry 3 has left the quay.",
        "The ferry 2 has left the quay.",
        "The ferry 1 has left the quay.",
    ]


def test_a_photos_caption_in_an_item_is_no_part_of_its_text_unless_it_is_all_there_is(tmp_path: Path) -> None:
    bodies = [
        "<p>The ferry has left the quay.</p><figure><img src='f.jpg'><figcaption>The ferry at noon. "
        "Photo: Ann Vale</figcaption></figure>",
        "<figure><img src='g.jpg'><figcaption>Crowds on the pier.</figcaption></figure>",
    ]
    assert _entry_texts_of_live_feed(tmp_path, bodies) == ["The ferry has left the quay.", "Crowds on the pier."]
