"""Plain text -> RawDocument: one paragraph block per non-empty line."""

from __future__ import annotations

from liveblog.models import Block, RawDocument


def read_text(text: str, source: str, identity: str) -> RawDocument:
    """Split plain ``text`` into blocks, one per non-empty line, in order."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    blocks = [Block(text=line.strip()) for line in text.split("\n") if line.strip()]
    return RawDocument(source=source, identity=identity, reader="text", blocks=blocks)
