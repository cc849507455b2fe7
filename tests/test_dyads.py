"""Relations counted per dyad, type and period; the cooperation-conflict score; evidence."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.dyads import (
    QUAD_CLASSES,
    RELATION_TYPES,
    STATUSES,
    cooperation_conflict,
    count_evidence,
    dyad_counts,
    dyads_with_first,
    keep_dyads,
    leading_types,
    relation_breakdown,
    relation_evidence,
    relation_network,
    top_dyad,
)

TEXTS = {
    "a": "Les Etats-Unis accusent la Russie de soutenir la Corée du Nord.",
    "b": "Moscou aide Pyongyang.",
    "c": "Washington et Séoul ont condamné Pyongyang.",
}


@pytest.fixture
def articles():
    return pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "month": pd.PeriodIndex(["2023-07", "2023-07", "2023-09", "2023-09"], freq="M"),
            "text": [TEXTS["a"], TEXTS["b"], TEXTS["c"], "Rien."],
        }
    )


def relation(doc, source, target, kind, status, trigger, text_of=TEXTS):
    text = text_of[doc]
    start = text.index(trigger)
    source_start = text.index(source[1])
    target_start = text.index(target[1])
    return {
        "doc_id": doc,
        "sentence_id": 0,
        "source": source[0],
        "target": target[0],
        "source_country": source[0],
        "target_country": target[0],
        "source_start": source_start,
        "source_end": source_start + len(source[1]),
        "target_start": target_start,
        "target_end": target_start + len(target[1]),
        "type": kind,
        "status": status,
        "trigger_start": start,
        "trigger_end": start + len(trigger),
        "trigger": trigger,
        "language": "fr",
    }


@pytest.fixture
def relations():
    return pd.DataFrame(
        [
            relation(
                "a", ("USA", "Etats-Unis"), ("RUS", "Russie"), "ACCUSE", "asserted", "accusent"
            ),
            relation(
                "a", ("RUS", "Russie"), ("PRK", "Corée du Nord"), "SUPPORT", "alleged", "soutenir"
            ),
            relation("b", ("RUS", "Moscou"), ("PRK", "Pyongyang"), "AID", "asserted", "aide"),
            relation(
                "c", ("USA", "Washington"), ("PRK", "Pyongyang"), "ACCUSE", "asserted", "condamné"
            ),
            relation("c", ("KOR", "Séoul"), ("PRK", "Pyongyang"), "ACCUSE", "asserted", "condamné"),
        ]
    )


def test_every_type_has_a_class():
    assert set(QUAD_CLASSES) == set(RELATION_TYPES)


def test_counts_keep_only_asserted_relations_by_default(relations, articles):
    result = dyad_counts(relations, articles)
    assert ("RUS", "PRK", "SUPPORT") not in set(
        zip(result["source"], result["target"], result["type"], strict=True)
    )
    assert result["relations"].sum() == 4


def test_counts_by_period_include_gaps_and_bases(relations, articles):
    result = dyad_counts(relations, articles, by="month", types=["AID"])
    assert result["period"].astype(str).tolist() == ["2023-07", "2023-08", "2023-09"]
    assert result["relations"].tolist() == [1, 0, 0]
    assert result["n_articles"].tolist() == [2, 0, 2]
    assert result["gap"].tolist() == [False, True, False]


@pytest.mark.parametrize("subset", [["a"], ["b", "c"], ["a", "c", "d"], []])
def test_a_subset_counts_only_its_relations(relations, articles, subset):
    part = articles[articles["doc_id"].isin(subset)]
    result = dyad_counts(relations, part)
    expected = dyad_counts(relations[relations["doc_id"].isin(subset)], part)
    pd.testing.assert_frame_equal(result, expected)
    assert result.attrs["n_relations_outside"] == (~relations["doc_id"].isin(subset)).sum()


def test_cooperation_conflict_scores(relations, articles):
    result = cooperation_conflict(relations, articles, statuses=["asserted", "alleged"])
    rus_prk = result[(result["source"] == "RUS") & (result["target"] == "PRK")]
    # July: SUPPORT (+1) alleged and AID (+2) asserted.
    assert rus_prk["score"].iloc[0] == pytest.approx(1.5)
    usa_prk = result[(result["source"] == "USA") & (result["target"] == "PRK")]
    assert usa_prk.set_index(usa_prk["period"].astype(str)).loc["2023-09", "score"] == -1.0


def test_network_of_one_type_is_directed(relations, articles):
    graph = relation_network(relations, articles, types=["ACCUSE"])
    assert set(graph.edges) == {("USA", "RUS"), ("USA", "PRK"), ("KOR", "PRK")}
    assert graph.nodes["PRK"]["in_weight"] == 2


def test_evidence_marks_trigger_and_actors(relations, articles):
    result = relation_evidence(relations, articles, source="USA", types=["ACCUSE"])
    assert result["marked"].tolist()[0] == "<<Etats-Unis>> [[accusent]] la {{Russie}}"
    assert len(result) == 2


def test_unknown_status_is_refused(relations, articles):
    with pytest.raises(ValueError, match="status"):
        dyad_counts(relations, articles, statuses=["rumoured"])


def test_the_dyads_of_interest_are_the_first_country_with_each_other_both_ways():
    assert dyads_with_first(["KOR", "JPN", "CHN"]) == [
        ("KOR", "JPN"),
        ("JPN", "KOR"),
        ("KOR", "CHN"),
        ("CHN", "KOR"),
    ]
    assert dyads_with_first([]) == []


def test_keeping_dyads_keeps_their_rows_in_each_direction(relations, articles):
    counts = dyad_counts(relations, articles, by="month")
    result = keep_dyads(counts, [("USA", "PRK"), ("PRK", "USA")])
    assert set(zip(result["source"], result["target"], strict=True)) == {("USA", "PRK")}
    assert list(result.columns) == list(counts.columns)
    nothing = keep_dyads(counts, [("JPN", "KOR")])
    assert nothing.empty and list(nothing.columns) == list(counts.columns)


def test_scores_of_dyads_without_relations_are_an_empty_table(relations, articles):
    result = cooperation_conflict(relations, articles, dyads=[("JPN", "KOR")])
    assert result.empty
    assert {"period", "source", "target", "score"} <= set(result.columns)


def test_the_breakdown_counts_every_status_of_each_type(relations, articles):
    result = relation_breakdown(relations, articles)
    assert list(result.columns) == ["type", *STATUSES, "total"]
    assert result.set_index("type")["total"].to_dict() == {"ACCUSE": 3, "AID": 1, "SUPPORT": 1}
    assert result.set_index("type").loc["SUPPORT", "alleged"] == 1
    assert result.attrs["n_articles_with_relations"] == 3
    only_b = relation_breakdown(relations, articles[articles["doc_id"] == "b"])
    assert only_b["type"].tolist() == ["AID"]
    assert only_b.attrs["n_relations_outside"] == 4


def test_the_top_count_and_its_evidence(relations, articles):
    counts = dyad_counts(relations, articles)
    assert top_dyad(counts) == ("KOR", "ACCUSE", "PRK")  # all tie at 1: the first by name
    chosen = keep_dyads(counts, dyads_with_first(["USA", "PRK"]))
    top = top_dyad(chosen)
    assert top == ("USA", "ACCUSE", "PRK")
    evidence = count_evidence(relations, articles, top)
    assert evidence["marked"].tolist() == ["<<Washington>> et Séoul ont [[condamné]] {{Pyongyang}}"]
    assert count_evidence(relations, articles, None).empty


def test_the_leading_types_are_one_of_conflict_and_one_of_cooperation(relations, articles):
    counts = dyad_counts(relations, articles, statuses=None)
    assert leading_types(counts) == ["ACCUSE", "AID"]
    assert leading_types(counts[counts["type"] == "ACCUSE"]) == ["ACCUSE"]
