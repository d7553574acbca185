"""Abstracts: meta copies against the body, labels, headings and what is not part of one.

Split by field from tests/test_normalise_pages.py; the round each class was found in is in
tests/fixtures/pages/HOLDOUT.md. Shared helpers: tests/normalise_pages_helpers.py.
Every field of every page's sidecar is checked by scripts/fidelity (tests/test_fidelity.py).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from helpers import assert_linear_time
from normalise_pages_helpers import (
    _meta_page,
    _paper,
    chinese_stack_post,
)
from papershelf.normalise import normalise_capture
from papershelf.normalise.common import said_once
from papershelf.normalise.declared_summaries import summary_the_description_declares
from papershelf.normalise.heading_run_ons import runs_on_into_the_heading
from papershelf.normalise.html_meta import abstract_text, block_text, drawn_math, parse_page
from papershelf.normalise.label_lines_above import abstract_under_label_line
from papershelf.normalise.pages import normalise_page
from papershelf.normalise.places import compact
from papershelf.normalise.shown import abstract_after_heading, generic_abstract
from papershelf.normalise.story_openings import opens_the_story


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("aps_PhysRevX.12.041027.json", "Turbulence in a conducting plasma"),
        ("iop_1748-605X_ab007b.json", "Guided bone regeneration (GBR)"),
        ("nber_w29971.json", "We study the recent Australian experience"),
        ("usenix_goyal.json", "Effective congestion control for data center networks"),
        ("copernicus_acp-15-1013-2015.json", "Correlation analyses between atmospheric mercury"),
        ("neurips_1988_006f52e9.json", "We present a new hypothesis"),  # after an "Abstract" heading
    ],
)


def test_abstract_that_only_the_body_shows(name, start):
    assert _paper(name).abstract.startswith(start)


def test_plain_language_digest_in_dc_description_is_not_the_abstract():
    assert _paper("elife_e04407.json").abstract.startswith("Acquisition of distinct neuronal")


def test_structured_abstract_keeps_its_section_labels():
    assert _paper("springer_s40643-016-0099-3.json").abstract.startswith(
        "Background Carboxypeptidases are exopeptidases"
    )


def test_long_description_serves_as_abstract_but_a_one_line_statement_does_not():
    assert _paper("pensoft_4478.json").abstract.startswith("Brazilian cave diversity")
    assert _paper("elife_sandcrawler.json").abstract is None  # impact statement, empty Abstract


def test_structured_abstract_beats_a_meta_copy_of_its_first_section():
    assert _paper("bmc_1471-2148-14-70.json").abstract.startswith(
        "Background Understanding the demographic history"
    )


def test_colon_set_apart_from_the_abstract_heading_is_not_part_of_the_abstract():
    page = _meta_page(
        ("citation_title", "T"),
        body="<section><h2>Abstract</h2><b>:</b> We measured " + "things carefully. " * 5 + "</section>",
    )
    assert normalise_page("https://example.org/a", page).papers[0].abstract.startswith("We measured")


def test_an_abstract_under_a_heading_closed_by_a_permalink_mark_is_read_without_its_label():
    # The Teaching NLP workshop's Jupyter Book (round 207): Sphinx's sections nest, each heading closed by
    # its permalink mark, <div class="section" id="abstract"><h3>Abstract<a class="headerlink" …>¶</a></h3>
    # <p>…</p></div>; the section's text read as the abstract kept "Abstract¶" at its head.
    mark = '<a class="headerlink" href="#{0}" title="Permalink to this headline">\u00b6</a>'
    text = ("Natural language processing offers new insights into language data across almost all "
            "disciplines, and this tool lets novice programmers learn its concepts interactively.")
    page = (f'<html><body><div class="section" id="a-tool">'
            f'<h1>A Tool for Teaching{mark.format("a-tool")}</h1>'
            f'<div class="section" id="authors"><h2>Authors{mark.format("authors")}</h2>'
            f"<p>Ada Lovelace and Charles Babbage</p>"
            f'<div class="section" id="abstract"><h3>Abstract{mark.format("abstract")}</h3><p>{text}</p>'
            "</div></div></div></body></html>")
    assert normalise_page("https://example.org/papers/a", page).papers[0].abstract == text
    assert abstract_text(f"Abstract\u00b6 {text}") == text


def test_an_inline_element_beside_the_abstracts_text_after_its_heading_joins_that_text():
    # MDPI (2014, round 29): the abstract is bare text after h2 "Abstract" with its species in a span,
    # "Sesame (<span class='html-italic'>Sesamum indicum</span>), an …", read "Sesame ( Sesamum indicum ),";
    # a space the page writes at an inline element's edge stays, and a block is still set apart.
    text = "an important oil crop, is widely grown in tropical and subtropical regions. " * 3
    body = ("<section><h2>Abstract</h2><b>:</b> Sesame (<span class='html-italic'>Sesamum indicum</span>), "
            f"{text}Grown by <em> farmers </em>in Asia.<p>Second block.</p></section>")
    page = _meta_page(("citation_title", "T"), body=body)
    abstract = normalise_page("https://example.org/a", page).papers[0].abstract
    assert abstract.startswith("Sesame (Sesamum indicum), an important oil crop")
    assert abstract.endswith("Grown by farmers in Asia. Second block.")


def test_navigation_link_inside_the_abstract_block_is_not_part_of_the_abstract():
    assert _paper("sage_2325967116646534.json").abstract.startswith("Background: The prevalence")


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("nature_nnano.2014.93.json", "Micro-supercapacitors are promising"),  # <nav> list
        ("wiley_open.201500172.json", "Density functional theory (DFT)"),  # ol.jumpList
        ("wiley_bph.13439.json", "Background and Purpose Ghrelin"),
    ],
)


def test_section_navigation_inside_the_abstract_is_not_part_of_it(name, start):
    assert _paper(name).abstract.startswith(start)


def test_meta_abstract_that_lost_its_first_sentence_gives_way_to_the_pages():
    assert _paper("frontiers_fnbeh.2013.00049.json").abstract.startswith("Here we examine")
    # A label before the meta copy ("Résumé fr …") is not a lost sentence.
    assert _paper("hal_jpa-00235190.json").abstract.startswith("Des calculs récents")


def test_summary_heading_and_journal_or_site_blurbs_are_not_the_abstract():
    assert _paper("wiley_j.1365-2869.2012.01054.x.json").abstract.startswith("Associations between")
    assert _paper("dataverse_NJ7XSO.json").abstract.startswith("Summary of association tests")
    assert _paper("plos_pbio.1001406.json").abstract is None  # "PLOS Biology is an open-access … journal"
    assert _paper("pubmed_1234567.json").abstract is None  # "PubMed comprises more than 22 million citations"


def test_a_blog_posts_description_is_a_teaser_not_an_abstract():
    post = {"@type": "BlogPosting", "name": "T", "author": [{"name": "Ada Lovelace"}],
            "description": "We look at the shapes of things and find most of them round, and then we look."}
    page = (
        f'<meta name="description" content="{post["description"]}">'
        f'<script type="application/ld+json">{json.dumps(post)}</script>'
    )
    assert normalise_page("https://example.org/b", page).papers[0].abstract is None
    # The same description on a scholarly article is its abstract; a post's own `abstract` is one.
    article = {**post, "@type": "ScholarlyArticle"}
    page = f'<script type="application/ld+json">{json.dumps(article)}</script>'
    assert normalise_page("https://example.org/a", page).papers[0].abstract.startswith("We look at")
    post["abstract"] = "A post that states its abstract, in a sentence or two of its own."
    page = f'<script type="application/ld+json">{json.dumps(post)}</script>'
    assert normalise_page("https://example.org/b", page).papers[0].abstract.startswith("A post that")


def test_a_back_to_top_link_in_a_heading_is_not_text_of_the_abstract():
    # PLoS ONE 2011: <h2>Abstract&nbsp;<a href="#top">Top</a></h2>
    assert _paper("plos_pone.0017530.json").abstract.startswith("Blood banking has a broad public")
    block = '<div><h2>Abstract <a href="#top">Back to top</a></h2><p>We look.</p></div>'
    assert block_text(parse_page(block).tree.css_first("div")) == "Abstract We look."


def test_a_description_cut_from_the_texts_first_paragraph_is_a_teaser_not_an_abstract():
    # Front Matter (Ghost): JSON-LD Article description = the post's first 500 characters, mid-word.
    assert _paper("frontmatter_blog_r79vxn1.json").abstract is None
    opening = "We look at the shapes of things and find most of them round, which surprised us greatly"
    ld = {"@type": "Article", "headline": "T", "author": {"name": "Ada"}, "description": opening[:70]}
    page = f'<script type="application/ld+json">{json.dumps(ld)}</script><p>{opening}.</p>'
    assert normalise_page("https://example.org/p", page).papers[0].abstract is None
    # A whole description stays the abstract, and so does one the page shows as its abstract.
    ld["description"] = opening + "."
    page = f'<script type="application/ld+json">{json.dumps(ld)}</script><p>{opening}.</p>'
    assert normalise_page("https://example.org/p", page).papers[0].abstract == opening + "."
    ld["description"] = opening[:70]
    shown = f'<div class="abstract"><h2>Abstract</h2><p>{opening}.</p></div>'
    page = f'<script type="application/ld+json">{json.dumps(ld)}</script>{shown}'
    assert normalise_page("https://example.org/p", page).papers[0].abstract == opening + "."


def test_dublin_core_description_abstract_is_the_abstract():
    # An Internet-Draft on tools.ietf.org: DC.Description.Abstract, no other description.
    assert _paper("ietf_draft-dejong-remotestorage-04.json").abstract.startswith("This draft describes")
    said = "We describe a protocol for storage."
    page = _meta_page(("DC.Title", "T"), ("DC.Description.Abstract", said))
    assert normalise_page("https://example.org/d", page).papers[0].abstract == said


def test_a_cut_description_gives_way_to_the_whole_unheaded_abstract_block_quotes_alike():
    # La Vie des idées: DC.description cut with "(...)" and written with straight quotes; the chapô
    # above the essay shows it whole, with typographic ones.
    assert _paper("laviedesidees_evaluation.json").abstract.startswith(
        "L’évaluation, et la place qu’y occupe la bibliométrie, sont au cœur des débats actuels."
    )
    # ACP Journals: Atypon's abstract field, a visual abstract figure first (its caption is the first
    # dc.Description, cut with "..."), then the structured abstract without a heading "Abstract".
    assert _paper("acp_M19-3075.json").abstract.startswith("Background: Observational studies using")
    whole = "It’s a study of things we found round, and of the others we found less round than them."
    field = (
        '<div class="hlFld-Abstract"><figure><figcaption><p>Visual Abstract. A picture of the study'
        f'</p></figcaption></figure><h2>Background:</h2><p>{whole}</p></div>'
    )
    cut = whole.replace("’", "'")[:60] + " (...)"
    page = _meta_page(("dc.Title", "T"), ("dc.Description", cut), body=field)
    assert normalise_page("https://example.org/a", page).papers[0].abstract == f"Background: {whole}"


def test_an_abstract_label_shown_twice_is_dropped_twice():
    # T&F: <h2>Abstract</h2> then <p class="summary-title"><b>Abstract</b></p> in Atypon's field.
    assert _paper("tandf_23311932.2015.1117749.json").abstract.startswith("Food packaging as a vital")


def test_an_abstract_that_opens_with_the_word_abstract_keeps_it():
    # Reported by round 71: "Abstract shapes are studied …" lost its first word, read as a label.
    opening = "Abstract shapes are studied through the lens of persistent homology in three settings."
    page = (f'<meta name="citation_title" content="Shapes"><meta name="citation_author" content="Ada Lee">'
            f'<meta name="citation_abstract" content="{opening}">')
    assert normalise_page("https://example.org/p", page).papers[0].abstract == opening
    # A label before a capital still goes.
    labelled = page.replace(opening, "Abstract Shapes are studied through persistent homology here.")
    assert normalise_page("https://example.org/p", labelled).papers[0].abstract.startswith("Shapes are")


def test_an_abstract_that_leaves_a_bracket_open_is_cut_short():
    # Donny Winston's blog: JSON-LD BlogPosting "abstract" = the post's first sentence cut inside its
    # brackets: "How does a Research Software Engineer (RSE) — … (data, models, code, notebooks, etc.".
    assert _paper("winston_11h5yt3819.json").abstract is None
    opening = "We look at round things (balls, plates, wheels, etc.) and find most of them round"
    cut = opening[: opening.index(")")]
    ld = {"@type": "BlogPosting", "headline": "T", "author": {"name": "Ada"}, "abstract": cut}
    assert ld["abstract"].endswith("etc.")
    page = f'<script type="application/ld+json">{json.dumps(ld)}</script><p>{opening}.</p>'
    assert normalise_page("https://example.org/p", page).papers[0].abstract is None
    # A whole sentence with its brackets closed stays the abstract the post states.
    ld["abstract"] = opening + "."
    page = f'<script type="application/ld+json">{json.dumps(ld)}</script><p>{opening}.</p>'
    assert normalise_page("https://example.org/p", page).papers[0].abstract == opening + "."


def test_an_abstract_headed_in_markdown_loses_its_heading():
    # The BMJ (HighWire, 2015): DC.Description "#### Abstract\n\nOverwhelming evidence shows …".
    assert _paper("bmj_c869_browser_saved.json").abstract.startswith("Overwhelming evidence shows")
    meta = (
        '<meta name="citation_title" content="A study of round things">'
        '<meta name="DC.Description" content="#### Abstract\n\nWe looked at round things long.">'
    )
    page = f"<html><head>{meta}</head><body><h1>A study of round things</h1></body></html>"
    abstract = normalise_page("https://example.org/p", page).papers[0].abstract
    assert abstract == "We looked at round things long."


def test_without_meta_a_summary_heading_or_an_abstract_label_in_its_paragraph_gives_the_abstract():
    text = "We look at the shapes of things and find most of them round, unexpectedly so."
    summary = f"<html><body><h1>On Shapes of Things</h1><h2>Summary</h2><p>{text}</p></body></html>"
    assert normalise_page("https://example.org/s", summary).papers[0].abstract == text
    # IOS Press: <p><span class="generated">Abstract: </span>…</p> and <span>DOI: </span>10.…
    labelled = (
        "<html><body><h1>On Shapes of Things</h1>"
        f'<p><span class="generated">Abstract: </span>{text}</p>'
        '<p><span class="generated">DOI: </span>10.3233/AIC-140605</p></body></html>'
    )
    paper = normalise_page("https://example.org/s", labelled).papers[0]
    assert (paper.abstract, paper.doi) == (text, "10.3233/AIC-140605")
    # A form's "Abstract" field (ACL's correction form) is no abstract.
    form = (
        "<html><body><h1>On Shapes of Things</h1><form><div><span>Abstract</span>"
        f"<small>{text}</small></div></form></body></html>"
    )
    assert normalise_page("https://example.org/s", form) is None


def test_an_abstract_headed_resume_over_its_language_tabs_loses_them():
    # HAL: <div class="abstract"><h3>Résumé</h3><ul><li>en</li><li>fr</li></ul><p>This thesis …</p></div>
    block = (
        '<div class="abstract"><h3>Résumé</h3><ul><li>en</li><li>fr</li></ul>'
        "<p>This thesis falls within graph theory, and deals with colourings of round graphs.</p></div>"
    )
    page = f"<html><body><h1>A study of round graphs</h1>{block}</body></html>"
    abstract = normalise_page("https://example.org/saved-page", page).papers[0].abstract
    assert abstract.startswith("This thesis falls within graph theory")


def test_without_meta_a_data_sets_description_headed_or_labelled_so_is_its_abstract():
    # Zenodo and ORNL DAAC head it <h2>Description</h2>; Harvard Dataverse labels it in a table row
    # (<th>Description</th><td>…</td>), Dryad's table says "Abstract".
    text = "This dataset includes pupil size responses and skin conductance of twenty people."
    heading = f"<h1>Pupil sizes of twenty people</h1><h2>Description</h2><section><p>{text}</p></section>"
    table = (
        "<h1>Pupil sizes of twenty people</h1><div>doi:10.1000/data</div><table><tr><th>Description</th>"
        f"<td>{text}</td></tr></table>"
    )
    dryad = table.replace("<th>Description</th>", "<td>Abstract</td>")
    for body in (heading, table, dryad):
        page = f"<html><body>{body}</body></html>"
        assert normalise_page("https://example.org/saved-page", page).papers[0].abstract == text, body


def test_an_abstract_label_in_the_pages_own_language_is_no_part_of_the_abstract():
    # Digitális Bölcsészet (OJS, round 10) heads its abstract "Absztrakt"; Đại học Đà Nẵng's "Tóm tắt".
    body = (
        "<h1>Round things</h1><section class='item abstract'><h2 class='label'>Absztrakt</h2>"
        "<p>Tanulmányunkban kerek dolgokat vizsgálunk, és azt találjuk, hogy a legtöbb dolog kerek.</p>"
        "</section>"
    )
    page = _meta_page(("citation_title", "Round things"), body=body)
    paper = normalise_page("https://example.org/article/view/1", page).papers[0]
    assert paper.abstract.startswith("Tanulmányunkban kerek dolgokat")


def test_of_the_abstracts_a_meta_name_repeats_per_language_the_one_the_page_shows():
    # Digitális Bölcsészet (round 10): DC.Description in English, then in Hungarian; the page, in
    # Hungarian, shows the second under "Absztrakt".
    assert _paper("elte_dh-hun.2022.6.4576.json").abstract.startswith("Tanulmányunkban egy olyan kutatási")
    english = "In our study we look at round things and find that most things are round after all."
    hungarian = "Tanulmányunkban kerek dolgokat vizsgálunk, és azt találjuk, hogy a legtöbb dolog kerek."
    body = (f"<h1>Round things</h1><section class='item abstract'><h2>Absztrakt</h2><p>{hungarian}</p>"
            "</section>")
    page = _meta_page(("citation_title", "Round things"), ("DC.Description", english),
                      ("DC.Description", hungarian), body=body)
    assert normalise_page("https://example.org/article/view/1", page).papers[0].abstract == hungarian
    # One DC.Description that the page does not show is still the abstract.
    page = _meta_page(("citation_title", "Round things"), ("DC.Description", english), body=body)
    assert normalise_page("https://example.org/article/view/1", page).papers[0].abstract == english


def test_an_abstract_label_inside_the_form_an_aspnet_page_wraps_its_body_in_still_heads_the_abstract():
    # SciTePress (round 10, ASP.NET WebForms): <form id="form1"> holds the whole page, the abstract
    # "<span>Abstract: </span><span>Machine learning has …</span>" with it; ACL's correction form,
    # a small form of fields beside the page, still holds no abstract.
    text = "We look at round things and find that most of the things we looked at are round after all."
    record = f'<h1>Round things</h1><p class="detail"><span>Abstract: </span><span>{text}</span></p>'
    page = _meta_page(("citation_title", "Round things"), body=f'<form id="form1">{record}</form>')
    assert normalise_page("https://example.org/paper/3", page).papers[0].abstract == text
    field = f'<form action="/correct"><p><span>Abstract: </span><span>{text}</span></p></form>'
    shown = "<h1>Round things</h1>" + "<p>" + "A page about many other things, shown at length. " * 8 + "</p>"
    page = _meta_page(("citation_title", "Round things"), body=shown + field)
    assert normalise_page("https://example.org/paper/3", page).papers[0].abstract is None


def test_a_drupal_field_labelled_abstract_in_an_element_of_its_own_is_the_abstract():
    # IIETA (Drupal 7, round 10): <div class="field-label">Abstract:&nbsp;</div><div class="field-items">
    # <div class="field-item even"><p>The Leap Motion Controller is …</p></div></div>.
    assert _paper("iieta_mmc_c.831-402.json").abstract.startswith("The Leap Motion Controller is a small")
    text = "We look at round things and find that most of the things we looked at are round after all."
    field = ('<div class="field field-name-field-abstract"><div class="field-label">Abstract:&nbsp;</div>'
             f'<div class="field-items"><div class="field-item even"><p>{text}</p></div></div></div>')
    page = _meta_page(("dc.identifier", "doi:10.1234/round.4"), body=f"<h1>Round things</h1>{field}")
    assert normalise_page("https://example.org/paper/4", page).papers[0].abstract == text


def test_a_meta_abstract_named_without_the_citation_prefix_is_the_abstract():
    # J-STAGE (round 10): citation_* tags, then the same set without the prefix; the abstract is only
    # in <meta name="abstract"> and in a div-headed block of the body.
    assert _paper("jstage_transinf.2022MUI0001.json").abstract.startswith("In this paper, we propose")
    text = "We look at round things and find that most of the things we looked at are round after all."
    page = _meta_page(("citation_title", "Round things"), ("abstract", text))
    assert normalise_page("https://example.org/paper/11", page).papers[0].abstract == text


def test_without_meta_a_section_title_set_as_a_div_heads_the_abstract():
    # J-STAGE (2023): <div id="article-overiew-abstract-wrap"><div class="section-title-18">Abstract</div>
    # <div class="global-para-14"><p>In this paper, …</p></div></div>, the DOI shown as a link.
    text = "We look at the shapes of things and find most of them round, unexpectedly so."
    page = (
        "<html><body><h1>On Shapes of Things</h1><p>DOI https://doi.org/10.5555/round.1</p>"
        '<div id="abstract-wrap"><div class="section-title-18">Abstract</div>'
        f'<div class="global-para-14"><p>{text}</p></div></div></body></html>'
    )
    assert normalise_page("https://example.org/s", page).papers[0].abstract == text


def test_without_meta_a_platforms_unheaded_description_block_is_the_abstract():
    # InvenioRDM (Zenodo, 2023): <div class="record-description"><p>This dataset includes …</p></div>;
    # Plone: <div class="documentDescription description">A Monte Carlo investigation …</div>.
    text = "We look at the shapes of things and find most of them round, unexpectedly so."
    for block in (
        f'<div class="record-description"><p>{text}</p></div>',
        f'<div class="documentDescription description">{text}</div>',
    ):
        page = f"<html><body><h1>On Shapes of Things</h1><p>DOI 10.5555/round.1</p>{block}</body></html>"
        assert normalise_page("https://example.org/s", page).papers[0].abstract == text


def test_an_html_description_cut_from_the_texts_first_paragraph_is_a_teaser_too():
    # A post's description meta: its first paragraph, cut to a length.
    opening = "Eating your own dog food is a slang term for using what you make yourself. " * 3
    teaser = opening[:190].rstrip() + " for long-term preservation for..."
    body = (f"<h1>Eating your own dog food</h1><p>DOI: 10.5438/4k3m-nyvg</p><p>{opening} For us this means "
            "that we use DOIs for long-term preservation for all our posts.</p>")
    page = _meta_page(("description", teaser), ("dc.title", "Eating your own dog food"), body=body)
    assert normalise_page("https://example.org/a", page).papers[0].abstract is None
    # A whole description is the abstract still.
    whole = "We looked at round things long and found them round, which nobody had thought. " * 3
    page = _meta_page(("description", whole.strip()), ("dc.title", "Eating your own dog food"), body=body)
    assert normalise_page("https://example.org/a", page).papers[0].abstract == whole.strip()


def test_an_abstract_block_is_read_from_its_heading_not_from_the_tools_above_it():
    tools = '<div class="tools"><a href="/buy">Buy Article</a> <a href="/perm">Permissions</a></div>'
    text = "Objectives This study aimed to let researchers extract information about round things."
    block = f'<section id="abstract">{tools}<h2>Abstract</h2><p>{text}</p><p>Methods We looked.</p></section>'
    page = f"<html><head><title>Round things</title></head><body><h1>Round things</h1>{block}</body></html>"
    assert normalise_page("https://example.org/a", page).papers[0].abstract == f"{text} Methods We looked."


def test_a_formulas_mathml_source_kept_for_mathjax_is_no_text_of_the_abstract():
    # HighWire (ECS): each formula is its MathML source as escaped text for MathJax to draw, then
    # the same formula as plain text; a reader sees the formula, never its source.
    formula = (
        '<span class="inline-formula"><span class="mathjax mml-math"><code class="mathjax-code">'
        '&lt;mml:math display="inline"&gt;&lt;mml:mn&gt;50&lt;/mml:mn&gt;&lt;mml:mi&gt;mM&lt;/mml:mi&gt;'
        '&lt;/mml:math&gt;</code><span class="mathjax-text">50mM</span></span></span>'
    )
    block = (f'<div class="section abstract"><h2>Abstract</h2>'
             f'<p>Films were dipped in {formula} K2SO4.</p></div>')
    assert block_text(parse_page(block).tree.css_first("div")) == "Abstract Films were dipped in 50mM K2SO4."
    # The same source in a <code> of another class is a formula's source too.
    other = block.replace(' class="mathjax-code"', "")
    assert block_text(parse_page(other).tree.css_first("div")) == "Abstract Films were dipped in 50mM K2SO4."
    # Code that is no formula stays text.
    code = '<p>Run <code>make all</code> first.</p>'
    assert block_text(parse_page(code).tree.css_first("p")) == "Run make all first."


def test_a_formula_mathjax_draws_from_a_mathml_script_is_read_where_the_script_stands():
    # Scitation (AIP Publishing, 2016; round 25): inline math is a <script type="math/mml"> that
    # MathJax draws in its place; the reader sees "AA-stacked", the script's symbols without its layout.
    formula = ('<script type="math/mml"> <mml:math> <mml:mrow> <mml:mi>A</mml:mi> <mml:mi>A</mml:mi> '
               "</mml:mrow> </mml:math> </script>")
    block = f'<div class="articleabstract"><h3>Abstract</h3><p>Spectra of {formula}-stacked rings.</p></div>'
    assert block_text(parse_page(block).tree.css_first("div")) == "Abstract Spectra of AA-stacked rings."
    # Any other script, a TeX source among them, shows nothing.
    tex = block.replace('type="math/mml"', 'type="math/tex"')
    assert block_text(parse_page(tex).tree.css_first("div")) == "Abstract Spectra of -stacked rings."


def test_a_mathml_scripts_tex_annotation_is_no_part_of_the_formula_it_draws():
    # A MathML script's <annotation> (the TeX it was written in) is not drawn: the script's whole text
    # gave "Spectra of AAAA-stacked".
    for annotation in ('<mml:annotation encoding="application/x-tex">AA</mml:annotation>',
                       '<mml:annotation-xml encoding="MathML-Content"><mml:ci>AA</mml:ci>'
                       "</mml:annotation-xml>"):
        formula = ('<script type="math/mml"><mml:math><mml:semantics><mml:mrow><mml:mi>A</mml:mi><mml:mi>A'
                   f"</mml:mi></mml:mrow>{annotation}</mml:semantics></mml:math></script>")
        block = (f'<div class="articleabstract"><h3>Abstract</h3><p>Spectra of {formula}-stacked rings.</p>'
                 "</div>")
        assert block_text(parse_page(block).tree.css_first("div")) == "Abstract Spectra of AA-stacked rings."


def test_an_inline_mathml_formulas_tex_annotation_is_no_text_of_the_page():
    # LaTeXML's MathML (arXiv's HTML views) keeps the TeX in <annotation>, which a browser does not
    # show: "We compute d_k quickly." was read "We compute dkd_k quickly.".
    formula = ('<math alttext="d_k" display="inline"><semantics><msub><mi>d</mi><mi>k</mi></msub>'
               '<annotation-xml encoding="MathML-Content"><ci>d</ci></annotation-xml>'
               '<annotation encoding="application/x-tex">d_k</annotation></semantics></math>')
    assert block_text(parse_page(f"<p>We compute {formula} quickly.</p>").tree.css_first("p")) == (
        "We compute dk quickly.")


_SCRIPT = ('<script type="math/mml" id="MathJax-Element-1"><mml:math><mml:mi>A</mml:mi><mml:mi>A</mml:mi>'
           "</mml:math></script>")
_ASSISTIVE = ('<span class="MJX_Assistive_MathML" role="presentation"><math xmlns="http://www.w3.org/1998/'
              'Math/MathML"><mrow><mi>A</mi><mi>A</mi></mrow></math></span>')


@pytest.mark.parametrize(("drawing", "shown"), [
    # MathJax 2's CommonHTML output: the drawing (aria-hidden), then the assistive MathML.
    (('<span class="MathJax_Preview" style="color: inherit; display: none;"></span>'
     '<span class="MathJax_CHTML" id="MathJax-Element-1-Frame" tabindex="0" role="presentation">'
     '<span id="MJXc-Node-1" class="mjx-math" aria-hidden="true"><span class="mjx-mrow"><span class="mjx-mi">'
     '<span class="mjx-char">A</span></span>'
     f'<span class="mjx-mi"><span class="mjx-char">A</span></span></span></span>{_ASSISTIVE}</span>'),
     "AA-stacked"),
    # Its SVG output: a drawing of glyphs without text.
    (('<span class="MathJax_SVG" id="MathJax-Element-1-Frame" tabindex="0" role="presentation"><svg '
      'aria-hidden="true"><use href="#MJMATHI-41"></use><use href="#MJMATHI-41"></use></svg>'
      f"{_ASSISTIVE}</span>"), "AA-stacked"),
    # Its HTML-CSS output of a formula set apart, in a div of its own (a block: a space after it).
    (('<div class="MathJax_Display"><span class="MathJax" id="MathJax-Element-1-Frame">'
      '<nobr aria-hidden="true"><span class="math"><span class="mi">A</span><span class="mi">A</span></span>'
      f"</nobr>{_ASSISTIVE}</span></div>"), "AA -stacked"),
    # A frame without the assistive MathML (MathJax before 2.6): its drawing.
    (('<span class="MathJax_CHTML" id="MathJax-Element-1-Frame"><span class="mjx-math">'
      '<span class="mjx-char">A</span><span class="mjx-char">A</span></span></span>'), "AA-stacked"),
])


def test_a_formula_mathjax_drew_in_a_live_page_is_read_once(drawing, shown):
    # The browser extension captures the live DOM, where MathJax 2 keeps the <script type="math/mml">
    # and inserts its drawing just before it (the frame, id the script's + "-Frame"): the drawing was
    # read twice (its symbols, then the assistive MathML) and the script a third time: "AAAAAA-stacked".
    block = (f'<div class="articleabstract"><h3>Abstract</h3><p>Spectra of {drawing}{_SCRIPT}-stacked '
             "rings.</p></div>")
    assert block_text(parse_page(block).tree.css_first("div")) == f"Abstract Spectra of {shown} rings."


def test_a_pages_mathml_scripts_are_known_whatever_the_case_of_their_type():
    # drawn_math matched type^="math/mml" as written, where the script's reading lowercases the type.
    assert drawn_math(parse_page('<p><script type="Math/MML">x</script></p>').tree)
    assert drawn_math(parse_page('<p><script type="math/mml; mode=display">x</script></p>').tree)
    assert not drawn_math(parse_page('<p><script type="math/tex">x</script></p>').tree)


def test_a_meta_abstract_that_spells_a_drawn_formulas_symbols_apart_gives_way_to_the_shown_one():
    # Scitation (round 25): citation_abstract writes the MathML formula "AA" as "A A " ("spectra of
    # A A -stacked bilayer graphene"); the page's abstract is the same text as MathJax draws it.
    shown = "The spectra of AA-stacked round rings show two kinds of peaks from two groups of levels."
    meta = shown.replace("AA-stacked", "A A -stacked")
    formula = '<script type="math/mml"><mml:math><mml:mi>A</mml:mi><mml:mi>A</mml:mi></mml:math></script>'
    body = ('<h1>Round rings</h1><div class="articleabstract"><h3>Abstract</h3><p>'
            + shown.replace("AA", formula) + "</p></div>")
    page = _meta_page(("citation_title", "Round rings"), ("citation_abstract", meta), body=body)
    assert normalise_page("https://example.org/a", page).papers[0].abstract == shown
    # Without drawn formulas on the page, a meta abstract that differs only in its spacing stays.
    plain = _meta_page(("citation_title", "Round rings"), ("citation_abstract", meta),
                       body=body.replace(formula, "AA"))
    assert normalise_page("https://example.org/a", plain).papers[0].abstract == meta


@pytest.mark.parametrize("placeholder", [
    "Abstract not Available.", "No abstract available.", "Abstract unavailable", "N/A", "No abstract",
])


def test_a_placeholder_where_a_paper_has_no_abstract_is_no_abstract(placeholder):
    # ECS (HighWire): an erratum's abstract block says "Abstract not Available." under its heading.
    block = f'<div class="section abstract"><h2>Abstract</h2><p>{placeholder}</p></div>'
    title = "Erratum: A study of round things"
    page = _meta_page(("citation_title", title), ("citation_mjid", "jes;153/7/L12"),
                      body=f"<h1>{title}</h1>{block}<p>On page 2 the sign is wrong.</p>")
    assert normalise_page("https://example.org/a", page).papers[0].abstract is None
    assert abstract_text(f"Abstract {placeholder}") is None
    # An abstract that starts so is one: "Not available in stores, round things are …".
    assert abstract_text("Abstract Not available in stores, round things are rare.") == (
        "Not available in stores, round things are rare.")


def test_a_description_of_the_journal_that_names_it_a_journal_is_a_blurb_not_the_abstract():
    # nature.com's legacy pages: the description meta is the journal's, "Nature Materials journal
    # covers a range of topics within materials science, from …".
    blurb = ("Round Things journal covers a range of topics within round science, from the geometry of "
             "circles and spheres to the engineering of wheels, balls and bearings, as well as the history "
             "of roundness and how round things shape the world we live in.")
    page = _meta_page(("citation_title", "A column on round things"),
                      ("citation_journal_title", "Round Things"), ("description", blurb),
                      body="<h1>A column on round things</h1><p>Some text.</p>")
    assert normalise_page("https://example.org/a", page).papers[0].abstract is None
    # The paper's own description opening with the journal's name is no blurb.
    own = blurb.replace("Round Things journal covers", "Round Things journals cover")
    page = page.replace(blurb, own)
    assert normalise_page("https://example.org/a", page).papers[0].abstract == own


def test_a_description_of_the_journal_that_puts_its_initials_after_its_name_is_a_blurb_not_the_abstract():
    # The CDC's Preventing Chronic Disease (2024): every article page's description meta is the journal's,
    # "Preventing Chronic Disease (PCD) is a peer-reviewed electronic journal established by …", its
    # initials in parentheses between its name and the verb; a column or an essay without an abstract
    # got it as theirs.
    blurb = ("Round Things (RT) is a peer-reviewed electronic journal established by the Society of Round "
             "Things. RT provides an open exchange of information and knowledge among researchers, makers, "
             "collectors and others who strive to understand round things through geometry and engineering.")
    page = _meta_page(("citation_title", "A column on round things"),
                      ("citation_journal_title", "Round Things"), ("description", blurb),
                      body="<h1>A column on round things</h1><p>Some text.</p>")
    assert normalise_page("https://example.org/a", page).papers[0].abstract is None
    # A paper's own description may open with a name and a parenthesis that is no initialism.
    own = blurb.replace("Round Things (RT) is a peer-reviewed electronic journal",
                        "Round Things (as in wheels) are studied in a peer-reviewed electronic journal")
    page = page.replace(blurb, own)
    assert normalise_page("https://example.org/a", page).papers[0].abstract == own


def test_an_abstract_block_classed_in_capitals_is_the_abstract():
    # SpringerLink (2016–2019): <section class="Abstract" id="Abs1"> without a heading; its description
    # meta is the abstract cut short with "...".
    text = ("During the process of autoclave formation the temperature distribution is strongly "
            "influenced by the forming fixture.")
    # A page in standards mode (its doctype first) matches classes in their case.
    page = "<!DOCTYPE html>" + _meta_page(
        ("citation_title", "Effect of round fixtures"), ("description", text[:60] + "..."),
        body='<h1>Effect of round fixtures</h1>'
             f'<section class="Abstract" id="Abs1" lang="en"><p class="Para">{text}</p></section>')
    assert normalise_page("https://example.org/a", page).papers[0].abstract == text


def test_a_naturejobs_storys_one_line_standfirst_is_its_summary():
    # Naturejobs (nature.com, 2008): <p class="intro"> under the byline, the description meta repeating
    # it, too short for a description alone to count as an abstract.
    standfirst = "Florida adds to growing collection of round-things institutes."
    body = (f'<h2>Sunny view for round things</h2><p class="aug">Ada Lovelace</p>'
            f'<p class="intro">{standfirst}</p><p>In its bid to kindle a boom, Florida lures.</p>')
    page = _meta_page(("citation_title", "Sunny view for round things"), ("description", standfirst),
                      body=body)
    story = "https://www.nature.com/naturejobs/2008/080313/full/nj1.html"
    assert normalise_page(story, page).papers[0].abstract == standfirst
    # Elsewhere too, as the page shows it under the heading (a short description the page does not show
    # is no abstract: test_a_short_description_the_page_shows_as_its_standfirst_is_the_abstract).
    assert normalise_page("https://example.org/story", page).papers[0].abstract == standfirst


def test_a_section_title_set_beside_its_section_heads_the_abstract():
    # PubMed Central (2008-2009) sets each section's title as a div beside the section's content,
    # both in the page's content cell: <td class="content-cell"><div class="head1 section-title">
    # Abstract</div><div class="section-content">…</div>.
    page = (
        '<html><head><meta name="citation_title" content="Separation of round things"></head><body>'
        '<table><tr><td class="content-cell"><div class="head1 section-title">Abstract</div>'
        '<div class="section-content"><div class="p p-first-last">Hydrocyclones are simple and robust '
        "separation devices with no moving parts, and round things pass them well.</div></div>"
        '<div class="head1 section-title">Introduction</div><div class="section-content">'
        "<p>Round things have been studied for a long time in many places.</p></div></td></tr></table>"
        "</body></html>"
    )
    paper = normalise_page("https://example.org/a", page).papers[0]
    assert paper.abstract == ("Hydrocyclones are simple and robust separation devices with no moving parts, "
                              "and round things pass them well.")


def test_atypons_abstract_section_is_the_abstract_its_cut_meta_lacks():
    # MIT Press Journals on Atypon's Literatum of 2013 (round 26): dc.Description is the abstract cut
    # with "...", the heading "ABSTRACT" is a table's <th> beside a section-jump menu, and the
    # abstract is <div class="abstractSection"><p class="first last">…</p></div>, read by no selector.
    text = ("This study investigates the functional neuroanatomy of round things with fMRI. We presented "
            "short pieces of round music to listeners who were not musicians.")
    body = (
        "<h1>Round Contributions to Musical Expectancy</h1><strong>Ada Lovelace and Bo Flat</strong>"
        '<table class="sectionHeading"><tr><th>ABSTRACT</th><td><span class="fulltext">Section:</span>'
        '</td><td><form><select name="s"><option selected="">Choose</option><option value="#">Top of page'
        '</option><option value="#_i1">INTRODUCTION</option></select></form></td></tr></table>'
        f'<p class="fulltext"></p><div class="abstractSection"><p class="first last">{text}</p></div>'
        '<table class="sectionHeading"><tr><th>INTRODUCTION</th></tr></table>'
        "<p>Music follows a complex syntactic structure, and round things follow it too.</p>"
    )
    page = _meta_page(("dc.Title", "Round Contributions to Musical Expectancy"),
                      ("dc.Description", text[:70] + "..."), body=body)
    paper = normalise_page("https://www.mitpressjournals.org/doi/full/10.1162/jocn_a_1", page).papers[0]
    assert paper.abstract == text


def test_a_heading_the_abstract_shares_heads_its_first_block_even_from_a_cards_header():
    # A ResearchGate publication page (round 23): <div class="…card__header"><h2>Abstract and
    # Figures</h2></div><div class="…card__body"><div itemprop="description" class="…__abstract">the
    # abstract</div><div id="figures">…captions…</div></div>; no meta carries the abstract, and the page
    # gave its description meta instead ("PDF | … However,... | Find, read and cite all the research …").
    abstract = "We looked at round things long and found them round, rounder than the hills allow."
    page = ("<html><head><title>Round things</title>"
            '<meta name="citation_title" content="Round things"></head><body><h1>Round things</h1>'
            '<div class="card"><div class="card__header"><h2>Abstract and Figures</h2></div>'
            f'<div class="card__body"><div class="section__abstract" itemprop="description">{abstract}</div>'
            '<div id="figures"><a title="Fig. 1: A round thing.">Fig. 1: A round thing seen from above, '
            "with its shadow.</a></div></div></div></body></html>")
    assert normalise_page("https://example.org/publication/round", page).papers[0].abstract == abstract


def test_without_meta_a_heading_alone_in_its_column_heads_the_next_column():
    # A Rogue Scholar record (InvenioRDM, round 23), read without meta: under "Additional details", <div
    # class="ui grid"><div class="… column"><h3 class="ui header">Description</h3></div><div class="…
    # column"><div class="description"><p>…</p></div></div></div>; the heading had nothing after it in
    # its own column, so no description was read.
    description = "We looked at round things long and found them round, rounder than the hills allow."
    page = ("<html><head><title>Round things</title></head><body><h1>Round things</h1>"
            "<p>Published July 1, 2019 | https://doi.org/10.5555/round</p>"
            '<section id="additional-details"><h2>Additional details</h2><div class="ui grid">'
            '<div class="four wide column"><h3 class="ui header">Description</h3></div>'
            f'<div class="twelve wide column"><div class="description"><p>{description}</p></div></div>'
            "</div></section></body></html>")
    assert normalise_page("https://example.org/saved-page", page).papers[0].abstract == description


def test_a_heading_beside_bare_text_in_its_wrapper_still_heads_that_text():
    # ACL Anthology: <div class="card-body acl-abstract"><h5>Abstract</h5>In English, …</div> and then the
    # record's details: the heading is not alone in its wrapper, and its text is the bare text beside it.
    abstract = "We looked at round things long and found them round, rounder than the hills allow."
    page = ("<html><head><title>Round things</title></head><body><h1>Round things</h1><div class='card'>"
            f"<div class='card-body'><h5 class='card-title'>Abstract</h5>{abstract}</div>"
            "<dl><dt>Anthology ID:</dt><dd>P00-0000</dd></dl></div>"
            "<p>doi: 10.5555/round</p></body></html>")
    assert normalise_page("https://example.org/saved-page", page).papers[0].abstract == abstract


def test_a_heading_alone_in_its_wrapper_heads_its_section_not_the_sections_after():
    # A heading alone in its wrapper (<div class="section-title"><h2>Abstract</h2></div>) heads what
    # follows the wrapper; the next section's heading, wrapped the same way, was no heading tag among
    # the siblings, so the introduction was read on into the abstract.
    abstract = "We looked at round things long and found them round, rounder than the hills allow."
    page = ("<html><head><title>Round things</title></head><body><h1>Round things</h1>"
            '<div class="section-title"><h2>Abstract</h2></div>'
            f'<div class="section-body"><p>{abstract}</p></div>'
            '<div class="section-title"><h2>Introduction</h2></div>'
            '<div class="section-body"><p>Round things have long been studied, and found round.</p></div>'
            "</body></html>")
    assert normalise_page("https://example.org/paper/1", page).papers[0].abstract == abstract
    # The same for a data set's "Description" (the last of the fallbacks).
    page = ("<html><head><title>Round things</title></head><body><h1>Round things</h1>"
            + f"<div><h2>Description</h2></div><div><p>{abstract}</p></div>" * 3 + "</body></html>")
    assert normalise_page("https://example.org/paper/1", page).papers[0].abstract == abstract


def test_an_abstract_opening_with_a_dashed_point_keeps_its_dash():
    # VNU's repository (DSpace, 2020): a thesis's abstract of three points, each opening with "- ".
    assert _paper("vnu_63050_full.json").abstract.startswith("- Luận án góp phần hoàn thiện phương pháp")
    body = "<h1>On things</h1><p>Ada Lovelace</p>"
    points = "- We study things. - We find more."
    dashed = _meta_page(("citation_title", "On things"), ("citation_abstract", points), body=body)
    assert normalise_page("https://example.org/a", dashed).papers[0].abstract == points
    # A hyphen after the label goes with it.
    labelled = _meta_page(("citation_title", "On things"),
                          ("citation_abstract", "Abstract - We study things."), body=body)
    assert normalise_page("https://example.org/a", labelled).papers[0].abstract == "We study things."


def test_without_meta_a_disclosure_widget_summarised_abstract_holds_the_abstract():
    # eScholarship's item page (2022): <details open><summary>Abstract</summary><div><p>…</p></div>.
    text = ("We study things at length and find that they are many, varied and worth the study we "
            "give them.")
    body = (f"<h1>On things</h1><p>Ada Lovelace</p><details open><summary>Abstract</summary><div>"
            f"<p>{text}</p></div></details><details><summary>Main Content</summary><p>Download PDF to View"
            "</p></details>")
    found = normalise_page("https://example.org/item/1", f"<html><body>{body}</body></html>")
    assert (found.papers[0].title, found.papers[0].abstract) == ("On things", text)


def test_without_meta_a_listed_papers_disclosure_widget_is_no_abstract_of_the_page():
    # A list of other papers may show each one's abstract in a widget of its own (<li><a>…</a><details>
    # <summary>Abstract</summary>…): the page's record took the first listed paper's abstract for its own.
    other = ("Other people studied other things at great length and found them to be many and varied "
             "indeed, as was expected.")
    body = ("<h1>On things</h1><p class='authors'>Ada Lovelace</p><p>DOI: 10.1234/things</p>"
            "<h2>Related items</h2><ul><li>"
            f"<a href='/item/2'>Other things</a><details><summary>Abstract</summary><p>{other}</p></details>"
            "</li></ul>")
    found = normalise_page("https://example.org/item/1", f"<html><body>{body}</body></html>")
    paper = found.papers[0]
    assert (paper.title, paper.doi, paper.abstract) == ("On things", "10.1234/things", None)


def test_an_abstract_blocks_heading_in_the_pages_own_language_heads_it():
    # VNU's DSpace theme (2020): <div class="… abstract"><h5>Tóm tắt </h5><p>- Luận án …</p></div>: the
    # text after the Vietnamese heading, its first point's dash kept.
    text = ("- We study things at length. - We find that they are many, varied and worth the study we "
            "give them.")
    block = (f'<h1>On things</h1><p>Ada Lovelace</p><div class="field abstract"><h5>Tóm tắt </h5>'
             f"<p>{text}</p></div>")
    found = normalise_page("https://example.org/handle/1/2", f"<html><body>{block}</body></html>")
    assert found.papers[0].abstract == text


def test_an_abstracts_run_in_heading_in_a_span_opens_the_abstract_but_not_another_papers_teaser():
    # Copernicus: <span class="pb_abstract"><span class="pb_abstract_title">Abstract.</span> Biogenic …
    # </span>, the run-in heading print sets an abstract with, its holder a span rather than a paragraph.
    text = "We look at the shapes of things and find most of them round, unexpectedly so."
    run_in = f"<span><span>Abstract.</span> {text}</span>"
    meta = (("citation_title", "On Shapes of Things"), ("citation_author", "Lovelace, Ada"))
    page = _meta_page(*meta, body=f"<h1>On Shapes of Things</h1><p>Ada Lovelace</p><br>{run_in}")
    assert normalise_page("https://example.org/s", page).papers[0].abstract == text
    # A list of recommended papers shows the opening of each one's abstract, cut off: not this paper's.
    teaser = (f"<ul><li><a href='/b'>Round things</a><div><span><b>Abstract:</b> {text[:60]} ...</span>"
              "</div></li></ul>")
    page = _meta_page(*meta, body=f"<h1>On Shapes of Things</h1><p>Ada Lovelace</p>{teaser}")
    assert normalise_page("https://example.org/s", page).papers[0].abstract is None


def test_a_short_description_the_page_shows_as_its_standfirst_is_the_abstract():
    # Nature (2012): a Comment's description meta "C. Glenn Begley and Lee M. Ellis propose how …"
    # (shorter than an abstract taken unseen, as a site's blurb is) is the standfirst under its heading.
    standfirst = "Ada Lovelace proposes how engines must change if numbers are to benefit."
    meta = (("citation_title", "Round engines"), ("citation_author", "Lovelace, Ada"),
            ("description", standfirst))
    shown = f"<h1>Round engines</h1><div class='lead'><p>{standfirst}</p></div><p>The text begins here.</p>"
    found = normalise_page("https://example.org/c", _meta_page(*meta, body=shown))
    assert found.papers[0].abstract == standfirst
    # The same words nowhere shown whole are a blurb like any other.
    hidden = "<h1>Round engines</h1><p>The text begins here.</p>"
    assert normalise_page("https://example.org/c", _meta_page(*meta, body=hidden)).papers[0].abstract is None


def test_a_standfirst_written_without_a_full_stop_that_the_page_shows_whole_is_the_abstract():
    # The Guardian (2013): the standfirst under the heading, and the description meta the same words, end
    # without a full stop ("… paving the way for future treatments"), as the paper writes its standfirsts;
    # the description was taken for one cut short and left, though the page shows it whole.
    standfirst = "Engineers show how a round engine could run for a year on one wheel of coal"
    meta = (("og:title", "Round engines"), ("DC.date.issued", "2013-07-17"),
            ("citation_author", "Ada Lovelace"), ("description", standfirst))
    shown = (f"<h1>Round engines</h1><p id='stand-first'>{standfirst}</p><p class='byline'>Ada Lovelace</p>"
             "<p>The text begins here, with the engine and its wheel.</p>")
    found = normalise_page("https://example.org/c", _meta_page(*meta, body=shown))
    assert found.papers[0].abstract == standfirst
    # Words the page shows only as the opening of a longer paragraph are its start, no standfirst.
    longer = f"<h1>Round engines</h1><p>{standfirst} and the wheel turns on.</p>"
    assert normalise_page("https://example.org/c", _meta_page(*meta, body=longer)).papers[0].abstract is None
    # A description cut off with an ellipsis is cut short, shown or not.
    cut = standfirst[:40] + "\u2026"
    meta = (*meta[:3], ("description", cut))
    shown = f"<h1>Round engines</h1><p>{cut}</p><p>The text begins here.</p>"
    assert normalise_page("https://example.org/c", _meta_page(*meta, body=shown)).papers[0].abstract is None


def test_a_standfirst_set_as_an_h2_under_the_heading_that_the_description_repeats_is_the_abstract():
    # The Telegraph (2013, round 80's held-out page, after its final figure): the standfirst is the h2 under
    # the h1, and the description meta repeats it (with a line break inside); only a paragraph was sought.
    standfirst = "Round engines may run longer than square ones because their wheels wear more slowly."
    meta = (("og:title", "Round engines"), ("DC.date.issued", "2013-05-15"),
            ("description", standfirst.replace("because ", "because \n  ")))
    shown = f"<h1>Round engines</h1><h2>{standfirst}</h2><p>By Ada Lovelace</p><p>The text begins here.</p>"
    found = normalise_page("https://example.org/c", _meta_page(*meta, body=shown))
    assert found.papers[0].abstract == standfirst
    # An h2 further down that heads a section is no standfirst, though the description names it.
    lower = f"<h1>Round engines</h1><p>{'The text begins here. ' * 12}</p><h2>{standfirst}</h2>"
    assert normalise_page("https://example.org/c", _meta_page(*meta, body=lower)).papers[0].abstract is None


def test_a_short_description_the_site_shows_as_its_blurb_in_a_masthead_or_footer_is_no_standfirst():
    # A society's journal writes its own blurb as every page's description and shows it in its masthead
    # above the title or in its footer: a paragraph of the site's, not the paper's standfirst.
    blurb = "The Round Society publishes research on round things of every kind."
    meta = (("citation_title", "Round engines"), ("citation_author", "Lovelace, Ada"), ("description", blurb))
    for shown in (f"<header><p>{blurb}</p></header><h1>Round engines</h1><p>Members may read the text.</p>",
                  f"<h1>Round engines</h1><p>Members may read the text.</p><footer><p>{blurb}</p></footer>",
                  f"<h1>Round engines</h1><p>Members may read the text.</p><aside><p>{blurb}</p></aside>"):
        found = normalise_page("https://example.org/c", _meta_page(*meta, body=shown))
        assert found.papers[0].abstract is None


def test_an_abstract_heading_with_a_bracketed_qualifier_heads_its_sections_of_a_lower_rank():
    # BMC (2014): <h3>Abstract (provisional)</h3><h4>Background</h4><p>…</p><h4>Results</h4><p>…</p>,
    # dc.description the first section alone without its label.
    background = "Round things roll, and we wanted to know how far they roll on their own."
    results = "They roll far, and farther downhill."
    shown = (f"<h1>Round things</h1><h3>Abstract (provisional)</h3><h4>Background</h4><p>{background}</p>"
             f"<h4>Results</h4><p>{results}</p><h3>Introduction</h3><p>Not the abstract.</p>")
    page = _meta_page(("citation_title", "Round things"), ("dc.description", background), body=shown)
    abstract = normalise_page("https://example.org/r", page).papers[0].abstract
    assert abstract == f"Background {background} Results {results}"


def test_a_breadcrumbs_last_step_named_abstract_labels_no_abstract():
    # Nature Materials (2009): <div id="breadcrumb"><div><a>Journal home</a> &gt; <a>Advance online
    # publication</a> &gt; <a>Letter</a> &gt; <span class="thisitem">Abstract</span></div></div>.
    crumbs = ("<div><div><a href='/'>Journal home</a> &gt; <a href='/aop'>Advance online publication</a>"
              " &gt; <a href='/l'>Letter</a> &gt; <span>Abstract</span></div></div>")
    page = _meta_page(("citation_title", "Round things"), body=f"{crumbs}<h1>Round things</h1><p>Text.</p>")
    assert normalise_page("https://example.org/r", page).papers[0].abstract is None


def test_a_description_naming_the_site_as_its_subject_after_a_short_lead_is_a_blurb():
    # NBER (2022-2025): description "Founded in 1920, the NBER is a private, non-profit, non-partisan
    # organization dedicated to …" on every working paper's page, og:site_name "NBER".
    blurb = ("Founded in 1920, the RTSI is a private, non-profit, non-partisan organization dedicated to "
             "conducting research on round things and to disseminating research findings among academics, "
             "public policy makers, and business professionals.")
    meta = (("citation_title", "Round things"), ("og:site_name", "RTSI"), ("description", blurb))
    page = _meta_page(*meta, body="<h1>Round things</h1><p>Text.</p>")
    assert normalise_page("https://example.org/w1", page).papers[0].abstract is None
    # A paper's own description that names the site later is no blurb.
    own = ("Using data from 1920 to 2020, the RTSI archive is shown to hold most of the round things "
           "recorded, which we then use to estimate how round they are on average and over time, "
           "finding them rounder than expected.")
    page = _meta_page(("citation_title", "Round things"), ("og:site_name", "RTSI"), ("description", own),
                      body="<h1>Round things</h1><p>Text.</p>")
    assert normalise_page("https://example.org/w1", page).papers[0].abstract == own


def test_without_meta_an_abstract_heading_the_page_shows_comes_before_one_it_hides():
    # DergiPark (2026): a Turkish paper's tabs by language, the English first in the source but hidden.
    shown = ("Bu araştırmanın amacı, okul öncesi öğretmen adaylarının becerileri arasındaki ilişkiyi "
             "incelemektir.")
    hidden = "The aim of this study is to examine the relationship between the skills of teacher candidates."
    tabs = (f"<div id='en' {{style}}><h2>Abstract</h2><div>{hidden}</div></div>"
            f"<div id='tr' style=''><h2>Abstract</h2><div>{shown}</div></div>")
    for style in ('style="display:none"', 'style="color: red; display : none;"', "hidden"):
        page = f"<html><body><h1>On things</h1><p>Ada Lovelace</p>{tabs.format(style=style)}</body></html>"
        assert normalise_page("https://example.org/a/1", page).papers[0].abstract == shown
    # An abstract the page only hides (a panel a script opens) is still its abstract.
    page = (f"<html><body><h1>On things</h1><p>Ada Lovelace</p><div style='display:none'><h2>Abstract</h2>"
            f"<div>{hidden}</div></div></body></html>")
    assert normalise_page("https://example.org/a/1", page).papers[0].abstract == hidden


def test_a_page_nested_deeper_than_pythons_stack_is_read_not_raised():
    # Thousands of unclosed divs: block_text's walk recursed once an element and a RecursionError left
    # normalise_page (a captured page was a server error, not a record or none).
    text = ("We study things at length and find that they are many, varied and worth the study we "
            "give them.")
    nested = "<div>" * 3000 + f"<p>{text}</p>" + "</div>" * 3000
    page = ("<html><body><h1>On things</h1><p class='authors'>Ada Lovelace</p><h2>Abstract</h2>"
            f"{nested}</body></html>")
    found = normalise_page("https://example.org/item/1", page)
    assert (found.papers[0].title, found.papers[0].abstract) == ("On things", text)


def test_a_long_run_of_spaces_in_a_block_is_read_in_linear_time():
    # A page whose template pads a paragraph with a long run of spaces (or a hostile page): the closing
    # bracket's line-break rule was tried from each space of the run and walked the run to its end each
    # time, quadratic in its length, in every reader of a block's text. Brackets still lose a source
    # line break inside them.
    text = "We study things (the many, varied ones) at length and find them worth the study we give."

    def normalising(length):
        spaces = " " * length
        page = ("<html><body><h1>On things</h1><p class='authors'>Ada Lovelace</p><h2>Abstract</h2>"
                f"<p>We study things (\nthe many, varied ones\n) at{spaces}length and{spaces}find them worth "
                f"the study{spaces}we give.</p></body></html>")
        return lambda: normalise_page("https://example.org/item/1", page)

    found = assert_linear_time(normalising, 30_000)  # 10 s before, 0.05 s after
    assert found.papers[0].abstract == text


def test_another_papers_summary_headed_by_a_paragraph_in_a_sidebars_list_is_not_the_abstract():
    # A lab's news page of its paper, no meta, no abstract of its own; its sidebar lists the lab's other
    # papers, each a title link, <p>Summary</p> and the paper's summary: that summary is the other paper's.
    other = ("Honeybees trained with sugar rewards can tell apart groups of up to four objects, a study of "
             "two hundred foragers shows.")
    page = ("<html><head><title>Sea-floor map is the sharpest yet</title></head><body><article><h1>Sea-floor "
            "map is the sharpest yet</h1><p class='byline'>By Ann Lee</p><p>The paper (doi:10.1038/nature1234"
            "5) gives the map.</p></article><aside><h2>Also from our lab</h2><ul><li><a href='/p/2'>Bees "
            f"count to four</a><p>Summary</p><p>{other}</p></li></ul></aside></body></html>")
    assert normalise_page("https://lab.example.org/news/sea-floor", page).papers[0].abstract is None


def test_an_abstract_headed_by_a_paragraph_is_its_run_of_labelled_paragraphs():
    # An aggregator's copy of a journal article (round 37's FindArticles page, 2004): the heading is a
    # paragraph, <p>ABSTRACT</p>, and nothing heads the article's text after the abstract, so the
    # abstract is the run of paragraphs that open with a run-in label (an advertisement among them);
    # the journal's citation line and the text after it are not. Unstructured, the first paragraph.
    objective = "OBJECTIVE: To compare treatment outcomes of open foot wounds using two kinds of dressing."
    conclusion = "CONCLUSION: Patients treated with negative pressure had fewer complications than others."
    relevance = "CLINICAL RELEVANCE: Negative pressure may help heal open wounds with significant defects."
    page = ("<html><head><title>Open foot wounds - Find Articles</title></head><body>"
            "<h1>Open foot wounds</h1>"
            f"<p>by Page, Jeffrey C, Newswander, Brad</p><p>ABSTRACT</p><p>{objective}</p><p>{conclusion}</p>"
            f"<div class='ad'><span>Advertisement</span></div><p>{relevance}</p>"
            "<p>ADV SKIN WOUND CARE 2004;17:354-64.</p><p>More than 2.8 million patients in the United "
            "States suffer from chronic wounds, costing billions of dollars annually.</p></body></html>")
    found = normalise_page("https://example.org/p/articles/ai_1", page)
    assert found.papers[0].abstract == f"{objective} {conclusion} {relevance}"
    plain = ("We compared two dressings for open foot wounds in forty-seven patients over two years of "
             "care.")
    page = page.replace(f"<p>{objective}</p><p>{conclusion}</p>", f"<p>{plain}</p>").replace(
        f"<p>{relevance}</p>", "")
    assert normalise_page("https://example.org/p/articles/ai_1", page).papers[0].abstract == plain


def test_a_news_storys_standfirst_block_is_its_summary_without_meta():
    # Nature News & Comment, 2013 (round 37): with its meta taken off, the story's summary is only the
    # div.standfirst under the heading, as a French review's chapô is.
    standfirst = "Once-forgotten 'tar pitch' experiment yields results after seven decades."
    page = ("<html><head><title>World's slowest-moving drop caught on camera at last</title></head><body>"
            "<h1 class='article-heading'>World's slowest-moving drop caught on camera at last</h1>"
            f"<div class='standfirst'><p>{standfirst}</p></div><p>Richard Johnston</p><div class='content'>"
            "<p>How long would you be willing to wait for a drop of the black stuff in Dublin?</p></div>"
            "<dl><dt>DOI:</dt><dd>doi:10.1038/nature.2013.13418</dd></dl></body></html>")
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert paper.abstract == standfirst


def test_a_related_storys_standfirst_is_not_the_pages_summary():
    # A news page, no meta, lists related stories below its own, each a title link and a div.standfirst
    # (in a list, or as cards under their own h3): theirs, whether the page's own standfirst is too
    # short to read or missing.
    related = ("Chemists find that coating the dots in a thin shell of zinc sulphide doubles their "
               "brightness and keeps them stable for weeks in water.")
    as_list = (f"<section><h2>Related stories</h2><ul><li><a href='/news/1'>Quantum dots glow brighter</a>"
               f"<div class='standfirst'>{related}</div></li></ul></section>")
    as_cards = (f"<div class='more'><div class='card'><h3><a href='/news/1'>Quantum dots glow brighter</a>"
                f"</h3><div class='standfirst'>{related}</div></div></div>")
    own = "<div class='standfirst'>A new map of the sea floor.</div>"
    page = ("<html><head><title>Sea-floor map is the sharpest yet</title></head><body><article><h1>Sea-floor "
            "map is the sharpest yet</h1>{0}<p>By Ann Lee</p><p>The paper (doi:10.1038/nature12345) gives "
            "the map, made from ship soundings and satellite data.</p></article>{1}</body></html>")
    url = "https://news.example.com/science/sea-floor-map"
    for others in (as_list, as_cards):
        for standfirst in (own, ""):
            assert normalise_page(url, page.format(standfirst, others)).papers[0].abstract is None
    # The page's own standfirst, long enough, is still its summary.
    longer = ("A new map of the sea floor, made from a decade of soundings, shows ridges and canyons never "
              "seen before.")
    found = normalise_page(url, page.format(f"<div class='standfirst'>{longer}</div>", as_list))
    assert found.papers[0].abstract == longer


def test_a_site_blurb_in_a_classed_div_under_the_heading_is_no_standfirst():
    # The review of db36fbf left it: a description the page shows whole under its title's heading is
    # taken for a standfirst, and a blog theme may show the site's blurb there (<div class="site-
    # description"><p>…</p></div>), or under the site's own h1 when the post's heading is not found.
    # A blurb says what the site is, by the name its link home shows.
    blurb = "Front Matter is a blog about scholarly infrastructure, open science and research tools."
    prose = ("We have been thinking about deep learning for a while now, and this post collects some of "
             "those thoughts in one place, with the papers that shaped them. ") * 2
    meta = (("citation_title", "Thoughts on deep learning"), ("citation_author", "Martin Fenner"),
            ("description", blurb))
    masthead = "<header><a href='/'>Front Matter</a></header>"
    under_the_title = (f"{masthead}<article><h1>Thoughts on deep learning</h1><div class='site-description'>"
                       f"<p>{blurb}</p></div><p>Martin Fenner</p><p>{prose}</p></article>")
    under_the_sites_h1 = (f"<header><h1><a href='/' rel='home'>Front Matter</a></h1><div class='tagline'>"
                          f"<p>{blurb}</p></div></header><article><h1>Thoughts on <em>deep</em> learning!"
                          f"</h1><p>{prose}</p></article>")
    for body in (under_the_title, under_the_sites_h1):
        found = normalise_page("https://blog.example.org/posts/thoughts", _meta_page(*meta, body=body))
        assert found.papers[0].abstract is None
    # A standfirst about the paper, under the same masthead, is still the abstract.
    standfirst = "C. Glenn Begley and Lee M. Ellis propose how methods, publications and incentives change."
    body = (f"{masthead}<article><h1>Thoughts on deep learning</h1><div class='standfirst'>"
            f"<p>{standfirst}</p></div><p>{prose}</p></article>")
    meta = (("citation_title", "Thoughts on deep learning"), ("description", standfirst))
    found = normalise_page("https://example.org/c", _meta_page(*meta, body=body))
    assert found.papers[0].abstract == standfirst


def test_a_reports_executive_summary_is_its_abstract():
    # An AT&T Labs-Research technical report of 1999 (round 39's page, as arXiv serves it): no meta, a
    # contents list, then an h2 "Executive Summary" where a paper's "Abstract" would be, then the report.
    page = ("<html><head><title>Beyond Concern</title></head><body><h1>Beyond Concern</h1>"
            "<p><b>Lorrie Faith Cranor</b></p><h2>Contents</h2><ul><li>Executive Summary</li></ul>"
            "<h2><a name=exec></a>Executive Summary</h2>People are concerned about privacy, particularly on"
            " the Internet.<p>We present results from 381 questionnaires.</p>"
            "<h2>Introduction</h2>Over the past decade, numerous surveys have been made.</body></html>")
    paper = normalise_page("http://www.research.att.com/~lorrie/pubs/report.htm", page).papers[0]
    assert paper.title == "Beyond Concern"
    assert paper.abstract == ("People are concerned about privacy, particularly on the Internet. "
                              "We present results from 381 questionnaires.")
    # An abstract the page heads so is still the abstract, before any executive summary.
    both = page.replace("<h2>Contents</h2>", "<h2>Abstract</h2><p>We surveyed 381 people about privacy"
                        " online and what they would tell a web site.</p><h2>Contents</h2>")
    assert normalise_page("http://www.research.att.com/~lorrie/pubs/report.htm", both).papers[0].abstract == (
        "We surveyed 381 people about privacy online and what they would tell a web site.")


def test_an_abstract_heading_over_an_empty_paragraph_is_no_abstract():
    # Hugo's Academic theme (round 38's JRavi Lab page): <h3>Abstract</h3><p class=pub-abstract></p> when
    # the paper's abstract was left out, then the page's rows of type and venue and the site owner's
    # author card ("Assistant Professor", a sentence of research interests), all under the same heading.
    rows = ('<div class="row"><div>Type</div><div><a href="/publication/#2">Journal article</a></div></div>'
            '<div class="row"><div>Publication</div><div><em>Frontiers in Microbiology</em></div></div>'
            '<div class="media author-card"><h5>Ada Lovelace</h5><h6>Assistant Professor</h6><p>My research '
            'interests include computational pathogenomics and host-directed drug-repurposing.</p></div>')
    page = ('<html><head><title>A study of round things</title></head><body><h1>A study of round things'
            '</h1><a href="https://doi.org/10.1234/round.5">DOI</a><h3>Abstract</h3>'
            '<p class="pub-abstract">{0}</p>' + rows + "<h3>Related</h3></body></html>")
    address = "https://example.org/publication/round/"
    assert normalise_page(address, page.format("")).papers[0].abstract is None
    shown = "We study round things in detail and find that they roll downhill."
    # A filled paragraph is the abstract's start still.
    assert normalise_page(address, page.format(shown)).papers[0].abstract.startswith(shown)


def test_the_academic_themes_abstract_paragraph_is_the_abstract_under_a_heading_in_any_language():
    # Hugo Blox Builder on a French site (round 38's held-out Eric Marcon page), read without meta:
    # <h3>Résumé</h3><p class="pub-abstract">…</p>, then the rows of type and venue; "Résumé" is no
    # heading the abstract reader takes (HAL's stands over tabs of languages).
    shown = ("L’agglomération des activités économiques est indéniable (Krugman, 1991) et chacun peut "
             "aisément citer des exemples de quartiers spécialisés au sein des villes.")
    rows = ('<div class="row"><div>Type</div><div>Article de revue</div></div><div class="row">'
            "<div>Publication</div><div>Économie et Statistique</div></div>")
    page = ('<html lang="fr-fr"><body><h1>Mesures de la concentration spatiale</h1>'
            '<div class="article-metadata"><div><span>Eric Marcon</span>, <span>Florence Puech</span></div>'
            f'</div><div class="article-container"><h3>Résumé</h3><p class="pub-abstract">{shown}</p>{rows}'
            "</div></body></html>")
    assert normalise_page("https://example.org/saved-page", page).papers[0].abstract == shown


def test_a_meta_copy_of_the_abstract_in_plain_quotes_is_read_as_the_page_writes_it():
    # Hugo Blox Builder's description and JSON-LD description plainify the abstract (round 38's held-out
    # Eric Marcon page): "L'agglomération" where the page shows "L’agglomération" (&rsquo;).
    shown = ("L’agglomération des activités économiques est indéniable (Krugman, 1991) et chacun peut "
             "aisément citer des exemples de quartiers d’activités spécialisés au sein des villes.")
    plain = shown.replace("’", "'")
    page = (f'<html lang="fr"><head><meta name="description" content="{plain}"><script type="application/'
            f'ld+json">{{"@type": "Article", "headline": "Mesures de la concentration spatiale", '
            f'"description": "{plain}"}}</script></head><body><h1>Mesures de la concentration spatiale'
            f'</h1><h3>Résumé</h3><p class="pub-abstract">{shown.replace("’", "&rsquo;")}</p></body></html>')
    assert normalise_page("https://example.org/publication/marcon-2015/", page).papers[0].abstract == shown


def test_an_abstract_after_a_label_in_lenticular_brackets_is_read_without_what_the_page_hides():
    # CNKI's record page of 2016 (round 40's held-out page): no meta, the abstract in a paragraph that opens
    # with the label 【摘要】 as its text, then a span of the abstract and one of two links a script shows
    # to fold it, hidden (display:none).
    abstract = "本文主要研究在没有绩效考虑的情况下,上市公司外部独立董事的薪酬是如何决定的。" * 3
    page = ("<html><head><title>无绩效考核下外部独立董事薪酬的决定 - 中国期刊全文数据库</title></head><body>"
            "<h1><span>无绩效考核下外部独立董事薪酬的决定</span></h1><div class='author summaryRight'>"
            "<p>\n 【作者】\n <a>沈艺峰</a>；\n </p>"
            f"<p>      \n      【摘要】 <span id=ChDivSummary>{abstract}</span><span>"
            "<a id=ChDivSummaryMore style='display:none'>更多</a>"
            "<a id=ChDivSummaryReset style='display:none'>还原</a></span><br></p></div>"
            "<div class='keywords int5'>【关键词】 <a>外部独立董事</a>；</div></body></html>")
    address = "http://kns.cnki.net/kcms/detail/detail.aspx?filename=lkgp201602002"
    assert normalise_page(address, page).papers[0].abstract == abstract
    # The keywords' label in brackets opens no abstract.
    keywords = page.replace("【摘要】", "【关键词】")
    found = normalise_page(address, keywords)
    assert found is None or not found.papers or found.papers[0].abstract is None
    # A block that opens with the label but holds the page's sections holds more than the abstract.
    whole = page.replace("<div class='author summaryRight'>",
                         "<div>\n 【摘要】 <div class='author summaryRight'>")
    whole = whole.replace("【摘要】 <span id=ChDivSummary>", "<span id=ChDivSummary>")
    found = normalise_page(address, whole)
    assert found is None or not found.papers or found.papers[0].abstract is None


def test_an_abstracts_label_closed_by_a_full_width_colon_is_not_its_text():
    # Wanfang Data's article page of 2017 (round 40's second batch): the abstract block (div.abstract)
    # holds the label '摘要：' in a span of its own, then the text; abstract_text took off 'Abstract'
    # and its other languages' words, but not the Chinese label or its full-width colon.
    abstract = "加强当代大学生同中国梦的紧密联系,需要一种内在的逻辑力量去弥合,使其突破表层的学理灌输。" * 2
    page = ("<html><head><title>中国梦视阈下大学生精神动力的逻辑内蕴与培育路径</title></head><body>"
            "<h1>中国梦视阈下大学生精神动力的逻辑内蕴与培育路径</h1><div class='baseinfo-feild abstract'>"
            "<div class='row clear zh'><div class=pre><span>摘要：</span></div>"
            f"<div class=text>{abstract}</div></div></div></body></html>")
    address = "http://d.wanfangdata.com.cn/Periodical/dlgbxk201704006"
    assert normalise_page(address, page).papers[0].abstract == abstract
    # A text that only opens with the word, not the label, keeps it.
    assert abstract_text("摘要性研究表明，中国梦的内涵丰富。") == "摘要性研究表明，中国梦的内涵丰富。"


def test_a_structured_abstract_that_closes_with_its_trials_registration_is_whole_not_cut_short():
    # JAMA Network (round 43): citation_abstract ends "Trial Registration UMIN Clinical Trials Registry
    # Identifier:UMIN00048732", no full stop; the body shows the same paragraphs, the first of which it
    # had been taken as the teaser of.
    assert _paper("jamanetworkopen_2837260.json").abstract.startswith(
        "Importance Despite the rising prevalence of bulimia nervosa")
    whole = ("<h3>Importance</h3><p>Round things matter to everyone who studies them.</p>"
             "<h3>Results</h3><p>They were round.</p>"
             "<h3>Trial Registration</h3><p>ClinicalTrials.gov Identifier: NCT01234567</p>")
    body = ("<h1>Round things</h1><p><strong>Importance</strong> Round things matter to everyone who studies "
            "them.</p><p><strong>Results</strong> They were round.</p>")
    page = _meta_page(("citation_title", "Round things"), ("citation_abstract", whole), body=body)
    found = normalise_page("https://example.org/round", page).papers[0]
    assert found.abstract is not None and found.abstract.endswith("Identifier: NCT01234567")
    # A description cut mid-sentence is still a teaser.
    teaser = "Importance Round things matter to"
    cut = _meta_page(("citation_title", "Round things"), ("citation_abstract", teaser), body=body)
    assert normalise_page("https://example.org/round", cut).papers[0].abstract != teaser


def test_an_abstract_after_a_spacer_paragraph_under_its_heading_is_read():
    # A hand-made paper page (a word processor's export): <h2>Abstract</h2>, an empty spacer paragraph
    # (<p>&nbsp;</p>), then the abstract in a div, a blockquote or bare text. Round 38's rule for a
    # template's unfilled abstract took the empty paragraph for one, and the page gave no record at all.
    text = ("We map the sea floor of the whole bay at one metre with sonar from autonomous boats, the "
            "sharpest map yet, and show how the method scales to the open sea.")
    page = ("<html><head><title>Mapping the sea floor</title></head><body><h1>Mapping the sea floor</h1><p>"
            "Ann Lee, Bob Stone</p><h2>Abstract</h2>{}<h2>Introduction</h2><p>Text.</p></body></html>")
    for after in (f"<p>&nbsp;</p><div>{text}</div>", f"<p></p><blockquote>{text}</blockquote>",
                  f"<p>&nbsp;</p>{text}"):
        found = normalise_page("https://example.org/papers/sea-floor.html", page.format(after))
        assert found is not None and found.papers[0].abstract == text, after


_JAMA_2016 = """<div class="section"><div class="top"><div class="jump">{heading}
<div class="links"><div class="row"><a href="#Abstract">ABSTRACT</a> | <a href="#METHODS">METHODS</a> |
<a href="#REFERENCES">REFERENCES</a></div><div class="next"><a href="#METHODS"></a></div></div></div></div>
{slot}<div class="content"><p><strong>Background</strong> We pooled six studies of condoms. {more}</p></div>
<div class="figures"><h6>Figures in this Article</h6></div></div>"""


def test_a_row_of_links_to_the_pages_sections_beside_the_abstracts_heading_does_not_hold_the_abstract():
    # The JAMA Network, 2016 (round 46): h2 "ABSTRACT" and the jump links share a wrapper; the text comes
    # after the wrapper around them.
    body = _JAMA_2016.format(heading="<h2>ABSTRACT</h2>", slot="", more="We found them useful. " * 5)
    page = _meta_page(("citation_title", "T"), body=body)
    abstract = normalise_page("https://example.org/a", page).papers[0].abstract
    assert abstract.startswith("Background We pooled six studies")
    assert "METHODS" not in abstract and "Figures" not in abstract


def test_an_empty_heading_between_the_abstracts_heading_and_its_text_does_not_end_the_abstract():
    # The JAMA Network, 2016 (round 46): an empty <h6><span></span></h6>, a template's slot for a
    # sub-heading, stands between the abstract's heading and its text.
    assert _paper("jamanetwork_archinternmed.2009.177.json").abstract.startswith(
        "Background The degree of effectiveness of condom use"
    )
    slot = '<div class="sub"><h6><span class="lblSubTitle"></span></h6></div>'
    body = _JAMA_2016.format(heading="<h2>ABSTRACT</h2>", slot=slot, more="We found them useful. " * 5)
    page = _meta_page(("citation_title", "T"), body=body)
    abstract = normalise_page("https://example.org/a", page).papers[0].abstract
    assert abstract.startswith("Background We pooled six studies")


def test_a_heading_drawn_as_a_picture_ends_the_abstract():
    # A hand-made page draws its section headings as pictures, each heading in a wrapper of its own: the
    # empty heading that no longer ends the abstract (the JAMA Network's slot) is not one that shows a
    # picture, and the abstract ran on into the introduction.
    abstract = ("We present a method for segmenting cells in microscopy images with deep networks trained on"
                " many thousands of annotated images.")
    page = ('<html><head><title>Deep cell segmentation</title></head><body><h1>Deep cell segmentation</h1>'
            f'<div class="hd"><h2>Abstract</h2></div><div><p>{abstract}</p></div><div class="hd"><h2><img '
            'src="intro.gif" alt="Introduction"></h2></div><div><p>Cells are small, and the introduction '
            "goes on about them at length.</p></div></body></html>")
    assert normalise_page("https://lab.example.edu/pubs/cells", page).papers[0].abstract == abstract


def test_a_heading_wrapper_beside_many_link_rows_is_read_in_linear_time():
    # Climbing past a wrapper looks at each sibling once: deep nesting with link rows at every level.
    def normalising(depth):
        body = ("<div>" * depth + "<h2>Abstract</h2>"
                + '<div><a href="#a">A</a> | <a href="#b">B</a></div></div>' * depth
                + "<p>" + "Text of the abstract. " * 10 + "</p>")
        page = _meta_page(("citation_title", "T"), body=body)
        return lambda: normalise_page("https://example.org/a", page)

    assert_linear_time(normalising, 400)


def test_a_deep_nest_of_spans_is_searched_for_an_abstract_in_linear_time():
    # Two abstract readers were quadratic in a deep nest of spans (32,000 about 30 s of CPU): the label
    # reader (shown._abstract_after_label) cleaned the whole text of every span to tell whether it said
    # "Abstract", and the ACL Anthology's "div.acl-abstract span" had lexbor look up the ancestors of
    # every span for the block. A label's raw text is read only as far as a label runs, and the ACL
    # abstract's span is the block's own child.
    def reading(depth):
        nest = "<span>Ann Lee " * depth + "</span>" * depth
        page = parse_page(f"<html><body><h1>Round things in yeast</h1><p>{nest}</p></body></html>")
        return lambda: generic_abstract(page)

    assert assert_linear_time(reading, 32000) is None
    abstract = ("When fine-tuning pretrained models for classification, researchers use a generic head "
                "or a task-specific prompt.")
    acl = ('<div class="card-body acl-abstract"><h5 class="card-title">Abstract</h5>'
           f"<span>{abstract}</span></div>")
    assert generic_abstract(parse_page(f"<html><body>{acl}</body></html>")) == abstract
    labelled = f"<p><span>Abstract: </span>{abstract}</p>"
    assert generic_abstract(parse_page(f"<html><body>{labelled}</body></html>")) == abstract


def test_an_abstract_headed_in_the_pages_own_language_is_the_abstract():
    # A paper's Spanish translation on its Manubot site (round 50's held-out class, 2019): no meta but
    # pandoc's author and date tags, the abstract under an h2 "Resumen", no "Abstract" anywhere; the
    # page had no abstract. The same word is known as an abstract block's heading (shown._ABSTRACT_HEADINGS).
    page = ('<html><head><meta name="generator" content="pandoc"><meta name="author" content="Ada Lovelace">'
            '<meta name="author" content="Alan Turing"><meta name="dcterms.date" content="2019-09-13"><title>'
            'Las cosas redondas</title></head><body><h1>Las cosas redondas</h1><h2>{heading}</h2><p>El sitio '
            'web permite a los usuarios contar las cosas redondas de cada año, y hallamos que casi todas '
            'siguen siendo redondas.</p><h2>Introducción</h2><p>Las cosas redondas ruedan.</p></body></html>')
    url = "https://lab.example.org/cosas-redondas/"
    for heading in ("Resumen", "Resumo:"):
        abstract = normalise_page(url, page.format(heading=heading)).papers[0].abstract
        assert abstract is not None and abstract.startswith("El sitio web permite a los usuarios"), heading


def test_a_books_short_description_is_its_summary_where_another_pages_is_no_abstract():
    # Fundamentals of Data Visualization's site (round 54's held-out page, 2019), bookdown's GitBook:
    # og:type "book" and a description of one sentence, 104 characters, the book's own summary; a
    # description that short is taken for a site's blurb elsewhere, and the book had no abstract.
    summary = ("A guide to making visualizations that accurately reflect the data, tell a story, and look "
               "professional.")
    page = ("<html><head><title>Fundamentals of Data Visualization</title>"
            f"<meta name='description' content='{summary}'><meta property='og:type' content='book'>"
            "</head><body><h1 class='title'>Fundamentals of Data Visualization</h1>"
            "<h4 class='author'><em>Claus O. Wilke</em></h4><p>This is the website for the book, published "
            "by O’Reilly Media, Inc.</p></body></html>")
    assert normalise_page("https://example.org/dataviz/", page).papers[0].abstract == summary
    other = page.replace("content='book'", "content='website'")
    assert normalise_page("https://example.org/dataviz/", other).papers[0].abstract is None


def test_an_abstract_block_classed_pub_abstract_whose_label_paragraph_the_parser_closes_is_read():
    # ResearchGate's publication page of 2016 (round 53's held-out page, the server's HTML): citation_*
    # meta with no abstract, og:description cut with '...', and <div class="pub-abstract"><div
    # class="clearfix"><p itemprop="description"> <strong>ABSTRACT</strong> <div>The European …</div>:
    # the <p> closes before the <div>, so the label stands alone and no reader took the text.
    prose = "We study things at length and find that they are many. " * 5
    page = ('<html><head><meta name="citation_title" content="On the Analytical Engine">'
            '<meta name="citation_author" content="Ada Lovelace"></head><body><h1>On the Analytical Engine'
            '</h1><div class="pub-abstract"><div class="clearfix"><p itemprop="description"> <strong>ABSTRACT'
            f'</strong> <div>{prose}</div></p></div></div></body></html>')
    paper = normalise_page("https://example.org/publication/1_On_the_Analytical_Engine", page).papers[0]
    assert paper.abstract == prose.strip()


def test_an_abstract_headed_with_both_its_names_is_read_without_meta():
    # UWE's EPrints page (round 53's held-out page, 2016) read without its meta: <div class="ep_block">
    # <h2>Abstract/Description</h2><p style="white-space: pre-line;">Life expectancy …</p>; no heading
    # reader knew the two names in one, and the page gave no record.
    prose = "We study things at length and find that they are many. " * 5
    page = ('<html><body><h1>On the Analytical Engine</h1>'
            '<p>Lovelace, A. (2010) On the Analytical Engine.</p>'
            f'<div class="ep_block"><h2>Abstract/Description</h2><p>{prose}</p></div></body></html>')
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.title, paper.abstract) == ("On the Analytical Engine", prose.strip())


def test_a_drupal_abstract_field_is_the_abstract_before_a_long_description_of_the_page():
    # Geodiversitas (round 56): the abstract is Drupal's field block, <div class="field
    # field-name-field-abstract …">, under no heading; the description meta ("Find the fascicle's article
    # <title> on the website of …", over 200 characters) was read as the abstract instead.
    assert _paper("mnhn_geodiversitas_21_4_581.json").abstract.startswith("The occurrence of radiolarian")
    words = "Round things are studied at length here, and many of them turn out to roll. " * 4
    for drupal in ("field field-name-field-abstract field-type-text-with-summary",
                   "field field--name-field-abstract field--type-text-long"):
        page = (f'<html><head><meta name="description" content="Find the article On round things on the '
                f'website of the Round Society, where every article of its journal is described. {words}">'
                f'</head><body><h1>On round things</h1><div class="{drupal}"><div class="field-items">'
                f'<div class="field-item even"><p>{words}</p></div></div></div></body></html>')
        paper = normalise_page("https://example.org/journal/1/2/on-round-things", page).papers[0]
        assert paper.abstract == words.strip()


def test_a_papers_abstract_shown_only_cut_in_its_description_is_what_the_page_has_of_it():
    # Redalyc (round 56, 2015): citation_* meta with no abstract, the body a link to the abstract's own
    # page, and description/og:description the abstract cut at 150 characters with "...": under 200
    # characters, and cut, it was taken for no abstract.
    assert _paper("redalyc_57415694002.json").abstract.startswith("Se describen e ilustran nuevos taxones")
    cut = ("We looked at round things long and found them round; of the nineteen kinds of round things we "
           "measured, r...")
    def page(description: str, head: str = '<meta name="citation_title" content="On round things">') -> str:
        return (f'<html><head>{head}<meta name="description" content="{description}"></head>'
                '<body><h1>On round things</h1><p><a href="resumen">Abstract</a></p></body></html>')
    assert normalise_page("https://example.org/round", page(cut)).papers[0].abstract == cut
    # Whole, or short, or on a page no paper's meta names, it is not taken for a cut abstract.
    whole = cut.removesuffix(" r...") + "."
    assert normalise_page("https://example.org/round", page(whole)).papers[0].abstract is None
    assert normalise_page("https://example.org/round", page("Round things, r...")).papers[0].abstract is None
    plain = normalise_page("https://example.org/round", page(cut, head="<title>On round things</title>"))
    assert plain is None or all(paper.abstract is None for paper in plain.papers)


def test_a_sites_own_description_cut_to_a_length_is_not_the_papers_abstract():
    # Round 56 took a description meta of 100 characters or more that stops in an ellipsis for the paper's
    # abstract cut short, on any page whose citation_* meta name a paper, so a repository's or a journal's
    # own words cut to a length on every page ("Welcome to our open access repository, where you can browse
    # …", a notice on its charges) became the abstract. A cut abstract speaks of what the title names.
    meta = ('<meta name="citation_title" content="A study of round things">'
            '<meta name="citation_author" content="Lovelace, Ada">')
    for description in ("Welcome to our open access repository, where you can browse thousands of theses, "
                        "articles and data sets deposited by our researchers and st...",
                        "The article processing charge is waived for all papers submitted before the end "
                        "of the year; see our author guidelines for the details of submis..."):
        page = (f'<html><head>{meta}<meta name="description" content="{description}"></head><body>'
                '<h1>A study of round things</h1><p>Ada Lovelace</p></body></html>')
        assert normalise_page("https://repository.example.edu/items/5", page).papers[0].abstract is None


def test_a_meta_abstract_written_in_markdown_gives_way_to_the_abstract_the_page_shows():
    # Quarto (Computo, 2023): citation_abstract from the source, "Random Forests (RF) [@breiman:2001] are
    # …", where the page's div.abstract shows "(Breiman 2001)".
    assert _paper("computo_202312-cleynen-local.json").abstract.startswith(
        "Random Forests (RF) (Breiman 2001) are very popular machine learning methods."
    )
    rendered = ("The <code>R</code> package <code>pop</code> simulates the <em>random</em> evolution of "
                "populations of individuals over time (Smith 2020).")
    body = f'<div class="abstract"><div class="abstract-title">Abstract</div><p>{rendered}</p></div>'
    source = ("The `R` package `pop` simulates the *random* evolution of populations of individuals over "
              "time [@smith:2020].")
    page = _meta_page(("citation_title", "T"), ("citation_abstract", source), body=body)
    assert normalise_page("https://example.org/a", page).papers[0].abstract == block_text(
        parse_page(body).tree.css_first("p"))
    # Another abstract on the page, or no Markdown in the meta copy: the meta abstract stays.
    other = '<div class="abstract"><p>A study of something else entirely, with other words in it.</p></div>'
    page = _meta_page(("citation_title", "T"), ("citation_abstract", source), body=other)
    assert normalise_page("https://example.org/a", page).papers[0].abstract == source
    plain = "The R package pop simulates the random evolution of populations of individuals over time."
    page = _meta_page(("citation_title", "T"), ("citation_abstract", plain), body=body)
    assert normalise_page("https://example.org/a", page).papers[0].abstract == plain


def test_markdown_in_a_meta_abstract_is_sought_in_linear_time():
    body = f'<div class="abstract"><p>{"word " * 2000}</p></div>'

    def normalising(length):
        hostile = "[@" * length + "`x" * length + "*a" * length
        page = _meta_page(("citation_title", "T"), ("citation_abstract", hostile), body=body)
        return lambda: normalise_page("https://example.org/a", page)

    assert_linear_time(normalising, 20000)


@pytest.mark.parametrize("block", ["<div class='field field-name-field-abstract'>", "<div class=abstract>",
                                   "<div class=pub-abstract>"], ids=["drupal", "abstract", "pub-abstract"])


def test_a_deep_nest_of_empty_abstract_blocks_is_read_in_linear_time(block):
    # Each block marked as the abstract was read whole, each holding the rest of the nest: 2,000 empty
    # blocks took 4-5 s of CPU (0.03 s after). A block too short to be an abstract holds none.
    def normalising(depth):
        page = ("<html><head><title>Round things</title></head><body><h1>Round things</h1><h2>Abstract</h2>"
                "<p>We looked at round things long and found them round, and then we looked again at them."
                f"</p>{block * depth}{'</div>' * depth}</body></html>")
        return lambda: normalise_page("https://example.org/a/1", page)

    paper = assert_linear_time(normalising, 2000).papers[0]
    assert paper.abstract.startswith("We looked at round things")


def test_a_run_in_label_in_the_pages_own_language_labels_its_abstract():
    # Math-Net.Ru (round 61): no meta; <div class='around-button'><b>Аннотация:</b> В работе …</div>.
    assert _paper("mathnet_rm10293_20260716.json").abstract.startswith("В работе дан обзор свойств")
    text = "Мы рассматриваем круглые вещи и находим, что почти все рассмотренные вещи всё же круглые."
    page = parse_page(f"<html><body><h1>Круглые вещи</h1><div><b>Аннотация:</b> {text}</div></body></html>")
    assert generic_abstract(page) == text
    # A run-in "Summary:" stays unread: as often a section's lead as the paper's abstract.
    summary = parse_page(f"<html><body><h1>Round things</h1><div><b>Summary:</b> {text}</div></body></html>")
    assert generic_abstract(summary) is None


def test_a_labelled_abstract_ends_before_the_field_its_block_closes_with():
    # Math-Net.Ru (round 61): <div><b>Аннотация:</b> В работе … низкой регулярности. <br/>Библиография:
    # 101 название.</div>: the count of the references is no sentence of the abstract.
    assert _paper("mathnet_rm10293_20260716.json").abstract.endswith("коэффициентов низкой регулярности.")
    text = "We look at round things and find that most of the things we looked at are round after all."
    page = parse_page(f"<html><body><h1>Round things</h1><div><b>Abstract:</b> {text}<br/>Bibliography: "
                      "12 titles.</div></body></html>")
    assert generic_abstract(page) == text


def test_a_deep_nest_of_table_cells_is_searched_for_a_labelled_abstract_in_linear_time():
    # Each cell was asked whether it labels an abstract ("Description", "Аннотация") by its whole text,
    # each holding the rest of the nest: 4,000 nested tables (a 150 KB page) took 3-3.6 s of CPU, 6,000
    # about 7. A label's text is read only as far as a label runs.
    def normalising(depth):
        page = ("<html><head><title>Round things</title></head><body><h1>Round things</h1>"
                f"{'<table><tr><td>Аннотация: ' * depth}{'</td></tr></table>' * depth}</body></html>")
        return lambda: normalise_page("https://example.org/a/1", page)

    assert_linear_time(normalising, 6000)
    abstract = "We looked at round things long and found them round, and then we looked at them again."
    cells = (f"<html><body><h1>Round things</h1><table><tr><th>Abstract:</th><td>{abstract}</td></tr>"
             "</table></body></html>")
    assert normalise_page("https://example.org/a/1", cells).papers[0].abstract == abstract


def test_an_abstract_block_whose_class_names_it_in_a_compound_word_is_the_abstract():
    # Round 65: law reviews' sites class the abstract's block in a compound word, with no heading over it:
    # div.content-abstract under the byline (Columbia Law Review), div.abstract_alt_description (Georgetown
    # Law Journal, whose title sits in a section.abstract_alt_feature of its own). Neither was read.
    abstract = ("Eminent domain receives enormous amounts of scholarly and popular attention, and for good "
                "reason: it is a powerful form of government coercion that cuts to the heart of ownership.")
    for block in (f'<div class="content-abstract"><div class="column"><p>{abstract}</p></div></div>',
                  f'<section class="abstract_alt"><div class="abstract_alt_description js-footnotes-content">'
                  f'<p class="p2"><em>{abstract}</em></p></div></section>'):
        page = ('<html><body class="page-template-abstract"><article class="contains-abstract"><nav><a '
                'href="/share">Share on Twitter</a></nav><section class="abstract_alt_feature"><h1>Forced '
                f'Ownership</h1><div>by Ann Lee Moreno</div></section>{block}</article></body></html>')
        assert generic_abstract(parse_page(page)) == abstract, block
    # A block that holds the abstract among more (an article 'contains-abstract'), or a button to show it,
    # is no abstract's block.
    page = (f'<html><body><article class="contains-abstract"><nav><a href="/share">Share on Twitter</a></nav>'
            f'<p>{abstract}</p></article><div class="show-abstract">Show the abstract of this article, its '
            f'summary and its keywords, with its figures and tables as the journal printed them.</div>'
            f'</body></html>')
    assert generic_abstract(parse_page(page)) is None


def test_a_deep_nest_of_compound_classed_abstract_blocks_is_read_in_linear_time():
    def reading(depth):
        page = parse_page("<html><body>" + '<div class="content-abstract">' * depth + "x" + "</div>" * depth
                          + "</body></html>")
        return lambda: generic_abstract(page)

    assert_linear_time(reading, 4000)


def test_a_description_meta_that_opens_with_the_byline_gives_the_summary_after_it():
    # Round 65: Wisconsin Law Review's WordPress excerpt writes the author's name, a blank line, then the
    # summary into the description meta ('Carl Tobias\n\nMarriage equality has swept America. …'); the
    # record's abstract opened with the author's name.
    summary = ("Marriage equality has swept America. Numerous federal judges have invalidated state "
               "proscriptions on same-sex marriage, and this paper scrutinizes that litigation closely, "
               "finding that one state shows how to institute full marriage equality well.")
    for names, byline_text in ((["Ann Lee Moreno"], "Ann Lee Moreno*"),
                               (["Ann Lee Moreno", "Bo Stone"], "Ann Lee Moreno and Bo Stone*")):
        described = " and ".join(names)
        page = (f'<html><head><meta name="description" content="{described}\n\n{summary}"><meta '
                f'property="og:title" content="Marriage Comes Home"></head><body><h1>Marriage Comes Home</h1>'
                f'<p>Posted on December 30, 2015</p><p><a href="/files/moreno.pdf">Download PDF</a></p>'
                f'<p style="text-align: center">{byline_text}</p>'
                f'<h2>I. Litigation</h2><p>United States v. Windsor triggered the new cases.</p>'
                f'</body></html>')
        paper = normalise_page("https://lawreview.example.edu/marriage-comes-home/", page).papers[0]
        assert (paper.authors, paper.abstract) == (names, summary), names
    # An abstract whose first sentence names its author keeps the name.
    page = page.replace(f"{described}\n\n{summary}", f"Ann Lee Moreno argues that {summary}")
    paper = normalise_page("https://lawreview.example.edu/marriage-comes-home/", page).papers[0]
    assert paper.abstract.startswith("Ann Lee Moreno argues")


def test_a_description_that_opens_with_its_authors_name_in_its_first_sentence_keeps_it():
    # Round 65's byline before the description's summary cut any abstract that opened with its authors'
    # names and went on capitalised: "World Health Organization Member States agreed …" by the World
    # Health Organization lost "World Health Organization", "Alan Turing Institute researchers show …" by
    # Alan Turing became "Institute researchers show …". The byline the class is for stands on a line of
    # its own in the meta ('Carl Tobias\n\nMarriage equality …').
    for person, creator, summary in (
        ("World Health Organization", "World Health Organization",
         "World Health Organization Member States agreed in 2019 to a plan that sets out how countries will "
         "halve deaths from round things before 2030."),
        ("Alan Turing", "Turing, Alan",
         "Alan Turing Institute researchers show that round things roll further on wet slopes than on dry "
         "ones, in a study of many slopes over two years."),
    ):
        page = (f'<html><head><meta name="DC.title" content="Round things"><meta name="DC.creator" '
                f'content="{creator}"><meta name="DC.date" content="2020"><meta name="DC.description" '
                f'content="{summary}"></head><body><h1>Round things</h1></body></html>')
        paper = normalise_page("https://repository.example.org/items/1", page).papers[0]
        assert (paper.authors, paper.abstract) == ([person], summary)


_STARRED_ARTICLE = """<html><head><meta property="og:type" content="article">
<meta property="og:title" content="The Unwritten Power - Law Review">
<meta property="article:published_time" content="2025-05-12T16:08:26+00:00"></head><body><article>
<header><h1>The Unwritten Power</h1><h3>By Ann Lee Moreno<sup><a href="#fn-1">*</a></sup></h3>
<h3>Article &mdash; <a href="/print/">Volume 111</a>, Issue 3</h3></header>
<div class="date">May 12, 2025</div><div class="entry-content"><sup class="footnote"></sup>
<span class="foot-ref"><span>*</span>Fellow, Example School of Law. Thanks to the editors.</span>
{opening}
<p style="text-align: center;"><strong>Introduction</strong></p>
<p>This Article shows that the power exists, and it shows it at length in the roman text that follows
the abstract, paragraph after paragraph, as a law review's article does for a hundred pages.</p>
</div></article></body></html>"""
_ITALIC_ABSTRACT = ("<p><em>Scholars and courts have long viewed unwritten powers as dubious. This "
                    "skepticism has produced far-ranging effects.</em></p><p><em>This Article demonstrates "
                    "that one such power exists, as three cases, </em>Dartmouth College v. Woodward<em>, "
                    "among them, show at length.</em></p>")


def test_italic_paragraphs_after_the_bylines_starred_footnote_are_the_abstract():
    # Round 65: Virginia Law Review's article page sets its abstract in unlabelled italic paragraphs right
    # after the byline's starred footnote (a case name in roman among them), before 'Introduction'.
    page = _STARRED_ARTICLE.format(opening=_ITALIC_ABSTRACT)
    paper = normalise_page("https://lawreview.example.edu/articles/the-unwritten-power/", page).papers[0]
    assert paper.authors == ["Ann Lee Moreno"]
    assert paper.abstract is not None
    assert paper.abstract.startswith("Scholars and courts have long viewed unwritten powers as dubious.")
    assert paper.abstract.endswith("among them, show at length.")
    assert "Introduction" not in paper.abstract


def test_an_italic_editors_note_opening_a_post_without_a_starred_byline_is_no_abstract():
    # A blog post or a magazine's story may open with an italic note ("This essay is part of our series
    # …"): without the starred footnote of a law review's byline, italics say nothing of an abstract.
    note = ("<p><em>This essay is part of our series on unwritten powers, in which scholars write for a "
            "general audience about the questions the courts are deciding this term. The series is edited "
            "by the board and runs every week until the summer; earlier essays are listed below.</em></p>")
    page = (_STARRED_ARTICLE.format(opening=note).replace("<sup><a href=\"#fn-1\">*</a></sup>", "")
            .replace("<span>*</span>", ""))
    paper = normalise_page("https://lawreview.example.edu/articles/the-unwritten-power/", page).papers[0]
    assert paper.abstract is None or not paper.abstract.startswith("This essay is part of our series")
    # An epigraph under a starred byline, a line or two of quotation, is no abstract either.
    epigraph = "<p><em>The power to create implies a power to preserve.</em></p>"
    page = _STARRED_ARTICLE.format(opening=epigraph)
    paper = normalise_page("https://lawreview.example.edu/articles/the-unwritten-power/", page).papers[0]
    assert paper.abstract is None or not paper.abstract.startswith("The power to create")


def test_a_journal_naming_itself_by_its_initials_with_small_words_in_its_name_is_a_blurb():
    # The lead's journal-by-its-initials reading took the name's words all capitalised: "The Journal of
    # Clinical Investigation (JCI) is a premier venue …", on a JCI paper's page whose meta names no
    # journal, stayed the paper's abstract; its name, "Journal" in it, is the journal's.
    tail = (" for discoveries in basic and clinical biomedical science, read by researchers across the "
            "whole world of medicine and public health, today and in the years to come, at great length.")
    for blurb in ("The Journal of Clinical Investigation (JCI) is a premier venue" + tail,
                  "The Journal of the American Round Association (JARA) publishes original research" + tail):
        page = _meta_page(("citation_title", "A column on round things"), ("citation_author", "Ann Example"),
                          ("citation_publication_date", "2024/05/02"), ("description", blurb),
                          body="<h1>A column on round things</h1><p>By Ann Example, PhD</p><p>Some text.</p>")
        assert normalise_page("https://example.org/a", page).papers[0].abstract is None, blurb


def test_an_abstract_opening_with_a_named_thing_and_its_initials_keeps_it_when_it_mentions_journals():
    # The journal-by-its-initials reading asked only for the word "journal" in the first sentence: a
    # paper's abstract on a platform, a survey or a study that deals in journal articles or records lost
    # its abstract. The journal the description names itself is what the name is, not a word before
    # another noun; nor is a study named before its kind ("The Global Burden of Disease (GBD) study is …").
    for own in (
        "The Open Research Knowledge Graph (ORKG) is a platform that describes journal articles by their "
        "contributions. We show how researchers use it to compare round things across thousands of papers, "
        "and what it takes to keep such comparisons right as the papers change.",
        "The Medical Expenditure Panel Survey (MEPS) is a national survey; we linked it to journal records "
        "of 4,000 adults to estimate what round clinics cost them over a decade of treatment and care, "
        "and who paid for it.",
        "The Global Burden of Disease (GBD) study is a comprehensive research programme that draws on "
        "journal reports of deaths; we use its estimates to rank round diseases across 204 countries and "
        "territories, over three decades.",
    ):
        page = _meta_page(("citation_title", "A study of round things"), ("citation_author", "Ann Example"),
                          ("citation_publication_date", "2024/05/02"), ("description", own),
                          body="<h1>A study of round things</h1><p>By Ann Example, PhD</p><p>Some text.</p>")
        assert normalise_page("https://example.org/a", page).papers[0].abstract == own, own


def test_a_block_classed_as_a_figure_film_or_another_papers_abstract_is_not_the_abstract():
    # Round 65's compound class read any block whose class ends in "abstract": a journal's visual abstract
    # (a figure and its caption), a video abstract (the player's words), another paper's in a related box
    # or a note that there is none gave the record its text as the abstract.
    for kind, words in (("visual-abstract", "Visual abstract: a figure that sums up the study in one panel."),
                        ("video-abstract", "Watch the authors explain their findings in this short video."),
                        ("related-abstract", "Related: a study of square things, which found them square."),
                        ("no-abstract", "No abstract is available for this article; read it in the PDF.")):
        page = ('<html><head><meta name="citation_title" content="Seeing in the dark"><meta '
                'name="citation_author" content="Lee, Ann"><meta name="citation_date" content="2023/01/02">'
                f'</head><body><h1>Seeing in the dark</h1><p>Ann Lee</p><div class="{kind}"><p>{words}</p>'
                '</div><h2>1. Introduction</h2><p>Text.</p></body></html>')
        assert normalise_page("https://journal.example.org/article/1", page).papers[0].abstract is None, kind
    # The paper's own, in a compound word, is still read.
    page = page.replace('class="no-abstract"', 'class="content-abstract"')
    assert normalise_page("https://journal.example.org/article/1", page).papers[0].abstract == words


def test_a_journal_that_names_itself_by_its_initials_is_a_blurb_without_its_name_in_the_meta():
    # The CDC's pages read with their Highwire meta taken off (the meta mixes): no citation_journal_title
    # names the journal, and its description, "Preventing Chronic Disease (PCD) is a peer-reviewed electronic
    # journal established by …", became the abstract of a column, an essay and an erratum. A name whose
    # words' initials are the parenthesis, then a verb and the word journal, is a journal describing itself.
    blurb = ("Round Things (RT) is a peer-reviewed electronic journal established by the Society of Round "
             "Things. RT provides an open exchange of information and knowledge among researchers, makers, "
             "collectors and others who strive to understand round things through geometry and engineering.")
    page = _meta_page(("citation_title", "A column on round things"), ("citation_author", "Ann Example"),
                      ("citation_publication_date", "2024/05/02"), ("description", blurb),
                      body="<h1>A column on round things</h1><p>By Ann Example, PhD</p><p>Some text.</p>")
    assert normalise_page("https://example.org/a", page).papers[0].abstract is None
    # A paper's own abstract may open with a term and its initials: it is about the term, not a journal.
    own = ("Chronic Obstructive Pulmonary Disease (COPD) is a leading cause of death worldwide. We studied "
           "the records of 4,000 patients in round clinics to estimate how often the disease goes unnoticed "
           "before a first admission, and how a journal of symptoms kept by patients changes that.")
    page = page.replace(blurb, own)
    assert normalise_page("https://example.org/a", page).papers[0].abstract == own


def test_a_journal_s_paragraph_number_is_not_the_abstract_s_first_words():
    # AGU numbers every paragraph of its papers, the abstract's too: Wiley's pages of its journals open the
    # abstract with "[1] " (<span class="paraNumber">), and with the description meta cut short the body's
    # text, number and all, was the abstract (round 69, Global Biogeochemical Cycles). The number labels the
    # paragraph; the abstract starts after it, as its meta copy does.
    text = ("The interannual variability of atmospheric CO<sub>2</sub> growth rate shows remarkable "
            "correlation with the El Niño Southern Oscillation, and land is found to explain most of it.")
    cut = "The interannual variability of atmospheric CO2 growth rate shows remarkable correlation with..."
    body = ('<h1>Terrestrial mechanisms of variability</h1><section class="article-section '
            'article-section__abstract"><h2>Abstract</h2><div class="article-section__content">'
            f'<p><span class="paraNumber">[1] </span>{text}</p></div></section><section>'
            '<h2>1. Introduction</h2><p><span class="paraNumber">[2] </span>Text.</p></section>')
    page = _meta_page(("citation_title", "Terrestrial mechanisms of variability"),
                      ("citation_author", "N. Zeng"), ("citation_publication_date", "2005/03/01"),
                      ("description", cut), body=body)
    paper = normalise_page("https://agupubs.onlinelibrary.wiley.com/doi/10.1029/x", page).papers[0]
    assert paper.abstract.startswith("The interannual variability of atmospheric CO2 growth rate")
    # A page without meta reads the same block.
    bare = normalise_page("https://journal.example.org/doi/10.1029/x", page.split("</head>", 1)[1])
    assert bare.papers[0].abstract.startswith("The interannual variability")
    # An abstract that opens with a bracketed note of its own keeps it ("[Abridged] We present …").
    noted = page.replace('<span class="paraNumber">[1] </span>', "[Abridged] ")
    assert normalise_page("https://example.org/doi/x", noted).papers[0].abstract.startswith("[Abridged] The")


def test_an_abstract_label_run_into_its_paragraphs_opening_words_is_dropped_from_the_abstract():
    # The R Journal's archive pages (journal.r-project.org, 2010-2016): <p>  Abstract It is common for …</p>,
    # the label a word of the paragraph's own text (the PDF's first page as extracted, its line breaks runs of
    # spaces), no element, colon or full stop of its own; no abstract meta.
    text = "We look at the shapes of things            and find most of them round, unexpectedly so."
    meta = (("citation_title", "On Shapes of Things"), ("citation_author", "Ada Lovelace"))
    block = ("<h2>Journal of Shapes: article published in 2016, volume 8:2</h2><p class='article'>"
             "<a href='s.pdf'>On Shapes of Things</a><br>Ada Lovelace, <i>Journal of Shapes</i> (2016) 8:2, "
             f"pages 1-9.<p>  Abstract {text}</p>")
    abstract = normalise_page("https://example.org/s", _meta_page(*meta, body=block)).papers[0].abstract
    assert abstract == "We look at the shapes of things and find most of them round, unexpectedly so."
    # A paragraph about abstract things opens with the word as an adjective: no label, no abstract (here
    # after a line of its own, not the paragraph right after the title's block, which may be a summary).
    adjective = "<p>Read it here.</p><p>Abstract shapes are studied here at length by those who like them."
    prose = block.replace(f"<p>  Abstract {text}", adjective)
    assert normalise_page("https://example.org/s", _meta_page(*meta, body=prose)).papers[0].abstract is None


def test_the_paragraph_after_the_block_of_the_title_link_and_byline_is_the_papers_summary():
    # The R Journal's archive pages of 2009: <p class="article"><a href="….pdf">AdMit</a><br>David Ardia,
    # … and Herman K. van Dijk, <i>The R Journal</i> (2009) 1:1, pages 25-30.<p>A package for constructing
    # …</p>, the paper's one-sentence summary with no label, the page's only one; no abstract or description
    # meta.
    summary = "A package for rolling round things down slopes of every kind, for efficient simulation."
    meta = (("citation_title", "RollIt"), ("citation_author", "Ada Lovelace"),
            ("citation_author", "Charles Babbage"))
    block = ("<h2>Journal of Shapes: article published in 2009, volume 1:1</h2><p class='article'>"
             "<a href='r.pdf'>RollIt <img src='pdf.png' alt='PDF'></a><br>Ada Lovelace and Charles Babbage, "
             "<i>Journal of Shapes</i> (2009) 1:1, pages 25-30.<p>{}</p><br><pre>@article{{r}}</pre>")
    page = _meta_page(*meta, body=block.format(summary))
    assert normalise_page("https://example.org/r", page).papers[0].abstract == summary
    # A block that links the title but names none of the paper's people is another list's (a "see also"),
    # and the paragraph after it no summary of this paper.
    other = block.replace("Ada Lovelace and Charles Babbage", "The editors")
    page = _meta_page(*meta, body=other.format(summary))
    assert normalise_page("https://example.org/r", page).papers[0].abstract is None


def test_a_deep_nest_of_spans_each_linking_the_title_is_searched_for_a_summary_in_linear_time():
    # The summary reader (summary_paragraphs.py) walked each link that shows the title up to its block: in a
    # deep nest of spans each holding such a link, the nest's depth once a link (16,000 about 30 s of CPU).
    # It looks a few inline elements up at most.
    meta = (("citation_title", "RollIt"), ("citation_author", "Ada Lovelace"))

    def normalising(depth):
        nest = "<span><a href='/r'>RollIt</a> " * depth + "</span>" * depth
        page = _meta_page(*meta, body=f"<h1>RollIt</h1><div>{nest}</div>")
        return lambda: normalise_page("https://example.org/r", page)

    assert assert_linear_time(normalising, 16000).papers[0].abstract is None


def test_an_abstract_numbering_its_points_keeps_its_first_number():
    # Round 69 drops a paragraph's number "[1] " opening an abstract (AGU's); an abstract that numbers its
    # points or cites its works so ("[1] First, we … [2] Second, we …"; "[1] and [2] showed …") lost its
    # first number and kept the others. A paragraph's number is the abstract's only one.
    for text in ("[1] First, we looked at round things long. [2] Second, we found them round and looked "
                 "again at them in the lab.",
                 "[1] Smith et al. and [2] Jones et al. showed that round things are round; we looked again "
                 "at them and found them round."):
        page = _meta_page(("citation_title", "Round things"), ("citation_author", "Lee, Ann"),
                          body=f"<h1>Round things</h1><div class='abstract'><p>{text}</p></div>")
        paper = normalise_page("https://journal.example.org/doi/10.1234/x", page).papers[0]
        assert paper.abstract == text


def test_an_abstract_block_holding_the_title_and_byline_gives_only_its_abstract():
    # review16's leftover: a page's block classed "abstract" may hold the whole record, the title and
    # the byline above the abstract's text (a conference system's, a lab's template: <div class=
    # "abstract"><h2>title</h2><p>byline</p><p>abstract</p></div>), and it was taken whole, the title and
    # the names opening the abstract. The title opening the block marks the record's block: the abstract is
    # the longest of its parts that reads as one.
    text = ("We looked at round things long and found them round, and then we looked again at them "
            "carefully in the lab.")
    for inner in ("<h2>Round things</h2><p>Ann Lee, Bo Chan</p><p>University of Somewhere</p>"
                  f"<p>{text}</p>",
                  "<div class='title'>Round things</div><div class='authors'>Ann Lee, Bo Chan</div>"
                  f"<div class='text'>{text}</div>"):
        page = (f"<html><head><title>Round things</title></head><body><div class='abstract'>{inner}</div>"
                "</body></html>")
        paper = normalise_page("https://lab.example.org/pubs/round", page).papers[0]
        assert (paper.title, paper.authors, paper.abstract) == ("Round things", ["Ann Lee", "Bo Chan"], text)
    # An abstract block that opens with a sentence of its own is read whole.
    page = (f"<html><head><title>Round things</title></head><body><h1>Round things</h1><div class='abstract'>"
            f"<p>{text}</p><p>We then looked at square things.</p></div></body></html>")
    assert normalise_page("https://lab.example.org/pubs/round", page).papers[0].abstract == (
        f"{text} We then looked at square things.")


@pytest.mark.parametrize("heading", [
    "Περίληψη", "الملخص", "ملخص", "چکیده", "תקציר", "Öz", "Abstrak", "Sažetak", "Povzetek", "Souhrn",
    "Rezumat", "Santrauka", "Kopsavilkums", "Kokkuvõte", "Resum", "Laburpena", "บทคัดย่อ", "सारांश", "Özet",
    "Резюме", "Апстракт",
])


def test_an_abstract_headed_in_more_languages_is_the_abstract(heading):
    # Round 74's helper (2026-12): Greek, Arabic, Persian, Hebrew and DergiPark's Turkish "Öz" headings
    # gave no abstract, and a page without meta no record at all; "Özet" or "Abstract" did.
    text = ("We study round things at length and find that most of them stay round over the years, "
            "which we report here with our counts.")
    body = f"<h1>Round things</h1><p>Ada Lovelace</p><h3>{heading}</h3><p>{text}</p><h3>1</h3><p>Intro.</p>"
    with_meta = _meta_page(("citation_title", "Round things"), ("citation_author", "Ada Lovelace"), body=body)
    assert normalise_page("https://example.org/article/1", with_meta).papers[0].abstract == text
    page = f"<html><head><title>Round things</title></head><body>{body}</body></html>"
    found = normalise_page("https://example.org/article/1", page)
    assert found is not None and found.papers[0].abstract == text


def test_a_paragraph_that_is_only_the_label_abstract_heads_the_abstract_block_as_a_heading_does():
    # EvoLang XI's paper pages (round 73) open div#abstract with an italic one-line teaser, labelled
    # 'Short description:', then a paragraph that is only the label <b>Abstract:</b>, then the abstract:
    # the whole block was read, the teaser and both labels before the abstract's text.
    abstract = "In Iterated Learning experiments, a participant's output is the next one's input. " * 3
    body = ("<h3 id='papertitle'>Nonlinear Biases Constrain The Design Space</h3>"
            "<h5 id='authors'>Mary Somerville and Ada Lovelace</h5>"
            "<div id='abstract'><p><b>Short description:</b> <span style='font-style: italic;'>Subjects"
            " converge on stable regions in a whistle experiment.</span></p>"
            f"<p><b>Abstract:</b></p><p>{abstract}</p></div>")
    page = (f"<html><head><title>EvoLangXI: Nonlinear Biases Constrain The Design Space</title></head>"
            f"<body>{body}</body></html>")
    paper = normalise_page("https://example.org/papers/86.html", page).papers[0]
    assert paper.abstract.startswith("In Iterated Learning experiments, a participant")
    # A paragraph that says more than the label is the abstract's own text, kept whole.
    opening = page.replace("<p><b>Abstract:</b></p><p>", "<p><b>Abstract:</b> We find this. ")
    paper = normalise_page("https://example.org/papers/86.html", opening).papers[0]
    assert "Short description" in paper.abstract or paper.abstract.startswith("We find this.")


def test_an_abstract_opening_with_a_citation_number_keeps_it():
    # Round 69's rule for AGU's paragraph numbers dropped any "[1] " before a capital, the abstract's only
    # bracketed number: an abstract that opens by citing its first reference, "[1] Smith et al. showed …",
    # lost its "[1]". What follows a paragraph's number is the paragraph's sentence; a name and "et al.", or
    # a name and a year in parentheses, is the cited work's, and the number is its citation.
    for text in ("[1] Smith et al. showed that round things roll; we looked at them again and found them "
                 "round.",
                 "[1] Smith (2019) showed that round things roll; we looked at them again and found them "
                 "round.",
                 "[1] Smith and Jones (2019a) showed that round things roll; we looked at them again and "
                 "found them round."):
        page = _meta_page(("citation_title", "Round things"), ("citation_author", "Lee, Ann"),
                          body=f"<h1>Round things</h1><div class='abstract'><p>{text}</p></div>")
        paper = normalise_page("https://journal.example.org/doi/10.1234/x", page).papers[0]
        assert paper.abstract == text
    # AGU's number before the abstract's own sentence still goes, a name opening it too ("Smith Island").
    for text in ("We present round things, looked at long and found round, and then looked at again.",
                 "Smith Island holds round things, we show, looked at long and found round again."):
        page = _meta_page(("citation_title", "Round things"), ("citation_author", "Lee, Ann"),
                          body=f"<h1>Round things</h1><div class='abstract'><p>[1] {text}</p>"
                               "</div>")
        paper = normalise_page("https://journal.example.org/doi/10.1234/x", page).papers[0]
        assert paper.abstract == text


def test_a_rule_after_the_abstracts_text_ends_it_before_the_list_of_sections():
    # LaTeX2HTML's title page (round 75, seen as a user: Lee Naish's paper page listed its table of contents
    # after the abstract): <H3>Abstract:</H3>, the abstract's <DIV>, <HR>, then the child links, no heading.
    abstract = "We give a three-valued semantics for logic programs and the tools to reason with it. " * 3
    page = ("<html><head><title>Three Values</title></head><body><h1>Three Values</h1>"
            f"<h3>Abstract:</h3><div><p>{abstract}</p></div><p><br><hr><a name='CHILD_LINKS'></a>"
            "<ul><li><a href='node1.html'>Introduction</a></li>"
            "<li><a href='node2.html'>Synopsis</a></li></ul>"
            "<hr><address>Lee Naish 2005-08-02</address></body></html>")
    assert abstract_after_heading(parse_page(page), ("abstract",)) == abstract.strip()
    # A rule right under the heading, before any text, is the heading's own and ends nothing.
    ruled = page.replace("<h3>Abstract:</h3>", "<h3>Abstract:</h3><hr>")
    assert abstract_after_heading(parse_page(ruled), ("abstract",)) == abstract.strip()


def test_an_abstract_set_twice_for_two_screen_sizes_is_read_once():
    # NIST's CSRC (round 76, NISTIR 8200): the abstract block holds the abstract for wide screens, then for
    # narrow ones a shortened copy ending "thereby... See full abstract" and the whole again, hidden until
    # asked for, "Hide full abstract". Read whole, the paper's page showed the abstract three times.
    first = "We looked at round things for a long time and found that most of them were round after all."
    second = "Then we looked at the square ones, and found that they were not round at all, whatever we did."
    html = ('<html><body><div class="bs-callout pub-abstract-callout"><h4>Abstract</h4>'
        f'<div class="hidden-sm hidden-xs"><p>{first}</p><p>{second}</p></div>'
        f'<div class="hidden-lg hidden-md"><div id="pub-detail-abstract-min">{first[:60]}... '
        '<a href="#pubs-abstract-header">See full abstract</a></div>'
        f'<div id="pub-detail-abstract-all" style="display: none;"><p>{first}</p><p>{second}</p>'
        '<a href="#pubs-abstract-header">Hide full abstract</a></div></div></div></body></html>')
    assert generic_abstract(parse_page(html)) == f"{first} {second}"
    # …and in a block classed as the abstract, read after its heading.
    classed = html.replace("bs-callout pub-abstract-callout", "abstract")
    assert generic_abstract(parse_page(classed)) == f"{first} {second}"


@pytest.mark.parametrize(
    "marker",
    [
        # Acta Palaeontologica Polonica (app_pan_app011052023): <div class="ce_text"><p id="abstract"><p>…
        '<p id="abstract">',
        # Islandora's metadata sidebar (dora_eawag-14327): <p property="description"><p>…
        '<p property="description">',
    ],
)


def test_an_abstract_marker_the_parser_emptied_gives_the_paragraph_nested_in_it(marker):
    # A <p> cannot hold a <p>: the parser closes the marked paragraph empty, and the abstract the page
    # nested in it stands in the paragraph after, the marker's closing tag an empty <p> after that.
    abstract = ("Pneumatic dorsal ribs are known for many sauropods, but costal pneumaticity has "
                "received little attention, and the ribs of one holotype have been overlooked.")
    page = _meta_page(("citation_title", "Pneumatic ribs"), ("citation_author", "Taylor, Michael P."),
                      body=f"<h1>Pneumatic ribs</h1><div class='ce_text'>{marker}<p>{abstract}\n"
                           "In particular, one rib is new.</p></p>"
                           "<p id='keywords'>Key words: Sauropoda, pneumaticity.</p></div>")
    paper = normalise_page("https://journal.example.org/article/1", page).papers[0]
    assert paper.abstract == abstract + " In particular, one rib is new."


def test_thousands_of_paragraphs_under_an_abstract_heading_are_read_in_linear_time():
    # Each paragraph was looked for in every one before it (whether it repeats one: the abstract set for
    # two screen sizes above): 8,000 paragraphs under the heading took 122 s of CPU, 2,000 took 7.7 s.
    def reading(paragraphs):
        page = parse_page("<html><body><h2>Abstract</h2>" + "".join(
            f"<p>Paragraph number {n} of the text goes on here for a while.</p>" for n in range(paragraphs))
            + "</body></html>")
        return lambda: abstract_after_heading(page)

    assert assert_linear_time(reading, 8000).startswith("Paragraph number 0 of the text")


_TABBED = """<html><head><meta name="citation_title" content="T"></head><body><h1>T</h1>
<div><button id="option-keywords" class="btn disabled" data-href="#keywords-pills">Keywords</button>
<button id="option-abstract" class="btn" data-href="#abstract-pills">{label}</button>
<button class="btn" data-href="#similar-pills">Related articles</button></div>
<div class="tab-content"><div id="keywords-pills" class="tab-pane"><div class="panel-body"></div></div>
<div id="abstract-pills" class="tab-pane panel"><div class="panel-body"><div class="row"><div class="col">
<div class="delimiter-md"></div>{pane}</div></div></div></div>
<div id="similar-pills" class="tab-pane"><p>Loading…</p></div></div></body></html>"""
_ABSTRACT_TEXT = ("More than a decade has passed since the reform of the electricity industry began; its "
                  "main parts were the restructuring of the markets and a new regulatory framework.")
_MACHINE_SUMMARY = ('<b>Machine summary:</b><p class="p-summary"><span>"Its main parts were the restructuring'
                    ' of the markets and a new regulatory framework, and the privatisation of much of it."'
                    "</span></p>")


def test_the_pane_a_tab_labelled_abstract_opens_is_the_abstract_without_the_parts_labelled_after_it():
    # Noormags (round 77): the tab button 'چکیده' (abstract) opens div#abstract-pills, where the abstract's
    # paragraph is followed by '<b>خلاصه ماشینی:</b>' (machine summary) and the site's extract.
    pane = (f'<p class="p-summary"><span property="description">{_ABSTRACT_TEXT}</span></p>'
            f"{_MACHINE_SUMMARY}")
    for label in ("Abstract", "چکیده"):
        page = _TABBED.format(label=label, pane=pane)
        assert normalise_page("https://example.org/a/1", page).papers[0].abstract == _ABSTRACT_TEXT
    # A pane that holds only another labelled part (the machine summary alone) has no abstract.
    alone = _TABBED.format(label="چکیده", pane=_MACHINE_SUMMARY)
    assert normalise_page("https://example.org/a/2", alone).papers[0].abstract is None


def test_the_tab_labelled_abstract_is_found_in_linear_time():
    def run(n):
        tabs = '<a href="#t{0}">Tab {0}</a><div id="t{0}">x</div>' * 1
        page = _TABBED.format(label="Abstract", pane=f"<p>{_ABSTRACT_TEXT}</p>").replace(
            "</body>", "".join(tabs.format(i) for i in range(n)) + "</body>")
        return lambda: normalise_page("https://example.org/a/3", page)

    assert assert_linear_time(run, 4000).papers[0].abstract == _ABSTRACT_TEXT


def test_a_news_storys_description_that_is_its_texts_first_paragraph_is_no_abstract():
    # Fox News (2013, round 81: dcterms.abstract, dc.description and the description are the first <p> of
    # div.article-text, the story's text after its byline) and TIME (2013: the description is that first
    # paragraph, the story's own lead, and the page shows no summary apart from it). A news story's lead is
    # its text, not a standfirst; a paper's abstract shown in its own block stays the abstract.
    lead = ("The discovery of two new round viruses is blurring the lines between viral and cellular life "
            "and could point to a new type of life, scientists suggest.")
    more = ("<p>The two large viruses, detailed in this week's issue of the journal, have been dubbed round "
            "viruses because of the surprises they may hold for biologists, the team says.</p>")
    page = ('<html><head><meta property="og:title" content="Round viruses hint at new life">{meta}</head>'
            '<body><h1>Round viruses hint at new life</h1><p class="byline">By Ada Lovelace</p>'
            '<time datetime="2013-07-18">Published July 18, 2013</time>'
            f'<div class="article-text"><p>{lead}</p>{more * 3}</div></body></html>')
    url = "https://news.example.com/science/2013/07/18/round-viruses/"
    for meta in (f'<meta name="description" content="{lead}">',
                 f'<meta name="dc.creator" content="Ada Lovelace"><meta name="dc.date" content="2013-07-18">'
                 f'<meta name="dcterms.abstract" content="{lead}">'
                 f'<meta name="description" content="{lead}">'):
        paper = normalise_page(url, page.format(meta=meta)).papers[0]
        read = (paper.authors, paper.published, paper.abstract)
        assert read == (["Ada Lovelace"], "2013-07-18", None), meta
    # A paper's page: its abstract a block of its own (no story's text after it in that block) stays.
    paper_page = page.replace('<div class="article-text">', '<div class="abstract">').replace(more * 3, "")
    meta = (f'<meta name="dc.creator" content="Ada Lovelace"><meta name="dc.date" content="2013-07-18">'
            f'<meta name="dc.description" content="{lead}">')
    assert normalise_page(url, paper_page.format(meta=meta)).papers[0].abstract == lead


def test_a_description_cut_from_a_first_paragraph_the_story_writes_as_bare_text_is_no_abstract():
    # MacNN (2016, round 116): the text's first paragraph is bare text at the head of its block, before the
    # <p>s of the rest ('Samsung Electronics announced yesterday …<p style="…">The 15.36TB of data …'), and
    # the description is that paragraph cut short: the story's lead, not a summary shown apart from it.
    lead = ("Round Electronics announced yesterday that it is now shipping the largest round drive yet. The "
            "new drive fits a great deal of data in a small case and reads it back at a good speed, with the "
            "company's own controller and firmware that reach all of its round memory at once.")
    more = ("<p>The data on a single round drive is built by combining many of the company's round memory "
            "chips, stacked in layers to form a single package.</p>")
    page = ('<html><head><title>Round Electronics ships a round drive | Round News</title>'
            f'<meta name="description" content="{lead[:220]}">'
            '<meta property="og:title" content="Round Electronics ships a round drive | Round News">'
            '<meta property="og:site_name" content="Round News"></head>'
            '<body><div class="article_meta"><h3 class="article_title">Round Electronics ships a round drive'
            '</h3><ul><li class="post-date">updated 08:51 am EST, Thu March 3, 2016</li>'
            '<li class="post-author">by Round Staff</li></ul></div>'
            '<div class="article_body"><!--content here-->\n ' + lead + f'{more * 3}</div></body></html>')
    paper = normalise_page("https://www.example.com/articles/16/03/03/round.drive.132851/", page).papers[0]
    assert paper.title == "Round Electronics ships a round drive"
    assert paper.abstract is None
    # The same words in a block of their own, the text's paragraphs in another, are a summary still.
    apart = page.replace(f"{more * 3}", f'</div><div class="article_text">{more * 3}')
    assert normalise_page("https://www.example.com/articles/16/03/03/round.drive.132851/",
                          apart).papers[0].abstract == lead[:220].strip()


def test_a_description_that_opens_a_text_its_template_breaks_into_paragraphs_with_brs_is_no_abstract():
    # Clubic (2012 test as its 2022 site served it, round 120): the text is one block of bare text, its
    # paragraphs split by <br><br>, no <p> at all; the first paragraph in <strong> (390 characters, longer
    # than a lead set apart), and the descriptions that paragraph, the JSON-LD's running on into the next.
    lead = ("With a little delay on the maker's plan, we offer you a test of the very latest round cards. "
            "For once, your servant will dwell very briefly in the introduction on the health troubles that "
            "somewhat upset the good running of his tests against the maker's launch dates. Be that as it "
            "may, back on his feet, the said servant is now able to offer you a test of the round cards!")
    rest = ("After the successive launches a few weeks ago of the very top of the range round cards of the "
            "new generation, the maker now attacks the middle of the range with its new round chips. ")
    assert len(lead) > 300
    page = ('<html><head><meta property="og:title" content="Round cards: the new calls within reach"><meta '
            'property="og:type" content="article"><meta property="article:author" content="Ann Lee"><meta '
            'property="article:published_time" content="2012-02-29T11:20:00+01:00">'
            '<meta name="description" content="{described}"><script type="application/ld+json">{{"@context": '
            '"http://schema.org", "@type": "Article", "headline": "Round cards: the new calls within reach", '
            '"datePublished": "2012-02-29T11:20:00Z"}}</script></head><body><div class="articleH1"><h1>Round '
            'cards: the new calls within reach</h1></div><div class="author-bloc">Ann Lee 01 juin 2018</div>'
            '<div class="text"><div class="cell mod-summary"><div class="parse-left"><img src="/logo.jpg">'
            '</div> {opening}<br>\n<br>\n' + rest * 2 + '<br>\n<br>\n' + rest * 2
            + '</div></div></body></html>')
    url = "https://www.example.com/cards/article-478936-1-round-cards.html"
    for described in (lead[:300], lead + " " + rest[:100]):
        found = normalise_page(url, page.format(described=described, opening=f"<strong>{lead}</strong>"))
        assert found.papers[0].abstract is None, described
        found = normalise_page(url, page.format(described=described, opening=lead))
        assert found.papers[0].abstract is None, described
    # A lead in bold of a sentence or two is one set apart (set_apart_leads' bound), not the text's opening.
    short = lead[:200].rsplit(" ", 1)[0] + "."
    assert not opens_the_story(parse_page(page.format(described=short, opening=f"<strong>{short}</strong>")),
                               short)
    assert opens_the_story(parse_page(page.format(described=short, opening=short)), short)


def test_a_description_that_writes_the_texts_opening_html_cut_short_is_no_abstract():
    # Oracle's blogs (2012 post as its 2020 site served it, round 120, held-out, after its final figure): the
    # description meta holds the post's first paragraph as its HTML, the link's tags escaped into the value
    # ('See <a href="…">\nthis posting</a> by … placement of...'), cut short: the text's opening, read as
    # its text, not an abstract.
    first = ("See <a href=\"https://lists.example.org/2012-November/007309.html\">this posting</a> by Ann "
             "Lee for details: the annotation is something we have wanted for a long time. The machine "
             "provides automatic layout and placement of fields, and sorts them by size.")
    described = ("See &lt;a href=&quot;https://lists.example.org/2012-November/007309.html&quot;&gt;\nthis "
                 "posting&lt;/a&gt; by Ann Lee for details: the annotation is something we have wanted for a "
                 "long time. The machine provides automatic layout and placement of...")
    page = ('<html><head><title>Round annotations | Ann Lee\'s Blog</title><meta name="author" content="Ann '
            f'Lee"><meta name="description" content="{described}"><meta name="publish_date" '
            'content="2012-11-23 16:12:50"><meta property="og:title" content="Round annotations"><meta '
            'property="og:type" content="article"></head><body><span class="u03-date">November 23, 2012'
            '</span><h1>Round annotations</h1><div class="cb11v2author"><span class="cb11v2-authorname">'
            'Ann Lee</span></div>'
            f'<p>{first}</p>' + "<p>More generally, we try to influence the fields' placement.</p>" * 3
            + "</body></html>")
    paper = normalise_page("https://blogs.example.com/ann/round-annotations", page).papers[0]
    assert paper.title == "Round annotations"
    assert paper.abstract is None


def test_a_text_broken_into_paragraphs_with_brs_is_read_in_linear_time():
    # br_leads reads each block that holds a <br> once, as far as its first <br>, at most a few nodes.
    def normalising(count: int):
        blocks = "<div>A short line.<br>Another.</div>" * count + "<div>" + "<b>x</b>" * count + "<br></div>"
        page = ('<html><head><meta property="og:title" content="Round things"><meta property="og:type" '
                'content="article"><meta name="description" content="A description of the round things that '
                'the page shows nowhere at all, long enough."></head><body><h1>Round things</h1>' + blocks
                + "</body></html>")
        return lambda: normalise_page("https://example.org/story/1", page)

    assert_linear_time(normalising, 2_000)


def test_a_news_storys_description_that_is_a_paragraph_of_its_text_set_a_card_a_paragraph_is_no_abstract():
    # Hawaii News Now (2019, round 98, Arc Publishing): each paragraph of the story's text sits in a card of
    # its own (div.card > div.card-content > p), and the description is the text's second paragraph, word for
    # word: the story's text, not a summary shown apart, as a lead in one block of paragraphs is.
    lead = "HONOLULU (Round News) - Scientists using a round telescope have found water on a round moon."
    second = "The find almost certainly means the moon has liquid water, an essential ingredient for life."
    more = ("Scientists believe that a round ocean lies beneath a miles-thick shell of ice that holds twice "
            "as much water as all of the oceans on Earth, the team said on Monday.")

    def card(text):
        return f'<div class="card collection-item"><div class="card-content"><p>{text}</p></div></div>'

    page = ('<html><head><meta property="og:title" content="Water spotted on a round moon"><meta '
            'property="og:type" content="article"><meta name="description" content="{}"></head><body><h1>'
            'Water spotted on a round moon</h1><div class="byline">By Ada Lovelace | November 18, 2019</div>'
            '<div id="article-body">' + card(lead) + card(second) + card(more) * 3 + "</div></body></html>")
    url = "https://news.example.com/2019/11/19/water-round-moon/"
    assert normalise_page(url, page.format(second)).papers[0].abstract is None
    # A dek alone in a block of another kind above the cards of the text is set apart: the abstract.
    dek = f'<div class="dek"><div class="dek-content"><p>{second}</p></div></div>'
    apart = page.replace(card(second), "").replace('<div id="article-body">', dek + '<div id="article-body">')
    assert normalise_page(url, apart.format(second)).papers[0].abstract == second


def test_paragraphs_set_a_card_each_are_sought_after_a_lead_in_linear_time():
    # The cards after the lead's are read one by one, each a few elements deep at most: thousands of cards,
    # none of them holding prose, and thousands of paragraphs that each open as the description does, cost
    # no more than the page's size.
    lead = "The find almost certainly means the moon has liquid water, an essential ingredient for life."

    def normalising(size):
        cards = "".join(f'<div class="card"><div class="card-content"><p>{lead} {number}</p></div></div>'
                        f'<div class="card"><div class="card-content"><img src="{number}.png"></div></div>'
                        for number in range(size))
        page = (f'<html><head><meta property="og:title" content="Round moon"><meta name="description" '
                f'content="{lead}"></head><body><h1>Round moon</h1><div id="article-body">{cards}</div>'
                f"</body></html>")
        return lambda: normalise_page("https://news.example.com/2019/11/19/round-moon/", page)

    assert_linear_time(normalising, 3000)


def test_a_news_storys_description_that_is_its_lead_with_a_few_words_the_text_adds_is_no_abstract():
    # NPR (2024, round 89, its page read with og and HTML meta alone): the description is the story's lead
    # as its first paragraph writes it, but for the name of the centre the text adds ("… Atmospheric
    # Administration Space Weather Prediction Center observed …" for "… Atmospheric Administration
    # observed …"): the lead still, not a summary shown apart. A description that summarises in other
    # words stays the abstract.
    lead = ("Scientists at the National Round Administration observed a cluster of round spots on the "
            "surface of the sun this week. With them came flares that kicked off a severe storm, expected to "
            "last throughout the weekend as chunks of the sun are flung out into space, towards Earth.")
    text = lead.replace("Administration observed", "Administration Round Weather Prediction Center observed")
    more = ("<p>The agency uses a five point scale to rate these storms, and this weekend's storm is a G4, "
            "expected to produce auroras far to the south of where they are usually seen.</p>")
    page = ('<html><head><meta property="og:title" content="Round storm watch issued"><meta '
            'property="og:type" content="article"><meta name="description" content="{}"></head><body><h1>'
            'Round storm watch issued</h1><p class="byline">By Ada Lovelace</p><time datetime="2024-05-10">'
            'May 10, 2024</time>'
            f'<div class="storytext"><p>{text}</p>{more * 3}</div></body></html>')
    url = "https://news.example.org/2024/05/10/round-storm"
    assert normalise_page(url, page.format(lead)).papers[0].abstract is None
    summary = ("A cluster of round spots seen this week set off a severe storm, which the agency rates as a "
               "G4; we look back at the largest round storm on record, and at what such storms do to the "
               "grid and to the satellites above it.")
    assert normalise_page(url, page.format(summary)).papers[0].abstract == summary


def test_a_lead_with_words_added_is_sought_in_linear_time():
    # Each paragraph is compared by its opening words alone: thousands of long paragraphs opening as the
    # description does, none its lead, cost no more than the page's size.
    lead = " ".join(f"round{number}" for number in range(40))
    almost = " ".join(f"round{number}" for number in range(39)) + " square " + "word " * 400

    def normalising(size):
        page = (f'<html><head><meta property="og:title" content="Round things"><meta name="description" '
                f'content="{lead}"></head><body><h1>Round things</h1>' + f"<p>{almost}</p>" * size
                + "</body></html>")
        return lambda: normalise_page("https://news.example.com/science/round-things", page)

    assert_linear_time(normalising, 1000)


def test_a_storys_lead_is_sought_in_linear_time():
    # One pass over the page's paragraphs, and one walk up from and along the lead's: thousands of
    # paragraphs, or the lead deep in a nest of blocks, cost no more than the page's size.
    lead = "The discovery of two new round viruses is blurring the lines between viral and cellular life."
    more = "<p>" + "The two large round viruses were dubbed so for the surprises they hold. " * 2 + "</p>"

    def normalising(size):
        page = (f'<html><head><meta property="og:title" content="Round viruses"><meta name="description" '
                f'content="{lead}"></head><body><h1>Round viruses</h1><p>By Ada Lovelace</p>'
                f"<p>July 18, 2013</p>" + "<p>A short line of the page.</p>" * size + "<div>" * size
                + f"<p>{lead}</p>{more * size}" + "</div>" * size + "</body></html>")
        return lambda: normalise_page("https://news.example.com/science/round-viruses", page)

    assert_linear_time(normalising, 2000)


def test_a_block_under_the_heading_whose_class_names_it_the_standfirst_is_the_abstract():
    # Sciences et Avenir (2020, round 82: <div class="article-chapo"><p>…</p></div> under the byline, the
    # French press's chapô) and National Geographic UK (2020: <div class="ngart-hl__deck"><h2>…</h2></div>
    # under the h1, the deck): a block right under the heading, before the text, whose class names it the
    # standfirst in a compound word; their descriptions were a sentence of it, or it cut off.
    lead = ("Unverified claims spread through social networks during the pandemic. Here is what the journey "
            "of one of them teaches us: the supposed danger of ibuprofen for patients.")
    prose = "<p>" + "Contagious as the virus? The crisis became fertile ground for rumours. " * 4 + "</p>"
    page = ('<html><head><meta property="og:title" content="How a rumour becomes real"><meta '
            'property="og:type" content="article"><meta property="article:published_time" '
            'content="2020-09-14T09:46:33Z"><script type="application/ld+json">{{"@context": '
            '"http://schema.org", "@type": "NewsArticle", "headline": "How a rumour becomes real", '
            '"datePublished": "2020-09-14T09:46:33Z", "author": [{{"@type": "Person", "name": "Ann Lee"}}]}}'
            '</script></head><body>'
            '<h1>How a rumour becomes real</h1><p class="infos">By Ann Lee on 14.09.2020</p>{}'
            f'<div class="body">{prose}</div><div class="card-deck"><p>{lead}</p></div></body></html>')
    url = "https://magazine.example.com/health/how-a-rumour-becomes-real_147359"
    for block in (f'<div class="article-chapo"><p>{lead}</p></div>',
                  f'<div class="ngart-hl__deck"><h2 class="ngart-hl__text">{lead}</h2></div>'):
        assert normalise_page(url, page.format(block)).papers[0].abstract == lead, block
    # A block classed otherwise there, or one so classed below the text (a Bootstrap card deck), is none.
    for block in (f'<div class="article-intro-image"><p>{lead}</p></div>', ""):
        assert normalise_page(url, page.format(block)).papers[0].abstract is None, block


def test_a_block_under_the_heading_classed_as_the_articles_description_is_its_standfirst():
    # Onmeda (2022, round 119): <div class="article-description"><p>…</p></div> right under the h1, a teaser
    # ending 'Erfahren Sie, für wen …', og:description its opening cut short, the description meta another
    # text. The article's own description set apart over the text is its standfirst; a description classed
    # as something else's (a picture's) is not.
    lead = ("Besides vaccines, the first round pills against the virus are now approved. A clinical study "
            "shows that the pill protects well against severe courses.")
    prose = "<p>" + "In the study a group of patients received the round pill, the others a placebo. " * 4
    prose += "</p>"
    page = ('<html><head><meta property="og:title" content="Green light for the round pill"><meta '
            'property="og:type" content="article"><meta name="description" content="With the round pill the '
            'agency has approved a drug against the virus."><script type="application/ld+json">{{"@context": '
            '"http://schema.org", "@type": "NewsArticle", "headline": "Green light for the round pill", '
            '"datePublished": "2022-01-28", "author": [{{"@type": "Person", "name": "Ann Lee"}}]}}'
            '</script></head><body><div class="article"><h1 class="article-headline">Green light for the '
            f'round pill</h1><div>{{}}</div>{prose}</div></body></html>')
    url = "https://health.example.com/diseases/round-pill-id212627/"
    for block in (f'<div class="article-description"><p>{lead}</p></div>',
                  f'<div class="post-description"><p>{lead}</p></div>'):
        assert normalise_page(url, page.format(block)).papers[0].abstract == lead, block
    for block in (f'<div class="image-description"><p>{lead}</p></div>', ""):
        assert normalise_page(url, page.format(block)).papers[0].abstract != lead, block


def test_a_paragraph_classed_as_the_chapo_as_long_as_prose_is_the_abstract():
    # Next INpact (2018, round 120: <p class="actu_chapeau"> under the byline, then the text's <p>s): the
    # chapô set as a paragraph of its own, as long as a paragraph of the text's prose (280 characters); the
    # walk under the heading stopped at it as the text's first paragraph, before reading its class.
    lead = ("In 2011 we found the round engine's first server, half router and half storage. In 2013 its "
            "software. With the new engine the maker wants to anticipate the needs of its users for years to "
            "come. Its ten gigabits a second will strike minds, but the main point lies elsewhere.")
    prose = "<p>" + "Ten gigabits a second: the maker opened its talk with this figure. " * 4 + "</p>"
    page = ('<html><head><meta property="og:title" content="The round engine server"><meta '
            'property="og:type" content="article"><meta property="article:published_time" '
            'content="06/12/2018 11:56:34 +00:00"><script type="application/ld+json">{{"@context": '
            '"http://schema.org", "@type": "NewsArticle", "headline": "The round engine server", '
            '"datePublished": "2018-12-06T11:56:34", "author": {{"@type": "Person", "name": "Ann Lee"}}}}'
            '</script></head><body><h1>The round engine server</h1><div class="soustitre">Docker when?</div>'
            '<span>By <span itemprop="author">Ann Lee</span></span><div>{}'
            f'{prose}</div></body></html>')
    url = "https://news.example.com/news/107382-the-round-engine-server.htm"
    assert len(lead) >= 200
    assert normalise_page(url, page.format(f'<p class="actu_chapeau">{lead}</p>')).papers[0].abstract == lead
    # The same paragraph unclassed is the text's opening, no abstract.
    assert normalise_page(url, page.format(f"<p>{lead}</p>")).papers[0].abstract is None


def test_blocks_classed_as_the_standfirst_under_the_heading_are_read_in_linear_time():
    # standfirst_blocks.classed_standfirst walks the nodes under the heading once and reads the first block
    # so classed once: a deep nest of them, or a long run of them side by side, is no slower a block.
    def normalising(count: int):
        nest = '<div class="a-deck">' * count + "Short." + "</div>" * count
        run = '<div class="b-dek"><span>Short.</span></div>' * count
        page = ('<html><head><meta property="og:title" content="Round things"><meta property="og:type" '
                'content="article"></head><body><h1>Round things</h1>' + nest + run + "</body></html>")
        return lambda: normalise_page("https://example.org/story/1", page)

    assert_linear_time(normalising, 2_000)


def test_a_meta_abstract_cut_short_that_runs_a_label_into_its_text_is_the_bodys_structured_abstract():
    # PsychiatryOnline (the American Journal of Psychiatry, round 84): the abstract's sections each label in
    # an h3 ("Objective:") and their text in a block after it; a reader sees "Objective: Dysfunction …".
    # Its dc.Description runs the label into the text and is cut short ("Objective:Dysfunction in … these
    # str..."): the page shows the whole of it, as the body reads it.
    page = ('<html><head><meta name="dc.Title" content="Round Signals"><meta name="dc.Description" '
            'content="Objective:Dysfunction in round structures has been reported in youths and adults with '
            'round traits. The specific nature of these round irregularities remains poo..."></head><body>'
            '<h1>Round Signals</h1>'
            '<section id="abstract" property="abstract" typeof="Text"><h2 property="name">Abstract</h2>'
            '<section><h3>Objective:</h3><div role="paragraph">Dysfunction in round structures has been '
            'reported in youths and adults with round traits. The specific nature of these round '
            'irregularities remains poorly understood.</div></section><section><h3>Method:</h3>'
            '<div role="paragraph">Youths performed a task.</div></section></section></body></html>')
    paper = normalise_page("https://round.example.org/doi/10.1176/round.1", page).papers[0]
    assert paper.abstract.startswith("Objective: Dysfunction in round structures")


def test_a_block_under_the_heading_classed_as_its_excerpt_is_the_abstract():
    # Quanta Magazine (2019, round 83): <div class="post__title__excerpt …"> under the h1 and the byline, the
    # feature's dek (twitter:description the same; the description cut off), in a BEM class the template
    # builds from the title's block: the story's summary, as a block classed as its deck is. The heading
    # and that summary make the page a record before its "By" line and day do, which still date it.
    lead = ("Two programmers played a pivotal role in the birth of a theory. Their untold story illustrates "
            "the changing status of computation in science.")
    prose = "<p>" + "A little over half a century ago, round things spilled out of an experiment. " * 4
    page = ('<html><head><title>A Magazine</title><meta property="og:title" content="The Hidden Round '
            'Things">'
            '<meta property="og:type" content="article"></head><body><div class="post__title"><h1 '
            'class="post__title__title">The Hidden Round Things</h1><div class="post__title__author-date">'
            '<h6 class="byline"><em>By</em> <a href="/authors/ann-lee/">Ann Lee</a></h6><p><em>May 20, 2019'
            f'</em></p></div>{{}}</div><div class="post__content">{prose}</p></div><div '
            f'class="card__excerpt">'
            f'<p>{lead}</p></div></body></html>')
    url = "https://www.magazine.example.org/hidden-round-things-20190520/"
    block = f'<div class="post__title__excerpt wysiwyg p italic">{lead}</div>'
    paper = normalise_page(url, page.format(block)).papers[0]
    # The page read by its heading and its summary is still dated by the day under its "By" line.
    assert (paper.abstract, paper.authors, paper.published) == (lead, ["Ann Lee"], "2019-05-20")
    # A block classed otherwise there, or one so classed below the text (another story's card), is none.
    for other in (block.replace("excerpt", "actions"), ""):
        assert normalise_page(url, page.format(other)).papers[0].abstract is None, other


def test_a_description_that_is_a_storys_first_paragraphs_after_its_dateline_is_no_abstract():
    # WebMD Health News (2015, round 83): the description meta is the story's first two paragraphs, the
    # first opening with the dateline ("Feb. 23, 2015 -- Life-threatening …"): its text, not a summary shown
    # apart from it, as a description that is the first paragraph is.
    opening = ("Round allergies have mysteriously been on the rise in the past decade, with little hope for "
               "a "
               "cure.")
    second = ("But a groundbreaking new study may offer a way to stem that rise, while another may offer "
              "some "
              "hope for those who are already allergic.")
    prose = ("<p>Parents have been told for years to avoid giving round foods to babies for fear of "
             "triggering "
             "an allergy, and now research shows the opposite is true for most of them, doctors say.</p>")
    page = ('<html><head><title>Babies Who Eat Round Things May Avoid Allergy</title><meta '
            'name="description" '
            'content="{}"></head><body><div id="textArea"><h2>Babies Who Eat Round Things May Avoid '
            'Allergy</h2>'
            '<div class="author_fmt">By <a rel="author" href="/ann-lee">Ann Lee</a></div><p>Feb. 23, 2015 -- '
            f'{opening}</p><p>{second}</p>{prose * 3}</div></body></html>')
    url = "https://www.health.example.com/allergies/news/20150220/round-allergy-findings"
    for described in (f"{opening} {second}", opening):
        paper = normalise_page(url, page.format(described)).papers[0]
        assert (paper.published, paper.abstract) == ("2015-02-23", None), described


def test_a_news_articles_description_shown_as_the_standfirst_under_its_heading_is_the_abstract():
    # El País (2020, round 83, after its final held-out figure): a JSON-LD news article whose description is
    # the subtitle the page shows right under the h1 (h2.articulo-subtitulo, itemprop=alternativeHeadline):
    # the story's standfirst, read as its abstract as a page without JSON-LD's is; a description the page
    # does not show stays a teaser, no abstract.
    standfirst = ("Scientists question the recent temperature record and warn that what matters most is the "
                  "gradual warming trend of the last sixty years")
    article = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Has the round '
               'continent '
               'reached 20 degrees?", "datePublished": "2020-02-19T18:37:32+01:00", "author": [{"@type": '
               f'"Person", "name": "Ana Lee"}}], "description": "{standfirst}"}}')
    page = ('<html><head><title>Has the round continent reached 20 degrees?</title><meta name="description" '
            f'content="{standfirst}"><script '
            f'type="application/ld+json">{article}</script></head><body><h1>Has '
            'the round continent reached 20 degrees?</h1>SHOWN<p>That the round continent records '
            'temperatures '
            'above 20 degrees need not be due to a change in the climate, scientists say, and they explain '
            'why '
            'at some length here, in the text of the story itself.</p></body></html>')
    url = "https://news.example.com/2020/02/18/science/1582045946_459487.html"
    shown = f'<h2 class="articulo-subtitulo" itemprop="alternativeHeadline">{standfirst}</h2>'
    assert normalise_page(url, page.replace("SHOWN", shown)).papers[0].abstract == standfirst
    assert normalise_page(url, page.replace("SHOWN", "")).papers[0].abstract is None


def test_a_persian_abstract_label_closed_by_its_colon_run_into_its_paragraph_is_no_part_of_it():
    # Round 85: ensani.ir runs "چکیده:" (abstract) into the paragraph's text; a script without capitals
    # closes the label with its colon.
    from papershelf.normalise.run_in_abstracts import abstracts_run_into_their_paragraphs

    text = "بیشتر پژوهندگان عقیده دارند که کوه های زاگرس و منطقه لرستان امروزی، خاستگاه آغازین بوده است."
    page = parse_page(f'<html><body><h2>عنوان</h2><p class="lead">چکیده: {text}</p></body></html>')
    assert list(abstracts_run_into_their_paragraphs(page)) == [text]
    # The word in a sentence, no colon after it, is no label.
    page = parse_page(f"<html><body><p>چکیده {text}</p></body></html>")
    assert list(abstracts_run_into_their_paragraphs(page)) == []


def test_a_books_introduction_under_its_persian_heading_is_the_abstract():
    # Round 85: ketab.ir heads a book's summary "معرفی مختصر کتاب" (a brief introduction of the book).
    text = "در این کتاب صور گوناگون پیوند جسم و روان و تاثیر متقابل آنها در سلامت جسم و بیماری بررسی شده است."
    page = parse_page(f"<html><body><h1>کتاب</h1><h5><b>معرفی مختصر کتاب</b></h5><p>{text}</p></body></html>")
    assert generic_abstract(page) == text


def test_a_label_records_unlabelled_paragraph_between_its_heading_and_its_rows_is_the_abstract():
    # Round 85's held-out Wanfang Med Online page (after its final figure): under the h4 of the title, a bar
    # of tools, then p.prvTXT with no label, then the table of labelled rows (authors, journal, DOI).
    summary = ("描写了云南产秋海棠属6个新种1个新变种,它们是澜沧秋海棠、角果秋海棠、"
               "盈江秋海棠,补充描述了8个种及新命名1种.")
    page = ("<html><head><title>云南秋海棠属植物小志 --万方医学网-医学杂志</title></head><body><div>"
            "<h4>云南秋海棠属植物小志</h4><div class='optBar'><a href='#'>加入收藏夹</a>"
            "<span>点击:102</span></div>"
            f"<p class='prvTXT'>{summary}</p><input type='hidden' value='3'><table><tr><th>作 者</th><td>"
            "<a href='/Author/1'>税玉民</a><a href='/Org/1'>(中国科学院昆明植物研究所,昆明,650204)；</a>"
            "</td></tr>"
            "</table></div></body></html>")
    paper = normalise_page("http://med.example.cn/Paper/Detail/1", page).papers[0]
    assert paper.abstract == summary


def test_headings_set_in_a_paragraph_between_a_label_records_heading_and_its_rows_are_no_abstract():
    # Round 85: ketab.ir sets a book's subject headings in spans inside <p class="card-text"> between its h1
    # and its table of rows; an empty introduction leaves the book without an abstract.
    page = ("<html><head><title> راز-گل-سرخ:-نقد | نگاه | خانه کتاب </title></head><body><div>"
            "<h1><b>راز گل سرخ: نقد</b></h1><p class='card-text'><small><span>شعر فارسی - قرن 14</span>"
            "<span>شعر فارسی - قرن 14 - تاریخ و نقد</span><span>شاعران ایرانی - سرگذشتنامه</span></small></p>"
            "<table><tr><td>پدیدآور</td><td><span>به\u200cاهتمام : <a href='/s'>معصومی ، سحر</a></span>"
            "</td></tr>"
            "</table></div><h5><b>معرفی مختصر کتاب</b></h5><p> </p></body></html>")
    paper = normalise_page("https://books.example.ir/book/2", page).papers[0]
    assert paper.abstract is None


def test_an_hatom_entry_summary_under_its_title_is_the_storys_summary_not_a_teaser_in_a_list():
    # msnbc.com (round 90, 2012): under h1.entry-title the dek h2.entry-summary ("Former astronaut loses
    # 17-month battle against cancer; hailed as role model"); further down, a list of other stories, each
    # item with its teaser in a p.abstract. The teasers are other stories'; the entry's summary is its own.
    page = ('<html><head><meta property="og:title" content="Round woman in space dies at 61">'
            '<meta name="description" content="The first round woman to go into space died Monday after a '
            'long battle against cancer, her company said.">'
            '<meta property="article:published_time" content="2012-07-23T23:13:44"></head><body>'
            '<h1 class="entry-title">Round woman in space dies at 61</h1>'
            '<h2 id="deck" class="entry-summary">Former astronaut loses battle against cancer; hailed as a '
            'role model</h2><div class="vcard author">By <a class="fn">Ada Lovelace</a></div>'
            "<p>The first round woman to go into space died Monday after a long battle against cancer, her "
            "company said.</p><p>" + "She flew twice on the shuttle. " * 6 + "</p>"
            '<ul><li><a href="/other">A rise and fall</a><p class="abstract"><span>Science editor Ada '
            "Lovelace's blog: Students create a high-altitude balloon experiment that's as notable for the "
            "way it fell as for the images it captured.</span></p></li></ul></body></html>")
    paper = normalise_page("http://news.example.com/id/48292643/ns/space/", page).papers[0]
    assert paper.abstract == "Former astronaut loses battle against cancer; hailed as a role model"


def test_an_hatom_entry_summary_is_sought_in_linear_time():
    def normalising(size):
        page = ('<html><head><meta property="og:title" content="Round things"></head><body>'
                '<h1 class="entry-title">Round things</h1>'
                + '<div class="entry-summary"><p>word</p>' * size + "</div>" * size + "</body></html>")
        return lambda: normalise_page("https://news.example.org/post", page)

    assert_linear_time(normalising, 4000)


def test_a_news_articles_json_ld_description_shown_under_its_heading_is_its_standfirst():
    # Gizmodo (round 90, 2024) read with its JSON-LD alone: the NewsArticle's description "Plus: the world is
    # warned to prepare for a geomagnetic storm, and a new fusion record." is the subhead the page shows in
    # an h2 right under the h1, as its description meta is where the page has one: the story's standfirst.
    # A description the page does not show under the heading is a teaser.
    ld = ('{"@type": "NewsArticle", "headline": "Round rocket could reach Mars", "description": "%s", '
          '"author": {"@type": "Person", "name": "Ada Lovelace"}, "datePublished": "2024-05-11"}')
    subhead = "Plus: the world is warned to prepare for a round storm, and a new fusion record."
    page = ('<html><head><script type="application/ld+json">{ld}</script></head><body><h1>Round rocket '
            f'could reach Mars</h1><h2 class="subhead">{subhead}</h2><p>By Ada Lovelace</p><p>'
            + "In our top stories this week, a rocket engine NASA could use to reach Mars. " * 3
            + "</p></body></html>")
    url = "https://news.example.com/round-rocket-1851469611"
    assert normalise_page(url, page.replace("{ld}", ld % subhead)).papers[0].abstract == subhead
    teaser = "A rocket engine NASA could use to reach Mars, and more of the week's stories."
    assert normalise_page(url, page.replace("{ld}", ld % teaser)).papers[0].abstract != teaser


_WHY = ("This pervasive and powerful form of artificial intelligence is changing every industry. Here is "
        "what you need to know about its potential and limitations.")


def test_an_abstract_said_twice_whole_is_kept_once():
    # Seen on the paper page (stop 56): Clemson News's story (round 88) showed its standfirst twice, as its
    # description and og:description write it ("X X"); the corpus checks an abstract's first 80 characters.
    stem = "clemson_heres-how-to-maintain-healthy-smartphone-habits"
    pages = Path(__file__).parent / "fixtures" / "pages"
    sidecar = json.loads((pages / f"{stem}.json").read_text())
    found = normalise_capture(sidecar["source"]["original_url"], (pages / f"{stem}.html").read_text(), None,
                              captured=date(2026, 12, 5))
    abstract = found.papers[0].abstract
    assert abstract.startswith(sidecar["expected"]["abstract_first80"])
    assert abstract.endswith("technology use and quality of life.") and abstract.count("quality of life") == 1
    # A text that repeats a phrase, or says a short thing twice, is not cut.
    assert said_once("Yes. Yes.") == "Yes. Yes."
    said = "Round things roll further than square things do on flat ground."
    assert said_once(f"{said} Indeed, {said}") == f"{said} Indeed, {said}"


def test_a_news_storys_description_that_is_its_first_paragraph_wholly_in_bold_is_its_abstract():
    # The Swiss Ornithological Institute's avinews (2021, round 82, held out; pending until stop 56): the
    # description and og:description are the first paragraph under the h1, set wholly in bold
    # (<p><strong>…</strong></p>), the text following in plain paragraphs: a lead set apart, a standfirst,
    # read as the abstract. The same words in a plain first paragraph are the text's opening, no abstract.
    lead = ("Lichte Waldstrukturen sind im letzten Jahrhundert selten geworden, etwa wegen veränderter "
            "Waldbewirtschaftung. Der Verlust an lichten Waldstrukturen macht vielen runden Arten zu "
            "schaffen.")
    more = ("<p>Ein Aktionsplan zeigt nun, wie runde Arten im lichten Wald gefördert werden können, und "
            "nennt die Massnahmen, die Förster und Waldbesitzer dafür treffen können, wo immer runde Arten "
            "im Wald noch leben.</p>")
    page = ('<html><head><meta property="og:title" content="Runde Arten im lichten Wald"><meta '
            f'name="description" content="{lead}"></head><body><h1>Runde Arten im lichten Wald</h1>'
            '<div>1 December 2021</div><div id="content">{}'
            f'{more * 3}</div></body></html>')
    url = "https://www.round.example.ch/de/news/runde-arten-im-lichten-wald"
    for emphasis in ("strong", "b", "em"):
        paper = normalise_page(url, page.format(f"<p><{emphasis}>{lead}</{emphasis}></p>")).papers[0]
        assert paper.abstract == lead, emphasis
    for plain in (f"<p>{lead}</p>", f"<p><strong>Lichte</strong> {lead[7:]}</p>"):
        assert normalise_page(url, page.format(plain)).papers[0].abstract is None, plain


def _summary_box_page(boxes: str = "") -> str:
    prose = ("<p>Machine learning is behind chatbots and predictive text, language translation apps and"
             " more.</p>")
    return ('<html><head><title>Machine learning, explained | Example School</title>'
            '<meta property="og:title" content="Machine learning, explained | Example School">'
            '<meta name="twitter:description" content="Machine learning is a powerful form of artificial '
            'intelligence that is affecting every industry."></head><body><article><header>'
            '<h1 itemprop="name">Machine learning, explained</h1><p class="authors--byline">By '
            '<span itemprop="author">Sara Brown</span></p>'
            '<time itemprop="datePublished" datetime="2021-04-21">Apr 21, 2021</time></header>'
            f'{boxes}<aside class="wim"><h2 class="wim--label">Why It Matters</h2>'
            f'<p class="wim--text">{_WHY}</p></aside><div class="body">{prose * 3}</div></article>'
            '</body></html>')


def test_a_box_under_the_header_headed_why_it_matters_is_the_pieces_summary():
    # MIT Sloan's 'Ideas Made to Matter' (round 91, 2021): no description meta; under the header an
    # <aside> headed "Why It Matters" holds one paragraph, the piece's summary (twitter:description an
    # older wording the page does not show).
    found = normalise_page("https://mitsloan.example.edu/ideas-made-to-matter/machine-learning-explained",
                           _summary_box_page())
    assert found.papers[0].abstract == _WHY
    # A box headed otherwise (a newsletter's sign-up) is no summary.
    other = _summary_box_page().replace("Why It Matters", "Get the newsletter")
    found = normalise_page("https://mitsloan.example.edu/ideas-made-to-matter/ml-explained", other)
    assert found.papers[0].abstract is None


def test_a_summary_box_is_found_in_linear_time():
    def normalising(size: int):
        boxes = "<aside>" * size + "<p>x</p>" + "</aside>" * size
        html = _summary_box_page(boxes)
        return lambda: normalise_page("https://mitsloan.example.edu/ideas-made-to-matter/ml", html)
    found = assert_linear_time(normalising, 4_000)
    assert found.papers[0].abstract == _WHY


def _post_with_description(shown: bool) -> str:
    teaser = ("About 1 in 5 adolescents report symptoms of anxiety or depression, according to an analysis"
              " of a new federal survey of teen health. The data comes at a time of heightened concern about "
              "adolescent mental health and rising overdose deaths.")
    opening = ("<p>In light of growing mental health concerns among adolescents, a national emergency was "
               "declared in 2021, followed by advisories from the Surgeon General.</p>")
    graph = ('{"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": "Recent trends '
             'in round health", "datePublished": "2024-02-06T15:21:22+00:00", "author": [{"@id": "#p"}]}, '
             '{"@type": "WebPage", "name": "Recent trends in round health", '
             '"description": "' + teaser + '"}, '
             '{"@type": "Person", "@id": "#p", "name": "Nirmita Panchal"}]}')
    return ('<html><head><title>Recent trends in round health | Example</title>'
            f'<meta name="description" content="{teaser}"><meta property="og:type" content="article">'
            '<meta property="og:title" content="Recent trends in round health | Example">'
            '<meta property="article:published_time" content="2024-02-06T15:21:22+00:00">'
            f'<script type="application/ld+json">{graph}</script></head><body>'
            '<h1>Recent trends in round health</h1><p>Author: Nirmita Panchal</p>'
            '<p>Published: Feb 6, 2024</p>'
            f'{"<p>" + teaser + "</p>" if shown else ""}{opening * 3}</body></html>')


def test_a_posts_description_the_page_never_shows_is_a_teaser_not_its_abstract():
    # KFF's issue brief (round 91, held-out, fixed after the round's final figure; WordPress, Yoast, 2024): a
    # JSON-LD Article of og:type article with no scholarly meta; its description ("About 1 in 5 adolescents
    # report …") is shown nowhere on the page (the text opens "In light of growing …"): a teaser, as the
    # corpus reads news stories' and posts' unshown descriptions, no abstract.
    url = "https://www.example.org/mental-health/recent-trends-in-round-health/"
    assert normalise_page(url, _post_with_description(shown=False)).papers[0].abstract is None
    # A paper's page (citation_title) keeps its description as its abstract, shown or not.
    paper = _post_with_description(shown=False).replace(
        "<head>", '<head><meta name="citation_title" content="Recent trends in round health">')
    assert normalise_page(url, paper).papers[0].abstract.startswith("About 1 in 5")


def test_a_posts_unshown_teaser_is_told_in_linear_time():
    def normalising(size):
        page = _post_with_description(shown=False).replace(
            "</body>", "<div>" * size + "<span>word</span>" * size + "</div>" * size + "</body>")
        return lambda: normalise_page("https://www.example.org/mental-health/recent-trends/", page)

    found = assert_linear_time(normalising, 4000)
    assert found.papers[0].abstract is None


def test_a_standfirst_classed_blurb_with_a_templates_number_under_the_heading_is_the_abstract():
    # HBS Working Knowledge (2004, round 92): under the h1 and its div.date, div.blurb2 sums the article up
    # ('What kind of workers and managers will members of the "gamer generation" make? …'), then the byline
    # and the text: the template's numbered variant of a blurb, a standfirst as "article-chapo" is one.
    blurb = ('What kind of round workers and managers will members of the "round generation" make? You\'ll '
             "be surprised at the answer.")
    prose = ("<p>They are different from you and me, this generation born after 1970. They grew up with a "
             "finger on the keyboard and an ear to the cell phone, and in a world where the forces of "
             "globalization have broken down national barriers like no time in history.</p>")
    page = ("<html><head><title>Managing the Round Generation - Round Working Knowledge</title></head><body>"
            '<div id="archive"><h1>Managing the Round Generation</h1><div class="date">10/18/2004</div>'
            f'<div class="{{}}">{blurb}</div><div class="body"><span class="article-author">by Sean '
            f"Roundthorne, Editor</span>{prose}</div></div></body></html>")
    url = "http://round.example.edu/item.jhtml?id=4429"
    assert normalise_page(url, page.format("blurb2")).papers[0].abstract == blurb
    # A class of another word and a number is no standfirst's.
    assert normalise_page(url, page.format("block2")).papers[0].abstract != blurb


def test_a_sentence_in_a_smaller_heading_right_under_the_h1_is_the_standfirst():
    # Science@NASA (2004, round 92): <h1>Keeping an Eye on Central America</h1><h4>NASA-supported
    # researchers have developed software anyone can use to fly, video game-style, over Central America
    # and survey its current environmental conditions.</h4>, then the story: a dek set as a heading.
    dek = ("Round researchers have developed software anyone can use to fly, video game-style, over "
           "Roundland and survey its current environmental conditions.")
    prose = ("<p><b>April 23, 2004:</b> Flying over the lush, mountainous landscape of Central Roundland, a "
             "local official points out plumes of smoke where agriculture is destroying hundreds of acres of "
             "round forest, and a river snaking through the forest below.</p>")
    page = ("<html><head><title>Keeping an Eye on Roundland</title></head><body><table><tr><td>"
            "<h1>Keeping an Eye on Roundland</h1><h4>{}</h4></td></tr></table>" + prose + "</body></html>")
    url = "http://science.example.gov/headlines/y2004/23apr_round.htm"
    paper = normalise_page(url, page.format(dek)).papers[0]
    # Read for a page its dateline makes a record: the dek does not make it one, nor undo its day.
    assert (paper.title, paper.abstract, paper.published) == (
        "Keeping an Eye on Roundland", dek, "2004-04-23")
    # A smaller heading that is no sentence (a section's name, a line of a few words) is none.
    for other in ("Abstract", "Satellites over Roundland"):
        assert normalise_page(url, page.format(other)).papers[0].abstract is None


def test_a_dek_in_a_block_classed_as_the_posts_subtitle_under_the_heading_is_the_abstract():
    # The Hechinger Report (2025, round 93; WordPress, Newspack): <h1 class="entry-title">, then
    # <div class="newspack-post-subtitle">Logistics made it difficult …</div> and the byline; the description
    # meta is another summary, shown nowhere. A block whose compound class ends in "subtitle" right under
    # the heading is the story's dek, read as its abstract as a class ending in "deck" or "standfirst" is.
    dek = "Logistics made it difficult to deliver the amount of help that could produce a real difference"
    prose = ("<p>Tutoring was the great hope of the years after the pandemic, and schools spent billions "
             "of dollars on it, hiring tutors and buying programmes, and now the first results are coming "
             "in from the districts that tried hardest.</p>")
    page = ('<html><head><meta property="og:title" content="Tutoring was supposed to save kids">'
            '<meta property="og:type" content="article">'
            '<meta name="description" content="Preliminary results on tutoring were sobering.">'
            '</head><body><article><h1 class="entry-title">Tutoring was supposed to save kids</h1>{}'
            '<div class="entry-meta">by <span class="author vcard">Jill Round</span> '
            '<time class="entry-date published" datetime="2025-08-25T06:00:00-04:00">August 25, 2025</time>'
            f'</div>{prose * 3}{{}}</article></body></html>')
    url = "https://news.example.org/proof-points-tutoring/"
    subtitle = f'<div class="newspack-post-subtitle">{dek}</div>'
    assert normalise_page(url, page.format(subtitle, "")).papers[0].abstract == dek
    # Far down the page, past the text, such a block is another story's; a short one is a title's second
    # part, no summary.
    assert normalise_page(url, page.format("", subtitle)).papers[0].abstract is None
    short = '<div class="newspack-post-subtitle">A second look</div>'
    assert normalise_page(url, page.format(short, "")).papers[0].abstract is None
    # A subtitle set as a heading is a second headline (chemie.de's h2.news-subtitle), and an h1 classed as
    # one with a subtitle is the headline itself.
    second = f'<h2 class="news-subtitle">{dek}</h2>'
    assert normalise_page(url, page.format(second, "")).papers[0].abstract is None
    classed = page.replace('class="entry-title"', 'class="entry-title entry-title--with-subtitle"')
    assert normalise_page(url, classed.format(subtitle, "")).papers[0].abstract == dek


def test_a_first_paragraph_wholly_in_bold_italics_inside_a_coloured_span_under_the_byline_is_the_abstract():
    # Sky & Telescope (2017, round 93; WordPress): the h1, the byline 'By: … | March 30, 2017', then the text
    # opens with <p><span style="color: #5274ae;"><b><i>NASA's MAVEN mission has confirmed …</i></b></span>
    # </p>, one sentence set apart in coloured bold italics, before a captioned image and the plain
    # paragraphs; the description is a longer summary shown nowhere. The house's dek, read as the abstract.
    lead = "The Round mission has confirmed that the solar wind stripped the planet of its atmosphere."
    prose = ("<p>Mars is the little planet that could not. Its landscape, carved by rivers and lakes, has "
             "dried up, and its atmosphere is a wisp of what it once was, as the ratios of its isotopes "
             "show to anyone who measures them.</p>")
    page = ('<html><head><meta property="og:title" content="Mars Lost Atmosphere to Space">'
            '<meta property="og:type" content="article"></head><body><article>'
            '<h1 class="entry-title">Mars Lost Atmosphere to Space</h1><div class="entry-meta"><span '
            'class="byline">By: <span class="author vcard"><a class="url fn n" href="/author/ada">Ada Round'
            '</a></span> | <time class="entry-date" datetime="2017-03-30">March 30, 2017</time></span></div>'
            '<div class="entry-content">{}<div class="wp-caption"><img src="m.jpg">'
            f'<p class="wp-caption-text">An artist\'s view of the spacecraft.</p></div>{prose * 3}</div>'
            '</article></body></html>')
    url = "http://www.round.example.com/astronomy-news/mars-lost-atmosphere-to-space/"
    for wrapped in (f'<span style="color: #5274ae;"><b><i>{lead}</i></b></span>', f"<strong>{lead}</strong>",
                    f"<em>{lead}</em>"):
        assert normalise_page(url, page.format(f"<p>{wrapped}</p>")).papers[0].abstract == lead, wrapped
    # A plain first paragraph is the text's opening; one partly in bold is too; a long paragraph in bold is
    # the release's first paragraph set bold, not a dek.
    long = "<p><b>" + " ".join([lead] * 5) + "</b></p>"
    # A teaser's question under a column's headline in bold, and a note in italics linking elsewhere, are
    # no summaries either (Nature's "Science in culture", 2001; a Manubot report's note, 2017).
    question = "<p><b>Did major artists use optical devices to plot points to help them paint?</b></p>"
    note = ('<p><em>This report is available online at <a href="https://doi.org/10.1/x">'
            "https://doi.org/10.1/x</a>.</em></p>")
    partly = f"<p><span><b>The Round</b> {lead[10:]}</span></p>"
    for plain in (f"<p>{lead}</p>", partly, long, question, note):
        assert normalise_page(url, page.format(plain)).papers[0].abstract is None, plain


def test_a_storys_paragraphs_are_searched_for_an_emphasised_lead_in_linear_time():
    # The reader looks at the paragraphs under the heading down to the text's first paragraph of prose, each
    # down through its single wrappers a few levels at most.
    def normalising(count):
        short = "<p><span><b><i>Short.</i></b></span></p>"
        page = ("<html><body><h1>Mars Lost Atmosphere to Space</h1>" + short * count
                + "<p>" + "Text of the story, at length. " * 10 + "</p></body></html>")
        return lambda: normalise_page("https://news.example.org/mars", page)

    assert_linear_time(normalising, 4000)


def test_a_dek_in_a_block_classed_as_the_subheadline_under_the_heading_is_the_abstract():
    # STAT (2025, round 93, held out; WordPress block theme): <h1 class="wp-block-post-title">, then
    # <div class="wp-block-stat-article-subheadline"><h2>Prices for Wegovy, Zepbound, touted as discounts,
    # will remain unaffordable for many workers </h2></div> (no full stop), the byline after; the
    # description and og:description are other summaries, shown nowhere. The subheadline, the American
    # press's dek, set in a block under the heading: the story's summary, read as its abstract.
    dek = "Prices for the new drugs, touted as discounts, will remain unaffordable for many workers"
    prose = ("<p>Employers are dropping coverage of the new weight loss drugs from their health plans for "
             "next year, doctors and groups that represent employers said, as the makers of the drugs sell "
             "them to patients directly at prices touted as discounts.</p>")
    page = ('<html><head><meta property="og:title" content="Employers drop coverage for weight loss drugs">'
            '<meta property="og:type" content="article"><meta name="description" content="Cash prices will '
            'remain unaffordable.">'
            '</head><body><div class="article-headlines"><h1 class="wp-block-post-title">Employers drop '
            'coverage for weight loss drugs</h1>{}</div><div class="author-byline"><p class="author">By <a '
            'class="author-name">Elaine Round</a></p><p class="date">Dec. 18, 2025</p></div>'
            f'<div class="entry-content">{prose * 3}</div></body></html>')
    url = "https://news.example.com/2025/12/18/weight-loss-drugs-health-plans/"
    block = f'<div class="wp-block-stat-article-subheadline"><h2>{dek} </h2></div>'
    assert normalise_page(url, page.format(block)).papers[0].abstract == dek
    # The same class on a heading of its own is a second headline, as a subtitle so set is.
    heading = f'<h2 class="article-subheadline">{dek}</h2>'
    assert normalise_page(url, page.format(heading)).papers[0].abstract is None


@pytest.mark.parametrize(("dek_tag", "dek"), [
    # EurekAlert!'s release (round 95): <header>…<h1>…</h1><p class="subtitle">…</p>, no full stop.
    ("p", "Scientists at the Round Laboratory zero in on round vanadate's role in renewable energy at the "
          "nanoscale"),
    # Express.co.uk's story (round 95): <header><h1>…</h1><h3>ARTIFICIAL Intelligence (AI) is …</h3>.
    ("h3", "ROUND things are a totalitarian's dream and will have the potential to know you better than you "
           "know yourself, a researcher has claimed."),
])


def test_the_sentence_right_after_the_h1_in_its_title_block_is_the_standfirst(dek_tag, dek):
    # A title block (a <header>, a hero's text block) holds the heading, right after it the standfirst, and
    # short lines (the day, the byline, the institution, a reading time); the text's prose follows outside
    # it. The standfirst is the story's summary, read as its abstract (Geschichte der Gegenwart's hero, round
    # 95, too: <div class="hero-text"><h1>…</h1><p>Kann man mit …</p><span>~ 10 Minuten</span></div>).
    prose = ("<p>In the fight against square things, scientists have searched for ways to replace them with "
             "round alternatives such as wheels, which roll further and wear more evenly on long roads, as "
             "every carter knew.</p>")
    page = ('<html><head><meta property="og:title" content="A closer look at round fuels"></head><body>'
            '<header><div class="release_date">News Release <time>6-Aug-2020</time></div>'
            f"<h1>A closer look at round fuels</h1><{dek_tag}>{dek}</{dek_tag}>"
            "<p>Round Laboratory</p></header>" + prose * 2 + "</body></html>")
    url = "https://news.example.org/news-releases/771663"
    paper = normalise_page(url, page).papers[0]
    record = (paper.title, paper.abstract, paper.published)
    assert record == ("A closer look at round fuels", dek, "2020-08-06")
    # A heading whose block holds the text's prose is no title block: the paragraph after it is the text's.
    inline = page.replace("<p>Round Laboratory</p></header>" + prose * 2, prose * 2 + "</header>")
    assert normalise_page(url, inline).papers[0].abstract != dek
    # A line of a few words after the heading (a kicker, a section's name) is no standfirst.
    short = page.replace(dek, "Round energy at the nanoscale")
    assert normalise_page(url, short).papers[0].abstract is None


def test_a_block_classed_as_the_perex_under_the_heading_is_the_standfirst():
    # Pulse Nigeria (Ringier's layout, 2020, round 95, a held-out page, read after its final figure):
    # <div id="lead" class="article-perex"><p>The coronavirus isn't the only plague …</p></div> between the
    # byline and the main image, the perex, the Czech and Slovak press's word for the standfirst, as the
    # French chapô.
    lead = ("The round virus isn't the only plague making headlines this year -- locusts are devastating "
            "crops in several parts of the world, and now scientists are discovering why.")
    harmless = "On its own, a round locust is fairly harmless, but together they strip fields. "
    prose = "<p>" + harmless * 4 + "</p>"
    page = ('<html><head><meta property="og:title" content="An irresistible scent makes locusts swarm">'
            '<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "An irresistible scent makes locusts swarm", "datePublished": "2020-08-12", '
            '"author": [{{"@type": "Person", "name": "Ann Lee"}}]}}</script></head><body>'
            "<h1>An irresistible scent makes locusts swarm</h1><p>Authors: Ann Lee</p>{}"
            f"<div class='article-content'>{prose}</div></body></html>")
    url = "https://news.example.ng/news/world/an-irresistible-scent/jy784jw"
    block = f'<div id="lead" class="article-perex"><p>{lead}</p></div>'
    assert normalise_page(url, page.format(block)).papers[0].abstract == lead
    other = block.replace("article-perex", "article-image")
    assert normalise_page(url, page.format(other)).papers[0].abstract is None


def test_the_sentence_after_a_wrapper_holding_the_h1_alone_in_its_title_block_is_the_standfirst():
    # NDTV (2020, round 95, a held-out page, read after its final figure): <div class="sp-hd"><div
    # class="spsrdCont">This Article is From Aug 04, 2020</div><div class="sp-ttl-wrp"><h1>…</h1></div><h2
    # class="sp-descp">Researchers from Canada …</h2><nav class="pst-by">…</nav></div>: the h1 alone in a
    # wrapper, the wrapper standing for it in the title block (its class the template's short "hd" for head);
    # an ad's script in the block is no line of it that a reader sees.
    ad = ("<script>window._taboola = window._taboola || []; _taboola.push({{ mode: 'text-links-b', "
          "container: 'taboola-above-article-text-links', placement: 'Above Article Text Links - Round "
          "News', target_type: 'mix' }});</script>")
    dek = ("Researchers from Roundland and the United States examined more than 10,000 round valleys and "
           "compared them to channels on Earth that were carved under glaciers.")
    prose = ("<p>Paris: The question of whether ancient life could have existed on Roundland centres on the "
             "water that once flowed there, but new research suggests otherwise, as a long study "
             "reports.</p>")
    page = ('<html itemscope itemtype="http://schema.org/NewsArticle"><head><meta property="og:title" '
            'content="Glaciers Could Have Sculpted Round Valleys"><meta itemprop="datePublished" '
            'content="2020-08-04T03:54:00+05:30"></head><body><div class="{block}"><div '
            'class="spsrdCont">This Article is From Aug 04, 2020</div><div class="sp-ttl-wrp"><h1 '
            'itemprop="headline">Glaciers Could Have Sculpted Round Valleys</h1></div>'
            '<h2 class="sp-descp">{dek}</h2><nav class="pst-by">'
            "World | Updated: August 04, 2020 3:54 am IST</nav>" + ad + "</div>" + prose * 3
            + "</body></html>")
    url = "https://www.news.example.com/world-news/glaciers-could-have-sculpted-round-valleys-2273648"
    assert normalise_page(url, page.format(block="sp-hd", dek=dek)).papers[0].abstract == dek
    # The same blocks in a block no class calls a title block are none.
    assert normalise_page(url, page.format(block="sp-bd", dek=dek)).papers[0].abstract != dek


def test_a_title_blocks_standfirst_is_the_abstract_where_the_description_is_the_texts_first_sentence():
    # NDTV (2020, round 95, held-out, after its final figure): its description meta is the story's first
    # sentence after the dateline ("Paris: The question of whether …"), read as the story's lead, no abstract;
    # the standfirst its title block shows under the h1 is its summary all the same.
    dek = ("Researchers from Roundland and the United States examined more than 10,000 round valleys and "
           "compared them to channels on Earth that were carved under glaciers.")
    first = ("The question of whether ancient life could have existed on Roundland centres on the water that "
             "once flowed there, but new research published Monday suggests that many of the Round Planet's "
             "valleys were gouged by icy glaciers not rivers.")
    doubt = "<p>" + "The study casts doubt on a dominant theory of round rivers, its authors say. " * 3
    doubt += "</p>"
    page = ('<html itemscope itemtype="http://schema.org/NewsArticle"><head><meta property="og:title" '
            'content="Glaciers Could Have Sculpted Round Valleys"><meta name="description" content="{first}">'
            '<meta itemprop="datePublished" content="2020-08-04T03:54:00+05:30"></head><body>'
            '<div class="sp-hd"><div class="sp-ttl-wrp"><h1 itemprop="headline">Glaciers Could Have Sculpted '
            'Round Valleys</h1></div>{dek}</div><p>Paris: {first}</p>' + doubt * 2 + "</body></html>")
    url = "https://www.news.example.com/world-news/glaciers-could-have-sculpted-round-valleys-2273648"
    with_dek = page.format(first=first, dek=f'<h2 class="sp-descp">{dek}</h2>')
    assert normalise_page(url, with_dek).papers[0].abstract == dek
    assert normalise_page(url, page.format(first=first, dek="")).papers[0].abstract is None


def test_a_title_blocks_standfirst_is_sought_in_linear_time():
    # title_block_deks reads no more of the heading's block than a title block holds: a header holding a
    # deep nest or a long run of elements after the standfirst is given up on, not read to its end.
    from papershelf.normalise.title_block_deks import title_block_dek

    dek = ("Scientists at the Round Laboratory zero in on round vanadate's role in renewable energy at the "
           "nanoscale")

    def reading(count: int):
        page = parse_page("<html><body><header><h1>Round fuels</h1><p>" + dek + "</p>"
                          + "<div><i>x</i>" * count + "</div>" * count + "<span>y</span>" * count
                          + "</header></body></html>")
        return lambda: title_block_dek(page, "Round fuels")

    assert assert_linear_time(reading, 20_000) is None


def test_a_dek_in_a_block_classed_as_the_titles_intro_under_the_heading_is_the_abstract():
    # Education Week (2025, round 96; Brightspot): in div.m-article-title the topic link, the h1, then
    # <div class="m-article-title__intro">Implementation continues to complicate even well-studied
    # interventions</div> (no full stop), the byline 'By Sarah Schwartz — November 18, 2025' after it; the
    # description and og:description another summary, shown nowhere. The title block's intro, BEM's element
    # of the block under the heading: the story's dek, read as its abstract.
    dek = "Implementation continues to complicate even well-studied round interventions"
    prose = ("<p>The prescription was everywhere as the full scale of pandemic learning loss became clear: "
             "schools should invest in tutoring, which decades of research had shown to be among the most "
             "effective ways to help students who had fallen behind.</p>")
    page = ('<html><head><meta property="og:title" content="Why Has Tutoring Not Worked?">'
            '<meta property="og:type" content="article"><meta name="description" content="Recent studies '
            'show small or no effects. Why?"></head><body><div class="m-article-title"><a class="a-link">'
            'Student Achievement</a><h1>Why Has Tutoring Not Worked?</h1>{}<div '
            'class="m-article-title__tagline"><span class="m-article-title__author">By <a class="a-link">'
            'Sarah Round</a> — November 18, 2025</span></div></div>'
            f'<div class="article-body">{prose * 3}</div></body></html>')
    url = "https://news.example.com/leadership/why-has-tutoring-not-worked/2025/11"
    block = f'<div class="m-article-title__intro">{dek}</div>'
    assert normalise_page(url, page.format(block)).papers[0].abstract == dek
    # The same class on a heading of its own is a second headline, as a subtitle so set is.
    heading = f'<h2 class="m-article-title__intro">{dek}</h2>'
    assert normalise_page(url, page.format(heading)).papers[0].abstract is None
    # A block classed as the intro that holds a paragraph of prose is the text's opening, no dek.
    opening = normalise_page(url, page.format(f'<div class="c-intro">{prose}</div>'))
    assert opening is None or not opening.papers or opening.papers[0].abstract is None


def test_a_subtitle_after_a_dateline_classed_as_the_items_subtitle_is_the_abstract():
    # Jugend forscht (2021, round 97; TYPO3's tt_news): under the h1 <p class="news-subtitle"><span>Hamburg,
    # 2. November 2021</span></p>, the release's place and day, then <p class="subtitle">Preisträgerinnen und
    # Preisträger von … auf der Erfindermesse iENA 2021 in Nürnberg</p> (no full stop), the image and the
    # text; og:description another wording of the text's first sentence. The first block classed as a
    # subtitle is the dateline, no dek: the subtitle after it is the release's standfirst, read as its
    # abstract, and the dateline's day dates it.
    dek = "Prize-winners of the country's best-known round contest at the inventors' fair in Nuremberg"
    prose = ("<p>Five of this year's prize-winners present three round projects at the fair from tomorrow. "
             "All of them took part in the latest round of the country's best-known competition for young "
             "researchers, and visitors may see them at the foundation's stand until Sunday.</p>")
    page = ('<html><head><meta property="og:title" content="Round fire hoses and round charcoal">'
            '<meta property="og:description" content="Five prize-winners present three projects"></head>'
            '<body><article class="news-single-item"><h1>Round fire hoses and round charcoal </h1>'
            '<p class="news-subtitle">\n\t\t<span>{} </span>\n\t </p>'
            f'<p class="subtitle">{dek}</p><div class="news-single-content">{prose * 3}</div></article>'
            '</body></html>')
    url = "https://www.round.example.de/presse/pressemitteilungen/round-fire-hoses.html"
    paper = normalise_page(url, page.format("Hamburg, 2. November 2021")).papers[0]
    # …and the record its standfirst makes it is dated by the dateline, the line right under its heading.
    assert (paper.abstract, paper.published) == (dek, "2021-11-02")

def test_a_lead_in_a_block_classed_as_the_articles_intro_in_camel_case_under_the_heading_is_the_abstract():
    # SimplyScience (2012, round 97; Contao): <date>19.11.2012</date> over the h1.ce_headline, then <div
    # class="ce_articleIntro block"><p>Erdöl bildet nach Millionen von Jahren aus …</p></div>, one sentence
    # set apart before the image and the text; the description meta only the title again. Contao names its
    # content elements 'ce_' and the element in camel case: the article's intro, its last word 'Intro', as
    # the title block's BEM intro is read (Education Week's div.m-article-title__intro): the lead, read as
    # the abstract.
    lead = "Petroleum forms over millions of years from tiny round creatures that sink to the sea floor."
    prose = ("<p>The Babylonians already knew petroleum. With bitumen, a thick kind of it that seeped out of "
             "the rocks at the surface, they paved important roads. Petroleum consists mainly of carbon and "
             "hydrogen atoms joined in chains, and its origin lies in plankton.</p>")
    page = ('<html><head><title>How does petroleum form? - Round Science</title><meta name="description" '
            'content="How does petroleum form?."><meta property="og:type" content="article"><meta '
            'property="og:title" content="Round Science - How does petroleum form?"></head><body>'
            '<div class="mod_article block"><div class="date"><date>19.11.2012</date></div>'
            '<h1 class="ce_headline">How does petroleum form?</h1>{}<div class="ce_image block"><figure>'
            '<img src="pumps.jpg" alt="Pumps"></figure></div>'
            f'<div class="ce_text block">{prose * 3}</div></div></body></html>')
    url = "http://www.roundscience.example.ch/teens/articles/how-does-petroleum-form.html"
    intro = f'<div class="ce_articleIntro block"><p>{lead}</p></div>'
    paper = normalise_page(url, page.format(intro)).papers[0]
    assert (paper.title, paper.published, paper.abstract) == ("How does petroleum form?", "2012-11-19", lead)
    # A class that only ends in the letters ('ce_retroIntroduction' is no intro) names no lead.
    other = normalise_page(url, page.format(f'<div class="ce_retroIntroduction block"><p>{lead}</p></div>'))
    assert other is None or not other.papers or other.papers[0].abstract is None

def test_a_summary_label_on_a_line_of_its_own_heads_the_text_under_it():
    # ABC Radio National's In Conversation (round 94): <p><font color="Blue">Summary:</font><br><font>
    # Studies show …</font>, then <p>'Transcript:'; no heading. A label on a line of its own heads its text.
    text = ("Studies show that reactions of top people in sport are faster than roundness can register. How "
            "can you get to such a reflex?")
    page = ("<html><body><p><b>Richard Round</b></p><p><font color='Blue'>Summary:</font><br><font> {text}"
            "<br></font><p><font color='Blue'>Transcript:</font><br><b>Robyn Round: </b>Have you checked "
            "your left leg? It rolls round.</p></body></html>")
    assert abstract_under_label_line(parse_page(page.format(text=text))) == text
    assert generic_abstract(parse_page(page.format(text=text))) == text
    # Run into its text on one line, 'Summary:' is as often a section's lead: not read so.
    run_in = page.format(text=text).replace("Summary:</font><br>", "Summary:</font>")
    assert abstract_under_label_line(parse_page(run_in)) is None


def test_labels_on_a_line_of_their_own_are_sought_in_linear_time():
    # abstract_under_label_line reads a label's short text only, and its paragraph's once, where it opens it.
    def reading(count: int):
        page = ("<html><body>" + "<p><span>Summary:</span> a round thing.</p>" * count + "<div>" * count
                + "<p><font>Summary:</font><br>" + "Round things roll down the round river. " * 3 + "</p>"
                + "</div>" * count + "</body></html>")
        return lambda: abstract_under_label_line(parse_page(page))

    assert assert_linear_time(reading, 4_000).startswith("Round things roll")


def test_a_dek_set_apart_in_bold_italics_over_the_opening_the_description_repeats_is_the_abstract():
    # The Media Line (round 101): the text opens with a paragraph wholly in bold italics, "Vaccine expected to
    # take 12 to 18 months, other therapies likely available much sooner, scientists say" (no full stop), and
    # the description is the next paragraph, the story's first. The dek over the opening is its summary, as
    # the corpus reads news standfirsts; without it the opening the description repeats is no abstract.
    opening = ("While a round vaccine is expected to take upward of a year, other treatments could come "
               "sooner.")
    prose = "<p>" + "Round treatments are in trials around the world, the researchers said. " * 3 + "</p>"
    dek = "Vaccine expected to take 12 to 18 months, other round therapies likely available much sooner"
    head = ('<html><head><meta property="og:title" content="Round treatment could be ready in months">'
            '<meta property="og:type" content="article">'
            f'<meta name="description" content="{opening}">'
            f'<meta property="og:description" content="{opening}">'
            '<meta property="article:published_time" content="2020-03-24T20:15:07+00:00">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
            '"headline": "Round treatment could be ready in months", "datePublished": "2020-03-24", '
            '"author": {"@id": "https://example.org/#/schema/person/af2d"}}</script>'
            '</head><body><h1>Round treatment could be ready in months</h1>'
            '<div class="byline">Maya Margit</div>'
            '<div class="text">')
    tail = f"<p>{opening}</p>{prose}{prose}</div></body></html>"
    paper = normalise_page("https://example.org/saved-page",
                           f"{head}<p><strong><em>{dek}</em></strong></p>{tail}").papers[0]
    assert paper.abstract == dek
    paper = normalise_page("https://example.org/saved-page", f"{head}{tail}").papers[0]
    assert paper.abstract is None


def test_a_dek_over_the_opening_is_sought_in_linear_time():
    from papershelf.normalise.html_meta import parse_page
    from papershelf.normalise.set_apart_leads import lead_over_the_opening

    def reading(size):
        nest = "<div>" * size + "<p><b>Round dek</b></p>" + "</div>" * size
        body = "<html><body><h1>Round story</h1>" + "<p>x</p>" * size + nest + "</body></html>"
        page = parse_page(body)
        return lambda: lead_over_the_opening(page, "Round story", "While a round vaccine is expected")

    assert assert_linear_time(reading, 3000) is None


def test_a_subtitle_classed_with_a_hyphen_under_the_heading_is_the_dek_though_shorter_than_a_sentence():
    # NewsGram (round 101, a held-out page, read after its final figure; tagDiv's Newspaper theme): under the
    # h1 p.td-post-sub-title 'Anxious about COVID-19? Stress can hamper sperm quality', eight words, 55
    # characters; the description the text's first sentence. The theme spells the post's subtitle with a
    # hyphen in its class, "sub-title": its dek, as a div.newspack-post-subtitle is, a line's words long.
    prose = "<p>" + "Prolonged fear and round anxiety can take a toll on a person's health. " * 3 + "</p>"
    page = ('<html><head>'
            '<meta property="og:title" content="Prolonged round anxiety harmful for mental health">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2020-03-24T18:16:59+00:00"></head><body>'
            '<h1 class="entry-title">Prolonged round anxiety harmful for mental health</h1>'
            '<p class="td-post-sub-title">{dek}</p>'
            '<div class="td-author-by">By <a href="/author/desk/">Ann Lee</a> - <time class="entry-date">'
            f'March 24, 2020</time></div><div class="td-post-content">{prose}{prose}</div></body></html>')
    dek = "Anxious about round COVID-19? Stress can hamper sperm quality"
    paper = normalise_page("https://example.org/saved-page", page.replace("{dek}", dek)).papers[0]
    assert paper.abstract == dek
    # A title's few words are no dek.
    paper = normalise_page("https://example.org/saved-page", page.replace("{dek}", "Round health")).papers[0]
    assert paper.abstract is None


def test_a_news_storys_description_that_is_a_paragraph_amid_its_text_is_no_standfirst():
    # The New York Post (2019, round 100, WordPress VIP): a NewsArticle in JSON-LD whose description is the
    # text's third paragraph, word for word, with paragraphs of prose before and after it in the text's block:
    # the story's text, not a standfirst shown apart under the heading.
    first = ("A case of the round plague was reported in a round country over the weekend, after two people "
             "there were diagnosed with another round plague last week.")
    second = ("Both diseases are associated with a round pandemic that killed an estimated 25 million people "
              "in Europe alone in the 14th Century.")
    third = ("The new patient from a round town hunted and ate a wild rabbit on Nov. 5, according to the "
             "state-run news agency.")
    more = ("The person, who was not identified, was hospitalized in a round county, the news agency said, "
            "citing the regional health commission, which put 28 close contacts under quarantine.")
    article = ('<script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", '
               '"headline": "Hunter catches round plague", "author": ["Ada Lovelace"], '
               '"datePublished": "2019-11-18T21:10:29Z"}</script>')
    page = ('<html><head><meta property="og:title" content="Hunter catches round plague"><meta '
            'name="description" content="DESCRIBED">' + article + '</head><body>'
            '<h1>Hunter catches round plague</h1>'
            '<p class="byline">By Ada Lovelace</p><p class="byline-date">November 18, 2019 | 4:10pm</p>'
            '<div class="entry-content">TEXT</div></body></html>')
    url = "https://news.example.com/2019/11/18/hunter-catches-round-plague/"
    text = "".join(f"<p>{paragraph}</p>" for paragraph in (first, second, third, more, more))
    described = page.replace("DESCRIBED", third)
    assert normalise_page(url, described.replace("TEXT", text)).papers[0].abstract is None
    # The same words as the paragraph of its own under the heading, above the text's: the standfirst.
    apart = f"<p>{third}</p>" + "".join(f"<p>{paragraph}</p>" for paragraph in (first, second, more, more))
    assert normalise_page(url, described.replace("TEXT", apart)).papers[0].abstract == third


def test_a_description_amid_the_texts_paragraphs_is_sought_in_linear_time():
    # Each paragraph under the heading that says the description's words is weighed by the one element before
    # it and the few after it: thousands of them, each after a short caption, cost no more than the page's
    # size.
    described = ("The new patient from a round town hunted and ate a wild rabbit on Nov. 5, according to the "
                 "state-run news agency.")

    def normalising(size):
        text = "".join(f'<p class="caption">Photo {number}</p><p>{described}</p>' for number in range(size))
        page = (f'<html><head><meta property="og:title" content="Round plague"><meta name="description" '
                f'content="{described}"><script type="application/ld+json">{{"@type": "NewsArticle", '
                f'"headline": "Round plague"}}</script></head><body><h1>Round plague</h1>'
                f'<div class="entry-content">{text}</div></body></html>')
        return lambda: normalise_page("https://news.example.com/2019/11/18/round-plague/", page)

    assert_linear_time(normalising, 3000)


def test_a_paragraph_classed_as_the_intro_with_the_texts_prose_after_it_in_its_block_is_no_standfirst():
    # The Sun (2019, round 100's held-out page, after the round's final figure): the text's first paragraph is
    # classed as its intro (p.article__content--intro, 'A HUNTER who killed …', the British press's word for a
    # story's first paragraph), the text's paragraphs of prose after it in the same block: the story's
    # opening, not a standfirst. An intro in the title block, the text in a block of its own below (Education
    # Week's div.m-article-title__intro), is its dek all the same.
    intro = ("A HUNTER who killed and ate a wild rabbit in a round country has been hit by the deadly round "
             "plague.")
    more = ("The 55-year-old is the third Roundville resident to contract the medieval disease dubbed the "
            "Black Death, say officials, who quarantined 28 people in close contact with him.")
    article = ('<script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", '
               '"headline": "Hunter diagnosed with round plague", "description": "", "author": {"@type": '
               '"Person", "name": "Ada Lovelace"}, "datePublished": "2019-11-18T19:09:22+00:00"}</script>')
    head = ('<html><head><meta property="og:title" content="Hunter diagnosed with round plague">' + article
            + '</head><body><h1 class="article__headline">Hunter diagnosed with round plague</h1>'
            '<div class="article__name-date">Ada Lovelace 18 Nov 2019, 19:09</div>')
    url = "https://www.round.example.co.uk/news/10371941/hunter-round-plague/"
    text = "".join(f"<p>{more}</p>" for _ in range(4))
    inline = (head + f'<div class="article__content"><p class="article__content article__content--intro">'
              f'{intro}</p>{text}</div></body></html>')
    assert normalise_page(url, inline).papers[0].abstract is None
    apart = (head + f'<p class="article-title__intro">{intro}</p><div class="article__content">{text}</div>'
             "</body></html>")
    assert normalise_page(url, apart).papers[0].abstract == intro


def test_a_microdata_description_right_under_the_articles_video_player_is_the_videos_caption():
    # USA Today (round 104, 2013): a NewsArticle in microdata, its h1[itemprop=headline], then the story's
    # video player (div.video holding an object) and under it p.video-desc[itemprop=description], the video's
    # caption ('Luca Parmitano … reported water floating behind his head …'), read as the story's teaser, its
    # abstract. The teaser an article shows on its own under its heading (the MPI's) is still its summary.
    caption = "A round astronaut reported water floating behind his head inside his helmet during the walk."
    page = ('<html><head><title>Round spacewalk dangers</title></head><body><article itemscope '
            'itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Round spacewalk dangers</h1>{}'
            f'<p class="video-desc" itemprop="description">{caption}</p>'
            '<meta itemprop="datePublished" content="2013-07-17T06:48:20"><div itemprop="articleBody"><p>'
            + "CAPE CANAVERAL, Fla. -- The round agency survived a close call at the station on Tuesday. " * 3
            + "</p></div></article></body></html>")
    player = ('<div class="video"><object class="BrightcoveExperience"><param name="isVid" value="true">'
              '</object></div>')
    url = "https://example.org/saved-page"
    assert normalise_page(url, page.format(player)).papers[0].abstract is None
    assert normalise_page(url, page.format("")).papers[0].abstract == caption


def test_a_standfirst_in_a_div_of_its_own_under_the_heading_that_the_description_repeats_is_the_abstract():
    # BAON (round 104, 2020): the lead set apart under the heading in div.enews-article-lead, its text alone
    # in the div (no <p>), the description, og:description and twitter:description the same words; only a <p>
    # or an h2 so shown was read as the standfirst.
    lead = "A round physician says most patients who recovered needed three years to get over the fatigue."
    prose = ("<p>" + "The round physician said on television that many recovered patients stay tired. " * 3
             + "</p>")
    page = (f'<html><head><title>Round fatigue | ROUND</title><meta name="description" content="{lead}">'
            '<meta property="og:title" content="Round fatigue"></head><body>'
            '<span class="date">2020-08-18</span><h1>Round fatigue</h1>'
            f'<div class="lead">\n    {lead}   </div><div class="content">{prose}{prose}</div></body></html>')
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert paper.abstract == lead


def test_a_share_boxs_summary_under_its_copy_of_the_title_before_the_pages_heading_is_no_standfirst():
    # USA Today (round 104, 2013): the utility bar's share flyout, before the story's h1, repeats the headline
    # in an h4 and the description in a p under it ('Crew living on ISS face constant array of threats.'),
    # what a shared link shows; the h4 was taken for the title's heading and the p for the standfirst under
    # it. The standfirst is sought under the h1 that shows the title; the same words right under that h1 are
    # one.
    summary = "Crew living on the round station face a constant array of threats."
    page = ('<html><head><title>Round spacewalk dangers</title>'
            f'<meta name="description" content="{summary}"></head><body><div class="util-bar-flyout-share">'
            '<h4 class="share-summary-title">Round spacewalk dangers</h4>'
            f'<p class="share-summary">{summary}</p>'
            '</div><article itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Round '
            'spacewalk dangers</h1>{}<meta itemprop="datePublished" content="2013-07-17T06:48:20">'
            '<div itemprop="articleBody"><p>'
            + "CAPE CANAVERAL, Fla. -- The round agency survived a close call at the station on Tuesday. " * 3
            + "</p></div></article></body></html>")
    url = "https://example.org/saved-page"
    assert normalise_page(url, page.format("")).papers[0].abstract is None
    assert normalise_page(url, page.format(f'<p class="dek">{summary}</p>')).papers[0].abstract == summary


def test_a_description_running_the_writers_name_into_the_texts_opening_paragraphs_is_the_text_not_a_summary():
    # Reuters Health (round 104, 2013): the description is the story's first paragraphs run together with no
    # space between, the writer's name first ('Kathryn DoyleNEW YORK (Reuters Health) - In a study …
    # tumors.And up to half …', cut short): a copy of the text's opening, not a summary shown apart from it.
    first = ("NEW YORK (Wire Health) - In a study of older men who had died from causes other than round "
             "cancer, almost half were found to have round tumors.")
    second = "And up to half of those tumors would have qualified for treatment had doctors known about them."
    page = ('<html><head><title>More evidence not all round cancers need treatment</title>'
            '<meta property="og:title" content="More evidence not all round cancers need treatment">'
            f'<meta name="description" content="Kathryn Doyle{first}{second[:45]}"></head><body>'
            '<h1>More evidence not all round cancers need treatment</h1><span id="articleText"><p><span '
            'class="timestamp">Thu Jul 18, 2013 2:06pm EDT</span></p><p>Kathryn Doyle</p>'
            f'<p>{first}</p><p>{second}</p><p>'
            + "The study suggests that round progression is far from sure. " * 4
            + "</p></span></body></html>")
    paper = normalise_page("https://example.org/saved-page", page).papers[0]
    assert (paper.authors, paper.published) == (["Kathryn Doyle"], "2013-07-18")
    assert paper.abstract is None


def test_a_description_run_together_from_paragraphs_is_sought_in_linear_time():
    from papershelf.normalise.story_openings import opens_the_story

    def reading(size):
        # Every paragraph a prefix of the description: each start reads a few paragraphs on at most.
        body = "<html><body><h1>Round story</h1>" + "<p>Ann Lee</p>" * size + "</body></html>"
        page = parse_page(body)
        value = "Ann Lee" * 40
        return lambda: opens_the_story(page, value)

    assert assert_linear_time(reading, 6000) is False


def test_a_bare_first_paragraph_is_sought_in_linear_time():
    from papershelf.normalise.story_openings import opens_the_story

    def reading(size):
        # Every paragraph after bare text and comments, none of it the description: each paragraph reads a few
        # nodes before it at most.
        body = ("<html><body><h1>Round story</h1>" + "Ann Lee<!--x-->Ann Lee<p>Bo Lee</p>" * size
                + "</body></html>")
        page = parse_page(body)
        value = "Ann Lee " * 40
        return lambda: opens_the_story(page, value)

    assert assert_linear_time(reading, 6000) is False


def test_a_standfirst_in_a_div_of_its_own_is_sought_in_linear_time():
    def reading(size):
        lead = "A round physician says most patients who recovered needed three years to get over it."
        nest = "<div>" * size + "Round text" + "</div>" * size
        body = (f'<html><head><meta name="description" content="{lead}"></head><body><h1>Round fatigue</h1>'
                + "<div>x</div>" * size + nest + "</body></html>")
        page = parse_page(body)
        from papershelf.normalise.scholarly import _standfirst_described
        return lambda: _standfirst_described(page, "Round fatigue")

    assert assert_linear_time(reading, 3000) is None


def _story_described_with_a_read_more(described: str) -> str:
    # Discovery News (2013, round 105, held-out, fixed after the round's final figure): the description and
    # og:description the text's first sentences reworded, closed by 'Continue reading →', the mark of a teaser
    # for shares and search results; no standfirst on the page, the text under the byline and day.
    prose = ("<p>The monks not only preserved the knowledge of ancient Greece after the fall of the empire, "
             "they also logged a long climate record of the island in the annals, which a new study reads "
             "beside the record of volcanic eruptions.</p>")
    return ('<html><head><meta property="og:title" content="Round Link to Volcanism Found">'
            f'<meta name="description" content="{described}"><meta property="og:description" '
            f'content="{described}"></head><body><h1 class="content-title">Round Link to Volcanism Found</h1>'
            '<span class="content-date">Jun 6, 2013 08:59 AM ET</span><span class="content-author">by Ada '
            f'Round</span>{prose * 2}</body></html>')


def test_a_description_closed_by_a_read_more_mark_is_a_teaser_not_an_abstract():
    url = "https://news.example.com/earth/round-monks-130606.htm"
    teaser = ("Round monks logged a 1200 year climate record of the Emerald Isle from 431 to 1649 in the "
              "Round Annals. The writings of those meteorology-minded monks were recently used to correlate "
              "volcanic activity to intense cold snaps in the island. Continue reading →")
    paper = normalise_page(url, _story_described_with_a_read_more(teaser)).papers[0]
    assert (paper.title, paper.published, paper.abstract) == (
        "Round Link to Volcanism Found", "2013-06-06", None)
    # A description without the mark is read as it was.
    summary = teaser.removesuffix(" Continue reading →")
    paper = normalise_page(url, _story_described_with_a_read_more(summary)).papers[0]
    assert paper.abstract == summary


def test_a_description_closed_by_an_invitation_to_read_the_post_is_a_teaser_not_an_abstract():
    # CNET News (2010, round 109, train): the description and og:description a summary not shown on the
    # page, closed by the site's invitation 'Read this blog post by Marguerite Reardon on Signal Strength.',
    # the mark of a teaser for search results and shares; no dek under the heading, the text under the byline
    # and day.
    url = "http://news.example.com/8301-30686_3-20014053-266.html"
    summary = ("Round monks logged a 1200 year climate record of the Emerald Isle from 431 to 1649 in the "
               "Round Annals. The writings of those meteorology-minded monks were recently used to correlate "
               "volcanic activity to intense cold snaps in the island.")
    teaser = f"{summary} Read this blog post by Ada Round on Signal Strength."
    paper = normalise_page(url, _story_described_with_a_read_more(teaser)).papers[0]
    assert (paper.title, paper.published, paper.abstract) == (
        "Round Link to Volcanism Found", "2013-06-06", None)
    # A description without the invitation is read as it was, and so is one whose last sentence reads
    # something else ("Read this report to learn …", a sentence of the summary).
    assert normalise_page(url, _story_described_with_a_read_more(summary)).papers[0].abstract == summary
    told = f"{summary} Read this report to learn the signs."
    assert normalise_page(url, _story_described_with_a_read_more(told)).papers[0].abstract == told


def test_a_block_under_the_heading_classed_as_the_storys_synopsis_is_its_abstract():
    # The Times of India (2025, round 108): under the h1 and the desk's byline, div.art_synopsis sets the
    # story's synopsis apart above the text, its words in nested divs (div.id-r-synopsis and two more); the
    # description and og:description are its first 150 characters, cut off mid-word with no ellipsis.
    synopsis = ("Round research now gives substantial evidence that round things lead to measurable changes "
                "in the structure of squares. Studies show more corners where focus is, and fewer where fear "
                "is.")
    prose = "<p>" + "For ages, round things stood at the edge of science, dismissed as shapes. " * 3 + "</p>"
    page = ('<html><head><title>Round things are not just for the soul - The Round Times</title>'
            f'<meta name="description" content="{synopsis[:150]}">'
            '<meta property="og:type" content="article"><script type="application/ld+json">'
            '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Round things are not '
            'just for the soul", "datePublished": "2025-12-17T21:06:00+05:30", "author": {"@type": "Person", '
            '"name": "Ann Lee"}}</script></head><body>'
            '<h1><span>Round things are not just for the soul</span></h1><div class="byline"><a href="/a">'
            'Ann Lee</a> / roundtimes.in / <span>Updated: Dec 17, 2025, 21:47 IST</span></div>BLOCK'
            f'<div class="article-text">{prose * 2}</div></body></html>')
    url = "https://roundtimes.example.com/life-style/round-things/articleshow/126041363.cms"
    block = ('<div class="art_synopsis"><div class="tCKCr id-r-synopsis"><div class="faiOF">'
             f'<div class="M1rHh">{synopsis}</div></div></div></div>')
    assert normalise_page(url, page.replace("BLOCK", block)).papers[0].abstract == synopsis
    # The same words in a block classed otherwise are no standfirst: the description, cut off, is a teaser.
    other = block.replace("art_synopsis", "art_box").replace("id-r-synopsis", "id-r-box")
    assert normalise_page(url, page.replace("BLOCK", other)).papers[0].abstract is None


def _newsletter_post(subtitle: str, description: str) -> str:
    # Infinite Faculty (2025, round 108; Substack): the newsletter's name in a first h1, then h1.post-title,
    # and under it h3.subtitle 'First post in a series on cognitive science and AI', the description,
    # og:description and the JSON-LD NewsArticle's description the same words; the byline and buttons after.
    prose = "<p>" + "Why do the round models of today owe so little to what we know of minds? " * 3 + "</p>"
    return ('<html><head><title>Why are round models not built around round minds?</title>'
            f'<meta name="description" content="{description}"><meta property="og:type" content="article">'
            '<meta property="og:title" content="Why are round models not built around round minds?">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Why are round models not built around round minds?", "datePublished": '
            '"2025-12-16T15:35:49+00:00", "author": [{"@type": "Person", "name": "Ann Lee"}]}</script></head>'
            '<body><div class="navbar"><h1><a href="/">Round Faculty</a></h1></div><article class="post">'
            '<div class="post-header"><h1 class="post-title published">Why are round models not built around '
            f'round minds?</h1><h3 class="subtitle subtitle-HEEcLo">{subtitle}</h3>'
            '<div class="byline-wrapper">'
            '<a href="/@ann">Ann Lee</a><div>Dec 16, 2025</div></div><button>Like (36)</button></div>'
            f'<div class="body markup">{prose * 2}</div></article></body></html>')


def test_a_posts_subtitle_heading_that_its_description_repeats_is_its_dek():
    url = "https://roundfaculty.substack.com/p/why-are-round-models-not-built-around-round-minds"
    subtitle = "First post in a series on round minds and round models"
    assert normalise_page(url, _newsletter_post(subtitle, subtitle)).papers[0].abstract == subtitle
    # A subtitle heading the description does not repeat is a second headline (chemie.de's h2.news-subtitle).
    other = "The opening of a series, and the questions it will ask"
    assert normalise_page(url, _newsletter_post(subtitle, other)).papers[0].abstract is None


def test_a_posts_subtitle_that_its_description_repeats_but_for_one_words_ending_is_its_dek():
    # Marcus on AI (2025, round 116; Substack): h3.subtitle 'The wacky things statistical-correlation
    # machines like LLMs do – …', the description, og:description and the JSON-LD's 'machine' for 'machines':
    # the description written before the subtitle's last edit, the same dek.
    url = "https://roundmarcus.substack.com/p/new-ways-to-round-models"
    subtitle = "The odd things round machines like round models do, and how they might trip us up"
    described = subtitle.replace("machines", "machine")
    assert normalise_page(url, _newsletter_post(subtitle, described)).papers[0].abstract == subtitle
    # Two words changed, or one word for another, is another line: a second headline, no dek.
    for other in (described.replace("models", "model"), subtitle.replace("machines", "engines")):
        assert normalise_page(url, _newsletter_post(subtitle, other)).papers[0].abstract is None


def test_an_intro_block_that_holds_the_heading_is_the_title_block_not_its_standfirst():
    # The BSI's press release (round 107; the Government Site Builder, 2022): a first h1 hidden for screen
    # readers ('Navigation und Service'), then div.c-intro around the title's h1 and an image; the text's
    # first paragraph under a data block. The intro block's text (the title) was read as the standfirst.
    prose = ("<p>Mehr Sicherheit für runde Systeme im Straßenverkehr: Das Amt und ein Unternehmen haben ein "
             "gemeinsames Projekt gestartet, um zu erforschen, wie die Sicherheit von runden Systemen in "
             "Autos nach allgemein anerkannten Kriterien getestet werden kann.</p>")
    title = "Sicherheits-Check für runde Dinge in Autos: Amt und Partner starten Projekt"
    page = (f'<html><head><meta property="og:title" content="{title}"></head><body>'
            '<h1 class="aural">Navigation und Service</h1><div class="l-content-wrapper">'
            '<div class="c-intro">'
            f'<div class="c-intro__content"><h1 class="c-intro__headline">{title}</h1></div>'
            '<div class="c-intro__image-container"><img src="k.png"></div></div></div>'
            '<p class="docData"><strong class="label">Ort</strong> <span class="value">Saarbrücken</span></p>'
            f'{prose * 2}</body></html>')
    found = normalise_page("https://www.example.de/Presse2022/220128_Projekt.html", page)
    assert found is None or not found.papers or found.papers[0].abstract is None


def _release_described_by_its_lead(described: str) -> str:
    # The BfS's press release (round 107; the Government Site Builder, 2022): dcterms.publisher its only
    # scholarly-looking meta; the description the text's first two paragraphs but for the office's name
    # shortened to its initials ('Das BfS hat …' for 'Das Bundesamt für Strahlenschutz hat …') and 'Sie' for
    # 'Die Karte'.
    first = ("Das Rundamt für Strahlenschutz hat eine neue Karte zur Radon-Situation in Deutschland "
             "veröffentlicht. Die Karte zeigt die zu erwartende Radon-Konzentration in der Bodenluft in "
             "einer Auflösung von 1x1 Kilometer.")
    second = ("Die Karte richtet sich an alle, die sich über die Radon-Situation in ihrer Region "
              "informieren möchten. Planer können erste Hinweise erhalten, ob Messungen im Baugrund erwogen "
              "werden sollten.")
    return ('<html><head><meta property="og:title" content="Radon im Runden: Neue Karte gibt Orientierung">'
            f'<meta name="description" content="{described}"><meta name="dcterms.publisher" content="RfS">'
            '</head><body><div class="singleview"><h1>Radon im Runden: Neue Karte gibt Orientierung</h1>'
            '<div class="docData"><span class="label">Datum</span> <span class="value">25.01.2022</span>'
            f'</div><p>{first}</p><p>{second}</p><p>{second}</p></div></body></html>')


def test_a_description_that_is_the_texts_lead_with_a_name_shortened_to_its_initials_is_no_abstract():
    url = "https://www.example.de/SharedDocs/Pressemitteilungen/DE/2022/001.html"
    lead = ("Das RfS hat eine neue Karte zur Radon-Situation in Deutschland veröffentlicht. Die Karte "
            "zeigt die zu erwartende Radon-Konzentration in der Bodenluft in einer Auflösung von 1x1 "
            "Kilometer. Sie richtet sich an alle, die sich über die Radon-Situation in ihrer Region "
            "informieren möchten.")
    paper = normalise_page(url, _release_described_by_its_lead(lead)).papers[0]
    assert (paper.title, paper.abstract) == ("Radon im Runden: Neue Karte gibt Orientierung", None)
    # A description in words of its own is the summary it was.
    summary = ("Eine neue Übersicht zeigt, wo in Deutschland viel Radon im Boden zu erwarten ist, berechnet "
               "mit maschinellem Lernen aus neuen Messdaten, Geologie und Klima, genauer und feiner "
               "aufgelöst als die Karte davor.")
    paper = normalise_page(url, _release_described_by_its_lead(summary)).papers[0]
    assert paper.abstract == summary


def test_the_blocks_that_hold_a_heading_are_found_in_linear_time():
    # The standfirst's walk passes over a block so classed that holds the heading: each h1's ancestors are
    # walked once, not each classed block searched for a heading (a nest of intro blocks around the h1 costs
    # its size).
    from papershelf.normalise.standfirst_blocks import classed_standfirst

    def reading(depth):
        nest = '<div class="c-intro">' * depth + "<h1>Round Map</h1>" + "</div>" * depth
        page = parse_page(f'<html><body><h1 class="aural">Navigation</h1>{nest}<div class="c-intro__intro">'
                          "The office has published a new map of round things in the ground, and more.</div>"
                          "</body></html>")
        return lambda: classed_standfirst(page)

    assert assert_linear_time(reading, 3000) == (
        "The office has published a new map of round things in the ground, and more.")


def _review_with_a_dek(dek: str = "But only hardcore gamers will appreciate it.", beside: str = "") -> str:
    # Engadget (2017, round 110): JSON-LD Review and Article naming the writer and the day, no description of
    # its own; the site's logo an h1 first; the story's h1 and an h2 dek alone in their wrapper; then the
    # byline, a score card (Pros, Cons, and a 'Summary' heading over the reviewer's verdict) and the text.
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
          '"headline": "Game Box review: A console that keeps up", "author": [{"@type": "Person", "name": '
          '"Ann Lee"}], "datePublished": "2017-11-03 03:01:00.000000"}</script>')
    prose = ("<p>Despite all the power inside, the box is the maker's smallest console yet, and it keeps up "
             "with the gaming computers that cost twice as much to build at home.</p>")
    return (f'<html><head><title>Game Box review: A console that keeps up</title>{ld}</head><body>'
            '<header><h1>Gadget Site</h1></header><div class="ta-c container"><h1>Game Box review: A '
            f'console that keeps up</h1><h2>{dek}</h2>{beside}</div><div class="byline"><a href="/ann">Ann '
            'Lee</a> 11.03.17</div><div class="card"><h5>Pros</h5><ul><li>Fast</li></ul><h5>Cons</h5><ul>'
            '<li>Expensive</li></ul><h4>Summary</h4><p>As promised, the box is the most powerful game '
            'console ever. In practice, though, it just puts the maker on equal footing with its rival.</p>'
            f'</div>{prose * 3}</body></html>')


def test_a_short_dek_alone_with_the_articles_heading_in_its_wrapper_is_its_summary_not_a_summary_box():
    # The dek, a sentence under the h1 in the wrapper the two hold alone, is the story's summary, as the
    # corpus reads deks; the score card's 'Summary' further down is the reviewer's verdict. It was read as
    # the abstract: the dek is shorter than the sentence a title block's standfirst runs to.
    url = "https://www.gadgetsite.example.com/2017/11/03/game-box-review/"
    paper = normalise_page(url, _review_with_a_dek()).papers[0]
    assert paper.abstract == "But only hardcore gamers will appreciate it."
    # A heading after the h1 that is no sentence (a section's name), or one with more beside it in the
    # wrapper, is no dek.
    for page in (_review_with_a_dek(dek="Gaming"),
                 _review_with_a_dek(beside="<p>Related: the Game Box S</p>")):
        assert normalise_page(url, page).papers[0].abstract != "But only hardcore gamers will appreciate it."


def _story_with_a_dek(description: str, shared: str, dek: str) -> str:
    """A news story (JSON-LD NewsArticle) with a dek right under its h1, its description meta and its sharing
    descriptions (og:description, twitter:description) as given."""
    prose = "<p>" + "On a hot afternoon the round site was an unpaved road and three tents. " * 3 + "</p>"
    article = ('{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "The world needs more '
               'round ports", "datePublished": "2025-10-21T06:00:00-04:00", "author": [{"@type": "Person", '
               '"name": "Laura Round"}]}')
    return ('<html><head><title>Round plan to become a port power - Round World</title>'
            f'<meta name="description" content="{description}">'
            '<meta property="og:title" content="The world needs more round ports">'
            f'<meta property="og:description" content="{shared}">'
            f'<meta name="twitter:description" content="{shared}">'
            f'<script type="application/ld+json">{article}</script></head><body><div class="post-header">'
            '<a href="/features/">Features</a>'
            '<h1 class="post-header__title">The world needs more round ports</h1>'
            f'<p class="post-header__dek">{dek}</p></div>'
            '<div class="byline">By <a href="/author/laura-round/">Laura Round</a></div>'
            '<time datetime="2025-10-21">21 October 2025</time>'
            f'<div class="post-content">{prose}{prose}</div></body></html>')


def test_a_storys_dek_under_its_h1_that_its_sharing_description_repeats_is_its_summary():
    # Rest of World (2025, round 114; WordPress): p.post-header__text__dek 'Can a small country build a space
    # industry from scratch?' under the h1, og:description and twitter:description its words, the description
    # meta another teaser the page shows nowhere ('As the Gulf nation transitions from oil, …'). VnExpress
    # (2025, round 114): p.description, the bold lead over the text, og:description its words, the description
    # meta the same with the site's name after it (' - VnExpress'). The dek the sharing description repeats
    # is the story's summary, as a dek the description meta repeats is (Nature's standfirst).
    dek = "Can a small country build a round industry from scratch?"
    teaser = "As the round nation turns from oil, its place makes it ideal for a new round port"
    for description in (teaser, f"{dek} - Round World"):
        paper = normalise_page("https://round.example.org/2025/round-ports/",
                               _story_with_a_dek(description, dek, dek)).papers[0]
        assert (paper.title, paper.abstract) == ("The world needs more round ports", dek)
    # A sharing description the page shows nowhere is a teaser, not a summary.
    paper = normalise_page("https://round.example.org/2025/round-ports/",
                           _story_with_a_dek(teaser, dek, "Round ports, round rockets")).papers[0]
    assert paper.abstract is None


def test_a_short_strapline_under_a_storys_byline_that_its_description_repeats_is_its_summary():
    # TechRadar (2026, round 114, held out; after the final figure): p.strapline 'A big shift, but with some
    # wiggle room' under the h1 and its byline 'By Lance Ulanoff published 19 May 2026', the description and
    # the JSON-LD's alternativeHeadline its words: a dek shorter than an abstract a description alone is
    # taken for, which the page's class names the strapline (the British press's word for the standfirst).
    strapline = "A big shift, but some round wiggle room"
    article = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Round search '
               'makeover incorporates yet more round things", "alternativeHeadline": "' + strapline + '", '
               '"datePublished": "2026-05-19T21:00:00+00:00", "author": {"@type": "Person", "name": "Lance '
               'Round"}}')
    prose = "<p>" + "Round search is changing, and the round box is the biggest change yet. " * 3 + "</p>"
    page = ('<html><head><title>Round search makeover incorporates yet more round things | RoundRadar</title>'
            f'<meta name="description" content="{strapline}">'
            f'<script type="application/ld+json">{article}</script></head><body><div class="news-article">'
            '<a href="/round-platforms">Round Platforms</a>'
            '<h1>Round search makeover incorporates yet more round things</h1>'
            '<div><span>By</span> <a href="/author/lance-round">Lance Round</a> <span>published</span> '
            '<time datetime="2026-05-19T21:00:00Z">19 May 2026</time></div>'
            f'<p class="strapline">{strapline}</p></div>'
            f'<div id="article-body">{prose}{prose}</div></body></html>')
    url = "https://www.roundradar.example/round-platforms/round-search-makeover"
    paper = normalise_page(url, page).papers[0]
    assert (paper.authors, paper.abstract) == (["Lance Round"], strapline)
    # The same short words in a paragraph no class names a strapline are no summary a description proves.
    paper = normalise_page(url, page.replace(' class="strapline"', "")).papers[0]
    assert paper.abstract is None


def test_a_short_dek_classed_as_the_entrys_dek_under_a_heading_no_json_ld_names_is_its_summary():
    # Recode (2016, round 111, held out; moved back from pages_pending/ at stop 63):
    # h2.c-entry-summary.p-dek "Money don't matter 2 night." under h1.c-page-title, 27 characters, the
    # description, og:description, twitter:description and sailthru.description its words, no JSON-LD
    # article. The round-up's summary line, which round 114's class reads: a strapline shorter than an
    # abstract, where a class word of the element showing it (here the compound's last, 'p-dek') names
    # it the dek. It guards the page's own pattern, no JSON-LD beside it; it passed when written, that
    # class being older than the page's move back.
    dek = "Money don't matter 2 round night."
    metas = "".join(f'<meta {key}="{name}" content="{dek}">' for key, name in (
        ("name", "description"), ("property", "og:description"), ("name", "twitter:description"),
        ("name", "sailthru.description")))
    prose = "<p>" + "Round companies raised money this week, from round rides to round drones. " * 3 + "</p>"
    page = ('<html><head><title>Round Gains: an Uber rival and other companies raised cash - Round</title>'
            '<meta property="og:title" content="Round Gains: an Uber rival and other companies raised cash">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2016-04-24T19:30:54Z">'
            f'{metas}<meta name="author" content="Ann Round"></head><body><div class="c-entry-hero">'
            '<h1 class="c-page-title">Round Gains: an Uber rival and other companies raised cash</h1>'
            f'<h2 class="c-entry-summary p-dek">{dek} </h2><div class="c-byline"> by '
            '<span class="c-byline__item"><a href="/authors/ann-round">Ann Round</a></span> '
            '<span class="c-byline__item">Apr 24, 2016, 3:30p</span></div></div>'
            f'<div class="c-entry-content">{prose}{prose}</div></body></html>')
    url = "https://www.round.example/2016/4/24/11586366/round-gains"
    assert normalise_page(url, page).papers[0].abstract == dek
    # The same short words in a heading no class names a dek are no summary a description proves.
    assert normalise_page(url, page.replace(' class="c-entry-summary p-dek"', "")).papers[0].abstract is None


def test_a_standfirst_its_sharing_descriptions_repeat_is_sought_in_linear_time():
    # The description, og:description and twitter:description each different, none shown: the walk under the
    # heading is made once a description, three at most, not once a paragraph.
    def reading(size):
        metas = ('<meta name="description" content="A round physician says most patients recovered slowly.">'
                 '<meta property="og:description" content="Most patients needed three years to get over it.">'
                 '<meta name="twitter:description" content="Round fatigue lasts for years, a study finds.">')
        body = (f'<html><head>{metas}</head><body><h1>Round fatigue</h1>'
                + "<p>Round text of the story.</p>" * size + "</body></html>")
        page = parse_page(body)
        from papershelf.normalise.scholarly import _standfirst_described
        return lambda: _standfirst_described(page, "Round fatigue")

    assert assert_linear_time(reading, 3000) is None


def _story_with_a_short_dek(dek: str, *, og: str | None = None, where: str = "head", rows: int = 1) -> str:
    # Maeil Business Newspaper (2025, round 115, train): a JSON-LD news article by a named reporter, its
    # headline an h2, the day under it; at the head of the article body div.mid_title '美 수출 통제에 고육책'
    # (its subtitle, four words), then the photo and the text; the description, og:description and
    # twitter:description that subtitle's words.
    article = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Round chips fill the '
               'gap", "datePublished": "2025-05-31T05:50:27+09:00", "author": [{"@type": "Person", "name": '
               '"Ada Lovelace"}]}')
    og = dek if og is None else og
    text = "<p>" + "Round technology companies are testing home-made chips in place of imported ones. " * 4
    text += "</p>"
    shown = f'<div class="mid_title"><div class="midtitle_text">{dek}</div></div>'
    rail = '<ul class="rail">' + '<li><a href="/n/1">Another story</a><p>2025-05-30</p></li>' * rows + "</ul>"
    return (f'<html><head><title>Round chips fill the gap - Round Daily</title>'
            f'<meta name="description" content="{dek}"><meta property="og:description" content="{og}">'
            f'<meta name="twitter:description" content="{dek}">'
            f'<script type="application/ld+json">{article}</script></head><body>'
            '<h2 class="news_ttl">Round chips fill the gap</h2>'
            '<dl class="registration">2025-05-31 05:50:27</dl>'
            f'{rail}<div itemprop="articleBody">{shown if where == "head" else ""}{text}</div>'
            f'{shown if where == "foot" else ""}</body></html>')


def test_a_short_dek_every_description_repeats_shown_under_the_heading_is_the_summary():
    url = "https://www.round.example.co.kr/news/world/11331490"
    dek = "Round export controls force a makeshift"
    short = "Export controls force a makeshift"
    assert normalise_page(url, _story_with_a_short_dek(short)).papers[0].abstract == short
    # Not where a description meta says otherwise, nor where the page shows the words only below the text.
    assert normalise_page(url, _story_with_a_short_dek(short, og="Round chips")).papers[0].abstract is None
    assert normalise_page(url, _story_with_a_short_dek(short, where="foot")).papers[0].abstract is None
    # …nor a label of a word or two.
    assert normalise_page(url, _story_with_a_short_dek("Round news")).papers[0].abstract is None
    assert len(dek) < 40 and len(short) < 40


def test_a_short_dek_every_description_repeats_is_found_in_linear_time():
    url = "https://www.round.example.co.kr/news/world/11331490"
    dek = "Export controls force a makeshift"

    def normalising(rows):
        page = _story_with_a_short_dek(dek, rows=rows)
        return lambda: normalise_page(url, page)

    found = assert_linear_time(normalising, 4_000)
    assert found.papers[0].abstract == dek


def test_the_block_right_after_the_hgroup_holding_the_headline_is_the_standfirst_past_its_dateline():
    # WAZ (round 113, 2025, a Funke page): <div><hgroup><div><span>Archäologische Sensation</span></div><h2>
    # Unbekannte Maya-Städte …</h2></hgroup><div class="expressive-copy-lg"><span>Essen.</span><span>Drei
    # uralte Städte …</span></div><div><figure>Von … 05.11.2025</figure></div></div>, the text's prose after
    # the wrapper; the description metas another summary no block shows. The block after the headline's
    # group is the standfirst, its dateline ("Essen.", a place and a full stop in an element of its own) no
    # part of it. Not where the wrapper also holds the text's prose: there the block is its first paragraph.
    dek = ("Three ancient round cities surface in the thicket of the rainforest. What they reveal puts our "
           "picture of an old civilisation together anew.")
    prose = "<p>" + "Deep under the rainforest's roof, hidden round cities come to light again. " * 4 + "</p>"
    page = ('<html><head><title>Round cities cast new light on early times</title><meta property="og:title" '
            'content="Round cities cast new light on early times"><meta name="description" content="In the '
            'jungle scientists find three round cities."><script type="application/ld+json">{{"@context": '
            '"https://schema.org", "@type": "NewsArticle", "headline": "Round cities cast new light on early '
            'times", "datePublished": "2025-11-05T17:00:00Z", "author": [{{"@type": "Person", "name": "Ada '
            'Lovelace"}}]}}</script></head><body><div><hgroup><div><span>Round sensation</span></div>'
            '<h2>Round cities cast new light on early times</h2></hgroup><div class="copy-lg">'
            '<span>Essen.</span> <span>{dek}</span></div><div><figure><address>Von Ada Lovelace, '
            'Online-Redakteurin</address>'
            '<time datetime="2025-11-05T17:00:00Z">05.11.2025, 18:00 Uhr</time></figure></div>{inside}</div>'
            + prose * 3 + "</body></html>")
    url = "https://news.example.de/panorama/article1/round-cities.html"
    assert normalise_page(url, page.format(dek=dek, inside="")).papers[0].abstract == dek
    assert normalise_page(url, page.format(dek=dek, inside=prose * 2)).papers[0].abstract != dek


def test_a_standfirst_after_the_headlines_hgroup_is_sought_in_linear_time():
    # The wrapper is read no further than a title block holds: a long run or a deep nest after the
    # standfirst is given up on, not read to its end.
    from papershelf.normalise.hgroup_standfirsts import hgroup_standfirst

    dek = ("Three ancient round cities surface in the thicket of the rainforest, and what they reveal is "
           "new.")

    def reading(count: int):
        page = parse_page("<html><body><div><hgroup><h2>Round cities</h2></hgroup><div>" + dek + "</div>"
                          + "<div><i>x</i>" * count + "</div>" * count + "<span>y</span>" * count
                          + "</div></body></html>")
        return lambda: hgroup_standfirst(page, "Round cities")

    assert assert_linear_time(reading, 20_000) is None


def test_a_long_description_shown_as_a_paragraph_in_the_headings_title_block_is_the_standfirst():
    # DW (round 113, held-out, after its final figure, 2023): <header><div class="kicker">Wissenschaft</div>
    # <h1>…</h1><div class="author-details">Julia Vergin | Clare Roth</div><div class="time-area">vor 3
    # Stunden</div><p class="teaser-text">Müdigkeit und Muskelschmerzen: …</p></header>, the text's prose
    # after the header: the description meta the teaser's words, 210 characters, as long as a paragraph of
    # prose, so it ended the search under the heading before it was seen. A paragraph of the description's
    # words in the heading's title block is its standfirst; the same paragraph opening the text outside the
    # title block is the text's first paragraph, no summary.
    teaser = ("Tiredness and round muscle pains: every vaccination can have side effects, including the one "
              "against the round fever. But it is very hard to diagnose the so-called post-round syndrome. "
              "What do we know?")
    article = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Post-round syndrome '
               'after vaccination: what do we know?", "datePublished": "2023-06-13T12:15:32.158Z", "author": '
               '[{"@type": "Person", "name": "Ada Lovelace"}]}')
    prose = "<p>" + "More than thirteen billion round doses were given in the round pandemic. " * 4 + "</p>"
    page = ('<html><head><title>Post-round syndrome after vaccination: what do we know? – DW</title><meta '
            f'name="description" content="{teaser}"><script type="application/ld+json">{article}</script>'
            '</head><body><article><HEAD><div class="kicker">Wissenschaft</div><h1>Post-round syndrome after '
            'vaccination: what do we know?</h1><div class="author-details">Ada Lovelace</div><div '
            'class="time-area"><time>vor 3 Stunden</time></div>TEASER</HEAD>' + prose * 3
            + "</article></body></html>")
    url = "https://www.news.example.com/de/post-round-syndrome/a-65897191"
    header = page.replace("HEAD>", "header>")
    assert normalise_page(url, header.replace("TEASER", f"<p>{teaser}</p>")).papers[0].abstract == teaser
    # Outside the title block (a plain div, its text run on), the paragraph opens the text.
    outside = page.replace("<HEAD>", "<div>").replace("TEASER</HEAD>", f"</div><p>{teaser}</p>")
    assert normalise_page(url, outside).papers[0].abstract is None


def test_a_sentence_heading_under_the_h1_over_a_lead_the_description_repeats_is_the_news_storys_dek():
    # Belfast Telegraph's Press Association item (2017, round 117): a NewsArticle JSON-LD; <article><h1>…</h1>
    # <h2>The organisms … communicate with our brain.</h2>, a picture, the day, then the text, its first <p>
    # the description whole. That paragraph is the story's lead, the text going on after it; the sentence
    # heading set apart over the picture is the dek.
    lead = ("Kurzgesagt is round education at its finest, with its team spending more than 600 hours "
            "researching, writing and animating each of their round videos.")
    prose = ("<p>" + "This week's round video concerns the microbiome and the microbes in our bodies. " * 3
             + "</p>")
    dek = ("The organisms hitching a ride on our bodies can affect our weight, health and might even "
           "communicate with our brain.")

    def page(heading: str) -> str:
        return ('<html><head><meta property="og:title" content="Round explains the microbiome"><meta '
                'name="description" content="' + lead + '"><meta property="og:type" content="article">'
                '<script type="application/ld+json">{"@context": "http://schema.org", '
                '"@type": "NewsArticle", "headline": "Round explains the microbiome", "publisher": {"@type": '
                '"Organization", "name": "Round Telegraph"}, "author": {"@type": "Person", "name": ""}, '
                '"datePublished": "2017-10-05T04:31:56+0100"}</script></head><body><article><h1>Round '
                'explains the microbiome</h1>' + heading + '<figure><img src="/a.jpg"><figcaption>A clip'
                '</figcaption></figure>'
                '<div class="meta"><p><time>October 5 2017</time></p></div><p>' + lead + '</p>'
                + prose * 3 + '</article></body></html>')

    url = "https://www.round.example.co.uk/news/Viral/round-explains-the-microbiome-36200787.html"
    assert normalise_page(url, page(f"<h2>{dek}</h2>")).papers[0].abstract == dek
    # A heading that is no sentence is a second headline: the shown paragraph stays what the reader takes.
    headline = "The organisms hitching a ride on our bodies and what they do"
    assert normalise_page(url, page(f"<h2>{headline}</h2>")).papers[0].abstract != headline


def test_a_description_cut_from_a_storys_text_written_as_one_block_without_paragraphs_is_no_abstract():
    # Slashdot (2015, round 118): the story's whole text is one div.p of inline text, italics and links, no
    # <p> ('An anonymous reader writes: <i>Mozilla today launched …</i> <a>Also at Ars Technica</a>.'), and
    # the description is its opening cut short with an ellipsis: the story's lead, not a summary apart.
    text = ("An anonymous reader writes: <i>Round Labs <a href=\"/x\">today released its round browser</a> "
            "for every phone, after a year in preview in one country only. The browser syncs tabs, bookmarks "
            "and passwords with its desktop version, and until today it was available as a public preview, "
            "and only in Round Zealand.</i> <a href=\"/y\">Also at Round Technica</a>.")
    described = ("An anonymous reader writes: Round Labs today released its round browser for every phone, "
                 "after a year in preview in one country only. The browser syncs tabs, bookmarks and "
                 "passwords with its desktop version, and until today it was available as a public preview, "
                 "and only in Round Zealand. Al...")
    page = ('<html><head><title>Round Labs Launches Round Browser - Roundnews</title>'
            f'<meta name="description" content="{described}"></head>'
            '<body><h1 class="logo">Roundnews</h1><h2 class="story"><span class="story-title">Round Labs '
            'Launches Round Browser</span> <span class="comment-bubble">96</span></h2>'
            '<span class="story-byline">Posted by <a href="/~ada/">Ada Round</a> <time>on Thursday '
            'November 12, 2015 @10:17AM</time></span><div class="body"><div class="p">' + text
            + '</div></div></body></html>')
    url = "http://www.example.org/story/15/11/12/1516255/round-labs-launches-round-browser"
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.abstract) == ("Round Labs Launches Round Browser", None)
    # A block that is the description word for word, its full stop and all, is a summary (BAON's lead, 2021).
    whole = described.removesuffix(" Al...")
    dek = normalise_page(url, page.replace(described, whole).replace(text, whole)).papers[0]
    assert dek.abstract == whole
    # The same words in a block marked as the abstract are the abstract still.
    marked = normalise_page(url, page.replace('<div class="p">', '<div class="abstract">')).papers[0]
    assert marked.abstract is not None and marked.abstract.startswith("An anonymous reader writes")


def test_a_story_written_as_one_block_without_paragraphs_is_sought_in_linear_time():
    from papershelf.normalise.story_openings import opens_the_story

    def reading(size):
        # Blocks of inline text nested in blocks, none of them the description: each node's text read once.
        body = ("<html><body><h1>Round story</h1>" + "<div><div>Ann Lee <i>and</i> Bo Lee</div>" * size
                + "</div>" * size + "</body></html>")
        page = parse_page(body)
        value = "Cy Lee " * 40
        return lambda: opens_the_story(page, value)

    assert assert_linear_time(reading, 3000) is False


def test_a_heading_of_a_whole_sentence_under_the_h1_in_a_block_identified_as_the_header_is_the_dek():
    # Computerworld (2013, round 122): <div id="article_header" class="clearfix"> holding div#content_type
    # 'Opinion', the h1, an unclassed <h2>As the world shifts to mobile devices, Apple puts its development
    # resources where they matter</h2> (fifteen words, no full stop), div#byline 'By Michael deAgonia' and
    # div#date; the text in div#article_body after the block; the description another teaser, shown nowhere.
    # The block's id, not its class, calls it the header; a heading of twelve words or more is a sentence,
    # the column's dek, whether or not it ends in a full stop: read as the abstract.
    dek = "As the world shifts to round devices, Apple puts its development resources where they matter"
    prose = ("<p>Apple's World Wide Developer Conference begins Monday and, as usual, round fans are hoping "
             "for hardware updates, a new streaming music service and substantial updates to everything.</p>")
    page = ('<html><head><meta property="og:title" content="Why round is the future of Apple">'
            '<meta property="og:type" content="article"><meta name="author" content="Alice Round">'
            '<meta name="date" content="2013-06-07"><meta name="description" content="At the conference, '
            'everyone expects updates. But one system is more important than the other."></head><body>'
            '<div id="{block}" class="clearfix"><div id="content_type">Opinion</div>'
            '<h1>Why round is the future of Apple</h1>{dek}<div id="byline">By <a rel="author" '
            'href="/s/author/1/Alice+Round">Alice Round</a></div>'
            '<div id="date">June 7, 2013 06:03 AM ET</div>'
            f'</div><div id="article_body">{prose * 3}</div></body></html>')
    url = "https://news.example.com/s/article/9239873/Why_round_is_the_future_of_Apple"
    paper = normalise_page(url, page.format(block="article_header", dek=f"<h2>{dek}</h2>")).papers[0]
    assert paper.abstract == dek
    # A shorter heading without a full stop is a second headline (chemie.de's h2.news-subtitle), and a block
    # its id calls nothing of the kind is no title block.
    short = "<h2>Apple puts its resources where they matter most</h2>"
    assert normalise_page(url, page.format(block="article_header", dek=short)).papers[0].abstract is None
    elsewhere = page.format(block="left_col", dek=f"<h2>{dek}</h2>")
    assert normalise_page(url, elsewhere).papers[0].abstract is None


def test_a_short_block_classed_as_the_articles_summary_that_open_graph_repeats_is_the_abstract():
    # The Inquirer (2013, round 122's held-out story): under the h1, in div.article_summary_left, the line
    # div.article_summary 'Firm reveals console terms and conditions' (six words, 41 characters), then
    # div.article_author_name 'By …' and the day; og:description the same words, the description them with the
    # story's tags after commas. The article's own summary, set apart over the byline: its dek, read as the
    # abstract, though shorter than a sentence, where Open Graph gives the same words.
    dek = "Firm reveals round console terms"
    prose = ("<p><strong>GAMES CONSOLE SHIFTER</strong> Round Corp has revealed the terms and conditions "
             "that will bind its round console's users to the company through their consoles and the "
             "internet.</p>")
    page = ('<html><head><meta property="og:title" content="Round Corp confirms always on console rules">'
            '<meta property="og:type" content="article"><meta property="og:description" content="{og}">'
            f'<meta name="description" content="{dek},Games,Numb Thumbs"></head><body>'
            '<div class="article_view">'
            '<div class="article_description"><h1>Round Corp confirms always on console rules</h1>'
            '<div class="article_summary_left"><div class="article_summary">{line}</div>'
            '<div class="article_author_name">By <a href="/flame_author/1">Alice Round</a></div>'
            '<div class="article_posted_date">Fri Jun 07 2013, 10:44</div></div></div></div>'
            f'<div class="contenttop">{prose * 3}</div></body></html>')
    url = "https://news.example.net/inquirer/news/2273430/round-corp-confirms-always-on-console-rules"
    assert normalise_page(url, page.format(og=dek, line=dek)).papers[0].abstract == dek
    # Open Graph giving other words, a short line is no dek: a kicker, a label.
    other = "The console maker's new rules"
    assert normalise_page(url, page.format(og=other, line=dek)).papers[0].abstract is None


def _post_with_a_wrapped_dek_past_a_spacer(dek_block: str) -> str:
    # Common Crawl (round 129, Webflow, 2024): the title block (div.uui-blogpost06_header-content) holds the
    # back link, the day, the h1, an empty spacer div, the dek (a div of text wrapped in a div of its own) and
    # the author row; the text after the block opens with the dek's sentence and goes on; the description and
    # og:description the dek.
    dek = ("We are pleased to announce a new release of round graphs based on the crawls of September, "
           "November and February.")
    prose = ("<p>We are pleased to announce a new release of round graphs based on the crawls of September, "
             "November and February. The crawls used to build the graphs are listed below, with the tools "
             "that built them and the sizes of the graphs.</p>")
    return ('<html><head><title>Round Crawl - Blog - Round Graphs of 2024</title>'
            f'<meta name="description" content="{dek}"><meta property="og:description" content="{dek}">'
            '<meta property="og:title" content="Round Crawl - Blog - Round Graphs of 2024"></head><body>'
            '<header class="uui-section_blogpost06"><div class="uui-blogpost06_header-content">'
            '<a href="/blog">&lt; Back to Blog</a><div class="uui-space-small"></div>'
            '<div class="uui-blogpost03_date-wrapper"><div class="uui-blogpost06_subheading">March 14, 2024'
            '</div></div><h1 class="heading-l">Round Graphs of 2024</h1><div class="uui-space-small-5"></div>'
            f'{dek_block.format(dek=dek)}<div class="uui-blogpost06_author-wrapper"><img alt="Ada Round" '
            'src="/ada.webp"><div><div class="uui-blogpost06_author-heading">Ada Round</div><div>Ada is a '
            'researcher at the Round Crawl Foundation.</div></div></div></div>'
            f'<div class="uui-blogpost06_content-wrapper"><div class="w-richtext">{prose * 3}</div></div>'
            '</header></body></html>'), dek


def test_a_title_blocks_dek_past_an_empty_spacer_in_a_wrapper_of_its_own_is_the_standfirst():
    url = "https://roundcrawl.example.org/blog/round-graphs-of-2024"
    page, dek = _post_with_a_wrapped_dek_past_a_spacer(
        '<div class="uui-max-width-small-3"><div class="uui-text-size-xlarge-4">{dek}</div></div>')
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.abstract, paper.published) == ("Round Graphs of 2024", dek, "2024-03-14")
    # A wrapper of two blocks after the spacer (a box of links and a line) is no dek's.
    page, dek = _post_with_a_wrapped_dek_past_a_spacer(
        '<div class="uui-max-width-small-3"><div>{dek}</div><div>Share this post</div></div>')
    assert normalise_page(url, page).papers[0].abstract is None


def test_a_title_blocks_dek_past_spacers_is_sought_in_linear_time():
    from papershelf.normalise.title_block_deks import title_block_dek

    def reading(count: int):
        page, _ = _post_with_a_wrapped_dek_past_a_spacer(
            '<div class="uui-max-width-small-3">' + "<div>" * count + "{dek}" + "</div>" * count + "</div>")
        parsed = parse_page(page)
        return lambda: title_block_dek(parsed, "Round Graphs of 2024")

    assert assert_linear_time(reading, 20_000) is None


def _story_with_a_boxed_dek(box: str = "blockquote", line: str = "<strong>{dek}</strong>", depth: int = 0,
                            prose_in_the_box: bool = False) -> tuple[str, str]:
    dek = "Children with round fatigue found through school clinics do well once treated"
    prose = "<p>" + "School-based clinics can find children with round fatigue, a study says. " * 3 + "</p>"
    inside = (f'<p><img src="/backpack.jpg"></p><p>{line.format(dek=dek)}</p>'
              '<p><a href="/c/1">Comments: (0)</a></p>')
    inside += prose if prose_in_the_box else ""
    boxed = "<div>" * depth + inside + "</div>" * depth
    cell = f"<{box}>{boxed}</{box}>" if box != "td" else boxed
    return ('<html><head><title>Round Clinics Feasible for Finding Fatigue --Round Lounge</title></head>'
            '<body>'
            '<p><a href="/journals">Back to Journal Articles</a></p>'
            '<h1>Round Clinics Feasible for Finding Fatigue</h1>Last Updated: December 15, 2011.</p>'
            f'<table align="right"><tr><td>{cell}</td></tr></table>'
            f'<div class="entry">{prose}{prose}</div></body></html>'), dek


def test_a_bold_line_boxed_beside_the_text_under_the_heading_and_its_day_is_the_dek():
    # Doctors Lounge (2011, round 131, train, fixed at stop 65): a HealthDay story with no meta, under the h1
    # and its day line a right-floated table whose cell's blockquote holds the picture, the dek in a paragraph
    # wholly in bold ('Children with CFS/ME detected through school-based clinics do well once treated', no
    # full stop), the share buttons and the comments link; the text after the table. The bold line boxed away
    # from the text is the story's summary. A box holding prose of its own (the text laid out in it), or a
    # plain line there, is no dek's.
    url = "https://round.example.com/index.php/news/pb/25331"
    page, dek = _story_with_a_boxed_dek()
    paper = normalise_page(url, page).papers[0]
    assert (paper.title, paper.published, paper.abstract) == (
        "Round Clinics Feasible for Finding Fatigue", "2011-12-15", dek)
    page, dek = _story_with_a_boxed_dek(box="td")  # the cell alone, no blockquote in it
    assert normalise_page(url, page).papers[0].abstract == dek
    for page, dek in (_story_with_a_boxed_dek(prose_in_the_box=True), _story_with_a_boxed_dek(line="{dek}")):
        found = normalise_page(url, page)
        assert found is None or not found.papers or found.papers[0].abstract != dek


def test_a_boxed_dek_is_sought_in_linear_time():
    from papershelf.normalise.boxed_deks import dek_boxed_beside_the_text

    def reading(depth):
        page, _ = _story_with_a_boxed_dek(box="td", depth=depth)
        parsed = parse_page(page)
        return lambda: dek_boxed_beside_the_text(parsed, "Round Clinics Feasible for Finding Fatigue")

    assert assert_linear_time(reading, 4000) is None


def test_an_h2_of_a_phrases_few_words_that_the_description_repeats_is_a_second_headline():
    # Internetchemie (2021, round 79, held out, fixed at stop 65; decided by the lead): the h2 under the h1,
    # 'Alpha-Teilchen innerhalb von Zinn-Atomkernen nachgewiesen.', the description's words, is a second
    # headline, five words, where The Telegraph's h2 of the same markup is an 18-word standfirst (the corpus's
    # shortest of that kind twelve words). A heading of fewer than eight words is a phrase, no summary; one
    # classed as the dek is read by its class, and a Japanese heading is not counted by its spaces.
    def abstract(line: str, heading: str = "h2") -> str | None:
        meta = (("og:title", "Round engines"), ("DC.date.issued", "2013-05-15"), ("description", line))
        shown = (f"<h1>Round engines</h1><{heading}>{line}</h2><p>By Ada Lovelace</p>"
                 "<p>The text begins here.</p>")
        return normalise_page("https://example.org/c", _meta_page(*meta, body=shown)).papers[0].abstract

    assert abstract("Round engines discovered inside quadrilateral wheelhouses.") is None
    standfirst = "Round engines may run longer than square ones because their wheels wear more slowly."
    assert abstract(standfirst) == standfirst
    assert abstract("Round engines discovered inside quadrilateral wheelhouses.", 'h2 class="p-dek"') == (
        "Round engines discovered inside quadrilateral wheelhouses.")
    japanese = "2015年のラウンド発表会では、Round Engine 6s をはじめ、多彩な製品が披露された"
    assert abstract(japanese) == japanese


_HEADED_OPENING = ("This paper uses the difference between the feature maps of positive and negative samples "
                   "as its attention map, aligning the samples first so that they can be subtracted place by "
                   "place.")


def _headed_post(sections: int) -> str:
    # A Hugo 'even' post (ldihao's blog, round 169): the description meta and og:description its text's one
    # first paragraph, then headed sections of lists; the post-meta's day under the h1.
    headed = "".join(f'<h1 id="s{n}">Section {n}</h1><ul><li>Point {n}: short</li><li>Another</li></ul>'
                     for n in range(sections))
    return ('<html><head><meta name="author" content="Jane Doe">'
            f'<meta name="description" content="{_HEADED_OPENING}">'
            f'<meta property="og:description" content="{_HEADED_OPENING}">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2020-05-13T14:32:12+08:00">'
            "<title>Paper Review - Align and Locate - Jane's blog</title></head><body>"
            '<article class="post">'
            '<header class="post-header"><h1 class="post-title">Paper Review - Align and Locate</h1>'
            '<div class="post-meta"><span class="post-time"> 2020-05-13 </span></div></header>'
            f'<div class="post-content"><p>{_HEADED_OPENING}</p>{headed}</div></article></body></html>')


def test_a_first_paragraph_over_headed_sections_of_lists_opens_the_text_and_is_no_summary():
    page = _headed_post(4)
    assert opens_the_story(parse_page(page), _HEADED_OPENING)
    paper = normalise_page("https://jdoe.github.io/2020/05/13/pr-align/", page).papers[0]
    assert paper.title == "Paper Review - Align and Locate"
    assert paper.abstract is None


def test_a_first_paragraph_over_a_heading_or_two_or_after_another_element_is_still_its_summary():
    from papershelf.normalise.headed_openings import opens_headed_sections

    assert opens_headed_sections(parse_page(_headed_post(3)).tree.css_first("div.post-content p"))
    # Two headings after it (a summary over 'Links' and 'Code'), or an element before it in its block.
    near = parse_page(_headed_post(2))
    assert not opens_headed_sections(near.tree.css_first("div.post-content p"))
    assert not opens_the_story(near, _HEADED_OPENING)
    summary = normalise_page("https://jdoe.github.io/2020/05/13/pr-align/", _headed_post(2)).papers[0]
    assert summary.abstract == _HEADED_OPENING
    boxed = parse_page(_headed_post(4).replace('<div class="post-content"><p>',
                                                  '<div class="post-content"><div>Note</div><p>'))
    assert not opens_headed_sections(boxed.tree.css_first("div.post-content p"))


def test_a_first_paragraphs_headed_sections_are_read_in_linear_time():
    def reading(size: int):
        page = parse_page(_headed_post(size).replace("<h1 id=", "<h9 id="))
        return lambda: opens_the_story(page, _HEADED_OPENING)

    assert assert_linear_time(reading, 20000) is False


_REVIEW_OPENING = ("In this post, we review a 2020 paper “Round Models: Pseudo-Round Language Models for "
                   "Unified Round Pre-Training”.")
_REVIEW_LINK = "https://proceedings.example.org/v119/round20a/round20a.pdf"


def _stack_review(description: str, paragraphs: int = 0) -> str:
    # A Hugo Stack post (Kimberly's Blog, round 171, held out; 2023): the description meta its text's opening
    # as Hugo cuts it, the first paragraph (the reviewed paper named, its PDF linked) run on into the h1
    # 'Table of Contents' and its list; the header's h2.article-title and time.article-time--published.
    others = "".join(f"<p>Filler paragraph {n} of a sidebar.</p>" for n in range(paragraphs))
    return ('<html><head>'
            f'<meta name="description" content="{description}">'
            '<meta property="og:title" content="Round Models Review">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2023-10-16T00:17:41+09:00">'
            "<title>Round Models Review</title></head><body>"
            f"<aside>{others}</aside>"
            '<article class="main-article"><header class="article-header"><div class="article-details">'
            '<div class="article-title-wrapper"><h2 class="article-title"><a href="/p/round_review/">'
            'Round Models Review</a></h2></div><footer class="article-time"><div>'
            '<time class="article-time--published">Oct 16, 2023</time></div></footer></div></header>'
            f'<section class="article-content"><p>{_REVIEW_OPENING}<br><a href="{_REVIEW_LINK}">'
            f'{_REVIEW_LINK}</a></p><h1 id="table-of-contents">Table of Contents</h1><ol><li><a href="#m">'
            'Unified Round Model</a></li><li><a href="#r">Result</a></li></ol>'
            '<h2 id="m">Unified Round Model</h2><ul><li><p>Before this work, round models were split between '
            f'two kinds.</p></li></ul>{_ROUND_PROSE * 3}</section></article></body></html>')


_ROUND_PROSE = ("<p>The paper trains one round model for both understanding and generation, masking spans of "
                "tokens and predicting them in turn. It reports gains on every benchmark it tries, and the "
                "ablations show that the pseudo-masks matter most for the generation tasks it was built "
                "for.</p>")


def test_a_description_running_the_first_paragraph_into_the_next_heading_is_the_texts_opening():
    description = (f"{_REVIEW_OPENING} {_REVIEW_LINK} Table of Contents Unified Round Model Result Unified "
                   "Round Model Before this work, round models were split between two kinds.")
    page = _stack_review(description)
    assert opens_the_story(parse_page(page), description)
    paper = normalise_page("https://kang.example.io/p/round_review/", page).papers[0]
    assert (paper.title, paper.published, paper.abstract) == ("Round Models Review", "2023-10-16", None)


def test_a_description_running_on_into_other_words_than_the_next_heading_is_still_its_summary():
    from papershelf.normalise.heading_run_ons import runs_on_into_the_heading

    # The paragraph whole and then words the heading after it does not open with: a summary of its own.
    described = f"{_REVIEW_OPENING} {_REVIEW_LINK} We find the round models sound and their results strong."
    page = parse_page(_stack_review(described))
    paragraph = page.tree.css_first("section.article-content p")
    assert not runs_on_into_the_heading(paragraph, compact(described))
    assert not opens_the_story(page, described)
    paper = normalise_page("https://kang.example.io/p/round_review/", _stack_review(described)).papers[0]
    assert paper.abstract == described
    # …or stopping within the paragraph; or a paragraph followed by another paragraph, not a heading.
    assert not runs_on_into_the_heading(paragraph, compact(_REVIEW_OPENING))
    listed = parse_page(_stack_review(described).replace("<h1 id", "<p>Contents</p><h1 id"))
    running = f"{_REVIEW_OPENING} {_REVIEW_LINK} Contents Table of Contents"
    assert not runs_on_into_the_heading(listed.tree.css_first("section.article-content p"), compact(running))


def test_a_description_run_into_the_next_heading_is_sought_in_linear_time():
    description = f"{_REVIEW_OPENING} {_REVIEW_LINK} Table of Contents Unified Round Model"

    def reading(size: int):
        page = parse_page(_stack_review(description, size))
        return lambda: opens_the_story(page, description)

    assert assert_linear_time(reading, 20000) is True


_CITED_LINES = ("<p><strong>Title: <em>“Evidence for round-by-round scattering”</em></strong></p>"
                "<p><strong>Author: Round Collaboration</strong></p>"
                '<p><strong>Reference: <a href="https://doi.org/10.1038/round">doi:10.1038/round</a>'
                "</strong></p>"
                "<p><em>(Originally published on Round Bites)</em></p>")
_ESSAY = ("<p>According to classical wave theory, two round waves that happen to cross each other in space "
          "will not interfere. In fact, this is a crucial feature of the conventional definition of a "
          "wave.</p>")


def test_a_description_running_four_cited_lines_into_the_essay_opens_the_text():
    # Andre Frankenthal's Wowchemy post (round 171; 2019), read with its description alone (the html and og
    # mixes, no JSON-LD calling it a blog post): the description runs the four short lines citing the
    # reviewed paper and the essay's first sentence together, the text's opening, no summary.
    page = parse_page(f'<html><body><div class="article-style">{_CITED_LINES}{_ESSAY * 3}</div>'
                      "</body></html>")
    description = ("Title: “Evidence for round-by-round scattering”\nAuthor: Round Collaboration\n"
                   "Reference: doi:10.1038/round\n(Originally published on Round Bites)\n"
                   "According to classical wave theory, two round waves that happen to cross each other in "
                   "space will not interfere.")
    assert opens_the_story(page, description)
    # …but not where the description's last words are not the essay's: a summary of its own.
    assert not opens_the_story(page, description.replace("will not interfere", "meet the round detector"))


def _octopress_post(description: str) -> str:
    # An Octopress post (Sanghyuk Chun's README blog, round 169, held out; 2015): an author meta and a short
    # description meta, the h1.entry-title title-cased, the header's time, the text opening in other words.
    text = "".join(f"<p>이번에 리뷰할 논문은 DeepMind가 발표한 논문으로, "
                   f"강화학습과 딥러닝을 결합한 첫 시도 중 하나이다 {n}. "
                   "화면의 픽셀만 보고 게임을 배우는 에이전트를 학습한다.</p>" for n in range(4))
    return ('<html><head><meta charset="utf-8"><meta name="author" content="Jane Doe">'
            f'<meta name="description" content="{description}">'
            "<title>Playing Atari with Deep Reinforcement Learning (NIPS 2013) - README</title></head>"
            '<body><article><header><h1 class="entry-title">Playing Atari With Deep Reinforcement Learning'
            ' (NIPS 2013)</h1><p class="meta"><time datetime="2015-09-15T19:56:00+09:00" pubdate>'
            'Sep 15th, 2015</time></p>'
            f'</header><div class="entry-content">{text}</div></article></body></html>')


_DECLARED = "Google Deep Mind에서 NIPS 2013에 발표한 Playing Atari with Deep Reinforcement Learning 정리"


def test_a_short_description_naming_the_posts_title_as_its_summary_is_the_posts_summary():
    paper = normalise_page("https://jdoe.github.io/90/", _octopress_post(_DECLARED)).papers[0]
    assert paper.title == "Playing Atari With Deep Reinforcement Learning (NIPS 2013)"
    assert paper.published == "2015-09-15"
    assert paper.abstract == _DECLARED
    # An English summary the same.
    english = "A summary of Playing Atari with Deep Reinforcement Learning, by DeepMind at NIPS 2013."
    paper = normalise_page("https://jdoe.github.io/90/", _octopress_post(english)).papers[0]
    assert paper.abstract == english


def test_a_short_description_naming_no_title_or_no_summary_stays_a_teaser():
    from papershelf.normalise.declared_summaries import summary_the_description_declares

    title = "Playing Atari With Deep Reinforcement Learning (NIPS 2013)"
    # No title, no summary word, a template's placeholder.
    for description in ("Google Deep Mind에서 NIPS 2013에 발표한 강화학습 논문 정리",
                        "Google Deep Mind에서 NIPS 2013에 발표한 "
                        "Playing Atari with Deep Reinforcement Learning",
                        "Brief summary of the paper goes here.",
                        # A template's placeholder over a citation of the paper (a Dublin Core description).
                        "Brief summary of the paper Doe, J. (2015). Playing Atari with Deep Reinforcement "
                        "Learning. https://doi.org/10.1000/x"):
        page = _octopress_post(description)
        assert summary_the_description_declares(parse_page(page), title) is None, description
        assert normalise_page("https://jdoe.github.io/90/", page).papers[0].abstract is None, description


def _doit_review(description: str, title: str = "[논문 리뷰] Round Fusion on a Single GPU") -> str:
    # A Hugo DoIt post of a one-person blog (brog's review, round 179, held out; 2025): a description meta,
    # og and twitter ones the same, a BlogPosting JSON-LD, h1.single-title with its bracketed label of the
    # post's kind, then the text, its 'Abstract' section retelling the reviewed paper's abstract.
    ld = {"@context": "http://schema.org", "@type": "BlogPosting", "headline": title,
          "datePublished": "2025-01-08T21:56:50+09:00", "author": {"@type": "Person", "name": "Ada Lovelace"}}
    retold = ("multimodal alignment의 목표: 여러 입력이 공유하는 하나의 latent space를 배우는 것이며, "
              "이 논문은 적은 데이터와 하나의 GPU로 그것을 해낸다고 말한다. " * 3)
    return ('<html><head><meta charset="utf-8">'
            f'<title>{title} - brog</title><meta name="Description" content="{description}">'
            f'<meta property="og:title" content="{title}">'
            f'<meta property="og:description" content="{description}">'
            f'<meta name="twitter:description" content="{description}">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>'
            f'<body><article class="page single"><h1 class="single-title">{title}</h1>'
            '<div class="post-meta">Ada Lovelace 2025-01-08</div><div class="content" id="content">'
            "<h2>논문 정보</h2><p>CVPR 2024 Highlight, 세 명의 저자.</p>"
            f"<h2 id=\"abstract\">Abstract</h2><p>{retold}</p>"
            "<h2>Introduction</h2>"
            + "<p>이 글에서는 논문의 방법을 차례로 살펴본다. 먼저 문제를 정의한다.</p>" * 3
            + "</div></article></body></html>")


_DOIT_DECLARED = "CVPR 2024 Highlight paper인 Round Fusion on a Single GPU 논문을 읽고 정리한 내용입니다."


def test_a_description_declaring_the_labelled_titles_summary_is_the_abstract_over_the_abstract_section():
    # brog's post: the description names the paper its title names past the bracketed label '[논문 리뷰] ' and
    # calls itself a summary with the verb's ending run on ('정리한'): the post's own summary, over the text
    # under its 'Abstract' heading, the reviewed paper's retold.
    paper = normalise_page("https://ada.example.io/posts/round/", _doit_review(_DOIT_DECLARED)).papers[0]
    assert paper.abstract == _DOIT_DECLARED


def test_a_description_opening_as_a_papers_review_before_a_colon_is_the_posts_summary():
    # Geonsik Youn's al-folio post (round 179, held out; 2021): 'Vision Transformer(ViT) 논문 리뷰: …', its
    # title naming the paper in other words.
    from papershelf.normalise.declared_summaries import summary_the_description_declares

    for description in ("Round Transformer(RT) 논문 리뷰: 이미지를 패치 시퀀스로 다뤄 분류를 수행하는 방법",
                        "Round Transformer paper review: how an image is read as a sequence of patches"):
        page = parse_page(f'<html><head><meta name="description" content="{description}"></head></html>')
        assert summary_the_description_declares(page, "[paper-review] An Image is Round Words") == description


def test_a_description_naming_no_summary_or_another_title_leaves_the_abstract_section_read():
    from papershelf.normalise.declared_summaries import summary_the_description_declares

    # No summary word; another paper's title; a review word that opens no label before a colon; a long
    # description, read by its length.
    for description in ("CVPR 2024 Highlight paper인 Round Fusion on a Single GPU 논문을 읽었습니다.",
                        "CVPR 2024 Highlight paper인 Square Fusion on Two GPUs "
                        "논문을 읽고 정리한 내용입니다.",
                        "A review of how round fusion works: the paper, read closely and summed up.",
                        "정리해고 이후의 Round Fusion on a Single GPU: 회사가 바뀐 이야기와 그 뒤의 일들"):
        page = _doit_review(description)
        labelled = "[논문 리뷰] Round Fusion on a Single GPU"
        assert summary_the_description_declares(parse_page(page), labelled) is None, description
        paper = normalise_page("https://ada.example.io/posts/round/", page).papers[0]
        assert paper.abstract != description, description


def test_a_declared_review_label_is_sought_in_linear_time():
    from papershelf.normalise.declared_summaries import summary_the_description_declares

    def reading(size: int):
        description = "a" * size + " 논문 리뷰: " + "b" * 20
        page = parse_page(f'<html><head><meta name="description" content="{description}"></head></html>')
        return lambda: summary_the_description_declares(page, "Round")

    assert_linear_time(reading, 4000)


_NOTES = "Notes on the paper Playing Atari with Deep Reinforcement Learning by Volodymyr Mnih"


def test_a_short_description_calling_itself_notes_on_the_paper_it_names_is_the_posts_summary():
    # Saurav Maheshkar's Hugo Apéro post (round 218; 2020): its description meta 'Notes on the paper
    # Learning Nonlinear Functions Using Regularized Greedy Forest by Rie Johnson' holds the h1's words and
    # calls itself notes on that paper, in other words than the text's opening: the post's own summary.
    paper = normalise_page("https://jdoe.github.io/90/", _octopress_post(_NOTES)).papers[0]
    assert paper.abstract == _NOTES
    mine = "My notes from the paper Playing Atari with Deep Reinforcement Learning, by DeepMind"
    assert normalise_page("https://jdoe.github.io/90/", _octopress_post(mine)).papers[0].abstract == mine


def test_notes_of_a_series_or_of_another_paper_or_a_teaser_naming_the_title_stay_unread():
    from papershelf.normalise.declared_summaries import summary_the_description_declares

    title = "Playing Atari With Deep Reinforcement Learning (NIPS 2013)"
    # Notes of a series of papers (Shreyansh Singh's 'My notes from the … series of papers.'); notes on
    # another paper than the post's title names; a teaser naming the title but calling itself nothing; the
    # notes' words not at the opening.
    for description in ("My notes from the Playing Atari with Deep Reinforcement Learning series of papers.",
                        "Notes on the paper Human-level control through deep reinforcement learning",
                        "Taking a look at Playing Atari with Deep Reinforcement Learning for games",
                        "Playing Atari with Deep Reinforcement Learning, and notes on the paper it cites"):
        page = _octopress_post(description)
        assert summary_the_description_declares(parse_page(page), title) is None, description
        assert normalise_page("https://jdoe.github.io/90/", page).papers[0].abstract is None, description


def test_notes_on_a_paper_are_sought_in_linear_time():
    from papershelf.normalise.declared_summaries import _NOTES_ON_A_PAPER

    def reading(size: int):
        # Runs of white space between the notes' words (a meta's value before it is cleaned), none closing.
        text = "My" + " " * size + "notes" + " " * size + "on the" + " " * size + "paper"
        return lambda: [_NOTES_ON_A_PAPER.match(text[start:]) for start in range(0, len(text), 97)]

    assert_linear_time(reading, 40000)


_DEMO_ABSTRACT = ("Recent progress in zero-shot speech synthesis has been driven by language models and "
                  "diffusion models, whose generation is slow; we present a system that needs a twentieth "
                  "of their time.")


def test_a_style_element_between_an_abstract_heading_and_its_paragraph_is_no_text_of_the_abstract():
    # FlashSpeech's demo page (round 186): <h2>Abstract</h2>, a <style> of one rule, a commented-out link,
    # then the abstract's <p>; the rule's CSS was read as the abstract's opening words.
    page = parse_page("<html><body><h1>Flash: Fast Zero-Shot Speech Synthesis</h1><div>"
                      '<h2 id="abstract">Abstract</h2><style>\n .centered-link {\n text-align: center;\n }\n'
                      "</style><!-- <div><a href=''>CODE LINK</a></div> -->"
                      f"<p>{_DEMO_ABSTRACT}</p></div><h2>Samples</h2><p>Audio.</p></body></html>")
    assert abstract_after_heading(page) == _DEMO_ABSTRACT
    # A script there adds nothing either.
    page = parse_page("<html><body><h2>Abstract</h2><script>var shown = 1;</script>"
                      f"<p>{_DEMO_ABSTRACT}</p><h2>Samples</h2></body></html>")
    assert abstract_after_heading(page) == _DEMO_ABSTRACT


def test_an_abstract_heading_nested_in_a_heading_of_another_rank_heads_the_paragraph_after_the_outer_one():
    # The speech codec paper's demo page (round 186): <h2 id="abstract"><center><h1>Abstract</h1></center>
    # </h2>, then the abstract's <p>, all in a table's <th>.
    page = parse_page('<html><body><table><th><h2 id="abstract"><center><h1>Abstract</h1></center></h2>'
                      f"<p><font>{_DEMO_ABSTRACT}</font></p></th></table>"
                      "<table><th><h2><center><h1>Model</h1></center></h2><p>A figure.</p></th></table>"
                      "</body></html>")
    assert abstract_after_heading(page) == _DEMO_ABSTRACT
    # A heading that holds more than the nested one is no wrapper of it: the outer heading's other words
    # are its own, and nothing after the inner heading in it is an abstract.
    page = parse_page('<html><body><table><th><h2><center><h1>Abstract</h1></center> and figures</h2>'
                      f"<p>{_DEMO_ABSTRACT}</p></th></table></body></html>")
    assert abstract_after_heading(page) is None


def test_an_emphasised_line_over_a_table_of_audio_players_is_their_caption_not_a_lead():
    # AdaSpeech's demo page (round 186, held out): each table of samples under the sentence its players
    # speak, in italics ('<p><em>VCTK speaker : Six spoons of fresh snow peas, …</em></p>'), the first one
    # right under the h1's contents: set apart as a lead is, but the caption of the samples under it. The
    # same line over prose, or over a table of figures, stays the lead set apart.
    from papershelf.normalise.set_apart_leads import set_apart_lead

    title = "A Method: Rendering Scenes from a Few Photographs"
    line = ("<p><em>Round speaker : Six spoons of fresh snow peas, five thick slabs of blue cheese, and "
            "maybe a snack for her brother Bob.</em></p>")
    prose = ("<p>The method renders a scene from a few photographs and is faster than the methods before it, "
             "with fewer artefacts at the edges of the objects it renders.</p>") * 3

    def page(under: str):
        return parse_page(f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{line}"
                          f"{under}{prose}</article></body></html>")

    players = "<table><tr><td><audio controls><source src='a.wav'></audio></td></tr></table>"
    assert set_apart_lead(page(players), title) is None
    for under in ("", "<table><tr><td>GT</td><td>4.5</td></tr></table>"):
        lead = set_apart_lead(page(under), title)
        assert lead is not None and lead.startswith("Round speaker : Six spoons"), under
def test_a_bold_abstract_label_the_parser_closed_before_its_block_heads_that_block():
    # SVCODEC's demo page (round 193): '<p><b>Abstract.</b><div class="justify-text">Speech coding is …
    # </div><br></p>'; a <div> may not stand in a <p>, so the parser closed the paragraph at it, the label
    # alone in its paragraph and the abstract in the <div> after it.
    def page(after_label: str, label: str = "<b>Abstract.</b>") -> str:
        return ("<html><body><h1>Flash: Fast Zero-Shot Speech Synthesis</h1><p>Ann Lee, Bo Chan</p>"
                f"<p>{label}{after_label}<br></p><h2>Samples</h2><p>Audio.</p></body></html>")

    assert generic_abstract(parse_page(page(f'<div class="justify-text">{_DEMO_ABSTRACT}</div>'))) \
        == _DEMO_ABSTRACT
    # A label that is no bold 'Abstract', or a block too short to be an abstract, heads nothing so.
    assert generic_abstract(parse_page(page(f"<div>{_DEMO_ABSTRACT}</div>", label="Abstract."))) is None
    assert generic_abstract(parse_page(page(f"<div>{_DEMO_ABSTRACT}</div>", label="<b>Samples.</b>"))) is None
    assert generic_abstract(parse_page(page("<div>Listen below.</div>"))) is None


def _static_journal_piece(abstract_meta: str, opening: str) -> str:
    # A static journal's article page (Startwords' Hugo build, round 198): Highwire metas whose
    # citation_abstract is written from the piece's front matter, the h1, the byline and its month, then the
    # text itself, no Abstract section; og:description the same line.
    return ('<!doctype html><html><head><title>Weave the References</title>'
            '<meta name="citation_title" content="Weave the References">'
            '<meta name="citation_date" content="2020/10">'
            '<meta name="citation_author" content="Doe, Jane">'
            f'<meta name="citation_abstract" content="{abstract_meta}">'
            '<meta name="citation_journal_title" content="Quarterly Words">'
            f'<meta property="og:description" content="{abstract_meta}"></head><body><header><nav>'
            '<a href="/">Issues</a></nav></header><main><article><header><h1>Weave the References</h1>'
            '<p class="authors">Jane Doe</p><p class="date">October 2020</p></header>'
            f'<div class="text-container"><p>{opening}</p>'
            '<p>We invite you to take part in the embodiment and visible labour of data work. Download '
            'the models and instructions below, use your hands to make the physical forms we developed, or '
            'use them as a start for interpretive objects of your own making.</p>'
            '<h2>Tools</h2><p>A rigid heddle loom is the loom to begin with; a backstrap loom will also do, '
            'with a string heddle and a stick shuttle or two beside it.</p></div></article></main></body>'
            '</html>')


def test_a_journal_pieces_citation_abstract_that_is_its_texts_first_paragraph_is_no_abstract():
    # citation_abstract copies the text's opening paragraph, and no Abstract section sets anything apart:
    # the teaser of a piece, as a news story's Dublin Core lead is, not its summary.
    opening = ("Create your own data weaving of the references in the first chapter of the Grammatology, "
               "as described in the essay on data beyond vision.")
    page = _static_journal_piece(opening, opening)
    paper = normalise_page("https://words.example.edu/issues/1/weaving-howto/", page).papers[0]
    assert paper.abstract is None


def test_a_journal_pieces_citation_abstract_in_other_words_than_its_text_is_its_abstract():
    # The same page whose citation_abstract is no sentence of its text: the piece's own summary, kept.
    summary = ("A guide to weaving a chapter's references into cloth, one band of colour for each kind of "
               "citation the chapter makes.")
    opening = ("Create your own data weaving of the references in the first chapter of the Grammatology, "
               "as described in the essay on data beyond vision.")
    page = _static_journal_piece(summary, opening)
    paper = normalise_page("https://words.example.edu/issues/1/weaving-howto/", page).papers[0]
    assert paper.abstract == summary


def test_a_citation_abstract_quoting_a_title_the_text_links_is_still_its_texts_first_paragraph():
    # The copy sets the essay's title in quotation marks its template escaped twice ('&ldquo;…&rdquo;'),
    # where the text's first paragraph links the title bare: the same opening, so no abstract.
    opening = ("Create your own data weaving of the references in the first chapter of the Grammatology, "
               "as described in {}.")
    page = _static_journal_piece(opening.format("&amp;ldquo;Data Beyond Vision&amp;rdquo;")[:-1],
                                 opening.format('<a href="/issues/1/beyond/">Data Beyond Vision</a>'))
    paper = normalise_page("https://words.example.edu/issues/1/weaving-howto/", page).papers[0]
    assert paper.abstract is None


def test_a_copy_whose_words_differ_from_the_text_only_past_its_quotes_is_no_opening():
    # Quotation marks left out, the words must still be the text's: a summary quoting a title in other
    # words than the text's first paragraph stays the abstract.
    page = _static_journal_piece(
        "A guide to the weaving &amp;ldquo;Data Beyond Vision&amp;rdquo; describes, band by band and colour "
        "by colour",
        "Create your own data weaving of the references in the first chapter of the Grammatology, as "
        'described in <a href="/issues/1/beyond/">Data Beyond Vision</a>.')
    paper = normalise_page("https://words.example.edu/issues/1/weaving-howto/", page).papers[0]
    assert paper.abstract is not None and paper.abstract.startswith("A guide to the weaving")


def test_a_quoted_copy_of_the_opening_is_compared_in_linear_time():
    # Paragraph after paragraph of quoted words before the text's: each paragraph read once.
    def reading(size: int):
        filler = "<p>&ldquo;Quoted&rdquo; words of a caption, &quot;again&quot;.</p>" * size
        opening = ("Create your own data weaving of the references in the first chapter of the Grammatology, "
                   "as described in {}.")
        page = _static_journal_piece(opening.format("&amp;ldquo;Data Beyond Vision&amp;rdquo;")[:-1],
                                     opening.format("<a href='/x/'>Data Beyond Vision</a>"))
        page = page.replace('<div class="text-container">', f'<div class="captions">{filler}</div>'
                                                              '<div class="text-container">')
        return lambda: normalise_page("https://words.example.edu/issues/1/weaving-howto/", page)

    assert_linear_time(reading, 3000)


def _quoted_paper_note(description: str) -> str:
    # A Hugo post in Japanese (raahii's, round 224): its title the method's name and the paper's title in
    # quotes, its description a line of its own that names the paper.
    return ('<html><head><title>DVDGAN - "Adversarial Video Generation on Complex Datasets"</title>'
            f'<meta name="description" content="{description}"></head><body><article>'
            '<h1 class="article-title">DVDGAN - "Adversarial Video Generation on Complex Datasets"</h1>'
            '<p>DeepMindから出た新たな動画生成GANであるDVDGANを読んだのでまとめました。</p></article></body></html>')


def test_a_japanese_description_calling_itself_a_summary_of_the_paper_the_title_quotes_is_the_posts():
    title = 'DVDGAN - "Adversarial Video Generation on Complex Datasets"'
    summary = "論文'Adversarial Video Generation on Complex Datasets'のまとめ"
    assert summary_the_description_declares(parse_page(_quoted_paper_note(summary)), title) == summary
    # The paper named with no summary word after it ('… を読んだ', 'I read …') is no such line.
    named = "論文'Adversarial Video Generation on Complex Datasets'を読んだ"
    assert summary_the_description_declares(parse_page(_quoted_paper_note(named)), title) is None


def test_a_paragraph_of_the_abstract_label_in_bold_in_the_pages_language_heads_the_paragraph_after_it():
    # Round 230's Lucas Gelape page (Wowchemy 5.7.0, a Portuguese edition): the text opens with the
    # chapter's citation in a list, then '<p><strong>Resumo</strong>:</p>' (the colon outside the bold) and
    # the abstract's paragraph; the description meta and the JSON-LD description are the citation, no summary.
    cited = ("Lovelace, Ada; Babbage, Charles. 2023. A Study of Round Things. In: Somebody (org.). Round "
             "Things Revisited. New York: Routledge, p. 1-9.")
    shown = ("In this chapter, we examine round things and the way they roll downhill in every country we "
             "studied, and we find that the rolling depends on the slope more than on the thing itself.")
    page = (f'<html lang="pt"><head><meta name="description" content="{cited}"><meta property="og:type" '
            'content="article"><script type="application/ld+json">{"@type": "Article", "headline": '
            f'"A Study of Round Things", "description": "{cited}"}}</script></head><body><h1>A Study of '
            'Round Things</h1><div class="article-metadata"><span>Ada Lovelace</span>, <span>Charles '
            'Babbage</span></div><div class="pub-row-heading">Tipo</div><div>Seção de livro</div>'
            f'<div class="article-style"><ul><li>{cited}</li></ul><p><strong>Resumo</strong>:</p>'
            f'<p>{shown}</p><p><strong>Figura: a slope</strong></p></div></body></html>')
    assert normalise_page("https://example.org/publication/round/", page).papers[0].abstract == shown
    # A paragraph that opens with the bold label and runs on is no heading of the paragraph after it.
    run_on = page.replace("<p><strong>Resumo</strong>:</p>", "<p><strong>Resumo</strong>: see below.</p>")
    assert normalise_page("https://example.org/publication/round/", run_on).papers[0].abstract != shown


def test_an_academic_paper_pages_one_sentence_description_with_no_abstract_is_its_summary_not_a_teaser():
    # Round 230's Elliot Dreujou page (Wowchemy 5.7.0, a book section): no Abstract section, the rows 'Type'
    # and 'Publication', og:type article and an Article JSON-LD, and the description meta (the JSON-LD's
    # the same) the owner's one sentence on what the chapter presents, shown nowhere: the paper page's
    # summary, not a post's teaser for shares.
    described = ("This chapter presents results gathered during the first part of my thesis, compiled along "
                 "with those of other projects in the bay.")
    page = (f'<html><head><meta name="description" content="{described}"><meta property="og:type" '
            'content="article"><script type="application/ld+json">{"@type": "Article", "headline": '
            f'"Chapter 5: The Benthic Fauna", "description": "{described}"}}</script></head><body>'
            '<h1>Chapter 5: The Benthic Fauna</h1><div class="article-metadata"><span>Ada Lovelace</span>, '
            '<span>Charles Babbage</span> December, 2018</div><div class="pub-row-heading">Type</div>'
            '<div>Book section</div><div class="pub-row-heading">Publication</div><div>The Bay Observatory'
            '</div></body></html>')
    assert normalise_page("https://example.org/publication/book_2018/", page).papers[0].abstract == described
    # A post of the same theme, no publication rows, keeps its unshown description as a teaser.
    post = page.replace('<div class="pub-row-heading">', '<div class="row-heading">')
    assert normalise_page("https://example.org/post/book_2018/", post).papers[0].abstract is None
def _blox_post_opening_with_a_blockquote(quote: str) -> str:
    # A Hugo Blox post (Bansheng, round 231): a BlogPosting JSON-LD, the description meta Hugo's summary, the
    # text's opening blockquote run on into its first section.
    opening = "推荐系统的核心挑战之一是特征交互建模，如何从异构特征中提取有效的交叉模式，以预测用户行为。"
    return ('<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">'
            '<title>UniMixer：推荐系统的缩放定律 | Bansheng</title>'
            f'<meta name="description" content="{quote}\n1. 引言 {opening}">'
            '<meta property="og:type" content="article">'
            '<meta property="og:title" content="UniMixer：推荐系统的缩放定律 | Bansheng">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
            '"headline":"UniMixer：推荐系统的缩放定律","datePublished":"2026-04-08T10:15:00+08:00",'
            '"author":{"@type":"Person","name":"Ann Lee"}}</script></head><body>'
            '<article><h1>UniMixer：推荐系统的缩放定律</h1><div>2026-04-08</div><div class="prose">'
            f'<blockquote><p>{quote}</p></blockquote><h2>1. 引言</h2><p>{opening}</p></div></article>'
            '</body></html>')


def test_a_chinese_posts_opening_blockquote_calling_it_notes_on_a_named_paper_is_its_summary():
    # Bansheng (round 231): the blockquote '本文是关于…论文《…》的深度精读笔记。…', which the description
    # opens with before the text: the post's own account of itself, set apart, not a teaser.
    quote = ("本文是关于快手技术团队论文《UniMixer: A Unified Architecture for Scaling Laws in "
             "Recommendation "
             "Systems》的深度精读笔记。这篇论文揭示了推荐系统中三大架构范式的内在统一性。")
    paper = normalise_page("https://dingyadong.top/posts/013_unimixer_paper_review/",
                           _blox_post_opening_with_a_blockquote(quote)).papers[0]
    assert paper.abstract == quote


def test_a_chinese_posts_opening_blockquote_declaring_nothing_stays_a_teaser():
    # A blockquote that does not call the post notes on a named paper is the text's opening: no summary.
    quote = "推荐系统的特征交互经历了几个关键阶段，这里先回顾手工特征工程时代与因式分解机时代的做法和局限。"
    paper = normalise_page("https://dingyadong.top/posts/013_unimixer_paper_review/",
                           _blox_post_opening_with_a_blockquote(quote)).papers[0]
    assert not paper.abstract


def _org_export_post_r238(wrapped: bool) -> str:
    # Adam Oudad's Hugo post (round 238), its text an Org-mode export: the first <p>, then each section's
    # heading opening a div.outline-2 of its own; the description Hugo's summary running on from the first
    # paragraph into the first section's heading and its paragraph.
    first = ("I stumbled upon an article using neural networks that guess passwords. It shows an original "
             "application of Generative Adversarial Networks (GAN).")
    second = ("Generative Adversarial Networks are three words that have been used a lot during the past "
              "few years in Artificial Intelligence research. It refers to neural networks that have been "
              "trained in the adversarial framework. A neural network is a function with many parameters "
              "that can be optimized from assessing the errors the network makes.")
    described = f"{first}\nWhat are GAN?  {second}"
    more = ("A generator network generates samples which are rated as fake or real by a discriminator "
            "network. The discriminator is given real samples from the dataset as well as fake samples "
            "generated by the generator, and is trained to tell them apart, while the generator gets "
            "better at fooling it. ") * 3
    section = ('<div class="outline-2"><h2>What are GAN?</h2><div class="outline-text-2">'
               f'<p>{second}</p><p>{more}</p></div></div>') if wrapped else (
        f'<div class="outline-2"><p>What are GAN?</p><p>{second}</p><p>{more}</p></div>')
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<title>Generative Adversarial Networks can crack your password! - (Machine) Learning log.'
            '</title>'
            f'<meta name="description" content="{described}"><meta property="og:description" '
            f'content="{described}"><meta itemprop="description" content="{described}">'
            '<meta property="og:title" content="Generative Adversarial Networks can crack your password!">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2020-03-31T00:00:00+00:00"></head><body>'
            '<article class="post"><header><div class="title"><h2><a href="/posts/passgan/">Generative '
            'Adversarial Networks can crack your password!</a></h2></div><div class="meta">'
            '<time class="published" datetime="2020-03-31 00:00:00 +0000 UTC">March 31, 2020</time>'
            '<span class="author"></span><p>5 minutes read</p></div></header>'
            f'<div class="content"><p>{first}</p>{section}</div></article></body></html>')


def test_a_description_running_into_the_heading_an_org_export_wraps_in_its_section_is_no_summary_r238():
    # Adam Oudad's post (round 238): the description is the first paragraph, then the heading opening the
    # next div.outline-2 and its paragraph: the text's opening cut at a length, not a summary set apart.
    found = normalise_page("https://adamoudad.github.io/posts/passgan/", _org_export_post_r238(True))
    paper = found.papers[0]
    assert paper.abstract is None


def test_a_section_block_opening_with_a_paragraph_is_no_heading_the_description_runs_into_r238():
    # The near miss: the block after the first paragraph opens with a paragraph, no heading: the run-on
    # reading leaves it (whatever the other readings make of it, it is not read as a heading's run-on).
    bare = parse_page(_org_export_post_r238(False)).tree
    first = next(node for node in bare.css("p") if node.text().startswith("I stumbled"))
    key = compact(bare.css_first('meta[name="description"]').attributes["content"] or "")
    assert not runs_on_into_the_heading(first, key)
    wrapped = parse_page(_org_export_post_r238(True)).tree
    first = next(node for node in wrapped.css("p") if node.text().startswith("I stumbled"))
    assert runs_on_into_the_heading(first, key)


def _round241_next_paper_note(description: str) -> str:
    # A Hexo NexT post on a paper by others (Tianyao' s BLOG, round 241): the post's title the method's
    # name and
    # the paper's title in brackets, a one-line account before the 'more' mark that the description repeats,
    # then the paper's title, authors and its own English 'Abstract', then the notes.
    return ('<!DOCTYPE html><html lang="zh-CN"><head><title>RoundNet (A STUDY OF ROUND THINGS ROLLING DOWN '
            'SLOPES) | Round Blog</title>'
            f'<meta name="description" content="{description}"><meta property="og:type" content="article">'
            '<meta property="og:title" content="RoundNet (A STUDY OF ROUND THINGS ROLLING DOWN SLOPES)">'
            '<meta property="og:site_name" content="Round Blog">'
            '<meta property="article:published_time" content="2025-11-12T05:23:19.000Z">'
            '<meta property="article:author" content="Ada Round"><meta property="article:tag" '
            'content="论文精读">'
            '</head><body><main>'
            '<article itemscope itemtype="http://schema.org/Article" class="post-block">'
            '<header class="post-header"><h1 class="post-title" itemprop="name headline">RoundNet '
            '(A STUDY OF '
            'ROUND THINGS ROLLING DOWN SLOPES)</h1><div class="post-meta"><span>发表于</span><time '
            'itemprop="dateCreated datePublished" '
            'datetime="2025-11-12T13:23:19+08:00">2025-11-12</time></div>'
            f'</header><div class="post-body" itemprop="articleBody"><p>{description}</p><span '
            f'id="more"></span>'
            '<h1 id="a-study">A study of round things rolling down '
            'slopes</h1><p><strong>作者</strong>：Bo Square, '
            'Cy Cube</p><hr><h3 id="abstract">Abstract</h3><p>Round things roll down slopes. In '
            'this paper we '
            'measure how fast round things roll and compare them with square things, which do not roll.</p>'
            '<h2>1. 训练阶段</h2><p>我们先看数据。</p></div></article></main>'
            '<footer><div class="copyright">&copy; 2026 Ada Round</div></footer></body></html>')


def test_round241_a_chinese_line_summing_up_the_bracketed_paper_is_the_posts_abstract():
    line = "梳理经典论文A STUDY OF ROUND THINGS ROLLING DOWN SLOPES中的方法。"
    paper = normalise_page("https://round.example.github.io/2025/11/12/roundnet/",
                           _round241_next_paper_note(line)).papers[0]
    assert paper.abstract == line


def test_round241_a_line_naming_the_paper_without_summing_it_up_is_no_abstract():
    line = "摄像头行人追踪经典论文A STUDY OF ROUND THINGS ROLLING DOWN SLOPES中的方法很有意思。"
    paper = normalise_page("https://round.example.github.io/2025/11/12/roundnet/",
                           _round241_next_paper_note(line)).papers[0]
    assert paper.abstract is None
    # …nor one summing up that names no paper the title names.
    other = "梳理摄像头行人追踪中常用的几种方法和它们的优缺点。"
    paper = normalise_page("https://round.example.github.io/2025/11/12/roundnet/",
                           _round241_next_paper_note(other)).papers[0]
    assert paper.abstract is None


def _archie_note_r248(description: str) -> str:
    # Jonah's ML Notes (round 248): a Hugo Archie note, div.tldr under the title block holding a bold
    # 'tl;dr:' and one line, the description meta the same line; no author, no JSON-LD.
    return ('<!DOCTYPE html><html><head lang="en"><meta charset="utf-8" />'
            "<title>Grouped Query Attention - Ada's ML Notes</title>"
            f'<meta name="description" content="{description}" />'
            '<meta property="og:title" content="Grouped Query Attention" />'
            '<meta property="og:type" content="article" />'
            '<meta property="article:published_time" content="2024-03-20T00:00:00+00:00" /></head>'
            '<body><div class="content"><header><div class="main"><a href="https://ada.example.com/">'
            "Ada's ML Notes</a></div><nav><a href=\"/\">Home</a></nav></header><main><article>"
            '<div class="title"><h1 class="title">Grouped Query Attention</h1>'
            '<div class="meta">Posted on Mar 20, 2024</div></div>'
            '<div class="tldr"><strong>tl;dr:</strong> Sharing keys and values across groups of query '
            'heads.</div><section class="body"><p><a href="https://arxiv.org/pdf/2305.13245.pdf">'
            '<em>Grouped Query Attention</em></a> reduces the memory the key and value cache takes when a '
            'model decodes, by letting several query heads read one key and value head.</p>'
            '<p>The authors convert a trained multi-head checkpoint by mean-pooling its heads, then train '
            'it a little longer so that quality comes close to the original model again.</p>'
            '<p>The number of groups sits between one, which is multi-query attention, and the number of '
            'heads, which is ordinary multi-head attention; the authors find a handful of groups keeps most '
            'of the quality while most of the speed of multi-query attention is kept.</p>'
            '<p>At inference the cache holds one key and one value per group rather than per head, which is '
            'what makes long contexts and large batches cheaper to serve on the same hardware.</p>'
            '<p>The uptraining needs only a small fraction of the original pre-training compute, so existing '
            'checkpoints can be converted rather than trained again from the start.</p>'
            '</section>'
            '</article></main><footer>2024 Archie Theme | Built with Hugo</footer></div></body></html>')


def test_a_tldr_line_the_description_gives_is_the_posts_summary_r248():
    line = "Sharing keys and values across groups of query heads."
    found = normalise_page("https://ada.example.com/posts/gqa/", _archie_note_r248(line))
    paper = found.papers[0]
    assert paper.title == "Grouped Query Attention"
    assert paper.abstract == line


def test_a_tldr_line_the_description_does_not_give_is_no_summary_r248():
    # The near miss: the description says something else; the tl;dr line is not read as the summary.
    found = normalise_page("https://ada.example.com/posts/gqa/",
                           _archie_note_r248("Notes on attention variants, part three."))
    assert not found.papers or found.papers[0].abstract != (
        "Sharing keys and values across groups of query heads.")



_PENDING95_POST_URL = "https://lab.example.org/research-blog/posts/word-frequency/"
# A short post's paragraphs in Chinese, no spaces between words: the path the CLCS lab's post takes (round
# 249, held out, pending95), where a description's words cannot be matched one by one against the text's,
# its last block ending on an ASCII smiley as the corpus page's does (no cut description).
_PENDING95_BLOCKS = (
    "我们在最近的一项工作中发现，大模型生成文本中高频词的比例随段落位置逐渐上升，而且"
    "这一趋势与人类写作者的文本明显不同，值得我们在更多语言和更多文体上进一步研究。",
    "具体来说，在百科和新闻这类正式文本上，人类文本的高频词比例变化比较平缓，而模型生"
    "成文本的高频词比例则上升得较为陡峭，尤其是在长文本中。",
    "但是在故事类文本上，人类与模型之间没有明显的差别：两者的高频词比例都随着段落的推"
    "进而稳步上升，越到后面越明显 (见图 2)",
    "也许在需要创意的写作任务中，写作者越写越容易重复使用熟悉的词语，而在知识性较强的"
    "写作中则更注意用词的变化和准确，从而保持较低的重复率 :-)",
)


def _pending95_hugo_summary_post(description: str) -> str:
    # The CLCS lab's Hugo Archie post: description, og:description and twitter:description all Hugo's
    # automatic summary of a short post, its paragraphs joined by line breaks; no JSON-LD; the text's
    # paragraphs and figure paragraphs in section.body under div.title.
    paragraphs = '<p align=center><img src="fig.png" alt=text></p>'.join(f"<p>{block}</p>" for block in
                                                                         _PENDING95_BLOCKS)
    return ('<!doctype html><html><head><meta charset=utf-8><title>高频词递增 - 实验室札记 | Lab Notes'
            f'</title><meta name=description content="{description}"><meta property="og:title" content="'
            '高频词递增">'
            f'<meta property="og:description" content="{description}"><meta property="og:type" content="'
            'article"><meta property="article:published_time" content="2024-10-25T00:00:00+00:00"><meta '
            f'name=twitter:description content="{description}"></head><body><header><a href="/research-blog/'
            '">Lab Notes</a></header><main><article><div class=title><h1 class=title>高频词递增</h1>'
            '<div '
            f'class=meta>Posted on Oct 25, 2024</div></div><section class=body>{paragraphs}</section><div '
            'class=post-tags></div></article></main><footer>© 2024 Lab</footer></body></html>')


def test_pending95_a_description_of_every_text_block_of_the_post_joined_is_no_abstract():
    read = normalise_page(_PENDING95_POST_URL, _pending95_hugo_summary_post("\n".join(_PENDING95_BLOCKS)))
    assert read is not None and read.papers
    paper = read.papers[0]
    assert (paper.title, paper.published) == ("高频词递增", "2024-10-25")
    assert paper.abstract is None


def test_pending95_a_description_of_the_posts_blocks_but_one_or_in_other_words_stays_read():
    # Near misses: a description joining the blocks but one left out (not the text run together in order), or
    # a summary in other words, is not the whole text, and stays the abstract as the corpus reads it today.
    summary = ("本文发现大模型生成文本中高频词的比例随段落位置上升，在百科和新闻文本上比人类文本上升得更陡，"
               "在故事类文本上两者相近。我们推测创意写作更容易让写作者重复用词，知识性写作则更注意用词的变化。"
               "这一发现可以帮助我们区分人类文本与模型生成的文本，也提示我们在评估生成文本时应当考虑段落位置的影响。"
               "我们将在后续工作中进一步考察不同规模、不同训练数据和不同训练方式的模型在这一现象上的差异，"
               "并公开我们的数据与代码 (见图 1-3)")
    for description in ("\n".join(_PENDING95_BLOCKS[:2] + _PENDING95_BLOCKS[3:]), summary):
        read = normalise_page(_PENDING95_POST_URL, _pending95_hugo_summary_post(description))
        assert read is not None and read.papers and read.papers[0].abstract == " ".join(description.split())
def test_round251_a_stack_posts_chinese_subtitle_the_description_repeats_is_its_abstract():
    url = "https://round.example.github.io/post/round/"
    line = "重读圆形论文，理解弧段、类别标记、位置编码和大规模预训练对圆形编码器的意义。"
    paper = normalise_page(url, chinese_stack_post("2026年6月6日星期六", line, line)).papers[0]
    assert paper.abstract == line


def test_round251_a_stack_subtitle_the_description_does_not_repeat_is_no_abstract():
    url = "https://round.example.github.io/post/round/"
    line = "重读圆形论文，理解弧段、类别标记、位置编码和大规模预训练对圆形编码器的意义。"
    other = "圆形编码器的一篇笔记，讲弧段和预训练，以及复现时要注意的几个细节。"
    paper = normalise_page(url, chinese_stack_post("2026年6月6日星期六", line, other)).papers[0]
    assert paper.abstract != line


def _ananke_summary_r258(after: str) -> str:
    # Nicholas M. Synovic's Hugo Ananke paper summary (round 258): the header's h1, the byline and day, then
    # the text's own h1, the paper's venue line, a table of contents, h2 'Summary' over the text and its
    # sections, and after them h2 'Citations' (or, the near miss, another section of the text).
    sections = "".join(f"<h3>Part {n}</h3><p>The authors describe part {n} of the method in some detail, "
                       f"with the results they report for it.</p>" for n in range(1, 6))
    return ('<!doctype html><html lang="en-us"><head><meta charset="utf-8">'
            '<title>A summary of Topic Recognition in Transcripts by Ada Roe et al. | Ada Kovac</title>'
            '<meta name="description" content="Posted in IEEE Computing Edge, December 2022">'
            '<meta property="og:title" '
            'content="A summary of Topic Recognition in Transcripts by Ada Roe et al.">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2023-02-18T19:03:11-06:00"></head><body>'
            '<main><article><header><h1>A summary of Topic Recognition in Transcripts by Ada Roe et al.</h1>'
            '<p>By Ada Kovac</p><time datetime="2023-02-18T19:03:11-06:00">February 18, 2023</time></header>'
            '<section><h1>A summary of Topic Recognition in Transcripts</h1>'
            '<p>Ada Roe et al. Posted in IEEE Computing Edge, December 2022</p>'
            '<h2>Table of Contents</h2><nav><ul><li><a href="#summary">Summary</a></li></ul></nav><hr>'
            '<h2 id="summary">Summary</h2><p>It is difficult to extract the sentiment and topic from a video '
            'transcript, and the researchers developed a lighter model to identify both at once.</p>'
            f'{sections}{after}</section></article></main></body></html>')


def test_a_summary_heading_spanning_the_text_is_no_abstract_r258():
    found = normalise_page("https://ada.example.com/summaries/topics/",
                           _ananke_summary_r258("<h2>Citations</h2><p>0. https://doi.org/10.1109/x</p>"))
    paper = found.papers[0]
    assert paper.title == "A summary of Topic Recognition in Transcripts by Ada Roe et al."
    assert not (paper.abstract or "").startswith("It is difficult to extract")


def test_a_summary_heading_another_section_follows_is_still_read_r258():
    # The near miss: a section of the text, not the references, comes after; the heading still heads an
    # abstract's reading (the reader itself).
    from papershelf.normalise.spanning_summaries import spans_the_text

    page = parse_page(_ananke_summary_r258("<h2>Introduction</h2><p>The task is old.</p>"))
    heading = next(node for node in page.tree.css("h2") if (node.text() or "").strip() == "Summary")
    assert not spans_the_text(heading)
    cited = parse_page(_ananke_summary_r258("<h2>Citations</h2><p>0. https://doi.org/10.1109/x</p>"))
    heading = next(node for node in cited.tree.css("h2") if (node.text() or "").strip() == "Summary")
    assert spans_the_text(heading)


# Round 260: a heading's hidden self-link mark is no word of it (hidden_heading_marks.py).
_ROUND260_PAPERMOD_URL = "https://example.github.io/publications/glyph/"


def _round260_papermod_post(heading: str) -> str:
    return (
        "<!doctype html><html lang=en><head>"
        "<title>Glyph Detection with Attention Networks | Ann Writer</title>"
        "<meta property='og:title' content='Glyph Detection with Attention Networks'>"
        "<meta property='og:type' content='article'></head><body><main class=main><article class=post-single>"
        "<header class=post-header><h1 class=post-title>Glyph Detection with Attention Networks</h1>"
        "<div class=post-meta>4 min</div></header><div class=post-content>"
        "<p><strong>Authors:</strong> Ann Writer, Bo Other</p>"
        f"{heading}"
        "<p>Homoglyph attacks deceive people into clicking look-alike domains, and we build a data set"
        " of four million domains to detect them with an attention-based network that reaches high"
        " accuracy.</p>"
        "<h2 id=introduction>Introduction</h2><p>Attackers use look-alike characters in domain names.</p>"
        "</div></article></main><footer class=footer><span>&copy; 2025 Ann Writer</span></footer>"
        "</body></html>"
    )


def test_round260_an_abstract_heading_with_a_hidden_self_link_mark_heads_the_abstract():
    page = _round260_papermod_post(
        "<h2 id=abstract>Abstract<a hidden class=anchor aria-hidden=true href=#abstract>#</a></h2>")
    paper = normalise_page(_ROUND260_PAPERMOD_URL, page).papers[0]
    assert (paper.abstract or "").startswith("Homoglyph attacks deceive people")


@pytest.mark.parametrize("heading", [
    # A shown mark, or shown words after 'Abstract', make another heading: not read as the abstract's.
    "<h2 id=abstract>Abstract<a class=anchor href=#abstract>#</a></h2>",
    "<h2 id=abstracts>Abstract<span>s and talks</span></h2>",
])
def test_round260_a_heading_whose_extra_words_are_shown_heads_no_abstract(heading):
    paper = normalise_page(_ROUND260_PAPERMOD_URL, _round260_papermod_post(heading)).papers[0]
    assert not (paper.abstract or "").startswith("Homoglyph attacks deceive people")
_R259_SUMMARY = ("How to build round equivariant flows from our recent paper? We will discuss 1) flows "
                 "2) continuous time flows 3) round graph networks and 4) argmax flows. Finally we talk "
                 "about our 5) round flows. Most of these topics are tangential: skip what you know.")


def _academic_post_r259(description: str, text: str, *, generator: str = "Source Themes Academic 4.3.1",
                        paper_layout: bool = False) -> str:
    # Emiel Hoogeboom's Source Themes Academic 4.3.1 post (round 259): the description meta is the front
    # matter's summary for the site's list of posts; the page shows the schema.org Article's h1, its
    # datePublished, div.article-metadata (the author and the day) and div.article-style's text, which opens
    # in other words.
    header = ('<h1 itemprop="name">How to build round equivariant flows, for points with features?</h1>'
              '<meta content="2021-05-20 11:14:00 +0200 CEST" itemprop="datePublished">'
              '<div class="article-metadata"><div><span itemprop="author name" itemtype="http://schema.org/Person">'
              '<a href="/authors/ada-kovac/">Ada Kovac</a></span></div>'
              '<span class="article-date"><time>May 20, 2021</time></span></div>')
    if paper_layout:
        header = f'<div class="pub"><div class="article-container">{header}</div></div>'
    return ('<!doctype html><html lang="en-us"><head><meta charset="utf-8">'
            f'<meta name="generator" content="{generator}"><meta name="author" content="Ada Kovac">'
            f'<meta name="description" content="{description}">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2021-05-20T11:14:00+02:00">'
            '<title>How to build round equivariant flows, for points with features? | Ada Kovac</title>'
            '</head><body><article class="article" itemscope itemtype="http://schema.org/Article">'
            f'<div class="article-container">{header}</div><div class="article-container">'
            f'<div class="article-style" itemprop="articleBody"><p>{text}</p><h2>1. Flows</h2><p>Flows are '
            'invertible functions, and the change of variables gives their likelihood.</p></div></div>'
            '</article></body></html>')


def test_an_academic_posts_listing_summary_shown_nowhere_is_no_abstract_r259():
    text = ("A quick motivation. A nice application of our round flow is the generation of points "
            "with features.")
    found = normalise_page("https://ada.example.github.io/post/round_flows/",
                           _academic_post_r259(_R259_SUMMARY, text))
    paper = found.papers[0]
    assert paper.title == "How to build round equivariant flows, for points with features?"
    assert paper.abstract is None


def test_an_academic_description_shown_or_of_a_paper_or_another_theme_is_left_alone_r259():
    # The near misses: the page shows the description (its text opens with it), the page is the theme's
    # paper layout, or another generator wrote it: none is the theme's unshown listing summary.
    from papershelf.normalise.academic_listing_summaries import listing_summary_of_the_theme

    text = ("A quick motivation. A nice application of our round flow is the generation of points "
            "with features.")
    unshown = parse_page(_academic_post_r259(_R259_SUMMARY, text))
    assert listing_summary_of_the_theme(unshown, _R259_SUMMARY)
    shown = parse_page(_academic_post_r259(_R259_SUMMARY, _R259_SUMMARY))
    assert not listing_summary_of_the_theme(shown, _R259_SUMMARY)
    paper = parse_page(_academic_post_r259(_R259_SUMMARY, text, paper_layout=True))
    assert not listing_summary_of_the_theme(paper, _R259_SUMMARY)
    buttons = _academic_post_r259(_R259_SUMMARY, text).replace(
        '<div class="article-metadata">',
        '<div class="btn-links mb-3"><a class="btn btn-outline-primary my-1 mr-1" '
        'href="/files/round.pdf">PDF</a></div><div class="article-metadata">')
    assert not listing_summary_of_the_theme(parse_page(buttons), _R259_SUMMARY)
    other = parse_page(_academic_post_r259(_R259_SUMMARY, text, generator="Hugo 0.120.0"))
    assert not listing_summary_of_the_theme(other, _R259_SUMMARY)
    assert not listing_summary_of_the_theme(unshown, "Another line than the description meta says.")
