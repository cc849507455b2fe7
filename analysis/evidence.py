"""The text behind every count: keyword-in-context lines and the articles of one point.

Both read the mentions of the articles given, through the counting core
(:class:`analysis.tally.Tally`), so that the evidence of a subset is the subset's, and each
line shows ``text[start:end]`` of the article it comes from.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from analysis.measures import LEVELS, as_list, check_choice, first_words, require_columns
from analysis.periods import UNIT_NAMES, UNITS, period_codes, to_period
from analysis.tally import Tally

#: Columns of :func:`month_evidence`.
EVIDENCE_COLUMNS = ("doc_id", "date", "credit", "n_mentions", "matched", "excerpt")


def kwic(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    actor: str | Iterable[str] | None = None,
    alias: str | None = None,
    kind: str | Iterable[str] | None = None,
    country: str | Iterable[str] | None = None,
    width: int = 60,
    limit: int | None = None,
) -> pd.DataFrame:
    """Keyword in context: the words around each selected mention of ``articles``.

    Parameters
    ----------
    actor, alias, kind, country : optional
        Filters (``actor``, ``kind`` and ``country`` accept one value or several).
    width : int
        Characters of context on each side.
    limit : int, optional
        At most this many lines (the first mentions, in the order of the mention table).

    Returns
    -------
    DataFrame
        ``doc_id``, ``month``, ``sentence_id``, ``start``, ``end``, ``left``, ``matched``,
        ``right``, ``actor_id``, ``alias``, ``kind``; line breaks in the context shown as
        `` ¶ ``. Only mentions of ``articles`` appear.

    Examples
    --------
    >>> articles = pd.DataFrame({"doc_id": ["a"], "n_words": [7],
    ...     "month": pd.PeriodIndex(["2023-07"], freq="M"),
    ...     "text": ["Selon elles, le royaume ermite soutient Moscou."]})
    >>> mentions = pd.DataFrame({"doc_id": ["a"], "sentence_id": [0], "start": [16],
    ...     "end": [30], "actor_id": ["PRK"], "actor_name": ["North Korea"],
    ...     "alias": ["royaume ermite"], "kind": ["epithet"], "country": ["PRK"]})
    >>> kwic(mentions, articles, actor="PRK", width=16)[["left", "matched", "right"]].iloc[0]
    left       Selon elles, le
    matched     royaume ermite
    right      soutient Moscou
    Name: 0, dtype: string
    """
    tally = Tally(mentions, articles)
    selected = mentions.iloc[tally.mention_positions("actor")]
    if actor is not None:
        selected = selected[selected["actor_id"].astype("string").isin(as_list(actor))]
    if alias is not None:
        selected = selected[selected["alias"].astype("string") == alias]
    if kind is not None:
        selected = selected[selected["kind"].astype("string").isin(as_list(kind))]
    if country is not None:
        selected = selected[selected["country"].astype("string").isin(as_list(country))]
    if limit is not None:
        selected = selected.head(limit)
    by_id = articles.assign(_doc=articles["doc_id"].astype(str)).set_index("_doc")
    doc_ids = selected["doc_id"].astype(str)
    texts = by_id["text"].astype(object).reindex(doc_ids).to_numpy()
    lefts, matches, rights = [], [], []
    for text, start, end in zip(texts, selected["start"], selected["end"], strict=True):
        start, end = int(start), int(end)
        lefts.append(text[max(0, start - width) : start].replace("\n", " ¶ "))
        matches.append(text[start:end])
        rights.append(text[end : end + width].replace("\n", " ¶ "))
    month = by_id["month"].reindex(doc_ids).to_numpy() if "month" in by_id else None
    return pd.DataFrame(
        {
            "doc_id": selected["doc_id"].astype("string").to_numpy(),
            "month": month,
            "sentence_id": selected["sentence_id"].to_numpy(),
            "start": selected["start"].to_numpy(),
            "end": selected["end"].to_numpy(),
            "left": pd.array(lefts, dtype="string"),
            "matched": pd.array(matches, dtype="string"),
            "right": pd.array(rights, dtype="string"),
            "actor_id": selected["actor_id"].astype("string").to_numpy(),
            "alias": selected["alias"].astype("string").to_numpy(),
            "kind": selected["kind"].astype("string").to_numpy(),
        }
    )


def month_evidence(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    period: object,
    actor: str,
    level: str = "actor",
    unit: str = "M",
    kinds: Iterable[str] | str | None = None,
    exclude_kinds: Iterable[str] | str | None = None,
    excerpt_words: int = 30,
    kwic: bool = False,
    width: int = 60,
) -> pd.DataFrame:
    """The articles behind one point of a timeline, to read before interpreting it.

    Parameters
    ----------
    mentions, articles : pandas.DataFrame
        As for :func:`analysis.timeline.actor_timeline`; ``articles`` also needs ``date``,
        ``credit`` and ``text``.
    period : str, pandas.Period, datetime-like or None
        The period of the point, e.g. ``"2023-07"`` (read in ``unit``); ``None`` (as
        :func:`analysis.timeline.peak_period` returns for an empty timeline) gives an empty
        table.
    actor : str
        Actor id at the given ``level``.
    level, unit, kinds, exclude_kinds
        As for :func:`analysis.timeline.actor_timeline`; use the same values as for the
        timeline.
    excerpt_words : int, default 30
        Number of words of the article shown in ``excerpt``.
    kwic : bool, default False
        Return the keyword-in-context evidence instead: one row per mention, with the
        article's ``date``, ``credit`` and ``n_mentions`` beside ``left``, ``matched`` and
        ``right`` (``width`` characters of context), ordered like the articles.

    Returns
    -------
    pandas.DataFrame
        One row per article mentioning the actor in the period, most mentions first (then by
        ``doc_id``): ``doc_id``, ``date``, ``credit``, ``n_mentions`` (Int64), ``matched``
        (string, the distinct matched forms joined by ``"; "``) and ``excerpt`` (string, the
        first words of the text). ``n_mentions`` adds up to the ``mentions`` of the timeline
        point.

    Examples
    --------
    >>> articles = pd.DataFrame(
    ...     {
    ...         "doc_id": ["a", "b"],
    ...         "date": pd.to_datetime(["2023-07-01", "2023-07-01"]),
    ...         "month": pd.PeriodIndex(["2023-07", "2023-07"], freq="M"),
    ...         "credit": ["YONHAP", "AFP"],
    ...         "text": ["Pyongyang a reçu Shoigu.", "La Corée du Nord et Pyongyang."],
    ...         "n_words": pd.array([4, 6], dtype="Int64"),
    ...     }
    ... )
    >>> mentions = pd.DataFrame(
    ...     {
    ...         "doc_id": ["a", "b", "b"],
    ...         "actor_id": ["PRK"] * 3,
    ...         "actor_name": ["North Korea"] * 3,
    ...         "kind": ["capital", "name", "capital"],
    ...         "matched": ["Pyongyang", "Corée du Nord", "Pyongyang"],
    ...     }
    ... )
    >>> month_evidence(mentions, articles, period="2023-07", actor="PRK")[
    ...     ["doc_id", "n_mentions", "matched"]
    ... ]
      doc_id  n_mentions                   matched
    0      b           2  Corée du Nord; Pyongyang
    1      a           1                 Pyongyang
    """
    check_choice(level, LEVELS, "level")
    unit = UNIT_NAMES.get(unit, unit)
    check_choice(unit, UNITS, "unit")
    require_columns(articles, ["doc_id", "date", "credit", "text"], "articles")
    if period is None:
        # No point to explain (an empty range): an empty table, not an error.
        period, articles = pd.Period("2000-01", freq="M"), articles.iloc[0:0]
    target = to_period(period, unit, "period")
    tally = Tally(mentions, articles)
    in_period = np.zeros(len(articles), dtype=bool)
    if len(articles):
        periods = period_codes(articles, unit, start=target, end=target)
        in_period = periods.codes == 0
    positions = tally.mention_positions(
        level,
        article_mask=in_period,
        kind_mask=tally.kind_mask(kinds, exclude_kinds),
        key_mask=tally.key_mask(level, [actor]),
    )
    selected = mentions.iloc[positions]
    doc_ids = selected["doc_id"].astype("string")
    if "matched" in selected.columns:
        matched_forms = (
            selected["matched"]
            .groupby(doc_ids.to_numpy())
            .agg(lambda forms: "; ".join(sorted(set(forms.dropna().astype(str)))))
        )
    else:
        matched_forms = pd.Series(dtype="string")
    evidence = doc_ids.value_counts(sort=False).rename("n_mentions").rename_axis("doc_id")
    evidence = evidence.reset_index()
    evidence["matched"] = evidence["doc_id"].map(matched_forms).fillna("").astype("string")
    by_id = articles[["doc_id", "date", "credit", "text"]].assign(
        doc_id=articles["doc_id"].astype("string")
    )
    evidence = evidence.merge(by_id, on="doc_id")
    evidence["excerpt"] = pd.array(
        [first_words(text, excerpt_words) for text in evidence["text"]], dtype="string"
    )
    evidence["n_mentions"] = evidence["n_mentions"].astype("Int64")
    evidence["doc_id"] = evidence["doc_id"].astype(articles["doc_id"].dtype)
    evidence = evidence.sort_values(["n_mentions", "doc_id"], ascending=[False, True])
    evidence = evidence[list(EVIDENCE_COLUMNS)].reset_index(drop=True)
    if not kwic:
        return evidence
    lines = _kwic_lines(selected, articles, width=width).drop(columns=["month"])
    order = {doc_id: rank for rank, doc_id in enumerate(evidence["doc_id"].astype(str))}
    lines = lines.assign(_rank=lines["doc_id"].astype(str).map(order))
    lines = lines.sort_values(["_rank", "start"]).drop(columns="_rank")
    header = evidence[["doc_id", "date", "credit", "n_mentions"]].assign(
        doc_id=evidence["doc_id"].astype("string")
    )
    return header.merge(lines, on="doc_id", how="right").reset_index(drop=True)


# kwic under a name that the argument `kwic` of month_evidence does not hide.
_kwic_lines = kwic
