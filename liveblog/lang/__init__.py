"""Per-language knowledge, as plain data tables.

Each language is one module (``en``, ``de``, ``no``) that defines a
:class:`Language`: the words for clock times and stamps (:class:`ClockWords`),
the words of reported speech (:class:`SpeechWords`) and the headings of page
chrome. The code that uses the tables is the same for every language; adding a
language is adding a module and listing it in ``LANGUAGES``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from liveblog.lang.clock import ClockWords
from liveblog.lang.speech import SpeechWords


@dataclass(frozen=True)
class Language:
    """Everything liveblog knows about one language."""

    code: str  # ISO 639-1
    name: str
    common_words: frozenset[str]  # frequent short words, for detection
    clock: ClockWords
    speech: SpeechWords
    chrome_headings: tuple[str, ...]  # "Popular Stories", "Mest lest" …
    # Whole lines of page chrome anywhere in a page: "Advertisement", "Anzeige", "annonse".
    chrome_lines: tuple[str, ...] = ()
    # How short lines of page chrome open: newsletter prompts, copyright lines ("Sign up for …", "© 2025 …").
    chrome_openings: tuple[str, ...] = ()
    # How headings of lists of other stories open ("More from the Sentinel", "Mehr Fußball"): chrome
    # when a list of titles follows.
    chrome_heading_openings: tuple[str, ...] = ()
    # How short credit lines end ("Reporting by … was used in this article", "… contributed to this
    # report"): who helped write the page, chrome whatever names stand before.
    chrome_endings: tuple[str, ...] = ()
    # Names of a news site's sections ("Business", "Wirtschaft", "Nyheter"): beside an outlet's name
    # on a line ("Talblatt – Wirtschaft") they make it a masthead, not a title.
    section_names: tuple[str, ...] = ()
    # Labels of a photo's or video's credit ("… on Thursday. Photo: Reuters", "Foto: dpa"): who took the
    # picture, never the post's text.
    credit_labels: tuple[str, ...] = ()
    # Labels that name a picture's source in parentheses after its caption ("… am Morgen. (Quelle: Jannik
    # Vogt/dpa)"): a credit only with a person and an agency joined by "/", since "(Quelle: Bundesamt)"
    # may end a paragraph of text.
    picture_source_labels: tuple[str, ...] = ()
    # The lines of a newsletter's sign-up box: its e-mail field and its button ("Enter email address",
    # "Sign me up"). The heading and blurb right above them are the box's too.
    signup_lines: tuple[str, ...] = ()
    # What follows the writer's name in a note about the writer under a story ("Jane Doe covers the
    # county for the Post.", "Ina Roth berichtet für …"): never the story's text.
    writer_note_verbs: tuple[str, ...] = ()


def _languages() -> dict[str, Language]:
    from liveblog.lang import de, en, no

    return {lang.LANGUAGE.code: lang.LANGUAGE for lang in (en, de, no)}


LANGUAGES: dict[str, Language] = _languages()
DEFAULT_LANGUAGE = "en"

_WORD = re.compile(r"[^\W\d_]+")


def get(code: str | None) -> Language:
    """The table for ``code``, falling back to English for unknown codes."""
    return LANGUAGES.get((code or "").lower()[:2], LANGUAGES[DEFAULT_LANGUAGE])


def detect_language(text: str, sample_chars: int = 20_000) -> str:
    """Guess the ISO 639-1 code of ``text`` from its most common short words.

    Words in capitals are left out: they are abbreviations ("ET", "NRK"),
    never the function words that tell languages apart ("et" is Norwegian).
    """
    words = [word.lower() for word in _WORD.findall(text[:sample_chars]) if len(word) == 1 or not word.isupper()]
    scores = {code: sum(1 for word in words if word in lang.common_words) for code, lang in LANGUAGES.items()}
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] > 0 else DEFAULT_LANGUAGE
