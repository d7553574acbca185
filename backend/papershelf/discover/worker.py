"""The background of `papershelf serve`: keeps discover's tables in step, in a process of
its own.

A child process wakes every few seconds, and does anything only when the library's change
counter moved (a capture, an import by another process, a sync, the reader's edit) or at
start. A library without a paper has nothing to analyse: the child is started once the
first paper is there (starting it costs half a second of CPU, on every first run of a new
library and every server a test starts). The work (analysing text, training, scoring) runs
there, at a lower priority, with its own read-only connection: analysing the text of a
freshly imported million papers takes minutes of pure-Python work, which on a thread of
the server held the GIL against every request (a search page took 140 ms instead of 20).
Only the results come back, over a pipe, and are written as ordinary short jobs on the
writer thread, so a capture never waits behind a model being trained. The child exits when
the server stops (its pipe closes) and the moment the server ends, killed or not, whatever
it is doing (lifetime.leave_with).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import traceback
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

from ..lifetime import leave_with
from ..store.db import open_reader
from ..store.library import Library, LibraryBusy

log = logging.getLogger(__name__)
INTERVAL = 2.0
STOP_WAIT = 30.0
# Requests come first on a busy machine; the refresh takes what is left.
NICENESS = 10
POLL = 0.5
# How long a server whose refresh process ended may take to say it is stopping too.
STOPPING_GRACE = 5.0


class Stopping(Exception):
    """The server is closing: the pass ends at its next write."""


class DiscoverWorker:
    def __init__(self, library: Library, interval: float = INTERVAL):
        self.library = library
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._relay, daemon=True, name="papershelf-discover")

    def start(self) -> DiscoverWorker:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(STOP_WAIT)

    def _write(self, fn, *args):
        if self._stop.is_set():
            raise Stopping
        future = self.library.submit_write(fn, *args)
        while True:
            try:
                return future.result(timeout=0.5)
            except FutureTimeout:
                if self._stop.is_set() and future.cancel():
                    raise Stopping from None

    def _relay(self) -> None:
        """Start the child once there is a paper, then run its writes until the server stops
        or the child ends."""
        try:
            if not self._first_paper():
                return
        except Exception:  # never take the server down: say so, and do without a refresh
            log.exception("discover: the background refresh did not start")
            return
        # Spawned, not forked from the capture workers' forkserver: that one is started with
        # the normalisers preloaded (capture_pool.ParsePool), whichever asks for it first.
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        child = context.Process(target=refresh_forever, args=(str(self.library.path), theirs,
                                                               self.interval, os.getpid()),
                                daemon=True, name="papershelf-discover")
        try:
            child.start()
            theirs.close()  # the child's end lives in the child alone: its exit closes the pipe
            while not self._stop.is_set():
                if ours.poll(POLL) and not self._answer(ours, ours.recv()):
                    return
        except EOFError:
            # A stop signal to the server's whole process group (a service manager's, a
            # script's `kill -- -PGID`) ends the child a moment before the server's own stop
            # reaches here: only an end the server does not follow is a failure.
            if not self._stop.wait(STOPPING_GRACE):
                child.join(1)
                log.error("discover: the background refresh stopped (its process exited with %s)",
                          child.exitcode)
        except Exception:  # never take the server down: say so, and stop refreshing
            log.exception("discover: the background refresh stopped")
        finally:
            ours.close()
            if child.is_alive():
                # It holds a read-only connection alone: stopping it mid-pass loses nothing.
                child.terminate()
                child.join(5)
                if child.is_alive():
                    child.kill()
            child.join(5)

    def _first_paper(self) -> bool:
        """Wait until the library holds a paper (True) or the server stops (False)."""
        db = open_reader(self.library.path)
        try:
            while db.execute("SELECT NOT EXISTS (SELECT 1 FROM papers)").fetchone()[0]:
                if self._stop.wait(self.interval):
                    return False
            return True
        finally:
            db.close()

    def _answer(self, pipe, message) -> bool:
        """Handle one message of the child; False when the relay is over."""
        kind, *rest = message
        if kind == "write":
            fn, args = rest
            try:
                reply = ("done", self._write(fn, *args))
            except Stopping:
                return False
            except LibraryBusy as busy:
                reply = ("busy", str(busy))
            except Exception as error:
                log.exception("discover: a write of the background refresh failed")
                reply = ("error", f"{type(error).__name__}: {error}")
            pipe.send(reply)
            return True
        if kind == "failed":
            log.error("discover: the background refresh stopped\n%s", rest[0])
            return False
        if kind == "faulted":  # one pass failed; suggestions stand as they were
            log.error("discover: a background refresh failed; it runs again when the library changes\n%s",
                      rest[0])
            return True
        # Routine lines are kept out of the request log unless asked for.
        log.log(logging.DEBUG if kind == "done" else logging.INFO, "discover: %s", rest[0])
        return True


class _RemoteWrite:
    """`write(fn, *args)` for refresh(): the job runs on the server's writer thread."""

    def __init__(self, pipe):
        self.pipe = pipe

    def __call__(self, fn, *args):
        self.pipe.send(("write", fn, args))
        kind, value = self.pipe.recv()  # EOFError: the server is gone or stopping
        if kind == "done":
            return value
        if kind == "busy":
            raise LibraryBusy(value)
        raise RuntimeError(value)


def refresh_forever(db_path: str, pipe, interval: float, server_pid: int) -> None:
    """The child: a refresh whenever the library changed, until the server is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    # The closed pipe is seen only between passes; a server killed outright during the
    # import or a pass over a million papers would leave this child running for minutes.
    leave_with(server_pid)
    os.nice(NICENESS)
    reader = None
    try:
        # scikit-learn takes seconds to import: here, not on the server's way up.
        from .refresh import refresh

        reader = open_reader(Path(db_path))
        write = _RemoteWrite(pipe)
        seen = None
        while True:
            version = reader.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0]
            if version != seen:
                try:
                    done = refresh(reader, write)
                    seen = version
                    if done.analysed or done.trained or done.rescored or done.dropped:
                        pipe.send(("done", done.line()))
                except LibraryBusy:
                    pipe.send(("info", "the library is busy; trying again shortly"))
                except Exception:  # a fault of one pass: reported, tried again at the next change
                    seen = version
                    pipe.send(("faulted", traceback.format_exc()))
            if pipe.poll(interval):  # the server closed the pipe: it is stopping or gone
                return
    except (EOFError, BrokenPipeError):
        return
    except Exception:
        with contextlib.suppress(OSError):
            pipe.send(("failed", traceback.format_exc()))
    finally:
        if reader is not None:
            reader.close()
