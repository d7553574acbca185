"""Add the sample library (tests/fixtures: dumps and real pages) to a papershelf library,
once: `scripts/run` calls it before serving. A library that has them is left as it is.

    .venv/bin/python scripts/samples.py [--db PATH]      (default: PAPERSHELF_DB, else the
                                                        library `papershelf` uses)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    from papershelf.cli.common import default_db_path, upgrade_notice
    from papershelf.publish.demo import add_sample_library

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=os.environ.get("PAPERSHELF_DB") or None)
    args = parser.parse_args(argv)
    db_path = args.db or default_db_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    added = add_sample_library(db_path, ROOT / "tests" / "fixtures", upgrade_notice(db_path))
    print(f"{added.line()} ({db_path})" if added.dumps or added.pages else
          f"samples: already in {db_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
