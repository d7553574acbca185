"""A footer's copyright line set in an element of its own, in a footer too long to read whole or whose text
runs the line on into the next item with no space between (Suresh Sarda's Hugo site, round 238: the footer's
About box and tag cloud, then a section holding a link '© Suresh Sarda 2024' and a paragraph 'Hosted on
Github. Handcrafted using Hugo and Tailwind.', its text '…(2)© Suresh Sarda 2024Hosted on Github…'). The
element whose whole text is the copyright line, the sign first, gives the holder as the line alone would; an
element holding more than the line (the section of both) gives none, so the first element of the footer, in
the document's order, whose text is a copyright line read whole is the one read. The line must carry its
year, as a person's site writes it ('© Suresh Sarda 2024'): a line of the sign and a name alone is a
publication's masthead ('© Belfast Telegraph', a newspaper's footer: no writer of its story).
"""

from __future__ import annotations

import re
from typing import Any

from .footer_holders import copyright_holder
from .html_meta import short_text

# The signs a copyright line opens with, and how long such an element's text runs at most.
_SIGNS = ("\u00a9", "(c)")
_LINE_LENGTH = 120
# The year a copyright line carries.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def holder_of_a_copyright_element(footer: Any) -> str | None:
    """The holder of the footer's first element whose whole text is a copyright line opening with its sign;
    None where no element is."""
    for element in footer.css("*"):
        text = " ".join((short_text(element, _LINE_LENGTH) or "").split())
        if not text.casefold().startswith(_SIGNS) or _YEAR.search(text) is None:
            continue
        if (holder := copyright_holder(text)) is not None:
            return holder
    return None
