"""A project page whose <title> and og:title write the project's short name, a dash and the second part of
the paper's title ('GAPPO — Gradient-Aware Pathwise Policy Optimization': GAPPO's page, round 236), while its
h1 shows the paper's whole title, its first part before a colon and that second part after it ('Trust What
You Can Verify: Gradient-Aware Pathwise Policy Optimization'), and its own BibTeX entry titles the paper as
the h1 does. The h1 is the paper's title; the meta title is the project's name over the rest of it."""

from __future__ import annotations

import re

from ..identity import clean_text
from .cited_dates import bibtex_block_titles
from .html_meta import Page, block_text
from .places import compact

# A short name (one or two words), a dash set between blanks (an em dash, an en dash or a hyphen), the rest.
_DASHED = re.compile(r"(\S+(?: \S+)?) [\u2014\u2013-] (\S.*)")
# How many h1s are read at most: a project page shows one, maybe a second in its hero.
_H1S = 3


def heading_the_dashed_name_ends(page: Page, title: str | None) -> str | None:
    """The h1 that ends with the meta title's part after its short name and a dash, after a colon, and that
    the page's own BibTeX entry gives as the title; None where there is no such h1 or entry."""
    found = _DASHED.fullmatch(" ".join((title or "").split()))
    if found is None:
        return None
    rest = found.group(2)
    return _h1_its_entry_titles(page, lambda text: text.endswith(f": {rest}"))


def _h1_its_entry_titles(page: Page, fits) -> str | None:
    """The first of the page's h1s whose text `fits` and that the page's own BibTeX entry gives as the
    title."""
    entries = {compact(entry) for entry in bibtex_block_titles(page)}
    for h1 in page.tree.css("h1")[:_H1S]:
        # The heading's text as shown, its lines joined by a blank (block_text may run a line into the next).
        text = clean_text(h1.text(deep=True)) or block_text(h1)
        if text and fits(text) and compact(text) in entries:
            return text
    return None


# A short name (one word, maybe hyphened: 'CKA-Agent'), a colon, the rest.
_COLONED = re.compile(r"(\S+): (\S.*)")


def heading_the_named_part_opens(page: Page, title: str | None) -> str | None:
    """The h1 that opens with the meta title's part after its short name and a colon, a colon after that
    part, and that the page's own BibTeX entry gives as the title ('CKA-Agent: The Trojan Knowledge' over
    the h1 'The Trojan Knowledge: Bypassing Commercial LLM Guardrails via …': CKA-Agent's page, round 246);
    None where there is no such h1 or entry."""
    found = _COLONED.fullmatch(" ".join((title or "").split()))
    if found is None:
        return None
    part = found.group(2)
    return _h1_its_entry_titles(page, lambda text: text.startswith(f"{part}: "))
