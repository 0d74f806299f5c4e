"""Ingest: sources (files, folders, URLs, feeds) -> parse pipeline -> archive.

``Archive(path).ingest(["seeds/"])`` is what ``liveblog ingest seeds/ --db
path`` runs; ``Archive(path).ingest(config="feeds.yml")`` what ``liveblog
ingest --config feeds.yml`` runs. A source is read, hashed and only parsed
and written when its content (or the parser, or the parse options) changed.
A source that fails is logged in ``ingest_log`` and the others go on.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as date_type
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO

from liveblog.errors import LiveblogError
from liveblog.export import export_archive
from liveblog.models import Document, RawDocument, Speaker
from liveblog.pipeline import check_date_and_zone, parse_raw
from liveblog.registry import load_registry
from liveblog.sources import read_documents
from liveblog.store import Store, WriteResult
from liveblog.yamlfile import read_yaml

DEFAULT_DB = "archive.db"
_SOURCE_KEYS = {"name", "path", "url", "kind", "language", "date", "tz", "registry"}
_FEED_KINDS = ("liveblog", "articles")


def _parser_fingerprint() -> str:
    """The package version plus a digest of the parsing code.

    A changed parser re-parses every document on the next ingest (unchanged
    output still changes no row); an unchanged one lets unchanged sources skip
    parsing altogether.
    """
    try:
        version = metadata.version("liveblog")
    except metadata.PackageNotFoundError:
        version = "0"
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative.split("/")[0] in {"store.py", "ingest.py", "export.py", "cli.py", "__init__.py", "datasette"}:
            continue
        digest.update(relative.encode())
        digest.update(path.read_bytes())
    return f"{version}+{digest.hexdigest()[:12]}"


PARSER_VERSION = _parser_fingerprint()


@dataclass(frozen=True)
class SourceSpec:
    """One source to ingest: a path (file or folder) or a URL, with its options."""

    location: str
    name: str | None = None  # the feeds.yml name: the document's identity
    kind: str | None = None  # for feeds: "liveblog" (items are entries) or "articles"
    language: str | None = None
    date: str | None = None
    tz: str | None = None
    registry: str | None = None

    @property
    def is_url(self) -> bool:
        return self.location.startswith(("http://", "https://"))


@dataclass
class SourceReport:
    """What happened to one source: its documents' results, or its error."""

    source: str
    results: list[WriteResult] = field(default_factory=list)
    error: str | None = None
    coverage_ended: bool = False  # a document read from it says its live coverage is over


@dataclass
class IngestSummary:
    """Counts over one ingest run, and which sources failed and why."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    entries: int = 0
    statements: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    reports: list[SourceReport] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary the command prints."""
        return (
            f"documents: {self.new} new, {self.updated} updated, {self.unchanged} unchanged, {self.failed} failed;"
            f" entries: {self.entries}; statements: {self.statements}"
        )

    def add(self, report: SourceReport) -> None:
        self.reports.append(report)
        if report.error is not None:
            self.failed += 1
            self.failures.append((report.source, report.error))
        for result in report.results:
            setattr(self, result.status, getattr(self, result.status) + 1)
            self.entries += result.entries
            self.statements += result.statements


def load_config(path: str | Path) -> tuple[list[SourceSpec], str | None]:
    """Read a feeds.yml: its sources and its registry path (paths relative to the file)."""
    label = str(path)
    data = read_yaml(path, "config")
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise LiveblogError(label, "a config holds 'sources:', a list of sources with a path or url")
    base = Path(path).resolve().parent
    registry = data.get("registry")
    if registry is not None and not isinstance(registry, str):
        raise LiveblogError(label, "'registry' is a path to a speakers file")
    specs = [_source_spec(item, number, label, base) for number, item in enumerate(data["sources"], 1)]
    return specs, str(base / registry) if registry else None


def _source_spec(item: Any, number: int, label: str, base: Path) -> SourceSpec:
    where = f"source {number}"
    if isinstance(item, str):
        item = {"url": item} if item.startswith(("http://", "https://")) else {"path": item}
    if not isinstance(item, dict):
        raise LiveblogError(label, f"{where}: a source is a mapping with a path or url")
    unknown = sorted(set(item) - _SOURCE_KEYS)
    if unknown:
        raise LiveblogError(label, f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_SOURCE_KEYS))})")
    if bool(item.get("path")) == bool(item.get("url")):
        raise LiveblogError(label, f"{where}: give either a path or a url")
    location = _shown(base / str(item["path"])) if item.get("path") else str(item["url"])
    values = {key: None if item.get(key) is None else str(item[key]) for key in ("name", "kind", "language", "tz")}
    if isinstance(item.get("date"), date_type):
        values["date"] = item["date"].isoformat()
    elif item.get("date") is not None:
        values["date"] = str(item["date"])
    try:
        check_options(values.get("date"), values["tz"], values["kind"])
    except LiveblogError as err:
        raise LiveblogError(label, f"{where}: {err}") from None
    registry = str(base / str(item["registry"])) if item.get("registry") else None
    return SourceSpec(location=location, registry=registry, **values)


def _shown(path: Path) -> str:
    """A config path as users see it: relative to the working folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def check_options(date: str | None, tz: str | None, kind: str | None = None) -> None:
    """LiveblogError unless date is YYYY-MM-DD, tz an IANA zone and kind a feed kind."""
    check_date_and_zone(date, tz)
    if kind is not None and kind not in _FEED_KINDS:
        raise LiveblogError(kind, f"is not a feed kind ({' or '.join(_FEED_KINDS)})")


def expand(spec: SourceSpec) -> list[SourceSpec]:
    """A folder becomes its files (sorted, recursively, hidden ones skipped); anything else stays.

    A named folder names each file ``name/relative/path`` so that every
    document keeps an identity of its own.
    """
    if spec.is_url:
        return [spec]
    folder = Path(spec.location)
    if not folder.is_dir():
        return [spec]
    files = sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
    return [
        replace(
            spec,
            location=str(path),
            name=f"{spec.name}/{path.relative_to(folder).as_posix()}" if spec.name else None,
        )
        for path in files
    ]


def content_sha256(raw: RawDocument) -> str:
    """A digest of what a source said (not when it was fetched)."""
    return hashlib.sha256(raw.model_dump_json(exclude={"fetched_at"}).encode("utf-8")).hexdigest()


def options_sha256(spec: SourceSpec, registry: Sequence[Speaker]) -> str:
    """A digest of the options a parse depends on."""
    options = {
        "language": spec.language,
        "date": spec.date,
        "tz": spec.tz,
        "kind": spec.kind,
        "registry": [speaker.model_dump() for speaker in registry],
    }
    return hashlib.sha256(json.dumps(options, sort_keys=True).encode("utf-8")).hexdigest()


ProgressCallback = Callable[[SourceSpec, SourceReport], None]


class Archive:
    """A liveblog archive: one SQLite file of documents, entries, statements and speakers.

    >>> with Archive("archive.db") as archive:            # doctest: +SKIP
    ...     print(archive.ingest(["seeds/"]).line())
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, create: bool = True, busy_timeout_ms: int = 30_000) -> None:
        self.path = str(path)
        if not create and not Path(path).is_file():
            raise LiveblogError(self.path, "no such archive")
        self.store = Store(self.path, busy_timeout_ms=busy_timeout_ms)

    def close(self) -> None:
        """Close the archive file."""
        self.store.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def plan(
        self,
        sources: Sequence[str | Path | SourceSpec] = (),
        *,
        config: str | Path | None = None,
        date: str | None = None,
        tz: str | None = None,
        language: str | None = None,
        registry: str | Path | None = None,
    ) -> list[SourceSpec]:
        """The sources an ingest would read, folders expanded, options filled in.

        A source's own options (from the config) win over the ones given here,
        which fill in what a source leaves open.
        """
        check_options(date, tz)
        specs: list[SourceSpec] = []
        config_registry = None
        if config is not None:
            config_specs, config_registry = load_config(config)
            specs.extend(config_specs)
        specs.extend(s if isinstance(s, SourceSpec) else SourceSpec(location=str(s)) for s in sources)
        default_registry = str(registry) if registry else config_registry
        filled = [
            replace(
                spec,
                date=spec.date or date,
                tz=spec.tz or tz,
                language=spec.language or language,
                registry=spec.registry or default_registry,
            )
            for spec in specs
        ]
        return [item for spec in filled for item in expand(spec)]

    def ingest(
        self,
        sources: Sequence[str | Path | SourceSpec] = (),
        *,
        config: str | Path | None = None,
        date: str | None = None,
        tz: str | None = None,
        language: str | None = None,
        registry: str | Path | None = None,
        progress: ProgressCallback | None = None,
    ) -> IngestSummary:
        """Read, parse and store every source; failures are logged and counted, not raised.

        ``progress`` is called after each (expanded) source with its report.
        Raises LiveblogError only for problems with the request itself (a bad
        config, date, zone or registry file).
        """
        items = self.plan(sources, config=config, date=date, tz=tz, language=language, registry=registry)
        registries: dict[str, list[Speaker]] = {}
        for item in items:
            if item.registry and item.registry not in registries:
                registries[item.registry] = load_registry(item.registry)
                self.store.add_registry(registries[item.registry])
        summary = IngestSummary()
        for item in items:
            report = self._ingest_one(item, registries.get(item.registry or "", []))
            summary.add(report)
            if progress is not None:
                progress(item, report)
        return summary

    def _ingest_one(self, spec: SourceSpec, registry: Sequence[Speaker]) -> SourceReport:
        report = SourceReport(source=spec.location)
        try:
            raws = read_documents(spec.location, name=spec.name, feed_kind=spec.kind)
        except LiveblogError as err:
            return self._failed(report, spec.location, err.problem)
        except Exception as err:  # a reader bug must not stop the other sources
            return self._failed(report, spec.location, f"could not be read: {type(err).__name__}: {err}")
        options = options_sha256(spec, registry)
        report.coverage_ended = any(raw.coverage_ended for raw in raws)
        for raw in raws:
            try:
                report.results.append(self._ingest_raw(raw, spec, registry, options))
            except LiveblogError as err:
                self._failed(report, raw.source, err.problem)
            except sqlite3.Error as err:
                # The archive itself (locked past the timeout, disk full): no
                # other source would fare better, so stop with what is stored.
                raise LiveblogError(self.path, f"cannot write the archive: {err}") from None
            except Exception as err:  # a parser bug on one document must not stop the others
                self._failed(report, raw.source, f"could not be parsed: {type(err).__name__}: {err}")
        return report

    def _failed(self, report: SourceReport, source: str, problem: str) -> SourceReport:
        """Log a failure; a feed's failing item is named in its source's error."""
        named = problem if source == report.source else f"{source}: {problem}"
        report.error = named if report.error is None else f"{report.error}; {named}"
        try:
            self.store.log_failure(source, problem)
        except sqlite3.Error as err:
            raise LiveblogError(self.path, f"cannot write the archive: {err}") from None
        return report

    def _ingest_raw(self, raw: RawDocument, spec: SourceSpec, registry: Sequence[Speaker], options: str) -> WriteResult:
        digest = content_sha256(raw)
        stored = self.store.stored_document(raw.identity)
        if (
            stored is not None
            and stored.content_sha256 == digest
            and stored.options_sha256 == options
            and stored.parser_version == PARSER_VERSION
        ):
            return self.store.mark_unchanged(raw.identity, raw.source, raw.fetched_at)
        document = parse_raw(raw, date=spec.date, tz=spec.tz, language=spec.language, registry=registry)
        return self.store.write_document(
            document,
            source=raw.source,
            name=spec.name,
            content_sha256=digest,
            options_sha256=options,
            parser_version=PARSER_VERSION,
            fetched_at=raw.fetched_at,
        )

    def add(self, document: Document, *, source: str | None = None, name: str | None = None) -> WriteResult:
        """Store an already parsed Document (its identity decides which archive document it updates)."""
        return self.store.write_document(document, source=source, name=name, parser_version=PARSER_VERSION)

    def documents(self, *, include_removed: bool = False) -> Iterator[Document]:
        """Every stored document back as a Document, in the order first ingested."""
        for doc_id in self.store.document_ids():
            yield self.store.read_document(doc_id, include_removed=include_removed)

    def export(self, out: TextIO, *, output_format: str = "ndjson", table: str | None = None) -> int:
        """Write the archive to ``out`` as json, ndjson or csv (see liveblog.export); returns rows written."""
        return export_archive(self.store, out, output_format=output_format, table=table)
