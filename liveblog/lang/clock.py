"""The shape of a language's clock, date and metadata words (see ``liveblog.lang``).

The grammar that reads these words (clock times, dates, zones, relative
stamps) is built from the tables in :mod:`liveblog.timestamps`; zone names are
language-neutral and live there too.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ClockWords:
    """Words around clock times, stamps, dates and metadata lines in one language."""

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
    # Words that stand for the number one in a relative stamp: "an hour ago", "vor einer Stunde".
    relative_one: tuple[str, ...] = ()
    # Whether "am"/"pm" after a time make it a 12-hour time ("2:24 p.m.", "6.41pm").
    twelve_hour: bool = False
    # Labels of a line that names the publisher or agency: "Source: Associated Press".
    source_labels: tuple[str, ...] = ()
    # The word of a byline ("By Jane Doe") and the words joining several names ("and").
    byline_labels: tuple[str, ...] = ()
    byline_joiners: tuple[str, ...] = ()
    # What the writer of a byline is ("By Jane Doe, Technology correspondent", "By political reporter
    # Jane Doe", "By the Courier staff"): the last word of the role, lower case.
    byline_roles: tuple[str, ...] = ()
