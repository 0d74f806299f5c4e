"""The shape of a language's speech words (see ``liveblog.lang``).

Attribution (:mod:`liveblog.attribution`) builds its patterns from these
tables; the code is the same for every language. Multi-word entries are
written with spaces ("according to"); a separable verb is written with "…"
between its parts ("fügte … hinzu", "la … til"): the second part must follow
within a few words.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpeechWords:
    """Words that mark quotes and reported speech in one language."""

    # Speech verbs in all their forms: "said", "says", "told", "tweeted" …
    speech_verbs: tuple[str, ...] = ()
    # "according to", "laut", "ifølge": the source stands after the words.
    according_to: tuple[str, ...] = ()
    # Words that open a reported clause: "that", "dass", "at".
    complementizers: tuple[str, ...] = ()
    # Personal pronouns that can be a speaker, by gender.
    pronouns_male: tuple[str, ...] = ()
    pronouns_female: tuple[str, ...] = ()
    pronouns_plural: tuple[str, ...] = ()
    # Determiners that open a role mention: "the", "der/die/das", "den/det".
    determiners: tuple[str, ...] = ()
    # Postpositions of "according to": "X zufolge" (the source stands before).
    according_to_after: tuple[str, ...] = ()
    # "according to" phrases that name the source by a possessive pronoun in the
    # place of "…" ("nach ihren Worten", "in his words"): the pronoun's person.
    according_possessive: tuple[str, ...] = ()
    # Cues that only count after a quote or a comma, inverted: "„…“, so Scholz".
    postposed_cues: tuple[str, ...] = ()
    # Object forms of pronouns that can name a source: "ifølge ham", "laut ihr".
    pronouns_object: tuple[str, ...] = ()
    # Relative pronouns that open an apposition or a speaker's clause:
    # "X, who is …", "X, som mente …".
    relatives: tuple[str, ...] = ()
    # Heads of person roles, as stems found at the end of a word (compounds and
    # inflections included): "minister" finds "utenriksministeren", "chief" finds
    # "UN chief". A role mention is a phrase that ends in one of these.
    role_heads: tuple[str, ...] = ()
    # Inflection endings a role head may carry: "en" (presidenten), "in"
    # (Ministerin), "s" (ministers).
    role_endings: tuple[str, ...] = ()
    # Capitalised words that stand before a name as titles ("President Putin"),
    # so they are never taken for a first name.
    titles: tuple[str, ...] = ()
    # Verbs whose subject is a news outlet reporting, not a speaker.
    source_verbs: tuple[str, ...] = ()
    # Prepositions that make a source verb name a journalist's employer ("who reports for the
    # Clarion", "writes for"): a job, no report.
    employer_prepositions: tuple[str, ...] = ()
    # Source verbs an agency, authority or company also uses to announce ("Statens
    # vegvesen melder at …"): with a complementizer after it and a subject that does
    # not read as an outlet, the subject speaks.
    announce_verbs: tuple[str, ...] = ()
    # Generic words for news agencies and outlets ("agency", "byrå").
    source_words: tuple[str, ...] = ()
    # Endings of the names of newspapers and broadcasters ("Harbour Gazette",
    # "Nordsee-Zeitung", "Dagbladet"): after "according to" such a name is a
    # source, never a speaker.
    outlet_endings: tuple[str, ...] = ()
    # Common nouns that stand for an organisation the text named before, in every
    # form that can open a mention: "the company", "das Unternehmen", "selskapet".
    organisation_nouns: tuple[str, ...] = ()
    # Nouns for the local authority of the place a text is about ("the city", "die Stadt",
    # "kommunen", "the police"): such a body is itself the speaker (or the one named in full
    # before: "Polizeipräsidium X" for "die Polizei"), never another organisation named
    # before it, and never a person whose title mentions it ("Wahlleiter der Stadt").
    authority_nouns: tuple[str, ...] = ()
    # Organisation nouns for a part of an authority that the words before them name ("the
    # fire department", "the sheriff's office"): the body named before whose name ends in
    # the same words speaks ("Brackley Fire Department"), else the words as written; never
    # another department of the same place.
    unit_nouns: tuple[str, ...] = ()
    # Authority nouns for a body a place has one of, its police ("police", "Polizei", "politi"; the
    # bare form, without a definite ending): bare, it is the one force the document names anywhere
    # by a name that ends in or holds the noun ("Wharfton Harbour Police", "Kantonspolizei X",
    # "Polizeipräsidium X", "X politidistrikt"), when the document names exactly one.
    force_nouns: tuple[str, ...] = ()
    # Genitive articles that join an organisation to what it belongs to, after a
    # determiner: "dem Kreisverband des Roten Kreuzes" is one name.
    genitive_connectors: tuple[str, ...] = ()
    # Auxiliaries of the passive: "is asked" is no speech act of the subject.
    passive_auxiliaries: tuple[str, ...] = ()
    # Negations: "did not say", "svarte ikke".
    negations: tuple[str, ...] = ()
    # Words that may stand between a subject and its verb: "also", "også".
    adverbs: tuple[str, ...] = ()
    # Coordinating conjunctions: "…, but repeated that …" keeps the subject.
    conjunctions: tuple[str, ...] = ()
    # Abbreviations that end with a dot but do not end a sentence.
    abbreviations: tuple[str, ...] = ()
    # Words that stand in for a name in a headline "X: …" but are no speaker.
    not_speakers: tuple[str, ...] = ()
    # Whether role heads may end a compound ("Außenministerin", "FN-sjefen").
    compound_roles: bool = False
    # Prepositions: "…, Lavrov said in an interview" ends with an adverbial, so the
    # statement is the clause before the comma; "…, he said it would" opens a new one.
    prepositions: tuple[str, ...] = ()
    # Words that open a sentence pointing back at the quote before it:
    # "– Vi er klare. Det sier X til NTB.", "„…“ Das sagte X am Montag."
    anaphoric_openers: tuple[str, ...] = ()
    # Words joining a role to whom it belongs: "spokesperson for the party",
    # "Sprecher des Kremls", "talsperson for Putin".
    role_connectors: tuple[str, ...] = ()
    # Verbs whose first object is the listener: "told reporters the plan failed".
    recipient_verbs: tuple[str, ...] = ()
    # Prepositions that introduce whom words were said to: "said to reporters", "sier til
    # NTB", "bekrefter overfor NTB", "sagte gegenüber dem Sender". A name there is a listener;
    # one that is no known person is a news outlet, a source and never a speaker.
    listener_prepositions: tuple[str, ...] = ()
    # Articles of the dative that mark the listener right after an inverted speaker:
    # "sagte Feldhoff der Deutschen Presse-Agentur".
    listener_articles: tuple[str, ...] = ()
    # Conjunctions that open a condition or a time: "Det er vanlig når riksmekleren mener …",
    # "if the minister says so": a speech verb in such a clause reports nothing.
    conditionals: tuple[str, ...] = ()
    # Conjunctions that open a clause before the main clause, where the main clause's verb follows
    # the clause's comma ("Während X von einem «…» sprach, sagte Y, …", "Als …", "Nachdem …"):
    # the clause is read as a sentence of its own, so its quote is its subject's and what the main
    # clause's cue reports starts after the cue.
    clause_conjunctions: tuple[str, ...] = ()
    # Conjunctions of "as X said" after a comma: "…, as the minister said", "…, wie X sagte".
    as_words: tuple[str, ...] = ()
    # Verbs of answering: "“…,” he replied" after a question is the person asked,
    # never the one who asked.
    answer_verbs: tuple[str, ...] = ()
    # Phrases that name who asked, before an indirect question: "Asked by X whether …",
    # "Auf die Frage von X, ob …", "På spørsmål fra X om …". The question is the asker's.
    asked_by: tuple[str, ...] = ()
    # Words that open an indirect yes/no question: "whether", "ob", "om".
    question_words: tuple[str, ...] = ()
    # Beginnings of role words that make a role someone's deputy ("deputy governor",
    # "Vizepräsidentin", "stellvertretende Landrätin", "nestleder"): the bare role ("the
    # governor") never means the deputy.
    deputy_words: tuple[str, ...] = ()
    # Articles that mark a noun as no subject (German accusative and dative: "den", "dem",
    # "einen", "einem"): "Den Zeitpunkt nannte der Oberbürgermeister „unglücklich“" fronts the
    # object, and the subject follows the verb.
    object_articles: tuple[str, ...] = ()
    # Endings of lower-case nouns that close an organisation's name after its capitalised
    # words, where the language writes them so: "Havstrand kommune", "Statens vegvesen"; an
    # entry of several words is a phrase matched whole ("brann og redning").
    name_nouns: tuple[str, ...] = ()
    # Labels of a transcript's lines ("Q: …", "Frage: …", "Spørsmål: …" / "A: …", "Antwort: …",
    # "Svar: …"): the question is the interviewer's, the answer the interviewee's.
    question_labels: tuple[str, ...] = ()
    answer_labels: tuple[str, ...] = ()
    # Stems of words that make a person the one asking ("reporter", "Reporterin", "journalisten").
    interviewer_words: tuple[str, ...] = ()
    # Stems of words that introduce an interview ("interview", "Gespräch", "spørsmål"): the one
    # person such a paragraph names besides the interviewer answers the "A:" lines after it.
    interview_words: tuple[str, ...] = ()
    # Prepositions of a topic right after a speech verb: "asked about the invoices",
    # "sprach über die Lage", "spurte om saken" name what was talked about, not what was said;
    # so do those of a manner or a move ("replied with a joke", "svarer med siciliansk").
    topic_prepositions: tuple[str, ...] = ()
    # Finite auxiliaries and modals ("har", "hadde", "er", "var", "kan", "skal"), where a question
    # word is also a topic preposition ("om"): one a few words after it makes it open a question
    # with its own subject and verb ("spurte om brannvesenet hadde nok vann", "asked whether"),
    # not a topic ("spurte om saken på møtet").
    question_auxiliaries: tuple[str, ...] = ()
    # Speech verbs as participles that open a clause after a comma: "Ortiz rejected
    # the plan, saying that it would cost too much" — the speaker is the sentence's subject.
    participles: tuple[str, ...] = ()
    # The ending of any verb's participle that opens a clause after a comma ("…, the Trust
    # said, ending months of talks"): narration after the cue, not more of what was said.
    clause_participle_endings: tuple[str, ...] = ()
    # Speech verbs that take an object as often as a clause ("recalled that …", "“…,” she
    # recalled", but "recalled 4,000 cars", "recalled its ambassador"): before an article, a
    # possessive or a number they say nothing.
    object_verbs: tuple[str, ...] = ()
    # Verb forms of reported speech (German Konjunktiv I): a sentence with one, right
    # after a statement, goes on reporting the same speaker ("Es dürfe keine …").
    reported_mood: tuple[str, ...] = ()
    # Endings of the reported mood of any verb, told by a singular subject pronoun right
    # before or after it ("Die Kritik nehme er ernst", "Er nehme sie ernst"; the indicative
    # is "nimmt"): for verbs ``reported_mood`` does not list.
    reported_mood_endings: tuple[str, ...] = ()
    # Endings of the past tense that a mood ending would take for the reported mood
    # ("stimmte sie zu", "sagte er"): never the reported mood by their ending.
    past_endings: tuple[str, ...] = ()
    # Words around a name that tell a person's gender, for "he"/"she": titles and
    # roles ("Mrs", "spokeswoman", "Frau", "talskvinne"), and role endings
    # ("Außenministerin").
    female_words: tuple[str, ...] = ()
    male_words: tuple[str, ...] = ()
    female_endings: tuple[str, ...] = ()
    # Endings of a role word in the plural ("ministers", "leaders"): several people speak ("the two
    # leaders said"), never one person the document named. A word that ends in the ending twice
    # ("boss", "princess") is singular.
    plural_endings: tuple[str, ...] = ()
    # Phrases of a stated position, cues like a speech verb after "is"/"was":
    # "He was in favour of continuing the dialogue".
    stance_phrases: tuple[str, ...] = ()
    # Endings of nationality words used as nouns ("the Portuguese", "the Canadian"):
    # such a mention names a person only when the document tied that word to one.
    demonym_endings: tuple[str, ...] = ()
    # Endings of common nouns that no name has ("Einschätzung", "Regierung"): in a
    # language that capitalises nouns they keep "Einschätzung von Experten" from
    # looking like "Ursula von der Leyen".
    noun_endings: tuple[str, ...] = ()
    # Lower-case particles inside people's names as texts in this language write them ("Ursula
    # von der Leyen", "Louis van Gaal"). A text in any language names people from anywhere, so
    # every language's lexicon knows the particles of all the tables.
    name_particles: tuple[str, ...] = ()
    # Nouns of time ("Mittag", "Vormittag", "Tages", "Montag"): in a language that capitalises
    # nouns they are never a name, a speaker or an organisation ("der größte Wechsel des Tages").
    time_nouns: tuple[str, ...] = ()
    # Words that name when something was said ("Monday", "night", "yesterday"): an adverbial of
    # them and of prepositions right after a cue is no part of what was said ("said on Monday
    # prices would rise", "said Monday prices would rise", "told reporters late on Friday …").
    time_words: tuple[str, ...] = ()
    # Endings of nouns for documents ("Haushaltsentwurf", "Pressemitteilung", "rapporten"):
    # "laut Haushaltsentwurf", "ifølge budsjettforslaget" name a source that says nothing itself.
    document_nouns: tuple[str, ...] = ()
    # Possessive pronouns before a noun, with the gender of their owner ("m", "f", "p"):
    # "her office said" is the office of the woman named before.
    possessive_pronouns: tuple[tuple[str, str], ...] = ()
    # Nouns that stand for a body usually named by another noun, with that noun: "a force
    # spokesman" speaks for the police ("force" -> "police").
    body_synonyms: tuple[tuple[str, str], ...] = ()
    # Articles that mark a singular noun as feminine: "Die Vorsitzende der Sparkasse, X," is a woman.
    female_articles: tuple[str, ...] = ()
    # Verbs of opinion that report a view only with a complementizer after them:
    # "X believes that …", "X hofft, dass …", "X tror at …".
    opinion_verbs: tuple[str, ...] = ()
    # Indefinite determiners: "an expert said" introduces someone new, never a known person.
    indefinites: tuple[str, ...] = ()
    # Abbreviated titles and the role words they stand for: "Gov. Jane Doe" is "the
    # governor", "Sen. John Roe" "the senator". Each abbreviation is also listed in
    # ``abbreviations`` so that its dot does not end the sentence.
    title_abbreviations: tuple[tuple[str, str], ...] = ()
    # Whether every noun is written with a capital ("der 44-jährige Unternehmer"): then a
    # capitalised word after an adjective is a noun unless the document knows it as a name.
    capitalised_nouns: bool = False
    # Whether a noun shows definiteness by a suffix ("kommunen", "selskapet"): then an
    # organisation noun without any article ("ifølge kommunen") stands for an organisation
    # named before.
    definite_suffix: bool = False
    # Whether a title before a name is written in lower case inside a sentence ("og
    # statsminister Jonas Gahr Støre"): then a capitalised run after a conjunction is all name.
    lowercase_titles: bool = False
    # Whether the verb comes second ("Am Dienstag sagte Scholz, …", "Ved bordet sa Putin at …").
    verb_second: bool = False
    # Endings of the nouns for a spokesperson ("spokeswoman", "Gerichtssprecherin",
    # "pressetalsperson"): an unnamed one speaks for the body named in or before the phrase.
    spokesperson_words: tuple[str, ...] = ()
    # Endings of the nouns for a body's statement ("statement", "Pressemitteilung",
    # "pressemeldingen"): "…, the statement said", "hieß es in der Mitteilung" are the body's words.
    statement_nouns: tuple[str, ...] = ()
    # Verbs for reading out someone's statement ("verlas", "read"): "X verlas eine Erklärung
    # seines Mandanten. Darin heißt es: „…“" quotes the client, not the one reading.
    reading_verbs: tuple[str, ...] = ()
    # Nouns for a lawyer's client ("Mandanten", "client"): the one whose statement is read out.
    client_nouns: tuple[str, ...] = ()
    # Words that join a statement read out to the one whose statement it is, besides role
    # connectors and articles ("a statement from Y", "on behalf of Y"): "X read a statement on
    # behalf of Y" reads Y's statement.
    behalf_words: tuple[str, ...] = ()
    # Impersonal subject pronouns ("es", "man", "det", "it"): "hieß es", "Man rechne mit …".
    impersonal_pronouns: tuple[str, ...] = ()
    # Verbs that report what a text says with an impersonal subject ("hieß es", "heißt es in
    # der Mitteilung", "het det i pressemeldingen", "står det i uttalelsen").
    impersonal_verbs: tuple[str, ...] = ()
    # Verbs that say what a statement noun as their subject holds, and never speak for a person:
    # "A statement from the trust read: “…”", "the notice reads".
    statement_verbs: tuple[str, ...] = ()
    # Nouns for a person's kin who speak together ("the family of X", "X's family", "relatives of
    # X"): their words are the family's ("family of X"), never X's.
    family_nouns: tuple[str, ...] = ()
    # The word joining two people who speak together ("Both Kari Lund and Per Moe said …"): the
    # words are theirs jointly, as the one speaker "Kari Lund and Per Moe", never one of them alone.
    joint_words: tuple[str, ...] = ()
    # Words that may open such a pair ("both", "beide", "både").
    both_words: tuple[str, ...] = ()
    # Nouns for a source nobody names ("a source close to her campaign", "insiders familiar with
    # the talks"): what follows them says whom the source is near, never who spoke.
    unnamed_sources: tuple[str, ...] = ()
    # How an embedded post's caption names its author before the handle ("A post shared by Kari Li
    # (@kari.li)"): the post's words are that author's, as under a "— Name (@handle)" signature.
    post_signatures: tuple[str, ...] = ()
    # Endings of nouns for people that may stand as a title no table knows before a name
    # ("Landwirt", "Pendlerin", "Sprengmeister", "sykepleier"). Where a language lists them, a
    # run of three capitalised words after a cue or opening a sentence is all name ("sagte Hans
    # Peter Wendorf", "Liv Karin Strand sier") unless its first word ends so; without them the
    # first word of such a run is taken for a possible title. An ending that given names share
    # ("er": "Werner", "Petter"; "mann": "Hermann") is never listed alone: the heads of such nouns
    # are ("meister", "lehrer", "trener", "wehrmann"), and may be the whole word ("Lehrer"). A
    # word the document also writes in lower case is no given name either ("Pendler … hver pendler").
    person_noun_endings: tuple[str, ...] = ()
    # Endings of a body's noun in its definite genitive ("Partiets", "Kommunens", "Styrets"): such
    # a word opening a run of capitalised words is whose person follows, never a first name.
    genitive_endings: tuple[str, ...] = ()
    # Cues that say how someone appeared or what they spoke of ("zeigte sich zufrieden", "sprach
    # von einem „…“"): the phrase after them is no statement; only a clause after a comma or a
    # colon, or a complementizer, reports what was said (a quoted phrase in it stays a partial).
    manner_cues: tuple[str, ...] = ()
    # Phrases of wanting to know, a cue only right before a question word ("wollte … wissen,
    # ob", "ville … vite om"): the indirect question after them is their subject's.
    question_cues: tuple[str, ...] = ()
    # Prepositions of origin after an impersonal cue ("„…“, hieß es aus der X-Fraktion", "…, het
    # det fra X"): the body named after them, ending the sentence, said the words.
    origin_prepositions: tuple[str, ...] = ()
    # Indefinite pronouns that are a singular subject ("alles", "niemand"): beside a verb with a
    # mood ending they tell the reported mood ("Mittlerweile gehe alles gut") as "er" does.
    indefinite_pronouns: tuple[str, ...] = ()
    # Auxiliaries and modals ("had", "would", "was"): one between a cue and a complementizer is the
    # verb of a clause that was said ("said both sides had agreed that …"), so the complementizer
    # opens a clause inside what was said, not what was said. Listed where a complementizer may be
    # left out after a cue (English).
    auxiliaries: tuple[str, ...] = ()
    # Words that open a free relative clause before its subject ("what she said at the dinner",
    # "what he told the board"): the cue's words are what the clause stands for, nothing said.
    free_relatives: tuple[str, ...] = ()
