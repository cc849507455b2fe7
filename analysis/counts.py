"""Count, read and connect actor mentions: totals, rates, evidence and co-mentions.

Every function takes the mention table of :func:`analysis.mentions.find_mentions` and,
where a rate needs a base, the corpus of :func:`analysis.load_corpus`. Each count comes
with the base it was computed on (``n_articles``, ``n_words``), so that a reader can judge it.

``level="country"`` rolls persons and institutions up to their state (the ``country``
column); international organisations and their officials keep their own id.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.mentions import KINDS


def select_kinds(
    mentions: pd.DataFrame,
    kinds: Iterable[str] | None = None,
    *,
    exclude: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Keep the mentions whose alias kind is in ``kinds`` and not in ``exclude``.

    Examples
    --------
    >>> mentions = pd.DataFrame({"kind": ["name", "demonym", "capital"]})
    >>> select_kinds(mentions, exclude=["demonym"])["kind"].tolist()
    ['name', 'capital']
    """
    kinds = _check_kinds(kinds) if kinds is not None else None
    exclude = _check_kinds(exclude) if exclude is not None else []
    keep = pd.Series(True, index=mentions.index)
    if kinds is not None:
        keep &= mentions["kind"].isin(kinds)
    if exclude:
        keep &= ~mentions["kind"].isin(exclude)
    return mentions[keep]


def _check_kinds(kinds: Iterable[str] | str) -> list[str]:
    if isinstance(kinds, str):
        kinds = [k.strip() for k in kinds.split(",") if k.strip()]
    kinds = list(kinds)
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise ValueError(
            f"Unknown alias kind(s) {', '.join(unknown)}; choose among {', '.join(KINDS)}."
        )
    return kinds


def actor_key(mentions: pd.DataFrame, level: str = "actor") -> pd.Series:
    """The id each mention counts under: the actor, or its country at ``level="country"``."""
    if level == "actor":
        return mentions["actor_id"].astype("string")
    if level == "country":
        return mentions["country"].astype("string").fillna(mentions["actor_id"].astype("string"))
    raise ValueError(f"level must be 'actor' or 'country', not {level!r}.")


def _names(mentions: pd.DataFrame, level: str) -> pd.Series:
    """Display name of each key: the actor's name, or for countries the state's name."""
    names = (
        mentions.assign(_key=mentions["actor_id"].astype("string"))
        .drop_duplicates("_key")
        .set_index("_key")["actor_name"]
        .astype("string")
    )
    if level == "country":
        countries = mentions["country"].dropna().astype("string").unique()
        missing = [c for c in countries if c not in names.index]
        if missing:
            names = pd.concat([names, _state_names(missing)])
    return names


def _state_names(codes: list[str]) -> pd.Series:
    from analysis.actors import load_actors

    actors = load_actors().actors.set_index("actor_id")["actor_name"].astype("string")
    return pd.Series({code: actors.get(code, code) for code in codes}, dtype="string")


def count_mentions(
    mentions: pd.DataFrame,
    corpus: pd.DataFrame,
    *,
    by: str = "actor",
    level: str = "actor",
    kinds: Iterable[str] | None = None,
    exclude_kinds: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Mentions per actor (or country), per article, or per month, with rates and bases.

    Parameters
    ----------
    mentions, corpus : DataFrame
        From :func:`analysis.mentions.find_mentions` and :func:`analysis.load_corpus`.
    by : {"actor", "country", "document", "month"}
        ``country`` is ``by="actor", level="country"``.
    level : {"actor", "country"}
    kinds, exclude_kinds : list of str, optional
        Alias kinds to count (default all), or to leave out (``["demonym"]``).

    Returns
    -------
    DataFrame
        ``by="actor"``: ``actor_id``, ``actor_name``, ``mentions``, ``articles``
        (articles mentioning), ``per_1k_words``, ``share_of_articles``, ``n_articles``,
        ``n_words`` (the bases: the whole corpus), most mentioned first.
        ``by="document"``: ``doc_id``, ``actor_id``, ``actor_name``, ``mentions``,
        ``n_words``, ``per_1k_words``. ``by="month"``: the monthly table of
        :func:`analysis.timeline.actor_timeline` (every actor, every month, with
        ``n_articles`` and small-N flags).

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [100, 300],
    ...                        "month": pd.PeriodIndex(["2023-07", "2023-08"], freq="M")})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor_id": ["RUS"] * 3,
    ...     "actor_name": ["Russia"] * 3, "country": ["RUS"] * 3,
    ...     "kind": ["name", "demonym", "capital"]})
    >>> count_mentions(mentions, corpus).iloc[0][["mentions", "articles", "per_1k_words"]].tolist()
    [3, 2, 7.5]
    """
    if by == "country":
        by, level = "actor", "country"
    mentions = select_kinds(mentions, kinds, exclude=exclude_kinds)
    if by == "month":
        from analysis.timeline import actor_timeline

        return actor_timeline(mentions, corpus, level=level, measure="mentions")
    keyed = mentions.assign(_key=actor_key(mentions, level), _doc=mentions["doc_id"].astype(str))
    names = _names(mentions, level)
    if by == "actor":
        n_articles = len(corpus)
        n_words = int(pd.to_numeric(corpus["n_words"]).sum())
        grouped = keyed.groupby("_key", observed=True)
        result = pd.DataFrame(
            {
                "mentions": grouped.size().astype("Int64"),
                "articles": grouped["_doc"].nunique().astype("Int64"),
            }
        )
        result["per_1k_words"] = result["mentions"].astype(float) * 1000 / max(n_words, 1)
        result["share_of_articles"] = result["articles"].astype(float) / max(n_articles, 1)
        result["n_articles"] = pd.array([n_articles] * len(result), dtype="Int64")
        result["n_words"] = pd.array([n_words] * len(result), dtype="Int64")
        result = result.rename_axis("actor_id").reset_index()
        result.insert(1, "actor_name", names.reindex(result["actor_id"]).to_numpy())
        result["actor_id"] = result["actor_id"].astype("string")
        result["actor_name"] = result["actor_name"].astype("string")
        return result.sort_values(["mentions", "actor_id"], ascending=[False, True]).reset_index(
            drop=True
        )
    if by == "document":
        words = corpus.assign(_doc=corpus["doc_id"].astype(str)).set_index("_doc")["n_words"]
        result = (
            keyed.groupby(["_doc", "_key"], observed=True)
            .size()
            .rename("mentions")
            .astype("Int64")
            .reset_index()
            .rename(columns={"_doc": "doc_id", "_key": "actor_id"})
        )
        result.insert(2, "actor_name", names.reindex(result["actor_id"]).to_numpy())
        result["n_words"] = pd.array(words.reindex(result["doc_id"]).to_numpy(), dtype="Int64")
        result["per_1k_words"] = result["mentions"].astype(float) * 1000 / result["n_words"]
        return result.astype({"doc_id": "string", "actor_id": "string", "actor_name": "string"})
    raise ValueError(f"by must be 'actor', 'country', 'document' or 'month', not {by!r}.")


def kind_sensitivity(
    mentions: pd.DataFrame,
    corpus: pd.DataFrame,
    *,
    actors: Iterable[str],
    drop: Iterable[str] = ("demonym",),
    level: str = "actor",
    unit: str = "M",
    measure: str = "share_of_articles",
) -> pd.DataFrame:
    """Does a trend survive without some alias kinds? One call, two timelines side by side.

    Returns
    -------
    DataFrame
        One row per period and actor: ``period``, ``actor_id``, ``all_kinds`` (the measure
        with every kind), ``without`` (the measure without the ``drop`` kinds),
        ``n_articles``, plus in ``attrs["correlation"]`` the Pearson correlation of the two
        series per actor.
    """
    from analysis.timeline import actor_timeline

    actors = list(actors)
    full = actor_timeline(mentions, corpus, actors=actors, level=level, unit=unit, measure=measure)
    reduced = actor_timeline(
        select_kinds(mentions, exclude=drop),
        corpus,
        actors=actors,
        level=level,
        unit=unit,
        measure=measure,
    )
    keys = ["period", "actor_id"]
    result = full[[*keys, "value", "n_articles"]].rename(columns={"value": "all_kinds"})
    result = result.merge(
        reduced[[*keys, "value"]].rename(columns={"value": "without"}), on=keys, how="left"
    )
    result = result[[*keys, "all_kinds", "without", "n_articles"]]
    result.attrs["correlation"] = {
        str(actor): float(group["all_kinds"].corr(group["without"]))
        for actor, group in result.groupby("actor_id", observed=True)
    }
    result.attrs["dropped_kinds"] = list(drop)
    return result


def kwic(
    mentions: pd.DataFrame,
    corpus: pd.DataFrame,
    *,
    actor: str | Iterable[str] | None = None,
    alias: str | None = None,
    kind: str | Iterable[str] | None = None,
    country: str | None = None,
    width: int = 60,
    limit: int | None = None,
) -> pd.DataFrame:
    """Keyword in context: the words around each selected mention.

    Parameters
    ----------
    actor, alias, kind, country : optional
        Filters (``actor`` and ``kind`` accept one value or several).
    width : int
        Characters of context on each side.

    Returns
    -------
    DataFrame
        ``doc_id``, ``month``, ``sentence_id``, ``start``, ``end``, ``left``, ``match``,
        ``right``, ``actor_id``, ``alias``, ``kind``; line breaks in the context shown as
        `` ¶ ``.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "month": pd.PeriodIndex(["2023-07"], freq="M"),
    ...                        "text": ["Selon elles, le royaume ermite soutient Moscou."]})
    >>> mentions = pd.DataFrame({"doc_id": ["a"], "sentence_id": [0], "start": [16],
    ...     "end": [30], "actor_id": ["PRK"], "alias": ["royaume ermite"], "kind": ["epithet"],
    ...     "country": ["PRK"]})
    >>> kwic(mentions, corpus, actor="PRK", width=12)[["left", "match", "right"]].iloc[0].tolist()
    ['Selon elles, le ', 'royaume ermite', ' soutient Mos']
    """
    selected = mentions
    if actor is not None:
        selected = selected[selected["actor_id"].isin(_as_list(actor))]
    if alias is not None:
        selected = selected[selected["alias"].astype("string") == alias]
    if kind is not None:
        selected = selected[selected["kind"].isin(_as_list(kind))]
    if country is not None:
        selected = selected[selected["country"].astype("string") == country]
    if limit is not None:
        selected = selected.head(limit)
    articles = corpus.assign(_doc=corpus["doc_id"].astype(str)).drop_duplicates("_doc")
    articles = articles.set_index("_doc")
    texts = articles["text"].astype(object).reindex(selected["doc_id"].astype(str)).to_numpy()
    lefts, matches, rights = [], [], []
    for text, start, end in zip(texts, selected["start"], selected["end"], strict=True):
        start, end = int(start), int(end)
        lefts.append(text[max(0, start - width) : start].replace("\n", " ¶ "))
        matches.append(text[start:end])
        rights.append(text[end : end + width].replace("\n", " ¶ "))
    month = (
        articles["month"].reindex(selected["doc_id"].astype(str)).to_numpy()
        if "month" in articles
        else None
    )
    result = pd.DataFrame(
        {
            "doc_id": selected["doc_id"].astype("string").to_numpy(),
            "month": month,
            "sentence_id": selected["sentence_id"].to_numpy(),
            "start": selected["start"].to_numpy(),
            "end": selected["end"].to_numpy(),
            "left": pd.array(lefts, dtype="string"),
            "match": pd.array(matches, dtype="string"),
            "right": pd.array(rights, dtype="string"),
            "actor_id": selected["actor_id"].astype("string").to_numpy(),
            "alias": selected["alias"].astype("string").to_numpy(),
            "kind": selected["kind"].astype("string").to_numpy(),
        }
    )
    return result


def _as_list(value) -> list:
    return [value] if isinstance(value, str) else list(value)


def co_mentions(
    mentions: pd.DataFrame,
    *,
    unit: str = "sentence",
    level: str = "actor",
    corpus: pd.DataFrame | None = None,
    by_month: bool = False,
) -> pd.DataFrame:
    """Pairs of actors mentioned together in the same sentence or the same article.

    Parameters
    ----------
    unit : {"sentence", "article"}
    level : {"actor", "country"}
    corpus : DataFrame, optional
        Needed for ``by_month=True`` (the month of each article).

    Returns
    -------
    DataFrame
        ``source``, ``target`` (ids, ``source < target``), ``source_name``,
        ``target_name``, ``n`` (sentences or articles holding both), plus ``month`` first
        when ``by_month``; most frequent pairs first.

    Examples
    --------
    >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "a"], "sentence_id": [0, 0, 1],
    ...     "actor_id": ["RUS", "PRK", "RUS"], "actor_name": ["Russia", "North Korea", "Russia"],
    ...     "country": ["RUS", "PRK", "RUS"]})
    >>> co_mentions(mentions)[["source", "target", "n"]].values.tolist()
    [['PRK', 'RUS', 1]]
    """
    if unit not in {"sentence", "article"}:
        raise ValueError(f"unit must be 'sentence' or 'article', not {unit!r}.")
    units = ["_doc"] if unit == "article" else ["_doc", "sentence_id"]
    keyed = mentions.assign(_key=actor_key(mentions, level), _doc=mentions["doc_id"].astype(str))
    keyed = keyed[[*units, "_key"]].drop_duplicates()
    if by_month:
        if corpus is None:
            raise ValueError("co_mentions(by_month=True) needs the corpus for article months.")
        months = corpus.assign(_doc=corpus["doc_id"].astype(str)).set_index("_doc")["month"]
        keyed["month"] = months.reindex(keyed["_doc"]).to_numpy()
        units = [*units, "month"]
    pairs = keyed.merge(keyed, on=units, suffixes=("_a", "_b"))
    pairs = pairs[pairs["_key_a"] < pairs["_key_b"]]
    group = ["month"] if by_month else []
    result = (
        pairs.groupby([*group, "_key_a", "_key_b"], observed=True, dropna=False)
        .size()
        .rename("n")
        .reset_index()
        .rename(columns={"_key_a": "source", "_key_b": "target"})
    )
    names = _names(mentions, level)
    result["source_name"] = names.reindex(result["source"]).to_numpy()
    result["target_name"] = names.reindex(result["target"]).to_numpy()
    result = result[[*group, "source", "target", "source_name", "target_name", "n"]]
    result["n"] = result["n"].astype("Int64")
    order = [*group, "n", "source", "target"]
    ascending = [True] * len(group) + [False, True, True]
    return result.sort_values(order, ascending=ascending).reset_index(drop=True)


def co_mention_matrix(pairs: pd.DataFrame, actors: Iterable[str] | None = None) -> pd.DataFrame:
    """A symmetric actor x actor table of co-mention counts (for heat maps)."""
    ids = (
        list(actors) if actors is not None else sorted(set(pairs["source"]) | set(pairs["target"]))
    )
    matrix = pd.DataFrame(0, index=ids, columns=ids, dtype="int64")
    for source, target, n in pairs[["source", "target", "n"]].itertuples(index=False):
        if source in matrix.index and target in matrix.index:
            matrix.loc[source, target] += int(n)
            matrix.loc[target, source] += int(n)
    return matrix


def co_mention_graph(pairs: pd.DataFrame, counts: pd.DataFrame | None = None):
    """A networkx graph of co-mentions: nodes are actors, edge ``weight`` is ``n``.

    ``counts`` (from :func:`count_mentions`) adds each node's ``mentions`` and ``label``.
    """
    import networkx as nx

    graph = nx.Graph()
    names = dict(zip(pairs["source"], pairs["source_name"], strict=True))
    names.update(zip(pairs["target"], pairs["target_name"], strict=True))
    for node, name in names.items():
        graph.add_node(node, label=str(name) if pd.notna(name) else node)
    if counts is not None:
        for row in counts.itertuples(index=False):
            if row.actor_id in graph:
                graph.nodes[row.actor_id]["mentions"] = int(row.mentions)
    for source, target, n in pairs[["source", "target", "n"]].itertuples(index=False):
        graph.add_edge(source, target, weight=int(n))
    return graph


def write_gexf(pairs: pd.DataFrame, path: str | Path, counts: pd.DataFrame | None = None) -> Path:
    """Write co-mentions as GEXF for Gephi; returns the path written."""
    import networkx as nx

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(co_mention_graph(pairs, counts), path)
    return path


def rate(numerator: pd.Series, denominator: pd.Series, scale: float = 1.0) -> pd.Series:
    """``numerator / denominator * scale`` as floats, NaN where the base is zero."""
    denominator = denominator.astype(float).replace(0, np.nan)
    return numerator.astype(float) * scale / denominator
