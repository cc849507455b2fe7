"""The photo credits of the article headers, in proportions resembling the real corpus."""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence

# (credit, weight)
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


def draw_credit(rng: random.Random, typical: Sequence[str]) -> str | None:
    """Draw the photo credit of one article.

    Parameters
    ----------
    rng : random.Random
        Source of the draws.
    typical : sequence of str
        Credits typical of the article's topic, drawn about 30 % of the time when there are any.

    Returns
    -------
    str or None
        ``None`` for the few articles (3 %) without a photo credit.

    Examples
    --------
    >>> credits = [draw_credit(random.Random(seed), ("KCNA",)) for seed in range(200)]
    >>> None in credits, "KCNA" in credits, "YONHAP News" in credits
    (True, True, True)
    """
    draw = rng.random()
    if draw < _NO_CREDIT_SHARE:
        return None
    if draw < _NO_CREDIT_SHARE + _TOPIC_CREDIT_SHARE and typical:
        return typical[int(rng.random() * len(typical))]
    position = bisect.bisect(_CREDIT_CUMULATIVE, rng.random() * _CREDIT_CUMULATIVE[-1])
    return _CREDITS[position][0]
