"""Export: the archive written back out.

* ``ndjson``: one document per line, in the parse contract (the object
  ``liveblog parse --format json`` prints), current entries only;
* ``json``: a list of those documents;
* ``csv``: one table or view as CSV (``entries`` unless ``table`` says).

With ``table``, ``json`` and ``ndjson`` write that table's rows as objects.
Output is streamed: memory does not grow with the archive.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from liveblog.errors import LiveblogError
from liveblog.store import Store

FORMATS = ("json", "ndjson", "csv")
DEFAULT_CSV_TABLE = "entries"


def export_archive(store: Store, out: TextIO, *, output_format: str = "ndjson", table: str | None = None) -> int:
    """Write the archive (or one ``table``) to ``out``; returns the number of documents or rows written."""
    if output_format not in FORMATS:
        raise LiveblogError(output_format, f"is not an export format ({', '.join(FORMATS)})")
    if output_format == "csv" or table is not None:
        return _export_table(store, out, output_format, table or DEFAULT_CSV_TABLE)
    documents = (store.read_document(doc_id).to_contract() for doc_id in store.document_ids())
    return _write_objects(documents, out, output_format)


def exportable_tables(store: Store) -> list[str]:
    """Tables and views a user may export (not full-text index internals or migration records)."""
    names = store.db.table_names() + store.db.view_names()
    return [name for name in names if not name.startswith("_") and "_fts" not in name]


def _export_table(store: Store, out: TextIO, output_format: str, table: str) -> int:
    choices = exportable_tables(store)
    if table not in choices:
        raise LiveblogError(table, f"no such table; choose from {', '.join(choices)}")
    cursor = store.conn.execute(f'SELECT * FROM "{table}"')  # a name checked against the schema above
    columns = [column[0] for column in cursor.description]
    if output_format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        count = 0
        for row in cursor:
            writer.writerow(row)
            count += 1
        return count
    return _write_objects((dict(zip(columns, row)) for row in cursor), out, output_format)


def _write_objects(objects: Iterator[dict[str, Any]], out: TextIO, output_format: str) -> int:
    count = 0
    if output_format == "ndjson":
        for obj in objects:
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            count += 1
        return count
    out.write("[")
    for obj in objects:
        out.write(("\n" if count == 0 else ",\n") + json.dumps(obj, ensure_ascii=False, indent=1))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
