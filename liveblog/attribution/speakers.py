"""Who is who in one document: the entity table, roles and resolution.

The table is built from the whole document before any statement is
attributed: full names (the longest form the document uses is canonical),
surnames, misspellings one or two edits from a known surname, roles taught by
appositions in both orders ("Russian Foreign Minister Sergei Lavrov",
"Dmitrij Peskov, som er talsperson for Putin") and an optional registry.
:class:`Salience` keeps who was last talked about, for pronouns, unlearnt
roles and quotes without a cue.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from rapidfuzz.distance import OSA, Levenshtein

from liveblog.attribution.cues import NAME_PARTICLES, Lexicon, Mention
from liveblog.attribution.text import Token
from liveblog.models import Entry, Speaker, Statement

_T = TypeVar("_T")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, for comparing names."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


@dataclass
class Entity:
    """A person (or organisation) of the document."""

    forms: Counter[str] = field(default_factory=Counter)  # full names as written
    surname: str = ""
    given: str = ""
    roles: list[tuple[str, ...]] = field(default_factory=list)
    person: bool = True
    registry_name: str = ""
    gender: str = ""
    _canonical: tuple[tuple[int, int], str] | None = field(default=None, repr=False, compare=False)

    @property
    def canonical(self) -> str:
        """The registry's name, else the longest (then most frequent) full form."""
        if self.registry_name:
            return self.registry_name
        key = (len(self.forms), sum(self.forms.values()))
        if self._canonical is None or self._canonical[0] != key:
            best = max(self.forms, key=lambda form: (len(form.split()), self.forms[form], len(form)))
            self._canonical = (key, best)
        return self._canonical[1]


@dataclass(slots=True)
class Resolution:
    """A resolved mention: canonical name (None when unknown) and confidence."""

    speaker: str | None
    confidence: float
    person: bool = True


class EntityTable:
    """The people and organisations one document talks about."""

    def __init__(self, lex: Lexicon, lowercase: frozenset[str]) -> None:
        self.lex = lex
        self.lowercase = lowercase
        self.entities: list[Entity] = []
        # Names the document shows only as listeners of speech that are no known person
        # ("sier til NTB", "told Reuters"): news outlets, folded. They are sources, never speakers.
        self.outlets: set[str] = set()
        self.by_surname: dict[str, list[Entity]] = {}
        self.by_form: dict[str, Entity] = {}
        self._fuzzy: dict[str, Entity | None] = {}
        self.midcaps: frozenset[str] = frozenset()  # capitalised words seen inside sentences
        self.genders: dict[str, str] = {}  # canonical name -> "f" or "m", when the text tells
        self._known: tuple[tuple[int, int], frozenset[str]] | None = None
        self._forms_added = 0  # how many names were written into entities' forms: when ``known`` is stale
        self._roles: dict[tuple[str, ...], tuple[list[Entity], list[Entity]]] = {}
        # by_role's answers without the people known only as that role's deputy, by role and
        # answer (rules.Attributor._not_deputies): the answers are kept, so their ids stay.
        self.without_deputies: dict[tuple[tuple[str, ...], int], list[Entity]] = {}
        # Full names whose first word was kept as a possible title ("Nguyen Thi Lan" opening a
        # sentence), with that word: a name if the document uses it alone as one.
        self.leading: list[tuple[Entity, list[str]]] = []
        self._bodies: dict[str, bool] = {}  # folded word -> whether it names a kind of body
        # Bodies named in full in each entry ("Harbour Authority"), by their folded last word: the
        # entry's index, its time (timestamp, else clock time) and the name, in document order.
        self.bodies_by_noun: dict[str, list[tuple[int, str | None, str]]] = {}
        self.entry_times: list[str | None] = []
        # The police forces the document names anywhere, by force noun ("police" -> ["Wharfton Harbour
        # Police"]), each once: a shorter name held in a longer one is the same force.
        self.forces: dict[str, list[str]] = {}
        # Folded word -> the folded capitalised words written right before it (join_misspellings).
        self._preceded: dict[str, set[str]] = {}

    def older_bodies(self, noun: str, entry: int) -> list[str]:
        """The bodies named with ``noun`` ("Harbour Authority" for "authority") in entries older
        than the entry at index ``entry`` that stand below it, as in a live blog read newest first:
        what "the authority said" at 11:40 means when only the 09:10 post further down names it.
        Nearest first; none for an untimed entry."""
        time = self.entry_times[entry] if 0 <= entry < len(self.entry_times) else None
        if time is None:
            return []
        return [
            name
            for at, older, name in self.bodies_by_noun.get(fold(noun), ())
            if at > entry and older is not None and len(older) == len(time) and older < time
        ]

    def add_force(self, noun: str, name: str) -> None:
        """The document names the force ``name`` ("Wharfton Harbour Police") for the force noun
        ``noun``; "Harbour Police" after it, or a genitive "Polizeipräsidiums X", is the same force."""
        names = self.forces.setdefault(noun, [])
        key = _force_key(name)
        for at, known in enumerate(names):
            other = _force_key(known)
            if _holds(other, key):
                return
            if _holds(key, other):
                names[at] = name
                return
        names.append(name)

    def the_force(self, noun: str) -> str | None:
        """The one force the document names for the force noun ``noun``; None for none or several."""
        names = self.forces.get(noun, [])
        return names[0] if len(names) == 1 else None

    @property
    def known(self) -> frozenset[str]:
        """Name tokens known as names (given names and surnames)."""
        size = (len(self.midcaps), self._forms_added)
        if self._known is None or self._known[0] != size:
            names = set(self.midcaps)
            for entity in self.entities:
                for form in entity.forms:
                    names.update(form.split())
            self._known = (size, frozenset(names))
        return self._known[1]

    def add_person(self, words: list[str], role: tuple[str, ...]) -> Entity:
        """Register a full name (two or more words) and the role it came with."""
        form = " ".join(words)
        surname, given = fold(words[-1]), fold(words[0])
        entity = self._same_person(surname, given)
        if entity is None and len(words) > 2:
            # "Peter Wendorf" learnt where a sentence opening cut a name, then "Hans Peter
            # Wendorf": the shorter form ends the longer one ("Gahr Støre" the other way round)
            entity = self.by_form.get(fold(" ".join(words[-2:])))
            entity = entity if entity is not None and entity.person and entity.surname == surname else None
        if entity is None:
            entity = Entity(surname=surname, given=given)
            self.entities.append(entity)
            self.by_surname.setdefault(surname, []).append(entity)
        entity.forms[form] += 1
        self._forms_added += 1
        self.by_form[fold(form)] = entity
        if role and role not in entity.roles:
            entity.roles.append(role)
        self._learn_gender(entity, role)
        return entity

    def add_form(self, entity: Entity, words: list[str]) -> None:
        """Add a longer full form whose first word is the name the document calls the person by
        ("Nguyen Thi Lan", then "Nguyen said"): a family name written first."""
        entity.forms[" ".join(words)] += 1
        self._forms_added += 1
        self.by_form[fold(" ".join(words))] = entity
        first = fold(words[0])
        if entity not in self.by_surname.setdefault(first, []):
            self.by_surname[first].append(entity)
        role = (first,)
        if role in entity.roles:
            entity.roles.remove(role)

    def _learn_gender(self, entity: Entity, role: tuple[str, ...]) -> None:
        gender = self.lex.gender_of(role)
        if gender:
            entity.gender = gender

    def gender(self, canonical: str) -> str:
        """The gender the document tells for a speaker, or ""."""
        if canonical in self.genders:
            return self.genders[canonical]
        entity = self.lookup(canonical)
        return entity.gender if entity is not None else ""

    def _same_person(self, surname: str, given: str) -> Entity | None:
        for entity in self.by_surname.get(surname, []):
            if not entity.given or Levenshtein.normalized_similarity(entity.given, given) >= 0.6:
                return entity
            # "Gahr Støre" and "Jonas Gahr Støre": one form ends the other.
            if any(fold(form).split()[-2:][0] == given or given in fold(form).split() for form in entity.forms):
                return entity
        return None

    def add_role(self, name: str, role: tuple[str, ...]) -> None:
        """Teach ``role`` to the person called ``name`` (a full name or surname)."""
        entity = self.lookup(name)
        if entity is not None and role and role not in entity.roles:
            entity.roles.append(role)
            self._learn_gender(entity, role)

    def add_registry(self, registry: Sequence[Speaker], date: str | None = None) -> None:
        """Join registry speakers to the document's people; add their aliases and roles.

        A registry speaker the document never names in full still becomes known,
        so that "Putin" alone finds "Vladimir Putin". A role counts when the
        document's date (if known) lies within its from/to dates.
        """
        for speaker in registry:
            forms = [speaker.name, *speaker.aliases]
            entity = next((e for e in (self._registry_match(f) for f in forms) if e is not None), None)
            if entity is None:
                entity = self._registry_entity(speaker.name)
            entity.registry_name = speaker.name
            for form in forms:
                self.by_form[fold(form)] = entity
                words = fold(form).split()
                if words and entity not in self.by_surname.setdefault(words[-1], []):
                    self.by_surname[words[-1]].append(entity)
            for role in speaker.roles:
                title = tuple(fold(w) for w in role.title.split())
                if date and ((role.start and date[:10] < role.start[:10]) or (role.end and date[:10] > role.end[:10])):
                    continue
                if title and title not in entity.roles:
                    entity.roles.append(title)

    def _registry_match(self, form: str) -> Entity | None:
        """A document entity that is surely the registry's person (no surname-only guess)."""
        key = fold(form)
        if key in self.by_form:
            return self.by_form[key]
        words = key.split()
        if len(words) < 2:
            return None
        for entity in self.by_surname.get(words[-1], []):
            if entity.given and Levenshtein.normalized_similarity(entity.given, words[0]) >= 0.6:
                return entity
        return None

    def _registry_entity(self, name: str) -> Entity:
        words = fold(name).split() or [fold(name)]
        entity = Entity(surname=words[-1], given=words[0] if len(words) > 1 else "")
        entity.forms[name] += 1
        self._forms_added += 1
        self.entities.append(entity)
        return entity

    def lookup(self, name: str) -> Entity | None:
        """The entity a name refers to: full form, surname or a near spelling."""
        key = fold(name)
        if key in self.by_form:
            return self.by_form[key]
        written = name.split()
        if len(written) > 2 and written[-1].isupper() and len(written[-1]) <= 3 and written[-1].isalpha():
            # post-nominal letters: "Jane Moss KC", "Tom Reed MP" (but "Vellmann Chemie AG" is a
            # company's whole name)
            person = self.lookup(" ".join(written[:-1]))
            if person is not None and person.person and fold(person.canonical) == fold(" ".join(written[:-1])):
                return person
        last = key.split()[-1] if key.split() else key
        candidates = self.by_surname.get(last)
        if candidates:
            first = key.split()[0] if len(key.split()) > 1 else ""
            for entity in candidates:
                if not first or Levenshtein.normalized_similarity(entity.given, first) >= 0.6:
                    return entity
            if self._body_word(first):
                return None  # "Polizei Lindenau" is not "Chemiepark Lindenau": another body of the place
            if (
                len(key.split()) == 2
                and not self._titled(name.split()[0])
                and not any(first in role for entity in candidates for role in entity.roles)
            ):
                # "Verkehrsverbund Talberg" is not "Hauptbahnhof Talberg", "Hans Moe" not "Kari
                # Moe": two names sharing only their last word are two; a title before a
                # surname ("Dr. Moe", "Minister Moe") still finds the person.
                return None
            return candidates[0]
        return self._near(last)

    def _titled(self, word: str) -> bool:
        """Whether ``word`` (as written) may be a title before a surname: a known title or role,
        an abbreviation ("Dr.", "Gov."), or a word never written as a name's first part."""
        bare = _bare(word)
        return (
            self.lex.is_title(bare)
            or bare.lower() in self.lex.title_abbreviations
            or bare.endswith(".")
            or not bare[:1].isupper()
            or bare.lower() in self.lowercase  # "Sheriff Moe" where the text also says "the sheriff"
            or bare != word  # "Russia's Lavrov", "Ostenfelds Moe": an owner, then the surname
        )

    def _body_word(self, word: str) -> bool:
        """Whether ``word`` (folded) names a kind of body ("polizei", "kommune", "city")."""
        if word not in self._bodies:
            nouns = [fold(noun) for noun in self.lex.body_nouns]
            self._bodies[word] = any(word == noun or (len(noun) >= 4 and word.startswith(noun)) for noun in nouns)
        return self._bodies[word]

    def _body_head(self, word: str) -> bool:
        """Whether ``word`` ends in the noun of a body ("bundesverkehrsministerium", "kommunen")."""
        folded = fold(word)
        nouns = self.lex.body_nouns
        return any(len(noun) >= 5 and folded.endswith(fold(noun)) for noun in nouns)

    def _near(self, word: str) -> Entity | None:
        """The person whose surname ``word`` (folded) misspells: the nearest known surname one
        edit away (two from eight letters); nobody when two people are equally near."""
        if word not in self._fuzzy:
            nearest: list[Entity] = []
            closest = _misspelling_limit(word)
            for surname, entities in self.by_surname.items():
                if not entities or not closest or abs(len(surname) - len(word)) > closest:
                    continue
                distance = OSA.distance(surname, word, score_cutoff=closest)
                if distance < closest:
                    closest, nearest = distance, []
                if distance == closest and entities[0] not in nearest:
                    nearest.append(entities[0])
            self._fuzzy[word] = nearest[0] if len(nearest) == 1 else None
        return self._fuzzy[word]

    def join_misspellings(self, counts: Counter[str], preceded: dict[str, set[str]]) -> None:
        """Make one person of full names that differ only by a misspelt surname or a title
        word glued on in the given name's place, wherever in the document each stands.

        "Ingrid Hovlan" joins "Ingrid Hovland" (same given name, surname one edit away),
        "Sportdirektor Brandhauer" joins "Jens Brandauer" (a title where a given name would
        be), "Kapitän Ostrowski" joins "Nils Ostrowski". Two people whose given names differ
        ("Per Hansen", "Kari Jansen") stay two; so do surnames whose first letters differ ("Kari
        Hansen", "Kari Jansen") and two full names each written in full more than once. The
        spelling the document uses more often
        (``counts``: folded word -> occurrences) names the person. A surname written after
        a capitalised word that is none of the person's names (``preceded``: folded word ->
        the folded capitalised words seen right before it) names something else too ("Bad
        Landau" beside "Stadtwerke Landau" is no misspelt "Bad Lindau").
        """
        people = [e for e in self.entities if e.person]
        # Surnames within reach of each other share a deletion (symmetric-delete lookup), so
        # only those pairs are compared, not every pair of a long document's people.
        near: dict[str, list[Entity]] = {}
        for entity in people:
            for key in _deletions(entity.surname, _misspelling_limit(entity.surname)):
                near.setdefault(key, []).append(entity)
        self._preceded = preceded
        joined: dict[int, Entity] = {}  # id of a joined entity -> the one it joined

        def current(entity: Entity) -> Entity:
            while id(entity) in joined:
                entity = joined[id(entity)]
            return entity

        for entity in people:
            for key in _deletions(entity.surname, _misspelling_limit(entity.surname)):
                for other in near.get(key, []):
                    a, b = current(entity), current(other)
                    if a is b or (a.registry_name and b.registry_name) or not self._misspelt(a, b, counts):
                        continue
                    keep, lose = (a, b) if self._spelt_better(a, b, counts) else (b, a)
                    self._join(lose, keep)
                    joined[id(lose)] = keep

    def _misspelt(self, a: Entity, b: Entity, counts: Counter[str]) -> bool:
        """Whether full names ``a`` and ``b`` are one person's, one of them misspelt: a
        title glued on, or the same given name and a surname the document writes less often
        and in no other name (a body's noun is no given name); a registry's spelling is the
        right one."""
        if a.surname != b.surname:
            shorter = min(a.surname, b.surname, key=len)
            limit = _misspelling_limit(max(a.surname, b.surname, key=len))
            if len(shorter) < 5 or OSA.distance(a.surname, b.surname, score_cutoff=limit) > limit:
                return False
        if self._glued_title(a, b) or self._glued_title(b, a):
            return True
        registered = bool(a.registry_name) != bool(b.registry_name)
        if a.surname[:1] != b.surname[:1]:
            return False  # a slip keeps the first letter: "Hansen" and "Jansen" are two families
        if not registered and sum(a.forms.values()) >= 2 and sum(b.forms.values()) >= 2:
            return False  # each written in full again and again: two people, not a slip
        if a.surname == b.surname or (counts[a.surname] == counts[b.surname] and not registered):
            return False
        # (the registry spells the name right)
        rarer = (b if a.registry_name else a) if registered else min(a, b, key=lambda e: counts[e.surname])
        names = {word for form in rarer.forms for word in fold(form).split()}
        return (
            Levenshtein.normalized_similarity(a.given, b.given) >= 0.6
            and not self._body_word(a.given)
            and not self._body_word(b.given)
            and not self._preceded.get(rarer.surname, set()) - names
        )

    def _glued_title(self, a: Entity, b: Entity) -> bool:
        """Whether ``a``'s given name is a title ("Sportdirektor Brandhauer") that the tables
        know or that the document gave ``b``, who has a given name of their own."""
        if not a.given or not b.given or a.given == b.given or any(len(f.split()) > 2 for f in a.forms):
            return False
        return self.lex.is_title(a.given) or any(a.given in role for role in b.roles)

    def _spelt_better(self, a: Entity, b: Entity, counts: Counter[str]) -> bool:
        """Whether ``a`` is spelt as the registry or the document usually spells the person
        (a glued title never is)."""
        if bool(a.registry_name) != bool(b.registry_name):
            return bool(a.registry_name)
        if self._glued_title(a, b) != self._glued_title(b, a):
            return self._glued_title(b, a)
        return (counts[a.surname], sum(a.forms.values())) >= (counts[b.surname], sum(b.forms.values()))

    def _join(self, lose: Entity, keep: Entity) -> None:
        """``lose``'s names and roles now find ``keep``; its forms never name the person."""
        if self._glued_title(lose, keep):
            keep.roles.append((lose.given,))
        for role in lose.roles:
            if role not in keep.roles:
                keep.roles.append(role)
        keep.gender = keep.gender or lose.gender
        for key, entity in list(self.by_form.items()):
            if entity is lose:
                self.by_form[key] = keep
        for entities in self.by_surname.values():
            if lose in entities:
                entities.remove(lose)
                if keep not in entities:
                    entities.insert(0, keep)
        self.entities.remove(lose)
        self.leading = [(keep if entity is lose else entity, words) for entity, words in self.leading]
        self._fuzzy.clear()
        self._roles.clear()
        self._known = None

    def by_role(self, role: tuple[str, ...]) -> tuple[list[Entity], list[Entity]]:
        """People whose learnt roles hold every word of ``role``, and people it contradicts."""
        # Roles are all learnt before attribution starts, so answers can be kept.
        key = (*role, "\x00", str(sum(len(e.roles) for e in self.entities)))
        if key not in self._roles:
            self._roles[key] = self._by_role(role)
        return self._roles[key]

    def _by_role(self, role: tuple[str, ...]) -> tuple[list[Entity], list[Entity]]:
        matches: list[Entity] = []
        conflicts: list[Entity] = []
        if len(role) == 1 and self._body_head(role[0]):
            # "das Bundesverkehrsministerium" is the ministry, never its minister
            # ("Bundesverkehrsministerin"), however alike the words are.
            return matches, conflicts
        marks = self.lex.deputy_words
        # "der Ministerpräsident" is never the "Vize-Ministerpräsidentin", "the governor" never the
        # "deputy governor": a deputy's role answers only a mention that says deputy itself.
        deputy = bool(marks) and any(fold(word).startswith(marks) for word in role)
        for entity in self.entities:
            if not entity.person:
                continue
            verdict = [
                "deputy"
                if not deputy and marks and any(word.startswith(marks) for word in known) and verdict == "match"
                else verdict
                for known in entity.roles
                for verdict in (_role_verdict(role, known),)
            ]
            if "match" in verdict:
                matches.append(entity)
            elif "conflict" in verdict or "deputy" in verdict:
                conflicts.append(entity)  # (nor is the deputy whom the bare role falls back on)
        return matches, conflicts


def _force_key(name: str) -> tuple[str, ...]:
    """A force's name for comparing: folded words without a genitive "s" ("Polizeipräsidiums")."""
    words = (fold(w).removesuffix("'s") for w in name.split())
    return tuple(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


def _holds(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether the words ``shorter`` stand together, in order, in ``longer``."""
    size = len(shorter)
    return any(longer[at : at + size] == shorter for at in range(len(longer) - size + 1))


def _deletions(word: str, depth: int) -> set[str]:
    """``word`` and every string made by deleting up to ``depth`` of its letters."""
    found = {word}
    layer = {word}
    for _ in range(depth):
        layer = {w[:i] + w[i + 1 :] for w in layer for i in range(len(w))}
        found |= layer
    return found


def _misspelling_limit(word: str) -> int:
    """How many edits a misspelling of surname ``word`` (folded) may make: one, two from
    eight letters, none below five (too many short names are one edit apart)."""
    return 0 if len(word) < 5 else 2 if len(word) >= 8 else 1


def _stem_equal(a: str, b: str) -> bool:
    """Same word up to inflection ("president"/"presidenten", "russiske"/"russlands")
    or compound ("kanzler"/"bundeskanzler")."""
    if a == b:
        return True
    a, b = fold(a), fold(b)  # "ministerpräsidentin" as written, "ministerprasidentin" as learnt
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 5 and (
        long_.endswith(short) or any(long_[: i + 1].endswith(short) for i in range(len(short), len(long_)))
    ):
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    rest = min(len(a), len(b)) - common
    if (common >= 5 and rest >= 4) or (common >= 4 and rest >= 5):
        return (
            False  # compounds sharing only a first part: "statsråden"/"statsmeteorolog", "riksmekleren"/"riksavisens"
        )
    return common >= 4 or (common >= 3 and min(len(a), len(b)) <= 4)


def _role_verdict(mention: tuple[str, ...], known: tuple[str, ...]) -> str:
    """ "match" when every word of the mention is in the known role; "conflict"
    when they share the head but differ in a modifier ("Ukrainas president" vs
    "den russiske presidenten"); "" otherwise."""
    words = [w for w in mention if len(w) > 1]
    if not words:
        return ""
    if all(any(_stem_equal(w, k) for k in known) for w in words):
        return "match"
    head = words[-1]
    if any(_stem_equal(head, k) for k in known):
        extra_known = [k for k in known if not _stem_equal(k, head)]
        extra_mention = [w for w in words[:-1] if not any(_stem_equal(w, k) for k in known)]
        if extra_known and extra_mention:
            return "conflict"
    return ""


# How many recent mentions the reader keeps in mind. A pronoun or an unlearnt role
# never reaches further back than a few dozen speakers, and bounded lists keep
# attribution linear on an entry of any length (a 30 MB paragraph included).
RECALL = 48


def _remember(items: list[_T], item: _T) -> None:
    """Append ``item``, forgetting the oldest once the list is twice :data:`RECALL` long."""
    items.append(item)
    if len(items) > 2 * RECALL:
        del items[:-RECALL]


class Salience:
    """Who the reader was last told about: per entry, and the entry just above."""

    def __init__(self) -> None:
        self.current: list[tuple[str, bool]] = []
        self.previous: list[tuple[str, bool]] = []
        self.seen: set[str] = set()  # every speaker so far, folded (see :func:`fold`)
        self.history: list[tuple[str, bool]] = []  # the whole document so far
        self.dash_speaker: str | None = None  # the speaker of the last dash line
        self.previous_dash: str | None = None
        # Whom the last paragraph of the entry just read introduced with a colon ("svarte X:").
        self.previous_colon: str | None = None
        # Every person named in the current entry, subject or not.
        self.mentioned: list[str] = []
        # Who the sentence just read reported, for reported speech that goes on.
        self.reporting: str | None = None
        # Quotes still waiting for a speaker named in the next sentence ("Det sier X").
        self.pending: list[tuple[Entry, Statement]] = []
        # Quotes left open at the end of their paragraph: the next paragraph, opening with
        # a quote mark, goes on with them and may say whose they are.
        self.running: list[tuple[Entry, Statement]] = []
        # Organisations named so far, as speakers or as someone's employer, for "the company".
        self.organisations: list[str] = []
        # Organisations that opened a sentence of the current entry as its subject: "die
        # Behörde" later means one of them rather than any organisation the text merely
        # named ("in der Nacht zu Montag").
        self.subject_organisations: list[str] = []
        # Organisations the current entry named by their names ("zum FC X"), for "der Verein".
        self.entry_organisations: list[str] = []
        # The last question quoted: who asked it, and whom it named as the one asked.
        self.question: tuple[str, str | None] | None = None
        self.entry = -1  # the index of the entry being read (-1: the standfirst above the entries)

    def next_entry(self) -> None:
        """The reader moves on to the next entry in document order."""
        self.entry += 1
        if self.current:
            self.previous = self.current
        self.current = []
        self.mentioned = []
        self.subject_organisations = []
        self.entry_organisations = []
        self.previous_dash, self.dash_speaker = self.dash_speaker, None
        self.question = None

    def push(self, speaker: str | None, person: bool) -> None:
        """``speaker`` was just the subject of a sentence or said something."""
        if speaker:
            _remember(self.current, (speaker, person))
            _remember(self.history, (speaker, person))
            self.seen.add(fold(speaker))
            if not person:
                self.organisation(speaker)

    def unknown(self) -> None:
        """Someone the document does not name just spoke: "she" or a bare quote next is theirs."""
        _remember(self.current, ("", True))

    def organisation(self, name: str) -> None:
        """The text just named the organisation ``name``."""
        _remember(self.organisations, name)
        _remember(self.entry_organisations, name)

    def subject_organisation(self, name: str) -> None:
        """The organisation ``name`` opened a sentence as its subject."""
        _remember(self.subject_organisations, name)

    def mention(self, canonical: str) -> None:
        """The current entry named the person ``canonical`` (subject or not)."""
        _remember(self.mentioned, canonical)

    def last_person(
        self, exclude: frozenset[str] = frozenset(), same_entry_only: bool = False, whole_document: bool = False
    ) -> tuple[str, bool] | None:
        """The most recent person, and whether it came from the current entry."""
        for speaker, person in reversed(self.current):
            if person and speaker not in exclude:
                return (speaker, True) if speaker else None
        if same_entry_only:
            return None
        for speaker, person in reversed(self.history if whole_document else self.previous):
            if person and speaker not in exclude:
                return speaker, False
        return None


def person_name(
    tokens: list[Token], lex: Lexicon, lowercase: frozenset[str], known: frozenset[str], longest: int = 3
) -> tuple[list[str], list[str]]:
    """Split a capitalised sequence into its title/role words and the person's name.

    "Russian President Vladimir Putin" -> (["Russian", "President"], ["Vladimir", "Putin"]).
    The name is the longest tail of words that are no title, acronym or
    possessive and that the document never writes in lower case.
    """
    words = [t.text for t in tokens if t.is_word]
    while len(words) > 2 and words[-1].isupper() and len(words[-1]) <= 3:
        words = words[:-1]  # post-nominal letters: "Jane Moss KC", "Tom Reed MP"
    name: list[str] = []
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        if word.lower() in NAME_PARTICLES and name:
            name.insert(0, word)
            continue
        bare = _bare(word)
        is_last = position == len(words) - 1
        if (
            lex.is_title(bare)
            or bare.lower() in lex.title_abbreviations  # "Gov. Jane Doe", "Prof. Alan Reed"
            or (bare.isupper() and len(bare) > 1 and not bare.endswith("."))
            or (bare != word and not is_last)
            or (bare.lower() in lowercase and bare not in known)
            or not bare[:1].isupper()
            or bare.lower().endswith(lex.noun_endings)
            or _acronym_compound(bare)
            or _lowercase_compound(bare)
        ):
            break
        name.insert(0, bare)
        if len(name) == max(3, longest) and not any(part.endswith(".") for part in name):
            break
    if len(name) == 3 and len(name) == len(words) and longest < 3:
        name.pop(0)  # no title before it: the first word may be one the tables do not know
    while name and name[0].lower() in NAME_PARTICLES:
        name.pop(0)
    return words[: len(words) - len(name)] if name else words, name


def _acronym_compound(word: str) -> bool:
    """ "CDU-Herausforderer", "SPD-Politikerin", "UN-Sprecher": a compound led by an acronym
    is a title or role, never a given name ("Hans-Peter" has no capitals run)."""
    head, dash, rest = word.partition("-")
    return bool(dash) and len(head) >= 2 and head.isupper() and head.isalpha() and bool(rest)


def _lowercase_compound(word: str) -> bool:
    """ "Vik-trener", "Ap-leder", "Grünau-präsident": a compound whose last part is lower case
    is a noun (a title), never a given name ("Anne-Lise", "Hans-Peter" are capitalised)."""
    head, dash, rest = word.rpartition("-")
    return bool(dash) and bool(head) and rest[:1].islower()


def name_length_limit(tokens: list[Token], first: int, lex: Lexicon, lowercase: frozenset[str] = frozenset()) -> int:
    """Three-word names ("Jonas Gahr Støre", "sier passasjer Liv Karin Strand") except where
    the first word may be a title no table knows: opening a sentence ("Meteorolog Anne Lie")
    or, where nouns are capitalised, after a lowercase word ("polnischer Amtskollege Tomasz
    Nowicki" keeps two). Where titles are written in lower case, a name after a lowercase word
    may have four ("ville Jan Nils Erik Berg vite"). ``lowercase`` holds the words the document
    writes in lower case: none of them opens a name."""
    before = tokens[first - 1] if first > 0 else None
    if before is None:
        # "Meteorolog Anne Lie", "Landwirt Tobias Grewe" opening a sentence: the first word is more
        # likely a title, unless the language's nouns for people say it is none ("Liv Karin Strand
        # sier", "Anna Lena Maier betonte")
        return 3 if _no_person_noun(tokens, first, lex, lowercase) else 2
    if lex.capitalised_nouns and before.is_word and not before.capitalised and not lex.is_role_head(before.text):
        # "sagte Hans Peter Wendorf": right after a cue the run is the speaker's whole name,
        # unless its first word reads as a noun for a person ("sagt Pendlerin Anja Roth")
        cue = before.lower in lex.verbs or before.lower in lex.postposed or before.lower in lex.according
        return 3 if cue and _no_person_noun(tokens, first, lex, lowercase) else 2
    # Where nouns are written in lower case, a capitalised run after a lowercase word ("said
    # passenger Anna Maria Berg", "Marit Aasland og Jon Erik Haugvik") is all name.
    return 4 if lex.lowercase_titles and before.is_word and not before.capitalised else 3


def _no_person_noun(tokens: list[Token], first: int, lex: Lexicon, lowercase: frozenset[str] = frozenset()) -> bool:
    """Whether the capitalised word at ``first`` has none of the language's endings of nouns
    for people ("Landwirt", "sykepleier"), in a language that lists them; a short ending must
    leave a stem of three letters ("Per" is a name, "Polizist" a noun), a noun's head of four
    letters or more may be the whole word ("Lehrer"). A body's genitive ("Kommunens") is no
    first name, nor is a word the document writes in ``lowercase`` elsewhere. A run that a
    conjunction follows may open with one ("Både Kari Lie og …"): the word is then no name's part."""
    if not lex.person_noun_endings or first + 3 > len(tokens) or not tokens[first].capitalised:
        return False
    word = tokens[first].lower
    if word in lex.common or word in lex.adverbs or word in lex.prepositions or word in lex.conjunctions:
        return False
    if word in lowercase:
        return False  # "Pendler Ola Li sier …" in a text that writes "hver pendler": a noun
    following = tokens[first + 3] if first + 3 < len(tokens) else None
    if following is not None and following.lower in lex.conjunctions:
        return False
    if any(word.endswith(e) and len(word) - len(e) >= 3 for e in lex.genitive_endings):
        return False
    return not any(word.endswith(e) and (len(word) - len(e) >= 3 or len(e) >= 4) for e in lex.person_noun_endings)


def _bare(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def role_words(words: list[str]) -> tuple[str, ...]:
    """A role as comparable words: lower case, no accents, no possessive endings."""
    return tuple(fold(_bare(w)) for w in words if any(ch.isalpha() for ch in w))


def mention_words(tokens: list[Token], mention: Mention) -> list[Token]:
    """The word tokens of a mention without its determiner."""
    return [t for t in tokens[mention.first : mention.end] if t.is_word]


# Dashes that close a dateline ("EASTON RIDGE, Ohio — …", "BERLIN (dpa) – …").
_DATELINE_DASHES = frozenset(("—", "–", "-", "―"))


def dateline_end(tokens: list[Token]) -> int:
    """Where a dateline opening a paragraph ends ("EASTON RIDGE, Ohio — The hospital …" -> the
    index after the dash), or 0 when there is none: a place in capitals, an optional region
    after a comma and an optional source in brackets, then a dash. The place is where the
    story was filed, never a speaker or a body the sentence talks about."""
    index = 0
    # the place: one to four words in capitals ("ST. LOUIS" keeps its dot)
    while index < len(tokens) and index < 8:
        token = tokens[index]
        capitals = token.is_word and sum(ch.isalpha() for ch in token.text) >= 2 and token.text.isupper()
        if not capitals and not (token.text == "." and index > 0 and tokens[index - 1].is_word):
            break
        index += 1
    if not any(t.is_word for t in tokens[:index]) or sum(1 for t in tokens[:index] if t.is_word) > 4:
        return 0
    if index < len(tokens) and tokens[index].text == ",":
        # the region: a few capitalised words or abbreviations ("Ohio", "Calif.", "N.Y.")
        region = index + 1
        while (
            region < len(tokens) and region - index <= 4 and (tokens[region].capitalised or tokens[region].text == ".")
        ):
            region += 1
        if region == index + 1:
            return 0
        index = region
    if index < len(tokens) and tokens[index].text == "(":
        closing = next((i for i in range(index + 1, min(index + 5, len(tokens))) if tokens[i].text == ")"), 0)
        if not closing:
            return 0
        index = closing + 1
    if index + 1 < len(tokens) and tokens[index].text in _DATELINE_DASHES and tokens[index + 1].is_word:
        return index + 1
    return 0
