"""The Dask path gives the pandas path's tables, and the fast paths give the slow paths' answers.

The Dask tests run a two-process ``LocalCluster`` on a generated corpus of 300 articles read
in five partitions, with a file in a subfolder that shares its name and its text with one of
another partition (so that ``doc_id`` clashes and duplicates cross partitions). The other
tests check the batched code of the loader and the matcher against the text-by-text code it
replaces (py3langid, the word pattern, ``path_order``, ``Matcher.scan``, ``sentence_starts``).
"""

from __future__ import annotations

import re
import shutil
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.corpus import (
    CorpusError,
    detect_languages,
    language_tables_folder,
    load_corpus,
    path_order,
)
from analysis.corpus.files import sorted_paths
from analysis.corpus.language import (
    BatchLanguageIdentifier,
    batch_language_identifier,
    language_identifier,
)
from analysis.counts import count_mentions
from analysis.mentions import Matcher, find_mentions
from analysis.sample import write_corpus
from analysis.text import WORD_PATTERN, sentence_starts, word_counts

N_ARTICLES = 300
FILES_PER_PARTITION = 70


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scale") / "corpus"
    write_corpus(folder, N_ARTICLES, progress=False)
    first = sorted(folder.glob("*.txt"))[3]
    # Same name and text as an article of the first partition, read in the last one.
    (folder / "zz").mkdir()
    shutil.copy(first, folder / "zz" / first.name)
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def cluster_client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=":0",
        processes=True,
    )
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def pandas_path(corpus_folder):
    articles = load_corpus(corpus_folder, cache=False)
    return articles, find_mentions(articles)


@pytest.fixture(scope="module")
def dask_path(corpus_folder, cluster_client):
    from analysis.scale import find_mentions_dask

    articles = load_corpus(
        corpus_folder, engine="dask", files_per_partition=FILES_PER_PARTITION
    ).persist()
    return articles, find_mentions_dask(articles).persist()


def _with_categories_of(result: pd.DataFrame, expected: pd.DataFrame) -> pd.DataFrame:
    """``result`` with the index and category order of ``expected`` (see analysis.scale)."""
    result = result.reset_index(drop=True)
    for column in result.columns:
        if isinstance(result[column].dtype, pd.CategoricalDtype):
            result[column] = result[column].cat.set_categories(expected[column].cat.categories)
    return result


def test_the_corpus_has_clashing_names_and_duplicates_across_partitions(pandas_path):
    articles, _ = pandas_path
    clashing = articles[articles["notes"].str.contains("doc_id taken from path", na=False)]
    assert len(clashing) == 2
    assert articles["duplicate_of"].notna().sum() == 1
    assert len(articles) == N_ARTICLES + 1


@pytest.mark.integration
def test_dask_articles_equal_the_pandas_articles(pandas_path, dask_path):
    expected, _ = pandas_path
    articles, _ = dask_path
    result = _with_categories_of(articles.compute(), expected)
    assert articles.npartitions == 5
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.integration
def test_dask_mentions_equal_the_pandas_mentions(pandas_path, dask_path):
    _, expected = pandas_path
    _, mentions = dask_path
    result = _with_categories_of(mentions.compute(), expected)
    pd.testing.assert_frame_equal(result, expected)


@pytest.mark.integration
@pytest.mark.parametrize(
    ("by", "level", "options"),
    [
        ("actor", "actor", {}),
        ("country", "actor", {}),
        ("organisation", "actor", {}),
        ("document", "country", {}),
        ("month", "actor", {}),
        ("month", "country", {"min_articles": 40}),
        ("quarter", "country", {"kinds": ["name", "capital"]}),
        ("year", "actor", {"exclude_kinds": ["demonym"], "start": "2022-06"}),
    ],
)
def test_dask_counts_equal_the_pandas_counts(pandas_path, dask_path, by, level, options):
    from analysis.scale import count_mentions_dask

    articles, mentions = pandas_path
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = count_mentions(mentions, articles, by=by, level=level, **options)
        result = count_mentions_dask(dask_path[1], dask_path[0], by=by, level=level, **options)
    keys = {"document": ["doc_id", "actor_id"]}.get(by, ["actor_id"])
    if "period" in expected:
        keys = ["actor_id", "period"]
    if "min_articles" in options:  # the threshold matters here, and the Dask path follows it
        default = count_mentions(mentions, articles, by=by, level=level)
        assert expected["small_n"].sum() > default["small_n"].sum()
    assert len(expected) > 10
    pd.testing.assert_frame_equal(
        result.sort_values(keys).reset_index(drop=True),
        expected.sort_values(keys).reset_index(drop=True),
    )


@pytest.mark.integration
def test_dask_counts_need_the_mentions_of_the_same_partitions(dask_path):
    from analysis.scale import count_mentions_dask

    articles, mentions = dask_path
    with pytest.raises(ValueError, match="partitions"):
        count_mentions_dask(mentions.repartition(npartitions=2), articles)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda folder: load_corpus(folder, engine="spark"), ValueError, "'pandas' or 'dask'"),
        (lambda folder: load_corpus(folder, engine="dask", columns={}), TypeError, "columns"),
        (
            lambda folder: load_corpus(next(folder.glob("*.txt")), engine="dask"),
            CorpusError,
            "use analysis.load_corpus",
        ),
    ],
)
def test_dask_loading_says_what_it_cannot_do(corpus_folder, call, error, message):
    with pytest.raises(error, match=message):
        call(corpus_folder)


def test_a_scheduler_address_connects_a_client(corpus_folder, cluster_client):
    # Last of the Dask tests: the new client stays the default until it is closed.
    from distributed import get_client

    from analysis.scale import load_corpus_dask

    address = cluster_client.scheduler.address
    articles = load_corpus_dask(corpus_folder, scheduler=address)
    connected = get_client()
    try:
        result = len(articles)
        connected_to = connected.scheduler.address
    finally:
        connected.close()
    assert connected is not cluster_client
    assert connected_to == address
    assert result == N_ARTICLES + 1


def test_matching_in_two_processes_equals_matching_in_one(pandas_path):
    articles, _ = pandas_path
    result = find_mentions(articles, n_jobs=2)
    expected = find_mentions(articles, n_jobs=1)
    assert len(expected) > 1000
    pd.testing.assert_frame_equal(result, expected)


# --------------------------------------------------------------------------- fast paths


def test_sentence_ids_are_those_of_sentence_starts(pandas_path):
    articles, mentions = pandas_path
    texts = dict(zip(articles["doc_id"], articles["text"], strict=True))
    expected = [
        int(np.searchsorted(sentence_starts(texts[doc]), start, side="right") - 1)
        for doc, start in zip(mentions["doc_id"], mentions["start"], strict=True)
    ]
    assert mentions["sentence_id"].tolist() == expected


def test_batched_language_detection_gives_py3langid_answers(pandas_path):
    articles, _ = pandas_path
    others = [
        "Der Bundestag hat heute über neue Sanktionen gegen Nordkorea beraten und beschlossen.",
        "El ministerio de Asuntos Exteriores convocó al embajador para pedir explicaciones.",
        "Министр обороны России прибыл в Пхеньян с официальным визитом на три дня.",
        "LE CONSEIL DE SÉCURITÉ S'EST RÉUNI EN URGENCE APRÈS LE TIR DE MISSILE.",
    ]
    texts = articles["text"].tolist() + others
    identifier = language_identifier()
    expected = [str(identifier.classify(text[:500])[0]) for text in texts]
    result = list(detect_languages(texts))
    assert len(texts) >= 300  # enough for the batched path
    assert result == expected
    assert set(result) >= {"fr", "en", "de", "es", "ru"}


def test_language_tables_are_kept_in_the_cache_and_read_back(tmp_path, monkeypatch, request):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    batch_language_identifier.cache_clear()
    request.addfinalizer(batch_language_identifier.cache_clear)
    texts = [
        "Le Kremlin a démenti ces informations sur la visite à Pyongyang.",
        "The White House declined to comment on the summit in Vladivostok.",
        "Министр обороны России прибыл в Пхеньян с официальным визитом.",
    ]
    expected = [str(language_identifier().classify(text)[0]) for text in texts]

    built = batch_language_identifier()
    folder = language_tables_folder()
    assert folder.is_relative_to(tmp_path)
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [f"{name}.npy" for name in BatchLanguageIdentifier.ARRAY_NAMES] + ["languages.json"]
    )
    loaded = BatchLanguageIdentifier.load(folder)
    assert built.classify(texts) == loaded.classify(texts) == expected

    # Damaged tables are not used: the next process builds them again and replaces them.
    (folder / "table.npy").write_bytes(b"not an array")
    assert BatchLanguageIdentifier.load(folder) is None
    batch_language_identifier.cache_clear()
    assert batch_language_identifier().classify(texts) == expected
    assert BatchLanguageIdentifier.load(folder).classify(texts) == expected


WORDY = st.lists(
    st.sampled_from([*"ab_é9 '’-\n\x00.", "𝐀", "🇰", "½", "l'État", "Jong-un"]), max_size=20
).map("".join)


@settings(max_examples=300)
@given(st.lists(WORDY | st.text(max_size=20), max_size=6))
def test_word_counts_equal_the_word_pattern(texts):
    pattern = re.compile(WORD_PATTERN)
    result = word_counts(texts).tolist()
    expected = [len(pattern.findall(text)) for text in texts]
    assert result == expected


@settings(max_examples=300)
@given(st.lists(st.text(alphabet="0129ab_./\n", max_size=8), max_size=30, unique=True))
def test_sorted_paths_follow_path_order(paths):
    result = sorted_paths(list(paths))
    expected = sorted(paths, key=path_order)
    assert result == expected


ALIASES = pd.DataFrame(
    [
        ("UN", "ONU", "name", False),
        ("UN", "UN", "name", True),
        ("UNSC", "Conseil de sécurité", "name", False),
        ("UNSC", "Conseil de sécurité des Nations unies", "name", False),
        ("UN", "Nations unies", "name", False),
        ("RUS", "Russie", "name", False),
        ("USA", "US", "name", True),
        ("other", "us", "name", False),
        ("CHN", "Chine", "name", False),
    ],
    columns=["actor_id", "alias", "kind", "case_sensitive"],
)
EXCLUSIONS = pd.DataFrame({"phrase": ["mer de Chine"], "case_sensitive": [False]})
PIECES = [
    *("Russie", "Chine", "US", "us", "Us", "UN", "ONU", "Nations unies", "Conseil de"),
    *("sécurité", "des", "mer de", "la", "\n", ".", "-", " "),
]
PHRASES = st.lists(st.sampled_from(PIECES), max_size=15).map(" ".join)


@settings(max_examples=300)
@given(st.lists(PHRASES | st.text(max_size=15), max_size=5))
def test_scanning_many_texts_at_once_equals_scanning_each(texts):
    matcher = Matcher(ALIASES, EXCLUSIONS)
    text, starts, ends, entries = matcher.scan_many(texts)
    result = [[] for _ in texts]
    for index, start, end, entry in zip(text, starts, ends, entries, strict=True):
        result[index].append((int(start), int(end), int(entry)))
    expected = [matcher.scan(one) for one in texts]
    assert result == expected
