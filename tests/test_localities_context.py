"""Which place a number describes: same sentence, chains, organs, anaphora, the paragraph,
the headline, the document's province (from the record, the domain or the places named)."""
import re

import pytest

from partymine.extract.localities import PlaceContext
from partymine.records import Document, Sentence


def make(text: str, **meta) -> tuple[Document, list[Sentence]]:
    """A document whose paragraphs are split on blank lines and sentences on `. `."""
    doc = Document("t", text, **meta)
    sents, para = [], 0
    for pm in re.finditer(r"[^\n]+", text):
        if pm.start() and text[pm.start() - 2:pm.start()] == "\n\n":
            para += 1
        for sm in re.finditer(r"[^.]+(?:\.|$)", pm.group(0)):
            seg = sm.group(0).strip()
            if seg:
                start = pm.start() + sm.start() + sm.group(0).index(seg)
                sents.append(Sentence("t", len(sents), start, start + len(seg), seg, para))
    return doc, sents


def at(text: str, number: str, occurrence: int = 0, **meta):
    """The locality of the `occurrence`-th `number` in `text`."""
    doc, sents = make(text, **meta)
    pos = [m.start() for m in re.finditer(re.escape(number), text)][occurrence]
    sent = next(s for s in sents if s.start <= pos < s.end)
    return PlaceContext.for_document(doc, sents).locality_at(sent, pos)


def test_nearest_organ_before_the_number():
    loc = at("Đảng bộ huyện Ninh Phước kết nạp 52 đảng viên mới.", "52", site="baoninhthuan.com.vn")
    assert (loc.name, loc.province, loc.level) == ("huyện Ninh Phước", "Ninh Thuận", "district")


def test_village_in_a_chain_is_the_place_with_its_commune_code():
    loc = at("Chi bộ thôn Bản Mới, xã Vân Hồ, có 31 đảng viên.", "31")
    assert (loc.name, loc.level, loc.province) == ("thôn Bản Mới", "village", "Sơn La")
    assert loc.code == at("Đảng bộ xã Vân Hồ có 9 chi bộ.", "9").code


def test_commune_and_district_of_the_same_name_in_one_document():
    text = ("Huyện ủy Vân Hồ chỉ đạo các xã rà soát đảng viên.\n\n"
            "Đảng bộ xã Vân Hồ có 12 chi bộ. Toàn huyện Vân Hồ có 3.100 đảng viên.")
    assert at(text, "12").name == "xã Vân Hồ"
    assert at(text, "3.100").name == "huyện Vân Hồ"


def test_bracketed_parent_district():
    loc = at("Chi bộ bon Bu Dăr, xã Đắk Plao (Đắk Glong) hiện có 18 đảng viên.", "18")
    assert (loc.name, loc.province) == ("bon Bu Dăr", "Đắk Nông")


def test_toan_huyen_is_the_district_in_scope():
    text = "Ban Thường vụ Huyện ủy Mường Lát họp. Năm 2023, toàn huyện kết nạp được 95 đảng viên."
    assert at(text, "95").name == "huyện Mường Lát"


def test_bare_xa_refers_to_the_commune_named_before():
    text = ("Đảng ủy xã Yên Thạch luôn chăm lo xây dựng đội ngũ trưởng thôn.\n\n"
            "Hiện xã có 9/11 trưởng thôn là đảng viên.")
    assert at(text, "9/11").name == "xã Yên Thạch"


def test_generic_list_of_types_is_not_an_anaphor():
    text = "Đảng bộ huyện Sông Lô có 17 xã, thị trấn. Trong đó 8 xã có bí thư kiêm trưởng thôn."
    assert at(text, "8").name == "huyện Sông Lô"


def test_province_organs_are_the_document_province():
    text = "Đảng bộ Quân sự tỉnh kết nạp 7 đảng viên mới. Đảng bộ Công an tỉnh kết nạp 19 đảng viên."
    for number in ("7", "19"):
        loc = at(text, number, site="baoninhthuan.com.vn")
        assert (loc.name, loc.level) == ("tỉnh Ninh Thuận", "province")


def test_khoi_organ_of_the_province_is_the_province():
    loc = at("Đảng bộ Khối doanh nghiệp tỉnh có thêm 88 đảng viên mới.", "88", site="baodongnai.com.vn")
    assert loc.name == "tỉnh Đồng Nai"


def test_city_organ_in_a_centrally_run_city():
    loc = at("Đảng bộ Quân sự thành phố kết nạp 17 đảng viên.", "17", site="baocantho.com.vn")
    assert (loc.name, loc.level) == ("thành phố Cần Thơ", "province")


def test_town_committee_in_the_headline_is_the_subject():
    text = "Thị ủy Hồng Lĩnh nâng cao chất lượng sinh hoạt chi bộ\n\nCác chi bộ đã có 52 buổi sinh hoạt chuyên đề."
    assert at(text, "52").name == "thị xã Hồng Lĩnh"


def test_bare_headline_name_resolves_in_the_domain_province():
    text = "Hiệp Hòa kết nạp được 200 đảng viên mới\n\nTrong số đảng viên mới có 14 học sinh."
    loc = at(text, "14", site="hiephoa.bacgiang.gov.vn")
    assert (loc.name, loc.province) == ("huyện Hiệp Hòa", "Bắc Giang")


def test_place_after_the_number_with_a_locative_cue():
    loc = at("Đã khảo sát tại 17 xã, thị trấn trên địa bàn huyện Sông Lô.", "17")
    assert (loc.name, loc.province) == ("huyện Sông Lô", "Vĩnh Phúc")


def test_job_title_is_weaker_than_the_subject():
    text = ("Đảng bộ thành phố Lạng Sơn có 73 tổ chức cơ sở đảng.\n\n"
            "Bà Hoàng Thị Mai, Phó Bí thư Đảng ủy phường Chi Lăng cho biết 100% chi bộ sinh hoạt đúng kỳ.")
    assert at(text, "100%").name == "thành phố Lạng Sơn"


def test_subject_carries_to_later_sentences_of_the_paragraph():
    text = "Đảng bộ huyện Kim Động có 95 đảng viên được tặng Huy hiệu Đảng. Trong đó, 2 đảng viên được tặng Huy hiệu 70 năm."
    assert at(text, "2").name == "huyện Kim Động"


def test_a_village_named_as_an_example_does_not_hold_the_cells_counted_next():
    text = ("Đảng bộ phường Đồng Hới có 97 chi bộ. Tại Chi bộ tổ dân phố 7, các kỳ sinh hoạt đều có tài liệu. "
            "Trong quý III, 92% chi bộ sinh hoạt đúng định kỳ.")
    assert at(text, "92", province="Quảng Trị", published="2025-10-08").name == "phường Đồng Hới"


def test_a_village_carries_to_what_it_holds():
    text = "Xã Lục Ngạn có 41 thôn. Thôn Kim Sơn có 286 hộ. Chi bộ thôn có 72 đảng viên."
    assert at(text, "72", province="Bắc Ninh", published="2025-09-01").name == "thôn Kim Sơn"


def test_list_after_a_typed_name_shares_the_type():
    doc, sents = make("Các huyện Ân Thi, Kim Động, Văn Giang tổ chức trao Huy hiệu Đảng.", site="baohungyen.vn")
    names = [loc.name for _, loc in PlaceContext.for_document(doc, sents).mentions() if loc]
    assert names == ["huyện Ân Thi", "huyện Kim Động", "huyện Văn Giang"]


def test_province_from_domain():
    doc, sents = make("Toàn tỉnh kết nạp 288 đảng viên.", site="btctu.binhthuan.dcs.vn")
    assert PlaceContext.for_document(doc, sents).province == "Bình Thuận"


def test_province_from_record_wins_over_domain():
    doc, sents = make("Toàn tỉnh kết nạp 288 đảng viên.", site="baolamdong.vn", province="Đắk Lắk")
    assert PlaceContext.for_document(doc, sents).province == "Đắk Lắk"


def test_province_inferred_from_places_named():
    doc, sents = make("Sông Lô chú trọng phát triển đảng viên\n\nHuyện ủy Sông Lô đã kết nạp 120 đảng viên.")
    ctx = PlaceContext.for_document(doc, sents)
    assert ctx.province == "Vĩnh Phúc"


def test_commune_of_a_merged_province_in_2022():
    text = "Đảng ủy xã Đồng Thịnh có 13 chi bộ. Hiện xã có 10 trưởng thôn là đảng viên."
    loc = at(text, "10", site="baovinhphuc.com.vn", published="2022-08-09")
    assert (loc.name, loc.province, loc.province_2025) == ("xã Đồng Thịnh", "Vĩnh Phúc", "Phú Thọ")


def test_new_commune_of_phu_tho_in_july_2025():
    text = "Đại hội Đảng bộ xã Đạo Trù lần thứ I\n\nHiện nay, Đảng bộ có 38 chi bộ với 906 đảng viên."
    loc = at(text, "38", site="baophutho.vn", published="2025-07-25")
    assert (loc.name, loc.province, loc.province_2025) == ("xã Đạo Trù", "Phú Thọ", "Phú Thọ")
    assert loc.code is not None


def test_province_organ_after_the_merger_is_the_new_province():
    loc = at("Đảng bộ Công an tỉnh kết nạp 40 đảng viên.", "40", site="baovinhphuc.com.vn", published="2025-09-10")
    assert (loc.name, loc.province) == ("tỉnh Phú Thọ", "Phú Thọ")


def test_person_name_after_a_type_word_is_not_a_place():
    text = "Đảng bộ xã Đào Xá có 66 tổ chức cơ sở đảng. Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng dự và 169 đại biểu."
    loc = at(text, "169", site="baophutho.vn", published="2025-07-23")
    assert loc.name == "xã Đào Xá"


def test_whole_party_is_no_locality():
    loc = at("Tuyên dương 96 bí thư chi bộ tiêu biểu trong toàn Đảng.", "96", site="dangcongsan.vn")
    assert loc.name is None


def test_region_has_no_province():
    loc = at("Khu vực Tây Nguyên có hơn 5 triệu người.", "5")
    assert (loc.name, loc.province, loc.code) == ("khu vực Tây Nguyên", None, None)


def test_no_place_at_all_is_unresolved_not_an_error():
    loc = at("Năm nay kết nạp 12 đảng viên.", "12")
    assert loc.name is None and loc.code is None


def test_mention_inside_brackets_before_the_number_is_an_aside():
    text = ("Huyện ủy Đạ Huoai cho biết toàn Đảng bộ có 36 tổ chức cơ sở đảng (giảm 1 do Đảng bộ xã Hà Lâm "
            "sáp nhập), gồm 12 đảng bộ cơ sở.")
    assert at(text, "12", site="baolamdong.vn").name == "huyện Đạ Huoai"


def test_sentence_not_given_to_the_context_is_still_read():
    doc, sents = make("Đảng bộ huyện Ninh Sơn kết nạp 13 đảng viên.", site="baoninhthuan.com.vn")
    ctx = PlaceContext.for_document(doc, [])
    loc = ctx.locality_at(sents[0], doc.text.index("13"))
    assert loc.name == "huyện Ninh Sơn"


@pytest.mark.parametrize("sentence, expected", [
    ("Chi bộ tiểu khu Sao Đỏ 2, xã Vân Hồ, có 24 đảng viên.", "tiểu khu Sao Đỏ 2"),
    ("Chi bộ tổ dân phố 5, phường Nam Hồng có 40 đảng viên.", "tổ dân phố 5"),
    ("Chi bộ xóm Sòng, xã An Khánh hiện có 19 đảng viên.", "xóm Sòng"),
])
def test_village_level_places_keep_their_name(sentence, expected):
    number = re.findall(r"\b(\d+) đảng viên", sentence)[0]
    loc = at(sentence, number + " đảng viên", site="thainguyentv.vn" if "Sòng" in sentence else None)
    assert loc.name == expected and loc.level == "village" and loc.province is not None


def test_plural_type_with_an_unknown_name_is_not_a_place():
    doc, sents = make("Các tỉnh Miền Tây kết nạp 500 đảng viên.", site="baocantho.com.vn")
    assert all(loc is None for _, loc in PlaceContext.for_document(doc, sents).mentions())


def test_undated_article_takes_the_date_of_its_dateline():
    text = "Chiều 31/7/2025, Đảng bộ xã Đạo Trù tổ chức đại hội. Đảng bộ tỉnh có 906 đảng viên."
    loc = at(text, "906", site="baovinhphuc.com.vn")
    assert (loc.name, loc.province) == ("tỉnh Phú Thọ", "Phú Thọ")


def test_district_committee_alone_on_a_district_site_is_that_district():
    loc = at("Năm qua, Huyện ủy kết nạp 200 đảng viên.", "200", site="hiephoa.bacgiang.gov.vn")
    assert (loc.name, loc.province) == ("huyện Hiệp Hòa", "Bắc Giang")


def test_a_numbered_commune_of_2025_in_the_headline_keeps_its_number():
    text = "A Lưới 2: Đảng viên làm nòng cốt\n\nMỗi đảng viên phụ trách từ 10 đến 15 hộ gia đình."
    assert at(text, "10", province="Huế", published="2025-08-12").name == "xã A Lưới 2"
