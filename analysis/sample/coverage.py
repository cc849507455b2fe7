"""How many articles each month gets: more in months of big events, few or none in some."""

from __future__ import annotations

import random
from collections.abc import Sequence

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


def articles_per_month(n: int, months: Sequence[str], rng: random.Random) -> list[int]:
    """How many articles each month gets: proportional to its coverage weight, with jitter.

    Gap months get none and quiet months their fixed one or two articles, unless the corpus is
    too small (under two articles a month on average) or the range holds only such months.

    Parameters
    ----------
    n : int
        Number of articles in all, 0 or more.
    months : sequence of str
        The months, ``YYYY-MM``, in order.
    rng : random.Random
        Source of the jitter; one draw per month.

    Returns
    -------
    list of int
        One count per month of ``months``, adding up to ``n``.

    Examples
    --------
    >>> counts = articles_per_month(100, ["2022-07", "2022-08", "2022-09"], random.Random(1))
    >>> sum(counts), counts[1]
    (100, 0)
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
