"""A paper's own project page (round 59): the one-page site beside the preprint, with no scholarly meta.

The round each class was found in is in tests/fixtures/pages/HOLDOUT.md. Every field of every page's
sidecar is checked by scripts/fidelity (tests/test_fidelity.py).
"""

from __future__ import annotations

import msgspec

from helpers import assert_linear_time
from papershelf.normalise.pages import normalise_page
from papershelf.publish.paper_page import paper_links

_URL = "https://example.github.io/"


def _project_page(body: str, head: str = "<title>A Method</title>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


_ABSTRACT = (
    "<h2>Abstract</h2><p>We present a method that reads a scene from a few photographs and renders it "
    "from any viewpoint, faster than the methods before it and with fewer artefacts at the edges.</p>"
)


def test_the_arxiv_id_a_project_pages_paper_button_links_is_the_papers():
    page = _project_page(
        '<h1>A Method: Rendering Scenes from Photographs</h1>'
        '<a href="https://arxiv.org/pdf/2011.12948">Paper</a> <a href="https://arxiv.org/abs/2011.12948">arXiv</a>'
        + _ABSTRACT
        + '<p>Related: <a href="https://arxiv.org/abs/2104.09125">Progressive Encoding</a></p>'
    )
    assert normalise_page(_URL, page).papers[0].arxiv_id == "2011.12948"


def test_buttons_that_link_two_preprints_name_neither():
    page = _project_page(
        '<h1>A Method: Rendering Scenes from Photographs</h1>'
        '<a href="https://arxiv.org/abs/2011.12948">arXiv</a> <a href="https://arxiv.org/abs/2104.09125">Paper</a>'
        + _ABSTRACT
    )
    found = normalise_page(_URL, page)
    assert found is None or found.papers[0].arxiv_id is None


def test_a_page_with_its_own_doi_takes_no_preprint_from_its_buttons():
    page = _project_page(
        '<h1>A Method: Rendering Scenes from Photographs</h1>'
        '<a href="https://arxiv.org/abs/2011.12948">arXiv</a>' + _ABSTRACT,
        head='<meta name="citation_title" content="A Method: Rendering Scenes from Photographs">'
        '<meta name="citation_doi" content="10.1000/xyz123">',
    )
    paper = normalise_page(_URL, page).papers[0]
    assert paper.doi == "10.1000/xyz123" and paper.arxiv_id is None


def test_a_project_pages_byline_is_its_run_of_name_links_without_their_marks():
    page = _project_page(
        "<h1>A Method: Rendering Scenes from Photographs</h1>"
        '<div><span class="author-block"><a href="https://ann.example.org">Ann Lee</a><sup>1</sup>,</span>'
        '<span class="author-block"><a href="https://bo.github.io">Bo T. Chan</a><sup>1,2</sup></span></div>'
        '<div><span><sup>1</sup>University of Somewhere,</span> <span><sup>2</sup>Some Lab</span></div>'
        '<a href="https://arxiv.org/abs/2011.12948">arXiv</a>' + _ABSTRACT
    )
    assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Bo T. Chan"]


def test_a_project_pages_byline_of_list_items_or_cells_stops_at_the_affiliation():
    items = ("<ul><li>Ann Lee*</li><li>Bo Chan*</li> "
             "<a href='https://lab.example.org'>Robotics at Somewhere</a></ul>")
    cells = ("<table><tr><td><a href='https://ann.example.org'>Ann Lee<sup>1</sup></a></td><td>&nbsp;</td>"
             "<td><a href='https://bo.example.org'>Bo Chan<sup>2</sup></a></td></tr>"
             "<tr><td><a href='https://r.example.org'>Example Research<sup>1</sup></a></td></tr></table>")
    for byline in (items, cells):
        page = _project_page(
            "<h2>A Method: Rendering Scenes from Photographs</h2>" + byline
            + '<a href="https://arxiv.org/abs/2011.12948">Paper</a>' + _ABSTRACT
        )
        assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Bo Chan"]


def test_a_project_pages_meta_title_that_names_only_the_project_gives_way_to_its_heading():
    byline = '<ul><li><a href="https://ann.example.org">Ann Lee</a></li></ul>'
    button = '<a href="https://arxiv.org/abs/2011.12948">Paper</a>'
    page = _project_page(
        "<h2><b><font>Scene Painter</font></b>: </br> Rendering Scenes from Photographs</h2>"
        + byline + button + _ABSTRACT,
        head='<title>Scene Painter</title><meta property="og:title" content="Scene Painter">',
    )
    assert normalise_page(_URL, page).papers[0].title == "Scene Painter: Rendering Scenes from Photographs"
    # The <title> says what follows the name; the heading opens with the paper's own words.
    page = _project_page(
        "<h2>Paint What You See, Not What You Know: Rendering Scenes from Photographs</h2>" + byline + button
        + _ABSTRACT,
        head='<title>Painter: Rendering Scenes from Photographs</title>'
        '<meta property="og:title" content="Painter">',
    )
    assert normalise_page(_URL, page).papers[0].title == (
        "Paint What You See, Not What You Know: Rendering Scenes from Photographs"
    )


def test_a_project_page_no_meta_names_gives_the_block_its_byline_follows_as_its_record():
    page = _project_page(
        '<div style="position:absolute">'
        '<div style="font-size:36">Painter: Rendering Scenes<br>from Photographs</div>'
        "<table><tr><td><a href='https://ann.example.org'>Ann Lee<sup>1</sup></a></td>"
        "<td><a href='https://bo.example.org'>Bo Chan<sup>1</sup></a></td></tr></table>"
        '<div>Venue 2023 | <a href="https://arxiv.org/abs/2208.00277">Paper</a></div>'
        "<div>Some Video</div></div>",
        head="<title>Painter</title>",
    )
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.title, paper.authors, paper.arxiv_id) == (
        "Painter: Rendering Scenes from Photographs", ["Ann Lee", "Bo Chan"], "2208.00277")


def test_the_year_of_the_bibtex_entry_a_page_shows_in_a_copy_box_dates_its_paper():
    page = _project_page(
        "<h1>A Method: Rendering Scenes from Photographs</h1><ul><li>Ann Lee</li></ul>"
        '<a href="https://arxiv.org/abs/2209.07753">Paper</a>' + _ABSTRACT
        + '<h3>Citation</h3><textarea id="bibtex" readonly>@inproceedings{lee2022method,\n'
        "  title={A Method: Rendering Scenes from Photographs},\n  author={Ann Lee},\n"
        "  booktitle={arXiv preprint arXiv:2209.07753},\n  year={2022}\n}</textarea>"
    )
    assert normalise_page(_URL, page).papers[0].published == "2022"


def test_a_project_pages_venue_line_dates_it_when_nothing_else_does():
    page = _project_page(
        "<h2>A Method: Rendering Scenes from Photographs</h2>"
        "<div><a href='https://ann.example.org'>Ann Lee</a></div>"
        '<div><span><a href="https://icml.cc/">ICML 2022 (long talk)</a></span> '
        '<a href="https://arxiv.org/abs/2205.09991">Paper</a></div>' + _ABSTRACT
    )
    assert normalise_page(_URL, page).papers[0].published == "2022"


def test_a_project_page_without_headings_gives_the_block_after_its_abstract_label():
    page = _project_page(
        '<div style="font-size:36">Painter: Rendering Scenes from Photographs</div>'
        "<table><tr><td><a href='https://ann.example.org'>Ann Lee<sup>1</sup></a></td></tr></table>"
        '<div><a href="https://arxiv.org/abs/2208.00277">Paper</a></div>'
        '<div style="font-size:36">\n- Abstract -\n<br><br></div>'
        "<div>We present a method that reads a scene from a few photographs and renders it from any "
        "view.</div>",
        head="<title>Painter</title>",
    )
    assert normalise_page(_URL, page).papers[0].abstract.startswith("We present a method that reads a scene")


def test_a_project_pages_byline_keeps_the_names_it_does_not_link_and_not_its_notes():
    page = _project_page(
        "<h1>A Method: Rendering Scenes from Photographs</h1>"
        '<div><span class="author-block">\n  Ann Lee<sup>*,1</sup>,</span>'
        '<span class="author-block"><a href="https://bo.github.io">Bo Chan</a><sup>*,1</sup>,</span>'
        '<span class="author-block">Cy Dee<sup>1</sup></span></div>'
        '<div><span><sup>1</sup>Some Research,</span><small><sup>*</sup>Indicates Equal Contribution, '
        "<sup>†</sup>Indicates Equal Advising</small></div>"
        '<a href="https://arxiv.org/abs/2302.01329">arXiv</a>' + _ABSTRACT
    )
    assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Bo Chan", "Cy Dee"]


_UNLABELLED = " ".join(["Story pictures need consistent characters across frames."] * 20) + (
    " This paper proposes a system for interactive story visualization with several characters.")


def test_a_project_page_that_labels_no_abstract_gives_the_paragraph_that_says_what_the_paper_proposes():
    page = _project_page(
        "<h1>A Method: Rendering Scenes from Photographs</h1><ul><li>Ann Lee</li></ul>"
        '<a href="https://arxiv.org/abs/2305.18247">Paper</a>'
        "<h2>Pipeline</h2><img src='p.gif'><div class='content'><p>" + _UNLABELLED + "</p></div>"
        "<h2>Demos</h2><p>A short caption of a video.</p>"
    )
    assert normalise_page(_URL, page).papers[0].abstract.startswith("Story pictures need consistent")
    # A page's paragraphs that explain the method, short and saying nothing of a paper, are no abstract.
    page = _project_page(
        "<h1>A Method: Rendering Scenes from Photographs</h1><ul><li>Ann Lee</li></ul>"
        '<a href="https://arxiv.org/abs/2305.18247">Paper</a>'
        "<h2>Planning as painting</h2><p>Painter refines a noisy canvas step by step into a scene.</p>"
    )
    assert normalise_page(_URL, page).papers[0].abstract is None


def test_without_meta_a_project_pages_title_is_the_heading_its_byline_follows():
    page = _project_page(
        "<h2><b><font>Paint What You See</font></b>: </br> Rendering Scenes from Photographs</h2>"
        "<ul><li>Ann Lee*</li><li>Bo Chan*</li>"
        "<a href='https://lab.example.org'>Robotics at Somewhere</a></ul>"
        '<a href="https://arxiv.org/abs/2204.01691">[arxiv version]</a>'
        "<h3>What's New</h3><ul><li>[8/16/2022] We added new results to the paper and released the code "
        "for a simulated environment.</li></ul>" + _ABSTRACT,
        head="<title>Painter: Rendering Scenes from Photographs</title>",
    )
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.title, paper.authors) == (
        "Paint What You See: Rendering Scenes from Photographs", ["Ann Lee", "Bo Chan"])


def test_a_project_pages_news_item_that_announces_the_release_dates_its_paper():
    def page(first: str) -> str:
        return _project_page(
            "<h1>A Method: Rendering Scenes from Photographs</h1><ul><li>Ann Lee</li></ul>"
            '<a href="https://arxiv.org/abs/2204.01691">[arxiv version]</a>'
            f"<h3>What's New</h3><ul><li>{first} We updated the results in the paper.</li>"
            "<li>[4/5/2022] Initial release of the paper.</li></ul>" + _ABSTRACT
        )
    # "[8/16/2022]" can only be month first, so "[4/5/2022]" is April 5.
    assert normalise_page(_URL, page("[8/16/2022]")).papers[0].published == "2022-04-05"
    # A list whose dates could be read either way gives no day.
    assert normalise_page(_URL, page("[8/6/2022]")).papers[0].published is None


def test_a_project_page_nested_thousands_deep_is_read_in_bounded_walks():
    # Every project-page reader walks a bounded number of nodes and reads a long element's text at most a
    # few times: nested list items or divisions thousands deep are not read once for each level.
    def nested_items(depth):
        return "<ul><li>[1/13/2022] Initial release " * depth + "</li></ul>" * depth

    def nested_divs(depth):
        return "<div>Ann Lee<sup>1</sup> " * depth + "</div>" * depth

    for nest in (nested_items, nested_divs):

        def reading(depth, nest=nest):
            page = _project_page(
                "<h1>A Method: Rendering Scenes from Photographs</h1><ul><li>Ann Lee</li></ul>"
                '<a href="https://arxiv.org/abs/2204.01691">arXiv</a>' + nest(depth) + _ABSTRACT
            )
            return lambda: normalise_page(_URL, page)

        paper = assert_linear_time(reading, 3000).papers[0]
        assert paper.arxiv_id == "2204.01691", nest.__name__


def test_a_post_that_cites_a_paper_in_its_text_is_not_that_papers_project_page():
    # Round 59's project-page rules took any page whose "Paper"/"arXiv" links name one arXiv id for the
    # paper's own page: a reading group's post or a lab's news item citing it in a sentence gave a record
    # of the post's heading and people under the paper's arXiv id, which a capture would have written
    # over the paper in the library (found re-reading the merge). A link in a paragraph of words of its
    # own cites the paper; a row of buttons names it.
    post = ("<html><head><title>Reading group notes: deformable NeRFs</title></head><body>"
            "<h1>Reading group notes: deformable NeRFs</h1>"
            "<p><a href='/people/jane'>Jane Doe</a>, <a href='/people/john'>John Roe</a></p>"
            "<p>This week we read Nerfies. <a href='https://arxiv.org/abs/2011.12948'>Paper</a></p>"
            "<p>We discussed how the deformation field is regularised and whether the coarse-to-fine "
            "schedule matters much.</p></body></html>")
    news = ("<html><head><title>News | Vision Lab</title></head><body>"
            "<h2>Our paper on deformable radiance fields is accepted at ICCV 2021</h2>"
            "<ul><li><a href='/~park'>Keunhong Park</a></li><li><a href='/~sinha'>Utkarsh Sinha</a></li></ul>"
            "<p>Congratulations to the team! <a href='https://arxiv.org/pdf/2011.12948'>PDF</a></p></body></html>")
    for page in (post, news):
        read = normalise_page("https://example.org/blog/nerfies", page)
        assert read is None or all(paper.arxiv_id != "2011.12948" for paper in read.papers)
    buttons = post.replace("<p>This week we read Nerfies. <a href", "<p><a href").replace(
        ">Paper</a></p>", ">Paper</a> <a href='https://github.com/google/nerfies'>Code</a></p>")
    assert normalise_page("https://example.org/nerfies", buttons).papers[0].arxiv_id == "2011.12948"


def test_a_blog_post_with_its_own_row_of_paper_buttons_is_not_that_papers_project_page():
    # A lab's blog post about its new paper sets "[Paper] [Code]" buttons under its heading as a project
    # page does; its heading, byline and date are the post's, and under the paper's arXiv id a capture
    # would write them over the paper in the library (left by stop 45). The page says it is a post: a
    # dated article in its meta (og:type "article", article:published_time, as Jekyll, Hugo and WordPress
    # write it) or a JSON-LD BlogPosting.
    body = ("<article><h1>Teaching robots to see in the dark</h1>"
            "<p>Posted by <a href='/people/ann'>Ann Lee</a> and <a href='/people/bo'>Bo Chan</a>, "
            "May 2, 2023</p>"
            "<p><a href='https://arxiv.org/abs/2304.01234'>[Paper]</a> "
            "<a href='https://github.com/lab/dark'>[Code]</a></p>"
            "<p>Robots struggle in low light. In our new paper we show how a small network trained on "
            "simulated images lets a robot find its way in near darkness.</p></article>")
    heads = (
        '<meta property="og:type" content="article">',
        '<meta property="article:published_time" content="2023-05-02T10:00:00Z">',
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting", '
        '"headline": "Teaching robots to see in the dark", "datePublished": "2023-05-02"}</script>',
    )
    for head in heads:
        page = _project_page(body, head="<title>Teaching robots to see | The Lab Blog</title>" + head)
        read = normalise_page("https://lab.example.org/blog/2023/05/dark/", page)
        assert read is None or all(paper.arxiv_id is None for paper in read.papers)


def test_a_distill_post_its_front_matter_dates_with_a_row_of_paper_buttons_is_not_that_papers_page():
    # A lab's al-folio post in the Distill layout (Goomba Lab's, round 229) sets "[Paper] [Code]" under its
    # contents box with no Open Graph or JSON-LD of a post: its d-front-matter's "published" day, which the
    # byline the template draws shows, says it is a dated post, its heading and people the post's.
    matter = ('{"title": "Distilling Attention Part II", "description": "", "published": "August 20, 2024", '
              '"authors": [{"author": "Ann Lee", "affiliations": [{"name": "CMU"}]}]}')
    body = (f'<d-front-matter><script async type="text/json">{matter}</script></d-front-matter>'
            "<div class='post distill'><d-title><h1>Distilling Attention Part II</h1><p></p></d-title>"
            "<d-byline></d-byline><d-article><p><a href='https://arxiv.org/abs/2408.10189'>Paper</a> "
            "<a href='https://github.com/lab/distill'>Code</a></p>"
            "<p>In Part I of this series we covered the method; in this part we look at how each of its "
            "stages scales with the tokens it is trained on, and at the final model we trained with it.</p>"
            "</d-article></div>")
    page = _project_page(body, head="<title>Distilling Attention Part II | The Lab</title>"
                                    '<meta name="description" content="Homepage of the Lab.">')
    read = normalise_page("https://lab.example.io/blog/2024/distilling-part2/", page)
    assert read is not None and read.papers[0].title == "Distilling Attention Part II"
    assert all(paper.arxiv_id is None for paper in read.papers)


def test_a_paper_button_in_an_entry_of_a_schedule_or_a_list_is_not_the_pages_own():
    # A course's or a reading group's page early in its term lists one reading, its "PDF" linking the
    # arXiv paper in a row of the schedule beside the paper's title: round 59's rules took the page for the
    # paper's project page, and gave a record of the course's heading and its staff under the paper's
    # arXiv id. A button in an entry of a list or a table row with words of its own (a title, a week)
    # is that entry's, as one in a sentence is (a0faf55); a row or list of buttons alone names the paper.
    staff = "<ul><li><a href='/~ann'>Ann Lee</a></li><li><a href='/~bo'>Bo Chan</a></li></ul>"
    readings = (
        "<table><tr><td>Week 1</td><td>Introduction</td><td></td></tr><tr><td>Week 2</td><td>Attention Is "
        "All You Need</td><td><a href='https://arxiv.org/pdf/1706.03762'>PDF</a></td></tr></table>",
        "<ul><li>Week 2: Attention Is All You Need <a href='https://arxiv.org/abs/1706.03762'>[Paper]</a>"
        "</li></ul>",
    )
    for reading in readings:
        page = _project_page(f"<h1>CS 330: Deep Learning Seminar</h1>{staff}<h2>Schedule</h2>{reading}",
                             head="<title>CS 330: Deep Learning Seminar</title>")
        read = normalise_page("https://cs330.example.edu/", page)
        assert read is None or all(paper.arxiv_id is None for paper in read.papers), reading
    buttons = ("<table><tr><td><a href='https://arxiv.org/abs/2011.12948'>Paper</a></td>"
               "<td><a href='https://github.com/google/nerfies'>Code</a></td></tr></table>")
    page = _project_page("<h1>A Method: Rendering Scenes from Photographs</h1>" + buttons + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].arxiv_id == "2011.12948"


def test_a_project_pages_record_names_the_page_as_the_papers_project_page():
    # A paper's project page captured gave its address as the record's url alone, which the paper's page
    # in the library labels "Abstract page" beside the arXiv link; it is the paper's project page, as
    # Hugging Face's records name one (project_url), and is labelled so.
    page = _project_page(
        "<h1>A Method: Rendering Scenes from Photographs</h1><ul><li>Ann Lee</li><li>Bo Chan</li></ul>"
        '<a href="https://arxiv.org/abs/2011.12948">arXiv</a>' + _ABSTRACT
    )
    paper = normalise_page(_URL, page).papers[0]
    assert paper.arxiv_id == "2011.12948" and paper.project_url == paper.url == _URL
    links = paper_links(msgspec.structs.asdict(paper))
    assert [(link.label, link.href) for link in links][:2] == [
        ("Project page", _URL), ("arXiv", "https://arxiv.org/abs/2011.12948")]
    # A paper page whose meta names the paper is no project page.
    meta = _project_page("<h1>A Method: Rendering Scenes from Photographs</h1>",
                         head='<meta name="citation_title" content="A Method: Rendering Scenes from '
                         'Photographs"><meta name="citation_arxiv_id" content="2011.12948">')
    assert normalise_page(_URL, meta).papers[0].project_url is None


def test_a_blog_post_without_meta_that_dates_itself_is_not_the_project_page_of_the_paper_it_links():
    # A lab's hand-made post, or a template's without meta, sets "[Paper] [Code]" under its heading and
    # dates itself in a <time> its template marks as the post's (in its <article>, WordPress's
    # time.entry-date.published, Jekyll's time.dt-published): round 59's rules read it as the paper's
    # project page and gave the post's heading and people under the paper's arXiv id. A project page
    # dates nothing so.
    for time_element in ("<article>{}<time datetime='2023-05-02'>May 2, 2023</time></article>",
                         "<div>{}<time class='entry-date published' datetime='2023-05-02'>May 2, 2023</time>"
                         "</div>"):
        body = time_element.format(
            "<h1>Teaching robots to see in the dark</h1><p><a href='/people/ann'>Ann Lee</a>, "
            "<a href='/people/bo'>Bo Chan</a></p><p><a href='https://arxiv.org/abs/2304.01234'>[Paper]</a> "
            "<a href='https://github.com/lab/dark'>[Code]</a></p>")
        page = _project_page(body, head="<title>Teaching robots to see in the dark</title>")
        read = normalise_page("https://lab.example.org/news/dark.html", page)
        assert read is None or all(paper.arxiv_id is None for paper in read.papers), time_element


# Round 161: one-paper project pages outside vision (HOLDOUT.md "# Round 161").


def test_an_emoji_a_project_pages_heading_sets_in_its_title_is_no_part_of_it():
    # A heading that decorates the title with an emoji ('Catastrophic (😔) Jailbreak …', 'LAMPS💡: …'):
    # the <title> and the BibTeX entry name the paper without it, and the entry's year dates it.
    page = _project_page(
        '<h1 class="publication-title">Catastrophic (\U0001F614) Jailbreak of Open Models via Sampling</h1>'
        '<div><span><a href="https://a.example/">Ada Lovelace</a>,</span>'
        '<span><a href="https://b.example/">Alan Turing</a></span></div>'
        '<a href="https://arxiv.org/abs/2310.06987">Paper</a>' + _ABSTRACT
        + '<h2>BibTeX</h2><pre><code>@article{lovelace2023,\n title={Catastrophic Jailbreak of Open Models'
        ' via Sampling},\n year={2023}\n}</code></pre>',
        head="<title>Catastrophic Jailbreak of Open Models via Sampling</title>",
    )
    paper = normalise_page(_URL, page).papers[0]
    assert paper.title == "Catastrophic Jailbreak of Open Models via Sampling"
    assert paper.published == "2023"
    glued = _project_page(
        '<h1>LAMPS\U0001F4A1: A Framework for Learning Periodic Skills</h1>'
        '<a href="https://arxiv.org/abs/2410.00001">arXiv</a>' + _ABSTRACT,
        head="<title>LAMPS\U0001F4A1: A Framework for Learning Periodic Skills</title>",
    )
    assert normalise_page(_URL, glued).papers[0].title == "LAMPS: A Framework for Learning Periodic Skills"


def test_the_project_page_templates_unfilled_meta_placeholders_name_nothing():
    # The Academic Project Page Template's meta as shipped: og:title 'SOCIAL MEDIA TITLE TAG' is no title.
    page = _project_page(
        '<h1 class="publication-title">Sampling Proteins with Smoothed Energies</h1>'
        '<a href="https://arxiv.org/abs/2306.12360">arXiv</a>' + _ABSTRACT,
        head='<title>Sampling Proteins with Smoothed Energies</title>'
        '<meta name="description" content="DESCRIPTION META TAG">'
        '<meta property="og:title" content="SOCIAL MEDIA TITLE TAG">'
        '<meta property="og:url" content="URL OF THE WEBSITE">',
    )
    paper = normalise_page(_URL, page).papers[0]
    assert paper.title == "Sampling Proteins with Smoothed Energies"


_UNFILLED_CITATION_BLOCK = (
    '<meta name="citation_title" content="PAPER_TITLE">'
    '<meta name="citation_author" content="FIRST_AUTHOR_LAST, FIRST_AUTHOR_FIRST">'
    '<meta name="citation_author" content="SECOND_AUTHOR_LAST, SECOND_AUTHOR_FIRST">'
    '<meta name="citation_publication_date" content="2024">'
    '<meta name="citation_conference_title" content="CONFERENCE_NAME">'
    '<meta name="citation_pdf_url" content="https://YOUR_DOMAIN.com/static/pdfs/paper.pdf">'
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ScholarlyArticle",'
    ' "headline": "PAPER_TITLE", "author": [{"@type": "Person", "name": "FIRST_AUTHOR_NAME"}],'
    ' "datePublished": "2024-01-01", "abstract": "FULL_ABSTRACT_TEXT_HERE"}</script>'
)


def test_the_templates_unfilled_citation_block_and_scholarly_article_name_nothing():
    # VoiceDesigner's demo page (round 180): the template's later head left unfilled, citation_title
    # 'PAPER_TITLE', authors 'FIRST_AUTHOR_LAST, FIRST_AUTHOR_FIRST', a ScholarlyArticle of placeholders, and
    # the template's default date (2024) beside them: the page's own heading, byline and abstract are read,
    # and no date.
    page = _project_page(
        "<h1 class='title publication-title'>Painter: Rendering Scenes from a Few Photographs</h1>"
        + _BYLINE + _ABSTRACT,
        head="<title>Painter: Rendering Scenes from a Few Photographs</title>" + _UNFILLED_CITATION_BLOCK,
    )
    paper = normalise_page(_URL, page).papers[0]
    assert paper.title == "Painter: Rendering Scenes from a Few Photographs"
    assert "PAPER_TITLE" not in (paper.title or "")
    assert all("_" not in name for name in paper.authors)
    assert paper.published is None
    assert paper.abstract.startswith("We present a method that reads a scene")


_UNFILLED_OPEN_GRAPH_BLOCK = (
    '<meta property="og:type" content="article">'
    '<meta property="og:title" content="PAPER_TITLE">'
    '<meta property="og:url" content="https://YOUR_DOMAIN.com/YOUR_PROJECT_PAGE">'
    '<meta property="article:published_time" content="2024-01-01T00:00:00.000Z">'
    '<meta property="article:author" content="FIRST_AUTHOR_NAME">'
)


def test_the_templates_unfilled_open_graph_block_neither_dates_the_page_nor_makes_it_a_post():
    # LocalSearchBench's page (round 183): the template's og:title 'PAPER_TITLE' over og:type 'article' and
    # article:published_time '2024-01-01T00:00:00.000Z', left as shipped: no date of the paper's, and no
    # post's meta to hide the arXiv button under the byline; the BibTeX's year dates the paper.
    bibtex = ("<pre>@misc{painter2025,\n  title={Painter: Rendering Scenes from a Few Photographs},\n"
              "  author={Ada Lovelace and Alan Turing},\n  year={2025},\n}</pre>")
    page = _project_page(
        "<h1 class='title publication-title'>Painter: Rendering Scenes from a Few Photographs</h1>"
        + _BYLINE + _ABSTRACT + bibtex,
        head="<title>Painter: Rendering Scenes from a Few Photographs</title>" + _UNFILLED_OPEN_GRAPH_BLOCK,
    )
    paper = normalise_page(_URL, page).papers[0]
    assert paper.title == "Painter: Rendering Scenes from a Few Photographs"
    assert paper.published == "2025"
    assert paper.arxiv_id == "2412.04463"
    # A real og:title and article:author beside the block keep it: the page filled it in (an article:author
    # left the token marks the article tags unfilled on their own: GOPLA's page, round 196).
    filled = page.replace('<meta property="og:title" content="PAPER_TITLE">',
                          '<meta property="og:title" content="Painter">').replace(
                              'content="FIRST_AUTHOR_NAME"', 'content="Ada Lovelace"')
    assert (normalise_page(_URL, filled).papers[0].published or "").startswith("2024")


def test_a_filled_citation_block_beside_a_placeholder_token_keeps_its_date():
    # Only a block whose citation_title is the token is the template's: a page that filled its title keeps
    # its citation date, though another tag was left a token.
    page = _project_page(
        "<h1 class='title publication-title'>Painter: Rendering Scenes from a Few Photographs</h1>"
        + _ABSTRACT,
        head='<meta name="citation_title" content="Painter: Rendering Scenes from a Few Photographs">'
        '<meta name="citation_author" content="Lee, Ann">'
        '<meta name="citation_publication_date" content="2023/05/02">'
        '<meta name="citation_conference_title" content="CONFERENCE_NAME">',
    )
    paper = normalise_page(_URL, page).papers[0]
    assert paper.published == "2023-05-02"
    assert paper.authors == ["Ann Lee"]


def test_an_unfilled_citation_block_is_recognised_in_linear_time():
    def reading(count):
        token = "A_" * count + "B"
        page = _project_page(
            "<h1 class='title publication-title'>Painter: Rendering Scenes from a Few Photographs</h1>"
            + _ABSTRACT,
            head=f'<meta name="citation_title" content="{token}!">'
            f'<meta name="citation_author" content="{token}">',
        )
        return lambda: normalise_page(_URL, page)

    assert_linear_time(reading, 20000)


def test_a_button_labelled_with_the_projects_name_and_arxiv_names_its_paper():
    # 'dWJS arXiv', 'dWJS Paper': the button words after the project's short name; the <title> the heading's
    # opening words ('Walk-Jump Sampling' for 'Walk-Jump Sampling for Protein Discovery').
    page = _project_page(
        '<h1 class="publication-title">Walk Sampling for Protein Discovery</h1>'
        '<a href="https://arxiv.org/pdf/2306.12360">dWS Paper</a> '
        '<a href="https://arxiv.org/abs/2306.12360">dWS arXiv</a>' + _ABSTRACT,
        head="<title>Walk Sampling</title>",
    )
    paper = normalise_page(_URL, page).papers[0]
    assert paper.arxiv_id == "2306.12360"
    assert paper.title == "Walk Sampling for Protein Discovery"


def test_the_project_page_templates_byline_is_read_where_no_button_links_arxiv():
    # The Nerfies template's h1.publication-title and its byline of linked names, the buttons linking the page
    # itself ('Paper', 'arXiv' to https://nkrobotlab.github.io/LAMPS/): its people all the same.
    page = _project_page(
        '<h1 class="title is-1 publication-title">LAMPS: A Framework for Learning Periodic Skills</h1>'
        '<div class="publication-authors"><span class="author-block">'
        '<a href="https://a.example/">Ada Lovelace</a><sup>1</sup>,</span>'
        '<a href="https://b.example/">Alan Turing</a><sup>1,2</sup>,</span>'
        '<a href="https://c.example/">Grace Hopper</a><sup>1</sup></span></span></div>'
        '<div class="publication-authors"><span class="author-block"><sup>1</sup>Nankai University, </span>'
        '<span class="author-block"><sup>2</sup>The Hong Kong Polytechnic University</span></div>'
        '<a href="https://example.github.io/LAMPS/">Paper</a> <a href="https://example.github.io/LAMPS/">arXiv</a>'
        + _ABSTRACT,
        head="<title>LAMPS</title>",
    )
    assert normalise_page(_URL, page).papers[0].authors == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]


def test_a_project_pages_overview_section_in_the_abstracts_place_gives_its_abstract():
    # No 'Abstract' heading: the first section, headed 'Overview' (the template's abstract section
    # relabelled), opens with the paper's abstract; the sections after it are the page's text.
    overview = (
        "The rapid progress in open models is advancing development. Extensive efforts align their behaviour "
        "with human values. In this work, we propose an attack that disrupts alignment by decoding alone."
    )
    page = _project_page(
        '<h1 class="publication-title">Catastrophic Jailbreak of Open Models via Sampling</h1>'
        '<div><span><a href="https://a.example/">Ada Lovelace</a>,</span></div>'
        '<a href="https://arxiv.org/abs/2310.06987">Paper</a>'
        f'<h2 id="overview">Overview</h2><div class="content"><p>{overview}'
        "<ul><li>We raise it.</li></ul></p></div>"
        "<h2>Motivation</h2><p>Safety evaluations fix one generation configuration, and we ask what happens "
        "when another is used instead by someone who means harm.</p>",
        head="<title>Catastrophic Jailbreak of Open Models via Sampling</title>",
    )
    assert normalise_page(_URL, page).papers[0].abstract == overview


def test_a_project_pages_byline_keeps_the_unlinked_names_its_first_link_is_followed_by():
    # One span.author-block: a linked name, then names in its text after commas and marks, an ellipsis for
    # those left out ('Nathan C. Frey*, Dan Berenberg*, ... Saeed Saremi,'); the affiliation is another block.
    page = _project_page(
        '<h1 class="title is-1 publication-title">Walk Sampling for Protein Discovery</h1>'
        '<div class="publication-authors"><span class="author-block">'
        '<a href="">Ada Lovelace</a><sup>*</sup>, Alan Turing</a><sup>*</sup>, ... Grace Hopper,</span>'
        '<span class="author-block">Prescient Design<br>Genentech</span>'
        '<span class="eql-cntrb"><small><br><sup>*</sup>Indicates Equal Contribution</small></span></div>'
        '<a href="https://arxiv.org/abs/2306.12360">arXiv</a>' + _ABSTRACT,
        head="<title>Walk Sampling for Protein Discovery</title>",
    )
    assert normalise_page(_URL, page).papers[0].authors == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]


def test_the_bibtex_entry_that_names_the_pages_preprint_dates_it_under_another_title():
    # The entry's title is the arXiv one ('Protein discovery with …'), the heading the page's own; its journal
    # names the preprint the page's buttons link: its year is the paper's.
    page = _project_page(
        '<h1 class="publication-title">Walk Sampling for Protein Discovery</h1>'
        '<a href="https://arxiv.org/abs/2306.12360">arXiv</a>' + _ABSTRACT
        + "<h2>BibTeX</h2><pre><code>@article{frey2023protein,\n"
        " title={Protein discovery with walk sampling},\n journal={arXiv preprint arXiv:2306.12360},"
        "\n year={2023}\n}</code></pre>",
        head="<title>Walk Sampling for Protein Discovery</title>",
    )
    assert normalise_page(_URL, page).papers[0].published == "2023"


def test_round_161s_project_page_readers_are_found_in_linear_time():
    # The 'Overview' section's walk and the byline's names between commas are bounded: an overview over
    # thousands of nested divisions and short paragraphs, and a byline block of thousands of unlinked names,
    # are not read once for each level or name.
    def reading(depth):
        nested = "<div><p>Short.</p>" * depth + "</div>" * depth
        names = "".join(f", Ann Lee{index}<sup>1</sup>" for index in range(depth))
        page = _project_page(
            '<h1 class="publication-title">A Method: Rendering Scenes from Photographs</h1>'
            f'<span class="author-block"><a href="https://a.example/">Ada Lovelace</a><sup>1</sup>{names}'
            '</span><a href="https://arxiv.org/abs/2204.01691">arXiv</a><h2>Overview</h2>' + nested
        )
        return lambda: normalise_page(_URL, page)

    paper = assert_linear_time(reading, 3000).papers[0]
    assert paper.arxiv_id == "2204.01691"


def test_the_project_page_templates_byline_wins_over_a_link_to_one_authors_profile():
    # Held-out, round 161 (MIT REALM's CMDTSP page): no button links a preprint, one author's link goes to a
    # department's /people/ profile, the other's to a lab's team page; the template's byline names both.
    page = _project_page(
        '<h1 class="title is-1 publication-title">A Hierarchical Framework for Constrained Routing</h1>'
        '<div class="publication-authors"><span class="author-block">'
        '<a href="https://dept.example.edu/lab/team/ada-lovelace/">Ada Lovelace</a>,</span>'
        '<span class="author-block"><a href="https://dept.example.edu/people/alan-turing/">Alan Turing</a>,'
        '</span></div><div class="publication-authors"><span class="author-block">Massachusetts Institute of '
        'Technology</span></div><a href="./static/pdf/paper.pdf">Paper</a>' + _ABSTRACT,
        head="<title>A Hierarchical Framework for Constrained Routing</title>",
    )
    assert normalise_page(_URL, page).papers[0].authors == ["Ada Lovelace", "Alan Turing"]


# Round 160's classes (HOLDOUT.md "# Round 160").

_BYLINE = ('<div class="publication-authors"><span class="author-block">'
           '<a href="https://ann.example.org">Ann Lee</a><sup>1</sup>,</span>'
           '<span class="author-block"><a href="https://bo.example.org">Bo Chan</a>'
           "<sup>2</sup></span></div>"
           '<a href="https://arxiv.org/abs/2412.04463">arXiv</a>')


def test_a_project_name_heading_over_the_titles_rest_makes_one_title():
    # MegaSaM's page: h1 'MegaSaM' over h3 'Accurate, Fast and Robust …', its twitter:title the two as one;
    # Spec-Gaussian's: h1 'Spec-Gaussian:', its colon saying the h2 under it goes on with the title.
    page = _project_page(
        '<h1 class="title is-1 publication-title">Painter</h1>\n  <!-- the rest -->\n'
        '<h3 class="title is-3 publication-title">Rendering Scenes from a Few Photographs</h3>'
        + _BYLINE + _ABSTRACT,
        head='<title>Painter</title><meta name="twitter:title" content="Painter: Rendering Scenes from a Few '
        'Photographs">')
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.title, paper.authors) == (
        "Painter: Rendering Scenes from a Few Photographs", ["Ann Lee", "Bo Chan"])
    page = _project_page(
        '<h1 class="title is-1 publication-title"><span>Painter:</span></h1>'
        '<h2 class="title is-2 publication-title">Rendering Scenes from <br> a Few Photographs</h2>'
        + _BYLINE + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].title == "Painter: Rendering Scenes from a Few Photographs"


def test_a_tagline_heading_under_a_project_name_no_title_joins_is_no_part_of_the_title():
    # Without a colon after the name and without a title of the page writing the two as one, the heading
    # under the name is a tagline or the title itself, not the title's second half.
    page = _project_page(
        "<h1>Painter</h1><h2>Rendering Scenes from a Few Photographs</h2>" + _BYLINE + _ABSTRACT,
        head="<title>Painter</title>")
    assert normalise_page(_URL, page).papers[0].title == "Rendering Scenes from a Few Photographs"


def test_a_venue_heading_between_a_project_pages_title_and_byline_dates_it_and_ends_nothing():
    # Spec-Gaussian's page: an h3 'NeurIPS 2024' between the title's headings and the byline.
    page = _project_page(
        "<h1>Painter: Rendering Scenes from a Few Photographs</h1><h3 class='title is-3'>NeurIPS 2024 </h3>"
        + _BYLINE + _ABSTRACT)
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.authors, paper.published) == (["Ann Lee", "Bo Chan"], "2024")
    # A section heading after the title still ends the byline's reach.
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1><h3>Results</h3>"
                         + _BYLINE + _ABSTRACT)
    assert not normalise_page(_URL, page).papers[0].authors


_OVERVIEW = ("<h2>Overview</h2><div class='content'><p>Most scene renderers are trained on synthetic data. "
             "In this work we introduce Painter, a renderer trained on real photographs.</p><p></p>"
             + " ".join(["It renders scenes from new viewpoints with fewer artefacts at the edges."] * 12)
             + "</p><p>" + " ".join(["It outperforms the methods before it on standard benchmarks."] * 6)
             + "</p></div>")


def test_a_project_pages_abstract_set_out_in_several_paragraphs_of_one_block_is_read_whole():
    # CoTracker3's page: the template's abstract section headed 'Overview', its text in three paragraphs
    # (one a stray text between them), none of an abstract's length alone.
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>" + _BYLINE + _OVERVIEW)
    abstract = normalise_page(_URL, page).papers[0].abstract
    assert abstract.startswith("Most scene renderers are trained on synthetic data. In this work")
    assert abstract.endswith("on standard benchmarks.")
    # A block that holds more than paragraphs (a list, a figure) is a section of the page, not an abstract
    # read whole: only its opening paragraph is, as round 161's 'Overview' reader takes it.
    section = _OVERVIEW.replace("<p></p>", "<ul><li>A list of results.</li></ul>")
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>" + _BYLINE + section)
    assert normalise_page(_URL, page).papers[0].abstract == (
        "Most scene renderers are trained on synthetic data. In this work we introduce Painter, a renderer "
        "trained on real photographs.")


def test_a_block_of_paragraphs_is_read_for_an_abstract_in_linear_time():
    def many(count):
        return "<div>" + "<p>In this work we introduce it.</p>" * count + "</div>"

    def deep(depth):
        return "<div><p>In this work we introduce it.</p>" + "<div>" * depth + "</div>" * (depth + 1)

    for block, size in ((many, 5000), (deep, 3000)):

        def reading(n, block=block):
            page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>" + _BYLINE
                                 + block(n))
            return lambda: normalise_page(_URL, page)

        paper = assert_linear_time(reading, size).papers[0]
        assert paper.arxiv_id == "2412.04463", block.__name__


def test_a_project_pages_title_set_in_bold_beside_its_icon_in_the_heading_is_the_headings():
    # Easi3R's page (round 160's held-out part): <h1><img alt="ICON"><strong>Easi3R: …</strong></h1>, no meta
    # title but the <title>; the title's text sits in an inline element, its block the h1 the byline follows,
    # not a paragraph further down over a row of tabs named for the methods compared.
    page = _project_page(
        '<h1 class="title publication-title">\n <img src="icon.png" alt="ICON">\n'
        "<strong>Painter: Rendering Scenes from a Few Photographs</strong>\n</h1>"
        + _BYLINE + _ABSTRACT + "<h2>Results</h2><p>Here, we visualize the scenes each method renders.</p>"
        "<div class='tabs'><ul><li><a>Dust Three</a></li><li><a>Mon Three</a></li></ul></div>",
        head="<title>Painter: Rendering Scenes from a Few Photographs</title>")
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.title, paper.authors) == (
        "Painter: Rendering Scenes from a Few Photographs", ["Ann Lee", "Bo Chan"])


def test_a_venue_heading_dressed_with_emoji_and_a_note_ends_no_byline():
    # STITCH-OPE's page (round 166): an h2 'NeurIPS 2025 ✨ Spotlight ✨' between the template's title and its
    # byline; the emoji and the award's word are the venue line's dress, not a section's heading.
    venues = ("NeurIPS 2025 \u2728 Spotlight \u2728", "CVPR 2024 Oral", "ICLR 2025 (Spotlight) \U0001F525")
    for venue in venues:
        page = _project_page("<h1 class='title publication-title'>Painter: Rendering Scenes from a Few "
                             f"Photographs</h1><h2>{venue}</h2>" + _BYLINE + _ABSTRACT)
        paper = normalise_page(_URL, page).papers[0]
        assert (paper.authors, paper.published) == (["Ann Lee", "Bo Chan"], venue.split()[1])
    # A section's heading with a year in it still ends the byline's reach.
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1><h2>Results 2024</h2>"
                         + _BYLINE + _ABSTRACT)
    assert not normalise_page(_URL, page).papers[0].authors


def test_the_templates_author_blocks_that_link_no_home_page_are_names_of_the_byline():
    # AgentGym's page (round 166): twenty span.author-block units, some a linked name and its comma, the
    # others the bare name and its comma ('<span class="author-block">Yiwen Ding,</span>'), all in order.
    byline = ('<div class="publication-authors"><span class="author-block">'
              '<a href="https://ann.example.org">Ann Lee</a>,</span>'
              '<span class="author-block">\n  Bo Chan,\n</span>'
              '<span class="author-block"><a href="https://cy.example.org">Cy Dunn</a>,</span>'
              '<span class="author-block">Di Evans,</span>'
              '<span class="author-block"><a href="https://ed.example.org">Ed Fox</a></span>'
              '<span class="author-block">Prescient Design</span></div>'
              '<div class="publication-authors"><span class="author-block">Fudan NLP Lab,</span>'
              '<span class="author-block">University of Somewhere</span></div>'
              '<a href="https://arxiv.org/abs/2412.04463">arXiv</a>')
    page = _project_page("<h1 class='title publication-title'>Painter: Rendering Scenes from a Few "
                         "Photographs</h1>" + byline + _ABSTRACT)
    # The bare unit without the byline's comma after the last name is an affiliation in the same row.
    assert normalise_page(_URL, page).papers[0].authors == [
        "Ann Lee", "Bo Chan", "Cy Dunn", "Di Evans", "Ed Fox"]


def test_a_project_pages_byline_keeps_a_name_with_a_lower_case_particle():
    # STITCH-OPE's page (round 166): 'Nathan Samuel de Lara' the third of six linked names; the particle is a
    # word of the name, not the end of the byline.
    byline = ('<div class="publication-authors"><span class="author-block">'
              '<a href="https://ann.example.org">Ann Lee</a><sup>1</sup>,</span>'
              '<span class="author-block"><a href="#">Carla Maria de Lara</a><sup>2</sup>,</span>'
              '<span class="author-block"><a href="https://bo.example.org">Bo Chan</a><sup>2</sup>'
              "</span></div>"
              '<a href="https://arxiv.org/abs/2412.04463">arXiv</a>')
    page = _project_page("<h1 class='title publication-title'>Painter: Rendering Scenes from a Few "
                         "Photographs</h1>" + byline + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Carla Maria de Lara", "Bo Chan"]


_TLDR = ("<h2 class='title'>TL;DR</h2><div class='content'><p>We render scenes from a few photographs "
         "without ground truth views, and the renderer can be tuned at test time.</p></div>")


def test_a_tldr_section_in_the_abstracts_place_gives_a_project_pages_summary():
    # The motion-magnification page (round 166): the template's abstract section headed 'TL;DR', a paragraph
    # of three sentences, and no 'Abstract' anywhere on the page.
    page = _project_page("<h1 class='title publication-title'>Painter: Rendering Scenes from a Few "
                         "Photographs</h1>" + _BYLINE + _TLDR + "<h2>Approach</h2><p>It works so.</p>")
    assert normalise_page(_URL, page).papers[0].abstract.startswith("We render scenes from a few photographs")
    # A page that labels its abstract after a TL;DR gives the abstract, not the teaser.
    page = _project_page("<h1 class='title publication-title'>Painter: Rendering Scenes from a Few "
                         "Photographs</h1>" + _BYLINE + _TLDR + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].abstract.startswith("We present a method that reads a scene")


def test_a_project_page_with_a_doi_paper_button_and_an_arxiv_button_names_its_paper_by_both():
    # The implant-generation page (round 180): 'Paper' to doi.org (the proceedings' version), 'arXiv' to the
    # preprint: one paper's two identifiers, both kept.
    page = _project_page(
        "<h1 class='title publication-title'>Painter: Rendering Scenes from a Few Photographs</h1>"
        '<div class="publication-authors"><span class="author-block"><a href="https://a.example.org">Ann Lee'
        "</a><sup>1</sup></span></div>"
        '<div class="publication-links"><span class="link-block">'
        '<a class="button" href="https://doi.org/10.1007/978-3-031-43996-4_11"><span>Paper</span></a></span>'
        '<span class="link-block"><a class="button" href="https://arxiv.org/abs/2303.08061">'
        "<span>arXiv</span></a></span></div>" + _ABSTRACT)
    paper = normalise_page(_URL, page).papers[0]
    assert paper.doi == "10.1007/978-3-031-43996-4_11"
    assert paper.arxiv_id == "2303.08061"


def test_a_tldr_written_a_sentence_a_paragraph_is_read_whole():
    # VoiceDesigner's demo page (round 180): under 'TL;DR' two one-sentence paragraphs side by side, then
    # the cards of its samples: the summary is both sentences, not the first alone.
    tldr = ("<section><h2>TL;DR</h2><p>A unified model for generating, cloning, and editing voices.</p>"
            "<p>Built for both natural everyday speech and expressive character voices.</p>"
            "<div class='cards'><p>Voice Generation</p></div></section>")
    page = _project_page("<h1 class='title publication-title'>Painter: Rendering Scenes from a Few "
                         "Photographs</h1>" + _BYLINE + tldr + "<h2>Approach</h2><p>It works so.</p>")
    assert normalise_page(_URL, page).papers[0].abstract == (
        "A unified model for generating, cloning, and editing voices. "
        "Built for both natural everyday speech and expressive character voices.")


def test_a_tldr_of_many_paragraphs_is_read_in_linear_time():
    def reading(count):
        tldr = "<h2>TL;DR</h2>" + ("<p>A unified model for generating, cloning, and editing voices.</p>"
                                   * count)
        page = _project_page("<h1 class='title publication-title'>Painter: Rendering Scenes from a Few "
                             "Photographs</h1>" + _BYLINE + tldr)
        return lambda: normalise_page(_URL, page)

    assert_linear_time(reading, 5000)


def test_round_166s_project_page_readers_are_found_in_linear_time():
    def many_blocks(count):
        return ("<div class='publication-authors'>" + '<span class="author-block">Bo Chan,</span>' * count
                + "</div>")

    def many_sections(count):
        return _TLDR + "<h3>Part</h3><p>A short part.</p>" * count

    def deep(depth):
        return "<div>" * depth + _TLDR + "</div>" * depth

    for rest, size in ((many_blocks, 5000), (many_sections, 5000), (deep, 3000)):

        def reading(n, rest=rest):
            page = _project_page("<h1 class='title publication-title'>Painter: Rendering Scenes from a Few "
                                 "Photographs</h1>" + _BYLINE + rest(n))
            return lambda: normalise_page(_URL, page)

        paper = assert_linear_time(reading, size).papers[0]
        assert paper.arxiv_id == "2412.04463", rest.__name__


def test_an_affiliation_line_with_marks_after_a_byline_names_no_one():
    # The Chain-of-Visual-Thought page (round 168): linked names with their <sup> numbers, then a paragraph
    # of affiliations each with its number ('UC Berkeley<sup>1</sup>&nbsp;&nbsp; UCLA<sup>2</sup>'): a
    # place's name with a mark, not the byline's comma after it, is no person.
    byline = ('<p class="author-list"><a href="https://ann.example.org">Ann Lee<sup>1</sup></a>,\n'
              '<a href="https://bo.example.org">Bo Chan<sup>2</sup></a></p>'
              '<p class="affiliation">UC Berkeley<sup>1</sup>&nbsp;&nbsp;&nbsp; UCLA<sup>2</sup></p>'
              '<a href="https://arxiv.org/abs/2412.04463">arXiv</a>')
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>" + byline + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Bo Chan"]
    # Bare names in a paragraph, each mark followed by the byline's comma, are still names.
    byline = ('<p>Ann Lee<sup>1</sup>, Bo Chan<sup>2</sup></p>'
              '<a href="https://arxiv.org/abs/2412.04463">arXiv</a>')
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>" + byline + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].authors[0] == "Ann Lee"


def test_a_row_of_buttons_between_the_title_and_the_byline_ends_no_byline():
    # The MARCUS-Avatar page (round 168): the h1, a one-sentence lede, a row of links ('arXiv', 'Code',
    # 'Dataset', 'HF Weights'), then the byline (spans with <sup> marks) inside a <details> panel.
    byline = ('<div class="action-row"><a href="https://arxiv.org/abs/2412.04463">arXiv</a>'
              '<a href="https://github.com/ann/painter">Code</a><a href="#">HF Weights</a></div>'
              '<details><summary><span>Ann Lee*, Bo Chan, et al.</span><small>3 authors</small></summary>'
              '<p class="author-list">\n<span>Ann Lee<sup>*,1</sup></span>\n'
              '<span>Bo Chan<sup>2</sup></span>\n'
              '<span>Cy Dunn<sup>1</sup></span>\n</p><p><span><sup>1</sup> BUAA</span></p></details>')
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>"
                         "<p class='lede'>Painter renders a scene from a few photographs.</p>" + byline
                         + "<h2>Method</h2><p>It works so.</p>")
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.title, paper.authors) == ("Painter: Rendering Scenes from a Few Photographs",
                                            ["Ann Lee", "Bo Chan", "Cy Dunn"])


def test_a_lede_under_the_title_of_a_page_without_an_abstract_is_its_summary():
    # The MARCUS-Avatar page (round 168): no 'Abstract' anywhere; right under the h1 a p.hero-lede of one
    # sentence saying what the method does, the page's summary as a story's dek is.
    lede = ("<p class='hero-lede'>Painter turns a few photographs of a scene into a renderer that shows it "
            "from any viewpoint.</p>")
    rest = _BYLINE + "<h2>Method</h2><p>It works so.</p>"
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>" + lede + rest)
    assert normalise_page(_URL, page).papers[0].abstract.startswith("Painter turns a few photographs")
    # A paragraph under the title whose class names no text's role is not read as one ('hero-meta'; a
    # 'hero-copy' is the hero's text, its lede: MemGUI-Agent's page, round 216, the lead's stop-75 reading).
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>"
                         + lede.replace("hero-lede", "hero-meta") + rest)
    assert normalise_page(_URL, page).papers[0].abstract is None
    # …nor is an unclassed paragraph among the title's others.
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>"
                         + lede.replace(" class='hero-lede'", "") + "<p>Ann Lee, Bo Chan</p>" + rest)
    assert normalise_page(_URL, page).papers[0].abstract is None


def _hero_page(copy: str = "<p class='hero-copy'>Painter turns a few photographs of a scene into a renderer "
                           "that shows it from any viewpoint.</p>",
               hero: str = "hero", after: str = "<h2>Method</h2><p>It works so.</p>") -> str:
    # MemGUI-Agent's page (round 216): header.hero's h1, then p.hero-authors, the affiliations, a contact
    # line and p.hero-copy, the buttons in a block of their own after the hero's text.
    return _project_page(
        f"<header class='{hero}'><div class='{hero}-content'>"
        "<h1>Painter: Rendering Scenes from a Few Photographs</h1>"
        "<p class='hero-authors'>Ann Lee<sup>1</sup>, Bo Chan<sup>2</sup></p>"
        "<p class='hero-affiliations-text'><sup>1</sup>BUAA &nbsp; <sup>2</sup>ZJU</p>"
        "<p class='hero-contact'>Contact: <a href='mailto:ann@example.org'>ann@example.org</a></p>"
        f"{copy}</div><div class='hero-actions'>"
        "<a class='button' href='https://arxiv.org/abs/2412.04463'>Paper</a></div></header>" + after)


def test_the_paragraph_classed_as_the_heros_copy_past_its_byline_is_its_summary():
    # MemGUI-Agent's page (round 216): no 'Abstract' anywhere; the hero's one paragraph of prose, its
    # p.hero-copy, set apart under the byline, the affiliations and the contact line: the page's summary.
    paper = normalise_page(_URL, _hero_page()).papers[0]
    assert paper.abstract == ("Painter turns a few photographs of a scene into a renderer that shows it from "
                              "any viewpoint.")
    # A copy classed by another compound ('lede-copy') inside the hero block is its copy too.
    page = _hero_page(copy="<p class='intro-copy'>Painter turns a few photographs of a scene into a renderer "
                           "that shows it from any viewpoint.</p>")
    assert normalise_page(_URL, page).papers[0].abstract.startswith("Painter turns a few photographs")


def test_a_copy_outside_a_hero_or_longer_than_a_lede_or_over_an_abstract_section_is_no_summary():
    # The near misses: a paragraph classed as copy in no hero block; a hero's copy of a text's length; a
    # block of copy (a div of paragraphs); a hero copy past a heading; a page heading its abstract.
    page = _hero_page(hero="masthead",
                      copy="<p class='intro-copy'>Painter turns a few photographs of a scene into a renderer "
                           "that shows it from any viewpoint.</p>")
    assert normalise_page(_URL, page).papers[0].abstract is None
    page = _hero_page(copy="<p class='hero-copy'>" + "Painter turns a few photographs into a renderer. " * 12
                           + "</p>")
    assert normalise_page(_URL, page).papers[0].abstract is None
    page = _hero_page(copy="<div class='hero-copy'><p>Painter turns a few photographs of a scene into a "
                           "renderer.</p><p>It shows the scene from any viewpoint, fast.</p></div>")
    assert normalise_page(_URL, page).papers[0].abstract is None
    page = _hero_page(copy="<h2>Teaser</h2><p class='hero-copy'>Painter turns a few photographs of a scene "
                           "into a renderer that shows it from any viewpoint.</p>")
    assert normalise_page(_URL, page).papers[0].abstract is None
    paper = normalise_page(_URL, _hero_page(after=_ABSTRACT)).papers[0]
    assert paper.abstract.startswith("We present a method that reads a scene")


def test_a_heros_copy_is_found_in_linear_time():
    # Many headings (each read up to a label's length for an 'Abstract') and a hero nested deep: linear.
    def headings(count):
        page = _hero_page(after="".join(f"<h3>Result {n}</h3><p>It works so.</p>" for n in range(count)))
        return lambda: normalise_page(_URL, page)

    paper = assert_linear_time(headings, 5000).papers[0]
    assert paper.abstract.startswith("Painter turns a few photographs")

    def nested(depth):
        nest = "<div class='hero-wrap'>" * depth
        page = _project_page(nest + _hero_page()[len("<html><head><title>A Method</title></head><body>"):]
                             .replace("</body></html>", "") + "</div>" * depth)
        return lambda: normalise_page(_URL, page)

    assert_linear_time(nested, 3000)


def test_a_button_labelled_with_two_button_words_names_the_paper():
    # Flow-ERD's page (round 168): its one paper button reads 'Paper <em>arXiv</em>', what and where.
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>"
                         '<a class="btn" href="https://arxiv.org/abs/2412.04463">Paper <em>arXiv</em></a>'
                         + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].arxiv_id == "2412.04463"


def test_a_glyph_hidden_from_screen_readers_after_a_linked_name_is_no_part_of_it():
    # Flow-ERD's page (round 168): each linked name ends in '<span aria-hidden="true">&#8599;</span>', the
    # names set apart by middots, the unlinked ones bare text between them.
    byline = ('<p class="authors"><a href="https://ann.example.org">Ann&nbsp;Lee<span aria-hidden="true">'
              '&#8599;</span></a><sup>*</sup><span class="dot">&middot;</span>'
              '<a href="https://bo.example.org">Bo&nbsp;Chan<span aria-hidden="true">&#8599;</span></a>'
              '<span class="dot">&middot;</span>Cy&nbsp;Dunn</p>'
              '<a href="https://arxiv.org/abs/2412.04463">arXiv</a>')
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>" + byline + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Bo Chan", "Cy Dunn"]


def test_an_abstract_sections_numbered_heading_is_its_label():
    # Flow-ERD's page (round 168): section#abstract headed '<span class="secno">08</span>Abstract'.
    section = ('<section id="abstract"><h2><span class="secno">08</span>Abstract</h2><p class="abstract">We '
               "present a method that reads a scene from a few photographs and renders it from any viewpoint."
               "</p></section>")
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>" + _BYLINE + section)
    assert normalise_page(_URL, page).papers[0].abstract.startswith("We present a method that reads")


def test_round_168s_project_page_readers_are_found_in_linear_time():
    # A row of thousands of buttons before the byline, and a block of thousands of marked places, are not
    # read once for each link or place.
    def row(count):
        return ('<div><a href="https://github.com/ann/painter">Code</a>' + '<a href="#">HF Demo</a>' * count
                + "</div>" + _BYLINE)

    def places(count):
        return (_BYLINE + "<p>" + "Place<sup>1</sup>&nbsp; " * count + "</p>"
                + '<a href="https://arxiv.org/abs/2412.04463">arXiv</a>')

    for rest in (row, places):

        def reading(count, rest=rest):
            page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>" + rest(count)
                                 + _ABSTRACT)
            return lambda: normalise_page(_URL, page)

        paper = assert_linear_time(reading, 5000).papers[0]
        assert paper.arxiv_id == "2412.04463", rest.__name__


def test_a_bylines_name_with_a_given_name_in_parentheses_is_read_whole():
    # The psychological-depth page (round 170): its last linked name 'Nanyun (Violet) Peng', the name she
    # goes by in parentheses between her given and family names, kept as the byline shows it.
    byline = ('<div class="publication-authors"><span class="author-block"><a href="https://ann.example.org">'
              'Ann Lee</a>,</span><span class="author-block"><a href="https://bo.example.org">Bo Chan</a>'
              '<small><sup>&Dagger;</sup></small>,</span><span class="author-block">'
              '<a href="https://vi.example.org">Nanyun (Violet) Peng</a><small><sup>&Dagger;</sup></small>'
              '</span></div><a href="https://arxiv.org/abs/2406.12680">arXiv</a>')
    page = _project_page("<h1>Painter: Rendering Scenes from a Few Photographs</h1>" + byline + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Bo Chan", "Nanyun (Violet) Peng"]
    # Words in parentheses that are no one's name (a place, a note) still end the byline.
    page = page.replace("Nanyun (Violet) Peng", "Nanyun (Meta AI) Peng")
    assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Bo Chan"]


def test_a_template_pages_venue_line_and_overview_are_read_where_its_paper_button_links_its_own_pdf():
    # Motion Modes's page (round 170): the template's h1.publication-title, a 'CVPR 2025' line under the
    # byline, one 'Paper' button to a PDF on the site (its arXiv button commented out), the paper's summary
    # under an 'Overview' heading and no 'Abstract'.
    head = ('<div class="publication-authors"><span class="author-block"><a href="https://ann.example.org">'
            'Ann Lee</a><sup>1</sup>,</span><span class="author-block"><a href="https://bo.example.org">'
            "Bo Chan</a><sup>2</sup></span></div>"
            '<div class="publication-authors"><span class="author-block"><b>CVPR 2025</b></span></div>'
            '<!-- <a href="https://arxiv.org/abs/2412.00148">Arxiv</a> -->'
            '<span class="link-block"><a href="resources/Painter.pdf">Paper</a></span>')
    overview = ("<h2>Overview</h2><div class='content'><p>Rendering a scene from a few photographs remains "
                "hard. We introduce Painter, a training-free approach that reads a scene from a few "
                "photographs and renders it from any viewpoint.</p></div>")
    page = _project_page('<h1 class="title publication-title">'
                         "Painter: Rendering Scenes from a Few Photographs</h1>" + head + overview)
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.published, paper.arxiv_id) == ("2025", None)
    assert paper.abstract.startswith("Rendering a scene from a few photographs remains hard.")
    # A page that is no project page by its heading nor its buttons is not read so.
    found = normalise_page(_URL, page.replace('class="title publication-title"', 'class="title"'))
    assert found is None or (found.papers[0].published, found.papers[0].abstract) == (None, None)
# Round 174's classes (HOLDOUT.md "# Round 174").


def test_a_project_name_heading_over_the_titles_rest_joined_by_the_description_meta_makes_one_title():
    # ZET-Speech's demo page: h1 'ZET-Speech' over an h4 with the rest of the title, the <title> the name
    # alone, the description meta the two as one ('ZET-Speech: Zero-shot adaptive …').
    page = _project_page(
        '<h1 class="title is-2 publication-title">Painter</h1>'
        '<h4 class="title is-3 publication-title">Rendering Scenes from a Few Photographs</h4>'
        + _BYLINE + _ABSTRACT,
        head='<title>Painter</title><meta name="description" content="Painter: Rendering Scenes from a Few '
        'Photographs">')
    assert normalise_page(_URL, page).papers[0].title == "Painter: Rendering Scenes from a Few Photographs"
    # A description that says more than the two headings (a summary opening with them) joins nothing.
    page = _project_page(
        '<h1 class="title is-2 publication-title">Painter</h1>'
        '<h4 class="title is-3 publication-title">Rendering Scenes from a Few Photographs</h4>'
        + _BYLINE + _ABSTRACT,
        head='<title>Painter</title><meta name="description" content="Painter: Rendering Scenes from a Few '
        'Photographs, a renderer trained on real photographs.">')
    assert normalise_page(_URL, page).papers[0].title == "Rendering Scenes from a Few Photographs"


def test_marked_names_under_the_title_of_a_page_headed_abstract_further_down_are_its_byline():
    # E1 TTS's online supplement (held out, fixed after the final figure): an h2 title, each name in a span
    # with its affiliation number in <sup>, the affiliations, then an 'Abstract' h3; no preprint button.
    names = ('<div><em><p><span class="me-3">Ann Lee\n <sup>1</sup></span>'
             '<span class="me-3">Bo Chan\n <sup>2,1</sup></span></p></em>'
             '<p><span>School of Data Science <sup>1</sup></span></p></div>')
    abstract = ("<h3>Abstract</h3><p>This paper introduces Painter, a renderer that reads a scene from a few "
                "photographs and renders it from any viewpoint, faster than the methods before it.</p>")
    page = _project_page("<h2>Painter: Rendering Scenes from a Few Photographs</h2>" + names + abstract,
                         head="<title>Painter Online Supplement</title>")
    assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Bo Chan"]
    # Without an 'Abstract' heading after the title, marked names under a heading are not read so.
    page = _project_page("<h2>Painter: Rendering Scenes from a Few Photographs</h2>" + names
                         + abstract.replace("Abstract", "Samples"),
                         head="<title>Painter Online Supplement</title>")
    found = normalise_page(_URL, page)
    assert found is None or not found.papers or not found.papers[0].authors
    # Nor is one link under the heading (a journal's 'Next Section' over its abstract) a byline so.
    page = _project_page("<h2>Painter: Rendering Scenes from a Few Photographs</h2>"
                         '<div><a href="#s1">Next Section</a></div>' + abstract,
                         head="<title>Painter Online Supplement</title>")
    found = normalise_page(_URL, page)
    assert found is None or not found.papers or not found.papers[0].authors


def test_a_demo_page_its_description_meta_names_the_paper_of_is_that_papers_record():
    # TOSS-Codec's demo page (held out, fixed after the final figure): no scholarly meta, no preprint button,
    # no abstract heading; its description 'TOSS-Codec demo page based on the paper TOSS-Codec: …', its h1
    # the same title.
    body = ('<p class="eyebrow">Paper demo</p><h1>Painter: Rendering Scenes from a Few Photographs</h1>'
            "<h2>Results</h2><p>Samples at two bitrates.</p>")
    head = ('<title>Painter Demo</title><meta name="description" content="Painter demo page based on the '
            'paper Painter: Rendering Scenes from a Few Photographs.">')
    found = normalise_page(_URL, _project_page(body, head=head))
    assert found is not None and found.papers[0].title == "Painter: Rendering Scenes from a Few Photographs"
    # A description naming a paper no heading shows, or saying nothing of a demo, makes no record so.
    for other in (head.replace("Painter: Rendering", "Sculptor: Carving"),
                  head.replace("demo page based on", "is a renderer described in")):
        found = normalise_page(_URL, _project_page(body, head=other))
        assert found is None or not found.papers


_BENCHMARK_BYLINE = ('<div class="publication-authors"><span class="author-block">'
                     '<a href="https://ann.example.org">Ann Lee</a><sup>1</sup>,</span>'
                     '<span class="author-block"><a href="https://bo.example.org">'
                     "Bo Chan</a><sup>2</sup></span></div>"
                     '<a href="https://arxiv.org/pdf/2501.05444">Paper</a> '
                     '<a href="https://arxiv.org/abs/2501.05444">arXiv</a>')


def _benchmark_with_an_authors_section(names: str, footer: str) -> str:
    # TeamBench's benchmark page (round 188, held out; pending85): the h1 the benchmark's name over a lede,
    # the paper's title only in the <title> and og:title, the arXiv link an icon in the nav bar; near the
    # page's end an 'Authors' h2 alone in its wrapper, the names in the block after it (marks in <sup>, middle
    # dots between), the affiliations' line under them; the footer's copyright line the page's only year.
    title = "RoundBench: A Benchmark of Round Teams with Separate Roles"
    lede = ("RoundBench measures whether teams of agents split work between roles and check each other's "
            "results, over a thousand tasks in sandboxes that enforce each role's permissions. ")
    return (f'<html><head><title>{title}</title><meta property="og:title" content="{title}">'
            f'<meta property="og:type" content="website"></head><body><nav><a href="#authors">Authors</a>'
            '<a href="https://arxiv.org/abs/2605.07073" title="arXiv"><img src="arxiv-logo.png" alt="arXiv">'
            f'</a></nav><section class="hero"><h1>RoundBench</h1><p class="lede">{lede}</p></section>'
            '<section id="authors"><div class="section-header"><h2 class="section-title">Authors</h2></div>'
            f'<div class="fade-up"><div>{names}</div><div><sup>1</sup>MIT &nbsp;&middot;&nbsp; <sup>2</sup>'
            f"Round Research</div></div></section><footer><div class=\"footer-inner\"><span>{footer}</span>"
            "</div></footer></body></html>")


_DOTTED_NAMES = ("Ann Lee<sup>1,2</sup> &nbsp;&middot;&nbsp; Bo Chan<sup>1</sup> &nbsp;&middot;&nbsp; "
                 "Cy Round<sup>2</sup>")


def test_an_authors_heading_alone_in_its_wrapper_names_the_dotted_people_after_it():
    page = _benchmark_with_an_authors_section(_DOTTED_NAMES, "RoundBench &copy; 2026 &mdash; MIT")
    paper = normalise_page("https://roundbench.github.io/", page).papers[0]
    assert paper.title == "RoundBench: A Benchmark of Round Teams with Separate Roles"
    assert paper.arxiv_id == "2605.07073"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Round"]
    assert paper.published == "2026"


def test_a_footer_of_another_holder_or_a_dotted_line_of_institutions_gives_no_year_or_people():
    # The near misses: a footer's copyright line of the school, not the project's name ('© 2024 Round
    # University', as VPVID's demo of round 193 is read), dates nothing; a dotted line of institutions after
    # the wrapped heading names nobody.
    page = _benchmark_with_an_authors_section(_DOTTED_NAMES, "&copy; 2024 Round University")
    paper = normalise_page("https://roundbench.github.io/", page).papers[0]
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Round"]
    assert paper.published is None
    page = _benchmark_with_an_authors_section("MIT &middot; Round Research &middot; Round University",
                                              "RoundBenchmark &copy; 2026")
    paper = normalise_page("https://roundbench.github.io/", page).papers[0]
    assert not paper.authors
    assert paper.published is None


def test_wrapped_authors_sections_and_footers_are_read_in_linear_time():
    from helpers import assert_linear_time

    def normalising(count: int):
        footer = "<span>Round</span>" * count + "RoundBench &copy; 2026"
        wrapped = '<section id="authors">' + "<div><h3>Authors</h3></div><div>x</div>" * count
        page = _benchmark_with_an_authors_section(_DOTTED_NAMES, footer).replace('<section id="authors">',
                                                                                  wrapped)
        return lambda: normalise_page("https://roundbench.github.io/", page)

    assert_linear_time(normalising, 4000)


def _benchmark_bibtex(title: str) -> str:
    return (f"<h2>BibTeX</h2><pre><code>@article{{lee2025painter,\n  title={{{title}}},\n"
            "  author={Lee, Ann and Chan, Bo},\n  journal={arXiv preprint arXiv:2501.05444},\n"
            "  year={2025}\n}</code></pre>")


def test_a_benchmark_pages_heading_and_subtitle_are_titled_as_its_bibtex_entry_holds_them_both():
    # EMMA's benchmark page (round 177): a logo, the h2 'An Enhanced MultiModal ReAsoning Benchmark', the
    # subtitle 'Can MLLMs Reason in Multimodality?' over the byline, its BibTeX entry's title the paper's
    # whole 'Can MLLMs Reason in Multimodality? EMMA: An Enhanced …'.
    hero = ('<img src="logo.png" alt="Painter Logo">'
            '<h2 class="title">A Training-Free Scene Rendering Benchmark</h2>'
            '<h2 class="subtitle publication-subtitle">Can Models Render Scenes from Photographs?</h2>')
    whole = "Can Models Render Scenes from Photographs? Painter: A Training-Free Scene Rendering Benchmark"
    page = _project_page(hero + _BENCHMARK_BYLINE + _ABSTRACT + _benchmark_bibtex(whole),
                         head="<title>Painter: A Training-Free Scene Rendering Benchmark</title>")
    assert normalise_page(_URL, page).papers[0].title == whole
    # MDI-Benchmark's: the h1 a name of two words over its subtitle, the entry joining them with a colon.
    hero = ('<h1 class="title publication-title"><!--icon--><img src="icon.png" alt="Logo">'
            '<span class="mdi">Scene Insights</span></h1><!--subtitle-->'
            '<h2 class="subtitle publication-subtitle">'
            "Benchmarking Rendering from <br> a Few Photographs</h2>")
    whole = "Scene Insights: Benchmarking Rendering from a Few Photographs"
    page = _project_page(hero + _BENCHMARK_BYLINE + _ABSTRACT + _benchmark_bibtex(whole),
                         head="<title>SI-Benchmark</title>")
    assert normalise_page(_URL, page).papers[0].title == whole
    # An entry that writes the headings otherwise (lower-cased) or holds much more is not read so.
    for other in ("Scene insights: benchmarking rendering from a few photographs",
                  "Scene Insights: Benchmarking Rendering from a Few Photographs, with a Study of What the "
                  "Methods Before It Missed"):
        page = _project_page(hero + _BENCHMARK_BYLINE + _ABSTRACT + _benchmark_bibtex(other),
                             head="<title>SI-Benchmark</title>")
        assert normalise_page(_URL, page).papers[0].title == "Benchmarking Rendering from a Few Photographs"


def test_a_benchmark_pages_h1_the_tab_repeats_is_its_title_over_an_og_title_of_its_name_and_tagline():
    # MMRB's benchmark page (round 177): og:title 'MMRB: Multimodal Multi-image Reasoning Benchmark', the
    # <title> and the h1.publication-title (a <p> inside it) 'Evaluating MLLMs with Multimodal …'.
    whole = "Evaluating Renderers with Scene Painting Benchmark"
    head = (f"<title>{whole}</title>"
            '<meta property="og:title" content="SPB: Scene Painting Benchmark">')
    hero = ('<h1 class="title publication-title">Evaluating Renderers with <p><u>S</u>cene <u>P</u>ainting '
            "<u>B</u>enchmark</p></h1>")
    later = '<h1 class="title">Scene Painting Benchmark</h1><p>What the benchmark holds.</p>'
    page = _project_page(hero + _BENCHMARK_BYLINE + _ABSTRACT + later, head=head)
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.title, paper.authors) == (whole, ["Ann Lee", "Bo Chan"])
    # A <title> other than the h1 says nothing of it.
    page = page.replace(f"<title>{whole}</title>", "<title>SPB</title>")
    assert normalise_page(_URL, page).papers[0].title == "Scene Painting Benchmark"


def test_a_byline_of_bare_names_in_units_of_their_own_is_read():
    # LiveOIBench's benchmark page (round 177): nine '<span class="author-block">Kaijian Zou,</span>', none
    # linked or marked, then the affiliation's row of one unit.
    names = ["Ann Lee", "Bo Chan", "Cy Diaz"]
    units = "".join(f'<span class="author-block">\n  {name},</span>' for name in names[:-1])
    byline = (f'<div class="publication-authors">{units}'
              f'<span class="author-block">\n  {names[-1]}\n</span></div>'
              '<div class="publication-authors">'
              '<span class="author-block">University of Michigan</span></div>'
              '<a href="https://arxiv.org/abs/2510.09595">Paper</a>')
    title = "Painter: Rendering Scenes from a Few Photographs"
    page = _project_page(f'<h1 class="title publication-title">{title}</h1>' + byline + _ABSTRACT,
                         head=f"<title>{title}</title>")
    assert normalise_page(_URL, page).papers[0].authors == names
    # A row whose units do not each end in the byline's comma is no byline (a list of places).
    page = page.replace("Ann Lee,", "Ann Lee")
    assert not normalise_page(_URL, page).papers[0].authors


def test_an_overview_after_a_section_of_prose_of_its_rank_is_no_abstract():
    # MDI-Benchmark's page (round 177): an h2 'Introduction' of the benchmark's questions, then an h2
    # 'Overview' of how its samples are designed, no 'Abstract': neither is the paper's abstract.
    intro = ("<h2>Introduction</h2><div class='content'><p>Current benchmarks measure renderers on narrow "
             "tasks and neglect two questions: whether they meet what people need of a scene, and whether "
             "they do so across the ages of those who look at it.</p></div>")
    overview = ("<h2>Overview</h2><div class='content'><p>The benchmark's samples are designed to show the "
                "complexity of real scenes, each drawn from one of six settings of daily life and checked "
                "by hand.</p></div>")
    hero = '<h1 class="title publication-title">Painter: Rendering Scenes from a Few Photographs</h1>'
    page = _project_page(hero + _BENCHMARK_BYLINE + intro + overview)
    assert normalise_page(_URL, page).papers[0].abstract is None
    # The template's 'Overview' as the page's first section is still its abstract.
    page = _project_page(hero + _BENCHMARK_BYLINE + overview + intro)
    assert normalise_page(_URL, page).papers[0].abstract.startswith("The benchmark's samples are designed")


def _dataset_page(link: str, citation: str) -> str:
    # VSTAR's dataset page (round 177): no meta but a <title> of its name, the title in an h3, the authors
    # in a table's cells, the paper linked by a picture of its first page alone, its abstract under an
    # 'Introduction' heading, and the ACL Anthology's entry (month, year and abstract) under 'Citation'.
    cells = "".join(f'<td><center><span><a href="#">{name}</a></span></center></td>'
                    for name in ("Ann Lee", "Bo Chan", "Cy Diaz"))
    abstract = ("Rendering a scene from a few photographs is a challenging problem that requires a model to "
                "perceive and reason over views that are weakly aligned. In this work, we present Painter, a "
                "large dataset of scenes, and two benchmarks built on it.")
    entry = ('@inproceedings{lee-etal-2023-painter,\n'
             '    title = "{P}ainter: A Dataset for Rendering Scenes",\n'
             '    author = "Lee, Ann  and\n      Chan, Bo  and\n      Diaz, Cy",\n'
             f'    {citation}\n    abstract = "{abstract}",\n}}')
    return _project_page(f'<h3 align="center">Painter: A Dataset for Rendering Scenes</h3><table><tr>{cells}'
                         f"</tr></table>{link}<h3>Introduction</h3><p>{abstract}</p>"
                         f"<h3>Download</h3><p>The data.</p><h3>Citation</h3><pre>{entry}</pre>",
                         head="<title>painter</title>")


_PICTURED = '<a href="https://arxiv.org/pdf/2305.18756.pdf"><img src="paper.jpg"></a>'


def test_a_dataset_page_linking_its_paper_by_a_picture_of_it_is_read_as_the_papers():
    page = _dataset_page(_PICTURED, 'month = jul,\n    year = "2023",\n    url = "https://aclanthology.org/x",')
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.title, paper.authors, paper.arxiv_id) == (
        "Painter: A Dataset for Rendering Scenes", ["Ann Lee", "Bo Chan", "Cy Diaz"], "2305.18756")
    # A picture beside a button that links another paper says nothing: the button names the paper.
    other = _PICTURED + '<a href="https://arxiv.org/abs/2401.00001">Paper</a>'
    assert normalise_page(_URL, _dataset_page(other, 'year = "2023",')).papers[0].arxiv_id != "2305.18756"


def test_a_dataset_pages_bibtex_entry_dates_it_by_its_one_month():
    page = _dataset_page(_PICTURED, 'month = jul,\n    year = "2023",')
    assert normalise_page(_URL, page).papers[0].published == "2023-07"
    # A conference's two months are none: the year alone.
    page = _dataset_page(_PICTURED, 'month = oct # "-" # nov,\n    year = "2023",')
    assert normalise_page(_URL, page).papers[0].published == "2023"


def test_a_paragraph_its_bibtex_entrys_abstract_opens_with_is_the_pages_abstract():
    page = _dataset_page(_PICTURED, 'month = jul,\n    year = "2023",')
    abstract = normalise_page(_URL, page).papers[0].abstract
    assert abstract.startswith("Rendering a scene from a few photographs is a challenging problem")
    # Without the entry's abstract the short 'Introduction' is no abstract.
    page = page.replace("    abstract = ", "    note = ")
    assert normalise_page(_URL, page).papers[0].abstract is None


def test_a_projects_name_in_a_division_over_the_rest_of_its_title_is_read_with_it_and_its_byline():
    # PromptSuite's page (round 176): no heading, the title set as a div of the logo and a span 'Name:' over
    # a div of the rest, both in large type; a row of seven buttons, each indented over lines of its own (some
    # hundred blanks a button), between it and the byline; the <title> and og:title the two as one.
    indent = "\n" + " " * 18
    button = ('<span class="link-block">{i}<a href="{href}" class="button">{i}<span class="icon">{i}<i></i>'
              '{i}</span>{i}<span>{label}</span>{i}</a>{i}</span>')
    buttons = "".join(button.format(i=indent, href=href, label=label) for href, label in (
        ("https://github.com/ann/painter", "Code"), ("https://www.arxiv.org/abs/2507.14913", "Paper"),
        ("https://pypi.org/project/painter/", "PyPI Package"), ("mailto:ann@example.org", "Contact"),
        ("https://huggingface.co/datasets/ann/painter", "Dataset"),
        ("https://painter.example.org/", "Try it"),
        ("https://www.youtube.com/watch?v=x", "Demonstration Video")))
    hero = ('<div style="display: flex"><img src="logo.png" alt="Painter Logo">'
            '<span style="font-size: 2.5rem; font-weight: 700">Painter:</span></div>'
            '<div style="font-size: 2.5rem; font-weight: 700">'
            'A Framework for Rendering Scenes from Photographs</div>'
            '<div class="publication-links">' + buttons + '</div>'
            '<div class="publication-authors"><span class="author-block"><a href="https://ann.example.org">'
            'Ann Lee</a><sup>*</sup>,</span><span class="author-block"><a href="#">Bo Chan</a><sup>*</sup>,'
            '</span></div><div>The University of Somewhere</div>')
    whole = "Painter: A Framework for Rendering Scenes from Photographs"
    head = f'<title>{whole}</title><meta property="og:title" content="🚀 {whole}">'
    paper = normalise_page(_URL, _project_page(hero + _ABSTRACT, head)).papers[0]
    assert (paper.title, paper.authors) == (whole, ["Ann Lee", "Bo Chan"])
    # A name over a tagline the page's titles do not write with it is not joined to it.
    other = head.replace(whole, "A Framework for Rendering Scenes from Photographs")
    paper = normalise_page(_URL, _project_page(hero + _ABSTRACT, other)).papers[0]
    assert paper.title == "A Framework for Rendering Scenes from Photographs"


def test_an_affiliation_line_set_as_the_bylines_spans_adds_no_author():
    # GenAssist's page (round 176): under the three linked names a second div.publication-authors whose
    # span.author-block lists the places with their numbers, 'UT Austin<sup>1</sup>, CMU<sup>2</sup>', then
    # the venue; its first place reads as a name's pattern, the one after it does not.
    byline = ('<div class="is-size-5 publication-authors"><span class="author-block"><a href="https://a.org">'
              'Ann Lee</a><sup>1</sup>,</span><span class="author-block"><a href="https://b.org">Bo Chan</a>'
              '<sup>2</sup>,</span></div><div class="is-size-5 publication-authors">'
              '<span class="author-block">UT Austin<sup>1</sup>, CMU<sup>2</sup>, <br>ACM UIST 2023</span>'
              '</div>'
              '<a href="https://arxiv.org/abs/2302.14117">arXiv</a>')
    page = _project_page('<h1 class="title publication-title">Painter: Rendering Scenes from Photographs</h1>'
                         + byline + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Bo Chan"]
    # A bare name with its marks before another person's still opens the byline's next unit.
    page = page.replace("UT Austin<sup>1</sup>, CMU<sup>2</sup>", "Cy Dunn<sup>1</sup>, Di Evans<sup>2</sup>")
    assert normalise_page(_URL, page).papers[0].authors[:3] == ["Ann Lee", "Bo Chan", "Cy Dunn"]


def test_a_template_pages_paper_button_to_its_publishers_doi_address_names_its_doi():
    # GenAssist's page (round 176): the template's h1.publication-title, its 'Paper' button to the ACM's
    # /doi/abs/<DOI> address, its arXiv button inside an HTML comment; a 'Dataset' button at a DOI of its own
    # names another work.
    buttons = ('<div class="publication-links"><span class="link-block"><a href="https://dl.acm.org/doi/abs/'
               '10.1145/3586183.3606735" class="button"><span>Paper</span></a></span>'
               '<span class="link-block"><a href="https://doi.org/10.5281/zenodo.1234567" class="button">'
               '<span>Dataset</span></a></span>'
               '<!-- <a href="https://arxiv.org/abs/2302.14117">arXiv</a> --></div>')
    byline = ('<div class="publication-authors"><span class="author-block">'
              '<a href="https://a.org">Ann Lee</a>,</span>'
              '<span class="author-block"><a href="https://b.org">Bo Chan</a></span></div>')
    page = _project_page('<h1 class="title publication-title">Painter: Rendering Scenes from Photographs</h1>'
                         + byline + buttons + _ABSTRACT)
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.doi, paper.arxiv_id) == ("10.1145/3586183.3606735", None)
    # A page whose title is in no template heading is not read so.
    found = normalise_page(_URL, page.replace('class="title publication-title"', 'class="title"'))
    assert found is None or found.papers[0].doi is None


def test_a_template_heading_over_an_abstract_without_a_byline_is_the_papers_record():
    # The planetary-rover paper's page (round 176): h1.publication-title, its byline and buttons inside HTML
    # comments, then a section whose div.section-heading holds a kicker and the h2 'Abstract', the
    # paragraphs in the next div.
    body = ('<section class="hero"><h1 class="title is-1 publication-title">Painter: Rendering Scenes from '
            'Photographs</h1><!-- <div class="publication-authors"><span>Ann Lee,</span></div> --></section>'
            '<section id="abstract"><div class="section-heading"><p class="section-kicker">Abstract</p>'
            '<h2 class="title is-3">Abstract</h2></div><div class="content"><p>Rendering a scene from a few '
            'photographs remains hard. We introduce Painter, a training-free approach that reads a scene '
            'from a few photographs and renders it from any viewpoint.</p></div></section>')
    page = _project_page(body, "<title>Painter: Rendering Scenes from Photographs</title>")
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.title, paper.authors) == ("Painter: Rendering Scenes from Photographs", None)
    assert paper.abstract.startswith("Rendering a scene from a few photographs remains hard.")
_SUPPLEMENT = 'Supplementary Demo for: Round, Ada. "Reduction of Noise from Round Recordings." (2025).'


def _samples_page(footer: str = _SUPPLEMENT, names: str = "Ada Round, Ben Square, Cy Oval, Di Disc",
                  headings: str = "") -> str:
    # The lung-sound denoising samples (round 174; Aalto Acoustics Lab, 2025): hand-written, no meta but the
    # charset and viewport; the header's h1, a <p> of the authors' names at commas, an affiliation line; the
    # sections of samples; the footer citing the work the page supplements, its year in brackets, over a URN.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />'
            "<title>Denoising of Round Recordings - Audio Samples</title></head><body>"
            '<div class="container">'
            f"<header><h1>Denoising of Round Recordings</h1><p>\n  {names}\n</p>"
            "<p>Acoustics Lab, Dept. Information and Communications Engineering, Round University</p>"
            "</header>"
            f'<main>{headings}<section class="sound-section"><h2>Denoising Example</h2>'
            '<p class="section-description">Comparison of noisy input, clean reference, and model output</p>'
            "<h3>Data Collection</h3><p>Round sounds were obtained from existing recordings on a manikin.</p>"
            f'</section></main><footer>{footer}<br /><a href="https://urn.fi/URN:NBN:fi:round-2025">'
            "https://urn.fi/URN:NBN:fi:round-2025</a></footer></div></body></html>")


_SAMPLES_URL = "https://ada-round.github.io/round-denoising-audio-samples/"


def test_a_samples_page_its_footer_says_supplements_a_cited_work_is_that_papers_record():
    found = normalise_page(_SAMPLES_URL, _samples_page())
    paper = found.papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Denoising of Round Recordings", ["Ada Round", "Ben Square", "Cy Oval", "Di Disc"], "2025", None)


def test_a_heading_over_names_without_a_supplement_footer_or_a_names_line_makes_no_record():
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.supplement_footers import paper_its_footer_supplements

    for page in (
        # A footer citing a work without saying the page supplements it, or saying so without a year.
        _samples_page(footer='Petry, Ada. "Reduction of Noise from Round Recordings." (2025).'),
        _samples_page(footer=_SUPPLEMENT.removesuffix(" (2025).")),
        # A team's page: the footer's label, but the line under the heading is no list of whole names.
        _samples_page(names="Our team: Ada Round and friends"),
        _samples_page(names="Ada Round"),
        _samples_page(names='<a href="/ada">Ada Round</a>, Ben Square'),
        # Another h1 on the page.
        _samples_page(headings="<h1>Round Lab</h1>"),
    ):
        assert paper_its_footer_supplements(parse_page(page)) is None
        assert normalise_page(_SAMPLES_URL, page) is None


def test_a_supplement_footer_and_its_names_line_are_read_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.supplement_footers import paper_its_footer_supplements

    def reading(size: int):
        sections = "<section><h2>Example</h2><p>A noisy round input.</p></section>" * size
        page = parse_page(_samples_page(headings=sections, names=", ".join(["Ada Round"] * size)))
        return lambda: paper_its_footer_supplements(page)

    assert assert_linear_time(reading, 20000) is None


_NAME_OVER_SUBTITLE = ('<h1 class="title publication-title">Scene Painter</h1>'
                       '<h2 class="subtitle">Rendering Scenes from a Few Photographs with Language '
                       'Models</h2>')


def test_a_benchmark_pages_name_over_its_subtitle_is_one_title_where_its_tab_opens_with_the_name():
    # Multimodal Self-Instruct's benchmark page (round 178): the h1 'Multimodal Self-Instruct' over an h2,
    # the <title> the name, a colon and an earlier wording of the rest; no BibTeX of the paper's own.
    whole = "Scene Painter: Rendering Scenes from a Few Photographs with Language Models"
    head = "<title>Scene Painter: Synthesizing Scenes Using Language Modelv</title>"
    page = _project_page(_NAME_OVER_SUBTITLE + _BENCHMARK_BYLINE + _ABSTRACT, head=head)
    assert normalise_page(_URL, page).papers[0].title == whole
    # A <title> of the name alone (or the name and a dash) says nothing of the subtitle: a tagline.
    for tab in ("<title>Scene Painter</title>", "<title>Scene Painter - Home</title>"):
        page = _project_page(_NAME_OVER_SUBTITLE + _BENCHMARK_BYLINE + _ABSTRACT, head=tab)
        assert normalise_page(_URL, page).papers[0].title == (
            "Rendering Scenes from a Few Photographs with Language Models")


def test_a_benchmark_pages_name_over_its_subtitle_is_one_title_where_its_description_is_the_two():
    # LongEmotion's benchmark page (round 178): the <title> the name alone, the description meta
    # 'LongEmotion, a benchmark for measuring emotional intelligence …', the h2's words lower-cased.
    whole = "Scene Painter: Rendering Scenes from a Few Photographs with Language Models"
    said = "Scene Painter, a benchmark for rendering scenes from a few photographs with language models."
    head = f'<title>Scene Painter</title><meta name="description" content="{said}">'
    page = _project_page(_NAME_OVER_SUBTITLE + _BENCHMARK_BYLINE + _ABSTRACT, head=head)
    assert normalise_page(_URL, page).papers[0].title == whole
    # A description that goes on past the two is a summary, not the title's words: the subtitle stays alone.
    longer = said[:-1] + ", with a leaderboard of forty models and a study of where each of them fails."
    page = page.replace(said, longer)
    assert normalise_page(_URL, page).papers[0].title == (
        "Rendering Scenes from a Few Photographs with Language Models")


def _benchmark_home(byline: str = "<p class='hero-authors'>Ann Lee, Bo Chan, Cy Diaz</p>",
                    heading: str = "RSB: Challenging Round Scene Tasks for Evaluating Renderers",
                    button: str = "<a href='https://arxiv.org/pdf/2505.23671'>Paper</a>") -> str:
    # GSO's benchmark page (round 178, held out; 2026): the nav's brand h1 'GSO' and its 'Paper' button to
    # arXiv, the <title> and og:title 'GSO: Software Optimization Benchmark for SWE-Agents' (the site's name
    # for it), the h1 'GSO: Challenging Software Optimization Tasks for Evaluating SWE-Agents' (the paper's
    # title) over p.hero-authors, six unlinked names at commas, then a one-line account and a leaderboard.
    tab = "RSB: Round Scene Benchmark for Renderers"
    return _project_page(
        f'<nav><div class="nav-brand"><a href="index.html"><h1>RSB</h1></a></div><div class="nav-links">'
        f'<a href="overview.html">Overview</a><a href="https://github.com/rsb/rsb">GitHub</a>{button}</div></nav>'
        f'<main><section><div class="container"><h1 class="hero-title-main">{heading}</h1>{byline}'
        '<div class="hero-overview"><p>In each task, a renderer is given a scene and a test of its speed.</p>'
        '</div></div></section><section><h2>Leaderboard</h2><p>The scores of each renderer.</p></section>'
        '</main>',
        head=f'<title>{tab}</title><meta property="og:title" content="{tab}">')


def test_a_benchmark_pages_heading_over_a_paragraph_of_bare_names_is_the_papers_title_and_byline():
    paper = normalise_page(_URL, _benchmark_home()).papers[0]
    assert (paper.title, paper.authors, paper.arxiv_id) == (
        "RSB: Challenging Round Scene Tasks for Evaluating Renderers", ["Ann Lee", "Bo Chan", "Cy Diaz"],
        "2505.23671")


def test_a_heading_of_another_name_or_without_a_byline_or_a_paper_leaves_the_meta_title():
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.project_headings import heading_over_the_projects_byline

    tab = "RSB: Round Scene Benchmark for Renderers"
    for page in (_benchmark_home(heading="Painter: Challenging Round Scene Tasks for Evaluating Renderers"),
                 _benchmark_home(byline="<p class='hero-authors'>Ann Lee</p>"),  # one name: no byline
                 _benchmark_home(byline="<p>Ann Lee, Round University, 2025</p>"),  # not names alone
                 # the names under another heading, no byline of the title's (since round 183 a paragraph of
                 # bare names in the byline's reach after the title is its byline, an empty block between)
                 _benchmark_home(byline="<h2>Team</h2><p>Ann Lee, Bo Chan, Cy Diaz</p>"),
                 _benchmark_home(button="<a href='https://rsb.example/paper.html'>Paper</a>")):  # no arXiv
        assert heading_over_the_projects_byline(parse_page(page), tab) is None
        found = normalise_page(_URL, page)
        assert found is None or not found.papers or found.papers[0].title == tab


def test_a_projects_heading_over_its_byline_is_sought_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.project_headings import heading_over_the_projects_byline

    def reading(size):
        headings = "<h2>RSB: a section of the round scene leaderboard</h2>" * size
        page = parse_page(_benchmark_home().replace("</main>", headings + "</main>"))
        return lambda: heading_over_the_projects_byline(page, "RSB: Round Scene Benchmark for Renderers")

    assert assert_linear_time(reading, 2000) is None


_RSB_SUBTITLE = "A Massive Multi-scene Round Understanding and Rendering Benchmark for Expert Renderers"


def _benchmark_with_an_introduction(heading: str = "Introduction",
                                    description: str | None = None) -> str:
    # MM-NIAH's (round 177, held out) and MMMU's (round 178, held out) benchmark pages in the MathVista
    # layout: the h1 the benchmark's name over the h2 subtitle the paper's title names after it, the byline
    # and the buttons, then an h2 'Introduction' over the benchmark's own account ('We introduce MMMU: a new
    # benchmark …'), no 'Abstract'; MMMU's description meta the subtitle.
    meta = f'<meta name="description" content="{description}">' if description else ""
    return _project_page(
        '<h1 class="title publication-title">RSB</h1>'
        f'<h2 class="subtitle publication-subtitle">{_RSB_SUBTITLE}</h2>'
        + _BENCHMARK_BYLINE + f"<h2 class='title is-3'>{heading}</h2><div class='content'><p>"
        + _UNLABELLED.replace("This paper proposes", "We introduce RSB,") + "</p></div>"
        "<h2>Leaderboard</h2><p>The scores of each renderer.</p>",
        head=f"<title>RSB: {_RSB_SUBTITLE}</title>{meta}")


def test_a_benchmark_pages_introduction_is_no_abstract_where_the_page_labels_none():
    paper = normalise_page(_URL, _benchmark_with_an_introduction()).papers[0]
    assert (paper.title, paper.abstract) == (f"RSB: {_RSB_SUBTITLE}", None)
    paper = normalise_page(_URL, _benchmark_with_an_introduction("1. Introduction")).papers[0]
    assert paper.abstract is None


def test_a_description_that_is_the_titles_subtitle_is_no_abstract():
    paper = normalise_page(_URL, _benchmark_with_an_introduction(description=_RSB_SUBTITLE)).papers[0]
    assert paper.abstract is None


def test_a_paragraph_under_another_heading_than_introduction_is_still_the_unlabelled_abstract():
    for heading in ("Pipeline", "Introduction to the pipeline", "Overview"):
        paper = normalise_page(_URL, _benchmark_with_an_introduction(heading)).papers[0]
        assert paper.abstract.startswith("Story pictures need consistent characters"), heading


def test_a_paragraphs_heading_is_told_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.project_pages import project_unlabelled_abstract

    def reading(size):
        sections = "<h2>Introduction</h2><p>We introduce a round scene.</p>" * size
        page = parse_page(_benchmark_with_an_introduction().replace("<h2>Leaderboard", sections + "<h2>L"))
        return lambda: project_unlabelled_abstract(page)

    assert assert_linear_time(reading, 4000) is None
_BARE_NAMES_HERO = (
    '<div class="title-wrapper"><div style="display: flex"><h1>ScenePaint</h1>'
    '<img src="static/images/logo.png"></div>'
    "<h2>Rendering Scenes from a Few Photographs with Language Models</h2>"
    "<p>Ann Lee, Bo Chan, Carla Diaz,<br>Dev Patel, Eun Kim  <br></p>"
    '<a href="https://arxiv.org/abs/2412.04463"><button>Paper</button></a></div>'
)


def test_a_benchmark_pages_paragraph_of_bare_names_broken_by_line_breaks_is_its_byline():
    # BioKGBench's page (round 183): under the h2 a <p> of names at commas, its lines broken by <br>, no
    # links, marks or units: the byline.
    page = _project_page(_BARE_NAMES_HERO + _ABSTRACT, head="<title>ScenePaint</title>")
    paper = normalise_page(_URL, page).papers[0]
    assert paper.authors == ["Ann Lee", "Bo Chan", "Carla Diaz", "Dev Patel", "Eun Kim"]
    # A paragraph of a name and an affiliation's words is no byline.
    other = page.replace("Dev Patel, Eun Kim", "Dev Patel, Institute of Technology")
    papers = normalise_page(_URL, other).papers
    assert all("Institute of Technology" not in (paper.authors or []) for paper in papers)


def test_a_benchmark_pages_name_beside_its_logo_over_its_subtitle_is_the_title_its_description_writes():
    # BioKGBench's page (round 183): the h1 'BioKGBench' in a flex row of its own beside the logo, then the
    # h2; the description meta writes the two joined by a colon, the BibTeX entry with an article more
    # ('BioKGBench: A Knowledge Graph …'): the page's own joined writing is the title it shows.
    said = "ScenePaint: Rendering Scenes from a Few Photographs with Language Models"
    bibtex = ("<pre>@misc{paint2024,\n  title={ScenePaint: A Rendering of Scenes from a Few Photographs with"
              " Language Models},\n  author={Ann Lee and Bo Chan},\n  year={2024},\n}</pre>")
    head = f'<title>ScenePaint</title><meta name="description" content="{said}">'
    page = _project_page(_BARE_NAMES_HERO + _ABSTRACT + bibtex, head=head)
    assert normalise_page(_URL, page).papers[0].title == said
    # A row of more words than the name's heading is no logo row: the subtitle stays alone.
    other = page.replace('<img src="static/images/logo.png">', "<span>a tool for painters</span>")
    assert normalise_page(_URL, other).papers[0].title == (
        "Rendering Scenes from a Few Photographs with Language Models")


_LEADERBOARD_PAGE = (
    "<h1>ScenePaint: Rendering Scenes from a Few Photographs with Language Models</h1>"
    '<section class="hero"><p class="lead">ScenePaint is a challenging benchmark of scene rendering. Each'
    " task asks a model to render a scene from a few photographs and a description in words, then to"
    " answer questions about what the rendered scene shows from viewpoints the photographs never saw.</p>"
    "</section>"
    "<h2>Leaderboard</h2><table><tr><td>Model A</td><td>71.2</td></tr></table>"
    '<h2>Team</h2><div class="team"><p><a href="https://ann.example.org">Ann Lee</a></p>'
    '<p><a href="https://bo.example.org">Bo Chan</a></p></div>'
    "<h2>Citation</h2><pre><code>@misc{lee2025scenepaint,\n"
    "  title={ScenePaint: Rendering Scenes from a Few Photographs with Language Models},\n"
    "  author={Ann Lee and Bo Chan and Carla M. Diaz},\n  year={2025},\n  eprint={2511.01234},\n"
    "  archivePrefix={arXiv},\n  url={https://arxiv.org/abs/2511.01234},\n}</code></pre>"
)


def test_a_benchmark_page_that_links_its_paper_only_in_its_own_entry_is_named_by_the_entrys_eprint():
    # Oolong's benchmark page (round 183): no paper button, no byline (a 'Team' of photos), the BibTeX entry
    # under 'Citation' with eprint={2511.02817} and archivePrefix={arXiv}: the paper's preprint and authors.
    page = _project_page(_LEADERBOARD_PAGE, head="<title>ScenePaint leaderboard</title>")
    paper = normalise_page(_URL, page).papers[0]
    assert paper.title == "ScenePaint: Rendering Scenes from a Few Photographs with Language Models"
    assert paper.arxiv_id == "2511.01234"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Carla M. Diaz"]
    # An entry for another title (a work the page cites) names neither.
    other = page.replace("title={ScenePaint: Rendering", "title={PaintBench: Rendering")
    paper = normalise_page(_URL, other).papers[0]
    assert paper.arxiv_id is None
    assert paper.authors in (None, [])


_SEE_OUR_PAPER = (' See our <a href="https://arxiv.org/abs/2511.01234">paper</a> and'
                  ' <a href="https://github.com/example/scenepaint">code</a> for details.</p>')


def test_a_benchmark_pages_lead_that_sends_the_reader_to_its_own_entrys_preprint_is_no_abstract():
    # Oolong's leaderboard page (round 183): the h1 the paper's title, then p.lead 'Oolong is a challenging
    # long-context reasoning benchmark. … See our paper and GitHub repo for details.', 'paper' linking the
    # preprint its own BibTeX entry names: the benchmark's own account, no summary of the paper.
    page = _project_page(_LEADERBOARD_PAGE.replace("never saw.</p>", "never saw." + _SEE_OUR_PAPER),
                         head="<title>ScenePaint leaderboard</title>")
    paper = normalise_page(_URL, page).papers[0]
    assert paper.title == "ScenePaint: Rendering Scenes from a Few Photographs with Language Models"
    assert paper.arxiv_id == "2511.01234"
    assert paper.abstract is None


def test_a_lead_linking_no_preprint_or_another_than_its_own_entrys_stays_the_summary():
    # The SLF's weekly report (round 102) keeps its lead: it links no preprint; a lead linking a preprint the
    # page's own entry does not name (a work it builds on) is read as before.
    lead = "ScenePaint is a challenging benchmark of scene rendering."
    plain = _project_page(_LEADERBOARD_PAGE, head="<title>ScenePaint leaderboard</title>")
    assert (normalise_page(_URL, plain).papers[0].abstract or "").startswith(lead)
    other = plain.replace("never saw.</p>", "never saw." + _SEE_OUR_PAPER.replace("2511.01234", "2409.04321"))
    assert (normalise_page(_URL, other).papers[0].abstract or "").startswith(lead)


def test_a_leads_links_and_its_pages_entry_are_read_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.headed_leads import headed_lead
    from papershelf.normalise.html_meta import parse_page

    def reading(size: int):
        links = '<a href="https://arxiv.org/abs/2511.01234"></a>' * size
        rows = "<tr><td>Model A</td><td>71.2</td></tr>" * size
        page = parse_page(_project_page(_LEADERBOARD_PAGE.replace("never saw.</p>", f"never saw. {links}</p>")
                                        .replace("<td>71.2</td></tr>", "<td>71.2</td></tr>" + rows)))
        return lambda: headed_lead(page)

    # The heading read as the title, the lead that links its own entry's preprint as no summary.
    assert assert_linear_time(reading, 20000) == (
        "ScenePaint: Rendering Scenes from a Few Photographs with Language Models", None)


_ENTRY_TITLE = "ScenePaint: Towards Rendering Scenes from a Few Photographs with Language Models"
_NAME_ALONE_HERO = (
    '<section class="hero"><h1 class="title is-1">ScenePaint</h1>'
    '<h2 class="subtitle">A Large-Scale and Carefully Built Benchmark for Rendering Scenes</h2>'
    '<div class="buttons"><a href="https://github.com/example/scenepaint" class="button">Code</a>'
    '<a href="https://arxiv.org/abs/2510.01234" class="button">Paper</a></div></section>'
    "<h2>What is ScenePaint?</h2><p>ScenePaint asks a model to render a scene from a few photographs and a"
    " description in words, then to answer questions about viewpoints the photographs never saw.</p>"
    "<h2>Leaderboard</h2><table><tr><td>Model A</td><td>71.2</td></tr></table>"
    "<h2>Citation</h2><pre>@misc{lee2025scenepaint,\n  title={" + _ENTRY_TITLE + "},\n"
    "  author={Ann Lee and Bo Chan and Carla M. Diaz},\n  year={2025},\n  eprint={2510.01234},\n"
    "  archivePrefix={arXiv},\n  url={https://arxiv.org/abs/2510.01234},\n}</pre>"
)
_NAME_ALONE_TAB = "<title>ScenePaint: Towards Rendering Scenes from a Few</title>"


def test_a_benchmark_pages_name_alone_over_no_byline_is_the_paper_its_entry_and_paper_button_name():
    # OmniVideoBench's home page (round 183): the hero's h1 'OmniVideoBench' over a tagline, no byline, a
    # 'Paper' button to arXiv; the entry under 'Citation' whose title opens with the name and a colon and
    # whose eprint is the button's id names the paper whole, its authors and its year.
    paper = normalise_page(_URL, _project_page(_NAME_ALONE_HERO, head=_NAME_ALONE_TAB)).papers[0]
    assert paper.title == _ENTRY_TITLE
    assert paper.authors == ["Ann Lee", "Bo Chan", "Carla M. Diaz"]
    assert paper.published == "2025"
    assert paper.arxiv_id == "2510.01234"


def test_a_name_alone_whose_entry_names_another_preprint_or_title_or_beside_title_meta_is_not_read_so():
    # An entry for another preprint than the button's (a work the page builds on), an entry whose title does
    # not open with the hero's name, or a page whose meta names its title: no record from the entry.
    for page in (
        _project_page(_NAME_ALONE_HERO.replace("eprint={2510.01234}", "eprint={2409.04321}")
                      .replace("abs/2510.01234},", "abs/2409.04321},"), head=_NAME_ALONE_TAB),
        _project_page(_NAME_ALONE_HERO.replace("title={ScenePaint:", "title={PaintBench:"),
                      head=_NAME_ALONE_TAB),
        _project_page(_NAME_ALONE_HERO,
                      head=_NAME_ALONE_TAB + '<meta property="og:title" content="ScenePaint leaderboard">'),
    ):
        read = normalise_page(_URL, page)
        assert read is None or all(paper.title != _ENTRY_TITLE for paper in read.papers)


def test_a_heros_name_and_its_pages_entries_are_read_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.entry_named_heroes import paper_its_entry_and_buttons_name
    from papershelf.normalise.html_meta import parse_page

    def reading(size: int):
        rows = "<tr><td>Model A</td><td>71.2</td></tr>" * size
        other = "<pre>@misc{other,\n  title={ScenePaint: Another Work},\n  year={2024},\n}</pre>"
        blocks = other * (size // 100)
        hero = _NAME_ALONE_HERO.replace("<td>71.2</td></tr>", "<td>71.2</td></tr>" + rows)
        page = parse_page(_project_page(blocks + hero, head=_NAME_ALONE_TAB))
        return lambda: paper_its_entry_and_buttons_name(page)

    found = assert_linear_time(reading, 20000)
    assert found is not None and found.title == _ENTRY_TITLE


_TWO_PART_TITLE = "SceneMind: Decoupled Scene Rendering for State-Aware Round Objects"
_TWO_PART_HEAD = (f"<title>{_TWO_PART_TITLE}</title>"
                  f'<meta property="og:title" content="{_TWO_PART_TITLE}">')


def _two_part_hero(heading: str = ('<h1 id="hero-title">\n  <span class="hero__name">SceneMind</span>\n  '
                                   '<span class="hero__paper-title">Decoupled Scene Rendering for '
                                   'State-Aware Round Objects</span>\n</h1>'),
                   byline: str = ("Ann Lee<sup>1,2,&dagger;</sup>,\n Bo Chan<sup>1,&dagger;</sup>,\n"
                                  " Carla Diaz<sup>2,*</sup>"),
                   abstract_header: str = ('<header class="abstract-heading"><p class="section-label">01 / '
                                           'Paper summary</p><h2 id="abstract-title">Abstract</h2></header>')
                   ) -> str:
    # WorldMind's project page (round 180): the venue line, an h1 of two spans (the name, the paper's title),
    # p.hero__authors of marked names, buttons all pointing at the page itself, the 'Abstract' section's
    # header of a label and the h2 over its paragraph, the BibTeX entry.
    return _project_page(
        '<section class="hero"><p class="hero__venue">arXiv preprint · 2025</p>' + heading
        + f'<p class="hero__authors">\n {byline}\n</p>'
        '<p class="hero__affiliations"><sup>1</sup>Round Labs <sup>2</sup>University of Round</p>'
        '<div class="hero__actions"><a class="button" href="https://example.github.io/">arXiv</a>'
        '<a class="button" href="https://example.github.io/">Code</a></div></section>'
        '<section class="section section--abstract" id="abstract"><div class="page-shell">'
        + abstract_header + '<p class="abstract-copy">Scene models render round objects from a few '
        "photographs, but the state of the objects is entangled with the rendering. We decouple the two and "
        "plan the objects' behaviour from a compact state, which makes the rendered scenes state-aware.</p>"
        "</div></section><h2>Citation</h2><pre><code>@article{lee2025scenemind,\n  title = {"
        + _TWO_PART_TITLE + "},\n  author = {Lee, Ann and Chan, Bo and Diaz, Carla},\n"
        "  journal = {arXiv preprint},\n  year = {2025}\n}</code></pre>", head=_TWO_PART_HEAD)


def test_an_h1_of_the_name_and_the_title_as_two_elements_shows_the_meta_title_whole():
    # WorldMind's page: span.hero__name 'WorldMind' and span.hero__paper-title the rest, which the <title>,
    # og:title and the entry join with ': ': the title whole, not the second span alone; the entry dates it.
    paper = normalise_page(_URL, _two_part_hero()).papers[0]
    assert paper.title == _TWO_PART_TITLE
    assert paper.published == "2025"


def test_an_h1_with_words_beside_its_two_elements_or_another_name_is_not_the_meta_title_whole():
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.meta_titles import heading_of_the_two_parts

    beside = _two_part_hero().replace("</span>\n  <span", "</span> by <span")
    assert heading_of_the_two_parts(parse_page(beside), _TWO_PART_TITLE) is None
    other = _two_part_hero().replace('"hero__name">SceneMind<', '"hero__name">RoundMind<')
    assert heading_of_the_two_parts(parse_page(other), _TWO_PART_TITLE) is None
    assert heading_of_the_two_parts(parse_page(_two_part_hero()), _TWO_PART_TITLE) is not None


def test_a_paragraph_of_marked_names_opened_by_a_marked_name_is_the_byline_whole():
    # WorldMind's p.hero__authors: 'Zhiyang Deng<sup>1,2,†</sup>, Boran Zhang<sup>1,†</sup>, …': every name.
    paper = normalise_page(_URL, _two_part_hero()).papers[0]
    assert paper.authors == ["Ann Lee", "Bo Chan", "Carla Diaz"]


def test_a_marked_names_paragraph_reads_no_place_after_the_names():
    # A place marked as the names are, after them in the same paragraph, is no author.
    byline = "Ann Lee<sup>1</sup>, Bo Chan<sup>2</sup>, University of Round<sup>2</sup>"
    paper = normalise_page(_URL, _two_part_hero(byline=byline)).papers[0]
    assert "University of Round" not in (paper.authors or [])
    assert (paper.authors or [])[:2] == ["Ann Lee", "Bo Chan"]


def test_an_abstract_heading_closing_its_sections_header_leaves_the_headers_label_out():
    # WorldMind's 'Abstract' section: header.abstract-heading of p.section-label '01 / Paper summary' and the
    # h2 'Abstract', then p.abstract-copy: the abstract is the paragraph, the label no part of it.
    paper = normalise_page(_URL, _two_part_hero()).papers[0]
    assert (paper.abstract or "").startswith("Scene models render round objects")


def test_an_abstract_heading_with_its_text_inside_its_wrapper_is_read_as_before():
    # A heading followed by its paragraph inside the same wrapper, or wrapped in a plain division, is read
    # as it was: the text after the heading in the wrapper, or the block's text.
    header = ('<header class="abstract-heading"><h2>Abstract</h2><p>Round scenes are rendered from a few '
              "photographs of round objects, their state planned from a compact description.</p></header>")
    paper = normalise_page(_URL, _two_part_hero(abstract_header=header)).papers[0]
    assert (paper.abstract or "").startswith("Round scenes are rendered")


def test_an_h1_of_two_parts_is_sought_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.meta_titles import heading_of_the_two_parts

    def reading(size: int):
        spans = "<span>Round</span>" * size
        page = parse_page(_two_part_hero().replace('<section class="hero">',
                                                   f'<section class="hero"><h1>{spans}</h1>' * 3))
        return lambda: heading_of_the_two_parts(page, _TWO_PART_TITLE)

    assert assert_linear_time(reading, 20000) is not None


def test_a_benchmark_pages_entry_that_opens_its_subtitle_with_an_article_is_still_its_own():
    # BioKGBench's page (round 183): the title as its description writes it, 'BioKGBench: Knowledge Graph
    # …', its entry 'BioKGBench: A Knowledge Graph …' (year 2024, eprint 2407.00466): the same paper's entry,
    # which dates it.
    said = "ScenePaint: Rendering Scenes from a Few Photographs with Language Models"
    bibtex = ("<pre>@misc{paint2024,\n  title={ScenePaint: A Rendering of Scenes from a Few Photographs},\n"
              "  author={Ann Lee and Bo Chan},\n  year={2023},\n}\n"
              "@misc{lee2024,\n  title={ScenePaint: The Rendering Scenes from a Few Photographs with Language"
              " Models},\n  author={Ann Lee and Bo Chan},\n  year={2024},\n}</pre>")
    head = f'<title>ScenePaint</title><meta name="description" content="{said}">'
    paper = normalise_page(_URL, _project_page(_BARE_NAMES_HERO + _ABSTRACT + bibtex, head=head)).papers[0]
    assert paper.title == said
    assert paper.published == "2024"


def _demo_page_citing_itself(heading: str, entry_title: str) -> str:
    # M4Singer's demo page (round 212, held out; pending85): a Hexo build, no meta but the theme's, the h1 the
    # paper's title, an 'Abstract' h1, and under an h2 'BibTeX' a <pre><code> @inproceedings entry, its key on
    # its own line after the brace, the only place the page names the authors or a year.
    abstract = ("Round singing voices are scarce in public corpora, so we record a corpus of many singers in "
                "many styles, align each note with its score, and test synthesis and transcription on it. ")
    return ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>RoundSinger</title>'
            '<meta name="generator" content="Hexo 6.0.0"></head><body><main><article class="post">'
            f'<h1 style="text-align: center">{heading}</h1>'
            '<p>Paper: <a href="https://openreview.net/pdf?id=round">OpenReview</a></p>'
            f'<h1 id="Abstract">Abstract</h1><p>{abstract * 2}</p>'
            '<section class="section" id="BibTeX"><h2 class="title">BibTeX</h2>'
            "<p>If you find our work useful, please cite our paper:</p><pre><code>@inproceedings{\n"
            f"      lee2022roundsinger,\n      title={{{entry_title}}},\n"
            "      author={Ann Lee and Bo Chan and Cy Round},\n"
            "      booktitle={Thirty-sixth Conference on Round Processing Systems},\n      year={2022},\n"
            "    }\n</code></pre></section></article></main></body></html>")


def test_an_entry_capitalising_the_article_of_the_headings_subtitle_is_the_pages_own():
    heading = "RoundSinger: a Multi-Style, Multi-Singer Singing Corpus"
    page = _demo_page_citing_itself(heading, "RoundSinger: A Multi-Style, Multi-Singer Singing Corpus")
    paper = normalise_page("https://roundsinger.github.io/", page).papers[0]
    assert paper.title == heading
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Round"]
    assert paper.published == "2022"


def test_an_entry_of_other_words_than_the_headings_is_not_the_pages_own():
    # The near miss: an entry whose title says other words than the heading's (another paper of the team)
    # names neither the page's authors nor its year.
    heading = "RoundSinger: a Multi-Style, Multi-Singer Singing Corpus"
    page = _demo_page_citing_itself(heading, "RoundSinger: A Multi-Style, Multi-Singer Dancing Corpus")
    found = normalise_page("https://roundsinger.github.io/", page).papers
    assert not found or (not found[0].authors and not found[0].published)


def test_a_paper_button_linking_another_preprint_than_the_pages_own_entry_names_gives_way_to_the_entry():
    # BioKGBench's page (round 183): its 'Paper' button links arxiv.org/abs/2310.06770 (another paper's, a
    # leftover), its own entry's eprint={2407.00466} with archivePrefix={arXiv}: the entry names the paper.
    said = "ScenePaint: Rendering Scenes from a Few Photographs with Language Models"
    bibtex = ("<pre>@misc{lee2024,\n  title={" + said + "},\n  author={Ann Lee and Bo Chan},\n"
              "  year={2024},\n  eprint={2405.05555},\n  archivePrefix={arXiv},\n}</pre>")
    head = f'<title>ScenePaint</title><meta name="description" content="{said}">'
    page = _project_page(_BARE_NAMES_HERO + _ABSTRACT + bibtex, head=head)
    assert normalise_page(_URL, page).papers[0].arxiv_id == "2405.05555"
    # An entry without an eprint leaves the button's.
    plain = page.replace("  eprint={2405.05555},\n  archivePrefix={arXiv},\n", "")
    assert normalise_page(_URL, plain).papers[0].arxiv_id == "2412.04463"
_SAMPLES_TITLE = "RND-SVC: Zero-shot Round Singing Voice Conversion with Flow Synthesis"


def _samples_heading_page(heading: str = f"Audio samples - {_SAMPLES_TITLE}", tab: str = _SAMPLES_TITLE,
                          players: int = 6, extra: str = "") -> str:
    # MCF-SVC's samples page (round 180; 2025): no meta but the charset and the viewport, no h1, an h2
    # labelling the samples before ' - ' and the paper's title, which the <title> gives alone, then h3-headed
    # tables of audio players; no author, day, link or abstract.
    rows = "".join(f'<tr><td><audio controls><source src="s{n}.wav"></audio></td></tr>'
                   for n in range(players))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width">'
            f'<title>{tab}</title>{extra}</head><body><h2>{heading}</h2><hr>'
            "<h2>We show the model converting long English singing and short Chinese singing.</h2>"
            f"<h3>Long English singing conversion</h3><table>{rows}</table></body></html>")


def test_a_samples_pages_heading_labelling_the_paper_the_tab_names_alone_is_that_papers_record():
    paper = normalise_page("https://round.github.io/RND-demo/", _samples_heading_page()).papers[0]
    assert paper.title == _SAMPLES_TITLE
    assert (paper.authors, paper.published, paper.abstract, paper.doi) == (None, None, None, None)


def test_a_samples_label_without_the_tabs_title_or_players_or_beside_meta_makes_no_record():
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.samples_headings import paper_its_samples_heading_names

    for page in (
        # The <title> another name; the label alone; a tail of two words; two players only; an h1 above.
        _samples_heading_page(tab="Round Band - Songs"),
        _samples_heading_page(heading="Audio samples", tab="Audio samples"),
        _samples_heading_page(heading="Audio samples - Round Band", tab="Round Band"),
        _samples_heading_page(players=2),
        _samples_heading_page(extra="").replace("<body>", "<body><h1>Round Records</h1>"),
        # A title meta naming the page.
        _samples_heading_page(extra=f'<meta property="og:title" content="{_SAMPLES_TITLE}">'),
    ):
        assert paper_its_samples_heading_names(parse_page(page)) is None


def test_a_samples_heading_and_its_players_are_read_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.samples_headings import paper_its_samples_heading_names

    def reading(size: int):
        page = parse_page(_samples_heading_page(players=size))
        return lambda: paper_its_samples_heading_names(page)

    assert assert_linear_time(reading, 4000).title == _SAMPLES_TITLE
# Round 185's classes (HOLDOUT.md "# Round 185").

_TEMPLATE_BYLINE = ('<div class="publication-authors"><span class="author-block"><a href="https://ann.example.org">'
                    'Ann Lee</a><sup>*1</sup></span> &emsp; <span class="author-block">'
                    '<a href="https://bo.example.org">Bo Chan</a><sup>2</sup></span></div>'
                    '<span class="link-block"><a href="static/paper/Painter.pdf">Paper</a></span>')


def test_a_venue_heading_naming_its_meetings_journal_between_the_title_and_its_byline_is_passed_over():
    # StopThePop's page (round 185): the template's h1.publication-title, then an h2.publication-title
    # 'SIGGRAPH 2024 &emsp; ACM Transactions on Graphics' on a line of its own between the title and the
    # byline, its one 'Paper' button a PDF on the site; the h2 was taken for the title and gave no year.
    venue = ('<h2 class="title is-3 publication-title">\n                            SIGGRAPH 2024 &emsp; '
             "ACM Transactions on Graphics\n                        </h2>")
    page = _project_page('<h1 class="title is-1 publication-title">'
                         "Painter: Rendering Scenes from a Few Photographs</h1>" + venue + _TEMPLATE_BYLINE
                         + _ABSTRACT)
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Painter: Rendering Scenes from a Few Photographs", ["Ann Lee", "Bo Chan"], "2024")
    # A heading that goes on past the year in words of its own is no venue line: no year is read from it.
    page = page.replace("ACM Transactions on Graphics", "and what it taught us about rendering")
    assert normalise_page(_URL, page).papers[0].published is None


_TEASER = ('<section class="hero teaser"><div class="column"><img src="./static/images/teaser.jpg">'
           '<h2 class="subtitle has-text-justified">\n        Painter: Given a few photographs of a scene, '
           "our model renders it from any viewpoint without a mesh.\n        We investigate the renderings "
           "under simulated settings and in the wild.\n      </h2></div></section>")


def test_a_template_teasers_caption_of_sentences_on_a_page_without_an_abstract_is_its_summary():
    # InterDyn's page (round 185): the template's h1.publication-title and byline, a 'Paper' button to an
    # author's home page, then section.hero.teaser whose h2.subtitle under the image says in three sentences
    # what the model does; no 'Abstract' anywhere: the caption is the page's one summary.
    rest = "<h2>Results</h2><p>It works so.</p>"
    page = _project_page('<h1 class="title is-1 publication-title">'
                         "Painter: Rendering Scenes from a Few Photographs</h1>" + _TEMPLATE_BYLINE + _TEASER
                         + rest)
    assert normalise_page(_URL, page).papers[0].abstract.startswith(
        "Painter: Given a few photographs of a scene, our model renders it")
    # A caption of one sentence stays a caption.
    one = page.replace(" We investigate the renderings", "").replace(
        "under simulated settings and in the wild.", "")
    assert normalise_page(_URL, one).papers[0].abstract is None
    # A page that labels its abstract is read from it, not from its teaser.
    labelled = page.replace(rest, _ABSTRACT)
    assert normalise_page(_URL, labelled).papers[0].abstract.startswith("We present a method that reads")


def test_round_185s_project_page_readers_are_found_in_linear_time():
    # A teaser's caption of thousands of sentences and a page of thousands of headings are read once.
    def caption(count):
        return _TEASER.replace("We investigate", "It renders. " * count + "We investigate")

    def headings(count):
        return _TEASER + "<h3>Scene</h3>" * count

    title = "Painter: Rendering Scenes from a Few Photographs"
    for rest, size in ((caption, 3000), (headings, 5000)):

        def reading(n, rest=rest):
            page = _project_page(f'<h1 class="title publication-title">{title}</h1>' + _TEMPLATE_BYLINE
                                 + rest(n))
            return lambda: normalise_page(_URL, page)

        assert assert_linear_time(reading, size).papers[0].title == title, rest.__name__


def test_a_byline_set_in_a_small_heading_inside_the_templates_author_block_is_read():
    # MuBe4D's page (round 185, held out, fixed after its final figure): the template's
    # div.publication-authors holds one span.author-block whose h6 sets the seven linked names, each with
    # its <sup> marks, parted by commas; the h6 ended the byline before its first name.
    byline = ('<div class="is-size-4 publication-authors"><span class="author-block"><h6>\n'
              '  <a href="">Ann Lee</a><sup>1</sup>,\n  <a href="">Bo Chan</a><sup>2&dagger;</sup>,\n'
              "</h6></span></div>")
    page = _project_page('<h1 class="title is-1 publication-title">'
                         "Painter: Rendering Scenes from a Few Photographs</h1>" + byline + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Bo Chan"]
    # A heading outside the template's author blocks still ends a byline walk: the names under it are a
    # section's, not the title's byline.
    page = page.replace('<span class="author-block">', "<span>").replace(
        '"is-size-4 publication-authors"', '"is-size-4"')
    found = normalise_page(_URL, page)
    assert found is None or found.papers[0].authors != ["Ann Lee", "Bo Chan"]


def test_the_arxiv_id_of_a_template_pages_own_bibtex_entry_names_its_preprint_where_no_button_does():
    # Gaussian Splashing's page (round 185, held out, fixed after its final figure): its 'arXiv' button is
    # inside an HTML comment, its 'Paper' button a Google Drive file; its BibTeX entry, the heading's title,
    # reads 'journal={arXiv preprint arXiv:2401.15318}'.
    entry = ("<h2>BibTeX</h2><pre><code>@article{lee2024painter,\n  title={Painter: Rendering Scenes "
             "from a Few Photographs},\n  author={Lee, Ann and Chan, Bo},\n"
             "  journal={arXiv preprint arXiv:2401.15318},\n  year={2024}\n}</code></pre>")
    buttons = ('<a href="https://drive.google.com/file/d/1Abc/view">Paper</a>'
               '<!-- <a href="https://arxiv.org/abs/2401.15318">arXiv</a> -->')
    page = _project_page('<h1 class="title is-1 publication-title">'
                         "Painter: Rendering Scenes from a Few Photographs</h1>" + _TEMPLATE_BYLINE + buttons
                         + _ABSTRACT + entry)
    assert normalise_page(_URL, page).papers[0].arxiv_id == "2401.15318"
    # An entry of another paper (the template's own, left in place) names no preprint of this one.
    other = page.replace("Painter: Rendering Scenes from a Few Photographs},", "Nerfies: Deformable Fields},")
    assert normalise_page(_URL, other).papers[0].arxiv_id is None
def test_a_bare_block_of_whole_names_at_commas_under_a_project_pages_title_is_its_byline():
    # The speech codec paper's demo page (round 186): the h1 title in a <font>, then
    # '<p><b><font>Julian D Parker, Anton Smirnov, …</font></b></p>', an affiliation <p>, 'Paper' (arXiv)
    # and 'Code' buttons; no meta but a generator's.
    def page(names: str) -> str:
        return _project_page(
            '<h1><font color="061E61">Painter: Rendering Scenes from a Few Photographs</font></h1>'
            f'<p align="center"><b><font>\n  {names}\n</font></b></p><p><font>Round Lab</font></p>'
            '<center><span class="link-block"><a href="https://arxiv.org/abs/2501.05444v1">'
            "<span><b>Paper</b></span></a></span> <span><a href='https://github.com/x/painter'>"
            "<b>Code</b></a></span></center>" + _ABSTRACT,
            head="<title>Painter: Rendering Scenes from a Few Photographs</title>")

    paper = normalise_page(_URL, page("Ann D Lee, Bo Chan, CJ Carr")).papers[0]
    assert (paper.title, paper.authors, paper.arxiv_id) == (
        "Painter: Rendering Scenes from a Few Photographs", ["Ann D Lee", "Bo Chan", "CJ Carr"], "2501.05444")
    # One name alone, or a line with anything but whole names between its commas (a place, a phrase), is
    # no such byline.
    for names in ("Ann Lee", "Ann Lee, Round University", "Rendering, relighting, and editing"):
        found = normalise_page(_URL, page(names))
        assert found is None or not found.papers or not found.papers[0].authors, names


def test_a_samples_page_whose_line_under_its_h1_names_its_authors_own_paper_is_that_papers_record():
    # EigenCodec's samples page (round 186): hand-written, a viewport meta alone; the one h1 the manuscript's
    # title, then '<p class="desc">This page provides supplementary audio samples for our submitted
    # manuscript to JASA.</p>' and tables of samples; the <title> 'EigenCodec Audio Samples'.
    def page(line: str, heading: str = "Painter: Rendering Scenes from a Few Photographs") -> str:
        return _project_page(f'<h1>{heading}</h1><p class="desc">{line}</p>'
                             "<h2>Sample 1</h2><table><tr><td><audio controls></audio></td></tr></table>",
                             head="<title>Painter Audio Samples</title>")

    said = "This page provides supplementary audio samples for our submitted manuscript to JASA."
    found = normalise_page(_URL, page(said))
    assert found is not None
    paper = found.papers[0]
    assert (paper.title, paper.authors, paper.published, paper.abstract) == (
        "Painter: Rendering Scenes from a Few Photographs", None, None, None)
    # A line naming no paper of the authors', or no samples or demo, or a heading of a name alone, makes
    # no record so.
    for other in (page("All demo samples below are produced by this single model."),
                  page("This page describes our submitted manuscript to JASA."),
                  page(said, heading="Painter Samples")):
        found = normalise_page(_URL, other)
        assert found is None or not found.papers


def test_a_footers_copyright_line_over_its_builders_links_is_no_project_pages_title_and_byline():
    # Andreas Stephan's Hugo Blox paper page read without its meta (round 190): its header's 'ArXiv' link
    # makes it a project page's candidate, its byline's names unlinked spans; the footer's copyright line
    # stood over 'Published with <a>Hugo Blox Builder</a> — the free, <a>open source</a> website builder',
    # read as a title and its byline of two names.
    def page(footer: str) -> str:
        return _project_page(
            '<div class="search-header"><h1>Search</h1></div>'
            '<div class="article-header"><a href="https://arxiv.org/abs/2204.13409">ArXiv</a></div>'
            "<h1>Painter: Rendering Scenes from a Few Photographs</h1>"
            '<div class="article-metadata"><div><span>Ann Lee</span>, <span>Bo Chan</span></div>'
            '<span class="article-date">December, 2022</span></div>'
            '<h3>Abstract</h3><p class="pub-abstract">We present a method that reads a scene from a few '
            "photographs and renders it from any viewpoint, faster than the methods before it.</p>"
            + footer,
            head="<title>Painter: Rendering Scenes from a Few Photographs | Ann Lee</title>",
        )

    builders = ('<p class="powered-by">Published with <a href="https://hugoblox.com/">Hugo Blox Builder</a> '
                '— the free, <a href="https://github.com/HugoBlox/hugo-blox-builder">open source</a> website '
                "builder that empowers creators.</p>")
    footed = page('<div class="page-footer"><footer class="site-footer"><p class="powered-by">© 2024 Me. '
                  'This work is licensed under <a href="https://creativecommons.org/licenses/by-nc-nd/4.0">'
                  f"CC BY NC ND 4.0</a></p>{builders}</footer></div>")
    paper = normalise_page(_URL, footed).papers[0]
    assert (paper.title, paper.authors) == (
        "Painter: Rendering Scenes from a Few Photographs", ["Ann Lee", "Bo Chan"])
    assert paper.arxiv_id == "2204.13409"
def test_a_templates_button_named_like_a_person_after_the_byline_ends_it():
    # The MSIN-InfoTabs page (round 191): the template's span.author-block names, each a link, its <sup> and
    # a comma; the affiliations' row and a bold venue line; then div.publication-links, whose first button
    # 'ACL Anthology' (two capitalised words) was read as a sixth author.
    byline = ('<div class="publication-authors"><span class="author-block">\n  <a href="https://ann.example.org">'
              'Ann Lee</a>\n  <sup>1</sup>\n  ,\n</span><span class="author-block">\n  <a href="https://bo.example'
              '.org">Bo Chan</a>\n  <sup>2</sup>\n</span></div><div class="publication-authors"><span '
              'class="author-block"><sup>1</sup> Round University,</span><span class="author-block">'
              '<sup>2</sup> Square Institute</span><br><span class="paper-block"><b>EMNLP 2024 Main<br></b>'
              '</span></div>')
    buttons = ('<div class="publication-links"><span class="link-block"><a href="https://aclanthology.org/2024.'
               'emnlp-main.1/" class="external-link button is-normal is-rounded is-dark">'
               '<span class="icon"></span><span>ACL Anthology</span></a></span><span class="link-block"><a href="https://arxiv.org/abs/'
               '2311.08662" class="external-link button is-normal is-rounded is-dark"><span>arXiv</span></a>'
               '</span></div>')
    page = _project_page('<h1 class="title is-1 publication-title">Painter: Rendering Scenes from a Few '
                         "Photographs</h1>" + byline + buttons + _ABSTRACT)
    assert normalise_page(_URL, page).papers[0].authors == ["Ann Lee", "Bo Chan"]


def test_an_abstract_headed_by_both_its_names_is_read_under_that_heading():
    # The MSIN-InfoTabs page (round 191): h2 'Summary and Abstract' over an embedded slide preview and the
    # abstract's paragraph; a later 'Overview' section's paragraph was taken instead.
    page = _project_page(
        '<h1 class="title is-1 publication-title">Painter: Rendering Scenes from a Few Photographs</h1>'
        + _TEMPLATE_BYLINE + '<section><h2 class="title is-3">Summary and Abstract</h2><div class="content">'
        '<iframe src="https://drive.google.com/file/d/1Abc/preview"></iframe><p>\n  <b>Scene painters</b>\n'
        "  , often trained on thousands of photographs, fail on a few; we present a method that reads a "
        "scene from a few photographs and renders it from any viewpoint.</p></div></section>"
        '<section><h2 class="title is-3">Overview</h2><p>The dataset utilized in this study is a set of '
        "scenes photographed from twelve viewpoints each, introduced with the method and described here.</p>"
        "</section>")
    assert normalise_page(_URL, page).papers[0].abstract.startswith("Scene painters , often trained on")
    # A heading naming the abstract with another section ('Abstract and Figures') is not read so whole.
    shared = page.replace("Summary and Abstract", "Results and Discussion")
    assert not (normalise_page(_URL, shared).papers[0].abstract or "").startswith("Scene painters")


def test_an_acceptance_line_between_a_template_pages_title_and_its_byline_is_passed_over():
    # RoboDexVLM's page (round 191): the template's h1.publication-title, then an h2.publication-subtitle
    # 'Accepted by International Conference on Intelligent Robots and Systems (IROS) 2025!' over the byline;
    # the metas the template's placeholders. The subtitle was taken for the title (the byline it stands over).
    title = "Painter: Rendering Scenes from a Few Photographs"
    page = _project_page(
        f'<h1 class="title is-1 publication-title">{title}</h1>'
        '<h2 class="subtitle is-4 publication-subtitle"><span class="wine-red">Accepted by <u>International '
        "Conference on Intelligent Robots and Systems (IROS)</u> 2025!</span></h2>"
        + _TEMPLATE_BYLINE.replace("static/paper/Painter.pdf", "https://arxiv.org/abs/2503.01616")
        + _ABSTRACT,
        head='<title>Painter: Rendering Scenes from Photographs</title><meta property="og:title" '
             'content="SOCIAL MEDIA TITLE TAG">')
    paper = normalise_page(_URL, page).papers[0]
    assert (paper.title, paper.authors) == (title, ["Ann Lee", "Bo Chan"])


def test_a_venue_line_writing_its_year_against_the_acronym_under_an_h2_template_title_dates_the_paper():
    # The deformable-linear-object page (round 191, held out, fixed after its final figure): the template's
    # title set in an h2.publication-title (no h1), the byline, then '<b>ICRA2025</b>' on a line of its own;
    # the 'Paper' button a PDF on the site, no BibTeX, no arXiv link: the page's one date went unread.
    def page(venue: str, tag: str = "h2") -> str:
        return _project_page(
            f'<{tag} class="title is-1 publication-title">Painter: Rendering Scenes from a Few Photographs'
            f"</{tag}>" + _TEMPLATE_BYLINE
            + f'<div class="is-size-5"><span class="author-block"><b>{venue}</b></span></div>' + _ABSTRACT)

    assert normalise_page(_URL, page("ICRA2025")).papers[0].published == "2025"
    assert normalise_page(_URL, page("ICRA 2025", tag="h1")).papers[0].published == "2025"
    # A word run into a year that is no meeting's acronym (a lower-case word) dates nothing.
    assert normalise_page(_URL, page("trained2025")).papers[0].published is None
def test_a_benchmark_pages_venue_line_linked_between_its_subtitle_and_its_byline_is_passed_over():
    # Mind2Web 2's page (round 188): the template's h1 (the name) and h2 subtitle, then div.publication-venue
    # holding an <a> to the venue's forum, 'NeurIPS 2025 · Datasets & Benchmarks Track', then the byline's
    # author-block units: the venue's link is no name that ends the byline, and it dates the paper.
    def page(venue: str) -> str:
        return _project_page(
            '<h1 class="title publication-title"><span>Painter 2</span></h1>'
            '<h2 class="subtitle publication-subtitle">Rendering Scenes from a Few Photographs</h2>'
            f'<div class="publication-venue"><a href="https://openreview.net/forum?id=x">{venue}</a></div>'
            '<div class="publication-authors"><span class="author-block"><a href="https://a.example.org">'
            'Ann Lee</a><sup>1*</sup>,</span><span class="author-block"><a href="https://b.example.org">'
            'Bo Chan</a><sup>2</sup></span></div>'
            '<a href="https://arxiv.org/abs/2506.21506">arXiv</a>'
            "<h2>Overview</h2><p>Painter 2 is a benchmark of scene rendering.</p>"
            "<h2>Comparisons with Existing Benchmarks</h2><table><tr><td>Mind2Web</td></tr></table>",
            head="<title>Painter 2: Rendering Scenes from a Few Photographs</title>")

    paper = normalise_page(_URL, page("NeurIPS 2025 &middot; Datasets &amp; Benchmarks Track")).papers[0]
    assert (paper.title, paper.authors, paper.published) == (
        "Painter 2: Rendering Scenes from a Few Photographs", ["Ann Lee", "Bo Chan"], "2025")
    # A link of other words there still ends the byline's search: no venue, no year.
    found = normalise_page(_URL, page("Watch our talk · Slides and Poster"))
    assert found is None or not found.papers or found.papers[0].authors != ["Ann Lee", "Bo Chan"]


def test_a_benchmark_pages_tagline_under_its_name_gives_way_to_the_title_its_tab_and_entry_agree_on():
    # PaintBench's page (round 188): the h1 'PaintBench' over a question and a lede, then a byline of linked
    # names; the <title> and the Citation block's BibTeX entry both 'PaintBench: Deterministic Evaluation of
    # Precise Visual Editing': the paper's title, not the tagline the byline follows.
    whole = "Painter: Deterministic Evaluation of Precise Scene Rendering"

    def page(tab: str, entry: str) -> str:
        return _project_page(
            '<h1 class="hero-title">Painter</h1>'
            '<p class="hero-tagline">Can multimodal models render <em>exact</em> scenes?</p>'
            '<p class="hero-sub">A foundational benchmark for precise scene rendering.</p>'
            '<div class="hero-authors"><a href="https://a.example.org">Ann Lee</a><sup>*</sup> · '
            '<a href="https://b.example.org">Bo Chan</a></div>'
            '<a href="https://arxiv.org/abs/2606.00188">Paper</a>'
            f"<h2>Citation</h2><pre>@article{{painter2026,\n  title={{{entry}}},\n"
            "  author={Ann Lee and Bo Chan},\n  year={2026},\n}</pre>",
            head=f"<title>{tab}</title>")

    paper = normalise_page(_URL, page(whole, whole)).papers[0]
    assert (paper.title, paper.authors) == (whole, ["Ann Lee", "Bo Chan"])
    # Where the <title> and the entry word the title otherwise, neither is taken for it.
    other = normalise_page(_URL, page(whole, "Painter: Evaluating Scene Rendering Precisely")).papers[0]
    assert other.title == "Can multimodal models render exact scenes?"


def test_a_benchmark_pages_row_of_bare_name_units_with_the_commas_outside_them_is_its_byline():
    # ATM-Bench's page (round 188): under the template's h2 subtitle a tagline and a lede, then a div of six
    # '<span class="author-block">Jingbiao Mei</span>,' units, no links or marks, the commas between the
    # spans; the affiliation a unit of its own in the next div.
    def page(between: str) -> str:
        units = between.join(f'<span class="author-block">{name}</span>'
                             for name in ("Ann Lee", "Bo Chan", "Carla Diaz"))
        return _project_page(
            '<h1 class="title publication-title">Painter</h1>'
            '<h2 class="subtitle publication-subtitle">Rendering Scenes from a Few Photographs</h2>'
            '<p class="subtitle">Multimodal, multi-source scene rendering over long horizons</p>'
            '<p class="hero-summary">Painter is built for the scenes that look easy and are not.</p>'
            f'<div class="publication-authors">{units}</div>'
            '<div class="publication-authors"><span class="author-block">Round University</span></div>'
            '<a href="https://arxiv.org/abs/2603.01990">arXiv</a>',
            head="<title>Painter: Rendering Scenes</title>")

    paper = normalise_page(_URL, page(",\n")).papers[0]
    assert paper.authors == ["Ann Lee", "Bo Chan", "Carla Diaz"]
    # Units with nothing between them are no such row.
    found = normalise_page(_URL, page(" and "))
    assert found is None or not found.papers or (
        found.papers[0].authors != ["Ann Lee", "Bo Chan", "Carla Diaz"])


def test_a_benchmark_page_whose_h1s_head_its_sections_is_named_by_the_entry_its_tab_and_paper_link_agree_on():
    # ClinicalLab's page (round 188, after its final held-out figure): a title block of paragraphs (the name
    # over a subtitle), h1s for its sections alone ('Introduction', 'Citation', …), no byline; the <title> the
    # name alone; a 'Paper' link to the arXiv abstract, and under 'Citation' the entry whose title opens with
    # the name and a colon and whose eprint is that preprint: the paper's record.
    def page(eprint: str) -> str:
        return _project_page(
            '<a href="https://arxiv.org/abs/2406.13890">Paper</a>'
            '<div id="title"><p id="title-text">Painter</p><p id="subtitle-text">Rendering Scenes<br>'
            "from Photographs<br>(2024)</p></div>"
            "<h1>Introduction</h1><p>Painter, a suite of scene-rendering tasks and metrics.</p>"
            "<h1>Citation</h1><pre>@misc{painter2024,\n"
            "  title={Painter: Rendering Scenes from Photographs},\n"
            f"  author={{Ann Lee and Bo Chan}},\n  year={{2024}},\n  eprint={{{eprint}}},\n"
            "  archivePrefix={arXiv},\n}</pre><h1>Contact Us</h1><p>Write to us.</p>",
            head="<title>Painter</title>")

    paper = normalise_page(_URL, page("2406.13890")).papers[0]
    assert (paper.title, paper.authors, paper.published, paper.arxiv_id) == (
        "Painter: Rendering Scenes from Photographs", ["Ann Lee", "Bo Chan"], "2024", "2406.13890")
    # An entry naming another preprint than the page's paper link is a work it cites: no record so.
    found = normalise_page(_URL, page("2101.00001"))
    assert found is None or not found.papers or found.papers[0].title != (
        "Painter: Rendering Scenes from Photographs")
_CITED_ENTRY_TITLE = "An Investigation of Rendering Scenes from a Few Photographs"


_PLEASE_CITE = ("If you find the results on this demo useful in your research, please reference our "
                "foundational paper:")


def _demo_citing_its_paper(line: str = _PLEASE_CITE,
                           heading: str | None = "Citation:", link_id: str = "2405.06573",
                           entry_id: str = "2405.06573", link_text: str = _CITED_ENTRY_TITLE,
                           head: str = "<title>Universal Scene Painting Demo</title>",
                           players: int = 4) -> str:
    # The universal speech enhancement demo (round 186, held out): a viewport meta alone, the one h1 the
    # demo's name, a paragraph on the model, sections of <audio>, and under 'Citation:' a line asking to
    # cite 'our foundational paper', its title linking its arXiv abstract, then the BibTeX entry of that
    # title naming the same preprint, its four authors and its year.
    samples = "".join(f'<div class="sample"><h3>Sample {n}</h3><audio controls><source src="s{n}.wav">'
                      "</audio></div>" for n in range(players))
    return _project_page(
        "<h1>Universal Scene Painting Demo</h1>"
        '<p class="intro-text">A single, universal scene painting model addresses diverse scenes. All demo '
        "samples below are produced by this single model.</p>"
        f'<section id="noise"><h2>1. Additive Noise</h2>{samples}</section>'
        '<section id="citation">' + (f"<h2>{heading}</h2>" if heading is not None else "")
        + f"<p>{line}</p>"
        f'<p><a href="https://arxiv.org/abs/{link_id}" target="_blank" class="paper-title">'
        f"<strong>{link_text}</strong></a></p>"
        '<pre class="citation-block">@article{lee2024investigation,\n'
        f"    title = {{{_CITED_ENTRY_TITLE}}},\n"
        "    author = {Lee, Ann and Chan, Bo and La Quatra, Moreno and Diaz, Carla Maria},\n"
        f"    journal = {{arXiv preprint arXiv:{entry_id}}},\n    year = {{2024}}\n}}\n</pre></section>",
        head=head)


def test_a_demo_page_whose_citation_block_asks_to_cite_our_paper_is_that_papers_record():
    # The page is the record of the paper its own citation block names ('our foundational paper', its
    # title linking the preprint its entry names): titled as its heading shows it, its authors, year and
    # arXiv id the entry's.
    found = normalise_page(_URL, _demo_citing_its_paper())
    assert found is not None and found.papers
    paper = found.papers[0]
    assert (paper.title, paper.authors, paper.published, paper.arxiv_id, paper.abstract) == (
        "Universal Scene Painting Demo", ["Ann Lee", "Bo Chan", "Moreno La Quatra", "Carla Maria Diaz"],
        "2024", "2405.06573", None)


def test_a_citation_block_of_another_work_or_preprint_or_beside_title_meta_makes_no_demo_record():
    # A line citing no paper of the authors' own, no citation heading over it (or no heading), a link whose
    # text is no entry's title, an entry naming another preprint than its link, title meta, or a page of few
    # players: no record so.
    for page in (
        _demo_citing_its_paper(line="This demo builds on the following paper:"),
        _demo_citing_its_paper(heading="Related work"),
        _demo_citing_its_paper(heading=None),
        _demo_citing_its_paper(link_text="Paper"),
        _demo_citing_its_paper(entry_id="2401.01234"),
        _demo_citing_its_paper(head='<title>Universal Scene Painting Demo</title>'
                                    '<meta property="og:title" content="Universal Scene Painting Demo">'),
        _demo_citing_its_paper(players=2),
    ):
        found = normalise_page(_URL, page)
        assert found is None or not found.papers


def test_a_demo_pages_citation_block_is_read_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.citation_block_demos import paper_its_citation_block_names
    from papershelf.normalise.html_meta import parse_page

    def reading(size: int):
        page = parse_page(_demo_citing_its_paper(players=size))
        return lambda: paper_its_citation_block_names(page)

    found = assert_linear_time(reading, 20000)
    assert found is not None and found.arxiv_id == "2405.06573"


_TABLES_TITLE = "AdaMethod: Adaptive Rendering of Scenes for Custom Views"


def _sample_tables_page(head: str = f"<title>{_TABLES_TITLE} - RoundResearch</title>",
                        heading: str = _TABLES_TITLE, rows: int = 3, link: str = "") -> str:
    # AdaSpeech's demo page (round 186, held out): a Hugo page kept as written, no meta but the generator's,
    # the h1.entry-title the paper's title, the <title> it and ' - SpeechResearch'; a 'Contents' run of
    # links to its own sections, then tables of <audio> under the sentences their players speak.
    players = "".join('<td><audio controls="controls"><source src="a.wav"/></audio></td>' for _ in range(5))
    tables = "".join("<p><em>Round speaker : Six spoons of fresh snow peas, five thick slabs of blue cheese."
                     f"</em></p><table><thead><tr><th>GT</th></tr></thead><tbody><tr>{players}</tr></tbody>"
                     "</table>" for _ in range(rows))
    return _project_page(
        '<main><article itemscope itemtype="https://schema.org/BlogPosting">'
        f'<h1 class="entry-title" itemprop="headline">{heading}</h1><section itemprop="entry-text">'
        '<h2 id="abstract">Contents</h2><b><a href="#audio-samples">Audio Samples</a></b><br>'
        f'<a href="#AnonReviewer5">For AnonReviewer5</a><br>{link}'
        f'<h2 id="audio-samples">Audio Samples</h2>{tables}</section></article></main>',
        head='<meta name="generator" content="Hugo 0.66.0" />' + head)


def test_a_page_of_sample_tables_alone_under_a_papers_title_the_tab_repeats_is_that_papers_record():
    # Nothing but the samples and the title says whose they are: the record is the title alone, no byline
    # (the contents' 'For AnonReviewer5' is none), no abstract (the first caption is none).
    found = normalise_page(_URL, _sample_tables_page())
    assert found is not None and found.papers
    paper = found.papers[0]
    assert (paper.title, paper.authors, paper.published, paper.arxiv_id, paper.abstract) == (
        _TABLES_TITLE, None, None, None, None)


def test_a_page_of_sample_tables_with_more_than_its_samples_or_no_papers_title_makes_no_record_so():
    # Meta naming more, a link off the page (a listing's, a post's archive), an h1 in no paper's 'Name: what
    # it does' shape, a <title> that is not the h1 and a short site's name, or few players: no record so.
    for page in (
        _sample_tables_page(head=f"<title>{_TABLES_TITLE} - RoundResearch</title>"
                                 '<meta name="description" content="Our research blog.">'),
        _sample_tables_page(link='<a href="/posts/">All posts</a><br>'),
        _sample_tables_page(heading="AdaMethod demo page", head="<title>AdaMethod demo page - RoundResearch"
                                                                "</title>"),
        _sample_tables_page(head=f"<title>{_TABLES_TITLE}</title>"),
        _sample_tables_page(rows=1),
    ):
        found = normalise_page(_URL, page)
        assert found is None or not found.papers


def test_a_page_of_sample_tables_is_read_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.sample_table_pages import paper_its_sample_tables_show

    def reading(size: int):
        page = parse_page(_sample_tables_page(rows=size))
        return lambda: paper_its_sample_tables_show(page)

    found = assert_linear_time(reading, 4000)
    assert found is not None and found.title == _TABLES_TITLE


def test_a_deep_nest_of_players_under_a_papers_title_is_counted_in_linear_time():
    # A player's cell is sought a few levels up, not by a selector of cells' descendants, which asked every
    # player of a deep nest for all its ancestors (time squared).
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.sample_table_pages import paper_its_sample_tables_show

    def reading(size: int):
        page = parse_page("<html><head><title>Round: A Paper About Things - Site</title></head><body>"
                          "<h1>Round: A Paper About Things</h1>" + "<div>" * size
                          + "<audio></audio>" * size + "</div>" * size + "</body></html>")
        return lambda: paper_its_sample_tables_show(page)

    assert assert_linear_time(reading, 16000) is None



# Point Arena's hero (round 195): the h1 of the name, p.lead under it, a paragraph of linked names with
# their marks, the affiliations, then a row of Bootstrap buttons; its Citation block and its footer's arXiv
# logo link after.
def _arena_page(entry: str, button: str = "btn btn-primary") -> str:
    return _project_page(
        '<section class="hero"><div class="container"><h1>Scene Arena</h1>'
        '<p class="lead">Probing Scene Rendering Through Language-Guided Views</p>'
        '<div class="authors-container"><p><a href="https://a.example.org">Ann Lee<sup>1*</sup></a> '
        '<a href="https://b.example.org">Bo Chan<sup>2</sup></a></p>'
        '<p><sup>1</sup>Round University <sup>2</sup>Square Institute</p></div>'
        f'<div class="cta-buttons"><a href="#rankings" class="{button}">View Rankings</a>'
        f'<a href="https://github.com/example/scene" class="{button}">View Code</a>'
        f'<a href="https://arxiv.org/abs/2505.09990" class="{button}">Read Paper</a></div></div></section>'
        f"<h4>Citation</h4><pre>@misc{{scene2025,\n  title={{{entry}}},\n"
        "  author={Ann Lee and Bo Chan},\n  year={2025},\n  eprint={2505.09990},\n}</pre>"
        '<footer><a href="https://arxiv.org/abs/2505.09990" title="arxiv"><img src="a.svg" alt="arxiv"></a>'
        "</footer>",
        head="<title>Scene Arena</title>")


def test_a_benchmark_pages_lede_under_its_name_is_the_titles_second_half_where_its_entry_joins_them():
    # Point Arena's page (round 195): the h1 'Point Arena' over p.lead 'Probing Multimodal Grounding Through
    # Language-Guided Pointing', then the byline; the <title> the name alone; the Citation block's entry
    # 'PointArena: Probing Multimodal Grounding …', the name run together.
    whole = "SceneArena: Probing Scene Rendering Through Language-Guided Views"
    assert normalise_page(_URL, _arena_page(whole)).papers[0].title == whole
    # An entry of another wording says nothing of the lede: it stays the title the byline follows.
    other = normalise_page(_URL, _arena_page("SceneArena: A Benchmark of Rendering")).papers[0]
    assert other.title == "Probing Scene Rendering Through Language-Guided Views"


def test_a_benchmark_pages_headline_cased_subtitle_under_its_name_joins_it_though_no_title_writes_both():
    # NoveltyBench's page (round 195): a div holding the h1 'NoveltyBench', then an h3 'Evaluating Language
    # Models for Humanlike Diversity' and a paragraph of names; the <title> and description the name alone,
    # no BibTeX: the subtitle in headline case is the title's second half.
    def page(subtitle: str) -> str:
        return _project_page(
            '<section><div style="display: flex"><h1>SceneBench</h1></div>'
            f'<h3>{subtitle}</h3>'
            '<p class="intro-text">Ann Lee, Bo Chan, Carla Diaz</p>'
            '<a href="https://arxiv.org/abs/2504.05228"><button>Paper</button></a></section>',
            head="<title>SceneBench</title>")

    paper = normalise_page(_URL, page("Evaluating Language Models for Humanlike Scenes")).papers[0]
    assert paper.title == "SceneBench: Evaluating Language Models for Humanlike Scenes"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Carla Diaz"]
    # A tagline in sentence case is no title's half: the heading the byline follows stays the title.
    tagline = normalise_page(_URL, page("A simulation-first benchmark for scene rendering")).papers[0]
    assert tagline.title == "A simulation-first benchmark for scene rendering"


def test_a_bootstrap_button_row_after_a_benchmark_pages_byline_ends_it():
    # Point Arena's page (round 195): the linked names with their marks and the affiliations, then
    # div.cta-buttons of links of class 'btn btn-primary' ('View Rankings', 'View Code', 'Read Paper'), two
    # capitalised words each, which read as names.
    whole = "SceneArena: Probing Scene Rendering Through Language-Guided Views"
    assert normalise_page(_URL, _arena_page(whole)).papers[0].authors == ["Ann Lee", "Bo Chan"]


# Build Arena's hero (round 195, after its final held-out figure): a title block of the h1 of the name and
# p.subtitle, then a div of bare names at commas, the last marked, and a row of links whose labels open with
# an emoji; then the paper's abstract in a div.abstract-box, no heading over it.
def _construction_page(paper_label: str = "Paper", box: str = "abstract-box",
                       tab: str = "Scene Arena: Towards Language-Driven Scene Construction") -> str:
    return _project_page(
        '<div class="title-block"><h1>Scene Arena</h1>'
        '<p class="subtitle">Towards Language-Driven <strong>Scene Construction</strong></p></div>'
        '<div class="authors-block"><div class="author-names">Ann Lee, \n  Bo Chan, \n  Carla Diaz*</div>'
        '<div class="contact-info">*Corresponding author</div>'
        f'<div class="links"><a href="https://arxiv.org/abs/2510.16559">{paper_label}</a>'
        '<a href="https://github.com/example/scene">\U0001f4bb Code</a></div></div>'
        f'<div class="{box}"><p><strong>Scene construction</strong> aims to turn natural language into '
        "scenes that stand up under physics, which asks for reasoning under strict constraints that the "
        "models of today have never been measured on.</p></div>"
        "<h2>Key Findings</h2><p>The models build bridges more often than they build rockets.</p>",
        head=f"<title>{tab}</title>")


def test_a_paper_button_whose_label_opens_with_an_emoji_names_the_pages_paper():
    # Build Arena's '📄 Paper' link to its arXiv abstract, the page's one paper button: without it read as
    # one, the page is no project page and gives no record.
    paper = normalise_page(_URL, _construction_page(paper_label="\U0001f4c4 Paper")).papers[0]
    assert (paper.arxiv_id, paper.authors) == ("2510.16559", ["Ann Lee", "Bo Chan", "Carla Diaz"])
    # An icon before another word makes no paper button: a '📄 Notes' link names no paper.
    assert normalise_page(_URL, _construction_page(paper_label="\U0001f4c4 Notes")).papers[0].arxiv_id is None


def test_a_benchmark_pages_lede_under_its_name_is_the_titles_second_half_where_its_tab_joins_them():
    # Build Arena's h1 'Build Arena' over p.subtitle 'Towards Physics-Aligned Interactive …', the <title>
    # 'Build Arena: Towards Physics-Aligned Interactive …' word for word.
    paper = normalise_page(_URL, _construction_page()).papers[0]
    assert paper.title == "Scene Arena: Towards Language-Driven Scene Construction"
    # A <title> that words it otherwise leaves the lede the title the byline follows.
    other = normalise_page(_URL, _construction_page(tab="Scene Arena")).papers[0]
    assert other.title == "Towards Language-Driven Scene Construction"


def test_a_div_classed_abstract_box_under_a_benchmark_pages_byline_is_its_abstract():
    # Build Arena's div.abstract-box right under the byline, the paper's abstract with no heading over it.
    paper = normalise_page(_URL, _construction_page()).papers[0]
    assert (paper.abstract or "").startswith("Scene construction aims to turn natural language into scenes")
    # A box classed otherwise is no abstract by its class.
    assert normalise_page(_URL, _construction_page(box="intro-box")).papers[0].abstract is None


def _colon_split_demo_page(rest: str = "<h3><span>A STREAMING VARIABLE NEURAL SPEECH CODEC</span></h3>",
                           label: str = "<p><b>Abstract.</b><div>We present a codec that streams speech at "
                                        "ultra-low bit rates, its bit rate chosen as it runs, better than "
                                        "the codecs before it.</div></p>") -> str:
    # SVCODEC's demo page (round 193): h1 'SVCODEC:' over h3 'A STREAMING VARIABLE NEURAL SPEECH CODEC', a
    # paragraph of names with affiliation marks, the affiliation, then a bold 'Abstract.' the parser closed
    # before the abstract's <div>; the <title> 'SVCODEC'; no meta, no link.
    return _project_page(f'<div class="text-center"><h1>SVCODEC:</h1>{rest}<br>'
                         "<p>Ann Lee <sup>1</sup>, Bo Chan<sup>1</sup>, Cy Dent<sup>1*</sup>,</p>"
                         "<p><sup>1</sup>College of Engineering, Ocean University, China</p></div>"
                         f"{label}<h2>Samples</h2><table><tr><td><audio controls></audio></td></tr></table>",
                         head="<title>SVCODEC</title>")


def test_an_h1_closed_by_a_colon_goes_on_in_the_heading_under_it_as_one_title():
    found = normalise_page(_URL, _colon_split_demo_page())
    assert found is not None
    assert found.papers[0].title == "SVCODEC: A STREAMING VARIABLE NEURAL SPEECH CODEC"
    # A heading under it that is a section's label, or an h1 with no colon, goes on with no title.
    for other in (_colon_split_demo_page(rest="<h3>Abstract</h3>"),
                  _colon_split_demo_page().replace("<h1>SVCODEC:</h1>", "<h1>SVCODEC</h1>")):
        found = normalise_page(_URL, other)
        assert found is None or not found.papers or found.papers[0].title == "SVCODEC"


def test_the_names_under_a_title_whose_abstract_a_closed_bold_label_heads_are_its_byline():
    found = normalise_page(_URL, _colon_split_demo_page())
    assert found is not None
    assert found.papers[0].authors == ["Ann Lee", "Bo Chan", "Cy Dent"]
    # Without an abstract set apart (the label plain text, no bold), the names are not taken so.
    found = normalise_page(_URL, _colon_split_demo_page(
        label="<p>Abstract.</p><p>We present a codec that streams speech.</p>"))
    assert found is None or not found.papers or not found.papers[0].authors


def test_the_templates_article_tags_left_unfilled_beside_a_filled_og_title_date_nothing():
    # GOPLA's page (round 196, held out, fixed after its final figure): og:title and og:description the
    # paper's, but article:author 'FIRST_AUTHOR_NAME' beside article:published_time '2024-01-01T00:00:00.000Z'
    # and article:tag 'KEYWORD1', left as the template ships them; the page's 'arXiv 2025' and BibTeX date it.
    bibtex = ("<pre>@misc{painter2025,\n  title={Painter: Rendering Scenes from a Few Photographs},\n"
              "  author={Ada Lovelace and Alan Turing},\n  year={2025},\n}</pre>")
    head = ("<title>Painter: Rendering Scenes from a Few Photographs</title>"
            '<meta property="og:type" content="article">'
            '<meta property="og:title" content="Painter: Rendering Scenes from a Few Photographs">'
            '<meta property="og:url" content="https://YOUR_DOMAIN.com/YOUR_PROJECT_PAGE">'
            '<meta property="article:published_time" content="2024-01-01T00:00:00.000Z">'
            '<meta property="article:author" content="FIRST_AUTHOR_NAME">'
            '<meta property="article:tag" content="KEYWORD1">')
    page = _project_page(
        "<h1 class='title publication-title'>Painter: Rendering Scenes from a Few Photographs</h1>"
        + _BYLINE + _ABSTRACT + bibtex, head=head)
    assert normalise_page(_URL, page).papers[0].published == "2025"
    # A filled article block is read: its year, the earlier, dates the paper.
    filled = head.replace("FIRST_AUTHOR_NAME", "Ada Lovelace")
    page = _project_page(
        "<h1 class='title publication-title'>Painter: Rendering Scenes from a Few Photographs</h1>"
        + _BYLINE + _ABSTRACT + bibtex, head=filled)
    assert normalise_page(_URL, page).papers[0].published == "2024"


def test_a_status_line_between_a_template_pages_title_and_its_byline_is_passed_over():
    # ReorientDiff's page (round 196, held out, fixed after its final figure): the template's h1, then an
    # h3.conference-authors '<a href="#">In Submission</a>' where a venue line would stand, over the byline;
    # the heading ended the byline's walk before its first name.
    title = "Painter: Rendering Scenes from a Few Photographs"
    for status in ("In Submission", "Under Review", "Submitted to CoRL 2025"):
        page = _project_page(
            f'<h1 class="title is-1 publication-title">{title}</h1>'
            f'<h3 class="title is-4 conference-authors"><a target="_blank" href="#">{status}</a></h3>'
            + _TEMPLATE_BYLINE.replace("static/paper/Painter.pdf", "https://arxiv.org/abs/2303.12700")
            + _ABSTRACT)
        paper = normalise_page(_URL, page).papers[0]
        assert (paper.title, paper.authors) == (title, ["Ann Lee", "Bo Chan"])
# VLA-Arena's home page and leaderboard (round 195, pending82): its title meta the site's tab name, its author
# meta a team's, JSON-LD's WebSite and Dataset by the team; h1.paper-title the paper's title over a venue line
# and a byline of linked and bare names, the buttons' words after an icon font's ligature, an 'Abstract'
# section, a BibTeX entry.
_SITES_DESCRIPTION = "Scene-Arena is an open framework and leaderboard for rendering scenes from photographs."


def _sites_meta_page(tab: str = "Scene-Arena - Scene Benchmark and Leaderboard",
                     author: str = "Scene-Arena Team", heading: str = '<h1 class="paper-title">',
                     icon: str = '<span class="material-icons">description</span>') -> str:
    head = (f"<title>{tab}</title>"
            f'<meta name="description" content="{_SITES_DESCRIPTION}"><meta name="author" content="{author}">'
            f'<meta property="og:title" content="{tab}"><meta property="og:description" '
            f'content="{_SITES_DESCRIPTION}"><script type="application/ld+json">{{"@context": '
            '"https://schema.org", "@type": "Dataset", "name": "Scene-Arena Benchmark", "description": '
            f'"{_SITES_DESCRIPTION}", "dateModified": "2026-08-08", "creator": {{"@type": "Organization", '
            f'"name": "{author}"}}}}</script>')
    return _project_page(
        '<nav><a href="#home"><span>Scene-Arena</span></a><a href="#board">Leaderboard</a></nav>'
        f'<div class="home-page">{heading}Scene-Arena: An Open Framework for Rendering Scenes from '
        'Photographs</h1>'
        '<p class="venue-label"><a href="https://icml.cc/virtual/2026/poster/1">ICML 2026</a></p>'
        '<p class="author-line"><a href="https://a.example.org">Ann Lee</a>, <a href="https://b.example.org">'
        'Bo Chan</a>,\n Cy Dorn,\n <a href="https://e.example.org">Eve Fox</a>,\n and '
        '<a href="https://d.example.org">Di Ewing</a></p>'
        '<p class="author-affiliation"><span>Institute for Scenes, Round University</span></p>'
        '<section class="benchmark-summary"><p>Scene-Arena is an <strong>open framework</strong> for '
        'rendering scenes across 170 tasks.</p><p>Explore the <a href="#board">model leaderboard</a> and '
        '<a href="#tasks">task store</a>, or use the <a href="https://github.com/example">open '
        'framework</a>.</p></section>'
        f'<div class="button-container"><a class="button" href="https://arxiv.org/abs/2512.22539">{icon}'
        ' paper</a><a class="button" href="https://github.com/example/scene-arena">'
        '<span class="material-icons">code</span> github</a></div>' + _ABSTRACT
        + '<h2>BibTeX</h2><pre>@inproceedings{lee2026scene,\ntitle={Scene-Arena: An Open Framework for '
        'Rendering Scenes from Photographs},\nauthor={Ann Lee and Bo Chan and Di Ewing},\nyear={2026}\n}'
        '</pre></div>',
        head=head)


def test_a_page_whose_meta_name_its_site_is_the_paper_its_classed_title_and_byline_show():
    paper = normalise_page("https://scene-arena.example.org/", _sites_meta_page()).papers[0]
    assert paper.title == "Scene-Arena: An Open Framework for Rendering Scenes from Photographs"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Dorn", "Eve Fox", "Di Ewing"]
    assert (paper.published, paper.arxiv_id) == ("2026", "2512.22539")
    assert (paper.abstract or "").startswith("We present a method that reads a scene")


def test_a_site_meta_page_naming_a_person_or_the_paper_or_without_a_classed_title_stays_as_its_meta_read():
    # An author meta of a person, a title meta that is the paper's own, or an h1 no class calls the paper's
    # title: no site's meta over a paper, and the page is read as before.
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.site_meta_papers import paper_under_the_sites_meta

    for page in (_sites_meta_page(author="Ann Lee"),
                 _sites_meta_page(tab="Scene-Arena: An Open Framework for Scenes - Scene Benchmark"),
                 _sites_meta_page(heading='<h1 class="hero">')):
        assert paper_under_the_sites_meta(parse_page(page)) is None
    assert normalise_page("https://scene-arena.example.org/", _sites_meta_page(
        heading='<h1 class="hero">')).papers[0].title == "Scene-Arena - Scene Benchmark and Leaderboard"


def test_a_buttons_icon_font_word_is_no_word_of_its_label():
    # 'description' is the ligature an icon font draws as a picture: the button reads 'paper'. A button whose
    # first word is a word of its own ('related paper') names no paper.
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.project_pages import arxiv_id_of_its_buttons

    assert arxiv_id_of_its_buttons(parse_page(_sites_meta_page())) == "2512.22539"
    assert arxiv_id_of_its_buttons(parse_page(_sites_meta_page(icon="<span>related</span>"))) is None


def test_a_site_meta_page_is_read_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.site_meta_papers import paper_under_the_sites_meta

    def reading(size: int):
        page = parse_page(_sites_meta_page(heading='<h1 class="paper-title">' + "<span>" * size).replace(
            "Photographs</h1>", "Photographs" + "</span>" * size + "</h1>", 1))
        return lambda: paper_under_the_sites_meta(page)

    assert_linear_time(reading, 4000)


# Round 203: a demo page whose <title> names only its kind, the paper's title its first h1 over the one
# preprint its buttons link, then h1s of its parts over the players (the DDSP singing vocoders' page): no
# byline, no abstract, no meta.
_DEMO_TITLE = "Bell Vocoders: A New Subtractive Synthesizer and A Comprehensive Evaluation"


_DEMO_LINE = "The paper is going to be published at ISMIR'22. Audio files below are the ones in our paper."
_DEMO_BUTTON = '<a href="https://arxiv.org/abs/2208.01234"><button>arxiv</button></a>'


def _demo_heading_page(tab: str = "Audio Demos", line: str = _DEMO_LINE, button: str = _DEMO_BUTTON) -> str:
    players = "".join(f'<tr><td><audio controls src="a/{n}.wav"></audio></td></tr>' for n in range(12))
    return (f"<!DOCTYPE HTML><head><meta charset='UTF-8'><title>{tab}</title></head><body>"
            f"<center><h1>{_DEMO_TITLE}</h1></center>"
            f'<a href="https://github.com/example/bell"><button>Github</button></a>{button}'
            f"<div><p>{line}</p></div><h1>Content</h1><h1>Part I. Audios of Figures</h1>"
            f"<table>{players}</table></body></html>")


def test_a_demo_pages_heading_over_its_preprint_button_under_a_tab_naming_its_kind_is_the_papers_record():
    found = normalise_page(_URL, _demo_heading_page())
    assert found is not None and found.papers
    paper = found.papers[0]
    assert (paper.title, paper.arxiv_id, paper.published) == (_DEMO_TITLE, "2208.01234", "2022")
    # A line naming the year in four figures dates it so; a line saying nothing of where it appears, nothing.
    paper = normalise_page(_URL, _demo_heading_page(line="It will be presented at ICASSP 2023.")).papers[0]
    assert paper.published == "2023"
    paper = normalise_page(_URL, _demo_heading_page(line="Audio files below are ours.")).papers[0]
    assert paper.title == _DEMO_TITLE and paper.published is None
    # A tab naming a site or the paper, or no button naming a preprint, reads no record so.
    for other in (_demo_heading_page(tab="Bell Lab"), _demo_heading_page(button="")):
        found = normalise_page(_URL, other)
        assert found is None or not found.papers or found.papers[0].title != _DEMO_TITLE


# Round 203: the preprint a demo page links in the line right under its title by the preprint's own id
# (Microsoft's DelightfulTTS page: 'arXiv: <a href=".../abs/2110.12612">arXiv:2110.12612</a>').
def _id_linked_page(line: str = 'arXiv: <a href="https://arxiv.org/abs/2110.01234">arXiv:2110.01234</a>',
                    references: str = "") -> str:
    return ("<!DOCTYPE HTML><html><head><meta charset='UTF-8'></head><body>"
            "<h1>Brightly: The Example Speech Synthesis System for a Challenge</h1>"
            f"<p>{line}</p><h2>Authors</h2><ul><li>Ann Lee (Example Speech)</li><li>Bo Chan (Example Speech)"
            "</li></ul><h2>Abstract</h2><p>This paper describes the example end-to-end neural text to speech"
            " system built for a challenge, which models and generates waveforms at a high sampling rate and"
            " models the variation in speech systematically, improving the prosody and naturalness of its"
            " speech.</p>"
            f"{references}</body></html>")


def test_a_link_under_the_title_whose_words_are_the_preprints_own_id_names_the_papers_preprint():
    assert normalise_page(_URL, _id_linked_page()).papers[0].arxiv_id == "2110.01234"
    # A link whose words are another id than its address's, or a reference list's id link further down, names
    # no preprint of the page's.
    wrong = 'arXiv: <a href="https://arxiv.org/abs/2110.01234">arXiv:2110.09999</a>'
    assert normalise_page(_URL, _id_linked_page(line=wrong)).papers[0].arxiv_id is None
    cited = '<h2>References</h2><p>[1] <a href="https://arxiv.org/abs/1803.01234">arXiv:1803.01234</a></p>'
    paper = normalise_page(_URL, _id_linked_page(line="Our system.", references=cited)).papers[0]
    assert paper.arxiv_id is None


# Round 203, after its final held-out figure: Prompt-Singer's demo page, its h1 the name alone over an h3 of
# the rest of the title, its buttons 'Paper' (arXiv) and 'Code', then an h2 'Table of Contents' over list
# items linking the page's own sections (its title, the name joined to the h3, left for a later round).
_SUBTITLE = "Controllable Bell-Ringing-Synthesis with Natural Language Prompt"


def _name_over_subtitle_page(subtitle: str = _SUBTITLE, contents: str = "#gender") -> str:
    entries = "".join(f'<li><a href="{contents}" class="btn">{words}</a></li>'
                      for words in ("Singer Gender Control", "Vocal Range Control", "Volume Control"))
    return ("<!DOCTYPE html><html><head><title>Bell-Singer</title></head><body><div class='text-center'>"
            f"<h1>Bell-Singer</h1><h3>{subtitle}</h3>"
            '<p class="lead">|<a href="https://arxiv.org/abs/2403.01234/" class="btn">Paper</a>|'
            '<a href="https://github.com/example/bell" class="btn">Code</a>|</p></div>'
            "<p><b>Abstract.</b> We propose a singing voice synthesis method that controls the singer's"
            " gender, vocal range and volume with natural language prompts, and show that it controls them"
            " well while keeping the audio quality of the samples high.</p>"
            f"<h2>Table of Contents</h2><div>{entries}</div><h3>Singer Gender Control</h3></body></html>")


def test_links_to_the_pages_own_sections_under_a_heading_are_a_table_of_contents_not_a_byline():
    paper = normalise_page(_URL, _name_over_subtitle_page()).papers[0]
    assert not paper.authors
    assert "Table of Contents" not in (paper.title or "")


_ARENA_TAB = "<title>FrameArena: An Arena for Judging Video Models by Simulated Users</title>"


def _broken_heading_arena_page(title_tab: str = _ARENA_TAB,
                heading: str = "FrameArena<br>An Arena for Judging Video Models by Simulated Users",
                entry_key: str = "@article{ lee2024framearena,") -> str:
    # VideoAutoArena's page (round 204): the template's h1 sets the name on a line of its own, a <br>, the
    # rest of the title; a venue badge 'CVPR 2025'; linked names; an arXiv button; an 'Abstract' section; a
    # BibTeX entry whose key follows its brace after a blank, its year the preprint's.
    return _project_page(
        '<section class="hero"><h1 class="title is-1 publication-title">' + heading + "</h1>"
        '<div class="conference-badge">CVPR 2025</div>'
        '<div class="is-size-5 publication-authors"><span class="author-block"><a href="https://a.example/">'
        'Ann Lee</a><sup>1</sup>,</span> <span class="author-block"><a href="https://b.example/">Bo Chan</a>'
        "<sup>2</sup></span></div>"
        '<div class="publication-links"><a class="btn" href="https://arxiv.org/abs/2411.13281"><span>arXiv</span>'
        "</a></div></section>" + _ABSTRACT +
        '<section class="section"><h2 class="title">BibTeX</h2><pre><code>' + entry_key + "\n"
        "    title={FrameArena: An Arena for Judging Video Models by Simulated Users},\n"
        "    author={Ann Lee and Bo Chan},\n    year={2024},\n    eprint={2411.13281},\n}"
        "</code></pre></section>",
        head=title_tab)


def test_a_heading_that_breaks_the_name_from_the_rest_is_the_title_its_tab_joins_by_a_colon():
    paper = normalise_page(_URL, _broken_heading_arena_page()).papers[0]
    assert paper.title == "FrameArena: An Arena for Judging Video Models by Simulated Users"
    # Nothing on the page writing the two joined, the heading is read as it runs on.
    other = _broken_heading_arena_page(title_tab="<title>FrameArena</title>",
                        entry_key="@article{lee2024framearena,").replace("FrameArena: An", "FrameArena - An")
    assert normalise_page(_URL, other).papers[0].title == (
        "FrameArena An Arena for Judging Video Models by Simulated Users")


def test_a_bibtex_entry_whose_key_follows_its_brace_after_a_blank_dates_the_paper_by_its_year():
    # The entry's year (the preprint's, 2024) over the venue badge's later 2025.
    assert normalise_page(_URL, _broken_heading_arena_page()).papers[0].published == "2024"
    broken = _broken_heading_arena_page(entry_key="@article{\n  lee2024framearena,")
    assert normalise_page(_URL, broken).papers[0].published == "2024"


def _platform_page(standings: str = "<h2>Leaderboard</h2>") -> str:
    # Air Quality Arena's page (round 204): the template's h1 of the name over an h2 of the rest, a byline,
    # a 'Paper' button pointing nowhere; an h2 'Overview', the platform's own account of itself; the data and
    # the evaluation protocol; an h2 'Leaderboard' of the benchmark's standings.
    return _project_page(
        '<section class="hero"><h1 class="title is-1 publication-title">Air Arena</h1>'
        '<h2 class="title is-1 publication-title">A Platform for Benchmarking Air Quality Forecasts</h2>'
        '<div class="publication-authors"><span class="author-block"><a href="https://a.example/">Ann Lee</a>'
        '<sup>1</sup>,</span> <span class="author-block"><a href="https://b.example/">Bo Chan</a><sup>2</sup>'
        '</span></div><div class="publication-links"><a href="#" class="button"><span>Paper</span></a></div>'
        "</section><h2>Overview</h2><p>Air pollution causes millions of early deaths every year, so "
        "forecasting it well matters; we introduce a platform of station data and a benchmark of "
        "forecasting models.</p>"
        "<h2>Data Repository</h2><p>Observations from six networks.</p>" + standings +
        "<table><tr><td>Model A</td><td>0.31</td></tr></table>",
        head="<title>Air Arena: A Platform for Benchmarking Air Quality Forecasts</title>")


def test_a_benchmark_pages_overview_is_no_abstract_where_the_page_holds_a_leaderboard():
    assert normalise_page(_URL, _platform_page()).papers[0].abstract is None
    # Without the standings, the template's 'Overview' is the abstract (Motion Modes's page, round 170).
    assert (normalise_page(_URL, _platform_page(standings="")).papers[0].abstract or "").startswith(
        "Air pollution causes millions")


_DATASET_TAB = "<title>A Driving Dataset for Cross-View Synthesis</title>"


def _authors_line_dataset_page(line_class: str = "hero-authors", tab: str = _DATASET_TAB,
                  names: str = "Ann Lee · Bo Chan · C.V. Dent") -> str:
    # MV²'s page (round 204): a hero of an acronym, the one h1 (the <title> its words), a p.hero-tagline,
    # then a p.hero-authors of names at middle dots, the affiliation; its 'Paper' link to its own section.
    return _project_page(
        '<header><a class="header-link" href="#about">Paper</a><a href="https://kaggle.example/d">Dataset</a>'
        '</header><section class="hero"><span class="hero-acronym">MV<sup>2</sup></span>'
        "<h1>A Driving Dataset <span>for Cross-View Synthesis</span></h1>"
        '<p class="hero-tagline">A real-world benchmark for rendering a driving scene from a car, a scooter '
        "and a drone, trained on one platform and tested on another.</p>"
        f'<p class="{line_class}">{names}</p><p class="hero-affil">Centre for Vision, Example Institute</p>'
        '</section><section id="about"><h2>Why it?</h2><p>Most benchmarks test one trajectory.</p></section>',
        head=tab)


def test_a_dataset_pages_h1_over_a_line_classed_as_its_authors_is_the_papers_record():
    paper = normalise_page(_URL, _authors_line_dataset_page()).papers[0]
    assert paper.title == "A Driving Dataset for Cross-View Synthesis"
    assert paper.authors == ["Ann Lee", "Bo Chan", "C.V. Dent"]
    assert (paper.abstract or "").startswith("A real-world benchmark for rendering a driving scene")
    # A line not classed as the authors', a <title> other than the h1, or a line of other things: no such
    # record.
    for other in (_authors_line_dataset_page(line_class="hero-credits"),
                  _authors_line_dataset_page(tab="<title>MV2</title>"),
                  _authors_line_dataset_page(names="Cars · Scooters · Drones")):
        found = normalise_page(_URL, other)
        assert found is None or not found.papers or found.papers[0].authors != [
            "Ann Lee", "Bo Chan", "C.V. Dent"]


def _news_rows_page(row: str = "Paper submitted to arXiv.") -> str:
    # CK-Arena's page (round 204): the template's h1, a byline, a 'Paper' button to the arXiv PDF; news rows,
    # each a div of a span of its ISO month and a span of the news; a BibTeX entry of the year alone.
    news = "".join(f'<div style="display: flex"><span>{when}</span><span>{what}</span></div>'
                   for when, what in (("2026-04", "Added 5 new models to the leaderboard."),
                                      ("2026-02", row)))
    return _project_page(
        '<section class="hero"><h1 class="title is-1 publication-title">Is Your Model Really Mastering the '
        "Concept? A Game Benchmark</h1>" + _TEMPLATE_BYLINE.replace(
            "static/paper/Painter.pdf", "https://arxiv.org/pdf/2505.17512") + "</section>"
        f"<h2>News</h2><div>{news}</div>" + _ABSTRACT +
        "<h2>BibTeX</h2><pre><code>@article{xu2026concept,\n"
        "  title={Is Your Model Really Mastering the Concept? A Game Benchmark},\n"
        "  author={Ann Lee and Bo Chan},\n  journal={arXiv preprint arXiv:2505.17512},\n"
        "  year={2026}\n}</code></pre>",
        head="<title>Is Your Model Really Mastering the Concept? A Game Benchmark</title>")


def test_a_news_row_dating_the_papers_arrival_on_arxiv_gives_the_month_inside_its_entrys_year():
    assert normalise_page(_URL, _news_rows_page()).papers[0].published == "2026-02"
    # News rows of the site alone (models added) leave the entry's year.
    assert normalise_page(_URL, _news_rows_page(row="Added 4 new models.")).papers[0].published == "2026"


_LUCIDS_H1 = "LUCID: Learning Intent Models from Human Videos for Scalable Robot Skills"


_LUCIDS_ENTRY = "eprint={2606.11628},\n  archivePrefix={arXiv},"


def _scripted_buttons_page(h1: str = _LUCIDS_H1, entry: str = _LUCIDS_ENTRY) -> str:
    # LUCID's page (round 206): a hand-written hero, the whole title in an h1 only screen readers see over a
    # wordmark, the meta titles its first half; three linked names in plain spans with their marks (one
    # linking a faculty /people/ page); 'Paper' and 'arXiv' buttons whose hrefs are '#', a script setting
    # them; an 'Abstract' section; the BibTeX entry naming the preprint.
    short = "LUCID: Learning Intent Models from Human Videos"
    return _project_page(
        f'<header><h1 class="sr-only">{h1}</h1><img src="wordmark.png" alt="LUCID">'
        "<p>Learning Intent Models from Human Videos for Scalable Robot Skills</p>"
        '<div class="authors"><span><a href="https://ann.example.org/">Ann Lee</a><sup>1,†</sup></span> '
        '<span><a href="https://bo.example.org/">Bo Chan</a><sup>2,*</sup></span> '
        '<span><a href="https://cs.example.edu/about/people/all-faculty/cdent">Cy Dent</a>'
        '<sup>1,*</sup></span></div><div class="hero-actions"><a href="#" data-link="paper">Paper</a> '
        '<a href="#" data-link="arxiv"><span class="sr-only">arXiv</span></a></div></header>'
        '<section id="abstract"><h2>Abstract</h2><p>Robot learning pipelines learn skills from robot '
        "demonstrations, which are expensive to collect and tied to one embodiment; we learn intent from "
        "unstructured human videos instead.</p></section>"
        '<section id="bibtex"><h2>BibTeX</h2><pre><code>@misc{lee2026lucid,\n'
        "  title={LUCID: Learning Intent Models from Human Videos for Scalable Robot Skills},\n"
        "  author={Ann Lee and Bo Chan and Cy Dent},\n  year={2026},\n"
        f"  {entry}\n}}</code></pre></section>",
        head=f'<title>{short}</title><meta property="og:title" content="{short}">')


def test_a_meta_title_the_one_h1_opens_and_goes_on_from_is_the_h1_shortened():
    paper = normalise_page(_URL, _scripted_buttons_page()).papers[0]
    assert paper.title == "LUCID: Learning Intent Models from Human Videos for Scalable Robot Skills"
    # …and the entry titled so dates it.
    assert paper.published == "2026"
    # An h1 that goes on past the meta title by a bar and the site's name, not by words of the title: the meta
    # title stands.
    beside = normalise_page(_URL, _scripted_buttons_page(
        h1="LUCID: Learning Intent Models from Human Videos | Robot Learning Lab Pages")).papers[0]
    assert beside.title == "LUCID: Learning Intent Models from Human Videos"


def test_a_project_page_whose_buttons_a_script_sets_is_told_by_its_own_entry_naming_its_preprint():
    # Its byline read as a project page's, each linked name a person, not the one link to a /people/ page.
    paper = normalise_page(_URL, _scripted_buttons_page()).papers[0]
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Dent"]
    assert paper.arxiv_id == "2606.11628"
    # An entry naming no preprint says nothing of the page: the link to a /people/ page is read as before.
    unnamed = normalise_page(_URL, _scripted_buttons_page(entry="publisher={Lab Press},")).papers[0]
    assert unnamed.authors != ["Ann Lee", "Bo Chan", "Cy Dent"]


def _method_named_template_page(og_title: str = "Wavelet attribution method", byline: bool = True) -> str:
    # WAM's page on the Academic Project Page Template (round 206): og:title, twitter:title and the <title>
    # name the method, in words no heading shows; the template's h1.publication-title the paper's title over
    # its byline; an h2 venue line; the paper button OpenReview's, no arXiv link; an inproceedings entry whose
    # key stands on the line after its brace.
    return _project_page(
        '<section class="hero"><h1 class="title is-1 publication-title">One Wave To Explain Them All: A '
        "Unifying Perspective On Feature Attribution</h1>"
        '<h2 class="title is-4 publication-title">Accepted at ICML 2025</h2>'
        + (_TEMPLATE_BYLINE.replace("static/paper/Painter.pdf", "https://openreview.net/forum?id=njZ5oVPObS")
           if byline else "") + "</section>" + _ABSTRACT +
        '<section id="BibTeX"><h2 class="title">BibTeX</h2><pre><code>@inproceedings{\n  kasmi2025WAM,\n'
        "  title={One Wave To Explain Them All: A Unifying Perspective On Feature Attribution},\n"
        "  author={Lee, Ann and Chan, Bo},\n  year={2025},\n}</code></pre></section>",
        head=f'<title>Wavelet Attribution Method</title><meta property="og:title" content="{og_title}">'
             f'<meta name="twitter:title" content="{og_title}">')


def test_the_templates_heading_over_its_byline_is_the_title_over_a_meta_title_naming_the_method():
    paper = normalise_page(_URL, _method_named_template_page()).papers[0]
    assert paper.title == "One Wave To Explain Them All: A Unifying Perspective On Feature Attribution"
    assert paper.authors == ["Ann Lee", "Bo Chan"]
    # …and the entry titled so dates it.
    assert paper.published == "2025"
    # Without a byline under it, the template's heading is not told from a banner: the meta title stands.
    bare = normalise_page(_URL, _method_named_template_page(byline=False)).papers[0]
    assert bare.title == "Wavelet attribution method"
_DATASET_TITLE = "ScenePaint: A Real-World Dataset of Round Scenes for Rendering from a Few Photographs"


def _announced_dataset_page(about_link: str = "https://arxiv.org/abs/2203.01234",
                  news_link: str = "https://arxiv.org/abs/2203.01234",
                  authors: str = "Lee, Ann and Chan, Bo and others",
                  paper_news: str = "The ScenePaint paper has been released on") -> str:
    # CODA's dataset page (round 204, stop 74): the logo's h1 the name alone, no paper button, the preprint
    # linked in the About prose and in an announcement line, the title and authors only in the entry.
    return _project_page(
        "<header><h1><a href='index.html'>ScenePaint</a></h1></header>"
        "<h2>The ScenePaint Dataset</h2><h3>About</h3><p>Rendering has come far. We introduce ScenePaint, a"
        f" dataset of round scenes; see our paper on <a href='{about_link}'>Arxiv</a> for more.</p>"
        "<h3>Announcement</h3><p>- The ScenePaint official website has been online! (2021/11/23)<br>"
        f"- {paper_news} <a href='{news_link}'>Arxiv</a>! (2022/03/15)<br>"
        "- The ScenePaint paper has been accepted by ECCV 2022! (2022/07/09)<br></p>"
        "<h3>Citation</h3><pre>@article{lee2022scenepaint,\n  title={" + _DATASET_TITLE + "},\n"
        "  author={" + authors + "},\n  journal={arXiv preprint arXiv:2203.01234},\n  year={2022}\n}</pre>",
        head="<title>ScenePaint</title>")


def test_a_name_alone_page_without_buttons_is_the_paper_its_entry_and_its_one_linked_preprint_name():
    # No paper button: the one preprint every arXiv link of the page names is the entry's; its authors are
    # the entry's names before its closing 'and others'; its day the announcement line linking the preprint.
    paper = normalise_page(_URL, _announced_dataset_page()).papers[0]
    assert paper.title == _DATASET_TITLE
    assert paper.authors == ["Ann Lee", "Bo Chan"]
    assert paper.arxiv_id == "2203.01234"
    assert paper.published == "2022-03-15"


def test_a_name_alone_page_linking_two_preprints_or_a_line_not_the_papers_keeps_its_reading():
    # The near misses: a page whose arXiv links name two preprints (a work it builds on beside its own) names
    # no paper by its entry; an announcement line of the site's news, or one not linking the preprint, leaves
    # the entry's year; an 'others' inside the list (no closing one) names no one.
    two = normalise_page(_URL, _announced_dataset_page(about_link="https://arxiv.org/abs/1911.04321"))
    assert two is None or all(paper.title != _DATASET_TITLE for paper in two.papers)
    site = normalise_page(_URL, _announced_dataset_page(
        paper_news="The ScenePaint sample set is out on")).papers[0]
    assert site.title == _DATASET_TITLE and site.published == "2022"
    unlinked = _announced_dataset_page().replace(
        "released on <a href='https://arxiv.org/abs/2203.01234'>Arxiv</a>!", "released on Arxiv!")
    assert normalise_page(_URL, unlinked).papers[0].published == "2022"
    inside = normalise_page(_URL, _announced_dataset_page(
        authors="Lee, Ann and others and Chan, Bo")).papers[0]
    assert inside.title == _DATASET_TITLE and not inside.authors


def test_announcement_lines_are_read_in_linear_time():
    from helpers import assert_linear_time
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.news_row_dates import paper_day_of_its_announcement_lines

    # The blocks read are the first few hundred, each read only while it holds no more than a list of news:
    # a nest of list items each holding the rest of it is not laid out item by item.
    def reading(size: int):
        nest = "<ul>" + "<li>- The paper has been released on Arxiv! (2021/11/24)<br>" * size + "</li>" * size
        page = parse_page(_announced_dataset_page().replace("<h3>Citation</h3>",
                                                            nest + "</ul><h3>Citation</h3>"))
        return lambda: paper_day_of_its_announcement_lines(page, "2203.01234")

    assert assert_linear_time(reading, 16000) == "2022-03-15"


# Round 212: a page of audio samples whose one h1 is the paper's title with the persons named right under
# it, no meta naming the paper and no button linking a preprint (the noise-robust bandwidth extension demo:
# a jumbotron's row of columns, one name each; the VAE-GSLM demo: a top bar repeating the <title> in an h2
# over h1.paper-title and div.authors of a names paragraph over a marked affiliations paragraph).
_BYLINED_TITLE = "Multi-task Learning for End-to-end Noisy Example Extension"
_THREE = ["Ann Lee", "Bo Chan", "Cai Ming"]
_PLAYERS = "".join(f'<td><audio controls src="s{n}.wav"></audio></td>' for n in range(12))


def _row_of_names_page(names: str = "<div>Ann Lee</div><div>Bo Chan</div><div>Cai Ming</div>",
                       heading: str = "<h1><a href=''>Multi-task Learning for <br> End-to-end Noisy Example"
                                      " Extension</a></h1>", players: str = _PLAYERS) -> str:
    return ("<!doctype html><html><head><title>Noisy Example Extension</title></head><body>"
            f"<header><div class='jumbotron'><div class='col'>{heading}<p><div class='row'>{names}</div></p>"
            "<p><a>School of Examples, Example University</a></p></div></div></header>"
            "<h2>Noisy Example Extension</h2><p>Extension aims to reconstruct wideband signals from"
            f" narrowband inputs.</p><h2>Speech Samples</h2><table><tr>{players}</tr></table></body></html>")


def test_a_samples_pages_one_heading_over_a_row_of_author_columns_is_the_papers_record():
    found = normalise_page(_URL, _row_of_names_page())
    assert found is not None and found.papers
    paper = found.papers[0]
    assert (paper.title, paper.authors) == (_BYLINED_TITLE, _THREE)
    # Columns that are not each one person's name, or a page of few players, read no record so.
    for other in (_row_of_names_page(names="<div>Ann Lee</div><div>see the code on our site</div>"),
                  _row_of_names_page(players="<td><audio controls src='a.wav'></audio></td>")):
        found = normalise_page(_URL, other)
        assert found is None or not found.papers or found.papers[0].authors != _THREE


def _marked_byline_page(
        affiliations: str = "<p><sup>1</sup>Example Institute &nbsp; <sup>2</sup>Example Labs</p>",
) -> str:
    return ("<!DOCTYPE html><html><head><title>EX-GSLM: Speech Synthesis Demo</title></head><body>"
            "<div class='top-bar'><h2>EX-GSLM: Speech Synthesis Demo</h2></div>"
            "<header><h1 class='paper-title'>A Variational Framework for Improving Naturalness in Example"
            " Models</h1><div class='authors'><p>Ann Lee<sup>1</sup>, Bo Chan<sup>2</sup>,"
            f" Cai Ming<sup>1</sup></p>{affiliations}</div></header><section><h2>Abstract</h2><p>The success"
            " of large language models in text processing has inspired their adaptation to speech"
            " modeling, which this example extends and improves with a variational approach.</p></section>"
            f"<h2>Samples</h2><table><tr>{_PLAYERS}</tr></table></body></html>")


def test_a_demo_pages_byline_of_names_over_marked_affiliations_names_only_its_people():
    paper = normalise_page(_URL, _marked_byline_page()).papers[0]
    assert paper.title == "A Variational Framework for Improving Naturalness in Example Models"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cai Ming"]


# Round 212, after its final held-out figure: a samples page naming no one, its one h1 the <title>'s words
# over a line of links whose buttons name one preprint (the weak-class source separation demo).
_LINKED_TITLE = "Audio Separation Using Example Autoencoders and Weak Supervision"


def _linked_heading_page(tab: str = _LINKED_TITLE) -> str:
    return (f"<!doctype html><html><head><title>{tab}</title></head><body><div class='container'>"
            f"<div class='title'><h1>{_LINKED_TITLE}</h1></div>"
            "<h2>Links</h2>Paper: <a href='https://arxiv.org/abs/1810.01234'>arXiv</a> / <a href='https://"
            "ieeexplore.ieee.org/document/1234567'>IEEE Xplore</a> — Code: <a href='https://github.com/ex/ws'>"
            "GitHub</a>."
            f"<h2>Examples of Our Separation Results</h2><table><tr>{_PLAYERS}</tr></table></div>"
            "</body></html>")


def test_a_samples_pages_heading_its_tab_repeats_over_one_preprints_link_is_the_papers_record():
    paper = normalise_page(_URL, _linked_heading_page()).papers[0]
    assert (paper.title, paper.arxiv_id, paper.authors) == (
        "Audio Separation Using Example Autoencoders and Weak Supervision", "1810.01234", None)
    # A tab of other words (a site's name) reads no record so.
    found = normalise_page(_URL, _linked_heading_page(tab="Example Lab"))
    assert found is None or not found.papers or found.papers[0].arxiv_id != "1810.01234" or (
        found.papers[0].title != "Audio Separation Using Example Autoencoders and Weak Supervision")


_PAPERS_OWN_VOICE = (
    "In this paper, we introduce a very large dataset of street text in the wild. While reading text in "
    "scanned documents is well studied, reading it in photographs of streets is still hard, above all for "
    "scripts of many characters; we give details of the dataset, its annotation and baselines for three "
    "tasks.")


def _entry_titled_dataset_page(heading: str = "A Large Street Text Dataset in the Wild",
                               tab: str = "<title>STW Dataset</title>", lead: str = _PAPERS_OWN_VOICE,
                               paper: str = "https://jcst.example.cn/EN/10.1007/s11390-019-1923-y") -> str:
    # CTW's page (round 213): the one h1 the paper's whole title over a line of names, the <title> the
    # dataset's name alone, no project buttons or byline classes; the paper's abstract unheaded in the next
    # block; a 'Paper' link to the journal's page whose address ends in the DOI; a 'Bibtex:' block of the
    # page's own entry.
    return _project_page(
        '<div class="row"><div class="col-md-2"><object data="logo.svg"></object></div><div class="col-md-8">'
        f'<h1 class="text-center">{heading}</h1>'
        '<p class="text-center">Ann Lee, Bo Chan and Cy Dent</p></div></div>'
        f'<div class="container"><p style="margin-top: 15px;">{lead}</p>'
        "<ul><li>32,285 images</li><li>3,850 categories</li></ul><h4>Files</h4>"
        f'<ul><li><a href="{paper}"><span class="icon"></span>Paper</a></li>'
        '<li><a href="data.zip">Dataset</a></li></ul><p>Bibtex:</p>'
        "<pre>@article{lee2019stw,\n  author = {Ann Lee and Bo Chan and Cy Dent},\n"
        "  title = {A Large Street Text Dataset in the Wild},\n  journal = {Journal of Text},\n"
        "  year = {2019},\n}</pre></div>",
        head=tab)


def test_a_dataset_pages_one_h1_that_its_own_bibtex_entry_titles_is_the_papers_record():
    paper = normalise_page(_URL, _entry_titled_dataset_page()).papers[0]
    assert paper.title == "A Large Street Text Dataset in the Wild"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Dent"]
    assert paper.published == "2019"
    # A heading other than the entry's title: no record of that paper.
    found = normalise_page(_URL, _entry_titled_dataset_page(heading="Street Text in the Wild"))
    assert found is None or not found.papers or found.papers[0].title != (
        "A Large Street Text Dataset in the Wild")


def test_a_dataset_pages_paper_link_ending_in_a_doi_and_its_paragraph_in_the_papers_voice_are_its_papers():
    paper = normalise_page(_URL, _entry_titled_dataset_page()).papers[0]
    assert paper.doi == "10.1007/s11390-019-1923-y"
    assert (paper.abstract or "").startswith("In this paper, we introduce a very large dataset of street")
    # A dataset's own account under the title is no abstract; a 'Paper' link to a file names no DOI.
    other = normalise_page(_URL, _entry_titled_dataset_page(
        lead=_PAPERS_OWN_VOICE.replace("In this paper, we introduce", "STW is"), paper="paper.pdf")).papers[0]
    assert other.abstract is None
    assert other.doi is None


def _named_link_dataset_page(line: str = "CVPR 2026 paper: ",
                             authors: str = "Ann Lee, Bo Chan, Cy Dent") -> str:
    # FEOT's page (round 213): the one h1 the dataset's name alone, a description whose line names the paper
    # by a link to its PDF, the Citation block's entry of that title, its author field names at commas.
    return _project_page(
        '<div class="dataset-header"><h1> Frame-Event Occlusion Tracking Dataset</h1>'
        '<span class="badge">v1.0 · 2025-05</span></div><div class="description">This is a tracking dataset '
        f'for occluded objects.<br>{line}<a href="main_paper.pdf">Tracking Through Occlusion via Event '
        "Cues</a>.<br></div><div class=\"section-title\">Citation</div><div class=\"citation-box\"><pre>"
        "@InProceedings{Lee2026CVPR,\ntitle = {Tracking Through Occlusion via Event Cues},\n"
        f"author = {{{authors}}},\nbooktitle={{CVPR}},\nyear = {{2026}}\n}}</pre></div>",
        head="<title>FEOT Dataset</title>")


def test_a_dataset_pages_paper_line_linking_its_own_entrys_title_is_the_papers_record():
    paper = normalise_page(_URL, _named_link_dataset_page()).papers[0]
    assert paper.title == "Tracking Through Occlusion via Event Cues"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Dent"]
    assert paper.published == "2026"
    # A line that does not say the link is the paper: no record of it.
    found = normalise_page(_URL, _named_link_dataset_page(line="See also "))
    assert found is None or not found.papers or found.papers[0].title != (
        "Tracking Through Occlusion via Event Cues")
    # One name inverted at its one comma is one person, not a list.
    single = normalise_page(_URL, _named_link_dataset_page(authors="Lee, Ann")).papers[0]
    assert single.authors == ["Ann Lee"]


# Round 219: a samples page whose bracketed links say what and where ('[Paper on ArXiv]', '[Code on GitHub]':
# SemantiCodec's demo) under its one h1 and a bold line of linked names, one name linking a university's
# people page.
def _paper_on_arxiv_page(label: str = "[Paper on ArXiv]") -> str:
    return ("<!DOCTYPE html><html><head><title>ExCodec: A Low Bitrate Example Audio Codec</title></head>"
            "<body>"
            "<article><h1 align='center'>ExCodec: A Low Bitrate Example Audio Codec</h1><br></br>"
            "<p align='center'><b><a href='https://ann.example.io/'>Ann Lee</a><sup>1</sup>, <a href='https://"
            "scholar.google.com/citations?user=x'>Bo Chan</a><sup>2</sup>, <a href='https://www.example.ac.uk/"
            "people/cy-dent'>Cy Dent</a><sup>1</sup></b></p><p><sup>1</sup>Example University</p>"
            f"<center><p><a href='https://arxiv.org/abs/2405.01234'>{label}</a> <a href='https://github.com/"
            "ex/excodec'>[Code on GitHub]</a></p></center><h2>Abstract</h2><p>Large language models have"
            " advanced audio processing through codecs that turn audio into tokens, which this example"
            f" compresses further.</p><h2>Samples</h2><table><tr>{_PLAYERS}</tr></table></article>"
            "</body></html>")


def test_a_demo_pages_paper_on_arxiv_link_names_its_preprint_and_its_byline():
    paper = normalise_page(_URL, _paper_on_arxiv_page()).papers[0]
    assert paper.title == "ExCodec: A Low Bitrate Example Audio Codec"
    assert paper.arxiv_id == "2405.01234"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Dent"]
    # A link saying something else about arXiv is no paper button.
    other = normalise_page(_URL, _paper_on_arxiv_page(label="[More on ArXiv]"))
    assert other is None or not other.papers or other.papers[0].arxiv_id != "2405.01234"


# Round 219, after its final held-out figure: a samples page whose one heading names the paper in quotation
# marks after its label and 'for', the <title> those words alone, over an 'Authors:' line (the moving-sources
# separation samples).
_QUOTED_TITLE = "Multi-channel separation of round example sources"


def _quoted_samples_page(heading: str = f'Audio samples and SED result for "{_QUOTED_TITLE}"') -> str:
    rows = "".join(f'<tr><td><audio controls=""><source src="s{n}.wav"></audio></td></tr>' for n in range(6))
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f"<title>{_QUOTED_TITLE}</title></head><body><h2 align='center'>{heading}</h2>"
            "<div><b>Authors:</b> Ann Lee, Bo Chan</div><hr><h2>Speech separation</h2><h3>Example1</h3>"
            f"<table><tbody>{rows}</tbody></table></body></html>")


def test_a_samples_heading_quoting_the_tabs_title_after_its_label_is_that_papers_record():
    paper = normalise_page(_URL, _quoted_samples_page()).papers[0]
    assert (paper.title, paper.authors) == (_QUOTED_TITLE, ["Ann Lee", "Bo Chan"])
    # A heading quoting other words than the <title>'s reads no record so.
    other = normalise_page(_URL, _quoted_samples_page(heading='Audio samples for "Round Band Songs"'))
    assert other is None or not other.papers or other.papers[0].title != _QUOTED_TITLE
def _json_ld_tagline_page(description: str = "A training-free framework for rendering scenes") -> str:
    # RAG-HAR's page (round 216): a JSON-LD ScholarlyArticle whose description is the one-line tagline its
    # description meta repeats, no `abstract`, over the paragraph the page heads 'Abstract'.
    item = ('{"@context": "https://schema.org", "@type": "ScholarlyArticle", "name": "A Method: Rendering '
            f'Scenes from Photographs", "description": "{description}"}}')
    return _project_page(
        '<h1 class="title publication-title">A Method: Rendering Scenes from Photographs</h1>'
        '<a href="https://arxiv.org/abs/2011.12948">arXiv</a>' + _ABSTRACT,
        head=f'<title>A Method</title><meta name="description" content="{description}">'
        f'<script type="application/ld+json">{item}</script>')


def test_a_json_ld_articles_one_line_description_gives_way_to_the_section_headed_abstract():
    paper = normalise_page(_URL, _json_ld_tagline_page()).papers[0]
    assert (paper.abstract or "").startswith("We present a method that reads a scene from a few photographs")
    # A description of more than one sentence is a summary in its own right: taken as before.
    summary = ("We read activities from sensor data without training. A retriever finds similar samples "
               "and a language model names the activity from them.")
    other = normalise_page(_URL, _json_ld_tagline_page(summary)).papers[0]
    assert (other.abstract or "").startswith("We read activities from sensor data without training.")
def _name_over_classed_subtitle_page(subtitle_class: str = "subtitle", tab: str = (
        "<title>LM-Kit: Lasting Memory for Scenes Revisited</title>"),
        comment: str = "<!-- TODO: the proceedings' entry once out -->",
        entry_title: str = "Lasting Memory for Scenes Revisited") -> str:
    # LT-Mem's page (round 217): a hero of the name alone (h1), a venue badge, p.subtitle, p.authors with
    # <sup> numbers; the <title> the name and subtitle joined by a colon; its BibTeX section asks to cite
    # 'our paper', a TODO comment between that line and the pre, the entry's title the subtitle alone.
    return _project_page(
        '<div class="hero"><h1>LM-Kit</h1><div><span class="venue-badge">IROS 2026 · Accepted</span></div>'
        f'<p class="{subtitle_class}">Lasting Memory for Scenes Revisited</p>'
        '<p class="authors"><a href="#">Ann Lee</a><sup>1</sup>, <a href="#">Bo Chan</a><sup>1</sup>, '
        '<a href="#">Cy Dent</a><sup>1</sup></p><p class="affil">Example Institute</p></div>'
        '<section><h2>Contributions</h2><p>A memory that keeps what changed.</p></section>'
        '<section id="cite"><h2>BibTeX</h2><p>If you find it useful, please cite our paper:</p>'
        f'{comment}<pre>@inproceedings{{lee2026lm,\n  title = {{{entry_title}}},\n'
        '  author = {Lee, Ann and Chan, Bo and Dent, Cy},\n  year = {2026},\n}</pre></section>',
        head=tab)


def test_a_heros_name_over_its_classed_subtitle_that_the_tab_joins_by_a_colon_is_the_papers_title():
    paper = normalise_page(_URL, _name_over_classed_subtitle_page()).papers[0]
    assert paper.title == "LM-Kit: Lasting Memory for Scenes Revisited"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Dent"]
    # A line not classed as the subtitle, or a <title> that does not join the two: not that title.
    for other in (_name_over_classed_subtitle_page(subtitle_class="tagline"),
                  _name_over_classed_subtitle_page(tab="<title>LM-Kit: Memory Project</title>")):
        found = normalise_page(_URL, other)
        assert found is None or not found.papers or found.papers[0].title != (
            "LM-Kit: Lasting Memory for Scenes Revisited")


def test_the_entry_a_page_asks_to_be_cited_by_past_a_comment_dates_it_when_it_titles_the_subtitle_alone():
    assert normalise_page(_URL, _name_over_classed_subtitle_page()).papers[0].published == "2026"
    # The same entry with the whole title and no comment dates it as before.
    assert normalise_page(_URL, _name_over_classed_subtitle_page(
        comment="", entry_title="LM-Kit: Lasting Memory for Scenes Revisited")).papers[0].published == "2026"


def _preserved_benchmark_page(button: str = "Arxiv paper (NeurIPS 2021 Datasets and Benchmarks Track)",
                              heading: str = "Overview of CLEAR Benchmark") -> str:
    # The CLEAR benchmark's page (round 217): the h1, a byline, then sections each a div.abstract.section
    # under its own h2 (a note on the new wiki; 'Overview of CLEAR Benchmark', the paper's summary in its
    # 'In this paper, we introduce' voice), then 'Useful Links', the arXiv link's words the button's and a
    # bracket of its venue and year.
    summary = ("Continual learning is widely regarded as a crucial challenge for lifelong AI. In this paper, "
               "we introduce a benchmark of image classification whose visual concepts evolve over a decade. "
               + "We build it from existing image collections with a scalable, low-cost approach. " * 12)
    return _project_page(
        "<h1><i>The ABC Benchmark:</i><br> Continual Learning on Real Imagery</h1>"
        '<div class="authors"><a href="#">Ann Lee</a><sup>1</sup>, <a href="#">Bo Chan</a><sup>1</sup></div>'
        '<div class="abstract section"><h2><a href="https://wiki.example/">(New!) Wiki page for the full '
        "documentation</a></h2><p>Please check out our new wiki page for full documentation of the data sets "
        "released in July 2022, with download links to the train and test sets, and a summary of the first "
        "challenge. This site is preserved as a presentation of our paper.</p></div>"
        f'<div class="abstract section"><h2>{heading}</h2><p>{summary}</p></div>'
        '<div class="links section"><h2>Useful Links</h2><ul><li><a href="https://arxiv.org/abs/2201.06289">'
        f"<strong>{button}</strong></a></li></ul></div>",
        head="<title>The ABC Benchmark: Continual Learning on Real Imagery</title>")


def test_a_paper_buttons_words_before_a_bracket_of_its_venue_and_year_link_its_arxiv_id():
    assert normalise_page(_URL, _preserved_benchmark_page()).papers[0].arxiv_id == "2201.06289"
    # A bracket that names no year is no venue's: the words are not a button's.
    found = normalise_page(_URL, _preserved_benchmark_page(button="Arxiv paper (a related work)"))
    assert found is None or not found.papers or found.papers[0].arxiv_id != "2201.06289"


def test_sections_a_template_classes_as_abstracts_under_other_headings_give_no_abstract():
    paper = normalise_page(_URL, _preserved_benchmark_page()).papers[0]
    assert paper.title == "The ABC Benchmark: Continual Learning on Real Imagery"
    # Neither the wiki note nor the section headed as the benchmark's overview is the paper's abstract.
    assert paper.abstract is None
    # Under a heading 'Abstract', the block is the abstract.
    paper = normalise_page(_URL, _preserved_benchmark_page(heading="Abstract")).papers[0]
    assert (paper.abstract or "").startswith("Continual learning is widely regarded")


def test_a_section_headed_as_the_overview_of_the_projects_thing_is_no_unlabelled_abstract():
    # Its 'Paper' button names the preprint, so a paragraph in the paper's voice could be read as the
    # unlabelled abstract; one under 'Overview of CLEAR Benchmark' is the benchmark's own account.
    paper = normalise_page(_URL, _preserved_benchmark_page(button="Paper")).papers[0]
    assert paper.arxiv_id == "2201.06289"
    assert paper.abstract is None


_SM_ENTRY = "Have We Mastered Scale in SLAM? The SM-Set Dataset and Benchmark"


def _named_dataset_page(tab: str = "<title>SM-Set Dataset - 3D Scene Understanding</title>",
                        entry: str = _SM_ENTRY) -> str:
    # ScaleMaster's page (round 217, after its final held-out figure): a badge, the h1 of the dataset's name
    # alone, p.subtitle a tagline, div.authors, a 'Paper' button; the <title> the name and another tagline;
    # the 'Citation' section's one entry titled by the paper's words, which hold the name.
    return _project_page(
        '<header><div class="badge">ICRA 2026 Accepted</div><h1>SM-Set Dataset</h1>'
        '<p class="subtitle">A Large Dataset and Benchmark for Evaluating Scale in Indoor Scenes</p>'
        '<div class="authors"><a href="#">Ann Lee</a><sup>1</sup>, <a href="#">Bo Chan</a><sup>1</sup>, '
        '<a href="#">Cy Dent</a><sup>1†</sup></div><div class="affiliations">Example Institute</div>'
        '<a class="btn" href="https://arxiv.org/pdf/2602.18174">📄 Paper</a></header>'
        '<section><h2>Dataset Statistics</h2><p>25 sequences.</p></section>'
        f'<section><h2>Citation</h2><pre>@inproceedings{{lee2026sm,\n  title={{{entry}}},\n'
        '  author={Lee, Ann and Chan, Bo and Dent, Cy},\n  year={2026}\n}</pre></section>',
        head=tab)


def test_a_tagline_under_a_datasets_name_whose_one_entry_holds_the_name_gives_the_entrys_title():
    paper = normalise_page(_URL, _named_dataset_page()).papers[0]
    assert paper.title == "Have We Mastered Scale in SLAM? The SM-Set Dataset and Benchmark"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Dent"]
    assert paper.published == "2026"
    # An entry whose title does not hold the name is another paper's: the tagline stays the title.
    paper = normalise_page(_URL, _named_dataset_page(entry="Scale in Monocular SLAM Revisited")).papers[0]
    assert paper.title != "Scale in Monocular SLAM Revisited"


def _benchmark_page(og: str = "Painter Scene Rendering Benchmark", tab: str = "Painter Scene Rendering",
                    news: str | None = None, head: str = "") -> str:
    # OVAD's benchmark page (round 217): h1.logo and the <title> the same words, og:title one word more; a
    # div.tagline of linked names; a 'Paper' button to the venue's page; an h2 'News!' over a list of rows
    # each opening with its day written day first in dots; the abstract bare text under h2 'Abstract'.
    if news is None:
        news = ("<h2><span style='color:red'>News!</span></h2><ul class='font-awesome'>"
                "<li class='checkBullet'>27.02.2023 Painter has been accepted by CVPR 2023!</li>"
                "<li class='checkBullet'>24.11.2022 Project page release.</li>"
                "<li class='checkBullet'>23.11.2022 Arxiv paper release</li></ul>")
    return (f"<html><head><title>{tab}</title><meta property='og:title' content='{og}'>"
            f"<meta property='og:type' content='website'>{head}</head><body>"
            "<h1 class='logo'>Painter Scene Rendering</h1><div class='tagline'>"
            "<a href='https://ann.example.org'>Ann Lee</a>, "
            "<a href='https://bo.example.org'>Bo Chan</a></div>"
            "<a href='https://openaccess.thecvf.com/content/CVPR2023/html/Painter.html'>Paper</a>" + news
            + "<h2>Abstract</h2>We present a method that reads a scene from a few photographs and renders it "
            "from any viewpoint, faster than the methods before it.</body></html>")


def test_the_heading_the_tab_repeats_under_a_sharing_name_one_word_longer_is_the_title():
    # OVAD's page (round 217): the h1 and the <title> agree, og:title runs them on with ' Benchmark', no
    # other meta names a title: the page's own two names stand over the sharing name.
    paper = normalise_page(_URL, _benchmark_page()).papers[0]
    assert (paper.title, paper.authors) == ("Painter Scene Rendering", ["Ann Lee", "Bo Chan"])


def test_a_sharing_name_of_more_words_or_over_another_tab_or_beside_a_citation_title_keeps_its_reading():
    # The near misses: og:title two words longer; a <title> of other words than the h1; a citation_title
    # naming the longer title too. Each reads the meta's title as before.
    for page in (_benchmark_page(og="Painter Scene Rendering Benchmark Suite"),
                 _benchmark_page(tab="Painter"),
                 _benchmark_page(head="<meta name='citation_title' "
                                      "content='Painter Scene Rendering Benchmark'>")):
        assert normalise_page(_URL, page).papers[0].title != "Painter Scene Rendering"


def test_the_earliest_dotted_news_row_of_the_papers_release_dates_the_page():
    # OVAD's page (round 217): '23.11.2022 Arxiv paper release' under h2 'News!', below the project page's
    # release and the venue's acceptance, the paper's earliest day the page gives.
    assert normalise_page(_URL, _benchmark_page()).papers[0].published == "2022-11-23"


def test_dotted_rows_under_another_heading_or_of_the_sites_news_alone_date_nothing():
    # The near misses: the same row under a 'Timeline' heading; a 'News' list naming only the project page's
    # release and the venue's acceptance.
    page = _benchmark_page(news="<h2>Timeline</h2><ul><li>23.11.2022 Arxiv paper release</li></ul>")
    assert normalise_page(_URL, page).papers[0].published is None
    page = _benchmark_page(news="<h2>News</h2><ul><li>27.02.2023 Painter has been accepted by CVPR 2023!</li>"
                                "<li>24.11.2022 Project page release.</li></ul>")
    assert normalise_page(_URL, page).papers[0].published is None


def test_sharing_names_and_dotted_news_rows_are_read_in_linear_time():
    # Many 'News' headings, each over a long list of rows, and many h1s: each row read once, up to a row's
    # length.
    rows = "".join(f"<li>0{n % 9 + 1}.11.2022 Model {n} added.</li>" for n in range(200))

    def news(count):
        page = _benchmark_page(news=f"<h2>News</h2><ul>{rows}</ul>" * count
                               + "<h2>News</h2><ul><li>23.11.2022 Arxiv paper release</li></ul>")
        return lambda: normalise_page(_URL, page)

    assert assert_linear_time(news, 25).papers[0].published == "2022-11-23"

    def h1s(count):
        page = _benchmark_page(news="<h1>Part</h1>" * count)
        return lambda: normalise_page(_URL, page)

    assert_linear_time(h1s, 3000)


def _dataset_home_page(second: str = "Çağatay Demiralp",
                       overview: str = "<strong>What is ABC?</strong><br>") -> str:
    # GOBY's dataset page (round 227): the template's h1.publication-title and byline of linked names, one
    # of them opening with an accented capital; its 'Overview' told as questions in bold, each answered
    # after a <br>; no leaderboard, no arXiv button.
    answer = ("ABC is a benchmark dataset designed for evaluating data integration techniques on enterprise "
              "data. It was derived from a real-world production workload in one domain, compiled around "
              "2017, and holds over a thousand source tables with their semantic types. ")
    return _project_page(
        '<h1 class="title is-1 publication-title">ABC: An Enterprise Benchmark for Data Integration</h1>'
        '<div class="is-size-5 publication-authors">'
        '<span class="author-block"><a href="https://a.example/">Moe Kayal</a><sup>1</sup>,</span>'
        f'<span class="author-block"><a href="https://b.example/">{second}</a><sup>2</sup>,</span>'
        '<span class="author-block"><a href="https://c.example/">Michael Stone</a><sup>1</sup></span></div>'
        '<div class="is-size-5 publication-authors"><span class="author-block"><sup>1</sup>MIT, '
        "<sup>2</sup>AWS</span></div>"
        '<section class="section"><h2 class="title is-3">Overview</h2><div class="content">'
        f"<p>{overview}{answer}</p><p><strong>Where was it collected?</strong><br>{answer}</p>"
        "</div></section>"
        '<section class="section"><h2 class="title is-3">Download Instructions</h2><p>Use the password.</p>'
        "</section>",
        head="<title>ABC Benchmark</title>")


def test_a_byline_name_opening_with_an_accented_latin_capital_is_a_persons_name():
    paper = normalise_page(_URL, _dataset_home_page()).papers[0]
    assert paper.authors == ["Moe Kayal", "Çağatay Demiralp", "Michael Stone"]
    assert normalise_page(_URL, _dataset_home_page(second="Aleksandra Świerkowska")).papers[0].authors == [
        "Moe Kayal", "Aleksandra Świerkowska", "Michael Stone"]
    # A word opening with a capital of another script is no Latin name's: the byline still ends there.
    found = normalise_page(_URL, _dataset_home_page(second="Δημήτρης Παπάς"))
    assert found.papers[0].authors == ["Moe Kayal"]


def test_an_overview_told_as_bold_questions_and_their_answers_is_no_abstract():
    paper = normalise_page(_URL, _dataset_home_page()).papers[0]
    assert paper.title == "ABC: An Enterprise Benchmark for Data Integration"
    assert paper.abstract is None
    # The same 'Overview' opening with its summary, no question, is read as the abstract as before.
    paper = normalise_page(_URL, _dataset_home_page(overview="")).papers[0]
    assert (paper.abstract or "").startswith("ABC is a benchmark dataset")


def _described_entry_page(description: str = "ECC: An Empirical Analysis of Error Correction Codes",
                          style: str = "white-space: pre-wrap;", eprint: str = "2511.01062") -> str:
    # ECCentric's page (round 227): no title meta, the <title> the site's name, a small-screen h1 of the
    # name in the menu and the hero's h1 'ECC Bench' over its subtitle; a paper tile to a PDF on the site; the
    # BibTeX entry under 'Cite ECC' in a monospace div its style preformats, its title the description's.
    entry = ("@misc{swierkowska2025ecc,\n"
             "      title={ECC: An Empirical Analysis of Error Correction Codes},\n"
             "      author={Aleksandra Świerkowska and Jannik Pflieger and Pramod Bhatotia},\n"
             f"      year={{2025}},\n      eprint={{{eprint}}},\n      archivePrefix={{arXiv}},\n}}")
    return _project_page(
        '<nav><ul><li class="name"><h1 class="show-for-small-only"><a href="index.html">ECC Bench</a></h1>'
        "</li>"
        '<li><a href="overview.html">Overview</a></li></ul></nav>'
        '<h1 id="ecc-bench">ECC Bench</h1><div>An Empirical Analysis of Error Correction Codes</div>'
        '<a href="files/ECC.pdf"><div>SIGMETRICS\'26 Paper</div></a>'
        "<h3>What is ECC?</h3><p>Quantum error correction is essential for building scalable machines.</p>"
        "<h3>Cite ECC</h3><p>If you find our work useful, please cite our paper:</p>"
        f'<div style="font-family: monospace; {style}">{entry}</div>',
        head=f'<title>ECC Bench</title><meta name="description" content="{description}">')


def test_a_description_that_is_the_title_of_the_one_entry_under_the_projects_name_gives_its_record():
    paper = normalise_page(_URL, _described_entry_page()).papers[0]
    assert paper.title == "ECC: An Empirical Analysis of Error Correction Codes"
    assert paper.authors == ["Aleksandra Świerkowska", "Jannik Pflieger", "Pramod Bhatotia"]
    assert (paper.published, paper.arxiv_id) == ("2025", "2511.01062")
    # A description that is no entry's title names no paper so.
    found = normalise_page(_URL, _described_entry_page(description="ECC: A benchmark of codes"))
    assert found is None or not found.papers or found.papers[0].title != (
        "ECC: An Empirical Analysis of Error Correction Codes")


def test_a_bibtex_entry_in_a_division_its_style_preformats_is_read_as_a_block_of_its_own():
    # Without the style, the division is prose: no entry, so no record by it.
    found = normalise_page(_URL, _described_entry_page(style=""))
    assert found is None or not found.papers or found.papers[0].arxiv_id is None
    assert normalise_page(_URL, _described_entry_page()).papers[0].arxiv_id == "2511.01062"


def _wordmark_page(og_title: str = "LegoBench: A Brick Assembly Benchmark") -> str:
    # WorkBenchMark's page (round 227): og:title and the <title> the project's name and a tagline, the
    # paper's title cut short; the h1 the wordmark alone, the h2.subtitle the rest of the paper's title
    # whole; a byline of the template's author blocks; the one entry under 'Citation' titled by the two
    # joined by a colon.
    return _project_page(
        '<h1 class="title is-2 publication-title"><img src="logo.svg" alt=""><span>LegoBench</span></h1>'
        '<h2 class="subtitle is-4">A Brick Assembly Benchmark with a Disassembly Baseline for the Smart '
        "Manufacturing League</h2>"
        '<div class="is-size-5 publication-authors"><span class="author-block"><a href="#">Wenbo Ma</a>'
        '<sup>1</sup>,</span><span class="author-block"><a href="#">Till Hofmann</a><sup>1</sup></span></div>'
        '<a class="button" href="https://arxiv.org/abs/2606.19358">arXiv</a>'
        '<h2 class="title is-3">Citation</h2><pre><code>@inproceedings{ma2026legobench,\n'
        "  title = {LegoBench: A Brick Assembly Benchmark with a Disassembly Baseline for the Smart\n"
        "           Manufacturing League},\n  author = {Ma, Wenbo and Hofmann, Till},\n  year = {2026}\n}"
        "</code></pre>",
        head=f'<title>LegoBench &mdash; A Brick Assembly Benchmark</title>'
             f'<meta property="og:title" content="{og_title}">')


def test_a_meta_title_that_opens_the_title_its_own_entry_writes_whole_is_that_title_cut_short():
    paper = normalise_page(_URL, _wordmark_page()).papers[0]
    assert paper.title == ("LegoBench: A Brick Assembly Benchmark with a Disassembly Baseline for the Smart "
                           "Manufacturing League")
    assert paper.authors == ["Wenbo Ma", "Till Hofmann"]
    # A meta title that does not open the entry's title is not read so. (Asked of this reader alone: round
    # 226's reader of a template's name over a subtitle heading its entry joins gives the page the same
    # title by its headings, whatever its meta title says.)
    from papershelf.normalise.cut_meta_titles import entry_title_a_meta_title_cuts
    from papershelf.normalise.html_meta import parse_page
    near = parse_page(_wordmark_page(og_title="LegoBench: Bricks for Robots"))
    assert entry_title_a_meta_title_cuts(near, "LegoBench: Bricks for Robots") is None
    assert entry_title_a_meta_title_cuts(parse_page(_wordmark_page()), "LegoBench: A Brick Assembly "
                                         "Benchmark") is not None


def _companion_entry_page(entry_authors: str = "Moe Kayal and Cagatay Demiralp",
                          label: str = "If you use this dataset, cite our companion CIDR 2025 paper:") -> str:
    # GOBY's dataset page (round 227): the hero's title and byline, no date shown; under 'BibTeX' a label
    # asking to cite the dataset's companion paper, its entry titled otherwise, its people among the byline's
    # (one written in ASCII where the byline accents him).
    return _dataset_home_page().replace(
        '<section class="section"><h2 class="title is-3">Download Instructions</h2>',
        f'<section class="section"><h2 class="title">BibTeX</h2><p>{label}</p><pre><code>'
        "@inproceedings{cidr-abc,\n  author = {" + entry_authors + "},\n  title = {Mind the Data Gap: "
        "Bridging Models to Enterprise Data},\n  booktitle = {CIDR 2025},\n  year = {2025}\n}</code></pre>"
        "</section>"
        '<section class="section"><h2 class="title is-3">Download Instructions</h2>')


def test_the_one_entry_a_page_asks_to_be_cited_by_whose_people_are_its_byline_dates_it():
    assert normalise_page(_URL, _companion_entry_page()).papers[0].published == "2025"
    # An entry naming someone the byline does not is another work: it dates nothing so.
    paper = normalise_page(_URL, _companion_entry_page(entry_authors="Moe Kayal and Ann Other")).papers[0]
    assert paper.published is None
    # Nor one under no label asking to cite it.
    assert normalise_page(_URL, _companion_entry_page(label="Related work:")).papers[0].published is None


def _logo_hero_page(eprint: str = "2606.06622") -> str:
    # UnpredictaBench's page (round 227, held out): og:title and <title> the name alone, the hero's h1 a logo
    # image alone, a tagline under it, a byline, a 'Paper' button; the entry under 'Citation' titled by the
    # name, a colon and the rest.
    return _project_page(
        '<h1 class="hero-title"><img src="logo.png" alt="Unpredicta"></h1>'
        '<p class="hero-subtitle">An evaluation that tests whether language models capture distributions</p>'
        '<p class="author-list"><span class="author-name">Amir Abaskohi</span><sup>1</sup>, '
        '<span class="author-name">Peter West</span><sup>1</sup></p>'
        '<a class="btn" href="https://arxiv.org/pdf/2606.06622">Paper</a>'
        "<h2>Citation</h2><pre><code>@misc{abaskohi2026unpredicta,\n  title={Unpredicta: A Benchmark for "
        "Evaluating Distributional Randomness in LLMs},\n  author={Amir Abaskohi and Peter West},\n"
        f"  year={{2026}},\n  eprint={{{eprint}}},\n  archivePrefix={{arXiv}}\n}}</code></pre>",
        head='<title>Unpredicta</title><meta property="og:title" content="Unpredicta">')


def test_a_meta_title_of_the_name_alone_gives_the_entry_title_it_opens_whose_preprint_the_buttons_link():
    title = "Unpredicta: A Benchmark for Evaluating Distributional Randomness in LLMs"
    assert normalise_page(_URL, _logo_hero_page()).papers[0].title == title
    # An entry naming another preprint than the button is another work's: the title stays the name.
    assert normalise_page(_URL, _logo_hero_page(eprint="2101.00001")).papers[0].title != title
_SCENEKIT_TITLE = "SceneKit, Reading Scenes from Photographs: Are We Done?"


def _name_over_subtitle_entry_page(entry_title: str = _SCENEKIT_TITLE, tldr: str = "", abstract: str = "",
                                   byline: bool = True) -> str:
    # LitLLMs' page (round 226): the template's h1 of the name alone over an h2 of the rest (its own colon),
    # a venue badge, the byline; og:title and the <title> 'SceneKit: Reading Scenes' cut short of the h2's
    # question; the page's own entry joining the two by a comma; a 'TL;DR:' box under the buttons.
    return _project_page(
        '<section class="hero"><h1 class="title publication-title">SceneKit</h1>'
        '<h2 class="subtitle">Reading Scenes from Photographs: Are We Done?</h2>'
        '<div class="badge"><p><span>TMLR 2025</span></p></div>'
        + ('<div class="publication-authors"><span class="author-block"><a href="#">Ann Lee<sup>1*</sup></a>,'
           '</span><span class="author-block"><a href="#">Bo Chan<sup>2</sup></a>,</span>'
           '<span class="author-block"><a href="#">Cy Dent<sup>1</sup></a></span></div>' if byline else "")
        + '<div class="publication-authors"><span class="author-block"><sup>1</sup>Example Lab</span></div>'
        '<div class="publication-links"><span class="link-block"><a class="button" '
        'href="https://arxiv.org/abs/2412.15249"><span>Paper</span></a></span></div>'
        f'{tldr}</section>{abstract}'
        '<section><h2>Introduction</h2><p>Reading scenes is hard, and we ask how far the methods have '
        'come.</p>'
        f'</section><section><h2>BibTeX</h2><pre>@article{{lee2024scenekit,\n  title={{{entry_title}}},\n'
        '  author={Lee, Ann and Chan, Bo and Dent, Cy},\n  journal={arXiv preprint arXiv:2412.15249},\n'
        '  year={2024}\n}</pre></section>',
        head='<title>SceneKit: Reading Scenes</title>'
             '<meta property="og:title" content="SceneKit: Reading Scenes">'
             '<meta name="description" content="SceneKit, reading scenes.">')


_TLDR_BOX = ('<div class="tldr-box"><div class="tldr-title">TL;DR:</div><p>SceneKit reads a scene from a few '
             'photographs with a retrieval step and a renderer, in seconds rather than hours.</p></div>')


def test_the_templates_name_over_a_subtitle_heading_its_own_entry_joins_is_the_papers_title():
    paper = normalise_page(_URL, _name_over_subtitle_entry_page()).papers[0]
    assert paper.title == "SceneKit, Reading Scenes from Photographs: Are We Done?"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Dent"]
    # The two headings with no byline under them: no project's title block, the meta title stays.
    other = normalise_page(_URL, _name_over_subtitle_entry_page(byline=False)).papers[0]
    assert other.title == "SceneKit: Reading Scenes"


def test_a_block_labelled_tldr_in_a_box_under_the_buttons_is_a_project_pages_summary():
    paper = normalise_page(_URL, _name_over_subtitle_entry_page(tldr=_TLDR_BOX)).papers[0]
    assert (paper.abstract or "").startswith("SceneKit reads a scene from a few photographs")
    # A page that labels its abstract has it read, not the box.
    page = _name_over_subtitle_entry_page(tldr=_TLDR_BOX, abstract=_ABSTRACT)
    labelled = normalise_page(_URL, page).papers[0]
    assert (labelled.abstract or "").startswith("We present a method that reads a scene")


def test_a_tldr_label_is_looked_for_in_linear_time():
    # Many short blocks and many headings before the box: each read once, up to a label's length.
    def reading(count):
        page = _name_over_subtitle_entry_page(tldr="<div><span>Note</span></div>" * count + _TLDR_BOX,
                                              abstract="<h3>Part</h3>" * count)
        return lambda: normalise_page(_URL, page)

    assert_linear_time(reading, 1000)


def _venue_in_words_page(venue: str) -> str:
    # SoftMimicGen's page (round 226, after its final held-out figure): the template's h1, the byline, a venue
    # line naming the meeting in words with its acronym in brackets before the year; no BibTeX, no other date.
    return _project_page(
        '<h1 class="title publication-title">SoftKit: Generating Data for Deformable Objects</h1>'
        '<div class="publication-authors"><span class="author-block"><a href="#">Ann Lee</a><sup>1</sup>,'
        '</span><span class="author-block"><a href="#">Bo Chan</a><sup>1</sup></span></div>'
        '<div class="publication-authors"><span class="author-block"><sup>1</sup>Example Lab</span></div>'
        f'<div class="publication-authors"><span class="author-block">{venue}</span></div>'
        '<a class="button" href="https://arxiv.org/abs/2603.25725">arXiv</a>' + _ABSTRACT,
        head="<title>SoftKit</title>")


def test_a_venue_line_naming_its_meeting_in_words_and_its_bracketed_acronym_dates_a_project_page():
    page = _venue_in_words_page("IEEE International Conference on Robotics and Automation (ICRA) 2026")
    assert normalise_page(_URL, page).papers[0].published == "2026"
    # A line naming no meeting (an institute and its acronym) dates nothing.
    page = _venue_in_words_page("Massachusetts Institute of Technology (MIT) 2026")
    assert normalise_page(_URL, page).papers[0].published is None


# A lab's paper page of the Bedford lab layout (round 235: the Trapnell Lab's, the Gavin Ha Lab's, the STAR
# Lab's): no meta, the title in a division of large type, the authors line and the citation line under it, an
# 'Abstract' heading further down.
def _lab_layout_page(title_class: str, authors: str, citation: str, tab: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{tab}</title></head><body>"
        '<div id="header"><nav><a class="navbar-brand" href="/">Smith lab</a>'
        '<a href="/papers/">Papers</a> <a href="/team/">Team</a></nav></div>'
        '<div class="container"><div class="row"><div class="col-md-12"><div class="media">'
        '<img class="pull-left" src="/images/papers/smith-method.png"><div class="media-body">'
        f'<div class="{title_class}">\nA Method for Reading Scenes from a Few Photographs\n</div>'
        f'<p>\n<div class="smallhead">\n{authors}\n{citation}</div></div></div></div></div>'
        '<div class="row"><div class="col-md-3"><div class="smallhead">DOI</div>'
        '<a class="off" href="http://dx.doi.org/10.1101/gr.123456.114">10.1101/gr.123456.114</a></div>'
        '<div class="col-md-8"><div class="post"><h1 id="abstract">Abstract</h1>'
        "<p>We present a method that reads a scene from a few photographs and renders it from any viewpoint, "
        "faster than the methods before it and with fewer artefacts at the edges.</p></div></div></div></div>"
        "</body></html>"
    )


def test_a_labs_paper_page_whose_title_is_a_division_over_its_abstract_heading_gives_its_authors_line():
    page = _lab_layout_page(
        "bighead media-heading",
        "Jane Smith*, Alan Roe*, Maria Q. Lopez,5 Wei Chen**.",
        '</div><div class="smallhead"><em>Genome Res.</em> <strong>24</strong>, 1881-1893\n(2014).\n',
        "A Method for Reading Scenes from a Few Photographs",
    )
    paper = normalise_page(_URL, page).papers[0]
    assert paper.title == "A Method for Reading Scenes from a Few Photographs"
    assert paper.authors == ["Jane Smith", "Alan Roe", "Maria Q. Lopez", "Wei Chen"]


def test_a_labs_paper_page_is_dated_by_the_year_its_citation_line_closes_with():
    page = _lab_layout_page(
        "title media-heading",
        "Jane Smith, Alan Roe, Wei Chen",
        '</div><div class="smallhead">\nScience\n(2022)\n',
        "A Method for Reading Scenes from a Few Photographs",
    )
    assert normalise_page(_URL, page).papers[0].published == "2022"


def test_an_authors_line_with_its_citation_line_in_a_paragraph_inside_its_block_is_read_alone():
    page = _lab_layout_page(
        "head",
        "Jane Smith, K. Roe, Wei Chen",
        '<p style="font-weight: bold;"> Autonomous Agents and Multi-Agent Systems (JAAMAS), 2020.</p></p>',
        "A Method for Reading Scenes from a Few Photographs",
    )
    paper = normalise_page(_URL, page).papers[0]
    assert paper.authors == ["Jane Smith", "K. Roe", "Wei Chen"]
    assert paper.published == "2020"


def test_a_year_in_the_abstract_under_a_labs_paper_page_does_not_date_it():
    page = _lab_layout_page(
        "title", "Jane Smith, Alan Roe, Wei Chen", "", "A Method for Reading Scenes from a Few Photographs"
    ).replace("fewer artefacts at the edges.", "fewer artefacts at the edges (Smith, 2019).")
    assert normalise_page(_URL, page).papers[0].published is None


def test_a_labs_paper_page_whose_one_author_meta_names_none_of_its_authors_line_gives_the_line():
    # The SMOOTH Lab's page (round 235): jekyll-seo-tag's site-wide author meta, the layout's maker, over
    # the paper's authors line under its title.
    page = _lab_layout_page(
        "title", "Jane Smith, Alan Roe, Wei Chen", "", "A Method for Reading Scenes from a Few Photographs"
    ).replace("</title>", '</title><meta name="author" content="Taylor Salo">')
    assert normalise_page(_URL, page).papers[0].authors == ["Jane Smith", "Alan Roe", "Wei Chen"]


def test_a_labs_paper_page_whose_author_meta_is_one_of_its_authors_line_keeps_the_line_whole():
    page = _lab_layout_page(
        "title", "Jane Smith, Alan Roe, Wei Chen", "", "A Method for Reading Scenes from a Few Photographs"
    ).replace("</title>", '</title><meta name="author" content="Alan Roe">')
    assert normalise_page(_URL, page).papers[0].authors == ["Jane Smith", "Alan Roe", "Wei Chen"]


# Round 236: an anonymous submission's project page (GAPPO's), its meta title the short name, a dash and the
# rest of the title, its h1 the whole title, its BibTeX entry's author field a placeholder.
_R236_TEXT = (
    "We present a method that reads a scene from a few photographs and renders it from any viewpoint, "
    "faster than the methods before it and with fewer artefacts at the edges."
)
_R236_ENTRY = (
    '<pre class="bibtex"><code>@article{anonymous2026trust,\n'
    "  title   = {Trust What You Check: Verified Gradients for Policy Optimization},\n"
    "  author  = {%s},\n"
    "  journal = {Transactions on Machine Learning Research},\n"
    "  year    = {2026}\n}</code></pre>"
)


def _r236_anonymous_page(author_field: str = "Anonymous Authors", entry: bool = True) -> str:
    return (
        "<!DOCTYPE html><html><head><title>TWYC \u2014 Verified Gradients for Policy Optimization</title>"
        '<meta property="og:title" content="TWYC \u2014 Verified Gradients for Policy Optimization">'
        '<meta name="author" content="Anonymous authors"></head><body>'
        '<section class="hero"><h1 class="title publication-title">Trust What You Check:\n'
        "<span>Verified Gradients for Policy Optimization</span></h1>"
        '<div class="publication-meta"><p class="publication-authors">Anonymous Author(s)</p></div></section>'
        f'<section id="abstract"><h2>Abstract</h2><p>{_R236_TEXT}</p></section>'
        f'<section id="bibtex"><h2>BibTeX</h2>{(_R236_ENTRY % author_field) if entry else ""}</section>'
        "</body></html>"
    )


def test_r236_the_h1_its_own_entry_titles_is_the_title_over_a_dashed_meta_title():
    paper = normalise_page(_URL, _r236_anonymous_page()).papers[0]
    assert paper.title == "Trust What You Check: Verified Gradients for Policy Optimization"
    assert paper.published == "2026"


def test_r236_a_dashed_meta_title_stays_where_no_entry_titles_the_h1():
    paper = normalise_page(_URL, _r236_anonymous_page(entry=False)).papers[0]
    assert paper.title == "TWYC \u2014 Verified Gradients for Policy Optimization"


def test_r236_an_anonymous_entrys_author_field_names_no_one():
    assert not normalise_page(_URL, _r236_anonymous_page()).papers[0].authors


def test_r236_an_entrys_real_authors_are_still_read():
    paper = normalise_page(_URL, _r236_anonymous_page("Smith, Jane and Roe, Alan")).papers[0]
    assert paper.authors == ["Jane Smith", "Alan Roe"]


# Round 236: TARMAC's page, its 'Abstract' a small label over a heading 'Overview', the paragraphs in the
# block after, a JSON-LD description and a description meta of one sentence of their own.
def _r236_eyebrow_page(label: str = "Abstract") -> str:
    return (
        "<!DOCTYPE html><html><head><title>A Method for Reading Scenes</title>"
        '<meta name="description" content="A taxonomy of reading scenes, in one sentence of its own.">'
        '<meta name="citation_title" content="A Method for Reading Scenes">'
        '<meta name="citation_author" content="Smith, Jane">'
        '<meta name="citation_publication_date" content="2026"></head><body>'
        "<h1>A Method for Reading Scenes</h1>"
        '<section id="abstract"><div class="section-heading">'
        f'<p class="eyebrow">{label}</p><h2>Overview</h2></div>'
        f'<div class="abstract-text"><p>{_R236_TEXT}</p><p>It is read twice.</p></div></section>'
        "</body></html>"
    )


def test_r236_the_paragraphs_an_abstract_label_names_over_another_heading_are_the_abstract():
    abstract = normalise_page(_URL, _r236_eyebrow_page()).papers[0].abstract
    assert abstract is not None and abstract.startswith(_R236_TEXT[:60])


def test_r236_a_label_of_another_word_over_a_heading_names_no_abstract():
    abstract = normalise_page(_URL, _r236_eyebrow_page("Method")).papers[0].abstract
    assert abstract is None or not abstract.startswith(_R236_TEXT[:60])


# Round 236, after its final held-out figure: TRACE's page, its hero's claim under the byline and the
# placeholder buttons, no 'Abstract' heading, no preprint linked yet.
def _r236_claim_page(extra: str = "", hero: str = "hero") -> str:
    return (
        "<!DOCTYPE html><html><head><title>TRACE: Reading Cables Amid Clutter</title></head><body>"
        f'<header class="{hero}"><p class="hero-kicker">IROS 2026</p>'
        "<h1>TRACE: Reading Cables Amid Clutter</h1>"
        '<div class="hero-meta"><div class="authors"><a href="#">Jane Smith</a>, <a href="#">Alan Roe</a>'
        '</div><div class="header-actions"><span class="btn">Paper soon</span></div></div>'
        f'<p class="hero-claim hero-reveal">{_R236_TEXT}</p></header>'
        f"{extra}<section><h2>The problem</h2><p>Cables look the same.</p></section>"
        '<section><h2>Citation</h2><pre class="bibtex">@inproceedings{trace2026,\n'
        "  title = {TRACE: Reading Cables Amid Clutter},\n  author = {Jane Smith and Alan Roe},\n"
        "  booktitle = {IROS},\n  year = {2026}\n}</pre></section></body></html>"
    )


def _r236_claimed(page: str) -> str | None:
    found = normalise_page(_URL, page)
    return found.papers[0].abstract if found is not None and found.papers else None


def test_r236_the_heros_claim_under_its_byline_is_the_summary():
    assert _r236_claimed(_r236_claim_page()) == _R236_TEXT


def test_r236_the_heros_claim_is_no_summary_where_a_heading_labels_the_abstract():
    page = _r236_claim_page(
        "<section><h2>Abstract</h2><p>We read cables one by one, the abstract.</p></section>"
    )
    assert _r236_claimed(page) != _R236_TEXT


def test_r236_a_claim_outside_a_hero_block_is_no_summary():
    assert _r236_claimed(_r236_claim_page(hero="masthead")) != _R236_TEXT
_ROUND239_POST = "https://lab.example.io/blog/2026/round/"


def _round239_post_meta_post(line: str) -> str:
    # The JKU Institute for Machine Learning's al-folio post on its PINC paper (round 239):
    # header.post-header with h1.post-title and p.post-meta (its day alone), arXiv and code badges under it,
    # a closing 'Citation' with the paper's BibTeX; the <title> the site's name, then the title; no author
    # meta, no byline.
    entry = ("@misc{lee2026round, title={Round Compression of Plasma Data}, author={Ann Lee and Bo Chan}, "
             "year={2026}, eprint={2602.04758}, archivePrefix={arXiv}}")
    body = ('<div class="post"><header class="post-header"><h1 class="post-title">Round Compression of '
            f'Plasma Data</h1><p class="post-meta">{line}</p></header><article class="post-content">'
            '<div><a href="https://github.com/lab/round"><img src="code.svg" alt="code"></a> '
            '<a href="https://arxiv.org/abs/2602.04758"><img src="arxiv.svg" alt="paper"></a></div>'
            "<h2>TL;DR</h2><p>We compress plasma turbulence data by a factor of seventy thousand while "
            "keeping the quantities physicists read off it, with losses that respect the physics of the "
            "data.</p>"
            "<h2>Citation</h2><p>If you found our work useful, please consider citing it.</p>"
            f"<pre>{entry}</pre></article></div>")
    return _project_page(body, head="<title>Institute for Machine Learning | Round Compression of Plasma "
                                    'Data</title><meta name="description" content="Research blog of the '
                                    'Institute.">')


def test_round239_a_post_its_header_dates_under_its_title_is_not_the_papers_page_it_cites():
    read = normalise_page(_ROUND239_POST, _round239_post_meta_post("February 5, 2026"))
    assert read is not None
    paper = read.papers[0]
    assert (paper.title, paper.published) == ("Round Compression of Plasma Data", "2026-02-05")
    assert (paper.authors, paper.arxiv_id) == (None, None)


def test_round239_a_post_meta_line_of_no_day_makes_no_post_of_the_page():
    # A meta line naming people, not a day, is no post's date line: the page is read as before, its badge
    # and entry naming the paper it shows.
    read = normalise_page(_ROUND239_POST, _round239_post_meta_post("Ann Lee, Bo Chan"))
    assert read is not None and read.papers[0].arxiv_id == "2602.04758"


def test_round239_a_post_meta_posts_tldr_section_is_its_summary():
    read = normalise_page(_ROUND239_POST, _round239_post_meta_post("February 5, 2026"))
    assert read is not None
    assert (read.papers[0].abstract or "").startswith("We compress plasma turbulence data by a factor")


def test_round239_a_tldr_of_a_few_words_is_no_summary_of_the_post():
    page = _round239_post_meta_post("February 5, 2026").replace(
        "We compress plasma turbulence data by a factor of seventy thousand while keeping the quantities "
        "physicists read off it, with losses that respect the physics of the data.", "Smaller data.")
    read = normalise_page(_ROUND239_POST, page)
    assert read is not None and read.papers[0].abstract != "Smaller data."
def _pending90_family_first_page(line: str) -> str:
    # Canepa Research's page of the Bedford lab layout (round 235, stop 77): the title an h2, then one
    # paragraph, the authors line and after a ';' the citation, the group's head in <b>; an Abstract heading.
    return ('<!DOCTYPE html><html><head><title>A Method for Reading Scenes from a Few Photographs</title>'
            '</head><body>'
            '<div class="container main"><div class="row"><div class="col-sm-9 col-xs-12">'
            '<h2 class="page-title-paper">\nA Method for Reading Scenes from a Few Photographs\n</h2>'
            f'<p>\n{line}\nJ. Round Chem. A, 10 4960 (2022).\n</p></div></div>'
            '<div class="row"><div class="col-lg-3"><div class="smallhead"><i class="fa fa-file-pdf-o"> '
            'PDF</i></div><a class="off" href="https://example.org/2022/d1ta10228a.pdf">'
            'd1ta10228a.pdf</a></div>'
            '<div class="col-lg-9"><h2 id="abstract">Abstract</h2><p>We present a method that reads a scene '
            'from a few photographs and renders it from any viewpoint, faster than the methods before it and '
            'with fewer artefacts at the edges.</p></div></div></div></body></html>')


def test_pending90_an_authors_line_written_family_name_first_gives_the_names_given_first():
    page = _pending90_family_first_page("Li Y., Prabhu A. M., Choksi T. and <b>Canepa P.</b>;")
    paper = normalise_page("https://www.example.org/papers/li-jmca/", page).papers[0]
    assert paper.title == "A Method for Reading Scenes from a Few Photographs"
    assert paper.authors == ["Y. Li", "A. M. Prabhu", "T. Choksi", "P. Canepa"]


def test_pending90_a_family_comma_given_list_or_a_given_family_list_is_read_as_before():
    url = "https://www.example.org/papers/li-jmca/"
    # Names written whole, given name first: read as they are, not turned.
    plain = _pending90_family_first_page("Yan Li, Anand Prabhu, Tej Choksi and <b>Pieremanuele Canepa</b>;")
    read = set(normalise_page(url, plain).papers[0].authors or [])
    assert not {"Li Yan", "Prabhu Anand", "Choksi Tej"} & read
    # 'Family, Given' at commas, or 'Family Initials.' names with no citation after a ';': no such line.
    for line in ("Li, Y., Prabhu, A. M., Choksi, T. and <b>Canepa, P.</b>;",
                 "Li Y., Prabhu A. M., Choksi T. and <b>Canepa P.</b><br>"):
        authors = normalise_page(url, _pending90_family_first_page(line)).papers[0].authors or []
        assert "Y. Li" not in authors and "P. Canepa" not in authors


def _round237_bracketed_news_page(link: str = "https://arxiv.org/abs/2406.06565",
                                  says: str = "is released!") -> str:
    # MixEval's benchmark page (round 237): the name and its subtitle, a byline, an arXiv button; an h2
    # 'News' over paragraphs set in <b>, each opening with its day in brackets, year first, the paper's
    # release linking its preprint below a later paper's; the entry's year 2024.
    return _project_page(
        '<h1 class="title publication-title">SceneKit: Reading Scenes from a Few Photographs</h1>'
        '<div class="publication-authors"><span class="author-block"><a href="#">Ann Lee</a>,</span>'
        '<span class="author-block"><a href="#">Bo Chan</a></span></div>'
        '<a class="button" href="https://arxiv.org/abs/2406.06565"><span>arXiv</span></a>'
        '<h2 class="title">News</h2><div class="content">'
        '<p><b>\U0001f680[2024-10-20]: SceneKit-X is released! Checkout the '
        '<a href="https://arxiv.org/abs/2410.13754">paper</a>.</b></p>'
        '<p><b>\U0001f525[2024-09-27]: SceneKit is accepted to NeurIPS 2024.</b></p>'
        f'<p><b>\U0001f680[2024-06-05]: <a><b>SceneKit</b></a> {says} Checkout the '
        f'<a href="{link}">Paper</a> '
        'and the leaderboard.</b></p></div>'
        "<h2>BibTeX</h2><pre><code>@article{lee2024scenekit,\n  title={SceneKit: Reading Scenes from a Few "
        "Photographs},\n  author={Lee, Ann and Chan, Bo},\n  journal={arXiv preprint arXiv:2406.06565},\n"
        "  year={2024}\n}</code></pre>",
        head="<title>SceneKit: Reading Scenes from a Few Photographs</title>")


def test_round237_a_news_line_opening_with_its_bracketed_day_that_releases_the_linked_preprint_dates_it():
    assert normalise_page(_URL, _round237_bracketed_news_page()).papers[0].published == "2024-06-05"
    # A line linking another preprint, or one that says no release, dates nothing: the entry's year stays.
    other = _round237_bracketed_news_page(link="https://arxiv.org/abs/2410.13754")
    assert normalise_page(_URL, other).papers[0].published == "2024"
    accepted = _round237_bracketed_news_page(says="is accepted!")
    assert normalise_page(_URL, accepted).papers[0].published == "2024"


def _round237_two_tabs_page(
        description: str = "Reading Scenes from a Few Photographs with Language Models") -> str:
    # KOR-Bench's page (round 237): the h1 of the name in capitals over a headline-cased tagline worded
    # otherwise than the paper's title; the head holding two <title>s (the name, then the whole title), a
    # description meta the title's part after the colon; the byline, an arXiv button, the entry the whole
    # title.
    return _project_page(
        '<h1 class="title is-1 publication-title"><span class="scenekit">SCENEKIT</span></h1>'
        '<h2 class="subtitle is-3 publication-subtitle">A Benchmark for Reading Scenes from Photographs</h2>'
        '<div class="publication-authors"><span class="author-block"><a href="#">Ann Lee</a>,</span>'
        '<span class="author-block"><a href="#">Bo Chan</a></span></div>'
        '<a class="button" href="https://arxiv.org/abs/2410.06526"><span>arXiv</span></a>'
        "<h2>BibTeX</h2><pre><code>@misc{lee2024scenekit,\n  title={SceneKit: Reading Scenes from a Few "
        "Photographs with Language Models},\n  author={Ann Lee and Bo Chan},\n  year={2024},\n"
        "  eprint={2410.06526},\n  archivePrefix={arXiv}\n}</code></pre>",
        head=f'<title>SceneKit</title><meta name="description" content="{description}">'
             "<title> SceneKit: Reading Scenes from a Few Photographs with Language Models</title>")


def test_round237_a_title_a_tab_the_description_and_the_entry_agree_on_is_read_over_the_heros_tagline():
    paper = normalise_page(_URL, _round237_two_tabs_page()).papers[0]
    assert paper.title == "SceneKit: Reading Scenes from a Few Photographs with Language Models"
    # A description that is not the title's rest does not make the second <title> the title.
    paper = normalise_page(_URL, _round237_two_tabs_page(description="A benchmark of scenes.")).papers[0]
    assert paper.title != "SceneKit: Reading Scenes from a Few Photographs with Language Models"


def _round237_cited_code_entry_page(tab: str = "SceneSet - Scenes from Photographs Library",
                                    link: str = "https://arxiv.org/abs/1611.05803") -> str:
    # COOLL's dataset page (round 237): no title meta, no h1, a header of divisions; an h2 'Description' of
    # the dataset; under h2 'References' 'Please cite the following paper:' a link to the preprint and the
    # one entry in a <code> paragraph, its lines parted by <br>.
    return (
        f"<!DOCTYPE html><html><head><title>{tab}</title></head><body>"
        '<header><div class="intro-lead-in">Scenes from Photographs Library dataset</div>'
        '<div class="intro-heading">SceneSet</div>'
        '<div class="intro-lead-in">a Public Dataset of Photographed Scenes for Reading Them</div></header>'
        '<section id="description"><h2>Description</h2><p>The Scenes from Photographs Library (SceneSet) '
        "is a dataset of photographs of scenes taken in June 2016 in our laboratory, forty-two scenes of "
        "twelve kinds "
        "photographed at a high resolution from many sides.</p></section>"
        '<section id="references"><h2>References</h2><h3>Please cite the following paper:<br>'
        f'<a href="{link}">{link}</a><br>Bibtex:<br><div><code><p>'
        "@Article{lee2016sceneset,<br>author ={Lee, Ann and Chan, Bo and Le Dent, Cy-Ann},<br>"
        "title = {{SceneSet}: Scenes from Photographs Library, a Public Dataset of Photographed Scenes},"
        "<br>journal = {arXiv preprint arXiv:1611.05803 [cs.CV]},<br>year = {2016}}</p></code></div></h3>"
        "</section>"
        "</body></html>"
    )


def test_round237_a_datasets_one_cited_entry_in_code_naming_the_linked_preprint_gives_its_record():
    paper = normalise_page(_URL, _round237_cited_code_entry_page()).papers[0]
    assert paper.title == "SceneSet: Scenes from Photographs Library, a Public Dataset of Photographed Scenes"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy-Ann Le Dent"]
    assert paper.published == "2016"
    assert paper.arxiv_id == "1611.05803"
    # The dataset's 'Description' is its own account, not the paper's abstract.
    assert paper.abstract is None


def test_round237_a_cited_entry_the_tab_does_not_open_with_or_whose_preprint_is_unlinked_gives_no_record():
    title = "SceneSet: Scenes from Photographs Library, a Public Dataset of Photographed Scenes"
    for page in (_round237_cited_code_entry_page(tab="Photographs Library"),
                 _round237_cited_code_entry_page(link="https://arxiv.org/abs/1701.00001")):
        found = normalise_page(_URL, page)
        assert not found or not found.papers or found.papers[0].title != title


def _round237_logo_letter_page(tab: str = "SOCCER-Bench", alt: str = "") -> str:
    # SORRY-Bench's page (round 237): the hero's h2 spells the name with a round logo image in place of its
    # 'O', no alt text, the <title> the name alone; a venue line, a byline, a 'Paper' button.
    return _project_page(
        '<div class="container"><h2 class="col-md-12 text-center" id="title"><b style="font-size: 2em;">S'
        f'<img src="images/logo.jpg" style="width: 1em;"{alt}>CCER-Bench</b>:\n'
        "        Systematically Evaluating Football Scene Reading\n      </h2></div>"
        '<ul class="list-inline"><b>ICLR 2025</b></ul>'
        '<ul class="list-inline"><li><a href="#">Ann Lee</a><sup>1</sup></li>'
        '<li><a href="#">Bo Chan</a><sup>2</sup></li></ul>'
        '<a class="button" href="https://arxiv.org/abs/2406.14598"><span>Paper</span></a>',
        head=f"<title>{tab}</title>")


def test_round237_a_heading_whose_logo_image_stands_for_a_letter_of_the_name_is_read_with_the_tabs_name():
    title = normalise_page(_URL, _round237_logo_letter_page()).papers[0].title
    assert title == "SOCCER-Bench: Systematically Evaluating Football Scene Reading"
    # A <title> that names the project otherwise leaves the heading as its text reads.
    title = normalise_page(_URL, _round237_logo_letter_page(tab="Football Scenes")).papers[0].title
    assert title == "SCCER-Bench: Systematically Evaluating Football Scene Reading"


def _round237_title_paragraph_page(tab: str = "SceneQA", opening: str = "papername") -> str:
    # IconQA's page (round 237, held out, after its final figure): no meta, the <title> the name alone, h1s of
    # the sections; under h1 'Paper' a paragraph opening with an element of the title, the names' line, the
    # venue line and a link 'Paper' to the preprint; under 'Citation' the entry, naming no preprint.
    return (
        f"<!DOCTYPE html><html><head><title>{tab}</title></head><body>"
        '<div id="title-wrapper"><p id="title-text">SceneQA</p></div>'
        '<p id="subtitle-text">A New Benchmark for Reading Scenes<br>from Photographs<br><br>'
        "(NeurIPS 2021)</p>"
        "<h1>What is SceneQA?</h1><p>We propose a new challenging benchmark of questions on scenes.</p>"
        f"<h1>Paper</h1><p>\n<{opening}>SceneQA: A New Benchmark for Reading Scenes from Photographs"
        f"</{opening}>"
        "<br>Ann Lee, Bo Chan, Cy Dent<br>The 35th Conference on Neural Information Processing Systems, "
        "2021<br>"
        '<a href="https://arxiv.org/abs/2110.13214">Paper</a> / '
        '<a href="https://example.org/sceneqa.pdf">PDF</a>'
        "</p><h1>Citation</h1><p>If the paper or the dataset inspires you, please cite us:</p>"
        "<pre>@inproceedings{lee2021sceneqa,\n  title = {SceneQA: A New Benchmark for Reading Scenes from "
        "Photographs},\n  author = {Lee, Ann and Chan, Bo and Dent, Cy},\n  booktitle = {NeurIPS},\n"
        "  year = {2021}\n}</pre></body></html>"
    )


def test_round237_a_paragraph_opening_with_the_one_entrys_title_under_the_tabs_name_gives_its_record():
    paper = normalise_page(_URL, _round237_title_paragraph_page()).papers[0]
    assert paper.title == "SceneQA: A New Benchmark for Reading Scenes from Photographs"
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Dent"]
    assert paper.published == "2021"
    assert paper.arxiv_id == "2110.13214"
    # A <title> that is not the entry's name reads no record so.
    found = normalise_page(_URL, _round237_title_paragraph_page(tab="Scene questions"))
    assert not found or not found.papers or found.papers[0].arxiv_id != "2110.13214"


_PENDING92_HUGO_POST = "https://blog.example.io/en/posts/clocks/"


def _pending92_hugo_post_meta_page(meta_line: str) -> str:
    # Stephen Jayakar's Hugo post on Spanner's TrueTime (round 238, pending92): div.post-header holds an h1
    # of no class over div.post-meta, a span of the bare ISO day and the tags beside it; the <title> the
    # title alone; the sidebar's bio names the site's owner, no byline.
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>My Notes on Bounded Clocks</title>'
            '</head><body><aside class="bio"><img src="me.png"><h3>Ann Lee</h3><p>Software Engineer</p>'
            '</aside><article class="post"><div class="post-header"><h1>My Notes on Bounded Clocks</h1>'
            f'<div class="post-meta">{meta_line}</div></div><div class="post-content"><p>Originally '
            "posted elsewhere.</p><p>A clock that states its own uncertainty lets a database order commits "
            "across the world by waiting the uncertainty out before it answers.</p></div></article>"
            "</body></html>")


_PENDING92_TAGS = '<div class="post-tags"><a class="post-tag" href="/tags/tech">tech</a></div>'


def test_pending92_a_hugo_post_headers_h1_over_its_day_span_and_tags_is_the_posts_record():
    read = normalise_page(_PENDING92_HUGO_POST,
                          _pending92_hugo_post_meta_page(f"<span>2023-06-04</span>{_PENDING92_TAGS}"))
    assert read is not None and read.papers
    paper = read.papers[0]
    assert (paper.title, paper.published) == ("My Notes on Bounded Clocks", "2023-06-04")
    assert not paper.authors


def test_pending92_a_hugo_post_meta_line_with_more_than_its_day_and_tags_is_not_read_so():
    # Near misses: a span of a name beside the day, or a byline element beside the tags: not this reading.
    for line in (f"<span>Ann Lee 2023-06-04</span>{_PENDING92_TAGS}",
                 f'<span>2023-06-04</span><div class="byline">Ann Lee</div>{_PENDING92_TAGS}'):
        read = normalise_page(_PENDING92_HUGO_POST, _pending92_hugo_post_meta_page(line))
        assert read is None or not read.papers or read.papers[0].published != "2023-06-04"


_PENDING92_LEAD = ("Our pipeline asks a language model to write rubrics that turn raw records into "
                   "features a small model learns from with few labels.")


def _pending92_lead_statement_page(lead_class: str = "lead-statement", heading: str = "") -> str:
    # LRRL's project page (round 236, held out, pending92): header.hero's container holds the title, byline,
    # affiliations and buttons; the first section after it opens with p.lead-statement, under no heading; no
    # 'Abstract' section, no description meta.
    return ('<!DOCTYPE html><html><head><title>Rubrics Make Representations</title></head><body>'
            '<header class="hero"><div class="container"><div class="site-logo">Rubric Learning</div>'
            '<h1 class="title">Rubrics Make Representations</h1><div class="authors"><span class="author">'
            '<a href="#">Jane Smith</a><sup>1</sup></span><span class="author"><a href="#">Alan Roe</a>'
            '<sup>1</sup></span></div><div class="affiliations"><span><sup>1</sup> Example University</span>'
            '</div><div class="action-buttons"><a href="https://arxiv.org/abs/2603.11679" class="btn">arXiv'
            f'</a></div></div></header><section class="section" id="method"><div class="container">{heading}'
            f'<p class="{lead_class}">{_PENDING92_LEAD}</p><figure><img src="fig.png"><figcaption>Figure 1.'
            '</figcaption></figure></div></section><section><h2>Results</h2><p>Rubrics win on most tasks.'
            "</p></section></body></html>")


def test_pending92_a_lead_statement_opening_the_section_after_the_hero_is_the_summary():
    found = normalise_page(_URL, _pending92_lead_statement_page())
    assert found is not None and found.papers[0].abstract == _PENDING92_LEAD


def test_pending92_a_paragraph_classed_otherwise_or_under_a_heading_is_no_lead_statement():
    for page in (_pending92_lead_statement_page(lead_class="intro"),
                 _pending92_lead_statement_page(heading="<h2>Method</h2>")):
        found = normalise_page(_URL, page)
        assert found is None or not found.papers or found.papers[0].abstract != _PENDING92_LEAD
def _round245_chicago_line_page(line: str) -> str:
    # The MSPS Lab's page of the Bedford lab layout (round 245): the title an h5, then one paragraph, the
    # authors line written as a Chicago-style citation (the first name family first, the others given first,
    # 'and' before the last) and after a ';' the citation with no year; a side box; an Abstract heading.
    return ('<!DOCTYPE html><html><head>'
            '<title>A Self-Powered Flowmeter Driven by a Fluttering Membrane</title></head><body>'
            '<div class="container main"><div class="row"><div class="col-md-12 title-box">'
            '<img src="/images/flowmeter.png" class="paper-img">'
            '<h5 class="page-title-paper">\nA Self-Powered Flowmeter Driven by a Fluttering Membrane\n</h5>'
            f'<p>\n{line}\nRound Sensors 20, no. 3: 729.\n</p></div></div>'
            '<div class="row"><div class="col-md-3"><div class="glyphbox"><h6><i class="fa fa-file-text-o">'
            '</i> PDF</h6><a class="off" href="https://example.org/pdfs/flowmeter.pdf">flowmeter.pdf</a>'
            '<h6><i class="ai ai-doi"></i> DOI</h6><a class="off" href="http://dx.doi.org/10.3390/s20030729">'
            '10.3390/s20030729</a></div></div>'
            '<div class="col-md-9 paper-abstract"><div class="post"><h1>Abstract</h1><p>A self-powered gas '
            'flowmeter is proposed, its membrane fluttering between two electrodes at a frequency that grows '
            'with the flow, measured with little loss of pressure.</p></div></div></div></div></body></html>')


def test_round245_an_authors_line_written_as_a_chicago_citation_gives_its_names_given_first():
    page = _round245_chicago_line_page(
        "Phan, Trung K., Song Wang, Yan Wang, Xinxiang Pan, Minyi Xu, and Jianchun Mi;")
    paper = normalise_page("https://www.example.cn/papers/flowmeter/", page).papers[0]
    assert paper.title == "A Self-Powered Flowmeter Driven by a Fluttering Membrane"
    assert paper.authors == ["Trung K. Phan", "Song Wang", "Yan Wang", "Xinxiang Pan", "Minyi Xu",
                             "Jianchun Mi"]


def test_round245_a_family_comma_given_list_or_a_line_with_no_and_is_no_chicago_citation():
    url = "https://www.example.cn/papers/flowmeter/"
    # 'Family, Given' pairs throughout, or names at commas with no 'and' before the last, or no ';' before a
    # citation: not read as a Chicago-style line ('Trung K. Phan' is not made of them).
    for line in ("Phan, Trung K., Wang, Song, Xu, Minyi, and Mi, Jianchun;",
                 "Phan, Trung K., Song Wang, Minyi Xu, Jianchun Mi;",
                 "Phan, Trung K., Song Wang, Minyi Xu, and Jianchun Mi<br>"):
        found = normalise_page(url, _round245_chicago_line_page(line))
        authors = (found.papers[0].authors or []) if found and found.papers else []
        assert "Trung K. Phan" not in authors



_PENDING93_AWARD = ('<p><b>💥 <a href="https://news.example.com/top-papers">Weekly Prize</a></b> (by a '
                    'newsletter).</p>')
_PENDING93_SUMMARY = ('Discover <span class="fancy">Lantern</span>, our framework that composes tools for a '
                      'language model. By planning which tools to call and running them in turn, '
                      '<span class="fancy">Lantern</span> answers questions more accurately.')


def _pending93_news_after_the_byline_page(news: str, award: str = _PENDING93_AWARD,
                                          under_the_teaser: str = "") -> str:
    # Chameleon's page (round 216): the title an h2 in a head block, a paragraph of linked names with their
    # <sup> marks and the affiliations' line after a <br>, then a news line opening with an emoji and an award
    # line whose link reads like two capitalised words, then the buttons; a block of the teaser's image and
    # caption; then a block opening with bare text, line breaks and the first section's heading.
    return ('<!DOCTYPE html><html><head><title>Lantern: Compositional Reasoning with Tools</title></head>'
            '<body><div class="container"><div class="myhead">'
            '<h2><span class="fancy">Lantern</span>: Compositional Reasoning with Tools</h2>'
            '<p><a href="https://a.example.org/">Ana Lopez</a><sup>1</sup>, '
            '<a href="https://b.example.org/">Bruno Marek</a><sup>2</sup>, '
            '<a href="https://c.example.org/">Chen Wei</a><sup>1</sup><br>'
            '<sup>1</sup>University of Somewhere &nbsp; <sup>2</sup> Some Research Lab</p>'
            f'{news}{award}'
            '<a class="btn btn-primary" href="https://arxiv.org/abs/2304.09842" role="button">📝 Paper</a>'
            '</div><div style="text-align: center;"><img src="./images/example.png" width="80%">'
            '<p style="color:gray;">Examples from our system on a question answering benchmark.</p></div>'
            f'<div class="col-md-12">\n{under_the_teaser}\n<!-- <p>An older draft.</p> --><br><br>'
            '<h3>Significant improvements are observed</h3><p>Results on two benchmarks follow.</p></div>'
            '</div></body></html>')


def test_pending93_an_emoji_led_news_line_after_the_byline_ends_it():
    for news in ('<p><b>💥 Accepted to NeurIPS 2023.</b></p>', '<p>Accepted to NeurIPS 2023.</p>', ''):
        found = normalise_page("https://lantern.example.io/", _pending93_news_after_the_byline_page(news))
        assert found is not None and found.papers[0].authors == ["Ana Lopez", "Bruno Marek", "Chen Wei"]


def test_pending93_a_second_paragraph_of_names_after_the_first_is_still_the_bylines():
    # A near miss: the line after the first paragraph of names is more names (no emoji, no news): read on.
    more = '<p><a href="https://d.example.org/">Dora Novak</a><sup>2</sup></p>'
    page = _pending93_news_after_the_byline_page(more, award="")
    found = normalise_page("https://lantern.example.io/", page)
    assert found is not None and found.papers[0].authors == ["Ana Lopez", "Bruno Marek", "Chen Wei",
                                                             "Dora Novak"]


def test_pending93_one_paragraph_set_apart_under_the_teaser_is_the_summary():
    page = _pending93_news_after_the_byline_page("", under_the_teaser=_PENDING93_SUMMARY)
    found = normalise_page("https://lantern.example.io/", page)
    assert found is not None and (found.papers[0].abstract or "").startswith(
        "Discover Lantern, our framework that composes tools")


def test_pending93_paragraphs_under_the_teaser_or_prose_after_it_are_no_summary_set_apart():
    for under in (f"<p>{_PENDING93_SUMMARY}</p><p>{_PENDING93_SUMMARY}</p>",  # an introduction's paragraphs
                  f"{_PENDING93_SUMMARY}<br>More words follow before the heading.",  # not alone
                  "Discover Lantern, a framework."):  # one sentence, a caption's
        found = normalise_page("https://lantern.example.io/",
                               _pending93_news_after_the_byline_page("", under_the_teaser=under))
        assert found is not None and not (found.papers[0].abstract or "").startswith("Discover Lantern")


def _pending93_bedford_block_page(block: str) -> str:
    # NuQLO's page of one paper in the Bedford lab layout (round 245): div.title over div.smallhead, its names
    # written 'Family Initials.' at commas, then the year and the venue on lines of their own; a DOI box, an
    # Abstract heading.
    return ('<!DOCTYPE html><html><head><title>Optical circuits for photonic devices</title></head><body>'
            '<div class="container"><div class="row"><div class="col-md-12">'
            '<div class="title">\n\t\t\t\tOptical Circuits for Photonic Devices\n\t\t\t</div>\n\t\t\t<p>'
            f'<div class="smallhead">{block}</div></div></div></div>'
            '<div class="row"><div class="col-md-3"><div class="smallhead">DOI</div><div class="note">'
            '<a class="off" href="https://doi.org/10.1109/NANO.2023.1234567">10.1109/NANO.2023.1234567'
            '</a></div></div><div class="col-md-9"><h1>Abstract</h1><p>We provide and discuss examples of '
            'optical circuits that simulate the behaviour of photonic devices, built from a few gates.'
            '</p></div></div></body></html>')


def test_pending93_family_first_names_over_a_year_and_a_venue_on_lines_of_their_own_are_the_byline():
    page = _pending93_bedford_block_page(
        "\n\t\t\t\tSilva G., Amaral G., Guerra T.,\n\t\t\t\t2023.\n\t\t\t\tIEEE\n\t\t\t")
    paper = normalise_page("https://lab.example.io/papers/silva-ieee/", page).papers[0]
    assert paper.authors == ["G. Silva", "G. Amaral", "T. Guerra"]
    assert paper.published == "2023"


def test_pending93_a_block_without_its_year_line_or_of_names_given_first_is_not_read_so():
    url = "https://lab.example.io/papers/silva-ieee/"
    for block in ("\n\t\t\t\tSilva G., Amaral G., Guerra T.,\n\t\t\t\tIEEE\n\t\t\t",  # no year line
                  "\n\t\t\t\tSilva G., Amaral G., Guerra T.,\n\t\t\t\t2023.\n\t\t\t\tIEEE 2023\n\t\t\t"):
        found = normalise_page(url, _pending93_bedford_block_page(block))
        paper = found.papers[0] if found and found.papers else None
        assert paper is None or (paper.authors or []) != ["G. Silva", "G. Amaral", "T. Guerra"]
# Round 246: CKA-Agent's anonymous project page: a tag row classed as a date over the h1, a paragraph classed
# as the abstract under it, an anonymous byline, its meta title the project's name and the first part of the
# title, and its own entry naming its preprint in a 'Citation' block.
_R246_TEXT = (
    "We introduce a framework that reads sworn testimony as a tree of small questions, each harmless alone, "
    "and finds the contradictions that a single long question would never bring out."
)


def _r246_page(date_class: str = "date", tag: str = "March 2025", abstract_class: str = "article-abstract",
               entry_title: str = "The Quiet Witness: Reading Testimony with Tree Search") -> str:
    return (
        "<!DOCTYPE html><html><head><title>RVX-Agent: The Quiet Witness</title>"
        '<meta property="og:title" content="RVX-Agent: The Quiet Witness">'
        '<meta property="og:type" content="website">'
        '<meta name="author" content="RVX-Agent Research Team"></head><body><main><article>'
        '<div class="article-header"><div class="banner">A note on the examples.</div>'
        f'<div class="date-tag"><span class="{date_class}">{tag}</span>'
        '<span class="tag">ICML 2026 Submission</span></div>'
        '<h1 class="article-title">The Quiet Witness: Reading Testimony with Tree Search</h1>'
        f'<p class="{abstract_class}">{_R246_TEXT}</p>'
        '<div class="project-links"><a href="#">Paper (Coming Soon)</a></div>'
        '<div class="authors-section"><div class="authors-title">AUTHORS</div>'
        '<span class="author">Anonymous Authors</span></div></div>'
        "<section><h2>How it works</h2><p>It asks, then asks again.</p></section>"
        "<section><h2>Citation</h2><pre><code>@misc{smith2025quiet,\n"
        f"  title={{{entry_title}}},\n"
        "  author={Jane Smith and Alan Roe},\n  year={2025},\n  eprint={2503.01234},\n"
        "  archivePrefix={arXiv},\n  url={https://arxiv.org/abs/2503.01234},\n}</code></pre></section>"
        "</article></main></body></html>"
    )


def _r246_paper(**kwargs: str):
    found = normalise_page(_URL, _r246_page(**kwargs))
    return found.papers[0] if found and found.papers else None


def test_r246_a_paragraph_classed_as_the_abstract_in_a_compound_word_is_the_abstract():
    paper = _r246_paper()
    assert paper is not None and paper.abstract is not None and paper.abstract.startswith(_R246_TEXT[:60])
    assert paper.authors == ["Jane Smith", "Alan Roe"]
    assert paper.arxiv_id == "2503.01234"


def test_r246_a_paragraph_of_another_class_is_no_abstract():
    paper = _r246_paper(abstract_class="article-lede")
    assert paper is None or paper.abstract is None or not paper.abstract.startswith(_R246_TEXT[:60])


def test_r246_the_h1_its_own_entry_titles_is_the_title_over_a_meta_title_of_the_name_and_its_first_part():
    paper = _r246_paper()
    assert paper is not None and paper.title == "The Quiet Witness: Reading Testimony with Tree Search"


def test_r246_the_meta_title_stays_where_the_entry_titles_another_paper():
    paper = _r246_paper(entry_title="A Louder Witness: Another Paper Altogether")
    assert paper is None or paper.title != "The Quiet Witness: Reading Testimony with Tree Search"


def test_r246_the_month_a_date_tag_over_the_heading_shows_in_the_entrys_year_dates_the_paper():
    paper = _r246_paper()
    assert paper is not None and paper.published == "2025-03"


def test_r246_a_date_tag_of_another_year_leaves_the_entrys_year():
    paper = _r246_paper(tag="March 2024")
    assert paper is not None and paper.published == "2025"
def _round247_bare_unit_page(last: str = '<span class="author-block"><a href="#">Cy Diaz</a></span>') -> str:
    # ECHO's benchmark page (round 247): a Nerfies byline of span.author-block units around links, one unit
    # holding its name bare between two linked ones; the abstract under its h2.
    return _project_page(
        '<h1 class="title publication-title">Reading Scenes from a Few Photographs</h1>'
        '<div class="publication-authors">'
        '<span class="author-block"><a href="#">Ann Lee</a><sup>*</sup></span>'
        '<span class="author-block"><a href="#">Bo Chan</a></span>'
        '<span class="author-block">\n  Dee Evans\n</span>'
        f"{last}</div>"
        '<a class="button" href="https://arxiv.org/abs/2410.06526"><span>arXiv</span></a>' + _ABSTRACT,
        head="<title>SceneKit</title>")


def test_round247_a_bare_byline_unit_between_two_linked_units_of_its_class_is_a_name():
    paper = normalise_page(_URL, _round247_bare_unit_page()).papers[0]
    assert paper.authors == ["Ann Lee", "Bo Chan", "Dee Evans", "Cy Diaz"]


def test_round247_a_bare_unit_closing_the_row_after_the_linked_ones_is_not_read_so():
    # Guard: with no linked unit after it, the bare unit is not read by this rule (it may be a place).
    paper = normalise_page(_URL, _round247_bare_unit_page(last="")).papers[0]
    assert "Dee Evans" not in (paper.authors or [])


def _round247_heading_byline_page(byline: str | None = None, about: str = "📖 About") -> str:
    # GraphRAG-Bench's page (round 247): the h1 alone in a div, then an h3 holding a paragraph of names each
    # with its <sup> marks, affiliations, a Paper button to the preprint; a News paragraph '[day] We introduce
    # <a>Name</a>, …' linking the preprint; the paper's summary under an h2 'About'; the entry's year 2025.
    byline = byline if byline is not None else (
        '<p>Ann Lee<sup>† 1</sup>, Bo Chan<sup>† 1</sup>, Cy Diaz<sup>* 1</sup>,<br>Dee Evans<sup>2</sup>,'
        'Eli Fisher<sup>2</sup>, Fay Gomez<sup>2</sup>,Gus Hall<sup>* 1</sup><br>')
    return _project_page(
        '<section><div class="title-wrapper"><div class="title-container">'
        "<h1>When to Read Scenes: A Comprehensive Analysis of Photograph Reading</h1></div>"
        f'<h3 style="text-align: center">{byline}</h3>'
        "<p><sup>1</sup>Lake University <sup>2</sup>Hill Polytechnic<br>"
        "<sup>†</sup>Equal contribution, <sup>*</sup>Corresponding author</p>"
        '<div><a href="https://arxiv.org/abs/2506.05690"><button>Paper</button></a></div></div></section>'
        '<h2>🎉 News</h2><p><b>[2025-06-06]</b> We introduce <a href="https://arxiv.org/abs/2506.05690">'
        "SceneBench</a>, a comprehensive benchmark for reading scenes.</p>"
        "<p><b>[2025-05-14]</b> We release the SceneBench <a href=\"https://huggingface.co/datasets/x/y\">"
        "dataset</a>.</p>"
        f"<h2>{about}</h2><p>Scene reading has emerged as a powerful paradigm for models of photographs, yet "
        "recent studies report that it often underperforms simple baselines on many tasks. To address this, "
        "we propose SceneBench, a comprehensive benchmark designed to evaluate scene readers on retrieval "
        "and reasoning, covering fact retrieval, complex reasoning, contextual summaries and creative "
        "generation, "
        "with a systematic evaluation across the whole pipeline, from construction to generation, and we "
        "investigate the conditions when scene reading surpasses the baselines and why, offering guidelines "
        "for its practical application in many settings and across many kinds of photographs and scenes "
        "that people meet in their daily lives and work, at home, at school, in the street, in shops and "
        "in the many other places where photographs are taken and read by people and by models.</p>"
        "<h2>Citation</h2><pre><code>@article{lee2025when,\n  title={When to read Scenes: A Comprehensive "
        "Analysis of Photograph Reading},\n  author={Lee, Ann and Chan, Bo and Diaz, Cy and Evans, Dee},\n"
        "  journal={arXiv preprint arXiv:2506.05690},\n  year={2025}\n}</code></pre>",
        head="<title>SceneBench</title>")


def test_round247_a_byline_of_marked_names_set_in_a_heading_under_the_title_is_read_as_the_byline():
    paper = normalise_page(_URL, _round247_heading_byline_page()).papers[0]
    assert paper.title == "When to Read Scenes: A Comprehensive Analysis of Photograph Reading"
    assert paper.authors == [
        "Ann Lee", "Bo Chan", "Cy Diaz", "Dee Evans", "Eli Fisher", "Fay Gomez", "Gus Hall"]
    assert paper.arxiv_id == "2506.05690"
    # …and the heading of names is no standfirst, and an 'About' section's summary is the benchmark's lead.
    assert paper.abstract is None


def test_round247_a_heading_of_unmarked_words_under_the_title_still_ends_its_byline():
    # Guard: a heading with no marked name opening it is no byline; one sentence with a footnote mark is no
    # block of marked names.
    page = _round247_heading_byline_page(
        byline="A comprehensive analysis of when scene readers help<sup>1</sup>")
    papers = normalise_page(_URL, page).papers
    assert not papers or "A comprehensive" not in " ".join(papers[0].authors or [])


def test_round247_a_news_line_opening_with_its_day_in_which_we_introduce_the_linked_preprint_dates_it():
    assert normalise_page(_URL, _round247_heading_byline_page()).papers[0].published == "2025-06-06"


def test_round247_a_news_line_introducing_the_work_without_its_preprints_link_dates_nothing():
    page = _round247_heading_byline_page().replace(
        '<a href="https://arxiv.org/abs/2506.05690">SceneBench</a>', "SceneBench")
    assert normalise_page(_URL, page).papers[0].published == "2025"


def test_round247_a_section_headed_about_the_benchmark_is_its_lead_and_other_headings_are_not():
    page = _round247_heading_byline_page(about="About the Benchmark")
    assert normalise_page(_URL, page).papers[0].abstract is None
    # Guard: the same paragraph under a heading of another kind is still read as the unlabelled abstract.
    page = _round247_heading_byline_page(about="What SceneBench Asks")
    assert (normalise_page(_URL, page).papers[0].abstract or "").startswith("Scene reading has emerged")


def _pending95_venue_hero_page(byline: str, venue: str = "ICML 2026") -> str:
    # The Proactive Defense Benchmark's home page (round 247, held out, pending95): no meta but the <title>
    # and og:title, which name the site otherwise than the h1; the hero's venue link right above the h1,
    # whose two lines (the first in a span) are one title; the buttons, then p.hero-authors with marks.
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8" /><title>Watermark Defense — '
            'Benchmark of Image Watermarks</title><meta property="og:title" content="Watermark Defense — '
            'Benchmark of Image Watermarks" /><meta property="og:type" content="website" /></head><body>'
            '<header class="nav"><a href="#about">About</a><a href="#leaderboards">Leaderboards</a></header>'
            '<section class="hero" id="top"><div class="hero-grid"><div class="hero-content"><a '
            f'href="https://icml.cc/Conferences/2026" class="hero-venue"><img src="logo.svg" alt="{venue}" />'
            f'<span class="hero-venue-text">{venue}</span></a><h1 class="hero-title"><span '
            'class="hero-accent">Robust Watermark Benchmark</span><br>\n against Image Editing</h1><div '
            'class="hero-actions"><a '
            'href="#leaderboards" class="btn">View Leaderboards</a><a href="https://icml.cc/virtual/2026/poster/1"'
            ' class="btn">Read the Paper</a></div>'
            f'<p class="hero-authors">{byline}</p></div></div></section><section class="section" id="about">'
            '<h2>About the Benchmark</h2><p>Watermarks are meant to survive editing, yet no common protocol '
            'tells how well they do; we set one out and measure seven methods against eight editors.</p>'
            '</section><footer><p>© 2026 Safe Lab</p></footer></body></html>')


def test_pending95_a_heroes_h1_under_its_venue_link_over_its_classed_byline_is_the_papers_record():
    read = normalise_page(_URL, _pending95_venue_hero_page(
        "Ann Lee<sup>*</sup>, Bo Chen<sup>*</sup>, Jae-yun Kim,\n Carla Diaz<sup>†</sup>, "
        "Dan Park<sup>†</sup>"))
    assert read is not None and read.papers
    paper = read.papers[0]
    assert paper.title == "Robust Watermark Benchmark against Image Editing"
    assert paper.authors == ["Ann Lee", "Bo Chen", "Jae-yun Kim", "Carla Diaz", "Dan Park"]
    assert paper.published == "2026"


def test_pending95_a_venue_heroes_line_of_words_not_names_or_no_venue_link_is_not_read_so():
    # Near misses: the classed line a list of the benchmark's metrics, single words with marks on them or
    # lower-case phrases; a link above the h1 that names no venue and year: no record of this reading.
    for page in (_pending95_venue_hero_page("Pixel<sup>*</sup>, Perceptual, Identity<sup>†</sup>"),
                 _pending95_venue_hero_page("pixel-level fidelity, perceptual fidelity, identity disruption"),
                 _pending95_venue_hero_page("Ann Lee<sup>*</sup>, Bo Chen, Dan Park", venue="Home")):
        read = normalise_page(_URL, page)
        assert read is None or not read.papers or (
            read.papers[0].title != "Robust Watermark Benchmark against Image Editing"
            or read.papers[0].published != "2026")


# Round 256: a hand-written project page whose links are set in brackets ('[ arXiv ] [ Code ]'), whose only
# summary is a 'TL;DR' and whose one long paragraph saying 'this work' is the thanks under 'Acknowledgments';
# and a template byline closed by a line of news of the paper's presentation, the venue a link.
_R256_TLDR = (
    "Search over many sampled answers pays off only if the answers differ, yet the usual training makes them "
    "alike; we train the model to give a spread of answers instead, each best for another weighting."
)
_R256_THANKS = " ".join(
    ["The authors thank the members of the lab for their comments on drafts of this work and its figures."]
    + ["We also thank the reviewers, whose questions made the experiments clearer and the text shorter."] * 8
    + ["This work was supported by a grant of the foundation and by computing time at the centre."])


def _r256_bracketed_page(row: str = "[ <a href=\"https://arxiv.org/abs/2605.01234\">arXiv</a> ] "
                                    "[ <a href=\"https://github.com/ann/spread\">Code</a> ] "
                                    "[ <a href=\"#bibtex\">BibTeX</a> ]",
                         thanks_heading: str = "Acknowledgments") -> str:
    return (
        "<!DOCTYPE html><html><head><title>Spread Training</title></head><body>"
        '<header class="paper"><h1>Spread Training</h1>'
        '<p class="subtitle">Training for Diversity Helps Search</p>'
        '<p class="authors">Ann Lee<sup>1</sup>, Bo Chen<sup>2</sup>, Carla Diaz<sup>1,2</sup></p>'
        '<p class="affil"><sup>1</sup>A Lab &nbsp; <sup>2</sup>B University</p>'
        f'<p class="links">{row}</p></header>'
        f"<h2>TL;DR</h2><p>{_R256_TLDR}</p>"
        "<h2>1. The problem</h2><p>Answers collapse onto one.</p>"
        f"<h2>{thanks_heading}</h2><p>{_R256_THANKS}</p>"
        '<h2 id="bibtex">BibTeX</h2><pre><code>@misc{lee2026spread,\n'
        "  title={Spread Training: Training for Diversity Helps Search},\n"
        "  author={Ann Lee and Bo Chen and Carla Diaz},\n  year={2026},\n}</code></pre></body></html>"
    )


def _r256_paper(page: str):
    found = normalise_page(_URL, page)
    return found.papers[0] if found and found.papers else None


def test_r256_a_row_of_bracketed_links_is_a_row_of_buttons_naming_the_paper():
    paper = _r256_paper(_r256_bracketed_page())
    assert paper is not None and paper.arxiv_id == "2605.01234"
    assert paper.authors == ["Ann Lee", "Bo Chen", "Carla Diaz"]


def test_r256_a_paragraph_of_prose_around_a_bracketed_link_names_no_paper_of_the_page():
    # Near miss: the link sits in a sentence with words of its own, a cited paper's link.
    paper = _r256_paper(_r256_bracketed_page(
        row='We build on the method of [ <a href="https://arxiv.org/abs/2605.01234">arXiv</a> ] '
            'from last year.'))
    assert paper is None or paper.arxiv_id != "2605.01234"


_R256_PLAIN_ROW = ('<a href="https://arxiv.org/abs/2605.01234">arXiv</a> '
                   '<a href="https://github.com/ann/spread">Code</a>')


def test_r256_the_acknowledgements_paragraph_is_no_abstract_the_tldr_is():
    paper = _r256_paper(_r256_bracketed_page(row=_R256_PLAIN_ROW))
    assert paper is not None and paper.abstract is not None
    assert paper.abstract.startswith(_R256_TLDR[:60])


def test_r256_a_long_paragraph_under_another_heading_is_still_read_as_the_unlabelled_abstract():
    # Near miss: a heading that only opens with the word ('Acknowledging noise') names no thanks.
    paper = _r256_paper(_r256_bracketed_page(
        row=_R256_PLAIN_ROW, thanks_heading="Acknowledging noise in the rewards"))
    assert paper is not None and paper.abstract is not None
    assert paper.abstract.startswith(_R256_THANKS[:60])


def _r256_template_page(news: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Conductor: Composing Robot Modules</title></head><body>"
        '<section class="hero"><div class="hero-body"><div class="container has-text-centered">'
        '<h1 class="title is-1 publication-title">Conductor: Composing Robot Modules</h1>'
        '<div class="is-size-5 publication-authors">'
        '<span class="author-block"><a href="https://ann.example.org/">Ann Lee</a>*,</span>'
        '<span class="author-block"><a href="https://bo.example.org/">Bo Chen</a>*,</span>'
        '<span class="author-block"><a href="https://dan.example.org/">Dan Park</a></span></div>'
        '<div class="is-size-5 publication-authors"><span class="author-block">* denotes equal contribution'
        "</span></div>"
        '<div class="is-size-4 publication-authors"><span class="author-block">A University</span></div>'
        f'<div class="is-size-5 publication-authors"><span class="author-block">{news}</span></div>'
        '<div class="publication-links"><a class="button" href="./static/paper.pdf"><span>Paper</span></a>'
        "</div></div></div></section>"
        '<section class="section"><h2 class="title">Abstract</h2><p>We compose a robot policy from modules a '
        "language model writes code against, and find it generalises to new tasks with no robot data.</p>"
        "</section></body></html>"
    )


def test_r256_a_line_of_news_of_the_papers_presentation_ends_the_byline():
    paper = _r256_paper(_r256_template_page(
        'Also <strong>Oral Presentation</strong>✨ at '
        '<a href="https://w.example.org/">Robot Arena Workshop</a>, 2025'))
    assert paper is not None and paper.authors == ["Ann Lee", "Bo Chen", "Dan Park"]


def test_r256_a_line_that_gives_no_presentation_news_is_not_read_as_such():
    # Near miss: a line of another kind after the names (no presentation, no year): not read as news.
    paper = _r256_paper(_r256_template_page('Also with <a href="https://carla.example.org/">Carla Diaz</a>'))
    assert paper is not None and paper.authors[:3] == ["Ann Lee", "Bo Chen", "Dan Park"]
    assert "Robot Arena Workshop" not in paper.authors


# Round 256, after its final held-out figure: a Bootstrap page's venue line naming the meeting in words, a
# comma before the year, in an h4 between the h2 title and the byline; and a template page's 'TL;DR' label
# set as a span opening the box's paragraph, a side menu's link 'TL;DR' before it.
def _r256_venue_page(venue: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Rewards From Within</title></head><body>"
        '<div class="container"><div class="row"><h2 class="col-md-12 text-center"><br>'
        "<b>Rewards From Within the Policy</b></h2><br>"
        f'<h4 class="text-center">{venue}</h4></div>'
        '<div class="row"><ul class="list-inline">'
        '<li><a href="https://ann.example.org/">Ann Lee*</a></li> '
        '<li><a href="https://bo.example.org/">Bo Chen*</a></li> '
        '<li><a href="https://dan.example.org/">Dan Park</a></li><br>* Equal contribution</ul></div>'
        '<div class="row"><ul class="nav nav-pills"><li><a href="https://arxiv.org/abs/2302.01234">'
        "<h4><strong>Paper</strong></h4></a></li></ul></div>"
        "<h3>Abstract</h3><p>We study learning problems whose rewards come from a discriminator trained with "
        "the policy, and propose a reward function that keeps training stable.</p></div></body></html>"
    )


def test_r256_after_a_meetings_name_in_words_a_comma_before_its_year_is_a_venue_heading():
    paper = _r256_paper(_r256_venue_page("International Conference on Machine Learning (ICML), 2023"))
    assert paper is not None and paper.title == "Rewards From Within the Policy"
    assert paper.authors == ["Ann Lee", "Bo Chen", "Dan Park"]
    assert paper.published == "2023"


def test_r256_a_groups_name_and_a_year_is_no_venue_line():
    # Near miss: a line naming no meeting (a group, its acronym and a year) is not read as the paper's venue.
    paper = _r256_paper(_r256_venue_page("Hamburg Robotics Group (HRG), 2023"))
    assert paper is None or paper.published != "2023"


_R256_TLDR_SENTENCE = ("We propose <strong>optimizing the prompt inputs</strong> of generalist robot "
                       "policies with reinforcement learning, enabling adaptation on long-horizon tasks.")


def _r256_tldr_page(sentence: str = _R256_TLDR_SENTENCE) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Prompt Steering</title></head><body>"
        '<nav class="side-nav"><ul><li><a href="#tldr"><span class="nav-label">TL;DR</span></a></li>'
        '<li><a href="#method"><span class="nav-label">Method</span></a></li></ul></nav>'
        '<section class="hero"><div class="hero-body"><h1 class="title is-1 publication-title">Prompt '
        "Steering<br>for Robot Policies</h1>"
        '<div class="is-size-5 publication-authors">'
        '<span class="author-block"><a href="https://a.example.org/">Ann Lee</a>,</span>'
        '<span class="author-block"><a href="https://b.example.org/">Bo Chen</a></span></div>'
        '<div class="publication-links"><a class="button" href="https://arxiv.org/abs/2606.01234">'
        "<span>Paper</span></a></div></div></section>"
        '<section class="hero teaser" id="tldr"><div class="tldr"><p><span class="tldr-label">TL;DR</span>'
        f"<!-- an older wording --> {sentence}</p></div></section>"
        '<section id="method"><h2>Method</h2><p>Steps.</p></section></body></html>'
    )


def test_r256_a_tldr_label_opening_its_paragraph_past_a_side_menus_link_reads_the_paragraphs_rest():
    paper = _r256_paper(_r256_tldr_page())
    assert paper is not None and paper.abstract is not None
    assert paper.abstract.startswith("We propose optimizing the prompt inputs of generalist robot policies")


def test_r256_a_tldr_label_over_a_few_words_is_no_abstract():
    # Near miss: the label opens a paragraph of a few words, shorter than any summary.
    paper = _r256_paper(_r256_tldr_page(sentence="Coming soon."))
    assert paper is None or not (paper.abstract or "").startswith("Coming soon")
def _pending96_cut_tab_hero(tab: str = "ROUNDER: Trimming the Round Tail of World", row: str = "") -> str:
    # A benchmark's hand-written Tailwind home page (TAILOR's, round 247): no meta; the <title> the name, a
    # colon and the title's opening words cut short; the one h1 the whole title, a word of it in a span
    # beside a histogram of empty spans, a <br> inside; right under it a div of spans, each a link to '#'
    # of one name broken over two lines and its affiliation's <sup>; the affiliations, the Paper, Code and
    # Dataset buttons all '#', no date, an empty BibTeX block.
    names = row or "".join(
        f'<span class="font-medium"><a href="#">{given}\n                {family}</a><sup>{mark}</sup></span>'
        for given, family, mark in (("Ann", "Roundley", 1), ("Bo", "Circleson", 2), ("Cy", "Sphere", 1)))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{tab}</title></head><body>'
            '<header class="site-header"><nav><a href="#overview">Overview</a><a href="#citation">Citation'
            '</a></nav></header><main><div class="text-center mb-12"><h1 class="hero-title gradient-text">'
            'Trimming the <span class="round-word"><span class="round-histogram" aria-hidden="true"><span '
            'class="round-bar"></span><span class="round-bar"></span></span><span class="tail-core">Round '
            'Tail</span></span> of <br class="hidden sm:block" />World Modeling in Visual Generation</h1>'
            f'<div class="text-lg mb-6 flex">{names}</div><div class="text-lg text-gray-500"><p><sup>1</sup> '
            'University of Roundness <sup>2</sup> Circle Institute</p></div><div class="flex"><a href="#" '
            'class="paper-button">Paper</a><a href="#" class="paper-button">Code</a></div></div>'
            '<section id="overview"><h2>Introduction</h2><p>World models roll well on common scenes and '
            'badly on rare ones; ROUNDER is a benchmark of the rare ones.</p></section><section '
            'id="citation"><h2>Citation</h2><pre id="bibtex"></pre></section></main></body></html>')


def test_pending96_a_heroes_h1_under_a_tab_of_its_name_and_cut_title_over_a_row_of_names_is_the_papers():
    # TAILOR's page (round 247, held out; pending96): the h1 as shown the title, the row's names the
    # authors (their marks dropped), no date.
    paper = normalise_page(_URL, _pending96_cut_tab_hero()).papers[0]
    assert paper.title == "Trimming the Round Tail of World Modeling in Visual Generation"
    assert paper.authors == ["Ann Roundley", "Bo Circleson", "Cy Sphere"]
    assert paper.published is None


def test_pending96_a_tab_of_other_words_or_a_row_of_no_names_under_the_h1_is_not_read_so():
    from papershelf.normalise.cut_tab_heroes import paper_its_hero_under_a_cut_tab_shows
    from papershelf.normalise.html_meta import parse_page

    # The <title> another title, or the whole h1 (no cut): not this reading.
    for tab in ("ROUNDER: A Benchmark of Round Things", "Trimming the Round Tail of World",
                "ROUNDER: Trimming the Round Tail of World Modeling in Visual Generation"):
        assert paper_its_hero_under_a_cut_tab_shows(parse_page(_pending96_cut_tab_hero(tab=tab))) is None
    # A row of topic links, or of names among other words.
    topics = '<a href="#">Long Tails</a><sup>1</sup> <a href="#">world models</a>'
    worded = ('Written by <a href="#">Ann Roundley</a><sup>1</sup> and <a href="#">Bo Circleson</a>'
              '<sup>2</sup>')
    for row in (topics, worded):
        assert paper_its_hero_under_a_cut_tab_shows(parse_page(_pending96_cut_tab_hero(row=row))) is None
def _round257_spaced_byline_page(byline: str | None = None, entry_title: str | None = None,
                                 h1: str = "Lost in Rooms: Consistency Errors in Long Floor Plan Generation",
                                 subtitle: str = "") -> str:
    # ConStory-Bench's home page (round 257), cut down: the <title> and og:title the site's name and tagline,
    # an h1 other words, p.hero-authors of bare names each with its <sup>, parted by '&nbsp;' alone, the
    # Paper button to arXiv, an 'Overview' lead and the page's own entry in a 'Citation' block.
    byline = byline if byline is not None else (
        "Ann Lee<sup>1</sup> &nbsp; Bo Chan<sup>1</sup> &nbsp; Cy Diaz<sup>2</sup> &nbsp; "
        "Dee Evans<sup>1</sup>")
    entry_title = entry_title if entry_title is not None else h1
    return _project_page(
        f'<h1 class="hero-title">{h1}</h1>{subtitle}'
        f'<div class="hero-meta"><p class="hero-authors">\n   {byline}\n  </p>'
        '<p class="hero-affiliations"><sup>1</sup> Example University</p>'
        '<p class="hero-affiliations"><sup>2</sup> Another Institute</p></div>'
        '<div class="hero-links"><a href="https://arxiv.org/abs/2603.05890" class="hero-btn">Paper</a>'
        '<a href="https://github.com/example/roombench" class="hero-btn">GitHub</a></div>'
        '<h2>1. Overview</h2><p>RoomBench focuses on consistency in long floor plan generation. It holds two '
        'thousand prompts across four task scenarios.</p>'
        '<h2>Citation</h2><pre><code>@misc{lee2026lostinrooms,\n'
        f'  title={{{entry_title}}},\n  author={{Ann Lee and Bo Chan and Cy Diaz and Dee Evans}},\n'
        '  year={2026},\n  eprint={2603.05890},\n  archivePrefix={arXiv}\n}</code></pre>',
        head='<title>RoomBench | Floor Plan Consistency Benchmark</title>'
             '<meta property="og:title" content="RoomBench | Floor Plan Consistency Benchmark">'
             '<meta property="og:site_name" content="RoomBench">')


def test_round257_a_byline_of_marked_names_parted_by_spaces_alone_is_read_name_by_name():
    paper = normalise_page(_URL, _round257_spaced_byline_page()).papers[0]
    assert paper.authors == ["Ann Lee", "Bo Chan", "Cy Diaz", "Dee Evans"]


def test_round257_an_affiliation_line_set_as_spaced_marked_units_is_no_byline():
    # Guard: places set the same way ('Example University<sup>1</sup> &nbsp; Another Institute<sup>2</sup>')
    # name no one; nor does a block of spaced names one of whose units is a place.
    page = _round257_spaced_byline_page(
        byline="Example University<sup>1</sup> &nbsp; Another Institute<sup>2</sup>")
    papers = normalise_page(_URL, page).papers
    names = (papers[0].authors or []) if papers else []
    assert not any("University" in name or "Institute" in name for name in names)
    page = _round257_spaced_byline_page(byline="Ann Lee<sup>1</sup> &nbsp; Example University<sup>2</sup>")
    papers = normalise_page(_URL, page).papers
    assert not papers or "Example University" not in (papers[0].authors or [])


def test_round257_the_h1_over_the_byline_that_the_pages_own_entry_titles_is_the_title_over_a_site_tab():
    paper = normalise_page(_URL, _round257_spaced_byline_page()).papers[0]
    assert paper.title == "Lost in Rooms: Consistency Errors in Long Floor Plan Generation"
    assert paper.arxiv_id == "2603.05890"


def test_round257_an_h1_the_pages_entry_titles_otherwise_does_not_replace_the_meta_title():
    # Guard: where the page's own entry titles another paper than the h1 shows, the h1 is not taken over
    # the meta title by the entry's word.
    page = _round257_spaced_byline_page(entry_title="RoomBench: A Benchmark of Another Name")
    papers = normalise_page(_URL, page).papers
    assert not papers or papers[0].title != "Lost in Rooms: Consistency Errors in Long Floor Plan Generation"


def _round257_dashed_entry_page(entry_title: str) -> str:
    # SFI-Bench's home page (round 257), cut down: no meta but the <title>, a nav, a CVPR badge, the h1 in two
    # lines and a subtitle with an en dash, bare names with their marks, the Paper button to a PDF of the
    # site's, an 'Abstract' label, the entry in a <pre> writing the dash as a hyphen.
    return _project_page(
        '<nav><a href="#" class="nav-logo">RoomBench</a><a href="#abstract">Abstract</a>'
        '<a href="#citation">Citation</a></nav>'
        '<header class="hero"><div class="hero-badge">CVPR 2026</div>'
        '<h1>From Where Rooms Are<br>to <em>What They Hold</em></h1>'
        '<p class="subtitle">Benchmarking Spatial&ndash;Functional Reading in Multimodal Models</p>'
        '<div class="authors"><span class="author">Ann Lee<sup>1</sup></span>'
        '<span class="author">Bo Chan<sup>2</sup></span></div>'
        '<div class="affils"><sup>1</sup> <sup>2</sup></div>'
        '<div class="hero-links"><a href="assets/papers/rooms.pdf" class="btn">Paper</a>'
        '<a href="https://github.com/example/rooms" class="btn">Code</a></div></header>'
        '<section id="abstract"><div class="section-label">Abstract</div><p class="abstract-text">Reading a '
        'room goes beyond its geometry: we present a benchmark of questions on where things are and what '
        'they are for, over many indoor videos, and find that models lag people.</p></section>'
        '<section id="citation"><div class="section-label">Citation</div><div class="section-title">BibTeX'
        '</div><div class="bib-block"><pre id="bibtext">@article{lee2025rooms,\n'
        f'  title   = {{{entry_title}}},\n  author  = {{Lee, Ann and Chan, Bo}},\n'
        '  journal = {arXiv preprint},\n  year    = {2025}\n}</pre></div></section>',
        head="<title>RoomBench: Benchmarking Spatial–Functional Reading in Multimodal Models</title>")


def test_round257_the_pages_own_entry_that_writes_the_titles_en_dash_as_a_hyphen_dates_it():
    page = _round257_dashed_entry_page(
        "From Where Rooms Are to What They Hold:\n             Benchmarking Spatial-Functional Reading\n"
        "             in Multimodal Models")
    assert normalise_page(_URL, page).papers[0].published == "2025"


def test_round257_an_entry_of_other_words_than_the_title_still_dates_nothing():
    # Guard: the dashes folded, an entry of another title (a word changed) is not the page's own.
    page = _round257_dashed_entry_page(
        "From Where Rooms Are to What They Hold: Benchmarking Spatial-Functional Seeing in Multimodal Models")
    assert normalise_page(_URL, page).papers[0].published != "2025"


def test_round257_a_tab_that_og_site_name_does_not_open_keeps_the_meta_title():
    # Guard: without og:site_name opening the meta title before a separator, the tab is no site's name and
    # tagline the h1 goes over (the Scene-Arena page of the site-meta class above stays as its meta read).
    page = _round257_spaced_byline_page().replace(
        '<meta property="og:site_name" content="RoomBench">', "")
    papers = normalise_page(_URL, page).papers
    assert not papers or papers[0].title != "Lost in Rooms: Consistency Errors in Long Floor Plan Generation"


# Stop 80 (pending97): a benchmark's hand-written home page whose hero sets a badge classed as the venue in a
# row above the h1 of the benchmark's name, a p.subtitle of the title's rest under it in headline case, no
# meta but charset and viewport, the <title> a site title and no BibTeX entry (MSU-Bench's page, round 257).
def _pending97_badge_hero_page(subtitle: str = "Towards Listener-Aware Reasoning in Crowded Spoken Dialogues",
                               badge: str = '<div class="conference-badge">Interspeech 2026</div>',
                               subtitle_class: str = "subtitle") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        "<title>TALK-Bench | Listener Understanding Benchmark</title></head><body><header>\n"
        f'  <div class="logo-line">\n    {badge}\n  </div>\n'
        "  <h1>TALK-Bench</h1>\n"
        f'  <p class="{subtitle_class}">{subtitle}</p>\n'
        '  <p class="authors">Ann Lee<sup>*</sup>, Bo Chen<sup>*</sup>, Carla Diaz, Dan Park</p>\n'
        '  <p class="affiliation"><sup>*</sup> Equal contribution</p>\n'
        '  <div class="nav-buttons"><a href="https://arxiv.org/abs/2606.01234" class="btn">📄 Paper</a>\n'
        '  <a href="https://github.com/ann/talk-bench" class="btn">View Code</a></div>\n'
        "</header><section><h2>Background &amp; Motivation</h2><p>Benchmarks of speech understanding look at"
        " one speaker at a time.</p></section></body></html>"
    )


def test_pending97_a_heroes_name_over_its_headline_cased_subtitle_under_a_venue_badge_is_the_papers_record():
    read = normalise_page(_URL, _pending97_badge_hero_page())
    assert read is not None and read.papers
    paper = read.papers[0]
    assert paper.title == "TALK-Bench: Towards Listener-Aware Reasoning in Crowded Spoken Dialogues"
    assert paper.authors == ["Ann Lee", "Bo Chen", "Carla Diaz", "Dan Park"]
    assert paper.published == "2026"
    assert paper.arxiv_id == "2606.01234"


def test_pending97_a_tagline_lede_or_a_badge_of_no_venue_is_not_read_so():
    # Near misses: a sentence-cased tagline under the name, a headline-cased lede not classed a subtitle, and
    # a subtitle with no venue badge over the name (Build Arena's reading, round 195), are not the title's
    # second half; a badge not classed as the venue, or one of no meeting and year, gives no day.
    for page in (_pending97_badge_hero_page("A benchmark for listening in crowded spoken dialogues"),
                 _pending97_badge_hero_page(subtitle_class="lead"),
                 _pending97_badge_hero_page(badge=""),
                 # …and a page whose own BibTeX entry titles the paper otherwise (ScaleMaster's, round 217).
                 _pending97_badge_hero_page().replace(
                     "</section>", "</section><h2>BibTeX</h2><pre><code>@inproceedings{lee2026listen,\n"
                     "  title={Listening in Crowds: A Benchmark of Spoken Dialogue},\n"
                     "  author={Lee, Ann and Chen, Bo},\n  year={2026}\n}</code></pre>")):
        read = normalise_page(_URL, page)
        assert read is None or not read.papers or read.papers[0].title != (
            "TALK-Bench: Towards Listener-Aware Reasoning in Crowded Spoken Dialogues")
    for page in (_pending97_badge_hero_page(badge='<div class="version-badge">Release 2026</div>'),
                 _pending97_badge_hero_page(badge='<div class="conference-badge">Coming soon</div>'),
                 _pending97_badge_hero_page(badge='<div class="conference-badge">Interspeech 2026</div>'
                                                  '<div class="stars">42 stars</div>')):
        read = normalise_page(_URL, page)
        assert read is None or not read.papers or read.papers[0].published != "2026"


# Stop 80 (pending97): a benchmark's hand-written page of no h1 and no meta but charset and viewport, its
# title set in two rows of a block classed as the title (an icon and a span of the name, then the rest), the
# <title> the two joined, a block classed as the authors right under it of span.author names with <sup> marks,
# its 'Paper' link a PDF on the site (Target-Bench's page, round 257).
def _pending97_title_rows_page(tab: str = "Path-Bench: Can Video Models Plan Routes to Named Places?",
                               authors_class: str = "authors",
                               names: tuple[str, ...] = ("Ann Lee", "Bo Chen", "Carla Diaz")) -> str:
    spans = "".join(f'<span class="author">{name}<sup>1,*</sup></span>\n' for name in names)
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        f"<title>{tab}</title></head><body>\n"
        '<div class="header"><div class="title-section">\n'
        '  <div class="title-row-1"><img src="icon.png" alt="icon" class="title-icon">\n'
        '    <span class="title-highlight">Path-Bench:</span></div>\n'
        '  <div class="title-row-2">\n    Can Video Models Plan Routes to Named Places?\n  </div>\n'
        "</div>\n"
        f'<div class="{authors_class}"><div class="author-names">{spans}</div>\n'
        '  <div class="affiliations"><span><sup>1</sup>TUM</span></div>\n'
        '  <div class="links"><a href="./paper.pdf">📄 Paper</a></div></div></div>\n'
        '<div class="container"><h3>Overview</h3><p>The pipeline has three stages.</p></div></body></html>'
    )


def test_pending97_a_title_block_of_two_rows_the_tab_repeats_over_classed_authors_is_the_papers_record():
    read = normalise_page(_URL, _pending97_title_rows_page())
    assert read is not None and read.papers
    paper = read.papers[0]
    assert paper.title == "Path-Bench: Can Video Models Plan Routes to Named Places?"
    assert paper.authors == ["Ann Lee", "Bo Chen", "Carla Diaz"]
    assert paper.published is None and paper.arxiv_id is None


def test_pending97_a_title_block_the_tab_words_otherwise_or_no_classed_names_is_not_read_so():
    # Near misses: a <title> naming the site otherwise, a block under the title not classed as the authors,
    # and 'author' spans that name no persons: no record of this reading.
    for page in (_pending97_title_rows_page(tab="Path-Bench | A Route Planning Benchmark"),
                 _pending97_title_rows_page(authors_class="team"),
                 _pending97_title_rows_page(names=("Planning", "Routing Metrics"))):
        read = normalise_page(_URL, page)
        assert read is None or not read.papers or (
            read.papers[0].authors != ["Ann Lee", "Bo Chen", "Carla Diaz"])
