"""The extraction run over a store: bad documents are reported one by one, the run completes."""
import unicodedata

import pytest

from partymine.pipeline import extract_document, extractor_version, run_extraction
from partymine.records import Document

GOOD = "Chi bộ thôn Trung Cấp, xã Mai Pha có 24 đảng viên, trong đó có 5 đảng viên nữ."


def add(store, doc_id, text):
    store.upsert_document(Document(id=doc_id, text=text))


def values(store, doc_id):
    return sorted(r["value"] for r in store.iter_figures(doc_id=doc_id))


def test_run_extracts_and_records_the_run(store):
    add(store, "a", GOOD)
    report = run_extraction(store)
    assert (report.done, report.failed) == (1, 0)
    assert values(store, "a") == [5, 24]
    run = store.conn.execute("SELECT status, extractor_version FROM runs").fetchone()
    assert tuple(run) == ("finished", extractor_version())


def test_second_run_touches_nothing(store):
    add(store, "a", GOOD)
    run_extraction(store)
    assert run_extraction(store).done == 0


def test_changed_document_only_is_re_extracted(store):
    add(store, "a", GOOD)
    add(store, "b", GOOD.replace("24", "30"))
    run_extraction(store)
    add(store, "b", GOOD.replace("24", "31"))
    report = run_extraction(store)
    assert report.done == 1
    assert values(store, "b") == [5, 31]


@pytest.mark.parametrize("text", [
    "",
    "Không có con số nào trong bài viết này.",
    "Chi bộ\x00 thôn\x07 có 24 đảng viên.",
    unicodedata.normalize("NFD", "Xã Liên Hòa có 24 đảng viên") + ". " + "Thôn Nà Sản có 12 đảng viên.",
])
def test_odd_documents_do_not_fail(text):
    res = extract_document(Document(id="x", text=text))
    assert res.error is None


def test_one_megabyte_document(store):
    big = "\n\n".join([GOOD] * 12_000)[: 1_000_000]
    res = extract_document(Document(id="big", text=big))
    assert res.error is None and res.figures


def test_a_failing_document_is_reported_and_the_rest_completes(store, monkeypatch):
    from partymine.extract import sentences

    real = sentences.split_sentences

    def flaky(doc):
        if doc.id == "bad":
            raise RuntimeError("splitter crashed")
        return real(doc)

    monkeypatch.setattr(sentences, "split_sentences", flaky)
    add(store, "a", GOOD)
    add(store, "bad", GOOD)
    add(store, "c", GOOD)
    report = run_extraction(store)
    assert (report.done, report.failed) == (2, 1)
    assert report.errors == ["bad: RuntimeError: splitter crashed"]
    assert values(store, "bad") == [] and values(store, "c") == [5, 24]
    assert store.stale_document_ids(extractor_version()) == []  # failed is recorded, not retried forever


def test_extraction_segments_no_sentence(monkeypatch):
    from partymine.extract import nlp

    def refuse(sentences):
        raise AssertionError("no stage needs words")

    monkeypatch.setattr(nlp, "tokenize", refuse)
    res = extract_document(Document(id="a", text=GOOD + "\nChi bộ duy trì sinh hoạt chuyên đề hằng quý."))
    assert res.error is None and res.figures and res.practices


def test_analyse_with_words_segments_every_sentence():
    from partymine.pipeline import analyse

    units = analyse(Document(id="a", text="Xã Liên Hòa có 24 đảng viên. Chi bộ tổ chức sinh hoạt."), words=True)
    assert [u.words[:2] for u in units] == [("Xã", "Liên Hòa"), ("Chi bộ", "tổ chức")]


def test_analyse_keeps_cached_words_and_segments_the_rest():
    from partymine.pipeline import analyse

    doc = Document(id="a", text="Xã Liên Hòa có 24 đảng viên. Chi bộ họp.")
    cached = [[0, 28, 0, "body", ["cached"]], [29, 40, 0, "body", []]]
    units = analyse(doc, cached, words=True)
    assert units[0].words == ("cached",) and " ".join(units[1].words) == "Chi bộ họp ."
    assert [u.text for u in analyse(doc, cached)] == ["Xã Liên Hòa có 24 đảng viên.", "Chi bộ họp."]


def test_cached_analysis_is_reused(store):
    add(store, "a", GOOD)
    run_extraction(store)
    rows = store.conn.execute("SELECT COUNT(*) FROM nlp_cache").fetchone()[0]
    assert rows == 1
    first = values(store, "a")
    run_extraction(store, everything=True)
    assert values(store, "a") == first


def test_workers_give_the_same_rows_as_one_process(tmp_path):
    from partymine.corpus.store import Store

    texts = {f"d{i}": GOOD.replace("24", str(20 + i)) for i in range(6)}
    out = []
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as s:
            for k, v in texts.items():
                add(s, k, v)
            run_extraction(s, workers=workers)
            out.append([(r["doc"], r["value"], r["indicator"], r["char_start"]) for r in s.iter_figures()])
    assert out[0] == out[1]


def test_workers_write_their_own_batches_and_the_run_counts_them(tmp_path):
    from partymine.corpus.store import Store

    with Store(tmp_path / "w.db") as s:
        for i in range(40):
            add(s, f"d{i:02d}", GOOD.replace("24", str(20 + i)))
        report = run_extraction(s, workers=2)
        assert (report.done, report.failed) == (40, 0) and report.figures == len(list(s.iter_figures()))
        assert s.stale_document_ids(extractor_version()) == []
        assert s.conn.execute("SELECT COUNT(*) FROM nlp_cache").fetchone()[0] == 40
        assert s.conn.execute("SELECT status, documents_done FROM runs").fetchone()[:] == ("finished", 40)


def test_run_records_the_practice_models_data_hash(store):
    import json

    from partymine.models import figures as fm
    from partymine.models import practices as pm

    add(store, "a", GOOD)
    run_extraction(store)
    (hashes,) = store.conn.execute("SELECT model_hashes FROM runs").fetchone()
    assert json.loads(hashes) == {"practices": pm.file_sha256(pm.DATA_PATH), "figures": fm.file_sha256(fm.DATA_PATH)}


def test_a_long_document_costs_about_as_much_per_character_as_a_short_one():
    import time

    def seconds(n):
        doc = Document(id="long", text="\n\n".join([GOOD] * n))
        t = time.perf_counter()
        assert extract_document(doc).error is None
        return time.perf_counter() - t

    seconds(2)  # load the gazetteer and the model outside the timing
    short, long = seconds(50), seconds(800)
    assert long < 16 * short * 4  # 16 times the text: linear with slack, not quadratic (256x)
