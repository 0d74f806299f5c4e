"""Watch a live blog: poll its URL and ingest every update until the coverage ends.

``watch(url, db="archive.db", interval=60)`` is what ``liveblog watch URL --db
archive.db --interval 60`` runs. Each poll reads the page (a conditional GET:
an unchanged page costs the server a 304) and ingests it through
:class:`liveblog.ingest.Archive`, which adds new entries, keeps versions of
edited ones and leaves an unchanged page's rows alone. Watching stops when
the page says its coverage is over (a ``coverageEndTime`` that has passed, a
"closed" marker), after ``max_polls`` polls, at the ``until`` time, or after
``max_failures`` failed polls in a row.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from liveblog.errors import LiveblogError
from liveblog.ingest import Archive, IngestSummary, SourceSpec, check_options


@dataclass
class Poll:
    """One poll: when, what ingesting it did, and whether the page said its coverage ended."""

    number: int
    at: str  # ISO 8601 UTC
    summary: IngestSummary | None = None
    error: str | None = None
    coverage_ended: bool = False

    def line(self) -> str:
        """The line ``liveblog watch`` prints for this poll."""
        head = f"poll {self.number} at {self.at}"
        if self.error is not None:
            return f"{head}: failed: {self.error}"
        body = self.summary.line() if self.summary else ""
        return f"{head}: {body}" + ("; coverage ended" if self.coverage_ended else "")


@dataclass
class WatchResult:
    """Every poll made and why watching stopped."""

    polls: list[Poll] = field(default_factory=list)
    stopped: str = ""  # "coverage ended", "max polls", "until", "failures"


def watch(
    url: str,
    *,
    db: str | Path = "archive.db",
    interval: float = 60.0,
    max_polls: int | None = None,
    until: datetime | None = None,
    max_failures: int = 5,
    name: str | None = None,
    kind: str | None = None,
    date: str | None = None,
    tz: str | None = None,
    language: str | None = None,
    registry: str | None = None,
    on_poll: Callable[[Poll], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> WatchResult:
    """Poll ``url`` every ``interval`` seconds and ingest it into the archive ``db``.

    ``until`` (aware datetime) and ``max_polls`` bound the watch; ``on_poll``
    sees every poll as it happens. Raises LiveblogError for a bad request
    (not an http(s) URL, bad options); a poll that fails is reported and
    retried, up to ``max_failures`` failures in a row.
    """
    if not url.startswith(("http://", "https://")):
        raise LiveblogError(url, "watch needs an http or https URL")
    if interval < 0:
        raise LiveblogError(url, "the interval cannot be negative")
    check_options(date, tz, kind)
    if until is not None and until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    spec = SourceSpec(location=url, name=name, kind=kind, language=language, date=date, tz=tz, registry=registry)
    result = WatchResult()
    failures = 0
    with Archive(db) as archive:
        while True:
            poll = Poll(number=len(result.polls) + 1, at=now().replace(microsecond=0).isoformat())
            try:
                poll.summary = archive.ingest([spec])
                poll.coverage_ended = any(report.coverage_ended for report in poll.summary.reports)
                if poll.summary.failures:
                    poll.error = poll.summary.failures[0][1]
            except LiveblogError as err:
                poll.error = err.problem
            result.polls.append(poll)
            if on_poll is not None:
                on_poll(poll)
            failures = failures + 1 if poll.error else 0
            if poll.coverage_ended and not poll.error:
                result.stopped = "coverage ended"
            elif failures >= max_failures:
                result.stopped = "failures"
            elif max_polls is not None and len(result.polls) >= max_polls:
                result.stopped = "max polls"
            elif until is not None and now() >= until:
                result.stopped = "until"
            if result.stopped:
                return result
            sleep(interval)
