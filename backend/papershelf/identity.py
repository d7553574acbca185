"""Paper identity: arXiv ids, DOIs, title fingerprints and the deterministic paper id.

Two records are the same paper when they share an arXiv id (any version), a DOI
(case-insensitive) or a title fingerprint, unless their arXiv ids or DOIs disagree. A page
the reader kept as a web page is known by its address instead of its title.
Paper ids are derived from the strongest key a record has when it is first stored,
so two machines storing the same record independently choose the same id.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from urllib.parse import SplitResult, quote, unquote, urlsplit

from .records import WEB_PAGE, Paper

# Letters and digits are exactly what str.isalnum accepts; \W excludes them but keeps "_".
_NOT_ALNUM = re.compile(r"[\W_]+")
_ASCII_NOT_ALNUM = bytes(byte for byte in range(128) if not chr(byte).isalnum())
# New-style ids (0704.0001 onwards, 5-digit since 1501) and old-style archive/YYMMNNN ids.
_NEW_ID = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v(\d+))?(?![\d])")
_OLD_ID = re.compile(r"(?<![\w-])([a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7})(?:v(\d+))?(?!\d)")
_DOI = re.compile(r"10\.\d{4,9}/\S+", re.IGNORECASE)
_ARXIV_HOSTS = {"arxiv.org", "export.arxiv.org", "www.arxiv.org"}
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.IGNORECASE)



def abs_page(arxiv_id: str) -> str:
    """arXiv's abstract page of a paper."""
    return f"https://arxiv.org/abs/{quote(arxiv_id, safe='/.')}"


def doi_address(doi: str) -> str:
    """Where a DOI resolves."""
    return f"https://doi.org/{quote(doi, safe='/')}"

# Characters that never show and are no part of a text's words: direction marks, embeddings
# and isolates (a right-to-left title in a meta tag comes wrapped in them), the zero-width
# space, the word joiner, the byte order mark and the soft hyphen. The zero-width joiner and
# non-joiner stay: Persian words, Indic scripts and emoji are written with them.
# A character class, not str.translate: a translate table is looked up character by character,
# a fifth of all normalising on pages with long non-ASCII text.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
# The C0 control characters that are no whitespace (and DEL): a browser shows nothing for them, so they are
# no part of a title a reader sees (a BibTeX import that read "\\emph" as the escape "\\e" left an ESC in a
# paper page's h1, Neander M Heming's Wowchemy site, 2024). \t \n \v \f \r and \x1c-\x1f are whitespace to
# str.split, which collapses them.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f]")


def clean_text(value: str | None) -> str | None:
    """Collapse whitespace (a lone ideographic space kept), drop what never shows (invisible marks, control
    characters), decode HTML entities, NFC; empty becomes None."""
    if value is None:
        return None
    if "&" in value:
        value = html.unescape(value)
    ascii_only = value.isascii()
    if not ascii_only:
        value = _INVISIBLE.sub("", value)
        value = _collapse_keeping_ideographic(value) if _IDEOGRAPHIC in value else " ".join(value.split())
    else:
        if not value.isprintable():  # a C scan; nearly every value is printable and skips the search
            value = _CONTROLS.sub("", value)
        if _untidy_ascii(value):
            value = _collapse_ascii(value)
    if not value:
        return None
    return value if ascii_only else unicodedata.normalize("NFC", value)


# A lone ideographic space (U+3000) between words is a mark of the text, not a gap: Japanese headlines set
# their parts apart with it as a comma would (the Chunichi Shimbun's, 2025: "南海トラフ、一時調査　巨大地震、
# 基準達せず"). Any other run of whitespace, or one it is part of, collapses to one space as elsewhere.
_IDEOGRAPHIC = "\u3000"
_WHITESPACE_RUN = re.compile(r"\s+")


def _collapse_keeping_ideographic(value: str) -> str:
    collapsed = _WHITESPACE_RUN.sub(lambda run: run.group() if run.group() == _IDEOGRAPHIC else " ", value)
    return collapsed.strip()


def _untidy_ascii(value: str) -> bool:
    """Whether ASCII text has whitespace other than single inner spaces (cheaper than splitting)."""
    return (  # spelt out, not any() over the characters: a generator cost more than the scans
        value[:1] == " " or value[-1:] == " " or "  " in value
        or "\t" in value or "\n" in value or "\r" in value or "\x0b" in value or "\x0c" in value
    )


def _collapse_ascii(value: str) -> str:
    """`" ".join(value.split())` of ASCII text. Text whose only untidiness is line breaks
    and its ends (arXiv's abstracts, wrapped at 80 columns) is a quarter of the cost."""
    joined = value.replace("\n", " ").strip()
    if ("  " in joined or "\t" in joined or "\r" in joined or "\x0b" in joined or "\x0c" in joined
            or "\x1c" in joined or "\x1d" in joined or "\x1e" in joined or "\x1f" in joined):
        return " ".join(joined.split())  # str.split's ASCII whitespace: these and space
    return joined


def title_fingerprint(title: str | None) -> str | None:
    """NFKC, casefold, letters and digits only."""
    if not title:
        return None
    if title.isascii():  # NFKC keeps ASCII, casefold is lower, and deleting bytes costs a
        # seventh of the regex: every record of an import takes this path
        return title.lower().encode().translate(None, _ASCII_NOT_ALNUM).decode() or None
    folded = unicodedata.normalize("NFKC", title).casefold()
    return _NOT_ALNUM.sub("", folded) or None


# Marks a fingerprint made of an address: a title's fingerprint has letters and digits only.
_ADDRESS = "url:"


def _split_url(url: str | None) -> SplitResult | None:
    """A URL's parts; None for none, or one urllib refuses (http://[link)."""
    if not url:
        return None
    try:
        return urlsplit(url.strip())
    except ValueError:
        return None


def address_key(url: str | None) -> str | None:
    """The form two addresses of one page are compared in: the scheme, "www.", a trailing
    slash and the fragment make no other page; the query may (?p=12)."""
    parts = _split_url(url)
    if parts is None or not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}"


# The fields match_fingerprint reads, in its order: what a stored record's values give it.
MATCH_FIELDS = ("title", "url", "item_type")


def match_fingerprint(title: str | None, url: str | None = None,
                      item_type: str | None = None) -> str | None:
    """What a record without an arXiv id or DOI is known by: its title's fingerprint; a web
    page's, its address's (two sites' pages kept as "Home" are two pages, and one page kept
    again under another title is the page it was)."""
    if item_type == WEB_PAGE and (address := address_key(url)):
        return _ADDRESS + address
    return title_fingerprint(title)


def record_fingerprint(paper: Paper) -> str | None:
    return match_fingerprint(paper.title, paper.url, paper.item_type)


def fingerprint_key(fingerprint: str | None) -> int | None:
    """64 bits of the fingerprint's sha256, as a signed SQLite integer (a compact index key)."""
    if not fingerprint:
        return None
    return int.from_bytes(hashlib.sha256(fingerprint.encode()).digest()[:8], "big", signed=True)


def split_arxiv_id(value: str | None) -> tuple[str, int | None] | None:
    """`2505.14536v2` -> ("2505.14536", 2); `arXiv:hep-th/9711200` -> ("hep-th/9711200", None)."""
    if not value:
        return None
    text = value.strip()
    if text.lower().startswith("arxiv:"):
        text = text[6:].strip()
    match = _NEW_ID.fullmatch(text) or _OLD_ID.fullmatch(text)
    if not match:
        return None
    # A version no real paper has (v99999999999999999999) is no version: it could not be stored.
    version = int(match.group(2)) if match.group(2) and len(match.group(2)) <= 6 else None
    return match.group(1), version


def arxiv_id_from_url(url: str | None) -> tuple[str, int | None] | None:
    """The arXiv id a URL is about: arxiv.org abs/pdf/html pages and huggingface.co/papers pages."""
    parts = _split_url(url)
    if parts is None:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = unquote(parts.path)
    if host in _ARXIV_HOSTS or host == "alphaxiv.org":
        for prefix in ("/abs/", "/pdf/", "/html/", "/format/", "/ps/"):
            if path.startswith(prefix):
                rest = path[len(prefix) :].removesuffix(".pdf").rstrip("/")
                if prefix == "/html/" and (in_html := arxiv_html_file(rest)):
                    return in_html[0]
                return split_arxiv_id(rest)
        return None
    if host in ("huggingface.co", "hf.co") and path.startswith("/papers/"):
        rest = path[len("/papers/") :].rstrip("/").removesuffix(".md")
        return split_arxiv_id(rest)
    return None


def arxiv_html_file(rest: str) -> tuple[tuple[str, int | None], str] | None:
    """The paper and the file of an address under arxiv.org/html/ that names a file after the id:
    `cs/9904010v1/report.htm` -> (("cs/9904010", 1), "report.htm"). A paper submitted as HTML is
    served as its own files there, and an old-style id has a slash of its own, so the id is the first
    path segment or the first two."""
    segments = rest.split("/", 3)
    for count in (1, 2):
        if len(segments) <= count or not segments[count]:
            continue
        if found := split_arxiv_id("/".join(segments[:count])):
            return found, "/".join(segments[count:])
    return None


def normalise_doi(value: str | None) -> str | None:
    """A DOI without resolver prefix, case kept: `https://doi.org/10.1/ABC` -> `10.1/ABC`.
    DOIs are case-insensitive: identity compares them with `doi_key`."""
    if not value:
        return None
    match = _DOI.search(unquote(value.strip()))
    if not match:
        return None
    return _without_unopened_closers(match.group(0).rstrip(".,;"))


# A DOI read from text in brackets takes the closing one with it ("[DOI: 10.1126/scisignal.2004518]",
# "(doi:10.1/x)."); one a DOI opens itself is its own: 10.1002/(SICI)1097-4636(199603)30:3<287::…>3.0.CO;2-M.
_CLOSERS = {")": "(", "]": "[", "}": "{", ">": "<"}


def _without_unopened_closers(doi: str) -> str:
    """A DOI without the closing brackets (and the punctuation before them) that close nothing it opens."""
    while doi and (opener := _CLOSERS.get(doi[-1])) and doi.count(opener) < doi.count(doi[-1]):
        doi = doi[:-1].rstrip(".,;")
    return doi


def doi_key(doi: str | None) -> str | None:
    """The form two DOIs are compared in (ASCII case folded, as SQLite's NOCASE does)."""
    return doi.lower() if doi else None


def arxiv_id_from_doi(doi: str | None) -> str | None:
    """arXiv's own DOIs (10.48550/arXiv.ID) name the arXiv id."""
    if not doi:
        return None
    match = _ARXIV_DOI.match(doi)
    if not match:
        return None
    found = split_arxiv_id(match.group(1))
    return found[0] if found else None


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def identity_key(paper: Paper, fingerprint: str | None = None) -> str | None:
    """The strongest identity key of a record: arXiv id, then DOI, then title fingerprint
    (a web page's address)."""
    if paper.arxiv_id:
        return f"arxiv:{paper.arxiv_id}"
    if paper.doi:
        return f"doi:{doi_key(paper.doi)}"
    fingerprint = fingerprint or record_fingerprint(paper)
    if fingerprint:
        return fingerprint if fingerprint.startswith(_ADDRESS) else f"title:{fingerprint}"
    return None


def has_identity(paper: Paper) -> bool:
    """Whether a record can be told apart from others (`paper_id` has a key): an arXiv id, a
    DOI, or a title with a letter or digit in it ("???" or "·" is no title to know it by). A
    web page is known by its address but shown by its title: it needs both."""
    if paper.item_type == WEB_PAGE and not (paper.arxiv_id or paper.doi) \
            and title_fingerprint(paper.title) is None:
        return False
    return identity_key(paper) is not None


def paper_id(paper: Paper, fingerprint: str | None = None) -> str:
    """A deterministic id: 16 hex digits of sha256 of the strongest identity key."""
    key = identity_key(paper, fingerprint)
    if key is None:
        raise ValueError("a paper needs a title, an arXiv id or a DOI")
    return _digest(key)
