"""Resolving single mentions: same names at two levels, spellings, abbreviations, the 2025
merger, unresolved names."""
import pytest

from partymine.extract.localities import resolve_locality
from partymine.extract.localities.gazetteer import fix_tones, load_gazetteer, name_key


@pytest.mark.parametrize("text, name, level, province", [
    ("xã Vân Hồ", "xã Vân Hồ", "commune", "Sơn La"),
    ("huyện Vân Hồ", "huyện Vân Hồ", "district", "Sơn La"),
    ("phường Chi Lăng", "phường Chi Lăng", "commune", "Lạng Sơn"),
    ("huyện Chi Lăng", "huyện Chi Lăng", "district", "Lạng Sơn"),
])
def test_same_name_at_two_levels_follows_the_type_word(text, name, level, province):
    loc = resolve_locality(text, province="Lạng Sơn" if "Chi Lăng" in text else None)
    assert (loc.name, loc.level, loc.province) == (name, level, province)
    assert loc.code is not None


def test_commune_and_district_of_the_same_name_have_different_codes():
    assert resolve_locality("xã Vân Hồ").code != resolve_locality("huyện Vân Hồ").code


@pytest.mark.parametrize("text", ["Tp. Lạng Sơn", "TP Lạng Sơn", "thành phố Lạng Sơn", "Thành phố Lạng Sơn",
                                  "TP. Lạng Sơn"])
def test_city_abbreviations_expand_to_thanh_pho(text):
    loc = resolve_locality(text)
    assert (loc.name, loc.level, loc.province) == ("thành phố Lạng Sơn", "district", "Lạng Sơn")


def test_centrally_run_city_is_a_province():
    loc = resolve_locality("TP Cần Thơ")
    assert (loc.name, loc.level, loc.province) == ("thành phố Cần Thơ", "province", "Cần Thơ")


def test_town_written_with_capital_keeps_lower_case_type():
    loc = resolve_locality("Thị xã Hồng Lĩnh")
    assert (loc.name, loc.level, loc.province) == ("thị xã Hồng Lĩnh", "district", "Hà Tĩnh")


@pytest.mark.parametrize("written", ["xã Liên Hoà", "xã Liên Hòa", "Xã Liên Hoà"])
def test_old_and_new_tone_marks_resolve_alike(written):
    loc = resolve_locality(written, province="Sơn La")
    assert loc.name == "xã Liên Hòa" and loc.code is not None


@pytest.mark.parametrize("written, expected", [("huyện Đăk Glei", "huyện Đắk Glei"), ("huyện Đắk Glei", "huyện Đắk Glei")])
def test_dak_spellings_resolve_to_the_gazetteer_spelling(written, expected):
    assert resolve_locality(written).name == expected


@pytest.mark.parametrize("word, fixed", [("Hoà", "Hòa"), ("Thuỷ", "Thủy"), ("Hoàng", "Hoàng"), ("toàn", "toàn"),
                                         ("khuỷu", "khuỷu"), ("quý", "quý"), ("Khánh Hoà", "Khánh Hòa")])
def test_fix_tones_moves_only_syllable_final_marks(word, fixed):
    assert fix_tones(word) == fixed
    assert len(fix_tones(word)) == len(word)


def test_commune_of_a_merged_province_before_2025_keeps_its_old_province():
    loc = resolve_locality("xã Đồng Thịnh", province="Vĩnh Phúc", date="2022-08-09")
    assert (loc.province, loc.province_2025, loc.level) == ("Vĩnh Phúc", "Phú Thọ", "commune")
    assert loc.code is not None


def test_new_commune_after_july_2025_is_in_the_new_province():
    loc = resolve_locality("xã Đạo Trù", province="Phú Thọ", date="2025-07-25")
    assert (loc.name, loc.province, loc.province_2025) == ("xã Đạo Trù", "Phú Thọ", "Phú Thọ")
    assert loc.code is not None


@pytest.mark.parametrize("text", ["phường Sài Gòn", "xã Củ Chi"])
def test_new_units_of_ho_chi_minh_city_in_late_2025(text):
    loc = resolve_locality(text, province="Hồ Chí Minh", date="2025-11-07")
    assert (loc.name, loc.level, loc.province) == (text, "commune", "Hồ Chí Minh")
    assert loc.code is not None


def test_old_district_named_in_a_2025_article_gets_the_new_province():
    loc = resolve_locality("huyện Sông Lô", date="2025-09-01")
    assert (loc.level, loc.province, loc.province_2025) == ("district", "Phú Thọ", "Phú Thọ")


def test_hue_before_it_became_a_city_is_thua_thien_hue():
    assert resolve_locality("tỉnh Thừa Thiên Huế", date="2020-03-01").province == "Thừa Thiên Huế"
    assert resolve_locality("thành phố Huế", date="2025-08-01").province == "Huế"


def test_ambiguous_commune_without_scope_has_no_code():
    loc = resolve_locality("xã Đồng Thịnh")  # in six provinces
    assert loc.name == "xã Đồng Thịnh" and loc.code is None and loc.confidence < 0.5


def test_district_scope_picks_the_commune():
    loc = resolve_locality("xã Đồng Thịnh", district="huyện Sông Lô")
    assert loc.province == "Vĩnh Phúc" and loc.code is not None


@pytest.mark.parametrize("text", ["xã Khôngcótên", "huyện Mộng Mơ", "Đâu Đó"])
def test_unresolved_name_is_kept_as_written_without_code(text):
    loc = resolve_locality(text, province="Lạng Sơn")
    assert loc.code is None and loc.confidence <= 0.3


def test_village_keeps_its_name_and_the_scope_province():
    loc = resolve_locality("thôn Trung Cấp", province="Lạng Sơn")
    assert (loc.name, loc.level, loc.province, loc.code) == ("thôn Trung Cấp", "village", "Lạng Sơn", None)


def test_bare_district_name_resolves_within_the_province():
    loc = resolve_locality("Hiệp Hòa", province="Bắc Giang")
    assert (loc.name, loc.level) == ("huyện Hiệp Hòa", "district")


def test_commune_named_with_an_organisation_word_still_resolves():
    assert resolve_locality("phường Đoàn Kết", province="Lai Châu").code is not None


def test_name_key_ignores_accents_apostrophes_and_leading_zeros():
    assert name_key("Đạ M’ri") == name_key("Đạ M'ri") == "damri"
    assert name_key("Phường 01") == name_key("phường 1")


def test_gazetteer_has_both_schemes():
    gaz = load_gazetteer()
    legacy = [u for (s, lv, _), u in gaz.units.items() if s == "legacy" and lv == "province"]
    new = [u for (s, lv, _), u in gaz.units.items() if s == "2025" and lv == "province"]
    assert (len(legacy), len(new)) == (63, 34)
    assert gaz.to_2025(gaz.province_named("Vĩnh Phúc").code).name == "Phú Thọ"


def test_former_province_named_in_a_2025_article_stays_itself():
    loc = resolve_locality("tỉnh Bình Dương", date="2025-10-11")
    assert (loc.name, loc.level, loc.province, loc.province_2025) == (
        "tỉnh Bình Dương", "province", "Hồ Chí Minh", "Hồ Chí Minh")


def test_provincial_city_of_hue_before_2025_is_a_district_without_code():
    loc = resolve_locality("TP. Huế", date="2012-12-24")
    assert (loc.name, loc.level, loc.province, loc.code) == ("thành phố Huế", "district", "Thừa Thiên Huế", None)


def test_unit_of_the_scope_in_the_other_scheme_beats_one_elsewhere():
    # an undated Cần Thơ article naming a 2025 ward, not the old ward of that name in Bình Dương
    loc = resolve_locality("phường Phú Lợi", province="Cần Thơ")
    assert loc.province == "Cần Thơ" and loc.code is not None


@pytest.mark.parametrize("site, province, district", [
    ("baolamdong.vn", "Lâm Đồng", None),
    ("baoninhthuan.com.vn", "Ninh Thuận", None),
    ("hiephoa.bacgiang.gov.vn", "Bắc Giang", "Hiệp Hòa"),
    ("btctu.binhthuan.dcs.vn", "Bình Thuận", None),
    ("m.baohaiduong.vn", "Hải Dương", None),
    ("https://kontumtv.vn/tin-tuc/abc", "Kon Tum", None),
    ("vinhlong.gov.vn", "Vĩnh Long", None),
    ("sggp.org.vn", "Hồ Chí Minh", None),  # a hand hint: Sài Gòn Giải Phóng
    ("baothuathienhue.vn", "Huế", None),
    ("vov.vn", None, None),
    ("kinhtevadoisong.vn", None, None),
])
def test_province_from_domain(site, province, district):
    from partymine.extract.localities.domain import place_from_domain

    got = place_from_domain(site)
    assert got.province == province
    assert (got.district.name if got.district else None) == district
