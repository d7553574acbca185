"""The text-dump parser, on the real dumps and on made-up dumps of the same formats."""

from datetime import date
from pathlib import Path

import pytest

from papershelf.normalise.dumps import ImpossibleDate, iter_dump, parse_date_line, parse_dump_text
from papershelf.records import ParsedRecord, RecordProblem

DUMPS = Path(__file__).parent / "fixtures" / "dumps"
FORMAT_A = DUMPS / "000_286d48ef37147b1c.txt"
FORMAT_B = DUMPS / "001_6f96a1003d4bdb3d.txt"
FORMAT_C = DUMPS / "002_116e930042b20998.txt"
CAPTURED = date(2025, 11, 22)


def parse(path: Path, captured: date = CAPTURED):
    with path.open(encoding="utf-8") as handle:
        items = list(iter_dump(handle, captured))
    records = [item for item in items if isinstance(item, ParsedRecord)]
    problems = [item for item in items if isinstance(item, RecordProblem)]
    return records, problems


@pytest.mark.parametrize(
    ("path", "count"), [(FORMAT_A, 220), (FORMAT_B, 101), (FORMAT_C, 87)]
)
def test_each_format_has_its_exact_record_count(path, count):
    records, problems = parse(path)
    assert len(records) == count
    assert problems == []


def test_format_a_subscribe_glued_to_first_title_is_split_off():
    records, _ = parse(FORMAT_A)
    first = records[0]
    assert first.line == 3
    assert first.paper.title == (
        "VertiBench: Advancing Feature Distribution Diversity in Vertical Federated "
        "Learning Benchmarks"
    )
    assert first.paper.abstract.startswith("Vertical Federated Learning (VFL) is a crucial")


def test_format_a_and_b_carry_no_count_date_or_upvotes():
    for path in (FORMAT_A, FORMAT_B):
        records, _ = parse(path)
        for record in records:
            assert record.paper.authors_count is None
            assert record.paper.published is None
            assert record.paper.upvotes is None


def test_format_b_skips_header_and_page_date():
    records, _ = parse(FORMAT_B)
    assert records[0].line == 11
    assert records[0].paper.title == (
        "Research on Optimizing Real-Time Data Processing in High-Frequency Trading "
        "Algorithms using Machine Learning"
    )
    assert records[-1].paper.title == "Learning to Prompt for Vision-Language Models"


def test_format_c_reads_authors_date_and_upvotes():
    records, _ = parse(FORMAT_C)
    by_title = {r.paper.title: r.paper for r in records}
    first = records[0].paper
    assert first.title == "Breaking Bad Tokens: Detoxification of LLMs Using Sparse Autoencoders"
    assert (first.authors_count, first.published, first.upvotes) == (6, "2025-05-20", 0)
    evaluations = by_title[
        "Towards Principled Evaluations of Sparse Autoencoders for Interpretability and Control"
    ]
    assert (evaluations.authors_count, evaluations.published) == (3, "2024-05-14")
    lang_splat = by_title[
        "LangSplatV2: High-dimensional 3D Language Gaussian Splatting with 450+ FPS"
    ]
    assert (lang_splat.published, lang_splat.upvotes) == ("2025-07-08", 1)


def test_format_c_upvotes_follow_a_dated_year_too():
    records, _ = parse(FORMAT_C)
    with_year_and_votes = [r.paper for r in records if r.paper.published == "2024-07-07"]
    assert [p.upvotes for p in with_year_and_votes] == [4]


def test_titles_and_abstracts_are_the_trimmed_lines():
    records, _ = parse(FORMAT_B)
    lines = FORMAT_B.read_text(encoding="utf-8").splitlines()
    for record in records[:20]:
        assert record.paper.title == lines[record.line - 1].strip()


def test_year_less_date_takes_year_of_capture():
    assert parse_date_line("May 20", date(2025, 11, 22)) == ("2025-05-20", 0)


def test_year_less_date_after_capture_belongs_to_year_before():
    assert parse_date_line("Dec 30", date(2025, 1, 5)) == ("2024-12-30", 0)


def test_date_line_with_year_and_upvotes():
    assert parse_date_line("Oct 10, 2023 12", CAPTURED) == ("2023-10-10", 12)
    assert parse_date_line("Not a date", CAPTURED) is None


def test_leap_day_without_year_takes_the_latest_leap_year_not_after_capture():
    assert parse_date_line("Feb 29", date(2024, 3, 1)) == ("2024-02-29", 0)
    assert parse_date_line("Feb 29", date(2026, 11, 22)) == ("2024-02-29", 0)


def test_impossible_dates_are_an_error_not_a_missing_date():
    with pytest.raises(ImpossibleDate):
        parse_date_line("Feb 30", CAPTURED)
    with pytest.raises(ImpossibleDate):
        parse_date_line("Feb 29, 2023", CAPTURED)


def test_impossible_date_is_one_problem_on_its_own_line():
    text = FORMAT_C.read_text(encoding="utf-8").replace("\nMay 20\n", "\nFeb 30 3\n", 1)
    records, problems = parse_dump_text(text, CAPTURED)
    assert len(records) == 86
    assert [(p.line, "'Feb 30 3'" in p.message and "not a real date" in p.message)
            for p in problems] == [(19, True)]


def test_format_b_title_missing_its_abstract_mid_file_is_skipped_not_misread():
    lines = FORMAT_B.read_text(encoding="utf-8").splitlines()
    title_line = next(i for i, line in enumerate(lines) if line.startswith("MuseumMaker"))
    del lines[title_line + 1 : title_line + 3]  # its blank line and abstract
    records, problems = parse_dump_text("\n".join(lines), CAPTURED)
    assert len(records) == 100
    assert [p.line for p in problems] == [title_line + 1]
    assert all(not r.paper.title.startswith("MuseumMaker") for r in records)
    light = next(r.paper for r in records if r.paper.title.startswith("A Light-Weight Framework"))
    assert light.abstract.startswith("Open-set object detection (OSOD)")


SYNTHETIC_C = """new

Get trending papers in your email inbox!

Subscribe

Weekly Papers

byAK and the research community

Week 12

A Made-Up Title About Graphs

{abstract}

  • 1 author
·
Jan 3, 2021 7

Another Paper Without Its Date Line

{abstract}

  • 2 authors
·

Third Paper, Intact

{abstract}

  • 4 authors
·
Mar 9
"""


def test_unseen_header_and_broken_format_c_record_is_reported_with_its_line():
    text = SYNTHETIC_C.format(abstract="We study things. " * 20)
    records, problems = parse_dump_text(text, CAPTURED)
    assert [r.paper.title for r in records] == ["A Made-Up Title About Graphs", "Third Paper, Intact"]
    assert records[0].paper.authors_count == 1
    assert (records[0].paper.published, records[0].paper.upvotes) == ("2021-01-03", 7)
    assert records[1].paper.published == "2025-03-09"
    assert len(problems) == 1
    assert problems[0].line == text.splitlines().index("Another Paper Without Its Date Line") + 1
    assert "no date" in problems[0].message


def test_title_without_abstract_at_end_of_file_is_reported():
    abstract = "An abstract that is long enough to be a paragraph. " * 6
    text = f"First Title\n{abstract}\nSecond Title\n{abstract}\nDangling Title\n\t\t\n"
    records, problems = parse_dump_text(text, CAPTURED)
    assert [r.paper.title for r in records] == ["First Title", "Second Title"]
    assert [(p.line, "no abstract" in p.message) for p in problems] == [(5, True)]


def test_format_a_title_missing_its_abstract_mid_file_does_not_shift_the_rest():
    abstract = "An abstract that is long enough to be a paragraph. " * 6
    text = f"Title One\n{abstract}\nOrphan Title\nTitle Three\n{abstract}\n"
    records, problems = parse_dump_text(text, CAPTURED)
    assert [r.paper.title for r in records] == ["Title One", "Title Three"]
    assert problems[0].line == 3


def test_text_without_records_yields_nothing():
    records, _ = parse_dump_text("hello\nworld\n", CAPTURED)
    assert records == []


def test_code_url_is_read_from_the_abstract():
    records, _ = parse(FORMAT_A)
    by_title = {r.paper.title: r.paper for r in records}
    tma = by_title["TMA: Temporal Motion Aggregation for Event-based Optical Flow"]
    assert tma.code_url == "https://github.com/ispc-lab/TMA"
    without = [r.paper for r in records if "github.com" not in r.paper.abstract]
    assert all(p.code_url is None for p in without if "gitee.com" not in p.abstract)
