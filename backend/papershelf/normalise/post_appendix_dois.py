"""A DOI a blog post shows only in its citation appendix's BibTeX entry is the paper's it presents, not the
post's (Gabriel Béna's al-folio Distill post of round 239: its appendix's 'BibTeX Citation' of 'this work' the
writers' GECCO '25 Companion paper's entry, its doi field 'doi.org/10.1145/3712255.373431'; round 229's
reading: a post presenting its writers' paper is the post's record, the paper's DOI and BibTeX the paper's).
Only where the page says it is a post (project_pages.says_it_is_a_post: og:type article, a published time, a
JSON-LD blog post, a Distill front matter's day …): a paper's own page citing itself in BibTeX keeps its DOI.
"""

from __future__ import annotations

from .cited_dates import bibtex_block_dois
from .html_meta import Page
from .project_pages import says_it_is_a_post


def cited_in_the_posts_appendix(page: Page, doi: str | None) -> bool:
    """Whether the DOI is one a BibTeX entry of the page gives, on a page that says it is a post."""
    return bool(doi) and str(doi).casefold() in bibtex_block_dois(page) and says_it_is_a_post(page)
