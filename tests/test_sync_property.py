"""Convergence and intent under any sync order: a Hypothesis state machine.

3–4 replicas (each its own library file, its own skewed wall clock) capture the
same few papers under different identities, rate them, set their status, tag,
and write, edit and delete notes, and sync in random pairs through the real
client and serving functions (in-process, no sockets). After everyone syncs:

- all replicas hold the same state (papers, ids, tags, notes, tombstones, aliases);
- every rating and status is the write with the greatest clock (intent, not just
  agreement), and every new write's clock is above every write its replica had seen;
- tags are exactly the add-wins set an independent model computes;
- no note text was lost that no one replaced or deleted having seen it;
- every page capture's observation is on every replica, on the paper it is there;
- another round of syncs exchanges nothing and changes no file.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from papershelf.capture import store_papers
from papershelf.normalise import Normalised
from papershelf.records import STATUSES, Observed, Paper, Rank
from papershelf.store.db import open_writer
from papershelf.store.notes import create_note, delete_note, edit_note
from papershelf.store.papers import edit_paper, find_matches, load_state
from papershelf.store.tx import use_wall_clock, write
from sync_helpers import snapshot, sync_local

# The same papers, seen with and without their arXiv id / DOI and with their titles
# spelt differently, so replicas give one paper different ids that sync must join.
POOL = (
    ("Attention Is All You Need", "1706.03762", None),
    ("Deep Residual Learning for Image Recognition", "1512.03385", "10.1109/cvpr.2016.90"),
    ("A Paper Known by Its DOI", None, "10.5555/doi-only"),
    ("Title Only: A Study of Things", None, None),
)
TAGS = ("ml", "to-read", "vision")
SKEW_MS = 150_000  # ±2.5 min
START_MS = 1_760_000_000_000
SHM = Path("/dev/shm")


class Replica:
    def __init__(self, path: Path, index: int, skew: int, now):
        self.db = open_writer(path, create=True)
        # Fixed machine ids (they break clock ties) keep every example replayable.
        self.db.execute("UPDATE meta SET value = ? WHERE key = 'machine_id'", [f"{index:016x}"])
        use_wall_clock(self.db, lambda: now() + skew)

    def local_id(self, p: int) -> str | None:
        found = find_matches(self.db, Paper(title=POOL[p][0]))
        assert len(found) <= 1, f"paper {p} has {len(found)} rows: {found}"
        return found[0] if found else None

    def visible_tags(self, pid: str) -> set[str]:
        return set(load_state(self.db, pid).visible_tags())

    def notes(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, body FROM notes ORDER BY id").fetchall())

    def version(self) -> int:
        return int(self.db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0])


def _field_clock(db, pid: str, name: str) -> str:
    return load_state(db, pid).clocks[name].split(":", 1)[1]


class Knowledge:
    """What one replica has seen, in the model: papers, field writes, tag adds/removes."""

    def __init__(self):
        self.papers: set[int] = set()
        self.latest: dict[tuple[int, str], str] = {}  # (paper, field) -> greatest clock seen
        self.adds: defaultdict[tuple[int, str], set[int]] = defaultdict(set)
        self.cancelled: defaultdict[tuple[int, str], set[int]] = defaultdict(set)

    def tags(self, p: int) -> set[str]:
        return {t for t in TAGS if self.adds[p, t] - self.cancelled[p, t]}

    def join(self, other: Knowledge) -> None:
        self.papers |= other.papers
        for key, clock in other.latest.items():
            self.latest[key] = max(clock, self.latest.get(key, ""))
        for key, adds in other.adds.items():
            self.adds[key] |= adds
        for key, cancelled in other.cancelled.items():
            self.cancelled[key] |= cancelled


class SyncMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        base = SHM if SHM.is_dir() else None
        self.dir = Path(tempfile.mkdtemp(prefix="papershelf-sync-", dir=base))
        self.now = START_MS
        self.replicas: list[Replica] = []
        self.known: list[Knowledge] = []
        self.writes: dict[tuple[int, str], list[tuple[str, object]]] = defaultdict(list)
        self.live_texts: set[str] = set()
        self.counter = 0
        self.observations = 0  # page captures made, each one observation

    def _clock(self) -> int:
        return self.now

    def _next(self) -> int:
        self.counter += 1
        return self.counter

    @initialize(skews=st.lists(st.integers(-SKEW_MS, SKEW_MS), min_size=3, max_size=4),
                first=st.lists(st.tuples(st.integers(0, len(POOL) - 1), st.booleans()),
                               min_size=4, max_size=4))
    def make_replicas(self, skews, first):
        for i, skew in enumerate(skews):
            self.replicas.append(Replica(self.dir / f"r{i}.db", i, skew, self._clock))
            self.known.append(Knowledge())
            # Every replica starts with a paper of its own (some the same paper under
            # another id), so edits and notes have something to work on from step one.
            p, with_ids = first[i]
            self._capture(i, p, with_ids, with_ids, shout=False, page=with_ids, ms=1)

    def teardown(self):
        try:
            if self.replicas:
                self._everyone_syncs_and_agrees()
        finally:
            for replica in self.replicas:
                replica.db.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    # ---- operations ----------------------------------------------------------

    def _tick(self, ms: int) -> None:
        self.now += ms

    def _replica(self, r: int) -> tuple[Replica, Knowledge]:
        r %= len(self.replicas)
        return self.replicas[r], self.known[r]

    @rule(r=st.integers(0, 3), p=st.integers(0, len(POOL) - 1), with_arxiv=st.booleans(),
          with_doi=st.booleans(), shout=st.booleans(), page=st.booleans(),
          ms=st.integers(1, 5000))
    def capture(self, r, p, with_arxiv, with_doi, shout, page, ms):
        self._capture(r, p, with_arxiv, with_doi, shout, page, ms)

    def _capture(self, r, p, with_arxiv, with_doi, shout, page, ms):
        self._tick(ms)
        replica, known = self._replica(r)
        title, arxiv_id, doi = POOL[p]
        record = Paper(
            title=title.upper() if shout else title, abstract=f"abstract {self._next()}",
            arxiv_id=arxiv_id if with_arxiv else None, doi=doi if with_doi else None,
        )
        # Through the capture's own store step, so a page capture also keeps an observation
        # (its upvotes), which must reach every replica whatever ids the paper had there;
        # text says no upvotes and keeps none (fewer changes: the test stays quick).
        found = Normalised(kind="hf_paper" if page else "text", papers=[record],
                           rank=Rank.PAGE if page else Rank.TEXT,
                           observed=[Observed(upvotes=self._next() if page else None)])
        with write(replica.db) as tx:
            store_papers(tx, f"capture-{self.counter}", found, hlc=tx.now(), observed_at=tx.timestamp)
        known.papers.add(p)
        self.observations += page

    def _edit(self, r, p, name, value, ms):
        self._tick(ms)
        replica, known = self._replica(r)
        pid = replica.local_id(p)
        if pid is None:
            assert p not in known.papers
            return
        with write(replica.db) as tx:
            edit_paper(tx, pid, {name: value})
        clock = _field_clock(replica.db, pid, name)
        seen = known.latest.get((p, name), "")
        assert clock > seen, f"a new {name} write {clock} is not after one it saw, {seen}"
        known.latest[p, name] = clock
        self.writes[p, name].append((clock, value))

    @rule(r=st.integers(0, 3), p=st.integers(0, len(POOL) - 1),
          rating=st.none() | st.integers(1, 5), ms=st.integers(1, 5000))
    def rate(self, r, p, rating, ms):
        self._edit(r, p, "rating", rating, ms)

    @rule(r=st.integers(0, 3), p=st.integers(0, len(POOL) - 1), status=st.sampled_from(STATUSES),
          ms=st.integers(1, 5000))
    def set_status(self, r, p, status, ms):
        self._edit(r, p, "status", status, ms)

    @rule(r=st.integers(0, 3), p=st.integers(0, len(POOL) - 1), tag=st.sampled_from(TAGS),
          add=st.booleans(), ms=st.integers(1, 5000))
    def tag(self, r, p, tag, add, ms):
        self._tick(ms)
        replica, known = self._replica(r)
        pid = replica.local_id(p)
        if pid is None:
            return
        visible = replica.visible_tags(pid)
        assert visible == known.tags(p), f"replica {r} paper {p}: tags {visible}"
        wanted = visible | {tag} if add else visible - {tag}
        if wanted == visible:
            return
        with write(replica.db) as tx:
            edit_paper(tx, pid, {}, tags=sorted(wanted))
        if add:
            known.adds[p, tag].add(self._next())
        else:
            known.cancelled[p, tag] |= known.adds[p, tag]
        assert replica.visible_tags(pid) == known.tags(p)

    @rule(r=st.integers(0, 3), p=st.integers(0, len(POOL) - 1), ms=st.integers(1, 5000))
    def add_note(self, r, p, ms):
        self._tick(ms)
        replica, _ = self._replica(r)
        pid = replica.local_id(p)
        if pid is None:
            return
        text = f"note text {self._next()}"
        with write(replica.db) as tx:
            create_note(tx, pid, text, note_id=f"{self.counter:032x}")
        self.live_texts.add(text)

    @rule(r=st.integers(0, 3), data=st.data(), delete=st.booleans(), ms=st.integers(1, 5000))
    def change_note(self, r, data, delete, ms):
        self._change_note(r, data, delete, ms)

    def _change_note(self, r, data, delete, ms):
        self._tick(ms)
        replica, _ = self._replica(r)
        notes = replica.notes()
        if not notes:
            return
        note_id = data.draw(st.sampled_from(sorted(notes)))
        # The reader saw this text and replaced or removed it: it may go.
        self.live_texts.discard(notes[note_id])
        with write(replica.db) as tx:
            if delete:
                delete_note(tx, note_id)
            else:
                text = f"note text {self._next()}"
                edit_note(tx, note_id, body=text)
                self.live_texts.add(text)

    @rule(r=st.integers(0, 3), data=st.data(), ms=st.integers(1, 5000))
    def edit_note_again(self, r, data, ms):
        # Concurrent edits need edits on two replicas between two syncs: a second,
        # edit-only rule makes them common enough to matter.
        self._change_note(r, data, False, ms)

    @precondition(lambda self: len(self.replicas) > 1)
    @rule(a=st.integers(0, 3), b=st.integers(0, 3), ms=st.integers(1, 5000))
    def sync(self, a, b, ms):
        a %= len(self.replicas)
        b %= len(self.replicas)
        if a == b:
            return
        self._tick(ms)
        sync_local(self.replicas[a].db, self.replicas[b].db, page_size=7, batch_size=5)
        self.known[a].join(self.known[b])
        self.known[b].join(self.known[a])
        for i in (a, b):
            self._check_tags(i)

    def _check_tags(self, i: int) -> None:
        replica, known = self.replicas[i], self.known[i]
        for p in known.papers:
            pid = replica.local_id(p)
            assert pid is not None, f"replica {i} lost paper {p}"
            assert replica.visible_tags(pid) == known.tags(p), f"replica {i} paper {p}: tags"

    # ---- the end ---------------------------------------------------------------

    def _round(self) -> None:
        n = len(self.replicas)
        for i in range(n):
            self._tick(1000)
            sync_local(self.replicas[i].db, self.replicas[(i + 1) % n].db)
        everyone = Knowledge()
        for known in self.known:
            everyone.join(known)
        for known in self.known:
            known.join(everyone)

    def _everyone_syncs_and_agrees(self) -> None:
        self._round()
        self._round()
        first = snapshot(self.replicas[0].db)
        for i, replica in enumerate(self.replicas[1:], 1):
            assert snapshot(replica.db) == first, f"replica {i} differs from replica 0"
        replica = self.replicas[0]
        for (p, name), writes in self.writes.items():
            expected = max(writes, key=lambda w: w[0])[1]
            pid = replica.local_id(p)
            value = replica.db.execute(f"SELECT {name} FROM papers WHERE id = ?", [pid]).fetchone()
            assert value[0] == expected, f"paper {p} {name}: {value[0]!r}, latest {expected!r}"
        for i in range(len(self.replicas)):
            self._check_tags(i)
        held = replica.db.execute("SELECT count(*) FROM observations").fetchone()[0]
        assert held == self.observations, f"{held} observations of {self.observations} page captures"
        orphans = replica.db.execute("SELECT count(*) FROM observations WHERE paper_id NOT IN "
                                     "(SELECT id FROM papers)").fetchone()[0]
        assert orphans == 0, f"{orphans} observations point at no paper"
        bodies = set(replica.notes().values())
        assert self.live_texts <= bodies, f"note texts lost: {sorted(self.live_texts - bodies)}"
        # Libraries in step: another round sends nothing and writes nothing.
        versions = [r.version() for r in self.replicas]
        n = len(self.replicas)
        for i in range(n):
            report = sync_local(self.replicas[i].db, self.replicas[(i + 1) % n].db)
            assert (report.pulled, report.pushed) == (0, 0), report.line()
        assert [r.version() for r in self.replicas] == versions


# The suite runs 100 examples (half a minute of CPU at 200); scripts/soak runs 3,000
# (PAPERSHELF_PROPERTY_EXAMPLES).
SyncMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("PAPERSHELF_PROPERTY_EXAMPLES", "100")),
    stateful_step_count=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_sync_converges = SyncMachine.TestCase
