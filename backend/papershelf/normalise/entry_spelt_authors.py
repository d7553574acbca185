"""The authors spelt as the page's own BibTeX entry spells them, where the byline abbreviates them: the Carter
Lab's Quarto page of one paper (round 245, pending93), its author line and author meta 'Carter MJ., Smith V.,
Carlsen AN., & Ste-Marie DM.' (family name, initials run together with a full stop), its BibTeX block's entry
for the same paper 'Carter, Michael J. and Smith, Victoria and …': the same people in the same order, the
fullest spelling the page gives. Each name read must be the entry's person (its family name a word of
the name, its other letters the initials of the entry's given names, in order), the entry's spelling
longer."""

from __future__ import annotations

from .cited_dates import own_bibtex_block_authors
from .html_meta import Page
from .names import display_name


def _words(name: str) -> list[str]:
    return [word.strip(".,") for word in name.replace(".", ". ").split() if word.strip(".,")]


def _same_person_more_fully(read: str, part: str) -> str | None:
    """The entry's spelling of the person `read` names, where `part` ('Carter, Michael J.') is that person
    written more fully; None otherwise."""
    if "," not in part:
        return None
    family, given = (piece.strip() for piece in part.split(",", 1))
    spelt = display_name(f"{family}, {given}") if family and given else None
    words, given_words = _words(read), _words(given)
    if not spelt or family.casefold() not in (word.casefold() for word in words) or not given_words:
        return None
    rest = [word for word in words if word.casefold() != family.casefold()]
    # The other words are initials: each capital one given name's ('MJ' for 'Michael J.', 'V' for 'Victoria').
    initials = "".join(rest)
    if not initials.isalpha() or not initials.isupper():
        return None
    if initials != "".join(word[0].upper() for word in given_words):
        return None
    return spelt if len(spelt.replace(".", "")) > len(read.replace(".", "")) else None


def authors_spelt_as_its_entry(page: Page, title: str | None, authors: list[str] | None) -> list[str] | None:
    """The authors as the page's own BibTeX entry spells them, where it names the same people in the same
    order, each more fully; the authors read otherwise."""
    if not authors:
        return authors
    parts = own_bibtex_block_authors(page, title)
    if len(parts) != len(authors):
        return authors
    spelt = [_same_person_more_fully(read, part) for read, part in zip(authors, parts, strict=True)]
    return [name for name in spelt if name] if all(spelt) else authors
