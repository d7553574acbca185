"""Where publishers keep in the page body what their meta tags leave out: a table, one row per
publisher or publishing platform, read by `body.py`.

A row applies to a page when the page's address (or its canonical link) is on one of its `hosts`,
or when one of its `marks` (CSS selectors only that platform's pages match) is on the page, which
also catches saved copies. Every selector list is tried in order. Adding a publisher is adding a row.
"""

from __future__ import annotations

import msgspec


class ScriptRecord(msgspec.Struct, frozen=True):
    """A record a page keeps as JSON assigned in a script (`<marker>{…}`); values are JSON keys."""

    marker: str
    title: str
    authors: str  # a list of names, or of objects each with a `person` key
    abstract: str  # "" where the record's summary is not the abstract
    doi: str
    dates: tuple[str, ...]
    person: str = "name"
    # The scripts the record is looked for in: a template's data block is its own element's script,
    # whose JSON starts the script (an empty marker), where a platform's assignment may be in any.
    scripts: str = "script"


class Site(msgspec.Struct, frozen=True):
    name: str
    hosts: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()  # one element per author
    # …of which only the first run counts, the elements set apart by nothing but separators ("; ",
    # ", ", " and "): a citation's later names are others' (a book section's editors, "In: … eds.").
    authors_leading_run: bool = False
    author_list: tuple[str, ...] = ()  # one element holding the whole byline
    # …whose text stops before this ("(View author affiliations)", a link the CDC's template sets after
    # the last name): the rest of the element is no one's name.
    author_list_ends_at: str = ""
    affiliations_inline: bool = False  # …its affiliations in italics between the people
    author_lines: tuple[str, ...] = ()  # one line per author, "Name, Affiliation", other lines not
    by_line: tuple[str, ...] = ()  # a block one of whose lines is "by A, B, and C." (a citation)
    # A plain-text header whose right column lists the authors among their organisations and the
    # date (an Internet-Draft's or RFC's first <pre>): the entries that spell a meta author.
    header_column: tuple[str, ...] = ()
    authors_over_meta: bool = False  # the byline beats citation_author (which the site misorders)
    # The heading beats the meta title, which an SEO plugin words otherwise (SciLogs' og:title and <title>).
    title_over_meta: bool = False
    # The publication date the page shows beats earlier meta dates (which copy another record's).
    dates_over_meta: bool = False
    abstract: tuple[str, ...] = ()  # every match of the first selector that matches, in order
    abstract_text_in: tuple[str, ...] = ()  # the longest run of bare text directly inside
    # A summary set under the title with no heading: the abstract only where no meta gives one (any
    # blog on the template has the element, whatever it holds), and only as long as an abstract.
    standfirst: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()  # elements showing dates with their labels ("Published 15 June 2016")
    # Meta of the platform's own names whose value dates the record whole ("2020-06-18T13:15"), where
    # the body shows the day without its year ("Thursday, 18 June").
    date_meta: tuple[str, ...] = ()
    # A versioned record's dateline, its first date the first version's ("[Submitted on 12 Jun 2017
    # (v1), last revised 2 Aug 2023 (this version, v7)]"): a preprint's "submitted" is its appearance.
    first_version: tuple[str, ...] = ()
    # An element whose first date, with no label, is the issue's: a breadcrumb's "… / Mar 2006 / pg(s) …".
    issue_date: tuple[str, ...] = ()
    doi: tuple[str, ...] = ()  # elements whose text shows the DOI
    # Meta whose value is the page's own citation line, its people before its title ("Brian W.
    # Kernighan, Samuel P. Morgan, The UNIX Operating System: …, Science, …"): where no byline is served.
    citation_meta: tuple[str, ...] = ()
    # Meta whose value is a byline and nothing else, "By A and B." (a paper-sharing site's description
    # of an uploaded paper): where the page shows its people cut short or not at all.
    by_meta: tuple[str, ...] = ()
    script: ScriptRecord | None = None
    # A script's JSON object of labelled dates after this marker ('"dates":{"Received": …}').
    script_dates: str | None = None


def _publisher(name: str) -> str:
    return f'meta[name="citation_publisher"][content="{name}"]'


_JSTOR_MARKS = ('script:lexbor-contains(\'"pageProduct" : "jstor"\')',)

SITES: tuple[Site, ...] = (
    # Academia.edu's page of an uploaded paper (2016): og:* only, the title in the preview's h4, the
    # uploader's name cut by the layout ("A. Jimenez-Castel...") and whole in the description ("By Ana
    # Jimenez-Castellanos.").
    Site(
        "Academia.edu",
        hosts=("academia.edu",),
        marks=("h4.swp-splash-paper-preview-title",),
        title=("h4.swp-splash-paper-preview-title",),
        by_meta=("description",),
    ),
    # A saved arXiv abstract page read without its address or meta (the arXiv normaliser reads it
    # by its address): the dateline dates the first version.
    # Its metatable's "DOI:" / "Related DOI:" cell holds the journal's DOI (arXiv's own DataCite DOI is
    # shown elsewhere on the page).
    Site(
        "arXiv (saved abstract page)",
        marks=("#abs div.dateline",),
        first_version=("#abs div.dateline",),
        doi=("td.tablecell.doi",),
    ),
    # Brookings (2023-2025): a research note's people in a JSON-LD NewsArticle's creator list, in its data
    # layer's order, not always the byline's; the byline under the heading is a link per person (one with
    # an empty href), each followed by a hover card that repeats the name with the person's titles.
    Site(
        "Brookings",
        hosts=("brookings.edu",),
        authors=("a.person-hover",),
        authors_over_meta=True,
    ),
    Site(
        "IETF",
        hosts=("ietf.org", "rfc-editor.org"),
        marks=('meta[name="DC.Identifier"][content^="urn:ietf:"]',),
        # DC.Creator lists the authors in another order, "Last, First" and without middle initials.
        header_column=("pre",),
        authors_over_meta=True,
    ),
    # The body's abstract beats meta abstracts of these rows: they know which block it is.
    Site(
        "ScienceDirect",
        hosts=("sciencedirect.com",),
        marks=("#author-group",),  # a saved copy, read without its address
        # The 2014 layout had no meta tags at all, nor had the 2009 one: its title in div.articleTitle,
        # its byline the strong paragraph after it ("Tao Xu, …, James J. Hickman and Thomas Boland"),
        # after a panel of related articles with their own authors and abstracts.
        title=("h1.svTitle", "div.articleTitle"),
        author_list=("div.articleTitle + strong > p",),
        # 2019-2020: a.author links in the author group, each a given-name and a surname span with
        # affiliation letters in span.author-ref (the group opens with an sr-only "Author links open
        # overlay panel"); later layouts wrap the name in .react-xocs-alternative-link.
        authors=("#author-group .react-xocs-alternative-link", "#author-group a.author", "a.authorName"),
        # The "Highlights" list is a div.abstract.author-highlights before the abstract.
        abstract=("#abstracts > div.abstract.author:not(.author-highlights)",),
        dates=("dl.articleDates",),
        # Its page state: "dates":{"Available online":"21 April 2023","Received":…,"Revised":[…], …}
        script_dates='"dates":',
    ),
    Site(
        "ACS Publications",
        hosts=("pubs.acs.org",),
        # Its abstract box marks a saved copy read without meta or address.
        marks=('meta[name="dc.Publisher"][content="American Chemical Society"]', "#abstractBox"),
        abstract=("#abstractBox",),
        # "Publication Date (Web)" comes before dc.Date's "Published online".
        dates=("#pubDate", ".pub-date-value"),
    ),
    Site(
        "HighWire",
        marks=("meta[name=citation_mjid]", "[class*=highwire-]", "#slugline"),
        # eLife's DC.Description is its plain-language digest; the abstract is in the body,
        # in paragraphs after a "Next Section" link and a heading (SAGE: in subsections).
        abstract=("div.section.abstract p",),
        dates=(
            ".highwire-doi-epubdate",
            ".highwire-cite-metadata-date",
            "#slugline .slug-metadata-note",
            "li.published-online",  # "Published Online First 23 October 2012" (BMJ journals, 2013)
            # Its article's history list: "Manuscript received December 21, 2005. Revised manuscript
            # received March 29, 2006. Available electronically June 5, 2006." (ECS, whose citation_date
            # and DC.Date are the issue's first day, months later).
            "ul.history-list",
        ),
    ),
    Site(
        "APS",
        hosts=("journals.aps.org", "link.aps.org"),
        marks=(_publisher("American Physical Society"),),
        abstract=("#abstract-section-content",),
    ),
    Site(
        "IOPscience",
        hosts=("iopscience.iop.org",),
        marks=(_publisher("IOP Publishing"),),
        abstract=("div.wd-jnl-art-abstract",),
    ),
    Site(
        "Copernicus",
        marks=(_publisher("Copernicus GmbH"), "span.pb_citation_header", "span.pb_abstract"),
        abstract=("span.pb_abstract",),
        # The abstract pages of 2013 have no meta tags: "Atmos. Chem. Phys., 13, 1689-1712, 2013
        # … doi:10.5194/…" heads the record.
        title=("span.pb_article_title",),
        author_list=("span.pb_authors",),
        dates=("span.pb_citation_header",),
        doi=("span.pb_citation_header",),
    ),
    Site(
        "Hindawi",
        hosts=("hindawi.com",),
        author_list=("div.author_gp",),  # citation_author can name only the corresponding author
    ),
    Site("NBER", hosts=("nber.org",), abstract=("div.page-header__intro-inner",)),
    # EPrints 3's abstract page (Open Research Online, 2012): the citation heading the summary lists the
    # creators "Saraceno, P.; Benedettini, M.; … and White, G. J." each a span.person_name, family
    # name first; the details table below names the depositing user in one too. A book section's
    # citation goes on to its editors, person_names too ("(2010). <title>. In: Brown, C. and Green, D.
    # eds. <book>"): the creators are the leading run.
    Site(
        "EPrints",
        marks=("div.ep_summary_content_main",),
        authors=("div.ep_summary_content_main > p > span.person_name",),
        authors_leading_run=True,
    ),
    # The Distill template (distill.pub, and journals and blogs built on it: al-folio's distill layout,
    # ICLR's blog posts): <d-title> holds the h1 and the article's standfirst, its summary with no
    # heading (the description meta may be another sentence); on a blog it may hold anything ("Draft:
    # comments welcome."), so it is the abstract only where the meta has none. <d-byline> sets each of
    # its columns (Authors and Affiliations, Published, DOI) under a heading over its value, apart from
    # its text: the date is the "Published" column's.
    # A page that serves the template unrendered (al-folio's distill layout, the ICLR blogposts of
    # 2023-2025) has an empty <d-byline>: the template's script draws it in the browser from the
    # JSON in <d-front-matter>, the people each an "author" with their affiliations, and the
    # "published" date the byline shows. distill.pub's own prerendered pages keep YAML there.
    Site(
        "Distill template",
        marks=("d-title", "d-byline", "d-front-matter"),
        title=("d-title > h1",),
        standfirst=("d-title > p",),
        dates=('d-byline .byline > div:has(> h3:lexbor-contains("Published"))',),
        script=ScriptRecord(
            marker="",
            scripts="d-front-matter > script",
            title="title",
            authors="authors",
            person="author",
            abstract="",
            doi="doi",
            dates=("published",),
        ),
    ),
    # The distill package's R Markdown articles (Brian Weatherson's web editions of his papers, 2021-2023:
    # rendered by rmarkdown, not the Distill template's elements): div.d-title holds the h1, the tags and
    # the abstract's paragraph; div.d-byline writes the people, their sites and affiliations and the day
    # as one run of text; the record is the JSON of script#distill-front-matter, each person an "author",
    # with the paper's "doi". Its publishedDate is the front matter's date, written as 1 January where the
    # author gave the year alone: left to the meta date, which reads that day as the year.
    Site(
        "distill for R Markdown",
        marks=('script#distill-front-matter[type="text/json"]',),
        title=("div.d-title > h1",),
        script=ScriptRecord(
            marker="",
            scripts='script#distill-front-matter[type="text/json"]',
            title="title",
            authors="authors",
            person="author",
            abstract="",
            doi="doi",
            dates=(),
        ),
    ),
    # Open Journal/Conference Systems 2's article view (AAAI's workshops, 2015): div#title, then
    # div#author; its <title> is the breadcrumb's last item, the first author's family name. The
    # only date it shows is in the blockquote after the byline ("Last modified: 2015-04-01").
    Site(
        "OJS 2",
        marks=("div#title + div#author",),
        title=("div#title",),
        dates=("div#author ~ blockquote",),
    ),
    # Open Journal Systems 3's article page: its DC.Date.issued is the issue's date, which may come a
    # day or more before (or after) the article's own; the sidebar's "Published 2022-12-31" is the
    # article's (Journal of Al-Qadisiyah: DC.Date.issued 2022-12-30 for a paper published 2022-12-31).
    Site(
        "OJS 3",
        marks=('meta[name="generator"][content^="Open Journal Systems 3"] ~ meta[name="DC.Date.issued"]',),
        dates=("div.item.published",),
        dates_over_meta=True,
    ),
    # OJS 3's galley view, the page a reader is on while the PDF (or HTML) galley shows in its frame
    # (pdfJsViewer, htmlArticleGalley): no meta at all, the <title> "View of <title>", and a header whose
    # title link leads back to the article page. The galley names nobody and no date; the frame does,
    # but its document is not the page's.
    Site(
        "OJS 3 (galley view)",
        marks=('header.header_view > a.title[href*="/article/view/"]',),
        title=('header.header_view > a.title[href*="/article/view/"]',),
    ),
    # DergiPark's article page (2026 layout): citation_publication_date and "Publication Date" are the day
    # the article went online on the platform, which hosts journals' back issues too; the Details box's
    # "Published in Issue" cell ("Year 2005 Volume: 29 Number: 247", Turkish "Yayımlandığı Sayı") gives
    # the issue's year, years earlier for a back issue. The other cells are review dates.
    Site(
        "DergiPark",
        hosts=("dergipark.org.tr",),
        dates=(
            '#sec-article-info div:has(> h3:lexbor-contains("Published in Issue"))',
            '#sec-article-info div:has(> h3:lexbor-contains("Yayımlandığı Sayı"))',
        ),
    ),
    Site(
        "USENIX",
        hosts=("usenix.org",),
        # Its Drupal field for the abstract marks a saved copy too.
        marks=("div.field-name-field-paper-description",),
        abstract=("div.field-name-field-paper-description",),
        # "Alexander Bulekov, <em>Boston University and Red Hat;</em> Bandan Das and Stefan Hajnoczi,
        # <em>Red Hat;</em> …": the people, each group followed by its affiliation in italics.
        author_list=("div.field-name-field-paper-people-text p",),
        affiliations_inline=True,
    ),
    Site(
        "F1000Research",
        hosts=("f1000research.com",),
        marks=('meta[name="citation_journal_title"][content="F1000Research"]',),
        abstract=("p.article-abstract",),
        dates=("span.info-separation",),  # "First published: 12 Aug 2014" is version 1
    ),
    Site(
        "Frontiers",
        hosts=("frontiersin.org",),
        marks=(_publisher("Frontiers"), "div.JournalAbstract"),
        # Their citation_online_date is the acceptance date, which these blocks label.
        dates=("div.Summary__dates", "p#timestamps"),
        author_list=("div.authors",),  # 2013: the byline spells in full what citation_author shortens
        abstract=(".JournalAbstract p",),  # 2013: citation_abstract drops the first sentence
    ),
    Site("Project Euclid", hosts=("projecteuclid.org",), dates=("text.ArticleContentText div",)),
    Site(
        "SpringerLink",
        # www.springerlink.com served it on MetaPress until 2010.
        hosts=("link.springer.com", "springerlink.com"),
        # The 2013 layout's classes mark a saved copy.
        marks=("h1.ArticleTitle", "span.ArticleDOI"),
        # Book content states only the book's year (citation_publication_date 2023); the
        # history list shows the day it went online ("Published 27 April 2023"). The MetaPress
        # page (2005-2010) has no meta: its label/value table's "Issue" says when the paper
        # appeared ("Volume 9, Numbers 1-2 / February, 1996"), its "SpringerLink Date" when the
        # site put it online, later.
        dates=('ul[data-test="publication-history"]', ".ArticleHistory",
               'td.labelName:lexbor-contains("Issue") + td.labelValue'),
        # The 2013 layout, saved without its meta tags; the MetaPress page's heading and byline
        # (its <title> is "SpringerLink - Journal Article").
        title=("h1.ArticleTitle", "div.blob div.Heading1"),
        authors=("div.AuthorNames .AuthorName",),  # not the contact author again
        author_list=("div.blob p.AuthorGroup",),
        abstract=("div.Abstract",),
        doi=(".ArticleDOI",),
    ),
    Site(
        "Taylor & Francis Online",
        hosts=("tandfonline.com",),
        # "Received … Accepted … Published online: 19 May 2014"; dc.Date can be a later day.
        dates=("div.articleDates",),
    ),
    Site(
        "Wiley Online Library",
        hosts=("onlinelibrary.wiley.com",),
        # "Accepted manuscript online" comes before the version of record (citation_online_date).
        dates=("#publicationHistoryDetails",),
    ),
    # Atypon's article template of the 2020s (Science on www.science.org, the CABI Digital Library):
    # its "History" section lists "Received: …", "Accepted: …" and the day the paper went online,
    # which Science leaves unlabelled ("8 October 2009"); dc.Date is the later print issue.
    Site(
        "Atypon (2020s article template)",
        marks=("section.core-history",),
        dates=("section.core-history",),
    ),
    # BioOne's Literatum of the early 2010s (www.bioone.org/doi/abs/…, 2013): dc.* and og:* only, dc.Date
    # the day BioOne posted the article (2009-09-02 for its back issues, years after the print); the issue
    # is named only in the breadcrumbs ("Home / All Titles / Mammalian Species / Jan 2001 / pg(s) 1-3"),
    # and each entry of the "Cited by" list carries its own "Online publication date".
    Site(
        "BioOne (Literatum, 2010s)",
        hosts=("bioone.org",),
        marks=('div#bannerLogo img[alt="BioOne"]',),
        issue_date=("div#breadcrumbs",),
    ),
    Site(
        "Pensoft",
        hosts=("pensoft.net",),
        marks=(_publisher("Pensoft Publishers"),),
        dates=("#article-id",),  # "ZooKeys 470: 1-16 (12 Jan 2015)": the meta's 12/01/2015 is day first
    ),
    Site(
        "IEEE Xplore",
        hosts=("ieeexplore.ieee.org",),
        # A saved document page is known by the script that keeps its record, a full-text page of
        # 2014 by its header.
        marks=('script:lexbor-contains("document.metadata={")', "#article-page-hdr", "div.glance-abstract"),
        # The full-text pages of 2014 have no meta tags: their quick-preview panel, author cards
        # and "article data" list carry the record. "Date of Current Version" dates the copy Xplore
        # holds, not the paper; the issue date (a conference's days) and the original date do.
        # Xplore 2.0's AbstractPlus page (2009) has none either: the title in
        # span.headNavBlueXLarge2, the author links ("Zukeran, A.") and the record lines
        # ("Publication Date: Sep/Oct 1999", "Current Version Published: 2002-08-06", "Digital Object
        # Identifier: 10.1109/28.793383") under it, the abstract in the cell headed "Abstract".
        title=("#article-page-hdr h1", "div.glance-abstract h1", "span.headNavBlueXLarge2"),
        authors=("#authors div.author h3", "span.bodyCopyBlackLargeSpaced > a.bodyCopy"),
        abstract=("div.glance-abstract div.text p",
                  'td.bodyCopyBlackLargeSpaced:has(> span.sectionHeaders:lexbor-contains("Abstract"))'),
        dates=("#issueDate", "#dt_dop", "p.bodyCopyBlackLargeSpaced"),
        doi=("#dt_doi", "p.bodyCopyBlackLargeSpaced"),
        # Later pages keep the record as JSON in a script.
        script=ScriptRecord(
            marker="document.metadata=",
            title="title",
            authors="authors",
            abstract="abstract",
            doi="doi",
            # "displayPublicationDate" is what Xplore shows as "Date of Publication" (IEEE Access, 2021:
            # "30 December 2021"); "publicationDate" is then the volume's year ("2022").
            dates=("displayPublicationDate", "publicationDate"),
        ),
    ),
    Site(
        "JSTOR",
        hosts=("jstor.org",),
        # Its stable pages are built by scripts (2021-2024): the page-scan viewer and the 2024 page for a
        # visitor without access serve no title or byline in their body, the 2021 one its title in a
        # pharos-heading and its people in div.author-font. Every one keeps the item in its analytics
        # object (gaData.content = {"itemTitle": …, "objectDOI": "10.2307/…", "contentIssue": "New
        # Series, Vol. 215, No. 4534 (Feb. 12, 1982), pp. 779-783"}) and its citation line in the
        # description meta. The analytics object's page part names the product: a saved copy's mark.
        marks=_JSTOR_MARKS,
        title=("div.turn-away-content__article-summary-info pharos-heading",),
        author_list=("div.turn-away-content__article-summary-info div.author-font",),
        citation_meta=("og:description", "description"),
        script=ScriptRecord(
            marker="gaData.content = ",
            title="itemTitle",
            authors="authors",
            abstract="abstract",
            doi="objectDOI",
            dates=("contentIssue",),
        ),
    ),
    # The page-scan viewer (2021) keeps the item's people too, in its contentData object ({"authors":
    # ["Humphrey Lloyd"], "displayTitle": …, "doi": …, "publishedDate": "1831"}): a page without its
    # meta still names them.
    Site(
        "JSTOR (page-scan viewer)",
        hosts=("jstor.org",),
        marks=_JSTOR_MARKS,
        script=ScriptRecord(
            marker="contentData = ",
            title="displayTitle",
            authors="authors",
            abstract="abstract",
            doi="doi",
            dates=("publishedDate",),
        ),
    ),
    Site(
        "Nature",
        hosts=("nature.com",),
        # nature.com keeps the article in its data layer script: "contentInfo":{"authors":["Diana
        # Kwon"],"publishedAtString":"2020-09-10","title":…} (a news story names its authors nowhere else).
        marks=('script:lexbor-contains("publishedAtString")',),
        # Its DOI in "About this article" after the references (2021-2024 articles).
        doi=('p:has(> abbr[title="Digital Object Identifier"]) > span.c-bibliographic-information__value',),
        # A news story's standfirst under its heading is its summary (2019-2020 layout; a Naturejobs
        # story of 2008: p.intro under the byline, one line the description meta repeats). Its
        # legacy abstract page (2008-2009) sets the abstract, or a News and Views' standfirst, in
        # span.articletext after the anchor a name="abstract"; its 2009 abstract page in div#abs's
        # p.lead with no heading (a "Top" link before it, the breadcrumb ending "> Abstract"); its
        # 2014 article page a Letter's summary in div#first-paragraph with no heading, which the
        # description meta cuts and alters ("1-2% of the world/&#x27;s" for "1–2% of the world’s");
        # its 2012 article page a Comment's standfirst in div.standfirst, no heading (the description
        # meta repeats it, shorter than a description read as an abstract).
        abstract=("div.article-item__teaser-text", "p.intro", 'a[name="abstract"] + span.articletext',
                  "div#abs > p.lead", "div#first-paragraph > p", "div.standfirst > p"),
        script=ScriptRecord(
            marker='"contentInfo":',
            title="title",
            authors="authors",
            abstract="abstract",
            doi="doi",
            dates=("publishedAtString",),
        ),
    ),
    Site(
        "APA PsycNET",
        hosts=("psycnet.apa.org",),
        title=("h1",),
        author_list=("div.authorGroup",),
        dates=("p.articleCitationText",),
        doi=("p.articleCitationText",),
    ),
    Site(
        "Acta Palaeontologica Polonica",
        hosts=("app.pan.pl",),
        # Its article block marks a saved copy: the byline, then the volume line, in div.layout_full.
        marks=("div.layout_full p.caption + div.vol",),
        title=("div.layout_full h2",),
        author_list=("div.layout_full p.caption",),
        abstract=("p#abstract + p",),
        dates=("div.layout_full div.vol",),
        doi=("div.layout_full div.vol",),
    ),
    Site(
        "ACL Anthology",
        hosts=("aclanthology.org", "aclweb.org"),
        # A paper's page: its heading h2#title, then a dl of "Anthology ID:", "Volume:", "Month:",
        # "Year:" …; the dl marks a saved copy.
        marks=('dt:lexbor-contains("Anthology ID")',),
        title=("h2#title",),
    ),
    Site(
        "lingbuzz",
        hosts=("ling.auf.net", "lingbuzz.net"),
        # A saved copy: the title links the current version's PDF, /lingbuzz/008324/current.pdf.
        marks=('center b a[href*="/lingbuzz/"][href*="/current.pdf"]',),
        title=("center b a",),
        authors=("center > a",),
        abstract_text_in=("body",),
        # Under the authors the current version's date; "previous versions" go back to v1, and
        # "Published in" names the journal version and its DOI.
        dates=("center", "td"),
        doi=("td",),
    ),
    Site(
        "Cambridge Journals Online",
        hosts=("journals.cambridge.org",),
        author_list=("h3.author",),
        dates=("li:has(> a.cboDOI)",),  # "DOI: …, Published online: 2016"
    ),
    Site(
        "IJCAI",
        hosts=("ijcai.org",),
        marks=("div.proceedings-detail",),  # its proceedings' paper block marks a saved copy
        author_list=("div.proceedings-detail h2",),
        authors_over_meta=True,
        abstract=("div.proceedings-detail div.col-md-12",),
        doi=("div.proceedings-detail a.doi",),
    ),
    Site(
        "ACM Digital Library",
        hosts=("dl.acm.org",),
        marks=("div.citation h1.citation__title",),  # its citation block marks a saved copy
        # No meta tags but og:url: the record is the page's citation block. Every author is
        # listed twice (the byline, then the pop-up of author cards).
        title=("h1.citation__title",),
        authors=("div.citation .loa__author-name", ".loa__author-name"),
        abstract=("div.abstractSection",),
        dates=("div.section__separator div.section__content li",),  # "Published: 7 February 2020"
        doi=("a.issue-item__doi",),
    ),
    Site(
        "First Monday",
        hosts=("firstmonday.org",),
        # The full-text galley is hand-made HTML: the heading is an image, and the last paragraph
        # is the citation ("<title> by A, B, and C. First Monday, Volume 25, Number 10 - 5 October
        # 2020 <address> doi: …"), after the references and their DOIs.
        title=("title",),
        by_line=("blockquote > p:last-child",),
        dates=("blockquote > p:last-child",),
        doi=("blockquote > p:last-child",),
    ),
    Site(
        "BioMed Central",
        hosts=("biomedcentral.com", "trialsjournal.com"),
        # Its journals on their own domains (genomebiology.com, virologyj.com, …) and saved copies
        # share the platform's asset host; in the layout before it (2005-2007: resource-allocation.com
        # too, its assets on the journal's own host), the title's span.xpapertitle marks the template.
        marks=('link[href*="bmcimg.com/"]', "span.xpapertitle"),
        # The 2011–2015 layout; a page saved without its head keeps only this: the heading, the
        # byline (the second p.authors is the corresponding author again), "Journal 2011, 11:312
        # doi:…" and a Received / Accepted / Published table. Its log-on view of a subscription
        # article (2014) has no meta and no table: span.author-names is the byline, and the citation
        # line ends with the bare date in span.date ("Genome Biology 2013, 14:122 (27 June 2013)").
        # The 2005-2007 layout, tables and font tags with no meta but citation_*_url: the title a
        # span.xpapertitle, the byline the span.xauthor after it (bold names, affiliation numbers in
        # superscripts, e-mail icons, "and" before the last), then the citation line and a table.smalltext
        # of Received / Accepted / Published, label and date cells parted by a blank one.
        title=("span.articletype + h1", "span.xpapertitle"),
        author_list=("p.authors", "#topmatter span.author-names", "span.xauthor"),
        dates=("div.collapsible-content table", "#topmatter span.date", "span.xauthor ~ table.smalltext"),
        doi=("span.pseudotab",),
        # Its abstract page of a just-published article (2014): <a name="abstract"></a><h3>Abstract
        # (provisional)</h3>, then the structured sections as h4 labels and paragraphs beside it (the
        # description meta is the first section only, without its label).
        abstract=(
            'a[name="abstract"] + h3 ~ h4, a[name="abstract"] + h3 ~ p',
            # 2005-2007: each section a row of its span.subHead heading, then a row of the outline and
            # the section's text; the abstract is the first section, the row after the first heading's.
            'tr:has(> td > span.subHead):not(tr:has(> td > span.subHead) ~ tr) + tr > td[width="100%"]'
            " > font.bodytext",
        ),
    ),
    Site(
        "PubMed",
        hosts=("ncbi.nlm.nih.gov", "pubmedcentral.nih.gov"),
        # PubMed Central's citation line of 2008-2009 marks a saved copy read without its address.
        marks=("td.fm-citation-ids",),
        # The record page before 2020: no scholarly meta; the citation line carries the dates
        # ("J Bacteriol. 2013 Feb;195(3):502-9. doi: … Epub 2012 Nov 21.") and the DOI.
        # The record page since 2020 (pubmed.ncbi.nlm.nih.gov): the byline spells the names its
        # citation_authors write NLM style ("Kim JS" for Jun S Kim), and its citation line's "Epub 2022
        # Feb 28." comes before the issue ("2023 Sep;13(7):1946-1955.") that citation_date names.
        # PubMed Central's article page before 2024 (www.ncbi.nlm.nih.gov/pmc): its citation line's
        # "Published online 2005 Apr 21." comes before the issue citation_publication_date names
        # (2005/08), as on Europe PMC's copy of that layout; www.pubmedcentral.nih.gov served it
        # until 2009.
        # The Entrez record page of 2009 (AbstractPlus): the record in dl.AbstractPlusReport, the
        # citation line ("Acta Biochim Pol. 2005;52(4):789-96. Epub  2005 Jun 6.") in its dt.
        title=("div.rprt_all h1", "h1.heading-title", "dl.AbstractPlusReport dd.abstract > h2"),
        authors=("div.rprt_all div.auths a", "div.authors-list a.full-name",
                 "dl.AbstractPlusReport dd.abstract div.authors a"),
        abstract=("div.rprt_all div.abstr", "dl.AbstractPlusReport dd.abstract p.abstract"),
        dates=("div.rprt_all div.cit", "div.article-citation span.secondary-date",
               "div.article-citation span.cit", ".fm-vol-iss-date", "dl.AbstractPlusReport dt.head span.ti"),
        doi=("div.rprt_all div.cit",),
    ),
    Site(
        "Europe PMC",
        hosts=("europepmc.org",),
        # Its meta names authors PubMed's way ("Bwanika JB", "Zaba B"); the byline as the paper does.
        title=("h1.content-title",),
        author_list=("div.contrib-group.fm-author",),
        authors_over_meta=True,
        dates=(".fm-vol-iss-date",),  # "Published online Mar 13, 2009."
        # Its first meta set is the MEDLINE record's, whose dates may be another reading altogether
        # (citation_publication_date 2013/12 for a paper "Published online Jun 5, 2014").
        dates_over_meta=True,
    ),
    # Islandora 7's object page (institutional repositories on Drupal and Fedora: DORA at Lib4RI,
    # 2023): its citation_* meta has no abstract; the Solr metadata module's description block, an
    # empty h2 then `<p property="description">` paragraphs, holds it under no heading, after the
    # formatted citation. The block's own `<p>` wraps the abstract's `<p>`, so an HTML parser closes
    # it empty and the text is the next paragraph: every paragraph of the block is read.
    Site(
        "Islandora",
        marks=("div.islandora-solr-metadata-sidebar",),
        abstract=("div.islandora-solr-metadata-sidebar > p",),
    ),
    # Sinaweb's Journal Management System (Iranian journals' article pages, 2017): a table of rows, the
    # title in h1.citation_title, each author a link to the author's article list, the abstract in
    # td#abs_fa under a heading in Persian ("چکیده"), the English abstract after it in td#abs_en; the
    # footer's "Created by sinaweb" marks the platform.
    Site(
        "Sinaweb",
        marks=('#cpn a[href*="sinaweb."]',),
        title=("h1.citation_title",),
        authors=('a[href*="_action=article&au="]',),
        abstract=("td#abs_fa",),
    ),
    # Magiran (magiran.com, the Iranian periodicals database, 2022): an item of a newspaper or magazine it
    # indexes, with no meta at all; the title in h2.mi-title, each person a span.p-person in div.mi-authors
    # (its itemprop written with escaped quotes, so that no microdata reader sees it), and over them, in the
    # issue bar, the issue's day as a Solar Hijri day with its month named ("سه‌شنبه ۱ خرداد ۱۳۸۶").
    Site(
        "Magiran",
        hosts=("magiran.com",),
        title=("h2.mi-title",),
        authors=("div.mi-authors .p-person",),
        issue_date=("div.nvol-title",),
    ),
    # Scopus (www.scopus.com, Elsevier's abstract and citation database, 2021): a document-details page as a
    # guest sees it, no scholarly meta but dc.identifier (the DOI), a description meta about Scopus itself;
    # each author "Zhang, Y." in a span.previewTxt of section#authorlist (the "View additional authors"
    # controls outside it), the source line "Volume 117, August 2021, Article number 102123" in
    # span#journalInfo (the issue's month the record's only date), the abstract in section#abstractSection.
    Site(
        "Scopus",
        hosts=("scopus.com",),
        marks=("input#currentRecordPageEID",),
        authors=("section#authorlist span.previewTxt",),
        abstract=("section#abstractSection > p",),
        issue_date=("section#articleTitleInfo span#journalInfo",),
    ),
    # AJMC (The American Journal of Managed Care's site, 2016): a newsroom item with og:* meta only, its
    # og:title a tweet ("#cabozantinib provides options for #rcc patients …"); the h1 is the title,
    # div.bodyIntro the standfirst, div.bodyDate "Published Online: April 25, 2016", div.bodyAuthor the
    # writer with a degree ("Surabhi Dangi-Garimella, PhD").
    Site(
        "AJMC",
        hosts=("ajmc.com",),
        title=("h1",),
        authors=("div.bodyAuthor",),
        dates=("div.bodyDate",),
        standfirst=("div.bodyIntro",),
    ),
    # Retraction Watch (WordPress, 'journalist' theme, 2017): og:* and article:* meta, no author meta; the
    # h1 is the site's name, the post's title an h2#post-<n> in div#content; the signature after the text
    # names the writer, "Written by Alison McCook", over its day.
    Site(
        "Retraction Watch",
        hosts=("retractionwatch.com",),
        title=('div#content > h2[id^="post-"]',),
        by_line=("div.signature",),
    ),
    # Scientific American's online stories (2010, article.cfm?id=…): no scholarly, og or JSON-LD meta; the
    # h1 is the magazine's logo, the title an h2.articleTitle, the standfirst p#articleDek, the byline and
    # the day in p.articleInfo ("By  Katherine Harmon | October 28, 2010 |").
    Site(
        "Scientific American",
        hosts=("scientificamerican.com",),
        title=("h2.articleTitle",),
        by_line=("p.articleInfo span.byline",),
        dates=("p.articleInfo span.datestamp",),
        standfirst=("p#articleDek",),
    ),
    # Eawag's news items (TYPO3's news extension, 2022, German): no date or author meta; the day under
    # the heading with a German month name ("12. Januar 2022,"), the writer after the text, "Erstellt von
    # Andri Bryner" (created by).
    Site(
        "Eawag",
        hosts=("eawag.ch",),
        by_line=("span.news-list-author",),
        dates=("span.news-list-date",),
    ),
    # The Helmholtz Climate Initiative's articles (Drupal 9, 2022): the JSON-LD author is the initiative,
    # its publisher; the writer's name stands alone in an h5 beside the day above the heading.
    Site(
        "Helmholtz Climate Initiative",
        hosts=("helmholtz-klima.de",),
        authors=("h5.field--name-field-term-author",),
        authors_over_meta=True,
    ),
    # Medical News Today (Healthline Media's React site, 2020): a summary paragraph of its own class
    # under the byline, before the lead image and the text; the description meta is another sentence.
    Site(
        "Medical News Today",
        hosts=("medicalnewstoday.com",),
        standfirst=("article.article-body p.css-dmtxcr",),
    ),
    # Internetchemie's news (a chemistry portal's hand-written PHP pages, 2021): no og, JSON-LD or scholarly
    # meta; the item's heading its h1, the reported papers' DOIs under "Zusatzinformationen".
    Site(
        "Internetchemie",
        hosts=("internetchemie.info",),
        title=("div#titel h1",),
    ),
    # scinexx's stories (WordPress, 2022): the teaser is the first paragraph set wholly in bold, closed by
    # WordPress's "more" mark; the description meta is its opening cut off.
    Site(
        "scinexx",
        hosts=("scinexx.de",),
        standfirst=("div.entry-content > p:first-of-type > strong",),
    ),
    # SciLogs, Spektrum der Wissenschaft's science blogs (WordPress, 2019): an SEO plugin's og:title and
    # <title> word the title otherwise than the post's h1.entry-title (the blog's name is a first h1);
    # the day and "Von <a>Henning Lobin</a>" under it; the post's lead a first paragraph wholly in bold.
    Site(
        "SciLogs",
        hosts=("scilogs.spektrum.de",),
        title=("h1.entry-title",),
        title_over_meta=True,
        by_line=("aside.entry-details li.blog",),
        dates=("aside.entry-details a.entry-date",),
        standfirst=("div.entry-content > p:first-child > strong",),
    ),
    # Ökonomenstimme, the KOF Swiss Economic Institute's economists' forum (2015): the article's lead is the
    # first paragraph of div.text set wholly in italics; the description meta is misspelled "descripion". The
    # writer's name, linked, and the day after it in div.author ("Georg Quaas, 21. Jan. 2015").
    Site(
        "Ökonomenstimme",
        hosts=("oekonomenstimme.org",),
        authors=("div.article > div.author > a",),
        dates=("div.article > div.author",),
        standfirst=("div.article > div.text > p:first-child > em",),
    ),
    # DSpace's XMLUI item page (Mirage 2; UNESP's repository, 2023): the simple item view shows the
    # issue date under a heading in the site's language ("Data de publicação" then 2004), which no
    # English label reader takes for a publication date.
    Site(
        "DSpace (XMLUI item view)",
        marks=("div.simple-item-view-date",),
        dates=("div.simple-item-view-date",),
    ),
    # The CDC's 2022 web template (TemplatePackage 4.0) as its journals' article pages use it (Preventing
    # Chronic Disease, 2024): citation_author names the first author alone and citation_publication_date
    # the year alone; DC.date is the content system's timestamp, days before the article's release (the
    # page staged) or months after it (the page republished). The dateline under the h1 (div.dateline:
    # "ORIGINAL RESEARCH — Volume 21 — November 21, 2024") is the article's date, the h4 that links to
    # the authors' affiliations ("Name, PhD<sup>1</sup>; …") its byline. A saved copy is known by the
    # page type.
    Site(
        "CDC journals (TemplatePackage 4.0)",
        hosts=("cdc.gov",),
        marks=('meta[property="cdc:page_type"][content="cdc_pcd_journal_page"]',),
        author_list=('h4:has(a[href="#contribAff"])',),
        author_list_ends_at="(View author affiliations)",
        authors_over_meta=True,
        dates=("div.dateline p",),
        dates_over_meta=True,
    ),
    # COMS, the conference system associations run their programmes on (EPSA 2020, on coms.events and on
    # the association's own site): an abstract page has none of the scholarly meta but the system's own
    # (abstracttitle, authors, date), and div.abstract holds the whole record, the title and the byline
    # before div.abstracttext, the abstract itself. Its date meta and its summary give the day of the talk
    # without its year ("Thursday, 18 June"); dt_start gives it whole, the talk's start.
    Site(
        "COMS (conference programmes)",
        hosts=("coms.events",),
        # The record's block marks a copy read without its meta: the title, then the byline and affiliations.
        marks=('meta[name="abstracttitle"]', "div.abstracttitle + div.authors-affiliations"),
        title=("div.abstracttitle",),
        # The presenter underlined, each name's affiliation number in a <sup> after it.
        author_list=("div.authors-affiliations > div.authors",),
        abstract=("div.abstracttext",),
        date_meta=("dt_start",),
    ),
    # UBM's technology sites' template (InformationWeek, 2016; its images on img.deusm.com): no author or
    # date meta, og:title with the site's name. The writer's block stands in an aside before the story
    # (div#aside-main: the day and time, '5/24/2016<br>02:05 PM', in a span of its own, then the writer's
    # name, a link to the writer's bio page); div#article-main holds the h1 and the standfirst, a bold span
    # right under the heading (the description's words), over the text.
    Site(
        "UBM technology sites (InformationWeek)",
        hosts=("informationweek.com",),
        marks=('#aside-main .author-info-block a[href*="author-bio.asp"]',),
        title=("#article-main > header > h1",),
        authors=('#aside-main .author-info-block a[href*="author-bio.asp"]',),
        dates=("#aside-inner > div > span.gray",),
        standfirst=("#article-main > span.strong",),
    ),
    Site(
        "D-Lib Magazine",
        hosts=("dlib.org",),
        # Its layout marks a saved copy: the divider, the title in h3.blue-space, the people under it.
        marks=("div.divider-full + h3.blue-space + p.blue", "h3.blue + h6.blue + h2.blue-space"),
        # The layout of the 2000s (June 2004), marked by its issue, volume and title headings in a row:
        # the title an H2.blue-space, whose case the <title> does not keep ("in The Model" there, "in
        # the Model" in the tab); each person's name a link to the authors' index in a p.blue of name
        # and affiliation lines; the issue in the h3.blue above the title ("D-Lib Magazine<br>June
        # 2004"), its month the page's only date; "doi:10.1045/…" in the p.small70 of its foot.
        title=("h2.blue-space", "title"),
        authors=("p.blue > a[href*='authors.html#']",),
        author_lines=("div.divider-full + h3.blue-space + p.blue",),
        first_version=("h3.blue",),
        doi=("a[href*='doi.org/10.1045/']", "p.small70"),
    ),
)


# A page that is nothing but a record laid out as labels and values (a theses database, a
# proceedings server, a repository's item table): the labels, as such pages write them, in the
# languages met so far. Read only when a page has no title anywhere else.
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    # DSpace's full item record ("?mode=full") labels each row with its Dublin Core field's name.
    "title": ("title", "titel", "titolo", "titre", "título", "dc.title", "عنوان", "题名", "标题"),
    "authors": (
        "author", "authors", "author(s)", "autor", "autoren", "autor(en)", "autore", "autori",
        "auteur", "auteurs", "autor(es)", "creator", "creators", "dc.contributor.author", "dc.creator",
        # Persian: the creator(s) (a catalogue's row of every maker, each by role) and the author(s), with
        # the Arabic yeh some pages type.
        "پدیدآور", "پدیدآورنده", "پدیدآورندگان", "نویسنده", "نويسنده", "نویسندگان", "نويسندگان",
        # Chinese (a label set out with a space for alignment, "作 者", is read without it).
        "作者",
    ),
    "abstract": (
        "abstract", "zusammenfassung", "riassunto", "résumé", "resumen", "resumo", "dc.description.abstract",
    ),
    "doi": ("doi", "dc.identifier.doi", "doi号"),
    # A catalogue's item row of the work's date (the Internet Archive's 'Selected Metadata', 2008: 'Date'
    # '1922'); its 'Public Date' is the upload's, no such label.
    "date": ("date",),
}
# When a thesis was defended: its date when the page gives no publication date at all (a page that
# shows "Date of Publication (online)" is dated by that). The labels in languages that write the day
# first: a date such as "05/07/2011" after one is 5 July (IBICT's TEDE: "Data da defesa: 05/07/2011").
# British English's "defence" among them (the American "defense" says nothing of the order).
DAY_FIRST_DEGREE_DATE_LABELS: tuple[str, ...] = (
    "date of defence",
    "defence date",
    "tag der mündlichen prüfung",
    "data conseguimento",
    "data di conseguimento",
    "data da defesa",
    "data de defesa",
    "fecha de defensa",
    "date de soutenance",
)
DEGREE_DATE_LABELS: tuple[str, ...] = (
    "date of defense",
    "defense date",
    *DAY_FIRST_DEGREE_DATE_LABELS,
)
