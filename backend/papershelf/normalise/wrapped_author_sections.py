"""The people of an 'Authors' section whose heading stands alone in a wrapper of its own, the names in the
block after that wrapper, one line of them parted by middle dots, each with its affiliations' marks in <sup>
(TeamBench's benchmark page, round 188: <section id="authors"><div class="section-header">
<h2>Authors</h2></div><div><div>Yubin Kim<sup>1,2</sup> &nbsp;&middot;&nbsp; Chanwoo Park<sup>1</sup> …
</div><div><sup>1</sup>MIT &nbsp;&middot;&nbsp; …</div></div>). A heading of 'Authors' reads the element
right after it (bylines' _headed_byline); here that element is none, the heading closing its wrapper, and
the line's marks and dots run the names into one, with the affiliations' line after them.

Told narrowly: the heading is its wrapper's only element; the block after the wrapper holds, as itself or as
its first element, a line whose text less its <sup> marks is two names or more parted by middle dots, each a
person's whole name (capitalised words, no affiliation's word). A line of affiliations, or of anything else
between the dots, names nobody.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .html_meta import next_element, past_blank_text
from .names import AFFILIATION_WORD, NAME_PART, display_name, is_group

# How many of the line's nodes are read (a name, its marks and a dot each: a long author list), and how few
# names make a line of them.
_MOST_NODES = 400
_FEWEST_NAMES = 2
# The middle dot (or a bullet) parting the names.
_DOTS = re.compile(r"\s*[\u00b7\u2022]\s*")


def people_after_a_wrapped_heading(heading: Any) -> list[str]:
    """The names of the dotted line after the wrapper `heading` stands alone in; [] where there is none."""
    wrapper = heading.parent
    if (wrapper is None or wrapper.tag not in ("div", "header", "hgroup")
            or next_element(heading) is not None
            or past_blank_text(heading.prev, "prev", comments=True) is not None):
        return []
    block = next_element(wrapper)
    if block is None or block.tag not in ("div", "p"):
        return []
    first = next((child for child in block.iter() if child.tag not in ("-text", "-comment")), None)
    # The block is the line, or holds it first (the names' line over the affiliations' line).
    line = first if first is not None and first.tag in ("div", "p") else block
    return _dotted_names(line)


def _dotted_names(line: Any) -> list[str]:
    words = []
    for count, node in enumerate(line.iter(include_text=True)):
        if count > _MOST_NODES:
            return []
        if node.tag == "-text":
            words.append(node.text_content or "")
        elif node.tag != "sup":  # an affiliation's mark is no part of the name
            words.append(node.text(deep=True) or "")
    text = clean_text(" ".join(words)) or ""
    parts = [part for part in _DOTS.split(text) if part]
    if len(parts) < _FEWEST_NAMES or len(parts) != text.count("\u00b7") + text.count("\u2022") + 1:
        return []
    names = [display_name(part) or "" for part in parts]
    return names if all(_a_persons_name(name) for name in names) else []


def _a_persons_name(name: str) -> bool:
    return (NAME_PART.fullmatch(name) is not None and not is_group(name)
            and AFFILIATION_WORD.search(name) is None)
