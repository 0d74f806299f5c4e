"""Quotes with a speech cue in their sentence.

"“…,” X said", "„…“, sagte der Minister", "X: „…“ hieß es": ``_direct_cue`` pairs a quote
with the cue next to it and the cue with its subject (:mod:`.subjects`); also unnamed
speakers ("a volunteer said"), a cue's object ("told X") and impersonal origins ("hieß es
aus der Fraktion").
"""

from __future__ import annotations

from liveblog.attribution.cues import Cue, Mention
from liveblog.attribution.rules.clauses import ClauseRules
from liveblog.attribution.rules.predicates import _after_quote_block
from liveblog.attribution.rules.subjects import SubjectRules
from liveblog.attribution.speakers import Resolution, role_words
from liveblog.attribution.text import Token


class CuedQuoteRules(ClauseRules, SubjectRules):
    """Pairs a quote with the cue and the speaker next to it."""

    def _direct_cue(
        self, tokens: list[Token], index: int, mentions: list[Mention], cues: list[Cue], used: set[int]
    ) -> tuple[Resolution, str | None, str | None] | None:
        """The cue and speaker right after or right before a quote."""
        at_start = all(t.kind != "word" for t in tokens[:index]) or (index > 0 and tokens[index - 1].text == ":")
        following = index + 1
        while following < len(tokens) and tokens[following].kind == "punct" and tokens[following].text in ",–—-":
            following += 1
        if (
            following + 1 < len(tokens)
            and tokens[following].lower in self.lex.postposed
            and any(c.start == following + 1 and c.kind == "verb" for c in cues)
        ):
            following += 1  # "„…“ – so schildert X den Morgen": the verb after "so" is the cue
        if at_start or _after_quote_block(tokens, index) or self._after_adverbial(tokens, index):
            found = self._cue_at(tokens, following, mentions, cues, used) or self._unnamed_cue(
                tokens, following, cues, used
            )
            if found is not None:
                return found
        previous = index - 1
        if (previous >= 0 and tokens[previous].text in (":", ",")) or (
            previous >= 0 and tokens[previous].lower in self.lex.complementizers
        ):
            for cue in reversed(cues):
                if cue.end <= previous and previous - cue.end <= 6 and id(cue) not in used and cue.kind == "verb":
                    if any(t.kind == "quote" for t in tokens[cue.end : previous]):
                        break
                    if tokens[previous].text == "," and previous - cue.end > 1:
                        break
                    subject = self._subject(tokens, cue, mentions)
                    if subject is not None:
                        used.add(id(cue))
                        if tokens[previous].text == ":" and not self._free_relative(tokens, subject, cue):
                            # "X sagte, Y brauche Spielpraxis: „…“": the clause before the colon
                            # is reported speech of its own ("what she said, according to …: “…”"
                            # says nothing before the colon).
                            start = self._clause_start(tokens, max(subject.end, cue.end), cue)
                            if (
                                start > max(subject.end, cue.end)
                                and previous - start >= 2
                                and tokens[start].lower not in self.lex.prepositions
                            ):
                                self._emit(tokens, start, previous, subject, cue)
                        return self.resolve(tokens, subject, cue), self._written(subject), cue.text
                    break
            if tokens[previous].text == ":":
                mention = next((m for m in mentions if m.end == previous and m.start == 0), None)
                if mention is not None and mention.kind != "pronoun":
                    return self.resolve(tokens, mention), self._written(mention), ":"
                # The clause opens the sentence, or follows an opening clause and its comma
                # ("Speaking to reporters later, Reed went further: “…”").
                comma = next((i for i in range(previous - 1, 0, -1) if tokens[i].text == ","), -1)
                subject = next((m for m in mentions if m.start == 0 and m.end < previous), None) or next(
                    (m for m in mentions if m.start == comma + 1 and m.end < previous and comma > 0), None
                )
                if subject is not None and subject.kind in ("pronoun", "name") and not cues:
                    # "Er verteidigt den Kurs seines Ministers: „…“": the subject of the clause
                    # that the colon closes says what follows.
                    resolution = self.resolve(tokens, subject)
                    if resolution.speaker and resolution.person:
                        weaker = Resolution(resolution.speaker, min(resolution.confidence, 0.6))
                        return weaker, self._written(subject), ":"
        return self._object_of_cue(tokens, index, mentions, cues, used)

    def _object_of_cue(
        self, tokens: list[Token], index: int, mentions: list[Mention], cues: list[Cue], used: set[int]
    ) -> tuple[Resolution, str | None, str | None] | None:
        """ "… the defendant told police “I did it”": a quote that is the object of a speech
        verb belongs to that verb's subject, even inside someone else's reported speech."""
        for cue in reversed(cues):
            if cue.kind != "verb" or id(cue) in used or cue.end > index:
                continue
            between = tokens[cue.end : index]
            listener = any(m.start == cue.end and m.end == index for m in mentions) or (
                cue.text.lower() in self.lex.recipient_verbs and len(between) <= 2
            )
            if between and not (listener and all(t.is_word for t in between)):
                return None
            quote = tokens[index].quote
            if (
                between
                and not self.lex.verb_second
                and cue.text.lower() not in self.lex.recipient_verbs
                and quote is not None
                and self.text[quote.start : quote.start + 1].islower()
                and not self.text[quote.start : quote.end].rstrip().endswith("?")
            ):
                # "said the governor “has not made up her mind”": the quote goes on the clause the
                # noun opens; only a question ("asked the mayor “why now?”") is put to it. Where the
                # verb comes second, a noun after it is its subject or object ("nannte die Drohung „…“")
                return None
            subject = self._subject(tokens, cue, mentions)
            if subject is None or subject.start >= index:
                return None
            used.add(id(cue))
            return self.resolve(tokens, subject, cue), self._written(subject), cue.text
        return None

    def _cue_at(
        self, tokens: list[Token], index: int, mentions: list[Mention], cues: list[Cue], used: set[int]
    ) -> tuple[Resolution, str | None, str | None] | None:
        for cue in cues:
            if id(cue) in used or cue.kind not in ("verb", "postposed", "source"):
                continue
            subject = None
            if cue.start == index:
                subject = self._mention_after(tokens, cue.end, mentions)
                if subject is None and cue.particle:
                    # "„…“, teilte die Stadt X mit": the speaker inside the verb's frame
                    inside = self._mention_after(tokens, cue.start + 1, mentions)
                    framed = (
                        inside is not None
                        and inside.kind != "pronoun"
                        and (
                            inside.end == cue.particle
                            or (  # "teilte die Stadt X am Abend mit": an adverbial before the particle
                                inside.end < cue.particle <= inside.end + 4
                                and tokens[inside.end].lower in self.lex.prepositions
                                and all(t.is_word for t in tokens[inside.end : cue.particle])
                            )
                        )
                    )
                    subject = inside if framed else None
                subject = subject or self._impersonal_origin(tokens, cue, mentions)
            if subject is None:
                mention = next((m for m in mentions if m.start == index), None)
                if mention is not None and cue.start >= mention.end:
                    # "“…,” Lund and Moe said": the pair, when it stands where one name would
                    last = next((m for m in mentions if m.start > mention.end and m.end <= cue.start), mention)
                    joint = self._joint(tokens, last, mentions) if last is not mention else mention
                    mention = joint if joint.start == mention.start else mention
                if (
                    mention is not None
                    and cue.start >= mention.end
                    and self._adverbs_only(tokens, mention.end, cue.start)
                ):
                    subject = mention
            if subject is None:
                continue
            used.add(id(cue))
            resolution = self.resolve(tokens, subject, cue)
            if cue.kind == "source" and not resolution.person and not self._announces(tokens, subject, cue):
                resolution = Resolution(None, 0.0)  # "…, reports the BBC": a source, not the speaker
            return resolution, self._written(subject), cue.text
        return None

    def _impersonal_origin(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """ "„…“, hieß es aus der X-Fraktion.": the body named after an impersonal cue and a
        preposition of origin, ending the sentence; None for a person ("hieß es von X" is hearsay)."""
        words = cue.text.lower().split()
        if (
            len(words) != 2
            or words[0] not in self.lex.impersonal_verbs
            or words[1] not in self.lex.impersonal_pronouns
            or cue.end >= len(tokens)
            or tokens[cue.end].lower not in self.lex.origin_prepositions
        ):
            return None
        body = next((m for m in mentions if m.start == cue.end + 1 and m.kind == "name"), None)
        if body is None or any(t.is_word for t in tokens[body.end :]):
            return None
        if any(t.is_word and not t.capitalised for t in tokens[body.first : body.end]):
            return None  # "aus dem Umfeld von X": people close to someone, no body speaking
        entity = self.table.lookup(self.text[body.char_start : body.char_end])
        return None if entity is not None and entity.person else body

    def _unnamed_cue(
        self, tokens: list[Token], index: int, cues: list[Cue], used: set[int]
    ) -> tuple[Resolution, str | None, str | None] | None:
        """ "“…,” a volunteer said": the quote has a speaker, just no known one."""
        for cue in cues:
            if id(cue) in used or cue.kind not in ("verb", "source") or not 0 < cue.start - index <= 6:
                continue
            between = tokens[index : cue.start]
            if all(t.is_word for t in between):
                used.add(id(cue))
                if len(between) > 1 and between[0].lower in self.lex.determiners:
                    # "the harbour master said": a title the document taught before a name.
                    matches, _ = self.table.by_role(role_words([t.text for t in between[1:]]))
                    if matches:
                        speaker = self._most_recent([m.canonical for m in matches])
                        return Resolution(speaker, 0.8), " ".join(t.text for t in between), cue.text
                return Resolution(None, 0.0), " ".join(t.text for t in between), cue.text
        return None

    def _after_adverbial(self, tokens: list[Token], index: int) -> bool:
        """Whether only an adverbial opening the sentence stands before the quote at ``index``
        ("After the talks, “we are ready to sign,” said X.", "Later “…,” X said."): the quote is
        then the sentence's clause, direct speech as if it opened the sentence; a subject or a
        verb before it ("He promised “a new bridge,” X said.") makes it a partial quote, unless a
        conjunction makes them a clause of their own ("After he left, “…,” X said.")."""
        stop = index - 1 if index > 0 and tokens[index - 1].text == "," else index
        before = tokens[:stop]
        if not before or not all(t.is_word for t in before):
            return False
        lex = self.lex
        if before[0].lower in lex.clause_conjunctions and stop < index:
            return len(before) <= _MAX_FRONTED_CLAUSE
        if len(before) > 6:
            return False
        if self._adverbs_only(tokens, 0, stop):
            return True
        return before[0].lower in lex.prepositions and not any(
            t.lower in lex.verbs
            or t.lower in lex.passives
            or t.lower in lex.complementizers
            or t.lower in lex.pronouns
            or t.lower in lex.conjunctions
            for t in before[1:]
        )

    def _adverbs_only(self, tokens: list[Token], start: int, end: int) -> bool:
        return end - start <= 3 and all(t.is_word and t.lower in self.lex.adverbs for t in tokens[start:end])


# The most words a clause before a quote may have ("When she was asked about the deal, “…,” X
# said."): longer, and it is less likely a clause of its own than a sentence quoting in passing.
_MAX_FRONTED_CLAUSE = 12
