"""A one-person blog's post that names its writer only in the footer's copyright block, which the theme writes
without a copyright sign: the owner's name, a separator and the year (silly onions, 2020, Hugo's terminal
theme: no byline, no author meta, twitter:creator empty; the footer's div.copyright 'Aarush Ahuja :: 2020',
then ':: Theme made by panr'). The element the theme classes as the copyright line holds the site's copyright
whether or not it writes '©', and the owner holding a personal blog's copyright is its writer, as the '©'
lines are read (footer_holders, copyright_owners). Only the block's opening counts, a person's whole name
(two to four words, no group's, lab's, company's or publisher's word) then the separator and a year alone: a
publisher's or a company's name, a line of other words ('Powered by Hugo :: 2020'), or a line with the sign
(read by the '©' readers) reads no writer so. Asked last, where nothing else names a writer.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .copyright_owners import one_persons_whole_name
from .html_meta import Page, short_text
from .names import display_name

# How many footers are read (the page's last ones), how many copyright blocks in each, and how many
# characters (and nodes) a block holds at most.
_FOOTERS_READ = 3
_BLOCKS_READ = 5
_BLOCK_LENGTH = 600
# The block's opening: a name of letters (no digit, no sign), a separator the theme parts its items with
# (' :: ', ' | ', ' · ', ' • '), then a year or a range of years, and the item's end.
_SIGNLESS = re.compile(
    r"(?P<holder>[^\W\d_][^\W\d_ .'\-]*(?:[ .'\-]+[^\W\d_][^\W\d_.'\-]*){1,3}\.?)\s+(?:::|[|\u00b7\u2022])\s+"
    r"(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?(?=\s|$)")


def owner_the_copyright_block_names(page: Page) -> list[str] | None:
    """The person whose whole name opens an element classed 'copyright' in one of the page's last footers,
    before a separator and a year, no copyright sign; None otherwise."""
    for footer in reversed(page.tree.css("footer")[-_FOOTERS_READ:]):
        for block in footer.css('[class~="copyright"]')[:_BLOCKS_READ]:
            text = clean_text(short_text(block, _BLOCK_LENGTH) or "")
            if not text or "©" in text:
                continue
            found = _SIGNLESS.match(text)
            if found and one_persons_whole_name(found["holder"]):
                return [display_name(found["holder"]) or found["holder"]]
    return None
