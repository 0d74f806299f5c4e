"""The one exception liveblog raises for bad input."""

from __future__ import annotations


class LiveblogError(Exception):
    """A problem with a source, said in one line: ``"<source>: <problem>"``."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
