"""A footer naming the writer's handle alone, with no copyright sign (康康博客's Hexo Fluid posts, round 231:
the theme's 'Hexo ♥ Fluid' footer rewritten by its writer as 'Kangkang ♥ GitHub', <span>Kangkang</span> in a
link of its own). The handle the byline, the author meta, article:author and the license box's '作者' sign,
'kangkang', is held by that line as a copyright line would hold it ('© 2024 kangkang'), the same letters in
another case: the name the writer publishes under (the lead's stop-77 reading, stop 73's rule). A footer that
names a theme or a generator ('Hexo', 'Fluid', 'Powered by …') is the template's credit and holds nothing.
"""
from __future__ import annotations

import re

from .html_meta import Page, short_text

# How many footers, and how many of a footer's elements, are read: the page's last few, a footer's own.
_FOOTERS_READ = 3
_ELEMENTS_READ = 60
_FOOTER_LENGTH = 600
_NAME_LENGTH = 40
# The elements a footer sets a name in alone.
_NAMED_IN = "span, a, p, div, strong, b"
# The words of a template's credit: the generators' and the common themes' names, and the credit's own words.
_CREDIT_WORDS = frozenset({"hexo", "hugo", "jekyll", "fluid", "next", "icarus", "butterfly", "wordpress",
                           "ghost", "gatsby", "pelican", "theme", "powered", "驱动", "强力驱动"})
_WORDS = re.compile(r"\w+")


def footer_names_the_handle(page: Page, handle: str) -> bool:
    """Whether one of the page's last footers, naming no theme or generator, has an element whose whole text
    is the one-word handle, casefolded."""
    if not handle or len(handle.split()) != 1:
        return False
    for footer in reversed(page.tree.css("footer")[-_FOOTERS_READ:]):
        words = {word.casefold() for word in _WORDS.findall(short_text(footer, _FOOTER_LENGTH) or "")}
        if words & _CREDIT_WORDS:
            continue
        for node in footer.css(_NAMED_IN)[:_ELEMENTS_READ]:
            if " ".join((short_text(node, _NAME_LENGTH) or "").split()).casefold() == handle:
                return True
    return False
