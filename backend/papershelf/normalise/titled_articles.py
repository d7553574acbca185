"""Without meta, a story whose headline is an element classed as the article's title that the <title> holds,
no heading element of its own (ΤΟ ΒΗΜΑ, 2011, Netvolution WCM: div.article_title, the <title> 'ΤΟ ΒΗΜΑ - ',
the headline and its sections), dated by its publication line among the few elements right after it, a
publication label and the day (div.article_info 'ΔΗΜΟΣΙΕΥΣΗ:  28/12/2011, 15:17', past the dek), over the
text's prose. The element right under the headline classed as its subtitle (div.article_subtitle) is its dek,
set apart as Chosun Ilbo's h3.news_subtitle is (day_line_deks). A reader takes the classed element for the
heading, as shown_titles takes div.article-title; this reads the rest of the story around it.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .datelines import SHORT
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, short_text
from .news_releases import over_prose
from .places import holds_alone, words_in
from .shown_dates import opens_with_a_publication_label
from .shown_titles import title_heading_the_tab_repeats

# How many elements after the headline the publication line is sought among (a supertitle, the dek, a
# photograph's block stand between them on other templates), and how much of each is read: a line, not text.
_SIBLINGS = 6
_LINE = 120
# A dek: a few words, shorter than an abstract.
_DEK_WORDS = 3
_LONGEST_DEK = 600


def titled_article(page: Page) -> BodyRecord | None:
    """The record of a story under an element classed as its title that the <title> holds, dated by a
    labelled publication line among the elements right after it, prose after; None elsewhere (a heading
    element, which the heading readers read; no labelled day there; no prose)."""
    heading = title_heading_the_tab_repeats(page)
    if heading is None or heading.tag != "div":
        return None
    title = " ".join((short_text(heading, _LINE * 4) or "").split())
    day = None
    dek = None
    # The headline alone in a wrapper of its own: the lines after the wrapper (Sina Hong Kong, 2012:
    # div#news_title alone in div.contentPageContentTitle, then div.contentPageContentSubTitle).
    wrapper = heading.parent
    sibling = (wrapper if wrapper is not None and holds_alone(wrapper, heading) else heading).next
    for place in range(_SIBLINGS):
        # Past the text between elements: each element after the headline, the first few only.
        while sibling is not None and sibling.tag == "-text":
            sibling = sibling.next
        if sibling is None:
            break
        text = " ".join((short_text(sibling, _LONGEST_DEK) or "").split())
        if place == 0 and _classed_a_subtitle(sibling) and (opening := _opening_day(text)):
            # A subtitle line that opens with the day, the paper the story is from after it, is the story's
            # dateline, no dek (Sina Hong Kong, 2012: '2012-01-16 法制晚報').
            day = opening
            break
        if place == 0 and _classed_a_subtitle(sibling) and words_in(text) >= _DEK_WORDS and (
                len(text) < _LONGEST_DEK):
            dek = text
        elif opens_with_a_publication_label(text[:_LINE]):
            found = dates_in_text(text[:_LINE])
            day = next((iso for _, _, iso in found if iso and len(iso) == DAY_LENGTH), None)
            break
        sibling = sibling.next
    record = over_prose(page, heading, title, day)
    if record is not None:
        record.abstract = dek
    return record


def _opening_day(text: str) -> str | None:
    """The day a short line opens with (the day and a source's name), or None: a dek is longer."""
    if not text or len(text) > SHORT:
        return None
    found = next(iter(dates_in_text(text)), None)
    if found is None or found[0] or not found[2] or len(found[2]) != DAY_LENGTH:
        return None
    return found[2]


def _classed_a_subtitle(node: Any) -> bool:
    return "subtitle" in (node.attributes.get("class") or "").casefold()
