"""liveblog.serve and `liveblog serve`: what is served, how, and the one-line errors."""

from __future__ import annotations

import gc
import http.client
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from datasette.plugins import get_plugins

from liveblog.errors import LiveblogError
from liveblog.ingest import Archive
from liveblog.serve import (
    GC_YOUNG_THRESHOLD,
    HANDOFF_SECONDS,
    check_archive,
    default_workers,
    load_metadata,
    make_datasette,
    prepare_accepted,
    should_accept,
    tune_gc,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def empty_archive(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    Archive(path).close()
    return path


def test_a_missing_archive_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LiveblogError, match=r"missing\.db: no such archive; create it with `liveblog ingest`"):
        check_archive(tmp_path / "missing.db")


def test_a_file_that_is_not_an_archive_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("not a database, just text " * 100)
    with pytest.raises(LiveblogError, match="not an SQLite database"):
        check_archive(text)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table things (x)").connection.close()
    with pytest.raises(LiveblogError, match="not a liveblog archive"):
        check_archive(other)


def test_bad_metadata_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "metadata.yml"
    bad.write_text("title: [unclosed\n")
    with pytest.raises(LiveblogError, match="metadata is not valid YAML"):
        load_metadata(bad)


def test_the_archive_is_served_as_archive_read_only_with_limits_and_no_facet_suggestions(empty_archive: Path) -> None:
    ds = make_datasette(empty_archive)
    assert [name for name in ds.databases if not name.startswith("_")] == ["archive"]
    db = ds.get_database("archive")
    assert db.is_mutable and not db.is_memory  # not immutable: ingest keeps writing
    assert ds.setting("suggest_facets") is False
    assert 0 < ds.setting("sql_time_limit_ms") <= 5000
    assert ds.setting("allow_download") is False
    assert ds.metadata("title").startswith("Live-blog archive")
    assert "liveblog" in {p["name"] for p in get_plugins()}


def test_the_serve_command_fails_in_one_line_without_an_archive(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "liveblog", "serve", "--db", str(tmp_path / "nothing.db"), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'nothing.db'}: no such archive; create it with `liveblog ingest` (or `make ingest`)"
    ]


def test_a_pending_connection_goes_to_the_least_loaded_worker_unless_it_is_left_waiting() -> None:
    assert should_accept(0, [0, 0], waited=0.0)  # a tie: whoever comes first
    assert should_accept(1, [1, 2, 3], waited=0.0)
    assert not should_accept(2, [1, 2], waited=0.0)  # the other worker holds fewer
    assert not should_accept(2, [1, 2], waited=HANDOFF_SECONDS / 2)
    assert should_accept(2, [1, 2], waited=HANDOFF_SECONDS)  # it may be busy with a slow page: take it
    assert default_workers() >= 1


def test_an_accepted_connection_is_non_blocking_and_sends_at_once() -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener, socket.create_connection(listener.getsockname()):
        conn, _ = listener.accept()
        with conn:
            assert conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0  # what accept() gives
            prepare_accepted(conn)
            assert conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
            assert conn.getblocking() is False


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _sockets(pid: int) -> set[str]:
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:"):
            found.add(target)
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts sockets in /proc (Linux)")
def test_worker_processes_share_the_keep_alive_connections_and_stop_with_the_server(empty_archive: Path) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "liveblog", "serve", "--db", str(empty_archive), "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    connections: list[http.client.HTTPConnection] = []
    try:
        # "Serving …" is printed once every worker takes connections.
        assert server.stdout is not None
        for line in server.stdout:
            if line.startswith("Serving "):
                break
        assert "(2 worker processes)" in line, line
        workers = _children(server.pid)
        before = {pid: _sockets(pid) for pid in workers}
        pages = []
        for _ in range(4):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", "/archive/entries?_search=lighthouse")
            response = conn.getresponse()
            pages.append((response.status, response.read()))
            connections.append(conn)  # kept open: keep-alive, as a browser does
        assert [status for status, _ in pages] == [200] * 4
        gained = {pid: len(_sockets(pid) - before[pid]) for pid in workers}
        # Two connections each (any other child, such as a resource tracker, gains none).
        assert sorted(gained.values())[-2:] == [2, 2] and sum(gained.values()) == 4
        workers = [pid for pid, count in gained.items() if count]
    finally:
        for conn in connections:
            conn.close()
        server.terminate()
        server.wait(timeout=60)
    assert server.returncode == 0
    assert [pid for pid in workers if _running(pid)] == []  # the server stopped its workers before it ended


def _running(pid: int) -> bool:
    """Whether the process exists and is not a zombie (exited, not yet reaped)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds the workers in /proc (Linux)")
def test_workers_stop_on_their_own_when_the_server_is_killed(empty_archive: Path) -> None:
    command = ["serve", "--db", str(empty_archive), "--port", str(_free_port()), "--workers", "2"]
    server = subprocess.Popen(
        [sys.executable, "-m", "liveblog", *command],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    assert any(line.startswith("Serving ") for line in server.stdout)
    workers = _children(server.pid)
    assert len([pid for pid in workers if _running(pid)]) >= 2
    server.kill()  # SIGKILL: no chance to stop its workers
    server.wait(timeout=30)
    for _ in range(300):
        if not any(_running(pid) for pid in workers):
            break
        time.sleep(0.1)
    assert [pid for pid in workers if _running(pid)] == []


def test_a_port_in_use_is_a_one_line_error(empty_archive: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        command = ["serve", "--db", str(empty_archive), "--port", str(port), "--workers", "2"]
        result = subprocess.run(
            [sys.executable, "-m", "liveblog", *command], capture_output=True, text=True, timeout=60, cwd=ROOT
        )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: 127.0.0.1:{port}: cannot listen there: Address already in use"
    ], result.stderr


def test_the_garbage_collector_is_set_up_for_a_server() -> None:
    threshold = gc.get_threshold()
    try:
        tune_gc()
        assert gc.get_freeze_count() > 0  # what exists at startup is never walked again
        assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD > threshold[0]
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
