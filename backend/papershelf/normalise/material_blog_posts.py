"""Material for MkDocs' blog plugin: a post's page (div.md-content--post) whose sidebar holds the post's
author cards (div.md-post__authors: each span.md-profile__description's <strong> the name, a role such as
'Maintainer' after a <br>) and its metadata list (ul.md-post__meta: the post's day in a <time>), the post's
h1 in the article beside it. WAVI's and spikeDE's blogs (2025, 2026): no author, date or Open Graph meta,
the <title> the post's front-matter title before ' - ' and the site's name (spikeDE's not the h1's words),
the canonical link '.'. The post is that h1, dated by the metadata's day and written by its cards' people.
Where a theme's meta is there it speaks for the blog (ML.ENERGY's, 2023: og:title 'ML.ENERGY Blog - ' and the
title, the author meta 'The ML.ENERGY Initiative'), so the h1 and the cards stand over it.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, block_text, select_all, select_first, without_permalink_marks
from .places import PROSE

_POST = 'div[class~="md-content--post"]'
_DAY = 'ul[class~="md-post__meta"] time'
_NAMES = 'div[class~="md-post__authors"] span[class~="md-profile__description"] strong'
_HEADING = 'article[class~="md-content__inner"] h1'
# How many author cards are read at most.
_MOST_AUTHORS = 8
# The last words of a card naming a project's team, not a person ('PhysAGI Team').
_TEAM_WORDS = frozenset({"team", "maintainers", "developers", "contributors", "authors"})


def material_blog_post(page: Page) -> BodyRecord | None:
    """The post under its article's h1, dated by its sidebar's metadata day and written by its author
    cards; None where the page is no Material blog post, or its metadata shows no day, or it has no h1."""
    post = page.tree.css_first(_POST)
    day = _day(post) if post is not None else None
    heading = select_first(post, _HEADING) if day is not None else None
    title = without_permalink_marks(block_text(heading) or "").strip() if heading is not None else ""
    if not title or len(title) > PROSE:
        return None
    authors = _authors(post)
    return BodyRecord(title=title, authors=authors, shown=[day], known=True, title_over_meta=True,
                      authors_over_meta=bool(authors))


def _day(post: Any) -> str | None:
    """The day the post's metadata list shows in its first <time>, or None."""
    time = select_first(post, _DAY)
    text = block_text(time) if time is not None else None
    days = [iso for _, _, iso in dates_in_text((text or "")[:PROSE]) if iso and len(iso) == DAY_LENGTH]
    return days[0] if days else None


def _authors(post: Any) -> list[str]:
    """The people the author cards name, in their order; a card naming a team names no one."""
    names: list[str] = []
    for count, strong in enumerate(select_all(post, _NAMES)):
        if count >= _MOST_AUTHORS:
            break
        name = " ".join((block_text(strong) or "").split())
        words = name.casefold().split()
        if name and words[-1] not in _TEAM_WORDS and name not in names:
            names.append(name)
    return names
