"""Standards and technical specifications as their own pages show them: a W3C Technical Report's head
(the editors in a definition list, the status line dating this version under the title) and an IETF RFC
shown as its plain text (the IETF Datatracker's view, rfcmarkup's before it), whose record is all in the
text: no scholarly meta names it.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .common import TextRecord
from .dates import whole_date
from .html_meta import Page, next_element, short_text
from .names import display_name, same_person
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
    sibling = next_element(node)
    while sibling is not None and len(found) < _HEAD_REACH:
        found.append(sibling)
        sibling = next_element(sibling)
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


# The header of an RFC's first page: the stream on the left of the first line, then "Request for
# Comments: NNNN" on the second (the columns apart by spaces).
_STREAM_LINE = re.compile(r"[A-Z][^\n]*\n\s*Request for Comments:\s*\d+\s")
# An author in the header's right column: initials, then a surname ("E. Rescorla", "J-P. Dupont, Ed.").
_HEADER_NAME = re.compile(r"(?:[A-Z][a-z]?\.[ -]?){1,3}\s*[A-Z][\w'’-]+(?: [\w'’-]+)*(?:, Ed\.)?")
_ADDRESSES = re.compile(r"authors?'?s?'? address(?:es)?", re.IGNORECASE)
# How much of a printed page is read: a page of an RFC holds 58 lines of 72 characters, links aside.
_PAGE_LIMIT = 20000
# How many of the last printed pages may hold the authors' addresses.
_LAST_PAGES = 3


def rfc_text(page: Page) -> TextRecord | None:
    """The record of a page that shows an RFC as its plain text, read from its first printed page (its
    header, title and abstract) and its last ones (the authors' addresses, with their full names)."""
    pages = page.tree.css("pre")
    first = next((index for index, pre in enumerate(pages[:_LAST_PAGES + 1])
                  if _STREAM_LINE.match((short_text(pre, _PAGE_LIMIT) or "").lstrip("\n"))), None)
    if first is None:
        return None
    lines = (short_text(pages[first], _PAGE_LIMIT) or "").lstrip("\n").split("\n")
    header = _until_blank(lines, 0)
    rights = [_right_column(line) for line in header]
    # "Y. Nir, Ed.": the editor's mark is no part of the name.
    names = [right.removesuffix(", Ed.") for right in rights if right and _HEADER_NAME.fullmatch(right)]
    published = next((date for right in reversed(rights) if right and (date := whole_date(right))), None)
    start = _past_blank(lines, len(header))
    title_lines = _until_blank(lines, start)
    title = clean_text(" ".join(title_lines))
    if not title or not names:
        return None
    full = _addressed_names(pages[max(first + 1, len(pages) - _LAST_PAGES):])
    authors = [next((name for name in full if same_person(short, name)), short) for short in names]
    return TextRecord(title, [author for name in authors if (author := display_name(name))], published,
                   _abstract(lines))


def _until_blank(lines: list[str], start: int) -> list[str]:
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    return lines[start:end]


def _past_blank(lines: list[str], start: int) -> int:
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


def _right_column(line: str) -> str | None:
    """The header's right column on one line: what follows a run of spaces, or the whole line when the
    left column is empty there."""
    parts = re.split(r"\s{2,}", line.strip())
    if line[:1].isspace():
        return clean_text(line)
    return clean_text(parts[-1]) if len(parts) > 1 else None


def _abstract(lines: list[str]) -> str | None:
    """The indented paragraphs after the line 'Abstract', to the next section's heading."""
    start = next((index for index, line in enumerate(lines) if line.strip() == "Abstract"), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1].isspace()):
        end += 1
    return clean_text(" ".join(lines[start + 1 : end]))


def _addressed_names(pages: list[Any]) -> list[str]:
    """The first line of each block under 'Author's Address' or 'Authors' Addresses': a name."""
    lines = "\n".join(short_text(pre, _PAGE_LIMIT) or "" for pre in pages).split("\n")
    start = next((index for index, line in enumerate(lines) if _ADDRESSES.fullmatch(line.strip())), None)
    if start is None:
        return []
    names: list[str] = []
    index = _past_blank(lines, start + 1)
    while index < len(lines) and lines[index][:1].isspace():
        names.append(lines[index].strip())
        index = _past_blank(lines, index + len(_until_blank(lines, index)))
    return names
