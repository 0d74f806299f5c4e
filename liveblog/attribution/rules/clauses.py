"""What direct quotes and reported speech share about a cue's clause.

Where the clause of a cue begins (``_clause_start``), whether its subject announces its own
words or an outlet reports them (``_announces``, ``_posts_on``, ``_in_statement``), and
``_emit``, which records the words of a clause as the resolved speaker's indirect statement.
"""

from __future__ import annotations

from liveblog.attribution.cues import Cue, Mention, ends_in_name_phrase
from liveblog.attribution.rules.impersonal import ImpersonalRules
from liveblog.attribution.rules.resolution import SpeakerResolution
from liveblog.attribution.speakers import Resolution, fold, mention_words
from liveblog.attribution.text import Token


class ClauseRules(ImpersonalRules, SpeakerResolution):
    """A cue's clause: where it begins, who announces in it, and recording it."""

    def _in_statement(self, tokens: list[Token], subject: Mention, cue: Cue) -> bool:
        """ "X skriver i en pressemelding at …", "X writes in a statement that …": a body writing
        its own statement, no outlet reporting."""
        noun = self._statement_noun(tokens)
        after = subject.end if subject.start >= cue.end else cue.end
        return noun is not None and after < noun <= after + 3

    def _announces(self, tokens: list[Token], subject: Mention, cue: Cue) -> bool:
        """ "Statens vegvesen melder at …": an authority or company announcing speaks;
        a subject that reads as an outlet ("Avisen", "…posten") only reports."""
        if subject.kind != "name":
            return False
        anaphor = subject.organisation and len(subject.role) == 1 and subject.role[0] in self.lex.organisation_nouns
        if (
            cue.text.lower() not in self.lex.announce_verbs
            and not anaphor
            and not self._body_named(tokens, subject)
            and not self._posts_on(tokens, cue)
            and not self._in_statement(tokens, subject, cue)
        ):
            return False  # "Direktoratet skriver …": a body named before writes; "Avisen skriver" reports
        if anaphor and cue.start > 0 and (tokens[cue.start - 1].text == "," or tokens[cue.start - 1].kind == "quote"):
            return True  # "Faren er «betydelig», skriver direktoratet i en oppdatering."
        words = [fold(t.text) for t in mention_words(tokens, subject)]
        if (
            subject.start == cue.end
            and cue.start > 0
            and (tokens[cue.start - 1].text == "," or tokens[cue.start - 1].kind == "quote")
            and self._in_statement(tokens, subject, cue)
            and not any(w in self.lex.source_words or w.endswith(self.lex.outlet_endings) for w in words)
        ):
            return True  # "«…», skriver Vegvesenet i en pressemelding.": its own statement, no report
        if (
            len(words) > 1
            and subject.start == cue.end
            and cue.start > 0
            and tokens[cue.start - 1].text == ","
            and not any(w in self.lex.source_words or w.endswith(self.lex.outlet_endings) for w in words)
        ):
            return True  # "Tog er innstilt, melder Bane NOR.": a body of several words announcing
        position = subject.end if subject.start >= cue.end else cue.end  # "Der skriver forbundet at …"
        if position < len(tokens) and tokens[position].lower in self.lex.prepositions:
            # "skriver i sitt varsel at …": a short phrase may come before the clause
            position = next(
                (
                    i
                    for i in range(position, min(position + 5, len(tokens)))
                    if not tokens[i].is_word or (tokens[i].lower in self.lex.complementizers)
                ),
                position,
            )
        if position + 1 < len(tokens) and tokens[position].text == ",":
            position += 1  # "Die Stadtwerke melden, dass …": German sets a comma before the clause
        if position >= len(tokens) or tokens[position].lower not in self.lex.complementizers:
            return False
        words = [fold(t.text) for t in mention_words(tokens, subject)]
        return not any(w in self.lex.source_words or w.endswith(self.lex.outlet_endings) for w in words)

    def _body_named(self, tokens: list[Token], subject: Mention) -> bool:
        """ "Tromvik kommune skriver at …", "Vestby brann og redning skriver at …": a name that its
        lower-case noun closes as a body's (never an outlet's) writes its own words."""
        words = mention_words(tokens, subject)
        if len(words) < 2 or words[-1].capitalised:
            return False
        last = fold(words[-1].text)
        return last.endswith(tuple(self.lex.name_nouns)) or ends_in_name_phrase(words, self.lex)

    def _posts_on(self, tokens: list[Token], cue: Cue) -> bool:
        """ "skriver på Facebook at …", "writes on X that …": a post on a named channel is the
        writer's own announcement, not a report (an outlet is still caught by its name)."""
        at = cue.end
        return (
            at + 2 < len(tokens)
            and tokens[at].lower in self.lex.prepositions
            and tokens[at + 1].capitalised
            and tokens[at + 2].lower in self.lex.complementizers
        )

    def _clause_start(self, tokens: list[Token], index: int, cue: Cue | None = None) -> int:
        recipient = cue is not None and cue.text.lower() in self.lex.recipient_verbs
        for position in range(index, min(index + 7, len(tokens))):
            token = tokens[position]
            if token.kind == "quote":
                break
            if (
                position > index + 2
                and token.lower in self.lex.complementizers
                and not recipient
                and not self.lex.verb_second
                and tokens[index].lower in self.lex.determiners
                and all(t.is_word and not t.capitalised for t in tokens[index:position])
            ):
                # "said the case showed that …": a noun and a verb of what was said stand before
                # the complementizer, which opens a clause inside it.
                return index
            if (
                position > index + 1
                and token.lower in self.lex.complementizers
                and not recipient
                and all(t.is_word for t in tokens[index:position])
                and any(t.lower in self.lex.auxiliaries for t in tokens[index + 1 : position])
            ):
                # "said both sides had agreed that …", "said on Monday it was clear that …": a
                # clause with its own verb stands before the complementizer, which opens a
                # clause inside what was said
                return self._when_said(tokens, index)
            if token.text in (",", ":") and position > index and not self._adverbial(tokens[index:position]):
                break  # "said 14 people were ill, including two …": the comma is inside what was said
            if (
                token.lower in self.lex.complementizers
                and position > index + 1
                and tokens[position - 1].lower in self.lex.conjunctions
            ):
                return index  # "said no-one was hurt and that two were treated": both clauses were said
            if token.lower in self.lex.complementizers or token.text in (",", ":"):
                following = tokens[position + 1] if position + 1 < len(tokens) else None
                if following is not None and token.text == "," and following.lower in self.lex.complementizers:
                    return position + 2  # "hofft, dass …"
                return position + 1
        if cue is not None and cue.text.lower() in self.lex.recipient_verbs and index < len(tokens):
            # "told the BBC the exit poll suggested …": the listener is no part of what was said.
            listener = next((m for m in self._mentions_cache if m.start == index), None)
            if listener is not None:
                return self._when_said(tokens, listener.end)
            article = tokens[index].lower in self.lex.determiners or tokens[index].lower in self.lex.indefinites
            return self._when_said(tokens, index + 2 if article else index + 1)
        return self._when_said(tokens, index)

    def _free_relative(self, tokens: list[Token], subject: Mention, cue: Cue) -> bool:
        """Whether the subject before ``cue`` opens a free relative clause ("what she said at the
        dinner", "what Ann Lee told the board"): the words after the cue are then no report."""
        return (
            subject.start > 0
            and subject.end <= cue.start
            and tokens[subject.start - 1].lower in self.lex.free_relatives
        )

    def _when_said(self, tokens: list[Token], index: int) -> int:
        """Where what was said begins after a time adverbial opening at ``index`` ("said on
        Monday prices would rise", "said Monday prices …", "said in a statement on Tuesday prices
        …"): prepositional phrases that end in a time word, or a time word alone. ``index`` when
        none opens there, or when the time is what the clause is about: a verb or an auxiliary
        follows it ("said Monday was the worst day"), or it owns a noun ("said Monday's vote …")."""
        lex = self.lex
        end = index
        position = index
        inside = 0  # words of the current prepositional phrase that are no article or time word
        while position < len(tokens) and position - index < 8:
            token = tokens[position]
            if not token.is_word:
                break
            if token.lower in lex.time_words:
                position += 1
                end, inside = position, 0
            elif token.lower in lex.prepositions:
                position, inside = position + 1, 0
            elif position > index and (token.lower in lex.determiners or token.lower in lex.indefinites):
                position += 1
            elif position > index and tokens[index].lower in lex.prepositions and inside < 2:
                position, inside = position + 1, inside + 1  # "in a statement on Tuesday"
            else:
                break
        if end == index or end >= len(tokens):
            return index
        following = tokens[end]
        if following.capitalised and tokens[index].lower in lex.time_words:
            return index  # "said Sunday Times reporters were wrong": the day opens a name, no time
        opens = following.is_word and not any(
            following.lower in words
            for words in (lex.passives, lex.adverbs, lex.verbs, lex.prepositions, lex.conjunctions, lex.conditionals)
        )
        return end if opens else index

    def _adverbial(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` read as an adverbial: "on Monday", "am Dienstag", "also", or the
        one told in the dative ("dieser Zeitung", "unserer Redaktion")."""
        first = tokens[0]
        function = self.lex.prepositions | self.lex.adverbs | self.lex.listener_articles
        if len(tokens) == 1 and first.lower in self.lex.conjunctions:
            return True  # "betonte aber, …": a conjunction alone before the comma is an adverb there
        return first.is_word and first.lower in function

    def _emit(
        self, tokens: list[Token], start: int, end: int, mention: Mention, cue: Cue
    ) -> tuple[int, int, Resolution, str | None] | None:
        body = [t for t in tokens[start:end] if t.kind != "punct"]
        if len(body) < 2 and not any(t.kind == "quote" for t in body):
            return None
        if len(body) <= 4 and body[0].lower in self.lex.listener_prepositions and all(t.capitalised for t in body[1:]):
            return None  # "Det opplyser Vestby kommune til NTB." opening an entry: whom it was told, nothing said
        resolution = self.resolve(tokens, mention, cue)
        char_start, char_end = tokens[start].start, tokens[end - 1].end
        self._add(resolution, self._written(mention), char_start, char_end, "indirect", cue.text)
        self._push(resolution, mention)
        return char_start, char_end, resolution, self._written(mention)
