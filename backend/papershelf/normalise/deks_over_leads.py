"""A news story's dek set as a sentence heading right after its h1, where the description the page shows is
the text's first paragraph (Belfast Telegraph's Press Association item, 2017: <article><h1>…</h1><h2>The
organisms hitching a ride on our bodies can affect our weight, health and might even communicate with our
brain.</h2> a picture, the day, then <p>Kurzgesagt – In A Nutshell is YouTube education at its finest, …</p>
and the rest of the text, the description that first <p> whole; a NewsArticle JSON-LD). The paragraph is
the story's lead, its text going on after it, and the heading over the picture is the summary set apart,
which the corpus reads as a story's abstract. A heading that is no sentence is a second headline
(chemie.de's h2.news-subtitle, standfirst_blocks), and a line holding a day or opening a byline is the
title block's, no summary.
"""

from __future__ import annotations

from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text, next_element
from .places import PROSE, SUBHEADING_TAGS, in_another_entry, title_heading
from .story_openings import opens_the_story

# How long a dek is at least (a sentence) and at most (longer is the text's prose), and how many words it
# runs to at least (a kicker or a section's name is a few).
_LENGTH = (60, 3 * PROSE)
_WORDS = 8


def dek_over_the_lead(page: Page, title: str | None, shown: str | None) -> str | None:
    """The sentence heading right after the h1 of the page's title where `shown`, the description the page
    shows as a paragraph, is the text's first paragraph; None otherwise."""
    if not shown or not title:
        return None
    heading = title_heading(page, title)
    after = next_element(heading) if heading is not None else None
    if after is None or after.tag not in SUBHEADING_TAGS or in_another_entry(page, after):
        return None
    text = block_text(after)
    least, most = _LENGTH
    if not text or not least <= len(text) <= most or len(text.split()) < _WORDS or not text.endswith("."):
        return None
    if text.casefold().startswith("by ") or any(iso and len(iso) == DAY_LENGTH
                                               for _, _, iso in dates_in_text(text)):
        return None  # a byline, or a line holding a day
    # Only where the shown paragraph is the lead (its text going on after it): a standfirst in a block of
    # its own stays the summary, and the heading over it a second headline.
    return text if opens_the_story(page, shown) else None
