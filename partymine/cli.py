"""The partymine command line: thin click commands over the library functions.

Every command takes `--db`; bad input gives a one-line message and a non-zero exit, never a
traceback (set PARTYMINE_DEBUG=1 to see one).
"""
from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from partymine import __version__
from partymine.errors import PartymineError

DEFAULT_DB = "partymine.db"


def db_option(f):
    return click.option("--db", "db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                        help="corpus database file")(f)


def json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="print the summary as JSON for scripts")(f)


def open_store(db: str):
    from partymine.corpus.store import Store

    return Store(db)


def console():
    from rich.console import Console

    return Console(stderr=True)


@contextmanager
def progress(total: int | None, description: str):
    """A rich progress bar on a terminal; silent when output is piped or in CI."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=console(), disable=not sys.stderr.isatty(), transient=True)
    with bar:
        task = bar.add_task(description, total=total)
        yield lambda n=1: bar.advance(task, n)


def fail(message: str, code: int = 1):
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="partymine")
def cli():
    """Mine Vietnamese party-building articles for figures, localities and practices."""


# -- corpus -----------------------------------------------------------------------------------------

@cli.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option("--province", help="province of these sources (used when the text does not say)")
@db_option
@json_option
def import_cmd(paths, province, db, as_json):
    """Import .txt, .html, .jsonl files or folders of them."""
    from partymine.corpus.importers import import_paths

    with open_store(db) as store, progress(None, "importing") as advance:
        report = import_paths(store, paths, on_file=lambda _p: advance(), province=province)
        total = store.count_documents()
    for problem in report.problems:
        click.echo(f"Error: {problem}", err=True)
    summary = {"new": report.new, "updated": report.updated, "unchanged": report.unchanged,
               "failed": report.failed, "documents_in_store": total}
    _summary(summary, as_json, "import")
    if report.failed:
        sys.exit(1)


@cli.command("list")
@click.option("--limit", default=50, show_default=True)
@db_option
def list_cmd(limit, db):
    """List documents in the store."""
    from rich.table import Table

    table = Table("id", "published", "site", "title")
    with open_store(db) as store:
        for i, doc in enumerate(store.iter_documents()):
            if i >= limit:
                break
            table.add_row(doc.id, doc.published or "", doc.site or "", (doc.title or "")[:80])
    _print(table)


@cli.command("show")
@click.argument("doc_id")
@click.option("--figures", "with_figures", is_flag=True, help="highlight each extracted figure with its row")
@db_option
def show_cmd(doc_id, with_figures, db):
    """Show one document (and, with --figures, what was extracted from it)."""
    from partymine.show import render_document

    with open_store(db) as store:
        doc = store.get_document(doc_id)
        if doc is None:
            fail(f"{db}: no document with id {doc_id!r}")
        rows = list(store.iter_figures(doc_id=doc_id)) if with_figures else []
    _print(render_document(doc, rows, with_figures=with_figures))


@cli.command("search")
@click.argument("query")
@click.option("--fold", is_flag=True, help="accent-insensitive: `dang vien` finds `đảng viên`")
@click.option("--limit", default=20, show_default=True)
@db_option
def search_cmd(query, fold, limit, db):
    """Full-text search over the documents."""
    with open_store(db) as store:
        hits = store.search(query, folded=fold, limit=limit)
    for h in hits:
        click.echo(f"{h['doc_id']}\t{(h['title'] or '')[:60]}\t{h['snippet']}")
    click.echo(f"{len(hits)} documents", err=True)


@cli.command("stats")
@db_option
@json_option
def stats_cmd(db, as_json):
    """Corpus statistics."""
    with open_store(db) as store:
        s = store.stats()
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    t = Table("measure", "value")
    for k, v in s.items():
        t.add_row(k, ", ".join(f"{a}: {b}" for a, b in v.items()) if isinstance(v, dict) else str(v))
    _print(t)


# -- extraction ------------------------------------------------------------------------------------

@cli.command("extract")
@click.option("--doc", "doc_ids", multiple=True, help="only these documents (repeatable)")
@click.option("--all", "everything", is_flag=True, help="re-extract every document (after a rules or model change)")
@click.option("--workers", type=int, default=None, help="worker processes (default: number of cores)")
@db_option
@json_option
def extract_cmd(doc_ids, everything, workers, db, as_json):
    """Extract figures and practices from new or changed documents."""
    from partymine.pipeline import extractor_version, run_extraction

    workers = workers or os.cpu_count() or 1
    with open_store(db) as store:
        ids = list(doc_ids) or (store.document_ids() if everything else store.stale_document_ids(extractor_version()))
        missing = [d for d in doc_ids if store.get_document(d) is None]
        if missing:
            fail(f"{db}: no document with id {missing[0]!r}")
        with progress(len(ids), "extracting") as advance:
            report = run_extraction(store, doc_ids=ids, workers=min(workers, max(1, len(ids))),
                                    on_result=lambda _r: advance())
    for e in report.errors:
        click.echo(f"Error: {e}", err=True)
    _summary({"documents": report.done, "failed": report.failed, "figures": report.figures,
              "practices": report.practices, "run": report.run_id}, as_json, "extract")
    if report.failed:
        sys.exit(1)


@cli.group("export")
def export_group():
    """Export extracted rows (indicators or practices)."""


def _export_options(f):
    for opt in reversed([
        click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="output file"),
        click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="csv", show_default=True),
        click.option("--excel", is_flag=True, help="UTF-8 with BOM so Excel reads Vietnamese correctly"),
        click.option("--province", help="only rows in this province (old or 2025 units)"),
        click.option("--since", help="only documents published on or after this date (YYYY-MM-DD)"),
    ]):
        f = opt(f)
    return db_option(f)


@export_group.command("indicators")
@click.option("--indicator", "codes", multiple=True, help="only these indicator codes (repeatable)")
@_export_options
def export_indicators(codes, output, fmt, excel, province, since, db):
    """indicators.csv of SCHEMA.md section 2."""
    _export("indicators", codes, output, fmt, excel, province, since, db)


@export_group.command("practices")
@click.option("--practice", "codes", multiple=True, help="only these practice codes (repeatable)")
@_export_options
def export_practices(codes, output, fmt, excel, province, since, db):
    """practices.csv of SCHEMA.md section 3."""
    _export("practices", codes, output, fmt, excel, province, since, db)


def _export(kind, codes, output, fmt, excel, province, since, db) -> None:
    from partymine.corpus.export import write_rows
    from partymine.records import FIGURE_COLUMNS, PRACTICE_COLUMNS

    with open_store(db) as store:
        rows, columns = (
            (store.iter_figures(indicator=list(codes) or None, province=province, since=since), FIGURE_COLUMNS)
            if kind == "indicators" else
            (store.iter_practices(practice=list(codes) or None, province=province, since=since), PRACTICE_COLUMNS)
        )
        n = write_rows(rows, output, columns, fmt=fmt, excel=excel)
    click.echo(f"export: {n} {kind} rows -> {output}", err=True)


@cli.command("codebook")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="write markdown here instead of printing")
def codebook_cmd(output):
    """Every indicator code with its meaning, cues and an example (generated from the pattern data)."""
    from partymine.extract.codebook import render_codebook

    text = render_codebook()
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"codebook -> {output}", err=True)
    else:
        click.echo(text)


@cli.command("places")
@click.option("--limit", default=200, show_default=True)
@db_option
def places_cmd(limit, db):
    """Places in the store with counts and their old/new units, to spot mis-resolutions."""
    from rich.table import Table

    from partymine.extract.localities import place_summary

    with open_store(db) as store:
        rows = place_summary(store.iter_figures())
    t = Table("locality", "level", "province", "province_2025", "code", "figures")
    for r in rows[:limit]:
        t.add_row(*(str(r.get(k) or "") for k in ("locality", "locality_level", "province", "province_2025", "locality_code", "count")))
    _print(t)


# -- models and evaluation -------------------------------------------------------------------------

@cli.group("train")
def train_group():
    """Rebuild a shipped model from its training data (deterministic)."""


@train_group.command("practices")
@click.option("--data", type=click.Path(exists=True, dir_okay=False), help="labelled sentences (JSON lines)")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="where to write the model (default: the package)")
@json_option
def train_practices_cmd(data, out_dir, as_json):
    """The practices classifier, from partymine/models/data/practices.jsonl."""
    from partymine.models.practices import train_practices

    report = train_practices(data, out_dir)
    _summary({"examples": report.n_examples, "negative": report.n_negative,
              "cv_micro_f1": round(report.cv_micro.f1, 3), "model": str(report.model_path),
              "data_sha256": report.data_sha256[:12]}, as_json, "train practices")


@train_group.command("figures")
@click.option("--data", type=click.Path(exists=True, dir_okay=False), help="labelled numbers (JSON lines)")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="where to write the model (default: the package)")
@json_option
def train_figures_cmd(data, out_dir, as_json):
    """The figure classifier (numbers the indicator rules leave as `other`), from partymine/models/data/figures.jsonl."""
    from partymine.models.figures import train_figures

    report = train_figures(data, out_dir)
    _summary({"examples": report.n_examples, "other": report.n_other, "threshold": report.threshold,
              "cv_accuracy": report.cv_accuracy, "cv_precision": report.cv_at_threshold["precision"],
              "cv_coverage": report.cv_at_threshold["coverage"], "model": str(report.model_path),
              "data_sha256": report.data_sha256[:12]}, as_json, "train figures")


@cli.command("evaluate")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="gold JSON lines (SCHEMA.md section 5)")
@db_option
@json_option
def evaluate_cmd(gold, db, as_json):
    """Score the store's rows against your own annotated articles (same numbers as score.py)."""
    from partymine.evaluate import evaluate, format_evaluation

    with open_store(db) as store:
        result = evaluate(gold, list(store.iter_figures()), list(store.iter_practices()))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    else:
        _print(format_evaluation(result))


# -- crawling (owned by the scraper work: crawl, reclean) -------------------------------------------

_CRAWL_COLUMNS = (("fetched", "fetched"), ("new", "new"), ("updated", "upd"), ("unchanged", "same"), ("duplicates", "dup"),
                  ("skipped_robots", "robots"), ("skipped", "skip"), ("failed", "failed"))


@cli.command("crawl")
@click.option("--sites", "sites_file", type=click.Path(dir_okay=False), default=None,
              help="site profiles (TOML, SCHEMA.md section 4); default: the shipped sites.toml")
@click.option("--site", help="only this site (a profile name)")
@click.option("--max-pages", type=click.IntRange(min=1), help="take at most this many URLs per site in this run")
@click.option("--since", help="only articles published on or after this date (YYYY-MM-DD)")
@click.option("--dry-run", is_flag=True, help="read the listing pages only and report what would be fetched")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="processes that clean pages while the next ones are fetched (0: clean in this process)")
@click.option("--fetch-process/--no-fetch-process", default=True, show_default=True,
              help="fetch in a child process, so the next page is on its way while this one is stored")
@db_option
@json_option
def crawl_cmd(sites_file, site, max_pages, since, dry_run, workers, fetch_process, db, as_json):
    """Crawl party newspapers into the store (polite; resumable: re-run to continue)."""
    import datetime as _dt

    from partymine.scraper.crawl import crawl
    from partymine.scraper.sites import load_profiles

    if since:
        try:
            since = _dt.date.fromisoformat(since).isoformat()
        except ValueError:
            fail(f"--since {since!r}: expected a date as YYYY-MM-DD")
    profiles = load_profiles(sites_file)
    with open_store(db) as store, _crawl_display() as on_event:
        report = crawl(store, profiles, site=site, max_pages=max_pages, since=since, dry_run=dry_run, on_event=on_event,
                       workers=workers, fetch_process=fetch_process)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        _print(_crawl_table(report))
        _summary({k: report.total(k) for k in ("fetched", "new", "unchanged", "skipped_robots", "failed")}
                 | ({"discovered": report.total("discovered")} if dry_run else {}), False, "crawl")
    unreachable = sum(c.reasons["robots_unreachable"] for c in report.sites.values())
    if not report.total("fetched") and (report.total("failed") or unreachable):
        sys.exit(1)  # not one page came back: the sites are unreachable from here


@cli.command("reclean")
@click.option("--site", help="only pages of this site")
@db_option
@json_option
def reclean_cmd(site, db, as_json):
    """Clean the stored raw pages again (after a cleaner change), without fetching."""
    from partymine.scraper.reclean import reclean

    with open_store(db) as store, progress(None, "recleaning") as advance:
        report = reclean(store, site=site, on_page=lambda _u: advance())
    _summary({"pages": report.pages, "new": report.new, "updated": report.updated, "unchanged": report.unchanged,
              "duplicates": report.duplicates, "failed": report.failed}, as_json, "reclean")
    if report.failed and report.failed == report.pages:
        sys.exit(1)


@contextmanager
def _crawl_display():
    """A live per-site table on a terminal; no output (and no cost) when stderr is not one."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.live import Live

    sites: dict = {}
    with Live(console=console(), refresh_per_second=4, transient=True) as live:
        def on_event(event):
            sites[event.site] = event.counts
            live.update(_crawl_table_rows(sites, last=event.url))
        yield on_event


def _crawl_table(report):
    return _crawl_table_rows(report.sites)


def _crawl_table_rows(sites: dict, last: str | None = None):
    from rich.table import Table

    table = Table("site", *(label for _, label in _CRAWL_COLUMNS), "reasons", caption=last)
    for name, c in sites.items():
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(c.reasons.items(), key=lambda kv: -kv[1]))
        table.add_row(name, *(str(getattr(c, col)) for col, _ in _CRAWL_COLUMNS), reasons)
    return table



# -- practices, comparison and reports (owned by the practices/report work) -------------------------

@cli.command("compare")
@click.option("--level", type=click.Choice(["province", "district", "commune"]), default="province",
              show_default=True, help="one row per unit of this level")
@click.option("--indicators", "codes", help="comma-separated indicator codes (default: all)")
@click.option("--practices", "practices", is_flag=True, help="the practice matrix instead of indicators")
@click.option("--units", type=click.Choice(["old", "2025"]), default="old", show_default=True,
              help="provinces as on the article's date, or as merged in July 2025")
@click.option("--targets", is_flag=True, help="also show targets (kind=target) as their own columns")
@click.option("--parts", is_flag=True, help="list figures about places inside each unit as rows under it")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="write .csv or .xlsx instead of printing")
@db_option
def compare_cmd(level, codes, practices, units, targets, parts, output, db):
    """Localities side by side: latest value per indicator (conflicts flagged), or practices."""
    from partymine.compare import compare_indicators, compare_practices, write_table

    indicators = [c.strip() for c in codes.split(",") if c.strip()] if codes else None
    with open_store(db) as store:
        if practices:
            table = compare_practices(store, level, units=units)
        else:
            table = compare_indicators(store, level, indicators, units=units, include_targets=targets, parts=parts)
    if output:
        n = write_table(table, output)
        for note in table.notes:
            click.echo(f"note: {note}", err=True)
        click.echo(f"compare: {n} rows, {len(table.groups)} {table.kind} -> {output}", err=True)
    else:
        _print(table.to_rich())


@cli.command("report")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="the HTML file to write")
@db_option
@json_option
def report_cmd(output, db, as_json):
    """One self-contained HTML report (opens offline): corpus, charts, practices, every figure's evidence."""
    from partymine.report import write_report

    with open_store(db) as store:
        summary = write_report(store, output)
    _summary({"charts": summary.charts, "figures": summary.figures, "practices": summary.practices,
              "documents": summary.documents, "bytes": summary.bytes, "path": str(summary.path)}, as_json, "report")



# -- helpers ---------------------------------------------------------------------------------------

def _print(renderable) -> None:
    from rich.console import Console

    tty = sys.stdout.isatty()
    # Piped into a file or another program: wide enough that table cells are not folded.
    Console(soft_wrap=not tty, width=None if tty else 200).print(renderable)


def _summary(summary: dict, as_json: bool, name: str) -> None:
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
    else:
        click.echo(f"{name}: " + ", ".join(f"{k} {v}" for k, v in summary.items()), err=True)


def main(argv: list[str] | None = None) -> None:
    """Entry point: library errors become one line, never a traceback."""
    try:
        cli.main(args=argv, prog_name="partymine", standalone_mode=False)
    except click.exceptions.Abort:
        fail("interrupted", 130)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except PartymineError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; what was stored so far is kept", 130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, cause named
        if os.environ.get("PARTYMINE_DEBUG"):
            raise
        fail(f"internal error: {type(exc).__name__}: {exc} (set PARTYMINE_DEBUG=1 for the traceback)", 2)


if __name__ == "__main__":
    main()
