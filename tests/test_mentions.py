"""The matching rules of the mention finder, one by one, on a small dictionary."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import find_mentions
from analysis.actors import alias_key
from analysis.mentions import Matcher

ALIASES = pd.DataFrame(
    [
        ("UN", "ONU", "name", False),
        ("UN", "Nations unies", "name", False),
        ("UN", "UN", "name", True),
        ("UNSC", "Conseil de sécurité des Nations unies", "name", False),
        ("UNSC", "Conseil de sécurité", "name", False),
        ("RUS", "Russie", "name", False),
        ("RUS", "russe", "demonym", False),
        ("RUS", "Moscou", "capital", False),
        ("USA", "US", "name", True),
        ("USA", "États-Unis", "name", False),
        ("USA", "Washington", "capital", False),
        ("kim-jong-un", "Kim Jong-un", "leader", False),
        ("PRK", "le Nord", "epithet", True),
        ("PRK", "Corée du Nord", "name", False),
        ("PRK", "royaume ermite", "epithet", False),
        ("UKR", "Ukraine", "name", False),
        ("CHN", "Chine", "name", False),
        ("quai-dorsay", "Quai d'Orsay", "institution", False),
    ],
    columns=["actor_id", "alias", "kind", "case_sensitive"],
)
EXCLUSIONS = pd.DataFrame(
    {"phrase": ["Washington Post", "mer de Chine"], "case_sensitive": [False, False]}
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(ALIASES, EXCLUSIONS)


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    """(matched text, actor id) of each mention, in order."""
    return [(text[s:e], matcher.entries[i].actor_id) for s, e, i in matcher.scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # case-insensitive by default
        ("MOSCOU et moscou", [("MOSCOU", "RUS"), ("moscou", "RUS")]),
        # accent-insensitive
        ("les Etats-Unis", [("Etats-Unis", "USA")]),
        ("les ETATS UNIS", [("ETATS UNIS", "USA")]),
        # apostrophe-insensitive
        ("le Quai d’Orsay", [("Quai d’Orsay", "quai-dorsay")]),
        # hyphen and space variants
        (
            "Kim Jong Un, Kim Jong-Un, KIM JONG-UN",
            [("Kim Jong Un", "kim-jong-un")] * 1
            + [("Kim Jong-Un", "kim-jong-un"), ("KIM JONG-UN", "kim-jong-un")],
        ),
        # whole words only
        ("Russies, Moscoutaire, prussien", []),
        ("russe, russes", [("russe", "RUS")]),
        # French elision
        ("l'Ukraine, d'Ukraine, l’ONU", [("Ukraine", "UKR"), ("Ukraine", "UKR"), ("ONU", "UN")]),
        # longest match wins, no overlap
        (
            "le Conseil de sécurité des Nations unies",
            [("Conseil de sécurité des Nations unies", "UNSC")],
        ),
        (
            "le Conseil de sécurité et les Nations unies",
            [("Conseil de sécurité", "UNSC"), ("Nations unies", "UN")],
        ),
        # case-sensitive aliases
        ("US officials and us", [("US", "USA")]),
        ("the UN and un accord", [("UN", "UN")]),
        ("visité le Nord, le nord du pays", [("le Nord", "PRK")]),
        # exclusions never count, nor the aliases inside them
        ("le Washington Post cite Washington", [("Washington", "USA")]),
        ("en mer de Chine, la Chine", [("Chine", "CHN")]),
        # glued paragraphs and punctuation around aliases
        ("à Moscou.Lors d'un briefing (Russie)", [("Moscou", "RUS"), ("Russie", "RUS")]),
        ("le royaume\nermite", [("royaume\nermite", "PRK")]),
    ],
)
def test_matching_rules(matcher, text, expected):
    result = found(matcher, text)
    assert result == expected


def test_alias_key_unifies_variants():
    result = {alias_key(v) for v in ["Kim Jong-un", "kim jong un", "KIM  JONG–UN", "Kím Jong Un"]}
    assert result == {"kim jong un"}


def test_case_sensitive_alias_does_not_hide_insensitive_one_with_same_key():
    aliases = pd.DataFrame(
        [("USA", "US", "name", True), ("other", "us", "name", False)],
        columns=["actor_id", "alias", "kind", "case_sensitive"],
    )
    matcher = Matcher(aliases)
    result = found(matcher, "US and us")
    assert result == [("US", "USA"), ("us", "other")]


def test_empty_dictionary_and_text():
    empty = Matcher(ALIASES.iloc[0:0])
    assert empty.scan("Moscou") == []
    assert Matcher(ALIASES).scan("") == []


# --------------------------------------------------------------------------- properties

WORDS = [
    "Moscou",
    "Russie",
    "russe",
    "Corée du Nord",
    "Kim Jong-un",
    "ONU",
    "US",
    "le Nord",
    "Nations unies",
    "Conseil de sécurité",
    "Washington Post",
    "mer de Chine",
    "Chine",
    "la",
    "de",
    "et",
    "Nord",
    "us",
    "royaume",
    "ermite",
    "l'",
    "d'",
    ".",
    ",",
    "\n",
    "é",
]


@st.composite
def texts(draw):
    pieces = draw(
        st.lists(
            st.sampled_from(WORDS) | st.text(alphabet="abcdeéèàçôABCDEÉ -.\n", max_size=4),
            max_size=25,
        )
    )
    separators = draw(
        st.lists(
            st.sampled_from(["", " ", "  ", "-", "’"]), min_size=len(pieces), max_size=len(pieces)
        )
    )
    return "".join(p + s for p, s in zip(pieces, separators, strict=True))


@settings(max_examples=300, deadline=None)
@given(texts())
def test_offsets_point_at_matched_text_and_never_overlap(text):
    matcher = Matcher(ALIASES, EXCLUSIONS)
    spans = matcher.scan(text)
    for start, end, index in spans:
        assert alias_key(text[start:end]) == alias_key(matcher.entries[index].alias)
        assert start == 0 or not text[start - 1].isalnum()
        assert end == len(text) or not text[end].isalnum()
    for (_, end, _), (start, _, _) in itertools.pairwise(spans):
        assert end <= start


ACCENTED = str.maketrans("eEaAoOuUcC'", "éÉàÀôÔùÙçÇ’")


@settings(max_examples=300, deadline=None)
@given(texts())
def test_results_do_not_depend_on_accents_case_or_apostrophes(text):
    matcher = Matcher(ALIASES[~ALIASES["case_sensitive"]], EXCLUSIONS)
    variant = text.translate(ACCENTED).swapcase()
    result = [(s, e, matcher.entries[i].actor_id) for s, e, i in matcher.scan(variant)]
    expected = [(s, e, matcher.entries[i].actor_id) for s, e, i in matcher.scan(text)]
    assert len(variant) == len(text)
    assert result == expected


PUNCTUATED = pd.DataFrame(
    [
        ("USA", "US", "name", True),
        ("USA", "U.S.", "name", True),
        ("state-department", "U.S. State Department", "institution", False),
        ("state-department", "State Department", "institution", False),
        ("GEO", "Georgia", "name", False),
        ("PRK", "North Korea", "name", False),
    ],
    columns=["actor_id", "alias", "kind", "case_sensitive"],
)
PUNCTUATED_EXCLUSIONS = pd.DataFrame({"phrase": ["Atlanta, Georgia"], "case_sensitive": [False]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An alias written with punctuation and a space matches text written the same way...
        ("The U.S. State Department said", [("U.S. State Department", "state-department")]),
        # ...and the forms without it still match.
        ("The US State Department said", [("US", "USA"), ("State Department", "state-department")]),
        ("in Atlanta, Georgia, and Georgia", [("Georgia", "GEO")]),
        # Words inside a web address are not mentions.
        (
            "See https://www.state.gov/north-korea/ on North Korea",
            [("North Korea", "PRK")],
        ),
        ("Voir WWW.North-Korea.example et North Korea", [("North Korea", "PRK")]),
        ("Voir Www.North-Korea.example", []),
        # "www" in a word is no web address.
        ("Awww, North Korea", [("North Korea", "PRK")]),
        # A currency is not the state: "US$", but "US $" and "the US" are.
        ("a fine of US$86,000 in the US", [("US", "USA")]),
        ("about US $5", [("US", "USA")]),
    ],
)
def test_punctuated_aliases_and_web_addresses(text, expected):
    matcher = Matcher(PUNCTUATED, PUNCTUATED_EXCLUSIONS)
    assert found(matcher, text) == expected


def test_no_match_spans_two_texts_scanned_together():
    matcher = Matcher(PUNCTUATED, PUNCTUATED_EXCLUSIONS)
    texts = ["Talks with the U.S.", "State Department officials", "U.S. State Department"]
    text, starts, ends, entries = matcher.scan_many(texts)
    result = [
        (int(t), texts[t][s:e], matcher.entries[i].actor_id)
        for t, s, e, i in zip(text, starts, ends, entries, strict=True)
    ]
    assert result == [
        (0, "U.S", "USA"),
        (1, "State Department", "state-department"),
        (2, "U.S. State Department", "state-department"),
    ]


def test_mention_cache_is_reused_and_invalidated(tmp_path, make_corpus):
    import os

    import analysis
    from analysis.actors import load_actors
    from analysis.mentions import find_mentions

    root = make_corpus(
        {
            "000_a.txt": " date 2023-07 Photo : AFP\n\nMoscou et Pyongyang.Le Kremlin répond.",
            "001_b.txt": " date 2023-08 Photo : AP\n\nLa Maison Blanche et Séoul.",
        }
    )
    cache = tmp_path / "cache"
    articles = analysis.load_corpus(root, cache_dir=cache)
    fresh = find_mentions(articles)
    first = find_mentions(articles, cache=True, cache_dir=cache)
    [written] = list((cache / "mentions").rglob("*.parquet"))
    again = find_mentions(articles, cache=True, cache_dir=cache)
    pd.testing.assert_frame_equal(first, fresh)
    pd.testing.assert_frame_equal(again, fresh)
    stamp = written.stat().st_mtime_ns

    # Another dictionary: another cache file, and the old one is gone.
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "version: 1\nexclusions:\n  - phrase: Maison Blanche et Séoul\n", encoding="utf-8"
    )
    fewer = find_mentions(articles, load_actors(extra), cache=True, cache_dir=cache)
    assert "white-house" not in set(fewer["actor_id"].astype(str))
    assert not written.exists()

    # A changed article: recomputed.
    (root / "001_b.txt").write_text(" date 2023-08\n\nPékin se tait.", encoding="utf-8")
    os.utime(root / "001_b.txt", ns=(stamp + 10**9, stamp + 10**9))
    changed = analysis.load_corpus(root, cache_dir=cache)
    result = find_mentions(changed, cache=True, cache_dir=cache)
    assert result["matched"].tolist() == ["Moscou", "Pyongyang", "Kremlin", "Pékin"]


def test_an_exclusion_wins_over_an_alias_with_the_same_words():
    exclusions = pd.DataFrame({"phrase": ["moscou"], "case_sensitive": [False]})
    matcher = Matcher(ALIASES, exclusions)
    assert found(matcher, "Moscou et la Russie") == [("Russie", "RUS")]


_TRACE_PIECES = st.sampled_from(
    [
        "Pékin", "Moscou", "la Corée du Nord", "Séoul", "US$", "les États-Unis", "le Kremlin",
        "la Côte d’Ivoire",
        "l’ONU", " ", ". ", ".", "\n", "M.", "北京", "é", "www.moscou.ru ", "🇰🇷", "𝐀",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_TRACE_PIECES, max_size=15).map("".join), min_size=1, max_size=5))
def test_every_mention_row_is_the_text_at_its_offsets_in_its_sentence(texts):
    # Batches with a character beyond the plane (🇰🇷, 𝐀) take the slower path, the others
    # cut the matched strings and sentence ends from the scan's code units: both must give
    # the text behind each row.
    from analysis.mentions import find_mentions
    from analysis.text import sentence_starts

    corpus = pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(len(texts))], "text": pd.array(texts, dtype="string")}
    )
    mentions = find_mentions(corpus, n_jobs=1, progress=False)
    by_doc = dict(zip(corpus["doc_id"], texts, strict=True))
    for row in mentions.itertuples():
        text = by_doc[row.doc_id]
        assert text[row.start : row.end] == row.matched
        starts = sentence_starts(text)
        assert row.sentence_id == int(np.searchsorted(starts, row.start, side="right") - 1)


@pytest.mark.parametrize(
    "text",
    [
        "The United States supports the African Union Peace and Security Council.",
        "Le Conseil de paix et de sécurité de l'Union africaine s'est réuni.",
    ],
)
def test_the_african_unions_security_council_is_the_african_unions(text):
    from analysis.mentions import find_mentions

    articles = pd.DataFrame({"doc_id": ["d"], "language": ["en"], "text": [text]})

    mentions = find_mentions(articles)

    assert "UN" not in set(mentions["organisation"].dropna())
    assert "AU" in set(mentions["organisation"].dropna())


def test_a_namesake_of_a_leader_known_by_his_surname_is_not_the_leader():
    text = "The death of Mr. Omar Assad, a U.S. citizen, was raised with Assad."
    articles = pd.DataFrame({"doc_id": ["d"], "language": ["en"], "text": [text]})

    mentions = find_mentions(articles)
    assad = mentions[mentions["actor_id"] == "assad"]

    assert assad["start"].tolist() == [text.rindex("Assad")]
