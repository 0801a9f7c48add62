"""The Vietnamese number reader: digits, scale words, ranges, fractions, hedges, words."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partymine.extract.numbers import find_numbers, parse_words


def _one(text: str):
    spans = find_numbers(text)
    assert len(spans) == 1, spans
    return spans[0]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Đảng bộ có 3.485 đảng viên", 3485, "count"),
    ("với 2.100 đảng viên", 2100, "count"),
    ("tỷ lệ giảm còn 0,36%", 0.36, "percent"),
    ("diện tích 1.234,5 ha", 1234.5, "count"),
    ("thuộc 06 đảng bộ phường, xã", 6, "count"),
    ("đạt 35,34% chỉ tiêu", 35.34, "percent"),
    ("có 4,7 ngàn đảng viên", 4700, "count"),
    ("dân số 5 triệu người", 5_000_000, "count"),
    ("thu nhập đạt 56 triệu đồng/người/năm", 56_000_000, "vnd"),
    ("tổng kinh phí 1,2 tỷ đồng", 1_200_000_000, "vnd"),
    ("trao 146 phần quà", 146, "count"),
    ("chiếm 55 phần trăm", 55, "percent"),
])
def test_digits_scales_and_units(text, value, unit):
    n = _one(text)
    assert n.value == pytest.approx(value) and n.unit == unit


@pytest.mark.parametrize(("text", "qualifier"), [
    ("hơn 235 nghìn đảng viên", "over"),
    ("đạt trên 90%", "over"),
    ("vượt 5% kế hoạch", "exact"),  # the plan exceeded BY 5%: an exact margin
    ("vượt 120 đảng viên", "over"),
    ("thu nhập bình quân ước đạt 64 triệu đồng", "about"),
    ("dưới 10 người", "under"),
    ("chưa đến 20 hộ", "under"),
    ("đạt gần 60%", "nearly"),
    ("gần như 100% chi bộ", "nearly"),
    ("khoảng 40 tổ chức cơ sở đảng", "about"),
    ("xấp xỉ 50 hộ", "about"),
    ("từ 7% trở lên", "over"),
    ("vượt gần 30% chỉ tiêu", "nearly"),  # the hedge nearest the number wins
    ("có 73 tổ chức cơ sở đảng", "exact"),
    ("trên dưới 100 người", "about"),
    ("đạt không dưới 80%", "over"),
    ("không vượt quá 5%", "under"),
    ("ngót 300 hộ", "nearly"),
    ("kết nạp từ 25 đảng viên mới trở lên", "over"),  # `trở lên` after the counted noun
    ("đạt và vượt 12/15 chỉ tiêu", "exact"),  # met or exceeded: the count itself is exact
])
def test_hedges_become_qualifiers(text, qualifier):
    assert _one(text).qualifier == qualifier


@pytest.mark.parametrize(("text", "value", "value_max", "unit"), [
    ("sinh hoạt 5 – 6 kỳ/năm", 5, 6, "count"),
    ("kết nạp từ 90 - 100 đảng viên", 90, 100, "count"),
    ("phát triển từ 55 -60 đảng viên mới", 55, 60, "count"),
    ("có từ 70% -80% tổ chức", 70, 80, "percent"),
    ("đạt từ 3 đến 4%", 3, 4, "percent"),
    ("tổ chức 1 hoặc 2 lớp", 1, 2, "count"),
    ("tương ứng từ 7.000 đến 9.000 đảng viên", 7000, 9000, "count"),
    ("từ 7 đến 9 nghìn đảng viên", 7000, 9000, "count"),
])
def test_ranges(text, value, value_max, unit):
    n = _one(text)
    assert (n.value, n.value_max, n.unit) == (value, value_max, unit)


def test_a_range_with_or_more_stays_exact():
    assert _one("từ 80% -85% trở lên số tổ chức").qualifier == "exact"


@pytest.mark.parametrize(("text", "value", "total"), [
    ("chỉ còn 8/146 trưởng thôn", 8, 146),
    ("đã có 6/14 bí thư", 6, 14),
    ("xây dựng được 61/61 thôn", 61, 61),
    ("có 2.473/2.475 thôn, buôn", 2473, 2475),
    ("có 662 trong tổng số 686 tổ chức", 662, 686),
    ("được 10 trên tổng số 13 xã", 10, 13),
    ("có 20/20 chi bộ", 20, 20),
])
def test_fractions_and_totals(text, value, total):
    n = _one(text)
    assert (n.value, n.total) == (value, total)


@pytest.mark.parametrize("text", [
    "Đến ngày 27-11, huyện họp",
    "tính đến ngày 30-6",
    "nhân dịp 3/2",
    "ngày 04/10/2022",
    "tính đến tháng 9/2022",
    "Sáng ngày 20/01/2022",
    "ngày 28-8-2018 của Ban Bí thư",
    "Nghị quyết 02-NQ/TU",
    "Kết luận số 33-KL/ThU",
    "Quyết định 453-QĐ/TU",
    "Nghị định 33/2023/NĐ-CP",
    "Quyết định 1234/QĐ-UBND",
    "lúc 14h30",
    "Cập nhật lúc 22:26",
    "(GMT+7)",
    "dịch COVID-19",
    "(3.2.1930 - 3.2.2018)",
    "Trong ngày 24-25/7/2025",
    "mừng 30/4",
    "doanh nghiệp tư nhân",
    "một số đảng bộ",
    "một vài chi bộ",
    "một trong những",
    "Trong hai ngày 14 - 15/7, huyện tổ chức",  # a range of days is a date
    "Từ ngày 9 đến 11/12, các chi bộ",
    "vào ngày 3 và 4/5/2024",
    "tại một kỳ họp",
])
def test_not_quantities(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Hai đồng chí nhận Huy hiệu Đảng", 2),
    ("có mười lăm đảng viên", 15),
    ("ba chi bộ", 3),
    ("hai mươi mốt đảng viên", 21),
    ("hai trăm linh năm hộ", 205),
    ("năm đồng chí", 5),
    ("kết nạp Đảng cho ba quần chúng ưu tú", 3),
    ("mỗi quý có một kỳ sinh hoạt chuyên đề", 1),
])
def test_numbers_in_words(text, value):
    n = _one(text)
    assert n.value == value and n.in_words


@pytest.mark.parametrize(("text", "value"), [
    ("mười", 10), ("mười lăm", 15), ("hai mươi", 20), ("ba mươi mốt", 31), ("bốn mươi tư", 44),
    ("một trăm", 100), ("hai trăm linh năm", 205), ("hai nghìn", 2000), ("hai ba", None), ("mươi", None),
])
def test_parse_words(text, value):
    assert parse_words(text) == value


def test_year_word_is_not_five():
    assert [n.value for n in find_numbers("Năm 2021, huyện kết nạp")] == [2021]


def test_currency_is_not_comrade():
    assert _one("Hai đồng chí").unit == "count"
    assert _one("46 đồng").unit == "vnd"


def vn_digits(n: int) -> str:
    """3485 -> `3.485` (thousands grouped with dots, as Vietnamese papers print them)."""
    return f"{n:,}".replace(",", ".")


_UNITS = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def vn_words(n: int) -> str:
    """1..999 in words: 15 -> `mười lăm`, 205 -> `hai trăm linh năm`, 31 -> `ba mươi mốt`."""
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = [_UNITS[hundreds], "trăm"] if hundreds else []
    if tens == 0 and ones:
        out += (["linh"] if hundreds else []) + [_UNITS[ones]]
    elif tens == 1:
        out += ["mười"] + (["lăm" if ones == 5 else _UNITS[ones]] if ones else [])
    elif tens:
        out += [_UNITS[tens], "mươi"]
        if ones:
            out.append({1: "mốt", 5: "lăm"}.get(ones, _UNITS[ones]))
    return " ".join(out)


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_round_trip(n):
    text = f"toàn tỉnh có {vn_digits(n)} đảng viên"
    assert _one(text).value == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_decimals_round_trip(whole, frac):
    written = f"{vn_digits(whole)},{frac:02d}"
    n = _one(f"tỷ lệ đạt {written}%")
    assert n.value == pytest.approx(whole + frac / 100) and n.unit == "percent"


@given(st.integers(min_value=2, max_value=999))
def test_words_round_trip(n):
    assert _one(f"có {vn_words(n)} đảng viên").value == n


_FILLER = st.sampled_from(["Đảng bộ", "có", "chi bộ", "trong đó", "đạt", "hơn", "và", "xã", ",", ";", "năm nay"])


@settings(max_examples=60)
@given(st.lists(_FILLER, max_size=6), st.integers(min_value=0, max_value=10**7), st.lists(_FILLER, max_size=6),
       st.booleans())
def test_the_span_spells_the_number(left, n, right, percent):
    written = vn_digits(n) + ("%" if percent else "")
    text = " ".join([*left, written, "đảng viên", *right])
    spans = [s for s in find_numbers(text) if s.value == n]
    assert spans, text
    for s in spans:
        assert text[s.start:s.end] == s.raw and vn_digits(n) in s.raw
