"""Hugging Face Papers: a paper page (/papers/<id>) and listing pages (daily, weekly, monthly,
trending, search).

The data sits as JSON in `data-props` of Svelte hydration islands
(`<div class="SVELTE_HYDRATER …" data-target="PaperContent|DailyPapers" data-props="…">`);
the parser hands the attribute back unescaped. The island survives hydration, so browser
captures have it too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import msgspec

from ..identity import arxiv_id_from_url, clean_text, split_arxiv_id
from ..records import Paper
from .common import count
from .dates import partial_date
from .html_meta import Page, node_text

PAPER_ISLAND = "PaperContent"
LISTING_ISLAND = "DailyPapers"
_TITLE_PREFIX = "Paper page - "


def islands(page: Page) -> dict[str, Any]:
    """data-target -> decoded data-props, skipping islands whose JSON does not decode."""
    found: dict[str, Any] = {}
    for node in page.tree.css("[data-props]"):
        target = node.attributes.get("data-target") or ""
        if target in found:
            continue
        try:
            found[target] = msgspec.json.decode(node.attributes.get("data-props") or "")
        except msgspec.DecodeError:
            continue
    return found


def page_kind(page: Page) -> str | None:
    """hf_paper or hf_listing when the page carries a hydration island of that kind."""
    targets = {node.attributes.get("data-target") for node in page.tree.css("[data-props]")}
    if PAPER_ISLAND in targets:
        return "hf_paper"
    if LISTING_ISLAND in targets:
        return "hf_listing"
    return None


def paper_from_page(url: str, page: Page) -> list[Paper]:
    props = islands(page)
    content = props.get(PAPER_ISLAND)
    paper = content.get("paper") if isinstance(content, dict) else None
    record = paper_record(paper) if isinstance(paper, dict) else None
    if record is None:
        record = _paper_from_dom(url, page, props)
    return [record] if record is not None else []


def listing_from_page(url: str, page: Page) -> list[Paper]:
    """Every entry of the listing. Without listing JSON this returns []: the rendered cards
    carry no abstracts, so the caller's text parser reads the capture better."""
    props = islands(page)
    listing = props.get(LISTING_ISLAND)
    entries = listing.get("dailyPapers") if isinstance(listing, dict) else None
    if isinstance(entries, list):
        candidates: Iterator[dict[str, Any]] = _paper_dicts(entries)
    else:
        # Search and future pages may use other islands and keys: take any list of papers.
        candidates = (
            paper
            for target, value in props.items()
            if target != PAPER_ISLAND
            for paper in _paper_dicts(value)
        )
    papers: list[Paper] = []
    seen: set[str] = set()
    for candidate in candidates:
        record = paper_record(candidate)
        if record is None:
            continue
        key = record.arxiv_id or record.title or ""
        if key not in seen:
            seen.add(key)
            papers.append(record)
    return papers


def paper_record(paper: dict[str, Any]) -> Paper | None:
    """One `paper` object of HF's JSON as a record."""
    title = _text(paper.get("title"))
    raw_id = _text(paper.get("id"))
    found = split_arxiv_id(raw_id)
    if not title and found is None:
        return None
    arxiv_id = found[0] if found else None
    # Every listed author, hidden or not: `hidden` is an HF display choice, not authorship.
    authors = [
        name
        for author in paper.get("authors") or []
        if isinstance(author, dict) and (name := _text(author.get("name")))
    ] or None
    upvotes = paper.get("upvotes")
    return Paper(
        title=title,
        abstract=_text(paper.get("summary")),
        summary=_text(paper.get("ai_summary")),
        authors=authors,
        authors_count=len(authors) if authors else None,
        # publishedAt is the arXiv date; submittedOnDailyAt is the day HF featured it.
        published=partial_date(_text(paper.get("publishedAt"))),
        upvotes=count(upvotes),
        arxiv_id=arxiv_id,
        url=f"https://huggingface.co/papers/{arxiv_id or raw_id}" if arxiv_id or raw_id else None,
        pdf_url=f"https://arxiv.org/pdf/{arxiv_id}" if arxiv_id else None,
        code_url=_text(paper.get("githubRepo")),
        project_url=_text(paper.get("projectPage")),
    )


def _paper_dicts(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    # Entries are {"paper": {...}, ...} on listings, or bare paper objects elsewhere.
    if depth > 6:
        return
    if isinstance(node, dict):
        for value in node.values():
            yield from _paper_dicts(value, depth + 1)
    elif isinstance(node, list):
        for item in node:
            inner = item.get("paper") if isinstance(item, dict) else None
            if isinstance(inner, dict) and _paper_like(inner):
                yield inner
            elif isinstance(item, dict) and _paper_like(item):
                yield item
            else:
                yield from _paper_dicts(item, depth + 1)


def _paper_like(value: dict[str, Any]) -> bool:
    return bool(_text(value.get("title"))) and split_arxiv_id(_text(value.get("id"))) is not None


def _paper_from_dom(url: str, page: Page, props: dict[str, Any]) -> Paper | None:
    # The rendered page, for captures whose PaperContent JSON is missing or broken.
    found = None
    for candidate in (page.canonical, page.og_url, url):
        found = arxiv_id_from_url(candidate)
        if found:
            break
    title = page.node_text("h1") or page.first("og:title")
    if title and title.startswith(_TITLE_PREFIX):
        title = clean_text(title[len(_TITLE_PREFIX) :])
    if found is None or not title:
        return None
    arxiv_id = found[0]
    authors = [
        name.rstrip(", ").strip()
        for node in page.tree.css("span.author")
        if (name := node_text(node))
    ] or None
    upvote = props.get("UpvoteControl")
    upvotes = upvote.get("upvotes") if isinstance(upvote, dict) else None
    return Paper(
        title=title,
        abstract=page.node_text("p.text-gray-600"),
        summary=page.node_text("p.text-blue-700"),
        authors=authors,
        authors_count=len(authors) if authors else None,
        upvotes=count(upvotes),
        arxiv_id=arxiv_id,
        url=f"https://huggingface.co/papers/{arxiv_id}",
        pdf_url=f"https://arxiv.org/pdf/{arxiv_id}",
    )


def _text(value: Any) -> str | None:
    return clean_text(value) if isinstance(value, str) else None
