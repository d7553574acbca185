"""A byline that names the site's own staff where a writer's name belongs: the site's name and a desk's word
("Gizmodo Staff", 2024: the byline, the author meta and the JSON-LD author's Person alike, og:site_name
"Gizmodo"). The site's desk, no person, as "The Editors" or "Staff Writers" alone are none
(names.a_staff_role); a person's name with a desk's word after it is one ("Ann Staff" on another site).
Nor is a pen name of the article and one word ("By The Lorax", Field of Science, 2012): a person's name does
not open with "The"; a group's may ("The ATLAS Collaboration"), and a journal's editors' ("The PLoS Medicine
Editors"), which run longer. Nor a screen name of one word closed by a capital ("ZapperZ", a Blogger hCard).
Nor a mascot's name, a name, "the" and a common noun in lower case ("Dax the duck", DuckDuckGo's blog, 2020:
its JSON-LD Person and its "Written by" card): no person's name holds a lower-case noun after "the"; an
epithet capitalised ("Alfred the Great") is a name.
Nor a desk of the paper named where its writer's name belongs, by its section or the paper's initials before
the word ("TOI Lifestyle Desk", The Times of India, 2025, its byline and its JSON-LD's Person) or alone
("Newsdesk", Business Weekly, 2025).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .article_author_persons import article_author_names
from .copyright_block_writers import writer_the_copyright_row_and_footer_call
from .copyright_owners import footer_holds_the_handle
from .html_meta import Page
from .meta_authors import site_names
from .names import a_staff_role, is_group
from .wire_agencies import a_wire_credit
from .writer_row_handles import handle_of_the_writer_row_footer_and_host, name_the_writer_row_and_footer_link


def without_site_staff(page: Page, authors: list[str] | None, url: str | None = None) -> list[str] | None:
    """The authors less any that is the site's name followed by a desk's words, or a pen name of the article
    and one word; None when none is left. `url`, the address the page is read at, adds its host's labels to
    those a handle in camel case is sought in."""
    if not authors:
        return authors
    sites = site_names(page)
    labels = _address_labels(page)
    # A handle in camel case is the site's whatever address names it: its canonical and og:url, or the
    # address it is served at where those name another host (DesmonDay's Blog, 2019, Hexo NexT at
    # desmonday.github.io, its Hexo url set to the writer's GitHub profile, so that its canonical and og:url
    # read github.com/DesmonDay/…; the sidebar's schema.org Person 'DesmonDay', the site owner's handle).
    handles = labels + [label for label in _url_labels(url) if label not in labels]
    # …nor a one-word name that is one of the site's names, a blog's on a site of blogs ("Neurobonkers",
    # the part of Big Think's <title> between the post's title and the site's, 2012).
    # …nor a news agency's credit, its wire copy's ("Pulse News Agency International by AFP", 2020).
    # …nor the site's initials and a desk's words, where the site's address spells those initials ("HNN
    # Staff" on www.hawaiinewsnow.com, Hawaii News Now, 2019).
    # …nor a one-word name that is the name of the site's address ("VnExpress" on vnexpress.net, 2025: its
    # author meta and its JSON-LD's Organization author, the <title> naming it "Báo VnExpress Sức khỏe").
    own = _address_names(page)
    # …nor a staff role alone, every word a desk's or a title's ("Staff reporter" on Innovators Magazine,
    # "News" in Canada Journal's "Posted by: News", 2017): the site's desk where a writer's name belongs.
    kept = [name for name in authors if not _site_staff(name, sites) and not _initials_staff(name, labels)
            and not pen_name(name) and not a_desk(name) and not a_staff_role(name)
            # …a one-word name the site is named by, unless the post signs itself with it as its author
            # Person and the footer's copyright line holds it (g0dam's Hexo Cactus post, round 261: the
            # byline's h-card Person 'g0dam', og:site_name 'g0dam', '© 2024-2025 g0dam').
            and not (_one_of_the_sites_names(name, sites, own) and not _the_posts_signed_handle(page, name))
            and not a_wire_credit(name)
            and not _a_research_bodys_site_name(name, sites) and not a_provenance_label(name)
            and not a_role_word_left_as_the_name(name)
            and not (_a_camel_cased_handle_of_the_host(name, handles)
                     and not _the_posts_signed_handle(page, name))
            and not _a_lower_cased_handle_no_footer_holds(page, name, labels)
            and not _a_handle_on_the_sites_brand_word(name, sites, labels)]
    if url and len(kept) < len(authors) and (signed := handle_of_the_writer_row_footer_and_host(page, url)):
        # A handle the post's own labelled writer row links home, which the footer's copyright line links as
        # its holder and the host is, signs the post whatever the site is named (IrvingBei's Hexo Matery blog,
        # 2018: '文章作者: IrvingBei', the <title> ending ' | IrvingBei'; writer_row_handles.py). Asked only
        # where a name was left out.
        kept = [name for name in authors if name in kept or name in signed]
    if len(kept) < len(authors) and (signed := name_the_writer_row_and_footer_link(page)):
        # …as does the name that row links to the site's page about its writer, the footer's copyright line
        # linking the same name there, though the host spells it (WeifaGan's Hexo Matery notes at weifagan.cn,
        # round 261: '文章作者: WeifaGan' and '© 2020 WeifaGan', both linking /about).
        kept = [name for name in authors if name in kept or name in signed]
    if len(kept) < len(authors) and (signed := writer_the_copyright_row_and_footer_call(page)):
        # …as does the one word the post's own copyright block signs as its 'Author' and the footer's
        # copyright line holds, the site named by the same word (Anjana's Hugo Jane notes, 2022: 'Author
        # Anjana', '© 2021 - 2023 Anjana', the <title> ending ' - Anjana'; copyright_block_writers.py).
        kept = [name for name in authors if name in kept or name in signed]
    return kept or None


# A name run together with a capital inside it after a lower-case letter ("GoodYoung"): a handle's casing.
_CAMEL_CASED = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def _a_camel_cased_handle_of_the_host(name: str, labels: list[str]) -> bool:
    """Whether the name is one word of capitalised parts run together that a label of the site's address
    spells, casefolded (Good Young's Hugo blog, 2025, at goodyoung.github.io: its byline and JSON-LD author
    'GoodYoung'): the site's handle written in camel case, no person's name, which a space parts. A one-word
    handle in lower case is read below (_a_lower_cased_handle_no_footer_holds)."""
    return _CAMEL_CASED.fullmatch(name.strip()) is not None and name.strip().casefold() in labels


def _the_posts_signed_handle(page: Page, name: str) -> bool:
    """Whether the post signs itself with the handle, its article item's own author Person naming it, and the
    footer's copyright line holds it too (DesmonDay's Blog, 2019, Hexo NexT: the post's schema.org Article
    holding <span hidden itemprop="author" …Person><meta itemprop="name" content="DesmonDay">, the footer
    '© 2020 DesmonDay'; Ember's and dongdongtong's NexT posts alike): the name the writer publishes under,
    kept however the host spells it. A Person the site shows (NexT's sidebar div.site-author, a header's
    author name) signs no post, and a handle no footer holds is the host's: both stay out."""
    handle = name.strip().casefold()
    return footer_holds_the_handle(page, handle) and handle in article_author_names(page)


def _a_lower_cased_handle_no_footer_holds(page: Page, name: str, labels: list[str]) -> bool:
    """Whether the name is one word in lower case that a label of the site's address is, where no footer's
    copyright line holds it (brog's Hugo DoIt post, 2025, at braveseokyung.github.io: its byline and its
    JSON-LD author Person 'braveseokyung', the footer 'Powered by Hugo | Theme - DoIt'): the site's handle
    shown where a writer's name belongs, no person's name. A handle the footer's copyright line holds too is
    the one-person site's owner, and kept ('ldihao' at ldihao.github.io, '© 2019 - 2020 ldihao':
    copyright_owners.owner_the_meta_footer_and_host_call)."""
    word = name.strip()
    # …or capitalised, as a handle that opens a sentence is (瓜斯拉的逆袭, 2022, Hexo NexT, at
    # guadzilla.github.io: article:author and the sidebar's Person 'Guadzilla', the footer's holder 'zyh').
    if len(word.split()) != 1 or not (word.islower() or word[1:].islower()) or word.casefold() not in labels:
        return False
    return not footer_holds_the_handle(page, word.casefold())


# How many letters a word of the site's name has at least for a handle run on from it to be read so, and how
# many letters the handle and the host's label add to it at least.
_BRAND_WORD = 4
_RUN_ON = 3


def _a_handle_on_the_sites_brand_word(name: str, sites: set[str], labels: list[str]) -> bool:
    """Whether the name is one word that runs a word of the site's name on with more letters, as a label of
    the site's address runs the same word on with others (Always Apple's Hexo NexT post, 2022, at
    applewonder.github.io: article:author, the sidebar's site-author-name and the footer's holder
    'Applemandiath', og:site_name 'Always Apple'): a handle coined on the site's brand, as the host is, no
    person's name. A one-word name that is the site's word itself, or that no address label coins on the same
    word, is left to the other readers (a given name alone, 'Chaofan' on Metric Space, is kept)."""
    word = name.strip().casefold()
    if len(word.split()) != 1 or not word.isalpha() or word in labels:
        return False
    brands = {part for site in sites for part in site.split() if len(part) >= _BRAND_WORD and part.isalpha()}
    return any(word.startswith(brand) and len(word) >= len(brand) + _RUN_ON
               and any(label.startswith(brand) and len(label) >= len(brand) + _RUN_ON for label in labels)
               for brand in brands)


# The words a blog's theme may show where the writer's name belongs to say the post is the writer's own or
# taken from elsewhere ("Original": Minghao's Personal Blog, Hugo PaperMod, 2018, its post-meta, author meta
# and JSON-LD Person 'Original'; "转载" and "原创" on Chinese blogs): a label, no person.
_PROVENANCE_LABELS = frozenset(("original", "repost", "reposted", "reprint", "reprinted", "原创", "转载"))


def a_provenance_label(name: str) -> bool:
    """Whether a name is one word saying the post is original or reposted, not who wrote it."""
    return name.strip().casefold() in _PROVENANCE_LABELS


# The words for a writer's role that a blog's configuration may leave as its writer's name where the
# owner's was to go (光, 2020, Hexo NexT.Muse: the sidebar's site-author-name, the footer's '© 2021 Author'
# and the post's microdata author Person all 'Author'): the field's own label, no person.
_ROLE_WORDS = frozenset(("author", "writer", "作者"))


def a_role_word_left_as_the_name(name: str) -> bool:
    """Whether a name is the one word naming the writer's role itself ('Author'), no one's name."""
    return name.strip().casefold() in _ROLE_WORDS


# The word a team of an organisation is named by after the organisation's name.
_TEAM_WORDS = frozenset(("team",))


def the_addresss_own_team(page: Page, name: str) -> bool:
    """Whether a name is the organisation's that the page's address names, then the word "Team": a paper's
    publisher listing its own team among the people who wrote it (Sage Bionetworks' Manubot green paper,
    round 221, at sage-bionetworks.github.io: three people, then 'Sage Bionetworks Team', its members named
    in a footnote), its staff, no person, as "Gizmodo Staff" is on Gizmodo. The organisation's words are
    read as the address writes them, joined by hyphens or run together ("sage-bionetworks")."""
    words = name.casefold().split()
    if len(words) < 2 or words[-1] not in _TEAM_WORDS:
        return False
    labels = _address_labels(page)
    return "-".join(words[:-1]) in labels or "".join(words[:-1]) in labels


def named_the_site_alone(page: Page, authors: list[str]) -> bool:
    """Whether the authors are the site's own name and nothing more, each one word (Makronom's author meta
    and JSON-LD, 2023: 'Makronom', its og:site_name): the site, not a desk of its staff nor a credit."""
    sites, own = site_names(page), _address_names(page)
    return all(_one_of_the_sites_names(name, sites, own) for name in authors)


# The words that make a name a research body's, not a person's: a lab, a group, an institute.
_RESEARCH_BODIES = frozenset((
    "lab", "labs", "laboratory", "laboratories", "group", "institute", "centre", "center", "consortium",
    "society", "project",
))


def _a_research_bodys_site_name(name: str, sites: set[str]) -> bool:
    """Whether a name of several words is the site's own name and a research body's (the Fraternali Lab's
    Jekyll posts, 2020: author and article:author meta 'Fraternali Lab', its og:site_name and the <title>'s
    tail): the lab's site, not a person, who may have several words of a name but not a lab's word. A
    one-word name the site calls itself is read above."""
    words = name.casefold().split()
    return len(words) > 1 and " ".join(words) in sites and any(word in _RESEARCH_BODIES for word in words)


def _one_of_the_sites_names(name: str, sites: set[str], own: set[str]) -> bool:
    """Whether a name of one word is one the site calls itself, or its address's name."""
    return len(name.split()) == 1 and (name.casefold() in sites or name.casefold() in own)


# The second-level labels under which a country's domains register names (example.co.uk, example.com.au).
_REGISTRIES = frozenset(("co", "com", "ac", "edu", "gov", "net", "org", "or", "ne"))


def _address_names(page: Page) -> set[str]:
    """The name each of the site's addresses registers, its host's part before the top-level domain and a
    country's registry ("vnexpress" of vnexpress.net, "example" of www.example.co.uk): not a subdomain, which
    a blog host gives its blogger ("ann" of ann.blogspot.com), whose one-word pen name may be that."""
    names: set[str] = set()
    for parts in _host_parts(page):
        registered = parts[:-1]
        while registered and registered[-1] in _REGISTRIES:
            registered = registered[:-1]
        if registered and registered[-1] != "www":
            names.add(registered[-1])
    return names


def pen_name(name: str) -> bool:
    """Whether a name is the article and one word ("The Lorax"), no person's nor a group's; or a mascot's,
    a name, "the" and a lower-case noun ("Dax the duck"); or one word written as a screen name, a capital
    after its lower-case letters closing it ("ZapperZ", Physics and Physicists' Blogger hCard, 2012), which no
    given or family name is ("Thilo", "McDonald")."""
    words = name.split()
    if len(words) == 1:
        return _SCREEN_NAME.fullmatch(name) is not None
    if len(words) == _MASCOT_NAME_WORDS and words[1] == "the" and words[2].isalpha() and words[2].islower():
        return True  # a mascot's name: "Dax the duck"
    return len(words) == _PEN_NAME_WORDS and words[0] == "The" and not is_group(name)


def a_desk(name: str) -> bool:
    """Whether a name is a desk of the paper: a few words, the last the word "Desk" or "Newsdesk" ("Web Desk",
    "TOI Lifestyle Desk", "Newsdesk"), which no person's family name is."""
    words = name.casefold().split()
    return 0 < len(words) <= _DESK_NAME_WORDS and words[-1] in _DESKS


_DESKS = frozenset(("desk", "newsdesk"))
# How many words a desk's name runs to ("HT Health and Science News Desk").
_DESK_NAME_WORDS = 6


# A screen name of one word: letters, the last a capital after lower-case ones ("ZapperZ").
_SCREEN_NAME = re.compile(r"[A-Za-z]*[a-z][A-Z]")


# How many words a pen name of the article and a word holds.
_PEN_NAME_WORDS = 2
# How many words a mascot's name holds: a name, "the", a common noun ("Dax the duck").
_MASCOT_NAME_WORDS = 3


def _site_staff(name: str, sites: set[str]) -> bool:
    """Whether the name is one of the site's names, then the words of a desk ("Gizmodo Staff", "Example
    News Staff Writers") or the word "Team" (the Qwen team's Hugo PaperMod blog, round 239: its byline, author
    meta and JSON-LD Person 'Qwen Team', the <title> ending ' | Qwen'): the site's own team, no person."""
    words = name.split()
    for cut in range(1, len(words)):
        rest = " ".join(words[cut:])
        if " ".join(words[:cut]).casefold() in sites and (
                a_staff_role(rest) or rest.casefold() in _TEAM_WORDS):
            return True
    return False


# How many capitals a site's initials run to ("HNN", "KQED").
_INITIALS = (2, 5)


def _initials_staff(name: str, labels: list[str]) -> bool:
    """Whether the name is capitals alone, then the words of a desk ("HNN Staff"), the capitals spelling
    the start of the site's address and, in order, letters after it (hawaiinewsnow: h, n, n)."""
    first, _, rest = name.partition(" ")
    least, most = _INITIALS
    if not (least <= len(first) <= most and first.isalpha() and first.isupper() and a_staff_role(rest)):
        return False
    return any(_spelled_in(first.casefold(), label) for label in labels)


def _spelled_in(initials: str, label: str) -> bool:
    """Whether the label opens with the first initial and holds the others in order after it."""
    if not label.startswith(initials[0]):
        return False
    remaining = iter(label[1:])
    return all(letter in remaining for letter in initials[1:])


def _address_labels(page: Page) -> list[str]:
    """The words of the site's address, as its canonical, og:url and og:site_name (where it is an address)
    give it: its host's parts but "www" and the last ("hawaiinewsnow" of www.hawaiinewsnow.com)."""
    labels: list[str] = []
    for parts in _host_parts(page):
        labels += [part for part in parts[:-1] if part and part != "www" and part not in labels]
    return labels


def _url_labels(url: str | None) -> list[str]:
    """The words of an address's host but "www" and the last ("desmonday" and "github" of
    desmonday.github.io); none for no address or one no URL parser reads."""
    try:
        host = urlsplit(url.strip()).hostname if url and "://" in url else None
    except ValueError:
        host = None
    return [part for part in (host or "").casefold().split(".")[:-1] if part and part != "www"]


def _host_parts(page: Page) -> list[list[str]]:
    """The parts of each host the page's canonical, og:url and og:site_name (where it is an address) name."""
    hosts = []
    for address in (page.canonical, page.og_url, page.first("og:site_name")):
        try:
            host = urlsplit(address.strip()).hostname if address and "://" in address else None
        except ValueError:  # an address no URL parser reads ("http://[::1")
            host = None
        if host:
            hosts.append(host.casefold().split("."))
    return hosts
