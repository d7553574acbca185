"""`papershelf import --dry-run`: what each record would do, said as it is stored in a
transaction that is rolled back, so later records of the file see the earlier ones."""

from __future__ import annotations

from collections.abc import Callable

from ..identity import record_fingerprint
from ..merge import merge_states, state_from_record
from ..records import Paper
from ..store.papers import Outcome, find_matches, load_state, save_paper
from ..store.tx import Tx


def _ids(paper: Paper) -> str:
    parts = [f"arXiv:{paper.arxiv_id}" if paper.arxiv_id else "", f"doi:{paper.doi}" if paper.doi else ""]
    shown = ", ".join(p for p in parts if p)
    return f" [{shown}]" if shown else ""


def _title(value) -> str:
    text = value if isinstance(value, str) else "(no title)"
    return text if len(text) <= 80 else text[:77] + "..."


class Preview:
    """Says, one line per record, what an import would do (`out` gets each line)."""

    def __init__(self, out: Callable[[str], None]):
        self.out = out

    def save(self, tx: Tx, paper: Paper, *, rank: int, hlc: str, capture_id: str, line: int,
             where: str) -> tuple[str, Outcome]:
        incoming = state_from_record(paper, rank, hlc)
        matches = find_matches(tx.db, paper, record_fingerprint(paper))
        local = load_state(tx.db, matches[0]) if matches else None
        pid, outcome = save_paper(tx, paper, rank=rank, hlc=hlc, capture_id=capture_id, line=line)
        if outcome is Outcome.NEW or local is None:
            self.out(f"{where}:{line}: new: {_title(paper.title)}{_ids(paper)}")
            return pid, outcome
        merged = merge_states(local, incoming)
        stored = local.values
        filled = [f for f in incoming.values if stored.get(f) is None]
        changed = [f for f in incoming.values
                   if stored.get(f) is not None and merged.values.get(f) != stored.get(f)]
        kept = [f for f in incoming.values if stored.get(f) is not None
                and merged.values.get(f) == stored.get(f) and incoming.values[f] != stored.get(f)]
        into = f"{pid} ({_title(stored.get('title'))})"
        if outcome is Outcome.DELETED:
            self.out(f"{where}:{line}: refused: {into} was deleted by you and stays deleted")
        elif not (filled or changed):
            self.out(f"{where}:{line}: unchanged: already in the library as {into}"
                     + (f"; leaves {', '.join(kept)} as stored" if kept else ""))
        else:
            said = [f"fills {', '.join(filled)}" if filled else "",
                    f"replaces {', '.join(changed)}" if changed else "",
                    f"leaves {', '.join(kept)} as stored" if kept else ""]
            self.out(f"{where}:{line}: merges into {into}: {'; '.join(s for s in said if s)}")
        return pid, outcome
