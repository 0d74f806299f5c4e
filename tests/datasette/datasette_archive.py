"""Hand-written documents for the Datasette tests, written through the real store.

Three documents: an English live blog (newest first, timed entries, quotes of
two speakers, a partial quote inside reported speech, a headline quote, an
unresolved speaker, an entry carrying a script and an onerror image), a
German live blog and a Norwegian article. Statement offsets are found in the
hand-written texts, so the fixture cannot drift from them.
"""

from __future__ import annotations

from pathlib import Path

from liveblog.ingest import Archive
from liveblog.models import Document, Entry, Statement
from liveblog.store import document_id

EN = document_id("fixtures/press-conference.txt")
DE = document_id("fixtures/ticker.txt")
NO = document_id("fixtures/artikkel.txt")
HEADLINE_QUOTE = "A safe passage for the lighthouse keepers is needed"
XSS_TEXT = "Someone posted <script>alert(1)</script> and <img src=x onerror=\"document.title='pwned'\"> here."


def _st(text: str, words: str, speaker: str | None, kind: str, mention: str | None, cue: str | None) -> Statement:
    start = text.index(words)
    return Statement(
        speaker=speaker,
        speaker_text=mention,
        text=words,
        kind=kind,  # type: ignore[arg-type]
        cue=cue,
        start=start,
        end=start + len(words),
        confidence=0.9,
    )


def english_liveblog() -> Document:
    """A newest-first live blog of a press conference, 2022-04-26 in Berlin time."""
    e = []
    t1 = "The press conference is over. Thanks for reading!"
    e.append(Entry(id="en-1424", position=0, time="14:24", time_text="2:24 p.m.", text=t1))
    t2 = "“Our delegations will meet again in Geneva,” Halvorsen said. The talks would go on."
    e.append(
        Entry(
            id="en-1403",
            position=1,
            time="14:03",
            time_text="2:03 p.m.",
            text=t2,
            statements=[
                _st(t2, "Our delegations will meet again in Geneva", "Ingrid Halvorsen", "direct", "Halvorsen", "said")
            ],
        )
    )
    t3 = "According to Okafor, the war must end “as soon as possible” for the sake of civilians."
    h3 = "Okafor: ‘A safe passage for the lighthouse keepers is needed’"
    e.append(
        Entry(
            id="en-1355",
            position=2,
            time="13:55",
            time_text="1:55 p.m.",
            headline=h3,
            text=t3,
            statements=[
                _st(
                    h3,
                    "A safe passage for the lighthouse keepers is needed",
                    "Daniel Okafor",
                    "headline",
                    "Okafor",
                    ":",
                ),
                _st(
                    t3,
                    "the war must end “as soon as possible” for the sake of civilians",
                    "Daniel Okafor",
                    "indirect",
                    "Okafor",
                    "according to",
                ),
                _st(t3, "as soon as possible", "Daniel Okafor", "partial", "Okafor", "according to"),
            ],
        )
    )
    t4 = "“We act according to the facts on the ground,” Halvorsen said, and Okafor replied: “Peace first.”"
    e.append(
        Entry(
            id="en-1340",
            position=3,
            time="13:40",
            time_text="1:40 p.m.",
            text=t4,
            statements=[
                _st(
                    t4, "We act according to the facts on the ground", "Ingrid Halvorsen", "direct", "Halvorsen", "said"
                ),
                _st(t4, "Peace first.", "Daniel Okafor", "direct", "Okafor", "replied"),
            ],
        )
    )
    t5 = "“Nobody wants escalation,” a spokesperson said."
    e.append(
        Entry(
            id="en-1330",
            position=4,
            time="13:30",
            time_text="1:30 p.m.",
            text=t5,
            statements=[_st(t5, "Nobody wants escalation", None, "direct", "a spokesperson", "said")],
        )
    )
    e.append(Entry(id="en-1320", position=5, time="13:20", time_text="1:20 p.m.", text=XSS_TEXT))
    for entry in e:
        entry.timestamp = f"2022-04-26T{entry.time}:00+02:00"
        entry.speakers = list(dict.fromkeys(s.speaker for s in entry.statements if s.speaker))
    return Document(
        source="fixtures/press-conference.txt",
        identity="fixtures/press-conference.txt",
        title="Foreign ministers’ press conference – live",
        kind="liveblog",
        language="en",
        date="2022-04-26",
        publisher="Example Daily",
        url="https://example.org/live/press-conference",
        entries=e,
    )


def german_liveblog() -> Document:
    """A German live blog of the next day that quotes Halvorsen again."""
    t1 = "„Die Gespräche gehen weiter“, sagte die Ministerin in Oslo."
    t2 = "Baumann sagte, Deutschland werde weiter helfen."
    entries = [
        Entry(
            id="de-0915",
            position=0,
            time="09:15",
            time_text="9.15 Uhr",
            timestamp="2022-04-27T09:15:00+02:00",
            text=t1,
            statements=[_st(t1, "Die Gespräche gehen weiter", "Ingrid Halvorsen", "direct", "die Ministerin", "sagte")],
        ),
        Entry(
            id="de-0900",
            position=1,
            time="09:00",
            time_text="9.00 Uhr",
            timestamp="2022-04-27T09:00:00+02:00",
            text=t2,
            statements=[_st(t2, "Deutschland werde weiter helfen", "Petra Baumann", "indirect", "Baumann", "sagte")],
        ),
    ]
    return Document(
        source="fixtures/ticker.txt",
        identity="fixtures/ticker.txt",
        title="Ukraine-Krieg im Liveticker",
        kind="liveblog",
        language="de",
        date="2022-04-27",
        publisher="Beispiel-Zeitung",
        entries=entries,
    )


def norwegian_article() -> Document:
    """An untimed Norwegian article quoting the same words of Halvorsen as the English blog."""
    t1 = "Halvorsen gjentok: «Our delegations will meet again in Geneva», ifølge NTB."
    entries = [
        Entry(
            id="no-0",
            position=0,
            text=t1,
            statements=[
                _st(
                    t1,
                    "Our delegations will meet again in Geneva",
                    "Ingrid Halvorsen",
                    "direct",
                    "Halvorsen",
                    "gjentok",
                )
            ],
        )
    ]
    return Document(
        source="fixtures/artikkel.txt",
        identity="fixtures/artikkel.txt",
        title="Halvorsen om forhandlingene",
        kind="article",
        language="no",
        date="2022-04-28",
        publisher="Eksempelavisen",
        entries=entries,
    )


def build_archive(path: Path, seeds: Path | None = None) -> Path:
    """Write the three documents (and the seeds, through the whole pipeline) to a new archive at ``path``."""
    with Archive(path) as archive:
        for document in (english_liveblog(), german_liveblog(), norwegian_article()):
            archive.add(document)
        if seeds is not None:
            summary = archive.ingest([seeds])
            assert summary.failed == 0, summary.line()
    return path
