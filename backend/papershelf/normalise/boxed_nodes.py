"""The elements inside boxes of other works (a cited work's <cite>, a sidebar, a menu, a page's footer),
found by one walk of each outermost box. Descendant selectors ("cite div", "footer span") make lexbor walk
every candidate's ancestors up to the root: a deep nest of divs was quadratic."""

from __future__ import annotations

from typing import Any


def inside_boxes(tree: Any, boxes: tuple[str, ...], tags: frozenset[str]) -> set[int]:
    """The mem_ids of the elements of `tags` below one of `boxes` (as "box tag" selects: the box itself
    is not one). A box inside another is walked with the outer one, not again, so each element is seen
    once."""
    found: set[int] = set()
    walked: set[int] = set()
    for box in tree.css(",".join(boxes)):
        if box.mem_id in walked:
            continue
        for node in box.traverse():
            if node.tag in boxes:
                walked.add(node.mem_id)
            elif node.tag in tags:
                found.add(node.mem_id)
    return found
