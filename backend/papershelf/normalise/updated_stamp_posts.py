"""A post whose theme sets its title in an element classed "post-title" that is no heading, and shows under it
only the time the post was last updated, labelled so (ap0l1o's Hexo blog, 2022, a minimal theme: no h1,
div.post-title 'ElasticBF:Elastic Bloom Filter …', the <title> the same and ' | ap0l1o', then div.post-attach
whose span.post-pubtime '2023-12-18 21:59:43' sits beside an icon titled '更新时间', 'updated'; the text's
sections in h2s; no meta but an author meta). The element is the heading a reader sees; the day shown is the
update's, not the post's; the post's own day is the one its permalink's dated folders name (/2022/03/19/),
which the generator writes from the post's date.

Only where the page has no h1 of words, the <title> opens with the element's words before a separator, the
address names a day, and a label right under the element marks the time shown as an update: a page with an
h1, or a day shown without such a label, is read as other pages are.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .addresses import day_its_folders_name
from .body import BodyRecord
from .html_meta import Page, next_element, short_text
from .places import HEADING_TAGS, compact, page_headings, words_in

# The element a theme sets a post's title in, where it is no heading element.
_POST_TITLE = '[class~="post-title"]'
# How long a title runs at most (characters and nodes read), and what parts it from the site's name in the
# <title>.
_LONGEST = 300
_SEPARATORS = ("|", "-", "\u2013", "\u2014", "\u00b7")
# The words a theme labels a post's last update with (an icon's title, a label's text), casefolded.
_UPDATE_LABELS = ("更新时间", "更新於", "更新于", "更新時間", "updated", "last updated", "update time")
# How many elements of the line under the title are asked for such a label.
_LABELS_READ = 8


def post_titled_over_its_update(page: Page, url: str) -> BodyRecord | None:
    """The post the post-title element names, dated by its permalink's folders, where the only time shown
    under it is labelled as an update; None otherwise."""
    day = day_its_folders_name(urlsplit(url).path if "://" in url else "")
    if day is None or any(text for _, text in page_headings(page, "h1")):
        return None
    titled = post_title_element(page)
    if titled is None:
        return None
    node, title = titled
    line = next_element(node)
    if line is None or not _labelled_an_update(line):
        return None
    return BodyRecord(title=title, shown=[day], known=True)


def post_title_element(page: Page) -> tuple[Any, str] | None:
    """The element classed "post-title" that is no heading and its words, where they are the title the
    <title> opens with before a separator (two words at least); None otherwise. Asked of a page with no h1."""
    node = page.tree.css_first(_POST_TITLE)
    if node is None or node.tag in HEADING_TAGS:
        return None
    return titled_as_the_tab_opens(page, node)


def titled_as_the_tab_opens(page: Page, node: Any) -> tuple[Any, str] | None:
    """The element and its words, where they are the title the <title> opens with before a separator
    (two words at least); None otherwise."""
    title = " ".join((short_text(node, _LONGEST) or "").split())
    key, tab = compact(title), compact(page.node_text("title") or "")
    if words_in(title) < 2 or not tab.startswith(key) or not tab[len(key):].startswith(_SEPARATORS):
        return None
    return node, title


def _labelled_an_update(line) -> bool:
    """Whether an element of the line (its first few) is labelled as the post's update, by its title."""
    for element in line.css("[title]")[:_LABELS_READ]:
        label = (element.attributes.get("title") or "").strip().casefold()
        if label in _UPDATE_LABELS:
            return True
    return False
