"""Importers: `.txt`, `.html`/`.htm` and `.jsonl` files (or folders of them) into the store.

Each bad input becomes one `ImportProblem` naming the file (and line) and what is wrong;
the other inputs are still imported. Documents are written in batches, one transaction each.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from partymine.corpus.store import Store
from partymine.errors import ParseError
from partymine.records import Document
from partymine.scraper.clean import CleanedArticle, clean_html, clean_plain_text

MAX_FILE_BYTES = 20 * 1024 * 1024
SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
_BATCH = 500
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


@dataclass(frozen=True, slots=True)
class ImportProblem:
    where: str  # `path` or `path:line`
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ImportReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.problems)

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


def import_paths(store: Store, paths: Iterable[str | Path], *, on_file: Callable[[Path], None] | None = None,
                 province: str | None = None) -> ImportReport:
    """Import every supported file under `paths`; returns what happened to each."""
    report = ImportReport()
    pending: list[Document] = []

    def flush() -> None:
        for outcome in store.upsert_documents(pending):
            report.count(outcome)
        pending.clear()

    for path in _expand(paths, report):
        if on_file:
            on_file(path)
        for item in documents_from_file(path, province=province):
            if isinstance(item, ImportProblem):
                report.problems.append(item)
            else:
                pending.append(item)
                if len(pending) >= _BATCH:
                    flush()
    flush()
    return report


def _expand(paths: Iterable[str | Path], report: ImportReport) -> Iterator[Path]:
    for p in map(Path, paths):
        if not p.exists():
            report.problems.append(ImportProblem(str(p), "no such file or directory"))
        elif p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.suffix.lower() in SUFFIXES:
            yield p
        else:
            report.problems.append(ImportProblem(str(p), f"unsupported file type {p.suffix or '(none)'!r}; expected .txt, .html, .htm or .jsonl"))


def documents_from_file(path: Path, *, province: str | None = None) -> Iterator[Document | ImportProblem]:
    """The documents one file holds, or the problems that kept them out."""
    try:
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from _jsonl_documents(path, province)
            return
        data = _read_bytes(path)
        if suffix == ".txt":
            article = clean_plain_text(decode_text(data))
        else:
            article = clean_html(decode_html(data))
        yield _document(path.stem, article, source=str(path), province=province)
    except ParseError as exc:
        yield ImportProblem(str(path), str(exc))
    except OSError as exc:
        yield ImportProblem(str(path), exc.strerror or str(exc))


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise ParseError("empty file")
    if size > MAX_FILE_BYTES:
        raise ParseError(f"file is {size / 1e6:.0f} MB, larger than the {MAX_FILE_BYTES // 2**20} MB limit for one article file")
    return path.read_bytes()


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM); legacy Vietnamese encodings detected by charset-normalizer."""
    if b"\x00" in data[:8192]:
        raise ParseError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            raise ParseError(f"truncated UTF-8 text (cut in the middle of a character at byte {exc.start})") from exc
        if len(_UTF8_MULTIBYTE.findall(data)) >= 3:
            raise ParseError(f"invalid UTF-8 at byte {exc.start}") from exc
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ParseError("not text in any known encoding")
    return str(best)


def decode_html(data: bytes) -> str:
    """HTML bytes: the declared charset when it decodes cleanly, else detection."""
    head = data[:4096].decode("ascii", "ignore")
    m = re.search(r"charset=[\"']?([A-Za-z0-9_-]+)", head, re.IGNORECASE)
    if b"\x00" in data[:8192]:
        raise ParseError("binary file, not HTML")
    if m:
        try:
            return data.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong label is common on old sites: detect instead
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _decode_legacy(data)


def _jsonl_documents(path: Path, province: str | None) -> Iterator[Document | ImportProblem]:
    """One record a line, streamed: a corpus file may be far larger than one article."""
    if path.stat().st_size == 0:
        raise ParseError("empty file")
    with path.open("rb") as f:
        for n, raw in enumerate(f, 1):
            if raw.strip():
                yield from _jsonl_line(f"{path}:{n}", raw, province)


def _jsonl_line(where: str, raw: bytes, province: str | None) -> Iterator[Document | ImportProblem]:
    try:
        yield _record_document(_parse_record(raw), where, province)
    except ParseError as exc:
        yield ImportProblem(where, str(exc))


def _parse_record(raw: bytes) -> dict:
    if len(raw) > MAX_FILE_BYTES:
        raise ParseError(f"record is larger than the {MAX_FILE_BYTES // 2**20} MB limit for one article")
    try:
        rec = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ParseError(f"invalid UTF-8 at byte {exc.start} of the line") from exc
    except json.JSONDecodeError as exc:
        raise ParseError(f"not valid JSON ({exc.msg})") from exc
    if not isinstance(rec, dict):
        raise ParseError("not a JSON object")
    return rec


def _record_document(rec: dict, where: str, province: str | None) -> Document:
    doc_id = rec.get("id") or rec.get("url")
    if not doc_id:
        raise ParseError("record has neither `id` nor `url`")
    if isinstance(rec.get("text"), str) and rec["text"].strip():
        article = clean_plain_text(rec["text"])
    elif isinstance(rec.get("html"), str) and rec["html"].strip():
        article = clean_html(rec["html"], url=rec.get("url"))
    else:
        raise ParseError("record has neither `text` nor `html`")
    published = rec.get("published") or article.published
    return Document(
        id=str(doc_id), text=article.text, title=rec.get("title") or article.title, url=rec.get("url"),
        site=rec.get("site"), published=published[:10] if published else None, author=article.author,
        province=rec.get("province") or province, source=where,
    )


def _document(doc_id: str, article: CleanedArticle, *, source: str, province: str | None) -> Document:
    return Document(
        id=doc_id, text=article.text, title=article.title, published=article.published,
        author=article.author, province=province, source=source,
    )
