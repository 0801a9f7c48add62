"""One document through every extraction stage: sentences -> places -> figures, practices.

No shipped stage reads `Sentence.words`: figures, periods and places are regular expressions
over the text, and the practice model works on syllables. So `extract` segments no sentence
with underthesea (that cost more than everything else together); `analyse(..., words=True)`
does, for callers and future stages that need words or spaCy Docs (`extract.nlp.to_spacy`),
and the NLP cache then keeps the words as well as the sentences.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from partymine.records import Document, Figure, Practice, Sentence


@dataclass(frozen=True, slots=True)
class DocumentResult:
    doc_id: str
    figures: list[Figure] = field(default_factory=list)
    practices: list[Practice] = field(default_factory=list)
    error: str | None = None  # one line, set when the document could not be processed
    analysis: tuple[str, list] | None = None  # (text hash, sentences + words) computed afresh, for the NLP cache


def extract_document(doc: Document, cached_analysis: list | None = None) -> DocumentResult:
    """Run every stage on one document. Never raises for a bad document: the error is returned.

    `cached_analysis` is what an earlier run stored for the same text and NLP version
    (see `analysis_to_json`); given it, the text is not split again. No stage needs words,
    so none are computed (see the module docstring).
    """
    from partymine.corpus.store import text_hash
    from partymine.extract import figures, practices
    from partymine.extract.localities import PlaceContext

    try:
        units = analyse(doc, cached_analysis)
        places = PlaceContext.for_document(doc, units)
        return DocumentResult(
            doc.id,
            figures.find_figures(doc, units, places),
            practices.find_practices(doc, units, places),
            analysis=None if cached_analysis is not None else (text_hash(doc.text), analysis_to_json(units)),
        )
    except Exception as exc:  # noqa: BLE001 - a failing document is reported and counted, not raised
        return DocumentResult(doc.id, error=f"{type(exc).__name__}: {exc}")


def analyse(doc: Document, cached: list | None = None, *, words: bool = False) -> list[Sentence]:
    """The document's sentences, from the cache when given, else split now.

    With `words`, every sentence also gets its underthesea words (those the cache already
    holds are kept, the others are segmented now).
    """
    from partymine.extract import nlp, sentences

    if cached is not None:
        units = [Sentence(doc.id, i, a, b, doc.text[a:b], p, k, tuple(w)) for i, (a, b, p, k, w) in enumerate(cached)]
    else:
        units = sentences.split_sentences(doc)
    return nlp.tokenize(units) if words else units


def analysis_to_json(units: list[Sentence]) -> list:
    return [[u.start, u.end, u.paragraph, u.kind, list(u.words)] for u in units]


@lru_cache(maxsize=1)
def nlp_version() -> str:
    """Changes when sentence splitting, word segmentation or underthesea change."""
    import hashlib
    from importlib import resources
    from importlib.metadata import version

    h = hashlib.sha256(version("underthesea").encode())
    for name in ("sentences.py", "nlp.py"):
        h.update(resources.files("partymine.extract").joinpath(name).read_bytes())
    return h.hexdigest()[:16]


# -- batch runner ---------------------------------------------------------------------------------

EXTRACTOR_DATA_SUFFIXES = (".jsonl", ".toml", ".json", ".skops", ".npz", ".py")


@dataclass
class RunReport:
    run_id: int
    done: int = 0
    failed: int = 0
    figures: int = 0
    practices: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


def extractor_version() -> str:
    """Package version + a hash of every rule, cue list, model and extractor module.

    Any change to what the extractor does changes this, so `extract` knows which documents
    are stale after an upgrade of rules or models.
    """
    import hashlib
    from importlib import resources

    from partymine import __version__

    h = hashlib.sha256()
    for pkg in ("partymine.extract", "partymine.models"):
        root = resources.files(pkg)
        for path in sorted(_walk(root), key=lambda p: str(p)):
            if path.name.endswith(EXTRACTOR_DATA_SUFFIXES):
                h.update(path.name.encode())
                h.update(path.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


def _walk(root):
    for entry in root.iterdir():
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _walk(entry)
        else:
            yield entry


def run_extraction(store, *, doc_ids: list[str] | None = None, everything: bool = False, workers: int = 1,
                   batch: int = 200, on_result=None) -> RunReport:
    """Extract the stale documents (or `doc_ids`, or all with `everything`) and store the rows.

    Documents stream from the store and each batch of results is written in one transaction,
    so an interrupted run leaves only whole documents behind. With `workers` > 1 each worker
    process reads its batch from the database and writes its results itself, and this process
    only hands out document ids and counts. `on_result` gets an `Outcome` per document.
    """
    version = extractor_version()
    if doc_ids is None:
        doc_ids = store.document_ids() if everything else store.stale_document_ids(version)
    run_id = store.start_run(version, model_hashes())
    report = RunReport(run_id)
    status = "interrupted"
    try:
        in_workers = workers > 1 and len(doc_ids) > 1 and store.path.is_file()
        outcomes = _in_workers(store, doc_ids, workers, run_id, version) if in_workers \
            else _here(store, doc_ids, run_id, version, batch)
        for outcome in outcomes:
            _count(report, outcome)
            if on_result:
                on_result(outcome)
        status = "finished"
    finally:
        store.finish_run(run_id, done=report.done, failed=report.failed, figures=report.figures,
                         practices=report.practices, status=status)
    return report


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the runner reports of one extracted document (its rows are in the store)."""

    doc_id: str
    figures: int
    practices: int
    error: str | None = None

    @classmethod
    def of(cls, res: DocumentResult) -> Outcome:
        return cls(res.doc_id, len(res.figures), len(res.practices), res.error)


def _count(report: RunReport, outcome: Outcome) -> None:
    if outcome.error:
        report.failed += 1
        report.errors.append(f"{outcome.doc_id}: {outcome.error}")
    else:
        report.done += 1
        report.figures += outcome.figures
        report.practices += outcome.practices


def _here(store, doc_ids: list[str], run_id: int, version: str, batch: int):
    """Extract in this process, saving every `batch` documents (and what is done on an interrupt)."""
    pending: list[DocumentResult] = []
    try:
        for doc, cached in store.iter_documents_with_analysis(doc_ids, nlp_version()):
            res = extract_document(doc, cached)
            pending.append(res)
            yield Outcome.of(res)
            if len(pending) >= batch:
                _save(store, run_id, version, pending)
    finally:
        _save(store, run_id, version, pending)


def _save(store, run_id: int, version: str, pending: list[DocumentResult]) -> None:
    if not pending:
        return
    cache = [(r.analysis[0], nlp_version(), r.analysis[1]) for r in pending if r.analysis is not None]
    store.save_results(run_id, version, pending, cache=cache)
    pending.clear()


_WORKER_BATCH = 16  # documents a worker reads, extracts and commits at a time


def _in_workers(store, doc_ids: list[str], workers: int, run_id: int, version: str):
    """Outcomes from worker processes that each read, extract and save batches of documents.

    SQLite takes one writer at a time; a batch commits in milliseconds, so the workers hardly
    wait for each other, and this process moves no document text and no result row.
    """
    import multiprocessing as mp

    # fork would share the parent's SQLite connection; spawn gives each worker a clean start.
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(list(_WORKER_MODULES))
    tasks = ((str(store.path), run_id, version, doc_ids[i:i + _WORKER_BATCH]) for i in range(0, len(doc_ids), _WORKER_BATCH))
    with ctx.Pool(workers, initializer=_warm_up) as pool:
        for outcomes in pool.imap_unordered(_extract_batch, tasks):
            yield from outcomes


def _extract_batch(task) -> list[Outcome]:
    path, run_id, version, ids = task
    store = _worker_store(path)
    results = [extract_document(doc, cached) for doc, cached in store.iter_documents_with_analysis(ids, nlp_version())]
    outcomes = [Outcome.of(r) for r in results]
    _save(store, run_id, version, results)
    return outcomes


@lru_cache(maxsize=1)
def _worker_store(path: str):
    """The worker's own connection to the corpus, opened at its first batch."""
    from partymine.corpus.store import Store

    return Store(path)


# Imported once by the fork server, so that each worker starts with them loaded.
_WORKER_MODULES = ("numpy", "partymine.pipeline", "partymine.extract.figures", "partymine.extract.practices",
                   "partymine.extract.localities", "partymine.models.practices", "partymine._forkserver_preload")


def _warm_up() -> None:
    """Per worker: Ctrl-C is the parent's to handle (it ends the pool, and a batch not yet
    committed is rolled back); the extractors are loaded unless the fork server did it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up_extractors()


def warm_up_extractors() -> None:
    """Load the gazetteer, patterns and models (cached once per process) by extracting a line."""
    from partymine.records import Document

    extract_document(Document(id="warm-up", text="Xã Liên Hòa có 24 đảng viên."))


def model_hashes() -> dict[str, str]:
    """The SHA-256 of each model's training data, recorded with the run (empty if a model is missing)."""
    from partymine.errors import ModelError
    from partymine.models import figures, practices

    hashes = {}
    for name, module in (("practices", practices), ("figures", figures)):
        try:
            hashes[name] = module.model_metadata().get("data_sha256", "")
        except ModelError:
            pass  # a missing model is reported by extraction itself
    return hashes
