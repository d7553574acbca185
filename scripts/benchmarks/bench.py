"""papershelf benchmarks: `scripts/bench [CASE ...] [--json] [--quick] [--repeat N]` runs this
with the .venv.

Each case is a module in scripts/benchmarks/ with `run(quick: bool) -> list[dict]`;
a row is {"case", "metric", "value", "unit", "target", "ok"} (target/ok may be None).
With --repeat N every case runs N times; a row then shows the median, the spread (min–max)
and is ok only if it met its target in every run: a target met on a good run only is not met.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]  # scripts/, which holds the benchmarks package
CASES = ("import", "capture", "search", "sync", "discover", "highlights", "trajectories",
         "durability", "exports")
OPT_IN = ("search-1m",)  # run only when named: they build large inputs (see each module)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # No `choices`: with nargs="*", Python 3.11's argparse refuses the empty default.
    parser.add_argument("cases", nargs="*", metavar="CASE",
                        help=f"one of {', '.join(CASES + OPT_IN)} (default: all but "
                             f"{', '.join(OPT_IN)})")
    parser.add_argument("--json", action="store_true", help="print JSON rows instead of a table")
    parser.add_argument("--quick", action="store_true", help="smaller inputs, for a smoke run")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="run every case N times and report the median and the spread")
    parser.add_argument("--check", action="store_true",
                        help="only load the cases (a check that everything they need is installed)")
    args = parser.parse_args()
    if unknown := [case for case in args.cases if case not in CASES + OPT_IN]:
        parser.error(f"unknown case {unknown[0]!r} (cases: {', '.join(CASES + OPT_IN)})")
    sys.path.insert(0, str(HERE))
    modules = {case: importlib.import_module(f"benchmarks.{case.replace('-', '_')}_bench")
               for case in args.cases or CASES}
    if args.check:
        print(f"benchmarks ready: {', '.join(modules)}")
        return 0
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    rows: list[dict] = []
    for _case, module in modules.items():
        runs = []
        for number in range(args.repeat):
            if args.repeat > 1:
                print(f"{_case}: run {number + 1} of {args.repeat}", file=sys.stderr)
            runs.append(module.run(quick=args.quick))
        case_rows = runs[0] if args.repeat == 1 else summarise_runs(runs)
        rows.extend(case_rows)
        if not args.json:
            print_table(case_rows)
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0 if all(row.get("ok") is not False for row in rows) else 1


def summarise_runs(runs: list[list[dict]]) -> list[dict]:
    """One row per metric of the first run: the median over the runs, min–max, all runs ok."""
    by_metric: dict[str, list[dict]] = {}
    for run in runs:
        for row in run:
            by_metric.setdefault(row["metric"], []).append(row)
    summary = []
    for row in runs[0]:
        same = by_metric[row["metric"]]
        values = sorted(r["value"] for r in same if isinstance(r["value"], int | float))
        oks = [r.get("ok") for r in same]
        summary.append({
            **row,
            "value": statistics.median(values) if values else row["value"],
            "spread": f"{_cell(values[0])}–{_cell(values[-1])}" if len(values) > 1 else "",
            "runs": len(same),
            "ok": None if all(ok is None for ok in oks) else all(ok is True for ok in oks),
        })
    return summary


def print_table(rows: list[dict]) -> None:
    headers = ("case", "metric", "value", "unit", "target", "ok")
    if any("spread" in row for row in rows):
        headers = ("case", "metric", "value", "spread", "unit", "target", "ok")
    cells = [[_cell(row.get(h)) for h in headers] for row in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for c in cells:
        print("  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)))
    print()


def _cell(value) -> str:
    if value is None:
        return ""
    if value is True:
        return "yes"
    if value is False:
        return "NO"
    if isinstance(value, float):
        return f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
    return str(value)


if __name__ == "__main__":
    sys.exit(main())
