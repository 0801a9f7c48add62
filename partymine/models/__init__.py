"""Trained models shipped with partymine, each a versioned artifact.

Every model lives beside its metadata: `<name>.skops` (the scikit-learn estimator,
saved with skops, never pickle) and `<name>.json` (training-data SHA-256, library
versions, examples per label, cross-validated metrics, format version). The labelled
data it was trained on ships in `data/`, so `partymine train <name>` rebuilds the
artifact on any machine. Loading refuses a model whose data hash or scikit-learn
version does not match, with the retrain command in the message.

    practices   sentences -> practice codes (SCHEMA.md section 3), see models/practices.py
"""
