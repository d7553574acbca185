"""Every HTTP request's id, and what failed in it, for its one log line.

The guard (api/http_guard.py) puts a RequestInfo in the ASGI scope; scope copies
(Litestar's mount, the Datasette prefix strip) share the object, so an error handler
deep inside — Litestar's or the Datasette plugin's — notes the failure here and the
guard writes the line. Nothing here logs a traceback: its frames hold request locals,
the Authorization header and cookies among them.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

SCOPE_KEY = "papershelf.request"
_PACKAGE = Path(__file__).resolve().parents[1]
_MAX_MESSAGE = 300


@dataclass
class RequestInfo:
    id: str
    failure: str | None = None


def request_info(scope) -> RequestInfo | None:
    return scope.get(SCOPE_KEY)


def _is_ours(filename: str) -> bool:
    path = Path(filename)
    return path.name.startswith("papershelf_") or path.is_relative_to(_PACKAGE)


def describe_failure(exc: BaseException) -> str:
    """An exception as one short line: its type, its message and the innermost line of
    papershelf's code it passed through (else the innermost line)."""
    message = " ".join(str(exc).split())[:_MAX_MESSAGE]
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [frame for frame in frames if _is_ours(frame.filename)] or frames
    where = f" at {Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else ""
    return f"{type(exc).__name__}: {message}{where}" if message else f"{type(exc).__name__}{where}"


def note_failure(scope, exc: BaseException) -> str | None:
    """Record why a request failed; its request id, or None when the request did not
    come through the guard (the caller logs its own line then)."""
    info = request_info(scope)
    if info is None:
        return None
    info.failure = describe_failure(exc)
    return info.id
