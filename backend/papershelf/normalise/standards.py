"""Standards and technical specifications as their own pages show them: a W3C Technical Report's head,
whose status line under the title dates this version.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .dates import whole_date
from .html_meta import Page, short_text
from .places import title_heading

# How far past the title a report's head keeps its status line and its list of editors: the elements
# between are the status line, the list, a logo or a version's links.
_HEAD_REACH = 6
# The longest term or status line read ("Latest editor's draft:", "W3C Candidate Recommendation Snapshot
# 12 May 2022"); a longer element is the page's text, not its head.
_LINE_LIMIT = 200

# A status line names the document's maturity, then its date: "W3C Working Draft 17 May 2007", "W3C
# Recommendation, 3 June 2016", "W3C Candidate Recommendation Snapshot 12 May 2022".
_STATUS = re.compile(
    r"\b(?:working draft|(?:proposed |candidate |edited )*recommendation(?: snapshot| draft)?|"
    r"(?:group |interest group )?note|editor's draft|(?:member |team )?submission|statement|"
    r"(?:draft |final )?community group report)\b\s*,?\s*",
    re.IGNORECASE,
)


def _following(node: Any) -> list[Any]:
    """The elements after a node among its siblings, no more than a head holds."""
    found: list[Any] = []
    sibling = node.next
    while sibling is not None and len(found) < _HEAD_REACH:
        if sibling.tag != "-text" and sibling.tag != "_comment":
            found.append(sibling)
        sibling = sibling.next
    return found


def status_line_date(page: Page, title: str | None) -> str | None:
    """The date of the status line right under the title heading: a report's own, this version's."""
    heading = title_heading(page, title)
    following = _following(heading) if heading is not None else []
    if not following or following[0].tag not in ("h2", "h3", "p", "div"):
        return None
    line = clean_text(short_text(following[0], _LINE_LIMIT)) or ""
    status = _STATUS.search(line)
    # The status opens the line, after no more than the body's name ("W3C", "IETF"): a sentence that
    # mentions a recommendation is no status line.
    if status is None or len(line[: status.start()].split()) > 2:
        return None
    return whole_date(line[status.end():])
