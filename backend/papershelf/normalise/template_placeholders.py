"""The meta a page template ships with, left unfilled on a page built from it: the Academic Project Page
Template's head names its paper 'SOCIAL MEDIA TITLE TAG', its description 'DESCRIPTION META TAG', its
address 'URL OF THE WEBSITE' (Prescient Design's Walk-Jump Sampling page, round 161). Such a tag names
nothing, as if the page had none.

The template's later version ships a scholarly head as well, its values upper-case tokens to be replaced:
citation_title 'PAPER_TITLE', citation_author 'FIRST_AUTHOR_LAST, FIRST_AUTHOR_FIRST', a ScholarlyArticle
whose headline is 'PAPER_TITLE' and abstract 'FULL_ABSTRACT_TEXT_HERE', beside a real-looking default date
(citation_publication_date '2024', datePublished '2024-01-01': VoiceDesigner's demo page, round 180). A block
whose title is such a token was left unfilled whole: its date is the template's too, so the whole block names
nothing."""

from __future__ import annotations

import re

# The template's placeholders, as it ships them (casefolded, spaces collapsed).
_PLACEHOLDERS = frozenset({
    "social media title tag",
    "social media description tag tag",
    "social media description tag",
    "description meta tag",
    "twitter banner title meta tag",
    "twitter banner description meta tag",
    "keywords should be placed here",
    "url of the website",
})


# An upper-case token of words joined by underscores ('PAPER_TITLE', 'CONFERENCE_NAME'), or a comma-separated
# pair of them ('FIRST_AUTHOR_LAST, FIRST_AUTHOR_FIRST'): no title, name or summary is written so. The
# underscore is outside both character classes, so the pattern matches in linear time.
_TOKEN = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"
_PLACEHOLDER_TOKENS = re.compile(rf"{_TOKEN}(?:\s*,\s*{_TOKEN})*")


def is_template_placeholder(content: str) -> bool:
    """Whether a meta tag's content is a template's placeholder left in."""
    return " ".join(content.split()).casefold() in _PLACEHOLDERS or is_placeholder_token(content)


def is_placeholder_token(value: object) -> bool:
    """Whether a value is a template's upper-case placeholder token left unfilled ('PAPER_TITLE')."""
    return isinstance(value, str) and _PLACEHOLDER_TOKENS.fullmatch(value.strip()) is not None


# The scholarly tags a template's unfilled citation block ships: all of them go with its unfilled title.
CITATION_PREFIX = "citation_"


def without_an_unfilled_citation_block(
        meta: dict[str, list[str]], unfilled_title: bool) -> dict[str, list[str]]:
    """The page's meta without the template's citation block where its citation_title was left a placeholder
    token and no real citation_title stands beside it: the block's date and venue are the template's defaults,
    not the paper's."""
    if not unfilled_title or meta.get("citation_title"):
        return meta
    return {key: values for key, values in meta.items() if not key.startswith(CITATION_PREFIX)}


# The open-graph block the template's later version ships beside it: og:title 'PAPER_TITLE' over og:type
# 'article', article:published_time '2024-01-01T00:00:00.000Z' and og:url 'https://YOUR_DOMAIN.com/…'
# (LocalSearchBench's page, round 183). A block whose og:title was left a token was left unfilled whole: its
# article type and day are the template's, which would date the page and call it a post.
OPEN_GRAPH_PREFIXES = ("og:", "article:")


def without_an_unfilled_open_graph_block(
        meta: dict[str, list[str]], unfilled_title: bool) -> dict[str, list[str]]:
    """The page's meta without the template's open-graph and article tags where its og:title was left a
    placeholder token and no real og:title stands beside it."""
    if not unfilled_title or meta.get("og:title"):
        return meta
    return {key: values for key, values in meta.items() if not key.startswith(OPEN_GRAPH_PREFIXES)}


def is_an_unfilled_article(obj: dict[str, object]) -> bool:
    """Whether a JSON-LD article is a template's left unfilled: its headline or name a placeholder token."""
    return any(is_placeholder_token(obj.get(key)) for key in ("headline", "name"))


# The article tags of that open-graph block may be left the template's while its og:title is filled:
# article:author 'FIRST_AUTHOR_NAME' beside article:published_time '2024-01-01T00:00:00.000Z' and article:tag
# 'KEYWORD1' (GOPLA's page, round 196, after its final held-out figure: its og:title and description the
# paper's). An author left a token marks the article tags unfilled as a group: their day is the template's.
ARTICLE_PREFIX = "article:"


def without_unfilled_article_tags(meta: dict[str, list[str]], unfilled_author: bool) -> dict[str, list[str]]:
    """The page's meta without the article tags where its article:author was left a placeholder token and no
    real article:author stands beside it."""
    if not unfilled_author or meta.get("article:author"):
        return meta
    return {key: values for key, values in meta.items() if not key.startswith(ARTICLE_PREFIX)}
