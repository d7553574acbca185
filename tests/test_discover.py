"""discover/: features kept in step, models trained and scored, suggestions as the reader's
fields stand now, papers like this one, and the command line."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import numpy as np
import pytest
from click.testing import CliRunner

from helpers import DUMPS
from papershelf.cli import cli
from papershelf.discover.features import (
    apply_features,
    changed_papers,
    document_frequencies,
    get_state,
    rows_to_matrix,
    tfidf,
)
from papershelf.discover.queries import UnknownTag, recommendations
from papershelf.discover.refresh import refresh
from papershelf.discover.similar import similar_papers
from papershelf.discover.text import pack
from papershelf.importer import import_dump
from papershelf.records import Paper, Rank
from papershelf.store.papers import delete_paper, edit_paper, save_paper
from papershelf.store.schema import PRIVATE_TABLES
from papershelf.store.tx import write

SAE = "title LIKE '%sparse autoencoder%'"


def run(db):
    return refresh(db, lambda fn, *args: fn(db, *args))


def ids_where(db, where: str) -> list[str]:
    return [pid for (pid,) in db.execute(f"SELECT id FROM papers WHERE {where} ORDER BY id")]


def edit(db, pid: str, tags: list[str] | None = None, **changes) -> None:
    with write(db) as tx:
        edit_paper(tx, pid, changes, tags=tags)


@pytest.fixture
def sample(library):
    for dump in sorted(DUMPS.glob("*.txt")):
        import_dump(library, dump, captured_at=date(2025, 11, 6))
    return library


def test_discover_tables_are_private():
    assert {"discover_features", "discover_state", "discover_models", "discover_scores"} \
        <= set(PRIVATE_TABLES)


def test_nothing_is_suggested_before_the_reader_has_said_anything(sample):
    run(sample)
    found = recommendations(sample)
    assert found.papers == [] and found.model is None


def test_a_paper_whose_words_are_all_stop_words_last_in_a_chunk_is_scored_as_nothing(library):
    # "Second" and "Third" (sklearn's stop words, no term counted) were the last rows of the chunk
    # being scored: numpy's reduceat read past the end, and `papershelf recommend` printed a traceback.
    counts = rows_to_matrix([pack(np.array([3, 7]), np.array([1, 2])), b""])
    weighted = tfidf(counts, np.ones(counts.shape[1], np.float32))
    assert weighted.shape == (2, counts.shape[1]) and weighted[1].nnz == 0
    assert np.isclose((weighted[0].toarray() ** 2).sum(), 1)
    with write(library) as tx:
        titles = ("Sparse autoencoders find features", "Features of sparse models", "Second", "Third")
        ids = [save_paper(tx, Paper(title=title), rank=Rank.PAGE, hlc=tx.now())[0] for title in titles]
    edit(library, ids[0], rating=5)
    run(library)
    assert [p.id for p in recommendations(library).papers] == [ids[1]]


def test_a_paper_nothing_explains_is_no_suggestion(library):
    # A new library of a few papers, one liked: the model's score of every other was -0.000, none had a
    # reason, and "For you" listed them all as "most like" what the reader liked.
    titles = ("Grasses of the Alpine meadows in spring", "Deep residual learning for image recognition",
              "The TeXbook", "A history of the printing press", "Tides and the moon", "Fine")
    with write(library) as tx:
        ids = [save_paper(tx, Paper(title=title), rank=Rank.PAGE, hlc=tx.now())[0] for title in titles]
    edit(library, ids[0], rating=5)
    run(library)
    found = recommendations(library, limit=200)
    assert found.model is not None
    assert found.papers == [], [(p.title, p.score, p.reasons) for p in found.papers]


def test_every_suggestion_says_why(sample):
    for pid in ids_where(sample, SAE)[:3]:
        edit(sample, pid, rating=5)
    run(sample)
    found = recommendations(sample, limit=200)
    assert len(found.papers) >= 50
    assert all(any(r.kind in ("terms", "paper") for r in p.reasons) for p in found.papers)


def test_recommendations_never_include_what_the_reader_read_skipped_rated_started_or_tagged(sample):
    sae = ids_where(sample, SAE)
    for pid in sae[:3]:
        edit(sample, pid, rating=5)
    edit(sample, sae[3], status="read")
    edit(sample, sae[4], status="skipped")
    edit(sample, sae[5], rating=3)
    edit(sample, sae[6], status="reading")
    edit(sample, sae[7], tags=["interp"])
    run(sample)
    found = recommendations(sample, limit=200)
    shown = [p.id for p in found.papers]
    assert found.model is not None and found.model.positives == 5 and found.model.negatives == 1
    assert not set(shown) & set(sae[:8])
    assert set(sae[8:]) <= set(shown[:10])  # the rest of the topic leads
    assert [p.score for p in found.papers] == sorted((p.score for p in found.papers), reverse=True)
    first = found.papers[0]
    assert {r.kind for r in first.reasons} == {"terms", "paper"}
    assert any("sparse autoencoders" in r.terms or "saes" in r.terms for r in first.reasons if r.terms)
    # An edit counts at once, before any refresh: the stored scores are checked against it.
    edit(sample, shown[0], status="read")
    assert shown[0] not in [p.id for p in recommendations(sample, limit=200).papers]


def test_a_tag_has_its_own_suggestions_and_an_unknown_tag_is_refused(sample):
    sae = ids_where(sample, SAE)
    for pid in sae[:4]:
        edit(sample, pid, tags=["sae"])
    run(sample)
    found = recommendations(sample, "sae", limit=10)
    assert found.model.tag == "sae"
    assert found.papers[0].reasons[0].text == "for your tag “sae”"
    assert set(sae[4:]) & {p.id for p in found.papers}
    with pytest.raises(UnknownTag):
        recommendations(sample, "no such tag")
    # The tag gone, its model goes with it.
    for pid in sae[:4]:
        edit(sample, pid, tags=[])
    assert run(sample).dropped == ["liked", "tag:sae"]  # nothing liked is left either
    with pytest.raises(UnknownTag):
        recommendations(sample, "sae")


def test_a_new_paper_is_scored_by_the_stored_model_without_training_again(sample):
    for pid in ids_where(sample, SAE)[:5]:
        edit(sample, pid, rating=5)
    run(sample)
    paper = Paper(title="Sparse autoencoders find monosemantic features in protein language models",
                  abstract="We train sparse autoencoders (SAEs) on the activations of a protein "
                           "language model and interpret the SAE features and their activations.")
    with write(sample) as tx:
        new_id, _ = save_paper(tx, paper, rank=Rank.PAGE, hlc=tx.now())
    done = run(sample)
    assert done.analysed == 1 and done.trained == [] and done.rescored == ["liked"]
    assert new_id in [p.id for p in recommendations(sample, limit=20).papers]


def test_features_follow_text_changes_deletions_and_count_every_term_once(sample):
    run(sample)
    pid = ids_where(sample, SAE)[0]
    with write(sample) as tx:
        edit_paper(tx, pid, {"abstract": "A wholly new zygomorphic abstract."})
        edit_paper(tx, ids_where(sample, SAE)[2], {"rating": 2})  # no text change: not analysed
        delete_paper(tx, ids_where(sample, SAE)[1])
    done = run(sample)
    assert done.analysed == 2
    df, documents = document_frequencies(sample)
    blobs = [b for (b,) in sample.execute("SELECT terms FROM discover_features")]
    recount = np.bincount(rows_to_matrix(blobs).indices, minlength=len(df))
    assert documents == len(blobs) == sample.execute("SELECT count(*) FROM papers").fetchone()[0]
    assert (df == recount).all()


def test_a_refresh_that_finds_nothing_changed_writes_nothing(sample):
    edit(sample, ids_where(sample, SAE)[0], rating=5)
    run(sample)
    before = sample.conn.total_changes
    done = run(sample)
    assert (done.analysed, done.trained, done.rescored) == (0, [], [])
    assert sample.conn.total_changes == before


def test_a_batch_another_pass_wrote_first_is_not_counted_twice(sample):
    batch = changed_papers(sample, 0, limit=50)
    assert apply_features(sample, batch) is True
    assert apply_features(sample, batch) is False
    assert int(get_state(sample, "documents")) == 50


def test_similar_papers_share_terms_and_never_include_the_paper(sample):
    sae = ids_where(sample, SAE)
    assert similar_papers(sample, sae[0], 10) == []  # nothing analysed yet: no word counts
    run(sample)
    with write(sample) as tx:  # a paper not analysed yet is analysed on the fly
        new_id, _ = save_paper(tx, Paper(title="Sparse autoencoders for protein language models",
                                         abstract="SAEs trained on activations."), rank=Rank.PAGE,
                               hlc=tx.now())
    for asked in (sae[0], new_id):
        found = similar_papers(sample, asked, 10)
        assert asked not in [p.id for p in found]
        assert len(set(sae) & {p.id for p in found}) >= 4
        assert all(p.reasons and p.reasons[0].kind == "terms" for p in found)
    assert similar_papers(sample, "0000000000000000") is None


def test_cli_recommend_refreshes_and_prints_the_reasons(sample, tmp_path):
    for pid in ids_where(sample, SAE)[:4]:
        edit(sample, pid, rating=5)
    db_path = sample.execute("PRAGMA database_list").fetchone()[2]
    runner = CliRunner()
    result = runner.invoke(cli, ["recommend", "--limit", "3", "--db", db_path])
    assert result.exit_code == 0, result.output
    assert "1 model trained" in result.stderr  # "1 models trained" before stop 58
    lines = result.stdout.splitlines()
    assert lines[0].startswith("  1. ") and "like “" in result.stdout and "weighs “" in result.stdout
    assert lines[0].endswith("]")  # no model score: negative for the best of most libraries
    refused = runner.invoke(cli, ["recommend", "--tag", "nope", "--no-refresh", "--db", db_path])
    assert refused.exit_code == 1 and refused.stderr == "papershelf: no paper is tagged 'nope'\n"
    missing = runner.invoke(cli, ["recommend", "--db", str(tmp_path / "nothing.db")])
    assert missing.exit_code == 1 and "no library at" in missing.stderr
    similar = runner.invoke(cli, ["similar", ids_where(sample, SAE)[0], "--json", "--db", db_path])
    assert similar.exit_code == 0 and '"reasons"' in similar.stdout


def test_a_new_librarys_refresh_loads_no_model_library(library, tmp_path):
    # Every server starts a refresh child; scikit-learn (the text hashing and the model) costs it
    # seconds of CPU and tens of megabytes to import, for a library that holds no paper yet. The
    # refresh module imported it with the model's class for every library.
    library.close()
    script = ("import sys; from pathlib import Path; from papershelf.store.db import open_writer; "
              "from papershelf.discover.refresh import refresh; "
              f"db = open_writer(Path({str(tmp_path / 'library.db')!r})); "
              "done = refresh(db, lambda fn, *args: fn(db, *args)); "
              "print(done.analysed, 'sklearn' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["0", "False"]


def test_stop_words_of_scripts_other_than_latin_are_left_out_and_latin_ones_are_kept():
    # Two Persian papers of unrelated subjects were each other's likeness for sharing "در" (in).
    from papershelf.discover.text import terms_of

    persian = terms_of("بررسی فضایل قرآنی در دعای ابوحمزه ثمالی و این مقاله")
    assert "در" not in persian and "این" not in persian and "بررسی" in persian
    assert "и" not in terms_of("машинного обучения и данных")
    assert terms_of("the car and la voiture")[:3] == ["car", "la", "voiture"]  # French's "car" is English's
    # A text in French leaves out French's (a French paper "shared" its "et" with English ones' "et al.").
    french = terms_of("Les informations non vérifiées ont envahi les réseaux sociaux et les médias")
    assert french[:4] == ["informations", "verifiees", "envahi", "reseaux"]
    assert "et" not in terms_of("Features, as Caron et al. show, transfer.")


def test_papers_that_share_only_another_languages_stop_words_are_not_alike(library):
    with write(library) as tx:
        ids = [save_paper(tx, Paper(title=title, abstract=abstract), rank=Rank.PAGE, hlc=tx.now())[0]
               for title, abstract in (
                   ("تحلیل منافع اصلاحات صنعت برق", "اصلاحات صنعت برق در استرالیا است"),
                   ("بررسی فضایل قرآنی", "دعای ابوحمزه ثمالی در این کتاب است"),
                   ("Sparse autoencoders", "Features of language models."))]
    run(library)
    assert similar_papers(library, ids[0], 10) == []


def test_features_and_models_of_an_earlier_analysis_are_made_again(sample):
    edit(sample, ids_where(sample, SAE)[0], rating=5)
    assert run(sample).trained == ["liked"]
    # A library analysed before: its analysis's number, and text hashes that are not this analysis's.
    with write(sample):
        sample.execute("UPDATE discover_state SET value = 1 WHERE key = 'analyzer'")
        sample.execute("UPDATE discover_features SET text_hash = text_hash + 1")
    papers = sample.execute("SELECT count(*) FROM papers").fetchone()[0]
    done = run(sample)
    assert (done.analysed, done.trained) == (papers, ["liked"])  # its weights were the old terms
    df, documents = document_frequencies(sample)
    blobs = [b for (b,) in sample.execute("SELECT terms FROM discover_features")]
    assert documents == len(blobs) == papers
    assert (df == np.bincount(rows_to_matrix(blobs).indices, minlength=len(df))).all()
    assert run(sample).analysed == 0


def test_papers_are_alike_for_a_person_they_share_never_for_a_first_name(library):
    # Seen on a paper's page: a bacteriology paper was "like" a catalogue of sequences because
    # both had an Eric among their authors, and the reason said so: shares "eric".
    papers = (
        ("Imaging type VI secretion in bacteria", "Bacteria kill their neighbours by secretion.",
         ["Eric Cascales", "Yannick R. Brunet"]),
        ("Toxins of bacteria", "Delivered to rival cells.", ["Eric Cascales"]),
        ("Graph neural networks for bacteria", "Message passing over molecules.", ["Eric Jang"]),
    )
    with write(library) as tx:
        ids = [save_paper(tx, Paper(title=title, abstract=abstract, authors=authors), rank=Rank.PAGE,
                          hlc=tx.now())[0] for title, abstract, authors in papers]
    run(library)
    found = {p.id: p.reasons[0].terms for p in similar_papers(library, ids[0], 10)}
    assert "Eric Cascales" in found[ids[1]]
    assert all("Eric" not in terms and "eric" not in terms for terms in found.values())


def test_a_paper_sharing_one_word_alone_is_not_called_similar(library):
    # Seen on a paper's page (stop 56): a Spanish story on the Antarctic's heat record was "like" an
    # optical-flow paper for sharing “récord”, a story on a rocket a neuroscience paper for “seeking”.
    papers = (("Seeking a bigger role for a big rocket", "The launch vehicle waits for its missions."),
              ("Neural substrate of cold seeking", "Thermoreceptors of mice drive the behaviour."),
              ("Heavy rockets for deep space missions", "A big rocket and its launch vehicle."))
    with write(library) as tx:
        ids = [save_paper(tx, Paper(title=title, abstract=abstract), rank=Rank.PAGE, hlc=tx.now())[0]
               for title, abstract in papers]
    run(library)
    assert [p.id for p in similar_papers(library, ids[0], 10)] == [ids[2]]
    assert similar_papers(library, ids[1], 10) == []


def test_papers_are_alike_for_a_word_in_its_singular_or_its_plural(library):
    # Stop 57: "autoencoder" and "autoencoders" were two terms (and FTS5 found the candidates by the
    # words as written), so a paper on one sparse autoencoder was like none of those on several.
    from papershelf.discover.text import terms_of

    assert terms_of("Sparse autoencoders, and studies") == ["sparse", "autoencoder", "study",
                                                            "sparse autoencoder", "autoencoder study"]
    assert terms_of("Les réseaux et les données")[:2] == ["reseaux", "donnees"]  # English plurals only
    papers = (("A sparse autoencoder for interpretability", "One sparse autoencoder and a language model."),
              ("Sparse autoencoders find features", "Sparse autoencoders in language models."),
              ("Protein folding at scale", "Structures of proteins predicted."))
    with write(library) as tx:
        ids = [save_paper(tx, Paper(title=title, abstract=abstract), rank=Rank.PAGE, hlc=tx.now())[0]
               for title, abstract in papers]
    run(library)
    found = similar_papers(library, ids[0], 10)
    assert [p.id for p in found] == [ids[1]]
    assert {"sparse", "autoencoder"} <= set(found[0].reasons[0].terms)  # as the paper asked about writes it


def test_for_you_says_a_paper_is_like_a_liked_one_only_for_a_subject_they_share(sample):
    # Seen on "For you" (stop 56): a news story on a rocket, its title alone, was "like" a neuroscience
    # paper the reader tagged, for the one word “seeking” (a short text's cosine runs high).
    liked = ids_where(sample, SAE)
    with write(sample) as tx:
        seeking, _ = save_paper(tx, Paper(
            title="Neural substrate of cold seeking behavior in endotoxin shock",
            abstract="Mice in endotoxin shock seek cold: thermoreceptors and the hypothalamus drive it."),
            rank=Rank.PAGE, hlc=tx.now())
        story, _ = save_paper(tx, Paper(title="Seeking a bigger role for a big rocket"), rank=Rank.PAGE,
                              hlc=tx.now())
    for pid in (seeking, *liked[:4]):
        edit(sample, pid, rating=5)
    run(sample)
    reasons = {p.id: p.reasons for p in recommendations(sample, limit=200).papers}
    assert story in reasons and all(r.kind != "paper" for r in reasons[story])
    # A paper on a liked subject is still said to be like one of them.
    assert any(r.kind == "paper" for pid in liked[4:] if pid in reasons for r in reasons[pid])


def test_a_shared_subject_is_two_terms_a_phrase_a_name_or_a_long_stretch_of_characters():
    from papershelf.discover.reasons import a_shared_subject

    assert not a_shared_subject([]) and not a_shared_subject(["seeking"])
    assert a_shared_subject(["rocket", "missions"]) and a_shared_subject(["machine translation"])
    assert a_shared_subject(["Eric Cascales"])
    assert a_shared_subject(["行動変容"]) and a_shared_subject(["图像识别"])  # two words of theirs
    assert not a_shared_subject(["计算机"]) and not a_shared_subject(["모델을이용한"])  # one word


def test_a_reason_names_a_word_once_not_in_its_plural_too():
    # Seen on a paper's page: shares “humans”, “human”.
    from papershelf.discover.reasons import weighty_terms
    from papershelf.discover.text import buckets_of, terms_of

    text = "Humans and cells.\nA human cell, and glass."
    terms = list(dict.fromkeys(terms_of(text)))
    weights = {b: 1.0 for b in buckets_of(terms).tolist()}
    # One term since stop 57 (an English plural is read as its singular), shown once, in the singular
    # where the text writes it so.
    assert weighty_terms(text, weights, limit=10) == ["human", "cell", "glass"]  # "glass" is no plural


def test_a_reason_shows_a_pair_as_written_and_no_word_its_pair_says():
    # Seen in `papershelf similar` (stop 57): shares “answering”, “question answering”, and “tasks
    # specific” for the paper's "task-specific" (a pair is shown a word at a time, and "task" was
    # shown as the "tasks" written first).
    from papershelf.discover.reasons import weighty_terms
    from papershelf.discover.text import buckets_of, terms_of

    text = "A range of tasks and answering.\nTask-specific question answering."
    terms = list(dict.fromkeys(terms_of(text)))
    weights = {b: {"answering": 3.0, "question answering": 2.0, "task specific": 1.0, "range task": 0.5
                   }.get(t, 0.0) for t, b in zip(terms, buckets_of(terms).tolist(), strict=True)}
    assert weighty_terms(text, weights, limit=4) == ["question answering", "task specific", "range tasks"]


def test_a_reason_never_shows_a_word_paired_with_itself():
    # Seen in the sample library's "For you" (stop 62): weighs “regime”, “gradients gradient”.
    from papershelf.discover.reasons import weighty_terms
    from papershelf.discover.text import buckets_of, terms_of

    text = "Sharp gradients of the gradient regime.\nGradient regime."
    terms = list(dict.fromkeys(terms_of(text)))
    weights = {b: {"gradient gradient": 3.0, "sharp": 1.0, "regime": 0.5}.get(t, 0.0)
               for t, b in zip(terms, buckets_of(terms).tolist(), strict=True)}
    assert "gradient gradient" in terms
    assert weighty_terms(text, weights, limit=4) == ["sharp", "regime"]


def test_chinese_and_japanese_papers_are_alike_for_the_words_they_share(library):
    # Chinese and Japanese put no space between words: a title was one term from one mark to the
    # next, and two papers on image recognition shared nothing. Each pair of characters is a term.
    from papershelf.discover.text import terms_of

    assert {"图像", "识别", "深度", "学习"} <= set(terms_of("基于深度学习的图像识别方法研究"))
    assert {"画像", "認識"} <= set(terms_of("深層学習による画像認識"))
    assert terms_of("カメラ・ガイド") == ["カメ", "メラ", "ガイ", "イド"]  # "ガ" was "カ", the dot a letter
    # Korean joins its particles to words ("모델을", "모델은": the model + object or topic marker):
    # its syllables are paired too, so two papers on 모델 share it.
    assert "모델" in terms_of("딥러닝 모델을 이용한 영상 인식") and "모델" in terms_of("모델은 새롭다")
    assert "我们" not in terms_of("我们提出了图像识别方法")  # a stop word of Chinese's
    papers = (("基于深度学习的图像识别方法研究", "本文提出了一种新的图像识别方法。"),
              ("图像识别中的卷积神经网络", "卷积神经网络用于图像识别。"),
              ("中国古代诗歌的韵律分析", "讨论唐代诗歌的韵律。"))
    with write(library) as tx:
        ids = [save_paper(tx, Paper(title=title, abstract=abstract), rank=Rank.PAGE, hlc=tx.now())[0]
               for title, abstract in papers]
    run(library)
    found = {p.id: p.reasons[0].terms for p in similar_papers(library, ids[0], 10)}
    assert list(found) == [ids[1]]
    assert "图像识别" in found[ids[1]]  # image recognition: its pairs shown as the word they chain into


def test_a_word_of_an_indic_script_is_one_term_with_its_vowel_signs():
    # Vowel signs and viramas are no word's end: "शिक्षण" (learning) came out as three pieces.
    from papershelf.discover.text import terms_of

    assert terms_of("गहन शिक्षण")[:2] == ["गहन", "शिक्षण"]
    assert "தமிழ்" in terms_of("தமிழ் மொழி")
    # A Latin letter's accent is still no part of a word, in a text with an Indic word or without.
    assert terms_of("réseaux शिक्षण")[:2] == ["reseaux", "शिक्षण"]
    # Korean syllables stay syllables whether or not an accented letter shares the text.
    assert terms_of("모델을 café")[0] == terms_of("모델을")[0] == "모델을"


def test_a_reason_shows_words_and_names_as_the_paper_writes_them():
    # Seen in "similar papers": shares “eric cascales”, “reseaux sociaux” (the analysis's folded forms).
    from papershelf.discover.reasons import weighty_terms
    from papershelf.discover.text import buckets_of, paper_text, terms_of

    text = paper_text("Réseaux sociaux et médias", "Les RÉSEAUX du monde.", ["Eric Cascales"])
    terms = list(dict.fromkeys(terms_of(text)))
    weights = {b: 1.0 for b in buckets_of(terms).tolist()}
    shown = weighty_terms(text, weights, limit=10)
    assert shown == ["réseaux", "sociaux", "médias", "monde", "Eric Cascales"]
    # A word written with capitals inside it keeps them; a pair shows each word so.
    text = "BERT for graphs\nBert and BERT graphs."
    terms = list(dict.fromkeys(terms_of(text)))
    weights = {b: float(" " in t) for t, b in zip(terms, buckets_of(terms).tolist(), strict=True)}
    assert weighty_terms(text, weights, limit=10) == ["BERT graphs"]


def test_a_reason_shows_a_chinese_or_japanese_word_whole_not_its_overlapping_pairs():
    # Seen in "similar papers": shares “行動”, “動変”, “変容” for the word 行動変容 (behaviour change).
    from papershelf.discover.reasons import weighty_terms
    from papershelf.discover.text import buckets_of, terms_of

    text = "行動変容を促す介入方法の推定\n行動変容の促進"
    terms = list(dict.fromkeys(terms_of(text)))
    weighty = {"行動", "動変", "変容", "推定"}
    weights = {b: 1.0 for t, b in zip(terms, buckets_of(terms).tolist(), strict=True) if t in weighty}
    assert weighty_terms(text, weights, limit=10) == ["行動変容", "推定"]
    text = "모델을 이용한 영상 인식"  # Korean: a word's pair of syllables is not shown beside the word
    terms = list(dict.fromkeys(terms_of(text)))
    weights = {b: 1.0 for t, b in zip(terms, buckets_of(terms).tolist(), strict=True)
               if t in ("모델을", "모델")}
    assert weighty_terms(text, weights, limit=10) == ["모델을"]


def test_a_pair_of_words_is_one_sentences_never_two():
    # Seen in "For you" (stop 57): weighs “gradients gradient”, a pair made across a sentence's end
    # ("… of the gradients. Gradient descent …"), no phrase of the paper's.
    from papershelf.discover.text import terms_of

    terms = terms_of("We use gradients. Gradient descent works: it converges.\nA title line")
    assert "gradient gradient" not in terms and "work converge" not in terms and "converge title" not in terms
    assert {"use gradient", "gradient descent", "descent work", "title line"} <= set(terms)


def _word_in_the_bucket_of(term: str) -> str:
    """A made-up word the analysis hashes into the same bucket as `term` (2^18 buckets: one in
    about 260,000 words)."""
    from papershelf.discover.text import buckets_of

    def word(n: int) -> str:
        letters = []
        for _ in range(5):
            n, digit = divmod(n, 26)
            letters.append("abcdefghijklmnopqrstuvwxyz"[digit])
        return "zq" + "".join(letters)

    target = int(buckets_of([term])[0])
    for start in range(0, 26 ** 5, 200_000):
        words = [word(n) for n in range(start, start + 200_000)]
        for candidate, bucket in zip(words, buckets_of(words).tolist(), strict=True):
            if bucket == target and candidate != term:
                return candidate
    raise AssertionError("no word found")


def test_a_reason_never_names_a_term_the_other_paper_lacks_that_shares_its_bucket(library):
    # Seen in the sample library's "For you": a language-model paper was "like" a paper on a
    # mollusc's receptors, which "shared" “MinKyu Kim”, one of its authors: the analysis hashes terms
    # into buckets, and a term of the other paper in the same bucket counted as the name.
    twin = _word_in_the_bucket_of("minkyu kim")
    with write(library) as tx:
        tellme = save_paper(tx, Paper(title="Test-enhanced learning", abstract="An enhanced test of models.",
                                      authors=["MinKyu Kim"]), rank=Rank.PAGE, hlc=tx.now())[0]
        mollusc = save_paper(tx, Paper(title="Enhanced receptors", abstract=f"An enhanced test of {twin}."),
                             rank=Rank.PAGE, hlc=tx.now())[0]
    run(library)
    [found] = similar_papers(library, tellme, 10)
    assert found.id == mollusc
    assert found.reasons[0].terms == ["enhanced", "test"]
