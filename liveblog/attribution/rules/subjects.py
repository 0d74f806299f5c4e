"""Who is the subject of a cue: the mention that speaks.

``_subject`` finds the speaker of a cue verb in its sentence ("X said", "said X", "sagte
der Minister", "X von der Partei sagte"), past framing words, genitives and possessive
phrases ("the mayor's spokesman"), titles, appositions and inverted word order;
``_mention_after`` the speaker named right after a cue ("said resident X").
"""

from __future__ import annotations

from dataclasses import replace

from liveblog.attribution.cues import ORG_CONNECTORS, Cue, Mention, is_possessive
from liveblog.attribution.rules.predicates import _possessive_role
from liveblog.attribution.rules.state import AttributorState
from liveblog.attribution.speakers import fold, mention_words
from liveblog.attribution.text import Token

_AUXILIARIES = frozenset(
    [
        "har",
        "has",
        "hat",
        "had",
        "is",
        "er",
        "ist",
        "was",
        "var",
        "war",
        "vil",
        "kan",
        "can",
        "skal",
        "may",
        "må",
        "are",
        "bør",
    ]
)


class SubjectRules(AttributorState):
    """Finds the mention a cue's speech belongs to."""

    def _mention_after(self, tokens: list[Token], index: int, mentions: list[Mention]) -> Mention | None:
        while (
            index < len(tokens)
            and tokens[index].is_word
            and tokens[index].lower in self.lex.adverbs
            and tokens[index].lower not in self.lex.passives
        ):
            if any(m.start == index for m in mentions):
                break
            index += 1
        found = next((m for m in mentions if m.start == index), None) or self._described(tokens, index, mentions)
        if found is None:
            return None
        return self._apposition(tokens, found, mentions) or self._staff_member(tokens, found, mentions)

    def _apposition(self, tokens: list[Token], mention: Mention, mentions: list[Mention]) -> Mention | None:
        """ "sagte der Eigentümer, Jan Ober, am Mittwoch", "teilte der Betreiber, die Nordwerft
        Holding, mit": a role or a bare noun with its article, then a name set off by commas;
        the name says who it is. None for a list ("der Sprecher, Kiel, Bonn und …") or a
        name opening a clause ("sagte der Minister, Ober habe …")."""
        bare = mention.kind == "name" and mention.definite and mention.end - mention.first == 1
        if not (mention.kind == "role" or bare) or mention.end + 2 >= len(tokens) or tokens[mention.end].text != ",":
            return None
        name = next((m for m in mentions if m.start == mention.end + 1 and m.kind == "name"), None)
        if name is None or (name.definite and name.end - name.first == 1):
            return None
        if name.end >= len(tokens) or (name.end == len(tokens) - 1 and tokens[name.end].text in (".", "!")):
            return name  # "…, sagte der Betriebsratschef, Jan Ober.": the name closes the sentence
        if tokens[name.end].text != ",":
            return None
        after = tokens[name.end + 1] if name.end + 1 < len(tokens) else None
        if after is not None and after.is_word and (after.capitalised or after.lower in self.lex.conjunctions):
            return None  # a list goes on
        return name

    def _described(self, tokens: list[Token], index: int, mentions: list[Mention]) -> Mention | None:
        """ "said resident Mary Jones", "said local farmer Tom Hill": after an inverted cue, a
        lowercase noun or two that describe the person, then the person's full name."""
        function = (
            self.lex.prepositions
            | self.lex.adverbs
            | self.lex.determiners
            | self.lex.conjunctions
            | self.lex.complementizers
            | self.lex.negations
            | self.lex.common
        )
        position = index
        while position < min(index + 3, len(tokens)):
            token = tokens[position]
            if not token.is_word or token.capitalised or token.lower in function or token.lower in self.lex.verbs:
                break
            position += 1
        if position == index:
            return None
        person = next((m for m in mentions if m.start == position and m.kind == "name"), None)
        if person is None or person.organisation or person.end - person.start < 2:
            return None
        return person

    def _staff_member(self, tokens: list[Token], mention: Mention, mentions: list[Mention]) -> Mention:
        """ "Kanal Nords reporter Idun Falk", "the Ledger's reporter Sam Roe": after an outlet's
        or body's genitive and a lowercase noun or two, the person named is the one meant."""
        if mention.kind != "name" or mention.end >= len(tokens):
            return mention
        last = tokens[mention.end - 1]
        if not (is_possessive(last.text) or last.lower.endswith("s")):
            return mention
        position = mention.end
        function = self.lex.prepositions | self.lex.adverbs | self.lex.determiners | self.lex.conjunctions
        while position < min(mention.end + 2, len(tokens)) and tokens[position].is_word:
            token = tokens[position]
            if token.capitalised or token.lower in self.lex.verbs or token.lower in self.lex.complementizers:
                break
            if token.lower in function or token.lower in self.lex.common or token.lower in self.lex.negations:
                return mention  # "sagte Voss im NDR": a preposition, not a noun of the staff
            position += 1
        if position == mention.end:
            return mention
        # (the person's mention may hold the last noun as a title: "talsperson Kari Almås")
        person = next((m for m in mentions if m.start <= position < m.end and m.kind == "name"), None)
        return person if person is not None and not person.organisation else mention

    def _subject(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """The speaker of a verb cue: before it, or inverted right after it; two people joined
        before it speak together ("Both X and Y said")."""
        subject = self._one_subject(tokens, cue, mentions)
        if subject is None or subject.end > cue.start:
            return subject
        return self._joint(tokens, subject, mentions)

    def _joint(self, tokens: list[Token], subject: Mention, mentions: list[Mention]) -> Mention:
        """ "(Both) Kari Lund and Per Moe said …": the pair as one mention of kind "joint", when
        both are people the document knows and the pair opens its clause; else ``subject``."""
        start = subject.start
        if subject.kind != "name" or start < 2 or tokens[start - 1].lower not in self.lex.joint_words:
            return subject
        other = next((m for m in mentions if m.end == start - 1 and m.kind == "name"), None)
        if other is not None and other.end - other.start > 1 and tokens[other.start].lower in self.lex.both_words:
            # "Both Kari Lund": the capitalised "Both" opening the sentence is no part of the name (nor
            # what made it read as a body's); whether the rest is a person, the entity table says
            at = other.start + 1
            other = replace(other, start=at, first=at, char_start=tokens[at].start, organisation=False, definite=False)
        if other is None or not (self._known_person(tokens, other) and self._known_person(tokens, subject)):
            return subject
        opener = other.start - 1
        if opener >= 0 and tokens[opener].lower in self.lex.both_words:
            opener -= 1
        if opener >= 0 and tokens[opener].text not in (",", ";", ":") and tokens[opener].kind != "quote":
            return subject  # "Lund met Moe and Eide said …": only the last is the verb's subject
        return Mention(
            other.start,
            subject.end,
            "joint",
            other.char_start,
            subject.char_end,
            first=other.first,
            parts=(other, subject),
        )

    def _one_subject(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """The one mention that is the speaker of a verb cue."""
        position = cue.start - 1
        skippable = self.lex.adverbs | self.lex.passives if cue.kind == "stance" else self.lex.adverbs
        while position >= 0:
            token = tokens[position]
            if token.text == ")" and "(" in (t.text for t in tokens[max(0, position - 5) : position]):
                # "Jonas Gahr Støre (Ap) sier": a party or age in brackets after the name
                while position >= 0 and tokens[position].text != "(":
                    position -= 1
                position -= 1
                continue
            if (
                token.lower in self.lex.time_nouns
                and position >= 1
                and tokens[position - 1].lower in self.lex.prepositions
                and not any(m.end == position + 1 for m in mentions)
            ):
                position -= 2  # "wie X am Abend mitteilte": a time between the subject and its verb
                continue
            if not (token.is_word and token.lower in skippable) or any(m.end == position + 1 for m in mentions):
                break
            position -= 1
        ending = {m.end: m for m in mentions}
        if position + 1 in ending and self._governed(tokens, ending[position + 1]):
            # "X hatte am Mittag noch erklärt", "habe ihm am Telefon gesagt": a noun after a
            # preposition is no subject; the verb's subject stands before the phrase.
            employee = self._employee(tokens, ending[position + 1], ending)
            if employee is not ending[position + 1] and self._known_person(tokens, employee):
                return employee  # "Tor Eide i Fjordlink sier"; "Beim Treffen in Berlin sagte X" is no one's
            place = ending[position + 1]
            body = tokens[: place.start - 1]
            plain = self.lex.prepositions | self.lex.determiners | self.lex.common | self.lex.adverbs
            if (
                body
                and place.start - 1 <= 3
                and all(t.is_word and t.capitalised and t.lower not in plain for t in body)
            ):
                # "Naturvernforbundet i Hordaland mener …": a body and its place open the sentence
                return Mention(0, place.end, "name", body[0].start, place.char_end, organisation=True, first=0)
            ending = {end: m for end, m in ending.items() if end != position + 1}
        if (
            self.lex.verb_second
            and position + 1 in ending
            and tokens[ending[position + 1].start].lower in self.lex.object_articles
        ):
            # "Den Zeitpunkt nannte der Oberbürgermeister „…“": a fronted object, the subject after the verb
            return self._mention_after(tokens, cue.end, mentions)
        if self.lex.verb_second and position + 1 in ending and self._fronted_outlet(tokens, ending[position + 1]):
            # "Der Zeitung sagte sie, …": a fronted outlet is the one told; the subject follows the verb.
            after = self._mention_after(tokens, cue.end, mentions)
            if (
                after is not None
                and after.start == cue.end
                and tokens[after.start].lower not in self.lex.object_pronouns
                and self._known_person(tokens, after)
            ):
                return after
        framed = None
        if self.lex.verb_second and position + 1 in ending:
            framed = self._framed_subject(tokens, cue, mentions)
        if framed is not None:
            return framed  # "X hat die Bewohner von A und B aufgefordert, …": X, not B
        if (
            self.lex.verb_second
            and position + 1 in ending
            and (
                not self._clause_initial(tokens, self._employee(tokens, ending[position + 1], ending).start)
                or self._phrase_opened(tokens, ending[position + 1], cue)
            )
            and not self._titled_subject(tokens, ending[position + 1].start)
        ):
            after = self._mention_after(tokens, cue.end, mentions)
            if after is not None and self._inversion_ok(tokens, after, position):
                return after
            if self._fronted_adverbial(tokens, position):
                return None  # "Aus Branchenkreisen hieß es": the subject is impersonal
        if position >= 0:
            token = tokens[position]
            if position + 1 in ending:
                return self._employee(tokens, ending[position + 1], ending)
            if token.lower in self.lex.relatives and position >= 1 and tokens[position - 1].text == ",":
                before = position - 1
                if before >= 1 and tokens[before - 1].text == ")":
                    # "the Maritime Safety Authority (AMSA), which said": the name before the brackets
                    opening = next((i for i in range(before - 2, max(-1, before - 6), -1) if tokens[i].text == "("), -1)
                    before = opening if opening > 0 else before
                return ending.get(before)
            if token.text == "," and position in ending and self._apposed(tokens, ending[position], mentions):
                return ending[position]  # "Avisens ekspert, stormester X, mener Y har …": X, not Y
            apposed = self._opening_apposition(tokens, position, ending) if token.text == "," else None
            if apposed is not None and position == cue.start - 1:
                return apposed  # "Der Oppositionsführer im Landtag, X (Partei), warf der Ministerin vor"
            if token.text == "," and self.lex.verb_second and position == cue.start - 1:
                # "Auf die Frage eines Reporters, ob …, antwortete Kannegießer": after a fronted
                # clause the subject follows the verb; the clause's last name is not it.
                after = self._mention_after(tokens, cue.end, mentions)
                if after is not None and self._known_person(tokens, after):
                    return after
                if cue.particle:
                    # "…, teilte die Stadtverwaltung mit": the subject stands inside the verb.
                    inner = self._mention_after(tokens, cue.start + 1, mentions)
                    if inner is not None and inner.end <= cue.particle:
                        return inner
            if token.text == ",":
                found = self._before_parenthesis(tokens, position, ending)
                if found is not None:
                    return found
                if position == cue.start - 1 and cue.text.lower() in self.lex.participles:
                    leading = self._sentence_subject(tokens, mentions)
                    if leading is None and position >= 2 and tokens[position - 1].lower in self.lex.verbs:
                        # "…, the Trust said, adding that …": the speaker of the cue before the comma
                        return ending.get(position - 1)
                    return leading
            if token.lower in self.lex.conjunctions and mentions and mentions[0].end <= position:
                return mentions[0]
            owned = self._possessive_phrase(tokens, position, mentions)
            if owned is not None:
                return owned
        after = self._mention_after(tokens, cue.end, mentions)
        if after is not None and self._inversion_ok(tokens, after, position):
            return after
        if cue.particle and self.lex.verb_second:
            # "Neben ihr räumte der Werkleiter, Dr. X, ein, …": inverted inside the verb's frame
            inner = self._mention_after(tokens, cue.start + 1, mentions)
            if inner is not None and inner.end <= cue.particle and self._inversion_ok(tokens, inner, position):
                return inner
        found = self._subject_with_phrase(tokens, cue, mentions)
        if found is None and self.lex.verb_second:
            found = self._subject_after_auxiliary(tokens, cue, mentions)
        return found if found is not None else self._genitive_subject(tokens, cue)

    def _framed_subject(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """ "X hat die Regierung aufgefordert, …", "Am Montag hat X die Bürger aufgefordert, …":
        in a verb-second clause whose verb frame the cue closes, the subject stands right before
        the finite verb when it opens the clause (a name in apposition after it names it), else
        right after the finite verb; mentions further inside the frame are objects. None when
        the clause reads otherwise."""
        if cue.end < len(tokens) and tokens[cue.end].is_word:
            return None  # the cue closes no frame
        start = max((i + 1 for i in range(cue.start) if tokens[i].text in (":", ";")), default=0)
        inside = [m for m in mentions if m.start >= start and m.end <= cue.start]
        if not inside:
            return None
        subject = inside[0]
        if subject.start == start:
            verb = subject.end
            apposed = next((m for m in inside if m.start == verb + 1), None)
            if (
                apposed is not None
                and tokens[verb].text == ","
                and apposed.end < cue.start
                and tokens[apposed.end].text == ","
            ):
                # "Die Bürgermeisterin von X, Sabine Y, hat …": the name in apposition
                subject, verb = (apposed if apposed.kind == "name" else subject), apposed.end + 1
        else:
            verb = subject.start - 1
            if verb <= start or any(not t.is_word for t in tokens[start:verb]) or subject.kind == "role":
                return None  # no phrase fronted before the finite verb, or a role object
        if verb + 1 >= cue.start or subject.kind not in ("name", "role", "pronoun"):
            return None
        finite = tokens[verb]
        lex = self.lex
        function = (lex.conjunctions, lex.prepositions, lex.determiners, lex.complementizers, lex.relatives)
        if not finite.is_word or finite.capitalised or any(finite.lower in words for words in function):
            return None
        if any(m.start <= verb < m.end for m in mentions):
            return None
        # the frame is one clause: no punctuation between the finite verb and the cue
        if any(not t.is_word and t.kind != "quote" for t in tokens[verb + 1 : cue.start]):
            return None
        return subject

    def _governed(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether a preposition inside a clause governs the mention ("am Mittag", "at the
        hearing"); one opening the clause ("…, while Rudd said") does not."""
        before = mention.start - 1
        if before < 1 or not tokens[before].is_word:
            return False
        word = tokens[before].lower
        if word not in self.lex.prepositions or word in self.lex.determiners or word in self.lex.conjunctions:
            return False
        opener = tokens[before - 1]
        return opener.is_word and opener.lower not in self.lex.conjunctions

    def _subject_after_auxiliary(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """ "Ifølge NTB skal Brenna i kveld ha sagt at …": in a verb-second clause the subject
        follows the finite auxiliary; the participle that cues the speech comes later."""
        for mention in mentions:
            if mention.end > cue.start or mention.start == 0:
                continue
            if any(t.text in (",", ";", ":") or t.kind == "quote" for t in tokens[mention.end : cue.start]):
                continue
            if tokens[mention.start - 1].lower in _AUXILIARIES and self._known_person(tokens, mention):
                return mention
        return None

    def _known_person(self, tokens: list[Token], mention: Mention) -> bool:
        """A pronoun, or a name the entity table knows as a person."""
        if mention.kind == "pronoun":
            return True
        if mention.kind != "name" or mention.organisation:
            return False
        entity = self.table.lookup(" ".join(t.text for t in mention_words(tokens, mention)))
        return entity is not None and entity.person

    def _fronted_outlet(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether ``mention`` names a news outlet (by its name's ending or as one learned)."""
        if mention.kind != "name":
            return False
        words = mention_words(tokens, mention)
        if any(fold(t.text).endswith(self.lex.outlet_endings) for t in words):
            return True
        return fold(" ".join(t.text for t in words)) in self.table.outlets

    def _genitive_subject(self, tokens: list[Token], cue: Cue) -> Mention | None:
        """ "Statens vegvesen melder at …": a sentence-opening genitive and a noun or
        two before a cue with a complementizer is an organisation speaking."""
        words = tokens[: cue.start]
        if len(words) >= 3 and words[-1].text == ")" and words[-3].text == "(" and words[-2].text.isupper():
            words = words[:-3]  # "Norges vassdrags- og energidirektorat (NVE) opplyser at …"
        # "vassdrags- og energidirektorat": a word cut at its hyphen and "og" join two compounds
        joined = [
            t
            for i, t in enumerate(words)
            if not (t.text == "-" and 0 < i < len(words) - 1 and words[i + 1].lower in self.lex.conjunctions)
            and not (t.lower in self.lex.conjunctions and i > 0 and words[i - 1].text == "-")
        ]
        if not 2 <= len(joined) <= 3 or cue.end >= len(tokens):
            return None
        if tokens[cue.end].lower not in self.lex.complementizers and tokens[cue.end].text != ",":
            return None
        first = joined[0]
        if not first.capitalised or not first.lower.endswith("s") or first.lower in self.lex.pronouns:
            return None
        function = self.lex.common | self.lex.prepositions | self.lex.adverbs | self.lex.conjunctions
        if not all(t.is_word for t in joined) or any(
            t.lower in function or t.lower in self.lex.determiners for t in joined
        ):
            return None
        return Mention(0, len(words), "name", first.start, words[-1].end, organisation=True, first=0)

    def _employee(self, tokens: list[Token], mention: Mention, ending: dict[int, Mention]) -> Mention:
        """ "Tor Eide i Fjordlink sier", "Petra Lindgren von der Nordbank sagte": the person
        before a preposition speaks, not the organisation they work for."""
        before = mention.start - 1
        if mention.kind != "name" or before < 1:
            return mention
        if tokens[before].lower not in self.lex.prepositions and tokens[before].lower not in ORG_CONNECTORS:
            return mention  # "Tomás Reyes of WKTV asked": the reporter, not the station
        person = ending.get(before)
        if person is None or person.kind == "pronoun" or (person.kind == "name" and person.organisation):
            return mention
        self.salience.organisation(" ".join(t.text for t in mention_words(tokens, mention)))
        return person

    def _sentence_subject(self, tokens: list[Token], mentions: list[Mention]) -> Mention | None:
        """The mention that opens the sentence (after adverbs only), if any."""
        first = mentions[0] if mentions else None
        if first is None or any(t.is_word and t.lower not in self.lex.adverbs for t in tokens[: first.start]):
            return None
        return first

    def _possessive_phrase(self, tokens: list[Token], last: int, mentions: list[Mention]) -> Mention | None:
        """ "Reed's mother said", "Russia's defence ministry said", "the governor's office
        said": the possessed noun speaks."""
        owner_word = tokens[last - 1] if last >= 1 else None
        if (
            owner_word is not None
            and owner_word.lower in self.lex.possessive_pronouns
            and tokens[last].is_word
            and not tokens[last].capitalised
            and tokens[last].lower not in self.lex.adverbs
            and not any(m.start <= last < m.end for m in mentions)
        ):
            # "her office said", "seine Frau habe gesagt": the pronoun's person owns who speaks
            return Mention(
                last - 1,
                last + 1,
                "role",
                owner_word.start,
                tokens[last].end,
                role=(tokens[last].lower,),
                possessor=owner_word.text,
                first=last - 1,
            )
        for owner in mentions:
            if not 0 < last + 1 - owner.end <= 3:
                continue
            if not (owner.kind == "name" and owner.possessor) and not _possessive_role(tokens, owner):
                continue
            between = tokens[owner.end : last + 1]
            if all(t.is_word and not t.capitalised for t in between):
                return Mention(
                    owner.start,
                    last + 1,
                    "name",
                    owner.char_start,
                    tokens[last].end,
                    organisation=True,
                    first=owner.first,
                )
        return None

    def _before_parenthesis(self, tokens: list[Token], comma: int, ending: dict[int, Mention]) -> Mention | None:
        """ "Jane Doe, 61, of Leeds, said" / "The minister, Jane Doe, said": the name before
        (or between) short comma-enclosed phrases."""
        inside = ending.get(comma)
        for _ in range(3):
            back = comma - 1
            while back >= 0 and comma - back <= 12 and tokens[back].text != ",":
                back -= 1
            if back < 0 or tokens[back].text != ",":
                return None
            if (
                inside is not None
                and inside.start == back + 1
                and inside.kind == "name"
                and tokens[inside.start].lower not in self.lex.indefinites
            ):
                return inside  # the name between the commas; "X, a Republican, said" describes X
            if (
                inside is not None
                and inside.kind == "name"
                and back + 1 < inside.first <= back + 4
                and all(t.is_word for t in tokens[back + 1 : inside.first])
                and self.lex.is_role_head(tokens[inside.first - 1].text)
            ):
                return inside  # "The mediator, Qeshlani envoy Selin Arkan, said": a title before the name
            if back in ending:
                return ending[back]
            if back >= 2 and tokens[back - 1].text == ")":
                # "Sen. Jane Doe (D), who chairs the committee, said": a party or age in brackets
                opening = next((i for i in range(back - 2, max(-1, back - 6), -1) if tokens[i].text == "("), -1)
                if opening > 0 and opening in ending:
                    return ending[opening]
            comma = back
        return None

    def _subject_with_phrase(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """ "Meteorolog Anne Lie i Meteorologisk institutt sier at …": the sentence's
        first mention is the subject when only a short phrase stands between it and the verb."""
        # "Zur Erinnerung: X hatte …": a label before a colon does not open the clause.
        opening = next((i + 1 for i in range(cue.start - 1, -1, -1) if tokens[i].text == ":"), 0)
        first = next((m for m in mentions if m.start >= opening), None)
        if first is None or first.kind == "pronoun" or first.end > cue.start or cue.start - first.end > 6:
            return None
        if any(t.is_word and t.lower not in self.lex.adverbs for t in tokens[opening : first.start]):
            return None
        if any(not t.is_word for t in tokens[first.end : cue.start]):
            return None
        if first.possessor and first.kind == "name" and first.end < cue.start:
            # "Russia's defence ministry said": the whole phrase speaks, not Russia.
            return Mention(
                first.start,
                cue.start,
                "name",
                first.char_start,
                tokens[cue.start - 1].end,
                organisation=True,
                first=first.first,
            )
        between = tokens[first.end : cue.start]
        if (
            first.kind == "name"
            and between
            and all(not t.capitalised for t in between)
            and between[-1].lower in self.lex.organisation_nouns
            # "X has written to the union saying": a verb phrase, not a body noun after the name
            and not any(
                t.lower in _AUXILIARIES or t.lower in self.lex.prepositions or t.lower in self.lex.determiners
                for t in between
            )
        ):
            # "Thornbury borough council said": the name and its lowercase body noun are one speaker.
            return Mention(
                first.start, cue.start, "name", first.char_start, between[-1].end, organisation=True, first=first.first
            )
        return first

    def _titled_subject(self, tokens: list[Token], index: int) -> bool:
        """Whether only a title stands before the name at ``index`` at the start of the sentence
        ("Avisens reporter Kari Berg spurte …"): the name is the subject, no fronted phrase."""
        before = tokens[:index]
        if not 0 < len(before) <= 4 or not all(t.is_word for t in before) or not before[0].capitalised:
            return False
        last = before[-1]
        if self.lex.is_role_head(last.text):
            return True
        # a title no role table knows ("Avisens reporter"): a lowercase noun, no function word
        function = self.lex.common | self.lex.verbs.keys() | self.lex.prepositions | self.lex.adverbs
        return not last.capitalised and last.lower not in function and last.lower not in self.lex.conjunctions

    def _apposed(self, tokens: list[Token], name: Mention, mentions: list[Mention]) -> bool:
        """Whether ``name`` is the apposition of a role that opens the sentence ("Avisens
        sjakkekspert, stormester X,"), so the two are the subject before the verb."""
        comma = name.start - 1
        while comma > 0 and name.start - comma <= 3 and tokens[comma].is_word and not tokens[comma].capitalised:
            comma -= 1  # a title before the name: "stormester"
        if name.kind != "name" or comma < 1 or tokens[comma].text != ",":
            return False
        return any(m.start == 0 and m.end == comma and m.kind == "role" for m in mentions)

    def _opening_apposition(self, tokens: list[Token], comma: int, ending: dict[int, Mention]) -> Mention | None:
        """The name set off by commas after the phrase that opens the sentence with its article
        ("Der Oppositionsführer im Landtag, Tim Brack (Freie Liste), warf …", "The leader of the
        group, Ann Lee (Greens), said"): the subject, a party or age in brackets after it; None
        when the sentence opens otherwise ("Auf die Frage von X, …" is a fronted phrase)."""
        last = comma - 1
        if last >= 1 and tokens[last].text == ")":
            last = next((i for i in range(last - 1, max(-1, last - 6), -1) if tokens[i].text == "("), 0) - 1
        name = ending.get(last + 1)
        if name is None or name.kind != "name" or name.end - name.first < 2 or name.start < 3:
            return None
        before = tokens[: name.start - 1]
        if tokens[name.start - 1].text != "," or len(before) > 6 or before[0].lower not in self.lex.determiners:
            return None
        # a body's name may stand in quotation marks ("der Initiative „Rettet das Bad“")
        if not all((t.is_word and t.lower not in self.lex.verbs) or t.kind == "quote" for t in before):
            return None
        return name if self._known_person(tokens, name) else None

    def _clause_initial(self, tokens: list[Token], index: int) -> bool:
        return (
            index == 0 or tokens[index - 1].text in (",", ";", ":") or tokens[index - 1].lower in self.lex.conjunctions
        )

    def _phrase_opened(self, tokens: list[Token], mention: Mention, cue: Cue) -> bool:
        """Whether a word that opens a clause or a phrase ("während", "seit") opens a phrase here:
        "Während der Sitzung sagte X, …" puts the verb right after the noun and words after the
        verb, where a clause it opened would end in its verb ("Während der Minister sagte, …")."""
        before = mention.start - 1
        return (
            before >= 0
            and tokens[before].lower in self.lex.prepositions
            and tokens[before].lower in self.lex.conjunctions
            and mention.end == cue.start
            and cue.end < len(tokens)
            and tokens[cue.end].is_word
        )

    def _fronted_adverbial(self, tokens: list[Token], before: int) -> bool:
        """Whether the clause before the verb opens with a preposition or an adverb."""
        start = before
        while start > 0 and tokens[start - 1].text not in (",", ";", ":") and tokens[start - 1].kind != "quote":
            start -= 1
        opener = tokens[start]
        if opener.is_word and opener.lower in self.lex.adverbs and opener.lower not in self.lex.prepositions:
            # "Senere sa Putin …" fronts the adverb; "Tidligere landsløper X sier …" has it in the
            # subject, as a verb-second clause has one part only before its verb.
            return start == before
        return opener.is_word and opener.lower in self.lex.prepositions

    def _inversion_ok(self, tokens: list[Token], mention: Mention, before: int) -> bool:
        """ "…, said Lavrov." / "Ved bordet sa Putin at …" but not "authorities say Russia has …"."""
        # English keeps subject-verb order after a lowercase noun; V2 languages may invert.
        if (
            before >= 0
            and tokens[before].is_word
            and not tokens[before].capitalised
            and tokens[before].lower not in self.lex.adverbs
            and not self.lex.verb_second
        ):
            return False
        if self.lex.verb_second and before >= 0 and self._fronted_adverbial(tokens, before):
            return True  # "I møtet beskrev Putin situasjonen …": verb second, subject third
        nxt = tokens[mention.end] if mention.end < len(tokens) else None
        if nxt is None or nxt.kind != "word":
            return True
        word = nxt.lower
        if word in self.lex.complementizers or (
            word in self.lex.adverbs and word not in self.lex.passives and word not in _AUXILIARIES
        ):
            return True
        if word in self.lex.listener_prepositions:
            return True  # "…, erklärte die Rektorin gegenüber dem Talboten": the one told follows
        return len(word) <= 3 and word not in self.lex.passives and word not in _AUXILIARIES
