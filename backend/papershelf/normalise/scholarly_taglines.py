"""A paper's own page whose JSON-LD article gives a one-line description and no abstract, over the 'Abstract'
section the page shows (RAG-HAR's project page, round 216: a ScholarlyArticle item whose description is the
tagline its description meta repeats, 'RAG-HAR: A training-free retrieval-augmented framework …', over the
paragraph under its 'Abstract' h2). The description is written for search results and shares; the section the
page heads 'Abstract' is the summary it sets apart."""

from __future__ import annotations

import re
from typing import Any

from .html_meta import Page, fragment_text, json_ld_text
from .shown import abstract_after_heading

# A tagline is one sentence: no sentence's end followed by another's start inside it.
_TWO_SENTENCES = re.compile(r"[.!?]\s+[A-Z0-9]")
# Longer than this, a description is a summary in its own right (a paper's abstract runs to several lines).
_LONGEST_TAGLINE = 300
# The section's text must say much more than the tagline: a section of a few words more is the same blurb.
_LONGER_BY = 2


def abstract_headed_over_a_tagline(
    page: Page, article: dict[str, Any] | None, meta: str | None
) -> str | None:
    """The text under the page's 'Abstract' heading, where the abstract the meta gives is only its JSON-LD
    article's description (the item has no `abstract`) and that is one short sentence the section does not
    open with; None otherwise."""
    if not meta or not article or article.get("abstract"):
        return None
    if meta != fragment_text(json_ld_text(article.get("description"))):
        return None  # the meta's abstract is a citation or Dublin Core meta's, the paper's own
    if len(meta) > _LONGEST_TAGLINE or _TWO_SENTENCES.search(meta.rstrip(".!? ")):
        return None
    headed = abstract_after_heading(page, ("abstract",))
    if not headed or len(headed) < _LONGER_BY * len(meta):
        return None
    # A section opening with the description's own words is the abstract the description was cut from: the
    # description stands for it, as the generic reading takes it.
    opening = " ".join(meta.split()[:6]).casefold()
    return None if opening in " ".join(headed.split()).casefold() else headed
