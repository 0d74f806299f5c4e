"""A Document as readable text: time, headline, speaker and quote per entry."""

from __future__ import annotations

from liveblog.models import Document, Statement


def render_text(document: Document) -> str:
    """The ``--format text`` view of ``document``."""
    lines = [document.title or document.source]
    if document.subtitle:
        lines.append(document.subtitle)
    details = [document.kind, document.language or "?", document.date or "no date", f"read as {document.reader}"]
    lines.append(" · ".join(details))
    for entry in document.entries:
        lines.append("")
        stamp = entry.time or "--:--"
        lines.append(f"{stamp}  {entry.headline}" if entry.headline else stamp)
        lines.append(f"       {entry.text}")
        for statement in entry.statements:
            lines.append(f"       [{statement.kind}] {_speaker_label(statement)}: “{statement.text}”")
    return "\n".join(lines) + "\n"


def _speaker_label(statement: Statement) -> str:
    """The canonical speaker, or the unresolved mention marked with a question mark."""
    if statement.speaker:
        return statement.speaker
    if statement.speaker_text:
        return f"? ({statement.speaker_text})"
    return "?"
