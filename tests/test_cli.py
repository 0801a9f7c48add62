"""The command line: one-line errors, honest exit codes, never a traceback."""
import json
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import SAMPLE

GOOD = "Tiêu đề bài viết\n\nChi bộ thôn Trung Cấp có 24 đảng viên, trong đó có 5 đảng viên nữ."


def pm(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "partymine.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_import_reports_counts(tmp_path):
    r = pm("import", "--db", tmp_path / "c.db", SAMPLE, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["new"] == 5


def test_bad_inputs_are_one_line_each_and_the_rest_imports(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": "a"}\nnot json\n', encoding="utf-8")
    r = pm("import", "--db", tmp_path / "c.db", tmp_path / "empty.txt", tmp_path / "good.txt",
           tmp_path / "bad.jsonl", tmp_path / "missing.txt")
    errors = [line for line in r.stderr.splitlines() if line.startswith("Error:")]
    assert r.returncode == 1
    assert len(errors) == 4
    assert "Traceback" not in r.stderr
    assert "new 1" in r.stderr


def test_not_a_database_is_one_line(tmp_path):
    db = tmp_path / "c.db"
    db.write_text("hello")
    r = pm("import", "--db", db, SAMPLE)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [f"Error: {db}: not a SQLite database (was a different file given to --db?)"]
    assert db.read_text() == "hello"


def test_newer_schema_database_is_refused(tmp_path):
    db = tmp_path / "c.db"
    assert pm("import", "--db", db, SAMPLE).returncode == 0
    con = sqlite3.connect(db)
    con.execute("INSERT INTO schema_version VALUES (999, 'future')")
    con.commit()
    con.close()
    r = pm("stats", "--db", db)
    assert r.returncode == 1 and "newer" in r.stderr and "Traceback" not in r.stderr


def test_show_unknown_document(tmp_path):
    r = pm("show", "--db", tmp_path / "c.db", "nope")
    assert r.returncode == 1 and "no document with id 'nope'" in r.stderr


def test_search_folded(tmp_path):
    pm("import", "--db", tmp_path / "c.db", SAMPLE)
    r = pm("search", "--db", tmp_path / "c.db", "--fold", "Hong Linh")
    assert "002_e5af71374a9032ae" in r.stdout


def test_usage_error_is_not_a_traceback(tmp_path):
    r = pm("export", "indicators", "--db", tmp_path / "c.db")
    assert r.returncode == 2 and "Traceback" not in r.stderr and "-o" in r.stderr


@pytest.mark.parametrize("command", ["import", "list", "show", "search", "stats", "extract", "export", "codebook", "places"])
def test_every_command_has_help(command):
    assert pm(command, "--help").returncode == 0
