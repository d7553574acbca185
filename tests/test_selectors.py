"""No reader hands lexbor a selector with a descendant combinator.

lexbor matches "A B" by trying every ancestor of every B for an A: a page nesting thousands of B under
plain elements costs time squared, and three parts cost time cubed (a page of 2,000 levels took minutes).
Stop 72's re-read found three readers written so in its own rounds, and stop 73's sweep ten more; each
asks `html_meta.select_all` or `select_first` now, which look for B under each outermost A. This test keeps
the next round's reader from asking `.css("A B")` again.
"""

from __future__ import annotations

import ast
from pathlib import Path

from papershelf.normalise.html_meta import _alternatives, _first_descendant_step

BACKEND = Path(__file__).resolve().parent.parent / "backend" / "papershelf"


def _descends(selector: str) -> bool:
    return any(_first_descendant_step(alternative)[1] for alternative in _alternatives(selector))


def _selector_text(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.JoinedStr):  # a hole of a known constant read as it, any other as one name
        return "".join(
            part.value if isinstance(part, ast.Constant)
            else constants.get(part.value.id, "x") if isinstance(part.value, ast.Name) else "x"
            for part in node.values if isinstance(part, (ast.Constant, ast.FormattedValue))
        )
    return None


def _constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and (text := _selector_text(node.value, found)) is not None):
            found[node.targets[0].id] = text
    return found


def descendant_selectors_asked_of_lexbor(source: str) -> list[tuple[int, str]]:
    """The line and selector of each `.css(…)` or `.css_first(…)` call whose selector, a literal or a
    module constant, has a descendant combinator."""
    tree = ast.parse(source)
    constants = _constants(tree)
    return [
        (node.lineno, selector)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("css", "css_first") and node.args
        and (selector := _selector_text(node.args[0], constants)) is not None and _descends(selector)
    ]


def test_no_reader_asks_lexbor_for_a_descendant_selector():
    asked = {
        f"{path.relative_to(BACKEND)}:{line}": selector
        for path in sorted(BACKEND.rglob("*.py"))
        if path.name != "html_meta.py"  # select_all itself, which asks lexbor one part at a time
        for line, selector in descendant_selectors_asked_of_lexbor(path.read_text(encoding="utf-8"))
    }
    assert asked == {}


def test_a_descendant_selector_asked_of_lexbor_is_found_in_a_literal_a_constant_or_a_list():
    source = (
        '_BOX = "div.box p"\n'
        '_PLAIN = "div.box > p, h2"\n'
        "def f(page):\n"
        '    page.tree.css_first("head title")\n'
        "    page.tree.css(_BOX)\n"
        "    page.tree.css(_PLAIN)\n"
        '    page.tree.css(f"a.x, {_PLAIN} span")\n'
    )
    assert descendant_selectors_asked_of_lexbor(source) == [
        (4, "head title"), (5, "div.box p"), (7, "a.x, div.box > p, h2 span"),
    ]
