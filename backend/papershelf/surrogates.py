"""Half a UTF-16 surrogate pair in a JSON body, read as the character a browser shows for it.

A page can hold half of a character written as two UTF-16 units (an emoji cut in two
by a site that shortened a title, say). Browsers show it as U+FFFD, and JSON.stringify
writes it as an escape of its own ("\\ud83d"); msgspec refuses the whole body for it
("Input data was truncated"), so the capture of such a page failed, and an export file
holding such a title or quote was refused whole. `decode_mending` reads such a body with
each half written U+FFFD instead, and answers the body it read, which is the one a capture
stores (so that `papershelf renormalise` reads it again).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

import msgspec

T = TypeVar("T")

# A \u escape of a surrogate, with the backslashes before it: an odd run is an escape,
# an even one is escaped backslashes followed by the letter u.
_SURROGATE_ESCAPE = re.compile(rb"(\\+)u([dD][89a-fA-F][0-9a-fA-F]{2})")
_REPLACEMENT = rb"\ufffd"


def whole_surrogates(raw: bytes) -> bytes:
    """`raw` (JSON) with each escape of half a surrogate pair written as U+FFFD's; `raw`
    itself when it has none."""
    escapes = [found for found in _SURROGATE_ESCAPE.finditer(raw) if len(found.group(1)) % 2]
    pieces, done, index = [], 0, 0
    while index < len(escapes):
        found = escapes[index]
        unit = int(found.group(2), 16)
        after = escapes[index + 1] if index + 1 < len(escapes) else None
        if (unit < 0xDC00 and after is not None and after.start() == found.end()
                and len(after.group(1)) == 1 and int(after.group(2), 16) >= 0xDC00):
            index += 2  # a high half and its low half: one character
            continue
        start = found.end(1) - 1  # the backslash that starts the escape
        pieces += [raw[done:start], _REPLACEMENT]
        done = found.end()
        index += 1
    return raw if not pieces else b"".join([*pieces, raw[done:]])


def decode_mending(decode: Callable[[bytes | str], T], raw: bytes | str
                   ) -> tuple[T, bytes | str]:
    """`decode(raw)` and `raw`; when `raw` holds half a surrogate pair, `decode` of it with
    each half U+FFFD, and that body (as UTF-8). msgspec's DecodeError for any other fault."""
    try:
        return decode(raw), raw
    except msgspec.DecodeError:
        body = raw.encode("utf-8") if isinstance(raw, str) else raw
        mended = whole_surrogates(body)
        if mended is body:
            raise
        return decode(mended), mended
