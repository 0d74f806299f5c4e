"""Reported speech and "according to".

"X said that …", "X sagte, man werde …", "ifølge X …": ``_reported`` finds the words a cue
reports, where they end (another speaker's clause, an aside, a colon) and who said them;
``_according`` handles "according to X" and its kin, with documents and places as sources.
"""

from __future__ import annotations

from liveblog.attribution.cues import Cue, Lexicon, Mention, is_possessive, possessive_source, strip_possessive
from liveblog.attribution.rules.clauses import ClauseRules
from liveblog.attribution.rules.predicates import _noun_run_end, _possessive_role
from liveblog.attribution.rules.questions import QuestionRules
from liveblog.attribution.rules.subjects import SubjectRules
from liveblog.attribution.speakers import Resolution, fold, mention_words
from liveblog.attribution.text import Token

# What may follow "…, X said" and leave the words before it X's: adverbials of up to this many words
# ("in an interview", "am Montag vor Journalisten"); longer runs only when every word is an adverbial's.
_MAX_ADVERBIAL_WORDS = 6
# The count of words after the cue when they open a clause, not an adverbial: more than any adverbial run.
_CLAUSE_FOLLOWS = 99
# A party's or place's brackets after the speaker ("Kjersti Brenna (Ap)") close within this many tokens.
_MAX_BRACKET_TOKENS = 6


class ReportedSpeechRules(ClauseRules, QuestionRules, SubjectRules):
    """Indirect statements: what a cue reports, and 'according to'."""

    def _reported(
        self, tokens: list[Token], cue: Cue, mentions: list[Mention], cues: list[Cue]
    ) -> tuple[int, int, Resolution, str | None] | None:
        """Reported speech around a cue: "X said that …", "…, X said", "according to X, …"."""
        if cue.kind == "according":
            return self._according(tokens, cue, mentions, cues)
        if cue.kind == "according_after":
            mention = next((m for m in mentions if m.end == cue.start), None)
            if mention is None:
                return None
            return self._emit(tokens, cue.end, len(tokens), mention, cue)
        subject = self._subject(tokens, cue, mentions)
        if cue.particle and cue.text.split()[0].lower() in self.lex.question_cues:
            subject = self._inverted_asker(tokens, cue, mentions) or subject
        if subject is None:
            return None
        if self._free_relative(tokens, subject, cue):
            # "what she said at the dinner": "what" stands for the words, nothing is reported here;
            # but she spoke, and "she" says who she is
            self._push(self.resolve(tokens, subject, cue), subject)
            return None
        if subject.start > 0 and tokens[subject.start - 1].lower in self.lex.conditionals and subject.end <= cue.start:
            return None  # "vanlig når riksmekleren mener det er grunnlag": a condition, nothing said
        asked = next((m for m in mentions if m.end == cue.start and m.start > 0), None)
        if asked is not None and tokens[asked.start - 1].lower in self.lex.question_words:
            return None  # "vil ikke svare på om hun mener …": what was asked, nothing said
        if cue.kind == "source" and not self._announces(tokens, subject, cue):
            if subject.kind == "name" and any(
                fold(t.text).endswith(self.lex.outlet_endings) for t in mention_words(tokens, subject)
            ):
                return None  # "Meridian Wire reports that …": a news outlet reporting is a source
            resolution = self.resolve(tokens, subject)
            if not resolution.person or resolution.speaker is None:
                return None
        block_start, block_end = min(subject.start, cue.start), max(subject.end, cue.end)
        words_before = sum(1 for t in tokens[:block_start] if t.kind != "punct")
        self._mentions_cache = mentions
        closing = cue.particle and all(not t.is_word and t.kind != "quote" for t in tokens[cue.end :])
        inside = subject.start == cue.start + 1 and block_start > 0 and tokens[block_start - 1].text == ","
        if closing and not inside and not any(m.start == cue.start + 1 and m.end == cue.particle for m in mentions):
            if subject.end <= cue.start and tokens[cue.start + 1].lower in self.lex.listener_articles:
                return None  # "Berlin sagte der Region Mittel zu": a recipient and a thing given, nothing said
            # "Er rief alle Seiten zur Zurückhaltung auf.": what was said stands inside the verb.
            return self._emit(tokens, cue.start + 1, cue.particle, subject, cue)
        start = self._clause_start(tokens, block_end, cue)
        whether = self._asked_whether(tokens, block_end, mentions)
        if whether is None and cue.particle and cue.text.split()[0].lower() in self.lex.question_cues:
            # "wollte von ihr wissen, ob …", "ville X vite om …": the question from its word on
            words = self.lex.question_words
            whether = next((i for i in range(block_end, len(tokens)) if tokens[i].lower in words), None)
        if whether is not None and subject.kind == "name" and self._fronted_outlet(tokens, subject):
            return None  # "Fjordavisa spurte om …": a news outlet's question is nobody's statement
        if whether is not None:
            start = whether  # "spurte Haugvik om han vil …": the question, not the one asked
        elif start == block_end < len(tokens) and tokens[start].lower in self.lex.topic_prepositions:
            return None  # "Hale asked about the invoices": a topic, not something said
        elif (
            block_end <= start < len(tokens)
            and (start == block_end or cue.text.lower() in self.lex.recipient_verbs)
            and all(not t.is_word for t in tokens[:block_start])
            and self._adverbials_only(tokens, start)
        ):
            return None  # "Vell asked at the briefing.", "he told reporters in Gullport.": nothing said
        elif start == block_end < len(tokens) and self._takes_object(tokens, cue, start):
            return None  # "The firm recalled 4,000 cars", "recalled its ambassador": a thing, not speech
        elif (
            block_end < start < len(tokens)
            and tokens[start - 1].text == ","
            and tokens[start].lower in self.lex.conjunctions
            and not (block_start > 0 and tokens[block_start - 1].text in (",", "–", "—"))
        ):
            # "X asked for a recount, but the officer refused": a clause of its own, not said ("…, he
            # added, and the nearest unit was …" is an inserted cue; what was said stands around it)
            return None
        if start < len(tokens) and tokens[start].lower in self.lex.prepositions and self._colon_follows(tokens, start):
            return None  # "X said in a video posted online:": where it was said; the quote follows
        if start == block_end:
            stop = next(
                (i for i in range(start, min(start + _MAX_ADVERBIAL_WORDS, len(tokens))) if not tokens[i].is_word), None
            )
            if stop is not None and tokens[stop].text == ":" and stop + 1 < len(tokens) and tokens[stop + 1].is_word:
                start = stop + 1  # "äußerte sich in Hamburg: Die Lage sei …": the words after the colon
        introduces = start > block_end and tokens[start - 1].text != ","
        after_block = block_end
        if after_block < len(tokens) and tokens[after_block].text == "(":
            # "…, bekrefter Kjersti Brenna (Ap) overfor NTB.": a party in brackets after the speaker
            bracket_end = next(
                (
                    i
                    for i in range(after_block, min(after_block + _MAX_BRACKET_TOKENS, len(tokens)))
                    if tokens[i].text == ")"
                ),
                0,
            )
            after_block = bracket_end + 1 if bracket_end else after_block
        if (
            cue.text.lower() in self.lex.recipient_verbs
            and subject.end <= cue.start
            and after_block < start
            and tokens[start - 1].is_word
            and tokens[start - 1].lower not in self.lex.complementizers
            and (all(not t.is_word for t in tokens[start:]) or self._adverbials_only(tokens, start))
        ):
            # "…, police told reporters (at the scene).": only the one told and adverbials follow
            # the cue; what was said stands before it
            after_block, introduces = start, False
        # "…, the Trust said (on Thursday), ending months of talks": a participle clause after
        # a comma is narration; only the words before it may follow the cue.
        narration = next(
            (
                i
                for i in range(after_block, len(tokens) - 1)
                if tokens[i].text == "," and self._clause_participle(tokens[i + 1])
            ),
            len(tokens),
        )
        rest = [t for t in tokens[after_block:narration] if t.kind != "punct"]
        # Only an adverbial may follow "…, X said": "in an interview", "am Montag".
        trailing = (
            len(rest)
            if not rest or rest[0].lower in self.lex.prepositions or rest[0].lower in self.lex.adverbs
            else _CLAUSE_FOLLOWS
        )
        if trailing < _CLAUSE_FOLLOWS and cue.start == block_start and subject.start >= cue.end:
            # "…, sa X til NRK på vei inn i garderoben": after a cue inverted before its speaker,
            # adverbials of any length follow what was said, unless a clause opens among them
            trailing = trailing if any(t.lower in self.lex.complementizers for t in rest) else 0
        if _MAX_ADVERBIAL_WORDS < trailing < _CLAUSE_FOLLOWS and self._adverbials_only(tokens, after_block):
            trailing = 0  # "…, X said in a post on the union's Facebook page.": long, but only where
        # "…, X said, and the board agreed …": a clause of its own after the cue's comma; the words
        # before the cue are X's.
        coordinated = (
            after_block + 1 < len(tokens)
            and tokens[after_block].text == ","
            and tokens[after_block + 1].lower in self.lex.conjunctions
        )
        if coordinated:
            trailing = 0
        # "The prime minister, Jane Doe, said …": the words before the comma are an apposition.
        apposition = any(
            (m.start == 0 or m.kind == "role") and m.end == block_start - 1 and m is not subject for m in mentions
        ) or (
            # "Der Oppositionsführer im Landtag, X (Partei), warf …": a longer opening phrase
            subject.end < cue.start
            and tokens[cue.start - 1].text == ","
            and self._opening_apposition(tokens, cue.start - 1, {subject.end: subject}) is subject
        )
        role = next((m for m in mentions if m.kind == "role" and m.end == block_start - 1 and m is not subject), None)
        if (
            role is not None
            and not introduces
            and trailing <= _MAX_ADVERBIAL_WORDS
            and role.start >= 2
            and tokens[role.start - 1].text in (",", "–", "—")
            and sum(1 for t in tokens[: role.start] if t.kind != "punct") >= 3
        ):
            # "…, the judge, Mr Justice X, told the court.": the role and its name follow the words
            return self._emit(tokens, 0, role.start - 1, subject, cue)
        # "…, sagte der Betriebsratschef, Jan Ober, dem Sender X.": the comma after the name
        # closes its apposition to the role after the cue; no inserted cue
        apposed = subject.start >= cue.end + 2 and any(
            m.end == subject.start - 1 and m.start >= cue.end and m is not subject for m in mentions
        )
        if apposed and block_end < len(tokens) and tokens[block_end].text == ",":
            after_block += 1
            rest = [t for t in tokens[after_block:narration] if t.kind != "punct"]
        inserted = (
            not apposition
            and not apposed
            and block_start >= 2
            and tokens[block_start - 1].text == ","
            and block_end < len(tokens)
            and tokens[block_end].text == ","
            and len(rest) >= 2
            and not introduces
            and not coordinated
        )
        if inserted:
            # "The talks, he said, had been useful": the cue sits inside what was said.
            return self._emit(tokens, 0, len(tokens), subject, cue)
        aside = self._as_aside(tokens, block_start)
        if aside and not introduces and trailing <= _MAX_ADVERBIAL_WORDS:
            # "Verletzt wurde niemand, wie der Kreisbrandrat sagte", "…, as the mayor, Ann Lee,
            # said": what was said stands before "as"
            return self._emit(tokens, 0, aside - 1, subject, cue)
        if (
            not introduces
            and not apposition
            and trailing <= _MAX_ADVERBIAL_WORDS
            and block_start > 0
            and tokens[block_start - 1].text in (",", "–", "—")
            and words_before >= 3
        ):
            return self._emit(tokens, 0, block_start - 1, subject, cue)
        if cue.kind == "postposed":
            return None
        noun = self._statement_noun(tokens)
        if (
            noun is not None
            and start <= noun
            and all(not t.is_word for t in tokens[noun + 1 :])
            and block_start > 0
            and tokens[block_start - 1].text in (",", "–", "—")
            and words_before >= 2
        ):
            # "Driften fortsetter, skriver selskapet i en pressemelding.": where it was written, not what
            return self._emit(tokens, 0, block_start - 1, subject, cue)
        if (
            cue.text.lower() in self.lex.manner_cues
            and start >= block_end
            and not any(t.text in (",", ":") or t.lower in self.lex.complementizers for t in tokens[block_end:])
        ):
            # "zeigte sich am Abend zuversichtlich.", "sprach von einem „…“": a manner, nothing said;
            # a quoted phrase in it is the subject's partial, so the span is kept for it alone
            if not any(t.kind == "quote" for t in tokens[start:]):
                return None
            resolution = self.resolve(tokens, subject, cue)
            self._push(resolution, subject)
            return tokens[start].start, tokens[-1].end, resolution, self._written(subject)
        span = self._emit(tokens, start, self._next_speaker(tokens, start, cue, cues, mentions, subject), subject, cue)
        if whether is not None and span is not None and span[2].speaker:
            self._remember_asked(tokens, block_end, mentions, span[2].speaker)
        return span

    def _clause_participle(self, token: Token) -> bool:
        """A lower-case participle that opens a clause of its own ("ending", "leaving")."""
        endings = self.lex.clause_participle_endings
        return (
            bool(endings)
            and token.is_word
            and not token.capitalised
            and token.lower.endswith(endings)
            and len(token.lower) > 5
        )

    def _adverbials_only(self, tokens: list[Token], start: int) -> bool:
        """Whether the words from ``start`` to the sentence's end are only prepositional phrases
        ("at the briefing on Monday"): each a preposition, perhaps an article, and at most two
        words that open no clause (no article, pronoun, auxiliary or complementizer among them:
        "on Monday the line would reopen", "on Monday it was over" and "on Monday prices rose"
        say something)."""
        lex = self.lex
        closed = lex.determiners | lex.indefinites | lex.passives | lex.complementizers | lex.conditionals | lex.adverbs
        words = 0
        position = start
        while position < len(tokens):
            token = tokens[position]
            if not token.is_word:
                if token.kind == "quote" or any(t.is_word or t.kind == "quote" for t in tokens[position + 1 :]):
                    return False
                break
            # "of the harbour board", "der Stadt": a connector goes on with the phrase as a preposition does
            opens_phrase = token.lower in lex.prepositions or token.lower in lex.role_connectors
            if opens_phrase and position + 1 < len(tokens) and tokens[position + 1].is_word:
                words = 0
                position += 1
                if tokens[position].lower in lex.determiners or tokens[position].lower in lex.indefinites:
                    position += 1
                continue
            words += 1
            if position == start or words > 2 or token.lower in closed or token.lower in lex.pronouns:
                return False
            if is_possessive(token.text):
                words = 0  # "on the union's Facebook page": the owner opens a new noun phrase
            position += 1
        return position > start + 1

    def _takes_object(self, tokens: list[Token], cue: Cue, start: int) -> bool:
        """Whether a cue that may take an object has one at ``start``: an article, a possessive
        or a number ("recalled the batch", "recalled its ambassador", "recalled 4,000 cars")."""
        if cue.text.lower() not in self.lex.object_verbs:
            return False
        token = tokens[start]
        article = token.lower in self.lex.determiners or token.lower in self.lex.indefinites
        return article or token.lower in self.lex.possessive_pronouns or token.text[:1].isdigit()

    def _as_aside(self, tokens: list[Token], block_start: int) -> int:
        """Where ", as"/", wie"/", som" opens an aside that ends in the speaker at
        ``block_start``: right before it, or with only a role between ("as the party's
        chairwoman Ann Lee said", "as the mayor, Ann Lee, said"); 0 when there is none."""
        between: list[Token] = []
        for index in range(block_start - 1, max(1, block_start - 9), -1):
            token = tokens[index]
            if token.lower in self.lex.as_words and tokens[index - 1].text == ",":
                words = [t for t in between if t.is_word and t.lower not in self.lex.determiners]
                if words and words[0] is between[0] and self.lex.is_role_head(tokens[block_start].text):
                    # "wie ihr Sprecher X mitteilte", "as her aide X said": the owner of the role the
                    # speaker's name opens with stands where an article would ("ihr" is also a pronoun)
                    possessive = self.lex.possessive_pronouns.keys() | self.lex.object_pronouns
                    words = words[1:] if words[0].lower in possessive else words
                return index if not words or any(self.lex.is_role_head(t.text) for t in words) else 0
            if not (token.is_word or token.text == ","):
                return 0
            between.append(token)
        return 0

    def _colon_follows(self, tokens: list[Token], start: int) -> bool:
        """Whether the words from ``start`` run to a colon that ends the sentence or opens a quote."""
        for index in range(start, len(tokens)):
            if tokens[index].text == ":":
                return index + 1 == len(tokens) or tokens[index + 1].kind == "quote"
            if not tokens[index].is_word and tokens[index].text not in ("'", "’"):
                return False
        return False

    def _next_speaker(
        self, tokens: list[Token], start: int, cue: Cue, cues: list[Cue], mentions: list[Mention], subject: Mention
    ) -> int:
        """Where another speaker's clause begins after a comma ("X said …, while Y said …",
        "Mens X mener …, sier Y at …"): what X said ends there. The end of the sentence otherwise."""
        for other in cues:
            if other is cue or other.start <= start or other.kind not in ("verb", "source"):
                continue
            speaker = self._subject(tokens, other, mentions)
            if speaker is None or speaker is subject or speaker.kind == "pronoun" or speaker.start < start:
                continue
            comma = next((i for i in range(start + 1, min(other.start, speaker.start)) if tokens[i].text == ","), None)
            if comma is not None and not any(t.kind == "quote" for t in tokens[comma : other.start]):
                return comma
            colon = next((i for i in range(other.end, len(tokens) - 1) if tokens[i].text == ":"), None)
            if colon is not None and tokens[colon + 1].kind == "quote":
                # "X said Y had told her: “…”": the quote is Y's words, no part of what X said
                return colon
        return len(tokens)

    def _according(
        self, tokens: list[Token], cue: Cue, mentions: list[Mention], cues: list[Cue]
    ) -> tuple[int, int, Resolution, str | None] | None:
        # "nach ihren Worten", "in his words": the possessive inside the cue is the source
        mention = possessive_source(tokens, cue, self.lex)
        if mention is None:
            mention = next((m for m in mentions if cue.end in (m.start, m.first)), None)
        covering = next((m for m in mentions if m.start < cue.end < m.end and m.kind == "name"), None)
        if mention is None and covering is not None:
            # "Nach Einschätzung von Experten": the cue's last words ran into a capitalised phrase
            mention = Mention(cue.end, covering.end, "name", tokens[cue.end].start, covering.char_end, first=cue.end)
        if mention is None:
            mention = self._document_source(tokens, cue.end, mentions)
        if mention is not None and _possessive_role(tokens, mention):
            owned = self._possessive_phrase(tokens, _noun_run_end(tokens, mention.end, self.lex) - 1, mentions)
            mention = owned if owned is not None else mention
        if mention is None:
            return None
        if mention.kind != "pronoun" and self._document(tokens, mention):
            return None  # "Laut Haushaltsentwurf plant der Bund …": a document, no speaker
        mention = self._with_place(tokens, mention, mentions)
        after = tokens[mention.end] if mention.end < len(tokens) else None
        if after is not None and after.is_word and fold(after.text) in self.lex.source_words:
            return None
        if mention.kind == "name" and any(
            # also in the genitive that owns what the paper found out: "ifølge Nordby Blads opplysninger"
            word.endswith(self.lex.outlet_endings) or word.removesuffix("s").endswith(self.lex.outlet_endings)
            for word in (fold(t.text) for t in mention_words(tokens, mention))
        ):
            return None  # "according to the Harbour Gazette": a newspaper is a source, not a speaker
        owner = self._genitive_owner(tokens, mention)
        if owner is not None:
            held = tokens[owner.end - 1].lower
            if held in self.lex.source_words or held in self.lex.unnamed_sources:
                return None  # "ifølge Vestby kommunes kilder": unnamed sources near the body
            mention = owner
        closing = (
            cue.start > 0 and tokens[cue.start - 1].text == "," and all(not t.is_word for t in tokens[mention.end :])
        )
        if closing and mention.kind != "pronoun" and self.resolve(tokens, mention).person:
            # "Reform UK has asked for a recount, according to the returning officer": a person
            # at the end vouches for the whole sentence, whatever verb it has.
            return self._emit(tokens, 0, cue.start - 1, mention, cue)
        if any(
            c.kind == "verb" and self._subject(tokens, c, mentions) not in (None, mention) for c in cues if c is not cue
        ):
            return None  # "skal X ifølge NTB ha sagt", "Lavrov said, according to Interfax, …": a source
        leading = all((t.is_word and t.lower in self.lex.adverbs) or t.kind == "punct" for t in tokens[: cue.start])
        if leading:
            if mention.end < cue.end:
                after = tokens[cue.end] if cue.end < len(tokens) else None
            start = max(mention.end, cue.end) + (1 if after is not None and after.text == "," else 0)
            if start < len(tokens) and tokens[start].lower in self.lex.prepositions and not mention.organisation:
                where = next((m for m in mentions if m.start == start + 1 and m.kind == "name"), None)
                if where is not None and where.end < len(tokens) and tokens[where.end].is_word:
                    # "Ifølge operasjonsleder X i Fjellby politidistrikt er …": where X works
                    start = where.end if not tokens[where.end].capitalised else start
            return self._emit(tokens, start, len(tokens), mention, cue)
        if cue.start > 0 and tokens[cue.start - 1].text == ",":
            return self._emit(tokens, 0, cue.start - 1, mention, cue)
        if not any(c.kind in ("verb", "source", "according") for c in cues if c is not cue):
            # "Die Wahlbeteiligung lag laut Wahlamt bei 46 Prozent": inside the clause, the
            # source vouches for the whole sentence.
            return self._emit(tokens, 0, len(tokens), mention, cue)
        return None

    def _genitive_owner(self, tokens: list[Token], mention: Mention) -> Mention | None:
        """ "ifølge Equinors tall", "ifølge Vestby kommunes beregninger", "according to Ashby
        Council's figures": a name in the genitive and the lower-case noun it owns after it. The
        owner is the source (its name without the genitive) and the noun no part of what was said.
        A bare "s" is a genitive only on a name the document knows or on a body's noun ("Lars"
        stays a name). None when the mention owns nothing."""
        if mention.kind != "name" or mention.end >= len(tokens) or self.lex.capitalised_nouns:
            return None  # where nouns are capitalised, a genitive's noun cannot be told from a verb
        last, end = tokens[mention.end - 1], mention.end
        following = tokens[end]
        noun_genitive = following.lower.removesuffix("s") != following.lower and _noun_closes(following.lower, self.lex)
        if following.is_word and not following.capitalised and noun_genitive:
            last, end = following, end + 1  # "Vestby kommunes": the body's noun carries the genitive
        if end >= len(tokens) or not tokens[end].is_word or tokens[end].capitalised:
            return None
        noun = tokens[end].lower
        lex = self.lex
        if noun in lex.verbs or noun in lex.adverbs or noun in lex.passives or noun in lex.prepositions:
            return None
        written = self.text[mention.char_start : last.end]
        if is_possessive(last.text):
            owner = strip_possessive(written)
        elif written.endswith("s") and (last is not tokens[mention.end - 1] or self._known_exactly(written[:-1])):
            owner = written[:-1]
        else:
            return None
        start, first, char_end = mention.start, mention.first, mention.char_start + len(owner)
        return Mention(start, end + 1, "name", mention.char_start, char_end, organisation=True, first=first)

    def _known_exactly(self, name: str) -> bool:
        """Whether the document names ``name`` as written (no near spelling: "Lar" is no "Lars")."""
        entity = self.table.lookup(name)
        return entity is not None and fold(entity.canonical) == fold(name)

    def _document(self, tokens: list[Token], mention: Mention) -> bool:
        """A mention that is one noun for a document ("Haushaltsentwurf", "budsjettforslaget")."""
        words = mention_words(tokens, mention)
        if len(words) != 1 or self.table.lookup(words[0].text) is not None:
            return False
        return fold(words[0].text).endswith(tuple(fold(e) for e in self.lex.document_nouns))

    def _document_source(self, tokens: list[Token], start: int, mentions: list[Mention]) -> Mention | None:
        """ "according to a note from the governor's office": a document (a few lowercase
        words) and a preposition before the one who wrote it."""
        if start >= len(tokens) or tokens[start].capitalised:
            return None  # a name right after the cue is the source itself
        following = tokens[start + 1] if start + 1 < len(tokens) else None
        if (
            self.lex.capitalised_nouns
            and tokens[start].lower not in self.lex.determiners
            and tokens[start].lower not in self.lex.indefinites
            and following is not None
            and following.is_word
            and not following.capitalised
        ):
            return None  # "Laut dpa sind in Deutschland …": a source written in lower case, no document
        position = start
        while position < min(start + 5, len(tokens)) and tokens[position].is_word:
            token = tokens[position]
            if token.lower in self.lex.verbs or token.lower in self.lex.complementizers:
                return None
            joins = token.lower in self.lex.prepositions or token.lower in self.lex.role_connectors
            if joins and position > start + 1:
                # "laut der ersten Hochrechnung des Instituts X": the genitive's article opens the mention
                return next((m for m in mentions if m.start in (position, position + 1) and m.kind != "pronoun"), None)
            position += 1
        return None

    def _with_place(self, tokens: list[Token], mention: Mention, mentions: list[Mention]) -> Mention:
        """ "des Gesundheitsministeriums in Gaza": an organisation with its place is one source."""
        if mention.kind != "name" or not mention.organisation or mention.end + 1 >= len(tokens):
            return mention
        if tokens[mention.end].lower not in self.lex.prepositions:
            return mention
        place = next((m for m in mentions if m.start == mention.end + 1 and m.kind == "name"), None)
        if place is None:
            return mention
        return Mention(
            mention.start,
            place.end,
            "name",
            mention.char_start,
            place.char_end,
            organisation=True,
            definite=mention.definite,
            first=mention.first,
        )


def _noun_closes(word: str, lex: Lexicon) -> bool:
    """Whether a lower-case word without its genitive "s" is a noun that closes a body's name ("kommune")."""
    return bool(lex.name_nouns) and word.removesuffix("s").endswith(lex.name_nouns)
