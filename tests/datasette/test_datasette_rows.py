"""The plugin's _table.html writes the same cells as Datasette's own, in Python."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import datasette
from datasette.app import Datasette
from datasette.utils.testing import TestClient as Client
from markupsafe import Markup

from liveblog.datasette.rows import table_rows_html

DATASETTE_TABLE = Path(datasette.__file__).parent / "templates" / "_table.html"


def _datasette_rows(rows: list[list[dict[str, Any]]]) -> str:
    """The rows as Datasette 0.65's own ``_table.html`` loop writes them (whitespace between tags dropped)."""
    source = DATASETTE_TABLE.read_text(encoding="utf-8")
    loop = source[source.index("{% for row in display_rows %}") : source.index("</tbody>")]
    html = Datasette([]).jinja_env.from_string(loop).render(display_rows=rows)  # type: ignore[no-untyped-call]
    return _squeeze(html)


def _squeeze(html: str) -> str:
    return re.sub(r">\s+<", "><", html).strip()


def _cell(column: str, value: Any) -> dict[str, Any]:
    return {"column": column, "value": value, "raw": value, "value_type": type(value).__name__}


def test_rows_are_written_cell_for_cell_as_datasette_writes_them() -> None:
    rows = [
        [
            _cell("rowid", Markup('<a href="/archive/entries/1">1</a>')),
            _cell("text", "<script>alert(1)</script> & “quotes”"),
            _cell("position", 3),
            _cell("confidence", 0.95),
            _cell("headline", Markup("&nbsp;")),
            _cell("has space", "x"),
            _cell("_private", "y"),
            _cell("url", None),
        ],
        [_cell("rowid", 2), _cell("text", "<img src=x onerror=alert(1)>")],
    ]
    ours = _squeeze(table_rows_html(rows))
    assert ours == _datasette_rows(rows)
    assert "<script>" not in ours and "&lt;script&gt;" in ours
    assert '<td class="col-has-space-' in ours  # Datasette's CSS class for an awkward name, hash and all


def test_no_rows_write_nothing() -> None:
    assert table_rows_html([]) == ""


def test_the_entries_table_page_uses_the_plugins_rows(client: Client) -> None:
    page = client.get("/archive/entries?_search=Lavrov&_size=5").text
    body = page[page.index("<tbody>") : page.index("</tbody>")]
    assert body.count("<tr>") == 5
    # Written by table_rows_html (Jinja's loop indents every cell on a line of its own).
    assert body.count("<tr><td ") == 5
    assert '<td class="col-text type-str">' in body
