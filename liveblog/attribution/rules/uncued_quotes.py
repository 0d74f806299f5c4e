"""Quotes without a cue in their sentence.

A quote alone in its sentence waits for a speaker (``_unattributed_quote``) that the next
sentence may name ("Det sier X": ``_points_back``, ``_settle``); dash lines ("– …, sa X")
and a colon after a speaker at the end of a paragraph ("X said:") give the quotes that
follow them their speaker (``_dash_line``, ``_colon_speaker``).
"""

from __future__ import annotations

from liveblog.attribution.cues import Cue, Mention, dash_split, find_cues, find_mentions
from liveblog.attribution.quotes import Quote
from liveblog.attribution.rules.predicates import _has_terminal, _is_quoted_name, _stands_alone
from liveblog.attribution.rules.questions import QuestionRules
from liveblog.attribution.rules.subjects import SubjectRules
from liveblog.attribution.speakers import Resolution
from liveblog.attribution.text import Token, tokenize
from liveblog.models import Entry, Statement

_TERMINAL = (".", "!", "?", "…", ":")
_DASHES = ("–", "—")


class UncuedQuoteRules(QuestionRules, SubjectRules):
    """Quotes whose speaker is named elsewhere: before, after, or by a dash or a colon."""

    def _dash_line(self, quote: Quote, end: int, last_dash: str | None, colon_speaker: str | None) -> str | None:
        """ "– …, sa X." — the quote runs to the last comma before a clause with a cue."""
        tokens = tokenize(self.text, quote.start, end, [])
        waiting, self.salience.pending = self.salience.pending, []
        split = dash_split(tokens, self.lex)
        if split is not None and all(c.kind == "according" for c in find_cues(split[1], self.lex)):
            # "– …, sier hun, ifølge NTB.": the agency vouches for the clause before it
            earlier = dash_split(tokens[: split[0]], self.lex)
            split = (earlier[0], tokens[earlier[0] + 1 :]) if earlier is not None else split
        if split is not None:
            comma, clause = split
            mentions = find_mentions(clause, self.lex, self.table.lowercase, self.known)
            cues = find_cues(clause, self.lex)
            mention = self._speaker_mention(clause, mentions, cues)
            verb = next((c for c in cues if c.kind in ("verb", "according", "postposed")), None)
            resolution = self.resolve(clause, mention, verb) if mention else Resolution(None, 0.0)
            cue = verb.text if verb is not None else None
            # "…, sa X" ends the quote before the comma; "…? spurte X" after the question mark
            close = tokens[comma].start if tokens[comma].text == "," else tokens[comma].end
            statement = self._add(resolution, self._written(mention), quote.start, close, "direct", cue)
            if statement is not None:
                self._remember_question(statement)
            # The same entry, or the paragraph before in an article (its paragraphs are untimed
            # entries of their own): "– A. ¶ – B, sa X." is one quote over two paragraphs.
            # A question before an answer ("– Når? ¶ – Om to uker, svarte X.") is not X's.
            answer = cue is not None and cue.lower() in self.lex.answer_verbs
            own = [
                (entry, said)
                for entry, said in waiting
                if (entry is self.entry or (entry.time is None and self.entry.time is None))
                and not (answer and said.text.rstrip().endswith("?"))
            ]
            if own and resolution.speaker and statement is not None and not statement.text.rstrip().endswith("?"):
                # "– A. ¶ – B, sier X.": a dash quote over two paragraphs, its cue in the last
                self._settle(own, resolution, self._written(mention), cue)
            self._push(resolution, mention)
            return resolution.speaker
        if self.text[quote.start : end].rstrip()[-1:] not in _TERMINAL:
            return None  # a subheading in dash style ("– En krise i krisen")
        speaker = colon_speaker or last_dash
        if speaker:
            self._add(Resolution(speaker, 0.6), None, quote.start, end, "direct", None)
        else:
            self._wait(quote.start, end, "direct")
        return speaker

    def _dash_lines(self, quote: Quote, end: int, last_dash: str | None, colon_speaker: str | None) -> str | None:
        """ "– A, sier X. – B.": a dash that opens a sentence inside a dash line opens a dash line of
        its own, read as the next paragraph's would be (B goes on with X; "– A. – B, sier X." gives A
        to X as the cue's quote over two lines does). The last line's speaker is returned."""
        tokens = tokenize(self.text, quote.start, end, [])
        starts = [
            i
            for i in range(1, len(tokens) - 1)
            if tokens[i].text in _DASHES and tokens[i - 1].text in _TERMINAL[:-1] and tokens[i + 1].is_word
        ]
        if not starts:
            return self._dash_line(quote, end, last_dash, colon_speaker)
        pieces = [(quote.start, tokens[starts[0] - 1].end, quote.opened_at)]
        for number, at in enumerate(starts):
            stop = tokens[starts[number + 1] - 1].end if number + 1 < len(starts) else end
            pieces.append((tokens[at + 1].start, stop, tokens[at].start))
        speaker = last_dash
        for number, (start, stop, opened) in enumerate(pieces):
            line = Quote(start, stop, quote.mark, dash=True, opened_at=opened)
            speaker = self._dash_line(line, stop, speaker, colon_speaker if number == 0 else None)
        return speaker

    def _dash_sentence(self, tokens: list[Token], last: bool) -> bool:
        """ "Uavgjort ved pause. – Vi må …, sa X til NRK på vei inn.": a dash quote that opens a
        sentence inside a paragraph is a dash line, when a clause with a cue closes it."""
        if len(tokens) < 3 or tokens[0].text not in _DASHES or not tokens[1].is_word:
            return False
        end = tokens[-1].end
        if dash_split(tokenize(self.text, tokens[1].start, end, []), self.lex) is None:
            return False
        quote = Quote(tokens[1].start, end, tokens[0].text, dash=True, opened_at=tokens[0].start)
        speaker = self._dash_line(quote, end, None, None)
        if last:  # "– A, sa X. ¶ – B.": the next dash line goes on with X
            self._last_dash = self.salience.dash_speaker = speaker
        return True

    def _speaker_mention(self, clause: list[Token], mentions: list[Mention], cues: list[Cue]) -> Mention | None:
        """The speaker in an attribution clause; a news agency after "ifølge" is a source."""
        sources = set()
        for cue in cues:
            if cue.kind == "according":
                following = next((m for m in mentions if cue.end in (m.start, m.first)), None)
                if following is not None and len(mentions) > 1:
                    sources.add(following.start)
        for mention in mentions:
            if mention.start in sources:
                continue
            if mention.kind == "name" and mention.acronym and len(mentions) > 1:
                continue
            return self._staff_member(clause, mention, mentions)
        return None

    def _body_name_quoted(self, tokens: list[Token], index: int, mentions: list[Mention]) -> bool:
        """Whether the quote at ``index`` names the body a role right before it belongs to ("die
        Sprecherin der Initiative „Rettet das Bad“", "the chair of the campaign ‘Save Our Pool’"):
        a few words opening with a capital, no sentence of their own."""
        quote = tokens[index].quote
        role = next((m for m in mentions if m.end == index and m.kind == "role"), None)
        if quote is None or role is None:
            return False
        if not any(t.lower in self.lex.role_connectors for t in tokens[role.start : role.end]):
            return False
        words = self.text[quote.start : quote.end].split()
        return 0 < len(words) <= 4 and words[0][:1].isupper() and not _has_terminal(self.text, quote)

    def _unattributed_quote(
        self,
        tokens: list[Token],
        index: int,
        mentions: list[Mention],
        spans: list[tuple[int, int, Resolution, str | None]],
        attributed: dict[int, tuple[Resolution, str | None, str | None]],
    ) -> None:
        quote = tokens[index].quote
        assert quote is not None
        holding = [span for span in spans if span[0] <= quote.start and quote.end <= span[1]]
        if holding:
            # The innermost report owns the words: "X said Y had told a friend he would “…”" is Y's.
            _, _, resolution, written = min(holding, key=lambda span: span[1] - span[0])
            self._add(resolution, written, quote.start, quote.end, "partial", None, resolution.confidence - 0.05)
            return
        alone = _stands_alone(tokens, index)
        if alone and quote.end - quote.start < 40 and not _has_terminal(self.text, quote) and len(tokens) <= 2:
            return  # a quoted subheading ("“Good Actor”")
        previous = tokens[index - 1].lower if index > 0 else ""
        titled = previous in self.lex.determiners or previous in self.lex.prepositions or self._named_by(tokens, index)
        if _is_quoted_name(self.text, quote, titled):
            return  # „Bild“-Zeitung, “The Times”: a title, not words said
        if self._body_name_quoted(tokens, index, mentions):
            return  # "Die Sprecherin der Initiative „Rettet das Bad“, X, …": the body's name
        if (
            index >= 3
            and tokens[index - 1].text == ":"
            and tokens[index - 2].lower in self.lex.verbs
            and tokens[index - 3].lower in self.lex.passives
        ):
            return  # "Voters were asked: “…?”": said to the subject, by nobody the text names
        if attributed:
            resolution = next(iter(attributed.values()))[0]
            self._add(
                resolution,
                None,
                quote.start,
                quote.end,
                "direct" if alone else "partial",
                None,
                resolution.confidence - 0.1,
            )
            return
        if not alone and mentions:
            first = mentions[0]
            # "The chair gave Lee ten minutes, in which he called it “…”", "When she left, he called
            # it “…”": a pronoun opening a clause after a comma is the one the quote's clause is about
            first = next(
                (m for m in reversed(mentions) if first.end <= m.start < index and self._opens_clause(tokens, m)),
                first,
            )
            if first.start < index and (first.kind == "pronoun" or first.kind == "role" or first.start == 0):
                resolution = self.resolve(tokens, first)
                if resolution.speaker and resolution.person:
                    self._add(
                        resolution,
                        self._written(first),
                        quote.start,
                        quote.end,
                        "partial",
                        None,
                        resolution.confidence - 0.1,
                    )
                    return
        if alone and self._impersonal_after(tokens, index):
            # "„…“, hieß es in einer Mitteilung des Verbunds", "«…», het det i en pressemelding":
            # a statement's words, never the person quoted before; the statement's rule names
            # whose (or leaves them nobody's)
            self._add(Resolution(None, 0.0), None, quote.start, quote.end, "direct", None)
            return
        others = [m for m in mentions if m.kind == "name" and not m.possessor and m.start < index]
        found = self.salience.last_person(self._spokespeople())
        if (
            found is None
            or (not found[1] and (self.saw_person or others))  # the entry above, but this one names people
            or (
                others
                and self.resolve(tokens, others[0]).speaker not in (found[0], None)
                and self.resolve(tokens, others[0]).person
            )
        ):
            if alone:
                waiting = self._wait(quote.start, quote.end, "direct")
                if waiting is not None and not quote.closed:
                    self.salience.running.append((self.entry, waiting))
            return
        if self._addressed(quote) == found[0]:
            return  # "“Did you read it, Mr Penrose?”": asked of Penrose, so not his words
        confidence = 0.55 if found[1] else 0.45
        statement = self._add(
            Resolution(found[0], confidence), None, quote.start, quote.end, "direct" if alone else "partial", None
        )
        if statement is not None and alone:
            self.salience.pending.append((self.entry, statement))
            if not quote.closed:
                self.salience.running.append((self.entry, statement))

    def _named_by(self, tokens: list[Token], index: int) -> bool:
        """Whether a common noun stands right before the quote at ``index``, which then names the
        thing ("fiskebåten «Havbris»", "the trawler “Sea Breeze”", "uværet «Gyda»"): a word that is
        no verb, pronoun or function word, after an article or with a definite ending. Not where
        every noun is capitalised (there a capitalised word quoted after a noun may be what was said)."""
        lex = self.lex
        if lex.capitalised_nouns or index == 0:
            return False
        noun = tokens[index - 1]
        word = noun.lower
        if not noun.is_word or (noun.capitalised and index > 1):
            return False  # "sa Hansen «…»": a name before the quote
        words = (lex.pronouns, lex.object_pronouns, lex.prepositions, lex.conjunctions, lex.complementizers)
        if word in lex.verbs or any(word in w for w in words) or word in lex.adverbs | lex.relatives | lex.as_words:
            return False
        before = tokens[index - 2].lower if index >= 2 else ""
        return before in lex.determiners or (lex.definite_suffix and word.endswith(lex.inflections))

    def _opens_clause(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether a pronoun is the subject of a clause of its own after a comma: after a relative
        word or a conjunction (", in which he", ", and she"), or right after the comma that closes a
        clause the sentence opens with ("When she left, he …"); never inside a clause a
        complementizer opens ("put it to X that he had “…”" reports the subject's words)."""
        if mention.kind != "pronoun" or mention.start < 2:
            return False
        lex = self.lex
        before = tokens[: mention.start]
        if not any(t.text == "," for t in before) or any(t.lower in lex.complementizers for t in before):
            return False
        previous = before[-1]
        joins = lex.relatives | lex.clause_conjunctions | lex.conjunctions | lex.as_words
        return previous.lower in joins or (previous.text == "," and tokens[0].lower in lex.clause_conjunctions)

    def _impersonal_after(self, tokens: list[Token], index: int) -> bool:
        """Whether an impersonal verb and its pronoun ("hieß es", "het det") follow the quote at
        ``index`` after a comma or dash."""
        position = index + 1
        while position < len(tokens) and tokens[position].text in (",", "–", "—", "-"):
            position += 1
        if position == index + 1 or position + 1 >= len(tokens):
            return False
        verb, pronoun = tokens[position].lower, tokens[position + 1].lower
        return verb in self.lex.impersonal_verbs and pronoun in self.lex.impersonal_pronouns

    def _points_back(
        self, tokens: list[Token], mentions: list[Mention], cues: list[Cue], waiting: list[tuple[Entry, Statement]]
    ) -> bool:
        """ "Det sier statsministeren til NTB." names the speaker of the quote before;
        "Das teilte das Gesundheitsamt mit." the speaker of the sentence before."""
        unsaid, self._unsaid = self._unsaid, None
        if not (waiting or unsaid) or len(tokens) < 3 or tokens[0].lower not in self.lex.anaphoric:
            return False
        cue = next((c for c in cues if c.kind == "verb" and c.start in (1, 2)), None)
        if cue is None:
            return False
        subject = self._mention_after(tokens, cue.end, mentions)
        if subject is None and cue.particle:
            subject = self._mention_after(tokens, cue.start + 1, mentions)  # "Das teilte X mit."
            subject = subject if subject is not None and subject.end <= cue.particle else None
        if subject is None:
            return False
        resolution = self.resolve(tokens, subject)
        if resolution.speaker is None:
            return False
        if waiting:
            self._settle(waiting, resolution, self._written(subject), cue.text)
        elif unsaid is not None:
            self._add(resolution, self._written(subject), unsaid[0], unsaid[1], "indirect", cue.text)
            self.salience.reporting = resolution.speaker  # Konjunktiv after it goes on with them
        self._push(resolution, subject)
        for index in range(subject.end, len(tokens)):
            quote = tokens[index].quote
            if tokens[index].kind == "quote" and quote is not None and tokens[index - 1].text == ":":
                # "Das bestätigte X am Telefon: „…“": the quote after the colon is X's too.
                self._add(resolution, self._written(subject), quote.start, quote.end, "direct", cue.text)
        return True

    def _colon_speaker(self, tokens: list[Token], mentions: list[Mention], cues: list[Cue]) -> str | None:
        for cue in cues:
            adverbial = cue.end < len(tokens) and tokens[cue.end].lower in self.lex.prepositions
            if cue.kind == "verb" and (len(tokens) - cue.end <= 4 or adverbial):
                subject = self._subject(tokens, cue, mentions)
                if subject is not None:
                    resolution = self.resolve(tokens, subject)
                    self._push(resolution, subject)
                    return resolution.speaker
        return None
