"""Blocks whose class names the abstract in a compound word: 'content-abstract' (Columbia Law Review),
'abstract_alt_description' (Georgetown Law Journal), where the readers look for the word alone
('abstract', 'Abstract', 'abstractSection')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

# A class token that ends in the word (content-abstract, article_abstract, hlr-abstract), or one that
# opens with it and ends in "description" (abstract_alt_description). Not "abstract_Text": ProQuest's
# dissertation page puts its citation line in one, no abstract.
# Or one that opens with it and ends in the box it is set in ('abstract-box': Build Arena's benchmark page,
# round 195, after its final held-out figure, the paper's abstract in a div.abstract-box under the byline, no
# heading over it).
_COMPOUND = re.compile(
    r"(?:[a-z0-9]+[-_])+abstract|abstract(?:[-_][a-z0-9]+)*[-_]description|abstract[-_]box", re.IGNORECASE
)
# A token that says what its block holds or does besides: 'contains-abstract' is the article holding the
# abstract and more; a template's name ('page-template-abstract') is the whole page's.
_HOLDERS = re.compile(r"(?:contains|has|with|show|toggle|page-template)[-_]", re.IGNORECASE)
# The words of a compound that name another thing than the paper's own written abstract: a figure or a
# film that sums it up ('visual-abstract', 'graphical-abstract', 'video-abstract': a caption, a player's
# words), another paper's ('related-abstract'), or its absence ('no-abstract').
_PARTS = re.compile(r"[-_]")
_OTHER_THINGS = frozenset({"visual", "graphical", "graphic", "video", "audio", "related", "similar", "no"})


def compound_abstract_blocks(root: Any) -> Iterator[Any]:
    """The blocks under the root (a page's tree, or a block) classed as an abstract in a compound word,
    in the page's order."""
    # …or a paragraph so classed (CKA-Agent's project page, round 246: p.article-abstract under its h1, no
    # heading over it).
    for node in root.css('div[class*="abstract" i], section[class*="abstract" i], '
                              'aside[class*="abstract" i], p[class*="abstract" i]'):
        tokens = (node.attributes.get("class") or "").split()
        if any(_COMPOUND.fullmatch(token) and not _HOLDERS.match(token)
               and _OTHER_THINGS.isdisjoint(_PARTS.split(token.casefold())) for token in tokens):
            yield node
