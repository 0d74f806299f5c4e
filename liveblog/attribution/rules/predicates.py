"""Pure functions the rules share: tests on a sentence's tokens and small helpers on the text.

They read only their arguments (tokens, a mention, the language's :class:`~..cues.Lexicon`) and
keep no state: whether a run of tokens reads as reported speech (``_mood_by_pronoun``,
``_mood_by_subject``), where a noun phrase ends (``_noun_phrase``), a statement's span without the
blanks, commas and dashes around it (``_trim``), and the like.
"""

from __future__ import annotations

import re

from liveblog.attribution.cues import Lexicon, Mention, is_possessive
from liveblog.attribution.quotes import Quote
from liveblog.attribution.text import Token


def _possessive_role(tokens: list[Token], mention: Mention) -> bool:
    """A role mention that ends in a possessive: "the governor's" (office, spokesman …)."""
    return mention.kind == "role" and is_possessive(tokens[mention.end - 1].text)


def _noun_run_end(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """The end of one or two lowercase nouns after a possessive: "the governor's press office"."""
    end = start
    while (
        end < min(start + 2, len(tokens))
        and tokens[end].is_word
        and not tokens[end].capitalised
        and tokens[end].lower not in lex.verbs
        and tokens[end].lower not in lex.prepositions
        and tokens[end].lower not in lex.complementizers
    ):
        end += 1
    return end


def _acronym_speaks(tokens: list[Token], mention: Mention, lex: Lexicon) -> bool:
    """ "NVE opplyser at …": an acronym right before a speech verb is an organisation
    speaking, never a role of someone named before."""
    if not mention.acronym or mention.end >= len(tokens):
        return False
    after = tokens[mention.end].lower
    return after in lex.verbs or after in lex.announce_verbs or after in lex.source_verbs


def _owned(tokens: list[Token], mention: Mention, lex: Lexicon) -> bool:
    """Whether a role mention names whose role it is after it ("head of the agency")."""
    return any(t.lower in lex.role_connectors for t in tokens[mention.first : mention.end])


def _is_quoted_name(text: str, quote: Quote, titled: bool) -> bool:
    """A newspaper or programme title in quotes: glued to a compound ("„Bild“-Zeitung") or
    a few words that all start with a capital after a cue ("sagte der „Süddeutschen Zeitung“")."""
    after = quote.end + 1 if quote.closed else quote.end
    if text[after : after + 1] == "-":
        return True
    words = text[quote.start : quote.end].split()
    return (
        titled
        and 0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and text[quote.start : quote.end].rstrip()[-1:] not in ".!?"
    )


def _stem_equal_word(a: str, b: str) -> bool:
    """Same word up to an inflection ending ("ekspert"/"eksperten", "minister"/"ministeren")."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


def _inflected(a: str, b: str) -> bool:
    """The same word, or one of its inflections: an ending of up to three letters added
    ("ekspert"/"eksperten") or changed ("großem"/"großen")."""
    if a == b or _stem_equal_word(a, b):
        return True
    stem = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return stem >= 5 and max(len(a), len(b)) - stem <= 2


def _plain(text: str) -> str:
    """Words only, lower case: for finding the same words said twice."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:–—-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–—-"):
        end -= 1
    return start, end


def _stands_alone(tokens: list[Token], index: int) -> bool:
    """A quote that opens its sentence (or follows a colon) is direct speech."""
    before = tokens[:index]
    return (
        all(t.kind != "word" for t in before)
        or (bool(before) and before[-1].text == ":")
        or _after_quote_block(tokens, index)
    )


def _after_quote_block(tokens: list[Token], index: int) -> bool:
    """ "“A,” X said, “B.”": the second quote follows a quote and its cue."""
    return index >= 2 and tokens[index - 1].text == "," and any(t.kind == "quote" for t in tokens[: index - 1])


def _has_terminal(text: str, quote: Quote) -> bool:
    return text[quote.start : quote.end].rstrip()[-1:] in (".", "!", "?", "…") or text[
        quote.end + 1 : quote.end + 2
    ] in (".", "!", "?")


def _mood_by_pronoun(tokens: list[Token], lex: Lexicon) -> bool:
    """A verb in the reported mood by its ending, next to a singular subject pronoun
    ("Die Kritik nehme er ernst", "Er nehme sie ernst", "Man rechne mit …"; never "Man
    rechnet mit …"): a lower-case word with a mood
    ending that is no article, pronoun, preposition or other small word ("er eine", "wie sie")."""
    if not lex.reported_mood_endings:
        return False
    for index, token in enumerate(tokens):
        if not _mood_form(token, lex):
            continue
        before = tokens[index - 1] if index > 0 else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.is_word and _singular_pronoun(after.lower, lex):
            return True  # "nehme er": the verb before its subject
        opens_clause = index < 2 or tokens[index - 2].text in (",", ";", ":") or tokens[index - 2].kind == "quote"
        if before is not None and before.is_word and _singular_pronoun(before.lower, lex) and opens_clause:
            return True  # "Er nehme …", "…, sie nehme …": the subject opens the clause
    return False


def _mood_by_subject(tokens: list[Token], lex: Lexicon) -> bool:
    """A verb in the reported mood by its ending right after a noun subject that opens the
    sentence ("Ein Abschluss in der geforderten Höhe gefährde Arbeitsplätze", "Der Verband
    rechne …") or right before one after a fronted phrase ("Für Donnerstag rechne das
    Unternehmen mit …"), in a language that capitalises its nouns: a third person singular
    in the indicative never ends so ("gefährdet", "rechnet")."""
    if not lex.reported_mood_endings or not lex.capitalised_nouns or len(tokens) < 4:
        return False
    end = _noun_phrase(tokens, 0, lex)
    if end and end < len(tokens) and tokens[end].lower in lex.prepositions:
        end = _noun_phrase(tokens, end + 1, lex)  # "Ein Abschluss in der geforderten Höhe"
    if end and end + 1 < len(tokens) and _mood_form(tokens[end], lex):
        return True
    for index in range(2, len(tokens) - 2):
        if (
            tokens[index - 1].capitalised
            and (tokens[0].capitalised or tokens[0].lower in lex.prepositions)
            and _mood_form(tokens[index], lex)
            and _noun_phrase(tokens, index + 1, lex)
        ):
            return True  # "Für Donnerstag rechne das Unternehmen"
    return False


def _noun_phrase(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """The end of an article, lower-case adjectives and one or two capitalised nouns from
    ``start`` ("der geforderten Höhe", "Der Verband Südliga"), or 0."""
    if start >= len(tokens) or tokens[start].lower not in lex.determiners | lex.indefinites:
        return 0
    position = start + 1
    while position < len(tokens) and tokens[position].is_word and not tokens[position].capitalised:
        if not tokens[position].lower.endswith(("e", "en", "er", "es", "em")) or position - start > 3:
            return 0  # an adjective before the noun ("der geforderten"), nothing else
        position += 1
    nouns = position
    while position < len(tokens) and position - nouns < 2 and tokens[position].is_word and tokens[position].capitalised:
        position += 1
    return position if position > nouns else 0


def _mood_form(token: Token, lex: Lexicon) -> bool:
    word = token.lower
    if not token.is_word or token.capitalised or len(word) < 4 or not word.endswith(lex.reported_mood_endings):
        return False
    if lex.past_endings and word.endswith(lex.past_endings):
        return False  # "stimmte sie zu": the past tense
    small = (
        lex.determiners,
        lex.indefinites,
        lex.negations,
        lex.prepositions,
        lex.adverbs,
        lex.conjunctions,
        lex.as_words,
        lex.conditionals,
        lex.complementizers,
        lex.relatives,
        lex.possessive_pronouns,
        lex.pronouns,
        lex.object_pronouns,
        lex.common,
    )
    return not any(word in words for words in small)


def _singular_pronoun(word: str, lex: Lexicon) -> bool:
    """A singular subject pronoun, personal or impersonal ("er", "sie", "man", "es"): with a
    verb in the reported mood ("Man rechne mit …", "Es drohe …") it goes on with a report."""
    gender = lex.pronouns.get(word, "")
    return "m" in gender or "f" in gender or word in lex.impersonal_pronouns or word in lex.indefinite_pronouns


def _is_subheading(tokens: list[Token]) -> bool:
    """A short line without closing punctuation: a subheading or a label, never a statement."""
    last = tokens[-1]
    if last.kind == "quote" and last.quote is not None:
        text = last.text.rstrip("”“’‘»«\"'")
        return text[-1:] not in (".", "!", "?", "…") and len(tokens) <= 6
    return last.text not in (".", "!", "?", "…", ":") and len(tokens) <= 12
