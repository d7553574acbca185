"""A paper's own project page: the one-page site its authors publish beside the preprint (Nerfies' template
and the Academic Project Page Template, Robotics at Google's, pages of their own), with no scholarly meta.
What names the paper there is a button: "arXiv" or "Paper" linking its arXiv abstract or PDF."""

from __future__ import annotations

from ..identity import arxiv_id_from_url, clean_text
from .html_meta import Page

# The words a project page's buttons say to mean the paper itself; a link named by its own title (a
# related work, a cited method) is another paper.
_PAPER_BUTTONS = frozenset(
    {"arxiv", "paper", "arxiv version", "arxiv paper", "arxiv preprint", "preprint", "pdf"}
)
# A page that links many arXiv papers is a list or a survey; a project page links its own and a few others.
_MAX_ARXIV_LINKS = 40


def arxiv_id_of_its_buttons(page: Page) -> str | None:
    """The arXiv id every "arXiv"/"Paper" button of the page links, when they agree on one."""
    links = page.tree.css('a[href*="arxiv.org/"]')
    if len(links) > _MAX_ARXIV_LINKS:
        return None
    found: set[str] = set()
    for link in links:
        label = clean_text(link.text(deep=True) or "") or ""
        if label.strip("[]()").strip().casefold() not in _PAPER_BUTTONS:
            continue
        if paper := arxiv_id_from_url(link.attributes.get("href")):
            found.add(paper[0])
    return found.pop() if len(found) == 1 else None
