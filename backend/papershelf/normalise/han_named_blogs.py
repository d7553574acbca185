"""A one-person blog's post signed only by a handle, its blog named in Chinese as its writer's: the header's
line reads '<a Chinese name>的博客' ('<name>'s blog'; Zephyr's Note, 2024, Hugo's FixIt theme: the header's
span.header-title-text 'HeZephyr', then span.header-subtitle '贺志飞的博客' on every page; the post's author
link, author meta and JSON-LD Person the handle 'HeZephyr' alone). 的 is the Chinese possessive, and the
blog is that person's, as a blog named '<name>'s blog' in English is (possessive_blogs): the post is theirs.

Only a line of the page's header that an element classed as a title (or subtitle) holds whole, the name
two to four Han characters before 的博客 or 的个人博客 and nothing after it: a blog named otherwise
('雨白的博客小屋', '<name>'s blog hut') or a site role's word ('博主的博客', 'the blogger's blog') names
nobody here.
"""

from __future__ import annotations

import re
from itertools import islice

from .html_meta import Page, short_text
from .names import HAN_NAME

# The elements classed as the site's title or its subtitle, sought inside each header element (a descendant
# selector from the page's root asks every element's ancestors for a header: time squared in a deep nest).
_TITLED = '[class*="title"]'
# How many headers are searched, how many such elements are read, and how many characters (and nodes) a
# blog's name holds at most.
_HEADERS = 4
_READ = 12
_NAME_LENGTH = 30
# The blog's name: the owner's name, the possessive 的, then 'blog' or 'personal blog'.
_BLOG_OF = re.compile(r"(.+?)的(?:个人)?博客")
# A site role's word in Han characters ('administrator', 'blogger', 'webmaster', 'author' …): no one's name.
_ROLES = frozenset(("管理员", "博主", "站长", "小编", "编辑", "作者", "匿名", "佚名", "本站", "我"))


def blogger_the_chinese_blog_name_names(page: Page) -> list[str] | None:
    """The person the header's Chinese blog name names, '<name>的博客'; None where no element classed as
    the header's title holds such a name whole."""
    titled = (node for header in page.tree.css("header")[:_HEADERS] for node in header.css(_TITLED))
    for node in islice(titled, _READ):
        line = "".join((short_text(node, _NAME_LENGTH) or "").split())
        found = _BLOG_OF.fullmatch(line)
        # An element holding the site's title and the line together ('HeZephyr贺志飞的博客') is passed: the
        # line's own element follows it.
        if found is not None and HAN_NAME.fullmatch(found.group(1)):
            return [found.group(1)] if found.group(1) not in _ROLES else None
    return None
