"""A news release an institution publishes on its own site (NASA JPL's, 2013): its title in og:title and a
heading, no byline, the day alone on its line under the heading, and the text opening with the release's
dateline ("PASADENA, Calif. -- New views from …"). A dated release of the institution, read as its record
without authors, as a story by a named writer is (bylined_stories). So is a news item whose heading's block
opens with its day in an element classed as a date, its text in paragraphs after (chemie.de, 2022), or whose
heading is followed right away by its publication line, the day in an element of it so classed (the American
Psychiatric Association's blog, 2024), or by its dek and then that line (U.S. News Health, 2013). A heading
alone in its wrapper heads the wrapper's block (BAON, 2020:
the info line with the day, then div.article-title holding the h1 alone). A line under the heading that no
class calls a date is its publication line where its words are "Posted on" and the day (colah's blog, 2015).
"""

from __future__ import annotations

import re
from collections.abc import Container
from itertools import islice
from typing import Any

from .addressed_days import day_the_address_settles
from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text, whole_date
from .day_lines import day_and_time_alone
from .div_paragraphs import a_paragraph_in_a_div
from .html_meta import (
    Page,
    block_text,
    hides_itself,
    links_only,
    next_element,
    past_blank_text,
    short_text,
)
from .paragraph_runs import opens_a_run_of_prose
from .places import (
    HEADINGS,
    PROSE,
    SUBHEADING_TAGS,
    UNSHOWN,
    above_references,
    after_heading,
    ancestors,
    compact,
    holds_alone,
    runs_as_prose,
    title_heading,
)
from .post_meta_lines import day_of_a_meta_line, day_of_the_opening_time
from .posted_on_lines import classed_a_subtitle, day_of_a_posted_on_line
from .reading_time_lines import day_of_a_reading_time_line
from .time_marks import marked_as_a_time

# A dateline: the place in capitals, its state or country abbreviated, then a double hyphen or a dash
# ("PASADENA, Calif. -- ", "WASHINGTON — ", "GREENBELT, Md. – ").
_DATELINE = re.compile(r"[A-Z][A-Z .'\u2019-]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,15})?\s*(?:--|\u2014|\u2013)\s+\S")
# How much of a date element is read: a publication line, not a block of text.
_LINE = 80
# How much more than a line's characters a template's indentation may add to the line under a heading.
_INDENTED = 4


def dated_release(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a release whose meta title heads its day and a text that opens with a dateline; None
    where the page lacks any of them."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    day: str | None = None
    for node in after_heading(page, heading):
        if node.tag == "-text":
            if day is None and (found := whole_date(node.text_content)) and len(found) == DAY_LENGTH:
                day = found
            continue
        if node.tag == "p" and len(text := block_text(node) or "") >= PROSE:
            # The text's first paragraph: the release's when it opens with the dateline.
            return BodyRecord(title=title, shown=[day], known=True) if day and _DATELINE.match(text) else None
    return None


def dated_in_its_heading_block(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a news item whose heading's block opens with its publication line, the day in an
    element classed as a date above the heading (chemie.de, 2022: <div class="news-publication-info"><span
    class="news-date">12.12.2022 -</span><span class="news-organization">Empa</span></div><h1>…), and whose
    text follows in paragraphs of prose; None where the page lacks any of them."""
    heading = title_heading(page, title, HEADINGS) if title else None
    block = heading.parent if heading is not None else None
    inner = heading
    for _ in range(_WRAPPERS):
        if block is None or not holds_alone(block, inner) or block.parent is None or (
                block.parent.tag in ("body", "html")):
            break
        # A heading alone in its wrapper (BAON, 2020: div.article-title holding the h1 and nothing else, the
        # info line with its span.article-datetime before it in the cover text): the wrapper's block is its.
        # So is one alone in a wrapper alone in another (ITmedia, 2015: div#cmsTitle > div.inner > h1, after
        # div#cmsDate in the article's block).
        inner, block = block, block.parent
    if block is None:
        return None
    day: str | None = None
    # The block's nodes before the heading, once: the day in the first element so classed (or identified:
    # ITmedia's div#cmsDate, '» 2015年09月10日 21時53分 UPDATE') that holds one.
    for node in block.traverse():
        if node.mem_id == heading.mem_id:
            break
        if day is None and (classed_as_a_date(node) or _identified_as_a_date(node)):
            found = dates_in_text(_a_line(node) or "")
            day = next((iso for _, _, iso in found if iso and len(iso) == DAY_LENGTH), None)
    return over_prose(page, heading, title, day)


# How many wrappers, each holding the one before alone, a heading's block is looked for past.
_WRAPPERS = 2


def _a_line(node: Any) -> str | None:
    """The element's text where it is a line once the template's indentation is taken out (EurekAlert!'s
    release date, 2021, indented by runs of spaces and new lines around 'News Release' and its day), read no
    further than a few lines' worth; None for a block of text."""
    text = short_text(node, _LINE * _INDENTED)
    line = " ".join(text.split()) if text is not None else None
    return line if line is not None and len(line) <= _LINE else None


def dated_in_the_line_under_its_heading(page: Page, title: str | None,
                                        address: str = "") -> BodyRecord | None:
    """The record of a news item whose heading is followed right away by its publication line, the day in an
    element of it classed as a date (the APA's blog, 2024: <h1>…</h1><ul><li class="c-meta__date">December
    24, 2024</li><li class="c-meta__cats">…</li></ul>), and whose text follows in paragraphs of prose; None
    where the page lacks any of them. Sought after the readers of markup that says more of the item (a
    schema.org Article in microdata, with its description); a heading marked up in microdata is read by its
    markup alone, whose type says whether the item is an article (a WebPage's headline is none). A day that
    may be day or month first is read as the page's dated `address` names it (addressed_days)."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None or heading.attributes.get("itemprop") is not None:
        return None
    day = _day_in_the_line_under(heading, _described(page), address) or _first_words_a_day(page, heading)
    record = over_prose(page, heading, title, day, short_paragraphs=True)
    if record is None and (timed := _day_of_the_reading_time_line_under(heading)):
        # A line of the day and the reading time alone right under the heading is a post's own (Hugo Blox's
        # news, 2024: 'Nov 14, 2024 · 1 min read'): one dated post, however short its text (a list item).
        record = BodyRecord(title=title, shown=[timed], known=True)
    return record


def _day_of_the_reading_time_line_under(heading: Any) -> str | None:
    """The day of the element right after the heading, where its words are that day and a reading time."""
    line = next_element(heading)
    return day_of_a_reading_time_line(words_of_a_line(line)) if line is not None else None


def _first_words_a_day(page: Page, heading: Any) -> str | None:
    """The day the first words after the heading give, where an element classed or identified as a date
    holds them (RTTNews, 2013: div.storyline holding the h1 alone, then an image's block and an empty one,
    then span.Ent-Date '7/19/2013 2:52 AM ET'); None where the first words are any others."""
    node = first_words_under(page, heading)
    if node is None:
        return None
    holder = node.parent
    if holder is None or not (classed_as_a_date(holder) or _identified_as_a_date(holder)):
        # …or, in an element no class calls a date, words that are a publication stamp alone, the day its
        # month in words and its time after it (Vesti.kz, 2012: div.news-attach opening with '6 января 2012,
        # 15:08', its related links after it): the line's day as surely as a classed one's. A day alone, or
        # in figures, unclassed, is not (day_lines).
        return day_and_time_alone(node.text_content or "")
    found = dates_in_text(short_text(holder, _LINE) or "")
    return next((iso for _, _, iso in found if iso and len(iso) == DAY_LENGTH), None)


def first_words_under(page: Page, heading: Any, past: Container[str] = ()) -> Any | None:
    """The first text after the heading that shows words, past the heading's own words and any text of an
    element whose tag is in `past` (a script's code); None where the page has none after it."""
    for node in after_heading(page, heading):
        if node.tag != "-text" or not (node.text_content or "").strip():
            continue
        if any(up.mem_id == heading.mem_id for up in islice(ancestors(node), _INLINE_DEPTH)):
            continue  # the heading's own words
        if node.parent is not None and node.parent.tag in past:
            continue
        return node
    return None


# How deep a heading's own words may sit in its inline markup (<h1><a><span>…).
_INLINE_DEPTH = 3


def over_prose(page: Page, heading: Any, title: str | None, day: str | None, *,
               short_paragraphs: bool = False) -> BodyRecord | None:
    """The dated item's record where paragraphs of prose follow its heading; None where none do. With
    `short_paragraphs` (a day in a line classed as the date under the heading, which says the item is a
    dated piece), a run of short paragraphs counts as the prose too (paragraph_runs)."""
    if day is None:
        return None
    passed = False
    for node in above_references(page):
        passed = passed or node.mem_id == heading.mem_id
        if not passed:
            continue
        # A paragraph of prose, or the first of a run of short ones (the Evening Times, 2012), or a text
        # broken by line breaks, or one written as a div of text alone (GMA News Online, 2012).
        if (node.tag == "p" and (runs_as_prose(block_text(node) or "") or (
                short_paragraphs and opens_a_run_of_prose(node)))) or _a_broken_paragraph(node) or (
                a_paragraph_in_a_div(node)):
            return BodyRecord(title=title, shown=[day], known=True)
    return None


def _a_broken_paragraph(node: Any) -> bool:
    """Whether the node is a paragraph of prose that a template writes as bare text ended by line breaks, not
    as a <p> (health.in.gr, 2012: <div style="text-align: justify;">Η παρουσία γάτας …<br /><br />Οι
    ερευνητές …<br />…</div>): a text node as long as prose, a <br> right after it."""
    if node.tag != "-text" or not runs_as_prose(" ".join((node.text_content or "").split())):
        return False
    after = past_blank_text(node.next)
    return after is not None and after.tag == "br"


def _described(page: Page) -> str:
    """The page's description (or Open Graph's), compacted: what a dek under the heading repeats."""
    return compact(page.first("description", "og:description") or "")


def day_in_the_line_under(heading: Any) -> str | None:
    """The day in the element classed as a date in the line right after the heading (no dek between); None
    where there is none."""
    return _day_in_the_line_under(heading)


def _day_in_the_line_under(heading: Any, described: str = "", address: str = "") -> str | None:
    """The day in the first element classed as a date in the element right after the heading, where that
    element is a line (its categories beside the day), not a block of text; None where there is none."""
    line = next_element(heading)
    # Past a line of links alone, a navigation beside the heading (Innovations Report, 2005: a floated h5
    # "next article" link between the h1 and its h6.datum); one such line at most.
    if line is not None and line.tag not in ("p", "div") and links_only(line):
        line = next_element(line)
    # Past an excerpt the page hides, a summary kept for its feeds and sharing (The Express Tribune, 2012:
    # div.excerpt.display-none between the h1 and div.meta's author and div.timestamp); one at most.
    if line is not None and hides_itself(line):
        line = next_element(line)
    # Past an empty byline and a share bar, elements with no words or links alone that no class calls a date
    # (the Evening Times, 2012: p.byline ' ', div.comments-top's 'Share' link and comments icon, then
    # p.pubdate '12 Jan 2012'); `_PASSED` such at most, so the line stays the heading's.
    # A script between them is no element a reader sees, and is passed without counting (The Oracle, 2012:
    # an empty h2, the script that writes the byline, an empty p.author, then div.date).
    line = _past_scripts(line)
    for _ in range(_PASSED):
        if line is None or classed_as_a_date(line) or not (_wordless(line) or links_only(line)):
            break
        line = _past_scripts(next_element(line))
    # Past the story's dek, a subheading right under the heading that the page's description repeats (U.S.
    # News Health, 2013: the h1, an h2 'More than 40 percent have the variation, …', the description the same,
    # then span.date 'June 5, 2013'); one dek at most. A subheading of other words is no dek: the line under
    # it is not the heading's.
    # …or a subheading its class calls the post's subtitle, whatever its words (a Hux Blog port, 2020: the h1,
    # h2.subheading '3d-ConvNet for detecting spatial-temporal features', then span.meta 'Posted by … on
    # 2020-08-05'; the description the site's own line).
    if line is not None and line.tag in SUBHEADING_TAGS and (
            (described and compact(block_text(line) or "") == described) or classed_a_subtitle(line)):
        line = next_element(line)
    # Its text a line once the template's indentation is taken out, however deep (Tencent's div.titBar, 2016:
    # 57 characters a reader sees, 904 in the file), read no further than a line's words.
    # …or a line opening with a time element of the day, its category and tags after it (post_meta_lines).
    if (opening := day_of_the_opening_time(line)) is not None:
        return opening
    if line is None or (words_of_a_line(line) is None and not _a_publication_line_of_links(line)):
        return None
    for node in line.traverse():  # a line: a few nodes at most
        dated = classed_as_a_date(node) or _identified_as_a_date(node) or _classed_as_posted(node)
        # …or marked as a time (HealthCanal, 2012: span.metadata_time '17/01/2012 02:43:00'; Kopalnia Wiedzy,
        # 2012: div.article-time-and-cat, its <time>), read only where it holds a day: a reading time is none.
        if dated or marked_as_a_time(node):
            if (text := short_text(node, _LINE)) is None:
                continue  # the publication line itself, long by its links: the date element inside it
            found = dates_in_text(text)
            # …or, written in figures that may be day or month first, as the dated address names it.
            day = next((iso for _, _, iso in found if iso and len(iso) == DAY_LENGTH),
                       None) or day_the_address_settles(text, address)
            if dated or day:
                return day
    # …or, no element of it classed as a date, the line's whole words "Posted on" and the day (Hakyll's
    # default template, colah's blog, 2015: div.info 'Posted on August 27, 2015').
    # …or the day alone in a line the theme classes as the post's meta line (post_meta_lines).
    words = words_of_a_line(line)
    return day_of_a_posted_on_line(words) or day_of_a_meta_line(line, words)


# How many wordless elements or lines of links alone are passed under a heading before its publication line.
_PASSED = 2
# How many elements that show a reader nothing (places.UNSHOWN) are passed in a row at most.
_SCRIPTS = 8


def _past_scripts(node: Any) -> Any:
    """The node, or the first element after it that is no script (nor style), past `_SCRIPTS` at most."""
    for _ in range(_SCRIPTS):
        if node is None or node.tag not in UNSHOWN:
            return node
        node = next_element(node)
    return node


def _wordless(node: Any) -> bool:
    """Whether the element shows no words (an empty byline), read no further than a line's nodes."""
    return words_of_a_line(node) == ""


def _a_publication_line_of_links(node: Any) -> bool:
    """Whether the element is classed as the publication line and its words outside its links are a line's:
    its categories and tags, linked beside the day, are what run it long (the Hub, 2014: p.pubdate holding
    'Hub staff report', the day, 'Posted in' two category links and 'Tagged' five tag links)."""
    return classed_as_a_date(node) and words_of_a_line(node, past_links=True) is not None


def words_of_a_line(node: Any, past_links: bool = False) -> str | None:
    """The element's words, each run of spaces and new lines one space, where they are a line's at most
    (`_LINE` characters in no more than a few lines' worth of nodes); None for a block of text. Text is
    read node by node, and no further than that; `past_links` leaves out the words of its links."""
    words: list[str] = []
    length = 0
    for count, inner in enumerate(node.traverse(include_text=True)):
        if count > _LINE * _INDENTED:
            return None
        if past_links and inner.tag == "-text" and _in_a_link(inner, node):
            continue
        if inner.tag == "-text" and (text := " ".join((inner.text_content or "").split())):
            length += len(text) + bool(words)
            if length > _LINE:
                return None
            words.append(text)
    return " ".join(words)


def _in_a_link(text: Any, line: Any) -> bool:
    """Whether the text node sits in a link inside the line, a few inline elements deep at most."""
    for up in islice(ancestors(text), _INLINE_DEPTH):
        if up.mem_id == line.mem_id:
            return False
        if up.tag == "a":
            return True
    return False


def classed_as_a_date(node: Any) -> bool:
    """Whether a class word of the element says it is a date (or the publication's time)."""
    # …in English or in German, as a German portal's template names it (Innovations Report, 2005: h6.datum),
    # or as the publication's time, as a Chinese portal's does (Tencent Technology, 2016: span.pubTime).
    classes = (node.attributes.get("class") or "").casefold().split()
    return any("date" in word or "datum" in word or word.replace("-", "").replace("_", "").endswith(
        _PUBLICATION_TIMES) for word in classes)


# A class that names the publication's time: pubTime, publish-time, post_time, or the item's stamp of it
# (Biolog.pl, 2011: p.timestamp '2011-12-16 21:12:17' right under the h2).
_PUBLICATION_TIMES = ("pubtime", "publishtime", "publishedtime", "posttime", "postedtime", "timestamp")


def _classed_as_posted(node: Any) -> bool:
    """Whether a class word of the element calls it the line of when the item was posted (Radio New Zealand,
    2012: p.posted 'Updated at  8:16 pm on 10 January 2012' right under the h2): read only as the line right
    under the heading, since a blog's 'posted' footer closes its post (Schneier on Security's p.posted)."""
    return "posted" in (node.attributes.get("class") or "").casefold().split()


def _identified_as_a_date(node: Any) -> bool:
    # …or identified as the publication's day or time, as a Chinese CMS names it (Guangming Online, 2017:
    # <span id="pubTime">2017-03-10 09:58</span> beside the source in the line under the heading).
    mark = (node.attributes.get("id") or "").casefold()
    return any(word in mark for word in ("date", "datum", "time"))
