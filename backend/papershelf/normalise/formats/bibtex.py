"""BibTeX and biblatex files (Zotero, Better BibTeX, JabRef, Mendeley, Paperpile, Google
Scholar, arXiv, and `papershelf export --format bibtex`): bibtexparser v2 splits the
entries, tex_text turns their LaTeX into Unicode text."""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator, Mapping

import bibtexparser

from ...identity import clean_text, has_identity, split_arxiv_id
from ...records import WEB_PAGE, ImportedNote, ImportedRecord, Paper, RecordProblem
from ..venues import first_venue
from .common import arxiv_named_in, clean_tags, date_of, iso_date, note_key, with_identity
from .tex_text import decode

# bibtexparser logs every block it cannot parse; the importer reports them itself.
logging.getLogger("bibtexparser").setLevel(logging.ERROR)

_PERCENT = re.compile(r"%(5C|7B|7D)")
_LATEX_ESCAPED = re.compile(r"\\([_%&#$])")
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_NOTE_FIELDS = ("note", "annote", "annotation")
# Where Google Scholar (journal) and hand-kept files name an arXiv paper they cite as one.
_CITED_IN = ("journal", "journaltitle", "booktitle", "howpublished", "note")


def _verbatim(value: str | None) -> str | None:
    """URLs and DOIs are read verbatim; the export percent-encodes braces and spaces in them.
    DBLP (and JabRef, escaping) write LaTeX's `\\_` for an underscore (every Springer LNCS
    chapter's DOI has one): a backslash is in no URL and no DOI a registry issues."""
    text = clean_text(value)
    if not text:
        return None
    text = _LATEX_ESCAPED.sub(r"\1", text)
    # Spaces stay encoded: %20 is how a URL writes one anyway.
    return _PERCENT.sub(lambda m: chr(int(m.group(1), 16)), text)


# What BibTeX's standard styles define before a file's own `@string`s (plain.bst's MACROs):
# the months, kept as their abbreviations (the date reader knows them), and these journals.
_MONTH_NAMES = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
_STYLE_JOURNALS = {
    "acmcs": "ACM Computing Surveys", "acta": "Acta Informatica", "cacm": "Communications of the ACM",
    "ibmjrd": "IBM Journal of Research and Development", "ibmsj": "IBM Systems Journal",
    "ieeese": "IEEE Transactions on Software Engineering", "ieeetc": "IEEE Transactions on Computers",
    "ieeetcad": "IEEE Transactions on Computer-Aided Design of Integrated Circuits",
    "ipl": "Information Processing Letters", "jacm": "Journal of the ACM",
    "jcss": "Journal of Computer and System Sciences", "scp": "Science of Computer Programming",
    "sicomp": "SIAM Journal on Computing", "tocs": "ACM Transactions on Computer Systems",
    "tods": "ACM Transactions on Database Systems", "tog": "ACM Transactions on Graphics",
    "toms": "ACM Transactions on Mathematical Software",
    "toois": "ACM Transactions on Office Information Systems",
    "toplas": "ACM Transactions on Programming Languages and Systems", "tcs": "Theoretical Computer Science",
}


def _resolved(raw: str, strings: Mapping[str, str]) -> str:
    """A raw field value as BibTeX reads it: its pieces joined at `#`, each without its braces
    or quotes, a bare number as it is, a bare name the `@string` macro it names (a month's
    abbreviation stays as it is; a name nothing defines is empty, as BibTeX makes it)."""
    return "".join(_unwrap(piece) if piece[:1] in '{"' else _macro(piece, strings) for piece in _pieces(raw))


def _macro(name: str, strings: Mapping[str, str]) -> str:
    key = name.lower()
    if key in strings:
        return strings[key]
    if name.isdigit() or key in _MONTH_NAMES:
        return name
    return _STYLE_JOURNALS.get(key, "")


def _pieces(raw: str) -> list[str]:
    """`oct # "-" # nov` -> three pieces; a `#` inside braces or quotes is text."""
    pieces, depth, quoted, start = [], 0, False, 0
    for position, char in enumerate(raw):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            pieces.append(raw[start:position])
            start = position + 1
    pieces.append(raw[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _unwrap(value: str | None) -> str | None:
    """A raw field value without its enclosing braces or quotes."""
    if value is None:
        return None
    text = value.strip()
    if len(text) >= 2 and ((text[0] == "{" and text[-1] == "}" and _balanced(text[1:-1]))
                           or (text[0] == '"' and text[-1] == '"')):
        return text[1:-1]
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += (char == "{") - (char == "}")
        if depth < 0:
            return False
    return depth == 0


def split_top_level(text: str, separators: str) -> list[str]:
    """Split at separators outside braces: `{Bunge, Mario},Philosophy` -> two parts."""
    parts, depth, current = [], 0, []
    for char in text:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        if depth == 0 and char in separators:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def _split_names(text: str) -> list[str]:
    """` and ` outside braces separates names."""
    names, depth, start = [], 0, 0
    position = 0
    while position < len(text):
        char = text[position]
        depth += (char == "{") - (char == "}")
        if depth == 0 and char.isspace():
            match = _AND.match(text, position)
            if match:
                names.append(text[start:position])
                start = position = match.end()
                continue
        position += 1
    names.append(text[start:])
    return [name.strip() for name in names if name.strip()]


def display_name(raw: str) -> str | None:
    """`Vaswani, Ashish` -> `Ashish Vaswani`; `{Institute of Physics}` stays one literal."""
    if raw.startswith("{") and raw.endswith("}") and _balanced(raw[1:-1]):
        return decode(raw)
    parts = split_top_level(raw, ",")
    if len(parts) == 2:
        parts = [parts[1], parts[0]]
    elif len(parts) == 3:
        parts = [parts[2], parts[0], parts[1]]  # von Last, Jr, First
    return decode(" ".join(parts))


def authors(raw: str | None) -> list[str] | None:
    if not raw:
        return None
    names = [name for name in map(display_name, _split_names(raw)) if name
             and name.lower() != "others"]
    return names or None


def _with_others(raw: str | None) -> bool:
    """Whether an author list ends "and others": more wrote it than it names (BibTeX's own
    spelling of "et al.", Google Scholar's for a long list)."""
    return bool(raw) and any(name.strip().lower() == "others" for name in _split_names(raw))


def _published(fields: dict[str, str]) -> str | None:
    if fields.get("date"):
        found = date_of(decode(fields["date"]))
        if found:
            return found
    year = decode(fields.get("year"))
    month = (decode(fields.get("month")) or "").split("-")[0]  # `oct # "-" # nov`: its start
    return iso_date(year, month, decode(fields.get("day"))) if year else None


def _arxiv(fields: dict[str, str]) -> str | None:
    """The arXiv id an entry names: `eprint` with archivePrefix/eprinttype arXiv, or `arxiv`."""
    prefix = (decode(fields.get("archiveprefix")) or decode(fields.get("eprinttype")) or "").lower()
    eprint = _verbatim(fields.get("eprint"))
    if eprint and (prefix == "arxiv" or (not prefix and split_arxiv_id(eprint))):
        return eprint
    named = _verbatim(fields.get("arxiv")) or _verbatim(fields.get("arxivid"))
    volume = decode(fields.get("volume")) or ""
    if not named and (decode(fields.get("journal")) or "").lower() == "corr" and volume.startswith("abs/"):
        return volume[4:]  # DBLP's arXiv papers: the journal CoRR, the volume abs/ID
    return named or arxiv_named_in(*(decode(fields.get(name)) for name in _CITED_IN))


# biblatex's entry types for a web page (BibTeX has none: Zotero writes a web page as @misc).
_WEB_PAGE_TYPES = frozenset(("online", "electronic", "www"))



def _venue(fields: dict[str, str]) -> str | None:
    """The journal (biblatex's journaltitle), else the proceedings or book a part is in."""
    return first_venue(*(decode(fields.get(name)) for name in ("journal", "journaltitle", "booktitle")))


def entry_record(key: str, fields: dict[str, str], line: int, entry_type: str
                 ) -> ImportedRecord | RecordProblem:
    """One entry (field names lower case, values `_resolved`) as a record, or why it cannot be one."""
    url = _verbatim(fields.get("url"))
    arxiv = _arxiv(fields)
    paper = Paper(
        title=decode(fields.get("title")),
        abstract=decode(fields.get("abstract")),
        authors=authors(fields.get("author")),
        published=_published(fields),
        venue=_venue(fields),
        doi=_verbatim(fields.get("doi")),
        url=url,
        item_type=WEB_PAGE if entry_type.lower() in _WEB_PAGE_TYPES else None,
    )
    paper = with_identity(paper, eprint=arxiv, urls=(url,))
    if paper.arxiv_id:
        paper.primary_category = decode(fields.get("primaryclass"))
    if paper.authors and not _with_others(fields.get("author")):
        paper.authors_count = len(paper.authors)  # with "and others", how many is not known
    if not has_identity(paper):
        return RecordProblem(line, f"entry {key!r} has no title, arXiv id or DOI")
    tags = [decode(tag) for tag in split_top_level(fields.get("keywords") or "", ",;")]
    tags += [decode(tag) for tag in split_top_level(fields.get("groups") or "", ",")]
    notes = []
    for name in _NOTE_FIELDS:
        body = decode(fields.get(name))
        if body:
            notes.append(ImportedNote(key=note_key("bibtex", key, name, body), body=body))
    return ImportedRecord(paper=paper, line=line, key=key, tags=clean_tags(tags), notes=notes)



_ENTRY_START = re.compile(r"^[ \t]*@", re.MULTILINE)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """The file cut before each line that starts a block (`@…`), with its first line:
    parsed apart, a broken entry cannot take the ones after it down with it."""
    starts = [m.start() for m in _ENTRY_START.finditer(text)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    starts.append(len(text))
    line = 1
    for begin, end in itertools.pairwise(starts):
        yield line, text[begin:end]
        line += text.count("\n", begin, end)


# biblatex's types of a whole volume. One that the file's entries cross-reference is their
# venue (DBLP's "with crossref" export writes the proceedings after its papers), not a paper.
_VOLUME_TYPES = frozenset(("proceedings", "mvproceedings", "book", "mvbook", "collection",
                           "mvcollection", "reference", "mvreference", "periodical"))
# What an entry takes from the entry it cross-references when it has none of it: when it
# appeared. Not the volume's DOI or URL (they name the volume), nor its title.
_WHEN = ("date", "year", "month", "day")


def _entries(text: str) -> Iterator[tuple[int, str, str, dict[str, str]] | RecordProblem]:
    """Every entry of a BibTeX file in file order, as (line, key, type, fields: names lower
    case, values `_resolved`); a block that does not parse is a problem naming its line."""
    strings: dict[str, str] = {}  # `@string` macros, by name as BibTeX matches them: any case
    for first_line, chunk in _chunks(text):
        if not _ENTRY_START.search(chunk):
            continue  # comments and text between entries
        try:
            library = bibtexparser.parse_string(chunk, parse_stack=[])
        except Exception as error:  # bibtexparser on a cut-off block
            yield RecordProblem(first_line, f"not a BibTeX entry ({type(error).__name__})")
            continue
        for macro in library.strings:
            strings[macro.key.lower()] = _resolved(macro.value, strings)
        blocks = sorted([*library.entries, *library.failed_blocks], key=lambda b: b.start_line or 0)
        for block in blocks:
            line = first_line + (block.start_line or 0)
            if isinstance(block, bibtexparser.model.ParsingFailedBlock):
                said = str(block.error or "").strip().splitlines()
                yield RecordProblem(line, f"not a BibTeX entry: {said[0] if said else 'it does not parse'}")
                continue
            yield line, block.key, block.entry_type, {
                field.key.lower(): _resolved(field.value, strings) for field in block.fields
                if isinstance(field.value, str)}


def parse_bibtex(text: str) -> Iterator[ImportedRecord | RecordProblem]:
    """Every entry of a BibTeX file in file order; a block that does not parse is a problem
    naming its line, and the entries around it still import. An entry that cross-references
    another (`crossref`, which BibTeX wants after it) takes its date from it when it has none,
    and a volume cross-referenced so is not a record of its own."""
    read = list(_entries(text))
    entries = [item for item in read if not isinstance(item, RecordProblem)]
    by_key = {key.lower(): fields for _, key, _, fields in entries}
    referenced = {fields["crossref"].strip().lower() for _, key, _, fields in entries
                  if fields.get("crossref") and fields["crossref"].strip().lower() != key.lower()}
    for item in read:
        if isinstance(item, RecordProblem):
            yield item
            continue
        line, key, entry_type, fields = item
        if key.lower() in referenced and entry_type.lower() in _VOLUME_TYPES:
            continue
        volume = by_key.get((fields.get("crossref") or "").strip().lower())
        if volume and not any(fields.get(name) for name in _WHEN):
            fields = {**fields, **{name: volume[name] for name in _WHEN if volume.get(name)}}
        yield entry_record(key, fields, line, entry_type)
