"""The byline a page shows in an element of its own: the byline classes of platforms and themes
(`_BYLINES`, most specific first), each person an element, a link or a list item, names parted by
commas, with the affiliations, marks, pop-ups and details beside them left out; and the people a
byline marks up as FOAF. `bylines.py` asks these first, then reads the bylines no class names.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from ..identity import clean_text
from .dates import DAY_LENGTH, dates_in_text, whole_date
from .html_meta import Page, byline_text, past_blank_text
from .names import a_persons_name, a_post, after_other_by, display_name, names_in_byline, without_desks
from .places import HEADINGS, ancestors

# R Markdown's title block's author, a byline only right after the h1 (`_in_the_title_block`).
_TITLE_BLOCK_AUTHOR = 'h4[class~="author"]'
# Elements that hold a byline on pages without a publisher row, most specific first.
_BYLINES = (
    '[class~="byline"]', '[class~="authors"]', '[class~="author-list"]', '[class~="contributors"]',
    # Platforms' own byline classes: HighWire, Springer (2013 and now), Hindawi, Copernicus, eLife.
    '[class~="highwire-cite-authors"]', '[class~="AuthorNames"]', '[class~="c-article-author-list"]',
    '[class~="author_gp"]', '[class~="pb_authors"]', '[class~="content-header__author_list"]',
    # Wiley (2016), Zenodo's creators and contributors, OJS and OPUS's author block.
    '[class~="articlesWrittenBy"]', '[class~="creatibutors"]', "#author",
    # HighWire's first platform (Science Signaling, 2013): <p class="Authors">, marks and all.
    '[class~="Authors"]',
    # PubMed Central (2024): the contributor group, each name a link with a hidden pop-up.
    "div.cg",
    # PubMed Central (2014): the authors' contributor group, each name a link to a PubMed search, the
    # editor in a group of its own (div.fm-editor) after it.
    'div[class~="fm-author"]',
    # Silverchair's author list (AIP Publishing, 2023): each person a div.al-author-name, the name an
    # a.linked-name, then the person's info card (the name again, affiliations, search links).
    '[class~="al-authors-list"]',
    # APA PsycNET's author group; Atypon's author block as a div (Annual Reviews, 2015:
    # div.hlFld-ContribAuthor > div.author > p.name "Rahul Nandkishore<sup>1</sup> and …").
    '[class~="authorGroup"]', 'div[class~="hlFld-ContribAuthor"]',
    # Atypon's list of authors (ACP Journals 2020, the ACM Digital Library, Wiley since 2019).
    '[class~="loa"]',
    # OJS 2's author string (Ubiquity Press, 2013) and Frontiers' people list (2024).
    "#authorString", '[class~="PeopleList"]',
    # A blog's hCard author (WordPress themes: <span class="author vcard"><a class="url fn">…</a>).
    '[class~="author"][class~="vcard"]',
    # RSC Publishing's article HTML: the paragraph after the heading, each person in bold, then
    # the affiliations.
    'p[class~="header_text"]',
    # RSC Publishing's landing page (2023): each person a search link with marks and an ORCID icon.
    '[class~="article__authors"]',
    # IIETA's paper page (Drupal 7): the people in the first div.paper-author, parted by "|".
    '[class~="paper-author"]',
    # MDPI's article HTML (2014): the author group over the affiliations, marks in superscripts.
    '[class~="html-author-group"]',
    # MDPI's article page (2025): "by" and each person a div.profile-card-drop, the name, beside a hidden
    # profile card (the name again, SciProfiles, Scilit, Preprints.org and Google Scholar links).
    '[class~="art-authors"]',
    # Cambridge Core's full text (2016): a heading classed "author", the people in capitals.
    'h3[class~="author"]',
    # R Markdown's title block, bookdown's GitBook book page among its pages (Fundamentals of Data
    # Visualization's site, 2019): h1.title, then <h4 class="author"><em>Claus O. Wilke</em></h4>.
    _TITLE_BLOCK_AUTHOR,
    # Elsevier Pure's research portal (2026): ul.relations.persons, each person an item, the later items
    # opening with ", " and the portal's own people linked to their profiles.
    'ul[class~="relations"][class~="persons"]',
    # Atypon's Literatum of the early 2010s (MIT Press Journals, 2013): div.artAuthors holds the byline
    # in bold, then the affiliation in a paragraph.
    'div[class~="artAuthors"] > strong',
    # nature.com's legacy pages (to 2012): the author group under the title, p#aug on an article,
    # p.aug on a Naturejobs story (its citation_authors empty).
    "p#aug", 'p[class~="aug"]',
    # A list labelled for screen readers as the authors (DergiPark, 2026: <ul aria-label="Authors"> under
    # the title, each person a link, the primary author's followed by <sup>*</sup>).
    'ul[aria-label="Authors" i]', 'ol[aria-label="Authors" i]',
    # Hugo's Academic theme and its successors (Wowchemy, Hugo Blox Builder), a generator of researchers'
    # and labs' sites: the people, one span each (a link to the person's page on the site, or not), in
    # the first block of div.article-metadata, the date and categories after it. The class is a common
    # word: another theme's block of links (categories, tags) there is no byline.
    'div[class~="article-metadata"] > div:not(:has(> :not(span)))',
    # Project MUSE's article summary (2012-2013): div.contrib under div#article-title, each person a link to
    # a MUSE author search. Exactly so classed: a JATS rendering classes each person "contrib" (PeerJ's
    # spans, PubMed Central's strongs), one person of many.
    'div[class="contrib"]',
    # Drupal's field of a content type's authors (8 and later name a field's block by its machine name: The
    # University of Chicago Law Review, 2025), each person's name a div.author--name beside a note of their
    # position and thanks.
    'div[class~="field--name-field-authors"]',
)


def byline_element(page: Page) -> list[str]:
    order: dict[int, int] | None = None  # the page's nodes in document order, once one is needed
    start = -1
    around: set[int] = set()  # what holds the page's heading
    for selector in _BYLINES:
        nodes = page.tree.css(selector)
        if not nodes:
            continue
        if order is None:
            order = _page_order(page)
            heading = page.tree.css_first("h1")
            start = order.get(heading.mem_id, -1) if heading is not None else -1
            around = {node.mem_id for node in ancestors(heading)} if heading is not None else set()
        # The paper's byline follows its heading: one above it is the site's (T&F's menu item
        # "Authors & Editors", classed "authors").
        after = [node for node in nodes if order.get(node.mem_id, -1) > start]
        if selector == _TITLE_BLOCK_AUTHOR:
            # Only as the title block sets it, right after the h1: a review's, a comment's or a
            # testimonial's h4.author further down names its writer, not the page's.
            nodes = after = [node for node in after if _in_the_title_block(node)]
            if not after:
                continue
        own = next((node for node in after or nodes if not _among_other_papers(node, around)), None)
        if selector == _TITLE_BLOCK_AUTHOR and own is not None and (names := _title_block_people(own)):
            return names
        # A class on each person's link, not on the block (Web of Science, 2024: a.authors per person,
        # each followed by the name in full and the address numbers): the byline is the block holding them.
        if own is not None and own.tag == "a":
            own = _holder_of_links(own, after or nodes, around)
        # A block that shows a date and nothing else (a theme's date line in the block a byline is
        # looked for in) names nobody.
        shown = own.text(deep=True) if own is not None else ""
        if own is not None and not whole_date(shown) and (names := names_in(own)):
            # A block that shows its day names only the people it reads as persons' names, the day's words and
            # figures no one's; beside a kicker and a share button alone (BAON, 2020: div.article-info.byline,
            # 'lassú kilábalás', '2020. 08. 18. 21:35', 'Megosztom'), nobody.
            if _shows_a_day(shown) and not (names := [name for name in names if a_persons_name(name)]):
                continue
            return names
    return []


def _shows_a_day(text: str) -> bool:
    """Whether a block's text names a whole day (a date line in it), read once."""
    return any(iso and len(iso) == DAY_LENGTH for _, _, iso in dates_in_text(text))


# How many people a title block names at most, one h4.author each.
_TITLE_BLOCK_PEOPLE = 100


def _title_block_people(first: Any) -> list[str]:
    """The people of R Markdown's title block, which sets each author in an h4.author of their own, the
    affiliation in an <address> after each (html_document with several authors): the first and the
    h4.author elements right after it."""
    names = names_in(first)
    node = past_blank_text(first.next)
    for _ in range(_TITLE_BLOCK_PEOPLE):
        if node is None or node.tag not in ("h4", "address", "-comment"):
            break
        if node.tag == "h4":
            if "author" not in (node.attributes.get("class") or "").split():
                break
            names += names_in(node)
        node = past_blank_text(node.next)
    return names


# How many elements the title block sets between the h1 and its author (R Markdown's h3.subtitle).
_TITLE_BLOCK = 3


def _in_the_title_block(node: Any) -> bool:
    """Whether the node is one of the few elements right after an h1, as its siblings (a GitBook page's
    title block comes after the book's header, its own h1 the page's second)."""
    before = node
    for _ in range(_TITLE_BLOCK):
        before = past_blank_text(before.prev, "prev") if before is not None else None
        while before is not None and before.tag == "-comment":
            before = past_blank_text(before.prev, "prev")
        if before is not None and before.tag == "h1":
            return True
    return False


# Entries of a list of other papers mark their bylines as a table of contents' (Atypon: an issue's
# contents, and Scitation's "related articles" widget of 2020, label.tocAuthors.author-list in each entry).
# How far up a candidate byline is looked at for such an entry: further than a layout nests it, and a
# bound on a hostile page's nesting.
_ENTRY_DEPTH = 40


def _among_other_papers(node: Any, around: set[int]) -> bool:
    # An element so classed that holds the page's own heading is its layout, not a list of other papers
    # (Quarto's and other themes' "toc-left" on the page's container, for a contents sidebar).
    for depth, element in enumerate(chain((node,), ancestors(node))):
        if depth > _ENTRY_DEPTH or element.mem_id in around:
            return False
        if any(word.startswith("toc") for word in (element.attributes.get("class") or "").casefold().split()):
            return True
        if element.tag == "article" and _card_of_another_page(element):
            return True
    return False


def _card_of_another_page(article: Any) -> bool:
    """An <article> beside others in a feed, not holding the page's heading, that links another page:
    a card of a feed of other pages (Brookings's related content, 2023-2025: each card an overlay link to
    its page, its title, its p.byline and p.date), whose byline is that page's. A page's own <article>
    stands alone where its heading is outside it."""
    if article.css_first("h1") is not None or not _beside_other_articles(article):
        return False
    return any(
        (link.attributes.get("href") or "").startswith(("/", "http")) and clean_text(link.text(deep=True))
        for link in article.css("a[href]")[:_CARD_LINKS]
    )


def _beside_other_articles(article: Any) -> bool:
    # The feed holds each card in an item of its own (div.related-feed__item > article): two levels up.
    up = article.parent
    for _ in range(_FEED_LEVELS):
        if up is None:
            return False
        if len(up.css("article")) > 1:
            return True
        up = up.parent
    return False


# How many of a card's links are looked at for the one to its page: the card's first ones hold it.
_CARD_LINKS = 3
# How far above a card its feed's container is looked for.
_FEED_LEVELS = 2


# How far above a person's link the block holding the byline's other links is looked for: a person's
# item and the byline's line (Web of Science: a > span#author-N > span.cdx-grid-data), not the page.
_LINK_HOLDER_DEPTH = 4


def _holder_of_links(link: Any, links: list[Any], around: set[int]) -> Any:
    """The nearest block above the link that holds another of the links, when they are people's links;
    else the link. Not a block that holds the page's heading: that is the layout, not a byline."""
    others = {node.mem_id for node in links if node.tag == "a"} - {link.mem_id}
    if not others:
        return link
    for depth, parent in enumerate(ancestors(link)):
        if depth >= _LINK_HOLDER_DEPTH or parent.mem_id in around:
            break
        if any(node.mem_id in others for node in parent.css("a")):
            return parent
    return link


def _page_order(page: Page) -> dict[int, int]:
    body = page.tree.body
    return {node.mem_id: index for index, node in enumerate(body.traverse() if body is not None else ())}


def foaf_people(page: Page) -> list[str]:
    """People a byline marks up as FOAF in RDFa (PLOS, 2014: <span property="foaf:name"
    typeof="foaf:Person">Gongle Shi <span class="corresponding">mail</span>, </span>): the name is
    the element's own text, its icons and pop-ups aside."""
    names: list[str] = []
    for node in page.tree.css('[typeof~="foaf:Person"][property~="foaf:name"]'):
        name = display_name((clean_text(node.text(deep=False)) or "").strip(" ,;"))
        if name and name not in names:
            names.append(name)
    return names


# One person of a byline block: Atypon's a.author-name (Wiley, PLOS) and span.contrib-author (Scitation,
# 2020: the name's link, its marks and the comma, before the block's "more..." and hidden affiliations),
# Silverchair's div.al-author-name and, on its 2020 template (Oxford Academic), span.al-author-name-more
# (the info card before the a.linked-name), MDPI's profile-card-drop (2025) and, before it, the link that
# drops the person's author card (a.author-card-drop, 2023: the card beside it holds the name again), and a
# Drupal theme's div.author--name (The University of Chicago Law Review, beside the person's note).
_PERSON_ELEMENTS = ('[class~="author-name"],[class~="author--name"],[class~="contrib-author"],'
                    '[class~="al-author-name"],[class~="al-author-name-more"],[class~="profile-card-drop"],'
                    '[class~="author-card-drop"]')


def names_in(byline: Any) -> list[str]:
    # A list of authors (Springer Nature's ul.c-article-author-list) holds one person an item,
    # without commas between some of them. A block of several lists (HighWire: the contributors, then
    # their affiliations, the correspondence and the history; Frontiers: the people, then the
    # affiliations) names the people in its first.
    # An empty list (Thieme's hidden affiliations list, filled when clicked) names nobody. A block
    # that holds one list and no more than its heading (OJS 3: <section class="item authors"><h2>
    # Authors</h2><ul class="authors">…, the heading in the journal's language) is that list.
    lists = byline.css("ol, ul") if byline.tag not in ("ul", "ol") else []
    lists = _outside_details([found for found in lists if found.css_first("li")], byline)
    # A block's navigation (SpringerLink, 2017: div.authors opens with <ul data-role="AuthorsNavigation">
    # <li>Authors</li><li><a href="#authorsandaffiliations">Authors and affiliations</a></li>, then the
    # people's ul) names nobody: the list after it is the byline.
    navigation = [found for found in lists if _is_navigation(found)]
    lists = [found for found in lists if not _is_navigation(found)]
    if len(lists) > 1 or (lists and (navigation or _only_a_heading_besides(byline, lists[0]))):
        byline = lists[0]
    # A block of paragraphs, the people in the first and their affiliations in the next, each of those
    # opening with the superscript mark the names carry (a demo page's div.authors, round 212: '<p>Li-Wei
    # Chen<sup>1</sup>, …</p><p><sup>1</sup>Language Technology Institute, …</p>'): the first is the byline.
    byline = _names_over_marked_affiliations(byline) or byline
    items = byline.css("li") if byline.tag in ("ul", "ol") else []
    # Each person set in bold, the affiliations after them plain (RSC): the bold runs are the byline.
    if not items and byline.tag == "p":
        items = [bold for bold in byline.iter() if "bold" in (bold.attributes.get("class") or "").split()
                 and (clean_text(bold.text()) or "").casefold() not in ("", "and", ",")]
    # Atypon's list of authors as a block (Wiley): each person's link, its affiliations' pop-up beside it;
    # MDPI's name that drops its profile card.
    # …or one element classed "author" a person (OJS 3 themes' div.author, Dagstuhl's span.author).
    items = (items or _outside_details(byline.css(_PERSON_ELEMENTS), byline) or _people_marked(byline)
             or _linked_name_headings(byline))
    # An item holding several people so marked is theirs (an OJS theme's one li of div.authors).
    items = [person for item in items for person in _each_person(item)]
    if items:
        # An item that marks the person's name (OJS 3: span.name, then span.affiliation; PLOS: a.author-name,
        # then its affiliations' pop-up; the ACM's span.loa__author-name inside the link that also holds
        # the affiliation) is read by it.
        items = [item.css_first('[class~="loa__author-name"],[class~="PeopleListItem__name"]')
                 or item.css_first('[class~="name"],[class~="author-name"],[class~="linked-name"]')
                 or _bold_name_over_details(item) or item
                 for item in items]
        return [name for item in items for name in names_in_byline(bare_byline(_person_text(item)))]
    # An hCard's byline names its person by the formatted name (msnbc.com, 2012: div.vcard.author holding
    # "By <a class="fn url">Alan Boyle</a>", then span.title "Science editor" and the organisation "NBC
    # News" with no comma between): the title and organisation beside it are no part of the name.
    if (formatted := _hcard_name(byline)) is not None:
        return names_in_byline(bare_byline(formatted))
    # A line of text, as a story's byline is: a desk or title may follow the people, and " on " and the day
    # (Big Think, 2012: "Neurobonkers on November 8, 2012, 11:50 AM").
    text = _before_on_its_day(_without_post(byline, byline_text(byline)))
    return without_desks(names_in_byline(bare_byline(text)))


def _names_over_marked_affiliations(block: Any) -> Any:
    """The block's first paragraph, when the block holds paragraphs alone, two or more, and each after the
    first opens with a superscript mark (an affiliation keyed to the names' marks); else None."""
    if block.tag != "div":
        return None
    paragraphs = []
    for child in block.iter():
        if child.tag == "p":
            paragraphs.append(child)
        elif child.tag != "-comment":
            return None
    if len(paragraphs) < 2:
        return None
    for paragraph in paragraphs[1:]:
        first = past_blank_text(paragraph.child, comments=True)
        if first is None or first.tag != "sup":
            return None
    return paragraphs[0]


# What joins a byline's names to the day after them.
_ON = " on "


def _before_on_its_day(text: str | None) -> str | None:
    """A byline's text before " on " and the day it gives, where it gives one so, or before the label of the
    line the day is on ("… MedPage Today Published: May 15, 2013 Reviewed by …", MedPage Today, 2013: the
    reviewers after it name no writer); else the text."""
    if not text:
        return text
    start = next((start for start, _, iso in dates_in_text(text) if iso), None)
    if start is not None and (label := _DAY_LABEL.search(text[:start])) is not None and label.start():
        return text[: label.start()]
    if start is None or not text[:start].casefold().endswith(_ON):
        return text
    return text[: start - len(_ON)]


# A label before a day, its line's opening: "Published: ", "Updated: ".
_DAY_LABEL = re.compile(r"\s(?:published|posted|updated|last updated|first published)\s*:\s*$", re.IGNORECASE)


def _hcard_name(block: Any) -> str | None:
    """The formatted name (.fn) of a block that is one person's hCard (class vcard), else None."""
    if "vcard" not in (block.attributes.get("class") or "").split():
        return None
    names = block.css('[class~="fn"]')
    return byline_text(names[0]) if len(names) == 1 else None


def _without_post(byline: Any, text: str | None) -> str | None:
    """A byline's text without the reporter's desk or title its last element sets apart from the name, with
    no comma between them (BBC News, 2013: span.byline-name "By Melissa Hogenboom", then span.byline-title
    "Science reporter, BBC News")."""
    last = byline.last_child
    while last is not None and last.tag in ("-text", "-comment") and not clean_text(last.text_content):
        last = last.prev
    if not text or last is None or last.tag in ("-text", "-comment"):
        return text
    post = clean_text(byline_text(last))
    if not post or not a_post(post) or not text.endswith(post) or not clean_text(text[: -len(post)]):
        return text
    return text[: -len(post)]


# The elements a person's item may wrap its lines in (pandoc writes a list's item as a paragraph when the
# list is loose: <li><p><strong>Ann Lee</strong><br>…</p></li>).
_ITEM_WRAPPERS = frozenset(("p", "div"))


def _bold_name_over_details(item: Any) -> Any:
    """The bold that opens a person's item, when a line break ends it and more follows: the person's
    name set above their details (Manubot's author list: <li><strong>Ann Lee</strong><br> ORCID, GitHub
    and Twitter handles<br><small>affiliations, funding</small></li>), none of which is a name. A
    superscript mark may stand between the name and the break (the corresponding author's "✉", a
    footnote's or an affiliation's mark: <strong>Ann Lee</strong> <sup><a href="#correspondence">✉</a>
    </sup><br>), no part of the name."""
    first = past_blank_text(item.child)
    if first is not None and first.tag in _ITEM_WRAPPERS:
        first = past_blank_text(first.child)
    if first is None or first.tag not in ("strong", "b"):
        return None
    after = past_blank_text(first.next)
    if after is not None and after.tag == "sup":
        after = past_blank_text(after.next)
    if after is None or after.tag != "br" or past_blank_text(after.next) is None:
        return None
    return first if clean_text(first.text(deep=True)) else None


# A person's details a byline shows only on demand beside the name (Atypon: Wiley's div.author-info
# role="region", the ACS's div.loa-info): the name again, the e-mail and ORCID links as lists.
_DETAILS_ROLES = frozenset({"region", "dialog", "tooltip"})


def _in_details(node: Any, byline: Any, info: bool = True) -> bool:
    """Whether the node sits in a person's pop-up inside the byline (looked for up to the byline only);
    without `info`, one marked as a pop-up by its role or class, not by a class ending in "info"."""
    for parent in ancestors(node):
        if parent.mem_id == byline.mem_id:
            return False
        words = (parent.attributes.get("class") or "").casefold().split()
        if (parent.attributes.get("role") or "").casefold() in _DETAILS_ROLES or any(
                (info and word.endswith("info")) or word in ("popup", "tooltip", "overlay")
                for word in words):
            return True
    return False


def _outside_details(nodes: list[Any], byline: Any) -> list[Any]:
    """The nodes outside the people's pop-ups. A block classed "…info" is a pop-up only beside names
    shown outside it: a blog's byline wraps each person in div.author-info, the names shown, not again."""
    return ([node for node in nodes if not _in_details(node, byline)]
            or [node for node in nodes if not _in_details(node, byline, info=False)])


def _is_navigation(found: Any) -> bool:
    """A list marked as the block's navigation or tabs (role or data-role), not its people."""
    roles = f"{found.attributes.get('role') or ''} {found.attributes.get('data-role') or ''}".casefold()
    return "navigation" in roles or "tablist" in roles


def _linked_name_headings(block: Any) -> list[Any]:
    """The headings of a byline block that are each one link (SSRN, 2024: div.authors holds per person
    an h2 linking to their papers, then a <p> of their affiliations, and a "See all articles by …" link):
    a person each, the block's other text theirs. A heading that is not one link is the block's label."""
    people = []
    for heading in block.css(HEADINGS):
        links = heading.css("a")
        if len(links) == 1 and (text := clean_text(heading.text())) and clean_text(links[0].text()) == text:
            people.append(heading)
    return people


def _each_person(item: Any) -> list[Any]:
    marked = _people_marked(item)
    return marked if len(marked) > 1 else [item]


def _people_marked(block: Any) -> list[Any]:
    """The elements classed "author" inside the block, none inside another (a blog's span.author
    holding its a.author is one person)."""
    people: list[Any] = []
    covered: set[int] = set()  # the people kept and everything inside them
    # In page order a person comes before whatever is inside it: gathering what each kept one holds
    # walks the block once, where asking each element for its ancestors walked a deep nest once each.
    for node in block.css('[class~="author"]'):
        if node.mem_id != block.mem_id and node.mem_id not in covered:
            people.append(node)
            covered.update(inside.mem_id for inside in node.traverse())
    return people


# What an item of a byline shows beside the person's name: the affiliation (OJS's span.affiliation,
# a theme's misspelt div.article-author-affilitation) and the ORCID link.
_BESIDE_THE_NAME = '[class*="affil"],[class~="orcid"]'


def _person_text(item: Any) -> str | None:
    """The text of one person's item of a byline, without the affiliation and ORCID shown with it."""
    if item.css_first(_BESIDE_THE_NAME) is None:
        return byline_text(item)
    copy = LexborHTMLParser(f"<div>{item.html}</div>").css_first("div")
    for beside in copy.css(_BESIDE_THE_NAME):
        beside.decompose()
    return byline_text(copy)


# A heading over a list of people ("Authors", "Szerzők"): a few words, no more.
_HEADING_WORDS = 3


def _only_a_heading_besides(block: Any, inner: Any) -> bool:
    """Whether the block's text outside the list is a heading of a few words at most."""
    outside = (byline_text(block) or "").replace(byline_text(inner) or "", " ")
    return len(outside.split()) <= _HEADING_WORDS


# A byline's descriptor ("Authors:" in arXiv's <span class="descriptor">), and affiliations written
# inline: marks "(1)", "(2 and 1)", "(1,2)" and the list "((1) The Johns Hopkins University (2) …)".
# A block's own heading word before the names, without its colon ("Authors Jesse Dodge, …",
# Dagstuhl's h3.authors), is one too; so is a post's "by" before its first name ("by Martin Fenner").
_BYLINE_DESCRIPTOR = re.compile(
    r"^(?:(?:Authors?|By)\s*:\s*|Authors?\s+(?=[A-Z])|[Bb]y\s+(?=[A-Z\u00c0-\u00de]))"
)
_AFFILIATION_LIST = re.compile(r"\(\s*\(\d+\)[^()]*(?:\(\d+\)[^()]*)*\)")
_AFFILIATION_MARK = re.compile(r"\(\s*\d+(?:\s*(?:,|and|&)\s*\d+)*\s*\)")


# Links and buttons a byline shows beside its names: "ORCID: orcid.org/0000-…", "Email author", "All
# Authors" (Wiley), "+6 authors" (Semantic Scholar), "Authors Info & Affiliations" (the ACM), and the
# "…" of a list shown shortened ("Joydeep Mukherjee, … Mohini Sain").
_BYLINE_LINKS = re.compile(
    # bioRxiv's ORCID icon link before a name: "View ORCID ProfileGwendolyn M. Jang".
    r"ORCID:\s*\S+|View ORCID Profile|Email author|(?:^|\s)…(?=\s|$)"
    r"|\b(?:(?:view|show|see) )?all authors\b|\bshow (?:more|less)\b|\+\s?\d+ (?:more )?authors?\b"
    r"|\bauthors? info\s*(?:&|and)\s*affiliations\b",
    re.IGNORECASE,
)


# An e-mail address a byline shows after the name, the writer's or the desk's (Business Weekly, 2025: the
# byline box after the text, div.creator-name 'Newsdesk' and div.creator-email 'news@businessweekly.co.uk'): a
# way to write to them, no part of a name. Matched from the start of a run of its characters only, once a run.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def bare_byline(text: str | None) -> str | None:
    if not text:
        return text
    # The links first: "Authors Info & Affiliations" is a link, not a descriptor before a name.
    text = _BYLINE_LINKS.sub(" ", text).replace("|", ",")  # "Nafisa Jabeen, … Gulzar Ahmad Nayik |"
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    text, _ = after_other_by(_BYLINE_DESCRIPTOR.sub("", text.strip(), count=1))
    return _AFFILIATION_MARK.sub("", _AFFILIATION_LIST.sub("", text))
