"""Many texts scanned as one array: the structure the batch scanner works on.

The texts are joined by NULs (which end a text for every rule) and read as UTF-16 code
units, one per character of the Basic Multilingual Plane; characters beyond it stand as
U+FFFF. A lookup table gives the class of each unit (space, mark, capital...), and the
batch keeps where the characters the rules start from are (marks, line breaks, full
stops...), so that the rules in :mod:`analysis.text.scan` look at those only.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import numpy as np

from analysis.text.rules import (
    CAPITALS,
    CLOSERS,
    DIGITS,
    GUILLEMET,
    MARKS,
    OPENING_BRACKETS,
    OPENING_QUOTES,
    URL_CHARACTERS,
)

# The classes of characters, one bit each in the table of character_table().
SPACE, MARK, CLOSER, CAPITAL, DIGIT, GUILLEMET_BIT, QUOTE, BRACKET = (1 << bit for bit in range(8))
URL_PART, UPPER = 1 << 8, 1 << 9  # "/" and "@"; upper-case letters
LOOK, ODD = 1, 2  # a character the scans start from; one that makes a body need cleaning
_NOT_SPACE = re.compile(r"\S")


@functools.cache
def character_table() -> tuple[np.ndarray, np.ndarray]:
    """The class bits of each code point of the Basic Multilingual Plane, and where to look.

    ``SPACE`` is what ``\\s`` matches (``str.isspace``); the other classes are the
    character sets of :mod:`analysis.text.rules`. U+FFFF, which stands for every character
    beyond the plane, is in none of the classes of the rules. The second table marks the
    characters the scans start from: marks, line breaks, full stops, ``/``, ``@`` and U+FFFF.
    """
    table = np.zeros(0x10000, dtype=np.uint16)
    table[[code for code in range(0x10000) if chr(code).isspace()]] |= SPACE
    # Upper case as str.isupper() says; U+FFFF too, since letters beyond the plane can be.
    table[[code for code in range(0x10000) if chr(code).isupper()] + [0xFFFF]] |= UPPER
    for characters, bit in (
        (MARKS, MARK),
        (CLOSERS, CLOSER),
        (CAPITALS, CAPITAL),
        (DIGITS, DIGIT),
        (GUILLEMET, GUILLEMET_BIT),
        (OPENING_QUOTES, QUOTE),
        (OPENING_BRACKETS, BRACKET),
        (URL_CHARACTERS, URL_PART),
    ):
        table[[ord(character) for character in characters]] |= bit
    looked_at = (table & (MARK | URL_PART)) != 0
    looked_at[[ord("\n"), 0xFFFF]] = True
    return table, looked_at


@functools.cache
def character_classes() -> np.ndarray:
    """For each code point of the plane: whether the scans start from it, whether it is odd.

    Odd: whitespace other than a space or line break, which
    :func:`analysis.text.normalise_whitespace` changes, or a character that can make a text
    change under NFC normalisation: one that NFC changes on its own, a combining mark, or
    the second character of a canonical composition (Hangul vowels and final consonants
    included). A text with none of these is in NFC, since no two of its characters can
    compose or be reordered. U+FFFF, which stands for characters beyond the plane, and
    surrogates are odd too.
    """
    table, looked_at = character_table()
    classes = looked_at.astype(np.uint8) * LOOK
    odd = (table & SPACE) != 0
    odd[[ord(" "), ord("\n")]] = False
    seconds = {
        int(parts[1], 16)
        for code in range(0x10000)
        if len(parts := unicodedata.decomposition(chr(code)).split()) == 2
        and not parts[0].startswith("<")
    }
    for code in range(0x10000):
        character = chr(code)
        if (
            code in seconds
            or unicodedata.combining(character)
            or unicodedata.normalize("NFC", character) != character
        ):
            odd[code] = True
    odd[0x1161:0x1176] = odd[0x11A8:0x11C3] = True  # Hangul vowels, final consonants
    odd[0xD800:0xE000] = odd[0xFFFF] = True
    classes[odd] |= ODD
    return classes


_TAIL = 4
"""NULs after the last text of a batch: the rules look up to two characters past a position."""


class Batch:
    """Texts joined by NULs, which end a text for every rule, as code points.

    ``units`` holds the code points (``uint16``, U+FFFF for those beyond the plane, with
    ``astral`` then true), text ``i`` spanning ``starts[i]:stops[i]``; ``found`` the
    positions the scans start from, sorted out into ``breaks`` (line breaks), ``specials``
    (full stops, ``/``, ``@``, U+FFFF) and runs of marks (``run_starts``, ``run_ends``).
    """

    def __init__(self, texts: list[str]):
        classes = character_classes()
        self.texts = texts
        # NULs at the end too: the rules look up to two characters past a position.
        joined = "\x00".join(texts) + "\x00" * _TAIL
        encoded = joined.encode("utf-16-le", "surrogatepass")
        self.astral = len(encoded) != 2 * len(joined)
        if not self.astral:
            self.units = np.frombuffer(encoded, dtype=np.uint16)
        else:
            # Characters beyond the plane: one unit per code point, U+FFFF for those.
            codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), np.uint32)
            self.units = np.minimum(codes, 0xFFFF).astype(np.uint16)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        self.starts = np.cumsum(lengths + 1) - lengths - 1
        self.stops = self.starts + lengths
        # One look-up finds the characters the scans start from and the odd ones.
        hits = np.flatnonzero(classes[self.units])
        kinds = classes[self.units[hits]]
        self.odd = hits[(kinds & ODD) != 0]
        self._index(hits[(kinds & LOOK) != 0])

    def _index(self, found: np.ndarray) -> None:
        """Sort out ``found``, the positions of the characters the scans start from."""
        table = self.table = character_table()[0]
        self.found = found
        kinds = self.units[found]
        self.breaks = found[kinds == ord("\n")]
        # Characters that make a word more than a plain word (see analysis.text.scan).
        self.specials = found[
            (kinds == ord(".")) | (kinds == 0xFFFF) | ((table[kinds] & URL_PART) != 0)
        ]
        marks = found[(table[kinds] & MARK) != 0]
        new_run = np.ones(len(marks), dtype=bool)
        new_run[1:] = np.diff(marks) > 1
        last_of_run = np.ones(len(marks), dtype=bool)
        last_of_run[:-1] = new_run[1:]
        self.run_starts = marks[new_run]
        self.run_ends = marks[last_of_run] + 1

    @classmethod
    def of_spans(
        cls, texts: list[str], units: np.ndarray, starts: np.ndarray, lengths: np.ndarray
    ) -> Batch:
        """The batch of ``texts``, found at ``starts`` in ``units`` (one unit a character).

        Whatever lies between the texts becomes NULs, so that the code units of a batch
        scanned before are reused rather than encoded again.
        """
        new = object.__new__(cls)
        new.texts, new.astral = texts, False
        stops = starts + lengths
        gap_starts = np.concatenate([[0], stops])
        gap_lengths = np.concatenate([starts, [len(units)]]) - gap_starts
        before = np.cumsum(gap_lengths) - gap_lengths
        gaps = np.arange(int(gap_lengths.sum())) + np.repeat(gap_starts - before, gap_lengths)
        new.units = np.concatenate([units, np.zeros(_TAIL, dtype=np.uint16)])
        new.units[gaps] = 0
        new.starts, new.stops = starts, stops
        new._index(np.flatnonzero(character_table()[1][new.units]))
        return new

    def replaced(self, changes: dict[int, str]) -> Batch:
        """The batch with the texts of ``changes`` (by index) replaced.

        Only the new texts are encoded and looked at; the rest of this batch's arrays are
        moved, so that fixing a few bodies does not cost a second scan of all of them.
        """
        texts = list(self.texts)
        for index, text in changes.items():
            texts[index] = text
        encoded = {
            index: text.encode("utf-16-le", "surrogatepass") for index, text in changes.items()
        }
        if self.astral or any(len(encoded[i]) != 2 * len(changes[i]) for i in changes):
            return Batch(texts)
        order = sorted(changes)
        pieces, position = [], 0
        for index in order:
            pieces += [
                self.units[position : self.starts[index]],
                np.frombuffer(encoded[index], np.uint16),
            ]
            position = self.stops[index]
        pieces.append(self.units[position:])
        new = object.__new__(Batch)
        new.texts, new.astral, new.odd = texts, False, np.zeros(0, dtype=np.int64)
        new.units = np.concatenate(pieces)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        new.starts = np.cumsum(lengths + 1) - lengths - 1
        new.stops = new.starts + lengths
        # Positions in the texts kept move by what the texts before them grew or shrank.
        growth = lengths - (self.stops - self.starts)
        shift = np.cumsum(growth) - growth
        changed = np.zeros(len(texts), dtype=bool)
        changed[order] = True
        text = self.text_of(self.found)
        kept = ~changed[text]
        moved = self.found[kept] + shift[text[kept]]
        looked_at = character_table()[1]
        added = [
            np.flatnonzero(looked_at[new.units[new.starts[i] : new.stops[i]]]) + new.starts[i]
            for i in order
        ]
        new._index(np.sort(np.concatenate([moved, *added])))
        return new

    def with_breaks(self, positions: np.ndarray) -> Batch:
        """The batch of these texts with a line break put before each position.

        ``positions`` are sorted, each inside a text, so that the new batch is made by
        moving this one's arrays rather than by reading the texts again.
        """
        new = object.__new__(Batch)
        new.astral = self.astral
        new.units = np.insert(self.units, positions, ord("\n"))
        new.texts = self.texts_with_breaks(positions, new.units)
        new.starts = self.starts + np.searchsorted(positions, self.starts)
        new.stops = self.stops + np.searchsorted(positions, self.stops)
        moved = self.found + np.searchsorted(positions, self.found, side="right")
        added = positions + np.arange(len(positions))
        new._index(np.sort(np.concatenate([moved, added])))
        return new

    def texts_with_breaks(
        self, positions: np.ndarray, units: np.ndarray | None = None
    ) -> list[str]:
        """The texts with a line break put before each position (``units``: of the result)."""
        if not len(positions):
            return list(self.texts)
        if not self.astral:
            # Decoded all at once, the texts come back split at their NULs, unless a text
            # holds a NUL itself or two halves of a surrogate pair that would now join.
            if units is None:
                units = np.insert(self.units, positions, ord("\n"))
            size = len(units) - _TAIL
            decoded = units[:size].tobytes().decode("utf-16-le", "surrogatepass")
            if len(decoded) == size:
                texts = decoded.split("\x00")
                if len(texts) == len(self.texts):
                    return texts
        text = self.text_of(positions)
        cuts: dict[int, list[int]] = {}
        for index, cut in zip(text.tolist(), (positions - self.starts[text]).tolist(), strict=True):
            cuts.setdefault(index, []).append(cut)
        texts = list(self.texts)
        for index, offsets in cuts.items():
            body = texts[index]
            texts[index] = "\n".join(
                body[a:b] for a, b in zip([0, *offsets], [*offsets, len(body)], strict=True)
            )
        return texts

    def needing_cleaning(self) -> np.ndarray:
        """The texts that NFC or :func:`analysis.text.normalise_whitespace` could change.

        By index: those with an odd character (see :func:`character_classes`), two spaces
        or line breaks in a row, or one at either end.
        """
        units = self.units
        gap = (units == ord(" ")) | (units == ord("\n"))
        wrong = np.flatnonzero(gap[1:] & gap[:-1])
        filled = self.stops > self.starts
        ends = np.concatenate([self.starts[filled], self.stops[filled] - 1])
        at_ends = ends[gap[ends]]
        found = np.concatenate([wrong, self.odd, at_ends])
        return np.unique(self.text_of(found))

    def has(self, positions: np.ndarray, bits: int) -> np.ndarray:
        """Whether the character at each position is in any of the classes ``bits``."""
        return (self.table[self.units[positions]] & bits) != 0

    def after_spaces(self, positions: np.ndarray) -> np.ndarray:
        """The first position from each of ``positions`` that is not a space."""
        found = positions.copy()
        moving = np.flatnonzero(self.has(found, SPACE))
        for _ in range(16):
            if not len(moving):
                return found
            found[moving] += 1
            moving = moving[self.has(found[moving], SPACE)]
        for index in moving.tolist():  # long runs of spaces
            text = int(self.text_of(found[index : index + 1])[0])
            offset = int(self.starts[text])
            match = _NOT_SPACE.search(self.texts[text], int(found[index]) - offset)
            found[index] = offset + match.start() if match else self.stops[text]
        return found

    def word_starts(self, positions: np.ndarray, longest: int) -> np.ndarray:
        """Where the run of non-spaces before each position starts, at most ``longest`` back.

        Runs stop at the start of their text.
        """
        found = positions.copy()
        floor = np.maximum(self.starts[self.text_of(positions)], positions - longest)
        moving = np.arange(len(found))
        while len(moving):
            before = found[moving] - 1
            moving = moving[(before >= floor[moving]) & ~self.has(before, SPACE)]
            found[moving] -= 1
        return found

    def pieces(self, begins: np.ndarray, stops: np.ndarray) -> list[str]:
        """The text from each of ``begins`` to each of ``stops``, within one text each."""
        text = self.text_of(begins)
        offsets = self.starts[text]
        return [
            self.texts[t][b:s]
            for t, b, s in zip(
                text.tolist(), (begins - offsets).tolist(), (stops - offsets).tolist(), strict=True
            )
        ]

    def text_of(self, positions: np.ndarray) -> np.ndarray:
        """The index of the text each position lies in."""
        return np.searchsorted(self.starts, positions, side="right") - 1

    def capital_follows(self, positions: np.ndarray, capital: int, openers: int) -> np.ndarray:
        """Whether each position starts ``(?:«\\s?|[openers])?[capital]``."""
        guillemet = self.has(positions, GUILLEMET_BIT) & (
            self.has(positions + 1, capital)
            | (self.has(positions + 1, SPACE) & self.has(positions + 2, capital))
        )
        opened = self.has(positions, openers) & self.has(positions + 1, capital)
        return self.has(positions, capital) | guillemet | opened
