"""Interview and press-conference transcripts: "Q: …" / "Obi: …" / "A: …" lines.

A transcript is a run of paragraphs that each open with a label and a colon.
A question label ("Q", "Frage", "Spørsmål") gives the line to the interviewer,
an answer label ("A", "Antwort", "Svar") to the interviewee, and a name label
("Obi", "Wennemann") to the person the document's entity table knows by that
name (surname, misspelling). Who asks and who answers is read from the
paragraph that introduces the transcript: a person named there as a reporter
("Ledger reporter Sam Okafor", "Unsere Reporterin X", "Kystpostens X") asks;
the one other person such a paragraph names ("… Dr Oduya-Marsh answered
questions from families") answers. A line whose speaker is not known (a
readers' question, an explainer's unsourced answer) makes no statement, and
no other rule reads it either.

A run counts as a transcript only with a question or answer label in it, or
with two different people's name labels: so "Update:", "Note:", "Les også:",
"Stand:" and clock times never become speakers, and a lone "Lavrov: ‘…’" line
is left to the headline-like colon rule in :mod:`.rules`.

The labels and the words that mark interviewers and interviews are the
language's data (:class:`~liveblog.lang.speech.SpeechWords`). This module
finds the lines; :class:`~.rules.Attributor` makes their statements, so that
no other rule reads a transcript line again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from liveblog.attribution.cues import Lexicon, Mention, dash_split, find_mentions
from liveblog.attribution.layout import Layout, Paragraph
from liveblog.attribution.quotes import find_quotes
from liveblog.attribution.speakers import EntityTable, fold, mention_words, person_name
from liveblog.attribution.text import Token, tokenize
from liveblog.lang.speech import SpeechWords
from liveblog.models import Document

# A label is at most this many words before its colon: "Q", "Dr. Obi", "Kreisbrandmeister Tobias Wennemann".
_LONGEST_LABEL = 4
# Paragraphs without a label between two labelled lines go on with the answer above them
# ("A: … / More text. / Q: …"); a longer gap ends the transcript.
_LONGEST_GAP = 2


@dataclass(frozen=True, slots=True)
class Line:
    """A transcript line's words after its label, and whose they are."""

    start: int  # offsets into the entry text
    end: int
    speaker: str | None  # None: nobody named says it, and the line makes no statement
    written: str | None  # the speaker's mention as written (the label, or the introduction's name)
    cue: str  # the label with its colon: "Q:", "Svar:", ":" for a name
    person: bool
    confidence: float


@dataclass(slots=True)
class _Label:
    kind: str  # "question", "answer" or "name"
    text: str  # as written
    colon: int  # token index of the colon
    speaker: str | None = None  # for a name label: the canonical name
    person: bool = True
    near: bool = False  # the name label is a near spelling, not a name the document wrote


@dataclass(slots=True)
class _Unit:
    """A paragraph (or a question headline) in document order."""

    entry: int
    paragraph: Paragraph | None  # None: the entry's headline
    tokens: list[Token]
    label: _Label | None


@dataclass(frozen=True)
class _Words:
    questions: frozenset[str]
    answers: frozenset[str]
    interviewer: re.Pattern[str]
    interview: re.Pattern[str]


_WORDS: dict[int, _Words] = {}


def _words(speech: SpeechWords) -> _Words:
    key = id(speech)
    if key not in _WORDS:
        _WORDS[key] = _Words(
            frozenset(fold(w) for w in speech.question_labels),
            frozenset(fold(w) for w in speech.answer_labels),
            _stems(speech.interviewer_words),
            _stems(speech.interview_words),
        )
    return _WORDS[key]


def _stems(stems: tuple[str, ...]) -> re.Pattern[str]:
    """A word holding one of ``stems``, in a compound ("NRK-reporter", "Telefoninterview") and
    with a short ending ("Reporterin", "journalisten", "interviewed"), not a longer word
    ("spokesman" is no "spoke")."""
    if not stems:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(sorted((re.escape(fold(s)) for s in stems), key=len, reverse=True))
    return re.compile(rf"[\w-]*?(?:{alternatives})\w{{0,3}}")


def transcript_lines(
    document: Document, layouts: Sequence[Layout], lex: Lexicon, table: EntityTable, speech: SpeechWords
) -> list[dict[int, Line]]:
    """Each entry's transcript lines, keyed by the start of their paragraph in the entry text.

    ``layouts`` are the entries' laid-out texts, ``table`` the document's entity table
    (built first: a name label resolves like any mention).
    """
    words = _words(speech)
    found: list[dict[int, Line]] = [{} for _ in document.entries]
    if not (words.questions or words.answers):
        return found
    for block in _blocks(document, layouts, lex, table, words):
        for run, introduction in _runs(block):
            _attribute_run(run, introduction, document, lex, table, words, found)
    return found


def _blocks(
    document: Document, layouts: Sequence[Layout], lex: Lexicon, table: EntityTable, words: _Words
) -> list[list[_Unit]]:
    """The document's paragraphs cut where a transcript cannot go on: at every timed entry
    (a live blog's posts are separate), but not between an article's untimed paragraphs,
    which the segmenter makes entries of their own."""
    blocks: list[list[_Unit]] = []
    previous_timed = True
    for index, (entry, layout) in enumerate(zip(document.entries, layouts, strict=True)):
        timed = entry.time is not None
        if timed or previous_timed or not blocks:
            blocks.append([])
        previous_timed = timed
        if entry.headline:
            # An untimed "Q: …" line above an answer is read as a headline by the segmenter;
            # it still belongs to the transcript (as a question, never as a name line).
            tokens = tokenize(entry.headline, 0, len(entry.headline), find_quotes(entry.headline))
            label = _label(tokens, entry.headline, lex, table, words)
            if label is None and entry.headline.rstrip().endswith("?"):
                # an interview's question set as a headline without a label ("Frau X, wie viele …?"
                # over "X: Zwischen zwanzig und dreißig."): the interviewer's, so the name lines
                # under such questions are answers even when only one person answers
                label = _Label("question", "", 0)
            if label is not None and label.kind != "name":
                blocks[-1].append(_Unit(index, None, tokens, label))
        for paragraph in layout:
            if paragraph.tokens:
                label = _label(paragraph.tokens, entry.text, lex, table, words)
                if label is None and _dash_answer(paragraph.tokens, blocks[-1]):
                    label = _Label("answer", "", -1)
                blocks[-1].append(_Unit(index, paragraph, paragraph.tokens, label))
    return blocks


def _dash_answer(tokens: list[Token], block: list[_Unit]) -> bool:
    """ "– Ja, hvis flertallet vil." right under a question set as a headline ("Kan Stortinget
    stanse dette?"): an interview's answer in a dash line, with no label."""
    first = tokens[0]
    asked = bool(block) and block[-1].paragraph is None and block[-1].label is not None
    return asked and first.kind == "quote" and first.quote is not None and first.quote.dash


def _label(tokens: list[Token], text: str, lex: Lexicon, table: EntityTable, words: _Words) -> _Label | None:
    """The label a paragraph opens with ("Q:", "Dr. Obi:"), when it has words after it."""
    colon = next((i for i, t in enumerate(tokens[: _LONGEST_LABEL * 2 + 1]) if t.text == ":"), None)
    if not colon or colon + 1 >= len(tokens) or not tokens[0].capitalised:
        return None
    head = tokens[:colon]
    if any(t.kind == "quote" or (t.kind == "punct" and t.text != ".") for t in head):
        return None
    names = [t for t in head if t.is_word]
    if len(names) > _LONGEST_LABEL or any(any(c.isdigit() for c in t.text) for t in names):
        return None  # "Updated 4:14 p.m.:", "kl. 14:24"
    written = text[head[0].start : head[-1].end]
    key = fold(written)
    if key in words.questions:
        return _Label("question", written, colon)
    if key in words.answers:
        return _Label("answer", written, colon)
    last = names[-1]
    folded = fold(last.text)
    if (
        not last.capitalised
        or folded in table.lowercase  # "Note:", "Update:" are words the text also writes in lower case
        or folded in lex.common
        or folded in lex.not_speakers
        or key in table.outlets
        or folded.endswith(lex.outlet_endings)
    ):
        return None
    entity = table.lookup(written)
    if entity is None:
        return None
    near = folded != entity.surname and key not in table.by_form
    return _Label("name", written, colon, entity.canonical, entity.person, near)


def _runs(block: list[_Unit]) -> list[tuple[list[_Unit], _Unit | None]]:
    """The transcripts of a block, each with the paragraph that introduces it (if any)."""
    runs: list[tuple[list[_Unit], _Unit | None]] = []
    run: list[_Unit] = []
    gap: list[_Unit] = []
    introduction: _Unit | None = None
    for unit in [*block, None]:
        if unit is not None and unit.label is not None:
            if run and len(gap) <= _LONGEST_GAP:
                run.extend(gap)
            elif run:
                runs.append((run, introduction))
                run = []
            if not run:
                introduction = gap[-1] if gap and gap[-1].paragraph is not None else None
            gap = []
            run.append(unit)
            continue
        if unit is None:
            if run:
                runs.append((run, introduction))
            break
        gap.append(unit)
    return [(run, intro) for run, intro in runs if _is_transcript(run)]


def _is_transcript(run: list[_Unit]) -> bool:
    labels = [u.label for u in run if u.label is not None]
    if any(label.kind != "name" for label in labels):
        return True
    return len({label.speaker for label in labels if not label.near}) >= 2


def _attribute_run(
    run: list[_Unit],
    introduction: _Unit | None,
    document: Document,
    lex: Lexicon,
    table: EntityTable,
    words: _Words,
    found: list[dict[int, Line]],
) -> None:
    named = {u.label.speaker for u in run if u.label is not None and u.label.kind == "name"}
    interviewer, interviewee = _roles(introduction, document, lex, table, words, named)
    previous: Line | None = None
    for unit in run:
        entry_text = document.entries[unit.entry].text
        label = unit.label
        if label is None:
            # a paragraph inside the transcript without a label goes on with the answer above
            if previous is not None and unit.paragraph is not None and not _opens_with_label(unit.tokens):
                start, end = unit.tokens[0].start, unit.tokens[-1].end
                found[unit.entry][unit.paragraph.start] = Line(
                    start, end, previous.speaker, None, previous.cue, previous.person, previous.confidence * 0.8
                )
            continue
        if unit.paragraph is None:
            previous = None  # a question headline: no statement of the body's, but the answer is over
            continue
        rest = unit.tokens[label.colon + 1 :]
        start, end = _words_span(rest)
        if label.kind == "name":
            line = Line(start, end, label.speaker, label.text, ":", label.person, 0.6 if label.near else 0.9)
        else:
            who = interviewer if label.kind == "question" else interviewee
            speaker, written, person = who if who is not None else (None, None, True)
            cue = label.text + ":" if label.text else "–"  # a dash answer has no label
            line = Line(start, end, speaker, written, cue, person, 0.75 if speaker else 0.3)
            own = _own_speaker(rest, entry_text, lex, table)
            if own is not None:
                # "Svar: Ja, …, opplyser Havtilsynet.": the line names its speaker itself
                line = Line(start, own[0], own[1], own[2], cue, own[3], 0.85)
            elif speaker is None and label.colon < 0:
                previous = None
                continue  # a dash line nobody is known to answer with is left to the dash-line rules
        found[unit.entry][unit.paragraph.start] = line
        previous = line if label.kind != "question" else None


def _opens_with_label(tokens: list[Token]) -> bool:
    """ "Note: …", "Editor's note: …": a line under a label that is no speaker's goes on with nobody."""
    colon = next((i for i, t in enumerate(tokens[: _LONGEST_LABEL * 2 + 1]) if t.text == ":"), None)
    return bool(colon) and all(t.kind != "quote" for t in tokens[: colon or 0])


def _words_span(tokens: list[Token]) -> tuple[int, int]:
    """The words after a label; a line that is one quotation is its quoted words."""
    meaningful = [t for t in tokens if not (t.kind == "punct" and t.text in ".,;")]
    if len(meaningful) == 1 and meaningful[0].kind == "quote" and meaningful[0].quote is not None:
        quote = meaningful[0].quote
        return quote.start, quote.end
    return tokens[0].start, tokens[-1].end


def _own_speaker(tokens: list[Token], text: str, lex: Lexicon, table: EntityTable) -> tuple[int, str, str, bool] | None:
    """ "Ja, det er fritt fram …, opplyser Havtilsynet.": an answer that ends in its own
    attribution clause with a name is that name's (end of the words, speaker, as written, person)."""
    split = dash_split(tokens, lex)
    if split is None:
        return None
    comma, clause = split
    mentions = find_mentions(clause, lex, table.lowercase, table.known)
    if not mentions or mentions[0].kind == "pronoun":
        return None  # "…, sier hun": the interviewee's own words, labelled as such
    mention = mentions[0]
    written = text[mention.char_start : mention.char_end]
    if mention.kind == "role":
        # "…, the health officer said": the one person the document gave that role, if any
        holders = table.by_role(mention.role)[0] if mention.role else []
        if len(holders) != 1:
            return None
        return tokens[comma].start, holders[0].canonical, written, True
    if fold(written) in table.outlets or any(
        fold(t.text).endswith(lex.outlet_endings) for t in mention_words(clause, mention)
    ):
        return None
    plain = not (mention.organisation or mention.acronym or mention.definite)
    # "sagte Polizeisprecher Jan Ulm": the person's name without the title before it
    name = person_name(mention_words(clause, mention), lex, table.lowercase, table.known)[1] if plain else []
    named = " ".join(name) if len(name) >= 2 else written
    entity = table.lookup(named)
    if entity is not None:
        return tokens[comma].start, entity.canonical, written, entity.person
    return tokens[comma].start, named, written, plain and len(name) >= 2


def _roles(
    introduction: _Unit | None,
    document: Document,
    lex: Lexicon,
    table: EntityTable,
    words: _Words,
    named: set[str | None],
) -> tuple[tuple[str, str, bool] | None, tuple[str, str, bool] | None]:
    """Who asks and who answers, from the paragraph before the transcript: (canonical name,
    as written, person) of each, or None."""
    named_people = {n for n in named if n}
    answerer: tuple[str, str, bool] | None = None
    if len(named_people) == 1:
        only = next(iter(named_people))
        answerer = (only, only, True)
    if introduction is None or introduction.paragraph is None:
        return None, answerer
    text = document.entries[introduction.entry].text
    askers: list[tuple[str, str, bool]] = []
    others: list[tuple[str, str, bool]] = []
    for sentence in introduction.paragraph.sentences:
        for mention in sentence.mentions:
            person = _person(sentence.tokens, mention, text, lex, table)
            if person is None:
                continue
            canonical, written, marks = person
            surname = fold(canonical).split()[-1]
            if any(surname == fold(n).split()[-1] for n in named_people):
                continue  # the one answering under a name label
            if _marks_interviewer(marks, table, lex, words):
                askers.append((canonical, written, True))
            else:
                others.append((canonical, written, True))
    asker = askers[0] if len({a[0] for a in askers}) == 1 else None
    tokens = introduction.paragraph.tokens
    author = document.entries[introduction.entry].author or ""
    bylined = len(author.split()) >= 2 and author.istitle()
    if bylined and not askers and any(t.is_word and words.interviewer.fullmatch(fold(t.text)) for t in tokens):
        asker = (author, author, True)  # "Our reporter reached Dr. Obi": the post's byline names the reporter
    if answerer is None:
        interview = tokens[-1].text == ":" or any(t.is_word and words.interview.fullmatch(fold(t.text)) for t in tokens)
        distinct = {fold(o[0]).split()[-1] for o in others}
        if interview and len(distinct) == 1:
            answerer = others[0]
    return asker, answerer


def _person(
    tokens: list[Token], mention: Mention, text: str, lex: Lexicon, table: EntityTable
) -> tuple[str, str, list[str]] | None:
    """A person an introduction names: canonical name, as written, and the words around the
    name that may say what they do (the title before it, the roles the document taught)."""
    if mention.kind != "name" or mention.organisation or mention.acronym:
        return None
    words = mention_words(tokens, mention)
    if not words:
        return None
    prefix, name = person_name(words, lex, table.lowercase, table.known)
    written = " ".join(name) if name else text[mention.char_start : mention.char_end]
    if fold(written) in table.outlets or any(fold(w).endswith(lex.outlet_endings) for w in name):
        return None
    entity = table.lookup(written)
    if entity is None or not entity.person:
        return None
    marks = list(prefix)
    if mention.start > 0 and tokens[mention.start - 1].is_word:
        marks.append(tokens[mention.start - 1].text)
    marks.extend(word for role in entity.roles for word in role)
    return entity.canonical, written, marks


def _marks_interviewer(marks: list[str], table: EntityTable, lex: Lexicon, words: _Words) -> bool:
    """ "reporter", "Reporterin", or an outlet's genitive ("Kystpostens", "the Ledger's")."""
    for word in marks:
        folded = fold(word)
        if words.interviewer.fullmatch(folded):
            return True
        stem = folded[:-2] if folded.endswith("'s") else folded[:-1] if folded.endswith(("s", "'")) else ""
        if stem and (stem in table.outlets or stem.endswith(lex.outlet_endings)):
            return True
    return False
