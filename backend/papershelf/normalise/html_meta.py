"""Shared reading of paper pages: meta tags, JSON-LD, canonical links, the text of elements.

A page is parsed once with lexbor; every normaliser reads the same `Page`. Nothing here
looks at HTML with regular expressions: the parser copes with unquoted attributes,
any attribute order and entity-encoded values (ACL, bioRxiv), which regexes do not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from html.entities import html5
from typing import Any

import msgspec
from selectolax.lexbor import LexborHTMLParser

from ..identity import clean_text
from .common import UNREADABLE_JSON
from .joined_people import people_joined
from .json_ld_references import named_nodes, with_references_resolved
from .names import AUTHORS_LABEL, display_name
from .qualified_meta import qualified_key
from .rdfa_prefixes import prefixed_selector, under_another_role
from .template_placeholders import (
    is_an_unfilled_article,
    is_template_placeholder,
    without_an_unfilled_citation_block,
    without_an_unfilled_open_graph_block,
    without_unfilled_article_tags,
)
from .void_tags import holds_void_tag

# schema.org's kinds of NewsArticle: a reportage, an analysis, an opinion piece, a review, a background piece,
# an answer to the public's question.
_NEWS_ARTICLES = ("reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                  "backgroundnewsarticle", "askpublicnewsarticle")
# schema.org types that describe a paper or a data set; scholarly ones come first, and a plain
# CreativeWork counts only when it names its authors.
_ARTICLE_TYPES = {
    "scholarlyarticle": 0,
    "medicalscholarlyarticle": 0,
    "article": 1,
    "report": 1,
    "thesis": 1,
    "chapter": 1,
    "dataset": 1,
    "book": 1,
    # A scholarly blog post (DataCite Blog, Rogue Scholar) carries its DOI in its @id.
    "blogposting": 1,
    "creativework": 2,
    # A think tank's research note typed as news (Brookings, 2023-2025), counted like a CreativeWork:
    # only when it names its writers.
    "newsarticle": 2,
    # …and schema.org's kinds of NewsArticle (El País's ReportageNewsArticle, 2020), read as one.
    **dict.fromkeys(_NEWS_ARTICLES, 2),
}
_BLOCK_TAGS = "p,div,li,br,tr,h1,h2,h3,h4,h5,h6,section,blockquote"
_BLOCKS = frozenset((
    "p", "div", "li", "ul", "ol", "br", "hr", "tr", "td", "th", "dd", "dt", "dl", "h1", "h2", "h3", "h4",
    "h5", "h6", "section", "article", "header", "footer", "blockquote", "table", "figure",
    "figcaption",
))
# "Top", "Back to top", "Return to the top of the page", "↑": a link back up the page.
_TO_TOP = re.compile(
    r"(?:(?:back|return|go)\s+to\s+)?(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?\s*[↑^▲]?$|[↑^▲]$", re.I
)
# What a browser never shows as text.
UNSEEN = frozenset(("script", "style", "noscript", "template", "-comment"))
_SMALL_CAPS = re.compile(r"\bsmall-?caps\b", re.IGNORECASE)
# An element holding one part of a person's name: its given names or its family name.
_NAME_PART = re.compile(r"(?:^|\s)(?:given-names?|surname|family-name)(?:\s|$)", re.IGNORECASE)
_NAME_PART_PROPS = frozenset(("givenName", "familyName"))
FIGURES_UNSEEN = UNSEEN | {"figure"}
# Source line breaks inside brackets render as "( Echium plantagineum )"; nobody reads them so. A
# space the author typed stays ("( = JCM 15918T)"): only a line break of the source is dropped, so
# the text keeps its line breaks as this mark until the brackets are settled.
_SOURCE_BREAK = "\ue000"
# A run of spaces is matched from its start only: tried from each of its spaces, a long run without the
# mark after it was walked to its end once a space.
_BRACKET_BREAK = re.compile(r"([(\[])\s*\ue000\s*|(?<!\s)\s*\ue000\s*([)\]])")
# "Abstract" in the languages pages are written in, as a heading or a run-in label names it; lower
# case (a heading is compared case-blind; the run-in label below wants the word capitalised).
ABSTRACT_IN_OTHER_LANGUAGES = (
    "absztrakt", "abstrakt", "abstrak", "resumen", "resumo", "resum", "riassunto", "zusammenfassung",
    "streszczenie", "samenvatting", "sammanfattning", "tiivistelmä", "özet", "öz", "tóm tắt", "sažetak",
    "povzetek", "souhrn", "rezumat", "santrauka", "kopsavilkums", "kokkuvõte", "laburpena", "аннотация",
    "анотація", "резюме", "апстракт", "сажетак", "περίληψη", "الملخص", "ملخص", "چکیده", "תקציר",
    "บทคัดย่อ", "सारांश", "সারসংক্ষেপ",
)
# Capitalised, as a run-in label opens a text ("Absztrakt", "Tóm tắt"), the longest first.
# The permalink marks a generator closes each heading with, an anchor to the heading itself (Sphinx's and
# Jupyter Book's <a class="headerlink">¶</a>, Python-Markdown's toc permalink, Material for MkDocs' '¶',
# Hugo PaperMod's hidden '#'): part of the heading's text, no part of its label ("Authors¶" and "Abstract¶"
# head the Teaching NLP workshop's paper pages, round 207; 'References#' headed no references on Fuwei's
# Tech Notes, round 209).
PERMALINK_MARKS = "\u00b6#"


def without_permalink_marks(text: str) -> str:
    """A heading's text without the permalink marks closing it and the blanks before them."""
    return text.rstrip(PERMALINK_MARKS).rstrip()


_OTHER_LABELS = "|".join(re.escape(word[:1].upper() + word[1:]) for word in sorted(
    (*ABSTRACT_IN_OTHER_LANGUAGES, "résumé"), key=len, reverse=True))
# "Abstract", "ABSTRACT:", "Abstract." and T&F's glued "AbstractLayer-structured…", not "Abstraction";
# some journals head it "Summary" (Wiley's Journal of Sleep Research).
# HighWire's DC.Description of a BMJ article heads the abstract in Markdown: "#### Abstract".
# A bare label goes before what is not a lower-case word: "Abstract shapes are …" opens with it.
# A heading's text keeps the permalink mark a documentation generator closes it with ("Abstract¶ Natural
# Language Processing offers …": Sphinx's headerlink, the Teaching NLP workshop's Jupyter Book, round 207).
_ABSTRACT_LABEL = re.compile(
    r"^(?:#{1,6}\s*)?(?:(?:Abstract|ABSTRACT|abstract)[" + PERMALINK_MARKS
    + r"]?(?:\s*[:.—-]\s*|\s+(?![a-zà-ÿ])|(?=[A-Z]))|(?:Summary|SUMMARY)(?:\s*[:.—-]\s*|\s+(?=[A-Z]))"
    # The same label in the page's own language (OJS writes it so: "Absztrakt", "Tóm tắt"), before a
    # capital that opens the text.
    r"|(?:" + _OTHER_LABELS + r")\s*[:.—-]?\s+(?=[^\W\d_a-zà-ÿ])"
    # Chinese, Japanese and Korean set no capital after it, and close the label with a full-width colon
    # or a space (Wanfang Data, 2017: "摘要： 加强当代大学生…").
    r"|(?:内容摘要|内容提要|摘要|提要|要旨|抄録|초록|요약)(?:\s*[:\uff1a]\s*|\s+))"
)


_LANGUAGE_TABS = re.compile(r"^R[ée]sum[ée]\s*:?\s+(?:(?:en|fr|de|es|it|pt)\s+)*(?=[A-ZÀ-Þ\[(])")
# AGU numbers every paragraph of its papers, the abstract's first: "[1] The interannual variability …"
# (Wiley's pages of its journals, <span class="paraNumber">[1] </span>). The number labels the paragraph and
# is no word of it; a sentence starts after it. Only "[1]" before a capital: a bracket of the text's own
# ("[Abridged] We present …") or a cited work ("[1] showed …") is not a paragraph's number, nor is the first
# of the abstract's numbered points or cited works ("[1] First, … [2] Second, …"): a paragraph's is its only.
# Nor is a citation's number before the work it cites, a name and "et al." or a year in parentheses ("[1]
# Smith et al. showed …", "[1] Smith and Jones (2019) showed …"): a paragraph opens on its own sentence.
_FIRST_PARAGRAPH_NUMBER = re.compile(
    r"^\[1\]\s+(?=[A-ZÀ-Þ])(?!.*\[2\])"
    r"(?![A-ZÀ-Þ][\w'’-]+(?:\s+(?:and|&)\s+[A-ZÀ-Þ][\w'’-]+)?,?\s+(?:et\s+al\b|\(\s*(?:1[89]|20)\d\d))",
    re.DOTALL,
)
# What a page writes where a paper has no abstract: "Abstract not Available." (ECS on HighWire, under
# its heading "Abstract"), "No abstract available", "Abstract unavailable", "N/A".
_NO_ABSTRACT = re.compile(
    r"^(?:(?:there\s+is\s+)?no\s+abstract(?:\s+(?:is\s+)?(?:available|provided))?|(?:abstract\s+)?(?:is\s+)?"
    r"(?:not\s+available|unavailable|not\s+provided)|n/?a|none)\s*[.!]?$",
    re.IGNORECASE,
)


@dataclass
class Page:
    """One parsed page. Its meta tags, JSON-LD articles and links are read from the tree when a
    reader first asks: a Hugging Face page's readers never do, and each is a walk of the tree."""

    tree: LexborHTMLParser
    # What readers of the page work out from its whole tree (places.text_above_references),
    # worked out once a page however many ask.
    worked_out: dict[Any, Any] = field(default_factory=dict, init=False, repr=False,
                                       compare=False)

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        """Lower-cased name/property/itemprop -> contents, in page order."""
        return _collect_meta(self.tree)

    @cached_property
    def articles(self) -> list[dict[str, Any]]:
        """The page's JSON-LD objects that describe a paper, the most scholarly first."""
        return _collect_articles(self.tree)

    @cached_property
    def canonical(self) -> str | None:
        return _canonical(self.tree)

    @cached_property
    def og_url(self) -> str | None:
        return self.first("og:url")

    @cached_property
    def head_title(self) -> Any | None:
        """The <title> element of the page's head (a <title> in the body is an SVG's or a widget's), None
        where the head has none; asked by many readers of a page's tab."""
        return select_first(self.tree, "head title")

    def first(self, *names: str) -> str | None:
        """The first non-empty content among `names`, in the order given, cleaned."""
        for name in names:
            for value in self.meta.get(name, ()):
                text = clean_text(value)
                if text:
                    return text
        return None

    def every(self, *names: str) -> list[str]:
        """All non-empty contents of the first of `names` the page has, cleaned, in page order."""
        for name in names:
            values = [text for value in self.meta.get(name, ()) if (text := clean_text(value))]
            if values:
                return values
        return []

    def microdata(self, prop: str) -> list[str]:
        """Values of schema.org microdata outside meta tags (`<span itemprop="datePublished">January
        2003</span>`, `<time itemprop=… datetime=…>`): the element's content/datetime, else its text;
        else the same property in RDFa (Atypon's templates of the 2020s: `<span
        property="datePublished">15 Jun 2022</span>` under the byline)."""
        values: list[str] = []
        for attr in ("itemprop", "property"):
            nodes = [node for node in self.tree.css(f'[{attr}="{prop}"]') if node.tag != "meta"
                     and _of_the_page_item(node, self.worked_out.setdefault("items", {}))]
            # meta tags are in `meta`; a cited work's date is not the paper's, nor another's entry's
            others = self._in_dated_entries(nodes)
            for node in nodes:
                if node.mem_id in others:
                    continue
                attrs = node.attributes
                value = clean_text(attrs.get("content") or attrs.get("datetime")) or node_text(node)
                if value:
                    values.append(value)
            if values:
                return values
        return values

    def _in_dated_entries(self, nodes: list[Any]) -> set[int]:
        """The nodes that sit in entries of a list of other works: a sidebar's "Most read", a list of
        related papers, each entry a link to its work and its own date, two or more of them dated. The
        page's own history list ("Received …", "Published <span itemprop=datePublished>…") links to no
        work, and a nav or an aside with one date (an article-info box) is the page's own."""
        known = self.worked_out.setdefault("nearest entry", {})
        entries = {node.mem_id: entry for node in nodes if (entry := _nearest_entry(node, known)) is not None}
        if not entries:
            return set()
        linked = {entry.mem_id for link in self.tree.css("a[href]")
                  if (entry := _nearest_entry(link, known)) is not None}
        groups: dict[int, list[int]] = {}
        for mem_id, entry in entries.items():
            if entry.mem_id in linked:
                group = entry.parent if entry.tag == "li" and entry.parent is not None else entry
                groups.setdefault(group.mem_id, []).append(mem_id)
        return {mem_id for dated in groups.values() if len(dated) > 1 for mem_id in dated}

    def whole_text(self, separator: str = "") -> str:
        """All the text of the page's body in one string, unlaid out: a quick test of whether a
        reader's words are anywhere on the page before it walks the page for them (`separator`
        " " keeps blocks run together apart: "Round thingsAda King Lovelace")."""
        key = ("whole_text", separator)
        if key not in self.worked_out:
            body = self.tree.body
            self.worked_out[key] = body.text(deep=True, separator=separator) if body is not None else ""
        return self.worked_out[key]

    def raw_length(self, node: Any) -> int:
        """How many characters of raw text an element holds (the length of lexbor's text(deep=True)),
        every element's counted in one pass over the page: asking lexbor for the text of each element
        of a deep nest reads the rest of the nest once an element."""
        if "raw lengths" not in self.worked_out:
            lengths: dict[int, int] = {}
            root = self.tree.root
            # In reverse document order each node comes after all it holds, so its total is whole when
            # it is added to its parent's.
            for inner in reversed(list(root.traverse(include_text=True)) if root is not None else []):
                total = lengths.get(inner.mem_id, 0)
                if inner.tag == "-text":
                    total += len(inner.text_content or "")
                    lengths[inner.mem_id] = total
                if inner.parent is not None:
                    lengths[inner.parent.mem_id] = lengths.get(inner.parent.mem_id, 0) + total
            self.worked_out["raw lengths"] = lengths
        return self.worked_out["raw lengths"].get(node.mem_id, 0)

    def node_text(self, selector: str) -> str | None:
        node = self.tree.css_first(selector)
        return node_text(node) if node is not None else None

    def people(self, prop: str = "author") -> list[str]:
        """The page's own schema.org people in the body, microdata or RDFa (Atypon's templates write
        `<span property="author" typeof="Person"><span property="givenName">Robin</span> <span
        property="familyName">Nicholas</span></span>`), once each, in page order: their `name`,
        else given and family name, else the element's text."""
        found: list[str] = []
        items = self.worked_out.setdefault("items", {})
        roles: dict[int, str | None] = {}  # the text before each element rdfa_prefixes looked at
        # Last, RDFa written with prefixes (ScholarMarkdown's schema:author), its people under a label of
        # another role (a thesis's "Advisors:") left out.
        prefixed = prefixed_selector(prop)
        passes = [("itemprop", f'[itemprop~="{prop}"]'), ("property", f'[property~="{prop}"]')]
        for attr, selector in passes + ([("property", prefixed)] if prefixed else []):
            read: set[int] = set()  # the people read and everything inside them
            for node in self.tree.css(selector):
                if node.tag == "meta" or not _of_the_page_item(node, items):
                    continue
                if selector == prefixed and under_another_role(node, roles):
                    continue
                # A person inside one already read (markup without items, nested) is in its text:
                # reading each again walked the rest of the nest once a person, quadratic in its depth.
                if node.mem_id in read:
                    continue
                read.update(inside.mem_id for inside in node.traverse())
                name = _part(node, attr, "name") or clean_text(
                    f"{_part(node, attr, 'givenName') or ''} {_part(node, attr, 'familyName') or ''}"
                )
                # …else the element's text, past an "Author:" label it opens with (the Mediumish theme,
                # Mikhail Shilkov's blog, round 192: <h5 itemprop="author" itemscope …>Author: Mikhail
                # Shilkov</h5>).
                name = name or _past_an_authors_label(byline_text(node))
                if name and name not in found:
                    found.append(name)
            if found:
                return found
        return found


def _past_an_authors_label(text: str | None) -> str | None:
    """The text after an "Author:" label it opens with, where names follow it; else the text as it is."""
    labelled = AUTHORS_LABEL.match(text) if text else None
    return (text[labelled.end():].strip() or text) if labelled else text


def _part(node: Any, attr: str, prop: str) -> str | None:
    """A person's own property: not one of a property nested in it (Science's RDFa person holds
    <div property="organization"><span property="name">Whittemore Peterson Institute, …</span>). In
    microdata a property belongs to the nearest element that opens an item (itemscope); one that only holds
    another property (ResearchGate, 2016: <li itemprop="author" itemscope …><a itemprop="sameAs" …><span
    itemprop="name">) opens none."""
    opens_an_item = "itemscope" if attr == "itemprop" else attr

    def holds(element: Any) -> bool | None:
        if element.mem_id == node.mem_id:
            return True
        return False if opens_an_item in element.attributes else None

    # The elements walked keep their answer: a nest of properties under a nested item walks its depth once.
    known: dict[int, bool] = {}
    for part in node.css(f'[{attr}~="{prop}"]'):
        if nearest_answer(part, holds, known):
            return byline_text(part)
    return None


def hidden_by_markup(node: Any) -> bool | None:
    """True where the element hides itself by the hidden attribute or an inline display:none (a tab, a
    collapsed panel, a video's credits); None otherwise, for nearest_answer to ask the element above."""
    attrs = node.attributes
    style = "".join((attrs.get("style") or "").split()).casefold()
    return ("hidden" in attrs or "display:none" in style) or None


def hides_itself(node: Any) -> bool:
    """Whether the element hides itself, by its markup (hidden_by_markup) or by a class word saying so
    (display-none, hidden, hide, d-none: The Express Tribune's div.excerpt.display-none under its h1,
    2012)."""
    classes = set((node.attributes.get("class") or "").casefold().split())
    return bool(hidden_by_markup(node)) or not classes.isdisjoint(_HIDING_CLASSES)


# The class words a template hides an element by.
_HIDING_CLASSES = frozenset(("display-none", "hidden", "hide", "d-none"))


def nearest_answer(node: Any, decide: Callable[[Any], bool | None], known: dict[int, bool], *,
                   from_node: bool = False) -> bool:
    """What `decide` says of the nearest element above the node (from the node itself with `from_node`)
    that it has an answer for (True or False; None asks the next one up), False when none has, up to the
    body. `known` keeps the answer of every element walked, so that the many nodes of a deep nest walk its
    depth once, not once each."""
    walked: list[int] = []
    found = False
    current = node if from_node else node.parent
    while current is not None and current.tag not in ("body", "html"):
        if current.mem_id in known:
            found = known[current.mem_id]
            break
        walked.append(current.mem_id)
        answer = decide(current)
        if answer is not None:
            found = answer
            break
        current = current.parent
    for mem_id in walked:
        known[mem_id] = found
    return found


# Where a page sets entries other than its own (a list's items, asides, navs, footers): a summary, a
# date or a label there is another paper's or story's.
OTHER_ENTRIES = frozenset(("li", "aside", "nav", "footer"))


def _nearest_entry(node: Any, known: dict[int, Any]) -> Any:
    """The nearest list item, aside, nav or footer above the node, if any; `known` keeps each walked
    element's, so that the many nodes of a deep nest walk its depth once, not once each."""
    walked: list[int] = []
    found = None
    current = node.parent
    while current is not None and current.tag not in ("body", "html"):
        if current.mem_id in known:
            found = known[current.mem_id]
            break
        walked.append(current.mem_id)
        if current.tag in OTHER_ENTRIES:
            found = current
            break
        current = current.parent
    for mem_id in walked:
        known[mem_id] = found
    return found


def alone_in_parent(node: Any) -> bool:
    """Whether the element is all its parent holds, besides blank text and comments (an abstract may be
    bare text beside its heading: <div><h5>Abstract</h5>In English, …</div>)."""
    child = node.parent.child
    while child is not None:
        if child.mem_id != node.mem_id and child.tag != "-comment" and (
            child.tag != "-text" or (child.text_content or "").strip()
        ):
            return False
        child = child.next
    return True


def _of_the_page_item(node: Any, known: dict[tuple[bool, int], bool] | None = None) -> bool:
    """Whether a microdata (or RDFa) property belongs to the page's own item, not to an item nested
    in it (PeerJ marks every reference up as a ScholarlyArticle with itemprop="citation"; an RDFa
    reference is a `property="citation" typeof="ScholarlyArticle"`). `known` keeps what each ancestor
    walked has told, so that a page's many properties nested deep walk its depth once, not once each."""
    rdfa = "property" in node.attributes and "itemprop" not in node.attributes
    known = {} if known is None else known
    walked: list[tuple[bool, int]] = []
    found = True
    parent = node.parent
    while parent is not None:
        if (rdfa, parent.mem_id) in known:
            found = known[rdfa, parent.mem_id]
            break
        walked.append((rdfa, parent.mem_id))
        attrs = parent.attributes
        if rdfa and "typeof" in attrs:
            found = "property" not in attrs
            break
        if not rdfa and "itemscope" in attrs:
            # A page's main entity is its own item, wherever it is nested (El País, 2020: <article itemscope
            # itemprop="mainEntity" itemtype=".../ReportageNewsArticle"> holds the story's datePublished).
            found = "itemprop" not in attrs or "mainentity" in attrs["itemprop"].casefold().split()
            break
        parent = parent.parent
    for key in walked:
        known[key] = found
    return found


# An XHTML-style empty script, <script src="…" />: an HTML parser (and a browser reading the page as
# HTML) keeps it open and reads the rest of the page, its heading and byline among it, as script
# (PLOS's Ambra pages of 2013: the MathJax loader). Written out closed, the page reads as it shows.
_EMPTY_SCRIPT = re.compile(r"<script\b([^<>]*?)\s*/>", re.IGNORECASE)


def _swallowed_by_a_script(tree: LexborHTMLParser) -> bool:
    # A script that loads a file holds no text of its own unless it swallowed what followed it.
    # Asked of the tree, so a page without one (every capture's case) is not scanned as text.
    return any("src" in node.attributes and node.text(deep=False) for node in tree.tags("script"))


def parse_page(html: str) -> Page:
    tree = LexborHTMLParser(html)
    if _swallowed_by_a_script(tree):
        tree = LexborHTMLParser(_EMPTY_SCRIPT.sub(r"<script\1></script>", html))
    return Page(tree=tree)


# nature.com's legacy pages write a character their meta cannot hold as its entity name between
# "|[" and "]|" ("Thomas Kn|[ouml]|pfel"), where the byline shows "Thomas Knöpfel".
_NAMED_ESCAPES = re.compile(r"\|\[([A-Za-z][A-Za-z0-9]{1,30})\]\|")


def _unescaped(match: re.Match[str]) -> str:
    return html5.get(f"{match.group(1)};", match.group(0))


def _collect_meta(tree: LexborHTMLParser) -> dict[str, list[str]]:
    meta: dict[str, list[str]] = {}
    unfilled_title = unfilled_og_title = unfilled_article_author = False
    for node in tree.css("meta"):
        attrs = node.attributes
        content = attrs.get("content")
        if content is not None and is_template_placeholder(content):
            # A template's placeholder left unfilled ('SOCIAL MEDIA TITLE TAG', 'PAPER_TITLE'); an unfilled
            # citation_title marks the template's whole citation block unfilled (below).
            unfilled_title = unfilled_title or (attrs.get("name") or "").strip().lower() == "citation_title"
            # …and an unfilled og:title marks the template's open-graph block so.
            unfilled_og_title = (unfilled_og_title
                                 or (attrs.get("property") or "").strip().lower() == "og:title")
            # …and an unfilled article:author the article tags beside it (template_placeholders).
            unfilled_article_author = (unfilled_article_author
                                       or (attrs.get("property") or "").strip().lower() == "article:author")
            continue
        if content is None:
            continue
        content = _NAMED_ESCAPES.sub(_unescaped, content)
        # bioRxiv writes name="og-title" property="og:title": file it under both keys.
        for attr in ("name", "property", "itemprop"):
            key = attrs.get(attr)
            if not key or (attr == "itemprop" and not _of_the_page_item(node)):
                continue  # a cited work's <meta itemprop="datePublished"> (SpringerLink's references)
            # A Dublin Core tag's scheme may name a refinement or a role, not an encoding.
            key = qualified_key(key.strip().lower(), attrs.get("scheme"))
            meta.setdefault(key, []).append(content)
            if (alias := _meta_alias(key)) is not None:
                meta.setdefault(alias, []).append(content)
    return without_unfilled_article_tags(without_an_unfilled_open_graph_block(
        without_an_unfilled_citation_block(meta, unfilled_title), unfilled_og_title), unfilled_article_author)


def _meta_alias(key: str) -> str | None:
    """The usual name of a tag some platforms spell their own way: bepress's (Digital Commons,
    SPIP) `bepress_citation_date` for `citation_date`; Dublin Core as an RDFa CURIE, `DC:date`
    for `DC.date`."""
    if key.startswith("bepress_citation_"):
        return key.removeprefix("bepress_")
    prefix, colon, rest = key.partition(":")
    if colon and prefix in ("dc", "dcterms") and rest:
        return f"{prefix}.{rest}"
    return None


def _canonical(tree: LexborHTMLParser) -> str | None:
    for node in tree.css("link[rel][href]"):
        rel = (node.attributes.get("rel") or "").lower().split()
        if "canonical" in rel:
            return clean_text(node.attributes.get("href"))
    return None


def _collect_articles(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    found: list[tuple[int, int, dict[str, Any]]] = []
    walked: list[dict[str, Any]] = []
    for node in tree.css("script"):
        kind = (node.attributes.get("type") or "").lower()
        if not kind.startswith("application/ld+json"):
            continue
        data = _json_ld_data(_out_of_cdata(node.text(deep=True) or ""))
        if data is None:
            continue  # a broken block (or one nested past the decoder's depth) on an otherwise fine page
        for obj in _walk_json_ld(data):
            walked.append(obj)
            if is_an_unfilled_article(obj):
                # A template's ScholarlyArticle left unfilled ('PAPER_TITLE'): its date is the template's too.
                continue
            rank = _article_rank(obj.get("@type"))
            if rank is not None and (rank < 2 or obj.get("author") or obj.get("creator")):
                found.append((rank, len(found), obj))
    # An author given by its @id alone is the Person the page's JSON-LD names by it (Yoast's graph), a
    # publisher so given the node named by it.
    named = named_nodes(walked) if found else {}
    return [with_references_resolved(obj, named, json_ld_types)
            for _, _, obj in sorted(found, key=lambda item: item[:2])]


def _json_ld_data(text: str) -> Any:
    """A JSON-LD block's data, None where it is no JSON. Strings that break their lines or indent with a raw
    control character, as strict JSON forbids, are read as written (Clubic, 2022: the Article's description
    ran the text's first paragraphs with their newlines raw), as search engines read them; a block broken
    otherwise stays unread."""
    try:
        return msgspec.json.decode(text)
    except UNREADABLE_JSON:
        pass
    try:
        # The standard library's decoder, told to allow control characters in strings; it is tried only
        # on a block the fast decoder refused, once, in time linear in the block.
        return json.loads(text, strict=False)
    except UNREADABLE_JSON:
        pass
    try:
        # A template's trailing comma before an object's or an array's close (Hiroki Nishimoto's Hugo blog,
        # 2019: the NewsArticle's publisher '"logo": "…",\n    },'), which strict JSON refuses and search
        # engines read past: the block without those commas, strings kept whole, one pass.
        return json.loads(_TRAILING_COMMA.sub(_without_trailing_comma, text), strict=False)
    except UNREADABLE_JSON:
        return None


# A JSON string (kept as it is), or a comma with only white space before the close of an object or an array.
_TRAILING_COMMA = re.compile(r'"(?:[^"\\]|\\.)*"|,(\s*[}\]])')


def _without_trailing_comma(match: re.Match[str]) -> str:
    return match.group(1) if match.group(1) is not None else match.group(0)


# How XHTML wraps a script's text: in a CDATA section, its markers maybe behind a line comment's slashes.
_CDATA_OPEN, _CDATA_CLOSE, _LINE_COMMENT = "<![CDATA[", "]]>", "//"


def _out_of_cdata(text: str) -> str:
    """A script's text without the CDATA section's markers around it (The Verge's JSON-LD as html-tidy wrote
    it, 2023: '<![CDATA[ {…} ]]>'); the text as it is where none wraps it."""
    inner = text.strip()
    if not inner.removeprefix(_LINE_COMMENT).startswith(_CDATA_OPEN):
        return text
    inner = inner.removeprefix(_LINE_COMMENT).removeprefix(_CDATA_OPEN)
    inner = inner.rstrip()
    if inner.endswith(_CDATA_CLOSE):
        inner = inner.removesuffix(_CDATA_CLOSE).rstrip().removesuffix(_LINE_COMMENT)
    return inner


def _walk_json_ld(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    # @graph may hold nested arrays (Semantic Scholar) and articles may sit under mainEntity.
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_json_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _walk_json_ld(value, depth + 1)


def json_ld_types(types: Any) -> list[str]:
    """A JSON-LD node's `@type`s as short names in lower case: sites spell them their own way,
    "Dataset", "DataSet" (ORNL DAAC), "schema:Dataset", "http://schema.org/Dataset"."""
    names = types if isinstance(types, list) else [types]
    return [re.split(r"[/:#]", name)[-1].casefold() for name in names if isinstance(name, str)]


def _article_rank(types: Any) -> int | None:
    ranks = [_ARTICLE_TYPES[short] for short in json_ld_types(types) if short in _ARTICLE_TYPES]
    return min(ranks) if ranks else None


def is_blog_post(article: dict[str, Any]) -> bool:
    """A JSON-LD BlogPosting or NewsArticle: a post or a story has no abstract, its description is a
    teaser of its opening."""
    return not {"blogposting", "newsarticle", *_NEWS_ARTICLES}.isdisjoint(json_ld_types(article.get("@type")))


def inline_scripts(page: Page, first: int) -> Iterator[str]:
    """The text of each inline script among the page's first `first` scripts (one with a src holds none of
    the page's own words): a hand-made page's variables, a theme's typed heading."""
    for script in page.tree.css("script")[:first]:
        if script.attributes.get("src") is None:
            yield script.text() or ""


def node_text(node: Any) -> str | None:
    """Text of an element and its descendants, cleaned (inline links stay part of it)."""
    return clean_text(node.text(deep=True, separator=""))


def short_text(node: Any, limit: int) -> str | None:
    """An element's raw text (as lexbor's text(deep=True) gives it) when it holds no more than `limit`
    characters in no more than `limit` nodes, else None: whether an element is a label is told without
    reading all the text of one that holds the rest of a deeply nested page."""
    parts: list[str] = []
    length = 0
    for count, inner in enumerate(node.traverse(include_text=True)):
        if count > limit:
            return None
        if inner.tag == "-text":
            text = inner.text_content or ""
            length += len(text)
            if length > limit:
                return None
            parts.append(text)
    return "".join(parts)


def block_text(node: Any, unseen: frozenset[str] = UNSEEN) -> str | None:
    """Text of an element as a reader sees it: blocks (paragraphs, list items, cells) apart,
    inline markup joined ("CO<sub>2</sub>" is "CO2"), scripts and styles unseen."""
    parts: list[str] = []
    try:
        _collect_text(node, parts, unseen)
    except RecursionError:
        # Elements nested past Python's stack (a page of thousands of unclosed divs): the parser's own
        # text, blocks spaced apart, rather than an error out of the normaliser for a page read wrong.
        return clean_text(node.text(deep=True, separator=" "))
    return clean_text(_settle_breaks("".join(parts)))


def _settle_breaks(text: str) -> str:
    return _BRACKET_BREAK.sub(r"\1\2", text).replace(_SOURCE_BREAK, " ")


def run_text(node: Any) -> str:
    """The text an element adds where it stands among text nodes: a block's set apart by spaces, an
    inline element's joined to the text around it (MDPI, 2014: "Sesame (<span class='html-italic'>
    Sesamum indicum</span>), an important …"), with a space where its own text starts or ends with one.
    An element that shows nothing adds nothing: a <style> set between an 'Abstract' heading and its paragraph
    (FlashSpeech's demo page, round 186) is no text of the abstract."""
    if node.tag in UNSEEN:
        return ""
    text = block_text(node) or ""
    if node.tag in _BLOCKS:
        return f" {text} "
    shown = node.text(deep=True)
    return (" " if shown[:1].isspace() else "") + text + (" " if shown[-1:].isspace() else "")


def byline_text(node: Any) -> str | None:
    """A byline's text without its superscripts: affiliation and footnote marks ("THOMSON<sup>a1</sup>"),
    nor the date a blog's byline shows beside the names (<time>Sa 13 Jul 2019</time>): no name."""
    return block_text(node, UNSEEN | {"sup", "time"})


def text_lines(node: Any) -> list[str]:
    """The lines of an element's text, as its line breaks and blocks lay them out; empty lines kept
    (a blank line parts two entries of a list written with <br>s)."""
    parts: list[str] = []
    _collect_text(node, parts, UNSEEN | {"sup"})
    return [clean_text(_settle_breaks(line)) or "" for line in "".join(parts).split("\n")]


def _collect_text(node: Any, parts: list[str], unseen: frozenset[str]) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            parts.append(_SOURCE_BREAK.join((child.text_content or "").splitlines()))
        elif tag == "br":
            parts.append("\n")
        elif tag == "nav" or (tag in ("ul", "ol") and _jump_list(child)):
            continue  # "Abstract • Introduction • Methods …": the page's own table of contents
        elif tag == "a" and _back_to_top(child):
            continue  # PLoS ONE's <h2>Abstract <a href="#top">Top</a></h2>
        elif tag == "script" and (formula := _drawn_formula(child)) is not None:
            parts.append(formula)
        elif tag in _NOT_DRAWN:
            continue  # a MathML formula's TeX or content markup, which the browser does not show
        elif tag not in unseen:
            attrs = child.attributes
            if "hidden" in attrs:
                continue  # not shown: PubMed Central's author pop-ups (<div hidden>name, affiliation</div>)
            if (assistive := _mathjax_assistive(child, attrs)) is not None:
                parts.append(_formula_symbols(assistive))  # MathJax's drawing, read once
                continue
            if tag == "code" and _formula_source(child):
                continue  # the formula's source, which MathJax draws; its text version is beside it
            block = tag in _BLOCKS
            if block:
                parts.append("\n")
            elif _glued_name_part(attrs, parts):
                # A name's parts are words however close the page sets their elements: ScienceDirect's
                # <span class="text given-name">Hien Thi Thu</span><span class="text surname">Nguyen</span>
                # (its style sheet puts the space between) reads "Hien Thi Thu Nguyen".
                parts.append(" ")
            if _SMALL_CAPS.search(attrs.get("class") or ""):
                # Small capitals show as capitals: RSC's "Cu(<span class="small-caps">ii</span>)" is Cu(II).
                inner: list[str] = []
                _collect_text(child, inner, unseen)
                parts.append("".join(inner).upper())
            else:
                _collect_text(child, parts, unseen)
            if block:
                parts.append("\n")


def _glued_name_part(attrs: Any, parts: list[str]) -> bool:
    """Whether this element is a part of a name that the text before it touches without a space."""
    if not (_NAME_PART.search(attrs.get("class") or "") or attrs.get("itemprop") in _NAME_PART_PROPS):
        return False
    before = next((part for part in reversed(parts) if part), "")
    return before[-1:].isalnum() or before[-1:] == "."


def drawn_math(node: Any) -> bool:
    """Whether the page (or element) writes formulas as MathJax's MathML input scripts."""
    return any(_mathml_script(script) for script in node.css("script[type]"))


def _mathml_script(script: Any) -> bool:
    return (script.attributes.get("type") or "").strip().lower().startswith("math/mml")


def _drawn_formula(script: Any) -> str | None:
    """The formula a MathML input script stands for, as MathJax draws it in the script's place
    (Scitation, 2016: "spectra of <script type="math/mml"><mml:math><mml:mi>A</mml:mi><mml:mi>A</mml:mi>
    </mml:math></script>-stacked" shows "AA-stacked"): its symbols, in order, without the source's
    layout. Other scripts (TeX sources, code) show nothing; nor does one whose drawing MathJax has put
    before it (a live page's DOM, as the browser extension captures it): the drawing is read."""
    if not _mathml_script(script):
        return None
    if _drawn_before(script):
        return ""
    return _symbols_of_source(script.text(deep=True) or "")


@lru_cache(maxsize=512)
def _symbols_of_source(source: str) -> str | None:
    """A MathML source's symbols, parsed once: block_text reads a script again for every block that
    holds it (the paragraph, its section, the abstract's wrapper)."""
    formula = LexborHTMLParser(source)
    root = formula.body if formula.body is not None else formula.root
    return _formula_symbols(root) if root is not None else None


# What a formula's markup holds besides what it draws: its source in another notation.
_NOT_DRAWN = frozenset(("annotation", "annotation-xml"))


def _formula_symbols(node: Any) -> str:
    """A MathML formula's symbols in order, each without the source's spacing, and without its
    annotations (the TeX it was written in: "<annotation encoding="application/x-tex">AA</…>")."""
    symbols: list[str] = []
    stack = [node.iter(include_text=True)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == "-text":
            symbols += (line.strip() for line in (child.text_content or "").splitlines())
        elif child.tag != "-comment" and child.tag.rpartition(":")[2] not in _NOT_DRAWN:
            stack.append(child.iter(include_text=True))
    return "".join(symbols)


# MathJax 2 draws a formula in a frame (span.MathJax_CHTML, span.MathJax, span.MathJax_SVG) whose id
# is its script's with "-Frame", right before the script (in a div of its own when set apart); the
# frame holds the drawing (aria-hidden; an SVG's has no text) and the formula again as MathML for
# screen readers.
_FRAME = "-Frame"


def _mathjax_assistive(node: Any, attrs: Any) -> Any:
    """The MathML a MathJax frame keeps for screen readers, when the node is such a frame."""
    if not (attrs.get("id") or "").endswith(_FRAME):
        return None
    return node.css_first("span.MJX_Assistive_MathML")


def _drawn_before(script: Any) -> bool:
    """Whether MathJax's frame for this script is the element before it, or in it."""
    frame = (script.attributes.get("id") or "") + _FRAME
    before = script.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    if before is None or frame == _FRAME:
        return False
    if before.attributes.get("id") == frame:
        return True
    return '"' not in frame and "\\" not in frame and before.css_first(f'[id="{frame}"]') is not None


def _formula_source(node: Any) -> bool:
    """A formula's MathML source kept as text for MathJax to draw (HighWire: <code class="mathjax-code">
    &lt;mml:math …&gt;</code>, then <span class="mathjax-text">50mM</span>, the formula as text)."""
    if "mathjax-code" in (node.attributes.get("class") or ""):
        return True
    return (node.text(deep=True) or "").lstrip().startswith(("<mml:math", "<math"))


def _jump_list(node: Any) -> bool:
    """A list of nothing but links to places on the same page (Wiley's "Top of page · Abstract ·
    Introduction …" above its abstract)."""
    links = node.css("a")
    if len(links) < 2 or any(not (link.attributes.get("href") or "").startswith("#") for link in links):
        return False
    linked = sum(_visible_chars(link.text(deep=True)) for link in links)
    return _visible_chars(node.text(deep=True)) - linked < 3 * len(links)  # bullets, separators


def jump_links(node: Any) -> bool:
    """Whether an element holds nothing but links to places on the same page and the marks between
    them (the JAMA Network's 2016 "ABSTRACT | METHODS | RESULTS …" beside the abstract's heading)."""
    return _jump_list(node)


def _back_to_top(link: Any) -> bool:
    """A link back to the top of the page ("Top", "Back to top", "↑"): navigation, not text."""
    if not (link.attributes.get("href") or "").startswith("#"):
        return False
    return _TO_TOP.match(clean_text(link.text(deep=True)) or "") is not None


def _visible_chars(text: str | None) -> int:
    return len("".join((text or "").split()))


# How many wrappers that hold only the heading its subtitle may follow (Quarto's title block with code
# tools, 2023-2025: the h1 and its "source" button in a div, that div alone in div.quarto-title-block,
# then p.subtitle).
_SUBTITLE_WRAPPERS = 3


def subtitle_beside(heading: Any) -> str | None:
    """The subtitle-classed element right after a heading, or after the wrappers that hold only
    the heading (Atypon's div.citation__title__wrapper, then div.citation__subtitle); a button
    beside the heading is a control, not a line of the page's own."""
    node = heading
    for _ in range(_SUBTITLE_WRAPPERS + 1):
        after = next_element(node)
        # Springer's 2016 page writes the class in camel case (div.ArticleSubTitle).
        if after is not None and "subtitle" in (after.attributes.get("class") or "").casefold():
            if links_only(after):
                return None
            text = block_text(after)
            return text if text and _reads_as_subtitle(text) else None
        wrapper = node.parent
        # Counted to two at most: a page of thousands of headings in one parent was quadratic.
        lines = (iter(()) if wrapper is None
                 else (child for child in wrapper.iter() if child.tag not in _NOT_A_LINE))
        if next(lines, None) is None or next(lines, None) is not None:
            return None
        node = wrapper
    return None


# What may part the links of a line made of links alone: commas, middle dots, bullets (Jekyll Lanyon's tags
# line under a post's title, '2018 • ICLR 2019 • RL'), "and", "&".
_BETWEEN_LINKS = re.compile(r"(?:[\s,;·•&]|\band\b)*", re.IGNORECASE)


def links_only(node: Any) -> bool:
    """Whether a line is links and what parts them, nothing of its own: a byline of author links that
    a generic class calls a subtitle (Bootstrap's h3.card-subtitle under the MiniConf virtual sites'
    h2.card-title), never a subtitle, which is text."""
    if node.css_first("a") is None:
        return False
    # The text outside the links, gathered in one walk that does not go into a link.
    rest: list[str] = []
    stack = [node]
    while stack:
        for child in stack.pop().iter(include_text=True):
            if child.tag == "-text":
                rest.append(child.text_content or "")
            elif child.tag != "a":
                stack.append(child)
    return _BETWEEN_LINKS.fullmatch(" ".join(rest)) is not None


# What beside a heading in its wrapper is no line of text of the page's own.
_NOT_A_LINE = frozenset({"-text", "-comment", "button"})


# What a theme's "subtitle" class sets under a project page's h1 that no one reads as the title's
# subtitle: the name of the section that follows ("Abstract"), a venue line ("CVPR 2023", "NeurIPS 2023
# (Oral)"), a tagline in a sentence of its own (Bulma's h1.title and h2.subtitle, the Nerfies template's
# "<Name> turns selfie videos from your phone into free-viewpoint portraits.").
_SECTION_NAMES = frozenset(
    ("abstract", "summary", "introduction", "overview", "contents", "table of contents")
)
# How many words a venue line runs to at most, and a tagline's sentence at least.
_VENUE_WORDS = 4
_SENTENCE_WORDS = 6
# A venue line names the meeting right before its year ("CVPR 2023", "SIGGRAPH Asia 2023", "NeurIPS'23"); a
# subtitle of a few words with a year says how the year stands to the title ("Europe since 1945", "The
# Crisis of 2008", "Berlin, 1961").
_NAME_AND_YEAR = re.compile(r"\b[A-Z][\w-]*(?:\s+[\u2019']?(?:1[89]|20)\d\d|\s*[\u2019']\d\d)\b")
# …nor a line saying what the page is to the paper it is about, which no title's second half does: a
# companion, supplement or site "to/for/of the paper" (a paper's Quarto companion site, round 196: 'A Study'
# over the p.subtitle 'Interactive companion to the research paper and replication with current models').
_OF_THE_PAPER = re.compile(
    r"\b(?:companion|supplement(?:ary)?|accompanying|website|web\s?page|project\s+page|site)\b"
    r"[^.:;]{0,40}?\b(?:to|for|of)\s+(?:the|our|this)\s+(?:\w+\s+)?(?:paper|article|manuscript)\b",
    re.IGNORECASE,
)

# …nor a line saying where the paper was presented, prepared or submitted, the venue a title page names
# under the title, not the title's second half (a Quarto working paper, round 234: its p.subtitle 'Working
# Paper presented at the Global Bioeconomy Summit 2024').
_PRESENTED_AT = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:(?:working|conference|discussion|background|research)\s+)?"
    r"(?:paper|article|manuscript|report|poster|talk)?\s*"
    r"(?:presented|prepared|submitted|accepted)\s+(?:at|to|for)\b",
    re.IGNORECASE,
)


def _reads_as_subtitle(text: str) -> bool:
    """Whether a subtitle-classed heading's text continues the title, as a subtitle does."""
    words = text.split()
    if text.rstrip(":. ").casefold() in _SECTION_NAMES:
        return False
    if len(words) <= _VENUE_WORDS and _NAME_AND_YEAR.search(text):
        return False
    if _OF_THE_PAPER.search(text) or _PRESENTED_AT.search(text):
        return False
    return not (text.endswith((".", "!")) and len(words) >= _SENTENCE_WORDS)


def markup_text(value: str | None) -> str | None:
    """Text of a value that may hold markup (bioRxiv's escaped abstract, Copernicus's
    "CO<sub>2</sub>" in citation_title): tags go, block boundaries become spaces.

    Plain text can hold "x<y" (TeX), so only a value with a closing tag is read as markup, or one
    with a void element's tag, which has none: ScholarMarkdown copies the Markdown title's "<br>" into
    citation_title and <title> ("Query Execution<br>over Hybrid …", round 72); a <wbr>, <hr> or <img …>
    likewise (void_tags).
    """
    if value is None or ("</" not in value and not holds_void_tag(value)):
        return clean_text(value)
    tree = LexborHTMLParser(value)
    return block_text(tree.body) if tree.body is not None else None


def outermost(tree: Any, selector: str, keep: Callable[[Any], bool] | None = None) -> list[Any]:
    """The elements `selector` matches in the tree, in their order, but none inside another: a reader
    sees a heading nested in a heading as part of it. A nest of thousands of headings (an <h1><div>
    repeated, which the parser keeps nested) made each reader that takes a heading's text quadratic."""
    inner: set[int] = set()
    outer: list[Any] = []
    for node in tree.css(selector):
        # An element `keep` refuses is passed over, not its matches inside it.
        if node.mem_id not in inner and (keep is None or keep(node)):
            outer.append(node)
            # Outer elements hold disjoint subtrees, so each element is matched here once at most.
            inner.update(nested.mem_id for nested in node.css(selector))
    return outer


def select_all(root: Any, selector: str) -> list[Any]:
    """What `root.css(selector)` finds, in page order, without lexbor's backtracking: it matches
    "A B C" by trying every B above every C for an A above that, cubic in the depth of a nest of B
    and C (a page of 2,000 levels took minutes). Each part of a selector is looked for under the
    outermost matches of the part before it, so every element is matched once a part. A list of
    selectors is matched alternative by alternative, its matches given back in page order."""
    alternatives = _alternatives(selector)
    if len(alternatives) > 1:
        if not any(_first_descendant_step(alternative)[1] for alternative in alternatives):
            return root.css(selector)
        found = {node.mem_id for alternative in alternatives for node in select_all(root, alternative)}
        # The compounds the alternatives end in, asked in one pass, put what they found in page order.
        return [node for node in root.css(", ".join(selector_subjects(selector))) if node.mem_id in found]
    head, rest = _first_descendant_step(selector)
    if not rest:
        return root.css(selector)
    return [found for box in outermost(root, head) for found in _select_inside(box, rest)]


def select_first(root: Any, selector: str) -> Any | None:
    """`root.css_first(selector)` as `select_all` finds it."""
    if len(_alternatives(selector)) > 1:
        return next(iter(select_all(root, selector)), None)
    head, rest = _first_descendant_step(selector)
    if not rest:
        return root.css_first(selector)
    return next((found[0] for box in outermost(root, head) if (found := _select_inside(box, rest))), None)


def _select_inside(box: Any, selector: str) -> list[Any]:
    """The selector's matches strictly inside the box. lexbor searches an element's subtree with the
    element in it, and binds a selector's parts to it or above it: "div.x div" under a div.x finds that
    div.x, "div.x div > p" a paragraph right in it; a descendant combinator before the part says inside."""
    head, rest = _first_descendant_step(selector)
    if not rest:
        return [node for node in box.css(selector) if _bound_inside(node, box, selector)]
    return [found for node in outermost(box, head, keep=lambda node: _bound_inside(node, box, head))
            for found in _select_inside(node, rest)]


def _bound_inside(node: Any, box: Any, part: str) -> bool:
    """Whether a part without descendant combinators ("B", "B > C", "p.caption + div.vol") that matched
    `node` in the box's subtree bound each of its compounds strictly inside the box: the node and the
    ancestors its child combinators climb to are not the box (siblings of an element inside are inside)."""
    for _ in range(1 + _child_steps(part)):
        if node is None or node.mem_id == box.mem_id:
            return False
        node = node.parent
    return True


@cache  # asked of every element a part matches
def _child_steps(part: str) -> int:
    return sum(1 for _, char in _top_level(part) if char == ">")


@cache  # the publisher table's selectors, split again on every page otherwise (its marks on every capture)
def _first_descendant_step(selector: str) -> tuple[str, str]:
    """A selector split at its first descendant combinator (a space outside brackets, parentheses
    and quotes, with no '>', '+' or '~' beside it): ("A", "B C") for "A B C"; (selector, "") for a
    selector with none, or for a list of selectors (their matches would need merging in page order)."""
    top = list(_top_level(selector))
    if any(char == "," for _, char in top):
        return selector, ""
    for at in (at for at, char in top if char.isspace()):
        head, rest = selector[:at].rstrip(), selector[at:].lstrip()
        if head and rest and head[-1] not in ">+~" and rest[0] not in ">+~":
            return head, rest
    return selector, ""


def _top_level(selector: str) -> Iterator[tuple[int, str]]:
    """The characters of a selector outside its brackets, parentheses and quoted strings."""
    depth, quote = 0, ""
    for at, char in enumerate(selector):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0:
            yield at, char


def selector_subjects(selector: str) -> list[str]:
    """The compound selector each alternative of `selector` ends in: what an element must match to be
    one the selector finds ("div.vol" of "div.layout_full p.caption + div.vol")."""
    return [
        alternative[max((at for at, char in _top_level(alternative) if char.isspace() or char in ">+~"),
                        default=-1) + 1:]
        for alternative in _alternatives(selector)
    ]


@cache  # asked on every page by the readers that select a list
def _alternatives(selector: str) -> tuple[str, ...]:
    """The selectors a list of selectors is made of ("a, div b" gives "a" and "div b")."""
    commas = [at for at, char in _top_level(selector) if char == ","]
    spans = zip([-1, *commas], [*commas, len(selector)], strict=True)
    return tuple(part for start, end in spans if (part := selector[start + 1:end].strip()))


def fragment_text(value: str | None) -> str | None:
    """An abstract's text from a value that may hold markup: its "Abstract" heading goes too."""
    if value is not None and "</" in value:
        tree = LexborHTMLParser(value)
        for heading in outermost(tree, "h1,h2,h3,h4,h5,h6"):
            if (clean_text(heading.text()) or "").casefold() in ("abstract", "summary"):
                heading.decompose()
        value = block_text(tree.body) if tree.body is not None else None
    return abstract_text(value)


def abstract_text(text: str | None) -> str | None:
    """An abstract without the "Abstract" label it is often written with (MDPI sets the colon
    of "Abstract:" apart, in bold)."""
    text = clean_text(text)
    # T&F's abstract block shows the label twice: a heading "Abstract", then a bold "Abstract".
    for _ in range(2):
        if not text:
            break
        unlabelled = _ABSTRACT_LABEL.sub("", text, count=1)
        # A hyphen goes with the label before it ("Abstract - The …"); with no label it opens the
        # text's first point ("- Luận án góp phần …", a thesis's abstract of dashed points).
        text = clean_text(unlabelled.lstrip(":.—- " if unlabelled != text else ":.— "))
    # HAL heads it "Résumé" over tabs of its languages: "Résumé en fr This thesis falls …".
    text = clean_text(_LANGUAGE_TABS.sub("", text, count=1)) if text else None
    text = _FIRST_PARAGRAPH_NUMBER.sub("", text, count=1) if text else None
    return None if text and _NO_ABSTRACT.match(text) else text


def json_ld_text(value: Any) -> str | None:
    """A JSON-LD value that should be a string: plain, or a list/object wrapping one."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        for item in value:
            if text := json_ld_text(item):
                return text
    if isinstance(value, dict):
        return json_ld_text(value.get("@value") or value.get("name"))
    return None


def json_ld_authors(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            name = display_name(item)
        elif isinstance(item, dict):
            given, family = item.get("givenName"), item.get("familyName")
            if isinstance(given, str) and isinstance(family, str) and (several := _in_step(given, family)):
                names += several
                continue
            if isinstance(given, str) and isinstance(family, str):
                name = clean_text(f"{given} {family}")
            elif "person" in json_ld_types(item.get("@type")) and (
                    joined := people_joined(json_ld_text(item.get("name")))):
                # One Person whose name joins two writers ("Hunhui Na & Dr. Bret Staudt Willet"): both.
                names += [name for part in joined if (name := display_name(part))]
                continue
            else:
                name = display_name(json_ld_text(item.get("name")))
        else:
            name = None
        if name:
            names.append(name)
    return names


def _in_step(given: str, family: str) -> list[str]:
    """The people of one JSON-LD person whose given and family names list several, parted by commas
    in step (Taylor & Francis eBooks: givenName "Shaikh Ashfaq, Pathan Mohd.", familyName "Amir,
    Shafi"); none for one person."""
    givens, families = given.split(","), family.split(",")
    if len(givens) < 2 or len(givens) != len(families):
        return []
    return [name for first, last in zip(givens, families, strict=True)
            if (name := clean_text(f"{first} {last}"))]


def json_ld_strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON-LD value (for identifier/sameAs hunts)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from json_ld_strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from json_ld_strings(item)


def first_element(node: Any) -> Any:
    """The first element child of `node`, past text and comments before it."""
    child = node.child
    return child if child is None or child.tag not in ("-text", "-comment") else next_element(child)


def next_element(node: Any) -> Any:
    """The element after `node`, past text and comments between them."""
    sibling = node.next
    while sibling is not None and sibling.tag in ("-text", "-comment"):
        sibling = sibling.next
    return sibling


def past_blank_text(node: Any, step: str = "next", *, comments: bool = False) -> Any:
    """`node`, or the first node after it (before it: `step="prev"`) that is not text of spaces alone (nor,
    with `comments`, a comment)."""
    while node is not None and (
            (node.tag == "-text" and not (node.text_content or "").strip())
            or (comments and node.tag == "-comment")):
        node = getattr(node, step)
    return node
