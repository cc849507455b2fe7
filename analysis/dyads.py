"""Who does what to whom, counted: relations per dyad and type over time, a cooperation and
conflict score, the directed network of one type, and the sentences behind every count.

The relation table comes from :func:`analysis.relations.find_relations` (one row per
relation stated in a sentence: ``doc_id``, ``source``, ``target``, their roll-ups
``source_country`` and ``target_country``, ``type``, ``status``, the trigger's offsets...).
Every function here takes ``(relations, articles)`` and, like the mention counts, counts
only the relations of the articles it is given, over those articles' bases (the subset
rule): a table of a part of the corpus is the table of that part. Periods, rates and the
``gap``/``small_n`` flags are those of :mod:`analysis.periods` and :mod:`analysis.measures`.

The cooperation-conflict scale places each PLOVER type in one of four classes, as the
event-data projects place CAMEO's codes in their "quad classes" (ICEWS, GDELT): verbal
cooperation (+1), material cooperation (+2), verbal conflict (-1), material conflict (-2).
A dyad's score in a period is the mean weight of its relations: +2 when everything said of
it is material cooperation, -2 when everything is material conflict.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.measures import MIN_ARTICLES, as_list, check_choice, flags, rates, require_columns
from analysis.periods import UNIT_NAMES, UNITS, period_codes
from analysis.relations.types import QUAD_CLASSES, RELATION_STATUSES, RELATION_TYPES

__all__ = [
    "QUAD_CLASSES",
    "QUAD_WEIGHTS",
    "RELATION_LEVELS",
    "RELATION_TYPES",
    "STATUSES",
    "cooperation_conflict",
    "count_evidence",
    "dyad_counts",
    "dyads_with_first",
    "keep_dyads",
    "leading_types",
    "relation_breakdown",
    "relation_evidence",
    "relation_network",
    "select_relations",
    "top_dyad",
]

# The types and statuses are the extractor's (analysis/relations/types.py): one list each.
STATUSES = RELATION_STATUSES

QUAD_WEIGHTS = {
    "verbal cooperation": 1.0,
    "material cooperation": 2.0,
    "verbal conflict": -1.0,
    "material conflict": -2.0,
}

RELATION_LEVELS = {"actor": ("source", "target"), "country": ("source_country", "target_country")}
"""Who a relation is between: the actors named, or their country or organisation."""


def select_relations(
    relations: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    statuses=("asserted",),
    types=None,
) -> pd.DataFrame:
    """The relations of ``articles`` with one of ``statuses`` and ``types`` (None: all).

    ``attrs["n_relations_outside"]`` says how many relations belonged to other articles.

    Examples
    --------
    >>> relations = pd.DataFrame({"doc_id": ["a", "b"], "type": ["ACCUSE", "AID"],
    ...                           "status": ["asserted", "alleged"]})
    >>> select_relations(relations, pd.DataFrame({"doc_id": ["a"]}))["type"].tolist()
    ['ACCUSE']
    """
    require_columns(relations, ["doc_id", "type", "status"], "relations")
    require_columns(articles, ["doc_id"], "articles")
    statuses = as_list(statuses) if statuses is not None else list(STATUSES)
    for status in statuses:
        check_choice(status, STATUSES, "status")
    types = as_list(types) if types is not None else None
    for relation_type in types or []:
        check_choice(relation_type, RELATION_TYPES, "type")
    inside = relations["doc_id"].astype(str).isin(set(articles["doc_id"].astype(str)))
    kept = inside & relations["status"].astype(str).isin(statuses)
    if types is not None:
        kept &= relations["type"].astype(str).isin(types)
    selected = relations[kept.to_numpy()].reset_index(drop=True)
    selected.attrs = {"n_relations_outside": int((~inside).sum())}
    return selected


def _unit(by: str) -> str:
    unit = UNIT_NAMES.get(by, by)
    check_choice(unit, UNITS, "unit")
    return unit


def dyad_counts(
    relations: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    by: str | None = None,
    level: str = "country",
    statuses=("asserted",),
    types=None,
    start=None,
    end=None,
    min_articles: int = MIN_ARTICLES,
) -> pd.DataFrame:
    """Relations per (source, target, type), over the whole corpus or per period.

    Parameters
    ----------
    relations, articles : DataFrame
    by : str, optional
        A unit of time (``month``, ``quarter``, ``year``, ``M``...): one row per period too,
        the periods of ``start``..``end`` without articles included as gaps.
    level : {"country", "actor"}
        Count between roll-ups (default) or between the actors as named.
    statuses, types : list, optional
        Which relations count (default: asserted ones, every type).
    start, end, min_articles
        As in :func:`analysis.counts.count_mentions`.

    Returns
    -------
    DataFrame
        ``source``, ``target``, ``type`` (and ``period``), ``relations`` (how many stated),
        ``articles`` (in how many articles), ``n_articles`` (the base),
        ``share_of_articles``, and per period ``gap`` and ``small_n``.
    """
    check_choice(level, RELATION_LEVELS, "level")
    source, target = RELATION_LEVELS[level]
    selected = select_relations(relations, articles, statuses=statuses, types=types)
    keys = ["source", "target", "type"]
    table = pd.DataFrame(
        {
            "source": selected[source].astype("string"),
            "target": selected[target].astype("string"),
            "type": selected["type"].astype("string"),
            "doc_id": selected["doc_id"].astype(str),
        }
    )
    if by is None:
        grouped = table.groupby(keys, dropna=False).agg(
            relations=("doc_id", "size"), articles=("doc_id", "nunique")
        )
        result = grouped.reset_index()
        result["n_articles"] = len(articles)
        _, share = rates(result["relations"], result["articles"], result["n_articles"], 0)
        result["share_of_articles"] = share
        result = result.sort_values(["relations", *keys], ascending=[False, True, True, True])
        result = result.reset_index(drop=True)
    else:
        result = _by_period(table, articles, _unit(by), keys, start, end, min_articles)
    result.attrs = dict(selected.attrs, level=level, statuses=list(as_list(statuses or STATUSES)))
    return result


def _by_period(table, articles, unit, keys, start, end, min_articles) -> pd.DataFrame:
    periods = period_codes(articles, unit, start, end)
    n_periods = len(periods.index)
    code_of = dict(zip(articles["doc_id"].astype(str), periods.codes, strict=True))
    table = table.assign(code=table["doc_id"].map(code_of).fillna(-1).astype(int))
    table = table[table["code"] >= 0]
    base = np.bincount(periods.codes[periods.codes >= 0], minlength=n_periods)
    dyads = table[keys].drop_duplicates().sort_values(keys).reset_index(drop=True)
    dyad_of = pd.MultiIndex.from_frame(dyads).get_indexer(pd.MultiIndex.from_frame(table[keys]))
    cells = dyad_of * n_periods + table["code"].to_numpy()
    size = len(dyads) * n_periods
    counted = np.bincount(cells, minlength=size)
    # In how many articles: each (dyad, article) once.
    first_in_article = ~pd.DataFrame(
        {"cell": dyad_of, "doc": table["doc_id"].to_numpy()}
    ).duplicated()
    in_articles = np.bincount(cells[first_in_article.to_numpy()], minlength=size)
    result = pd.DataFrame(
        {
            "period": np.tile(periods.index, len(dyads)),
            **{key: np.repeat(dyads[key].to_numpy(), n_periods) for key in keys},
            "relations": counted,
            "articles": in_articles,
            "n_articles": np.tile(base, len(dyads)),
        }
    )
    result["period"] = pd.PeriodIndex(result["period"], freq=periods.index.freq)
    for key in keys:
        result[key] = result[key].astype("string")
    _, share = rates(result["relations"], result["articles"], result["n_articles"], 0)
    result["share_of_articles"] = share
    gap, small = flags(result["n_articles"], min_articles)
    result["gap"], result["small_n"] = gap, small
    return result


def cooperation_conflict(
    relations: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    unit: str = "M",
    level: str = "country",
    statuses=("asserted",),
    dyads=None,
    start=None,
    end=None,
    min_articles: int = MIN_ARTICLES,
) -> pd.DataFrame:
    """The cooperation-conflict score of each directed dyad in each period.

    Parameters
    ----------
    unit : str
        ``M``, ``Q``, ``Y``, ``W``, ``D`` (or ``month``...).
    dyads : list of (source, target), optional
        The dyads to keep (default: every dyad with a relation).

    Returns
    -------
    DataFrame
        ``period``, ``source``, ``target``, ``relations``, ``cooperation`` and ``conflict``
        (how many of each), ``score`` (mean weight of :data:`QUAD_WEIGHTS`, NaN without
        relations), ``n_articles``, ``gap``, ``small_n``.

    Examples
    --------
    >>> relations = pd.DataFrame({"doc_id": ["a", "a", "b"], "type": ["ACCUSE", "AID", "AID"],
    ...     "status": ["asserted"] * 3, "source_country": ["USA", "RUS", "RUS"],
    ...     "target_country": ["RUS", "PRK", "PRK"]})
    >>> articles = pd.DataFrame({"doc_id": ["a", "b"],
    ...     "month": pd.PeriodIndex(["2023-07", "2023-09"], freq="M")})
    >>> table = cooperation_conflict(relations, articles, dyads=[("RUS", "PRK")])
    >>> table[["period", "relations", "score"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [[Period('2023-07', 'M'), 1, 2.0], [Period('2023-08', 'M'), 0, nan],
     [Period('2023-09', 'M'), 1, 2.0]]
    """
    counts = dyad_counts(
        relations,
        articles,
        by=unit,
        level=level,
        statuses=statuses,
        start=start,
        end=end,
        min_articles=min_articles,
    )
    if dyads is not None:
        counts = keep_dyads(counts, dyads)
    classes = counts["type"].map(QUAD_CLASSES)
    weights = classes.map(QUAD_WEIGHTS).astype(float)
    counts = counts.assign(
        weighted=counts["relations"] * weights,
        cooperation=counts["relations"].where(weights > 0, 0),
        conflict=counts["relations"].where(weights < 0, 0),
    )
    result = counts.groupby(["period", "source", "target"], as_index=False, sort=True).agg(
        relations=("relations", "sum"),
        cooperation=("cooperation", "sum"),
        conflict=("conflict", "sum"),
        weighted=("weighted", "sum"),
        n_articles=("n_articles", "first"),
        gap=("gap", "first"),
        small_n=("small_n", "first"),
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where(result["relations"] > 0, result["weighted"] / result["relations"], np.nan)
    result.insert(6, "score", score)
    result = result.drop(columns="weighted")
    result = result.sort_values(["source", "target", "period"]).reset_index(drop=True)
    result.attrs = counts.attrs
    return result


def relation_network(
    relations: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    types=None,
    level: str = "country",
    statuses=("asserted",),
    min_relations: int = 1,
):
    """The directed network of relations (of ``types``): who accuses whom, who aids whom.

    Returns
    -------
    networkx.DiGraph
        One node per actor, one edge per (source, target) with ``weight`` (relations) and
        ``articles``; nodes have ``out_weight`` and ``in_weight``.
    """
    import networkx as nx

    counts = dyad_counts(relations, articles, level=level, statuses=statuses, types=types)
    edges = counts.groupby(["source", "target"], as_index=False).agg(
        weight=("relations", "sum"), articles=("articles", "sum")
    )
    edges = edges[edges["weight"] >= min_relations]
    graph = nx.DiGraph()
    for edge in edges.itertuples(index=False):
        graph.add_edge(
            str(edge.source), str(edge.target), weight=int(edge.weight), articles=int(edge.articles)
        )
    for node in graph.nodes:
        graph.nodes[node]["out_weight"] = int(graph.out_degree(node, weight="weight"))
        graph.nodes[node]["in_weight"] = int(graph.in_degree(node, weight="weight"))
    graph.graph.update(counts.attrs, types=as_list(types) if types is not None else "all")
    return graph


def relation_evidence(
    relations: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    source: str | None = None,
    target: str | None = None,
    types=None,
    level: str = "country",
    statuses=None,
    width: int = 160,
) -> pd.DataFrame:
    """The sentence behind each relation, trigger and actors marked: the evidence of a count.

    The trigger is written ``[[accusent]]``, the source ``<<Les Etats-Unis>>`` and the target
    ``{{la Russie}}``; ``left`` and ``right`` hold up to ``width`` characters of context.

    Returns
    -------
    DataFrame
        ``doc_id``, ``month`` (when the articles have it), ``source``, ``type``, ``target``,
        ``status``, ``trigger``, ``left``, ``marked``, ``right``.
    """
    check_choice(level, RELATION_LEVELS, "level")
    source_column, target_column = RELATION_LEVELS[level]
    selected = select_relations(relations, articles, statuses=statuses, types=types)
    if source is not None:
        selected = selected[selected[source_column].astype("string") == source]
    if target is not None:
        selected = selected[selected[target_column].astype("string") == target]
    texts = dict(zip(articles["doc_id"].astype(str), articles["text"], strict=True))
    months = (
        dict(zip(articles["doc_id"].astype(str), articles["month"], strict=True))
        if "month" in articles
        else {}
    )
    rows = []
    for row in selected.itertuples(index=False):
        text = texts[str(row.doc_id)]
        spans = sorted(
            [
                (int(row.source_start), int(row.source_end), "<<", ">>"),
                (int(row.target_start), int(row.target_end), "{{", "}}"),
                (int(row.trigger_start), int(row.trigger_end), "[[", "]]"),
            ]
        )
        first, last = spans[0][0], max(end for _, end, _, _ in spans)
        marked, position = [], first
        for start, end, opening, closing in spans:
            if start < position:  # overlapping spans (a trigger inside a name): mark once
                continue
            marked += [text[position:start], opening, text[start:end], closing]
            position = end
        marked.append(text[position:last])
        rows.append(
            {
                "doc_id": str(row.doc_id),
                "month": months.get(str(row.doc_id)),
                "source": getattr(row, source_column),
                "type": row.type,
                "target": getattr(row, target_column),
                "status": row.status,
                "trigger": row.trigger,
                "left": " ".join(text[max(0, first - width) : first].split()),
                "marked": "".join(marked),
                "right": " ".join(text[last : last + width].split()),
            }
        )
    columns = ["doc_id", "month", "source", "type", "target", "status", "trigger"]
    result = pd.DataFrame(rows, columns=[*columns, "left", "marked", "right"])
    if "month" not in articles:
        result = result.drop(columns="month")
    result.attrs = selected.attrs
    return result


def dyads_with_first(countries) -> list[tuple[str, str]]:
    """The first country with each other, both ways: the directed dyads of interest.

    Examples
    --------
    >>> dyads_with_first(["USA", "PRK", "CHN"])
    [('USA', 'PRK'), ('PRK', 'USA'), ('USA', 'CHN'), ('CHN', 'USA')]
    >>> dyads_with_first("USA")
    []
    """
    ids = [str(country) for country in as_list(countries)]
    return [dyad for other in ids[1:] for dyad in ((ids[0], other), (other, ids[0]))]


def keep_dyads(table: pd.DataFrame, dyads) -> pd.DataFrame:
    """The rows of a table with ``source`` and ``target`` whose directed dyad is in ``dyads``.

    Examples
    --------
    >>> table = pd.DataFrame({"source": ["USA", "PRK", "RUS"], "target": ["PRK", "USA", "UKR"]})
    >>> keep_dyads(table, [("USA", "PRK")])["source"].tolist()
    ['USA']
    """
    wanted = {(str(source), str(target)) for source, target in dyads}
    pairs = zip(table["source"].astype(str), table["target"].astype(str), strict=True)
    # A boolean array, not a list: an empty list would select no column instead of no row.
    kept = table[np.array([pair in wanted for pair in pairs], dtype=bool)].reset_index(drop=True)
    kept.attrs = dict(table.attrs)
    return kept


def relation_breakdown(relations: pd.DataFrame, articles: pd.DataFrame, *, types=None):
    """How many relations of each type the articles state, per status.

    Returns
    -------
    DataFrame
        One row per type with a relation, most first: ``type``, a column per status of
        :data:`STATUSES` and ``total``; ``attrs["n_articles"]`` is the base and
        ``attrs["n_articles_with_relations"]`` the articles stating one.

    Examples
    --------
    >>> relations = pd.DataFrame({"doc_id": ["a", "a", "b"], "type": ["AID", "ACCUSE", "AID"],
    ...     "status": ["asserted", "alleged", "asserted"]})
    >>> relation_breakdown(relations, pd.DataFrame({"doc_id": ["a", "b", "c"]}))
         type  asserted  alleged  negated  future  total
    0     AID         2        0        0       0      2
    1  ACCUSE         0        1        0       0      1
    """
    selected = select_relations(relations, articles, statuses=None, types=types)
    table = pd.crosstab(
        pd.Categorical(selected["type"].astype(str), categories=RELATION_TYPES),
        pd.Categorical(selected["status"].astype(str), categories=STATUSES),
        dropna=False,
    )
    table = table.reindex(index=list(RELATION_TYPES), columns=list(STATUSES), fill_value=0)
    table = table.astype("int64")
    table["total"] = table.sum(axis=1)
    table = table[table["total"] > 0]
    order = sorted(table.index, key=lambda kind: (-table.loc[kind, "total"], kind))
    result = table.loc[order].rename_axis(index="type", columns=None).reset_index()
    result.attrs = {
        "n_articles": len(articles),
        "n_articles_with_relations": int(selected["doc_id"].astype(str).nunique()),
        "n_relations_outside": selected.attrs.get("n_relations_outside", 0),
    }
    return result


def top_dyad(counts: pd.DataFrame) -> tuple[str, str, str] | None:
    """The (source, type, target) with most relations in a :func:`dyad_counts` table.

    Ties go to the first in the table's order (alphabetical); ``None`` without relations.

    Examples
    --------
    >>> counts = pd.DataFrame({"source": ["USA", "KOR"], "target": ["PRK", "PRK"],
    ...     "type": ["ACCUSE", "REQUEST"], "relations": [3, 5]})
    >>> top_dyad(counts)
    ('KOR', 'REQUEST', 'PRK')
    >>> top_dyad(counts.iloc[0:0]) is None
    True
    """
    if counts.empty or int(counts["relations"].sum()) == 0:
        return None
    totals = counts.groupby(["source", "target", "type"], sort=True)["relations"].sum()
    source, target, kind = totals.index[int(np.argmax(totals.to_numpy()))]
    return str(source), str(kind), str(target)


def leading_types(counts: pd.DataFrame) -> list[str]:
    """The type of conflict and the type of cooperation with most relations in ``counts``.

    Conflict first (as in "who accuses whom"); a side without any relation gives none.

    Examples
    --------
    >>> counts = pd.DataFrame({"type": ["AID", "ACCUSE", "SANCTION", "ACCUSE"],
    ...     "relations": [4, 2, 3, 2]})
    >>> leading_types(counts)
    ['ACCUSE', 'AID']
    >>> leading_types(counts.iloc[0:0])
    []
    """
    totals = counts.groupby(counts["type"].astype(str))["relations"].sum()
    totals = totals[totals > 0]
    chosen = []
    for sign in (-1, 1):
        side = [kind for kind in totals.index if np.sign(QUAD_WEIGHTS[QUAD_CLASSES[kind]]) == sign]
        if side:
            chosen.append(min(side, key=lambda kind: (-totals[kind], kind)))
    return chosen


def count_evidence(
    relations: pd.DataFrame,
    articles: pd.DataFrame,
    count: tuple[str, str, str] | None,
    *,
    level: str = "country",
    statuses=("asserted",),
    width: int = 160,
) -> pd.DataFrame:
    """The :func:`relation_evidence` of one count, ``(source, type, target)`` as given by
    :func:`top_dyad`; without a count (``None``), the evidence table without rows.

    Examples
    --------
    >>> relations = pd.DataFrame(columns=["doc_id", "type", "status", "source", "target",
    ...     "source_country", "target_country"])
    >>> list(count_evidence(relations, pd.DataFrame({"doc_id": [], "text": []}), None))
    ['doc_id', 'source', 'type', 'target', 'status', 'trigger', 'left', 'marked', 'right']
    """
    source, kind, target = count if count is not None else (None, None, None)
    selected = relations if count is not None else relations.iloc[0:0]
    return relation_evidence(
        selected,
        articles,
        source=source,
        target=target,
        types=[kind] if kind is not None else None,
        level=level,
        statuses=statuses,
        width=width,
    )
