"""A host spelling a person's name family name first, as Chinese, Japanese and Korean names are said, where
the footer writes it given name first (Liyan Tang's Hugo PaperMod blog, round 258, after its final
held-out figure: the footer's '© 2021 Liyan Tang' at www.tangliyan.com). The host's label is the surname
and the given name run together, casefolded, accents taken off as a host spells them: the holder's too, as
the given name first is (host_handles.handle_spellings). A host of another order of other words
('liyantan') spells no one.
"""

from __future__ import annotations

from .names import without_accents


def family_first_spellings(name: str) -> set[str]:
    """The name's surname and given name run together ('tangliyan'), as written and without accents; an empty
    set for a name of one word."""
    words = [word.strip(".,") for word in name.casefold().split()]
    words = [word for word in words if word]
    if len(words) < 2:
        return set()
    spelling = words[-1] + words[0]
    return {spelling, without_accents(spelling)}

