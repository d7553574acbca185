"""A post whose heading block holds its title, its writers and its day as three headings, each classed as
what it is (Hugo's XMin theme, Yiding Jiang's blog, round 229, after its final held-out figure:
div.article-meta holding <h1><span class="title">…</span></h1>, <h2 class="author">Yiding Jiang and
Allan Zhou</h2> and <h2 class="date">2025/05/06</h2>, no meta but a Twitter card). The h1 is the one the
<title> opens with before the blog's name; the classes say which line is the byline and which the day, so
no other heading is read as either.
"""

from __future__ import annotations

from .body import BodyRecord
from .dates import whole_date
from .html_meta import Page, block_text
from .names import a_persons_name, names_in_byline
from .places import TAB_PARTS, compact

# The block the theme holds the three headings in, and each heading by its class.
_BLOCK = "div.article-meta"
_TITLE, _AUTHOR, _DATE = "div.article-meta > h1", "div.article-meta > h2.author", "div.article-meta > h2.date"


def post_in_its_article_meta(page: Page) -> BodyRecord | None:
    """The post its article-meta block titles, signs and dates; None where the page has no such block, its h1
    is not the title the <title> opens with, or its date heading is no day."""
    if page.tree.css_first(_BLOCK) is None:
        return None
    heading, author, date = (page.tree.css_first(selector) for selector in (_TITLE, _AUTHOR, _DATE))
    title = block_text(heading) if heading is not None else None
    first = TAB_PARTS.split((page.node_text("title") or "").strip())[0]
    if not title or compact(title) != compact(first) or date is None:
        return None
    day = whole_date(block_text(date))
    if day is None:
        return None
    names = names_in_byline(block_text(author)) if author is not None else []
    return BodyRecord(title=title, authors=[name for name in names if a_persons_name(name)], shown=[day],
                      known=True)
