"""What every shipped model shares: a verified artifact set and its checks.

A model is trained with scikit-learn into three files beside each other:

    <name>.skops   the fitted pipeline (skops, loaded only against a fixed list of trusted types)
    <name>.npz     its numbers as plain arrays (read without pickle): what `extract` scores with
    <name>.json    metadata: training-data and arrays SHA-256, library versions, metrics, probe

`Artifacts` knows where they are and how to refuse them (a `ModelError` whose message tells the
user how to retrain); each model module adds only its own feature checks.
"""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from partymine.errors import ModelError


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1, rounded to 4 places."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def metrics_dict(m) -> dict:
    return {"precision": m.precision, "recall": m.recall, "f1": m.f1, "support": m.support}


def write_npz(arrays: dict, path: Path) -> None:
    """Arrays into an .npz whose zip entries carry a fixed date (np.savez stamps the current
    time), so that training twice gives the same bytes and the same hash in the metadata."""
    import numpy as np

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.save(buf, arr, allow_pickle=False)
            zf.writestr(zipfile.ZipInfo(f"{name}.npy", date_time=(2000, 1, 1, 0, 0, 0)), buf.getvalue(),
                        compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


def vocabulary(vectorizer):
    """A fitted vectorizer's terms in index order."""
    import numpy as np

    terms = [""] * len(vectorizer.vocabulary_)
    for term, i in vectorizer.vocabulary_.items():
        terms[i] = term
    return np.array(terms, dtype=str)


def artifact_types(model_path: Path, retrain: str = "retrain the model") -> set[str]:
    """Every `module.Class` named in a skops file's schema, read without loading anything."""
    try:
        with zipfile.ZipFile(model_path) as zf:
            schema = json.loads(zf.read("schema.json"))
    except (OSError, KeyError, zipfile.BadZipFile, json.JSONDecodeError) as exc:
        raise ModelError(f"{model_path} is not a skops file ({type(exc).__name__}): {retrain}") from exc
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


@dataclass(frozen=True, slots=True)
class Artifacts:
    """One model's files and identity: `what` names it in messages (`practices model`)."""

    what: str
    model_dir: Path
    data_path: Path
    model_file: str
    arrays_file: str
    meta_file: str
    model_name: str
    format_version: int
    retrain: str

    def metadata(self) -> dict:
        """The metadata as it is, unchecked: for recording in an extraction run."""
        path = self.model_dir / self.meta_file
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ModelError(f"{path} cannot be read ({type(exc).__name__}): {self.retrain}") from exc

    def checked_metadata(self, artifact: str) -> dict:
        """The metadata next to `artifact`, checked against this format and the data file."""
        model_path, meta_path = self.model_dir / artifact, self.model_dir / self.meta_file
        if not model_path.is_file() or not meta_path.is_file():
            raise ModelError(f"{self.what} not found in {self.model_dir}: {self.retrain}")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ModelError(f"{meta_path} is not valid JSON: {self.retrain}") from exc
        if meta.get("format_version") != self.format_version or meta.get("model") != self.model_name:
            raise ModelError(f"{model_path} has format {meta.get('format_version')!r} "
                             f"(expected {self.format_version}): {self.retrain}")
        if not self.data_path.is_file() or meta.get("data_sha256") != file_sha256(self.data_path):
            raise ModelError(f"{model_path} was not trained on the current {self.data_path.name}: {self.retrain}")
        return meta

    def refuse(self, artifact: str, why: str) -> ModelError:
        return ModelError(f"{self.model_dir / artifact} {why}: {self.retrain}")

    def load_arrays(self, meta: dict) -> dict:
        """The plain arrays, after checking they are the file training wrote (hash)."""
        import numpy as np

        path = self.model_dir / self.arrays_file
        if meta.get("arrays_sha256") != file_sha256(path):
            raise self.refuse(self.arrays_file, "is not the file the model was trained into (hash differs)")
        try:
            with np.load(path, allow_pickle=False) as npz:
                return {k: npz[k] for k in npz.files}
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise self.refuse(self.arrays_file, f"cannot be read ({type(exc).__name__}: {exc})") from exc

    def check_probe(self, probe: Sequence[float], meta: dict) -> None:
        """The arrays must give the pipeline's own probabilities for the probe recorded at training."""
        expected = meta.get("probe_proba") or []
        if len(expected) != len(probe) or max(abs(a - b) for a, b in zip(probe, expected)) > 1e-9:
            raise self.refuse(self.arrays_file, "does not reproduce the pipeline's probabilities")

    def load_pipeline(self, trusted: Sequence[str]):
        """The fitted scikit-learn pipeline from the .skops file: same scikit-learn version, and
        only the trusted types (checked in the file's schema before skops loads anything)."""
        import sklearn
        import skops.io as sio

        model_path = self.model_dir / self.model_file
        meta = self.checked_metadata(self.model_file)
        if meta.get("sklearn_version") != sklearn.__version__:
            raise self.refuse(self.model_file, f"was trained with scikit-learn {meta.get('sklearn_version')}, "
                                               f"this is {sklearn.__version__}")
        unexpected = artifact_types(model_path, self.retrain) - set(trusted)
        if unexpected:
            raise self.refuse(self.model_file, f"contains unexpected types {sorted(unexpected)}")
        try:
            return sio.load(model_path, trusted=list(trusted))
        except sio.exceptions.UntrustedTypesFoundException as exc:
            raise self.refuse(self.model_file, f"contains unexpected types ({exc})") from exc
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise self.refuse(self.model_file, f"cannot be read ({type(exc).__name__}: {exc})") from exc
