"""The practices model as a versioned artifact: shipped, checked on load, retrained deterministically."""
from __future__ import annotations

import json
import shutil
from collections import Counter

import pytest

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
    for name in (pm.MODEL_FILE, pm.META_FILE):
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


def test_fast_probabilities_equal_the_pipelines():
    model = pm.load_practice_model()
    words = [pm.tokenize(s) for s in SENTENCES]
    assert model.predict_proba(words) == pytest.approx(model.pipeline_proba(words), abs=1e-9)


@pytest.mark.parametrize("change, needle", [
    ({"data_sha256": "0" * 64}, "not trained on the current"),
    ({"sklearn_version": "0.0.1"}, "scikit-learn 0.0.1"),
    ({"format_version": 99}, "format 99"),
    ({"feature_probe": "something else"}, "other word features"),
])
def test_mismatched_metadata_asks_for_retraining(model_copy, change, needle):
    _edit_meta(model_copy, **change)
    with pytest.raises(ModelError, match="partymine train practices") as err:
        pm.load_practice_model(model_copy)
    assert needle in str(err.value)


def test_missing_model_asks_for_retraining(tmp_path):
    with pytest.raises(ModelError, match="partymine train practices"):
        pm.load_practice_model(tmp_path)


def test_artifact_with_unexpected_types_is_refused(model_copy):
    import skops.io as sio
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    sio.dump(Pipeline([("scale", StandardScaler())]), model_copy / pm.MODEL_FILE)
    with pytest.raises(ModelError, match="unexpected types.*StandardScaler"):
        pm.load_practice_model(model_copy)


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
    words = [pm.tokenize(s) for s in SENTENCES]
    assert a.predict_proba(words).tolist() == b.predict_proba(words).tolist()
    assert first.cv == second.cv and first.data_sha256 == second.data_sha256


def test_trained_model_records_its_data(tmp_path):
    data = _small_data(tmp_path)
    report = pm.train_practices(data, tmp_path / "m")
    meta = json.loads(report.meta_path.read_text(encoding="utf-8"))
    assert meta["data_sha256"] == pm.file_sha256(data) == report.data_sha256
    assert meta["n_examples"] == report.n_examples
    assert sum(meta["examples_per_label"].values()) >= len(pm.PRACTICE_CODES) * 5
