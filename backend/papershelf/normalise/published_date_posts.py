"""A post whose theme sets its title in an element classed "post-title" that is no heading, and shows its day
in the one element classed "post-date", labelled as the day it was published (IrvingBei's Hexo blog, 2018,
the Matery theme: no h1, the cover's div.post-title '【论文笔记11】TRACKING THE WORLD STATE WITH RECURRENT
ENTITY NETWORKS Documents', the <title> the same and ' | IrvingBei'; in the post-info row below the tags
div.post-date '发布日期: 2018-12-12'; no og, article or date meta). The element is the heading a reader sees
and the labelled day the post's, so the page is the post's record, as updated_stamp_posts.py reads a
post-title over a line labelled as an update.

Only where the page has no h1 of words, the <title> opens with the element's words before a separator, and
the page holds one post-date element whose short text is a publication label, a colon and a day alone: a
page with an h1, an unlabelled day or two such elements is read as other pages are.
"""

from __future__ import annotations

from .body import BodyRecord
from .datelines import SHORT, day_of_the_line
from .html_meta import Page, short_text
from .places import page_headings
from .updated_stamp_posts import post_title_element

# The element a theme shows a post's day in.
_POST_DATE = '[class~="post-date"]'
# The labels that say a day is the one the post was published (casefolded), before a colon.
_PUBLISHED_LABELS = ("发布日期", "發佈日期", "发表日期", "發表日期", "发布于", "发表于", "發表於",
                     "published",
                     "published on", "posted on", "date published")
# How long the labelled line runs at most (characters and nodes read): a label and a day.
_LONGEST_LINE = 2 * SHORT


def post_titled_over_its_published_day(page: Page) -> BodyRecord | None:
    """The post the post-title element names, dated by the one post-date element's labelled publication
    day; None otherwise."""
    if any(text for _, text in page_headings(page, "h1")):
        return None
    titled = post_title_element(page)
    if titled is None:
        return None
    dated = page.tree.css(_POST_DATE)
    if len(dated) != 1:
        return None
    day = _published_day(short_text(dated[0], _LONGEST_LINE) or "")
    return BodyRecord(title=titled[1], shown=[day], known=True) if day else None


def _published_day(text: str) -> str | None:
    """The day a line labelled as the publication's states ('发布日期: 2018-12-12'), alone after its label;
    None for any other line."""
    line = " ".join(text.replace("\u00a0", " ").split())
    label, colon, rest = line.partition(":") if ":" in line else line.partition("：")
    if not colon or label.strip().casefold() not in _PUBLISHED_LABELS:
        return None
    return day_of_the_line(rest)
