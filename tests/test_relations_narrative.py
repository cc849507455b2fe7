"""The headings and readings of the relations notebook come from its parameters and results,
and say so when there is nothing to read."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from analysis import relations_narrative as narrative
from analysis.dyads import (
    QUAD_CLASSES,
    cooperation_conflict,
    dyad_counts,
    dyads_with_first,
    keep_dyads,
    relation_breakdown,
    relation_network,
)

NAMES = {"USA": "United States", "PRK": "North Korea", "JPN": "Japan", "KOR": "South Korea"}


def _relations(rows):
    """Relation rows (doc, source, target, type, status) with the columns the counts need."""
    columns = ["doc_id", "source", "target", "source_country", "target_country", "type", "status"]
    return pd.DataFrame(
        [
            {
                "doc_id": doc,
                "source": source,
                "target": target,
                "source_country": source,
                "target_country": target,
                "type": kind,
                "status": status,
            }
            for doc, source, target, kind, status in rows
        ],
        columns=columns,
    )


@pytest.fixture
def articles():
    return pd.DataFrame(
        {
            "doc_id": list("abcdef"),
            "month": pd.PeriodIndex(
                ["2023-01", "2023-02", "2023-04", "2023-05", "2023-05", "2023-10"], freq="M"
            ),
        }
    )


@pytest.fixture
def relations():
    return _relations(
        [
            ("a", "USA", "PRK", "ACCUSE", "asserted"),
            ("a", "USA", "PRK", "SANCTION", "asserted"),
            ("b", "USA", "PRK", "ACCUSE", "asserted"),
            ("c", "USA", "PRK", "ACCUSE", "alleged"),
            ("d", "PRK", "USA", "THREATEN", "asserted"),
            ("e", "JPN", "KOR", "AGREE", "future"),
        ]
    )


NO_RELATIONS = _relations([])


def test_every_type_reads_as_a_question():
    assert set(narrative.TYPE_VERBS) == set(QUAD_CLASSES)
    assert narrative.type_question("ASSAULT") == "Who attacks whom?"


def test_the_relation_summary_counts_statuses_and_types(relations, articles):
    breakdown = relation_breakdown(relations, articles)
    result = narrative.relations_reading(breakdown, statuses=["asserted"], voice="USA", names=NAMES)
    assert "The 6 articles state 6 relations between two actors, in 5 articles (83 %)" in result
    assert "4 asserted, 1 alleged and 1 future" in result
    assert "The most frequent types are ACCUSE (3), AGREE (1) and SANCTION (1)." in result
    assert "The counts below keep the asserted relations: 4." in result
    assert "The publisher speaks as United States" in result


def test_the_summary_of_one_type_says_all(relations, articles):
    breakdown = relation_breakdown(relations, articles, types=["ACCUSE"])
    result = narrative.relations_reading(breakdown, statuses=["asserted", "alleged"])
    assert "All are of type ACCUSE (3)." in result
    assert "the asserted and alleged relations: 3" in result
    none_kept = narrative.relations_reading(breakdown, statuses=["negated"])
    assert "keep the negated relations: there are none, so they are empty." in none_kept


def test_no_relation_at_all_is_said_everywhere(articles):
    breakdown = relation_breakdown(NO_RELATIONS, articles)
    assert narrative.relations_reading(breakdown) == (
        "None of the 6 articles states a relation between two actors, so the tables and "
        "figures below are empty."
    )
    counts = dyad_counts(NO_RELATIONS, articles, by="Q")
    dyads = dyads_with_first(["USA", "PRK"])
    result = narrative.dyad_reading(keep_dyads(counts, dyads), dyads, NAMES)
    assert result.startswith("No asserted relation between United States and North Korea")
    graph = relation_network(NO_RELATIONS, articles, types=["ACCUSE"])
    assert "there is no network to draw" in narrative.network_reading(graph, "ACCUSE")
    scores = cooperation_conflict(NO_RELATIONS, articles, unit="Q", dyads=dyads)
    assert narrative.cooperation_reading(scores) == "No relation of the dyads of interest to score."
    assert narrative.evidence_heading(None) == "## No relation, no evidence"
    assert "no evidence to read" in narrative.evidence_reading(pd.DataFrame(), None)


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        (["USA", "PRK", "JPN"], "## United States with North Korea and Japan, both ways"),
        (["KOR", "XYZ"], "## South Korea with XYZ, both ways"),
        (["JPN"], "## Japan alone: no dyad to draw (give two countries or more)"),
        ([], "## No country given: no dyad to draw"),
    ],
)
def test_the_dyad_heading_follows_the_countries(countries, expected):
    assert narrative.dyad_heading(countries, NAMES) == expected


def test_each_dyad_is_read_with_its_types_and_busiest_period(relations, articles):
    counts = dyad_counts(relations, articles, by="Q", statuses=["asserted", "alleged"])
    dyads = dyads_with_first(["USA", "PRK"])
    result = narrative.dyad_reading(keep_dyads(counts, dyads), dyads, NAMES, unit="Q")
    lines = result.splitlines()
    assert lines[0] == (
        "- United States → North Korea: 4 asserted and alleged relations, mostly ACCUSE (3) "
        "and SANCTION (1); most in 2023Q1 (3 relations, in a quarter of 2 articles), a hint "
        "rather than a trend."
    )
    assert lines[1] == (
        "- North Korea → United States: 1 asserted and alleged relation, THREATEN; in 2023Q2 "
        "(a quarter of 3 articles), a hint rather than a trend."
    )


def test_a_dyad_without_relations_is_listed_as_such(relations, articles):
    counts = dyad_counts(relations, articles, by="M")
    dyads = dyads_with_first(["USA", "PRK", "JPN"])
    result = narrative.dyad_reading(keep_dyads(counts, dyads), dyads, NAMES)
    assert result.splitlines()[-1] == (
        "- No asserted relation from United States to Japan and from Japan to United States."
    )
    assert "Japan" not in "".join(result.splitlines()[:-1])


def test_the_network_reading_names_the_busiest_source_and_target(relations, articles):
    graph = relation_network(relations, articles, types=["ACCUSE"], statuses=None)
    result = narrative.network_reading(graph, "ACCUSE", NAMES)
    assert result == (
        "3 ACCUSE relations among 2 actors, along 1 arrow. United States accuses others most "
        "often (3, North Korea above all); North Korea is accused most often (3)."
    )


def test_tied_sources_are_not_ranked_arbitrarily():
    graph = nx.DiGraph()
    for source in ("USA", "JPN", "KOR", "CHN"):
        graph.add_edge(source, "PRK", weight=1)
    result = narrative.network_reading(graph, "SUPPORT", NAMES)
    assert "The most frequent sources are CHN, Japan, South Korea and 1 other (1 each)" in result
    assert "North Korea is backed most often (4)" in result


def test_the_cooperation_reading_gives_the_balance_and_its_range(relations, articles):
    scores = cooperation_conflict(
        relations, articles, unit="Q", statuses=None,
        dyads=[*dyads_with_first(["USA", "PRK"]), ("JPN", "KOR")],
    )  # fmt: skip
    result = narrative.cooperation_reading(scores, NAMES).splitlines()
    assert result[0] == (
        "- United States → North Korea: on balance verbal conflict (mean −1.25 over 4 "
        "relations); from −1.33 in 2023Q1 (3 relations; fewer than 5 articles that quarter, "
        "a hint) to −1.00 in 2023Q2 (1 relation; fewer than 5 articles that quarter, a hint)."
    )
    assert result[1] == (
        "- Japan → South Korea: on balance verbal cooperation (mean +1.00 over 1 relation)."
    )
    assert result[2].startswith("- North Korea → United States: on balance verbal conflict")


def test_the_evidence_reading_says_where_the_count_comes_from():
    evidence = pd.DataFrame({"doc_id": ["a", "b"], "type": ["ACCUSE"] * 2})
    top = ("USA", "ACCUSE", "PRK")
    assert narrative.evidence_heading(top, NAMES) == (
        "## The sentences behind the highest count: United States ACCUSE North Korea"
    )
    chosen = narrative.evidence_reading(evidence, top, NAMES)
    assert "among the dyads of interest" in chosen
    assert "2 sentences in 2 articles" in chosen
    fallback = narrative.evidence_reading(evidence, top, NAMES, of_interest=False)
    assert "of the corpus" in fallback
    assert "None of the dyads of interest has a relation" in fallback


def test_titles_and_headings_name_only_the_countries_given():
    result = [
        narrative.dyads_title(["JPN", "KOR"], NAMES, "relations", unit="M"),
        narrative.cooperation_heading(["JPN", "KOR"], NAMES),
        narrative.dyad_heading(["JPN", "KOR"], NAMES),
    ]
    assert result[0] == "Japan with South Korea: relations per month"
    for text in result:
        assert "United States" not in text and "North Korea" not in text
