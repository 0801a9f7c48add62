"""The practices model as a versioned artifact: shipped, checked on load, retrained deterministically."""
from __future__ import annotations

import json
import shutil
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partymine.errors import ModelError
from partymine.models import practices as pm

SENTENCES = [
    "Huyện ủy phân công các đồng chí huyện ủy viên về dự sinh hoạt với chi bộ bản.",
    "Đảng bộ xã có 412 đảng viên, sinh hoạt tại 17 chi bộ trực thuộc.",
    "Các chi bộ tích cực tạo nguồn phát triển đảng viên trong đoàn viên thanh niên.",
]


@pytest.fixture
def model_copy(tmp_path):
    """The shipped artifact and metadata copied to a folder the test may spoil."""
    for name in (pm.MODEL_FILE, pm.ARRAYS_FILE, pm.META_FILE):
        shutil.copy(pm.DATA_PATH.parent.parent / name, tmp_path / name)
    return tmp_path


def _edit_meta(folder, **changes):
    path = folder / pm.META_FILE
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(changes)
    path.write_text(json.dumps(meta), encoding="utf-8")


def _small_data(tmp_path, per_label=6, negatives=25):
    """A few shipped examples of every code and some negatives: enough to train in a second."""
    examples = pm.read_examples(pm.DATA_PATH)
    taken, counts, neg = [], Counter(), 0
    for ex in examples:
        if not ex.labels and neg < negatives:
            taken.append(ex)
            neg += 1
        elif ex.labels and any(counts[c] < per_label for c in ex.labels):
            taken.append(ex)
            counts.update(ex.labels)
    path = tmp_path / "small.jsonl"
    path.write_text("".join(json.dumps({"text": e.text, "labels": list(e.labels), "source": e.source},
                                       ensure_ascii=False) + "\n" for e in taken), encoding="utf-8")
    return path


def test_shipped_model_loads_and_records_the_data_hash():
    model = pm.load_practice_model()
    assert model.name == pm.MODEL_NAME
    assert model.metadata["data_sha256"] == pm.file_sha256(pm.DATA_PATH)
    assert model.codes == pm.PRACTICE_CODES


def test_shipped_metadata_has_versions_counts_and_metrics():
    import sklearn
    import skops

    meta = pm.load_practice_model().metadata
    assert meta["arrays_sha256"] == pm.file_sha256(pm.DATA_PATH.parent.parent / pm.ARRAYS_FILE)
    assert meta["sklearn_version"] == sklearn.__version__
    assert meta["skops_version"] == skops.__version__
    assert set(meta["examples_per_label"]) == set(pm.PRACTICE_CODES)
    assert set(meta["cv"]["per_code"]) == set(pm.PRACTICE_CODES)
    assert all({"precision", "recall", "f1"} <= set(m) for m in meta["cv"]["per_code"].values())


def test_model_is_loaded_once_per_process():
    assert pm.load_practice_model() is pm.load_practice_model()


def test_training_data_covers_every_code_with_many_negatives():
    examples = pm.read_examples(pm.DATA_PATH)
    counts = Counter(c for e in examples for c in e.labels)
    assert len(examples) >= 450
    assert sum(not e.labels for e in examples) >= 120
    assert set(counts) == set(pm.PRACTICE_CODES)
    assert len({e.text for e in examples}) == len(examples)


def _pipeline_proba(texts):
    return pm.load_practice_pipeline().predict_proba([pm.feature_text(t) for t in texts])


def test_probabilities_equal_the_pipelines_on_every_training_sentence():
    texts = [e.text for e in pm.read_examples(pm.DATA_PATH)]
    assert pm.load_practice_model().predict_proba(texts) == pytest.approx(_pipeline_proba(texts), abs=1e-12)


@pytest.mark.parametrize("text", [
    "", "Xã", "ở và ủy", ".", "Link nội dung: https://baosonla.vn/chi-bo-sinh-hoat", "Chi bộ có 2.500 đảng viên, đạt 35%.",
    "HUYỆN ỦY MỘC CHÂU TỔ CHỨC HỘI NGHỊ", "Thuỷ Hoà, Hòa Bình: 12/12 chi bộ sinh hoạt chuyên đề!",
])
def test_probabilities_equal_the_pipelines_on_odd_units(text):
    assert pm.load_practice_model().predict_proba([text]) == pytest.approx(_pipeline_proba([text]), abs=1e-12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                                "AĐƯỦ0123456789 .,;:!?()-%/\n\u00a0", max_size=80), min_size=1, max_size=4))
def test_probabilities_equal_the_pipelines_on_any_text(texts):
    assert pm.load_practice_model().predict_proba(texts) == pytest.approx(_pipeline_proba(texts), abs=1e-12)


@given(st.text(alphabet=st.characters(blacklist_categories=("Zs", "Cc")), min_size=1, max_size=12))
def test_char_ngrams_are_scikit_learns(token):
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=pm.CHAR_NGRAMS, lowercase=False).build_analyzer()
    assert pm.char_wb_ngrams(token) == analyzer(token)


@pytest.mark.parametrize("text, expected", [
    ("Chi bộ thôn Nà Sản", ("chi", "bộ", "thôn", "nà", "sản")),
    ("Thuỷ Hoà, có 2.500 đảng viên (35%).", ("thủy", "hòa", ",", "có", "2.500", "đảng", "viên", "(", "35%", ")", ".")),
    ("Xem https://baosonla.vn/chi-bo-a.html ngay", ("xem", "ngay")),
])
def test_syllables_are_keys_of_syllables_and_marks(text, expected):
    assert pm.syllables(text) == expected


def test_scoring_does_not_import_scikit_learn():
    import subprocess
    import sys

    code = ("import sys; from partymine.models.practices import load_practice_model as m; "
            "m().predict_proba(['Chi bộ sinh hoạt chuyên đề hằng tháng.']); print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("change, needle", [
    ({"data_sha256": "0" * 64}, "not trained on the current"),
    ({"format_version": 99}, "format 99"),
    ({"feature_probe": "something else"}, "other features"),
    ({"arrays_sha256": "0" * 64}, "hash differs"),
])
def test_mismatched_metadata_asks_for_retraining(model_copy, change, needle):
    _edit_meta(model_copy, **change)
    with pytest.raises(ModelError, match="partymine train practices") as err:
        pm.load_practice_model(model_copy)
    assert needle in str(err.value)


def test_pipeline_from_another_scikit_learn_asks_for_retraining(model_copy):
    _edit_meta(model_copy, sklearn_version="0.0.1")
    with pytest.raises(ModelError, match="scikit-learn 0.0.1.*partymine train practices"):
        pm.load_practice_pipeline(model_copy)


def test_arrays_that_do_not_reproduce_the_pipeline_are_refused(model_copy):
    meta = json.loads((model_copy / pm.META_FILE).read_text(encoding="utf-8"))
    _edit_meta(model_copy, probe_proba=[p + 0.01 for p in meta["probe_proba"]])
    with pytest.raises(ModelError, match="does not reproduce the pipeline"):
        pm.load_practice_model(model_copy)


def test_missing_model_asks_for_retraining(tmp_path):
    with pytest.raises(ModelError, match="partymine train practices"):
        pm.load_practice_model(tmp_path)


def test_artifact_with_unexpected_types_is_refused(model_copy):
    import skops.io as sio
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    sio.dump(Pipeline([("scale", StandardScaler())]), model_copy / pm.MODEL_FILE)
    with pytest.raises(ModelError, match="unexpected types.*StandardScaler"):
        pm.load_practice_pipeline(model_copy)


def test_unknown_label_in_training_data_is_an_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": "Chi bộ họp.", "labels": ["dancing"]}) + "\n", encoding="utf-8")
    with pytest.raises(ModelError, match="dancing"):
        pm.read_examples(path)


def test_training_twice_gives_the_same_model(tmp_path):
    data = _small_data(tmp_path)
    first = pm.train_practices(data, tmp_path / "a")
    second = pm.train_practices(data, tmp_path / "b")
    a = pm.load_practice_model(tmp_path / "a", data)
    b = pm.load_practice_model(tmp_path / "b", data)
    assert a.predict_proba(SENTENCES).tolist() == b.predict_proba(SENTENCES).tolist()
    assert first.cv == second.cv and first.data_sha256 == second.data_sha256
    assert (tmp_path / "a" / pm.ARRAYS_FILE).read_bytes() == (tmp_path / "b" / pm.ARRAYS_FILE).read_bytes()


def test_trained_model_records_its_data(tmp_path):
    data = _small_data(tmp_path)
    report = pm.train_practices(data, tmp_path / "m")
    meta = json.loads(report.meta_path.read_text(encoding="utf-8"))
    assert meta["data_sha256"] == pm.file_sha256(data) == report.data_sha256
    assert meta["n_examples"] == report.n_examples
    assert sum(meta["examples_per_label"].values()) >= len(pm.PRACTICE_CODES) * 5
