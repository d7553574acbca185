"""A post of Hugo's Academic theme (Source Themes Academic, Wowchemy, Hugo Blox) whose description meta is the
front matter's summary, written for the site's list of posts and shown nowhere on the post's own page (Emiel
Hoogeboom's Source Themes Academic 4.3.1 post, 2021: the description 'How to build E(n) Equivariant
Normalizing Flows from our recent paper? We will discuss 1) Normalizing Flows …', some 260 characters, where
the page shows its h1, the byline and day in div.article-metadata and the text, which opens 'A quick
motivation. …'). The corpus reads a teaser the page shows nowhere as no summary the post sets apart (the
settled reading of the notes rounds), however long it runs: no abstract.

A paper's page of the theme (its labelled rows, its paper layout or its header's div.btn-links, the PDF,
DOI or code buttons a paper's, talk's or project's page shows and a post's page does not) is left alone: its
description is the paper's summary, shown or not (Rizki Siregar's Wowchemy 4.8.0 working-paper page, 2024,
whose description is the abstract the page does not set out; Olivia Cooper's Source Themes Academic 4.5.0
page, its abstract the text's one paragraph). So is a description the page shows, as a subtitle, a
standfirst or the text's opening (the other readers' cases), and a page of another generator.
"""

from __future__ import annotations

from ..identity import clean_text
from .html_meta import Page, block_text
from .publication_rows import shows_the_paper_layout

# The generators of the theme and its successors, as their generator meta opens.
_THEMES = ("source themes academic", "wowchemy", "hugo blox")
# The theme's metadata line under a page's h1 (the byline and the day), which a post's page shows, and the
# box of header buttons a paper's page shows.
_METADATA_LINE = 'div[class~="article-metadata"]'
_HEADER_BUTTONS = 'div[class~="btn-links"]'
# How much of the description's opening is sought on the page (a subtitle or the text's opening shows
# it): past a title the description may open with the words of.
_OPENING = 80


def listing_summary_of_the_theme(page: Page, described: str | None) -> bool:
    """Whether `described` is the description meta of a post of the Academic theme that the page shows
    nowhere: its opening in none of the page's seen text."""
    wanted = clean_text(described)
    if not wanted or wanted != clean_text(page.first("description")):
        return False
    generators = [value.casefold() for value in page.meta.get("generator") or []]
    if not any(value.startswith(_THEMES) for value in generators):
        return False
    if shows_the_paper_layout(page) or page.tree.css_first(_HEADER_BUTTONS) is not None:
        return False
    if page.tree.css_first(_METADATA_LINE) is None:
        return False
    body = page.tree.body
    seen = (block_text(body) or "").casefold() if body is not None else ""
    return wanted[:_OPENING].casefold() not in seen
