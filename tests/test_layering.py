"""The package's shape, as docs/architecture.md states it, enforced.

Data flows one way: capture → normalise → store → publish / sync, so modules import
only downward (LAYERS); normalisers are pure (they import only records, identity and surrogates);
the store never reaches up into the web, sync, publishing or the command line; nothing
imports the command line; every module imports on its own; and every list of a paper's
fields comes from records.py.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from papershelf.records import PAPER_FIELDS, READER_FIELDS
from papershelf.store.queries import PAPER_COLUMNS

PACKAGE = Path(__file__).resolve().parents[1] / "backend" / "papershelf"

# Lowest first. A module may import its own part and the parts of lower layers.
LAYERS = (
    ("records",),
    ("clock", "identity", "lifetime", "surrogates", "wording"),
    ("merge", "normalise", "tags"),
    ("store",),
    ("capture", "capture_pool", "dump_reader", "importer", "paper_names", "renormalise", "sync", "discover"),
    ("publish",),
    ("api",),
    ("cli", "__main__"),
)
LAYER = {part: level for level, parts in enumerate(LAYERS) for part in parts}


def modules() -> list[str]:
    return sorted(
        ".".join(("papershelf", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(
            ".__init__")
        for path in PACKAGE.rglob("*.py")
    )


def part_of(module: str) -> str:
    """`papershelf.store.db` -> "store"; `papershelf.records` -> "records"."""
    return module.split(".")[1] if module.count(".") else module


def imports_of(module: str) -> set[str]:
    """The papershelf modules a module imports, at its top or inside functions."""
    path = PACKAGE.joinpath(*module.split(".")[1:])
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("papershelf")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.startswith("papershelf"):
                # `from . import arxiv` names modules, not attributes
                names = [f"{target}.{a.name}" for a in node.names] if not node.module else [target]
                found |= set(names)
    return found


def test_every_part_of_the_package_has_a_layer():
    assert {part_of(m) for m in modules()} - {"papershelf"} == set(LAYER)


@pytest.mark.parametrize("module", modules())
def test_modules_import_only_downward(module):
    if module == "papershelf":
        return
    mine = LAYER[part_of(module)]
    upward = sorted(m for m in imports_of(module)
                    if m != "papershelf" and LAYER[part_of(m)] > mine)
    assert not upward, f"{module} imports from a higher layer: {upward}"


@pytest.mark.parametrize("module", [m for m in modules() if part_of(m) == "normalise"])
def test_normalisers_import_only_records_identity_and_surrogates(module):
    outside = {part_of(m) for m in imports_of(module)} - {"normalise", "records", "identity",
                                                          "surrogates"}
    assert not outside, f"{module} imports {sorted(outside)}: normalisers are pure"


@pytest.mark.parametrize("module", [m for m in modules() if part_of(m) == "store"])
def test_the_store_never_imports_the_web_sync_publishing_or_the_cli(module):
    above = {part_of(m) for m in imports_of(module)} & {"api", "sync", "publish", "cli", "capture"}
    assert not above, f"{module} imports {sorted(above)}"


def test_nothing_imports_the_command_line():
    users = sorted(m for m in modules() if part_of(m) not in ("cli", "__main__")
                   and any(part_of(i) == "cli" for i in imports_of(m)))
    assert not users


def test_every_module_imports_alone_in_a_fresh_interpreter():
    # Each module is imported with every papershelf module forgotten, so the normalisers' few thousand
    # patterns are compiled again for each import: re's cache (512 patterns by default) is made large enough
    # to keep them, which changes nothing of what an import does. A module its package's own import loaded
    # is not imported again: importing it alone imports its package alone first (Python imports a module's
    # packages before it) and then finds it loaded, so its import is its package's, already tried. Packages
    # go first; most of the normalisers' six hundred modules are loaded by their package's __init__.
    script = ("import importlib, re, sys\nre._MAXCACHE = 1 << 20\ncovered = set()\n"
              "for name in sys.argv[1:]:\n"
              "    if name in covered:\n"
              "        continue\n"
              "    importlib.import_module(name)\n"
              "    loaded = [m for m in sys.modules if m == 'papershelf' or m.startswith('papershelf.')]\n"
              "    covered |= {m for m in loaded if m.startswith(name + '.')}\n"
              "    [sys.modules.pop(m) for m in loaded]\n"
              "    print(name)\n")
    names = sorted((m for m in modules() if m != "papershelf.__main__"), key=lambda m: (m.count("."), m))
    result = subprocess.run([sys.executable, "-c", script, *names], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    # The root package first, alone; the rest each alone or covered by its package's import.
    assert result.stdout.split()[0] == "papershelf"


def test_the_papers_table_has_exactly_the_stored_papers_fields(library):
    columns = [row[1] for row in library.execute("PRAGMA table_info(papers)")]
    assert sorted(columns) == sorted(PAPER_COLUMNS)
    assert set(PAPER_FIELDS) | set(READER_FIELDS) | {"id", "tags", "created_at", "updated_at"} \
        == set(columns)
