"""The export readers (normalise/formats) on real export files: what each entry becomes."""

import json
import zipfile
from contextlib import suppress
from pathlib import Path

import bibtexparser
import msgspec
import pytest
from click.testing import CliRunner

from helpers import assert_linear_time
from papershelf.cli import cli
from papershelf.normalise.formats import FORMATS, detect_format
from papershelf.normalise.formats.arxiv_snapshot import iter_snapshot
from papershelf.normalise.formats.bibtex import parse_bibtex
from papershelf.normalise.formats.common import NotTheFormat
from papershelf.normalise.formats.csl import parse_csl
from papershelf.normalise.formats.endnote_xml import parse_endnote_xml
from papershelf.normalise.formats.hypothesis import parse_hypothesis
from papershelf.normalise.formats.medline import parse_medline
from papershelf.normalise.formats.omnivore import highlights, parse_omnivore
from papershelf.normalise.formats.pocket import parse_pocket
from papershelf.normalise.formats.refer import parse_refer
from papershelf.normalise.formats.ris import parse_ris
from papershelf.normalise.formats.scopus_csv import parse_scopus_csv
from papershelf.normalise.formats.tex_text import decode
from papershelf.normalise.formats.wos import parse_wos
from papershelf.normalise.formats.zotero import note_text, parse_zotero
from papershelf.publish.bibtex import escape
from papershelf.publish.csl import to_csl
from papershelf.records import ImportedRecord, RecordProblem

IMPORTS = Path(__file__).parent / "fixtures" / "imports"
DUMPS = Path(__file__).parent / "fixtures" / "dumps"


def text(name: str) -> str:
    return (IMPORTS / name).read_text(encoding="utf-8")


def records(items) -> list[ImportedRecord]:
    return [item for item in items if isinstance(item, ImportedRecord)]


def by_key(items) -> dict[str, ImportedRecord]:
    return {record.key: record for record in records(items)}


RECORDED = [
    ("bbt-collections-901.bib", "bibtex"), ("bbt-arxiv-preprint.bib", "bibtex"),
    ("rispy-example_full.ris", "ris"), ("rispy-example_utf_chars.ris", "ris"),
    ("biopython-pubmed_result2.txt", "medline"), ("biopython-pubmed_result3.txt", "medline"),
    ("bibx-wos-savedrecs-excerpt.txt", "wos"), ("zotero-refer-cases.enw", "endnote"),
    ("zotero-endnote-xml-records.xml", "endnote-xml"), ("zotero-endnote-xml-endnote20.xml", "endnote-xml"),
    ("bibx-scopus-excerpt.csv", "scopus-csv"),
    ("bbt-dates-360.csl.json", "csl-json"), ("arxiv-snapshot-excerpt.jsonl", "arxiv-snapshot"),
    ("arxiv-api-all-science.atom", "arxiv-atom"), ("crossref-csl-es991246a.json", "csl-json"),
    ("hypothesis-wikipedia-export.json", "hypothesis"), ("pocket-export.csv", "pocket"),
    ("omnivore-export.zip", "omnivore"), ("../dumps/000_286d48ef37147b1c.txt", "dump"),
    # A page a browser saved, and one whose markup opens with CLEANEVAL's <text> line.
    ("../pages/bmc_1471-2164-13-425.html", "saved-page"), ("../pages/dlib_june04-king.html", "saved-page"),
]


@pytest.mark.parametrize(("name", "expected"), RECORDED)
def test_format_is_recognised_from_content_not_name(tmp_path, name, expected):
    renamed = tmp_path / "export.txt"  # the name says nothing
    renamed.write_bytes((IMPORTS / name).read_bytes())
    assert detect_format(renamed.read_bytes()[:65536]) == expected


def test_zoteros_library_as_fetched_is_told_from_its_content():
    fetched = msgspec.json.encode({  # as importer.zotero_api.fetch_library makes it
        "source": "http://localhost:23119/api/users/0",
        "collections": msgspec.json.decode((IMPORTS / "zotero-api" / "collections.json").read_bytes()),
        "items": msgspec.json.decode((IMPORTS / "zotero-api" / "items-page1.json").read_bytes())})
    assert detect_format(fetched[:65536]) == "zotero"


def test_every_import_format_has_a_recorded_file_it_is_told_from():
    # Zotero's is its API's answers, above: there is no file of it.
    assert sorted({expected for _, expected in RECORDED} | {"zotero"}) == sorted(FORMATS)


def _plain(shown: str) -> str:
    """"a Zotero export" as a list of them says it: "Zotero"."""
    words = shown.split()
    words = words[1:] if words[0] in ("a", "an") else words
    return " ".join(words[:-1] if words[-1] == "export" else words)


def test_the_import_help_names_every_format():
    shown = " ".join(CliRunner().invoke(cli, ["import", "--help"]).output.split())
    assert [fmt.name for fmt in FORMATS.values() if _plain(fmt.shown) not in shown] == []


def test_the_readme_has_a_row_for_every_import_format():
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("| format | from | what it brings |", 1)[1].split("\n\n", 1)[0]
    rows = [line.split("|")[1].strip() for line in table.splitlines()[2:]]
    assert len(rows) == len(FORMATS)
    firsts = {_plain(fmt.shown).split()[0] for fmt in FORMATS.values()}
    assert sorted(firsts - {row.split()[0] for row in rows}) == []


def test_bibtex_latex_accents_and_braces_become_unicode():
    found = by_key(parse_bibtex(text("bbt-vietnamese-977.bib")))["vu_ngoc_formes_2000"]
    assert found.paper.title.startswith("Formes Normales Semi-Classiques Des Systèmes Complètement "
                                        "Intégrables")
    assert found.paper.authors == ["San Vũ Ngọc"]
    assert found.paper.published == "2000"


def test_bibtex_arxiv_eprint_month_name_and_keywords():
    found = by_key(parse_bibtex(text("bbt-arxiv-preprint.bib")))["muhlleitner2014"]
    assert (found.paper.arxiv_id, found.paper.primary_category) == ("1410.5093", "hep-ph")
    assert found.paper.published == "2014-10"
    assert found.paper.authors == ["M. Muhlleitner"]
    assert found.tags == ["High Energy Physics - Phenomenology"]


def test_bibtex_zotero_library_collections_notes_and_non_arxiv_eprints():
    found = by_key(parse_bibtex(text("bbt-collections-901.bib")))
    assert len(found) == 36
    apostol = found["Apostol-1985-MarioBungesCritical"]
    assert apostol.paper.arxiv_id is None  # eprinttype = jstor
    assert apostol.tags == ["Ouvrages"]  # `groups`: Zotero collections
    assert found["Bunge-1978-modelevolution"].paper.published == "1978-09"
    considerations = found["Bunge-2003-Considerationsdunphilosophe"]
    assert considerations.paper.title.startswith("Considérations d'un philosophe sur l'économique")
    assert considerations.notes and considerations.notes[0].body.startswith("L'essentiel de ce texte")
    assert found["Agazzi-1988-ProbabilitySciences"].notes[0].body == "OCLC: 851377291"


def test_bibtex_quoted_values_lose_their_quotes_as_braced_ones_lose_their_braces():
    """The ACL Anthology writes every value in double quotes: the quotes stayed in titles and
    abstracts, and `year = "2019"` gave no date at all."""
    found = by_key(parse_bibtex(text("acl-anthology-entries.bib")))
    assert len(found) == 81
    statements = found["data_statements"].paper
    assert statements.title == ("Data Statements for Natural Language Processing: Toward Mitigating "
                                "System Bias and Enabling Better Science")
    assert (statements.published, statements.doi) == ("2018", "10.1162/tacl_a_00041")
    assert statements.authors == ["Emily M. Bender", "Batya Friedman"]
    abusive = found["mubarak-etal-2017-abusive"].paper
    assert abusive.title == "Abusive Language Detection on Arabic Social Media"
    assert (abusive.published, abusive.url) == ("2017-08", "https://aclanthology.org/W17-3008")
    assert found["annotator_bias_demographic"].paper.title == (
        "Identifying and Measuring Annotator Bias Based on Annotators' Demographic Characteristics")
    assert found["all_you_need_is_love"].paper.title == (
        'All You Need is "Love": Evading Hate Speech Detection')
    assert not [key for key, record in found.items() if record.paper.title.startswith('"')]
    assert not [key for key, record in found.items() if not record.paper.published]


def test_bibtex_concatenated_values_and_string_macros_are_joined():
    """`month = oct # "-" # nov` (a range of months: its start) and `@string` macros as BibTeX
    expands them, wherever in the file the macro was defined before its use."""
    found = by_key(parse_bibtex(text("acl-anthology-entries.bib")))
    assert found["adversarial_removal"].paper.published == "2018-10"
    bib = (
        '@string{ws = "Workshop on Online Abuse"}\n'
        '@string{wsyear = ws # " 2020"}\n\n'
        '@inproceedings{k,\n  title = "Notes from the " # wsyear,\n  author = {{Barnes and Noble}},\n'
        '  year = 2020, month = nov,\n  abstract = "We " # "present."\n}\n'
    )
    paper = by_key(parse_bibtex(bib))["k"].paper
    assert paper.title == "Notes from the Workshop on Online Abuse 2020"
    assert paper.authors == ["Barnes and Noble"]
    assert (paper.published, paper.abstract) == ("2020-11", "We present.")


def test_a_volume_cross_referenced_is_the_venue_and_lends_its_date_not_a_paper_of_its_own():
    """DBLP's "with crossref" export writes each paper's proceedings after it, with the
    volume's own title and DOI: every volume became a paper in the library. An entry that
    has no date of its own takes the volume's (BibTeX's crossref inheritance)."""
    found = by_key(parse_bibtex(text("dblp-crossref.bib")))
    assert list(found) == ["DBLP:conf/spire/BastMW06"]
    paper = found["DBLP:conf/spire/BastMW06"].paper
    assert (paper.title, paper.doi, paper.published) == (
        "Output-Sensitive Autocompletion Search", "10.1007/11880561_13", "2006")
    # DBLP writes `\_`: the DOI and URL kept the backslash, a DOI no resolver knows.
    assert paper.url == "https://doi.org/10.1007/11880561_13"
    bib = ("@inproceedings{positron,\n  title = {Deep Positron},\n  crossref = {DATE19}\n}\n\n"
           "@inproceedings{dated,\n  title = {Dated},\n  year = 2018,\n  crossref = {date19}\n}\n\n"
           "@proceedings{DATE19,\n  title = {DATE 2019},\n  year = 2019,\n  month = mar,\n"
           "  doi = {10.23919/DATE.2019}\n}\n\n"
           "@book{cited_whole,\n  title = {A Book Cited Whole},\n  year = 2001\n}\n\n"
           "@book{itself,\n  title = {Its Own Volume},\n  crossref = {itself}\n}\n")
    found = by_key(parse_bibtex(bib))
    assert sorted(found) == ["cited_whole", "dated", "itself", "positron"]
    assert found["positron"].paper.published == "2019-03"
    assert found["positron"].paper.doi is None  # the volume's DOI names the volume
    assert found["dated"].paper.published == "2018"


def test_an_arxiv_preprint_cited_as_google_scholar_and_dblp_write_it_keeps_its_arxiv_id():
    """Google Scholar's BibTeX and RIS name an arXiv paper only in its journal ("arXiv preprint
    arXiv:1406.2661"), DBLP's older entries only as CoRR's volume `abs/ID`: without the id the
    paper was a title alone, unlinked to arXiv and merged by title at best."""
    found = by_key(parse_bibtex(text("acl-anthology-entries.bib")))
    assert found["goodfellow2014generative"].paper.arxiv_id == "1406.2661"
    assert found["wadsworth2018achieving"].paper.arxiv_id == "1807.00199"
    dblp = ("@article{DBLP:journals/corr/abs-2005-05921,\n  author = {Jae{-}Yeon Kim},\n"
            "  title = {Intersectional Bias},\n  journal = {CoRR},\n  volume = {abs/2005.05921},\n"
            "  year = {2020}\n}\n")
    assert by_key(parse_bibtex(dblp))["DBLP:journals/corr/abs-2005-05921"].paper.arxiv_id == "2005.05921"
    scholar_ris = ("TY  - JOUR\nT1  - Alternate Training of Shared and Task-Specific Parameters\n"
                   "A1  - Bellavia, Stefania\nJO  - arXiv preprint arXiv:2312.16340\nY1  - 2023\nER  - \n")
    (record,) = records(parse_ris(scholar_ris))
    assert (record.paper.arxiv_id, record.paper.published) == ("2312.16340", "2023")
    # A journal that only cites arXiv in its name names no paper of it.
    journal = ("@article{j,\n  title = {On arXiv:},\n  journal = {Notes on arXiv: a history},\n"
               "  year = 2020\n}\n")
    assert by_key(parse_bibtex(journal))["j"].paper.arxiv_id is None


def test_pubmed_medline_records_with_full_names_first_appearance_and_doi():
    """PubMed's "Send to: Citation manager" (.nbib) is MEDLINE text: a biomedical reader's
    commonest export, refused before as no known format."""
    found = by_key(parse_medline(text("biopython-pubmed_result2.txt")))
    assert list(found) == ["pmid:16403221", "pmid:16377612", "pmid:14871861", "pmid:14630660"]
    scop = found["pmid:16403221"]
    assert scop.line == 2
    assert scop.paper.title == "A high level interface to SCOP and ASTRAL implemented in python."
    assert scop.paper.authors == ["James A Casbon", "Gavin E Crooks", "Mansoor A S Saqi"]
    assert (scop.paper.doi, scop.paper.url) == (
        "10.1186/1471-2105-7-10", "https://pubmed.ncbi.nlm.nih.gov/16403221/")
    assert scop.paper.abstract.startswith("BACKGROUND: Benchmarking algorithms in structural "
                                          "bioinformatics often involves the construction of")
    # When it first appeared: the electronic publication (DEP) before the issue (DP).
    assert scop.paper.published == "2006-01-10"  # DP 2006
    assert found["pmid:16377612"].paper.published == "2005-12-23"  # DP 2006 Mar 1
    assert found["pmid:14630660"].paper.published == "2003-11-22"  # DP alone, not its year
    assert found["pmid:14871861"].paper.authors[0] == "M J L de Hoon"
    (newer,) = records(parse_medline(text("biopython-pubmed_result3.txt")))
    assert (newer.paper.doi, newer.paper.published) == ("10.1118/1.4748329", "2012-10")


def test_a_medline_line_that_is_no_tag_is_reported_and_the_rest_imports():
    medline = ("PMID- 1\nTI  - First paper.\nthis line lost its indent\n\n"
               "PMID- 2\nTI  - Second paper.\nDP  - 2001 Feb\n")
    items = list(parse_medline(medline))
    assert [type(item).__name__ for item in items] == ["RecordProblem", "ImportedRecord", "ImportedRecord"]
    assert items[0].line == 3 and "MEDLINE" in items[0].message
    assert [item.paper.title for item in items[1:]] == ["First paper.", "Second paper."]


def test_web_of_science_records_with_full_names_issue_dates_doi_and_keywords():
    """Web of Science's "Export: Plain text file" (savedrecs.txt): the bibliometric reader's
    commonest export, refused before as no known format. A name a line (AF over AU's
    initials); a title run over lines joined; the issue's month and day."""
    found = by_key(parse_wos(text("bibx-wos-savedrecs-excerpt.txt")))
    assert list(found) == ["WOS:000401190100002", "WOS:000397201600008", "WOS:000397685000005",
                           "WOS:000374599600004", "WOS:000396624300009"]
    nanodots = found["WOS:000397201600008"]
    assert nanodots.paper.title == ("Structural control of ultra-fine CoPt nanodot arrays via "
                                    "electrodeposition process")
    assert nanodots.paper.authors == ["Siggi Wodarz", "Takashi Hasegawa", "Shunji Ishio", "Takayuki Homma"]
    assert (nanodots.paper.doi, nanodots.paper.published) == ("10.1016/j.jmmm.2017.01.061", "2017-05-15")
    assert nanodots.paper.abstract.startswith("CoPt nanodot arrays were fabricated by combining")
    assert sorted(nanodots.tags) == sorted(["Electrodeposition", "Structural control", "Nanodot array",
                                            "Bit-patterned media", "CoPt alloy"])
    assert found["WOS:000374599600004"].paper.published == "2016-03"  # PD MAR-APR: its start
    assert found["WOS:000396624300009"].paper.published == "2017"  # PY alone
    # A file of records without the header (one record copied out of an export) reads the same.
    (single,) = records(parse_wos(text("bibx-wos-savedrecs-excerpt.txt").split("\n", 2)[2]
                                  .split("\nER\n")[1].strip() + "\nER\n"))
    assert single.key == "WOS:000397201600008" and detect_format(b"PT J\nAU Wodarz, S\n") == "wos"


def test_web_of_science_early_access_dates_the_paper_before_its_issue():
    wos = ("FN Clarivate Analytics Web of Science\nVR 1.0\n"
           "PT J\nAU Lee, K\nCA Early Group\nTI Online first\nEA DEC 2020\nPD JAN\nPY 2021\nER\n\n"
           "PT J\nAU Kim, J\nTI Same month, the issue to the day\nEA JAN 2021\nPD JAN 15\nPY 2021\nER\n\n"
           "PT J\nAU Park, S\nTI A season\nPD SPR\nPY 2019\nER\n\nEF\n")
    found = [record.paper for record in records(parse_wos(wos))]
    assert [paper.published for paper in found] == ["2020-12", "2021-01-15", "2019"]
    assert found[0].authors == ["K Lee", "Early Group"]


def test_a_web_of_science_line_that_is_no_tag_is_reported_and_the_rest_imports():
    wos = ("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI First paper\n"
           "this line lost its indent\nER\n\nPT J\nTI Second paper\nPY 2001\nER\n\n"
           "PT J\nAU Nobody, N\nER\nEF\n")
    items = list(parse_wos(wos))
    assert [type(item).__name__ for item in items] == [
        "RecordProblem", "ImportedRecord", "ImportedRecord", "RecordProblem"]
    assert items[0].line == 5 and "Web of Science" in items[0].message
    assert [item.paper.title for item in items[1:3]] == ["First paper", "Second paper"]
    assert items[3].line == 13 and "has no title or DOI" in items[3].message


def test_endnote_tagged_records_from_a_publisher_and_a_library():
    """The `.enw` file of "Download citation → EndNote" (Wanfang Data's, the National Library
    of Norway's, a catalogue's without `%0`, a record typed twice): refused before."""
    found = records(parse_refer(text("zotero-refer-cases.enw")))
    assert [record.line for record in found] == [1, 26, 48, 56]
    wanfang, calvino, corn, podcast = (record.paper for record in found)
    assert (wanfang.title, wanfang.authors, wanfang.published) == (
        "参考文献管理工具研究", ["余敏", "朱江", "丁照蕾"], "2009")
    assert wanfang.doi == "10.3969/j.issn.1008-0821.2009.02.027"
    assert wanfang.url == "http://d.wanfangdata.com.cn/Periodical_xdqb200902027.aspx"
    assert wanfang.abstract.startswith("介绍了参考文献管理的基本方法")
    # %R is a library's own id here, no DOI; its note (%Z) and keywords (%K) are kept.
    assert (calvino.title, calvino.authors, calvino.doi) == ("Usynlige byer", ["Italo Calvino"], None)
    assert found[1].notes[0].body.startswith("Elektronisk reproduksjon")
    assert sorted(found[1].tags) == ["Idealbyer", "Italiensk litteratur", "kjernelitteratur"]
    assert (corn.title, corn.authors, corn.published) == ("Corn", ["W. H. Newman"], "1891")
    assert podcast.title.startswith("Diesseits von Eden")


def test_endnote_dates_abstracts_over_lines_and_a_stray_line():
    enw = ("stray text before any record\n"
           "%0 Journal Article\n%T Attention is all you need\n%A Vaswani, Ashish\n%A Shazeer, Noam\n"
           "%J Advances in neural information processing systems\n%D 2017\n%8 Dec 4\n"
           "%X The dominant sequence transduction models\nare based on recurrent networks.\n"
           "%U https://arxiv.org/abs/1706.03762\n\n"
           "%0 Journal Article\n%T Dated whole\n%D 2019\n%8 2019-03-15\n"
           "%0 Journal Article\n%T Next record without a blank line\n%D 2020\n%8 Spring\n")
    items = list(parse_refer(enw))
    assert items[0].line == 1 and "EndNote" in items[0].message
    attention, dated, spring = (item.paper for item in items[1:])
    assert (attention.published, attention.arxiv_id) == ("2017-12-04", "1706.03762")
    assert attention.authors == ["Ashish Vaswani", "Noam Shazeer"]
    assert attention.abstract == ("The dominant sequence transduction models are based on "
                                  "recurrent networks.")
    assert (dated.published, spring.published) == ("2019-03-15", "2020")


def test_endnote_xml_records_with_styled_text_web_pages_and_their_numbers():
    """EndNote's XML export (and Mendeley's): refused before as no known format."""
    found = records(parse_endnote_xml(text("zotero-endnote-xml-records.xml")))
    assert len(found) == 9 and [record.line for record in found] == list(range(1, 10))
    assert found[1].paper.authors == ["Nigel Dunnett", "Noël Kingsbury"]
    assert (found[1].paper.title, found[1].paper.published) == (
        "Planting green roofs and living walls", "2008")
    assert found[1].paper.abstract.startswith("The latest techniques for planting roofs")
    page = found[8].paper
    assert (page.url, page.item_type) == ("http://editor.citationstyles.org/searchByExample/", "web_page")
    # EndNote 16 splits a title into its style runs: one title again.
    (styled,) = records(parse_endnote_xml(text("zotero-endnote-xml-endnote16-styles.xml")))
    assert styled.paper.title.startswith("Plain Bold Italics Underline Superscript Subscript")
    newer = records(parse_endnote_xml(text("zotero-endnote-xml-endnote20.xml")))
    assert [(record.key, record.paper.authors) for record in newer] == [
        ("1", ["Test Author"]), ("2", ["Test Author Jr."])]


def test_endnote_xml_doi_dates_keywords_and_notes_but_not_the_databases():
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records><record><rec-number>2</rec-number>"
           "<ref-type name=\"Journal Article\">17</ref-type><contributors><authors>"
           "<author><style face=\"normal\">Mullinax, J. W.</style></author></authors></contributors>"
           "<titles><title>Can Density Cumulant Functional Theory Describe Static Correlation?</title>"
           "</titles><keywords><keyword>coupled-cluster theory</keyword><keyword>p-benzyne</keyword>"
           "</keywords><dates><year>2015</year><pub-dates><date>Jun</date></pub-dates></dates>"
           "<notes>Times Cited:0&#xD;Cited References Count:112</notes>"
           "<research-notes>Read for the DCT chapter</research-notes>"
           "<urls><related-urls><url>&lt;Go to ISI&gt;://WOS:000356201700010</url>"
           "<url>http://pubs.acs.org/doi/pdfplus/10.1021/acs.jctc.5b00346</url></related-urls></urls>"
           "<electronic-resource-num>10.1021/acs.jctc.5b00346</electronic-resource-num>"
           "</record></records></xml>")
    (record,) = records(parse_endnote_xml(xml))
    assert (record.paper.doi, record.paper.published) == ("10.1021/acs.jctc.5b00346", "2015-06")
    assert record.paper.url == "http://pubs.acs.org/doi/pdfplus/10.1021/acs.jctc.5b00346"
    assert sorted(record.tags) == ["coupled-cluster theory", "p-benzyne"]
    assert [note.body for note in record.notes] == ["Read for the DCT chapter"]


def test_endnote_xml_that_is_broken_or_hostile_is_refused():
    with pytest.raises(NotTheFormat, match="not well-formed XML"):
        list(parse_endnote_xml("<xml><records><record><titles><title>Cut"))

    def refusing(levels):
        entities = "".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">'
                           for n in range(levels))
        laughs = (f'<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa">{entities}]><xml><records>'
                  f"<record><titles><title>&{chr(97 + levels)};</title></titles></record></records></xml>")

        def refuse():
            with suppress(NotTheFormat):
                return list(parse_endnote_xml(laughs))

        return refuse

    # A level is one more entity in the file, and ten times the text it would expand to.
    assert assert_linear_time(refusing, 8) is None  # 10^9 characters if the entities were expanded


def test_scopus_csv_rows_with_full_names_doi_year_and_the_authors_keywords():
    """Scopus's CSV export (its dialog's first choice): refused before as no known format."""
    found = by_key(parse_scopus_csv(text("bibx-scopus-excerpt.csv")))
    assert [record.line for record in found.values()] == [2, 3, 4, 5, 6]
    first = found["2-s2.0-85183479140"].paper
    assert first.title == ("Optimizing skyrmionium movement and stability via stray magnetic fields "
                           "in trilayer nanowire constructs")
    assert first.authors[:2] == ["Bin Gong", "Luowen Wang"] and first.authors_count == 8
    assert (first.doi, first.published) == ("10.1039/d3cp05340g", "2024")
    assert first.abstract.startswith("Skyrmioniums, known for their unique transport")
    assert found["2-s2.0-85183479140"].tags == []  # Scopus's index keywords are not the authors'
    assert "Sintered NdFeB" in found["2-s2.0-85188734826"].tags
    # Without the full names column: the short names, initials put first.
    short = ('"Authors","Title","Year","Source title","DOI","Abstract","EID"\n'
             '"Liu Q.-B.; Zhang Y.","A title","2023","J","","[No abstract available]","2-s2.0-1"\n')
    (record,) = records(parse_scopus_csv(short))
    assert (record.paper.authors, record.paper.abstract, record.paper.doi) == (
        ["Q.-B. Liu", "Y. Zhang"], None, None)


def test_a_value_run_over_many_lines_is_read_in_linear_time():
    # A MEDLINE, Web of Science or EndNote value or a RIS note runs on over lines (Scopus's
    # reference lists): each line was once to be added to the value read so far, copying it,
    # quadratic in a hostile file's 200,000 lines (minutes); the lines are joined once.
    lines = 200_000

    built = []

    def reading(lines):
        built.append(lines)
        medline = "PMID- 1\nTI  - Round things.\nAB  - We looked.\n" + "      and looked again\n" * lines
        ris = "TY  - JOUR\nTI  - Round things\nN1  - We looked.\n" + "and looked again\n" * lines + "ER  - \n"
        wos = "PT J\nTI Round things\nAB We looked.\n" + "   and looked again\n" * lines + "ER\n"
        enw = "%0 Journal Article\n%T Round things\n%X We looked.\n" + "and looked again\n" * lines
        return lambda: (records(parse_medline(medline)), records(parse_ris(ris)), records(parse_wos(wos)),
                        records(parse_refer(enw)))

    (paper,), (noted,), (scienced,), (tagged,) = assert_linear_time(reading, lines)
    read = built[-1]  # the file last built, the one read: the helper may end at a halving of `lines`
    assert paper.paper.abstract.count("looked again") == read
    assert noted.notes[0].body.count("\n") == read
    assert scienced.paper.abstract.count("looked again") == read
    assert tagged.paper.abstract.count("looked again") == read


def test_bibtex_what_the_export_escapes_comes_back():
    assert decode(r"50\% of \{x\}: \textbackslash{} \textbraceleft{}a\textbraceright{} \_ \^{} \~{} \&") \
        == r"50% of {x}: \ {a} _ ^ ~ &"


@pytest.mark.parametrize(("written", "read"), [
    # Macros pylatexenc parses with their argument but has no text for dropped the words in it.
    (r"\texttt{torch.nn}: Modules in {\tt PyTorch}", "torch.nn: Modules in PyTorch"),
    (r"\mbox{Multi-Head} \textsf{Attention} \textup{and} \textnormal{More}", "Multi-Head Attention and More"),
    (r"The {\TeX}book and \LaTeX{}, \LaTeXe, \BibTeX", "The TeXbook and LaTeX, LaTeX2ε, BibTeX"),
    (r"Code at \url{https://github.com/x/y} and \href{https://x.org}{our site}",
     "Code at https://github.com/x/y and our site"),
    (r"\noopsort{a}Zeta functions", "Zeta functions"),  # a sorting key, defined in @preamble to print nothing
    (r"I \textless{}3 \textgreater{} \textbar", "I <3 > |"),
    (r"BERT\xspace is \textsc{Bert}\xspace.", "BERT is Bert."),
    (r"one\newline two\linebreak three", "one two three"),
    (r"as shown in~\cite{smith2020}, and \citep[p.~3]{a,b}", "as shown in [smith2020], and [a,b]"),
])
def test_bibtex_latex_text_macros_keep_their_words(written, read):
    assert decode(written) == read


@pytest.mark.parametrize(("written", "read"), [
    # TeX's ligatures: read the same whether or not the field holds a command too.
    ("pages 1--10 --- and ``quoted''", "pages 1–10 — and “quoted”"),
    (r"pages 1--10 --- and ``quoted'' \o", "pages 1–10 — and “quoted” ø"),
])
def test_bibtex_dashes_and_quotes_read_alike_with_or_without_a_command(written, read):
    assert decode(written) == read


@pytest.mark.parametrize(("written", "read"), [
    # Mendeley and hand-kept files leave %, & and a price's $ unescaped: LaTeX would take the
    # rest of the line for a comment ("by 5" was all that was left) and & for a table's column.
    ("improves {BERT} by 5% over the baseline", "improves BERT by 5% over the baseline"),
    ("Science & {T}echnology", "Science & Technology"),
    ("costs $5 per {GPU} hour", "costs $5 per GPU hour"),
    (r"$\alpha$-tests at 5% {X}", r"$\alpha$-tests at 5% X"),
    (r"already 5\% \& done", "already 5% & done"),
])
def test_bibtex_unescaped_percent_ampersand_and_dollar_are_the_characters(written, read):
    assert decode(written) == read


SIMPLE_FIELDS = [
    "{BERT}: Pre-training of {D}eep {B}idirectional Transformers", "pages 1--10 --- ``quoted'' and 'single'",
    "A -{}- B `{}` C '{}' D", "{{Nested {braces}}} and~ties", "5% & #1 _x ^y", "",
    r"M{\"u}ller and M\"{u}ller and M\"uller, {\'E}mile, Fran\c{c}ois, \v{S}koda, Ale\v{s}, Erd\H{o}s",
    r"{\o} bar \o{}bar \o bar Stra\ss{}e \AA{}ngstr\"om {\l}ód\'z \ae\OE",
    r"$\alpha$-tests at 5\% on $H_{2}O$ -- costs \$5 \& more, 10\_000 \#1",
    r"\~{n} \~n \={a} \.{z} \u{g} \k{a} \r{a} \d{a} \b{a} \^{o} \`{e} \'E",
    r"\emph{Deep} \textit{nets} \textbf {of} \textsc{Bert}: {\em a} {\bf study} {\it of} {\sc x}",
    r"\emph{nested {\'e}l{\`e}ve} {\em em} {\itshape shaped} \text{t} \mbox{M}",
]


@pytest.mark.parametrize("written", SIMPLE_FIELDS)
def test_bibtex_a_simple_field_reads_as_the_full_decoder_reads_it(written):
    # Most fields hold only braces, TeX's ligatures, accented letters and math: read without
    # pylatexenc's parse ("\relax{}" sends a field to it), the same text.
    assert decode(written) == decode(written + r"\relax{}")


def test_bibtex_every_field_of_the_recorded_exports_reads_as_the_full_decoder_reads_it():
    fields = {value for path in sorted(IMPORTS.glob("*.bib")) for block in bibtexparser.parse_string(
        path.read_text(encoding="utf-8")).entries for value in (f.value for f in block.fields)
        if isinstance(value, str)}
    assert len(fields) > 500
    differ = {field: (decode(field), decode(field + r"\relax{}")) for field in fields
              if decode(field) != decode(field + r"\relax{}")}
    assert differ == {}


def test_bibtex_what_the_export_writes_of_dashes_and_quotes_comes_back():
    title = "A -- B --- C ``D'' 'E' -x- -"
    assert decode(escape(title)) == title


def test_bibtex_broken_entry_is_reported_with_its_line_and_the_rest_imports():
    broken = ("@article{one, title = {First}}\n\n@article{two, title = {Second\n\n"
              "@misc{three, title={Third}}\n")
    items = list(parse_bibtex(broken))
    assert [r.key for r in records(items)] == ["one", "three"]
    problems = [item for item in items if isinstance(item, RecordProblem)]
    assert len(problems) == 1 and problems[0].line == 3


def test_bibtex_entry_without_identity_is_a_problem_naming_its_key():
    items = list(parse_bibtex("@misc{nameless, note = {only a note}}\n"))
    assert items == [RecordProblem(1, "entry 'nameless' has no title, arXiv id or DOI")]


def test_an_entry_whose_only_title_has_no_letter_or_digit_is_a_problem_not_a_crash():
    # Regression: the parsers took any title, and paper_id then raised on "???" (no letter
    # or digit to know the paper by): the import stopped with a traceback.
    assert list(parse_bibtex("@misc{odd, title = {???}}\n")) == [
        RecordProblem(1, "entry 'odd' has no title, arXiv id or DOI")]
    assert list(parse_csl('[{"id": "odd", "title": "· · ·"}]')) == [
        RecordProblem(1, "item 'odd' has no title, arXiv id or DOI")]


def test_ris_records_with_lines_names_turned_and_truncated_record():
    items = list(parse_ris(text("rispy-example_full.ris")))
    assert [(r.line, r.paper.title, r.paper.authors, r.paper.published) for r in records(items)] == [
        (2, "Title of reference", ["Karl Marx", "Astrid Lindgren"], "2014"),
        (27, "The title of the reference", ["Karlus Marxus", "Astrid Lindgren"], "2006"),
    ]
    assert records(items)[0].tags == ["Nordwind", "Pippi", "Piraten"]
    cut = text("rispy-example_full.ris").rsplit("ER  -", 1)[0]
    assert isinstance(list(parse_ris(cut))[-1], RecordProblem)


def test_a_scopus_export_brings_no_notes_of_its_own_and_no_e_mail_in_a_name():
    """Scopus writes its own data as N1 notes (the export date, the citation count, the whole
    reference list one cited work a line): its 836 records gave 17,619 notes, each line of a
    reference list a note of its own; and a corresponding author's e-mail stayed in the name."""
    found = records(parse_ris(text("scopus-excerpt.ris")))
    assert len(found) == 4
    assert [record.notes for record in found] == [[], [], [], []]
    assert found[3].paper.authors == ["C.D. Nguyen"]
    assert found[0].paper.authors == ["A. Pierrot", "F. Béron", "T. Blon"]
    assert found[0].paper.doi == "10.1063/5.0020407"


def test_a_ris_note_continued_over_lines_is_one_note_and_a_reader_s_note_stays():
    ris = ("TY  - JOUR\nTI  - Attention Is All You Need\nPY  - 2017\n"
           "N1  - Read for the reading group.\nThe appendix has the ablations.\n"
           "N1  - Times Cited in Web of Science Core Collection:  12\n"
           "N1  - Second note\nER  - \n")
    (record,) = records(parse_ris(ris))
    assert [note.body for note in record.notes] == [
        "Read for the reading group.\nThe appendix has the ablations.", "Second note"]


def test_a_ris_chapter_names_its_book_by_bt_and_a_book_its_title():
    # BT is the book: the venue of a chapter in it, the title of a book that has no TI.
    ris = ("TY  - CHAP\nTI  - Über Alles\nAU  - Müller, Hans-Jürgen\nY1  - 1999/12//\n"
           "BT  - Handbuch der Dinge\nER  - \n"
           "TY  - BOOK\nBT  - Pattern Recognition and Machine Learning\nAU  - Bishop, Christopher M.\n"
           "PY  - 2006\nER  - \n")
    chapter, book = records(parse_ris(ris))
    assert (chapter.paper.title, chapter.paper.venue) == ("Über Alles", "Handbuch der Dinge")
    assert (book.paper.title, book.paper.venue) == ("Pattern Recognition and Machine Learning", None)


def test_ris_with_byte_order_mark_and_only_a_short_title():
    found = records(parse_ris(text("rispy-example_utf_chars.ris")))[0]
    assert found.paper.title.startswith("Состояние рецепторного аппарата")
    assert found.paper.authors[0] == "Yu E. Dobrokhotova"
    assert found.notes[0].body == "Ä,Ö,Ü,ä,ö,ü,ß"


def test_csl_rich_text_titles_and_crossrefs_jats_abstracts_read_as_text():
    # Zotero's CSL-JSON keeps a title's italics as <i>; Crossref's (doi.org's content negotiation)
    # gives the abstract in JATS: its words, without the heading "Abstract".
    jats = ("<jats:title>Abstract</jats:title><jats:p>We study <jats:italic>things</jats:italic> &amp; more."
            "</jats:p>\n<jats:p>Second   part.</jats:p>")
    items = [{"id": "a", "type": "article-journal", "title": "On <i>E. coli</i> growth in H<sub>2</sub>O",
              "container-title": "<i>Journal</i> of Things", "abstract": jats},
             {"id": "b", "type": "article-journal", "title": "When k<n and m>2 hold",
              "abstract": "x<y, 3 < 4"}]
    marked, plain = records(parse_csl(json.dumps(items)))
    assert (marked.paper.title, marked.paper.venue) == ("On E. coli growth in H2O", "Journal of Things")
    assert marked.paper.abstract == "We study things & more. Second part."
    assert (plain.paper.title, plain.paper.abstract) == ("When k<n and m>2 hold", "x<y, 3 < 4")  # no markup


def test_a_csl_conference_paper_named_by_its_meeting_and_an_edited_book_by_its_editors():
    # Zotero writes a conference paper's conference name as event-title, its proceedings' as
    # container-title; an edited volume has editors and no authors.
    items = [{"id": "p", "type": "paper-conference", "title": "Second", "event-title": "NeurIPS 2019",
              "author": [{"family": "Li", "given": "Fei-Fei"}]},
             {"id": "b", "type": "book", "title": "Third", "editor": [{"family": "Smith", "given": "Ann"}]},
             {"id": "c", "type": "chapter", "title": "Fourth", "container-title": "Third",
              "editor": [{"family": "Smith", "given": "Ann"}]}]
    meeting, book, chapter = records(parse_csl(json.dumps(items)))
    assert meeting.paper.venue == "NeurIPS 2019"
    assert book.paper.authors == ["Ann Smith"]
    assert chapter.paper.authors is None  # a chapter's editors edited the book, not the chapter


def test_a_title_or_abstract_that_names_a_tag_comes_back_from_the_csl_export_as_it_was():
    paper = {"id": "0123456789abcdef", "title": "The <b> element & x<y", "abstract": "Use <p> and <i>.",
             "venue": "Tags <em>are</em> text"}
    (back,) = records(parse_csl(json.dumps(to_csl([paper]))))
    assert (back.paper.title, back.paper.abstract, back.paper.venue) == (
        "The <b> element & x<y", "Use <p> and <i>.", "Tags <em>are</em> text")


def test_a_zotero_note_keeps_its_lines_and_its_text_written_as_entities():
    note = "<h1>Reading</h1><p>First &lt;b&gt; line<br>second</p><ul><li>one</li><li>two</li></ul>"
    assert note_text(note) == "Reading\nFirst <b> line\nsecond\none\ntwo"


def test_csl_dates_ranges_seasons_and_bc_years():
    found = by_key(parse_csl(text("bbt-dates-360.csl.json")))
    assert found["t1"].paper.published == "2014-12-31"  # a range starts the paper
    assert found["t5"].paper.published is None  # 334 BC: no date the library holds
    assert found["doe12_edtf_2011"].paper.published == "2011-05"
    assert found["doe7_politics_1985"].paper.url == "http://www.jstor.org/stable/1225428"


def test_arxiv_snapshot_lines():
    items = list(iter_snapshot(text("arxiv-snapshot-excerpt.jsonl").splitlines(keepends=True)))
    first, second = (item.paper for item in items)
    assert first.title == "Sparsity-certifying Graph Decompositions"
    assert first.authors == ["Ileana Streinu", "Louis Theran"]
    assert (first.published, first.arxiv_version, first.primary_category) == ("2007-03-31", 2, "math.CO")
    assert second.arxiv_id == "hep-th/9608091" and second.doi == "10.1016/S0370-2693(96)01409-8"
    assert second.title == "Excited State Destri - De Vega Equation for Sine-Gordon and Restricted " \
        "Sine-Gordon Models"
    assert second.authors == ["D. Fioravanti", "A. Mariottini", "E. Quattrini", "F. Ravanini"]


def test_arxiv_snapshot_broken_line_is_a_problem_at_its_line():
    lines = [*text("arxiv-snapshot-excerpt.jsonl").splitlines(keepends=True), '{"id": "0704.00', "\n"]
    problems = [item for item in iter_snapshot(lines) if isinstance(item, RecordProblem)]
    assert [p.line for p in problems] == [3]


def test_hypothesis_annotations_become_notes_on_the_page_with_quotes_and_selectors():
    (page,) = records(parse_hypothesis(text("hypothesis-wikipedia-export.json")))
    assert page.paper.title == "Regression testing - Wikipedia"
    assert page.paper.url == "https://en.wikipedia.org/wiki/Regression_testing"
    assert page.paper.item_type == "web_page"  # a page of no paper, known by its address
    assert len(page.notes) == 5
    body = next(n for n in page.notes if n.body == "Introduction")
    assert body.quote.startswith("The purpose of regression testing is to ensure")
    # Its W3C selectors become the note's target; the RangeSelector (an XPath) is dropped.
    assert body.target.source == "https://en.wikipedia.org/wiki/Regression_testing"
    assert [type(s).__name__ for s in body.target.selector] == ["TextPositionSelector", "TextQuoteSelector"]
    assert body.target.quote().exact == body.quote


def test_hypothesis_arxiv_page_names_its_paper():
    (page,) = records(parse_hypothesis(text("hypothesis-arxiv-export.json")))
    assert page.paper.arxiv_id == "1706.03762" and page.tags == ["transformers"]
    assert page.paper.item_type is None


def test_pocket_papers_tags_and_read_state_other_links_skipped():
    items = list(parse_pocket(text("pocket-export.csv")))
    assert items.count(None) == 1  # the news article
    attention, pdf, doi, openreview = records(items)
    assert (attention.paper.arxiv_id, attention.paper.title) == ("1706.03762", "Attention Is All You Need")
    assert (attention.status, attention.tags) == ("read", ["to-cite", "transformers"])
    assert attention.observed == "2023-11-14T22:13:20Z"
    assert (pdf.paper.arxiv_id, pdf.paper.arxiv_version, pdf.paper.title) == ("2505.14536", 2, None)
    assert doi.paper.doi == "10.2307/2321200" and doi.status == "unread"
    assert openreview.paper.title == "Language Models are Few-Shot Learners"


def test_omnivore_highlights_labels_and_state():
    with zipfile.ZipFile(IMPORTS / "omnivore-export.zip") as archive:
        members = {n: archive.read(n).decode() for n in archive.namelist() if not n.endswith("/")}
    items = list(parse_omnivore(members))
    assert items.count(None) == 1  # the recipe
    attention, evolution = records(items)
    assert attention.status == "read" and attention.tags == ["to-cite", "transformers"]
    assert [(n.quote[:28], n.body) for n in attention.notes] == [
        ("We propose a new simple netw", "The core claim."), ("Multi-head attention allows ", "")]
    assert attention.notes[1].quote.endswith("at different positions.")
    assert evolution.paper.doi == "10.1016/0307-904X(78)90008-2" and evolution.status == "reading"


def test_omnivore_highlight_markdown_without_annotations():
    assert highlights("> one [⤴️](https://omnivore.app/me/x#1)\n\n> two\n") == [("one", ""), ("two", "")]


def test_zotero_items_collections_notes_and_annotations():
    collections = msgspec.json.decode((IMPORTS / "zotero-api" / "collections.json").read_bytes())
    items = [*msgspec.json.decode((IMPORTS / "zotero-api" / "items-page1.json").read_bytes()),
             *msgspec.json.decode((IMPORTS / "zotero-api" / "items-page2.json").read_bytes())]
    found = by_key(parse_zotero(collections, items))
    assert len(found) == 21  # 25 items less a note, an attachment and two annotations
    attention = found["VASW2017"]
    assert attention.paper.arxiv_id == "1706.03762" and attention.paper.published == "2017-06-12"
    assert attention.paper.authors == ["Ashish Vaswani", "Noam Shazeer"]
    assert "LoC" in attention.tags  # its collection
    assert [(n.body, n.quote) for n in attention.notes] == [
        ("Read for the reading group.\nCompare with RNN baselines & costs.", None),
        ("The claim the paper starts from.", "We propose a new simple network architecture, the "
         "Transformer, based solely on attention mechanisms"),
    ]  # the ink annotation has nothing to read
    assert found["PQKBRC33"].paper.doi == "10.2307/2321200"
    assert found["X42A7DEE"].paper.published == "1993"  # parsedDate 1993-00-00
    assert "Sherlock Holmes" in found["PQKBRC33"].tags


def test_each_format_s_web_page_item_is_a_web_page_and_its_articles_are_papers():
    # A reference manager's Web Page item is known by its address once stored, as a page the
    # reader keeps is: five "Home" pages of a Zotero library are five records.
    zotero = [{"key": k, "data": {"key": k, "itemType": kind, "title": "Home", "url": f"https://{k}.example.org/"}}
              for k, kind in (("aaaa", "webPage"), ("bbbb", "journalArticle"))]
    csl = json_text([{"id": k, "type": kind, "title": "Home", "URL": f"https://{k}.example.org/"}
                     for k, kind in (("aaaa", "webpage"), ("bbbb", "article-journal"))])
    ris = "".join(f"TY  - {kind}\nTI  - Home\nUR  - https://{k}.example.org/\nER  - \n\n"
                  for k, kind in (("aaaa", "ELEC"), ("bbbb", "JOUR")))
    bib = "".join(f"@{kind}{{{k},\n  title = {{Home}},\n  url = {{https://{k}.example.org/}}\n}}\n\n"
                  for k, kind in (("aaaa", "online"), ("bbbb", "article")))
    for name, parsed in (("zotero", parse_zotero([], zotero)), ("csl", parse_csl(csl)),
                         ("ris", parse_ris(ris)), ("bibtex", parse_bibtex(bib))):
        assert [r.paper.item_type for r in records(parsed)] == ["web_page", None], name


def json_text(value) -> str:
    return msgspec.json.encode(value).decode()


def test_a_web_page_item_without_a_title_is_a_problem_though_its_address_would_know_it():
    items = [{"key": "cccc", "data": {"key": "cccc", "itemType": "webPage", "title": " ",
                                      "url": "https://lab.example.org/"}}]
    [problem] = parse_zotero([], items)
    assert isinstance(problem, RecordProblem) and "has no title" in problem.message


@pytest.mark.parametrize(("name", "fmt", "venues"), [
    ("acl-anthology-entries.bib", "bibtex", ["Transactions of the Association for Computational Linguistics",
                                             "Proceedings of the First Workshop on Abusive Language Online"]),
    ("scopus-excerpt.ris", "ris", ["Journal of Applied Physics", "Electronics Letters"]),
    ("biopython-pubmed_result2.txt", "medline", ["BMC bioinformatics", "Bioinformatics (Oxford, England)"]),
    ("bibx-wos-savedrecs-excerpt.txt", "wos", ["JOURNAL OF POLYMER SCIENCE PART B-POLYMER PHYSICS",
                                               "JOURNAL OF MAGNETISM AND MAGNETIC MATERIALS"]),
    ("zotero-refer-cases.enw", "endnote", ["现代情报", None]),
    ("bibx-scopus-excerpt.csv", "scopus-csv", [
        "Physical Chemistry Chemical Physics",
        "2024 IEEE MTT-S International Wireless Symposium, IWS 2024 - Proceedings"]),
])
def test_each_export_names_the_venue_where_its_format_keeps_it(name, fmt, venues):
    found = records(FORMATS[fmt].read(text(name)))
    assert [record.paper.venue for record in found[: len(venues)]] == venues


def test_a_newspaper_in_endnote_xml_and_a_journal_in_csl_and_zotero_are_venues():
    assert [r.paper.venue for r in records(parse_endnote_xml(text("zotero-endnote-xml-records.xml")))][2] \
        == "New York Times"
    csl = '[{"type": "article-journal", "title": "A Study", "container-title": "Journal of Studies"}]'
    assert records(parse_csl(csl))[0].paper.venue == "Journal of Studies"
    item = {"key": "K1", "itemType": "conferencePaper", "title": "A Study",
            "proceedingsTitle": "Proceedings of a Meeting"}
    (found,) = records(parse_zotero([], [{"key": "K1", "data": item, "meta": {}}]))
    assert found.paper.venue == "Proceedings of a Meeting"


def test_google_scholars_preprint_journal_is_no_venue():
    bib = "@article{v17, title={Attention is all you need}, journal={arXiv preprint arXiv:1706.03762}}"
    (found,) = records(parse_bibtex(bib))
    assert (found.paper.arxiv_id, found.paper.venue) == ("1706.03762", None)


def test_a_bibtex_macro_is_what_bibtex_makes_of_it():
    # BibTeX's styles define the month names and a score of journals; a name nothing
    # defines is empty (BibTeX warns "undefined string"), not the name itself.
    bib = """@inproceedings{a, title={One}, booktitle=dateconf, year=2019, month=oct}
@article{b, title={Two}, journal=cacm, year = 1990}
@string{jfoo = "Journal of Foo"}
@article{c, title={Three}, journal=jfoo # " Letters", year=2001}"""
    found = records(parse_bibtex(bib))
    assert [(r.paper.venue, r.paper.published) for r in found] == [
        (None, "2019-10"), ("Communications of the ACM", "1990"), ("Journal of Foo Letters", "2001")]


def test_reading_a_scopus_export_leaves_the_csv_modules_field_limit_as_it_was():
    import csv

    before = csv.field_size_limit(131072)  # csv's own default, whatever ran before
    try:
        assert records(parse_scopus_csv(text("bibx-scopus-excerpt.csv")))
        assert csv.field_size_limit() == 131072
    finally:
        csv.field_size_limit(before)


def test_web_of_sciences_tab_delimited_export_reads_as_its_plain_text_does():
    found = records(parse_wos(text("wosfile-tab-delimited-excerpt.txt")))
    assert len(found) == 5
    first = found[0]
    assert (first.key, first.line) == ("WOS:000220015600001", 2)
    assert first.paper.title.startswith("Knowledge networks as channels and conduits")
    assert first.paper.authors == ["J Owen-Smith", "WW Powell"]
    assert (first.paper.published, first.paper.doi, first.paper.venue) == (
        "2004-01", "10.1287/orsc.1030.0054", "ORGANIZATION SCIENCE")
    assert first.tags[:2] == ["biotechnology", "economic geography"]
    assert found[2].paper.authors[:2] == ["David Croft", "Gavin O'Kelly"]
    assert [r.paper.published for r in found] == ["2004-01", "2007-01", "2011-01", "2006-02", "2009-01"]


def test_a_tab_delimited_export_saved_as_utf16_imports(tmp_path):
    from papershelf.importer.files import import_file
    from papershelf.store.db import open_writer

    assert detect_format((IMPORTS / "wosfile-tab-delimited-excerpt.txt").read_bytes()[:65536]) == "wos"
    db = open_writer(tmp_path / "library.db", create=True)
    try:
        report = import_file(db, IMPORTS / "wosfile-tab-delimited-utf16-excerpt.txt")
        assert (report.format, report.new, report.problems) == ("wos", 3, [])
        titles = [row[0][:20] for row in db.execute("SELECT title FROM papers ORDER BY title")]
        assert titles == ["IntAct - open source", "Knowledge networks a", "Reactome: a database"]
    finally:
        db.close()
