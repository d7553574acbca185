"""A one-person site's post signed by a handle in its own labelled writer row, the handle linked to the site's
home, which the footer's copyright line links as its holder and the host spells (IrvingBei's Hexo blog, 2018,
the Matery theme at irvingbei.github.io: the reprint block's row '文章作者: <a href="https://irvingbei.github.io">
IrvingBei</a>', the footer 'Copyright © <span id="year">年份</span> <a href="https://irvingbei.github.io">
IrvingBei</a> | Powered by Hexo', the year a script writes in over a placeholder word; no author meta). The
row
signs the post and the footer, the host and the row agree on the one word: the handle is the name the writer
publishes under, kept as written, as copyright_owners reads one an author meta gives.

Only where the row's label names the writer ('文章作者', 'Author'), its link's one word is the host's first
label (casefolded) and links to the page's own host, and one of the page's last footers holds a copyright mark
and a link of the same word to the same host: a handle one place alone gives is no name the page shows.

The same theme's row may link a name the host does not spell to the site's own page about its writer, the
footer's copyright line linking the same name to the same address (xiaoxiaojiea's notes, round 251: '文章作者:
<a href="/about">小小</a>', the footer 'Copyright © <span id="year">2021-2024</span> <span
id="year">2021</span> <a href="/about">小小</a> | Powered by Hexo'; no author meta): the row signs the post
and the footer names the site's holder by the same link, the name the writer publishes under. Only a one-word
name of letters (two at least), and only where the footer's link, right after its copyright mark and years,
has the row's words and address both: a name the row alone links, or a footer linking it elsewhere, is none.
"""

from __future__ import annotations

from typing import Any

from .addresses import links_home
from .copyright_owners import first_host_label
from .html_meta import Page, short_text

# The labels of a row naming a post's writer (casefolded, their colon dropped).
_WRITER_LABELS = frozenset({"文章作者", "本文作者", "作者", "author", "post author", "文章作者 author"})
# How long a label (its markup's spaces too) and a handle run at most (characters and nodes read); how many
# footers are read (the page's last ones); how many links of the page (and of a footer) are asked.
_LABEL_LENGTH = 160
_HANDLE_LENGTH = 40
_FOOTERS_READ = 3
_LINKS_READ = 400
# How many nodes before the footer's link are asked for the copyright mark ('Copyright ©', the year's span).
_NODES_BEFORE = 4
# How many letters a name the row links has at least: one letter is an initial, no name.
_NAME_LETTERS = 2
# The marks of a copyright line.
_COPYRIGHT_MARKS = ("©", "copyright", "(c)")


def handle_of_the_writer_row_footer_and_host(page: Page, url: str) -> list[str] | None:
    """The handle the post's labelled writer row links home, where the footer's copyright line links the
    same word home and the host's first label is it; None otherwise."""
    label = first_host_label(url)
    if not label.isascii() or not label.isalnum():
        return None
    for link in page.tree.css("a[href]")[:_LINKS_READ]:
        handle = _home_link_word(link, url)
        if handle is None or handle.casefold() != label or not _labelled_the_writer(link):
            continue
        return [handle] if _footer_links_the_holder(page, handle, url) else None
    return None


def name_the_writer_row_and_footer_link(page: Page) -> list[str] | None:
    """The one-word name the post's labelled writer row links, where one of the page's last footers links the
    same name to the same address right after its copyright mark; None otherwise."""
    for link in page.tree.css("a[href]")[:_LINKS_READ]:
        if not _labelled_the_writer(link):
            continue
        words = (short_text(link, _HANDLE_LENGTH) or "").split()
        if len(words) != 1 or not words[0].isalpha() or len(words[0]) < _NAME_LETTERS:
            return None
        address = (link.attributes.get("href") or "").strip()
        return [words[0]] if address and _footer_links_the_same(page, words[0], address) else None
    return None


def _footer_links_the_same(page: Page, name: str, address: str) -> bool:
    """Whether one of the page's last footers links the name to the address right after a copyright mark (its
    years between, blank text not counted)."""
    for footer in page.tree.css("footer")[-_FOOTERS_READ:]:
        for link in footer.css("a[href]")[:_LINKS_READ]:
            if ((link.attributes.get("href") or "").strip() == address
                    and " ".join((short_text(link, _HANDLE_LENGTH) or "").split()) == name
                    and _after_a_copyright_mark(link, skip_blank=True)):
                return True
    return False


def _home_link_word(link: Any, url: str) -> str | None:
    """The link's one word where it links to the home page of the page's own site (an address the page writes
    malformed links nowhere); None otherwise."""
    if not links_home(url, link.attributes.get("href")):
        return None
    words = (short_text(link, _HANDLE_LENGTH) or "").split()
    return words[0] if len(words) == 1 else None


def _labelled_the_writer(link: Any) -> bool:
    """Whether the element holding the link comes right after a short label naming the writer."""
    holder = link.parent
    label = holder.prev if holder is not None else None
    while label is not None and label.tag in ("-text", "-comment"):
        label = label.prev
    text = " ".join((short_text(label, _LABEL_LENGTH) or "").split()) if label is not None else ""
    return text.rstrip(":：").strip().casefold() in _WRITER_LABELS


def _footer_links_the_holder(page: Page, handle: str, url: str) -> bool:
    """Whether one of the page's last footers links the handle to the host right after a copyright mark
    (the nodes just before the link: the mark, the years or a placeholder the year is written over)."""
    for footer in page.tree.css("footer")[-_FOOTERS_READ:]:
        for link in footer.css("a[href]")[:_LINKS_READ]:
            if _home_link_word(link, url) == handle and _after_a_copyright_mark(link):
                return True
    return False


def _after_a_copyright_mark(link: Any, skip_blank: bool = False) -> bool:
    """Whether one of the few nodes right before the link holds a copyright mark; with `skip_blank`, text of
    spaces alone is passed over uncounted."""
    node = link.prev
    counted = 0
    while node is not None and counted < _NODES_BEFORE:
        text = (node.text_content if node.tag == "-text" else short_text(node, _LABEL_LENGTH)) or ""
        if any(mark in text.casefold() for mark in _COPYRIGHT_MARKS):
            return True
        if not (skip_blank and node.tag == "-text" and not text.strip()):
            counted += 1
        node = node.prev
    return False
