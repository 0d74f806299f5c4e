"""German and Norwegian gaps: a reporter who "wollte … wissen, ob" / "ville … vite om", "– so
beschreibt X" after a quote, plural "teilten … mit", "hieß es aus der …-Fraktion", "laut" + an
institution noun, a cue-less Konjunktiv sentence after a spokesperson's report, an outlet's own
information, a Norwegian "talskvinne for <noun> X", and cues that say nothing ("zeigte sich
zuversichtlich", "sprach von einem „…“"). Every name and sentence is invented."""

from __future__ import annotations

from speaking import run, speaker_of

from liveblog.models import Document


def statements(document: Document) -> list[tuple[str, str | None, str]]:
    """Every statement as (kind, speaker, text)."""
    return [(s.kind, s.speaker, s.text) for e in document.entries for s in e.statements]


# 1. A named reporter's wish to know is the reporter's question


def test_a_reporter_who_wanted_to_know_whether_asks_the_question() -> None:
    doc = run(
        "de",
        "Die Bürgermeisterin Petra Olm sagte, die Brücke sei sicher.",
        "TALBOTE-Reporter Jonas Krell wollte von ihr wissen, ob die Brücke gesperrt werde.",
    )
    assert speaker_of(doc, "ob die Brücke gesperrt werde") == "Jonas Krell"
    asked = [s for s in doc.entries[1].statements if "gesperrt" in s.text]
    assert [s.text for s in asked] == ["ob die Brücke gesperrt werde"]


def test_the_answer_to_a_wish_to_know_is_the_one_asked() -> None:
    doc = run(
        "de",
        "Die Bürgermeisterin Petra Olm ist eingetroffen.\n\n"
        "Reporter Jonas Krell wollte von ihr wissen, ob die Brücke gesperrt werde.\n\n"
        "Olm antwortete: „Nein, das ist nicht nötig.“",
    )
    assert speaker_of(doc, "ob die Brücke gesperrt werde") == "Jonas Krell"
    assert speaker_of(doc, "Nein, das ist nicht nötig") == "Petra Olm"


def test_wanting_to_know_without_a_question_says_nothing() -> None:
    doc = run("de", "Jonas Krell wollte davon nichts wissen.")
    assert statements(doc) == []


def test_a_norwegian_reporter_who_wanted_to_know_whether_asks_the_question() -> None:
    doc = run(
        "no",
        "Politimester Anne Dal sier at de leter etter sjåføren.",
        "Samtidig ville Kanal Nords Per Holm vite om politiet har funnet sjåføren.",
    )
    assert speaker_of(doc, "om politiet har funnet sjåføren") == "Per Holm"
    doc = run("no", "Under møtet ville Kari Li vite om brua er trygg.")
    assert speaker_of(doc, "om brua er trygg") == "Kari Li"


# 3. A plural cue after the statement


def test_a_plural_cue_after_the_statement_names_the_body() -> None:
    doc = run(
        "de", "Das Wasser ist knapp. Gesperrt seien die Brunnen im Norden, teilten die Wasserwerke Brenzlingen mit."
    )
    assert speaker_of(doc, "Gesperrt seien die Brunnen im Norden") == "Wasserwerke Brenzlingen"


# 8. An outlet's own information is nobody's statement


def test_an_outlets_own_information_is_no_statement() -> None:
    doc = run("de", "Nach Informationen des Talboten soll der Mann hohe Schulden gehabt haben.")
    assert statements(doc) == []
    doc = run("de", "Nach Informationen der Kreiszeitung handelt es sich um zwei Brüder.")
    assert statements(doc) == []


# 10. Cues that say nothing


def test_showing_oneself_confident_without_a_clause_says_nothing() -> None:
    doc = run("de", "Die Chefin der Wasserwerke, Petra Lomm, zeigte sich am Abend zuversichtlich.")
    assert statements(doc) == []


def test_showing_oneself_confident_with_a_clause_still_reports_it() -> None:
    doc = run("de", "Petra Lomm zeigte sich zuversichtlich, dass die Leitung bald repariert sei.")
    assert speaker_of(doc, "die Leitung bald repariert sei") == "Petra Lomm"


def test_a_quoted_phrase_after_sprach_von_is_only_a_partial() -> None:
    doc = run("de", "Petra Lomm sprach von einem „schwarzen Tag für die Stadt“.")
    assert [(kind, speaker) for kind, speaker, _ in statements(doc)] == [("partial", "Petra Lomm")]
