"""The development set of ``benchmarks/devset/`` is well formed, without the corpora.

The annotations refer to texts that are not in the repository (the corpora are read from
elsewhere), so these tests only check what the file itself can show: the fields, the ids,
the kinds, that spans are sane and never overlap within an article, and that an actor keeps
one country or organisation throughout. ``benchmarks/evaluate_actors.py`` checks each text
against its ``text_sha256`` when the corpora are at hand. The last test runs the scoring
functions of that script on a made-up article.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "benchmarks" / "devset"
ACTORS = DEVSET / "actors.jsonl"

KINDS = {"name", "demonym", "capital", "institution", "epithet", "person", "speaker"}
CORPORA = {"wikinews-fr": "fr", "wikinews-en": "en", "state-dept-press": "en"}
FIELDS = {"corpus", "path", "doc_id", "language", "stratum", "text_sha256", "mentions"}
MENTION_FIELDS = {"start", "end", "text", "actor", "country", "organisation", "kind"}
STATE = re.compile(r"[A-Z]{3}")
ORGANISATION = re.compile(r"[A-Z][A-Z0-9]+")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PATH = re.compile(r"\d{3,4}_[0-9a-f]{16}\.txt")

with open(ROOT / "analysis" / "data" / "iso3166.csv", encoding="utf-8") as _handle:
    ALPHA3 = {row["alpha3"] for row in csv.DictReader(_handle)}


def _records() -> list[dict]:
    with open(ACTORS, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


RECORDS = _records()


def _ids(record: dict) -> str:
    return f"{record['corpus']}/{record['path']}"


def test_the_set_has_the_planned_size():
    by_corpus = Counter(record["corpus"] for record in RECORDS)
    assert len(RECORDS) >= 40
    assert by_corpus["wikinews-fr"] >= 16
    assert by_corpus["wikinews-en"] >= 10
    assert by_corpus["state-dept-press"] >= 14
    assert len({(r["corpus"], r["path"]) for r in RECORDS}) == len(RECORDS)


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_article_fields(record):
    assert set(record) == FIELDS
    assert record["corpus"] in CORPORA
    assert record["language"] == CORPORA[record["corpus"]]
    assert PATH.fullmatch(record["path"])
    assert record["doc_id"] == record["path"].removesuffix(".txt")
    assert re.fullmatch(r"[0-9a-f]{64}", record["text_sha256"])
    assert record["stratum"] in {
        "international",
        "paris-domestic",
        "le-nord",
        "transcript",
        "joint-statement",
    }


@pytest.mark.parametrize("record", RECORDS, ids=_ids)
def test_mentions(record):
    previous_end = 0
    for mention in record["mentions"]:
        assert set(mention) == MENTION_FIELDS
        start, end, text = mention["start"], mention["end"], mention["text"]
        assert isinstance(start, int) and isinstance(end, int)
        assert 0 <= start < end, mention
        assert end - start == len(text), mention
        assert text == text.strip() and text, mention
        # Ordered by offset, and no two gold spans overlap.
        assert start >= previous_end, mention
        previous_end = end

        kind, actor = mention["kind"], mention["actor"]
        country, organisation = mention["country"], mention["organisation"]
        assert kind in KINDS, mention
        assert country == "" or country in ALPHA3, mention
        assert organisation == "" or ORGANISATION.fullmatch(organisation), mention
        if kind in ("person", "speaker"):
            assert SLUG.fullmatch(actor), mention
            assert bool(country) != bool(organisation), mention
        elif kind == "institution":
            assert SLUG.fullmatch(actor), mention
            assert country or organisation, mention
        elif STATE.fullmatch(actor) and actor in ALPHA3:
            assert (country, organisation) == (actor, ""), mention
        else:
            assert kind == "name" and ORGANISATION.fullmatch(actor), mention
            assert country == "", mention
        if kind in ("demonym", "capital"):
            assert actor in ALPHA3, mention


def test_each_actor_keeps_one_affiliation():
    seen: dict[str, tuple[str, str]] = {}
    for record in RECORDS:
        for mention in record["mentions"]:
            affiliation = (mention["country"], mention["organisation"])
            assert seen.setdefault(mention["actor"], affiliation) == affiliation, mention


def test_speaker_labels_are_upper_case():
    for record in RECORDS:
        for mention in record["mentions"]:
            if mention["kind"] == "speaker":
                assert mention["text"] == mention["text"].upper(), mention


def _evaluator():
    spec = importlib.util.spec_from_file_location(
        "evaluate_actors", ROOT / "benchmarks" / "evaluate_actors.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_scores_on_a_made_up_article():
    ev = _evaluator()

    def mention(start, end, text, actor, kind, country="", organisation=""):
        key, is_country = ev.roll_up(actor, country, organisation)
        return ev.Mention(start, end, text, actor, kind, key, is_country)

    text = "French President Emmanuel Macron met the UN chief in Paris, not in Georgia."
    gold = [
        mention(0, 32, text[0:32], "macron", "person", country="FRA"),
        mention(41, 43, "UN", "UN", "name"),
        mention(53, 58, "Paris", "FRA", "capital", country="FRA"),
        mention(67, 74, "Georgia", "GEO", "name", country="GEO"),
    ]
    predicted = [
        mention(0, 6, "French", "FRA", "demonym", country="FRA"),
        mention(17, 32, "Emmanuel Macron", "macron", "leader", country="FRA"),
        mention(41, 43, "UN", "UN", "name", organisation=None),
        mention(53, 58, "Paris", "FRA", "capital", country="FRA"),
    ]
    article = ev.Article("x", "000_0000000000000000.txt", "000", text, gold, predicted)
    result = ev.evaluate([article])

    counts = result["counts"]["overall"]

    def numbers(level):
        return tuple(counts[level][name] for name in ("matched", "predicted", "gold"))

    # FRA: predicted 3, gold 2 (the demonym inside the title counts again); GEO: 0 and 1.
    assert numbers("countries") == (2, 3, 3)
    assert numbers("organisations") == (1, 1, 1)
    assert numbers("all") == (3, 4, 4)
    spans = result["spans"]["overall"]
    assert spans["precision_by_predicted_kind"]["all"]["precision"] == 1.0
    assert spans["recall_by_gold_kind"]["name"]["found"] == 1  # UN, not Georgia
    assert result["officials"]["overall"]["person"]["share_as_that_person"] == 1.0
    twice = result["disagreements"]["counted_twice"]
    assert [row["predicted_kinds"] for row in twice] == ["demonym+leader"]
    assert [row["text"] for row in result["disagreements"]["misses"]] == ["georgia"]
