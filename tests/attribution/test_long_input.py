"""Attribution stays linear on huge entries: a multi-megabyte paragraph, a sentence
without a full stop, thousands of unclosed quote marks. Guarded by a generous
timeout (a quadratic rule takes hours on these), never by a timing assertion."""

from __future__ import annotations

import gc

import pytest

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.attribution.text import LONGEST_SENTENCE, Token, sentences
from liveblog.models import Document, Entry

_PROSE = (
    "Mayor Ingrid Castellano opened the flood meeting on Monday. “The dykes will hold,” Castellano said. "
    "According to engineer Paul Ferreira, the river is still rising. He said that the pumps were running. "
    "Residents were told to stay away from the banks. "
)


def _one_entry(code: str, text: str) -> Document:
    return attribute(Document(source="test", entries=[Entry(text=text)]), lang.get(code))


@pytest.mark.timeout(120)
def test_a_multi_megabyte_single_paragraph_is_attributed_to_its_end() -> None:
    text = _PROSE * (3_000_000 // len(_PROSE)) + "“We are done,” Ferreira said."
    statements = _one_entry("en", text).entries[0].statements
    assert statements[-1].text == "We are done"
    assert statements[-1].speaker == "Paul Ferreira"
    assert sum(s.speaker == "Ingrid Castellano" for s in statements) >= 3_000_000 // len(_PROSE)


@pytest.mark.timeout(120)
def test_a_megabyte_sentence_without_a_full_stop_still_ends() -> None:
    unit = "“we go on,” said Castellano, and Ferreira told reporters that the pumps run, "
    text = "Mayor Ingrid Castellano spoke. " + unit * (1_500_000 // len(unit))
    statements = _one_entry("en", text).entries[0].statements
    assert statements, "the words of a run-on sentence are still read"
    assert statements[-1].speaker in ("Ingrid Castellano", "Ferreira")


@pytest.mark.timeout(120)
def test_thousands_of_unclosed_quote_marks_pair_in_linear_time() -> None:
    text = "“a " * 200_000 + "b’ " * 200_000 + "«c „d " * 100_000
    _one_entry("en", text)


@pytest.mark.timeout(120)
def test_a_megabyte_dash_line_ends() -> None:
    text = "– Vi går videre, og " * 60_000 + "vi gir oss ikke, sa Lise Haugland."
    statements = _one_entry("no", text).entries[0].statements
    assert statements[0].speaker == "Lise Haugland"


@pytest.mark.timeout(120)
def test_an_entry_of_ten_thousand_paragraphs_is_attributed() -> None:
    text = "\n\n".join([_PROSE] * 10_000)
    statements = _one_entry("en", text).entries[0].statements
    assert {s.speaker for s in statements} == {"Ingrid Castellano", "Paul Ferreira"}


def test_a_run_on_sentence_is_cut_at_a_comma_into_pieces_of_bounded_length() -> None:
    words = []
    for index in range(3 * LONGEST_SENTENCE):
        text = "," if index % 10 == 9 else "word"
        words.append(Token(text, index, index + 1, "punct" if text == "," else "word"))
    pieces = sentences(words, frozenset())
    assert len(pieces) >= 3
    assert all(len(piece) <= LONGEST_SENTENCE for piece in pieces)
    assert all(piece[-1].text == "," for piece in pieces[:-1])
    assert [t for piece in pieces for t in piece] == words


def test_attribution_leaves_the_cycle_collector_as_it_found_it() -> None:
    assert gc.isenabled()
    _one_entry("en", _PROSE)
    assert gc.isenabled()
    gc.disable()
    try:
        _one_entry("en", _PROSE)
        assert not gc.isenabled()
    finally:
        gc.enable()
