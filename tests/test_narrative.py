"""The notebooks' sentences and headings come from their parameters and results."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import narrative
from analysis.timeline import actor_timeline, kind_sensitivity, pair_timeline


def _timeline(actor="RUS", name="Russia", *, mentioning, n_articles, measure="share_of_articles"):
    n_articles = np.asarray(n_articles)
    mentioning = np.asarray(mentioning)
    table = pd.DataFrame(
        {
            "period": pd.period_range("2022-01", periods=len(n_articles), freq="M"),
            "actor_id": actor,
            "actor_name": name,
            "mentions": mentioning * 2,
            "articles_mentioning": mentioning,
            "n_articles": n_articles,
            "n_words": n_articles * 100,
            "per_1k_words": mentioning * 20 / np.maximum(n_articles, 1),
            "share_of_articles": np.where(
                n_articles > 0, mentioning / np.maximum(n_articles, 1), 0
            ),
            "small_n": (n_articles > 0) & (n_articles < 5),
            "gap": n_articles == 0,
        }
    )
    table.attrs.update(measure=measure, min_articles=5, unit="M")
    return table


def test_a_peak_names_its_period_share_and_base():
    table = _timeline(mentioning=[2, 22, 5], n_articles=[20, 57, 30])
    result = narrative.actor_reading(table, "RUS")
    assert "peaks in 2022-02 at 39 % of 57 articles" in result
    assert "29 of 107 articles (27 %)" in result
    assert "hint" not in result


@pytest.mark.parametrize(
    ("measure", "expected"),
    [
        ("mentions", "peaks in 2022-02 with 44 mentions in 57 articles"),
        ("per_1k_words", "peaks in 2022-02 at 7.7 mentions per 1,000 words (57 articles)"),
    ],
)
def test_the_peak_is_read_on_the_timeline_measure(measure, expected):
    table = _timeline(mentioning=[2, 22, 5], n_articles=[20, 57, 30], measure=measure)
    assert expected in narrative.actor_reading(table, "RUS")


def test_an_actor_never_mentioned_is_said_to_be_absent():
    table = _timeline("IRN", "Iran", mentioning=[0, 0, 0], n_articles=[20, 0, 30])
    result = narrative.actor_reading(table, "IRN")
    assert result == "Iran is not mentioned in any of the 50 articles (from 2022-01 to 2022-03)."
    assert "peak" not in result


def test_a_peak_on_a_small_month_is_a_hint_and_the_best_solid_month_is_given():
    table = _timeline(mentioning=[1, 2, 3], n_articles=[1, 20, 10])
    result = narrative.actor_reading(table, "RUS")
    assert "peaks in 2022-01 at 100 % of 1 article;" in result
    assert "fewer than 5 articles, so read it as a hint" in result
    assert "the highest is 2022-03 at 30 % of 10 articles" in result


def test_a_peak_only_on_small_months_says_no_solid_month_has_any():
    table = _timeline(mentioning=[1, 0], n_articles=[2, 30])
    result = narrative.actor_reading(table, "RUS")
    assert result.endswith("No month with 5 articles or more has any.")


def test_no_article_at_all_is_said_plainly():
    table = _timeline(mentioning=[0, 0], n_articles=[0, 0])
    assert narrative.actor_reading(table, "RUS").startswith("No article falls in the chosen months")


def test_readings_follow_the_requested_countries_on_a_real_timeline():
    articles = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "month": pd.PeriodIndex(["2023-01", "2023-01", "2023-02"], freq="M"),
            "n_words": pd.array([100, 100, 100], dtype="Int64"),
        }
    )
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "c"],
            "actor_id": ["USA", "USA"],
            "actor_name": ["United States"] * 2,
            "country": ["USA", "USA"],
            "kind": ["name", "name"],
        }
    )
    with pytest.warns(UserWarning, match="never occur"):
        timeline = actor_timeline(
            mentions, articles, actors=["USA", "IRN"], level="country",
            measure="share_of_articles", min_articles=1,
        )  # fmt: skip
    result = narrative.timeline_readings(timeline)
    lines = result.splitlines()
    assert lines[0].startswith("- United States is mentioned in 2 of 3 articles (67 %)")
    assert lines[1] == "- Iran is not mentioned in any of the 3 articles (from 2023-01 to 2023-02)."
    assert "Russia" not in result
    pairs = pair_timeline(mentions, articles, [("IRN", "USA")], min_articles=1)
    assert "never appear in the same article" in narrative.pair_readings(pairs)
    sensitivity = kind_sensitivity(
        mentions, articles, actors=["USA"], level="country", measure="mentions", min_articles=1
    )
    reading = narrative.sensitivity_reading(sensitivity, "USA")
    assert reading == (
        "None of the 2 mentions of United States is among the demonyms, so its trend cannot "
        "hang on them."
    )


def test_headings_are_built_from_the_countries_given():
    names = pd.DataFrame(
        {"actor_id": ["USA", "IRN", "GBR"], "actor_name": ["United States", "Iran", "UK"]}
    )
    assert narrative.pair_heading(names, ["USA", "IRN", "GBR"]) == (
        "### United States with Iran and UK, in the same article"
    )
    assert narrative.pair_heading(names, ["IRN"]) == "### Iran alone: no pair to draw"
    assert narrative.peak_heading(names, "GBR") == "### What is behind the highest point of UK?"
    # Unknown ids are shown as given, not replaced by another country.
    assert narrative.pair_heading(names, ["XYZ", "USA"]) == (
        "### XYZ with United States, in the same article"
    )


def test_headings_show_as_markdown_in_a_notebook():
    heading = narrative.pair_heading(pd.DataFrame({"actor_id": [], "actor_name": []}), ["A", "B"])
    assert heading._repr_markdown_() == "### A with B, in the same article"
    assert repr(heading) == str(heading)


@pytest.mark.parametrize(
    ("correlation", "expected"),
    [
        (0.95, "moves with the full count (correlation 0.95)"),
        (0.8, "follows the full count loosely (correlation 0.80)"),
        (0.2, "parts from the full count (correlation 0.20)"),
        (float("nan"), "no correlation can be computed"),
    ],
)
def test_sensitivity_readings_follow_the_correlation(correlation, expected):
    table = pd.DataFrame(
        {
            "actor_id": ["PRK", "PRK-without-demonym"],
            "actor_name": ["North Korea (all kinds)", "North Korea (without demonym)"],
            "mentions": [10, 4],
        }
    )
    table.attrs.update(correlation={"PRK": correlation}, dropped_kinds=["demonym"])
    result = narrative.sensitivity_reading(table, "PRK")
    assert result.startswith("Without demonyms, North Korea keeps 4 of its 10 mentions (40 %)")
    assert expected in result


def test_sensitivity_of_an_actor_never_mentioned():
    table = pd.DataFrame(
        {"actor_id": ["IRN", "IRN-without-demonym"], "actor_name": ["Iran (all kinds)"] * 2}
    ).assign(mentions=0)
    table.attrs.update(correlation={"IRN": float("nan")}, dropped_kinds=["demonym"])
    assert narrative.sensitivity_reading(table, "IRN") == (
        "Iran is not mentioned, so there is no trend to test without demonyms."
    )


def test_focus_and_top_readings():
    counts = pd.DataFrame(
        {
            "actor_id": ["FRA", "USA"],
            "actor_name": ["France", "United States"],
            "mentions": [30, 1],
            "articles": [12, 1],
            "share_of_articles": [0.4, 1 / 30],
            "n_articles": [30, 30],
        }
    )
    assert narrative.focus_reading(counts, "USA", n_articles=30) == (
        "United States is mentioned once, in 1 of the 30 articles (3 %)."
    )
    assert narrative.focus_reading(counts, "DEU", name="Germany", n_articles=30).startswith(
        "Germany is not mentioned in any of the 30 articles"
    )
    assert narrative.top_reading(counts, top=1) == (
        "The countries mentioned in most of the 30 articles are France (40 %)."
    )


def test_months_reading_counts_thin_and_empty_months():
    per_month = pd.DataFrame(
        {"n_articles": [12, 7], "gap": [False, False], "small_n": [False, False]},
        index=pd.period_range("2023-01", periods=2, freq="M").rename("period"),
    )
    assert narrative.months_reading(per_month) == (
        "19 articles over 2 months, from 2023-01 to 2023-02; the busiest is 2023-01 with 12 "
        "articles. Every month has 5 articles or more."
    )


@pytest.mark.parametrize(
    ("share", "expected"),
    [(0.0, "0 %"), (0.004, "0.4 %"), (0.995, "99 %"), (1.0, "100 %"), (0.384, "38 %")],
)
def test_percent_never_rounds_to_all_or_nothing(share, expected):
    assert narrative.percent(share) == expected


def test_outlet_reading_compares_outlets_with_enough_articles():
    coverage = pd.DataFrame(
        {
            "outlet": ["AFP", "Yonhap", "Kyodo"],
            "actor_id": ["PRK"] * 3,
            "actor_name": ["North Korea"] * 3,
            "articles_mentioning": [30, 90, 3],
            "n_articles": [60, 100, 3],
            "share_of_articles": [0.5, 0.9, 1.0],
            "small_n": [False, False, True],
        }
    )
    coverage.attrs.update(n_articles=163, n_outlets=3)
    result = narrative.outlet_reading(coverage)
    assert (
        "North Korea: from 50 % of the 60 articles of AFP to 90 % of the 100 of Yonhap." in result
    )
    assert "Kyodo" not in result  # 3 articles: not compared
    only_small = coverage.assign(small_n=True)
    assert "Fewer than two outlets have enough articles" in narrative.outlet_reading(only_small)
