"""Tokens and sentences of a paragraph, with quotes as single tokens.

Attribution reads the words around quotes, never inside them: each top-level
quote (marks included) becomes one token of kind "quote", so a cue verb or a
name inside a quotation is never taken for the frame's.
"""

from __future__ import annotations

import re
from collections.abc import Container

from liveblog.attribution.quotes import Quote

# Initials ("J.", "J.D.") are one word with their dots, so "J.D. Vance" stays a name.
_TOKEN = re.compile(r"(?:[A-ZÀ-Þ]\.){1,3}(?=\s+[A-ZÀ-Þ])|\w+(?:[-'’.]\w+)*(?:(?<=s)['’](?![\w'’]))?|[^\w\s]")


class Token:
    """A word, a punctuation mark or a whole quote, with offsets into the entry text.

    A plain class with slots, not a dataclass: attribution makes one per word of
    the input, and the derived fields are asked for many times per token.
    """

    __slots__ = ("capitalised", "end", "is_word", "kind", "lower", "quote", "start", "text")

    def __init__(self, text: str, start: int, end: int, kind: str = "word", quote: Quote | None = None) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind  # "word", "punct" or "quote"
        self.quote = quote
        lower = text.lower()
        self.lower = text if lower == text else lower  # one string, not two, for most words
        self.is_word = kind == "word"
        self.capitalised = self.is_word and text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind!r})"


def tokenize(text: str, start: int, end: int, quotes: list[Quote]) -> list[Token]:
    """Tokens of ``text[start:end]``; each top-level quote is one token."""
    tokens: list[Token] = []
    position = start
    for quote in quotes:
        if quote.depth or quote.end <= start or quote.start >= end:
            continue
        opened = quote.opened_at
        closed = quote.end + (1 if quote.closed and not quote.dash else 0)
        if opened < position:
            continue
        tokens.extend(_words(text, position, opened))
        tokens.append(Token(text[opened:closed], opened, closed, "quote", quote))
        position = closed
    tokens.extend(_words(text, position, end))
    return tokens


def _words(text: str, start: int, end: int) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        first = word[0]
        tokens.append(Token(word, match.start(), match.end(), "word" if first.isalnum() or first == "_" else "punct"))
    return tokens


# No news sentence runs this long (the longest are around 150 tokens). A longer run
# without a full stop is a list, a table or garbage; it is cut into pieces of at
# most this many tokens, so that the rules, which look around every cue and
# quote of a sentence, stay linear in the length of the input.
LONGEST_SENTENCE = 400


def sentences(
    tokens: list[Token],
    abbreviations: frozenset[str],
    cue_words: Container[str] = frozenset(),
    pointers: Container[str] = frozenset(),
    longest: int = LONGEST_SENTENCE,
) -> list[list[Token]]:
    """Split a paragraph's tokens into sentences (never inside a quote).

    A quote that ends in "?", "!" or "." ends its sentence, except a question
    or exclamation followed within three words (six when all but one are
    capitalised, a name with its title) by a cue word (``cue_words``,
    lower case) and not by a word pointing back (``pointers``: "Das fragte
    X"): "“Did you read it?” Pryce asked." is one sentence. A sentence longer than ``longest``
    tokens is cut at its last comma or semicolon (or, without one, right
    there) and goes on as a new sentence.
    """
    result: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        current.append(token)
        if len(current) >= longest:
            cut = _last_pause(current)
            result.append(current[:cut])
            current = current[cut:]
        if token.kind == "punct" and token.text in ".!?…" and _ends_sentence(tokens, index, abbreviations):
            result.append(current)
            current = []
        elif token.kind == "quote" and token.text.rstrip("”“’‘»«\"'")[-1:] in (".", "!", "?", "…"):
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            cued = (
                token.text.rstrip("”“’‘»«\"'")[-1:] in ("?", "!")
                and following is not None
                and following.lower not in pointers
                and _cue_follows(tokens, index + 1, cue_words)
            )
            if (following is None or following.capitalised or following.kind == "quote") and not cued:
                result.append(current)
                current = []
    if current:
        result.append(current)
    return result


def _cue_follows(tokens: list[Token], start: int, cue_words: Container[str], described: bool = False) -> bool:
    """Whether the quote before ``start`` is the one a cue right after it reports: not when
    a colon introduced the quote, nor when the cue introduces the next one ("Sie antwortete:")."""
    if start >= 2 and tokens[start - 2].text == ":":
        return False
    for position in range(start, min(start + 6, len(tokens))):
        token = tokens[position]
        if (
            token.text == ","
            and not described
            and position > start
            and all(t.capitalised for t in tokens[start:position])
        ):
            # "“Is it over?” Tom Vell, a reporter for the Star, asked": a name, its description
            # between commas (one only), then the cue
            closing = _apposition_close(tokens, position)
            return closing is not None and _cue_follows(tokens, closing + 1, cue_words, described=True)
        if not token.is_word:
            return False
        if token.lower in cue_words:
            return position + 1 >= len(tokens) or tokens[position + 1].text != ":"
        if position - start >= 2 and sum(1 for t in tokens[start : position + 1] if not t.capitalised) > 1:
            # Past three words only a name with its title may stand before the cue
            # ("Star reporter Tom Vell asked"), not a clause of its own.
            return False
    return False


def _apposition_close(tokens: list[Token], comma: int) -> int | None:
    """The comma that closes a short description opened by the comma at ``comma`` (words
    only between them), if any within ten tokens."""
    for position in range(comma + 1, min(comma + 11, len(tokens))):
        if tokens[position].text == ",":
            return position if position > comma + 1 else None
        if not tokens[position].is_word:
            return None
    return None


def _last_pause(tokens: list[Token]) -> int:
    """The index after the last comma or semicolon of the second half of ``tokens``, else its length."""
    for index in range(len(tokens) - 1, len(tokens) // 2, -1):
        if tokens[index].text in (",", ";"):
            return index + 1
    return len(tokens)


def _ends_sentence(tokens: list[Token], index: int, abbreviations: frozenset[str]) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None:
        return True
    if following.is_word and not following.text[0].isupper() and not following.text[0].isdigit():
        return False
    previous = tokens[index - 1] if index else None
    if previous is not None and previous.is_word:
        word = previous.lower
        if word in abbreviations or (len(word) == 1 and previous.text.isupper()):
            return False
    return True
