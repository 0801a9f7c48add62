"""The figure model: numbers the indicator rules leave as `other`, typed only when it is sure."""
from __future__ import annotations

import json
import shutil
import time
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partymine.errors import ModelError
from partymine.extract.figure_model import classify_undecided
from partymine.extract.numbers import find_numbers
from partymine.models import figures as fm


def _span(text: str, number: str):
    """The NumberSpan of `number` in `text`, as figures.py would hand it over."""
    (span,) = [n for n in find_numbers(text) if text[n.start:n.end].startswith(number)]
    return span


def _decide(text: str, number: str):
    n = _span(text, number)
    return classify_undecided(text, n.start, n.end, n.unit)


@pytest.fixture
def model_copy(tmp_path):
    """The shipped artifacts and metadata copied to a folder the test may spoil."""
    for name in (fm.MODEL_FILE, fm.ARRAYS_FILE, fm.META_FILE):
        shutil.copy(fm.DATA_PATH.parent.parent / name, tmp_path / name)
    return tmp_path


def _edit_meta(folder, **changes):
    path = folder / fm.META_FILE
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(changes)
    path.write_text(json.dumps(meta), encoding="utf-8")


# -- the shipped model ------------------------------------------------------------------------

def test_shipped_model_loads_and_records_the_data_hash():
    model = fm.load_figure_model()
    assert model.name == fm.MODEL_NAME
    assert model.metadata["data_sha256"] == fm.file_sha256(fm.DATA_PATH)
    assert model.classes == fm.CLASSES


def test_shipped_threshold_was_chosen_for_precision_in_cross_validation():
    meta = fm.model_metadata()
    chosen = meta["cv"]["at_threshold"]
    assert meta["threshold"] == chosen["threshold"]
    assert chosen["precision"] >= fm.MIN_PRECISION and chosen["coverage"] > 0.5
    assert set(meta["cv"]["per_class"]) == set(fm.CLASSES)
    assert meta["sklearn_version"] and meta["skops_version"]


def test_model_is_loaded_once_per_process():
    assert fm.load_figure_model() is fm.load_figure_model()


def test_training_data_covers_every_indicator_with_many_others():
    examples = fm.read_examples(fm.DATA_PATH)  # every marked number is one partymine finds
    counts = Counter(e.indicator for e in examples)
    assert len(examples) >= 400
    assert counts[fm.OTHER] >= 0.3 * len(examples)
    assert all(counts[c] >= 10 for c in fm.CLASSES)


# -- what it decides --------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, indicator", [
    ("Trong năm, Đảng bộ thị trấn Phố Ràng kết nạp 17 đảng viên mới.", "17", "members_admitted"),
    ("Chi bộ thôn Nà Lũng có 29 đảng viên, sinh hoạt đều đặn hằng tháng.", "29", "party_members"),
    ("Huyện ủy Lục Yên đã trao tặng Huy hiệu Đảng cho 42 đảng viên.", "42", "party_badges"),
    ("Toàn xã Minh Lương còn 16 hộ nghèo.", "16", "poverty_rate"),
    ("Có 12 bí thư chi bộ đồng thời là trưởng thôn.", "12", "secretary_is_village_head"),
    ("Năm 2023, thu nhập bình quân đầu người của xã Tân Lập đạt 45 triệu đồng/người/năm.", "45", "income_per_capita"),
    ("Năm 2024, Trung tâm Chính trị huyện Mường La mở 8 lớp bồi dưỡng lý luận chính trị.", "8", "training_courses"),
])
def test_a_number_it_is_sure_of_gets_its_indicator(text, number, indicator):
    result = _decide(text, number)
    assert result is not None and result[0] == indicator
    assert fm.load_figure_model().threshold <= result[1] <= 1.0


@pytest.mark.parametrize("text, number", [
    ("Buổi lễ có 230 đại biểu và nhân dân tham dự.", "230"),
    ("Ủy ban MTTQ xã trao 70 phần quà cho các hộ khó khăn.", "70"),
    ("Số đảng viên tăng 25 người so với đầu nhiệm kỳ.", "25"),
    ("Dân số toàn xã Hồng Phong là 7.600 người.", "7.600"),
    ("Đồng chí Lò Văn Hùng được bầu với 97,3% số phiếu.", "97,3%"),
])
def test_another_statistic_stays_undecided(text, number):
    assert _decide(text, number) is None


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=99_999))
def test_the_value_itself_is_not_a_feature(value):
    written = f"{value:,}".replace(",", ".")
    text = f"Đảng bộ xã Hòa Bình có {written} đảng viên."
    start = text.index(written)
    assert fm.context_features(text, start, start + len(written), "count") == \
        fm.context_features("Đảng bộ xã Hòa Bình có 5 đảng viên.", start, start + 1, "count")


def test_a_percent_span_without_its_sign_reads_as_a_percent():
    text = "Tỷ lệ hộ nghèo giảm còn 2,35%."
    start = text.index("2,35")
    assert fm.context_features(text, start, start + 4, "count") == fm.context_features(text, start, start + 5, "percent")


# -- the arrays are the pipeline --------------------------------------------------------------

def _pipeline_proba(items):
    pipeline = fm.load_figure_pipeline()
    return pipeline.predict_proba([fm.feature_string(*item) for item in items])


def test_probabilities_equal_the_pipelines_on_every_training_number():
    items = [(e.text, e.start, e.end, e.unit) for e in fm.read_examples(fm.DATA_PATH)]
    model = fm.load_figure_model()
    ours = np.array([model.proba(fm.context_features(*item)) for item in items])
    assert np.abs(ours - _pipeline_proba(items)).max() < 1e-9


@pytest.mark.parametrize("item", [
    ("5", 0, 1, "count"),
    ("Có 5", 3, 4, "count"),
    ("12/12 chi bộ sinh hoạt chuyên đề!", 0, 5, "count"),
    ("HUYỆN ỦY MỘC CHÂU CÓ 1.200 ĐẢNG VIÊN", 21, 26, "count"),
    ("Mỗi phần quà trị giá 500.000 đồng", 21, 28, "vnd"),
])
def test_probabilities_equal_the_pipelines_on_odd_contexts(item):
    ours = fm.load_figure_model().proba(fm.context_features(*item))
    assert np.abs(ours - _pipeline_proba([item])[0]).max() < 1e-9


def test_scoring_does_not_import_scikit_learn():
    import subprocess
    import sys

    code = ("import sys; from partymine.extract.figure_model import classify_undecided as c; "
            "c('Đảng bộ xã có 24 đảng viên.', 14, 16, 'count'); print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"


def test_loading_and_scoring_are_fast():
    import numpy  # noqa: F401  (imported by every run; not the model's cost)

    fm.load_figure_model.cache_clear()
    t0 = time.perf_counter()
    fm.load_figure_model()
    loaded = time.perf_counter() - t0
    text = "Năm qua, Đảng bộ xã Chiềng Mai kết nạp 15 đảng viên mới."
    n = _span(text, "15")
    t0 = time.perf_counter()
    for _ in range(1000):
        classify_undecided(text, n.start, n.end, n.unit)
    per_call = (time.perf_counter() - t0) / 1000
    assert loaded < 0.2 and per_call < 0.0002


# -- refusing what does not match -------------------------------------------------------------

@pytest.mark.parametrize("change, needle", [
    ({"data_sha256": "0" * 64}, "not trained on the current"),
    ({"format_version": 99}, "format 99"),
    ({"probe_features": "something else"}, "other features"),
    ({"arrays_sha256": "0" * 64}, "hash differs"),
    ({"classes": ["other"]}, "other classes"),
])
def test_mismatched_metadata_asks_for_retraining(model_copy, change, needle):
    _edit_meta(model_copy, **change)
    with pytest.raises(ModelError, match="partymine train figures") as err:
        fm.load_figure_model(model_copy)
    assert needle in str(err.value)


def test_arrays_that_do_not_reproduce_the_pipeline_are_refused(model_copy):
    meta = json.loads((model_copy / fm.META_FILE).read_text(encoding="utf-8"))
    _edit_meta(model_copy, probe_proba=[p + 0.01 for p in meta["probe_proba"]])
    with pytest.raises(ModelError, match="does not reproduce the pipeline.*partymine train figures"):
        fm.load_figure_model(model_copy)


def test_missing_model_asks_for_retraining(tmp_path):
    with pytest.raises(ModelError, match="partymine train figures"):
        fm.load_figure_model(tmp_path)


def test_pipeline_from_another_scikit_learn_asks_for_retraining(model_copy):
    _edit_meta(model_copy, sklearn_version="0.0.1")
    with pytest.raises(ModelError, match="scikit-learn 0.0.1.*partymine train figures"):
        fm.load_figure_pipeline(model_copy)


def test_artifact_with_unexpected_types_is_refused(model_copy):
    import skops.io as sio
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    sio.dump(Pipeline([("scale", StandardScaler())]), model_copy / fm.MODEL_FILE)
    with pytest.raises(ModelError, match="unexpected types.*StandardScaler"):
        fm.load_figure_pipeline(model_copy)


@pytest.mark.parametrize("record, needle", [
    ({"text": "Chi bộ có 12 đảng viên.", "number": "12", "indicator": "dancers"}, "dancers"),
    ({"text": "Chi bộ có 12 đảng viên.", "number": "13", "indicator": "party_members"}, "'13'"),
    ({"text": "Chi bộ có 12 đảng viên.", "number": "12", "occurrence": 2, "indicator": "party_members"}, "occurrence 2"),
])
def test_a_bad_training_record_is_an_error(tmp_path, record, needle):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ModelError, match=needle):
        fm.read_examples(path)


# -- training ---------------------------------------------------------------------------------

def test_training_again_reproduces_the_shipped_model_byte_for_byte(tmp_path):
    """Deterministic training, checked on the one run that matters: the shipped artifacts."""
    report = fm.train_figures(out_dir=tmp_path)
    shipped = fm.DATA_PATH.parent.parent
    for name in (fm.ARRAYS_FILE, fm.META_FILE):
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes()
    assert report.threshold == fm.load_figure_model().threshold
    assert report.data_sha256 == fm.file_sha256(fm.DATA_PATH)


def test_a_share_of_units_is_never_a_count_of_them():
    from partymine.extract.figure_model import classify_undecided

    text = "Có 97,5% hộ gia đình trong thôn ký cam kết giữ gìn vệ sinh môi trường."
    assert classify_undecided(text, 3, 8, "percent") is None
