"""Datasette on a 1,000,000-entry archive: p50/p95 of a table page, a full-text search and a facet, 4 clients.

The archive is generated once (bench-out/, reused while the generator's
version is unchanged) into the schema ``liveblog.store`` creates — same
tables, indexes and full-text triggers — with bare ``executemany``: made-up
words (Zipf-distributed), three languages, 4,000 live blogs over two years,
about 0.8 statements per entry by Zipf-distributed speakers.

Two servers on loopback, one after the other, each measured with 4
concurrent keep-alive clients requesting the same URLs:

* ours: ``liveblog serve`` (metadata.yml, the plugin, read-only database with
  counts and facets kept until the next commit, facet suggestions off, one
  worker process per core);
* baseline: plain ``datasette FILE`` with default settings and no plugins.

Requests: the entries table page (HTML), a full-text search on it (a
different word each time, each found in roughly 0.1–1 % of entries, so no
answer is reused), the same search again and again (ours answers it from
its page cache: reported apart, marked with *), and a facet
(``_facet=document_id``). The file is read once before each server starts,
so both begin with it in the page cache. For ours also: the
table page as the first request after a commit (nothing cached), a live blog
page and a speaker page of the plugin. Set BENCH_DATASETTE_ENTRIES to change
the size.
"""

from __future__ import annotations

import http.client
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

from liveblog.serve import default_workers
from liveblog.store import ENTRY_COLUMNS, STATEMENT_COLUMNS, Store, _insert_sql, document_id

ENTRIES = int(os.environ.get("BENCH_DATASETTE_ENTRIES", "1000000"))
PER_DOCUMENT = 250
CLIENTS = 4
GENERATOR_VERSION = 1
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench-out"
TARGETS_MS = {"table": 20.0, "facet": 50.0, "search": 100.0}


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    letters = "abcdefghijklmnoprstuvyzäöüøå"
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < size:
        word = "".join(rng.choices(letters, k=rng.randint(4, 10)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _cumulative(n: int) -> list[float]:
    total, out = 0.0, []
    for rank in range(n):
        total += 1 / (rank + 1)
        out.append(total)
    return out


def generate(path: Path, entries: int) -> None:
    """Write a generated archive of ``entries`` entries to ``path`` (a new file)."""
    rng = random.Random(7)
    words = _vocabulary(rng, 20_000)
    word_weights = _cumulative(len(words))
    names = [f"{a.capitalize()} {b.capitalize()}" for a, b in zip(words[9000:12000], words[12000:15000])]
    name_weights = _cumulative(len(names))
    outlets = [f"{w.capitalize()} Post" for w in words[15000:15040]]
    Store(path).close()  # the archive's schema, indexes and triggers
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = OFF", "cache_size = -200000"):
        conn.execute(f"PRAGMA {pragma}")
    # Full-text triggers off while loading, the index rebuilt once at the end,
    # then the very same triggers put back (faster; the same file as a result).
    triggers = conn.execute("select name, sql from sqlite_master where type = 'trigger'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER [{name}]")
    insert_entry = _insert_sql("entries", ENTRY_COLUMNS)
    insert_statement = _insert_sql("statements", STATEMENT_COLUMNS)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO speakers (id, name) VALUES (?, ?)", list(enumerate(names, start=1)))
    now = "2025-01-01T00:00:00Z"
    for number in range(entries // PER_DOCUMENT):
        identity = f"https://example.org/live/{number}"
        doc_id = document_id(identity)
        language = rng.choices(("en", "de", "no"), weights=(5, 3, 2))[0]
        day = 19358 + rng.randrange(730)  # days since the epoch: 2023-01-01 onwards
        date = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
        conn.execute(
            "INSERT INTO documents (id, identity, source, url, title, kind, language, date, publisher, reader,"
            " fetched_at, first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?, 'liveblog', ?, ?, ?, 'html', ?, ?, ?)",
            [
                doc_id,
                identity,
                identity,
                identity,
                f"Live {number}",
                language,
                date,
                rng.choice(outlets),
                now,
                now,
                now,
            ],
        )
        entry_rows, statement_rows = [], []
        for position in range(PER_DOCUMENT):
            minute = 20 * 60 - position * 3
            clock = f"{minute // 60:02d}:{minute % 60:02d}"
            text = " ".join(rng.choices(words, cum_weights=word_weights, k=rng.randint(30, 45)))
            headline = " ".join(rng.choices(words, cum_weights=word_weights, k=6)) if rng.random() < 0.1 else None
            entry_id = f"{doc_id}-{position}"
            utc_minute = minute - 60
            entry_rows.append(
                (
                    entry_id, doc_id, position, clock, clock, f"{date}T{clock}:00+01:00",
                    f"{date}T{utc_minute // 60:02d}:{utc_minute % 60:02d}:00Z", date, headline, text, language,
                    None, None, None, "[]", "[]", 0, now, now, None,
                )
            )  # fmt: skip
            for k in range(rng.choice((0, 0, 1, 1, 1, 2))):
                start = rng.randrange(max(1, len(text) - 60))
                speaker = rng.choices(range(1, len(names) + 1), cum_weights=name_weights)[0]
                kind = rng.choice(("direct", "direct", "indirect", "partial"))
                statement_rows.append(
                    (
                        f"{entry_id}-{k}", entry_id, doc_id, k, speaker, names[speaker - 1], names[speaker - 1],
                        text[start : start + 60], kind, "said", start, start + 60, 0.9,
                    )
                )  # fmt: skip
        conn.executemany(insert_entry, entry_rows)
        conn.executemany(insert_statement, statement_rows)
        if number % 200 == 199:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
    conn.execute("COMMIT")
    for table in ("entries", "statements"):
        conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
    for _, sql in triggers:
        conn.execute(sql)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()


def archive() -> tuple[Path, float]:
    """The generated archive (made now or reused) and the seconds it took to make (0 when reused)."""
    # Named archive.db so that plain Datasette serves it as /archive too.
    folder = OUT / f"datasette-{ENTRIES}-v{GENERATOR_VERSION}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "archive.db"
    if path.exists():
        return path, 0.0
    partial = folder / "partial.db"
    for leftover in folder.glob("partial.db*"):
        leftover.unlink()
    started = time.perf_counter()
    generate(partial, ENTRIES)
    partial.rename(path)
    return path, time.perf_counter() - started


def search_terms(path: Path, count: int) -> dict[str, tuple[list[str], list[int]]]:
    """``count`` rare words (in 100–1,000 entries) and ``count`` common ones (1,000–10,000), with their hits."""
    rng = random.Random(7)
    words = _vocabulary(rng, 20_000)
    conn = sqlite3.connect(path)
    buckets: dict[str, tuple[list[str], list[int]]] = {"rare": ([], []), "common": ([], [])}
    for word in words[100:]:
        n = conn.execute("select count(*) from entries_fts where entries_fts match ?", [f'"{word}"']).fetchone()[0]
        bucket = "rare" if 100 <= n < 1000 else "common" if 1000 <= n <= 10_000 else None
        if bucket and len(buckets[bucket][0]) < count:
            buckets[bucket][0].append(word)
            buckets[bucket][1].append(n)
        if all(len(terms) == count for terms, _ in buckets.values()):
            break
    conn.close()
    return buckets


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """A Datasette subprocess on a free loopback port."""

    def __init__(self, command: list[str]) -> None:
        self.port = _free_port()
        self.log = OUT / f"server-{self.port}.log"
        with self.log.open("w") as out:
            self.process = subprocess.Popen(
                [*command, "--port", str(self.port)], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/-/versions.json", timeout=5):
                    return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"server did not start: {self.log.read_text()}") from None
                time.sleep(0.2)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
        self.log.unlink(missing_ok=True)


def measure(port: int, paths: list[str], clients: int = CLIENTS) -> tuple[list[float], int]:
    """Latencies in ms of GETting ``paths`` with ``clients`` concurrent keep-alive clients, and how many failed."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    shares = [paths[i::clients] for i in range(clients)]

    errors: list[BaseException] = []

    def client(share: list[str]) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        try:
            for path in share:
                started = time.perf_counter()
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    if response.status != 200:
                        failures[0] += 1
        except BaseException as err:  # reported by the caller's thread
            errors.append(err)
        finally:
            conn.close()

    threads = [threading.Thread(target=client, args=(share,)) for share in shares]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return latencies, failures[0]


def percentiles(values: list[float]) -> tuple[float, float]:
    """p50 and p95 (nearest rank) of ``values``."""
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return statistics.median(ordered), p95


def _requests(kind: str, n: int, terms: dict[str, list[str]], offset: int = 0) -> list[str]:
    if kind == "table":
        return ["/archive/entries"] * n
    if kind == "facet":
        return ["/archive/entries?_facet=document_id"] * n
    if kind == "repeat":
        return [f"/archive/entries?_search={quote(terms['rare'][0])}"] * n
    words = terms[kind]
    return [f"/archive/entries?_search={quote(words[(offset + i) % len(words)])}" for i in range(n)]


KINDS = (
    ("table", "table page"),
    ("rare", "search, rare word"),
    ("common", "search, common word"),
    ("repeat", "search, same word*"),
    ("facet", "facet"),
)


def warm(path: Path) -> None:
    """Read the archive once, so that both servers start with it in the page cache (as a served file is)."""
    with path.open("rb") as file:
        while file.read(1 << 24):
            pass


def _machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat; zeros elsewhere."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0.0, 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields) - idle) / ticks, sum(fields) / ticks


def _tree_cpu(pid: int) -> float:
    """CPU seconds used so far by process ``pid`` and its descendants (Linux /proc; 0 elsewhere)."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
        used[int(stat.parent.name)] = (int(fields[11]) + int(fields[12])) / ticks
    tree, total = {pid}, 0.0
    for _ in range(4):  # workers and their helpers: a few levels at most
        tree |= {child for child, parent in parents.items() if parent in tree}
    for member in tree:
        total += used.get(member, 0.0)
    return total


def _bench_server(
    path: Path, command: list[str], n: int, terms: dict[str, list[str]]
) -> tuple[dict[str, tuple[list[float], int]], dict[str, float]]:
    """The latencies of every kind of request, and the share of the machine's CPU other processes used meanwhile."""
    warm(path)
    server = Server(command)
    try:
        results = {}
        others: dict[str, float] = {}
        for kind, _ in KINDS:
            # Warm-up requests are not counted; searches then use words not used before.
            measure(server.port, _requests(kind, CLIENTS, terms, offset=n))
            busy0, total0 = _machine_cpu()
            ours0 = _tree_cpu(server.process.pid) + time.process_time()
            results[kind] = measure(server.port, _requests(kind, n, terms))
            busy1, total1 = _machine_cpu()
            ours1 = _tree_cpu(server.process.pid) + time.process_time()
            if total1 > total0:
                others[kind] = max(0.0, (busy1 - busy0) - (ours1 - ours0)) / (total1 - total0)
            if kind in ("rare", "common"):
                # One client alone, on words not used before: the cost of one search without queueing.
                results[f"{kind}, 1 client"] = measure(server.port, _requests(kind, 20, terms, offset=n + CLIENTS), 1)
        return results, others
    finally:
        server.stop()


def _bench_ours_extra(path: Path, command: list[str]) -> dict[str, tuple[list[float], int]]:
    """Pages nothing is cached for yet: after a commit, or each asked for the first time."""
    server = Server(command)
    try:
        writer = sqlite3.connect(path, isolation_level=None)
        speakers = [
            row[0]
            for row in writer.execute(
                "select speaker_id from statements group by speaker_id order by count(*) desc limit 60"
            )
        ]
        documents = [row[0] for row in writer.execute("select id from documents order by rowid limit 64")]

        def after_commits(page: str, times: int) -> list[float]:
            measure(server.port, [page])
            values = []
            for i in range(times):
                writer.execute("INSERT INTO ingest_log (at, source, status) VALUES (?, 'bench', 'unchanged')", [str(i)])
                values.extend(measure(server.port, [page], clients=1)[0])
            return values

        results = {
            "table page, first request after a commit (1 client)": (after_commits("/archive/entries", 10), 0),
            "speaker page of the busiest speaker, first after a commit (1 client)": (
                after_commits(f"/archive/-/speaker/{speakers[0]}", 5),
                0,
            ),
        }
        writer.execute("DELETE FROM ingest_log WHERE source = 'bench'")
        writer.close()
        measure(server.port, [f"/archive/-/document/{documents[-1]}"] * CLIENTS)
        results["live blog pages (250 entries), each the first time (4 clients)"] = measure(
            server.port, [f"/archive/-/document/{doc}" for doc in documents[:60]]
        )
        results["speaker pages of the 60 busiest speakers, each the first time (4 clients)"] = measure(
            server.port, [f"/archive/-/speaker/{speaker}" for speaker in speakers]
        )
        results["live blog page, again (4 clients)"] = measure(
            server.port, [f"/archive/-/document/{documents[0]}"] * 60
        )
        return results
    finally:
        server.stop()


def run() -> list[str]:
    """Generate (or reuse) the archive, measure both servers, and report p50/p95 with ratios."""
    path, made = archive()
    lines = [
        f"archive: {ENTRIES:,} entries, {path.stat().st_size / 1e6:,.0f} MB"
        + (f", generated in {made:.0f} s" if made else " (reused from bench-out/)")
    ]
    buckets = search_terms(path, 250)
    terms = {kind: words for kind, (words, _) in buckets.items()}
    for kind, (words, hits) in buckets.items():
        lines.append(
            f"{kind} search words: {len(words)}, each in {min(hits):,}–{max(hits):,} entries"
            f" (median {statistics.median(hits):,.0f})"
        )
    ours_cmd = [sys.executable, "-m", "liveblog", "serve", "--db", str(path)]
    # Plain Datasette with default settings and without the plugins installed in this environment.
    plain_cmd = [
        sys.executable,
        "-c",
        "import sys; sys._called_from_test = True; from datasette.cli import cli; cli()",
        "serve",
        str(path),
    ]
    ours, ours_others = _bench_server(path, ours_cmd, 200, terms)
    plain, plain_others = _bench_server(path, plain_cmd, 24, terms)
    lines.append(
        f"{CLIENTS} concurrent clients on loopback; ms; ours = liveblog serve ({default_workers()} worker processes"
        f" on {os.cpu_count()} cores), plain = datasette defaults;"
        " the file read once before each server starts (page cache warm, as for a served archive)"
    )
    for kind, label in KINDS:
        target = TARGETS_MS["search" if kind in ("rare", "common", "repeat") else kind]
        o50, o95 = percentiles(ours[kind][0])
        p50, p95 = percentiles(plain[kind][0])
        verdict = "meets" if o95 < target else "MISSES"
        failed = ours[kind][1] + plain[kind][1]
        lines.append(
            f"{label:<20} ours p50 {o50:7.1f} p95 {o95:7.1f} | plain p50 {p50:7.1f} p95 {p95:7.1f}"
            f" | plain/ours p50 {p50 / o50:6.1f}x p95 {p95 / o95:6.1f}x"
            f" | target p95 < {target:.0f}: {verdict}"
            f" | others' CPU {ours_others.get(kind, 0):.0%} / {plain_others.get(kind, 0):.0%}"
            + (f" | {failed} non-200" if failed else "")
        )
    lines.append(
        "* the same rare word every time: ours answers it from its whole-page cache (kept until the next"
        " commit); every other search above uses a word not asked before, so nothing is reused"
    )
    lines.append(
        "others' CPU: about how much of this machine's CPU other processes used while ours / plain was measured"
        " (the machine may be shared: a high share makes the figures on that line worse than the servers are)"
    )
    for kind in ("rare", "common"):
        o50, o95 = percentiles(ours[f"{kind}, 1 client"][0])
        p50, p95 = percentiles(plain[f"{kind}, 1 client"][0])
        lines.append(
            f"search, {kind} word, 1 client: ours p50 {o50:.1f} p95 {o95:.1f} | plain p50 {p50:.1f} p95 {p95:.1f}"
            f" | plain/ours p50 {p50 / o50:.1f}x"
        )
    for label, (values, failed) in _bench_ours_extra(path, ours_cmd).items():
        p50, p95 = percentiles(values)
        lines.append(
            f"ours, {label}: p50 {p50:.1f} p95 {p95:.1f} max {max(values):.1f}"
            + (f" ({failed} non-200)" if failed else "")
        )
    return lines


def _main(argv: list[str]) -> Any:
    for line in run():
        print(line, flush=True)


if __name__ == "__main__":
    _main(sys.argv[1:])
