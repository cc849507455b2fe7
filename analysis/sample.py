"""Write a synthetic corpus of news articles in the user's exact file format.

The articles are SYNTHETIC: every sentence comes from templates written for this project, and
real events (summits, missile tests, elections...) appear only as dated context, in the month
they happened. The output looks like what the user's scraper produces, so that the loaders,
actor counts and timelines can be developed, tested and benchmarked without the real corpus:

* one UTF-8 ``.txt`` file per article, named ``NNN_<16 hex>.txt`` where ``NNN`` is the running
  index in date order (zero padded to at least 3 digits) and the hex is the start of the
  SHA-256 of the body;
* line 1 is a header such as `` date 2023-07 Photo : YONHAP News`` (a few articles have no
  photo credit), then a blank line, then the body on one line;
* in most bodies the scraped paragraphs are glued without a space (``... Pyeongyang.Lors ...``);
* about 85 % of the articles are in French, the rest in English; spellings vary the way scraped
  text does (``États-Unis`` / ``Etats-Unis``, straight or typographic apostrophes).

Coverage follows the news: more articles in months with big events, a few quiet months with one
or two articles and one month with none (a gap in the scrape). North Korea and Russia are
mentioned together far more often from mid-2023 (Shoigu in Pyongyang, the Vostochny summit,
the 2024 treaty, North Korean troops in Kursk) than before.

The embedded sample ``data/sample/`` is ``python -m analysis.sample --n 480 --out data/sample``
with the default seed; the tests check that it never drifts from what this module writes.

Command line::

    python -m analysis.sample --n 100000 --out DIR [--seed S] [--from 2022-01] [--to 2025-06]
                              [--english-share 0.15] [--force] [--quiet]
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import os
import random
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain
from pathlib import Path

from tqdm import tqdm

DEFAULT_SEED = 20230727
"""Seed of the embedded sample ``data/sample/``."""

COVERED_START = "2022-01"
COVERED_END = "2025-06"
"""The templates describe this period; months outside it are refused."""

SAMPLE_SIZE = 480
"""Number of articles in the embedded sample ``data/sample/``."""

MIN_WORDS = 150
MAX_WORDS = 450
"""Every body has between these many whitespace-separated words (inclusive)."""

ARTICLE_NAME = re.compile(r"^(?P<index>\d{3,})_(?P<digest>[0-9a-f]{16})\.txt$")
"""File names written by this module; ``--force`` deletes only files matching it."""

HEADER = re.compile(r"^ date (?P<month>\d{4}-\d{2})(?: Photo : (?P<credit>.+))?$")
"""The header line written by this module."""

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

# Extra weight of a month in the number of articles, on top of 1 for every month: the months
# of big events get more coverage, as in the real corpus.
_MONTH_INTENSITY = {
    "2022-01": 0.8,  # a record month of missile launches
    "2022-02": 1.0,  # Russia invades Ukraine
    "2022-03": 1.5,  # Yoon Suk-yeol elected; Hwasong-17 ICBM
    "2022-05": 1.5,  # Yoon inaugurated; Biden in Seoul; China and Russia veto at the UN
    "2022-06": 0.4,  # Choe Son-hui foreign minister; Yoon at the NATO summit in Madrid
    "2022-09": 0.4,  # law on nuclear forces
    "2022-10": 0.8,  # a missile over Japan
    "2022-11": 1.2,  # more than twenty missiles in one day
    "2023-03": 0.8,  # Yoon in Tokyo
    "2023-04": 0.8,  # Washington Declaration
    "2023-05": 0.6,  # first satellite launch fails
    "2023-07": 1.5,  # Shoigu in Pyongyang
    "2023-08": 1.2,  # Camp David summit
    "2023-09": 2.0,  # Kim-Putin summit at Vostochny
    "2023-10": 0.6,  # Lavrov in Pyongyang
    "2023-11": 1.0,  # Malligyong-1 satellite
    "2024-01": 0.6,  # the South declared the "principal enemy"
    "2024-03": 0.8,  # Russia vetoes the UN Panel of Experts
    "2024-06": 2.0,  # Putin in Pyongyang, partnership treaty
    "2024-10": 1.5,  # North Korean troops sent to Russia; Ishiba prime minister
    "2024-11": 1.0,  # troops in Kursk
    "2024-12": 2.5,  # martial law and impeachment in Seoul
    "2025-01": 1.2,  # Yoon arrested; Trump inaugurated
    "2025-04": 1.5,  # Yoon removed; Pyongyang confirms troops in Kursk
    "2025-06": 1.5,  # Lee Jae-myung elected
}

# Months the scraper barely reached: they keep this fixed, tiny number of articles whatever the
# corpus size, so that small-sample warnings show on every timeline.
_QUIET_MONTHS = {"2022-12": 1, "2023-01": 2, "2024-08": 1, "2025-02": 2}

# Months the scraper missed entirely: gaps on the timelines.
_GAP_MONTHS = frozenset({"2022-08"})

# (credit, weight): the photo credits of articles, in proportions resembling the real corpus.
_CREDITS = (
    ("YONHAP News", 40),
    ("Yonhap", 5),
    ("AFP", 12),
    ("Reuters", 9),
    ("AP", 6),
    ("Getty Images", 5),
    ("EPA", 3),
    ("KCNA", 5),
    ("YONHAP News / AFP", 3),
    ("Pool / Reuters", 2),
    ("Bloomberg", 2),
    ("Kyodo", 2),
    ("Xinhua", 2),
)
_CREDIT_CUMULATIVE = tuple(
    sum(weight for _, weight in _CREDITS[: position + 1]) for position in range(len(_CREDITS))
)
_NO_CREDIT_SHARE = 0.03
_TOPIC_CREDIT_SHARE = 0.3

# Windows would otherwise translate line ends; the files must be byte-identical everywhere.
_BINARY = getattr(os, "O_BINARY", 0)

# Share of articles whose paragraphs are glued without a space, as the user's scraper does.
_GLUED_SHARE = 0.85

# Spelling variants of scraped French: (old, new) replacements of an unaccented article.
_UNACCENTED = (("État", "Etat"), ("Sergueï", "Serguei"), ("Choïgou", "Choigou"))


@dataclass(frozen=True)
class _Topic:
    """What an article is about: when it is covered, how much, and with which other themes.

    ``weights`` is a tuple of ``(first month, last month, weight)`` spans; ``peaks`` adds weight
    in single months. ``related`` names the pools of context sentences that fill the article
    after the topic's own sentences; ``credits`` are photo credits typical of the topic.
    """

    name: str
    weights: tuple[tuple[str, str, float], ...]
    peaks: Mapping[str, float]
    related: tuple[str, ...]
    credits: tuple[str, ...] = ()

    def weight(self, month: str) -> float:
        base = sum(weight for first, last, weight in self.weights if first <= month <= last)
        return base + self.peaks.get(month, 0.0)


_NORTH_REACTIONS = (
    "launch_reactions",
    "sk_on_north",
    "us_on_north",
    "japan_on_north",
    "china_on_north",
    "un_on_north",
    "north_context",
    "analysts_north",
)

_TOPICS = (
    _Topic(
        "missile_tests",
        weights=(("2022-01", "2022-12", 4.0), ("2023-01", "2025-06", 2.0)),
        peaks={
            "2022-01": 4,
            "2022-03": 3,
            "2022-05": 1,
            "2022-09": 1,
            "2022-10": 4,
            "2022-11": 5,
            "2023-03": 2,
            "2023-04": 2,
            "2023-07": 1,
            "2023-12": 2,
            "2024-01": 2,
            "2024-10": 1,
            "2024-11": 2,
            "2025-01": 2,
        },
        related=_NORTH_REACTIONS,
        credits=("KCNA", "KCNA via KNS", "YONHAP News"),
    ),
    _Topic(
        "satellite",
        weights=(("2023-05", "2024-06", 0.5),),
        peaks={"2023-05": 4, "2023-06": 1, "2023-08": 2, "2023-11": 5, "2023-12": 1, "2024-05": 3},
        related=_NORTH_REACTIONS,
        credits=("KCNA", "KCNA via KNS"),
    ),
    _Topic(
        "kim_yo_jong",
        weights=(("2022-01", "2025-06", 0.9),),
        peaks={"2024-05": 1.5, "2024-06": 1.5, "2024-10": 1.5},
        related=("peninsula_context", "sk_on_north", "north_context", "analysts_north"),
        credits=("KCNA", "YONHAP News"),
    ),
    _Topic(
        "inter_korean",
        weights=(("2022-01", "2025-06", 0.8),),
        peaks={"2024-01": 2, "2024-05": 2, "2024-06": 2, "2024-10": 2, "2025-06": 1},
        related=("peninsula_context", "sk_on_north", "north_context", "analysts_north"),
        credits=("YONHAP News", "KCNA"),
    ),
    _Topic(
        "north_diplomacy",
        weights=(("2022-01", "2025-06", 0.6),),
        peaks={"2022-06": 3, "2023-09": 0.5, "2024-01": 1, "2024-11": 2},
        related=("north_context", "analysts_north", "us_on_north", "china_on_north"),
        credits=("KCNA",),
    ),
    _Topic(
        "election_2022",
        weights=(("2022-01", "2022-05", 1.5),),
        peaks={"2022-02": 1, "2022-03": 5, "2022-04": 1, "2022-05": 3},
        related=("sk_politics_context", "sk_foreign_context", "peninsula_context"),
        credits=("YONHAP News", "Pool / Reuters"),
    ),
    _Topic(
        "yoon_government",
        weights=(("2022-06", "2024-11", 1.0),),
        peaks={"2022-10": 1, "2024-04": 3},
        related=("sk_politics_context", "sk_foreign_context", "peninsula_context"),
        credits=("YONHAP News",),
    ),
    _Topic(
        "martial_law",
        weights=(("2024-12", "2025-03", 1.0),),
        peaks={"2024-12": 9, "2025-01": 5, "2025-02": 1, "2025-03": 2},
        related=("sk_politics_context", "us_on_south"),
        credits=("YONHAP News", "AFP", "Pool / Reuters"),
    ),
    _Topic(
        "yoon_removal",
        weights=(("2025-04", "2025-05", 1.0),),
        peaks={"2025-04": 6},
        related=("sk_politics_context", "us_on_south", "sk_foreign_context"),
        credits=("YONHAP News", "Pool / Reuters"),
    ),
    _Topic(
        "election_2025",
        weights=(("2025-04", "2025-06", 1.0),),
        peaks={"2025-05": 3, "2025-06": 7},
        related=("sk_politics_context", "us_on_south", "sk_foreign_context", "peninsula_context"),
        credits=("YONHAP News", "Pool / Reuters"),
    ),
    _Topic(
        "us_alliance",
        weights=(("2022-01", "2025-06", 1.5),),
        peaks={"2022-05": 3, "2023-04": 4, "2023-07": 1, "2025-01": 2, "2025-04": 1},
        related=("sk_foreign_context", "us_on_north", "north_context", "analysts_north"),
        credits=("YONHAP News", "AP", "Pool / Reuters"),
    ),
    _Topic(
        "trilateral",
        weights=(("2022-01", "2025-06", 0.7),),
        peaks={"2023-08": 6, "2023-09": 1, "2023-12": 0.5},
        related=("sk_foreign_context", "us_on_north", "japan_on_north", "north_context"),
        credits=("AP", "Pool / Reuters"),
    ),
    _Topic(
        "japan",
        weights=(("2022-01", "2025-06", 0.7),),
        peaks={"2023-03": 3, "2023-08": 1, "2024-10": 2},
        related=("sk_foreign_context", "japan_on_north", "north_context", "analysts_north"),
        credits=("Kyodo", "YONHAP News"),
    ),
    _Topic(
        "china",
        weights=(("2022-01", "2025-06", 0.9),),
        peaks={"2024-04": 1, "2024-05": 2},
        related=("china_on_north", "sk_foreign_context", "north_context", "analysts_north"),
        credits=("Xinhua", "YONHAP News"),
    ),
    _Topic(
        "ukraine_war",
        weights=(("2022-02", "2022-06", 2.5), ("2022-07", "2025-06", 1.0)),
        peaks={"2022-02": 5, "2022-03": 2, "2023-07": 1, "2025-03": 1},
        related=("ukraine_context", "europe_context"),
        credits=("AFP", "Reuters", "AP"),
    ),
    _Topic(
        "russia_north",
        weights=(("2023-07", "2025-06", 3.0),),
        peaks={
            "2023-07": 4,
            "2023-09": 8,
            "2023-10": 3,
            "2024-01": 1,
            "2024-06": 9,
            "2024-07": 1,
            "2024-10": 6,
            "2024-11": 5,
            "2024-12": 2,
            "2025-01": 2,
            "2025-04": 4,
        },
        related=(
            "north_context",
            "analysts_north",
            "us_on_north",
            "sk_on_north",
            "un_on_north",
            "ukraine_context",
        ),
        credits=("KCNA", "Sputnik", "AFP"),
    ),
    _Topic(
        "un_sanctions",
        weights=(("2022-01", "2025-06", 0.8),),
        peaks={"2022-05": 2, "2022-11": 1, "2024-03": 4, "2024-04": 1, "2024-10": 1},
        related=(
            "un_on_north",
            "launch_reactions",
            "us_on_north",
            "china_on_north",
            "north_context",
        ),
        credits=("AFP", "Reuters"),
    ),
    _Topic(
        "nuclear",
        weights=(("2022-01", "2025-06", 0.5),),
        peaks={"2022-05": 1, "2022-06": 1, "2024-09": 2},
        related=("north_context", "analysts_north", "us_on_north", "sk_on_north", "un_on_north"),
        credits=("KCNA", "AFP"),
    ),
    _Topic(
        "europe",
        weights=(("2022-01", "2025-06", 0.4),),
        peaks={"2022-06": 1, "2023-07": 1, "2024-10": 1},
        related=("europe_context", "north_context", "un_on_north", "analysts_north"),
        credits=("AFP", "Reuters"),
    ),
)

# What each placeholder of the templates may become, by language; sentence-initial lower case
# is capitalised after filling. French nouns also get their "de" and "à" forms (``de_nk``,
# ``a_nk``) with the contractions of French (du, au, des, aux).
_FRENCH_NOUNS = {
    "nk": (
        "la Corée du Nord",
        "la Corée du Nord",
        "la Corée du Nord",
        "Pyongyang",
        "Pyongyang",
        "Pyeongyang",
        "le régime de Kim Jong-un",
        "la RPDC",
        "le royaume ermite",
        "le régime nord-coréen",
    ),
    "sk": ("la Corée du Sud", "la Corée du Sud", "Séoul", "Séoul", "le gouvernement sud-coréen"),
    "us": ("Washington", "Washington", "l'administration américaine", "le gouvernement américain"),
    "ru": ("la Russie", "la Russie", "Moscou", "le Kremlin"),
    "cn": ("la Chine", "Pékin", "Pékin"),
    "jp": ("le Japon", "Tokyo"),
    "ua": ("l'Ukraine", "l'Ukraine", "Kiev", "Kyiv"),
    "un": ("l'ONU", "l'ONU", "l'Organisation des Nations unies"),
    "unsc": (
        "le Conseil de sécurité de l'ONU",
        "le Conseil de sécurité des Nations unies",
        "le Conseil de sécurité",
    ),
}
_FRENCH_FIXED = {
    "en_nk": ("en Corée du Nord", "en Corée du Nord", "à Pyongyang", "à Pyeongyang"),
    "kim": (
        "Kim Jong-un",
        "Kim Jong-un",
        "le dirigeant nord-coréen Kim Jong-un",
        "le leader nord-coréen Kim Jong-un",
    ),
    "day": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "count": ("deux", "trois", "plusieurs", "au moins deux", "quatre"),
    "pct": ("0,7 %", "1,4 %", "1,9 %", "2,1 %", "2,6 %", "3,1 %", "3,5 %", "4,2 %"),
    "km": ("250 km", "350 km", "600 kilomètres", "800 km", "1 000 km"),
    "altitude": ("50 km", "100 km", "2 000 km", "6 000 km"),
}
_ENGLISH_FIXED = {
    "nk": (
        "North Korea",
        "North Korea",
        "North Korea",
        "Pyongyang",
        "Pyongyang",
        "the DPRK",
        "the hermit kingdom",
        "Kim Jong-un's regime",
    ),
    "nk_s": (
        "North Korea's",
        "North Korea's",
        "Pyongyang's",
        "the DPRK's",
        "the hermit kingdom's",
    ),
    "sk": ("South Korea", "South Korea", "Seoul"),
    "sk_s": ("South Korea's", "Seoul's"),
    "us": ("Washington", "the United States", "the U.S.", "the U.S. government"),
    "ru": ("Russia", "Russia", "Moscow", "the Kremlin"),
    "ru_s": ("Russia's", "Moscow's"),
    "cn": ("China", "Beijing"),
    "jp": ("Japan", "Tokyo"),
    "ua": ("Ukraine", "Kyiv"),
    "un": ("the UN", "the United Nations", "the U.N."),
    "unsc": ("the UN Security Council", "the U.N. Security Council", "the Security Council"),
    "kim": ("Kim Jong-un", "Kim Jong-un", "North Korean leader Kim Jong-un"),
    "day": (
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ),
    "count": ("two", "three", "several", "at least two", "four"),
    "pct": ("0.7%", "1.4%", "1.9 percent", "2.1%", "2.6%", "3.1%", "3.5%", "3.5 percent"),
    "km": ("250 km", "350 km", "about 600 kilometres", "800 km", "1,000 km"),
    "altitude": ("50 km", "100 km", "2,000 km", "6,000 km"),
}

# Office holders, by language, as (first month, last month, names): the slot takes the names of
# whoever held the office that month.
_OFFICE_HOLDERS = {
    "fr": {
        "sk_pres": (
            (
                "2022-01",
                "2022-04",
                ("le président sud-coréen Moon Jae-in", "le président Moon Jae-in"),
            ),
            (
                "2022-05",
                "2024-11",
                (
                    "le président sud-coréen Yoon Suk-yeol",
                    "le président Yoon Suk-yeol",
                    "le chef de l'État sud-coréen Yoon Suk-yeol",
                ),
            ),
            ("2024-12", "2025-05", ("le président par intérim", "le chef de l'État par intérim")),
            (
                "2025-06",
                "2025-06",
                ("le président sud-coréen Lee Jae-myung", "le président Lee Jae-myung"),
            ),
        ),
        "us_pres": (
            ("2022-01", "2024-12", ("le président américain Joe Biden", "Joe Biden")),
            ("2025-01", "2025-06", ("le président américain Donald Trump", "Donald Trump")),
        ),
        "us_sec": (
            (
                "2022-01",
                "2024-12",
                ("le secrétaire d'État américain Antony Blinken", "Antony Blinken"),
            ),
            ("2025-01", "2025-06", ("le secrétaire d'État américain Marco Rubio", "Marco Rubio")),
        ),
        "jp_pm": (
            ("2022-01", "2024-09", ("le Premier ministre japonais Fumio Kishida", "Fumio Kishida")),
            (
                "2024-10",
                "2025-06",
                ("le Premier ministre japonais Shigeru Ishiba", "Shigeru Ishiba"),
            ),
        ),
        "nk_fm": (
            (
                "2022-01",
                "2022-05",
                ("le ministre nord-coréen des Affaires étrangères Ri Son-gwon", "Ri Son-gwon"),
            ),
            (
                "2022-06",
                "2025-06",
                ("la ministre nord-coréenne des Affaires étrangères Choe Son-hui", "Choe Son-hui"),
            ),
        ),
    },
    "en": {
        "sk_pres": (
            ("2022-01", "2022-04", ("South Korean President Moon Jae-in", "President Moon Jae-in")),
            (
                "2022-05",
                "2024-11",
                ("South Korean President Yoon Suk-yeol", "President Yoon Suk-yeol"),
            ),
            ("2024-12", "2025-05", ("South Korea's acting president", "the acting president")),
            (
                "2025-06",
                "2025-06",
                ("South Korean President Lee Jae-myung", "President Lee Jae-myung"),
            ),
        ),
        "us_pres": (
            ("2022-01", "2024-12", ("U.S. President Joe Biden", "President Joe Biden")),
            ("2025-01", "2025-06", ("U.S. President Donald Trump", "President Donald Trump")),
        ),
        "us_sec": (
            (
                "2022-01",
                "2024-12",
                ("U.S. Secretary of State Antony Blinken", "Secretary of State Antony Blinken"),
            ),
            (
                "2025-01",
                "2025-06",
                ("U.S. Secretary of State Marco Rubio", "Secretary of State Marco Rubio"),
            ),
        ),
        "jp_pm": (
            (
                "2022-01",
                "2024-09",
                ("Japanese Prime Minister Fumio Kishida", "Prime Minister Fumio Kishida"),
            ),
            (
                "2024-10",
                "2025-06",
                ("Japanese Prime Minister Shigeru Ishiba", "Prime Minister Shigeru Ishiba"),
            ),
        ),
        "nk_fm": (
            ("2022-01", "2022-05", ("North Korean Foreign Minister Ri Son-gwon",)),
            (
                "2022-06",
                "2025-06",
                ("North Korean Foreign Minister Choe Son-hui", "Foreign Minister Choe Son-hui"),
            ),
        ),
    },
}


@dataclass(frozen=True)
class _Template:
    """One sentence template, usable in the months ``first`` to ``last`` (inclusive)."""

    first: str
    last: str
    text: str


_WINDOW = re.compile(r"^\[(?P<first>\d{4}-\d{2})?\.\.(?P<last>\d{4}-\d{2})?\]\s*")


def _parse_templates(text: str) -> dict[str, tuple[_Template, ...]]:
    """Read the template blocks below: ``# section`` lines, then templates separated by blank lines.

    A template may span several lines (joined with a space) and may start with a window of
    months such as ``[2023-07..]``, ``[..2022-12]`` or ``[2024-12..2025-03]``.
    """
    sections: dict[str, list[_Template]] = {}
    current: list[_Template] | None = None
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.strip().splitlines()]
        if lines and lines[0].startswith("# "):
            current = sections.setdefault(lines[0][2:].strip(), [])
            lines = lines[1:]
        if not lines:
            continue
        if current is None:
            raise ValueError(f"template outside any section: {lines[0]!r}")
        sentence = " ".join(lines)
        window = _WINDOW.match(sentence)
        first, last = COVERED_START, COVERED_END
        if window:
            first = window["first"] or COVERED_START
            last = window["last"] or COVERED_END
            sentence = sentence[window.end() :]
        current.append(_Template(first, last, sentence))
    return {name: tuple(templates) for name, templates in sections.items()}


def _month_index(month: str) -> int:
    match = _MONTH.match(month)
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValueError(f"month {month!r} is not of the form YYYY-MM (for example 2023-07)")
    return int(match[1]) * 12 + int(match[2]) - 1


def month_range(start: str, end: str) -> list[str]:
    """Every month from ``start`` to ``end`` inclusive, as ``YYYY-MM`` strings.

    Parameters
    ----------
    start, end : str
        First and last month, ``YYYY-MM``.

    Returns
    -------
    list of str
        Empty when ``end`` is before ``start``.

    Examples
    --------
    >>> month_range("2023-11", "2024-02")
    ['2023-11', '2023-12', '2024-01', '2024-02']
    """
    first, last = _month_index(start), _month_index(end)
    return [f"{index // 12:04d}-{index % 12 + 1:02d}" for index in range(first, last + 1)]


def _articles_per_month(n: int, months: Sequence[str], rng: random.Random) -> list[int]:
    """How many articles each month gets: proportional to its coverage weight, with jitter.

    Gap months get none and quiet months their fixed one or two articles, unless the corpus is
    too small (under two articles a month on average) or the range holds only such months.
    """
    counts = [0] * len(months)
    jitter = [0.75 + 0.5 * rng.random() for _ in months]
    keep_gaps_and_quiet_months = n >= 2 * len(months) and any(
        month not in _GAP_MONTHS and month not in _QUIET_MONTHS for month in months
    )
    remaining = n
    weights = []
    for position, month in enumerate(months):
        weight = (1.0 + _MONTH_INTENSITY.get(month, 0.0)) * jitter[position]
        if keep_gaps_and_quiet_months and month in _GAP_MONTHS:
            weight = 0.0
        elif keep_gaps_and_quiet_months and month in _QUIET_MONTHS:
            counts[position] = _QUIET_MONTHS[month]
            remaining -= counts[position]
            weight = 0.0
        weights.append(weight)
    total = sum(weights)
    # Largest remainder: counts that add up to exactly n and follow the weights closely.
    shares = [remaining * weight / total for weight in weights]
    for position, share in enumerate(shares):
        counts[position] += int(share)
    left = n - sum(counts)
    by_remainder = sorted(
        range(len(months)), key=lambda position: shares[position] - int(shares[position])
    )
    for position in by_remainder[len(by_remainder) - left :]:
        counts[position] += 1
    return counts


def _french_forms(noun: str) -> tuple[str, str]:
    """The "de" and "à" forms of a French noun phrase, with contractions."""
    if noun.startswith("le "):
        return "du " + noun[3:], "au " + noun[3:]
    if noun.startswith("les "):
        return "des " + noun[4:], "aux " + noun[4:]
    return "de " + noun, "à " + noun


@cache
def _slots(language: str, month: str) -> dict[str, tuple[str, ...]]:
    """Every placeholder's possible values in one language and month."""
    if language == "fr":
        slots = dict(_FRENCH_FIXED)
        for key, nouns in _FRENCH_NOUNS.items():
            slots[key] = nouns
            slots["de_" + key] = tuple(_french_forms(noun)[0] for noun in nouns)
            slots["a_" + key] = tuple(_french_forms(noun)[1] for noun in nouns)
    else:
        slots = dict(_ENGLISH_FIXED)
    for key, spans in _OFFICE_HOLDERS[language].items():
        slots[key] = next(names for first, last, names in spans if first <= month <= last)
    return slots


class _Filler(dict):
    """Mapping for :meth:`str.format_map` that draws each placeholder's value when asked."""

    def __init__(self, random_number, slots: Mapping[str, tuple[str, ...]]):
        super().__init__()
        self._random = random_number
        self._slots = slots

    def __missing__(self, key: str) -> str:
        try:
            choices = self._slots[key]
        except KeyError:
            raise KeyError(
                f"template placeholder {{{key}}} has no values in analysis.sample"
            ) from None
        return choices[int(self._random() * len(choices))]


@cache
def _templates_in(section: str, language: str, month: str) -> tuple[str, ...]:
    """The templates of one section usable in one month."""
    templates = _TEMPLATES[language].get(section, ())
    return tuple(
        template.text for template in templates if template.first <= month <= template.last
    )


@cache
def _related_in(topic: str, language: str, month: str) -> tuple[str, ...]:
    related = _TOPICS_BY_NAME[topic].related
    return tuple(
        text for pool in related for text in _templates_in(f"pool {pool}", language, month)
    )


@cache
def _topic_table(month: str, language: str) -> tuple[tuple[_Topic, ...], tuple[float, ...]]:
    """Topics that can be written about in a month, with cumulative weights for drawing one."""
    topics = tuple(
        topic
        for topic in _TOPICS
        if topic.weight(month) > 0 and _templates_in(f"{topic.name} leads", language, month)
    )
    cumulative, total = [], 0.0
    for topic in topics:
        total += topic.weight(month)
        cumulative.append(total)
    return topics, tuple(cumulative)


def _draw_credit(rng: random.Random, topic: _Topic) -> str | None:
    draw = rng.random()
    if draw < _NO_CREDIT_SHARE:
        return None
    if draw < _NO_CREDIT_SHARE + _TOPIC_CREDIT_SHARE and topic.credits:
        return topic.credits[int(rng.random() * len(topic.credits))]
    position = bisect.bisect(_CREDIT_CUMULATIVE, rng.random() * _CREDIT_CUMULATIVE[-1])
    return _CREDITS[position][0]


def _in_random_order(items: Sequence[str], random_number) -> Iterator[str]:
    """Yield ``items`` in random order, shuffling only as far as the caller reads.

    Articles use a fraction of their candidate sentences, so a lazy Fisher-Yates shuffle
    costs less than shuffling every list in full.
    """
    pool = list(items)
    for position in range(len(pool)):
        chosen = position + int(random_number() * (len(pool) - position))
        pool[position], pool[chosen] = pool[chosen], pool[position]
        yield pool[position]


def _article(rng: random.Random, month: str, language: str) -> tuple[str, str | None]:
    """One article body and its photo credit (``None`` for no credit)."""
    topics, cumulative = _topic_table(month, language)
    topic = topics[bisect.bisect(cumulative, rng.random() * cumulative[-1])]
    random_number = rng.random
    filler = _Filler(random_number, _slots(language, month))

    if language == "fr":
        # Straight, typographic or mixed apostrophes; "État" spelled with its accent, without it
        # ("Etat", as scraped text often does) or both ways.
        curly_share = (0.0, 0.0, 1.0, 0.5)[int(random_number() * 4)]
        unaccented_share = (0.0, 0.0, 0.0, 1.0, 0.5)[int(random_number() * 5)]
    else:
        curly_share = 1.0 if random_number() < 0.2 else 0.0
        unaccented_share = 0.0

    leads = _templates_in(f"{topic.name} leads", language, month)
    details = _templates_in(f"{topic.name} details", language, month)
    related = _related_in(topic.name, language, month)
    candidates = chain(
        (leads[int(random_number() * len(leads))],),
        _in_random_order(details, random_number),
        _in_random_order(related, random_number),
    )

    target = MIN_WORDS + 30 + int(random_number() * (MAX_WORDS - MIN_WORDS - 29))
    sentences: list[str] = []
    words = 0
    for template in candidates:
        sentence = template.format_map(filler)
        sentence_words = sentence.count(" ") + 1
        if words + sentence_words > target:
            continue
        sentence = sentence[0].upper() + sentence[1:]
        if curly_share and (curly_share == 1.0 or random_number() < curly_share):
            sentence = sentence.replace("'", "’")
        if unaccented_share and (unaccented_share == 1.0 or random_number() < unaccented_share):
            for old, new in _UNACCENTED:
                sentence = sentence.replace(old, new)
        sentences.append(sentence)
        words += sentence_words
        if words >= target - 10:
            break

    paragraphs = []
    position = 0
    while position < len(sentences):
        # The first paragraph is 2 or 3 sentences long, the others 2 to 4.
        size = 2 + int(random_number() * (2 if position == 0 else 3))
        paragraphs.append(" ".join(sentences[position : position + size]))
        position += size
    glue = "" if random_number() < _GLUED_SHARE else " "
    body = glue.join(paragraphs)
    # Words are separated by single spaces, so this is len(body.split()), only faster.
    body_words = body.count(" ") + 1
    if body_words < MIN_WORDS:
        raise RuntimeError(
            f"the templates of topic {topic.name!r} ({language}, {month}) gave only "
            f"{body_words} words; add sentences to its sections or related pools"
        )
    return body, _draw_credit(rng, topic)


def body_digest(body: str) -> str:
    """The 16 hex digits of an article's file name: the start of the SHA-256 of its body.

    Examples
    --------
    >>> body_digest("Le Kremlin a répondu.")
    '54a9bf1d6a8cd53a'
    """
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def generate_articles(
    n: int,
    *,
    seed: int = DEFAULT_SEED,
    start: str = COVERED_START,
    end: str = COVERED_END,
    english_share: float = 0.15,
) -> Iterator[tuple[str, str]]:
    """Generate ``n`` synthetic articles in date order, as (file name, full file text) pairs.

    The same arguments always give the same articles, byte for byte.

    Parameters
    ----------
    n : int
        Number of articles, 0 or more.
    seed : int, default 20230727
        Seed of the random draws (the embedded sample uses the default).
    start, end : str, default "2022-01", "2025-06"
        First and last month (``YYYY-MM``) of the articles, within 2022-01 to 2025-06, the
        period the templates describe.
    english_share : float, default 0.15
        Expected share of articles in English; the others are in French.

    Returns
    -------
    iterator of (str, str)
        ``("NNN_<16 hex>.txt", text)``: ``NNN`` is the running index, zero padded to at least 3
        digits (more when ``n`` > 1000); the hex is :func:`body_digest` of the body. ``text`` is
        ``" date YYYY-MM Photo : CREDIT\\n\\nBODY\\n"``, or ``" date YYYY-MM\\n\\nBODY\\n"`` for
        the few articles without a photo credit.

    Raises
    ------
    ValueError
        If ``n`` is negative, a month is malformed or outside 2022-01 to 2025-06, ``end`` is
        before ``start``, or ``english_share`` is not between 0 and 1.

    Examples
    --------
    >>> articles = list(generate_articles(3, start="2023-09", end="2023-09"))
    >>> [name[:4] for name, _ in articles]
    ['000_', '001_', '002_']
    >>> articles[0][1].startswith(" date 2023-09")
    True
    """
    if n < 0:
        raise ValueError(f"n must be 0 or more, got {n}")
    for month in (start, end):
        _month_index(month)
        if not COVERED_START <= month <= COVERED_END:
            raise ValueError(
                f"month {month} is outside {COVERED_START} to {COVERED_END}, the period the "
                "sample templates describe; pick start and end within it"
            )
    if end < start:
        raise ValueError(f"end {end} is before start {start}; swap them")
    if not 0.0 <= english_share <= 1.0:
        raise ValueError(f"english_share must be between 0 and 1, got {english_share}")
    return _generate(n, seed, start, end, english_share)


def _generate(
    n: int, seed: int, start: str, end: str, english_share: float
) -> Iterator[tuple[str, str]]:
    rng = random.Random(seed)
    months = month_range(start, end)
    counts = _articles_per_month(n, months, rng)
    width = max(3, len(str(n - 1)))
    index = 0
    for month, count in zip(months, counts, strict=True):
        for _ in range(count):
            language = "en" if rng.random() < english_share else "fr"
            body, credit = _article(rng, month, language)
            header = f" date {month} Photo : {credit}" if credit else f" date {month}"
            yield f"{index:0{width}d}_{body_digest(body)}.txt", f"{header}\n\n{body}\n"
            index += 1


def write_corpus(
    out: Path | str,
    n: int,
    *,
    seed: int = DEFAULT_SEED,
    start: str = COVERED_START,
    end: str = COVERED_END,
    english_share: float = 0.15,
    overwrite: bool = False,
    progress: bool = True,
) -> int:
    """Write ``n`` synthetic articles into the folder ``out`` (see :func:`generate_articles`).

    Parameters
    ----------
    out : path-like
        Folder to write into; created if missing.
    n, seed, start, end, english_share
        As in :func:`generate_articles`.
    overwrite : bool, default False
        Allow a non-empty folder. Article files written by an earlier run (names matching
        :data:`ARTICLE_NAME`) are deleted first so that the folder holds exactly the new corpus;
        other files are left alone.
    progress : bool, default True
        Show a progress bar.

    Returns
    -------
    int
        Number of files written.

    Raises
    ------
    FileExistsError
        If ``out`` is not empty and ``overwrite`` is False, or is a file.
    ValueError
        As in :func:`generate_articles`.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     write_corpus(folder, 2, progress=False)
    2
    """
    out = Path(out)
    articles = generate_articles(n, seed=seed, start=start, end=end, english_share=english_share)
    if out.exists() and not out.is_dir():
        raise FileExistsError(f"{out} is a file; give a folder to write the corpus into")
    if out.is_dir() and any(out.iterdir()):
        if not overwrite:
            raise FileExistsError(
                f"{out} is not empty; choose an empty or new folder, or pass --force "
                "(overwrite=True) to replace the article files in it"
            )
        for old in out.iterdir():
            if old.is_file() and ARTICLE_NAME.match(old.name):
                old.unlink()
    out.mkdir(parents=True, exist_ok=True)
    folder = str(out)
    written = 0
    for name, text in tqdm(articles, total=n, unit="article", desc="writing", disable=not progress):
        # Plain os calls: about a third faster than Path.write_bytes over 100,000 small files.
        descriptor = os.open(
            os.path.join(folder, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o644
        )
        try:
            os.write(descriptor, text.encode("utf-8"))
        finally:
            os.close(descriptor)
        written += 1
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m analysis.sample --n 100000 --out DIR``; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis.sample",
        description="Write a deterministic synthetic corpus of news articles "
        "(one .txt per article, in the user's format).",
    )
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument("--from", dest="start", default=COVERED_START, help="first month YYYY-MM")
    parser.add_argument("--to", dest="end", default=COVERED_END, help="last month YYYY-MM")
    parser.add_argument(
        "--english-share", type=float, default=0.15, help="expected share of English articles"
    )
    parser.add_argument(
        "--force", action="store_true", help="write into a non-empty folder, replacing articles"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    arguments = parser.parse_args(argv)
    try:
        written = write_corpus(
            arguments.out,
            arguments.n,
            seed=arguments.seed,
            start=arguments.start,
            end=arguments.end,
            english_share=arguments.english_share,
            overwrite=arguments.force,
            progress=not arguments.quiet,
        )
    except (FileExistsError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"wrote {written} articles to {arguments.out}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------- the templates
# Written for this project. Sections are "# <topic> leads" (first sentence of an article),
# "# <topic> details" and "# pool <name>" (context shared by several topics). A window such as
# [2023-07..] limits a template to the months when what it says was true.

_FRENCH_TEXT = """
# missile_tests leads

{nk} a tiré {count} missiles balistiques de courte portée vers la mer de l'Est, a annoncé {day}
l'état-major interarmées sud-coréen.

L'armée sud-coréenne a détecté {day} le lancement d'un missile balistique depuis la région de
Pyongyang, un nouvel essai qui ravive les tensions dans la péninsule.

[..2022-12] {nk} a procédé {day} à un nouveau tir de missile, poursuivant une cadence d'essais sans
précédent depuis l'arrivée au pouvoir de Kim Jong-un.

[2022-03..2022-04] {nk} a lancé un missile balistique intercontinental, rompant le moratoire sur
les tirs à longue portée qu'observait le régime depuis 2017.

[2022-10..2022-10] Un missile nord-coréen a survolé l'archipel japonais pour la première fois
depuis cinq ans, déclenchant des alertes dans le nord du Japon.

[2022-11..2022-11] {nk} a tiré plus de vingt missiles en une seule journée, dont un est tombé au
sud de la frontière maritime, une première depuis la division de la péninsule.

[2023-04..] {nk} a testé {day} un missile balistique intercontinental à combustible solide de type
Hwasong-18, selon l'agence officielle KCNA.

[2024-10..2024-11] {nk} a lancé un nouveau missile intercontinental, le Hwasong-19, présenté par
les médias d'État comme le plus puissant jamais testé par le pays.

[2024-01..] {nk} affirme avoir testé {day} un missile hypersonique de portée intermédiaire, capable
selon les médias d'État de déjouer les défenses antimissiles de la région.

[2023-01..] Le régime de Kim Jong-un a tiré {day} des missiles de croisière au large de sa côte
ouest, a rapporté l'armée sud-coréenne.

# missile_tests details

Le projectile a parcouru environ {km} avant de tomber en mer, selon les premières estimations de
Séoul.

L'agence officielle KCNA a affirmé que l'essai visait à vérifier la fiabilité d'un nouveau système
d'armes.

[2022-11..] {kim} a supervisé le tir en personne, accompagné de sa fille, selon les images
diffusées par la télévision d'État.

[2023-12..] L'état-major interarmées indique partager en temps réel les données de ce tir avec
Washington et Tokyo.

Les garde-côtes japonais ont appelé les navires à la prudence après la chute du projectile en mer.

Selon des experts militaires, chaque essai permet au régime de perfectionner des vecteurs capables
d'emporter une charge nucléaire.

[2023-01..] M. Kim a de nouveau promis de renforcer « de manière exponentielle » l'arsenal
nucléaire de son pays.

Le tir intervient quelques jours après des manœuvres conjointes entre Séoul et Washington, que {nk}
qualifie de « répétition générale d'une invasion ».

[..2022-12] Depuis janvier, {nk} a effectué davantage de tirs qu'au cours de toute autre année de
son histoire.

L'armée sud-coréenne a précisé que le missile avait atteint une altitude d'environ {altitude}.

Les médias d'État ont publié des photos montrant un lanceur mobile sortant d'un tunnel quelques
minutes avant le tir.

Le ministère sud-coréen de la Défense a jugé ce lancement « clairement provocateur » et appelé le
Nord à cesser ses essais.

Le tir a eu lieu alors que la péninsule connaît son plus haut niveau de tension depuis des années,
selon plusieurs diplomates.

Les autorités sud-coréennes analysent encore les caractéristiques du missile, qui pourrait
appartenir à une nouvelle génération d'engins.

# satellite leads

[2023-05..2023-06] La fusée nord-coréenne censée placer en orbite un satellite de reconnaissance
militaire s'est abîmée en mer Jaune peu après son lancement.

[2023-08..2023-09] {nk} a échoué pour la deuxième fois à mettre en orbite un satellite espion, en
raison d'une défaillance du troisième étage de sa fusée.

[2023-11..2024-04] {nk} affirme avoir placé en orbite son premier satellite de reconnaissance
militaire, baptisé Malligyong-1.

[2024-05..2024-06] Une fusée nord-coréenne transportant un satellite de reconnaissance a explosé en
vol peu après son décollage, a rapporté l'armée sud-coréenne.

[2023-06..] Le programme spatial militaire {de_nk} continue d'inquiéter Séoul, qui y voit un essai
déguisé de missile balistique.

# satellite details

Les résolutions {de_unsc} interdisent {a_nk} tout recours à la technologie des missiles
balistiques, y compris pour des lancements spatiaux.

[2023-05..2023-07] L'armée sud-coréenne a repêché des débris de la fusée afin de les analyser avec
des experts américains.

Selon les autorités japonaises, le lanceur a survolé la préfecture d'Okinawa, où une alerte a
brièvement été déclenchée.

L'agence spatiale nord-coréenne a promis de procéder rapidement à un nouveau lancement après avoir
identifié la cause de l'échec.

[2023-11..] Pyongyang assure que son satellite a déjà photographié des bases militaires
américaines, ce que Séoul ne peut confirmer.

[2023-11..] Séoul soupçonne {nk} d'avoir bénéficié d'une assistance technique de la Russie pour
réussir ce lancement.

[2023-11..] En réponse, {sk} a suspendu en partie l'accord militaire intercoréen de 2018 qui
limitait la surveillance aérienne près de la frontière.

Des spécialistes du secteur spatial soulignent que ce type de satellite a une résolution limitée
mais une forte valeur symbolique.

Le lancement a été effectué depuis la base de Sohae, sur la côte ouest du pays, modernisée ces
dernières années.

{us_sec} a dénoncé un lancement « irresponsable » qui viole plusieurs résolutions de l'ONU.

[2023-12..] {sk} a lancé à son tour son premier satellite espion depuis la Californie, à bord d'une
fusée de la société SpaceX.

# kim_yo_jong leads

Kim Yo-jong, la sœur influente de {kim}, a vivement critiqué {day} les autorités sud-coréennes dans
un communiqué publié par l'agence KCNA.

Dans une déclaration au ton particulièrement virulent, Kim Yo-jong a menacé {sk} de « représailles
» en cas de nouvelle provocation.

[2024-05..2024-07] Kim Yo-jong a défendu l'envoi de ballons chargés de déchets vers le Sud, qu'elle
présente comme une réponse aux tracts des militants sud-coréens.

[2024-10..2024-11] Kim Yo-jong accuse {sk} d'avoir fait survoler Pyongyang par des drones chargés
de tracts et promet une riposte « terrible ».

Kim Yo-jong a rejeté {day} toute idée de négociation sur la dénucléarisation, une question qu'elle
considère comme « close ».

# kim_yo_jong details

Kim Yo-jong, vice-directrice d'un département du Comité central du Parti du travail, s'exprime
régulièrement au nom de son frère sur les relations avec le Sud.

Son communiqué qualifie les dirigeants sud-coréens de « marionnettes » des États-Unis.

Les analystes voient dans ses déclarations un baromètre de la ligne du régime envers Séoul et
Washington.

Le ministère sud-coréen de l'Unification a regretté des propos « inappropriés » et appelé Pyongyang
à la retenue.

Elle avertit que toute violation de l'espace aérien nord-coréen serait considérée comme un acte de
guerre.

Son influence s'est affirmée en 2020, lorsqu'elle avait annoncé la destruction du bureau de liaison
intercoréen de Kaesong, exécutée quelques jours plus tard.

Kim Yo-jong a également ironisé sur les exercices conjoints américano-sud-coréens, qu'elle juge «
inutiles et dangereux ».

Le texte, diffusé en pleine nuit, a été repris intégralement par le quotidien Rodong Sinmun.

# inter_korean leads

[2024-01..2024-03] {kim} a qualifié {sk} d'« ennemi principal » et demandé de supprimer toute
référence à la réunification dans la Constitution.

[2024-10..2024-11] L'armée nord-coréenne a fait sauter {day} des tronçons de routes et de voies
ferrées reliant les deux Corées, selon l'état-major sud-coréen.

[2024-05..2024-07] Des centaines de ballons remplis de déchets lancés depuis le Nord ont atterri en
Corée du Sud, jusque dans la région de Séoul.

Les relations intercoréennes restent dans l'impasse, aucun canal de communication officiel ne
fonctionnant plus entre Séoul et Pyongyang.

[..2022-04] Le gouvernement de Moon Jae-in tente de relancer le dialogue avec le Nord avant la fin
de son mandat, sans réponse de Pyongyang.

[2025-06..] Le nouveau président sud-coréen Lee Jae-myung a ordonné la suspension des haut-parleurs
de propagande le long de la frontière, un geste d'apaisement envers le Nord.

[2024-06..2024-07] Séoul a repris la diffusion de messages de propagande par haut-parleurs le long
de la frontière, en réponse aux ballons envoyés par le Nord.

# inter_korean details

Le ministère de l'Unification n'a reçu aucune réponse à ses appels quotidiens par la ligne de
liaison intercoréenne.

Des familles séparées par la guerre, dont les membres sont désormais très âgés, réclament la
reprise des réunions familiales interrompues depuis 2018.

[2024-01..] Pyongyang a démantelé les organismes chargés des relations avec le Sud, rompant avec
des décennies de discours sur la réunification.

[2024-06..] L'accord militaire intercoréen du 19 septembre 2018, censé réduire les tensions à la
frontière, n'est plus appliqué par aucune des deux parties.

[2024-06..] Selon l'armée sud-coréenne, des soldats nord-coréens ont brièvement franchi la ligne de
démarcation avant de se retirer après des tirs de sommation.

Les habitants des îles frontalières de la mer Jaune disent vivre dans la crainte d'un nouvel
incident armé.

# north_diplomacy leads

[2022-06..2022-07] Choe Son-hui, ancienne négociatrice face à Washington, a été nommée ministre des
Affaires étrangères de la Corée du Nord, une première pour une femme à ce poste.

{nk_fm} a dénoncé {day} la politique « hostile » des États-Unis dans un communiqué diffusé par les
médias d'État.

{nk_fm} a accusé Washington de chercher à isoler le pays sur la scène internationale.

[2024-11..2024-11] Choe Son-hui s'est rendue à Moscou, où elle a été reçue par Vladimir Poutine, en
pleine polémique sur l'envoi de soldats nord-coréens en Russie.

[2024-01..2024-01] Choe Son-hui a effectué une visite à Moscou pour préparer un déplacement de
Vladimir Poutine en Corée du Nord.

La diplomatie nord-coréenne multiplie les déclarations contre le renforcement de la présence
militaire américaine dans la région.

# north_diplomacy details

[2022-06..] Ancienne interprète, Choe Son-hui avait participé aux sommets entre Kim Jong-un et
Donald Trump en 2018 et 2019.

Le ministère nord-coréen des Affaires étrangères a estimé que le dialogue avec Washington n'avait «
aucun sens » tant que les exercices militaires se poursuivent.

[2023-09..] Pyongyang rejette toute négociation sur son arsenal nucléaire, dont le renforcement est
inscrit dans sa Constitution depuis septembre 2023.

[2022-09..] Une loi adoptée en septembre 2022 autorise le recours préventif à l'arme nucléaire en
cas de menace contre la direction du pays.

[2023-10..] Pyongyang a fermé plusieurs ambassades ces derniers mois, officiellement pour
réorganiser son réseau diplomatique.

[2023-07..] {nk} a considérablement renforcé ses échanges avec la Russie, présentée à Pyongyang
comme un partenaire « stratégique ».

[2024-11..] Lors de sa visite à Moscou en novembre 2024, Choe Son-hui avait assuré que son pays
soutiendrait la Russie « jusqu'à la victoire » en Ukraine.

La Chine reste le premier partenaire commercial {de_nk}, avec l'essentiel de ses échanges
extérieurs.

Les diplomates nord-coréens en poste à l'étranger sont soumis à une surveillance étroite, selon
d'anciens transfuges.

# election_2022 leads

[..2022-03] Yoon Suk-yeol, candidat du Parti du pouvoir au peuple, et Lee Jae-myung, du Parti
démocrate, se livrent un duel serré à l'approche de l'élection présidentielle du 9 mars.

[2022-03..2022-04] L'ancien procureur général Yoon Suk-yeol a remporté de justesse l'élection
présidentielle sud-coréenne face à Lee Jae-myung.

[2022-05..2022-05] Yoon Suk-yeol a été investi président de la Corée du Sud, promettant une ligne
plus ferme face au Nord.

[2022-04..2022-05] Le président élu Yoon Suk-yeol a confirmé son intention de déménager le bureau
présidentiel hors de la Maison Bleue, à Yongsan.

# election_2022 details

[..2022-03] L'écart entre les deux candidats ne dépasse pas {pct} selon les derniers sondages.

[2022-03..] M. Yoon l'a emporté avec moins d'un point d'avance, le plus faible écart de l'histoire
démocratique du pays.

La politique envers {nk} figure parmi les principaux sujets de campagne, aux côtés de la flambée
des prix de l'immobilier.

[..2022-04] Le président sortant Moon Jae-in, qui ne pouvait briguer un second mandat, quittera ses
fonctions en mai.

M. Yoon plaide pour un renforcement de l'alliance avec Washington et un rapprochement avec Tokyo.

Son rival Lee Jae-myung, ancien gouverneur de la province de Gyeonggi, défend la poursuite du
dialogue avec Pyongyang.

[2022-05..] Le nouveau président a proposé au Nord un plan d'aide économique « audacieux » en
échange d'une dénucléarisation.

Les électeurs sud-coréens se disent lassés d'une campagne marquée par les scandales visant les deux
principaux candidats.

# yoon_government leads

{sk_pres} a plaidé {day} pour un renforcement de la dissuasion face au Nord lors d'un discours
prononcé à Séoul.

[2024-04..2024-04] Le parti du président Yoon Suk-yeol a subi une lourde défaite aux élections
législatives, l'opposition conservant une large majorité à l'Assemblée nationale.

Le gouvernement de Yoon Suk-yeol a annoncé de nouvelles mesures pour renforcer la coopération de
sécurité avec ses alliés.

[2022-10..2022-11] La bousculade d'Itaewon, qui a fait plus de 150 morts à Séoul, place le
gouvernement sous une pression croissante.

[2022-07..] La cote de popularité de M. Yoon est retombée sous la barre des 30 %, selon un sondage
publié {day}.

# yoon_government details

L'opposition, majoritaire au Parlement, bloque plusieurs projets de loi du gouvernement.

Le bureau présidentiel a défendu la politique étrangère du chef de l'État, centrée sur l'alliance
avec les États-Unis.

[2022-08..] Les relations entre l'exécutif et le Parti démocrate, dirigé par Lee Jae-myung, restent
extrêmement tendues.

[2023-03..] Le rapprochement engagé avec Tokyo divise l'opinion sud-coréenne, encore marquée par
l'héritage de la colonisation japonaise.

Les conservateurs au pouvoir estiment que seule la fermeté peut amener Pyongyang à changer de
comportement.

Le Premier ministre Han Duck-soo a assuré que le gouvernement resterait concentré sur l'économie.

La croissance sud-coréenne devrait atteindre {pct} cette année, selon la Banque de Corée.

# martial_law leads

[2024-12..2024-12] Le président Yoon Suk-yeol a proclamé la loi martiale avant de la lever quelques
heures plus tard, après un vote unanime des députés présents à l'Assemblée nationale.

[2024-12..2024-12] L'Assemblée nationale sud-coréenne a voté la destitution du président Yoon
Suk-yeol, suspendu de ses fonctions dans l'attente de la décision de la Cour constitutionnelle.

[2025-01..2025-01] Yoon Suk-yeol est devenu le premier président sud-coréen en exercice à être
arrêté, dans le cadre d'une enquête pour insurrection.

[2025-01..2025-03] La Cour constitutionnelle poursuit l'examen de la destitution de Yoon Suk-yeol,
dont les audiences sont suivies par tout le pays.

La crise politique ouverte par la proclamation de la loi martiale continue de paralyser la Corée du
Sud.

# martial_law details

Des milliers de manifestants se sont rassemblés devant l'Assemblée nationale pour exiger le départ
du chef de l'État.

Des soldats avaient tenté d'entrer dans l'Assemblée nationale, mais les députés ont réussi à se
réunir pour annuler le décret.

M. Yoon a justifié sa décision par la nécessité de protéger le pays de forces « hostiles à l'État »
et favorables au Nord.

Le Premier ministre Han Duck-soo a assuré l'intérim avant d'être lui-même destitué par l'Assemblée
à la fin de décembre.

Washington a suivi la crise avec une « grave inquiétude », le département d'État saluant le respect
du processus démocratique.

{nk} a réagi avec plusieurs jours de retard, ses médias décrivant la Corée du Sud comme plongée
dans le chaos.

Le ministre de la Défense Kim Yong-hyun, considéré comme l'instigateur de la loi martiale, a
démissionné puis a été arrêté.

Les marchés financiers ont chuté et le won est tombé à son plus bas niveau face au dollar depuis
2009.

Le parti présidentiel est profondément divisé entre partisans et adversaires de M. Yoon.

[2025-01..] Les partisans du président suspendu se rassemblent chaque week-end dans le centre de
Séoul.

Pour de nombreux Sud-Coréens, l'épisode a ravivé le souvenir des régimes militaires des années 1970
et 1980.

# yoon_removal leads

[2025-04..2025-04] La Cour constitutionnelle sud-coréenne a confirmé à l'unanimité la destitution
de Yoon Suk-yeol, qui perd définitivement ses fonctions.

[2025-04..2025-05] Après la destitution de Yoon Suk-yeol, la Corée du Sud se prépare à une élection
présidentielle anticipée fixée au 3 juin.

[2025-04..2025-05] Yoon Suk-yeol a quitté la résidence présidentielle, une semaine après la
décision de la Cour constitutionnelle.

# yoon_removal details

Les huit juges ont estimé que la proclamation de la loi martiale avait violé la Constitution et
gravement porté atteinte à la démocratie.

Yoon Suk-yeol reste poursuivi pour insurrection, un crime passible de la réclusion à perpétuité,
voire de la peine de mort.

Des scènes de liesse ont éclaté parmi les manifestants rassemblés près de la Cour, tandis que les
partisans de l'ancien président criaient au scandale.

Le gouvernement intérimaire a promis d'assurer une transition ordonnée jusqu'à l'élection.

Les alliés de Séoul ont salué la solidité des institutions démocratiques sud-coréennes.

La crise a retardé plusieurs rendez-vous diplomatiques, notamment avec la nouvelle administration
américaine.

Le départ de M. Yoon met fin à quatre mois d'incertitude, mais laisse un pays profondément divisé.

# election_2025 leads

[2025-04..2025-05] Lee Jae-myung, chef du Parti démocrate, fait figure de favori pour l'élection
présidentielle anticipée du 3 juin.

[2025-06..2025-06] Lee Jae-myung a remporté l'élection présidentielle anticipée et a prêté serment
dès le lendemain, mettant fin à six mois de crise politique.

[2025-05..2025-05] La campagne pour l'élection présidentielle anticipée oppose Lee Jae-myung au
conservateur Kim Moon-soo.

# election_2025 details

[2025-06..] Le nouveau président a promis de rétablir le dialogue avec Pyongyang tout en maintenant
l'alliance avec Washington.

[2025-06..] M. Lee a présenté {day} ses premiers choix pour le gouvernement, en insistant sur
l'urgence de relancer l'économie.

[2025-06..] Le taux de participation a atteint 79,4 %, le plus élevé depuis 1997.

Battu de justesse en 2022 par Yoon Suk-yeol, Lee Jae-myung pourrait ainsi prendre sa revanche.

[2025-06..] Le candidat conservateur Kim Moon-soo a reconnu sa défaite et félicité son adversaire.

Les électeurs placent l'économie et la réconciliation nationale au premier rang de leurs
préoccupations.

[2025-06..] Le nouveau chef de l'État devra composer avec les droits de douane annoncés par
l'administration Trump.

Pendant la campagne, M. Lee a promis d'apaiser les tensions avec le Nord et de maintenir des
relations pragmatiques avec les grandes puissances voisines.

# us_alliance leads

[2022-05..2022-05] Joe Biden est arrivé à Séoul pour sa première tournée en Asie, quelques jours
seulement après l'investiture de Yoon Suk-yeol.

[2023-04..2023-04] Reçu en visite d'État à la Maison Blanche, Yoon Suk-yeol a signé avec Joe Biden
la « déclaration de Washington » sur la dissuasion nucléaire.

[2023-07..2023-07] Un sous-marin nucléaire lanceur d'engins américain a fait escale à Busan, une
première depuis le début des années 1980.

Séoul et Washington ont lancé {day} leurs exercices militaires conjoints, présentés comme les plus
importants depuis plusieurs années.

[2025-01..] Donald Trump a affirmé {day} qu'il entretenait de « bonnes relations » avec Kim Jong-un
et qu'il pourrait le rencontrer à nouveau.

[2025-01..] Le retour de Donald Trump à la Maison Blanche inquiète Séoul, qui craint une remise en
cause du partage des coûts de l'alliance.

Le département d'État a réaffirmé l'engagement « inébranlable » des États-Unis envers la défense de
la Corée du Sud.

{us_sec} a rencontré son homologue sud-coréen pour coordonner la réponse aux provocations du Nord.

# us_alliance details

Quelque 28 500 soldats américains sont stationnés en Corée du Sud au titre du traité de défense
mutuelle de 1953.

[2023-04..] La déclaration de Washington a créé un Groupe consultatif nucléaire associant Séoul à
la planification de la dissuasion américaine.

Le Pentagone a annoncé le déploiement de bombardiers stratégiques dans la péninsule lors
d'exercices aériens conjoints.

{nk} dénonce ces manœuvres comme une préparation à une invasion et menace régulièrement de
répliquer.

Les deux alliés ont réaffirmé leur objectif d'une dénucléarisation complète de la péninsule
coréenne.

Selon le Washington Post, l'administration américaine envisage d'élargir le déploiement de moyens
stratégiques dans la région.

[2025-01..] Donald Trump a qualifié à plusieurs reprises la Corée du Nord de « puissance nucléaire
», une expression qui a inquiété Séoul.

[2025-04..] Washington a annoncé des droits de douane de 25 % sur les produits sud-coréens, ouvrant
des négociations tendues avec Séoul.

Le coût du stationnement des troupes américaines reste un sujet sensible entre les deux alliés.

La Maison Blanche a salué le rôle {de_sk} comme « pilier de la paix et de la sécurité » dans la
région indo-pacifique.

{us_pres} a assuré que toute attaque nucléaire contre la Corée du Sud entraînerait une réponse «
rapide et décisive ».

# trilateral leads

[2023-08..2023-08] Joe Biden, Yoon Suk-yeol et Fumio Kishida se sont réunis à Camp David pour un
sommet trilatéral inédit, consacré à la sécurité régionale.

[2023-09..] Depuis le sommet de Camp David en août 2023, Washington, Séoul et Tokyo multiplient les
exercices militaires trilatéraux.

Les chefs de la diplomatie américaine, sud-coréenne et japonaise ont condamné ensemble les
provocations {de_nk}.

[..2023-07] Les États-Unis encouragent leurs deux alliés asiatiques à surmonter leurs différends
historiques pour faire front commun face {a_nk}.

# trilateral details

[2023-08..] À Camp David, les trois dirigeants se sont engagés à se consulter rapidement en cas de
crise régionale.

[2023-08..] Les trois pays ont convenu d'organiser des exercices militaires conjoints chaque année
et de tenir un sommet annuel.

Pékin voit dans ce rapprochement une tentative de créer une « mini-OTAN » en Asie.

[2023-12..] Les trois alliés partagent désormais en temps réel les données d'alerte sur les
missiles nord-coréens.

Les tensions en mer de Chine méridionale et autour de Taïwan figuraient également à l'ordre du
jour.

Le rapprochement entre Séoul et Tokyo reste fragile, tributaire des questions historiques liées à
la colonisation.

{jp_pm} a salué une coopération « plus étroite que jamais » entre les trois partenaires.

# japan leads

[2023-03..2023-03] Yoon Suk-yeol s'est rendu à Tokyo pour le premier sommet bilatéral de ce type
depuis douze ans, après un compromis sur l'indemnisation des victimes du travail forcé.

[2024-10..2024-11] Shigeru Ishiba a pris ses fonctions de Premier ministre du Japon et promis de
poursuivre le rapprochement avec Séoul.

{jp} a protesté {day} auprès de Séoul après la visite de parlementaires sud-coréens sur les îlots
disputés de Dokdo, appelés Takeshima au Japon.

[2023-08..2023-09] Le rejet dans l'océan des eaux traitées de la centrale de Fukushima suscite des
manifestations en Corée du Sud.

{jp_pm} a appelé {day} à une coopération renforcée avec {sk} face aux menaces régionales.

# japan details

La question des Japonais enlevés par des espions nord-coréens dans les années 1970 et 1980 reste
une priorité pour Tokyo.

[2022-12..] Le Japon a engagé un renforcement de ses capacités de défense et veut porter ses
dépenses militaires à 2 % de son PIB d'ici 2027.

Les relations entre Séoul et Tokyo avaient atteint un point bas en 2019, sur fond de différends
commerciaux et historiques.

[2023-03..] La diplomatie de la navette entre les dirigeants des deux pays a repris après plusieurs
années d'interruption.

Le gouvernement japonais a déclaré qu'il ne tolérerait aucune provocation menaçant la sécurité de
l'archipel.

[2024-10..] M. Ishiba, ancien ministre de la Défense, a évoqué l'idée d'une « OTAN asiatique »,
accueillie avec prudence par ses voisins.

# china leads

Le ministre chinois des Affaires étrangères Wang Yi a appelé {day} toutes les parties à la «
retenue » dans la péninsule coréenne.

[2024-05..2024-05] Séoul a accueilli le premier sommet trilatéral entre la Corée du Sud, la Chine
et le Japon depuis 2019.

[2024-04..2024-04] Zhao Leji, numéro trois du régime chinois, s'est rendu à Pyongyang pour lancer
l'« année de l'amitié » entre la Chine et la Corée du Nord.

Xi Jinping a réaffirmé {day} la volonté de Pékin de maintenir la paix et la stabilité dans la
péninsule.

La Chine, principal soutien économique {de_nk}, est appelée par Washington à user de son influence
sur le régime.

# china details

Pékin plaide pour une approche de « double suspension », qui gèlerait à la fois les essais
nord-coréens et les exercices américano-sud-coréens.

La Chine assure l'essentiel du commerce extérieur {de_nk}, malgré les sanctions internationales.

Les tensions en mer de Chine méridionale compliquent les relations entre Pékin et les alliés de
Washington dans la région.

Séoul cherche à préserver ses liens économiques avec la Chine, premier partenaire commercial de la
Corée du Sud.

[2023-07..] Pékin observe avec prudence le rapprochement entre Pyongyang et Moscou, qui pourrait
réduire son influence sur le régime.

Le porte-parole de la diplomatie chinoise a rejeté les accusations selon lesquelles Pékin ne ferait
pas respecter les sanctions.

Xi Jinping et Kim Jong-un ont échangé des messages soulignant l'amitié « scellée dans le sang »
entre leurs deux pays.

# ukraine_war leads

[2022-02..2022-02] La Russie a lancé une invasion de grande ampleur de l'Ukraine, provoquant une
condamnation quasi unanime des pays occidentaux.

[2022-02..2022-04] {sk} a annoncé {day} se joindre aux sanctions internationales contre {ru}, en
restreignant les exportations de produits stratégiques.

[2022-04..] {ua} a demandé {day} à Séoul de lui fournir des armes, une requête que le gouvernement
sud-coréen continue de décliner.

[2023-07..2023-07] Yoon Suk-yeol s'est rendu à Kiev, où il a rencontré Volodymyr Zelensky et promis
une aide humanitaire accrue.

[2022-03..] La guerre en Ukraine continue de peser sur l'économie sud-coréenne, très dépendante des
importations d'énergie.

[2025-02..] Donald Trump presse Kiev et Moscou d'accepter un cessez-le-feu, au risque de tendre ses
relations avec les Européens.

# ukraine_war details

[2022-04..] Les forces russes ont dû se retirer de la région de Kiev au printemps 2022, après
l'échec de leur offensive initiale.

[2022-06..] Des centaines de milliers de soldats ont été tués ou blessés depuis le début de la
guerre, selon les estimations occidentales.

[2022-03..] Le gouvernement sud-coréen a évacué ses ressortissants d'Ukraine dans les premiers
jours du conflit.

[2022-03..] Les constructeurs automobiles et les fabricants d'électronique sud-coréens ont vu leurs
ventes en Russie s'effondrer.

Les exportations ukrainiennes de néon, indispensable à la fabrication des semi-conducteurs, ont été
perturbées par les combats.

Le ministère sud-coréen des Affaires étrangères a appelé au respect de la souveraineté et de
l'intégrité territoriale de l'Ukraine.

[2022-09..] Vladimir Poutine a décrété une mobilisation partielle en septembre 2022, poussant de
nombreux jeunes Russes à quitter le pays.

[2023-10..] La contre-offensive ukrainienne lancée en juin 2023 n'a pas permis de percée décisive.

Volodymyr Zelensky a appelé les démocraties d'Asie à soutenir davantage son pays face à l'agression
russe.

[2022-09..] La flambée des prix de l'énergie, aggravée depuis le sabotage des gazoducs Nord Stream,
pèse sur les industriels sud-coréens.

Séoul a fourni une aide humanitaire à l'Ukraine mais refuse, par principe, d'envoyer des armes
létales dans une zone de conflit.

[2022-08..] Les exportations d'armement sud-coréennes vers la Pologne ont explosé depuis le début
de la guerre, avec des contrats de chars et d'obusiers.

[2022-10..] Moscou a averti que toute livraison d'armes sud-coréennes à Kiev « détruirait » les
relations bilatérales.

Les sanctions occidentales ont contraint plusieurs groupes sud-coréens à suspendre leurs activités
en Russie.

Les grandes villes ukrainiennes subissent régulièrement des frappes de missiles et de drones
russes.

[2024-01..] Kiev affirme que des missiles nord-coréens ont été tirés sur des villes ukrainiennes.

[2023-10..] Les services de renseignement occidentaux estiment que des millions d'obus nord-coréens
ont été livrés à la Russie.

[2024-10..] L'arrivée de soldats nord-coréens sur le front a donné une dimension asiatique à la
guerre, selon l'OTAN.

Le Kremlin justifie son offensive par la sécurité de la Russie et rejette les accusations de crimes
de guerre.

Les Nations unies ont recensé des millions de réfugiés ukrainiens depuis le début du conflit.

# russia_north leads

[2023-07..2023-07] Le ministre russe de la Défense Sergueï Choïgou est arrivé à Pyongyang pour les
célébrations du 70e anniversaire de l'armistice de la guerre de Corée.

[2023-07..2023-08] {kim} a fait visiter une exposition d'armements au ministre russe de la Défense
Sergueï Shoigu, dont des missiles balistiques intercontinentaux.

[2023-09..2023-09] Vladimir Poutine a reçu Kim Jong-un au cosmodrome de Vostotchny, dans
l'Extrême-Orient russe, pour un sommet très surveillé par les Occidentaux.

[2023-09..2023-10] Kim Jong-un a promis un soutien « total et inconditionnel » à Moscou lors de sa
rencontre avec Vladimir Poutine à Vostochny.

[2023-10..2023-10] Le chef de la diplomatie russe Sergueï Lavrov est arrivé à Pyongyang pour
préparer une visite de Vladimir Poutine en Corée du Nord.

[2024-06..2024-06] Vladimir Poutine s'est rendu à Pyongyang, où il a signé avec Kim Jong-un un
traité de partenariat stratégique global comprenant une clause d'assistance mutuelle.

[2024-10..2024-11] Séoul affirme que des milliers de soldats nord-coréens ont été envoyés en Russie
et pourraient être déployés sur le front ukrainien.

[2024-11..2025-03] Des soldats nord-coréens combattent aux côtés des forces russes dans la région
de Koursk, selon Kiev et Washington.

[2024-11..2024-12] Le traité d'assistance mutuelle entre la Russie et la Corée du Nord est entré en
vigueur après sa ratification par les deux pays.

[2025-04..2025-05] {nk} a reconnu pour la première fois avoir envoyé des troupes combattre dans la
région russe de Koursk.

[2023-10..] Washington accuse {nk} de livrer des munitions et des missiles à la Russie pour sa
guerre en Ukraine.

Le rapprochement spectaculaire entre Moscou et {nk} inquiète Séoul et ses alliés.

# russia_north details

Les deux pays se sont engagés à approfondir leur coopération militaire, malgré les sanctions de
l'ONU qui interdisent tout commerce d'armes avec {nk}.

[2023-09..] En échange de ses munitions, {nk} chercherait à obtenir des technologies russes pour
ses satellites, ses sous-marins et ses missiles.

[2023-09..] Lors du sommet de Vostotchny, Vladimir Poutine avait laissé entendre que la Russie
pourrait aider Pyongyang à construire des satellites.

[2024-06..] Le traité signé en juin 2024 prévoit qu'un pays attaqué recevra une assistance
militaire immédiate de l'autre.

[2024-10..] Le renseignement sud-coréen estime à plus de 10 000 le nombre de soldats nord-coréens
envoyés en Russie.

[2024-12..] Selon Kiev, les soldats nord-coréens ont subi de lourdes pertes dans les combats de la
région de Koursk.

[2025-01..] L'armée ukrainienne a capturé deux soldats nord-coréens, dont les interrogatoires ont
été diffusés par Volodymyr Zelensky.

Le Kremlin dément toute violation des résolutions {de_unsc} et défend une coopération « légitime »
entre États voisins.

Pour les analystes, la guerre en Ukraine a offert {a_nk} une occasion inespérée de sortir de son
isolement.

Séoul a averti que le transfert de technologies militaires sensibles {a_nk} franchirait une « ligne
rouge ».

[2024-06..] Après la signature du traité, {sk} a annoncé réexaminer sa position sur les livraisons
d'armes à l'Ukraine.

Le commerce entre la Russie et la Corée du Nord, longtemps marginal, a fortement progressé selon
les images satellites des ports et des gares frontalières.

[2023-10..] Des images satellites montrent des convois de conteneurs acheminés par train depuis la
gare de Tumangang vers la Russie.

Le Japon et l'Union européenne ont condamné une coopération militaire qui menace la sécurité de
l'Europe comme de l'Asie.

[2023-10..] Sergueï Lavrov a qualifié les relations entre Moscou et Pyongyang de « stratégiques »
et rejeté les critiques occidentales.

[2024-03..] En mettant son veto au renouvellement du groupe d'experts de l'ONU, la Russie a privé
le Conseil de sécurité de son principal outil de surveillance des sanctions.

# un_sanctions leads

[2022-05..2022-05] La Chine et la Russie ont opposé leur veto à une résolution américaine prévoyant
de nouvelles sanctions contre la Corée du Nord, une première depuis 2006.

[2024-03..2024-04] La Russie a mis son veto au renouvellement du mandat du groupe d'experts de
l'ONU chargé de surveiller les sanctions contre la Corée du Nord.

{unsc} s'est réuni {day} en urgence à New York après le dernier tir de missile {de_nk}.

{unsc} reste divisé sur la réponse à apporter aux essais balistiques {de_nk}.

[2024-10..] Onze pays, dont la Corée du Sud, les États-Unis et le Japon, ont lancé une équipe
multilatérale de surveillance des sanctions visant la Corée du Nord.

Antonio Guterres a exhorté {day} {nk} à reprendre le dialogue et à respecter ses obligations
internationales.

# un_sanctions details

Les diplomates réunis à New York ne sont pas parvenus à s'accorder sur une déclaration commune.

Depuis 2006, neuf résolutions de l'ONU ont imposé des sanctions {a_nk} en raison de ses programmes
nucléaire et balistique.

Les sanctions limitent notamment les importations de pétrole raffiné et interdisent les
exportations de charbon et de textile nord-coréens.

[2023-07..] Pékin et Moscou plaident pour un allègement des sanctions, qu'ils jugent
contre-productives.

Les ambassadeurs américain et sud-coréen ont dénoncé l'incapacité du Conseil à faire respecter ses
propres résolutions.

Les rapports du groupe d'experts documentaient notamment les cyberattaques attribuées {a_nk}, qui
financeraient son programme d'armement.

Selon l'ONU, les pirates informatiques nord-coréens auraient dérobé des milliards de dollars en
cryptomonnaies ces dernières années.

[2024-05..] Depuis la fin du mandat du groupe d'experts, aucun organe de l'ONU ne surveille
l'application des sanctions.

La situation humanitaire {en_nk} reste préoccupante, selon les agences des Nations unies, qui n'ont
plus accès au pays depuis la pandémie.

[..2025-01] La représentante américaine à l'ONU a accusé certains membres du Conseil de « protéger
» le régime de Pyongyang.

# nuclear leads

L'Agence internationale de l'énergie atomique (AIEA) a signalé {day} une activité accrue sur le
site nucléaire de Yongbyon.

[2022-04..2022-12] Séoul et Washington estiment que {nk} a achevé les préparatifs d'un septième
essai nucléaire sur le site de Punggye-ri.

[2024-09..2024-10] {nk} a dévoilé pour la première fois des images d'une installation
d'enrichissement d'uranium, visitée par Kim Jong-un.

Rafael Grossi, directeur général de l'AIEA, a jugé « profondément regrettable » la poursuite du
programme nucléaire nord-coréen.

# nuclear details

Les inspecteurs de l'AIEA ont été expulsés {de_nk} en 2009 et suivent désormais le site par images
satellites.

Le dernier essai nucléaire nord-coréen, le sixième, remonte à septembre 2017.

[2023-12..] Le réacteur à eau légère de Yongbyon semble désormais opérationnel, selon les
observations de l'agence.

Les experts estiment que {nk} pourrait disposer de matière fissile pour plusieurs dizaines
d'ogives.

[2022-09..] Une loi adoptée en septembre 2022 consacre le statut de puissance nucléaire du pays,
jugé « irréversible » par Kim Jong-un.

Séoul a prévenu qu'un nouvel essai nucléaire entraînerait une réponse « sans précédent » de la
communauté internationale.

# europe leads

[2022-06..2022-06] Yoon Suk-yeol est devenu le premier président sud-coréen à participer à un
sommet de l'OTAN, à Madrid.

[2023-07..2023-07] En marge du sommet de l'OTAN à Vilnius, {sk} a renforcé son partenariat avec
l'Alliance atlantique.

Emmanuel Macron a appelé {day} {nk} à renoncer à ses programmes d'armes de destruction massive.

Le Quai d'Orsay a condamné {day} le dernier tir de missile nord-coréen, une « violation flagrante »
des résolutions de l'ONU.

L'Union européenne a adopté de nouvelles sanctions visant des entités nord-coréennes liées au
programme balistique.

[2024-10..] Le secrétaire général de l'OTAN Mark Rutte a confirmé la présence de troupes
nord-coréennes en Russie.

# europe details

La France, membre permanent du Conseil de sécurité, plaide pour une application stricte des
sanctions.

La France et la Corée du Sud ont renforcé leur coopération dans la défense et le nucléaire civil.

Bruxelles considère que la sécurité de l'Europe et celle de l'Asie sont désormais étroitement
liées.

L'Union européenne maintient envers Pyongyang une politique d'« engagement critique ».

[2024-10..] Emmanuel Macron a jugé « inacceptable » l'engagement de soldats nord-coréens dans la
guerre russe en Ukraine.

# pool sk_on_north

Le ministère sud-coréen de l'Unification a appelé Pyongyang à cesser immédiatement ses
provocations.

{sk_pres} a ordonné à l'armée de maintenir une posture de préparation maximale.

L'état-major interarmées sud-coréen a affirmé suivre de près tout signe d'activité supplémentaire
au Nord.

Séoul a convoqué une réunion d'urgence de son Conseil de sécurité nationale.

Le gouvernement sud-coréen prévient qu'il répondra « avec fermeté » à toute attaque.

La Corée du Sud a renforcé la surveillance le long de la ligne de démarcation militaire.

Le ministère sud-coréen de la Défense qualifie ces essais de « grave menace » pour la paix dans la
péninsule.

[..2022-04] Le gouvernement de Moon Jae-in a exprimé ses « regrets » tout en appelant à la reprise
du dialogue.

# pool us_on_north

Washington a réaffirmé son engagement « inébranlable » en faveur de la défense de ses alliés
sud-coréen et japonais.

{us_sec} a appelé {nk} à revenir à la table des négociations « sans conditions préalables ».

Les États-Unis ont imposé de nouvelles sanctions visant des intermédiaires accusés d'aider {nk} à
contourner l'embargo.

[..2024-12] La Maison Blanche a jugé que ce comportement « déstabilisateur » renforçait la
nécessité d'une coordination étroite avec Séoul et Tokyo.

[2025-01..] L'administration Trump a dit rester ouverte à un dialogue avec Kim Jong-un tout en
maintenant les sanctions.

Le commandement américain pour l'Indo-Pacifique a assuré que ses forces restaient prêtes à défendre
la Corée du Sud.

# pool japan_on_north

{jp_pm} a dénoncé un acte « inacceptable » et annoncé une protestation officielle par la voie
diplomatique.

Tokyo a protesté auprès de Pyongyang par l'intermédiaire de son ambassade à Pékin.

Le gouvernement japonais a demandé aux compagnies aériennes et aux navires de rester vigilants.

Tokyo exige également le règlement de la question des Japonais enlevés par des espions
nord-coréens.

# pool china_on_north

Le porte-parole du ministère chinois des Affaires étrangères a estimé que les sanctions seules ne
pouvaient résoudre la question.

La Chine rejette la responsabilité des tensions sur les exercices militaires menés par Washington
dans la région.

Pékin s'oppose à tout renforcement des sanctions {de_unsc} contre son voisin.

# pool un_on_north

Plusieurs membres du Conseil de sécurité ont demandé une réunion d'urgence pour examiner la
situation.

Le porte-parole de l'ONU a rappelé que la dénucléarisation de la péninsule restait l'objectif de la
communauté internationale.

[2022-05..2022-06] Le veto chinois et russe de mai 2022 a illustré la paralysie du Conseil face aux
essais nord-coréens.

[2023-07..] Les divisions entre membres permanents, avec la Chine et la Russie d'un côté et les
Occidentaux de l'autre, empêchent toute nouvelle résolution.

# pool north_context

{nk} fait l'objet de lourdes sanctions internationales en raison de ses programmes nucléaire et
balistique.

Le pays a procédé à six essais nucléaires entre 2006 et 2017.

{kim} a fait du développement de l'arsenal nucléaire la priorité absolue de son régime.

Les médias d'État nord-coréens présentent ces essais comme une réponse légitime aux « menaces »
américaines.

L'économie nord-coréenne, étranglée par les sanctions et la fermeture des frontières pendant la
pandémie, reste très dépendante de la Chine.

[2023-07..] Des analystes estiment que {nk} bénéficie désormais d'un soutien technique de la Russie
pour moderniser ses armements.

[2023-07..] Le renforcement des liens avec Moscou permet au régime nord-coréen de contourner plus
facilement les sanctions internationales.

[2024-06..] Depuis la signature d'un traité d'assistance mutuelle avec la Russie en juin 2024, le
régime nord-coréen affiche une assurance nouvelle sur la scène internationale.

Le régime nord-coréen n'a plus participé à des négociations sur son programme nucléaire depuis
2019.

[2023-01..] {kim} a exhorté les ouvriers des usines de munitions à accroître la production à un
rythme sans précédent.

# pool analysts_north

Selon plusieurs chercheurs, le régime cherche avant tout à être reconnu comme une puissance
nucléaire à part entière.

Des experts estiment que les essais visent aussi à renforcer l'autorité de Kim Jong-un sur le plan
intérieur.

Un ancien diplomate sud-coréen juge peu probable une reprise du dialogue à court terme.

Des responsables américains cités par la presse redoutent une nouvelle escalade dans les prochains
mois.

Les spécialistes soulignent que le régime calibre soigneusement ses provocations pour éviter une
riposte militaire.

Certains analystes y voient un message adressé autant à Washington qu'à Séoul.

[2025-01..] D'autres experts estiment que Pyongyang attend de voir quelle politique adoptera
l'administration Trump avant de s'engager.

# pool peninsula_context

La zone démilitarisée, large de quatre kilomètres, sépare les deux Corées depuis l'armistice de
1953.

Techniquement, les deux pays restent en guerre, le conflit de 1950-1953 s'étant achevé par un
armistice et non par un traité de paix.

Des militants sud-coréens continuent d'envoyer par ballons des tracts hostiles au régime, malgré
les appels à la retenue.

Environ 34 000 transfuges nord-coréens vivent aujourd'hui en Corée du Sud, selon le ministère de
l'Unification.

Les deux Corées n'ont plus tenu de sommet depuis 2018, lorsque M. Kim et le président Moon Jae-in
s'étaient rencontrés à trois reprises.

# pool sk_politics_context

La vie politique sud-coréenne reste marquée par une forte polarisation entre conservateurs et
progressistes.

Les présidents sud-coréens sont élus pour un mandat unique de cinq ans.

[..2025-05] Le Parti démocrate, principale formation d'opposition, dispose de la majorité à
l'Assemblée nationale.

Les sondages montrent une opinion publique très divisée sur la politique à mener envers le Nord.

Plusieurs anciens présidents sud-coréens ont été poursuivis en justice après leur mandat.

La jeunesse sud-coréenne se dit avant tout préoccupée par l'emploi et le prix du logement.

Les syndicats et les organisations civiques ont appelé à de nouveaux rassemblements à Séoul.

L'économie sud-coréenne, la quatrième d'Asie, devrait croître d'environ {pct} cette année.

Les chaînes de télévision ont interrompu leurs programmes pour suivre l'évolution de la situation
en direct.

# pool us_on_south

Washington a dit suivre de près la situation politique en Corée du Sud, son allié clé en Asie.

Le département d'État a souligné la solidité de l'alliance, « quelles que soient les circonstances
politiques ».

{us_sec} s'est entretenu avec son homologue sud-coréen pour réaffirmer le soutien des États-Unis.

[2024-12..2025-03] Plusieurs rencontres diplomatiques de haut niveau entre Séoul et Washington ont
été reportées en raison de la crise.

Tokyo et Pékin ont dit espérer un retour rapide à la stabilité chez leur voisin.

# pool sk_foreign_context

La Corée du Sud cherche à concilier son alliance avec Washington et ses liens économiques avec
Pékin.

Séoul a fortement augmenté ces dernières années ses exportations d'armement vers l'Europe et le
Moyen-Orient.

[2022-12..] La diplomatie sud-coréenne met en avant sa stratégie indo-pacifique, dévoilée fin 2022.

La Corée du Sud accueille chaque année plusieurs exercices militaires d'envergure avec les forces
américaines.

Les semi-conducteurs sud-coréens occupent une place centrale dans les discussions économiques avec
les États-Unis et la Chine.

[2022-05..2024-11] Yoon Suk-yeol veut faire de la Corée du Sud un « État pivot mondial » engagé
dans la défense de l'ordre international.

Le ministre sud-coréen des Affaires étrangères a multiplié les entretiens avec ses homologues de la
région ces dernières semaines.

# pool ukraine_context

Les pays du G7 ont adopté plusieurs trains de sanctions contre la Russie depuis le début de
l'invasion.

[2022-06..] L'Union européenne a accordé à l'Ukraine le statut de candidat à l'adhésion en juin
2022.

Les prix du blé et des engrais ont fortement augmenté après le début de la guerre, affectant de
nombreux pays importateurs.

L'OTAN a renforcé sa présence sur son flanc oriental depuis le déclenchement du conflit.

[2022-05..2025-04] Les négociations de paix entre Moscou et Kiev sont au point mort depuis le
printemps 2022.

Vladimir Poutine affirme que son pays poursuivra son « opération militaire spéciale » jusqu'à ce
que ses objectifs soient atteints.

Les Occidentaux ont gelé une grande partie des avoirs de la Banque centrale russe.

# pool europe_context

Plusieurs pays européens ont augmenté leurs dépenses militaires, en invoquant la menace russe.

Les Européens ont multiplié les livraisons d'armes à Kiev, tout en cherchant à éviter une
confrontation directe avec Moscou.

[2022-05..] La Commission européenne a présenté un plan pour réduire la dépendance énergétique de
l'Union envers la Russie.

[2022-08..] La Pologne, voisine de l'Ukraine, est devenue l'un des principaux clients de
l'industrie d'armement sud-coréenne.

L'Allemagne et la France ont réaffirmé leur soutien à l'Ukraine lors d'un entretien entre leurs
dirigeants.

L'OTAN a renforcé ses échanges avec ses partenaires de l'Indo-Pacifique, dont la Corée du Sud, le
Japon, l'Australie et la Nouvelle-Zélande.

[2022-09..] Les Européens, frappés par la crise énergétique depuis les explosions des gazoducs Nord
Stream, suivent de près les alliances de Moscou.

Le Quai d'Orsay rappelle régulièrement l'attachement de la France à la non-prolifération nucléaire.

Les ministres des Affaires étrangères de l'Union européenne doivent se réunir à Bruxelles dans les
prochains jours.

# pool launch_reactions

Le département d'État américain a condamné un tir qui viole plusieurs résolutions de l'ONU et
menace les voisins {de_nk}.

Le Pentagone a indiqué que le tir ne représentait pas de menace immédiate pour le territoire
américain.

Le ministère japonais de la Défense a indiqué que le missile était tombé en dehors de la zone
économique exclusive du Japon.

Pékin a appelé à la « retenue » et au dialogue, sans condamner explicitement le tir.

Antonio Guterres a condamné un tir contraire aux résolutions {de_unsc} et appelé à une reprise des
pourparlers.
"""

_ENGLISH_TEXT = """
# missile_tests leads

{nk} fired {count} short-range ballistic missiles into the East Sea, South Korea's Joint Chiefs of
Staff said {day}.

South Korea's military detected the launch of a ballistic missile from the Pyongyang area {day},
the latest in a string of tests that has raised tensions on the peninsula.

[..2022-12] {nk} carried out another missile launch {day}, keeping up a pace of testing unseen
since Kim Jong-un took power.

[2022-03..2022-04] {nk} launched an intercontinental ballistic missile, ending a self-imposed
moratorium on long-range tests in place since 2017.

[2022-10..2022-10] A North Korean missile flew over the Japanese archipelago for the first time in
five years, triggering alerts in northern Japan.

[2022-11..2022-11] {nk} fired more than twenty missiles in a single day, one of which landed south
of the maritime border for the first time since the division of the peninsula.

[2023-04..] {nk} tested a solid-fuel Hwasong-18 intercontinental ballistic missile {day}, according
to the official KCNA news agency.

[2024-10..2024-11] {nk} launched a new intercontinental missile, the Hwasong-19, which state media
described as the most powerful the country has ever tested.

[2024-01..] {nk} said {day} it had tested an intermediate-range hypersonic missile that state media
claim can evade missile defences in the region.

[2023-01..] Kim Jong-un's regime fired cruise missiles off its west coast {day}, the South Korean
military reported.

# missile_tests details

The projectile flew about {km} before falling into the sea, according to Seoul's initial
assessment.

KCNA said the test was meant to verify the reliability of a new weapons system.

[2022-11..] {kim} oversaw the launch in person, accompanied by his daughter, according to images
shown on state television.

[2023-12..] The Joint Chiefs of Staff said the launch data were shared in real time with Washington
and Tokyo.

The Japanese coast guard urged ships to stay alert after the projectile came down at sea.

Military experts say every test helps the regime refine delivery systems capable of carrying a
nuclear warhead.

[2023-01..] Mr. Kim has again vowed to expand his country's nuclear arsenal "exponentially."

The launch came days after joint drills by Seoul and Washington, which {nk} calls a "rehearsal for
invasion."

[..2022-12] Since January, {nk} has fired more missiles than in any other year of its history.

The South Korean military said the missile reached an altitude of about {altitude}.

State media released photos of a mobile launcher leaving a tunnel minutes before the launch.

South Korea's defence ministry called the launch "clearly provocative" and urged the North to stop
its tests.

Several diplomats said tensions on the peninsula are at their highest in years.

South Korean officials are still analysing the missile, which may belong to a new generation of
weapons.

# satellite leads

[2023-05..2023-06] A North Korean rocket meant to put a military reconnaissance satellite into
orbit crashed into the Yellow Sea shortly after launch.

[2023-08..2023-09] {nk} failed for a second time to put a spy satellite into orbit, blaming a fault
in the rocket's third stage.

[2023-11..2024-04] {nk} says it has put its first military reconnaissance satellite, the
Malligyong-1, into orbit.

[2024-05..2024-06] A North Korean rocket carrying a reconnaissance satellite exploded in flight
shortly after lift-off, the South Korean military said.

[2023-06..] {nk_s} military space programme continues to worry Seoul, which sees it as a disguised
ballistic missile test.

# satellite details

Resolutions of {unsc} bar {nk} from any use of ballistic missile technology, including for space
launches.

[2023-05..2023-07] The South Korean navy salvaged debris from the rocket to analyse it with
American experts.

According to Japanese officials, the rocket flew over Okinawa prefecture, where an alert was
briefly issued.

North Korea's space agency promised a new launch as soon as the cause of the failure is found.

[2023-11..] Pyongyang claims its satellite has already photographed American military bases, which
Seoul cannot confirm.

[2023-11..] Seoul suspects {nk} received technical help from Russia to make the launch succeed.

[2023-11..] In response, {sk} partly suspended the 2018 inter-Korean military agreement that
limited aerial surveillance near the border.

Space analysts say such a satellite has limited resolution but great symbolic value.

The launch took place at the Sohae site on the country's west coast, which has been expanded in
recent years.

{us_sec} condemned an "irresponsible" launch that violates several UN resolutions.

[2023-12..] {sk} launched its own first spy satellite from California on a SpaceX rocket.

# kim_yo_jong leads

Kim Yo-jong, the influential sister of {kim}, sharply criticised South Korean authorities {day} in
a statement carried by KCNA.

In an unusually harsh statement, Kim Yo-jong threatened {sk} with "retaliation" for any new
provocation.

[2024-05..2024-07] Kim Yo-jong defended sending trash-filled balloons to the South, calling them a
response to leaflets from South Korean activists.

[2024-10..2024-11] Kim Yo-jong accused {sk} of flying drones carrying leaflets over Pyongyang and
promised a "horrible" response.

Kim Yo-jong {day} rejected any talks on denuclearisation, a question she called "closed."

# kim_yo_jong details

Kim Yo-jong, a vice department director of the Workers' Party Central Committee, often speaks for
her brother on relations with the South.

Her statement called South Korea's leaders "puppets" of the United States.

Analysts read her statements as a barometer of the regime's line towards Seoul and Washington.

South Korea's Unification Ministry regretted "inappropriate" remarks and urged Pyongyang to show
restraint.

She warned that any violation of North Korean airspace would be treated as an act of war.

Her influence became clear in 2020, when she announced the demolition of the inter-Korean liaison
office in Kaesong, carried out days later.

Kim Yo-jong also mocked the joint U.S.-South Korean drills as "useless and dangerous."

The statement, released in the middle of the night, was printed in full by the Rodong Sinmun
newspaper.

# inter_korean leads

[2024-01..2024-03] {kim} called {sk} the country's "principal enemy" and ordered that references to
reunification be removed from the constitution.

[2024-10..2024-11] North Korean troops blew up sections of roads and railways linking the two
Koreas {day}, South Korea's Joint Chiefs of Staff said.

[2024-05..2024-07] Hundreds of balloons filled with trash sent from the North have landed in South
Korea, some as far as the Seoul area.

Inter-Korean relations remain deadlocked, with no official channel of communication left between
Seoul and Pyongyang.

[..2022-04] Moon Jae-in's government is trying to revive dialogue with the North before his term
ends, so far without any answer from Pyongyang.

[2025-06..] South Korea's new President Lee Jae-myung ordered propaganda loudspeakers along the
border switched off, a conciliatory gesture towards the North.

[2024-06..2024-07] Seoul resumed loudspeaker propaganda broadcasts along the border in response to
the balloons sent by the North.

# inter_korean details

The Unification Ministry's daily calls on the inter-Korean liaison line have gone unanswered.

Families separated by the war, whose members are now very old, are calling for reunions that have
been suspended since 2018.

[2024-01..] Pyongyang has dismantled the agencies in charge of relations with the South, breaking
with decades of talk of reunification.

[2024-06..] The inter-Korean military agreement of September 19, 2018, meant to ease border
tensions, is no longer applied by either side.

[2024-06..] According to the South Korean military, North Korean soldiers briefly crossed the
demarcation line before withdrawing after warning shots.

Residents of the border islands in the Yellow Sea say they live in fear of another armed clash.

# north_diplomacy leads

[2022-06..2022-07] Choe Son-hui, a veteran negotiator with Washington, has been named North Korea's
foreign minister, the first woman in the post.

{nk_fm} denounced the "hostile" policy of the United States {day} in a statement carried by state
media.

{nk_fm} accused Washington of trying to isolate the country on the international stage.

[2024-11..2024-11] Choe Son-hui travelled to Moscow, where she met Vladimir Putin amid an uproar
over North Korean troops sent to Russia.

[2024-01..2024-01] Choe Son-hui visited Moscow to prepare a trip by Vladimir Putin to North Korea.

North Korean diplomats have stepped up statements against the growing American military presence in
the region.

# north_diplomacy details

[2022-06..] A former interpreter, Choe Son-hui took part in the summits between Kim Jong-un and
Donald Trump in 2018 and 2019.

North Korea's foreign ministry said dialogue with Washington was "meaningless" as long as military
drills continue.

[2023-09..] Pyongyang rejects any negotiation on its nuclear arsenal, whose expansion has been
written into its constitution since September 2023.

[2022-09..] A law adopted in September 2022 allows pre-emptive nuclear strikes if the country's
leadership is threatened.

[2023-10..] Pyongyang has closed several embassies in recent months, officially to reorganise its
diplomatic network.

[2023-07..] {nk} has sharply increased its exchanges with Russia, which Pyongyang calls a
"strategic" partner.

[2024-11..] During her visit to Moscow in November 2024, Choe Son-hui said her country would stand
with Russia "until victory" in Ukraine.

China remains {nk_s} largest trading partner, accounting for most of its foreign trade.

North Korean diplomats posted abroad are closely watched, according to former defectors.

# election_2022 leads

[..2022-03] Yoon Suk-yeol of the People Power Party and Lee Jae-myung of the Democratic Party are
locked in a tight race ahead of the March 9 presidential election.

[2022-03..2022-04] Former prosecutor general Yoon Suk-yeol narrowly won South Korea's presidential
election against Lee Jae-myung.

[2022-05..2022-05] Yoon Suk-yeol was sworn in as president of South Korea, promising a tougher line
on the North.

[2022-04..2022-05] President-elect Yoon Suk-yeol confirmed he will move the presidential office out
of the Blue House to Yongsan.

# election_2022 details

[..2022-03] The latest polls put the gap between the two candidates at no more than {pct}.

[2022-03..] Mr. Yoon won by less than one percentage point, the narrowest margin in the country's
democratic history.

Policy towards {nk} is one of the main campaign issues, alongside soaring housing prices.

[..2022-04] Outgoing President Moon Jae-in, who could not seek a second term, will leave office in
May.

Mr. Yoon wants a stronger alliance with Washington and closer ties with Tokyo.

His rival Lee Jae-myung, a former governor of Gyeonggi province, favours continued dialogue with
Pyongyang.

[2022-05..] The new president has offered the North an "audacious" economic aid plan in exchange
for denuclearisation.

South Korean voters say they are tired of a campaign dominated by scandals around both main
candidates.

# yoon_government leads

{sk_pres} called for stronger deterrence against the North {day} in a speech in Seoul.

[2024-04..2024-04] President Yoon Suk-yeol's party suffered a heavy defeat in parliamentary
elections, leaving the opposition with a large majority in the National Assembly.

Yoon Suk-yeol's government announced new measures to deepen security cooperation with its allies.

[2022-10..2022-11] The Itaewon crowd crush, which killed more than 150 people in Seoul, has put the
government under growing pressure.

[2022-07..] Mr. Yoon's approval rating has fallen below 30% again, according to a poll released
{day}.

# yoon_government details

The opposition, which controls parliament, is blocking several government bills.

The presidential office defended the president's foreign policy, built around the alliance with the
United States.

[2022-08..] Relations between the government and the Democratic Party, led by Lee Jae-myung, remain
extremely tense.

[2023-03..] The rapprochement with Tokyo divides South Korean opinion, still marked by the legacy
of Japanese colonial rule.

The ruling conservatives argue that only firmness can change Pyongyang's behaviour.

Prime Minister Han Duck-soo said the government would stay focused on the economy.

The Bank of Korea expects growth of {pct} this year.

# martial_law leads

[2024-12..2024-12] President Yoon Suk-yeol declared martial law and lifted it a few hours later,
after lawmakers present in the National Assembly voted unanimously against it.

[2024-12..2024-12] South Korea's National Assembly voted to impeach President Yoon Suk-yeol, who is
suspended from office pending a ruling by the Constitutional Court.

[2025-01..2025-01] Yoon Suk-yeol became the first sitting South Korean president to be arrested, as
part of an insurrection investigation.

[2025-01..2025-03] The Constitutional Court is still weighing Yoon Suk-yeol's impeachment, in
hearings followed across the country.

The political crisis triggered by the martial law declaration continues to paralyse South Korea.

# martial_law details

Thousands of protesters gathered outside the National Assembly to demand the president's
resignation.

Soldiers had tried to enter the National Assembly, but lawmakers managed to meet and overturn the
decree.

Mr. Yoon justified his decision as necessary to protect the country from "anti-state forces"
sympathetic to the North.

Prime Minister Han Duck-soo served as acting president before being impeached himself by the
Assembly at the end of December.

Washington followed the crisis with "grave concern," while the State Department welcomed respect
for the democratic process.

{nk} reacted several days later, with its state media describing South Korea as plunged into chaos.

Defence Minister Kim Yong-hyun, seen as the architect of martial law, resigned and was later
arrested.

Financial markets fell and the won slid to its weakest level against the dollar since 2009.

The ruling party is deeply split between supporters and opponents of Mr. Yoon.

[2025-01..] Supporters of the suspended president rally every weekend in central Seoul.

For many South Koreans, the episode revived memories of the military regimes of the 1970s and
1980s.

# yoon_removal leads

[2025-04..2025-04] South Korea's Constitutional Court unanimously upheld the impeachment of Yoon
Suk-yeol, removing him from office.

[2025-04..2025-05] After the removal of Yoon Suk-yeol, South Korea is preparing for a snap
presidential election on June 3.

[2025-04..2025-05] Yoon Suk-yeol left the presidential residence a week after the Constitutional
Court's ruling.

# yoon_removal details

The eight justices found that the martial law declaration violated the constitution and gravely
harmed democracy.

Yoon Suk-yeol still faces trial on insurrection charges, a crime punishable by life imprisonment or
even death.

Crowds near the court erupted in celebration, while supporters of the former president cried foul.

The interim government promised an orderly transition until the election.

Seoul's allies praised the resilience of South Korea's democratic institutions.

The crisis delayed several diplomatic meetings, including with the new U.S. administration.

Mr. Yoon's departure ends four months of uncertainty but leaves a deeply divided country.

# election_2025 leads

[2025-04..2025-05] Democratic Party leader Lee Jae-myung is the front-runner in the snap
presidential election on June 3.

[2025-06..2025-06] Lee Jae-myung won the snap presidential election and was sworn in the next day,
ending six months of political crisis.

[2025-05..2025-05] The snap presidential campaign pits Lee Jae-myung against conservative candidate
Kim Moon-soo.

# election_2025 details

[2025-06..] The new president promised to restore dialogue with Pyongyang while keeping the
alliance with Washington.

[2025-06..] Mr. Lee named his first picks for the government {day}, stressing the urgency of
reviving the economy.

[2025-06..] Turnout reached 79.4%, the highest since 1997.

Narrowly beaten by Yoon Suk-yeol in 2022, Lee Jae-myung could now take his revenge.

[2025-06..] Conservative candidate Kim Moon-soo conceded defeat and congratulated his opponent.

Voters rank the economy and national reconciliation as their top concerns.

[2025-06..] The new president will have to deal with the tariffs announced by the Trump
administration.

During the campaign, Mr. Lee promised to ease tensions with the North and keep pragmatic relations
with the big neighbouring powers.

# us_alliance leads

[2022-05..2022-05] Joe Biden arrived in Seoul on his first trip to Asia as president, only days
after Yoon Suk-yeol's inauguration.

[2023-04..2023-04] On a state visit to the White House, Yoon Suk-yeol signed the "Washington
Declaration" on nuclear deterrence with Joe Biden.

[2023-07..2023-07] A U.S. nuclear-armed submarine made a port call in Busan, the first such visit
since the early 1980s.

Seoul and Washington began joint military exercises {day}, billed as their largest in years.

[2025-01..] Donald Trump said {day} he had a "good relationship" with Kim Jong-un and might meet
him again.

[2025-01..] Donald Trump's return to the White House worries Seoul, which fears new demands over
the cost of the alliance.

The State Department reaffirmed the United States' "ironclad" commitment to the defence of South
Korea.

{us_sec} met his South Korean counterpart to coordinate the response to the North's provocations.

# us_alliance details

About 28,500 American troops are stationed in South Korea under the 1953 mutual defence treaty.

[2023-04..] The Washington Declaration set up a Nuclear Consultative Group giving Seoul a role in
planning U.S. deterrence.

The Pentagon announced the deployment of strategic bombers to the peninsula for joint air drills.

{nk} denounces such exercises as preparations for invasion and regularly threatens to retaliate.

The two allies reaffirmed their goal of the complete denuclearisation of the Korean peninsula.

According to the Washington Post, the U.S. administration is considering deploying more strategic
assets to the region.

[2025-01..] Donald Trump has repeatedly called North Korea a "nuclear power," a phrase that alarmed
Seoul.

[2025-04..] Washington announced 25% tariffs on South Korean goods, opening tense negotiations with
Seoul.

The cost of stationing U.S. troops remains a sensitive issue between the two allies.

The White House praised {sk} as a "linchpin of peace and security" in the Indo-Pacific.

{us_pres} said any nuclear attack on South Korea would meet a "swift and decisive" response.

# trilateral leads

[2023-08..2023-08] Joe Biden, Yoon Suk-yeol and Fumio Kishida met at Camp David for an
unprecedented trilateral summit on regional security.

[2023-09..] Since the Camp David summit in August 2023, Washington, Seoul and Tokyo have stepped up
trilateral military drills.

The top diplomats of the United States, South Korea and Japan jointly condemned {nk_s}
provocations.

[..2023-07] The United States is urging its two Asian allies to overcome their historical disputes
and stand together against {nk}.

# trilateral details

[2023-08..] At Camp David, the three leaders pledged to consult each other promptly in a regional
crisis.

[2023-08..] The three countries agreed to hold joint military exercises every year and an annual
summit.

Beijing sees the rapprochement as an attempt to build a "mini-NATO" in Asia.

[2023-12..] The three allies now share missile warning data on North Korean launches in real time.

Tensions in the South China Sea and around Taiwan were also on the agenda.

Rapprochement between Seoul and Tokyo remains fragile, hostage to historical disputes over the
colonial era.

{jp_pm} praised cooperation between the three partners as "closer than ever."

# japan leads

[2023-03..2023-03] Yoon Suk-yeol travelled to Tokyo for the first bilateral summit of its kind in
twelve years, after a compromise on compensation for wartime forced labour.

[2024-10..2024-11] Shigeru Ishiba took office as Japan's prime minister, promising to pursue the
rapprochement with Seoul.

{jp} protested to Seoul {day} after South Korean lawmakers visited the disputed Dokdo islets,
called Takeshima in Japan.

[2023-08..2023-09] The release of treated water from the Fukushima nuclear plant into the ocean has
sparked protests in South Korea.

{jp_pm} called {day} for closer cooperation with {sk} in the face of regional threats.

# japan details

The abduction of Japanese citizens by North Korean spies in the 1970s and 1980s remains a priority
for Tokyo.

[2022-12..] Japan has begun a defence build-up and aims to raise military spending to 2% of GDP by
2027.

Relations between Seoul and Tokyo hit a low in 2019 amid trade and historical disputes.

[2023-03..] Shuttle diplomacy between the two countries' leaders resumed after years of
interruption.

The Japanese government said it would not tolerate any provocation threatening the country's
security.

[2024-10..] Mr. Ishiba, a former defence minister, has floated the idea of an "Asian NATO,"
received cautiously by his neighbours.

# china leads

Chinese Foreign Minister Wang Yi called on all parties {day} to show "restraint" on the Korean
peninsula.

[2024-05..2024-05] Seoul hosted the first trilateral summit between South Korea, China and Japan
since 2019.

[2024-04..2024-04] Zhao Leji, the third-ranking official in China's leadership, visited Pyongyang
to open a "friendship year" between China and North Korea.

Xi Jinping reaffirmed {day} Beijing's wish to keep peace and stability on the peninsula.

China, {nk_s} main economic lifeline, is being pressed by Washington to use its influence on the
regime.

# china details

Beijing advocates a "dual suspension" that would freeze both North Korean tests and U.S.-South
Korean drills.

China accounts for most of {nk_s} foreign trade despite international sanctions.

Tensions in the South China Sea complicate relations between Beijing and Washington's allies in the
region.

Seoul is trying to protect its economic ties with China, South Korea's largest trading partner.

[2023-07..] Beijing is watching the rapprochement between Pyongyang and Moscow warily, as it could
reduce its influence over the regime.

A Chinese foreign ministry spokesperson rejected accusations that Beijing fails to enforce
sanctions.

Xi Jinping and Kim Jong-un exchanged messages praising the friendship "sealed in blood" between
their countries.

# ukraine_war leads

[2022-02..2022-02] Russia launched a full-scale invasion of Ukraine, drawing near-unanimous
condemnation from Western countries.

[2022-02..2022-04] {sk} said {day} it would join international sanctions against {ru}, restricting
exports of strategic goods.

[2022-04..] {ua} asked Seoul {day} to supply weapons, a request the South Korean government
continues to decline.

[2023-07..2023-07] Yoon Suk-yeol travelled to Kyiv, where he met Volodymyr Zelensky and promised
more humanitarian aid.

[2022-03..] The war in Ukraine continues to weigh on South Korea's economy, which depends heavily
on energy imports.

[2025-02..] Donald Trump is pressing Kyiv and Moscow to accept a ceasefire, at the risk of
straining ties with the Europeans.

# ukraine_war details

[2022-04..] Russian forces had to withdraw from the Kyiv region in the spring of 2022 after their
initial offensive failed.

[2022-06..] Hundreds of thousands of soldiers have been killed or wounded since the war began,
according to Western estimates.

[2022-03..] The South Korean government evacuated its nationals from Ukraine in the first days of
the conflict.

[2022-03..] South Korean carmakers and electronics makers have seen their sales in Russia collapse.

Ukrainian exports of neon, essential for making semiconductors, have been disrupted by the
fighting.

South Korea's foreign ministry called for respect for Ukraine's sovereignty and territorial
integrity.

[2022-09..] Vladimir Putin ordered a partial mobilisation in September 2022, prompting many young
Russians to leave the country.

[2023-10..] The Ukrainian counteroffensive launched in June 2023 failed to achieve a decisive
breakthrough.

Volodymyr Zelensky urged Asian democracies to do more to support his country against Russian
aggression.

[2022-09..] Soaring energy prices, made worse since the sabotage of the Nord Stream pipelines, are
weighing on South Korean manufacturers.

Seoul has sent humanitarian aid to Ukraine but, as a matter of principle, refuses to send lethal
weapons to a war zone.

[2022-08..] South Korean arms exports to Poland have boomed since the war began, with contracts for
tanks and howitzers.

[2022-10..] Moscow warned that any South Korean arms deliveries to Kyiv would "destroy" bilateral
relations.

Western sanctions have forced several South Korean groups to suspend their operations in Russia.

Ukraine's big cities regularly come under Russian missile and drone strikes.

[2024-01..] Kyiv says North Korean missiles have been fired at Ukrainian cities.

[2023-10..] Western intelligence services estimate that millions of North Korean artillery shells
have been delivered to Russia.

[2024-10..] The arrival of North Korean soldiers at the front has given the war an Asian dimension,
according to NATO.

The Kremlin justifies its offensive on grounds of Russia's security and rejects accusations of war
crimes.

The United Nations has counted millions of Ukrainian refugees since the war began.

# russia_north leads

[2023-07..2023-07] Russian Defence Minister Sergei Shoigu arrived in Pyongyang for celebrations of
the 70th anniversary of the Korean War armistice.

[2023-07..2023-08] {kim} showed Russian Defence Minister Sergei Shoigu an arms exhibition that
included intercontinental ballistic missiles.

[2023-09..2023-09] Vladimir Putin hosted Kim Jong-un at the Vostochny cosmodrome in Russia's Far
East, in a summit closely watched in the West.

[2023-09..2023-10] Kim Jong-un pledged "full and unconditional support" to Moscow at his meeting
with Vladimir Putin at Vostochny.

[2023-10..2023-10] Russian Foreign Minister Sergei Lavrov arrived in Pyongyang to prepare a visit
to North Korea by Vladimir Putin.

[2024-06..2024-06] Vladimir Putin visited Pyongyang, where he and Kim Jong-un signed a
comprehensive strategic partnership treaty with a mutual assistance clause.

[2024-10..2024-11] Seoul says thousands of North Korean soldiers have been sent to Russia and could
be deployed to the front in Ukraine.

[2024-11..2025-03] North Korean soldiers are fighting alongside Russian forces in the Kursk region,
according to Kyiv and Washington.

[2024-11..2024-12] The mutual assistance treaty between Russia and North Korea has entered into
force after ratification by both countries.

[2025-04..2025-05] {nk} acknowledged for the first time that it had sent troops to fight in
Russia's Kursk region.

[2023-10..] Washington accuses {nk} of supplying munitions and missiles to Russia for its war in
Ukraine.

The spectacular rapprochement between Moscow and {nk} worries Seoul and its allies.

# russia_north details

The two countries pledged to deepen military cooperation despite UN sanctions that ban any arms
trade with {nk}.

[2023-09..] In exchange for its munitions, {nk} is believed to be seeking Russian technology for
its satellites, submarines and missiles.

[2023-09..] At the Vostochny summit, Vladimir Putin hinted that Russia could help Pyongyang build
satellites.

[2024-06..] The treaty signed in June 2024 provides that a country under attack will receive
immediate military assistance from the other.

[2024-10..] South Korean intelligence puts the number of North Korean soldiers sent to Russia at
more than 10,000.

[2024-12..] According to Kyiv, North Korean soldiers have suffered heavy losses in the fighting in
the Kursk region.

[2025-01..] The Ukrainian army captured two North Korean soldiers, whose interrogations were
released by Volodymyr Zelensky.

The Kremlin denies violating any resolution of {unsc} and defends "legitimate" cooperation between
neighbours.

Analysts say the war in Ukraine has given {nk} an unexpected chance to break out of its isolation.

Seoul warned that any transfer of sensitive military technology to {nk} would cross a "red line."

[2024-06..] After the treaty was signed, {sk} said it would reconsider its position on arms
supplies to Ukraine.

Trade between Russia and North Korea, long marginal, has grown sharply according to satellite
images of border ports and railway stations.

[2023-10..] Satellite images show trains carrying containers from Tumangang station towards Russia.

Japan and the European Union condemned military cooperation that threatens the security of Europe
as well as Asia.

[2023-10..] Sergei Lavrov called relations between Moscow and Pyongyang "strategic" and dismissed
Western criticism.

[2024-03..] By vetoing the renewal of the UN panel of experts, Russia deprived the Security Council
of its main tool for monitoring sanctions.

# un_sanctions leads

[2022-05..2022-05] China and Russia vetoed a U.S.-drafted resolution imposing new sanctions on
North Korea, the first such veto since 2006.

[2024-03..2024-04] Russia vetoed the renewal of the mandate of the UN panel of experts monitoring
sanctions against North Korea.

{unsc} held an emergency meeting in New York {day} after {nk_s} latest missile launch.

{unsc} remains divided over how to respond to {nk_s} ballistic missile tests.

[2024-10..] Eleven countries, including South Korea, the United States and Japan, launched a
multilateral team to monitor sanctions on North Korea.

Antonio Guterres urged {nk} {day} to return to dialogue and respect its international obligations.

# un_sanctions details

Diplomats meeting in New York failed to agree on a joint statement.

Since 2006, nine UN resolutions have imposed sanctions on {nk} over its nuclear and ballistic
programmes.

The sanctions cap imports of refined petroleum and ban North Korean exports of coal and textiles.

[2023-07..] Beijing and Moscow argue for easing sanctions, which they call counterproductive.

The U.S. and South Korean ambassadors denounced the Council's failure to enforce its own
resolutions.

The panel of experts' reports documented cyberattacks attributed to {nk} that are believed to fund
its weapons programme.

According to the UN, North Korean hackers have stolen billions of dollars in cryptocurrency in
recent years.

[2024-05..] Since the panel's mandate expired, no UN body monitors the enforcement of sanctions.

The humanitarian situation in North Korea remains worrying, according to UN agencies, which have
had no access to the country since the pandemic.

[..2025-01] The U.S. ambassador to the UN accused some Council members of "shielding" the regime in
Pyongyang.

# nuclear leads

The International Atomic Energy Agency (IAEA) reported {day} increased activity at the Yongbyon
nuclear complex.

[2022-04..2022-12] Seoul and Washington believe {nk} has completed preparations for a seventh
nuclear test at the Punggye-ri site.

[2024-09..2024-10] {nk} released images of a uranium enrichment facility for the first time,
showing a visit by Kim Jong-un.

IAEA Director General Rafael Grossi called the continuation of North Korea's nuclear programme
"deeply regrettable."

# nuclear details

IAEA inspectors were expelled from {nk} in 2009 and now follow the site through satellite images.

North Korea's last nuclear test, its sixth, was in September 2017.

[2023-12..] The light-water reactor at Yongbyon now appears to be operating, according to the
agency's observations.

Experts estimate {nk} may have enough fissile material for several dozen warheads.

[2022-09..] A law adopted in September 2022 enshrines the country's status as a nuclear power,
which Kim Jong-un calls "irreversible."

Seoul warned that a new nuclear test would bring an "unprecedented" response from the international
community.

# europe leads

[2022-06..2022-06] Yoon Suk-yeol became the first South Korean president to attend a NATO summit,
in Madrid.

[2023-07..2023-07] On the sidelines of the NATO summit in Vilnius, {sk} strengthened its
partnership with the Atlantic alliance.

French President Emmanuel Macron {day} urged {nk} to give up its weapons of mass destruction
programmes.

The French foreign ministry {day} condemned North Korea's latest missile launch as a "flagrant
violation" of UN resolutions.

The European Union adopted new sanctions against North Korean entities linked to the ballistic
missile programme.

[2024-10..] NATO Secretary General Mark Rutte confirmed that North Korean troops had been sent to
Russia.

# europe details

France, a permanent member of the Security Council, is calling for strict enforcement of sanctions.

France and South Korea have stepped up cooperation in defence and civil nuclear energy.

Brussels considers that the security of Europe and that of Asia are now closely linked.

The European Union maintains a policy of "critical engagement" towards Pyongyang.

[2024-10..] Emmanuel Macron called the deployment of North Korean soldiers in Russia's war in
Ukraine "unacceptable."

# pool sk_on_north

South Korea's Unification Ministry urged Pyongyang to stop its provocations immediately.

{sk_pres} ordered the military to maintain maximum readiness.

South Korea's Joint Chiefs of Staff said they were closely watching for signs of further activity
in the North.

Seoul convened an emergency meeting of its National Security Council.

The South Korean government warned it would respond "firmly" to any attack.

South Korea has stepped up surveillance along the military demarcation line.

South Korea's defence ministry called the tests a "grave threat" to peace on the peninsula.

[..2022-04] Moon Jae-in's government expressed "regret" while calling for dialogue to resume.

# pool us_on_north

Washington reaffirmed its "ironclad" commitment to the defence of its South Korean and Japanese
allies.

{us_sec} urged {nk} to return to talks "without preconditions."

The United States imposed new sanctions on intermediaries accused of helping {nk} evade the
embargo.

[..2024-12] The White House said the "destabilising" behaviour showed the need for close
coordination with Seoul and Tokyo.

[2025-01..] The Trump administration said it remains open to dialogue with Kim Jong-un while
keeping sanctions in place.

U.S. Indo-Pacific Command said its forces remain ready to defend South Korea.

# pool japan_on_north

{jp_pm} denounced an "unacceptable" act and announced a formal protest through diplomatic channels.

Tokyo lodged a protest with Pyongyang through its embassy in Beijing.

The Japanese government asked airlines and ships to remain vigilant.

Tokyo is also demanding a resolution of the issue of Japanese citizens abducted by North Korean
spies.

# pool china_on_north

A Chinese foreign ministry spokesperson said sanctions alone could not solve the problem.

China blames tensions on military exercises conducted by Washington in the region.

Beijing opposes any tightening of sanctions by {unsc} against its neighbour.

# pool un_on_north

Several Security Council members requested an emergency meeting to discuss the situation.

A UN spokesperson said the denuclearisation of the peninsula remains the goal of the international
community.

[2022-05..2022-06] The Chinese and Russian veto of May 2022 showed how paralysed the Council is
over North Korea's tests.

[2023-07..] Divisions among the permanent members, with China and Russia on one side and Western
powers on the other, block any new resolution.

# pool north_context

{nk} is under heavy international sanctions over its nuclear and ballistic programmes.

The country carried out six nuclear tests between 2006 and 2017.

{kim} has made building up the nuclear arsenal the top priority of his regime.

North Korean state media present the tests as a legitimate response to American "threats."

The North Korean economy, choked by sanctions and by border closures during the pandemic, remains
heavily dependent on China.

[2023-07..] Analysts believe {nk} now receives technical support from Russia to modernise its
weapons.

[2023-07..] Closer ties with Moscow make it easier for the North Korean regime to get around
international sanctions.

[2024-06..] Since signing a mutual assistance treaty with Russia in June 2024, the North Korean
regime has shown new confidence on the world stage.

The North Korean regime has not taken part in talks on its nuclear programme since 2019.

[2023-01..] {kim} urged workers at munitions factories to raise production at an unprecedented
pace.

# pool analysts_north

Several researchers say the regime's main aim is to be recognised as a fully fledged nuclear power.

Experts believe the tests are also meant to strengthen Kim Jong-un's authority at home.

A former South Korean diplomat sees little chance of talks resuming any time soon.

U.S. officials quoted in the press fear further escalation in the coming months.

Specialists point out that the regime carefully calibrates its provocations to avoid a military
response.

Some analysts see a message aimed at Washington as much as at Seoul.

[2025-01..] Other experts believe Pyongyang is waiting to see what policy the Trump administration
adopts before making a move.

# pool peninsula_context

The four-kilometre-wide demilitarised zone has separated the two Koreas since the 1953 armistice.

The two countries remain technically at war, since the 1950-1953 conflict ended in an armistice,
not a peace treaty.

South Korean activists keep sending balloons with leaflets hostile to the regime, despite calls for
restraint.

About 34,000 North Korean defectors now live in South Korea, according to the Unification Ministry.

The two Koreas have not held a summit since 2018, when Mr. Kim and President Moon Jae-in met three
times.

# pool sk_politics_context

South Korean politics remain sharply polarised between conservatives and progressives.

South Korean presidents are elected for a single five-year term.

[..2025-05] The Democratic Party, the main opposition party, holds a majority in the National
Assembly.

Polls show public opinion deeply divided over policy towards the North.

Several former South Korean presidents have faced prosecution after leaving office.

Young South Koreans say their main worries are jobs and housing costs.

Unions and civic groups have called for new rallies in Seoul.

South Korea's economy, the fourth largest in Asia, is expected to grow by about {pct} this year.

Television channels interrupted their programmes to follow events live.

# pool us_on_south

Washington said it was closely following the political situation in South Korea, its key ally in
Asia.

The State Department stressed the strength of the alliance "whatever the political circumstances."

{us_sec} spoke with his South Korean counterpart to reaffirm U.S. support.

[2024-12..2025-03] Several high-level diplomatic meetings between Seoul and Washington have been
postponed because of the crisis.

Tokyo and Beijing said they hoped for a swift return to stability in their neighbour.

# pool sk_foreign_context

South Korea is trying to balance its alliance with Washington and its economic ties with Beijing.

Seoul has sharply increased its arms exports to Europe and the Middle East in recent years.

[2022-12..] South Korean diplomacy is promoting its Indo-Pacific strategy, unveiled at the end of
2022.

South Korea hosts several large-scale military exercises with U.S. forces every year.

South Korean semiconductors are central to economic talks with the United States and China.

[2022-05..2024-11] Yoon Suk-yeol wants to make South Korea a "global pivotal state" committed to
defending the international order.

South Korea's foreign minister has held a series of talks with regional counterparts in recent
weeks.

# pool ukraine_context

G7 countries have adopted several rounds of sanctions against Russia since the invasion began.

[2022-06..] The European Union granted Ukraine candidate status in June 2022.

Wheat and fertiliser prices rose sharply after the war began, hurting many importing countries.

NATO has reinforced its eastern flank since the conflict broke out.

[2022-05..2025-04] Peace talks between Moscow and Kyiv have been stalled since the spring of 2022.

Vladimir Putin says his country will pursue its "special military operation" until its goals are
achieved.

Western countries have frozen much of the Russian central bank's assets.

# pool europe_context

Several European countries have raised military spending, citing the Russian threat.

Europeans have stepped up arms deliveries to Kyiv while trying to avoid a direct confrontation with
Moscow.

[2022-05..] The European Commission presented a plan to reduce the Union's energy dependence on
Russia.

[2022-08..] Poland, Ukraine's neighbour, has become one of the main customers of South Korea's arms
industry.

Germany and France reaffirmed their support for Ukraine in talks between their leaders.

NATO has stepped up exchanges with its Indo-Pacific partners, including South Korea, Japan,
Australia and New Zealand.

[2022-09..] Europeans, hit by the energy crisis since the Nord Stream pipeline explosions, are
closely watching Moscow's alliances.

The French foreign ministry regularly restates France's commitment to nuclear non-proliferation.

European Union foreign ministers are due to meet in Brussels in the coming days.

# pool launch_reactions

The U.S. State Department condemned a launch that violates several UN resolutions and threatens
{nk_s} neighbours.

The Pentagon said the launch posed no immediate threat to U.S. territory.

Japan's defence ministry said the missile fell outside Japan's exclusive economic zone.

Beijing called for "restraint" and dialogue without explicitly condemning the launch.

Antonio Guterres condemned a launch that breaches resolutions of {unsc} and called for talks to
resume.
"""

_TEMPLATES = {"fr": _parse_templates(_FRENCH_TEXT), "en": _parse_templates(_ENGLISH_TEXT)}
_TOPICS_BY_NAME = {topic.name: topic for topic in _TOPICS}


if __name__ == "__main__":
    raise SystemExit(main())
