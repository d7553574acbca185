"""A paper's page of audio samples that says so only in its heading: no h1, no meta but the charset and the
viewport, its first heading an h2 that labels the page's kind and then, after ' - ', the paper's title, which
the <title> gives alone, word for word, over tables of audio players (MCF-SVC's samples page, 2025: the h2
'Audio samples - MCF-SVC: Zero-shot High-Fidelity Singing Voice Conversion with Multi-Condition Flow
Synthesis', the <title> its tail, 64 audio elements), or names it in quotation marks after 'for' (round 219:
'Audio samples and SED result for "…"'). A page of a paper's samples names the paper after its label; the
<title> repeating that name alone says it is the page's own. The record is that title, and the people a line
under it names where it names any ('Authors: …'); no day or link is shown. A heading of the label alone, a
tail the <title> does not repeat, a page with an h1 (read as its heading), meta naming its title, or a page
with few players reads no record so: a band's or a product's page of sounds labels itself otherwise, and the
corpus holds none so.
"""

from __future__ import annotations

import re

from ..identity import clean_text
from .body import BodyRecord
from .bylines import byline
from .html_meta import Page, block_text
from .names import a_persons_name

# The label of the page's kind before ' - ': 'Audio samples', 'Samples', 'Audio demo(s)', 'Sound examples';
# or before 'for' and the title in quotation marks, a few words of what else it shows between ('Audio samples
# and SED result for "Multi-channel separation of dynamic speech and sound events"': the moving-sources
# separation samples page, round 219, after its final held-out figure).
_LABEL = re.compile(
    r"(?:audio|sound|speech|singing)?\s*(?:samples|demos?|examples)\s+"
    r"(?:[-\u2013\u2014]\s+(?P<tail>.+)|(?:\w+\s+){0,4}?(?:for|of|from)\s+[\"\u201c](?P<quoted>[^\"\u201d]+)[\"\u201d])",
    re.IGNORECASE)
# How many audio players a page of samples shows at least, and how many words its title has at least.
_PLAYERS = 4
_TITLE_WORDS = 3
# The meta that name a page's title: a page that has them is read by them.
_TITLE_META = ("og:title", "twitter:title", "citation_title", "dc.title", "description")


def paper_its_samples_heading_names(page: Page) -> BodyRecord | None:
    """The record of the paper the page's first heading names after a samples label, where there is no h1 and
    no title meta, the <title> is that tail word for word and the page shows audio players; None otherwise."""
    if page.tree.css_first("h1") is not None or any(page.first(name) for name in _TITLE_META):
        return None
    heading = page.tree.css_first("h2, h3")
    tab = clean_text(page.node_text("title") or "")
    if heading is None or not tab:
        return None
    found = _LABEL.fullmatch(" ".join((block_text(heading) or "").split()))
    named = clean_text(found["tail"] or found["quoted"]) if found is not None else None
    if named != tab or len(tab.split()) < _TITLE_WORDS:
        return None
    if len(page.tree.css("audio")[:_PLAYERS]) < _PLAYERS:
        return None
    # The people a labelled line names ('<b>Authors:</b> Takuya Fujimura, Robin Scheibler' under the quoted
    # title's heading), where every one it gives is a person's name; none where the page names no one.
    authors = byline(page, tab)
    return BodyRecord(title=tab, authors=authors if all(map(a_persons_name, authors)) else [], known=True)
