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

The title's words are sought past a bracketed label of the post's kind before them too ('[논문 리뷰]
Data-Efficient Multimodal Fusion on a Single GPU', brog's Hugo DoIt post, 2025, its description '… 논문을 읽고
정리한 내용입니다.', the summary word with its verb's ending run on, as Korean writes it); and a description
that opens by calling itself a paper's review before a colon ('Vision Transformer(ViT) 논문 리뷰: …', Geonsik
Youn's al-folio post, 2021, its title '[paper-review] An Image is Worth 16x16 Words: …') declares itself the
post's summary whatever words the title gives. Such a declared summary is the post's abstract over the text
under its 'Abstract' heading, the reviewed paper's retold (scholarly._abstract).

A Japanese description names the paper its post's title quotes and writes the summary word on after it
with no space ("論文'Adversarial Video Generation on Complex Datasets'のまとめ", 'a summary of the paper
…', raahii's Hugo post of 2019 titled 'DVDGAN - "Adversarial Video Generation on Complex Datasets"'): the
quoted part of the title is its subject too, and a Japanese or Chinese summary word right after it, past
the closing quote and a possessive particle, calls the description a summary.

A description that opens by calling itself notes on the paper it names ('Notes on the paper Learning Nonlinear
Functions Using Regularized Greedy Forest by Rie Johnson', Saurav Maheshkar's Hugo Apéro post, 2020, its h1
'Regularized Greedy Forest', the text opening in other words) declares itself the post's summary as a summary
word does, where it holds the title's words as above. Only that opening: notes of a series ('My notes from the
Physics of Language Models series of papers.', Shreyansh Singh's al-folio post, 2026) name no paper, and a
line that neither names the post's subject nor calls itself notes or a summary ('Taking a look at Yolo v4 for
object detection') stays a teaser.

A Chinese description that opens with a verb of summing up ('梳理', 'to go through and sort out';
'总结', '整理', '概括') and names the paper the post's title names in brackets after the method's name
(Tianyao' s BLOG's Hexo NexT post, round 241: the title 'DeepSort (SIMPLE ONLINE AND REALTIME TRACKING
WITH A DEEP ASSOCIATION METRIC)', the description '梳理摄像头行人追踪经典论文SIMPLE ONLINE AND …
METRIC中的方法。', 'going through the methods of the classic paper …', the line the post sets apart
before its 'more' break) calls itself the post's account of that paper, as a summary word does: its
declared summary. A description naming the paper without such an opening, or opening so without naming
it, stays unread.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import MIN_ABSTRACT
from .html_meta import Page, block_text, short_text
from .places import OWN_TITLE, compact

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
# The bracketed label of the post's kind before its title: '[논문 리뷰] ' (a paper review, brog's Hugo DoIt
# post, 2025), '[paper-review] ': the blog's filing, no words of the paper's title.
_BRACKETED_HEAD = re.compile(r"^\s*[(\[][^()\[\]]{1,40}[)\]]\s*")
# A Korean summary word with its verb's ending run on, as Korean writes it: '정리한' ('summarised'), '요약함';
# those endings alone, so a noun the word opens ('정리해고', a layoff) is none.
_KOREAN_ENDING = re.compile(r"(?:정리|요약)(?:한|함|했다|했음|합니다|하기|된|됨)")
# The paper's title a post's title names in brackets after the method's name, too long for a venue's bracket:
# 'DeepSort (SIMPLE ONLINE AND REALTIME TRACKING WITH A DEEP ASSOCIATION METRIC)'.
_BRACKETED_PAPER = re.compile(r"[(（]([^()（）]{10,300})[)）]\s*$")
# A Chinese description's opening verb of summing up: '梳理' (to go through and sort out), '总结', '整理',
# '概括'.
_CHINESE_SUMMING_UP = re.compile(r"\s*(?:梳理|总结|整理|概括)")
# A title's quoted part: in straight or curly double quotes, or in Japanese corner brackets.
_QUOTED = re.compile(r'["\u201c\u300c\u300e]([^"\u201d\u300d\u300f]{1,300})["\u201d\u300d\u300f]')
# A summary word written on after the title's words, past their closing quote and a possessive particle (の,
# 的): the Japanese and Chinese summary words only, which need no space before them.
_RUN_ON_SUMMARY = re.compile(r"[\s'\"\u2019\u201d\u300d\u300f]*(?:の|的)?\s*(?:まとめ|要約|总结|總結|摘要)")
# A description that opens by calling itself a paper's review or summary, its subject before the label and a
# colon, its account after ('Vision Transformer(ViT) 논문 리뷰: 이미지를 …', Geonsik Youn's al-folio post,
# 2021): the post's own one-line summary, whichever words its title gives the paper. Anchored, one bounded
# pass.
_LABELLED_REVIEW = re.compile(
    r"[^:：]{0,60}?(?:논문\s*(?:리뷰|정리|요약)|paper[\s-]+(?:review|summary))\s*[:：]\s*\S", re.IGNORECASE)


# A description opening by calling itself notes on the paper it then names: 'Notes on the paper …', 'My notes
# from the paper …'. Anchored at the start, one bounded pass.
_NOTES_ON_A_PAPER = re.compile(r"(?:my\s+)?(?:reading\s+)?notes\s+(?:on|from|about)\s+the\s+paper\s+\S",
                               re.IGNORECASE)


def summary_the_description_declares(page: Page, title: str | None) -> str | None:
    """The description meta where it is shorter than an abstract read by its length and either opens by
    calling itself a paper's review or summary before a colon, or holds the post's title (its bracketed venue
    and its bracketed label of the post's kind left out), casefolded, and has a summary word of its own (a
    Korean one with its verb's ending run on) or opens by calling itself notes on the paper; None
    otherwise."""
    value = clean_text(page.first("description"))
    if not value or not title or not MIN_ABSTRACT <= len(value) < _LONGEST or _CITATION_MARKS.search(value):
        return None
    if _LABELLED_REVIEW.match(value):
        return value
    folded = value.casefold()
    subject = _BRACKETED_HEAD.sub("", _BRACKETED_TAIL.sub("", clean_text(title) or "")).casefold()
    # …or the paper's title the post's title quotes after the method's name ('DVDGAN - "Adversarial Video
    # Generation on Complex Datasets"', raahii's Hugo blog, 2019), which the description names alone.
    quoted = _QUOTED.search(subject)
    # …or the paper's title the post's title names in brackets after the method's name (round 241).
    bracketed = _BRACKETED_PAPER.search((clean_text(title) or "").casefold())
    subjects = [part for part in (subject, quoted and quoted.group(1).strip())
                if part and len(part) >= OWN_TITLE]
    opened = bool(_CHINESE_SUMMING_UP.match(folded))
    if opened and bracketed and len(bracketed.group(1).strip()) >= OWN_TITLE:
        subjects.append(bracketed.group(1).strip())
    found = next((folded.find(part) + len(part) for part in subjects if part in folded), None)
    if found is None:
        return None
    words = {word.strip(".,:;!?'\"()") for word in folded.split()}
    summary = words & _SUMMARY_WORDS or any(_KOREAN_ENDING.fullmatch(word) for word in words)
    # Japanese and Chinese write no space before the summary word: it follows the title's words right after
    # their closing quote and a possessive particle ("論文'Adversarial Video Generation …'のまとめ", '… of the
    # paper: a summary'); or it opens by calling itself notes on the paper, whose title it holds (Saurav
    # Maheshkar's, 2020).
    declared = (summary or _RUN_ON_SUMMARY.match(folded, found) or _NOTES_ON_A_PAPER.match(value)
                or opened)
    return value if declared else None



# A Chinese post's description opening by calling the post its notes on the paper it names in title marks
# ('本文是关于快手技术团队论文《UniMixer: …》（arXiv:…）的深度精读笔记。', Bansheng's Hugo Blox post,
# 2026): the post's own account of itself, as 'Notes on the paper …' is. Anchored, each run bounded, one pass.
_CHINESE_NOTES_ON_A_PAPER = re.compile(
    r"\s*本文是(?:关于|对)?[^。\n]{0,60}?论文\s*《[^》\n]{3,300}》[^。\n]{0,80}?的[^。\n]{0,12}?"
    r"(?:笔记|解读|总结|精读|导读)")
# How long the declared summary runs at most, in characters (and the blockquote's nodes).
_PARAGRAPH = 600


def notes_the_description_declares(page: Page) -> str | None:
    """The page's first blockquote, where the description meta opens with its text and that text calls the
    post its notes on a paper it names in title marks: the summary the post sets apart over its text, which
    a Hugo summary runs on after it. None otherwise."""
    value = clean_text(page.first("description")) or ""
    if not _CHINESE_NOTES_ON_A_PAPER.match(value[:_PARAGRAPH]):
        return None
    quote = page.tree.css_first("blockquote")
    text = clean_text(short_text(quote, _PARAGRAPH)) if quote is not None else None
    return text if text and len(text) >= MIN_ABSTRACT and value.startswith(text) else None


# A description saying what the post introduces, in other words than its text's opening (the lead's stop-77
# reading): Chinese '…介绍了…' ('… introduced …': QxC's Blog's Hexo NexT post on DALL·E 2, 2023,
# '以DELL·E2为例介绍了前人所做的工作及DELL·E2的工作'), Japanese '…を紹介します' ('(this post) introduces …':
# HNのブログ's Hexo Icarus post, 2022, '… "Deep Animation Video Interpolation in the Wild"
# (CVPR2021)を紹介します．'), English '… introduces …', 'we introduce …'. The post's own account of itself,
# its declared summary, not a teaser: a teaser is cut from the text's opening, this one written apart from it.
_INTRODUCES = re.compile(r"介[绍紹]了|を紹介(?:します|する|しています)|\bintroduces\b|\bwe\s+introduce\b",
                         re.IGNORECASE)
# Such a line may be shorter than an abstract read by its length: Chinese writes a sentence in some thirty
# characters.
_SHORTEST_INTRODUCTION = 20
# The names a post's title gives its subject in Latin letters ('DELL·E2', 'AnimeInterp'), one of which the
# description names too: four letters or more, past the words any post's title may hold.
_TITLE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]{3,}")
_ANY_POSTS_WORDS = frozenset({"paper", "papers", "notes", "note", "review", "summary", "with", "from", "this",
                              "that", "post", "reading"})
# How much of the description's opening is sought in the text's paragraphs, and how many paragraphs.
_OPENING_SOUGHT = 16
_PARAGRAPHS_READ = 400


def introduction_the_description_declares(page: Page, title: str | None) -> str | None:
    """The description meta where it is shorter than an abstract read by its length (twenty characters or
    more), is no citation, says what the post introduces ('介绍了', 'を紹介します', 'introduces', 'we
    introduce'), names a name the post's title gives in Latin letters, and neither opens in words a paragraph
    of the page shows nor holds a paragraph's opening (no teaser cut from the text); None otherwise."""
    value = clean_text(page.first("description"))
    if (not value or not title or not _SHORTEST_INTRODUCTION <= len(value) < _LONGEST
            or _CITATION_MARKS.search(value) or not _INTRODUCES.search(value)):
        return None
    folded = value.casefold()
    names = {name.casefold() for name in _TITLE_NAME.findall(clean_text(title) or "")} - _ANY_POSTS_WORDS
    if not any(re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", folded) for name in names):
        return None
    # A teaser is the text's opening, its words in the same order: the description's opening in a paragraph,
    # or a paragraph's opening in the description (past a heading it runs on from: mtkwT blog's 'これは何？
    # 今回は…を紹介します。', the h2 'これは何？' and the text's first paragraph, round 232).
    whole = compact(value)
    for node in page.tree.css("p")[:_PARAGRAPHS_READ]:
        shown = compact(block_text(node) or "")
        if whole[:_OPENING_SOUGHT] in shown or (len(shown) >= _OPENING_SOUGHT
                                                and shown[:_OPENING_SOUGHT] in whole):
            return None
    return value
