"""Serve the archive with Datasette: read-only, time-limited, with metadata.yml and the plugin.

``liveblog serve`` is a thin wrapper over :func:`serve`; tests and the
benchmark build the same server with :func:`make_datasette`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import yaml

from liveblog.errors import LiveblogError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
DATABASE_NAME = "archive"  # the name metadata.yml describes, whatever the file is called
REQUIRED_TABLES = ("documents", "entries", "statements", "speakers")

# Datasette settings for a large, growing archive. Facet suggestion runs one
# GROUP BY per column on every table page: off. Counts and facets are cached
# until the next commit (liveblog.datasette.readonly), so their limits only
# bound the first request after a write.
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 2000,
    "facet_time_limit_ms": 1500,
    "facet_suggest_time_limit_ms": 50,
    "suggest_facets": False,
    "default_facet_size": 15,
    "max_returned_rows": 1000,
    "num_sql_threads": 4,
    "allow_download": False,
    "default_cache_ttl": 5,
}


def default_metadata_path() -> Path | None:
    """``metadata.yml`` in the working directory, else the one beside the package (a source checkout)."""
    for candidate in (Path.cwd() / "metadata.yml", Path(__file__).resolve().parent.parent / "metadata.yml"):
        if candidate.is_file():
            return candidate
    return None


def load_metadata(path: str | Path | None) -> dict[str, Any]:
    """The Datasette metadata in ``path`` (YAML or JSON); empty when ``path`` is None."""
    if path is None:
        return {}
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise LiveblogError(str(path), f"cannot read metadata: {err.strerror or err}") from None
    except yaml.YAMLError as err:
        raise LiveblogError(str(path), f"metadata is not valid YAML: {str(err).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise LiveblogError(str(path), "metadata must be a mapping")
    return data


def check_archive(db_path: str | Path) -> Path:
    """The archive's path, after checking it is an SQLite file holding a liveblog archive."""
    path = Path(db_path)
    if not path.is_file():
        raise LiveblogError(str(db_path), "no such archive; create it with `liveblog ingest` (or `make ingest`)")
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        raise LiveblogError(str(db_path), f"not an SQLite database ({err})") from None
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        raise LiveblogError(str(db_path), f"not a liveblog archive (no table {', '.join(missing)})")
    return path


def register_plugin() -> None:
    """Register the liveblog plugin with Datasette unless its entry point already did."""
    from datasette.plugins import pm

    import liveblog.datasette as plugin

    if not pm.is_registered(plugin) and pm.get_plugin("liveblog") is None:
        pm.register(plugin, name="liveblog")


def make_datasette(
    db_path: str | Path,
    *,
    metadata: str | Path | dict[str, Any] | None = "default",
    settings: dict[str, Any] | None = None,
    name: str = DATABASE_NAME,
) -> Any:
    """A Datasette serving ``db_path`` read-only as ``name``, with the plugin and our settings.

    ``metadata`` is a path, a dict, None for none, or "default" for
    :func:`default_metadata_path`.
    """
    from datasette.app import Datasette

    from liveblog.datasette.readonly import ReadOnlyDatabase

    path = check_archive(db_path)
    if metadata == "default":
        metadata = default_metadata_path()
    meta = metadata if isinstance(metadata, dict) else load_metadata(metadata)
    register_plugin()
    ds = Datasette([], metadata=meta, settings={**SETTINGS, **(settings or {})})
    database = ReadOnlyDatabase(ds, path)
    database.find_search_tables()
    ds.add_database(database, name=name)
    return ds


def asgi_app(ds: Any, *, name: str = DATABASE_NAME) -> Any:
    """Datasette's ASGI app with whole responses of the archive's pages kept until the next commit."""
    from liveblog.datasette.cache import ResponseCache

    return ResponseCache(ds.app(), ds.get_database(name).data_version, ds.urls.database(name))


def serve(
    db_path: str | Path,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    metadata: str | Path | None = "default",
) -> None:
    """Serve the archive at http://host:port/ until interrupted."""
    import uvicorn

    ds = make_datasette(db_path, metadata=metadata)
    print(f"Serving {db_path} read-only at http://{host}:{port}/{DATABASE_NAME}/-/documents", flush=True)
    uvicorn.run(asgi_app(ds), host=host, port=port, log_level="info", lifespan="on", workers=1)
