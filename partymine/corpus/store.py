"""The corpus store: one SQLite file holding pages, documents, runs and extracted rows.

WAL mode, foreign keys on, numbered forward migrations (`migrations/NNN_*.sql`) recorded in
`schema_version` and checked on open. Writes happen in explicit transactions, so a crash
never leaves half a document's rows behind.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from partymine.errors import StoreError
from partymine.records import Document, Figure, Practice
from partymine.text import fold_accents

_SQLITE_MAGIC = b"SQLite format 3\x00"
_DOC_FIELDS = [f.name for f in fields(Document)]
_FIGURE_FIELDS = [f.name for f in fields(Figure) if f.name != "doc"]
_PRACTICE_FIELDS = [f.name for f in fields(Practice) if f.name != "doc"]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def migrations() -> list[tuple[int, str]]:
    folder = resources.files("partymine.corpus").joinpath("migrations")
    out = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            out.append((int(entry.name.split("_", 1)[0]), entry.read_text("utf-8")))
    return sorted(out)


SCHEMA_VERSION = max(v for v, _ in migrations())


class Store:
    """A corpus database. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path, *, timeout: float = 5.0):
        self.path = Path(path)
        _check_is_sqlite(self.path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: {_explain(exc)}") from exc

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        """BEGIN IMMEDIATE ... COMMIT; rolled back on any error, so nothing is half-written.

        Re-entrant: inside an open transaction it becomes a savepoint of it, so a caller can
        group several store operations (a page, its document and its frontier row) into one
        commit, and an error undoes only the inner block's writes.
        """
        if self.conn.in_transaction:
            with self._savepoint():
                yield self.conn
            return
        self.begin()
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.commit()

    def begin(self) -> None:
        """Open a write transaction (prefer `transaction()`; this is for callers that commit on a timer)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: {_explain(exc)}") from exc

    def commit(self) -> None:
        """Commit the open transaction; on failure roll it back and raise StoreError."""
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: {_explain(exc)}") from exc

    @contextmanager
    def _savepoint(self):
        # SQLite allows the same name nested: ROLLBACK TO / RELEASE act on the innermost one
        self.conn.execute("SAVEPOINT partymine_block")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK TO partymine_block")
            self.conn.execute("RELEASE partymine_block")
            raise
        else:
            self.conn.execute("RELEASE partymine_block")

    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        current = self.conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: database schema version {current} is newer than this partymine "
                f"understands ({SCHEMA_VERSION}); upgrade partymine"
            )
        for version, sql in migrations():
            if version <= current:
                continue
            with self.transaction():
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version, now()))

    @property
    def schema_version(self) -> int:
        return self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]

    # -- documents ---------------------------------------------------------------------------
    def upsert_document(self, doc: Document, relevance: dict | None = None) -> str:
        """Insert or update one document; returns `new`, `updated` or `unchanged`.

        A changed text leaves the old figures in place but makes the document stale for
        `extract` (its text hash no longer matches the one its extraction recorded).
        """
        with self.transaction():
            return self._upsert_document(doc, relevance)

    def upsert_documents(self, docs: Iterable[Document]) -> list[str]:
        """Many documents in one transaction (fast bulk import)."""
        with self.transaction():
            return [self._upsert_document(d) for d in docs]

    def _upsert_document(self, doc: Document, relevance: dict | None = None) -> str:
        h = text_hash(doc.text)
        row = self.conn.execute("SELECT text_hash, title, published, url FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row is not None and row["text_hash"] == h and (row["title"], row["published"], row["url"]) == (doc.title, doc.published, doc.url):
            return "unchanged"
        values = {k: getattr(doc, k) for k in _DOC_FIELDS}
        values["text_hash"] = h
        values["relevance"] = json.dumps(relevance, ensure_ascii=False) if relevance else None
        stamp = now()
        if row is None:
            cols = [*values, "imported_at", "updated_at"]
            self.conn.execute(
                f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [*values.values(), stamp, stamp],
            )
        else:
            sets = ", ".join(f"{k} = ?" for k in values)
            self.conn.execute(f"UPDATE documents SET {sets}, updated_at = ? WHERE id = ?", [*values.values(), stamp, doc.id])
            self.conn.execute("DELETE FROM documents_fts WHERE doc_id = ?", (doc.id,))
        self.conn.execute(
            "INSERT INTO documents_fts (doc_id, title, text, folded) VALUES (?, ?, ?, ?)",
            (doc.id, doc.title or "", doc.text, fold_accents(f"{doc.title or ''}\n{doc.text}")),
        )
        return "new" if row is None else "updated"

    def get_document(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _document(row) if row else None

    def iter_documents(self, ids: Iterable[str] | None = None, batch: int = 200) -> Iterator[Document]:
        """Stream documents (all, or the given ids) without loading the corpus into memory."""
        if ids is None:
            last = ""
            while True:
                rows = self.conn.execute("SELECT * FROM documents WHERE id > ? ORDER BY id LIMIT ?", (last, batch)).fetchall()
                if not rows:
                    return
                yield from (_document(r) for r in rows)
                last = rows[-1]["id"]
        else:
            for doc_id in ids:
                doc = self.get_document(doc_id)
                if doc is not None:
                    yield doc

    def iter_documents_with_analysis(self, ids: list[str], pipeline_version: str,
                                     batch: int = 200) -> Iterator[tuple[Document, object | None]]:
        """(document, cached NLP analysis or None) for `ids`, in order, read a batch at a time.

        One query per batch joins the cache on the stored text hash, so the extraction runner's
        single reader does not hash or look up each document on its own.
        """
        for i in range(0, len(ids), batch):
            chunk = ids[i:i + batch]
            rows = self.conn.execute(
                f"""SELECT d.*, c.data AS cached FROM documents d
                    LEFT JOIN nlp_cache c ON c.text_hash = d.text_hash AND c.pipeline_version = ?
                    WHERE d.id IN ({', '.join('?' * len(chunk))})""",
                (pipeline_version, *chunk),
            ).fetchall()
            by_id = {r["id"]: r for r in rows}
            for doc_id in chunk:
                r = by_id.get(doc_id)
                if r is not None:
                    yield _document(r), (json.loads(zlib.decompress(r["cached"])) if r["cached"] else None)

    def count_documents(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def stale_document_ids(self, extractor_version: str) -> list[str]:
        """Documents never extracted, changed since, or extracted by another extractor version."""
        rows = self.conn.execute(
            """SELECT d.id FROM documents d LEFT JOIN extractions e ON e.doc_id = d.id
               WHERE e.doc_id IS NULL OR e.text_hash != d.text_hash OR e.extractor_version != ?
               ORDER BY d.id""",
            (extractor_version,),
        )
        return [r[0] for r in rows]

    def search(self, query: str, *, folded: bool = False, limit: int = 20) -> list[dict]:
        column = "folded" if folded else "text"
        q = fold_accents(query) if folded else query
        phrase = '"' + q.replace('"', '""') + '"'
        try:
            rows = self.conn.execute(
                f"""SELECT f.doc_id, d.title, snippet(documents_fts, {3 if folded else 2}, '[', ']', '…', 12) AS snippet
                    FROM documents_fts f JOIN documents d ON d.id = f.doc_id
                    WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?""",
                (f"{{{column}}} : {phrase}", limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search {query!r}: {exc}") from exc
        return [dict(r) for r in rows]

    # -- extraction runs ---------------------------------------------------------------------
    def start_run(self, extractor_version: str, model_hashes: dict[str, str] | None = None) -> int:
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO runs (started_at, extractor_version, model_hashes) VALUES (?, ?, ?)",
                (now(), extractor_version, json.dumps(model_hashes or {})),
            )
            return cur.lastrowid

    def finish_run(self, run_id: int, *, done: int, failed: int, figures: int, practices: int, status: str = "finished") -> None:
        with self.transaction():
            self.conn.execute(
                """UPDATE runs SET finished_at = ?, documents_done = ?, documents_failed = ?, figures = ?,
                   practices = ?, status = ? WHERE id = ?""",
                (now(), done, failed, figures, practices, status, run_id),
            )

    def save_results(self, run_id: int, extractor_version: str, results: Iterable, cache: Iterable = ()) -> None:
        """Replace each document's rows with a pipeline `DocumentResult`, all in one transaction.

        `cache` holds (text_hash, pipeline_version, analysis) entries for the NLP cache.
        """
        with self.transaction():
            for res in results:
                self._save_result(run_id, extractor_version, res)
            for entry in cache:
                self.cache_analysis(*entry)

    def _save_result(self, run_id: int, extractor_version: str, res) -> None:
        row = self.conn.execute("SELECT text_hash FROM documents WHERE id = ?", (res.doc_id,)).fetchone()
        if row is None:
            return  # deleted meanwhile
        status = "failed" if res.error else "ok"
        if not res.error:
            self.conn.execute("DELETE FROM figures WHERE doc_id = ?", (res.doc_id,))
            self.conn.execute("DELETE FROM practices WHERE doc_id = ?", (res.doc_id,))
            self.conn.executemany(
                f"INSERT INTO figures (run_id, doc_id, {', '.join(_FIGURE_FIELDS)}) VALUES (?, ?, {', '.join('?' * len(_FIGURE_FIELDS))})",
                [(run_id, res.doc_id, *(getattr(f, k) for k in _FIGURE_FIELDS)) for f in res.figures],
            )
            self.conn.executemany(
                f"INSERT INTO practices (run_id, doc_id, {', '.join(_PRACTICE_FIELDS)}) VALUES (?, ?, {', '.join('?' * len(_PRACTICE_FIELDS))})",
                [(run_id, res.doc_id, *(getattr(p, k) for k in _PRACTICE_FIELDS)) for p in res.practices],
            )
        self.conn.execute(
            """INSERT INTO extractions (doc_id, run_id, text_hash, extractor_version, status, error, extracted_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(doc_id) DO UPDATE SET run_id = excluded.run_id, text_hash = excluded.text_hash,
               extractor_version = excluded.extractor_version, status = excluded.status, error = excluded.error,
               extracted_at = excluded.extracted_at""",
            (res.doc_id, run_id, row["text_hash"], extractor_version, status, res.error, now()),
        )

    # -- output rows -------------------------------------------------------------------------
    def iter_figures(self, *, indicator: list[str] | None = None, province: str | None = None,
                     since: str | None = None, doc_id: str | None = None) -> Iterator[dict]:
        where, args = _filters(indicator=indicator, province=province, since=since, doc_id=doc_id, code_column="f.indicator")
        sql = f"""SELECT f.doc_id AS doc, {', '.join('f.' + k for k in _FIGURE_FIELDS)}, d.url AS url
                  FROM figures f JOIN documents d ON d.id = f.doc_id {where} ORDER BY f.doc_id, f.char_start, f.id"""
        for r in self.conn.execute(sql, args):
            yield dict(r)

    def iter_practices(self, *, practice: list[str] | None = None, province: str | None = None,
                       since: str | None = None, doc_id: str | None = None) -> Iterator[dict]:
        where, args = _filters(indicator=practice, province=province, since=since, doc_id=doc_id, code_column="f.practice")
        sql = f"""SELECT f.doc_id AS doc, {', '.join('f.' + k for k in _PRACTICE_FIELDS)}, d.url AS url, d.published AS published
                  FROM practices f JOIN documents d ON d.id = f.doc_id {where} ORDER BY f.doc_id, f.char_start, f.id"""
        for r in self.conn.execute(sql, args):
            yield dict(r)

    # -- NLP cache ---------------------------------------------------------------------------
    def cached_analysis(self, text_hash_: str, pipeline_version: str) -> object | None:
        row = self.conn.execute(
            "SELECT data FROM nlp_cache WHERE text_hash = ? AND pipeline_version = ?", (text_hash_, pipeline_version)
        ).fetchone()
        return json.loads(zlib.decompress(row[0])) if row else None

    def cache_analysis(self, text_hash_: str, pipeline_version: str, data: object) -> None:
        blob = zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"))
        self.conn.execute("INSERT OR REPLACE INTO nlp_cache VALUES (?, ?, ?)", (text_hash_, pipeline_version, blob))

    # -- statistics --------------------------------------------------------------------------
    def stats(self) -> dict:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT COUNT(*) FROM documents"),
            "characters": one("SELECT COALESCE(SUM(LENGTH(text)), 0) FROM documents"),
            "with_date": one("SELECT COUNT(*) FROM documents WHERE published IS NOT NULL"),
            "pages": one("SELECT COUNT(*) FROM pages"),
            "extracted": one("SELECT COUNT(*) FROM extractions WHERE status = 'ok'"),
            "failed": one("SELECT COUNT(*) FROM extractions WHERE status = 'failed'"),
            "figures": one("SELECT COUNT(*) FROM figures"),
            "practices": one("SELECT COUNT(*) FROM practices"),
            "runs": one("SELECT COUNT(*) FROM runs"),
            "by_site": dict(self.conn.execute("SELECT COALESCE(site, '(none)'), COUNT(*) FROM documents GROUP BY 1 ORDER BY 2 DESC").fetchall()),
            "by_year": dict(self.conn.execute("SELECT COALESCE(SUBSTR(published, 1, 4), '(unknown)'), COUNT(*) FROM documents GROUP BY 1 ORDER BY 1").fetchall()),
        }


def _document(row: sqlite3.Row) -> Document:
    return Document(**{k: row[k] for k in _DOC_FIELDS})


def _filters(*, indicator, province, since, doc_id, code_column) -> tuple[str, list]:
    clauses, args = [], []
    if indicator:
        clauses.append(f"{code_column} IN ({', '.join('?' * len(indicator))})")
        args += list(indicator)
    if province:
        clauses.append("(f.province = ? OR f.province_2025 = ?)")
        args += [province, province]
    if since:
        clauses.append("d.published >= ?")
        args.append(since)
    if doc_id:
        clauses.append("f.doc_id = ?")
        args.append(doc_id)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", args


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (sqlite3 knows where comments and strings end)."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return out


def _check_is_sqlite(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as f:
            if f.read(16) != _SQLITE_MAGIC:
                raise StoreError(f"{path}: not a SQLite database (was a different file given to --db?)")


def _explain(exc: sqlite3.Error) -> str:
    msg = str(exc)
    if "locked" in msg or "busy" in msg:
        return "database is locked by another process; wait for it to finish or use another --db"
    if "not a database" in msg or "malformed" in msg:
        return "not a SQLite database, or the file is damaged"
    return msg


def as_row(record) -> dict:
    return asdict(record)
