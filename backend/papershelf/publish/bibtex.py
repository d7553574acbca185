"""BibTeX for papers: stable citation keys, arXiv eprint fields, escaped specials.

Used by `papershelf export --format bibtex` and by Datasette's `.bib` output renderer,
so both give the same entry for the same paper.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from ..identity import abs_page
from ..records import WEB_PAGE, more_authors_than_listed
from .person_names import name_parts

# Words that never make a useful key ("the2017attention" tells nobody anything).
_STOPWORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "is", "it",
    "of", "on", "or", "the", "to", "towards", "via", "what", "when", "where", "which", "who",
    "why", "with", "without",
))
_SPECIALS = {
    # BibTeX counts braces even after a backslash, so \{ would unbalance a field.
    "\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
    "%": r"\%", "&": r"\&", "$": r"\$",
    "#": r"\#", "_": r"\_", "^": r"\^{}", "~": r"\~{}",
}
_SPECIAL_RE = re.compile("|".join(re.escape(c) for c in _SPECIALS))
# TeX joins "--" into a dash and "``" or "''" into a quote; "-{}-" keeps the two characters.
_LIGATURE_RE = re.compile(r"([-`'])(?=\1)")
_VERBATIM_RE = re.compile(r"[\\{} \t\n\r\f\v]")
# A citation key is made of these; an id made of anything else is hashed for its digits.
_KEY_SAFE = re.compile(r"[0-9a-z]+")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Old-style arXiv ids carry their archive (hep-th/9711200, math.GT/0309136); new-style do not.
_OLD_ARXIV = re.compile(r"^([a-z-]+(?:\.[A-Z]{2})?)/\d{7}$")
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.", re.IGNORECASE)
# A venue that is a meeting's: its papers are @inproceedings (CSL's paper-conference).
_MEETING = re.compile(r"\b(?:proceedings|conference|workshop|symposium|meeting|congress|colloquium)\b",
                      re.IGNORECASE)


def escape(text: str) -> str:
    """Escape the characters BibTeX/LaTeX treat specially; whitespace collapsed to one line."""
    escaped = _SPECIAL_RE.sub(lambda m: _SPECIALS[m.group(0)], " ".join(text.split()))
    return _LIGATURE_RE.sub(r"\1{}", escaped)


def _verbatim(text: str) -> str:
    """URLs and DOIs are read verbatim by biblatex: only braces, backslashes and whitespace
    would break the entry (or start a line another tool reads as an entry), so those are
    percent-encoded instead of LaTeX-escaped."""
    return _VERBATIM_RE.sub(lambda m: f"%{ord(m.group(0)):02X}", text)


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", folded.encode("ascii", "ignore").decode().lower())


# A key's surname and word are cut to this: a title that is one long word (a web page kept by
# its address) made a key, and a Markdown file's name, longer than a file system allows.
_KEY_PART = 24


def base_key(paper: dict) -> str:
    """`vaswani2017attention`: first author's surname, year, first meaningful title word."""
    authors = paper.get("authors") or []
    surname = _ascii_word(authors[0].split()[-1]) if authors and authors[0].split() else ""
    published = paper.get("published") or ""
    year = published[:4] if published[:4].isdigit() else "nd"
    words = [_ascii_word(w) for w in (paper.get("title") or "").split()]
    word = next((w for w in words if w and w not in _STOPWORDS), "")
    return f"{surname[:_KEY_PART] or 'anon'}{year}{word[:_KEY_PART] or _ascii_word(paper['id'])[:6]}"


def citation_keys(papers: Iterable[dict]) -> dict[str, str]:
    """Keys by paper id. A key depends only on its paper, unless papers in the same
    export share one: then each of them gets as many of its id's digits appended as
    it takes to tell them apart (ids are unique, so that always ends)."""
    keys = {p["id"]: base_key(p) for p in papers}
    by_key: dict[str, list[str]] = {}
    for pid, key in keys.items():
        by_key.setdefault(key, []).append(pid)
    for key, ids in by_key.items():
        if len(ids) > 1:
            # Ids are 16 hex digits; one from elsewhere (a peer) may hold anything, and
            # it must not reach the key, where it could close the entry.
            digits_of = {pid: pid if _KEY_SAFE.fullmatch(pid) else _hex_of(pid) for pid in ids}
            digits, longest = 4, max(map(len, digits_of.values()))
            while digits < longest and len({d[:digits] for d in digits_of.values()}) < len(ids):
                digits += 1
            for pid in ids:
                keys[pid] = f"{key}{digits_of[pid][:digits]}"
    return keys


def _hex_of(pid: str) -> str:
    return hashlib.sha256(pid.encode("utf-8", "surrogatepass")).hexdigest()


def _author_field(authors: list[str], others: bool = False) -> str:
    """BibTeX's name list; `others`: it names some of the authors only ("and others")."""
    names = []
    for shown in authors:
        parts = name_parts(shown)
        name = escape(shown)
        if parts.suffix:  # BibTeX's own form for a suffix: "Doe, Jr., John"
            name = ", ".join(escape(part) for part in (parts.family, parts.suffix, parts.given))
        # An organisation, a comma or a bare "and" inside a name would be read as name
        # syntax: braces make BibTeX take the name as one literal.
        elif (parts.literal and " " in shown) or "," in name or re.search(r"\band\b", name, re.IGNORECASE):
            name = "{" + name + "}"
        names.append(name)
    return " and ".join([*names, "others"] if others else names)


def entry(paper: dict, key: str) -> str:
    """One BibTeX entry for a paper (a dict with the papers columns, JSON columns decoded)."""
    arxiv_id, doi = paper.get("arxiv_id"), paper.get("doi")
    fields: list[tuple[str, str]] = []
    if paper.get("title"):
        fields.append(("title", escape(paper["title"])))
    if paper.get("authors"):
        # A paper given without its count (not a papers row) is taken as named whole.
        others = "authors_count" in paper and more_authors_than_listed(paper["authors"],
                                                                       paper["authors_count"])
        fields.append(("author", _author_field(paper["authors"], others)))
    # Every value is escaped (or percent-encoded, _verbatim): a page or a peer's sync
    # change may hold "}, title = {…" in any column.
    published = paper.get("published") or ""
    if published[:4].isascii() and published[:4].isdigit():
        fields.append(("year", escape(published[:4])))
        if _ISO_DATE.fullmatch(published[:10]):
            fields.append(("date", escape(published[:10])))
        elif _ISO_MONTH.fullmatch(published[:7]) and 1 <= int(published[5:7]) <= 12:
            # A month is all the date some papers have: kept, so a re-import loses nothing.
            fields.append(("month", _MONTHS[int(published[5:7]) - 1]))
    if arxiv_id:
        fields.append(("eprint", _verbatim(arxiv_id)))
        fields.append(("archivePrefix", "arXiv"))
        primary = paper.get("primary_category")
        if not primary and (match := _OLD_ARXIV.match(arxiv_id)):
            primary = match.group(1)
        if primary:
            fields.append(("primaryClass", escape(primary)))
    if doi:
        fields.append(("doi", _verbatim(doi)))
    url = paper.get("url") or (abs_page(arxiv_id) if arxiv_id else None)
    if url:
        fields.append(("url", _verbatim(url)))
    if paper.get("abstract"):
        fields.append(("abstract", escape(paper["abstract"])))
    if paper.get("tags"):
        fields.append(("keywords", escape(", ".join(paper["tags"]))))
    kind, venue = work_kind(paper), paper.get("venue")
    if kind in ("proceedings", "journal") and isinstance(venue, str) and venue:
        fields.insert(_after_authors(fields), ("booktitle" if kind == "proceedings" else "journal",
                                               escape(venue)))
    kind = _ENTRY_TYPES[kind]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{key},\n{body}\n}}\n"


# What a work_kind is called in BibTeX: biblatex's @online is a web page (BibTeX's styles print
# it as a misc).
_ENTRY_TYPES = {"web_page": "online", "proceedings": "inproceedings", "journal": "article",
                "other": "misc"}


def work_kind(paper: dict) -> str:
    """What a paper is, which each export says in its own words: a web page, a paper in a
    meeting's proceedings (its venue names a meeting), a journal's article (a venue, or a DOI
    that is no preprint's), or another work (a preprint, a paper known by its title alone)."""
    if paper.get("item_type") == WEB_PAGE:
        return "web_page"
    if isinstance(venue := paper.get("venue"), str) and venue:
        return "proceedings" if _MEETING.search(venue) else "journal"
    doi = paper.get("doi")
    return "journal" if doi and not _ARXIV_DOI.match(doi) and not paper.get("arxiv_id") else "other"


def _after_authors(fields: list[tuple[str, str]]) -> int:
    return sum(1 for name, _ in fields if name in ("title", "author"))


def to_bibtex(papers: Iterable[dict]) -> str:
    papers = list(papers)
    keys = citation_keys(papers)
    return "\n".join(entry(p, keys[p["id"]]) for p in papers)
