"""Quality gate: the extractor's F1 on the visible gold sets never drops below the recorded floors.

To lower a floor you must edit tests/quality_floors.json: visible in the diff, never silent.
"""
import json
from pathlib import Path

import pytest

from partymine.corpus.importers import import_paths
from partymine.corpus.store import Store
from partymine.evaluate import evaluate
from partymine.pipeline import run_extraction
from tests.conftest import SAMPLE, SHARED

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text("utf-8"))
SETS = {
    "seeds": (SAMPLE, SHARED / "gold" / "seeds.jsonl"),
    "dev": (SHARED / "dev" / "articles.jsonl", SHARED / "gold" / "dev.jsonl"),
    # independent stand-ins for the unseen set, written for this repository (see their READMEs)
    "heldout_like3": (Path(__file__).parent / "heldout_like3" / "articles.jsonl", Path(__file__).parent / "heldout_like3" / "gold.jsonl"),
    "heldout_like4": (Path(__file__).parent / "heldout_like4" / "articles.jsonl", Path(__file__).parent / "heldout_like4" / "gold.jsonl"),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def scores(request, tmp_path_factory):
    source, gold = SETS[request.param]
    if not (source.exists() and gold.exists()):
        pytest.skip(f"{gold} not found: the shared gold sets are not beside this checkout")
    with Store(tmp_path_factory.mktemp(request.param) / "gate.db") as store:
        import_paths(store, [source])
        run_extraction(store)
        return request.param, evaluate(gold, list(store.iter_figures()), list(store.iter_practices()))


@pytest.mark.parametrize("measure", ["figures", "typed", "strict", "practices"])
def test_f1_stays_above_its_floor(scores, measure):
    name, result = scores
    assert result[measure]["f1"] >= FLOORS[name][measure], f"{name} {measure} F1 fell below its floor"
