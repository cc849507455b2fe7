"""Tests of analysis.sample, the synthetic corpus generator, and of the embedded data/sample/."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tomllib
from collections import Counter
from fnmatch import fnmatch
from importlib.resources import files
from pathlib import Path
from string import Formatter

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import config
from analysis.cli import sample_main
from analysis.sample import (
    COVERED_END,
    COVERED_START,
    DEFAULT_SEED,
    MAX_WORDS,
    MIN_WORDS,
    SAMPLE_SIZE,
    generate_articles,
    month_range,
    write_corpus,
)
from analysis.sample.placeholders import placeholder_values
from analysis.sample.templates import parse_templates
from analysis.sample.topics import TOPICS

HEADER = re.compile(r"^ date (\d{4}-\d{2})( Photo : .+)?$")
NAME = re.compile(r"^(\d{3,})_([0-9a-f]{16})\.txt$")
# A paragraph glued to the next one by the scraper: "à Pyeongyang.Lors d'un briefing".
GLUED = re.compile(r"[^\s.]\.[\"”»]?[A-ZÀ-Ý][a-zà-ÿ]")
RUSSIA = re.compile(r"Russie|Moscou|russe|Russia|Moscow")
NORTH_KOREA = re.compile(r"Corée du Nord|Pyongyang|Pyeongyang|nord-coréen|North Korea")
FRENCH_WORDS = frozenset({"le", "la", "les", "des", "du", "et", "une", "est"})
ENGLISH_WORDS = frozenset({"the", "and", "of", "to", "is", "in", "with"})


def split(text: str) -> tuple[str, str]:
    """Header line and body of a file's text."""
    header, blank, body = text.partition("\n\n")
    assert blank, "no blank line after the header"
    return header, body.removesuffix("\n")


def is_french(body: str) -> bool:
    words = Counter(re.findall(r"[a-zà-ÿ]+", body.lower()))
    return sum(words[w] for w in FRENCH_WORDS) > sum(words[w] for w in ENGLISH_WORDS)


def as_frame(articles) -> pd.DataFrame:
    return pd.DataFrame(articles, columns=["name", "text"], dtype="string")


@pytest.fixture(scope="module")
def sample_articles() -> list[tuple[str, str]]:
    """What the generator writes for the embedded sample, from the default arguments."""
    return list(generate_articles(SAMPLE_SIZE))


@pytest.fixture(scope="module")
def large_articles() -> list[tuple[str, str]]:
    return list(generate_articles(1500, seed=7))


def read_folder(folder: Path) -> pd.DataFrame:
    files = sorted(path for path in folder.iterdir() if path.suffix == ".txt")
    return as_frame([(path.name, path.read_bytes().decode("utf-8")) for path in files])


# --------------------------------------------------------------------------- determinism


def test_same_arguments_write_byte_identical_files(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    write_corpus(first, 80, seed=3, progress=False)
    write_corpus(second, 80, seed=3, progress=False)

    result = {path.name: path.read_bytes() for path in second.iterdir()}
    expected = {path.name: path.read_bytes() for path in first.iterdir()}

    assert len(expected) == 81  # the articles and the settings file that labels them
    assert expected["corpus.yaml"] == b"label: synthetic sample\n"
    assert result == expected


def test_a_different_seed_gives_different_articles():
    result = {text for _, text in generate_articles(50, seed=DEFAULT_SEED + 1)}
    expected_not = {text for _, text in generate_articles(50, seed=DEFAULT_SEED)}

    assert not result & expected_not


def test_embedded_sample_is_what_the_generator_writes_now(sample_articles):
    # If this fails after a template change, regenerate: make sample
    result = read_folder(config.DATA_DIR / "sample")
    expected = as_frame(sample_articles)

    pd.testing.assert_frame_equal(result, expected)


def test_embedded_sample_stays_small_enough_to_ship():
    # About 2.3 KB an article: enough articles for monthly rates, still a light clone.
    result = sum(path.stat().st_size for path in (config.DATA_DIR / "sample").iterdir())

    assert 450 * 1500 < result < 1_500_000


# --------------------------------------------------------------------------- templates


def test_template_files_ship_as_package_data():
    folder = files("analysis.sample") / "templates"
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".txt"))
    pyproject = tomllib.loads((config.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = pyproject["tool"]["setuptools"]["package-data"]["analysis"]

    assert names == ["en.txt", "fr.txt"]
    for name in names:
        assert any(fnmatch(f"sample/templates/{name}", pattern) for pattern in shipped), name


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_template_section_parses_and_fills_in_its_months(language):
    text = (files("analysis.sample") / "templates" / f"{language}.txt").read_text(encoding="utf-8")
    sections = parse_templates(text)
    headings = [line[2:].strip() for line in text.splitlines() if line.startswith("# ")]
    expected = {f"{topic.name} {part}" for topic in TOPICS for part in ("leads", "details")}
    expected |= {f"pool {pool}" for topic in TOPICS for pool in topic.related}

    # A heading repeated or mistyped would merge two sections or leave a topic without any.
    assert list(sections) == headings
    assert set(sections) == expected
    for section, templates in sections.items():
        assert templates, f"section {section!r} is empty"
        for template in templates:
            where = f"{section}: {template.text[:60]!r}"
            # A window that does not parse stays at the start of the sentence.
            assert not template.text.startswith("["), where
            assert COVERED_START <= template.first <= template.last <= COVERED_END, where
            fields = {field for _, field, _, _ in Formatter().parse(template.text) if field}
            for month in month_range(template.first, template.last):
                assert fields <= placeholder_values(language, month).keys(), (where, month)


# --------------------------------------------------------------------------- file format


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    n=st.integers(min_value=0, max_value=60),
    english_share=st.floats(min_value=0, max_value=1),
)
def test_every_file_has_the_users_format(seed, n, english_share):
    articles = list(generate_articles(n, seed=seed, english_share=english_share))

    assert len(articles) == n
    for position, (name, text) in enumerate(articles):
        match = NAME.match(name)
        assert match, name
        assert int(match[1]) == position
        header, body = split(text)
        assert match[2] == hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
        assert HEADER.match(header), header
        assert text.endswith(body + "\n")
        assert "\n" not in body
        assert MIN_WORDS <= len(body.split()) <= MAX_WORDS
        assert "{" not in body and "}" not in body


@pytest.mark.parametrize(("n", "digits"), [(1, 3), (1000, 3), (1001, 4)])
def test_index_is_zero_padded_to_at_least_three_digits(n, digits):
    names = [name for name, _ in generate_articles(n)]

    result = {len(NAME.match(name)[1]) for name in names}

    assert result == {digits}
    assert names == sorted(names)


def test_file_order_is_date_order(large_articles):
    result = [HEADER.match(split(text)[0])[1] for _, text in large_articles]

    assert result == sorted(result)


def test_most_articles_have_a_photo_credit_and_a_few_do_not(large_articles):
    headers = [split(text)[0] for _, text in large_articles]
    without_credit = sum(HEADER.match(header)[2] is None for header in headers)

    assert 0 < without_credit < 0.1 * len(headers)
    assert len({header.partition(" Photo : ")[2] for header in headers}) >= 8


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("start", "end"),
    [("2023-03", "2023-05"), ("2022-01", "2022-01"), ("2024-11", "2025-06")],
)
def test_articles_stay_within_the_requested_months(start, end):
    articles = list(generate_articles(90, start=start, end=end))
    result = {HEADER.match(split(text)[0])[1] for _, text in articles}

    assert result <= set(month_range(start, end))
    assert len(articles) == 90


@pytest.mark.parametrize("month", month_range(COVERED_START, COVERED_END))
@pytest.mark.parametrize("english_share", [0.0, 1.0])
def test_every_month_can_be_written_in_both_languages(month, english_share):
    articles = list(generate_articles(12, start=month, end=month, english_share=english_share))
    bodies = [split(text)[1] for _, text in articles]

    assert len(bodies) == 12
    assert all(is_french(body) == (english_share == 0.0) for body in bodies)
    assert all(MIN_WORDS <= len(body.split()) <= MAX_WORDS for body in bodies)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"n": -1}, "0 or more"),
        ({"n": 5, "start": "2021-12"}, "outside 2022-01 to 2025-06"),
        ({"n": 5, "end": "2025-07"}, "outside 2022-01 to 2025-06"),
        ({"n": 5, "start": "2023-05", "end": "2023-02"}, "before start"),
        ({"n": 5, "start": "2023-13"}, "YYYY-MM"),
        ({"n": 5, "end": "July 2023"}, "YYYY-MM"),
        ({"n": 5, "english_share": 1.5}, "between 0 and 1"),
    ],
)
def test_bad_arguments_are_refused_at_call_time(arguments, message):
    with pytest.raises(ValueError, match=message):
        generate_articles(**arguments)


def test_coverage_has_a_gap_and_a_few_nearly_empty_months(sample_articles):
    per_month = Counter(HEADER.match(split(text)[0])[1] for _, text in sample_articles)
    months = month_range(COVERED_START, COVERED_END)

    gaps = [month for month in months if per_month[month] == 0]
    nearly_empty = [month for month in months if 1 <= per_month[month] <= 2]

    assert gaps == ["2022-08"]
    assert len(nearly_empty) >= 3
    # Big events draw more coverage than the average month.
    assert per_month["2024-12"] > 2 * len(sample_articles) / len(months)


# --------------------------------------------------------------------------- languages and text


def test_french_is_the_majority_and_english_is_present(sample_articles):
    french = sum(is_french(split(text)[1]) for _, text in sample_articles)

    assert 0.75 * len(sample_articles) <= french < 0.97 * len(sample_articles)


@pytest.mark.parametrize(("english_share", "expected"), [(0.0, 0), (1.0, 200)])
def test_english_share_is_honoured_at_the_extremes(english_share, expected):
    articles = generate_articles(200, seed=11, english_share=english_share)

    result = sum(not is_french(split(text)[1]) for _, text in articles)

    assert result == expected


def test_most_articles_have_glued_paragraphs_and_some_do_not(sample_articles):
    glued = sum(bool(GLUED.search(split(text)[1])) for _, text in sample_articles)

    assert 0.7 * len(sample_articles) <= glued < len(sample_articles)


@pytest.mark.parametrize(
    ("what", "pattern"),
    [
        ("M. before a name", r"\bM\. [A-Z][a-z]+"),
        ("Mr. before a name", r"\bMr\. [A-Z][a-z]+"),
        ("U.S.", r"\bU\.S\."),
        ("a French decimal", r"\b\d,\d %"),
        ("an English decimal", r"\b\d\.\d(%| percent)"),
        ("Kim Jong-un", r"\bKim Jong-un\b"),
        ("typographic apostrophes", r"\w’\w"),
        ("straight apostrophes in French", r"\b[dl]'[a-zé]"),
        ("accented États-Unis", r"États-Unis"),
        ("unaccented Etats-Unis or Etat", r"\bEtats?\b"),
        ("le Washington Post", r"[Ll]e Washington Post|the Washington Post"),
        ("the South China Sea", r"mer de Chine méridionale|South China Sea"),
        ("New York as a city", r"\bNew York\b"),
        ("Nord Stream", r"\bNord Stream\b"),
    ],
)
def test_sample_contains_what_the_tools_must_cope_with(sample_articles, what, pattern):
    result = sum(bool(re.search(pattern, text)) for _, text in sample_articles)

    assert result >= 1, what


def test_russia_and_north_korea_appear_together_far_more_from_july_2023(large_articles):
    together = {"before": [], "after": []}
    for _, text in large_articles:
        header, body = split(text)
        period = "after" if HEADER.match(header)[1] >= "2023-07" else "before"
        together[period].append(bool(RUSSIA.search(body) and NORTH_KOREA.search(body)))

    before = sum(together["before"]) / len(together["before"])
    after = sum(together["after"]) / len(together["after"])

    assert after >= 3 * before
    assert after - before >= 0.3


@pytest.mark.parametrize(
    ("month", "present", "absent"),
    [
        ("2022-02", "Moon Jae-in", "Lee Jae-myung a remporté"),
        ("2022-06", "Choe Son-hui", "Ri Son-gwon"),
        ("2024-06", "Fumio Kishida", "Shigeru Ishiba"),
        ("2024-11", "Shigeru Ishiba", "Fumio Kishida"),
        ("2024-12", "loi martiale", "Donald Trump a affirmé"),
        ("2025-03", "Donald Trump", "Joe Biden"),
    ],
)
def test_office_holders_follow_the_calendar(month, present, absent):
    # Only names whose template is tied to the month appear: Ri Son-gwon left in June 2022.
    text = "".join(t for _, t in generate_articles(300, start=month, end=month, english_share=0))

    assert present in text
    assert absent not in text


# --------------------------------------------------------------------------- writing and CLI


def test_write_corpus_refuses_a_non_empty_folder(tmp_path):
    (tmp_path / "notes.md").write_text("mine", encoding="utf-8")

    with pytest.raises(FileExistsError, match="not empty"):
        write_corpus(tmp_path, 5, progress=False)
    assert [path.name for path in tmp_path.iterdir()] == ["notes.md"]


def test_write_corpus_refuses_a_file_as_output(tmp_path):
    target = tmp_path / "corpus.txt"
    target.write_text("", encoding="utf-8")

    with pytest.raises(FileExistsError, match="is a file"):
        write_corpus(target, 5, progress=False)


def test_overwrite_replaces_old_articles_and_keeps_other_files(tmp_path):
    write_corpus(tmp_path, 20, seed=1, progress=False)
    (tmp_path / "notes.md").write_text("mine", encoding="utf-8")

    written = write_corpus(tmp_path, 5, seed=2, overwrite=True, progress=False)

    result = sorted(path.name for path in tmp_path.iterdir())
    expected = sorted(
        [name for name, _ in generate_articles(5, seed=2)] + ["corpus.yaml", "notes.md"]
    )
    assert written == 5
    assert result == expected


def test_cli_refuses_a_non_empty_folder(tmp_path, capsys):
    existing = tmp_path / "000_0123456789abcdef.txt"
    existing.write_text(" date 2023-07\n\nUn texte.\n", encoding="utf-8")

    result = sample_main(["--n", "5", "--out", str(tmp_path), "--quiet"])

    assert result != 0
    assert "--force" in capsys.readouterr().err
    assert [path.name for path in tmp_path.iterdir()] == [existing.name]
    assert existing.read_text(encoding="utf-8") == " date 2023-07\n\nUn texte.\n"


def test_cli_force_writes_into_a_non_empty_folder(tmp_path):
    (tmp_path / "000_0123456789abcdef.txt").write_text("old", encoding="utf-8")

    result = sample_main(["--n", "4", "--out", str(tmp_path), "--seed", "5", "--force", "--quiet"])

    assert result == 0
    assert read_folder(tmp_path).equals(as_frame(list(generate_articles(4, seed=5))))


@pytest.mark.integration
def test_python_dash_m_runs_the_command_line(tmp_path):
    out = tmp_path / "corpus"
    command = [sys.executable, "-m", "analysis.sample", "--n", "3", "--out", str(out)]
    command += ["--from", "2024-06", "--to", "2024-06", "--quiet"]

    completed = subprocess.run(
        command, cwd=config.ROOT, capture_output=True, text=True, check=False
    )

    assert completed.returncode == 0, completed.stderr
    result = read_folder(out)
    expected = as_frame(list(generate_articles(3, start="2024-06", end="2024-06")))
    pd.testing.assert_frame_equal(result, expected)
