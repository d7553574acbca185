"""The site's tagline, set as a heading classed as a title, is no post's title. A blog theme's header shows
the site's name over its tagline (Hexo's ARIA theme, Maple's Blog, 2019, round 222: h1.title 'Maple's Blog'
over h2.subtitle 'The future commences now'), and its <title> ends with both after the post's title
('paper-ComplEx-NNE+AER | Maple's Blog - The future commences now'): the tagline is a heading classed as a
title that the <title> repeats, and was read as the post's title over the article's own headline
(h1.post-title, microdata headline 'paper-ComplEx-NNE+AER'), which is shorter and one word.

Narrowly: the heading is the tagline where it is the <title>'s last part, the part before it (after a
separator) is the site's name, which the element right before the heading shows, and the page's article holds
its own headline (an h1 in an <article>, or an element marked itemprop headline) that the <title> opens with
up to the separator before the site's name: that headline is the title. A <title> ending with a paper's
subtitle after its title, or a page whose article holds no headline the tab opens with, keeps its reading."""

from __future__ import annotations

from typing import Any

from .html_meta import Page, block_text, select_all, short_text
from .places import TITLE_SEPARATOR, compact, page_headings

# How many characters of the element before the tagline are read: a site's name is short.
_SITE_NAME_LENGTH = 120
# The headings a tagline is set in: classed as a title ('subtitle', 'site-title').
_TITLED_HEADINGS = 'h1[class*="title"],h2[class*="title"],h3[class*="title"]'
# Where an article holds its own headline.
_HEADLINES = 'article h1, [itemprop~="headline"]'
# The separator after the headline in the <title>, compacted (' | ', ' - ', ' :: ').
_SEPARATOR_LENGTH = 2


def taglines_of_the_site(page: Page) -> set[str]:
    """The compacted texts of the headings classed as a title that are the site's tagline the <title> ends
    with after the site's name, where the article holds a headline of its own the <title> opens with."""
    return _tagline_and_headline(page)[0]


def headline_over_the_sites_tagline(page: Page) -> str | None:
    """The article's own headline, as shown, where a heading classed as a title is the site's tagline."""
    return _tagline_and_headline(page)[1]


def _tagline_and_headline(page: Page) -> tuple[set[str], str | None]:
    """Worked out once a page (the title's readers ask more than once)."""
    if "site's tagline" not in page.worked_out:
        page.worked_out["site's tagline"] = _read_tagline_and_headline(page)
    return page.worked_out["site's tagline"]


def _read_tagline_and_headline(page: Page) -> tuple[set[str], str | None]:
    node = page.head_title
    title = " ".join((node.text() if node is not None else "").split())
    parts = [part for part in TITLE_SEPARATOR.split(title) if part]
    if len(parts) < 3:
        return set(), None
    tagline, site = compact(parts[-1]), compact(parts[-2])
    found = {compact(text or "") for heading, text in page_headings(page, _TITLED_HEADINGS)
             if compact(text or "") == tagline and _after_the_sites_name(heading, site)}
    if not found:
        return set(), None
    # The <title> opens with the article's own headline, up to the separator before the site's name.
    opening = compact(title[: title.rfind(parts[-2])])
    for headline in select_all(page.tree, _HEADLINES):
        text = block_text(headline) or ""
        if (own := compact(text)) and own not in (tagline, site) and opening.startswith(own) and (
                len(opening) - len(own) <= _SEPARATOR_LENGTH):
            return found, text
    return set(), None


def _after_the_sites_name(heading: Any, site: str) -> bool:
    """Whether the element right before the heading shows the site's name (compacted), and nothing else."""
    before = heading.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    return before is not None and compact(short_text(before, _SITE_NAME_LENGTH) or "") == site
