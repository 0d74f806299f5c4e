"""The ``liveblog`` command line: each command is a thin wrapper over the API."""

from __future__ import annotations

import json
import sys
from datetime import date as date_type
from typing import NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

import liveblog
from liveblog.errors import LiveblogError
from liveblog.render import render_text


def _check_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            date_type.fromisoformat(value)
        except ValueError:
            raise click.BadParameter(f"{value!r} is not a date like 2022-04-26") from None
    return value


def _check_tz(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise click.BadParameter(f"{value!r} is not an IANA time zone like Europe/Oslo") from None
    return value


date_option = click.option("--date", callback=_check_date, help="Date of the document, YYYY-MM-DD.")
tz_option = click.option("--tz", callback=_check_tz, help="Time zone, an IANA name such as Europe/Oslo.")
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


def _fail(message: str) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)
