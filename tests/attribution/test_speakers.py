"""The document's entity table: names, surnames, near spellings, roles."""

from __future__ import annotations

from liveblog import lang
from liveblog.attribution import build_table
from liveblog.attribution.cues import lexicon
from liveblog.models import Document, Entry


def _table(code: str, *texts: str):  # type: ignore[no-untyped-def]
    document = Document(source="test", entries=[Entry(text=t) for t in texts])
    return build_table(document, lexicon(lang.get(code)))


def test_a_surname_and_a_near_spelling_join_the_full_name() -> None:
    table = _table(
        "en", "Police Chief Maria Okonkwo spoke to reporters.", "Okonkwo said more.", "Okonkow added little."
    )
    entity = table.lookup("Okonkwo")
    assert entity is not None
    assert entity.canonical == "Maria Okonkwo"
    assert table.lookup("Okonkow") is entity


def test_the_longest_full_form_is_canonical() -> None:
    table = _table("en", "Okafor arrived late.", "Mayor James Adebayo Okafor then spoke about the budget.")
    entity = table.lookup("Okafor")
    assert entity is not None
    assert entity.canonical == "James Adebayo Okafor"


def test_an_apposition_before_the_name_teaches_a_role() -> None:
    table = _table("no", "Norges statsminister Kari Nordvik møtte pressen.")
    matches, _ = table.by_role(("statsministeren",))
    assert [m.canonical for m in matches] == ["Kari Nordvik"]


def test_an_apposition_after_the_name_teaches_a_role() -> None:
    table = _table("de", "Jonas Albers, der Sprecher der Feuerwehr, bestätigte den Einsatz.")
    matches, _ = table.by_role(("sprecher",))
    assert [m.canonical for m in matches] == ["Jonas Albers"]


def test_a_role_with_another_country_contradicts_the_learnt_one() -> None:
    table = _table("no", "Sveriges utenriksminister Lars Berg kom i dag.")
    matches, conflicts = table.by_role(("danmarks", "utenriksminister"))
    assert matches == []
    assert [c.canonical for c in conflicts] == ["Lars Berg"]


def test_post_nominal_letters_are_no_part_of_the_name_looked_up() -> None:
    table = _table("en", "Counsel to the inquiry Tessa Marlowe KC opened the hearing.")
    entity = table.lookup("Tessa Marlowe KC")
    assert entity is not None and entity.canonical == "Tessa Marlowe"
