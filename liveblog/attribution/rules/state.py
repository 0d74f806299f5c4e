"""The state the rules share while they read one entry, and how a statement is recorded.

:class:`AttributorState` holds the entry, the language's lexicon, the document's entity table
and salience, and the few things remembered from sentence to sentence; every rule mixin
inherits it. ``_add`` records a statement (once per span), ``_wait`` a quote whose speaker a
later sentence names, ``_settle`` gives such quotes their speaker, ``_push`` makes a speaker the
most salient one. ``_finish`` puts an entry's statements in text order.
"""

from __future__ import annotations

from liveblog.attribution.cues import Lexicon, Mention
from liveblog.attribution.quotes import Quote
from liveblog.attribution.rules.predicates import _trim
from liveblog.attribution.speakers import EntityTable, Resolution, Salience, fold
from liveblog.attribution.text import Token
from liveblog.models import Entry, Statement, StatementKind


class AttributorState:
    """An entry being attributed: its text, the document's knowledge and what the rules remembered."""

    def __init__(self, entry: Entry, lex: Lexicon, table: EntityTable, salience: Salience) -> None:
        self.entry = entry
        self.text = entry.text
        self.lex = lex
        self.table = table
        self.salience = salience
        self.known = table.known
        self.statements: list[Statement] = []
        self.headline: list[Statement] = []
        self._mentions_cache: list[Mention] = []
        self._spans: set[tuple[bool, int, int, str]] = set()  # statements made: (headline, start, end, kind)
        self.saw_person = False  # whether the entry has named a known person yet
        self._asking_openers = frozenset(phrase[0] for phrase in lex.asked_by)  # "asked", "auf", "på"
        # The span of the paragraph's last sentence when it made no statement: "Das teilte X
        # mit." right after it says whose words it was.
        self._unsaid: tuple[int, int] | None = None
        self._last_dash: str | None = None  # the speaker of the paragraph's dash line
        self._paragraph_colon: str | None = None  # "X sagte:" at the end of the paragraph
        # A headline "Label: …" whose label the entry's body may name: (label, is a role, rest).
        self._label: tuple[str, bool, list[Token]] | None = None
        self._role_headline: Statement | None = None  # "Engineer: ‘…’", resolved before the body
        self._spokesperson_at = 0  # where the spokesperson mention being resolved starts
        self._named: list[str] = []  # every name this entry gave so far, as written
        # Who said something in this entry in a sentence that names their statement ("X said in a
        # statement that …"): "…, the statement said" later is theirs.
        self._issuer: str | None = None
        self._opened: str | None = None  # the body that opened the sentence just read as its subject
        self._connectors = lex.connectors
        self._quoted: Quote | None = None  # the quote whose cue is being read
        self._held: list[str] = []  # owned roles this entry named ("the mayor's spokesperson was asked")

    def _gender(self, speaker: str) -> str:
        if not speaker:
            return ""
        # "spokeswoman for Corvane": a speaker known only by a role says its gender by its words
        return self.table.gender(speaker) or self.lex.gender_of(tuple(fold(w) for w in speaker.split()))

    def _add(
        self,
        speaker: Resolution,
        mention_text: str | None,
        start: int,
        end: int,
        kind: StatementKind,
        cue: str | None,
        confidence: float | None = None,
        *,
        target: str | None = None,
    ) -> Statement | None:
        source = self.text if target is None else target
        start, end = _trim(source, start, end)
        if kind == "indirect" and end > start and source[end - 1] == "." and source[end - 2 : end] != "..":
            end -= 1  # the sentence's full stop is not part of what was reported
        if end - start < 2:
            return None
        key = (target is not None, start, end, kind)
        if key in self._spans:
            return None  # "responded by claiming that …": two cues, one statement
        self._spans.add(key)
        statement = Statement(
            speaker=speaker.speaker,
            speaker_text=mention_text,
            text=source[start:end],
            kind=kind,
            cue=cue,
            start=start,
            end=end,
            confidence=round(confidence if confidence is not None else speaker.confidence, 2),
        )
        (self.headline if target is not None else self.statements).append(statement)
        return statement

    def _push(self, resolution: Resolution, mention: Mention | None) -> None:
        """A speaker named by a cue is a person unless it reads as an organisation."""
        plain_name = (
            mention is not None
            and mention.kind == "name"
            and not (mention.organisation or mention.acronym or mention.definite)
        )
        self.salience.push(resolution.speaker, resolution.person or plain_name)

    def _written(self, mention: Mention | None) -> str | None:
        return self.text[mention.char_start : mention.char_end] if mention else None

    def _wait(self, start: int, end: int, kind: StatementKind) -> Statement | None:
        """A quote without a speaker yet: the next sentence may name one ("Det sier X")."""
        start, end = _trim(self.text, start, end)
        if end - start < 2:
            return None
        statement = Statement(
            speaker=None,
            speaker_text=None,
            text=self.text[start:end],
            kind=kind,
            start=start,
            end=end,
            confidence=0.0,
        )
        self.salience.pending.append((self.entry, statement))
        return statement

    def _settle(
        self, waiting: list[tuple[Entry, Statement]], resolution: Resolution, written: str | None, cue: str | None
    ) -> None:
        """Give quotes that waited for a speaker the one just found."""
        for entry, statement in waiting:
            statement.speaker = resolution.speaker
            statement.speaker_text = written
            statement.cue = cue
            statement.confidence = round(min(resolution.confidence, 0.85), 2)
            if entry is self.entry:
                if statement not in self.statements:
                    self.statements.append(statement)
            else:
                if statement not in entry.statements:
                    entry.statements.append(statement)
                _finish(entry)


def _finish(entry: Entry) -> None:
    """Statements in text order (headline first) and the speakers they name."""
    headline = [s for s in entry.statements if s.kind == "headline"]
    body = sorted((s for s in entry.statements if s.kind != "headline"), key=lambda s: (s.start, -s.end))
    said = [s for s in body if s.speaker and s.kind in ("direct", "indirect")]
    # "X opplyser at de har bekreftet …": a cue inside X's report whose subject names nobody
    # adds no statement of its own; the words are X's
    body = [
        s
        for s in body
        if s.speaker or s.kind != "indirect" or not any(o.start <= s.start and s.end <= o.end for o in said)
    ]
    entry.statements = headline + body
    speakers: list[str] = []
    for statement in entry.statements:
        if statement.speaker and statement.speaker not in speakers:
            speakers.append(statement.speaker)
    entry.speakers = speakers
