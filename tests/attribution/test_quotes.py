"""Quote spans: mark styles, typographic pairing, nesting, dash lines, runs."""

from __future__ import annotations

from liveblog.attribution.quotes import find_quotes


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text) if q.depth == 0]


def test_every_mark_style_gives_its_words() -> None:
    assert _texts("“We stay,” she said.") == ["We stay,"]
    assert _texts("„Wir bleiben“, sagte sie.") == ["Wir bleiben"]
    assert _texts("»Wir bleiben«, sagte sie.") == ["Wir bleiben"]
    assert _texts("«Vi blir», sa hun.") == ["Vi blir"]
    assert _texts("‘Not me’, he said.") == ["Not me"]
    assert _texts('"Not me," he said.') == ["Not me,"]


def test_an_apostrophe_is_no_quote_mark() -> None:
    text = "The students' union met on Wednesday's session and heard Jones' plan: “Strike now.”"
    assert _texts(text) == ["Strike now."]


def test_a_possessive_before_a_guillemet_leaves_the_quote_intact() -> None:
    text = "Hun avviste Hansens' «urimelige krav» på møtet."
    assert _texts(text) == ["urimelige krav"]


def test_a_nested_quote_stays_inside_the_outer_one() -> None:
    text = "“They spoke of a ‘real’ danger,” the mayor said."
    quotes = find_quotes(text)
    outer = [q for q in quotes if q.depth == 0]
    inner = [q for q in quotes if q.depth == 1]
    assert [text[q.start : q.end] for q in outer] == ["They spoke of a ‘real’ danger,"]
    assert [text[q.start : q.end] for q in inner] == ["real"]


def test_a_quote_left_open_runs_to_the_end_of_its_paragraph_and_continues() -> None:
    text = "“We will rebuild the bridge.\n\n“And we will do it this year,” the mayor said."
    quotes = find_quotes(text)
    assert not quotes[0].closed
    assert text[quotes[0].start : quotes[0].end] == "We will rebuild the bridge."
    assert quotes[1].continues


def test_a_dash_line_is_one_quote() -> None:
    text = "– Vi er klare, sa statsministeren."
    (quote,) = find_quotes(text)
    assert quote.dash
    assert text[quote.start : quote.end] == "Vi er klare, sa statsministeren."
