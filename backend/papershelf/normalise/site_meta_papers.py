"""A paper's benchmark or project site whose meta name the site, not the paper, while the page shows the paper
(VLA-Arena's home page and leaderboard, round 195: og:title and <title> 'VLA-Arena - VLA Benchmark and
Leaderboard', the tab's name of the project and the site's kind; the author meta 'VLA-Arena Team', a team's
name, as JSON-LD's WebSite and Dataset name their maker; under the nav, h1.paper-title 'VLA-Arena: An
Open-Source Framework for Benchmarking Vision-Language-Action Models' over the byline of its eleven names).
Such a page is that paper's record, read from the page: the heading its class calls the paper's title, and
the byline under it, over the meta's tab name and team. A title meta that names the paper (or a paper's
citation meta), an author meta naming a person, a heading of another project's name or that no class calls
the paper's title, or no byline under it: nothing is read here.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import Any

import msgspec

from ..identity import clean_text
from .html_meta import Page, block_text, json_ld_authors, next_element, short_text
from .names import is_group
from .places import compact
from .project_pages import byline_under

# A tab's name: the project's name, a separator, the site's kind ('VLA-Arena - VLA Benchmark and
# Leaderboard').
_TAB = re.compile(r"(?P<name>[^:|]+?)\s+(?:-|\||\u2013|\u2014)\s+(?P<kind>[^:|]+)")
# The words a site's kind ends with: what the site is, not what a paper says.
_SITE_KINDS = frozenset({"benchmark", "benchmarks", "leaderboard", "leaderboards", "dataset", "datasets",
                         "arena", "homepage", "website", "site", "page"})
# How many words a project's name and a site's kind run to at most, and how long a title is.
_NAME_WORDS = 4
_KIND_WORDS = 6
_LONGEST_TITLE = 300
# The fewest people a byline under the paper's title names: a team's site lists its authors.
_FEWEST_NAMES = 2


class SitesPaper(msgspec.Struct, frozen=True):
    """The paper a site's page shows under its site's meta: its title and byline."""

    title: str
    authors: list[str]


def paper_under_the_sites_meta(page: Page) -> SitesPaper | None:
    """The paper the page shows in its heading classed as the paper's title, with the byline under it, where
    the page's meta name only the site: its title meta the tab's name of that project and the site's kind,
    its author meta a team's; None otherwise."""
    if page.first("citation_title", "dc.title", "dcterms.title"):
        return None  # a paper's own meta name it
    heading = _the_papers_title_heading(page)
    if heading is None:
        return None
    text = short_text(heading, _LONGEST_TITLE)
    title = clean_text(block_text(heading)) if text is not None else None
    name, colon, rest = (title or "").partition(": ")
    if not title or not colon or not rest or len(name.split()) > _NAME_WORDS:
        return None
    if not _a_tab_name_of(_title_meta(page), name) or not _a_teams_author_meta(page):
        return None
    names = _in_the_bylines_block(heading, byline_under(page, heading))
    return SitesPaper(title=title, authors=names) if len(names) >= _FEWEST_NAMES else None


def _in_the_bylines_block(heading: Any, names: list[str]) -> list[str]:
    """The names the byline's own block shows: the first of the few elements right after the heading (past a
    venue line) that shows the first name. A project page's byline runs on to the links after it where no
    button ends it (VLA-Arena's: the affiliation, then the summary's 'model leaderboard' and 'task store'
    links); a name its block does not show is none of its."""
    block = heading
    for _ in range(_BLOCKS_TO_THE_BYLINE):
        block = next_element(block) if block is not None else None
        text = short_text(block, _LONGEST_BYLINE) if block is not None else None
        if names and text is not None and compact(names[0]) in (shown := compact(text)):
            return list(takewhile(lambda name: compact(name) in shown, names))
    return []


# How many elements after the heading its byline's block may be (a venue line, a subtitle, the byline), and
# how many characters of raw text (indentation too) the block may hold.
_BLOCKS_TO_THE_BYLINE = 3
_LONGEST_BYLINE = 4000


def _the_papers_title_heading(page: Page) -> Any:
    """The one h1 a class word calls the paper's title ('paper-title', 'paper_title', 'papertitle')."""
    found = [heading for heading in page.tree.css("h1") if any(
        word.replace("-", "").replace("_", "") == "papertitle"
        for word in (heading.attributes.get("class") or "").casefold().split())]
    return found[0] if len(found) == 1 else None


def _title_meta(page: Page) -> str | None:
    """The page's title meta: Open Graph's, else the <title>."""
    if named := page.first("og:title", "twitter:title"):
        return named
    tab = page.head_title
    return clean_text(tab.text(deep=True)) if tab is not None else None


def _a_tab_name_of(meta: str | None, name: str) -> bool:
    """Whether the meta title is the tab's name of the project: its name, a separator, and a few words of
    the site's kind ('VLA Benchmark and Leaderboard'), no colon."""
    found = _TAB.fullmatch(meta or "")
    if found is None or compact(found["name"]) != compact(name):
        return False
    kind = found["kind"].split()
    return len(kind) <= _KIND_WORDS and kind[-1].casefold() in _SITE_KINDS


def _a_teams_author_meta(page: Page) -> bool:
    """Whether the page's author meta names a team or a group, no person ('VLA-Arena Team'): its HTML author
    meta, else the author or maker its JSON-LD item names (VLA-Arena's Dataset, its creator the Organization
    'VLA-Arena Team'), as a page keeping one kind of meta alone names it."""
    authors = page.every("author") or [
        name for article in page.articles
        for name in json_ld_authors(article.get("author") or article.get("creator"))]
    return bool(authors) and all(
        author.split()[-1].casefold() == "team" or is_group(author) for author in authors)
