"""Identity: arXiv ids, DOIs, fingerprints and deterministic ids."""

import pytest

from papershelf.identity import (
    address_key,
    arxiv_id_from_doi,
    arxiv_id_from_url,
    clean_text,
    normalise_doi,
    paper_id,
    split_arxiv_id,
    title_fingerprint,
)
from papershelf.records import Paper, Rank
from papershelf.store.papers import find_matches, save_paper
from papershelf.store.tx import write


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://arxiv.org/abs/1706.03762", ("1706.03762", None)),
        ("http://arxiv.org/abs/2505.14536v2", ("2505.14536", 2)),
        ("https://arxiv.org/pdf/1706.03762v7.pdf", ("1706.03762", 7)),
        ("https://arxiv.org/pdf/1706.03762", ("1706.03762", None)),
        ("https://export.arxiv.org/abs/hep-th/9711200", ("hep-th/9711200", None)),
        ("https://arxiv.org/abs/math.GT/0309136v1", ("math.GT/0309136", 1)),
        ("https://huggingface.co/papers/1810.04805", ("1810.04805", None)),
        ("http://hf.co/papers/1810.04805", ("1810.04805", None)),
        ("https://www.huggingface.co/papers/1810.04805#community", ("1810.04805", None)),
        ("https://huggingface.co/papers", None),
        ("https://example.org/abs/1706.03762", None),
    ],
)
def test_arxiv_id_from_url(url, expected):
    assert arxiv_id_from_url(url) == expected


def test_split_arxiv_id_accepts_prefix_and_rejects_junk():
    assert split_arxiv_id("arXiv:2401.00001v3") == ("2401.00001", 3)
    assert split_arxiv_id("not an id") is None


def test_doi_keeps_its_case_without_resolver_and_compares_case_blind():
    assert normalise_doi("https://doi.org/10.1023/A:1026654312961") == "10.1023/A:1026654312961"
    assert paper_id(Paper(doi="10.1023/A:1")) == paper_id(Paper(doi="10.1023/a:1"))
    assert normalise_doi("doi:10.1101/2020.03.22.002386.") == "10.1101/2020.03.22.002386"
    assert normalise_doi("no doi here") is None
    assert arxiv_id_from_doi("10.48550/arxiv.1706.03762") == "1706.03762"


def test_clean_text_collapses_whitespace_decodes_entities_and_is_nfc():
    assert clean_text("BERT: Pre-training for Language\n  Understanding") == (
        "BERT: Pre-training for Language Understanding"
    )
    assert clean_text("Q&amp;A  ") == "Q&A"
    assert clean_text("Cafe\u0301") == "Caf\u00e9"
    assert clean_text("   ") is None


def test_clean_text_drops_the_control_characters_a_reader_never_sees():
    # A BibTeX import that read "\\emph" as the escape "\\e" left an ESC (0x1b) in a paper page's h1
    # (Neander M Heming's Wowchemy site, 2024): a browser shows nothing there, and the title is the rest.
    assert clean_text("quaking aspen ( {\x1bmph{Populus tremuloides}} )") == (
        "quaking aspen ( {mph{Populus tremuloides}} )"
    )
    assert clean_text("Genotyping\u2010by\u2010sequencing \x1b(a\x00) \x7fB") == (
        "Genotyping\u2010by\u2010sequencing (a) B")
    assert clean_text("\x1b") is None


def test_clean_text_drops_the_marks_that_never_show_but_keeps_the_joiners_words_need():
    # A right-to-left title in a meta tag wrapped in direction marks, a zero-width space a CMS
    # put at its start, a byte order mark, a soft hyphen: invisible, and not the title's.
    deep_learning = "\u0627\u0644\u062a\u0639\u0644\u0645 \u0627\u0644\u0639\u0645\u064a\u0642"
    assert clean_text(f"\u200f{deep_learning}\u200e") == deep_learning
    assert clean_text("\u200bDeep \u2066learning\u2069\ufeff") == "Deep learning"
    assert clean_text("Hy\u00adphen\u00adated \u202bwords\u202c") == "Hyphenated words"
    assert clean_text("\u200b \u200f") is None
    # Persian writes a zero-width non-joiner inside words, emoji and Indic scripts a zero-width
    # joiner: they are the words' own.
    assert clean_text("\u0645\u06cc\u200c\u0634\u0648\u062f") == "\u0645\u06cc\u200c\u0634\u0648\u062f"
    assert clean_text("\u0915\u094d\u200d\u0937") == "\u0915\u094d\u200d\u0937"


def test_fingerprint_ignores_case_punctuation_and_width():
    assert title_fingerprint("Attention Is All You Need!") == title_fingerprint(
        "attention is all you need"
    )
    assert title_fingerprint("ＢＥＲＴ") == "bert"
    assert title_fingerprint("snake_case") == "snakecase"


def test_paper_id_prefers_arxiv_then_doi_then_title():
    title_only = Paper(title="A Paper")
    with_doi = Paper(title="A Paper", doi="10.1/x")
    with_arxiv = Paper(title="A Paper", doi="10.1/x", arxiv_id="2401.00001")
    assert len({paper_id(title_only), paper_id(with_doi), paper_id(with_arxiv)}) == 3
    assert paper_id(with_arxiv) == paper_id(Paper(arxiv_id="2401.00001"))
    assert len(paper_id(title_only)) == 16


@pytest.mark.parametrize(("stored", "arriving", "same"), [
    (Paper(title="X Y"), Paper(title="x-y", arxiv_id="1706.03762"), True),
    (Paper(title="X Y", arxiv_id="1512.03385"), Paper(title="x-y", arxiv_id="1706.03762"), False),
    (Paper(title="X Y", doi="10.1/a"), Paper(title="X Y", doi="10.1/b"), False),
    (Paper(title="One", doi="10.1/a"), Paper(title="Two", doi="10.1/a"), True),
    (Paper(title="X", doi="10.1023/A:1"), Paper(title="Y", doi="10.1023/a:1"), True),
])
def test_same_paper_unless_ids_disagree(library, stored, arriving, same):
    """The identity rule, as the store applies it (its one implementation)."""
    with write(library) as tx:
        pid, _ = save_paper(tx, stored, rank=Rank.PAGE, hlc=tx.now())
    assert find_matches(library, arriving) == ([pid] if same else [])


@pytest.mark.parametrize(("one", "other", "same"), [
    ("https://Lab.example.org/notes/", "http://www.lab.example.org/notes#part-2", True),
    ("https://lab.example.org/", "https://lab.example.org", True),
    ("https://lab.example.org/?p=12", "https://lab.example.org/?p=13", False),
    ("https://lab.example.org/notes", "https://lab.example.org/Notes", False),
    ("https://lab.example.org/", "https://other.example.org/", False),
])
def test_a_web_pages_address_is_compared_without_scheme_www_slash_or_fragment(one, other, same):
    assert (address_key(one) == address_key(other)) is same


@pytest.mark.parametrize("url", [None, "", "notes.html", "http://[::1"])
def test_no_address_key_without_a_host(url):
    assert address_key(url) is None
