"""What a paper's address says: the DOI a publisher's address names (/doi/10.…, SpringerLink's
/article/10.1007/…, a resolver's link, Nature's and SSRN's numbers), and whether it is the paper's PDF.
For a page with no DOI anywhere else, and for a capture with no page to read (a PDF in the browser).
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote, urljoin, urlparse, urlsplit

from ..identity import normalise_doi
from ..records import Paper
from .html_meta import Page

# A DOI as an address path holds it: /doi/10.…, /doi/abs/10.…, /doi/full/10.…, /doi/epdf/10.…, and
# SpringerLink's /article/10.1007/…, /chapter/…, /protocol/…, /rwe/… (a reference work's entry).
_DOI_PATH = re.compile(r"/(?:doi|article|chapter|protocol|rwe)/(?:[a-z]+/)?(10\.\d{4,9}/[^?#\s]+)")
# The view an address names after the DOI is no part of it: De Gruyter Brill's
# /document/doi/10.1515/9783110750584-011/html (and its /pdf and /xml), a /full or /abstract view.
_DOI_VIEW = re.compile(r"/(?:html|pdf|epdf|xml|epub|full|fulltext|abstract|summary)/?$", re.IGNORECASE)
# A Java servlet writes its session into an address as a path parameter (ASM Journals on Atypon:
# /doi/10.1128/…;jsessionid=8D15…): no part of the DOI, which may hold a semicolon of its own (a SICI's
# "3.0.CO;2-M"), so only that parameter is taken off.
_SESSION = re.compile(r";jsessionid=[^/?#;]*", re.IGNORECASE)
# A query parameter after the DOI that a query names as a path ("?urlTitle=/cdsr/doi/10.1002/….pub2&doi=…",
# the Cochrane Library's canonical address, 2019): the DOI ends where the next parameter starts.
_NEXT_PARAMETER = re.compile(r"&\w+=")

# A publisher's address names its paper's DOI beyond the /doi/ and /article/ paths:
# SpringerLink's PDF (/content/pdf/10.1007/….pdf), bioRxiv's and medRxiv's pages and PDFs
# (/content/10.1101/2020.03.22.002386v4.full.pdf: the version and view are no part of it),
# Frontiers' /articles/10.3389/…/pdf, PLOS's ?id=10.1371/… (its PDF too: /article/file?id=…),
# a resolver's own link; and Nature's /articles/<id> is DOI 10.1038/<id>, SSRN's abstract
# number N is DOI 10.2139/ssrn.N.
# A resolver's address, with its scheme or without ("//doi.org/10.…" in a page's link).
_RESOLVER = re.compile(r"^(?:https?:)?//(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)$", re.IGNORECASE)
_PDF_PATH = re.compile(r"/content/pdf/(10\.\d{4,9}/[^?#\s]+?)(?:\.pdf)?$")
_PREPRINT_PATH = re.compile(r"/content/(10\.1101/[\d.]+?)(?:v\d+)?(?:\.full(?:\.pdf)?|\.abstract)?/?$")
_ARTICLES_PATH = re.compile(r"/articles/(10\.\d{4,9}/[^?#\s]+?)(?:/(?:full|pdf|abstract))?/?$")
_DOI_PARAMETER = re.compile(r"[?&](?:id|doi)=(10\.\d{4,9}/[^&#\s]+)", re.IGNORECASE)
_NATURE_ARTICLE = re.compile(r"^https?://(?:www\.)?nature\.com/articles/([a-z0-9-]+?)(?:\.pdf)?$")
_SSRN = re.compile(r"^https?://(?:papers|ssrn)\.ssrn\.com/.*[?&]abstract_?id=(\d+)", re.IGNORECASE)


def resolved_doi(address: str) -> str | None:
    """The DOI a resolver's address names (https://doi.org/10.…, dx.doi.org, scheme-relative); None for
    any other address."""
    found = _RESOLVER.match(address.strip())
    return found.group(1) if found else None


def record_from_address(url: str) -> Paper | None:
    """What a publisher's address alone says, when its page gave nothing (a PDF in the
    browser's viewer, which a capture cannot read): the DOI it names, and the address as the
    paper's PDF when it is one. A later capture of the paper's page fills in the rest."""
    address = _SESSION.sub("", unquote(url.strip()).split("#", 1)[0])
    path = urlparse(address).path
    doi = None
    if found := (_RESOLVER.match(address) or _PDF_PATH.search(path) or _PREPRINT_PATH.search(path)
                 or _ARTICLES_PATH.search(path) or _DOI_PARAMETER.search(address)):
        doi = found.group(1)
    elif found := _NATURE_ARTICLE.match(address):
        doi = f"10.1038/{found.group(1)}"
    elif found := _SSRN.match(address):
        doi = f"10.2139/ssrn.{found.group(1)}"
    else:
        doi = doi_in_path(path)
    doi = normalise_doi(doi)
    if doi is None:
        return None
    lowered = address.lower()
    is_pdf = (path.lower().endswith((".pdf", "/pdf")) or "type=printable" in lowered
              or "delivery.cfm" in lowered or any(f"/{view}/" in lowered for view in ("pdf", "epdf")))
    # The address as given, but for the servlet's session (long over when the paper is read again).
    return Paper(doi=doi, pdf_url=_SESSION.sub("", url.strip()) if is_pdf else None)


def doi_in_address(url: str, page: Page) -> str | None:
    """The DOI in the page's own address, as Atypon-built sites (ACM, Wiley, T&F, SAGE…) write
    it: /doi/10.1145/…, /doi/abs/10.1145/…, /doi/full/…, and SpringerLink: /article/10.1007/…"""
    for address in (page.canonical, page.og_url, url):
        if doi := doi_in_path(address):
            return doi
    return None


def doi_in_path(address: str | None) -> str | None:
    """The DOI an address names after /doi/, /article/… (the view after it, or a file's .pdf,
    left out; a servlet's session too, written plain or encoded, "%3Bjsessionid%3D…")."""
    found = _DOI_PATH.search(_SESSION.sub("", address or ""))
    doi = _SESSION.sub("", unquote(found.group(1))) if found else None
    doi = _NEXT_PARAMETER.split(doi, maxsplit=1)[0] if doi else None
    return normalise_doi(_DOI_VIEW.sub("", doi).removesuffix(".pdf")) if doi else None


# A path dated by the day a news site put the story up (the Washington Post's /2013/05/15/…_story.html).
_DATED_PATH = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)")
# A permalink's dated folders, closed by a slash: /2011/12/08/<slug> (a blog's, a news site's).
_DATED_FOLDERS = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")


def day_its_folders_name(address: str) -> str | None:
    """The day an address's dated folders name, YYYY-MM-DD as written (not checked against the calendar);
    None where it has none."""
    found = _DATED_FOLDERS.search(address or "")
    return "-".join(found.groups()) if found else None


def address_days(page: Page) -> list[str]:
    """The day the page's own address (its canonical link, else og:url) is dated by, as a news site dates
    its stories' addresses; none where the path names no valid day."""
    for address in (page.canonical, page.og_url):
        if found := _DATED_PATH.search(urlparse(address or "").path):
            year, month, day = (int(part) for part in found.groups())
            try:
                return [date(year, month, day).isoformat()]
            except ValueError:
                return []
    return []


def a_root_address(href: str) -> bool:
    """Whether an address, read alone with no page to join it to, is a site's root: "/" or "https://host/",
    no query or fragment (a site's name linked over every page, a one-person site's home link)."""
    try:
        target = urlsplit(href.strip())
    except ValueError:
        return False
    return target.path in ("", "/") and not target.query and not target.fragment and bool(
        target.netloc or target.path)


def links_home(url: str, href: str | None) -> bool:
    """Whether a link on the page at `url` leads to its site's home page: the host's root, or the root's
    index file, with no query (a one-person site's logo, its navbar brand, its sidebar's name)."""
    if href is None:
        return False
    try:
        target, home = urlsplit(urljoin(url, href.strip())), urlsplit(url)
    except ValueError:
        return False
    path = target.path.removesuffix("index.html").removesuffix("index.htm").rstrip("/")
    return target.netloc == home.netloc and path == "" and not target.query


def link_path(href: str, base: str = "") -> str:
    """The path of a link's address; none for an address the page writes malformed, which urllib refuses
    ("http://[link to the pdf]/report.pdf", a template's placeholder left in: "Invalid IPv6 URL")."""
    try:
        return urlparse(urljoin(base, href) if base else href).path
    except ValueError:
        return ""
