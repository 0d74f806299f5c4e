"""Entry text -> statements: quote spans, cues, speaker mentions, resolved speakers.

The shape (see ATTRIBUTION.md): quote spans per paragraph
(:mod:`.quotes`), cues and mentions from the language's tables
(:mod:`.cues`), each entry laid out once into tokenized sentences
(:mod:`.layout`), one entity table per document learnt before attribution
(:mod:`.entities`) with resolution of names, roles and pronouns
(:mod:`.speakers`), and the rules that pair quotes, cues and mentions
sentence by sentence (:mod:`.rules`, a package with one module per concern:
the reading order, headlines, quotes with and without a cue, reported
speech, questions, subjects, speaker resolution, bodies and spokespeople).
:func:`attribute` runs them in order.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from liveblog.attribution.cues import lexicon
from liveblog.attribution.entities import build_table
from liveblog.attribution.layout import lay_out
from liveblog.attribution.rules import Attributor
from liveblog.attribution.speakers import Salience
from liveblog.attribution.transcript import transcript_lines
from liveblog.lang import Language
from liveblog.models import Document, Entry, Speaker


def attribute(
    document: Document,
    language: Language,
    registry: Sequence[Speaker] = (),
) -> Document:
    """Find every statement in ``document`` and resolve its speaker.

    Fills ``entry.statements`` (offsets into entry text, or into the headline
    for kind "headline") and ``entry.speakers`` (canonical names in order of
    appearance), and returns the document. ``registry`` is optional extra
    knowledge; attribution works from the text alone.
    """
    lex = lexicon(language)
    with _no_cycle_collection():
        layouts = [lay_out(entry.text, lex) for entry in document.entries]
        standfirst = lay_out(document.subtitle, lex) if document.subtitle else None
        table = build_table(document, lex, registry, layouts, standfirst)
        salience = Salience()
        if document.subtitle and standfirst is not None:
            # The standfirst is read first, as the text above the posts: bodies and people it names are
            # those "the union" and "she" in the posts may mean. Its words are no entry's statements.
            Attributor(Entry(text=document.subtitle), lex, table, salience).run(standfirst)
        transcripts = transcript_lines(document, layouts, lex, table, language.speech)
        for entry, layout, lines in zip(document.entries, layouts, transcripts, strict=True):
            salience.next_entry()
            Attributor(entry, lex, table, salience).run(layout, lines)
    return document


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector: attribution makes millions of small objects that
    form no cycles (tokens, mentions), and the collector's repeated passes over them
    cost a fifth of the time. Reference counting still frees them; the collector is
    switched back on (if it was on) when attribution ends, also on an error."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


__all__ = ["attribute", "build_table"]
