"""Every mention a careful reader counts in the user's sample article, and nothing else.

The expected list was written from a reading of the article, sentence by sentence, before
running the matcher. Reading decisions:

- "le département d'Etat américain" is one mention of the State Department: "américain"
  only says whose department it is, so it is not also a mention of the United States.
- "le ministre russe de la Défense" holds a demonym: Russia counts. "le dirigeant
  nord-coréen Kim Jong-un" and "le ministre russe, Sergueï Shoigu" name a person with a
  title: each is one mention of the person, of kind ``official``, and the demonym inside
  the title counts no more (the person counts once for the country, as inside any longer
  match; see :mod:`analysis.officials`).
- "le régime de Kim Jong-un" is a mention of Kim Jong-un.
- "le Nord" (capital N) is North Korea; "le pays" and "elle" are not counted (no alias
  resolves pronouns or generic nouns).
- "Conseil de sécurité des Nations unies" is one mention of the Security Council, not also
  one of the UN.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import analysis
from analysis.counts import count_mentions
from analysis.mentions import find_mentions

SEED = Path(__file__).parent / "data" / "seed"

EXPECTED = [
    ("Etats-Unis", "USA", "name"),
    ("Russie", "RUS", "name"),
    ("Corée du Nord", "PRK", "name"),
    ("russe", "RUS", "demonym"),
    ("Pyeongyang", "PRK", "capital"),
    ("département d'Etat américain", "state-department", "institution"),
    ("Moscou", "RUS", "capital"),
    ("Conseil de sécurité des Nations unies", "UNSC", "name"),
    ("Corée du Nord", "PRK", "name"),
    ("nord-coréen", "PRK", "demonym"),
    ("Russie", "RUS", "name"),
    ("américaines", "USA", "demonym"),
    ("dirigeant nord-coréen Kim Jong-un", "kim-jong-un", "official"),
    ("ministre russe, Sergueï Shoigu", "shoigu", "official"),
    ("royaume ermite", "PRK", "epithet"),
    ("Ukraine", "UKR", "name"),
    ("Russie", "RUS", "name"),
    ("département d'Etat américain", "state-department", "institution"),
    ("chinoise", "CHN", "demonym"),
    ("le Nord", "PRK", "epithet"),
    ("Chine", "CHN", "name"),
    ("Corée du Nord", "PRK", "name"),
    ("Pékin", "CHN", "capital"),
    ("Kim Jong-un", "kim-jong-un", "leader"),
    ("Maison Blanche", "white-house", "institution"),
    ("Kim Jong-un", "kim-jong-un", "leader"),
    ("Sergueï Shoigu", "shoigu", "leader"),
    ("Corée du Nord", "PRK", "name"),
    ("Ukraine", "UKR", "name"),
    ("Moscou", "RUS", "capital"),
    ("White House", "white-house", "institution"),
    ("Corée du Nord", "PRK", "name"),
    ("Russie", "RUS", "name"),
    ("États-Unis", "USA", "name"),
]


@pytest.fixture(scope="module")
def seed():
    articles = analysis.load_corpus(SEED, cache=False)
    return articles, find_mentions(articles)


def test_every_mention_a_reader_counts_and_nothing_else(seed):
    _, mentions = seed
    result = list(
        zip(
            mentions["matched"].astype(str),
            mentions["actor_id"].astype(str),
            mentions["kind"].astype(str),
            strict=True,
        )
    )
    assert result == EXPECTED


def test_offsets_point_at_the_matched_text(seed):
    articles, mentions = seed
    text = articles["text"].iloc[0]
    columns = mentions["start"], mentions["end"], mentions["matched"]
    for start, end, matched in zip(*columns, strict=True):
        assert text[start:end] == matched


def test_country_counts_roll_up_leaders_and_institutions(seed):
    articles, mentions = seed
    counts = count_mentions(mentions, articles, by="country").set_index("actor_id")["mentions"]
    result = {key: int(value) for key, value in counts.items()}
    # North Korea: 9 own mentions + 3 of Kim Jong-un; Russia: 7 + 2 of Shoigu (the
    # demonyms inside "dirigeant nord-coréen Kim Jong-un" and "ministre russe, Sergueï
    # Shoigu" count with the person); the United States: 3 + 2 of the State Department + 2
    # of the White House; the Security Council rolls up to the UN.
    expected = {"PRK": 12, "RUS": 9, "USA": 7, "CHN": 3, "UKR": 2, "UN": 1}
    assert result == expected


def test_sentence_ids_follow_the_repaired_paragraphs(seed):
    _, mentions = seed
    first_sentence = mentions.loc[mentions["sentence_id"] == 0, "matched"].tolist()
    assert first_sentence == ["Etats-Unis", "Russie", "Corée du Nord", "russe", "Pyeongyang"]
    # "Pyeongyang.Lors" was split: the State Department opens the second sentence.
    assert mentions["sentence_id"].iloc[5] == 1
