"""The shape of a language's speech words (see ``liveblog.lang``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpeechWords:
    """Words that mark quotes and reported speech in one language."""

    # Speech verbs in all their forms: "said", "says", "told", "tweeted" …
    speech_verbs: tuple[str, ...] = ()
    # "according to", "laut", "ifølge".
    according_to: tuple[str, ...] = ()
    # Words that open a reported clause: "that", "dass", "at".
    complementizers: tuple[str, ...] = ()
    # Personal pronouns that can be a speaker, by gender.
    pronouns_male: tuple[str, ...] = ()
    pronouns_female: tuple[str, ...] = ()
    pronouns_plural: tuple[str, ...] = ()
    # Determiners that open a role mention: "the", "der/die/das", "den/det".
    determiners: tuple[str, ...] = ()
