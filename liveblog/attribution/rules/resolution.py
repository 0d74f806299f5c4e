"""From one mention in its sentence to a speaker.

``resolve`` turns a mention (a name, a role, a pronoun, a body) into a :class:`Resolution`
through the entity table, the entry's salience and the words around it: kin ("the family of
X", label ``FAMILY``), sources close to someone, a role's holder (``_resolve_role``),
nationalities, bodies and their spokespeople (:mod:`.bodies`).
"""

from __future__ import annotations

from liveblog.attribution.cues import Cue, Mention, is_possessive
from liveblog.attribution.rules.bodies import SPOKESPERSON, BodyRules
from liveblog.attribution.rules.predicates import _acronym_speaks, _owned, _plain, _stem_equal_word
from liveblog.attribution.speakers import (
    Entity,
    Resolution,
    fold,
    mention_words,
    name_length_limit,
    person_name,
    role_words,
)
from liveblog.attribution.text import Token

# The label of a person's kin speaking together ("the family of X", "X's family", "relatives of X").
FAMILY = "family of {}"


class SpeakerResolution(BodyRules):
    """Resolves a mention to a speaker, with the sentence around it."""

    def resolve(self, tokens: list[Token], mention: Mention, cue: Cue | None = None) -> Resolution:
        """The canonical speaker of a mention, with confidence.

        ``cue`` is the speech verb the mention is the subject of: after a quoted
        question, "he answered" is the person asked (named in the question, or
        anyone but the one who asked). A person named as whose family speaks ("the
        family of X", "X's family") stands for "family of X".
        """
        if mention.kind != "pronoun" and self._unnamed_source(tokens, mention):
            return Resolution(None, 0.0)  # "a source close to her campaign said": nobody named
        if mention.kind == "joint":
            return self._joint_speaker(tokens, mention, cue)
        resolution = self._resolve(tokens, mention, cue)
        if resolution.speaker and resolution.person and mention.kind == "name" and self._kin(tokens, mention):
            return Resolution(FAMILY.format(resolution.speaker), min(resolution.confidence, 0.7), False)
        return resolution

    def _joint_speaker(self, tokens: list[Token], mention: Mention, cue: Cue | None) -> Resolution:
        """Two people who speak together: one speaker "X and Y" (the joining word as written),
        no person of its own that a later "he" or "she" could stand for."""
        found = [self._resolve(tokens, part, cue) for part in mention.parts]
        names = [r.speaker for r in found if r.speaker and r.person]
        if len(names) != len(found) or len(set(names)) != len(names):
            return Resolution(None, 0.0)
        joiner = tokens[mention.parts[0].end].text
        return Resolution(f" {joiner} ".join(names), min(r.confidence for r in found), False)

    def _unnamed_source(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether a mention only says whom an unnamed source is near: a source noun, then one
        or two lower-case words, then the mention ("a source close to her campaign"); or the
        source noun itself, where nouns are capitalised ("eine mit der Sache vertraute Person")."""
        if mention.end - mention.start == 1 and tokens[mention.start].lower in self.lex.unnamed_sources:
            return True
        for back in range(mention.start - 1, max(-1, mention.start - 4), -1):
            token = tokens[back]
            if token.lower in self.lex.unnamed_sources:
                return back < mention.start - 1
            if not token.is_word or token.capitalised:
                return False
        return False

    def _kin(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether a name is the person whose kin the words around it name: a family noun and
        "of" before it ("relatives of X"), or its possessive before one ("X's family")."""
        nouns = self.lex.family_nouns
        start, end = mention.start, mention.end
        if start >= 2 and tokens[start - 1].lower in self.lex.role_connectors and tokens[start - 2].lower in nouns:
            return True
        first = mention.first
        if end - first >= 3 and tokens[first].lower in nouns and tokens[first + 1].lower in self.lex.role_connectors:
            return True  # "Die Familie von Jonas Weidler" read as one mention where nouns are capitalised
        if end >= 2 and tokens[end - 1].lower in nouns and is_possessive(tokens[end - 2].text):
            return True  # "X's family" read as one mention
        return end < len(tokens) and tokens[end].lower in nouns and is_possessive(tokens[end - 1].text)

    def _resolve(self, tokens: list[Token], mention: Mention, cue: Cue | None = None) -> Resolution:
        if mention.kind == "pronoun":
            if "m" not in mention.gender and "f" not in mention.gender:
                return Resolution(None, 0.0)
            wanted = "m" if "f" not in mention.gender else "f" if "m" not in mention.gender else ""
            headline = self._headline_quoted()
            if headline is not None and (not wanted or self._gender(headline) in ("", wanted)):
                # "X: ‘We got it wrong’" over "“We got it wrong, …,” he said": the one the headline
                # quotes, not whoever the sentence before was about
                if wanted and not self._gender(headline):
                    self.table.genders[headline] = wanted
                return Resolution(headline, 0.75)
            others = frozenset(
                s
                for s, _ in self.salience.current + self.salience.previous
                if wanted and self._gender(s) not in ("", wanted)
            )
            question = self.salience.question
            answers = question is not None and cue is not None and cue.text.lower() in self.lex.answer_verbs
            if (
                not answers
                and question is not None
                and question[1] is not None
                and wanted
                and self._gender(question[0]) != wanted
                and self._gender(question[1]) in ("", wanted)
            ):
                # "X asked Y whether …. He smiled and said: “…”": the one asked answers in quotes,
                # unless the pronoun can only be the asker ("She later said the minister …" goes on)
                answers = (
                    cue is not None
                    and cue.kind == "verb"
                    and cue.end < len(tokens)
                    and (tokens[cue.end].kind == "quote" or tokens[cue.end].text == ":")
                )
            if answers and question is not None and question[1] is not None:
                found: tuple[str, bool] | None = (question[1], True)
            else:
                asker = frozenset([question[0]]) if answers and question is not None else frozenset()
                found = self.salience.last_person(self._spokespeople() | others | asker)
                if answers and (found is None or not found[1]):
                    # "– …? spurte X. – …, svarte hun.": the one the entry named besides the asker
                    named = [s for s in reversed(self.salience.mentioned) if s not in asker | others]
                    found = (named[0], True) if named else found
            if not answers and (found is None or not found[1]):
                # Someone this entry names beats a speaker of the entry above.
                named = [s for s in reversed(self.salience.mentioned) if s not in others]
                found = (named[0], True) if named else found
            if not answers and wanted and (found is None or self._gender(found[0]) != wanted):
                # Someone this entry names who is known to be "she" beats someone unknown.
                named = [s for s in reversed(self.salience.mentioned) if self._gender(s) == wanted]
                found = (named[0], True) if named else found
            if not answers and wanted and found is None:
                # nobody spoke yet: the person this entry named whose gender nothing contradicts
                named = [s for s in reversed(self.salience.mentioned) if s not in others]
                found = (named[0], True) if named else found
            if found is None:
                return Resolution(None, 0.0)
            if wanted and not self._gender(found[0]):
                self.table.genders[found[0]] = wanted  # "she said" tells who she is
            return Resolution(found[0], 0.75 if found[1] else 0.6)
        words = mention_words(tokens, mention)
        folded = fold(" ".join(t.text for t in words))
        # also its genitive, owning what it found out: "ifølge Vestpostens opplysninger"
        if mention.kind == "name" and (folded in self.table.outlets or folded.removesuffix("s") in self.table.outlets):
            return Resolution(None, 0.0)  # "ifølge NTB" after "sier til NTB": an outlet reports, never speaks
        described = (
            self._described_company(" ".join(t.text for t in words))
            if mention.kind == "name" and not mention.possessor
            else None
        )
        if described is not None:
            return Resolution(described, 0.8, False)
        if (
            mention.kind == "name"
            and not mention.possessor
            and len(words) > 1
            and all(t.capitalised for t in words)
            and words[-1].lower in self.lex.body_nouns
        ):
            # "Harwick Police said", "Ashby Town Council said": a body named with its noun speaks
            # itself; its words are no titles of someone named before
            return Resolution(self.text[mention.char_start : mention.char_end] or None, 0.8, False)
        if mention.organisation and len(words) == 1 and words[0].lower in self.lex.authority_nouns:
            # "Die Stadt meldet", "ifølge kommunen": the place's own authority speaks.
            organisation = self._named_authority(words[0].lower)
            return Resolution(organisation or words[0].text, 0.6, False)
        if mention.organisation and len(words) == 1 and words[0].lower in self.lex.unit_nouns:
            unit = self._named_unit(tokens, mention)
            if unit is not None:
                return Resolution(unit, 0.6, False)
        if mention.organisation and len(words) == 1 and words[0].lower in self.lex.organisation_nouns:
            organisation = self._last_organisation(words[0].lower)
            return Resolution(organisation, 0.6, False) if organisation else Resolution(None, 0.0)
        written = self.text[mention.char_start : mention.char_end] if mention.char_end <= len(self.text) else ""
        if mention.kind == "role" and mention.possessor.lower() in self.lex.possessive_pronouns:
            # "her office": the office of the person "her" stands for
            owner = Mention(mention.start, mention.start + 1, "pronoun", mention.char_start, mention.char_start)
            owner.gender = self.lex.possessive_pronouns[mention.possessor.lower()]
            person = self.resolve(tokens, owner)
            if person.speaker is None:
                return Resolution(None, 0.0)
            return Resolution(f"{person.speaker}'s {' '.join(mention.role)}", min(person.confidence, 0.7), False)
        if mention.kind == "role" and mention.role and self.lex.is_plural_role(mention.role[-1]):
            return Resolution(None, 0.0)  # "the two leaders said", "the ministers said": several, none of them alone
        if mention.kind == "role":
            last = tokens[mention.end - 1]
            if self.lex.capitalised_nouns and last.capitalised and not _owned(tokens, mention, self.lex):
                entity = self.table.lookup(last.text)
                if entity is not None and entity.person:
                    return Resolution(entity.canonical, 0.85)  # "der 44-jährige Kannegießer"
            owned = _owned(tokens, mention, self.lex)
            spokesperson = self._spokesperson(tokens, mention)
            if spokesperson is not None:
                return spokesperson
            if tokens[mention.start].lower in self.lex.indefinites:
                # "an expert said": someone new; "a spokesperson for the party", "a Castleway
                # spokesman", "ein Polizeisprecher": that spokesperson
                owned = owned or self._named_owner(tokens, mention) or self._body_compound(last.text)
                return Resolution(written, 0.7, True) if owned else Resolution(None, 0.0)
            resolution = self._resolve_role(mention, written, asker=self._asker(cue))
            if owned and resolution.confidence < 0.6:
                return Resolution(written, 0.7, True)  # "the head of the agency", as written
            return resolution
        if words and fold(words[0].text) in self.lex.not_speakers:
            # "Analysis: …", "Watch live": a label opens the words; a body's name may end in such a
            # word and speak ("Human Rights Watch", "the Office of Budget Analysis")
            return Resolution(None, 0.0)
        if tokens[mention.start].lower in self.lex.indefinites:
            return Resolution(None, 0.0)  # "eine Anwohnerin": someone the text does not name
        limit = name_length_limit(tokens, mention.first, self.lex, self.table.lowercase)
        if mention.definite and len(words) == 1 and self._demonym(words[0].text):
            # "According to the Portuguese": a person only if the document said who is Portuguese.
            matches, _ = self.table.by_role((fold(words[0].text),))
            if not matches:
                return Resolution(None, 0.0)
            return Resolution(self._most_recent([m.canonical for m in matches]), 0.6)
        prefix, name = person_name(words, self.lex, self.table.lowercase, self.known, limit)
        if name and (not mention.organisation or (mention.definite and len(name) >= 2 and not mention.role)):
            # "Der Bärnfelder Kinderarzt Hakan Yıldız": a title and a known full name after the article
            entity = self.table.lookup(" ".join(name))
            if entity is not None:
                return Resolution(entity.canonical, 0.9, entity.person)
        # "…, melder Bane NOR": a name after its cue ending in an acronym that is no title is a body,
        # not a role (before the cue, "Reform UK has asked for …" keeps the older reading)
        acronym_name = (
            cue is not None
            and mention.start >= cue.end
            and len(words) > 1
            and words[-1].text.isupper()
            and not self.lex.is_title(words[-1].text)
        )
        if (
            prefix
            and not name
            and not mention.organisation
            and not acronym_name
            and not _acronym_speaks(tokens, mention, self.lex)
            # "Laut Kreiswahlleitung": a noun for a body ("-ung", "-schaft") is no title of the
            # person named "Kreiswahlleiterin X" before, though it looks like one
            and not (len(words) == 1 and self.lex.noun_endings and fold(words[0].text).endswith(self.lex.noun_endings))
        ):
            role = self._resolve_role(mention, written, tuple(fold(w) for w in prefix))
            if role.speaker:
                return role
        if mention.definite and not mention.acronym and len(words) == 1 and not self._first_part(words[0].text):
            # "der Kreisbrandmeister" after "Kreisbrandmeister Jens Vollrath": a title the
            # document taught, even one no role table knows.
            taught = role_words([words[0].text])
            matches = self._not_deputies(taught, self.table.by_role(taught)[0])
            if matches:
                return Resolution(self._most_recent([m.canonical for m in matches]), 0.8)
            if self._female_person_noun(tokens, mention, words[0].text):
                return self._woman_called(taught[0])  # "die Pegelwartin": a title, never a name
        if len(words) == 1 and not mention.acronym:
            organisation = self._named_organisation(words[0].text)
            if organisation:
                return Resolution(organisation, 0.6, False)
        bare = written
        for suffix in ("'s", "’s"):
            bare = bare.removesuffix(suffix)
        return Resolution(bare or None, 0.8, False)

    def _described_company(self, written: str) -> str | None:
        """ "Der Klinikbetreiber Lindaro" after "die Lindaro Kliniken", "der Konzern Nordwerft" after
        "die Nordwerft AG": where nouns are capitalised, a noun for a kind of organisation (or a
        compound ending in one) before a name describes it; the body is the one the document named
        with that name, in its longer form. None when the document named no such body (the
        noun may be part of the name: "Amtsgericht Kettwig")."""
        words = written.split()
        if not self.lex.capitalised_nouns or len(words) < 2 or not all(w[:1].isupper() for w in words):
            return None
        head = fold(words[0])
        if not any(head.endswith(fold(noun)) for noun in self.lex.organisation_nouns):
            return None
        rest = fold(" ".join(words[1:]))
        for name in reversed(self.salience.organisations):
            folded = fold(name)
            if folded != rest and folded.startswith(rest + " "):
                return name
        return None

    def _not_deputies(self, role: tuple[str, ...], matches: list[Entity]) -> list[Entity]:
        """Drop the people the document gave this role only as someone's deputy ("Deputy
        governor X" for "the governor"), unless the mention itself says deputy."""
        marks = self.lex.deputy_words
        if not marks or not role or not matches or any(fold(word).startswith(marks) for word in role):
            return matches
        key = (role, id(matches))
        if key in self.table.without_deputies:
            return self.table.without_deputies[key]
        head = self._noun_stem(role[-1])  # "lederen" holds "leder", as "nestleder" does
        kept = []
        for entity in matches:
            # learnt roles are folded already: "deputy governor", "nestleder", "vizeprasidentin"
            holding = [
                known for known in entity.roles if any(k.endswith(head) or _stem_equal_word(head, k) for k in known)
            ]
            if not holding or not all(any(k.startswith(marks) for k in known) for known in holding):
                kept.append(entity)
        self.table.without_deputies[key] = kept
        return kept

    def _first_part(self, word: str) -> bool:
        """Whether ``word`` is only the first part of a compound title the document taught,
        the rest a role ("des Flughafens" beside "Flughafensprecherin X"): the body, not its person."""
        if self.lex.is_role_head(word):
            return False
        folded = fold(word)
        stems = {folded, folded[:-1]} if folded.endswith("s") and len(folded) > 5 else {folded}
        for entity in self.table.entities:
            for role in entity.roles:
                for known in role:
                    for stem in stems:
                        rest = known[len(stem) :]
                        if (
                            len(stem) >= 4
                            and known.startswith(stem)
                            and len(rest) >= 4
                            and (self.lex.is_role_head(rest) or (rest[0] in "s-" and self.lex.is_role_head(rest[1:])))
                        ):
                            return True
        return False

    def _female_person_noun(self, tokens: list[Token], mention: Mention, word: str) -> bool:
        """Whether ``word`` after a feminine article is a noun for a woman by its ending, where
        every noun is capitalised ("die Pegelwartin", "die Landrätin"): a role, not a body."""
        if not self.lex.capitalised_nouns or tokens[mention.start].lower not in self.lex.female_articles:
            return False
        folded = fold(word)
        return any(folded.endswith(e) and len(folded) >= len(e) + 4 for e in self.lex.female_endings)

    def _woman_called(self, word: str) -> Resolution:
        """The woman a title no table knows (folded ``word``) stands for: one the document
        gave a compound title ending in it ("Politikwissenschaftlerin X" for "die
        Wissenschaftlerin"), else the last speaker of this entry not known to be a man or of
        the entry above known to be a woman; else nobody."""
        # (the title may be learnt as a role or kept in front of the name: "Die
        # Politikwissenschaftlerin Ingrid Sommerfeld")
        titled = [
            e.canonical
            for e in self.table.entities
            if e.person
            and (
                any(r and r[-1].endswith(word) for r in e.roles)
                or any(fold(w).endswith(word) for w in e.canonical.split()[:-1])
            )
        ]
        if titled:
            return Resolution(self._most_recent(titled), 0.7)
        for speaker, person in reversed(self.salience.current):
            if person and speaker and self._gender(speaker) != "m":
                return Resolution(speaker, 0.5)  # someone this entry quoted, not known to be a man
        for speaker, person in reversed(self.salience.previous):
            if person and speaker and self._gender(speaker) == "f":
                return Resolution(speaker, 0.45)
        return Resolution(None, 0.0)

    def _asker(self, cue: Cue | None) -> str | None:
        """Who asked the question just quoted, when ``cue`` answers it ("the governor replied")."""
        question = self.salience.question
        if question is None or cue is None or cue.text.lower() not in self.lex.answer_verbs:
            return None
        return question[0]

    def _resolve_role(
        self, mention: Mention, written: str, role: tuple[str, ...] = (), asker: str | None = None
    ) -> Resolution:
        """The person a role mention stands for; ``asker`` (who asked the question the
        role's verb answers) is never it."""
        role = role or mention.role
        matches, conflicts = self.table.by_role(role)
        kept = self._not_deputies(role, matches)
        # the deputies dropped are not the last speaker to fall back on either (by identity:
        # comparing entities field by field is slow)
        kept_ids = {id(entity) for entity in kept}
        deputies = frozenset(m.canonical for m in matches if id(m) not in kept_ids)
        matches = kept
        owners = frozenset(fold(word) for word in mention.possessor.split())
        if not matches and owners and any(word not in owners for word in role):
            # "Politiets operasjonsleder": the person the document calls "operasjonsleder",
            # unless their role says whose they are and it is someone else's ("Ukrainas …").
            bare, _ = self.table.by_role(tuple(word for word in role if word not in owners))
            matches = [entity for entity in bare if entity not in conflicts]
        if matches:
            recent = self._most_recent([m.canonical for m in matches])
            return Resolution(recent, 0.8)
        if mention.possessor:
            owner = self.table.lookup(mention.possessor)
            spoken = fold(mention.possessor) in self.salience.seen
            if (owner is not None and owner.person) or spoken:
                return Resolution(written, 0.85)
            if self.lex.is_role_head(mention.possessor.split()[-1]) and self.lex.is_role_head(role[-1] if role else ""):
                # "the prime minister's official spokesman": someone's aide, never that someone;
                # the aide of the person the document gave that role, when it did
                taught = tuple(fold(word) for word in mention.possessor.split())
                holders = self._not_deputies(taught, self.table.by_role(taught)[0])
                if holders:
                    return Resolution(f"{self._most_recent([h.canonical for h in holders])}'s {role[-1]}", 0.75)
                return Resolution(written, 0.75)
            if not self.lex.is_role_head(role[-1] if role else ""):
                return Resolution(None, 0.0)
        elif role:
            aide = self._earlier_holder(role[-1])
            if aide is not None:
                return Resolution(aide, 0.7)  # "the spokesman said" after "X's spokesman" was named
        exclude = frozenset(c.canonical for c in conflicts) | self._spokespeople() | deputies
        if asker is not None:
            question = self.salience.question
            if question is not None and question[1] is not None:
                return Resolution(question[1], 0.7)  # "…, Ms Coyle?" "…," the union leader replied.
            exclude |= {asker}
            named = [s for s in reversed(self.salience.mentioned) if s not in exclude]
            if named:
                return Resolution(named[0], 0.6)  # the one the entry named besides the asker
        headline = self._headline_quoted()
        if headline is not None:
            return Resolution(headline, 0.6)  # "X: ‘…’" over "the new chair said: “…”"
        found = self.salience.last_person(exclude, whole_document=True)
        if found is None:
            return Resolution(None, 0.0)
        return Resolution(found[0], 0.55 if found[1] else 0.45)

    def _headline_quoted(self) -> str | None:
        """The known person whose headline quote (three words or more) the quote being read
        repeats: a role the document tied to nobody, or a pronoun whose gender does not
        contradict theirs, that says the headline's words is the headline's speaker."""
        if self._quoted is None:
            return None
        said = set(_plain(self.text[self._quoted.start : self._quoted.end]).split())
        for statement in self.headline:
            words = set(_plain(statement.text).split())
            entity = self.table.lookup(statement.speaker) if statement.speaker else None
            if entity is not None and entity.person and len(words) >= 3 and words <= said:
                return entity.canonical
        return None

    def _earlier_holder(self, head: str) -> str | None:
        """A speaker of this entry (or the one above) named by a whole role phrase ending in
        ``head`` ("prime minister's official spokesman", "Castleway spokesman"): a bare
        "the spokesman" later means them."""
        spokesperson = bool(self.lex.spokesperson_words) and fold(head).endswith(self.lex.spokesperson_words)
        for speaker, _ in reversed(self.salience.current + self.salience.previous):
            words = speaker.split()
            if len(words) > 1 and self.table.lookup(speaker) is None and fold(words[-1]) == fold(head):
                return speaker
            if spokesperson and speaker.startswith(SPOKESPERSON.format("")):
                return speaker  # "the spokeswoman" after "a spokeswoman for X" spoke
        # a role phrase this entry named without its words ("X's spokesperson was asked whether …")
        return next((held for held in reversed(self._held) if fold(held.split()[-1]) == fold(head)), None)

    def _demonym(self, word: str) -> bool:
        """A capitalised nationality word ("Portuguese") that the document never uses as a name."""
        lower = word.lower()
        return (
            any(lower.endswith(e) for e in self.lex.demonym_endings)
            and self.table.lookup(word) is None
            and not word.isupper()
        )

    def _spokespeople(self) -> frozenset[str]:
        return frozenset(
            s
            for s, _ in self.salience.current + self.salience.previous
            # "Putin's spokesman" is someone's aide; "O'Neill" (an apostrophe inside a name) is not
            if any(is_possessive(w) for w in s.split()[:-1])
            or (" " in s and s.split()[0].endswith("s") and self.table.lookup(s) is None)
        )

    def _most_recent(self, names: list[str]) -> str:
        for speaker, _ in reversed(self.salience.current + self.salience.previous):
            if speaker in names:
                return speaker
        return names[0]
