"""The optional speakers registry loads from YAML and says clearly what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from liveblog import LiveblogError, load_registry

ROOT = Path(__file__).resolve().parent.parent


def test_the_example_registry_loads_with_aliases_and_dated_roles() -> None:
    speakers = load_registry(ROOT / "examples" / "speakers.yml")
    jane = speakers[0]
    assert jane.name == "Jane Example"
    assert "J. Example" in jane.aliases
    assert jane.roles[0].title == "foreign minister"
    assert (jane.roles[0].start, jane.roles[0].end) == ("2020-01-01", "2023-06-30")


def test_a_plain_list_of_names_is_a_registry(tmp_path: Path) -> None:
    path = tmp_path / "people.yml"
    path.write_text("- Kari Nordvik\n- name: Ola Berg\n  aliases: [Berg]\n", encoding="utf-8")
    assert [s.name for s in load_registry(path)] == ["Kari Nordvik", "Ola Berg"]


def test_a_missing_registry_file_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(LiveblogError, match="no such registry file"):
        load_registry(tmp_path / "nope.yml")


def test_a_speaker_without_a_name_is_reported_by_number(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("speakers:\n  - name: Ola Berg\n  - aliases: [X]\n", encoding="utf-8")
    with pytest.raises(LiveblogError, match=r"speaker 2: name"):
        load_registry(path)


def test_broken_yaml_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.yml"
    path.write_text("speakers: [unclosed\n", encoding="utf-8")
    with pytest.raises(LiveblogError, match="unreadable registry") as caught:
        load_registry(path)
    assert "\n" not in str(caught.value)
