"""papershelf benchmarks: `scripts/bench [CASE ...] [--json] [--quick]` runs this with the .venv.

Each case is a module in scripts/benchmarks/ with `run(quick: bool) -> list[dict]`;
a row is {"case", "metric", "value", "unit", "target", "ok"} (target/ok may be None).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]  # scripts/, which holds the benchmarks package
CASES = ("import", "capture", "search", "sync", "durability")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # No `choices`: with nargs="*", Python 3.11's argparse refuses the empty default.
    parser.add_argument("cases", nargs="*", metavar="CASE",
                        help=f"one of {', '.join(CASES)} (default: all)")
    parser.add_argument("--json", action="store_true", help="print JSON rows instead of a table")
    parser.add_argument("--quick", action="store_true", help="smaller inputs, for a smoke run")
    parser.add_argument("--check", action="store_true",
                        help="only load the cases (a check that everything they need is installed)")
    args = parser.parse_args()
    if unknown := [case for case in args.cases if case not in CASES]:
        parser.error(f"unknown case {unknown[0]!r} (cases: {', '.join(CASES)})")
    sys.path.insert(0, str(HERE))
    modules = {case: importlib.import_module(f"benchmarks.{case.replace('-', '_')}_bench")
               for case in args.cases or CASES}
    if args.check:
        print(f"benchmarks ready: {', '.join(modules)}")
        return 0
    rows: list[dict] = []
    for _case, module in modules.items():
        case_rows = module.run(quick=args.quick)
        rows.extend(case_rows)
        if not args.json:
            print_table(case_rows)
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0 if all(row.get("ok") is not False for row in rows) else 1


def print_table(rows: list[dict]) -> None:
    headers = ("case", "metric", "value", "unit", "target", "ok")
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
