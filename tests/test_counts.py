"""Counts, rates, evidence and co-mentions, against values computed by hand."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import config
from analysis.counts import (
    actor_key,
    co_mention_matrix,
    co_mentions,
    count_mentions,
    kind_breakdown,
    kind_sensitivity,
    kwic,
    select_kinds,
    write_gexf,
)
from analysis.discover import uncovered_names
from analysis.mentions import MENTION_COLUMNS
from analysis.tally import sorted_unique


@pytest.fixture
def corpus() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "month": pd.PeriodIndex(["2023-06", "2023-07", "2023-07", "2023-08"], freq="M"),
            "n_words": pd.array([100, 200, 300, 400], dtype="Int64"),
            "text": [
                "Moscou et Pyongyang. Kim Jong-un parle.",
                "La Russie. Les Russes et la Corée du Nord.",
                "Le Kremlin répond à la Maison Blanche.",
                "Rien à signaler.",
            ],
        }
    )


@pytest.fixture
def mentions() -> pd.DataFrame:
    rows = [
        # doc, sentence, start, end, matched, actor, name, type, country, organisation, kind
        ("a", 0, 0, 6, "Moscou", "RUS", "Russia", "state", "RUS", None, "capital"),
        ("a", 0, 10, 19, "Pyongyang", "PRK", "North Korea", "state", "PRK", None, "capital"),
        ("a", 1, 21, 32, "Kim Jong-un", "kim-jong-un", "Kim Jong-un", "person", "PRK", None,
         "leader"),
        ("b", 0, 3, 9, "Russie", "RUS", "Russia", "state", "RUS", None, "name"),
        ("b", 1, 15, 21, "Russes", "RUS", "Russia", "state", "RUS", None, "demonym"),
        ("b", 1, 28, 41, "Corée du Nord", "PRK", "North Korea", "state", "PRK", None, "name"),
        ("c", 0, 3, 10, "Kremlin", "kremlin", "Kremlin", "institution", "RUS", None,
         "institution"),
        ("c", 0, 23, 37, "Maison Blanche", "white-house", "White House", "institution", "USA",
         None, "institution"),
    ]  # fmt: skip
    frame = pd.DataFrame(
        rows,
        columns=[
            "doc_id", "sentence_id", "start", "end", "matched", "actor_id", "actor_name",
            "actor_type", "country", "organisation", "kind",
        ],
    )  # fmt: skip
    frame["alias"] = frame["matched"]
    return frame


def test_counts_by_actor_with_rates_and_bases(mentions, corpus):
    result = count_mentions(mentions, corpus, by="actor").set_index("actor_id")
    # Russia: 3 mentions in 2 articles; 1,000 words in the corpus; 4 articles.
    assert result.loc["RUS", "mentions"] == 3
    assert result.loc["RUS", "articles"] == 2
    assert result.loc["RUS", "per_1k_words"] == pytest.approx(3.0)
    assert result.loc["RUS", "share_of_articles"] == pytest.approx(0.5)
    assert set(result["n_articles"]) == {4}
    assert set(result["n_words"]) == {1000}
    assert list(result.index[:2]) == ["RUS", "PRK"]


def test_counts_by_country_roll_up_persons_and_institutions(mentions, corpus):
    result = count_mentions(mentions, corpus, by="country").set_index("actor_id")
    expected = {"RUS": 4, "PRK": 3, "USA": 1}
    assert {k: int(v) for k, v in result["mentions"].items()} == expected
    assert result.loc["RUS", "articles"] == 3
    assert result.loc["PRK", "actor_name"] == "North Korea"


def test_organisation_bodies_roll_up_to_the_organisation(corpus):
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "actor_id": ["UNSC", "guterres"],
            "actor_name": ["UN Security Council", "António Guterres"],
            "country": [None, None],
            "organisation": ["UN", "UN"],
            "kind": ["name", "leader"],
        }
    )
    result = count_mentions(mentions, corpus, by="country")
    assert result["actor_id"].tolist() == ["UN"]
    assert result["mentions"].tolist() == [2]
    assert result["actor_name"].tolist() == ["United Nations"]


def test_alias_kinds_can_be_included_or_excluded(mentions, corpus):
    without = count_mentions(mentions, corpus, exclude_kinds=["demonym"]).set_index("actor_id")
    only_names = count_mentions(mentions, corpus, kinds=["name"]).set_index("actor_id")
    assert without.loc["RUS", "mentions"] == 2
    assert only_names.loc["RUS", "mentions"] == 1
    assert set(only_names.index) == {"RUS", "PRK"}
    with pytest.raises(ValueError, match="Unknown alias kind"):
        select_kinds(mentions, ["demonyms"])


def test_kinds_found_in_the_mentions_can_be_selected_and_typos_cannot(mentions):
    tagged = mentions.assign(kind=mentions["kind"].astype(str).replace({"name": "ticker"}))
    assert set(select_kinds(tagged, "ticker")["kind"]) == {"ticker"}
    assert "ticker" not in set(select_kinds(tagged, exclude="ticker, demonym")["kind"])
    with pytest.raises(ValueError, match=r"Unknown alias kind\(s\) tickr; choose among .*ticker"):
        select_kinds(tagged, ["tickr"])
    with pytest.raises(ValueError, match="no 'kind' column"):
        select_kinds(mentions.drop(columns="kind"), ["name"])
    assert select_kinds(mentions.drop(columns="kind")) is not None  # nothing asked, nothing needed


def test_counts_by_document(mentions, corpus):
    result = count_mentions(mentions, corpus, by="document")
    row = result[(result["doc_id"] == "b") & (result["actor_id"] == "RUS")].iloc[0]
    assert row["mentions"] == 2
    assert row["per_1k_words"] == pytest.approx(10.0)


def test_counts_by_month_give_every_month_and_its_base(mentions, corpus):
    result = count_mentions(mentions, corpus, by="month", level="country")
    russia = result[result["actor_id"] == "RUS"].set_index("period")
    assert russia["mentions"].tolist() == [1, 3, 0]
    assert russia["n_articles"].tolist() == [1, 2, 1]


def test_kind_breakdown(mentions, corpus):
    result = kind_breakdown(mentions, corpus, ["RUS", "PRK"], level="country")
    assert result.loc["RUS"].to_dict() == {
        "name": 1, "demonym": 1, "capital": 1, "institution": 1, "leader": 0, "epithet": 0,
        "official": 0, "home": 0,
    }  # fmt: skip
    assert result.loc["PRK", "leader"] == 1


def test_kind_sensitivity_gives_both_series(mentions, corpus):
    result = kind_sensitivity(
        mentions, corpus, actors=["RUS"], drop=["demonym"], measure="mentions", min_articles=1
    )
    full = result[result["variant"] == "all kinds"]["mentions"].tolist()
    reduced = result[result["variant"] == "without demonym"]["mentions"].tolist()
    assert full == [1, 2, 0]
    assert reduced == [1, 1, 0]
    assert set(result["actor_id"]) == {"RUS", "RUS-without-demonym"}
    assert result.attrs["correlation"]["RUS"] == pytest.approx(
        pd.Series(full).corr(pd.Series(reduced))
    )


def test_kwic_gives_the_words_around_each_mention(mentions, corpus):
    result = kwic(mentions, corpus, actor="PRK", width=8)
    assert result["matched"].tolist() == ["Pyongyang", "Corée du Nord"]
    assert result["left"].tolist() == ["scou et ", "s et la "]
    assert result["right"].tolist() == [". Kim Jo", "."]
    by_kind = kwic(mentions, corpus, kind="institution")
    assert by_kind["actor_id"].tolist() == ["kremlin", "white-house"]
    one = kwic(mentions, corpus, country="PRK")
    several = kwic(mentions, corpus, country=["PRK", "USA"])
    assert set(one["actor_id"]) < set(several["actor_id"])
    assert set(several["actor_id"]) == set(
        mentions.loc[mentions["country"].isin(["PRK", "USA"]), "actor_id"]
    )
    by_country = kwic(mentions, corpus, country="RUS")
    assert len(by_country) == 4


def test_co_mentions_in_sentences_and_articles(mentions, corpus):
    sentence = co_mentions(mentions, corpus, unit="sentence", level="country")
    article = co_mentions(mentions, corpus, unit="article", level="country")
    as_dict = lambda table: {(s, t): int(n) for s, t, n in table[["source", "target", "n"]].values}  # noqa: E731
    # Same sentence: a/0 (PRK, RUS), b/1 (PRK, RUS), c/0 (RUS, USA).
    assert as_dict(sentence) == {("PRK", "RUS"): 2, ("RUS", "USA"): 1}
    # Same article: a (PRK, RUS), b (PRK, RUS), c (RUS, USA).
    assert as_dict(article) == {("PRK", "RUS"): 2, ("RUS", "USA"): 1}
    by_actor = co_mentions(mentions, corpus, unit="sentence", level="actor")
    assert ("PRK", "RUS") in as_dict(by_actor)
    assert ("PRK", "kim-jong-un") not in as_dict(by_actor)


def test_co_mentions_per_month(mentions, corpus):
    result = co_mentions(mentions, corpus, unit="article", level="country", by_month=True)
    rows = {
        (str(m), s, t): int(n) for m, s, t, n in result[["month", "source", "target", "n"]].values
    }
    assert rows == {
        ("2023-06", "PRK", "RUS"): 1,
        ("2023-07", "PRK", "RUS"): 1,
        ("2023-07", "RUS", "USA"): 1,
    }


def test_co_mention_matrix_is_symmetric_and_gexf_is_readable(mentions, corpus, tmp_path):
    pairs = co_mentions(mentions, corpus, unit="article", level="country")
    matrix = co_mention_matrix(pairs, ["PRK", "RUS", "USA"])
    assert (matrix.to_numpy() == matrix.to_numpy().T).all()
    assert matrix.loc["PRK", "RUS"] == 2
    counts = count_mentions(
        mentions, pd.DataFrame({"doc_id": list("abcd"), "n_words": [1] * 4}), by="country"
    )
    path = write_gexf(pairs, tmp_path / "pairs.gexf", counts)
    graph = nx.read_gexf(path)
    assert graph["PRK"]["RUS"]["weight"] == 2
    assert graph.nodes["RUS"]["mentions"] == 4


def test_uncovered_names_skip_matched_spans_and_sentence_openers():
    corpus = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "text": [
                "Selon Rafael Grossi, Moscou ment. Le directeur de l'agence parle selon lui.",
                "Rafael Grossi a rencontré Moscou. Pour lui, la paix.",
                "Pour Rafael Grossi et Moscou, rien pour l'instant.",
            ],
        }
    )
    mentions = pd.DataFrame({"doc_id": ["a", "b", "c"], "start": [21, 26, 24], "end": [27, 32, 30]})
    result = uncovered_names(corpus, mentions, min_articles=2)
    assert result["name"].tolist() == ["Rafael Grossi"]
    assert result["articles"].tolist() == [3]


def test_uncovered_names_leave_out_english_calendar_and_capitalised_ordinary_words():
    texts = [
        'On Sunday, he said: "The talks failed." We know it; we left on time. Mike Pence '
        "left in January. I'm sure, Dr Jones said.",
        'On Sunday, they said: "The plan works." We see the end. Mike Pence came back in May.'
        " I'm sure, Dr Smith said.",
    ]
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": texts})
    mentions = pd.DataFrame({"doc_id": pd.Series([], dtype=str), "start": [], "end": []})
    result = uncovered_names(corpus, mentions, min_articles=2)
    assert result["name"].tolist() == ["Mike Pence"]


@pytest.mark.integration
@pytest.mark.parametrize("command", ["mentions", "counts"])
def test_command_line_writes_csv_with_the_documented_columns(command, tmp_path):
    out = tmp_path / f"{command}.csv"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            command,
            str(config.ROOT / "tests" / "data" / "seed"),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "ANALYSIS_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(out)
    # The seed article's mentions (tests/test_seed_article.py): two titled persons absorb
    # the demonym of their title.
    if command == "mentions":
        assert table.columns.tolist() == MENTION_COLUMNS
        assert len(table) == 34
    else:
        assert table.columns.tolist()[:3] == ["actor_id", "actor_name", "mentions"]
        assert table.set_index("actor_id").loc["PRK", "mentions"] == 9


@pytest.mark.integration
def test_command_line_counts_within_a_month_range(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, month, text in [
        ("001_a.txt", "2023-06", "Moscou a répondu."),
        ("002_b.txt", "2023-07", "Pyongyang et Moscou ont signé."),
        ("003_c.txt", "2023-08", "Séoul a protesté auprès de Pyongyang."),
    ]:
        (corpus / name).write_text(f" date {month} Photo : AFP\n\n{text}", encoding="utf-8")

    def run(*options: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "analysis", "counts", str(corpus), "--by", "country",
             *options],
            capture_output=True,
            text=True,
            env={**os.environ, "ANALYSIS_CACHE_DIR": str(tmp_path / "cache")},
        )  # fmt: skip

    result = run("--from", "2023-07", "--out", str(tmp_path / "range.csv"))
    assert result.returncode == 0, result.stderr
    assert "2 of 3 articles from 2023-07 to the last month" in result.stderr
    counts = pd.read_csv(tmp_path / "range.csv").set_index("actor_id")
    assert counts["mentions"].to_dict() == {"PRK": 2, "RUS": 1, "KOR": 1}
    assert set(counts["n_articles"]) == {2}
    # By month, the months asked for are all there, those without articles as gaps.
    by_month = run("--by", "month", "--from", "2023-05", "--to", "2023-09")
    assert by_month.returncode == 0, by_month.stderr
    months = pd.read_csv(io.StringIO(by_month.stdout))
    prk = months[months["actor_id"] == "PRK"].set_index("period")
    assert prk.index.tolist() == ["2023-05", "2023-06", "2023-07", "2023-08", "2023-09"]
    assert prk["gap"].tolist() == [True, False, False, False, True]
    assert prk["mentions"].tolist() == [0, 0, 1, 1, 0]
    assert run("--from", "2023-7").returncode == 2
    reversed_range = run("--from", "2023-08", "--to", "2023-07")
    assert reversed_range.returncode == 2
    assert "reversed" in reversed_range.stderr


def test_a_state_reached_only_through_its_people_is_named_from_the_dictionary_used(tmp_path):
    from analysis.mentions import find_mentions
    from analysis.timeline import actor_timeline

    dictionary = tmp_path / "actors.yaml"
    dictionary.write_text(
        "version: 1\n"
        "actors:\n"
        "  - id: XZL\n"
        "    name: Zedland\n"
        "    type: state\n"
        "    aliases:\n"
        "      name: [Zedland]\n"
        "  - id: zed-leader\n"
        "    name: Zed Leader\n"
        "    type: person\n"
        "    country: XZL\n"
        "    aliases:\n"
        "      leader: [Zed Leader]\n",
        encoding="utf-8",
    )
    corpus = pd.DataFrame(
        {
            "doc_id": ["a"],
            "text": ["Zed Leader a rencontré Kim Jong-un."],
            "n_words": [6],
            "month": pd.PeriodIndex(["2023-07"], freq="M"),
        }
    )
    mentions = find_mentions(corpus, dictionary)
    assert "XZL" not in set(mentions["actor_id"].astype(str))  # only through its leader
    counts = count_mentions(mentions, corpus, by="country").set_index("actor_id")
    assert counts.loc["XZL", "actor_name"] == "Zedland"
    assert counts.loc["PRK", "actor_name"] == "North Korea"
    timeline = actor_timeline(mentions, corpus, level="country")
    assert set(timeline["actor_name"].astype(str)) == {"Zedland", "North Korea"}


_PAIR_ACTORS = {
    "RUS": ("Russia", "RUS"),
    "PRK": ("North Korea", "PRK"),
    "kim-jong-un": ("Kim Jong-un", "PRK"),
    "UN": ("United Nations", None),
}


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c"]),
            st.integers(0, 3),
            st.sampled_from(sorted(_PAIR_ACTORS)),
        ),
        max_size=30,
    ),
    unit=st.sampled_from(["sentence", "article"]),
    level=st.sampled_from(["actor", "country"]),
    categorical=st.booleans(),
)
def test_co_mentions_are_those_of_a_plain_self_join(rows, unit, level, categorical):
    mentions = pd.DataFrame(
        [
            {
                "doc_id": doc,
                "sentence_id": sentence,
                "actor_id": actor,
                "actor_name": _PAIR_ACTORS[actor][0],
                "country": _PAIR_ACTORS[actor][1],
            }
            for doc, sentence, actor in rows
        ],
        columns=["doc_id", "sentence_id", "actor_id", "actor_name", "country"],
    )
    if categorical:  # as find_mentions gives them
        mentions = mentions.astype({"doc_id": "category", "actor_id": "category"})
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "n_words": [10, 10, 10]})
    result = co_mentions(mentions, articles, unit=unit, level=level)
    units = ["doc_id"] if unit == "article" else ["doc_id", "sentence_id"]
    keyed = mentions.assign(key=actor_key(mentions, level).astype(str), doc_id=mentions["doc_id"])
    keyed = keyed.astype({"doc_id": str})[[*units, "key"]].drop_duplicates()
    pairs = keyed.merge(keyed, on=units)
    pairs = pairs[pairs["key_x"] < pairs["key_y"]]
    expected = pairs.groupby(["key_x", "key_y"]).size().to_dict()
    found = {(s, t): n for s, t, n in result[["source", "target", "n"]].itertuples(index=False)}
    assert found == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-(2**62), 2**62), max_size=50))
def test_sorted_unique_is_np_unique(values):
    array = np.array(values, dtype=np.int64)
    assert sorted_unique(array).tolist() == np.unique(array).tolist()


def test_a_month_window_applies_to_monthly_counts_only(mentions, corpus):
    with pytest.raises(ValueError, match="start and end set the periods"):
        count_mentions(mentions, corpus, by="actor", start="2023-07")
