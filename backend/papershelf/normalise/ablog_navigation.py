"""A Sphinx blog's post known by ABlog's own markup where no postcard dates it (Urban Grammar AI's blog, 2021,
an older ABlog on the PyData theme: no meta, no postcard, no byline and no day of the post; the <title>
'British Spatial Signatures talk at CASA — Urban Grammar AI  documentation', the h1 with Sphinx's '¶'
permalink, three short paragraphs, then ABlog's navigation between posts right after the post's section,
<span>Previous: <a href="post16_turing_talk.html">…</a></span> <span>Next: <a
href="post20_….html">…</a></span>). Three marks say it is a post of the blog and no other page of the site:
the blog's Atom feed linked in the head (link rel="alternate" type="application/atom+xml" href="…/atom.xml"),
ABlog's own classes in the page's style sheet (ul.ablog-archive, ul.postlist), and the previous/next post
navigation ABlog writes only on a post, each label before a link to another post beside it in the blog's
folder. A listing, a tag's page or an about page of the same site has the feed and the style sheet but no such
navigation. The post is the h1 the <title> opens with; it shows no day of its own (a day in its text is what
it reports), so its record has none.
"""

from __future__ import annotations

from typing import Any

from .ablog_postcards import headings_the_tab_opens_with
from .body import BodyRecord
from .html_meta import Page

# The words ABlog writes before each of the two links, in English as its templates give them.
_LABELS = frozenset({"previous:", "next:"})
# How many elements after the post's section are looked in for the navigation, how many nodes each is read
# to, and how many style sheets are read.
_AFTER_THE_SECTION = 3
_NAVIGATION_NODES = 60
_STYLES = 8
# ABlog's class words its style sheet names.
_ABLOG_CLASS = "ablog"


def post_between_its_neighbours(page: Page) -> BodyRecord | None:
    """The record, undated, of the post under the h1 the <title> opens with, on a page linking its blog's Atom
    feed, styling ABlog's classes, and showing ABlog's previous/next post navigation right after the h1's
    section; None where any is missing. Reads a few h1s, the head's links and styles, and a few elements
    after the section, each no further than a navigation's nodes."""
    if not _links_an_atom_feed(page) or not _styles_ablog(page):
        return None
    for heading, text in headings_the_tab_opens_with(page):
        if _navigation_after(heading):
            return BodyRecord(title=text, known=True)
    return None


def _links_an_atom_feed(page: Page) -> bool:
    """Whether the head links an Atom feed named atom.xml (ABlog's feed of the blog's posts)."""
    for link in page.tree.css('link[rel="alternate"]'):
        if (link.attributes.get("type") or "").strip() == "application/atom+xml" and (
                link.attributes.get("href") or "").strip().endswith("atom.xml"):
            return True
    return False


def _styles_ablog(page: Page) -> bool:
    """Whether a style sheet of the page names ABlog's classes (ul.ablog-archive)."""
    for count, style in enumerate(page.tree.css("style")):
        if count >= _STYLES:
            return False
        if _ABLOG_CLASS in (style.text(deep=True) or ""):
            return True
    return False


def _navigation_after(heading: Any) -> bool:
    """Whether one of the few elements right after the heading's section holds ABlog's post navigation: a
    label 'Previous:' or 'Next:' right before a link to a page beside this one (a relative address with no
    folder)."""
    section = heading.parent
    node = section.next if section is not None else None
    seen = 0
    while node is not None and seen < _AFTER_THE_SECTION:
        if node.tag not in ("-text", "-comment"):
            seen += 1
            if _holds_the_navigation(node):
                return True
        node = node.next
    return False


def _holds_the_navigation(block: Any) -> bool:
    """Whether the block, read to `_NAVIGATION_NODES` nodes, holds a link to a neighbouring post right after
    the label ABlog writes before it."""
    label = None
    for count, node in enumerate(block.traverse(include_text=True)):
        if count > _NAVIGATION_NODES:
            return False
        if node.tag == "-text":
            words = " ".join((node.text_content or "").split()).casefold()
            label = words if words else label
        elif node.tag == "a":
            href = (node.attributes.get("href") or "").strip()
            if label in _LABELS and href.endswith(".html") and "/" not in href and ":" not in href:
                return True
            label = None
    return False
