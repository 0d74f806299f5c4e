"""Statements whose sentence names no speaking subject.

"the statement said", "heißt es in der Mitteilung", "det står i uttalelsen": a cue on a
statement noun, given to the body or person who issued it (``_impersonal``,
``_statement_owner``), and a statement read out by someone on another's behalf
(``_read_out``).
"""

from __future__ import annotations

from typing import NamedTuple

from liveblog.attribution.cues import ORG_CONNECTORS, Cue, Mention, is_possessive, strip_possessive
from liveblog.attribution.layout import Paragraph
from liveblog.attribution.rules.resolution import SpeakerResolution
from liveblog.attribution.speakers import Resolution, fold
from liveblog.attribution.text import Token

# The possessive ending of a name ("Lee's", "Lee’s", "Harris'").


class Reading(NamedTuple):
    """A statement read out: who reads it, whose it is (None: a client the text does not name),
    and whether the owner is only the one whose aide the reader is called ("Ann Lee's lawyer")."""

    reader: str
    owner: str | None
    aide: bool = False


class ImpersonalRules(SpeakerResolution):
    """Statements said by a statement, a notice or a document rather than a person."""

    def _impersonal(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        cues: list[Cue],
        before: int,
        subjects: list[str],
        opened: str | None,
    ) -> None:
        """A body's statement quoted with no speaker of its own: "Der Betrieb laufe weiter, hieß es
        in der Mitteilung", "…, the statement said", "It said in a statement that …", "…, het det i
        pressemeldingen". The words are the body's named after the statement noun ("in einer
        Erklärung des Unternehmens"), else the issuer's of a statement this entry named ("X said in
        a statement that …"), else the body ``opened`` the sentence before as its subject ("Die
        Leitstelle löste eine Warnung aus. …, hieß es."), else the last speaker this entry quoted
        whom nothing showed to be a person (no gender), else the body that opened one of its
        earlier sentences (``subjects``: "Die X AG hat Insolvenz beantragt"); nobody's when there
        is none."""
        lex = self.lex
        if not lex.statement_nouns:
            return
        noun = self._statement_noun(tokens)
        made = [s for s in self.statements[before:] if s.kind != "partial"]
        if any(s.speaker for s in made):
            if noun is not None:
                self._issuer = next(s.speaker for s in reversed(made) if s.speaker)  # "X said in a statement that"
            return
        phrase = (
            self._impersonal_phrase(tokens, cues, noun) if noun is not None else self._bare_impersonal(tokens, cues)
        )
        if phrase is None:
            return
        first, last, cue_text = phrase
        body = self._statement_owner(tokens, mentions, noun) if noun is not None else None
        if body is None:
            # "Die Leitstelle löste eine Warnung aus. Anwohner sollten …, hieß es.": the body that
            # opened the sentence before speaks on, unless a statement was named with its issuer
            body = self._issuer or opened
        if body is None:
            body = next((s for s, _ in reversed(self.salience.current) if s and not self._gender(s)), None)
        if body is None and subjects:
            body = subjects[-1]
        if body is None or self._spokesperson_name(body):
            return
        # a person's statement ("X read a statement from Ann Lee. “…,” the statement said") keeps
        # her a person: "she" next may be her, "the company" never
        issuer = self.table.lookup(body)
        person = issuer is not None and issuer.person and issuer.canonical == body
        unsaid = [s for s in made if s.speaker is None]
        if unsaid:
            for statement in unsaid:  # "“…,” the statement said": a quote found, its speaker not
                statement.speaker, statement.confidence = body, 0.6
            self.salience.push(body, person)
            return
        said = [t for t in tokens[: first - 1] if t.is_word or t.kind == "quote"] if first > 0 else []
        comma = first > 0 and tokens[first - 1].text in (",", "–", "—")
        if comma and (len(said) >= 2 or any(t.kind == "quote" for t in said)):
            start, end = 0, first - 1  # "Der Betrieb laufe weiter, hieß es in der Mitteilung."
        else:
            opener = next(
                (
                    i
                    for i in range(last, min(last + 3, len(tokens)))
                    if tokens[i].text in (",", ":") or tokens[i].lower in lex.complementizers
                ),
                None,
            )
            if opener is None:
                return
            start, end = opener + 1, len(tokens)  # "In der Mitteilung hieß es, der Betrieb laufe weiter."
        while end > start and tokens[end - 1].kind == "punct":
            end -= 1
        if sum(1 for t in tokens[start:end] if t.kind != "punct") < 2 and not any(
            t.kind == "quote" for t in tokens[start:end]
        ):
            return
        resolution = Resolution(body, 0.6, person)
        quote = tokens[start].quote if end - start == 1 and tokens[start].kind == "quote" else None
        if quote is not None:  # "„Wir bedauern das“, hieß es in der Mitteilung der X AG."
            self._add(resolution, None, quote.start, quote.end, "direct", cue_text)
        else:
            self._add(resolution, None, tokens[start].start, tokens[end - 1].end, "indirect", cue_text)
        self.salience.push(body, person)

    def _bare_impersonal(self, tokens: list[Token], cues: list[Cue]) -> tuple[int, int, str] | None:
        """ "…, hieß es.", "…, het det.", "…, it said.": an impersonal cue after a comma that ends
        the sentence (so "In einer früheren Version hieß es, …" is none); its tokens and text."""
        lex = self.lex
        words = [i for i, t in enumerate(tokens) if t.is_word]
        if len(words) < 4 or words[-1] - words[-2] != 1 or tokens[words[-2] - 1].text != ",":
            return None
        verb, pronoun = tokens[words[-2]], tokens[words[-1]]
        if verb.lower in lex.impersonal_verbs and pronoun.lower in lex.impersonal_pronouns:
            return words[-2], words[-1] + 1, f"{verb.text} {pronoun.text}"  # "hieß es"
        if verb.lower in lex.impersonal_pronouns and any(c.kind == "verb" and c.start == words[-1] for c in cues):
            return words[-2], words[-1] + 1, f"{verb.text} {pronoun.text}"  # "it said"
        return None

    def _read_out(self, paragraph: Paragraph, tokens: list[Token], mentions: list[Mention]) -> Reading | None:
        """ "Verteidiger X verlas eine Erklärung seines Mandanten", "X read a statement from Y",
        "X read a statement on behalf of Y", "Y's lawyer read a statement": the reader and the
        one whose statement it is (a person named after the noun; for a client noun, the other
        person this paragraph names; else the person whose aide the reader is called; None when
        there is none). None when the sentence reads out nothing or the reader reads a statement
        of their own."""
        lex = self.lex
        found_noun = self._read_noun(tokens)
        if found_noun is None:
            return None
        verb, noun = found_noun
        principal = self._principal(tokens, mentions, verb)
        subject = next((m for m in mentions if m.kind == "name" and m.end <= verb), None)
        if subject is None and lex.verb_second:
            # "På møtet leste pressesjef X opp en uttalelse": the subject right after the verb
            inverted = (m for m in mentions if m.kind == "name" and verb < m.start <= verb + 3 and m.end < noun)
            subject = next(inverted, None)
        entity = self.table.lookup(self.text[subject.char_start : subject.char_end]) if subject else None
        if entity is not None and entity.person and (principal is None or entity.canonical != principal[1]):
            reader = entity.canonical
        elif principal is not None:
            reader = principal[0]  # "Ann Lee's lawyer read a statement": the aide as resolved
        else:
            return None
        # "on behalf of Y", "from her client, Y": the words that say for whom, up to a name or a client
        position = noun + 1
        while position < min(noun + 6, len(tokens)) and self._acting_for(tokens[position]):
            position += 1
        after = [t for t in tokens[noun + 1 : noun + 5] if t.is_word]
        before_noun = [t for t in tokens[verb + 1 : noun] if t.is_word]
        client = position < len(tokens) and fold(tokens[position].text) in lex.client_nouns
        if client or any(fold(t.text) in lex.client_nouns for t in after[:2] + before_noun):
            others = [
                found.canonical
                for sentence in paragraph.sentences
                for m in sentence.mentions
                if m.kind == "name"
                and (found := self.table.lookup(self.text[m.char_start : m.char_end])) is not None
                and found.person
                and found.canonical != reader
            ]
            return Reading(reader, others[0] if len(set(others)) == 1 else None)
        # the name after the noun and a connector ("von Otto Brem", "from Otto Brem", "on behalf
        # of Otto Brem"), also when the mention found holds the noun ("Erklärung von Otto Brem")
        first = next((i for i in range(noun + 1, min(noun + 4, len(tokens))) if tokens[i].capitalised), None)
        if first is None and position < len(tokens) and tokens[position].capitalised:
            first = position
        owner = next((m for m in mentions if m.kind == "name" and m.start <= first < m.end), None) if first else None
        if owner is None or first is None:
            # "Der Minister verlas eine Erklärung: „…“": his own; "Y's lawyer read a statement": Y's
            return Reading(reader, principal[1], aide=True) if principal is not None else None
        written = self.text[tokens[first].start : tokens[owner.end - 1].end]
        found = self.table.lookup(written)
        if found is None and len(written.split()) >= 2 and first == position:
            return Reading(reader, written)  # "eine Erklärung von Otto Brem": a full name the text gives here
        if found is None or not found.person or found.canonical == reader:
            return Reading(reader, principal[1], aide=True) if principal is not None else None
        return Reading(reader, found.canonical)

    def _about(self, reading: Reading, start: int, end: int) -> bool:
        """Whether the words read out at start..end speak of the one whose aide the reader is, by
        name or as a client ("Mr Penrose has answered every question", "my client"): the aide's
        own statement about them, not theirs."""
        if not reading.aide or not reading.owner:
            return False
        names = {fold(w) for w in reading.owner.split() if len(w) > 2}
        words = {fold(w.strip(".,;:!?'’")) for w in self.text[start:end].split()}
        return bool(words & names) or bool(words & self.lex.client_nouns)

    def _read_noun(self, tokens: list[Token]) -> tuple[int, int] | None:
        """Where the reading verb and the noun of the statement it reads stand ("read a statement",
        "read out a short statement", "verlas eine kurze Erklärung"); None when the sentence reads
        out no statement."""
        lex = self.lex
        verb = next((i for i, t in enumerate(tokens) if t.lower in lex.reading_verbs), None)
        if verb is None:
            return None
        noun = self._statement_noun(tokens)
        if noun is not None and verb < noun <= verb + 4:
            return verb, noun
        inverted = noun is not None and lex.verb_second and verb < noun <= verb + 8
        if inverted and noun is not None and all(t.is_word for t in tokens[verb:noun]):
            # "leste pressesjef Siv Lund opp en uttalelse": the subject after the verb, and its particle
            return verb, noun
        for index in range(verb + 2, min(verb + 5, len(tokens))):
            between = tokens[verb + 1 : index]
            if not all(t.is_word and not t.capitalised for t in between):
                return None
            if fold(tokens[index].text).endswith(lex.statement_nouns) and any(
                t.lower in lex.determiners or t.lower in lex.indefinites or t.lower in lex.possessive_pronouns
                for t in between
            ):
                return verb, index  # an adjective between the article and the noun
        return None

    def _acting_for(self, token: Token) -> bool:
        """Whether a lower-case word between a statement noun and its owner only says whose it is
        ("from", "on behalf of", "the", "her" before "client"; not "outside the Crown Court")."""
        lex = self.lex
        return (
            token.is_word
            and not token.capitalised
            and (
                token.lower in lex.behalf_words
                or token.lower in self._connectors
                or token.lower in lex.possessive_pronouns
            )
        )

    def _principal(self, tokens: list[Token], mentions: list[Mention], verb: int) -> tuple[str, str] | None:
        """ "Ann Lee's lawyer read …", "Her solicitor read …": the reader called someone's aide
        before the reading verb, as resolved, and the person whose aide they are."""
        for mention in mentions:
            if mention.kind != "role" or not mention.possessor or mention.end > verb:
                continue
            if mention.possessor.lower() in self.lex.possessive_pronouns:
                pronoun = Mention(mention.start, mention.start + 1, "pronoun", mention.char_start, mention.char_start)
                pronoun.gender = self.lex.possessive_pronouns[mention.possessor.lower()]
                person = self.resolve(tokens, pronoun).speaker
            else:
                person = self._possessor_person(tokens, mention)
            if person is not None:
                aide = self.resolve(tokens, mention).speaker or self.text[mention.char_start : mention.char_end]
                return aide, person
        return None

    def _possessor_person(self, tokens: list[Token], mention: Mention) -> str | None:
        """The person named in a role's possessive ("Ann Lee's lawyer"): one the document knows,
        or a full name of two capitalised words or more that names no body."""
        end = next((i for i in range(mention.first, mention.end) if is_possessive(tokens[i].text)), None)
        if end is None:
            return None
        words = [t.text for t in tokens[mention.first : end + 1]]
        words[-1] = strip_possessive(words[-1])
        name = " ".join(words)
        entity = self.table.lookup(name) or self.table.lookup(mention.possessor)
        if entity is not None:
            return entity.canonical if entity.person else None
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and fold(words[-1]) not in self.lex.body_nouns:
            return name
        return None

    def _statement_noun(self, tokens: list[Token]) -> int | None:
        """Where a noun for a body's statement stands after an article, a possessive or a
        preposition ("the statement", "in einer Erklärung", "i pressemeldingen")."""
        lex = self.lex
        for index, token in enumerate(tokens):
            if not token.is_word or not fold(token.text).endswith(lex.statement_nouns):
                continue
            if index == 0:
                if lex.definite_suffix and token.capitalised:
                    return index  # "Meldingen fra kommunen lød: «…»": definite by its suffix
                continue
            previous = tokens[index - 1].lower
            if (
                previous in lex.determiners
                or previous in lex.indefinites
                or previous in lex.possessive_pronouns
                or previous in lex.prepositions
                or previous in lex.impersonal_pronouns  # "its"? no: "it said in a statement"
            ):
                return index
        return None

    def _impersonal_phrase(self, tokens: list[Token], cues: list[Cue], noun: int) -> tuple[int, int, str] | None:
        """The tokens from..to of "hieß es in der Mitteilung", "het det i pressemeldingen", "it said
        in a statement", "the statement said", "said the statement" around the statement noun at
        ``noun``, and the cue as written; None when the sentence has no such phrase."""
        lex = self.lex
        for index, token in enumerate(tokens):
            if token.lower not in lex.impersonal_verbs:
                continue
            # "hieß es", "Es hieß", "het det", "står det"
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            pronoun = after is not None and after.lower in lex.impersonal_pronouns
            if not pronoun and not (index > 0 and tokens[index - 1].lower in lex.impersonal_pronouns):
                continue
            verb_end = index + 2 if pronoun else index + 1
            verb_start = index if pronoun else index - 1
            cue_text = " ".join(t.text for t in tokens[verb_start:verb_end])
            if verb_end <= noun <= verb_end + 3:
                return verb_start, noun + 1, cue_text  # "hieß es in der Mitteilung"
            if noun < verb_start and verb_start - noun <= 1 and all(t.is_word for t in tokens[noun:verb_start]):
                return max(0, noun - 2), verb_end, cue_text  # "In der Mitteilung hieß es"
        for index in range(noun + 1, min(noun + 6, len(tokens))):
            if not tokens[index].is_word:
                break
            if tokens[index].lower in lex.statement_verbs:
                return max(0, noun - 1), index + 1, tokens[index].text  # "a statement from X read:"
        for cue in cues:
            if cue.kind != "verb":
                continue
            subject = tokens[cue.start - 1] if cue.start > 0 else None
            if subject is not None and subject.lower in lex.impersonal_pronouns and cue.end <= noun <= cue.end + 3:
                return cue.start - 1, noun + 1, f"{subject.text} {cue.text}"  # "it said in a statement"
            if noun == cue.start - 1:
                return noun - 1, cue.end, cue.text  # "the statement said"
            if noun - cue.end in (0, 1) and all(t.is_word for t in tokens[cue.end : noun + 1]):
                return cue.start, noun + 1, cue.text  # "said the statement"
        return None

    def _statement_owner(self, tokens: list[Token], mentions: list[Mention], noun: int) -> str | None:
        """The body named right after a statement noun: "in einer Erklärung des Unternehmens",
        "in a statement from Dunmore Water", "i en pressemelding fra kommunen"."""
        lex = self.lex
        position = noun + 1
        while (
            position < min(noun + 3, len(tokens))
            and tokens[position].is_word
            and (
                tokens[position].lower in lex.prepositions
                or tokens[position].lower in self._connectors
                or tokens[position].lower in ORG_CONNECTORS
            )
        ):
            position += 1
        if position == noun + 1:
            return None
        if position >= len(tokens) or not tokens[position].is_word:
            return None
        # the owner's words run to the end of the mention that holds them ("Erklärung der Vellmann
        # Chemie AG" is one name to the tokenizer), else it is one word ("des Unternehmens")
        mention = next((m for m in mentions if m.start <= position < m.end and m.kind != "pronoun"), None)
        stop = mention.end if mention is not None else position + 1
        self._spokesperson_at = tokens[noun].start
        owner = [t for t in tokens[position:stop] if t.is_word]
        found = self._spoken_for(owner, people=True)
        if found is None and len(owner) == 1 and owner[0].capitalised and position > noun + 1:
            # "hieß es in einer Mitteilung der Stadtwerke" with no Stadtwerke named before: the
            # body the noun names issued it, as the noun names it
            found = self._body_noun_written(owner[0], tokens[position - 1].lower)
        return found

    def _body_noun_written(self, word: Token, article: str) -> str | None:
        """ "Wasserverband" for "des Wasserverbands", "Stadtwerke" for "der Stadtwerke": a word
        that ends in a body's noun, without its genitive ending; or, where nouns are capitalised,
        any noun after a genitive article that leaves it as it is ("der" of the feminine and the
        plural; ``genitives`` holds the articles that add one). None for a role, an
        outlet or a time."""
        text = word.text
        nouns = self.lex.folded_body_nouns
        for cut in (0, 1, 2):
            if cut and not text.endswith("es"[2 - cut :]):
                continue
            bare = text[: len(text) - cut] if cut else text
            if len(bare) >= 4 and fold(bare).endswith(nouns):
                return bare
        if (
            self.lex.capitalised_nouns
            and article in self.lex.role_connectors
            and article not in self.lex.genitives
            and article in self.lex.determiners
            and word.lower not in self.lex.time_nouns
            and not self.lex.is_role_head(text)
            and not fold(text).endswith(self.lex.outlet_endings)
        ):
            return text
        return None
