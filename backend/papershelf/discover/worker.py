"""The background of `papershelf serve`: a thread that keeps discover's tables in step.

It wakes every few seconds, and does anything only when the library's change counter
moved (a capture, an import by another process, a sync, the reader's edit) or at start.
The work (analysing text, training, scoring) runs on this thread with its own read-only
connection; only the results are written, as ordinary short jobs on the writer thread,
so a capture never waits behind a model being trained.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import TimeoutError as FutureTimeout

from ..store.db import open_reader
from ..store.library import Library, LibraryBusy

log = logging.getLogger(__name__)
INTERVAL = 2.0
STOP_WAIT = 30.0


class Stopping(Exception):
    """The server is closing: the pass ends at its next write."""


class DiscoverWorker:
    def __init__(self, library: Library, interval: float = INTERVAL):
        self.library = library
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True, name="papershelf-discover")

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

    def _loop(self) -> None:
        seen = None
        reader = None
        try:
            # scikit-learn takes seconds to import: here, not on the server's way up.
            from .refresh import refresh

            reader = open_reader(self.library.path)
            while not self._stop.is_set():
                version = reader.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0]
                if version != seen:
                    try:
                        done = refresh(reader, self._write)
                        seen = version
                        if done.analysed or done.trained or done.rescored or done.dropped:
                            # Routine: kept out of the request log unless asked for.
                            log.debug("discover: %s", done.line())
                    except Stopping:
                        return
                    except LibraryBusy:
                        log.info("discover: the library is busy; trying again shortly")
                self._stop.wait(self.interval)
        except Exception:  # never take the server down: say so, and stop refreshing
            log.exception("discover: the background refresh stopped")
        finally:
            if reader is not None:
                reader.close()
