"""The rules that pair quote spans, speech cues and speaker mentions, sentence by sentence.

:class:`Attributor` reads one entry's laid-out paragraphs (:mod:`..layout`) and makes its
statements. It is composed of one mixin per concern (see :mod:`liveblog.attribution.rules`);
this module keeps the reading order: ``run`` goes through the headline and the paragraphs,
``_paragraph`` through a paragraph's sentences, ``_sentence`` tries the rules on one sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from liveblog.attribution.cues import Cue, Mention, find_cues, find_mentions
from liveblog.attribution.layout import Layout, Paragraph
from liveblog.attribution.rules.headlines import HeadlineRules
from liveblog.attribution.rules.impersonal import Reading
from liveblog.attribution.rules.predicates import (
    _is_subheading,
    _mood_by_pronoun,
    _mood_by_subject,
    _owned,
    _stands_alone,
)
from liveblog.attribution.rules.reported import ReportedSpeechRules
from liveblog.attribution.rules.state import _finish
from liveblog.attribution.rules.uncued_quotes import UncuedQuoteRules
from liveblog.attribution.speakers import Resolution, fold
from liveblog.attribution.text import Token
from liveblog.attribution.transcript import Line
from liveblog.lang import LANGUAGES
from liveblog.models import StatementKind

# The signature under an embedded post: "— Siri Vold (@sirivold) 6. april 2025", with a Bluesky or
# Mastodon handle too ("@kari.bsky.social", "@kari@social.example"), or a caption that names its author
# in the languages' words ("A post shared by Kari Li (@kari.li)"; lang: post_signatures).
_POST_SIGNATURES = sorted(
    {w for lang in LANGUAGES.values() for w in lang.speech.post_signatures}, key=len, reverse=True
)
_SIGNATURE = re.compile(
    r"(?:[—–-]|(?i:" + "|".join(map(re.escape, _POST_SIGNATURES)) + r"))\s*([^\n()@]{2,80}?)\s*\(@[\w.@-]{1,80}\)"
)
# A reported span made in a sentence: its offsets, its speaker and the mention as written.
_Span = tuple[int, int, Resolution, str | None]


def _shifted(mention: Mention, by: int) -> Mention:
    """``mention`` in a clause that starts ``by`` tokens into its sentence."""
    return replace(mention, start=mention.start - by, end=mention.end - by, first=mention.first - by)


class Attributor(HeadlineRules, ReportedSpeechRules, UncuedQuoteRules):
    """The statements of one entry."""

    def run(self, layout: Layout, transcript: dict[int, Line] | None = None) -> None:
        """Attribute the entry; ``transcript`` holds its transcript lines by paragraph start
        (:mod:`.transcript`), which no other rule reads."""
        self.entry.statements = []
        if self.entry.headline:
            self._headline(self.entry.headline)
        last_dash: str | None = self.salience.previous_dash
        # "…, svarte ordføreren:" closing the entry above: an untimed entry (an article's next
        # paragraph) opening with a dash line gives the answer; a timed one is a post of its own
        colon_speaker: str | None = self.salience.previous_colon if self.entry.time is None else None
        self.salience.previous_colon = None
        post: tuple[int, int] | None = None  # the paragraph before, when it made no statement
        last = next((p for p in reversed(layout) if p.tokens), None)
        for paragraph in layout:
            end, tokens = paragraph.end, paragraph.tokens
            if not tokens:
                continue
            line = transcript.get(paragraph.start) if transcript else None
            if line is not None:  # "Q: …", "Obi: …": the label says whose the words are (if anyone's)
                if line.speaker is not None:
                    said = Resolution(line.speaker, line.confidence, line.person)
                    self._add(said, line.written, line.start, line.end, "direct", line.cue)
                    self.salience.push(line.speaker, line.person)
                last_dash = colon_speaker = post = None
                continue
            before = len(self.statements)
            signed = _SIGNATURE.match(self.text, tokens[0].start, end)
            signer = self._signature(tokens) if post is not None and paragraph is last else None
            if signer is not None and post is not None:
                self._signed_post(post, signer)  # "Hege Lunde, ordfører i Tindvik" under her post
                post = None
                continue
            if signed is not None:
                if post is not None:
                    self._signed_post(post, signed.group(1).strip())
                post = None
                continue
            self._paragraph(paragraph, tokens, end, last_dash, colon_speaker)
            last_dash, colon_speaker = self._last_dash, self._paragraph_colon
            post = (tokens[0].start, end) if len(self.statements) == before else None
        self.salience.previous_colon = colon_speaker
        self._headline_from_body()
        self._label_headline()
        self.entry.statements = self.headline + self.statements
        _finish(self.entry)

    def _signature(self, tokens: list[Token]) -> str | None:
        """ "Kari Lie, ordfører i Nesby", "Jane Roe, mayor of Ashby": a last paragraph that is only
        a person's name, a comma and a role, under a paragraph that made no statement, signs that
        paragraph (an embedded post or letter) when the person already spoke in this entry (" … wrote
        on Facebook that …"). The name as written, or None."""
        comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
        if comma is None or comma < 2 or len(tokens) - comma > 8:
            return None
        rest = [t for t in tokens[comma + 1 :] if t.text != "."]
        if not all(t.is_word and t.capitalised for t in tokens[:comma]) or not all(t.is_word for t in rest):
            return None
        if not rest or rest[0].capitalised or not self.lex.is_role_head(rest[0].text):
            return None
        if any(t.lower in self.lex.verbs for t in rest):
            return None
        name = self.text[tokens[0].start : tokens[comma - 1].end]
        entity = self.table.lookup(name)
        if entity is None or not entity.person or not any(s.speaker == entity.canonical for s in self.statements):
            return None
        return name

    def _signed_post(self, post: tuple[int, int], name: str) -> None:
        """An embedded post (X, Instagram …): its text, then "— Name (@handle) date". The
        words are the signer's."""
        entity = self.table.lookup(name)
        speaker = entity.canonical if entity is not None else name
        self._add(Resolution(speaker, 0.8, entity.person if entity else False), name, *post, "direct", "post")
        self.salience.push(speaker, entity.person if entity else False)

    def _paragraph(
        self, paragraph: Paragraph, tokens: list[Token], end: int, last_dash: str | None, colon_speaker: str | None
    ) -> None:
        """Attribute one paragraph: a dash line, or its sentences one by one."""
        self._last_dash, self._paragraph_colon = last_dash, colon_speaker
        first = tokens[0]
        if first.kind == "quote" and first.quote is not None and first.quote.dash:
            self._last_dash = self._dash_lines(first.quote, end, last_dash, colon_speaker)
            self.salience.dash_speaker = self._last_dash
            self._paragraph_colon = None
            return
        self._last_dash = None
        if _is_subheading(tokens):
            return
        self._paragraph_colon = None
        self._unsaid = None
        reading: Reading | None = None  # who reads out a statement, and whose it is
        for number, sentence in enumerate(paragraph.sentences):
            if number and self._dash_sentence(sentence.tokens, last=number == len(paragraph.sentences) - 1):
                self._unsaid = self._paragraph_colon = None
                continue
            before = len(self.statements)
            read = self._read_out(paragraph, sentence.tokens, sentence.mentions)
            self._paragraph_colon = self._clauses(sentence.tokens, sentence.mentions)
            if read is not None and read.owner:
                # "…, the statement said" later in the entry is the owner's, and so is a quote the
                # sentence itself gives after the statement noun with no speaker yet
                if not read.aide:
                    self._issuer = read.owner
                self._read_quotes(sentence.tokens, read, sentence.mentions)
                if sentence.tokens[-1].text == ":" and not read.aide:
                    # "X leste opp en uttalelse fra Y:" then the words in the next paragraph: Y's
                    self._paragraph_colon = read.owner
                    self.salience.push(read.owner, True)
            elif read is None:
                self._read_quotes(sentence.tokens, None, sentence.mentions)
            reading = read or reading
            if reading is not None:
                for statement in self.statements[before:]:
                    if (
                        statement.cue in (None, ":")
                        and statement.speaker == reading.reader
                        and not self._about(reading, statement.start, statement.end)
                    ):
                        # "Darin heißt es: „…“": the words read out are the owner's, never the reader's
                        statement.speaker, statement.speaker_text = reading.owner, None
                        if reading.owner:
                            self.salience.push(reading.owner, True)
            words = [t for t in sentence.tokens if t.kind != "punct"]
            fresh = len(self.statements) > before
            self._unsaid = None if fresh or not words else (words[0].start, sentence.tokens[-1].end)

    def _read_quotes(self, tokens: list[Token], reading: Reading | None, mentions: list[Mention]) -> None:
        """ "Ann Lee's lawyer read a statement: “…”": the quotes after the statement noun that
        wait for a speaker are the owner's (the reader's when they speak of the owner); with no
        owner (``reading`` None: "The prosecutor read a statement: “…”") they are the reader's,
        as resolved (nobody's when the text does not say who the reader is), never lost."""
        found = self._read_noun(tokens)
        if found is None:
            return
        quotes = [t.quote for t in tokens[found[1] + 1 :] if t.kind == "quote" and t.quote is not None]
        waiting = [
            (entry, statement)
            for entry, statement in self.salience.pending
            if entry is self.entry and any(q.start <= statement.start and statement.end <= q.end for q in quotes)
        ]
        if not waiting:
            return
        if reading is None:
            subject = next((m for m in mentions if m.end <= found[0] and m.kind in ("name", "role")), None)
            if subject is None:
                return
            self.salience.pending = [item for item in self.salience.pending if item not in waiting]
            resolution = self.resolve(tokens, subject)
            self._settle(waiting, resolution, self._written(subject), ":")
            self._push(resolution, subject)
            return
        if reading.owner:
            self.salience.pending = [item for item in self.salience.pending if item not in waiting]
            for item in waiting:
                about = self._about(reading, item[1].start, item[1].end)
                speaker = reading.reader if about else reading.owner
                self._settle([item], Resolution(speaker, 0.6), None, ":")
                self.salience.push(speaker, True)

    def _nested(self, tokens: list[Token], cue: Cue, mentions: list[Mention], spans: list[_Span]) -> bool:
        """Whether ``cue`` reports an unnamed someone's words inside a person's reported words ("She
        said her landlord had told her it could be …"): what she said, no statement of its own (a
        person named inside keeps their words: "X said Tom Reed had told a friend he would …")."""
        at = tokens[cue.start].start
        outer = next((span for span in spans if span[0] <= at < span[1] and span[2].person and span[2].speaker), None)
        if outer is None:
            return False
        subject = self._subject(tokens, cue, mentions)
        if subject is None or subject.char_start < outer[0] or subject.kind != "role":
            return False
        return self.resolve(tokens, subject, cue).speaker != outer[2].speaker

    def _clauses(self, tokens: list[Token], mentions: list[Mention]) -> str | None:
        """Attribute a sentence; one opened by a clause before its main clause ("Während X von
        einem «…» sprach, sagte Y, …") is two: the clause without its conjunction, read as a
        sentence of its own (its quote is X's), and the main clause from its cue (what Y said
        starts after the cue, never with the clause)."""
        comma = self._fronted_clause(tokens)
        if comma is None:
            return self._sentence(tokens, mentions)
        head = tokens[1:comma]
        # found anew: a name right after the conjunction was read with it ("Als Sandra Keller")
        self._sentence(head, find_mentions(head, self.lex, self.table.lowercase, self.known))
        tail = comma + 1
        return self._sentence(tokens[tail:], [_shifted(m, tail) for m in mentions if m.start >= tail])

    def _fronted_clause(self, tokens: list[Token]) -> int | None:
        """The comma that closes a clause opened by a clause conjunction ("Während", "Nachdem") at
        the sentence's start, where the main clause opens with its speech verb ("…, sagte Y") and
        the clause quotes words of its own ("von einem «…» sprach"). A clause that quotes nothing
        stays in the sentence: it may be what the speaker holds ("Während die Polizei von einem
        Unfall ausgeht, …")."""
        if len(tokens) < 6 or tokens[0].lower not in self.lex.clause_conjunctions:
            return None
        commas = [i for i, t in enumerate(tokens) if t.text == "," and 2 < i < len(tokens) - 2]
        for comma in commas:
            quoted = any(t.kind == "quote" for t in tokens[1:comma])
            verb = tokens[comma + 1]
            if not verb.is_word or verb.capitalised:
                continue
            cues = find_cues(tokens[comma + 1 :], self.lex)
            if cues and cues[0].start == 0 and cues[0].kind == "verb" and quoted:
                return comma
        return None

    def _sentence(self, tokens: list[Token], mentions: list[Mention]) -> str | None:
        """Attribute one sentence; returns a speaker when it ends "X sagte:"."""
        cues = find_cues(tokens, self.lex)
        waiting, self.salience.pending = self.salience.pending, []
        if self._points_back(tokens, mentions, cues, waiting):
            return None
        reporting, self.salience.reporting = self.salience.reporting, None
        if (
            reporting is not None
            and self._continues_report(tokens)
            and not self._names_a_speaker(tokens, mentions, cues)
        ):
            start, end = tokens[0].start, tokens[-1].end
            self._add(Resolution(reporting, 0.5), None, start, end, "indirect", None)
            for token in tokens:
                if token.kind == "quote" and token.quote is not None:
                    # "Der Spieler passe „perfekt in unser Pressing“": quoted words of the report
                    self._add(Resolution(reporting, 0.45), None, token.quote.start, token.quote.end, "partial", None)
            self.salience.reporting = reporting
            return None
        before = len(self.statements)
        self._asked_by(tokens, cues)
        used: set[int] = set()
        attributed: dict[int, tuple[Resolution, str | None, str | None]] = {}
        for mention in mentions:
            if mention.kind == "name" and not mention.role and not mention.organisation:
                entity = self.table.lookup(self.text[mention.char_start : mention.char_end])
                if entity is not None and not entity.person:
                    # "St. Brendan Regional Medical Center …, the hospital said": named in this sentence
                    self.salience.organisation(self.text[mention.char_start : mention.char_end])
        subjects = list(self.salience.subject_organisations)  # bodies that opened earlier sentences
        opened, self._opened = self._opened, None  # the body that opened the sentence before
        self._push_subject(tokens, mentions)
        if len(self.salience.subject_organisations) > len(subjects):
            self._opened = self.salience.subject_organisations[-1]
        for index, token in enumerate(tokens):
            if token.kind != "quote" or token.quote is None:
                continue
            self._quoted = token.quote
            found = self._direct_cue(tokens, index, mentions, cues, used)
            self._quoted = None
            if found is not None:
                attributed[index] = found
        spans: list[_Span] = []
        for cue in cues:
            if id(cue) in used or self._nested(tokens, cue, mentions, spans):
                continue
            span = self._reported(tokens, cue, mentions, cues)
            if span is not None:
                spans.append(span)
        running, self.salience.running = self.salience.running, []
        if running and tokens[0].kind == "quote" and 0 in attributed and attributed[0][0].speaker:
            # “A … (no closing mark) ¶ “B,” said X.: the quote that ran over is X's too.
            self._settle(running, *attributed[0])
        for index, (resolution, written, cue_text) in attributed.items():
            quote = tokens[index].quote
            assert quote is not None
            alone = _stands_alone(tokens, index) or self._after_adverbial(tokens, index)
            kind: StatementKind = "direct" if alone else "partial"
            statement = self._add(resolution, written, quote.start, quote.end, kind, cue_text)
            if statement is not None and kind == "direct":
                self._remember_question(statement)
            if resolution.speaker is None and written and written.lower() not in self.lex.pronouns:
                self.salience.unknown()
            self.salience.push(resolution.speaker, resolution.person or written is not None)
        for index, token in enumerate(tokens):
            if token.kind != "quote" or token.quote is None or index in attributed:
                continue
            self._unattributed_quote(tokens, index, mentions, spans, attributed)
        for mention in mentions:
            if mention.kind == "role" and mention.possessor and len(mention.role) > 1:
                held = self.resolve(tokens, mention)
                if held.speaker is not None and held.confidence >= 0.7:
                    self._held.append(held.speaker)  # "the spokesperson" later may mean them
            if mention.kind == "role" and _owned(tokens, mention, self.lex) and mention.possessor[:1].isupper():
                owner = self.table.lookup(mention.possessor)
                if owner is None or not owner.person:
                    self.salience.organisation(mention.possessor)  # "en pressekontakt i Norges Skiforbund"
            if mention.kind != "name":
                continue
            written = self.text[mention.char_start : mention.char_end]
            self._named.append(written)
            entity = self.table.lookup(written)
            if entity is not None and entity.person:
                self.saw_person = True
                self.salience.mention(entity.canonical)
            elif (
                (mention.organisation or entity is not None or self._club_name(written))
                and not mention.role
                and (entity is not None or not self._occasion(tokens, mention))
            ):
                # a name, not "the company"; "der Klinikbetreiber X" is the body named "X Kliniken"
                self.salience.organisation(self._described_company(written) or written)
        self._impersonal(tokens, mentions, cues, before, subjects, opened)
        fresh = [s for s in self.statements[before:] if s.speaker and s.kind != "partial"]
        if fresh:
            self.salience.reporting = fresh[-1].speaker
        self._push_coordinate_subject(tokens, mentions)
        if tokens and tokens[-1].text == ":":
            speaker = self._colon_speaker(tokens, mentions, cues)
            return speaker
        return None

    def _occasion(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether the mention is one capitalised noun with its article after a preposition, no
        body's noun, where every noun is capitalised ("auf einer Betriebsversammlung", "bei der
        Mitgliederversammlung"): where or when something happened, never the body that "das
        Unternehmen" or "der Verein" later stands for ("bei der Polizei" still names one)."""
        if not self.lex.capitalised_nouns or mention.kind != "name" or not mention.definite:
            return False
        if mention.end - mention.first != 1 or mention.first < 2 or mention.first - mention.start != 1:
            return False
        if tokens[mention.start - 1].lower not in self.lex.prepositions:
            return False
        word = fold(tokens[mention.first].text)
        return not word.endswith(self.lex.folded_body_nouns)

    def _continues_report(self, tokens: list[Token]) -> bool:
        """A sentence in the mood of reported speech, with no quote of its own standing
        alone (a few quoted words inside it are part of the report: "Gespräche seien „…“")."""
        if not self.lex.reported_mood or any(
            t.kind == "quote" and _stands_alone(tokens, i) for i, t in enumerate(tokens)
        ):
            return False
        if self._reported_impersonally(tokens):
            return False  # "In einer früheren Version hieß es, das Feuer sei …": a source of its own, if any
        return (
            any(t.lower in self.lex.reported_mood for t in tokens if t.is_word)
            or _mood_by_pronoun(tokens, self.lex)
            or _mood_by_subject(tokens, self.lex)
        )

    def _reported_impersonally(self, tokens: list[Token]) -> bool:
        """Whether the sentence reports with an impersonal verb and pronoun ("hieß es", "het det")."""
        lex = self.lex
        return any(
            token.lower in lex.impersonal_verbs
            and any(0 <= j < len(tokens) and tokens[j].lower in lex.impersonal_pronouns for j in (i - 1, i + 1))
            for i, token in enumerate(tokens)
        )

    def _names_a_speaker(self, tokens: list[Token], mentions: list[Mention], cues: list[Cue]) -> bool:
        """Whether a cue of the sentence has a speaker of its own ("…, sagte X", "laut X");
        "Man habe es zu spät erklärt" has a speech verb but no one who says it."""
        for cue in cues:
            if cue.kind in ("according", "according_after", "postposed"):
                return True
            if cue.kind == "verb" and self._reported_cue(tokens, cue):
                continue  # "Noch im Frühjahr habe die Geschäftsführung … versprochen": inside the report
            if self._subject(tokens, cue, mentions) is not None:
                return True
            asks = cue.particle and cue.text.split()[0].lower() in self.lex.question_cues
            if asks and self._inverted_asker(tokens, cue, mentions) is not None:
                return True  # "Auf einer Pressekonferenz wollte Reporterin X wissen, ob …": inside the frame
        return False

    def _reported_cue(self, tokens: list[Token], cue: Cue) -> bool:
        """Whether the cue's clause has its finite verb in the reported mood ("habe … versprochen",
        "sei … gewarnt worden"): someone reports what another said; the indicative ("erklärte")
        gives a speaker of the sentence's own."""
        if not self.lex.reported_mood:
            return False
        for token in reversed(tokens[: cue.start + 1]):
            if not token.is_word:
                return False  # the clause before the cue ends here
            if token.lower in self.lex.reported_mood:
                return True
        return False

    def _abbreviated(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether only a capitalised abbreviation that is no title opens the sentence before
        the name ("St. Brendan Medical Center was …")."""
        return (
            mention.start == 2
            and tokens[1].text == "."
            and tokens[0].capitalised
            and tokens[0].lower in self.lex.abbreviations
            and tokens[0].lower not in self.lex.title_abbreviations
        )

    def _push_subject(self, tokens: list[Token], mentions: list[Mention]) -> None:
        if not mentions or mentions[0].kind == "pronoun":
            return
        first = mentions[0]
        described = first.definite and first.end - first.first == 1  # "Die Landrätin wollte …"
        if first.kind == "name" and (first.organisation or first.acronym or first.possessor) and not described:
            if first.start == 0 and not first.possessor:
                written = self.text[first.char_start : first.char_end]
                self.salience.subject_organisation(self._described_company(written) or written)
            return
        if any(
            t.is_word
            and t.lower not in self.lex.adverbs
            and (not t.capitalised or t.lower in self.lex.prepositions)
            and not self.lex.is_role_head(t.text)
            for t in tokens[: first.start]
        ):
            return  # "Labour leader Keir Dawson …" opens with its subject; "After meeting X, …", "At X, …" do not
        resolution = self.resolve(tokens, first)
        if resolution.speaker and resolution.person:
            self.salience.push(resolution.speaker, True)
        elif resolution.speaker and first.kind == "name" and (first.start == 0 or self._abbreviated(tokens, first)):
            # ("St. Brendan Medical Center": the abbreviation opening the name is part of it)
            written = self.text[tokens[0].start if first.start else first.char_start : first.char_end]
            # "Lakeview Regional Medical Center": the name as written, not a three-word person form
            longer = written.endswith(resolution.speaker) and len(written) > len(resolution.speaker)
            self.salience.subject_organisation(written if longer else resolution.speaker)

    def _push_coordinate_subject(self, tokens: list[Token], mentions: list[Mention]) -> None:
        """ "X asked for a recount, but the returning officer refused.": the person opening the
        last clause joined by a conjunction is the latest subject ("she said" next is theirs)."""
        if any(t.kind == "quote" for t in tokens):
            return  # a sentence with a quote is attributed by its own cues
        for mention in reversed(mentions[1:]):
            start, end = mention.start, mention.end
            if (
                mention.kind not in ("name", "role")
                or mention.organisation
                or start < 2
                or tokens[start - 1].lower not in self.lex.conjunctions
                or tokens[start - 2].text != ","
                or end >= len(tokens)
                or not tokens[end].is_word
                or tokens[end].capitalised
                or tokens[end].lower in self.lex.prepositions | self.lex.conjunctions | self.lex.relatives
            ):
                continue
            resolution = self.resolve(tokens, mention)
            if resolution.speaker and resolution.person:
                self.salience.push(resolution.speaker, True)
            return
