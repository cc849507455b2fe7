"""Folding text for matching: lower case, no accents, one character for one character."""

from __future__ import annotations

import re
import unicodedata

import numpy as np


def _fold_char(character: str) -> str:
    if not character.isalnum():
        return " "
    lower = character.lower()
    if len(lower) != 1:
        lower = character
    base = "".join(c for c in unicodedata.normalize("NFD", lower) if not unicodedata.combining(c))
    if len(base) != 1:
        return lower
    # "İ" has no one-character lower case, but its base letter "I" has.
    return base.lower() if len(base.lower()) == 1 else base


def _build_fold_table() -> np.ndarray:
    # One entry per UTF-16 code unit. Surrogates map to themselves, so characters outside
    # the Basic Multilingual Plane (emoji...) pass through unchanged.
    table = np.arange(0x10000, dtype=np.uint16)
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        character = chr(code)
        folded = _fold_char(character)
        if folded != character and ord(folded) <= 0xFFFF:
            table[code] = ord(folded)
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str, units: np.ndarray | None = None) -> str:
    """Fold a text for matching, one character for one character.

    Letters are lower-cased and stripped of accents, every character that is not a letter
    or a digit becomes a space (apostrophes, hyphens, punctuation, line breaks). The
    result has exactly the length of the input, so that an offset found in the folded
    text is an offset in the original. Letters whose lower case or base letter would take
    more than one character (``ﬁ``) are kept as they are. Characters outside the Basic
    Multilingual Plane follow the same rule: letters are kept, emoji become spaces.

    Examples
    --------
    >>> fold("Kim Jong-un, l’ONU et les États-Unis.")
    'kim jong un  l onu et les etats unis '
    >>> fold("İstanbul")
    'istanbul'
    >>> len(fold("Œuvre ﬁnale 🇰🇷")) == len("Œuvre ﬁnale 🇰🇷")
    True
    >>> fold("Séoul 🇰🇷")
    'seoul   '

    ``units``, if given, are the text's UTF-16 code units (as ``numpy.uint16``).
    """
    # A table lookup over UTF-16 code units is about ten times faster than str.translate.
    if units is None:
        units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    folded = _FOLD_TABLE[units].tobytes().decode("utf-16-le", "surrogatepass")
    if len(units) != len(text):
        # Rare: characters beyond the BMP went through the table as surrogate pairs.
        folded = _ASTRAL.sub(lambda m: m.group() if m.group().isalnum() else " ", folded)
    return folded


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
