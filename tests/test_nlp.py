"""underthesea words once per sentence, and a spaCy Doc whose text is the sentence's."""
from __future__ import annotations

import pytest
from spacy.matcher import Matcher
from spacy.tokens import DocBin

from partymine.extract.nlp import to_spacy, tokenize, vocab, word_spans
from partymine.records import Sentence


def _sentence(text: str, start: int = 100) -> Sentence:
    return tokenize([Sentence("d", 0, start, start + len(text), text, 0)])[0]


def test_words_are_underthesea_words():
    s = _sentence("Đảng bộ thành phố Lạng Sơn có 73 tổ chức cơ sở đảng.")
    assert "Lạng Sơn" in s.words and "tổ chức" in s.words and "73" in s.words


def test_spelling_is_kept():
    s = _sentence("Thành uỷ Lạng Sơn chỉ đạo.")
    assert any("uỷ" in w for w in s.words)  # not normalised to `ủy`


def test_tokenize_keeps_words_already_there():
    s = Sentence("d", 0, 0, 5, "Chi bộ", 0, words=("Chi bộ",))
    assert tokenize([s]) == [s]


@pytest.mark.parametrize("text", [
    "Đảng bộ có 73 tổ chức cơ sở đảng,  đạt 35,34% và 15/20 ngày 04/10/2022.",
    "“Đảng bộ” (TCCSĐ)  có   hơn 4,7 ngàn đảng viên…",
    "Huy hiệu 30, 40 năm tuổi Đảng",
])
def test_spacy_doc_spells_the_sentence(text):
    s = _sentence(text)
    doc = to_spacy(s)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text
    assert doc.user_data["start"] == s.start


def test_word_spans_point_at_the_words():
    s = _sentence("Đảng bộ  huyện có 1.590 đảng viên")
    for (a, b), w in zip(word_spans(s), s.words):
        assert " ".join(s.text[a:b].split()) == w


def test_matcher_matches_multi_syllable_words():
    doc = to_spacy(_sentence("Năm 2021, toàn huyện kết nạp được 187 đảng viên."))
    matcher = Matcher(vocab())
    matcher.add("admitted", [[{"LOWER": "kết nạp"}, {"LOWER": "được", "OP": "?"}, {"LIKE_NUM": True},
                              {"LOWER": "đảng viên"}]])
    (_, start, end), = matcher(doc)
    assert doc[start:end].text == "kết nạp được 187 đảng viên"


def test_docbin_round_trip():
    doc = to_spacy(_sentence("Chi bộ tiểu khu Sao Đỏ 2 có 24 đảng viên."))
    docs = list(DocBin(docs=[doc]).from_bytes(DocBin(docs=[doc]).to_bytes()).get_docs(vocab()))
    assert [t.text for t in docs[0]] == [t.text for t in doc]
