"""Any other scholarly page (ACL Anthology, bioRxiv, Semantic Scholar, journals, …).

Sources in order of trust: Highwire citation_*, Dublin Core, OpenGraph, JSON-LD
ScholarlyArticle, then the page body. Field by field, the most trusted non-empty value wins
and less trusted sources fill the gaps (dates may also be refined, see `best_date`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from ..identity import (
    arxiv_id_from_doi,
    arxiv_id_from_url,
    clean_text,
    normalise_doi,
    split_arxiv_id,
)
from ..records import Paper
from .html_meta import (
    Page,
    best_date,
    display_name,
    fragment_text,
    json_ld_authors,
    json_ld_strings,
    json_ld_text,
    node_text,
    parse_page,
    partial_date,
)

# Where publishers put the abstract when no meta tag carries it (ACL: only in the body).
_BODY_ABSTRACTS = (
    "div.acl-abstract span",
    "blockquote.abstract",
    "section.abstract",
    "div#abstract",
    "div.abstract",
    "p.paper-abstract",
)
_DOI_KEYS = ("identifier", "sameAs", "mainEntity", "@id", "url")
_MERGED_FIELDS = ("title", "abstract", "authors", "pdf_url", "arxiv_id")


def normalise_scholarly(url: str, html: str) -> list[Paper]:
    return from_page(url, parse_page(html))


def from_page(url: str, page: Page) -> list[Paper]:
    article = page.articles[0] if page.articles else {}
    sources = [_highwire(page), _dublin_core(page), _open_graph(page), _json_ld(article)]
    merged: dict[str, Any] = {}
    for name in _MERGED_FIELDS:
        merged[name] = next((source[name] for source in sources if source.get(name)), None)
    doi = next((source["doi"] for source in sources if source.get("doi")), None)
    doi = doi or _doi_in_meta_links(page)
    arxiv_id = merged["arxiv_id"] or arxiv_id_from_doi(doi) or _arxiv_id_from(url, page)
    if arxiv_id_from_doi(doi):
        doi = None  # arXiv's DataCite DOI would disagree with the journal DOI of the same paper
    if not _looks_scholarly(page, article, doi, arxiv_id) or not merged["title"]:
        return []
    authors = merged["authors"] or None
    return [
        Paper(
            title=merged["title"],
            abstract=merged["abstract"] or _body_abstract(page),
            authors=authors,
            authors_count=len(authors) if authors else None,
            published=best_date([date for source in sources for date in source["dates"]]),
            arxiv_id=arxiv_id,
            doi=doi,
            # Some sites write relative links; resolve them against the page.
            url=_absolute(url, page.canonical or page.og_url) or clean_text(url),
            pdf_url=_absolute(url, merged["pdf_url"]),
        )
    ]


def _highwire(page: Page) -> dict[str, Any]:
    authors = page.every("citation_author")
    if not authors and (joined := page.first("citation_authors")):
        authors = joined.split(";")  # the old single-tag form, "Last, First; Last, First"
    found = split_arxiv_id(page.first("citation_arxiv_id"))
    return {
        "title": page.first("citation_title"),
        "authors": _names(authors),
        "abstract": fragment_text(page.first("citation_abstract")),
        "dates": _dates(page, "citation_publication_date", "citation_date", "citation_online_date"),
        "doi": normalise_doi(page.first("citation_doi")),
        "pdf_url": _pdf_url(page.first("citation_pdf_url")),
        "arxiv_id": found[0] if found else None,
    }


def _dublin_core(page: Page) -> dict[str, Any]:
    doi = next(
        (
            doi
            for value in page.every("dc.identifier", "dcterms.identifier", "prism.doi")
            if (doi := normalise_doi(value))
        ),
        None,
    )
    return {
        "title": page.first("dc.title", "dcterms.title"),
        "authors": _names(page.every("dc.creator", "dcterms.creator", "dc.contributor")),
        "abstract": fragment_text(page.first("dcterms.abstract", "dc.description")),
        "dates": _dates(page, "dc.date", "dcterms.issued", "dcterms.date", "dcterms.created"),
        "doi": doi,
    }


def _open_graph(page: Page) -> dict[str, Any]:
    # og:description is left out on purpose: it is a teaser or a citation line ("Teven Le
    # Scao, Alexander Rush. Proceedings of …" on ACL), not an abstract.
    return {
        "title": _without_site_name(page.first("og:title"), page.first("og:site_name")),
        "dates": _dates(page, "article:published_time"),
    }


def _json_ld(article: dict[str, Any]) -> dict[str, Any]:
    doi = next(
        (
            doi
            for key in _DOI_KEYS
            for value in json_ld_strings(article.get(key))
            if (doi := normalise_doi(value))
        ),
        None,
    )
    dates = [
        partial_date(json_ld_text(article.get(key))) for key in ("datePublished", "dateCreated")
    ]
    return {
        "title": json_ld_text(article.get("headline")) or json_ld_text(article.get("name")),
        "authors": json_ld_authors(article.get("author")) if article else [],
        "abstract": fragment_text(
            json_ld_text(article.get("abstract") or article.get("description"))
        ),
        "dates": dates,
        "doi": doi,
    }


def _looks_scholarly(
    page: Page, article: dict[str, Any], doi: str | None, arxiv_id: str | None
) -> bool:
    # An og:title alone is any web page; a paper page says so with one of these.
    has_meta = any(key.startswith(("citation_", "dc.", "dcterms.", "prism.")) for key in page.meta)
    return bool(has_meta or article or doi or arxiv_id)


def _names(values: list[str]) -> list[str]:
    return [name for value in values if (name := display_name(value))]


def _dates(page: Page, *names: str) -> list[str | None]:
    return [partial_date(page.first(name)) for name in names]


def _pdf_url(value: str | None) -> str | None:
    # Semantic Scholar puts a DOI resolver link in citation_pdf_url; it is not a PDF.
    if not value or (normalise_doi(value) and "doi.org/" in value):
        return None
    return value


def _doi_in_meta_links(page: Page) -> str | None:
    for values in page.meta.values():
        for value in values:
            if "doi.org/10." in value and (doi := normalise_doi(value)):
                return doi
    return None


def _arxiv_id_from(url: str, page: Page) -> str | None:
    for candidate in (url, page.canonical, page.og_url):
        found = arxiv_id_from_url(candidate)
        if found:
            return found[0]
    return None


def _body_abstract(page: Page) -> str | None:
    for selector in _BODY_ABSTRACTS:
        node = page.tree.css_first(selector)
        if node is not None and (text := fragment_text(node_text(node))):
            return text
    return None


def _absolute(base: str, link: str | None) -> str | None:
    return urljoin(base or "", link) if link else None


def _without_site_name(title: str | None, site: str | None) -> str | None:
    if title and site:
        for separator in (" | ", " - ", " — "):
            if title.endswith(separator + site):
                return clean_text(title[: -len(separator + site)])
    return title
