"""`Study.relations`: found once over the corpus with the settings' voice, kept for the months."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.study import open_study

FILES = {
    "001_a.txt": " date 2023-07\n\nThe United States accused Russia of supplying weapons to "
    "North Korea.",
    "002_b.txt": " date 2023-09\n\nThe Department condemned Russia.",
    "corpus.yaml": "label: releases\nvoice: USA\n",
}


@pytest.fixture
def corpus(make_corpus, cache_dir):
    return make_corpus(FILES)


def _triples(relations: pd.DataFrame) -> set[tuple[str, str, str]]:
    columns = ["source_country", "type", "target_country"]
    return {tuple(row) for row in relations[columns].astype(str).to_numpy()}


def test_the_relations_speak_with_the_settings_voice(corpus):
    study = open_study(corpus, notebook="test")
    result = study.relations(method="rules")
    assert ("USA", "ACCUSE", "RUS") in _triples(result)
    assert ("RUS", "AID", "PRK") in _triples(result)
    # "The Department" is the voice of the settings: the United States.
    assert set(result["doc_id"].astype(str)) == {"001_a", "002_b"}
    assert result.attrs == {"voice": "USA", "method": "rules"}
    silent = study.relations(voice="", method="rules")
    assert set(silent["doc_id"].astype(str)) == {"001_a"}
    assert silent.attrs["voice"] is None


def test_the_relations_follow_the_month_range_and_are_found_once(corpus, cache_dir):
    study = open_study(corpus, notebook="test", start="2023-09")
    result = study.relations(method="rules")
    assert set(result["doc_id"].astype(str)) == {"002_b"}
    assert list((cache_dir / "relations").rglob("*.parquet"))
    whole = open_study(corpus, notebook="test")
    # Another month range reads the same cache: the whole corpus was found the first time.
    assert len(whole.relations(method="rules")) > len(result)
    study.all_articles = None  # a second call must not search again
    pd.testing.assert_frame_equal(study.relations(method="rules"), result)


def test_names_of_actor_ids(corpus):
    study = open_study(corpus, notebook="test")
    assert study.names_of(["USA", "RUS", "USA", "nobody"]) == {
        "USA": "United States",
        "RUS": "Russia",
        "nobody": "nobody",
    }
