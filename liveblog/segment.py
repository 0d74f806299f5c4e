"""Blocks -> entries: clock times, headlines, text; title, lead and page chrome.

A live blog is a run of stamps ("2:24 p.m.:", "14:24 Uhr", "kl. 14.24",
"Posted 6.41pm GMT") that each open an entry; an article has none and becomes
one untimed entry per paragraph. The segmenter reads the blocks once, in
order, and decides for each line what it is:

* a stamp that opens an entry (its text may follow on the same line or below);
* an "Updated at …" stamp, which belongs to the entry it stands in;
* a day heading ("Saturday, November 14", "Lørdag 14. november"), which
  dates the entries below it;
* metadata: datelines ("Published 2024-07-16"), relative stamps
  ("Updated 24 minutes ago"), source lines ("Source: Associated Press");
* page chrome: lists of other stories under "Most read"-like headings, rank
  numbers and crumbs around them, advertisement labels, doubled captions;
* text: a title, subtitle, headline (a short line without final punctuation
  right above an entry or a paragraph) or a paragraph.

Every test on a line looks at its first few hundred characters or its last
few, so the work is linear in the input whatever its shape.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

from liveblog.lang import LANGUAGES, Language
from liveblog.lang.platforms import SHARE_TARGETS
from liveblog.models import Block, Document, Entry, RawDocument
from liveblog.timestamps import Grammar, PartialDate, Stamp, grammar, oldest_day, parse_iso, resolve_relative

Role = Literal[
    "text",
    "stamp",
    "relative",
    "update",
    "meta",
    "drop",
    "chrome",
    "entry",
    "title",
    "heading",
    "day",
    "author",
    "caption",
    "copyright",
]

# A headline or title is at most this long; longer lines are paragraphs.
_TITLE_MAX_CHARS = 220
_TITLE_MAX_WORDS = 28
# A crumb or list line around page chrome is short.
_CRUMB_MAX_WORDS = 6
_CLOSERS = "\"'”’“‘»«›‹)]*"  # German closes quotes with “ and ‘
_SENTENCE_END = ".!…;,:"
_RANK = re.compile(r"\d{1,2}\.?")
# A writer's or agency's sign in parentheses on its own line: "(rwe)", "(APA, red)", "(dpa/kma)".
_INITIALS = re.compile(r"\((?:[^\W\d_]{2,6}[,/;] ?){0,3}[^\W\d_]{2,6}\)")
# A button or label printed with every post ("Posten", "Reply", "Svar"): a line of a few words seen this
# often, most times right by a stamp.
_BUTTON_MAX_WORDS = 3
_BUTTON_MAX_CHARS = 30
_BUTTON_MIN_REPEATS = 3
_COPYRIGHT = "©"  # "© 2026 The Courier", "Copyright © 2026, The Courier": the page's footer
_COPYRIGHT_LEAD_CHARS = 20
_CHROME_OPENING_MAX_CHARS = 100  # a newsletter prompt or copyright line is short; a paragraph may open alike
_LIST_HEADING_MAX_WORDS = 5  # "More from the Harbour Post"
_TICKER_MARK = "+++"
# The roles of the lines that open an entry: a stamp, a relative stamp ("5 minutes ago"), a post from markup.
_OPENS = ("stamp", "relative", "entry")
_CLOCK = re.compile(r"\b[0-2]?\d[:.][0-5]\d\b")
# A masthead: an outlet's name, its sections, a place, between separators; each part a few words.
_MASTHEAD_MAX_CHARS = 120
_MASTHEAD_SEGMENT_MAX_WORDS = 4
_MASTHEAD_SEGMENT_MAX_CHARS = 40
_CRUMB_SEPARATORS = ("|", "·", "•", "›", "»", ">")
_DASH_SEPARATORS = ("–", "—", "-", "/")
_NAME_ARTICLES = ("the", "der", "die", "das")  # "The Courier" is a name; its article may be lower case
_QUOTES = '"“”„‘«»‹'  # quote marks; an apostrophe ("Today's Paper") may stand in a masthead
# Captions set against their credit line: only in a text of at least this many lines, most of them spaced;
# a caption is a sentence or two, a paragraph may be longer.
_SPACED_MIN_LINES = 6
_CAPTION_MAX_CHARS = 200
_STANDFIRST_MAX_CHARS = 320  # a standfirst is a sentence or three
_STANDFIRST_MIN_WORDS = 8  # a kicker over the title ("Storm Orla", "Wirtschaft") is shorter
_TITLE_MIN_WORDS = 3  # a title over a standfirst; a kicker has one or two words
_MAX_BIO_CHARS = 200  # a writer's note under the story ("Jane Doe covers the county. Reach her at …")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


@dataclass
class _Line:
    """A block's text and what the segmenter takes it to be."""

    text: str
    role: Role
    block: Block
    stamp: Stamp | None = None
    day: PartialDate | None = None  # of a day heading, and of the entries it stands above
    author: str | None = None  # of an entry: the name its byline paragraph gave
    above_byline: bool = False  # the last line before the page's byline ("By Jane Doe"): a title or standfirst


def segment(raw: RawDocument, language: Language) -> Document:
    """Split ``raw`` into a Document whose entries carry time, headline and text.

    Fills: title, subtitle, kind, language, date (when the text states it),
    reader, url, publisher, and per entry time ("HH:MM"), time_text, headline,
    text (and the structured readers' extras). Leaves timestamps, ids and
    statements to the later stages.
    """
    gram = grammar(language)
    document = Document(
        source=raw.source,
        identity=raw.identity,
        language=language.code,
        reader=raw.reader,
        url=raw.url,
    )
    lines, meta = _classify(raw.blocks, gram, raw.fetched_at)
    _settle_stamps(lines, gram)
    _mark_author_lines(lines)
    _drop_repeated_buttons(lines)
    _settle_captions(lines)
    first_meta = next((i for i, line in enumerate(lines) if line.role in ("meta", "stamp", "entry")), None)
    if first_meta is not None and lines[first_meta].role == "meta":
        # "Vestkyst Avis" over "Publisert: 14.01.2025 08:05", a dateline read as a stamp
        first_text = next((i for i, line in enumerate(lines) if line.role in ("text", "heading", "title")), None)
        _outlet_above(lines, first_meta, first_text)
        _mark_above_dateline(lines[:first_meta])
    for line in lines:
        stamp = line.stamp
        if line.role in ("meta", "update") and stamp and stamp.date and stamp.date.full() and "date" not in meta:
            meta["date"] = stamp.date.iso() or ""
            if stamp.label in _update_labels():
                meta["date_of"], meta["date_time"] = "update", stamp.hhmm
    _drop_chrome(lines, _chrome_headings(), _chrome_heading_openings())
    _drop_doubled_captions(lines)
    # the earliest full date written in the stamps ("11:20 GMT 14.01.2025") and day headings
    stamp_dates = [
        line.stamp.date.iso() or ""
        for line in lines
        if line.role == "stamp" and line.stamp and line.stamp.date and line.stamp.date.full()
    ] + [line.day.iso() or "" for line in lines if line.role == "day" and line.day and line.day.full()]
    lines = _carry_days([line for line in lines if line.role not in ("drop", "chrome", "meta")])

    opens = _openings(lines)
    title_line = next((line.text for line in lines if line.role == "title"), None)
    body = [line for line in lines if line.role != "title"]
    if opens:
        title, subtitle, entries = _liveblog(body)
    else:
        title, subtitle, entries = _article(body, title_line is None and raw.title is None)
    document.title = title_line or title or raw.title
    document.subtitle = subtitle or raw.subtitle
    document.entries = entries
    # a live blog is a document with timed entries (a relative stamp is a time too)
    document.kind = "liveblog" if any(entry.time_text or entry.time for entry in entries) else "article"
    document.publisher = meta.get("publisher") or raw.publisher
    document.date = meta.get("date") or min(stamp_dates, default=None) or raw.date or _markup_date(entries)
    if meta.get("date_of") == "update" and document.date == meta["date"]:
        document.date = _start_date(document.date, entries, meta.get("date_time"))
    return document


# --- classification ---------------------------------------------------------


def _classify(blocks: list[Block], gram: Grammar, fetched_at: str | None) -> tuple[list[_Line], dict[str, str]]:
    """One _Line per block with a first guess at its role; document metadata on the side."""
    chrome_lines = frozenset(w for lang in LANGUAGES.values() for w in lang.chrome_lines) | SHARE_TARGETS
    chrome_openings = tuple(w for lang in LANGUAGES.values() for w in lang.chrome_openings)
    chrome_endings = _chrome_endings()
    source_labels = frozenset(w for lang in LANGUAGES.values() for w in lang.clock.source_labels)
    byline = _byline_pattern()
    writers = _writers_pattern()
    seen_stamp = False
    meta: dict[str, str] = {}
    lines: list[_Line] = []
    seen_opening = False
    first_text: int | None = None  # the index of the first line of text (the title, mostly)
    writer: str | None = None  # the name the page's byline gives
    captions = _glued_captions(blocks)
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if block.kind == "chrome" or (not text and block.kind != "entry") or index in captions:
            continue
        if block.kind != "entry" and block.kind != "title":
            day = gram.day_heading(text)
            # A dated line above everything else is the document's dateline; a day without a year never
            # is, nor a heading from markup (it stands in the page's stream of posts).
            if day is not None and (seen_opening or seen_stamp or day.year is None or block.kind == "heading"):
                lines.append(_Line(text, "day", block, day=day))
                continue
        if block.kind == "entry":
            text, author = _without_credits(text, byline, chrome_lines, chrome_openings, chrome_endings, gram)
            lines.append(_Line(text, "entry", block, author=author))
            seen_opening = True
            continue
        if block.kind in ("title", "heading"):
            first_text = len(lines) if first_text is None else first_text
            lines.append(_Line(text, block.kind, block))
            continue
        if len(text) <= 80 and _key(text) in _signup_lines():
            _signup_box_above(lines)
            continue  # "Enter email address", "Sign me up": a newsletter's sign-up box
        if len(text) <= 80 and (_key(text) in chrome_lines or _chrome_row(text, chrome_lines)):
            continue  # "Del", "Share this article", "Del artikkelen   Kopier lenke"
        if _RANK.fullmatch(text) or _INITIALS.fullmatch(text):
            continue  # "3" beside a listed story; "(rwe)" or "(APA, red)", the writer's sign under a post
        caption = _without_credit(text)
        if len(text) <= _MAX_CREDIT_CHARS + _CAPTION_MAX_CHARS and len(caption) < len(text):
            if caption and lines and lines[-1].role == "text" and lines[-1].text == caption:
                lines.pop()  # the caption printed twice, the second time with its credit
            elif caption:
                lines.append(_Line(caption, "caption", block))  # a post may be only a picture
            continue  # a photo's credit on its own line ("Foto: Kari Li / NTB") or after its caption
        if len(text) <= _CHROME_OPENING_MAX_CHARS and (
            _opening_key(text).startswith(chrome_openings) or _key(text).endswith(chrome_endings)
        ):
            if _COPYRIGHT in text[:_COPYRIGHT_LEAD_CHARS]:
                lines.append(_Line(text, "copyright", block))  # where the page's footer is
            continue
        source = _source_line(text, source_labels)
        if source:
            meta.setdefault("publisher", source)
            continue
        if len(text) <= 100 and _byline_line(text, byline):
            _mark_above_byline(lines, seen_stamp or seen_opening)
            writer = writer or _byline_name(text)
            continue  # "By Jane Doe and John Roe": who wrote it, not what was said
        if writer and len(text) <= _MAX_BIO_CHARS and text.startswith(writer) and _writer_note(text, writer):
            continue  # "Jane Doe covers the county. Reach her at jdoe@…": the writer's note, not the story
        if lines and not seen_stamp and len(text) <= 100 and writers.fullmatch(text):
            _mark_above_byline(lines, seen_opening)
            continue  # "Jane Doe and John Roe" under the title: the writers, without a label
        stamp = gram.stamp(text)
        if stamp is not None:
            lines.append(_Line(text, "stamp", block, stamp=stamp))
            seen_stamp = True
            continue
        dateline = gram.dateline(text)
        if dateline is not None:
            if not seen_stamp and not seen_opening:
                _outlet_above(lines, len(lines), first_text)
                if dateline.date is not None:
                    _mark_above_dateline(lines)
            if dateline.date and dateline.date.iso() and "date" not in meta:
                meta["date"] = dateline.date.iso() or ""
                if dateline.label in _update_labels():
                    meta["date_of"] = "update"
                    if dateline.time:
                        meta["date_time"] = dateline.time
            if dateline.relative_seconds is not None:
                moment = resolve_relative(dateline.relative_seconds, fetched_at)
                if moment is not None and not seen_opening and "date" not in meta:
                    meta["date"], meta["date_of"] = moment.date().isoformat(), "update"
                lines.append(_Line(text, "relative", block))
                continue
            if dateline.rest and not _only_datelines(dateline.rest, gram):
                first_text = len(lines) if first_text is None else first_text
                lines.append(_Line(dateline.rest, "text", block))
            continue
        if not seen_stamp and not seen_opening and (_stamp_furniture(text) or _navigation_row(text)):
            continue  # "I dag 08:05 · Oppdatert i dag 10:20": when the page was published and updated
        first_text = len(lines) if first_text is None else first_text
        lines.append(_Line(text, "text", block))
    return lines, meta


def _writer_note(text: str, writer: str) -> bool:
    """Whether a line that opens with the writer's name is a note about the writer: it gives an e-mail
    address, or says what the writer covers ("Jane Doe covers the county for the Post.")."""
    return bool(_EMAIL.search(text)) or _key(text[len(writer) :]).startswith(_writer_note_verbs())


@cache
def _writer_note_verbs() -> tuple[str, ...]:
    return tuple(verb + " " for lang in LANGUAGES.values() for verb in lang.writer_note_verbs)


@cache
def _signup_lines() -> frozenset[str]:
    return frozenset(line for lang in LANGUAGES.values() for line in lang.signup_lines)


def _signup_box_above(lines: list[_Line]) -> None:
    """The heading of a newsletter's sign-up box over its e-mail field, and the short blurb between
    them ("Get our morning newsletter" / "The day's news in your inbox." / "Enter email address"): a
    title-like line right above the field, or a short line under such a heading."""
    if (
        len(lines) >= 2
        and lines[-2].role == lines[-1].role == "text"
        and _title_like(lines[-2].text)
        and len(lines[-1].text) <= _CHROME_OPENING_MAX_CHARS
    ):
        lines[-2].role = lines[-1].role = "chrome"
        return
    if lines and lines[-1].role == "text" and _title_like(lines[-1].text):
        lines[-1].role = "chrome"


def _mark_above_dateline(lines: list[_Line]) -> None:
    """The page's dateline under its title or standfirst stands where a byline would: mark the line
    above it, when at most one sentence (the standfirst) stands above. A dateline under the story's
    paragraphs ("Published 3 February 2026" at its foot) tells nothing of the title."""
    if sum(line.role == "text" and not _title_like(line.text) for line in lines) <= 1:
        _mark_above_byline(lines, False)


def _mark_above_byline(lines: list[_Line], in_body: bool) -> None:
    """Mark the line above the page's first byline or dateline (none in the posts): the title's, or the
    standfirst's. The outlet's name set over a dateline is passed over."""
    if in_body or not lines or any(line.above_byline for line in lines):
        return
    above = next((line for line in reversed(lines) if line.role not in ("chrome", "caption")), None)
    if above is not None and above.role in ("text", "heading"):
        above.above_byline = True


def _glued_captions(blocks: list[Block]) -> set[int]:
    """The photo captions of a text whose paragraphs stand apart: the line set right against a credit line
    alone ("Foto: Kari Li"), above or below it, with a blank line on its other side. In text copied from
    a page the picture's caption and credit stay together while the story's paragraphs are spaced;
    without the spacing a caption cannot be told from the lede, and nothing is dropped."""
    spacing = [block.spaced for block in blocks if block.kind == "paragraph" and block.spaced is not None]
    if len(spacing) < _SPACED_MIN_LINES or sum(spacing) < len(spacing) / 2:
        return set()
    captions: set[int] = set()
    last = len(blocks) - 1
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if block.kind != "paragraph" or len(text) > _MAX_CREDIT_CHARS or _without_credit(text):
            continue
        # The caption closes the picture's lines: a blank line (or the end) follows the pair.
        if index < last and blocks[index + 1].spaced is False and _closes_group(blocks, index + 1):
            captions.add(index + 1)  # "Foto: Kari Li" / "Pupils followed the debate from the gallery."
        elif index > 0 and block.spaced is False and _closes_group(blocks, index):
            captions.add(index - 1)  # "Pupils followed the debate from the gallery." / "Foto: Kari Li"
    return {index for index in captions if len(blocks[index].text) <= _CAPTION_MAX_CHARS}


def _closes_group(blocks: list[Block], index: int) -> bool:
    """Whether a blank line or the end of the text follows block ``index``."""
    return index + 1 == len(blocks) or bool(blocks[index + 1].spaced)


def _chrome_row(text: str, chrome_lines: frozenset[str]) -> bool:
    """A row of buttons copied as one line ("Del artikkelen   Kopier lenke", "Share | Copy link"): every
    part between wide spaces or separators is a chrome line."""
    parts = [_key(part) for part in _row_parts(text)]
    return len(parts) >= 2 and all(part in chrome_lines for part in parts)


def _row_parts(text: str) -> list[str]:
    """The parts of a line copied from a row of links or buttons: between wide spaces or " | ", " · ", " • "."""
    return [part.strip() for part in _ROW_SEPARATORS.split(text)]


_ROW_SEPARATORS = re.compile(r"\s{2,}|\s[|·•]\s")


def _navigation_row(text: str) -> bool:
    """The site's menu copied as one line ("KYSTAVISA   Nyheter   Sport   Vær   Kystavisa TV"): three short
    parts or more between wide spaces or separators, two of them section names."""
    if len(text) > _MASTHEAD_MAX_CHARS:
        return False
    parts = [_key(part) for part in _row_parts(text)]
    if len(parts) < 3 or any(len(part.split()) > _MASTHEAD_SEGMENT_MAX_WORDS for part in parts):
        return False
    return sum(part in _section_names() for part in parts) >= 2


def _stamp_furniture(text: str) -> bool:
    """A line of times between separators, one of them labelled ("I dag 08:05 · Oppdatert i dag 10:20",
    "Today 08:05 | Updated 10:20"): the page's publishing times in words the stamp grammar does not
    read, never text."""
    if len(text) > _MASTHEAD_MAX_CHARS:
        return False
    parts = _row_parts(text)
    if len(parts) < 2:
        return False
    if any(len(part.split()) > _MASTHEAD_SEGMENT_MAX_WORDS + 1 or not _CLOCK.search(part) for part in parts):
        return False
    return any(part.casefold().startswith(_stamp_label_openings()) for part in parts)


@cache
def _stamp_label_openings() -> tuple[str, ...]:
    return tuple(label + " " for label in _label_kinds())


def _outlet_above(lines: list[_Line], end: int, first_text: int | None) -> None:
    """The outlet's name on a line of its own right above the dateline (``lines[end]``), under the title
    (``first_text``, the index of the first line of text), is page furniture, not a lead or an entry:
    "Vestkyst Avis" over "Publisert …"."""
    above = end - 1
    if first_text is None or not first_text < above or lines[above].role != "text":
        return
    if _outlet_name(lines[above].text):
        lines[above].role = "chrome"


def _carry_days(lines: list[_Line]) -> list[_Line]:
    """The lines without day headings, each line that opens an entry carrying the day of the heading above it."""
    kept = []
    day: PartialDate | None = None
    for line in lines:
        if line.role == "day":
            day = line.day
            continue
        if line.role in _OPENS:
            line.day = day
        kept.append(line)
    return kept


def _settle_stamps(lines: list[_Line], gram: Grammar) -> None:
    """Decide which stamp candidates open entries, which are updates and which are metadata.

    A label that repeats before entries marks the stamps: then unlabelled
    times at the start of a line are text. An update label ("Updated at")
    never opens an entry unless it is the only kind of stamp there is. A
    labelled date-and-time line that stands alone once before everything
    else ("Published 16 July 2024 14:24") is the document's dateline.
    Relative stamps open entries only when several stand before entries and
    no clock stamp does.
    """
    candidates = [line for line in lines if line.role == "stamp" and line.stamp]
    if len(candidates) == 1 and candidates[0].stamp and candidates[0].stamp.soft:
        # A time followed only by a space opens an entry when other stamps do: alone it is
        # a sentence that starts with a time ("14:05 Uhr Ortszeit begann die Sitzung.").
        candidates[0].role = "text"
        candidates = []
    if candidates:
        gram_labels = _label_kinds()
        counts: dict[str, int] = {}
        for line in candidates:
            if line.stamp and line.stamp.label:
                counts[line.stamp.label] = counts.get(line.stamp.label, 0) + 1
        first = candidates[0]
        dated = [line for line in candidates if line.stamp and line.stamp.date]
        lone = len(candidates) == 1 or (first.stamp is not None and first.stamp.date_first and len(dated) == 1)
        if first.stamp and first.stamp.date and _nothing_but_stamps(first.stamp, gram) and lone:
            first.role = "meta"  # "14.01.2025, 14:24 Uhr" over an article or a blog of plain times
        for line in candidates:
            assert line.stamp is not None
            label = line.stamp.label
            kinds = gram_labels.get(label or "", set())
            if label is None:
                continue
            if "stamp" in kinds and counts[label] >= 2:
                continue
            if "update" in kinds and "stamp" not in kinds:
                line.role = "update"
            elif "stamp" not in kinds or (
                counts[label] == 1 and line is first and not line.stamp.rest and "date" in kinds
            ):
                line.role = "meta"  # the page's own dateline, not an entry
        labelled = [line for line in candidates if line.role == "stamp" and line.stamp and line.stamp.label]
        openers = [line for line in candidates if line.role == "stamp"]
        if len(labelled) >= 2 and 2 * len(labelled) >= len(openers):
            for line in openers:
                if line.stamp and not line.stamp.label:
                    line.role = "text"
        if not any(line.role == "stamp" for line in candidates):
            updates = [line for line in candidates if line.role == "update"]
            if len(updates) >= 2:
                for line in updates:
                    line.role = "stamp"
    relatives = [line for line in lines if line.role == "relative"]
    clock_opens = any(line.role in ("stamp", "entry") for line in lines)
    for line in relatives:
        line.role = "meta" if clock_opens or len(relatives) < 2 else "relative"
    if not clock_opens and len(relatives) >= 3:
        # A relative stamp above every text is the page's "updated" line; the
        # others open entries.
        first_text = next((i for i, line in enumerate(lines) if line.role == "text"), len(lines))
        first_relative = next(i for i, line in enumerate(lines) if line.role == "relative")
        if first_relative < first_text:
            lines[first_relative].role = "meta"


def _mark_author_lines(lines: list[_Line]) -> None:
    """Names alone on the line under stamps, or alone on the line over them, one of them there twice or
    more ("21:50" / "Hanne Lie" / text, or text / "Hanne Lie" / "21:50"): the posts' author lines, as
    pages copied as text print them at a post's head or foot; a headline never repeats like that. Where
    posts carry author lines, every name at that place is one, and a name found so is one wherever it
    stands alone (the last post's foot has no stamp under it). A label ("Breaking News") or a section's
    name is no name."""
    under_stamps: dict[str, list[_Line]] = {}
    over_stamps: dict[str, list[_Line]] = {}
    for i, (above, line) in enumerate(itertools.pairwise(lines)):
        alone = above.role == "stamp" and above.stamp is not None and not above.stamp.rest
        if alone and not _name_line(line) and line.role == "text" and _title_like(line.text) and i + 2 < len(lines):
            line = lines[i + 2]  # "08:30" / "Good morning" / "Ciarán Doyle": the name under the headline
        if alone and _name_line(line):
            under_stamps.setdefault(line.text, []).append(line)
        if line.role == "stamp" and _name_line(above):
            over_stamps.setdefault(above.text, []).append(above)
    for found in (under_stamps, over_stamps):
        if any(len(lines_of_name) >= 2 for lines_of_name in found.values()):
            names = set(found)
            for line in lines:
                if line.role == "text" and line.text in names:
                    line.role = "author"


def _openings(lines: list[_Line]) -> list[int]:
    """The indexes of the lines that open an entry."""
    return [i for i, line in enumerate(lines) if line.role in _OPENS]


def _settle_captions(lines: list[_Line]) -> None:
    """A photo's caption (its credit cut off) is the text of a post under a stamp that holds nothing else
    but a headline: a post may be only a picture. Anywhere else, beside the story, it is no text."""
    openings = _openings(lines)
    for start, end in itertools.pairwise([*openings, len(lines)]):
        stamp = lines[start].stamp
        if lines[start].role == "entry" or (stamp is not None and stamp.rest):
            continue  # the post has its text already
        post = lines[start + 1 : end]
        captions = [line for line in post if line.role == "caption"]
        if captions and not any(line.role == "text" and not _title_like(line.text) for line in post):
            captions[0].role = "text"
    for line in lines:
        if line.role == "caption":
            line.role = "drop"


def _drop_repeated_buttons(lines: list[_Line]) -> None:
    """Drop a short line that does not end like a sentence and stands three times or more in a live blog,
    at least twice right above or under a stamp: a button or label copied with every post ("Posten",
    "Reply"), never a headline (headlines differ) nor text. A person's name stays: a transcript may
    repeat its speakers, and author lines have been told before."""
    openings = _openings(lines)
    if len(openings) < _BUTTON_MIN_REPEATS:
        return
    near = {j for i in openings for j in (i - 1, i + 1)}
    found: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        text = line.text
        if line.role == "text" and len(text) <= _BUTTON_MAX_CHARS and len(text.split()) <= _BUTTON_MAX_WORDS:
            found.setdefault(text, []).append(i)
    for text, places in found.items():
        if len(places) < _BUTTON_MIN_REPEATS or sum(i in near for i in places) < 2:
            continue
        if not _title_like(text) or _author_name().fullmatch(text):
            continue
        for i in places:
            lines[i].role = "chrome"


def _name_line(line: _Line) -> bool:
    """A line of text that is only a person's name, or the names of two or more ("Jane Doe and Tom Roe")."""
    if line.role != "text" or len(line.text) > _AUTHOR_LINE_MAX_CHARS:
        return False
    if _author_name().fullmatch(line.text) is not None:
        return _no_label_words(line.text)
    joined = _writers_pattern().fullmatch(line.text)
    names = [name for name in _joiners().split(line.text) if name]
    return joined is not None and all(_author_name().fullmatch(n) and _no_label_words(n) for n in names)


@cache
def _joiners() -> re.Pattern[str]:
    """What stands between the names of writers: a comma, "and", "und", "og", "&"."""
    words = "|".join(re.escape(w) for lang in LANGUAGES.values() for w in lang.clock.byline_joiners) or "(?!)"
    return re.compile(rf",\s*|\s+(?:{words}|&)\s+")


def _no_label_words(text: str) -> bool:
    """Whether no word of ``text`` is a label, a section's name or a common word of any language."""
    return not any(word in _label_words() for word in _key(text).split())


@cache
def _label_words() -> frozenset[str]:
    return frozenset(
        word
        for lang in LANGUAGES.values()
        for phrase in (*lang.speech.not_speakers, *lang.section_names, *lang.common_words)
        for word in phrase.split()
    )


_AUTHOR_LINE_MAX_CHARS = 60


@cache
def _author_name() -> re.Pattern[str]:
    """A person's full name: two to four capitalised words ("Siri Lund Aas")."""
    return re.compile(rf"{_BYLINE_NAME}(?: {_BYLINE_NAME}){{1,3}}")


def _nothing_but_stamps(stamp: Stamp, gram: Grammar) -> bool:
    """Whether a dated stamp's line holds no text: nothing after it, or only another dated or labelled stamp.

    "Publisert 25.11.2025 21:30 – Oppdatert 26.11.2025 00:41" and "Publisert
    18. november 2025 kl. 07.02 – Sist oppdatert kl. 22.14" are datelines, not entries.
    """
    if not stamp.rest:
        return True
    tail = gram.stamp(stamp.rest.lstrip(" –-|·,;"))
    return tail is not None and (tail.date is not None or tail.label is not None) and not tail.rest


def _label_kinds() -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for lang in LANGUAGES.values():
        for kind, words in (
            ("stamp", lang.clock.stamp_labels),
            ("update", lang.clock.update_labels),
            ("date", lang.clock.date_labels),
        ):
            for word in words:
                kinds.setdefault(word, set()).add(kind)
    return kinds


@cache
def _chrome_endings() -> tuple[str, ...]:
    return tuple(w for lang in LANGUAGES.values() for w in lang.chrome_endings)


def _only_datelines(rest: str, gram: Grammar) -> bool:
    """Whether what follows a dateline on its line is only another one ("| Oppdatert 14.01.2025 kl. 09.40",
    "– Updated 14:02"): the line's second stamp, never text."""
    tail = rest.lstrip(" –—-|·•,;").strip()
    if not tail:
        return True
    dateline = gram.dateline(tail)
    if dateline is not None and not dateline.rest and (dateline.date or dateline.label):
        return True
    stamp = gram.stamp(tail)
    return stamp is not None and (stamp.date is not None or stamp.label is not None) and not stamp.rest


def _chrome_headings() -> frozenset[str]:
    return frozenset(_key(h) for lang in LANGUAGES.values() for h in lang.chrome_headings)


def _chrome_heading_openings() -> tuple[str, ...]:
    return tuple(w + " " for lang in LANGUAGES.values() for w in lang.chrome_heading_openings)


def _drop_chrome(lines: list[_Line], headings: frozenset[str], openings: tuple[str, ...] = ()) -> None:
    """Drop lists of other stories, from their heading on, and the crumbs right above them.

    After a chrome heading, short title-like lines (and rank numbers, other
    chrome headings) are the list; a stamp or a real paragraph ends it. A
    short heading that only opens like one ("More from the Sentinel", "Mehr
    Fußball") counts when a title-like line follows it. The last such heading
    with no stamp and only short lines after it opens the page's footer: the
    forum's notice, the publisher's legal name and links ("Impressum",
    "Privacy Policy") are chrome down to the end. So are they around the
    page's copyright line ("© 2026 The Courier") after the last stamp: the
    short lines after it and the run of short title-like lines right above it.
    """
    in_list = False
    last_heading: int | None = None
    for i, line in enumerate(lines):
        if line.role == "copyright":
            line.role = "chrome"
            _footer_around(lines, i)
            _footer_below(lines, i)
            continue
        if line.role in _OPENS:
            in_list = False
            continue
        if line.role not in ("text", "heading"):
            continue
        key = _key(line.text) if len(line.text) <= 80 else ""
        heading, _, tail = line.text.partition(":")
        if key in headings or (
            key.startswith(openings)
            and len(key.split()) <= _LIST_HEADING_MAX_WORDS
            and _title_like(line.text)
            and i + 1 < len(lines)
            and lines[i + 1].role == "text"
            and _title_like(lines[i + 1].text)
        ):
            line.role = "chrome"
            in_list = True
            last_heading = i
            for j in range(i - 1, max(-1, i - 3), -1):
                above = lines[j]
                if above.role == "chrome" or not _crumb(above):
                    break
                above.role = "chrome"
            continue
        if tail and len(heading) <= 40 and _key(heading) in headings and _title_like(tail.strip()):
            line.role = "chrome"  # "Read more: Some other story"
            continue
        if in_list:
            if _title_like(line.text):
                line.role = "chrome"
            else:
                in_list = False
    if last_heading is not None:
        _footer_below(lines, last_heading)


def _footer_below(lines: list[_Line], i: int) -> None:
    """The lines under ``lines[i]`` (a list's heading, the copyright line) to the end are the page's
    footer when no stamp and only short lines stand there."""
    footer = lines[i + 1 :]
    if not any(line.role in _OPENS for line in footer) and all(
        len(line.text) <= _CHROME_OPENING_MAX_CHARS for line in footer if line.role in ("text", "heading")
    ):
        for line in footer:
            if line.role in ("text", "heading"):
                line.role = "chrome"


def _footer_around(lines: list[_Line], i: int) -> None:
    """The footer links right above the copyright line ``lines[i]`` with no stamp below it: short
    title-like lines ("About us", "Privacy Policy"), up to the story's last sentence or a stamp."""
    if any(line.role in _OPENS for line in lines[i + 1 :]):
        return
    for j in range(i - 1, -1, -1):
        above = lines[j]
        if above.role in ("chrome", "drop"):
            continue
        if not _crumb(above) or (j > 0 and lines[j - 1].role in _OPENS):
            return
        above.role = "chrome"


def _crumb(line: _Line) -> bool:
    return line.role == "text" and _title_like(line.text) and len(line.text.split()) <= _CRUMB_MAX_WORDS


def _drop_doubled_captions(lines: list[_Line]) -> None:
    """A photo caption printed twice in a row (the second with a credit) is not text."""
    previous: _Line | None = None
    for line in lines:
        if line.role != "text":
            if line.role != "drop":
                previous = None
            continue
        if previous is not None and len(previous.text) >= 30:
            a, b = previous.text, line.text
            if a == b:
                line.role = "drop"
                continue
            if b.startswith(a) and len(b) - len(a) <= 80 and b[len(a) :].strip()[:1] in ("(", "[", "|", "©", "/"):
                previous.role = line.role = "drop"
                previous = None
                continue
        previous = line


# A capitalised word of a person's name in a byline.
_BYLINE_NAME = r"[^\W\d_a-zß-ÿ][\w.'’-]{0,30}"


def _names_joined(person: str, most: int) -> str:
    """A pattern for 2 to ``most`` + 1 ``person`` patterns joined by commas, "and", "und", "og" or "&"."""
    joiners = "|".join(re.escape(w) for lang in LANGUAGES.values() for w in lang.clock.byline_joiners) or "(?!)"
    return rf"{person}(?:(?:,\s{{0,3}}|\s{{1,3}}(?:{joiners}|&)\s{{1,3}}){person}){{1,{most}}}"


def _byline_pattern() -> re.Pattern[str]:
    """ "By Jane Doe", "Von Max Muster und Erika Mustermann", "Av Ola Nordmann, NTB",
    "Jane Doe (now) and John Roe (earlier)", and with the writer's role: "By Jane Doe, Technology
    correspondent", "By political reporter Jane Doe", "By the Courier staff"."""
    labels = "|".join(re.escape(w) for lang in LANGUAGES.values() for w in lang.clock.byline_labels) or "(?!)"
    joiners = "|".join(re.escape(w) for lang in LANGUAGES.values() for w in lang.clock.byline_joiners) or "(?!)"
    roles = "|".join(re.escape(w) for lang in LANGUAGES.values() for w in lang.clock.byline_roles) or "(?!)"
    name = _BYLINE_NAME
    # A role of up to four words that ends in a writer's word: "chief political correspondent".
    role = rf"(?:[^\W\d_][\w.'’-]{{0,30}}\s{{1,3}}){{0,3}}(?i:{roles})"
    # Without a label, only writers marked by when they wrote: "Jane Doe (now) and John Roe (earlier)".
    shift = rf"{name}(?:\s{{1,3}}{name}){{1,3}}\s{{1,3}}\([^\W\d_]{{2,12}}\)"
    return re.compile(
        rf"(?i:{labels})\s{{1,3}}{name}(?:(?:\s{{1,3}}|,\s{{0,3}}|\s{{1,3}}(?:{joiners}|&)\s{{1,3}}){name}){{0,7}}"
        rf"(?:,\s{{0,3}}{role})?"
        rf"|(?i:{labels})\s{{1,3}}{role}(?:\s{{1,3}}{name}){{2,4}}"
        rf"|(?i:{labels})\s{{1,3}}(?:[^\W\d_][\w.'’-]{{0,30}}\s{{1,3}}){{1,4}}(?i:{roles})"
        rf"|{_names_joined(shift, 5)}"
    )


def _byline_line(text: str, byline: re.Pattern[str]) -> bool:
    """A byline alone, or beside the outlet's name ("The Courier / By political reporter Jane Doe")."""
    if byline.fullmatch(text):
        return True
    for separator in (" / ", " | ", " · "):
        if separator in text:
            parts = [part.strip() for part in text.split(separator)]
            credited = [part for part in parts if byline.fullmatch(part)]
            others = [part for part in parts if part not in credited]
            return bool(credited) and all(_outlet_name(part) for part in others)
    return False


def _outlet_name(text: str) -> bool:
    """A short name of capitalised words: an outlet's ("Vestkyst Avis", "The Dockside Courier")."""
    words = text.split()
    if not 1 <= len(words) <= _MASTHEAD_SEGMENT_MAX_WORDS or len(text) > _MASTHEAD_SEGMENT_MAX_CHARS:
        return False
    if any(c.isdigit() for c in text) or text[-1] in _SENTENCE_END + "?" or any(c in _QUOTES for c in text):
        return False
    return all(word[0].isupper() for word in words if word.lower() not in _NAME_ARTICLES)


def _without_credits(
    text: str,
    byline: re.Pattern[str],
    chrome_lines: frozenset[str],
    chrome_openings: tuple[str, ...],
    chrome_endings: tuple[str, ...],
    gram: Grammar,
) -> tuple[str, str | None]:
    """A post's text (from markup) without the byline and chrome lines it carries ("By Jane Doe",
    "Reporting from Moscow", "Share", "Reuters contributed to this report", "Read more: …", an
    "Updated 6:10 p.m." stamp, a photo's credit after its caption), and the name of that byline."""
    if "\n\n" not in text and len(text) > _CHROME_OPENING_MAX_CHARS:
        # One paragraph too long to be a byline or a chrome line: only a credit may end it.
        return _without_credit(text), None
    kept: list[str] = []
    author = None
    for paragraph in text.split("\n\n"):
        paragraph = _without_credit(paragraph)
        if not paragraph:
            continue  # a credit alone ("Foto: dpa")
        if len(paragraph) <= _CHROME_OPENING_MAX_CHARS:
            if byline.fullmatch(paragraph):
                author = author or _byline_name(paragraph)
                continue
            key = _key(paragraph)
            if (
                key in chrome_lines
                or _opening_key(paragraph).startswith(chrome_openings)
                or key.endswith(chrome_endings)
            ):
                continue
            if gram.is_update_stamp(paragraph):
                continue  # "Updated 6:10 p.m. ET" under a feed item's text: when it changed, not what it says
        kept.append(paragraph)
    return "\n\n".join(kept), author


def _without_credit(paragraph: str) -> str:
    """A paragraph without the photo or video credit that ends it ("… on Thursday. Photo: Reuters")."""
    tail = paragraph[-_MAX_CREDIT_CHARS:]
    if ":" not in tail and not (tail.endswith(")") and "/" in tail):
        return paragraph  # the common case, without a search
    return _credit_pattern().sub("", paragraph).rstrip()


_MAX_CREDIT_CHARS = 80


@cache
def _credit_pattern() -> re.Pattern[str]:
    """A credit label of the language tables ("Photo", "Foto", "Bilde"), a colon and a short name, at the
    start of a paragraph or after its last sentence, up to its end; or such a credit in parentheses
    closing a caption ("… am Nachmittag (Bild: APA/Markus Lind)")."""
    labels = sorted({w for lang in LANGUAGES.values() for w in lang.credit_labels}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in labels) or "(?!)"
    sources = sorted({w for lang in LANGUAGES.values() for w in lang.picture_source_labels}, key=len, reverse=True)
    source_alternation = "|".join(re.escape(w) for w in sources) or "(?!)"
    return re.compile(
        rf"(?:^|(?<=[.!?…)\]»”\"])\s+)(?i:{alternation}) ?: ?[^\s.!?:][^.!?:\n]{{0,60}}$"
        rf"|\s*\((?i:{alternation}) ?: ?[^\s()][^()\n]{{0,60}}\)$"
        # "(Quelle: Jannik Vogt/dpa)": a picture's source in parentheses, a person and an agency
        rf"|\s*\((?i:{source_alternation}) ?: ?[^()/\n]{{1,40}}/[^()/\n]{{1,40}}\)$"
        # "… on Tuesday. (Jane Doe / For The Post)", "(Jane Doe/dpa)": after a caption's last sentence, a
        # photographer's name (two words or more) and an outlet or agency in parentheses; "(Reuters/AP)"
        # may close a paragraph of text
        rf"|(?<=[.!?…])\s+\({_CAPITALISED}[^()/\s]{{0,30}}(?: [^()/\s]{{1,30}}){{1,4}} ?/ ?[^\W\d_][^()/\n]{{0,40}}\)$"
    )


_CAPITALISED = r"[^\W\d_a-zß-ÿ]"  # a capital letter


def _byline_name(line: str) -> str | None:
    """The names of a byline without its label ("By MARTA LINDQVIST" -> "Marta Lindqvist"); None without one."""
    label, _, names = line.strip().partition(" ")
    if label.lower() not in _byline_labels() or not names.strip():
        return None
    names = names.strip()
    return names.title() if names.isupper() else names


@cache
def _transcript_labels() -> frozenset[str]:
    """The question and answer labels of interviews in every language ("q", "frage", "svar")."""
    return frozenset(
        w for lang in LANGUAGES.values() for w in (*lang.speech.question_labels, *lang.speech.answer_labels)
    )


@cache
def _byline_labels() -> frozenset[str]:
    return frozenset(w for lang in LANGUAGES.values() for w in lang.clock.byline_labels)


def _writers_pattern() -> re.Pattern[str]:
    """Two or more full names joined by "and", "und", "og" or commas: "Jane Doe and John Roe"."""
    return re.compile(_names_joined(rf"{_BYLINE_NAME}(?:\s{{1,3}}{_BYLINE_NAME}){{1,2}}", 4))


def _source_line(text: str, labels: frozenset[str]) -> str | None:
    """The publisher named by a "Source: Associated Press" line, else None."""
    if len(text) > 80:
        return None
    label, colon, name = text.partition(":")
    if colon and label.strip().lower() in labels and 0 < len(name.strip()) <= 60:
        return name.strip()
    return None


# --- structure --------------------------------------------------------------


def _liveblog(lines: list[_Line]) -> tuple[str | None, str | None, list[Entry]]:
    """Title, subtitle and entries of a document with stamps."""
    first_open = next(i for i, line in enumerate(lines) if line.role in _OPENS)
    pre = lines[:first_open]
    # A heading block from markup right above the first entry is its headline;
    # in plain text that line is title or lead.
    first_heading = pre.pop().text if pre and pre[-1].role == "heading" else None
    title, subtitle, pre = _title_and_subtitle(pre)
    standfirst = _standfirst(pre) if title is not None and subtitle is None else None
    if standfirst is not None:
        subtitle, pre = standfirst.text, [line for line in pre if line is not standfirst]
    entries = _paragraph_entries(pre)

    below = _headline_style_below(lines)
    current: Entry | None = None
    pending_heading: str | None = first_heading
    paragraphs: list[str] = []

    def close() -> None:
        if current is not None:
            current.text = "\n\n".join(p for p in paragraphs if p)

    i = first_open
    while i < len(lines):
        line = lines[i]
        if line.role in _OPENS:
            close()
            paragraphs = []
            current = _open_entry(line)
            if pending_heading and not current.headline:
                current.headline = pending_heading
            pending_heading = None
            entries.append(current)
            if line.role == "entry":
                paragraphs.append(line.text)
            elif line.stamp and line.stamp.rest.endswith(_TICKER_MARK) and not current.headline:
                # "+++ 09.30 Uhr +++ Vorstandschef: „…“ +++": a German ticker's headline between its marks
                current.headline = line.stamp.rest.removesuffix(_TICKER_MARK).strip() or None
            elif line.stamp and line.stamp.rest and not current.headline and _dash_headline(lines, i):
                current.headline = line.stamp.rest  # "11.20 Uhr – Sprengmeister: „…“" over the post's text
            elif line.stamp and line.stamp.rest:
                paragraphs.append(line.stamp.rest)
            elif below and not current.headline and _headline_below(lines, i):
                if lines[i + 1].role == "author":
                    current.author = current.author or lines[i + 1].text
                    i += 1
                current.headline = lines[i + 1].text
                i += 1
            i += 1
            continue
        if line.role == "author":
            if current is not None and not current.author:
                current.author = line.text
            i += 1
            continue
        if line.role == "update":
            if current is not None and line.stamp:
                current.updated = line.stamp.hhmm
                if line.stamp.rest:
                    paragraphs.append(line.stamp.rest)
            i += 1
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        opens_next = nxt is not None and nxt.role in _OPENS
        if opens_next and (line.role == "heading" or (not below and paragraphs and _headline_above(line.text))):
            # a short line standing between two entries is the headline of the one below
            pending_heading = line.text
            i += 1
            continue
        paragraphs.append(line.text)
        i += 1
    close()
    return title, subtitle, [entry for entry in entries if entry.text or entry.headline]


def _open_entry(line: _Line) -> Entry:
    entry = _entry_of(line)
    if line.day is not None and line.day.month and line.day.day:
        entry.day = line.day.iso() or f"--{line.day.month:02d}-{line.day.day:02d}"
    return entry


def _entry_of(line: _Line) -> Entry:
    block = line.block
    if line.role == "entry":
        entry = Entry(
            id=block.entry_id or "",
            text="",
            headline=block.headline,
            url=block.url,
            author=(_byline_name(block.author) or block.author) if block.author else line.author,
            updated=block.updated,
            flags=list(block.flags),
            timestamp=block.timestamp,
        )
        stamp = None
        if block.time_text:
            stamp = grammar(LANGUAGES["en"]).stamp(block.time_text) or _any_stamp(block.time_text)
            entry.time_text = block.time_text
        if stamp is not None:
            entry.time = stamp.hhmm
        else:
            moment = parse_iso(block.timestamp)
            if moment is not None:
                entry.time = moment.strftime("%H:%M")
                entry.time_text = entry.time_text or entry.time
        return entry
    if line.role == "relative":
        return Entry(text="", time_text=line.text)
    assert line.stamp is not None
    return Entry(text="", time=line.stamp.hhmm, time_text=line.stamp.text)


def _any_stamp(text: str) -> Stamp | None:
    for lang in LANGUAGES.values():
        stamp = grammar(lang).stamp(text)
        if stamp is not None:
            return stamp
    return None


def _headline_style_below(lines: list[_Line]) -> bool:
    """Whether this blog puts headlines under a stamp alone on its line, not above it."""
    above = below = 0
    first = True
    for i, line in enumerate(lines):
        if line.role not in _OPENS:
            continue
        # what stands above the first entry is title or lead, so it does not count
        if not first and lines[i - 1].role == "text" and _headline_above(lines[i - 1].text):
            above += 1
        first = False
        if line.role == "entry":
            continue
        if not (line.stamp and line.stamp.rest) and _headline_below(lines, i):
            below += 1
    return below > above


def _dash_headline(lines: list[_Line], i: int) -> bool:
    """Whether the rest of a stamp's line is the post's headline: set off by a dash or a colon, title-like,
    and with the post's text on the lines below ("11.20 Uhr – Bombe entschärft", "18.10 Uhr: Brücke
    bleibt gesperrt"; "14:24 – Lavrov said …" is the text itself)."""
    line = lines[i]
    assert line.stamp is not None
    rest = line.stamp.rest
    before = line.text[: len(line.text) - len(rest)] if line.text.endswith(rest) else ""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return (
        before.rstrip().endswith(_HEADLINE_SEPARATORS)
        and _title_like(rest)
        and below is not None
        and below.role == "text"
        and not _title_like(below.text)
    )


_HEADLINE_SEPARATORS = ("–", "—", "-", ":")


def _headline_above(text: str) -> bool:
    """A title-like line of two words or more: a lone "Reuters" or "NTB" closes the entry above."""
    return _title_like(text) and len(text.split()) >= 2


def _headline_below(lines: list[_Line], i: int) -> bool:
    """A title-like line under a stamp alone on its line (and an author line above or under it), with the
    entry's text under it."""
    if i + 1 < len(lines) and lines[i + 1].role == "author":
        i += 1
    if i + 2 >= len(lines):
        return False
    first, second = lines[i + 1], lines[i + 2]
    if second.role == "author" and i + 3 < len(lines):
        second = lines[i + 3]  # "Good morning" / "Ciarán Doyle" / text: the author line under the headline
    return first.role == "text" and _title_like(first.text) and second.role == "text"


def _title_and_subtitle(pre: list[_Line]) -> tuple[str | None, str | None, list[_Line]]:
    """The title and subtitle at the top of a page, when the first lines look like them."""
    headed = _head_above_byline(pre)
    if headed is not None:
        return headed
    pre = _skip_labels(pre)
    texts = [line for line in pre if line.role in ("text", "heading")]
    if not texts or pre[0] is not texts[0] or not _title_like(texts[0].text):
        return None, None, pre
    title = texts[0].text
    rest = pre[1:]
    if rest and rest[0].role in ("text", "heading") and _title_like(rest[0].text, max_chars=320, max_words=45):
        return title, rest[0].text, rest[1:]
    return title, None, rest


def _standfirst(pre: list[_Line]) -> _Line | None:
    """The live blog's standfirst, when the text between its title and its first post is one short
    paragraph that quotes nobody ("Die Brücke ist gesperrt. Alle Infos im Newsblog."). Several
    paragraphs there are an introduction, kept as untimed entries with whatever they report."""
    texts = [line for line in pre if line.role in ("text", "heading")]
    if len(texts) != 1 or texts[0].role != "text":
        return None
    text = texts[0].text
    quotes = any(mark in text for mark in _QUOTES + "–—")
    return texts[0] if len(text) <= _STANDFIRST_MAX_CHARS and not quotes else None


def _head_above_byline(lines: list[_Line]) -> tuple[str, str | None, list[_Line]] | None:
    """Title, standfirst and what follows, told by the page's byline under them: a page copied as text
    puts its menu and section labels above the title, the title, the standfirst, then "By Jane Doe".
    The line above the byline is the standfirst when it is long (a sentence or more) and a title of a few
    words stands over it; else it is the title. Lines above the title are the page's labels."""
    marked = next((i for i, line in enumerate(lines) if line.above_byline), None)
    if marked is None:
        return None
    heads = [line for line in lines[: marked + 1] if line.role in ("text", "heading")]
    last = heads[-1]
    rest = lines[marked + 1 :]
    standfirst = len(last.text) <= _STANDFIRST_MAX_CHARS and len(last.text.split()) >= _STANDFIRST_MIN_WORDS
    title_over = len(heads) >= 2 and _title_like(heads[-2].text) and len(heads[-2].text.split()) >= _TITLE_MIN_WORDS
    if standfirst and title_over:
        return heads[-2].text, last.text, rest
    return (last.text, None, rest) if _title_like(last.text) else None


def _skip_labels(lines: list[_Line]) -> list[_Line]:
    """Without the page's labels at the top: one-word lines ("Live", "Politik", "Direkte") and
    mastheads ("THE HARBOUR POST | COURTS", "Talblatt – Wirtschaft – Liveticker"), never a title."""
    start = 0
    while start < len(lines) and lines[start].role == "text":
        if len(lines[start].text.split()) == 1:
            start += 1
            continue
        skip = _masthead(lines, start)
        if not skip:
            break
        start += skip
    return lines[start:] if start < len(lines) else lines


def _masthead(lines: list[_Line], i: int) -> int:
    """How many lines from ``i`` on are the page's masthead (0, 1 or 2), told by the headline below them.

    A line of short segments between separators ("Post | Courts", "Bergkurier › Region › Polizei",
    "Dalposten – Nyheter – Helse"), an outlet's short name right above such a line ("The Dockside
    Courier" over "News | Harbour Town"), or a short name in capitals over a longer line ("VESTKYST AVIS"),
    each with a title-like line below: the headline, which the masthead stands above.
    """
    line = lines[i]
    if _crumbs(line.text) and _headline_under(lines, i):
        return 1
    if (
        i + 1 < len(lines)
        and lines[i + 1].role == "text"
        and _crumbs(lines[i + 1].text, strong_only=True)
        and _title_like(line.text)
        and len(line.text.split()) <= _MASTHEAD_SEGMENT_MAX_WORDS
        and ":" not in line.text
        and _headline_under(lines, i + 1)
    ):
        return 2
    words = line.text.split()
    if 2 <= len(words) <= _MASTHEAD_SEGMENT_MAX_WORDS and line.text.isupper() and ":" not in line.text:
        below = _headline_under(lines, i)
        return 1 if below and len(lines[i + 1].text) > len(line.text) and not lines[i + 1].text.isupper() else 0
    return 0


def _headline_under(lines: list[_Line], i: int) -> bool:
    """Whether the line under ``i`` is a title-like line of three words or more: a headline."""
    if i + 1 >= len(lines) or lines[i + 1].role not in ("text", "heading"):
        return False
    below = lines[i + 1].text
    return _title_like(below) and len(below.split()) >= 3


def _crumbs(text: str, *, strong_only: bool = False) -> bool:
    """Whether ``text`` is short segments between separators: an outlet, its sections, a place.

    "|", "·", "›" … join crumbs only; a dash or slash joins the parts of titles too ("Storm Wenna –
    live", "Ukraine – the latest"), so with those it takes three capitalised segments
    ("Talblatt – Politik – Liveticker") or one that names a section ("Talblatt – Wirtschaft").
    """
    if len(text) > _MASTHEAD_MAX_CHARS or ":" in text:
        return False
    tokens = text.split()
    strong = any(token in _CRUMB_SEPARATORS for token in tokens)
    if strong_only and not strong:
        return False
    separators = _CRUMB_SEPARATORS + _DASH_SEPARATORS if strong else _DASH_SEPARATORS
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token in separators:
            segments.append([])
        else:
            segments[-1].append(token)
    if len(segments) < 2:
        return False
    for words in segments:
        segment = " ".join(words)
        if not words or len(words) > _MASTHEAD_SEGMENT_MAX_WORDS or len(segment) > _MASTHEAD_SEGMENT_MAX_CHARS:
            return False
        first = next((c for c in segment if c.isalpha()), "")
        if not first or first.islower() or segment[-1] in _SENTENCE_END + "?" or any(c in _QUOTES for c in segment):
            return False
    if strong:
        return True
    capitalised = all(not word[0].isalpha() or word[0].isupper() for words in segments for word in words)
    if not capitalised:
        return False
    return len(segments) >= 3 or any(_key(" ".join(words)) in _section_names() for words in segments)


@cache
def _section_names() -> frozenset[str]:
    return frozenset(w for lang in LANGUAGES.values() for w in lang.section_names)


def _article(lines: list[_Line], find_title: bool) -> tuple[str | None, str | None, list[Entry]]:
    """Title, subtitle and untimed entries of a document without stamps."""
    headed = _head_above_byline(lines) if find_title else None
    if headed is not None:
        return headed[0], headed[1], _paragraph_entries(headed[2])
    title = None
    body = lines = _skip_labels(lines)
    subtitle = None
    if find_title and len(lines) >= 2 and lines[0].role in ("text", "heading") and _title_like(lines[0].text):
        title, body = lines[0].text, lines[1:]
        # a title-like line right under the title is its standfirst, not a subheading
        if len(body) >= 2 and body[0].role == "text" and _title_like(body[0].text, max_chars=320, max_words=45):
            subtitle, body = body[0].text, body[1:]
    return title, subtitle, _paragraph_entries(body)


def _paragraph_entries(lines: list[_Line]) -> list[Entry]:
    """Untimed entries, one per paragraph; a subheading becomes the headline of the paragraph below."""
    entries: list[Entry] = []
    pending: str | None = None
    for i, line in enumerate(lines):
        if line.role not in ("text", "heading"):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        has_paragraph_below = nxt is not None and nxt.role in ("text",) and not _title_like(nxt.text)
        if (line.role == "heading" or _title_like(line.text)) and has_paragraph_below:
            if pending:
                entries.append(Entry(text=pending))
            pending = line.text
            continue
        entries.append(Entry(text=line.text, headline=pending))
        pending = None
    if pending:
        entries.append(Entry(text=pending))
    return entries


def _title_like(text: str, *, max_chars: int = _TITLE_MAX_CHARS, max_words: int = _TITLE_MAX_WORDS) -> bool:
    """A short line that does not end like a sentence: a title, subtitle or headline."""
    if not text or len(text) > max_chars:
        return False
    words = text.split()
    if len(words) > max_words:
        return False
    end = text.rstrip().rstrip(_CLOSERS).rstrip()
    if not end or end[-1] in _SENTENCE_END:
        return False
    label, colon, _ = text.partition(":")
    if colon and label.strip().casefold() in _transcript_labels():
        return False  # "Q: Will the levee hold?" is a line of an interview, not a title
    if end[-1] == "?" and len(words) > 15:
        return False
    first = next((c for c in text if c.isalpha()), "")
    return bool(first) and not first.islower()


def _key(text: str) -> str:
    """A line as a lookup key: lower case, no surrounding punctuation, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.strip(" \t:.-–—|•*#>»«").split())


def _opening_key(text: str) -> str:
    """A line as a lookup key for the openings of chrome lines, a short label's bar or dash written as the
    tables' colon ("READ MORE | What the strike means" -> "read more: what the strike means")."""
    key = _key(text)
    label = _LABEL_SEPARATOR.match(key)
    return f"{label.group(1)}:{key[label.end() - 1 :]}" if label else key


# A short label before a bar or dash: "read more | …", "les også – …".
_LABEL_SEPARATOR = re.compile(r"([^\W\d][\w ]{0,24}?) ?[|–—] ")


# --- dates ------------------------------------------------------------------


def _start_date(updated: str, entries: list[Entry], as_of: str | None) -> str:
    """The day a live blog started, from the day it was last updated ("Stand: 15.01.2025, 00:30 Uhr").

    The reference date of a live blog is the day of its oldest entry; a page
    that only says when it was updated dates its newest one.
    """
    day = PartialDate.from_iso(updated).full()
    times = [entry.time for entry in entries if entry.time and not entry.timestamp]
    if day is None or not times:
        return updated
    return oldest_day(times, day, as_of).isoformat()


@cache
def _update_labels() -> frozenset[str]:
    return frozenset(word for lang in LANGUAGES.values() for word in lang.clock.update_labels)


def _markup_date(entries: list[Entry]) -> str | None:
    """The day of the oldest markup timestamp, for structured readers."""
    days = sorted(entry.timestamp[:10] for entry in entries if entry.timestamp and len(entry.timestamp) >= 10)
    return days[0] if days else None


__all__ = ["segment"]
