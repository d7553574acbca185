"""A page's writer named by its "About the author" box: a heading saying so, then a paragraph that opens with
the person's name, linked, and goes on with what they are (Bjango's articles, 2016: <h4>About the author</h4>
<p><a href="http://twitter.com/marcedwards">Marc Edwards</a> is the founder and designer at Bjango.</p>,
after the article, with no byline, no author meta). The heading says the name is the writer's, as a byline's
"By" does; a box about several authors, or a paragraph not opening with one person's linked name, names none.
"""

from __future__ import annotations

import re
from typing import Any

from .html_meta import Page, next_element, short_text
from .names import a_persons_name, is_group

# The heading's whole text: "About the author", "About the writer" (one person: a box about the authors is
# read nowhere here).
_ABOUT = re.compile(r"about\s+the\s+(?:author|writer)", re.IGNORECASE)
# The headings a box's title may be.
_HEADINGS = "h2, h3, h4, h5, h6"
# How many headings are looked at, and how many nodes of the heading and of the paragraph's name are read.
_MOST_HEADINGS = 200
_LINE = 40
# What follows the name in the paragraph: "is", "was", "writes".
_GOES_ON = re.compile(r"\s*(?:is|was|writes)\b")


def writer_about_the_author(page: Page) -> list[str] | None:
    """The one person an "About the author" heading's next paragraph opens with, linked; None where the page
    has no such heading, or more than one, or the paragraph opens otherwise."""
    found = None
    for count, heading in enumerate(page.tree.css(_HEADINGS)):
        if count >= _MOST_HEADINGS:
            return None
        text = short_text(heading, _LINE)
        if text is not None and _ABOUT.fullmatch(" ".join(text.split())):
            if found is not None:
                return None  # several boxes: whose writer is not told
            found = heading
    paragraph = next_element(found) if found is not None else None
    if paragraph is None or paragraph.tag != "p":
        return None
    name = _opening_link(paragraph)
    if name is None or not a_persons_name(name) or is_group(name):
        return None
    return [name]


def _opening_link(paragraph: Any) -> str | None:
    """The text of the link the paragraph opens with, when words saying what the person is follow it."""
    link = paragraph.child
    while link is not None and link.tag == "-text" and not (link.text(deep=False) or "").strip():
        link = link.next
    if link is None or link.tag != "a":
        return None
    after = link.next
    if after is None or after.tag != "-text" or not _GOES_ON.match(after.text(deep=False) or ""):
        return None
    text = short_text(link, _LINE)
    return " ".join(text.split()) if text else None
