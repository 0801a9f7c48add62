"""Importing files: every bad input is one problem naming the file, the rest still imports."""
import json
import unicodedata

import pytest

from partymine.corpus.importers import decode_text, import_paths
from partymine.errors import ParseError
from tests.conftest import SAMPLE

GOOD = "Tiêu đề bài viết về xây dựng Đảng\n\nChi bộ thôn Trung Cấp có 24 đảng viên, trong đó có 5 đảng viên nữ."


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_imports_the_five_sample_articles(store):
    report = import_paths(store, [SAMPLE])
    assert (report.new, report.failed) == (5, 0)
    assert store.get_document("000_24aa10f4e8a265de").published == "2022-01-22"


def test_reimport_adds_nothing(store):
    import_paths(store, [SAMPLE])
    report = import_paths(store, [SAMPLE])
    assert (report.new, report.updated, report.unchanged) == (0, 0, 5)
    assert store.count_documents() == 5


def test_changed_file_updates_document(store, tmp_path):
    p = write(tmp_path, "a.txt", GOOD)
    import_paths(store, [p])
    p.write_text(GOOD.replace("24", "25"), encoding="utf-8")
    assert import_paths(store, [p]).updated == 1
    assert "25 đảng viên" in store.get_document("a").text


def test_jsonl_records_use_id_then_url(store, tmp_path):
    lines = [{"id": "x1", "text": GOOD}, {"url": "https://baosonla.vn/a-123.html", "text": GOOD, "published": "2022-03-04"}]
    p = write(tmp_path, "a.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in lines))
    import_paths(store, [p])
    assert store.get_document("x1") is not None
    assert store.get_document("https://baosonla.vn/a-123.html").published == "2022-03-04"


def test_html_file_is_cleaned(store, tmp_path):
    body = "".join(f"<p>{GOOD} Đoạn {i} nói về công tác phát triển đảng viên ở cơ sở.</p>" for i in range(5))
    html = f"<html><head><title>Tin</title></head><body><nav>Trang chủ</nav><article><h1>Chi bộ thôn</h1>{body}</article><footer>Bản quyền</footer></body></html>"
    import_paths(store, [write(tmp_path, "page.html", html)])
    assert "24 đảng viên" in store.get_document("page").text


def cp1258(text: str) -> bytes:
    """Windows-1258 spells tones as combining marks after a (possibly precomposed) base letter."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            head = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in TONES))
            out += head.encode("cp1258") + "".join(m for m in marks if m in TONES).encode("cp1258")
    return out


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def test_windows_1258_text_is_decoded():
    text = "Chi bộ thôn Trung Cấp có 24 đảng viên. Đảng bộ xã Liên Hòa lãnh đạo tốt công tác xây dựng Đảng ở cơ sở."
    assert unicodedata.normalize("NFC", decode_text(cp1258(text))) == text


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary"),
    "truncated.txt": (GOOD.encode("utf-8")[:-2], "truncated UTF-8"),
    "broken.txt": (GOOD.encode("utf-8") + b"\xff\xfe" + GOOD.encode("utf-8"), "invalid UTF-8"),
    "nobody.html": (b"<html><head><title>x</title></head><body><nav><a href='/'>Trang</a></nav></body></html>", "no article body"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_file_is_one_problem_and_others_import(store, tmp_path, name):
    data, message = BAD_INPUTS[name]
    bad = write(tmp_path, name, data)
    good = write(tmp_path, "good.txt", GOOD)
    report = import_paths(store, [bad, good])
    assert report.new == 1
    assert [str(p.where) for p in report.problems] == [str(bad)]
    assert message in report.problems[0].message


def test_bad_jsonl_lines_name_their_line(store, tmp_path):
    p = write(tmp_path, "a.jsonl", "\n".join([json.dumps({"id": "ok", "text": GOOD}), "{not json", json.dumps({"id": "x"})]))
    report = import_paths(store, [p])
    assert report.new == 1
    assert [(pr.where, pr.message.split(" (")[0]) for pr in report.problems] == [
        (f"{p}:2", "not valid JSON"), (f"{p}:3", "record has neither `text` nor `html`")]


def test_missing_path_is_a_problem(store, tmp_path):
    report = import_paths(store, [tmp_path / "nope.txt"])
    assert report.problems[0].message == "no such file or directory"


def test_huge_file_is_refused_without_reading(store, tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    report = import_paths(store, [p])
    assert "larger than" in report.problems[0].message
    assert store.count_documents() == 0


def test_bad_input_leaves_stored_documents_unchanged(store, tmp_path):
    import_paths(store, [SAMPLE])
    before = [(d.id, d.text) for d in store.iter_documents()]
    import_paths(store, [write(tmp_path, "000_24aa10f4e8a265de.txt", b"")])
    assert [(d.id, d.text) for d in store.iter_documents()] == before


def test_text_with_only_furniture_is_refused():
    from partymine.scraper.clean import clean_plain_text

    with pytest.raises(ParseError):
        clean_plain_text("BÌNH LUẬN\nBạn còn 500/500 ký tự\n")
