"""Tests of analysis.timeline against values computed by hand on a five-article corpus.

The corpus (``min_articles=2`` in most tests):

======  =======  =======  ==============  ==========================================
doc_id  month    n_words  date_precision  mentions
======  =======  =======  ==============  ==========================================
a       2023-01  1000     day             PRK name x2, PRK capital, kim-jong-un leader
b       2023-01  500      month           PRK demonym, RUS name
c       2023-02  2000     day             PRK name, kim-jong-un leader x2, UN name
d       2023-04  250      day             RUS name x3
e       (none)   100      missing         PRK name x5 (undated: never counted)
======  =======  =======  ==============  ==========================================

March 2023 has no article: a gap.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import matplotlib as mpl
import matplotlib.colors as mcolors
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure

from analysis import config
from analysis.events import load_events
from analysis.evidence import month_evidence
from analysis.figures import actor_color, plot_articles_per_period, plot_timeline
from analysis.timeline import (
    DroppedArticlesWarning,
    actor_timeline,
    articles_per_period,
)

ACTORS = {
    "PRK": ("North Korea", "state", "PRK"),
    "RUS": ("Russia", "state", "RUS"),
    "kim-jong-un": ("Kim Jong-un", "person", "PRK"),
    "UN": ("United Nations", "organisation", None),
}


def make_corpus() -> pd.DataFrame:
    corpus = pd.DataFrame(
        {
            "doc_id": pd.array(["a", "b", "c", "d", "e"], dtype="string"),
            "date": pd.to_datetime(
                ["2023-01-05", "2023-01-01", "2023-02-10", "2023-04-01", None]
            ).astype("datetime64[ns]"),
            "month": pd.PeriodIndex(["2023-01", "2023-01", "2023-02", "2023-04", None], freq="M"),
            "date_precision": pd.Categorical(
                ["day", "month", "day", "day", "missing"], categories=["day", "month", "missing"]
            ),
            "credit": pd.array(["YONHAP", "AFP", "YONHAP", "KCNA", None], dtype="string"),
            "text": pd.array(
                [
                    "La Corée du Nord, Pyongyang et Kim Jong-un.",
                    "Les Nord-Coréens et la Russie.",
                    "Kim Jong-un, Kim encore, la Corée du Nord et l'ONU.",
                    "La Russie, Moscou, la Russie.",
                    "Sans date.",
                ],
                dtype="string",
            ),
            "n_words": pd.array([1000, 500, 2000, 250, 100], dtype="Int64"),
        }
    )
    return corpus


def make_mentions(rows: list[tuple[str, str, str]] | None = None) -> pd.DataFrame:
    if rows is None:
        rows = [
            ("a", "PRK", "name"),
            ("a", "PRK", "name"),
            ("a", "PRK", "capital"),
            ("a", "kim-jong-un", "leader"),
            ("b", "PRK", "demonym"),
            ("b", "RUS", "name"),
            ("c", "PRK", "name"),
            ("c", "kim-jong-un", "leader"),
            ("c", "kim-jong-un", "leader"),
            ("c", "UN", "name"),
            ("d", "RUS", "name"),
            ("d", "RUS", "name"),
            ("d", "RUS", "name"),
        ] + [("e", "PRK", "name")] * 5
    records = []
    for doc_id, actor_id, kind in rows:
        name, actor_type, country = ACTORS[actor_id]
        records.append(
            {
                "doc_id": doc_id,
                "actor_id": actor_id,
                "actor_name": name,
                "actor_type": actor_type,
                "country": country,
                "kind": kind,
                "matched": f"{actor_id}:{kind}",
            }
        )
    mentions = pd.DataFrame(
        records,
        columns=["doc_id", "actor_id", "actor_name", "actor_type", "country", "kind", "matched"],
    )
    # The dtypes of analysis.mentions.find_mentions; organisations have a missing country.
    categorical = ["doc_id", "actor_id", "actor_type", "country", "kind"]
    return mentions.astype(
        {column: "category" if column in categorical else "string" for column in mentions.columns}
    )


def timeline(**options) -> pd.DataFrame:
    """actor_timeline on the fixture, with the undated-article warning expected and checked."""
    options.setdefault("min_articles", 2)
    with pytest.warns(DroppedArticlesWarning, match="1 of 5 articles"):
        return actor_timeline(make_mentions(), make_corpus(), **options)


MONTHS = pd.period_range("2023-01", "2023-04", freq="M", name="period")


# ------------------------------------------------------------------------------------------
# articles_per_period
# ------------------------------------------------------------------------------------------


def test_articles_per_period_counts_gaps_and_small_n():
    with pytest.warns(DroppedArticlesWarning, match="1 of 5 articles have no month"):
        result = articles_per_period(make_corpus(), min_articles=2)
    expected = pd.DataFrame(
        {
            "n_articles": pd.array([2, 1, 0, 1], dtype="Int64"),
            "n_words": pd.array([1500, 2000, 0, 250], dtype="Int64"),
            "gap": [False, False, True, False],
            "small_n": [False, True, False, True],
        },
        index=MONTHS,
    )
    pd.testing.assert_frame_equal(result, expected)
    assert result.attrs["n_undated_dropped"] == 1


@pytest.mark.parametrize(
    ("unit", "expected_index", "n_articles", "n_words"),
    [
        ("Q", pd.period_range("2023Q1", "2023Q2", freq="Q", name="period"), [3, 1], [3500, 250]),
        ("Y", pd.period_range("2023", "2023", freq="Y", name="period"), [4], [3750]),
    ],
)
def test_articles_per_period_rolls_months_up(unit, expected_index, n_articles, n_words):
    with pytest.warns(DroppedArticlesWarning):
        result = articles_per_period(make_corpus(), unit=unit, min_articles=2)
    expected = pd.DataFrame(
        {
            "n_articles": pd.array(n_articles, dtype="Int64"),
            "n_words": pd.array(n_words, dtype="Int64"),
            "gap": [False] * len(n_articles),
            "small_n": [count < 2 for count in n_articles],
        },
        index=expected_index,
    )
    pd.testing.assert_frame_equal(result, expected)


def test_articles_per_period_window_pads_and_counts_articles_left_outside():
    with pytest.warns(DroppedArticlesWarning):
        result = articles_per_period(make_corpus(), start="2022-12", end="2023-02")
    assert list(result.index.astype(str)) == ["2022-12", "2023-01", "2023-02"]
    assert result["gap"].tolist() == [True, False, False]
    assert result.attrs["n_outside_window"] == 1


@pytest.mark.parametrize(
    ("unit", "start", "end", "expected_first", "expected_last"),
    [
        ("M", "2023", "2023", "2023-01", "2023-12"),
        ("M", pd.Period("2023Q1", "Q"), pd.Period("2023Q2", "Q"), "2023-01", "2023-06"),
        ("Q", "2023-02-15", pd.Timestamp("2023-08-01"), "2023Q1", "2023Q3"),
        ("D", pd.Period("2023-01", "M"), "2023-02", "2023-01-01", "2023-02-28"),
    ],
)
def test_window_bounds_cover_whole_periods(unit, start, end, expected_first, expected_last):
    with pytest.warns(DroppedArticlesWarning):
        result = articles_per_period(make_corpus(), unit=unit, start=start, end=end)
    assert (str(result.index[0]), str(result.index[-1])) == (expected_first, expected_last)
    assert result.index.is_monotonic_increasing and result.index.is_unique


def test_articles_per_period_without_undated_articles_does_not_warn():
    corpus = make_corpus().iloc[:4]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = articles_per_period(corpus)
    assert result.attrs["n_undated_dropped"] == 0


def test_day_unit_uses_only_articles_with_a_known_day():
    with pytest.warns(DroppedArticlesWarning, match="2 of 5 articles have no known day"):
        result = articles_per_period(make_corpus(), unit="D")
    assert result.index[0] == pd.Period("2023-01-05", "D")
    assert result.index[-1] == pd.Period("2023-04-01", "D")
    assert int(result["n_articles"].sum()) == 3
    assert int(result["gap"].sum()) == len(result) - 3


def test_day_unit_without_any_known_day_raises_a_clear_error():
    corpus = make_corpus()
    corpus["date_precision"] = pd.Categorical(["month"] * 5, categories=["day", "month", "missing"])
    with pytest.raises(ValueError, match=r"unit='D' needs articles whose day is known"):
        actor_timeline(make_mentions(), corpus, unit="D")


# ------------------------------------------------------------------------------------------
# actor_timeline
# ------------------------------------------------------------------------------------------


def test_actor_timeline_by_hand_per_1k_words():
    result = timeline(actors=["PRK"], measure="per_1k_words")
    expected = pd.DataFrame(
        {
            "period": pd.Series(MONTHS, name=None),
            "actor_id": pd.Series(["PRK"] * 4, dtype="string"),
            "actor_name": pd.Series(["North Korea"] * 4, dtype="string"),
            "mentions": pd.array([4, 1, 0, 0], dtype="Int64"),
            "articles_mentioning": pd.array([2, 1, 0, 0], dtype="Int64"),
            "n_articles": pd.array([2, 1, 0, 1], dtype="Int64"),
            "n_words": pd.array([1500, 2000, 0, 250], dtype="Int64"),
            "per_1k_words": [4 / 1500 * 1000, 0.5, np.nan, 0.0],
            "share_of_articles": [1.0, 1.0, np.nan, 0.0],
            "small_n": [False, True, False, True],
            "gap": [False, False, True, False],
            # 95 % Wilson intervals of 2 of 2, 1 of 1, none of none and 0 of 1 articles.
            "share_of_articles_low": [0.3424, 0.2065, np.nan, 0.0],
            "share_of_articles_high": [1.0, 1.0, np.nan, 0.7935],
        }
    )
    pd.testing.assert_frame_equal(result, expected, atol=1e-4)


@pytest.mark.parametrize(
    ("measure", "expected_values"),
    [
        ("mentions", [4.0, 1.0, np.nan, 0.0]),
        ("per_1k_words", [4 / 1.5, 0.5, np.nan, 0.0]),
        ("share_of_articles", [1.0, 1.0, np.nan, 0.0]),
    ],
)
def test_each_measure_is_a_column_and_gaps_are_flagged(measure, expected_values):
    result = timeline(actors="PRK", measure=measure)
    shown = result[measure].astype("float64").where(~result["gap"])
    np.testing.assert_allclose(shown.to_numpy(), expected_values)
    assert result.attrs["measure"] == measure
    assert "value" not in result.columns  # a column means one thing, whatever the measure


def test_share_of_articles_counts_articles_not_mentions():
    result = timeline(actors=["PRK"], kinds=["name"], measure="share_of_articles")
    # January: article a names North Korea twice, article b only uses the demonym.
    assert result["mentions"].tolist()[:2] == [2, 1]
    assert result["articles_mentioning"].tolist()[:2] == [1, 1]
    np.testing.assert_allclose(result["share_of_articles"].to_numpy(), [0.5, 1.0, np.nan, 0.0])


@pytest.mark.parametrize(
    ("kinds", "expected_mentions"),
    [
        (None, [4, 1, 0, 0]),
        (["name"], [2, 1, 0, 0]),
        ("demonym", [1, 0, 0, 0]),
        (["capital", "demonym"], [2, 0, 0, 0]),
        ("capital, demonym", [2, 0, 0, 0]),
    ],
)
def test_kinds_filter(kinds, expected_mentions):
    result = timeline(actors=["PRK"], kinds=kinds)
    assert result["mentions"].tolist() == expected_mentions
    if kinds is not None:
        assert all("," not in kind for kind in result.attrs["kinds"])


def test_unknown_kind_is_rejected():
    with pytest.raises(ValueError, match=r"Unknown alias kind\(s\) leaders; choose among name, "):
        actor_timeline(make_mentions(), make_corpus(), kinds=["leaders"])


def test_country_level_rolls_persons_up_and_keeps_organisations():
    result = timeline(level="country")
    mentions = result.pivot(index="period", columns="actor_id", values="mentions")
    # Kim Jong-un's mentions count for North Korea; the UN keeps its own id.
    assert sorted(mentions.columns) == ["PRK", "RUS", "UN"]
    assert mentions["PRK"].tolist() == [5, 3, 0, 0]
    assert mentions["UN"].tolist() == [0, 1, 0, 0]
    names = dict(zip(result["actor_id"], result["actor_name"], strict=True))
    assert names == {"PRK": "North Korea", "RUS": "Russia", "UN": "United Nations"}


def test_country_level_per_1k_words_by_hand():
    result = timeline(level="country", actors=["PRK"], measure="per_1k_words")
    np.testing.assert_allclose(result["per_1k_words"].to_numpy(), [5 / 1.5, 1.5, np.nan, 0.0])


def test_default_actors_are_ordered_by_total_mentions():
    result = timeline()
    assert list(dict.fromkeys(result["actor_id"])) == ["PRK", "RUS", "kim-jong-un", "UN"]


def test_every_requested_actor_has_every_period_with_zeros():
    with pytest.warns(UserWarning, match=r"\['CHN'\] never occur"):
        result = timeline(actors=["CHN", "UN"])
    assert len(result) == 2 * len(MONTHS)
    chinese = result[result["actor_id"] == "CHN"]
    assert chinese["mentions"].tolist() == [0, 0, 0, 0]
    # Never mentioned, but named from the dictionary.
    assert chinese["actor_name"].tolist() == ["China"] * 4
    # Zero where articles exist, missing only where there is no article at all.
    assert chinese["per_1k_words"].isna().tolist() == [False, False, True, False]
    assert chinese["gap"].tolist() == [False, False, True, False]


@pytest.mark.parametrize(
    ("unit", "expected_mentions", "expected_n_articles", "expected_per_1k"),
    [
        # Per-1k from the sums (5 mentions / 3,500 words), not the mean of monthly rates.
        ("Q", [5, 0], [3, 1], [5 / 3.5, 0.0]),
        ("Y", [5], [4], [5 / 3.75]),
    ],
)
def test_quarter_and_year_recompute_ratios_from_sums(
    unit, expected_mentions, expected_n_articles, expected_per_1k
):
    result = timeline(actors=["PRK"], unit=unit, measure="per_1k_words")
    assert result["mentions"].tolist() == expected_mentions
    assert result["n_articles"].tolist() == expected_n_articles
    np.testing.assert_allclose(result["per_1k_words"].to_numpy(), expected_per_1k)


@pytest.mark.parametrize(
    ("measure", "expected_rolling"),
    [
        ("mentions", [4.0, 2.5, np.nan, 0.0]),
        ("per_1k_words", [4 / 1.5, 5 / 3.5, np.nan, 0.0]),
        ("share_of_articles", [1.0, 1.0, np.nan, 0.0]),
    ],
)
def test_trailing_rolling_window(measure, expected_rolling):
    result = timeline(actors=["PRK"], measure=measure, rolling=2)
    np.testing.assert_allclose(result[f"{measure}_rolling"].to_numpy(), expected_rolling)


def test_day_unit_timeline_counts_only_day_precision_articles():
    with pytest.warns(DroppedArticlesWarning, match="2 of 5"):
        result = actor_timeline(make_mentions(), make_corpus(), actors=["PRK"], unit="D")
    counted = result[result["mentions"] > 0]
    # Article b (month precision) is left out, so January 5th holds only article a.
    assert counted["period"].astype(str).tolist() == ["2023-01-05", "2023-02-10"]
    assert counted["mentions"].tolist() == [3, 1]


def test_mentions_of_articles_outside_the_corpus_are_ignored_and_counted():
    corpus = make_corpus()
    subset = corpus[corpus["doc_id"] != "d"]
    with pytest.warns(DroppedArticlesWarning):
        result = actor_timeline(make_mentions(), subset, actors=["RUS"], min_articles=2)
    assert result["mentions"].tolist() == [1, 0]
    assert result.attrs["n_mentions_outside"] == 3


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"unit": "fortnight"}, r"unit='fortnight' is not supported"),
        ({"measure": "per_word"}, r"measure='per_word' is not supported"),
        ({"level": "region"}, r"level='region' is not supported"),
        ({"rolling": 0}, r"rolling must be a whole number"),
        ({"start": "2023-05", "end": "2023-01"}, r"start \(2023-05\) is after end"),
        ({"start": "not a date"}, r"start='not a date' cannot be read as a period"),
    ],
)
def test_bad_arguments_are_explained(options, message):
    with pytest.raises(ValueError, match=message):
        actor_timeline(make_mentions(), make_corpus(), **options)


def test_repeated_doc_ids_in_the_corpus_are_rejected():
    corpus = pd.concat([make_corpus(), make_corpus().iloc[:1]], ignore_index=True)
    with pytest.raises(ValueError, match=r"repeated doc_id\(s\), e.g. \['a'\]"):
        actor_timeline(make_mentions(), corpus)


def test_missing_columns_are_named():
    with pytest.raises(ValueError, match=r"mentions table lacks column\(s\) \['country'\]"):
        actor_timeline(make_mentions().drop(columns="country"), make_corpus(), level="country")


rows_strategy = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "d", "e"]),
        st.sampled_from(sorted(ACTORS)),
        st.sampled_from(["name", "demonym", "capital", "leader"]),
    ),
    max_size=40,
)


@settings(max_examples=40, deadline=None)
@given(rows=rows_strategy, level=st.sampled_from(["actor", "country"]))
def test_quarters_add_up_months_and_ratios_stay_in_range(rows, level):
    mentions = make_mentions(rows)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DroppedArticlesWarning)
        monthly = actor_timeline(mentions, make_corpus(), level=level)
        quarterly = actor_timeline(mentions, make_corpus(), level=level, unit="Q")
    monthly["quarter"] = monthly["period"].dt.asfreq("Q")
    summed = monthly.groupby(["actor_id", "quarter"])[["mentions", "n_words"]].sum()
    result = quarterly.set_index(["actor_id", "period"])[["mentions", "n_words"]]
    expected = summed.rename_axis(["actor_id", "period"]).reindex(result.index)
    pd.testing.assert_frame_equal(result, expected)
    assert (quarterly["articles_mentioning"] <= quarterly["n_articles"]).all()
    assert (quarterly["articles_mentioning"] <= quarterly["mentions"]).all()
    shares = quarterly["share_of_articles"].dropna()
    assert shares.between(0, 1).all()


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c", "d", "e", "zz"]),  # zz: not in the corpus
            st.sampled_from(sorted(ACTORS)),
            st.sampled_from(["name", "demonym", "capital", "leader"]),
        ),
        max_size=40,
    ),
    level=st.sampled_from(["actor", "country"]),
    kinds=st.sampled_from([None, ["name"], ["demonym", "leader"]]),
)
def test_timeline_counts_are_those_of_a_plain_merge_and_groupby(rows, level, kinds):
    from analysis.tally import actor_key

    mentions, corpus = make_mentions(rows), make_corpus()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DroppedArticlesWarning)
        table = actor_timeline(mentions, corpus, level=level, kinds=kinds)
    keyed = mentions.assign(key=actor_key(mentions, level).astype(str), doc=mentions["doc_id"])
    if kinds is not None:
        keyed = keyed[keyed["kind"].isin(kinds)]
    keyed = keyed.astype({"doc": str}).merge(
        corpus[corpus["month"].notna()].astype({"doc_id": str}), left_on="doc", right_on="doc_id"
    )
    expected = keyed.groupby(["key", "month"]).agg(
        mentions=("doc", "size"), articles=("doc", "nunique")
    )
    found = table[table["mentions"] > 0].set_index(["actor_id", "period"])
    assert sorted(found.index) == sorted(expected.index)
    for (key, month), row in expected.iterrows():
        assert found.loc[(key, month), "mentions"] == row["mentions"]
        assert found.loc[(key, month), "articles_mentioning"] == row["articles"]
    assert table.attrs["n_mentions_outside"] == sum(doc == "zz" for doc, _, _ in rows)


@settings(max_examples=40, deadline=None)
@given(rows=rows_strategy, level=st.sampled_from(["actor", "country"]))
def test_evidence_adds_up_to_each_timeline_point(rows, level):
    mentions = make_mentions(rows)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DroppedArticlesWarning)
        table = actor_timeline(mentions, make_corpus(), level=level)
    for point in table.itertuples():
        evidence = month_evidence(
            mentions, make_corpus(), period=point.period, actor=point.actor_id, level=level
        )
        assert evidence["n_mentions"].sum() == point.mentions
        assert len(evidence) == point.articles_mentioning


# ------------------------------------------------------------------------------------------
# month_evidence
# ------------------------------------------------------------------------------------------


def test_month_evidence_by_hand():
    result = month_evidence(make_mentions(), make_corpus(), period="2023-01", actor="PRK")
    expected = pd.DataFrame(
        {
            "doc_id": pd.Series(["a", "b"], dtype="string"),
            "date": pd.to_datetime(["2023-01-05", "2023-01-01"]).astype("datetime64[ns]"),
            "credit": pd.Series(["YONHAP", "AFP"], dtype="string"),
            "n_mentions": pd.array([3, 1], dtype="Int64"),
            "matched": pd.Series(["PRK:capital; PRK:name", "PRK:demonym"], dtype="string"),
            "excerpt": pd.Series(
                ["La Corée du Nord, Pyongyang et Kim Jong-un.", "Les Nord-Coréens et la Russie."],
                dtype="string",
            ),
        }
    )
    pd.testing.assert_frame_equal(result, expected)


def test_month_evidence_at_country_level_and_with_short_excerpt():
    result = month_evidence(
        make_mentions(),
        make_corpus(),
        period="2023-02",
        actor="PRK",
        level="country",
        excerpt_words=2,
    )
    assert result["doc_id"].tolist() == ["c"]
    assert result["n_mentions"].tolist() == [3]
    assert result["excerpt"].tolist() == ["Kim Jong-un, …"]


# ------------------------------------------------------------------------------------------
# load_events
# ------------------------------------------------------------------------------------------


ACTOR_ID_PATTERN = re.compile(r"^(?:[A-Z]{2,4}|[a-z]+(?:-[a-z]+)+)$")


def test_project_events_file_is_well_formed():
    result = load_events(config.DATA_DIR / "events.csv")
    assert 20 <= len(result) <= 30
    assert result["date"].between("2022-01-01", "2025-06-30").all()
    assert result["date"].is_monotonic_increasing
    assert (result["source"].str.len() > 10).all()
    assert (result["label"].str.len() <= 60).all()
    all_actors = [actor for actors in result["actors"] for actor in actors]
    assert all(ACTOR_ID_PATTERN.match(actor) for actor in all_actors)
    assert all(len(actors) >= 1 for actors in result["actors"])


def write_events(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "events.csv"
    path.write_text("date,label,actors,source\n" + body, encoding="utf-8")
    return path


def test_load_events_parses_dates_and_actor_lists(tmp_path):
    path = write_events(
        tmp_path,
        '2024-10,Troops reported,PRK; RUS UKR,NIS\n2024-06-19,Treaty,RUS PRK,"Kremlin, 2024"\n',
    )
    result = load_events(path)
    expected = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-06-19", "2024-10-01"]).astype("datetime64[ns]"),
            "date_precision": pd.Series(["day", "month"], dtype="string"),
            "month": pd.PeriodIndex(["2024-06", "2024-10"], freq="M"),
            "label": pd.Series(["Treaty", "Troops reported"], dtype="string"),
            "actors": [["RUS", "PRK"], ["PRK", "RUS", "UKR"]],
            "source": pd.Series(["Kremlin, 2024", "NIS"], dtype="string"),
        }
    )
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("2023-13-01,Bad month,PRK,KCNA", r"date '2023-13-01' is not a real"),
        ("2023/07/01,Slashes,PRK,KCNA", r"date '2023/07/01' is not a real"),
        ("2023-07-01,,PRK,KCNA", r"label is empty"),
        ("2023-07-01,No source,PRK,", r"source is empty"),
        ("2023-07-01,Unquoted, comma,PRK,KCNA", r"5 fields where 4 are expected"),
        ("2023-07-01,Too short", r"too few fields"),
    ],
)
def test_malformed_event_rows_give_file_and_line(tmp_path, row, message):
    path = write_events(tmp_path, "2023-07-27,Fine,PRK,KCNA\n" + row + "\n")
    with pytest.raises(ValueError, match=message) as error:
        load_events(path)
    assert f"{path}:3:" in str(error.value)


def test_all_malformed_rows_are_reported_at_once(tmp_path):
    path = write_events(tmp_path, "2023-99-01,A,PRK,KCNA\n2023-07-01,,PRK,KCNA\n")
    with pytest.raises(ValueError, match=r"2 problem\(s\)") as error:
        load_events(path)
    assert f"{path}:2:" in str(error.value)
    assert f"{path}:3:" in str(error.value)


def test_events_header_must_name_the_columns(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("day,label,actors,source\n2023-07-27,A,PRK,KCNA\n", encoding="utf-8")
    with pytest.raises(
        ValueError, match=rf"{re.escape(str(path))}:1: missing column\(s\) \['date'\]"
    ):
        load_events(path)


def test_missing_events_file_says_how_to_fix_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="ANALYSIS_EVENTS"):
        load_events(tmp_path / "absent.csv")


def test_events_path_defaults_to_the_configured_file(tmp_path, monkeypatch):
    path = write_events(tmp_path, "2023-07-27,Configured,PRK,KCNA\n")
    monkeypatch.setenv("ANALYSIS_EVENTS", str(path))
    assert load_events()["label"].tolist() == ["Configured"]


# ------------------------------------------------------------------------------------------
# Plots
# ------------------------------------------------------------------------------------------


def actor_lines(fig: Figure) -> dict[str, object]:
    return {line.get_gid(): line for ax in fig.axes for line in ax.get_lines() if line.get_gid()}


def test_plot_timeline_draws_each_actor_in_its_colour_with_gaps_as_breaks():
    table = timeline(actors=["PRK", "RUS"], measure="per_1k_words")
    fig = plot_timeline(table, title="Coverage")
    assert isinstance(fig, Figure)
    lines = actor_lines(fig)
    assert sorted(lines) == ["PRK", "RUS"]
    for actor_id, line in lines.items():
        assert mcolors.to_hex(line.get_color()) == actor_color(actor_id).lower()
        # March has no article: a break in the line, not a zero.
        assert np.isnan(line.get_ydata()[2])
    assert fig.axes[0].get_ylabel() == "Mentions per 1,000 words"


def test_plot_timeline_marks_small_n_points_hollow_with_a_legend_note():
    table = timeline(actors=["PRK"])
    fig = plot_timeline(table)
    ax = fig.axes[0]
    hollow = [
        line
        for line in ax.get_lines()
        if line.get_marker() == "o" and mcolors.to_hex(line.get_markerfacecolor()) == "#ffffff"
    ]
    assert len(hollow) == 1
    assert len(hollow[0].get_xdata()) == int(table["small_n"].sum())
    legend_texts = [text.get_text() for text in ax.get_legend().get_texts()]
    assert "Fewer than 2 articles" in legend_texts
    assert "No articles" in legend_texts


@pytest.mark.parametrize(
    ("measure", "label"),
    [
        ("mentions", "Mentions"),
        ("per_1k_words", "Mentions per 1,000 words"),
        ("share_of_articles", "Share of articles"),
    ],
)
def test_plot_timeline_y_label_follows_the_measure(measure, label):
    fig = plot_timeline(timeline(actors=["PRK"], measure=measure))
    assert fig.axes[0].get_ylabel() == label


def test_plot_timeline_draws_events_in_range_with_numbered_key(tmp_path):
    events = load_events(
        write_events(
            tmp_path,
            "2023-01-20,Inside one,PRK,KCNA\n2023-02-03,Inside two,PRK,KCNA\n"
            "2024-06-19,Outside,RUS,Kremlin\n",
        )
    )
    fig = plot_timeline(timeline(actors=["PRK"]), events=events)
    ax = fig.axes[0]
    event_lines = [line for line in ax.get_lines() if line.get_linestyle() == ":"]
    assert len(event_lines) == 2
    (key,) = [
        legend
        for ax in fig.axes
        for legend in [ax.get_legend()]
        if legend and legend.get_gid() == "event-key"
    ]
    key_texts = [text.get_text() for text in key.get_texts()]
    assert key_texts == ["1  2023-01-20  Inside one", "2  2023-02-03  Inside two"]
    assert key.get_title().get_text() == "Events in these months: 2"


def test_plot_timeline_small_multiples_share_the_y_axis():
    table = timeline(actors=["PRK", "RUS", "UN"])
    fig = plot_timeline(table, small_multiples=True)
    # Three panels, then the strip of articles per period under them.
    assert len(fig.axes) == 4
    assert [ax.get_title(loc="left") for ax in fig.axes[:3]] == [
        "North Korea",
        "Russia",
        "United Nations",
    ]
    assert fig.axes[3].get_ylabel() == "Articles"
    assert fig.axes[0].get_shared_y_axes().joined(fig.axes[0], fig.axes[2])
    assert {line_id for line_id in actor_lines(fig)} == {"PRK", "RUS", "UN"}


def test_plots_use_the_house_style_without_changing_global_settings():
    with mpl.rc_context({"axes.spines.top": True, "axes.grid": False}):
        fig = plot_timeline(timeline(actors=["PRK"]))
        assert mpl.rcParams["axes.spines.top"] is True
    ax = fig.axes[0]
    assert not ax.spines["top"].get_visible()
    assert not ax.spines["right"].get_visible()
    assert any(line.get_visible() for line in ax.get_ygridlines())


def test_plot_timeline_rejects_ax_with_small_multiples():
    table = timeline(actors=["PRK"])
    ax = Figure().subplots()
    with pytest.raises(ValueError, match="do not pass ax"):
        plot_timeline(table, ax=ax, small_multiples=True)


def test_plot_timeline_draws_into_a_given_axes():
    figure = Figure()
    ax = figure.subplots()
    result = plot_timeline(timeline(actors=["PRK"]), ax=ax, title="Here")
    assert result is figure
    assert ax.get_title(loc="left") == "Here"


def test_plot_articles_per_period_bars_are_the_counts():
    with pytest.warns(DroppedArticlesWarning):
        table = articles_per_period(make_corpus(), min_articles=2)
    fig = plot_articles_per_period(table, title="Articles")
    ax = fig.axes[0]
    heights = sorted(bar.get_height() for bars in ax.containers for bar in bars)
    assert heights == [0, 1, 1, 2]
    assert ax.get_ylabel() == "Articles"
    assert ax.get_title(loc="left") == "Articles"
