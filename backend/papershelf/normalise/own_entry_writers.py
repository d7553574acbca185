"""A post that asks to be cited by an entry of its own, the BibTeX block in its text whose title is the post's
own, names its writer in that entry: where the author meta signs a bare given name or handle that is a word of
the entry's one author, the entry's name is the writer's, written in full (Yunfei Zhao's Hexo Fluid post,
round 258: author meta 'Yunfei', the site 'Yunfei's blog', and under the post's 'Citation' heading
'@article{zhao_Attention2021, title={Transformer? Attention!}, url={https://blog.yunfeizhao.com/…},
author={ZHAO, Yunfei}, …}': Yunfei Zhao).

An entry titled otherwise is the paper's the post presents, whose authors are not the post's; an entry of two
authors or more, or whose one author the meta's word is no word of, is not read so.
"""

from __future__ import annotations

from .cited_dates import own_bibtex_block_authors
from .html_meta import Page
from .names import display_name, is_group


def writer_its_own_entry_names(page: Page, title: str | None) -> list[str] | None:
    """[the entry's one author as a display name] where the post's own entry and its author meta agree; None
    otherwise."""
    signed = (page.first("author") or "").strip()
    if not title or not signed or len(signed.split()) != 1:
        return None
    authors = own_bibtex_block_authors(page, title)
    if len(authors) != 1:
        return None
    name = display_name(authors[0])
    if not name or len(name.split()) < 2 or is_group(name):
        return None
    words = {word.strip(".,").casefold() for word in name.split()}
    return [name] if signed.casefold() in words else None
