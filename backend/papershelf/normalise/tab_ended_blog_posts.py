"""A blog's post page whose <title> is the post's title, a separator, then the blog's name, which the page's
first h1 shows (a masthead's), the post's own h1 after it showing the title whole under the day that stands
alone right above it (Systemic, 2023, a Hugo theme on Bulma: no meta; <title> 'MapReduce | Systemic', the
navbar's h1 'Systemic', h2.subtitle 'December 10, 2022', h1.title 'MapReduce'). The post's text may be written
as a paper of its own, its own heading over an 'Abstract' (the student's summary of the MapReduce paper): that
heading is the text's, the post is the h1 its <title> names and its day dates, read before an article's
reading takes the text's heading. The mirror of blog_tabs' post after the blog's name (Schneier on Security:
the blog's name first in the <title>).
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .dated_headings import dated_beside_its_heading
from .html_meta import Page
from .places import page_headings

# The separator before the blog's name: a bar, a dash or a middle dot between spaces.
_SEPARATOR = re.compile(r"\s+(?:--|[|\-\u2013\u2014\u00b7])\s+")


def dated_post_before_the_blogs_name(page: Page) -> BodyRecord | None:
    """The record of such a post, dated by the day right above its h1; None where the page is not one."""
    tab = clean_text(page.node_text("title") or "")
    headings = [text for _, text in page_headings(page, "h1")]
    if not tab or len(headings) < 2 or not (blog := headings[0]):
        return None
    if not tab.endswith(blog):
        return None
    separators = list(_SEPARATOR.finditer(tab, 0, len(tab) - len(blog)))
    if not separators or separators[-1].end() != len(tab) - len(blog):
        return None
    post = tab[:separators[-1].start()]
    if not post or post == blog or post not in headings[1:]:
        return None
    return dated_beside_its_heading(page, post, above_only=True)
