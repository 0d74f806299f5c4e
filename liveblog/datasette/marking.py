"""Entry text as HTML with the quoted words marked, built from statement offsets.

Every piece of live-blog text goes through ``markupsafe.escape`` on its own;
only the ``<mark>`` tags around the pieces are ours. Offsets are code points
(Python string indices), end exclusive, as in the parse contract. Statements
may overlap (a partial quote inside reported speech): the text is cut at
every start and end, and each piece is marked by the statements covering it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

# Statement kinds we style; anything else found in a database is shown as "other".
KINDS = ("direct", "indirect", "partial", "headline")


@dataclass(frozen=True)
class Span:
    """A statement's place in a text: offsets, kind and who said it."""

    start: int
    end: int
    kind: str
    speaker: str | None = None
    statement_id: str | None = None


def kind_class(kind: str | None) -> str:
    """The CSS class suffix for a statement kind (a fixed word, never text from the database)."""
    return kind if kind in KINDS else "other"


def mark_quotes(text: str, spans: Sequence[Span]) -> Markup:
    """``text`` escaped, with each piece covered by a statement wrapped in ``<mark>``.

    Spans outside the text are clipped; empty or inverted spans are ignored.
    """
    size = len(text)
    valid = [
        Span(max(0, s.start), min(size, s.end), s.kind, s.speaker, s.statement_id)
        for s in spans
        if s.start is not None and s.end is not None and min(size, s.end) > max(0, s.start)
    ]
    if not valid:
        return escape(text)
    cuts = sorted({0, size, *(s.start for s in valid), *(s.end for s in valid)})
    pieces: list[Markup] = []
    for a, b in itertools.pairwise(cuts):
        covering = [s for s in valid if s.start <= a and s.end >= b]
        piece = escape(text[a:b])
        if not covering:
            pieces.append(piece)
            continue
        # The innermost statement names the piece; the classes list every kind.
        inner = min(covering, key=lambda s: s.end - s.start)
        classes = " ".join(sorted({f"q-{kind_class(s.kind)}" for s in covering}))
        who = inner.speaker or "unknown speaker"
        pieces.append(
            Markup('<mark class="q {}" data-statement="{}" title="{} ({})">{}</mark>').format(
                classes, inner.statement_id or "", who, kind_class(inner.kind), piece
            )
        )
    return Markup("").join(pieces)
