"""Count, read and connect actor mentions: totals, rates, evidence and co-mentions.

Every function takes the mention table of :func:`analysis.mentions.find_mentions` and,
where a rate needs a base, the corpus of :func:`analysis.load_corpus`. Each count comes
with the base it was computed on (``n_articles``, ``n_words``), so that a reader can judge it.

``level="country"`` rolls persons and institutions up to their state (the ``country``
column); international organisations and their officials keep their own id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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

    Kinds are the dictionary's (:data:`analysis.actors.ALIAS_KINDS`), or any kind found in
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
    if kinds is None and not exclude:
        return np.ones(len(mentions), dtype=bool)
    if "kind" not in mentions.columns:
        raise ValueError("The mentions have no 'kind' column (find_mentions gives one).")
    # The distinct kinds first: turning millions of categorical values into strings is slow.
    present = {str(kind) for kind in mentions["kind"].dropna().unique()}
    known = [*KINDS, *sorted(present - set(KINDS))]
    keep = np.ones(len(mentions), dtype=bool)
    if kinds is not None:
        keep &= mentions["kind"].isin(_check_kinds(kinds, known)).to_numpy()
    if exclude:
        keep &= ~mentions["kind"].isin(_check_kinds(exclude, known)).to_numpy()
    return keep


def _check_kinds(kinds: Iterable[str] | str, known: Iterable[str] = KINDS) -> list[str]:
    if isinstance(kinds, str):
        kinds = [k.strip() for k in kinds.split(",") if k.strip()]
    kinds = list(kinds)
    known = list(known)
    unknown = sorted(set(kinds) - set(known))
    if unknown:
        raise ValueError(
            f"Unknown alias kind(s) {', '.join(unknown)}; choose among {', '.join(known)}."
        )
    return kinds


def actor_key(mentions: pd.DataFrame, level: str = "actor") -> pd.Series:
    """The id each mention counts under.

    At ``level="actor"``, the actor itself. At ``level="country"``, its country (Kim Jong-un
    and KCNA count as ``PRK``); failing that its organisation (the Security Council and
    António Guterres count as ``UN``, when the table has an ``organisation`` column); failing
    that the actor itself.

    Examples
    --------
    >>> mentions = pd.DataFrame({"actor_id": ["kim-jong-un", "UNSC", "NATO"],
    ...     "country": ["PRK", None, None], "organisation": [None, "UN", None]})
    >>> actor_key(mentions, "country").tolist()
    ['PRK', 'UN', 'NATO']
    """
    actor_ids = mentions["actor_id"].astype("string")
    if level == "actor":
        return actor_ids
    if level == "country":
        key = mentions["country"].astype("string")
        if "organisation" in mentions:
            key = key.fillna(mentions["organisation"].astype("string"))
        return key.fillna(actor_ids)
    raise ValueError(f"level must be 'actor' or 'country', not {level!r}.")


def _codes(values: pd.Series) -> pd.Series:
    """Integer codes of a categorical column (the column itself otherwise), for grouping."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes
    return values.astype(str)


def _categorical_key(mentions: pd.DataFrame, level: str) -> pd.Series:
    """:func:`actor_key` as a categorical, computed once per actor instead of once per row."""
    ids = mentions["actor_id"]
    if not isinstance(ids.dtype, pd.CategoricalDtype) or ids.isna().any():
        return actor_key(mentions, level)
    codes = ids.cat.codes.to_numpy()
    present, first_rows = np.unique(codes, return_index=True)
    keys = actor_key(mentions.iloc[first_rows], level).to_numpy(dtype=object)
    categories, key_codes = np.unique(keys.astype(str), return_inverse=True)
    lookup = np.full(len(ids.cat.categories), -1, dtype=np.int64)
    lookup[present] = key_codes
    return pd.Series(
        pd.Categorical.from_codes(lookup[codes], categories=categories), index=mentions.index
    )


def names_of_keys(mentions: pd.DataFrame, level: str, ids: Iterable[str]) -> dict[str, str]:
    """The display name of each of ``ids`` (keys at ``level``, see :func:`actor_key`).

    An actor's own name; for a country, that of its state actor when the mentions hold
    one (never Kim Jong-un's for ``PRK``), else the name in the dictionary the mentions
    were found with (:func:`roll_up_names_of`).

    Examples
    --------
    >>> mentions = pd.DataFrame({"actor_id": ["kim-jong-un", "RUS"],
    ...     "actor_name": ["Kim Jong-un", "Russia"], "country": ["PRK", "RUS"]})
    >>> names_of_keys(mentions, "country", ["RUS", "PRK"])
    {'RUS': 'Russia', 'PRK': 'North Korea'}
    """
    ids = [str(actor_id) for actor_id in ids]
    actors = mentions["actor_id"]
    # Name and country are the actor's: one mention of each actor is enough.
    if isinstance(actors.dtype, pd.CategoricalDtype):
        _, first_rows = np.unique(actors.cat.codes.to_numpy(), return_index=True)
    else:
        first_rows = np.flatnonzero(~actors.astype("string").duplicated().to_numpy())
    sample = mentions.iloc[first_rows]
    keys = actor_key(sample, level).astype("string")
    names: dict[str, str] = {}
    for own, key, name in zip(
        sample["actor_id"].astype("string"), keys, sample["actor_name"], strict=True
    ):
        if pd.notna(own) and own == key and pd.notna(name):
            names.setdefault(str(key), str(name))
    unnamed = [actor_id for actor_id in ids if actor_id not in names]
    if unnamed:
        names.update(roll_up_names_of(unnamed, mentions.attrs.get("names")))
    return {actor_id: names[actor_id] for actor_id in ids}


def roll_up_names_of(ids: Iterable[str], known: Mapping[str, str] | None = None) -> dict[str, str]:
    """Names of actors, countries or organisations that the mentions at hand do not name.

    From ``known`` (``mentions.attrs["names"]``: the dictionary the mentions were found
    with), then from the default dictionary; an id found in neither names itself.
    """
    known = known or {}
    ids = [str(actor_id) for actor_id in ids]
    names = {actor_id: known[actor_id] for actor_id in ids if actor_id in known}
    if len(names) < len(ids):
        from analysis.actors import load_actors

        actors = load_actors().actors.set_index("actor_id")["actor_name"].astype("string")
        for actor_id in ids:
            names.setdefault(actor_id, str(actors.get(actor_id, actor_id)))
    return names


def count_mentions(
    mentions: pd.DataFrame,
    corpus: pd.DataFrame,
    *,
    by: str = "actor",
    level: str = "actor",
    kinds: Iterable[str] | None = None,
    exclude_kinds: Iterable[str] | None = None,
    start: object = None,
    end: object = None,
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
    start, end : month, optional
        For ``by="month"``: the first and last month of the table, months without articles
        included as gaps (by default those of the dated articles).

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
    >>> row = count_mentions(mentions, corpus).iloc[0]
    >>> int(row["mentions"]), int(row["articles"]), float(row["per_1k_words"])
    (3, 2, 7.5)
    """
    if by == "country":
        by, level = "actor", "country"
    if by != "month" and (start is not None or end is not None):
        raise ValueError(
            "start and end set the months of by='month'; for other counts, pass the "
            "articles of those months as the corpus."
        )
    mentions = select_kinds(mentions, kinds, exclude=exclude_kinds)
    if by == "month":
        from analysis.timeline import actor_timeline

        return actor_timeline(
            mentions, corpus, level=level, measure="mentions", start=start, end=end
        )
    if by == "actor":
        # Group on integer codes: turning millions of categorical ids into strings first
        # costs more than the counting itself.
        keyed = mentions.assign(
            _key=_categorical_key(mentions, level), _doc=_codes(mentions["doc_id"])
        )
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
        names = names_of_keys(mentions, level, result["actor_id"])
        result.insert(1, "actor_name", [names[str(key)] for key in result["actor_id"]])
        result["actor_id"] = result["actor_id"].astype("string")
        result["actor_name"] = result["actor_name"].astype("string")
        return result.sort_values(["mentions", "actor_id"], ascending=[False, True]).reset_index(
            drop=True
        )
    keyed = mentions.assign(_key=actor_key(mentions, level), _doc=mentions["doc_id"].astype(str))
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
        names = names_of_keys(mentions, level, result["actor_id"].dropna().unique())
        result.insert(2, "actor_name", result["actor_id"].map(names).to_numpy())
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
    measure: str = "share_of_articles",
    **options,
) -> pd.DataFrame:
    """Does a trend survive without some alias kinds? One call, both timelines.

    Parameters
    ----------
    actors : list of str
        Actor ids (at ``level``).
    drop : list of str
        Alias kinds left out of the second series (default: demonyms, "russe", "américain").
    options
        Passed on to :func:`analysis.timeline.actor_timeline` (``unit``, ``start``, ``end``,
        ``min_articles``, ``rolling``).

    Returns
    -------
    DataFrame
        The rows of two :func:`~analysis.timeline.actor_timeline` tables, with a
        ``variant`` column (``all kinds`` or ``without demonym``) and ids suffixed for the
        second (``RUS`` and ``RUS-without-demonym``), so that
        :func:`~analysis.timeline.plot_timeline` draws them side by side.
        ``attrs["correlation"]`` holds the Pearson correlation of the two series per actor.
    """
    from analysis.timeline import actor_timeline

    actors = list(actors)
    drop = _check_kinds(drop)
    suffix = "without " + ", ".join(drop)
    full = actor_timeline(mentions, corpus, actors=actors, level=level, measure=measure, **options)
    reduced = actor_timeline(
        select_kinds(mentions, exclude=drop),
        corpus,
        actors=actors,
        level=level,
        measure=measure,
        **options,
    )
    correlation = {}
    for actor in actors:
        first = full.loc[full["actor_id"] == actor, "value"].to_numpy(dtype=float)
        second = reduced.loc[reduced["actor_id"] == actor, "value"].to_numpy(dtype=float)
        correlation[actor] = float(pd.Series(first).corr(pd.Series(second)))
    full = full.assign(variant="all kinds")
    full["actor_name"] = full["actor_name"].astype("string") + " (all kinds)"
    reduced = reduced.assign(variant=suffix)
    reduced["actor_name"] = reduced["actor_name"].astype("string") + f" ({suffix})"
    reduced["actor_id"] = reduced["actor_id"].astype("string") + "-without-" + "-".join(drop)
    result = pd.concat([full, reduced], ignore_index=True)
    result.attrs = {"correlation": correlation, "dropped_kinds": drop}
    return result


def kwic(
    mentions: pd.DataFrame,
    corpus: pd.DataFrame,
    *,
    actor: str | Iterable[str] | None = None,
    alias: str | None = None,
    kind: str | Iterable[str] | None = None,
    country: str | Iterable[str] | None = None,
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
        ``doc_id``, ``month``, ``sentence_id``, ``start``, ``end``, ``left``, ``matched``,
        ``right``, ``actor_id``, ``alias``, ``kind``; line breaks in the context shown as
        `` ¶ ``.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "month": pd.PeriodIndex(["2023-07"], freq="M"),
    ...                        "text": ["Selon elles, le royaume ermite soutient Moscou."]})
    >>> mentions = pd.DataFrame({"doc_id": ["a"], "sentence_id": [0], "start": [16],
    ...     "end": [30], "actor_id": ["PRK"], "alias": ["royaume ermite"], "kind": ["epithet"],
    ...     "country": ["PRK"]})
    >>> kwic(mentions, corpus, actor="PRK", width=16)[["left", "matched", "right"]].iloc[0].tolist()
    ['Selon elles, le ', 'royaume ermite', ' soutient Moscou']
    """
    selected = mentions
    if actor is not None:
        selected = selected[selected["actor_id"].isin(_as_list(actor))]
    if alias is not None:
        selected = selected[selected["alias"].astype("string") == alias]
    if kind is not None:
        selected = selected[selected["kind"].isin(_as_list(kind))]
    if country is not None:
        selected = selected[selected["country"].astype("string").isin(_as_list(country))]
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
            "matched": pd.array(matches, dtype="string"),
            "right": pd.array(rights, dtype="string"),
            "actor_id": selected["actor_id"].astype("string").to_numpy(),
            "alias": selected["alias"].astype("string").to_numpy(),
            "kind": selected["kind"].astype("string").to_numpy(),
        }
    )
    return result


def _as_list(value) -> list:
    # A lone string is one id, not an iterable of one-letter ids.
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
    # Integer codes throughout: ids in the order of their strings, documents, sentences.
    key_codes, keys = sorted_codes(_categorical_key(mentions, level))
    doc_codes, docs = sorted_codes(mentions["doc_id"])
    unit_ids = doc_codes.astype(np.int64)
    usable = (key_codes >= 0) & (doc_codes >= 0)
    width = 1
    if unit == "sentence":
        sentences = pd.to_numeric(mentions["sentence_id"]).to_numpy(dtype="float64", na_value=-1)
        usable &= sentences >= 0
        width = int(sentences.max()) + 1 if len(sentences) else 1
        unit_ids = unit_ids * width + np.maximum(sentences, 0).astype(np.int64)
    unit_of_pair, key_a, key_b = _pairs_within(unit_ids[usable], key_codes[usable], len(keys))
    columns = {"key_a": key_a, "key_b": key_b}
    group = []
    if by_month:
        if corpus is None:
            raise ValueError("co_mentions(by_month=True) needs the corpus for article months.")
        months = corpus.assign(_doc=corpus["doc_id"].astype(str)).set_index("_doc")["month"]
        month_of_doc = months.reindex(docs).array
        columns = {"month": month_of_doc[unit_of_pair // width], **columns}
        group = ["month"]
    counted = pd.DataFrame(columns).groupby(list(columns), dropna=False).size()
    result = counted.rename("n").reset_index()
    result = result.rename(columns={"key_a": "source", "key_b": "target"})
    result["source"] = pd.array(keys[result["source"].to_numpy()], dtype="string")
    result["target"] = pd.array(keys[result["target"].to_numpy()], dtype="string")
    names = names_of_keys(mentions, level, keys)
    result["source_name"] = [names[key] for key in result["source"]]
    result["target_name"] = [names[key] for key in result["target"]]
    result = result[[*group, "source", "target", "source_name", "target_name", "n"]]
    result["n"] = result["n"].astype("Int64")
    order = [*group, "n", "source", "target"]
    ascending = [True] * len(group) + [False, True, True]
    return result.sort_values(order, ascending=ascending).reset_index(drop=True)


def _pairs_within(
    units: np.ndarray, keys: np.ndarray, n_keys: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair of distinct keys found in the same unit: the unit, the smaller key, the other.

    numpy sorts the (unit, key) pairs once and lists each unit's pairs from its run, rather
    than joining a table of millions of rows with itself.
    """
    found = sorted_unique(units * n_keys + keys)
    units, keys = found // n_keys, found % n_keys
    run_starts = np.flatnonzero(np.r_[True, units[1:] != units[:-1]])
    sizes = np.diff(np.r_[run_starts, len(units)])
    # Each key is paired with every key after it in its unit (keys are sorted in a unit).
    rank = np.arange(len(units)) - np.repeat(run_starts, sizes)
    later = np.repeat(sizes, sizes) - rank - 1
    first = np.repeat(np.arange(len(units)), later)
    step = np.arange(len(first)) - np.repeat(np.cumsum(later) - later, later) + 1
    second = first + step
    return units[first], keys[first], keys[second]


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` by sorting: with millions of distinct values, numpy 2.4's
    ``np.unique`` (hash-based) takes fifteen times as long."""
    ordered = np.sort(values)
    if not len(ordered):
        return ordered
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]]


def sorted_codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of ``values`` in the order of their strings (-1 if missing), and those
    strings; fast on categoricals."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        strings = values.cat.categories.astype(str).to_numpy(dtype=object)
        order = np.argsort(strings, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        codes = values.cat.codes.to_numpy()
        return np.where(codes >= 0, rank[np.maximum(codes, 0)], -1), strings[order]
    codes, uniques = pd.factorize(values.astype("string"), sort=True)
    return codes, np.asarray(uniques, dtype=object)


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


# --------------------------------------------------------------------------- plots

_MEASURE_LABELS = {
    "mentions": "Mentions",
    "per_1k_words": "Mentions per 1,000 words",
    "share_of_articles": "Share of articles mentioning",
}


def kind_breakdown(
    mentions: pd.DataFrame, actors: Iterable[str], *, level: str = "actor"
) -> pd.DataFrame:
    """Mentions of each actor by alias kind: an actor x kind table of counts.

    Examples
    --------
    >>> mentions = pd.DataFrame({"actor_id": ["RUS", "RUS", "RUS"], "country": ["RUS"] * 3,
    ...                          "kind": ["name", "demonym", "demonym"]})
    >>> kind_breakdown(mentions, ["RUS"]).loc["RUS", ["name", "demonym"]].tolist()
    [1, 2]
    """
    actors = list(actors)
    keyed = mentions.assign(_key=actor_key(mentions, level), _kind=mentions["kind"].astype(str))
    keyed = keyed[keyed["_key"].isin(actors)]
    table = pd.crosstab(keyed["_key"], keyed["_kind"])
    table = table.reindex(index=actors, columns=list(KINDS), fill_value=0)
    table.index.name = "actor_id"
    table.columns.name = "kind"
    return table.astype("int64")


def plot_top_actors(
    counts: pd.DataFrame, *, measure: str = "mentions", top: int = 15, title: str | None = None
):
    """Horizontal bars of the most mentioned actors (a :func:`count_mentions` table)."""
    from matplotlib.figure import Figure

    from analysis.figures import actor_color, empty_figure, style_context

    if counts.empty:
        return empty_figure("Nothing to plot: no mention in this selection.", title=title)
    shown = counts.nlargest(top, measure).iloc[::-1]
    with style_context():
        fig = Figure(figsize=(7, 0.32 * len(shown) + 1.2), layout="constrained")
        ax = fig.subplots()
        labels = shown["actor_name"].fillna(shown["actor_id"]).astype(str)
        ax.barh(
            labels, shown[measure].astype(float), color=[actor_color(a) for a in shown["actor_id"]]
        )
        ax.set_xlabel(_MEASURE_LABELS.get(measure, measure))
        ax.grid(axis="y", visible=False)
        n_articles = int(counts["n_articles"].iloc[0]) if "n_articles" in counts else None
        note = f"Base: {n_articles} articles" if n_articles is not None else None
        ax.set_title(title or "Most mentioned actors", loc="left")
        if note:
            ax.annotate(
                note,
                xy=(1, 0),
                xycoords="axes fraction",
                ha="right",
                va="bottom",
                fontsize="small",
                color="#555555",
            )
    return fig


def plot_kind_breakdown(
    table: pd.DataFrame, *, names: dict | None = None, title: str | None = None
):
    """Stacked bars: how each actor is named (name, demonym, capital...)."""
    from matplotlib.figure import Figure

    from analysis.figures import PALETTE, empty_figure, style_context

    if table.empty or table.to_numpy().sum() == 0:
        return empty_figure("Nothing to plot: no mention in this selection.", title=title)
    table = table.iloc[::-1]
    with style_context():
        fig = Figure(figsize=(7, 0.32 * len(table) + 1.5), layout="constrained")
        ax = fig.subplots()
        left = np.zeros(len(table))
        labels = [str((names or {}).get(a, a)) for a in table.index]
        for colour, kind in zip(PALETTE, table.columns, strict=False):
            values = table[kind].to_numpy(dtype=float)
            ax.barh(labels, values, left=left, color=colour, label=kind)
            left += values
        ax.set_xlabel("Mentions")
        ax.grid(axis="y", visible=False)
        ax.legend(title="Alias kind", loc="lower right", fontsize="small")
        ax.set_title(title or "How each actor is named", loc="left")
    return fig


def plot_co_mention_heatmap(
    matrix: pd.DataFrame,
    *,
    names: dict | None = None,
    title: str | None = None,
    unit: str = "sentences",
):
    """Heat map of a :func:`co_mention_matrix` table, with the counts written in the cells."""
    from matplotlib.figure import Figure

    from analysis.figures import empty_figure, style_context

    if matrix.empty or matrix.to_numpy().sum() == 0:
        return empty_figure("Nothing to plot: no two actors mentioned together.", title=title)
    labels = [str((names or {}).get(a, a)) for a in matrix.index]
    values = matrix.to_numpy(dtype=float)
    with style_context():
        size = 0.45 * len(labels) + 2.5
        fig = Figure(figsize=(size + 1, size), layout="constrained")
        ax = fig.subplots()
        image = ax.imshow(values, cmap="Blues")
        ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
        ax.set_yticks(range(len(labels)), labels)
        ax.grid(False)
        threshold = values.max() / 2
        for row in range(len(labels)):
            for column in range(len(labels)):
                if row != column and values[row, column] > 0:
                    ax.text(
                        column,
                        row,
                        int(values[row, column]),
                        ha="center",
                        va="center",
                        fontsize="x-small",
                        color="white" if values[row, column] > threshold else "black",
                    )
        fig.colorbar(image, ax=ax, label=f"Co-mentions ({unit})", shrink=0.8)
        ax.set_title(title or f"Actors mentioned in the same {unit[:-1]}", loc="left")
    return fig


def plot_co_mention_network(graph, *, title: str | None = None, seed: int = 7):
    """The co-mention graph drawn with a fixed layout (same picture on every rerun)."""
    import networkx as nx
    from matplotlib.figure import Figure

    from analysis.figures import actor_color, empty_figure, style_context

    if graph.number_of_edges() == 0:
        return empty_figure("Nothing to plot: no two actors mentioned together.", title=title)
    position = nx.spring_layout(graph, seed=seed, weight="weight")
    weights = np.array([d["weight"] for _, _, d in graph.edges(data=True)], dtype=float)
    sizes = np.array([graph.nodes[n].get("mentions", 1) for n in graph.nodes], dtype=float)
    with style_context():
        fig = Figure(figsize=(8, 7), layout="constrained")
        ax = fig.subplots()
        nx.draw_networkx_edges(
            graph,
            position,
            ax=ax,
            width=0.5 + 4 * weights / weights.max(),
            edge_color="#999999",
            alpha=0.6,
        )
        nx.draw_networkx_nodes(
            graph,
            position,
            ax=ax,
            node_size=80 + 900 * sizes / max(sizes.max(), 1),
            node_color=[actor_color(n) for n in graph.nodes],
        )
        nx.draw_networkx_labels(
            graph,
            position,
            ax=ax,
            font_size=8,
            labels={n: graph.nodes[n].get("label", n) for n in graph.nodes},
        )
        ax.set_axis_off()
        ax.set_title(title or "Co-mention network", loc="left")
    return fig
