"""A title wrapped whole in one pair of straight quotes, as a generator's metadata quoting leaves it in the
<title> and the heading (Working Notes, 2020, Pelican: <title>'True Random Number Generators'</title>, the h1
the same; the blog's other posts' titles quoted so or bare). The quotes are the metadata's, not the title's
words: the title is what they hold. A title quoting something within it, or wrapped in typographic quotes (a
headline that is a quotation, ‘We were lucky’), keeps them.
"""

from __future__ import annotations

# The straight quotes a generator's metadata wraps a title in.
_STRAIGHT = ("'", '"')


def without_wrapping_quotes(title: str | None) -> str | None:
    """The title inside one pair of straight quotes wrapping it whole, none of that quote within; else the
    title as it is."""
    if not title or len(title) < 3 or title[0] not in _STRAIGHT or title[-1] != title[0]:
        return title
    inner = title[1:-1].strip()
    return inner if inner and title[0] not in inner else title
