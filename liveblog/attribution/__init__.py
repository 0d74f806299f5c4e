"""Entry text -> statements: quote spans, cues, speaker mentions, resolved speakers.

STUB: the interface is fixed, the body is being written.
"""

from __future__ import annotations

from collections.abc import Sequence

from liveblog.lang import Language
from liveblog.models import Document, Speaker


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
    return document
