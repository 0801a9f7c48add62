"""The model's say on a number the indicator rules could not type.

`figures.resolve` types a number by declarative rules and leaves it `other` when none fits;
there it asks `classify_undecided`, which returns an indicator only when the figure model
(`partymine.models.figures`) is at least as sure as the threshold chosen by cross-validation
(precision >= 0.9 on its non-`other` predictions). The row then records `METHOD` as its method.
"""
from __future__ import annotations

from partymine.models.figures import OTHER, load_figure_model

__all__ = ["METHOD", "classify_undecided"]

METHOD = "model.figures-v1"


def classify_undecided(sentence_text: str, number_start: int, number_end: int,
                       unit: str) -> tuple[str, float] | None:
    """(indicator, probability) when the model is confident (p >= its threshold) that a number the
    rules left as `other` is a specific indicator; None otherwise (the row stays `other`).

    `number_start:number_end` is the number's span in `sentence_text` (`NumberSpan.start/end`),
    `unit` its unit (count, percent, vnd). Raises ModelError when the shipped model is missing
    or does not match its training data.
    """
    model = load_figure_model()
    indicator, p = model.classify(sentence_text, number_start, number_end, unit)
    if indicator == OTHER or p < model.threshold or (unit != "count" and indicator in COUNT_ONLY):
        return None
    return indicator, p


# Indicators that count units: a share (`99,2% hộ dân đồng thuận`) states a property of those
# units, never how many there are, so the model may not give a percentage one of these codes.
COUNT_ONLY = frozenset({"households", "admin_units", "party_cells", "party_committees", "grassroots_orgs",
                        "party_members", "training_courses", "inspections"})
