"""The practice classifier: one sentence -> a probability for each practice code.

TF-IDF over syllables (unigrams and bigrams: `sinh hoạt`, `phát triển`) and over character
2-5-grams inside each syllable, then one logistic regression per code (one-vs-rest). It is
trained on `data/practices.jsonl`, sentences written for the purpose in the register of
provincial party newspapers (never the evaluation articles), including many negatives:
statistics, ceremonies, badges, congress reports, bylines.

Why syllables and not underthesea words (practices-v1 used words): a syllable bigram
carries what a two-syllable word does, the cross-validated F1 was as good (0.791 against
0.788) and the gold scores identical, and word segmentation cost more than the whole rest of
extraction. The model therefore needs no segmenter at all.

    train_practices()       fit, cross-validate, write practices.skops (the scikit-learn
                            pipeline), practices.npz (its numbers) and practices.json
    load_practice_model()   the shipped model for scoring, checked, once per process
    load_practice_pipeline() the scikit-learn pipeline itself (tests, inspection)

Scoring does not import scikit-learn: `PracticeModel` recomputes the pipeline's features
from the vocabularies, idf and weights exported to practices.npz (plain arrays, read
without pickle, its SHA-256 in the metadata), and the metadata holds the pipeline's own
probabilities for a probe sentence, which the loader recomputes and compares.

The document-level decision (how confident, how many sentences) is made by
`partymine.extract.practices`; this module only scores sentences.
"""
from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from partymine.errors import ModelError
from partymine.models.artifacts import Artifacts, file_sha256, metrics_dict, prf, vocabulary, write_npz
from partymine.text import match_key

__all__ = [
    "MODEL_NAME", "PRACTICE_CODES", "PracticeModel", "TrainReport",
    "feature_text", "load_practice_model", "load_practice_pipeline", "model_metadata", "syllables",
    "train_practices",
]

MODEL_NAME = "practices-v2"
FORMAT_VERSION = 2
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
ARRAYS_FILE = "practices.npz"
META_FILE = "practices.json"
RETRAIN = "run `partymine train practices` to rebuild it"
# The sentence-level threshold used for the cross-validated metrics in the metadata.
CV_THRESHOLD = 0.5
CV_FOLDS = 5
RANDOM_STATE = 0
# A sentence whose features and probabilities are recorded at training and recomputed at
# loading: a change in partymine.text's normalisation would silently change what the model
# sees, and a mistake in the exported arrays what it says, so either is refused instead.
FEATURE_PROBE = "Thường vụ Huyện ủy chỉ đạo sinh hoạt chuyên đề, hoàn thành tốt nhiệm vụ ở xã Thủy Hòa."

# Exactly the types a practices-v2 pipeline is made of; skops refuses anything else, so
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


# The two vectorizers' settings, shared by build_pipeline and PracticeModel's own features.
WORD_TOKEN = r"[^\s.,;:!?()\"“”]+"
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (2, 5)
_GRAM_CACHE_MAX = 100_000  # distinct syllables whose n-grams are kept (Vietnamese has ~7,000)


class PracticeModel:
    """A loaded practices model: `predict_proba(texts) -> one row of probabilities per sentence`.

    The features are the pipeline's (TfidfVectorizer with sublinear tf, idf, l2 norm per
    block, blocks side by side), recomputed here with dictionaries: the character n-grams of
    a syllable are looked up once per process, not once per occurrence.
    """

    __slots__ = ("codes", "metadata", "_words", "_chars", "_idf", "_weights", "_bias", "_word_token", "_grams")

    def __init__(self, arrays, metadata: dict):
        import numpy as np

        self.metadata = metadata
        self.codes: tuple[str, ...] = tuple(metadata["codes"])
        self._words = {t: i for i, t in enumerate(arrays["words_vocab"].tolist())}
        self._chars = {t: i for i, t in enumerate(arrays["chars_vocab"].tolist())}
        words_idf = np.asarray(arrays["words_idf"], dtype=np.float64)
        chars_idf = np.asarray(arrays["chars_idf"], dtype=np.float64)
        self._idf = np.concatenate([words_idf, chars_idf])  # the blocks side by side, as FeatureUnion
        # (n_features, n_codes): the 16 binary regressions as one matrix
        self._weights = np.asarray(arrays["weights"], dtype=np.float64)
        self._bias = np.asarray(arrays["bias"], dtype=np.float64)
        n = len(self._words) + len(self._chars)
        if self._weights.shape != (n, len(self.codes)) or self._bias.shape != (len(self.codes),) \
                or len(words_idf) != len(self._words) or len(chars_idf) != len(self._chars):
            raise ValueError(f"array shapes do not fit: weights {self._weights.shape}, {n} features")
        self._word_token = re.compile(WORD_TOKEN)
        self._grams: dict[str, tuple[int, ...]] = {}

    @property
    def name(self) -> str:
        return self.metadata["model"]

    def predict_proba(self, texts: Sequence[str]):
        """Probabilities, shape (len(texts), len(codes)): the sigmoid of each regression's
        decision function, which is what the pipeline's predict_proba computes."""
        return self.proba_of_syllables([syllables(t) for t in texts])

    def proba_of_syllables(self, token_lists: Sequence[Sequence[str]]):
        """predict_proba for texts already cut by `syllables` (callers that need them too)."""
        import numpy as np

        found: list[int] = []  # feature indices of every block of every sentence, in a row
        sizes: list[int] = []  # how many of them belong to block (sentence * 2 + b)
        for tokens in token_lists:
            text = " ".join(tokens).lower()  # the vectorizers' preprocessing (a no-op on keys)
            for block in (self._word_features(text), self._char_features(text)):
                found.extend(block)
                sizes.append(len(block))
        decision = np.tile(self._bias, (len(token_lists), 1))
        if not found:
            return _sigmoid(decision)
        n_features = len(self._idf)
        blocks = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
        # counts of each (block, feature): sorted by block, hence by sentence
        keys, counts = np.unique(blocks * n_features + np.asarray(found, dtype=np.int64), return_counts=True)
        block, feature = np.divmod(keys, n_features)
        val = (np.log(counts) + 1.0) * self._idf[feature]  # sublinear tf times idf
        val /= np.sqrt(np.bincount(block, weights=val * val))[block]  # l2 norm per block
        rows = block // 2
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        decision[rows[starts]] += np.add.reduceat(val[:, None] * self._weights[feature], starts)
        return _sigmoid(decision)

    def _word_features(self, text: str) -> list[int]:
        tokens = self._word_token.findall(text)
        lo, hi = WORD_NGRAMS
        grams = []
        for n in range(lo, hi + 1):
            grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
        vocab = self._words
        return [vocab[g] for g in grams if g in vocab]

    def _char_features(self, text: str) -> list[int]:
        out: list[int] = []
        for token in text.split():
            idx = self._grams.get(token)
            if idx is None:
                if len(self._grams) >= _GRAM_CACHE_MAX:
                    self._grams.clear()
                base, chars = len(self._words), self._chars
                idx = self._grams[token] = tuple(base + chars[g] for g in char_wb_ngrams(token) if g in chars)
            out.extend(idx)
        return out


def _sigmoid(x):
    import numpy as np

    # the clip only keeps exp() from overflowing on absurd inputs
    return 1.0 / (1.0 + np.exp(-np.clip(x, -500, 500)))


def char_wb_ngrams(token: str) -> list[str]:
    """scikit-learn's `char_wb` n-grams of one whitespace-free token, in its order."""
    w = f" {token} "
    lo, hi = CHAR_NGRAMS
    grams = []
    for n in range(lo, hi + 1):
        if len(w) <= n:  # a token no longer than n is one n-gram, counted once
            grams.append(w)
            break
        grams.extend(w[i:i + n] for i in range(len(w) - n + 1))
    return grams


_URL = re.compile(r"(?:https?://|www\.)\S*")
# A number (`2.500`, `35%`), a run of letters and digits (a syllable), or one other character.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|\w+|[^\w\s]")


def syllables(text: str) -> tuple[str, ...]:
    """The model's tokens: matching keys of the syllables and punctuation marks of `text`.

    Links are dropped first: their slugs (`chi-bo-sinh-hoat-...`) are not the sentence's content.
    """
    return tuple(_TOKEN.findall(match_key(_URL.sub(" ", text))))


def feature_text(text: str) -> str:
    """The string the vectorizers see: the syllables of `text` separated by single spaces."""
    return " ".join(syllables(text))


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


def build_pipeline():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion([
        # syllables and syllable pairs: `sinh hoạt`, `phát triển`, `đảng viên`
        ("words", TfidfVectorizer(token_pattern=WORD_TOKEN, ngram_range=WORD_NGRAMS,
                                  sublinear_tf=True, min_df=2)),
        # character n-grams inside syllables: robust to spelling variants
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True, min_df=3)),
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
    return CodeMetrics(*prf(tp, fp, fn), support)


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
    texts = [feature_text(ex.text) for ex in examples]
    y = _label_matrix(examples)
    missing = [c for j, c in enumerate(PRACTICE_CODES) if y[:, j].sum() < CV_FOLDS]
    if missing:
        raise ModelError(f"{data_path}: fewer than {CV_FOLDS} examples for {missing}")
    per_code, micro = cross_validate(texts, y)
    pipeline = build_pipeline().fit(texts, y)

    out_dir.mkdir(parents=True, exist_ok=True)
    model_path, arrays_path, meta_path = out_dir / MODEL_FILE, out_dir / ARRAYS_FILE, out_dir / META_FILE
    # The vocabularies are stored as JSON inside the zip: deflate keeps the file small.
    sio.dump(pipeline, model_path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    write_arrays(pipeline, arrays_path)
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
        "arrays_sha256": file_sha256(arrays_path),
        "feature_probe": feature_text(FEATURE_PROBE),
        "probe_proba": [round(float(p), 12) for p in pipeline.predict_proba([feature_text(FEATURE_PROBE)])[0]],
        "cv": {"folds": CV_FOLDS, "threshold": CV_THRESHOLD, "level": "sentence",
               "micro": metrics_dict(micro),
               "per_code": {c: metrics_dict(m) for c, m in per_code.items()}},
    }
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    load_practice_model.cache_clear()
    load_practice_pipeline.cache_clear()
    return TrainReport(model_path, meta_path, meta["data_sha256"], len(examples), n_negative,
                       counts, per_code, micro)


def write_arrays(pipeline, path: Path) -> None:
    """The fitted pipeline's numbers as plain arrays: vocabularies in index order, idf, weights, bias."""
    import numpy as np

    blocks = dict(pipeline.named_steps["features"].transformer_list)
    estimators = pipeline.named_steps["classify"].estimators_
    write_npz({
        "words_vocab": vocabulary(blocks["words"]), "words_idf": blocks["words"].idf_,
        "chars_vocab": vocabulary(blocks["chars"]), "chars_idf": blocks["chars"].idf_,
        "weights": np.vstack([e.coef_[0] for e in estimators]).T,
        "bias": np.array([e.intercept_[0] for e in estimators]),
    }, path)


def _artifacts(model_dir: Path | str | None = None, data_path: Path | str | None = None) -> Artifacts:
    return Artifacts("practices model", Path(model_dir) if model_dir else _HERE,
                     Path(data_path) if data_path else DATA_PATH, MODEL_FILE, ARRAYS_FILE, META_FILE,
                     MODEL_NAME, FORMAT_VERSION, RETRAIN)


def model_metadata(model_dir: Path | str | None = None) -> dict:
    """The shipped (or `model_dir`'s) practices.json as it is, unchecked: for recording in a run."""
    return _artifacts(model_dir).metadata()


def _read_metadata(art: Artifacts, artifact: str) -> dict:
    """The checked metadata, plus the checks only this model has (its features and codes)."""
    meta = art.checked_metadata(artifact)
    if meta.get("feature_probe") != feature_text(FEATURE_PROBE):
        raise art.refuse(artifact, "was trained on other features than this installation computes "
                                   "(text normalisation changed)")
    if tuple(meta.get("codes", ())) != PRACTICE_CODES:
        raise art.refuse(artifact, "predicts other codes than this version of partymine")
    return meta


@lru_cache(maxsize=4)
def load_practice_model(model_dir: Path | str | None = None, data_path: Path | str | None = None) -> PracticeModel:
    """The practices model in `model_dir` (default: the shipped one), checked, loaded once per process.

    Raises ModelError when the arrays or the metadata are missing, the arrays are not the
    ones trained (hash), the model was trained on other data than the shipped data file, or
    its probabilities for the probe sentence differ from the pipeline's at training.
    """
    art = _artifacts(model_dir, data_path)
    meta = _read_metadata(art, ARRAYS_FILE)
    model = PracticeModel(art.load_arrays(meta), meta)
    art.check_probe(model.predict_proba([FEATURE_PROBE])[0], meta)
    return model


@lru_cache(maxsize=4)
def load_practice_pipeline(model_dir: Path | str | None = None, data_path: Path | str | None = None):
    """The fitted scikit-learn pipeline (practices.skops), checked and loaded with skops' trusted types.

    Not needed for scoring; tests use it to show that `PracticeModel` computes its probabilities.
    Raises ModelError as load_practice_model does, and for another scikit-learn version.
    """
    art = _artifacts(model_dir, data_path)
    _read_metadata(art, MODEL_FILE)
    return art.load_pipeline(TRUSTED_TYPES)
