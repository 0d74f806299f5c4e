"""attribute(): who said what, in English, German and Norwegian (hand-written cases)."""

from __future__ import annotations

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry, Role, Speaker, Statement


def _run(code: str, *texts: str, headline: str | None = None) -> Document:
    entries = [Entry(text=t) for t in texts]
    if headline is not None:
        entries[0].headline = headline
    return attribute(Document(source="test", entries=entries), lang.get(code))


def _said(document: Document) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.kind, s.text) for e in document.entries for s in e.statements]


def _speaker_of(document: Document, words: str) -> str | None:
    holding = [s for e in document.entries for s in e.statements if words in s.text]
    assert holding, f"no statement holds {words!r}"
    tightest = min(holding, key=lambda s: len(s.text))
    return tightest.speaker


def _one(document: Document, words: str) -> Statement:
    """The tightest statement holding ``words``."""
    return min((s for e in document.entries for s in e.statements if words in s.text), key=lambda s: len(s.text))


def test_a_quote_with_the_cue_after_it_goes_to_the_named_speaker() -> None:
    doc = _run("en", "Police Chief Maria Okonkwo addressed the press. “The road stays closed,” Okonkwo said.")
    statement = _one(doc, "The road stays closed")
    assert statement.speaker == "Maria Okonkwo"
    assert statement.speaker_text == "Okonkwo"
    assert statement.kind == "direct"
    assert doc.entries[0].text[statement.start : statement.end] == statement.text


def test_inverted_order_and_a_learnt_role() -> None:
    doc = _run("en", "Police Chief Maria Okonkwo addressed the press.", "“We found nothing,” said the police chief.")
    assert _speaker_of(doc, "We found nothing") == "Maria Okonkwo"


def test_a_pronoun_goes_to_the_person_just_talked_about() -> None:
    doc = _run("en", "Mayor Tom Bradley visited the flooded street. “It is a disaster,” he said.")
    assert _speaker_of(doc, "It is a disaster") == "Tom Bradley"
    assert _one(doc, "It is a disaster").confidence < 0.9


def test_reported_speech_with_that_and_with_a_trailing_cue() -> None:
    doc = _run(
        "en",
        "Mayor Tom Bradley said that the bridge would reopen in May. "
        "The repairs will cost two million pounds, Bradley added.",
    )
    assert _speaker_of(doc, "the bridge would reopen in May") == "Tom Bradley"
    assert _speaker_of(doc, "The repairs will cost two million pounds") == "Tom Bradley"


def test_according_to_and_a_partial_quote_inside_reported_speech() -> None:
    doc = _run("en", "According to Mayor Tom Bradley, the council had been “misled” for years.")
    assert _speaker_of(doc, "the council had been") == "Tom Bradley"
    partial = _one(doc, "misled")
    assert (partial.kind, partial.speaker) == ("partial", "Tom Bradley")


def test_a_news_agency_reporting_is_no_speaker() -> None:
    doc = _run("en", "The Daily Courier reports that the mayor will resign.")
    assert all(s.speaker != "The Daily Courier" for e in doc.entries for s in e.statements)


def test_a_spokesperson_speaks_for_herself() -> None:
    doc = _run(
        "en",
        "Mayor Tom Bradley visited the site. “The mayor regrets the delay,” Bradley's spokeswoman said.",
    )
    assert _speaker_of(doc, "The mayor regrets the delay") == "Bradley's spokeswoman"


def test_a_headline_with_a_name_and_a_colon() -> None:
    doc = _run(
        "en",
        "Mayor Tom Bradley spoke at noon.",
        headline="Bradley: ‘We will rebuild’",
    )
    (statement,) = [s for s in doc.entries[0].statements if s.kind == "headline"]
    assert statement.speaker == "Tom Bradley"
    assert doc.entries[0].headline is not None
    assert doc.entries[0].headline[statement.start : statement.end] == "We will rebuild"


def test_german_quote_with_so_and_reported_speech_with_comma() -> None:
    doc = _run(
        "de",
        "Außenministerin Karin von der Aue reiste nach Wien. „Wir bleiben dran“, so von der Aue. "
        "Die Gespräche seien schwierig gewesen, sagte die Außenministerin.",
    )
    assert _speaker_of(doc, "Wir bleiben dran") == "Karin von der Aue"
    assert _speaker_of(doc, "Die Gespräche seien schwierig gewesen") == "Karin von der Aue"


def test_german_guillemets_and_er() -> None:
    doc = _run("de", "Bürgermeister Felix Hartmann besuchte die Baustelle. »Das dauert zu lange«, sagte er.")
    assert _speaker_of(doc, "Das dauert zu lange") == "Felix Hartmann"


def test_norwegian_dash_lines_and_a_continued_dash_line() -> None:
    doc = _run(
        "no",
        "Statsminister Kari Nordvik møtte pressen i Bergen.",
        "– Vi skal bygge ut kraftnettet, sa Nordvik.",
        "– Det haster.",
    )
    assert _speaker_of(doc, "Vi skal bygge ut kraftnettet") == "Kari Nordvik"
    assert _speaker_of(doc, "Det haster") == "Kari Nordvik"


def test_norwegian_agency_after_ifolge_is_a_source() -> None:
    doc = _run(
        "no",
        "Helseminister Ole Sand svarte på kritikken.",
        "– Vi tar dette på alvor, skal Sand ifølge NTB ha sagt til komiteen.",
    )
    assert _speaker_of(doc, "Vi tar dette på alvor") == "Ole Sand"


def test_norwegian_spokesperson_apposition_and_pronoun() -> None:
    doc = _run(
        "no",
        "Per Lunde, som er talsperson for Kari Nordvik, svarte ikke på spørsmålet, "
        "men gjentok at regjeringen står fast, og la til:",
        "– Vi har ingenting mer å si, sa han.",
    )
    assert _speaker_of(doc, "regjeringen står fast") == "Per Lunde"
    assert _speaker_of(doc, "Vi har ingenting mer å si") == "Per Lunde"


def test_a_dash_subheading_is_never_a_statement() -> None:
    doc = _run(
        "no",
        "– Vi skal bygge ut kraftnettet, sa statsminister Kari Nordvik.",
        "– Et historisk løft",
        "Planen legges fram i juni.",
    )
    assert all("Et historisk løft" not in s.text for e in doc.entries for s in e.statements)


def test_a_quote_without_cue_continues_the_speaker_of_the_entry() -> None:
    doc = _run("en", "“The water is rising,” said Mayor Tom Bradley. “We need more sandbags.”")
    assert _speaker_of(doc, "We need more sandbags") == "Tom Bradley"


def test_speakers_are_listed_in_order_once() -> None:
    doc = _run(
        "en",
        "“We will help,” said Governor Ana Ruiz. “So will we,” said Mayor Tom Bradley. “Good,” Ruiz said.",
    )
    assert doc.entries[0].speakers == ["Ana Ruiz", "Tom Bradley"]


def test_a_registry_names_the_person() -> None:
    registry = [Speaker(name="Thomas J. Bradley", aliases=["Tom Bradley"], roles=[Role(title="mayor")])]
    entries = [Entry(text="“We will rebuild,” said Tom Bradley.")]
    doc = attribute(Document(source="test", entries=entries), lang.get("en"), registry)
    assert _speaker_of(doc, "We will rebuild") == "Thomas J. Bradley"


def test_a_large_text_attributes_without_trouble() -> None:
    paragraph = "“We will rebuild the bridge,” said Mayor Tom Bradley. The students' union disagreed.\n\n"
    doc = _run("en", paragraph * 3000)
    assert len(doc.entries[0].statements) == 3000


def test_someone_unnamed_is_no_known_speaker_and_breaks_the_chain() -> None:
    doc = _run(
        "en",
        "Mayor Tom Bradley visited the site. “It is worse than we feared,” an engineer said. “We need a week.”",
    )
    assert _speaker_of(doc, "It is worse than we feared") is None
    assert all(s.speaker != "Tom Bradley" for s in doc.entries[0].statements if "We need a week" in s.text)


def test_a_role_with_a_name_after_it_names_that_person() -> None:
    doc = _run(
        "de",
        "Kremlsprecher Igor Lasarew wies die Vorwürfe zurück.",
        "„Wir brauchen mehr Zeit“, sagte der ukrainische Verteidigungsminister Oleh Marenko in Brüssel.",
    )
    assert _speaker_of(doc, "Wir brauchen mehr Zeit") == "Oleh Marenko"


def test_a_sentence_pointing_back_names_the_speaker_of_the_quote_before() -> None:
    doc = _run(
        "no",
        "Statsminister Kari Nordvik var i Bergen i dag.",
        "– Vi er klare for vinteren.",
        "Det sier Nordvik til NTB.",
    )
    assert _speaker_of(doc, "Vi er klare for vinteren") == "Kari Nordvik"
    assert doc.entries[1].speakers == ["Kari Nordvik"]
    german = _run("de", "„Wir bleiben dran.“ Das sagte Bundeskanzler Olaf Weber am Montag in Berlin.")
    assert _speaker_of(german, "Wir bleiben dran") == "Olaf Weber"


def test_an_organisation_phrase_speaks_as_a_whole() -> None:
    doc = _run("en", "The UN’s human rights office said civilians had been killed in the strike.")
    assert _speaker_of(doc, "civilians had been killed") == "UN’s human rights office"


def test_a_spokesperson_named_in_an_apposition_is_found_by_the_role() -> None:
    doc = _run(
        "en",
        "Putin's spokesman, Dmitry Peskov, said the talks were useful.",
        "“It was a good meeting,” Putin's spokesman said.",
    )
    assert _speaker_of(doc, "the talks were useful") == "Dmitry Peskov"
    assert _speaker_of(doc, "It was a good meeting") == "Dmitry Peskov"


def test_initials_stay_in_the_name_and_a_colon_line_introduces_the_next_quote() -> None:
    doc = _run("en", "Vice President J.D. Vance spoke in Ohio. Here is what he said:\n\n“We will win this fight.”")
    assert _speaker_of(doc, "We will win this fight") == "J.D. Vance"


def test_a_spokesperson_for_an_organisation_is_that_spokesperson() -> None:
    doc = _run("en", "A spokesperson for the Harbour Authority said the port was “fully operational”.")
    assert _speaker_of(doc, "the port was") == "spokesperson of Harbour Authority"
    assert _speaker_of(doc, "fully operational") == "spokesperson of Harbour Authority"


def test_the_listener_of_told_is_no_part_of_the_statement() -> None:
    doc = _run("en", "Polling expert Jane Curtis told the BBC the result was historic.")
    statement = _one(doc, "the result was historic")
    assert (statement.speaker, statement.text) == ("Jane Curtis", "the result was historic")


def test_german_reported_speech_goes_on_in_the_subjunctive() -> None:
    doc = _run(
        "de",
        "Kanzler Olaf Weber sagte, die Lage sei ernst.",
        "Man müsse jetzt handeln.",
        "Das Treffen endete am Abend.",
    )
    assert _speaker_of(doc, "Man müsse jetzt handeln") == "Olaf Weber"
    assert all("Das Treffen endete" not in s.text for e in doc.entries for s in e.statements)


def test_what_stands_inside_a_separable_verb_is_the_statement() -> None:
    doc = _run("de", "Ministerin Eva Roth besuchte Kiew. Sie rief alle Seiten zur Zurückhaltung auf.")
    statement = _one(doc, "alle Seiten zur Zurückhaltung")
    assert (statement.speaker, statement.text, statement.cue) == (
        "Eva Roth",
        "alle Seiten zur Zurückhaltung",
        "rief … auf",
    )


def test_a_sentence_opening_name_before_a_speech_verb_is_a_speaker() -> None:
    doc = _run("no", "Nordnett opplyser at 500 kunder er uten strøm.")
    assert _speaker_of(doc, "500 kunder er uten strøm") == "Nordnett"
    doc = _run("no", "Trafikken opplyser at veien er stengt. Senere kom trafikken i gang.")
    assert all(s.speaker != "Trafikken" for e in doc.entries for s in e.statements)


def test_verb_second_order_after_a_fronted_phrase() -> None:
    doc = _run("no", "Statsminister Kari Nordvik var i Oslo. I møtet beskrev Nordvik situasjonen som «alvorlig».")
    assert _speaker_of(doc, "alvorlig") == "Kari Nordvik"
    doc = _run("no", "Lokale myndigheter sier Russland har angrepet byen.")
    assert all(s.speaker != "Russland" for e in doc.entries for s in e.statements)


def test_a_word_that_opens_a_clause_or_a_phrase_opens_a_phrase_when_the_verb_follows_its_noun() -> None:
    # "während" opens a phrase here: the subject stands after the verb, the noun before it is none.
    doc = _run("de", "Während der Sitzung sagte Hafenchef Jan Berloff, man sei zu Gesprächen bereit.")
    assert _speaker_of(doc, "man sei zu Gesprächen bereit") == "Jan Berloff"
    # Here it opens a clause, which ends in its verb: the subject stands before the verb.
    doc = _run(
        "de",
        "Ministerin Ilka Bruhns besuchte den Hafen. Während die Ministerin sagte, die Lage sei ernst, "
        "schwieg der Hafenchef.",
    )
    assert _speaker_of(doc, "die Lage sei ernst") == "Ilka Bruhns"


def test_he_and_she_go_to_the_person_of_that_gender() -> None:
    doc = _run(
        "en",
        "Foreign Secretary Mr David Lammy met Mrs Annalena Baerbock in London. "
        "“We agree on Ukraine,” she said. “And on trade,” he added.",
    )
    assert _speaker_of(doc, "We agree on Ukraine") == "Annalena Baerbock"
    assert _speaker_of(doc, "And on trade") == "David Lammy"
    german = _run("de", "Kanzler Olaf Weber traf Außenministerin Karin Roth. „Wir sind einig“, sagte sie.")
    assert _speaker_of(german, "Wir sind einig") == "Karin Roth"


def test_a_registry_person_named_only_by_surname_and_role() -> None:
    registry = [
        Speaker(
            name="Maria Lindqvist",
            aliases=["Lindqvist"],
            roles=[Role(title="fiskeriminister", start="2021-10-14", end="2030-01-01")],
        )
    ]
    entries = [
        Entry(text="– Kvotene må ned, sier Lindqvist."),
        Entry(text="– Vi tar dette på alvor, sa fiskeriministeren."),
    ]
    document = Document(source="test", date="2024-05-02", entries=entries)
    doc = attribute(document, lang.get("no"), registry)
    assert _speaker_of(doc, "Kvotene må ned") == "Maria Lindqvist"
    assert _speaker_of(doc, "Vi tar dette på alvor") == "Maria Lindqvist"


def test_a_nationality_noun_names_only_someone_tied_to_it() -> None:
    doc = _run("en", "Portuguese diplomat Ana Sousa arrived. According to the Portuguese, the talks went well.")
    assert _speaker_of(doc, "the talks went well") == "Ana Sousa"
    doc = _run("en", "Mayor Tom Bradley arrived. According to the Canadian, the talks failed.")
    assert _speaker_of(doc, "the talks failed") is None


def test_stance_and_a_party_in_brackets() -> None:
    doc = _run(
        "en",
        "Secretary General Ana Sousa is also asked about Afghanistan. She was in favour of continuing the dialogue.",
    )
    assert _speaker_of(doc, "continuing the dialogue") == "Ana Sousa"
    doc = _run("no", "Statsminister Jonas Gahr Støre (Ap) sier at skattene skal ned.")
    assert _speaker_of(doc, "skattene skal ned") == "Jonas Gahr Støre"


def test_a_quote_told_by_someone_inside_reported_speech_is_theirs() -> None:
    doc = _run("en", "Prosecutor Jane Moss said the defendant, Tom Reed, told police “I did it” after his arrest.")
    assert _speaker_of(doc, "I did it") == "Tom Reed"


def test_the_innermost_reporter_owns_a_partial_quote() -> None:
    doc = _run("en", "Prosecutor Jane Moss said Tom Reed had told a friend he would “make them pay”.")
    assert _speaker_of(doc, "make them pay") == "Tom Reed"
    assert _speaker_of(doc, "Tom Reed had told a friend") == "Jane Moss"


def test_a_relative_of_someone_and_post_nominal_letters() -> None:
    doc = _run(
        "en",
        "In a statement read to the court, Reed's mother said she was “heartbroken”.",
        "His barrister, Jane Moss KC, told the court Reed “deeply regrets” the attack.",
    )
    assert _speaker_of(doc, "heartbroken") == "Reed's mother"
    assert _speaker_of(doc, "deeply regrets") == "Jane Moss"


def test_an_opinion_verb_reports_a_view_only_before_that() -> None:
    doc = _run("de", "Kanzler Olaf Weber hofft, dass die Gespräche bald beginnen.")
    statement = _one(doc, "die Gespräche bald beginnen")
    assert (statement.speaker, statement.text) == ("Olaf Weber", "die Gespräche bald beginnen")
    doc = _run("en", "Mayor Tom Bradley hopes for better weather.")
    assert doc.entries[0].statements == []


def test_a_headline_with_a_quote_and_a_cue() -> None:
    doc = _run("en", "Mayor Tom Bradley spoke at noon.", headline="‘We will rebuild’, says Bradley")
    (statement,) = [s for s in doc.entries[0].statements if s.kind == "headline"]
    assert (statement.speaker, statement.text) == ("Tom Bradley", "We will rebuild")


def test_someone_unnamed_reporting_and_an_outlet_reporting() -> None:
    doc = _run(
        "de",
        "Ministerpräsident Markus Sommer besuchte Passau.",
        "„Wir haben so etwas noch nie erlebt“, berichtet eine Anwohnerin dem Bayerischen Rundfunk.",
        "„Das Wasser steigt weiter“, meldet die Zeitung.",
    )
    assert _speaker_of(doc, "Wir haben so etwas noch nie erlebt") is None
    assert all(s.speaker in (None,) for e in doc.entries[1:] for s in e.statements)


def test_a_cue_inserted_between_commas() -> None:
    doc = _run("en", "Mayor Tom Bradley spoke. The talks, he said, had been useful.")
    assert _speaker_of(doc, "had been useful") == "Tom Bradley"
    assert _speaker_of(doc, "The talks") == "Tom Bradley"


def test_an_outlet_after_according_to_beside_a_speaker_is_a_source() -> None:
    doc = _run("en", "Foreign Minister Ivan Petrov said, according to Interfax, that the talks had failed.")
    assert _speaker_of(doc, "the talks had failed") == "Ivan Petrov"
    assert all(s.speaker != "Interfax" for s in doc.entries[0].statements)


def test_a_question_names_whom_it_asks_and_the_answer_is_theirs() -> None:
    doc = _run(
        "en",
        "Trade minister Oliver Brandt faced the committee. Committee chair Ruth Neame opened the session.",
        "“Did you see the report, Mr Brandt?” Neame asked. “Not before it was published,” he replied.",
    )
    assert _speaker_of(doc, "Did you see the report") == "Ruth Neame"
    assert _speaker_of(doc, "Not before it was published") == "Oliver Brandt"


def test_a_question_without_a_cue_is_not_the_words_of_the_person_it_asks() -> None:
    doc = _run("en", "Oliver Brandt said he had not seen the report. “Did you see it, Mr Brandt?”")
    assert all(s.speaker != "Oliver Brandt" for s in doc.entries[0].statements if "Did you see it" in s.text)


def test_where_a_person_works_is_no_part_of_their_name_and_does_not_speak() -> None:
    german = _run("de", "Ökonom Felix Arendt von der Hafenbank sagte, die Preise würden sinken.")
    assert _speaker_of(german, "die Preise würden sinken") == "Felix Arendt"
    norwegian = _run("no", "Rådgiver Sunniva Holm i Vestkraft sier at prisene vil falle.")
    assert _speaker_of(norwegian, "prisene vil falle") == "Sunniva Holm"


def test_a_newspaper_after_according_to_is_a_source_not_a_speaker() -> None:
    doc = _run("en", "According to the Westbury Herald, the plant will close in May.")
    assert all(s.speaker is None for s in doc.entries[0].statements)


def test_the_company_is_the_organisation_named_before() -> None:
    doc = _run(
        "no",
        "Pressesjef Eva Lunde i Kystbuss sier at rutene går som normalt.",
        "Selskapet opplyser nå at to avganger er innstilt.",
    )
    assert _speaker_of(doc, "to avganger er innstilt") == "Kystbuss"


def test_a_statement_ending_with_according_to_a_person_is_theirs() -> None:
    doc = _run(
        "en",
        "Returning officer Dana Cole opened the count.",
        "The Green Party has asked for a recount in one ward, according to the returning officer.",
    )
    assert _speaker_of(doc, "asked for a recount") == "Dana Cole"


def test_a_comma_inside_what_was_said_does_not_cut_it() -> None:
    doc = _run("en", "The Coastal Water Board said 40 homes had no water, including a care home in Selby.")
    assert _one(doc, "40 homes").text == "40 homes had no water, including a care home in Selby"
    german = _run("de", "Lena Arnold sagte am Dienstag, die Leitung sei dicht.")
    assert _one(german, "Leitung").text == "die Leitung sei dicht"


def test_the_union_is_the_union_named_before_not_the_last_organisation() -> None:
    doc = _run(
        "en",
        "Members of the Northern Nurses’ Union met the Hillcrest Hospital Trust on Monday.",
        "The nurses' union says 900 of its members have voted.",
    )
    assert _speaker_of(doc, "900 of its members") == "Northern Nurses’ Union"


def test_denying_a_charge_or_asking_about_a_topic_reports_nothing() -> None:
    doc = _run("en", "Farmer Keith Allardyce denies two counts of theft. His lawyer asked about the gate codes.")
    assert doc.entries[0].statements == []
    denied = _run("en", "Keith Allardyce denied that he had taken the sheep.")
    assert _speaker_of(denied, "he had taken the sheep") == "Keith Allardyce"
    norwegian = _run("no", "Nordvarme avviser at prisene skal opp. Ordfører Hege Strand spurte om saken.")
    assert [(s.speaker, s.text) for s in norwegian.entries[0].statements] == [("Nordvarme", "prisene skal opp")]


def test_the_answer_to_a_question_does_not_make_the_asker_he() -> None:
    doc = _run(
        "en",
        "Defendant Owen Tarrant took the stand. Counsel Miriam Cole KC began the cross-examination.",
        "“Were you at the depot?” Cole asked. “I was at home,” he replied.",
        "Cole turned to the logbook. She suggested that Tarrant had altered it.",
    )
    assert _speaker_of(doc, "I was at home") == "Owen Tarrant"
    assert _speaker_of(doc, "Tarrant had altered it") == "Miriam Cole"


def test_a_role_with_an_owner_finds_the_person_the_document_gave_that_role() -> None:
    doc = _run(
        "no",
        "Brannvesenet i Tromsø rykket ut. Innsatsleder Per Arild Sæther sier at brannen er under kontroll.",
        "Politiets operasjonsleder Jorunn Eik sier at veien er åpen.",
        "Brannvesenets innsatsleder forteller at to bygg er tapt.",
    )
    assert _speaker_of(doc, "to bygg er tapt") == "Per Arild Sæther"
    english = _run(
        "en",
        "The chief executive of Harlow Mills, Dana Price, apologised on Monday.",
        "Local MP Tom Reyes said the town deserved answers.",
        "The chief executive said the mill would reopen in May.",
    )
    assert _speaker_of(english, "the mill would reopen") == "Dana Price"


def test_a_quote_running_over_a_paragraph_is_the_speaker_named_where_it_goes_on() -> None:
    entries = (
        "Engineer Tomas Brekke said the bridge had been inspected in May.",
        "In Ashford, the mood was tense.",
        "“People here cross that bridge every day. They deserve to know it is safe.",
        "“I will raise it with the council on Monday,” said Yvonne Ladd, the local councillor.",
    )
    as_paragraphs = _run("en", "\n\n".join(entries))
    as_entries = _run("en", *entries)
    for doc in (as_paragraphs, as_entries):
        assert _speaker_of(doc, "People here cross that bridge") == "Yvonne Ladd"
        assert _speaker_of(doc, "I will raise it with the council") == "Yvonne Ladd"


def test_a_participle_clause_reports_for_the_subject_of_the_sentence() -> None:
    doc = _run("en", "Councillor Ama Boateng opposed the budget on Tuesday, arguing that it cut too deep.")
    assert _one(doc, "cut too deep").text == "it cut too deep"
    assert _speaker_of(doc, "cut too deep") == "Ama Boateng"
    rejected = _run("en", "Ama Boateng rejected the budget on Tuesday.")
    assert rejected.entries[0].statements == []


def test_two_cues_for_one_clause_give_one_statement() -> None:
    doc = _run("en", "Governor Ada Quist responded by claiming that the dam was never at risk.")
    assert [s.text for s in doc.entries[0].statements] == ["the dam was never at risk"]


def test_a_title_before_a_full_name_teaches_that_role_to_the_document() -> None:
    doc = _run(
        "de",
        "Kreisbrandmeister Jens Vollrath sagte, das Feuer sei gelöscht.",
        "„Wir bleiben vor Ort“, sagte der Kreisbrandmeister.",
    )
    assert _speaker_of(doc, "Wir bleiben vor Ort") == "Jens Vollrath"
    doc = _run(
        "de",
        "Bürgermeisterin Petra Lindemann hat die Bürger gewarnt.",
        "„Bleiben Sie zu Hause“, sagte die Bürgermeisterin.",
        "Die Schulen bleiben zu, so die Bürgermeisterin.",
    )
    assert _speaker_of(doc, "Bleiben Sie zu Hause") == "Petra Lindemann"
    assert _speaker_of(doc, "Die Schulen bleiben zu") == "Petra Lindemann"
    doc = _run(
        "no",
        "Brannsjef Kari Lund sier at brannen er under kontroll.",
        "– Vi har nok folk, sier brannsjefen.",
    )
    assert _speaker_of(doc, "Vi har nok folk") == "Kari Lund"


def test_an_unknown_role_with_a_determiner_is_no_canonical_name() -> None:
    doc = _run("de", "„Wir bleiben vor Ort“, sagte der Oberbürgermeister.")
    statement = _one(doc, "Wir bleiben vor Ort")
    assert statement.speaker is None
    assert statement.speaker_text is not None and "Oberbürgermeister" in statement.speaker_text


def test_an_authority_or_company_announcing_speaks_but_an_outlet_reporting_does_not() -> None:
    doc = _run(
        "no",
        "Politiet opplyser at veien er stengt.",
        "Fjellnett melder at 800 kunder er uten strøm.",
        "SKV opplyser at flomfaren øker.",
        "Bergensposten melder at det brenner i sentrum.",
    )
    assert _speaker_of(doc, "veien er stengt") == "Politiet"
    assert _speaker_of(doc, "800 kunder er uten strøm") == "Fjellnett"
    assert _speaker_of(doc, "flomfaren øker") == "SKV"
    assert not any("det brenner i sentrum" in s.text for e in doc.entries for s in e.statements)


def test_an_acronym_before_a_speech_verb_is_an_organisation_not_the_last_speaker() -> None:
    doc = _run("no", "Politiet opplyser at veien er stengt.", "SKV opplyser at flomfaren øker.")
    assert _speaker_of(doc, "flomfaren øker") == "SKV"
    doc = _run("en", "Police said the road was closed.", "The NTSB said that the pilot had reported no fault.")
    assert _speaker_of(doc, "the pilot had reported no fault") == "NTSB"
    doc = _run("de", "Die Polizei sagte, die Straße sei gesperrt.", "Das THW teilte mit, dass die Pumpen laufen.")
    assert _speaker_of(doc, "die Pumpen laufen") == "THW"


def test_an_organisation_with_a_genitive_or_of_tail_is_one_name() -> None:
    doc = _run("de", "Laut dem Kreisverband des Roten Kreuzes sind zwölf Helfer im Einsatz.")
    assert _speaker_of(doc, "zwölf Helfer im Einsatz") == "Kreisverband des Roten Kreuzes"
    doc = _run("en", "According to the Friends of Elm Valley, the path will close.")
    assert _speaker_of(doc, "the path will close") == "Friends of Elm Valley"


def test_a_short_noun_for_an_organisation_named_before_is_that_organisation() -> None:
    doc = _run(
        "de",
        "Das Städtische Klinikum Bergstadt hat drei Verletzte aufgenommen.",
        "Die Klinik teilte mit, dass alle Patienten stabil seien.",
    )
    assert _speaker_of(doc, "alle Patienten stabil seien") == "Städtische Klinikum Bergstadt"
    doc = _run(
        "en",
        "According to the Eastbrook Infirmary Trust, three people were hurt.",
        "The Infirmary said that all were stable.",
    )
    assert _speaker_of(doc, "all were stable") == "Eastbrook Infirmary Trust"


def test_a_lowercase_title_no_table_knows_before_a_full_name_is_learnt() -> None:
    doc = _run(
        "en", "Harbour master Ian Doyle said the port was closed.", "“No ship leaves today,” the harbour master said."
    )
    assert _speaker_of(doc, "No ship leaves today") == "Ian Doyle"
    doc = _run(
        "de", "Oberförster Lutz Brenner sagte, der Wald sei gesperrt.", "Das gelte bis Montag, so der Oberförster."
    )
    assert _speaker_of(doc, "Das gelte bis Montag") == "Lutz Brenner"


def test_a_genitive_name_with_a_lowercase_noun_announcing_is_an_organisation() -> None:
    doc = _run("no", "Fylkets vegkontor melder at fylkesvei 17 er stengt.")
    assert _speaker_of(doc, "fylkesvei 17 er stengt") == "Fylkets vegkontor"
    doc = _run("en", "Northshires highways team said that the road was shut.")
    assert _speaker_of(doc, "the road was shut") == "Northshires highways team"
