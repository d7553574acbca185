"""Sync tests' shared pieces: an in-process peer (the real client against the real
serving functions, no sockets) and a comparable snapshot of a library."""

from __future__ import annotations

import json
import threading
from urllib.parse import parse_qs

import httpx
import msgspec

from papershelf.api.errors import sync_error_parts
from papershelf.store.observations import OBSERVATION_COLUMNS
from papershelf.store.queries import PAPER_COLUMNS as STORED_COLUMNS
from papershelf.sync.client import SyncReport, sync_with
from papershelf.sync.order import ORDER_WAIT, PushOrder
from papershelf.sync.protocol import encode
from papershelf.sync.server import (
    SyncRequestError,
    apply_push,
    decode_push,
    push_place,
    read_page,
)


def local_transport(db) -> httpx.MockTransport:
    """The sync API of library `db`, answered in-process by the functions the server uses.
    Pushes arrive two at a time (sync/client.py): applied one at a time, a machine's in
    the order of their spans, as the server's writer and sync/order.py do."""
    turns, order = threading.Condition(), PushOrder()

    def push(body: bytes) -> bytes:
        place = push_place(body)
        with turns:
            turns.wait_for(lambda: order.its_turn(place), ORDER_WAIT)
            order.queued(place)
            turns.notify_all()
            return encode(apply_push(db, decode_push(body)))

    def handle(request: httpx.Request) -> httpx.Response:
        try:
            if request.method == "GET":
                query = {k: v[0] for k, v in parse_qs(request.url.query.decode()).items()}
                body = read_page(db, since=int(query.get("since", 0)),
                                 limit=int(query.get("limit", 1000)), machine=query.get("machine"),
                                 protocol=int(query["protocol"]) if "protocol" in query else None)
            else:
                body = push(request.read())
        except SyncRequestError as exc:
            body, extra = sync_error_parts(exc)  # the API's one error shape
            return httpx.Response(exc.status, json={**msgspec.structs.asdict(body), **extra})
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(handle)


def sync_local(db, peer_db, **kwargs) -> SyncReport:
    """`db` syncs with `peer_db` as `papershelf sync` would with its server."""
    return sync_with(db, "http://peer.test", "token", transport=local_transport(peer_db), **kwargs)


# Every column but the local timestamps: derived, so a new field is compared too.
PAPER_COLUMNS = ", ".join(
    ["id", *(c for c in STORED_COLUMNS if c not in ("id", "created_at", "updated_at"))])


def snapshot(db) -> dict:
    """Everything two libraries in step must agree on (not local timestamps or cursors)."""
    conn = getattr(db, "conn", db)

    def rows(sql):
        return [tuple(r) for r in conn.execute(sql)]

    return {
        "papers": rows(f"SELECT {PAPER_COLUMNS} FROM papers ORDER BY id"),
        "paper_state": [
            (r[0], json.loads(r[1]), json.loads(r[2]), r[3], r[4], json.loads(r[5] or "null"))
            for r in rows("SELECT paper_id, clocks, tag_set, deleted, restored, kept_values "
                          "FROM paper_state ORDER BY paper_id")
        ],
        "notes": rows("SELECT id, paper_id, body, quote, conflict_of, created_at, updated_at "
                      "FROM notes ORDER BY id"),
        "note_state": [
            (r[0], r[1], r[2], json.loads(r[3]), r[4])
            for r in rows("SELECT note_id, paper_id, clock, vv, deleted FROM note_state "
                          "ORDER BY note_id")
        ],
        "aliases": rows("SELECT a.alias, COALESCE(b.paper_id, a.paper_id) FROM paper_aliases a "
                        "LEFT JOIN paper_aliases b ON b.alias = a.paper_id ORDER BY a.alias"),
        "observations": rows(f"SELECT {', '.join(OBSERVATION_COLUMNS)} FROM observations ORDER BY id"),
    }
