"""liveblog.lang: the per-language tables and guessing a text's language."""

from __future__ import annotations

import pytest

from liveblog import lang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storm live\n\n2:05 p.m. ET\n\nThe wind is rising.\n\n1:40 p.m. ET\n\nFerries are cancelled.", "en"),
        ("Sturm im Liveticker\n\n14:05 Uhr: Der Wind nimmt zu und die Fähren fallen aus.", "de"),
        ("Storm direkte\n\nKl. 14.05: Vinden øker, og det er ikke mulig å krysse fjorden.", "no"),
        ("NRK melder at fergene står.\n\n– Det er et farlig vær, sier han.", "no"),
    ],
)
def test_the_language_comes_from_the_common_words(text: str, expected: str) -> None:
    assert lang.detect_language(text) == expected


def test_abbreviations_in_capitals_do_not_count_as_words() -> None:
    # "ET" (Eastern Time) spelled small would be the Norwegian article "et".
    assert lang.detect_language("ET ET ET ET. The storm is here.") == "en"


def test_a_text_without_any_common_word_is_taken_as_english() -> None:
    assert lang.detect_language("Xylofon 14:05") == "en"
    assert lang.get("xx").code == "en"
