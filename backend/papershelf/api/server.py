"""Running the app under uvicorn for `papershelf serve`, with the server-side limits.

- the descriptor limit raised to what the system allows, and a connection cap below
  it, so half-open connections cannot exhaust the process's descriptors;
- our httptools protocol (api/http_protocol.py): head timeout and size limits;
- uvicorn's loggers propagate to our one handler (api/log_lines.py): one line a
  record, no secrets; no access log.
"""

from __future__ import annotations

import os
import socket

from .http_guard import split_host
from .settings import Settings

# Descriptors kept for everything that is not a client connection: the library and
# its WAL, Datasette's reader connections, the compressor threads, log files.
RESERVED_DESCRIPTORS = 128
_MAX_NOFILE = 1 << 16
# Test and tuning knobs, read by `papershelf serve` (not options: nobody needs them to
# serve a library).
ENV_LIMITS = {
    "PAPERSHELF_HEAD_TIMEOUT": ("head_timeout", float),
    "PAPERSHELF_BODY_TIMEOUT": ("body_timeout", float),
    "PAPERSHELF_MAX_CONNECTIONS": ("max_connections", int),
}


def exposure_settings(allowed_hosts, environ=os.environ) -> dict:
    """The Settings fields `papershelf serve` takes from --allowed-host and the
    environment; ValueError names a bad one."""
    names = []
    for value in allowed_hosts:
        name = split_host(value)
        if name is None:
            raise ValueError(f"--allowed-host {value!r} is not a host name (e.g. papers.example.org)")
        names.append(name)
    return {"allowed_hosts": tuple(names), **limits_from_env(environ)}


def limits_from_env(environ=os.environ) -> dict:
    """Settings fields from the environment; ValueError names a bad one."""
    found = {}
    for name, (field, kind) in ENV_LIMITS.items():
        raw = environ.get(name)
        if raw is None or raw == "":
            continue
        try:
            value = kind(raw)
        except ValueError:
            raise ValueError(f"{name}={raw!r} is not a number") from None
        if value <= 0:
            raise ValueError(f"{name}={raw!r} must be above 0")
        found[field] = value
    return found


def raise_descriptor_limit() -> int:
    """The soft RLIMIT_NOFILE raised to the hard one (at most 65,536); the soft limit now."""
    try:
        import resource
    except ImportError:  # not a POSIX system
        return 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = _MAX_NOFILE if hard == resource.RLIM_INFINITY else min(hard, _MAX_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (ValueError, OSError):
            pass
    return _MAX_NOFILE if soft == resource.RLIM_INFINITY else soft


def connection_cap(settings: Settings, descriptors: int) -> int:
    return max(16, min(settings.max_connections, descriptors - RESERVED_DESCRIPTORS))


def run_server(app, settings: Settings, listener: socket.socket) -> None:
    import uvicorn

    from .http_protocol import guarded_protocol

    cap = connection_cap(settings, raise_descriptor_limit())
    config = uvicorn.Config(
        app, loop="auto", http=guarded_protocol(settings.head_timeout, cap), ws="none",
        log_config=None, log_level="warning", access_log=False, server_header=False,
        # Idle keep-alive connections close sooner than a stalled head is given up on.
        timeout_keep_alive=min(5.0, settings.head_timeout),
        # No request waits on a clean shutdown for ever (a stalled client included).
        timeout_graceful_shutdown=5,
    )
    uvicorn.Server(config).run(sockets=[listener])
