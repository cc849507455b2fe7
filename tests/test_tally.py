"""The counting core: one rule for subsets, one definition of each measure, every unit.

The oracle of the subset rule is its plain statement: counting ``mentions`` on ``articles``
gives what counting only the mentions of those articles gives. Every public counting
function is held to it, on the sample corpus and on random subsets.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import config, load_corpus
from analysis.counts import co_mentions, count_mentions, kind_breakdown
from analysis.evidence import kwic, month_evidence
from analysis.measures import flags, rates
from analysis.mentions import find_mentions
from analysis.tally import Tally, actor_key, add_sums
from analysis.timeline import actor_timeline, articles_per_period, pair_timeline


@pytest.fixture(scope="module")
def sample() -> tuple[pd.DataFrame, pd.DataFrame]:
    articles = load_corpus(config.DATA_DIR / "sample", cache=False)
    return articles, find_mentions(articles, cache=False)


def only_those_of(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The readable form of the subset rule: the mentions of these articles."""
    kept = mentions["doc_id"].astype(str).isin(set(articles["doc_id"].astype(str)))
    return mentions[kept.to_numpy()]


@pytest.mark.parametrize(
    "by", ["actor", "country", "organisation", "document", "month", "quarter", "credit"]
)
def test_a_subset_counts_only_its_own_mentions(sample, by):
    articles, mentions = sample
    french = articles[articles["language"] == "fr"]
    assert 0 < len(french) < len(articles)
    result = count_mentions(mentions, french, by=by)
    expected = count_mentions(only_those_of(mentions, french), french, by=by)
    pd.testing.assert_frame_equal(result, expected)
    found_again = count_mentions(find_mentions(french, cache=False), french, by=by)
    pd.testing.assert_frame_equal(result, found_again)
    if "share_of_articles" in result:
        assert result["share_of_articles"].max() <= 1.0
    assert result.attrs["n_mentions_outside"] == len(mentions) - len(
        only_those_of(mentions, french)
    )


def test_every_view_of_a_subset_is_the_subsets(sample):
    articles, mentions = sample
    part = articles[articles["credit"].astype("string").str.contains("YONHAP", na=False)]
    own = only_those_of(mentions, part)
    pd.testing.assert_frame_equal(co_mentions(mentions, part), co_mentions(own, part))
    pd.testing.assert_frame_equal(
        co_mentions(mentions, part, unit="article", by_month=True),
        co_mentions(own, part, unit="article", by_month=True),
    )
    lines = kwic(mentions, part, actor="RUS")
    assert set(lines["doc_id"].astype(str)) <= set(part["doc_id"].astype(str))
    pd.testing.assert_frame_equal(lines, kwic(own, part, actor="RUS"))
    pd.testing.assert_frame_equal(
        actor_timeline(mentions, part, level="country"), actor_timeline(own, part, level="country")
    )
    pd.testing.assert_frame_equal(
        kind_breakdown(mentions, part, ["RUS", "PRK"], level="country"),
        kind_breakdown(own, part, ["RUS", "PRK"], level="country"),
    )
    pd.testing.assert_frame_equal(
        pair_timeline(mentions, part, [("RUS", "PRK")]), pair_timeline(own, part, [("RUS", "PRK")])
    )
    month = str(part["month"].dropna().iloc[0])
    pd.testing.assert_frame_equal(
        month_evidence(mentions, part, period=month, actor="PRK", level="country"),
        month_evidence(own, part, period=month, actor="PRK", level="country"),
    )


_ACTORS = {
    "RUS": ("Russia", "RUS", None),
    "PRK": ("North Korea", "PRK", None),
    "kim-jong-un": ("Kim Jong-un", "PRK", None),
    "UNSC": ("UN Security Council", None, "UN"),
}


@settings(max_examples=30, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c", "d", "x"]),  # "x" is in no corpus
            st.integers(0, 2),
            st.sampled_from(sorted(_ACTORS)),
            st.sampled_from(["name", "demonym", "capital"]),
        ),
        max_size=40,
    ),
    kept=st.sets(st.sampled_from(["a", "b", "c", "d"])),
    level=st.sampled_from(["actor", "country", "organisation"]),
)
def test_counts_of_any_subset_are_those_of_its_mentions(rows, kept, level):
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "n_words": pd.array([100, 0, 300, 50], dtype="Int64"),
            "month": pd.PeriodIndex(["2023-01", "2023-01", "2023-03", None], freq="M"),
            "credit": ["AFP", "Yonhap", "AFP", None],
        }
    )
    mentions = pd.DataFrame(
        [
            {
                "doc_id": doc,
                "sentence_id": sentence,
                "actor_id": actor,
                "actor_name": _ACTORS[actor][0],
                "country": _ACTORS[actor][1],
                "organisation": _ACTORS[actor][2],
                "kind": kind,
            }
            for doc, sentence, actor, kind in rows
        ],
        columns=[
            "doc_id", "sentence_id", "actor_id", "actor_name", "country", "organisation", "kind"
        ],
    )  # fmt: skip
    subset = articles[articles["doc_id"].isin(kept)]
    own = only_those_of(mentions, subset)
    for by in ("actor", "document", "credit"):
        pd.testing.assert_frame_equal(
            count_mentions(mentions, subset, by=by, level=level),
            count_mentions(own, subset, by=by, level=level),
            check_like=False,
        )
    result = count_mentions(mentions, subset, by="actor", level=level)
    # The readable form of each measure, row by row.
    keys = actor_key(own, level)
    for row in result.itertuples(index=False):
        mine = own[(keys == row.actor_id).to_numpy()]
        assert row.mentions == len(mine)
        assert row.articles == mine["doc_id"].nunique()
        words = int(subset["n_words"].sum())
        assert row.n_words == words and row.n_articles == len(subset)
        if words:
            assert row.per_1k_words == pytest.approx(len(mine) * 1000 / words)
        else:
            assert np.isnan(row.per_1k_words)
    assert set(result["actor_id"]) == set(keys)
    pd.testing.assert_frame_equal(
        co_mentions(mentions, subset, level=level), co_mentions(own, subset, level=level)
    )


def test_parts_add_up_to_the_whole(sample):
    articles, mentions = sample
    halves = [articles.iloc[::2], articles.iloc[1::2]]
    parts = [Tally(mentions, half).sums("country") for half in halves]
    whole = Tally(mentions, articles).sums("country")
    added = add_sums(parts)
    pd.testing.assert_frame_equal(
        added.counts.sort_values(["group", "key"]).reset_index(drop=True),
        whole.counts.sort_values(["group", "key"]).reset_index(drop=True),
        check_dtype=False,
    )
    pd.testing.assert_frame_equal(added.base, whole.base, check_dtype=False)


def test_rates_over_nothing_are_unknown_not_zero():
    per_1k, share = rates([2, 0], [1, 0], [0, 0], [0, 0])
    assert np.isnan(per_1k).all() and np.isnan(share).all()
    gap, small_n = flags([0, 3, 5], 5)
    assert gap.tolist() == [True, False, False]
    assert small_n.tolist() == [False, True, False]


def test_an_article_without_words_has_no_rate():
    articles = pd.DataFrame({"doc_id": ["a"], "n_words": pd.array([0], dtype="Int64")})
    mentions = pd.DataFrame(
        {"doc_id": ["a"], "actor_id": ["RUS"], "actor_name": ["Russia"], "kind": ["name"]}
    )
    for by in ("actor", "document"):
        assert np.isnan(count_mentions(mentions, articles, by=by)["per_1k_words"].iloc[0])


@pytest.mark.parametrize(
    ("by", "periods"),
    [
        ("day", ["2023-07-03", "2023-07-04", "2023-07-05", "2023-07-06", "2023-07-07",
                 "2023-07-08", "2023-07-09", "2023-07-10"]),
        ("week", ["2023-07-03/2023-07-09", "2023-07-10/2023-07-16"]),
        ("month", ["2023-07"]),
        ("quarter", ["2023Q3"]),
        ("year", ["2023"]),
    ],
)  # fmt: skip
def test_every_unit_of_time(by, periods):
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "n_words": pd.array([100, 100], dtype="Int64"),
            "month": pd.PeriodIndex(["2023-07", "2023-07"], freq="M"),
            "date": pd.to_datetime(["2023-07-03", "2023-07-10"]),
            "date_precision": ["day", "day"],
        }
    )
    mentions = pd.DataFrame(
        {"doc_id": ["a", "b", "b"], "actor_id": ["RUS"] * 3, "actor_name": ["Russia"] * 3,
         "kind": ["name"] * 3}
    )  # fmt: skip
    result = count_mentions(mentions, articles, by=by, min_articles=1)
    assert result["period"].astype(str).tolist() == periods
    assert int(result["mentions"].sum()) == 3
    base = articles_per_period(articles, unit=by, min_articles=1)
    assert base["n_articles"].sum() == 2
    assert result["gap"].tolist() == (base["n_articles"] == 0).tolist()


def test_counts_by_any_article_column_have_their_own_bases(sample):
    articles, mentions = sample
    result = count_mentions(mentions, articles, by="language", level="country")
    for language, rows in result.groupby("language"):
        part = articles[articles["language"] == language]
        expected = count_mentions(mentions, part, level="country").set_index("actor_id")
        assert (rows["n_articles"] == len(part)).all()
        shown = rows[rows["mentions"] > 0].set_index("actor_id")
        assert shown["mentions"].to_dict() == expected.loc[shown.index, "mentions"].to_dict()
        np.testing.assert_allclose(
            shown["share_of_articles"], expected.loc[shown.index, "share_of_articles"]
        )


def test_an_unknown_by_names_the_choices(sample):
    articles, mentions = sample
    with pytest.raises(ValueError, match="a column of the articles"):
        count_mentions(mentions, articles, by="outlet")
