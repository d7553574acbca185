"""An item whose <title> names it by its kind, abbreviated, a colon and the heading's last line, where the
heading spells that kind out on its first line.

An institute's questions-and-answers page (NIAID's news, 2014, SharePoint, no meta but the <title>): the
site's one h1 the section's name ('News & Events'), the item's heading an h3 of two lines, 'QUESTIONS AND
ANSWERS', a <br>, 'Phase 1 Clinical Trials of NIAID/GSK Investigational Ebola Vaccine', the day alone in
bold right under it, and the <title> 'Q&A: Phase 1 Clinical Trials of NIAID/GSK Investigational Ebola
Vaccine'. The <title> is the page's own name for it, the heading's two lines said once: the kind of page
before a colon, abbreviated ('Q&A' the initials of 'Questions and Answers', an 'and' written '&'), or the
same words. No reader takes a heading that the <title> names only in part, after a label; where the
heading's first line spells the label out, the two name the same item, and its day right under the heading
dates it (dated_headings.day_beside), as an item whose heading the <title> repeats is dated.
"""

from __future__ import annotations

import re
from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .dated_headings import day_beside
from .html_meta import Page, markup_text, text_lines
from .news_releases import over_prose
from .places import compact, page_headings

# The kind's label before the colon: a few words at most ('Q&A', 'FAQ', 'Interview').
_LABEL_WORDS = 3
_TAB = re.compile(r"^([^:]{1,40}):\s+(\S.*)$")
# The words a label's abbreviation leaves out, and the sign it writes 'and' with.
_JOINING = frozenset({"and", "&", "of", "the"})
# The headings an item's two-line heading is looked for in.
_HEADINGS = "h1, h2, h3"


def item_under_its_labelled_heading(page: Page) -> BodyRecord | None:
    """The record of the item whose heading's last line is the <title>'s stretch after its label and whose
    first line spells that label out, dated by the day right beside the heading and over the text's prose;
    None where the page has no such heading, day or prose."""
    tab = clean_text(markup_text(page.node_text("title"))) or ""
    found = _TAB.match(tab)
    if found is None or len(found.group(1).split()) > _LABEL_WORDS:
        return None
    label, rest = found.group(1), compact(found.group(2))
    for heading, _ in page_headings(page, _HEADINGS):
        if _names_the_item(heading, label, rest):
            return over_prose(page, heading, tab, day_beside(heading))
    return None


def _names_the_item(heading: Any, label: str, rest: str) -> bool:
    """Whether the heading is two lines, the first spelling the label out, the second the rest of the tab."""
    lines = [line for line in text_lines(heading) if line]
    return len(lines) == 2 and compact(lines[1]) == rest and _spelled_out(label, lines[0])


def _spelled_out(label: str, line: str) -> bool:
    """Whether the line is the label's words, or the words its letters are the initials of ('QUESTIONS AND
    ANSWERS' for 'Q&A'; 'FREQUENTLY ASKED QUESTIONS' for 'FAQ')."""
    if compact(label) == compact(line):
        return True
    letters = [character.casefold() for character in label if character.isalnum()]
    words = [word for word in re.findall(r"[\w&]+", line.casefold()) if word not in _JOINING]
    return len(letters) >= 2 and [word[0] for word in words] == letters
