"""An entry's text laid out once for attribution: paragraphs, tokens with their quotes, sentences.

Both passes over a document use it: :mod:`.entities` learns names and roles
from the sentences, :mod:`.rules` pairs quotes, cues and mentions in them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from liveblog.attribution.cues import Cue, Lexicon, Mention
from liveblog.attribution.quotes import find_quotes, paragraphs
from liveblog.attribution.text import Token, sentences, tokenize


@dataclass(slots=True)
class Sentence:
    """A sentence's tokens, with the mentions and cues found in it."""

    tokens: list[Token]
    mentions: list[Mention]
    cues: list[Cue]


@dataclass(slots=True)
class Paragraph:
    """A paragraph tokenized once, with its sentences (their mentions filled by
    :func:`~liveblog.attribution.entities.build_table`)."""

    start: int
    end: int
    tokens: list[Token]
    sentences: list[Sentence]


Layout = list[Paragraph]


def lay_out(text: str, lex: Lexicon) -> Layout:
    """An entry's paragraphs, tokenized once with their quotes and split into sentences."""
    quotes = find_quotes(text)
    starts = [quote.start for quote in quotes]
    result = []
    for start, end in paragraphs(text):
        # Only this paragraph's quotes (quotes never cross a paragraph), so that an
        # entry of many paragraphs is tokenized in linear time.
        own = quotes[bisect_left(starts, start) : bisect_right(starts, end)]
        tokens = tokenize(text, start, end, own)
        split = [
            Sentence(sentence, [], []) for sentence in sentences(tokens, lex.abbreviations, lex.verbs, lex.anaphoric)
        ]
        result.append(Paragraph(start, end, tokens, split))
    return result
