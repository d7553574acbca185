"""A post whose title heading stands right after the post's meta line, a line its theme classes "post-meta"
that opens with a time element the theme marks as the day the post was published (ryok note, 2018, Hexo's
port of Ghost's Casper theme: span.post-meta '<time datetime="2018-08-09T06:16:18.000Z"
itemprop="datePublished">2018-08-09</time> | 論文要約, 異常検知' right over h1.post-title
'Sparse-structure-learning-for-corelation-anomaly-detection'; the <title> the same and ' | ryok note'; no
og, date or author meta, an empty description). The h1 is the heading a reader sees and the stamped day the
post's, so the page is the post's record, as post_meta_lines.py reads a meta line under a heading; its
writer the handle its footer's author section signs where the site's name holds it ('ryok' of 'ryok note').

Only where the first h1 classed post-title holds the words the <title> opens with before a separator, the
element right before it is a post-meta line, the line's first element is a time element marked
itemprop=datePublished, and the time's own words are a day alone: an unmarked time, a time further into the
line (an event's, an update's), or a line after the heading is read as other pages are.
"""

from __future__ import annotations

from .body import BodyRecord
from .datelines import day_of_the_line
from .html_meta import Page, first_element, past_blank_text, short_text
from .places import compact
from .site_name_handles import word_runs

# The post's title heading, and the meta line its theme sets right before it (class words, no combinator).
_TITLE_HEADING = 'h1[class~="post-title"]'
_META_LINE = "post-meta"
# How long a title runs at most (characters and nodes read), and what parts it from the site's name in the
# <title>.
_LONGEST = 300
_SEPARATORS = ("|", "-", "\u2013", "\u2014", "\u00b7")
# How long a time element's own words may be: a day (and its time of day), not a sentence.
_TIME_WORDS = 40
# How long a signed handle runs at most (characters and nodes read).
_HANDLE = 40


def post_under_its_stamped_meta_line(page: Page) -> BodyRecord | None:
    """The post the h1.post-title names, dated by the datePublished time opening the post-meta line right
    before it; None otherwise."""
    heading = page.tree.css_first(_TITLE_HEADING)
    if heading is None:
        return None
    title = " ".join((short_text(heading, _LONGEST) or "").split())
    key, tab = compact(title), compact(page.node_text("title") or "")
    if not key or not tab.startswith(key) or not tab[len(key):].startswith(_SEPARATORS):
        return None
    line = past_blank_text(heading.prev, "prev", comments=True)
    if line is None or _META_LINE not in (line.attributes.get("class") or "").split():
        return None
    stamp = first_element(line)
    if stamp is None or stamp.tag != "time" or (
            (stamp.attributes.get("itemprop") or "").strip().casefold() != "datepublished"):
        return None
    day = day_of_the_line(short_text(stamp, _TIME_WORDS) or "")
    if not day:
        return None
    # The site's name: the <title>'s words after its last separator.
    tab_words = " ".join((page.node_text("title") or "").split())
    cut = max(tab_words.rfind(separator) for separator in _SEPARATORS)
    site = tab_words[cut + 1:].strip() if cut >= 0 else ""
    return BodyRecord(title=title, authors=_handle_the_site_holds(page, site), shown=[day], known=True)


def _handle_the_site_holds(page: Page, site: str) -> list[str]:
    """The writer the post's own footer signs in its author section (Casper's section.author, its h4 the name
    and, left in, the theme's placeholder bio), where the name is one handle that the site's name, the
    <title>'s part after the separator, holds as a whole word-run ('ryok' of 'ryok note'): the name the
    writer publishes under, kept as written, as a handle the site's name holds is (stop 76). A name the
    site's does not hold, or a name of several words (a person's, read by the byline readers), gives none
    here."""
    signed = page.tree.css_first('footer[class~="post-footer"] > section[class~="author"] > h4')
    handle = " ".join((short_text(signed, _HANDLE) or "").split()) if signed is not None else ""
    if not handle or " " in handle:
        return []
    # One reading of 'the site's name holds the handle' for every reader of it (site_name_handles).
    return [handle] if handle.casefold() in word_runs(site) else []
