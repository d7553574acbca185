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


def _after_a_copyright_mark(link: Any) -> bool:
    """Whether one of the few nodes right before the link holds a copyright mark."""
    node = link.prev
    for _ in range(_NODES_BEFORE):
        if node is None:
            return False
        text = (node.text_content if node.tag == "-text" else short_text(node, _LABEL_LENGTH)) or ""
        if any(mark in text.casefold() for mark in _COPYRIGHT_MARKS):
            return True
        node = node.prev
    return False
