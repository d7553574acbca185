"""Replication that survives SIGKILLs: real `papershelf serve --replicate`, real Litestream.

Two clients capture, write notes and edit while the server, Litestream or both are killed
with SIGKILL at random moments; after each kill of both, the replica is restored on a "new
machine" (another folder) and must be a state the library was in at some moment: no
acknowledged write missing while a later one is there, integrity ok. At the end the server
runs again until the replica caught up, and a last restore holds every acknowledged write.
(tests/durability_helpers.py; PAPERSHELF_CRASH_ROUNDS runs longer, scripts/soak does.)
"""

from __future__ import annotations

import os
import random

from durability_helpers import crash_scenario

ROUNDS = int(os.environ.get("PAPERSHELF_CRASH_ROUNDS", "2"))


def test_sigkilled_server_and_litestream_leave_a_replica_without_holes_that_loses_nothing(tmp_path):
    seed = int(os.environ.get("PAPERSHELF_CRASH_SEED", random.SystemRandom().randrange(10**6)))
    outcome = crash_scenario(tmp_path, seed=seed, rounds=ROUNDS)
    assert not outcome.problems, f"seed {seed} (PAPERSHELF_CRASH_SEED replays it):\n" + "\n".join(
        outcome.problems)
    assert outcome.acknowledged > 20 and outcome.restored_mid_run > 0
