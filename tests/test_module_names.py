"""Each module binds a name once at its top level.

Stop 71's merges found two rounds' constants of one name in one module (`shown._HEADING_WRAPPERS`), the
later silently replacing the earlier, so that one reader ran with the other's elements and two Wiley articles
read their tables of contents for abstracts; three more such pairs had stood unnoticed since earlier rounds
(`names._INITIALS_ALONE`, `project_pages._ABSTRACT_HEADING_REACH`, `shown_meta_bylines._classed_date`). ruff
reports a function or import bound twice (F811), not a constant.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

BACKEND = Path(__file__).resolve().parent.parent / "backend" / "papershelf"


def _bound_twice(source: str) -> list[str]:
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            counts.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return sorted(name for name, count in counts.items() if count > 1)


def test_no_module_binds_one_name_twice_at_its_top_level():
    twice = {str(path.relative_to(BACKEND)): names for path in sorted(BACKEND.rglob("*.py"))
             if (names := _bound_twice(path.read_text(encoding="utf-8")))}
    assert twice == {}


def test_a_constant_bound_twice_is_found():
    assert _bound_twice("A = 1\nB = 2\nA = 3\ndef f():\n    pass\n") == ["A"]


def test_no_test_module_binds_one_name_twice_at_its_top_level():
    # Stop 76's merges: round 231's page builder `_fluid_post(site_name)` joined the records file under the
    # name of round 222's `_fluid_post(typed, ...)` (the file merges as a union of the rounds' blocks), and
    # round 222's test then built its page with round 231's builder and failed. ruff's F811 does not see a
    # function rebound once another function has called it by name.
    tests = Path(__file__).resolve().parent
    twice = {path.name: names for path in sorted(tests.glob("*.py"))
             if (names := _bound_twice(path.read_text(encoding="utf-8")))}
    assert twice == {}
