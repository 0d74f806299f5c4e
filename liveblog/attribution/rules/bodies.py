"""Organisations, authorities and their spokespeople.

"a police spokeswoman", "the ministry's press office", "talsperson for kommunen": which body an
unnamed spokesperson speaks for (``_spokesperson``, ``_spoken_for``), and which named body a
common noun refers back to ("the club", "das Ministerium": ``_named_body``,
``_last_organisation``, ``_named_authority``, ``_named_organisation``). An unnamed
spokesperson becomes the label ``SPOKESPERSON`` ("spokesperson of X").
"""

from __future__ import annotations

from liveblog.attribution.cues import (
    ORG_CONNECTORS,
    Mention,
    described_body,
    ends_in_name_phrase,
    is_club_acronym,
    is_possessive,
)
from liveblog.attribution.rules.state import AttributorState
from liveblog.attribution.speakers import Resolution, fold
from liveblog.attribution.text import Token

# One label in every language for a body's unnamed spokesperson, so that "a court spokeswoman",
# "eine Gerichtssprecherin" and "talsperson for retten" join under the body they speak for.
SPOKESPERSON = "spokesperson of {}"


class BodyRules(AttributorState):
    """Which body a spokesperson or a body's common noun stands for."""

    def _spokesperson(self, tokens: list[Token], mention: Mention) -> Resolution | None:
        """An unnamed spokesperson speaks for a body: "spokesperson of <body>". The body is the
        one the phrase names ("a spokesperson for Dunmore Water", "ein Sprecher des
        Ministeriums", "pressetalsmann i Vestvik kommune", "a Castleway spokesman") or, for a
        body's noun ("a court spokeswoman", "eine Gerichtssprecherin", "politiets
        pressetalsperson"), the nearest body the document named with that noun. None when the
        phrase names no body the text knows (a bare "the spokesman", "der Polizeisprecher"
        after a person was given that title, "a spokesperson for the minister")."""
        endings = self.lex.spokesperson_words
        words = [t for t in tokens[mention.first : mention.end] if t.is_word]
        while words and (words[0].lower in self.lex.determiners or words[0].lower in self.lex.indefinites):
            words = words[1:]
        head = next((i for i, t in enumerate(words) if fold(t.text).endswith(endings)), None) if endings else None
        if head is None:
            return None
        folded = fold(words[head].text)
        self._spokesperson_at = mention.char_start
        after = words[head + 1 :]
        before = words[:head]
        indefinite = tokens[mention.start].lower in self.lex.indefinites
        body: str | None = None
        if after and after[0].lower in self.lex.role_connectors:
            owner = after[1:]
            end = mention.end
            if (
                owner
                and owner[-1].capitalised
                and end + 1 < len(tokens)
                and tokens[end].lower in self.lex.role_connectors
                and tokens[end + 1].is_word
                and tokens[end + 1].capitalised
            ):
                # "for Statsforvalteren i Fjellby": the body of the place named right after it
                owner = [*owner, tokens[end], tokens[end + 1]]
            # "for Dunmore Water", "des Ministeriums", "i Vestvik kommune"
            body = self._spoken_for(owner, connected=True)
        elif before and (
            indefinite or mention.possessor or any(t.capitalised or is_possessive(t.text) for t in before)
        ):
            body = self._spoken_for(before)  # "a council spokeswoman", "politiets pressetalsperson"
        elif not before and not after and indefinite:
            ending = max((e for e in endings if folded.endswith(e)), key=len)
            stem = folded[: -len(ending)]
            if stem.endswith("-") and len(stem) >= 3:
                # "ein KVB-Sprecher": a name before the hyphen, in its longest known form
                prefix = words[head].text[: len(stem) - 1]
                body = self._named_body(fold(prefix)) or prefix
            else:
                # "eine Gerichtssprecherin": a body's noun joined by a linking "s"
                if len(stem) >= 5 and not self._body_stem(stem) and stem.endswith("s"):
                    stem = stem[:-1]
                body = self._named_body(stem) if len(stem) >= 4 and self._body_stem(stem) else None
        if body is None:
            return None
        if fold(body) in self.table.outlets:
            return None  # "a Kestrel News spokesperson" speaks for an outlet: never a speaker here
        label = SPOKESPERSON.format(body)
        gender = self.lex.gender_of((folded,))
        if gender:
            self.table.genders[label] = gender  # "a spokeswoman for X" … "she added"
        return Resolution(label, 0.7, True)

    def _spoken_for(self, owner: list[Token], people: bool = False, connected: bool = False) -> str | None:
        """The body (or person) whose spokesperson the words ``owner`` say it is: a name the
        document knows, in its longest form ("Stadtwerke" for "Stadtwerke Bärnfeld"); a name
        the phrase itself gives; or the nearest body named with the noun ("the council",
        "des Ministeriums", "politiets"). None for a role ("for the minister") or an outlet, and
        for a person unless ``people`` (whose statement it is, not whose spokesperson).
        ``connected``: the words follow the role's connector ("talsperson for Kystverket")."""
        owner = [t for t in owner if t.is_word]
        while owner and owner[0].lower in self.lex.determiners:
            owner = owner[1:]
        if not owner:
            return None
        if len(owner) == 1 and owner[0].lower in self.lex.body_synonyms:
            # "a force spokesman": the body's usual noun ("police"), as if written
            owner = [Token(self.lex.body_synonyms[owner[0].lower], owner[0].start, owner[0].end)]
        if described_body(owner, 0, self.lex):
            # "for flyselskapet Nordfly": the phrase itself says that the name is a body's
            written = self.text[owner[1].start : owner[-1].end]
            entity = self.table.lookup(written)
            return entity.canonical if entity is not None else written
        written = self.text[owner[0].start : owner[-1].end]
        for suffix in ("'s", "’s", "'", "’"):
            written = written.removesuffix(suffix)
        if fold(written) in self.table.outlets or self.lex.is_role_head(owner[-1].text):
            return None
        last = fold(owner[-1].text).rstrip("'’")
        bare = last[:-1] if last.endswith("s") else last  # "politiets", "des Ministeriums"
        stems = [s for s in (last, bare, self._noun_stem(last), self._noun_stem(bare)) if len(s) >= 4]
        # "Vestvik kommune", "Dunmore Water" are names; "the council", "des Ministeriums" nouns
        # ("Kellbrook Ambulance and Rescue Service", "Gewerkschaft der Polizei": small words inside)
        # ("the Hale County courts", "the Marlow city council": a name, then the body's nouns)
        inside = self.lex.conjunctions | self._connectors | ORG_CONNECTORS
        nouns = self.lex.name_nouns + tuple(self.lex.body_nouns)
        named_noun = len(owner) > 1 and (owner[-1].lower in nouns or owner[-1].lower.removesuffix("s") in nouns)
        name = (
            (
                owner[0].capitalised
                and (owner[-1].capitalised or owner[-1].lower in self.lex.name_nouns or named_noun)
                and all(t.capitalised or t.lower in nouns or t.lower in inside for t in owner[:-1])
            )
            or (owner[0].capitalised and ends_in_name_phrase(owner, self.lex))
            or (
                # "the Estonian coastguard": a nationality or place word and the body's own nouns
                len(owner) > 1
                and owner[0].capitalised
                and owner[0].lower.endswith(self.lex.demonym_endings)
                and all(not t.capitalised for t in owner[1:])
            )
        )
        noun = not name or (self.lex.capitalised_nouns and len(owner) == 1 and self.table.lookup(written) is None)
        if noun or (len(owner) == 1 and any(self._body_stem(s) for s in stems)):
            stem = last
            body_stems = [candidate for candidate in stems if self._body_stem(candidate)]
            if body_stems:
                found = next((f for f in map(self._named_body, body_stems) if f is not None), None)
                noun_of = next((n for n in self.lex.organisation_nouns if fold(n) in body_stems), None)
                if found is None and noun_of is not None and not owner[-1].capitalised:
                    # "a spokesman for the company", "pressetalsperson i selskapet": the body "the
                    # company" stands for
                    found = self._last_organisation(noun_of)
                elif found is None and noun_of is not None and self.lex.capitalised_nouns:
                    found = self._company_that_spoke(noun_of)  # "ein Sprecher des Konzerns"
                return None if found is None or self._spokesperson_name(found) else found
            # "der Stadtwerke", "des Landratsamts": a body named by that very word, else nobody known
            if not (noun and owner[-1].capitalised):
                return None
            found = self._named_body(stem, exact=True)
            if found is None and self.lex.capitalised_nouns and len(owner) == 1:
                # "des Verbunds" after "der Klinikverbund Ostheim": a body's name whose first or
                # last word is a compound ending in the noun, without the genitive's ending
                head = next((s for s in (self._noun_stem(bare), bare) if len(s) >= 5), None)
                found = self._compound_body(head) if head is not None else None
            return found
        entity = self.table.lookup(written)
        if len(owner) > 2 and owner[-2].lower in self.lex.role_connectors and fold(written) not in self.table.by_form:
            entity = None  # "Fylkesmannen i Vestmark": a body of a place, not whoever bears the place's name
        if entity is not None and entity.person:
            # "Guterres' talsmann", "ein Sprecher von Reichert": a person's aide, as written; with
            # ``people``, a person's own ("in einer Erklärung von Ministerin X")
            return entity.canonical if people else None
        if len(owner) == 1 and owner[0].text.isupper():
            # "a CPS spokesperson" after "the Crown Prosecution Service": the body with these initials
            return self._named_body(fold(written), initials=True) or written
        if len(owner) == 1:
            # "a Westgrid spokesman": a body the document named with this word; one word alone
            # may be a person's name as well
            possessive = is_possessive(owner[0].text) or owner[0].text.endswith(("'", "’"))
            if entity is not None:
                return entity.canonical
            found = self._named_body(fold(written), exact=True, possessive=possessive)
            if found is None and connected and self.lex.definite_suffix and not possessive:
                # "en talsperson for Kystverket" (``connected``: after the role's connector): where a
                # body's name is a capitalised noun with its definite suffix, a word no person of the
                # document bears is that body, as the phrase names it (in English one word may be a
                # surname: "a spokeswoman for Lumera" stays as written)
                return written
            return found
        longer = self._named_body(fold(written), whole=True)
        return longer or (entity.canonical if entity is not None else written)

    def _company_that_spoke(self, noun: str) -> str | None:
        """ "X teilte mit, … Ein Sprecher des Konzerns sagte": where every noun is capitalised (so
        "Konzern" may be any capitalised word's neighbour), the body "des Konzerns" stands for is
        one that spoke in this entry, the latest first; never one named by another kind of body's
        noun ("Polizei Ostheim" is no company). None when no body spoke: the words stay as written."""
        folded_noun = fold(noun)
        for speaker, person in reversed(self.salience.current):
            if person or not speaker or self._spokesperson_name(speaker) or fold(speaker) in self.table.outlets:
                continue
            words = fold(speaker).split()
            if any(w in self.lex.folded_body_nouns and w != folded_noun for w in (words[0], words[-1])):
                continue
            return speaker
        return None

    def _compound_body(self, head: str) -> str | None:
        """The latest body named before (subjects first) whose first or last word is a compound
        ending in the folded noun ``head`` ("Klinikverbund Ostheim" for "verbund"); never a
        person's name, a spokesperson or an outlet."""
        seen: set[str] = set()
        for name in [*reversed(self.salience.subject_organisations), *reversed(self.salience.organisations)]:
            folded = fold(name)
            if folded in seen or folded in self.table.outlets or self._spokesperson_name(name):
                continue
            seen.add(folded)
            entity = self.table.lookup(name)
            if entity is not None and entity.person:
                continue
            words = folded.split()
            if any(len(w) > len(head) and w.endswith(head) for w in {words[0], words[-1]}):
                return name
        return None

    def _spokesperson_name(self, name: str) -> bool:
        """Whether a speaker's name is a spokesperson's ("spokesperson of X", "a hospital
        spokesperson" as written): never the body a spokesperson speaks for."""
        endings = self.lex.spokesperson_words
        return name.startswith(SPOKESPERSON.format("")) or (
            bool(endings) and any(word.endswith(endings) for word in fold(name).split())
        )

    def _body_stem(self, stem: str) -> bool:
        """Whether folded ``stem`` is a body's noun or the stem of one ("gericht", "politi")."""
        nouns = self.lex.body_nouns
        return any(fold(n) == stem or (fold(n).startswith(stem) and len(n) - len(stem) <= 3) for n in nouns)

    def _named_body(
        self, stem: str, whole: bool = False, initials: bool = False, exact: bool = False, possessive: bool = False
    ) -> str | None:
        """The nearest body named before whose name has a word that is folded ``stem`` or else
        opens or ends with it ("Amtsgericht Kettwig" for "gericht", "Polizei Ostheim" for
        "polizei", "Harwick Crown Court" for "court"); the word must be the name's first or
        last, not one after a connector ("Gewerkschaft der Polizei" is no police). With
        ``exact``, only a word that is ``stem``, in a name the document never gave a person;
        with ``whole``, a longer name that holds ``stem`` as a run of its words ("Sierra Crest
        Power" for "sierra crest"); with ``initials``, a name whose words' initials spell it ("cps")."""
        # this sentence's names before the spokesperson ("Das Amtsgericht X hat …, wie eine
        # Gerichtssprecherin mitteilte"), this entry's, then bodies named or heard before (a body
        # the text took for a person, "Sierra Crest Power said", may hold the words too)
        names = [
            self.text[m.char_start : m.char_end]
            for m in reversed(self._mentions_cache)
            if m.kind == "name" and m.char_end <= self._spokesperson_at
        ]
        seen: set[str] = set()
        for name in [
            *names,
            *reversed(self._named),
            *reversed(self.salience.subject_organisations),
            *reversed(self.salience.organisations),
            *(speaker for speaker, _ in reversed(self.salience.history)),
        ]:
            folded = fold(name)
            if (
                not name
                or folded in seen
                or folded in self.table.outlets
                or self._spokesperson_name(name)
                or name == name.lower()  # "Brellweather Foods, a snack company,": a description, no name
                or self.lex.is_role_head(name.split()[-1])  # "Gerichtssprecherin" names no court
                # "Erklärung der Vellmann Chemie AG", read as one name, is a statement
                or (bool(self.lex.statement_nouns) and fold(name.split()[0]).endswith(self.lex.statement_nouns))
            ):
                continue
            seen.add(folded)
            words = folded.split()
            if whole:
                if folded != stem and f" {stem} " in f" {folded} ":
                    return name
                continue
            if initials:
                if len(words) == len(stem) and "".join(w[0] for w in words) == stem:
                    return name
                continue
            if folded == stem and self._body_stem(stem):
                continue  # the bare noun ("nach Angaben der Polizei") names no body
            if len(words) == 1 and any(self._body_stem(folded[: len(folded) - cut]) for cut in (1, 2)):
                continue  # nor its genitive ("des Unternehmens", "des Landes")
            entity = self.table.lookup(name)
            if self.lex.is_title(name.split()[0]):
                continue  # "Polizeipräsident Rainer Olmers" is no police
            if exact and len(words) == 1 and entity is None and name not in self.salience.organisations:
                continue  # "Guterres' talsmann": one word, never shown to be a body's name
            # a person's surname is never a body ("a Lee spokesman"); the first word of a name
            # the text may have taken for a person's is ("a Dunmore spokeswoman", "Dunmore Water")
            person = entity is not None and entity.person
            for index, word in enumerate(words):
                if index not in (0, len(words) - 1) or (index and words[index - 1] in self._connectors):
                    continue
                if person and (index == len(words) - 1 or not exact or possessive):
                    continue  # ("Guterres' talsmann": a possessive is a person's more often than not)
                if word == stem or (not exact and (word.startswith(stem) or (len(stem) >= 5 and word.endswith(stem)))):
                    return name
        return None

    def _body_compound(self, word: str) -> bool:
        """A role compound whose first part is a body's noun: "Polizeisprecher", "Klinikdirektorin"."""
        folded = fold(word)
        for noun in self.lex.body_nouns:
            stem = fold(noun)
            rest = folded[len(stem) :]
            if len(stem) < 4 or not folded.startswith(stem) or not rest:
                continue
            # a linking "s" or hyphen may join the parts ("Regierungssprecher", "Klinik-Chef")
            if self.lex.is_role_head(rest) or (rest[0] in "s-" and self.lex.is_role_head(rest[1:])):
                return True
        return False

    def _named_owner(self, tokens: list[Token], mention: Mention) -> bool:
        """ "a Castleway spokesman": a name (no nationality word) before the role says whose
        role it is; so does a body's noun ("a hospital spokesperson")."""
        before = [t for t in tokens[mention.first : mention.end - 1] if t.is_word]
        if before and all(
            t.lower in self.lex.organisation_nouns or t.lower in self.lex.authority_nouns for t in before
        ):
            return True
        return bool(before) and all(
            t.capitalised and not (t.lower.endswith(self.lex.demonym_endings) and self.table.lookup(t.text) is None)
            for t in before
        )

    def _named_authority(self, noun: str) -> str | None:
        """The authority named before in full by the same noun ("Hovdeland kommune" for
        "kommunen", "Stadtverwaltung Halvern" for "die Stadtverwaltung"), or by a name of
        several words that opens with it ("Polizeipräsidium Hohenbrück" for "die Polizei"), if any.
        A name with the noun itself goes first: "die Stadt" is "Stadt Talheim", not the "Stadtteil
        Nord" named after it, and never a word after a connector ("Gewerkschaft der Polizei")."""
        stem = fold(noun)
        for force in (stem, self._noun_stem(noun)):
            named_force = self.table.the_force(force) if force in self.lex.force_nouns else None
            if named_force:
                return named_force  # "according to police": the one force the document names, wherever it names it
        for name in reversed(self.salience.organisations):
            words = [fold(w) for w in name.split()]
            if len(words) > 1 and any(
                stem.startswith(w) and len(w) >= 4 and not (i and words[i - 1] in self._connectors)
                for i, w in enumerate(words)
            ):
                return name
        for name in reversed(self.salience.organisations):
            words = name.split()
            if len(words) > 1 and len(stem) >= 4 and fold(words[0]).startswith(stem):
                return name
            if len(stem) >= 6 and any(fold(w).endswith(stem) for w in words):
                return name  # "Samferdselsdepartementet" for "departementet", "Bundesumweltministerium"
        older = self.table.older_bodies(noun, self.salience.entry)
        return older[0] if older else None  # "the council" named as "Brackley Town Council" in a post below

    def _named_unit(self, tokens: list[Token], mention: Mention) -> str | None:
        """The part of an authority that "the fire department" or "the sheriff's office" stands
        for: the body named before whose name ends in the same words ("Brackley Fire Department"),
        else the words as written. None when no lower-case qualifier stands before the noun ("the
        department" is any department named before)."""
        determiners = self.lex.determiners
        qualifiers = [t for t in tokens[mention.start : mention.first] if t.is_word and t.lower not in determiners]
        if not qualifiers or any(t.capitalised for t in qualifiers):
            return None
        written = self.text[qualifiers[0].start : tokens[mention.first].end]
        ending = fold(written)
        for name in reversed(self.salience.organisations):
            folded = fold(name)
            if folded.endswith(" " + ending) and len(folded) > len(ending):
                return name
        noun = tokens[mention.first].text
        older = [n for n in self.table.older_bodies(noun, self.salience.entry) if fold(n).endswith(" " + ending)]
        return older[0] if older else written

    def _last_organisation(self, noun: str) -> str | None:
        """The organisation "the company" stands for: the last one named with that noun
        ("the union" -> "the Professional Players' Union"), else a subject of this entry
        that the text never gave a role or gender, else the last organisation named, else
        the last speaker known by one word only."""
        for name in reversed(self.salience.organisations):
            if fold(name.split()[-1]) == fold(noun):
                return name
        stem = self._noun_stem(noun)
        if len(stem) >= 5:
            # "forbundet" after "Norsk Sjåførforbund": a name whose last word ends in the noun
            for name in reversed(self.salience.organisations):
                if fold(name.split()[-1]).endswith(stem):
                    return name
            # "die Polizei" after "das Polizeipräsidium Hohenbrück": a name that opens with it
            for name in reversed(self.salience.organisations):
                if fold(name.split()[0]).startswith(stem) and len(name.split()) > 1:
                    return name
            for known in reversed(self.table.entities):
                if any(fold(form.split()[-1]).endswith(stem) for form in known.forms):
                    return known.canonical
        older = self.table.older_bodies(noun, self.salience.entry)
        if older:
            return older[0]  # "the authority" after the 09:10 post below named "the Harbour Authority"
        named = [n for n in self.salience.entry_organisations if self._club_name(n)]
        if named:
            return named[-1]  # "wechselt zum FC X. Der Verein teilte mit": the club this entry named
        for speaker, _ in reversed(self.salience.current):
            entity = self.table.lookup(speaker) if speaker else None
            if entity is not None and not entity.roles and not self._gender(speaker):
                return speaker
        # "the company" is sooner "Hobmere Snacks" named before than "the Harwell Trust" named
        # after it: a body named with another body's noun is the last resort
        bodies = self.lex.body_nouns
        for names in (self.salience.subject_organisations, self.salience.organisations):
            fitting = [n for n in names if fold(n.split()[-1]) not in bodies or fold(n.split()[-1]) == fold(noun)]
            if fitting or names:
                return (fitting or names)[-1]
        for speaker, _ in reversed(self.salience.history):
            if speaker and speaker.lower() not in self.lex.organisation_nouns and self.table.lookup(speaker) is None:
                return speaker
        return None

    def _club_name(self, name: str) -> bool:
        """A name opened by a club's acronym: "FC Rhenania Ostheim", "VfL Grünwalde"."""
        words = name.split()
        return len(words) >= 2 and is_club_acronym(words[0], self.lex)

    def _noun_stem(self, noun: str) -> str:
        """The noun without an inflection ending of the language ("forbundet" -> "forbund")."""
        folded = fold(noun)
        for ending in self.lex.inflections:
            if folded.endswith(ending) and len(folded) - len(ending) >= 5:
                return folded[: -len(ending)]
        return folded

    def _named_organisation(self, noun: str) -> str | None:
        """ "die Klinik" after "Städtisches Klinikum Bergstadt", "Sykehuset" after
        "Universitetssykehuset": an organisation named before by a longer word that
        begins or ends with the noun's stem."""
        stem = fold(noun)
        if len(stem) < 5:
            return None
        # First a word that is the noun with an ending ("Klinikum"), then any compound
        # ("Klinikleitung" is the clinic's management, a body of its own).
        for longest in (3, None):
            for name in reversed(self.salience.organisations):
                if fold(name) == stem:
                    continue
                for word in name.split():
                    folded = fold(word)
                    if folded.startswith(stem) and folded[len(stem) :].endswith(self.lex.demonym_endings):
                        continue  # "Vessmark says" is the country, never its adjective "Vessmarkian"
                    if folded.endswith(stem) or (
                        folded.startswith(stem) and (longest is None or len(folded) - len(stem) <= longest)
                    ):
                        return name
        return None
