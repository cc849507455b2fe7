"""The dated office-holders: officeholders.yaml, its provenance, and its layering."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd
import pytest

from analysis import config
from analysis.actors import alias_key, check_actors, load_actors
from analysis.actors.parse import read_layer

OFFICEHOLDERS = config.PACKAGED_OFFICEHOLDERS
PROVENANCE = OFFICEHOLDERS.with_name("officeholders_sources.md")

#: The fixed vocabulary of role titles, documented in the header of officeholders.yaml.
TITLES = frozenset(
    {
        "head of state",
        "head of government",
        "prime minister",
        "foreign minister",
        "defence minister",
        "UN ambassador",
        "secretary-general",
        "director general",
        "president of the European Commission",
        "president of the European Council",
        "high representative",
        "spokesperson",
        "deputy spokesperson",
        "deputy secretary of state",
        "deputy foreign minister",
    }
)

#: The G20 states, both Koreas, Ukraine, Iran, Israel, Syria and Poland.
STATES = (
    *("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA"),
    *("JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"),
    *("PRK", "UKR", "IRN", "ISR", "SYR", "POL"),
)
STATE_OFFICES = ("head of state", "head of government", "foreign minister")

#: States whose head of state is a person listed under another state.
HEAD_OF_STATE_OF = {"CAN": "GBR", "AUS": "GBR"}

#: The heads of organisations, by organisation and title. The EU's titles name one office
#: each, whatever the holder's affiliation (Tusk and Mogherini are listed under their
#: states); "secretary-general" is both the UN's and NATO's.
ORGANISATION_OFFICES = (
    ("UN", "secretary-general"),
    ("NATO", "secretary-general"),
    ("IAEA", "director general"),
    (None, "president of the European Commission"),
    (None, "president of the European Council"),
    (None, "high representative"),
)

#: Months a state may lack an office-holder, knowingly, with the reason. Empty: every
#: month of 2010-2025 is covered, acting holders included where they filled a month.
ALLOWED_GAPS: dict[tuple[str, str], tuple[set[str], str]] = {}

FIRST_MONTH, LAST_MONTH = pd.Period("2010-01", "M"), pd.Period("2025-12", "M")
MONTHS = pd.period_range(FIRST_MONTH, LAST_MONTH, freq="M")

#: One-word aliases that are a person's whole name, not a surname: undated.
MONONYMS = frozenset({"Akihito", "Naruhito", "Jokowi"})

#: Surnames never aliases alone, dated or not: common Korean, Chinese and other surnames.
FORBIDDEN_ALONE = frozenset(
    {
        "Kim",
        "Lee",
        "Park",
        "Pak",
        "Moon",
        "Yoon",
        "Yun",
        "Choi",
        "Choe",
        "Kang",
        "Cho",
        "Chung",
        "Jung",
        "Jeong",
        "Han",
        "Hwang",
        "Song",
        "Yu",
        "Shin",
        "Suh",
        "Ri",
        "Hong",
        "Ahn",
        "Li",
        "Wang",
        "Hu",
        "Wen",
        "Yang",
        "Qin",
        "Wei",
        "Dong",
        "James",
        "Johnson",
        "Brown",
        "Martin",
        "Smith",
        "Miller",
        "Price",
        "May",
        "Campbell",
        "Sullivan",
        "Harris",
        "Austin",
        "Abe",
        "Kan",
        "Borne",
        "Singh",
        "Cohen",
        "Katz",
    }
)


@pytest.fixture(scope="module")
def layer():
    return read_layer(OFFICEHOLDERS, "default")


@pytest.fixture(scope="module")
def entries(layer):
    layer_entries, _ = layer
    return layer_entries.actors


@pytest.fixture(scope="module")
def actors():
    return load_actors()


def month(text: str | None) -> pd.Period | None:
    return None if text is None else pd.Period(text, freq="M")


def roles_of_layer(entries) -> list[tuple[str, dict]]:
    return [(entry.actor_id, role) for entry in entries for role in entry.fields.get("roles", [])]


def vocabulary_roles(actors) -> pd.DataFrame:
    """One row per role of the merged dictionary whose title is of the vocabulary."""
    rows = []
    for actor in actors.actors.itertuples():
        for role in actor.roles:
            if role["title"] in TITLES:
                rows.append(
                    {
                        "actor_id": actor.actor_id,
                        "country": actor.country,
                        "organisation": actor.organisation,
                        **role,
                    }
                )
    return pd.DataFrame(rows)


def covered_months(roles: pd.DataFrame) -> set[pd.Period]:
    covered: set[pd.Period] = set()
    for role in roles.to_dict("records"):
        end = LAST_MONTH if pd.isna(role["to"]) else month(role["to"])
        start = max(month(role["from"]), FIRST_MONTH)
        covered.update(pd.period_range(start, end, freq="M") if start <= end else [])
    return covered


# --------------------------------------------------------------------------------------
# The file
# --------------------------------------------------------------------------------------


def test_the_file_alone_has_no_problem(layer):
    _, problems = layer

    assert problems == []


def test_the_packaged_dictionary_with_it_has_no_problem_at_all():
    result = check_actors(OFFICEHOLDERS)

    assert result == []


def test_the_file_holds_persons_only(entries):
    types = {entry.fields.get("type", "person") for entry in entries}

    assert types == {"person"}


def test_every_role_has_a_known_title_a_source_and_months_within_the_period(entries):
    bad = []
    for actor_id, role in roles_of_layer(entries):
        start, end = month(role["from"]), month(role["to"])
        covers_2010 = start <= FIRST_MONTH and (end is None or end >= FIRST_MONTH)
        problems = [
            role["title"] not in TITLES and "unknown title",
            not role["source"] and "no source",
            end is not None and end > LAST_MONTH and "ends after 2025-12",
            end is not None and end < FIRST_MONTH and "ends before 2010",
            start < pd.Period("2009-01", "M") and not covers_2010 and "starts before 2009",
            start > LAST_MONTH and "starts after 2025-12",
        ]
        bad.extend(f"{actor_id}: {problem}" for problem in problems if problem)

    assert bad == []


def test_every_entry_has_roles(entries):
    result = [entry.actor_id for entry in entries if not entry.fields.get("roles")]

    assert result == []


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("office", STATE_OFFICES)
def test_every_state_has_an_office_holder_every_month(actors, state, office):
    roles = vocabulary_roles(actors)
    holder_state = HEAD_OF_STATE_OF.get(state, state) if office == "head of state" else state
    holders = roles[(roles["country"] == holder_state) & (roles["title"] == office)]
    allowed, _reason = ALLOWED_GAPS.get((state, office), (set(), ""))

    missing = set(MONTHS) - covered_months(holders) - {month(text) for text in allowed}

    assert sorted(str(gap) for gap in missing) == []


@pytest.mark.parametrize(("organisation", "office"), ORGANISATION_OFFICES)
def test_every_organisation_has_a_head_every_month(actors, organisation, office):
    roles = vocabulary_roles(actors)
    holders = roles[roles["title"] == office]
    if organisation is not None:
        holders = holders[holders["organisation"] == organisation]

    missing = set(MONTHS) - covered_months(holders)

    assert sorted(str(gap) for gap in missing) == []


def test_allowed_gaps_are_real_gaps_with_a_reason(actors):
    roles = vocabulary_roles(actors)
    for (state, office), (allowed, reason) in ALLOWED_GAPS.items():
        holders = roles[(roles["country"] == state) & (roles["title"] == office)]
        assert reason
        assert not {month(text) for text in allowed} & covered_months(holders)


#: Months without a listed US Deputy Secretary of State: the post was vacant or held by
#: acting officials this file does not list, between Biegun's departure and Sherman's
#: confirmation, and between Campbell's departure and Landau's.
US_DEPUTY_VACANCIES = {"2021-02", "2021-03", "2025-02"}


@pytest.mark.parametrize(
    ("office", "vacancies"),
    [("spokesperson", set()), ("deputy secretary of state", US_DEPUTY_VACANCIES)],
)
def test_us_state_department_offices_cover_2010_to_2025(actors, office, vacancies):
    roles = vocabulary_roles(actors)
    holders = roles[(roles["country"] == "USA") & (roles["title"] == office)]

    missing = set(MONTHS) - covered_months(holders)

    assert sorted(str(gap) for gap in missing) == sorted(vacancies)


# --------------------------------------------------------------------------------------
# Aliases
# --------------------------------------------------------------------------------------


def test_dated_aliases_belong_to_persons_with_roles(actors):
    dated = actors.aliases[actors.aliases["dated"]]
    table = actors.actors.set_index("actor_id")

    owners = table.loc[sorted(set(dated["actor_id"]))]

    assert set(owners["actor_type"]) == {"person"}
    assert owners["roles"].map(len).gt(0).all()


def test_dated_aliases_are_owned_by_entries_with_roles_in_this_file(entries):
    result = [
        alias.text
        for entry in entries
        for alias in entry.aliases
        if alias.dated and not entry.fields.get("roles")
    ]

    assert result == []


def test_a_surname_alone_is_always_dated(entries):
    undated = [
        alias.text
        for entry in entries
        for alias in entry.aliases
        if len(alias_key(alias.text).split()) == 1
        and not alias.dated
        and alias.text not in MONONYMS
        and not alias.case_sensitive
    ]

    assert undated == []


def test_common_and_korean_surnames_are_never_aliases_alone(entries):
    # actors.yaml keeps "Yoon" (undated) for Yoon Suk-yeol, a choice documented there
    forbidden = {alias_key(name) for name in FORBIDDEN_ALONE}

    result = sorted(
        alias.text
        for entry in entries
        for alias in entry.aliases
        if alias_key(alias.text) in forbidden
    )

    assert result == []


def test_every_new_person_has_an_undated_full_name(entries):
    result = [
        entry.actor_id
        for entry in entries
        if "name" in entry.fields
        and entry.actor_id != "sugiono"  # a single common name: dated (see the file)
        and not any(not alias.dated and " " in alias.text for alias in entry.aliases)
    ]

    assert result == []


def test_dated_column_is_false_for_the_aliases_of_actors_yaml(actors):
    base = actors.aliases[actors.aliases["actor_id"].isin(["putin", "PRK", "white-house"])]

    assert not base["dated"].any()


# --------------------------------------------------------------------------------------
# Facts checked by hand
# --------------------------------------------------------------------------------------


def role_of(actors, actor_id: str, title: str) -> list[tuple[str, str | None]]:
    roles = actors.actor(actor_id)["roles"]
    return [(role["from"], role["to"]) for role in roles if role["title"] == title]


@pytest.mark.parametrize(
    ("actor_id", "country", "title", "expected"),
    [
        ("francois-hollande", "FRA", "head of state", [("2012-05", "2017-05")]),
        ("lavrov", "RUS", "foreign minister", [("2004-03", None)]),
        ("kang-kyung-wha", "KOR", "foreign minister", [("2017-06", "2021-02")]),
        ("guterres", None, "secretary-general", [("2017-01", None)]),
        ("merkel", "DEU", "head of government", [("2005-11", "2021-12")]),
        ("kim-tok-hun", "PRK", "head of government", [("2020-08", "2024-12")]),
        ("vasily-nebenzya", "RUS", "UN ambassador", [("2017-07", None)]),
        ("jen-psaki", "USA", "spokesperson", [("2013-04", "2015-03")]),
    ],
)
def test_spot_checks_of_real_facts(actors, actor_id, country, title, expected):
    row = actors.actor(actor_id)

    assert role_of(actors, actor_id, title) == expected
    assert (None if pd.isna(row["country"]) else row["country"]) == country


def test_guterres_heads_the_un(actors):
    assert actors.actor("guterres")["organisation"] == "UN"


@pytest.mark.parametrize(
    ("alias", "actor_id"),
    [
        ("Tchourkine", "vitaly-churkin"),
        ("Churkin", "vitaly-churkin"),
        ("Nebenzia", "vasily-nebenzya"),
        ("Nebenzya", "vasily-nebenzya"),
        ("Choïgou", "shoigu"),
        ("Kono", "taro-kono"),
    ],
)
def test_french_and_english_spellings_name_the_same_person(actors, alias, actor_id):
    rows = actors.aliases[actors.aliases["alias"].map(alias_key) == alias_key(alias)]

    assert rows["actor_id"].tolist() == [actor_id]


# --------------------------------------------------------------------------------------
# Provenance
# --------------------------------------------------------------------------------------

_SOURCE = re.compile(
    r"(every-politician-scrapers/[a-z0-9-]+@[0-9a-f]+:[^;( ]+"
    r"|OEFDataScience/REIGN\.github\.io@[0-9a-f]+:[^;( ]+)"
)


def source_counts(entries) -> Counter:
    """Roles citing each snapshot, and roles curated by hand (a role may count twice)."""
    counts: Counter = Counter()
    for _, role in roles_of_layer(entries):
        counts.update(set(_SOURCE.findall(role["source"])))
        if "curated" in role["source"]:
            counts["curated"] += 1
    return counts


def test_the_provenance_file_counts_the_roles_of_each_source(entries):
    table = {}
    for line in PROVENANCE.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip(" `") for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[-1].isdigit():
            repository, commit, path = cells[:3]
            source = "curated" if repository == "curated" else f"{repository}@{commit[:12]}:{path}"
            table[source] = int(cells[-1])

    assert table == dict(source_counts(entries))


def test_the_provenance_file_gives_the_totals(entries):
    text = PROVENANCE.read_text(encoding="utf-8")
    new = sum("name" in entry.fields for entry in entries)

    assert f"{len(entries)} entries" in text
    assert f"{new} new persons" in text
    assert f"{len(roles_of_layer(entries))} roles" in text
