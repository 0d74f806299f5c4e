"""Benchmarks for ``make bench``: each module here has ``run() -> list[str]``.

Figures are reported as ratios against a baseline measured in the same run,
so that they mean something on any machine.
"""
