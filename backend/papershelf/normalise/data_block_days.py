"""A release whose day stands in a data block under its heading: pairs of a label and its value, each in an
element of its own, between the heading and the text's prose (the Government Site Builder's press releases,
2022: the BfS's <div class="docData"><span class="label">Ausgabejahr</span> <span class="value">2022</span>
<br><span class="label">Datum</span> <span class="value">25.01.2022</span></div> right under the h1; the
BSI's <p class="docData"><strong class="label">Ort</strong> <span class="value">Saarbrücken</span><br>
<strong class="label">Datum</strong> …</p> after the wrapper the h1 stands in). The value after the label
that is the word "date" alone ("Datum", "Date:") is the release's day; a label of more words names another
date ("Datum der letzten Änderung"), and the first date label decides. Such a release, its meta title the
heading, its text in paragraphs of prose, is a dated item of its site, read as its record without authors,
as a news release dated under its heading is (news_releases).
"""

from __future__ import annotations

from ..identity import clean_text
from .body import BodyRecord
from .dates import DAY_LENGTH, whole_date
from .html_meta import Page, block_text, next_element, short_text
from .places import HEADINGS, PROSE, below_heading, in_another_entry, title_heading

# The word "date" alone as a label, in the languages of the sites that set their releases so.
_DATE_LABELS = frozenset(("date", "datum", "fecha"))
# How many characters (and nodes) a value that is a day holds at most.
_VALUE = 40


def labelled_day_under_heading(page: Page, title: str | None) -> list[str]:
    """The day after the first label "date" alone between the heading of the title and the text's prose,
    where its value is a day and nothing else; none where there is no such label, or its value is no day."""
    heading = title_heading(page, title, HEADINGS) if title else None
    for node in below_heading(page, heading) if heading is not None else ():
        if node.tag.startswith("-") or next(node.iter(), None) is not None:
            continue  # text, and elements that hold more than their own text: no label alone
        if (clean_text(node.text(deep=False)) or "").rstrip(":").strip().casefold() not in _DATE_LABELS:
            continue
        if in_another_entry(page, node):
            continue  # a list's item, an aside's: another story's
        value = next_element(node)
        day = whole_date(short_text(value, _VALUE)) if value is not None else None
        return [day] if day and len(day) == DAY_LENGTH else []
    return []


def dated_by_its_data_block(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a release whose heading shows its meta title, whose data block under it gives its day,
    and whose text follows in paragraphs of prose; None where the page lacks any of them."""
    day = labelled_day_under_heading(page, title)
    if not day or not any(len(block_text(node) or "") >= PROSE for node in page.tree.css("p")):
        return None
    return BodyRecord(title=title, shown=day, known=True)

