"""A post reviewing one paper by others, set out under the paper's own section names (Abstract,
Introduction, … Conclusion) and closed by a heading of references whose short list links the reviewed paper as
'Paper' to its arXiv page or DOI (K2H'log's Korean review of Megatron-LM, 2023, Hugo's Stack theme: h2
'Abstract' over a translation of the paper's abstract, … h2 'Reference' over 'Paper' to
arxiv.org/pdf/1909.08053 and 'Github'). The post is its own record, by the lead's stop-67 reading: the text
under its 'Abstract' heading is the reviewed paper's abstract retold, not a summary of the post, as a
lab-meeting page's quoted abstract is the paper's (lab_meetings). A paper's own page (a preprint's HTML, a
thesis, a project page) heads its own abstract so too, but its references cite other works by their
citations, never one link named 'Paper' in a list of a few: it keeps it.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from .html_meta import Page, block_text, next_element, select_all, short_text
from .places import REFERENCES_WORDS, compact

# The headings read, and how many: a post's section headings.
_HEADINGS = "h2, h3, h4"
_HEADINGS_READ = 80
# How much of the abstract's opening finds the paragraph under the heading.
_OPENING = 60
# The words a post heads its link to the reviewed paper with, the references words of every language and the
# singular; a paper's own page lists its links ('Links', 'Resources') over its own 'Paper' link, not these.
_REFERENCE_WORDS = frozenset({"reference", *REFERENCES_WORDS})
# A link list of the reviewed paper and its code, not a paper's cited works: a few items at most.
_LINKS_AT_MOST = 5
# The words such a list shows on the paper's own link, and where that link goes.
_PAPER_WORDS = frozenset({"paper", "arxiv", "pdf", "논문", "论文", "論文"})
_PAPER_HOSTS = frozenset({"arxiv.org", "www.arxiv.org", "doi.org", "dx.doi.org"})
# How many characters a heading or a link's words run at most.
_LABEL_LENGTH = 40


def abstract_of_the_reviewed_paper(page: Page, abstract: str | None) -> bool:
    """Whether the abstract is the text right under an 'Abstract' heading of a post that a references heading
    closes over a short list linking 'Paper' to arXiv or doi.org, both headings in the same block."""
    if not abstract:
        return False
    opening = " ".join(abstract.split())[:_OPENING]
    headings = page.tree.css(_HEADINGS)[:_HEADINGS_READ]
    for heading in headings:
        if _label(heading) != "abstract":
            continue
        under = next_element(heading)
        if under is None or not " ".join((block_text(under) or "").split()).startswith(opening):
            continue
        return any(_links_the_paper(other) for other in headings
                   if other.parent == heading.parent and _label(other) in _REFERENCE_WORDS)
    return False


def _label(heading: Any) -> str:
    return " ".join((short_text(heading, _LABEL_LENGTH) or "").split()).rstrip(":").casefold()


def _links_the_paper(heading: Any) -> bool:
    """Whether the list right under the heading has a few items, one a link 'Paper' to arXiv or a DOI."""
    listing = next_element(heading)
    if listing is None or listing.tag not in ("ul", "ol"):
        return False
    items = listing.css("li")
    if not items or len(items) > _LINKS_AT_MOST:
        return False
    for link in listing.css("a[href]"):
        shown = " ".join((short_text(link, _LABEL_LENGTH) or "").split()).casefold()
        host = (urlsplit(link.attributes.get("href") or "").hostname or "").casefold()
        if shown in _PAPER_WORDS and host in _PAPER_HOSTS:
            return True
    return False


# A post's title that is the reviewed paper's and a word saying the post reviews or sums it up, after it
# ('Kafka : a Distributed Messaging System for Log Processing 리뷰'); the paper's title before the word.
_REVIEW_TITLE = re.compile(
    r"(.+?)[\s:|\-\u2013\u2014]*(?:paper\s+)?(?:review|notes|summary|리뷰|논문\s*리뷰|정리|요약|笔记|阅读笔记|总结|読書メモ)",
    re.IGNORECASE)
_LONGEST_TITLE = 400
# The headings a post's text sets the paper's title and its 'Abstract' in (h1 too: a Markdown post's '#').
_TEXT_HEADINGS = "h1, h2, h3, h4"


def abstract_under_the_reviewed_papers_title(page: Page, abstract: str | None, title: str | None) -> bool:
    """Whether the abstract is the text right under an 'Abstract' heading of a post whose title is another
    heading of its text, the reviewed paper's title, with a word of reviewing after it (pko89403's Korean
    review of Kafka, 2021, a Hugo Vitae post: h1.title 'Kafka : a Distributed Messaging System for Log
    Processing 리뷰', then in the text the h1 'Kafka : a Distributed Messaging System for Log Processing', the
    h1 'ABSTRACT' over the paper's abstract translated, then the paper's sections). The text under it is the
    reviewed paper's abstract retold, as under a post that links the paper as 'Paper' (above). A paper's own
    page is not titled as its own review."""
    # A title runs a few hundred characters at most: a longer text is no title, and is not matched.
    shown = " ".join((title or "").split())
    found = _REVIEW_TITLE.fullmatch(shown) if abstract and len(shown) <= _LONGEST_TITLE else None
    if found is None:
        return False
    paper = compact(found.group(1))
    opening = " ".join((abstract or "").split())[:_OPENING]
    headings = page.tree.css(_TEXT_HEADINGS)[:_HEADINGS_READ]
    titled = {heading.parent.mem_id for heading in headings
              if paper and compact(short_text(heading, len(title or "") + _LABEL_LENGTH) or "") == paper}
    for heading in headings:
        if _label(heading) != "abstract" or heading.parent.mem_id not in titled:
            continue
        if _opens_the_block_under(heading, opening):
            return True
    return False


# The tags a post files itself under as the review of a paper, each casefolded, its '#' and its hyphens or
# underscores read as spaces: the tag says what the post is (a paper's own page is never tagged its review).
_REVIEW_TAGS = frozenset({
    "paper review", "paper reviews", "paper reading", "paper notes", "paper summary",
    "논문 리뷰", "논문리뷰", "논문 정리", "论文阅读", "论文笔记", "论文精读", "论文解读", "論文紹介",
})
# How many tags are read at most: a post's few, not a tag cloud's whole list.
_TAGS_READ = 40
_TAG_SEPARATORS = re.compile(r"[-_\s]+")


def abstract_of_a_post_tagged_a_paper_review(page: Page, abstract: str | None) -> bool:
    """Whether the abstract is the text right under an 'Abstract' heading of a post its own tags (its
    article:tag meta, or its links marked rel="tag") file as a paper review (Mulkong DeepLearning's Korean
    review of Adversarial Latent Autoencoders, 2022, a Hexo NexT post: article:tag 'paper review' and the tag
    link '# paper review', its text an opening paragraph on the paper and then the h1 'Abstract' over the
    paper's abstract retold). The post says it reviews a paper, so the text under its 'Abstract' is the
    reviewed paper's, as under a post that links the paper as 'Paper' (above)."""
    if not abstract:
        return False
    tags = [*page.every("article:tag")[:_TAGS_READ],
            *(short_text(link, _LABEL_LENGTH) or "" for link in page.tree.css("a[rel~=tag]")[:_TAGS_READ]),
            # …or its category, as a blog files a post in one (Maple's Blog's Hexo ARIA post, round 222: the
            # post-meta's link to /categories/论文阅读/, rel="index"): a category says what the post is, as a
            # tag does.
            *(short_text(link, _LABEL_LENGTH) or "" for link in _category_links(page))]
    if not any(_TAG_SEPARATORS.sub(" ", tag.strip().lstrip("#")).strip().casefold() in _REVIEW_TAGS
               for tag in tags):
        return False
    return _under_an_abstract_heading(page, abstract)


# A link to the page of the blog's posts in one category: a path segment 'categories' (Hexo's, Hugo's and
# Jekyll's themes), then the category's own segment, and nothing more.
_CATEGORY_PATH = re.compile(r"/categories/[^/]+/?$")
# Where the post's own category links stand: in its article (a sidebar's list of every category files no
# post).
_CATEGORY_LINKS = 'article a[href*="/categories/"]'


def _category_links(page: Page) -> list[Any]:
    """The first links of the page's articles to a category's page of posts."""
    links = select_all(page.tree, _CATEGORY_LINKS)[:_TAGS_READ]
    return [link for link in links
            if _CATEGORY_PATH.search(urlsplit(link.attributes.get("href") or "").path or "") is not None]


# A post's title opening with a bracketed label that files it as a paper review, as its tags would ('[Paper
# Reading] 针对 LLM Inference 的调度', '【论文阅读】…'): the label, at most a tag's few words.
_LABELLED_TITLE = re.compile(r"\s*[\[\u3010(\uff08]\s*([^\]\u3011)\uff09]{1,30}?)\s*[\]\u3011)\uff09]")
# A heading the abstract shares with the section after it ('Abstract & Introduction'): a post's notes on both.
_SHARED_ABSTRACT = re.compile(r"abstract\s+(?:and|&)\s+\S.*")


def abstract_of_a_post_titled_a_paper_review(page: Page, abstract: str | None, title: str | None) -> bool:
    """Whether the abstract is the text right under an 'Abstract' heading of a post whose title opens with a
    bracketed label filing it as a paper review, as a tag would (Metric Space's Hexo Cactus post, round 182:
    h1 '[Paper Reading] 针对 LLM Inference 的调度', its first paragraph naming the paper, then h3 'Abstract &
    Introduction' over the writer's notes on the paper's opening). The post says it reviews a paper, so the
    text under its 'Abstract' is the reviewed paper's, as in a post tagged so (above)."""
    found = (_LABELLED_TITLE.match(title or "") or _COLONED_TITLE.match(title or "")) if abstract else None
    if found is None or not _files_as_a_review(found.group(1)):
        return False
    return _under_an_abstract_heading(page, abstract or "")


# …or with such a label closed by a colon, the field's name before it in Chinese
# ('深度学习论文笔记：Deep Residual Learning …', 'deep-learning paper notes: …', Weijie Kong's Hexo post,
# round 194).
_COLONED_TITLE = re.compile(r"\s*([^:\uff1a]{1,30}?)\s*[:\uff1a]")
# The tags a label may close with after the field's name: Chinese ones, run on with no space.
_HAN_REVIEW_TAGS = tuple(tag for tag in _REVIEW_TAGS if not tag.isascii())


def _files_as_a_review(label: str) -> bool:
    """Whether a title's label files the post as a paper review: one of the tags, or a Chinese one after the
    field's name ('深度学习论文笔记')."""
    label = _TAG_SEPARATORS.sub(" ", label).strip().casefold()
    return label in _REVIEW_TAGS or label.endswith(_HAN_REVIEW_TAGS)


def _under_an_abstract_heading(page: Page, abstract: str) -> bool:
    """Whether the abstract opens the block right under a heading 'Abstract' of the text (or one the abstract
    shares with the next section, 'Abstract & Introduction'), a rule drawn under the heading passed."""
    opening = " ".join(abstract.split())[:_OPENING]
    for heading in page.tree.css(_TEXT_HEADINGS)[:_HEADINGS_READ]:
        label = _label(heading)
        if label != "abstract" and not _SHARED_ABSTRACT.fullmatch(label):
            continue
        under = next_element(heading)
        if under is not None and under.tag == "hr":
            under = next_element(under)  # a rule a Markdown post draws under its heading (NexT's '<hr>')
        if under is not None and " ".join((block_text(under) or "").split()).startswith(opening):
            return True
    return False


# A post's title that is a work's title in the Chinese title marks 《》 and, after a dash or a colon, a word
# saying the post is the reader's notes on it ('《TrieJoin: Efficient Triebased String Similarity Joins
# with EditDistance Constraints》——读书笔记', 三省's Hexo NexT post, round 211): the marks name the work
# the notes are on, which is never the post's own page of itself.
_NOTES_ON_A_MARKED_WORK = re.compile(
    r"\s*\u300a[^\u300a\u300b]{1,400}\u300b\s*[-\u2013\u2014:\uff1a|\s]*([^\u300a\u300b]{0,12}?(?:笔记|札记|总结|精读|解读))\s*")


def abstract_of_notes_on_a_marked_work(page: Page, abstract: str | None, title: str | None) -> bool:
    """Whether the abstract is the text right under an 'Abstract' heading of a post titled as notes on a work
    its title names in 《》 (三省's notes on TrieJoin, round 211: the h1 'ABSTRACT' over the writer's
    account of the paper's abstract, after an opening remark of their own). The title says the post is
    notes on that paper, so the text under its 'Abstract' is the paper's, as in a post tagged or labelled so
    (above)."""
    if not abstract or _NOTES_ON_A_MARKED_WORK.fullmatch(title or "") is None:
        return False
    # The block under the heading may be shorter than the opening compared (a one-line paragraph the
    # abstract runs on from into a list, as 三省's '主要工作：…缺点如下：' does): the abstract opening
    # with it is enough there.
    return (_under_an_abstract_heading(page, abstract)
            or _opens_with_the_block_under_its_heading(page, abstract))


def _opens_with_the_block_under_its_heading(page: Page, abstract: str) -> bool:
    """Whether the abstract opens with the whole text of the block right under a heading 'Abstract'."""
    shown = " ".join(abstract.split())
    for heading in page.tree.css(_TEXT_HEADINGS)[:_HEADINGS_READ]:
        if _label(heading) != "abstract" or (under := next_element(heading)) is None:
            continue
        if (text := " ".join((block_text(under) or "").split())) and shown.startswith(text):
            return True
    return False


# The words a post heads its translation of a paper with, casefolded: Japanese ('抄訳', an abridged
# translation; '全訳', '和訳', '翻訳'), Chinese, Korean and English. A paper's own page never sets
# its sections under one.
_TRANSLATION_WORDS = frozenset({"抄訳", "全訳", "和訳", "翻訳", "翻译", "译文", "번역", "translation"})


def abstract_of_a_translated_paper(page: Page, abstract: str | None) -> bool:
    """Whether the abstract is the text right under an 'Abstract' heading set inside a section the post
    heads as its translation of the paper (Shunya Ueta's Hugo Bear Blog post on the TFX paper, round 232:
    h2 'Citation' over the paper's reference, then h2 '抄訳', 'abridged translation', over the h3
    'Abstract' and the paper's other sections retold). The post says the text is the paper's, translated,
    so the text under its 'Abstract' is the paper's abstract, as in a post tagged or labelled a paper review
    (above). The section is the last heading of a higher rank before the 'Abstract' heading, read in one
    pass over the text's headings."""
    if not abstract:
        return False
    opening = " ".join(abstract.split())[:_OPENING]
    above: dict[int, str] = {}  # the last heading's label at each rank passed
    for heading in page.tree.css(_TEXT_HEADINGS)[:_HEADINGS_READ]:
        rank, label = int(heading.tag[1]), _label(heading)
        above = {higher: words for higher, words in above.items() if higher < rank}
        above[rank] = label
        if label != "abstract" or not any(words in _TRANSLATION_WORDS for higher, words in above.items()
                                          if higher < rank):
            continue
        if _opens_the_block_under(heading, opening):
            return True
    return False


def _opens_the_block_under(heading: Any, opening: str) -> bool:
    """Whether the block right after the heading opens with the abstract's opening words."""
    under = next_element(heading)
    return under is not None and " ".join((block_text(under) or "").split()).startswith(opening)


# The labels a post's table of the paper it is on gives the paper's name and its authors, casefolded
# (HNのブログ's Hexo Icarus post, round 232: '論文名' over 'Deep Animation Video Interpolation in the Wild',
# '著者' over its seven names, then 'リンク' and 'その他'). A paper's own page names itself by its heading
# and byline, never in a table of labelled rows.
_PAPER_NAME_LABELS = frozenset({"論文名", "論文", "论文", "论文名", "论文名称", "論文タイトル", "paper",
                                "paper title", "논문", "논문명"})
_AUTHORS_LABELS = frozenset({"著者", "作者", "authors", "author", "저자"})
# How many tables and rows are read at most: a post's table of its paper is one of its first, and short.
_TABLES_READ = 5
_ROWS_READ = 12


def abstract_of_a_paper_its_table_names(page: Page, abstract: str | None) -> bool:
    """Whether the abstract is the text right under an 'Abstract' heading of a post whose table names the
    paper it is on by labelled rows, the paper's name ('論文名', 'Paper') and its authors ('著者',
    'Authors'): the post says which paper by others it sets out, so the text under its 'Abstract' is that
    paper's abstract retold, as in a post tagged or labelled a paper review (above)."""
    if not abstract:
        return False
    if not any(_names_a_paper(table) for table in page.tree.css("table")[:_TABLES_READ]):
        return False
    return _under_an_abstract_heading(page, abstract)


def _names_a_paper(table: Any) -> bool:
    """Whether the table's rows label the paper's name and its authors in their first cells."""
    labels = set()
    for row in table.css("tr")[:_ROWS_READ]:
        cell = next((child for child in row.iter() if child.tag in ("th", "td")), None)
        if cell is not None:
            labels.add(" ".join((short_text(cell, _LABEL_LENGTH) or "").split()).rstrip(":：").casefold())
    return bool(labels & _PAPER_NAME_LABELS) and bool(labels & _AUTHORS_LABELS)
