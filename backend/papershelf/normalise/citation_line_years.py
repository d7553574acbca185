"""The year of a lab's paper page's citation line: the line under the title and its authors that names the
venue and closes with the year ('Science (2022)', 'Genome Res. 24, 1881-1893 (2014).', 'Autonomous Agents and
Multi-Agent Systems (JAAMAS), 2020.': the Bedford lab layout's paper pages, round 235), where nothing else
on the page dates the paper.
"""

from __future__ import annotations

from itertools import islice

from ..identity import clean_text
from .html_meta import Page
from .places import HEADING_TAGS
from .project_pages import CITATION_YEAR_CLOSING, nodes_after_element, title_over_its_abstract

# How far past the title the line is looked for (the byline's and the citation's text nodes, the image and
# the links between them), and how long a text of the line may be.
_REACH = 120
_LONGEST_LINE = 200


def year_of_the_citation_line(page: Page, title: str | None) -> str | None:
    """The year the citation line under the title closes with (a text that closes with a year in brackets
    or after a comma: a citation's end, not a date in prose, which comes after the 'Abstract' heading and is
    never read here), on a paper's own page whose abstract stands
    under an 'Abstract' heading after its title; None past that heading or the reach."""
    shown = title_over_its_abstract(page, title)
    if shown is None:
        return None
    inside = {part.mem_id for part in shown.traverse(include_text=True)}
    for node in islice(nodes_after_element(shown), _REACH):
        if node.tag in HEADING_TAGS:
            # The first heading after the title is the abstract's (or a section's): no citation line past it.
            return None
        if node.tag != "-text" or node.mem_id in inside:
            continue
        text = clean_text(node.text_content) or ""
        closing = CITATION_YEAR_CLOSING.search(text) if len(text) <= _LONGEST_LINE else None
        if closing is not None and closing.end() == len(text):
            return closing.group(1)
    return None
