"""Quote spans in a paragraph: every mark style, nesting, dash lines, runs.

Marks are paired by kind and by paragraph, with typographic rules: an opening
mark stands at the start, after a space or an opening bracket/dash/mark and
before a non-space; a closing mark stands after a non-space and before a
space, punctuation or the end. So an apostrophe ("Guterres'", "students'",
"Wednesday's") never opens a quote and never closes one that is not open.
A paragraph that opens a quote without closing it continues into the next
paragraph when that one starts with an opening mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> the marks that may close it.
PAIRS: dict[str, str] = {
    "“": "”“",
    "„": "“”",
    "‘": "’",
    "‚": "‘’",
    "«": "»",
    "»": "«",
    '"': '"',
    "'": "'",
    "”": "”",  # Swedish/Finnish style ”…”
}
CLOSERS = frozenset("”“’‘»«\"'")
_OPEN_BEFORE = frozenset(" \t\n([{–—-/:;“„‘‚«»\"'")
_CLOSE_AFTER = frozenset(" \t\n)]}.,;:!?–—-…/”“’‘»«\"'")
# Quotes nest two or three deep in real text. Marks that would open a deeper one
# are not quotes (a list of inches, a garbled page), and a bounded stack keeps
# pairing linear: a closing mark searches at most this many open ones.
_DEEPEST = 8
_DASH_LINE = re.compile(r"[–—-][ \u00a0]+(?=\S)")


@dataclass(slots=True)
class Quote:
    """A quoted span: ``start``/``end`` hold the words, without the marks."""

    start: int
    end: int
    mark: str  # the opening mark, or the dash of a dash line
    closed: bool = True
    depth: int = 0  # 0 for a top-level quote, 1 for a quote inside a quote
    dash: bool = False  # a Scandinavian dash line ("– …, sa X.")
    continues: bool = False  # the paragraph continues a quote left open above
    opened_at: int = -1  # offset of the opening mark (or dash)

    def __post_init__(self) -> None:
        if self.opened_at < 0:
            self.opened_at = self.start - 1


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the non-empty lines/paragraphs of ``text``."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def find_quotes(text: str) -> list[Quote]:
    """All quotes in ``text``, paragraph by paragraph, in order of their start."""
    quotes: list[Quote] = []
    carried: str | None = None  # an opening mark left unclosed in the paragraph above
    for start, end in paragraphs(text):
        found, carried = _paragraph_quotes(text, start, end, carried)
        quotes.extend(found)
    quotes.sort(key=lambda q: (q.start, q.depth))
    return quotes


def _paragraph_quotes(text: str, start: int, end: int, carried: str | None) -> tuple[list[Quote], str | None]:
    """The quotes of one paragraph, and the mark it leaves open for the next."""
    first = _first_visible(text, start, end)
    continues = carried is not None and first < end and text[first] in PAIRS and _opens(text, first, start)
    dash = _DASH_LINE.match(text, first) if first < end else None
    if dash:
        return [Quote(dash.end(), _trim_end(text, dash.end(), end), text[first], dash=True, opened_at=first)], None
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []
    for index in range(first, end):
        char = text[index]
        if char not in PAIRS and char not in CLOSERS:
            continue
        if stack and char in CLOSERS and _closes(text, index, end):
            depth = _matching_depth(stack, char)
            if depth is not None:
                mark, opened = stack[depth]
                del stack[depth:]
                quotes.append(Quote(opened + 1, index, mark, depth=depth))
                continue
        if char in PAIRS and len(stack) < _DEEPEST and _opens(text, index, start):
            stack.append((char, index))
    left_open: str | None = None
    if stack:
        mark, opened = stack[0]
        # An unclosed quote runs to the end of its paragraph.
        quotes.append(Quote(opened + 1, _trim_end(text, opened + 1, end), mark, closed=False))
        left_open = mark
    if continues:
        for quote in quotes:
            if quote.start == first + 1:
                quote.continues = True
    return quotes, left_open


def _matching_depth(stack: list[tuple[str, int]], char: str) -> int | None:
    """The innermost open quote that ``char`` can close."""
    for depth in range(len(stack) - 1, -1, -1):
        if char in PAIRS[stack[depth][0]]:
            return depth
    return None


def _opens(text: str, index: int, start: int) -> bool:
    before = text[index - 1] if index > start else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return before in _OPEN_BEFORE and not after.isspace() and after not in "\n"


def _closes(text: str, index: int, end: int) -> bool:
    before = text[index - 1]
    after = text[index + 1] if index + 1 < end else " "
    return not before.isspace() and (after in _CLOSE_AFTER or not after.isalnum())


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
