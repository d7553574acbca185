"""A heading the page itself names its byline, by its id or class (EvoLang XI's proceedings, 2016:
<h3 id="papertitle">, then <h5 id="authors">Ashley Micklos</h5>): the names it shows on its first line,
one or more, its affiliations' lines and superscript numbers left out; and it belongs to the title's
part of the page, as a heading of the text would not."""

from __future__ import annotations

import re
from typing import Any

from .html_meta import Page, block_text, past_blank_text, text_lines
from .label_lines import labels_among
from .names import NAME_PART, names_in_byline
from .places import HEADING_TAGS, HEADINGS, compact

# The id or class words a page names its byline heading by, whole: a word that only holds one of
# them ("author-bio", "authorship") heads something else.
_BYLINE_WORDS = frozenset({"author", "authors", "byline"})
# Where a line of names parts one person from the next.
_NAME_SEPARATORS = re.compile(r",|&|\band\b")
# The longest first line a byline heading's names take; a longer one is prose.
_NAMES_LINE = 1000


def names_under_title_heading(page: Page, title: str | None) -> list[str]:
    """The names of a byline heading set right after the title's heading: one that shows the title (in
    quotation marks too: EvoLang XI's workshop talks, <h3 id="papertitle">"Lip-smacking, …" </h3>), or
    that the page identifies or classes as its title."""
    key = compact(title or "")
    for heading in page.tree.css(HEADINGS):
        if not is_byline_heading(heading):
            continue
        before = past_blank_text(heading.prev, "prev")
        if before is not None and before.tag in HEADING_TAGS and (
                _named_title(before) or (key and key in compact(block_text(before) or ""))):
            return names_in_byline_heading(heading)
    return []


def _named_title(heading: Any) -> bool:
    attributes = heading.attributes
    return "title" in f"{attributes.get('id') or ''} {attributes.get('class') or ''}".casefold()


def is_byline_heading(node: Any) -> bool:
    """Whether the element is a heading whose id or one of whose classes is a byline's word."""
    if node is None or node.tag not in HEADING_TAGS:
        return False
    attributes = node.attributes
    words = {(attributes.get("id") or "").casefold(), *(attributes.get("class") or "").casefold().split()}
    return not _BYLINE_WORDS.isdisjoint(words)


def names_in_byline_heading(heading: Any) -> list[str]:
    """The people a byline heading names on its first line, when every part of that line is a name:
    a heading's one name is a person only because the page says the heading is its byline. The lines
    after a break are the affiliations the paper pages set under the names (<br /><span
    class="affiliation">1 Max Planck Institute …</span>), no person's."""
    if not is_byline_heading(heading):
        return []
    line = next((line for line in text_lines(heading) if line), "")
    parts = [part.strip() for part in _NAME_SEPARATORS.split(line) if part.strip()]
    if not parts or len(line) > _NAMES_LINE or not all(NAME_PART.fullmatch(part) for part in parts):
        return []
    names = names_in_byline(line)
    return names if len(names) == len(parts) and not labels_among(names) else []
