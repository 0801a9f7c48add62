"""Every example in the localities data files is a test; mention finding and its edges;
resolution never raises; the per-place summary."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partymine.extract.localities import PlaceContext, place_summary, resolve_locality
from partymine.extract.localities.gazetteer import load_hints
from partymine.extract.localities.mentions import find_mentions, load_cues, load_type_rules
from partymine.records import Document, Locality, Sentence


def _first_place(text: str, site: str | None = None) -> Locality:
    doc = Document("x", text, site=site)
    sents = [Sentence("x", 0, 0, len(text), text, 0)]
    ctx = PlaceContext.for_document(doc, sents)
    return next(loc for _, loc in ctx.mentions() if loc is not None)


@pytest.mark.parametrize("rule", load_type_rules(), ids=lambda r: r["id"])
def test_type_word_examples(rule):
    assert _first_place(rule["example"]).name == rule["expect"]


@pytest.mark.parametrize("rule", load_cues()["organ"], ids=lambda r: r["id"])
def test_organ_examples(rule):
    assert _first_place(rule["example"]).name == rule["expect"]


@pytest.mark.parametrize("alias", load_hints()["province_alias"], ids=lambda r: r["id"])
def test_province_alias_examples(alias):
    provinces = {loc.province for _, loc in PlaceContext.for_document(
        Document("x", alias["example"]), [Sentence("x", 0, 0, len(alias["example"]), alias["example"], 0)]).mentions()
        if loc is not None}
    expected = {"Hồ Chí Minh", alias["province"], "Thừa Thiên Huế"}
    assert provinces & expected


def test_region_example():
    region = load_hints()["region"][0]
    assert _first_place(region["example"]).name == "khu vực Tây Nguyên"


@pytest.mark.parametrize("text, kinds", [
    ("các xã, phường, thị trấn đều có chi bộ", []),
    ("cán bộ, công chức cấp xã", []),
    ("công tác xã hội và văn bản hướng dẫn", []),
    ("8 đảng bộ xã, phường", []),
    ("3 chi bộ trạm y tế xã", []),
    ("Năm 2021, toàn huyện kết nạp", ["anaphor"]),
    ("Nâng tổng số đảng viên của tỉnh lên", ["anaphor"]),
    ("Hiện nay, Đảng bộ có 38 chi bộ", ["party"]),
    ("Ông A, Tỉnh ủy viên, dự hội nghị", []),
    ("tổ chức cơ sở đảng ở nông thôn Việt Nam", []),
])
def test_generic_and_anaphoric_type_words(text, kinds):
    assert [m.kind for m in find_mentions(text)] == kinds


def test_names_keep_digits_and_apostrophes():
    names = [m.name for m in find_mentions("Chi bộ tiểu khu Sao Đỏ 2 và Đảng bộ thị trấn Đạ M’ri, bon B’Tong")]
    assert names == ["Sao Đỏ 2", "Đạ M’ri", "B’Tong"]


def test_names_end_at_the_next_lower_case_word_or_acronym():
    (m,) = [m for m in find_mentions("Đảng ủy xã Thiện Hưng UBND trao huy hiệu") if m.kind == "named"]
    assert m.name == "Thiện Hưng"


def test_job_title_is_marked():
    (m,) = find_mentions("Phó Bí thư Thường trực Đảng ủy phường Chi Lăng cho biết")
    assert m.job_title


def test_mentions_keep_offsets_into_the_text():
    text = "Theo Đảng bộ huyện Thanh Hà, năm qua kết nạp 146 đảng viên"
    for m in find_mentions(text, offset=100):
        assert text[m.start - 100:m.end - 100] == m.text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệ"
                                              "ìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ "
                                              "ABCĐHKLMNPQSTVXÂÊÔƠƯ0123456789.,;:()-–’'/%\n")), max_size=300))
def test_resolution_never_raises(text):
    loc = resolve_locality(text, province="Lạng Sơn")
    assert isinstance(loc, Locality)
    doc = Document("h", text)
    sents = [Sentence("h", 0, 0, len(text), text, 0)] if text else []
    ctx = PlaceContext.for_document(doc, sents)
    for pos in range(0, len(text), 17):
        assert isinstance(ctx.locality_at(sents[0], pos), Locality)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["xã", "huyện", "Huyện ủy", "thôn", "TP", "tỉnh", "Đảng bộ", "toàn"]),
       st.text(alphabet=st.sampled_from(list("ABĐHLMNTVaàáêôơưhnmgst ’'-")), max_size=25))
def test_typed_garbage_never_raises(type_word, name):
    loc = resolve_locality(f"{type_word} {name}", province="Sơn La", date="2025-08-01")
    assert isinstance(loc, Locality)


def test_place_summary_groups_rows_per_place():
    rows = [
        {"doc": "a", "locality": "xã Vân Hồ", "locality_level": "commune", "province": "Sơn La",
         "province_2025": "Sơn La", "locality_code": "04048"},
        {"doc": "b", "locality": "xã Vân Hồ", "locality_level": "commune", "province": "Sơn La",
         "province_2025": "Sơn La", "locality_code": "04048"},
        {"doc": "b", "locality": "huyện Vân Hồ", "locality_level": "district", "province": "Sơn La",
         "province_2025": "Sơn La", "locality_code": "128"},
    ]
    out = place_summary(rows)
    assert [(r["locality"], r["figures"], r["documents"]) for r in out] == [("xã Vân Hồ", 2, 2), ("huyện Vân Hồ", 1, 1)]


def test_place_summary_of_nothing_is_empty():
    assert place_summary([]) == []
