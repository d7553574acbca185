"""The authors line of a paper's page of Hugo's Academic theme 4.8 and Wowchemy 4-5, read where its meta
name fewer of them or name the line's own words. The theme sets the line right after the page's h1, as the
first div of div.article-metadata, one span a name (the site owner's classed author-highlighted or linked to
their author page), commas between them; the day follows in span.article-date.

Its JSON-LD may name the first author alone (Venance Riblier's Wowchemy 5.7 page, 2023: the meta 'Venance
Riblier', the line three names). And a researcher may write the front matter's one author as a line naming
their coauthors, 'with Nick Hagerty' (Anshuman Tiwari's Academic 4.8 page, 2025) or 'With Shanjun Li, Ivan
Rudik, Fan Zhang' (Deyu Rao's, 2025): the JSON-LD then names that line as the author. The page is the site
owner's, whose name the author meta gives: the paper's authors are the owner and the people the line lists
after 'with'. A 'with' line read without an author meta naming a person names nobody.

A lab's site in Chinese writes the line's names in Han characters, each a span (and a link to the person's
page) of its own, set apart by ', ' or '，' (Beta Lab's Hugo Blox 5.9.7 page, 2024: '焦鑫善, 万书言, … 周涛',
its JSON-LD the first alone, its author meta the last): each such name, two to four characters and no site
role's word, is a person's, as the line's romanised names are. So is such a name among romanised ones, as a
bilingual site's Chinese edition writes its owner's (Chenfei Ye's Wowchemy 5.5 site, round 223: 'Yanwu Yang,
叶辰飞, Guinan Su, …').

The front matter's one author entry may name two people at ' and ' ('Ali C. Akyol and Chi Chong Foo', Ali
Akyol's Wowchemy 5.4.0 page, round 243): the line's one span and the JSON-LD's one Person are that string,
the author meta the site's owner. Where each side is a person's whole name (two words or more), the span is
the two.

Academic 4.3 writes the paper's microdata day metas (`<meta itemprop="datePublished">`, `dateModified`)
between the h1 and div.article-metadata (Carl Müller-Crepon's Source Themes Academic 4.3.1 page, round 253,
its one span 'Carl Müller-Crepon and <a>Yannick Pengl</a>'): the line is still the one right under the h1.

Academic 4.8 may follow a name with a span.author-notes '(?)' whose title holds the person's affiliation
(Jorge Soler-Lopez's Source Themes Academic 4.8.0 page, round 262): a note, no name. And a Wowchemy page
whose front matter names the owner alone may show no authors line but a p.page-subtitle right under the h1,
'with <a>Konstantinos Tatsiramos</a>' (Giuseppe Grasso's Wowchemy 5.5.0 page, round 262): read as a 'with'
line, the owner (the author meta's person) and then the people it lists.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from ..identity import clean_text
from .comma_listed_people import each_listed_person
from .html_meta import Page, short_text
from .names import a_han_name, a_persons_name, covers, is_group

# How many h1s are looked at for the one showing the title (a search box's 'Search' heading comes first),
# how long a title and a name may be, how many spans a line may hold (a long paper's list), and how many
# nodes (text, comments) may stand between the heading and its line.
_MOST_HEADINGS = 5
_LONGEST_TITLE = 600
_LONGEST_NAME = 300
_MOST_SPANS = 60
_MOST_BETWEEN = 20
_WITH = re.compile(r"with\s+", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
# What may stand between the heading and its line: text, comments, and the paper's microdata metas that
# Academic 4.3 writes there (itemprop datePublished and dateModified; Carl Müller-Crepon's page, round 253).
_BETWEEN = ("-text", "_comment", "meta")


def authors_over_the_meta(page: Page, title: str | None, authors: list[str] | None) -> list[str] | None:
    """The names of the authors line under the heading, where the meta name none of them, fewer of them,
    or a 'with …' line as one author; `authors` otherwise."""
    if authors and not _WITH.match(authors[0]) and len(authors) > 1:
        return authors  # the meta name several people already: the line is read only to complete them
    line = _names_of_the_line(page, title) or _names_of_the_subtitle(page, title)
    if not line:
        return authors
    if not authors or _WITH.match(authors[0]) or covers(line, authors) or _two_at_and(authors) == line:
        return line
    return authors


def _names_of_the_line(page: Page, title: str | None) -> list[str] | None:
    """The people the authors line right under the h1 showing `title` names, the owner first where the line
    names coauthors 'with' them; None where it is no line of names."""
    line = _line_under(page, title)
    if line is None:
        return None
    names: list[str] = []
    for count, span in enumerate(line.iter()):
        if count > _MOST_SPANS:
            return None
        if span.tag == "span" and not _a_note(span) and (name := clean_text(short_text(span, _LONGEST_NAME))):
            names.append(name)
    if not names:
        return None
    if _WITH.match(names[0]):
        return _the_owner_with(page, names)
    names = [person for name in names for person in (_two_at_and([name]) or [name])]
    return names if _people(names) else None


def _the_owner_with(page: Page, names: list[str]) -> list[str] | None:
    """The site owner (the author meta's person) and the people a line opening 'with' lists; None where
    the meta names no person or the line lists no people."""
    found = _WITH.match(names[0])
    owner = clean_text(page.first("author"))
    if found is None or not owner:
        return None
    rest = each_listed_person([names[0][found.end():], *names[1:]])
    rest = _two_at_and(rest) or rest
    if not _people([*rest, owner]) or owner in rest:
        return None
    return [owner, *rest]


def _names_of_the_subtitle(page: Page, title: str | None) -> list[str] | None:
    """The owner and coauthors a Wowchemy p.page-subtitle 'with …' right under the h1 showing `title` names,
    where div.article-metadata follows it; else None."""
    subtitle = _after_heading(page, title)
    if subtitle is None or subtitle.tag != "p" or "page-subtitle" not in _classes(subtitle):
        return None
    after = _past_the_between(subtitle.next)
    if after is None or "article-metadata" not in _classes(after):
        return None
    text = clean_text(short_text(subtitle, _LONGEST_NAME))
    return _the_owner_with(page, [text]) if text and _WITH.match(text) else None


def _a_note(span: LexborNode) -> bool:
    # Academic 4.8's span.author-notes '(?)' after a name, its title the person's affiliation (round 262).
    return "author-notes" in _classes(span)


def _classes(node: LexborNode) -> list[str]:
    return (node.attributes.get("class") or "").split()


def _two_at_and(names: list[str]) -> list[str] | None:
    """The two people of one name 'Given Family and Given Family', each side a person's whole name; else
    None."""
    if len(names) != 1:
        return None
    parts = [clean_text(part) or "" for part in _AND.split(names[0])]
    if len(parts) == 2 and all(len(part.split()) >= 2 and _people([part]) for part in parts):
        return parts
    return None


def _people(names: list[str]) -> bool:
    # Each span is one person: a name in Han characters needs no space or comma to part it from the next,
    # among coauthors in Latin script too (Chenfei Ye's Wowchemy 5.5 site, round 223).
    return all(name and (a_persons_name(name) or a_han_name(name)) and not is_group(name) for name in names)


def _line_under(page: Page, title: str | None) -> LexborNode | None:
    """The first div of the div.article-metadata right after the h1 that shows `title`, else None."""
    after = _after_heading(page, title)
    if after is None or "article-metadata" not in _classes(after):
        return None
    first = next(after.iter(), None)
    return first if first is not None and first.tag == "div" else None


def _after_heading(page: Page, title: str | None) -> LexborNode | None:
    """The first element after the h1 that shows `title` (past text, comments and microdata metas), else
    None."""
    wanted = clean_text(title)
    if not wanted:
        return None
    for heading in page.tree.css("h1")[:_MOST_HEADINGS]:
        if clean_text(short_text(heading, _LONGEST_TITLE)) == wanted:
            return _past_the_between(heading.next)
    return None


def _past_the_between(after: LexborNode | None) -> LexborNode | None:
    for _ in range(_MOST_BETWEEN):
        if after is None or after.tag not in _BETWEEN:
            break
        after = after.next
    return after if after is not None and after.tag not in _BETWEEN else None
