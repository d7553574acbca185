"""A radio or television programme's episode page: the line 'with' and its presenter's name (a link to the
presenter's page), then the episode's day alone, then the episode's title, each a line of its own within a few
lines of one another (ABC Radio National's In Conversation, 2005: <b>with <a href="…/rwilliam.htm">Robyn
Williams</a></b>, <b>26/05/2005</b>, 'Richard Passingham' in bold blue type, the guest the episode is named
by; then 'Summary:' and 'Transcript:', the presenter's conversation with the guest). The presenter, who
conducts the conversation the page records, is read as its author, as the corpus reads an interview's
interviewer; the day dates it. A line 'Interview with …' or 'by … with …' is no presenter's.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .dates import DAY_LENGTH, whole_date
from .html_meta import Page
from .names import a_persons_name, is_group
from .places import UNSHOWN

# How many lines may stand between the presenter's name and the title (the day among them).
_LINES_BETWEEN = 4


def presented_episode(page: Page, title: str | None) -> BodyRecord | None:
    """The presenter and the day of an episode page whose title is `title`; None where the page lacks the
    line 'with' and a linked person's name, a line of the day alone after it, or the title after that."""
    body = page.tree.body
    if not title or body is None:
        return None
    lines = _lines(body)
    for at, (text, _) in enumerate(lines):
        if text.casefold() != "with" or at + 1 >= len(lines):
            continue
        name, node = lines[at + 1]
        if node.parent is None or node.parent.tag != "a" or not a_persons_name(name) or is_group(name):
            continue
        after = [line for line, _ in lines[at + 2 : at + 2 + _LINES_BETWEEN]]
        if title not in after:
            continue
        days = [day for line in after[: after.index(title)]
                if (day := whole_date(line)) and len(day) == DAY_LENGTH]
        if len(days) == 1:
            return BodyRecord(title=title, authors=[name], shown=days, known=True)
    return None


def _lines(body: Any) -> list[tuple[str, Any]]:
    """The page's shown texts in their order, each with its node, blank ones left out."""
    found = []
    for node in body.traverse(include_text=True):
        if node.tag != "-text" or (node.parent is not None and node.parent.tag in UNSHOWN):
            continue
        if text := clean_text(node.text_content):
            found.append((text, node))
    return found
