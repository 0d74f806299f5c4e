"""Blocks -> entries: clock times, headlines, text; title, lead and page chrome.

STUB: the interface is fixed, the body is being written.
"""

from __future__ import annotations

from liveblog.lang import Language
from liveblog.models import Document, Entry, RawDocument


def segment(raw: RawDocument, language: Language) -> Document:
    """Split ``raw`` into a Document whose entries carry time, headline and text.

    Fills: title, subtitle, kind, language, date (when the text states it),
    reader, url, publisher, and per entry time ("HH:MM"), time_text, headline,
    text (and the structured readers' extras). Leaves timestamps, ids and
    statements to the later stages.
    """
    text = "\n".join(block.text for block in raw.blocks)
    return Document(
        source=raw.source,
        identity=raw.identity,
        title=raw.title,
        kind="article",
        language=language.code,
        date=raw.date,
        reader=raw.reader,
        entries=[Entry(text=text)] if text.strip() else [],
    )
