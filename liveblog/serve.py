"""Serve the archive with Datasette: read-only, time-limited, with metadata.yml and the plugin.

``liveblog serve`` is a thin wrapper over :func:`serve`; tests and the
benchmark build the same server with :func:`make_datasette`.

Datasette renders pages in Python, one request at a time per process (the
GIL), so one process uses one core. :func:`serve` starts one worker process
per core on a shared listening socket (each a whole Datasette, the archive
opened read-only by each), and spreads connections between them by how
many each holds (:func:`should_accept`): a browser's keep-alive connection
stays with the worker that accepted it, so the kernel's "whoever wakes
first takes every pending connection" would leave some workers idle while
others queue requests.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
import select
import signal
import socket
import sqlite3
import time
from collections.abc import Sequence
from multiprocessing.connection import wait
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


def default_workers() -> int:
    """One worker process per core this process may use, at most 8."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(8, cores))


# A worker process runs the SQL of its requests itself (Datasette's
# num_sql_threads 0): with several processes there is no core left for SQL
# threads, and handing each query to a thread and back costs a search page
# a third more CPU (the threads take turns at the GIL for every row). A slow
# query holds up that worker's requests only, for at most sql_time_limit_ms.
WORKER_SETTINGS: dict[str, Any] = {"num_sql_threads": 0}
# How long a pending connection is left to a worker that holds fewer
# connections before a busier worker takes it anyway (the other one may be
# in the middle of a slow page).
HANDOFF_SECONDS = 0.005
PUBLISH_SECONDS = 0.05
logger = logging.getLogger("uvicorn.error")


# A young generation this large is collected about once per search page
# instead of seven times (every collection walks the page's live objects).
GC_YOUNG_THRESHOLD = 10_000


def tune_gc() -> None:
    """Set the garbage collector up for a long-running server, once it has started.

    Everything made so far (Datasette, its plugins, templates, the
    archive's schema: some 70,000 objects) lives as long as the process:
    frozen, a full collection no longer walks it (on a 1M-entry archive
    that walk was a pause of up to tens of milliseconds every twenty or so
    search pages). The young generation is collected less often.
    """
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, middle, old)


def should_accept(mine: int, loads: Sequence[int], waited: float) -> bool:
    """Whether a worker holding ``mine`` connections takes a pending one, ``loads`` being every worker's count.

    The least loaded worker takes it; any worker does once it has been left
    for :data:`HANDOFF_SECONDS` (``waited``).
    """
    return mine <= min(loads) or waited >= HANDOFF_SECONDS


def prepare_accepted(conn: socket.socket) -> None:
    """Make an accepted connection ready for the event loop: non-blocking, TCP_NODELAY on.

    asyncio's own servers turn Nagle's algorithm off, but only on sockets
    made from getaddrinfo (protocol IPPROTO_TCP), which a socket accepted
    here is not: without it, the last small piece of a response waits for
    the client's delayed ACK, 40 ms on Linux.
    """
    conn.setblocking(False)
    if conn.family in (socket.AF_INET, socket.AF_INET6):
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def serve(
    db_path: str | Path,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    metadata: str | Path | None = "default",
    workers: int | None = None,
) -> None:
    """Serve the archive at http://host:port/ until interrupted, with ``workers`` processes (default: one per core)."""
    import uvicorn

    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise LiveblogError(str(db_path), "--workers must be at least 1")
    if workers == 1:
        ds = make_datasette(db_path, metadata=metadata)
        print(f"Serving {db_path} read-only at http://{host}:{port}/{DATABASE_NAME}/-/documents", flush=True)
        app = asgi_app(ds)
        tune_gc()
        uvicorn.run(app, host=host, port=port, log_level="info", lifespan="on", workers=1)
        return
    check_archive(db_path)
    if metadata == "default":
        metadata = default_metadata_path()
    load_metadata(metadata)  # a bad file is one error here, not one per worker
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        listener = socket.create_server((host, port), family=family, backlog=2048)
    except OSError as err:
        problem = os.strerror(err.errno) if err.errno else str(err)
        raise LiveblogError(f"{host}:{port}", f"cannot listen there: {problem}") from None
    context = multiprocessing.get_context("spawn")
    loads = context.Array("i", workers, lock=False)
    started = context.Semaphore(0)  # released by each worker once it takes connections
    processes = []
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)  # stop the workers too, whenever it comes
    try:
        for index in range(workers):
            process = context.Process(
                target=_worker,
                args=(str(db_path), metadata, listener, index, loads, started),
                name=f"liveblog-worker-{index}",
            )
            process.start()
            processes.append(process)
        for _ in processes:
            while not started.acquire(timeout=0.2):
                if any(process.exitcode is not None for process in processes):
                    raise LiveblogError(str(db_path), "a worker process could not start (see above)")
        print(
            f"Serving {db_path} read-only at http://{host}:{port}/{DATABASE_NAME}/-/documents"
            f" ({workers} worker processes)",
            flush=True,
        )
        ended = wait([process.sentinel for process in processes])
        failed = [p for p in processes if p.sentinel in ended]
        for process in failed:
            process.join(1)
        codes = ", ".join(f"{p.name} exited with {p.exitcode}" for p in failed)
        raise LiveblogError(str(db_path), f"a worker stopped: {codes}")
    except KeyboardInterrupt:
        pass
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(20)
        listener.close()


def _raise_keyboard_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _worker(
    db_path: str, metadata: str | Path | None, listener: socket.socket, index: int, loads: Any, started: Any
) -> None:
    """One worker process: a whole Datasette, taking its share of the listener's connections."""
    import uvicorn

    ds = make_datasette(db_path, metadata=metadata, settings=WORKER_SETTINGS)
    config = uvicorn.Config(asgi_app(ds), lifespan="on", log_level="info")
    _BalancedServer(config, listener, index, loads, started).run()


class _BalancedServer:
    """A uvicorn server on a shared listener that accepts a connection only when it is its turn.

    uvicorn (like asyncio) accepts every pending connection at once in
    whichever process wakes first; this one accepts one at a time, when
    :func:`should_accept` says so, and publishes how many connections it
    holds in ``loads[index]`` (shared memory) for the others to compare.
    """

    def __init__(self, config: Any, listener: socket.socket, index: int, loads: Any, started: Any) -> None:
        import uvicorn

        outer = self

        class Server(uvicorn.Server):
            async def startup(self, sockets: list[socket.socket] | None = None) -> None:
                await super().startup(sockets=[])  # the lifespan, no listener of its own
                outer._start(self)

            async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
                outer._stop()
                await super().shutdown(sockets=sockets)

        self.server = Server(config)
        self.listener = listener
        self.index = index
        self.loads = loads
        self.started = started
        self._parent = os.getppid()
        self._pending_since: float | None = None  # when this worker first left the pending connection
        self._accepting = 0  # accepted, not yet among the server's connections
        self._loop: asyncio.AbstractEventLoop | None = None
        self._protocol: Any = None
        self._connections: set[Any] = set()

    def run(self) -> None:
        """Serve until told to stop (SIGTERM or SIGINT)."""
        self.server.run()

    def _start(self, server: Any) -> None:
        config = server.config
        self._loop = asyncio.get_running_loop()
        self._protocol = lambda: config.http_protocol_class(
            config=config, server_state=server.server_state, app_state=server.lifespan.state
        )
        self._connections = server.server_state.connections
        self.listener.setblocking(False)
        self._loop.add_reader(self.listener.fileno(), self._on_pending)
        self._publish()
        tune_gc()
        self.started.release()

    def _load(self) -> int:
        return len(self._connections) + self._accepting

    def _publish(self) -> None:
        """Keep this worker's count current for the others (connections close unannounced); stop when orphaned."""
        if self._loop is not None:
            self.loads[self.index] = self._load()
            if os.getppid() != self._parent:
                self.server.should_exit = True  # the server was killed without stopping its workers
            self._loop.call_later(PUBLISH_SECONDS, self._publish)

    def _stop(self) -> None:
        if self._loop is not None:
            self._loop.remove_reader(self.listener.fileno())
            self._loop = None

    def _on_pending(self) -> None:
        loop = self._loop
        if loop is None:
            return
        mine = self._load()
        self.loads[self.index] = mine
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        if not should_accept(mine, list(self.loads), now - self._pending_since):
            # Leave it to a less loaded worker for now; look again shortly (the
            # listener stays readable while the connection waits).
            loop.remove_reader(self.listener.fileno())
            loop.call_later(HANDOFF_SECONDS / 2, self._rearm)
            return
        self._pending_since = None
        try:
            conn, _ = self.listener.accept()
        except (BlockingIOError, InterruptedError):
            return  # another worker took it
        prepare_accepted(conn)
        self._accepting += 1
        self.loads[self.index] = mine + 1
        task = loop.create_task(loop.connect_accepted_socket(self._protocol, conn))
        task.add_done_callback(self._accepted)

    def _accepted(self, task: asyncio.Task[Any]) -> None:
        self._accepting -= 1
        if not task.cancelled() and task.exception() is not None:
            logger.warning("liveblog worker %d: a connection failed to open: %s", self.index, task.exception())

    def _rearm(self) -> None:
        if self._loop is None:
            return
        if not select.select([self.listener], [], [], 0)[0]:
            self._pending_since = None  # another worker took it: the next one starts afresh
        self._loop.add_reader(self.listener.fileno(), self._on_pending)
