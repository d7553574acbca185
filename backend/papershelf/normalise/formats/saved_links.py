"""Read-later exports (Pocket's CSV, Omnivore's zip): which saved links are papers, and what
a link alone says about its paper."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ...identity import clean_text
from ...records import Paper
from ..sites import SITES
from .common import from_url

# Where papers live besides the publisher layouts of sites.py: preprint servers,
# proceedings, indexes. A saved link elsewhere is an article, not a paper, and is skipped.
_SCHOLARLY_HOSTS = frozenset({
    "aclanthology.org", "biorxiv.org", "medrxiv.org", "chemrxiv.org", "ssrn.com",
    "papers.ssrn.com", "openreview.net", "proceedings.neurips.cc", "papers.nips.cc",
    "proceedings.mlr.press", "jmlr.org", "openaccess.thecvf.com", "dl.acm.org",
    "semanticscholar.org", "www.semanticscholar.org", "pubmed.ncbi.nlm.nih.gov",
    "ncbi.nlm.nih.gov", "www.ncbi.nlm.nih.gov", "nature.com", "www.nature.com", "science.org",
    "www.science.org", "jstor.org", "www.jstor.org", "zenodo.org", "hal.science",
    "researchgate.net", "www.researchgate.net", "plos.org", "journals.plos.org", "pnas.org",
    "www.pnas.org", "academic.oup.com", "cell.com", "www.cell.com", "mdpi.com", "www.mdpi.com",
    "osf.io", "paperswithcode.com", "scholar.archive.org", "europepmc.org",
    *(host for site in SITES for host in site.hosts),
})
_ARXIV_TITLE = re.compile(r"^\[[^\]]+\]\s*")


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def is_scholarly(url: str) -> bool:
    host = _host(url)
    return host in _SCHOLARLY_HOSTS or host.removeprefix("www.") in _SCHOLARLY_HOSTS


def link_paper(url: str | None, title: str | None) -> Paper | None:
    """A saved link as a paper (an arXiv, DOI or scholarly URL), or None for any other link.
    The saved title is the page's title: for an arXiv page, `[2505.14536] Title`."""
    url = clean_text(url)
    if not url:
        return None
    paper = from_url(url)
    if not (paper.arxiv_id or paper.doi or is_scholarly(url)):
        return None
    title = clean_text(title)
    if title and title != url:
        paper.title = clean_text(_ARXIV_TITLE.sub("", title)) if paper.arxiv_id else title
    return paper
