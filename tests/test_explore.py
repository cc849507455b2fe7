"""Tests of analysis.explore: the filter layer against hand-computed values and against the
library functions it must agree with, then the widgets driven programmatically.

The hand-built corpus (``min_articles`` is 5, so every month is a small one):

======  =======  =====  ======  =======  ============================================
doc_id  month    lang   credit  n_words  mentions (sentence: matched kind actor)
======  =======  =====  ======  =======  ============================================
a       2023-01  fr     YONHAP  100      0: Corée du Nord name PRK, Pyongyang capital PRK
                                         1: Kim Jong-un leader kim-jong-un, Russie name RUS
b       2023-01  en     AFP     200      0: Russia name RUS, North Korea name PRK
                                         1: Moscow capital RUS
c       2023-02  fr     YONHAP  100      0: Kremlin institution kremlin, Séoul capital KOR
d       2023-04  fr     (none)  50       0: Séoul capital KOR, Washington capital USA
e       (none)   fr     AFP     80       0: Moscou capital RUS
======  =======  =====  ======  =======  ============================================

March 2023 has no article (a gap); ``e`` has no date. ``kim-jong-un`` and ``kremlin`` count
for PRK and RUS at ``level="country"``.
"""

from __future__ import annotations

import json
import re
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.corpus import load_corpus
from analysis.counts import actor_key, co_mention_matrix, co_mentions, count_mentions
from analysis.explore import (
    EMPTY_MESSAGE,
    NO_CREDIT,
    NOTEBOOK_NAME,
    ExplorerData,
    Filters,
    code_for,
    explore,
    export_name,
)
from analysis.measures import wilson_interval
from analysis.mentions import KINDS, find_mentions
from analysis.sample import write_corpus
from analysis.text import fold
from analysis.timeline import actor_timeline

ACTORS = {
    "PRK": ("North Korea", "PRK"),
    "RUS": ("Russia", "RUS"),
    "KOR": ("South Korea", "KOR"),
    "USA": ("United States", "USA"),
    "kim-jong-un": ("Kim Jong-un", "PRK"),
    "kremlin": ("Kremlin", "RUS"),
}

ARTICLES = [
    # doc_id, month, language, credit, n_words, text, [(sentence, matched, kind, actor)]
    (
        "a",
        "2023-01",
        "fr",
        "YONHAP",
        100,
        "La Corée du Nord salue Pyongyang. Kim Jong-un remercie la Russie.",
        [
            (0, "Corée du Nord", "name", "PRK"),
            (0, "Pyongyang", "capital", "PRK"),
            (1, "Kim Jong-un", "leader", "kim-jong-un"),
            (1, "Russie", "name", "RUS"),
        ],
    ),
    (
        "b",
        "2023-01",
        "en",
        "AFP",
        200,
        "Russia and North Korea met. Moscow agreed.",
        [
            (0, "Russia", "name", "RUS"),
            (0, "North Korea", "name", "PRK"),
            (1, "Moscow", "capital", "RUS"),
        ],
    ),
    (
        "c",
        "2023-02",
        "fr",
        "YONHAP",
        100,
        "Le Kremlin répond à Séoul sur le nucléaire.",
        [(0, "Kremlin", "institution", "kremlin"), (0, "Séoul", "capital", "KOR")],
    ),
    (
        "d",
        "2023-04",
        "fr",
        None,
        50,
        "Séoul et Washington : Nucléaire !",
        [(0, "Séoul", "capital", "KOR"), (0, "Washington", "capital", "USA")],
    ),
    ("e", None, "fr", "AFP", 80, "Moscou sans date.", [(0, "Moscou", "capital", "RUS")]),
]


def make_corpus() -> pd.DataFrame:
    months = pd.PeriodIndex([row[1] for row in ARTICLES], freq="M")
    return pd.DataFrame(
        {
            "doc_id": pd.array([row[0] for row in ARTICLES], dtype="string"),
            "date": months.to_timestamp().astype("datetime64[ns]"),
            "month": months,
            "credit": pd.array([row[3] for row in ARTICLES], dtype="string"),
            "language": pd.Categorical([row[2] for row in ARTICLES]),
            "text": pd.array([row[5] for row in ARTICLES], dtype="string"),
            "n_words": pd.array([row[4] for row in ARTICLES], dtype="Int64"),
        }
    )


def make_mentions() -> pd.DataFrame:
    rows = []
    for doc_id, _, language, _, _, text, found in ARTICLES:
        position = 0
        for sentence, matched, kind, actor_id in found:
            start = text.index(matched, position)
            position = start + len(matched)
            name, country = ACTORS[actor_id]
            rows.append(
                {
                    "doc_id": doc_id,
                    "sentence_id": sentence,
                    "start": start,
                    "end": position,
                    "matched": matched,
                    "alias": matched,
                    "kind": kind,
                    "actor_id": actor_id,
                    "actor_name": name,
                    "actor_type": "state" if actor_id == country else "person",
                    "country": country,
                    "language": language,
                }
            )
    mentions = pd.DataFrame(rows)
    for column in ["doc_id", "alias", "actor_id", "actor_name", "actor_type", "country"]:
        mentions[column] = mentions[column].astype("category")
    mentions["kind"] = pd.Categorical(mentions["kind"], categories=list(KINDS))
    return mentions


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return make_corpus()


@pytest.fixture(scope="module")
def mentions() -> pd.DataFrame:
    return make_mentions()


@pytest.fixture(scope="module")
def data(corpus, mentions) -> ExplorerData:
    return ExplorerData(corpus, mentions)


def no_events() -> pd.DataFrame:
    return pd.DataFrame(columns=["date", "label", "actors", "source"])


@pytest.fixture
def app(corpus, mentions, tmp_path):
    return explore(corpus, mentions, events=no_events(), output_dir=tmp_path)


# --------------------------------------------------------------------------------------------
# Filters
# --------------------------------------------------------------------------------------------


def test_the_mention_offsets_of_the_test_corpus_point_at_the_matched_text(corpus, mentions):
    texts = dict(zip(corpus["doc_id"], corpus["text"], strict=True))
    result = [
        texts[d][s:e] for d, s, e in zip(mentions.doc_id, mentions.start, mentions.end, strict=True)
    ]
    assert result == mentions["matched"].tolist()


def test_filters_normalise_their_values():
    result = Filters(
        start=pd.Period("2023-07", freq="M"),
        actors=["RUS", "PRK", "RUS"],
        kinds="capital,name",
        keyword="  nucléaire ",
        languages=["fr"],
    )
    assert (result.start, result.actors, result.kinds, result.keyword, result.languages) == (
        "2023-07",
        ("RUS", "PRK"),
        ("name", "capital"),
        "nucléaire",
        ("fr",),
    )


@pytest.mark.parametrize(
    ("state", "message"),
    [
        ({"start": "2023-13"}, r"start='2023-13' is not a month; write it as YYYY-MM"),
        ({"kinds": ["name", "nickname"]}, r"Unknown alias kind\(s\) \['nickname'\]"),
        ({"level": "region"}, r"level='region' is not supported"),
        ({"measure": "words"}, r"measure='words' is not supported"),
        ({"actor": ["RUS"]}, r"Unknown filter key\(s\) \['actor'\]; the keys are"),
    ],
)
def test_invalid_states_are_refused_with_the_reason(state, message):
    with pytest.raises(ValueError, match=message):
        Filters.from_dict(state)


months = st.one_of(st.none(), st.sampled_from(["2022-01", "2023-07", "2025-12"]))
texts = st.lists(st.text(min_size=1, max_size=8), max_size=3)


@given(
    start=months,
    end=months,
    actors=texts,
    level=st.sampled_from(["actor", "country"]),
    kinds=st.sets(st.sampled_from(KINDS)),
    keyword=st.text(max_size=12),
    languages=st.one_of(st.none(), texts),
    credits=st.one_of(st.none(), texts),
    measure=st.sampled_from(["mentions", "per_1k_words", "share_of_articles"]),
    focus=st.one_of(st.none(), st.text(max_size=6)),
)
def test_filters_survive_a_json_round_trip(
    start, end, actors, level, kinds, keyword, languages, credits, measure, focus
):
    filters = Filters(
        start=start,
        end=end,
        actors=actors,
        level=level,
        kinds=kinds,
        keyword=keyword,
        languages=languages,
        credits=credits,
        measure=measure,
        focus=focus,
    )
    result = Filters.from_dict(json.loads(json.dumps(filters.to_dict())))
    assert result == filters


# --------------------------------------------------------------------------------------------
# ExplorerData.view against hand-computed values
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), (5, 12)),
        (Filters(start="2023-01", end="2023-02"), (3, 9)),
        (Filters(start="2023-02"), (2, 4)),
        (Filters(actors=("RUS",)), (3, 4)),
        (Filters(actors=("RUS",), level="country"), (4, 5)),
        (Filters(actors=("PRK",), level="country"), (2, 4)),
        (Filters(actors=("PRK", "KOR")), (4, 5)),
        (Filters(kinds=("capital",)), (5, 6)),
        (Filters(kinds=("capital",), actors=("RUS",)), (2, 2)),
        (Filters(keyword="nucléaire"), (2, 4)),
        (Filters(keyword="NUCLÉ"), (2, 4)),
        (Filters(keyword="kim jong-un"), (1, 4)),
        (Filters(languages=("en",)), (1, 3)),
        (Filters(credits=(NO_CREDIT,)), (1, 2)),
        (Filters(credits=("AFP",), actors=("RUS",)), (2, 3)),
    ],
)
def test_articles_and_mentions_in_view(data, filters, expected):
    view = data.view(filters)
    result = (view.n_articles, view.n_mentions)
    assert result == expected
    assert (
        view.counts_text() == f"Articles in view: {expected[0]} · Mentions in view: {expected[1]}"
    )
    assert view.message == ""


@pytest.mark.parametrize(
    ("filters", "reason"),
    [
        (Filters(start="2023-03", end="2023-03"), "The corpus covers 2023-01 to 2023-04"),
        (Filters(keyword="cléaire"), "clear the keyword"),
        (Filters(kinds=("epithet",), actors=("RUS",)), "alias kinds"),
        (Filters(start="2023-04", end="2023-01"), "the range starts (2023-04) after it ends"),
    ],
)
def test_an_empty_view_says_so(data, filters, reason):
    view = data.view(filters)
    assert (view.empty, view.n_articles, view.n_mentions) == (True, 0, 0)
    assert view.message.startswith(EMPTY_MESSAGE)
    assert reason in view.message
    assert view.timeline.empty and view.articles.empty and view.kwic.empty


def expected_timeline(actor_id, name, mentions, mentioning, measure="mentions"):
    n_articles = np.array([2, 1, 0, 1])
    n_words = np.array([300, 100, 0, 50])
    mentions, mentioning = np.array(mentions), np.array(mentioning)
    gap = n_articles == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        per_1k = np.where(gap, np.nan, mentions * 1000 / n_words)
        share = np.where(gap, np.nan, mentioning / n_articles)
    return pd.DataFrame(
        {
            "period": pd.period_range("2023-01", "2023-04", freq="M"),
            "actor_id": pd.array([actor_id] * 4, dtype="string"),
            "actor_name": pd.array([name] * 4, dtype="string"),
            "mentions": pd.array(mentions, dtype="Int64"),
            "articles_mentioning": pd.array(mentioning, dtype="Int64"),
            "n_articles": pd.array(n_articles, dtype="Int64"),
            "n_words": pd.array(n_words, dtype="Int64"),
            "per_1k_words": per_1k,
            "share_of_articles": share,
            "small_n": ~gap,
            "gap": gap,
            "share_of_articles_low": wilson_interval(mentioning, n_articles)[0],
            "share_of_articles_high": wilson_interval(mentioning, n_articles)[1],
        }
    )


def test_the_timeline_counts_the_selected_actors_per_month(data):
    result = data.view(Filters(actors=("PRK", "RUS"))).timeline
    expected = pd.concat(
        [
            expected_timeline("PRK", "North Korea", [3, 0, 0, 0], [2, 0, 0, 0]),
            expected_timeline("RUS", "Russia", [3, 0, 0, 0], [2, 0, 0, 0]),
        ],
        ignore_index=True,
    )
    pd.testing.assert_frame_equal(result, expected)
    assert result.attrs["measure"] == "mentions"
    assert result.attrs["n_undated_dropped"] == 1


def test_the_country_timeline_rolls_the_kremlin_up_to_russia(data):
    filters = Filters(actors=("RUS",), level="country", measure="share_of_articles")
    result = data.view(filters).timeline
    expected = expected_timeline(
        "RUS", "Russia", [3, 1, 0, 0], [2, 1, 0, 0], measure="share_of_articles"
    )
    pd.testing.assert_frame_equal(result, expected)


def test_without_selection_the_timeline_shows_the_most_mentioned_actors(data):
    view = data.view(Filters())
    assert view.timeline_actors == ("RUS", "PRK", "KOR", "USA", "kim-jong-un")
    assert view.focus == "RUS"


def test_top_actors_count_mentions_and_articles_over_the_base(data):
    result = data.view(Filters()).top_actors
    assert result[["actor_id", "mentions", "articles"]].values.tolist() == [
        ["RUS", 4, 3],
        ["PRK", 3, 2],
        ["KOR", 2, 2],
        ["USA", 1, 1],
        ["kim-jong-un", 1, 1],
        ["kremlin", 1, 1],
    ]
    assert result["per_1k_words"].iloc[0] == pytest.approx(4 * 1000 / 530)
    assert result["share_of_articles"].iloc[0] == pytest.approx(3 / 5)


def test_top_actors_follow_the_measure(data):
    result = data.view(Filters(measure="per_1k_words", start="2023-02", end="2023-04")).top_actors
    # c (100 words): kremlin, KOR; d (50 words): KOR, USA. Per 1,000 of 150 words.
    assert result["actor_id"].tolist() == ["KOR", "USA", "kremlin"]
    assert result["per_1k_words"].tolist() == pytest.approx([2000 / 150, 1000 / 150, 1000 / 150])


def test_co_mentions_count_sentences_holding_both_actors(data):
    matrix = data.view(Filters()).co_mentions
    assert matrix.loc["PRK", "RUS"] == matrix.loc["RUS", "PRK"] == 1
    assert matrix.loc["RUS", "kim-jong-un"] == 1
    assert matrix.loc["KOR", "kremlin"] == matrix.loc["KOR", "USA"] == 1
    assert int(matrix.to_numpy().sum()) == 2 * 4


def test_co_mentions_at_country_level_use_the_selected_actors(data):
    result = data.view(Filters(level="country", actors=("PRK", "RUS", "KOR"))).co_mentions
    expected = pd.DataFrame(
        [[0, 2, 0], [2, 0, 1], [0, 1, 0]],
        index=["PRK", "RUS", "KOR"],
        columns=["PRK", "RUS", "KOR"],
        dtype="int64",
    )
    pd.testing.assert_frame_equal(result, expected)


def test_the_article_table_lists_articles_in_view_most_mentions_first(data):
    result = data.view(Filters(actors=("RUS",))).articles
    assert result["doc_id"].tolist() == ["b", "a", "e"]
    assert result["mentions"].tolist() == [2, 1, 1]
    assert result["credit"].tolist() == ["AFP", "YONHAP", "AFP"]
    assert result["first_words"].iloc[0] == "Russia and North Korea met. Moscow agreed."


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(actors=("RUS",)), ["Russie", "Russia", "Moscow", "Moscou"]),
        (
            Filters(actors=("RUS",), level="country"),
            ["Russie", "Russia", "Moscow", "Kremlin", "Moscou"],
        ),
        (Filters(actors=("RUS",), kinds=("capital",)), ["Moscow", "Moscou"]),
        (
            Filters(actors=("PRK", "RUS"), focus="RUS", start="2023-01"),
            ["Russie", "Russia", "Moscow"],
        ),
    ],
)
def test_kwic_shows_the_focus_actor_in_context(data, filters, expected):
    result = data.view(filters).kwic
    assert result["matched"].tolist() == expected


def test_kwic_context_surrounds_the_match(data):
    result = data.view(Filters(actors=("USA",))).kwic
    assert result[["left", "matched", "right"]].values.tolist() == [
        ["Séoul et ", "Washington", " : Nucléaire !"]
    ]


def test_choosing_a_month_lists_its_articles_for_the_focus_actor(data):
    result = data.view(Filters(actors=("RUS",), month="2023-01")).month_articles
    assert result["doc_id"].tolist() == ["b", "a"]
    assert result["n_mentions"].tolist() == [2, 1]
    assert result["matched"].tolist() == ["Moscow; Russia", "Russie"]


def test_a_month_without_articles_in_view_lists_nothing(data):
    view = data.view(Filters(actors=("RUS",), month="2023-04"))
    assert view.months == ("2023-01",)
    assert view.month_articles.empty


def test_the_keyword_search_folds_once_and_caches_each_keyword(data):
    first = data.keyword_mask("Nucléaire")
    assert first.tolist() == [False, False, True, True, False]
    assert data.keyword_mask(" NUCLEAIRE ") is first
    assert data.keyword_mask("") is None


def test_events_follow_the_actors_at_their_level(data):
    events = pd.DataFrame(
        {
            "date": pd.to_datetime(["2023-01-10", "2023-02-10"]),
            "label": ["Kim speaks", "Seoul summit"],
            "actors": [["kim-jong-un"], ["KOR", "USA"]],
            "source": ["x", "y"],
        }
    )
    assert data.events_for(events, ["PRK"], "actor").empty
    assert data.events_for(events, ["PRK"], "country")["label"].tolist() == ["Kim speaks"]
    assert data.events_for(events, ["USA"], "actor")["label"].tolist() == ["Seoul summit"]
    assert data.events_for(no_events(), ["USA"], "actor") is None


def test_missing_columns_are_named(corpus, mentions):
    with pytest.raises(ValueError, match=r"The corpus table lacks column\(s\) \['n_words'\]"):
        ExplorerData(corpus.drop(columns="n_words"), mentions)


def test_mentions_of_articles_outside_the_corpus_are_left_out(corpus, mentions):
    data = ExplorerData(corpus[corpus["doc_id"] != "b"], mentions)
    assert data.n_mentions_outside_corpus == 3
    assert data.view(Filters()).n_mentions == 9


# --------------------------------------------------------------------------------------------
# ExplorerData.view against the library functions, on a generated corpus
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    write_corpus(folder, 90, progress=False, start="2023-01", end="2024-06")
    articles = load_corpus(folder, cache=False)
    found = find_mentions(articles, progress=False)
    return articles, found, ExplorerData(articles, found)


def reference_base(articles: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    keep = pd.Series(True, index=articles.index)
    if filters.start or filters.end:
        keep &= articles["month"].notna()
    if filters.start:
        keep &= (articles["month"] >= pd.Period(filters.start, freq="M")).fillna(False)
    if filters.end:
        keep &= (articles["month"] <= pd.Period(filters.end, freq="M")).fillna(False)
    if filters.languages is not None:
        keep &= articles["language"].astype(str).isin(filters.languages)
    if filters.credits is not None:
        keep &= articles["credit"].fillna(NO_CREDIT).isin(filters.credits)
    if filters.keyword:
        needle = " " + " ".join(fold(filters.keyword).split())
        keep &= articles["text"].map(lambda text: needle in " " + " ".join(fold(text).split()))
    return articles[keep.astype(bool)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    window=st.sampled_from(
        [(None, None), ("2023-03", "2023-09"), ("2024-01", None), (None, "2023-02")]
    ),
    actors=st.lists(
        st.sampled_from(["PRK", "RUS", "KOR", "USA", "kim-jong-un", "CHN"]), max_size=3
    ),
    level=st.sampled_from(["actor", "country"]),
    kinds=st.sets(st.sampled_from(KINDS), min_size=1).map(sorted),
    keyword=st.sampled_from(["", "nord", "Séoul", "moscou"]),
    languages=st.sampled_from([None, ("fr",), ("en",)]),
    credits=st.sampled_from([None, ("YONHAP News", "AFP"), ("KCNA",)]),
    measure=st.sampled_from(["mentions", "per_1k_words", "share_of_articles"]),
)
def test_views_agree_with_the_library_functions(
    sample, window, actors, level, kinds, keyword, languages, credits, measure
):
    articles, found, data = sample
    filters = Filters(
        start=window[0],
        end=window[1],
        actors=actors,
        level=level,
        kinds=kinds,
        keyword=keyword,
        languages=languages,
        credits=credits,
        measure=measure,
    )
    view = data.view(filters)
    base = reference_base(articles, filters)
    counted = found[
        found["doc_id"].astype(str).isin(set(base["doc_id"])) & found["kind"].isin(kinds)
    ]
    keys = actor_key(counted, level)
    chosen = counted[keys.isin(filters.actors)] if filters.actors else counted
    expected_articles = chosen["doc_id"].astype(str).nunique() if filters.actors else len(base)
    assert (view.n_articles, view.n_mentions) == (expected_articles, len(chosen))
    if view.empty:
        assert view.message.startswith(EMPTY_MESSAGE)
        return

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected_timeline = actor_timeline(
            found,
            base,
            actors=list(view.timeline_actors),
            level=level,
            kinds=None if len(kinds) == len(KINDS) else kinds,
            measure=measure,
            start=view.start,
            end=view.end,
        )
    pd.testing.assert_frame_equal(view.timeline, expected_timeline)

    # Top actors and the heat map are those of the articles in view: with actors selected,
    # the articles that mention one of them.
    in_view = base[base["doc_id"].isin(set(chosen["doc_id"].astype(str)))] if actors else base
    numbers = ["actor_id", "mentions", "articles", "per_1k_words", "share_of_articles"]
    expected_top = count_mentions(found, in_view, level=level, kinds=kinds)[numbers]
    result_top = view.top_actors[numbers]
    pd.testing.assert_frame_equal(
        result_top.sort_values("actor_id").reset_index(drop=True),
        expected_top.sort_values("actor_id").reset_index(drop=True),
    )

    heat_actors = list(view.co_mentions.index)
    expected_matrix = co_mention_matrix(
        co_mentions(found, in_view, level=level, kinds=kinds), actors=heat_actors
    )
    pd.testing.assert_frame_equal(view.co_mentions, expected_matrix)


# --------------------------------------------------------------------------------------------
# Export names and code
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "keyword", ["../../etc", "..", "/etc/passwd", "C:\\Windows\\system32", "a/./b/../c", "con"]
)
def test_export_names_cannot_leave_the_output_folder(keyword):
    result = export_name(Filters(keyword=keyword, actors=("../x",)))
    assert re.fullmatch(r"[a-z0-9_-]+", result)
    assert ".." not in result and "/" not in result


def test_the_shown_code_reproduces_the_view(data, corpus, mentions):
    filters = Filters(start="2023-01", actors=("RUS",), level="country", keyword="moscow")
    namespace = {"corpus": corpus, "mentions": mentions}
    exec(code_for(filters), namespace)
    result = namespace["view"]
    expected = data.view(filters)
    assert (
        (result.n_articles, result.n_mentions)
        == (expected.n_articles, expected.n_mentions)
        == (1, 2)
    )


def test_the_code_loads_the_corpus_when_its_path_is_known(tmp_path):
    result = code_for(Filters(), corpus_path=tmp_path / "articles", actors_path="mine.yaml")
    assert f"corpus = analysis.load_corpus({str(tmp_path / 'articles')!r})" in result
    assert "mentions = find_mentions(corpus, 'mine.yaml')" in result
    assert "plot_timeline(view.timeline, events=load_events())" in result


# --------------------------------------------------------------------------------------------
# Widgets
# --------------------------------------------------------------------------------------------


def shown(output) -> dict:
    (item,) = output.outputs
    return item["data"]


@pytest.mark.integration
def test_the_app_opens_on_the_whole_corpus(app):
    assert app.counts.value == "Articles in view: 5 · Mentions in view: 12"
    assert app.message.value == ""
    assert "image/png" in shown(app.timeline_output)
    assert "image/png" in shown(app.top_output)
    assert "image/png" in shown(app.co_mention_output)
    assert app.months.value == ("2023-01", "2023-04")
    assert "explorer-counts" in app.counts._dom_classes


def turn_off_all_kinds_but_capital(app):
    for kind, button in app.kind_buttons.items():
        button.value = kind == "capital"


@pytest.mark.integration
@pytest.mark.parametrize(
    ("change", "expected_state", "expected_counts"),
    [
        (
            lambda app: setattr(app.months, "index", (0, 1)),
            {"start": "2023-01", "end": "2023-02"},
            (3, 9),
        ),
        (lambda app: setattr(app.actor_select, "value", ("RUS",)), {"actors": ["RUS"]}, (3, 4)),
        (turn_off_all_kinds_but_capital, {"kinds": ["capital"]}, (5, 6)),
        (lambda app: setattr(app.keyword, "value", "nucléaire"), {"keyword": "nucléaire"}, (2, 4)),
        (lambda app: setattr(app.languages, "value", ("en",)), {"languages": ["en"]}, (1, 3)),
        (lambda app: setattr(app.credits, "value", (NO_CREDIT,)), {"credits": [NO_CREDIT]}, (1, 2)),
        (
            lambda app: setattr(app.measure, "value", "per_1k_words"),
            {"measure": "per_1k_words"},
            (5, 12),
        ),
        (lambda app: setattr(app.level, "value", "country"), {"level": "country"}, (5, 12)),
    ],
)
def test_each_control_filters_the_views(app, data, change, expected_state, expected_counts):
    change(app)
    state = app.state()
    assert {key: state[key] for key in expected_state} == expected_state
    assert (app.view.n_articles, app.view.n_mentions) == expected_counts
    assert app.counts.value == data.view(state).counts_text()
    expected = data.view(state)
    pd.testing.assert_frame_equal(app.view.timeline, expected.timeline)
    pd.testing.assert_frame_equal(app.view.top_actors, expected.top_actors)


@pytest.mark.integration
def test_the_measure_changes_the_plotted_values(app):
    app.actor_select.value = ("RUS",)
    app.measure.value = "share_of_articles"
    timeline = app.view.timeline
    assert timeline.attrs["measure"] == "share_of_articles"
    assert timeline["share_of_articles"].tolist()[:2] == [1.0, 0.0]


@pytest.mark.integration
def test_switching_to_countries_rolls_the_selection_up(app):
    app.actor_select.value = ("kim-jong-un", "PRK", "kremlin")
    app.level.value = "country"
    assert app.actor_select.value == ("PRK", "RUS")
    assert (app.view.n_articles, app.view.n_mentions) == (4, 9)


@pytest.mark.integration
def test_an_empty_selection_shows_the_message_instead_of_plots(app):
    app.months.index = (2, 2)  # 2023-03: no article
    assert app.counts.value == "Articles in view: 0 · Mentions in view: 0"
    assert app.message.value.startswith(EMPTY_MESSAGE)
    assert shown(app.timeline_output)["text/plain"].startswith(EMPTY_MESSAGE)
    assert "image/png" not in shown(app.top_output)
    assert EMPTY_MESSAGE in app.articles_html.value
    assert repr(app).startswith(f"ExplorerApp({EMPTY_MESSAGE}")


@pytest.mark.integration
def test_choosing_a_month_shows_its_articles(app):
    app.actor_select.value = ("RUS",)
    assert [value for _, value in app.month_choice.options] == [None, "2023-01"]
    app.month_choice.value = "2023-01"
    assert app.view.month_articles["doc_id"].tolist() == ["b", "a"]
    assert app.state()["month"] == "2023-01"
    assert "Moscow; Russia" in app.month_html.value


@pytest.mark.integration
def test_the_evidence_follows_the_focus_actor(app):
    app.actor_select.value = ("PRK", "RUS")
    app.focus.value = "RUS"
    assert app.view.kwic["matched"].tolist() == ["Russie", "Russia", "Moscow", "Moscou"]
    assert "<b>Moscou</b>" in app.kwic_html.value


@pytest.mark.integration
def test_the_state_round_trips_through_json(app, corpus, mentions, tmp_path):
    app.level.value = "country"
    app.actor_select.value = ("RUS", "PRK")
    app.months.index = (0, 1)
    app.kind_buttons["demonym"].value = False
    app.keyword.value = "la"
    app.focus.value = "PRK"
    state = json.loads(json.dumps(app.state()))
    reopened = explore(corpus, mentions, events=no_events(), state=state, output_dir=tmp_path)
    assert reopened.state() == state
    assert reopened.counts.value == app.counts.value == "Articles in view: 1 · Mentions in view: 4"
    app.set_state({})
    assert app.counts.value == "Articles in view: 5 · Mentions in view: 12"
    app.set_state(state)
    assert app.state() == state


@pytest.mark.integration
def test_states_out_of_the_corpus_are_kept_and_reported(app):
    app.set_state({"start": "2030-01", "end": "2030-12", "actors": ["RUS", "ATLANTIS"]})
    assert app.state()["start"] == "2030-01"
    assert app.view.message.startswith(EMPTY_MESSAGE)
    assert "ATLANTIS" in app.status.value


@pytest.mark.integration
def test_export_writes_the_timeline_inside_the_output_folder(app, tmp_path):
    app.actor_select.value = ("RUS",)
    app.keyword.value = "../../etc"  # matches nothing
    assert app.export_figure() is None
    assert "Nothing to export" in app.status.value
    app.keyword.value = "../../russi/.."  # folded to "russi": Russie (a), Russia (b)
    assert app.view.n_articles == 2
    paths = app.export_figure()
    folder = (tmp_path / "figures" / NOTEBOOK_NAME).resolve()
    assert {path.resolve().parent for path in paths.values()} == {folder}
    assert sorted(path.suffix for path in paths.values()) == [
        ".csv",
        ".json",
        ".pdf",
        ".png",
        ".svg",
    ]
    assert paths["png"].stat().st_size > 0
    assert paths["png"].stem == export_name(app.view.filters)
    assert "Saved" in app.status.value


@pytest.mark.integration
def test_show_code_displays_the_call_for_the_current_view(app):
    app.actor_select.value = ("RUS",)
    app.code_button.click()
    assert app.code.layout.display is None
    assert "Filters.from_dict(state)" in app.code.value
    assert "&#x27;RUS&#x27;" in app.code.value
    app.code_button.click()
    assert app.code.layout.display == "none"


def test_selecting_an_actor_narrows_top_actors_and_the_heat_map(data, corpus, mentions):
    whole = data.view(Filters())
    russia = data.view(Filters(actors=("RUS",)))
    mentioning = corpus[corpus["doc_id"].isin(["a", "b", "e"])]  # the articles naming Russia
    assert russia.n_articles == len(mentioning) < whole.n_articles
    expected = count_mentions(mentions, mentioning)
    pd.testing.assert_frame_equal(
        russia.top_actors.sort_values("actor_id").reset_index(drop=True),
        expected.sort_values("actor_id").reset_index(drop=True),
    )
    assert set(russia.top_actors["n_articles"]) == {len(mentioning)}
    assert set(whole.top_actors["actor_id"]) - set(russia.top_actors["actor_id"])
    heat = list(russia.co_mentions.index)
    pd.testing.assert_frame_equal(
        russia.co_mentions, co_mention_matrix(co_mentions(mentions, mentioning), actors=heat)
    )
    assert not russia.co_mentions.equals(whole.co_mentions)


# --------------------------------------------------------------------------------------------
# The Relations view
# --------------------------------------------------------------------------------------------

# doc_id, sentence, (source id, words), type, (target id, words), status, trigger
RELATIONS = [
    ("a", 1, ("kim-jong-un", "Kim Jong-un"), "SUPPORT", ("RUS", "Russie"), "asserted", "remercie"),
    ("b", 0, ("RUS", "Russia"), "CONSULT", ("PRK", "North Korea"), "asserted", "met"),
    ("c", 0, ("kremlin", "Kremlin"), "REJECT", ("KOR", "Séoul"), "alleged", "répond"),
    ("d", 0, ("KOR", "Séoul"), "COOPERATE", ("USA", "Washington"), "asserted", "et"),
]


def make_relations() -> pd.DataFrame:
    from analysis.relations import RELATION_COLUMNS

    texts = {row[0]: row[5] for row in ARTICLES}
    rows = []
    for doc_id, sentence, source, kind, target, status, trigger in RELATIONS:
        text = texts[doc_id]
        offsets = [text.index(words) for words in (source[1], target[1], trigger)]
        rows.append(
            {
                "doc_id": doc_id,
                "sentence_id": sentence,
                "source": source[0],
                "target": target[0],
                "source_country": ACTORS[source[0]][1],
                "target_country": ACTORS[target[0]][1],
                "source_start": offsets[0],
                "source_end": offsets[0] + len(source[1]),
                "target_start": offsets[1],
                "target_end": offsets[1] + len(target[1]),
                "type": kind,
                "status": status,
                "trigger_start": offsets[2],
                "trigger_end": offsets[2] + len(trigger),
                "trigger": trigger,
                "language": "fr",
            }
        )
    # A relation of an article outside the corpus: never counted.
    rows.append({**rows[1], "doc_id": "z", "type": "ACCUSE"})
    return pd.DataFrame(rows, columns=RELATION_COLUMNS)


@pytest.fixture(scope="module")
def relations() -> pd.DataFrame:
    return make_relations()


@pytest.fixture(scope="module")
def related(corpus, mentions, relations) -> ExplorerData:
    return ExplorerData(corpus, mentions, relations)


def involving(relations: pd.DataFrame, actors, level: str) -> pd.DataFrame:
    """The relations whose source or target is one of ``actors`` (all without actors)."""
    if not actors:
        return relations
    columns = ["source", "target"] if level == "actor" else ["source_country", "target_country"]
    keep = relations[columns[0]].isin(actors) | relations[columns[1]].isin(actors)
    return relations[keep]


@pytest.mark.parametrize(
    ("filters", "documents", "n_relations"),
    [
        (Filters(), "abcde", 3),
        (Filters(level="country"), "abcde", 3),
        (Filters(start="2023-02"), "cd", 1),
        (Filters(actors=("RUS",)), "abe", 2),
        (Filters(actors=("RUS",), level="country"), "abce", 2),
        (Filters(actors=("RUS",), level="country", statuses=("alleged",)), "abce", 1),
        (Filters(actors=("RUS",), level="organisation"), "abe", 2),
        (
            Filters(statuses=("asserted", "alleged"), relation_types=("REJECT", "CONSULT")),
            "abcde",
            2,
        ),
        (Filters(keyword="nucléaire"), "cd", 1),
        (Filters(languages=("en",)), "b", 1),
        (Filters(credits=(NO_CREDIT,)), "d", 1),
        (Filters(kinds=("capital",), actors=("KOR",)), "cd", 1),
        (Filters(start="2023-03", end="2023-03"), "", 0),
    ],
)
def test_relation_counts_are_dyad_counts_of_the_articles_in_view(
    related, corpus, relations, filters, documents, n_relations
):
    from analysis.dyads import dyad_counts

    view = related.relation_view(filters)
    level = "actor" if filters.level == "actor" else "country"
    in_view = corpus[corpus["doc_id"].isin(list(documents))]
    expected = dyad_counts(
        involving(relations, filters.actors, filters.level),
        in_view,
        level=level,
        statuses=filters.statuses,
        types=filters.relation_types,
    )
    pd.testing.assert_frame_equal(view.counts, expected)
    assert (view.n_articles, view.n_relations) == (len(documents), n_relations)
    assert view.counts_text().startswith(f"Relations in view: {n_relations} in ")
    assert related.in_view_mask(filters).sum() == len(documents)


def test_relations_are_counted_between_actors_or_their_countries(related):
    actors = related.relation_view(Filters(actors=("RUS",)))
    assert set(zip(actors.counts["source"], actors.counts["target"], strict=True)) == {
        ("kim-jong-un", "RUS"),
        ("RUS", "PRK"),
    }
    countries = related.relation_view(Filters(actors=("RUS",), level="country"))
    assert set(zip(countries.counts["source"], countries.counts["target"], strict=True)) == {
        ("PRK", "RUS"),
        ("RUS", "PRK"),
    }


def test_the_evidence_follows_the_chosen_count(related):
    every = related.relation_view(Filters(level="country"))
    assert every.dyad is None
    assert every.evidence["doc_id"].tolist() == ["a", "b", "d"]
    chosen = related.relation_view(Filters(level="country", dyad=("RUS", "CONSULT", "PRK")))
    assert chosen.dyad == ("RUS", "CONSULT", "PRK")
    assert chosen.evidence["marked"].tolist() == ["<<Russia>> and {{North Korea}} [[met]]"]
    # A count that is not in view shows every relation in view instead.
    gone = related.relation_view(
        Filters(level="country", start="2023-02", dyad=("RUS", "CONSULT", "PRK"))
    )
    assert gone.dyad is None and gone.evidence["doc_id"].tolist() == ["d"]


def test_an_empty_relations_view_says_why(related, data):
    empty = related.relation_view(Filters(start="2023-03", end="2023-03"))
    assert empty.empty and empty.message.startswith(EMPTY_MESSAGE)
    none_of_the_type = related.relation_view(Filters(relation_types=("ASSAULT",)))
    assert none_of_the_type.message == (
        "No relation of these types and statuses in the articles in view."
    )
    without = data.relation_view(Filters())
    assert without.empty and "without relations" in without.message


def test_the_relations_are_found_once_and_only_when_asked_for(corpus, mentions, relations):
    calls = []

    def find():
        calls.append(1)
        return relations

    found = ExplorerData(corpus, mentions, find)
    found.view(Filters(actors=("RUS",)))
    assert calls == [] and not found.relations_found
    for filters in [Filters(), Filters(start="2023-02"), Filters(actors=("USA",))]:
        found.relation_view(filters)
    assert calls == [1] and found.relations_found


@pytest.mark.parametrize(
    ("state", "message"),
    [
        ({"relation_types": ["ACCUSES"]}, r"Unknown relation type\(s\) \['ACCUSES'\]"),
        ({"statuses": ["rumoured"]}, r"Unknown relation status\(es\)|Unknown relation status"),
        ({"dyad": ["USA", "PRK"]}, r"is not a count; write it as \[source, type, target\]"),
    ],
)
def test_invalid_relation_filters_are_refused(state, message):
    with pytest.raises(ValueError, match=message):
        Filters.from_dict(state)


def test_relation_filters_survive_a_json_round_trip():
    filters = Filters(
        relation_types=["SANCTION", "ACCUSE"], statuses=["future", "asserted"],
        dyad=["USA", "ACCUSE", "PRK"],
    )  # fmt: skip
    assert filters.relation_types == ("ACCUSE", "SANCTION")  # the order of RELATION_TYPES
    assert filters.statuses == ("asserted", "future")
    assert Filters.from_dict(json.loads(json.dumps(filters.to_dict()))) == filters


@pytest.fixture(scope="module")
def sample_relations(sample):
    from analysis.relations import find_relations

    articles, found, _ = sample
    return find_relations(articles, found, method="rules", voice=False)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    window=st.sampled_from([(None, None), ("2023-03", "2023-09"), ("2024-01", None)]),
    actors=st.lists(st.sampled_from(["PRK", "RUS", "KOR", "USA", "kim-jong-un"]), max_size=2),
    level=st.sampled_from(["actor", "country"]),
    kinds=st.sets(st.sampled_from(KINDS), min_size=1).map(sorted),
    keyword=st.sampled_from(["", "nord", "Séoul"]),
    languages=st.sampled_from([None, ("fr",), ("en",)]),
    statuses=st.sets(st.sampled_from(["asserted", "alleged", "future"]), min_size=1),
    types=st.sampled_from([None, ("ACCUSE", "SANCTION", "THREATEN"), ("COOPERATE",)]),
)
def test_relation_views_agree_with_dyad_counts(
    sample, sample_relations, window, actors, level, kinds, keyword, languages, statuses, types
):
    from analysis.dyads import dyad_counts

    articles, found, _ = sample
    filters = Filters(
        start=window[0], end=window[1], actors=actors, level=level, kinds=kinds,
        keyword=keyword, languages=languages, statuses=statuses, relation_types=types,
    )  # fmt: skip
    related = ExplorerData(articles, found, sample_relations)
    view = related.relation_view(filters)
    base = reference_base(articles, filters)
    counted = found[
        found["doc_id"].astype(str).isin(set(base["doc_id"])) & found["kind"].isin(kinds)
    ]
    chosen = counted[actor_key(counted, level).isin(filters.actors)]
    in_view = base[base["doc_id"].isin(set(chosen["doc_id"].astype(str)))] if actors else base
    expected = dyad_counts(
        involving(sample_relations, filters.actors, level),
        in_view,
        level=level,
        statuses=filters.statuses,
        types=filters.relation_types,
    )
    pd.testing.assert_frame_equal(view.counts, expected)
    assert view.n_articles == len(in_view)


@pytest.mark.integration
def test_the_relations_tab_finds_the_relations_once_and_follows_the_filters(
    corpus, mentions, relations, tmp_path
):
    from analysis.explore.app import RELATIONS_TAB

    calls = []

    def find():
        calls.append(1)
        return relations

    app = explore(corpus, mentions, events=no_events(), output_dir=tmp_path, relations=find)
    assert app.relation_view is None and calls == []
    app.tabs.selected_index = RELATIONS_TAB
    assert calls == [1]
    assert app.relation_view.counts_text() == "Relations in view: 3 in 3 of 5 articles (asserted)"
    assert "Relations in view: 3" in app.relations_html.value
    app.level.value = "country"
    app.actor_select.value = ("RUS",)
    app.statuses.value = ("asserted", "alleged")
    expected = ExplorerData(corpus, mentions, relations).relation_view(app.state())
    pd.testing.assert_frame_equal(app.relation_view.counts, expected.counts)
    assert app.relation_view.n_relations == 3
    app.dyad_choice.value = ("RUS", "CONSULT", "PRK")
    assert app.state()["dyad"] == ["RUS", "CONSULT", "PRK"]
    assert "<mark>met</mark>" in app.relations_html.value
    app.relation_types.value = ("REJECT",)
    assert app.state()["relation_types"] == ["REJECT"]
    assert app.relation_view.dyad is None  # that count is no longer in view
    assert calls == [1]
    state = json.loads(json.dumps(app.state()))
    reopened = explore(
        corpus, mentions, events=no_events(), output_dir=tmp_path, relations=relations,
        state=state,
    )  # fmt: skip
    assert reopened.state() == state
    assert reopened.relation_view.counts_text() == app.relation_view.counts_text()
