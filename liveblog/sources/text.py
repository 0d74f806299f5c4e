"""Plain text -> RawDocument: one paragraph block per line, hard-wrapped paragraphs rejoined.

Live blogs pasted or exported as text put one paragraph on a line (with or
without blank lines between), and a stamp or headline on its own line must
stay on its own. Text wrapped at a fixed width (e-mail, terminals, some
archives) is the exception: when nearly every line that runs on into the next
is about as long as the longest, the lines of a paragraph are joined again.
"""

from __future__ import annotations

import itertools
import re

from liveblog.models import Block, RawDocument

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# A line that opens with a clock time and a separator starts a new paragraph
# even inside wrapped text. Bounded: it looks at a line's first characters.
_STAMP_START = re.compile(r"(?:\S{1,12}\s){0,2}[0-2]?\d[:.][0-5]\d\b")
# Wrapped text is between these widths; wider lines are paragraphs on a line,
# and narrower ones are stamps and headlines standing over their text.
_MIN_WRAP_WIDTH = 50
_MAX_WRAP_WIDTH = 100
_WRAP_SLACK = 25


def read_text(text: str, source: str, identity: str) -> RawDocument:
    """Split plain ``text`` into blocks, one per non-empty line (or wrapped paragraph), in order."""
    text = _NEWLINES.sub("\n", text).replace("\ufeff", "")
    lines = [line.strip() for line in text.split("\n")]
    blocks = [Block(text=paragraph, spaced=spaced) for paragraph, spaced in unwrap(lines)]
    return RawDocument(source=source, identity=identity, reader="text", blocks=blocks)


def unwrap(lines: list[str]) -> list[tuple[str, bool]]:
    """The non-empty lines, with the lines of a hard-wrapped paragraph joined by a space; each with
    whether a blank line (or the start of the text) stood above it."""
    width = _wrap_width(lines)
    paragraphs: list[tuple[str, bool]] = []
    previous_full = False
    blank_above = True
    for line in lines:
        if not line:
            previous_full = False
            blank_above = True
            continue
        if previous_full and not _STAMP_START.match(line[:40]):
            paragraphs[-1] = (f"{paragraphs[-1][0]} {line}", paragraphs[-1][1])
        else:
            paragraphs.append((line, blank_above))
        previous_full = width is not None and len(line) >= width - _WRAP_SLACK
        blank_above = False
    return paragraphs


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None when it is not hard-wrapped."""
    running_on = [len(line) for line, following in itertools.pairwise(lines) if line and following]
    if len(running_on) < 8:
        return None
    width = max(running_on)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return None
    full = sum(length >= width - _WRAP_SLACK for length in running_on)
    return width if full >= 0.8 * len(running_on) else None
