"""The actor dictionary: the packaged content, user layers, the validator and the command."""

from __future__ import annotations

import csv
import dataclasses
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import config
from analysis.actors import (
    ActorDictionaryError,
    ActorDictionaryWarning,
    Problem,
    alias_key,
    check_actors,
    load_actors,
)
from analysis.cli import main
from analysis.mentions import find_mentions

FIXTURES = Path(__file__).parent / "data" / "actors"
USER_EXTENSION = FIXTURES / "user_extension.yaml"
STANDALONE = FIXTURES / "standalone.yaml"


@pytest.fixture(scope="module")
def actors():
    return load_actors(config.PACKAGED_ACTORS)


@pytest.fixture(scope="module")
def extended():
    return load_actors(USER_EXTENSION)


def aliases_of(dictionary, actor_id: str, kind: str | None = None) -> set[str]:
    rows = dictionary.aliases[dictionary.aliases["actor_id"] == actor_id]
    if kind is not None:
        rows = rows[rows["kind"] == kind]
    return set(rows["alias"])


def owner_of(dictionary, alias: str) -> pd.DataFrame:
    return dictionary.aliases[dictionary.aliases["alias"] == alias]


# --------------------------------------------------------------------------------------
# The packaged dictionary
# --------------------------------------------------------------------------------------


def test_tables_have_the_documented_columns_and_dtypes(actors):
    expected_actor_dtypes = pd.Series(
        {
            "actor_id": "string",
            "actor_name": "string",
            "actor_type": "string",
            "country": "string",
            "organisation": "string",
            "roles": "object",
            "context": "object",
            "source": "string",
        }
    )
    expected_alias_dtypes = pd.Series(
        {
            "actor_id": "string",
            "alias": "string",
            "kind": "string",
            "case_sensitive": "bool",
            "dated": "bool",
            "source": "string",
        }
    )
    expected_exclusion_dtypes = pd.Series({"phrase": "string", "case_sensitive": "bool"})

    for frame, expected in [
        (actors.actors, expected_actor_dtypes),
        (actors.aliases, expected_alias_dtypes),
        (actors.exclusions, expected_exclusion_dtypes),
    ]:
        result = frame.dtypes.astype(str)
        pd.testing.assert_series_equal(result, expected.astype(str))


def test_packaged_dictionary_has_no_problem_at_all():
    result = check_actors(config.PACKAGED_ACTORS)

    assert result == []


def test_actor_ids_are_unique(actors):
    result = actors.actors["actor_id"]

    assert result.is_unique


def test_every_person_and_institution_has_an_affiliation_that_resolves(actors):
    table = actors.actors
    states = set(table.loc[table["actor_type"] == "state", "actor_id"])
    organisations = set(table.loc[table["actor_type"] == "organisation", "actor_id"])
    affiliated = table[table["actor_type"].isin(["person", "institution"])]

    unaffiliated = affiliated[affiliated["country"].isna() & affiliated["organisation"].isna()]
    bad_countries = set(table["country"].dropna()) - states
    bad_organisations = set(table["organisation"].dropna()) - organisations

    assert unaffiliated["actor_id"].tolist() == []
    assert bad_countries == set()
    assert bad_organisations == set()


def test_states_are_the_un_members_plus_palestine_holy_see_taiwan_kosovo(actors):
    with (config.PACKAGE_DIR / "data" / "iso3166.csv").open(encoding="utf-8") as table:
        iso_codes = {row["alpha3"] for row in csv.DictReader(table)}
    states = actors.actors[actors.actors["actor_type"] == "state"]

    assert len(states) == 193 + 4
    assert {"PSE", "VAT", "TWN", "XKX"} <= set(states["actor_id"])
    assert set(states["actor_id"]) <= iso_codes
    assert (states["country"] == states["actor_id"]).all()


@pytest.mark.parametrize(
    ("actor_id", "actor_type", "country", "organisation"),
    [
        ("PRK", "state", "PRK", None),
        ("KOR", "state", "KOR", None),
        ("UN", "organisation", None, None),
        ("UNSC", "organisation", None, "UN"),
        ("UNGA", "organisation", None, "UN"),
        ("EU", "organisation", None, None),
        ("NATO", "organisation", None, None),
        ("IAEA", "organisation", None, None),
        ("WHO", "organisation", None, None),
        ("ASEAN", "organisation", None, None),
        ("G7", "organisation", None, None),
        ("G20", "organisation", None, None),
        ("AU", "organisation", None, None),
        ("BRICS", "organisation", None, None),
        ("ICC", "organisation", None, None),
        ("ICJ", "organisation", None, "UN"),
        ("ICRC", "organisation", None, None),
        ("UNHCR", "organisation", None, "UN"),
        ("WFP", "organisation", None, "UN"),
        ("kim-jong-un", "person", "PRK", None),
        ("kim-yo-jong", "person", "PRK", None),
        ("choe-son-hui", "person", "PRK", None),
        ("kim-jong-il", "person", "PRK", None),
        ("moon-jae-in", "person", "KOR", None),
        ("yoon-suk-yeol", "person", "KOR", None),
        ("lee-jae-myung", "person", "KOR", None),
        ("han-duck-soo", "person", "KOR", None),
        ("park-jin", "person", "KOR", None),
        ("cho-tae-yul", "person", "KOR", None),
        ("putin", "person", "RUS", None),
        ("shoigu", "person", "RUS", None),
        ("lavrov", "person", "RUS", None),
        ("belousov", "person", "RUS", None),
        ("peskov", "person", "RUS", None),
        ("zakharova", "person", "RUS", None),
        ("medvedev", "person", "RUS", None),
        ("biden", "person", "USA", None),
        ("trump", "person", "USA", None),
        ("kamala-harris", "person", "USA", None),
        ("blinken", "person", "USA", None),
        ("rubio", "person", "USA", None),
        ("pompeo", "person", "USA", None),
        ("lloyd-austin", "person", "USA", None),
        ("hegseth", "person", "USA", None),
        ("jake-sullivan", "person", "USA", None),
        ("xi-jinping", "person", "CHN", None),
        ("wang-yi", "person", "CHN", None),
        ("li-qiang", "person", "CHN", None),
        ("kishida", "person", "JPN", None),
        ("shinzo-abe", "person", "JPN", None),
        ("ishiba", "person", "JPN", None),
        ("zelensky", "person", "UKR", None),
        ("kuleba", "person", "UKR", None),
        ("macron", "person", "FRA", None),
        ("guterres", "person", None, "UN"),
        ("von-der-leyen", "person", None, "EU"),
        ("stoltenberg", "person", None, "NATO"),
        ("rutte", "person", None, "NATO"),
        ("grossi", "person", None, "IAEA"),
        ("white-house", "institution", "USA", None),
        ("state-department", "institution", "USA", None),
        ("pentagon", "institution", "USA", None),
        ("kremlin", "institution", "RUS", None),
        ("kcna", "institution", "PRK", None),
        ("yonhap", "institution", "KOR", None),
        ("blue-house", "institution", "KOR", None),
        ("nis", "institution", "KOR", None),
        ("elysee", "institution", "FRA", None),
        ("quai-dorsay", "institution", "FRA", None),
        ("downing-street", "institution", "GBR", None),
        ("cia", "institution", "USA", None),
    ],
)
def test_required_actor_exists_with_its_affiliation(
    actors, actor_id, actor_type, country, organisation
):
    row = actors.actor(actor_id)

    result = (row["actor_type"], row["country"], row["organisation"])

    expected_country = pd.NA if country is None else country
    expected_organisation = pd.NA if organisation is None else organisation
    assert result[0] == actor_type
    assert result[1] is expected_country or result[1] == expected_country
    assert result[2] is expected_organisation or result[2] == expected_organisation


@pytest.mark.parametrize(
    ("alias", "actor_id", "kind"),
    [
        ("Pyeongyang", "PRK", "capital"),
        ("Pyongyang", "PRK", "capital"),
        ("royaume ermite", "PRK", "epithet"),
        ("RPDC", "PRK", "name"),
        ("Nord-Corée", "PRK", "name"),
        ("Séoul", "KOR", "capital"),
        ("pays du Matin calme", "KOR", "epithet"),
        ("Moscou", "RUS", "capital"),
        ("Russie", "RUS", "name"),
        ("États-Unis", "USA", "name"),
        ("Washington", "USA", "capital"),
        ("Pékin", "CHN", "capital"),
        ("Empire du Milieu", "CHN", "epithet"),
        ("Kiev", "UKR", "capital"),
        ("Kyiv", "UKR", "capital"),
        ("Kiyv", "UKR", "capital"),
        ("État hébreu", "ISR", "epithet"),
        ("Maison Blanche", "white-house", "institution"),
        ("White House", "white-house", "institution"),
        ("département d'État", "state-department", "institution"),
        ("Pentagone", "pentagon", "institution"),
        ("Kremlin", "kremlin", "institution"),
        ("Agence centrale de presse coréenne", "kcna", "institution"),
        ("Cheong Wa Dae", "blue-house", "institution"),
        ("Quai d'Orsay", "quai-dorsay", "institution"),
        ("Sergueï Choïgou", "shoigu", "leader"),
        ("Shoigu", "shoigu", "leader"),
        ("Choigu", "shoigu", "leader"),
        ("Sergueï Lavrov", "lavrov", "leader"),
        ("Poutine", "putin", "leader"),
        ("Putin", "putin", "leader"),
        ("Kim Jong-un", "kim-jong-un", "leader"),
        ("Choe Son-hui", "choe-son-hui", "leader"),
        ("Moon Jae-in", "moon-jae-in", "leader"),
        ("Yoon Suk-yeol", "yoon-suk-yeol", "leader"),
        ("Yoon Seok-youl", "yoon-suk-yeol", "leader"),
        ("Xi Jinping", "xi-jinping", "leader"),
        ("Zelensky", "zelensky", "leader"),
        ("Zelenski", "zelensky", "leader"),
        ("Zelenskyy", "zelensky", "leader"),
        ("Guterres", "guterres", "leader"),
        ("ONU", "UN", "name"),
        ("Nations unies", "UN", "name"),
        ("Conseil de sécurité", "UNSC", "name"),
        ("Conseil de sécurité des Nations unies", "UNSC", "name"),
        ("OTAN", "NATO", "name"),
        ("AIEA", "IAEA", "name"),
        ("OMS", "WHO", "name"),
        ("ANASE", "ASEAN", "name"),
        ("Union africaine", "AU", "name"),
        ("CICR", "ICRC", "name"),
    ],
)
def test_key_alias_names_its_actor(actors, alias, actor_id, kind):
    rows = owner_of(actors, alias)

    result = list(zip(rows["actor_id"], rows["kind"], strict=True))

    assert result == [(actor_id, kind)]


@pytest.mark.parametrize(
    ("alias", "actor_id", "case_sensitive"),
    [
        ("US", "USA", True),
        ("USA", "USA", True),
        ("UN", "UN", True),
        ("EU", "EU", True),
        ("AU", "AU", True),
        ("WHO", "WHO", True),
        ("EAU", "ARE", True),
        ("le Nord", "PRK", True),
        ("Le Nord", "PRK", True),
        ("Xi", "xi-jinping", True),
        ("ONU", "UN", False),
        ("OTAN", "NATO", False),
        ("Chine", "CHN", False),
    ],
)
def test_short_aliases_that_are_also_words_are_case_sensitive(
    actors, alias, actor_id, case_sensitive
):
    rows = owner_of(actors, alias)

    result = list(zip(rows["actor_id"], rows["case_sensitive"], strict=True))

    assert result == [(actor_id, case_sensitive)]


@pytest.mark.parametrize(
    ("actor_id", "demonyms"),
    [
        ("PRK", "nord-coréen nord-coréenne nord-coréens nord-coréennes North_Korean North_Koreans"),
        ("KOR", "sud-coréen sud-coréenne sud-coréens sud-coréennes South_Korean South_Koreans"),
        ("USA", "américain américaine américains américaines American Americans"),
        ("RUS", "russe russes Russian Russians"),
        ("CHN", "chinois chinoise chinoises Chinese"),
        ("JPN", "japonais japonaise japonaises Japanese"),
        ("UKR", "ukrainien ukrainienne ukrainiens ukrainiennes Ukrainian Ukrainians"),
        ("FRA", "français française françaises French"),
        ("GBR", "britannique britanniques British"),
        ("DEU", "allemand allemande allemands allemandes German Germans"),
        ("TUR", "turc turque turcs turques Turkish"),
        ("IRN", "iranien iranienne iraniens iraniennes Iranian Iranians"),
        ("ISR", "israélien israélienne israéliens israéliennes Israeli Israelis"),
        ("IND", "indien indienne indiens indiennes Indian Indians"),
        ("TWN", "taïwanais taïwanaise taïwanaises Taiwanese"),
        ("MNG", "mongol mongole mongols mongoles Mongolian"),
    ],
)
def test_every_demonym_form_of_key_states(actors, actor_id, demonyms):
    expected = {demonym.replace("_", " ") for demonym in demonyms.split()}

    result = aliases_of(actors, actor_id, "demonym")

    assert expected <= result


@pytest.mark.parametrize(
    ("actor_id", "name"),
    [
        ("AUT", "Autriche"),
        ("AUT", "Austria"),
        ("AUT", "오스트리아"),
        ("KEN", "Kenya"),
        ("DNK", "Danemark"),
        ("DNK", "Denmark"),
        ("PRK", "북한"),
        ("KOR", "대한민국"),
        ("BIH", "Bosnia and Herzegovina"),
        ("XKX", "Kosovo"),
    ],
)
def test_cldr_names_are_added_to_states(actors, actor_id, name):
    rows = owner_of(actors, name)

    result = list(zip(rows["actor_id"], rows["kind"], rows["source"], strict=True))

    assert result == [(actor_id, "name", "cldr")]


@pytest.mark.parametrize(
    "name",
    [
        "Maurice",
        "Grenade",
        "Dominique",
        "Myanmar (Burma)",
        "Bosnia & Herzegovina",
    ],
)
def test_ambiguous_or_display_only_cldr_names_are_dropped(actors, name):
    result = owner_of(actors, name)

    assert result.empty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters in Georgia lined up; Ukraine was not on the ballot.", ["UKR"]),
        ("The Georgian president said Georgia will resist.", ["GEO", "GEO"]),
        ("Chad Smith spoke.", []),
        ("Chad and Niger signed.", ["TCD", "NER"]),
    ],
)
def test_georgia_and_chad_count_only_beside_their_region(text, expected):
    corpus = pd.DataFrame({"doc_id": ["d"], "language": ["en"], "text": [text]})
    mentions = find_mentions(corpus, officials=False)
    assert mentions["actor_id"].astype(str).tolist() == expected


def test_no_alias_key_is_claimed_by_two_actors(actors):
    keys = actors.aliases.assign(key=actors.aliases["alias"].map(alias_key))

    owners = keys.groupby("key")["actor_id"].nunique()

    assert owners[owners > 1].index.tolist() == []


def test_aliases_sharing_a_key_within_an_actor_are_case_sensitive_variants(actors):
    keys = actors.aliases.assign(key=actors.aliases["alias"].map(alias_key))
    shared = keys[keys.duplicated(["actor_id", "key"], keep=False)]

    result = shared[["actor_id", "alias", "case_sensitive"]].values.tolist()

    assert result == [["PRK", "le Nord", True], ["PRK", "Le Nord", True]]


@pytest.mark.parametrize(
    "text",
    [
        "le Washington Post",
        "la mer de Chine méridionale",
        "the South China Sea",
        "en Amérique latine",
        "le Nord Stream 2",
        "en Irlande du Nord",
        "des touristes sud-américains",
    ],
)
def test_phrases_holding_an_alias_are_covered_by_an_exclusion(actors, text):
    padded_text = f" {alias_key(text)} "

    result = [
        phrase for phrase in actors.exclusions["phrase"] if f" {alias_key(phrase)} " in padded_text
    ]

    assert len(result) == 1


def test_us_open_is_a_case_sensitive_exclusion(actors):
    rows = actors.exclusions[actors.exclusions["phrase"] == "US Open"]

    result = rows["case_sensitive"].tolist()

    assert result == [True]


# --------------------------------------------------------------------------------------
# Actor lookups and roles
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actor_id", "month", "expected"),
    [
        # the descriptive titles of actors.yaml, then those of officeholders.yaml
        ("putin", "2010-03", ["Prime Minister of Russia", "head of government"]),
        ("putin", "2024-01", ["President of Russia", "head of state"]),
        ("putin", pd.Period("2005-06", freq="M"), ["President of Russia"]),
        (
            "shoigu",
            "2024-05",
            [
                "Minister of Defence of Russia",
                "Secretary of the Security Council of Russia",
                "defence minister",
            ],
        ),
        ("shoigu", "2024-06", ["Secretary of the Security Council of Russia"]),
        (
            "kim-jong-un",
            "2018-06",
            [
                "Supreme Leader of North Korea",
                "Chairman of the Workers' Party of Korea",
                "President of the State Affairs Commission",
                "head of state",
            ],
        ),
        (
            "moon-jae-in",
            "2022-05",
            ["President of South Korea", "head of state", "head of government"],
        ),
        ("moon-jae-in", "2022-06", []),
        ("trump", "2023-01", []),
        (
            "trump",
            "2025-02",
            ["President of the United States", "head of state", "head of government"],
        ),
        ("PRK", "2023-07", []),
    ],
)
def test_roles_on_gives_the_titles_held_that_month(actors, actor_id, month, expected):
    result = actors.roles_on(actor_id, month)

    assert result == expected


def test_actor_returns_the_row_named_by_its_id(actors):
    result = actors.actor("white-house")

    assert result.name == "white-house"
    assert (result["actor_name"], result["country"]) == ("White House", "USA")


def test_unknown_actor_id_raises_key_error_naming_it(actors):
    with pytest.raises(KeyError, match="nobody"):
        actors.actor("nobody")


def test_each_load_returns_its_own_tables():
    first = load_actors()
    aliases, actors = first.aliases, first.actors  # copies: editing them changes nothing else
    aliases.loc[:, "alias"] = "changed"
    actors.loc[:, "actor_name"] = "changed"

    result = load_actors()

    assert "Pyeongyang" in set(result.aliases["alias"])
    assert result.actor("PRK")["actor_name"] == "North Korea"


def test_sha256_is_stable_and_independent_of_the_folder(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        shutil.copy(USER_EXTENSION, tmp_path / folder / USER_EXTENSION.name)

    first = load_actors(tmp_path / "one" / USER_EXTENSION.name)
    second = load_actors(tmp_path / "two" / USER_EXTENSION.name)

    assert first.sha256 == second.sha256
    assert len(first.sha256) == 64
    assert first.sha256 != load_actors().sha256


def test_a_changed_file_is_read_again(tmp_path):
    user_file = tmp_path / "mine.yaml"
    user_file.write_text("actors:\n  - id: PRK\n    aliases:\n      epithet: [pays du Juche]\n")
    before = load_actors(user_file)
    user_file.write_text(
        "actors:\n  - id: PRK\n    aliases:\n      epithet: [pays du Juche, régime des Kim]\n"
    )

    result = load_actors(user_file)

    assert "régime des Kim" not in aliases_of(before, "PRK")
    assert "régime des Kim" in aliases_of(result, "PRK")


def test_environment_variable_names_the_user_file(monkeypatch):
    monkeypatch.setenv("ANALYSIS_ACTORS", str(USER_EXTENSION))

    result = load_actors()

    assert result.sources == (
        config.PACKAGED_ACTORS.resolve(),
        config.PACKAGED_OFFICEHOLDERS.resolve(),
        USER_EXTENSION.resolve(),
    )
    assert "kim-ju-ae" in set(result.actors["actor_id"])


# --------------------------------------------------------------------------------------
# User files: extend, override, remove, use alone
# --------------------------------------------------------------------------------------


def test_user_alias_is_added_with_the_file_name_as_source(extended):
    rows = owner_of(extended, "pays du Juche")

    result = rows[["actor_id", "kind", "source"]].values.tolist()

    assert result == [["PRK", "epithet", "user_extension.yaml"]]


def test_removed_aliases_are_gone_even_those_from_cldr(extended):
    result = aliases_of(extended, "PRK")

    assert "Nord-Corée" not in result
    assert "Corée du Nord" not in result
    assert {"RPDC", "Pyeongyang", "북한"} <= result


def test_user_can_restore_an_alias_the_default_removed(extended):
    result = owner_of(extended, "Georgia")[["actor_id", "source"]].values.tolist()

    assert result == [["GEO", "user_extension.yaml"]]


def test_overriding_a_field_keeps_the_other_fields_and_aliases(extended, actors):
    result = extended.actor("kcna")

    assert result["actor_name"] == "KCNA (state news agency)"
    assert result["country"] == "PRK"
    assert result["source"] == "user_extension.yaml"
    assert aliases_of(extended, "kcna") == aliases_of(actors, "kcna")


def test_replace_true_starts_the_actor_afresh(extended):
    result = extended.aliases[extended.aliases["actor_id"] == "yonhap"]

    expected = pd.DataFrame(
        {
            "actor_id": pd.Series(["yonhap"], dtype="string"),
            "alias": pd.Series(["Yonhap News Agency"], dtype="string"),
            "kind": pd.Series(["institution"], dtype="string"),
            "case_sensitive": pd.Series([False], dtype="bool"),
            "dated": pd.Series([False], dtype="bool"),
            "source": pd.Series(["user_extension.yaml"], dtype="string"),
        }
    )
    pd.testing.assert_frame_equal(result.reset_index(drop=True), expected)


def test_new_person_is_added_with_roles(extended):
    result = extended.roles_on("kim-ju-ae", "2023-02")

    assert result == ["Daughter of Kim Jong-un"]
    assert extended.actor("kim-ju-ae")["country"] == "PRK"


def test_the_packaged_dictionary_is_actors_then_officeholders():
    result = load_actors()

    assert result.sources == (
        config.PACKAGED_ACTORS.resolve(),
        config.PACKAGED_OFFICEHOLDERS.resolve(),
    )
    assert "francois-hollande" in set(result.actors["actor_id"])
    assert load_actors(config.PACKAGED_ACTORS).sources == result.sources


def test_actors_yaml_alone_has_none_of_the_officeholders():
    result = load_actors(config.PACKAGED_ACTORS, extend=False)

    assert result.sources == (config.PACKAGED_ACTORS.resolve(),)
    assert "francois-hollande" not in set(result.actors["actor_id"])
    assert result.roles_on("putin", "2024-01") == ["President of Russia"]
    assert not result.aliases["dated"].any()


def test_roles_of_a_later_layer_add_to_the_earlier_ones(tmp_path):
    user_file = tmp_path / "mine.yaml"
    user_file.write_text(
        "actors:\n"
        "  - id: moon-jae-in\n"
        "    roles:\n"
        "      - {title: envoy, from: 2023-01, to: 2023-02, source: mine, note: a test}\n"
    )

    result = load_actors(user_file)

    assert result.roles_on("moon-jae-in", "2023-01") == ["envoy"]
    assert result.roles_on("moon-jae-in", "2019-01") == [
        "President of South Korea",
        "head of state",
        "head of government",
    ]
    assert result.actor("moon-jae-in")["roles"][-1] == {
        "title": "envoy",
        "from": "2023-01",
        "to": "2023-02",
        "source": "mine",
        "note": "a test",
    }


def test_a_role_written_again_replaces_the_earlier_one(tmp_path):
    user_file = tmp_path / "mine.yaml"
    user_file.write_text(
        "actors:\n"
        "  - id: moon-jae-in\n"
        "    roles:\n"
        "      - {title: President of South Korea, from: 2017-05, to: 2022-05, source: mine}\n"
    )

    result = load_actors(user_file).actor("moon-jae-in")["roles"]

    assert [(role["title"], role["source"]) for role in result] == [
        ("President of South Korea", "mine"),
        ("head of state", result[1]["source"]),
        ("head of government", result[2]["source"]),
    ]


def test_replace_true_starts_the_roles_afresh_too(tmp_path):
    user_file = tmp_path / "mine.yaml"
    user_file.write_text(
        "actors:\n"
        "  - id: moon-jae-in\n"
        "    name: Moon Jae-in\n"
        "    type: person\n"
        "    country: KOR\n"
        "    replace: true\n"
        "    roles:\n"
        "      - {title: envoy, from: 2023-01}\n"
        "    aliases:\n"
        "      leader: [Moon Jae-in]\n"
    )

    result = load_actors(user_file)

    assert result.roles_on("moon-jae-in", "2019-01") == []
    assert result.roles_on("moon-jae-in", "2023-05") == ["envoy"]


def test_dated_aliases_are_flagged_in_the_aliases_table(tmp_path):
    user_file = tmp_path / "mine.yaml"
    user_file.write_text(
        "actors:\n"
        "  - id: moon-jae-in\n"
        "    aliases:\n"
        "      leader: [{text: Munjaein, dated: true}, {text: Moon Jae In Moon, dated: false}]\n"
    )

    result = load_actors(user_file).aliases.set_index("alias")

    assert result.loc["Munjaein", "dated"]
    assert not result.loc["Moon Jae In Moon", "dated"]
    assert not result.loc["Moon Jae-in", "dated"]


def test_the_digest_covers_the_dated_flag_and_the_sources_of_roles():
    actors = load_actors()
    aliases = actors.aliases
    aliases["dated"] = ~aliases["dated"]
    table = actors.actors
    table["roles"] = [
        [{**role, "source": "elsewhere"} for role in roles] for roles in table["roles"]
    ]

    undated = dataclasses.replace(actors, aliases=aliases)
    resourced = dataclasses.replace(actors, actors=table)

    assert len({actors.sha256, undated.sha256, resourced.sha256}) == 3


def test_removed_actor_and_exclusion_are_gone_and_new_exclusion_added(extended):
    phrases = set(extended.exclusions["phrase"])

    assert "kyodo" not in set(extended.actors["actor_id"])
    assert "US Open" not in phrases
    assert "régime de Pyongyang" in phrases


def test_user_alias_takes_a_cldr_name_from_its_state(tmp_path):
    user_file = tmp_path / "mine.yaml"
    user_file.write_text(
        "actors:\n"
        "  - id: austrian-embassy\n"
        "    name: Austrian embassy\n"
        "    type: institution\n"
        "    country: AUT\n"
        "    aliases:\n"
        "      institution: [Autriche]\n"
    )

    result = load_actors(user_file)

    assert owner_of(result, "Autriche")["actor_id"].tolist() == ["austrian-embassy"]
    assert "Austria" in aliases_of(result, "AUT")


def test_a_file_used_alone_gives_exactly_its_content():
    result = load_actors(STANDALONE, extend=False)

    expected = pd.DataFrame(
        {
            "actor_id": pd.Series(["ATL", "PRK", "PRK", "kim-jong-un"], dtype="string"),
            "alias": pd.Series(
                ["Atlantide", "RPDC", "Corée du Nord", "Kim Jong-un"], dtype="string"
            ),
            "kind": pd.Series(["name", "name", "name", "leader"], dtype="string"),
            "case_sensitive": pd.Series([False] * 4, dtype="bool"),
            "dated": pd.Series([False] * 4, dtype="bool"),
            "source": pd.Series(
                ["standalone.yaml", "standalone.yaml", "cldr", "standalone.yaml"], dtype="string"
            ),
        }
    )
    pd.testing.assert_frame_equal(result.aliases, expected)
    assert result.sources == (STANDALONE.resolve(),)
    assert result.exclusions.empty


# --------------------------------------------------------------------------------------
# The validator
# --------------------------------------------------------------------------------------

BROKEN_ENTRY_ERRORS = [
    (2, "new-person", "missing name"),
    (8, "PRK", "unknown key 'alias' in an actor; did you mean 'aliases'?"),
    (12, "bad-type.type", "unknown type 'country'"),
    (18, "bad-kind.aliases.nickname", "unknown alias kind 'nickname'"),
    (24, "empty-alias.aliases.institution[0]", "empty alias"),
    (31, "twice", "duplicate id: already defined on line 25"),
    (38, "stray.country", "unknown country 'XYZ'"),
    (44, "lost.organisation", "unknown organisation 'UNO'"),
    (52, "copycat.aliases.institution", "'Maison-Blanche' is also an alias of white-house"),
    (58, "dated.roles[0].from", "bad date 2022-13"),
    (59, "dated.roles[1]", "ends (2023-01) before it starts (2024-05)"),
    (60, "dated.roles[2].from", "bad date 2021"),
]


@pytest.fixture(scope="module")
def broken_entry_problems():
    return check_actors(FIXTURES / "broken_entries.yaml")


@pytest.mark.parametrize(("line", "field", "fragment"), BROKEN_ENTRY_ERRORS)
def test_each_broken_entry_is_reported_at_its_line(broken_entry_problems, line, field, fragment):
    result = [
        problem
        for problem in broken_entry_problems
        if (problem.line, problem.field, problem.severity) == (line, field, "error")
    ]

    assert len(result) == 1
    assert fragment in result[0].message
    assert result[0].path == (FIXTURES / "broken_entries.yaml").resolve()


def test_broken_entries_give_no_other_error(broken_entry_problems):
    result = {
        (problem.line, problem.field)
        for problem in broken_entry_problems
        if problem.severity == "error"
    }

    assert result == {(line, field) for line, field, _ in BROKEN_ENTRY_ERRORS}


@pytest.mark.parametrize(
    ("file_name", "line", "field", "severity", "fragment"),
    [
        ("broken_syntax.yaml", 5, "yaml", "error", "invalid YAML"),
        ("broken_top_level.yaml", 1, "version", "error", "unsupported version"),
        ("broken_top_level.yaml", 2, "actor", "error", "did you mean 'actors'?"),
        ("broken_top_level.yaml", 5, "exclusions[0].phrase", "error", "empty phrase"),
        ("broken_top_level.yaml", 6, "remove_exclusions", "warning", "nothing removed"),
    ],
)
def test_file_level_problems_are_reported_at_their_line(file_name, line, field, severity, fragment):
    problems = check_actors(FIXTURES / file_name)

    result = [
        problem
        for problem in problems
        if (problem.line, problem.field, problem.severity) == (line, field, severity)
    ]

    assert len(result) == 1
    assert fragment in result[0].message


@pytest.mark.parametrize(
    ("yaml_text", "field", "fragment"),
    [
        (
            "actors:\n  - id: wapo\n    name: The Post\n    type: institution\n"
            "    country: USA\n    aliases:\n      institution: [Washington Post]\n",
            "wapo.aliases.institution",
            "also an exclusion, so it never counts",
        ),
        (
            "actors:\n  - id: x\n    name: X\n    type: institution\n    country: KOR\n"
            "    replace: true\n    aliases:\n      institution: [Foo Bar]\n",
            "x.replace",
            "nothing to replace",
        ),
        (
            "actors:\n  - id: x\n    name: X\n    type: institution\n    country: KOR\n"
            "    aliases:\n      institution: [Foo Bar, foo-bar]\n",
            "x.aliases.institution",
            "same as 'Foo Bar'",
        ),
        (
            "actors:\n  - id: x\n    name: X\n    type: institution\n"
            "    aliases:\n      institution: [Foo Bar]\n",
            "x",
            "no country or organisation",
        ),
        (
            "actors:\n  - id: x\n    name: X\n    type: person\n    country: KOR\n"
            "    aliases:\n      leader: [Foo Bar]\n      capital: [Foo City]\n",
            "x.aliases.capital",
            "usually has aliases of kind leader",
        ),
        (
            "actors:\n  - id: PRK\n    remove_aliases: [Atlantis]\n",
            "PRK.remove_aliases",
            "'Atlantis' is not an alias of PRK",
        ),
        (
            "actors:\n  - id: x\n    name: X\n    type: institution\n    country: KOR\n"
            "    aliases:\n      institution: [l'Office X]\n",
            "x.aliases.institution[0]",
            "elided article",
        ),
        (
            "actors:\n  - id: x\n    name: Xavier Zorblax\n    type: person\n    country: KOR\n"
            "    aliases:\n      leader: [Xavier Zorblax, {text: Zorblax, dated: true}]\n",
            "x.aliases.leader",
            "'Zorblax' is dated, but x has no roles",
        ),
    ],
)
def test_doubtful_entries_are_warnings_that_still_load(tmp_path, yaml_text, field, fragment):
    user_file = tmp_path / "mine.yaml"
    user_file.write_text(yaml_text)

    problems = check_actors(user_file)

    assert [problem.severity for problem in problems] == ["warning"]
    assert problems[0].field == field
    assert fragment in problems[0].message
    with pytest.warns(ActorDictionaryWarning, match=re.escape(fragment)):
        assert isinstance(load_actors(user_file).sha256, str)


@pytest.mark.parametrize(
    ("yaml_text", "line", "field", "fragment"),
    [
        ("actors:\n  - name: Nameless\n    type: person\n", 2, "actors[0]", "missing id"),
        ("actors:\n  - id: NO\n    name: Norway\n", 2, "actors[0].id", "put it in quotes"),
        (
            "actors:\n  - id: PRK\n    aliases:\n      name: [1950]\n",
            4,
            "PRK.aliases.name[0]",
            "alias must be text",
        ),
        (
            "actors:\n  - id: PRK\n    aliases:\n      name: [{text: RPDC, case_sensitive: oui}]\n",
            4,
            "PRK.aliases.name[0].case_sensitive",
            "expected true or false",
        ),
        (
            "actors:\n  - id: PRK\n    aliases: [RPDC]\n",
            3,
            "PRK.aliases",
            "must be a mapping from kind to list",
        ),
        (
            "actors:\n  - id: PRK\n    name: A\n    name: B\n",
            4,
            "actors[0].name",
            "key given twice (first on line 3)",
        ),
        (
            "actors:\n  - id: kim-jong-un\n    roles:\n      - {from: 2011-12}\n",
            4,
            "kim-jong-un.roles[0]",
            "a role needs a title",
        ),
        (
            "actors:\n  - id: kim-jong-un\n    roles:\n"
            "      - {title: head of state, from: 2011-12, sourse: KCNA}\n",
            4,
            "kim-jong-un.roles[0]",
            "did you mean 'source'? known keys: title, from, to, source, note",
        ),
        (
            "actors:\n  - id: kim-jong-un\n    roles:\n"
            "      - {title: head of state, from: 2011-12, source: ''}\n",
            4,
            "kim-jong-un.roles[0].source",
            "empty source",
        ),
        (
            "actors:\n  - id: PRK\n    aliases:\n      name: [{text: RPDC, dated: sometimes}]\n",
            4,
            "PRK.aliases.name[0].dated",
            "expected true or false",
        ),
        ("cldr_locales: [fr, xx-nowhere]\n", 1, "cldr_locales", "unknown locale 'xx-nowhere'"),
        ("actors:\n  - id: KOR\n    country: PRK\n", 3, "KOR.country", "a state's country"),
        (
            "actors:\n  - id: Moon\n    name: The Moon\n    type: state\n"
            "    aliases:\n      name: [Lune]\n",
            2,
            "Moon.id",
            "ISO 3166-1 alpha-3",
        ),
    ],
)
def test_each_error_is_reported_at_its_line(tmp_path, yaml_text, line, field, fragment):
    user_file = tmp_path / "mine.yaml"
    user_file.write_text(yaml_text)

    result = [problem for problem in check_actors(user_file) if problem.severity == "error"]

    assert [(problem.line, problem.field) for problem in result] == [(line, field)]
    assert fragment in result[0].message


def test_same_key_in_two_cases_is_no_collision_when_both_case_sensitive(tmp_path):
    user_file = tmp_path / "mine.yaml"
    user_file.write_text(
        "actors:\n"
        "  - id: nord-department\n"
        "    name: Nord (French department)\n"
        "    type: institution\n"
        "    country: FRA\n"
        "    aliases:\n"
        "      institution: [{text: LE NORD, case_sensitive: true}]\n"
    )

    result = check_actors(user_file)

    assert result == []


def test_alias_with_an_unknown_option_form_explains_the_right_one(tmp_path):
    user_file = tmp_path / "mine.yaml"
    user_file.write_text(
        "actors:\n  - id: PRK\n    aliases:\n      epithet: [le Nord: {case_sensitive: true}]\n"
    )

    result = [str(problem) for problem in check_actors(user_file)]

    assert result == [
        f"{user_file}:4: error: PRK.aliases.epithet[0]: an alias with options needs a text "
        f"key; write {{text: le Nord, case_sensitive: true}}"
    ]


def test_missing_file_is_one_problem_without_line(tmp_path):
    missing = tmp_path / "absent.yaml"

    result = check_actors(missing)

    assert [(problem.line, problem.field, problem.severity) for problem in result] == [
        (None, "file", "error")
    ]


def test_load_raises_file_not_found_for_a_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"absent\.yaml"):
        load_actors(tmp_path / "absent.yaml")


def test_load_raises_a_value_error_listing_each_error_with_file_and_line():
    with pytest.raises(ActorDictionaryError) as raised:
        load_actors(FIXTURES / "broken_entries.yaml")

    assert isinstance(raised.value, ValueError)
    assert len(raised.value.problems) == len(BROKEN_ENTRY_ERRORS)
    assert "broken_entries.yaml:52: error: copycat.aliases.institution" in str(raised.value)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (12, "mine.yaml:12: error: PRK.type: unknown type 'country'"),
        (None, "mine.yaml: error: PRK.type: unknown type 'country'"),
    ],
)
def test_problem_prints_as_file_line_severity_field_message(line, expected):
    problem = Problem(Path("mine.yaml"), line, "PRK.type", "unknown type 'country'", "error")

    result = str(problem)

    assert result == expected


# --------------------------------------------------------------------------------------
# alias_key
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corée-du-Nord", "coree du nord"),
        ("Quai d’Orsay", "quai d orsay"),
        ("QUAI D'ORSAY", "quai d orsay"),
        ("  Sergueï\u00a0 Choïgou ", "serguei choigou"),
        ("U.S.", "u s"),
        ("G-7", "g 7"),
        ("G7", "g7"),
        ("북한", "북한"),
    ],
)
def test_alias_key_examples(text, expected):
    result = alias_key(text)

    assert result == expected


words = st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=8)


@given(st.text(max_size=40))
def test_alias_key_is_idempotent(text):
    once = alias_key(text)

    result = alias_key(once)

    assert result == once


@given(st.text(max_size=40))
def test_alias_key_has_single_inner_spaces_only(text):
    result = alias_key(text)

    assert result == result.strip()
    assert "  " not in result
    assert all(character.isalnum() or character == " " for character in result)


@given(words, words, st.sampled_from(["-", "’", "'", ".", " ", "  ", "\u2011"]))
def test_alias_key_treats_punctuation_between_words_as_a_space(first, second, separator):
    result = alias_key(f"{first}{separator}{second}")

    assert result == alias_key(f"{first} {second}")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèêëàâîïôöûüç -", max_size=30))
def test_alias_key_ignores_case_and_accents_of_french_letters(text):
    result = alias_key(text.upper())

    assert result == alias_key(text)
    assert result.isascii()


# --------------------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------------------


def test_check_command_reports_ok_with_counts(capsys, extended):
    code = main(["actors", "--check", str(USER_EXTENSION)])

    result = capsys.readouterr().out.splitlines()

    assert code == 0
    assert result == [
        f"{USER_EXTENSION}: ok, {len(extended.actors)} actors, {len(extended.aliases)} aliases"
    ]


def test_check_command_prints_one_problem_per_line_and_fails(capsys):
    code = main(["actors", "--check", str(FIXTURES / "broken_entries.yaml")])

    result = capsys.readouterr().out.splitlines()

    assert code == 1
    errors = [line for line in result if ": error: " in line]
    assert len(errors) == len(BROKEN_ENTRY_ERRORS)
    assert not any(": ok," in line for line in result)


def test_check_command_on_a_missing_file_fails(capsys, tmp_path):
    code = main(["actors", "--check", str(tmp_path / "absent.yaml")])

    result = capsys.readouterr().out

    assert code == 1
    assert "no such file" in result


def test_list_command_prints_one_row_per_actor_with_alias_counts(capsys):
    code = main(["actors", "--actors", str(STANDALONE), "--alone", "--list"])

    result = [line.split() for line in capsys.readouterr().out.splitlines()]

    assert code == 0
    assert result[0] == [
        "actor_id",
        "actor_type",
        "actor_name",
        "country",
        "organisation",
        "aliases",
    ]
    assert [row[0] for row in result[1:]] == ["ATL", "PRK", "kim-jong-un"]
    assert [row[-1] for row in result[1:]] == ["1", "2", "1"]


def test_summary_command_counts_actors_by_type(capsys, actors):
    code = main(["actors"])

    result = capsys.readouterr().out.splitlines()

    assert code == 0
    assert result[0].startswith(f"{len(actors.actors)} actors (197 states, ")
    assert result[2] == f"sha256 {actors.sha256}"


def test_command_reports_a_broken_dictionary_and_fails(capsys):
    code = main(["actors", "--actors", str(FIXTURES / "broken_entries.yaml")])

    result = capsys.readouterr().out

    assert code == 1
    assert "broken_entries.yaml:31: error: twice: duplicate id" in result


def test_command_rejects_unknown_options():
    result = main(["actors", "--bogus"])

    assert result == 2
