"""What a fault-injection run counts (Figures) and the faults it finds (Problems).

The lowest of the tests/fault_*.py modules: the fault threads and the capture clients fill
both in as they go, and tests/fault_helpers.py sums, checks and reports them.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass, fields


@dataclass
class Figures:
    """What one run (or, summed, several) did and found."""

    captures: int = 0  # acknowledged writes, by kind
    notes: int = 0
    edits: int = 0
    imports: int = 0
    unacknowledged: int = 0  # writes that never got a 2xx answer (not counted as lost)
    stored_despite_5xx: int = 0  # captures answered 5xx, then found stored by their retry
    # writes answered 503 library_busy while an import or sync held the library (by design)
    busy_while_held: int = 0
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
            f"busy while an import or sync held the library {self.busy_while_held}, "
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
