"""What the explorer shows in its output areas: figures as PNG, messages and HTML tables."""

from __future__ import annotations

import base64
import html
import io
import re

from matplotlib.figure import Figure

from analysis.explore.view import KWIC_WIDTH, RELATION_ROWS, RelationView, View


def show_figure(output, figure: Figure, text: str) -> None:
    """Show a figure as a PNG in an ``Output`` widget.

    The figures are built without pyplot, so they are never registered in pyplot's list of
    open figures and need no closing; they are freed once replaced.
    """
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90)
    output.outputs = (
        {
            "output_type": "display_data",
            "data": {
                "image/png": base64.b64encode(buffer.getvalue()).decode("ascii"),
                "text/plain": text,
            },
            "metadata": {},
        },
    )


def show_text(output, text: str) -> None:
    output.outputs = (
        {
            "output_type": "display_data",
            "data": {
                "text/html": f"<p class='explorer-empty'><b>{html.escape(text)}</b></p>",
                "text/plain": text,
            },
            "metadata": {},
        },
    )


_TABLE_STYLE = (
    "<style>.explorer-table{border-collapse:collapse;font-size:12px}"
    ".explorer-table td,.explorer-table th{padding:2px 6px;border-bottom:1px solid #ddd;"
    "text-align:left;vertical-align:top}.explorer-table .nowrap,"
    ".explorer-table td:nth-child(-n+2){white-space:nowrap}</style>"
)


def _scroll(content: str) -> str:
    return f"{_TABLE_STYLE}<div style='max-height:360px;overflow:auto'>{content}</div>"


def articles_html(view: View) -> str:
    if view.empty:
        return f"<p><b>{html.escape(view.message)}</b></p>"
    table = view.articles.assign(month=view.articles["month"].astype("string"))
    note = (
        f"<p>The {len(table):,} articles with most mentions in view, of {view.n_articles:,}.</p>"
        if view.n_articles > len(table)
        else ""
    )
    return _scroll(note + table.to_html(index=False, classes="explorer-table", na_rep="", border=0))


def kwic_html(view: View) -> str:
    if view.empty or view.focus is None:
        return f"<p><b>{html.escape(view.message or 'No actor to show.')}</b></p>"
    if view.kwic.empty:
        return f"<p>No mention of {html.escape(view.focus)} in view.</p>"
    rows = [
        "<tr><td class='nowrap'>{}</td><td class='nowrap'>{}</td>"
        "<td style='text-align:right'>{}</td><td class='nowrap'><b>{}</b></td>"
        "<td>{}</td><td>{}</td></tr>".format(*(html.escape(str(value)) for value in values))
        for values in zip(
            view.kwic["doc_id"],
            view.kwic["month"].astype("string"),
            view.kwic["left"],
            view.kwic["matched"],
            view.kwic["right"],
            view.kwic["kind"],
            strict=True,
        )
    ]
    header = (
        f"<p>First {len(rows)} mentions of {html.escape(view.focus)} in view.</p>"
        "<table class='explorer-table'><tr><th>article</th><th>month</th><th></th>"
        "<th>match</th><th></th><th>kind</th></tr>"
    )
    return _scroll(header + "".join(rows) + "</table>")


def month_html(view: View) -> str:
    if view.empty:
        return f"<p><b>{html.escape(view.message)}</b></p>"
    if view.filters.month not in view.months:
        return "<p>Choose a month above to list its articles mentioning the actor.</p>"
    table = view.month_articles.assign(date=view.month_articles["date"].astype("string"))
    total = view.month_articles.attrs.get("n_articles", len(table))
    shown = f"The {len(table):,} with most mentions of " if total > len(table) else ""
    header = (
        f"<p>{shown}{total:,} article(s) of {html.escape(str(view.filters.month))} mentioning "
        f"{html.escape(str(view.focus))}.</p>"
    )
    return _scroll(
        header + table.to_html(index=False, classes="explorer-table", na_rep="", border=0)
    )


_MARKS = (
    (re.compile(r"&lt;&lt;(.*?)&gt;&gt;"), r"<b style='color:#1f6f63'>\1</b>"),
    (re.compile(r"\{\{(.*?)\}\}"), r"<b style='color:#a03a4e'>\1</b>"),
    (re.compile(r"\[\[(.*?)\]\]"), r"<mark>\1</mark>"),
)


def marked_html(marked: str) -> str:
    """The marked sentence of :func:`analysis.dyads.relation_evidence` as HTML: the source
    in green, the target in red, the trigger highlighted.

    >>> print(marked_html("<<Russia>> and {{North Korea}} [[met]]"))
    <b style='color:#1f6f63'>Russia</b> and <b style='color:#a03a4e'>North Korea</b>
    <mark>met</mark>
    """
    text = html.escape(str(marked), quote=False)
    for pattern, replacement in _MARKS:
        text = pattern.sub(replacement, text)
    return text


def relations_html(view: RelationView) -> str:
    """The Relations tab: the counts line, the counts per dyad and type, the sentences."""
    head = f"<p><b>{html.escape(view.counts_text())}</b></p>"
    if view.message:
        head += f"<p class='explorer-empty'><b>{html.escape(view.message)}</b></p>"
    if view.counts.empty:
        return head
    counts = view.counts.head(RELATION_ROWS)
    shown = counts.assign(share_of_articles=(100 * counts["share_of_articles"]).round(1))
    shown = shown.rename(columns={"share_of_articles": "% of articles"})
    columns = ["source", "type", "target", "relations", "articles", "% of articles"]
    note = (
        f"<p>The {len(counts):,} counts with most relations, of {len(view.counts):,}.</p>"
        if len(view.counts) > len(counts)
        else ""
    )
    table = shown[columns].to_html(index=False, classes="explorer-table", border=0)
    which = " ".join(view.dyad) if view.dyad else "the first relations in view"
    evidence = view.evidence
    months = evidence["month"].astype(str) if "month" in evidence else [""] * len(evidence)
    cells = zip(
        evidence["doc_id"].astype(str),
        months,
        evidence["status"].astype(str),
        evidence["left"].astype(str),
        evidence["marked"],
        evidence["right"].astype(str),
        strict=True,
    )
    rows = [
        f"<tr><td class='nowrap'>{html.escape(doc_id)}</td><td class='nowrap'>"
        f"{html.escape(month)}</td><td>{html.escape(status)}</td>"
        f"<td style='text-align:right'>{html.escape(left[-KWIC_WIDTH:])}</td>"
        f"<td>{marked_html(marked)}</td><td>{html.escape(right[:KWIC_WIDTH])}</td></tr>"
        for doc_id, month, status, left, marked, right in cells
    ]
    sentences = (
        f"<p>Sentences behind {html.escape(which)} ({len(rows):,} shown): the source in "
        "green, the target in red, the trigger highlighted.</p>"
        "<table class='explorer-table'><tr><th>article</th><th>month</th><th>status</th>"
        "<th></th><th>relation</th><th></th></tr>" + "".join(rows) + "</table>"
    )
    return head + _scroll(note + table) + _scroll(sentences)
