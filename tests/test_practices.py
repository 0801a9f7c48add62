"""Practice detection: every cue example fires, documents get the practices they describe and no more."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partymine.extract.practices import affirmed, cue_key, find_practices, load_cues, match_cues, negated_at
from partymine.models.practices import PRACTICE_CODES
from partymine.records import Document, Locality, Sentence


class FakePlaces:
    """PlaceContext's two members: a district named in the sentence, else the province."""

    province = "Sơn La"

    def locality_at(self, sentence: Sentence, char_start: int) -> Locality:
        m = re.search(r"[Hh]uyện ([A-ZĐ]\w+(?: [A-ZĐ]\w+)?)", sentence.text)
        if m and sentence.start + m.start() <= char_start:
            return Locality(name=f"huyện {m.group(1)}", level="district", province="Sơn La", province_2025="Sơn La")
        return Locality(name="tỉnh Sơn La", level="province", province="Sơn La", province_2025="Sơn La")

    def places_in(self, sentence, before):
        return []


def make_doc(text: str, *, byline: str | None = None, tokenized: bool = True) -> tuple[Document, list[Sentence]]:
    """A document whose sentences are split on line ends and `. `, offsets into its text."""
    from underthesea import word_tokenize

    full = text + (f"\n{byline}" if byline else "")
    doc = Document("d1", full)
    sentences = []
    for para, line in enumerate(re.finditer(r"[^\n]+", full)):
        for m in re.finditer(r".+?(?:\.(?= )|$)", line.group(0)):
            piece = m.group(0).strip()
            if not piece:
                continue
            start = line.start() + m.start() + m.group(0).index(piece)
            kind = "byline" if byline and piece == byline else "body"
            words = tuple(word_tokenize(piece, use_token_normalize=False)) if tokenized else ()
            sentences.append(Sentence("d1", len(sentences), start, start + len(piece), piece, para, kind, words))
    return doc, sentences


def codes(text: str, **kw) -> set[str]:
    doc, sentences = make_doc(text, **kw)
    return {p.practice for p in find_practices(doc, sentences, FakePlaces())}


# -- the cue table ----------------------------------------------------------------------------

@pytest.mark.parametrize("cue", load_cues(), ids=lambda c: c.id)
def test_every_cue_example_fires_its_cue(cue):
    assert cue.id in {c.id for c, _ in match_cues(cue.example)}


@pytest.mark.parametrize("cue", [c for c in load_cues() if c.unless is not None], ids=lambda c: c.id)
def test_every_counter_example_is_vetoed(cue):
    assert cue.counter_example and cue.pattern.search(cue_key(cue.counter_example))
    assert cue.id not in {c.id for c, _ in match_cues(cue.counter_example)}


def test_cue_ids_are_versioned_and_cover_every_code():
    cues = load_cues()
    assert all(re.search(r"\.v\d+$", c.id) for c in cues)
    assert {c.practice for c in cues} == set(PRACTICE_CODES)


@pytest.mark.parametrize("text", [
    "Đồng chí Lò Văn Tiến, Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu khai mạc.",
    "Đảng bộ huyện có 9.870 đảng viên sinh hoạt tại 48 tổ chức cơ sở đảng.",
    "Năm 2023, toàn tỉnh kết nạp 2.310 đảng viên mới, đạt 92% kế hoạch.",
    "Đại hội chọn làm đại hội điểm của huyện đã diễn ra thành công tốt đẹp.",
])
def test_titles_and_statistics_fire_no_cue(text):
    assert match_cues(text) == []



# -- negation and other senses of a cue word ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Năm qua, chi bộ không tổ chức được buổi sinh hoạt chuyên đề nào.",
    "Một số chi bộ vùng sâu chưa tổ chức sinh hoạt chuyên đề theo hướng dẫn.",
    "Trong năm, đảng bộ không có đảng viên nào bị thi hành kỷ luật đối với vi phạm tư cách.",
    "Nhiều chi bộ chưa đổi mới nội dung sinh hoạt chi bộ cho phù hợp.",
    "Cả nhiệm kỳ, huyện chưa cử đoàn kiểm tra nào về xã.",
])
def test_a_cue_in_a_negated_clause_does_not_fire(text):
    assert match_cues(text) == []


@pytest.mark.parametrize("text, cue_id", [
    # `không ngừng` means constantly
    ("Đảng ủy phường không ngừng đổi mới nội dung sinh hoạt chi bộ khu phố.", "meeting.quality.v1"),
    # the negator's clause ends at the comma
    ("Nhiều chi bộ chưa có nghị quyết chuyên đề, nay đã tổ chức sinh hoạt chuyên đề mỗi quý.", "meeting.chuyen_de.v1"),
    # too far from the cue to govern it
    ("Nội dung sinh hoạt chưa phù hợp với thực tiễn đời sống của bà con nên đảng viên ít tự phê bình và phê bình.",
     "meeting.self_criticism.v2"),
    # a negated copula states a condition, the practice is the list
    ("Chi bộ lập danh sách các trưởng thôn chưa là đảng viên để bồi dưỡng.", "village_head.not_member.v1"),
])
def test_what_is_not_negated_still_fires(text, cue_id):
    assert cue_id in {c.id for c, _ in match_cues(text)}


@pytest.mark.parametrize("text, kept", [
    ("Xã có 9 chi bộ, không có đảng viên nào phải xử lý kỷ luật.", "Xã có 9 chi bộ, "),
    ("Chi bộ chưa sinh hoạt chuyên đề; đảng viên tham gia đầy đủ.", "Chi bộ ; đảng viên tham gia đầy đủ."),
    ("Đảng ủy không ngừng đổi mới sinh hoạt.", "Đảng ủy không ngừng đổi mới sinh hoạt."),
])
def test_affirmed_drops_the_negated_stretch(text, kept):
    assert affirmed(text) == kept


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="aáàảãạăoòóơờuủưýỳđĐHOA .,\n", max_size=60))
def test_text_without_a_negator_is_never_negated(text):
    assert affirmed(text) == text
    assert not any(negated_at(cue_key(text), i) for i in range(len(text) + 1))


@pytest.mark.parametrize("text, practice", [
    # a figure, not making village heads members
    ("Năm 2024, toàn huyện có 87% trưởng thôn là đảng viên.", "village_head_membership"),
    # a course topic, not mobilising people
    ("Học viên được bồi dưỡng kỹ năng vận động quần chúng và nghiệp vụ công tác mặt trận.", "mass_mobilization"),
    # praise for mobilisation done, at a ceremony
    ("Hội nghị biểu dương 15 bí thư chi bộ có nhiều đóng góp trong công tác vận động nhân dân hiến đất.",
     "mass_mobilization"),
    # self-criticism named in a remark about ratings
    ("Theo ông Hải, xếp loại thực chất giúp tránh tình trạng nể nang trong tự phê bình và phê bình.", "meeting_quality"),
    # an admission ceremony, not recruitment work
    ("Dịp này, Đảng ủy phường công bố quyết định kết nạp đảng cho bốn quần chúng ưu tú.", "member_recruitment"),
    # a course for recruits is training
    ("Huyện mở 3 lớp bồi dưỡng lý luận chính trị cho đảng viên mới và quần chúng cảm tình Đảng.", "member_recruitment"),
    # striking off a member who left is not a disciplinary sanction
    ("Chi bộ đề nghị xóa tên 2 đảng viên tự ý bỏ sinh hoạt đảng.", "discipline"),
])
def test_a_cue_word_in_another_sense_does_not_fire(text, practice):
    assert practice not in {c.practice for c, _ in match_cues(text)}


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="aáàảãạăoòóơờuủưýỳđĐHOA .,\n", max_size=60))
def test_cue_key_keeps_offsets(text):
    assert len(cue_key(text)) == len(text)


# -- documents --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ban Thường vụ Huyện ủy phân công các huyện ủy viên định kỳ về dự sinh hoạt với chi bộ bản, tiểu khu.",
     {"upper_level_attendance"}),
    ("Huyện Quỳnh Nhai thực hiện chủ trương bí thư chi bộ đồng thời là trưởng bản ở 80 bản.",
     {"secretary_village_head"}),
    ("Đảng ủy xã chọn 2 chi bộ yếu kém làm điểm để tập trung củng cố trong năm nay.",
     {"weak_org_consolidation"}),
    ("Các chi bộ chú trọng tạo nguồn, bồi dưỡng quần chúng ưu tú để giới thiệu cho Đảng xem xét kết nạp.",
     {"member_recruitment"}),
    ("Tỉnh ủy luân chuyển 14 cán bộ từ các sở, ngành về làm bí thư đảng ủy xã.",
     {"cadre_rotation"}),
    ("Mỗi quý, chi bộ tổ dân phố tổ chức một buổi sinh hoạt chuyên đề về trật tự đô thị.",
     {"meeting_quality"}),
    ("Chi ủy yêu cầu xử lý nghiêm các đảng viên vắng họp chi bộ ba kỳ liên tiếp.", {"discipline"}),
    ("Sau khi sáp nhập, toàn bộ đảng viên của hai thôn đã chuyển sinh hoạt về chi bộ thôn mới.",
     {"member_management"}),
])
def test_a_described_practice_is_found(text, expected):
    assert expected <= codes(text)


@pytest.mark.parametrize("text", [
    "Đảng bộ huyện Mộc Châu có 61 tổ chức cơ sở đảng với 12.480 đảng viên.\n"
    "Năm 2023, toàn huyện kết nạp 276 đảng viên mới, đạt 104% chỉ tiêu.",
    "Sáng 3/2, Huyện ủy tổ chức lễ trao Huy hiệu Đảng cho 58 đảng viên.\n"
    "Trong đó, 4 đồng chí nhận Huy hiệu 70 năm tuổi Đảng.",
    "Qua đánh giá, có 91,3% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.",
    # the model is not shown the denied stretch
    "Năm 2023, xã có 10 chi bộ với 298 đảng viên, không có đảng viên vi phạm phải xử lý kỷ luật.",
    "Bế giảng lớp học, Bí thư Đảng ủy đề nghị học viên vận dụng các nội dung đã học vào sinh hoạt chi bộ.",
])
def test_statistics_and_ceremonies_have_no_practice(text):
    assert codes(text) == set()


def test_several_practices_in_one_document():
    text = ("Thị ủy chú trọng đào tạo, bồi dưỡng đội ngũ bí thư chi bộ thôn.\n"
            "Ủy ban Kiểm tra tăng cường kiểm tra, giám sát việc chấp hành nghị quyết ở các chi bộ.\n"
            "Đảng ủy xã thi hành kỷ luật 2 đảng viên vi phạm quy định nêu gương.")
    assert {"training", "inspection_supervision", "discipline"} <= codes(text)


def test_one_row_per_practice_and_locality_with_the_sentence_span():
    text = ("Huyện Mai Sơn tiếp tục luân chuyển cán bộ huyện về giữ chức vụ chủ chốt ở xã.\n"
            "Huyện Yên Châu cũng luân chuyển 6 cán bộ về cơ sở.\n"
            "Trong năm, tỉnh luân chuyển thêm cán bộ trẻ về các xã biên giới.")
    doc, sentences = make_doc(text)
    rows = [p for p in find_practices(doc, sentences, FakePlaces()) if p.practice == "cadre_rotation"]
    assert sorted(p.locality for p in rows) == ["huyện Mai Sơn", "huyện Yên Châu", "tỉnh Sơn La"]
    for p in rows:
        assert doc.text[p.char_start:p.char_end] == p.sentence
        assert p.province == "Sơn La" and p.doc == "d1"


def test_method_names_the_cue_and_the_model():
    doc, sentences = make_doc("Các chi bộ duy trì sinh hoạt định kỳ vào ngày mùng 5 hằng tháng, nội dung thiết thực.")
    (row,) = [p for p in find_practices(doc, sentences, FakePlaces()) if p.practice == "meeting_quality"]
    assert row.method.startswith("cue:meeting.")
    assert row.method.endswith("+model:practices-v2") or row.method.count(":") == 1
    assert 0 < row.confidence <= 1


def test_practices_read_the_text_not_the_words():
    text = "Đảng ủy phường phân công đảng ủy viên phụ trách từng chi bộ khu phố."
    assert codes(text, tokenized=False) == codes(text, tokenized=True)


def test_bylines_are_not_read():
    doc, sentences = make_doc("Đảng bộ huyện có 52 tổ chức cơ sở đảng.", byline="Hội thảo")
    assert find_practices(doc, sentences, FakePlaces()) == []


def _caption_doc(text: str):
    from underthesea import word_tokenize

    doc = Document("d2", text)
    words = tuple(word_tokenize(text, use_token_normalize=False))
    return doc, [Sentence("d2", 0, 0, len(text), text, 0, "caption", words)]


def test_captions_are_read_by_cues_only():
    doc, units = _caption_doc("Lễ kết nạp đảng viên mới tại chi bộ bản Nà Phặc, xã Mường Bon")
    assert find_practices(doc, units, FakePlaces()) == []
    doc, units = _caption_doc("Ông Lò Văn Pọm, bí thư chi bộ kiêm trưởng bản Nà Phặc, trao đổi với bà con")
    assert {p.practice for p in find_practices(doc, units, FakePlaces())} == {"secretary_village_head"}


def test_empty_document_has_no_practice():
    assert find_practices(Document("d0", ""), [], FakePlaces()) == []
