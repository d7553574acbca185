"""A story a page shows without meta under a heading its <title> repeats, dated by Drupal's "submitted" line
under the heading (Healthcare IT News, 2012: <h1 id="page-title">…</h1>, the dek an h2.subheader, then <span
class="submitted">TOPEKA, KS | November 28, 2012</span>, the dateline and the day, then the text): a dated
story, read as its record as a news release is (news_releases). Its writer may stand in a box of their own
right above the heading, a link to their page of articles ('<a href="/news/author/46811"><span>Erin McCann,
</span></a> Associate Editor', div.follow-me-twitter), which names them where no byline does.
Drupal's own form of the line names its writer and writes its day with slashes after the weekday (News
Tonight Africa, 2012: 'Submitted by <a href="/users/daphney-choshi">Daphney Choshi</a> on Thu, 01/12/2012 -
09:52'): the writer is the person the line names, and the day the reading, month or day first, whose weekday
is the one written (Thursday 12 January 2012; 1 December 2012 was a Saturday). Where another reader dates
the story, the line still names its writer: 'Submitted by <a href="/users/annabel-tautou">Annabel Tautou</a>
on Sat, 01/14/2012 - 05:20' (French Tribune, 2012), the link to their user page.
"""

from __future__ import annotations

import re
from typing import Any

from .body import BodyRecord
from .dates import DAY_LENGTH, dates_in_text
from .html_meta import Page, short_text
from .names import a_persons_name, display_name
from .places import HEADINGS, over_the_prose, title_heading
from .posted_slash_lines import day_its_weekday_settles

# How much of a submitted line is read: a line (a dateline and a day, or "Submitted by … on …"), with the
# template's indentation around it.
_LINE = 320
# A link to a writer's page of articles: /news/author/46811, /author/jane-doe.
_WRITER_PAGE = re.compile(r"/author/[^/?#]+/?$")
# A name as a writer's box shows it: two to four words, each capitalised.
_NAME = re.compile(r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,3}")
# Drupal's submitted line: 'Submitted by Daphney Choshi on Thu, 01/12/2012 - 09:52'.
_SUBMITTED_BY = re.compile(r"Submitted by (?P<name>.{1,80}?) on (?P<when>.+)")
# A day written with slashes after its weekday: 'Thu, 01/12/2012'.
_WEEKDAY_SLASHED = re.compile(
    r"\b(?P<weekday>[A-Za-z]{3,9})\.?,?\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b")


def submitted_story(page: Page, title: str | None) -> BodyRecord | None:
    """The record of a story whose heading is followed, above its text's prose, by a line classed as
    submitted that holds its day; None where the page lacks any of them."""
    found = _submitted_line(page, title)
    if found is None:
        return None
    day, line = found
    named = _SUBMITTED_BY.match(line)
    writer = display_name(named["name"]) if named else None
    return BodyRecord(title=title, authors=[writer] if writer and a_persons_name(writer) else [], shown=[day],
                      known=True)


def submitted_day(page: Page, title: str | None) -> str | None:
    """The day the line classed as submitted under the heading holds, where the text's prose follows it;
    None where there is no such line."""
    found = _submitted_line(page, title)
    return found[0] if found else None


def _submitted_line(page: Page, title: str | None) -> tuple[str, str] | None:
    """The day the line classed as submitted under the heading holds and the line's text, where the text's
    prose follows it; None where there is no such line."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    # The lines above the text's first paragraph: the story's day where a submitted line among them holds it.
    for node in over_the_prose(page, heading):
        if "submitted" in (node.attributes.get("class") or "").split():
            text = short_text(node, _LINE)
            line = " ".join(text.split()) if text is not None else ""
            day = _whole_day(line)
            if day is not None:
                return day, line
    return None


def _whole_day(line: str) -> str | None:
    """The whole day a line holds, a slashed one after its weekday read as that weekday says; None where it
    holds none (a year alone is no day)."""
    day = next((iso for _, _, iso in dates_in_text(line) if iso and len(iso) == DAY_LENGTH), None)
    slashed = _WEEKDAY_SLASHED.search(line) if day is None else None
    if slashed is None:
        return day
    return day_its_weekday_settles(slashed["weekday"], int(slashed["a"]), int(slashed["b"]),
                                   int(slashed["year"]))


def writer_of_the_submitted_line(page: Page, title: str | None) -> list[str]:
    """The writer a line classed as submitted under the heading names in Drupal's wording ("Submitted by
    Annabel Tautou on Sat, 01/14/2012 - 05:20"), above the text's prose, the name a link's whole text (their
    user page) and a person's (two to four capitalised words); none where no such line names one."""
    heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return []
    for node in over_the_prose(page, heading):
        if "submitted" not in (node.attributes.get("class") or "").split():
            continue
        text = short_text(node, _LINE)
        said = _SUBMITTED_BY.match(" ".join(text.split())) if text is not None else None
        links = {" ".join((short_text(link, _LINE) or "").split()) for link in node.css("a")}
        if said and said["name"] in links and _NAME.fullmatch(said["name"]):
            return [display_name(said["name"]) or said["name"]]
    return []


def writer_above_heading(page: Page, title: str | None) -> list[str]:
    """The writer the element right before the heading links to their page of articles, one person, the
    link's text a name; none where that element links to no such page, or to two."""
    heading = title_heading(page, title, HEADINGS) if title else None
    box = _element_before(heading) if heading is not None else None
    if box is None:
        return []
    names: set[str] = set()
    for link in box.css("a[href]"):
        if not _WRITER_PAGE.search(link.attributes.get("href") or ""):
            continue
        shown = display_name(short_text(link, _LINE) or "")
        if shown and _NAME.fullmatch(shown):
            names.add(shown)
        elif shown:
            return []
    return [names.pop()] if len(names) == 1 else []


def _element_before(node: Any) -> Any:
    """The element right before the node among its siblings, past text and comments; None where there is
    none."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    return before
