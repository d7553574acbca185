"""A post's short description meta that says what it is, a summary of the paper the post's title names: it
holds that title's words and a word for a summary (Sanghyuk Chun's README blog, 2015, Octopress: the h1
'Playing Atari With Deep Reinforcement Learning (NIPS 2013)', the description 'Google Deep Mind에서 NIPS
2013에 발표한 Playing Atari with Deep Reinforcement Learning 정리', '… a summary of Playing Atari …', where
the text opens in other words, '이번에 리뷰할 논문은 …'). A description shorter than an abstract is read as a
teaser or the site's line (shown._MIN_DESCRIPTION); one that names the post's subject and calls itself its
summary is the post's own one-line summary, written apart from its text. A description naming no title, or no
summary (a teaser that opens the text, 'In this post I …'), stays unread, and a template's 'Brief summary of
the paper goes here.' names no title; nor is a citation one (elgetilab's Dublin Core description, 'Brief
summary of the paper Elgeti, M., Hubbell, W.L. (2021). DEER Analysis of …. https://doi.org/…', the template's
placeholder over the paper's citation): a bracketed year, a DOI or a link marks it.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import Page
from .places import OWN_TITLE

# The words that call a text a summary, whole words of their own: Korean's 정리 (a write-up, a summary) and
# 요약, Chinese's 总结 and 摘要, Japanese's まとめ and 要約, English's, German's and French's.
_SUMMARY_WORDS = frozenset({"정리", "요약", "总结", "總結", "摘要", "まとめ", "要約", "summary",
                            "zusammenfassung", "résumé"})
# A description this long or longer is read as an abstract by its length alone (shown._MIN_DESCRIPTION).
_LONGEST = 200
# What marks a citation, not a one-line summary: a bracketed year, a DOI, a link.
_CITATION_MARKS = re.compile(r"\((?:1[89]|20)\d\d\)|\b10\.\d{4,9}/|https?://")
# The bracketed venue or year after a post's title: '(NIPS 2013)', '[ICCV 2019]'.
_BRACKETED_TAIL = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]\s*$")


def summary_the_description_declares(page: Page, title: str | None) -> str | None:
    """The description meta where it is shorter than an abstract read by its length, holds the post's title
    (its bracketed venue left out), casefolded, and has a summary word of its own; None otherwise."""
    value = clean_text(page.first("description"))
    if not value or not title or not MIN_ABSTRACT <= len(value) < _LONGEST or _CITATION_MARKS.search(value):
        return None
    subject = _BRACKETED_TAIL.sub("", clean_text(title) or "").casefold()
    if len(subject) < OWN_TITLE or subject not in value.casefold():
        return None
    words = {word.strip(".,:;!?'\"()") for word in value.casefold().split()}
    return value if words & _SUMMARY_WORDS else None
