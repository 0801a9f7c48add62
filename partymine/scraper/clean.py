"""Article cleaning: from scraped plain text or raw HTML to title, date, author and body.

Both paths end in the same furniture stripping (`strip_furniture`), whose rules live in
`furniture.toml`. The body is kept as written apart from that: no rewording, no
re-flowing, so every offset a researcher sees points at the text the site published.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from partymine.errors import ParseError
from partymine.text import clean_text

# `Thứ bảy,  22/01/2022`, `23:01 04/10/2022`, `Thứ Ba, 09/08/2022`, `04/10/2022 08:15`,
# `Cập nhật: 10:05, 12/03/2023`, `Ngày 5/7/2024`
_DATE_LINE = re.compile(
    r"^(?:(?:cập nhật|đăng|ngày đăng|xuất bản)\s*:?\s*)?"
    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|chủ nhật)\s*,?\s*)?"
    r"(?:ngày\s+)?(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:\(?GMT[+-]\d+\)?)?\s*[,-]?\s*)?"
    r"(?:ngày\s+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})"
    r"(?:\s*[,-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:\(?GMT[+-]\d+\)?|AM|PM))?)?\s*$",
    re.IGNORECASE,
)
# A line that opens a list (`...:`) or holds two sentences is body text, never a headline.
_IS_PARAGRAPH = re.compile(r"(?<!\d):$|[.!?…]\s+\S.{40,}")
_BYLINE_MAX_WORDS = 9
_HEADER_LINES = 8
_MIN_BODY_CHARS = 40  # less than a sentence: navigation or a caption, not an article


@dataclass(frozen=True, slots=True)
class CleanedArticle:
    text: str
    title: str | None = None
    published: str | None = None  # ISO YYYY-MM-DD
    author: str | None = None


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    id: str
    kind: str  # line | tail | suffix
    pattern: re.Pattern
    example: str


@lru_cache(maxsize=1)
def furniture_rules() -> tuple[FurnitureRule, ...]:
    data = tomllib.loads(resources.files("partymine.scraper").joinpath("furniture.toml").read_text("utf-8"))
    return tuple(
        FurnitureRule(r["id"], r["kind"], re.compile(r["pattern"], re.IGNORECASE), r["example"])
        for r in data["rule"]
    )


def parse_date_line(line: str) -> str | None:
    """`Thứ bảy,  22/01/2022` -> `2022-01-22`; None when the line is not a date line."""
    m = _DATE_LINE.match(line.strip())
    if not m:
        return None
    d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def strip_furniture(text: str) -> str:
    """Drop comment boxes, share bars, tag lists and the 'more news' tail."""
    rules = furniture_rules()
    kept: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            kept.append(line)
            continue
        rule = next((r for r in rules if r.kind in ("line", "tail") and r.pattern.fullmatch(stripped)), None)
        if rule is not None and rule.kind == "tail" and kept_has_body(kept):
            break
        if rule is not None:
            continue
        for r in rules:
            if r.kind == "suffix":
                line = r.pattern.sub("", line)
        kept.append(line)
    return clean_text("\n".join(kept))


def kept_has_body(lines: list[str]) -> bool:
    # A "Tin mới" box above the article (site navigation) must not cut the article away.
    return sum(len(x) for x in lines) > 200


def clean_plain_text(raw: str) -> CleanedArticle:
    """A plain-text article as scraped: header lines (section, title, date), body, byline, furniture."""
    text = strip_furniture(clean_text(raw))
    lines = text.split("\n")
    published, date_index = None, None
    for i, line in enumerate(lines[:_HEADER_LINES]):
        published = parse_date_line(line)
        if published:
            date_index = i
            break
    if date_index is not None:
        del lines[date_index]
    text = clean_text("\n".join(lines))
    if not text:
        raise ParseError("no article text left after removing the page furniture")
    return CleanedArticle(text=text, title=guess_title(text), published=published, author=guess_byline(text))


def guess_title(text: str) -> str | None:
    """The longest short line before the first body paragraph (section labels are shorter)."""
    header: list[str] = []
    for line in text.split("\n")[:_HEADER_LINES]:
        line = line.strip()
        if len(line) > 250 or (line.endswith(".") and len(line) > 120) or _IS_PARAGRAPH.search(line):
            break
        if line and not parse_date_line(line):
            header.append(line)
    return max(header, key=len) if header else None


def guess_byline(text: str) -> str | None:
    """A last line of a few words with no final punctuation is the author's byline."""
    last = text.rsplit("\n", 1)[-1].strip()
    name = re.sub(r"\s*\(.*\)\s*$", "", last).strip()  # `Tên (Ủy ban Kiểm tra Thị ủy)`
    words = name.split()
    if not words or len(words) > _BYLINE_MAX_WORDS or name[-1] in ".!?:;…\"”,":
        return None
    return name


def clean_html(html: str, url: str | None = None, selectors: dict[str, str] | None = None) -> CleanedArticle:
    """Main text, title, date and author of an HTML article page (trafilatura + htmldate).

    `selectors` (from a site profile: title, date, body) override the library where given;
    when they give all three, the generic extractors are not run at all.
    """
    return clean_selected(html, url, select_fields(html, selectors or {}))


def clean_selected(html: str, url: str | None, selected: dict[str, str]) -> CleanedArticle:
    """`clean_html` once the profile's selectors have been applied: `selected` holds what they
    found (title, date, body), the library finds the rest."""
    body = selected.get("body") or _generic_body(html, url)
    if not body or len(body.strip()) < _MIN_BODY_CHARS:
        raise ParseError("no article body found in the page")
    title, published, author = selected.get("title"), _iso_date(selected.get("date")), None
    if not (title and published):
        meta = _metadata(html, url)
        title = title or meta.title
        published = published or meta.date or _find_date(html)
        author = meta.author
    text = strip_furniture(clean_text(body))
    if not text:
        raise ParseError("no article text left after removing the page furniture")
    title = clean_text(title) if title else None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return CleanedArticle(text=text, title=title or None, published=published, author=author or guess_byline(text))


def _generic_body(html: str, url: str | None) -> str | None:
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False, include_tables=True, favor_precision=True)


def _metadata(html: str, url: str | None) -> _Meta:
    import trafilatura

    meta = trafilatura.extract_metadata(html, default_url=url)
    return _Meta(meta.title, meta.date, meta.author) if meta else _Meta(None, None, None)


def _find_date(html: str) -> str | None:
    from htmldate import find_date

    return find_date(html, original_date=True, outputformat="%Y-%m-%d")


@dataclass(frozen=True, slots=True)
class _Meta:
    title: str | None
    date: str | None
    author: str | None


_BLOCKS = ".//p | .//h2 | .//h3 | .//li | .//figcaption"


def select_fields(html: str, selectors: dict[str, str]) -> dict[str, str]:
    """Fields found by a profile's CSS selectors (lxml + cssselect: fast enough for a crawl).

    `body` joins the text blocks (paragraphs, headings, list items, captions) of every match;
    `date` prefers a `datetime` attribute; other fields take a `content` attribute or the text.
    """
    if not selectors:
        return {}
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return {}
    out: dict[str, str] = {}
    for field, css in selectors.items():
        nodes = css_selector(css)(tree)
        if not nodes:
            continue
        if field == "body":
            blocks = (_text(b) for n in nodes for b in (n.xpath(_BLOCKS) or [n]))
            out[field] = "\n\n".join(b for b in blocks if b)
        elif field == "date" and nodes[0].get("datetime"):
            out[field] = nodes[0].get("datetime")
        else:
            out[field] = nodes[0].get("content") or _text(nodes[0])
    return out


@lru_cache(maxsize=256)
def css_selector(css: str):
    """A compiled CSS selector (lxml + cssselect), compiled once per process."""
    from lxml.cssselect import CSSSelector

    return CSSSelector(css)


def _text(node) -> str:
    # Line breaks in the markup are not the author's; spaces inside a line are kept as written.
    return re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", node.text_content()).strip()


def _iso_date(s: str | None) -> str | None:
    if not s:
        return None
    m = re.search(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", s)
    if m:
        return m.group(0)
    m = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})", s)
    return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}" if m else None
