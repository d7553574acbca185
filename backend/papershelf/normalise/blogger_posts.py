"""A post page of a blog on Blogger, as its Layouts templates build it (2006 on) and leave unmarked by
hAtom: the day in the h2.date-header of the post's .date-outer ("Wednesday, August 08, 2012"), the post in
the one .post-outer under it, its title in an h3.post-title and its footer's span.post-author "Posted by
quantum" (Physics Buzz, the American Physical Society's blog, 2012: no meta but the <title>). A dated post,
as an hAtom entry is: a record, its author the name the footer gives where it is a person's (a screen
name such as "quantum" names none). The blog's home and archive pages hold several posts: no record.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .dates import dates_in_text
from .html_meta import Page, block_text
from .names import a_persons_name, names_in_byline

# Blogger's words before the author's name in a post's footer.
_POSTED_BY = re.compile(r"^\s*Posted\s+by\s+", re.IGNORECASE)


def blogger_post(page: Page) -> BodyRecord | None:
    """The record of the one post a Blogger page shows under its date header, else None."""
    posts, headers = page.tree.css(".post-outer"), page.tree.css(".date-header")
    if len(posts) != 1 or len(headers) != 1:
        return None
    heading = posts[0].css_first(".post-title")
    title = clean_text(block_text(heading)) if heading is not None else None
    day = next((iso for _, _, iso in dates_in_text(block_text(headers[0]) or "") if iso), None)
    if not title or day is None:
        return None
    footer = posts[0].css_first(".post-author")
    posted_by = _POSTED_BY.sub("", block_text(footer) or "") if footer is not None else ""
    authors = [name for name in names_in_byline(clean_text(posted_by)) if a_persons_name(name)]
    return BodyRecord(title=title, authors=authors, shown=[day], known=True)
