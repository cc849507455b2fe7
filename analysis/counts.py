"""Count, read and connect actor mentions: totals, rates, evidence and co-mentions.

Every function takes the mention table of :func:`analysis.mentions.find_mentions` and the
articles to count, ``(mentions, articles, ...)``, and counts through the one counting core
(:class:`analysis.tally.Tally`). **Only the mentions of the articles given are counted**, and
every base (``n_articles``, ``n_words``) is that of those articles, so counting on part of a
corpus (one language, one outlet, some months) is always safe, whether the mentions were
found in the part or in the whole corpus. Each count comes with the base it was computed on,
so that a reader can judge it.

``level="country"`` rolls persons and institutions up to their state (the ``country``
column), and bodies and officials of an organisation up to it; ``level="organisation"``
rolls up only the latter (see :func:`analysis.tally.actor_key`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.evidence import kwic
from analysis.measures import (
    ASSOCIATIONS,
    LEVELS,
    MIN_ARTICLES,
    as_list,
    association,
    check_choice,
    check_kinds,
)
from analysis.periods import UNIT_NAMES, UNITS
from analysis.tally import (
    Tally,
    actor_key,
    actor_table,
    first_of_runs,
    grid_table,
    most_mentioned,
    names_of_keys,
    roll_up_names_of,
)
from analysis.timeline import actor_timeline, kind_sensitivity

__all__ = [
    "actor_key",
    "co_mention_graph",
    "co_mention_matrix",
    "co_mentions",
    "count_mentions",
    "kind_breakdown",
    "kind_mask",
    "kind_sensitivity",
    "kwic",
    "names_of_keys",
    "roll_up_names_of",
    "select_kinds",
    "write_gexf",
]

#: What ``count_mentions(by=...)`` accepts besides an article column.
BY_CHOICES = ("actor", "country", "organisation", "document", *UNIT_NAMES)


def select_kinds(
    mentions: pd.DataFrame,
    kinds: Iterable[str] | None = None,
    *,
    exclude: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Keep the mentions whose alias kind is in ``kinds`` and not in ``exclude``.

    Kinds are those of mentions (:data:`analysis.actors.MENTION_KINDS`), or any kind found in
    ``mentions``; either can be a list or a comma-separated string. An unknown kind is an
    error, so that a typo never silently selects nothing.

    Examples
    --------
    >>> mentions = pd.DataFrame({"kind": ["name", "demonym", "capital"]})
    >>> select_kinds(mentions, exclude=["demonym"])["kind"].tolist()
    ['name', 'capital']
    >>> select_kinds(mentions, "name,capital")["kind"].tolist()
    ['name', 'capital']
    """
    if kinds is None and not exclude:
        return mentions
    return mentions[kind_mask(mentions, kinds, exclude=exclude)]


def kind_mask(
    mentions: pd.DataFrame,
    kinds: Iterable[str] | None = None,
    *,
    exclude: Iterable[str] | None = None,
) -> np.ndarray:
    """Which rows :func:`select_kinds` keeps, as a boolean array."""
    from analysis.actors import MENTION_KINDS

    if kinds is None and not exclude:
        return np.ones(len(mentions), dtype=bool)
    if "kind" not in mentions.columns:
        raise ValueError("The mentions have no 'kind' column (find_mentions gives one).")
    # The distinct kinds first: turning millions of categorical values into strings is slow.
    present = {str(kind) for kind in mentions["kind"].dropna().unique()}
    known = [*MENTION_KINDS, *sorted(present - set(MENTION_KINDS))]
    keep = np.ones(len(mentions), dtype=bool)
    if kinds is not None:
        keep &= mentions["kind"].isin(check_kinds(kinds, known)).to_numpy()
    if exclude:
        keep &= ~mentions["kind"].isin(check_kinds(exclude, known)).to_numpy()
    return keep


def count_mentions(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    by: str = "actor",
    level: str = "actor",
    kinds: Iterable[str] | None = None,
    exclude_kinds: Iterable[str] | None = None,
    start: object = None,
    end: object = None,
    min_articles: int = MIN_ARTICLES,
) -> pd.DataFrame:
    """Mentions per actor, per article, per period or per value of an article column.

    Only the mentions of ``articles`` are counted, over the bases of ``articles``.

    Parameters
    ----------
    mentions, articles : DataFrame
        From :func:`analysis.mentions.find_mentions` and :func:`analysis.load_corpus`
        (``articles`` may be any subset of the corpus).
    by : str
        ``"actor"``; ``"country"`` and ``"organisation"`` (``by="actor"`` at that level);
        ``"document"``; a unit of time, ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or
        ``"year"`` (the timeline of :func:`analysis.timeline.actor_timeline`, every period
        from ``start`` to ``end``, empty periods included as gaps); or any column of
        ``articles`` (``"credit"``, ``"language"``...), one row per actor and value.
    level : {"actor", "country", "organisation"}
    kinds, exclude_kinds : list of str, optional
        Alias kinds to count (default all), or to leave out (``["demonym"]``).
    start, end : period, optional
        For a unit of time: the first and last period (by default those of the articles).
    min_articles : int, default 5
        For periods and columns: groups holding fewer articles are flagged ``small_n``.

    Returns
    -------
    DataFrame
        ``by="actor"``: ``actor_id``, ``actor_name``, ``mentions``, ``articles``
        (articles mentioning), ``per_1k_words``, ``share_of_articles``, ``n_articles``,
        ``n_words`` (the bases: the articles given), most mentioned first.
        ``by="document"``: ``doc_id``, ``actor_id``, ``actor_name``, ``mentions``,
        ``n_words``, ``per_1k_words``. A unit of time: the table of
        :func:`analysis.timeline.actor_timeline`. A column: that column, then the columns of
        a timeline after ``period`` (``actor_id`` ... ``gap``), every actor for every value.
        Rates are NaN where their base is 0. ``attrs["n_mentions_outside"]`` counts the
        mentions of other articles, left out.

    Examples
    --------
    >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [100, 300],
    ...                          "month": pd.PeriodIndex(["2023-07", "2023-08"], freq="M")})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor_id": ["RUS"] * 3,
    ...     "actor_name": ["Russia"] * 3, "country": ["RUS"] * 3,
    ...     "kind": ["name", "demonym", "capital"]})
    >>> row = count_mentions(mentions, articles).iloc[0]
    >>> int(row["mentions"]), int(row["articles"]), float(row["per_1k_words"])
    (3, 2, 7.5)
    >>> row = count_mentions(mentions, articles[articles.doc_id == "a"]).iloc[0]
    >>> int(row["mentions"]), float(row["share_of_articles"])
    (2, 1.0)
    """
    if by in ("country", "organisation"):
        by, level = "actor", by
    check_choice(level, LEVELS, "level")
    unit = UNIT_NAMES.get(by, by if by in UNITS else None)
    if unit is None and (start is not None or end is not None):
        raise ValueError(
            "start and end set the periods of a count by day, week, month, quarter or year; "
            "for other counts, pass the articles of those periods."
        )
    if unit is not None:
        return actor_timeline(
            mentions,
            articles,
            level=level,
            kinds=kinds,
            exclude_kinds=exclude_kinds,
            unit=unit,
            start=start,
            end=end,
            min_articles=min_articles,
        )
    tally = Tally(mentions, articles)
    kinds_counted = tally.kind_mask(kinds, exclude_kinds)
    if by == "actor":
        return actor_table(tally.sums(level, kind_mask=kinds_counted))
    if by == "document":
        return _by_document(tally, level, kinds_counted)
    if by in articles.columns and by not in ("doc_id", "text"):
        codes, values = pd.factorize(articles[by], use_na_sentinel=False)
        sums = tally.sums(level, groups=codes, labels=list(values), kind_mask=kinds_counted)
        order = np.argsort(np.array([str(value) for value in values]), kind="stable")
        groups = pd.Index(np.asarray(values, dtype=object)[order])
        table = grid_table(
            sums,
            groups,
            most_mentioned(sums),
            min_articles=min_articles,
            group_name=by,
        )
        table[by] = pd.array(table[by].to_numpy(dtype=object), dtype=articles[by].dtype)
        table.attrs["n_mentions_outside"] = sums.n_mentions_outside
        return table
    raise ValueError(
        f"by must be one of {list(BY_CHOICES)} or a column of the articles "
        f"({', '.join(map(str, articles.columns))}), not {by!r}."
    )


def _by_document(tally: Tally, level: str, kinds_counted: np.ndarray) -> pd.DataFrame:
    doc, key, count = tally.per_article(level, kind_mask=kinds_counted)
    keys = np.array(tally.level(level).keys, dtype=object)
    doc_ids = tally.articles["doc_id"].astype("string").to_numpy(dtype=object)
    # Key codes follow the order of the ids; documents are ordered by their id.
    order = np.lexsort((key, doc_ids[doc].astype(str))) if len(doc) else doc
    doc, key, count = doc[order], key[order], count[order]
    actor_ids = keys[key] if len(key) else np.array([], dtype=object)
    names = tally.names(level, sorted(set(actor_ids)))
    words = tally.words[doc]
    with np.errstate(divide="ignore", invalid="ignore"):
        per_1k = np.where(words > 0, count * 1000 / words, np.nan)
    result = pd.DataFrame(
        {
            "doc_id": pd.array(doc_ids[doc], dtype="string"),
            "actor_id": pd.array(actor_ids, dtype="string"),
            "actor_name": pd.array([names[a] for a in actor_ids], dtype="string"),
            "mentions": pd.array(count, dtype="Int64"),
            "n_words": pd.array(words, dtype="Int64"),
            "per_1k_words": per_1k,
        }
    )
    result.attrs["n_mentions_outside"] = tally.n_mentions_outside
    return result


def co_mentions(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    unit: str = "sentence",
    level: str = "actor",
    kinds: Iterable[str] | None = None,
    exclude_kinds: Iterable[str] | None = None,
    by_month: bool = False,
) -> pd.DataFrame:
    """Pairs of actors mentioned together in the same sentence or the same article.

    Parameters
    ----------
    unit : {"sentence", "article"}
    level : {"actor", "country", "organisation"}
    kinds, exclude_kinds : list of str, optional
        Alias kinds counted, or left out.
    by_month : bool
        One count per month of the articles (undated articles left out).

    Returns
    -------
    DataFrame
        ``source``, ``target`` (ids, ``source < target``), ``source_name``,
        ``target_name``, ``n`` (sentences or articles of ``articles`` holding both), plus
        ``month`` first when ``by_month``; most frequent pairs first. Then what normalised
        associations rest on, and the associations themselves
        (:func:`analysis.measures.association`): ``n_source`` and ``n_target`` (units
        mentioning each actor), ``n_units`` (units mentioning at least one actor: the
        sentences holding a mention, or the articles; per month with ``by_month``),
        ``jaccard`` and ``pmi`` (float64). ``attrs`` holds ``unit`` and ``level``.

    Examples
    --------
    >>> articles = pd.DataFrame({"doc_id": ["a"], "n_words": [12]})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "a"], "sentence_id": [0, 0, 1],
    ...     "actor_id": ["RUS", "PRK", "RUS"], "actor_name": ["Russia", "North Korea", "Russia"],
    ...     "country": ["RUS", "PRK", "RUS"]})
    >>> co_mentions(mentions, articles)[["source", "target", "n", "n_source", "n_target",
    ...     "n_units", "jaccard"]].values.tolist()
    [['PRK', 'RUS', 1, 1, 2, 2, 0.5]]
    """
    check_choice(unit, ("sentence", "article"), "unit")
    tally = Tally(mentions, articles)
    groups, months = None, None
    if by_month:
        from analysis.periods import period_codes

        periods = period_codes(articles, "M")
        groups, months = periods.codes, periods.index
    kinds_counted = tally.kind_mask(kinds, exclude_kinds)
    found = tally.pairs(level, unit=unit, groups=groups, kind_mask=kinds_counted)
    per_key, n_units = _units_mentioning(tally, level, unit, kinds_counted, groups)
    group = found["group"].to_numpy(dtype="int64") if by_month else np.zeros(len(found), int)
    n_source = per_key[group, found["source"].to_numpy(dtype="int64")]
    n_target = per_key[group, found["target"].to_numpy(dtype="int64")]
    jaccard, pmi = association(found["n"], n_source, n_target, n_units[group])
    keys = np.array(tally.level(level).keys, dtype=object)
    source = keys[found["source"].to_numpy()] if len(keys) else np.array([], dtype=object)
    target = keys[found["target"].to_numpy()] if len(keys) else np.array([], dtype=object)
    names = tally.names(level, sorted(set(source) | set(target)))
    columns = {}
    if by_month:
        columns["month"] = months[found["group"].to_numpy()] if len(found) else months[:0]
    result = pd.DataFrame(
        {
            **columns,
            "source": pd.array(source, dtype="string"),
            "target": pd.array(target, dtype="string"),
            "source_name": [names[key] for key in source],
            "target_name": [names[key] for key in target],
            "n": pd.array(found["n"].to_numpy(), dtype="Int64"),
            "n_source": pd.array(n_source, dtype="Int64"),
            "n_target": pd.array(n_target, dtype="Int64"),
            "n_units": pd.array(n_units[group], dtype="Int64"),
            "jaccard": jaccard,
            "pmi": pmi,
        }
    )
    by = ["month"] if by_month else []
    order = [*by, "n", "source", "target"]
    ascending = [True] * len(by) + [False, True, True]
    result = result.sort_values(order, ascending=ascending).reset_index(drop=True)
    result.attrs.update(n_mentions_outside=tally.n_mentions_outside, unit=unit, level=level)
    return result


def _units_mentioning(
    tally: Tally, level: str, unit: str, kinds_counted: np.ndarray, groups: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Units (sentences or articles) mentioning each key, per group, and units with a mention.

    Read from the same rows as :meth:`Tally.pairs`, so that ``n`` never exceeds the units
    of either actor. Returns a (group, key) array and a per-group array.
    """
    if unit == "sentence":
        doc, sentence, key, kind = tally.sentence_rows(level)
    else:
        doc, key, kind, _ = tally.cells(level)
        sentence = np.zeros(len(doc), dtype=np.int32)
    rows = kinds_counted[kind]
    if groups is not None:
        rows &= groups[doc] >= 0
    doc, sentence, key = doc[rows], sentence[rows], key[rows]
    # Rows are sorted by (article, sentence, key): each distinct unit and key is a run.
    first = first_of_runs(doc, sentence, key)
    doc, sentence, key = doc[first], sentence[first], key[first]
    group = groups[doc].astype(np.int64) if groups is not None else np.zeros(len(doc), np.int64)
    n_groups = int(groups.max(initial=0)) + 1 if groups is not None else 1
    n_keys = max(len(tally.level(level).keys), 1)
    per_key = np.bincount(group * n_keys + key, minlength=n_groups * n_keys)
    units = np.bincount(group[first_of_runs(doc, sentence)], minlength=n_groups)
    return per_key.reshape(n_groups, n_keys), units


def co_mention_matrix(
    pairs: pd.DataFrame, actors: Iterable[str] | None = None, *, value: str = "count"
) -> pd.DataFrame:
    """A symmetric actor x actor table of co-mentions (for heat maps).

    Parameters
    ----------
    pairs : DataFrame
        From :func:`co_mentions` (without ``by_month``).
    actors : iterable of str, optional
        Rows and columns, in this order; every actor of ``pairs`` by default.
    value : {"count", "jaccard", "pmi"}, default "count"
        The cells: ``n`` (int64, 0 where never together) or an association (float64, NaN
        where never together).

    Returns
    -------
    DataFrame
        ``attrs`` holds ``unit`` and ``level`` of ``pairs``, and ``value``.

    Examples
    --------
    >>> pairs = pd.DataFrame({"source": ["PRK"], "target": ["RUS"], "n": [3]})
    >>> co_mention_matrix(pairs).values.tolist()
    [[0, 3], [3, 0]]
    """
    check_choice(value, ASSOCIATIONS, "value")
    column = "n" if value == "count" else value
    ids = (
        list(actors) if actors is not None else sorted(set(pairs["source"]) | set(pairs["target"]))
    )
    if value == "count":
        matrix = pd.DataFrame(0, index=ids, columns=ids, dtype="int64")
    else:
        matrix = pd.DataFrame(np.nan, index=ids, columns=ids, dtype="float64")
    for source, target, cell in pairs[["source", "target", column]].itertuples(index=False):
        if source in matrix.index and target in matrix.index:
            if value == "count":
                matrix.loc[source, target] += int(cell)
                matrix.loc[target, source] += int(cell)
            else:
                matrix.loc[source, target] = matrix.loc[target, source] = float(cell)
    matrix.attrs.update(unit=pairs.attrs.get("unit"), level=pairs.attrs.get("level"), value=value)
    return matrix


def co_mention_graph(pairs: pd.DataFrame, counts: pd.DataFrame | None = None):
    """A networkx graph of co-mentions: nodes are actors, edge ``weight`` is ``n``.

    ``counts`` (from :func:`count_mentions`) adds each node's ``mentions`` and ``label``.
    The associations of :func:`co_mentions` become edge attributes too (``jaccard``,
    ``pmi``), which :func:`analysis.figures.plot_co_mention_network` can draw instead of
    the counts; ``graph.graph`` holds the ``unit`` and ``level`` of ``pairs``.

    Examples
    --------
    >>> pairs = pd.DataFrame({"source": ["PRK"], "target": ["RUS"], "source_name": ["North Korea"],
    ...     "target_name": ["Russia"], "n": [3], "jaccard": [0.25], "pmi": [1.5]})
    >>> graph = co_mention_graph(pairs)
    >>> graph.edges["PRK", "RUS"]
    {'weight': 3, 'jaccard': 0.25, 'pmi': 1.5}
    """
    import networkx as nx

    graph = nx.Graph()
    graph.graph.update({key: pairs.attrs[key] for key in ("unit", "level") if pairs.attrs.get(key)})
    names = dict(zip(pairs["source"], pairs["source_name"], strict=True))
    names.update(zip(pairs["target"], pairs["target_name"], strict=True))
    for node, name in names.items():
        graph.add_node(node, label=str(name) if pd.notna(name) else node)
    if counts is not None:
        for row in counts.itertuples(index=False):
            if row.actor_id in graph:
                graph.nodes[row.actor_id]["mentions"] = int(row.mentions)
    measures = [column for column in ASSOCIATIONS if column in pairs.columns]
    for row in pairs[["source", "target", "n", *measures]].itertuples(index=False):
        source, target, n, *values = row
        attributes = {name: float(value) for name, value in zip(measures, values, strict=True)}
        graph.add_edge(source, target, weight=int(n), **attributes)
    return graph


def write_gexf(pairs: pd.DataFrame, path: str | Path, counts: pd.DataFrame | None = None) -> Path:
    """Write co-mentions as GEXF for Gephi; returns the path written."""
    import networkx as nx

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(co_mention_graph(pairs, counts), path)
    return path


def kind_breakdown(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    actors: Iterable[str],
    *,
    level: str = "actor",
) -> pd.DataFrame:
    """Mentions of each actor by alias kind, in ``articles``: an actor x kind table.

    Examples
    --------
    >>> articles = pd.DataFrame({"doc_id": ["a"], "n_words": [20]})
    >>> mentions = pd.DataFrame({"doc_id": ["a"] * 3, "actor_id": ["RUS"] * 3,
    ...     "actor_name": ["Russia"] * 3, "country": ["RUS"] * 3,
    ...     "kind": ["name", "demonym", "demonym"]})
    >>> kind_breakdown(mentions, articles, ["RUS"]).loc["RUS", ["name", "demonym"]].tolist()
    [1, 2]
    """
    actors = [str(actor) for actor in as_list(actors)]
    tally = Tally(mentions, articles)
    _, key, kind, count = tally.cells(level)
    n_kinds = len(tally.kinds)
    totals = np.bincount(
        key.astype(np.int64) * n_kinds + kind,
        weights=count,
        minlength=len(tally.level(level).keys) * n_kinds,
    ).reshape(-1, n_kinds)
    code = tally.level(level).code
    rows = [totals[code[actor]] if actor in code else np.zeros(n_kinds) for actor in actors]
    table = pd.DataFrame(
        np.array(rows, dtype="int64").reshape(len(actors), n_kinds),
        index=pd.Index(actors, name="actor_id"),
        columns=pd.Index(list(tally.kinds), name="kind"),
    )
    table.attrs["level"] = level
    return table


def home_comparison(mentions: pd.DataFrame, articles: pd.DataFrame, home: str | None = None):
    """The outlet's home country counted with and without its capital and demonyms.

    Parameters
    ----------
    mentions, articles : DataFrame
    home : str, optional
        The home country (the corpus setting ``home``). When not given, the likely home
        (:func:`analysis.mention_rules.likely_home`: its capital far above every other) is
        used, if there is one.

    Returns
    -------
    DataFrame
        Two rows, ``all kinds`` and ``without home``, with the country's ``mentions``,
        ``articles`` and ``share_of_articles``; ``attrs["home"]`` and ``attrs["likely"]``
        (whether the home was guessed). Empty when there is no home to compare.

    Examples
    --------
    >>> from analysis.mentions import find_mentions
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "language": "fr", "n_words": [3, 4],
    ...                        "text": ["Paris bloqué.", "La France et Moscou."]})
    >>> table = home_comparison(find_mentions(corpus), corpus, home="FRA")
    >>> table[["variant", "mentions", "articles"]].values.tolist()
    [['all kinds', 2, 2], ['without home', 1, 1]]
    """
    from analysis.mention_rules import HOME_KIND, likely_home, mark_home

    likely = False
    if not home:
        found = likely_home(mentions)
        home, likely = (found["actor_id"], True) if found else (None, False)
    columns = ["variant", "mentions", "articles", "share_of_articles"]
    if not home:
        return pd.DataFrame(columns=columns)
    marked = mark_home(mentions, home)
    rows = []
    for variant, excluded in [("all kinds", None), ("without home", [HOME_KIND])]:
        counts = count_mentions(marked, articles, by="country", exclude_kinds=excluded)
        row = counts[counts["actor_id"].astype(str) == home]
        values = row.iloc[0] if len(row) else {"mentions": 0, "articles": 0}
        rows.append(
            {
                "variant": variant,
                "mentions": int(values["mentions"]),
                "articles": int(values["articles"]),
                "share_of_articles": int(values["articles"]) / len(articles)
                if len(articles)
                else float("nan"),
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    table.attrs = {"home": home, "likely": likely}
    return table
