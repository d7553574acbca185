"""The summary a project page sets as its teaser's caption where it labels no abstract: the template's
section.hero.teaser holds the teaser's image or video and, under it, an h2.subtitle that a page without an
'Abstract' section may write as its summary (InterDyn's page, round 185: three sentences of what the model
does and what the paper investigates, under the title, the page's only summary). A caption of one sentence
stays a caption; a page that labels an abstract (or its template's 'Overview' or 'TL;DR') has its readers."""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import Page, abstract_text, block_text, select_first, short_text
from .places import HEADINGS

# How many headings are read for a label of the page's abstract, and how long such a label may be.
_HEADING_REACH = 200
_LONGEST_LABEL = 40
_ABSTRACT_LABELS = frozenset({"abstract", "overview", "tl;dr", "summary"})
_LABEL_MARKS = " -\u2013\u2014:\u00b7*"
# A caption is the summary when it is prose of two sentences at least: a sentence's end, then more.
_SENTENCE_END = re.compile(r"[.!?](?=\s+\S)")
# How long a caption may be to be read at all (its markup's indentation counted).
_LONGEST_CAPTION = 6000


def project_teaser_summary(page: Page) -> str | None:
    """The teaser's caption of a page that sets its title in the template's heading (h1.publication-title)
    and labels no abstract within the walk's reach, when the caption is two sentences or more."""
    if page.tree.css_first("h1.publication-title") is None:
        return None
    caption = select_first(page.tree, "section.hero.teaser h2.subtitle")
    if caption is None or short_text(caption, _LONGEST_CAPTION) is None:
        return None
    for count, heading in enumerate(page.tree.css(HEADINGS)):
        if count > _HEADING_REACH:
            break
        label = clean_text(short_text(heading, _LONGEST_LABEL)) or ""
        if label.strip(_LABEL_MARKS).casefold() in _ABSTRACT_LABELS:
            return None  # the page labels its summary: the readers of labelled abstracts read it
    text = abstract_text(block_text(caption))
    if not text or len(text) < MIN_ABSTRACT or _SENTENCE_END.search(text) is None:
        return None
    return text
