"""The ``liveblog`` command line: each command is a thin wrapper over the API."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import NoReturn

import click

import liveblog
from liveblog.errors import LiveblogError
from liveblog.ingest import SourceReport, SourceSpec, check_options
from liveblog.render import render_text


def _check_date_or_zone(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--date and --tz are checked by the same rule the API uses (ingest.check_options)."""
    try:
        if param.name == "date":
            check_options(value, None)
        else:
            check_options(None, value)
    except LiveblogError as err:
        raise click.BadParameter(f"{value!r} {err.problem}") from None
    return value


date_option = click.option("--date", callback=_check_date_or_zone, help="Date of the document, YYYY-MM-DD.")
tz_option = click.option("--tz", callback=_check_date_or_zone, help="Time zone, an IANA name such as Europe/Oslo.")
registry_option = click.option(
    "--registry", type=click.Path(dir_okay=False), help="Optional speakers registry (YAML or JSON)."
)


@click.group()
@click.version_option(liveblog.__version__, prog_name="liveblog")
def main() -> None:
    """Live blogs and news articles -> timed entries and who said what."""


@main.command()
@click.argument("path")
@click.option("--format", "output_format", type=click.Choice(["json", "text"]), default="json", show_default=True)
@date_option
@tz_option
@registry_option
@click.option("--language", help="Language code (en, de, no); detected when absent.")
def parse(
    path: str,
    output_format: str,
    date: str | None,
    tz: str | None,
    registry: str | None,
    language: str | None,
) -> None:
    """Parse a live blog or article at PATH and print it."""
    try:
        document = liveblog.parse_file(path, date=date, tz=tz, language=language, registry=registry or ())
    except LiveblogError as err:
        _fail(str(err))
    if output_format == "json":
        click.echo(json.dumps(document.to_contract(), ensure_ascii=False, indent=1))
    else:
        click.echo(render_text(document), nl=False)


db_option = click.option(
    "--db",
    default="archive.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The archive, one SQLite file.",
)


@main.command()
@click.argument("sources", nargs=-1)
@db_option
@click.option("--config", type=click.Path(dir_okay=False), help="A feeds.yml listing the sources to ingest.")
@date_option
@tz_option
@registry_option
@click.option("--language", help="Language code (en, de, no); detected when absent.")
@click.option("--name", help="The document's identity, as a feeds.yml name (one SOURCE only).")
@click.option("--kind", type=click.Choice(["liveblog", "articles"]), help="For feeds: items are entries, or articles.")
@click.option("--verbose", "-v", is_flag=True, help="Say what happened to each document.")
def ingest(
    sources: tuple[str, ...],
    db: str,
    config: str | None,
    date: str | None,
    tz: str | None,
    registry: str | None,
    language: str | None,
    name: str | None,
    kind: str | None,
    verbose: bool,
) -> None:
    """Ingest files, folders, URLs and feeds (SOURCES, or those in --config) into the archive.

    Unchanged sources are skipped, updated ones keep the history of edited
    entries. Exits 1 naming the sources that failed; the others are stored.
    """
    if not sources and not config:
        raise click.UsageError("give SOURCES to ingest, or --config feeds.yml")
    if name is not None and len(sources) != 1:
        raise click.UsageError("--name names one SOURCE")
    specs = [SourceSpec(location=source, name=name, kind=kind) for source in sources]
    try:
        with liveblog.Archive(db) as archive:
            items = archive.plan(specs, config=config, date=date, tz=tz, language=language, registry=registry)
            if not items:
                _fail(f"{', '.join(sources) or config}: no files to ingest")
            show_bar = sys.stderr.isatty() and not verbose
            with click.progressbar(
                length=len(items), label="ingesting", file=sys.stderr, show_pos=True, hidden=not show_bar
            ) as bar:

                def progress(_item: SourceSpec, report: SourceReport) -> None:
                    bar.update(1)
                    if verbose:
                        _echo_report(report)

                summary = archive.ingest(items, progress=progress)
    except LiveblogError as err:
        _fail(str(err))
    click.echo(summary.line())
    if summary.failures:
        names = "; ".join(f"{source} ({problem})" for source, problem in summary.failures)
        _fail(f"{summary.failed} of {len(items)} sources failed: {names}")


def _echo_report(report: SourceReport) -> None:
    if report.error is not None:
        click.echo(f"failed     {report.source}: {report.error}", err=True)
    for result in report.results:
        changes = f" (+{result.entries_new} new, {result.entries_edited} edited, {result.entries_removed} removed)"
        click.echo(
            f"{result.status:<10} {report.source}: {result.entries} entries, {result.statements} statements"
            + (changes if result.status != "unchanged" else "")
        )


@main.command()
@db_option
@click.option(
    "--format", "output_format", type=click.Choice(["json", "ndjson", "csv"]), default="ndjson", show_default=True
)
@click.option("--table", help="Export one table or view (csv: default entries) instead of whole documents.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file instead of standard output.")
def export(db: str, output_format: str, table: str | None, output: str | None) -> None:
    """Write the archive out: ndjson/json documents in the parse contract, or one table as csv/json/ndjson."""
    try:
        with liveblog.Archive(db, create=False) as archive:
            if output is None:
                archive.export(sys.stdout, output_format=output_format, table=table)
                return
            partial = Path(output + ".partial")
            try:
                with partial.open("w", encoding="utf-8", newline="") as out:
                    archive.export(out, output_format=output_format, table=table)
                partial.replace(output)
            finally:
                partial.unlink(missing_ok=True)
    except LiveblogError as err:
        _fail(str(err))
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except OSError as err:
        _fail(f"{output}: {err.strerror or err}")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option(
    "--metadata",
    type=click.Path(dir_okay=False, exists=True),
    help="Datasette metadata file (default: metadata.yml here or in the source checkout).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    help="Server processes, each a whole Datasette (default: one per core, at most 8).",
)
def serve(db: str, host: str, port: int, metadata: str | None, workers: int | None) -> None:
    """Browse the archive with Datasette (read-only; ingest may keep writing)."""
    from liveblog.serve import serve as serve_archive

    try:
        serve_archive(db, host=host, port=port, metadata=metadata or "default", workers=workers)
    except LiveblogError as err:
        _fail(str(err))


@main.command()
@click.argument("url")
@db_option
@click.option("--interval", default=60.0, show_default=True, type=click.FloatRange(0), help="Seconds between polls.")
@click.option("--max-polls", type=click.IntRange(1), help="Stop after this many polls.")
@click.option(
    "--until",
    "until",
    type=click.DateTime(["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M%z", "%Y-%m-%dT%H:%M:%S"]),
    help="Stop at this time (ISO 8601; UTC when no offset is given).",
)
@click.option("--kind", type=click.Choice(["liveblog", "articles"]), help="For feeds: what the items are.")
@click.option("--name", help="The name the document is archived under (its identity; default: the URL).")
@date_option
@tz_option
@registry_option
@click.option("--language", help="Language code (en, de, no); detected when absent.")
def watch(
    url: str,
    db: str,
    interval: float,
    max_polls: int | None,
    until: datetime | None,
    kind: str | None,
    name: str | None,
    date: str | None,
    tz: str | None,
    registry: str | None,
    language: str | None,
) -> None:
    """Poll the live blog at URL and ingest its updates until its coverage ends (or a limit is reached)."""
    from liveblog.watch import Poll
    from liveblog.watch import watch as watch_url

    def show(poll: Poll) -> None:
        click.echo(poll.line(), err=poll.error is not None)

    try:
        result = watch_url(
            url,
            db=db,
            interval=interval,
            max_polls=max_polls,
            until=until,
            kind=kind,
            name=name,
            date=date,
            tz=tz,
            language=language,
            registry=registry,
            on_poll=show,
        )
    except LiveblogError as err:
        _fail(str(err))
    except KeyboardInterrupt:
        click.echo("stopped: interrupted")
        return
    click.echo(f"stopped: {result.stopped}")
    if result.stopped == "failures":
        _fail(f"{url}: {len(result.polls)} polls, the last ones failed")


def _fail(message: str) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)
