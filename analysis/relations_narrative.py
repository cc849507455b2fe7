"""The headings and readings of the relations notebook, built from its parameters and results.

As :mod:`analysis.narrative` does for mentions: every sentence that names an actor, a type, a
period or a number is built here from the tables of :mod:`analysis.dyads`, so that the
notebook reads its own results whatever the corpus and the countries, and says when there
is nothing to read (no relation at all, a dyad never stated, a type absent).

``names`` maps actor ids to the names shown (``Study.names_of``); an id without a name is
shown as it is.

Examples
--------
>>> print(dyad_heading(["USA", "PRK", "CHN"], {"USA": "United States", "PRK": "North Korea"}))
## United States with North Korea and CHN, both ways
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from analysis.measures import MIN_ARTICLES
from analysis.narrative import UNIT_WORDS, Markdown, count_of, join_names, percent

__all__ = [
    "TYPE_VERBS",
    "cooperation_heading",
    "cooperation_reading",
    "dyad_heading",
    "dyad_reading",
    "dyads_title",
    "evidence_heading",
    "evidence_reading",
    "network_heading",
    "network_reading",
    "relations_reading",
    "type_question",
]

TYPE_VERBS = {
    "AGREE": "agrees with",
    "CONSULT": "meets",
    "SUPPORT": "backs",
    "REQUEST": "calls on",
    "COOPERATE": "cooperates with",
    "AID": "aids",
    "CONCEDE": "yields to",
    "RETREAT": "withdraws from",
    "ACCUSE": "accuses",
    "REJECT": "rejects",
    "THREATEN": "threatens",
    "PROTEST": "protests against",
    "SANCTION": "sanctions",
    "MOBILIZE": "mobilises against",
    "COERCE": "coerces",
    "ASSAULT": "attacks",
}
"""How each relation type reads in "who ... whom?"."""

# The score's classes, from the mean weight of a dyad's relations (see analysis.dyads).
_BALANCE = (
    (1.5, "material cooperation"),
    (0.5, "verbal cooperation"),
    (-0.5, "as much cooperation as conflict"),
    (-1.5, "verbal conflict"),
)


def _name(names: Mapping[str, str] | None, actor: object) -> str:
    return (names or {}).get(str(actor), str(actor))


def _statuses(statuses: Iterable[str] | None) -> str:
    statuses = list(statuses or [])
    return f"{join_names(statuses)} relations" if statuses else "relations of every status"


def _signed(value: float) -> str:
    return f"{value:+.2f}".replace("-", "−")


def type_question(kind: str) -> str:
    """The question a network of one type answers.

    >>> type_question("ACCUSE"), type_question("PROTEST")
    ('Who accuses whom?', 'Who protests against whom?')
    """
    return f"Who {TYPE_VERBS.get(str(kind), f'does {kind} to')} whom?"


# The relation table ---------------------------------------------------------------------


def relations_reading(
    breakdown: pd.DataFrame,
    *,
    statuses: Iterable[str] | None = ("asserted",),
    voice: str | None = None,
    names: Mapping[str, str] | None = None,
    top: int = 3,
) -> Markdown:
    """How many relations the articles state, of which statuses and types.

    Parameters
    ----------
    breakdown : DataFrame
        :func:`analysis.dyads.relation_breakdown` of the articles.
    statuses : list of str
        The statuses the rest of the notebook counts.
    voice : str, optional
        The actor id the publisher speaks as, if any (``relations.attrs["voice"]``).

    Examples
    --------
    >>> breakdown = pd.DataFrame({"type": ["AID", "ACCUSE"], "asserted": [8, 3],
    ...     "alleged": [0, 2], "negated": [0, 0], "future": [1, 0], "total": [9, 5]})
    >>> breakdown.attrs.update(n_articles=40, n_articles_with_relations=10)
    >>> print(relations_reading(breakdown))  # doctest: +NORMALIZE_WHITESPACE
    The 40 articles state 14 relations between two actors, in 10 articles (25 %): 11
    asserted, 2 alleged and 1 future. The most frequent types are AID (9) and ACCUSE (5).
    The counts below keep the asserted relations: 11.
    >>> print(relations_reading(breakdown.iloc[0:0]))  # doctest: +NORMALIZE_WHITESPACE
    None of the 40 articles states a relation between two actors, so the tables and
    figures below are empty.
    """
    n_articles = int(breakdown.attrs.get("n_articles", 0))
    total = int(breakdown["total"].sum()) if not breakdown.empty else 0
    spoken = (
        f' The publisher speaks as {_name(names, voice)}: "the Department", "we" and the like '
        f"count as {_name(names, voice)}."
        if voice
        else ""
    )
    if total == 0:
        return Markdown(
            f"None of the {count_of(n_articles, 'article')} states a relation between two "
            f"actors, so the tables and figures below are empty.{spoken}"
        )
    stating = int(breakdown.attrs.get("n_articles_with_relations", 0))
    status_columns = [c for c in breakdown.columns if c not in ("type", "total")]
    per_status = [
        f"{int(breakdown[status].sum()):,} {status}"
        for status in status_columns
        if int(breakdown[status].sum())
    ]
    ranked = breakdown.head(top)
    kinds = join_names(f"{row.type} ({int(row.total):,})" for row in ranked.itertuples())
    types_text = (
        f"The most frequent types are {kinds}." if len(ranked) > 1 else f"All are of type {kinds}."
    )
    kept = [status for status in (statuses or status_columns) if status in breakdown]
    n_kept = int(breakdown[kept].to_numpy().sum()) if kept else 0
    share = f" ({percent(stating / n_articles)})" if n_articles else ""
    return Markdown(
        f"The {count_of(n_articles, 'article')} state {count_of(total, 'relation')} between "
        f"two actors, in {count_of(stating, 'article')}{share}: {join_names(per_status)}. "
        f"{types_text} The counts below keep the {_statuses(statuses)}: "
        f"{f'{n_kept:,}' if n_kept else 'there are none, so they are empty'}.{spoken}"
    )


# Dyads over time ------------------------------------------------------------------------


def dyad_heading(countries: Iterable[str], names: Mapping[str, str] | None = None) -> Markdown:
    """The heading of the dyad sections: the first country with each other.

    >>> print(dyad_heading(["FRA"], {"FRA": "France"}))
    ## France alone: no dyad to draw (give two countries or more)
    """
    ids = [str(country) for country in countries]
    if not ids:
        return Markdown("## No country given: no dyad to draw")
    first = _name(names, ids[0])
    if len(ids) < 2:
        return Markdown(f"## {first} alone: no dyad to draw (give two countries or more)")
    return Markdown(f"## {first} with {join_names(_name(names, c) for c in ids[1:])}, both ways")


def dyads_title(
    countries: Iterable[str],
    names: Mapping[str, str] | None = None,
    what: str = "relations",
    *,
    unit: str | None = None,
) -> str:
    """A figure title for the dyads of interest.

    >>> dyads_title(["USA", "PRK", "CHN"], {"USA": "US"}, "relations", unit="Q")
    'US with PRK and CHN: relations per quarter'
    >>> dyads_title(["USA"], what="cooperation or conflict")
    'USA: cooperation or conflict'
    """
    ids = [str(country) for country in countries]
    who = _name(names, ids[0]) if ids else "No country"
    if len(ids) > 1:
        who += " with " + join_names(_name(names, country) for country in ids[1:])
    per = f" per {UNIT_WORDS.get(str(unit)[0].upper(), 'period')}" if unit else ""
    return f"{who}: {what}{per}"


def _periods_word(table: pd.DataFrame, unit: str | None) -> str:
    if unit:
        return UNIT_WORDS.get(str(unit)[0].upper(), "period")
    if len(table) and hasattr(table["period"].iloc[0], "freqstr"):
        return UNIT_WORDS.get(table["period"].iloc[0].freqstr[0], "period")
    return "period"


def dyad_reading(
    counts: pd.DataFrame,
    dyads: Iterable[tuple[str, str]],
    names: Mapping[str, str] | None = None,
    *,
    unit: str | None = None,
    top: int = 2,
) -> Markdown:
    """For each dyad of interest, its relations, its main types and its busiest period.

    Parameters
    ----------
    counts : DataFrame
        :func:`analysis.dyads.dyad_counts` by period (its ``attrs["statuses"]`` are named).
    dyads : list of (source, target)
        The dyads of interest, in the order read.

    Examples
    --------
    >>> counts = pd.DataFrame({"period": pd.PeriodIndex(["2023Q1", "2023Q2"] * 2, freq="Q"),
    ...     "source": "USA", "target": "PRK", "type": ["ACCUSE"] * 2 + ["AID"] * 2,
    ...     "relations": [1, 6, 0, 2], "n_articles": [20, 30] * 2, "small_n": False,
    ...     "gap": False})
    >>> print(dyad_reading(counts, [("USA", "PRK"), ("PRK", "USA")], {"USA": "US"}))
    ... # doctest: +NORMALIZE_WHITESPACE
    - US → PRK: 9 asserted relations, mostly ACCUSE (7) and AID (2); most in 2023Q2 (8
      relations, in a quarter of 30 articles).
    - No asserted relation from PRK to US.
    """
    dyads = [(str(source), str(target)) for source, target in dyads]
    statuses = _statuses(counts.attrs.get("statuses", ["asserted"]))
    single = statuses.removesuffix("relations").strip() + " relation"
    if not dyads:
        return Markdown("No dyad to read: give two countries or more.")
    unit_word = _periods_word(counts, unit)
    minimum = int(counts.attrs.get("min_articles") or MIN_ARTICLES)
    lines, silent = [], []
    for source, target in dyads:
        rows = counts[
            (counts["source"].astype(str) == source) & (counts["target"].astype(str) == target)
        ]
        total = int(rows["relations"].sum())
        if total == 0:
            silent.append(f"from {_name(names, source)} to {_name(names, target)}")
            continue
        by_type = rows.groupby(rows["type"].astype(str))["relations"].sum()
        by_type = by_type[by_type > 0].sort_values(ascending=False, kind="stable")
        if len(by_type) > 1:
            main = join_names(f"{kind} ({int(n):,})" for kind, n in by_type.head(top).items())
            main = f"mostly {main}"
        else:
            main = f"all {by_type.index[0]}" if total > 1 else by_type.index[0]
        line = (
            f"- {_name(names, source)} → {_name(names, target)}: "
            f"{total:,} {statuses if total > 1 else single}, {main}"
        )
        per_period = rows.groupby("period").agg(
            relations=("relations", "sum"), n_articles=("n_articles", "first")
        )
        stated = per_period[per_period["relations"] > 0]
        peaks = stated[stated["relations"] == stated["relations"].max()]
        # A busiest period only when one stands out; when all fall in one, say so.
        if len(peaks) == 1:
            peak = peaks.index[0]
            base = int(peaks["n_articles"].iloc[0])
            if len(stated) == 1:
                line += f"; {'all ' if total > 1 else ''}in {peak}"
                line += f" (a {unit_word} of {count_of(base, 'article')})"
            else:
                n_peak = int(peaks["relations"].iloc[0])
                line += (
                    f"; most in {peak} ({count_of(n_peak, 'relation')}, in a {unit_word} of "
                    f"{count_of(base, 'article')})"
                )
            if base < minimum:
                line += ", a hint rather than a trend"
        lines.append(line + ".")
    if silent:
        lines.append(f"- No {single} {join_names(silent)}.")
    if len(silent) == len(dyads):
        first, others = dyads[0][0], {target for _, target in dyads}
        others.discard(first)
        return Markdown(
            f"No {single} between {_name(names, first)} and "
            f"{join_names(_name(names, other) for other in sorted(others))} is stated in "
            "these articles, either way: there is no dyad to draw. Try other countries, "
            "another month range or more statuses."
        )
    return Markdown("\n".join(lines))


# Networks -------------------------------------------------------------------------------


def network_heading(kind: str) -> Markdown:
    """The heading of the network section of one type.

    >>> print(network_heading("SANCTION"))
    ## Who sanctions whom? (SANCTION)
    """
    return Markdown(f"## {type_question(kind)} ({kind})")


def network_reading(graph, kind: str, names: Mapping[str, str] | None = None) -> Markdown:
    """Who acts most and who is most acted upon in the network of one type.

    ``graph`` is :func:`analysis.dyads.relation_network` of ``kind``.

    Examples
    --------
    >>> import networkx as nx
    >>> graph = nx.DiGraph()
    >>> graph.add_edge("USA", "PRK", weight=5)
    >>> graph.add_edge("KOR", "PRK", weight=2)
    >>> graph.add_edge("PRK", "USA", weight=1)
    >>> print(network_reading(graph, "ACCUSE", {"PRK": "North Korea"}))
    ... # doctest: +NORMALIZE_WHITESPACE
    8 ACCUSE relations among 3 actors, along 3 arrows. USA accuses others most often (5,
    North Korea above all); North Korea is accused most often (7).
    >>> print(network_reading(nx.DiGraph(), "AID"))
    No AID relation is stated in these articles: there is no network to draw.
    """
    if graph.number_of_edges() == 0:
        return Markdown(
            f"No {kind} relation is stated in these articles: there is no network to draw."
        )
    out_weight = dict(graph.out_degree(weight="weight"))
    in_weight = dict(graph.in_degree(weight="weight"))
    total = int(sum(out_weight.values()))
    sources = _most(out_weight)
    targets = _most(in_weight)
    if len(sources) == 1:
        source = sources[0]
        weights = dict((target, weight) for _, target, weight in graph.out_edges(source, "weight"))
        favourite = _most(weights)
        above = f", {_name(names, favourite[0])} above all" if len(favourite) == 1 else ""
        acting = (
            f"{_name(names, source)} {TYPE_VERBS.get(str(kind), f'does {kind} to')} others "
            f"most often ({int(out_weight[source]):,}{above})"
        )
    else:
        acting = f"the most frequent sources are {_tied(sources, out_weight, names)}"
    if len(targets) == 1:
        acted = f"{_name(names, targets[0])} {_passive(kind)} ({int(in_weight[targets[0]]):,})"
    else:
        acted = f"the most frequent targets are {_tied(targets, in_weight, names)}"
    text = f"{acting}; {acted}."
    return Markdown(
        f"{count_of(total, f'{kind} relation')} among {count_of(len(graph), 'actor')}, along "
        f"{count_of(graph.number_of_edges(), 'arrow')}. {text[0].upper()}{text[1:]}"
    )


def _most(weights: Mapping) -> list:
    """The keys with the highest weight, in order of their names."""
    top = max(weights.values())
    return sorted((key for key, weight in weights.items() if weight == top), key=str)


def _tied(actors: list, weights: Mapping, names, shown: int = 3) -> str:
    """``A, B and 2 others (1 each)``."""
    listed = [_name(names, actor) for actor in actors[:shown]]
    if len(actors) > shown:
        listed.append(count_of(len(actors) - shown, "other"))
    return f"{join_names(listed)} ({int(weights[actors[0]]):,} each)"


def _passive(kind: str) -> str:
    """``is accused most often``, ``is the most frequent target``."""
    words = {
        "ACCUSE": "accused", "THREATEN": "threatened", "SANCTION": "sanctioned",
        "COERCE": "coerced", "ASSAULT": "attacked", "SUPPORT": "backed", "AID": "aided",
        "REJECT": "rejected", "CONSULT": "met", "REQUEST": "called on",
    }  # fmt: skip
    word = words.get(str(kind))
    return f"is {word} most often" if word else "is the most frequent target"


# Cooperation and conflict ---------------------------------------------------------------


def cooperation_heading(countries: Iterable[str], names: Mapping[str, str] | None = None):
    """The heading of the cooperation-conflict section.

    >>> print(cooperation_heading(["JPN", "KOR"], {"JPN": "Japan"}))
    ## Cooperation or conflict? Japan with KOR
    """
    ids = [str(country) for country in countries]
    if len(ids) < 2:
        return Markdown("## Cooperation or conflict? No dyad to score")
    others = join_names(_name(names, country) for country in ids[1:])
    return Markdown(f"## Cooperation or conflict? {_name(names, ids[0])} with {others}")


def _balance(mean: float) -> str:
    for threshold, words in _BALANCE:
        if mean >= threshold:
            return words
    return "material conflict"


def cooperation_reading(table: pd.DataFrame, names: Mapping[str, str] | None = None):
    """The balance of each dyad, and its most cooperative and most conflictual periods.

    ``table`` is :func:`analysis.dyads.cooperation_conflict`.

    Examples
    --------
    >>> table = pd.DataFrame({"period": pd.period_range("2023-01", periods=3, freq="M"),
    ...     "source": "USA", "target": "PRK", "relations": [4, 0, 2],
    ...     "score": [-1.5, float("nan"), 1.0], "n_articles": [10, 8, 3], "small_n": [False,
    ...     False, True]})
    >>> print(cooperation_reading(table, {"USA": "US", "PRK": "North Korea"}))
    ... # doctest: +NORMALIZE_WHITESPACE
    - US → North Korea: on balance verbal conflict (mean −0.67 over 6 relations); from
      −1.50 in 2023-01 (4 relations) to +1.00 in 2023-03 (2 relations; fewer than 5
      articles that month, a hint).
    >>> print(cooperation_reading(table.iloc[0:0]))
    No relation of the dyads of interest to score.
    """
    scored = table[table["relations"] > 0]
    if scored.empty:
        return Markdown("No relation of the dyads of interest to score.")
    minimum = int(table.attrs.get("min_articles") or MIN_ARTICLES)
    lines = []
    totals = scored.groupby(["source", "target"], sort=False)["relations"].sum()
    order = sorted(totals.index, key=lambda dyad: (-totals[dyad], str(dyad)))
    for source, target in order:
        rows = scored[(scored["source"] == source) & (scored["target"] == target)]
        n = int(rows["relations"].sum())
        mean = float((rows["score"] * rows["relations"]).sum() / n)
        line = (
            f"- {_name(names, source)} → {_name(names, target)}: on balance {_balance(mean)} "
            f"(mean {_signed(mean)} over {count_of(n, 'relation')})"
        )
        if len(rows) > 1 and rows["score"].nunique() > 1:
            low = rows.loc[rows["score"].astype(float).idxmin()]
            high = rows.loc[rows["score"].astype(float).idxmax()]
            line += f"; from {_period_text(low, minimum)} to {_period_text(high, minimum)}"
        lines.append(line + ".")
    return Markdown("\n".join(lines))


def _period_text(row: pd.Series, minimum: int) -> str:
    """``−1.50 in 2023-01 (4 relations)``, with a warning on a small period."""
    relations = count_of(row["relations"], "relation")
    text = f"{_signed(float(row['score']))} in {row['period']} ({relations}"
    if "small_n" in row and bool(row["small_n"]):
        unit = UNIT_WORDS.get(row["period"].freqstr[0], "period")
        text += f"; fewer than {minimum} articles that {unit}, a hint"
    return text + ")"


# Evidence -------------------------------------------------------------------------------


def evidence_heading(top: tuple[str, str, str] | None, names: Mapping[str, str] | None = None):
    """The heading of the evidence section: the (source, type, target) of the highest count.

    >>> print(evidence_heading(("USA", "ACCUSE", "PRK"), {"PRK": "North Korea"}))
    ## The sentences behind the highest count: USA ACCUSE North Korea
    >>> print(evidence_heading(None))
    ## No relation, no evidence
    """
    if top is None:
        return Markdown("## No relation, no evidence")
    source, kind, target = top
    return Markdown(
        f"## The sentences behind the highest count: {_name(names, source)} {kind} "
        f"{_name(names, target)}"
    )


def evidence_reading(
    evidence: pd.DataFrame,
    top: tuple[str, str, str] | None,
    names: Mapping[str, str] | None = None,
    *,
    of_interest: bool = True,
) -> Markdown:
    """What the evidence of the highest count holds (:func:`analysis.dyads.relation_evidence`).

    ``of_interest`` says whether ``top`` is the highest count of the dyads of interest
    (``False``: of the whole corpus, none of those dyads having a relation).

    Examples
    --------
    >>> evidence = pd.DataFrame({"doc_id": ["a", "a", "b"], "type": ["ACCUSE"] * 3})
    >>> print(evidence_reading(evidence, ("USA", "ACCUSE", "PRK"), {"USA": "US"}))
    ... # doctest: +NORMALIZE_WHITESPACE
    The highest count among the dyads of interest, US ACCUSE PRK, rests on 3 sentences in 2
    articles. Each line below marks the source <<…>>, the target {{…}} and the trigger [[…]]:
    read them before trusting the count.
    >>> print(evidence_reading(evidence.iloc[0:0], None))
    No relation is stated, so there is no evidence to read and no table is written.
    """
    if top is None or evidence.empty:
        return Markdown(
            "No relation is stated, so there is no evidence to read and no table is written."
        )
    source, kind, target = top
    scope = "among the dyads of interest" if of_interest else "of the corpus"
    note = (
        ""
        if of_interest
        else " None of the dyads of interest has a relation, so this is the corpus's busiest."
    )
    return Markdown(
        f"The highest count {scope}, {_name(names, source)} {kind} {_name(names, target)}, "
        f"rests on {count_of(len(evidence), 'sentence')} in "
        f"{count_of(evidence['doc_id'].nunique(), 'article')}.{note} Each line below marks "
        "the source <<…>>, the target {{…}} and the trigger [[…]]: read them before trusting "
        "the count."
    )
