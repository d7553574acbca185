"""The page's one h1 where its meta title, which no heading shows, is the same headline reworded for search
(Vox, 2019: the JSON-LD headline and the <title> "Delhi air pollution: The law that’s helping fuel the city’s
poor air quality", the h1 and og:title "The law that’s helping fuel Delhi’s deadly air pollution"): most of
the h1's words are the meta title's, and each says something the other does not. The headline the reader
sees is the title, as an h1 is over an SEO <title> that words it otherwise (Outer Places, 2017). An h1 that
shares few of its words (the site's name, a section's) or is a part of the meta title is no rewording.
So is the one h1 that is the meta title less the article it opens with (Slate, 2014: og:title "The Seven
Wonders of the Modern World", the h1 "Seven Wonders of the Modern World"): the headline as the page shows it.
"""

from __future__ import annotations

import re

from .bylined_stories import bylined_story
from .cited_dates import bibtex_block_titles
from .html_meta import Page, block_text, next_element
from .places import SUBHEADING_TAGS, compact

# The words compared: runs of four letters or more, past the short words every headline has.
_WORD = re.compile(r"[^\W\d_]{4,}")
# How many of the h1's words the meta title holds at least (two in three), and how many words that is at
# least.
_SHARED = (2, 3)
_LEAST = 3


def reworded_headline(page: Page, title: str | None) -> str | None:
    """The text of the page's one h1 where it rewords `title`; None otherwise."""
    shown = _the_one_h1(page) if title else None
    if shown is None:
        return None
    words_shown, words_meta = _words(shown), _words(title)
    if not _shares_most(words_shown, words_meta, of=words_shown):
        return None
    # Each says something the other does not: neither is a part of the other.
    return shown if words_shown - words_meta and words_meta - words_shown else None


def headline_over_its_byline(page: Page, title: str | None) -> str | None:
    """The text of the page's one h1 where a "By" line and the story's day stand under it, and no heading
    shows `title` (MailOnline, 2014: og:title 'Cause of Ebola was boy playing near a colony of bats,
    scientists claim' and the <title> other headlines for sharing and search, the one h1 'Is this tree the
    source of the Ebola outbreak in West Africa? Scientists believe …' over 'By Anna Hodgekiss for MailOnline'
    and 'Published: 06:28 EST, 30 December 2014'): the headline over the story's byline is its title; None
    otherwise."""
    shown = _the_one_h1(page) if title else None
    if shown is None or not compact(shown) or compact(shown) == compact(title or ""):
        return None
    if headline_joined_to_its_subtitle(page, title) is not None:
        return None  # the meta title is the h1's headline and its subtitle, joined: the whole title
    return shown if bylined_story(page, shown) is not None else None


# What a meta title may join a headline and its subtitle by ("PAC Learning; Or: Why We …", "…: …", "… - …").
_JOINS = frozenset(";:,.-|\u2013\u2014")


def headline_joined_to_its_subtitle(page: Page, title: str | None) -> str | None:
    """The one h1's text where `title` is it, a mark that joins, and the text of the heading right after the
    h1 (JoVI's Idyll header, 2025: the h1 'PAC Learning', the h2.dek 'Or: Why We Should (and Shouldn't) Trust
    Machine Learning', the <title> and og:title 'PAC Learning; Or: Why We …'): the title the page shows in two
    headings, no other headline for sharing, and the h1 the heading its byline and day stand under; None
    otherwise."""
    shown = _the_one_h1(page) if title else None
    heading = next((node for node in page.tree.css("h1") if block_text(node)), None) if shown else None
    after = next_element(heading) if heading is not None else None
    subtitle = compact(block_text(after) or "") if after is not None and after.tag in SUBHEADING_TAGS else ""
    whole, head = compact(title or ""), compact(shown or "")
    if not head or not subtitle or not whole.startswith(head) or not whole.endswith(subtitle):
        return None
    between = whole[len(head):len(whole) - len(subtitle)]
    return shown if len(between) == 1 and between in _JOINS else None


def fuller_headline(page: Page, title: str | None) -> str | None:
    """The text of the page's one h1 where the <title> repeats it and it holds most of `title`'s words and
    more (The Sun, 2019: og:title the shorter social headline "Hunter in Beijing diagnosed with bubonic plague
    after eating a rabbit", the JSON-LD headline the h1 cut at 100 characters, the h1 and the <title> "Hunter
    diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract medieval
    disease"): the headline the page shows, of which the meta title is a shortening; None otherwise."""
    shown = _the_one_h1(page) if title else None
    if shown is None or not compact(shown) or compact(shown) not in compact(page.node_text("title") or ""):
        return None
    words_shown, words_meta = _words(shown), _words(title)
    if not _shares_most(words_shown, words_meta, of=words_meta):
        return None
    # …and says more than it, a few words more at least: a part of the meta title (a kicker, a series' name)
    # is no fuller headline, nor is the meta title with the site's name or a number around it in the h1
    # (Google Patents' "US20230000001A1 - Widget sorting apparatus - Google Patents"), nor a headline one
    # word apart from it ("Round Things in C# for Kidney Cancer", the h1 "Round Things Approved for Kidney
    # Cancer").
    # A meta title that is the h1's opening, cut off at a word (The Sun's JSON-LD headline, the h1's first 100
    # characters), is shortened all the same, however few words it leaves out.
    more = words_shown - words_meta
    cut = compact(shown).startswith(compact(title))
    return shown if len(more) >= _LEAST or (cut and more) else None


def headline_the_meta_title_opens(page: Page, title: str | None) -> str | None:
    """The text of the page's one h1 where `title` is its opening, cut at a word, the h1 goes on by words
    of its own, and the page's own BibTeX entry titles the h1 whole (LUCID's project page, round 206: og:title
    and the <title> 'LUCID: Learning Embodiment-Agnostic Intent Models from Unstructured Human Videos', the h1
    the same and ' for Scalable Dexterous Robot Skill Acquisition', its entry the same): the meta title a
    shortening of the headline the page shows; None otherwise. Without the entry a heading that only begins
    with the meta title is another title (JAMA Network's, round 43: '… and Some …' after it). What follows
    the cut must open with a word: a bar, a dash or a colon after it sets the site's name or a kicker beside
    the title, no words of it."""
    shown = _the_one_h1(page) if title else None
    if shown is None or not title:
        return None
    head, meta = " ".join(shown.split()), " ".join(title.split())
    rest = head[len(meta):] if head.startswith(meta) else ""
    goes_on = rest.startswith(" ") and rest.strip()[:1].isalnum() and len(_words(rest)) >= _LEAST
    return shown if goes_on and compact(head) in {compact(t) for t in bibtex_block_titles(page)} else None


# The article a social headline may put before the headline the page shows ("The Seven Wonders of …").
_ARTICLE = re.compile(r"(?:the|an?)\s+", re.IGNORECASE)


def headline_less_its_article(page: Page, title: str | None) -> str | None:
    """The text of the page's one h1 where `title` is it with an article before it ("The …"); None
    otherwise."""
    shown = _the_one_h1(page) if title else None
    opening = _ARTICLE.match(title) if title and shown else None
    if opening is None or not compact(shown):
        return None
    return shown if compact(title[opening.end():]) == compact(shown) else None


def headline_its_meta_agree_on(page: Page, title: str | None, headline: str | None) -> str | None:
    """The text of the page's one h1 where the JSON-LD `headline` is it and the <title> repeats it, over a
    meta title (`title`) that words the story otherwise (Euronews in French, 2024: og:title and twitter:title
    the programme video's title, "Le merlu de l'Atlantique Nord sauvé de l'extinction ?"; the h1, the
    JSON-LD headline and the <title> before " | Euronews" "Comment les efforts européens ont permis de
    sauver le merlu de l'extinction"): two of the page's own names agree with its heading, the social one
    stands alone. None otherwise: one of them alone naming the h1 is no such agreement."""
    shown = _the_one_h1(page) if title and headline else None
    key = compact(shown or "")
    if not key or key != compact(headline or "") or key == compact(title or ""):
        return None
    return shown if key in compact(page.node_text("title") or "") else None


def headline_a_sharing_name_runs_on(page: Page, title: str | None, other: str | None) -> str | None:
    """The text of the page's one h1 where the <title> is it word for word and the meta title (`title`, its
    og:title) is it run on by one word more (OVAD's benchmark page, round 217: the h1 and the <title>
    'Open-vocabulary Attribute Detection', og:title '… Detection Benchmark'): two of the page's own names
    agree, the sharing name adds a word of its own. None where another meta names a title (`other`: a
    HighWire, Dublin Core or JSON-LD title stands over the heading), where the <title> says other words or
    more, or where the meta title adds more than a word (a site's name after a bar, a subtitle)."""
    shown = _the_one_h1(page) if title and not other else None
    if shown is None or not title:
        return None
    head, meta = " ".join(shown.split()), " ".join(title.split())
    if compact(head) != compact(page.node_text("title") or "") or not meta.startswith(head + " "):
        return None
    more = meta[len(head):].split()
    # One word of letters (a 'Benchmark', a 'Dataset'), no mark that sets a site's name or a kicker beside it.
    return shown if len(more) == 1 and _WORD.fullmatch(more[0]) else None


def _the_one_h1(page: Page) -> str | None:
    """The text of the page's h1 where it has one that shows words, and one only."""
    shown = None
    for node in page.tree.css("h1"):
        # Laid out only until a second h1 with words is met, the parser's own text first: in a nest of h1s
        # each holding the rest, laying out every one took time in the square of the nest's depth.
        if not (node.text(deep=True) or "").strip() or not (text := block_text(node)):
            continue
        if shown is not None:
            return None
        shown = text
    return shown


def _shares_most(words_shown: set[str], words_meta: set[str], *, of: set[str]) -> bool:
    """Whether the h1 and the meta title share _LEAST words at least, and most (_SHARED) of `of`'s."""
    shared = words_shown & words_meta
    part, whole = _SHARED
    return len(shared) >= _LEAST and whole * len(shared) >= part * len(of)


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}
