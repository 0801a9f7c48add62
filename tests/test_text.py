import pytest
from hypothesis import given
from hypothesis import strategies as st

from partymine.text import clean_text, fold_accents, match_key, normalize_tones


def test_old_tone_placement_becomes_new():
    assert normalize_tones("Thành uỷ Hoà Bình, Thuỷ") == "Thành ủy Hòa Bình, Thủy"


@pytest.mark.parametrize("word", ["toàn", "Hoàng", "hoàn thành", "quý", "khuya", "thuyết"])
def test_tone_inside_a_syllable_is_left_alone(word):
    assert normalize_tones(word) == word


def test_upper_case_tone_placement():
    assert normalize_tones("HOÀ BÌNH") == "HÒA BÌNH"


def test_fold_accents_drops_marks_and_d_stroke():
    assert fold_accents("Đắk Lắk") == "dak lak"


def test_match_key_equates_spellings():
    assert match_key("xã Liên Hoà") == match_key("Xã  Liên Hòa")


def test_clean_text_plain_spaces_and_paragraphs():
    assert clean_text("a\u00a0b \r\n\n\n\nc\x07") == "a b\n\nc"


def test_clean_text_makes_nfc():
    assert clean_text("Ho\u0300a") == "Hòa"


@given(st.text())
def test_normalize_tones_keeps_length_after_nfc(s):
    from partymine.text import nfc

    assert len(normalize_tones(s)) == len(nfc(s))


@given(st.text())
def test_clean_text_is_idempotent(s):
    assert clean_text(clean_text(s)) == clean_text(s)


@given(st.text())
def test_fold_accents_agrees_with_decomposition(s):
    import re
    import unicodedata

    slow = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    slow = re.sub(r"\s+", " ", "".join(c for c in slow if unicodedata.category(c) != "Mn")).strip()
    fast = fold_accents(s)
    assert fast == slow or not (fast.isascii() and slow.isascii())
