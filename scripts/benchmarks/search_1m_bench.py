"""`search-1m` (opt-in: `scripts/bench search-1m`): the `search` case over 1,000,000 papers
(issue 14: a word in every paper answers as fast as a rare one, never the time limit's 400).
The library (~2 GB) is built once into ./bench-out/ and kept; --quick uses 100,000."""

from __future__ import annotations

from benchmarks.search_bench import run_size


def run(quick: bool) -> list[dict]:
    return run_size(*((100_000, 10, 3) if quick else (1_000_000, 30, 5)))
