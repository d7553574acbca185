"""scripts/fidelity as a test: every field of every sidecar in tests/fixtures/pages is read exactly."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import msgspec
import pytest

from papershelf.normalise import body
from papershelf.normalise.page_bytes import page_text

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "fidelity.py"
_spec = importlib.util.spec_from_file_location("fidelity", SCRIPT)
fidelity = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fidelity)

SIDECARS = fidelity.sidecars()
PENDING = Path(__file__).parent / "fixtures" / "pages_pending"


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda sidecar: sidecar["name"])
def test_every_field_of_the_page_is_read_as_its_sidecar_says(sidecar):
    html = page_text((fidelity.CORPUS / sidecar["file"]).read_bytes())
    papers = fidelity.captured_papers(fidelity.page_url(sidecar), html, fidelity.served_day(sidecar))
    result = fidelity.judged(sidecar, papers)
    assert result.records, "the page gave no record"
    wrong = [
        f"{check.field}: expected {check.expected!r}, got {check.actual!r}"
        for check in result.checks
        if check.verdict != "right"
    ]
    assert wrong == []
    # Nor does a record hold an empty string or list: a field not read is None or left out. Asked here,
    # where every page is read once, not by a test that read the whole corpus again.
    empty = [field for paper in papers for field, value in msgspec.structs.asdict(paper).items()
             if value in ("", [])]
    assert empty == []


def test_round_1_corpus_has_80_pages_from_30_sites_and_a_held_out_quarter():
    first = fidelity.sidecars(round_="1")
    sites = {sidecar["site"] for sidecar in first}
    held_out = [sidecar for sidecar in first if sidecar["split"] == "held-out"]
    assert len(first) >= 80
    assert len(sites) >= 30
    assert len(held_out) == len(first) // 4


def test_round_2_has_30_fresh_pages_from_15_sites_8_new_to_the_corpus_and_a_held_out_third():
    first_sites = {sidecar["site"] for sidecar in fidelity.sidecars(round_="1")}
    second = fidelity.sidecars(round_="2")
    sites = {sidecar["site"] for sidecar in second}
    held_out = [sidecar for sidecar in second if sidecar["split"] == "held-out"]
    assert len(second) >= 30
    assert len(sites) >= 15
    assert len(sites - first_sites) >= 8
    assert len(held_out) == len(second) // 3


def test_round_3_has_45_fresh_pages_from_17_sites_6_new_and_held_out_thirds():
    earlier_sites = {sidecar["site"] for sidecar in fidelity.sidecars(round_="1")}
    earlier_sites |= {sidecar["site"] for sidecar in fidelity.sidecars(round_="2")}
    third = fidelity.sidecars(round_="3")
    sites = {sidecar["site"] for sidecar in third}
    assert len(third) >= 45
    # Short of the brief's 8 new sites: HOLDOUT.md, "Round 3", says why.
    assert len(sites) >= 15
    assert sites - earlier_sites == {
        "Royal Society of Chemistry", "ACM Digital Library", "AAAI (OCS)",
        "PubMed", "Ubiquity Press", "Europe PMC",
    }
    # Each batch kept a third of its pages aside.
    for batch in (1, 2):
        pages = [sidecar for sidecar in third if sidecar.get("batch", 1) == batch]
        assert len([sidecar for sidecar in pages if sidecar["split"] == "held-out"]) == len(pages) // 3


def test_round_4_has_27_fresh_pages_from_10_sites_2_new_and_held_out_thirds():
    earlier = [sidecar for round_ in ("1", "2", "3") for sidecar in fidelity.sidecars(round_=round_)]
    fourth = fidelity.sidecars(round_="4")
    sites = {sidecar["site"] for sidecar in fourth}
    # Short of the brief's 40 pages: HOLDOUT.md, "Round 4", says what the public test data gave.
    assert len(fourth) == 27
    assert len(sites) == 10
    assert sites - {sidecar["site"] for sidecar in earlier} == {"CABI Digital Library", "T2K experiment"}
    # No page of the round is a page of an earlier one.
    assert not {sidecar["sha256"] for sidecar in fourth} & {sidecar["sha256"] for sidecar in earlier}
    # Each batch kept a third of its pages aside.
    for batch in (1, 2):
        pages = [sidecar for sidecar in fourth if sidecar.get("batch", 1) == batch]
        held_out = [sidecar for sidecar in pages if sidecar["split"] == "held-out"]
        assert len(held_out) == round(len(pages) / 3)


def test_fidelity_prints_tables_and_a_total_and_exits_zero_at_100_percent():
    # One round's pages (ten sites): the test above asks for every field of every page; this one is
    # about the script's tables, total and exit status, and reading the whole corpus twice more for it
    # was a minute of the suite's CPU.
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--round", "4"], capture_output=True, text=True, timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    lines = done.stdout.splitlines()
    pages = fidelity.sidecars(round_="4")
    fields = sum(len(fidelity.check_page(sidecar).checks) for sidecar in pages)
    assert lines[0].split() == ["site", "right", "wrong", "missing", "score"]
    assert len(pages) >= 20 and sum(line.split()[-1:] == ["100.0%"] for line in lines) >= 10
    assert any(line.split()[:1] == ["field"] for line in lines)
    assert lines[-1] == f"total: {fields}/{fields} fields right (100.0%) on {len(pages)} pages"


def test_fidelity_counts_a_wrong_and_a_missing_field_and_exits_nonzero(tmp_path, monkeypatch, capsys):
    page = tmp_path / "page.html"
    page.write_text('<meta name="citation_title" content="Another title">', encoding="utf-8")
    sidecar = {
        "file": "page.html",
        "site": "Example",
        "split": "train",
        "source": {"original_url": "https://example.org/paper"},
        "expected": {"title": "The title", "doi": "10.1234/x", "arxiv_id": None},
    }
    (tmp_path / "page.json").write_text(json.dumps(sidecar), encoding="utf-8")
    monkeypatch.setattr(fidelity, "CORPUS", tmp_path)
    assert fidelity.main(["--failures"]) == 1
    out = capsys.readouterr().out
    assert "wrong   page title: expected 'The title', got 'Another title'" in out
    assert "missing page doi: expected '10.1234/x', got None" in out
    assert out.splitlines()[-1] == "total: 1/3 fields right (33.3%) on 1 pages"


# Each round from the fifth: its pages, its sites and those new to the corpus. HOLDOUT.md has a section per
# round saying what its sources gave (rounds 5 to 11 fell short of the briefs' 10-20 pages; round 42 found
# one, so a third of it rounds to no held-out page).
@pytest.mark.parametrize(("round_", "pages", "site_count", "new_sites"), [
    ("5", 10, 5, {"DataCite Blog", "Front Matter (Rogue Scholar blog)"}),
    ("6", 6, 6, {"ACP Journals (Annals of Internal Medicine)", "La Vie des idées",
                 "Hypotheses (OpenEdition)", "IETF Tools"}),
    ("7", 9, 7, {"Upstream (FORCE11)", "Donny Winston (personal research blog)", "Verfassungsblog"}),
    ("8", 5, 2, set()),
    ("9", 3, 2, set()),
    ("10", 25, 23, {"APJITM (Universiti Kebangsaan Malaysia)", "Acadlore", "De Gruyter Brill", "DergiPark",
                    "Digitális Bölcsészet (ELTE, OJS)", "IIETA", "IJRITCC (OJS)", "J-STAGE",
                    "Journal of Al-Qadisiyah for Computer Science and Mathematics (OJS)",
                    "Journal of Computing & Biomedical Informatics (OJS)",
                    "KSII Transactions on Internet and Information Systems", "Nepal Journals Online (OJS)",
                    "SciTePress", "Taylor & Francis eBooks", "Thieme Connect",
                    "Tạp chí Khoa học và Công nghệ – Đại học Đà Nẵng (OJS)",
                    "Universitas Ahmad Dahlan journals (OJS)", "medRxiv"}),
    ("11", 2, 1, {"Ommega Online"}),
    ("12", 14, 5, {"ECS Digital Library", "Naturejobs"}),
    ("13", 4, 4, set()),
    ("14", 6, 4, set()),
    ("15", 9, 7, set()),
    ("16", 5, 4, set()),
    ("17", 3, 1, set()),
    ("18", 4, 4, {"Science Signaling (AAAS, HighWire)"}),
    ("19", 2, 2, {"Neurology (AAN, HighWire)", "Science (AAAS, Atypon)"}),
    ("20", 2, 1, {"CiteULike"}),
    ("21", 6, 6, {"DORA Eawag (Lib4RI, Islandora)"}),
    ("22", 5, 1, set()),
    ("23", 7, 5, {"Mike Taylor (miketaylor.org.uk)", "ResearchGate", "Rogue Scholar (InvenioRDM)"}),
    ("24", 4, 2, {"ASM Journals (American Society for Microbiology, Atypon)"}),
    ("25", 6, 5, {"Distill", "Open Research Online (The Open University, EPrints)"}),
    ("26", 5, 5, {"MIT Press Journals (Atypon)", "PNAS (Atypon)"}),
    ("27", 6, 4, {"PhilPapers"}),
    ("28", 2, 1, set()),
    ("29", 3, 3, set()),
    ("30", 2, 2, set()),
    ("31", 7, 5, {"JSTOR", "Repositório Institucional UNESP (DSpace)",
                  "تحقیقات تاریخ اجتماعی – IHCS (Sinaweb)"}),
    ("32", 7, 2, set()),
    ("33", 7, 3, {"VNU Repository (Vietnam National University, Hanoi, DSpace)",
                 "ProQuest Dissertations & Theses Global", "eScholarship (University of California)"}),
    ("34", 2, 1, set()),
    ("35", 2, 2, {"ACL Anthology (aclanthology.info)"}),
    ("36", 6, 6, {"Science Advances (AAAS, Atypon)"}),
    ("37", 7, 6, {"MRS Internet Journal of Nitride Semiconductor Research", "Journal of Digital Information",
                  "FindArticles (LookSmart)"}),
    ("39", 2, 1, set()),
    ("38", 7, 7, {"JRavi Lab (jravilab.github.io)", "Kevin Bock (kevinbock.phd)",
                  "GeWu-Lab (gewu-lab.github.io)", "Eric Marcon (ericmarcon.github.io)",
                  "Clément Hardy (klemet.github.io)", "Jack E Taylor (jackedtaylor.github.io)",
                  "Matthew DeHaven (matthewdehaven.com)"}),
    ("40", 3, 2, {"CNKI", "Wanfang Data"}),
    ("41", 14, 2, {"PMLR (JMLR W&CP)", "BMVA (BMVC proceedings archive)"}),
    ("42", 1, 1, {"SSRN"}),
    ("43", 7, 2, {"JAMA Network", "Cochrane Library"}),
    ("44", 1, 1, {"Project MUSE"}),
    ("46", 5, 5, {"Human Kinetics Journals"}),
    ("48", 4, 4, set()),
    ("47", 1, 1, {"BDTD UERJ (TEDE)"}),
    ("49", 2, 1, {"ThaiJO (Thai Journals Online, OJS)"}),
    ("52", 2, 2, {"Web of Science (Clarivate)"}),
    ("50", 7, 6, {"UNICEF DATA (data.unicef.org)", "Manubot (dib-lab.github.io)",
                  "Manubot (indigo-dc.github.io)", "Manubot (greenelab.github.io)",
                  "Manubot (git.dhimmel.com)", "Manubot (zietzm.github.io)"}),
    ("51", 4, 4, {"Seoul National University (Elsevier Pure)", "Tel Aviv University (Elsevier Pure)",
                  "WRAP: Warwick Research Archive Portal (University of Warwick, EPrints)",
                  "Parallel Data Lab (Carnegie Mellon University)"}),
    ("54", 4, 4, {"Understanding Deep Learning (udlbook.github.io)",
                  "Fairness and Machine Learning (fairmlbook.org)",
                  "Fundamentals of Data Visualization (clauswilke.com/dataviz)",
                  "Geocomputation with R (r.geocompx.org)"}),
    ("53", 6, 6, {"SAO/NASA Astrophysics Data System (ADS Classic)",
                  "UWE Research Repository (University of the West of England, EPrints)",
                  "Fraunhofer-Publica (Fraunhofer-Gesellschaft)", "Academia.edu"}),
    ("56", 10, 4, {
        "Scientific Publications of the Muséum national d'Histoire naturelle (sciencepress.mnhn.fr)",
        "Redalyc (redalyc.org)", "BioOne", "PLOS Currents (currents.plos.org)"}),
    ("55", 6, 1, {"Computo (French Statistical Society)"}),
    ("58", 10, 2, {"EMNLP 2020 virtual conference (virtual.2020.emnlp.org, MiniConf)",
                   "ACL 2020 virtual conference (virtual.acl2020.org, MiniConf)"}),
    ("57", 1, 1, set()),
    ("60", 9, 1, {"ICLR Blogposts (iclr-blogposts.github.io)"}),
    ("59", 9, 9, {"Nerfies (nerfies.github.io)", "SayCan (say-can.github.io)",
                  "Code as Policies (code-as-policies.github.io)", "DreamFusion (dreamfusion3d.github.io)",
                  "DreamGaussian (dreamgaussian.github.io)", "TaleCrafter (ailab-cvc.github.io)",
                  "Dreamix (dreamix-video-editing.github.io)", "MobileNeRF (mobile-nerf.github.io)",
                  "Diffuser (diffusion-planning.github.io)"}),
    ("61", 2, 1, {"Math-Net.Ru (Steklov Mathematical Institute)"}),
    ("62", 6, 1, {"SIG-BTI Digital Library (sig-bti.github.io)"}),
    ("64", 6, 2, {"ISMIR 2023 program site (ismir2023program.ismir.net, MiniConf)",
                  "ISMIR 2024 program site (ismir2024program.ismir.net, MiniConf)"}),
    ("65", 9, 9, {"Harvard Law Review (harvardlawreview.org)", "Virginia Law Review (virginialawreview.org)",
                  "The University of Chicago Law Review (lawreview.uchicago.edu)",
                  "Texas Law Review (texaslawreview.org)", "Wisconsin Law Review (wlr.law.wisc.edu)",
                  "Columbia Law Review (columbialawreview.org)",
                  "The Supreme Court Review (journals.uchicago.edu)",
                  "Northwestern Pritzker School of Law Scholarly Commons "
                  "(scholarlycommons.law.northwestern.edu, Digital Commons)",
                  "Georgetown Law Journal (law.georgetown.edu)"}),
    ("66", 9, 2, {"IETF Datatracker (datatracker.ietf.org, htmlized RFCs)",
                  "W3C Technical Reports (www.w3.org/TR)"}),
    ("67", 7, 3, {"Stanford Encyclopedia of Philosophy (plato.stanford.edu; this copy from its Amsterdam "
                  "mirror, seop.illc.uva.nl)",
                  "USPTO Patent Full-Text Database (PatFT, patft.uspto.gov)",
                  "Google Patents (patents.google.com)"}),
    ("68", 7, 1, {"Preventing Chronic Disease (the CDC's journal on www.cdc.gov/pcd)"}),
    ("69", 7, 3, {"AGU Journals (agupubs.onlinelibrary.wiley.com, Wiley Online Library)"}),
    ("70", 7, 2, {"EPSA 2020 conference programme (coms.events/EPSA-2020, COMS)",
                  "EPSA 2020 conference programme (www.epsanet.org/programme, COMS)"}),
    ("71", 5, 1, {"The R Journal (journal.r-project.org)"}),
    ("72", 6, 3, {"Ruben Taelman's PhD thesis, web edition (phd.rubensworks.net, ScholarMarkdown)",
                  "Julián Rojas's PhD dissertation, web book (julianrojas87.github.io/phd-webbook, mdBook)",
                  "ScholarMarkdown article pages (rubensworks.github.io)"}),
    ("73", 6, 1, {"EvoLang XI proceedings (evolang.org/neworleans)"}),
    ("75", 7, 4, {"Lee Naish's pages (lee-naish.github.io, formerly www.cs.mu.oz.au/~lee, LaTeX2HTML)",
                  "Pedro Ribeiro Mendes Júnior's site (pedrormjunior.github.io, TeX4ht)",
                  "Germán Gómez-Herrero's site (germangh.github.io, LaTeX2HTML)",
                  "William Cooper's RAF notes (williamcooper.github.io, LaTeX2HTML)"}),
    ("76", 6, 2, {"Brookings Institution (www.brookings.edu)",
                  "NIST Computer Security Resource Center (csrc.nist.gov)"}),
    ("77", 6, 4, {"Noormags (noormags.ir)", "Magiran (www.magiran.com)",
                  "HighBeam Research (www.highbeam.com)", "Cell Press (www.cell.com)"}),
    ("78", 6, 6, {"ScienceNOW (news.sciencemag.org, AAAS)",
                  "Scientific American (www.scientificamerican.com)",
                  "Universe Today (www.universetoday.com)",
                  "AJMC (The American Journal of Managed Care, www.ajmc.com)",
                  "Retraction Watch (retractionwatch.com)", "WIRED (www.wired.com)"}),
    # Round 79's held-out Internetchemie item waited in pages_pending/ until stop 65 (pending65) moved it back
    # with its classes.
    ("79", 8, 8, {"Eawag (www.eawag.ch, the ETH Domain's water research institute)",
                  "Helmholtz Climate Initiative (www.helmholtz-klima.de)",
                  "Internetchemie (www.internetchemie.info, ChemLin)",
                  "Medical News Today (www.medicalnewstoday.com)", "Phys.org (Science X)",
                  "Rutgers University (www.rutgers.edu)",
                  "SciLogs (scilogs.spektrum.de, Spektrum der Wissenschaft's science blogs)",
                  "scinexx (www.scinexx.de, Das Wissensmagazin)"}),
    ("80", 6, 6, {"BBC News (www.bbc.co.uk/news)", "The Guardian (www.guardian.co.uk)",
                  "Los Angeles Times (www.latimes.com)", "The Space Reporter (thespacereporter.com)",
                  "NASA Jet Propulsion Laboratory news (www.jpl.nasa.gov/news)",
                  "The Telegraph (www.telegraph.co.uk)"}),
    ("81", 6, 6, {"Fox News (www.foxnews.com)", "Science Recorder (www.sciencerecorder.com)",
                  "TIME (science.time.com)", "The Washington Post (www.washingtonpost.com)",
                  "The New York Times (www.nytimes.com)", "Space.com (www.space.com)"}),
    # Round 82's held-out pages moved back from pages_pending/ with their classes: the Vogelwarte's at stop 56
    # (pending56), idw's at stop 63 (pending63c).
    ("82", 6, 6, {"Schweizerische Vogelwarte (www.vogelwarte.ch, the Swiss Ornithological Institute)",
                  "idw – Informationsdienst Wissenschaft (idw-online.de, the German science press-release"
                  " service)",
                  "chemie.de (www.chemie.de, the chemistry industry and research portal of LUMITOS)",
                  "National Geographic UK (www.nationalgeographic.co.uk)",
                  "Ökonomenstimme (www.oekonomenstimme.org, the KOF Swiss Economic Institute's"
                  " economists' forum)",
                  "Sciences et Avenir (www.sciencesetavenir.fr)"}),
    # Round 83's held-out pages moved back from pages_pending/ with their classes: El País at stop 56, the
    # Hertie School after it (pending56).
    ("83", 6, 6, {"El País (elpais.com, its science section, \"Ciencia\")",
                  "the Hertie School (www.hertie-school.org, a university of governance in Berlin: its news,"
                  " \"Debate\")",
                  "transgen.de (www.transgen.de, transGEN, a science-news portal on genetic engineering in"
                  " plants, farming and food, published by i-bio Information Biowissenschaften for the Forum"
                  " Bio- und Gentechnologie)",
                  "Quanta Magazine (www.quantamagazine.org, the Simons Foundation's science magazine)",
                  "WebMD (www.webmd.com, its health news, WebMD Health News)",
                  'the Max Planck Institute for Meteorology (mpimet.mpg.de, its news, "Aktuelles")'}),
    ("84", 8, 8, {"American Journal of Psychiatry (psychiatryonline.org, American Psychiatric Association"
                  " Publishing, Atypon)",
                  "Boston College Law Review (bclawreview.bc.edu, Ubiquity Press's journal platform)",
                  "Cornell Law Review (scholarship.law.cornell.edu, Scholarship@Cornell Law,"
                  " Digital Commons)",
                  "Florida Law Review (scholarship.law.ufl.edu, UF Law Scholarship Repository,"
                  " Digital Commons)",
                  "Indiana Law Journal (www.repository.law.indiana.edu, Digital Repository @ Maurer Law,"
                  " Digital Commons)",
                  "Scopus (www.scopus.com, Elsevier's abstract and citation database)",
                  "University of Pennsylvania Law Review (scholarship.law.upenn.edu, Penn Carey Law: Legal"
                  " Scholarship Repository, Digital Commons)",
                  "Vanderbilt Law Review (scholarship.law.vanderbilt.edu, Scholarship@Vanderbilt Law,"
                  " Digital Commons)"}),
    ("85", 5, 4, {"ensani.ir (پرتال جامع علوم انسانی, the Portal of Humanities of the Institute for"
                  " Humanities and Cultural Studies, Tehran)",
                  "ketab.ir (خانه کتاب و ادبیات ایران, the House of Books and Literature of Iran's national"
                  " book database)",
                  "Noor Digital Library (noorlib.ir, کتابخانه دیجیتال نور, of the Computer Research Center of"
                  " Islamic Sciences)",
                  "Wanfang Med Online (med.wanfangdata.com.cn, 万方医学网, Wanfang Data's medical"
                  " platform)"}),
    ("86", 5, 5, {"MIT Technology Review (www.technologyreview.com)",
                  "Live Science (www.livescience.com)",
                  "ScienceBlogs.de (scienceblogs.de, a German portal of science blogs)",
                  "Pew Research Center (www.pewresearch.org)",
                  "Université PSL (www.psl.eu, Paris Sciences & Lettres, its news, 'Actualités')"}),
    ("87", 4, 4, {"ScienceAlert (www.sciencealert.com)",
                  "Smithsonian Magazine (www.smithsonianmag.com, its Smart News)",
                  "The Space Review (www.thespacereview.com)",
                  "SpaceNews (spacenews.com)"}),
    ("88", 6, 6, {"American Psychiatric Association (www.psychiatry.org, its APA Blogs)",
                  "Clemson News (news.clemson.edu, Clemson University's news)",
                  "Astronomy Now (astronomynow.com)",
                  "Inverse (www.inverse.com)",
                  "Science World Report (www.scienceworldreport.com)",
                  "University of Wisconsin–Madison News (news.wisc.edu)"}),
    ("89", 5, 5, {"CMSE (www.cmse.gov.cn, 中国载人航天工程官方网站, the China Manned Space Engineering"
                  " Office's official site)",
                  "Geographical Society of China (www.gsc.org.cn, 中国地理学会, its news, 新闻动态)",
                  "NPR (www.npr.org)", "Physics World (physicsworld.com, IOP Publishing's magazine)",
                  "科普中国 辟谣 (piyao.kepuchina.cn, China Science Communication's science rumour-debunking"
                  " platform)"}),
    ("90", 7, 7, {"Aeon (aeon.co, Aeon Media's magazine of ideas, its Essays)",
                  "Gizmodo (gizmodo.com)",
                  "NBC News (www.msnbc.msn.com, msnbc.com's Technology & science section, later nbcnews.com)",
                  "Physics Buzz (physicsbuzz.physicscentral.com, the American Physical Society's"
                  " PhysicsCentral blog, on Blogger)",
                  "PsyBlog (www.spring.org.uk, a psychology-research blog)",
                  "Big Think (bigthink.com)",
                  "Field of Science (fieldofscience.com, a network of science blogs on Blogger; its Angry by"
                  " Choice blog)"}),
    ("91", 6, 6, {"JMIR mHealth and uHealth (mhealth.jmir.org, JMIR Publications)",
                  "KFF (www.kff.org, health-policy research, polling and news)",
                  "LMSYS Org (lmsys.org, the Large Model Systems Organization's blog)",
                  "MIT Sloan School of Management (mitsloan.mit.edu, its 'Ideas Made to Matter')",
                  "Seeker (www.seeker.com, science journalism, 'Science. World. Exploration.')",
                  "Spaceflight Now (spaceflightnow.com)"}),
    # Round 92's held-out Bellarmine University report moved back from pages_pending/ at stop 57.
    ("92", 6, 6, {"Bellarmine University (cas.bellarmine.edu, its College of Arts and Sciences' web space; a"
                  " student's research page under a biology professor's pages, /tietjen/Research/)",
                  "Sciblogs (sciblogs.co.nz, New Zealand's network of science blogs, its Waiology blog)",
                  "HBS Working Knowledge (hbswk.hbs.edu, Harvard Business School's research news)",
                  "Science@NASA (science.nasa.gov, NASA's science news, its Headlines; sponsored by Marshall"
                  " Space Flight Center)",
                  "Information Research (informationr.net, an open-access journal of information science,"
                  " edited and published by T.D. Wilson)",
                  "Innovations Report (www.innovations-report.com, a German research-news portal, 'Forum for"
                  " Science, Industry and Business')"}),
    ("93", 6, 6, {"The Hechinger Report (hechingerreport.org, education-research journalism)",
                  "Sky & Telescope (www.skyandtelescope.com)",
                  "Spaceflight Insider (www.spaceflightinsider.com)",
                  "New Scientist (www.newscientist.com)",
                  "STAT (www.statnews.com, health and medicine journalism)",
                  "Missouri S&T News (news.mst.edu, Missouri University of Science and Technology's news)"}),
    # Round 94's held-out In Conversation page (ABC Radio National) moved back from pages_pending/ at stop 57.
    ("94", 6, 6, {"In Conversation (www.abc.net.au/rn/science/incon, ABC Radio National's science interview"
                  " programme with Robyn Williams)",
                  "Air University Review (www.airpower.maxwell.af.mil, the US Air Force's professional"
                  " journal, as its Air & Space Power Chronicles archive served it)",
                  "BiologyNews.net (www.biologynews.net, 'Bio News Net', a biology research-news site"
                  " republishing institutions' releases)",
                  "Discover Magazine (blogs.discovermagazine.com, its blogs; Phil Plait's Bad Astronomy)",
                  "Stanford Report (www.stanford.edu/dept/news/report, Stanford University's news weekly,"
                  " Stanford Report Online)",
                  "Physics and Physicists (physicsandphysicists.blogspot.com, 'ZapperZ's physics blog', on"
                  " Blogger)"}),
    ("95", 6, 6, {"Geschichte der Gegenwart (geschichtedergegenwart.ch, a Swiss online magazine of essays by"
                  " historians and other scholars)",
                  "The Conversation (theconversation.com, research news and analysis written by academics)",
                  "EurekAlert! (www.eurekalert.org, the AAAS's science news-release service)",
                  "Express.co.uk (www.express.co.uk, the Daily Express's site, its Science section)",
                  "NDTV (www.ndtv.com, its World News)",
                  "Pulse Nigeria (www.pulse.ng, its World news)"}),
    ("96", 4, 4, {"Ai2 (allenai.org, the Allen Institute for AI's blog)",
                  "Education Week (www.edweek.org, education journalism)",
                  "Outer Places (www.outerplaces.com, its science section)",
                  "Treehugger (www.treehugger.com, environment and science news)"}),
    ("97", 6, 6, {"NDR (www.ndr.de, NDR Info's science podcast 'Das Coronavirus-Update', its episode"
                  " pages with their transcripts)",
                  "ingenieur.de (www.ingenieur.de, the VDI publishing house's engineering and technology"
                  " news)",
                  "Jugend forscht (www.jugend-forscht.de, the foundation of Germany's youth science"
                  " competition, its press releases)",
                  "SimplyScience (www.simplyscience.ch, a Swiss science magazine for young people)",
                  "ZAMG (www.zamg.ac.at, Austria's Central Institute for Meteorology and Geodynamics, its"
                  " climate news)",
                  "BfN (www.bfn.de, Germany's Federal Agency for Nature Conservation, its press releases)"}),
    ("98", 6, 6, {"CNNMoney (money.cnn.com, CNN's business and economy site)",
                  "Newsweek (www.newsweek.com, its Health section)",
                  "Guangming Online (光明网, gmw.cn, its science and technology channel 科技频道, 探索者)",
                  "Hawaii News Now (www.hawaiinewsnow.com, KHNL/KGMB's news site)",
                  "Forbes (www.forbes.com, its contributors' pages)",
                  "Vox (www.vox.com, its Science & Health section)"}),
    ("99", 3, 3, {"DataCite Search (search.datacite.org, DataCite's search of its DOI records; the 2016"
                  " Sinatra site)",
                  "Manubot (monarch-initiative.github.io)",
                  "Manubot (vanheeringen-lab.github.io)"}),
    ("100", 5, 5, {"CTV News (www.ctvnews.ca, Bell Media's Canadian news site, its Sci-Tech section)",
                   "Tencent Technology (腾讯科技, tech.qq.com, the technology channel of Tencent's"
                   " news portal 腾讯网)",
                   "New York Post (nypost.com, its News section)",
                   "CBS Detroit (detroit.cbslocal.com, CBS's local news site for Detroit, its Health"
                   " category)",
                   "The Sun (www.thesun.co.uk, its News section, tagged Health)"}),
    ("101", 6, 6, {"The Media Line (themedialine.org, a Middle East news agency, its Top Stories)",
                   "The Island Now (theislandnow.com, Long Island North Shore news, its Great Neck News)",
                   "Healthcare IT News (www.healthcareitnews.com, HIMSS Media's health-technology news)",
                   "News8Plus (news8plus.com, a news aggregator, its Top Stories)",
                   "NewsGram (www.newsgram.com, its Health & Fitness section)",
                   "Lost in JIT (lostinjit.blogspot.com, Maciej Fijałkowski's PyPy blog)"}),
    ("102", 6, 6, {"Daniel Lemire's blog (lemire.me, a computer-science professor's research blog)",
                   "Wolfgang Schmale (wolfgangschmale.eu, a Vienna historian's scholarly blog 'Mein Europa')",
                   "Resonator (resonator-podcast.de, the Helmholtz Association's research podcast)",
                   "SLF (www.slf.ch, the WSL Institute for Snow and Avalanche Research SLF)",
                   "Makronom (makronom.de, an online magazine of economic policy written largely by"
                   " economists)",
                   "The Published Reporter (www.publishedreporter.com, a news site)"}),
    # Round 103's held-out Edit article (the University of Edinburgh) waits in pages_pending/.
    ("103", 6, 6, {"Washington University School of Medicine's news releases (mednewsarchive.wustl.edu,"
                   " its Office of Medical Public Affairs)",
                   "EcoGeek (www.ecogeek.org, green-technology journalism)",
                   "The Endeavour (www.johndcook.com/blog, John D. Cook's blog of applied mathematics)",
                   "Schneier on Security (www.schneier.com/blog, Bruce Schneier's blog on security and"
                   " security technology)",
                   "The Science of Sport (www.sportsscientists.com, Ross Tucker's and Jonathan Dugas's"
                   " sports-science blog on Blogger)",
                   "Boing Boing (boingboing.net)"}),
    ("104", 6, 6, {"BAON (www.baon.hu, Bács-Kiskun county's news site, Mediaworks' Megyei Lapok; its"
                   " Életstílus column)",
                   "Mother Jones (www.motherjones.com, its Blue Marble science and environment blog)",
                   "Reuters (www.reuters.com, Reuters Health)",
                   "USA Today (www.usatoday.com, its Tech section)",
                   "MedPage Today (www.medpagetoday.com, clinical news for physicians)",
                   "RTTNews (www.rttnews.com, a financial and general newswire, its health desk)"}),
    ("105", 6, 6, {"CBS News (www.cbsnews.com, its health desk, CBS This Morning)",
                   "Pharmalot (www.pharmalot.com, Ed Silverman's pharmaceutical-industry journalism, UBM"
                   " Canon)",
                   "Econbrowser (www.econbrowser.com, James Hamilton's and Menzie Chinn's economics blog:"
                   " 'Analysis of current economic conditions and policy')",
                   "U.S. News & World Report's Health (health.usnews.com, its Health News, HealthDay"
                   " stories)",
                   "Discovery News (news.discovery.com, Discovery Communications' science news)",
                   "SFGate (www.sfgate.com, the San Francisco Chronicle's site, its Health section)"}),
    ("106", 3, 3, {"Ars Technica (arstechnica.com, Condé Nast's technology and science site, its Science"
                   " section)",
                   "ClinicalTrials.gov (clinicaltrials.gov, the U.S. National Library of Medicine's registry"
                   " of clinical studies)",
                   "Portal to the Universe (www.portaltotheuniverse.org, the International Astronomical"
                   " Union's astronomy news, blog and podcast portal, begun for the International Year of"
                   " Astronomy 2009)"}),
    ("107", 6, 6, {"Sprachpunkt (alexanderlasch.wordpress.com, the scholarly blog of Alexander Lasch, a"
                   " Dresden linguist)",
                   "DenkmalPraxisModerne (denkmalpraxismoderne.de, the Wüstenrot Stiftung's research project"
                   " on conserving the architecture of the modern movement, its case studies)",
                   "BfS (www.bfs.de, Germany's Federal Office for Radiation Protection, its press releases)",
                   "BSI (www.bsi.bund.de, Germany's Federal Office for Information Security, its press"
                   " releases)",
                   "BMBF (www.bmbf.de, Germany's Federal Ministry of Education and Research, its press"
                   " releases)",
                   "The Planetary Press (www.theplanetarypress.com, environmental news)"}),
    ("108", 6, 6, {"Ash's Blog (ashvardanian.com, Ash Vardanian's research-engineering blog)",
                   "The Times of India (timesofindia.indiatimes.com, its lifestyle desk)",
                   "Business Weekly (www.businessweekly.co.uk, Cambridge's business and technology news)",
                   "Corti (www.corti.ai, its stories: the company's research and product news)",
                   "Erik Demaine's pages (erikdemaine.org, an MIT professor's research pages)",
                   "Infinite Faculty (infinitefaculty.substack.com, Andrew Lampinen's Substack newsletter)"}),
    ("109", 6, 6, {"The New Republic (www.newrepublic.com)",
                   "TechCrunch (techcrunch.com)",
                   "Slate (www.slate.com)",
                   "CNET News (news.cnet.com)",
                   "CityLab (www.citylab.com, The Atlantic's cities site, once theatlanticcities.com)",
                   "Mashable (mashable.com)"}),
    ("110", 6, 6, {"Yahoo! News Japan (headlines.yahoo.co.jp, Yahoo!ニュース, its IT・科学 category)",
                   "heise online (www.heise.de, Heise Medien's IT news, its Mac & i channel)",
                   "Engadget (www.engadget.com)",
                   "The Verge (www.theverge.com)",
                   "SimplyFound (simplyfound.com, Joe Wee's technology news site)",
                   "Medium (medium.com, its Backchannel publication)"}),
    # Round 111's held-out Recode round-up moved back from pages_pending/ at stop 63 (pending63c).
    ("111", 6, 6, {"ZDNet (www.zdnet.com)",
                   "Recode (www.recode.net)",
                   "Google Cloud Platform Blog (cloudplatform.googleblog.com)",
                   "CRN (www.crn.com)",
                   "InformationWeek (www.informationweek.com)",
                   "AnandTech (www.anandtech.com)"}),
    ("112", 3, 3, {"The Next Web (thenextweb.com)",
                   "SitePoint (www.sitepoint.com)",
                   "Bloomberg Businessweek (www.businessweek.com)"}),
    ("113", 6, 6, {"WAZ (www.waz.de, Westdeutsche Allgemeine Zeitung, Funke Mediengruppe's Ruhr daily; its"
                   " Panorama section)",
                   "GameStar (www.gamestar.de, Webedia's games and technology magazine; its Tech section)",
                   "Golem.de (www.golem.de, the German IT and technology news site)",
                   "Der Tagesspiegel (www.tagesspiegel.de, the Berlin daily; its Wissen section)",
                   "DW (www.dw.com, Deutsche Welle's German service; its Wissenschaft section)",
                   "AFP Faktencheck (faktencheck.afp.com, Agence France-Presse's German fact-checking"
                   " service)"}),
    ("114", 4, 4, {"Rest of World (restofworld.org)",
                   "The New Yorker (www.newyorker.com)",
                   "VnExpress (vnexpress.net)",
                   "TechRadar (www.techradar.com)"}),
    ("115", 3, 3, {"Euronews in French (fr.euronews.com, its Green section, the Ocean programme)",
                   "Chunichi Shimbun (www.chunichi.co.jp, 中日新聞Web)",
                   "Maeil Business Newspaper (www.mk.co.kr, 매일경제; fundus's parser for it is named MBN)"}),
    # Round 116's train MacNN story waited in pages_pending/ until stop 65 (pending65) moved it back, its
    # abstract's reading decided by the lead.
    ("116", 6, 6, {"Marcus on AI (garymarcus.substack.com, Gary Marcus's Substack newsletter)",
                   "MacNN (www.macnn.com)",
                   "Rivard Report (therivardreport.com, San Antonio's nonprofit news site)",
                   "Morningstar (www.morningstar.com, its news pages)",
                   "SiliconANGLE (siliconangle.com)",
                   "Pentagon Post (www.pentagonpost.com)"}),
    ("117", 6, 6, {"Belfast Telegraph (www.belfasttelegraph.co.uk)",
                   "The Denver Post (www.denverpost.com)",
                   "International Business Times (www.ibtimes.com)",
                   "New York Daily News (www.nydailynews.com)",
                   "The Independent Florida Alligator (www.alligator.org)",
                   "The Sacramento Bee (www.sacbee.com)"}),
    # Round 118's drawn NewsLocker page was dropped (a link card over a listing): four pages, one held out.
    ("118", 4, 4, {"Business Next (www.bnext.com.tw, 數位時代, Taiwan's technology magazine)",
                   "Dark Reading (www.darkreading.com, UBM's security-technology news site)",
                   "Slashdot (mobile.slashdot.org, its Mobile section)",
                   "MSN (www.msn.com, Microsoft's portal, its News pages)"}),
    # Round 119's train CleanThinking.de article waited in pages_pending/ until stop 65 (pending65) moved it
    # back, its abstract's reading decided by the lead.
    ("119", 6, 6, {"The Atlantic (www.theatlantic.com)",
                   "CleanThinking.de (www.cleanthinking.de, 'Sauber in die Zukunft', a magazine on clean"
                   " technology)",
                   "Onmeda (www.onmeda.de, a German health and medicine portal)",
                   "Abenteuer Astronomie (abenteuer-astronomie.de, Oculum-Verlag's astronomy magazine, its"
                   " Astrofoto-Community)",
                   "Salon (www.salon.com)",
                   "The Sound Of Science (www.soundofscience.fr, a French blog on research and research"
                   " policy)"}),
    ("120", 4, 4, {"Phoronix (www.phoronix.com)",
                   "Next INpact (www.nextinpact.com)",
                   "Clubic (www.clubic.com)",
                   "Oracle's blogs: David Dice's blog (blogs.oracle.com)"}),
    ("121", 3, 3, {"ITmedia Mobile (www.itmedia.co.jp, ITmedia's mobile-technology news channel)",
                   "Yomiuri Online (www.yomiuri.co.jp, 読売新聞, its science section 科学)",
                   "松花江网 (www.shjnet.cn, the news site of Jilin city's 江城日报 newspaper group; here its"
                   " 2022 '新春走基层' feature column)"}),
    # Round 122's train DailyTech story moved back from pages_pending/ at stop 63 (pending63a).
    ("122", 6, 6, {"DailyTech (www.dailytech.com)",
                   "Computerworld (www.computerworld.com)",
                   "GeoEnergy Math (geoenergymath.com)",
                   "AutoGen's blog, Microsoft Research's (microsoft.github.io)",
                   "TechHive, PCWorld's (www.techhive.com)",
                   "The Inquirer (www.theinquirer.net)"}),
    # Round 123's pool held two sites, one short of a round's three: both drawn, one held out.
    ("123", 2, 2, {"MMWR (www.cdc.gov/mmwr, the CDC's Morbidity and Mortality Weekly Report)",
                   "Emerging Infectious Diseases (wwwnc.cdc.gov/eid, the CDC's peer-reviewed monthly"
                   " journal)"}),
    ("124", 6, 6, {"MassLive (www.masslive.com)",
                   "Mongabay (news.mongabay.com)",
                   "Digital Trends (www.digitaltrends.com)",
                   "Sci-Tech Today (www.sci-tech-today.com)",
                   "Photonics Online (www.photonicsonline.com)",
                   "The New Zealand Herald (www.nzherald.co.nz)"}),
    # Round 125's train CORDIS item and Healthcare Economist post (pending63a) and its held-out news.com.au
    # and Design & Trend stories (pending63b) waited in pages_pending/: stop 63 moved all four back with
    # their classes.
    ("125", 6, 6, {"Design & Trend (www.designntrend.com, a news site of design, technology and science"
                   " stories)",
                   "TED Blog (blog.ted.com, TED's blog: news of its talks, fellows and prizes)",
                   "Healthcare Economist (healthcare-economist.com, Jason Shafrin's health-economics blog)",
                   "CORDIS (cordis.europa.eu, the European Commission's Community Research and Development"
                   " Information Service; its news)",
                   "news.com.au (www.news.com.au, News Limited's Australian news site; its technology"
                   " section)",
                   "Experimental Philosophy (experimentalphilosophy.typepad.com, a group blog of experimental"
                   " philosophers)"}),
    # Round 126's train posts of Maurycy's blog (pending63a) and Bert Hubert's (pending63b) waited in
    # pages_pending/: stop 63 moved both back with their classes. The entry, which round 126's merge left out,
    # is restored with them.
    ("126", 4, 4, {"Giles' blog (www.gilesthomas.com)",
                   "MacRumors (www.macrumors.com)",
                   "Maurycy's blog (maurycyz.com)",
                   "Bert Hubert's writings (berthub.eu)"}),
    # Round 127's held-out apophenia post and its train Aktion Hummelschutz article waited in pages_pending/
    # until stop 64 (pending64) moved both back with their classes.
    ("127", 4, 4, {"Canada Journal (canadajournal.net)",
                   "Innovators Magazine (www.innovatorsmag.com)",
                   "apophenia, danah boyd's blog (www.zephoria.org)",
                   "Aktion Hummelschutz (aktion-hummelschutz.de)"}),
    ("128", 6, 6, {"The Wall Street Journal (www.wsj.com)",
                   "Business Insider (www.businessinsider.com, its Science section)",
                   "CBC News (www.cbc.ca, its Health section)",
                   "Hub (hub.jhu.edu, Johns Hopkins University's news)",
                   "The Globe and Mail (www.theglobeandmail.com)",
                   "Daily Mail (www.dailymail.co.uk, MailOnline, its Health section)"}),
    # Round 129's pool (web-archive tooling's sample WARCs) held three sites, a round's least: all drawn.
    ("129", 3, 3, {"Common Crawl (commoncrawl.org, the Common Crawl Foundation's blog of its web-crawl"
                   " data releases)",
                   "Maria Antoniak (maria-antoniak.github.io, a computational social science researcher's"
                   " academic site and blog)",
                   "Internet Archive (www.archive.org, its item ('details') pages of digitised books,"
                   " 2008)"}),
    # Round 130's held-out NIAID page waited in pages_pending/ (its class not fixed in the round's time) until
    # stop 65 (pending65) moved it back with its class.
    ("130", 6, 6, {"NIAID (www.niaid.nih.gov, the National Institute of Allergy and Infectious Diseases'"
                   " news)",
                   "Popular Science (www.popsci.com, a science and technology magazine's site)",
                   "The Bulletin (www.bendbulletin.com, the daily newspaper of Bend, Oregon)",
                   "Infection Landscapes (www.infectionlandscapes.org, Michael Walsh's blog on the"
                   " epidemiology, ecology and landscapes of infectious diseases)",
                   "Wait But Why (waitbutwhy.com, Tim Urban's long-form blog)",
                   "The Inquisitr (www.inquisitr.com, a news site, its Health section)"}),
    # Round 131's pool: the DAniEL corpus of a page-cleaning evaluation (rundimeco/waddle), thirteen sites.
    # Its held-out Psych Central story (its writer) and its train Doctors Lounge story (its dek) waited in
    # pages_pending/ until stop 65 (pending65) moved both back with their classes.
    ("131", 6, 6, {"Doctors Lounge (www.doctorslounge.com, a medical community site's news, HealthDay"
                   " stories)",
                   "Psych Central News (psychcentral.com/news, Psych Central's psychology and mental-health"
                   " research news)",
                   "TG Daily (www.tgdaily.com, a technology and science news site, its Health Features)",
                   "Scientific Frontline (www.sflorg.com, the SFL ORG's science news site, its earth and"
                   " nature news)",
                   "Asian Scientist Magazine (www.asianscientist.com, science, technology and medicine news"
                   " from Asia)",
                   "irishhealth.com (www.irishhealth.com, an independent Irish health news site)"}),
    # Round 132's pool: the rest of round 131's (the DAniEL corpus), eight sites. Its held-out Massey
    # University story (its day) waited in pages_pending/ until stop 65 (pending66) moved it back with its
    # class.
    ("132", 6, 6, {"Massey University (www.massey.ac.nz, New Zealand; its Massey News)",
                   "HealthCanal (www.healthcanal.com, a health-research news site of universities' and"
                   " institutes' releases)",
                   "COSMOS (www.cosmosmagazine.com, the Australian science magazine, its Cosmos Online"
                   " news)",
                   "Kopalnia Wiedzy (kopalniawiedzy.pl, a Polish science and technology news site)",
                   "UBC Public Affairs (www.publicaffairs.ubc.ca, the University of British Columbia's news"
                   " and media releases)",
                   "in.gr Υγεία (health.in.gr, the health section of the Greek portal in.gr, Lambrakis"
                   " Press)"}),
    # Round 133's pool: the DAniEL corpus's general news sites (rundimeco/waddle), twenty-seven sites with
    # health-research stories; the Winnipeg Free Press and the Huffington Post, drawn first, were replaced
    # (their pages hold UTF-8 decoded as Latin-1, not the bytes served) by Комментарии and the Evening Times.
    ("133", 6, 6, {"Капитал страны (www.kapital-rus.ru, 'Kapital Strany', a Russian online news and"
                   " analysis paper; its news)",
                   "Stuff (www.stuff.co.nz, Fairfax's New Zealand news site; its Life & Style section)",
                   "Подробности (podrobnosti.ua, 'Podrobnosti', the Ukrainian news site of the Inter TV"
                   " channel; its Health section, Здоровье)",
                   "Evening Times (www.eveningtimes.co.uk, Glasgow's evening paper, Herald & Times Group;"
                   " its News)",
                   "ABC News (abcnews.go.com, the US network's news site; its Health section)",
                   "Комментарии (life.comments.ua, 'Kommentarii', the Ukrainian news site comments.ua; its"
                   " Life section)"}),
    # Round 134's pool: a feed reader's full-text-extraction test pages (anyant/rssant), three sites, a
    # round's least: all drawn, owlspace's post held out.
    ("134", 3, 3, {"TorrentFreak (torrentfreak.com, a technology news site on copyright, file-sharing and"
                   " access to research)",
                   "owlspace (owlspace.xyz, a cybersecurity researcher's blog, 'Cybersec nerd doing nerd"
                   " things')",
                   "云风的 BLOG (blog.codingnow.com, Cloud Wu's blog, a game-engine author's engineering"
                   " notes)"}),
    # Round 135's pool: link-preview and unfurl libraries' recorded test pages (borderless/unfurl,
    # Doist/unfurlist), four sites: all drawn. Its held-out Chosun Ilbo story (no record: a Korean posted
    # line and byline) waited in pages_pending/ until stop 65 (pending67) moved it back with its classes.
    ("135", 4, 4, {"ScienceDaily (www.sciencedaily.com, a research-news site that reposts research"
                   " organisations' releases)",
                   "Chosun Ilbo (news.chosun.com, 조선일보 / 조선닷컴, a Korean daily; a story of its"
                   " 의료ㆍ보건, medicine and health, section)",
                   "Spread Privacy (spreadprivacy.com, DuckDuckGo's blog, 'DuckDuckGo Blog')",
                   "Bjango (bjango.com, a software maker's site and its articles on design and app"
                   " development)"}),
    # Round 136's pool: the DAniEL corpus's two science sites rounds 131 and 132 left undrawn
    # (rundimeco/waddle) and The Age's research story kept by jnothman/sitescraper, three sites: all drawn.
    # Its held-out Biolog.pl story waited in pages_pending/ until a class made after the round's final
    # held-out figure; its train ΤΟ ΒΗΜΑ story (no record, no class made in time) waited there until stop 66
    # (pending68) moved it back with its classes.
    ("136", 3, 3, {"The Age (www.theage.com.au, the Melbourne daily's site; a research story of its national"
                   " news)",
                   "Biolog.pl (www.biolog.pl, a Polish biology and medicine news portal)",
                   "ΤΟ ΒΗΜΑ (www.tovima.gr, the Athens daily's site; its science section, Ιατρική –"
                   " Βιολογία)"}),
    # Round 137's pool: ten of round 133's undrawn DAniEL general news sites (rundimeco/waddle), the 9th to
    # 18th of its order, pooled by title only; six drawn. Its held-out Kurskweb story (no record) was read
    # by a class made after the round's final held-out figure.
    ("137", 6, 6, {"Toronto Sun (www.torontosun.com, the Toronto daily of Sun Media; a story of its Life"
                   " section, Health & Fitness)",
                   "Курсквеб.Ру (kurskweb.ru, Kurskweb, a Kursk city news site; its world news,"
                   " Мировые новости)",
                   "GlobalPost (www.globalpost.com, the Boston-based international news site; a"
                   " breaking-news dispatch)",
                   "NOWnews 今日新聞網 (www.nownews.com, the Taiwanese news site; its"
                   " international news, 國際新聞)",
                   "The Express Tribune (tribune.com.pk, the Pakistani daily; a Reuters Health story of its"
                   " health pages)",
                   "News Tonight Africa (newstonight.co.za, a South African general news site)"}),
    # Round 138's pool: nine of the DAniEL corpus's general news sites that round 133 pooled by title and
    # left undrawn (rundimeco/waddle); the Vancouver Sun and the Montreal Gazette, drawn, were replaced (their
    # pages hold UTF-8 decoded as Latin-1) by the Daily Mirror and IVONA. Its held-out Oracle story (its
    # writer) and IVONA story (no record: a relative day) waited in pages_pending/ until stop 66 (pending69)
    # moved both back with their classes.
    ("138", 6, 6, {"The Oracle (www.usforacle.com, the University of South Florida's student newspaper; its"
                   " News)",
                   "IVONA (ivona.bigmir.net, the women's and health section of the Ukrainian portal"
                   " bigmir)net; filed by the DAniEL crawler under news.bigmir.net; its Здоровье, health,"
                   " news)",
                   "GMA News Online (www.gmanetwork.com, the Philippine broadcaster GMA Network's news site;"
                   " its Lifestyle » Wellness section)",
                   "Daily Mirror (www.mirror.co.uk, the British national daily; its Health News section)",
                   "Vesti.kz (vesti.kz, a Kazakh news site; its Технологии » Изобретения, technology and"
                   " inventions, section)",
                   "French Tribune (www.frenchtribune.com, an English-language news site; its Health"
                   " pages)"}),
    # Round 139's pool: researchers' blogs whose GitHub Pages repositories keep the pages as served
    # (Hakyll, Hugo, Pelican and Nikola output), seven sites: six drawn, Gaël Varoquaux's left.
    ("139", 6, 6, {"Bounded Rationality (bjlkeng.io, served from bjlkeng.github.io; Brian Keng's blog on"
                   " machine learning, probability and statistics)",
                   "Lil'Log (lilianweng.github.io, Lilian Weng's blog of machine-learning research reviews)",
                   "Pythonic Perambulations (jakevdp.github.io, Jake VanderPlas's blog on scientific"
                   " computing, statistics and astronomy with Python)",
                   "While My MCMC Gently Samples (twiecki.io, served from twiecki.github.io; Thomas Wiecki's"
                   " blog on Bayesian modelling, data science and Python)",
                   "colah's blog (colah.github.io, Christopher Olah's blog on neural networks and machine"
                   " learning)",
                   "will wolf (willwolf.io, served from cavaunpeu.github.io; Will Wolf's blog on machine"
                   " learning, with posts on crypto, geopolitics and life)"}),
    # Round 140's pool: individual researchers' blogs whose GitHub Pages repositories keep the pages as served
    # (Pelican output and hand-written HTML), six sites, all drawn: Gaël Varoquaux's (round 139's undrawn)
    # and five found new.
    ("140", 6, 6, {"Ariel Rokem (arokem.github.io, Ariel Rokem's blog on neuroscience data analysis"
                   " and scientific Python)",
                   "Brandon Rohrer's blog (brohrer.github.io, Brandon Rohrer's machine-learning and"
                   " data-science tutorials, 'part of the End-to-End Machine Learning library')",
                   "Cyrille Rossant (cyrille.rossant.net, Cyrille Rossant's blog on neuroscience,"
                   " scientific computing and the shaken baby syndrome controversy)",
                   "Gaël Varoquaux (gael-varoquaux.info, Gaël Varoquaux's blog on computer, data and"
                   " health science)",
                   "Vlad Niculae (vene.ro, Vlad Niculae's research blog on machine learning, natural"
                   " language processing and mathematics)",
                   "python4oceanographers (ocefpaf.github.io, Filipe Fernandes's blog of Python"
                   " examples applied to marine sciences)"}),
    # Round 141's pool: research groups' and labs' sites whose GitHub Pages repositories keep the built pages
    # in docs/ (Hugo Academic, Wowchemy, Hugo Blox and Quarto output), eight sites: six drawn, THU HAS Lab and
    # the ERSO group left. Its held-out Watershed Ecology Team page (its day and DOI) waited in pages_pending/
    # until stop 67 (pending70) moved it back with its classes.
    ("141", 6, 6, {"Multimedia Semantic Analytics Lab (msalab-pku.github.io, Peking University's MSA Lab)",
                   "CDRL (cdrl-ut.org, the Cognitive Disorders Research Laboratory, University of Toledo)",
                   "SNU GNSS Laboratory (gnss.snu.ac.kr, Seoul National University's GNSS lab)",
                   "Paleogenomics and Evolutionary Biology (popgenevolab.github.io, a paleogenomics lab's"
                   " site)",
                   "HausaNLP Research Group (hausanlp.github.io)",
                   "Watershed Ecology Team (glfc-wet.github.io, Natural Resources Canada's watershed ecology"
                   " group)"}),
    # Round 142's pool: the two research groups' sites round 141 left undrawn (THU HAS Lab, the ERSO group),
    # both drawn, K = 2, fewer than three sites: the test reads K as the round's pages in pages/ plus its
    # pages in pages_pending/, and its held-out third as round(K / 3) = 1 of them. Its train ERSO group post
    # (its DOI and abstract, readings for the lead to settle) waited in pages_pending/ until stop 67
    # (pending70) moved it back, its DOI and abstract read as none as the lead settled them.
    ("142", 2, 2, {"THU HAS Lab (www.thu-haslab.org, Tsinghua University's hardware and system security"
                   " lab)",
                   "ERSO Group (erso-group.org, Educational Research into the Social and Online, a Florida"
                   " State University Instructional Systems & Learning Technologies research group)"}),
    # Round 143's pool: seven researchers' blogs whose GitHub Pages repositories keep Pelican's output as
    # served; six drawn, dionhaefner.github.io left. Its train EO & DA Ramblings post (no record) and its
    # bblais on the web essay (its writer) waited in pages_pending/; stop 67 (pending71) moved the bblais
    # essay back with its class (a host whose handle spells the one person's name a link shows), and stop 68
    # (pending73) the EO & DA Ramblings post with its classes (the day heading the side column after a wrapped
    # heading; no byline from a code block's label line), so all six pages are here.
    ("143", 6, 6, {"Working Notes (swairshah.github.io, Swair Shah's blog of numerical-computing,"
                   " statistics and simulation notes)",
                   "Adam Ginsburg's blog (keflavich.github.io/blog, an astronomer's research notebook and"
                   " blog)",
                   "Data Blog (xavierbourretsicotte.github.io, Xavier Bourret Sicotte's blog of statistics"
                   " and machine-learning derivations)",
                   "notconfusing.com (Max Klein's blog of Wikipedia and Wikidata research notes and"
                   " essays)",
                   "bblais on the web (bblais.github.io, Brian Blais's blog of science, mathematics and other"
                   " essays)",
                   "EO & DA Ramblings (jgomezdans.github.io, José Gómez-Dans's blog on Earth observation and"
                   " data assimilation)"}),
    # Round 144's pool: research groups', labs' and a research project's sites whose repositories keep the
    # built pages (Jekyll, Hugo Academic, Hugo Blox and Hugo Stack output), six sites, all drawn. Its train
    # Fraternali Lab post (its DOI) and its held-out Bangor group post (its abstract), readings for the lead
    # to settle with round 142's ERSO post, waited in pages_pending/ until stop 67 (pending71) moved them
    # back, the Fraternali DOI and the Bangor abstract read as none as the lead settled them.
    ("144", 6, 6, {"Climate and Societal Analytics (climsocana.github.io, the ZKI-PH group's site)",
                   "EIS1600, The Evolution of Islamic Societies (c. 600-1600 CE) (eis1600.github.io, an Emmy"
                   " Noether research group's project at Universität Hamburg)",
                   "IPMAI-Lab (ipmai-lab.github.io, the IntelliPupil Microvision Artificial Intelligence"
                   " Laboratory, Tongling, Anhui)",
                   "ART, the Advanced Reactor Thermal-Hydraulics lab, Purdue University"
                   " (engineering.purdue.edu/ARTH)",
                   "Fraternali Lab (fraternalilab.github.io, Structural and Molecular Biology, University"
                   " College London)",
                   "Human-Centred Computing Research Group, Bangor University (hccbu.github.io)"}),
    # Round 145's pool: statisticians', an epidemiologist's, a historian's, a philosopher's and a research
    # group's Quarto, distill and blogdown sites whose repositories commit the rendered site, seven sites: six
    # drawn, alex hayes's left.
    ("145", 6, 6, {"Insufficient Statistics (michaeldewittjr.com, Michael DeWitt's blog on infectious"
                   " diseases, statistics and epidemiology)",
                   "A Rogue Historian (www.jessesadler.com, Jesse Sadler's site and digital-history blog)",
                   "The Delphi Blog (delphi.cmu.edu/blog, Carnegie Mellon's Delphi epidemic tracking and"
                   " forecasting group)",
                   "my experimental quarto blog (tjmahr.github.io/quarto-blog, Tristan Mahr's, a speech and"
                   " language researcher's)",
                   "Brian Weatherson (brian.weatherson.org/html-papers, a philosopher's web editions of his"
                   " papers)",
                   "Notes from a data witch (blog.djnavarro.net, Danielle Navarro's data science and"
                   " pharmacometrics blog)"}),
    # Round 146's pool: the last four DAniEL general news sites round 133 pooled, canada.com's page mojibake
    # and out; the three left all drawn, K = 3, its held-out third round(3 / 3) = 1 page.
    ("146", 3, 3, {"BCM (news.bcm.ru, NEWS.BCM.RU, the news portal of BCM, a St Petersburg web portal; its"
                   " Medicine and Health section, Медицина и здоровье)",
                   "新浪網 (news.sina.com.hk, Sina Hong Kong's news, 新浪新聞; its China news, 中國)",
                   "Radio New Zealand (www.radionz.co.nz, Radio New Zealand - Te Reo Irirangi o Aotearoa, the"
                   " public broadcaster's site; its national news)"}),
    # Round 147's pool: seven one-person research blogs whose repositories keep the generated pages as served;
    # its train Douglas Kelley post (no record, no class made in time) waited in pages_pending/ until stop 68
    # (pending73) moved it back with its class (a researcher's page of one paper under the site's name, its
    # Google Scholar table), so all six pages are here.
    ("147", 6, 6, {"Kan-Hua Lee (kanhua.github.io, a solar-cell, optics and computer-vision researcher's"
                   " blog)",
                   "Lab Notebook for Mark E. Madsen (notebook.madsenlab.org, one anthropologist's open"
                   " research notebook on cultural-transmission models)",
                   "Theory And Practice (theoryandpractice.org, Kyle Cranmer's blog: a particle physicist's"
                   " and data scientist's posts)",
                   "alex hayes (www.alexpghayes.com, Alex Hayes's blog: a statistician's posts on statistical"
                   " methods and networks)",
                   "dionhaefner.github.io (Dion Häfner's blog: a physicist's and machine-learning"
                   " researcher's posts on ocean modelling, machine learning and scientific Python)",
                   "Douglas Kelley (douglask3.github.io, a vegetation and fire modeller's site of research"
                   " posts and paper pages)"}),
    # Round 148's pool: labs', research groups' and projects' sites whose repositories keep the generated
    # pages (Hugo PaperMod, Ananke, Blowfish, Hugo Blox, Academic 4.3.1 and Hugo 0.16 output), six sites, all
    # drawn; BYU's Applied Machine Learning Laboratory dropped (its paper pages redirect by script or are
    # placeholders), K = 5. Its train ZJU VAI talk page (its author) and its held-out ELF Lab post (no record)
    # and CIICADA Lab seminar page (its author) waited in pages_pending/ until stop 67 (pending72) moved them
    # back with their classes, so all five pages are here.
    ("148", 5, 5, {"compuncertlab.org (the Computational Uncertainty Lab, Lehigh University: a research lab's"
                   " site made with Hugo's PaperMod theme)",
                   "consherplab.github.io (ConsHerpLab, a conservation herpetology lab: its site made with"
                   " Hugo Blox Builder 0.4.1)",
                   "zjuvai.cn (ZJU VAI, Zhejiang University's visual analytics group: its site made with"
                   " Source Themes Academic 4.3.1)",
                   "ciicadalab.github.io (CIICADA Lab, the Australian National University: a control and"
                   " decision research lab's site made with Hugo's Blowfish theme)",
                   "elf-lab.github.io (the ELF Lab: a linguistics research lab's site made with Hugo's Ananke"
                   " theme)"}),
    # Round 149's pool: a research software project's, a research project's and researchers' Sphinx/ABlog,
    # Nikola, blogdown and Quarto sites whose repositories keep the generated pages as served, seven sites:
    # six drawn, Support Astronomer left; the held-out Urban Grammar AI post waited in pages_pending/ until
    # stop 68 (pending73) moved it back with its class (an ABlog post known by ABlog's own markup), so all six
    # pages are here.
    ("149", 6, 6, {"A research (b)log (alix-tz.github.io/phd, Alix Chagué's research log of her PhD"
                   " on handwritten text recognition for the humanities)",
                   "ACT Documentation's blog (arm-doe.github.io/ACT, the Atmospheric data Community Toolkit"
                   " of the US Department of Energy's ARM user facility: its documentation site's blog of"
                   " data posts)",
                   "Pollard's Rho (nicholas-miklaucic.github.io, Nicholas Miklaucic's blog of statistics,"
                   " mathematics and computer-science expositions)",
                   "Simina blog (siminab.github.io, Simina Boca's blog, a biostatistician's posts on"
                   " statistics and genomics)",
                   "Amelia McNamara's site (www.amelia.mn, a statistician's and data-science education"
                   " researcher's blog)",
                   "Urban Grammar AI (urbangrammarai.xyz, a research project on urban form and function with"
                   " AI at the Alan Turing Institute and the University of Liverpool, led by Dani Arribas-Bel"
                   " and Martin Fleischmann)"}),
    # Round 150's pool: one person's research sites whose repositories keep the generated pages as served
    # (Pelican, Sphinx/ABlog, academicpages' Jekyll _site/ and Hugo Wowchemy/Academia docs/), seven sites:
    # six drawn, M.E. Irizarry-Gelpí's left.
    ("150", 6, 6, {"supportastronomer.net (Support Astronomer, Francesc Vilardell Sallés's blog, an"
                   " astronomer's: Sphinx with ABlog on the PyData theme)",
                   "hemingnm.github.io (Neander M Heming's site, an ecologist's: Wowchemy 5.7.0 for Hugo,"
                   " output in docs/)",
                   "hugoweissbart.com (Random Pattern & Regular Noise, Hugo Weissbart's site, a"
                   " neuroscientist's: Wowchemy 5.7.0 for Hugo, output in docs/)",
                   "adrianforsythe.github.io (Adrian Forsythe's site, a biologist's: academicpages, Jekyll,"
                   " built into _site/)",
                   "max-bre.de (Max Brede's site, a psychologist's: Source Themes Academia 4.3.1 for Hugo,"
                   " output in docs/ of mbrede.github.io)",
                   "joriscaze.github.io (Joris Cazé's site, a fluid-mechanics researcher's: Wowchemy 5.7.0"
                   " for Hugo, output in docs/)"}),
    # Round 151's pool: labs', research groups', a chair's and a research project's sites whose
    # repositories keep the generated pages as served (Hugo Academic, Hugo Blox, Wowchemy, an early Hugo,
    # Quarto), seven sites: six drawn, the Elgeti Lab left.
    ("151", 6, 6, {"grunwald.github.io (the Grünwald lab, plant pathology, Oregon State University and USDA"
                   " ARS: a research lab's site made with Hugo's Source Themes Academic, at"
                   " https://grunwald.github.io/grunwaldlab/)",
                   "dcpo.org (DCPO, the Dynamic Comparative Public Opinion project, political science: a"
                   " research project's site made with Quarto)",
                   "maizecau.xyz (SongLab, maize genetics and endosperm development, China Agricultural"
                   " University: a research lab's site made with Wowchemy for Hugo)",
                   "humboldt-wi.github.io (the Chair of Information Systems, Humboldt-Universität zu"
                   " Berlin: its research blog of course projects, made with Hugo, at"
                   " https://humboldt-wi.github.io/blog/)",
                   "affcom.ku.edu (the AffCom Lab, affective computing and psychiatry, University of"
                   " Kansas: a research lab's site made with Quarto)",
                   "realitybending.github.io (the Reality Bending Lab, psychology and cognitive"
                   " neuroscience, University of Sussex: a research lab's site made with Hugo Blox"
                   " Builder)"}),
    # Round 152's pool: research software projects' and research projects' sites whose repositories keep the
    # generated pages as served (MkDocs Material's blog, Docusaurus, Wowchemy and Pelican output), seven
    # sites: six drawn, ML.ENERGY's blog left.
    ("152", 6, 6, {"dayu-autostreamer.github.io (Dayu, Nanjing University's cloud-edge stream-analytics"
                   " system for video pipelines; its Docusaurus site's blog)",
                   "diynamics.github.io (DIYnamics, an NSF-funded project building low-cost rotating-tank"
                   " models for geophysical fluid dynamics teaching and research, UCLA; its blog)",
                   "kemtls.org (KEMTLS, a post-quantum TLS research project's site of its papers, talks and"
                   " news; Radboud University, Cloudflare and others)",
                   "sae4health.stat.uw.edu (SAE4Health, the University of Washington statisticians'"
                   " small-area-estimation app for health indicators in low- and middle-income countries,"
                   " built on the R package surveyPrev; its blog)",
                   "physagi.github.io (spikeDE, PhysAGI's PyTorch library for fractional-order spiking neural"
                   " networks; its documentation site's blog at /spikeDE/)",
                   "wavi-ice-sheet-model.github.io (WAVI, the Wavelet-based Adaptive-grid"
                   " Vertically-Integrated ice sheet model of the British Antarctic Survey, WAVI.jl; its"
                   " site's blog)"}),
    ("155", 5, 5, {"airesponsibly.net (NYU's Center for Responsible AI (R/AI), a research centre at New"
                   " York University; its site's news items)",
                   "deepgroundwater.com (DeepGroundwater, a hydrology and machine-learning research"
                   " project's blog of posts and articles)",
                   "eessi.github.io (EESSI, the European Environment for Scientific Software Installations,"
                   " a research software project of European HPC centres and universities; its documentation"
                   " site's blog)",
                   "ml.energy (the ML.ENERGY Research and Tech Blog, of the ML.ENERGY initiative behind the"
                   " Zeus energy-measurement software, University of Michigan)",
                   "www.caesarverifier.org (Caesar, RWTH Aachen University's deductive verifier for"
                   " probabilistic programs, a research software project; its site's blog)"}),
    # Round 156's pool: social-science and humanities researchers' own sites whose repositories keep the
    # generated pages as served (Quarto, Hugo Academic/Academia and a Hugo researcher theme's output), seven
    # sites: six drawn, Josef Fruehwald's Væl Space left.
    ("156", 6, 6, {"hannoreuvers.github.io (Hanno Reuvers's site, an econometrician's: Source Themes Academic"
                   " 4.1.0 for Hugo 0.54, output in docs/ of the project repository Webpage-HugoAcademic)",
                   "andirko.eu (Alejandro M. Andirkó's site, a linguist's working on the evolution of human"
                   " cognition: Hugo output with the 'researcher' theme, at the root of"
                   " AGMAndirko/Personal-website)",
                   "grantmcdermott.com (Grant R. McDermott's site, an economist's: Quarto 1.8.27 output on"
                   " the gh-pages branch of grantmcdermott/grantmcdermott.github.io)",
                   "ikashnitsky.phd (Ilya Kashnitsky's site, a demographer's: Quarto 1.9.36 output in docs/"
                   " of ikashnitsky/ikashnitsky.github.io)",
                   "www.andersonmonken.com (Anderson Monken's site, an economist's: Source Themes Academia"
                   " 4.3.1 for Hugo 0.83.1, output at the root of AndersonMonken/AndersonMonken.github.io)",
                   "jrnold.me (Jeffrey B. Arnold's site, a political scientist's: Hugo Academic output (Hugo"
                   " 0.42.2) in docs/ of jrnold/jrnold.me)"}),
    ("153", 6, 6, {"agahkarakuzu.github.io (Agah Karakuzu's site, an MRI physicist's: Source Themes Academic"
                   " 4.3.1 for Hugo, output in docs/)",
                   "aldenbradford.com (Alden Bradford's site, a mathematician's blog: Pelican output on"
                   " gh-pages)",
                   "meirizarrygelpi.github.io (M.E. Irizarry-Gelpí's site, a physicist's blog of physics and"
                   " mathematics notes: Pelican output)",
                   "pabrod.github.io (PabRod, Pablo Rodríguez-Sánchez's site, an applied mathematician's and"
                   " physicist's blog: Pelican output on gh-pages)",
                   "www.geert.io (Geert Barentsen's site, an astronomer's blog: Pelican output on gh-pages)",
                   "www.svenkreiss.com (Sven Kreiss's site, a particle physicist's blog: Pelican output on"
                   " master)"}),
    # Round 159's pool: one person's research blogs in the humanities and social sciences whose
    # repositories keep the generated pages as served (three linguists' Quarto sites and Væl Space, an
    # education researcher's Hugo site, a digital humanist's static site), six sites: all drawn.
    ("159", 6, 6, {"bretsw.com (Bret Staudt Willet's site, an education researcher's (educational "
                   "technology, learning with social media): Hugo 0.125.7 output, the Anatole theme, in "
                   "docs/ of bretsw/bretsw.github.io)",
                   "jofrhwld.github.io (Væl Space, Josef Fruehwald's blog, a linguist's: Quarto 1.9.37 "
                   "output on the gh-pages branch of JoFrhwld/blog, served at jofrhwld.github.io/blog)",
                   "jonreeve.com (Jonathan Reeve's site, a digital humanist's (computational literary "
                   "analysis): a Haskell static site's (Ema) output on the gh-pages branch of "
                   "JonathanReeve/jonreeve.com)",
                   "lsoenning.github.io (Lukas Sönning's site, a linguist's (corpus linguistics): Quarto "
                   "1.5.57 output in docs/ of lsoenning/lsoenning.github.io)",
                   "stefanocoretta.github.io (Stefano Coretta's site, a linguist's (phonetics): Quarto "
                   "1.9.38 output in docs/ of stefanocoretta/stefanocoretta.github.io)",
                   "www.jvcasillas.com (Joseph V. Casillas's site, a linguist's (Spanish phonetics and "
                   "bilingualism): Quarto 1.7.23 output in docs/ of jvcasillas/jvcasillas.github.io)"}),
    # Round 158: labs', groups' and centres' pages of any field from repositories that keep the generated
    # pages as served (Lab Website Template deployments on gh-pages, Hugo Apero output, R distill output,
    # an Eleventy build in docs/), six sites, all drawn; AUSCMI's held-out paper page waited in pages_pending/
    # until stop 69 (pending74) moved it back with its classes (an author line of names behind academic
    # honorifics, a preview block over it read as the summary where no h1 stands).
    ("158", 6, 6, {"argocanada.github.io (the Argo Canada Development Blog, Fisheries and Oceans Canada's"
                   " Argo float programme: a research programme's blog made with R distill)",
                   "auscmi.org (the Australian COVID-19 Modelling Initiative, AUSCMI, a consortium of"
                   " Australian and New Zealand epidemic modelling groups: a site made with Eleventy)",
                   "elgetilab.github.io (the Elgeti Lab, biophysics of G protein-coupled receptors, Leipzig"
                   " University: a lab's site made with Hugo and the Apero theme)",
                   "feenstralab.github.io (the Feenstra Lab, genetic epidemiology of pregnancy and birth,"
                   " Statens Serum Institut, Copenhagen: a lab's site made with R distill)",
                   "lonsdorf-lab.github.io (the Lonsdorf Lab, biological psychology of fear and anxiety,"
                   " Bielefeld University: a lab's site made with the Lab Website Template (Jekyll))",
                   "systemsdevbiolab.com (the Camacho-Aguilar Lab, systems developmental biology, Centro"
                   " Andaluz de Biología del Desarrollo (CABD), Seville: a lab's site made with the Lab"
                   " Website Template (Jekyll))"}),
    # Round 162's pool: one person's research sites in biology, neuroscience, ecology and health research
    # (and the networking researcher's site round 157 left) whose repositories keep the generated pages as
    # served (Wowchemy, Hugo Academic, Quarto and R distill output), six sites: all drawn.
    ("162", 6, 6, {"abhikumar86.github.io (Abhishek Kumar's site, a plant ecologist's: R distill output in"
                   " docs/ of Abhikumar86/abhikumar86.github.io)",
                   "afraderasola.github.io (Albert Fradera Sola's site, a molecular biologist's: Wowchemy"
                   " 5.5.0 for Hugo, output at the root of AFraderaSola/AFraderaSola.github.io)",
                   "angabrio.github.io (Andrea Gabrio's site, a biostatistician's in health economics and"
                   " clinical trials: Quarto 1.5.57 output in docs/ of AnGabrio/angabrio.github.io)",
                   "fedeparola.github.io (Federico Parola's site, a networking researcher's: Wowchemy 5.5.0"
                   " for Hugo, output in docs/ of FedeParola/fedeparola.github.io)",
                   "joaogoncalves.cc (João Gonçalves's site, a landscape ecologist's: Hugo 0.53 with the"
                   " Academic theme, output at the root of joaofgoncalves/joaofgoncalves.github.io)",
                   "psadil.github.io (Patrick Sadil's site, a cognitive neuroscientist's: Quarto 1.7.32"
                   " output on the gh-pages branch of psadil/psadil, served at"
                   " https://psadil.github.io/psadil/)"}),
    # Round 160's pool: one paper's project pages in computer vision and graphics, the pages GitHub Pages
    # serves from their repositories as written (the Nerfies template and its variants), nine sites: six
    # drawn, Differential Diffusion's, Self-Supervised Motion Magnification's and DehazeGS's left.
    ("160", 6, 6, {"cotracker3.github.io (CoTracker3's project page: one computer-vision paper's site, the"
                   " Nerfies template)",
                   "easi3r.github.io (Easi3R's project page: one computer-vision paper's site, the Nerfies"
                   " template)",
                   "ingra14m.github.io/Spec-Gaussian-website (Spec-Gaussian's project page: one graphics"
                   " paper's site, the Nerfies template, served from a project repository of Ziyi Yang's"
                   " account)",
                   "mega-sam.github.io (MegaSaM's project page: one computer-vision paper's site, the Nerfies"
                   " template)",
                   "mystyle-personalized-prior.github.io (MyStyle's project page: one computer-vision and"
                   " graphics paper's site, the Nerfies template)",
                   "physcene.github.io (PhyScene's project page: one computer-vision and graphics paper's"
                   " site, a Bulma layout after the Nerfies template)"}),
    # Round 166's pool: one paper's own project pages of any field, the seven sites rounds 160 and 161 pooled
    # or looked at and never drew (each the hand-written index.html GitHub Pages serves); six drawn, Motion
    # Modes's left.
    ("166", 6, 6, {"AgentGym (agentgym.github.io, an LLM-agents paper's project page)",
                   "DehazeGS (dehazegs.github.io, a 3D-reconstruction paper's project page)",
                   "Differential Diffusion (differential-diffusion.github.io, an image-editing paper's"
                   " project page)",
                   "STITCH-OPE (stitch-ope.github.io, a reinforcement-learning paper's project page)",
                   "Self-Supervised Motion Magnification (dangeng.github.io/flowmag, a computer-vision"
                   " paper's project page)",
                   "mbrs (naist-nlp.github.io/mbrs-web, an NLP library paper's project page)"}),
    # Round 174's pool: speech, audio and music papers' demo pages (hand-written index.html pages of audio
    # samples the authors serve from GitHub Pages), eight sites: six drawn, VoiceDesigner's and the
    # video-to-audio MoE paper's left; its train lung-sound samples page waited in pages_pending/ until
    # stop 70 (pending77) moved it back with its class, its held-out TOSS-Codec page back at the merge,
    # its hero lede read as the summary as round 168 read MARCUS-Avatar's
    # (E1 TTS's, held out, read right by a class made after the final figure).
    ("174", 6, 6, {"tosscodec-demo.github.io (TOSS-Codec, a streaming neural audio codec paper's demo page;"
                   " TOSSCodec-demo/TOSSCodec-demo.github.io)",
                   "anonymous-tts-demo.github.io/gspo_sparktts (Vi-SparkRL, a Vietnamese text-to-speech"
                   " paper's anonymous demo page; the docs/ folder of anonymous-tts-demo/gspo_sparktts)",
                   "zet-speech.github.io/ZET-Speech-Demo (ZET-Speech, an emotional text-to-speech paper's"
                   " demo page, AITRICS and KAIST; ZET-Speech/ZET-Speech-Demo)",
                   "fatfat-emosum.github.io/EmoDialog-Sum-Audio-Samples (Spoken DialogSum, a"
                   " spoken-dialogue summarisation dataset paper's demo page;"
                   " fatfat-emosum/EmoDialog-Sum-Audio-Samples)",
                   "e1tts.github.io (E1 TTS, a one-step non-autoregressive text-to-speech paper's online"
                   " supplement, CUHK-Shenzhen and NetEase Fuxi AI Lab; e1tts/e1tts.github.io)",
                   "lisa-petry.github.io/lung-denoising-audio-samples (Denoising of Lung Sound Recordings, a"
                   " lung-sound denoising paper's audio samples, Aalto University Acoustics Lab;"
                   " lisa-petry/lung-denoising-audio-samples)"}),
    # Round 175's pool: one article's landing page of a journal or proceedings series whose static site is
    # kept in a public repository (the Journal of Visualization and Interaction's per-article builds,
    # ReScience C's Jekyll pages, the International Conference on Live Coding's paper pages), three sites,
    # all drawn (the family nearly dry, as round 73 found it); its two held-out pages (the ICLC paper's
    # authors, the JoVI article's byline and day) moved back from pages_pending/ with their classes (stop 71,
    # pending78).
    ("175", 3, 3, {"rescience.github.io (ReScience C, the diamond open-access replication journal; Jekyll"
                   " output on master of ReScience/rescience.github.io)",
                   "iclc.toplap.org (the International Conference on Live Coding's site; the 2015"
                   " proceedings' pandoc-built paper pages on master of iclc/iclc.github.io)",
                   "www.journalovi.org (the Journal of Visualization and Interaction, a diamond open-access"
                   " journal; the article repository journalovi/2024-Cashman-PAC-learning-game's Idyll build"
                   " on gh-pages)"}),
    # Round 173's pool: a paper's full text as one web page from a scholarly-writing tool, seven sites (four
    # Manubot manuscripts on gh-pages, three Quarto manuscripts on gh-pages or in docs/); six drawn,
    # EpistasisLab's PMLB manuscript left; no page pending.
    ("173", 6, 6, {"biocypher.github.io/biocypher-paper (the BioCypher paper, Sebastian Lobentanzer,"
                   " Julio Saez-Rodriguez and 30 others; a Manubot manuscript on gh-pages of"
                   " biocypher/biocypher-paper)",
                   "mmv-lab.github.io/im2im-paper (the MMV_Im2Im toolbox paper, Justin Sonneck, Yu Zhou"
                   " and Jianxu Chen of ISAS Dortmund; a Manubot manuscript on gh-pages of"
                   " MMV-Lab/im2im-paper)",
                   "bluegenes.github.io/2021-paper-sourmash-distance (the sourmash distance-estimation"
                   " paper, N. Tessa Pierce-Ward and C. Titus Brown; a Manubot manuscript on gh-pages of"
                   " bluegenes/2021-paper-sourmash-distance)",
                   "alex-koiter.github.io/spatial-variability-soil-manuscript (a soil-science manuscript"
                   " of Maria Luna Miño, Alexander J Koiter and three others, Brandon University and"
                   " Agriculture and Agri-Food Canada; a Quarto manuscript published to gh-pages of"
                   " alex-koiter/spatial-variability-soil-manuscript)",
                   "mitchellacoustics.github.io/J2401_JASA_SSID-Single-Index (the Soundscape Perception"
                   " Indices paper, Andrew Mitchell, Francesco Aletta, Tin Oberman and Jian Kang of UCL,"
                   " JASA 2024; a Quarto manuscript published to gh-pages of"
                   " MitchellAcoustics/J2401_JASA_SSID-Single-Index)",
                   "jflournoy.github.io/no-silver-bullets (the 'No Silver Bullets' software cycle-time"
                   " paper, John C. Flournoy, Carol S. Lee, Maggie Wu and Catherine M. Hicks of"
                   " Pluralsight, an arXiv preprint of 2025; a Quarto manuscript rendered to docs/ on"
                   " main of jflournoy/no-silver-bullets)"}),
    # Round 170's pool: one paper's own project pages of any field (video prediction, dynamical systems,
    # NLP evaluation, robotics, cell biology, HCI, game world models), the hand-written index.html GitHub
    # Pages serves, nine sites: six drawn, PromptSuite's, GenAssist's and WorldMind's left; its held-out
    # RepMode page, read first by its venue line's year, back from pages_pending/ at the merge with the year
    # its BibTeX preprint gives, as round 59 read DreamGaussian's (HOLDOUT.md, "Round 170 merged").
    ("170", 6, 6, {"RepMode (correr-zhou.github.io/RepMode, a cell-biology imaging paper's project page)",
                   "Motion Modes (motionmodes.github.io, a video-prediction paper's project page)",
                   "Forecasting Continuous Non-Conservative Dynamical Systems in SO(3)"
                   " (bastianlb.github.io/forecasting-rotational-dynamics, a dynamical-systems paper's"
                   " project page)",
                   "Measuring Psychological Depth in Language Models (psychdepth.github.io, an NLP"
                   " evaluation paper's project page)",
                   "DROP: Dexterous Reorientation via Online Planning (caltech-amber.github.io/drop, a"
                   " robotics paper's project page)",
                   "FuseGrasp (eehydeng.github.io/fusegrasp, a robotics paper's project page)"}),
    # Round 172's pool: social scientists' own pages of one paper (economists', political scientists' and an
    # education researcher's one-person research sites: Source Themes Academic, Wowchemy and Hugo Blox Builder
    # output kept as served), seven sites: six drawn, Maximilian Linek's left.
    ("172", 6, 6, {"www.diogoferrari.com (Diogo Ferrari's, a political scientist's: Source Themes Academic "
                   "4.3.1 output at the root of DiogoFerrari/DiogoFerrari.github.io)",
                   "ebardelli.github.io (Emanuele Bardelli's, an education-policy researcher's: Wowchemy "
                   "5.7.0 output at the root of the html branch of ebardelli/ebardelli.github.io)",
                   "fangzhuy.github.io (Fangzhu Yang's Homepage, a marketing economist's: Wowchemy 5.7.0 "
                   "output at the root of FangzhuY/fangzhuy.github.com)",
                   "www.joseincio.com (José Incio's, a political scientist's: Source Themes Academic 4.3.1 "
                   "output at the root of aniversarioperu/jincio.github.io)",
                   "zant1998.github.io/santiagotorres.github.io (Santiago Torres's, a political "
                   "economist's: Wowchemy 5.9.3 output at the root of Zant1998/santiagotorres.github.io, a "
                   "project site)",
                   "tomoakiyamada.github.io (Tomoaki Yamada's, a Japanese macroeconomist's: Hugo Blox "
                   "Builder 0.2.0 output at the root of TomoakiYamada/TomoakiYamada.github.io)"}),
    # Round 171's pool: paper-reading notes, one reader's blog posts each on one paper by others, whose
    # repositories keep the generated pages as served (Wowchemy, Hexo, Hugo), nine sites: six drawn, Solang
    # Kim's, Always Apple and qinka.github.io left; its train Andre Frankenthal's page (its writer) and its
    # two held-out pages (Kimberly's Blog's, Kijung Jeon's) waited in pages_pending/ until stop 70
    # (pending77) moved all three back with their classes.
    ("171", 6, 6, {"ximinlin.github.io (Ximin Lin's notes, a student's; Hexo 5.4 output with the Keep theme"
                   " on gh-pages of XiminLin/ximinlin.github.io)",
                   "pko89403.github.io ('유기농은 너무 비싸서 그런데 농약 친 건 어딨나요?', a Korean"
                   " engineer's study blog; Hugo 0.101 output with the Vitae theme at the root of"
                   " pko89403/pko89403.github.io)",
                   "dj-woo.github.io (djwoo blog, Deumji Woo's, a Korean engineer's; Hugo 0.65 output with"
                   " the Tranquilpeak theme at the root of dj-woo/dj-woo.github.io)",
                   "frankenthal.dev (Andre Frankenthal's, a particle physicist's personal site; Wowchemy 5.0"
                   " output for Hugo at the root of afrankenthal/afrankenthal.github.io)",
                   "kimberlykang.github.io (Kimberly's Blog, a vision engineer's; Hugo output with the Stack"
                   " theme that a workflow deploys to main of kimberlykang/kimberlykang.github.io)",
                   "kraitgit.github.io (Kijung Jeon's, a KAIST undergraduate's; Hugo output with the Stack"
                   " theme deployed to gh-pages of KraitGit/KraitGit.github.io)"}),
    # Round 178's pool: benchmark, dataset and leaderboard sites of one paper each, a second draw, the
    # hand-written home page of the benchmark or dataset a paper introduced, served as written from an
    # organisation site; eight sites (round 177's three undrawn among them), six drawn, NoveltyBench's and
    # Oolong's left; its two held-out pages (MMMU's, its subtitle's description taken for its abstract; GSO's,
    # its tab's title over its h1 and its byline of bare names unread) moved back from pages_pending/ with
    # their classes (stop 71, pending78).
    ("178", 6, 6, {"mmmu-benchmark.github.io (MMMU, a multi-discipline multimodal understanding benchmark's"
                   " site of one paper; hand-written HTML at the root of main of"
                   " MMMU-Benchmark/mmmu-benchmark.github.io)",
                   "gso-bench.github.io (GSO, a Berkeley software-optimisation benchmark for SWE-agents' site"
                   " of one paper; hand-written HTML at the root of main of gso-bench/gso-bench.github.io)",
                   "multi-modal-self-instruct.github.io (Multimodal Self-Instruct, a Zhejiang University"
                   " synthetic visual-reasoning benchmark's site of one paper; hand-written HTML at the root"
                   " of main of Multi-modal-self-instruct/Multi-modal-self-instruct.github.io)",
                   "longemotion.github.io (LongEmotion, a long-context emotional-intelligence benchmark's"
                   " site of one paper; hand-written HTML at the root of main of"
                   " LongEmotion/LongEmotion.github.io)",
                   "ockbench.github.io (OckBench, a Georgia Tech, MIT and NVIDIA reasoning-efficiency"
                   " benchmark's site of one paper; hand-written HTML at the root of main of"
                   " OckBench/OckBench.github.io)",
                   "polymathbenchmark.github.io (PolyMATH, an Arizona State University multimodal"
                   " mathematical-reasoning benchmark's site of one paper; hand-written HTML at the root of"
                   " main of polymathbenchmark/polymathbenchmark.github.io)"}),
    # Round 177's pool: benchmark, dataset and leaderboard sites of one paper each, the hand-written home
    # page of the benchmark or dataset a paper introduced, served as written from an organisation site; nine
    # sites, six drawn, Multimodal Self-Instruct's, PolyMATH's and LongEmotion's left; its held-out VSTAR page
    # read right by classes made after the final held-out figure, its held-out MM-NIAH page (its Introduction
    # read as its abstract) moved back from pages_pending/ with its class (stop 71, pending78).
    ("177", 6, 6, {"mm-niah.github.io (MM-NIAH, a Shanghai AI Laboratory long multimodal document benchmark's"
                   " site of one paper; hand-written HTML at the root of main of MM-NIAH/MM-NIAH.github.io)",
                   "liveoibench.github.io (LiveOIBench, a University of Michigan coding benchmark's site of"
                   " one paper; hand-written HTML at the root of main of LiveOIBench/LiveOIBench.github.io)",
                   "emma-benchmark.github.io (EMMA, an ICML 2025 multimodal reasoning benchmark's site of"
                   " one paper; hand-written HTML at the root of main of"
                   " emma-benchmark/emma-benchmark.github.io)",
                   "mdi-benchmark.github.io (MDI-Benchmark, a BUPT personalization benchmark's site of one "
                   "paper; hand-written HTML at the root of main of MDI-Benchmark/MDI-Benchmark.github.io)",
                   "mmrb-benchmark.github.io (MMRB, a BUPT multi-image reasoning benchmark's site of one"
                   " paper; hand-written HTML at the root of master of"
                   " mmrb-benchmark/mmrb-benchmark.github.io)",
                   "vstar-benchmark.github.io (VSTAR, an ACL 2023 video-grounded dialogue dataset's site of"
                   " one paper; hand-written HTML at the root of master of"
                   " VSTAR-Benchmark/VSTAR-Benchmark.github.io)"}),
    # Round 179's pool: paper-reading notes, a third draw, one reader's blog posts each on one paper by
    # others, whose repositories keep the generated pages as served (Hugo, Hexo, Jekyll al-folio), seven
    # sites: six drawn, Always Apple left; its train Solang Kim's page (her writer) and its two held-out
    # pages (brog's, Geonsik Youn's) waited in pages_pending/ until stop 71 (pending79) moved all three back.
    ("179", 6, 6, {"goodyoung.github.io (Good Young, a Korean student's dev blog; Hugo output, a LoveIt-like"
                   " theme, at the root of master of goodyoung/goodyoung.github.io)",
                   "qinka.github.io (Johann Li's blog, a Chinese medical-imaging researcher's; Hexo 5.4.0 "
                   "output at the root of master of Qinka/qinka.github.io)",
                   "mulkong.github.io (Mulkong DeepLearning, a Korean reader's study blog; Hexo 5.4.2 "
                   "output, the NexT.Muse theme, at the root of master of mulkong/mulkong.github.io)",
                   "solangii.github.io (Solang Kim, a Korean student's blog; Hugo 0.102.1 output at the root"
                   " of solangii/solangii.github.io)",
                   "braveseokyung.github.io (brog, a Korean student's blog; Hugo 0.126.0 output, the DoIt"
                   " theme, at the root of braveseokyung/braveseokyung.github.io)",
                   "good-riverdeer.github.io (Geonsik Youn, a Korean engineer's site; Jekyll al-folio output"
                   " deployed to gh-pages of good-riverdeer/good-riverdeer.github.io)"}),
    # Round 169's pool: paper-reading notes, one reader's or one lab's blog posts each on one paper by
    # others, whose repositories keep the generated pages as served (Hexo, Octopress, Hugo, Wowchemy, Jekyll
    # Chirpy), nine sites: six drawn (Minsoo Kang's, whose Chirpy pages end without </html>, replaced by
    # Sanghyuk Chun's), Andre Frankenthal's and Ximin Lin's left; its train ldihao's blog page and its
    # held-out Sanghyuk Chun's page waited in pages_pending/ until stop 70 (pending76) moved both back with
    # their classes.
    ("169", 6, 6, {"blog.mhxie.us (Minghao's Personal Blog, a systems PhD student's; Hugo PaperMod output on"
                   " gh-pages of mhxie/blog.mhxie.us)",
                   "ntust-sims-lab.github.io/it-blog (SiMS Lab | IT Blog, a National Taiwan University of"
                   " Science and Technology lab's blog; Hexo 5.4.2 output on gh-pages of"
                   " NTUST-SiMS-Lab/it-blog)",
                   "chrisvicky.github.io (Christopher Liu's Blog, a student's; Hexo 6.3.0 output, the"
                   " Butterfly theme, on gh-pages of ChrisVicky/chrisvicky.github.io)",
                   "statkwon.github.io (ML LAB, a Korean statistics student's study blog; Hugo output, the"
                   " Mainroad theme, at the root of statkwon/statkwon.github.io)",
                   "ldihao.github.io (ldihao's blog, a medical-imaging student's; Hugo 0.68.3 output, the"
                   " 'even' theme, at the root of ldihao/ldihao.github.io)",
                   "sanghyukchun.github.io (README, Sanghyuk Chun's blog, a machine-learning researcher's;"
                   " Octopress output at the root of SanghyukChun/SanghyukChun.github.io)"}),
    # Round 168's pool: one paper's own project pages of any field, new to the corpus, in layouts of the
    # authors' own, a paper's own text as a page and the Academic Project Page Template, from the GitHub Pages
    # repositories that serve them as written; seven sites, six drawn, WorldMind's left; its held-out quantum
    # kitchen sinks paper's page (its year) waited in pages_pending/ until stop 70 (pending76) moved it back
    # with its class.
    ("168", 6, 6, {"MARVAL (godlikegu.github.io/MARVAL-RL-page, an image-generation paper's project page)",
                   "Draw2Cut (apisxia.github.io/Draw2Cut, a human-computer interaction paper's project page)",
                   "MARCUS-Avatar (luh1124.github.io/MARCUS-Avatar-Projectpage, an avatar-reconstruction"
                   " paper's project page)",
                   "Chain-of-Visual-Thought (wakalsprojectpage.github.io/covt-website, a vision-language"
                   " model paper's project page)",
                   "Flow-ERD (seulbinhwang.github.io/flow-erd-project-page, a traffic-simulation paper's"
                   " project page)",
                   "RF Spectrogram Anomaly Detection with Quantum Kitchen Sinks (acrot0.github.io/"
                   "quantum-paper-website, a quantum machine learning paper's own text as a page)"}),
    # Round 165's pool: paper-reading notes, one reader's blog posts each summarising or reviewing one
    # paper by others, whose repositories keep the generated pages as served (Jekyll, Quarto, Hexo,
    # Hugo), seven sites: six drawn, Christopher Liu's blog left; its two held-out pages (K2H'log's,
    # std::bodun::blog's) waited in pages_pending/ until stop 69 (pending75) moved both back with their
    # classes.
    ("165", 6, 6, {"kurtkim.github.io (K2H'log, a Korean reader's blog of paper reviews; Hugo output, the"
                   " Stack theme, on the gh-pages branch of KurtKim/kurtkim.github.io)",
                   "www.bodunhu.com (std::bodun::blog at /blog, Bodun Hu's, a systems-for-ML PhD student's;"
                   " Hugo output that a workflow deploys from BDHU/blog-source to BDHU/blog)",
                   "vishalbakshi.github.io (Vishal Bakshi's Blog at /blog, an ML practitioner's;"
                   " Quarto 1.7.32 output in docs/ of vishalbakshi/blog)",
                   "shagunsodhani.com (Papers I Read, Shagun Sodhani's paper-notes blog at"
                   " /papers-I-read; Jekyll (Lanyon) output on the gh-pages branch of"
                   " shagunsodhani/papers-I-read)",
                   "blog.ddlee.cc (萧爽楼, 李家丞's Chinese-language blog; Hexo 3.9.0 output,"
                   " the Icarus theme, on the gh-pages branch of ddlee-cn/blog_ddlee_cc)",
                   "leo-p.github.io (🍋 Lemon Zest, Leo Paillier's blog; Hugo 0.59.0 output, the 'even'"
                   " theme, at the root of leo-p/leo-p.github.io)"}),
    # Round 164's pool: economists' and a political scientist's own pages of one paper, Hugo output (Source
    # Themes Academic, Wowchemy, Hugo Blox) at the root of their user-site repositories; eight sites, six
    # drawn, Fangzhu Yang's and José Incio's left.
    ("164", 6, 6, {"amannj.github.io (Juergen Amann's site, an economist's: Hugo Blox Builder 5.9.6 output at"
                   " the root of amannj/amannj.github.io)",
                   "anshuman-econ.github.io (Anshuman Tiwari's site, an environmental and development"
                   " economist's: Source Themes Academic 4.8.0 output at the root of"
                   " anshuman-econ/anshuman-econ.github.io)",
                   "deyurao.github.io (Deyu Rao's site, an environmental economist's: Source Themes Academic"
                   " 4.8.0 output at the root of deyurao/deyurao.github.io)",
                   "kochiuyu.github.io (Chiu Yu Ko's site, an economic theorist's: Source Themes Academic"
                   " 4.8.0 output at the root of kochiuyu/kochiuyu.github.io)",
                   "rsiregar.github.io (Rizki Nauli Siregar's site, a trade economist's: Wowchemy 4.8.0"
                   " output at the root of rsiregar/rsiregar.github.io)",
                   "venance-riblier.github.io (Venance Riblier's site, a macroeconomist's: Wowchemy 5.7.0"
                   " output at the root of venance-riblier/venance-riblier.github.io)"}),
    # Round 163's pool: conference and workshop sites' pages of one accepted paper, the MiniConf builds the
    # venues' repositories keep as served (gh-pages or a committed build), seven sites: six drawn, EMNLP
    # 2023's drawn but with no eligible page (every page an empty shell) and replaced by SIGDIAL & INLG 2023.
    ("163", 6, 6, {"ACMC 2020 (the Australasian Computer Music Conference 2020, acmc2020.com, MiniConf)",
                   "AKBC 2022 (the 4th Conference on Automated Knowledge Base Construction, virtual.akbc.ws,"
                   " MiniConf)",
                   "CHIL (the ACM Conference on Health, Inference, and Learning, chilconference.org,"
                   " MiniConf)",
                   "EACL 2024 virtual conference (virtual2024.eacl.org, MiniConf)",
                   "OzCHI 2022 (the 34th Australian Conference on Human-Computer Interaction,"
                   " cpmpercussion.github.io/ozchi-2022-miniconf and ozchi.org/2022, MiniConf)",
                   "SIGDIAL & INLG 2023 programme site (sigdialinlg2023.github.io, MiniConf)"}),
    # Round 161's pool: one paper's own project pages outside computer vision (NLP, robotics, reinforcement
    # learning, planning, protein design), each the hand-written index.html GitHub Pages serves; nine sites,
    # six drawn, STITCH-OPE's, AgentGym's and mbrs's left.
    ("161", 6, 6, {"The Reality Gap in Robotics (robotics-reality-gap.github.io, a robotics survey's project"
                   " site)",
                   "LAMPS (nkrobotlab.github.io/LAMPS, a robot skill-learning paper's project page)",
                   "ToolAlignBench (toolalignbench.github.io, an LLM tool-calling alignment paper's project"
                   " page)",
                   "Walk-Jump Sampling (prescient-design.github.io/walk-jump, a protein-design paper's"
                   " project page)",
                   "Catastrophic Jailbreak (princeton-sysml.github.io/jailbreak-llm, an LLM-safety paper's"
                   " project page)",
                   "CMDTSP (mit-realm.github.io/CMDTSP, a multi-robot planning paper's project page)"}),
    # Round 157's pool: one person's research sites in engineering, computing and statistics whose
    # repositories keep the generated pages as served (Hugo Academic, Source Themes Academic, Wowchemy and
    # Hugo Blox output in docs/), seven sites: six drawn, Federico Parola's left.
    ("157", 6, 6, {"www.ducoveen.com (Duco Veen's site, a statistician's: Source Themes Academic 4.5.0"
                   " for Hugo, output in docs/ of the repository VeenDuco/website)",
                   "jackhaha363.github.io (Yuchen Lu's site, a machine-learning researcher's: Source Themes"
                   " Academic 4.8.0 for Hugo, output in docs/ of his user-site repository)",
                   "kevinliebergen.github.io (Kevin van Liebergen's site, a security researcher's: Hugo Blox"
                   " Builder 0.3.1, output in docs/ of his user-site repository)",
                   "kristoff-starling.github.io (Yuyao Wang's Homepage, a computer-systems and"
                   " software-engineering researcher's: Source Themes Academic 4.8.0 for Hugo, output in"
                   " docs/ of the user-site repository)",
                   "moonblvd.github.io (Yu Yao's site, 'Yu's personal website', a robotics and"
                   " intelligent-driving researcher's: Hugo Academic on Hugo 0.27.1, output in docs/ of the"
                   " project repository brianyao_hugo)",
                   "matheus-garbelini.github.io (M. E. Garbelini's site, Matheus E. Garbelini's, a wireless"
                   " and Bluetooth security researcher's: Wowchemy 5.0.0-beta.3 for Hugo, output in docs/ of"
                   " his repository home, served under /home/)"}),
    # Round 154's pool: labs', groups' and an institute's sites outside computer science whose repositories
    # keep the generated pages as served (Lab Website Template and al-folio deployments on gh-pages, a
    # committed Jekyll _site/, Hugo Apero output), nine sites: six drawn, the Lonsdorf Lab, the
    # Camacho-Aguilar Lab and the Elgeti Lab left.
    ("154", 6, 6, {"digitalhumanities.kr (the Center for Digital Humanities of the Academy of Korean"
                   " Studies, 디지털인문학연구소 @ AKS: an institute's site made with the Lab"
                   " Website Template (Jekyll), in Korean and English)",
                   "deadlabcary.github.io (the DEAD Lab, Disturbance Ecology and Decomposition, Cary"
                   " Institute of Ecosystem Studies: a lab's site made with the Lab Website Template"
                   " (Jekyll), at https://deadlabcary.github.io/lab-website/)",
                   "kenji-fukushima-lab.github.io (the Fukushima lab, 植物進化研究室, plant"
                   " evolutionary genomics, National Institute of Genetics, Japan: a lab's al-folio (Jekyll)"
                   " site, in Japanese)",
                   "www.manskelab.ca (the Manske Lab, bone and joint imaging, McCaig Institute, University"
                   " of Calgary: a lab's site made with the Lab Website Template (Jekyll))",
                   "oliynyklab.github.io (the Oliynyk Lab, intermetallics and materials chemistry, Hunter"
                   " College: a lab's site made with the Lab Website Template (Jekyll))",
                   "zhangtaolab.org (the Zhang Tao lab, plant bioinformatics, epigenetics and genomics,"
                   " Yangzhou University: a lab's Jekyll site)"}),
    # Round 176's pool: one paper's own project pages, a second draw this stop (NLP evaluation, accessibility,
    # robotics, planetary-rover navigation, machine learning, mechanism design, biomedical knowledge graphs,
    # medical implants, game world models), the hand-written index.html GitHub Pages serves, nine sites: six
    # drawn, BioKGBench's, the implant-generation paper's and WorldMind's left; no page pending.
    ("176", 6, 6, {"PromptSuite (eliyahabba.github.io/PromptSuite, an NLP evaluation framework paper's"
                   " project page)",
                   "GenAssist (minarainbow.github.io/GenAssist, an accessibility paper's project page)",
                   "Vi-TacMan (vi-tacman.github.io, a robotic manipulation paper's project page)",
                   "Variational Uncertainty Decomposition for In-Context Learning (jacobyhsi.github.io/VUD, a"
                   " machine-learning paper's project page)",
                   "Generative Synthesis of Kinematic Mechanisms (jl6017.github.io/GenMech, a"
                   " mechanism-design paper's project page)",
                   "Tube Model Predictive Control for Robust Autonomous Navigation of Planetary Rovers via"
                   " Safe Reinforcement Learning (limu12138.github.io/Safe-Robust-Autonomous-Navigation, a"
                   " planetary-rover navigation paper's project page)"}),
    # Round 180's pool: one paper's own demo or project page outside computer vision (speech and audio demo
    # pages, medical-imaging and biomedical project pages, and the seeds the brief named), the hand-written
    # index.html GitHub Pages serves, seven sites: six drawn, BioKGBench's left; its train MCF-SVC page and
    # its held-out video-to-audio and WorldMind pages waited in pages_pending/; stop 71 (pending79) moved the
    # MCF-SVC and video-to-audio pages back, and pending80 WorldMind's.
    ("180", 6, 6, {"face-stylespeech.github.io (Face-StyleSpeech, a face-image-to-speech synthesis paper's"
                   " demo page, AITRICS and KAIST; a Nerfies-layout page hand-written in"
                   " Face-StyleSpeech/Face-StyleSpeech.github.io)",
                   "voicedesigner-demo.github.io (VoiceDesigner, a text-to-voice generation and editing"
                   " paper's demo page, Johns Hopkins University and Adobe Research; an Academic Project Page"
                   " Template page hand-written in voicedesigner-demo/voicedesigner-demo.github.io)",
                   "pfriedri.github.io/pcdiff-implant-io (Point Cloud Diffusion Models for Automatic Implant"
                   " Generation, a medical-imaging paper's project page, University of Basel, MICCAI 2023; a"
                   " Nerfies-layout page hand-written in pfriedri/pcdiff-implant-io)",
                   "lazycat1119.github.io/RASVC-demo (MCF-SVC, a zero-shot singing-voice-conversion paper's"
                   " audio samples; a hand-written page in Lazycat1119/RASVC-demo)",
                   "visual-audio-demo.github.io/other-visual-audio-demo.github.io (a video-to-audio"
                   " generation paper's anonymous demo page; a hand-written Bootstrap page in"
                   " Visual-Audio-demo/other-visual-audio-demo.github.io)",
                   "teawhitebro.github.io/worldmind_projectpage (WorldMind, a game world model paper's"
                   " project page, Tencent and the National University of Singapore; a layout of the"
                   " authors' own, hand-written in TeaWhiteBro/worldmind_projectpage, served under"
                   " teawhite.cn)"}),
    # Round 181's pool: a paper's full text as one web page from a scholarly-writing tool, a second draw,
    # nine sites (seven Manubot manuscripts on gh-pages, two Quarto manuscripts on gh-pages or in docs/);
    # six drawn, the nf-core/eager, CryoVesNet and ChEBI-roles manuscripts left; no page pending.
    ("181", 6, 6, {"timo-ko.github.io/glmm_simulation_tutorial (the GLMM sample-size planning tutorial,"
                   " Florian Pargent, Timo K. Koch et al. of LMU Munich; a Quarto manuscript published to"
                   " gh-pages of Timo-Ko/glmm_simulation_tutorial)",
                   "mangul-lab-usc.github.io/pkg-manager-review (the review of packaging and containerising"
                   " bioinformatics software, Sharon Waymost, Serghei Mangul et al. of UCLA and USC; a"
                   " Manubot manuscript on gh-pages of Mangul-Lab-USC/pkg-manager-review)",
                   "chayast.github.io/wbo-manuscript (the fractional-bond-order torsion paper, Chaya D Stern,"
                   " John D Chodera et al.; a Manubot manuscript on gh-pages of ChayaSt/wbo-manuscript)",
                   "bgautijonsson.github.io/MaternEigenPaper (the Gaussian-copula density paper, Brynjólfur"
                   " Gauti Guðrúnar Jónsson of the University of Iceland; a Quarto manuscript rendered to"
                   " docs/ on main of bgautijonsson/MaternEigenPaper)",
                   "benjamin-lee.github.io/deep-rules (Ten Quick Tips for Deep Learning in Biology, Benjamin"
                   " D. Lee, Casey S. Greene et al.; a Manubot manuscript on gh-pages of"
                   " Benjamin-Lee/deep-rules)",
                   "epistasislab.github.io/pmlb-manuscript (the PMLB v1.0 benchmark paper, Trang T. Le,"
                   " William La Cava, Jason H. Moore et al.; a Manubot manuscript on gh-pages of"
                   " EpistasisLab/pmlb-manuscript)"}),
    # Round 182's pool: paper-reading notes, a fourth draw, one reader's blog posts each on one paper by
    # others, whose repositories keep the generated pages as served (Hexo NexT and Cactus, Hugo Stack and
    # terminal), nine sites: six drawn, Abing's Blog, NoneBack and bnmoch3 left; its train silly onions and
    # Always Apple pages (their writers) waited in pages_pending/ until stop 71 (pending80) moved them back.
    ("182", 6, 6, {"whhong-research.github.io (whhong的博客, a civil-engineering researcher's blog; Hugo "
                   "0.157.0 "
                   "output, the Stack theme, on main of whhong-research/whhong-research.github.io)",
                   "me.tric.space (Metric Space, Chaofan's blog, a systems student's; Hexo 6.3.0 output, the "
                   "Cactus theme, at the root of SiriusNEO/siriusneo.github.io)",
                   "khirotaka.github.io (Hirotaka Kawashima's site, a Japanese machine-learning student's; "
                   "Hugo "
                   "0.88.1 output, the terminal theme, at the root of khirotaka/khirotaka.github.io)",
                   "gelimcgill.github.io (Ge Li's site, a machine-learning scientist's blog; Hexo 6.2.0 "
                   "output, "
                   "the NexT Muse theme, on main of geliAI/gelimcgill.github.io)",
                   "arush15june.github.io (silly onions, Aarush Ahuja's blog, a security student's; Hugo"
                   " 0.75.1 output, the terminal theme, on master of arush15june/arush15june.github.io)",
                   "applewonder.github.io (Always Apple, Applemandiath's blog, a student's; Hexo 6.2.0"
                   " output, the NexT theme, on main of Applewonder/Applewonder.github.io)"}),
    # Round 183's pool: benchmark, dataset and leaderboard sites of one paper each, a third draw, the
    # hand-written home page of the benchmark or dataset a paper introduced, served as written; nine sites
    # (round 178's NoveltyBench and Oolong and round 180's BioKGBench among them), six drawn, NoveltyBench's,
    # SPIN-Bench's and TeamBench's left; its train Oolong page (its lead paragraph taken for its abstract)
    # and its held-out OmniVideoBench page (no byline, no record) waited in pages_pending/ until stop 71
    # (pending80) moved them back.
    ("183", 6, 6, {"zzzzzdx.github.io/biokg_webpage (BioKGBench, a Westlake University benchmark of AI "
                   "agents over biomedical knowledge graphs, the site of one paper; hand-written HTML at the"
                   " root of master of zzzzzdx/biokg_webpage, a project site)",
                   "ineqmath.github.io (IneqMath, a Stanford inequality-proof benchmark's site of one paper;"
                   " hand-written HTML at the root of main of ineqmath/ineqmath.github.io)",
                   "localsearchbench.github.io (LocalSearchBench, a Meituan and East China Normal University"
                   " agentic-search benchmark's site of one paper; hand-written HTML at the root of master "
                   "of localsearchbench/localsearchbench.github.io)",
                   "tool-genesis.github.io (Tool-Genesis, a tool-creation benchmark for language agents from"
                   " UESTC, the University of Hong Kong and Xiaohongshu, the site of one paper; hand-written"
                   " HTML at the root of main of Tool-Genesis/Tool-Genesis.github.io)",
                   "oolongbench.github.io (Oolong, a Carnegie Mellon long-context aggregation benchmark's"
                   " site of one paper; hand-written HTML at the root of main of"
                   " oolongbench/oolongbench.github.io)",
                   "omnivideobench.github.io/omnivideobench_home (OmniVideoBench, a Nanjing University"
                   " audio-visual video-understanding benchmark's site of one paper; hand-written HTML at"
                   " the root of main of OmniVideoBench/omnivideobench_home, a project site)"}),
    # Round 184's pool: researchers' own publication pages of one paper each in the natural sciences,
    # engineering and mathematics (Hugo Academic, Wowchemy and Source Themes Academic output kept as served);
    # eight sites, six drawn, Sasha Petrenko's and Young-suk Lee's left; no page pending.
    ("184", 6, 6, {"0cooper.github.io (Olivia Cooper's, an astronomer's one-person academic site; Source "
                   "Themes Academic 4.5.0 output at the root of 0cooper/0cooper.github.io)",
                   "a-vani.github.io (Akash Vani's, an astronomer's one-person academic site; Wowchemy 5.7.0"
                   " output at the root of A-Vani/a-vani.github.io)",
                   "aadityasalgarkar.github.io (Aaditya Salgarkar's, a theoretical physicist's one-person "
                   "academic site; Wowchemy 5.7.0 output at the root of "
                   "AadityaSalgarkar/AadityaSalgarkar.github.io)",
                   "aashay97.github.io (Aashay Mehta's, a researcher's in machine learning for human "
                   "decision-making, one-person academic site; Wowchemy 5.4.0 output at the root of "
                   "Aashay97/aashay97.github.io)",
                   "2015dingm.github.io (Ming Ding's, a theoretical computer scientist's one-person academic"
                   " site; Wowchemy 5.4.0 output deployed to `main` of 2015dingm/2015dingm.github.io)",
                   "0324wy.github.io (Yan Wang's, a wind-engineering researcher's one-person academic site; "
                   "Wowchemy 5.7.0 output at the root of 0324wy/0324wy.github.io)"}),
    # Round 185's pool: one paper's own project pages in vision, graphics and learning, a third draw this
    # stop (the Nerfies template's deployments and layouts of the authors' own on GitHub Pages), nine sites:
    # six drawn, MoFlow's, MovingParts' and sitcoms3D's left; all six pages in pages/ (its two held-out
    # classes fixed after the final figure).
    ("185", 6, 6, {"Deblurring 3D Gaussian Splatting (benhenryl.github.io/Deblurring-3D-Gaussian-Splatting, a"
                   " neural-rendering paper's project page)",
                   "Face Adapter for Pre-Trained Diffusion Models with Fine-Grained ID and Attribute Control"
                   " (face-adapter.github.io, a face-editing paper's project page)",
                   "Gaussian Splashing: Unified Particles for Versatile Motion Synthesis and Rendering"
                   " (gaussiansplashing.github.io, a physics-based rendering paper's project page)",
                   "InterDyn: Controllable Interactive Dynamics with Video Diffusion Models"
                   " (interdyn-video.github.io, a video-generation paper's project page)",
                   "MuBe4D: A Mutual Benefit framework for Generalizable Motion Segmentation and"
                   " Geometry-First 4D Reconstruction (mube4d.github.io, a 4D-reconstruction paper's project"
                   " page)",
                   "StopThePop: Sorted Gaussian Splatting for View-Consistent Real-time Rendering"
                   " (r4dl.github.io/StopThePop, a rendering paper's project page)"}),
    # Round 186's pool: speech, audio and music papers' demo pages, a third draw (speech codecs, speech
    # enhancement, speech-to-speech translation, adaptive and zero-shot TTS, singing-voice synthesis), the
    # hand-written or Hugo-made pages GitHub Pages serves as written, nine sites: six drawn (the FreeCodec
    # demo, naming no paper, replaced by FlashSpeech's), VisualTrans's and cognitivespeech's left; its two
    # held-out pages (AdaSpeech's, the universal speech enhancement demo) waited in pages_pending/ until stop
    # 72 (pending81) moved both back with their classes.
    ("186", 6, 6, {"flashspeech.github.io (FlashSpeech, a zero-shot speech synthesis paper's demo page;"
                   " flashspeech/flashspeech.github.io)",
                   "wavelandspeech.github.io (Xiaoice's speech research demo pages; its HiFi-WaveGAN"
                   " singing-voice vocoder paper's page; wavelandspeech/wavelandspeech.github.io)",
                   "stability-ai.github.io/stable-codec-demo (Stability AI's demo page of 'Scaling"
                   " Transformers for Low-Bitrate High-Quality Speech Coding';"
                   " Stability-AI/stable-codec-demo)",
                   "towangjingxiang.github.io/EigenCodec-Demo (EigenCodec, a narrowband speech codec"
                   " manuscript's audio samples; towangjingxiang/EigenCodec-Demo)",
                   "roychao19477.github.io/speech-enhancement-demo-2024 (a universal speech enhancement"
                   " model's demo page citing its authors' arXiv paper 2405.06573;"
                   " RoyChao19477/speech-enhancement-demo-2024)",
                   "adaspeech.github.io (AdaSpeech, Microsoft's adaptive text-to-speech paper's demo page;"
                   " adaspeech/adaspeech.github.io)"}),
    # Round 187's pool: paper-reading notes in Chinese, a fifth draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hexo NexT, Yilia, Butterfly, a
    # Hux Blog port and a minimal theme; Hugo), eight sites: six drawn, Zephyr's Note and Mr.Duck left; its
    # held-out 刘知安 page, misread at the final figure, came back in the round with the classes made after.
    ("187", 6, 6, {"desmonday.github.io (DesmonDay's Blog, a graph-learning and NLP student's; Hexo NexT "
                   "output on master of DesmonDay/DesmonDay.github.io)",
                   "wenretium.github.io (Wenretium's Space, a computer-vision student's; Hexo Yilia-style "
                   "output on master of Wenretium/Wenretium.github.io)",
                   "tobiaslee.top (Stay Hungry,Stay Foolish., an NLP researcher's; Hexo Yilia output on "
                   "master of TobiasLee/tobiaslee.github.io)",
                   "ap0l1o.github.io (ap0l1o's, a storage-systems student's; Hexo output of a minimal theme "
                   "on master of Ap0l1o/Ap0l1o.github.io)",
                   "www.ameshiro77.cn (雨白的博客小屋, a wireless-networks student's; Hexo Butterfly "
                   "output on main of Ameshiro77/Ameshiro77.github.io)",
                   "liuzhian.github.io (刘知安的博客 / LiuZhian's Blog, a computer-vision student's; "
                   "Hexo output of a Hux Blog port on master of LiUzHiAn/LiUzHiAn.github.io)"}),
    # Round 192's pool: paper-reading notes in English, a fifth draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hugo, Zola, Nikola), eight
    # sites: six drawn, J3RN's Blog and bnmoch3 left; its train Mikhail Shilkov review waited in
    # pages_pending/ (its og:description, which its sidecar read as the post's own summary and the readers
    # leave out) until stop 73's pending82 moved it back, its sidecar giving way to the corpus's reading.
    ("192", 6, 6, {"handora.github.io (Never stop learning!, a systems student's blog; Hugo 0.37 "
                   "output at the root of master of Handora/Handora.github.io)",
                   "mikhail.io (Mikhail Shilkov's blog, a cloud engineer's; Hugo 0.147.9 output at the root "
                   "of master of mikhailshilkov/mikhailshilkov.github.io)",
                   "poorlydefinedbehaviour.github.io (poorlydefinedbehaviour's blog, a programmer's; Hugo "
                   "0.154.1 output, the PaperMod theme, on gh-pages of "
                   "PoorlyDefinedBehaviour/poorlydefinedbehaviour.github.io)",
                   "noneback.github.io (NoneBack, a storage engineer's blog; Hugo 0.163.3 output that a "
                   "workflow deploys to main of noneback/noneback.github.io)",
                   "richardmuri.github.io (Richard's Page, Richard Muri's personal website, an engineer's; "
                   "Zola output, the simple-dev-blog theme, on gh-pages of "
                   "RichardMuri/RichardMuri.github.io)",
                   "www.austintripp.ca (Austin Tripp's website, a machine-learning researcher's; Nikola "
                   "output on master of AustinT/AustinT.github.io)"}),
    # Round 190's pool: researchers' own publication pages of one paper each, a second draw in the sciences
    # (Hugo Blox Builder, Wowchemy and Source Themes Academic output kept as served), seven sites: six drawn,
    # Sasha Petrenko's left (again); no page pending.
    ("190", 6, 6, {"patel999jay.github.io (Jay Patel's, an ocean engineer's one-person academic site; Source "
                   "Themes Academic 4.8.0 output at the root of patel999jay/patel999jay.github.io)",
                   "agos95.github.io (Federico Agostini's, a physicist and data scientist's one-person "
                   "academic site; Wowchemy 5.7.0 output deployed to gh-pages of Agos95/Agos95.github.io)",
                   "andst.github.io (Andreas Stephan's, an NLP and weak-supervision researcher's one-person "
                   "academic site; Hugo Blox Builder 5.9.7 output deployed to gh-pages of "
                   "AndSt/AndSt.github.io)",
                   "young.kaist.ac.kr (Young-suk Lee's, a molecular and computational biologist's one-person "
                   "academic site; Source Themes Academic 4.5.0 output at the root of "
                   "2yngskl/2yngskl.github.io)",
                   "amandaynzhou.github.io (Yanning Zhou's, a biomedical image-analysis researcher's "
                   "one-person academic site; Hugo Blox Builder 0.3.1 output at the root of "
                   "Amandaynzhou/amandaynzhou.github.io)",
                   "achillesalaun.github.io (Achille Salaün's, a network-diagnosis and clinical "
                   "machine-learning researcher's one-person academic site; Hugo Blox Builder 0.3.1 output "
                   "at the root of AchilleSalaun/achillesalaun.github.io)"}),
    # Round 191's pool: one paper's own project pages, a fourth draw, outside computer vision where the search
    # allowed (the Nerfies template's and the Academic Project Page Template's deployments on GitHub Pages),
    # nine sites: six drawn, Environment as Policy's, ReorientDiff's and GOPLA's left; all six pages in
    # pages/ (its held-out class fixed after the final figure).
    ("191", 6, 6, {"MoFlow: One-Step Flow Matching for Human Trajectory Forecasting via Implicit Maximum"
                   " Likelihood Estimation based Distillation (moflow-imle.github.io, a"
                   " trajectory-forecasting paper's project page)",
                   "From Single to Multi-Agent Reasoning: Advancing GeneGPT for Genomics QA"
                   " (kimia-abedini.github.io/Genom-Agent, a genomics question-answering paper's project"
                   " page)",
                   "RoboDexVLM: Vision-Language Model-Enabled Task Planning and Motion Control for Dexterous"
                   " Robot Manipulation (henryhcliu.github.io/robodexvlm, a robot-manipulation paper's"
                   " project page)",
                   "Evaluating Concurrent Robustness of Language Models Across Diverse Challenge Sets"
                   " (msin-infotabs.github.io, an NLP robustness paper's project page)",
                   "Self-supervised Learning of Reconstructing Deformable Linear Objects under Single-Frame"
                   " Occluded View (mp2cdlo.github.io/MP2CDLO, a robot-perception paper's project page)",
                   "Probing the Behaviors of Logical Fallacy Detection Models"
                   " (trileo01.github.io/Logical-Fallacy-Detection, an NLP study's project page)"}),
    # Round 189's pool: a paper's full text as one web page from a scholarly-writing tool, a third draw,
    # nine sites (six Manubot manuscripts on gh-pages, three Quarto manuscripts on gh-pages or in docs/); six
    # drawn, the OpenPBTA, ChEBI-roles and Studentsourcing manuscripts left; no page pending.
    ("189", 6, 6, {"klepac-ceraj-lab.github.io/resonance1_manuscript (the RESONANCE gut-microbiome and "
                   "neurocognition paper, Kevin S. Bonham, Vanja Klepac-Ceraj et al. of Wellesley College;"
                   " a Manubot manuscript on gh-pages of Klepac-Ceraj-Lab/Resonance1_Manuscript)",
                   "aseedb.github.io/CryoVesNet-Manuscript (the CryoVesNet synaptic-vesicle segmentation "
                   "paper, Amin Khosrozadeh, Benoît Zuber et al. of the University of Bern; a Manubot "
                   "manuscript on gh-pages of aseedb/CryoVesNet-Manuscript)",
                   "sortee-github-hackathon.github.io/manuscript (the paper on GitHub for collaborative "
                   "and reproducible research in ecology and evolution, Pedro Henrique Pereira Braga, "
                   "Robert Crystal-Ornelas et al., the SORTEE GitHub hackathon's; a Manubot manuscript on "
                   "gh-pages of SORTEE-Github-Hackathon/manuscript)",
                   "apeltzer.github.io/eager2-paper (the nf-core/eager ancient-genome pipeline paper, "
                   "James A. Fellows Yates, Alexander Peltzer et al. of the MPI for the Science of Human "
                   "History; a Manubot manuscript on gh-pages of apeltzer/eager2-paper)",
                   "jjcurtin.github.io/study_lag (the alcohol-lapse forecasting paper, Kendra Wyant, John "
                   "J. Curtin et al. of the University of Wisconsin-Madison; a Quarto manuscript published"
                   " to gh-pages of jjcurtin/study_lag)",
                   "isaiahespi.github.io/rea-paper (the election-confidence survey-experiment paper, "
                   "Isaiah Espinoza of the University of Maryland; a Quarto manuscript rendered to docs/ "
                   "on main of isaiahespi/rea-paper)"}),
    # Round 188's pool: benchmark, dataset and leaderboard sites of one paper each, a fourth draw, the
    # hand-written home page of the benchmark or dataset a paper introduced, served as written; eight sites
    # (round 183's NoveltyBench, SPIN-Bench and TeamBench among them), six drawn, CocoaBench's and
    # NoveltyBench's left; its held-out ClinicalLab page, no record at the final figure, came back in the
    # round with the class made after; its held-out TeamBench page (its 'Authors' section and its footer's
    # year not read) waited in pages_pending/ until stop 75's pending85 moved it back with its two classes.
    ("188", 6, 6, {"teambench.github.io (TeamBench, a multi-agent teamwork benchmark from MIT and Google, "
                   "the site of one paper; hand-written HTML at the root of main of "
                   "teambench/teambench.github.io)",
                   "haitianliu22.github.io/clinical-lab (ClinicalLab, a clinical-diagnosis agent benchmark "
                   "suite, the site of one paper; hand-written HTML with the layui toolkit at the root of "
                   "master of HaitianLiu22/clinical-lab)",
                   "spinbench.github.io (SPIN-Bench, a strategic-planning and social-reasoning benchmark for "
                   "language models from Princeton and UT Austin, the site of one paper; hand-written HTML "
                   "at the root of main of spinbench/spinbench.github.io)",
                   "atmbench.github.io (ATM-Bench, a long-term personalised memory question-answering "
                   "benchmark from the University of Cambridge, the site of one paper; hand-written HTML at "
                   "the root of main of atmbench/atmbench.github.io)",
                   "paintbench.github.io (PaintBench, a precise visual-editing benchmark from New York "
                   "University, the site of one paper; hand-written HTML at the root of main of "
                   "PaintBench/PaintBench.github.io)",
                   "osu-nlp-group.github.io/Mind2Web-2 (Mind2Web 2, an agentic-search benchmark from the "
                   "Ohio State University's NLP group and Amazon, the site of one paper; hand-written HTML "
                   "on the gh-page branch of OSU-NLP-Group/Mind2Web-2)"}),
    # Round 195's pool: benchmark, dataset and leaderboard sites of one paper each, a fifth draw, the
    # hand-written home page of the benchmark or arena a paper introduced, served as written; seven sites
    # (round 188's undrawn CocoaBench and NoveltyBench among them), six drawn, CK-Arena's left; its held-out
    # Build Arena page, no record at the final figure, stayed in the round with the classes made after; its
    # train CocoaBench page (its authors, date and abstract) waits in pages_pending/; its held-out VLA-Arena
    # page (read by its site's meta) waited there until stop 73's pending82 moved it back with its classes.
    ("195", 5, 5, {"novelty-bench.github.io (NoveltyBench, a benchmark of language models' output "
                   "diversity from Carnegie Mellon University, the site of one paper; hand-written HTML at "
                   "the root of main of novelty-bench/novelty-bench.github.io)",
                   "pointarena.github.io (Point Arena, a language-guided pointing benchmark and arena from "
                   "the University of Washington and the Allen Institute for AI, the site of one paper; "
                   "hand-written HTML at the root of main of pointarena/pointarena.github.io)",
                   "humanoidarena.github.io (HumanoidArena, a humanoid whole-body control benchmark from "
                   "HKUST (Guangzhou), the site of one paper; hand-written HTML at the root of main of "
                   "HumanoidArena/humanoidarena.github.io)",
                   "build-arena.github.io (Build Arena, an engineering-construction benchmark of language "
                   "models from Westlake University, the site of one paper; hand-written HTML at the root "
                   "of main of build-arena/build-arena.github.io)",
                   "vla-arena.github.io (VLA-Arena, a vision-language-action model benchmark and leaderboard "
                   "from Peking University, the site of one paper; hand-written HTML at the root of main of "
                   "vla-arena/vla-arena.github.io)"}),
    # Round 193's pool: speech, audio and music papers' demo pages, a fourth draw (speech-to-speech
    # translation, speech enhancement, voice conversion, a speech codec, accent conversion in TTS), the
    # hand-written or Hugo-made pages GitHub Pages serves as written, seven sites: six drawn (round 186's
    # undrawn VisualTrans among them), Microsoft's cognitivespeech.github.io left again; its held-out VCC2020
    # page, its byline missed at the final figure, came back in the round with the class made after.
    ("193", 6, 6, {"m-transpeech.github.io (VisualTrans, a visual-feature-augmented speech-to-speech "
                   "translation paper's demo page; M-Transpeech/M-Transpeech.github.io)",
                   "amaai-lab.github.io/Accented-TTS-MLVAE-ADV (AMAAI Lab's demo page of 'Accent Conversion "
                   "in Text-To-Speech Using Multi-Level VAE and Adversarial Training'; "
                   "AMAAI-Lab/Accented-TTS-MLVAE-ADV)",
                   "berkeley-speech-group.github.io/RT-VC (Berkeley Speech Group's demo page of RT-VC, a "
                   "real-time zero-shot voice conversion paper; Berkeley-Speech-Group/RT-VC)",
                   "svcodec.github.io (SVCODEC, a streaming variable-bitrate neural speech codec paper's "
                   "demo page; SVCODEC/SVCODEC.github.io)",
                   "loganyang777.github.io/VPVID-demo (VPVID, a speech enhancement and dereverberation "
                   "paper's demo page; loganyang777/VPVID-demo)",
                   "tuanvu92.github.io/VCC2020 (a demo page of 'Non-parallel VC based on Hierarchical "
                   "Latent Embedding VQVAE', a Voice Conversion Challenge 2020 paper; tuanvu92/VCC2020)"}),
    # Round 194's pool: paper-reading notes in Chinese, a second draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hexo Fluid, Icarus, Chic and
    # a Materialize theme; Hugo FixIt and Congo), eight sites: six drawn, 瓜斯拉的逆袭 and Yuqiang Xie's
    # left; its held-out Weijie Kong page, misread at the final figure, read right by the classes made
    # after it; its held-out Mr.Duck page waited in pages_pending/ (its post-time day, and its handle, which
    # the readers take) until stop 73's pending82 moved it back with its class and the lead's reading.
    ("194", 6, 6, {"blog.abingcbc.cn (Abing's Blog, a software engineer's; Hugo output, the Congo theme, "
                   "that a workflow deploys to gh-pages of Abingcbc/blog)",
                   "blog.kamino.link (Kamino's Blog, a video-understanding student's; Hexo 5.4.0 output, the "
                   "Fluid theme, on master of Kamino666/kamino666.github.io)",
                   "hezephyr.github.io (Zephyr's Note / 贺志飞的博客, a systems and CAD student's; Hugo "
                   "output, the FixIt theme, at the root of main of HeZephyr/HeZephyr.github.io)",
                   "panxiaoxie.cn (潘小榭, Xie Pan's blog, an NLP student's; Hexo 5.4.0 output, the Icarus "
                   "theme, on master of PanXiebit/panxiebit.github.io)",
                   "jacobkong.github.io (Weijie Kong's Homepage, a computer-vision student's; Hexo output on "
                   "master of JacobKong/jacobkong.github.io)",
                   "jorwnpay.github.io (Mr.Duck, a vision student's blog; Hexo 5.4.1 output, the Chic theme, "
                   "on main of Jorwnpay/Jorwnpay.github.io)"}),
    # Round 199's pool: social scientists' own pages of one paper, a third draw (rounds 164 and 172),
    # economists' and an education statistician's one-person research sites whose repositories keep
    # Hugo's output as served (Source Themes Academic 2.4.0, 4.3.1 and 4.8.0, Wowchemy 5.3.0 and 5.7.0,
    # Hugo Blox Builder 5.9.7); eight sites, six drawn, Luca Bagnato's and Charly Porcher's left; its
    # held-out Gabriel Martinez Roa page, its two authors read as one at the final figure, came back in
    # the round with the class made after; none waits in pages_pending/.
    ("199", 6, 6, {"reinholdkesler.github.io (Reinhold Kesler's, an industrial-organisation economist's; "
                   "Wowchemy 5.7.0 output at the root of reinholdkesler/reinholdkesler.github.io)",
                   "gabriel-martinez-roa.github.io (Gabriel Martinez Roa's, an economic theorist's; Source"
                   " Themes Academic 2.4.0 output at the root of "
                   "gabriel-martinez-roa/gabriel-martinez-roa.github.io)",
                   "elisamacchi.github.io (Elisa Macchi's, a development economist's; Source Themes "
                   "Academic 4.8.0 output at the root of master of elisamacchi/elisamacchi.github.io)",
                   "bzedpsy.github.io (Bixi Zhang's, an education statistician's and school "
                   "psychologist's; Hugo Blox Builder 5.9.7 output deployed to gh-pages of "
                   "bzedpsy/bzedpsy.github.io)",
                   "gregauclair.com (Gregory Auclair's, a macroeconomist's; Source Themes Academic 4.8.0 "
                   "output at the root of gwauc18/gwauc18.github.io)",
                   "ebehii.github.io (Ebehi Iyoha's, a trade economist's; Source Themes Academic 4.8.0 "
                   "output at the root of ebehii/ebehii.github.io)"}),
    # Round 196's pool: one paper's own project pages, a fifth draw, outside computer vision where the search
    # allowed (the Nerfies template's and the Academic Project Page Template's deployments and a Quarto
    # website's home page on GitHub Pages), eight sites (round 191's three undrawn among them): six drawn,
    # SAIL's and Environment as Policy's left; its two held-out classes fixed after the final figure, all six
    # pages in pages/.
    ("196", 6, 6, {"Prompted Policy Search: Reinforcement Learning through Linguistic and Numerical Reasoning"
                   " in LLMs (props-llm.github.io, a reinforcement-learning paper's project page)",
                   "GOPLA: Generalizable Object Placement Learning via Synthetic Augmentation of Human"
                   " Arrangement (hnyao.github.io/GOPLA.github.io, a robot object-placement paper's project"
                   " page)",
                   "ReorientDiff: Diffusion Model based Reorientation for Object Manipulation"
                   " (utkarshmishra04.github.io/ReorientDiff, a robot-manipulation paper's project page)",
                   "Robot-Powered Data Flywheels: Deploying Robots in the Wild for Continual Data Collection"
                   " and Foundation Model Adaptation (scanford-robot.github.io, a robot-learning paper's"
                   " project page)",
                   "State Control of Media Influences Large Language Models"
                   " (state-media-influence-llm.github.io, a political-science paper's companion site; a"
                   " Quarto website built to gh-pages)",
                   "Real Acoustic Fields: An Audio-Visual Room Acoustics Dataset and Benchmark"
                   " (facebookresearch.github.io/real-acoustic-fields, a room-acoustics paper's project"
                   " page)"}),
    # Round 197's pool: conference and workshop sites' pages of one accepted paper, a second draw (a MiniConf
    # virtual site, a venue's Jekyll site with its program pages, hand-written pages and START's exported
    # accepted-paper pages), seven sites: six drawn, ML4H 2021's left; its train IEEE VIS page (its day, the
    # session's) and its held-out RV'21 page (its title, authors and DOI, misread at the final figure) waited
    # in pages_pending/ until stop 74's pending83 moved both back with their classes.
    ("197", 6, 6, {"ieeevis.org (IEEE VIS 2024's program pages; the VIS web team's generated pages in the "
                   "Jekyll site on the vis2024 branch of ieee-vgtc/ieeevis.org)",
                   "uva-mcps-lab.github.io/RV21 (RV'21, the 21st International Conference on Runtime "
                   "Verification; hand-written pages of a TEMPLATED design at the root of master of "
                   "UVA-MCPS-Lab/RV21)",
                   "virtual2023.aclweb.org (ACL 2023's virtual conference site; MiniConf (ACL's "
                   "acl-miniconf) output on gh-pages of acl-org/acl-2023-miniconf)",
                   "aacl2020-srw.github.io (the AACL-IJCNLP 2020 Student Research Workshop's site; START's "
                   "exported accepted-paper pages in a Jekyll site, aacl2023-srw/aacl2023-srw.github.io at "
                   "its 2020 state)",
                   "naacl.org/naacl-hlt-2015 (NAACL HLT 2015's conference site; START's exported "
                   "accepted-paper pages in a Jekyll site on gh-pages of naacl-org/naacl-hlt-2015)",
                   "jgrivolla.github.io/coling2014-nlp-framework-workshop (OIAF4HLT 2014, the COLING 2014 "
                   "Workshop on Open Infrastructures and Analysis Frameworks for HLT; START's exported "
                   "accepted-paper pages in a Jekyll site on gh-pages of "
                   "jgrivolla/coling2014-nlp-framework-workshop)"}),
    # Round 198's pool: one article's landing page of a journal or proceedings series whose static site is
    # kept in a public repository, a second draw (JSys's Jekyll entry pages, the NIME proceedings' paper
    # pages, the Anthology of Computers and the Humanities' generated pages, Startwords' Hugo build), four
    # sites, all drawn (the family nearly dry, as rounds 73 and 175 found it); two held out, both read right
    # after the classes made after the final figure (the NIME page's sidecar corrected: its BibTeX month).
    ("198", 4, 4, {"anthology.ach.org (the Anthology of Computers and the Humanities, the Association for "
                   "Computers and the Humanities' proceedings journal; a Python builder's output in docs/ of "
                   "achorg/anthology-ch)",
                   "startwords.cdh.princeton.edu (Startwords, the Princeton Center for Digital Humanities' "
                   "journal; Hugo output on gh-pages of Princeton-CDH/startwords)",
                   "www.jsys.org (the Journal of Systems Research, a diamond open-access journal; Jekyll "
                   "output on the website branch of jsysresearch/website)",
                   "nime.org/nime (the NIME proceedings, the International Conference on New Interfaces for "
                   "Musical Expression's paper pages; Jekyll output on gh-pages of "
                   "NIME-conference/nime-website)"}),
    # Round 200's pool: paper-reading notes in English, a sixth draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hugo), eight sites: six drawn,
    # Suchith's blog and bnmoch3 left; its train Sambhav Singh Rohatgi page (its one-line description, read
    # as the post's own summary, which no reader takes) and its held-out Chaosmatrix page (its 'Abstract'
    # list, read as the post's own summary against the reviewed-paper reading) waited in pages_pending/ until
    # stop 74's pending83 moved both back, their abstracts none by the lead's stop-74 readings; its held-out
    # Stephen Malina page (an undated review, no record) waits there.
    ("200", 5, 5, {"z1ggy-o.github.io (Gy's Blog, a systems student's; Hugo 0.155.3 output, the Blowfish "
                   "theme, at the root of z1ggy-o/z1ggy-o.github.io)",
                   "sambhav300899.github.io (Sambhav Singh Rohatgi's site, a computer-vision engineer's; "
                   "Hugo 0.150.1 output, the Blowfish theme, on gh-pages of "
                   "Sambhav300899/sambhav300899.github.io)",
                   "chaosmatrix.github.io (Chaosmatrix, a programmer's blog; Hugo 0.101.0 output, the ink "
                   "theme, on branch-site of chaosmatrix/chaosmatrix.github.io)",
                   "j3rn.com (J3RN's Blog, Jonathan Arnett's, a programmer's; Hugo 0.148.0 output, the Congo "
                   "theme, on gh-pages of J3RN/blog)",
                   "blog.lukesalamone.com (Luke Salamone's Blog, a machine-learning engineer's; Hugo 0.165.0 "
                   "output at the root of lukesalamone/lukesalamone.github.io)"}),
    # Round 203's pool: speech, audio and music papers' demo pages, a fifth draw (TTS research demos, a
    # voice-generation model, singing vocoders, prompt-controlled singing synthesis, a voice-AI listening
    # study), hand-written pages GitHub Pages serves as written, seven sites: six drawn (Microsoft's
    # cognitivespeech.github.io at last among them), VBRRVQ's codec demo left; its two held-out pages waited
    # in pages_pending/ (WendongGan's VC demo, no record, waits there still; Prompt-Singer's, its byline read
    # by a class made after the final figure, its title not, until stop 74's pending83 moved it back, its
    # title the name alone by the lead's stop-74 reading).
    ("203", 5, 5, {"prompt-singer.github.io (Prompt-Singer, a prompt-controlled singing-voice-synthesis"
                   " paper's demo page; Prompt-Singer/Prompt-Singer.github.io)",
                   "cognitivespeech.github.io (Microsoft's TTS research demos, one hand-written page a"
                   " paper: DelightfulTTS for the Blizzard Challenge 2021;"
                   " cognitivespeech/cognitivespeech.github.io)",
                   "make-a-voice.github.io (MVoice, a multilingual unified voice generation paper's anonymous"
                   " demo page; Make-A-Voice/Make-A-Voice.github.io)",
                   "real-time-voice.github.io (Real-Time Voice AI Hears but Does Not Listen, a voice-AI"
                   " evaluation paper's project page with its audio demos;"
                   " real-time-voice/real-time-voice.github.io)",
                   "ddspvocoder.github.io/ismir-demo (DDSP-based Singing Vocoders, an ISMIR 2022 paper's"
                   " audio demo page; ddspvocoder/ismir-demo)"}),
    # Round 205's pool: researchers' own publication pages of one paper, a third draw (rounds 184 and 190),
    # one-person research sites of any field whose repositories keep the generated pages as served (Quarto
    # websites in docs/ or on gh-pages, Wowchemy 5.0.0-beta.2, 5.6.0 and 5.7.0); seven sites, six drawn,
    # Daylin Morgan's dayl.in (title-only stubs) replaced by the seventh; its two held-out pages read right
    # before and after the round's two classes; none waits in pages_pending/.
    ("205", 6, 6, {"mateusharrington.com (Mateus Harrington's, a spinal-cord-injury biomarker researcher's "
                   "one-person academic site; a Quarto 1.9.38 website published to gh-pages of "
                   "H-Mateus/personal_website)",
                   "fanfanshen.github.io (Fanfan Shen's Homepage, a computer-architecture researcher's "
                   "one-person academic site; Wowchemy 5.7.0 output in docs/ of "
                   "FanfanShen/fanfanshen.github.io)",
                   "willparry.net (Will Parry's, a health-services researcher's one-person academic site; "
                   "Wowchemy 5.0.0-beta.2 output committed to docs/ of DrWillParry/DrWillParry.github.io)",
                   "ellykp.github.io (Elly Kirwa's, a power-systems machine-learning researcher's one-person "
                   "academic site; a Quarto 1.7.32 website rendered to docs/ of EllyKp/ellykp.github.io)",
                   "mathieugenu.github.io (Mathieu Genu's, a marine-mammal ecologist's one-person academic "
                   "site; a Quarto 1.8.27 website rendered to docs/ of MathieuGenu/MathieuGenu.github.io)",
                   "ap6yc.github.io (Sasha Petrenko's 'λόγος', an engineer's one-person academic site; "
                   "Wowchemy 5.6.0 output deployed to gh-pages of AP6YC/AP6YC.github.io_academic)"}),
    # Round 201's pool: a paper's full text as one web page from a scholarly-writing tool, a fourth draw,
    # nine sites (seven Manubot manuscripts on gh-pages, two Quarto manuscripts on gh-pages or in docs/);
    # six drawn (the rohu genome manuscript, a draft, replaced by the BARG group's), Sage Bionetworks' and
    # the ChEBI-roles manuscripts left; no page pending.
    ("201", 6, 6, {"adaptinfer.github.io/context-review (the context-adaptive inference review, Yue Yao,"
                   " Caleb N. Ellington, Ben Lengerich et al. of the University of Wisconsin-Madison and"
                   " Carnegie Mellon University; a Manubot manuscript on gh-pages of"
                   " AdaptInfer/context-review)",
                   "alexslemonade.github.io/OpenPBTA-manuscript (the OpenPBTA pediatric brain tumor atlas"
                   " paper, Joshua A. Shapiro, Jo Lynne Rokita, Jaclyn N. Taroni et al. of the Alex's"
                   " Lemonade Stand Foundation and the Children's Hospital of Philadelphia; a Manubot"
                   " manuscript on gh-pages of AlexsLemonade/OpenPBTA-manuscript)",
                   "in-vivo-group.github.io/generative-biology (the history of computing in the life"
                   " sciences, Samuel A. Donkor, Matthew E. Walsh and Alexander J. Titus of the In Vivo"
                   " Group; a Manubot manuscript on gh-pages of In-Vivo-Group/generative-biology)",
                   "joachimgoedhart.github.io/MS-StudentSourcing (the 'Studentsourcing' paper on re-using"
                   " data from a practical cell biology course, Joachim Goedhart of the University of"
                   " Amsterdam; a Quarto manuscript rendered to docs/ on main of"
                   " JoachimGoedhart/MS-StudentSourcing)",
                   "compgenomelab.github.io/lemur-manu (the lemur and human genome-wide UV repair paper,"
                   " Umit Akkose, Ogun Adebali et al. of Sabanci University and the University of North"
                   " Carolina; a Manubot manuscript on gh-pages of CompGenomeLab/lemur-manu)",
                   "barg-curtin-university.github.io/taxonomy-of-ai-jailbreaks (the jailbreak-tactics"
                   " taxonomy paper, Michael Borck and Nik Thompson of Curtin University; a Quarto"
                   " manuscript published to gh-pages of BARG-Curtin-University/taxonomy-of-ai-jailbreaks)"}),
    # Round 202's pool: paper-reading notes in Chinese, a third draw (rounds 187 and 194), one reader's blog
    # posts each on one paper by others, whose repositories keep Hexo's output as served (the NexT Mist,
    # Muse and Pisces themes and Yilia), seven sites (round 194's two undrawn among them): six drawn, 马克刘的
    # 博客 left; its train QixinLi page waited in pages_pending/ (its camel-cased handle, which the sidecar
    # kept and the readers leave out) until stop 74's pending83 moved it back, its writer none by the lead's
    # stop-74 reading; its two held-out classes fixed after the final figure.
    ("202", 6, 6, {"qixinli.github.io (QixinLi's Blog, an NLP student's; Hexo output, the Yilia theme, on "
                   "master of QixinLi/QixinLi.github.io)",
                   "ruizhang1993.github.io (Rui Zhang's Blogs, a dialogue-systems student's; Hexo output, "
                   "the NexT.Mist 5.1.4 theme, on master of Dr-Corgi/RuiZhang1993.github.io)",
                   "indexfziq.github.io (Yuqiang Xie, an NLP PhD student's blog; Hexo output, the NexT.Mist "
                   "5.1.4 theme, on master of IndexFziQ/IndexFziQ.github.io)",
                   "kevinj-huang.github.io (Resistence, an image-restoration student's blog; Hexo output, "
                   "the NexT.Muse theme, on master of KevinJ-Huang/KevinJ-Huang.github.io)",
                   "guadzilla.github.io (瓜斯拉的逆袭, a recommender-systems engineer's blog; Hexo 5.4.0 "
                   "output, the NexT theme, on main of Guadzilla/Guadzilla.github.io)",
                   "muxv.github.io (Muxv's Plog, a student's deep-learning notes; Hexo output, the "
                   "NexT.Pisces 5.1.4 theme, on master of Muxv/Muxv.github.io)"}),
    # Round 204's pool: benchmark, dataset and leaderboard sites of one paper each, a sixth draw, the
    # hand-written home page of the benchmark, arena or dataset a paper introduced, served as written; seven
    # sites (round 195's undrawn CK-Arena among them), six drawn, LT-Mem's left; its held-out CK-Arena page,
    # its month missed at the final figure, came back in the round with the class made after; its train CODA
    # page (no record: its title, authors and date only in its BibTeX entry and announcements) waited in
    # pages_pending/ until stop 74's pending83 moved it back with its classes.
    ("204", 6, 6, {"coda-dataset.github.io (CODA, a road corner case dataset for object detection in "
                   "autonomous driving from Huawei and HKUST, the site of one paper's dataset; hand-written "
                   "HTML, a BootstrapMade template, at the root of main of "
                   "coda-dataset/coda-dataset.github.io)",
                   "videoautoarena.github.io (VideoAutoArena, an automated arena for large multimodal "
                   "models' video analysis from Salesforce Research, Hong Kong Baptist University and "
                   "the National University of Singapore, the site of one paper; hand-written HTML at "
                   "the root of main of VideoAutoArena/VideoAutoArena.github.io)",
                   "mv2-dataset.github.io (MV², a multi-view multi-vehicle driving dataset for novel "
                   "view synthesis from IIIT Hyderabad's Centre for Visual Information Technology, the "
                   "site of one paper; hand-written HTML at the root of main of "
                   "mv2-dataset/mv2-dataset.github.io)",
                   "airqualityarena.github.io (Air Quality Arena, a platform of air-quality monitoring "
                   "data, a benchmark and a leaderboard from BITS Pilani and the Indian Institute of "
                   "Science, the site of one paper; hand-written HTML at the root of main of "
                   "AirQualityArena/AirQualityArena.github.io)",
                   "cocatt-dataset.github.io (CoCAtt, a cognitive-conditioned driver attention dataset "
                   "from the University of Illinois at Urbana-Champaign, the site of one paper; "
                   "hand-written HTML at the root of main of cocatt-dataset/cocatt-dataset.github.io)",
                   "ck-arena.site (CK-Arena, a game-based benchmark of large language models' conceptual"
                   " knowledge from Beijing Normal University, the site of one paper; hand-written HTML "
                   "at the root of main of CK-Arena/CK-Arena.github.io, served under the CNAME "
                   "ck-arena.site)"}),
    # Round 206's pool: one paper's own project pages, a sixth draw, outside computer vision where the
    # search allowed (the Nerfies template's and the Academic Project Page Template's deployments and two
    # hand-written layouts on GitHub Pages), eight sites (round 196's two undrawn among them, both drawn): six
    # drawn, TiPToP's and RAG-HAR's left; its held-out pages read right before and after the train classes,
    # all six pages in pages/.
    ("206", 6, 6, {"SAIL: Faster-than-Demonstration Execution of Imitation Learning Policies"
                   " (sail-robot.github.io, a robot imitation-learning paper's project page)",
                   "One Wave To Explain Them All (gabrielkasmi.github.io/wam, a feature-attribution paper's"
                   " project page)",
                   "PRDP: Proximal Reward Difference Prediction (fdeng18.github.io/prdp, a diffusion-model"
                   " reward-finetuning paper's project page)",
                   "Environment as Policy: Learning to Race in Unseen Tracks"
                   " (environment-as-policy.github.io, a drone-racing reinforcement-learning paper's project"
                   " page)",
                   "LUCID: Learning Embodiment-Agnostic Intent Models from Unstructured Human Videos"
                   " (lucid-robot.github.io, a dexterous robot-learning paper's project page)",
                   "Jailbreaking Black Box Large Language Models in Twenty Queries"
                   " (jailbreaking-llms.github.io, an LLM red-teaming paper's project page)"}),
    # Round 209's pool: paper-reading notes in English, a seventh draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hugo, Hexo and Jekyll), eight
    # sites (round 200's undrawn Suchith's blog and bnmoch3 among them): six drawn, Jifeng Wu's and Suchith's
    # left; every page read right before any change but the held-out Fuwei's Tech Notes post, whose arXiv id
    # (its first reference's) a class made after the final figure reads away.
    ("209", 6, 6, {"ajainuary.com (Anurag Jain's blog, a blockchain researcher's; Jekyll output "
                   "committed at the root of ajainuary/ajainuary.github.io)",
                   "bnmoch3.org (bnmoch3, a database engineer's notes; minified Hugo output at the root "
                   "of bnmoch3/bnmoch3.github.io)",
                   "dongdongtong.github.io (dongdongtong's blog, a student's; Hexo output, the NexT.Mist "
                   "5.1.4 theme, at the root of dongdongtong/dongdongtong.github.io)",
                   "embernlp.github.io (EmberNLP, a 2017 NLP reading blog of one writer, 'Ember'; Hexo "
                   "output, the NexT.Mist theme, at the root of EmberNLP/EmberNLP.github.io)",
                   "kjldefeated.github.io/Blog (KJ's Blog, Kai-Jie Lin's, a student's; Hexo 8.1.1 "
                   "output, the Redefine theme, at the root of KJLdefeated/Blog)",
                   "livey.github.io (Fuwei's Tech Notes, Fuwei Li's, an autonomous-driving engineer's; "
                   "Hugo PaperMod output at the root of livey/livey.github.io, deployed from "
                   "livey/tech-notes)"}),
    # Round 210's pool: a paper's full text as one web page from a scholarly-writing tool, a fifth draw,
    # nine Manubot manuscripts on gh-pages (round 201's two undrawn, Sage Bionetworks' and the ChEBI-roles
    # manuscripts, among them): six drawn, Sage Bionetworks', the BIRS biointegration white paper and
    # BioNumPy's correspondence left; no page pending.
    ("210", 6, 6, {"j-wengler.github.io/NLP_Paper (the keyword-extraction and word-vector comparison"
                   " paper, James Wengler and Stephen R. Piccolo of Brigham Young University; a Manubot"
                   " manuscript on gh-pages of J-Wengler/NLP_Paper)",
                   "valavanca.github.io/compositional-system-for-hyperparameter-tuning (Oleksandr"
                   " Husak's master thesis on compositional multi-objective parameter tuning, TU Dresden;"
                   " a Manubot manuscript on gh-pages of"
                   " Valavanca/compositional-system-for-hyperparameter-tuning)",
                   "imasianxd.github.io/ProjectFrog_MANUSCRIPT (the bullfrog skin-microbiota paper,"
                   " Jacob Imbery, Baofeng Jia, Fiona S.L. Brinkman et al. of the University of Victoria"
                   " and Simon Fraser University; a Manubot manuscript on gh-pages of"
                   " bfjia/ProjectFrog_MANUSCRIPT, earlier imasianxd's)",
                   "chemical-roles.github.io/manuscript (the ChEBI roles extension paper, Charles Tapley"
                   " Hoyt, Christopher J Mungall et al.; a Manubot manuscript on gh-pages of"
                   " chemical-roles/manuscript)",
                   "andthewings.github.io/cook_county_suid_manuscript (the Cook County sudden unexpected"
                   " infant death paper, Daniel P. Riggins, Huiyuan Zhang and William E. Trick of Cook"
                   " County Health; a Manubot manuscript on gh-pages of"
                   " andtheWings/cook_county_suid_manuscript)",
                   "ch728.github.io/cucurbit-usda (the USDA Cucurbita collections paper, Christopher"
                   " Owen Hernandez, Michael Mazourek et al. of Cornell University and the USDA; a"
                   " Manubot manuscript on gh-pages of ch728/cucurbit-usda)"}),
    # Round 208's pool: social scientists' and humanists' own pages of one paper, a fourth draw (rounds 164,
    # 172 and 199), economists', a computational sociologist's and a public-policy scholar's one-person
    # research sites whose repositories keep Hugo's output as served (Source Themes Academic 4.3.1, 4.7.0
    # and 4.8.0, Wowchemy 5.3.0, Hugo Blox Builder 0.3.1 and 0.9.0); nine sites (round 199's two undrawn
    # among them), six drawn, Cayruã Chaves-Fonseca's, Brandon Mora's and Luca Bagnato's left; its one train
    # class (a 'View Online' button to the DOI's resolver) made before the final figure; none waits in
    # pages_pending/.
    ("208", 6, 6, {"charlyporcher.github.io (Charly Porcher's, an urban and labour economist's; Source "
                   "Themes Academic 4.3.1 output at the root of charlyporcher/charlyporcher.github.io)",
                   "wadudsania.github.io (Sania Wadud's, a finance and energy economist's; Hugo Blox "
                   "Builder 0.3.1 output at the root of WadudSania/WadudSania.github.io)",
                   "igrabova.github.io (Iuliia Grabova's, a behavioural and experimental economist's; "
                   "Source Themes Academic 4.8.0 output at the root of igrabova/igrabova.github.io)",
                   "hanzhang.xyz (Han Zhang's, a computational sociologist's; Hugo Blox Builder 0.9.0 "
                   "output at the root of philohistoria/philohistoria.github.io)",
                   "renecrespin.com (Rene Crespin's, an applied microeconomist's of education and "
                   "immigration policy; Source Themes Academic 4.8.0 output at the root of "
                   "rcrespin/rcrespin.github.io)",
                   "eilidhgeddes.com (Eilidh Geddes's, a health and housing economist's; Source Themes "
                   "Academic 4.8.0 output at the root of eilidhgeddes/eilidhgeddes.github.io)"}),
    # Round 207's pool: conference and workshop sites' pages of one accepted paper, a third draw (ML4H 2021's
    # MiniConf build, round 197's undrawn site; the Teaching NLP workshop's Jupyter Book; CHR 2024's Hugo
    # build in docs/), three sites, all drawn (the family nearly dry, as rounds 175 and 198 found theirs);
    # two held out, both read right after the class made after the final figure (a heading closed by
    # Sphinx's permalink mark).
    ("207", 3, 3, {"esizikova.github.io/ml4h_test (ML4H 2021, the Machine Learning for Health symposium's "
                   "MiniConf virtual site, built at the root of master of esizikova/ml4h_test)",
                   "teachingnlp.github.io/workshop-book (the Fifth Workshop on Teaching NLP, NAACL 2021: its "
                   "Jupyter Book on gh-pages of TeachingNLP/workshop-book)",
                   "2024.computational-humanities-research.org (CHR 2024, the Computational Humanities "
                   "Research conference; Hugo output committed in docs/ of cohure/CHR2024-website)"}),
    # Round 212's pool: speech, audio and music papers' demo pages, a sixth draw (rounds 174, 180, 186, 193
    # and 203), hand-written or committed-build pages GitHub Pages serves as written; seven sites, six drawn,
    # SemantiCodec's left; its held-out M4Singer page (its authors and year, a BibTeX entry's) waited in
    # pages_pending/ until stop 75's pending85 moved it back with its class; the held-out source separation
    # demo read right by a class made after the final figure.
    ("212", 6, 6, {"m4singer.github.io (M4Singer: a Multi-Style, Multi-Singer and Musical Score Provided"
                   " Mandarin Singing Corpus, a singing corpus paper's demo page;"
                   " M4Singer/M4Singer.github.io)",
                   "zjlww.github.io/ardit-web (Autoregressive Diffusion Transformer for Text-to-Speech"
                   " Synthesis, a TTS paper's demo page; zjlww/ardit-web)",
                   "nanahou.github.io/mtl-mbe (Multi-task Learning for End-to-end Noise-robust Bandwidth"
                   " Extension, a speech bandwidth extension paper's demo page; gh-pages of nanahou/mtl-mbe)",
                   "b04901014.github.io/vae-gslm (A Variational Framework for Improving Naturalness in"
                   " Generative Spoken Language Models, a spoken language model paper's demo page; docs/ of"
                   " b04901014/vae-gslm)",
                   "yoongi43.github.io/VBRRVQ.github.io (Variable Bitrate Residual Vector Quantization for"
                   " Audio Coding, an audio codec paper's demo page; yoongi43/VBRRVQ.github.io)",
                   "ertug.github.io/Weak_Class_Source_Separation (Audio Source Separation Using Variational"
                   " Autoencoders and Weak Class Supervision, a source separation paper's demo page; docs/ of"
                   " ertug/Weak_Class_Source_Separation)"}),
    # Round 214's pool: researchers' own publication pages of one paper, a fourth draw (rounds 184, 190 and
    # 205), one-person research sites of any field whose repositories keep the generated pages as served
    # (Source Themes Academic 4.7.0 and 4.8.0, Wowchemy 5.5.0 and 5.9.0, Hugo Blox Builder 5.9.7); seven
    # sites, six drawn, Victor Freguglia's left; the train part read right before any change, the held-out
    # Adam Gleave's page dated a day early (its UTC-midnight day moved by the rebuild's zone), which a class
    # made after the final figure reads right; none waits in pages_pending/.
    ("214", 6, 6, {"ajitdesai.github.io (Ajit Desai's, an aeroelasticity and payments-systems researcher's "
                   "one-person academic site; Source Themes Academic 4.7.0 output at the root of "
                   "AjitDesai/ajitdesai.github.io)",
                   "rizwanhasan.com (Rizwan Hasan's, a machine-learning researcher's one-person academic "
                   "site; Wowchemy 5.5.0 output deployed to gh-pages of Rizwan-Hasan/rizwan-hasan.github.io)",
                   "antoine.weill-duflos.fr (Antoine Weill-Duflos's, a haptics researcher's one-person "
                   "bilingual academic site; Hugo Blox Builder 5.9.7 output at the root of "
                   "Leicas/leicas.github.io)",
                   "adamjelley.github.io (Adam Jelley's, a machine-learning researcher's one-person academic "
                   "site; Wowchemy 5.9.0 output deployed to gh-pages of AdamJelley/AdamJelley.github.io)",
                   "nakaokarei.github.io/my_portfolio (Rei Nakaoka's 'Portfolio', a Japanese engineering "
                   "student's one-person academic site; Source Themes Academic 4.7.0 output on gh-pages of "
                   "NakaokaRei/my_portfolio)",
                   "gleave.me (Adam Gleave's, an AI-safety researcher's one-person academic site; Source "
                   "Themes Academic 4.8.0 output at the root of AdamGleave/adamgleave.github.io)"}),
    # Round 213's pool: benchmark, dataset and leaderboard sites of one paper each, a seventh draw, the
    # GitHub Pages home page of a paper's dataset or benchmark served as written, eight sites (round 204's
    # undrawn LT-Mem among them): six drawn, ScaleMaster's and LT-Mem's left; CTW's and GRATS's train pages
    # gave no record before the round's classes, the held-out FEOT page none until a class made after the
    # final figure.
    ("213", 6, 6, {"grats-dataset.github.io (GRATS, a naturally recorded multi-speed Mandarin speech "
                   "dataset for benchmarking speech time-scale modification, its contact at National Yang "
                   "Ming Chiao Tung University, the site of one paper; hand-written HTML at the root of "
                   "main of grats-dataset/grats-dataset.github.io)",
                   "x360dataset.github.io (360+x, a panoptic multi-modal scene understanding dataset from "
                   "the MIx group of the University of Birmingham, the site of one paper; hand-written "
                   "HTML at the root of main of x360dataset/x360dataset.github.io)",
                   "clp-dataset.github.io (CLP, a real-world dataset of contaminated lens protectors for "
                   "robust semantic segmentation from Soongsil University and Kairoba, the site of one "
                   "paper; hand-written HTML at the root of main of clp-dataset/clp-dataset.github.io)",
                   "ctwdataset.github.io (CTW, Chinese Text in the Wild, a dataset of street-view Chinese "
                   "text from the Tsinghua University - Tencent Joint Laboratory, the site of one paper; "
                   "hand-written HTML at the root of master of ctwdataset/ctwdataset.github.io)",
                   "eagle-dataset.github.io (EAGLE, a large-scale dataset of turbulent fluid dynamics and "
                   "a mesh transformer from INSA Lyon's LIRIS, Sorbonne University's ISIR and Naver Labs "
                   "Europe, the site of one paper; hand-written HTML at the root of main of "
                   "eagle-dataset/eagle-dataset.github.io)",
                   "feot-dataset.github.io (FEOT, the Frame-Event Occlusion Tracking dataset, its "
                   "maintainers at Huazhong University of Science and Technology, the site of one paper; "
                   "hand-written HTML at the root of main of FEOT-Dataset/FEOT-Dataset.github.io)"}),
    # Round 211's pool: paper-reading notes in Chinese, a fourth draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hexo and Hugo), eight sites
    # (round 202's undrawn 马克刘的博客 among them): six drawn (Shawnzhu's, whose three pooled posts are empty
    # stubs, replaced by DylanMaeng's Notes), 马克刘的博客 left; its held-out On the Road page, its writer
    # taken from the reviewed paper's 'by:' line, waited in pages_pending/ until stop 75's pending85 moved it
    # back with its class.
    ("211", 6, 6, {"kclaire.cn (On the Road, Butters' blog, a tracking and robotics student's; Hexo 4.2.0 "
                   "output, the NexT.Gemini theme, on master of 1010chenhao/1010chenhao.github.io)",
                   "dewey1994.github.io (Dewey's blog, a super-resolution student's; Hexo 3.8.0 output, "
                   "the NexT.Pisces 6.7.0 theme, on master of Dewey1994/Dewey1994.github.io)",
                   "liukaixin.github.io (三省, Liu Kaixin's blog, a knowledge-graph student's; Hexo output, "
                   "the NexT.Pisces theme, on master of LiuKaixin/LiuKaixin.github.io)",
                   "capchenxi.github.io (光, a vision student's blog; Hexo 5.2.0 output, the NexT.Muse "
                   "theme, on master of Capchenxi/Capchenxi.github.io)",
                   "dylanmaeng.github.io (DylanMaeng's Notes, a metric-learning student's blog; Hexo 3.9.0 "
                   "output, the NexT.Pisces 5.1.4 theme, on master of DylanMaeng/DylanMaeng.github.io)",
                   "note4lin.top (fly away, chase dream, Bobo-y's blog, a detection engineer's; Hugo 0.57.2 "
                   "output, the Mainroad theme, at the root of master of Bobo-y/Bobo-y.github.io)"}),
    # Round 215's pool: labs' and research groups' own pages of one paper each, whose repositories keep
    # the generated pages as served (Academic, Wowchemy and Hugo Blox output, a committed Quarto build),
    # five sites (fewer than the brief's seven: the search's time gave no more), all drawn; the held-out
    # Beta Lab page waited in pages_pending/ (its authors, arXiv id and date) until stop 75's pending85 moved
    # it back (its date the header's month by the lead's stop-75 reading, two classes); one class read the
    # A²R page's preprint beside its DOI.
    ("215", 5, 5, {"betalab-complexnetwork.github.io (Beta Lab, a Chinese network-science lab's site; Hugo "
                   "Blox Builder 5.9.7 output at the root of main of "
                   "BetaLab-ComplexNetwork/BetaLab-ComplexNetwork.github.io)",
                   "a2r-lab.org (the A²R Lab, Harvard's Accessible and Accelerated Robotics Lab; "
                   "Source Themes Academic 4.3.1 output at the root of master of A2R-Lab/A2R-Lab.github.io)",
                   "bupt-pris-727.github.io (BUPT-PRIS-727, a Beijing University of Posts and "
                   "Telecommunications group's site in meteorological remote sensing; Hugo Blox Builder "
                   "5.9.7 output on main of BUPT-PRIS-727/BUPT-PRIS-727.github.io)",
                   "dfki-nlp.github.io (DFKI-NLP, the German Research Center for Artificial Intelligence's "
                   "Speech and Language Technology group; Wowchemy 5.0.0-beta.2 output on master of "
                   "DFKI-NLP/dfki-nlp.github.io)",
                   "faculty.washington.edu/masiello (the Masiello Group, a University of Washington "
                   "theoretical chemistry group's site; a Quarto 1.9.31 build committed in _site/ of "
                   "MasielloGroup/MasielloGroupWebsite)"}),
    # Round 220's pool: social scientists' and humanists' own pages of one paper, a fifth draw (rounds 164,
    # 172, 199 and 208), economists', a political scientist's and a development and political economist's
    # one-person research sites whose repositories keep Hugo's output as served (Source Themes Academic
    # 4.7.0 and 4.8.0, Wowchemy 5.3.0); nine sites (round 208's three undrawn among them), six drawn, Luca
    # Bagnato's, Roma Poberejsky's and Yang Zheng's left; every page read right before any change, so no
    # class; none waits in pages_pending/.
    ("220", 6, 6, {"branmora.github.io (Brandon Mora's, a Peruvian public-policy and development "
                   "scholar's; Source Themes Academic 4.7.0 output at the root of "
                   "branmora/branmora.github.io)",
                   "cayruachaves.github.io (Cayruã Chaves-Fonseca's, an urban and industrial-organisation "
                   "economist's; Source Themes Academic 4.8.0 output at the root of "
                   "cayruachaves/cayruachaves.github.io)",
                   "www.xiaonanwang.org (Xiaonan Wang's, a political scientist's of Chinese and comparative "
                   "politics; Wowchemy 5.3.0 output at the root of the deploy branch of "
                   "Xiaonan21/xiaonan21.github.io)",
                   "joff.re (Joffré Leroux's, an urban and housing economist's; Source Themes Academic 4.8.0 "
                   "output at the root of joffreleroux/joffreleroux.github.io)",
                   "victorefunes.github.io (Victor Funes-Leal's, an agricultural and applied economist's; "
                   "Source Themes Academic 4.8.0 output at the root of victorefunes/victorefunes.github.io)",
                   "afrodrig.github.io (Andres F. Rodriguez's, a development and political economist's; "
                   "Source Themes Academic 4.8.0 output at the root of afrodrig/afrodrig.github.io)"}),
    # Round 219's pool: speech, audio and music papers' demo pages, a seventh draw (rounds 174, 180, 186, 193,
    # 203 and 212), hand-written pages GitHub Pages serves as written; six sites (fewer than the brief's
    # seven: the search's time gave no more), all drawn, SemantiCodec's (round 212's undrawn seed) among
    # them; the train DRASDIC page waits in pages_pending/ (no record); one class read SemantiCodec's
    # '[Paper on ArXiv]' link, and the held-out moving-sources samples page was read right by a class made
    # after the final figure.
    ("219", 5, 5, {"haoheliu.github.io/SemantiCodec (SemantiCodec: An Ultra Low Bitrate Semantic Audio Codec"
                   " for General Sound, an audio codec paper's demo page; haoheliu/SemantiCodec)",
                   "audiodemo.github.io/voice-conversion (Vocoder-Free Non-Parallel Conversion of Whispered"
                   " Speech With Masked Cycle-Consistent Generative Adversarial Networks, a voice conversion"
                   " paper's demo page; docs/ of audiodemo/voice-conversion)",
                   "anonymous-vc-demo.github.io/taslpdemo (Multimodal Style Control in Voice Conversion Using"
                   " Textual and Acoustic Prompts, a style-controllable voice conversion paper's demo page;"
                   " anonymous-vc-demo/taslpdemo)",
                   "huajianduzhuo-code.github.io/FGG-diffusion-music (Efficient Fine-Grained Guidance for"
                   " Diffusion Model Based Symbolic Music Generation, a symbolic music generation paper's"
                   " demo page; huajianduzhuo-code/FGG-diffusion-music)",
                   "fakufaku.github.io/interspeech2023-moving-iva-samples (Multi-channel separation of"
                   " dynamic speech and sound events, a multi-channel source separation paper's samples"
                   " page; fakufaku/interspeech2023-moving-iva-samples)"}),
    # Round 216's pool: one paper's own project pages, a seventh draw, outside computer vision where the
    # search allowed, in the Nerfies template's and the Academic Project Page Template's deployments and
    # hand-written layouts, from the GitHub Pages repositories that serve them as written; seven sites, six
    # drawn, PAR's (protein backbone generation) left; its two held-out pages, Chameleon's (its authors and
    # its hero paragraph for a summary) and MemGUI-Agent's (its p.hero-copy lede for a summary), waited in
    # pages_pending/; one class read RAG-HAR's 'Abstract' section over its JSON-LD article's one-line
    # description. Stop 75 (pending87) moved MemGUI-Agent's back with its class (hero_copies); stop 78
    # (pending93) Chameleon's with two (a byline ending at an emoji-led news line, project_pages; the one
    # paragraph set apart under the teaser, lone_teaser_summaries).
    ("216", 6, 6, {"TiPToP: A Modular Open-Vocabulary Planning System for Robotic Manipulation "
                   "(tiptop-robot.github.io, a robot manipulation paper's project page)",
                   "Chameleon: Plug-and-Play Compositional Reasoning with Large Language Models "
                   "(chameleon-llm.github.io, an NLP paper's project page)",
                   "MemGUI-Agent: An End-to-End Long-Horizon Mobile GUI Agent (memgui-agent.github.io, a "
                   "GUI-agent paper's project page)",
                   "RAG-HAR: Retrieval Augmented Generation-based Human Activity Recognition "
                   "(rag-har-llm.github.io, a sensor-based activity recognition paper's project page)",
                   "PanoRadar: Enabling Visual Recognition at Radio Frequency "
                   "(haowenlai.github.io/PanoRadar-Webpage, a mobile-computing paper's project page)",
                   "Sketching Agent: Reconstruct sketches with human-like concise strokes "
                   "(chenyinlin2.github.io/Sketching_Agent, a sketch-reconstruction paper's project page)"}),
    # Round 217's pool: benchmark, dataset and leaderboard sites of one paper each, an eighth draw, the GitHub
    # Pages home page of a paper's dataset or benchmark served as written, eight sites (rounds 204's and 213's
    # undrawn ScaleMaster and LT-Mem among them): six drawn, COOLL's and MIRA's left; LT-Mem's train page gave
    # no record before the round's classes; the held-out ScaleMaster page read right by a class made after the
    # final figure, the held-out OVAD page waited in pages_pending/ (its title and date) until stop 75
    # (pending87) moved it back with its two classes (reworded_headlines, news_row_dates).
    ("217", 6, 6, {"clear-benchmark.github.io (the CLEAR Benchmark, Continual LEArning on Real-World "
                   "Imagery, a NeurIPS 2021 Datasets and Benchmarks paper from Carnegie Mellon University, "
                   "the site of one paper; hand-written HTML at the root of main of "
                   "clear-benchmark/clear-benchmark.github.io)",
                   "seva-benchmark.github.io (SEVA, a sketch benchmark of human and machine visual "
                   "abstraction, a NeurIPS 2023 Datasets and Benchmarks paper, the site of one paper; "
                   "hand-written HTML (the Nerfies template) at the root of main of "
                   "seva-benchmark/seva-benchmark.github.io)",
                   "ltmem-dataset.github.io (LT-Mem and its LT-VQA dataset, lifelong scene memory from "
                   "DGIST, an IROS 2026 paper, the site of one paper; hand-written HTML at the root of main "
                   "of ltmem-dataset/ltmem-dataset.github.io)",
                   "geoagent-benchmark.github.io (GeoAgent, a benchmark of VLM geolocalization through "
                   "embodied navigation, an EMNLP 2026 Findings paper, the site of one paper; hand-written "
                   "HTML at the root of main of geoagent-benchmark/geoagent-benchmark.github.io, a .nojekyll "
                   "beside it)",
                   "scalemaster-dataset.github.io (ScaleMaster, a dataset and benchmark of scale consistency "
                   "in deep monocular visual SLAM from DGIST, an ICRA 2026 paper, the site of one paper; "
                   "hand-written HTML at the root of main of "
                   "scalemaster-dataset/scalemaster-dataset.github.io)",
                   "ovad-benchmark.github.io (OVAD, Open-vocabulary Attribute Detection, a benchmark from "
                   "the University of Freiburg, a CVPR 2023 paper, the site of one paper; hand-written HTML "
                   "at the root of main of OVAD-Benchmark/ovad-benchmark.github.io)"}),
    # Round 218's pool: paper-reading notes in English, an eighth draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hugo, Hexo, Jekyll al-folio),
    # seven sites (rounds 200's and 209's undrawn Jifeng Wu's and Suchith's among them): six drawn,
    # Suchith's left; two train classes (a By line closed by 'in' before the section's link; a one-word
    # article:author the footer's copyright opens with); its train Diego J. Romero-López and Saurav
    # Maheshkar pages (a JSON-LD datePublished the page shows as its modified day; a one-line description
    # of the post) and its held-out Jifeng Wu and TechGlider pages wait in pages_pending/. Stop 75's pending86
    # moved the two train pages back with their classes (a 'Notes on the paper <title>' description is the
    # post's declared summary; a day the post's line shows as its modification is no publication day), and
    # TechGlider's with two (a signed review's DOIs are the reviewed paper's; an hAtom entry is dated by the
    # time beside its hCard); Jifeng Wu's waited. Stop 76's pending89 moved Jifeng Wu's back with its class
    # (a 'Summary' opening a post's notes on a paper is the notes' text, no abstract).
    ("218", 6, 6, {"jifengwu2k.github.io (Jifeng Wu's Personal Website, a programming-languages PhD "
                   "student's; Hexo 8.1.2 output, the Fluid theme, at the root of master of "
                   "jifengwu2k/jifengwu2k.github.io)",
                   "ozhong.github.io/notes_on_ml.github.io (OZ's notes on Machine Learning, a "
                   "recommender-systems reader's notes; Hexo 5.4.0 output, the Yilia theme, at the root of "
                   "master of ozhong/notes_on_ml.github.io)",
                   "shreyansh26.github.io (Shreyansh Singh's, a machine-learning engineer's site; Jekyll "
                   "al-folio output a workflow deploys to gh-pages of shreyansh26/shreyansh26.github.io)",
                   "sauravmaheshkar.github.io (Saurav Maheshkar's, a machine-learning student's site; "
                   "Hugo 0.85.0 output, the Apéro theme, on gh-pages of "
                   "SauravMaheshkar/SauravMaheshkar.github.io)",
                   "diegojromerolopez.github.io (Diego J.'s Software Tar Pit, Diego J. Romero-López's blog; "
                   "Hugo 0.91.2 output, the Beautiful Hugo theme, on gh-pages of "
                   "diegojromerolopez/diegojromerolopez.github.io)",
                   "techglider.github.io (The TechGlider, Kartik Singhal's blog; Hugo 0.18.1 output, the "
                   "Hugo-Octopress theme, at the root of master of TechGlider/techglider.github.io)"}),
    # Round 223's pool: researchers' own publication pages of one paper, a fifth draw (rounds 184, 190, 205
    # and 214), one-person research sites of any field whose repositories keep the generated pages as served
    # (Source Themes Academic 3.3.0 and 4.8.0, Wowchemy 5.1.0, 5.5.0 and 5.7.0, Hugo 0.31 Academic); eight
    # sites (round 214's undrawn Victor Freguglia's among them), six drawn, Elliot Dreujou's and Clément
    # Parisot's left; the train part read right before any change, the held-out Chenfei Ye's Chinese page
    # read with its JSON-LD first author alone (its line names the owner in Han characters), which a class
    # made after the final figure reads right; none waits in pages_pending/.
    ("223", 6, 6, {"yifanqian.com (Yifan Qian's, a computational social scientist's one-person academic "
                   "site; Wowchemy 5.1.0 output at the root of haczqyf/haczqyf.github.io)",
                   "freguglia.github.io (Victor Freguglia's, a statistician's bilingual one-person academic "
                   "site; Source Themes Academic 4.8.0 output at the root of Freguglia/Freguglia.github.io)",
                   "trettenbrein.biolinguistics.eu (Patrick C. Trettenbrein's, a biolinguist's trilingual "
                   "one-person academic site; Source Themes Academic 3.3.0 output at the root of "
                   "trettenbrein/trettenbrein.github.io)",
                   "linbo.one (Bo Lin's Academic Homepage, a mathematician's bilingual one-person site; "
                   "Source Themes Academic 4.8.0 output at the root of linbomath/linbomath.github.io)",
                   "chenfei-ye.github.io (Chenfei Ye's, a neuroimaging researcher's bilingual one-person "
                   "academic site; Wowchemy 5.5.0 output at the root of chenfei-ye/chenfei-ye.github.io)",
                   "mlatif.fr (Mehdi Latif's, a medical-imaging researcher's bilingual one-person academic "
                   "site; Source Themes Academic 4.8.0 output at the root of "
                   "mehdi-latif/mehdi-latif.github.io)"}),
    # Round 225's pool: doctoral theses their authors publish as web books (bookdown GitBook and bs4_book,
    # Jupyter Book, hand-written HTML), the front page of one thesis a site, a second draw of round 72's
    # family; seven sites, six drawn, Jonas Béal's left; two train classes (a web book's title block names
    # the author its one author meta names; its welcome byline dates it) and a held-out class after the
    # final figure (a byline's day on its next line is no part of the name); its train Iñaki Úcar (its build
    # day) and Natalie Zelenka (no record) pages and its held-out Bastian Bechtold page (no record) wait in
    # pages_pending/. Stop 76's pending89 moved Bastian Bechtold's back with its class (a dissertation site's
    # front page its header's 'Part of the dissertation <a>…</a>' names whole).
    ("225", 4, 4, {"bastibe.github.io/Dissertation-Website (Bastian Bechtold's dissertation site 'Pitch of "
                   "Voiced Speech in the Short-Time Fourier Transform'; hand-written HTML at the root of "
                   "bastibe/Dissertation-Website)",
                   "thesis.shirdekel.com (Shir Dekel's doctoral thesis 'The Psychology of Managerial Capital"
                   " Allocation'; bookdown bs4_book output committed in compiled_thesis/ of"
                   " shirdekel/phd_thesis)",
                   "lnalborczyk.github.io/phd_thesis (Ladislas Nalborczyk's doctoral thesis 'Understanding"
                   " rumination as a form of inner speech'; bookdown GitBook output in docs/ of"
                   " lnalborczyk/phd_thesis)",
                   "mjaquiery.github.io/oxforddown (Matt Jaquiery's DPhil thesis 'Exploring Social"
                   " Metacognition'; bookdown bs4_book output in docs/ of mjaquiery/oxforddown)"}),
    # Round 221's pool: a paper's full text as one web page from a scholarly-writing tool, a sixth draw,
    # seven Manubot manuscripts on gh-pages (rounds 201's and 210's three undrawn seeds among them) and two
    # Quarto manuscripts published to gh-pages: six drawn, Berceanu's laser-wakefield note, Adebali's
    # paralogs paper and Francis Banville's One Health paper left; two classes read Sage Bionetworks'
    # authors; its train BIRS white paper (its template's example author 'Jane Roe' left out) moved back at
    # stop 76 (pending88), the lead settling that a template's example author left in is no author.
    ("221", 6, 6, {"taylorresearchlab.github.io/bifo-paper-0 (the Biological Information Flow Ontology "
                   "paper, Deanne M. Taylor et al. of the Children's Hospital of Philadelphia; a Manubot"
                   " manuscript on gh-pages of TaylorResearchLab/bifo-paper-0)",
                   "sage-bionetworks.github.io/governanceGreenPaper (Sage Bionetworks' green paper on "
                   "governing the responsible sharing of open data, Lara M. Mangravite, Avery Sen and "
                   "John T. Wilbanks with the Sage Bionetworks Team; a Manubot manuscript on gh-pages of"
                   " Sage-Bionetworks/governanceGreenPaper)",
                   "bionumpy.github.io/bionumpy-correspondence (BioNumPy's correspondence 'Array "
                   "programming for Biology', Knut Dagestad Rand, Ivar Grytten, Milena Pavlović, "
                   "Chakravarthi Kanduri and Geir Kjetil Sandve of the University of Oslo; a Manubot "
                   "manuscript on gh-pages of bionumpy/bionumpy-correspondence)",
                   "swarmoi.github.io/Bangla_SAVANT (the SAVANT Bangla experiment on morphological "
                   "decomposition in Bangla, Swarnendu Moitra, Dustin A. Chacón and Linnaea Stockall; a "
                   "Quarto manuscript published to gh-pages of SwarMoi/Bangla_SAVANT)",
                   "rhagenson.github.io/biological-calculus (Ryan A. Hagenson's 'Biological Calculus' "
                   "manuscript; a Manubot manuscript on gh-pages of RHagenson/biological-calculus)",
                   "birsbiointegration.github.io/whitePaper (the BIRS biointegration workshop's white paper "
                   "on community-wide hackathons for single-cell data integration, Kim-Anh Lê Cao, Aedin C "
                   "Culhane, Elana Fertig et al.; a Manubot manuscript on gh-pages of "
                   "BIRSBiointegration/whitePaper)"}),
    # Round 222's pool: paper-reading notes in Chinese, a fifth draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hexo output: NexT, Fluid,
    # Matery, ARIA); eight sites, six drawn, 马克刘的博客 (thumarklau.github.io, pooled a third time) and
    # CHARMMY (jrhu0048.github.io) left; five classes: Fluid's title typed from a data attribute, a zoneless
    # local time a zone ahead of a UTC stamp, a description that is the title again, Matery's post-title
    # over a labelled published day, and a handle a writer row and the footer link home; its train page of
    # Maple's Blog (the header's tagline read as the title) moved back at stop 76 (pending88) with three.
    ("222", 6, 6, {"2w1nd.github.io (浅风w1ndの博客, a systems student's blog; Hexo 6.0.0 output, the "
                   "Fluid theme, on main of 2w1nd/2w1nd.github.io)",
                   "dreamoneyou.github.io (九叶草的Blog, a medical-imaging and video-generation student's "
                   "blog; Hexo 6.3.0 output, the Fluid theme, on main of DreamOneYou/DreamOneYou.github.io)",
                   "emil-jiang.github.io (记录一些东西, a vision student's paper-notes blog; Hexo 6.2.0 "
                   "output, the NexT.Pisces theme, on master of Emil-Jiang/Emil-Jiang.github.io)",
                   "guokent.github.io (KentGuoK, a multimodal-retrieval engineer's notes blog; Hexo 7.3.0 "
                   "output, the Fluid theme, on main of GuoKent/GuoKent.github.io)",
                   "irvingbei.github.io (IrvingBei, a reading-comprehension student's blog; Hexo output, the "
                   "Matery theme, on master of IrvingBei/IrvingBei.github.io)",
                   "floatingmaple.github.io (Maple's Blog, a knowledge-graph student's blog; Hexo 3.8.0 "
                   "output, the ARIA theme, on master of FloatingMaple/FloatingMaple.github.io)"}),
    # Round 224's pool: paper-reading notes in Japanese, a new family, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hexo, Hugo and Source Themes
    # Academic), seven sites: six drawn, HNのブログ left; four classes read the train part's writers and one
    # description; its held-out κeenのHappy Hacκing Blog page, its writer a handle the post's author meta
    # gives and the site's name holds, moved back at stop 76 (pending88).
    ("224", 6, 6, {"getumen.github.io (雑記, a data engineer's study notes; Hugo 0.83.1 output at the "
                   "root of getumen/getumen.github.io)",
                   "hirokinishimoto.github.io (にっしーの備忘録, a student's study blog; Hugo 0.82.1 "
                   "output at the root of nisshimo/HirokiNishimoto.github.io)",
                   "masahiro-kaneko.com (金子の進捗, a natural-language-processing researcher's blog; "
                   "Hexo 5.4.0 output, the Icarus theme, on gh-pages of kanekomasahiro/kaneko_blog)",
                   "raahii.github.io (1ミリもわからん, raahii's blog, a video-generation student's; "
                   "Hugo 0.85.0 output on gh-pages of raahii/raahii.github.io)",
                   "sho-ss.github.io (SHO SHIMOYAMA, a machine-learning student's site; Source Themes "
                   "Academic 4.1.0 output, Hugo 0.54.0, at the root of sho-ss/sho-ss.github.io)",
                   "keens.github.io (κeenのHappy Hacκing Blog, a programmer's blog; Hugo output, the "
                   "liquorice theme, on gh-pages of KeenS/KeenS.github.io)"}),
    # Round 227's pool: benchmark, dataset and leaderboard sites of one paper each, a ninth draw, the GitHub
    # Pages home page of a paper's dataset or benchmark served as written, eight sites (round 217's undrawn
    # COOLL and MIRA among them): six drawn, COOLL's and the Proactive Defense Benchmark's left; ECCentric's
    # train page gave no record before the round's classes; the held-out UnpredictaBench page read right by
    # a class made after the final figure.
    ("227", 6, 6, {"workbenchmark.github.io (WorkBenchMark, a LEGO Duplo robotic assembly benchmark for "
                   "the RoboCup Smart Manufacturing League from RWTH Aachen and FH Aachen, a RoboCup "
                   "Symposium 2026 paper, the site of one paper; hand-written HTML (Bulma, adapted from "
                   "the Academic Project Page Template) at the root of main of "
                   "WorkBenchMark/workbenchmark.github.io, a .nojekyll beside it)",
                   "eccentric-benchmark.github.io (ECCentric Bench, an end-to-end benchmark of quantum "
                   "error correction codes from the Technical University of Munich, a SIGMETRICS 2026 "
                   "paper, the site of one paper; hand-written HTML (the Feeling Responsive theme's CSS,"
                   " after the Intel MPX Explained site) at the root of main of "
                   "eccentric-benchmark/eccentric-benchmark.github.io)",
                   "docmath-eval.github.io (DocMath-Eval, math reasoning of LLMs over long and "
                   "specialised documents from Yale NLP, an ACL 2024 paper with a leaderboard, the site "
                   "of one paper; hand-written HTML (the Nerfies template) at the root of main of "
                   "docmath-eval/docmath-eval.github.io)",
                   "goby-benchmark.github.io (GOBY, an enterprise data integration benchmark from MIT, "
                   "Intel Labs, AWS AI Labs, TUM and the University of Washington, with its companion "
                   "CIDR 2025 paper, the site of one paper; hand-written HTML (the Academic Project Page"
                   " Template) at the root of main of goby-benchmark/goby-benchmark.github.io)",
                   "mira-benchmark.github.io (MIRA, Multimodal Imagination for Reasoning Assessment, a "
                   "benchmark for visual chain-of-thought from ByteDance Seed, UNC-Chapel Hill, UCSC and"
                   " Stanford, the site of one paper; hand-written HTML (the Nerfies template) at the "
                   "root of main of MIRA-Benchmark/MIRA-Benchmark.github.io)",
                   "unpredictabenchmark.github.io (UnpredictaBench, a benchmark of distributional "
                   "randomness in LLMs from the University of British Columbia, with a leaderboard, the "
                   "site of one paper; hand-written HTML at the root of main of "
                   "UnpredictaBenchmark/UnpredictaBenchmark.github.io, a .nojekyll beside it)"}),
    # Round 228's pool: paper-reading notes in English, a ninth draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hugo), seven sites: six drawn
    # (Vivek Kumar Singh's first post in the page rule's order, on Merkle trees, passed over), s9a.me left;
    # four train classes (a one-word name the post's copyright block and the footer sign, kept though the
    # site bears it; a footer holder's lower-cased given name the host spells; a post its <title> names
    # before the blog's name, under the day above its h1; an article's one h1 the meta title names, dated
    # by its meta alone); its train Systemic page (its own 'Abstract') and its held-out Suchith's page (a
    # 'Summary' section read as an abstract) wait in pages_pending/. Stop 76's pending89 moved both back with
    # their classes (a post written as a short paper of its own has its Abstract as its summary; a 'Summary'
    # opening a post's notes on a paper is the notes' text).
    ("228", 6, 6, {"ezztherose.github.io/blog (Systemic, a student's blog; Hugo 0.110.0 output, a Bulma "
                   "theme, on gh-pages of ezztherose/Blog)",
                   "su225.github.io (Suchith's blog, a software engineer's; Hugo 0.135.0 output, the Typo "
                   "theme, on gh-pages of su225/su225.github.io)",
                   "vivekaithal.co (vivek Aithal's site, a machine-learning engineer's essays; Hugo 0.124.1 "
                   "output at the root of nuwandavek/nuwandavek.github.io)",
                   "anjanavakil.github.io (Anjana, a software engineer's study notes in English; Hugo 0.93.0 "
                   "output, the Jane theme, at the root of AnjanaVakil/anjanavakil.github.io)",
                   "viveksyngh.com (Vivek Kumar Singh's site, a software engineer's; Hugo 0.124.1 output, "
                   "the Coder theme, at the root of viveksyngh/viveksyngh.github.io)",
                   "kirang.in (Kiran Gangadharan's site, a programmer's; Hugo 0.161.1 output, the Paper "
                   "theme, on gh-pages of kirang89/kirang.in)"}),
    # Round 226's pool: one paper's own project pages, an eighth draw, outside computer vision where the
    # search allowed, in the Nerfies template's and the Academic Project Page Template's deployments and
    # hand-written layouts, from the GitHub Pages repositories that serve them as written; seven sites, six
    # drawn, the single-photon imaging page (appleswithacapitala.github.io) left; two classes read LitLLMs'
    # title (the template's name over a subtitle heading its own entry joins) and its 'TL;DR:' box, and one
    # after the final held-out figure SoftMimicGen's venue line naming its meeting in words.
    ("226", 6, 6, {"Learning to Evade: Adaptive Attacks on Audio Watermarking "
                   "(adaptiveaudiowmattack.github.io, an audio-security paper's demo page)",
                   "Grounded 3D-LLM with Referent Tokens "
                   "(groundedscenellm.github.io/grounded_3d-llm.github.io, a 3D scene understanding paper's "
                   "project page)",
                   "LitLLMs, LLMs for Literature Review: Are we there yet? (litllm.github.io, a "
                   "literature-review language-model paper's project page)",
                   "Protein Autoregressive Modeling via Multiscale Structure Generation "
                   "(par-protein.github.io, a protein backbone generation paper's project page)",
                   "RoboAssem: Mixed Reality-Assisted Human-Robot Skill Transfer via Visuomotor Primitives "
                   "(roboassem.github.io, a robot assembly paper's project page)",
                   "SoftMimicGen: A Data Generation System for Scalable Robot Learning in Deformable Object "
                   "Manipulation (softmimicgen.github.io, a robot learning paper's project page)"}),
    # Round 229's pool: researchers' blog posts explaining one paper of their own, whose repositories keep
    # the generated pages as served (al-folio's Distill layout, Hugo Academic, Hugo's XMin theme, one
    # hand-written page), six sites, all drawn (one short of the brief's seven); two classes read the train
    # part (a hand-made post signed under its heading, a Distill post's paper buttons not its own), one the
    # held-out Hugo XMin post after the final figure.
    ("229", 6, 6, {"goombalab.github.io (Goomba Lab, Albert Gu's machine-learning group's blog at CMU; "
                   "Jekyll al-folio output, the Distill layout, on gh-pages of "
                   "goombalab/goombalab.github.io)",
                   "tkipf.github.io (Thomas Kipf's personal site, a machine-learning researcher's; a "
                   "hand-written page of the TEMPLATED 'Spatial' layout on master of tkipf/tkipf.github.io)",
                   "alexzhang13.github.io (Alex L. Zhang's site, an MIT PhD student's; Jekyll al-folio "
                   "output, the Distill layout, on gh-pages of alexzhang13/alexzhang13.github.io)",
                   "yang-song.net (Yang Song's site, a machine-learning researcher's; Jekyll al-folio "
                   "output, the Distill layout, on gh-pages of yang-song/yang-song.github.io)",
                   "dtai.cs.kuleuven.be/stories (DTAI Stories, KU Leuven's DTAI machine-learning group's "
                   "blog; Hugo Academic 4.8.0 output on master_deployed of iPieter/DTAI-Stories)",
                   "yidingjiang.github.io (Yiding's blog, a machine-learning PhD's; Hugo output in blog/ of "
                   "the hand-written user site on master of yidingjiang/yidingjiang.github.io)"}),
    # Round 230's pool: researchers' own publication pages of one paper, a sixth draw (rounds 214 and 223),
    # one-person research sites of any field whose repositories keep the generated pages as served (Source
    # Themes Academic 4.6.3 and 4.8.0, Source Themes Academia 4.3.1, Wowchemy 5.7.0, Hugo 0.19 and 0.31
    # Academic, Quarto 1.8.25); nine sites (round 223's undrawn Elliot Dreujou's and Clément Parisot's among
    # them), six drawn, Shuhei M. Yoshida's, Pedro Henrique Gomes's and Lilianne Nakazono's left; two train
    # classes read Lucas Gelape's bold 'Resumo:' over a citation description and Elliot Dreujou's
    # one-sentence description; the held-out part read right before any change; none waits in pages_pending/.
    ("230", 6, 6, {"eldre.github.io (Research profile, Elliot Dreujou's, a marine ecologist's; Wowchemy "
                   "5.7.0 output at the root of eldre/eldre.github.io)",
                   "hidetoshi-furukawa.github.io (Hidetoshi Furukawa's, an independent radar and "
                   "deep-learning researcher's; Source Themes Academic 4.8.0 output at the root of "
                   "hidetoshi-furukawa/hidetoshi-furukawa.github.io)",
                   "lgelape.github.io (Lucas Gelape's, a political scientist's; Wowchemy 5.7.0 output at the "
                   "root of lgelape/lgelape.github.io)",
                   "mauriciovancine.github.io (Maurício Vancine's, an ecologist's; a Quarto 1.8.25 website "
                   "rendered to docs/ on main of mauriciovancine/mauriciovancine.github.io)",
                   "paolin83.github.io (Paolo Girardi's, a biostatistician's; Source Themes Academic 4.6.3 "
                   "output at the root of Paolin83/paolin83.github.io)",
                   "www.clement-parisot.ovh (Clément Parisot's, an HPC systems administrator's; Hugo 0.31.1 "
                   "output, the Academic theme, at the root of clement-parisot/clement-parisot.github.io)"}),
    # Round 232's pool: paper-reading notes in Japanese, a second draw, one reader's blog posts each on one
    # paper by others from repositories that keep the generated pages as served (Hexo, Hugo and Jekyll
    # Chirpy), seven sites: six drawn, Kmhk.N's replaced by ryok note (no page ends with </html>); its
    # held-out HNのブログ page (its description as its summary) and two train pages (ひつまぶし食べたい's
    # twice-escaped title, Shunya Ueta's writer named in his post's own line) waited in pages_pending/; three
    # classes read the train part's Casper post, its handle, and an Abstract under a post's '抄訳'. Stop 77
    # (pending91) moved ひつまぶし食べたい's back, its title the lead's stop-77 reading (the colon its writer
    # meant), no class needed, and HNのブログ's with two classes (the 'Abstract' under a post whose table
    # names the paper is the paper's; a description saying what the post introduces is its declared
    # summary); pending90 Shunya Ueta's with its class (the site's titled person its own sentence
    # names as providing the post's translation is its writer).
    ("232", 6, 6, {"shunyaueta.com (Shunya Ueta, an ML engineer's one-person blog; Hugo 0.120.3 "
                   "hugo-bearblog output on master of hurutoriya/hurutoriya.github.io)",
                   "mtkwt.github.io/blog (mtkwT blog, a student's blog; Hugo 0.62.0 output on gh-pages of "
                   "mtkwT/blog)",
                   "hn410.github.io (HNのブログ, a student's blog; Hexo 5.4.1 output with the Icarus theme "
                   "on master of HN410/HN410.github.io)",
                   "www.hitsumabushi.org (ひつまぶし食べたい, an infrastructure engineer's blog; Hugo "
                   "0.139.4 output on gh-pages of hitsumabushi/blog)",
                   "opqrstuvcut.github.io/blog (MatLoverによるMatlab以外のブログ, a machine-learning "
                   "engineer's blog; Hugo 0.133.0 Blowfish output on gh-pages of opqrstuvcut/blog)",
                   "ryok.github.io (ryok note, a data scientist's paper-summary blog; Hexo output with the "
                   "Casper theme on master of ryok/ryok.github.io)"}),
    # Round 231's pool: paper-reading notes in Chinese, a sixth draw of the family of rounds 194, 202, 211 and
    # 222, one reader's blog posts each on one paper by others, whose repositories keep the generated pages as
    # served (Hexo and Hugo Blox), nine sites: six drawn, three left; QxC's Blog's train page (a numeral
    # handle and a one-line description) and both held-out pages (康康博客's handle, 夏旭的小站's '摘要')
    # waited in pages_pending/; three classes read the train part's writers and one summary. Stop 77
    # (pending91) moved QxC's Blog's back with two classes (a numeral handle the copyright line holds; a
    # description saying what the post introduces is its declared summary), 夏旭的小站's with one (the
    # paragraph under a summary heading opening the post before its 'more' break) and 康康博客's with one (a
    # footer naming the handle alone, no copyright sign, holds it): none waits.
    ("231", 6, 6, {"cutesxy.github.io (HXY's Academic Space, an NLP student's blog; Hexo 8.1.1 output, the "
                   "Fluid theme, on main of Cutesxy/Cutesxy.github.io)",
                   "milkyfun0.github.io (QxC's Blog, a multimodal student's; Hexo 6.3.0 output, the NexT "
                   "Gemini scheme, on main of milkyfun0/milkyfun0.github.io)",
                   "xubao12.github.io (夏旭的小站, a diffusion-model student's blog; Hexo 7.2.0 output, the "
                   "NexT Pisces scheme, on master of XuBao12/XuBao12.github.io)",
                   "kangkang37.github.io (康康博客, a quantisation and hardware student's blog; Hexo 7.3.0 "
                   "output, the Fluid theme, on main of kangkang37/kangkang37.github.io)",
                   "luyiyun1021.github.io (Ronny Lu's blog, a multimodal and LLM student's; Hexo 7.3.0 "
                   "output, the NexT Gemini scheme, on gh-pages of luyiyun1021/luyiyun1021.github.io)",
                   "dingyadong.top (Bansheng, a recommender-systems engineer's blog; Hugo Blox Kit 0.12.0 "
                   "output a workflow deploys to gh-pages of bansheng/bansheng.github.io)"}),
    # Round 233's pool: social scientists' and humanists' own pages of one paper, a sixth draw, nine sites
    # (Source Themes Academic 4.8.0, Wowchemy 5.3.0 and Quarto output): six drawn, Fernando Stipanicic's, Luca
    # Bagnato's and Khwlah Almutair's left; its train Alba Miñano-Mañero page (its title, the Quarto h1 and
    # lead that its own citation writes as one) and its held-out Jinci Liu page (its first author printed as a
    # raw Hugo map) wait in pages_pending/; one class dates a bare Academic paper page by its month.
    # Stop 77's pending90 moved Jinci Liu's back with its class (a raw Hugo map in an author span,
    # 'map[<name> url:…]', names the person before its first key).
    # Stop 77's pending90 moved Alba Miñano-Mañero's back with its class (a Quarto title block's h1 and
    # its subtitle are one title where the page's own citation entry writes them as one).
    ("233", 6, 6, {"albaminanomanero.github.io (Alba Miñano-Mañero's, an urban economic historian's; a "
                   "Quarto 1.4.554 website at the root of albaminanomanero/albaminanomanero.github.io)",
                   "jinciliu.github.io (Jinci Liu's, a labour and political economist's; Source Themes "
                   "Academic 4.8.0 output at the root of jinciliu/jinciliu.github.io)",
                   "rpober.github.io (Roma Poberejsky's, a finance and industrial-organisation economist's; "
                   "Source Themes Academic 4.8.0 output at the root of rpober/rpober.github.io)",
                   "cjlibassi.com (CJ Libassi's, an education-policy researcher's; Source Themes Academic "
                   "4.8.0 output deployed to main of clibassi/cjlibassi.com)",
                   "aamperalta.github.io (Abigail Peralta's, a political and public economist's; Source "
                   "Themes Academic 4.8.0 output at the root of aamperalta/aamperalta.github.io)",
                   "yz-yangzheng.github.io (Yang Zheng's, an environmental economist's; Source Themes "
                   "Academic 4.8.0 output at the root of yz-yangzheng/yz-yangzheng.github.io)"}),
    # Round 234's pool: a paper's full text as one web page from a scholarly-writing tool, a seventh draw,
    # six Quarto manuscripts (four published to gh-pages, two rendered to docs/) and round 221's two undrawn
    # Manubot manuscripts: six drawn (Tretiakov's MicrogliaTRAP, a working draft, replaced by Adebali's
    # paralogs paper), Brett Johnson's salmon data paper left; its held-out bioeconomy working paper (its
    # date, the year of the summit its subtitle names, which no reader takes) waits in pages_pending/, its
    # title read right by a class made after the final figure.
    # Stop 77's pending90 moved the bioeconomy working paper back with its class (a manuscript stating no
    # other date is dated by the year of the event its subtitle line says it was presented at).
    ("234", 6, 6, {"renatovargas.github.io/bioeconomy-accounting (the bioeconomy satellite accounts "
                   "working paper, Renato Vargas et al. of ECLAC and the Banco Central de Costa Rica; a "
                   "Quarto manuscript rendered to docs/ of renatovargas/bioeconomy-accounting)",
                   "ddlawton.github.io/herbivore_nutrient_interactions (the nutrient availability and "
                   "grasshopper population dynamics paper, Douglas Lawton, Arianne Cease et al. of Arizona "
                   "State University; a Quarto manuscript published to gh-pages of "
                   "ddlawton/herbivore_nutrient_interactions)",
                   "agdamsbo.github.io/svd-modification (the physical activity and small vessel disease "
                   "protocol paper, Andreas Gammelgaard Damsbo et al. of the Danish Stroke Centre; a "
                   "Quarto manuscript published to gh-pages of agdamsbo/svd-modification)",
                   "adebali.github.io/orthoPaper (the paralogs' ancestral version paper, Ogun Adebali of "
                   "Sabanci University; a Manubot manuscript on gh-pages of adebali/orthoPaper)",
                   "berceanu.github.io/lwfa_scaling (the laser-wakefield scaling laws paper, Andrei "
                   "Berceanu and Alessio Del Dotto; a Manubot manuscript on gh-pages of "
                   "berceanu/lwfa_scaling)",
                   "francisbanville.github.io/ms_biodiversity_for_health (the One Health biodiversity "
                   "monitoring paper, Francis Banville, Timothée Poisot et al. of the Université de "
                   "Montréal; a Quarto manuscript published to gh-pages of "
                   "FrancisBanville/ms_biodiversity_for_health)"}),
    # Round 235's pool: labs' and research groups' own pages of one paper, a second draw (round 215's first),
    # eight sites, seven of one Jekyll lab layout (Trevor Bedford's papers/<slug>/ pages, built and served or
    # committed in _site/) and a robotics lab's Jekyll project pages: six drawn, the MSPS Lab's and NuQLO's
    # left; its train STAR Lab page (its DOI and arXiv id) and its two held-out pages (Canepa Research's, its
    # authors; the Montreal robotics lab's, no record) wait in pages_pending/.
    # Stop 77's pending90 moved Canepa Research's back with its class (an authors line of names written
    # 'Family Initials.', the citation after a ';', gives the names given first), and the STAR Lab's with its
    # class (a link under a side box's label box, 'PDF' to a publisher's article address or 'arXiv' to an
    # abstract's, names the paper's DOI and arXiv id).
    ("235", 5, 5, {"star-lab.cc.gatech.edu (the STAR Lab, Georgia Tech's Structured Techniques for "
                   "Algorithmic Robotics lab; a Jekyll build committed in _site/ of "
                   "GT-STAR-Lab/gt-star-lab.github.io)",
                   "www.caneparesearch.org (Canepa Research, a battery and energy-materials research "
                   "group; Jekyll output at the root of master of "
                   "caneparesearch/caneparesearch.github.io)",
                   "cole-trapnell-lab.github.io (the Trapnell Lab, University of Washington's genome sciences"
                   " lab; Jekyll output at the root of master of "
                   "cole-trapnell-lab/cole-trapnell-lab.github.io)",
                   "gavinhalab.org (the Gavin Ha Lab, Fred Hutchinson Cancer Center's cancer genomics lab; a "
                   "Jekyll build committed in _site/ of GavinHaLab/GavinHaLab.github.io)",
                   "skinmicrobe.github.io/smoothlab (the SMOOTH Lab, a skin microbiome and immunology lab; a "
                   "Jekyll 3.10.0 build committed in _site/ of SkinMicrobe/smoothlab)"}),
    # Round 236's pool: one paper's own project pages, a ninth draw, outside computer vision where the search
    # allowed (the Nerfies template and hand-written layouts served as written by GitHub Pages); eight sites,
    # six drawn, appleswithacapitala.github.io and spec-driven-rl.github.io left; three classes read GAPPO's
    # anonymous BibTeX author and its h1 over a dashed meta title and TARMAC's eyebrow-labelled abstract, one
    # after the final held-out figure TRACE's hero claim; the held-out LRRL page waited in pages_pending/,
    # moved back by stop 77's pending92 (its lead statement after the hero).
    ("236", 6, 6, {"TARMAC: A Taxonomy for Robot Manipulation in Chemistry (tarmac-paper.github.io, a "
                   "laboratory-robotics paper's project page)",
                   "Failure-Aware RL: Reliable Offline-to-Online Reinforcement Learning with Self-Recovery "
                   "for Real-World Manipulation (failure-aware-rl.github.io, a robot reinforcement-learning "
                   "paper's project page)",
                   "LaMOuR: Leveraging Language Models for Out-of-Distribution Recovery in Reinforcement "
                   "Learning (lamour-rl.github.io, a reinforcement-learning paper's project page)",
                   "Trust What You Can Verify: Gradient-Aware Pathwise Policy Optimization "
                   "(gappo-tmlr-2026.github.io, an anonymous reinforcement-learning submission's project "
                   "page)",
                   "TRACE: Interactive Bi-Directional Cable Tracing Amid Clutter (trace-paper.github.io, a "
                   "robot cable-manipulation paper's project page)",
                   "LLMs can construct powerful representations and streamline sample-efficient supervised "
                   "learning (lrrlpaper.github.io, a clinical machine-learning paper's project page)"}),
    # Round 239's pool: six researchers' and labs' blogs (HKU NLP's, the JKU Institute for Machine
    # Learning's and valeo.ai's al-folio output, Gabriel Béna's al-folio Distill post, the Gorilla project's
    # hand-written blog and the Qwen team's Hugo PaperMod blog): all six drawn; its train Gorilla page (no
    # record) and its two held-out pages (valeo.ai's, its authors; Gabriel Béna's, its DOI) waited in
    # pages_pending/; stop 77's pending92 moved Gabriel Béna's back, stop 78's pending94 valeo.ai's, stop
    # 80's pending96 the Gorilla post (author_link_rows: an undated h1 over rows of a.author links).
    ("239", 6, 6, {"gorilla.cs.berkeley.edu (the Gorilla project's site, UC Berkeley; hand-written pages on "
                   "gh-pages of ShishirPatil/gorilla, CNAME gorilla.cs.berkeley.edu)",
                   "hkunlp.github.io (the HKU NLP Group's site and blog, The University of Hong Kong; Jekyll "
                   "al-folio output, the Distill layout, on gh-pages of HKUNLP/hkunlp.github.io)",
                   "ml-jku.github.io (the Institute for Machine Learning, Johannes Kepler University Linz; "
                   "Jekyll al-folio output on gh-pages of ml-jku/ml-jku.github.io)",
                   "qwenlm.github.io (the Qwen team's blog, Alibaba; Hugo PaperMod output on gh-pages of "
                   "QwenLM/qwenlm.github.io)",
                   "gabrielbena.github.io (Gabriel Béna's site, an Imperial College London PhD student's; "
                   "Jekyll al-folio output, the Distill layout, on gh-pages of "
                   "GabrielBena/gabrielbena.github.io)",
                   "valeoai.github.io (valeo.ai's research page, Valeo's AI research lab; Jekyll al-folio "
                   "output on gh-pages of valeoai/valeoai.github.io)"}),
    # Round 240's pool: researchers' own publication pages of one paper, a seventh draw (rounds 214, 223 and
    # 230), eight one-person research sites of any field whose repositories keep the generated pages as
    # served (Source Themes Academic 3.3.0 and 4.8.0, Source Themes Academia 4.3.1, Wowchemy 4.8.0, 5.1.0,
    # 5.3.0 and 5.6.0, Hugo 0.19 Academic; round 230's undrawn Shuhei M. Yoshida's, Pedro Henrique Gomes's
    # and Lilianne Nakazono's among them): six drawn, Elena Álvarez Mellado's and Shuhei M. Yoshida's left;
    # all six read right never seen (36/36), no class made, none waits in pages_pending/.
    ("240", 6, 6, {"cornelia-ferner.github.io (Cornelia Ferner's, a machine-learning and "
                   "language-processing researcher's; Wowchemy 5.3.0 output at the root of "
                   "cornelia-ferner/cornelia-ferner.github.io)",
                   "evelyn-gutierrez.github.io (Evelyn Gutierrez's, a statistician's and "
                   "medical-imaging researcher's; Wowchemy 5.1.0 output at the root of "
                   "evelyn-gutierrez/evelyn-gutierrez.github.io)",
                   "lukashermann.github.io (Lukas Hermann's, a robot-learning researcher's; "
                   "Wowchemy 5.6.0 output at the root of lukashermann/lukashermann.github.io)",
                   "marixko.github.io (Lilianne Nakazono, PhD, an astronomer's; Source Themes "
                   "Academia 4.3.1 output at the root of marixko/marixko.github.io)",
                   "www.pedrohenriquegomes.com.br (Pedro Henrique Gomes's, a network engineer's;"
                   " Hugo 0.19 output of an Academic theme at the root of "
                   "pedrohenriquegomes/pedrohenriquegomes.github.io)",
                   "www.prestevez.com (Patricio R Estévez-Soto's, a criminologist's; Wowchemy "
                   "4.8.0 output on the gh-pages branch of prestevez/prestevez.github.io)"}),
    # Round 238's pool: paper-reading notes in English, a tenth draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hugo), six sites, all drawn
    # (round 228's undrawn s9a.me among them; Adam Oudad's first post in the page rule's order, a Word2Vec
    # tutorial citing three papers, passed over); two train classes (a 'By' alone before a username dates
    # the post, its writer unknown; a description running on into the heading an Org-mode export's section
    # block opens is the text's opening); its two held-out pages (s9a.me's, its footer's writer; Stephen
    # Jayakar's, no record) waited in pages_pending/; stop 77's pending92 moved both back.
    ("238", 6, 6, {"adamoudad.github.io ((Machine) Learning log., Adam Oudad's blog; Hugo 0.99.1 output, the"
                   " Future Imperfect Slim theme, at the root of adamoudad/adamoudad.github.io)",
                   "www.frankliu.org/hugo ('My New Hugo Site', Frank Liu's notes; Hugo 0.68.3 output, the "
                   "Ananke theme, on the gh-pages branch of the project repository frankieliu/hugo)",
                   "adilsarsenov.dev (ASR Engineering, Adil Sarsenov's blog; Hugo output, the PaperMod "
                   "theme, on the gh-pages branch of bootleg-dev/blog)",
                   "siddanthemani.github.io (Siddanth Emani Blog; Hugo output, the Blowfish theme, on the "
                   "gh-pages branch of SiddanthEmani/SiddanthEmani.github.io)",
                   "stephenjayakar.com (Stephen Jayakar's site, a software engineer's; Hugo output on the "
                   "gh-pages branch of stephenjayakar/stephenjayakar.github.io)",
                   "s9a.me (Suresh Sarda's site, a software engineer's; Hugo 0.124.1 output, a Tailwind "
                   "theme, deployed to the hugo-deploy branch of sureshsarda/sureshsarda.github.io)"}),
    # Round 237's pool: benchmark, dataset and leaderboard sites of one paper each, a tenth draw, the GitHub
    # Pages home page of a paper's dataset or benchmark served as written, eight sites (round 227's undrawn
    # Proactive Defense Benchmark and COOLL among them): six drawn, the Proactive Defense Benchmark's and
    # M3Eval's left; COOLL's train page gave no record before the round's classes; the held-out IconQA page
    # (no record at the final figure) read right by a class made after it.
    ("237", 6, 6, {"mixeval.github.io (MixEval, a benchmark mixture for evaluating LLMs from the National "
                   "University of Singapore, Carnegie Mellon University and the Allen Institute for AI, the "
                   "site of one paper; hand-written HTML (a Bulma project page) at the root of main of "
                   "MixEval/mixeval.github.io)",
                   "coolldataset.github.io (COOLL, the Controlled On/Off Loads Library, a dataset of "
                   "appliances' electrical signals from the PRISME laboratory of the University of Orléans, "
                   "the site of one paper; hand-written HTML (a Start Bootstrap theme) at the root of master"
                   " of coolldataset/coolldataset.github.io)",
                   "kor-bench.github.io (KOR-Bench, a benchmark of knowledge-orthogonal reasoning tasks for "
                   "language models from Multimodal Art Projection, ByteDance and others, the site of one "
                   "paper; hand-written HTML (a Bulma project page) at the root of main of "
                   "KOR-Bench/KOR-Bench.github.io)",
                   "sorry-bench.github.io (SORRY-Bench, a benchmark of language models' safety refusal from "
                   "Princeton, Virginia Tech, Stanford and others, the site of one ICLR 2025 paper; "
                   "hand-written HTML (Bootstrap, CodeMirror's output pasted in) at the root of main of "
                   "SORRY-Bench/sorry-bench.github.io)",
                   "mj-bench.github.io (MJ-Bench, a benchmark of multimodal reward models as judges for "
                   "text-to-image generation from UNC-Chapel Hill, the University of Chicago and Stanford, "
                   "the site of one paper; hand-written HTML (a Bulma project page) at the root of main of "
                   "MJ-Bench/MJ-Bench.github.io)",
                   "iconqa.github.io (IconQA, a benchmark of abstract diagram understanding and visual "
                   "language reasoning from UCLA's VCLA center and others, the site of one NeurIPS 2021 "
                   "paper; hand-written HTML at the root of main of iconqa/iconqa.github.io)"}),
    # Round 244's pool: a paper's full text as one web page built by a scholarly-writing tool, an eighth
    # draw (rounds 173's to 234's family), eight sites: round 234's undrawn salmon data stewardship
    # manuscript, four Quarto manuscripts (two of one group's) and three Manubot manuscripts found anew: six
    # drawn, Goff's CZI progress report and the Digital Botanical Gardens green paper left; one train class
    # (co-authors who filled Manubot's template entry but left its placeholder ORCID and place stay authors),
    # the held-out pair read right before any change.
    ("244", 6, 6, {"jgilis.github.io/satuRn_md (the satuRn differential transcript usage paper, Jeroen "
                   "Gilis et al. of Ghent University; a Manubot manuscript on gh-pages of "
                   "jgilis/satuRn_md)",
                   "vsmalladi.github.io/tfsee-manuscript (the TFSEE pancreatic enhancer paper, Venkat S. "
                   "Malladi et al. of UT Southwestern; a Manubot manuscript on gh-pages of "
                   "vsmalladi/tfsee-manuscript)",
                   "ryan3lima.github.io/ATUR-Thinning-to-enhance-recharge (the forest thinning and "
                   "groundwater recharge suitability paper, Ryan E Lima et al. of Northern Arizona "
                   "University; a Quarto manuscript published to gh-pages of "
                   "Ryan3Lima/ATUR-Thinning-to-enhance-recharge)",
                   "sustainabledevelopmentreform.github.io/Australian-Homes-Energy-Efficiency-Policy (the "
                   "Australian homes energy efficiency policy paper, Joshua Lam et al. of UNSW's Centre "
                   "for Sustainable Development Reform; a Quarto manuscript published to gh-pages of "
                   "SustainableDevelopmentReform/Australian-Homes-Energy-Efficiency-Policy)",
                   "br-johnson.github.io/sdm-paper (the salmon data stewardship paper, Brett Johnson et "
                   "al. of Fisheries and Oceans Canada and partners; a Quarto manuscript rendered to docs/ "
                   "on main of Br-Johnson/sdm-paper)",
                   "ryan3lima.github.io/ATUR-KARST (the Arizona karst recharge report, Ryan E. Lima et al. "
                   "of Northern Arizona University; a Quarto manuscript published to gh-pages of "
                   "Ryan3Lima/ATUR-KARST)"}),
    # Round 243's pool: social scientists' and humanists' own pages of one paper, a seventh draw, eight
    # one-person research sites (round 233's three undrawn, Fernando Stipanicic's, Luca Bagnato's and Khwlah
    # Almutair's, and five found): six drawn (Juan L. Fuentes-Acosta's, whose pages show neither authors nor a
    # date, replaced by Fernando Stipanicic's), Khwlah Almutair's left; one class (one span of an Academic
    # authors line naming two whole names at 'and' is the two people); none waits in pages_pending/.
    ("243", 6, 6, {"www.aliakyol.com (Ali Akyol's, a finance economist's; Wowchemy 5.4.0 output at the "
                   "root of alicakyol/alicakyol.github.io, `CNAME` www.aliakyol.com)",
                   "lucabagnato.github.io (Luca Bagnato's, an economic historian's and political "
                   "economist's; Wowchemy 5.3.0 output at the root of lucabagnato/lucabagnato.github.io)",
                   "gstockler.github.io (Gabriela Stockler's, a finance economist's; Wowchemy 5.1.0 output "
                   "at the root of gstockler/gstockler.github.io)",
                   "fernandostipanicic.github.io (Fernando Stipanicic's, an economist's of innovation and "
                   "economic geography; Source Themes Academic 4.8.0 output at the root of "
                   "fernandostipanicic/fernandostipanicic.github.io)",
                   "parkerbrody.github.io (Parker Brody's, a linguist's; Source Themes Academic 4.6.0 "
                   "output at the root of parkerbrody/parkerbrody.github.io)",
                   "tomaszolma.github.io (Tomasz Olma's, an econometrician's; Source Themes Academic 4.8.0 "
                   "output at the root of tomaszolma/tomaszolma.github.io)"}),
    # Round 242's pool: paper-reading notes in Japanese, a third draw, one reader's notes each on one paper by
    # others, whose repositories keep the generated pages as served; only two sites found in the search's
    # time (cympfh.cc's generator output and ryotaro.dev's Hugo output), both drawn, one held out (a third
    # of two, rounded, as the default counts it); cympfh.cc's train page gave no record before the round's
    # class (metainfo_notes); the held-out ryotaro.dev page (its writer, from the footer's copyright alone,
    # unread at the final figure) waited in pages_pending/; stop 78's pending94 moved it back.
    ("242", 2, 2, {"cympfh.cc (cympfh's paper notes under /paper/, a one-person site; output of the writer's "
                   "own Markdown-to-HTML generator 'unidoc' committed on master of "
                   "cympfh/cympfh.github.io)",
                   "ryotaro.dev (Coda, a machine-learning engineer's blog; Hugo output at the root of main "
                   "of ryotaro612/ryotaro612.github.io)"}),
    # Round 245's pool: labs' and research groups' own pages of one paper, a third draw (rounds 215 and 235),
    # three sites (a search that found few new ones): the Carter Lab's Quarto output committed in _site/ and
    # round 235's undrawn MSPS Lab and NuQLO (Jekyll lab-website-layout builds committed in _site/); all three
    # drawn, two held out. Its train MSPS Lab page read right by the round's class (a Chicago-style authors
    # line); its two held-out pages (NuQLO's, its authors and year; the Carter Lab's, its authors and day)
    # waited in pages_pending/ until stop 78 (pending93) moved both back with their classes (the Carter Lab's:
    # entry_spelt_authors, cited_dates.own_bibtex_block_day; NuQLO's: family_first_lines'
    # names_of_a_family_first_block).
    ("245", 3, 3, {"www.mspslab.cn (the MSPS Lab, the Marine Self-Powered System Lab of Dalian Maritime "
                   "University's Department of Marine Engineering; a Jekyll build committed in _site/ of "
                   "MSPSLab/lab_website)",
                   "cartermaclab.org (the Carter Lab, Michael J. Carter's motor behaviour lab at McMaster "
                   "University; Quarto 1.5.57 output committed in _site/ of cartermaclab/lab-website)",
                   "nuqlo.github.io (NuQLO, a quantum optics group; a Jekyll build committed in _site/ of "
                   "NuQLO/nuqlo.github.io)"}),
    # Round 241's pool: paper-reading notes in Chinese, a seventh draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hexo and Hugo), eight sites
    # (round 231's undrawn atffang.github.io, jrhu0048.github.io and thumarklau.github.io and the
    # Friend-Albert site it left out among them): six drawn, each site's first post in the page rule's
    # order taken; three train classes (a Redefine author card's doubled stamp and footer-held handle;
    # NexT's post-copyright writer row; a Chinese summing-up description over a reviewed paper's Abstract);
    # its held-out jrhu0048.github.io page (its writer 'JR.HU') waited in pages_pending/; stop 78's pending94
    # moved it back.
    ("241", 6, 6, {"atffang.github.io (Tianyao' s BLOG, a tracking student's blog; Hexo 5.4.2 output, the "
                   "NexT theme, on main of ATFfang/ATFfang.github.io)",
                   "friend-albert.github.io (FriendA's Blog, a student's blog; Hugo output, the FeelIt "
                   "theme, on master of Friend-Albert/friend-albert.github.io)",
                   "gh0st.top (换个研究, a software-security student's blog; Hexo 7.3.0 output, the NexT "
                   "theme, on master of ZupeiNie/ZupeiNie.github.io, CNAME gh0st.top)",
                   "skywalker767.github.io (Skywalker's Blog, a vision student's blog; Hexo 7.3.0 output, "
                   "the Redefine theme 2.8.2, on master of skywalker767/skywalker767.github.io)",
                   "v-ane.github.io (Self-Improvement, an object-detection student's blog; Hexo 7.3.0 "
                   "output, the Butterfly theme, on main of V-Ane/V-Ane.github.io)",
                   "jrhu0048.github.io (CHARMMY, a student's blog; Hexo 7.1.1 output, the Fluid theme, on "
                   "master of JRHU0048/JRHU0048.github.io)"}),
    # Round 246's pool: one paper's own project pages, a tenth draw, outside computer vision where the search
    # allowed (the Nerfies template, the Academic Project Page Template and hand-written layouts served as
    # written by GitHub Pages); eight sites (round 236's undrawn appleswithacapitala.github.io and
    # spec-driven-rl.github.io among them), six drawn, appleswithacapitala.github.io and
    # maestro-robot.github.io left; three train classes read CKA-Agent's anonymous page (a paragraph classed
    # as the abstract, the h1 its own entry titles over a meta title of the name and the title's first part,
    # the month a date tag over the heading shows); its two held-out pages read right at the final figure.
    ("246", 6, 6, {"Hierarchical Denoising For Multi-Step Visual Reasoning "
                   "(hierarchical-diffusion-reasoning.github.io, a video-reasoning paper's project page)",
                   "Mission-driven Exploration for Accelerated Deep Reinforcement Learning with Temporal"
                   " Logic Task Specifications (spec-driven-rl.github.io, a reinforcement-learning "
                   "paper's project page)",
                   "PlayAnything: Enabling Cross-Game Generalization for Agents via Multimodal Prompt "
                   "Adaptation (playanything-2026.github.io, a game-agent paper's project page, an "
                   "anonymous submission's)",
                   "Simultaneous Speech-to-Speech Translation Without Aligned Data "
                   "(t0m1ab.github.io/demo-icml-2026.github.io, a speech-translation paper's anonymous "
                   "audio demo page)",
                   "The Trojan Knowledge: Bypassing Commercial LLM Guardrails via Harmless Prompt "
                   "Weaving and Adaptive Tree Search (cka-agent.github.io/cka-agent/, an LLM-safety "
                   "paper's project page, its anonymous-submission version)",
                   "V-Droid: Advancing Mobile GUI Agent Through Generative Verifiers "
                   "(v-droid-agent.github.io, a mobile GUI agent paper's project page)"}),
    # Round 247's pool: benchmark, dataset and leaderboard sites of one paper each, an eleventh draw, the
    # GitHub Pages home page of a paper's benchmark or dataset served as written, eight sites (round 237's
    # undrawn Proactive Defense Benchmark and M3Eval among them): six drawn, HG-Bench's and Space3D-Bench's
    # left; GraphRAG-Bench's train page gave no record before the round's classes; the train MMR-Life page
    # (its date and its template's arXiv link) and both held-out pages (the Proactive Defense Benchmark's
    # and TAILOR's, no record at the final figure) waited in pages_pending/; stop 79's pending95 moved the
    # Proactive Defense Benchmark's back with its class (hero_author_lines: a venue link above the h1), stop
    # 80's pending96 TAILOR's (cut_tab_heroes: a <title> of the name and a cut title over the whole h1).
    ("247", 5, 5, {"echo-bench.github.io (ECHO, an in-the-wild image generation benchmark built from "
                   "social-media posts, from UC Berkeley, the site of one paper; hand-written HTML (a "
                   "Nerfies-styled Bulma page) at the root of main of echo-bench/echo-bench.github.io)",
                   "graphrag-bench.github.io (GraphRAG-Bench, a benchmark of graph retrieval-augmented "
                   "generation from Xiamen University and the Hong Kong Polytechnic University, the site of "
                   "one paper; hand-written HTML at the root of main of "
                   "GraphRAG-Bench/GraphRAG-Bench.github.io)",
                   "m3eval.github.io (M3Eval, a benchmark of multi-modal memory through cognitively grounded "
                   "video tasks, from Peking University and the University of Wisconsin-Madison, the site of "
                   "one paper; hand-written HTML (a Nerfies-styled Bulma page) at the root of main of "
                   "m3eval/m3eval.github.io, a `.nojekyll`)",
                   "proactivedefensebenchmark.github.io (Proactive Defense Benchmark against Deepfake "
                   "Generation, from the Safe AI Lab, an ICML 2026 paper's benchmark and leaderboards; "
                   "hand-written HTML at the root of main of "
                   "proactivedefensebenchmark/proactivedefensebenchmark.github.io)",
                   "tailor-bench.github.io (TAILOR, a benchmark of long-tail physical interactions for world "
                   "models in visual generation, from the University of Illinois Urbana-Champaign, Stanford "
                   "and Columbia, the site of one paper; hand-written HTML (Tailwind) at the root of main of "
                   "tailor-bench/tailor-bench.github.io)"}),
    # Round 249's pool: researchers' blog posts explaining one paper of their own, a third draw (rounds 229
    # and 239), four sites (a search that found few new ones): Dao AI Lab's al-folio build, LAION's Next.js
    # export, Graphcore Research's MkDocs Material build and the CLCS lab's Hugo output in public/; all four
    # drawn, two held out. Its two train pages read right before any change (no class); its held-out CLCS
    # page (its abstract, a description that is the post's whole text) waited in pages_pending/ until stop
    # 79's pending95 moved it back with its class (story_openings._run_together).
    ("249", 4, 4, {"clcs-sustech.github.io/research-blog (the CLCS lab's research notes, SUSTech; Hugo "
                   "output, the Archie theme, committed in public/ of CLCS-SUSTech/research-blog)",
                   "dao-lab.ai (Dao AI Lab, Tri Dao's group at Princeton; Jekyll al-folio output, the "
                   "Distill layout, on gh-pages of Dao-AILab/dao-ailab.github.io, CNAME dao-lab.ai)",
                   "graphcore-research.github.io (Graphcore Research's blog; MkDocs Material output with its "
                   "blog plugin, on gh-pages of graphcore-research/graphcore-research.github.io)",
                   "laion.ai (LAION e.V.'s site and blog; a Next.js static export on gh-pages of "
                   "LAION-AI/laion.ai, CNAME laion.ai)"}),
    # Round 250's pool: researchers' own publication pages of one paper, an eighth draw (rounds 214, 223, 230
    # and 240), eight one-person research sites whose repositories keep the generated pages as served (Source
    # Themes Academic 3.3.0, 4.7.0 and 4.8.0, Wowchemy 5.0.0-beta.1 and 5.7.0; round 240's undrawn Elena
    # Álvarez Mellado's and Shuhei M. Yoshida's among them): six drawn, Pedro Abranches's and Hamed
    # Mehranfar's left; three train classes (initials kept last in a byline of whole names; an undated
    # Academic page's Publication row year; a 'Chapter' button's DOI), one held-out class after the final
    # figure (an advisor named in the author entry); none waits in pages_pending/.
    ("250", 6, 6, {"aayushktyagi.github.io (Aayush Kumar Tyagi's, a computer-vision engineer's; "
                   "Source Themes Academic 4.8.0 output at the root of "
                   "Aayushktyagi/Aayushktyagi.github.io)",
                   "abhishek0697.github.io (Abhishek Das's, an engineer's; Wowchemy 5.0.0-beta.1 "
                   "output at the root of Abhishek0697/Abhishek0697.github.io)",
                   "adityasaraf.github.io (Aditya Saraf's, a computer scientist's; Source Themes "
                   "Academic 4.8.0 output at the root of AdityaSaraf/adityasaraf.github.io)",
                   "aibluefisher.github.io (Yu Chen's, a computer-vision (structure from motion) "
                   "researcher's; Source Themes Academic 4.7.0 output at the root of "
                   "AIBluefisher/AIBluefisher.github.io)",
                   "lirondos.github.io (Elena Álvarez Mellado's, a computational linguist's; Source "
                   "Themes Academic 3.3.0 output (Hugo 0.53) at the root of "
                   "lirondos/lirondos.github.io)",
                   "yoshidashuhe.im (Shuhei M. Yoshida's, a physicist's; Source Themes Academic "
                   "4.8.0 output on the gh-pages branch of yoshum/yoshum.github.io)"}),
    # Round 248's pool: paper-reading notes in English, an eleventh draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hugo, Hexo, Zola-like, Astro and
    # Org-mode output), eight sites: six drawn (blog.yunfeizhao.com's and r4j4n.github.io/blogs' left), each
    # site's first post in the page rule's order taken; two train classes (a host spelling an accented footer
    # holder's name bare; a post's bold 'tl;dr:' line the description gives); the held-out congchan.github.io
    # page read right at the final figure; the held-out app.leby.org page (an Org-mode export, no record)
    # waited in pages_pending/ until stop 79's pending95 moved it back with its class (org_exports).
    ("248", 6, 6, {"anubratbora.me (Anubrat Bora's blog; a static generator's output in the Zola 'serene' "
                   "theme's layout, no generator meta, on the gh-pages branch of anubrat25/my-blog)",
                   "app.leby.org (Appleby's site; the notes are Org-mode HTML exports committed with the "
                   "Hugo 0.55.3 site at the root of master of appleby/appleby.github.io)",
                   "congchan.github.io (Cong's Log, Cong Chan's blog; Hugo output, the PaperMod theme, on "
                   "the gh-pages branch of congchan/congchan.github.io)",
                   "www.jonahramponi.com (Jonah's ML Notes, Jonah Ramponi's notes; Hugo output, the Archie "
                   "theme, on the gh-pages branch of jonah-ramponi/ml-notes)",
                   "mishra39.github.io/website (Akshit Mishra's personal website and blog; Hugo 0.123.4 "
                   "output, the hugo-blog-awesome theme, on the gh-pages branch of mishra39/website)",
                   "nusretozates.github.io (Nusret Özateş's site; Astro output on the gh-pages branch of "
                   "NusretOzates/NusretOzates.github.io)"}),
    # Round 253's pool: social scientists' and humanists' own pages of one paper, an eighth draw, eight
    # one-person research sites (rounds 233's and 243's undrawn Khwlah Almutair's and seven found): six drawn,
    # Jorge Soler-Lopez's and Jaehyun Choi's left; Patrick Lam's dissertation page passed over as not one
    # paper; no train failure; one held-out class after the final figure (an Academic 4.3 authors line after
    # the microdata day metas between the h1 and it); none waits in pages_pending/.
    ("253", 6, 6, {"elisebell.github.io (Elise Bell's, a linguist's; Source Themes Academic 4.8.0 output at "
                   "the root of elisebell/elisebell.github.io)",
                   "www.wesleyzebrowski.com (Wesley Zebrowski's, an agricultural and environmental "
                   "economist's and sociologist's; Source Themes Academic 4.8.0 output at the root of "
                   "wzebrows/public, `CNAME` www.wesleyzebrowski.com)",
                   "patricklam.org (Patrick Lam's, a political scientist's and statistician's; Hugo 0.25.1 "
                   "output of the hugo-academic theme at the root of pkphlam/pkphlam.github.io, `CNAME` "
                   "patricklam.org)",
                   "kalmutair.com (Khwlah Almutair's, a financial economist's; Source Themes Academic 4.8.0 "
                   "output at the root of kalmutair/website, `CNAME` kalmutair.com)",
                   "felixrusche.com (Felix Rusche's, an economist's; Source Themes Academic 4.8.0 output at "
                   "the root of felixrusche/felixrusche.github.io, `CNAME` felixrusche.com)",
                   "www.carlmueller-crepon.org (Carl Müller-Crepon's, a political scientist's; Source Themes "
                   "Academic 4.3.1 output at the root of carl-mc/carl-mc.github.io, `CNAME` "
                   "www.carlmueller-crepon.org)"}),
    # Round 254's pool: a paper's full text as one web page built by a scholarly-writing tool and kept as
    # served, a ninth draw (Manubot manuscripts on gh-pages and a Portuguese Quarto manuscript published to
    # gh-pages), seven sites: six drawn (spikeai.github.io/polychronies left), each site's one page taken; one
    # train class (a meta title writing the heading's ellipsis as dots is the heading's; a title closing with
    # its own '?' or '!' takes its subtitle after a space); both held-out pages read right before any change.
    ("254", 6, 6, {"albersonmiranda.github.io/teem (the mathematics and music interdisciplinary activity "
                   "paper, Alberson Miranda of the Instituto Federal do Espírito Santo; a Quarto manuscript "
                   "published to gh-pages of albersonmiranda/teem)",
                   "digital-botanical-gardens-initiative.github.io/dbgi-green-paper (the Digital Botanical "
                   "Gardens Initiative's green paper, by its consortium; a Manubot manuscript on gh-pages of"
                   " digital-botanical-gardens-initiative/dbgi-green-paper)",
                   "ferenckata.github.io/SQSeminarPaper (the software quality in bioinformatics teamwork "
                   "paper, Katalin Ferenc et al. of the Centre for Molecular Medicine Norway; a Manubot "
                   "manuscript on gh-pages of ferenckata/SQSeminarPaper)",
                   "gofflab.github.io/goff-czi-report (the CZI single-cell basis vectors progress report, "
                   "Loyal Goff of Johns Hopkins University; a Manubot manuscript on gh-pages of "
                   "gofflab/goff-czi-report)",
                   "jperkel.github.io/mymanuscript (the collaborative-writing demonstration manuscript, "
                   "Jeffrey M. Perkel of Nature; a Manubot manuscript on gh-pages of jperkel/mymanuscript)",
                   "quinlan-lab.github.io/mutator-epistasis-manuscript (the germline mutator epistasis "
                   "paper, Thomas A. Sasani, Aaron R. Quinlan and Kelley Harris of the University of Utah "
                   "and the University of Washington; a Manubot manuscript on gh-pages of "
                   "quinlan-lab/mutator-epistasis-manuscript)"}),
    # Round 252's pool: paper-reading notes in Japanese, a fourth draw (rounds 224, 232 and 242), one reader's
    # posts each on one paper by others, whose repositories keep the generated pages as served; only two
    # sites found in the search's time (mosko.tokyo's Hugo output on master, blog.kota-yata.com's Hexo output
    # in public/), both drawn, one held out (a third of two, rounded, as the default counts it); the train
    # mosko.tokyo page gave no record before the round's class (article_header_posts); the held-out
    # blog.kota-yata.com page (a paper's translation with the translator's foreword) read right never seen.
    ("252", 2, 2, {"mosko.tokyo (moskomule log, Ryuichiro Hataya's one-person Hugo site; the Hugo output "
                   "committed on master of moskomule/moskomule.github.io)",
                   "blog.kota-yata.com (In-N-Output, Kota Yatagai's one-person blog; Hexo 4.2.1 output with "
                   "the Icarus theme committed in public/ of kota-yata/blog)"}),
    # Round 251's pool: paper-reading notes in Chinese, an eighth draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hexo NexT, Matery and Fluid
    # output and Hugo Stack output), eight sites (round 241's undrawn thumarklau.github.io and
    # shiliumi.github.io, the two it left out for a full pool, and four new): six drawn (g0dam.github.io's
    # and thumarklau.github.io's left), each site's first eligible post in the page rule's order taken
    # (gagaducko's empty first post and xiaoxiaojiea's paper-info stub passed over); four train classes
    # (Matery's post-title h1 over its published day, its reprint row's name the footer links alike, a
    # Chinese day with its weekday, a Chinese Stack subtitle the description repeats); the held-out
    # iszerostarchen.github.io page read right at the final figure; the held-out gagaducko.github.io page
    # (its writer, the handle the site's name is, against stop 78's pending94 guard) waited in
    # pages_pending/ until stop 80's pending96 moved it back with its class, the lead's stop-79 ruling
    # (copyright_block_writers: a Fluid license row the author metas and og:site_name agree with).
    ("251", 6, 6, {"1110u0111.github.io (Rebecca的赛博世界, a student's blog; Hexo 6.1.0 output, the NexT "
                   "theme (Gemini scheme), on main of 1110u0111/1110u0111.github.io)",
                   "gagaducko.github.io (gagaduck, an LLM learner's blog; Hexo 7.3.0 output, the Fluid "
                   "theme, on main of gagaducko/gagaducko.github.io)",
                   "iszerostarchen.github.io (isZeroStar'blog, a geography student's blog; Hexo "
                   "5.4.0 output, the NexT theme, on master of "
                   "isZeroStarChen/isZeroStarChen.github.io)",
                   "shiliumi.github.io (小翟的个人博客, a learner's blog; Hugo output, the Stack theme, on "
                   "main of Shiliumi/Shiliumi.github.io)",
                   "vikingstudyhard.github.io (加载起来特别特别慢的小博客, a code-analysis student's "
                   "blog; Hexo "
                   "5.4.0 output, the NexT theme (Gemini scheme), on master of "
                   "VikingStudyHard/VikingStudyHard.github.io)",
                   "xiaoxiaojiea.github.io (小小猿笔记, a vision learner's blog; Hexo 5.3.0 output, the "
                   "Matery theme, on main of xiaoxiaojiea/xiaoxiaojiea.github.io)"}),
    # Round 256's pool: one paper's own project pages, an eleventh draw, outside computer vision where the
    # search allowed (the Nerfies template's deployments and hand-written layouts served as written by GitHub
    # Pages); eight sites (rounds 226's to 246's undrawn appleswithacapitala.github.io and round 246's undrawn
    # maestro-robot.github.io among them), six drawn, dbap-rl.github.io and crg-rl.github.io left; three train
    # classes (a row of bracketed links a row of buttons, an acknowledgements section no abstract, a line of
    # news of the paper's presentation ending the byline) and, after its final held-out figure (9/12), two
    # held-out classes (a meeting named in words with a comma before its year, a TL;DR label opening its
    # paragraph); HOLDOUT.md, Round 256.
    ("256", 6, 6, {"Adapting Generalist Robot Policies with Semantic Reinforcement Learning "
                   "(semantic-action-rl.github.io, a robot-learning paper's project page)",
                   "Internally Rewarded Reinforcement Learning (ir-rl.github.io, a "
                   "reinforcement-learning paper's project page)",
                   "Maestro: Orchestrating Robotics Modules with Vision-Language Models for "
                   "Zero-Shot Generalist Robots (maestro-robot.github.io, a robotics paper's project "
                   "page)",
                   "One-step Language Modeling via Continuous Denoising (one-step-lm.github.io, a "
                   "language-modelling paper's project page)",
                   "Passive Ultra-Wideband Single-Photon Imaging (appleswithacapitala.github.io, a "
                   "computational-imaging paper's project page)",
                   "Vector Policy Optimization: Training for Diversity Improves Test-Time Search "
                   "(vpo-rl.github.io, a reinforcement-learning paper's project page)"}),
    # Round 255's pool: labs' and research groups' own pages of one paper, a fourth draw (rounds 215, 235 and
    # 245), four sites (a search that found few new ones): ACMus's, Jianwei Shuai's group's, the BGT-M group's
    # and the Laboratory of Main Group Chemistry's Hugo Academic / Wowchemy / Hugo Blox output kept as served;
    # all four drawn, two held out (ACMus and the Laboratory of Main Group Chemistry). One train class
    # (publication_row_days: the day a 'Publication' row's citation gives in the month the byline shows);
    # the held-out pages read right at the final figure.
    ("255", 4, 4, {"acmus-mir.github.io (ACMus, 'Advancing Computational Musicology', a research project's "
                   "team of Fraunhofer IDMT and Colombian partners on Andean Colombian music; Wowchemy 4.8.0 "
                   "output at the root of ACMUS-MIR/ACMUS-MIR.github.io)",
                   "bgt-m.github.io (the Big Team (BGT-M) group, Shenghua Liu's group at the Institute of "
                   "Computing Technology, Chinese Academy of Sciences / UCAS; Hugo Blox Builder 5.9.7 output "
                   "deployed to gh-pages of BGT-M/bgt-m.github.io)",
                   "huadongwangchem.github.io/home (the Laboratory of Main Group Chemistry, Huadong Wang's "
                   "lab; Source Themes Academic 4.8.0 output committed in docs/ of huadongwangchem/home)",
                   "shuaijianweigroup.github.io/ShauijianweiGroup (帅建伟课题组, Jianwei Shuai's group, "
                   "Xiamen University; Wowchemy 5.6.0 output committed in docs/ of "
                   "ShuaijianweiGroup/ShauijianweiGroup)"}),
    # Round 258's pool: paper-reading notes in English, a twelfth draw (rounds 218, 228, 238 and 248), one
    # reader's blog posts each on one paper by others, whose repositories keep the generated pages as served
    # (Hugo Blowfish, Ananke, Docsy and PaperMod output, Hexo Fluid output), eight sites (round 248's undrawn
    # blog.yunfeizhao.com and r4j4n.github.io/blogs and six new): six drawn, apoorvx.com (a redirect and a
    # tutorial naming no paper) replaced by blog.yunfeizhao.com, each site's first eligible post in the page
    # rule's order taken; five train classes (a post over its described lead, a host of a middle-named
    # holder's initials, a rights line with no stop, a 'Summary' spanning the text, a post's own entry naming
    # its writer); the held-out r4j4n.github.io/blogs page read right at the final figure, the held-out
    # www.tangliyan.com page's writer read after it (a host family name first, a link to the canonical host).
    ("258", 6, 6, {"blog.yunfeizhao.com (Yunfei's blog, Yunfei Zhao's site; Hexo 5.4.2 output, the Fluid "
                   "theme, on the gh-pages branch of YunfeiZHAO/blog)",
                   "jkk.name (Jonathan K. Kummerfeld's homepage; Hugo output, the Docsy theme, on the main "
                   "branch of jkkummerfeld/jkkummerfeld.github.io)",
                   "nsynovic.dev (Nicholas M. Synovic's site; Hugo 0.114.1 output, the Ananke theme, on the "
                   "gh-pages branch of NicholasSynovic/nicholassynovic.github.io)",
                   "r4j4n.github.io/blogs (Rajan Ghimire's blog; Hugo output, the PaperMod theme, on the "
                   "gh-pages branch of the project repository R4j4n/blogs)",
                   "vickiiimu.github.io/my-site (For Later Analysis, Vicki Mu's site; Hugo output, the "
                   "Blowfish theme, on the gh-pages branch of the project repository vickiiimu/my-site)",
                   "www.tangliyan.com (Liyan Tang's blog; Hugo 0.85.0 output, the PaperMod theme, on the "
                   "master branch of Liyan06/Liyan06.github.io)"}),
    # Round 257's pool: benchmark, dataset and leaderboard sites of one paper each, a twelfth draw, the
    # GitHub Pages home page of a paper's benchmark or dataset served as written, eight sites (round 247's
    # undrawn HG-Bench and Space3D-Bench and its found-late EUDAIMONIA among them): six drawn, HG-Bench's and
    # EUDAIMONIA's left; ConStory-Bench's train page (no byline read, its <title> the site's tab) and
    # SFI-Bench's (its entry's hyphen for the title's en dash) read right after the round's three classes;
    # both held-out pages (Target-Bench's, no record; MSU-Bench's title and date) waited in pages_pending/;
    # stop 80's pending97 moved both back with their classes: MSU-Bench's (project_subtitles: a
    # headline-cased p.subtitle under the name's h1; venue_badges: a conference badge above the h1) and
    # Target-Bench's (title_row_heroes: a classed title block of two rows the <title> repeats, no h1).
    ("257", 6, 6, {"lezhang7.github.io/sfi-bench.github.io (SFI-Bench, a video benchmark of "
                   "spatial-functional intelligence in multimodal LLMs, from Mila, NYU and Apple, the "
                   "site of one paper; hand-written HTML at the root of main of "
                   "lezhang7/sfi-bench.github.io)",
                   "pdi-bench.github.io (PDI-Bench, the Perspective Distortion Index benchmark of "
                   "geometric consistency in generated videos, from Tsinghua University, UW-Madison and "
                   "Adobe Research, the site of one paper; hand-written HTML (the Academic Project Page "
                   "Template filled in) at the root of main of PDI-Bench/pdi-bench.github.io)",
                   "picrew.github.io/constory-bench.github.io (ConStory-Bench, a benchmark of "
                   "consistency errors in long story generation by LLMs, from Microsoft and the "
                   "Singapore University of Technology and Design, the site of one paper; hand-written "
                   "HTML on gh-pages of Picrew/constory-bench.github.io, a deploy copy of main's files)",
                   "space3d-bench.github.io (Space3D-Bench, a spatial 3D question-answering benchmark on"
                   " the Replica scenes, from ETH Zurich and Microsoft, the site of one paper; "
                   "hand-written HTML (the Academic Project Page Template's Bulma layout) at the root of"
                   " master of Space3D-Bench/space3d-bench.github.io)",
                   "aslp-lab.github.io/msu-bench.github.io (MSU-Bench, a benchmark of speaker-centric "
                   "understanding in multi-speaker conversations, from ASLP@NPU, NJU, SLAI and Li Auto, the "
                   "site of one paper; hand-written HTML at the root of main of "
                   "ASLP-lab/msu-bench.github.io)",
                   "target-bench.github.io (Target-Bench, a benchmark of mapless path planning to semantic "
                   "targets for world models, from TUM, the Bosch AI Center, ETH and NJU, the site of one "
                   "paper; hand-written HTML at the root of main of target-bench/target-bench.github.io)"}),
    # Round 262's pool: social scientists' and humanists' own pages of one paper, a ninth draw, eight
    # one-person research sites (round 253's undrawn Jorge Soler-Lopez's and Jaehyun Choi's and six found):
    # six drawn, Jiakai Zhang's and Jaehyun Choi's left; Jorge Soler-Lopez's Stata module page passed over as
    # not a paper; two train classes (Academic 4.8's author-notes marks in the authors line, a Wowchemy
    # p.page-subtitle 'with …' line); both held-out pages read right at the final figure; none waits in
    # pages_pending/.
    ("262", 6, 6, {"giuseppegrasso.io (Giuseppe Grasso's, a labour economist's; Wowchemy 5.5.0 output at the "
                   "root of giuseppe-grasso/giuseppe-grasso.github.io, `CNAME` giuseppegrasso.io)",
                   "lucas-rosso.github.io (Lucas Rosso's, an economist's; Source Themes Academic 4.8.0 "
                   "output in `docs/` of lucas-rosso/lucas-rosso.github.io beside the Hugo sources)",
                   "shutaocao.github.io (Shutao Cao's, an economist's; Wowchemy 5.9.0 output at the root of "
                   "shutaocao/shutaocao.github.io)",
                   "jlopezton.github.io (Jorge Soler-Lopez's, a development economist's; Source Themes "
                   "Academic 4.8.0 output at the root of jlopezton/jlopezton.github.io)",
                   "www.ignaciomamone.com (Ignacio Mamone's, a political scientist's; Source Themes Academic "
                   "4.4.0 output at the root of ignaciomamone/ignaciomamone.github.io, `CNAME` "
                   "www.ignaciomamone.com)",
                   "rabsjp.github.io (Jean Paul Rabanal's, an experimental economist's; Source Themes "
                   "Academic 3.0.0 output (Hugo 0.55.6) at the root of rabsjp/rabsjp.github.io)"}),
    # Round 260's pool: researchers' own publication pages of one paper, a ninth draw (rounds 214, 223, 230,
    # 240 and 250), seven one-person research sites whose repositories keep the generated pages as served
    # (Source Themes Academic 4.8.0, Wowchemy 5.7.0, Hugo Blox Builder 5.9.7, Hugo PaperMod and hand-made Hugo
    # themes; round 250's undrawn Pedro Abranches's and Hamed Mehranfar's among them): six drawn, Guillaume
    # Coiffier's left; three train classes (a heading's hidden self-link mark; a venue subheading's year and
    # DOI; a post of the writer's own paper's preprint link); the held-out pages read right at the final
    # figure; none waits in pages_pending/.
    ("260", 6, 6, {"abranchini.github.io (Pedro Abranches's, a machine-learning researcher's; Source "
                   "Themes Academic 4.8.0 output at the root of Abranchini/Abranchini.github.io)",
                   "akshat4112.github.io (Akshat Gupta's, a machine-learning engineer's; Hugo PaperMod "
                   "output on the gh-pages branch of Akshat4112/akshat4112.github.io)",
                   "hamedmehranfar.github.io (Hamed Mehranfar's, a railway-engineering researcher's; "
                   "Wowchemy 5.7.0 output at the root of hamedmehranfar/hamedmehranfar.github.io)",
                   "hhguo.github.io (Haohan Guo's, a speech-synthesis researcher's; Hugo Blox Builder "
                   "5.9.7 output on the gh-pages branch of hhguo/hhguo.github.io)",
                   "michelevidulis.github.io (Michele Vidulis's, a computational-geometry researcher's; "
                   "Hugo output built with 'hugo --minify' and committed in docs/ of "
                   "MicheleVidulis/michelevidulis.github.io)",
                   "www.chabert-liddell.com (Saint-Clair Chabert-Liddell's, a statistician's; Source "
                   "Themes Academic 4.8.0 output committed in public/ of "
                   "Chabert-Liddell/personal_website)"}),
    # Round 259's pool: researchers' blog posts explaining one paper of their own, a fourth draw (rounds 229,
    # 239 and 249), five researchers' sites (a search that found few new ones): Songlin Yang's, Anshuman
    # Suri's, Hannah Cyberey's and Joel Oskarsson's al-folio builds on gh-pages and Emiel Hoogeboom's Hugo
    # Academic output at a repository's root; all five drawn, two held out; Joel Oskarsson's site had no
    # eligible post (software and travel notes, course reports, two theses, a post on two papers) and went
    # without a page. One train class (an Academic post's listing summary the page shows nowhere); both
    # held-out pages (Hannah Cyberey's authors, Songlin Yang's short standfirst) wait in pages_pending/.
    ("259", 2, 2, {"anshumansuri.com (Anshuman Suri's site; Jekyll al-folio output, the Distill layout, on "
                   "gh-pages of iamgroot42/personal-website-2; canonical links name anshumansuri.com)",
                   "ehoogeboom.github.io (Emiel Hoogeboom's site; Hugo Academic output, Source Themes "
                   "Academic 4.3.1, committed at the root of master of ehoogeboom/ehoogeboom.github.io)"}),
    # Round 261's pool: paper-reading notes in Chinese, a ninth draw, one reader's blog posts each on one
    # paper by others, whose repositories keep the generated pages as served (Hexo Cactus, Fluid, NexT,
    # Matery and Butterfly output), eight sites (rounds 241's and 251's undrawn thumarklau.github.io and
    # g0dam.github.io and six found by the '论文解读' tag): six drawn (xinyvpeng.github.io's and
    # hangqifan.github.io's left), each site's first post in the page rule's order taken; six train classes
    # (a Matery post's text repeating its title as an h1, a writer row's handle the host spells, a handle
    # spelt with a digit inside its word, the site's name as the post's signed handle the footer holds, a
    # Fluid license box's person, a possessive navbar brand holding the handle) and, after the final
    # held-out figure (11/12), one (a Butterfly footer's 'By <handle>'); no page pending.
    ("261", 6, 6, {"a-kali.github.io (某科学のBLOG, a computer-vision student's blog; Hexo 3.9.0 "
                   "output, the NexT theme (Gemini scheme), on master of A-kali/a-kali.github.io)",
                   "fansaorz.github.io (Jiashi Blog, a robotics-perception student's blog; Hexo "
                   "6.3.0 output, the Fluid theme, on main of FansaOrz/FansaOrz.github.io)",
                   "g0dam.github.io (g0dam, a security student's blog; Hexo 7.3.0 output, the "
                   "Cactus theme, on main of g0dam/g0dam.github.io)",
                   "kjore.github.io (kjore's blog, a database-and-agents reader's blog; Hexo "
                   "8.0.0 output, the Butterfly theme, on main of kjore/kjore.github.io)",
                   "thumarklau.github.io (马克刘的博客, a database student's blog; Hexo 6.3.0 output, "
                   "the Fluid theme, on master of THUMarkLau/THUMarkLau.github.io)",
                   "weifagan.cn (扎根, a computer-vision learner's blog; Hexo 5.2.0 output, the "
                   "Matery theme, on master of WeifaGan/WeifaGan.github.io, served at its CNAME "
                   "weifagan.cn)"}),
])
def test_a_later_round_has_fresh_pages_new_sites_and_a_held_out_third(round_, pages, site_count,
                                                                       new_sites):
    # From the sidecars read once: each round asking fidelity.sidecars for every round before it read
    # the corpus's sidecars sixty times a round (~2 million JSON reads a run, minutes of the suite).
    earlier = [sidecar for sidecar in SIDECARS if int(sidecar.get("round", 1)) < int(round_)]
    this = [sidecar for sidecar in SIDECARS if str(sidecar.get("round", 1)) == round_]
    sites = {sidecar["site"] for sidecar in this}
    assert len(this) == pages
    assert len(sites) == site_count
    assert sites - {sidecar["site"] for sidecar in earlier} == new_sites
    assert not {sidecar["sha256"] for sidecar in this} & {sidecar["sha256"] for sidecar in earlier}
    # A page whose class is not fixed yet waits in pages_pending/ (a held-out page, or a train page its
    # round left, as round 73's lati_0): the third was drawn with it.
    pending = [json.loads(path.read_text()) for path in sorted(PENDING.glob("*.json"))]
    pending = [sidecar for sidecar in pending if str(sidecar["round"]) == round_]
    held_out = len([sidecar for sidecar in [*this, *pending] if sidecar["split"] == "held-out"])
    assert held_out == HELD_OUT_DRAWN.get(round_, round((len(this) + len(pending)) / 3))


# A round whose pool held fewer sites than the brief's draw of six still drew the brief's two held-out sites:
# its held-out count is the two drawn, not a third of its pages (round 175: three sites pooled and drawn,
# two held out, one train page; HOLDOUT.md, Round 175; round 198: four sites pooled and drawn, two held out;
# round 207: three sites pooled and drawn, two held out, one train page; round 245 likewise; round 249:
# four sites pooled and drawn, two held out; round 255: four sites pooled and drawn, two held out; round 259:
# five sites pooled and drawn, two held out, one drawn train site without an eligible page).
HELD_OUT_DRAWN = {"175": 2, "198": 2, "207": 2, "245": 2, "249": 2, "255": 2, "259": 2}


SINGLE = [sidecar for sidecar in SIDECARS if "records" not in sidecar["expected"]]

# Each mix's floor of fields right, of every field of the single-paper pages, and its ceiling of fields read
# worse than with no metadata at all (HOLDOUT.md, "Meta mixes, stop 30": 132 fields worse when the mixes were
# first read, 11 since that stop's classes). A round raises the floors to what its pages and classes reach;
# the figures round by round are at the end of HOLDOUT.md.
MIX_FLOORS = {"none": 8750, "html": 8903, "og": 9300, "dc": 8924, "jsonld": 9156, "og+jsonld": 9535,
              "no-highwire": 9637, "all": 9770}
# html and og one more each from round 91 (KFF's held-out brief: read with only its description or Open Graph
# meta, its unshown teaser is taken for the abstract that no meta at all leaves empty; HOLDOUT.md, Round 91).
# og one more from round 117 (The Denver Post's story read with Open Graph alone takes its file photo's
# caption day, 2015-05-27, where no meta leaves the day missing; HOLDOUT.md, Round 117).
# jsonld one more from round 119 (The Atlantic's Ideas essay: read with only its JSON-LD, the NewsArticle's
# headline, the <title>'s search headline, stands for the title where the h1 shows another, which no meta left
# names then; with no meta at all the h1 is read; HOLDOUT.md, Round 119).
# dc one more from round 132 (heise online's story: with no meta at all read since round 132's held-out
# classes, its writer by its editor's code, 'Ben Schwan'; with Dublin Core alone its DC.creator, the channel
# 'Mac & i', as before: a better baseline, not a worse reading; HOLDOUT.md, Round 132).
# html and og one more each from stop 67 (pending71: the Bangor group's post of round 144, its abstract read
# as none as the lead settled it, which no meta at all reads right; read with only its HTML or Open Graph
# meta, the first of its two description metas, the template's site description "'HCC' - Human-Centred
# Computing research group, …", is taken for the abstract, as KFF's unshown teaser is; HOLDOUT.md, Stop 67,
# pending71).
# html, dc and jsonld one more each from round 156 (Anderson Monken's paper page, its metas two days of the
# month it shows, dated by that month as its sidecar reads it; read with only the item's datePublished meta,
# its one day inside the shown month is kept, as the corpus keeps such a day; HOLDOUT.md, Round 156).
# jsonld one more from round 184 (Olivia Cooper's Source Themes Academic paper page: read with only its
# JSON-LD, its datePublished 2024-10-10, the day the page was added, dates the paper, where no meta at all
# reads the month the page shows, 'April 2025', as its sidecar does; the round's class reads the template's
# relabelling from the article:modified_time and published_time metas, which JSON-LD alone does not give;
# HOLDOUT.md, Round 184).
# og one more as stop 76's pending89 measured it (14:05): noneback's Bigtable notes (round 192, train) read
# with Open Graph alone take the description 'Ladder@I recently found a translated version …' for the abstract
# its sidecar reads as none, where no meta at all gives no title and no day but reads that abstract right. The
# same with main's backend at ca1db2ba put first on PYTHONPATH (checked 14:09): a reading main had before the
# branch (after rounds 227's and 228's merges, whose mixes the lead had not measured), not one of its classes;
# left to the lead (HOLDOUT.md, Stop 76, pending89).
# og four more from stop 77 (round 236's TARMAC project page, its og:type 'article': read with Open Graph
# alone, project_pages.says_it_is_a_post takes it for a dated post and gives no record, where no meta at all
# reads the project page's title, authors, year and abstract; the same with main's backend before the round
# at c3259816, a reading the page met, not one of the stop's classes; HOLDOUT.md, Stop 77).
# html and og one more each from stop 80 (round 257's PDI-Bench page, train: read with only its HTML or Open
# Graph meta, its description meta, the site's own teaser 'PDI-Bench (Perspective Distortion Index) is a
# quantitative framework for auditing …', is taken for the abstract, where no meta at all reads its Abstract
# section, as its sidecar does and every meta together does; the KFF and Bangor readings' kind; HOLDOUT.md,
# Stop 80's rounds).
WORSE_THAN_NONE = {"none": 0, "html": 4, "og": 11, "dc": 5, "jsonld": 3, "og+jsonld": 1,
                   "no-highwire": 3, "all": 0}


@pytest.mark.slow
def test_pages_with_no_metadata_or_only_some_of_it_read_no_worse_than_their_floors():
    # One test, not one per mix or a module fixture two tests share: the mixes read the single-paper pages
    # eight times over, the suite's costliest work, and pytest-xdist may run two tests asking for one fixture
    # in two workers, each reading them again. Its workers find the module by name to run its reader.
    sys.modules.setdefault("fidelity", fidelity)
    mixes = fidelity.read_mixes(SINGLE, workers=os.cpu_count() or 1)
    # The no-meta fallback's floors: the single-paper pages that give a record, and the fields right. Each
    # round's figures before and after its classes are in its HOLDOUT.md section, the whole history at the
    # end of HOLDOUT.md.
    bare = mixes["none"]
    assert bare.records >= 1417 and bare.total == 9835
    assert bare.right >= 8750
    # Every mix's floor of fields right and its ceiling of fields read worse than with none.
    assert set(mixes) == set(MIX_FLOORS) == set(WORSE_THAN_NONE)
    below = {name: mix.right for name, mix in mixes.items() if mix.right < MIX_FLOORS[name]}
    assert below == {}, fidelity.mixes_report(mixes, failures=False)
    worse = {name: len(mix.worse) for name, mix in mixes.items()
             if len(mix.worse) > WORSE_THAN_NONE[name]}
    assert worse == {}, fidelity.mixes_report(mixes, failures=True)


@pytest.mark.slow
def test_without_the_publisher_table_the_generic_readers_keep_their_floor():
    # What a page of a site nobody on the project has seen gets: the generic readers alone; the publisher
    # rows of normalise/sites.py give the rest. The figures by stop are in HOLDOUT.md's last section.
    # Only the pages a row applies to are read again with the table emptied (a quarter of the corpus;
    # `scripts/fidelity --no-sites` reads them all): the table has one reader (the test below), so every
    # other page reads as it does with the table, each field right by the test of every page above.
    by_rows = [sidecar for sidecar in SIDECARS if fidelity.read_by_publisher_rows(sidecar)]
    with fidelity.without_site_rows():
        right, total = fidelity.score([check for sidecar in by_rows
                                       for check in fidelity.check_page(sidecar).checks])
    assert body.SITES, "the table is put back for the readers that come after"
    read = {sidecar["name"] for sidecar in by_rows}
    others = sum(len(fidelity.judged(sidecar, []).checks) for sidecar in SIDECARS
                 if sidecar["name"] not in read)
    assert total + others == 9944 and right + others >= 9733


def test_the_publisher_table_is_read_only_by_site_rows_while_a_page_is_read():
    # What lets the test above read only the pages a row applies to: emptying the table changes nothing
    # else a page's reading asks. A name bound from the table at import (the marks' tags, the saved
    # links' hosts) is no reading of it while a page is read.
    readers = set()
    for path in sorted((Path(body.__file__).parent).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) and any(
                    isinstance(node, ast.Name) and node.id == "SITES" for node in ast.walk(function)):
                readers.add(f"{path.stem}.{getattr(function, 'name', 'lambda')}")
    assert readers == {"body.site_rows"}
    row_page = next(sidecar for sidecar in SIDECARS if sidecar["site"].startswith("Nature"))
    assert fidelity.read_by_publisher_rows(row_page)
    with fidelity.without_site_rows():
        assert not fidelity.read_by_publisher_rows(row_page)


def test_no_meta_prints_its_figure_in_one_line(capsys):
    assert fidelity.main(["--no-meta", "--round", "11"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    pages = len([s for s in fidelity.sidecars(round_="11") if "records" not in s["expected"]])
    assert re.fullmatch(rf"without meta: \d+ of {pages} single-paper pages give a record, \d+ with the "
                        r"exact title; \d+/\d+ fields right", last), last


def test_no_meta_lists_each_field_not_right_with_failures(capsys):
    assert fidelity.main(["--meta", "og,html", "--round", "11", "--failures"]) == 0
    lines = capsys.readouterr().out.splitlines()
    wrong = [line for line in lines if line.startswith(("wrong", "missing"))]
    right, total = map(int, lines[-1].rsplit("; ", 1)[1].split()[0].split("/"))
    assert len(wrong) == total - right > 0
    assert all(" expected " in line and ", got " in line for line in wrong)


def test_meta_tags_fall_into_the_families_the_mixes_keep():
    family = fidelity.meta_family
    assert family('<meta name="citation_title" content="T">') == "highwire"
    assert family("<meta name='PRISM.publicationDate' content='2020'>") == "highwire"
    assert family('<meta name="DC.Creator" content="A">') == "dc"
    assert family('<meta property="og:title" content="T">') == "og"
    assert family('<meta content="T" name="twitter:title">') == "og"
    assert family('<meta name="description" content="D">') == "html"
    assert family('<meta name="descriptionx" content="D">') == "other"  # html names are whole names
    assert family('<meta name="viewport" content="width=device-width">') == "other"
    assert family('<meta charset="utf-8">') == "other"


def test_a_mix_keeps_only_its_families_and_json_ld_only_when_named():
    page = ('<html><head><meta name="citation_title" content="H"><meta property="og:title" content="O">'
            '<meta name="dc.title" content="D"><script type="application/ld+json">{}</script></head></html>')
    og_only = fidelity.with_meta_of(page, frozenset({"og"}))
    assert 'content="O"' in og_only
    assert 'content="H"' not in og_only and 'content="D"' not in og_only and "ld+json" not in og_only
    assert "ld+json" in fidelity.with_meta_of(page, frozenset({"jsonld"}))
    assert fidelity.with_meta_of(page, fidelity.ALL_FAMILIES) == page


def test_an_unknown_meta_family_is_refused_with_the_known_ones_named(capsys):
    with pytest.raises(SystemExit):
        fidelity.main(["--meta", "og,bogus"])
    err = capsys.readouterr().err
    assert "unknown meta families: bogus" in err and "highwire" in err


def test_without_meta_takes_off_every_meta_tag_and_json_ld_block():
    page = (
        '<html><head><meta name="citation_title" content="T"><script type="application/ld+json">{}</script>'
        "<title>Kept</title></head><body><p>Kept too</p></body></html>"
    )
    stripped = fidelity.with_meta_of(page, frozenset())
    assert "<meta" not in stripped and "ld+json" not in stripped
    assert "<title>Kept</title>" in stripped and "Kept too" in stripped


def test_without_meta_takes_the_tags_off_the_pages_own_text_not_a_parsers_reading_of_it():
    # A parser's copy would already have read <script … /> as an open script swallowing the heading.
    body = '<body><script src="m.js" /><h1>T</h1>'
    page = f'<html><head><meta content="x>y" name="citation_title"></head>{body}'
    assert fidelity.with_meta_of(page, frozenset()) == f"<html><head></head>{body}"


def test_a_page_is_captured_on_the_day_its_sidecar_says_it_was_served():
    # A page that dates itself 'today' (IVONA, round 138: 'Сегодня, 11:09') is read as the extension reads
    # it, captured the day the site served it, where its sidecar's source names that day; every other page on
    # the fixed CAPTURED day.
    assert fidelity.served_day({"source": {"served": "2012-01-17"}}) == date(2012, 1, 17)
    assert fidelity.served_day({"source": {}}) == fidelity.CAPTURED
    assert len([sidecar for sidecar in SIDECARS if sidecar["source"].get("served")]) == 1
