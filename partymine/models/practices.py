"""The practice classifier: one sentence -> a probability for each practice code.

TF-IDF over underthesea words (unigrams and bigrams, multi-syllable words kept whole as
`tổ_chức`) and over character 2-5-grams, then one logistic regression per code
(one-vs-rest). It is trained on `data/practices.jsonl`, sentences written for the
purpose in the register of provincial party newspapers (never the evaluation articles),
including many negatives: statistics, ceremonies, badges, congress reports, bylines.

    train_practices()      fit, cross-validate, write practices.skops + practices.json
    load_practice_model()  the shipped model, checked against its metadata, once per process

The document-level decision (how confident, how many sentences) is made by
`partymine.extract.practices`; this module only scores sentences.
"""
from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from partymine.errors import ModelError
from partymine.text import match_key

__all__ = [
    "MODEL_NAME", "PRACTICE_CODES", "PracticeModel", "TrainReport",
    "feature_text", "load_practice_model", "train_practices",
]

MODEL_NAME = "practices-v1"
FORMAT_VERSION = 1
# SCHEMA.md section 3, in the schema's order: the model's output columns.
PRACTICE_CODES = (
    "training", "personnel_planning", "inspection_supervision", "upper_level_attendance",
    "meeting_quality", "secretary_village_head", "village_head_membership", "member_recruitment",
    "cadre_rotation", "leadership_merge", "weak_org_consolidation", "quality_rating",
    "mass_mobilization", "member_management", "discipline", "seminars_models",
)
_HERE = Path(__file__).resolve().parent
DATA_PATH = _HERE / "data" / "practices.jsonl"
MODEL_FILE = "practices.skops"
META_FILE = "practices.json"
RETRAIN = "run `partymine train practices` to rebuild it"
# The sentence-level threshold used for the cross-validated metrics in the metadata.
CV_THRESHOLD = 0.5
CV_FOLDS = 5
RANDOM_STATE = 0
# A sentence whose features are recorded at training and recomputed at loading: a change in
# underthesea's segmentation or in partymine.text's normalisation would silently change what
# the model sees, so it is refused instead.
FEATURE_PROBE = "Thường vụ Huyện ủy chỉ đạo sinh hoạt chuyên đề, hoàn thành tốt nhiệm vụ ở xã Thủy Hòa."

# Exactly the types a practices-v1 artifact is made of; skops refuses anything else, so
# a tampered or foreign file cannot run code on load.
TRUSTED_TYPES = (
    "builtins.dict",
    "builtins.list",
    "builtins.str",
    "builtins.tuple",
    "numpy.float64",
    "numpy.ndarray",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._label.LabelBinarizer",
)


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    labels: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class CodeMetrics:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class TrainReport:
    model_path: Path
    meta_path: Path
    data_sha256: str
    n_examples: int
    n_negative: int
    examples_per_label: dict[str, int]
    cv: dict[str, CodeMetrics]  # per code, out-of-fold, sentence level
    cv_micro: CodeMetrics


class PracticeModel:
    """A loaded practices model: `predict_proba(word lists) -> one row of probabilities per sentence`."""

    __slots__ = ("codes", "metadata", "_pipeline", "_weights", "_bias")

    def __init__(self, pipeline, metadata: dict):
        import numpy as np

        self._pipeline = pipeline
        self.metadata = metadata
        self.codes: tuple[str, ...] = tuple(metadata["codes"])
        # The 16 binary regressions as one matrix: a single sparse product per batch instead of
        # 16 estimator calls (the per-call overhead dominated short documents).
        estimators = pipeline.named_steps["classify"].estimators_
        self._weights = np.vstack([e.coef_[0] for e in estimators]).T
        self._bias = np.array([e.intercept_[0] for e in estimators])

    @property
    def name(self) -> str:
        return self.metadata["model"]

    def predict_proba(self, sentences_words: Sequence[Sequence[str]]):
        """Probabilities, shape (len(sentences_words), len(codes)); one transform for the batch.

        Equal to the pipeline's own predict_proba (a logistic regression's probability is the
        sigmoid of its decision function), computed in one product.
        """
        import numpy as np
        from scipy.special import expit  # the sigmoid, without overflow warnings

        if not sentences_words:
            return np.zeros((0, len(self.codes)))
        x = self._pipeline.named_steps["features"].transform([feature_text(w) for w in sentences_words])
        return expit(np.asarray(x @ self._weights) + self._bias)

    def pipeline_proba(self, sentences_words: Sequence[Sequence[str]]):
        """The same probabilities through scikit-learn's own code path (for tests)."""
        return self._pipeline.predict_proba([feature_text(w) for w in sentences_words])


_URL = re.compile(r"(?:https?://|www\.)\S*")


def feature_text(words: Iterable[str]) -> str:
    """The string the vectorizers see: matching keys of the words, syllables of one word joined by `_`.

    Links are dropped: their slugs (`chi-bo-sinh-hoat-...`) are not the sentence's content.
    """
    text = " ".join(w.strip().replace(" ", "_") for w in words if w.strip())
    return match_key(_URL.sub(" ", text))


def tokenize(text: str) -> tuple[str, ...]:
    from underthesea import word_tokenize

    return tuple(word_tokenize(text, use_token_normalize=False))


def read_examples(path: Path) -> list[Example]:
    """The labelled sentences, validated and sorted by text (so training does not depend on file order)."""
    known = set(PRACTICE_CODES)
    examples = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ModelError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        bad = set(rec.get("labels", [])) - known
        if bad or not rec.get("text"):
            raise ModelError(f"{path}:{n}: unknown labels {sorted(bad)} or empty text")
        examples.append(Example(rec["text"], tuple(sorted(set(rec["labels"]))), rec.get("source", "written")))
    return sorted(examples, key=lambda e: (e.text, e.labels))


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_pipeline():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion([
        # words and word pairs: `dự_sinh_hoạt chi_bộ`, `phát_triển đảng_viên`
        ("words", TfidfVectorizer(token_pattern=r"[^\s.,;:!?()\"“”]+", ngram_range=(1, 2),
                                  sublinear_tf=True, min_df=2)),
        # character n-grams inside words: robust to spelling and compounding variants
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=3)),
    ])
    classifier = OneVsRestClassifier(LogisticRegression(
        C=8.0, class_weight="balanced", solver="liblinear", max_iter=2000, random_state=RANDOM_STATE))
    return Pipeline([("features", features), ("classify", classifier)])


def _label_matrix(examples: Sequence[Example]):
    import numpy as np

    y = np.zeros((len(examples), len(PRACTICE_CODES)), dtype=np.int64)
    index = {c: i for i, c in enumerate(PRACTICE_CODES)}
    for row, ex in enumerate(examples):
        for code in ex.labels:
            y[row, index[code]] = 1
    return y


def _prf(tp: int, fp: int, fn: int, support: int) -> CodeMetrics:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return CodeMetrics(round(p, 4), round(r, 4), round(f, 4), support)


def cross_validate(texts: list[str], y) -> tuple[dict[str, CodeMetrics], CodeMetrics]:
    """Out-of-fold sentence-level P/R/F1 per code at CV_THRESHOLD."""
    import numpy as np
    from sklearn.model_selection import KFold

    oof = np.zeros(y.shape)
    for train_idx, test_idx in KFold(CV_FOLDS, shuffle=True, random_state=RANDOM_STATE).split(texts):
        model = build_pipeline().fit([texts[i] for i in train_idx], y[train_idx])
        oof[test_idx] = model.predict_proba([texts[i] for i in test_idx])
    pred = oof >= CV_THRESHOLD
    per_code = {}
    for j, code in enumerate(PRACTICE_CODES):
        tp = int((pred[:, j] & (y[:, j] == 1)).sum())
        fp = int((pred[:, j] & (y[:, j] == 0)).sum())
        fn = int((~pred[:, j] & (y[:, j] == 1)).sum())
        per_code[code] = _prf(tp, fp, fn, int(y[:, j].sum()))
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    return per_code, _prf(tp, fp, fn, int(y.sum()))


def train_practices(data_path: Path | str | None = None, out_dir: Path | str | None = None) -> TrainReport:
    """Train on `data_path` (default: the shipped data), write the artifact and its metadata to `out_dir`.

    Deterministic: the data are sorted, the folds and the solver seeded, so training twice on
    the same file gives the same model.
    """
    import sklearn
    import skops
    import skops.io as sio

    data_path = Path(data_path) if data_path else DATA_PATH
    out_dir = Path(out_dir) if out_dir else _HERE
    if not data_path.is_file():
        raise ModelError(f"training data not found: {data_path}")
    examples = read_examples(data_path)
    texts = [feature_text(tokenize(ex.text)) for ex in examples]
    y = _label_matrix(examples)
    missing = [c for j, c in enumerate(PRACTICE_CODES) if y[:, j].sum() < CV_FOLDS]
    if missing:
        raise ModelError(f"{data_path}: fewer than {CV_FOLDS} examples for {missing}")
    per_code, micro = cross_validate(texts, y)
    pipeline = build_pipeline().fit(texts, y)

    out_dir.mkdir(parents=True, exist_ok=True)
    model_path, meta_path = out_dir / MODEL_FILE, out_dir / META_FILE
    # The vocabularies are stored as JSON inside the zip: deflate keeps the file small.
    sio.dump(pipeline, model_path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    counts = {c: int(y[:, j].sum()) for j, c in enumerate(PRACTICE_CODES)}
    n_negative = int((y.sum(axis=1) == 0).sum())
    meta = {
        "model": MODEL_NAME,
        "format_version": FORMAT_VERSION,
        "codes": list(PRACTICE_CODES),
        "data_file": data_path.name,
        "data_sha256": file_sha256(data_path),
        "sklearn_version": sklearn.__version__,
        "skops_version": skops.__version__,
        "n_examples": len(examples),
        "n_negative": n_negative,
        "examples_per_label": counts,
        "feature_probe": feature_text(tokenize(FEATURE_PROBE)),
        "cv": {"folds": CV_FOLDS, "threshold": CV_THRESHOLD, "level": "sentence",
               "micro": _metrics_dict(micro),
               "per_code": {c: _metrics_dict(m) for c, m in per_code.items()}},
    }
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    load_practice_model.cache_clear()
    return TrainReport(model_path, meta_path, meta["data_sha256"], len(examples), n_negative,
                       counts, per_code, micro)


def artifact_types(model_path: Path) -> set[str]:
    """Every `module.Class` named in a skops file's schema, read without loading anything."""
    try:
        with zipfile.ZipFile(model_path) as zf:
            schema = json.loads(zf.read("schema.json"))
    except (OSError, KeyError, zipfile.BadZipFile, json.JSONDecodeError) as exc:
        raise ModelError(f"{model_path} is not a skops file ({type(exc).__name__}): {RETRAIN}") from exc
    found, todo = set(), [schema]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            if "__module__" in node and "__class__" in node:
                found.add(f"{node['__module__']}.{node['__class__']}")
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)
    return found


def _metrics_dict(m: CodeMetrics) -> dict:
    return {"precision": m.precision, "recall": m.recall, "f1": m.f1, "support": m.support}


@lru_cache(maxsize=4)
def load_practice_model(model_dir: Path | str | None = None, data_path: Path | str | None = None) -> PracticeModel:
    """The practices model in `model_dir` (default: the shipped one), checked, loaded once per process.

    Raises ModelError when the artifact or its metadata is missing, was trained on other
    data than the shipped data file, or by another scikit-learn version.
    """
    import sklearn
    import skops.io as sio

    model_dir = Path(model_dir) if model_dir else _HERE
    data_path = Path(data_path) if data_path else DATA_PATH
    model_path, meta_path = model_dir / MODEL_FILE, model_dir / META_FILE
    if not model_path.is_file() or not meta_path.is_file():
        raise ModelError(f"practices model not found in {model_dir}: {RETRAIN}")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ModelError(f"{meta_path} is not valid JSON: {RETRAIN}") from exc
    if meta.get("format_version") != FORMAT_VERSION or meta.get("model") != MODEL_NAME:
        raise ModelError(f"{model_path} has format {meta.get('format_version')!r} "
                         f"(expected {FORMAT_VERSION}): {RETRAIN}")
    if meta.get("sklearn_version") != sklearn.__version__:
        raise ModelError(f"{model_path} was trained with scikit-learn {meta.get('sklearn_version')}, "
                         f"this is {sklearn.__version__}: {RETRAIN}")
    if not data_path.is_file() or meta.get("data_sha256") != file_sha256(data_path):
        raise ModelError(f"{model_path} was not trained on the current {data_path.name}: {RETRAIN}")
    if meta.get("feature_probe") != feature_text(tokenize(FEATURE_PROBE)):
        raise ModelError(f"{model_path} was trained on other word features than this installation computes "
                         f"(underthesea or text normalisation changed): {RETRAIN}")
    if tuple(meta.get("codes", ())) != PRACTICE_CODES:
        raise ModelError(f"{model_path} predicts other codes than this version of partymine: {RETRAIN}")
    unexpected = artifact_types(model_path) - set(TRUSTED_TYPES)
    if unexpected:
        raise ModelError(f"{model_path} contains unexpected types {sorted(unexpected)}: {RETRAIN}")
    try:
        pipeline = sio.load(model_path, trusted=list(TRUSTED_TYPES))
    except sio.exceptions.UntrustedTypesFoundException as exc:
        raise ModelError(f"{model_path} contains unexpected types ({exc}): {RETRAIN}") from exc
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise ModelError(f"{model_path} cannot be read ({type(exc).__name__}: {exc}): {RETRAIN}") from exc
    try:
        return PracticeModel(pipeline, meta)
    except (AttributeError, KeyError, IndexError, TypeError) as exc:
        raise ModelError(f"{model_path} is not a practices pipeline ({type(exc).__name__}: {exc}): {RETRAIN}") from exc
