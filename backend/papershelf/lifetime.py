"""A helper process's life bound to its server's: `leave_with(server_pid)`.

The server's children (capture workers, the discover refresh) must not outlive it, even
when it is killed outright (SIGKILL skips every shutdown). Each child watches the server
on a thread of its own, so it leaves at once, whatever it is doing: importing
scikit-learn, analysing a million papers, parsing a page.
"""

from __future__ import annotations

import os
import select
import threading


def leave_with(server_pid: int) -> None:
    """Exit this process as soon as the process `server_pid` has ended."""
    threading.Thread(target=_exit_with, args=(server_pid,), daemon=True,
                     name="papershelf-server-watch").start()


def _exit_with(server_pid: int) -> None:
    # A pidfd is readable once the process has ended (Linux 5.3; the replication watchdog
    # relies on it too). A server killed while this child was still starting is gone before
    # it looks: the child goes at once (the fault test's kills found it alive, its watch
    # dead of the lookup).
    try:
        ended = os.pidfd_open(server_pid)
    except ProcessLookupError:
        os._exit(0)
    select.select([ended], [], [])
    os._exit(0)
