"""A news story or post that gives its title in meta (og:title) and nothing scholarly, and shows under the
heading of that title a line opened by "By" naming its writer, and its day: a dated piece by a named
person, read as its record as a JSON-LD article that names its author or an hAtom entry is (the Los
Angeles Times and The Space Reporter, 2013: "By Alan Zarembo, Los Angeles Times", "June 5, 2013, 7:05 p.m.";
the day may follow the names after a bar on the "By" line itself, Live Science, 2014).
A block whose class names the author and links the writer's name stands for the "By" (Ökonomenstimme, 2015).
The paper's or the site's name after the writer, which the page's own meta names ("Los Angeles Times" in
its author meta), is no person. A credit line that names the site and then, after a bar, the writer is a
"By" line too (Science Recorder, 2013: "Science Recorder | Delila James | Thursday, June 06, 2013"). A line
the page hides (a video's credits in a display:none block, The New York Times, 2013) is none a reader sees.
A page without meta that names its title in its <title> alone, word for word its heading's (WebMD Health News,
2015: the <title> and the h2 "Babies Who Eat Peanuts Early May Avoid Allergy"), names it as og:title does;
so does a <title> that is the site's short name, a colon and that heading (The Space
Review, 2019: "The Space Review: Seeking a bigger role for a big rocket"), and the day opening its line may
have its weekday before it ("Monday, November 18, 2019"). A block whose class names the author may hold the
writer's name in capitals without a "By": the author meta naming that very line gives the name in its own
letters (ScienceAlert, 2019: 'VICTOR TANGERMANN, FUTURISM', its author meta "Victor Tangermann, Futurism").
So does a byline block that holds the writer's name alone, in an element classed as a name (SFGate, 2013: <h5
class="byline"><span class="name">Erin Allday</span></h5>).
A block whose class says who posted or wrote the piece ("posted-by", "written_by") stands for the "By" before
the name it holds alone (Science World Report, 2017: <div class="posted-by">Brooke James</div>).
A linked name in such a block that is the site's own name, a part of its <title> (a blog's on a site of blogs,
Big Think, 2012), dates the piece all the same, its writer unknown.
Double slashes part a "By" line's names from its day as a bar does (Pharmalot, 2012: "By Ed Silverman //
November 6th, 2012 // 10:07 am", under the h1 its <title> repeats before the site's name, ' // Pharmalot').
With no day under it, a "By" line is dated by the day (and its time) that stands right above the heading, or
above the wrapper the heading stands alone in (CBS News, 2013: div.timeLine 'June 6, 2013 8:24 AM').
"Written by" opens a byline as "By" does, and its day may be written with slashes and a two-digit year after
'on' where its order is plain (EcoGeek, 2012: "Written by Philip Proefrock on 24/10/12"); so does "posted by"
(Pentagon Post, 2013: a MyThemeShop theme's div.post-info, "posted by <a rel=author>Gary Watts</a>" and a
time element 'July 18, 2013').
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT, BodyRecord
from .cited_paper_bylines import a_reviewed_papers_byline
from .dated_headings import day_over
from .dates import DAY_LENGTH, WEEKDAYS, dates_in_text
from .day_line_deks import dek_under_the_day
from .home_links import links_the_sites_home
from .html_meta import Page, block_text, hidden_by_markup, nearest_answer, short_text
from .korean_bylines import titled_writer
from .meta_authors import site_names
from .names import capitalised_name, names_in_byline, without_desks
from .places import HEADINGS, PROSE, ancestors, below_heading, compact, page_headings, title_heading
from .slashed_papers import less_the_paper_after_a_slash
from .two_digit_years import on_a_plain_slashed_day

# "By Ann Lee", "by Ann Lee and Bob Stone, Staff Writers": the line's opening word and what follows it.
# A colon may follow the word ("by: Ziyi Xu, Dec 17, 2025": LMSYS Org's blog, 2025). German "Von", with its
# capital, opens one too ("Von: Bill  MCCARTHY, …": AFP Faktencheck, 2026), where a name follows it or nothing
# does: "Von der Leyen sprach …" opens a sentence.
_BY = re.compile(r"(?:(?i:(?:written\s+)?by):?|Von:?(?=\s+[A-Z\u00c0-\u00de]|\s*$))(?:\s+(.*))?", re.DOTALL)
# "posted by" alone on its text, the name in the next, a link's (Pentagon Post, 2013: "posted by <a>Gary
# Watts</a>"). Not where the names follow on the line: a post's "Posted by" line names the poster's role and
# organisation after the name (Google's blogs, 2016), which posted_by_lines reads.
_POSTED_BY = re.compile(r"posted\s+by:?", re.IGNORECASE)
# The meta a page names itself in: the site, the publisher, the holder of its copyright, and an author meta
# that names the paper rather than the writer (the Los Angeles Times, 2013).
_OWN_NAMES = ("og:site_name", "application-name", "author", "publisher", "dc.publisher", "citation_publisher",
              "copyright")
# "for" and what the writer wrote for, closing a "By" line ("Anna Hodgekiss for MailOnline").
_FOR_THE_SITE = re.compile(r"\s+for\s+(?:the\s+)?(\S.*)$", re.IGNORECASE)
# "in" closing a "By" line's text, the section the post is filed in linked after it on the line (Hugo's Apéro
# theme, Saurav Maheshkar's site, 2020: 'By Saurav Maheshkar in <a>Paper Summaries</a>'): no word of the name.
_IN_THE_SECTION = re.compile(r"\s+in$")
# What parts a credit line's site from its writer ("Science Recorder | Delila James").
_BAR = "|"
# What parts a "By" line's names from the day after them: a bar, or double slashes between spaces (or closing
# the text, the day in a link of its own after them: "By Ed Silverman // <a>November 6th, 2012</a>").
_PARTS = re.compile(r"\||\s//(?:\s|$)")
# What a caption's class says of it.
_CAPTION = "caption"
# How many blocks between the heading and the "By" line are read at most (each holds the text of any nested
# in it: a nest of headings read block by block would read its depth once a level).
_MOST_BLOCKS = 8
# The blocks a story's dek is set in under its heading.
_DEKS = frozenset(("p", "h2", "h3", "h4", "h5", "h6"))
# The classes of an element that holds the writer's name.
_AUTHOR_CLASSES = frozenset(("author", "byline", "article-author", "post-author"))
# …of which those that name the author, not the byline alone.
_NAMING_THE_AUTHOR = _AUTHOR_CLASSES - {"byline"}
# The headings a story's title is set in, which its <title> may be word for word.
_TAB_HEADINGS = "h1,h2,h3"
# What parts a site's name from the story's title after it in a <title> ("The Space Review: …").
_TAB_SEPARATOR = ": "
# …or a colon spaced on both sides between a site's name, its sections and the title, as a breadcrumb is.
_SPACED_SEPARATOR = " : "
# What parts a story's title from the site's name after it in a <title> (" // Pharmalot", " | Blog").
_SITE_SEPARATOR = re.compile(r"\s+(?://|[|\-\u2013\u2014:])\s+")
# How many words a site's name before the title in a <title> runs to at most.
_SITE_WORDS = 4
# A site's username, not a person's name: one word in small letters, figures, dots, dashes or underscores
# ("timothy", Slashdot's editor, 2015).
_USERNAME = re.compile(r"[a-z0-9._-]+")
# The weekdays a day's line may open with before the day ("Monday, November 18, 2019").
_WEEKDAYS = frozenset(WEEKDAYS)
# A class that says who posted or wrote what it holds: "posted-by", "written_by".
_BY_CLASS = re.compile(r"[a-z]+[-_]by")
# …save the class of a credit to the software a site is made with.
_SOFTWARE_CREDITS = frozenset(("powered-by", "powered_by"))
# The classes of an element that holds a person's name.
_NAME_CLASSES = frozenset(("name", "fn"))
# The classes of a block that is the story's dek.
_DECK_CLASSES = frozenset(("deck", "dek"))
# The class of the element that holds the byline, and how many characters (and nodes) it holds at most.
_BYLINE = "byline"
_BYLINE_LENGTH = 80
# How much raw text (and how many nodes) a "By" line listing its writers holds at most: a few names, with the
# indentation a template writes between its links (AFP Faktencheck's tabs, 2026: 200 characters for 37 shown).
_LISTING_LINE = 2 * PROSE
# How many elements up from a text an author block's class is looked for.
_AUTHOR_BLOCK_DEPTH = 3
# A line of the text that labels its writers, under a "By" line that names none of them ("Authors: Ann Lee,
# Bob Stone & Cy Round"): a course's research blog signs a post by the course and names its students so.
_AUTHORS_LINE = re.compile(r"authors?\s*:\s*(\S.*)", re.IGNORECASE | re.DOTALL)


def story_before_the_sites_name(page: Page) -> BodyRecord | None:
    """Without meta, the record of a story under the heading its <title> gives before a separator and the
    site's short name (Pharmalot, 2012: 'Wasting Money On Unnecessary Trial Endpoints // Pharmalot'), where
    its "By" line carries the day itself ("By Ed Silverman // November 6th, 2012 // 10:07 am"): any page of a
    site may have such a <title>, so the day on a line of its own under the byline is not enough."""
    tab = clean_text(page.node_text("title") or "") or ""
    opening = _heading_the_tab_opens_with(page)
    if opening is not None:
        text, before_a_site = opening
        if not before_a_site:
            return None
        # The story's own heading may hold a count after the title, another heading the title alone
        # (Slashdot's comments): the counted one is the story's (below).
        counted = _counted_heading(page, text) is not None
        return bylined_story(page, text, opening_day=True, day_on_the_by_line=True, beside_a_count=counted)
    # A heading that holds that part in an element of its own and a count in another, the story's comments
    # (Slashdot, 2015: h2.story's span.story-title, then the comment bubble '96', under the <title> "Mozilla
    # Launches Firefox For IOS - Slashdot"): the part is its title. A heading with more words beside the title
    # is another's.
    separators = list(_SITE_SEPARATOR.finditer(tab))
    part = tab[: separators[-1].start()] if separators else ""
    site = tab[separators[-1].end():] if separators else ""
    if not part or not site or len(site.split()) > _SITE_WORDS:
        return None
    if _counted_heading(page, part) is None:
        return None
    return bylined_story(page, part, opening_day=True, day_on_the_by_line=True, beside_a_count=True)


def heading_before_the_sites_name(page: Page) -> str | None:
    """The first heading (h1, h2 or h3) the <title> opens with, where a separator and the site's short name
    follow it there ('Researchers Say Cannabis Smokers Should Prefer Mouth Spray | News Tonight Africa', the
    h2 under the masthead's h1 of the site's name); None where anything else follows it, or none is."""
    opening = _heading_the_tab_opens_with(page)
    return opening[0] if opening is not None and opening[1] else None


def _heading_the_tab_opens_with(page: Page) -> tuple[str, bool] | None:
    """The first heading the <title> opens with, and whether the rest of the <title> is a separator and a
    site's short name; None where the <title> opens with no heading."""
    tab = clean_text(page.node_text("title") or "") or ""
    for _, text in page_headings(page, _TAB_HEADINGS):
        if not text or not tab.startswith(text):
            continue
        rest = tab[len(text):]
        separator = _SITE_SEPARATOR.match(rest)
        site = rest[separator.end():] if separator else ""
        return text, bool(site) and len(site.split()) <= _SITE_WORDS
    return None


def _counted_heading(page: Page, title: str) -> Any:
    """The first heading that holds the title and, after it, a count alone (the story's comments), else None.
    Sought before a heading that is the title alone: Slashdot's comments are headed by the title too."""
    return next((node for node, text in page_headings(page, _TAB_HEADINGS)
                 if text and text.startswith(title) and text[len(title):].strip().isdigit()), None)


def bylined_story(page: Page, title: str | None, opening_day: bool = False,
                  day_on_the_by_line: bool = False, beside_a_count: bool = False) -> BodyRecord | None:
    """The record of a story whose meta title heads a "By" line and a day, before the story's prose; None
    where the page lacks any of the three. `opening_day` where no meta names the title: the day then opens
    its text (a date line, a dateline), not a sentence's words ("… originally published on March 5").
    `beside_a_count` where the title's heading holds a count after it (_counted_heading).
    Worked out once a page: the record's readers ask, and the published date's last resort asks again."""
    key = ("bylined story", title, opening_day, day_on_the_by_line, beside_a_count)
    if key not in page.worked_out:
        page.worked_out[key] = _read_story(page, title, opening_day, day_on_the_by_line, beside_a_count)
    return page.worked_out[key]


def _read_story(page: Page, title: str | None, opening_day: bool,
                day_on_the_by_line: bool, beside_a_count: bool = False) -> BodyRecord | None:
    if beside_a_count:
        heading = _counted_heading(page, title) if title else None
    else:
        heading = title_heading(page, title, HEADINGS) if title else None
    if heading is None:
        return None
    names: list[str] = []
    day: str | None = None
    waiting = False  # a "By" alone on its text, the names in the next (a link's)
    sites = _site_names(page, title)
    credited = False  # the site's name alone on its text, the bar and the writer in the next
    site_named = False  # the site's name linked where the writer's goes: the writer unknown
    hidden: dict[int, bool] = {}  # what the page hides (a video's credits), each element's answer kept
    captions: dict[int, bool] = {}  # what is a caption, each element's answer kept
    deks: list[tuple[str, int]] = []  # the blocks between the heading and the "By" line, and their holders
    pictured: set[int] = set()  # what holds a picture: a block beside one is its caption
    classed: set[str] = set()  # the blocks classed as the dek (SFGate's h5.deck)
    by_line: int | None = None  # the element the "By" line's text is in
    posted = False  # the "posted by" alone on its text, the poster's name or username in the next
    poster_unnamed = False  # the poster a username, no person's name: the writer unknown
    by_alone = False  # the "By" alone on its text, the writer's name or username in the next
    titled = False  # the writers named as a Korean byline names them, each with the title after the name
    # The "By" line names no person (a course: "By <a>Seminar Information Systems (WS19/20)</a> |
    # February 7, 2020", a chair's research blog, 2020): its day dates the story, its writers the "Authors:"
    # line under it.
    unnamed_by = False
    # The text before was a label of the page's last change alone ("Modified", a Quarto manuscript's title
    # block, 2025: 'Modified' over 'Tuesday, March 4, 2025', its only day): the day it labels is the render's,
    # no day the piece appeared on.
    after_a_change = False
    for node in below_heading(page, heading):
        if node.tag == "img" and node.parent is not None:
            pictured.add(node.parent.mem_id)
        if node.tag in _DEKS and not names and node.mem_id != heading.mem_id:
            if len(deks) >= _MOST_BLOCKS:
                continue  # a dek is the one block there besides captions: past a few, none is, nor read
            if nearest_answer(node, _a_caption, captions, from_node=True):
                continue  # a picture's or video's caption says what it shows (the Times' video, 2013)
            # A block inside another with the same words (The Space Reporter's <h2><p>…</p>) is that block.
            if _BYLINE in _classes(node):
                continue  # the byline's own block (SFGate's h5.byline), read by its text below
            if unnamed_by and _AUTHORS_LINE.match(block_text(node) or ""):
                continue  # the writers' line under a "By" line naming none, read by its text below
            if (text := block_text(node)) and not _BY.fullmatch(text) and not (deks and deks[-1][0] == text):
                deks.append((text, node.parent.mem_id if node.parent is not None else -1))
                if _DECK_CLASSES & set(_classes(node)):
                    classed.add(text)
            continue
        if node.tag != "-text" or not (text := clean_text(node.text_content)):
            continue
        if nearest_answer(node, hidden_by_markup, hidden):
            continue  # a line the page hides is none a reader sees (the Times' video credits, 2013)
        if not names and not waiting and _BY.fullmatch(text) and a_reviewed_papers_byline(node, heading):
            # A 'by:' line under a paper's title set as a heading inside a post on that paper, its venue's
            # 'published on:' line after it, names the paper's authors, not the post's writer (On the Road's
            # DiMP note, round 211).
            continue
        if not names and (waiting or (opening := _BY.fullmatch(text) or _POSTED_BY.fullmatch(text))):
            line = text if waiting else opening.group(1) if opening.re is _BY else None
            # A "posted by" alone before a username, not a name (Slashdot, 2015: "Posted by <a>timothy</a>
            # on Thursday …", an editor posting a reader's submission): nobody is named as the writer, and
            # the line dates the story all the same, as a site's name there does.
            # So does a "By" alone before a username in an element of its own (Frank Liu's Hugo Ananke
            # notes, round 238: 'By <strong>adam</strong>' under the h1, the time after it; the site 'My New
            # Hugo Site').
            poster_unnamed = (waiting and (posted or by_alone) and bool(line)
                              and _USERNAME.fullmatch(line) is not None)
            posted = not waiting and opening.re is _POSTED_BY
            by_alone = not waiting and opening.re is _BY and not line
            by_line = node.parent.mem_id if node.parent is not None and not waiting else by_line
            # A "By" alone on its text before several linked names (AFP Faktencheck, 2026): all of them.
            listed = [] if waiting or line else _listed_after(page, node, text)
            waiting = not line and not listed
            # The names end at a bar: the day may follow it on the same line (Live Science, 2014: "by Tia
            # Ghose, Staff Writer | October 29, 2014 07:38am ET").
            # … or where the day begins after a comma ("by: Ziyi Xu, Dec 17, 2025": LMSYS Org, 2025).
            # …or at double slashes, as a bar parts them (Pharmalot, 2012: "By Ed Silverman // November 6th,
            # 2012 // 10:07 am").
            names = listed or ([] if waiting else _writers(page, _before_the_day(_PARTS.split(line, 1)[0])))
            unnamed_by = bool(line) and not names
        elif unnamed_by and not names and (labelled := _AUTHORS_LINE.fullmatch(text)) and day:
            # The "Authors:" line under a "By" line that named nobody and gave the day after a bar.
            names = _writers(page, labelled.group(1))
        elif (not names or titled) and day is None and (writer := titled_writer(text)):
            # A Korean byline: each writer's name with the reporter's title after it, no "By", one text each
            # (Chosun Ilbo, 2009: '김철중 의학전문기자', '박시영 기자'): the names, without the titles.
            names = names if titled else []  # the list made here, grown in place: each writer read once
            names.append(writer)
            titled = True
        elif not names and _linked_in_an_author_block(node):
            # Before the credit line: the writer's name the author meta gives too is no site's name (La Vie
            # des idées, 2009: <span class="vcard author"><a …>Florence Audier</a></span>, its author meta
            # the same). Where the writer's name goes, the site's own name, a part of its <title>, leaves the
            # writer unknown (Big Think's blog, 2012: "<a>Neurobonkers</a> on November 8, 2012").
            names = _writers(page, text)
            site_named = site_named or (not names and text.casefold() in sites)
        elif not names and (named := _meta_named_in_an_author_block(page, node, text)):
            names = _writers(page, named)
            # One author tag a writer, each shown in an author block (The Conversation's 'Authors' box, 2023):
            # the story's writers are every one of them, in the tags' order, not the first shown alone.
            names = _every_tagged_writer_shown(page) or names
        elif not names and (_in_a_by_block(node) or _alone_in_a_byline(node, text)
                            or _marked_as_the_author(node, text)):
            names = _writers(page, text)
        elif not names and (credit := _credit(text, sites, credited)) is not None:
            credited = not credit
            names = _writers(page, credit) if credit else []
        elif credited and text.strip(_BAR + " "):
            credited = False  # the site's name stood alone, not before a bar and a writer
        labels_a_change, after_a_change = after_a_change, text.strip(" :").casefold() in _CHANGE_LABELS
        if day is None and not labels_a_change and (not day_on_the_by_line or by_line in _held_by(node)):
            day = next((iso for start, _, iso in dates_in_text(text) if iso and len(iso) == DAY_LENGTH
                        and not (opening_day and not _opens(text, start))), None)
            # …or, after the writer's names, the byline's 'on 24/10/12' (EcoGeek, 2012).
            day = day or (on_a_plain_slashed_day(text) if names else None)
        if (names or site_named or poster_unnamed) and day:
            dek = _dek([text for text, holder in deks if holder not in pictured], classed)
            # …or, with no block between the heading and the byline, the one classed as the dek or subtitle
            # right under the day's line (Chosun Ilbo, 2009: h3.news_subtitle under div.news_date).
            dek = dek or (None if deks else dek_under_the_day(node))
            return BodyRecord(title=title, authors=names, shown=[day], known=True, standfirst=dek)
    if names and day is None and not day_on_the_by_line and (day := day_over(heading)):
        # No day under the "By" line: the one that stands right above the heading (CBS News, 2013).
        dek = _dek([text for text, holder in deks if holder not in pictured], classed)
        return BodyRecord(title=title, authors=names, shown=[day], known=True, standfirst=dek)
    return None




def _listed_after(page: Page, by: Any, text: str) -> list[str]:
    """The writers a "By" alone on its text is followed by in its element, where it lists several, each in a
    link of its own (AFP Faktencheck, 2026: 'Von: <span><a>Bill  MCCARTHY</a>, </span><span><a>Marisha
    GOLDHAMER</a></span>'), not the first link alone; none where it lists one (read from the next text, as
    a link's, the day after it: "Written by <span>Ada Round</span> on 24/10/12") or the element holds more
    than a byline's line."""
    line = clean_text(short_text(by.parent, _LISTING_LINE)) if by.parent is not None else None
    rest = line[len(text):].strip() if line and line.startswith(text) else ""
    names = _writers(page, _before_the_day(_PARTS.split(rest, 1)[0])) if rest else []
    return names if len(names) > 1 else []


def _before_the_day(line: str) -> str:
    """A "By" line's names without the day that follows them on the line after a comma ("Ziyi Xu, Dec 17,
    2025" gives "Ziyi Xu"); the line as it is where it names no day."""
    start = next((start for start, _, iso in dates_in_text(line) if iso), None)
    return line if start is None else line[:start].rstrip(" ,")


def heading_the_tab_is(page: Page) -> str | None:
    """The first heading (h1, h2 or h3) that is the page's <title> word for word, not a part of it: the title
    a page without meta names its story by; None where no heading is."""
    tab = page.node_text("title") or ""
    keys = {compact(tab)} | {compact(part) for part in _beside_a_site_name(tab)}
    keys.discard("")
    if not keys:
        return None
    headings = page_headings(page, _TAB_HEADINGS)
    # Not the site's name over every page, a heading that links the site's home (Will Wolf's blog, 2017).
    return next((text for node, text in headings
                 if text and compact(text) in keys and not links_the_sites_home(node)), None)


def _beside_a_site_name(tab: str) -> list[str]:
    """What a <title> holds after a site's short name and a colon ("The Space Review: Seeking a bigger role
    …" gives "Seeking a bigger role …"); none where the part before the colon is too long for a name. A
    site's name after the heading ("Early Round Birds - Science Now") is not read so: such a <title> is any
    page's of the site, whatever its heading."""
    first, _, last = tab.partition(_TAB_SEPARATOR)
    found = [last] if last and len(first.split()) <= _SITE_WORDS else []
    # …or the last of parts a spaced colon parts, the site's name and its sections before it, each a short
    # name (Radio New Zealand, 2012: 'Radio New Zealand : News : National : Nutrition policy favours …').
    *names, tail = tab.split(_SPACED_SEPARATOR)
    if len(names) >= 2 and tail and all(0 < len(name.split()) <= _SITE_WORDS for name in names):
        found.append(tail)
    return found


def _opens(text: str, start: int) -> bool:
    """True where a day at `start` opens its line, or has only its weekday before it ("Monday, …"), or its
    line's label ("Published: May 15, 2013", MedPage Today, 2013)."""
    before = text[:start].strip(" ,").casefold()
    # "on" may open a byline's day before its weekday (Slashdot, 2015: "on Thursday November 12, 2015").
    return (not start or before.removeprefix("on ") in _WEEKDAYS
            or (before.rstrip(" :") in _DAY_LABELS and before.endswith(":")))


# The labels, alone on their text, of the day a page's file last changed: the day after one is not the
# piece's. Not "Updated" or "Last updated": a news story showing no other day is dated by its update's
# (The Published Reporter, 2023: "By Alejandro Villamor", "Last updated", "Nov 8, 2023").
_CHANGE_LABELS = frozenset(("modified", "last modified", "date modified"))
# The labels a day's line may open with.
_DAY_LABELS = frozenset(("published", "posted", "updated", "first published", "last updated"))


def _meta_named_in_an_author_block(page: Page, text: Any, line: str) -> str | None:
    """The author meta's value where a text inside a block whose class names the author is that value in other
    letters (ScienceAlert, 2019: 'VICTOR TANGERMANN, FUTURISM' in div.author-name, its author meta "Victor
    Tangermann, Futurism"); None where it is not, or no such block holds it."""
    key = line.strip(" ,").casefold()
    named = next((value for value in page.every("author")
                  if value and value.strip(" ,").casefold() == key), None)
    return named if named is not None and _in_an_author_block(text) else None


def _in_an_author_block(text: Any) -> bool:
    """Whether a text sits, a few elements down at most, in a block whose class names the author."""
    node = text.parent
    for _ in range(_AUTHOR_BLOCK_DEPTH):
        if node is None:
            return False
        classes = (node.attributes.get("class") or "").casefold().split()
        if any(word.startswith("author") for word in classes):
            return True
        node = node.parent
    return False


def _every_tagged_writer_shown(page: Page) -> list[str]:
    """The people the page's author tags name, one a tag, where there are several and the page shows each
    of them in a block whose class names the author (The Conversation, 2023: <meta name="author"
    content="Colin Manning"><meta name="author" content="Hayley J. Fowler">, each name in a
    span.fn.author-name of its 'Authors' box), in the tags' order; none where a single tag names one, or
    where a tag's name is shown in no such block (a name the page does not show as its writer's). The page's
    texts are read once."""
    tagged = [value for value in page.every("author") if clean_text(value)]
    keys = {value.strip(" ,").casefold() for value in tagged}
    if len(keys) < 2 or page.tree.body is None:
        return []
    shown: set[str] = set()
    for node in page.tree.body.traverse(include_text=True):
        text = (clean_text(node.text_content) or "") if node.tag == "-text" else ""
        key = text.strip(" ,").casefold()
        if key in keys and key not in shown and _in_an_author_block(node):
            shown.add(key)
    if shown != keys:
        return []
    # One person a tag: a tag naming several, or no person's name, names no writer of this kind.
    names = [without_desks(names_in_byline(value.rstrip(" ,;"))) for value in dict.fromkeys(tagged)]
    if not all(len(found) == 1 and capitalised_name(found[0]) for found in names):
        return []
    return [found[0] for found in names]


def _in_a_by_block(text: Any) -> bool:
    """A text alone in an element whose class says who posted or wrote the piece, or in a link there (Science
    World Report, 2017: <div class="posted-by"><a href="/reporters/brooke-james">Brooke James</a></div>): the
    writer's name, the class standing for the "By"."""
    block = text.parent
    if block is not None and block.tag == "a":
        block = block.parent
    classes = (block.attributes.get("class") or "").casefold().split() if block is not None else []
    # A footer's "powered by" credit names the software the site is built with, not a writer (Hugo Blox
    # Builder's p.powered-by, 2025: 'Made with <a>Hugo Blox Builder</a>.').
    return any(_BY_CLASS.fullmatch(word) and word not in _SOFTWARE_CREDITS for word in classes)


def _alone_in_a_byline(text: Any, words: str) -> bool:
    """A text that is the whole of an element classed as a name (name, fn) that is alone in a block classed as
    the byline (SFGate, 2013: <h5 class="byline"><span class="name">Erin Allday</span></h5>): the writer's
    name, the classes standing for the "By". A name right in the byline's block, unmarked, is not read so:
    without a "By", such a block may hold any words."""
    named = text.parent
    block = named.parent if named is not None else None
    if block is None or not _NAME_CLASSES & set(_classes(named)) or _BYLINE not in _classes(block):
        return False
    return compact(short_text(block, _BYLINE_LENGTH) or "") == compact(words)


def _marked_as_the_author(text: Any, words: str) -> bool:
    """A text that is the whole of an element marked as a name in microdata (itemprop="name") inside one
    marked as the author, the author's text nothing more (MSN's News pages, 2015: <span itemprop="author"
    itemscope itemtype="http://schema.org/person"><span itemprop="name">Edgar Alvarez</span></span>, under
    the heading, a time element after it): the writer's name, the markup standing for the "By"."""
    named = text.parent
    author = named.parent if named is not None else None
    if (author is None or named.attributes.get("itemprop") != "name"
            or author.attributes.get("itemprop") != "author"):
        return False
    return compact(short_text(author, _BYLINE_LENGTH) or "") == compact(words)


def _classes(node: Any) -> list[str]:
    return (node.attributes.get("class") or "").casefold().split()


def _a_caption(node: Any) -> bool | None:
    """True for a caption: a figure's, or a block its class calls one ("caption noPhotoCredit")."""
    classes = (node.attributes.get("class") or "").casefold()
    return (node.tag in ("figure", "figcaption") or _CAPTION in classes) or None


def _site_names(page: Page, title: str) -> set[str]:
    """The names the site calls itself: its meta's, and what its <title> adds to the story's title
    ("… | Science Recorder")."""
    own = {value.casefold() for name in _OWN_NAMES for value in page.every(name) if value}
    return own | (site_names(page) - {title.casefold()})


def _credit(text: str, sites: set[str], credited: bool) -> str | None:
    """The writer a credit line names after the site's name and a bar ("Science Recorder | Delila James",
    in one text or the site's name in a text of its own before it); "" where the text is the site's name
    alone, awaiting the bar; None where the text is no credit line."""
    parts = [part.strip() for part in text.split(_BAR)]
    if not credited:
        if parts[0].casefold() not in sites:
            return None
        if len(parts) == 1:
            return ""
        parts = parts[1:]
    elif len(parts) == 1 or parts[0]:
        return None  # after the site's name, the next text opens with the bar
    else:
        parts = parts[1:]
    return parts[0] or None


def _linked_in_an_author_block(text: Any) -> bool:
    """A text that is a link's, the link inside an element whose class names the author or byline
    (Ökonomenstimme, 2015: <div class="author"><a href="/autoren/georg-quaas/">Georg Quaas</a>, 21. Jan.
    2015</div>): the writer's name, linked to their page, with no "By" before it. The name may sit in a
    span inside the link, and the link in a wrapper of its own inside the block (SimplyFound, 2016: <div
    class="article-author"><span class="rotate-wrapper"><a href="/latest?author=joewee"><span>Joe
    Wee</span></a></span>…): there the block's class names the author, not the byline alone, which may hold
    other links (a section's, the site's) in the same markup."""
    link = text.parent
    nested = link is not None and link.tag == "span"
    if nested:
        link = link.parent
    if link is None or link.tag != "a":
        return False
    block = link.parent
    if block is not None and block.tag == "span" and not _AUTHOR_CLASSES & set(_classes(block)):
        block, nested = block.parent, True
    classes = set(_classes(block)) if block is not None else set()
    return bool((_NAMING_THE_AUTHOR if nested else _AUTHOR_CLASSES) & classes)


def _dek(blocks: list[str], classed: set[str]) -> str | None:
    """The story's dek: the one block of a sentence or two between its heading and its byline (the Los
    Angeles Times' h2, The Space Reporter's <p>, 2013); none where there are more, or where it is no
    sentence (a section's name over the byline)."""
    if len(blocks) != 1:
        return None
    dek = blocks[0]
    # A block its class calls the deck is one without a full stop too (SFGate's h5.deck, 2013).
    sentence = dek.endswith((".", "!", "?")) or dek in classed
    return dek if MIN_ABSTRACT <= len(dek) < PROSE and sentence else None


def _writers(page: Page, line: str) -> list[str]:
    """The people a "By" line names, without the desk or title, or the paper's name, written after them;
    none where any part of it is not a person's name."""
    # …nor the paper or wire it comes from after a slash ("Monte Morin / Los Angeles Times": slashed_papers).
    line = less_the_paper_after_a_slash(_less_the_site_written_for(page, line.rstrip(" ,;")))
    # …nor the "in" before the section's link after them (Apéro: 'By Saurav Maheshkar in <a>…</a>').
    line = _IN_THE_SECTION.sub("", line)
    names = without_desks(names_in_byline(line))
    own = [value.casefold() for name in _OWN_NAMES for value in page.every(name)]
    while len(names) > 1 and any(names[-1].casefold() in value for value in own):
        names = names[:-1]
    return names if names and all(capitalised_name(name) for name in names) else []


def _less_the_site_written_for(page: Page, line: str) -> str:
    """The line without "for" and the site's own name closing it, the site the writer wrote it for
    (MailOnline, 2014: 'Anna Hodgekiss for MailOnline', og:site_name 'Mail Online'); the line as it is where
    the words after "for" are any others."""
    found = _FOR_THE_SITE.search(line)
    if found is None:
        return line
    own = {_squeezed(value) for name in _OWN_NAMES for value in page.every(name)} | {
        _squeezed(name) for name in site_names(page)}
    return line[: found.start()] if _squeezed(found.group(1)) in own else line


def _squeezed(text: str) -> str:
    """The text's letters and figures alone, lower-cased: 'MailOnline' and 'Mail Online' alike."""
    return "".join(character for character in text.casefold() if character.isalnum())


def _held_by(node: Any) -> set[int]:
    """The few elements a text sits in (a day in a link in the "By" line's paragraph)."""
    return {up.mem_id for up in islice(ancestors(node), _AUTHOR_BLOCK_DEPTH)}
