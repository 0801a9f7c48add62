"""Shared fixtures: paths of the bundled sample and the shared gold sets, a fresh store."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "partymine" / "data" / "sample"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def store(tmp_path):
    from partymine.corpus.store import Store

    with Store(tmp_path / "corpus.db") as s:
        yield s


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE
