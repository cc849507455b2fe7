"""What articles are about: the topics, when each is in the news, and the context they draw on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from analysis.sample.templates import templates_in


@dataclass(frozen=True)
class Topic:
    """What an article is about: when it is covered, how much, and with which other themes.

    Attributes
    ----------
    name : str
        Also names its template sections, ``<name> leads`` and ``<name> details``.
    weights : tuple of (str, str, float)
        ``(first month, last month, weight)`` spans.
    peaks : mapping of str to float
        Weight added in single months, on top of the spans.
    related : tuple of str
        Pools of context sentences (sections ``pool <name>``) that fill the article after the
        topic's own sentences.
    credits : tuple of str
        Photo credits typical of the topic.
    """

    name: str
    weights: tuple[tuple[str, str, float], ...]
    peaks: Mapping[str, float]
    related: tuple[str, ...]
    credits: tuple[str, ...] = ()

    def weight(self, month: str) -> float:
        """How much the topic is in the news in ``month`` (0 when it is not).

        Examples
        --------
        >>> topic = Topic("demo", (("2023-01", "2023-12", 1.0),), {"2023-07": 2.0}, ())
        >>> topic.weight("2023-07"), topic.weight("2024-01")
        (3.0, 0.0)
        """
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

# Weights are relative: in each month a topic is drawn in proportion to its weight among the
# topics that have lead templates usable that month.
TOPICS = (
    Topic(
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
    Topic(
        "satellite",
        weights=(("2023-05", "2024-06", 0.5),),
        peaks={"2023-05": 4, "2023-06": 1, "2023-08": 2, "2023-11": 5, "2023-12": 1, "2024-05": 3},
        related=_NORTH_REACTIONS,
        credits=("KCNA", "KCNA via KNS"),
    ),
    Topic(
        "kim_yo_jong",
        weights=(("2022-01", "2025-06", 0.9),),
        peaks={"2024-05": 1.5, "2024-06": 1.5, "2024-10": 1.5},
        related=("peninsula_context", "sk_on_north", "north_context", "analysts_north"),
        credits=("KCNA", "YONHAP News"),
    ),
    Topic(
        "inter_korean",
        weights=(("2022-01", "2025-06", 0.8),),
        peaks={"2024-01": 2, "2024-05": 2, "2024-06": 2, "2024-10": 2, "2025-06": 1},
        related=("peninsula_context", "sk_on_north", "north_context", "analysts_north"),
        credits=("YONHAP News", "KCNA"),
    ),
    Topic(
        "north_diplomacy",
        weights=(("2022-01", "2025-06", 0.6),),
        peaks={"2022-06": 3, "2023-09": 0.5, "2024-01": 1, "2024-11": 2},
        related=("north_context", "analysts_north", "us_on_north", "china_on_north"),
        credits=("KCNA",),
    ),
    Topic(
        "election_2022",
        weights=(("2022-01", "2022-05", 1.5),),
        peaks={"2022-02": 1, "2022-03": 5, "2022-04": 1, "2022-05": 3},
        related=("sk_politics_context", "sk_foreign_context", "peninsula_context"),
        credits=("YONHAP News", "Pool / Reuters"),
    ),
    Topic(
        "yoon_government",
        weights=(("2022-06", "2024-11", 1.0),),
        peaks={"2022-10": 1, "2024-04": 3},
        related=("sk_politics_context", "sk_foreign_context", "peninsula_context"),
        credits=("YONHAP News",),
    ),
    Topic(
        "martial_law",
        weights=(("2024-12", "2025-03", 1.0),),
        peaks={"2024-12": 9, "2025-01": 5, "2025-02": 1, "2025-03": 2},
        related=("sk_politics_context", "us_on_south"),
        credits=("YONHAP News", "AFP", "Pool / Reuters"),
    ),
    Topic(
        "yoon_removal",
        weights=(("2025-04", "2025-05", 1.0),),
        peaks={"2025-04": 6},
        related=("sk_politics_context", "us_on_south", "sk_foreign_context"),
        credits=("YONHAP News", "Pool / Reuters"),
    ),
    Topic(
        "election_2025",
        weights=(("2025-04", "2025-06", 1.0),),
        peaks={"2025-05": 3, "2025-06": 7},
        related=("sk_politics_context", "us_on_south", "sk_foreign_context", "peninsula_context"),
        credits=("YONHAP News", "Pool / Reuters"),
    ),
    Topic(
        "us_alliance",
        weights=(("2022-01", "2025-06", 1.5),),
        peaks={"2022-05": 3, "2023-04": 4, "2023-07": 1, "2025-01": 2, "2025-04": 1},
        related=("sk_foreign_context", "us_on_north", "north_context", "analysts_north"),
        credits=("YONHAP News", "AP", "Pool / Reuters"),
    ),
    Topic(
        "trilateral",
        weights=(("2022-01", "2025-06", 0.7),),
        peaks={"2023-08": 6, "2023-09": 1, "2023-12": 0.5},
        related=("sk_foreign_context", "us_on_north", "japan_on_north", "north_context"),
        credits=("AP", "Pool / Reuters"),
    ),
    Topic(
        "japan",
        weights=(("2022-01", "2025-06", 0.7),),
        peaks={"2023-03": 3, "2023-08": 1, "2024-10": 2},
        related=("sk_foreign_context", "japan_on_north", "north_context", "analysts_north"),
        credits=("Kyodo", "YONHAP News"),
    ),
    Topic(
        "china",
        weights=(("2022-01", "2025-06", 0.9),),
        peaks={"2024-04": 1, "2024-05": 2},
        related=("china_on_north", "sk_foreign_context", "north_context", "analysts_north"),
        credits=("Xinhua", "YONHAP News"),
    ),
    Topic(
        "ukraine_war",
        weights=(("2022-02", "2022-06", 2.5), ("2022-07", "2025-06", 1.0)),
        peaks={"2022-02": 5, "2022-03": 2, "2023-07": 1, "2025-03": 1},
        related=("ukraine_context", "europe_context"),
        credits=("AFP", "Reuters", "AP"),
    ),
    Topic(
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
    Topic(
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
    Topic(
        "nuclear",
        weights=(("2022-01", "2025-06", 0.5),),
        peaks={"2022-05": 1, "2022-06": 1, "2024-09": 2},
        related=("north_context", "analysts_north", "us_on_north", "sk_on_north", "un_on_north"),
        credits=("KCNA", "AFP"),
    ),
    Topic(
        "europe",
        weights=(("2022-01", "2025-06", 0.4),),
        peaks={"2022-06": 1, "2023-07": 1, "2024-10": 1},
        related=("europe_context", "north_context", "un_on_north", "analysts_north"),
        credits=("AFP", "Reuters"),
    ),
)
"""Every topic; their order is part of the random draws, so changing it changes the articles."""


_BY_NAME = {topic.name: topic for topic in TOPICS}


@cache
def topic_table(month: str, language: str) -> tuple[tuple[Topic, ...], tuple[float, ...]]:
    """Topics that can be written about in a month, with cumulative weights for drawing one.

    A topic qualifies when it has weight that month and lead templates usable in it.

    Parameters
    ----------
    month : str
        The month, ``YYYY-MM``.
    language : {"fr", "en"}
        Language of the article.

    Returns
    -------
    topics : tuple of Topic
        In the order of :data:`TOPICS`.
    cumulative : tuple of float
        Running total of the topics' weights, for :func:`bisect.bisect`.

    Examples
    --------
    >>> topics, cumulative = topic_table("2024-12", "fr")
    >>> "martial_law" in [topic.name for topic in topics], len(cumulative) == len(topics)
    (True, True)
    """
    topics = tuple(
        topic
        for topic in TOPICS
        if topic.weight(month) > 0 and templates_in(f"{topic.name} leads", language, month)
    )
    cumulative, total = [], 0.0
    for topic in topics:
        total += topic.weight(month)
        cumulative.append(total)
    return topics, tuple(cumulative)


@cache
def related_templates(topic: str, language: str, month: str) -> tuple[str, ...]:
    """The context templates of a topic's related pools usable in a month, pool after pool.

    Examples
    --------
    >>> len(related_templates("ukraine_war", "en", "2022-03")) > 10
    True
    """
    return tuple(
        text
        for pool in _BY_NAME[topic].related
        for text in templates_in(f"pool {pool}", language, month)
    )
