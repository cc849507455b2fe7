"""Relations counted per dyad, type and period; the cooperation-conflict score; evidence."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.dyads import (
    QUAD_CLASSES,
    RELATION_TYPES,
    cooperation_conflict,
    dyad_counts,
    relation_evidence,
    relation_network,
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
