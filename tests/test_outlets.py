"""Outlets: credit spellings brought to one name, and coverage counted per outlet by the core."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.counts import count_mentions
from analysis.outlets import (
    NO_CREDIT,
    OTHER_OUTLETS,
    CreditMappingError,
    credit_mapping,
    normalise_credits,
    outlet_coverage,
    outlet_table,
    read_credit_file,
    with_outlets,
)
from analysis.study import open_study


@pytest.mark.parametrize(
    "credit",
    ["Yonhap", "YONHAP News", "Yonhap News Agency", "yonhap-news", "  YONHAP   News ", "연합뉴스"],
)
def test_the_spellings_of_yonhap_are_one_outlet(credit):
    assert credit_mapping().normalise(credit) == "Yonhap"


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("YONHAP News / AFP", "Yonhap / AFP"),  # several sources: each part mapped
        ("AFP / Agence France-Presse", "AFP"),  # the same outlet twice
        ("Pool / Reuters", "Reuters"),  # "Pool" says nothing of the outlet
        ("Pool", "Pool"),  # ... unless nothing else is left
        ("KCNA via KNS", "KCNA"),
        ("Le  Monde", "Le Monde"),  # unknown: its own wording, spaces tidied
        ("", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_credit_normalisation(credit, expected):
    assert credit_mapping().normalise(credit) == expected


def test_settings_credits_win_over_the_packaged_mapping():
    mapping = credit_mapping({"YONHAP News": "Yonhap News Agency", "Photo Kim": "Kim Studio"})
    assert mapping.normalise("Yonhap news") == "Yonhap News Agency"
    assert mapping.normalise("photo kim") == "Kim Studio"
    assert mapping.normalise("AFP") == "AFP"  # the rest of the packaged mapping stays
    # A spelling given in the settings is no longer ignored.
    assert credit_mapping({"Pool": "Pool photographers"}).normalise("Pool / AFP") == (
        "Pool photographers / AFP"
    )


def test_a_mapping_file_of_ones_own(tmp_path):
    path = tmp_path / "credits.yaml"
    path.write_text("outlets:\n  Le Monde: [LM, Le Monde.fr]\nignore: [DR]\n", encoding="utf-8")
    mapping = read_credit_file(path)
    assert mapping.normalise("le monde fr") == "Le Monde"
    assert mapping.normalise("LM / DR") == "Le Monde"
    assert mapping.normalise("Yonhap") == "Yonhap"  # not in this file: as written


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("outlets: [a, b]\n", "expected 'outlets:'"),
        ("outlets:\n  AFP: {x: 1}\n", "must list its spellings"),
        ("outlets:\n  AFP: [1]\n", "is not text"),
        ("ignore: Pool\n", "'ignore:' must be a list"),
        ("outlets: [\n", "cannot read"),
    ],
)
def test_a_bad_mapping_file_says_what_is_wrong(tmp_path, text, message):
    path = tmp_path / "credits.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CreditMappingError, match=message):
        read_credit_file(path)


def test_normalise_credits_keeps_the_index_and_missing_values():
    credits = pd.Series(["YONHAP News", None, "Yonhap"], index=[10, 11, 12], dtype="string")
    result = normalise_credits(credits)
    assert result.index.tolist() == [10, 11, 12]
    assert result.dtype == "string"
    assert result.isna().tolist() == [False, True, False]


def test_an_unknown_outlet_column_names_the_columns():
    with pytest.raises(ValueError, match=r"'publisher' is not a column.*credit"):
        with_outlets(pd.DataFrame({"doc_id": ["a"], "credit": ["AFP"]}), column="publisher")


def test_any_article_column_can_name_the_outlet():
    articles = pd.DataFrame({"doc_id": ["a", "b"], "site": ["Yonhap News Agency", "YONHAP"]})
    assert with_outlets(articles, column="site")["outlet"].tolist() == ["Yonhap", "Yonhap"]


@pytest.fixture(scope="module")
def sample():
    return open_study(notebook="test-outlets")


def test_the_sample_outlets_merge_spellings_and_keep_every_article(sample):
    articles = sample.outlet_articles()
    table = outlet_table(articles)
    assert table["articles"].sum() == len(articles)
    yonhap = table[table["outlet"] == "Yonhap"]
    assert set(yonhap["credit"]) == {"YONHAP News", "Yonhap"}
    assert "YONHAP News" not in set(articles["outlet"].dropna())


def test_outlet_coverage_is_the_core_count_by_outlet(sample):
    articles = sample.outlet_articles()
    result = outlet_coverage(sample.mentions, articles, top_countries=3, top_outlets=4)
    assert result.attrs["n_articles"] == len(articles)
    outlets = list(dict.fromkeys(result["outlet"]))
    assert outlets[:4] == ["Yonhap", "AFP", "KCNA", "Reuters"]  # largest first
    assert set(outlets[4:]) <= {OTHER_OUTLETS, NO_CREDIT}
    # Every article is in one group: the outlets' N add up to the corpus.
    assert result.drop_duplicates("outlet")["n_articles"].sum() == len(articles)
    # The numbers are those of count_mentions by the outlet column.
    yonhap = articles[articles["outlet"] == "Yonhap"]
    expected = count_mentions(sample.mentions, yonhap, by="country").set_index("actor_id")
    for row in result[result["outlet"] == "Yonhap"].itertuples():
        assert row.articles_mentioning == expected.loc[row.actor_id, "articles"]
        assert row.n_articles == len(yonhap)
        assert row.share_of_articles == pytest.approx(
            expected.loc[row.actor_id, "share_of_articles"]
        )


def test_outlet_coverage_of_chosen_countries_keeps_their_order(sample):
    result = outlet_coverage(sample.mentions, sample.outlet_articles(), countries=["IRN", "RUS"])
    assert list(dict.fromkeys(result["actor_id"])) == ["RUS"]  # Iran is never mentioned
    assert result.attrs["countries"] == ["IRN", "RUS"]


def test_the_corpus_settings_choose_the_column_and_add_spellings(make_corpus, cache_dir):
    corpus = make_corpus(
        {
            "001_a.txt": " date 2023-07 Photo : Agence Yonhap\n\nMoscou a répondu.",
            "002_b.txt": " date 2023-07 Photo : YONHAP News\n\nSéoul a répondu.",
            "corpus.yaml": "label: two articles\ncredits:\n  Agence Yonhap: Yonhap\n",
        }
    )
    study = open_study(corpus, notebook="test-outlets")
    assert study.outlet_articles()["outlet"].tolist() == ["Yonhap", "Yonhap"]
    with pytest.raises(ValueError, match="'source' is not a column"):
        open_study(corpus, notebook="test-outlets", outlet="source").outlet_articles()


def test_a_table_corpus_may_name_its_own_outlet_column(tmp_path, cache_dir):
    table = tmp_path / "articles.csv"
    pd.DataFrame(
        {
            "text": ["Moscou a répondu.", "Séoul a répondu.", "Tokyo a répondu."],
            "date": ["2023-07", "2023-07", "2023-08"],
            "credit": ["AFP", "AFP", "AFP"],
            "publisher": ["Yonhap News Agency", "YONHAP", "Kyodo News"],
        }
    ).to_csv(table, index=False)
    (tmp_path / "articles.corpus.yaml").write_text("outlet: publisher\n", encoding="utf-8")
    study = open_study(table, notebook="test-outlets")
    assert study.outlet_articles()["outlet"].tolist() == ["Yonhap", "Yonhap", "Kyodo"]
    # The notebooks' parameter does the same without a settings file.
    (tmp_path / "articles.corpus.yaml").unlink()
    study = open_study(table, notebook="test-outlets", outlet="publisher")
    assert study.outlet_articles()["outlet"].tolist() == ["Yonhap", "Yonhap", "Kyodo"]
    assert (
        open_study(table, notebook="test-outlets").outlet_articles()["outlet"].tolist()
        == ["AFP"] * 3
    )
