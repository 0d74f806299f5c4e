"""The rules that pair quote spans, speech cues and speaker mentions, sentence by sentence.

:class:`Attributor` reads one entry's laid-out paragraphs (:mod:`.layout`)
and makes its statements: direct quotes with a cue ("…," Lavrov said),
reported speech ("X said that …"), "according to", a colon after a name,
dash lines, headlines ("Lavrov: '…'"); each mention is resolved to a
speaker through the document's entity table (names, roles, pronouns).
"""

from __future__ import annotations

import re
from dataclasses import replace

from liveblog.attribution.cues import (
    ORG_CONNECTORS,
    Cue,
    Lexicon,
    Mention,
    dash_split,
    described_body,
    find_cues,
    find_mentions,
    is_club_acronym,
    is_possessive,
    possessive_source,
)
from liveblog.attribution.layout import Layout, Paragraph
from liveblog.attribution.quotes import Quote, find_quotes
from liveblog.attribution.speakers import (
    Entity,
    EntityTable,
    Resolution,
    Salience,
    fold,
    mention_words,
    name_length_limit,
    person_name,
    role_words,
)
from liveblog.attribution.text import Token, tokenize
from liveblog.attribution.transcript import Line
from liveblog.lang import LANGUAGES
from liveblog.models import Entry, Statement, StatementKind

_TERMINAL = (".", "!", "?", "…", ":")
_DASHES = ("–", "—")
# The signature under an embedded post: "— Roar Tveitnes (@roartveitnes) 6. april 2025", with a Bluesky or
# Mastodon handle too ("@kari.bsky.social", "@kari@social.example"), or a caption that names its author
# in the languages' words ("A post shared by Kari Li (@kari.li)"; lang: post_signatures).
_POST_SIGNATURES = sorted(
    {w for lang in LANGUAGES.values() for w in lang.speech.post_signatures}, key=len, reverse=True
)
_SIGNATURE = re.compile(
    r"(?:[—–-]|(?i:" + "|".join(map(re.escape, _POST_SIGNATURES)) + r"))\s*([^\n()@]{2,80}?)\s*\(@[\w.@-]{1,80}\)"
)
# The name a question ends with, after a comma: "…, Mr Whitlock?", "…, Frau Weber?"
_VOCATIVE = re.compile(r",\s+((?:[^\W\d_][\w.'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*\?[\s”“’‘»«\"']*$")
# One label in every language for a body's unnamed spokesperson, so that "a court spokeswoman",
# "eine Gerichtssprecherin" and "talsperson for retten" join under the body they speak for.
SPOKESPERSON = "spokesperson of {}"
# A reported span made in a sentence: its offsets, its speaker and the mention as written.
_Span = tuple[int, int, Resolution, str | None]
# The label of a person's kin speaking together ("the family of X", "X's family", "relatives of X").
FAMILY = "family of {}"


class Attributor:
    """The statements of one entry."""

    def __init__(self, entry: Entry, lex: Lexicon, table: EntityTable, salience: Salience) -> None:
        self.entry = entry
        self.text = entry.text
        self.lex = lex
        self.table = table
        self.salience = salience
        self.known = table.known
        self.statements: list[Statement] = []
        self.headline: list[Statement] = []
        self._mentions_cache: list[Mention] = []
        self._spans: set[tuple[bool, int, int, str]] = set()  # statements made: (headline, start, end, kind)
        self.saw_person = False  # whether the entry has named a known person yet
        self._asking_openers = frozenset(phrase[0] for phrase in lex.asked_by)  # "asked", "auf", "på"
        # The span of the paragraph's last sentence when it made no statement: "Das teilte X
        # mit." right after it says whose words it was.
        self._unsaid: tuple[int, int] | None = None
        self._last_dash: str | None = None  # the speaker of the paragraph's dash line
        self._paragraph_colon: str | None = None  # "X sagte:" at the end of the paragraph
        # A headline "Label: …" whose label the entry's body may name: (label, is a role, rest).
        self._label: tuple[str, bool, list[Token]] | None = None
        self._role_headline: Statement | None = None  # "Engineer: ‘…’", resolved before the body
        self._spokesperson_at = 0  # where the spokesperson mention being resolved starts
        self._named: list[str] = []  # every name this entry gave so far, as written
        # Who said something in this entry in a sentence that names their statement ("X said in a
        # statement that …"): "…, the statement said" later is theirs.
        self._issuer: str | None = None
        self._opened: str | None = None  # the body that opened the sentence just read as its subject
        self._connectors = lex.role_connectors | lex.genitives | lex.determiners
        self._quoted: Quote | None = None  # the quote whose cue is being read
        self._held: list[str] = []  # owned roles this entry named ("the mayor's spokesperson was asked")

    def run(self, layout: Layout, transcript: dict[int, Line] | None = None) -> None:
        """Attribute the entry; ``transcript`` holds its transcript lines by paragraph start
        (:mod:`.transcript`), which no other rule reads."""
        self.entry.statements = []
        if self.entry.headline:
            self._headline(self.entry.headline)
        last_dash: str | None = self.salience.previous_dash
        # "…, svarte ordføreren:" closing the entry above: an untimed entry (an article's next
        # paragraph) opening with a dash line gives the answer; a timed one is a post of its own
        colon_speaker: str | None = self.salience.previous_colon if self.entry.time is None else None
        self.salience.previous_colon = None
        post: tuple[int, int] | None = None  # the paragraph before, when it made no statement
        for paragraph in layout:
            end, tokens = paragraph.end, paragraph.tokens
            if not tokens:
                continue
            line = transcript.get(paragraph.start) if transcript else None
            if line is not None:  # "Q: …", "Obi: …": the label says whose the words are (if anyone's)
                if line.speaker is not None:
                    said = Resolution(line.speaker, line.confidence, line.person)
                    self._add(said, line.written, line.start, line.end, "direct", line.cue)
                    self.salience.push(line.speaker, line.person)
                last_dash = colon_speaker = post = None
                continue
            before = len(self.statements)
            signed = _SIGNATURE.match(self.text, tokens[0].start, end)
            if signed is not None:
                if post is not None:
                    self._signed_post(post, signed.group(1).strip())
                post = None
                continue
            self._paragraph(paragraph, tokens, end, last_dash, colon_speaker)
            last_dash, colon_speaker = self._last_dash, self._paragraph_colon
            post = (tokens[0].start, end) if len(self.statements) == before else None
        self.salience.previous_colon = colon_speaker
        self._headline_from_body()
        self._label_headline()
        self.entry.statements = self.headline + self.statements
        _finish(self.entry)

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

    def _signed_post(self, post: tuple[int, int], name: str) -> None:
        """An embedded post (X, Instagram …): its text, then "— Name (@handle) date". The
        words are the signer's."""
        entity = self.table.lookup(name)
        speaker = entity.canonical if entity is not None else name
        self._add(Resolution(speaker, 0.8, entity.person if entity else False), name, *post, "direct", "post")
        self.salience.push(speaker, entity.person if entity else False)

    def _paragraph(
        self, paragraph: Paragraph, tokens: list[Token], end: int, last_dash: str | None, colon_speaker: str | None
    ) -> None:
        """Attribute one paragraph: a dash line, or its sentences one by one."""
        self._last_dash, self._paragraph_colon = last_dash, colon_speaker
        first = tokens[0]
        if first.kind == "quote" and first.quote is not None and first.quote.dash:
            self._last_dash = self._dash_line(first.quote, end, last_dash, colon_speaker)
            self.salience.dash_speaker = self._last_dash
            self._paragraph_colon = None
            return
        self._last_dash = None
        if _is_subheading(tokens):
            return
        self._paragraph_colon = None
        self._unsaid = None
        reading: tuple[str, str | None] | None = None  # (reader, owner) of a statement read out
        for number, sentence in enumerate(paragraph.sentences):
            if number and self._dash_sentence(sentence.tokens, last=number == len(paragraph.sentences) - 1):
                self._unsaid = self._paragraph_colon = None
                continue
            before = len(self.statements)
            self._paragraph_colon = self._sentence(sentence.tokens, sentence.mentions)
            reading = self._read_out(paragraph, sentence.tokens, sentence.mentions) or reading
            if reading is not None:
                for statement in self.statements[before:]:
                    if statement.cue in (None, ":") and statement.speaker == reading[0]:
                        # "Darin heißt es: „…“": the words read out are the owner's, never the reader's
                        statement.speaker, statement.speaker_text = reading[1], None
                        if reading[1]:
                            self.salience.push(reading[1], True)
            words = [t for t in sentence.tokens if t.kind != "punct"]
            fresh = len(self.statements) > before
            self._unsaid = None if fresh or not words else (words[0].start, sentence.tokens[-1].end)

    # --- resolution -----------------------------------------------------------

    def resolve(self, tokens: list[Token], mention: Mention, cue: Cue | None = None) -> Resolution:
        """The canonical speaker of a mention, with confidence.

        ``cue`` is the speech verb the mention is the subject of: after a quoted
        question, "he answered" is the person asked (named in the question, or
        anyone but the one who asked). A person named as whose family speaks ("the
        family of X", "X's family") stands for "family of X".
        """
        if mention.kind != "pronoun" and self._unnamed_source(tokens, mention):
            return Resolution(None, 0.0)  # "a source close to her campaign said": nobody named
        resolution = self._resolve(tokens, mention, cue)
        if resolution.speaker and resolution.person and mention.kind == "name" and self._kin(tokens, mention):
            return Resolution(FAMILY.format(resolution.speaker), min(resolution.confidence, 0.7), False)
        return resolution

    def _unnamed_source(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether a mention only says whom an unnamed source is near: a source noun, then one
        or two lower-case words, then the mention ("a source close to her campaign")."""
        for back in range(mention.start - 1, max(-1, mention.start - 4), -1):
            token = tokens[back]
            if token.lower in self.lex.unnamed_sources:
                return back < mention.start - 1
            if not token.is_word or token.capitalised:
                return False
        return False

    def _nested(self, tokens: list[Token], cue: Cue, mentions: list[Mention], spans: list[_Span]) -> bool:
        """Whether ``cue`` reports an unnamed someone's words inside a person's reported words ("She
        said her landlord had told her it could be …"): what she said, no statement of its own (a
        person named inside keeps their words: "X said Tom Reed had told a friend he would …")."""
        at = tokens[cue.start].start
        outer = next((span for span in spans if span[0] <= at < span[1] and span[2].person and span[2].speaker), None)
        if outer is None:
            return False
        subject = self._subject(tokens, cue, mentions)
        if subject is None or subject.char_start < outer[0] or subject.kind != "role":
            return False
        return self.resolve(tokens, subject, cue).speaker != outer[2].speaker

    def _kin(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether a name is the person whose kin the words around it name: a family noun and
        "of" before it ("relatives of X"), or its possessive before one ("X's family")."""
        nouns = self.lex.family_nouns
        start, end = mention.start, mention.end
        if start >= 2 and tokens[start - 1].lower in self.lex.role_connectors and tokens[start - 2].lower in nouns:
            return True
        if end >= 2 and tokens[end - 1].lower in nouns and is_possessive(tokens[end - 2].text):
            return True  # "X's family" read as one mention
        return end < len(tokens) and tokens[end].lower in nouns and is_possessive(tokens[end - 1].text)

    def _resolve(self, tokens: list[Token], mention: Mention, cue: Cue | None = None) -> Resolution:
        if mention.kind == "pronoun":
            if "m" not in mention.gender and "f" not in mention.gender:
                return Resolution(None, 0.0)
            wanted = "m" if "f" not in mention.gender else "f" if "m" not in mention.gender else ""
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
        if mention.kind == "name" and fold(" ".join(t.text for t in words)) in self.table.outlets:
            return Resolution(None, 0.0)  # "ifølge NTB" after "sier til NTB": an outlet reports, never speaks
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
        if any(fold(w.text) in self.lex.not_speakers for w in words):
            return Resolution(None, 0.0)
        if tokens[mention.start].lower in self.lex.indefinites:
            return Resolution(None, 0.0)  # "eine Anwohnerin": someone the text does not name
        limit = name_length_limit(tokens, mention.first, self.lex)
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
        repeats: a role the document tied to nobody that says the headline's words is the
        headline's speaker."""
        if self._quoted is None:
            return None
        said = set(_plain(self.text[self._quoted.start : self._quoted.end]).split())
        for statement in self.headline:
            words = set(_plain(statement.text).split())
            entity = self.table.lookup(statement.speaker) if statement.speaker else None
            if entity is not None and entity.person and len(words) >= 3 and words <= said:
                return entity.canonical
        return None

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
            body = self._spoken_for(owner)  # "for Dunmore Water", "des Ministeriums", "i Vestvik kommune"
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

    def _spoken_for(self, owner: list[Token], people: bool = False) -> str | None:
        """The body (or person) whose spokesperson the words ``owner`` say it is: a name the
        document knows, in its longest form ("Stadtwerke" for "Stadtwerke Bärnfeld"); a name
        the phrase itself gives; or the nearest body named with the noun ("the council",
        "des Ministeriums", "politiets"). None for a role ("for the minister") or an outlet, and
        for a person unless ``people`` (whose statement it is, not whose spokesperson)."""
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
            owner[0].capitalised
            and (owner[-1].capitalised or owner[-1].lower in self.lex.name_nouns or named_noun)
            and all(t.capitalised or t.lower in nouns or t.lower in inside for t in owner[:-1])
        ) or (
            # "the Estonian coastguard": a nationality or place word and the body's own nouns
            len(owner) > 1
            and owner[0].capitalised
            and owner[0].lower.endswith(self.lex.demonym_endings)
            and all(not t.capitalised for t in owner[1:])
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
                return None if found is None or self._spokesperson_name(found) else found
            # "der Stadtwerke", "des Landratsamts": a body named by that very word, else nobody known
            return self._named_body(stem, exact=True) if noun and owner[-1].capitalised else None
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
            return self._named_body(fold(written), exact=True, possessive=possessive)
        longer = self._named_body(fold(written), whole=True)
        return longer or (entity.canonical if entity is not None else written)

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

    def _named_authority(self, noun: str) -> str | None:
        """The authority named before in full by the same noun ("Hovdeland kommune" for
        "kommunen", "Stadtverwaltung Halvern" for "die Stadtverwaltung"), or by a name of
        several words that opens with it ("Polizeipräsidium Hohenbrück" for "die Polizei"), if any.
        A name with the noun itself goes first: "die Stadt" is "Stadt Talheim", not the "Stadtteil
        Nord" named after it, and never a word after a connector ("Gewerkschaft der Polizei")."""
        stem = fold(noun)
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
        return None

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

    def _demonym(self, word: str) -> bool:
        """A capitalised nationality word ("Portuguese") that the document never uses as a name."""
        lower = word.lower()
        return (
            any(lower.endswith(e) for e in self.lex.demonym_endings)
            and self.table.lookup(word) is None
            and not word.isupper()
        )

    def _gender(self, speaker: str) -> str:
        if not speaker:
            return ""
        # "spokeswoman for Corvane": a speaker known only by a role says its gender by its words
        return self.table.gender(speaker) or self.lex.gender_of(tuple(fold(w) for w in speaker.split()))

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

    # --- statements -----------------------------------------------------------

    def _add(
        self,
        speaker: Resolution,
        mention_text: str | None,
        start: int,
        end: int,
        kind: StatementKind,
        cue: str | None,
        confidence: float | None = None,
        *,
        target: str | None = None,
    ) -> Statement | None:
        source = self.text if target is None else target
        start, end = _trim(source, start, end)
        if kind == "indirect" and end > start and source[end - 1] == "." and source[end - 2 : end] != "..":
            end -= 1  # the sentence's full stop is not part of what was reported
        if end - start < 2:
            return None
        key = (target is not None, start, end, kind)
        if key in self._spans:
            return None  # "responded by claiming that …": two cues, one statement
        self._spans.add(key)
        statement = Statement(
            speaker=speaker.speaker,
            speaker_text=mention_text,
            text=source[start:end],
            kind=kind,
            cue=cue,
            start=start,
            end=end,
            confidence=round(confidence if confidence is not None else speaker.confidence, 2),
        )
        (self.headline if target is not None else self.statements).append(statement)
        return statement

    def _push(self, resolution: Resolution, mention: Mention | None) -> None:
        """A speaker named by a cue is a person unless it reads as an organisation."""
        plain_name = (
            mention is not None
            and mention.kind == "name"
            and not (mention.organisation or mention.acronym or mention.definite)
        )
        self.salience.push(resolution.speaker, resolution.person or plain_name)

    def _written(self, mention: Mention | None) -> str | None:
        return self.text[mention.char_start : mention.char_end] if mention else None

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

    def _dash_line(self, quote: Quote, end: int, last_dash: str | None, colon_speaker: str | None) -> str | None:
        """ "– …, sa X." — the quote runs to the last comma before a clause with a cue."""
        tokens = tokenize(self.text, quote.start, end, [])
        waiting, self.salience.pending = self.salience.pending, []
        split = dash_split(tokens, self.lex)
        if split is not None and all(c.kind == "according" for c in find_cues(split[1], self.lex)):
            # "– …, sier hun, ifølge NTB.": the agency vouches for the clause before it
            earlier = dash_split(tokens[: split[0]], self.lex)
            split = (earlier[0], tokens[earlier[0] + 1 :]) if earlier is not None else split
        if split is not None:
            comma, clause = split
            mentions = find_mentions(clause, self.lex, self.table.lowercase, self.known)
            cues = find_cues(clause, self.lex)
            mention = self._speaker_mention(clause, mentions, cues)
            verb = next((c for c in cues if c.kind in ("verb", "according", "postposed")), None)
            resolution = self.resolve(clause, mention, verb) if mention else Resolution(None, 0.0)
            cue = verb.text if verb is not None else None
            # "…, sa X" ends the quote before the comma; "…? spurte X" after the question mark
            close = tokens[comma].start if tokens[comma].text == "," else tokens[comma].end
            statement = self._add(resolution, self._written(mention), quote.start, close, "direct", cue)
            if statement is not None:
                self._remember_question(statement)
            # The same entry, or the paragraph before in an article (its paragraphs are untimed
            # entries of their own): "– A. ¶ – B, sa X." is one quote over two paragraphs.
            # A question before an answer ("– Når? ¶ – Om to uker, svarte X.") is not X's.
            answer = cue is not None and cue.lower() in self.lex.answer_verbs
            own = [
                (entry, said)
                for entry, said in waiting
                if (entry is self.entry or (entry.time is None and self.entry.time is None))
                and not (answer and said.text.rstrip().endswith("?"))
            ]
            if own and resolution.speaker and statement is not None and not statement.text.rstrip().endswith("?"):
                # "– A. ¶ – B, sier X.": a dash quote over two paragraphs, its cue in the last
                self._settle(own, resolution, self._written(mention), cue)
            self._push(resolution, mention)
            return resolution.speaker
        if self.text[quote.start : end].rstrip()[-1:] not in _TERMINAL:
            return None  # a subheading in dash style ("– En krise i krisen")
        speaker = colon_speaker or last_dash
        if speaker:
            self._add(Resolution(speaker, 0.6), None, quote.start, end, "direct", None)
        else:
            self._wait(quote.start, end, "direct")
        return speaker

    def _dash_sentence(self, tokens: list[Token], last: bool) -> bool:
        """ "Uavgjort ved pause. – Vi må …, sa X til NRK på vei inn.": a dash quote that opens a
        sentence inside a paragraph is a dash line, when a clause with a cue closes it."""
        if len(tokens) < 3 or tokens[0].text not in _DASHES or not tokens[1].is_word:
            return False
        end = tokens[-1].end
        if dash_split(tokenize(self.text, tokens[1].start, end, []), self.lex) is None:
            return False
        quote = Quote(tokens[1].start, end, tokens[0].text, dash=True, opened_at=tokens[0].start)
        speaker = self._dash_line(quote, end, None, None)
        if last:  # "– A, sa X. ¶ – B.": the next dash line goes on with X
            self._last_dash = self.salience.dash_speaker = speaker
        return True

    def _speaker_mention(self, clause: list[Token], mentions: list[Mention], cues: list[Cue]) -> Mention | None:
        """The speaker in an attribution clause; a news agency after "ifølge" is a source."""
        sources = set()
        for cue in cues:
            if cue.kind == "according":
                following = next((m for m in mentions if cue.end in (m.start, m.first)), None)
                if following is not None and len(mentions) > 1:
                    sources.add(following.start)
        for mention in mentions:
            if mention.start in sources:
                continue
            if mention.kind == "name" and mention.acronym and len(mentions) > 1:
                continue
            return self._staff_member(clause, mention, mentions)
        return None

    def _sentence(self, tokens: list[Token], mentions: list[Mention]) -> str | None:
        """Attribute one sentence; returns a speaker when it ends "X sagte:"."""
        cues = find_cues(tokens, self.lex)
        waiting, self.salience.pending = self.salience.pending, []
        if self._points_back(tokens, mentions, cues, waiting):
            return None
        reporting, self.salience.reporting = self.salience.reporting, None
        if (
            reporting is not None
            and self._continues_report(tokens)
            and not self._names_a_speaker(tokens, mentions, cues)
        ):
            start, end = tokens[0].start, tokens[-1].end
            self._add(Resolution(reporting, 0.5), None, start, end, "indirect", None)
            for token in tokens:
                if token.kind == "quote" and token.quote is not None:
                    # "Der Spieler passe „perfekt in unser Pressing“": quoted words of the report
                    self._add(Resolution(reporting, 0.45), None, token.quote.start, token.quote.end, "partial", None)
            self.salience.reporting = reporting
            return None
        before = len(self.statements)
        self._asked_by(tokens, cues)
        used: set[int] = set()
        attributed: dict[int, tuple[Resolution, str | None, str | None]] = {}
        for mention in mentions:
            if mention.kind == "name" and not mention.role and not mention.organisation:
                entity = self.table.lookup(self.text[mention.char_start : mention.char_end])
                if entity is not None and not entity.person:
                    # "St. Brendan Regional Medical Center …, the hospital said": named in this sentence
                    self.salience.organisation(self.text[mention.char_start : mention.char_end])
        subjects = list(self.salience.subject_organisations)  # bodies that opened earlier sentences
        opened, self._opened = self._opened, None  # the body that opened the sentence before
        self._push_subject(tokens, mentions)
        if len(self.salience.subject_organisations) > len(subjects):
            self._opened = self.salience.subject_organisations[-1]
        for index, token in enumerate(tokens):
            if token.kind != "quote" or token.quote is None:
                continue
            self._quoted = token.quote
            found = self._direct_cue(tokens, index, mentions, cues, used)
            self._quoted = None
            if found is not None:
                attributed[index] = found
        spans: list[_Span] = []
        for cue in cues:
            if id(cue) in used or self._nested(tokens, cue, mentions, spans):
                continue
            span = self._reported(tokens, cue, mentions, cues)
            if span is not None:
                spans.append(span)
        running, self.salience.running = self.salience.running, []
        if running and tokens[0].kind == "quote" and 0 in attributed and attributed[0][0].speaker:
            # “A … (no closing mark) ¶ “B,” said X.: the quote that ran over is X's too.
            self._settle(running, *attributed[0])
        for index, (resolution, written, cue_text) in attributed.items():
            quote = tokens[index].quote
            assert quote is not None
            kind: StatementKind = "direct" if _stands_alone(tokens, index) else "partial"
            statement = self._add(resolution, written, quote.start, quote.end, kind, cue_text)
            if statement is not None and kind == "direct":
                self._remember_question(statement)
            if resolution.speaker is None and written and written.lower() not in self.lex.pronouns:
                self.salience.unknown()
            self.salience.push(resolution.speaker, resolution.person or written is not None)
        for index, token in enumerate(tokens):
            if token.kind != "quote" or token.quote is None or index in attributed:
                continue
            self._unattributed_quote(tokens, index, mentions, spans, attributed)
        for mention in mentions:
            if mention.kind == "role" and mention.possessor and len(mention.role) > 1:
                held = self.resolve(tokens, mention)
                if held.speaker is not None and held.confidence >= 0.7:
                    self._held.append(held.speaker)  # "the spokesperson" later may mean them
            if mention.kind == "role" and _owned(tokens, mention, self.lex) and mention.possessor[:1].isupper():
                owner = self.table.lookup(mention.possessor)
                if owner is None or not owner.person:
                    self.salience.organisation(mention.possessor)  # "en pressekontakt i Norges Skiforbund"
            if mention.kind != "name":
                continue
            written = self.text[mention.char_start : mention.char_end]
            self._named.append(written)
            entity = self.table.lookup(written)
            if entity is not None and entity.person:
                self.saw_person = True
                self.salience.mention(entity.canonical)
            elif (mention.organisation or entity is not None or self._club_name(written)) and not mention.role:
                self.salience.organisation(written)  # a name, not "the company"
        self._impersonal(tokens, mentions, cues, before, subjects, opened)
        fresh = [s for s in self.statements[before:] if s.speaker and s.kind != "partial"]
        if fresh:
            self.salience.reporting = fresh[-1].speaker
        self._push_coordinate_subject(tokens, mentions)
        if tokens and tokens[-1].text == ":":
            speaker = self._colon_speaker(tokens, mentions, cues)
            return speaker
        return None

    def _impersonal(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        cues: list[Cue],
        before: int,
        subjects: list[str],
        opened: str | None,
    ) -> None:
        """A body's statement quoted with no speaker of its own: "Der Betrieb laufe weiter, hieß es
        in der Mitteilung", "…, the statement said", "It said in a statement that …", "…, het det i
        pressemeldingen". The words are the body's named after the statement noun ("in einer
        Erklärung des Unternehmens"), else the issuer's of a statement this entry named ("X said in
        a statement that …"), else the body ``opened`` the sentence before as its subject ("Die
        Leitstelle löste eine Warnung aus. …, hieß es."), else the last speaker this entry quoted
        whom nothing showed to be a person (no gender), else the body that opened one of its
        earlier sentences (``subjects``: "Die X AG hat Insolvenz beantragt"); nobody's when there
        is none."""
        lex = self.lex
        if not lex.statement_nouns:
            return
        noun = self._statement_noun(tokens)
        made = [s for s in self.statements[before:] if s.kind != "partial"]
        if any(s.speaker for s in made):
            if noun is not None:
                self._issuer = next(s.speaker for s in reversed(made) if s.speaker)  # "X said in a statement that"
            return
        phrase = (
            self._impersonal_phrase(tokens, cues, noun) if noun is not None else self._bare_impersonal(tokens, cues)
        )
        if phrase is None:
            return
        first, last, cue_text = phrase
        body = self._statement_owner(tokens, mentions, noun) if noun is not None else None
        if body is None:
            # "Die Leitstelle löste eine Warnung aus. Anwohner sollten …, hieß es.": the body that
            # opened the sentence before speaks on, unless a statement was named with its issuer
            body = self._issuer or opened
        if body is None:
            body = next((s for s, _ in reversed(self.salience.current) if s and not self._gender(s)), None)
        if body is None and subjects:
            body = subjects[-1]
        if body is None or self._spokesperson_name(body):
            return
        unsaid = [s for s in made if s.speaker is None]
        if unsaid:
            for statement in unsaid:  # "“…,” the statement said": a quote found, its speaker not
                statement.speaker, statement.confidence = body, 0.6
            self.salience.push(body, False)
            return
        said = [t for t in tokens[: first - 1] if t.is_word or t.kind == "quote"] if first > 0 else []
        comma = first > 0 and tokens[first - 1].text in (",", "–", "—")
        if comma and (len(said) >= 2 or any(t.kind == "quote" for t in said)):
            start, end = 0, first - 1  # "Der Betrieb laufe weiter, hieß es in der Mitteilung."
        else:
            opener = next(
                (
                    i
                    for i in range(last, min(last + 3, len(tokens)))
                    if tokens[i].text in (",", ":") or tokens[i].lower in lex.complementizers
                ),
                None,
            )
            if opener is None:
                return
            start, end = opener + 1, len(tokens)  # "In der Mitteilung hieß es, der Betrieb laufe weiter."
        while end > start and tokens[end - 1].kind == "punct":
            end -= 1
        if sum(1 for t in tokens[start:end] if t.kind != "punct") < 2 and not any(
            t.kind == "quote" for t in tokens[start:end]
        ):
            return
        resolution = Resolution(body, 0.6, False)
        quote = tokens[start].quote if end - start == 1 and tokens[start].kind == "quote" else None
        if quote is not None:  # "„Wir bedauern das“, hieß es in der Mitteilung der X AG."
            self._add(resolution, None, quote.start, quote.end, "direct", cue_text)
        else:
            self._add(resolution, None, tokens[start].start, tokens[end - 1].end, "indirect", cue_text)
        self.salience.push(body, False)

    def _bare_impersonal(self, tokens: list[Token], cues: list[Cue]) -> tuple[int, int, str] | None:
        """ "…, hieß es.", "…, het det.", "…, it said.": an impersonal cue after a comma that ends
        the sentence (so "In einer früheren Version hieß es, …" is none); its tokens and text."""
        lex = self.lex
        words = [i for i, t in enumerate(tokens) if t.is_word]
        if len(words) < 4 or words[-1] - words[-2] != 1 or tokens[words[-2] - 1].text != ",":
            return None
        verb, pronoun = tokens[words[-2]], tokens[words[-1]]
        if verb.lower in lex.impersonal_verbs and pronoun.lower in lex.impersonal_pronouns:
            return words[-2], words[-1] + 1, f"{verb.text} {pronoun.text}"  # "hieß es"
        if verb.lower in lex.impersonal_pronouns and any(c.kind == "verb" and c.start == words[-1] for c in cues):
            return words[-2], words[-1] + 1, f"{verb.text} {pronoun.text}"  # "it said"
        return None

    def _read_out(
        self, paragraph: Paragraph, tokens: list[Token], mentions: list[Mention]
    ) -> tuple[str, str | None] | None:
        """ "Verteidiger X verlas eine Erklärung seines Mandanten", "X read a statement from Y": the
        reader and the one whose statement it is (a person named after the noun; for a client
        noun, the other person this paragraph names; None when there is none). None when the
        sentence reads out nothing or the reader reads a statement of their own."""
        lex = self.lex
        verb = next((i for i, t in enumerate(tokens) if t.lower in lex.reading_verbs), None)
        noun = self._statement_noun(tokens)
        if verb is None or noun is None or not verb < noun <= verb + 4:
            return None
        subject = next((m for m in mentions if m.kind == "name" and m.end <= verb), None)
        entity = self.table.lookup(self.text[subject.char_start : subject.char_end]) if subject else None
        if entity is None or not entity.person:
            return None
        reader = entity.canonical
        after = [t for t in tokens[noun + 1 : noun + 5] if t.is_word]
        before_noun = [t for t in tokens[verb + 1 : noun] if t.is_word]
        if any(fold(t.text) in lex.client_nouns for t in after[:2] + before_noun):
            others = [
                found.canonical
                for sentence in paragraph.sentences
                for m in sentence.mentions
                if m.kind == "name"
                and (found := self.table.lookup(self.text[m.char_start : m.char_end])) is not None
                and found.person
                and found.canonical != reader
            ]
            return reader, (others[0] if len(set(others)) == 1 else None)
        # the name after the noun and a connector ("von Otto Brem", "from Otto Brem"), also when
        # the mention found holds the noun ("Erklärung von Otto Brem")
        first = next((i for i in range(noun + 1, min(noun + 4, len(tokens))) if tokens[i].capitalised), None)
        owner = next((m for m in mentions if m.kind == "name" and m.start <= first < m.end), None) if first else None
        if owner is None or first is None:
            return None  # "Der Minister verlas eine Erklärung: „…“": his own
        written = self.text[tokens[first].start : tokens[owner.end - 1].end]
        found = self.table.lookup(written)
        if found is None and len(written.split()) >= 2:
            return reader, written  # "eine Erklärung von Otto Brem": a full name the text gives here
        if found is None or not found.person or found.canonical == reader:
            return None
        return reader, found.canonical

    def _in_statement(self, tokens: list[Token], subject: Mention, cue: Cue) -> bool:
        """ "X skriver i en pressemelding at …", "X writes in a statement that …": a body writing
        its own statement, no outlet reporting."""
        noun = self._statement_noun(tokens)
        after = subject.end if subject.start >= cue.end else cue.end
        return noun is not None and after < noun <= after + 3

    def _statement_noun(self, tokens: list[Token]) -> int | None:
        """Where a noun for a body's statement stands after an article, a possessive or a
        preposition ("the statement", "in einer Erklärung", "i pressemeldingen")."""
        lex = self.lex
        for index, token in enumerate(tokens):
            if not token.is_word or index == 0 or not fold(token.text).endswith(lex.statement_nouns):
                continue
            previous = tokens[index - 1].lower
            if (
                previous in lex.determiners
                or previous in lex.indefinites
                or previous in lex.possessive_pronouns
                or previous in lex.prepositions
                or previous in lex.impersonal_pronouns  # "its"? no: "it said in a statement"
            ):
                return index
        return None

    def _impersonal_phrase(self, tokens: list[Token], cues: list[Cue], noun: int) -> tuple[int, int, str] | None:
        """The tokens from..to of "hieß es in der Mitteilung", "het det i pressemeldingen", "it said
        in a statement", "the statement said", "said the statement" around the statement noun at
        ``noun``, and the cue as written; None when the sentence has no such phrase."""
        lex = self.lex
        for index, token in enumerate(tokens):
            if token.lower not in lex.impersonal_verbs:
                continue
            # "hieß es", "Es hieß", "het det", "står det"
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            pronoun = after is not None and after.lower in lex.impersonal_pronouns
            if not pronoun and not (index > 0 and tokens[index - 1].lower in lex.impersonal_pronouns):
                continue
            verb_end = index + 2 if pronoun else index + 1
            verb_start = index if pronoun else index - 1
            cue_text = " ".join(t.text for t in tokens[verb_start:verb_end])
            if verb_end <= noun <= verb_end + 3:
                return verb_start, noun + 1, cue_text  # "hieß es in der Mitteilung"
            if noun < verb_start and verb_start - noun <= 1 and all(t.is_word for t in tokens[noun:verb_start]):
                return max(0, noun - 2), verb_end, cue_text  # "In der Mitteilung hieß es"
        for index in range(noun + 1, min(noun + 6, len(tokens))):
            if not tokens[index].is_word:
                break
            if tokens[index].lower in lex.statement_verbs:
                return max(0, noun - 1), index + 1, tokens[index].text  # "a statement from X read:"
        for cue in cues:
            if cue.kind != "verb":
                continue
            subject = tokens[cue.start - 1] if cue.start > 0 else None
            if subject is not None and subject.lower in lex.impersonal_pronouns and cue.end <= noun <= cue.end + 3:
                return cue.start - 1, noun + 1, f"{subject.text} {cue.text}"  # "it said in a statement"
            if noun == cue.start - 1:
                return noun - 1, cue.end, cue.text  # "the statement said"
            if noun - cue.end in (0, 1) and all(t.is_word for t in tokens[cue.end : noun + 1]):
                return cue.start, noun + 1, cue.text  # "said the statement"
        return None

    def _statement_owner(self, tokens: list[Token], mentions: list[Mention], noun: int) -> str | None:
        """The body named right after a statement noun: "in einer Erklärung des Unternehmens",
        "in a statement from Dunmore Water", "i en pressemelding fra kommunen"."""
        lex = self.lex
        position = noun + 1
        while (
            position < min(noun + 3, len(tokens))
            and tokens[position].is_word
            and (
                tokens[position].lower in lex.prepositions
                or tokens[position].lower in self._connectors
                or tokens[position].lower in ORG_CONNECTORS
            )
        ):
            position += 1
        if position == noun + 1:
            return None
        if position >= len(tokens) or not tokens[position].is_word:
            return None
        # the owner's words run to the end of the mention that holds them ("Erklärung der Vellmann
        # Chemie AG" is one name to the tokenizer), else it is one word ("des Unternehmens")
        mention = next((m for m in mentions if m.start <= position < m.end and m.kind != "pronoun"), None)
        stop = mention.end if mention is not None else position + 1
        self._spokesperson_at = tokens[noun].start
        return self._spoken_for([t for t in tokens[position:stop] if t.is_word], people=True)

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
                if sum(1 for t in tokens[question + 1 : end] if t.is_word) < 2:
                    continue  # "På spørsmål fra X om saken": a topic, no question put in words
                said = " ".join(t.text for t in tokens[index:start])
                self._add(
                    Resolution(asker[0], 0.7), asker[1], tokens[question].start, tokens[end - 1].end, "indirect", said
                )
                self.salience.question = (asker[0], None)
                break

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
        return position if following.lower in self.lex.pronouns or following.capitalised or impersonal else None

    def _asker_named(self, tokens: list[Token], start: int, stop: int) -> tuple[str, str] | None:
        """The person named between ``start`` and ``stop`` ("Kanal-8-Reporterin Lea Winter",
        "Marcus Tolley of Vale TV"): a known person, else the first run of two or more
        capitalised words that is no role and no outlet; with the words as written."""
        runs: list[list[Token]] = [[]]
        for token in tokens[start:stop]:
            if token.is_word and token.capitalised:
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
        for run in runs:
            while run and self.lex.is_role_head(run[0].text):
                run = run[1:]
            written = self.text[run[0].start : run[-1].end] if run else ""
            outlet = fold(written) in self.table.outlets or any(
                fold(t.text).endswith(self.lex.outlet_endings) for t in run
            )
            if len(run) >= 2 and not outlet:
                return written, written
        return None

    def _remember_asked(self, tokens: list[Token], index: int, mentions: list[Mention], asker: str) -> None:
        """ "X spurte Y om …", "X asked Y whether …": an indirect question; the answer that
        follows ("svarte han") is the one asked (named right after the verb), never the asker."""
        asked = next((m for m in mentions if m.start == index and m.kind in ("name", "role")), None)
        person = self.resolve(tokens, asked).speaker if asked is not None else None
        self.salience.question = (asker, person if person != asker else None)

    def _remember_question(self, statement: Statement) -> None:
        """A quoted question, and the person it addresses by name ("…, Mr Whitlock?")."""
        if statement.speaker is None or not statement.text.rstrip("”“’‘»«\"' ").endswith("?"):
            self.salience.question = None
            return
        addressee = _addressee(self.table, statement.text)
        self.salience.question = (statement.speaker, addressee if addressee != statement.speaker else None)

    def _addressed(self, quote: Quote) -> str | None:
        """The known person a quoted question ends by naming, if any."""
        return _addressee(self.table, self.text[quote.start : quote.end])

    def _continues_report(self, tokens: list[Token]) -> bool:
        """A sentence in the mood of reported speech, with no quote of its own standing
        alone (a few quoted words inside it are part of the report: "Gespräche seien „…“")."""
        if not self.lex.reported_mood or any(
            t.kind == "quote" and _stands_alone(tokens, i) for i, t in enumerate(tokens)
        ):
            return False
        if self._reported_impersonally(tokens):
            return False  # "In einer früheren Version hieß es, das Feuer sei …": a source of its own, if any
        return (
            any(t.lower in self.lex.reported_mood for t in tokens if t.is_word)
            or _mood_by_pronoun(tokens, self.lex)
            or _mood_by_subject(tokens, self.lex)
        )

    def _reported_impersonally(self, tokens: list[Token]) -> bool:
        """Whether the sentence reports with an impersonal verb and pronoun ("hieß es", "het det")."""
        lex = self.lex
        return any(
            token.lower in lex.impersonal_verbs
            and any(0 <= j < len(tokens) and tokens[j].lower in lex.impersonal_pronouns for j in (i - 1, i + 1))
            for i, token in enumerate(tokens)
        )

    def _names_a_speaker(self, tokens: list[Token], mentions: list[Mention], cues: list[Cue]) -> bool:
        """Whether a cue of the sentence has a speaker of its own ("…, sagte X", "laut X");
        "Man habe es zu spät erklärt" has a speech verb but no one who says it."""
        for cue in cues:
            if cue.kind in ("according", "according_after", "postposed"):
                return True
            if self._subject(tokens, cue, mentions) is not None:
                return True
        return False

    def _abbreviated(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether only a capitalised abbreviation that is no title opens the sentence before
        the name ("St. Brendan Medical Center was …")."""
        return (
            mention.start == 2
            and tokens[1].text == "."
            and tokens[0].capitalised
            and tokens[0].lower in self.lex.abbreviations
            and tokens[0].lower not in self.lex.title_abbreviations
        )

    def _push_subject(self, tokens: list[Token], mentions: list[Mention]) -> None:
        if not mentions or mentions[0].kind == "pronoun":
            return
        first = mentions[0]
        described = first.definite and first.end - first.first == 1  # "Die Landrätin wollte …"
        if first.kind == "name" and (first.organisation or first.acronym or first.possessor) and not described:
            if first.start == 0 and not first.possessor:
                self.salience.subject_organisation(self.text[first.char_start : first.char_end])
            return
        if any(
            t.is_word
            and t.lower not in self.lex.adverbs
            and (not t.capitalised or t.lower in self.lex.prepositions)
            and not self.lex.is_role_head(t.text)
            for t in tokens[: first.start]
        ):
            return  # "Labour leader Keir Dawson …" opens with its subject; "After meeting X, …", "At X, …" do not
        resolution = self.resolve(tokens, first)
        if resolution.speaker and resolution.person:
            self.salience.push(resolution.speaker, True)
        elif resolution.speaker and first.kind == "name" and (first.start == 0 or self._abbreviated(tokens, first)):
            # ("St. Brendan Medical Center": the abbreviation opening the name is part of it)
            written = self.text[tokens[0].start if first.start else first.char_start : first.char_end]
            # "Lakeview Regional Medical Center": the name as written, not a three-word person form
            longer = written.endswith(resolution.speaker) and len(written) > len(resolution.speaker)
            self.salience.subject_organisation(written if longer else resolution.speaker)

    def _push_coordinate_subject(self, tokens: list[Token], mentions: list[Mention]) -> None:
        """ "X asked for a recount, but the returning officer refused.": the person opening the
        last clause joined by a conjunction is the latest subject ("she said" next is theirs)."""
        if any(t.kind == "quote" for t in tokens):
            return  # a sentence with a quote is attributed by its own cues
        for mention in reversed(mentions[1:]):
            start, end = mention.start, mention.end
            if (
                mention.kind not in ("name", "role")
                or mention.organisation
                or start < 2
                or tokens[start - 1].lower not in self.lex.conjunctions
                or tokens[start - 2].text != ","
                or end >= len(tokens)
                or not tokens[end].is_word
                or tokens[end].capitalised
                or tokens[end].lower in self.lex.prepositions | self.lex.conjunctions | self.lex.relatives
            ):
                continue
            resolution = self.resolve(tokens, mention)
            if resolution.speaker and resolution.person:
                self.salience.push(resolution.speaker, True)
            return

    def _direct_cue(
        self, tokens: list[Token], index: int, mentions: list[Mention], cues: list[Cue], used: set[int]
    ) -> tuple[Resolution, str | None, str | None] | None:
        """The cue and speaker right after or right before a quote."""
        at_start = all(t.kind != "word" for t in tokens[:index]) or (index > 0 and tokens[index - 1].text == ":")
        following = index + 1
        while following < len(tokens) and tokens[following].kind == "punct" and tokens[following].text in ",–—-":
            following += 1
        if (
            following + 1 < len(tokens)
            and tokens[following].lower in self.lex.postposed
            and any(c.start == following + 1 and c.kind == "verb" for c in cues)
        ):
            following += 1  # "„…“ – so schildert X den Morgen": the verb after "so" is the cue
        if at_start or _after_quote_block(tokens, index):
            found = self._cue_at(tokens, following, mentions, cues, used) or self._unnamed_cue(
                tokens, following, cues, used
            )
            if found is not None:
                return found
        previous = index - 1
        if (previous >= 0 and tokens[previous].text in (":", ",")) or (
            previous >= 0 and tokens[previous].lower in self.lex.complementizers
        ):
            for cue in reversed(cues):
                if cue.end <= previous and previous - cue.end <= 6 and id(cue) not in used and cue.kind == "verb":
                    if any(t.kind == "quote" for t in tokens[cue.end : previous]):
                        break
                    if tokens[previous].text == "," and previous - cue.end > 1:
                        break
                    subject = self._subject(tokens, cue, mentions)
                    if subject is not None:
                        used.add(id(cue))
                        if tokens[previous].text == ":":
                            # "X sagte, Y brauche Spielpraxis: „…“": the clause before the colon
                            # is reported speech of its own.
                            start = self._clause_start(tokens, max(subject.end, cue.end), cue)
                            if (
                                start > max(subject.end, cue.end)
                                and previous - start >= 2
                                and tokens[start].lower not in self.lex.prepositions
                            ):
                                self._emit(tokens, start, previous, subject, cue)
                        return self.resolve(tokens, subject, cue), self._written(subject), cue.text
                    break
            if tokens[previous].text == ":":
                mention = next((m for m in mentions if m.end == previous and m.start == 0), None)
                if mention is not None and mention.kind != "pronoun":
                    return self.resolve(tokens, mention), self._written(mention), ":"
                # The clause opens the sentence, or follows an opening clause and its comma
                # ("Speaking to reporters later, Reed went further: “…”").
                comma = next((i for i in range(previous - 1, 0, -1) if tokens[i].text == ","), -1)
                subject = next((m for m in mentions if m.start == 0 and m.end < previous), None) or next(
                    (m for m in mentions if m.start == comma + 1 and m.end < previous and comma > 0), None
                )
                if subject is not None and subject.kind in ("pronoun", "name") and not cues:
                    # "Er verteidigt den Kurs seines Ministers: „…“": the subject of the clause
                    # that the colon closes says what follows.
                    resolution = self.resolve(tokens, subject)
                    if resolution.speaker and resolution.person:
                        weaker = Resolution(resolution.speaker, min(resolution.confidence, 0.6))
                        return weaker, self._written(subject), ":"
        return self._object_of_cue(tokens, index, mentions, cues, used)

    def _object_of_cue(
        self, tokens: list[Token], index: int, mentions: list[Mention], cues: list[Cue], used: set[int]
    ) -> tuple[Resolution, str | None, str | None] | None:
        """ "… the defendant told police “I did it”": a quote that is the object of a speech
        verb belongs to that verb's subject, even inside someone else's reported speech."""
        for cue in reversed(cues):
            if cue.kind != "verb" or id(cue) in used or cue.end > index:
                continue
            between = tokens[cue.end : index]
            listener = any(m.start == cue.end and m.end == index for m in mentions) or (
                cue.text.lower() in self.lex.recipient_verbs and len(between) <= 2
            )
            if between and not (listener and all(t.is_word for t in between)):
                return None
            subject = self._subject(tokens, cue, mentions)
            if subject is None or subject.start >= index:
                return None
            used.add(id(cue))
            return self.resolve(tokens, subject, cue), self._written(subject), cue.text
        return None

    def _cue_at(
        self, tokens: list[Token], index: int, mentions: list[Mention], cues: list[Cue], used: set[int]
    ) -> tuple[Resolution, str | None, str | None] | None:
        for cue in cues:
            if id(cue) in used or cue.kind not in ("verb", "postposed", "source"):
                continue
            subject = None
            if cue.start == index:
                subject = self._mention_after(tokens, cue.end, mentions)
                if subject is None and cue.particle:
                    # "„…“, teilte die Stadt X mit": the speaker inside the verb's frame
                    inside = self._mention_after(tokens, cue.start + 1, mentions)
                    framed = (
                        inside is not None
                        and inside.kind != "pronoun"
                        and (
                            inside.end == cue.particle
                            or (  # "teilte die Stadt X am Abend mit": an adverbial before the particle
                                inside.end < cue.particle <= inside.end + 4
                                and tokens[inside.end].lower in self.lex.prepositions
                                and all(t.is_word for t in tokens[inside.end : cue.particle])
                            )
                        )
                    )
                    subject = inside if framed else None
                subject = subject or self._impersonal_origin(tokens, cue, mentions)
            if subject is None:
                mention = next((m for m in mentions if m.start == index), None)
                if (
                    mention is not None
                    and cue.start >= mention.end
                    and self._adverbs_only(tokens, mention.end, cue.start)
                ):
                    subject = mention
            if subject is None:
                continue
            used.add(id(cue))
            resolution = self.resolve(tokens, subject, cue)
            if cue.kind == "source" and not resolution.person and not self._announces(tokens, subject, cue):
                resolution = Resolution(None, 0.0)  # "…, reports the BBC": a source, not the speaker
            return resolution, self._written(subject), cue.text
        return None

    def _impersonal_origin(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """ "„…“, hieß es aus der X-Fraktion.": the body named after an impersonal cue and a
        preposition of origin, ending the sentence; None for a person ("hieß es von X" is hearsay)."""
        words = cue.text.lower().split()
        if (
            len(words) != 2
            or words[0] not in self.lex.impersonal_verbs
            or words[1] not in self.lex.impersonal_pronouns
            or cue.end >= len(tokens)
            or tokens[cue.end].lower not in self.lex.origin_prepositions
        ):
            return None
        body = next((m for m in mentions if m.start == cue.end + 1 and m.kind == "name"), None)
        if body is None or any(t.is_word for t in tokens[body.end :]):
            return None
        if any(t.is_word and not t.capitalised for t in tokens[body.first : body.end]):
            return None  # "aus dem Umfeld von X": people close to someone, no body speaking
        entity = self.table.lookup(self.text[body.char_start : body.char_end])
        return None if entity is not None and entity.person else body

    def _announces(self, tokens: list[Token], subject: Mention, cue: Cue) -> bool:
        """ "Statens vegvesen melder at …": an authority or company announcing speaks;
        a subject that reads as an outlet ("Avisen", "…posten") only reports."""
        if subject.kind != "name":
            return False
        anaphor = subject.organisation and len(subject.role) == 1 and subject.role[0] in self.lex.organisation_nouns
        if (
            cue.text.lower() not in self.lex.announce_verbs
            and not anaphor
            and not self._posts_on(tokens, cue)
            and not self._in_statement(tokens, subject, cue)
        ):
            return False  # "Direktoratet skriver …": a body named before writes; "Avisen skriver" reports
        if anaphor and cue.start > 0 and (tokens[cue.start - 1].text == "," or tokens[cue.start - 1].kind == "quote"):
            return True  # "Faren er «betydelig», skriver direktoratet i en oppdatering."
        words = [fold(t.text) for t in mention_words(tokens, subject)]
        if (
            subject.start == cue.end
            and cue.start > 0
            and (tokens[cue.start - 1].text == "," or tokens[cue.start - 1].kind == "quote")
            and self._in_statement(tokens, subject, cue)
            and not any(w in self.lex.source_words or w.endswith(self.lex.outlet_endings) for w in words)
        ):
            return True  # "«…», skriver Vegvesenet i en pressemelding.": its own statement, no report
        if (
            len(words) > 1
            and subject.start == cue.end
            and cue.start > 0
            and tokens[cue.start - 1].text == ","
            and not any(w in self.lex.source_words or w.endswith(self.lex.outlet_endings) for w in words)
        ):
            return True  # "Tog er innstilt, melder Bane NOR.": a body of several words announcing
        position = subject.end if subject.start >= cue.end else cue.end  # "Der skriver forbundet at …"
        if position < len(tokens) and tokens[position].lower in self.lex.prepositions:
            # "skriver i sitt varsel at …": a short phrase may come before the clause
            position = next(
                (
                    i
                    for i in range(position, min(position + 5, len(tokens)))
                    if not tokens[i].is_word or (tokens[i].lower in self.lex.complementizers)
                ),
                position,
            )
        if position + 1 < len(tokens) and tokens[position].text == ",":
            position += 1  # "Die Stadtwerke melden, dass …": German sets a comma before the clause
        if position >= len(tokens) or tokens[position].lower not in self.lex.complementizers:
            return False
        words = [fold(t.text) for t in mention_words(tokens, subject)]
        return not any(w in self.lex.source_words or w.endswith(self.lex.outlet_endings) for w in words)

    def _posts_on(self, tokens: list[Token], cue: Cue) -> bool:
        """ "skriver på Facebook at …", "writes on X that …": a post on a named channel is the
        writer's own announcement, not a report (an outlet is still caught by its name)."""
        at = cue.end
        return (
            at + 2 < len(tokens)
            and tokens[at].lower in self.lex.prepositions
            and tokens[at + 1].capitalised
            and tokens[at + 2].lower in self.lex.complementizers
        )

    def _unnamed_cue(
        self, tokens: list[Token], index: int, cues: list[Cue], used: set[int]
    ) -> tuple[Resolution, str | None, str | None] | None:
        """ "“…,” a volunteer said": the quote has a speaker, just no known one."""
        for cue in cues:
            if id(cue) in used or cue.kind not in ("verb", "source") or not 0 < cue.start - index <= 6:
                continue
            between = tokens[index : cue.start]
            if all(t.is_word for t in between):
                used.add(id(cue))
                if len(between) > 1 and between[0].lower in self.lex.determiners:
                    # "the harbour master said": a title the document taught before a name.
                    matches, _ = self.table.by_role(role_words([t.text for t in between[1:]]))
                    if matches:
                        speaker = self._most_recent([m.canonical for m in matches])
                        return Resolution(speaker, 0.8), " ".join(t.text for t in between), cue.text
                return Resolution(None, 0.0), " ".join(t.text for t in between), cue.text
        return None

    def _adverbs_only(self, tokens: list[Token], start: int, end: int) -> bool:
        return end - start <= 3 and all(t.is_word and t.lower in self.lex.adverbs for t in tokens[start:end])

    def _mention_after(self, tokens: list[Token], index: int, mentions: list[Mention]) -> Mention | None:
        while (
            index < len(tokens)
            and tokens[index].is_word
            and tokens[index].lower in self.lex.adverbs
            and tokens[index].lower not in self.lex.passives
        ):
            if any(m.start == index for m in mentions):
                break
            index += 1
        found = next((m for m in mentions if m.start == index), None) or self._described(tokens, index, mentions)
        return self._staff_member(tokens, found, mentions) if found is not None else None

    def _described(self, tokens: list[Token], index: int, mentions: list[Mention]) -> Mention | None:
        """ "said resident Mary Jones", "said local farmer Tom Hill": after an inverted cue, a
        lowercase noun or two that describe the person, then the person's full name."""
        function = (
            self.lex.prepositions
            | self.lex.adverbs
            | self.lex.determiners
            | self.lex.conjunctions
            | self.lex.complementizers
            | self.lex.negations
            | self.lex.common
        )
        position = index
        while position < min(index + 3, len(tokens)):
            token = tokens[position]
            if not token.is_word or token.capitalised or token.lower in function or token.lower in self.lex.verbs:
                break
            position += 1
        if position == index:
            return None
        person = next((m for m in mentions if m.start == position and m.kind == "name"), None)
        if person is None or person.organisation or person.end - person.start < 2:
            return None
        return person

    def _staff_member(self, tokens: list[Token], mention: Mention, mentions: list[Mention]) -> Mention:
        """ "Kanal Nords reporter Idun Falk", "the Ledger's reporter Sam Roe": after an outlet's
        or body's genitive and a lowercase noun or two, the person named is the one meant."""
        if mention.kind != "name" or mention.end >= len(tokens):
            return mention
        last = tokens[mention.end - 1]
        if not (is_possessive(last.text) or last.lower.endswith("s")):
            return mention
        position = mention.end
        function = self.lex.prepositions | self.lex.adverbs | self.lex.determiners | self.lex.conjunctions
        while position < min(mention.end + 2, len(tokens)) and tokens[position].is_word:
            token = tokens[position]
            if token.capitalised or token.lower in self.lex.verbs or token.lower in self.lex.complementizers:
                break
            if token.lower in function or token.lower in self.lex.common or token.lower in self.lex.negations:
                return mention  # "sagte Voss im NDR": a preposition, not a noun of the staff
            position += 1
        if position == mention.end:
            return mention
        # (the person's mention may hold the last noun as a title: "talsperson Kari Almås")
        person = next((m for m in mentions if m.start <= position < m.end and m.kind == "name"), None)
        return person if person is not None and not person.organisation else mention

    def _subject(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """The speaker of a verb cue: before it, or inverted right after it."""
        position = cue.start - 1
        skippable = self.lex.adverbs | self.lex.passives if cue.kind == "stance" else self.lex.adverbs
        while position >= 0:
            token = tokens[position]
            if token.text == ")" and "(" in (t.text for t in tokens[max(0, position - 5) : position]):
                # "Jonas Gahr Støre (Ap) sier": a party or age in brackets after the name
                while position >= 0 and tokens[position].text != "(":
                    position -= 1
                position -= 1
                continue
            if (
                token.lower in self.lex.time_nouns
                and position >= 1
                and tokens[position - 1].lower in self.lex.prepositions
                and not any(m.end == position + 1 for m in mentions)
            ):
                position -= 2  # "wie X am Abend mitteilte": a time between the subject and its verb
                continue
            if not (token.is_word and token.lower in skippable) or any(m.end == position + 1 for m in mentions):
                break
            position -= 1
        ending = {m.end: m for m in mentions}
        if position + 1 in ending and self._governed(tokens, ending[position + 1]):
            # "X hatte am Mittag noch erklärt", "habe ihm am Telefon gesagt": a noun after a
            # preposition is no subject; the verb's subject stands before the phrase.
            employee = self._employee(tokens, ending[position + 1], ending)
            if employee is not ending[position + 1] and self._known_person(tokens, employee):
                return employee  # "Tor Eide i Fjordlink sier"; "Beim Treffen in Berlin sagte X" is no one's
            place = ending[position + 1]
            body = tokens[: place.start - 1]
            plain = self.lex.prepositions | self.lex.determiners | self.lex.common | self.lex.adverbs
            if (
                body
                and place.start - 1 <= 3
                and all(t.is_word and t.capitalised and t.lower not in plain for t in body)
            ):
                # "Naturvernforbundet i Hordaland mener …": a body and its place open the sentence
                return Mention(0, place.end, "name", body[0].start, place.char_end, organisation=True, first=0)
            ending = {end: m for end, m in ending.items() if end != position + 1}
        if (
            self.lex.verb_second
            and position + 1 in ending
            and tokens[ending[position + 1].start].lower in self.lex.object_articles
        ):
            # "Den Zeitpunkt nannte der Oberbürgermeister „…“": a fronted object, the subject after the verb
            return self._mention_after(tokens, cue.end, mentions)
        if self.lex.verb_second and position + 1 in ending and self._fronted_outlet(tokens, ending[position + 1]):
            # "Der Zeitung sagte sie, …": a fronted outlet is the one told; the subject follows the verb.
            after = self._mention_after(tokens, cue.end, mentions)
            if (
                after is not None
                and after.start == cue.end
                and tokens[after.start].lower not in self.lex.object_pronouns
                and self._known_person(tokens, after)
            ):
                return after
        framed = None
        if self.lex.verb_second and position + 1 in ending:
            framed = self._framed_subject(tokens, cue, mentions)
        if framed is not None:
            return framed  # "X hat die Bewohner von A und B aufgefordert, …": X, not B
        if (
            self.lex.verb_second
            and position + 1 in ending
            and not self._clause_initial(tokens, self._employee(tokens, ending[position + 1], ending).start)
            and not self._titled_subject(tokens, ending[position + 1].start)
        ):
            after = self._mention_after(tokens, cue.end, mentions)
            if after is not None and self._inversion_ok(tokens, after, position):
                return after
            if self._fronted_adverbial(tokens, position):
                return None  # "Aus Branchenkreisen hieß es": the subject is impersonal
        if position >= 0:
            token = tokens[position]
            if position + 1 in ending:
                return self._employee(tokens, ending[position + 1], ending)
            if token.lower in self.lex.relatives and position >= 1 and tokens[position - 1].text == ",":
                before = position - 1
                if before >= 1 and tokens[before - 1].text == ")":
                    # "the Maritime Safety Authority (AMSA), which said": the name before the brackets
                    opening = next((i for i in range(before - 2, max(-1, before - 6), -1) if tokens[i].text == "("), -1)
                    before = opening if opening > 0 else before
                return ending.get(before)
            if token.text == "," and position in ending and self._apposed(tokens, ending[position], mentions):
                return ending[position]  # "Avisens ekspert, stormester X, mener Y har …": X, not Y
            if token.text == "," and self.lex.verb_second and position == cue.start - 1:
                # "Auf die Frage eines Reporters, ob …, antwortete Kannegießer": after a fronted
                # clause the subject follows the verb; the clause's last name is not it.
                after = self._mention_after(tokens, cue.end, mentions)
                if after is not None and self._known_person(tokens, after):
                    return after
                if cue.particle:
                    # "…, teilte die Stadtverwaltung mit": the subject stands inside the verb.
                    inner = self._mention_after(tokens, cue.start + 1, mentions)
                    if inner is not None and inner.end <= cue.particle:
                        return inner
            if token.text == ",":
                found = self._before_parenthesis(tokens, position, ending)
                if found is not None:
                    return found
                if position == cue.start - 1 and cue.text.lower() in self.lex.participles:
                    leading = self._sentence_subject(tokens, mentions)
                    if leading is None and position >= 2 and tokens[position - 1].lower in self.lex.verbs:
                        # "…, the Trust said, adding that …": the speaker of the cue before the comma
                        return ending.get(position - 1)
                    return leading
            if token.lower in self.lex.conjunctions and mentions and mentions[0].end <= position:
                return mentions[0]
            owned = self._possessive_phrase(tokens, position, mentions)
            if owned is not None:
                return owned
        after = self._mention_after(tokens, cue.end, mentions)
        if after is not None and self._inversion_ok(tokens, after, position):
            return after
        if cue.particle and self.lex.verb_second:
            # "Neben ihr räumte der Werkleiter, Dr. X, ein, …": inverted inside the verb's frame
            inner = self._mention_after(tokens, cue.start + 1, mentions)
            if inner is not None and inner.end <= cue.particle and self._inversion_ok(tokens, inner, position):
                return inner
        found = self._subject_with_phrase(tokens, cue, mentions)
        if found is None and self.lex.verb_second:
            found = self._subject_after_auxiliary(tokens, cue, mentions)
        return found if found is not None else self._genitive_subject(tokens, cue)

    def _framed_subject(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """ "X hat die Regierung aufgefordert, …", "Am Montag hat X die Bürger aufgefordert, …":
        in a verb-second clause whose verb frame the cue closes, the subject stands right before
        the finite verb when it opens the clause (a name in apposition after it names it), else
        right after the finite verb; mentions further inside the frame are objects. None when
        the clause reads otherwise."""
        if cue.end < len(tokens) and tokens[cue.end].is_word:
            return None  # the cue closes no frame
        start = max((i + 1 for i in range(cue.start) if tokens[i].text in (":", ";")), default=0)
        inside = [m for m in mentions if m.start >= start and m.end <= cue.start]
        if not inside:
            return None
        subject = inside[0]
        if subject.start == start:
            verb = subject.end
            apposed = next((m for m in inside if m.start == verb + 1), None)
            if (
                apposed is not None
                and tokens[verb].text == ","
                and apposed.end < cue.start
                and tokens[apposed.end].text == ","
            ):
                # "Die Bürgermeisterin von X, Sabine Y, hat …": the name in apposition
                subject, verb = (apposed if apposed.kind == "name" else subject), apposed.end + 1
        else:
            verb = subject.start - 1
            if verb <= start or any(not t.is_word for t in tokens[start:verb]) or subject.kind == "role":
                return None  # no phrase fronted before the finite verb, or a role object
        if verb + 1 >= cue.start or subject.kind not in ("name", "role", "pronoun"):
            return None
        finite = tokens[verb]
        lex = self.lex
        function = (lex.conjunctions, lex.prepositions, lex.determiners, lex.complementizers, lex.relatives)
        if not finite.is_word or finite.capitalised or any(finite.lower in words for words in function):
            return None
        if any(m.start <= verb < m.end for m in mentions):
            return None
        # the frame is one clause: no punctuation between the finite verb and the cue
        if any(not t.is_word and t.kind != "quote" for t in tokens[verb + 1 : cue.start]):
            return None
        return subject

    def _governed(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether a preposition inside a clause governs the mention ("am Mittag", "at the
        hearing"); one opening the clause ("…, while Rudd said") does not."""
        before = mention.start - 1
        if before < 1 or not tokens[before].is_word:
            return False
        word = tokens[before].lower
        if word not in self.lex.prepositions or word in self.lex.determiners or word in self.lex.conjunctions:
            return False
        opener = tokens[before - 1]
        return opener.is_word and opener.lower not in self.lex.conjunctions

    def _subject_after_auxiliary(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """ "Ifølge NTB skal Brenna i kveld ha sagt at …": in a verb-second clause the subject
        follows the finite auxiliary; the participle that cues the speech comes later."""
        for mention in mentions:
            if mention.end > cue.start or mention.start == 0:
                continue
            if any(t.text in (",", ";", ":") or t.kind == "quote" for t in tokens[mention.end : cue.start]):
                continue
            if tokens[mention.start - 1].lower in _AUXILIARIES and self._known_person(tokens, mention):
                return mention
        return None

    def _known_person(self, tokens: list[Token], mention: Mention) -> bool:
        """A pronoun, or a name the entity table knows as a person."""
        if mention.kind == "pronoun":
            return True
        if mention.kind != "name" or mention.organisation:
            return False
        entity = self.table.lookup(" ".join(t.text for t in mention_words(tokens, mention)))
        return entity is not None and entity.person

    def _fronted_outlet(self, tokens: list[Token], mention: Mention) -> bool:
        """Whether ``mention`` names a news outlet (by its name's ending or as one learned)."""
        if mention.kind != "name":
            return False
        words = mention_words(tokens, mention)
        if any(fold(t.text).endswith(self.lex.outlet_endings) for t in words):
            return True
        return fold(" ".join(t.text for t in words)) in self.table.outlets

    def _genitive_subject(self, tokens: list[Token], cue: Cue) -> Mention | None:
        """ "Statens vegvesen melder at …": a sentence-opening genitive and a noun or
        two before a cue with a complementizer is an organisation speaking."""
        words = tokens[: cue.start]
        if len(words) >= 3 and words[-1].text == ")" and words[-3].text == "(" and words[-2].text.isupper():
            words = words[:-3]  # "Norges vassdrags- og energidirektorat (NVE) opplyser at …"
        # "vassdrags- og energidirektorat": a word cut at its hyphen and "og" join two compounds
        joined = [
            t
            for i, t in enumerate(words)
            if not (t.text == "-" and 0 < i < len(words) - 1 and words[i + 1].lower in self.lex.conjunctions)
            and not (t.lower in self.lex.conjunctions and i > 0 and words[i - 1].text == "-")
        ]
        if not 2 <= len(joined) <= 3 or cue.end >= len(tokens):
            return None
        if tokens[cue.end].lower not in self.lex.complementizers and tokens[cue.end].text != ",":
            return None
        first = joined[0]
        if not first.capitalised or not first.lower.endswith("s") or first.lower in self.lex.pronouns:
            return None
        function = self.lex.common | self.lex.prepositions | self.lex.adverbs | self.lex.conjunctions
        if not all(t.is_word for t in joined) or any(
            t.lower in function or t.lower in self.lex.determiners for t in joined
        ):
            return None
        return Mention(0, len(words), "name", first.start, words[-1].end, organisation=True, first=0)

    def _employee(self, tokens: list[Token], mention: Mention, ending: dict[int, Mention]) -> Mention:
        """ "Tor Eide i Fjordlink sier", "Petra Lindgren von der Nordbank sagte": the person
        before a preposition speaks, not the organisation they work for."""
        before = mention.start - 1
        if mention.kind != "name" or before < 1:
            return mention
        if tokens[before].lower not in self.lex.prepositions and tokens[before].lower not in ORG_CONNECTORS:
            return mention  # "Tomás Reyes of WKTV asked": the reporter, not the station
        person = ending.get(before)
        if person is None or person.kind == "pronoun" or (person.kind == "name" and person.organisation):
            return mention
        self.salience.organisation(" ".join(t.text for t in mention_words(tokens, mention)))
        return person

    def _sentence_subject(self, tokens: list[Token], mentions: list[Mention]) -> Mention | None:
        """The mention that opens the sentence (after adverbs only), if any."""
        first = mentions[0] if mentions else None
        if first is None or any(t.is_word and t.lower not in self.lex.adverbs for t in tokens[: first.start]):
            return None
        return first

    def _possessive_phrase(self, tokens: list[Token], last: int, mentions: list[Mention]) -> Mention | None:
        """ "Reed's mother said", "Russia's defence ministry said", "the governor's office
        said": the possessed noun speaks."""
        owner_word = tokens[last - 1] if last >= 1 else None
        if (
            owner_word is not None
            and owner_word.lower in self.lex.possessive_pronouns
            and tokens[last].is_word
            and not tokens[last].capitalised
            and tokens[last].lower not in self.lex.adverbs
            and not any(m.start <= last < m.end for m in mentions)
        ):
            # "her office said", "seine Frau habe gesagt": the pronoun's person owns who speaks
            return Mention(
                last - 1,
                last + 1,
                "role",
                owner_word.start,
                tokens[last].end,
                role=(tokens[last].lower,),
                possessor=owner_word.text,
                first=last - 1,
            )
        for owner in mentions:
            if not 0 < last + 1 - owner.end <= 3:
                continue
            if not (owner.kind == "name" and owner.possessor) and not _possessive_role(tokens, owner):
                continue
            between = tokens[owner.end : last + 1]
            if all(t.is_word and not t.capitalised for t in between):
                return Mention(
                    owner.start,
                    last + 1,
                    "name",
                    owner.char_start,
                    tokens[last].end,
                    organisation=True,
                    first=owner.first,
                )
        return None

    def _before_parenthesis(self, tokens: list[Token], comma: int, ending: dict[int, Mention]) -> Mention | None:
        """ "Jane Doe, 61, of Leeds, said" / "The minister, Jane Doe, said": the name before
        (or between) short comma-enclosed phrases."""
        inside = ending.get(comma)
        for _ in range(3):
            back = comma - 1
            while back >= 0 and comma - back <= 12 and tokens[back].text != ",":
                back -= 1
            if back < 0 or tokens[back].text != ",":
                return None
            if (
                inside is not None
                and inside.start == back + 1
                and inside.kind == "name"
                and tokens[inside.start].lower not in self.lex.indefinites
            ):
                return inside  # the name between the commas; "X, a Republican, said" describes X
            if (
                inside is not None
                and inside.kind == "name"
                and back + 1 < inside.first <= back + 4
                and all(t.is_word for t in tokens[back + 1 : inside.first])
                and self.lex.is_role_head(tokens[inside.first - 1].text)
            ):
                return inside  # "The mediator, Qeshlani envoy Selin Arkan, said": a title before the name
            if back in ending:
                return ending[back]
            comma = back
        return None

    def _subject_with_phrase(self, tokens: list[Token], cue: Cue, mentions: list[Mention]) -> Mention | None:
        """ "Meteorolog Anne Lie i Meteorologisk institutt sier at …": the sentence's
        first mention is the subject when only a short phrase stands between it and the verb."""
        # "Zur Erinnerung: X hatte …": a label before a colon does not open the clause.
        opening = next((i + 1 for i in range(cue.start - 1, -1, -1) if tokens[i].text == ":"), 0)
        first = next((m for m in mentions if m.start >= opening), None)
        if first is None or first.kind == "pronoun" or first.end > cue.start or cue.start - first.end > 6:
            return None
        if any(t.is_word and t.lower not in self.lex.adverbs for t in tokens[opening : first.start]):
            return None
        if any(not t.is_word for t in tokens[first.end : cue.start]):
            return None
        if first.possessor and first.kind == "name" and first.end < cue.start:
            # "Russia's defence ministry said": the whole phrase speaks, not Russia.
            return Mention(
                first.start,
                cue.start,
                "name",
                first.char_start,
                tokens[cue.start - 1].end,
                organisation=True,
                first=first.first,
            )
        between = tokens[first.end : cue.start]
        if (
            first.kind == "name"
            and between
            and all(not t.capitalised for t in between)
            and between[-1].lower in self.lex.organisation_nouns
            # "X has written to the union saying": a verb phrase, not a body noun after the name
            and not any(
                t.lower in _AUXILIARIES or t.lower in self.lex.prepositions or t.lower in self.lex.determiners
                for t in between
            )
        ):
            # "Thornbury borough council said": the name and its lowercase body noun are one speaker.
            return Mention(
                first.start, cue.start, "name", first.char_start, between[-1].end, organisation=True, first=first.first
            )
        return first

    def _titled_subject(self, tokens: list[Token], index: int) -> bool:
        """Whether only a title stands before the name at ``index`` at the start of the sentence
        ("Avisens reporter Kari Berg spurte …"): the name is the subject, no fronted phrase."""
        before = tokens[:index]
        if not 0 < len(before) <= 4 or not all(t.is_word for t in before) or not before[0].capitalised:
            return False
        last = before[-1]
        if self.lex.is_role_head(last.text):
            return True
        # a title no role table knows ("Avisens reporter"): a lowercase noun, no function word
        function = self.lex.common | self.lex.verbs.keys() | self.lex.prepositions | self.lex.adverbs
        return not last.capitalised and last.lower not in function and last.lower not in self.lex.conjunctions

    def _apposed(self, tokens: list[Token], name: Mention, mentions: list[Mention]) -> bool:
        """Whether ``name`` is the apposition of a role that opens the sentence ("Avisens
        sjakkekspert, stormester X,"), so the two are the subject before the verb."""
        comma = name.start - 1
        while comma > 0 and name.start - comma <= 3 and tokens[comma].is_word and not tokens[comma].capitalised:
            comma -= 1  # a title before the name: "stormester"
        if name.kind != "name" or comma < 1 or tokens[comma].text != ",":
            return False
        return any(m.start == 0 and m.end == comma and m.kind == "role" for m in mentions)

    def _clause_initial(self, tokens: list[Token], index: int) -> bool:
        return (
            index == 0 or tokens[index - 1].text in (",", ";", ":") or tokens[index - 1].lower in self.lex.conjunctions
        )

    def _fronted_adverbial(self, tokens: list[Token], before: int) -> bool:
        """Whether the clause before the verb opens with a preposition or an adverb."""
        start = before
        while start > 0 and tokens[start - 1].text not in (",", ";", ":") and tokens[start - 1].kind != "quote":
            start -= 1
        opener = tokens[start]
        if opener.is_word and opener.lower in self.lex.adverbs and opener.lower not in self.lex.prepositions:
            # "Senere sa Putin …" fronts the adverb; "Tidligere landsløper X sier …" has it in the
            # subject, as a verb-second clause has one part only before its verb.
            return start == before
        return opener.is_word and opener.lower in self.lex.prepositions

    def _inversion_ok(self, tokens: list[Token], mention: Mention, before: int) -> bool:
        """ "…, said Lavrov." / "Ved bordet sa Putin at …" but not "authorities say Russia has …"."""
        # English keeps subject-verb order after a lowercase noun; V2 languages may invert.
        if (
            before >= 0
            and tokens[before].is_word
            and not tokens[before].capitalised
            and tokens[before].lower not in self.lex.adverbs
            and not self.lex.verb_second
        ):
            return False
        if self.lex.verb_second and before >= 0 and self._fronted_adverbial(tokens, before):
            return True  # "I møtet beskrev Putin situasjonen …": verb second, subject third
        nxt = tokens[mention.end] if mention.end < len(tokens) else None
        if nxt is None or nxt.kind != "word":
            return True
        word = nxt.lower
        if word in self.lex.complementizers or (
            word in self.lex.adverbs and word not in self.lex.passives and word not in _AUXILIARIES
        ):
            return True
        return len(word) <= 3 and word not in self.lex.passives and word not in _AUXILIARIES

    def _reported(
        self, tokens: list[Token], cue: Cue, mentions: list[Mention], cues: list[Cue]
    ) -> tuple[int, int, Resolution, str | None] | None:
        """Reported speech around a cue: "X said that …", "…, X said", "according to X, …"."""
        if cue.kind == "according":
            return self._according(tokens, cue, mentions, cues)
        if cue.kind == "according_after":
            mention = next((m for m in mentions if m.end == cue.start), None)
            if mention is None:
                return None
            return self._emit(tokens, cue.end, len(tokens), mention, cue)
        subject = self._subject(tokens, cue, mentions)
        if cue.particle and cue.text.split()[0].lower() in self.lex.question_cues:
            subject = self._inverted_asker(tokens, cue, mentions) or subject
        if subject is None:
            return None
        if subject.start > 0 and tokens[subject.start - 1].lower in self.lex.conditionals and subject.end <= cue.start:
            return None  # "vanlig når riksmekleren mener det er grunnlag": a condition, nothing said
        asked = next((m for m in mentions if m.end == cue.start and m.start > 0), None)
        if asked is not None and tokens[asked.start - 1].lower in self.lex.question_words:
            return None  # "vil ikke svare på om hun mener …": what was asked, nothing said
        if cue.kind == "source" and not self._announces(tokens, subject, cue):
            if subject.kind == "name" and any(
                fold(t.text).endswith(self.lex.outlet_endings) for t in mention_words(tokens, subject)
            ):
                return None  # "Meridian Wire reports that …": a news outlet reporting is a source
            resolution = self.resolve(tokens, subject)
            if not resolution.person or resolution.speaker is None:
                return None
        block_start, block_end = min(subject.start, cue.start), max(subject.end, cue.end)
        words_before = sum(1 for t in tokens[:block_start] if t.kind != "punct")
        self._mentions_cache = mentions
        closing = cue.particle and all(not t.is_word and t.kind != "quote" for t in tokens[cue.end :])
        inside = subject.start == cue.start + 1 and block_start > 0 and tokens[block_start - 1].text == ","
        if closing and not inside and not any(m.start == cue.start + 1 and m.end == cue.particle for m in mentions):
            if subject.end <= cue.start and tokens[cue.start + 1].lower in self.lex.listener_articles:
                return None  # "Berlin sagte der Region Mittel zu": a recipient and a thing given, nothing said
            # "Er rief alle Seiten zur Zurückhaltung auf.": what was said stands inside the verb.
            return self._emit(tokens, cue.start + 1, cue.particle, subject, cue)
        start = self._clause_start(tokens, block_end, cue)
        whether = self._asked_whether(tokens, block_end, mentions)
        if whether is None and cue.particle and cue.text.split()[0].lower() in self.lex.question_cues:
            # "wollte von ihr wissen, ob …", "ville X vite om …": the question from its word on
            words = self.lex.question_words
            whether = next((i for i in range(block_end, len(tokens)) if tokens[i].lower in words), None)
        if whether is not None and subject.kind == "name" and self._fronted_outlet(tokens, subject):
            return None  # "Fjordavisa spurte om …": a news outlet's question is nobody's statement
        if whether is not None:
            start = whether  # "spurte Haugvik om han vil …": the question, not the one asked
        elif start == block_end < len(tokens) and tokens[start].lower in self.lex.topic_prepositions:
            return None  # "Hale asked about the invoices": a topic, not something said
        elif (
            block_end <= start < len(tokens)
            and (start == block_end or cue.text.lower() in self.lex.recipient_verbs)
            and all(not t.is_word for t in tokens[:block_start])
            and self._adverbials_only(tokens, start)
        ):
            return None  # "Vell asked at the briefing.", "he told reporters in Gullport.": nothing said
        elif start == block_end < len(tokens) and self._takes_object(tokens, cue, start):
            return None  # "The firm recalled 4,000 cars", "recalled its ambassador": a thing, not speech
        elif (
            block_end < start < len(tokens)
            and tokens[start - 1].text == ","
            and tokens[start].lower in self.lex.conjunctions
            and not (block_start > 0 and tokens[block_start - 1].text in (",", "–", "—"))
        ):
            # "X asked for a recount, but the officer refused": a clause of its own, not said ("…, he
            # added, and the nearest unit was …" is an inserted cue; what was said stands around it)
            return None
        if start < len(tokens) and tokens[start].lower in self.lex.prepositions and self._colon_follows(tokens, start):
            return None  # "X said in a video posted online:": where it was said; the quote follows
        if start == block_end:
            stop = next((i for i in range(start, min(start + 6, len(tokens))) if not tokens[i].is_word), None)
            if stop is not None and tokens[stop].text == ":" and stop + 1 < len(tokens) and tokens[stop + 1].is_word:
                start = stop + 1  # "äußerte sich in Hamburg: Die Lage sei …": the words after the colon
        introduces = start > block_end and tokens[start - 1].text != ","
        after_block = block_end
        if after_block < len(tokens) and tokens[after_block].text == "(":
            # "…, bekrefter Kjersti Brenna (Ap) overfor NTB.": a party in brackets after the speaker
            bracket_end = next(
                (i for i in range(after_block, min(after_block + 6, len(tokens))) if tokens[i].text == ")"), 0
            )
            after_block = bracket_end + 1 if bracket_end else after_block
        if (
            cue.text.lower() in self.lex.recipient_verbs
            and subject.end <= cue.start
            and after_block < start
            and tokens[start - 1].is_word
            and tokens[start - 1].lower not in self.lex.complementizers
            and (all(not t.is_word for t in tokens[start:]) or self._adverbials_only(tokens, start))
        ):
            # "…, police told reporters (at the scene).": only the one told and adverbials follow
            # the cue; what was said stands before it
            after_block, introduces = start, False
        # "…, the Trust said (on Thursday), ending months of talks": a participle clause after
        # a comma is narration; only the words before it may follow the cue.
        narration = next(
            (
                i
                for i in range(after_block, len(tokens) - 1)
                if tokens[i].text == "," and self._clause_participle(tokens[i + 1])
            ),
            len(tokens),
        )
        rest = [t for t in tokens[after_block:narration] if t.kind != "punct"]
        # Only an adverbial may follow "…, X said": "in an interview", "am Montag".
        trailing = (
            len(rest) if not rest or rest[0].lower in self.lex.prepositions or rest[0].lower in self.lex.adverbs else 99
        )
        if trailing < 99 and cue.start == block_start and subject.start >= cue.end:
            # "…, sa X til NRK på vei inn i garderoben": after a cue inverted before its speaker,
            # adverbials of any length follow what was said, unless a clause opens among them
            trailing = trailing if any(t.lower in self.lex.complementizers for t in rest) else 0
        if 6 < trailing < 99 and self._adverbials_only(tokens, after_block):
            trailing = 0  # "…, X said in a post on the union's Facebook page.": long, but only where
        # "The prime minister, Jane Doe, said …": the words before the comma are an apposition.
        apposition = any(
            (m.start == 0 or m.kind == "role") and m.end == block_start - 1 and m is not subject for m in mentions
        )
        role = next((m for m in mentions if m.kind == "role" and m.end == block_start - 1 and m is not subject), None)
        if (
            role is not None
            and not introduces
            and trailing <= 6
            and role.start >= 2
            and tokens[role.start - 1].text in (",", "–", "—")
            and sum(1 for t in tokens[: role.start] if t.kind != "punct") >= 3
        ):
            # "…, the judge, Mr Justice X, told the court.": the role and its name follow the words
            return self._emit(tokens, 0, role.start - 1, subject, cue)
        inserted = (
            not apposition
            and block_start >= 2
            and tokens[block_start - 1].text == ","
            and block_end < len(tokens)
            and tokens[block_end].text == ","
            and len(rest) >= 2
            and not introduces
        )
        if inserted:
            # "The talks, he said, had been useful": the cue sits inside what was said.
            return self._emit(tokens, 0, len(tokens), subject, cue)
        aside = self._as_aside(tokens, block_start)
        if aside and not introduces and trailing <= 6:
            # "Verletzt wurde niemand, wie der Kreisbrandrat sagte", "…, as the mayor, Ann Lee,
            # said": what was said stands before "as"
            return self._emit(tokens, 0, aside - 1, subject, cue)
        if (
            not introduces
            and not apposition
            and trailing <= 6
            and block_start > 0
            and tokens[block_start - 1].text in (",", "–", "—")
            and words_before >= 3
        ):
            return self._emit(tokens, 0, block_start - 1, subject, cue)
        if cue.kind == "postposed":
            return None
        noun = self._statement_noun(tokens)
        if (
            noun is not None
            and start <= noun
            and all(not t.is_word for t in tokens[noun + 1 :])
            and block_start > 0
            and tokens[block_start - 1].text in (",", "–", "—")
            and words_before >= 2
        ):
            # "Driften fortsetter, skriver selskapet i en pressemelding.": where it was written, not what
            return self._emit(tokens, 0, block_start - 1, subject, cue)
        if (
            cue.text.lower() in self.lex.manner_cues
            and start >= block_end
            and not any(t.text in (",", ":") or t.lower in self.lex.complementizers for t in tokens[block_end:])
        ):
            # "zeigte sich am Abend zuversichtlich.", "sprach von einem „…“": a manner, nothing said;
            # a quoted phrase in it is the subject's partial, so the span is kept for it alone
            if not any(t.kind == "quote" for t in tokens[start:]):
                return None
            resolution = self.resolve(tokens, subject, cue)
            self._push(resolution, subject)
            return tokens[start].start, tokens[-1].end, resolution, self._written(subject)
        span = self._emit(tokens, start, self._next_speaker(tokens, start, cue, cues, mentions, subject), subject, cue)
        if whether is not None and span is not None and span[2].speaker:
            self._remember_asked(tokens, block_end, mentions, span[2].speaker)
        return span

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
            # a genitive after the run's first word ("Kanal Nords"); the first word itself only when it is an
            # outlet or body the document knows or an acronym ("NRKs", "TV-X-s"), never a given name ("Hans Eide")
            known = self.table.lookup(owner)
            body = known is not None and not known.person
            acronym = len(owner) >= 2 and owner.replace("-", "").isupper()
            if index > subject.start or fold(owner) in self.table.outlets or body or acronym:
                return replace(subject, start=index + 1, first=index + 1, char_start=tokens[index + 1].start)
        return subject

    def _clause_participle(self, token: Token) -> bool:
        """A lower-case participle that opens a clause of its own ("ending", "leaving")."""
        endings = self.lex.clause_participle_endings
        return (
            bool(endings)
            and token.is_word
            and not token.capitalised
            and token.lower.endswith(endings)
            and len(token.lower) > 5
        )

    def _adverbials_only(self, tokens: list[Token], start: int) -> bool:
        """Whether the words from ``start`` to the sentence's end are only prepositional phrases
        ("at the briefing on Monday"): each a preposition, perhaps an article, and at most two
        words that open no clause (no article, pronoun, auxiliary or complementizer among them:
        "on Monday the line would reopen", "on Monday it was over" and "on Monday prices rose"
        say something)."""
        lex = self.lex
        closed = lex.determiners | lex.indefinites | lex.passives | lex.complementizers | lex.conditionals | lex.adverbs
        words = 0
        position = start
        while position < len(tokens):
            token = tokens[position]
            if not token.is_word:
                if token.kind == "quote" or any(t.is_word or t.kind == "quote" for t in tokens[position + 1 :]):
                    return False
                break
            if token.lower in lex.prepositions and position + 1 < len(tokens) and tokens[position + 1].is_word:
                words = 0
                position += 1
                if tokens[position].lower in lex.determiners or tokens[position].lower in lex.indefinites:
                    position += 1
                continue
            words += 1
            if position == start or words > 2 or token.lower in closed or token.lower in lex.pronouns:
                return False
            if is_possessive(token.text):
                words = 0  # "on the union's Facebook page": the owner opens a new noun phrase
            position += 1
        return position > start + 1

    def _takes_object(self, tokens: list[Token], cue: Cue, start: int) -> bool:
        """Whether a cue that may take an object has one at ``start``: an article, a possessive
        or a number ("recalled the batch", "recalled its ambassador", "recalled 4,000 cars")."""
        if cue.text.lower() not in self.lex.object_verbs:
            return False
        token = tokens[start]
        article = token.lower in self.lex.determiners or token.lower in self.lex.indefinites
        return article or token.lower in self.lex.possessive_pronouns or token.text[:1].isdigit()

    def _as_aside(self, tokens: list[Token], block_start: int) -> int:
        """Where ", as"/", wie"/", som" opens an aside that ends in the speaker at
        ``block_start``: right before it, or with only a role between ("as the party's
        chairwoman Ann Lee said", "as the mayor, Ann Lee, said"); 0 when there is none."""
        between: list[Token] = []
        for index in range(block_start - 1, max(1, block_start - 9), -1):
            token = tokens[index]
            if token.lower in self.lex.as_words and tokens[index - 1].text == ",":
                words = [t for t in between if t.is_word and t.lower not in self.lex.determiners]
                return index if not words or any(self.lex.is_role_head(t.text) for t in words) else 0
            if not (token.is_word or token.text == ","):
                return 0
            between.append(token)
        return 0

    def _colon_follows(self, tokens: list[Token], start: int) -> bool:
        """Whether the words from ``start`` run to a colon that ends the sentence or opens a quote."""
        for index in range(start, len(tokens)):
            if tokens[index].text == ":":
                return index + 1 == len(tokens) or tokens[index + 1].kind == "quote"
            if not tokens[index].is_word and tokens[index].text not in ("'", "’"):
                return False
        return False

    def _next_speaker(
        self, tokens: list[Token], start: int, cue: Cue, cues: list[Cue], mentions: list[Mention], subject: Mention
    ) -> int:
        """Where another speaker's clause begins after a comma ("X said …, while Y said …",
        "Mens X mener …, sier Y at …"): what X said ends there. The end of the sentence otherwise."""
        for other in cues:
            if other is cue or other.start <= start or other.kind not in ("verb", "source"):
                continue
            speaker = self._subject(tokens, other, mentions)
            if speaker is None or speaker is subject or speaker.kind == "pronoun" or speaker.start < start:
                continue
            comma = next((i for i in range(start + 1, min(other.start, speaker.start)) if tokens[i].text == ","), None)
            if comma is not None and not any(t.kind == "quote" for t in tokens[comma : other.start]):
                return comma
            colon = next((i for i in range(other.end, len(tokens) - 1) if tokens[i].text == ":"), None)
            if colon is not None and tokens[colon + 1].kind == "quote":
                # "X said Y had told her: “…”": the quote is Y's words, no part of what X said
                return colon
        return len(tokens)

    def _clause_start(self, tokens: list[Token], index: int, cue: Cue | None = None) -> int:
        recipient = cue is not None and cue.text.lower() in self.lex.recipient_verbs
        for position in range(index, min(index + 7, len(tokens))):
            token = tokens[position]
            if token.kind == "quote":
                break
            if (
                position > index + 2
                and token.lower in self.lex.complementizers
                and not recipient
                and not self.lex.verb_second
                and tokens[index].lower in self.lex.determiners
                and all(t.is_word and not t.capitalised for t in tokens[index:position])
            ):
                # "said the case showed that …": a noun and a verb of what was said stand before
                # the complementizer, which opens a clause inside it.
                return index
            if token.text in (",", ":") and position > index and not self._adverbial(tokens[index:position]):
                break  # "said 14 people were ill, including two …": the comma is inside what was said
            if (
                token.lower in self.lex.complementizers
                and position > index + 1
                and tokens[position - 1].lower in self.lex.conjunctions
            ):
                return index  # "said no-one was hurt and that two were treated": both clauses were said
            if token.lower in self.lex.complementizers or token.text in (",", ":"):
                following = tokens[position + 1] if position + 1 < len(tokens) else None
                if following is not None and token.text == "," and following.lower in self.lex.complementizers:
                    return position + 2  # "hofft, dass …"
                return position + 1
        if cue is not None and cue.text.lower() in self.lex.recipient_verbs and index < len(tokens):
            # "told the BBC the exit poll suggested …": the listener is no part of what was said.
            listener = next((m for m in self._mentions_cache if m.start == index), None)
            if listener is not None:
                return listener.end
            article = tokens[index].lower in self.lex.determiners or tokens[index].lower in self.lex.indefinites
            return index + 2 if article else index + 1
        return index

    def _adverbial(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` read as an adverbial: "on Monday", "am Dienstag", "also"."""
        first = tokens[0]
        return first.is_word and (first.lower in self.lex.prepositions or first.lower in self.lex.adverbs)

    def _according(
        self, tokens: list[Token], cue: Cue, mentions: list[Mention], cues: list[Cue]
    ) -> tuple[int, int, Resolution, str | None] | None:
        # "nach ihren Worten", "in his words": the possessive inside the cue is the source
        mention = possessive_source(tokens, cue, self.lex)
        if mention is None:
            mention = next((m for m in mentions if cue.end in (m.start, m.first)), None)
        covering = next((m for m in mentions if m.start < cue.end < m.end and m.kind == "name"), None)
        if mention is None and covering is not None:
            # "Nach Einschätzung von Experten": the cue's last words ran into a capitalised phrase
            mention = Mention(cue.end, covering.end, "name", tokens[cue.end].start, covering.char_end, first=cue.end)
        if mention is None:
            mention = self._document_source(tokens, cue.end, mentions)
        if mention is not None and _possessive_role(tokens, mention):
            owned = self._possessive_phrase(tokens, _noun_run_end(tokens, mention.end, self.lex) - 1, mentions)
            mention = owned if owned is not None else mention
        if mention is None:
            return None
        if mention.kind != "pronoun" and self._document(tokens, mention):
            return None  # "Laut Haushaltsentwurf plant der Bund …": a document, no speaker
        mention = self._with_place(tokens, mention, mentions)
        after = tokens[mention.end] if mention.end < len(tokens) else None
        if after is not None and after.is_word and fold(after.text) in self.lex.source_words:
            return None
        if mention.kind == "name" and any(
            fold(t.text).endswith(self.lex.outlet_endings) for t in mention_words(tokens, mention)
        ):
            return None  # "according to the Harbour Gazette": a newspaper is a source, not a speaker
        closing = (
            cue.start > 0 and tokens[cue.start - 1].text == "," and all(not t.is_word for t in tokens[mention.end :])
        )
        if closing and mention.kind != "pronoun" and self.resolve(tokens, mention).person:
            # "Reform UK has asked for a recount, according to the returning officer": a person
            # at the end vouches for the whole sentence, whatever verb it has.
            return self._emit(tokens, 0, cue.start - 1, mention, cue)
        if any(
            c.kind == "verb" and self._subject(tokens, c, mentions) not in (None, mention) for c in cues if c is not cue
        ):
            return None  # "skal X ifølge NTB ha sagt", "Lavrov said, according to Interfax, …": a source
        leading = all((t.is_word and t.lower in self.lex.adverbs) or t.kind == "punct" for t in tokens[: cue.start])
        if leading:
            if mention.end < cue.end:
                after = tokens[cue.end] if cue.end < len(tokens) else None
            start = max(mention.end, cue.end) + (1 if after is not None and after.text == "," else 0)
            if start < len(tokens) and tokens[start].lower in self.lex.prepositions and not mention.organisation:
                where = next((m for m in mentions if m.start == start + 1 and m.kind == "name"), None)
                if where is not None and where.end < len(tokens) and tokens[where.end].is_word:
                    # "Ifølge operasjonsleder X i Fjellby politidistrikt er …": where X works
                    start = where.end if not tokens[where.end].capitalised else start
            return self._emit(tokens, start, len(tokens), mention, cue)
        if cue.start > 0 and tokens[cue.start - 1].text == ",":
            return self._emit(tokens, 0, cue.start - 1, mention, cue)
        if not any(c.kind in ("verb", "source", "according") for c in cues if c is not cue):
            # "Die Wahlbeteiligung lag laut Wahlamt bei 46 Prozent": inside the clause, the
            # source vouches for the whole sentence.
            return self._emit(tokens, 0, len(tokens), mention, cue)
        return None

    def _document(self, tokens: list[Token], mention: Mention) -> bool:
        """A mention that is one noun for a document ("Haushaltsentwurf", "budsjettforslaget")."""
        words = mention_words(tokens, mention)
        if len(words) != 1 or self.table.lookup(words[0].text) is not None:
            return False
        return fold(words[0].text).endswith(tuple(fold(e) for e in self.lex.document_nouns))

    def _document_source(self, tokens: list[Token], start: int, mentions: list[Mention]) -> Mention | None:
        """ "according to a note from the governor's office": a document (a few lowercase
        words) and a preposition before the one who wrote it."""
        if start >= len(tokens) or tokens[start].capitalised:
            return None  # a name right after the cue is the source itself
        following = tokens[start + 1] if start + 1 < len(tokens) else None
        if (
            self.lex.capitalised_nouns
            and tokens[start].lower not in self.lex.determiners
            and tokens[start].lower not in self.lex.indefinites
            and following is not None
            and following.is_word
            and not following.capitalised
        ):
            return None  # "Laut dpa sind in Deutschland …": a source written in lower case, no document
        position = start
        while position < min(start + 5, len(tokens)) and tokens[position].is_word:
            token = tokens[position]
            if token.lower in self.lex.verbs or token.lower in self.lex.complementizers:
                return None
            joins = token.lower in self.lex.prepositions or token.lower in self.lex.role_connectors
            if joins and position > start + 1:
                # "laut der ersten Hochrechnung des Instituts X": the genitive's article opens the mention
                return next((m for m in mentions if m.start in (position, position + 1) and m.kind != "pronoun"), None)
            position += 1
        return None

    def _with_place(self, tokens: list[Token], mention: Mention, mentions: list[Mention]) -> Mention:
        """ "des Gesundheitsministeriums in Gaza": an organisation with its place is one source."""
        if mention.kind != "name" or not mention.organisation or mention.end + 1 >= len(tokens):
            return mention
        if tokens[mention.end].lower not in self.lex.prepositions:
            return mention
        place = next((m for m in mentions if m.start == mention.end + 1 and m.kind == "name"), None)
        if place is None:
            return mention
        return Mention(
            mention.start,
            place.end,
            "name",
            mention.char_start,
            place.char_end,
            organisation=True,
            definite=mention.definite,
            first=mention.first,
        )

    def _emit(
        self, tokens: list[Token], start: int, end: int, mention: Mention, cue: Cue
    ) -> tuple[int, int, Resolution, str | None] | None:
        body = [t for t in tokens[start:end] if t.kind != "punct"]
        if len(body) < 2 and not any(t.kind == "quote" for t in body):
            return None
        resolution = self.resolve(tokens, mention, cue)
        char_start, char_end = tokens[start].start, tokens[end - 1].end
        self._add(resolution, self._written(mention), char_start, char_end, "indirect", cue.text)
        self._push(resolution, mention)
        return char_start, char_end, resolution, self._written(mention)

    def _unattributed_quote(
        self,
        tokens: list[Token],
        index: int,
        mentions: list[Mention],
        spans: list[tuple[int, int, Resolution, str | None]],
        attributed: dict[int, tuple[Resolution, str | None, str | None]],
    ) -> None:
        quote = tokens[index].quote
        assert quote is not None
        holding = [span for span in spans if span[0] <= quote.start and quote.end <= span[1]]
        if holding:
            # The innermost report owns the words: "X said Y had told a friend he would “…”" is Y's.
            _, _, resolution, written = min(holding, key=lambda span: span[1] - span[0])
            self._add(resolution, written, quote.start, quote.end, "partial", None, resolution.confidence - 0.05)
            return
        alone = _stands_alone(tokens, index)
        if alone and quote.end - quote.start < 40 and not _has_terminal(self.text, quote) and len(tokens) <= 2:
            return  # a quoted subheading ("“Good Actor”")
        previous = tokens[index - 1].lower if index > 0 else ""
        titled = previous in self.lex.determiners or previous in self.lex.prepositions
        if _is_quoted_name(self.text, quote, titled):
            return  # „Bild“-Zeitung, “The Times”: a title, not words said
        if (
            index >= 3
            and tokens[index - 1].text == ":"
            and tokens[index - 2].lower in self.lex.verbs
            and tokens[index - 3].lower in self.lex.passives
        ):
            return  # "Voters were asked: “…?”": said to the subject, by nobody the text names
        if attributed:
            resolution = next(iter(attributed.values()))[0]
            self._add(
                resolution,
                None,
                quote.start,
                quote.end,
                "direct" if alone else "partial",
                None,
                resolution.confidence - 0.1,
            )
            return
        if not alone and mentions:
            first = mentions[0]
            if first.start < index and (first.kind == "pronoun" or first.kind == "role" or first.start == 0):
                resolution = self.resolve(tokens, first)
                if resolution.speaker and resolution.person:
                    self._add(
                        resolution,
                        self._written(first),
                        quote.start,
                        quote.end,
                        "partial",
                        None,
                        resolution.confidence - 0.1,
                    )
                    return
        others = [m for m in mentions if m.kind == "name" and not m.possessor and m.start < index]
        found = self.salience.last_person(self._spokespeople())
        if (
            found is None
            or (not found[1] and (self.saw_person or others))  # the entry above, but this one names people
            or (
                others
                and self.resolve(tokens, others[0]).speaker not in (found[0], None)
                and self.resolve(tokens, others[0]).person
            )
        ):
            if alone:
                waiting = self._wait(quote.start, quote.end, "direct")
                if waiting is not None and not quote.closed:
                    self.salience.running.append((self.entry, waiting))
            return
        if self._addressed(quote) == found[0]:
            return  # "“Did you read it, Mr Whitlock?”": asked of Whitlock, so not his words
        confidence = 0.55 if found[1] else 0.45
        statement = self._add(
            Resolution(found[0], confidence), None, quote.start, quote.end, "direct" if alone else "partial", None
        )
        if statement is not None and alone:
            self.salience.pending.append((self.entry, statement))
            if not quote.closed:
                self.salience.running.append((self.entry, statement))

    def _wait(self, start: int, end: int, kind: StatementKind) -> Statement | None:
        """A quote without a speaker yet: the next sentence may name one ("Det sier X")."""
        start, end = _trim(self.text, start, end)
        if end - start < 2:
            return None
        statement = Statement(
            speaker=None,
            speaker_text=None,
            text=self.text[start:end],
            kind=kind,
            start=start,
            end=end,
            confidence=0.0,
        )
        self.salience.pending.append((self.entry, statement))
        return statement

    def _points_back(
        self, tokens: list[Token], mentions: list[Mention], cues: list[Cue], waiting: list[tuple[Entry, Statement]]
    ) -> bool:
        """ "Det sier statsministeren til NTB." names the speaker of the quote before;
        "Das teilte das Gesundheitsamt mit." the speaker of the sentence before."""
        unsaid, self._unsaid = self._unsaid, None
        if not (waiting or unsaid) or len(tokens) < 3 or tokens[0].lower not in self.lex.anaphoric:
            return False
        cue = next((c for c in cues if c.kind == "verb" and c.start in (1, 2)), None)
        if cue is None:
            return False
        subject = self._mention_after(tokens, cue.end, mentions)
        if subject is None and cue.particle:
            subject = self._mention_after(tokens, cue.start + 1, mentions)  # "Das teilte X mit."
            subject = subject if subject is not None and subject.end <= cue.particle else None
        if subject is None:
            return False
        resolution = self.resolve(tokens, subject)
        if resolution.speaker is None:
            return False
        if waiting:
            self._settle(waiting, resolution, self._written(subject), cue.text)
        elif unsaid is not None:
            self._add(resolution, self._written(subject), unsaid[0], unsaid[1], "indirect", cue.text)
            self.salience.reporting = resolution.speaker  # Konjunktiv after it goes on with them
        self._push(resolution, subject)
        for index in range(subject.end, len(tokens)):
            quote = tokens[index].quote
            if tokens[index].kind == "quote" and quote is not None and tokens[index - 1].text == ":":
                # "Das bestätigte X am Telefon: „…“": the quote after the colon is X's too.
                self._add(resolution, self._written(subject), quote.start, quote.end, "direct", cue.text)
        return True

    def _settle(
        self, waiting: list[tuple[Entry, Statement]], resolution: Resolution, written: str | None, cue: str | None
    ) -> None:
        """Give quotes that waited for a speaker the one just found."""
        for entry, statement in waiting:
            statement.speaker = resolution.speaker
            statement.speaker_text = written
            statement.cue = cue
            statement.confidence = round(min(resolution.confidence, 0.85), 2)
            if entry is self.entry:
                if statement not in self.statements:
                    self.statements.append(statement)
            else:
                if statement not in entry.statements:
                    entry.statements.append(statement)
                _finish(entry)

    def _colon_speaker(self, tokens: list[Token], mentions: list[Mention], cues: list[Cue]) -> str | None:
        for cue in cues:
            adverbial = cue.end < len(tokens) and tokens[cue.end].lower in self.lex.prepositions
            if cue.kind == "verb" and (len(tokens) - cue.end <= 4 or adverbial):
                subject = self._subject(tokens, cue, mentions)
                if subject is not None:
                    resolution = self.resolve(tokens, subject)
                    self._push(resolution, subject)
                    return resolution.speaker
        return None


_AUXILIARIES = frozenset(
    [
        "har",
        "has",
        "hat",
        "had",
        "is",
        "er",
        "ist",
        "was",
        "var",
        "war",
        "vil",
        "kan",
        "can",
        "skal",
        "may",
        "må",
        "are",
        "bør",
    ]
)


def _addressee(table: EntityTable, words: str) -> str | None:
    """The person a question names as the one asked: "…, Mr Whitlock?" -> "Graham Whitlock"."""
    vocative = _VOCATIVE.search(words[-80:])
    if vocative is None:
        return None
    entity = table.lookup(vocative.group(1))
    return entity.canonical if entity is not None and entity.person else None


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


def _finish(entry: Entry) -> None:
    """Statements in text order (headline first) and the speakers they name."""
    headline = [s for s in entry.statements if s.kind == "headline"]
    body = sorted((s for s in entry.statements if s.kind != "headline"), key=lambda s: (s.start, -s.end))
    said = [s for s in body if s.speaker and s.kind in ("direct", "indirect")]
    # "X opplyser at de har bekreftet …": a cue inside X's report whose subject names nobody
    # adds no statement of its own; the words are X's
    body = [
        s
        for s in body
        if s.speaker or s.kind != "indirect" or not any(o.start <= s.start and s.end <= o.end for o in said)
    ]
    entry.statements = headline + body
    speakers: list[str] = []
    for statement in entry.statements:
        if statement.speaker and statement.speaker not in speakers:
            speakers.append(statement.speaker)
    entry.speakers = speakers


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
