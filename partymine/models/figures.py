"""The figure classifier: a number the indicator rules left as `other` -> an indicator code.

The declarative rules of `partymine.extract.indicators` decide most numbers; when none fits,
this model looks at the number's context and, only when it is confident, names the
indicator. Its features (`context_features`) are plain strings:

    b:<syl>, a:<syl>       the syllables of the ~6 before and ~6 after the number
    bb:<s1_s2>, ab:<..>    their bigrams (`đảng_viên`, `kết_nạp`)
    b1:, b2:, a1:, a2:     the nearest syllables by position (`có 24` differs from `24 có`)
    n:<gram>               character 2-4-grams of the counted noun (the two syllables after)
    u:<unit>, cue:<name>   the number's unit (count, percent, vnd) and a few cue flags

all lower-cased match keys, every digit run written `#` (the value itself says nothing of
what is counted). A multinomial logistic regression over their presence (binary counts) is
trained on `data/figures.jsonl`: sentences written for the purpose in the register of
provincial party newspapers (never the evaluation articles), each with the number marked,
with a large share of `other` statistics (delegates, gifts, money, population, changes):

    {"text": "...", "number": "24", "occurrence": 1, "indicator": "party_members", "template": 1}

`occurrence` counts whole-number matches of `number` in `text` (default 1); the span used is
the `find_numbers` span that contains it, as figures.py would pass it. `template` names the
written sentence a record is a variant of (other places and values).

    train_figures()          fit, cross-validate, choose the threshold, write figures.skops
                             (the scikit-learn pipeline), figures.npz (its numbers), figures.json
    load_figure_model()      the shipped model for scoring, checked, once per process
    load_figure_pipeline()   the scikit-learn pipeline itself (tests, inspection)

Cross-validation groups the sentences by `template` (the variants of one written sentence
stay in one fold), so the metrics are not flattered by near-duplicates. The threshold is the
lowest probability at which the out-of-fold non-`other` predictions are at least
`MIN_PRECISION` precise, counting the `other` numbers taken by mistake as if `other` were
OTHER_PRIOR of the input (it is most of what the rules leave undecided). Scoring does not import scikit-learn: `FigureModel` looks the
features up in the exported vocabulary and applies the softmax of the exported weights, and
the loader recomputes the probabilities recorded for a probe and refuses a mismatch.
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
from partymine.models.practices import syllables

__all__ = [
    "CLASSES", "FigureModel", "MODEL_NAME", "TrainReport", "context_features", "feature_string",
    "load_figure_model", "load_figure_pipeline", "model_metadata", "train_figures",
]

MODEL_NAME = "figures-v1"
FORMAT_VERSION = 1
# SCHEMA.md section 2's vocabulary, in its order; `other` last.
CLASSES = (
    "party_members", "grassroots_orgs", "party_committees", "party_cells", "admin_units",
    "members_admitted", "members_disciplined", "members_removed", "party_badges",
    "member_composition", "cadre_qualification", "trainees", "training_courses",
    "secretary_is_village_head", "village_head_is_member", "secretary_is_chair", "nonlocal_cadre",
    "villages_with_cell", "villages_without_members", "rating_excellent", "rating_good_or_better",
    "rating_failed", "cell_meetings", "inspections", "pilot_orgs", "households",
    "income_per_capita", "poverty_rate", "other",
)
OTHER = "other"
_HERE = Path(__file__).resolve().parent
DATA_PATH = _HERE / "data" / "figures.jsonl"
MODEL_FILE = "figures.skops"
ARRAYS_FILE = "figures.npz"
META_FILE = "figures.json"
RETRAIN = "run `partymine train figures` to rebuild it"
WINDOW = 6  # syllables on each side of the number
NOUN_SYLLABLES = 2
NOUN_NGRAMS = (2, 4)
CV_FOLDS = 5
RANDOM_STATE = 0
C = 16.0
MIN_PRECISION = 0.9
# The share of `other` among the numbers the model is asked about: the rules type nearly every
# indicator, so most of what they leave is another statistic (on the visible gold sets almost
# all of it). The threshold's precision counts each `other` taken by mistake as if the data
# held this share of `other` rather than the training file's (38%): without it the model,
# confident at 0.6, re-typed ~20 genuine `other` rows of the visible sets and lowered their
# typed F1 by 0.01-0.02. 0.9 is out of reach of the threshold grid with the current data.
OTHER_PRIOR = 0.8
# Thresholds tried, lowest first; the first whose out-of-fold precision reaches MIN_PRECISION wins.
THRESHOLDS = tuple(round(0.30 + 0.01 * i, 2) for i in range(70))
# A number recorded at training with its features and probabilities, recomputed at loading:
# a change in the features or in partymine.text's normalisation would silently change what
# the model sees, a mistake in the exported arrays what it says; either is refused.
PROBE = ("Năm qua, Đảng ủy xã kết nạp 15 đảng viên mới, trong đó có 6 đảng viên nữ.", 28, 30, "count")

# Flags for cues a bag of syllables sees only diluted (all on match keys).
_CUES = (
    ("share", re.compile(r"\b(?:tỷ lệ|tỉ lệ|chiếm|đạt)\b")),
    ("change", re.compile(r"\b(?:tăng|giảm|so với)\b")),
    ("money", re.compile(r"\b(?:đồng|triệu|tỷ)\b")),
    ("member", re.compile(r"\bđảng viên\b")),
    ("cell", re.compile(r"\bchi bộ\b")),
)
_CLAUSE_MARKS = frozenset(",;:()–-")  # a cue beyond the window counts only inside the number's clause
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")

# Exactly the types a figures-v1 pipeline is made of; skops refuses anything else.
TRUSTED_TYPES = (
    "builtins.dict",
    "builtins.list",
    "builtins.str",
    "builtins.tuple",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "sklearn.feature_extraction.text.CountVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.Pipeline",
)


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    start: int
    end: int
    unit: str
    indicator: str
    group: str


@dataclass(frozen=True, slots=True)
class ClassMetrics:
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
    n_other: int
    threshold: float
    cv: dict[str, ClassMetrics]  # per class, out-of-fold, argmax
    cv_accuracy: float
    cv_at_threshold: dict  # precision and coverage of the confident non-`other` predictions


# -- features ---------------------------------------------------------------------------------

def _masked(tokens: Sequence[str]) -> list[str]:
    return [_DIGITS.sub("#", t) for t in tokens]


def context_features(text: str, start: int, end: int, unit: str) -> list[str]:
    """The features of the number `text[start:end]` (a sentence and a number span in it)."""
    clause = _masked(syllables(text[:start]))
    cut = max((i + 1 for i, t in enumerate(clause) if t in _CLAUSE_MARKS), default=0)
    before, far = clause[-WINDOW:], clause[cut:-WINDOW] if len(clause) > WINDOW else []
    after = _masked(syllables(text[end:])[:WINDOW])
    if after and after[0] == "%":  # a span given without its `%`
        after, unit = after[1:], "percent"
    feats = [f"u:{unit}"]
    feats += [f"b:{t}" for t in before] + [f"a:{t}" for t in after]
    feats += [f"bb:{x}_{y}" for x, y in zip(before, before[1:])]
    feats += [f"ab:{x}_{y}" for x, y in zip(after, after[1:])]
    feats += [f"b{i}:{t}" for i, t in enumerate(reversed(before[-2:]), 1)]
    # `thu nhập bình quân đầu người của xã Tân Lập đạt 45`: the cue may lie beyond the window
    feats += [f"cb:{x}_{y}" for x, y in zip(far, far[1:])]
    feats += [f"a{i}:{t}" for i, t in enumerate(after[:2], 1)]
    noun = [t for t in after if t[0].isalpha()][:NOUN_SYLLABLES] if after and after[0][0].isalpha() else []
    if noun:
        w = f"<{'_'.join(noun)}>"
        lo, hi = NOUN_NGRAMS
        feats += [f"n:{w[i:i + n]}" for n in range(lo, hi + 1) for i in range(len(w) - n + 1)]
    if text[end:end + 1] == "/":
        feats.append("cue:slash")
    window = " ".join(before + ["#"] + after)
    feats += [f"cue:{name}" for name, rx in _CUES if rx.search(window)]
    return feats


def feature_string(text: str, start: int, end: int, unit: str) -> str:
    """The features as the pipeline's CountVectorizer reads them: one string, space-separated."""
    return " ".join(context_features(text, start, end, unit))


# -- the model at run time --------------------------------------------------------------------

class FigureModel:
    """A loaded figure model: `proba(features) -> one probability per class` (softmax)."""

    __slots__ = ("classes", "metadata", "threshold", "_vocab", "_weights", "_bias")

    def __init__(self, arrays, metadata: dict):
        import numpy as np

        self.metadata = metadata
        self.classes: tuple[str, ...] = tuple(metadata["classes"])
        self.threshold = float(metadata["threshold"])
        self._vocab = {t: i for i, t in enumerate(arrays["vocab"].tolist())}
        self._weights = np.asarray(arrays["weights"], dtype=np.float64)  # (n_features, n_classes)
        self._bias = np.asarray(arrays["bias"], dtype=np.float64)
        if self._weights.shape != (len(self._vocab), len(self.classes)) or self._bias.shape != (len(self.classes),):
            raise ValueError(f"array shapes do not fit: weights {self._weights.shape}, {len(self._vocab)} terms")

    @property
    def name(self) -> str:
        return self.metadata["model"]

    def proba(self, features: Sequence[str]):
        """The pipeline's predict_proba for one number: binary presence, linear, softmax."""
        import numpy as np

        idx = sorted({self._vocab[f] for f in features if f in self._vocab})
        z = self._bias + self._weights[idx].sum(axis=0) if idx else self._bias.copy()
        z = np.exp(z - z.max())
        return z / z.sum()

    def classify(self, text: str, start: int, end: int, unit: str) -> tuple[str, float]:
        """The most probable class of the number and its probability."""
        p = self.proba(context_features(text, start, end, unit))
        best = int(p.argmax())
        return self.classes[best], float(p[best])


# -- training ---------------------------------------------------------------------------------

def _locate(text: str, number: str, occurrence: int):
    """The `find_numbers` span of the `occurrence`-th whole-number match of `number` in `text`."""
    from partymine.extract.numbers import find_numbers

    pat = re.compile(r"(?<![\d.,])" + re.escape(number) + r"(?![\d]|[.,]\d)")
    hits = list(pat.finditer(text))
    if not 1 <= occurrence <= len(hits):
        return None
    pos = hits[occurrence - 1].start()
    return next((n for n in find_numbers(text) if n.start <= pos < n.end), None)


def read_examples(path: Path) -> list[Example]:
    """The labelled numbers, validated, with their spans, sorted (training ignores file order)."""
    known = set(CLASSES)
    examples = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ModelError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        if rec.get("indicator") not in known or not rec.get("text") or not rec.get("number"):
            raise ModelError(f"{path}:{n}: unknown indicator {rec.get('indicator')!r} or empty text/number")
        span = _locate(rec["text"], str(rec["number"]), int(rec.get("occurrence", 1)))
        if span is None:
            raise ModelError(f"{path}:{n}: number {rec['number']!r} (occurrence {rec.get('occurrence', 1)}) "
                             "is not a number partymine finds in the text")
        examples.append(Example(rec["text"], span.start, span.end, span.unit, rec["indicator"],
                                str(rec.get("template", n))))
    return sorted(examples, key=lambda e: (e.text, e.start, e.indicator))


def build_pipeline():
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([
        ("features", CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True)),
        # lbfgs on several classes is the multinomial model; deterministic
        ("classify", LogisticRegression(C=C, solver="lbfgs", max_iter=5000)),
    ])


def _prf(tp: int, fp: int, fn: int, support: int) -> ClassMetrics:
    return ClassMetrics(*prf(tp, fp, fn), support)


def _out_of_fold(texts: list[str], y, groups: list[str]):
    import numpy as np
    from sklearn.model_selection import StratifiedGroupKFold

    oof = np.zeros((len(texts), len(CLASSES)))
    folds = StratifiedGroupKFold(CV_FOLDS, shuffle=True, random_state=RANDOM_STATE)
    for train_idx, test_idx in folds.split(texts, y, groups):
        model = build_pipeline().fit([texts[i] for i in train_idx], y[train_idx])
        cols = [int(c) for c in model.classes_]  # y holds class indices
        oof[np.ix_(test_idx, cols)] = model.predict_proba([texts[i] for i in test_idx])
    return oof


def _at_threshold(oof, y, t: float) -> dict:
    """Precision and coverage of the predictions `top class is not other and p >= t`.

    `precision` is measured on the training mix; `precision_at_prior` weighs the `other`
    numbers taken by mistake as if `other` made up OTHER_PRIOR of the input, and is the one
    the threshold must satisfy.
    """
    other = CLASSES.index(OTHER)
    best, p = oof.argmax(axis=1), oof.max(axis=1)
    taken = (best != other) & (p >= t)
    correct = int((taken & (best == y)).sum())
    n_other = int((y == other).sum())
    n_specific = len(y) - n_other
    other_taken = int((taken & (y == other)).sum())
    wrong_specific = int(taken.sum()) - correct - other_taken
    weight = (OTHER_PRIOR / (1 - OTHER_PRIOR)) / (n_other / n_specific) if n_other and n_specific else 1.0
    weighted = correct + wrong_specific + weight * other_taken
    return {"threshold": t, "predicted": int(taken.sum()), "correct": correct,
            "precision": round(correct / int(taken.sum()), 4) if taken.any() else 0.0,
            "precision_at_prior": round(correct / weighted, 4) if weighted else 0.0,
            "other_prior": OTHER_PRIOR,
            "coverage": round(correct / n_specific, 4) if n_specific else 0.0,
            "other_taken": other_taken, "n_other": n_other}


def choose_threshold(oof, y) -> dict:
    for t in THRESHOLDS:
        result = _at_threshold(oof, y, t)
        if result["predicted"] and result["precision_at_prior"] >= MIN_PRECISION:
            return result
    raise ModelError(f"no threshold reaches precision {MIN_PRECISION} in cross-validation: more data needed")


def train_figures(data_path: Path | str | None = None, out_dir: Path | str | None = None) -> TrainReport:
    """Train on `data_path` (default: the shipped data), write the artifacts and metadata to `out_dir`.

    Deterministic: the data are sorted, the folds seeded and lbfgs has no randomness, so
    training twice on the same file gives the same bytes.
    """
    import numpy as np
    import sklearn
    import skops
    import skops.io as sio

    data_path = Path(data_path) if data_path else DATA_PATH
    out_dir = Path(out_dir) if out_dir else _HERE
    if not data_path.is_file():
        raise ModelError(f"training data not found: {data_path}")
    examples = read_examples(data_path)
    texts = [feature_string(e.text, e.start, e.end, e.unit) for e in examples]
    y = np.array([CLASSES.index(e.indicator) for e in examples])
    counts = {c: int((y == j).sum()) for j, c in enumerate(CLASSES)}
    missing = [c for c, k in counts.items() if k < CV_FOLDS]
    if missing:
        raise ModelError(f"{data_path}: fewer than {CV_FOLDS} examples for {missing}")
    oof = _out_of_fold(texts, y, [e.group for e in examples])
    best = oof.argmax(axis=1)
    per_class = {c: _prf(int(((best == j) & (y == j)).sum()), int(((best == j) & (y != j)).sum()),
                         int(((best != j) & (y == j)).sum()), counts[c]) for j, c in enumerate(CLASSES)}
    accuracy = round(float((best == y).mean()), 4)
    chosen = choose_threshold(oof, y)
    pipeline = build_pipeline().fit(texts, y)
    if list(pipeline.classes_) != list(range(len(CLASSES))):
        raise ModelError("the fitted model does not cover every class")

    out_dir.mkdir(parents=True, exist_ok=True)
    model_path, arrays_path, meta_path = out_dir / MODEL_FILE, out_dir / ARRAYS_FILE, out_dir / META_FILE
    sio.dump(pipeline, model_path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    write_arrays(pipeline, arrays_path)
    probe_features = feature_string(*PROBE)
    meta = {
        "model": MODEL_NAME,
        "format_version": FORMAT_VERSION,
        "classes": list(CLASSES),
        "data_file": data_path.name,
        "data_sha256": file_sha256(data_path),
        "sklearn_version": sklearn.__version__,
        "skops_version": skops.__version__,
        "n_examples": len(examples),
        "n_other": counts[OTHER],
        "examples_per_class": counts,
        "arrays_sha256": file_sha256(arrays_path),
        "threshold": chosen["threshold"],
        "probe": list(PROBE),
        "probe_features": probe_features,
        "probe_proba": [round(float(p), 12) for p in pipeline.predict_proba([probe_features])[0]],
        "cv": {"folds": CV_FOLDS, "grouped_by": "template", "accuracy": accuracy,
               "at_threshold": chosen, "min_precision": MIN_PRECISION,
               "per_class": {c: metrics_dict(m) for c, m in per_class.items()}},
    }
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    load_figure_model.cache_clear()
    load_figure_pipeline.cache_clear()
    return TrainReport(model_path, meta_path, meta["data_sha256"], len(examples), counts[OTHER],
                       chosen["threshold"], per_class, accuracy, chosen)


def write_arrays(pipeline, path: Path) -> None:
    """The fitted pipeline's numbers as plain arrays: vocabulary in index order, weights, bias."""
    vectorizer, classifier = pipeline.named_steps["features"], pipeline.named_steps["classify"]
    write_npz({"vocab": vocabulary(vectorizer), "weights": classifier.coef_.T.copy(),
               "bias": classifier.intercept_.copy()}, path)


# -- loading ----------------------------------------------------------------------------------

def _artifacts(model_dir: Path | str | None = None, data_path: Path | str | None = None) -> Artifacts:
    return Artifacts("figure model", Path(model_dir) if model_dir else _HERE,
                     Path(data_path) if data_path else DATA_PATH, MODEL_FILE, ARRAYS_FILE, META_FILE,
                     MODEL_NAME, FORMAT_VERSION, RETRAIN)


def model_metadata(model_dir: Path | str | None = None) -> dict:
    """The shipped (or `model_dir`'s) figures.json as it is, unchecked: for recording in a run."""
    return _artifacts(model_dir).metadata()


def _read_metadata(art: Artifacts, artifact: str) -> dict:
    """The checked metadata, plus the checks only this model has (its features and classes)."""
    meta = art.checked_metadata(artifact)
    if meta.get("probe_features") != feature_string(*PROBE):
        raise art.refuse(artifact, "was trained on other features than this installation computes")
    if tuple(meta.get("classes", ())) != CLASSES:
        raise art.refuse(artifact, "predicts other classes than this version of partymine")
    return meta


@lru_cache(maxsize=4)
def load_figure_model(model_dir: Path | str | None = None, data_path: Path | str | None = None) -> FigureModel:
    """The figure model in `model_dir` (default: the shipped one), checked, loaded once per process.

    Raises ModelError when the arrays or metadata are missing, the arrays are not the ones
    trained (hash), the model was trained on other data than the data file, or it does not
    reproduce the probe's probabilities recorded at training.
    """
    art = _artifacts(model_dir, data_path)
    meta = _read_metadata(art, ARRAYS_FILE)
    model = FigureModel(art.load_arrays(meta), meta)
    art.check_probe(model.proba(context_features(*PROBE)), meta)
    return model


@lru_cache(maxsize=4)
def load_figure_pipeline(model_dir: Path | str | None = None, data_path: Path | str | None = None):
    """The fitted scikit-learn pipeline (figures.skops), checked, loaded with skops' trusted types.

    Not needed for scoring; tests use it to show that `FigureModel` computes its probabilities.
    """
    art = _artifacts(model_dir, data_path)
    _read_metadata(art, MODEL_FILE)
    return art.load_pipeline(TRUSTED_TYPES)
