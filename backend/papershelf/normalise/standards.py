"""Standards and technical specifications as their own pages show them: a W3C Technical Report's head
(the editors in a definition list, the status line dating this version under the title).
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .dates import whole_date
from .html_meta import Page, short_text
from .names import display_name
from .places import title_heading

# How far past the title a report's head keeps its status line and its list of editors: the elements
# between are the status line, the list, a logo or a version's links.
_HEAD_REACH = 6
# The longest term or status line read ("Latest editor's draft:", "W3C Candidate Recommendation Snapshot
# 12 May 2022"); a longer element is the page's text, not its head.
_LINE_LIMIT = 200
# The longest editor's entry read: a name, an affiliation and an address or two.
_ENTRY_LIMIT = 400

# The term that names the people who edited this version; "Previous Editors:", "Former editors:" name
# those who left before it, and are not matched (the whole term is).
_EDITORS_TERM = re.compile(r"editors?\s*:?", re.IGNORECASE)

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


def editors_in_head(page: Page, title: str | None) -> list[str]:
    """The names a definition list under the title gives under its 'Editors:' term, one a dd, each
    without the affiliation after its first comma."""
    heading = title_heading(page, title)
    listing = next((node for node in (_following(heading) if heading is not None else [])
                    if node.tag == "dl"), None)
    if listing is None:
        return []
    names: list[str] = []
    under_editors = False
    for item in listing.iter():
        if item.tag == "dt":
            term = clean_text(short_text(item, _LINE_LIMIT)) or ""
            under_editors = _EDITORS_TERM.fullmatch(term) is not None
        elif item.tag == "dd" and under_editors:
            entry = clean_text(short_text(item, _ENTRY_LIMIT)) or ""
            if name := display_name(entry.split(",")[0]):
                names.append(name)
    return names
