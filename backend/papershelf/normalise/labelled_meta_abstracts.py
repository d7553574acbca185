"""The abstract a meta summary holds after its own 'Abstract:' label, where the summary is a seminar's or a
talk's labelled lines ('Title: …', 'Time, Date, Location: …', then 'Abstract: …': CIICADA Lab's seminar page,
2023, its description and JSON-LD abstract the body's opening so). The lines before the label say when and
where the talk is, no summary of it; the label's text is the abstract the page sets apart.

Read only where the summary opens with a labelled line and the label follows within its first lines: a
description that merely mentions an abstract in its prose is none of these.
"""

from __future__ import annotations

import re

# A labelled line: a few words, then a colon ('Title:', 'Time, Date, Location:', 'Speaker:').
_LABELLED = re.compile(r"[A-Z][\w ,&/-]{0,40}:\s")
# The label, on a line of its own or after the other lines run together (a meta's whitespace collapsed).
_ABSTRACT = re.compile(r"(?:^|\s)Abstract:\s*", re.IGNORECASE)
# How far into the summary the label is looked for: the labelled lines before it are short.
_LABELS_WITHIN = 400


def after_its_abstract_label(meta: str | None) -> str | None:
    """The text after the 'Abstract:' label of a summary made of labelled lines, else None."""
    if not meta or not _LABELLED.match(meta) or meta.casefold().startswith("abstract"):
        return None
    found = _ABSTRACT.search(meta, 0, _LABELS_WITHIN)
    text = " ".join(meta[found.end():].split()) if found else ""
    return text or None
