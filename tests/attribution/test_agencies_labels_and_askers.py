"""News agencies are sources, never speakers; a body's name may hold "and"; a headline labelled
with a body's noun or a role is the words of whoever speaks for it; an asker in the genitive;
a title before a name in apposition."""

from __future__ import annotations

from speaking import run, speaker_of, speakers

from liveblog.lang.agencies import NEWS_AGENCIES


def test_an_agency_cited_by_its_full_name_is_a_source_and_no_speaker() -> None:
    doc = run("en", "The port of Carrow was closed overnight, according to Agence France-Presse.")
    assert speaker_of(doc, "The port of Carrow was closed overnight") is None
    assert speakers(doc) == []


def test_a_body_speaking_after_an_agency_is_itself_and_not_the_agency() -> None:
    doc = run(
        "en",
        "About 40 families have left their homes, according to PA Media.\n\n"
        "Dunmore Police said a school hall had been opened for them.",
    )
    assert not any(s.speaker for s in doc.entries[0].statements if "families" in s.text)
    assert speaker_of(doc, "a school hall had been opened") == "Dunmore Police"
    assert speakers(doc) == ["Dunmore Police"]


def test_an_agency_cited_in_norwegian_or_speaking_on_its_own_is_no_speaker() -> None:
    doc = run(
        "no",
        "Ifølge Reuters har rederiet kuttet 300 stillinger i Bergen.",
        "Interfax sier at tankskipet ble stanset i Østersjøen.",
    )
    assert speaker_of(doc, "har rederiet kuttet 300 stillinger") is None
    assert speaker_of(doc, "tankskipet ble stanset") is None
    assert speakers(doc) == []


def test_a_person_whose_name_holds_an_agency_name_is_still_a_speaker() -> None:
    doc = run(
        "en",
        "Former mayor Hal Bloomberg said the levy was fair.",
        "Bloomberg said he would pay it himself.",
    )
    assert speaker_of(doc, "he would pay it himself") == "Hal Bloomberg"


def test_agency_names_are_written_as_the_agencies_write_them() -> None:
    # "AP" is the Associated Press; "Ap" (a Norwegian party) and "PA" alone (the Palestinian
    # Authority) are no agencies and may speak.
    assert "AP" in NEWS_AGENCIES and "Ap" not in NEWS_AGENCIES
    assert "PA Media" in NEWS_AGENCIES and "PA" not in NEWS_AGENCIES
    doc = run("no", "Ap mener at skatten på strøm må ned.")
    assert speaker_of(doc, "skatten på strøm må ned") == "Ap"


def test_a_spokesperson_for_a_body_whose_name_holds_and_speaks_for_the_whole_body() -> None:
    doc = run(
        "en",
        "A spokeswoman for Kellbrook Ambulance and Rescue Service said three crews were at the scene. "
        "“Please keep the road clear,” the spokeswoman said.",
    )
    whole = "spokesperson of Kellbrook Ambulance and Rescue Service"
    assert speaker_of(doc, "three crews were at the scene") == whole
    assert speaker_of(doc, "Please keep the road clear") == whole


def _headline_speaker(doc_headline: str, code: str, text: str) -> str | None:
    from liveblog import lang
    from liveblog.attribution import attribute
    from liveblog.models import Document, Entry

    doc = attribute(Document(source="test", entries=[Entry(text=text, headline=doc_headline)]), lang.get(code))
    said = [s for s in doc.entries[0].statements if s.kind == "headline"]
    assert len(said) == 1, said
    return said[0].speaker


def test_a_headline_labelled_with_a_body_noun_is_its_spokespersons() -> None:
    speaker = _headline_speaker(
        "Ambulance service: ‘Call us only in an emergency’",
        "en",
        "A spokesman for Dunmore Ambulance Service said lines were busy. "
        "“Call us only in an emergency,” the spokesman said.",
    )
    assert speaker == "spokesperson of Dunmore Ambulance Service"


def test_a_norwegian_headline_labelled_with_the_police_is_the_police_officer_who_speaks() -> None:
    speaker = _headline_speaker(
        "Politiet: – Ingen er skadd",
        "no",
        "Politiets operasjonsleder, Kari Nesheim, sier at ingen er skadd.\n\n– Alle kom seg ut i tide, sier Nesheim.",
    )
    assert speaker == "Kari Nesheim"


def test_a_german_question_put_by_our_reporter_in_the_genitive_is_the_reporters() -> None:
    doc = run(
        "de",
        "Auf die Frage unserer Reporterin Lea Brandt, ob die Brücke gesperrt werde, "
        "sagte Landrat Otto Kern: „Das prüfen wir noch.“",
    )
    assert speaker_of(doc, "ob die Brücke gesperrt werde") == "Lea Brandt"
    assert speaker_of(doc, "Das prüfen wir noch") == "Otto Kern"


def test_a_title_before_a_name_in_apposition_keeps_the_name_the_speaker() -> None:
    doc = run(
        "en",
        "The negotiator, Valdorian envoy Tomas Reyk, said both sides had accepted a truce until Monday.",
    )
    assert speaker_of(doc, "both sides had accepted a truce") == "Tomas Reyk"


def test_a_body_named_with_its_noun_speaks_itself_and_is_no_title_of_someone_before() -> None:
    doc = run(
        "en",
        "The local councillor, Rhys Tanner, said the bridge should never have opened.",
        "Harwick Police said a rest centre had been opened at the school.",
    )
    assert speaker_of(doc, "a rest centre had been opened") == "Harwick Police"


def test_a_quoted_headline_under_an_unknown_label_is_the_entrys_only_speakers() -> None:
    # The body inflects the headline's words ("einem schweren Tag"), so they are not the same words.
    speaker = _headline_speaker(
        "Verband: „Ein schwerer Tag für die Stadt“",
        "de",
        "Die Vorsitzende des Händlerverbands Süd, Karin Albers-Tunç, sprach von einem „schweren Tag für die Stadt“.",
    )
    assert speaker == "Karin Albers-Tunç"
