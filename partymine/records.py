"""The typed records passed from stage to stage.

    Page (fetched HTML) -> Document (cleaned article) -> Sentence -> Figure / Practice

`Figure` mirrors the columns of indicators.csv (SCHEMA.md section 2) field for field;
`Practice` mirrors practices.csv (section 3). Provenance (offsets, method) is required.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True, slots=True)
class Page:
    """One HTTP fetch, kept raw so cleaning can be re-run without re-fetching."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str
    site: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One article: cleaned text plus what is known about its source."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    site: str | None = None
    published: str | None = None  # ISO YYYY-MM-DD
    author: str | None = None
    province: str | None = None  # the source's province (site profile or JSONL record)
    source: str | None = None  # file path or URL it was imported from
    page_id: int | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or caption, title, byline, list item) with offsets into Document.text."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    kind: str = "body"  # body | title | caption | byline | list
    # underthesea words (multi-syllable words joined by a space, as underthesea gives them),
    # filled by extract.nlp.tokenize; empty until then.
    words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Locality:
    """A place resolved (or not) against the gazetteer.

    `name` is `<type> <Name>` normalised (`thành phố Lạng Sơn`, `thôn Trung Cấp`);
    `code` is the GSO code of the most specific official unit resolved, empty if none.
    """

    name: str | None
    level: str | None = None  # province | district | commune | village
    province: str | None = None  # under the units in force on the article's date
    province_2025: str | None = None
    code: str | None = None
    as_written: str | None = None
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class Figure:
    doc: str
    indicator: str
    value: float
    value_max: float | None
    qualifier: str  # exact | over | under | nearly | about
    unit: str  # count | percent | vnd
    total: float | None
    negated: bool
    kind: str  # actual | target
    subject: str
    locality: str | None
    locality_level: str | None
    province: str | None
    province_2025: str | None
    locality_code: str | None
    period: str | None
    published: str | None
    sentence: str
    char_start: int
    char_end: int
    confidence: float
    method: str


@dataclass(frozen=True, slots=True)
class Practice:
    doc: str
    practice: str
    locality: str | None
    province: str | None
    province_2025: str | None
    sentence: str
    char_start: int
    char_end: int
    confidence: float
    method: str


FIGURE_COLUMNS = [f.name for f in fields(Figure)]
PRACTICE_COLUMNS = [f.name for f in fields(Practice)]
