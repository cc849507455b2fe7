"""Officials recognised by their title (analysis.officials), through find_mentions.

A title next to a name makes the person an official of the state the title names; the
mention covers the title and the name, and absorbs the demonym inside; speaker labels and
later surnames count for a person named before; the officials table lists them with the
evidence and a dictionary entry that loads back.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis.officials.recognise as recognise
from analysis import config
from analysis.actors import load_actors
from analysis.measures import check_kinds
from analysis.mentions import KINDS, MENTION_COLUMNS, find_mentions
from analysis.officials import (
    OFFICIALS_COLUMNS,
    TitlesError,
    load_titles,
    matcher_aliases,
    officials_table,
    officials_yaml,
)
from analysis.text import sentence_starts


@functools.cache
def actors_only():
    """The packaged dictionary without its office-holders: these tests are about persons the
    dictionary does not know, whom the title alone must make officials."""
    folder = Path(tempfile.mkdtemp())
    shutil.copy(config.PACKAGED_ACTORS, folder / "actors-only.yaml")
    return load_actors(folder / "actors-only.yaml", extend=False)


def corpus_of(texts, language="fr", months=None) -> pd.DataFrame:
    texts = [texts] if isinstance(texts, str) else list(texts)
    frame = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(texts))],
            "language": [language] * len(texts),
            "text": pd.array(texts, dtype="string"),
        }
    )
    frame["month"] = pd.PeriodIndex(months or ["2021-05"] * len(texts), freq="M")
    return frame


def officials(texts, language="fr", voice=None) -> list[tuple]:
    """(matched, actor_id, country or organisation, alias) of each official mention."""
    mentions = find_mentions(
        corpus_of(texts, language), actors=actors_only(), n_jobs=1, progress=False, voice=voice
    )
    rows = mentions[mentions["kind"] == "official"]
    return [
        (
            str(row.matched),
            str(row.actor_id),
            str(row.country) if pd.notna(row.country) else str(row.organisation),
            str(row.alias),
        )
        for row in rows.itertuples()
    ]


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hier, le ministre japonais des Affaires étrangères Taro Kono a parlé.",
            ("ministre japonais des Affaires étrangères Taro Kono", "taro-kono", "JPN"),
        ),
        (
            "La Première ministre britannique Theresa May a démissionné.",
            ("Première ministre britannique Theresa May", "theresa-may", "GBR"),
        ),
        (
            "L'ambassadeur russe à l'ONU Vassili Nebenzia a voté contre.",
            ("ambassadeur russe à l'ONU Vassili Nebenzia", "vassili-nebenzia", "RUS"),
        ),
        (
            "Le président argentin Mauricio Macri est arrivé.",
            ("président argentin Mauricio Macri", "mauricio-macri", "ARG"),
        ),
        (
            "Le chef de la diplomatie chinoise Wang Yi a répondu.",
            ("chef de la diplomatie chinoise Wang Yi", "wang-yi", "CHN"),
        ),
        (
            "Le vice-ministre sud-coréen des Affaires étrangères Choi Jong-kun a parlé.",
            (
                "vice-ministre sud-coréen des Affaires étrangères Choi Jong-kun",
                "choi-jong-kun",
                "KOR",
            ),
        ),
        (
            "Le secrétaire général de l'OTAN Jens Stoltenberg a parlé.",
            ("secrétaire général de l'OTAN Jens Stoltenberg", "stoltenberg", "NATO"),
        ),
        (
            "Le ministre des Affaires étrangères de la Russie Sergueï Lavrov a parlé.",
            (
                "ministre des Affaires étrangères de la Russie Sergueï Lavrov",
                "lavrov",
                "RUS",
            ),
        ),
        (
            "Le roi du Maroc Mohammed VI a reçu.",
            ("roi du Maroc Mohammed VI", "mohammed-vi", "MAR"),
        ),
    ],
)
def test_a_french_title_makes_the_person_an_official_of_its_state(text, expected):
    result = officials(text, "fr")
    assert [row[:3] for row in result] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japanese Foreign Minister Motegi met reporters.",
            ("Japanese Foreign Minister Motegi", "motegi", "JPN"),
        ),
        (
            "Deputy Secretary of State Wendy Sherman met them.",
            ("Deputy Secretary of State Wendy Sherman", "wendy-sherman", "USA"),
        ),
        (
            "Secretary of State Antony Blinken met them.",
            ("Secretary of State Antony Blinken", "blinken", "USA"),
        ),
        (
            "Secretary-General António Guterres spoke.",
            ("Secretary-General António Guterres", "guterres", "UN"),
        ),
        (
            "Iraqi Prime Minister Mustafa al-Kadhimi arrived.",
            ("Iraqi Prime Minister Mustafa al-Kadhimi", "mustafa-al-kadhimi", "IRQ"),
        ),
        (
            "U.S. Ambassador to the UN Linda Thomas-Greenfield voted.",
            (
                "U.S. Ambassador to the UN Linda Thomas-Greenfield",
                "linda-thomas-greenfield",
                "USA",
            ),
        ),
        (
            "UN Secretary-General Ban Ki-moon spoke.",
            ("UN Secretary-General Ban Ki-moon", "ban-ki-moon", "UN"),
        ),
        (
            "Prime Minister Kishida of Japan spoke.",
            ("Prime Minister Kishida of Japan", "kishida", "JPN"),
        ),
        (
            "Japan's Foreign Minister Toshimitsu Motegi spoke.",
            ("Japan's Foreign Minister Toshimitsu Motegi", "toshimitsu-motegi", "JPN"),
        ),
        (
            "Secretary of State Antony J. Blinken spoke.",
            ("Secretary of State Antony J. Blinken", "blinken", "USA"),
        ),
        (
            "Former President Donald Trump spoke.",
            ("Former President Donald Trump", "trump", "USA"),
        ),
        # A rapporteur is the organisation's official when it is named.
        (
            "UN Special Rapporteur Agnes Callamard spoke.",
            ("UN Special Rapporteur Agnes Callamard", "agnes-callamard", "UN"),
        ),
        # An honorific between the title and the name leaves it a title.
        (
            "UK National Security Adviser Sir Stephen Lovegrove spoke.",
            (
                "UK National Security Adviser Sir Stephen Lovegrove",
                "stephen-lovegrove",
                "GBR",
            ),
        ),
    ],
)
def test_an_english_title_makes_the_person_an_official_of_its_state(text, expected):
    result = officials(text, "en")
    assert [row[:3] for row in result] == [expected]


def test_the_demonym_inside_the_title_is_absorbed_and_the_title_is_the_alias():
    text = "Le président argentin Mauricio Macri a rencontré les Argentins."
    mentions = find_mentions(corpus_of(text), actors=actors_only(), n_jobs=1, progress=False)
    result = mentions[["matched", "kind", "actor_id", "alias", "actor_type"]].astype(str)
    expected = pd.DataFrame(
        {
            "matched": ["président argentin Mauricio Macri", "Argentins"],
            "kind": ["official", "demonym"],
            "actor_id": ["mauricio-macri", "ARG"],
            "alias": ["président argentin", "argentins"],
            "actor_type": ["person", "state"],
        }
    )
    pd.testing.assert_frame_equal(result.reset_index(drop=True), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Taro Kono, Japanese foreign minister, said so.",
            ("Taro Kono, Japanese foreign minister", "taro-kono", "JPN"),
        ),
        (
            "Wang Yi, the Chinese foreign minister, agreed.",
            ("Wang Yi, the Chinese foreign minister", "wang-yi", "CHN"),
        ),
        # An indefinite article opens the apposition as well.
        (
            "Agnès Callamard, a UN rapporteur, investigated the case.",
            ("Agnès Callamard, a UN rapporteur", "agnes-callamard", "UN"),
        ),
    ],
)
def test_a_title_in_apposition_after_the_name(text, expected):
    assert [row[:3] for row in officials(text, "en")] == [expected]


def test_a_french_apposition():
    result = officials("Wang Yi, chef de la diplomatie chinoise, a parlé.", "fr")
    assert [row[:3] for row in result] == [
        ("Wang Yi, chef de la diplomatie chinoise", "wang-yi", "CHN")
    ]


def test_a_french_apposition_with_an_indefinite_article():
    result = officials("Agnès Callamard, une rapporteuse de l'ONU, a enquêté.", "fr")
    assert [row[:3] for row in result] == [
        ("Agnès Callamard, une rapporteuse de l'ONU", "agnes-callamard", "UN")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le président de la commission Jean Dupont a ouvert la séance.", "fr"),
        ("Le président du club Paul Martin est content.", "fr"),
        ("Le président de LR Christian Jacob a parlé.", "fr"),
        ("Le CEO Tim Cook a parlé.", "fr"),
        ("The President said it was over. The former president left.", "en"),
        ("Premier League club Arsenal won again.", "en"),
        ("Le président a proposé au Nord de reprendre les discussions.", "fr"),
        ("The foreign minister declined to comment.", "en"),
        ("Le ministre de la Santé Simon Dupont a parlé.", "fr"),
        ("Selon le ministre russe, Moscou veut la paix.", "fr"),
        ("The rapporteur John Smith presented the committee's report.", "en"),
    ],
)
def test_no_official_is_invented(text, language):
    assert officials(text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        "QUESTION: Hey, Ambassador. Thanks.",
        "Reeker meets with Armenian Ambassador to the United States Varuzhan Nersesyan.",
        "He met German MFA State Secretary Andreas Michaelis.",
        "Kenyan Cabinet Secretary for Foreign Affairs Ambassador Raychelle Omamo came.",
        "Ambassador of India to the United States of America Ambassador Sandhu spoke.",
    ],
)
def test_no_official_is_invented_for_the_voice(text):
    # A foreign official may count for their own state (Armenian -> ARM), never for the voice.
    assert [row for row in officials(text, "en", voice="USA") if row[2] == "USA"] == []


def test_a_surname_after_another_first_name_is_someone_else():
    text = "L'ex-Premier ministre français François Fillon a parlé. Penelope Fillon aussi."
    assert [row[0] for row in officials(text)] == ["ex-Premier ministre français François Fillon"]


def test_a_name_written_with_an_initial_is_the_dictionary_person():
    result = officials("Secretary of Defense Lloyd J. Austin III visited.", "en", voice="USA")
    assert [row[:2] for row in result] == [
        ("Secretary of Defense Lloyd J. Austin III", "lloyd-austin")
    ]


def test_a_title_without_state_counts_only_for_a_known_person():
    result = officials("Le Premier ministre Bernard Cazeneuve et le président Emmanuel Macron.")
    assert [row[:3] for row in result] == [("président Emmanuel Macron", "macron", "FRA")]


# --------------------------------------------------------------------------- voice


def test_a_publisher_title_counts_for_the_voice_only_when_given():
    text = "Department Spokesperson Ned Price briefed. Deputy Secretary Wendy Sherman left."
    assert officials(text, "en") == []
    result = officials(text, "en", voice="USA")
    assert [row[:3] for row in result] == [
        ("Department Spokesperson Ned Price", "ned-price", "USA"),
        ("Deputy Secretary Wendy Sherman", "wendy-sherman", "USA"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra "
            "Zeya visited Tunisia.",
            "Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya",
        ),
        (
            "Assistant Secretary for Western Hemisphere Affairs Brian A. Nichols visited Peru.",
            "Assistant Secretary for Western Hemisphere Affairs Brian A. Nichols",
        ),
        (
            "Assistant Secretary for Western Hemisphere Affairs, Brian Nichols, visited Peru.",
            "Assistant Secretary for Western Hemisphere Affairs, Brian Nichols",
        ),
        # "and" inside the portfolio, and a portfolio that opens with a demonym.
        (
            "Assistant Secretary for European and Eurasian Affairs Karen Donfried met Poland.",
            "Assistant Secretary for European and Eurasian Affairs Karen Donfried",
        ),
        (
            "U.S. Special Envoy for Afghan Women, Girls, and Human Rights Rina Amiri met Poland.",
            "U.S. Special Envoy for Afghan Women, Girls, and Human Rights Rina Amiri",
        ),
        (
            "Senior Bureau Official for the Bureau of East Asian and Pacific Affairs Kin Moy "
            "met Poland.",
            "Senior Bureau Official for the Bureau of East Asian and Pacific Affairs Kin Moy",
        ),
        # The title opens the text and a state is named a few words on.
        ("Under Secretary Uzra Zeya met Poland.", "Under Secretary Uzra Zeya"),
        # Glued to the release's heading: the longer title, not "Secretary of State" alone.
        (
            "Office of the SpokespersonUnder Secretary of State for Political Affairs Victoria "
            "Vance met Poland.",
            "Under Secretary of State for Political Affairs Victoria Vance",
        ),
    ],
)
def test_a_title_with_its_portfolio_counts_for_the_voice(text, expected):
    result = officials(text, "en", voice="USA")
    assert [row[0] for row in result] == [expected]
    assert result[0][2] == "USA"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A portfolio opening with a state's demonym, with "and" inside: one official.
        (
            "ROK Special Representative for Korean Peninsula Peace and Security Affairs Noh "
            "Kyu-duk arrived.",
            [
                (
                    "ROK Special Representative for Korean Peninsula Peace and Security Affairs "
                    "Noh Kyu-duk",
                    "KOR",
                )
            ],
        ),
        # The state glossed with its acronym before the title.
        (
            "Republic of Korea (ROK) Special Representative for Korean Peninsula Peace and "
            "Security Affairs Kim Gunn arrived.",
            [
                (
                    "Republic of Korea (ROK) Special Representative for Korean Peninsula Peace "
                    "and Security Affairs Kim Gunn",
                    "KOR",
                )
            ],
        ),
        (
            "Japanese Director-General for Asian and Oceanian Affairs Funakoshi Takehiro arrived.",
            [
                (
                    "Japanese Director-General for Asian and Oceanian Affairs Funakoshi Takehiro",
                    "JPN",
                )
            ],
        ),
        # After a word that ends portfolios, "and" and a capital start another person.
        (
            "Under Secretary for Political Affairs Victoria Vance and Counselor Derek Chollet "
            "traveled.",
            [
                ("Under Secretary for Political Affairs Victoria Vance", "USA"),
                ("Counselor Derek Chollet", "USA"),
            ],
        ),
        # "and" after the name, then another official: two officials, not one.
        (
            "Assistant Secretary for European and Eurasian Affairs Karen Donfried and Japanese "
            "Foreign Minister Hayashi Yoshimasa met.",
            [
                ("Assistant Secretary for European and Eurasian Affairs Karen Donfried", "USA"),
                ("Japanese Foreign Minister Hayashi Yoshimasa", "JPN"),
            ],
        ),
    ],
)
def test_a_portfolio_with_and_ends_at_its_name(text, expected):
    result = officials(text, "en", voice="USA")
    assert [row[0::2] for row in result] == expected


def test_a_portfolio_stops_before_and_another_title():
    text = (
        "Bulgarian Deputy Prime Minister for EU Funds and Minister of Finance Assen Vassilev met."
    )
    result = officials(text, "en", voice="USA")
    assert ("Minister of Finance Assen Vassilev", "BGR") in [row[0::2] for row in result]
    assert not any("Vassilev" in row[0] and "Funds" in row[0] for row in result)


def test_a_portfolio_title_without_a_state_is_nobody_s_without_a_voice():
    text = "The Secretary of State for Health Sajid Javid met France."
    assert officials(text, "en", voice="USA") == []
    assert officials("Assistant Secretary for Africa Molly Phee met Kenya.", "en") == []


def test_a_foreign_title_does_not_count_for_the_voice():
    assert officials("President Moon spoke with Foreign Minister Maas.", "en", voice="USA") == []


def test_an_unknown_voice_is_an_error():
    with pytest.raises(ValueError, match="not an actor of the dictionary"):
        find_mentions(corpus_of("x"), actors=actors_only(), n_jobs=1, progress=False, voice="XXX")


TRANSCRIPT = (
    "Ned Price, Department SpokespersonWashington, D.C.\n"
    "MR PRICE: Good afternoon.\n"
    "QUESTION: Hi.\n"
    "MR PRICE: Yes, the price is right.\n"
    "SECRETARY BLINKEN: Thank you.\n"
    "AMBASSADOR THOMAS-GREENFIELD: Hello."
)


def test_speaker_labels_count_for_the_person_named_before_and_the_voice():
    result = officials(TRANSCRIPT, "en", voice="USA")
    assert [row[:3] for row in result] == [
        ("Ned Price, Department Spokesperson", "ned-price", "USA"),
        ("MR PRICE", "ned-price", "USA"),
        ("MR PRICE", "ned-price", "USA"),
        ("SECRETARY BLINKEN", "blinken", "USA"),
        ("AMBASSADOR THOMAS-GREENFIELD", "thomas-greenfield", "USA"),
    ]
    # A courtesy label carries the title of the person's titled mention.
    assert result[1][3] == "Department Spokesperson"


def test_speaker_labels_without_voice():
    result = officials(TRANSCRIPT, "en")
    assert [row[:3] for row in result] == [("SECRETARY BLINKEN", "blinken", "USA")]


# --------------------------------------------------------------------------- later mentions


def test_the_surname_later_in_the_article_counts_for_the_official():
    texts = [
        "M. Kono a parlé. Le ministre japonais des Affaires étrangères Taro Kono est venu. "
        "M. Kono a dit que Kono reviendrait.",
        "Kono a dit.",
    ]
    mentions = find_mentions(corpus_of(texts), actors=actors_only(), n_jobs=1, progress=False)
    result = mentions.loc[mentions["kind"] == "official", ["doc_id", "matched", "actor_id"]]
    assert result.astype(str).values.tolist() == [
        ["d0", "ministre japonais des Affaires étrangères Taro Kono", "taro-kono"],
        ["d0", "M. Kono", "taro-kono"],
        ["d0", "Kono", "taro-kono"],
    ]


def test_a_short_title_before_the_surname_later_is_the_same_official():
    text = (
        "Sherman met UK National Security Adviser Sir Stephen Lovegrove today. "
        "Sherman and NSA Lovegrove continued their coordination."
    )
    mentions = find_mentions(
        corpus_of([text], "en"), actors=actors_only(), n_jobs=1, progress=False
    )
    result = mentions.loc[mentions["kind"] == "official", ["matched", "actor_id", "country"]]
    assert result.astype(str).values.tolist() == [
        ["UK National Security Adviser Sir Stephen Lovegrove", "stephen-lovegrove", "GBR"],
        ["NSA Lovegrove", "stephen-lovegrove", "GBR"],
    ]


def test_a_surname_that_is_also_a_word_needs_a_courtesy_title():
    text = (
        "Department Spokesperson Ned Price spoke of the price of oil. Price said. Mr. Price added."
    )
    result = officials(text, "en", voice="USA")
    assert [row[0] for row in result] == ["Department Spokesperson Ned Price", "Mr. Price"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre sud-coréen des Affaires étrangères Kim Sung-han a parlé. Kim a dit. "
            "M. Kim est parti.",
            ["ministre sud-coréen des Affaires étrangères Kim Sung-han", "M. Kim"],
        ),
        (
            "Le ministre sud-coréen des Affaires étrangères Kim Sung-han a vu le ministre "
            "nord-coréen Kim Yong-chol. M. Kim est parti.",
            [
                "ministre sud-coréen des Affaires étrangères Kim Sung-han",
                "ministre nord-coréen Kim Yong-chol",
            ],
        ),
    ],
)
def test_a_common_korean_surname_counts_only_after_a_courtesy_title_and_alone(text, expected):
    assert [row[0] for row in officials(text, "fr")] == expected


def test_a_one_word_name_is_the_official_named_in_full_before():
    text = "Japan's Foreign Minister Toshimitsu Motegi met. Later, Foreign Minister Motegi left."
    result = officials(text, "en")
    assert [(row[0], row[1]) for row in result] == [
        ("Japan's Foreign Minister Toshimitsu Motegi", "toshimitsu-motegi"),
        ("Foreign Minister Motegi", "toshimitsu-motegi"),
    ]


def test_a_title_and_another_word_of_the_name_given_before():
    # A paternal surname before a maternal one, a surname written first.
    text = (
        "Panamanian President Laurentino Cortizo Cohen spoke. Later, President Cortizo left."
        " Japanese Vice Foreign Minister Mori Takeo came. Vice Foreign Minister Mori spoke."
    )
    assert [(row[0], row[1], row[2]) for row in officials(text, "en")] == [
        ("Panamanian President Laurentino Cortizo Cohen", "laurentino-cortizo-cohen", "PAN"),
        ("President Cortizo", "laurentino-cortizo-cohen", "PAN"),
        ("Japanese Vice Foreign Minister Mori Takeo", "mori-takeo", "JPN"),
        ("Vice Foreign Minister Mori", "mori-takeo", "JPN"),
    ]


def test_a_title_coordinated_with_a_foreign_official_is_of_the_same_state():
    text = (
        "Blinken met Panamanian President Laurentino Cortizo Cohen and Foreign Minister"
        " Erika Mouynes."
    )
    assert [(row[1], row[2]) for row in officials(text, "en")] == [
        ("laurentino-cortizo-cohen", "PAN"),
        ("erika-mouynes", "PAN"),
    ]


def test_a_title_coordinated_with_the_voice_s_official_is_nobody_s():
    text = "Secretary Antony Blinken and Foreign Minister Erika Mouynes met."
    assert [row[0] for row in officials(text, "en", voice="USA")] == ["Secretary Antony Blinken"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The Secretary thanked Pope Francis for his leadership.", "en", ["Pope Francis"]),
        ("The President called Putin today.", "en", ["Putin"]),
        (
            "Le Premier ministre du Canada , Justin Trudeau, est venu.",
            "fr",
            ["Canada", "Justin Trudeau"],
        ),
    ],
)
def test_words_between_a_title_and_a_known_person_part_them(text, language, expected):
    # a title a few words before a person the dictionary knows is not that person's
    mentions = find_mentions(corpus_of(text, language), n_jobs=1, progress=False)
    assert mentions["matched"].astype(str).tolist() == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Blinken spoke with Kazakhstan Deputy Prime Minister and Minister of Foreign Affairs"
            " Mukhtar Tileuberdi. Secretary Blinken and Minister Tileuberdi also discussed Iran.",
            "en",
            [
                (
                    "Kazakhstan Deputy Prime Minister and Minister of Foreign Affairs Mukhtar"
                    " Tileuberdi",
                    "mukhtar-tileuberdi",
                    "KAZ",
                ),
                ("Secretary Blinken", "blinken", "USA"),
                ("Minister Tileuberdi", "mukhtar-tileuberdi", "KAZ"),
            ],
        ),
        (
            "Blinken met Thai Deputy Prime Minister and Foreign Minister Don Pramudwinai.",
            "en",
            [
                (
                    "Thai Deputy Prime Minister and Foreign Minister Don Pramudwinai",
                    "don-pramudwinai",
                    "THA",
                )
            ],
        ),
        (
            "Le vice-Premier ministre et ministre des Affaires étrangères qatari Mohammed"
            " Al-Thani a rencontré Lavrov.",
            "fr",
            [
                (
                    "vice-Premier ministre et ministre des Affaires étrangères qatari Mohammed"
                    " Al-Thani",
                    "mohammed-al-thani",
                    "QAT",
                )
            ],
        ),
    ],
)
def test_one_person_may_hold_two_titles_joined_by_and(text, language, expected):
    assert [row[:3] for row in officials(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after an article, the Secretary is someone else
        (
            "The Secretary and Foreign Minister Erika Mouynes of Panama met.",
            ["Foreign Minister Erika Mouynes of Panama"],
        ),
        # a title of the voice after "and" is a person of its own
        (
            "The Panamanian foreign minister and Secretary Antony Blinken met.",
            ["Secretary Antony Blinken"],
        ),
    ],
)
def test_two_titles_joined_by_and_may_be_two_persons(text, expected):
    assert [row[0] for row in officials(text, "en", voice="USA")] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Agnès Callamard, a UN rapporteur who had investigated the case, cautioned. "
            "Callamard said more.",
            "en",
            "UN",
        ),
        # The post names a body with a title in its name, which is no person's name.
        (
            "Agnès Callamard, a UN rapporteur for the Office of the UN High Commissioner for "
            "Human Rights who had investigated the case, cautioned. Callamard said more.",
            "en",
            "UN",
        ),
        (
            "Agnès Callamard, une rapporteuse de l'ONU qui a enquêté sur le meurtre, a parlé. "
            "Callamard a critiqué le procès.",
            "fr",
            "UN",
        ),
    ],
)
def test_a_title_in_apposition_may_end_with_a_clause_of_its_own(text, language, expected):
    result = officials(text, language)
    assert [(row[0], row[1], row[2]) for row in result][1:] == [
        ("Callamard", "agnes-callamard", expected)
    ]
    assert result[0][0].startswith("Agnès Callamard, ")


def test_a_clause_after_a_title_in_apposition_stops_at_and():
    text = (
        "H.E. Hayashi Yoshimasa, Minister for Foreign Affairs of Japan and the Honorable "
        "Antony Blinken, Secretary of State of the United States of America, met."
    )
    ids = {row[1] for row in officials(text, "en")}
    assert "blinken" in ids


def test_a_high_commissioner_is_an_official():
    result = officials("British High Commissioner to India Alex Ellis spoke.", "en")
    assert [row[:3] for row in result] == [
        ("British High Commissioner to India Alex Ellis", "alex-ellis", "GBR")
    ]


def test_a_post_in_apposition_may_end_with_words_of_its_own():
    text = (
        "Ann Example, the Canadian special envoy for Sudan talks, resigned. Example said nothing."
    )
    result = officials(text, "en")
    assert [row[:3] for row in result] == [
        ("Ann Example, the Canadian special envoy for Sudan talks", "ann-example", "CAN"),
        ("Example", "ann-example", "CAN"),
    ]


# --------------------------------------------------------------------------- office-holders


def dated_officials(texts, month, language="en", voice=None) -> list[tuple]:
    """(matched, actor_id, country) of each official, with the whole packaged dictionary
    (its dated office-holders) and articles of ``month``."""
    texts = [texts] if isinstance(texts, str) else list(texts)
    corpus = corpus_of(texts, language, [month] * len(texts))
    mentions = find_mentions(corpus, n_jobs=1, progress=False, voice=voice)
    rows = mentions[mentions["kind"] == "official"]
    return [(str(r.matched), str(r.actor_id), str(r.country)) for r in rows.itertuples()]


def test_a_title_and_a_surname_name_the_holder_of_that_office_in_that_month():
    text = "The Secretary welcomed Foreign Minister Linde to the talks."
    assert dated_officials(text, "2021-03", voice="USA") == [
        ("Foreign Minister Linde", "ann-linde", "SWE")
    ]
    # Before her term, and for an office she did not hold, the surname names no one.
    assert dated_officials(text, "2018-03", voice="USA") == []
    assert dated_officials("Defence Minister Linde spoke.", "2021-03") == []


def test_a_speaker_label_names_the_one_office_holder_of_that_surname_that_month():
    text = "Press briefing\nMS PORTER: Good afternoon.\nQUESTION: Thanks.\nMS PORTER: Next."
    assert dated_officials(text, "2021-09", voice="USA") == [
        ("MS PORTER", "jalina-porter", "USA"),
        ("MS PORTER", "jalina-porter", "USA"),
    ]
    assert dated_officials(text, "2023-09", voice="USA") == []
    label = "We welcome you.\nFOREIGN MINISTER LINDE: Thank you."
    assert dated_officials(label, "2021-03", voice="USA") == [
        ("FOREIGN MINISTER LINDE", "ann-linde", "SWE")
    ]


def test_a_label_glued_to_the_time_of_a_briefing_is_read():
    text = (
        "Department Press Briefing\n1:15 p.m. EDTMS PORTER: Good afternoon, everyone. "
        "The Secretary is in Japan."
    )
    assert dated_officials(text, "2021-09", voice="USA") == [("MS PORTER", "jalina-porter", "USA")]


def test_a_surname_named_before_with_another_state_wins_over_the_voice():
    text = (
        "Deputy Secretary Wendy Sherman met Danish Chief Negotiator Lars Hemmingsen. "
        "Deputy Secretary Sherman and Ambassador Hemmingsen agreed."
    )
    result = officials(text, "en", voice="USA")
    assert [row[:3] for row in result][-1] == ("Ambassador Hemmingsen", "lars-hemmingsen", "DNK")


def test_a_name_glued_to_a_dateline_takes_its_title_in_apposition():
    # "2019Robert Mugabe, former president of Zimbabwe": the dateline's year glued to the
    # name; the person is the official of the apposition, and "Mugabe" later is him.
    text = (
        "Monday, September 9, 2019Robert Mugabe, former president of Zimbabwe, died. Mugabe was 95."
    )
    found = dated_officials(text, "2019-09")
    assert found == [
        ("Robert Mugabe, former president of Zimbabwe", "robert-mugabe", "ZWE"),
        ("Mugabe", "robert-mugabe", "ZWE"),
    ]


def test_a_special_envoy_without_a_state_counts_for_the_voice():
    text = "Special Envoy Lenderking met Yemeni officials."
    assert officials(text, "en") == []
    assert [row[:3] for row in officials(text, "en", voice="USA")] == [
        ("Special Envoy Lenderking", "lenderking", "USA")
    ]


def test_the_counselor_is_the_voices_and_a_state_counselor_is_not():
    assert [row[:3] for row in officials("Counselor Chollet will travel to Georgia.", "en")] == []
    found = officials("Counselor Chollet will travel to Georgia.", "en", voice="USA")
    assert [row[:3] for row in found] == [("Counselor Chollet", "chollet", "USA")]
    text = "State Counselor Aung San Suu Kyi met Chinese officials."
    assert officials(text, "en", voice="USA") == []


def test_an_organisation_right_before_a_voice_title_keeps_it_from_the_voice():
    # "for UN" reads as a post, not as the envoy's organisation: nobody's, not the voice's.
    text = "We reiterated our continued support for UN Special Envoy Geir Pedersen."
    assert [row for row in officials(text, "en", voice="USA") if row[2] == "USA"] == []


def test_the_voices_title_repeating_an_office_keeps_the_person_of_a_common_surname():
    text = (
        "Special Envoy Lenderking met ROK Special Representative for Korean Peninsula Peace "
        "and Security Affairs Noh Kyu-duk. Special Representative Noh agreed."
    )
    found = officials(text, "en", voice="USA")
    assert [(row[0], row[2]) for row in found][-1] == ("Special Representative Noh", "KOR")


def test_a_state_named_in_one_article_outweighs_the_voices_default_in_others():
    # Two transcripts give Liu Xiaoming no state; one release names his: China's in all.
    texts = [
        "Special Representative Liu Xiaoming spoke first.",
        "Special Representative Liu Xiaoming spoke again.",
        "Special Representative Kim met People's Republic of China (PRC) Special "
        "Representative for Korean Peninsula Affairs Liu Xiaoming.",
    ]
    found = officials(texts, "en", voice="USA")
    assert {row[2] for row in found if "Liu" in row[0]} == {"CHN"}


# --------------------------------------------------------------------------- the table


def test_officials_keep_the_mention_columns_and_dtypes():
    corpus = corpus_of(["Le président argentin Mauricio Macri est venu.", "Rien."])
    result = find_mentions(corpus, actors=actors_only(), n_jobs=1, progress=False)
    plain = find_mentions(corpus, actors=actors_only(), n_jobs=1, progress=False, officials=False)
    assert result.columns.tolist() == MENTION_COLUMNS
    assert result.dtypes.map(str).to_dict() == plain.dtypes.map(str).to_dict()
    assert list(result["kind"].cat.categories) == list(KINDS)
    assert "official" in KINDS and check_kinds("official") == ["official"]


TRACE_PIECES = st.sampled_from(
    [
        "le président argentin Mauricio Macri", "Japanese Foreign Minister Motegi",
        "Secretary of State Antony J. Blinken", "M. Macri", "Macri", "MR PRICE: ",
        "Ned Price, Department Spokesperson", "U.S.", "le ministre russe, ", "Sergueï Lavrov",
        "Pékin", "l’ONU", " ", ". ", ".", "\n", "M.", "é", "ancien ", "🇰🇷", "a dit",
    ]
)  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(TRACE_PIECES, max_size=12).map("".join), min_size=1, max_size=4))
def test_every_official_row_is_the_text_at_its_offsets_in_its_sentence(texts):
    corpus = pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(len(texts))], "text": pd.array(texts, dtype="string")}
    )
    mentions = find_mentions(corpus, actors=actors_only(), n_jobs=1, progress=False, voice="USA")
    by_doc = dict(zip(corpus["doc_id"], texts, strict=True))
    for row in mentions.itertuples():
        text = by_doc[row.doc_id]
        assert text[row.start : row.end] == row.matched
        starts = sentence_starts(text)
        assert row.sentence_id == int(np.searchsorted(starts, row.start, side="right") - 1)
    ends = mentions.groupby("doc_id", observed=True)["end"].shift()
    assert ((mentions["start"] >= ends) | ends.isna()).all()


def test_officials_only_absorb_the_mentions_inside_them():
    texts = [
        "Le président américain Joe Biden a reçu le ministre japonais Fumio Kishida à "
        "Washington, avec l'ambassadeur russe à l'ONU Vassili Nebenzia.",
        "U.S. Secretary of State Antony Blinken spoke to Russia.",
    ]
    corpus = corpus_of(texts)
    result = find_mentions(corpus, actors=actors_only(), n_jobs=1, progress=False)
    plain = find_mentions(corpus, actors=actors_only(), n_jobs=1, progress=False, officials=False)
    spans = result[result["kind"] == "official"][["doc_id", "start", "end"]]
    for row in plain.itertuples():
        kept = ((result["doc_id"] == row.doc_id) & (result["start"] == row.start)).any()
        inside = (
            (spans["doc_id"] == row.doc_id)
            & (spans["start"] <= row.start)
            & (spans["end"] >= row.end)
        ).any()
        assert kept or inside


def test_the_table_reader_settles_chains_as_the_grammar_reads_them(monkeypatch):
    texts = [
        "Le président sud-coréen Moon Jae-in, le président sortant Moon Jae-in et "
        "l'ancien président américain Barack Obama.",
        "U.S. President Joe Biden, Prime Minister Kishida of Japan and Japan's Prime "
        "Minister Fumio Kishida. SECRETARY BLINKEN: yes.",
        "Le ministre nord-coréen des Affaires étrangères Ri Son-gwon et le secrétaire "
        "d'État américain Antony Blinken.",
    ]
    corpus = corpus_of(texts)
    corpus.loc[1, "language"] = "en"
    settled = find_mentions(corpus, actors=actors_only(), n_jobs=1, progress=False)
    monkeypatch.setattr(recognise, "chains", lambda codes: [])
    read = find_mentions(corpus, actors=actors_only(), n_jobs=1, progress=False)
    pd.testing.assert_frame_equal(settled, read)


def test_the_result_is_the_same_with_worker_processes():
    texts = [f"Le président argentin Mauricio Macri {i}. M. Macri est venu." for i in range(6)]
    corpus = corpus_of(texts)
    one = find_mentions(corpus, actors=actors_only(), n_jobs=1, progress=False)
    two = find_mentions(corpus, actors=actors_only(), n_jobs=2, progress=False)
    assert (one["kind"] == "official").sum() == 12
    pd.testing.assert_frame_equal(one, two)


def test_the_officials_table_and_its_yaml_load_back(tmp_path):
    texts = [
        "Le ministre japonais des Affaires étrangères Taro Kono est arrivé.",
        "Le ministre japonais des Affaires étrangères Taro Kono est reparti. M. Kono a dit.",
        "Le président américain Donald Trump a parlé.",
    ]
    corpus = corpus_of(texts, months=["2018-01", "2018-03", "2018-03"])
    mentions = find_mentions(corpus, actors=actors_only(), n_jobs=1, progress=False)
    table = officials_table(mentions, corpus, actors_only())
    assert table.columns.tolist() == OFFICIALS_COLUMNS
    kono = table.set_index("actor_id").loc["taro-kono"]
    assert (kono["name"], kono["country"], bool(kono["known"])) == ("Taro Kono", "JPN", False)
    assert kono["titles"] == ["ministre japonais des Affaires étrangères"]
    assert (kono["n_mentions"], kono["n_articles"]) == (3, 2)
    assert kono["months"] == ["2018-01", "2018-03"]
    role = {"title": "Foreign Minister of Japan", "from": "2018-01", "to": "2018-03"}
    assert kono["roles"] == [role]
    assert table["known"].tolist() == [False, True]
    path = tmp_path / "officials.yaml"
    text = officials_yaml(table, path)
    assert "trump" not in text
    dictionary = load_actors(path)
    assert dictionary.actor("taro-kono")["country"] == "JPN"
    assert "Foreign Minister of Japan" in dictionary.roles_on("taro-kono", "2018-02")
    again = find_mentions(corpus_of("Taro Kono est là."), dictionary, n_jobs=1, progress=False)
    assert again[["matched", "kind"]].astype(str).values.tolist() == [["Taro Kono", "leader"]]


# --------------------------------------------------------------------------- titles file


def test_a_user_titles_file_adds_titles(tmp_path):
    path = tmp_path / "titles.yaml"
    path.write_text("version: 1\ntitles:\n  - role: Governor\n    fr: [gouverneur]\n")
    mentions = find_mentions(
        corpus_of("Le gouverneur japonais Yuriko Koike a parlé."),
        n_jobs=1,
        progress=False,
        officials=path,
    )
    result = mentions.loc[mentions["kind"] == "official", ["matched", "actor_id"]]
    assert result.astype(str).values.tolist() == [
        ["gouverneur japonais Yuriko Koike", "yuriko-koike"]
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("titles:\n  - fr: [gouverneur]\n", ":2: titles\\[0\\]: a title needs a role"),
        ("titles:\n  - role: X\n    de: [y]\n", ":3: titles\\[0\\]: unknown key"),
        ("colour: blue\n", ":1: unknown key"),
        ("titles:\n  - role: X\n    voice: maybe\n    fr: [y]\n", ":3: titles\\[0\\].voice"),
    ],
)
def test_a_bad_titles_file_says_where(tmp_path, content, message):
    path = tmp_path / "titles.yaml"
    path.write_text(content)
    with pytest.raises(TitlesError, match=message):
        load_titles(path)


def test_title_keys_never_start_an_alias_inside_them():
    # A title key that an alias could start inside would win the matcher's longest-match
    # contest and hide that alias ("secrétaire d'État de Washington").
    dictionary = load_actors()
    keys = set(matcher_aliases(load_titles(), dictionary)["alias"])
    from analysis.actors import alias_key

    aliases = {alias_key(a) for a in dictionary.aliases["alias"]}
    aliases |= {alias_key(p) for p in dictionary.exclusions["phrase"]}
    for key in keys:
        words = key.split()
        for start in range(1, len(words)):
            tail = " ".join(words[start:])
            assert not any(
                alias == tail or alias.startswith(tail + " ") or tail.startswith(alias + " ")
                for alias in aliases
            ), (key, tail)


def test_a_title_of_one_state_and_a_state_s_long_name():
    text = "Taoiseach Leo Varadkar met Prime Minister Igor Matovič of the Slovak Republic."
    assert [(row[0], row[2]) for row in officials(text, "en")] == [
        ("Taoiseach Leo Varadkar", "IRL"),
        ("Prime Minister Igor Matovič of the Slovak Republic", "SVK"),
    ]


def test_a_title_without_state_is_of_the_one_state_the_article_names():
    text = (
        "I send best wishes to the people of Colombia. We appreciate our joint work with the"
        " Administration of President Iván Duque."
    )
    assert [(row[0], row[2]) for row in officials(text, "en", voice="USA")] == [
        ("President Iván Duque", "COL"),
    ]


def test_a_title_without_state_is_nobody_s_when_the_article_names_several():
    text = "Colombia and Peru met. President Iván Duque spoke."
    assert officials(text, "en") == []


def test_a_common_surname_under_the_voices_title_is_not_a_foreign_leader():
    # "Ambassador Kim" is the voice's ambassador, not the Kim Jong-un named before.
    text = "Kim Jong-un tested a missile. Ambassador Kim, our special envoy, met officials."
    found = officials(text, "en", voice="USA")
    assert [(row[0], row[2]) for row in found] == [("Ambassador Kim", "USA")]
    # Under a title of no state, a common surname is nobody known.
    assert officials("President Kim met officials.", "en", voice="USA") == []
    # A title of no state of its own still finds the person of that surname named before.
    text = "South Korean Foreign Minister Kim Sung-han spoke. Foreign Minister Kim left."
    found = officials(text, "en", voice="USA")
    assert [row[2] for row in found] == ["KOR", "KOR"]
