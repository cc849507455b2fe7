"""Context aliases, exclusion patterns, glued seams, the home country and dated aliases."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from analysis.actors import ActorDictionaryError, check_actors, load_actors
from analysis.corpus.settings import CorpusSettingsError, read_settings
from analysis.counts import count_mentions
from analysis.mention_rules import apply_dates, mark_home
from analysis.mentions import find_mentions
from analysis.seams import find_seams


def mentions_of(*texts: str, **options) -> list[tuple[str, str, str, str]]:
    corpus = pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(len(texts))], "language": "fr", "text": list(texts)}
    )
    found = find_mentions(corpus, **options)
    return [
        (str(row.doc_id), row.matched, str(row.actor_id), str(row.kind))
        for row in found.itertuples()
    ]


# ------------------------------------------------------------------------------ context


@pytest.mark.parametrize(
    "text",
    [
        "Grève dans le Nord et l'Ouest de la France.",
        "Sinn Féin progresse dans le Nord.",
        "Le Nord a voté à gauche.",
    ],
)
def test_le_nord_does_not_count_without_korea_in_the_article(text):
    result = [m for m in mentions_of(text) if m[2] == "PRK"]
    assert result == []


def test_le_nord_counts_where_the_article_names_a_korea():
    result = mentions_of("Séoul a protesté. Le Nord a tiré deux missiles.")
    assert ("d0", "Le Nord", "PRK", "epithet") in result


def test_context_is_judged_article_by_article():
    result = mentions_of("Le Nord a voté.", "Pyongyang a tiré. Le Nord menace.")
    assert [m for m in result if m[1] == "Le Nord"] == [("d1", "Le Nord", "PRK", "epithet")]


def test_le_nord_coreen_is_a_demonym():
    result = mentions_of("Le Nord-Coréen Kim Song-guk a parlé à Séoul.")
    assert result[0] == ("d0", "Le Nord-Coréen", "PRK", "demonym")


def test_a_context_alias_that_the_actor_lacks_is_an_error(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n  - id: PRK\n    context:\n      le Sud: [KOR]\n", encoding="utf-8")
    problems = check_actors(path)
    assert any("not an alias of PRK" in problem.message for problem in problems)
    with pytest.raises(ActorDictionaryError):
        load_actors(path)


# ------------------------------------------------------------------------------ patterns


@pytest.mark.parametrize(
    "text, silenced",
    [
        ("Il a gagné la Coupe d'Italie.", "Italie"),
        ("Il a gagné la Coupe du Japon.", "Japon"),
        ("L'équipe de France de football a perdu.", "France"),
        ("She won the Australian Open.", "Australian"),
        ("The Russian Football Union appealed.", "Russian"),
        ("Un navire dans l'océan Indien.", "Indien"),
        ("L'Armée syrienne libre recule.", "syrienne"),
        ("Les combats dans le Nord-Syrie.", "Syrie"),
    ],
)
def test_exclusion_patterns_silence_the_state_beside_them(text, silenced):
    result = [m[1] for m in mentions_of(text)]
    assert silenced not in result


def test_a_pattern_silences_only_its_kind_and_only_right_beside_it():
    result = [m[1] for m in mentions_of("The French open the door; la coupe, la France.")]
    assert result == ["French", "France"]


def test_a_pattern_with_its_placeholder_in_the_middle_is_an_error(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text('exclusions:\n  - phrase: "Fédération {demonym} de"\n', encoding="utf-8")
    problems = check_actors(path)
    assert any("at its start or its end" in problem.message for problem in problems)


# ------------------------------------------------------------------------------ seams


def test_seams_are_lower_then_upper_case_inside_a_word():
    assert find_seams("SportNorway McCain ÉtatsUnis, U.S.") == [5, 14, 24]


def test_a_name_glued_to_the_word_before_it_is_found():
    result = mentions_of("Minister of SportNorway, Minister of CultureDenmark.")
    assert [(m[1], m[2]) for m in result] == [("Norway", "NOR"), ("Denmark", "DNK")]


def test_company_names_with_a_glued_country_are_exclusions():
    assert mentions_of("PetroChina and TransCanada shares rose.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The United States will accede to the Ottawa Convention.",
        "Participating States recalled the Helsinki Final Act.",
        "We support the continuation of the Nairobi Process.",
        "The Riyadh Agreement and the Doha Agreement were signed.",
    ],
)
def test_a_capital_in_the_name_of_a_treaty_or_process_is_no_state(text):
    assert all(m[2] == "USA" for m in mentions_of(text))


def test_the_capital_beside_a_treaty_still_counts():
    assert [m[2] for m in mentions_of("Ottawa signed the Ottawa Convention in Ottawa.")] == [
        "CAN",
        "CAN",
    ]


def test_a_heading_in_capitals_glued_to_a_name_opens_a_seam():
    result = mentions_of("OFFICE OF THE SPOKESPERSONJapan welcomed the report.")
    assert [(m[1], m[2]) for m in result] == [("Japan", "JPN")]


def test_web_addresses_and_hashtags_open_no_seam():
    result = mentions_of("Visit MekongUSPartnership.org and use #UnitedWithUkraine or #EdUSAForum.")
    assert result == []


def test_a_seam_never_splits_a_mention_already_found():
    result = mentions_of("Office of the SpokespersonThe United States")
    assert [m[1] for m in result] == ["United States"]


# ------------------------------------------------------------------------------ home


def test_home_country_capital_and_demonyms_get_their_own_kind():
    result = mentions_of("Paris et Moscou : la police française et la France.", home="FRA")
    assert result == [
        ("d0", "Paris", "FRA", "home"),
        ("d0", "Moscou", "RUS", "capital"),
        ("d0", "française", "FRA", "home"),
        ("d0", "France", "FRA", "name"),
    ]


def test_home_mentions_can_be_left_out_of_counts():
    corpus = pd.DataFrame(
        {"doc_id": ["a", "b"], "language": "fr", "text": ["Paris bloqué.", "La France et Moscou."]}
    )
    corpus["n_words"] = corpus["text"].str.split().str.len()
    mentions = find_mentions(corpus, home="FRA")
    result = count_mentions(mentions, corpus, by="country", exclude_kinds=["home"])
    assert result.set_index("actor_id").loc["FRA", "mentions"] == 1


def test_mark_home_without_home_changes_nothing():
    mentions = pd.DataFrame({"actor_id": ["FRA"], "kind": pd.Categorical(["capital"])})
    assert mark_home(mentions, None) is mentions


# ------------------------------------------------------------------------------ dated


def dated_dictionary():
    aliases = pd.DataFrame({"actor_id": ["hollande"], "alias": ["Hollande"], "dated": [True]})
    actors = pd.DataFrame(
        {
            "actor_id": ["hollande"],
            "roles": [[{"title": "head of state", "from": "2012-05", "to": "2017-05"}]],
        }
    )
    return SimpleNamespace(aliases=aliases, actors=actors)


def test_a_dated_alias_counts_only_within_the_persons_roles():
    mentions = pd.DataFrame(
        {
            "doc_id": ["in", "before", "after", "undated"],
            "actor_id": ["hollande"] * 4,
            "alias": ["Hollande"] * 4,
        }
    )
    corpus = pd.DataFrame(
        {
            "doc_id": ["in", "before", "after", "undated"],
            "month": pd.PeriodIndex(["2014-01", "2011-01", "2017-06", None], freq="M"),
        }
    )
    result = apply_dates(mentions, corpus, dated_dictionary())
    assert result["doc_id"].tolist() == ["in"]


# ------------------------------------------------------------------------------ settings


def test_settings_file_sets_label_and_home(tmp_path):
    (tmp_path / "corpus.yaml").write_text("label: Mon corpus\nhome: fra\n", encoding="utf-8")
    result = read_settings(tmp_path)
    assert (result.label, result.home) == ("Mon corpus", "FRA")


def test_settings_default_to_the_folder_name(tmp_path):
    folder = tmp_path / "wikinews-fr"
    folder.mkdir()
    assert read_settings(folder).label == "wikinews-fr"


@pytest.mark.parametrize(
    "content, message", [("lable: x\n", "unknown key"), ("home: [FRA]\n", "home must be")]
)
def test_bad_settings_say_what_is_wrong(tmp_path, content, message):
    (tmp_path / "corpus.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(CorpusSettingsError, match=message):
        read_settings(tmp_path)


def test_the_corpus_command_points_out_a_likely_home_country(tmp_path, capsys):
    from analysis.cli import main

    for number in range(25):
        (tmp_path / f"{number:03d}_0123456789abcdef.txt").write_text(
            f" date 2023-{number % 12 + 1:02d}\n\nÀ Paris, la police a bloqué la rue {number}.\n",
            encoding="utf-8",
        )
    assert main(["corpus", str(tmp_path), "--no-cache"]) == 0
    assert "--home FRA" in capsys.readouterr().out

    (tmp_path / "corpus.yaml").write_text("home: FRA\n", encoding="utf-8")
    assert main(["corpus", str(tmp_path), "--no-cache"]) == 0
    assert "--home" not in capsys.readouterr().out


def test_home_comparison_guesses_a_likely_home_and_reads_it():
    from analysis.counts import home_comparison
    from analysis.narrative import home_reading

    texts = [f"À Paris, la police a bloqué la rue {n}." for n in range(25)] + ["Moscou."]
    corpus = pd.DataFrame({"doc_id": [f"d{n}" for n in range(26)], "language": "fr", "text": texts})
    corpus["n_words"] = corpus["text"].str.split().str.len()
    table = home_comparison(find_mentions(corpus), corpus)
    assert table.attrs == {"home": "FRA", "likely": True}
    assert table["articles"].tolist() == [25, 0]
    assert "probably the outlet's home" in home_reading(table, "France")


def test_a_name_glued_to_a_dateline_is_found():
    # "Monday, January 7, 2019United States President ...": the date's last digit glued to
    # the name that opens the lead.
    assert find_seams("Monday, January 7, 2019United States") == [23]
    result = mentions_of("Monday, January 7, 2019Germany on Monday banned the airline.")
    assert [(m[1], m[2]) for m in result] == [("Germany", "DEU")]
