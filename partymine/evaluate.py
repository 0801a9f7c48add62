"""Score extracted rows against a gold file (SCHEMA.md section 5), as `score.py` does, and more.

    evaluate(gold_path, indicator_rows, practice_rows) -> dict
    format_evaluation(result) -> rich renderable (tables)

The numbers under `figures`, `typed`, `strict`, `accuracy_on_typed`, `recall_by_indicator`
and `practices` are those of the shared scorer, with its matching and normalisation
re-implemented here (the scorer is not shipped with the package): a row matches a gold
figure when the document and the value agree, one to one, preferring the same indicator,
then the same locality. On top of them:

    per_indicator  P/R/F1 per indicator code on typed matches, counted on the gold
                   figure's code: tp = its gold figures with a typed match (a row accepted
                   through `indicator_alt` counts here), fp = rows predicted with the code
                   that are no typed match, fn = its gold figures without one; the counts
                   add up to those of `typed`
    per_practice   P/R/F1 per practice code over the documents that have gold practices

Rows may be dicts (from the store or a CSV file) or Figure / Practice records; empty
values are None or "" alike, as in a CSV file.
"""
from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable

__all__ = ["evaluate", "format_evaluation", "load_gold"]

# The scorer's old-style tone placement table (Hoà -> Hòa), kept as the scorer has it.
_TONE = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_ABBR = [
    (r"^tp\.?\s*", "thành phố "), (r"^tx\.?\s*", "thị xã "),
    (r"^tt\.?\s*", "thị trấn "), (r"^tdp\.?\s*", "tổ dân phố "),
]
_ACCURACY_FIELDS = ("locality", "province", "period", "total", "value_max", "negated", "qualifier", "unit")


# -- normalisation, exactly as the scorer --------------------------------------------------------

def norm_text(s: str | None) -> str:
    s = unicodedata.normalize("NFC", (s or "").strip().lower())
    for old, new in _TONE.items():
        s = s.replace(old, new)
        s = s.replace(old.upper(), new.upper())
    for pat, rep in _ABBR:
        s = re.sub(pat, rep, s)
    s = re.sub(r"\s*[-–—]\s*", " - ", s)  # Bà Rịa – Vũng Tàu == Bà Rịa-Vũng Tàu
    s = s.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", s).strip()


def norm_province(s: str | None) -> str:
    return re.sub(r"^(tỉnh|thành phố)\s+", "", norm_text(s))


def norm_period(s) -> str:
    s = "" if s is None else str(s)
    return re.sub(r"\s*[-–—]\s*", "-", s.strip())


def norm_doc(s: str) -> str:
    s = (s or "").strip()
    if "://" in s:
        return s.rstrip("/")
    name = s.rsplit("/", 1)[-1]
    return name[:-4] if name.endswith((".txt", ".htm")) else (name[:-5] if name.endswith((".html", ".json")) else name)


def to_float(s):
    if s is None or s == "":
        return None
    try:
        return float(str(s).replace(",", "."))
    except ValueError:
        return None


def to_bool(s) -> bool:
    return str(s).strip().lower() in {"true", "1", "yes"}


def same_num(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


# -- input ----------------------------------------------------------------------------------------

def load_gold(path: Path | str) -> tuple[list[dict], dict[str, set[str]]]:
    """Gold figures and, per document, the gold practice codes."""
    from partymine.errors import ParseError

    path = Path(path)
    figures, practices = [], {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            rec["doc"] = norm_doc(rec["doc"])
            kind = rec["type"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ParseError(f"{path}:{n}: not a gold record ({type(exc).__name__}: {exc})") from exc
        if kind == "figure":
            figures.append(rec)
        elif kind == "practices":
            practices[rec["doc"]] = set(rec["codes"])
        else:
            raise ParseError(f"{path}:{n}: unknown type {kind!r}")
    return figures, practices


def _as_row(row: Any) -> dict:
    """A row as a CSV reader would give it: strings, empty for missing values."""
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        row = dataclasses.asdict(row)
    out = {}
    for k, v in dict(row).items():
        if v is None:
            out[k] = ""
        elif isinstance(v, bool):
            out[k] = "true" if v else "false"
        else:
            out[k] = str(v)
    return out


# -- matching, exactly as the scorer --------------------------------------------------------------

def match(gold: list[dict], pred: list[dict]):
    """One-to-one matching per document on value; prefer same indicator, then same locality."""
    by_doc_g, by_doc_p = defaultdict(list), defaultdict(list)
    for g in gold:
        by_doc_g[g["doc"]].append(g)
    for p in pred:
        by_doc_p[norm_doc(p.get("doc", ""))].append(p)
    pairs, unmatched_pred = [], []
    for doc in set(by_doc_g) | set(by_doc_p):
        gs, ps = by_doc_g.get(doc, []), list(by_doc_p.get(doc, []))
        used = set()
        for g in gs:
            gv = float(g["value"])
            cands = [i for i, p in enumerate(ps) if i not in used and same_num(to_float(p.get("value")), gv)]
            if not cands:
                pairs.append((g, None))
                continue
            ok_ind = {g["indicator"], *g.get("indicator_alt", [])}

            def rank(i, g=g, ok_ind=ok_ind):
                p = ps[i]
                return (p.get("indicator") in ok_ind, norm_text(p.get("locality")) == norm_text(g["locality"]))
            best = max(cands, key=rank)
            used.add(best)
            pairs.append((g, ps[best]))
        unmatched_pred += [p for i, p in enumerate(ps) if i not in used]
    return pairs, unmatched_pred


def _accepted(g: dict) -> set[str]:
    return {g["indicator"], *g.get("indicator_alt", [])}


_CMP = {
    "locality": lambda g, p: norm_text(p.get("locality")) == norm_text(g["locality"]),
    "province": lambda g, p: norm_province(p.get("province")) == norm_province(g["province"]),
    "period": lambda g, p: norm_period(p.get("period")) == norm_period(g.get("period")),
    "total": lambda g, p: same_num(to_float(p.get("total")), to_float(g.get("total"))),
    "value_max": lambda g, p: same_num(to_float(p.get("value_max")), to_float(g.get("value_max"))),
    "negated": lambda g, p: to_bool(p.get("negated")) == bool(g.get("negated")),
    "qualifier": lambda g, p: (p.get("qualifier") or "exact") == g.get("qualifier", "exact"),
    "unit": lambda g, p: (p.get("unit") or "") == g.get("unit", "count"),
}


def _accuracy(typed: list[tuple[dict, dict]], field: str):
    sel = [(g, p) for g, p in typed if field != "period" or g.get("period")]
    if not sel:
        return None
    return round(sum(_CMP[field](g, p) for g, p in sel) / len(sel), 4)


# -- the evaluation -------------------------------------------------------------------------------

def evaluate(gold_path: Path | str, indicators_rows: Iterable[Any] | None,
             practices_rows: Iterable[Any] | None = None) -> dict:
    """The scorer's metrics for these rows, plus P/R/F1 per indicator and per practice code.

    Rows of documents without gold are ignored. `practices` is reported when practice rows
    are given (even an empty list) and the gold file has practice records.
    """
    gold, gold_prac = load_gold(gold_path)
    gold_docs = {g["doc"] for g in gold} | set(gold_prac)
    pred = [_as_row(r) for r in (indicators_rows or [])]
    pred = [p for p in pred if norm_doc(p.get("doc", "")) in gold_docs]
    pairs, extra = match(gold, pred)
    matched = [(g, p) for g, p in pairs if p is not None]
    typed = [(g, p) for g, p in matched if p.get("indicator") in _accepted(g)]
    strict = [(g, p) for g, p in typed if _CMP["locality"](g, p)]
    n_pred = len(pred)

    out: dict = {
        "gold_figures": len(gold),
        "predicted_rows": n_pred,
        "figures": prf(len(matched), n_pred - len(matched), len(gold) - len(matched)),
        "typed": prf(len(typed), n_pred - len(typed), len(gold) - len(typed)),
        "strict": prf(len(strict), n_pred - len(strict), len(gold) - len(strict)),
        "accuracy_on_typed": {f: _accuracy(typed, f) for f in _ACCURACY_FIELDS},
    }
    per_ind = Counter(g["indicator"] for g in gold)
    hit_ind = Counter(g["indicator"] for g, _ in typed)
    out["recall_by_indicator"] = {k: f"{hit_ind[k]}/{per_ind[k]}" for k in sorted(per_ind)}
    out["per_indicator"] = _per_indicator(gold, pred, typed)

    if practices_rows is not None and gold_prac:
        pred_prac: dict[str, set[str]] = defaultdict(set)
        for r in map(_as_row, practices_rows):
            d = norm_doc(r.get("doc", ""))
            if d in gold_prac:
                pred_prac[d].add(r.get("practice", ""))
        tp = sum(len(pred_prac[d] & c) for d, c in gold_prac.items())
        fp = sum(len(pred_prac[d] - c) for d, c in gold_prac.items())
        fn = sum(len(c - pred_prac[d]) for d, c in gold_prac.items())
        out["practices"] = prf(tp, fp, fn)
        out["per_practice"] = _per_practice(gold_prac, pred_prac)

    out["_misses"] = [
        {"doc": g["doc"], "indicator": g["indicator"], "value": g["value"], "locality": g["locality"],
         "got": None if p is None else {k: p.get(k) for k in ("indicator", "locality", "period")},
         "quote": g["quote"]}
        for g, p in pairs
        if p is None or (g, p) not in strict
    ]
    out["_extra"] = [{k: p.get(k) for k in ("doc", "indicator", "value", "locality", "sentence")} for p in extra]
    return out


def _per_indicator(gold: list[dict], pred: list[dict], typed: list[tuple[dict, dict]]) -> dict[str, dict]:
    """Counted on the gold figure's code, so that the per-code counts add up to `typed`."""
    predicted = Counter(p.get("indicator", "") for p in pred)
    typed_ids = {id(p) for _, p in typed}
    fp = Counter(p.get("indicator", "") for p in pred if id(p) not in typed_ids)
    tp = Counter(g["indicator"] for g, _ in typed)
    gold_n = Counter(g["indicator"] for g in gold)
    codes = sorted(set(predicted) | set(gold_n))
    return {c: {**prf(tp[c], fp[c], gold_n[c] - tp[c]), "gold": gold_n[c], "predicted": predicted[c]}
            for c in codes}


def _per_practice(gold_prac: dict[str, set[str]], pred_prac: dict[str, set[str]]) -> dict[str, dict]:
    codes = sorted({c for s in gold_prac.values() for c in s} | {c for s in pred_prac.values() for c in s})
    out = {}
    for c in codes:
        tp = sum(c in pred_prac[d] and c in g for d, g in gold_prac.items())
        fp = sum(c in pred_prac[d] and c not in g for d, g in gold_prac.items())
        fn = sum(c not in pred_prac[d] and c in g for d, g in gold_prac.items())
        out[c] = prf(tp, fp, fn)
    return out


# -- display --------------------------------------------------------------------------------------

def format_evaluation(result: dict):
    """The result as rich tables: overall scores, accuracies, then per indicator and per practice."""
    from rich.console import Group
    from rich.table import Table

    overall = Table(title=f"gold figures {result['gold_figures']}, predicted rows {result['predicted_rows']}")
    for col in ("", "P", "R", "F1", "tp", "fp", "fn"):
        overall.add_column(col, justify="left" if not col else "right")
    for key in ("figures", "typed", "strict", "practices"):
        if key in result:
            m = result[key]
            overall.add_row(key, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}",
                            str(m["tp"]), str(m["fp"]), str(m["fn"]))

    acc = Table(title="accuracy on typed matches")
    acc.add_column("field")
    acc.add_column("accuracy", justify="right")
    for k, v in result["accuracy_on_typed"].items():
        acc.add_row(k, "-" if v is None else f"{v:.3f}")

    parts = [overall, acc, _code_table("per indicator", result.get("per_indicator", {}), ("gold", "predicted"))]
    if "per_practice" in result:
        parts.append(_code_table("per practice", result["per_practice"], ()))
    return Group(*parts)


def _code_table(title: str, rows: dict[str, dict], extra: tuple[str, ...]):
    from rich.table import Table

    t = Table(title=title)
    t.add_column("code")
    for col in (*extra, "P", "R", "F1", "tp", "fp", "fn"):
        t.add_column(col, justify="right")
    for code, m in rows.items():
        t.add_row(code, *(str(m[c]) for c in extra), f"{m['precision']:.3f}", f"{m['recall']:.3f}",
                  f"{m['f1']:.3f}", str(m["tp"]), str(m["fp"]), str(m["fn"]))
    return t
