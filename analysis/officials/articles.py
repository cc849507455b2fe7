"""One article as the officials pass reads it: its mentions and title words, and its masked text."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from analysis.officials.grammar import AFFILIATION, MASK, PAD, PERSON

__all__ = ["ArticleItems", "masked_text"]


@dataclass
class ArticleItems:
    """The rows of the mention table that fall in one article, by start.

    Attributes
    ----------
    starts, ends : list of int
        Offsets into the article's text.
    types : list of int
        :data:`~analysis.officials.grammar.TITLE`, ``AFFILIATION`` (a state, organisation
        or institution), ``PERSON``, or -1 for anything else.
    rows : list of int
        The rows of the mention table.
    """

    starts: list[int]
    ends: list[int]
    types: list[int]
    rows: list[int]

    def item_at(self, position: int, kind: int = AFFILIATION) -> int | None:
        """The item of type ``kind`` that starts at ``position``, if any."""
        index = bisect.bisect_left(self.starts, position)
        found = index < len(self.starts) and self.starts[index] == position
        return index if found and self.types[index] == kind else None

    def person_at(self, position: int) -> int | None:
        """The person the dictionary knows, mentioned from ``position``, if any."""
        return self.item_at(position, PERSON)

    def person_between(self, start: int, end: int) -> int | None:
        """The first person mention that starts in ``[start, end)``."""
        index = bisect.bisect_left(self.starts, start)
        while index < len(self.starts) and self.starts[index] < end:
            if self.types[index] == PERSON:
                return index
            index += 1
        return None

    def affiliations_between(self, start: int, end: int) -> list[int]:
        """The state, organisation and institution mentions inside ``[start, end)``."""
        index = bisect.bisect_left(self.starts, start)
        found = []
        while index < len(self.starts) and self.starts[index] < end:
            if self.types[index] == AFFILIATION and self.ends[index] <= end:
                found.append(index)
            index += 1
        return found

    def affiliation_overlapping(self, start: int, end: int) -> bool:
        """Whether a state, organisation or institution mention overlaps ``[start, end)``."""
        index = max(bisect.bisect_left(self.starts, start) - 1, 0)
        while index < len(self.starts) and self.starts[index] < end:
            if self.types[index] == AFFILIATION and self.ends[index] > start:
                return True
            index += 1
        return False

    def overlapping(self, start: int, end: int) -> list[int]:
        """Every item that overlaps ``[start, end)``."""
        index = max(bisect.bisect_left(self.starts, start) - 1, 0)
        found = []
        while index < len(self.starts) and self.starts[index] < end:
            if self.ends[index] > start:
                found.append(index)
            index += 1
        return found


def masked_text(text: str, items: ArticleItems) -> str:
    """The text in lower case, each state, organisation and institution mention masked.

    A mention becomes :data:`~analysis.officials.grammar.MASK` followed by padding, so that
    offsets are those of the text.

    Examples
    --------
    >>> items = ArticleItems([3], [11], [AFFILIATION], [0])
    >>> masked_text("le japonais Kono", items).replace("\\x01", ".")
    'le §....... kono'
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few letters ("İ") lower into two characters: keep those as they are.
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    pieces, position = [], 0
    for start, end, kind in zip(items.starts, items.ends, items.types, strict=True):
        if kind == AFFILIATION and start >= position:
            pieces += [lowered[position:start], MASK, PAD * (end - start - 1)]
            position = end
    pieces.append(lowered[position:])
    return "".join(pieces)
