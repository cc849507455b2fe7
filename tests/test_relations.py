"""Relations between actors: who does what to whom, in French and English, with offsets."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import analysis
from analysis.cli import main
from analysis.mentions import find_mentions
from analysis.relations import (
    RELATION_COLUMNS,
    RELATION_STATUSES,
    RELATION_TYPES,
    TYPE_DOCS,
    LexiconError,
    check_lexicon,
    find_relations,
    load_lexicon,
)
from analysis.relations.parse import load_parser

SAMPLE = (
    "Les Etats-Unis accusent la Russie de soutenir le programme d'armement de la Corée du Nord."
)


def articles_of(*texts: str, language: str = "fr") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(texts))],
            "language": [language] * len(texts),
            "text": list(texts),
        }
    )


def relations_of(text: str, language: str, **options) -> list[tuple[str, str, str, str]]:
    table = find_relations(articles_of(text, language=language), **options)
    return list(
        zip(
            table["source_country"],
            table["type"],
            table["target_country"],
            table["status"],
            strict=True,
        )
    )


@pytest.mark.parametrize("method", ["parse", "rules"])
def test_the_sample_sentence_gives_an_accusation_and_the_alleged_support(method):
    result = relations_of(SAMPLE, "fr", method=method)
    assert result[0] == ("USA", "ACCUSE", "RUS", "asserted")
    assert len(result) == 2
    source, type_, target, status = result[1]
    assert (source, target, status) == ("RUS", "PRK", "alleged")
    assert type_ in ("SUPPORT", "AID")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Passive voice: the agent acts.
        ("La Russie est accusée par les États-Unis.", "fr", [("USA", "ACCUSE", "RUS", "asserted")]),
        ("Russia was condemned by Japan.", "en", [("JPN", "ACCUSE", "RUS", "asserted")]),
        # Coordination: one relation per coordinated actor.
        (
            "Washington et Séoul ont condamné Pyongyang.",
            "fr",
            [("USA", "ACCUSE", "PRK", "asserted"), ("KOR", "ACCUSE", "PRK", "asserted")],
        ),
        (
            "Washington and Seoul condemned Pyongyang.",
            "en",
            [("USA", "ACCUSE", "PRK", "asserted"), ("KOR", "ACCUSE", "PRK", "asserted")],
        ),
        # Negation.
        ("La Chine n'a pas condamné la Russie.", "fr", [("CHN", "ACCUSE", "RUS", "negated")]),
        ("China did not condemn Russia.", "en", [("CHN", "ACCUSE", "RUS", "negated")]),
        ("Russia refused to meet Ukraine.", "en", [("RUS", "CONSULT", "UKR", "negated")]),
        # Future: announced, planned, conditional.
        ("Antony Blinken va rencontrer Wang Yi.", "fr", [("USA", "CONSULT", "CHN", "future")]),
        ("Le Japon pourrait sanctionner la Russie.", "fr", [("JPN", "SANCTION", "RUS", "future")]),
        ("Blinken will meet Wang Yi.", "en", [("USA", "CONSULT", "CHN", "future")]),
        ("Japan plans to sanction Russia.", "en", [("JPN", "SANCTION", "RUS", "future")]),
        # What one actor is accused of is alleged.
        (
            "The United States accused Russia of supplying weapons to North Korea.",
            "en",
            [("USA", "ACCUSE", "RUS", "asserted"), ("RUS", "AID", "PRK", "alleged")],
        ),
        # What one asks another to do has not happened.
        (
            "Les États-Unis ont exhorté la Chine à faire pression sur la Corée du Nord.",
            "fr",
            [("USA", "REQUEST", "CHN", "asserted"), ("CHN", "REQUEST", "PRK", "future")],
        ),
        # A second verb keeps the subject of the first.
        (
            "Japan condemned Russia and sanctioned Belarus.",
            "en",
            [("JPN", "ACCUSE", "RUS", "asserted"), ("JPN", "SANCTION", "BLR", "asserted")],
        ),
    ],
)
def test_direction_coordination_and_status(text, language, expected):
    assert relations_of(text, language) == expected


def test_actor_ids_are_those_of_the_mentions_and_roll_up_to_countries():
    table = find_relations(articles_of("Blinken will meet Wang Yi.", language="en"))
    assert table[["source", "target", "source_country", "target_country"]].values.tolist() == [
        ["blinken", "wang-yi", "USA", "CHN"]
    ]


def test_the_table_has_the_documented_columns_and_dtypes():
    table = find_relations(articles_of(SAMPLE))
    assert list(table.columns) == RELATION_COLUMNS
    assert list(table["type"].cat.categories) == list(RELATION_TYPES)
    assert list(table["status"].cat.categories) == list(RELATION_STATUSES)
    assert table["sentence_id"].dtype == "int32" and table["trigger"].dtype == "string"
    empty = find_relations(articles_of("Rien à signaler."))
    assert list(empty.columns) == RELATION_COLUMNS and empty.empty


def test_every_row_traces_to_its_text_and_to_mentions():
    articles = analysis.load_corpus("data/sample", cache=False, progress=False)
    articles = pd.concat([articles.head(60), articles_of(SAMPLE)], ignore_index=True)
    mentions = find_mentions(articles)
    table = find_relations(articles, mentions, method="rules")
    assert len(table) > 10
    texts = dict(zip(articles["doc_id"], articles["text"], strict=True))
    spans = set(zip(mentions["doc_id"], mentions["start"], mentions["end"], strict=True))
    for row in table.itertuples():
        text = texts[row.doc_id]
        assert text[row.trigger_start : row.trigger_end] == row.trigger
        assert (row.doc_id, row.source_start, row.source_end) in spans
        assert (row.doc_id, row.target_start, row.target_end) in spans


def test_every_type_is_documented_with_a_french_and_an_english_example():
    assert set(TYPE_DOCS) == set(RELATION_TYPES) and len(RELATION_TYPES) == 16
    lexicon = load_lexicon().triggers
    for name, documented in TYPE_DOCS.items():
        assert documented.french and documented.english and documented.meaning
        assert set(lexicon.loc[lexicon["type"] == name, "language"]) == {"fr", "en"}


def test_a_voice_speaks_as_its_actor():
    text = "The Department condemns Russia. We urge China to act."
    articles = articles_of(text, language="en")
    assert find_relations(articles).empty
    table = find_relations(articles, voice="USA")
    result = table[["source", "type", "target"]].values.tolist()
    assert result == [["USA", "ACCUSE", "RUS"], ["USA", "REQUEST", "CHN"]]
    first = table.iloc[0]
    assert text[first["source_start"] : first["source_end"]] == "Department"


def test_the_voice_comes_from_the_corpus_settings(make_corpus):
    root = make_corpus(
        {
            "corpus.yaml": "voice: USA\n",
            "a.txt": " date 2023-07\n\nThe Department condemns Russia's attacks on Ukraine.",
        }
    )
    articles = analysis.load_corpus(root, cache=False, progress=False)
    assert find_relations(articles)[["source", "target"]].values.tolist()[0] == ["USA", "RUS"]
    assert find_relations(articles, voice=False).empty or "USA" not in set(
        find_relations(articles, voice=False)["source"]
    )
    with pytest.raises(ValueError, match="not an actor of the dictionary"):
        find_relations(articles, voice="XXX")


def test_a_joint_statement_is_a_relation_from_each_signatory():
    text = (
        "Joint Statement of the United States, Japan and the Republic of Korea. "
        "We condemn North Korea's ballistic missile launches."
    )
    table = find_relations(articles_of(text, language="en"), voice="USA")
    result = table[["source", "type", "target"]].values.tolist()
    signatories = ("USA", "JPN", "KOR")
    # the statement itself is agreed between each two signatories, and its "we" is each
    assert result == [
        *([a, "AGREE", b] for a in signatories for b in signatories if a != b),
        ["USA", "ACCUSE", "PRK"],
        ["JPN", "ACCUSE", "PRK"],
        ["KOR", "ACCUSE", "PRK"],
    ]


def test_a_user_lexicon_adds_and_removes_triggers(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "version: 1\n"
        "remove_triggers:\n  ACCUSE: {en: [condemn]}\n"
        "triggers:\n  REJECT:\n    en: [condemn]\n  PROTEST:\n    fr: [rabrouer]\n",
        encoding="utf-8",
    )
    assert relations_of("Japan condemned Russia.", "en", lexicon=mine) == [
        ("JPN", "REJECT", "RUS", "asserted")
    ]
    assert relations_of("Le Japon a rabroué la Russie.", "fr", lexicon=mine) == [
        ("JPN", "PROTEST", "RUS", "asserted")
    ]
    assert relations_of("Le Japon a rabroué la Russie.", "fr") == []


def test_the_checker_names_each_error_with_its_line(tmp_path, capsys):
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "version: 1\n"
        "triggers:\n"
        "  ACUSE:\n    en: [blame]\n"  # line 3: unknown type
        "  REJECT:\n    en: [[nested], 12, condemn]\n"  # line 6: two malformed, one duplicate
        "  AID:\n    english: [give]\n",  # line 8: not a language code
        encoding="utf-8",
    )
    problems = [(p.line, p.severity, p.message) for p in check_lexicon(mine)]
    messages = "\n".join(message for _, _, message in problems)
    assert problems[0][:2] == (3, "error") and "did you mean ACCUSE" in messages
    assert "malformed entry (a list)" in messages and "malformed entry '12'" in messages
    assert "'condemn' is already a trigger of ACCUSE" in messages
    assert "'english' is not a language code" in messages
    with pytest.raises(LexiconError, match="relations --check"):
        load_lexicon(mine)
    assert main(["relations", "--check", str(mine)]) == 1
    assert "mine.yaml:3: error" in capsys.readouterr().out
    assert main(["relations", "--check", "analysis/data/relations.yaml"]) == 0


def test_a_subset_of_articles_counts_only_its_own_relations():
    articles = articles_of(SAMPLE, "La Chine n'a pas condamné la Russie.")
    mentions = find_mentions(articles)
    part = articles.iloc[[1]]
    result = find_relations(part, mentions)
    expected = find_relations(part)
    pd.testing.assert_frame_equal(result, expected)
    assert set(result["doc_id"]) == {"d1"}


def test_the_cache_is_rebuilt_when_the_lexicon_changes(make_corpus, tmp_path):
    root = make_corpus({"a.txt": " date 2023-07\n\n" + SAMPLE})
    articles = analysis.load_corpus(root, cache=False, progress=False)
    cache_dir = tmp_path / "cache"
    first = find_relations(articles, cache=True, cache_dir=cache_dir)
    tables = list((cache_dir / "relations").rglob("*.parquet"))
    assert len(tables) == 1
    again = find_relations(articles, cache=True, cache_dir=cache_dir)
    pd.testing.assert_frame_equal(again, first)
    mine = tmp_path / "mine.yaml"
    mine.write_text("version: 1\nremove_triggers:\n  ACCUSE: {fr: [accuser]}\n", encoding="utf-8")
    changed = find_relations(articles, lexicon=mine, cache=True, cache_dir=cache_dir)
    assert "ACCUSE" not in set(changed["type"])
    assert list((cache_dir / "relations").rglob("*.parquet")) != tables
    tables[0].with_suffix(".sha256").unlink(missing_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pd.testing.assert_frame_equal(
            find_relations(articles, cache=True, cache_dir=cache_dir), first
        )


def test_a_missing_model_names_the_package_to_install():
    with pytest.raises(ImportError, match="pip install no-such-model"):
        load_parser("no_such_model")


def test_the_command_line_writes_the_relations(make_corpus, tmp_path):
    root = make_corpus({"a.txt": " date 2023-07\n\n" + SAMPLE})
    out = tmp_path / "relations.csv"
    code = main(["relations", str(root), "--out", str(out), "--cache-dir", str(tmp_path / "c")])
    assert code == 0
    table = pd.read_csv(out)
    assert list(table.columns) == RELATION_COLUMNS
    assert table[["source", "type", "target"]].values.tolist()[0] == ["USA", "ACCUSE", "RUS"]
    assert main(["relations"]) == 2


def test_two_processes_give_the_same_table_as_one():
    articles = analysis.load_corpus("data/sample", cache=False, progress=False).head(80)
    mentions = find_mentions(articles)
    one = find_relations(articles, mentions, method="rules", n_jobs=1)
    two = find_relations(articles, mentions, method="rules", n_jobs=2)
    pd.testing.assert_frame_equal(two, one)


def test_the_cache_key_follows_the_source_of_the_rules(make_corpus, tmp_path, monkeypatch):
    from analysis.relations import cache

    root = make_corpus({"a.txt": " date 2023-07\n\n" + SAMPLE})
    articles = analysis.load_corpus(root, cache=False, progress=False)
    before = cache.relation_cache_path(articles, ["parts"], tmp_path)
    assert len(cache.code_digest()) == 64
    monkeypatch.setattr(cache, "code_digest", lambda: "other rules")
    assert cache.relation_cache_path(articles, ["parts"], tmp_path) != before


def test_the_cache_follows_the_mentions_given(make_corpus, tmp_path):
    # A table of mentions without Russia gives no relation with Russia, cache or not.
    root = make_corpus({"a.txt": " date 2023-07\n\n" + SAMPLE})
    articles = analysis.load_corpus(root, cache=False, progress=False)
    cache_dir = tmp_path / "cache"
    mentions = find_mentions(articles)
    first = find_relations(articles, mentions, cache=True, cache_dir=cache_dir)
    fewer = mentions[mentions["country"].astype("string") != "RUS"]

    result = find_relations(articles, fewer, cache=True, cache_dir=cache_dir)

    assert "RUS" in set(first["source_country"]) | set(first["target_country"])
    assert "RUS" not in set(result["source_country"]) | set(result["target_country"])
    pd.testing.assert_frame_equal(result, find_relations(articles, fewer))


def test_tables_without_the_columns_needed_are_named_in_the_error():
    articles = articles_of(SAMPLE)
    with pytest.raises(ValueError, match=r"articles table lacks column\(s\) \['text'\]"):
        find_relations(articles.drop(columns="text"))
    mentions = find_mentions(articles).drop(columns=["sentence_id", "kind"])
    with pytest.raises(
        ValueError, match=r"mentions table lacks column\(s\) \['sentence_id', 'kind'\]"
    ) as raised:
        find_relations(articles, mentions)
    assert "analysis.mentions.find_mentions" in str(raised.value)


def test_together_with_another_keeps_the_voices_we_its_own():
    text = (
        "Secretary Blinken met Kosovo Prime Minister Kurti in Pristina. The Secretary praised"
        " Kosovo's progress and thanked Kosovo for its support. Kosovo is a partner."
        " We are working together with Japan on many issues. We are working together on"
        " many issues."
    )
    table = find_relations(articles_of(text, language="en"), voice="USA")
    cooperation = set(
        map(tuple, table.loc[table["type"] == "COOPERATE", ["source", "target"]].values)
    )
    # "we ... together" is the voice and the release's partner; "together with Japan"
    # names whom the voice works with, and the partner is not among them
    assert cooperation == {("USA", "JPN"), ("USA", "XKX"), ("XKX", "USA")}
