"""Cues and mentions in a sentence, found with the language's tables.

A cue is a speech verb ("said", "sa", "fügte … hinzu"), an "according to"
("laut X", "X zufolge"), a postposed cue ("„…“, so X") or a source verb
("reports"). A mention is a name (a capitalised sequence with particles,
hyphens and accents), a role phrase ("the UN chief", "den russiske
presidenten", "Guterres' talsmann") or a pronoun.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from liveblog.attribution.text import Token
from liveblog.lang import LANGUAGES, Language

# Particles inside names ("von der Leyen", "van Gaal"), from the language tables: a text in any
# language names people from anywhere, so every lexicon knows them all.
NAME_PARTICLES = frozenset(word for table in LANGUAGES.values() for word in table.speech.name_particles)
ORG_CONNECTORS = frozenset(["of", "for"])
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$|(?<=[sxz])['’]$")


@dataclass(frozen=True)
class Lexicon:
    """The speech tables of one language, prepared for fast lookup."""

    verbs: dict[str, tuple[tuple[tuple[str, ...], bool], ...]]
    according: dict[str, tuple[tuple[tuple[str, ...], bool], ...]]
    # "nach … worten": parts keyed by the first, "…" standing for a possessive pronoun
    according_possessive: dict[str, tuple[tuple[str, ...], ...]]
    according_after: frozenset[str]
    postposed: frozenset[str]
    source_verbs: frozenset[str]
    employer_prepositions: frozenset[str]
    announce_verbs: frozenset[str]
    complementizers: frozenset[str]
    pronouns: dict[str, str]  # word -> "m", "f", "p" (a word may be f and p: "sie")
    object_pronouns: frozenset[str]
    determiners: frozenset[str]
    relatives: frozenset[str]
    adverbs: frozenset[str]
    conjunctions: frozenset[str]
    negations: frozenset[str]
    passives: frozenset[str]
    titles: frozenset[str]
    source_words: frozenset[str]
    outlet_endings: tuple[str, ...]
    organisation_nouns: frozenset[str]
    genitives: frozenset[str]
    abbreviations: frozenset[str]
    not_speakers: frozenset[str]
    common: frozenset[str]
    role_head: re.Pattern[str]
    verb_second: bool
    role_cache: dict[str, bool]
    indefinites: frozenset[str]
    prepositions: frozenset[str]
    anaphoric: frozenset[str]
    role_connectors: frozenset[str]
    recipient_verbs: frozenset[str]
    answer_verbs: frozenset[str]
    topic_prepositions: frozenset[str]
    participles: frozenset[str]
    clause_participle_endings: tuple[str, ...]
    object_verbs: frozenset[str]
    # Lower-case words that may open a mention: pronouns, determiners, name particles.
    mention_openers: frozenset[str]
    # This language's own name particles ("von", "de"); NAME_PARTICLES holds every language's.
    name_particles: frozenset[str]
    reading_verbs: frozenset[str]
    client_nouns: frozenset[str]
    behalf_words: frozenset[str]
    reported_mood: frozenset[str]
    reported_mood_endings: tuple[str, ...]
    past_endings: tuple[str, ...]
    stances: dict[str, tuple[tuple[tuple[str, ...], bool], ...]]
    demonym_endings: tuple[str, ...]
    noun_endings: tuple[str, ...]
    time_nouns: frozenset[str]
    time_words: frozenset[str]
    document_nouns: tuple[str, ...]
    possessive_pronouns: dict[str, str]
    body_synonyms: dict[str, str]
    female_articles: frozenset[str]
    opinions: dict[str, tuple[tuple[tuple[str, ...], bool], ...]]
    female_words: frozenset[str]
    male_words: frozenset[str]
    female_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    title_abbreviations: dict[str, str]
    definite_suffix: bool
    capitalised_nouns: bool
    lowercase_titles: bool
    listener_prepositions: frozenset[str]
    as_words: frozenset[str]
    conditionals: frozenset[str]
    clause_conjunctions: frozenset[str]  # "während", "nachdem": a clause before the main clause
    listener_articles: frozenset[str]
    inflections: tuple[str, ...]  # endings a noun may carry ("en", "et", "s"), longest first
    authority_nouns: frozenset[str]
    body_nouns: frozenset[str]  # organisation_nouns | authority_nouns: any kind of body
    folded_body_nouns: tuple[str, ...]  # body_nouns lower case without accents, for str.endswith
    connectors: frozenset[str]  # role_connectors | genitives | determiners: what joins a role to its body
    organisation_endings: tuple[str, ...]  # organisation_nouns for str.endswith
    unit_nouns: frozenset[str]  # "department", "office": a part of an authority its qualifier names
    force_nouns: tuple[str, ...]  # "police", "polizei", "politi": a place has one such body
    asked_by: tuple[tuple[str, ...], ...]
    question_words: frozenset[str]
    deputy_words: tuple[str, ...]
    object_articles: frozenset[str]
    name_nouns: tuple[str, ...]  # one word each; phrases ("brann og redning") in name_phrases
    # Body nouns long enough to end a one-word name of a body ("Samferdselsdepartementet").
    body_endings: tuple[str, ...]
    # Folded endings of spokesperson nouns and of statement nouns, and impersonal pronouns.
    spokesperson_words: tuple[str, ...] = ()
    statement_nouns: tuple[str, ...] = ()
    impersonal_pronouns: frozenset[str] = frozenset()
    impersonal_verbs: frozenset[str] = frozenset()
    statement_verbs: frozenset[str] = frozenset()  # "a statement from X read:": see SpeechWords
    family_nouns: frozenset[str] = frozenset()  # "the family of X": see SpeechWords
    joint_words: frozenset[str] = frozenset()  # "X and Y said": see SpeechWords
    both_words: frozenset[str] = frozenset()
    unnamed_sources: frozenset[str] = frozenset()  # "a source close to X": see SpeechWords
    auxiliaries: frozenset[str] = frozenset()  # "said both sides had agreed that": see SpeechWords
    free_relatives: frozenset[str] = frozenset()  # "what she said": see SpeechWords
    person_noun_endings: tuple[str, ...] = ()  # "Landwirt", "sykepleier": see SpeechWords
    genitive_endings: tuple[str, ...] = ()  # "Kommunens", "Partiets": see SpeechWords
    manner_cues: frozenset[str] = frozenset()  # "zeigte sich", "sprach von": see SpeechWords
    question_cues: dict[str, tuple[tuple[tuple[str, ...], bool], ...]] = field(default_factory=dict)
    origin_prepositions: frozenset[str] = frozenset()  # "hieß es aus der X": see SpeechWords
    indefinite_pronouns: frozenset[str] = frozenset()  # "alles", "niemand": see SpeechWords
    name_phrases: tuple[tuple[str, ...], ...] = ()  # name_nouns of several words, as tokens
    question_auxiliaries: frozenset[str] = frozenset()  # "spurte om X hadde …": see SpeechWords

    def is_role_head(self, word: str) -> bool:
        """Whether ``word`` ends in a person role ("minister", "FN-sjefen")."""
        lower = word.lower()
        known = self.role_cache.get(lower)
        if known is None:
            known = self.role_cache[lower] = self.role_head.fullmatch(lower) is not None
        return known

    def gender_of(self, words: tuple[str, ...]) -> str:
        """ "f" or "m" when role or title words tell a person's gender, else ""."""
        for word in words:
            if word in self.female_words:
                return "f"
            if word in self.male_words:
                return "m"
            if self.is_role_head(word) and any(word.endswith(e) for e in self.female_endings):
                stem = next(word[: -len(e)] for e in self.female_endings if word.endswith(e))
                if self.is_role_head(stem):
                    return "f"
        return ""

    def is_plural_role(self, word: str) -> bool:
        """Whether ``word`` is a role in the plural: a role head with a plural ending ("leaders")."""
        lower = word.lower()
        return any(
            lower.endswith(e)
            and not lower.endswith(e + e)
            and len(lower) > len(e) + 2
            and self.is_role_head(lower[: -len(e)])
            for e in self.plural_endings
        )

    def is_title(self, word: str) -> bool:
        """Whether ``word`` is a title or role that may stand before a name."""
        lower = word.lower()
        return lower in self.titles or self.is_role_head(lower)


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _phrases(words: tuple[str, ...]) -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    table: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for phrase in words:
        separable = "…" in phrase
        parts = tuple(part for part in phrase.replace("…", " ").lower().split() if part)
        table.setdefault(parts[0], []).append((parts, separable))
    # Longest phrases first, so "called for" wins over a bare "called".
    return {key: tuple(sorted(value, key=lambda item: -len(item[0]))) for key, value in table.items()}


def _slot_phrases(words: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases with a "…" slot for one word, keyed by their first part, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words:
        parts = tuple(phrase.replace("…", " … ").lower().split())
        table.setdefault(parts[0], []).append(parts)
    return {key: tuple(sorted(value, key=len, reverse=True)) for key, value in table.items()}


_LEXICONS: dict[tuple[str, int], Lexicon] = {}


def lexicon(language: Language) -> Lexicon:
    """The lexicon of ``language`` (built once per language table)."""
    key = (language.code, id(language.speech))
    if key not in _LEXICONS:
        _LEXICONS[key] = _build_lexicon(language)
    return _LEXICONS[key]


def _build_lexicon(language: Language) -> Lexicon:
    speech = language.speech
    pronouns: dict[str, str] = {}
    for gender, words in (("p", speech.pronouns_plural), ("f", speech.pronouns_female), ("m", speech.pronouns_male)):
        for word in words:
            pronouns[word] = pronouns.get(word, "") + gender
    # Heads also without accents, as the entity table keeps learnt roles ("bundestagsprasidentin").
    spelt = set(speech.role_heads) | {_unaccented(h) for h in speech.role_heads}
    heads = "|".join(sorted((re.escape(h) for h in spelt), key=len, reverse=True))
    endings = "|".join(sorted((re.escape(e) for e in speech.role_endings), key=len, reverse=True))
    prefix = r"[\w-]*?" if speech.compound_roles else r"(?:[\w]+-)?"
    role_head = re.compile(rf"{prefix}(?:{heads})(?:{endings})?" if heads else r"(?!x)x")
    return Lexicon(
        verbs=_phrases(speech.speech_verbs),
        according=_phrases(speech.according_to),
        according_possessive=_slot_phrases(speech.according_possessive),
        according_after=frozenset(speech.according_to_after),
        postposed=frozenset(speech.postposed_cues),
        source_verbs=frozenset(speech.source_verbs),
        employer_prepositions=frozenset(speech.employer_prepositions),
        announce_verbs=frozenset(speech.announce_verbs),
        complementizers=frozenset(speech.complementizers),
        pronouns=pronouns,
        object_pronouns=frozenset(speech.pronouns_object),
        determiners=frozenset(speech.determiners),
        relatives=frozenset(speech.relatives),
        adverbs=frozenset(speech.adverbs),
        conjunctions=frozenset(speech.conjunctions),
        negations=frozenset(speech.negations),
        passives=frozenset(speech.passive_auxiliaries),
        titles=frozenset(speech.titles),
        source_words=frozenset(speech.source_words),
        outlet_endings=speech.outlet_endings,
        name_particles=frozenset(speech.name_particles),
        reading_verbs=frozenset(speech.reading_verbs),
        client_nouns=frozenset(speech.client_nouns),
        behalf_words=frozenset(speech.behalf_words),
        organisation_nouns=frozenset(speech.organisation_nouns),
        genitives=frozenset(speech.genitive_connectors),
        abbreviations=frozenset(speech.abbreviations),
        not_speakers=frozenset(speech.not_speakers),
        common=language.common_words,
        role_head=role_head,
        verb_second=speech.verb_second,
        role_cache={},
        indefinites=frozenset(speech.indefinites),
        prepositions=frozenset(speech.prepositions),
        anaphoric=frozenset(speech.anaphoric_openers),
        role_connectors=frozenset(speech.role_connectors),
        recipient_verbs=frozenset(speech.recipient_verbs),
        answer_verbs=frozenset(speech.answer_verbs),
        topic_prepositions=frozenset(speech.topic_prepositions),
        participles=frozenset(speech.participles),
        clause_participle_endings=speech.clause_participle_endings,
        object_verbs=frozenset(speech.object_verbs),
        mention_openers=frozenset(pronouns)
        | frozenset(speech.pronouns_object)
        | frozenset(speech.determiners)
        | frozenset(speech.indefinites)
        | (frozenset(speech.organisation_nouns) if speech.definite_suffix else frozenset())
        # "politiets pressetalsperson": a body's noun in the genitive opens a role phrase
        | (
            frozenset(n + "s" for n in (*speech.organisation_nouns, *speech.authority_nouns))
            if speech.definite_suffix
            else frozenset()
        )
        | NAME_PARTICLES,
        reported_mood=frozenset(speech.reported_mood),
        reported_mood_endings=speech.reported_mood_endings,
        past_endings=speech.past_endings,
        stances=_phrases(speech.stance_phrases),
        demonym_endings=speech.demonym_endings,
        noun_endings=speech.noun_endings,
        time_nouns=frozenset(speech.time_nouns),
        time_words=frozenset(speech.time_words),
        document_nouns=speech.document_nouns,
        possessive_pronouns=dict(speech.possessive_pronouns),
        body_synonyms=dict(speech.body_synonyms),
        female_articles=frozenset(speech.female_articles),
        opinions=_phrases(speech.opinion_verbs),
        female_words=frozenset(speech.female_words),
        male_words=frozenset(speech.male_words),
        female_endings=speech.female_endings,
        plural_endings=speech.plural_endings,
        title_abbreviations=dict(speech.title_abbreviations),
        definite_suffix=speech.definite_suffix,
        capitalised_nouns=speech.capitalised_nouns,
        lowercase_titles=speech.lowercase_titles,
        listener_prepositions=frozenset(speech.listener_prepositions),
        as_words=frozenset(speech.as_words),
        conditionals=frozenset(speech.conditionals),
        clause_conjunctions=frozenset(speech.clause_conjunctions),
        listener_articles=frozenset(speech.listener_articles),
        inflections=tuple(sorted((e for e in speech.role_endings if e.isalpha()), key=len, reverse=True)),
        authority_nouns=frozenset(speech.authority_nouns),
        body_nouns=frozenset(speech.organisation_nouns) | frozenset(speech.authority_nouns),
        folded_body_nouns=tuple(
            sorted({_unaccented(n.casefold()) for n in (*speech.organisation_nouns, *speech.authority_nouns)})
        ),
        connectors=frozenset(speech.role_connectors)
        | frozenset(speech.genitive_connectors)
        | frozenset(speech.determiners),
        organisation_endings=tuple(sorted(set(speech.organisation_nouns))),
        unit_nouns=frozenset(speech.unit_nouns),
        force_nouns=tuple(_unaccented(n).casefold() for n in speech.force_nouns),
        asked_by=tuple(tuple(phrase.lower().split()) for phrase in speech.asked_by),
        question_words=frozenset(speech.question_words),
        deputy_words=speech.deputy_words,
        object_articles=frozenset(speech.object_articles),
        name_nouns=tuple(n for n in speech.name_nouns if " " not in n),
        name_phrases=tuple(tuple(re.findall(r"\w+|-", n)) for n in speech.name_nouns if " " in n),
        question_auxiliaries=frozenset(speech.question_auxiliaries),
        body_endings=tuple(n for n in {*speech.organisation_nouns, *speech.authority_nouns} if len(n) >= 6),
        spokesperson_words=tuple(_unaccented(w).casefold() for w in speech.spokesperson_words),
        statement_nouns=tuple(_unaccented(w).casefold() for w in speech.statement_nouns),
        impersonal_pronouns=frozenset(speech.impersonal_pronouns),
        impersonal_verbs=frozenset(speech.impersonal_verbs),
        statement_verbs=frozenset(speech.statement_verbs),
        family_nouns=frozenset(speech.family_nouns),
        joint_words=frozenset(speech.joint_words),
        both_words=frozenset(speech.both_words),
        unnamed_sources=frozenset(speech.unnamed_sources),
        person_noun_endings=tuple(speech.person_noun_endings),
        genitive_endings=tuple(speech.genitive_endings),
        manner_cues=frozenset(speech.manner_cues),
        question_cues=_phrases(speech.question_cues),
        origin_prepositions=frozenset(speech.origin_prepositions),
        indefinite_pronouns=frozenset(speech.indefinite_pronouns),
        auxiliaries=frozenset(speech.auxiliaries),
        free_relatives=frozenset(speech.free_relatives),
    )


@dataclass(slots=True)
class Cue:
    """A cue in a sentence: token indexes ``start``..``end`` (exclusive)."""

    start: int
    end: int
    kind: str  # "verb", "according", "according_after", "postposed", "source", "stance"
    text: str
    particle: int = 0  # token index of a separated particle ("rief … auf"), 0 when none


@dataclass(slots=True)
class Mention:
    """A name, role or pronoun in a sentence: token indexes ``start``..``end``."""

    start: int
    end: int
    kind: str  # "name", "role", "pronoun", "joint"
    char_start: int  # the words as written, without a leading determiner
    char_end: int
    role: tuple[str, ...] = ()  # role words, lower case ("russian", "foreign", "minister")
    possessor: str = ""  # "Guterres" in "Guterres' talsmann"
    gender: str = ""
    definite: bool = False  # "the British Ministry of Defense", "the Kremlin"
    organisation: bool = False
    acronym: bool = False
    first: int = 0  # token index of the first word after a determiner
    parts: tuple[Mention, ...] = ()  # kind "joint": the people who speak together ("X and Y said")


def find_cues(tokens: list[Token], lex: Lexicon) -> list[Cue]:
    """Every cue in a sentence, left to right, without overlaps."""
    cues: list[Cue] = []
    index = 0
    while index < len(tokens):
        cue = _cue_at(tokens, index, lex)
        if cue is None:
            index += 1
            continue
        cues.append(cue)
        index = cue.start + 1 if cue.kind == "verb" and cue.end - cue.start > 1 and cue.text.count(" ") > 2 else cue.end
    return cues


def _after_article(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether a lower-case word stands right after an article or a possessive ("the reports",
    "her claims"), where nouns are written in lower case: a noun then, never a verb. (A word
    that is also a subject pronoun, "de sier", or points back, "det sier", may open a clause.)"""
    if lex.capitalised_nouns or index == 0 or tokens[index].capitalised:
        return False
    previous = tokens[index - 1].lower
    return (
        previous in lex.determiners
        and previous not in lex.pronouns
        and previous not in lex.impersonal_pronouns
        and previous not in lex.anaphoric
    )


def _cue_at(tokens: list[Token], index: int, lex: Lexicon) -> Cue | None:
    token = tokens[index]
    if not token.is_word:
        return None
    word = token.lower
    slot = "…" if word in lex.possessive_pronouns else word
    if slot in lex.according_possessive:
        end = _slot_phrase_end(tokens, index, lex.according_possessive[slot], lex)
        if end:
            return Cue(index, end, "according", _join(tokens, index, end))
    if word in lex.according:
        end = _phrase_end(tokens, index, lex.according[word])
        if end:
            return Cue(index, end, "according", _join(tokens, index, end))
    if word in lex.stances:
        end = _phrase_end(tokens, index, lex.stances[word])
        if end:
            return Cue(index, end, "stance", _join(tokens, index, end))
    if word in lex.opinions and not token.capitalised:
        end = _phrase_end(tokens, index, lex.opinions[word])
        if (
            end
            and (_complementizer_follows(tokens, end, lex) or _reported_mood_follows(tokens, end, lex))
            and not _passive_or_negated(tokens, index, end, lex)
        ):
            return Cue(index, end, "verb", _join(tokens, index, end))
    if word in lex.question_cues and not token.capitalised:
        end = _phrase_end(tokens, index, lex.question_cues[word])
        after = end + 1 if end and end < len(tokens) and tokens[end].text == "," else end
        if end and after < len(tokens) and tokens[after].lower in lex.question_words:
            # "wollte von ihr wissen, ob …": the question word fixes the phrase as a cue
            return Cue(index, end, "verb", f"{token.text} … {tokens[end - 1].text}", particle=end - 1)
    if word in lex.according_after:
        return Cue(index, index + 1, "according_after", token.text)
    if _after_article(tokens, index, lex):
        return None  # "the reports were missing", "the claims were false": a noun, no speech verb
    if word in lex.source_verbs and not token.capitalised:
        if index + 1 < len(tokens) and tokens[index + 1].lower in lex.employer_prepositions:
            return None  # "who reports for the Clarion": whom the reporter works for, no report
        return Cue(index, index + 1, "source", token.text)
    if (
        word in lex.postposed
        and index > 0
        and tokens[index - 1].kind in ("punct", "quote")
        # "„…“ – so schildert X den Morgen": the speech verb after "so" is the cue
        and not (index + 1 < len(tokens) and tokens[index + 1].lower in lex.verbs)
    ):
        return Cue(index, index + 1, "postposed", token.text)
    if (word in lex.verbs and not token.text[:1].isupper()) or (word in lex.verbs and index == 0):
        end = _phrase_end(tokens, index, lex.verbs[word], lex.determiners)
        if end and not _passive_or_negated(tokens, index, end, lex):
            if end - index > 2 and all(t.lower not in (tokens[end - 1].lower,) for t in tokens[index + 1 : end - 1]):
                separated = any(len(p) == 2 and sep for p, sep in lex.verbs[word] if p[-1] == tokens[end - 1].lower)
                if separated:
                    text = f"{token.text} … {tokens[end - 1].text}"
                    return Cue(index, end, "verb", text, particle=end - 1)
            return Cue(index, end, "verb", _join(tokens, index, end))
    return None


def _apposition_end(tokens: list[Token], comma: int, articles: frozenset[str] = frozenset()) -> int:
    """The index after ", Name," (a name with titles and particles, or a body's name after an
    article in ``articles``: ", die Nordwerft Holding,") opening at ``comma``, else 0."""
    if tokens[comma].text != ",":
        return 0
    position = comma + 1
    if position < len(tokens) and tokens[position].lower in articles and not tokens[position].capitalised:
        position += 1
    while position < min(comma + 8, len(tokens)):
        token = tokens[position]
        if token.text == ",":
            named = any(t.capitalised for t in tokens[comma + 1 : position])
            return position + 1 if named and position + 1 < len(tokens) else 0
        if not (token.capitalised or token.lower in NAME_PARTICLES or token.text in (".", "-")):
            return 0
        position += 1
    return 0


def _complementizer_follows(tokens: list[Token], end: int, lex: Lexicon) -> bool:
    """ "believes that", "hofft, dass", "tror at": a complementizer within two words."""
    for token in tokens[end : end + 3]:
        if token.lower in lex.complementizers:
            return True
        if not (token.is_word or token.text == ","):
            return False
    return False


def _reported_mood_follows(tokens: list[Token], end: int, lex: Lexicon) -> bool:
    """ "glaubt, die Lage sei ernst": a comma, then a clause whose verb is in the mood of
    reported speech within a few words, in a language that has one."""
    if not lex.reported_mood or end >= len(tokens) or tokens[end].text != ",":
        return False
    for token in tokens[end + 1 : end + 8]:
        if not token.is_word:
            return False
        if token.lower in lex.reported_mood:
            return True
    return False


_MAX_PARTICLE_GAP = 16


def _phrase_end(
    tokens: list[Token],
    index: int,
    phrases: tuple[tuple[tuple[str, ...], bool], ...],
    articles: frozenset[str] = frozenset(),
) -> int:
    """The token index after the phrase starting at ``index``, or 0 (``articles``: the
    language's articles, which may open a body's name in apposition)."""
    for parts, separable in phrases:
        if len(parts) == 1:
            return index + 1
        if separable:
            # A separated particle closes its clause within a few words ("sagte der Region am Abend
            # zusätzliche Mittel für den Umleitungsverkehr zu"): the search stops at punctuation.
            gap, stop = index + 1, min(index + _MAX_PARTICLE_GAP, len(tokens))
            apposed = False
            while gap < stop:
                if not tokens[gap].is_word:
                    # "räumte der Werkleiter, Dr. Bernd Sauerland, ein, …", "teilte der Eigentümer,
                    # die Nordwerft Holding, am Mittwoch mit": a name in apposition is skipped once
                    after = 0 if apposed else _apposition_end(tokens, gap, articles)
                    if after and after < len(tokens):
                        apposed, gap = True, after
                        stop = min(stop + (after - index), len(tokens))
                        continue
                    break
                # Far from its verb, a particle must close the clause ("teilte das Amt des
                # Kreises am Montag mit."), or it is a preposition ("teilte sich X mit Y").
                closes = gap + 1 >= len(tokens) or not tokens[gap + 1].is_word
                if tokens[gap].lower == parts[-1] and (closes if apposed else gap < index + 6 or closes):
                    return gap + 1
                gap += 1
            continue
        words = [t.lower for t in tokens[index : index + len(parts)]]
        if tuple(words) == parts:
            return index + len(parts)
    return 0


def _slot_phrase_end(tokens: list[Token], index: int, phrases: tuple[tuple[str, ...], ...], lex: Lexicon) -> int:
    """The token index after a phrase whose "…" is one possessive pronoun, or 0."""
    for parts in phrases:
        words = tokens[index : index + len(parts)]
        if len(words) == len(parts) and all(
            t.is_word and (t.lower in lex.possessive_pronouns if p == "…" else t.lower == p)
            for t, p in zip(words, parts, strict=True)
        ):
            return index + len(parts)
    return 0


def possessive_source(tokens: list[Token], cue: Cue, lex: Lexicon) -> Mention | None:
    """The possessive pronoun inside an "according to" cue ("nach ihren Worten", "in his
    words") as a pronoun mention of the source, else None."""
    for index in range(cue.start, cue.end):
        token = tokens[index]
        if token.lower in lex.possessive_pronouns:
            gender = lex.possessive_pronouns[token.lower]
            return Mention(index, index + 1, "pronoun", token.start, token.end, gender=gender, first=index)
    return None


def _passive_or_negated(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    before: list[str] = []
    for token in tokens[max(0, start - 2) : start]:
        # "…, geliefert worden, teilte X mit": an auxiliary before a comma belongs to another clause
        before = [*before, token.lower] if token.is_word else []
    after = tokens[end].lower if end < len(tokens) else ""
    if before and before[-1] in lex.passives:
        return True
    if len(before) == 2 and before[0] in lex.passives and before[1] in lex.adverbs and before[1] not in lex.passives:
        return True
    # "svarte ikke", "sagte nicht": a verb-second language negates after the verb; "said no
    # injuries were reported" does not negate the saying.
    negated_after = lex.verb_second and (after in lex.negations or _negation_closes(tokens, end, lex))
    return negated_after or bool(before and before[-1] in lex.negations)


def _negation_closes(tokens: list[Token], end: int, lex: Lexicon) -> bool:
    """ "antwortete darauf nicht.", "äußerte sich dazu zunächst nicht.": a negation that ends the
    clause a few lower-case words after the verb negates the saying (nothing was said)."""
    for index in range(end, min(end + 4, len(tokens))):
        token = tokens[index]
        if not token.is_word or token.capitalised:
            return False
        if token.lower in lex.negations:
            return index + 1 == len(tokens) or (tokens[index + 1].kind == "punct" and tokens[index + 1].text != ":")
    return False


def _join(tokens: list[Token], start: int, end: int) -> str:
    return " ".join(t.text for t in tokens[start:end])


def find_mentions(tokens: list[Token], lex: Lexicon, lowercase: frozenset[str], known: frozenset[str]) -> list[Mention]:
    """Names, roles and pronouns of a sentence, left to right.

    ``lowercase`` holds the words the document writes in lower case (so a
    sentence-initial "Tirsdag" or "Now" is no name); ``known`` holds name
    tokens the document uses as names elsewhere.
    """
    mentions: list[Mention] = []
    index = 0
    openers = lex.mention_openers
    roles = lex.role_cache
    while index < len(tokens):
        token = tokens[index]
        if token.lower in lex.clause_conjunctions or token.lower in lex.free_relatives:
            # "Als Sandra Keller …", "What Ann Lee said …": a word opening a clause is no name's first word
            index += 1
            continue
        if not token.is_word or (
            not token.capitalised
            and token.lower not in openers
            and not (roles[token.lower] if token.lower in roles else lex.is_role_head(token.lower))
            and token.lower not in lex.authority_nouns
        ):
            index += 1  # most words open no mention: decided here without a call
            continue
        if token.lower in lex.possessive_pronouns and "…" in lex.according_possessive:
            end = _slot_phrase_end(tokens, index, lex.according_possessive["…"], lex)
            if end:
                index = end  # "Seinen Worten zufolge": a cue, no name
                continue
        mention = _mention_at(tokens, index, lex, lowercase, known)
        if mention is None:
            index += 1
            continue
        mentions.append(mention)
        index = mention.end
    return mentions


def _mention_at(
    tokens: list[Token], index: int, lex: Lexicon, lowercase: frozenset[str], known: frozenset[str]
) -> Mention | None:
    token = tokens[index]
    if not token.is_word:
        return None
    word = token.lower
    if word in lex.pronouns and (index == 0 or not token.capitalised or tokens[index - 1].kind != "word"):
        return Mention(index, index + 1, "pronoun", token.start, token.end, gender=lex.pronouns[word], first=index)
    if word in lex.object_pronouns and index > 0 and tokens[index - 1].lower in _according_words(lex):
        return Mention(index, index + 1, "pronoun", token.start, token.end, gender="mf", first=index)
    if word in lex.object_pronouns and index + 1 < len(tokens) and tokens[index + 1].lower in lex.according_after:
        # "ihr zufolge", "ihm zufolge": the pronoun is the source
        return Mention(index, index + 1, "pronoun", token.start, token.end, gender="mf", first=index)
    if (
        word in NAME_PARTICLES
        and word not in lex.determiners
        # "Da Fjordavisa spurte …": another language's particle opening a sentence where this
        # language uses the word as a function word ("da" = when) opens a clause, not a name
        and not (index == 0 and word not in lex.name_particles and _function_word(word, lex))
        and (index == 0 or not tokens[index - 1].capitalised)
        and _particles_then_name(tokens, index)
    ):
        return _name_mention(tokens, index, index, False, lex, lowercase, known)
    if _bare_authority(tokens, index, lex):
        # "…, police said", "…, local police said": an authority's noun without an article
        # speaks as "the police" does; its lower-case modifiers after a comma are part of it
        first = index
        while (
            first > 0
            and index - first < 2
            and tokens[first - 1].is_word
            and not tokens[first - 1].capitalised
            and not _function_word(tokens[first - 1].lower, lex)
        ):
            first -= 1
        if first > 0 and tokens[first - 1].capitalised and not _function_word(tokens[first - 1].lower, lex):
            return None  # "Ferrisford district council": a body's name, not the bare noun ("But police said" is)
        return Mention(
            first,
            index + 1,
            "name",
            token.start,
            token.end,
            definite=True,
            organisation=True,
            first=index,
            role=(word,),
        )
    if (
        not token.capitalised
        and word not in lex.determiners
        and word not in lex.indefinites
        and not lex.is_role_head(word)
        and not (lex.definite_suffix and word in lex.organisation_nouns)
        and not _body_genitive(token, lex)
    ):
        return None
    start = index
    definite = False
    if (word in lex.determiners or word in lex.indefinites) and index + 1 < len(tokens):
        definite = True
        start = index + 1
    return _phrase_mention(tokens, index, start, definite, lex, lowercase, known)


def _bare_authority(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """A lower-case authority noun with no article that a verb, an adverb or the clause's end
    follows ("police said", "police also told"); not a modifier ("police officers") and not
    in a language that marks the definite noun by its ending (there the bare noun is indefinite)."""
    token = tokens[index]
    if token.capitalised or token.lower not in lex.authority_nouns or lex.definite_suffix:
        return False
    if _inside_report(tokens, index, lex):
        return False
    if index + 1 == len(tokens) or not tokens[index + 1].is_word:
        return True
    following = tokens[index + 1].lower
    return following in lex.verbs or following in lex.adverbs or following in lex.source_verbs


def _inside_report(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether a complementizer before ``index`` opens a reported clause that holds it ("told
    reporters that the city had asked …"): an authority's bare noun there is what was said
    about it, not a speaker's mention."""
    for token in reversed(tokens[:index]):
        if token.text in (",", ";"):
            return False  # the reported clause closed before: "… that he had not seen it, police said"
        if token.lower in lex.complementizers:
            return True
    return False


def _noun_ends(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether the noun at ``index`` ends its phrase: no body's noun follows ("the local
    government" ends there, "the city council" goes on)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    nouns = lex.body_nouns
    return following is None or following.lower not in nouns


def _function_word(word: str, lex: Lexicon) -> bool:
    return (
        word in lex.verbs
        or word in lex.prepositions
        or word in lex.conjunctions
        or word in lex.determiners
        or word in lex.complementizers
        or word in lex.adverbs
        or word in lex.passives
        or word in lex.relatives
    )


def _according_words(lex: Lexicon) -> frozenset[str]:
    return frozenset(parts[-1] for value in lex.according.values() for parts, _ in value) | frozenset(lex.according)


def _phrase_mention(
    tokens: list[Token],
    index: int,
    start: int,
    definite: bool,
    lex: Lexicon,
    lowercase: frozenset[str],
    known: frozenset[str],
) -> Mention | None:
    """A role phrase or a name starting at ``start`` (after a determiner at ``index``)."""
    anaphor = _organisation_anaphor(tokens, index, start, definite, lex)
    if anaphor is not None:
        return anaphor
    position = start
    modifiers: list[Token] = []
    # Modifiers and a role head: "the top Russian diplomat", "den russiske presidenten".
    while position < len(tokens) and position - start < 5:
        token = tokens[position]
        if not token.is_word or token.lower in lex.verbs or token.lower in lex.complementizers:
            break
        if (
            not token.capitalised
            and token.lower not in lex.role_connectors
            and (
                (modifiers and (token.lower in lex.prepositions or token.lower in lex.determiners))
                or token.lower in lex.conditionals
                or token.lower in lex.conjunctions
                or token.lower in lex.passives
            )
        ):
            # "a note from the governor's office", "Det er vanlig når riksmekleren …": a role
            # phrase ends before a preposition, a conjunction or an auxiliary
            break
        if (
            lex.capitalised_nouns
            and modifiers
            and modifiers[-1].capitalised
            and not token.capitalised
            and token.lower not in lex.role_connectors
            and not lex.is_role_head(token.text)
        ):
            # "einer Pressekonferenz wollte Reporterin X": where nouns are capitalised, adjectives
            # stand before their noun; a lower-case word after one (a verb) ends the phrase
            break
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if lex.is_role_head(token.text) and (
            (
                _POSSESSIVE.search(token.text)
                and any(lex.is_role_head(t.text) for t in tokens[position + 1 : position + 4] if t.is_word)
            )
            or (
                following is not None
                and following.is_word
                and not following.capitalised
                and lex.is_role_head(following.text)
            )
        ):
            # "the prime minister's official spokesman", "the chief executive": the last role
            # word is the head; one with a possessive ending says whose role it is.
            modifiers.append(token)
            position += 1
            continue
        if lex.is_role_head(token.text) and not _is_name_start(tokens, position + 1, lex, lowercase, known):
            words = [*modifiers, token]
            if definite or (modifiers and _is_possessor(modifiers[-1], lex)) or not modifiers:
                return _role_mention(tokens, index if definite else start, position + 1, words, definite, lex)
            break
        chained = all(not m.capitalised and lex.is_role_head(m.text) for m in modifiers)
        if (
            definite
            and lex.capitalised_nouns
            and not token.capitalised
            and lex.is_role_head(token.text)
            and _plain_noun(tokens, position + 1)
        ):
            # "Der 44-jährige Unternehmer": the adjective describes a noun, not a name's title.
            return _role_mention(tokens, index, position + 2, [*modifiers, token, tokens[position + 1]], definite, lex)
        if (definite or (chained and not token.capitalised)) and lex.is_role_head(token.text):
            # "der ukrainische Verteidigungsminister Oleh Marenko", "according to engineer
            # Paul Ferreira": the name is the mention.
            return _name_mention(tokens, index, position + 1, False, lex, lowercase, known)
        if token.capitalised and _is_name_start(tokens, position, lex, lowercase, known) and not definite:
            break
        if not definite and not token.capitalised and not _body_genitive(token, lex):
            break
        modifiers.append(token)
        position += 1
    if _is_name_start(tokens, start, lex, lowercase, known) or (definite and tokens[start].capitalised):
        return _name_mention(tokens, index, start, definite, lex, lowercase, known)
    return None


def _plain_noun(tokens: list[Token], index: int) -> bool:
    """A single capitalised word with no other after it ("Unternehmer", or a surname: the
    resolution tells them apart)."""
    if index >= len(tokens) or not tokens[index].capitalised:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is None or not following.capitalised


def _organisation_anaphor(tokens: list[Token], index: int, start: int, definite: bool, lex: Lexicon) -> Mention | None:
    """ "the company", "the players' union", "das Unternehmen", "Selskapet": an
    organisation named before (up to two words may stand between determiner and noun)."""
    first = start
    if definite:
        while (
            start < min(first + 2, len(tokens) - 1)
            and tokens[start].is_word
            # "the city council", "the police department": a body's noun before another is its qualifier
            and not (tokens[start].lower in lex.body_nouns and _noun_ends(tokens, start, lex))
            and not tokens[start].capitalised
            and not lex.is_role_head(tokens[start].text)  # "en pressetalsperson i selskapet": a person
            and tokens[start].lower not in lex.complementizers  # "en pressemelding at partiet …"
            # "Das teilte das Unternehmen mit": a demonstrative, then a verb and the noun's own article
            and tokens[start].lower not in lex.determiners
        ):
            start += 1
    token = tokens[start]
    body = token.lower in lex.organisation_nouns or (
        definite and token.lower in lex.authority_nouns and not _inside_report(tokens, start, lex)
    )
    if not body or not (definite or token.capitalised or lex.definite_suffix):
        return None
    if token.lower in lex.unit_nouns and tokens[index].lower in lex.possessive_pronouns:
        return None  # "her office said": the office of the person "her" stands for, no body named before
    following = tokens[start + 1] if start + 1 < len(tokens) else None
    owner = tokens[start + 2] if start + 2 < len(tokens) else None
    if owner is not None and owner.lower in lex.determiners and start + 3 < len(tokens):
        owner = tokens[start + 3]  # "Der Verband der deutschen Sparkassen"
    connects = following is not None and (following.lower in lex.role_connectors or following.lower in ORG_CONNECTORS)
    if lex.definite_suffix and connects and owner is not None and owner.capitalised and owner is tokens[start + 2]:
        # "Politiet i Havstrand", "kommunen i Nordvik": the body of the place named after it
        end, role = start + 3, (token.lower,)
        return Mention(index, end, "name", tokens[first].start, owner.end, organisation=True, first=start, role=role)
    if (
        following is not None
        and following.is_word
        and (
            following.capitalised
            or lex.is_role_head(following.text)
            # "Der Verband der Sparkassen"; "skriver direktoratet i en oppdatering" is a phrase after it
            or (connects and owner is not None and owner.capitalised)
        )
    ):
        return None  # "the company Lantern Logistics", "the company chairman", "Der Verband der Sparkassen"
    return Mention(
        index,
        start + 1,
        "name",
        tokens[first].start,
        token.end,
        definite=True,
        organisation=True,
        first=start,
        role=(token.lower,),
    )


def is_possessive(word: str) -> bool:
    """Whether ``word`` carries a possessive ending ("governor's", "Jones'")."""
    return bool(_POSSESSIVE.search(word))


def is_club_acronym(word: str, lex: Lexicon) -> bool:
    """An acronym standing alone before a name ("FC", "VfL", "TSV") that is no title ("DCI")."""
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(letters) <= 4 and sum(c.isupper() for c in letters) >= 2 and not lex.is_title(word)


def _is_possessor(token: Token, lex: Lexicon) -> bool:
    if _body_genitive(token, lex):
        return True
    return token.capitalised and (bool(_POSSESSIVE.search(token.text)) or token.text.endswith("s"))


def _body_genitive(token: Token, lex: Lexicon) -> bool:
    """A body's noun in its definite genitive, in a language that marks both by suffixes
    ("politiets pressetalsperson", "kommunens talsperson"): it says whose the role is."""
    word = token.lower
    return lex.definite_suffix and word.endswith("s") and word[:-1] in lex.body_nouns


def _role_mention(
    tokens: list[Token], start: int, end: int, words: list[Token], definite: bool, lex: Lexicon
) -> Mention:
    first = start + 1 if definite else start
    role = tuple(_role_word(t.text) for t in words)
    possessor = ""
    if len(words) > 1 and _is_possessor(words[-2], lex):
        possessor = strip_possessive(words[-2].text)
    owning = next((i for i, t in enumerate(words[:-1]) if not t.capitalised and _POSSESSIVE.search(t.text)), None)
    if owning is not None and not possessor:
        # "the prime minister's official spokesman": owned by a role, written in lower case.
        possessor = " ".join(strip_possessive(t.text) for t in words[: owning + 1])
    if not possessor and definite and tokens[start].lower in lex.possessive_pronouns:
        possessor = tokens[start].text  # "Her spokesperson said": the pronoun says whose role it is
    owner_end = _owner_end(tokens, end, lex)
    if owner_end > end:
        # "spokesperson for the Liberal Democrats": the role belongs to someone named after it.
        owner = [t for t in tokens[end + 1 : owner_end] if t.capitalised]
        possessor = " ".join(t.text for t in owner)
        role = role + tuple(_role_word(t.text) for t in tokens[end:owner_end] if t.is_word)
        end = owner_end
    return Mention(
        start,
        end,
        "role",
        tokens[first].start,
        tokens[end - 1].end,
        role=role,
        possessor=possessor,
        definite=definite,
        first=first,
    )


def _owner_end(tokens: list[Token], end: int, lex: Lexicon) -> int:
    """The end of "for the Liberal Democrats" after a role, or ``end`` when none follows."""
    if end >= len(tokens) or tokens[end].lower not in lex.role_connectors:
        return end
    position = end + 1
    if position < len(tokens) and tokens[position].lower in lex.determiners:
        position += 1
    definite = position > end + 1
    start = position
    while position < len(tokens) and (
        tokens[position].capitalised
        or (tokens[position].lower in NAME_PARTICLES | ORG_CONNECTORS and _particles_then_name(tokens, position))
    ):
        position += 1
    if position > start and position < len(tokens) and tokens[position].lower in lex.conjunctions:
        # "a spokesperson for Ridgeshire Fire and Rescue Service": one body's name
        position = _organisation_run(tokens, position, lex, start) or position
    named = position
    if position > start:
        position = _name_noun_end(tokens, position, lex) or position  # "for Vestby brann og redning"
    while position > start and position < min(named + 2, len(tokens)) and _body_noun(tokens[position].lower, lex):
        # "for the Hale County courts", "for the Marlow city council": the body's nouns after its name
        position += 1
    if definite and named == start + 1 and position == named and tokens[start].lower.endswith(lex.demonym_endings):
        # "for the Estonian coastguard": a nationality or place word names the body with its nouns
        while (
            position < len(tokens)
            and position - named < 2
            and tokens[position].is_word
            and not tokens[position].capitalised
            and tokens[position].lower not in lex.verbs
            and tokens[position].lower not in lex.complementizers
            and tokens[position].lower not in lex.adverbs
            and tokens[position].lower not in lex.prepositions
            and tokens[position].lower not in lex.conjunctions
            and tokens[position].lower not in lex.relatives
        ):
            position += 1
    if position == start and not definite and position < len(tokens) and lex.is_role_head(tokens[position].text):
        # "en talsperson for kommunalministeren": the owner is a role in its definite form
        position += 1
    elif described_body(tokens, position, lex):
        # "en talskvinne for flyselskapet Nordfly": the body's noun in its definite form, then its name
        position += 1
        while position < len(tokens) and tokens[position].capitalised:
            position += 1
    elif (
        position == start
        and lex.definite_suffix
        and position < len(tokens)
        and (tokens[position].lower in lex.body_nouns or tokens[position].lower in lex.body_synonyms)
    ):
        # "en pressetalsperson i selskapet", "en talsperson for rådhuset": a body named before, in
        # its definite form
        position += 1
    if position == start and definite:
        # "a spokesman for the charity": a common noun or two after the determiner
        while (
            position < len(tokens)
            and position - start < 2
            and tokens[position].is_word
            and tokens[position].lower not in lex.verbs
            and tokens[position].lower not in lex.complementizers
            and tokens[position].lower not in lex.adverbs  # "the head of the board also said"
        ):
            position += 1
    return position if position > start else end


def described_body(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """ "flyselskapet Nordfly", "rederiet Havline": a lower-case body noun in its definite form
    (a compound ending in one: "fly-selskapet") right before a capitalised name."""
    return (
        lex.definite_suffix
        and index + 1 < len(tokens)
        and tokens[index].is_word
        and not tokens[index].capitalised
        and tokens[index].lower.endswith(lex.organisation_endings)
        and tokens[index + 1].is_word
        and tokens[index + 1].capitalised
    )


def _is_name_start(
    tokens: list[Token], index: int, lex: Lexicon, lowercase: frozenset[str], known: frozenset[str]
) -> bool:
    if index >= len(tokens):
        return False
    token = tokens[index]
    if not token.capitalised:
        return False
    word = token.lower
    if word in lex.time_nouns:
        return False  # "am Mittag", "des Tages": a time, never a name
    if strip_possessive(token.text) in known or token.text in known:
        return True
    if word in lex.pronouns or word in lex.determiners or word in lex.common or word in lex.adverbs:
        return False
    if word in lex.conjunctions or word in lex.complementizers or word in lex.verbs or word in lex.according:
        return False
    if word in lex.prepositions and index == 0:
        return False  # "Aus Branchenkreisen hieß es": a sentence opening with a preposition
    if _before_name(tokens, index, lex):
        return True  # "Dr. Amaka Obi", "Gov. Jane Doe"
    if index >= 2 and _before_name(tokens, index - 2, lex):
        return word not in lowercase  # after "Dr." a name goes on; no sentence starts there
    if index == 0 or (not tokens[index - 1].is_word and tokens[index - 1].kind != "quote"):
        # A sentence-initial word is a name only when the document uses it as one,
        # or when a second capitalised word follows ("Per Lunde, som …").
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None:
            return False
        if following.capitalised and following.lower not in lex.common:
            return True
        if _name_noun_end(tokens, index + 1, lex):
            return True  # "Nordfjell kommune opplyser …"
        if len(token.text) > 1 and token.text.isupper() and token.text.isalpha():
            return True  # "NVE har hevet varselet": an acronym is a name wherever it stands
        # "Nordnett opplyser at …": a word never written in lower case, right before a speech verb.
        speaks = following.lower in lex.verbs or following.lower in lex.source_verbs or following.lower in lex.opinions
        return speaks and word not in lowercase
    return word not in lowercase


def _name_mention(
    tokens: list[Token],
    index: int,
    start: int,
    definite: bool,
    lex: Lexicon,
    lowercase: frozenset[str],
    known: frozenset[str],
) -> Mention | None:
    """A capitalised sequence: a person's name, perhaps after titles, or an organisation."""
    if start < len(tokens) and tokens[start].lower in lex.time_nouns:
        return None
    end = start
    organisation = False
    while end < len(tokens):
        token = tokens[end]
        if token.capitalised:
            end += 1
            if _POSSESSIVE.search(token.text) and not (end < len(tokens) and tokens[end].capitalised):
                break
            continue
        if (
            token.is_word
            and (end > start or token.lower in NAME_PARTICLES)
            and (token.lower in NAME_PARTICLES or token.lower in ORG_CONNECTORS)
            and _particles_then_name(tokens, end)
            and not _affiliation(tokens, start, end, lex)
            and not (
                definite is False and token.lower in lex.determiners and tokens[end - 1].lower not in NAME_PARTICLES
            )
        ):
            # In a person's name an article follows another particle ("von der Leyen"): "sagte
            # Feldhoff der Zeitung" names whom he told. "Der Verband der Sparkassen" is one name.
            organisation = organisation or token.lower in ORG_CONNECTORS
            end += 1
            continue
        if (
            definite
            and token.lower in lex.genitives
            and end > start
            and end + 1 < len(tokens)
            and tokens[end + 1].capitalised
            and tokens[end + 1].lower not in lex.adverbs
        ):
            # "dem Kreisverband des Roten Kreuzes": the genitive belongs to the name.
            organisation = True
            end += 1
            continue
        if token.text == "-" and end > start and end + 1 < len(tokens) and tokens[end + 1].capitalised:
            end += 1
            continue
        run = _organisation_run(tokens, end, lex, start) if end > start and token.lower in lex.conjunctions else 0
        if run:
            end, organisation = run, True  # "the Kellburn and District Health Trust": one body's name
            continue
        if token.text == "." and end > start and (_before_name(tokens, end - 1, lex) or _faculty(tokens, end - 1, lex)):
            end += 1  # "Dr. Amaka Obi", "Prof. Dr. Henrike von der Heide": a title's dot is inside the name
            continue
        if token.is_word and end > start and _faculty(tokens, end, lex):
            end += 1  # "Dr. med. Jan Weber"
            continue
        break
    closing = _name_noun_end(tokens, end, lex) if end > start else 0
    if closing:
        # "Havstrand fylkeskommune", "Statens vegvesen", "Vestby brann og redning": lower-case
        # nouns close the name
        end, organisation = closing, True
    if end == start:
        return None
    words = tokens[start:end]
    # A lowercase role head right after ("UN chief", "Russlands president", "Guterres' talsmann").
    role_after = (
        end < len(tokens) and tokens[end].is_word and not tokens[end].capitalised and lex.is_role_head(tokens[end].text)
    )
    if role_after and not _is_name_start(tokens, end + 1, lex, lowercase, known):
        mention = _role_mention(tokens, index, end + 1, [*words, tokens[end]], definite, lex)
        if _POSSESSIVE.search(words[-1].text) or strip_possessive(words[-1].text) in known:
            mention.possessor = strip_possessive(words[-1].text)
        return mention
    if role_after and not definite and end + 1 < len(tokens) and tokens[end + 1].capitalised:
        # "asked Star reporter Tom Vell": the words before the role say where the person
        # named after it works; the name is the mention.
        named = _name_mention(tokens, index, end + 1, False, lex, lowercase, known)
        if named is not None and not named.organisation:
            return named
    last = words[-1].text
    possessive = bool(_POSSESSIVE.search(last)) and len(words) == 1
    # "Samferdselsdepartementet", "Bundesumweltministerium": one word that ends in a body's noun
    compound = len(words) == 1 and words[0].lower.endswith(lex.body_endings)
    organisation = organisation or compound
    mention = Mention(
        index,
        end,
        "name",
        words[0].start,
        words[-1].end,
        definite=definite,
        organisation=organisation or definite,
        first=start,
    )
    mention.acronym = len(words) == 1 and last.isupper() and len(last) > 1
    if possessive:
        mention.possessor = strip_possessive(last)
    return mention


def _organisation_run(tokens: list[Token], conjunction: int, lex: Lexicon, start: int = -1) -> int:
    """The end of capitalised words after ``conjunction`` when the last is a body's noun
    ("… and District Health Trust"), else 0: "Smith and Jones" are two people. Where nouns are
    capitalised, a name opened at ``start`` by a body's noun (a compound ending in one) and
    a word of its own may take one more word after the conjunction: "Industriegewerkschaft
    Holz und Kunststoff" (never "Gewerkschaft Nordmetall und Jana Korff", nor "Polizei und
    Feuerwehr")."""
    run = conjunction + 1
    while run < min(conjunction + 6, len(tokens)) and tokens[run].capitalised:
        run += 1
    if run > conjunction + 1 and tokens[run - 1].lower in lex.organisation_nouns:
        return run
    if (
        lex.capitalised_nouns
        and 0 <= start < conjunction - 1
        and run == conjunction + 2
        and tokens[start].lower.endswith(lex.body_endings)
        and all(t.capitalised for t in tokens[start:conjunction])
        and not lex.is_role_head(tokens[conjunction + 1].text)
        and not lex.is_title(tokens[conjunction + 1].text)
    ):
        return run
    return 0


def _name_noun(token: Token, lex: Lexicon) -> bool:
    """A lower-case noun that ends an organisation's name ("kommune", "vegvesen")."""
    return bool(lex.name_nouns) and token.is_word and not token.capitalised and token.lower.endswith(lex.name_nouns)


def _name_noun_end(tokens: list[Token], index: int, lex: Lexicon) -> int:
    """The end of the lower-case noun or nouns at ``index`` that close an organisation's name
    ("kommune"; "brann og redning", "brann- og redningsvesen"), else 0."""
    if index >= len(tokens):
        return 0
    if _name_noun(tokens[index], lex):
        return index + 1
    for phrase in lex.name_phrases:
        end = index + len(phrase)
        if end <= len(tokens) and all(
            t.lower == word and not t.capitalised for t, word in zip(tokens[index:end], phrase, strict=True)
        ):
            return end
    return 0


def ends_in_name_phrase(words: list[Token], lex: Lexicon) -> bool:
    """Whether the words (without punctuation) close with a name noun of several words after a
    capitalised one ("Vestby brann og redning")."""
    lowered = tuple(t.lower for t in words)
    for phrase in lex.name_phrases:
        bare = tuple(w for w in phrase if w != "-")
        if len(lowered) > len(bare) and lowered[-len(bare) :] == bare and words[-len(bare) - 1].capitalised:
            return True
    return False


def _before_name(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether ``tokens[index]`` is a title abbreviation with its dot before a capitalised word
    ("Dr. Obi", "Prof. Dr. Weber", "Gov. Doe"), perhaps with a lower-case one of its own
    between ("Dr. med. Weber")."""
    token = tokens[index]
    if not token.capitalised or index + 2 >= len(tokens) or tokens[index + 1].text != ".":
        return False
    if not (token.lower in lex.title_abbreviations or (token.lower in lex.abbreviations and lex.is_title(token.text))):
        return False
    following = tokens[index + 2]
    if following.capitalised or following.lower in NAME_PARTICLES:
        return True
    return (
        following.is_word
        and following.lower in lex.abbreviations
        and index + 4 < len(tokens)
        and tokens[index + 3].text == "."
        and tokens[index + 4].capitalised
    )


def _faculty(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether ``tokens[index]`` is the lower-case part of a title ("med" in "Dr. med. Weber")."""
    return (
        index >= 2
        and not tokens[index].capitalised
        and tokens[index - 1].text == "."
        and _before_name(tokens, index - 2, lex)
    )


def _affiliation(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """ "Petra Lindgren von der Nordbank": a particle after a full name (two words that are
    no titles) opens where the person works, not the rest of a name ("Ursula von der Leyen")."""
    full_name = sum(1 for t in tokens[start:end] if t.capitalised and not lex.is_title(t.text)) >= 2
    if tokens[end].lower in ORG_CONNECTORS and tokens[end - 1].capitalised:
        # "Tomás Reyes of WKTV", "Jane Roe of the Harbour Gazette": a person and the outlet
        # or body they work for; "Bank of England" (one word before "of") stays one name.
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        if following is None or not following.capitalised:
            return False
        run = end + 1
        while run + 1 < len(tokens) and tokens[run + 1].capitalised:
            run += 1
        if run + 1 < len(tokens) and tokens[run + 1].lower in lex.conjunctions:
            run = (_organisation_run(tokens, run + 1, lex) or run + 1) - 1  # "of Tarrow Fire and Rescue"
        outlet = tokens[run].lower.endswith(lex.outlet_endings)
        acronym = following.text.isupper() and len(following.text) > 1
        # "Chief Inspector Nell Garrow of Quenby Police": a titled full name is a person, and a run that
        # ends in a body's noun is where she works; "Federal Reserve Bank of New York" is neither.
        titled = any(lex.is_title(t.text) for t in tokens[start:end])
        return full_name and (acronym or outlet or titled or _body_noun(tokens[run].lower, lex))
    if tokens[end].lower not in NAME_PARTICLES or tokens[end - 1].lower in NAME_PARTICLES:
        return False
    return full_name


def _body_noun(word: str, lex: Lexicon) -> bool:
    """Whether lower-case ``word`` is the noun of a kind of body ("court", "courts", "council"),
    or a noun that ends a body's name ("i Vestvik kommune")."""
    nouns = lex.body_nouns
    return word in nouns or (word.endswith("s") and word[:-1] in nouns) or word in lex.name_nouns


def _particles_then_name(tokens: list[Token], index: int) -> bool:
    """Whether particles from ``index`` on lead to a capitalised word ("von der Aue")."""
    while index < len(tokens) and tokens[index].is_word and tokens[index].lower in NAME_PARTICLES | ORG_CONNECTORS:
        index += 1
    return index < len(tokens) and tokens[index].capitalised


def _role_word(word: str) -> str:
    return strip_possessive(word).lower()


def strip_possessive(word: str) -> str:
    """``word`` without the possessive ending it may have ("Lee's", "Lees'" -> "Lee", "Lees")."""
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


_LONGEST_CLAUSE = 60


def dash_split(tokens: list[Token], lex: Lexicon) -> tuple[int, list[Token]] | None:
    """The last comma of a dash line that is followed by an attribution clause.

    The clause (", sa X, som leder …") is short, so only the line's last
    :data:`_LONGEST_CLAUSE` tokens are searched: a huge dash paragraph costs one pass.
    """
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 1 - _LONGEST_CLAUSE), -1):
        if tokens[index].text not in (",", "?", "!"):
            continue
        clause = tokens[index + 1 :]
        if tokens[index].text != "," and not (clause and clause[0].is_word and not clause[0].capitalised):
            continue  # "– Kommer du? spurte hun.": after "?" or "!" the cue goes on in lower case
        if any(t.text in (".", "!", "?") for t in clause[:-1]) and len(clause) > 16:
            return None
        if clause and clause[0].lower in lex.conjunctions:
            continue  # ", and I can't say more today": the quote goes on; an attribution clause opens bare
        if find_cues(clause, lex):
            return index, clause
    return None
