"""A document in the terminal with each extracted figure highlighted and its row beside it."""
from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from partymine.corpus.export import plain_number
from partymine.records import Document

_STYLES = ["bold yellow", "bold cyan", "bold green", "bold magenta"]


def render_document(doc: Document, figures: list[dict], *, with_figures: bool = False) -> Group:
    head = Text(f"{doc.id}  {doc.published or ''}  {doc.site or ''}\n{doc.url or doc.source or ''}\n", style="dim")
    body = Text(doc.text)
    if not with_figures:
        return Group(head, body)
    table = Table("#", "indicator", "value", "qual", "unit", "total", "neg", "kind", "locality", "period", "method")
    for i, f in enumerate(figures, 1):
        style = _STYLES[i % len(_STYLES)]
        body.stylize(style, f["char_start"], f["char_end"])
        body.stylize("reverse", f["char_start"], f["char_end"])
        table.add_row(
            Text(str(i), style=style), f["indicator"], plain_number(f["value"]) + (f"–{plain_number(f['value_max'])}" if f["value_max"] is not None else ""),
            f["qualifier"], f["unit"], plain_number(f["total"]), "yes" if f["negated"] else "", f["kind"],
            f["locality"] or "", f["period"] or "", f["method"],
        )
    return Group(head, body, Text(""), table)
