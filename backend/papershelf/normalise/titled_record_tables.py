"""The people a record table's labelled authors row names, where a meta title names the record too and no
meta names its people (the Journal of Systems Research's jekyll-scholar entry page, 2022: og:title and
twitter:title the paper's title, a JSON-LD Person that is the journal's name, and the table's 'Title:' and
'Author(s):' rows). A table of labels is otherwise read only where nothing else names the page's title; here
its title row must be the meta title itself, so that the table is the record's own and not another's.
"""

from __future__ import annotations

from .html_meta import Page
from .places import compact
from .shown import read_labels


def authors_of_the_titled_record(page: Page, meta_title: str | None) -> list[str] | None:
    """The authors row's people of the page's table of labels whose title row is `meta_title`; None
    where there is no such table, or it names another title or no one."""
    if not meta_title:
        return None
    labelled = read_labels(page)
    if labelled is None or not labelled.authors or compact(labelled.title or "") != compact(meta_title):
        return None
    return list(labelled.authors)
