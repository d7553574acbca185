"""The authors of a paper's page of Hugo Blox's later layout (0.4, Tailwind), read from the metadata line
under its heading where no meta names them (ConsHerpLab's page, 2025: 'Mar 1, 2023 · Radovics, D. , Sos, T.
, … · 0 min read'). The theme sets the line as the first child of the h1's next element: a span of the day,
then one div.group.inline-flex for each author holding the name (a link where the author has a profile),
commas and the reading time in spans between them. Its names are the work's authors, as its front matter
lists them.

Only the line right under the page's one h1 (which shows the title) is read, and only its own div.group
children: a sidebar's or a listing's cards are no byline of the page.
"""

from __future__ import annotations

from .html_meta import Page, short_text

# Hugo Blox's author in the metadata line: a div the theme classes 'group' and 'inline-flex'.
_AUTHOR = frozenset({"group", "inline-flex"})
# How many of the line's children are looked at (a paper's list is long at times; more is no byline) and how
# long a name may be.
_MOST_CHILDREN = 120
_LONGEST_NAME = 80


def authors_of_the_metadata_line(page: Page, title: str | None) -> list[str] | None:
    """The names of the metadata line under the heading that shows `title`, else None."""
    headings = page.tree.css("h1")
    if len(headings) != 1 or not title or " ".join(headings[0].text(deep=True).split()) != title:
        return None
    after = headings[0].next
    while after is not None and after.tag != "div":
        after = after.next  # the text and comments between the heading and its line
    line = next(after.iter(), None) if after is not None else None  # its first child element
    if line is None or line.tag != "div":
        return None
    names = []
    for count, child in enumerate(line.iter()):
        if count > _MOST_CHILDREN:
            return None  # a list this long is no byline
        classes = set((child.attributes.get("class") or "").split())
        if child.tag == "div" and classes >= _AUTHOR and (name := short_text(child, _LONGEST_NAME)):
            names.append(" ".join(name.split()))
    return names or None
