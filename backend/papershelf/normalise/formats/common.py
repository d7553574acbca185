"""What every export format's reader shares: identity from URLs and ids, names, dates, tags."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

import msgspec

from ...identity import (
    arxiv_id_from_doi,
    arxiv_id_from_url,
    clean_text,
    normalise_doi,
    split_arxiv_id,
)
from ...records import MAX_TAG_LENGTH, MAX_TAGS, Paper
from ...surrogates import decode_mending
from ..arxiv import abs_url, pdf_url
from ..dates import partial_date

MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), 1) for name in names}
_DOI_HOSTS = ("doi.org", "dx.doi.org")
# Not a year before a month's name ("2006 Mar 1", as PubMed writes dates): that is read whole.
_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?! +[A-Za-z])")


class NotTheFormat(ValueError):
    """The file is not the format its first bytes suggested (JSON but no CSL items, XML but
    no EndNote records…): refused whole, the message saying why."""


def decode_json(text: str | bytes, decode=msgspec.json.decode):
    """`decode(text)`, half a UTF-16 surrogate pair read as U+FFFD (surrogates.py): a title
    or quote the exporting tool took from a page that held half an emoji. msgspec's
    DecodeError says where a fault is by its line and column, not its byte."""
    try:
        return decode_mending(decode, text)[0]
    except msgspec.DecodeError as error:  # ValidationError too: the same class is raised
        raise type(error)(_at_line(str(error), text)) from None


_AT_BYTE = re.compile(r"\(byte (\d+)\)$")


def _at_line(message: str, text: str | bytes) -> str:
    """msgspec's "… (byte 5012)" as "… (line 212, column 7)", or "(column 5013)" in text of
    one line."""
    found = _AT_BYTE.search(message)
    if found is None:
        return message
    data = text.encode("utf-8") if isinstance(text, str) else text
    offset = int(found.group(1))
    line, line_start = data.count(b"\n", 0, offset) + 1, data.rfind(b"\n", 0, offset) + 1
    if b"\n" not in data.rstrip(b"\r\n"):  # one line (a snapshot's record names its own)
        return f"{message[:found.start()]}(column {offset + 1})"
    return f"{message[:found.start()]}(line {line}, column {offset - line_start + 1})"


def iso_date(year: int | str | None, month: int | str | None = None,
             day: int | str | None = None) -> str | None:
    """`2017`, `2017-06`, `2017-06-12` from parts as files write them (a month may be a name)."""
    try:
        year_number = int(str(year).strip())
    except (TypeError, ValueError):
        return None
    if not 1000 <= year_number <= 9999:
        return None  # BC years, "n.d.": no date the library can hold
    month_number = month_of(month)
    if month_number is None:
        return f"{year_number:04d}"
    try:
        day_number = int(str(day).strip()) if day not in (None, "") else None
    except ValueError:
        day_number = None
    if day_number is None or not 1 <= day_number <= 31:
        return f"{year_number:04d}-{month_number:02d}"
    return f"{year_number:04d}-{month_number:02d}-{day_number:02d}"


def month_of(value: int | str | None) -> int | None:
    if value is None:
        return None
    text = str(value).strip().lower().rstrip(".")
    if text.isdigit():
        number = int(text)
        return number if 1 <= number <= 12 else None
    return MONTHS.get(text)


def date_of(value: str | None) -> str | None:
    """An ISO date or date-time (or the first end of a range `2014-12-31/2015-01-01`), as
    precise as written; any other written date through the page readers' rules."""
    text = clean_text(value)
    if not text:
        return None
    match = _ISO_PREFIX.match(text)
    if match:
        return iso_date(*match.groups())
    return partial_date(text)


def from_url(url: str | None) -> Paper:
    """What a saved URL alone says: an arXiv or Hugging Face paper URL names its paper, a
    doi.org URL its DOI."""
    url = clean_text(url)
    if not url:
        return Paper()
    found = arxiv_id_from_url(url)
    if found is not None:
        arxiv_id, version = found
        return Paper(arxiv_id=arxiv_id, arxiv_version=version, url=abs_url(arxiv_id),
                     pdf_url=pdf_url(arxiv_id))
    host = (urlsplit(url).hostname or "").lower()
    doi = normalise_doi(url) if host in _DOI_HOSTS or "/doi/" in url else None
    return Paper(doi=doi, url=url) if doi else Paper(url=url)


# A month's name and its day as export formats write them apart from the year: EndNote's
# `%8 Dec 4` and `<date>June 15</date>`, Web of Science's `PD MAY 15` and `PD JUL-SEP` (its start).
_MONTH_AND_DAY = re.compile(r"([A-Za-z]{3,})\.?(?:-[A-Za-z]+)?(?: +(\d{1,2}))?\b")


def year_and_day(year: str | None, written: str | None) -> str | None:
    """A date a file gives as a year and, apart, its month and day (`2017` and `MAY 15`; a
    season, `SPR`, is the year alone); a full date written whole in that year as it is."""
    year = (year or "").strip()[:4] or None
    year = year if year and year.isdigit() else None
    written = (written or "").strip()
    found = date_of(written) if written else None
    if found and len(found) > 4 and (not year or found.startswith(year)):
        return found
    if year and (match := _MONTH_AND_DAY.match(written)):
        return iso_date(year, match[1], match[2]) or year
    return year or found


def note_key(prefix: str, *parts: object) -> str:
    """An imported note's key: the same note of the same entry gets the same key on every
    import of its file (and so is not added twice)."""
    return f"{prefix}:" + hashlib.sha256("\n".join(f"{part}" for part in parts).encode()).hexdigest()[:24]


# "arXiv:ID" in a citation's text: Google Scholar's journal "arXiv preprint arXiv:1406.2661",
# Zotero's "arXiv: ID" line in Extra, our CSL export's `number`.
_ARXIV_IN_TEXT = re.compile(r"arxiv:\s*(\S+)", re.IGNORECASE)


def arxiv_named_in(*texts: str | None) -> str | None:
    """The first arXiv id one of the texts names as "arXiv:ID"."""
    for text in texts:
        for match in _ARXIV_IN_TEXT.finditer(text or ""):
            named = match.group(1).rstrip(".,;:)]}")
            if split_arxiv_id(named):
                return named
    return None


def with_identity(paper: Paper, *, eprint: str | None = None, urls: tuple[str | None, ...] = ()
                  ) -> Paper:
    """Fill arXiv id and DOI from what else the entry says: an arXiv eprint, an arXiv DOI
    (10.48550/arXiv.ID), an arXiv or DOI URL."""
    doi = normalise_doi(paper.doi) if paper.doi else None
    arxiv_id, version = paper.arxiv_id, paper.arxiv_version
    if arxiv_id is None and eprint and (found := split_arxiv_id(eprint)):
        arxiv_id, version = found
    if arxiv_id is None and doi:
        arxiv_id = arxiv_id_from_doi(doi)
    for url in urls:
        if arxiv_id is not None and doi is not None:
            break
        seen = from_url(url)
        if arxiv_id is None and seen.arxiv_id:
            arxiv_id, version = seen.arxiv_id, seen.arxiv_version
        if doi is None and seen.doi:
            doi = seen.doi
    paper.doi, paper.arxiv_id, paper.arxiv_version = doi, arxiv_id, version
    return paper


def clean_tags(values) -> list[str]:
    """Tags as stored: whitespace collapsed, each once, at most MAX_TAGS of MAX_TAG_LENGTH."""
    seen: dict[str, None] = {}
    for value in values:
        tag = clean_text(value) if isinstance(value, str) else None
        if tag and len(tag) <= MAX_TAG_LENGTH:
            seen.setdefault(tag, None)
    return sorted(seen)[:MAX_TAGS]


def person(given: str | None, family: str | None, literal: str | None = None) -> str | None:
    """A display name, given name first, from the parts an export keeps."""
    if literal:
        return clean_text(literal)
    return clean_text(" ".join(part for part in (given, family) if part and part.strip()))


def authors_or_none(names: list[str | None]) -> list[str] | None:
    kept = [name for name in names if name]
    return kept or None


def text_or_none(value) -> str | None:
    return clean_text(value) if isinstance(value, str) else None
