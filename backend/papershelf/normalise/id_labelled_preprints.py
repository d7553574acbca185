"""The preprint a paper's page names right under its title by a link whose words are the preprint's own id:
Microsoft's DelightfulTTS demo page (round 203), hand-written, no meta, its h1 the paper's title and the
paragraph right after it 'arXiv: <a href="https://arxiv.org/abs/2110.12612">arXiv:2110.12612</a>'. No button
word ('arXiv', 'Paper') labels the link, its id does; standing in the line under the title, it is the
paper's own preprint, as a project page's button under its title is.

Only the element right after the page's first h1 is read, and only a link whose words name the very id its
address links: a reference list's 'arXiv:…' links cite other papers, and stand further down.
"""

from __future__ import annotations

import re

from ..identity import arxiv_id_from_url, clean_text
from .html_meta import Page, next_element, short_text

# A link's words that are an arXiv id, with or without its 'arXiv:' prefix ('arXiv:2110.12612',
# 'arXiv: 2110.12612v2', '2110.12612').
_ID_WORDS = re.compile(r"(?:arxiv\s*:\s*)?(\d{4}\.\d{4,5})(?:v\d+)?", re.IGNORECASE)
# How long the line under the title may be, and how many links of it are read.
_LONGEST_LINE = 300
_MOST_LINKS = 8


def preprint_its_id_names_under_the_title(page: Page) -> str | None:
    """The arXiv id a link in the line right after the page's first h1 names by its words and its address
    alike, where the line's such links agree on one; None otherwise."""
    heading = page.tree.css_first("h1")
    line = next_element(heading) if heading is not None else None
    if line is None or line.tag not in ("p", "div") or short_text(line, _LONGEST_LINE) is None:
        return None
    found: set[str] = set()
    for link in line.css('a[href*="arxiv.org/"]')[:_MOST_LINKS]:
        words = _ID_WORDS.fullmatch(clean_text(short_text(link, _LONGEST_LINE)) or "")
        linked = arxiv_id_from_url(link.attributes.get("href"))
        if words is not None and linked and linked[0] == words.group(1):
            found.add(linked[0])
    return found.pop() if len(found) == 1 else None
