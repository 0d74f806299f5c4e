"""The shape of a language's clock and date words (see ``liveblog.lang``)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ClockWords:
    """Words around clock times, stamps and dates in one language."""

    # Written after a time: "14:24 Uhr".
    hour_suffixes: tuple[str, ...] = ()
    # Written before a time: "kl. 14.24", "um 14:24".
    hour_prefixes: tuple[str, ...] = ()
    # Labels that may stand before an entry's stamp: "Posted", "Published at".
    stamp_labels: tuple[str, ...] = ()
    # Labels of an update stamp inside an entry: "Updated at" (never a new entry).
    update_labels: tuple[str, ...] = ()
    # Labels of the document's date line: "Published", "date".
    date_labels: tuple[str, ...] = ()
    # Month names and abbreviations, lower case -> month number.
    months: dict[str, int] = field(default_factory=dict)
    # Relative stamps: "24 minutes ago", "vor 5 Minuten", "for 5 minutter siden".
    relative_before: tuple[str, ...] = ()  # words before the number ("vor", "for")
    relative_after: tuple[str, ...] = ()  # words after the unit ("ago", "siden")
    # Unit words, lower case -> seconds.
    relative_units: dict[str, int] = field(default_factory=dict)
