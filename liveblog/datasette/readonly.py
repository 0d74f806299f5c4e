"""A Datasette database that can only read, and remembers its slow counts.

Datasette opens a mutable database file with ``mode=ro`` for reads already,
but opens a write connection for anything that asks (writable canned
queries, plugins). :class:`ReadOnlyDatabase` opens every connection with
``mode=ro`` and ``PRAGMA query_only``, so no request can write, while ingest
and watch keep writing from their own processes (the file is not
``immutable``: readers see new rows as soon as they are committed).

On a large archive the table page spends most of its time counting: the
``select count(*)`` under the table and the facet counts. These queries are
deterministic functions of the data, so their results are kept until the
data changes. A full-text search is new each time, so its counts are made
cheaper instead: the row count is read from the full-text index alone, and
the column facets of one search are all counted in one pass over its hits
(:func:`search_facet`) instead of one pass per facet. "Changed" is decided exactly with ``PRAGMA data_version`` on a
dedicated connection: it changes whenever another connection commits.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from datasette.database import Database, Results
from datasette.utils import escape_sqlite

# Datasette's own SQL for a table's row count and for a column facet; only
# these are cached (their shape is fixed by Datasette, their inputs come from
# the URL as bound parameters).
_COUNT_PREFIX = "select count(*) from "
_FACET_PREFIX = "select "
_FACET_MARK = " as value, count(*) as count from ("
# Words that would make a query's answer change without a commit.
_VOLATILE = ("random", "'now'", "changes(", "last_insert_rowid")
_CACHE_SIZE = 512
# Memory-map up to this much of the file (SQLite caps it at its compile-time
# maximum, 2 GiB in common builds). A search reads one row per hit, each from
# a different page: mapped, a page is used where it lies in the OS page cache
# instead of being copied into SQLite's cache first (about a quarter less
# time per hit on a 1M-entry archive). Readers of a WAL database may map it
# while another process writes: new pages stay in the WAL until checkpointed.
MMAP_SIZE = 1 << 31
# Set while a query of a request runs: it goes to Datasette's SQL threads.
_IN_THREAD: ContextVar[bool] = ContextVar("_IN_THREAD", default=False)
_FACET_DESCRIPTION = (("value", None, None, None, None, None, None), ("count", None, None, None, None, None, None))
# Datasette's count of a plain full-text search (no other filter): T, T_fts and the match argument.
_SEARCH_COUNT = re.compile(
    r"select count\(\*\) from (\[?)(\w+)\]? where rowid in \(select rowid from (\[?)(\w+)_fts\]?"
    r" where \3\4_fts\]? match (:\w+|escape_fts\(:\w+\))\)",
    re.IGNORECASE,
)


def _normalise(sql: str) -> str:
    return " ".join(sql.split())


_SCHEMA_LOOKUP = re.compile(
    r"pragma (?:schema_version|(?:table_x?info|index_list|index_x?info|foreign_key_list) ?\([^;()]*\))"
    # one select from sqlite_master alone: no join, no subquery
    r"|select (?:(?!select)[^;])* from sqlite_master(?: as \w+| \w+)?(?: (?:where|order|limit) (?:(?!select)[^;])*)?",
    re.IGNORECASE,
)

_CALL = re.compile(r"\b(?!in\b)\w+ ?\(", re.IGNORECASE)


def is_schema_lookup(sql: str) -> bool:
    """True for a query of the schema only (``sqlite_master``, PRAGMA schema_version, table_info …).

    Such a query reads only the schema, which SQLite holds in memory: it
    takes microseconds, whatever the size of the archive.
    """
    flat = _normalise(sql).rstrip(";")
    # No function calls either (a user's ?sql= may be anything): only "in (…)" lists.
    if _SCHEMA_LOOKUP.fullmatch(flat) is None:
        return False
    return flat[:6].lower() == "pragma" or _CALL.search(flat) is None


def is_cacheable(sql: str) -> bool:
    """True for Datasette's row-count and column-facet queries without volatile functions."""
    flat = _normalise(sql).lower()
    if any(word in flat for word in _VOLATILE):
        return False
    if flat.startswith(_COUNT_PREFIX):
        return True
    return flat.startswith(_FACET_PREFIX) and _FACET_MARK in flat and " group by " in flat


def late_row_lookup(sql: str, tables: set[str]) -> str | None:
    """Datasette's sorted full-text search over a rowid table, rewritten to sort rowids, not rows.

    ``select C from T where … rowid in (select rowid from T_fts where T_fts match …) … order by O limit N``
    sorts every matching row, all its columns included; on a common word
    that is thousands of rows. The same query as ``select C from T where
    rowid in (select rowid from T where … order by O limit N) order by O``
    sorts only (rowid, O) and reads the N rows shown: the same rows, in the
    same order. None when ``sql`` is not of that shape or T is not one of
    ``tables`` (a view has no rowid index to look rows up by).
    """
    flat = " ".join(sql.split())
    lower = flat.lower()
    if not lower.startswith("select ") or " offset " in lower or "_fts match " not in lower:
        return None
    from_at = lower.find(" from ")
    where_at = lower.find(" where ", from_at)
    order_at = lower.rfind(" order by ")
    limit_at = lower.rfind(" limit ")
    if min(from_at, where_at, order_at, limit_at) < 0 or not from_at < where_at < order_at < limit_at:
        return None
    table = flat[from_at + 6 : where_at].strip()
    name = table[1:-1] if table.startswith("[") and table.endswith("]") else table
    limit = flat[limit_at + 7 :].strip()
    order = flat[order_at + 10 : limit_at]
    if name not in tables or not limit.isdigit() or "(" in order or "select" in order.lower():
        return None
    inner = f"select rowid from {table}{flat[where_at:order_at]} order by {order} limit {limit}"
    return f"{flat[:where_at]} where rowid in ({inner}) order by {order}"


_SORTED_SEARCH = re.compile(
    r"select (.+?) from (\[?)(\w+)\]? where rowid in \(select rowid from (\[?)(\w+)_fts\]? where \4\5_fts\]?"
    r" match (:\w+|escape_fts\(:\w+\))\) order by \[?(\w+)\]?( desc)? limit (\d+)",
    re.IGNORECASE,
)


def index_walk(sql: str, indexes: dict[str, dict[str, str]]) -> tuple[str, str, int] | None:
    """A plain full-text search sorted on an indexed column, as a walk along that index.

    Sorting a search's hits costs a row read per hit; walking the sort
    column's index in order and keeping the entries that are hits reads
    about limit × rows / hits index entries and no rows, which is far less
    for a common word (and far more for a rare one). ``indexes`` maps a
    table to {column: index on it}. Returns (the walk, a query giving the
    number of hits and the table's size, the limit); None when ``sql`` is
    not a search filtered and sorted by nothing else. Ties are broken by
    rowid, as Datasette's next pages break them.
    """
    found = _SORTED_SEARCH.fullmatch(_normalise(sql))
    if found is None or found[3] != found[5]:
        return None
    columns, table, match, column, desc, limit = found[1], found[3], found[6], found[7], found[8] or "", found[9]
    index = indexes.get(table, {}).get(column)
    if index is None:
        return None
    fts = f"[{table}_fts]"
    hits = f"select rowid from {fts} where {fts} match {match}"
    order = f"[{column}]{desc}, rowid"
    walk = (
        f"select {columns} from [{table}] where rowid in (select rowid from [{table}] indexed by [{index}]"
        f" where rowid in ({hits}) order by {order} limit {limit}) order by {order}"
    )
    probe = f"select (select count(*) from {fts} where {fts} match {match}), (select max(rowid) from [{table}])"
    return walk, probe, int(limit)


def fts_count(sql: str, tables: set[str]) -> str | None:
    """Datasette's count of a plain full-text search, asked of the full-text index alone.

    ``select count(*) from T where rowid in (select rowid from T_fts where
    T_fts match Q)`` looks up every matching row of T only to count it; on
    a common word that is thousands of row reads. The full-text index of a
    table in ``tables`` holds exactly one row per row of T (the archive's
    triggers keep it so), so ``select count(*) from T_fts where T_fts match
    Q`` is the same number, read from the index's doclists. None when
    ``sql`` has any other filter or T is not one of ``tables``.
    """
    found = _SEARCH_COUNT.fullmatch(_normalise(sql))
    if found is None or found[2] != found[4] or found[2] not in tables:
        return None
    table = f"[{found[2]}_fts]"
    return f"select count(*) from {table} where {table} match {found[5]}"


_FACET = re.compile(
    r"select (\w+|\[[^\]]+\]) as value, count\(\*\) as count from \( (select .+) \)"
    r" where \1 is not null group by \1 order by count desc, value limit (\d+)",
    re.IGNORECASE,
)


def search_facet(sql: str, tables: set[str]) -> tuple[str, str, str, int] | None:
    """Datasette's column facet over a full-text search of a table in ``tables``.

    Returns (column, the search's SQL, the table, the row limit), else None.
    """
    found = _FACET.fullmatch(_normalise(sql))
    if found is None:
        return None
    column, inner, limit = found[1], found[2], int(found[3])
    lower = inner.lower()
    from_at = lower.find(" from ")
    where_at = lower.find(" where ", from_at)
    if from_at < 0 or where_at < 0 or "_fts match " not in lower[where_at:]:
        return None
    table = inner[from_at + 6 : where_at].strip()
    table = table[1:-1] if table.startswith("[") and table.endswith("]") else table
    if table not in tables:
        return None
    return (column[1:-1] if column.startswith("[") else column), inner, table, limit


def _sqlite_order(value: Any) -> tuple[int, Any]:
    """SQLite's order of non-null values: numbers, then text (code point order), then blobs."""
    if isinstance(value, (int, float)):
        return (0, value)
    return (1, value) if isinstance(value, str) else (2, value)


class FacetRow(tuple[Any, Any]):
    """A (value, count) row that also answers ``row["value"]`` and ``row["count"]``, like sqlite3.Row."""

    def __getitem__(self, key: Any) -> Any:
        if key == "value":
            key = 0
        elif key == "count":
            key = 1
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        """The column names."""
        return ["value", "count"]


def column_counts(combos: list[Any], width: int) -> list[dict[Any, int]]:
    """For each of the first ``width`` columns of a multi-column ``group by``, its values' counts (nulls left out).

    Each row of ``combos`` is its columns, then the count.
    """
    counts: list[dict[Any, int]] = [{} for _ in range(width)]
    for row in combos:
        number = row[-1]
        for index in range(width):
            value = row[index]
            if value is not None:
                column = counts[index]
                column[value] = column.get(value, 0) + number
    return counts


def top_values(counts: dict[Any, int], limit: int) -> list[FacetRow]:
    """The ``limit`` values counted most often, as Datasette's facet query orders them.

    The same rows as Datasette's ``select C as value, count(*) as count …
    where C is not null group by C order by count desc, value limit N`` for
    columns that compare with SQLite's BINARY collation.
    """
    if limit <= 0:
        return []
    # Only values counted at least as often as the limit-th one can be shown: order just those.
    floor = sorted(counts.values(), reverse=True)[limit - 1] if len(counts) > limit else 0
    shown = [item for item in counts.items() if item[1] >= floor]
    shown.sort(key=lambda item: (-item[1], _sqlite_order(item[0])))
    return [FacetRow(item) for item in shown[:limit]]


def facet_rows(combos: list[Any], index: int, limit: int) -> list[FacetRow]:
    """One column's facet from a multi-column ``group by`` (each row: its columns, then the count)."""
    return top_values(column_counts([(row[index], row[-1]) for row in combos], 1)[0], limit)


def read_only_uri(path: str | Path) -> str:
    """A SQLite URI that opens ``path`` read-only (but not immutable)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


class ReadOnlyDatabase(Database):  # type: ignore[misc]
    """A file database served read-only, with counts cached until the next commit."""

    def __init__(self, ds: Any, path: str | Path) -> None:
        super().__init__(ds, path=str(path), is_mutable=True)
        self._uri = read_only_uri(path)
        self._lock = threading.Lock()
        self._probe: sqlite3.Connection | None = None
        self._inline: sqlite3.Connection | None = None  # schema look-ups on the event loop's thread
        self._cache: OrderedDict[tuple[str, str], tuple[int, Any]] = OrderedDict()
        self.cache_hits = 0
        self.cache_misses = 0
        # Tables (not views) whose rowid is an INTEGER PRIMARY KEY and that have full-text search.
        self._search_tables: set[str] = set()
        # Of those, the ones without a column collation (their facets can be added up in Python),
        # with their column names.
        self._facet_tables: dict[str, set[str]] = {}
        # Of those, {column: an index that starts with it} (for index_walk).
        self._sort_indexes: dict[str, dict[str, str]] = {}

    def find_search_tables(self) -> None:
        """Note which tables :func:`late_row_lookup` may rewrite searches of (call once the file exists)."""
        conn = sqlite3.connect(self._uri, uri=True)
        try:
            rows = conn.execute(
                "select name from sqlite_master where type = 'table' and name || '_fts' in"
                " (select name from sqlite_master where type = 'table')"
            ).fetchall()
            self._search_tables = {
                name
                for (name,) in rows
                if any(col[1].lower() == "rowid" and col[5] for col in conn.execute(f"pragma table_info([{name}])"))
            }
            for name in self._search_tables:
                (schema,) = conn.execute("select sql from sqlite_master where name = ?", [name]).fetchone()
                if "collate" not in schema.lower():
                    self._facet_tables[name] = {col[1] for col in conn.execute(f"pragma table_info([{name}])")}
                by_column: dict[str, str] = {}
                for index in conn.execute(f"pragma index_list([{name}])").fetchall():
                    first = conn.execute(f"pragma index_info([{index[1]}])").fetchone()
                    if not index[4] and first is not None and first[2] is not None:  # not partial, a real column
                        by_column.setdefault(first[2], index[1])
                self._sort_indexes[name] = by_column
        finally:
            conn.close()

    def connect(self, write: bool = False) -> sqlite3.Connection:
        """A read-only connection, whatever was asked for: writes fail with 'readonly database'."""
        conn = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = 1")
        conn.execute(f"PRAGMA mmap_size = {MMAP_SIZE}")
        self._all_file_connections.append(conn)
        return conn

    async def execute_fn(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``fn`` with a connection: in a SQL thread for queries, at once for schema look-ups.

        Datasette asks the schema (table names, columns, keys, PRAGMA
        schema_version) several times per page, each a few microseconds of
        SQLite; handing each to a thread and back costs far more than that
        (the thread and the event loop take turns at the GIL), and with
        several requests at once it is a large part of a search page's CPU
        time. So schema look-ups run on the event loop's own connection;
        queries (:meth:`execute` of anything else) still run in the threads,
        time-limited, so that a slow query never holds up other requests.
        Datasette 0.65 calls ``execute_fn`` directly only to read the schema
        (columns, keys, full-text tables, the startup check); the plugin
        never does.
        """
        if self.ds.executor is None or _IN_THREAD.get():
            return await super().execute_fn(fn)
        with self._lock:
            if self._inline is None:
                self._inline = self.connect()
                self.ds._prepare_connection(self._inline, self.name)
            conn = self._inline
        return fn(conn)

    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the file."""
        with self._lock:
            if self._probe is None:
                self._probe = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            row = self._probe.execute("PRAGMA data_version").fetchone()
            return int(row[0])

    async def execute(
        self,
        sql: str,
        params: Any = None,
        truncate: bool = False,
        custom_time_limit: int | None = None,
        page_size: int | None = None,
        log_sql_errors: bool = True,
    ) -> Any:
        """Run ``sql`` like Datasette does, answering counts and facets from the cache when unchanged.

        A query runs in Datasette's SQL threads, except for a look-up of
        the schema (see :meth:`execute_fn`).
        """
        if is_schema_lookup(sql):
            return await super().execute(sql, params, truncate, custom_time_limit, page_size, log_sql_errors)
        token = _IN_THREAD.set(True)
        try:
            return await self._execute(sql, params, truncate, custom_time_limit, page_size, log_sql_errors)
        finally:
            _IN_THREAD.reset(token)

    async def _execute(
        self,
        sql: str,
        params: Any,
        truncate: bool,
        custom_time_limit: int | None,
        page_size: int | None,
        log_sql_errors: bool,
    ) -> Any:
        if not is_cacheable(sql):
            walk = index_walk(sql, self._sort_indexes) if self._sort_indexes else None
            if walk is not None and await self._worth_walking(walk[1], walk[2], params):
                try:
                    return await super().execute(walk[0], params, truncate, custom_time_limit, page_size, False)
                except sqlite3.OperationalError:
                    pass  # the index was dropped since the server started: sort instead
            if self._search_tables:
                sql = late_row_lookup(sql, self._search_tables) or sql
            return await super().execute(sql, params, truncate, custom_time_limit, page_size, log_sql_errors)
        key = (_normalise(sql), repr(sorted(params.items()) if isinstance(params, dict) else params))
        # Read the version BEFORE running the query: if a commit lands in
        # between, the next request sees a newer version and recounts.
        version = self.data_version()
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None and cached[0] == version:
                self._cache.move_to_end(key)
                self.cache_hits += 1
                return cached[1]
        facet = search_facet(sql, set(self._facet_tables)) if self._facet_tables else None
        if facet is not None:
            results = await self._search_facet(*facet, params, version, custom_time_limit)
        else:
            counted = fts_count(sql, self._search_tables) if self._search_tables else None
            sql = counted or sql
            results = await super().execute(sql, params, truncate, custom_time_limit, page_size, log_sql_errors)
        with self._lock:
            self.cache_misses += 1
            self._cache[key] = (version, results)
            self._cache.move_to_end(key)
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return results

    async def _worth_walking(self, probe: str, limit: int, params: Any) -> bool:
        """Whether walking the sort index beats sorting the hits, from their number and the table's size.

        Walking reads about limit * rows / hits index entries, sorting reads
        every hit's row (some four times dearer): walk when hits² * 4 > limit * rows.
        """
        hits, rows = (await super().execute(probe, params)).rows[0]
        return bool(hits and rows and hits * hits * 4 > limit * rows)

    async def _search_facet(
        self, column: str, inner: str, table: str, limit: int, params: Any, version: int, time_limit: int | None
    ) -> Any:
        """A facet of a search, from one ``group by`` over every facet column of the table the search hits.

        Datasette asks for a search page's facets one after the other, each
        a pass over all the hits; the first asks for all of them at once
        (the table's facets in metadata, plus this one) and the others are
        added up from its groups. A time-out is kept too, so that the
        search's other facets time out at once instead of each waiting.
        """
        key = ("pass " + inner, repr(sorted(params.items()) if isinstance(params, dict) else params))
        with self._lock:
            cached = self._cache.get(key)
        known: tuple[str, ...] = ()
        outcome: Any
        if cached is not None and cached[0] == version:
            known, outcome = cached[1]
            if isinstance(outcome, Exception):
                raise outcome
            if column in known:
                return Results(top_values(outcome[known.index(column)], limit), False, _FACET_DESCRIPTION)
        configured = self.ds.metadata("facets", database=self.name, table=table) or []
        names = [name for name in (*known, *configured) if isinstance(name, str) and name in self._facet_tables[table]]
        columns = tuple(dict.fromkeys([*names, column]))
        listed = ", ".join(escape_sqlite(name) for name in columns)
        sql = f"select {listed}, count(*) from ({inner}) group by {listed}"
        try:
            results = await super().execute(sql, params, truncate=False, custom_time_limit=time_limit)
            # Kept as one {value: count} per column, not as the rows: a cache of
            # hundreds of searches' thousands of sqlite3.Row objects would make
            # every full garbage collection of the server walk them all.
            outcome = column_counts(results.rows, len(columns))
        except Exception as err:
            outcome = err
        with self._lock:
            self._cache[key] = (version, (columns, outcome))
            self._cache.move_to_end(key)
        if isinstance(outcome, Exception):
            raise outcome
        return Results(top_values(outcome[columns.index(column)], limit), False, _FACET_DESCRIPTION)

    def close(self) -> None:
        """Close every connection, the probe included."""
        with self._lock:
            if self._probe is not None:
                self._probe.close()
                self._probe = None
        super().close()
