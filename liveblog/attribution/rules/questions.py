"""Questions and who asked them.

"asked by X whether …", "X wanted to know whether …", "…, Mr X?": the asker of a question
(``_asked_by``, ``_asker_named``, ``_inverted_asker``), and the question remembered so that
the answer after it ("he replied") goes to the one asked, not to the asker
(``_remember_question``, ``_remember_asked``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from liveblog.attribution.cues import Cue, Mention, is_possessive
from liveblog.attribution.quotes import Quote
from liveblog.attribution.rules.resolution import SpeakerResolution
from liveblog.attribution.speakers import EntityTable, Resolution, fold
from liveblog.attribution.text import Token
from liveblog.models import Statement

# The name a question ends with, after a comma: "…, Mr Penrose?", "…, Frau Weber?"
_VOCATIVE = re.compile(r",\s+((?:[^\W\d_][\w.'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*\?[\s”“’‘»«\"']*$")


class QuestionRules(SpeakerResolution):
    """Questions, their askers and the people they address."""

    def _asked_by(self, tokens: list[Token], cues: list[Cue]) -> None:
        """ "Asked by X of Vale TV whether …, Y replied:", "Auf die Frage von Reporterin X, ob …,
        antwortete Y": the indirect question is the asker's (a person named after the phrase,
        never the outlet they work for), and Y answers it."""
        openers = self._asking_openers
        if not openers:
            return
        for index, token in enumerate(tokens):
            if token.lower not in openers:
                continue
            for phrase in self.lex.asked_by:
                start = index + len(phrase)
                if tuple(t.lower for t in tokens[index:start]) != phrase:
                    continue
                question = next(
                    (
                        i
                        for i in range(start + 1, min(start + 10, len(tokens)))
                        if tokens[i].lower in self.lex.question_words
                    ),
                    None,
                )
                asker = self._asker_named(tokens, start, question) if question is not None else None
                if question is None or asker is None:
                    continue
                # The question runs to the comma before the main clause's cue ("…, Y replied").
                later = [cue.start for cue in cues if cue.start > question]
                commas = [i for i in range(question + 1, later[0] if later else len(tokens)) if tokens[i].text == ","]
                end = (commas[-1] if later else commas[0]) if commas else len(tokens)
                if later and len(commas) >= 3 and self._role_and_name(tokens, commas[-3], commas[-2], commas[-1]):
                    end = commas[-3]  # "…, her press secretary, Ann Lee, said": the answerer's apposition
                if sum(1 for t in tokens[question + 1 : end] if t.is_word) < 2:
                    continue  # "På spørsmål fra X om saken": a topic, no question put in words
                said = " ".join(t.text for t in tokens[index:start])
                self._add(
                    Resolution(asker[0], 0.7), asker[1], tokens[question].start, tokens[end - 1].end, "indirect", said
                )
                self.salience.question = (asker[0], None)
                break

    def _role_and_name(self, tokens: list[Token], first: int, second: int, third: int) -> bool:
        """Whether the commas ``first``, ``second`` and ``third`` set off a role opened by an article
        or a possessive and then a name in apposition ("…, her press secretary, Ann Lee, …")."""
        role = tokens[first + 1 : second]
        name = tokens[second + 1 : third]
        return (
            len(role) >= 2
            and all(t.is_word for t in role)
            and role[0].lower in self.lex.determiners
            and self.lex.is_role_head(role[-1].text)
            and bool(name)
            and all(t.is_word and t.capitalised for t in name)
        )

    def _asked_whether(self, tokens: list[Token], index: int, mentions: list[Mention]) -> int | None:
        """Where an indirect question opens right after a cue and the one asked ("asked Doe
        whether …", "spurte Haugvik om han …", "fragte die Ministerin, ob …"): at its question
        word, when that word is followed by a pronoun or a name (so "om" is "whether", not "about")."""
        position = index
        asked = next((m for m in mentions if m.start == index and m.kind in ("name", "role", "pronoun")), None)
        if asked is None and index < len(tokens) and tokens[index].lower in self.lex.object_pronouns:
            # "fragte ihn, ob …": the one asked as an object pronoun
            asked = Mention(index, index + 1, "pronoun", tokens[index].start, tokens[index].end)
        if asked is not None:
            position = asked.end
            if position < len(tokens) and tokens[position].lower in self.lex.prepositions:
                # "asked Doe at the hearing whether …": a short adverbial between the one asked and the question
                word = next(
                    (
                        i
                        for i in range(position + 1, min(position + 5, len(tokens)))
                        if not tokens[i].is_word or tokens[i].lower in self.lex.question_words
                    ),
                    None,
                )
                if word is not None and tokens[word].is_word:
                    position = word
        if position < len(tokens) and tokens[position].text == ",":
            position += 1
        if position + 1 >= len(tokens) or tokens[position].lower not in self.lex.question_words:
            return None
        if asked is None and tokens[position].lower not in self.lex.topic_prepositions:
            return None  # "asked whether …" needs no help
        following = tokens[position + 1]
        if asked is not None and tokens[position].lower not in self.lex.topic_prepositions:
            return position  # "asked Doe whether a deal …": "whether" can mean nothing else
        # "spurte Dalen om det er aktuelt": an impersonal subject and its verb make "om" whether
        impersonal = (
            asked is not None
            and following.lower in self.lex.impersonal_pronouns
            and position + 2 < len(tokens)
            and tokens[position + 2].is_word
            and not tokens[position + 2].capitalised
            and tokens[position + 2].lower not in self.lex.prepositions
        )
        if following.lower in self.lex.pronouns or following.capitalised or impersonal:
            return position
        return position if self._question_clause(tokens, position) else None

    def _question_clause(self, tokens: list[Token], word: int) -> bool:
        """Whether the question word at ``word`` opens a clause: a few words (its subject), then a
        finite auxiliary ("om brannvesenet hadde hatt nok vann", "om det nye bygget er trygt");
        "om saken på møtet" is a topic."""
        lex = self.lex
        for index in range(word + 1, min(word + 6, len(tokens))):
            token = tokens[index]
            if index > word + 1 and token.lower in lex.question_auxiliaries:
                return True
            if (
                not token.is_word
                or token.lower in lex.prepositions
                or token.lower in lex.complementizers
                or token.lower in lex.conjunctions
                or token.lower in lex.relatives
                or token.lower in lex.verbs
            ):
                return False
        return False

    def _asker_named(self, tokens: list[Token], start: int, stop: int) -> tuple[str, str] | None:
        """The person named between ``start`` and ``stop`` ("Kanal-8-Reporterin Lea Winter",
        "Marcus Tolley of Vale TV"): a known person, else the first run of two or more
        capitalised words that is no role and no outlet; with the words as written."""
        runs: list[list[Token]] = [[]]
        employers: set[int] = set()  # runs that name whom a reporter works for
        for index in range(start, stop):
            token = tokens[index]
            if token.is_word and token.capitalised:
                if not runs[-1] and index >= 2 and self._employer_follows(tokens[index - 2], tokens[index - 1]):
                    employers.add(len(runs) - 1)
                runs[-1].append(token)
            elif runs[-1]:
                runs.append([])
        for run in runs:
            for first in range(len(run)):
                if self.lex.is_role_head(run[first].text):
                    continue  # "unseres Reporters Jonas Kieling": the name, without the role
                written = self.text[run[first].start : run[-1].end]
                entity = self.table.lookup(written)
                if entity is not None and entity.person:
                    return entity.canonical, written
        for number, run in enumerate(runs):
            if number in employers:
                continue  # "einer Reporterin von Radio Nordland": the station she works for never asks
            owner = max((i for i, t in enumerate(run[:-1]) if is_possessive(t.text)), default=-1)
            run = run[owner + 1 :]  # "The Harbour Rotunda’s Ann Lee": the outlet owns its reporter
            while run and self.lex.is_role_head(run[0].text):
                run = run[1:]
            written = self.text[run[0].start : run[-1].end] if run else ""
            outlet = fold(written) in self.table.outlets or any(
                fold(t.text).endswith(self.lex.outlet_endings) for t in run
            )
            if len(run) >= 2 and not outlet:
                return written, written
        return None

    def _employer_follows(self, role: Token, connector: Token) -> bool:
        """Whether the name after ``role`` and ``connector`` says whom an unnamed role works for
        ("Reporterin von Radio Nordland", "a reporter from Vale TV")."""
        connectors = self.lex.role_connectors | self.lex.employer_prepositions
        return role.is_word and self.lex.is_role_head(role.text) and connector.lower in connectors

    def _remember_asked(self, tokens: list[Token], index: int, mentions: list[Mention], asker: str) -> None:
        """ "X spurte Y om …", "X asked Y whether …": an indirect question; the answer that
        follows ("svarte han") is the one asked (named right after the verb), never the asker."""
        asked = next((m for m in mentions if m.start == index and m.kind in ("name", "role")), None)
        person = self.resolve(tokens, asked).speaker if asked is not None else None
        self.salience.question = (asker, person if person != asker else None)

    def _remember_question(self, statement: Statement) -> None:
        """A quoted question, and the person it addresses by name ("…, Mr Penrose?")."""
        if statement.speaker is None or not statement.text.rstrip("”“’‘»«\"' ").endswith("?"):
            self.salience.question = None
            return
        addressee = _addressee(self.table, statement.text)
        self.salience.question = (statement.speaker, addressee if addressee != statement.speaker else None)

    def _addressed(self, quote: Quote) -> str | None:
        """The known person a quoted question ends by naming, if any."""
        return _addressee(self.table, self.text[quote.start : quote.end])

    def _inverted_asker(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """ "Samtidig ville TV-X-s Kari Li vite om …": in a wish to know with the subject inverted
        inside the frame, the name right after the finite verb, without an outlet it opens with in
        the genitive (the reporter's employer, a source and never the asker)."""
        subject = next((m for m in mentions if m.start == cue.start + 1 and m.end <= cue.particle), None)
        if subject is None or subject.kind != "name":
            return subject
        for index in range(subject.start, subject.end - 2):
            word = tokens[index].text
            if not word.endswith("s") or not word[:1].isupper():
                continue
            owner = self.text[tokens[subject.start].start : tokens[index].end - 1]
            # a genitive after the run's first word when the owner reads as an outlet ("Kanal Nords", "TV
            # Vests": a word for an outlet or an acronym in it), never a given name in s ("Jan Nils Erik
            # Berg"); the first word itself only when it is an outlet or body the document knows or an
            # acronym ("NRKs", "TV-X-s"), never a given name ("Hans Eide")
            known = self.table.lookup(owner)
            body = known is not None and not known.person
            acronym = len(owner) >= 2 and owner.replace("-", "").isupper()
            outlet = any(
                fold(w) in self.lex.source_words or fold(w).endswith(self.lex.outlet_endings) or _initials(w)
                for w in owner.split()
            )
            if (index > subject.start and outlet) or fold(owner) in self.table.outlets or body or acronym:
                return replace(subject, start=index + 1, first=index + 1, char_start=tokens[index + 1].start)
        return subject


def _initials(word: str) -> bool:
    """ "TV", "NRK": two letters or more, all capitals."""
    letters = word.replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _addressee(table: EntityTable, words: str) -> str | None:
    """The person a question names as the one asked: "…, Mr Penrose?" -> "Miles Penrose"."""
    vocative = _VOCATIVE.search(words[-80:])
    if vocative is None:
        return None
    entity = table.lookup(vocative.group(1))
    return entity.canonical if entity is not None and entity.person else None
