"""Paragraph-aware sentence splitting: exact offsets, one unit per title, caption, byline."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from partymine.extract.sentences import split_sentences
from partymine.records import Document

ARTICLE = (
    "Hiệp Hòa kết nạp được 200 đảng viên mới\n\n"
    "Đến ngày 27-11, Huyện ủy Hiệp Hòa kết nạp 200 đảng viên mới. Đây là năm có lượng đảng viên mới cao\n\n"
    "Kết nạp đảng viên mới tại chi bộ thôn Đồng Vân\n\n"
    "Đoàn công tác làm việc tại TP. Hồ Chí Minh và ThS. Nguyễn Văn A báo cáo. Các chi bộ sinh hoạt đều đặn.\n"
    "- Chi bộ thôn 1 có 20 đảng viên.\n\n"
    "Khánh Hòa"
)


def _units(text: str, title: str | None = None):
    doc = Document("d", text, title=title)
    return doc, split_sentences(doc)


def test_offsets_index_the_document():
    doc, units = _units(ARTICLE)
    assert all(doc.text[s.start:s.end] == s.text for s in units)


def test_kinds():
    _, units = _units(ARTICLE)
    kind = {s.text: s.kind for s in units}
    assert units[0].kind == "title"
    assert kind["Kết nạp đảng viên mới tại chi bộ thôn Đồng Vân"] == "caption"
    assert kind["- Chi bộ thôn 1 có 20 đảng viên."] == "list"
    assert kind["Khánh Hòa"] == "byline"


def test_a_caption_is_not_glued_to_the_next_paragraph():
    _, units = _units(ARTICLE)
    caption = next(s for s in units if s.kind == "caption")
    assert caption.text == "Kết nạp đảng viên mới tại chi bộ thôn Đồng Vân"


def test_sentences_split_inside_a_paragraph():
    _, units = _units(ARTICLE)
    texts = [s.text for s in units]
    assert "Đến ngày 27-11, Huyện ủy Hiệp Hòa kết nạp 200 đảng viên mới." in texts
    assert "Đây là năm có lượng đảng viên mới cao" in texts


def test_abbreviations_do_not_end_a_sentence():
    _, units = _units(ARTICLE)
    assert any(s.text.startswith("Đoàn công tác làm việc tại TP. Hồ Chí Minh và ThS. Nguyễn Văn A báo cáo.")
               for s in units)


def test_a_period_before_a_lower_case_word_does_not_split():
    _, units = _units("Tiêu đề\n\nCó 5 chi bộ đạt chuẩn, v.v. đều sinh hoạt tốt. Hết.")
    assert [s.text for s in units[1:]] == ["Có 5 chi bộ đạt chuẩn, v.v. đều sinh hoạt tốt.", "Hết."]


def test_the_given_title_is_the_title_wherever_it_is():
    _, units = _units("Thứ bảy, 22/01/2022\nKết nạp 200 đảng viên mới\nNội dung bài báo dài có dấu chấm ở cuối câu.",
                      title="Kết nạp 200 đảng viên mới")
    assert [s.kind for s in units] == ["caption", "title", "body"]


def test_paragraph_numbers_follow_lines():
    _, units = _units("Tiêu đề\n\nCâu một. Câu hai.\nCâu ba.")
    assert [(s.text, s.paragraph) for s in units] == [("Tiêu đề", 0), ("Câu một.", 1), ("Câu hai.", 1), ("Câu ba.", 2)]


_PIECES = st.sampled_from(["Đảng bộ", "có", "73", "tổ chức.", "TP.", "Hồ", "\n", "\n\n", "  ", "; ", "…", "“Trong sạch”.",
                           "Năm 2021,", "- ", "Ảnh: TTXVN", "?", "ủy"])


@given(st.lists(_PIECES, max_size=30))
def test_offsets_hold_for_any_text(pieces):
    text = " ".join(pieces)
    doc, units = _units(text)
    assert all(doc.text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text for s in units)
    assert [s.index for s in units] == list(range(len(units)))
    starts = [s.start for s in units]
    assert starts == sorted(starts)
