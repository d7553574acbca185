"""The papers a reader names: a paper's id, an arXiv id, a PubMed id or a DOI as `papershelf add` reads them,
or the address of a page the library has. Read without the importer or the normalisers, so that the
commands naming papers (`papershelf show`, `mark`, `note`, `remove`) start without importing them."""

from __future__ import annotations

import re
from typing import Literal, NamedTuple
from urllib.parse import urlsplit

from .identity import arxiv_id_from_doi, arxiv_id_from_url, normalise_doi, split_arxiv_id
from .store.queries import PaperView, get_paper, lookup_url

_PMID = re.compile(r"(?i)(?:pmid:?\s*)?(\d{1,9})")
_PUBMED_HOSTS = ("pubmed.ncbi.nlm.nih.gov", "www.ncbi.nlm.nih.gov")


class Identifier(NamedTuple):
    kind: Literal["arxiv", "pmid", "doi"]
    value: str  # the versionless arXiv id, the PubMed id, or the DOI
    given: str  # as the reader typed it, for the lines that name it


def read_identifier(text: str) -> Identifier | None:
    """An arXiv id (`1706.03762`, `arXiv:1706.03762v7`, `hep-th/9711200`, an abs, PDF, HTML or
    Hugging Face page's address, arXiv's own DOI `10.48550/arXiv.…`), a PubMed id (`16403221`,
    `PMID: 16403221`, a PubMed page's address) or a DOI (`10.…/…`, `doi:10.…`, a doi.org
    address); None for anything else."""
    given = text.strip()
    if found := split_arxiv_id(given) or arxiv_id_from_url(given):
        return Identifier("arxiv", found[0], given)
    if pmid := _pmid(given):
        return Identifier("pmid", pmid, given)
    doi = normalise_doi(given[4:] if given.lower().startswith("doi:") else given)
    if doi is None or not doi.startswith("10."):
        return None
    if arxiv_id := arxiv_id_from_doi(doi):
        return Identifier("arxiv", arxiv_id, given)
    return Identifier("doi", doi, given)


# Where each kind of identifier's paper would have been saved from: lookup_url finds a paper by
# the arXiv id or DOI such an address carries, a PubMed paper by the address `add` gave it.
_ADDRESS_OF = {"arxiv": "https://arxiv.org/abs/{}", "doi": "https://doi.org/{}",
               "pmid": "https://pubmed.ncbi.nlm.nih.gov/{}/"}


def papers_named(db, given: str) -> list[PaperView]:
    """The library's papers that `given` names: a paper's id, an arXiv id, PubMed id or DOI as
    `add` reads them, or the address of a page the library has (a listing's names several)."""
    given = given.strip()
    if paper := get_paper(db, given):
        return [paper]
    if identifier := read_identifier(given):
        return lookup_url(db, _ADDRESS_OF[identifier.kind].format(identifier.value))
    if urlsplit(given).scheme in ("http", "https"):
        return lookup_url(db, given)
    return []


def _pmid(given: str) -> str | None:
    parts = urlsplit(given)
    if parts.scheme in ("http", "https"):
        path = parts.path.removeprefix("/pubmed").strip("/")
        return path if parts.hostname in _PUBMED_HOSTS and path.isdigit() else None
    found = _PMID.fullmatch(given)
    return str(int(found.group(1))) if found and int(found.group(1)) > 0 else None
