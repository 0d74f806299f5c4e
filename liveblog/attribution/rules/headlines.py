"""Headline statements.

"X: ‘…’", "X says …", "Label: …": the entry's headline read as a statement (``_headline``,
``_cued_headline``, ``_reported_headline``), a headline label the body later names
(``_label_headline``), and a headline quote taken from a statement in the body
(``_headline_from_body``).
"""

from __future__ import annotations

from liveblog.attribution.cues import find_cues, find_mentions
from liveblog.attribution.quotes import find_quotes
from liveblog.attribution.rules.cued_quotes import CuedQuoteRules
from liveblog.attribution.rules.predicates import _inflected, _plain, _stem_equal_word
from liveblog.attribution.speakers import Resolution, fold, mention_words
from liveblog.attribution.text import Token, tokenize
from liveblog.models import Statement


class HeadlineRules(CuedQuoteRules):
    """Statements in an entry's headline."""

    def _label_headline(self) -> None:
        """ "Datatilsynet: Vil se nærmere på Ravn", "Pressekontakt: Ingen planer om reklame": a
        headline labelled with a speaker the entry's body quotes is that speaker's; a role label
        is the body's speaker called so, or its only speaker."""
        if self._label is None or not self.entry.headline:
            return
        label, role, rest = self._label
        rest = [t for t in rest if t.text not in ("–", "—", "-")] if rest and rest[0].text in ("–", "—", "-") else rest
        if not rest:
            return
        speakers = list(dict.fromkeys(s.speaker for s in self.statements if s.speaker))
        named = [s for s in speakers if fold(s) == label or fold(s).split()[0] == label]
        if role and not named:
            named = [
                s
                for s in speakers
                if any(_stem_equal_word(label, w) for w in fold(s).split())
                or any(_stem_equal_word(label, w) for known in self._roles_of(s) for w in known)
            ]
            if not named and len(speakers) == 1:
                named = speakers
        if len(named) != 1:
            return
        start, end = rest[0].start, rest[-1].end
        if len(rest) == 1 and rest[0].quote is not None:
            start, end = rest[0].quote.start, rest[0].quote.end  # "Fire service: ‘…’": the quoted words
        self._add(Resolution(named[0], 0.6), None, start, end, "headline", ":", target=self.entry.headline)

    def _body_label(self, words: list[Token]) -> bool:
        """Whether a headline's label is the common noun of a body or a role ("Fire service",
        "Politiet", "Resident"), not a name: every word but the first in lower case, the last
        a body's noun (in its definite form too) or a role."""
        if not words or not all(t.is_word for t in words) or any(t.capitalised for t in words[1:]):
            return False
        last = words[-1].lower
        nouns = self.lex.body_nouns
        return last in nouns or any(_stem_equal_word(last, n) for n in nouns) or self.lex.is_role_head(last)

    def _roles_of(self, speaker: str) -> list[tuple[str, ...]]:
        entity = self.table.lookup(speaker)
        return entity.roles if entity is not None else []

    def _headline_from_body(self) -> None:
        """ "Utility CEO: ‘…’", "Prewett's lawyer: ‘…’": a headline quote under a role the
        document never tied to anyone belongs to whoever says the same words in the entry."""
        for statement in self.headline:
            # a role is no name: "Engineer: ‘…’" is the engineer's whom the body quotes saying it
            role = statement is self._role_headline
            known = self.table.lookup(statement.speaker) if statement.speaker else None
            if statement.speaker and not role and (known is None or not known.person):
                # "BL spricht von „großem Erfolg“": a party's or a body's headline words are
                # the person's whom the entry quotes saying them (in any inflection)
                person = self._person_saying(statement.text)
                if person is not None:
                    statement.speaker = person.speaker
                    statement.confidence = min(statement.confidence, person.confidence)
                    continue
            if statement.speaker and self.table.lookup(statement.speaker) is not None and not role:
                continue  # a name the document knows
            words = set(_plain(statement.text).split())
            if len(words) < 3:
                continue
            # the headline may shorten the quote ("If our equipment played any role, we will own it")
            body = next((s for s in self.statements if s.speaker and words <= set(_plain(s.text).split())), None)
            if body is None and (role or self.table.lookup(statement.speaker or "") is None):
                # "Gewerkschaft: „Ein schwarzer Tag“" over a body quoting one person ("sprach von einem
                # „schwarzen Tag“"): a label nobody is known by heads the words of the entry's only speaker
                only = {s.speaker for s in self.statements if s.speaker and s.kind != "headline"}
                body = next((s for s in self.statements if s.speaker in only), None) if len(only) == 1 else None
            if body is not None:
                statement.speaker = body.speaker
                statement.confidence = min(statement.confidence, body.confidence)

    def _person_saying(self, text: str) -> Statement | None:
        """The entry's statement by a known person that holds every word of ``text``, each in
        any inflection ("großem Erfolg" in "einem „großen Erfolg für X“")."""
        words = _plain(text).split()
        if not words:
            return None
        for statement in self.statements:
            if statement.kind == "headline" or not statement.speaker:
                continue
            entity = self.table.lookup(statement.speaker)
            if entity is None or not entity.person:
                continue
            said = _plain(statement.text).split()
            if all(any(_inflected(word, other) for other in said) for word in words):
                return statement
        return None

    def _headline(self, headline: str) -> None:
        quotes = find_quotes(headline)
        tokens = tokenize(headline, 0, len(headline), quotes)
        colon = next((i for i, t in enumerate(tokens) if t.text == ":"), None)
        if colon is None or colon == 0 or colon + 1 >= len(tokens):
            self._cued_headline(headline, tokens)
            return
        known = self.known
        mentions = find_mentions(tokens[:colon], self.lex, self.table.lowercase, known)
        rest = tokens[colon + 1 :]
        if not mentions and colon == 1 and tokens[0].capitalised and tokens[0].lower not in self.lex.not_speakers:
            self._label = (fold(tokens[0].text), False, rest)  # "Datatilsynet: Vil se nærmere på Ravn"
            return
        whole = len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == colon
        if not whole and 1 < colon <= 3 and tokens[0].capitalised and self._body_label(tokens[:colon]):
            # "Fire service: ‘Keep away’" (no mention, or "Fire" alone as a name the body taught):
            # a body's common noun, the words of whoever speaks for it
            self._label = (" ".join(fold(t.text) for t in tokens[:colon]), True, rest)
            return
        if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != colon:
            return
        mention = mentions[0]
        quoted = len(rest) <= 2 and rest[0].kind == "quote" and rest[0].quote is not None
        words = mention_words(tokens, mention)
        entity = self.table.lookup(" ".join(t.text for t in words)) if mention.kind == "name" else None
        if not quoted and entity is None:
            if len(words) == 1 and not any(fold(w.text) in self.lex.not_speakers for w in words):
                # "Ekspert: – Lovende, men uklart": the body may say who the label is; "Politiet: – …"
                # (a body's noun) is the words of whoever speaks for the body, as a role's are
                body = mention.organisation and self._body_label(words)
                self._label = (fold(words[0].text), mention.kind == "role" or body, rest)
            return
        if mention.kind == "name":
            if entity is None and (len(words) > 3 or any(fold(w.text) in self.lex.not_speakers for w in words)):
                return
            resolution = (
                Resolution(entity.canonical, 0.85) if entity else Resolution(" ".join(t.text for t in words), 0.6)
            )
        else:
            resolution = self._resolve_role(mention, headline[mention.char_start : mention.char_end])
        if quoted and rest[0].quote is not None:
            start, end = rest[0].quote.start, rest[0].quote.end
        else:
            start, end = rest[0].start, rest[-1].end
        statement = self._add(
            resolution, headline[mention.char_start : mention.char_end], start, end, "headline", ":", target=headline
        )
        if mention.kind == "role":
            self._role_headline = statement

    def _cued_headline(self, headline: str, tokens: list[Token]) -> None:
        """ "‘We will win’, says Zelensky": a quote and its cue inside a headline."""
        quote_index = next(
            (i for i, t in enumerate(tokens) if t.kind == "quote" and t.quote and not t.quote.dash), None
        )
        if quote_index is None:
            self._reported_headline(headline, tokens)
            return
        mentions = find_mentions(tokens, self.lex, self.table.lowercase, self.known)
        cues = find_cues(tokens, self.lex)
        text, self.text = self.text, headline  # mentions and offsets here are the headline's
        try:
            found = self._direct_cue(tokens, quote_index, mentions, cues, set())
        finally:
            self.text = text
        quote = tokens[quote_index].quote
        if found is None or quote is None or found[0].speaker is None:
            return
        resolution, written, cue = found
        self._add(resolution, written, quote.start, quote.end, "headline", cue, target=headline)

    def _reported_headline(self, headline: str, tokens: list[Token]) -> None:
        """ "Chief says crews need more aircraft", "Fire started near power line, chief says":
        reported speech in a headline, when the speaker is someone the document knows."""
        cues = [c for c in find_cues(tokens, self.lex) if c.kind == "verb"]
        if len(cues) != 1 or (not tokens[-1].is_word and tokens[-1].text not in (".", "!")):
            return
        cue = cues[0]
        mentions = find_mentions(tokens, self.lex, self.table.lowercase, self.known)
        comma = next((i for i in range(cue.start - 1, max(0, cue.start - 5), -1) if tokens[i].text == ","), None)
        if comma is not None and comma > 1:
            # "…, chief says" / "…, says the chief"
            subject = next((m for m in mentions if m.start == comma + 1 and m.end == cue.start), None)
            subject = subject or self._mention_after(tokens, cue.end, mentions)
            span = (0, comma)
        else:
            subject = next((m for m in mentions if m.start == 0 and m.end == cue.start), None)
            start = cue.end + (1 if cue.end < len(tokens) and tokens[cue.end].lower in self.lex.complementizers else 0)
            span = (start, len(tokens))
        if subject is None or subject.kind == "pronoun" or span[1] - span[0] < 2:
            return
        text, self.text = self.text, headline
        try:
            resolution = self.resolve(tokens, subject, cue)
            written = self._written(subject)
        finally:
            self.text = text
        known = resolution.speaker is not None and self.table.lookup(resolution.speaker) is not None
        if not known or resolution.confidence < 0.6:
            return  # an unknown or guessed speaker: a headline is no place to guess
        end = tokens[span[1] - 1].end
        self._add(resolution, written, tokens[span[0]].start, end, "headline", cue.text, target=headline)
