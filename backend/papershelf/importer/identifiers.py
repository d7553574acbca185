"""Papers added by identifier (`papershelf add`), as Zotero's "Add Item by Identifier" adds
them: arXiv ids asked of arXiv's export API (one Atom answer for up to BATCH of them),
PubMed ids of NCBI's E-utilities (MEDLINE text, up to BATCH at a time), DOIs of doi.org by
content negotiation (CSL-JSON from whichever agency registered the DOI: Crossref, DataCite,
mEDRA). Each answer is then imported as a file of its format would be, so
a paper already in the library is merged into, never duplicated, and the answer is kept as the
capture's raw copy."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote

import httpx

from ..normalise.formats.arxiv_atom import parse_arxiv_atom
from ..normalise.formats.common import NotTheFormat
from ..normalise.formats.medline import parse_medline
from ..paper_names import Identifier, read_identifier
from ..records import ImportedRecord
from ..store.captures import papers_of_capture

if TYPE_CHECKING:
    from .files import FileReport

ARXIV_API = "https://export.arxiv.org/api/query"
PUBMED_API = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi"
DOI_RESOLVER = "https://doi.org/"
CSL_JSON = "application/vnd.citationstyles.csl+json"
# arXiv's API manual and NCBI's ask for id lists in pieces rather than one enormous query.
BATCH = 100
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class Registries(NamedTuple):
    """Where each registry is asked: the services themselves, or a proxy or mirror standing in for one
    (`papershelf serve` and `papershelf add`'s --arxiv-api, --pubmed-api, --doi-resolver)."""

    arxiv_api: str = ARXIV_API
    pubmed_api: str = PUBMED_API
    doi_resolver: str = DOI_RESOLVER


SERVICES = Registries()  # each registry asked at its own address


class Answer(NamedTuple):
    """What a service answered, to be imported as a file of `fmt` named `name` (the address asked)."""

    name: str
    data: bytes
    fmt: str


class Unanswered(NamedTuple):
    given: str
    reason: str


# Between the identifiers of a list (a file, standard input): a line each, or commas or semicolons, as
# the extension splits a selection. Not spaces: "PMID: 16403221" is one.
_LIST_SEPARATORS = re.compile(r"[\n,;]+")


def listed_identifiers(text: str) -> list[str]:
    """The identifiers a list holds (one a line, or separated by commas or semicolons), blank ones
    left out."""
    return [item.strip() for item in _LIST_SEPARATORS.split(text) if item.strip()]


def fetch_identified(identifiers: Iterable[Identifier], *, client: httpx.Client | None = None,
                     registries: Registries = SERVICES) -> tuple[list[Answer], list[Unanswered]]:
    """Every identifier's answer, and the identifiers no answer was had for, each with why."""
    # One question per paper, however many ways it was typed: the first way names it.
    unique: dict[tuple[str, str], Identifier] = {}
    for identifier in identifiers:
        unique.setdefault((identifier.kind, identifier.value), identifier)
    identifiers = list(unique.values())
    answers: list[Answer] = []
    unanswered: list[Unanswered] = []
    with client or httpx.Client(timeout=TIMEOUT, follow_redirects=True,
                                headers={"User-Agent": "papershelf"}) as http:
        for kind, api in (("arxiv", registries.arxiv_api), ("pmid", registries.pubmed_api)):
            asked = [identifier for identifier in identifiers if identifier.kind == kind]
            for start in range(0, len(asked), BATCH):
                _ask_batch(http, _BATCHED[kind], api, asked[start:start + BATCH], answers, unanswered)
        for identifier in identifiers:
            if identifier.kind == "doi":
                _ask_doi(http, registries.doi_resolver, identifier, answers, unanswered)
    return answers, unanswered


class _BatchService(NamedTuple):
    """A registry asked for many papers at once, and how its answer is read."""

    name: str
    answer_is: str  # what its answer should be, as a refusal says it
    fmt: str  # the import format of its answer
    query: Callable[[str, str, int], str]  # (api, ids joined by commas, how many) → the address
    papers_in: Callable[[str], set[str]]  # the ids of the papers an answer holds


def _arxiv_papers(text: str) -> set[str]:
    return {record.paper.arxiv_id for record in parse_arxiv_atom(text) if isinstance(record, ImportedRecord)}


def _pubmed_papers(text: str) -> set[str]:
    return {record.key.removeprefix("pmid:") for record in parse_medline(text)
            if isinstance(record, ImportedRecord) and record.key}


_BATCHED = {
    "arxiv": _BatchService("arXiv", "its Atom feed", "arxiv-atom",
                           lambda api, ids, count: f"{api}?id_list={ids}&max_results={count}", _arxiv_papers),
    "pmid": _BatchService("PubMed", "MEDLINE text", "medline",
                          lambda api, ids, _: f"{api}?db=pubmed&id={ids}&rettype=medline&retmode=text",
                          _pubmed_papers),
}


def _ask_batch(http: httpx.Client, service: _BatchService, api: str, batch: list[Identifier],
               answers: list[Answer], unanswered: list[Unanswered]) -> None:
    url = service.query(api, ",".join(identifier.value for identifier in batch), len(batch))
    response = _get(http, url, httpx.URL(api).host, batch, unanswered)
    if response is None:
        return
    try:
        found = service.papers_in(response.text)
    except NotTheFormat as error:
        unanswered.extend(Unanswered(identifier.given, f"{service.name}'s answer was not "
                                     f"{service.answer_is} ({error})") for identifier in batch)
        return
    _keep_answer(service.name, batch, found, Answer(url, response.content, service.fmt), answers,
                 unanswered)


def _keep_answer(service: str, batch: list[Identifier], found: set[str], answer: Answer,
                 answers: list[Answer], unanswered: list[Unanswered]) -> None:
    """`answer` kept when every paper it holds (`found`) was asked for; each asked paper it lacks
    unanswered. The answer is imported whole (and read whole again by renormalise): one holding a
    paper not asked for would add it behind the reader's back."""
    if extra := found - {identifier.value for identifier in batch}:
        reason = f"{service} answered with papers not asked for ({', '.join(sorted(extra)[:3])}…)"
        unanswered.extend(Unanswered(identifier.given, reason) for identifier in batch)
        return
    unanswered.extend(Unanswered(identifier.given, f"{service} has no paper {identifier.value}")
                      for identifier in batch if identifier.value not in found)
    if found:
        answers.append(answer)


def _ask_doi(http: httpx.Client, resolver: str, identifier: Identifier, answers: list[Answer],
             unanswered: list[Unanswered]) -> None:
    url = resolver + quote(identifier.value, safe="/")
    response = _get(http, url, httpx.URL(resolver).host, [identifier], unanswered, accept=CSL_JSON)
    if response is None:
        return
    if not response.content.lstrip().startswith(b"{"):
        unanswered.append(Unanswered(identifier.given, f"{response.url.host} answered DOI "
                                     f"{identifier.value} with no CSL-JSON (its agency may not offer it)"))
        return
    answers.append(Answer(url, response.content, "csl-json"))


def _get(http: httpx.Client, url: str, host: str, asked: list[Identifier],
         unanswered: list[Unanswered], accept: str | None = None) -> httpx.Response | None:
    try:
        response = http.get(url, headers={"Accept": accept} if accept else None)
    except httpx.TransportError as error:
        reason = f"{host} does not answer ({type(error).__name__}): are you online?"
        unanswered.extend(Unanswered(identifier.given, reason) for identifier in asked)
        return None
    if response.status_code == 404:
        unanswered.extend(Unanswered(identifier.given, f"{host} does not know {identifier.value}")
                          for identifier in asked)
        return None
    if response.status_code != 200:
        reason = f"{host} answered {response.status_code}: try again later"
        unanswered.extend(Unanswered(identifier.given, reason) for identifier in asked)
        return None
    return response


class Added(NamedTuple):
    reports: list[FileReport]  # one per answer imported
    # Each answer's papers (ids, titles) as stored; none in a preview.
    papers: list[list[tuple[str, str | None]]]
    unanswered: list[Unanswered]  # unreadable identifiers among them, with why

    def line(self, asked: int, *, dry_run: bool = False) -> str:
        # An answer the same as before, byte for byte (arXiv's feeds carry the hour they were made,
        # so seldom): its papers are in the library as it gave them.
        unchanged = sum(len(papers) if report.already_imported else report.unchanged
                        for report, papers in zip(self.reports, self.papers, strict=True))
        new, updated = sum(r.new for r in self.reports), sum(r.updated for r in self.reports)
        line = (f"{asked} asked: {new} new, {updated} updated, {unchanged} already in the library as "
                f"they are, {len(self.unanswered)} not added")
        return f"dry run, nothing was written: {line}" if dry_run else line


def ask_for(texts: Iterable[str], *, client: httpx.Client | None = None,
            registries: Registries = SERVICES) -> tuple[list[Answer], list[Unanswered]]:
    """Every answer the registries give for the papers `texts` identify, and each text that gave
    none with why (a text that is no identifier among them)."""
    identifiers: list[Identifier] = []
    unanswered: list[Unanswered] = []
    for text in texts:
        if (identifier := read_identifier(text)) is None:
            unanswered.append(Unanswered(text, "not an arXiv id, PubMed id or DOI (give 1706.03762, "
                                               "PMID:16403221, 10.1038/nature14539 or an address)"))
        else:
            identifiers.append(identifier)
    answers, missed = (fetch_identified(identifiers, client=client, registries=registries)
                       if identifiers else ([], []))
    return answers, unanswered + missed


def add_identified(db, texts: Iterable[str], *, captured, preview=None,
                   client: httpx.Client | None = None, registries: Registries = SERVICES) -> Added:
    """Ask for every paper `texts` identify and import each answer (one transaction each)."""
    from .documents import import_document

    answers, unanswered = ask_for(texts, client=client, registries=registries)
    reports = [import_document(db, answer.name, answer.data, answer.fmt, captured=captured, preview=preview)
               for answer in answers]
    papers = [[] if preview is not None else papers_of_capture(db, report.capture_id) for report in reports]
    return Added(reports, papers, unanswered)
