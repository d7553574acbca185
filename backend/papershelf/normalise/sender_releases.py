"""Without meta, a press release a news service posts for an institution: its heading the page's <title> word
for word, of whatever rank (idw, Informationsdienst Wissenschaft, 2023: the <title> 'Effiziente
Hybridbatterie' and <h4>Effiziente Hybridbatterie</h4>, the service's own h2 hidden), the line right above it
the day and its time alone (<em>01.11.2023 11:35</em>), the heading of lower rank right under it the sender's
line, the press officer's name opening it before her department and institution (<h5 class="subheader">Dr.
Karin J. Schmitz <em>Abteilung Öffentlichkeitsarbeit</em><br/><a …>Gesellschaft Deutscher Chemiker
e.V.</a></h5>), then a paragraph wholly in italics, a subtitle line ended by a <br> and the lead under it,
over the text's prose. The sender wrote and issued the release, as a research institute's media officer who
signs a news item does; the lead set apart in italics is its summary, the subtitle over it not. A name in the
heading under the title is read only with the day's line over the title: the two together are the release's
header, where a heading of lower rank alone may be any section's.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT, BodyRecord
from .datelines import SHORT, day_of_the_line
from .html_meta import Page, block_text, next_element, short_text, text_lines
from .lines_above import line_above
from .names import a_persons_name
from .news_releases import over_prose
from .places import HEADINGS, compact, page_headings

# A time of day after the day on its line ("01.11.2023 11:35", "11:35 Uhr").
_TIME = re.compile(r"\s+\d{1,2}[:.]\d{2}(?:\s*(?:uhr|[ap]\.?m\.?))?$", re.IGNORECASE)
# Academic titles before a name ("Dr.", "Prof. Dr.", "Dr. rer. nat."): not part of the name a record keeps.
_ACADEMIC = re.compile(r"^(?:(?:prof|dr|pd|dipl)\.(?:\s*(?:rer|nat|med|phil|ing|habil)\.)*\s+)+",
                       re.IGNORECASE)
# How many elements under the sender's line, empty ones passed, the italic lead is looked for in.
_LEAD_STEPS = 3
# How many of the lead paragraph's elements are read: an <em> or <i> holding it all, at most one.
_LEAD_CHILDREN = 8
_ITALICS = ("em", "i")


def release_under_its_senders_line(page: Page, title: str | None) -> BodyRecord | None:
    """The record of the heading the <title> is word for word, dated by the day (and time) alone on the line
    right above it, where the heading of lower rank right under it opens with a person's name, and prose
    follows; None where meta names the title or any of them is missing."""
    if title:
        return None
    tab = compact(clean_text(page.node_text("title") or "") or "")
    heading = next((node for node, text in page_headings(page, HEADINGS)
                    if tab and text and compact(text) == tab), None)
    if heading is None:
        return None
    above = line_above(heading)
    day = _day_and_time(short_text(above, SHORT) if above is not None else None)
    sender = next_element(heading)
    name = _senders_name(heading, sender) if day and sender is not None else None
    record = over_prose(page, heading, block_text(heading), day) if name else None
    if record is None:
        return None
    record.authors = [name]
    record.abstract = _italic_lead(sender)
    return record


def _day_and_time(text: str | None) -> str | None:
    """The day a line is, alone or with its time of day after it; None otherwise."""
    line = " ".join((text or "").split())
    return day_of_the_line(_TIME.sub("", line)) if line else None


def _senders_name(heading: Any, line: Any) -> str | None:
    """The person's name that opens the heading of lower rank right under the title's, its own text before
    any element in it (her department in an <em> after it), academic titles left off; None otherwise."""
    if line.tag not in HEADINGS.split(",") or line.tag <= heading.tag:
        return None
    first = line.child
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next
    if first is None or first.tag != "-text":
        return None
    name = _ACADEMIC.sub("", " ".join((first.text_content or "").split()))
    return name if a_persons_name(name) else None


def _italic_lead(sender: Any) -> str | None:
    """The lead of the paragraph wholly in italics a few elements under the sender's line, past its subtitle
    line; None where no such paragraph comes first or it holds one line only."""
    node = sender
    for _ in range(_LEAD_STEPS):
        node = next_element(node)
        if node is None:
            return None
        if node.tag == "p":
            break
        if (block_text(node) or "").strip():
            return None  # words of another kind under the sender's line: no lead set apart
    else:
        return None
    italic = _wholly_italic(node)
    lines = [line for line in text_lines(italic) if line] if italic is not None else []
    lead = " ".join(lines[1:])
    return lead if len(lines) > 1 and len(lead) >= MIN_ABSTRACT else None


def _wholly_italic(paragraph: Any) -> Any:
    """The <em> or <i> that holds all of the paragraph's words; None where words stand outside it."""
    italic = None
    child = paragraph.child
    for _ in range(_LEAD_CHILDREN):
        if child is None:
            return italic
        if child.tag == "-text":
            if (child.text_content or "").strip():
                return None
        elif child.tag in _ITALICS and italic is None:
            italic = child
        elif child.tag != "-comment":
            return None
        child = child.next
    return None
