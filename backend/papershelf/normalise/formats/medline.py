"""PubMed's MEDLINE text: the `.nbib` file of "Send to: Citation manager" and the MEDLINE
format of "Save". A record starts at `PMID- `; each line is a tag of up to four letters
padded to four, `- ` and its value, which runs on over lines indented by six spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...identity import clean_text, has_identity
from ...records import ImportedRecord, Paper, RecordProblem
from ..names import display_names
from ..venues import venue_name
from .common import clean_tags, date_of, iso_date, with_identity
from .tagged import TaggedRecord, joined_values, records_and_problems, values_by_tag

_TAGGED = re.compile(r"([A-Z][A-Z0-9]{0,3}) *-(?: (.*))?")
_START = re.compile(r"PMID- ")
_COMPACT = re.compile(r"(\d{4})(\d\d)(\d\d)")  # DEP, the electronic publication: 20060110
# The history dates (PHST) that say the paper appeared: not received, accepted or indexed.
_APPEARED = ("[aheadofprint]", "[epublish]")
PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{}/"


def is_medline(first_line: str) -> bool:
    return bool(_START.match(first_line))


def _records(text: str) -> Iterator[TaggedRecord | RecordProblem]:
    """Each record's (first line, its tags and values in order), a value's further lines
    joined by spaces; a line that is neither a tag nor indented is a problem."""
    fields: list[tuple[str, list[str]]] = []  # each value's lines, joined once (linear)
    start = 0
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not line.strip():
            continue
        if _START.match(line):
            if fields:
                yield start, joined_values(fields, " ")
            fields, start = [], number
        if line[:1].isspace() and fields:
            fields[-1][1].append(line.strip())
            continue
        tagged = _TAGGED.fullmatch(line.rstrip())
        if tagged is None or not (fields or _START.match(line)):
            yield RecordProblem(number, "not a MEDLINE line (a tag such as `TI  - ` and its value)")
            continue
        fields.append((tagged[1], [(tagged[2] or "").strip()]))
    if fields:
        yield start, joined_values(fields, " ")



def _published(values: dict[str, list[str]]) -> str | None:
    """When the paper first appeared: the earliest full date of its publication (DP), its
    electronic publication (DEP) and its history's ahead-of-print or e-publication dates;
    else the publication date as precise as it is written (`2006`, `2006 Mar`)."""
    found = [iso_date(*match.groups()) for value in values.get("DEP", [])
             if (match := _COMPACT.fullmatch(value))]
    found += [date_of(value.split(" [")[0].replace("/", "-")) for value in values.get("PHST", [])
              if value.endswith(_APPEARED)]
    issue = date_of(values["DP"][0]) if values.get("DP") else None
    full = [date for date in [*found, issue] if date and len(date) == 10]
    return min(full) if full else issue


def _doi(values: dict[str, list[str]]) -> str | None:
    for value in [*values.get("LID", []), *values.get("AID", [])]:
        if value.endswith("[doi]"):
            return value.removesuffix("[doi]").strip()
    return None


def record_of(fields: list[tuple[str, str]], line: int) -> ImportedRecord | RecordProblem:
    values = values_by_tag(fields)
    pmid = values["PMID"][0]
    # Full names (FAU) and groups (CN) in the order written; the initials (AU) only without.
    people = [value for tag, value in fields if tag in ("FAU", "CN")]
    if not any(tag == "FAU" for tag, _ in fields):
        people = [value for tag, value in fields if tag in ("AU", "CN")]
    authors = display_names(people) or None
    paper = Paper(
        title=clean_text((values.get("TI") or values.get("BTI") or [None])[0]),
        abstract=clean_text((values.get("AB") or [None])[0]),
        authors=authors,
        authors_count=len(authors) if authors else None,
        published=_published(values),
        venue=venue_name((values.get("JT") or values.get("TA") or [None])[0]),  # full, else abbreviated
        doi=_doi(values),
        url=PUBMED_URL.format(pmid) if pmid.isdigit() else None,
    )
    paper = with_identity(paper)
    if not has_identity(paper):
        return RecordProblem(line, f"record PMID {pmid} has no title or DOI")
    return ImportedRecord(paper=paper, line=line, key=f"pmid:{pmid}",
                          tags=clean_tags(values.get("OT") or []))


def parse_medline(text: str) -> Iterator[ImportedRecord | RecordProblem]:
    """Each `PMID- ` record in file order; a line that is no MEDLINE line is a problem naming
    it, and the records around it still import."""
    return records_and_problems(_records(text), record_of)
