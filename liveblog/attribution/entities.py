"""The document's entity table, learnt before any statement is attributed.

Full names (with the role words before them: "Russian Foreign Minister Sergei
Lavrov"), then appositions in both orders ("Olaf Scholz, the chancellor,",
"the prime minister, Jane Doe,") teach :class:`~.speakers.EntityTable` who
the document's people are and which roles stand for them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from liveblog.attribution.cues import (
    NAME_PARTICLES,
    ORG_CONNECTORS,
    Lexicon,
    Mention,
    dash_split,
    find_cues,
    find_mentions,
    is_club_acronym,
)
from liveblog.attribution.layout import Layout, Sentence, lay_out
from liveblog.attribution.speakers import (
    EntityTable,
    dateline_end,
    fold,
    mention_words,
    name_length_limit,
    person_name,
    role_words,
)
from liveblog.attribution.text import Token, tokenize
from liveblog.lang.agencies import NEWS_AGENCIES
from liveblog.models import Document, Speaker

_SENTENCE_END = frozenset((".", "!", "?", ";"))
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The news agencies' names as written (case matters: "AP", not the party "Ap"), longest first.
_AGENCY = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(NEWS_AGENCIES, key=len, reverse=True)) + r")(?![\w-])"
)


def build_table(
    document: Document,
    lex: Lexicon,
    registry: Sequence[Speaker] = (),
    layouts: list[Layout] | None = None,
    standfirst: Layout | None = None,
) -> EntityTable:
    """The document's entity table: names, surnames, roles from appositions.

    ``layouts`` are the entries' layouts and ``standfirst`` the subtitle's, when the caller has them
    (the mentions found in them are kept there for the rules)."""
    if layouts is None:
        layouts = [lay_out(entry.text, lex) for entry in document.entries]
    texts = [entry.text for entry in document.entries]
    # The standfirst under the title teaches names and roles as the entries do ("Gov. Jane Roe held a
    # briefing"), though none of its words are an entry's statements.
    if document.subtitle:
        texts = [*texts, document.subtitle]
        layouts = [*layouts, standfirst or lay_out(document.subtitle, lex)]
    lowercase = frozenset(word.lower() for text in texts for word in _WORD.findall(text) if word[:1].islower())
    table = EntityTable(lex, lowercase)
    parsed = [
        _sentences(layout, lex, table) + _dash_clauses(text, layout, lex, table)
        for text, layout in zip(texts, layouts, strict=True)
    ]
    for entry_sentences in parsed:
        for sentence in entry_sentences:
            _learn_names(sentence, lex, table)
    table.add_registry(registry, document.date)
    _learn_titled_genders(parsed, lex, table)
    midcaps = {
        t.text
        for entry_sentences in parsed
        for sentence in entry_sentences
        for t in sentence.tokens[1:]
        if t.capitalised and t.lower not in lex.abbreviations  # "at St. Brendan": "St" is no name
    }
    # A sentence-initial word that is a near spelling of a known surname ("Kannegieser hat …"
    # after "Tobias Kannegießer") is that name misspelt, not an ordinary word.
    for entry_sentences in parsed:
        for sentence in entry_sentences:
            first = sentence.tokens[0] if sentence.tokens else None
            if (
                first is not None
                and first.capitalised
                and first.text not in midcaps
                and first.lower not in lowercase
                and first.lower not in lex.common
                and table.lookup(first.text) is not None
            ):
                midcaps.add(first.text)
    table.midcaps = frozenset(midcaps)
    known = table.known
    alone: set[str] = set()  # one-word names standing alone ("Nguyen said")
    cited: dict[str, bool] = {}  # acronym -> whether the document only ever cites it
    for text, entry_sentences in zip(texts, parsed, strict=True):
        for sentence in entry_sentences:
            sentence.mentions = find_mentions(sentence.tokens, lex, lowercase, known)
            _learn_appositions(text, sentence, lex, table)
            _learn_outlets(sentence, lex, table)
            alone.update(
                sentence.tokens[m.first].text
                for m in sentence.mentions
                if m.kind == "name" and m.end - m.first == 1 and not (m.definite or m.organisation or m.acronym)
            )
            acronyms = [m for m in sentence.mentions if m.acronym]
            if acronyms:
                citing = {c.end for c in find_cues(sentence.tokens, lex) if c.kind == "according"}
                for mention in acronyms:
                    key = fold(sentence.tokens[mention.first].text)
                    cited[key] = cited.get(key, True) and mention.start in citing
    for entity, full in table.leading:
        # The first word stands alone as a name elsewhere ("Nguyen said") and the last never
        # does: the first is the family name ("Nguyen Thi Lan"), not someone else ("Guterres
        # Vladimir Putin", with "Putin said" later).
        if (
            full[0] in alone
            and full[-1] not in alone
            and full[0].lower() not in lowercase
            and not table.lookup(full[0])
        ):
            table.add_form(entity, full)
    # An acronym the document names only as what something is "according to" ("Ifølge NTB har
    # …", never "NTB sier …") is a news agency cited as a source, not a speaker.
    table.outlets.update(key for key, only in cited.items() if only)
    table.outlets.update(_agencies(document, table))
    _learn_bodies(document, parsed, lex, table)
    # Misspelt names join their person once the whole document is read: a blog read newest
    # first may misspell a name above the entry that introduces it.
    headlines = [entry.headline or "" for entry in document.entries]
    words = (w for t in texts + headlines for w in _WORD.findall(t))
    preceded: dict[str, set[str]] = {}
    for entry_sentences in parsed:
        for sentence in entry_sentences:
            for before, token in zip(sentence.tokens, sentence.tokens[1:], strict=False):
                # (a function word opening the sentence or a title is no other name's part)
                if (
                    before.capitalised
                    and token.capitalised
                    and before.lower not in lex.common
                    and before.lower not in lowercase
                    and not lex.is_title(before.text)
                ):
                    preceded.setdefault(fold(token.text), set()).add(fold(before.text))
    table.join_misspellings(Counter(fold(w) for w in words), preceded)
    return table


def _learn_bodies(document: Document, parsed: list[list[Sentence]], lex: Lexicon, table: EntityTable) -> None:
    """Each entry's bodies named in full ("the Harbour Authority", "Brackley Police Department"): a
    post further up a live blog read newest first may call one of them "the authority"."""
    table.entry_times = [entry.timestamp or entry.time for entry in document.entries]
    connectors = lex.connectors | ORG_CONNECTORS
    entries_parsed = parsed[: len(document.entries)]  # without the standfirst's sentences, read last
    for at, (entry, entry_sentences) in enumerate(zip(document.entries, entries_parsed, strict=True)):
        for sentence in entry_sentences:
            for mention in sentence.mentions:
                _learn_force(entry.text, sentence.tokens, mention, lex, table, connectors)
                if mention.kind != "name" or mention.possessor:
                    continue
                words = mention_words(sentence.tokens, mention)
                if len(words) < 2 or not all(t.capitalised for t in words) or words[-1].lower not in lex.body_nouns:
                    continue
                name = entry.text[words[0].start : words[-1].end]
                table.bodies_by_noun.setdefault(fold(words[-1].text), []).append((at, table.entry_times[at], name))


def _learn_force(
    text: str, tokens: list[Token], mention: Mention, lex: Lexicon, table: EntityTable, connectors: frozenset[str]
) -> None:
    """A police force named in full, as a body ("the Wharfton Harbour Police", "Nordvik
    politidistrikt") or as whose a role is ("ein Sprecher der Kantonspolizei Talberg"): a name of
    two words or more, one of them the force noun, ending in it ("Kantonspolizei") or opening a
    compound with it ("Polizeipräsidium", "politidistrikt"). Never a title's name ("Police Chief
    Tom Reed") or a body the noun merely belongs to ("Gewerkschaft der Polizei")."""
    if not lex.force_nouns:
        return
    if mention.kind == "role" and mention.possessor:
        name = mention.possessor
    elif mention.kind == "name" and mention.organisation and not mention.possessor:
        span = mention_words(tokens, mention)
        name = text[span[0].start : span[-1].end] if span else ""
    else:
        return
    words = name.split()
    # "Police" itself may open a title ("Police Chief"), so only the other words are looked at
    if len(words) < 2 or any(lex.is_title(w) and not fold(w).endswith(lex.force_nouns) for w in words):
        return
    for at, word in enumerate(words):
        folded = fold(word)
        if at and fold(words[at - 1]) in connectors:
            continue
        for noun in lex.force_nouns:
            rest = folded[len(noun) :] if folded.startswith(noun) else None
            # a compound's second part is a body's word of its own ("präsidium"), never a few
            # letters that make another word ("Politik", "politiker")
            if folded.endswith(noun) or (rest is not None and (not rest or len(rest) >= 6)):
                table.add_force(noun, name)
                return


def _agencies(document: Document, table: EntityTable) -> set[str]:
    """The news agencies the document names ("according to Reuters", "PA Media"), folded:
    sources, never speakers; not a name the document gives a person ("Michael Bloomberg")."""
    texts = [text for entry in document.entries for text in (entry.text, entry.headline or "")]
    found = {match.group() for text in texts for match in _AGENCY.finditer(text)}
    result: set[str] = set()
    for name in found:
        entity = table.lookup(name)
        if entity is None or not entity.person or fold(entity.canonical) == fold(name):
            result.add(fold(name))
    return result


def _learn_outlets(sentence: Sentence, lex: Lexicon, table: EntityTable) -> None:
    """ "sier til NTB", "told Reuters", "sagte Feldhoff der Deutschen Presse-Agentur": a
    listener of speech that is no known person is a news outlet."""
    tokens, mentions = sentence.tokens, sentence.mentions
    if not mentions:
        return
    starting = {m.start: m for m in mentions}
    for cue in find_cues(tokens, lex):
        if cue.kind != "verb":
            continue
        position = cue.end
        direct = cue.text.lower() in lex.recipient_verbs
        speaker = starting.get(position)
        inverted = speaker is not None and speaker.kind in ("name", "pronoun") and not direct
        if inverted and speaker is not None:
            position = speaker.end
            if position < len(tokens) and tokens[position].text == "(":
                # "bekrefter Kjersti Brenna (Ap) overfor NTB": a party in brackets after the name
                closing = next((i for i in range(position, min(position + 6, len(tokens))) if tokens[i].text == ")"), 0)
                position = closing + 1 if closing else position
        while position < len(tokens) and tokens[position].lower in lex.adverbs and position - cue.end < 4:
            position += 1
        if position >= len(tokens):
            continue
        word = tokens[position].lower
        listener = None
        if direct and not inverted:
            listener = starting.get(position)
        elif word in lex.listener_prepositions:
            listener = starting.get(position + 1)
        elif inverted and word in lex.listener_articles:
            listener = starting.get(position)
        if listener is None or listener.kind != "name" or listener.possessor:
            continue
        words = [t.text for t in mention_words(tokens, listener)]
        name = " ".join(words)
        entity = table.lookup(name)
        outlet = any(fold(w).endswith(lex.outlet_endings) for w in words)
        if len(words) == 1 and not (outlet or listener.acronym):
            continue  # "ha sagt til Putin": one word may be a person's surname
        if outlet or entity is None or not entity.person or listener.acronym:
            table.outlets.add(fold(name))


def _sentences(layout: Layout, lex: Lexicon, table: EntityTable) -> list[Sentence]:
    """The sentences of an entry, with the mentions a first pass finds for learning names.

    A full name takes two capitalised words, so a sentence with fewer has none to
    learn and is not searched (its mentions are found later, with the names known).
    """
    result = []
    for paragraph in layout:
        if paragraph.sentences:
            # "EASTON RIDGE, Ohio — The hospital said …": the dateline is where the story was
            # filed, no mention and no part of a statement.
            opening = paragraph.sentences[0]
            skip = dateline_end(opening.tokens)
            if skip:
                opening.tokens = opening.tokens[skip:]
        for sentence in paragraph.sentences:
            if sum(1 for t in sentence.tokens if t.capitalised) >= 2:
                sentence.mentions = find_mentions(sentence.tokens, lex, table.lowercase, frozenset())
            result.append(sentence)
    return result


def _dash_clauses(text: str, layout: Layout, lex: Lexicon, table: EntityTable) -> list[Sentence]:
    """The attribution clauses of dash lines ("– …, sier riksmekler Elisabeth Fjærli."), where
    a dash-quote language often names a person first: the quote itself is one token."""
    result = []
    for paragraph in layout:
        first = paragraph.tokens[0] if paragraph.tokens else None
        if first is None or first.kind != "quote" or first.quote is None or not first.quote.dash:
            continue
        split = dash_split(tokenize(text, first.quote.start, paragraph.end, []), lex)
        if split is not None:
            clause = split[1]
            result.append(Sentence(clause, find_mentions(clause, lex, table.lowercase, frozenset()), []))
    return result


def _learn_names(sentence: Sentence, lex: Lexicon, table: EntityTable) -> None:
    for mention in sentence.mentions:
        if mention.kind != "name":
            continue
        words = mention_words(sentence.tokens, mention)
        first = mention.first
        if mention.definite and first > 0 and sentence.tokens[first - 1].lower in lex.genitives:
            _learn_genitive([t.text for t in words], lex, table)
        if mention.definite or mention.organisation:
            # "die Verpflichtung von Stürmer Emeka Okonkwo": a common noun, a preposition that
            # looks like a name particle, then the person's name.
            cut = next(
                (
                    i + 1
                    for i in range(1, len(words) - 2)
                    if words[i].lower in NAME_PARTICLES
                    and words[i].lower not in lex.determiners  # "einer Erklärung der Vellmann AG"
                    and words[i - 1].lower.endswith(lex.noun_endings)
                ),
                0,
            )
            if not cut:
                continue
            first = sentence.tokens.index(words[cut], mention.first)
            words = words[cut:]
        limit = name_length_limit(sentence.tokens, first, lex, table.lowercase)
        prefix, name = person_name(words, lex, table.lowercase, frozenset(), limit)
        if (
            len(prefix) == 1
            and len(name) == 2
            and limit < 3
            and name[-1].lower() in lex.organisation_nouns
            and not lex.is_title(prefix[0])
            and prefix[0].lower() not in lex.title_abbreviations
        ):
            # "Marlow Harbour Company has written …" opening a sentence: the first word was cut
            # as a possible title, but a name ending in a body's noun is the body's whole name.
            prefix, name = [], [prefix[0], *name]
        if len(name) < 2 or _is_organisation(name, table):
            continue
        # "Gov. Jane Doe" is "the governor": an abbreviated title teaches the whole word.
        titles = [lex.title_abbreviations.get(word.lower(), word) for word in prefix]
        role = [*_role_before(sentence.tokens, first, lex), *titles]
        entity = table.add_person(name, role_words(role))
        if len(prefix) == 1 and len(words) == 3 and limit < 3 and not lex.is_title(prefix[0]):
            # "Nguyen Thi Lan, who …" opening a sentence: the first word may be a title no table
            # knows, or the family name of a name written family name first ("Nguyen said").
            table.leading.append((entity, [prefix[0], *name]))
        if len(prefix) == 1 and is_club_acronym(prefix[0], lex):
            entity.person = False  # "FC Rhenania Ostheim", "VfL Grünwalde": a club, not a person
        if len(name) >= 3 and name[-1].lower() in lex.organisation_nouns:
            entity.person = False  # "Regional Medical Center", "Harbour Development Bank"


def _learn_titled_genders(parsed: list[list[Sentence]], lex: Lexicon, table: EntityTable) -> None:
    """ "Mr Penrose", "Ms. Lee": a title that tells a gender before a lone surname teaches it to
    the one person the document names with that surname (its full name may come anywhere), unless
    the document gives that surname titles of both genders."""
    told: dict[str, set[str]] = {}
    for entry_sentences in parsed:
        for sentence in entry_sentences:
            tokens = sentence.tokens
            for index, token in enumerate(tokens[:-1]):
                gender = lex.gender_of((token.lower,)) if token.capitalised else ""
                if not gender:
                    continue
                at = index + 2 if tokens[index + 1].text == "." else index + 1
                if at >= len(tokens) or not tokens[at].capitalised:
                    continue
                if at + 1 < len(tokens) and tokens[at + 1].capitalised:
                    continue  # "Mr Tom Penrose": a full name, learnt with its title
                told.setdefault(fold(tokens[at].text), set()).add(gender)
    for surname, genders in told.items():
        people = [e for e in table.by_surname.get(surname, []) if e.person]
        if len(genders) == 1 and len(people) == 1 and not people[0].gender:
            people[0].gender = next(iter(genders))


def _learn_genitive(words: list[str], lex: Lexicon, table: EntityTable) -> None:
    """ "nach Angaben des Verkehrsverbunds Talberg": a body's name after a genitive article
    is its nominative name ("Verkehrsverbund Talberg") with an ending on the first word;
    both spellings find the body."""
    if len(words) < 2 or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return
    head = words[0]
    if not head.endswith("s") or len(head) < 5 or lex.is_title(head) or lex.is_title(head[:-1]):
        return
    # "des Kreises" is "Kreis", "des Verkehrsverbunds" "Verkehrsverbund"
    nominative = head[:-2] if head.endswith(("ses", "zes", "ßes", "xes")) else head[:-1]
    if nominative.lower() in lex.organisation_nouns or nominative.lower() in lex.authority_nouns:
        return  # "des Konzerns Vellmann Chemie AG": the noun, then the name
    name = [nominative, *words[1:]]
    entity = table.lookup(" ".join(name))
    if entity is None or fold(entity.canonical) != fold(" ".join(name)):
        entity = table.add_person(name, ())
        entity.person = False
    table.by_form[fold(" ".join(words))] = entity


def _is_organisation(name: list[str], table: EntityTable) -> bool:
    return any(fold(word) in table.lowercase for word in name[1:] if word not in NAME_PARTICLES)


def _role_before(tokens: list[Token], index: int, lex: Lexicon) -> list[str]:
    """Role words right before a name: "UN chief", "Russlands president"."""
    words: list[str] = []
    position = index - 1
    if (
        position >= 1
        and tokens[position].text == "."
        and tokens[position - 1].lower in lex.title_abbreviations
        and tokens[position - 1].capitalised
    ):
        # "Gov. Jane Doe": the abbreviation teaches the whole title ("the governor").
        return [lex.title_abbreviations[tokens[position - 1].lower]]
    if position >= 0 and tokens[position].is_word and lex.is_role_head(tokens[position].text):
        words.insert(0, tokens[position].text)
        position -= 1
        while position >= 0 and len(words) < 4:
            token = tokens[position]
            if token.is_word and token.lower.startswith(lex.deputy_words) and lex.deputy_words:
                words.insert(0, token.text)  # "der stellvertretende Landrat X": a deputy's role
                break
            if not token.capitalised or token.lower in lex.determiners:
                break
            words.insert(0, token.text)
            position -= 1
    elif 0 < index <= 3 and _sentence_initial_title(tokens[:index], lex):
        # "Harbour master Ian Doyle said": a title no role table knows, opening the sentence.
        words = [t.text for t in tokens[:index]]
    return words


def _sentence_initial_title(words: list[Token], lex: Lexicon) -> bool:
    """Whether the words before a name at the start of a sentence read as a title:
    capitalised first, the last a lowercase noun that is no common or function word."""
    last = words[-1]
    if not all(t.is_word for t in words) or not words[0].capitalised or last.capitalised:
        return False
    function = lex.common | lex.verbs.keys() | lex.prepositions | lex.adverbs | lex.conjunctions | lex.determiners
    return not any(t.lower in function for t in words)


def _learn_appositions(text: str, sentence: Sentence, lex: Lexicon, table: EntityTable) -> None:
    """ "Dmitrij Peskov, som er talsperson for Putin," / "Olaf Scholz, the chancellor," """
    tokens = sentence.tokens
    for previous, mention in zip([None, *sentence.mentions], sentence.mentions, strict=False):
        # The name ends the apposition with a comma or bracket, or a party in brackets follows
        # it ("Ordføreren i Skarvøy, Ingrid Lund (Sp), sier"), or it ends the sentence ("… with
        # the town's mayor, Tom Reed.").
        if mention.kind != "name":
            continue
        closing = mention.end >= len(tokens) or tokens[mention.end].text in _SENTENCE_END
        if not closing and tokens[mention.end].text not in (",", ")", "("):
            continue
        # "the prime minister, Jane Doe, said"
        if (
            previous is not None
            and previous.kind == "role"
            and previous.end + 1 == mention.start
            and tokens[previous.end].text in (",", "(")
        ):
            table.add_role(text[mention.char_start : mention.char_end], previous.role)
            person = table.lookup(text[mention.char_start : mention.char_end])
            if person is not None and previous.definite and tokens[previous.start].lower in lex.female_articles:
                person.gender = person.gender or "f"  # "Die Vorstandsvorsitzende der Sparkasse, X,"
        if closing or mention.end + 2 >= len(tokens) or tokens[mention.end].text != ",":
            continue
        words: list[str] = []
        for token in tokens[mention.end + 1 : mention.end + 10]:
            if token.text in (",", ".", ";") or token.kind == "quote":
                break
            words.append(token.text)
        lowered = [w.lower() for w in words]
        while lowered and (lowered[0] in lex.relatives or lowered[0] in lex.determiners or lowered[0] in lex.passives):
            lowered.pop(0)
            words.pop(0)
        if words and any(lex.is_role_head(w) for w in words) and len(words) <= 6:
            name = text[mention.char_start : mention.char_end]
            table.add_role(name, role_words(words))
