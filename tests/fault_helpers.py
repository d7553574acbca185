"""The fault-injection scenario behind tests/test_fault_injection.py and scripts/soak.

Three real libraries, each served by a real `papershelf serve` on a fixed port (so a
server killed with SIGKILL restarts on the same file at the same URL), each with
capture clients (threads speaking HTTP as the browser extension does, each with its
own token), bulk imports, `papershelf sync` runs between random pairs, and SIGKILLs
of servers, syncs and imports at random moments. Every write that was acknowledged
(a 2xx answer; an import that exited 0) goes into a ledger with what it must leave
behind. At the end everything restarts, syncs until a round moves nothing, and every
library is checked against the ledger and the invariants: identical libraries, no
acknowledged write lost, no duplicated paper or note, no orphan, integrity ok (SQLite's,
FTS5's own check of each index, the overview counts against a recount), no
leftover process. Every sync that exits 0 is also checked on the spot: each side must
then hold every paper and note the other held when it began (with three libraries a
gap one sync leaves is often filled through the third, so the end state alone would
not show it). No answer is ever a 5xx.

Each thread draws from its own generator seeded from the run's seed, so a seed replays
the same choices (pages, edits, pairs, kill delays), though not the same interleaving.
Writes that got no answer are not counted, and only captures are retried (with the
same capture_id, as the extension's offline queue does).
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import random
import re
import signal
import sqlite3
import subprocess
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import psutil

from helpers import DUMPS, PAGES, create_token, free_port, papershelf_command, sidecar
from papershelf.identity import doi_key, title_fingerprint
from papershelf.normalise.dumps import iter_dump
from papershelf.records import RecordProblem
from papershelf.store.overview import recount
from sync_helpers import snapshot

MACHINES = ("a", "b", "c")
CLIENTS_PER_MACHINE = 4
START_TIMEOUT = 60.0  # a loaded 2-core machine can take a while to import Litestar
SYNC_TIMEOUT = 120.0
IMPORT_TIMEOUT = 180.0
# Enough batches that the importer's reader is still sending when the import is killed.
GENERATED_RECORDS = 16000
CAPTURED_AT = "2025-11-06"  # the fixture dumps' capture date (tests/fixtures/dumps/SOURCE.md)
FIXTURE_DUMPS = ("000_286d48ef37147b1c.txt", "001_6f96a1003d4bdb3d.txt", "002_116e930042b20998.txt")
# A sync that fails because its peer was killed says so in one of these ways (sync/peer.py).
UNREACHABLE = re.compile(r"^papershelf: (cannot reach |\S+ did not answer |\S+: (GET|POST) \S+ failed: )")
SYNC_LINE = re.compile(r"synced with \S+: pulled (\d+), pushed (\d+),")
SETTLE_ROUNDS = 6
TAG_POOL = tuple(f"t{n}" for n in range(12))
SHARED_TAGS = ("reading-group", "survey", "to-cite", "méthodes")
WORDS = ("sparse", "attention", "routing", "graph", "diffusion", "retrieval", "robust", "causal",
         "tokens", "kernel", "federated", "contrastive", "latent", "scaling", "memory", "agents")


# ---------------------------------------------------------------- figures and problems


@dataclass
class Figures:
    """What one run (or, summed, several) did and found."""

    captures: int = 0  # acknowledged writes, by kind
    notes: int = 0
    edits: int = 0
    imports: int = 0
    unacknowledged: int = 0  # writes that never got a 2xx answer (not counted as lost)
    stored_despite_5xx: int = 0  # captures answered 5xx, then found stored by their retry
    lost: int = 0
    sync_gaps: int = 0  # records a sync that exited 0 left out (each counted once per library)
    duplicated: int = 0
    orphans: int = 0
    server_errors: int = 0
    server_kills: int = 0
    sync_kills: int = 0
    import_kills: int = 0
    syncs_ok: int = 0
    syncs_failed: int = 0  # failed because their peer was down: expected under kills
    leftover_processes: int = 0
    runs: int = 1

    @property
    def acknowledged(self) -> int:
        return self.captures + self.notes + self.edits + self.imports

    def add(self, other: Figures) -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))

    def line(self) -> str:
        return (
            f"acknowledged writes {self.acknowledged} (captures {self.captures}, notes {self.notes}, "
            f"edits {self.edits}, imports {self.imports}), unacknowledged {self.unacknowledged}, "
            f"lost {self.lost}, sync gaps {self.sync_gaps}, duplicated {self.duplicated}, "
            f"orphans {self.orphans}, "
            f"server errors {self.server_errors} (stored anyway {self.stored_despite_5xx}), "
            f"leftover processes {self.leftover_processes}, server kills {self.server_kills}, "
            f"sync kills {self.sync_kills}, import kills {self.import_kills}, "
            f"syncs {self.syncs_ok} ok / {self.syncs_failed} peer down, runs {self.runs}"
        )


class Problems:
    """Faults found, by kind, each with a line of detail (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.by_kind: dict[str, list[str]] = defaultdict(list)

    def add(self, kind: str, detail: str, *, timed: bool = False) -> None:
        """`timed`: prefix the wall-clock time, to line it up with the servers' logs."""
        if timed:
            now = time.time()
            detail = f"{time.strftime('%H:%M:%S', time.localtime(now))}.{int(now % 1 * 1000):03d} {detail}"
        with self._lock:
            self.by_kind[kind].append(detail)

    def count(self, kind: str) -> int:
        return len(self.by_kind.get(kind, ()))

    def __bool__(self) -> bool:
        return any(self.by_kind.values())

    def report(self, limit: int = 8) -> str:
        lines = []
        for kind, details in sorted(self.by_kind.items()):
            if details:
                lines.append(f"{kind}: {len(details)}")
                lines += [f"    {detail}" for detail in details[:limit]]
                if len(details) > limit:
                    lines.append(f"    … {len(details) - limit} more")
        return "\n".join(lines)


@dataclass
class Outcome:
    seed: int
    seconds: float
    figures: Figures
    problems: Problems
    server_log_errors: Counter  # "ExceptionType: message" from the servers' logs

    @property
    def clean(self) -> bool:
        return not self.problems

    def line(self) -> str:
        return f"fault seed {self.seed}, {self.seconds:g} s: {self.figures.line()}"

    def report(self) -> str:
        lines = [self.line(), f"replay: PAPERSHELF_FAULT_SEED={self.seed} "
                              f"PAPERSHELF_FAULT_SECONDS={self.seconds:g}"]
        if self.problems:
            lines.append(self.problems.report())
        if self.server_log_errors:
            lines.append("errors in the servers' logs:")
            lines += [f"    {n} × {kind}" for kind, n in self.server_log_errors.most_common(8)]
        return "\n".join(lines)


# ---------------------------------------------------------------- the whole run


def run_scenario(workdir: Path, *, seed: int, seconds: float, log: Callable[[str], None] = print
                 ) -> Outcome:
    """Build three libraries, fault them for `seconds`, settle, and check them all."""
    figures, problems, ledger, stop = Figures(), Problems(), Ledger(), threading.Event()
    machines = [make_machine(workdir, name, [peer for peer in MACHINES if peer != name],
                             CLIENTS_PER_MACHINE) for name in MACHINES]
    chaos = Chaos(workdir, machines, ledger, problems, figures, stop, seed, seconds)
    generated = write_generated_dump(workdir / "generated.txt", seed)
    imports = [(machines[0], [generated, DUMPS / FIXTURE_DUMPS[0]]),
               (machines[1], [DUMPS / FIXTURE_DUMPS[1]]), (machines[2], [DUMPS / FIXTURE_DUMPS[2]])]
    pages = fixture_pages()
    clients: list[CaptureClient] = []
    for machine in machines:
        for n, token in enumerate(machine.client_tokens):
            clients.append(CaptureClient(f"{machine.name}{n}", len(clients), machine, token, chaos, pages))
    try:
        for machine in machines:
            machine.launch()
        for machine in machines:
            machine.wait_until_up()
        log(f"fault seed {seed}: {len(machines)} servers up, faulting for {seconds:g} s")
        threads = [guarded(chaos, f"client-{client.name}", client.run) for client in clients]
        threads += [guarded(chaos, f"syncs-{n}", lambda n=n: run_syncs(chaos, f"syncs-{n}"))
                    for n in range(2)]
        threads.append(guarded(chaos, "server-kills", lambda: run_server_kills(chaos)))
        importer = guarded(chaos, "imports", lambda: run_imports(chaos, imports, generated))
        stop.wait(seconds)
        stop.set()
        for thread in [*threads, importer]:
            thread.join(timeout=IMPORT_TIMEOUT + SYNC_TIMEOUT)
            if thread.is_alive():
                problems.add("harness", f"{thread.name} did not stop")
        settle(chaos, clients, log)
    finally:
        stop.set()
        for machine in machines:
            machine.stop()
    check_libraries(machines, ledger, problems, figures, log)
    for process, cmdline in leftover_processes(workdir):
        known = chaos.orphaned.get(process.pid, "")
        problems.add("leftover processes", f"pid {process.pid} still runs after the run{known}: "
                     f"{cmdline[:200]}")
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()  # it is this run's own: leave nothing behind
    fill_figures(chaos)
    return Outcome(seed, seconds, figures, problems, server_log_errors(machines))


def check_libraries(machines: list[Machine], ledger: Ledger, problems: Problems, figures: Figures,
                    log: Callable[[str], None]) -> None:
    """Every library against the ledger and the invariants; the figures count writes lost
    anywhere, and the duplicates and orphans of the worst library."""
    libraries = [Library(machine) for machine in machines]
    log("libraries at the end: " + ", ".join(
        f"{lib.name} {len(lib.papers)} papers, {len(lib.notes)} notes, {len(lib.aliases)} aliases"
        for lib in libraries))
    lost: set[str] = set()
    for library in libraries:
        if library.integrity != ["ok"]:
            problems.add("integrity", f"{library.name}: {'; '.join(library.integrity[:5])}")
        for write, why in lost_writes(library, ledger):
            lost.add(write)
            problems.add("lost", f"{write}, on {library.name}: {why}")
        duplicated, orphaned = duplicated_rows(library), orphans(library)
        for line in duplicated:
            problems.add("duplicated", line)
        for line in orphaned:
            problems.add("orphans", line)
        figures.duplicated = max(figures.duplicated, len(duplicated))
        figures.orphans = max(figures.orphans, len(orphaned))
    figures.lost = len(lost)
    for line in differences(libraries):
        problems.add("divergent", line)


def fill_figures(chaos: Chaos) -> None:
    figures, ledger, problems = chaos.figures, chaos.ledger, chaos.problems
    figures.captures, figures.notes = len(ledger.captures), len(ledger.notes)
    figures.edits, figures.imports = ledger.edits, len(ledger.imports)
    figures.unacknowledged, figures.stored_despite_5xx = ledger.unacknowledged, ledger.stored_despite_5xx
    figures.sync_gaps = len(chaos.left_behind)
    figures.server_errors = problems.count("server errors")
    figures.leftover_processes = problems.count("leftover processes")


# ---------------------------------------------------------------- machines


@dataclass
class Machine:
    """One library file and the `papershelf serve` over it, on a port of its own."""

    name: str
    db_path: Path
    port: int
    log_path: Path
    probe_token: str  # for readiness checks only: the clients' tokens stay unused until they start
    sync_tokens: dict[str, str]  # scope sync, one per peer (by name) that syncs with this machine
    client_tokens: list[str]  # one per browser
    process: subprocess.Popen | None = None
    starts: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def launch(self) -> None:
        self.starts += 1
        with self.log_path.open("a") as log:
            log.write(f"--- start {self.starts} ---\n")
            log.flush()
            self.process = subprocess.Popen(
                [*papershelf_command(), "serve", "--db", str(self.db_path), "--host", "127.0.0.1",
                 "--port", str(self.port), "--no-datasette"],
                stdout=log, stderr=subprocess.STDOUT)

    def wait_until_up(self, timeout: float = START_TIMEOUT) -> None:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        headers = {"Authorization": f"Bearer {self.probe_token}"}
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server {self.name} exited ({self.process.returncode}):\n"
                                   f"{self.log_tail()}")
            try:
                if httpx.get(f"{self.base_url}/api/status", headers=headers, timeout=5).is_success:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"server {self.name} did not answer in {timeout:g} s:\n{self.log_tail()}")

    def start(self) -> None:
        self.launch()
        self.wait_until_up()

    def kill(self) -> None:
        """SIGKILL: no shutdown, no checkpoint, requests cut off mid-way."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def log_tail(self, lines: int = 30) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def make_machine(workdir: Path, name: str, peers: list[str], clients: int) -> Machine:
    """A new library with its tokens (made by `papershelf token create`, which creates the file)."""
    db_path = workdir / name / "library.db"
    db_path.parent.mkdir(parents=True)
    return Machine(
        name=name, db_path=db_path, port=free_port(), log_path=db_path.with_name("serve.log"),
        probe_token=create_token(db_path, "probe", ("read",)),
        sync_tokens={peer: create_token(db_path, f"sync-{peer}", ("sync",)) for peer in peers},
        client_tokens=[create_token(db_path, f"browser-{name}{i}", ("read", "write"))
                       for i in range(clients)],
    )


class Command:
    """A `papershelf` command in the background. Its output goes to files, not pipes: a
    child process it leaves behind would hold a pipe open, and reading it would never end."""

    numbers = itertools.count(1)

    def __init__(self, workdir: Path, label: str, args: list[str]):
        folder = workdir / "commands"
        folder.mkdir(exist_ok=True)
        stem = folder / f"{next(self.numbers):04d}-{label}"
        self.out_path, self.err_path = stem.with_suffix(".out"), stem.with_suffix(".err")
        with self.out_path.open("w") as out, self.err_path.open("w") as err:
            self.process = subprocess.Popen([*papershelf_command(), *args], stdout=out, stderr=err)

    def wait(self, timeout: float) -> bool:
        """Whether it ended within `timeout` seconds."""
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return False
        return True

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    @property
    def returncode(self) -> int | None:
        return self.process.poll()

    @property
    def out(self) -> str:
        return self.out_path.read_text(errors="replace")

    @property
    def err(self) -> str:
        return self.err_path.read_text(errors="replace")


def start_sync(workdir: Path, local: Machine, peer: Machine) -> Command:
    """`papershelf sync` run on `local`'s file against `peer`'s server."""
    return Command(workdir, f"sync-{local.name}-{peer.name}", [
        "sync", peer.base_url, "--token", peer.sync_tokens[local.name], "--db", str(local.db_path),
        "--timeout", "10"])


def start_import(workdir: Path, machine: Machine, files: list[Path]) -> Command:
    return Command(workdir, f"import-{machine.name}", [
        "import", *map(str, files), "--captured-at", CAPTURED_AT, "--db", str(machine.db_path)])


def server_log_errors(machines: list[Machine]) -> Counter:
    """The exceptions the servers logged ("Type: message"), counted."""
    found: Counter = Counter()
    exception_line = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception)): (.*)$")
    for machine in machines:
        if machine.log_path.exists():
            for line in machine.log_path.read_text(errors="replace").splitlines():
                if match := exception_line.match(line):
                    found[f"{match[1]}: {match[2][:100]}"] += 1
    return found


# ---------------------------------------------------------------- pages


def scholarly_page(title: str, *, doi: str | None = None, arxiv_id: str | None = None) -> str:
    """A cheap page with scholarly meta tags: it normalises into one paper."""
    metas = [("citation_title", title), ("citation_author", "Ada Fault"),
             ("citation_author", "Bo Kill"), ("citation_publication_date", "2025/03/01")]
    if doi:
        metas.append(("citation_doi", doi))
    if arxiv_id:
        metas.append(("citation_arxiv_id", arxiv_id))
    head = "".join(f'<meta name="{name}" content="{value}">' for name, value in metas)
    return (f"<!doctype html><html><head><title>{title}</title>{head}</head>"
            f"<body><h1>{title}</h1><p>An abstract about {title.lower()}.</p></body></html>")


@dataclass(frozen=True)
class FixturePage:
    name: str
    url: str
    html: str


def fixture_pages() -> list[FixturePage]:
    """The real pages in tests/fixtures/pages, at the URLs they were captured from."""
    pages = []
    for path in sorted(PAGES.glob("*.html")):
        url = sidecar(path.name)["source"]["original_url"].split()[0]
        pages.append(FixturePage(path.name, url, path.read_text(encoding="utf-8")))
    return pages


def write_generated_dump(path: Path, seed: int, records: int = GENERATED_RECORDS) -> Path:
    """A format-A dump of `records` papers no other source has, so an import killed
    half-way can be told from one that committed."""
    rng = random.Random(f"{seed}:dump")
    lines = ["Get trending papers in your email inbox once a day!",
             "Get trending papers in your email inbox!"]
    for n in range(records):
        title = f"Fault dump {seed} paper {n}: {' '.join(rng.sample(WORDS, 4))}"
        abstract = (f"We study {' and '.join(rng.sample(WORDS, 3))} when servers die at random. "
                    * 3 + f"This is record {n} of a generated dump.")
        lines += [f"Subscribe{title}" if n == 0 else title, abstract]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def dump_fingerprints(path: Path) -> set[str]:
    """The title fingerprints of the records in a dump (what an import of it must store)."""
    with path.open(encoding="utf-8") as lines:
        items = list(iter_dump(lines, date.fromisoformat(CAPTURED_AT)))
    titles = [item.paper.title for item in items if not isinstance(item, RecordProblem)]
    return {fingerprint for title in titles if (fingerprint := title_fingerprint(title))}


# ---------------------------------------------------------------- the ledger


@dataclass(frozen=True)
class PaperRef:
    """How to find a paper in any library: the id a server answered and its identity."""

    id: str
    arxiv_id: str | None
    doi: str | None
    title: str | None

    @classmethod
    def from_answer(cls, paper: dict) -> PaperRef:
        return cls(paper["id"], paper.get("arxiv_id"), paper.get("doi"), paper.get("title"))

    def label(self) -> str:
        if self.arxiv_id:
            return f"arXiv {self.arxiv_id}"
        if self.doi:
            return f"DOI {self.doi}"
        return f"title {self.title!r}"


@dataclass
class FieldWrites:
    """One owner's writes of one field of one paper, in the order sent: (value, acknowledged)."""

    writes: list[tuple[Any, bool]] = field(default_factory=list)

    def allowed(self) -> list[Any]:
        """The values the field may end with: the last acknowledged one, or one sent after it
        that got no answer (it may or may not have been stored)."""
        last_acked = max((i for i, (_, acked) in enumerate(self.writes) if acked), default=-1)
        return [value for value, _ in self.writes[max(last_acked, 0):]]


@dataclass
class OwnedPaper:
    """A paper only its owner edits, on its own machine: its fields have one expected end."""

    ref: PaperRef
    machine: str
    rating: FieldWrites
    status: FieldWrites
    tags_acked: set[str]  # tags are only ever added: every acknowledged one must stay
    tags_sent: set[str]


@dataclass
class AckedCapture:
    capture_id: str
    machine: str
    papers: list[PaperRef]
    note: str | None
    tags: list[str]
    rating: int | None
    page: str | None  # the fixture page's name; None for a synthetic page


@dataclass
class AckedNote:
    body: str
    paper: PaperRef
    machine: str


@dataclass
class AckedImport:
    machine: str
    file: str
    fingerprints: set[str]


class Ledger:
    """Every acknowledged write and what it must leave behind on every library."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.captures: list[AckedCapture] = []
        self.notes: list[AckedNote] = []
        self.owned: list[OwnedPaper] = []
        self.imports: list[AckedImport] = []
        self.edits = 0
        self.unacknowledged = 0
        self.stored_despite_5xx = 0
        # Ratings sent with captures of each fixture page (answered or not): several machines
        # rate its first paper, which must end with one of them.
        self.shared_ratings: dict[str, set[int]] = defaultdict(set)
        self.twinnable: list[tuple[str, str]] = []  # (machine, title) of arXiv papers captured

    def record(self, kind: str, item: Any) -> None:
        with self.lock:
            getattr(self, kind).append(item)

    def count(self, name: str, n: int = 1) -> None:
        with self.lock:
            setattr(self, name, getattr(self, name) + n)


def identity(ref: PaperRef) -> str:
    if ref.arxiv_id:
        return f"arxiv:{ref.arxiv_id}"
    if ref.doi:
        return f"doi:{doi_key(ref.doi)}"
    return f"title:{title_fingerprint(ref.title)}"


# ---------------------------------------------------------------- capture clients


@dataclass
class Queued:
    """A capture that got no acknowledgement, kept for a retry with the same capture_id."""

    payload: dict
    owned: bool
    after_5xx: bool


class CaptureClient:
    """One browser's extension on one machine: captures (queued and retried when they get
    no answer), edits and notes on papers it captured, notes on papers it lists."""

    def __init__(self, name: str, index: int, machine: Machine, token: str, chaos: Chaos,
                 pages: list[FixturePage]):
        self.name, self.index, self.machine, self.pages = name, index, machine, pages
        self.seed, self.rng = chaos.seed, chaos.rng(name)
        self.ledger, self.problems, self.stop = chaos.ledger, chaos.problems, chaos.stop
        self.http = httpx.Client(base_url=machine.base_url, timeout=30,
                                 headers={"Authorization": f"Bearer {token}"})
        self.queue: list[Queued] = []
        self.owned: list[OwnedPaper] = []
        self.sent = 0

    def run(self) -> None:
        actions: list[tuple[Callable[[], None], int]] = [
            (self.capture_new_paper, 6), (self.capture_fixture_page, 2), (self.capture_twin, 1),
            (self.edit_owned_paper, 4), (self.note_on_owned_paper, 2), (self.note_on_listed_paper, 1),
        ]
        while not self.stop.is_set():
            if self.queue and self.rng.random() < 0.3:
                self.retry_first_queued()
            else:
                self.rng.choices([a for a, _ in actions], [w for _, w in actions])[0]()
            self.stop.wait(self.rng.uniform(0.02, 0.12))

    # -- talking to the server

    def send(self, method: str, path: str, **kwargs) -> httpx.Response | None:
        """The answer, or None when none came (the server is down or was killed mid-request)."""
        try:
            return self.http.request(method, path, **kwargs)
        except httpx.TransportError:
            self.stop.wait(0.2)  # the server is down: a browser would not hammer it either
            return None

    def accepted(self, response: httpx.Response, what: str) -> bool:
        """Whether the answer is a 2xx; a 5xx or another refusal is recorded as a problem."""
        if response.is_success:
            return True
        kind = "server errors" if response.status_code >= 500 else "unexpected answers"
        self.problems.add(kind, f"{self.machine.name}: {what} answered {response.status_code}: "
                          f"{response.text[:200]}", timed=True)
        return False

    def request(self, method: str, path: str, **kwargs) -> httpx.Response | None:
        """The 2xx answer to an edit or a note, or None (not retried: the reader sees it fail)."""
        response = self.send(method, path, **kwargs)
        if response is None or not self.accepted(response, f"{method} {path.split('?')[0]}"):
            return None
        return response

    def next_label(self) -> str:
        self.sent += 1
        return f"{self.seed}-{self.name}-{self.sent}"

    # -- captures

    def capture(self, payload: dict, *, owned: bool, after_5xx: bool = False) -> None:
        """Send a capture; without a 2xx answer it waits in the queue for a retry, as in the
        extension (a 5xx too: the extension keeps those)."""
        response = self.send("POST", "/api/captures", json=payload)
        if response is None or not self.accepted(response, f"capture {payload['capture_id']}"):
            if response is None or response.status_code >= 500:
                self.queue.append(Queued(payload, owned, after_5xx or response is not None))
            return
        if after_5xx and response.status_code == 200:
            self.ledger.count("stored_despite_5xx")
        self.acknowledge_capture(payload, response.json(), owned=owned)

    def acknowledge_capture(self, payload: dict, answer: dict, *, owned: bool) -> None:
        # Two fixture pages may share an address (a site's record in two years' layouts): the HTML
        # tells them apart.
        page = next((p.name for p in self.pages
                     if p.url == payload["url"] and p.html == payload["html"]), None)
        papers = [PaperRef.from_answer(paper) for paper in answer["papers"]]
        if not papers:
            self.problems.add("unexpected answers", f"{self.machine.name}: capture "
                              f"{payload['capture_id']} answered no paper", timed=True)
            return
        self.ledger.record("captures", AckedCapture(
            payload["capture_id"], self.machine.name, papers, payload.get("note"),
            payload.get("tags", []), payload.get("rating"), page))
        if owned:
            first = answer["papers"][0]
            paper = OwnedPaper(papers[0], self.machine.name,
                               rating=FieldWrites([(first["rating"], True)]),
                               status=FieldWrites([(first["status"], True)]),
                               tags_acked=set(first["tags"]), tags_sent=set(first["tags"]))
            self.owned.append(paper)
            self.ledger.record("owned", paper)
            if papers[0].arxiv_id:
                self.ledger.record("twinnable", (self.machine.name, papers[0].title))

    def retry_first_queued(self) -> None:
        queued = self.queue.pop(0)
        self.capture(queued.payload, owned=queued.owned, after_5xx=queued.after_5xx)

    def drain_queue(self, attempts: int = 5) -> None:
        """After the faults: send what waits until it is taken (the servers are all up)."""
        for _ in range(attempts):
            for _ in range(len(self.queue)):
                self.retry_first_queued()
            if not self.queue:
                break
            time.sleep(0.5)
        self.http.close()

    def capture_new_paper(self) -> None:
        """A synthetic paper with a unique DOI or arXiv id, owned by this client from now on."""
        label = self.next_label()
        title = f"Fault {label}: {' '.join(self.rng.sample(WORDS, 4))}"
        if self.rng.random() < 0.5:
            # arXiv ids of the future (YYMM.NNNNN from 2029, a month per client): no real paper
            # has them.
            arxiv_id = f"{29 + self.index // 12}{self.index % 12 + 1:02d}.{self.sent:05d}"
            html, doi = scholarly_page(title, arxiv_id=arxiv_id), None
        else:
            doi = f"10.5555/Fault.{label}"
            html = scholarly_page(title, doi=doi)
        payload: dict[str, Any] = {"capture_id": f"cap-{label}",
                                   "url": f"https://papers.example.org/{label}", "html": html}
        if self.rng.random() < 0.5:
            payload["note"] = f"capture note {label}"
        if self.rng.random() < 0.4:
            payload["rating"] = self.rng.randint(1, 5)
        if self.rng.random() < 0.2:
            payload["status"] = self.rng.choice(["reading", "read"])
        if self.rng.random() < 0.4:
            payload["tags"] = self.rng.sample(TAG_POOL, self.rng.randint(1, 2))
        self.capture(payload, owned=True)

    def capture_fixture_page(self) -> None:
        """A real page, captured on every machine now and then: one paper after sync."""
        page = self.rng.choice(self.pages)
        label = self.next_label()
        payload: dict[str, Any] = {"capture_id": f"cap-{label}", "url": page.url, "html": page.html}
        if self.rng.random() < 0.5:
            payload["note"] = f"fixture note {label} on {page.name}"
        if self.rng.random() < 0.3:
            payload["tags"] = self.rng.sample(SHARED_TAGS, self.rng.randint(1, 2))
        if self.rng.random() < 0.3:
            payload["rating"] = self.rng.randint(1, 5)
            with self.ledger.lock:
                self.ledger.shared_ratings[page.name].add(payload["rating"])
        self.capture(payload, owned=False)

    def capture_twin(self) -> None:
        """Another machine's arXiv paper seen here on a page that gives only its title: a
        second id for it until sync folds the two into one."""
        with self.ledger.lock:
            others = [title for machine, title in self.ledger.twinnable if machine != self.machine.name]
        if not others:
            return
        title = self.rng.choice(others)
        label = self.next_label()
        self.capture({"capture_id": f"cap-{label}", "url": f"https://mirror.example.net/{label}",
                      "html": scholarly_page(title), "note": f"twin note {label}"}, owned=False)

    # -- edits and notes

    def pick_owned_paper(self) -> OwnedPaper | None:
        """Mostly one of the last few captured (a reader rates and tags what they just saved),
        now and then an older one."""
        if not self.owned:
            return None
        return self.rng.choice(self.owned[-5:] if self.rng.random() < 0.8 else self.owned)

    def edit_owned_paper(self) -> None:
        if (paper := self.pick_owned_paper()) is None:
            return
        patch: dict[str, Any] = {}
        if self.rng.random() < 0.6:
            patch["rating"] = self.rng.choice([None, 1, 2, 3, 4, 5])
        if self.rng.random() < 0.4:
            patch["status"] = self.rng.choice(["unread", "reading", "read", "skipped"])
        if not patch or self.rng.random() < 0.4:
            # PATCH replaces the tag set: send every acknowledged tag and one more.
            patch["tags"] = sorted(paper.tags_acked | {self.rng.choice(TAG_POOL)})
        acked = self.request("PATCH", f"/api/papers/{paper.ref.id}", json=patch) is not None
        if "rating" in patch:
            paper.rating.writes.append((patch["rating"], acked))
        if "status" in patch:
            paper.status.writes.append((patch["status"], acked))
        if "tags" in patch:
            paper.tags_sent |= set(patch["tags"])
            if acked:
                paper.tags_acked = set(patch["tags"])
        self.ledger.count("edits" if acked else "unacknowledged")

    def note_on_owned_paper(self) -> None:
        if (paper := self.pick_owned_paper()) is not None:
            self.add_note(paper.ref)

    def note_on_listed_paper(self) -> None:
        """A note on any paper the library lists: imported, synced, captured elsewhere."""
        response = self.request("GET", "/api/papers", params={"limit": 50})
        if response is not None and (listed := response.json()["papers"]):
            self.add_note(PaperRef.from_answer(self.rng.choice(listed)))

    def add_note(self, paper: PaperRef) -> None:
        body = f"note {self.next_label()} on {paper.id}"
        if self.request("POST", f"/api/papers/{paper.id}/notes", json={"body": body}) is None:
            self.ledger.count("unacknowledged")
            return
        self.ledger.record("notes", AckedNote(body, paper, self.machine.name))


# ---------------------------------------------------------------- the faults


@dataclass
class Chaos:
    """What the fault threads share."""

    workdir: Path
    machines: list[Machine]
    ledger: Ledger
    problems: Problems
    figures: Figures
    stop: threading.Event
    seed: int
    seconds: float
    orphaned: dict[int, str] = field(default_factory=dict)  # children of killed processes
    left_behind: set[tuple[str, str]] = field(default_factory=set)  # (library, id) syncs left out

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}")


def judge_sync(chaos: Chaos, local: Machine, peer: Machine, sync: Command) -> None:
    """A sync that finished: 0, or one line saying its peer could not be reached."""
    what = f"sync {local.name}→{peer.name}"
    lines = sync.err.strip().splitlines()
    if sync.returncode == 0:
        chaos.figures.syncs_ok += 1
    elif len(lines) != 1 or not lines[0].startswith("papershelf: "):
        chaos.problems.add("sync errors", f"{what} exited {sync.returncode} with "
                           f"{len(lines)} lines: {' | '.join(lines[-3:])[:400]}", timed=True)
    elif UNREACHABLE.match(lines[0]):
        chaos.figures.syncs_failed += 1
    else:
        chaos.problems.add("sync errors", f"{what} exited {sync.returncode}: {lines[0][:400]}", timed=True)


@dataclass
class HeldIds:
    """The papers (with the aliases that lead to them) and notes a library holds."""

    papers: set[str]
    aliases: dict[str, str]
    notes: set[str]

    def resolves(self, pid: str) -> bool:
        for _ in range(16):
            if pid in self.papers:
                return True
            if pid not in self.aliases:
                return False
            pid = self.aliases[pid]
        return False


def held_ids(machine: Machine) -> HeldIds | None:
    """What `machine`'s file holds now; None when it cannot be read at this moment."""
    try:
        conn = sqlite3.connect(f"file:{machine.db_path}?mode=ro", uri=True, timeout=30)
        try:
            return HeldIds({pid for (pid,) in conn.execute("SELECT id FROM papers")},
                           dict(conn.execute("SELECT alias, paper_id FROM paper_aliases").fetchall()),
                           {nid for (nid,) in conn.execute("SELECT id FROM notes")})
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return None


def check_sync_complete(chaos: Chaos, local: Machine, peer: Machine,
                        before: tuple[HeldIds | None, HeldIds | None]) -> None:
    """A sync that exited 0 left each side holding every paper and note the other held when
    it began (later syncs may fill a gap it left: this sees it where it happens)."""
    after = held_ids(peer), held_ids(local)
    for (source, held), target, has in zip(((local, before[0]), (peer, before[1])), (peer, local),
                                           after, strict=True):
        if held is None or has is None:
            continue
        papers = sorted(pid for pid in held.papers if not has.resolves(pid))
        notes = sorted(held.notes - has.notes)
        chaos.left_behind.update((target.name, record) for record in [*papers, *notes])
        if papers or notes:
            first = f"paper {papers[0]}" if papers else f"note {notes[0]}"
            chaos.problems.add("sync gaps", f"sync {local.name}→{peer.name} exited 0, yet {target.name} "
                               f"lacks {len(papers)} papers and {len(notes)} notes that {source.name} "
                               f"held before it began (first: {first})", timed=True)


def run_syncs(chaos: Chaos, name: str) -> None:
    """`papershelf sync` between random pairs at random moments, a third killed mid-way."""
    rng = chaos.rng(name)
    while not chaos.stop.wait(rng.uniform(0.2, 1.5)):
        local, peer = rng.sample(chaos.machines, 2)
        before = held_ids(local), held_ids(peer)
        sync = start_sync(chaos.workdir, local, peer)
        # Until one sync was killed, every one is, early: a short run under load has few syncs,
        # and the test asserts a kill (with a third, 6 syncs missed it about 1 run in 11).
        if not chaos.figures.sync_kills:
            kill_after = rng.uniform(0.05, 0.3)
        else:
            kill_after = rng.uniform(0.05, 2.0) if rng.random() < 0.35 else None
        if sync.wait(timeout=kill_after or SYNC_TIMEOUT):
            judge_sync(chaos, local, peer, sync)
            if sync.returncode == 0:
                check_sync_complete(chaos, local, peer, before)
            continue
        sync.kill()
        if kill_after is None:
            chaos.problems.add("sync errors", f"sync {local.name}→{peer.name} still ran after "
                               f"{SYNC_TIMEOUT:g} s", timed=True)
        else:
            chaos.figures.sync_kills += 1


def run_server_kills(chaos: Chaos) -> None:
    """SIGKILL a random server every few seconds and start it again on the same file."""
    rng = chaos.rng("server-kills")
    while not chaos.stop.wait(rng.uniform(2.0, 6.0)):
        machine = rng.choice(chaos.machines)
        machine.kill()
        chaos.figures.server_kills += 1
        time.sleep(rng.uniform(0.1, 1.0))
        machine.start()


def library_counts(machine: Machine, fingerprints: set[str], capture_id: str) -> tuple[int, bool]:
    """How many of a dump's papers a library holds, and whether it holds the dump's capture row."""
    conn = sqlite3.connect(f"file:{machine.db_path}?mode=ro", uri=True, timeout=30)
    try:
        held = sum(title_fingerprint(title) in fingerprints
                   for (title,) in conn.execute("SELECT title FROM papers"))
        row = conn.execute("SELECT 1 FROM captures WHERE id = ?", [capture_id]).fetchone()
        return held, row is not None
    finally:
        conn.close()


def dump_capture_id(path: Path) -> str:
    return f"dump:{hashlib.sha256(path.read_bytes()).hexdigest()[:32]}"


def run_imports(chaos: Chaos, plan: list[tuple[Machine, list[Path]]], generated: Path) -> None:
    """Bulk imports into libraries whose servers run; half are killed mid-way, then run again."""
    rng = chaos.rng("imports")
    expected = {path: dump_fingerprints(path) for _, files in plan for path in files}
    for machine, files in plan:
        chaos.stop.wait(rng.uniform(0.5, chaos.seconds / (2 * len(plan))))
        command = start_import(chaos.workdir, machine, files)
        if generated in files:
            # Killed while it stores the big file: its reader child has started by then.
            wait_for_child(command, timeout=START_TIMEOUT)
            delay: float | None = rng.uniform(0.0, 0.8)
        else:
            delay = rng.uniform(0.3, 1.5) if rng.random() < 0.5 else None
        if delay is not None and not command.wait(delay):
            kill_import(chaos, machine, command, files, generated, expected)
            command = start_import(chaos.workdir, machine, files)  # the user runs it again
        if not command.wait(IMPORT_TIMEOUT):
            command.kill()
            chaos.problems.add("import errors", f"import into {machine.name} still ran after "
                               f"{IMPORT_TIMEOUT:g} s", timed=True)
            continue
        if command.returncode != 0:
            chaos.problems.add("import errors", f"import into {machine.name} exited "
                               f"{command.returncode}: {command.err.strip()[-400:]}", timed=True)
            continue
        for path in files:
            chaos.ledger.record("imports", AckedImport(machine.name, path.name, expected[path]))


def wait_for_child(command: Command, timeout: float) -> None:
    """Until the command has started a child process (or ended, or `timeout` passed)."""
    deadline = time.monotonic() + timeout
    while command.returncode is None and time.monotonic() < deadline:
        with contextlib.suppress(psutil.NoSuchProcess):
            if psutil.Process(command.process.pid).children():
                return
        time.sleep(0.02)


def kill_import(chaos: Chaos, machine: Machine, command: Command, files: list[Path],
                generated: Path, expected: dict[Path, set[str]]) -> None:
    """SIGKILL an import: its file is all there or not at all (and its children are noted:
    the end of the run checks that none of them stays)."""
    try:
        children = psutil.Process(command.process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        children = []
    command.kill()
    chaos.figures.import_kills += 1
    if generated in files:
        held, has_capture = library_counts(machine, expected[generated], dump_capture_id(generated))
        if held not in (0, len(expected[generated])) or has_capture != (held > 0):
            chaos.problems.add("import errors", f"import killed: {machine.name} holds {held} of the "
                               f"{len(expected[generated])} papers of {generated.name} "
                               f"(capture row: {has_capture})", timed=True)
    for child in children:
        chaos.orphaned[child.pid] = f" (a child of `papershelf import` into {machine.name}, " \
                                    "which was killed with SIGKILL)"


def guarded(chaos: Chaos, name: str, target: Callable[[], None]) -> threading.Thread:
    """A thread whose crash is a problem of the harness, reported rather than lost."""

    def run() -> None:
        try:
            target()
        except Exception as error:  # reported with the run's problems
            chaos.problems.add("harness", f"{name}: {type(error).__name__}: {error}", timed=True)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


# ---------------------------------------------------------------- settling


def settle(chaos: Chaos, clients: list[CaptureClient], log: Callable[[str], None]) -> None:
    """Every server up, every queued capture sent, then sync until nothing moves."""
    for machine in chaos.machines:
        if machine.process is None or machine.process.poll() is not None:
            machine.start()
    for client in clients:
        client.drain_queue()
        chaos.ledger.count("unacknowledged", len(client.queue))
    rounds = sync_until_quiet(chaos)
    log(f"settled in {rounds} rounds of syncs between every pair")


def sync_until_quiet(chaos: Chaos) -> int:
    """Every ordered pair syncs, round after round, until a round moves nothing."""
    for round_number in range(1, SETTLE_ROUNDS + 1):
        moved = 0
        for local in chaos.machines:
            for peer in chaos.machines:
                if local is not peer:
                    moved += final_sync(chaos, local, peer)
        if moved == 0:
            return round_number
    chaos.problems.add("unsettled", f"the libraries still moved changes after {SETTLE_ROUNDS} rounds")
    return SETTLE_ROUNDS


def final_sync(chaos: Chaos, local: Machine, peer: Machine) -> int:
    """One sync with nothing else running: it must succeed (one retry allowed) and carry all
    either side holds. How many changes it moved."""
    problems = chaos.problems
    for _ in range(2):
        before = held_ids(local), held_ids(peer)
        sync = start_sync(chaos.workdir, local, peer)
        if not sync.wait(SYNC_TIMEOUT):
            sync.kill()
        elif sync.returncode == 0 and (match := SYNC_LINE.search(sync.out)):
            check_sync_complete(chaos, local, peer, before)
            return int(match[1]) + int(match[2])
        problems.add("unsettled", f"final sync {local.name}→{peer.name} exited "
                     f"{sync.returncode}: {sync.err.strip()[-300:]}")
    return 0


# ---------------------------------------------------------------- checking the libraries


def index_problems(db_path: Path) -> list[str]:
    """What PRAGMA integrity_check does not look at: each FTS5 index checked by FTS5
    against the rows it indexes, and the overview's counts against counting the tables
    again (a write or a crash that left either behind its rows would show here)."""
    conn = sqlite3.connect(db_path, timeout=30)
    problems = []
    try:
        for table in ("papers_fts", "notes_fts"):
            try:
                conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as error:
                problems.append(f"{table}: {error}")
        held = {(facet, value): n for facet, value, n in conn.execute(
            "SELECT facet, value, count FROM library_counts") if n}
        expected = recount(conn)
        wrong = sorted(key for key in held.keys() | expected.keys()
                       if held.get(key) != expected.get(key))
        problems += [f"library_counts {key}: {held.get(key)} held, {expected.get(key)} counted"
                     for key in wrong[:5]]
    finally:
        conn.close()
    return problems


class Library:
    """One library file read after the run (read-only)."""

    def __init__(self, machine: Machine):
        self.name = machine.name
        conn = sqlite3.connect(f"file:{machine.db_path}?mode=ro", uri=True, timeout=30)
        conn.row_factory = sqlite3.Row
        try:
            self.integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            self.integrity += index_problems(machine.db_path)
            self.papers = {row["id"]: dict(row) for row in conn.execute(
                "SELECT id, title, arxiv_id, doi, rating, status, tags FROM papers")}
            self.aliases = dict(conn.execute("SELECT alias, paper_id FROM paper_aliases").fetchall())
            self.notes = [dict(row) for row in conn.execute("SELECT id, paper_id, body FROM notes")]
            self.snapshot = snapshot(conn)
        finally:
            conn.close()
        self.by_key: dict[str, set[str]] = defaultdict(set)
        for pid, paper in self.papers.items():
            for key in paper_keys(paper):
                self.by_key[key].add(pid)
        self.notes_by_body: dict[str, list[dict]] = defaultdict(list)
        for note in self.notes:
            self.notes_by_body[note["body"]].append(note)

    def resolve(self, pid: str) -> str | None:
        """The paper an id names now: itself, or the paper it was merged into."""
        for _ in range(16):
            if pid in self.papers:
                return pid
            if pid not in self.aliases:
                return None
            pid = self.aliases[pid]
        return None

    def find(self, ref: PaperRef) -> dict | None:
        """The paper a ref names, by its identity; None when it is missing."""
        ids = self.by_key.get(identity(ref), set())
        return self.papers[min(ids)] if ids else None


def paper_keys(paper: dict) -> list[str]:
    keys = []
    if paper["arxiv_id"]:
        keys.append(f"arxiv:{paper['arxiv_id']}")
    if paper["doi"]:
        keys.append(f"doi:{doi_key(paper['doi'])}")
    if fingerprint := title_fingerprint(paper["title"]):
        keys.append(f"title:{fingerprint}")
    return keys


def missing_paper(library: Library, ref: PaperRef) -> str | None:
    """Why the paper `ref` names is not properly in `library`, or None."""
    found = library.find(ref)
    if found is None:
        return f"paper {ref.label()} missing"
    if library.resolve(ref.id) != found["id"]:
        return f"paper {ref.label()} is {found['id']} but its id {ref.id} names " \
               f"{library.resolve(ref.id)}"
    return None


def missing_note(library: Library, body: str, paper: PaperRef) -> str | None:
    notes = library.notes_by_body.get(body, [])
    if not notes:
        return f"note {body!r} missing"
    target = library.resolve(notes[0]["paper_id"])
    found = library.find(paper)
    if target is None or target not in (library.resolve(paper.id), found and found["id"]):
        return f"note {body!r} is on {notes[0]['paper_id']}, not on {paper.label()}"
    return None


def lost_writes(library: Library, ledger: Ledger) -> list[tuple[str, str]]:
    """Every acknowledged write that `library` does not hold as it must: (write, why)."""
    lost = []
    for capture in ledger.captures:
        reasons = [r for ref in capture.papers if (r := missing_paper(library, ref))]
        if capture.note is not None and not reasons:
            reasons += filter(None, [missing_note(library, capture.note, capture.papers[0])])
        if capture.tags and not reasons:
            tags = set(json.loads(library.find(capture.papers[0])["tags"]))
            if missing := set(capture.tags) - tags:
                reasons.append(f"tags {sorted(missing)} missing on {capture.papers[0].label()}")
        if reasons:
            lost.append((f"capture {capture.capture_id} (on {capture.machine})", "; ".join(reasons)))
    for note in ledger.notes:
        if reason := missing_note(library, note.body, note.paper):
            lost.append((f"note {note.body!r} (on {note.machine})", reason))
    for owned in ledger.owned:
        if reason := owned_paper_fields(library, owned):
            lost.append((f"edits of {owned.ref.label()} (on {owned.machine})", reason))
    held = {key.removeprefix("title:") for key in library.by_key if key.startswith("title:")}
    for acked in ledger.imports:
        if missing := acked.fingerprints - held:
            lost.append((f"import of {acked.file} (into {acked.machine})",
                         f"{len(missing)} of {len(acked.fingerprints)} papers missing"))
    # Several fixture pages may show one paper (arXiv's abstract page and its HTML view, a
    # listing): a rating sent with any of them may be the one that stands.
    sent: dict[str, set[int]] = defaultdict(set)
    rated: dict[str, tuple[str, PaperRef, dict]] = {}
    for capture in ledger.captures:
        if capture.page and capture.rating is not None:
            paper = library.find(capture.papers[0])
            if paper is not None:
                sent[paper["id"]] |= ledger.shared_ratings[capture.page]
                rated[paper["id"]] = (capture.page, capture.papers[0], paper)
    for pid, (page, ref, paper) in sorted(rated.items()):
        if paper["rating"] not in sent[pid]:
            lost.append((f"ratings of {page}", f"{ref.label()} is rated {paper['rating']}, "
                         f"never sent (sent: {sorted(sent[pid])})"))
    return lost


def owned_paper_fields(library: Library, owned: OwnedPaper) -> str | None:
    paper = library.find(owned.ref)
    if paper is None:
        return "paper missing"
    if paper["rating"] not in owned.rating.allowed():
        return f"rating {paper['rating']}, expected one of {owned.rating.allowed()}"
    if paper["status"] not in owned.status.allowed():
        return f"status {paper['status']!r}, expected one of {owned.status.allowed()}"
    tags = set(json.loads(paper["tags"]))
    if not owned.tags_acked <= tags or not tags <= owned.tags_sent:
        return f"tags {sorted(tags)}, expected {sorted(owned.tags_acked)} (at most " \
               f"{sorted(owned.tags_sent)})"
    return None


def duplicated_rows(library: Library) -> list[str]:
    """Papers stored twice (rows sharing an arXiv id, a DOI, or a title fingerprint with no
    arXiv id or DOI that tells them apart) and notes stored twice (every body is unique)."""
    found = []
    for key, ids in sorted(library.by_key.items()):
        if len(ids) < 2:
            continue
        rows = [library.papers[pid] for pid in ids]
        arxiv = {row["arxiv_id"] for row in rows} - {None}
        dois = {doi_key(row["doi"]) for row in rows} - {None}
        if key.startswith("arxiv:") or (key.startswith("doi:") and len(arxiv) < 2) or (
                len(arxiv) < 2 and len(dois) < 2):
            found.append(f"{library.name}: {len(ids)} papers share {key[:80]}: {sorted(ids)}")
    for body, notes in library.notes_by_body.items():
        if len(notes) > 1:
            found.append(f"{library.name}: note {body!r} stored {len(notes)} times")
    return found


def orphans(library: Library) -> list[str]:
    """Notes on no paper, and aliases to no paper."""
    found = [f"{library.name}: note {note['body']!r} is on {note['paper_id']}, neither a paper "
             f"nor an alias" for note in library.notes if library.resolve(note["paper_id"]) is None]
    found += [f"{library.name}: alias {alias} → {target} names no paper"
              for alias, target in library.aliases.items() if library.resolve(alias) is None]
    return found


def differences(libraries: list[Library]) -> list[str]:
    """What keeps the libraries from being identical, table by table, with a first example."""
    first, found = libraries[0], []
    for other in libraries[1:]:
        for table, rows in first.snapshot.items():
            mine = {row[0]: row for row in rows}
            theirs = {row[0]: row for row in other.snapshot[table]}
            differing = sorted(key for key in mine.keys() | theirs.keys()
                               if mine.get(key) != theirs.get(key))
            if differing:
                key = differing[0]
                found.append(f"{first.name} and {other.name} differ in {table} on {len(differing)} "
                             f"rows; first: {first.name} {str(mine.get(key))[:300]} / "
                             f"{other.name} {str(theirs.get(key))[:300]}")
    return found


def leftover_processes(workdir: Path) -> list[tuple[psutil.Process, str]]:
    """Processes still running with this run's files on their command line."""
    found = []
    for process in psutil.process_iter(["pid", "cmdline"]):
        cmdline = " ".join(process.info["cmdline"] or ())
        if str(workdir) in cmdline and process.pid != psutil.Process().pid:
            found.append((process, cmdline))
    return found
