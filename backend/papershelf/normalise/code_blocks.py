"""A line inside a block of code is the program's, not the page's: a script's docstring shown in a post, its
'Author: J Gomez-Dans/NCEO & UCL' label line (EO & DA Ramblings, 2012: Pygments' div.highlight > pre, the line
a span.sd of the docstring), names who wrote the script, not the post, whose writer the page names elsewhere
(its author meta, 'J Gomez-Dans'). Readers of label lines ask here before taking such a line for a byline.
"""

from __future__ import annotations

from typing import Any

# The elements that hold code as the page shows it, and how many ancestors are looked through for one: a
# label's block of code is its near ancestor (pre > span, div.highlight > pre > code > span), not the page's
# body.
_CODE_TAGS = frozenset({"pre", "code"})
_ANCESTORS = 12


def in_a_code_block(node: Any) -> bool:
    """Whether the element is, or stands within `_ANCESTORS` levels of, a <pre> or <code> block."""
    for _ in range(_ANCESTORS + 1):
        if node is None or node.tag in ("body", "html"):
            return False
        if node.tag in _CODE_TAGS:
            return True
        node = node.parent
    return False
