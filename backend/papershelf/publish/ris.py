"""RIS for papers: what EndNote, Mendeley, Zotero, Citavi, RefWorks and Papers all import.

Used by `papershelf export --format ris` and by Datasette's `.ris` output renderer. A tag's
value is one line: RIS reads a line that opens with a tag (`ER  - `) as the tag, so every
value has its whitespace collapsed to single spaces.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..identity import abs_page
from .bibtex import citation_keys, work_kind
from .person_names import name_parts


def _one_line(text: str) -> str:
    return " ".join(text.split())


# RIS's names of a work_kind: ELEC is its web page, GEN its generic work (RIS has no preprint).
_TYPES = {"web_page": "ELEC", "proceedings": "CPAPER", "journal": "JOUR", "other": "GEN"}


def _author(display: str) -> str:
    """RIS names are `Family, Given[, Suffix]`; an organisation stays as written, and so does a
    name a source stored with its commas (`Smith, Jr., John`): it is in that order already."""
    parts = name_parts(display)
    if parts.literal or "," in display:
        return parts.literal or display
    return ", ".join(part for part in (parts.family, parts.given, parts.suffix) if part)


def _date(published: str) -> list[tuple[str, str]]:
    """`PY` the year; `DA` as RIS writes a date, `2017/06/12/`, its unknown parts empty."""
    parts = published.split("-")[:3]
    if not (parts[0].isascii() and parts[0].isdigit() and len(parts[0]) == 4):
        return []
    return [("PY", parts[0]), ("DA", "/".join([*parts, *[""] * (3 - len(parts))]) + "/")]


def record(paper: dict, key: str) -> str:
    """One RIS record for a paper (a dict with the papers columns, JSON columns decoded)."""
    arxiv_id = paper.get("arxiv_id")
    fields = [("TY", _TYPES[work_kind(paper)]), ("ID", key)]
    if paper.get("title"):
        fields.append(("TI", paper["title"]))
    fields += [("AU", _author(name)) for name in paper.get("authors") or []]
    fields += _date(paper.get("published") or "")
    if paper.get("venue"):
        fields.append(("T2", paper["venue"]))
    if paper.get("abstract"):
        fields.append(("AB", paper["abstract"]))
    if paper.get("doi"):
        fields.append(("DO", paper["doi"]))
    # The paper's own address first; an arXiv paper's abstract page besides it, so that a
    # reader of the file that knows arXiv's addresses finds the id.
    addresses = [paper.get("url"), abs_page(arxiv_id) if arxiv_id else None]
    fields += [("UR", url) for url in dict.fromkeys(filter(None, addresses))]
    # No notes: RIS's N1 is read back as notes, so a file imported into the library it came
    # from would add a second copy of each (as BibTeX's export, which writes none either).
    fields += [("KW", tag) for tag in paper.get("tags") or []]
    lines = [f"{tag}  - {line}" for tag, value in fields if (line := _one_line(str(value)))]
    return "\n".join([*lines, "ER  - "]) + "\n"


def to_ris(papers: Iterable[dict]) -> str:
    """RIS records, a blank line between them, keyed as the BibTeX export keys them."""
    papers = list(papers)
    keys = citation_keys(papers)
    return "\n".join(record(paper, keys[paper["id"]]) for paper in papers)
