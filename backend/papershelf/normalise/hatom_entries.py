"""A post or story marked up in hAtom, the microformat that blog and news templates of the 2000s and
2010s wrote (Movable Type's, WordPress themes'): one `.hentry` holding its `.entry-title`, its author as
an hCard (`.author`, the name in its `.fn` or the element itself) and its `.published` date (an abbr's
title, a time's datetime, else the text). The microformat's counterpart of a JSON-LD article that names
its author: a dated piece by a named person, read as its record where no meta says so (ScienceNOW, 2011).
WordPress themes mark less of it: the author only by the hCard's name (a `.fn`, or a rel=author link to the
writer's archive) with no `.author` around it, and the day by no `.published` but the article:published_time
meta the theme writes, which then dates the entry (ScienceBlogs.de, 2023: "Von <span class="fn"><a
rel="author">Thilo</a></span> / 6. November 2023").
An entry marked with no `.published` nor that meta is dated by its `.updated`, the one date hAtom requires
(Astronomy Now, 2017: <span class="entry-meta-date updated">7 April 2017</span>). An hCard naming the site
itself, as its <title> names it beside the heading ("… – Astronomy Now"), is the site's own account posting
the entry, no writer: the dated entry is a record all the same, with no authors.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import BodyRecord
from .bookmarked_headings import bookmarked_heading
from .dates import DAY_LENGTH, dates_in_text
from .emailed_hcards import emailed_name_in_full
from .html_meta import Page, block_text
from .meta_authors import site_names
from .names import names_in_byline
from .site_staff import pen_name


def hatom_entry(page: Page) -> BodyRecord | None:
    """The record of the one hAtom entry a page marks, with its title, author and date; None for a page
    that marks several (a listing of posts) or an entry missing its title or date, or missing its author
    where its day is only in meta."""
    entries = page.tree.css(".hentry")
    entry = entries[0] if len(entries) == 1 else _the_titled_entry(page, entries)
    if entry is None and not entries:
        entry = _unrooted_entry(page)
    if entry is None:
        return None
    heading, author, published = (entry.css_first(selector)
                                  for selector in (".entry-title", _AUTHOR, ".published"))
    if heading is None and not entries:
        heading = bookmarked_heading(page)  # an unrooted entry titled by its permalink's heading
    if heading is not None and author is None and published is None:
        return _tagged_writers_entry(page, heading)
    if heading is None:
        return None
    title = clean_text(block_text(heading))
    date = _date(published) if published is not None else _meta_day(page)
    if date is None and (updated := entry.css_first(_UPDATED)) is not None:
        date = _date(updated)
    if date is None and author is not None:
        # …or, none marked, by the time element beside the hCard in the entry's signed line (the
        # Hugo-Octopress theme, TechGlider's review, 2017: <p class="meta"><span class="byline author vcard">
        # Posted by <span class="fn">…</span></span> <time>Feb 16, 2017</time>, the footer of the entry).
        date = _time_beside(author)
    names = names_in_byline(block_text(author.css_first(".fn") or author)) if author is not None else []
    # A given name and an e-mail address, the blog named for the whole name (Adam Ginsburg's blog, 2008).
    names = [emailed_name_in_full(name, page) or name for name in names]
    # A pen name opening with the article names no person (Field of Science, 2012: "By <span class="fn">The
    # Lorax</span>").
    authors = [name for name in names if not pen_name(name)]
    if author is None or (names and not authors):
        # An entry that marks its own day and no author (PsyBlog, 2012: "Published: <abbr class="published"
        # title="2012-10-31">31 October 2012</abbr>" after the text, the writer named nowhere), or only a pen
        # name, is a dated post all the same, its author unknown; a day only in meta makes no record of it.
        return BodyRecord(title=title, shown=[date], known=True) if title and date and published else None
    if not title or not authors or date is None:
        return None
    own = site_names(page)
    if all(name.casefold() in own for name in authors):  # the site's own account posted it: no writer
        return BodyRecord(title=title, shown=[date], known=True, posted_by_the_site=True)
    return BodyRecord(title=title, authors=authors, shown=[date], known=True)


def _time_beside(author: Any) -> str | None:
    """The whole day of a time element that is the hCard's sibling, in the one element holding both; None
    where none is, or its text is no whole day."""
    parent = author.parent
    if parent is None:
        return None
    node = parent.child
    while node is not None:
        if node.tag == "time":
            text = clean_text(node.text()) or ""
            found = dates_in_text(text)
            # The time's whole text one day, nothing else ('Feb 16, 2017').
            whole = len(found) == 1 and found[0][:2] == (0, len(text))
            return found[0][2] if whole and len(found[0][2] or "") == DAY_LENGTH else None
        node = node.next
    return None


def _tagged_writers_entry(page: Page, heading: Any) -> BodyRecord | None:
    """The record of an entry marking its title and neither its author nor its day, where the theme writes the
    day in article:published_time and the writer in the author meta, and the page shows that name in an
    element classed as the author's (Geschichte der Gegenwart, 2020: the hero header an .hentry holding the
    h1.entry-title, the article below another; meta author 'Philipp Sarasin', the author box's
    <h2 class="author-profile-title authorname"><a rel="author">Philipp Sarasin</a></h2> outside both
    entries). None where the tags name no one person, or the page shows the name in no such element."""
    named = {clean_text(value) for value in page.every("author")} - {None, ""}
    title, date = clean_text(block_text(heading)), _meta_day(page)
    if len(named) != 1 or not title or date is None or page.tree.body is None:
        return None
    name = named.pop() or ""
    names = names_in_byline(name)
    if len(names) != 1 or pen_name(names[0]) or name.casefold() in site_names(page):
        return None
    key = name.casefold()
    for node in page.tree.body.traverse(include_text=True):
        text = (clean_text(node.text_content) or "") if node.tag == "-text" else ""
        if text.casefold() == key and _in_authors(node):
            return BodyRecord(title=title, authors=names, shown=[date], known=True)
    return None


# How many elements up from a name its author element's class is looked for.
_AUTHOR_DEPTH = 3


def _in_authors(text: Any) -> bool:
    """Whether a text sits, a few elements down at most, in an element whose class names the author."""
    node = text.parent
    for _ in range(_AUTHOR_DEPTH):
        if node is None:
            return False
        if any(word.startswith("author") for word in (node.attributes.get("class") or "").casefold().split()):
            return True
        node = node.parent
    return False


def _the_titled_entry(page: Page, entries: list[Any]) -> Any | None:
    """Of several entries, the one holding the page's one .entry-title, where the others mark none: a theme's
    related-posts grid marks each teaser an entry without a title (Spaceflight Now, 2017, MH Magazine's
    related posts under the story's article.hentry). None where several titles are marked (a listing)."""
    titles = page.tree.css(".entry-title")
    if len(titles) != 1 or not entries:
        return None
    ids = {entry.mem_id for entry in entries}
    node = titles[0].parent
    while node is not None and node.mem_id not in ids:
        node = node.parent
    return node


def _unrooted_entry(page: Page) -> Any | None:
    """The page's body as the entry, where no element is marked an entry but the page marks one title and one
    published day (Pelican's notmyidea theme), or marks no title but one published day and one heading holding
    its permalink (pelican-bootstrap3); None where it marks several (a listing of posts) or none."""
    if len(page.tree.css(".published")) != 1:
        return None
    titles = len(page.tree.css(".entry-title"))
    if titles > 1 or (titles == 0 and bookmarked_heading(page) is None):
        return None
    return page.tree.body


# The author's mark: the hCard (its name in a .fn inside), else its name alone, else the link to the writer.
_AUTHOR = ".author, .fn, a[rel~=author]"
# hAtom's required date, which dates an entry marked with no .published and no meta day.
_UPDATED = ".updated"
# The meta a theme dates its post in where it marks no .published.
_META_DAY = "article:published_time"


def _meta_day(page: Page) -> str | None:
    """The day article:published_time gives, else None."""
    return next((iso for _, _, iso in dates_in_text(page.first(_META_DAY) or "") if iso), None)


def _date(node: Any) -> str | None:
    """The day a `.published` element marks: the machine-readable value first, then its text; but the day its
    text shows where that is a whole day and the value names another (the Globe and Mail, 2014: <time
    class="updated" datetime="2014-11-30T01:08:29Z">Friday, Aug. 29 2014, 9:11 PM EDT</time>, its template's
    stamps in other months than the days they hold): the day a reader sees."""
    text = block_text(node)
    shown = next((iso for _, _, iso in dates_in_text(text or "") if iso and len(iso) == DAY_LENGTH), None)
    for value in (node.attributes.get("datetime"), node.attributes.get("title"), text):
        if found := next((iso for _, _, iso in dates_in_text(value or "") if iso), None):
            return shown if shown and len(found) == DAY_LENGTH and found != shown else found
    return None
