"""Clock times -> full timestamps: reference date, day rollover, zone.

This module also holds the time grammar that the segmenter uses to find
stamps: clock times in every style ("2:24 p.m.", "6.41pm GMT", "14:24 Uhr",
"kl. 14.24", "11:20 GMT 14.01.2025"), dates ("14. Januar 2025", "2022-05"),
zone names and relative stamps ("vor 5 Minuten"). The grammar is built from
the language tables (:class:`liveblog.lang.clock.ClockWords`); zone names are
language-neutral and live in :data:`ZONES`. Every quantifier is bounded and
every pattern is matched at a known position, so a 30 MB line costs no more
than a short one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from datetime import date as Date
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from liveblog.lang import LANGUAGES, Language
from liveblog.models import Document, Entry

# Zone names written after clock times -> a fixed offset ("+01:00") or an IANA
# zone for names whose offset changes with daylight saving time ("ET").
ZONES: dict[str, str] = {
    "GMT": "+00:00",
    "UTC": "+00:00",
    "UT": "+00:00",
    "WET": "+00:00",
    "WEST": "+01:00",
    "BST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "MEZ": "+01:00",
    "MESZ": "+02:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "OEZ": "+02:00",
    "OESZ": "+03:00",
    "MSK": "+03:00",
    "EST": "-05:00",
    "EDT": "-04:00",
    "CST": "-06:00",
    "CDT": "-05:00",
    "MST": "-07:00",
    "MDT": "-06:00",
    "PST": "-08:00",
    "PDT": "-07:00",
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "AEST": "+10:00",
    "AEDT": "+11:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "HKT": "+08:00",
    "SGT": "+08:00",
    "NZST": "+12:00",
    "NZDT": "+13:00",
}

# A few spaces at most between the parts of a stamp: bounded, so that
# consecutive optional parts cannot backtrack over a long run of blanks.
_S = r"[^\S\n]{0,3}"
_NOT_LETTER = r"(?![^\W\d_])"
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class PartialDate:
    """A date at the precision written: year, year-month or a full day."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @classmethod
    def from_iso(cls, text: str | None) -> PartialDate:
        """The date at the start of ISO 8601 ``text`` ("2022-05", "2022-05-03T…")."""
        match = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", text or "")
        if match is None:
            return cls(None)
        month, day = match[2], match[3]
        return cls(int(match[1]), int(month) if month else None, int(day) if day else None)

    def iso(self) -> str | None:
        """ISO 8601 at the precision known ("2022-05", "2022-05-03"), None without a year."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def full(self) -> Date | None:
        """The day, when year, month and day are all known and valid."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return Date(self.year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True)
class Stamp:
    """A clock time found at the start of a line, with what stands around it."""

    hour: int  # 0-23
    minute: int
    text: str  # the time as written, without label or separator: "2:24 p.m ."
    label: str | None  # "posted", "updated at" … lower case
    zone: str | None  # "GMT", "UTC+2"
    date: PartialDate | None
    rest: str  # the line's text after the separator
    date_first: bool = False  # the date stands before the time, as in a dateline
    soft: bool = False  # only a space after the time: "14:24 Uhr Der …" (a stamp when others are)

    @property
    def hhmm(self) -> str:
        """The time as 24-hour "HH:MM"."""
        return f"{self.hour:02d}:{self.minute:02d}"


@dataclass(frozen=True)
class Dateline:
    """A metadata line (or a line's metadata prefix) that states a date or a relative stamp."""

    date: PartialDate | None
    relative_seconds: int | None
    label: str | None
    rest: str  # the text after the metadata prefix ("" when the whole line is metadata)
    time: str | None = None  # "HH:MM" when the line gives a clock time too


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, each ending at a word boundary."""
    items = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    parts = []
    for word in items:
        part = re.escape(word).replace(r"\ ", r"\s{1,3}")
        if word[-1].isalpha():
            part += _NOT_LETTER
        parts.append(part)
    return "|".join(parts) if parts else "(?!)"


def _date_pattern(p: str, months: str, year_required: bool) -> str:
    """A date in the common written forms; named groups carry the prefix ``p``."""
    year = "" if year_required else "?"
    iso = rf"(?P<{p}iy>(?:19|20)\d\d)-(?P<{p}im>0?[1-9]|1[0-2])(?:-(?P<{p}id>[0-3]?\d))?(?![\d:])"
    numeric = rf"(?P<{p}nd>[0-3]?\d)[./](?P<{p}nm>0?[1-9]|1[0-2])[./](?P<{p}ny>(?:19|20)\d\d)(?!\d)"
    # month first, as in American writing, when the day cannot be a month: "07/16/2024"
    american = rf"(?P<{p}um>0?[1-9]|1[0-2])/(?P<{p}ud>1[3-9]|2\d|3[01])/(?P<{p}uy>(?:19|20)\d\d)(?!\d)"
    day_month = (
        rf"(?P<{p}dd>[0-3]?\d)(?:\.|st|nd|rd|th)?{_S}(?:of\s)?(?P<{p}dm>{months})\.?"
        rf"(?:,?{_S}(?P<{p}dy>(?:19|20)\d\d)(?!\d)){year}"
    )
    month_day = (
        rf"(?P<{p}mm>{months})\.?{_S}(?P<{p}md>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
        rf"(?:,?{_S}(?P<{p}my>(?:19|20)\d\d)(?!\d)){year}"
    )
    return rf"(?:{iso}|{numeric}|{american}|{day_month}|{month_day})"


def _read_date(match: re.Match[str], p: str, months: dict[str, int]) -> PartialDate | None:
    g = match.groupdict()
    if g.get(p + "iy"):
        day = g.get(p + "id")
        return PartialDate(int(g[p + "iy"]), int(g[p + "im"]), int(day) if day else None)
    if g.get(p + "ny"):
        return PartialDate(int(g[p + "ny"]), int(g[p + "nm"]), int(g[p + "nd"]))
    if g.get(p + "uy"):
        return PartialDate(int(g[p + "uy"]), int(g[p + "um"]), int(g[p + "ud"]))
    if g.get(p + "dm"):
        month = months.get(re.sub(r"\s+", " ", g[p + "dm"].lower()))
        year = g.get(p + "dy")
        return PartialDate(int(year) if year else None, month, int(g[p + "dd"]))
    if g.get(p + "mm"):
        month = months.get(re.sub(r"\s+", " ", g[p + "mm"].lower()))
        year = g.get(p + "my")
        return PartialDate(int(year) if year else None, month, int(g[p + "md"]))
    return None


class Grammar:
    """The time, date and stamp grammar of one language, compiled once."""

    def __init__(self, language: Language) -> None:
        clock = language.clock
        # Labels are taken from every language: pages and scrapers mix them
        # ("date 2022-05" above a Norwegian article).
        every = list(LANGUAGES.values())
        self.stamp_labels = frozenset(w for lang in every for w in lang.clock.stamp_labels)
        self.update_labels = frozenset(w for lang in every for w in lang.clock.update_labels)
        self.date_labels = frozenset(w for lang in every for w in lang.clock.date_labels)
        self.byline_labels = frozenset(w for lang in every for w in lang.clock.byline_labels)
        # Month names of every language, the document's own winning a clash, so
        # that a date still reads when the language was guessed wrong.
        self.months = {k: v for lang in every for k, v in lang.clock.months.items()} | dict(clock.months)
        self.relative_units = clock.relative_units
        self.relative_one = frozenset(clock.relative_one)
        months = _alternation(self.months)
        labels = _alternation(self.stamp_labels | self.update_labels | self.date_labels)
        prefixes = _alternation(w for lang in every for w in lang.clock.hour_prefixes)
        suffixes = _alternation(w for lang in every for w in lang.clock.hour_suffixes)
        zones = "|".join(sorted(ZONES, key=len, reverse=True))
        ampm = (
            rf"(?:{_S}(?P<ampm>[ap])\.?[^\S\n]?m(?:[^\S\n]?\.)?{_NOT_LETTER})?"
            if any(lang.clock.twelve_hour for lang in every) and clock.twelve_hour
            else ""
        )
        time = r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?(?![.:]?\d)"
        zone = rf"(?:{_S}\(?(?P<zone>(?-i:{zones})(?:[+-][01]?\d(?::?[0-5]\d)?)?)\)?{_NOT_LETTER})?"
        core = (
            # a date (after a weekday) may stand before the time: "Tue 14 Jan 2025 17.45 GMT", also with a
            # bullet or a middle dot between them: "23.11.2026 • 14:05 Uhr"
            rf"(?:(?:[^\W\d_]{{2,10}}\.?,?{_S})?(?:{_date_pattern('a', months, False)}){_S}(?:,|-|–|\||•|·)?{_S})?"
            rf"(?:(?P<pre>{prefixes}){_S})?"
            rf"{time}{ampm}(?:{_S}(?P<suffix>{suffixes}))?{zone}"
            # ... or after it, itself after a weekday: "4:41 p.m. ET, Wednesday, March 12, 2025"
            rf"(?:{_S}[,|/•·]?{_S}(?:den\s|[^\W\d_]{{2,10}}\.?,?{_S})?{_date_pattern('b', months, False)})?"
        )
        self.stamp_re = re.compile(
            # "+++ 14:24 Uhr +++" is the German ticker's way of writing a stamp; "[14:24]",
            # "(14:24)" and "**14:24**" (copied from markdown) close with their own bracket.
            rf"(?:\+{{2,3}}{_S}|(?P<wrap>[\[(]|\*\*){_S})?(?:(?P<label>{labels}){_S}:?{_S})?(?P<core>{core}){_S}"
            # A space alone may end a stamp that says it is one ("14:24 Uhr Der …", "kl. 9.05 Vinden …"):
            # the ``soft`` case, checked in :meth:`stamp`.
            rf"(?(wrap)(?:[\])]|\*\*)(?:{_S}[:–—|-](?!\d))?|(?::(?!\d)|[–—|]|-(?!\d)|\+{{2,3}}|$|(?P<soft>(?<=\s))))",
            re.IGNORECASE,
        )
        one = _alternation(clock.relative_one)
        before = _alternation(clock.relative_before)
        after = _alternation(clock.relative_after)
        units = _alternation(clock.relative_units)
        self.relative_re = re.compile(
            rf"(?:(?P<rb>{before})\s{{1,3}})?(?P<rn>\d{{1,4}}|{one})\s{{0,3}}(?P<ru>{units})"
            rf"(?:\s{{1,3}}(?P<ra>{after}))?",
            re.IGNORECASE,
        )
        self.dateline_re = re.compile(
            rf"(?:(?P<label>{labels}){_S}:?{_S})?(?:[^\W\d_]{{2,12}}\.?,?{_S})?"
            rf"{_date_pattern('c', months, True)}"
            rf"(?:{_S}[,|•·]?{_S}(?:(?:{prefixes}){_S})?(?P<ch>[0-2]?\d)[:.](?P<cm>[0-5]\d)"
            rf"(?:{_S}(?P<campm>[ap])\.?m\.?{_NOT_LETTER})?"
            rf"(?:{_S}(?:{suffixes}))?(?:{_S}(?-i:{zones}){_NOT_LETTER})?)?",
            re.IGNORECASE,
        )
        self.label_re = re.compile(rf"(?P<label>{labels}){_S}:?{_S}", re.IGNORECASE)
        self.day_re = re.compile(
            rf"(?:[^\W\d_]{{2,12}}\.?,?{_S})?{_date_pattern('d', months, False)}{_S}[.:]?", re.IGNORECASE
        )

    def is_update_stamp(self, line: str) -> bool:
        """Whether a line is only an update label and a clock time ("Updated 6:10 p.m. ET",
        "Aktualisiert: 20.48 Uhr", "Oppdatert kl. 15.41"): when a post changed, not what it says."""
        stamp = self.stamp(line)
        return stamp is not None and not stamp.rest and stamp.label in self.update_labels

    def stamp(self, line: str) -> Stamp | None:
        """The clock time that opens ``line`` followed by ":", " –", " -" or the line's end."""
        if _DIGIT.search(line, 0, 90) is None:
            return None  # most lines of text: no clock time near their start
        head = line[:200]  # a stamp is short; never look further into a long line
        match = self.stamp_re.match(head)
        if match is None:
            return None
        if match.end() == len(head) and len(line) > len(head):
            return None
        hour = int(match["h"])
        minute = int(match["m"]) if match["m"] else None
        ampm = (match.groupdict().get("ampm") or "").lower()
        if match["soft"] is not None:
            # Without a separator only a qualified time opens an entry, and only before a capital:
            # "14:24 Uhr Der Minister", never "14:24 ist der Termin" or a bare "14:24 The".
            # A bare "am" may be German ("9:30 am Morgen"): only "a.m." and "pm" qualify.
            says_ampm = ampm == "p" or (ampm == "a" and "a." in match["core"].lower())
            qualified = says_ampm or match["suffix"] or match["pre"] or match["zone"] or match["label"]
            if not qualified or not line[match.end() : match.end() + 1].isupper():
                return None
        if minute is None and not (ampm or match["suffix"]):
            return None
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm == "p" else 0)
        date_first = _read_date(match, "a", self.months)
        date = date_first or _read_date(match, "b", self.months)
        label = re.sub(r"\s+", " ", match["label"].lower()) if match["label"] else None
        return Stamp(
            hour=hour,
            minute=minute or 0,
            text=match["core"].strip(),
            label=label,
            zone=match["zone"],
            date=date,
            rest=line[match.end() :].strip(),
            date_first=date_first is not None,
            soft=match["soft"] is not None,
        )

    def day_heading(self, line: str) -> PartialDate | None:
        """The day a line names and nothing else: "Saturday, November 14", "Samstag, 14. November",
        "Lørdag 14. november", "14.11.2026" (a heading between a live blog's entries)."""
        if len(line) > _MAX_DAY_HEADING or _DIGIT.search(line) is None or self.label_re.match(line):
            return None  # "Updated 14 November" is a dateline
        match = self.day_re.fullmatch(line.strip())
        if match is None:
            return None
        date = _read_date(match, "d", self.months)
        return date if date is not None and date.month and date.day else None

    def relative(self, text: str) -> int | None:
        """Seconds back that a relative stamp ("24 minutes ago", "vor 5 Minuten") says; None if none."""
        match = self.relative_re.search(text[:200])
        if match is None or not (match["rb"] or match["ra"]):
            return None
        number = match["rn"].lower()
        count = 1 if number in self.relative_one else int(number) if number.isdigit() else 1
        return count * self.relative_units.get(match["ru"].lower(), 0)

    def dateline(self, line: str) -> Dateline | None:
        """A metadata line: a date (with year) or a relative stamp, with an optional label.

        "Published 2024-07-16", "14. Januar 2025", "Updated 24 minutes ago"; a
        labelled date may also open a line of text (" date 2022-05 Tirsdag …"),
        whose remaining text is returned in ``rest``.
        """
        head = line[:200]
        match = self.dateline_re.match(head) if _DIGIT.search(line, 0, 90) else None
        if match is not None:
            rest = line[match.end() :].strip()
            tail = rest.strip(" .,;:–-|()")
            if not tail or (match["label"] and len(rest) >= 1):
                label = re.sub(r"\s+", " ", match["label"].lower()) if match["label"] else None
                time = None
                if match["ch"]:
                    hour = int(match["ch"]) % 24
                    if match["campm"]:
                        hour = hour % 12 + (12 if match["campm"].lower() == "p" else 0)
                    time = f"{hour:02d}:{match['cm']}"
                date = _read_date(match, "c", self.months)
                return Dateline(date, None, label, "" if not tail else rest, time)
            return None
        if len(line) <= _MAX_SEGMENTED_LINE:
            dated = self._segmented_dateline(line)
            if dated is not None:
                return dated
        if len(line) > 80:
            return None
        label_match = self.label_re.match(head)
        body = head[label_match.end() :] if label_match else head
        relative = self.relative_re.fullmatch(body.strip().rstrip("."))
        if relative is not None and (relative["rb"] or relative["ra"]):
            seconds = self.relative(body)
            label = re.sub(r"\s+", " ", label_match["label"].lower()) if label_match else None
            return Dateline(None, seconds, label, "")
        return None

    def _furniture(self, part: str) -> bool:
        """Whether a part of a line of page furniture reads like one: a few words ("Liveblog"), or a
        byline ("By Tom Aldane, Politics Reporter", "Tekst: Mari Sund og Ola Lie")."""
        words = part.split()
        if part.endswith((".", "!", "?", ":")):
            return False
        if len(words) <= 4:
            return True
        labelled = words[0].endswith(":") or words[0].lower() in self.byline_labels
        return labelled and len(words) <= _MAX_BYLINE_WORDS

    def _segmented_dateline(self, line: str) -> Dateline | None:
        """A date in one part of a line of short parts: "Brekauer Rundschau | Liveblog | Sonntag, 21. September 2025".

        Such a line is page furniture (outlet, section, date); it is a dateline
        only when every other part is a few words without a sentence's end.
        """
        for separator in _SEGMENT_SEPARATORS:
            if separator not in line:
                continue
            parts = [part.strip() for part in line.split(separator)]
            found = None
            for part in parts:
                dated = self.dateline(part) if separator not in part and _DIGIT.search(part) else None
                if dated is not None and dated.date is not None and not dated.rest and found is None:
                    found = dated
                elif not self._furniture(part):
                    return None
            return found
        return None


# A day heading is short: a weekday and a date.
_MAX_DAY_HEADING = 40
# A line of page furniture: parts between these ("Outlet | Liveblog | 21. September 2025").
_SEGMENT_SEPARATORS = (" | ", " · ", " • ")
_MAX_SEGMENTED_LINE = 120
_MAX_BYLINE_WORDS = 8  # "Tekst: Mari Sund og Ola Lie", "By Tom Aldane, Politics Reporter"


@cache
def _grammar(code: str) -> Grammar:
    return Grammar(LANGUAGES[code])


def grammar(language: Language) -> Grammar:
    """The compiled grammar for ``language`` (cached per language code)."""
    if LANGUAGES.get(language.code) is language:
        return _grammar(language.code)
    return Grammar(language)


def zone_info(name: str | None) -> tzinfo | None:
    """A tzinfo for a zone written in a stamp ("GMT", "CEST", "UTC+2") or an IANA name."""
    if not name:
        return None
    key = name.strip()
    base = re.match(r"[A-Za-z]+", key)
    if base and base[0].upper() in ZONES:
        value = ZONES[base[0].upper()]
        extra = key[base.end() :]
        if extra:
            offset = _offset(extra)
            if offset is None:
                return None
            return timezone(offset + (_offset(value) or timedelta()))
        return _tz_from_value(value)
    return _tz_from_value(key)


def _tz_from_value(value: str) -> tzinfo | None:
    offset = _offset(value)
    if offset is not None:
        return timezone(offset)
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _offset(text: str) -> timedelta | None:
    match = re.fullmatch(r"([+-])(\d{1,2})(?::?(\d\d))?", text.strip())
    if match is None:
        return None
    sign = -1 if match[1] == "-" else 1
    return sign * timedelta(hours=int(match[2]), minutes=int(match[3] or 0))


def parse_iso(value: str | None) -> datetime | None:
    """A datetime from ISO 8601 text ("2024-07-16T14:24:00+02:00", "…Z"), None if unreadable."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def resolve_relative(seconds: int, fetched_at: str | None, tz: str | None = None) -> datetime | None:
    """The moment a relative stamp names, counted back from ``fetched_at``; None without it."""
    fetched = parse_iso(fetched_at)
    if fetched is None:
        return None
    if fetched.tzinfo is None:
        fetched = fetched.replace(tzinfo=UTC)
    moment = fetched - timedelta(seconds=seconds)
    zone = zone_info(tz)
    return moment.astimezone(zone) if zone else moment


# A drop of more than this many minutes between consecutive entries (read
# from the oldest) is a day rollover, not an entry posted out of order.
_ROLLOVER_MINUTES = 6 * 60
_DAY = 24 * 60


def assign_timestamps(
    document: Document,
    language: Language,
    *,
    date: str | None = None,
    tz: str | None = None,
    fetched_at: str | None = None,
) -> Document:
    """Give every timed entry its ``timestamp`` (ISO 8601) and return the document.

    ``date`` (YYYY-MM-DD) and ``tz`` (IANA zone) override what the document
    says; ``fetched_at`` (ISO 8601 UTC) resolves relative stamps.

    The reference date belongs to the oldest entry; reading from the oldest,
    a clock that goes back by hours is the next day (in a newest-first blog,
    00:10 above 23:50 is the day after). A date written in a stamp
    ("11:20 GMT 14.01.2025") wins over the reference date and carries on to
    the entries after it. A zone written in a stamp wins over ``tz``; stamps
    without a zone take the zone most other stamps name, else ``tz``. Without
    a full date the timestamp stays null; without a zone it has no offset.
    """
    gram = grammar(language)
    if date:
        document.date = date
    reference = PartialDate.from_iso(document.date).full()
    user_zone = zone_info(tz) if tz else None

    clocked: list[tuple[Entry, Stamp | None]] = []
    for entry in document.entries:
        if entry.timestamp:
            continue  # from markup: kept as it is
        if entry.time is None and entry.time_text:
            seconds = gram.relative(entry.time_text)
            moment = resolve_relative(seconds, fetched_at, tz) if seconds is not None else None
            if moment is not None:
                entry.timestamp = moment.replace(microsecond=0).isoformat()
                entry.time = moment.strftime("%H:%M")
            continue
        if entry.time is None:
            continue
        clocked.append((entry, gram.stamp(entry.time_text) if entry.time_text else None))

    zones = [stamp.zone for _, stamp in clocked if stamp and stamp.zone]
    common_zone = max(set(zones), key=zones.count) if zones else None

    minutes = [_minutes(entry.time) for entry, _ in clocked]
    order = _chronological(minutes)

    days = _days(
        [clocked[i][1] for i in order],
        [_heading_day(clocked[i][0].day) for i in order],
        [minutes[i] for i in order],
        reference,
        _year(document.date),
    )
    for i, day in zip(order, days):
        entry, stamp = clocked[i]
        if day is None:
            continue
        zone_name = (stamp.zone if stamp else None) or common_zone
        zone = zone_info(zone_name) if zone_name else user_zone
        hour, minute = divmod(minutes[i], 60)
        moment = datetime(day.year, day.month, day.day, hour, minute)
        entry.timestamp = _iso(moment, zone)
        if entry.updated and re.fullmatch(r"\d\d:\d\d", entry.updated):
            up_minutes = _minutes(entry.updated)
            up_day = day + timedelta(days=1) if up_minutes < minutes[i] - _ROLLOVER_MINUTES else day
            uh, um = divmod(up_minutes, 60)
            entry.updated = _iso(datetime(up_day.year, up_day.month, up_day.day, uh, um), zone)
    return document


def chronological(times: list[str]) -> list[int]:
    """Indexes of entries from the oldest, given their "HH:MM" in document order."""
    return _chronological([_minutes(time) for time in times])


def _chronological(minutes: list[int]) -> list[int]:
    """Indexes of the entries from the oldest: document order, or reversed for a newest-first blog.

    Steps are read around the clock, so that 00:10 right above 23:50 is a
    step back (newest-first across midnight), not a jump forward.
    """
    steps = [(b - a) % _DAY for a, b in itertools.pairwise(minutes)]
    ascending = sum(0 < step < _DAY // 2 for step in steps)
    descending = sum(step > _DAY // 2 for step in steps)
    order = list(range(len(minutes)))
    return order[::-1] if descending > ascending else order


def oldest_day(times: list[str], newest_day: Date, as_of: str | None = None) -> Date:
    """The day of the oldest entry, given the day of the newest (an "Updated 15.01.2025" line).

    ``times`` are the entries' "HH:MM" in document order; ``as_of`` is the
    clock time of the update line, when it has one: a newest entry later in
    the day than that was posted the day before.
    """
    if not times:
        return newest_day
    minutes = [_minutes(time) for time in times]
    order = [minutes[i] for i in _chronological(minutes)]
    day = newest_day
    if as_of is not None and order[-1] > _minutes(as_of) + 5:
        day -= timedelta(days=1)
    for later, earlier in zip(order[::-1], order[-2::-1]):
        if earlier > later + _ROLLOVER_MINUTES:
            day -= timedelta(days=1)
    return day


def _days(
    stamps: list[Stamp | None],
    headings: list[PartialDate | None],
    minutes: list[int],
    reference: Date | None,
    year: int | None,
) -> list[Date | None]:
    """Each entry's day, oldest first: written dates (in the stamp, else in a day heading above
    the entry), else the reference date with rollovers."""
    written: list[Date | None] = []
    for stamp, heading in zip(stamps, headings, strict=True):
        written.append(_stamp_day(stamp, year) or _with_year(heading, year))
    days: list[Date | None] = [None] * len(stamps)
    anchor = next((i for i, day in enumerate(written) if day), None)
    if anchor is None:
        if reference is None or not stamps:
            return days
        anchor, days[0] = 0, reference
    else:
        days[anchor] = written[anchor]
    for i in range(anchor + 1, len(stamps)):
        previous = days[i - 1]
        if written[i]:
            days[i] = written[i]
        elif previous is not None:
            rolled = minutes[i] < minutes[i - 1] - _ROLLOVER_MINUTES
            days[i] = previous + timedelta(days=1) if rolled else previous
    for i in range(anchor - 1, -1, -1):
        following = days[i + 1]
        if following is not None:
            rolled = minutes[i] > minutes[i + 1] + _ROLLOVER_MINUTES
            days[i] = following - timedelta(days=1) if rolled else following
    return days


def _stamp_day(stamp: Stamp | None, year: int | None) -> Date | None:
    return _with_year(stamp.date if stamp is not None else None, year)


def _with_year(date: PartialDate | None, year: int | None) -> Date | None:
    """The day of a date, written with or without its year (then ``year``, the document's)."""
    if date is None:
        return None
    if date.year is None and year is not None:
        date = PartialDate(year, date.month, date.day)
    return date.full()


def _heading_day(text: str | None) -> PartialDate | None:
    """The date of ``Entry.day``: "2026-11-14", or "--11-14" when the heading gave no year."""
    if not text:
        return None
    if text.startswith("--"):
        return PartialDate(None, int(text[2:4]), int(text[5:7]))
    return PartialDate.from_iso(text)


def _iso(moment: datetime, zone: tzinfo | None) -> str:
    if zone is None:
        return moment.isoformat(timespec="seconds")
    return moment.replace(tzinfo=zone).isoformat(timespec="seconds")


def _minutes(hhmm: str | None) -> int:
    hour, _, minute = (hhmm or "00:00").partition(":")
    return int(hour) * 60 + int(minute or 0)


def _year(iso: str | None) -> int | None:
    match = re.match(r"(\d{4})", iso or "")
    return int(match[1]) if match else None
