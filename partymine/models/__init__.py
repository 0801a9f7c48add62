"""Trained models shipped with partymine, each a versioned artifact.

Every model lives beside its metadata: `<name>.skops` (the scikit-learn estimator,
saved with skops, never pickle), `<name>.npz` (its numbers as plain arrays, which is what
extraction scores with, without importing scikit-learn) and `<name>.json` (training-data
and arrays SHA-256, library versions, examples per label, cross-validated metrics,
format version, probe probabilities). The labelled data it was trained on ships in
`data/`, so `partymine train <name>` rebuilds the artifacts on any machine. Loading
refuses a model whose data or arrays hash does not match or whose arrays do not
reproduce the probe probabilities (and the `.skops` pipeline from another scikit-learn
version), with the retrain command in the message.

    practices   sentences -> practice codes (SCHEMA.md section 3), see models/practices.py
"""
