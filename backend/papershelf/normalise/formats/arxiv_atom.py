"""arXiv's export API answer (`export.arxiv.org/api/query`): an Atom feed, one `<entry>` per
paper with its versioned abs address as `<id>`, the first version's time as `<published>`,
`<title>`, `<summary>` (the abstract, hard-wrapped), `<author><name>`, and arXiv's own
`arxiv:doi` and `arxiv:primary_category`. What `papershelf add` fetches for an arXiv id, and a
saved answer imports as a file."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from ...identity import arxiv_id_from_url, clean_text, normalise_doi
from ...records import ImportedRecord, Paper, RecordProblem
from ..arxiv import abs_url, pdf_url
from .common import NotTheFormat, date_of

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
# An id arXiv cannot read comes back as an entry of this address, its summary the reason.
ERRORS = "http://arxiv.org/api/errors"
# No entity is expanded and nothing is fetched: a hostile file's entities stay text.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def is_arxiv_atom(head: str) -> bool:
    window = head[:4096]
    return "<feed" in window and "http://www.w3.org/2005/Atom" in window and "arxiv.org" in window


def _text(entry, path: str) -> str | None:
    node = entry.find(path)
    return clean_text("".join(node.itertext())) if node is not None else None


def entry_record(entry) -> ImportedRecord | RecordProblem:
    line = entry.sourceline or 0
    address = _text(entry, f"{ATOM}id") or ""
    if address.startswith(ERRORS):
        return RecordProblem(line, f"arXiv answered an error: {_text(entry, f'{ATOM}summary') or address}")
    found = arxiv_id_from_url(address)
    if found is None:
        return RecordProblem(line, f"entry {address[:80]!r} is not an arXiv paper's address")
    arxiv_id, version = found
    authors = [name for node in entry.iterfind(f"{ATOM}author")
               if (name := _text(node, f"{ATOM}name"))] or None
    dois = (_text(entry, f"{ARXIV}doi") or "").split()
    category = entry.find(f"{ARXIV}primary_category")
    paper = Paper(
        title=_text(entry, f"{ATOM}title"),
        abstract=_text(entry, f"{ATOM}summary"),
        authors=authors,
        authors_count=len(authors) if authors else None,
        published=date_of(_text(entry, f"{ATOM}published")),
        arxiv_id=arxiv_id,
        arxiv_version=version,
        primary_category=clean_text(category.get("term")) if category is not None else None,
        doi=normalise_doi(dois[0]) if dois else None,
        url=abs_url(arxiv_id),
        pdf_url=pdf_url(arxiv_id),
    )
    return ImportedRecord(paper=paper, line=line, key=f"arXiv:{arxiv_id}")


def parse_arxiv_atom(text: str) -> Iterator[ImportedRecord | RecordProblem]:
    """The feed's entries, each known by the line it starts on."""
    try:
        feed = etree.fromstring(text.encode("utf-8"), _PARSER)
    except etree.XMLSyntaxError as error:
        raise NotTheFormat(f"not well-formed XML ({error})") from None
    if feed.tag != f"{ATOM}feed":
        raise NotTheFormat("not an Atom feed")
    for entry in feed.iterfind(f"{ATOM}entry"):
        yield entry_record(entry)
