"""An account of a loaded corpus: what was loaded, what was not and why, and what it holds."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.corpus.columns import SKIPPED_COLUMNS, LoadResult
from analysis.corpus.load import read_corpus


def corpus_report(
    source: LoadResult | pd.DataFrame | str | os.PathLike | None = None, **options
) -> dict[str, object]:
    """Account for a corpus: what was loaded, what was not and why, and what it holds.

    Parameters
    ----------
    source : LoadResult, DataFrame from :func:`analysis.corpus.load_corpus`, or path
        A path is read with :func:`read_corpus` (``options`` are passed on).

    Returns
    -------
    dict
        JSON-ready: ``root``, ``files_seen``, ``loaded``, ``skipped`` (list of ``{path,
        reason}``), ``skipped_by_reason``, ``duplicates`` (list of ``{doc_id,
        duplicate_of}``), ``date_min``, ``date_max``, ``date_precision``,
        ``articles_per_month``, ``months_without_articles``, ``languages``, ``credits``,
        ``encodings``, ``notes`` (files loaded with a problem: a date left out, a link to
        a file outside the corpus...), ``without_header`` (the paths of the files whose
        first line is not a header, loaded whole as body), ``words`` (min, median,
        max) and ``length_outliers``.

    Examples
    --------
    >>> from tempfile import mkdtemp
    >>> folder = Path(mkdtemp())
    >>> article = " date 2023-07 Photo : AFP\\n\\nSéoul a protesté."
    >>> _ = (folder / "000_a.txt").write_text(article, encoding="utf-8")
    >>> _ = (folder / "001_b.txt").write_bytes(b"")
    >>> report = corpus_report(folder, cache=False)
    >>> report["files_seen"], report["loaded"], report["skipped"]
    (2, 1, [{'path': '001_b.txt', 'reason': 'empty file'}])
    """
    if isinstance(source, LoadResult):
        result = source
    elif isinstance(source, pd.DataFrame):
        attrs = source.attrs
        skipped = pd.DataFrame(attrs.get("skipped", []), columns=list(SKIPPED_COLUMNS))
        result = LoadResult(
            source,
            skipped,
            attrs.get("files_seen", len(source) + len(skipped)),
            Path(attrs.get("root", "")),
            attrs.get("from_cache", False),
        )
    else:
        result = read_corpus(source, **options)
    articles, skipped = result.articles, result.skipped
    months = articles["month"].dropna()
    per_month: dict[str, int] = {}
    empty_months: list[str] = []
    if len(months):
        span = pd.period_range(months.min(), months.max(), freq="M")
        counts = months.value_counts().reindex(span, fill_value=0)
        per_month = {str(month): int(n) for month, n in counts.items()}
        empty_months = [str(month) for month, n in counts.items() if n == 0]
    duplicates = articles.loc[articles["duplicate_of"].notna(), ["doc_id", "duplicate_of"]]
    noted = articles.loc[articles["notes"].notna(), ["path", "notes"]]
    # Table rows have no header line by design; only files are expected to have one.
    headless = articles["header"].isna() & (articles["encoding"] != "table")
    words = articles["n_words"].astype("float")
    return {
        "root": str(result.root),
        "from_cache": bool(result.from_cache),
        "files_seen": int(result.files_seen),
        "loaded": len(articles),
        "skipped": skipped.astype(object).to_dict("records"),
        "skipped_by_reason": _counts(skipped["reason"].str.replace(r":.*", "", regex=True)),
        "duplicates": duplicates.astype(object).to_dict("records"),
        "date_min": _first_date(articles, min),
        "date_max": _first_date(articles, max),
        "date_precision": _counts(articles["date_precision"]),
        "articles_per_month": per_month,
        "months_without_articles": empty_months,
        "languages": _counts(articles["language"]),
        "credits": _counts(articles["credit"].fillna("(none)")),
        "encodings": _counts(articles["encoding"]),
        "notes": [{"path": p, "note": n} for p, n in noted.itertuples(index=False)],
        "without_header": articles.loc[headless, "path"].astype(object).tolist(),
        "words": {
            "min": int(words.min()) if len(words) else None,
            "median": float(words.median()) if len(words) else None,
            "max": int(words.max()) if len(words) else None,
        },
        "length_outliers": length_outliers(articles).astype(object).to_dict("records"),
    }


def _counts(values: pd.Series) -> dict[str, int]:
    counts = values.astype("string").value_counts(dropna=False)
    return {str(key): int(n) for key, n in counts.items() if n > 0}


def _first_date(articles: pd.DataFrame, pick) -> str | None:
    days = articles["date"].dropna()
    months = articles["month"].dropna()
    if not len(months):
        return None
    month = pick(months)
    same_month_days = days[days.dt.to_period("M") == month]
    return str(pick(same_month_days).date()) if len(same_month_days) else str(month)


def length_outliers(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles whose length is far from the rest (Tukey's far-out fences on log word counts).

    Returns
    -------
    DataFrame
        ``doc_id``, ``path``, ``n_words``, ``why`` (``very short`` or ``very long``),
        shortest first.
    """
    columns = ["doc_id", "path", "n_words", "why"]
    words = articles["n_words"].astype("float").clip(lower=1)
    if len(words) < 8:
        return pd.DataFrame(columns=columns)
    logs = np.log10(words)
    low, high = logs.quantile([0.25, 0.75])
    # Tukey's "far out" fences: scraped corpora mix briefs and transcripts, so only the
    # extremes deserve a look.
    spread = 3 * (high - low)
    short = logs < low - spread
    long = logs > high + spread
    result = articles.loc[short | long, ["doc_id", "path", "n_words"]].copy()
    result["why"] = np.where(short[short | long], "very short", "very long")
    return result.sort_values("n_words").reset_index(drop=True)


def _number(value: float | None) -> str:
    """333.0 as ``333``, 333.5 as ``333.5``, nothing as ``-``."""
    return "-" if value is None else f"{value:g}"


def format_report(report: dict[str, object], *, limit: int = 20) -> str:
    """The report of :func:`corpus_report` as plain text for a terminal."""
    lines = [
        f"Corpus: {report['root']}" + ("  (from cache)" if report.get("from_cache") else ""),
        f"Files seen: {report['files_seen']}   loaded: {report['loaded']}   "
        f"not loaded: {len(report['skipped'])}   duplicates: {len(report['duplicates'])}",
        f"Dates: {report['date_min']} to {report['date_max']}   precision: "
        + ", ".join(f"{k} {v}" for k, v in report["date_precision"].items()),
        "Languages: " + ", ".join(f"{k} {v}" for k, v in report["languages"].items()),
        "Encodings: " + ", ".join(f"{k} {v}" for k, v in report["encodings"].items()),
        "Credits: "
        + ", ".join(f"{k} {v}" for k, v in list(report["credits"].items())[:limit])
        + (" ..." if len(report["credits"]) > limit else ""),
        f"Words per article: min {report['words']['min']}, "
        f"median {_number(report['words']['median'])}, max {report['words']['max']}",
    ]
    if report["articles_per_month"]:
        lines.append("Articles per month:")
        lines += [f"  {month}  {n:5d}" for month, n in report["articles_per_month"].items()]
    if report["months_without_articles"]:
        lines.append("Months with no article: " + ", ".join(report["months_without_articles"]))
    sections = [
        ("Not loaded", report["skipped"], lambda r: f"{r['path']}: {r['reason']}"),
        ("Loaded with problems", report["notes"], lambda r: f"{r['path']}: {r['note']}"),
        ("Without header, first line read as body", report.get("without_header", []), str),
        ("Duplicates", report["duplicates"], lambda r: f"{r['doc_id']} = {r['duplicate_of']}"),
        (
            "Length outliers",
            report["length_outliers"],
            lambda r: f"{r['path']}: {r['n_words']} words ({r['why']})",
        ),
    ]
    for title, rows, show in sections:
        if rows:
            lines.append(f"{title} ({len(rows)}):")
            lines += [f"  {show(row)}" for row in rows[:limit]]
            if len(rows) > limit:
                lines.append(f"  ... and {len(rows) - limit} more (use --json for all)")
    return "\n".join(lines)
