"""Coverage of the packaged dictionary: every state's demonyms and capital, the organs and
missions of organisations, and the phrases that hold an alias without naming its actor.

The exceptions below are the documented choices of ``analysis/data/actors.yaml`` (CHOICES
MADE HERE): a state leaves this list only by getting the alias, and enters it only with a
reason.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import config
from analysis.actors import load_actors
from analysis.mentions import find_mentions

# States with no capital alias, and why.
NO_CAPITAL = {
    "ISR": "Jerusalem's status is disputed, and Tel Aviv names the city itself",
    "BEL": "Bruxelles mostly stands for the EU and NATO",
    "AUT": "Vienne is also a French city and a form of venir",
    "PSE": "East Jerusalem, the capital claimed, is disputed; Ramallah is no capital",
    "SGP": "a city-state: the capital is named like the state",
    "MCO": "a city-state: the capital is named like the state",
    "VAT": "a city-state: the capital is named like the state",
    "SMR": "the capital is named like the state (Saint-Marin, San Marino)",
    "DJI": "the capital is named like the state",
}

# States with no demonym alias, and why.
NO_DEMONYM = {
    "COG": "congolais and Congolese name both Congos: they go to the DR Congo",
    "VAT": "no demonym in use (pontifical describes the Holy See's acts, not a people)",
}


@pytest.fixture(scope="module")
def actors():
    return load_actors(config.PACKAGED_ACTORS)


@pytest.fixture(scope="module")
def states(actors) -> set[str]:
    table = actors.actors
    return set(table.loc[table["actor_type"] == "state", "actor_id"])


def aliases_of(actors, actor_id: str, kind: str) -> set[str]:
    rows = actors.aliases
    rows = rows[(rows["actor_id"] == actor_id) & (rows["kind"] == kind)]
    return set(rows["alias"])


def mentions(text: str) -> list[tuple[str, str]]:
    corpus = pd.DataFrame({"doc_id": ["a"], "text": [text]})
    found = find_mentions(corpus)
    return list(zip(found["matched"].astype(str), found["actor_id"].astype(str), strict=True))


@pytest.mark.parametrize(("kind", "exceptions"), [("demonym", NO_DEMONYM), ("capital", NO_CAPITAL)])
def test_every_state_has_the_alias_kind_or_a_documented_exception(actors, states, kind, exceptions):
    with_kind = set(actors.aliases.loc[actors.aliases["kind"] == kind, "actor_id"])

    result = states - with_kind

    assert result == set(exceptions)
    assert all(reason.strip() for reason in exceptions.values())


@pytest.mark.parametrize(
    ("actor_id", "demonyms"),
    [
        ("BDI", "burundais burundaise burundaises Burundian Burundians"),
        ("GRC", "grec grecque grecs grecques Greek Greeks"),
        ("IRL", "irlandais irlandaise irlandaises Irish"),
        ("AUT", "autrichien autrichienne autrichiens autrichiennes Austrian Austrians"),
        ("NER", "nigérien nigérienne nigériens nigériennes"),
        ("NGA", "nigérian nigériane nigérians nigérianes"),
        ("CIV", "ivoirien ivoirienne ivoiriens ivoiriennes Ivorian Ivorians"),
        ("SSD", "sud-soudanais sud-soudanaise sud-soudanaises South_Sudanese"),
        ("XKX", "kosovar kosovare kosovars kosovares Kosovan Kosovans"),
    ],
)
def test_new_states_have_every_inflected_demonym(actors, actor_id, demonyms):
    expected = {demonym.replace("_", " ") for demonym in demonyms.split()}

    result = aliases_of(actors, actor_id, "demonym")

    assert expected <= result


@pytest.mark.parametrize(
    ("actor_id", "capitals"),
    [
        ("BDI", "Bujumbura Gitega"),
        ("GRC", "Athènes Athens"),
        ("IRL", "Dublin"),
        ("NLD", "Amsterdam"),
        ("SRB", "Belgrade"),
        ("ETH", "Addis-Abeba Addis_Ababa"),
        ("COD", "Kinshasa"),
        ("COG", "Brazzaville"),
        ("KAZ", "Astana Nur-Sultan"),
    ],
)
def test_capitals_in_french_and_english(actors, actor_id, capitals):
    expected = {capital.replace("_", " ") for capital in capitals.split()}

    result = aliases_of(actors, actor_id, "capital")

    assert expected <= result


@pytest.mark.parametrize(
    ("actor_id", "organisation"),
    [
        ("EC", "EU"),
        ("EUCO", "EU"),
        ("CEU", "EU"),
        ("EP", "EU"),
        ("ECB", "EU"),
        ("MINUSTAH", "UN"),
        ("MONUSCO", "UN"),
        ("MINUSMA", "UN"),
        ("UNIFIL", "UN"),
        ("ONUB", "UN"),
        ("UNHRC", "UN"),
        ("AMISOM", "AU"),
        ("IFC", "WB"),
        ("WHC", "UNESCO"),
    ],
)
def test_organs_and_missions_belong_to_their_organisation(actors, actor_id, organisation):
    row = actors.actor(actor_id)

    result = (row["actor_type"], row["organisation"])

    assert result == ("organisation", organisation)


@pytest.mark.parametrize("actor_id", ["UNESCO", "APEC", "MERCOSUR", "OECD", "ECOWAS"])
def test_standalone_organisations(actors, actor_id):
    row = actors.actor(actor_id)

    result = (row["actor_type"], row["organisation"])

    assert result[0] == "organisation"
    assert pd.isna(result[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mission named after its host country is the mission alone
        (
            "le financement de la Mission de l'Union africaine en Somalie",
            [("Mission de l'Union africaine en Somalie", "AMISOM")],
        ),
        (
            "l'Opération des Nations unies au Burundi emploie 51 personnes",
            [("Opération des Nations unies au Burundi", "ONUB")],
        ),
        (
            "La Commission européenne a saisi le Conseil européen.",
            [("Commission européenne", "EC"), ("Conseil européen", "EUCO")],
        ),
        # a community named with the state it lives in
        ("Greek Cypriots and Turkey", [("Greek Cypriots", "CYP"), ("Turkey", "TUR")]),
        ("les Serbes de Bosnie", [("Serbes de Bosnie", "BIH")]),
        # combining forms
        ("la frontière turquo-syrienne", [("turquo", "TUR"), ("syrienne", "SYR")]),
    ],
)
def test_longer_aliases_name_one_actor(text, expected):
    result = mentions(text)

    assert result == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ambiguous capitals count only beside their state
        ("Santiago de Compostelle reste calme.", []),
        ("Talks in Santiago, Chile.", [("Santiago", "CHL"), ("Chile", "CHL")]),
        ("Victoria Beckham met them.", []),
        ("Sofia Velikaya a gagné.", []),
        ("Le tournoi de Sofia, en Bulgarie.", [("Sofia", "BGR"), ("Bulgarie", "BGR")]),
        # shared demonyms count only beside the state they are given to
        ("Trois Congolais sont arrivés à Brazzaville.", [("Brazzaville", "COG")]),
        ("Trois Congolais sont arrivés à Kinshasa.", [("Congolais", "COD"), ("Kinshasa", "COD")]),
        ("un frère dominicain", []),
        # Congress is the US Congress beside the United States only
        ("The Peruvian Congress voted.", [("Peruvian", "PER")]),
        (
            "Congress and the U.S. Treasury",
            [("Congress", "us-congress"), ("U.S. Treasury", "us-treasury")],
        ),
        ("the Indian National Congress and the United States", [("United States", "USA")]),
        ("IDF Mobilités dessert l'Île-de-France.", []),
    ],
)
def test_context_aliases_count_only_beside_their_state(text, expected):
    result = mentions(text)

    assert result == expected


@pytest.mark.parametrize(
    "text",
    [
        "payments in U.S. dollars",
        "un budget de 346 millions $US par année",
        "Saudi Aramco",
        "Météo-France a placé 23 départements en vigilance",
        "Statistics Canada indicates",
        "the Zimbabwe African National Union",
        "during the Iran Hostage Crisis",
        "un homme d'origine chinoise",
        "ethnic Albanians",
        "formerly a Greek Orthodox church",
        "l'Église orthodoxe russe",
        "un article en grec",
        "un vol de la compagnie Turkish Airlines",
        "le Rallye Dakar",
        "le règlement de Dublin",
        "the Library of Congress",
    ],
)
def test_phrases_that_hold_an_alias_but_name_no_actor(text):
    result = mentions(text)

    assert result == []
