"""The offline HTML report: contents, evidence highlighting, no network, and it draws in a browser."""
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partymine.corpus.store import Store
from partymine.pipeline import DocumentResult
from partymine.records import Document, Figure, Practice
from partymine.report import evidence_parts, write_report

TITLE = "Nâng cao chất lượng tổ chức cơ sở đảng\n"
# doc id -> (published, url, body); the body is one sentence, after the title line.
DOCS = {
    "a1": ("2022-01-10", "https://baosonla.vn/a1.html",
           "Năm 2021, Đảng bộ huyện Vân Hồ có 3.100 đảng viên, sinh hoạt tại 120 chi bộ."),
    "a2": ("2024-01-05", "https://baosonla.vn/a2.html",
           "Đến hết năm 2023, huyện Vân Hồ có 3.485 đảng viên; 92,5% chi bộ hoàn thành tốt nhiệm vụ."),
    "a3": ("2024-02-01", "javascript:alert(1)",
           "Năm 2023, huyện Vân Hồ có 3.480 đảng viên, tổ chức tập huấn cho bí thư chi bộ."),
    "b1": ("2023-06-01", None,
           "Thành phố Lạng Sơn có 73 tổ chức cơ sở đảng, kết nạp mới 150 đảng viên trong năm 2022."),
}
# (doc, indicator, number as written, value, unit, locality, level, province, period)
FIGURES = [
    ("a1", "party_members", "3.100", 3100, "count", "huyện Vân Hồ", "district", "Sơn La", "2021"),
    ("a1", "party_cells", "120", 120, "count", "huyện Vân Hồ", "district", "Sơn La", "2021"),
    ("a2", "party_members", "3.485", 3485, "count", "huyện Vân Hồ", "district", "Sơn La", "2023"),
    ("a2", "rating_good_or_better", "92,5", 92.5, "percent", "huyện Vân Hồ", "district", "Sơn La", "2023"),
    ("a3", "party_members", "3.480", 3480, "count", "huyện Vân Hồ", "district", "Sơn La", "2023"),
    ("b1", "grassroots_orgs", "73", 73, "count", "thành phố Lạng Sơn", "district", "Lạng Sơn", None),
    ("b1", "members_admitted", "150", 150, "count", "thành phố Lạng Sơn", "district", "Lạng Sơn", "2022"),
]
PRACTICES = [("a3", "training", "huyện Vân Hồ", "Sơn La"), ("a2", "quality_rating", "huyện Vân Hồ", "Sơn La"),
             ("b1", "member_recruitment", "thành phố Lạng Sơn", "Lạng Sơn")]


def build_corpus(path: Path) -> Path:
    with Store(path) as store:
        for doc_id, (published, url, body) in DOCS.items():
            store.upsert_document(Document(id=doc_id, text=TITLE + body, url=url, published=published,
                                           site="baosonla" if doc_id.startswith("a") else "baolangson",
                                           province="Sơn La" if doc_id.startswith("a") else "Lạng Sơn"))
        results = []
        for doc_id, (published, _url, body) in DOCS.items():
            figures = [_figure(row, published, body) for row in FIGURES if row[0] == doc_id]
            practices = [Practice(doc=d, practice=code, locality=loc, province=prov, province_2025=prov,
                                  sentence=body, char_start=len(TITLE), char_end=len(TITLE) + len(body),
                                  confidence=0.8, method="test.v1")
                         for d, code, loc, prov in PRACTICES if d == doc_id]
            results.append(DocumentResult(doc_id, figures=figures, practices=practices))
        store.save_results(store.start_run("test"), "test", results)
    return path


def _figure(row, published, body) -> Figure:
    doc, indicator, written, value, unit, locality, level, province, period = row
    start = len(TITLE) + body.index(written)
    return Figure(doc=doc, indicator=indicator, value=value, value_max=None, qualifier="exact", unit=unit,
                  total=None, negated=False, kind="actual", subject="đảng viên", locality=locality,
                  locality_level=level, province=province, province_2025=province, locality_code=None,
                  period=period, published=published, sentence=body, char_start=start,
                  char_end=start + len(written), confidence=0.9, method="test.v1")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    with Store(build_corpus(folder / "corpus.db")) as store:
        summary = write_report(store, folder / "report.html")
    return summary


def test_summary_counts(report):
    # 3 corpus charts (year, site, province), one per indicator+unit (5), the practice heat-map
    assert (report.charts, report.figures, report.practices, report.documents) == (9, 7, 3, 4)
    assert report.bytes == report.path.stat().st_size


class _Links(HTMLParser):
    """Every src/href attribute, and the chart containers, as the browser would parse them."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str, str]] = []
        self.charts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.links += [(tag, name, attrs[name]) for name in ("src", "href", "xlink:href") if attrs.get(name)]
        if tag == "div" and "chart" in (attrs.get("class") or "").split():
            self.charts.append(attrs["id"])


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_nothing_is_loaded_from_outside(report):
    links = parse(report.path).links
    sources = {url for _p, url, _b in DOCS.values() if url and url.startswith("https://")}
    external = [(tag, name, value) for tag, name, value in links
                if not value.startswith("#") and not (tag == "a" and name == "href" and value in sources)]
    assert external == []
    assert {value for tag, _n, value in links if tag == "a" and not value.startswith("#")} == sources


def test_a_non_web_url_is_not_a_link(report):
    assert "javascript:" not in report.path.read_text(encoding="utf-8")


def test_the_number_is_highlighted_in_its_sentence(report):
    html = report.path.read_text(encoding="utf-8")
    assert "huyện Vân Hồ có <mark>3.485</mark> đảng viên" in html
    assert "<mark>92,5</mark>% chi bộ" in html


def test_each_figure_has_a_row(report):
    html = report.path.read_text(encoding="utf-8")
    assert sorted(int(n) for n in re.findall(r'<tr id="f(\d+)"', html)) == list(range(1, 8))


@pytest.mark.parametrize("text, sentence, start, end, expected", [
    # the sentence found in the document: the offsets place the number exactly (the second 12)
    ("Tiêu đề\nCó 12 chi bộ và 12 đảng viên.", "Có 12 chi bộ và 12 đảng viên.", 24, 26,
     ("Có 12 chi bộ và ", "12", " đảng viên.")),
    # the stored sentence differs from the text: the number is found when it occurs once
    ("Xã có 24 đảng viên.", "Xã có 24 đảng viên (theo báo cáo).", 6, 8, ("Xã có ", "24", " đảng viên (theo báo cáo).")),
    # ... and is not guessed when it occurs twice
    ("Có 12 chi bộ.", "Có 12 chi bộ và 12 đảng viên!", 3, 5, ("Có 12 chi bộ và 12 đảng viên!", "", "")),
])
def test_evidence_parts(text, sentence, start, end, expected):
    assert evidence_parts(text, sentence, start, end) == expected


def test_empty_store_gives_a_report(tmp_path):
    with Store(tmp_path / "empty.db") as store:
        summary = write_report(store, tmp_path / "r.html")
    assert (summary.charts, summary.figures) == (0, 0)
    assert "No figures." in summary.path.read_text(encoding="utf-8")


# -- in a real browser ---------------------------------------------------------------------------

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000"]


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    # CI machines may lack it; as root with CI set, install Debian's package once (bounded).
    if os.environ.get("CI") and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for cmd in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium"]):
            try:
                subprocess.run(cmd, check=True, capture_output=True, timeout=300, env=env)
            except (subprocess.SubprocessError, OSError):
                return None
        return shutil.which("chromium")
    return None


@pytest.fixture(scope="module")
def rendered(report, tmp_path_factory):
    chromium = find_chromium()
    if chromium is None:
        pytest.skip("headless Chromium not found: apt-get install -y chromium to run the browser test")
    profile = tmp_path_factory.mktemp("chromium-profile")
    done = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom",
                           report.path.as_uri()], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = tmp_path_factory.mktemp("dom") / "dom.html"
    dom.write_text(done.stdout, encoding="utf-8")
    return dom, done.stderr


def test_browser_logs_nothing_to_the_console(rendered, report):
    _dom, log = rendered
    console = [line for line in log.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    assert console == []


def test_browser_draws_every_chart(rendered, report):
    from bs4 import BeautifulSoup

    dom, _log = rendered
    page = BeautifulSoup(dom.read_text(encoding="utf-8"), "html.parser")
    drawn = {div["id"]: (len(div.find_all("svg")), "chart-error" in div["class"]) for div in page.select("div.chart")}
    assert sorted(drawn) == sorted(parse(report.path).charts)
    assert {chart_id: n for chart_id, (n, failed) in drawn.items() if n == 0 or failed} == {}


def test_cli_report(tmp_path):
    from click.testing import CliRunner

    from partymine.cli import cli

    db = build_corpus(tmp_path / "corpus.db")
    result = CliRunner().invoke(cli, ["report", "--db", str(db), "-o", str(tmp_path / "r.html"), "--json"])
    assert result.exit_code == 0, result.output
    assert '"figures": 7' in result.output



@given(st.text(min_size=1, max_size=40), st.integers(0, 45), st.integers(0, 45), st.text(max_size=10))
def test_evidence_parts_always_spell_the_sentence(sentence, a, b, prefix):
    text = prefix + sentence
    start, end = sorted((a, b))
    before, number, after = evidence_parts(text, sentence, start, end)
    assert before + number + after == sentence
