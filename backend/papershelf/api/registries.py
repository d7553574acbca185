"""The server's questions to the registries (arXiv's API, NCBI's E-utilities, doi.org).

A PDF in the browser's viewer cannot be read: the extension sends its address, which names
an arXiv id (arxiv.org/pdf/…) or a DOI, and the paper is stored with little more. Zotero's
connector asks arXiv's API and the DOI's registry for such a paper's record, and so does the
server here once the capture is stored, waiting a moment for the answer and no longer: the
answer is imported as `papershelf add` imports it (importer/identifiers.py), merged into the
paper through the writer thread. A question that fails is one line in the log and changes
nothing; the paper stays as saved. POST /api/papers/identified asks the same questions.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress
from datetime import UTC, datetime

from ..capture import Captured
from ..importer.identifiers import Answer, Registries, Unanswered, ask_for, fetch_identified
from ..paper_names import Identifier
from ..store.captures import papers_of_capture
from ..store.library import Library
from ..store.queries import PaperView, papers_by_ids

log = logging.getLogger("papershelf.registries")
# How long a capture of a PDF waits for its record from a registry before answering without it.
ANSWER_WAIT_SECONDS = 2.5


def wanting(papers: list[PaperView]) -> list[Identifier]:
    """The papers a registry would give what the page did not: an arXiv paper without its abstract
    or authors, a DOI's without its title or authors."""
    wanted = []
    for paper in papers:
        if paper.arxiv_id and not (paper.abstract and paper.authors):
            wanted.append(Identifier("arxiv", paper.arxiv_id, f"arXiv:{paper.arxiv_id}"))
        elif paper.doi and not (paper.title and paper.authors) and paper.item_type is None:
            wanted.append(Identifier("doi", paper.doi, f"doi:{paper.doi}"))
    return wanted


class RegistryFiller:
    """The server's questions to the registries, for captures of no page and for identifiers."""

    def __init__(self, registries: Registries):
        self.registries = registries
        self._running: set[asyncio.Task] = set()  # held: the loop keeps only weak references
        self._asked: set[Identifier] = set()  # one question at a time per paper

    async def fill_captured(self, library: Library, done: Captured) -> None:
        """Ask for what the papers of a capture of no page lack. A registry that answers within
        ANSWER_WAIT_SECONDS fills the capture's answer too (the popup names the paper by its title,
        not by the id its address gave); a slower one fills the paper later."""
        asked = self._ask_about(library, done.answer.papers)
        if asked is None:
            return
        with suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(asked), ANSWER_WAIT_SECONDS)
            done.answer.papers = await library.read(papers_by_ids, done.paper_ids)

    def _ask_about(self, library: Library, papers: list[PaperView]) -> asyncio.Task | None:
        """The questions the papers want, asked on a task of their own (None: nothing to ask)."""
        wanted = [identifier for identifier in wanting(papers) if identifier not in self._asked]
        if not wanted:
            return None
        self._asked.update(wanted)
        task = asyncio.get_running_loop().create_task(self._fill(library, wanted))
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return task

    async def _fill(self, library: Library, wanted: list[Identifier]) -> None:
        try:
            answers, unanswered = await asyncio.to_thread(
                fetch_identified, wanted, registries=self.registries)
            for missed in unanswered:
                log.warning("%s not filled: %s", missed.given, missed.reason)
            await self._store(library, answers)
            if answers:
                log.info("%s filled from %s", ", ".join(i.given for i in wanted),
                         ", ".join(answer.name.split("?")[0] for answer in answers))
        except Exception as error:  # a question is a courtesy: the capture is stored already
            log.warning("%s not filled (%s: %s)", ", ".join(i.given for i in wanted),
                        type(error).__name__, str(error)[:200])
        finally:
            self._asked.difference_update(wanted)

    async def add(self, library: Library, texts: list[str]) -> tuple[list[PaperView], list[Unanswered]]:
        """The papers `texts` identify (`papershelf add`'s questions), stored, as they now are, and
        each text that gave none with why."""
        answers, unanswered = await asyncio.to_thread(ask_for, texts, registries=self.registries)
        ids = await self._store(library, answers)
        return await library.read(papers_by_ids, ids), unanswered

    @staticmethod
    async def _store(library: Library, answers: list[Answer]) -> list[str]:
        """Each answer imported through the writer thread; the ids of the papers they gave."""
        from ..importer.documents import import_document

        today = datetime.now(UTC).date()
        ids: list[str] = []
        for answer in answers:
            report = await library.write(import_document, answer.name, answer.data, answer.fmt,
                                         captured=today)
            for problem in report.problems:
                log.warning("%s:%s: %s", answer.name, problem.line, problem.message)
            ids += [paper_id for paper_id, _ in await library.read(papers_of_capture, report.capture_id)]
        return list(dict.fromkeys(ids))

    async def close(self) -> None:
        for task in list(self._running):
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)
