"""The sentences and headings of the notebooks, built from their parameters and their results.

A notebook's Markdown cannot change with its parameters: a heading written for Russia stays
about Russia when the notebook runs on Iran. Every heading and reading that names an actor,
a period or a number is therefore built here, from the tables the notebook computed, and
shown as Markdown (:class:`Markdown`). Each function says when there is nothing to read (an
actor never mentioned, a period with too few articles) instead of reading an empty table.

Examples
--------
>>> timeline = pd.DataFrame({
...     "period": pd.period_range("2022-01", periods=3, freq="M"),
...     "actor_id": ["RUS"] * 3, "actor_name": ["Russia"] * 3,
...     "mentions": [3, 40, 9], "articles_mentioning": [2, 22, 5],
...     "n_articles": [20, 57, 30], "share_of_articles": [0.1, 22 / 57, 5 / 30],
...     "small_n": [False] * 3, "gap": [False] * 3})
>>> timeline.attrs["measure"] = "share_of_articles"
>>> print(actor_reading(timeline, "RUS"))  # doctest: +NORMALIZE_WHITESPACE
Russia is mentioned in 29 of 107 articles (27 %) from 2022-01 to 2022-03, and peaks in
2022-02 at 39 % of 57 articles.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

from analysis.measures import MIN_ARTICLES

UNIT_WORDS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "A": "year"}
"""How a period unit is called in sentences."""

SOLID_CORRELATION = 0.9
"""From this correlation on, a series without some alias kinds moves with the full one."""

LOOSE_CORRELATION = 0.7
"""Below this correlation, a series without some alias kinds parts from the full one."""


class Markdown(str):
    """Text that a notebook shows as Markdown and that code reads as a plain string.

    >>> heading = Markdown("### Russia")
    >>> heading._repr_markdown_(), heading == "### Russia"
    ('### Russia', True)
    """

    __slots__ = ()

    def _repr_markdown_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return str(self)


# Numbers and names ---------------------------------------------------------------------


def percent(share: float | None) -> str:
    """A share as a percentage for a sentence: ``38 %``, ``0.4 %``, ``n/a`` when undefined.

    >>> percent(0.384), percent(0.004), percent(0.0), percent(1.0), percent(float("nan"))
    ('38 %', '0.4 %', '0 %', '100 %', 'n/a')
    """
    if share is None or pd.isna(share):
        return "n/a"
    value = 100 * float(share)
    if 0 < value < 1:
        return f"{value:.1f} %"
    # Never round a share below 100 % up to 100 %, nor above 0 % down to 0 %.
    rounded = round(value)
    if rounded == 100 and value < 100:
        rounded = 99
    return f"{rounded:.0f} %"


def count_of(n: int, noun: str) -> str:
    """``1 article``, ``1,192 articles``, ``0 articles``.

    >>> count_of(1, "article"), count_of(1192, "article"), count_of(0, "mention")
    ('1 article', '1,192 articles', '0 mentions')
    """
    n = int(n)
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def join_names(names: Iterable[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``.

    >>> join_names(["Iran"]), join_names(["Iran", "Israel"]), join_names("ABC")
    ('Iran', 'Iran and Israel', 'A, B and C')
    """
    names = [str(name) for name in names]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def names_in(table: pd.DataFrame) -> dict[str, str]:
    """``actor_id`` → ``actor_name`` of a table (the id when the name is missing).

    >>> names_in(pd.DataFrame({"actor_id": ["RUS", "XYZ"], "actor_name": ["Russia", None]}))
    {'RUS': 'Russia', 'XYZ': 'XYZ'}
    """
    if table.empty or "actor_id" not in table:
        return {}
    ids = table["actor_id"].astype(str)
    names = table.get("actor_name", ids)
    return {
        actor: (actor if pd.isna(name) or not str(name) else str(name))
        for actor, name in zip(ids, names, strict=True)
    }


def _name(table: pd.DataFrame, actor: str) -> str:
    return names_in(table[table["actor_id"].astype(str) == str(actor)]).get(str(actor), actor)


def _unit_word(table: pd.DataFrame) -> str:
    unit = table.attrs.get("unit") or "M"
    if unit not in UNIT_WORDS and len(table):
        unit = table["period"].iloc[0].freqstr[0]
    return UNIT_WORDS.get(str(unit)[0], "period")


def _span(rows: pd.DataFrame) -> str:
    periods = rows["period"].dropna()
    if periods.empty:
        return "no dated period"
    first, last = periods.min(), periods.max()
    return str(first) if first == last else f"from {first} to {last}"


def _value(row: pd.Series, measure: str) -> str:
    """How one point of a timeline reads after ``peaks in <period>``."""
    n = count_of(row["n_articles"], "article")
    if measure == "mentions":
        return f"with {count_of(row['mentions'], 'mention')} in {n}"
    if measure == "per_1k_words":
        return f"at {float(row['per_1k_words']):.1f} mentions per 1,000 words ({n})"
    return f"at {percent(row['share_of_articles'])} of {n}"


def _highest(rows: pd.DataFrame, measure: str) -> pd.Series | None:
    rows = rows[rows[measure].notna()]
    if rows.empty or float(rows[measure].max()) <= 0:
        return None
    return rows.loc[rows[measure].astype(float).idxmax()]


# Timelines (notebook 03) ---------------------------------------------------------------


def _reading(rows: pd.DataFrame, subject: str, *, mentioned: str, absent: str, peak: str):
    """The reading of one series of a timeline; see :func:`actor_reading`."""
    measure = rows.attrs.get("measure") or "mentions"
    minimum = int(rows.attrs.get("min_articles") or MIN_ARTICLES)
    unit = _unit_word(rows)
    dated = rows[~rows["gap"].astype(bool)]
    n_articles = int(dated["n_articles"].sum())
    span = _span(dated)
    if n_articles == 0:
        return (
            f"No article falls in the chosen {unit}s, so there is nothing to read about {subject}."
        )
    n_mentioning = int(dated["articles_mentioning"].sum())
    if n_mentioning == 0:
        return f"{subject} {absent} of the {count_of(n_articles, 'article')} ({span})."
    text = (
        f"{subject} {mentioned} {n_mentioning:,} of {count_of(n_articles, 'article')} "
        f"({percent(n_mentioning / n_articles)}) {span}"
    )
    top = _highest(dated, measure)
    if top is None:
        return text + "."
    text += f", and {peak} {top['period']} {_value(top, measure)}"
    if not bool(top["small_n"]):
        return text + "."
    text += (
        f"; that {unit} has fewer than {count_of(minimum, 'article')}, so read it as a hint, "
        "not a trend"
    )
    solid = _highest(dated[~dated["small_n"].astype(bool)], measure)
    if solid is None:
        return text + f". No {unit} with {minimum} articles or more has any."
    return text + (
        f". Among {unit}s with {minimum} articles or more, the highest is {solid['period']} "
        f"{_value(solid, measure)}."
    )


def actor_reading(timeline: pd.DataFrame, actor: str) -> Markdown:
    """One sentence on an actor's timeline: how many articles mention it, and its peak.

    The peak is read on the timeline's measure (``attrs["measure"]``). A peak resting on a
    period with fewer than ``attrs["min_articles"]`` articles is called a hint, and the
    highest period with enough articles is given beside it; an actor never mentioned is
    said to be absent.

    Parameters
    ----------
    timeline : DataFrame
        From :func:`analysis.timeline.actor_timeline`.
    actor : str
        An ``actor_id`` of the timeline.

    Examples
    --------
    >>> timeline = pd.DataFrame({
    ...     "period": pd.period_range("2016-01", periods=2, freq="M"),
    ...     "actor_id": ["IRN"] * 2, "actor_name": ["Iran"] * 2, "mentions": [0, 0],
    ...     "articles_mentioning": [0, 0], "n_articles": [40, 2],
    ...     "share_of_articles": [0.0, 0.0], "small_n": [False, True], "gap": [False] * 2})
    >>> print(actor_reading(timeline, "IRN"))
    Iran is not mentioned in any of the 42 articles (from 2016-01 to 2016-02).
    >>> small = timeline.assign(actor_name="Iraq", actor_id="IRQ", mentions=[2, 1],
    ...     articles_mentioning=[2, 1], share_of_articles=[0.05, 0.5])
    >>> small.attrs["measure"] = "share_of_articles"
    >>> print(actor_reading(small, "IRQ"))  # doctest: +NORMALIZE_WHITESPACE
    Iraq is mentioned in 3 of 42 articles (7 %) from 2016-01 to 2016-02, and peaks in
    2016-02 at 50 % of 2 articles; that month has fewer than 5 articles, so read it as a
    hint, not a trend. Among months with 5 articles or more, the highest is 2016-01 at 5 %
    of 40 articles.
    """
    rows = timeline[timeline["actor_id"].astype(str) == str(actor)]
    rows.attrs = dict(timeline.attrs)
    if rows.empty:
        return Markdown(f"{actor} is not in this timeline.")
    return Markdown(
        _reading(
            rows,
            _name(timeline, actor),
            mentioned="is mentioned in",
            absent="is not mentioned in any",
            peak="peaks in",
        )
    )


def timeline_readings(timeline: pd.DataFrame) -> Markdown:
    """:func:`actor_reading` for every actor of a timeline, as a Markdown list.

    >>> timeline = pd.DataFrame({"period": pd.period_range("2020-01", periods=1, freq="M"),
    ...     "actor_id": ["GBR"], "actor_name": ["United Kingdom"], "mentions": [0],
    ...     "articles_mentioning": [0], "n_articles": [3], "share_of_articles": [0.0],
    ...     "small_n": [True], "gap": [False]})
    >>> print(timeline_readings(timeline))
    - United Kingdom is not mentioned in any of the 3 articles (2020-01).
    """
    actors = list(dict.fromkeys(timeline["actor_id"].astype(str)))
    if not actors:
        return Markdown("No actor to read: the timeline is empty.")
    return Markdown("\n".join(f"- {actor_reading(timeline, actor)}" for actor in actors))


def pair_readings(pairs: pd.DataFrame) -> Markdown:
    """How often each pair of :func:`analysis.timeline.pair_timeline` shares an article.

    Examples
    --------
    >>> pairs = pd.DataFrame({"period": pd.period_range("2023-08", periods=2, freq="M"),
    ...     "actor_id": ["RUS+PRK"] * 2, "actor_name": ["Russia & North Korea"] * 2,
    ...     "mentions": [1, 9], "articles_mentioning": [1, 9], "n_articles": [10, 20],
    ...     "share_of_articles": [0.1, 0.45], "small_n": [False] * 2, "gap": [False] * 2})
    >>> pairs.attrs["measure"] = "share_of_articles"
    >>> print(pair_readings(pairs))  # doctest: +NORMALIZE_WHITESPACE
    - Russia and North Korea appear in the same article in 10 of 30 articles (33 %) from
      2023-08 to 2023-09, and most in 2023-09 at 45 % of 20 articles.
    >>> print(pair_readings(pairs.iloc[0:0]))
    No pair to read: give two countries or more (the first is paired with each other).
    """
    pairs_ids = list(dict.fromkeys(pairs["actor_id"].astype(str)))
    if not pairs_ids:
        return Markdown(
            "No pair to read: give two countries or more (the first is paired with each other)."
        )
    lines = []
    for pair in pairs_ids:
        rows = pairs[pairs["actor_id"].astype(str) == pair]
        rows.attrs = dict(pairs.attrs)
        subject = _name(pairs, pair).replace(" & ", " and ")
        reading = _reading(
            rows,
            subject,
            mentioned="appear in the same article in",
            absent="never appear in the same article in any",
            peak="most in",
        )
        lines.append(f"- {reading}")
    return Markdown("\n".join(lines))


def pair_heading(timeline: pd.DataFrame, countries: Iterable[str]) -> Markdown:
    """The heading of the pair section: the first country with each other.

    ``timeline`` gives the names (:func:`analysis.timeline.actor_timeline` of ``countries``).

    >>> names = pd.DataFrame({"actor_id": ["USA", "IRN", "GBR"],
    ...                       "actor_name": ["United States", "Iran", "United Kingdom"]})
    >>> print(pair_heading(names, ["USA", "IRN", "GBR"]))
    ### United States with Iran and United Kingdom, in the same article
    >>> print(pair_heading(names, ["USA"]))
    ### United States alone: no pair to draw
    """
    names = names_in(timeline)
    ids = [str(country) for country in countries]
    if not ids:
        return Markdown("### No country given: no pair to draw")
    first = names.get(ids[0], ids[0])
    if len(ids) < 2:
        return Markdown(f"### {first} alone: no pair to draw")
    others = join_names(names.get(other, other) for other in ids[1:])
    return Markdown(f"### {first} with {others}, in the same article")


def sensitivity_heading(sensitivity: pd.DataFrame, actor: str) -> Markdown:
    """The heading of the sensitivity section for ``actor``.

    >>> table = pd.DataFrame({"actor_id": ["IRN"], "actor_name": ["Iran (all kinds)"]})
    >>> table.attrs["dropped_kinds"] = ["demonym"]
    >>> print(sensitivity_heading(table, "IRN"))
    ### Does the coverage of Iran hold without demonyms?
    """
    dropped = join_names(f"{kind}s" for kind in sensitivity.attrs.get("dropped_kinds", []))
    name = _name(sensitivity, actor).removesuffix(" (all kinds)")
    return Markdown(f"### Does the coverage of {name} hold without {dropped or 'some kinds'}?")


def sensitivity_reading(sensitivity: pd.DataFrame, actor: str) -> Markdown:
    """Whether an actor's series survives without some alias kinds, from the correlation.

    Parameters
    ----------
    sensitivity : DataFrame
        From :func:`analysis.timeline.kind_sensitivity`.
    actor : str
        One of its actors.

    Examples
    --------
    >>> table = pd.DataFrame({"actor_id": ["RUS", "RUS-without-demonym"],
    ...     "actor_name": ["Russia (all kinds)", "Russia (without demonym)"],
    ...     "variant": ["all kinds", "without demonym"], "mentions": [40, 30],
    ...     "gap": [False, False]})
    >>> table.attrs.update(correlation={"RUS": 0.95}, dropped_kinds=["demonym"],
    ...                    measure="mentions")
    >>> print(sensitivity_reading(table, "RUS"))  # doctest: +NORMALIZE_WHITESPACE
    Without demonyms, Russia keeps 30 of its 40 mentions (75 %), and its series moves with
    the full count (correlation 0.95): the trend does not hang on demonyms.
    >>> table.attrs["correlation"] = {"RUS": 0.4}
    >>> print(sensitivity_reading(table, "RUS"))  # doctest: +NORMALIZE_WHITESPACE
    Without demonyms, Russia keeps 30 of its 40 mentions (75 %), and its series parts from
    the full count (correlation 0.40): the trend rests partly on demonyms; read them before
    concluding.
    """
    dropped = sensitivity.attrs.get("dropped_kinds", [])
    kinds = join_names(f"{kind}s" for kind in dropped) or "the dropped kinds"
    rows = sensitivity[sensitivity["actor_id"].astype(str) == str(actor)]
    name = _name(sensitivity, actor).removesuffix(" (all kinds)")
    total = int(rows["mentions"].sum())
    if total == 0:
        return Markdown(f"{name} is not mentioned, so there is no trend to test without {kinds}.")
    reduced_id = f"{actor}-without-{'-'.join(dropped)}"
    kept = int(sensitivity.loc[sensitivity["actor_id"].astype(str) == reduced_id, "mentions"].sum())
    if kept == total:
        return Markdown(
            f"None of the {count_of(total, 'mention')} of {name} is among the {kinds}, so "
            "its trend cannot hang on them."
        )
    text = f"Without {kinds}, {name} keeps {kept:,} of its {count_of(total, 'mention')} "
    text += f"({percent(kept / total)})"
    correlation = sensitivity.attrs.get("correlation", {}).get(actor)
    if correlation is None or math.isnan(correlation):
        return Markdown(
            text + ", and no correlation can be computed: one of the two series does not "
            "vary, or has fewer than two periods."
        )
    if correlation >= SOLID_CORRELATION:
        reading = f"moves with the full count (correlation {correlation:.2f}): the trend "
        reading += f"does not hang on {kinds}."
    elif correlation >= LOOSE_CORRELATION:
        reading = f"follows the full count loosely (correlation {correlation:.2f}): read some "
        reading += f"of the {kinds} before relying on the peaks."
    else:
        reading = f"parts from the full count (correlation {correlation:.2f}): the trend "
        reading += f"rests partly on {kinds}; read them before concluding."
    return Markdown(f"{text}, and its series {reading}")


def peak_heading(timeline: pd.DataFrame, actor: str) -> Markdown:
    """The heading of the section that reads the articles behind an actor's highest point.

    >>> table = pd.DataFrame({"actor_id": ["USA"], "actor_name": ["United States"]})
    >>> print(peak_heading(table, "USA"))
    ### What is behind the highest point of United States?
    """
    return Markdown(f"### What is behind the highest point of {_name(timeline, actor)}?")


def evidence_reading(
    evidence: pd.DataFrame, timeline: pd.DataFrame, actor: str, period
) -> Markdown:
    """What the evidence of a peak holds (see :func:`analysis.evidence.month_evidence`).

    ``evidence`` is the ``kwic=True`` table of the peak ``period`` (``None`` when the actor
    has no peak).

    >>> table = pd.DataFrame({"actor_id": ["IRN"], "actor_name": ["Iran"]})
    >>> print(evidence_reading(pd.DataFrame(), table, "IRN", None))
    Iran is never mentioned here: there is no highest point to explain, and no evidence table.
    >>> lines = pd.DataFrame({"doc_id": ["a", "a", "b"]})
    >>> print(evidence_reading(lines, table, "IRN", pd.Period("2019-05", "M")))
    ... # doctest: +NORMALIZE_WHITESPACE
    The highest point of Iran, 2019-05, rests on 3 mentions in 2 articles, each below in
    its context.
    """
    name = _name(timeline, actor)
    if period is None or evidence.empty:
        return Markdown(
            f"{name} is never mentioned here: there is no highest point to explain, "
            "and no evidence table."
        )
    n_articles = evidence["doc_id"].nunique()
    return Markdown(
        f"The highest point of {name}, {period}, rests on {count_of(len(evidence), 'mention')} "
        f"in {count_of(n_articles, 'article')}, each below in its context."
    )


# Counts (notebook 02) ------------------------------------------------------------------


def top_reading(counts: pd.DataFrame, *, top: int = 3, what: str = "countries") -> Markdown:
    """The actors in most articles, from :func:`analysis.counts.count_mentions` (``by="country"``).

    >>> counts = pd.DataFrame({"actor_id": ["KOR", "PRK"], "actor_name": ["South Korea",
    ...     "North Korea"], "articles": [9, 5], "share_of_articles": [0.9, 0.5],
    ...     "n_articles": [10, 10]})
    >>> print(top_reading(counts))  # doctest: +NORMALIZE_WHITESPACE
    The countries mentioned in most of the 10 articles are South Korea (90 %) and North
    Korea (50 %).
    >>> print(top_reading(counts.iloc[0:0]))
    No countries are mentioned in these articles.
    """
    counts = counts[counts["articles"] > 0] if "articles" in counts else counts
    if counts.empty:
        return Markdown(f"No {what} are mentioned in these articles.")
    ranked = counts.sort_values("share_of_articles", ascending=False, kind="stable").head(top)
    n_articles = int(ranked["n_articles"].iloc[0])
    names = names_in(ranked)
    parts = [
        f"{names[str(row.actor_id)]} ({percent(row.share_of_articles)})"
        for row in ranked.itertuples()
    ]
    return Markdown(
        f"The {what} mentioned in most of the {count_of(n_articles, 'article')} are "
        f"{join_names(parts)}."
    )


def focus_reading(
    counts: pd.DataFrame, focus: str, *, name: str | None = None, n_articles: int
) -> Markdown:
    """How often the focus country is mentioned, from a ``count_mentions`` table by country.

    ``name`` names the focus when ``counts`` has no row for it (never mentioned).

    >>> counts = pd.DataFrame({"actor_id": ["RUS"], "actor_name": ["Russia"],
    ...     "mentions": [12], "articles": [5], "share_of_articles": [0.25]})
    >>> print(focus_reading(counts, "RUS", n_articles=20))
    Russia is mentioned 12 times, in 5 of the 20 articles (25 %).
    >>> print(focus_reading(counts, "IRN", name="Iran", n_articles=20))
    Iran is not mentioned in any of the 20 articles, so the evidence table below is empty.
    """
    rows = counts[counts["actor_id"].astype(str) == str(focus)]
    name = name or (_name(counts, focus) if not rows.empty else str(focus))
    if rows.empty or int(rows["mentions"].iloc[0]) == 0:
        return Markdown(
            f"{name} is not mentioned in any of the {count_of(n_articles, 'article')}, so the "
            "evidence table below is empty."
        )
    row = rows.iloc[0]
    times = {1: "once", 2: "twice"}.get(int(row["mentions"]), f"{int(row['mentions']):,} times")
    return Markdown(
        f"{name} is mentioned {times}, in {int(row['articles']):,} of the "
        f"{count_of(n_articles, 'article')} ({percent(row['share_of_articles'])})."
    )


def outlet_reading(coverage: pd.DataFrame) -> Markdown:
    """How the outlets differ, from :func:`analysis.outlets.outlet_coverage`.

    For each country compared: the outlets (with enough articles) where its share is
    highest and lowest. A corpus with one outlet is said to allow no comparison.

    Examples
    --------
    >>> coverage = pd.DataFrame({"outlet": ["AFP", "AFP", "Yonhap", "Yonhap"],
    ...     "actor_id": ["PRK", "RUS"] * 2, "actor_name": ["North Korea", "Russia"] * 2,
    ...     "articles_mentioning": [30, 10, 90, 5], "n_articles": [60, 60, 100, 100],
    ...     "share_of_articles": [0.5, 1 / 6, 0.9, 0.05], "small_n": [False] * 4})
    >>> coverage.attrs.update(n_articles=160, n_outlets=2, min_articles=5)
    >>> print(outlet_reading(coverage))  # doctest: +NORMALIZE_WHITESPACE
    2 outlets among 160 articles. North Korea: from 50 % of the 60 articles of AFP to 90 %
    of the 100 of Yonhap. Russia: from 5 % of the 100 articles of Yonhap to 17 % of the 60
    of AFP.
    >>> print(outlet_reading(coverage[coverage["outlet"] == "AFP"]))  # doctest: +ELLIPSIS
    All 160 articles come from one outlet, AFP: this corpus allows no comparison between outlets.
    """
    from analysis.outlets import NO_CREDIT, OTHER_OUTLETS

    if coverage.empty:
        return Markdown("No country is mentioned, so there is nothing to compare between outlets.")
    sizes = coverage.drop_duplicates("outlet").set_index("outlet")["n_articles"]
    n_articles = int(coverage.attrs.get("n_articles", sizes.sum()))
    named = [outlet for outlet in sizes.index if outlet not in (NO_CREDIT, OTHER_OUTLETS)]
    if len(sizes) == 1:
        return Markdown(
            f"All {n_articles:,} articles come from one outlet, {sizes.index[0]}: this corpus "
            "allows no comparison between outlets."
        )
    n_outlets = int(coverage.attrs.get("n_outlets", len(named)))
    lines = [f"{n_outlets:,} outlets among {count_of(n_articles, 'article')}."]
    solid = coverage[~coverage["small_n"].astype(bool) & coverage["outlet"].isin(named)]
    if solid["outlet"].nunique() < 2:
        lines.append(
            "Fewer than two outlets have enough articles to be compared; read the table, "
            "not the differences."
        )
        return Markdown(" ".join(lines))
    for actor in dict.fromkeys(solid["actor_id"].astype(str)):
        rows = solid[solid["actor_id"].astype(str) == actor]
        low = rows.loc[rows["share_of_articles"].astype(float).idxmin()]
        high = rows.loc[rows["share_of_articles"].astype(float).idxmax()]
        lines.append(
            f"{_name(rows, actor)}: from {percent(low['share_of_articles'])} of the "
            f"{count_of(low['n_articles'], 'article')} of {low['outlet']} to "
            f"{percent(high['share_of_articles'])} of the {int(high['n_articles']):,} of "
            f"{high['outlet']}."
        )
    return Markdown(" ".join(lines))


# Corpus (notebook 01) ------------------------------------------------------------------


def months_reading(per_month: pd.DataFrame, *, min_articles: int = MIN_ARTICLES) -> Markdown:
    """The base of every rate: articles per month, the busiest month, the thin and empty ones.

    ``per_month`` is :func:`analysis.timeline.articles_per_period` (indexed by period).

    >>> per_month = pd.DataFrame({"n_articles": [12, 0, 3], "gap": [False, True, False],
    ...     "small_n": [False, False, True]},
    ...     index=pd.period_range("2023-01", periods=3, freq="M").rename("period"))
    >>> print(months_reading(per_month))  # doctest: +NORMALIZE_WHITESPACE
    15 articles over 3 months, from 2023-01 to 2023-03; the busiest is 2023-01 with 12
    articles. 1 month has fewer than 5 articles and 1 has none (drawn as a gap).
    >>> print(months_reading(per_month.iloc[0:0]))
    No dated article: nothing can be drawn over time.
    """
    if per_month.empty or int(per_month["n_articles"].sum()) == 0:
        return Markdown("No dated article: nothing can be drawn over time.")
    unit = UNIT_WORDS.get(per_month.index.freqstr[0], "period")
    total = int(per_month["n_articles"].sum())
    busiest = per_month["n_articles"].astype(int).idxmax()
    text = (
        f"{count_of(total, 'article')} over {count_of(len(per_month), unit)}, "
        f"{_span(per_month.reset_index())}; the busiest is {busiest} with "
        f"{count_of(per_month.loc[busiest, 'n_articles'], 'article')}."
    )
    thin = int(per_month["small_n"].sum())
    empty = int(per_month["gap"].sum())
    if thin or empty:
        gaps = "a gap" if empty == 1 else "gaps"
        text += (
            f" {count_of(thin, unit)} {'has' if thin == 1 else 'have'} fewer than "
            f"{count_of(min_articles, 'article')} and {empty:,} "
            f"{'has' if empty == 1 else 'have'} none (drawn as {gaps})."
        )
    else:
        text += f" Every {unit} has {min_articles} articles or more."
    return Markdown(text)


def home_reading(table: pd.DataFrame, name: str | None = None) -> Markdown:
    """What leaving out the outlet's own capital and demonyms does to its country's counts,
    from :func:`analysis.counts.home_comparison`.

    >>> table = pd.DataFrame({"variant": ["all kinds", "without home"], "mentions": [1224, 570],
    ...     "articles": [437, 250], "share_of_articles": [0.367, 0.21]})
    >>> table.attrs = {"home": "FRA", "likely": True}
    >>> print(home_reading(table, "France"))  # doctest: +NORMALIZE_WHITESPACE
    France is probably the outlet's home (its capital is named far more than any other; set
    `home: FRA` in corpus.yaml to say so). With its capital and demonyms, France is in
    437 articles (37 %); without them, in 250 (21 %), with 570 mentions instead of 1,224.
    >>> print(home_reading(table.iloc[0:0]))
    No home country is set and none stands out: every capital is counted as a capital.
    """
    if table.empty:
        return Markdown(
            "No home country is set and none stands out: every capital is counted as a capital."
        )
    home = table.attrs.get("home", "")
    name = name or home
    full, without = table.iloc[0], table.iloc[1]
    opening = (
        f"{name} is probably the outlet's home (its capital is named far more than any "
        f"other; set `home: {home}` in corpus.yaml to say so). "
        if table.attrs.get("likely")
        else f"{name} is the outlet's home (corpus setting `home: {home}`). "
    )
    return Markdown(
        f"{opening}With its capital and demonyms, {name} is in "
        f"{count_of(full['articles'], 'article')} ({percent(full['share_of_articles'])}); "
        f"without them, in {int(without['articles']):,} "
        f"({percent(without['share_of_articles'])}), with {int(without['mentions']):,} "
        f"mentions instead of {int(full['mentions']):,}."
    )
