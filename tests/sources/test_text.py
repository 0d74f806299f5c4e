"""Plain text becomes one block per line; hard-wrapped paragraphs are joined again."""

from __future__ import annotations

import textwrap

import pytest

from liveblog.sources.text import read_text


def _texts(text: str) -> list[str]:
    return [block.text for block in read_text(text, "x", "x").blocks]


def test_every_non_empty_line_is_a_paragraph_block() -> None:
    text = "Title\r\n\r\n14:24 Uhr\nDer Text folgt.\u2028Noch ein Absatz.\n\n\n"
    assert _texts(text) == ["Title", "14:24 Uhr", "Der Text folgt.", "Noch ein Absatz."]


def test_each_block_says_whether_a_blank_line_stood_above_it() -> None:
    blocks = read_text("Title\n\nPhoto: Ann Lee\nA caption.\n\n\nThe story.", "x", "x").blocks
    assert [(block.text, block.spaced) for block in blocks] == [
        ("Title", True),  # the start of the text counts as a blank line
        ("Photo: Ann Lee", True),
        ("A caption.", False),
        ("The story.", True),
    ]


def test_single_newline_paragraphs_of_varied_length_stay_apart() -> None:
    lines = [
        "Updated 24 minutes ago",
        "A long paragraph " * 12,
        "A short one.",
        "The latest developments",
        "Another long paragraph " * 9,
    ] * 3
    assert _texts("\n".join(lines)) == [line.strip() for line in lines]


def test_a_hard_wrapped_blog_is_rejoined_but_stamps_start_new_paragraphs() -> None:
    first = (
        "The finance minister said on Tuesday that the budget would be balanced by next year, "
        "and that no new taxes were planned for households or for small companies in the regions."
    )
    second = (
        "Opposition leaders rejected the plan within minutes and called for a vote of no confidence "
        "to be held before the end of the month, according to a statement from their offices."
    )
    text = "\n\n".join(
        [
            "Budget day - live",
            "14:24 - " + "\n".join(textwrap.wrap(first, 72)),
            "14:10 - " + "\n".join(textwrap.wrap(second, 72)),
            "\n".join(textwrap.wrap(first + " " + second, 72)),
        ]
    )
    assert _texts(text) == ["Budget day - live", "14:24 - " + first, "14:10 - " + second, first + " " + second]


@pytest.mark.timeout(60)
def test_a_30_mb_line_without_line_breaks_is_one_block() -> None:
    line = "word " * 6_000_000
    blocks = read_text(line, "x", "x").blocks
    assert len(blocks) == 1 and len(blocks[0].text) == len(line.strip())


def test_stamps_and_headlines_standing_over_their_text_are_not_wrapped_lines() -> None:
    lines = []
    for minute in range(10, 50, 4):
        lines += [f"Posted 14:{minute}", "Short headline", f"The text of the entry at 14:{minute} goes here.", ""]
    assert _texts("\n".join(lines)) == [line for line in lines if line]
