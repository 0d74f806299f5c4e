"""A live blog's standfirst (the subtitle under its title) is read before its posts: the people and
bodies it names are those the posts mean by a noun or a role, but its words are nobody's statements.

Every example is invented."""

from __future__ import annotations

from speaking import speaker_of

from liveblog import lang
from liveblog.attribution import attribute
from liveblog.models import Document, Entry


def _blog(subtitle: str, *texts: str) -> Document:
    document = Document(source="test", subtitle=subtitle, entries=[Entry(text=t) for t in texts])
    return attribute(document, lang.get("en"))


def test_a_body_named_only_in_the_standfirst_is_the_one_a_post_means_by_its_noun() -> None:
    document = _blog(
        "Members of the Harbour Pilots’ Union are voting on whether to strike over the new rota.",
        "The ballot closes at 6pm, the Port Authority said.",
        "The union says 300 of its 340 members have voted so far.",
    )
    assert speaker_of(document, "300 of its 340 members") == "Harbour Pilots’ Union"


def test_a_role_the_standfirst_teaches_is_resolved_in_the_posts() -> None:
    document = _blog(
        "Harbour Master Ines Carrow has closed the port to all traffic.",
        "“We will reopen when the storm has passed,” the harbour master said.",
    )
    assert speaker_of(document, "We will reopen") == "Ines Carrow"


def test_the_standfirsts_own_words_are_nobodys_statements() -> None:
    document = _blog(
        "Harbour Master Ines Carrow said the port would stay shut until Friday.",
        "Ferries are waiting outside the breakwater.",
    )
    assert [s for entry in document.entries for s in entry.statements] == []
