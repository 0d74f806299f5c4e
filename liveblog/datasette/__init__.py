"""The liveblog Datasette plugin: live-blog pages over the archive.

Registered through the ``datasette`` entry point in pyproject.toml (and by
``liveblog.serve`` when it is not installed that way). Adds, for every
database that holds a liveblog archive:

* ``/<db>/-/documents`` — the documents, newest first;
* ``/<db>/-/document/<id>`` — a document read like the live blog: time,
  headline, text with the quoted words marked, speaker chips, and an SVG
  chart of who spoke when;
* ``/<db>/-/speaker/<id>`` — a speaker: aliases, statements per day, quotes;
* ``/<db>/-/speaker/<id>/feed.atom`` — an Atom feed of the speaker's quotes;
* ``/-/liveblog/static/…`` — the plugin's stylesheet (no CDN, works offline).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from datasette.utils.asgi import asgi_static
from markupsafe import Markup, escape
from pluggy import HookimplMarker

from liveblog.datasette.rows import table_rows_html
from liveblog.datasette.views import (
    REQUIRED_TABLES,
    document_page,
    document_path,
    documents_page,
    speaker_feed,
    speaker_page,
    speaker_path,
)

# The marker datasette.hookimpl is, typed (pluggy is), so that mypy --strict can check the hooks.
hookimpl = HookimplMarker("datasette")
STATIC = Path(__file__).parent / "static"
TEMPLATES = Path(__file__).parent / "templates"
_DB = r"(?P<database>[^/]+)"


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    """The plugin's pages (checked before Datasette's own routes)."""
    return [
        (rf"^/{_DB}/-/documents$", documents_page),
        (rf"^/{_DB}/-/document/(?P<document_id>[^/]+)$", document_page),
        (rf"^/{_DB}/-/speaker/(?P<speaker_id>[^/]+)/feed\.atom$", speaker_feed),
        (rf"^/{_DB}/-/speaker/(?P<speaker_id>[^/]+)$", speaker_page),
        (r"^/-/liveblog/static/(?P<path>.*)$", asgi_static(str(STATIC))),
    ]


@hookimpl
def extra_template_vars(datasette: Any) -> dict[str, Any]:
    """The stylesheet's URL for the plugin's templates, and the row writer of its ``_table.html``."""
    return {
        "liveblog_css": datasette.urls.path("/-/liveblog/static/liveblog.css"),
        "liveblog_table_rows": table_rows_html,
    }


@hookimpl
def menu_links(datasette: Any) -> Any:
    """A "documents" link for each archive database in Datasette's menu."""

    async def inner() -> list[dict[str, str]]:
        links = []
        for name, db in datasette.databases.items():
            if name == "_internal" or db.is_memory:
                continue
            if set(await db.table_names()) >= REQUIRED_TABLES:
                links.append(
                    {"href": datasette.urls.path(f"/{name}/-/documents"), "label": f"Live-blog documents ({name})"}
                )
        return links

    return inner


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Markup | None:
    """Links from tables and query results to the plugin's pages, and highlighted search snippets.

    * documents.title and speakers.name link to the document and speaker pages;
    * an ``entry_id`` (statements, entry_versions, query results) links to the
      entry on its document page;
    * in query results, ``speaker`` and ``document`` link to their pages when
      the row also has ``speaker_id`` / ``document_id``, and ``snippet``
      shows the words between the markers of ``search_quotes`` highlighted.
    """
    if isinstance(value, dict) and column == "entry_id":
        value = value.get("value")  # a foreign key Datasette expanded: its row link would use the wrong key
    if value is None or isinstance(value, (dict, bytes)):
        return None
    if (table, column) in {("documents", "title"), ("speakers", "name")}:
        row_id = _get(row, "id")
        if row_id is None:
            return None  # the id column was hidden with ?_col=
        href = (document_path if table == "documents" else speaker_path)(datasette, database, row_id)
        return Markup('<a href="{}">{}</a>').format(href, value)
    if column == "entry_id" and table in {None, "statements", "entry_versions", "quotes"}:
        document_id = _get(row, "document_id")
        if document_id is None:
            href = f"{datasette.urls.table(database, 'entries')}?{urlencode({'id': value})}"
        else:
            href = document_path(datasette, database, document_id, anchor=str(value))
        return Markup('<a href="{}">{}</a>').format(href, value)
    if table is not None:
        return None
    if column == "snippet" and isinstance(value, str):
        return highlight_snippet(value)
    if column == "speaker" and (speaker_id := _get(row, "speaker_id")) is not None:
        return Markup('<a href="{}">{}</a>').format(speaker_path(datasette, database, speaker_id), value)
    if column == "document" and (document_id := _get(row, "document_id")) is not None:
        entry_id = _get(row, "entry_id")
        href = document_path(datasette, database, document_id, anchor=str(entry_id) if entry_id else None)
        return Markup('<a href="{}">{}</a>').format(href, value)
    return None


# The markers search_quotes asks SQLite's snippet() to put around matches:
# private-use characters, which live-blog text does not use.
SNIPPET_OPEN = "\ue000"
SNIPPET_CLOSE = "\ue001"


def highlight_snippet(text: str) -> Markup:
    """Escape ``text``, then turn each marked match into ``<mark>`` (stray markers are dropped)."""
    pieces: list[Markup] = []
    rest = text
    while True:
        start = rest.find(SNIPPET_OPEN)
        end = rest.find(SNIPPET_CLOSE, start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            break
        pieces.append(escape(_unmark(rest[:start])))
        pieces.append(Markup("<mark>{}</mark>").format(_unmark(rest[start + 1 : end])))
        rest = rest[end + 1 :]
    pieces.append(escape(_unmark(rest)))
    return Markup("").join(pieces)


def _unmark(text: str) -> str:
    return text.replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "")


def _get(row: Any, key: str) -> Any:
    """A column of the row, unwrapped when Datasette expanded it into {"value", "label"}."""
    try:
        value = row[key]
    except (IndexError, KeyError):
        return None
    return value.get("value") if isinstance(value, dict) else value
