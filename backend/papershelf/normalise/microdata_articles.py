"""An article a page marks up as a schema.org Article in microdata, with no meta that says so (the Max Planck
Institute for Meteorology's news, TYPO3's news extension, 2022: <div itemscope
itemtype="http://schema.org/Article"> holding the headline, an h3[itemprop=headline]; its day, <meta
itemprop="datePublished" content="2022-12-07"> in the time element showing "07.12.2022"; its teaser,
div[itemprop=description]; and its text, div[itemprop=articleBody]). A dated article, read as its record, as a
JSON-LD article is: its headline, its day, and its teaser as its summary, unless the teaser stops in an
ellipsis (the text's opening cut off: Outer Places, 2017), or stands right under the article's video player,
the video's caption (USA Today, 2013). An item of another type (a web page, a product), or an article without
its day, is no record.
"""

from __future__ import annotations

from typing import Any

from ..identity import clean_text
from .body import MIN_ABSTRACT, BodyRecord
from .dates import DAY_LENGTH, dates_in_text, partial_date
from .html_meta import Page, block_text
from .microdata_items import of_type, own_properties
from .names import a_persons_name, display_name
from .places import HEADING_TAGS, HEADINGS, PROSE, compact, title_heading
from .posted_by_lines import posted_by_names
from .shown import is_cut_off
from .story_openings import opens_the_story

# The schema.org types of an article, the last part of an itemtype ("http://schema.org/NewsArticle").
_ARTICLES = frozenset(("article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                       "blogposting", "scholarlyarticle", "techarticle", "report"))
# The properties whose expected type is a blog's post, naming an untyped item's kind ("blogPost",
# "blogPosts").
_POST_PROPERTIES = frozenset(("blogpost", "blogposts"))
# The elements a video player is: HTML5's, and a plugin's object or embed, or a frame of a video site's.
_PLAYERS = ("video", "object", "embed", "iframe")
# How long a teaser is at most (longer is the text's prose).
_LONGEST_TEASER = 5 * PROSE
# The item's properties read: its headline or name, its stamps, its teaser.
_READ = frozenset(("headline", "name", "datepublished", "datecreated", "datemodified", "description"))
# How many author properties are read at most (a byline's worth).
_MOST_AUTHORS = 12


def microdata_article(page: Page, title: str | None) -> BodyRecord | None:
    """The record of the page's first schema.org article in microdata, dated by its datePublished and
    headed by its headline (the meta title, where the page names one); None where the page has no such
    item, or it lacks either."""
    item = next((node for node in page.tree.css("[itemscope][itemtype]") if of_type(node, _ARTICLES)), None)
    if item is None:
        item = _untyped_post(page)
    if item is None:
        return None
    found: dict[str, str] = {}
    shown_name = None  # the item's name where a heading shows it
    hidden_headline = False  # whether its headline is only a meta's
    authored: list[Any] = []  # the elements holding its author properties
    for node, properties in own_properties(item):
        if "author" in properties:
            authored.append(node)
        names = [name for name in properties if name in _READ and name not in found]
        if not names:
            continue
        attrs = node.attributes
        value = block_text(node)
        hidden_headline = hidden_headline or ("headline" in names and node.tag == "meta")
        if node.tag in ("meta", "time"):
            value = clean_text(attrs.get("content") or attrs.get("datetime")) or value
        for name in names:
            # A teaser the page shows (the MPI's div[itemprop=description]); a meta's is no shown summary
            # (The New York Times' and NDTV's description meta marked as the root item's, 2013 and 2020).
            # A description right under the article's video player is the video's caption (USA Today, 2013:
            # div.video holding the player's object, then p.video-desc[itemprop=description]), not the teaser.
            if value and not (name == "description" and (node.tag == "meta" or _under_a_player(node))):
                found[name] = value
                if name == "name" and node.tag in HEADING_TAGS:
                    shown_name = value
    # A post Google's Blogger template marks up names itself by its name, and shows its day in words
    # (the Google Cloud Platform Blog, 2016: h2[itemprop=name], span[itemprop=datePublished] 'Thursday,
    # September 29, 2016').
    # A headline only a meta gives beside the name the page's heading shows is a teaser, not the
    # title (MIT Sloan, 2021: <meta itemprop="headline" content="Machine learning is a powerful …">,
    # the h1[itemprop=name] 'Machine learning, explained').
    headline = (shown_name if shown_name and hidden_headline else None) or found.get("headline")
    headline, shown_day = headline or found.get("name"), found.get("datepublished")
    day = partial_date(shown_day) or next((iso for _, _, iso in dates_in_text(shown_day or "") if iso), None)
    if not headline or not day or len(day) != DAY_LENGTH or (title and compact(title) != compact(headline)):
        return None
    day = _created_before_its_update(found) or day
    if not title and (heading := title_heading(page, headline, HEADINGS)) is not None:
        # A meta headline that writes the heading's quotes plain (The Island Now, 2020, tagDiv's Newspaper
        # theme: <meta itemprop="headline" content="Northwell's …">, the h1 "Northwell’s …"): as shown.
        shown = block_text(heading) or ""
        headline = shown if compact(shown) == compact(headline) else headline
    teaser = found.get("description")
    # A teaser that stops in an ellipsis is the text's opening cut to a length by the CMS (Outer Places,
    # 2017, K2: '… In addition to existing...'), a copy of its start, no summary of it.
    if teaser and is_cut_off(teaser):
        teaser = None
    abstract = teaser if teaser and MIN_ABSTRACT <= len(teaser) <= _LONGEST_TEASER else None
    if abstract and opens_the_story(page, abstract):
        abstract = None  # the text's first sentence, no teaser of it
    # Its writers, where a "Posted by" line opens the post ('Posted by Brian Stevens, Vice President, …');
    # else its author properties' names (the AutoGen blog, Docusaurus, 2023: a Person item whose
    # span[itemprop=name] shows 'Chi Wang', article:author only his profile's address).
    authors = posted_by_names(item) or _authors_named(authored)
    return BodyRecord(title=title or headline, authors=authors, shown=[day], abstract=abstract, known=True)


def _untyped_post(page: Page) -> Any | None:
    """The first item with no itemtype that a property naming a blog's post holds (Hexo's Icarus theme,
    萧爽楼, 2017: <article itemscope itemprop="blogPost"> holding h1[itemprop=name] and
    time[itemprop=datePublished]).
    schema.org's blogPost expects a BlogPosting, so the property says what the itemtype would; an untyped item
    held by any other property says nothing of its kind. One pass over the page's items."""
    for node in page.tree.css("[itemscope][itemprop]"):
        if node.attributes.get("itemtype") is None and _POST_PROPERTIES & set(
                (node.attributes.get("itemprop") or "").lower().split()):
            return node
    return None


def _created_before_its_update(found: dict[str, str]) -> str | None:
    """The day the item was created, where its datePublished is the very stamp of its dateModified and its
    dateCreated falls on an earlier day: a publication stamp that is the update's stamps the last update, and
    the item first appeared when it was created (The Wall Street Journal, 2014: dateCreated
    2014-08-29T17:01:00.000Z, the instant its address's number 1409331697 is; datePublished and dateModified
    2014-08-30T21:53:00.000Z). None otherwise: a dateCreated before a publication stamp of its own is a
    draft's (Zenodo's records)."""
    published, modified = found.get("datepublished"), found.get("datemodified")
    created = partial_date(found.get("datecreated"))
    if not published or published != modified or not created or len(created) != DAY_LENGTH:
        return None
    return created if created < (partial_date(published) or "") else None


def _authors_named(authored: list[Any]) -> list[str]:
    """The persons the article's author properties name, in order: an author item (a schema.org Person) by
    its own name property's words, a plain author element by its own words; an item naming no one (a
    profile's address alone: the Google Cloud Platform Blog's Blogger template) names no writer. The first
    few only: a byline names no more."""
    names: list[str] = []
    for node in authored[:_MOST_AUTHORS]:
        if "itemscope" in node.attributes:
            named = next((held for held, properties in own_properties(node) if "name" in properties), None)
            text = None if named is None else (
                clean_text(named.attributes.get("content")) if named.tag == "meta" else block_text(named))
        else:
            text = block_text(node)
        name = display_name(text)
        if name and a_persons_name(name) and name not in names:
            names.append(name)
    return names


def _under_a_player(node: Any) -> bool:
    """Whether the element right before the node (blank text passed) is or holds a video player."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment") and not (
            before.text_content or "").strip():
        before = before.prev
    return before is not None and (before.tag in _PLAYERS or before.css_first(",".join(_PLAYERS)) is not None)
