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

Matery's later layout sets the same title as the page's one h1, classed "post-title" (xiaoxiaojiea's notes,
round 251: h1.description.center-align.post-title '论文精读-目标检测YOLOV1', the <title> the same and
' | 小小猿笔记', div.post-date '发布日期: 2021-03-14', no og, article or date meta): that h1, the page's
only h1 of words, is read as the element is; an h1 not classed so, or one of two h1s of words, is not.
Nor where the post's own text opens with its title again as a Markdown h1 (WeifaGan's Matery notes, round 261:
h1.post-title '基于注意力的多行人属性识别的深度学习模型' over div#articleContent's h1 of the same words): the
classed h1 is the first, every other h1 of words says the same words, and it is read as the one h1 is; a
second h1 of other words still reads nothing.
"""

from __future__ import annotations

from typing import Any

from .body import BodyRecord
from .datelines import SHORT, day_of_the_line
from .html_meta import Page, short_text
from .places import page_headings
from .updated_stamp_posts import post_title_element, titled_as_the_tab_opens

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
    titled = _post_title(page)
    if titled is None:
        return None
    dated = page.tree.css(_POST_DATE)
    if len(dated) != 1:
        return None
    day = _published_day(short_text(dated[0], _LONGEST_LINE) or "")
    return BodyRecord(title=titled[1], shown=[day], known=True) if day else None


def _post_title(page: Page) -> tuple[Any, str] | None:
    """The element classed "post-title" and its words: no heading where the page has no h1 of words, or
    the page's one h1 of words where that h1 is classed so; None otherwise."""
    headings = [(node, text) for node, text in page_headings(page, "h1") if text]
    if not headings:
        return post_title_element(page)
    first, words = headings[0]
    # The text's own h1 repeating the title (round 261) is no second heading.
    if any(text != words for _, text in headings[1:]) or "post-title" not in (
            first.attributes.get("class") or "").split():
        return None
    return titled_as_the_tab_opens(page, first)


def _published_day(text: str) -> str | None:
    """The day a line labelled as the publication's states ('发布日期: 2018-12-12'), alone after its label;
    None for any other line."""
    line = " ".join(text.replace("\u00a0", " ").split())
    label, colon, rest = line.partition(":") if ":" in line else line.partition("：")
    if not colon or label.strip().casefold() not in _PUBLISHED_LABELS:
        return None
    return day_of_the_line(rest)
