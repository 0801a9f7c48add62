"""The corpus store: migrations, documents, atomic result replacement, refusals."""
import sqlite3
import subprocess
import sys

import pytest

from partymine.corpus.store import SCHEMA_VERSION, Store
from partymine.errors import StoreError
from partymine.pipeline import DocumentResult
from partymine.records import Document, Figure


def figure(doc: str, value: float, **kw) -> Figure:
    base = dict(doc=doc, indicator="party_members", value=value, value_max=None, qualifier="exact", unit="count",
                total=None, negated=False, kind="actual", subject="đảng viên", locality="xã Liên Hòa",
                locality_level="commune", province="Sơn La", province_2025="Sơn La", locality_code=None,
                period=None, published=None, sentence="Xã Liên Hòa có 24 đảng viên.", char_start=15,
                char_end=17, confidence=0.9, method="test")
    base.update(kw)
    return Figure(**base)


def doc(id_="d1", text="Xã Liên Hòa có 24 đảng viên.", **kw) -> Document:
    return Document(id=id_, text=text, **kw)


def test_new_store_is_at_current_schema_version(store):
    assert store.schema_version == SCHEMA_VERSION


def test_wal_and_foreign_keys_on(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_upsert_new_unchanged_updated(store):
    assert store.upsert_document(doc()) == "new"
    assert store.upsert_document(doc()) == "unchanged"
    assert store.upsert_document(doc(text="Xã Liên Hòa có 25 đảng viên.")) == "updated"
    assert store.get_document("d1").text.endswith("25 đảng viên.")


def test_document_round_trip(store):
    d = doc(title="Tiêu đề", url="https://baosonla.vn/a.html", site="baosonla", published="2022-01-02",
            author="Việt Anh", province="Sơn La", source="x.txt")
    store.upsert_document(d)
    assert store.get_document("d1") == d


def test_changed_text_makes_document_stale(store):
    store.upsert_document(doc())
    run = store.start_run("v1")
    store.save_results(run, "v1", [DocumentResult("d1", figures=[figure("d1", 24)])])
    assert store.stale_document_ids("v1") == []
    store.upsert_document(doc(text="Xã Liên Hòa có 25 đảng viên."))
    assert store.stale_document_ids("v1") == ["d1"]


def test_new_extractor_version_makes_everything_stale(store):
    store.upsert_document(doc())
    run = store.start_run("v1")
    store.save_results(run, "v1", [DocumentResult("d1")])
    assert store.stale_document_ids("v2") == ["d1"]


def test_results_replace_a_documents_rows(store):
    store.upsert_document(doc())
    run = store.start_run("v1")
    store.save_results(run, "v1", [DocumentResult("d1", figures=[figure("d1", 24), figure("d1", 3)])])
    store.save_results(run, "v1", [DocumentResult("d1", figures=[figure("d1", 25)])])
    assert [r["value"] for r in store.iter_figures()] == [25]


def test_failed_batch_leaves_previous_rows(store):
    store.upsert_document(doc())
    run = store.start_run("v1")
    store.save_results(run, "v1", [DocumentResult("d1", figures=[figure("d1", 24)])])
    bad = figure("d1", 25, indicator=None)  # violates NOT NULL half-way through the batch
    with pytest.raises(sqlite3.IntegrityError):
        store.save_results(run, "v1", [DocumentResult("d1", figures=[figure("d1", 1), bad])])
    assert [r["value"] for r in store.iter_figures()] == [24]


def test_failed_document_keeps_its_old_rows(store):
    store.upsert_document(doc())
    run = store.start_run("v1")
    store.save_results(run, "v1", [DocumentResult("d1", figures=[figure("d1", 24)])])
    store.save_results(run, "v1", [DocumentResult("d1", error="ValueError: boom")])
    assert [r["value"] for r in store.iter_figures()] == [24]
    assert store.stats()["failed"] == 1


def test_search_accent_insensitive(store):
    store.upsert_document(doc())
    assert [h["doc_id"] for h in store.search("dang vien", folded=True)] == ["d1"]
    assert [h["doc_id"] for h in store.search("đảng viên")] == ["d1"]


def test_iter_documents_streams_in_id_order(store):
    for i in range(5):
        store.upsert_document(doc(f"d{i}"))
    assert [d.id for d in store.iter_documents(batch=2)] == ["d0", "d1", "d2", "d3", "d4"]


def test_not_a_sqlite_file_is_refused(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("hello, not a database")
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(p)
    assert p.read_text() == "hello, not a database"


def test_newer_schema_is_refused(tmp_path):
    p = tmp_path / "c.db"
    Store(p).close()
    con = sqlite3.connect(p)
    con.execute("INSERT INTO schema_version VALUES (?, 'future')", (SCHEMA_VERSION + 1,))
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(p)


def test_locked_database_gives_store_error(tmp_path):
    p = tmp_path / "c.db"
    Store(p).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None);"
         "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(30)", str(p)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError, match="locked"):
            with Store(p, timeout=0.2) as s:
                s.upsert_document(doc())
    finally:
        holder.kill()
        holder.wait()


def test_an_inner_block_that_fails_is_undone_and_the_outer_one_kept(store):
    with store.transaction():
        store.upsert_document(doc("kept", "Chi bộ thôn Nà Hẩu có 12 đảng viên."))
        try:
            with store.transaction():
                store.upsert_document(doc("undone", "Đảng bộ xã kết nạp 5 đảng viên mới."))
                raise ValueError("the caller gives this one up")
        except ValueError:
            pass
    assert store.document_ids() == ["kept"]
