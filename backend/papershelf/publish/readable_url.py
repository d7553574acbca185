"""An address as a reader reads it: the path, query and fragment's percent-escaped UTF-8 shown as
the letters it spells, as browsers show an address (a Persian article's address is otherwise five
lines of %d8%aa...). Only what is shown changes; the link keeps the address as stored.

Escapes that decode to ASCII stay escaped (a decoded %2F or %3F would read as the address's own
punctuation), and so does any character that could mislead a reader about where a link goes:
controls, format characters (bidirectional overrides, zero widths), spaces, and lookalikes of a
URL's punctuation. The host is never decoded (a spoofed host is the real danger).
"""

from __future__ import annotations

import re
import unicodedata

_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cn", "Cs", "Zs", "Zl", "Zp"})
# Letters drawn like / . ? # @ : % (and a combining long solidus overlay).
_LOOKALIKES = frozenset("\u2215\u2044\u29f8\u2571\uff0f\u3002\uff0e\uff61\u2024\ufe52\uff1f"
                        "\ufe56\uff03\ufe5f\uff20\ufe6b\uff1a\ufe55\uff05\ufe6a\u0338")


def readable_url(url: str) -> str:
    """`url` with its non-ASCII escapes decoded after the host, where that is safe to show."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    cut = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    return f"{scheme}://{rest[:cut]}{_ESCAPES.sub(_shown_run, rest[cut:])}"


def _shown_run(match: re.Match) -> str:
    """A run of escapes, each UTF-8 character of it decoded when it is safe to show."""
    run = match.group()
    escapes = [run[i:i + 3] for i in range(0, len(run), 3)]
    octets = bytes(int(e[1:], 16) for e in escapes)
    shown, i = [], 0
    while i < len(octets):
        length = _sequence_length(octets[i])
        if length > 1:
            try:
                char = octets[i:i + length].decode("utf-8")
            except UnicodeDecodeError:
                char = None
            if char is not None and _safe(char):
                shown.append(char)
                i += length
                continue
        shown.append(escapes[i])
        i += 1
    return "".join(shown)


def _sequence_length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 1  # ASCII, a continuation byte out of place, or no UTF-8 lead: kept escaped


def _safe(char: str) -> bool:
    return char not in _LOOKALIKES and unicodedata.category(char) not in _UNSAFE_CATEGORIES
