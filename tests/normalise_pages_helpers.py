"""Helpers shared by tests/test_normalise_pages_*.py: the page corpus and small page builders."""

from __future__ import annotations

import json
from pathlib import Path

from papershelf.normalise.page_bytes import page_text
from papershelf.normalise.pages import normalise_page
from papershelf.records import Paper

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _url(sidecar: dict) -> str:
    # "https://huggingface.co/papers (og:url; …)" -> the URL alone
    return sidecar["source"]["original_url"].split()[0]


def _normalise(name: str):
    sidecar = json.loads((PAGES / name).read_text())
    html_text = page_text((PAGES / sidecar["file"]).read_bytes())
    return sidecar, normalise_page(_url(sidecar), html_text)


def _paper(name: str) -> Paper:
    _, found = _normalise(name)
    assert found is not None, name
    return found.papers[0]


def _meta_page(*pairs: tuple[str, str], body: str = "") -> str:
    metas = "".join(f'<meta name="{name}" content="{value}">' for name, value in pairs)
    return f"<html><head>{metas}</head><body>{body}</body></html>"


_LATEXML = """<html><head><title>A Title</title></head><body><div class="ltx_page_main">
<div id="infobox"><div id="watermark-tr">arXiv:2401.00001v3 [cs.LG] 05 Jan 2024</div></div>
<article class="ltx_document ltx_authors_1line">
<h1 class="ltx_title ltx_title_document">A Study of
<span class="ltx_text ltx_font_italic">Things</span><span class="ltx_note ltx_role_thanks">
<sup class="ltx_note_mark">1</sup><span class="ltx_note_outer">Funded.</span></span></h1>
<div class="ltx_authors">
<span class="ltx_creator ltx_role_author"><span class="ltx_personname">
Ada Lovelace<sup class="ltx_sup">1</sup><br class="ltx_break">Analytical Engine Society
<br class="ltx_break">ada@example.org</span></span>
<span class="ltx_author_before">, </span><span class="ltx_creator ltx_role_author">
<span class="ltx_personname">Alan Turing</span><span class="ltx_author_notes">Thanks: Bletchley.</span></span>
</div>
<div class="ltx_abstract"><h6 class="ltx_title ltx_title_abstract">Abstract</h6>
<p class="ltx_p">We compute <math alttext="x"><mi>x</mi></math> quickly.</p></div>
</article></div></body></html>"""


_ROUND_ABSTRACT = '<div class="abstract"><p>We looked at round things long and found them round.</p></div>'


def _byline_authors(byline: str) -> list[str] | None:
    """The authors of a page without meta: a heading, this byline, an abstract."""
    page = f"<html><body><h1>A study of round things</h1>{byline}{_ROUND_ABSTRACT}</body></html>"
    return normalise_page("https://example.org/saved-page", page).papers[0].authors


def quarto_paper_page_with_its_entry(line: str, entry_authors: str, entry_title: str, date_field: str) -> str:
    # The Carter Lab's Quarto page of one paper (round 245): h1.title, the author meta and the title block's
    # author line written 'Family Initials.', an APA line of the year alone, and a BibTeX block of the entry,
    # its date field further on than a citation's day is read.
    return ('<!DOCTYPE html><html><head><meta name="generator" content="quarto-1.5.57">'
            f'<meta name="author" content="{line}">'
            '<title>Practice schedules and motor learning – a lab</title>'
            '</head><body><header id="title-block-header" class="quarto-title-block default">'
            '<div class="quarto-title"><h1 class="title">Practice schedules and motor learning</h1></div>'
            '<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author</div>'
            f'<div class="quarto-title-meta-contents"><p>{line} </p></div></div></div></header>'
            '<section id="citation" class="level2"><h2>Citation</h2><blockquote class="blockquote"><p>'
            'Rossi, P. G., &amp; Novak, L. (2019). Practice schedules and motor learning. <em>Journal of '
            'Motor Studies</em>, 12(3), 1–10.</p></blockquote>'
            '<section id="bibtex" class="level3"><h3>Bibtex</h3><pre>@article{,\n'
            f'  title = {{{entry_title}}},\n  author = {{{entry_authors}}},\n'
            '  journaltitle = {Journal of Motor Studies},\n  shortjournal = {J. Mot. Stud.},\n'
            '  volume = {12},\n  number = {3},\n  pages = {1--10},\n  issn = {1234-5678},\n'
            '  doi = {10.5555/jms.2019.0123},\n  url = {https://doi.org/10.5555/jms.2019.0123},\n'
            f'  {date_field},\n  urldate = {{2023-07-13}}\n}}\n</pre></section>'
            '</section><section id="abstract" class="level2"><h2>Abstract</h2><p>Learners who chose when '
            'to see their results learned the skill no better than those who were shown them on a schedule '
            'set by others, over two days of practice and tests.</p></section></body></html>')


def jekyll_post_dated_at_its_close(address_day: str = "2022/07/27",
                                   site: str = "Ada Round") -> tuple[str, str]:
    # Maria Antoniak's site (round 129, Jekyll on GitHub Pages, 2022): the <title>, og:title and twitter:title
    # the site's name alone, the owner's ('Maria Antoniak'), which the navbar's home link a#author-name shows;
    # the post under the page's one h1, in the first person, no byline; its text closes with
    # <p><em>Updated March 19, 2023</em> <br /><em>July 27, 2022</em></p>; the address /2022/07/27/.
    prose = ("<p>“How do your round models look so good?” I get this question sometimes when I present my "
             "research. I’ve also heard from friends and colleagues that they’ve tried round modeling but "
             "got confusing results and now are very skeptical of this method.</p>")
    url = f"https://ada-round.github.io/{address_day}/round-models-for-the-people.html"
    page = ('<!DOCTYPE html><html lang="en"><head><title>{site}</title>'
            '<meta name="description" content="My academic website / portfolio.">'
            '<meta name="og:title" content="{site}"><meta name="og:type" content="article">'
            f'<meta name="og:url" content="https://ada-round.github.io//{address_day}/round-models-for-the-people'
            '.html"></head><body><div class="wrapper"><div class="navbar container"><a id="author-name" '
            'href="https://ada-round.github.io/">{site}</a><ul><li><a '
            'href="https://ada-round.github.io/blog">'
            'Blog</a></li></ul></div><div class="container content"><p><br /><br /></p>'
            f'<h1 id="round-models-for-the-people">Round Models for the People</h1>{prose}'
            f'<h2 id="fine">It’s fine to use round models</h2>{prose * 2}<p><br /><br /></p>'
            '<p><em>Updated March 19, 2023</em> <br />\n<em>July 27, 2022</em></p></div></div></body>'
            ).replace("{site}", site)
    return url, page


def chinese_stack_post(day: str, subtitle: str, description: str) -> str:
    # A Hugo Stack post in Chinese (shiliumi's notes, round 251): the sidebar's h1.site-name, the article
    # header's h2.article-title, h3.article-subtitle and time.article-time--published; og and article meta,
    # no author.
    return ('<!doctype html><html lang=zh-cn><head><title>圆的东西：滚起来以后发生了什么</title>'
            f'<meta name=description content="{description}"><meta property="og:title" content="圆的东西：'
            f'滚起来以后发生了什么"><meta property="og:description" content="{description}">'
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2026-06-06T00:00:00+00:00"></head><body><aside class="sidebar left-sidebar"><header>'
            '<div class=site-meta><h1 class=site-name><a href=/>小圆的个人博客</a></h1><h2 '
            'class=site-description>欢迎来到我的网站，这里分享个人生活和学习笔记</h2></div></header></aside>'
            '<main class="main full-width"><article class=main-article><header class=article-header>'
            '<div class=article-details><div class=article-title-wrapper><h2 class=article-title><a '
            'href=/post/round/>圆的东西：滚起来以后发生了什么</a></h2>'
            f'<h3 class=article-subtitle>{subtitle}</h3></div><footer class=article-time><div><time '
            f'class=article-time--published datetime=2026-06-06T00:00:00Z>{day}</time></div></footer></div>'
            '</header><section class=article-con'
            'tent><p>这篇论文的核心动作非常大胆：把圆形切成固定大小的弧段，'
            '把每个弧段当成一个词，然后几乎原封不动地使用编码器做分类。它看上去简单，甚至有点偷懒，但真正的'
            '结论并不简单。</p><p>在这篇论文之前，方形几乎是默认选择。方形有强归纳偏置，这些偏置非常适合'
            '图像，也让模型在中等规模数据上更容易泛化。论文的答案有条件：数据足够大时，弱偏置不再是劣势。'
            '</p></section></article></main></body></html>')
