"""A link to the passage a note is anchored to: the page's URL with a text fragment
(`#:~:text=prefix-,exact,-suffix`), which Chromium, Safari and Firefox 131+ scroll to
and highlight. Used by the Markdown export and the Datasette paper page."""

from __future__ import annotations

from urllib.parse import quote

from ..records import NoteTarget

CONTEXT_WORDS = 3  # words of prefix and suffix in the link: enough to pick one occurrence
LONG_QUOTE = 80  # characters: beyond this the link names the quote's start and end only
EDGE_WORDS = 4


def _part(text: str) -> str:
    # A fragment's own syntax characters (`-`, `,`, `&`) must be escaped inside a term.
    return quote(text, safe="").replace("-", "%2D")


def _context(text: str, *, before: bool, cut: bool) -> str:
    """Whole words next to the passage: a text fragment matches context on word
    boundaries, so a word the 32-character context cut in half (`cut`) is left out."""
    words = text.split()
    if before:
        words = words[1:] if cut and words and not text[:1].isspace() else words
        return " ".join(words[-CONTEXT_WORDS:])
    words = words[:-1] if cut and words and not text[-1:].isspace() else words
    return " ".join(words[:CONTEXT_WORDS])


def fragment_link(target: NoteTarget | None, *, context_length: int = 32) -> str | None:
    """The page URL with a text fragment for the target's quote; None without a quote."""
    passage = target.quote() if target is not None else None
    if passage is None or not target.source.startswith(("http://", "https://")):
        return None
    exact = " ".join(passage.exact.split())
    if not exact:
        return None
    words = exact.split(" ")
    if len(exact) > LONG_QUOTE and len(words) > 2 * EDGE_WORDS:
        terms = [_part(" ".join(words[:EDGE_WORDS])), _part(" ".join(words[-EDGE_WORDS:]))]
    else:
        terms = [_part(exact)]
    prefix = _context(passage.prefix, before=True, cut=len(passage.prefix) >= context_length)
    suffix = _context(passage.suffix, before=False, cut=len(passage.suffix) >= context_length)
    if prefix:
        terms.insert(0, _part(prefix) + "-")
    if suffix:
        terms.append("-" + _part(suffix))
    return f"{target.source.split('#', 1)[0]}#:~:text={','.join(terms)}"
