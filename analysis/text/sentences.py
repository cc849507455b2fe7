"""Cutting cleaned texts into sentences: where each sentence starts, and how many there are."""

from __future__ import annotations

import numpy as np

from analysis.text.batch import Batch
from analysis.text.scan import sentence_counts, sentence_ends


def sentence_starts(text: str) -> np.ndarray:
    """Offsets at which each sentence of a cleaned text starts.

    A sentence ends at a line break, or at ``.``, ``!``, ``?`` or ``…`` followed by a
    space and a capital letter or digit, unless the word before the full stop is an
    abbreviation or an initial (``M. Kim``, ``U.S. Army``).

    Returns
    -------
    numpy.ndarray of int64
        Sorted start offsets; the first is always 0. Use ``numpy.searchsorted(starts,
        offset, side="right") - 1`` to find the sentence of a character offset.

    Examples
    --------
    >>> sentence_starts("M. Kim est arrivé. Il a parlé.\\nLe Kremlin a répondu.").tolist()
    [0, 19, 31]
    """
    _, ends = sentence_ends_many([text])
    return np.concatenate([[0], ends]).astype(np.int64)


def count_sentences(text: str) -> int:
    """Number of sentences in a cleaned text (0 for an empty one).

    Examples
    --------
    >>> count_sentences("Séoul a protesté. Pékin n'a rien dit.")
    2
    """
    return int(count_sentences_many([text])[0])


def count_sentences_many(texts: list[str]) -> np.ndarray:
    """:func:`count_sentences` of each text, as int64.

    Examples
    --------
    >>> count_sentences_many(["Séoul a protesté. Pékin n'a rien dit.", " ", "Oui"]).tolist()
    [2, 0, 1]
    """
    if not texts:
        return np.zeros(0, dtype=np.int64)
    return sentence_counts(Batch(texts))


def sentence_ends_many(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Every sentence end of many texts: the index of its text and its offset in it.

    For each text, the offsets are those of :func:`sentence_starts` but the first (0), in
    order; the texts come in order too.

    Examples
    --------
    >>> text, end = sentence_ends_many(["Oui. Non.", "M. Kim est là.\\nIl parle.", "Fin."])
    >>> text.tolist(), end.tolist()
    ([0, 1], [5, 15])
    """
    if not texts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return sentence_ends(Batch(texts))


def sentence_ends_of_spans(
    texts: list[str], units: np.ndarray, starts: np.ndarray, lengths: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`sentence_ends_many` of texts already encoded, one character to a code unit.

    Text ``i`` is ``units[starts[i] : starts[i] + lengths[i]]`` (UTF-16 code units of
    characters of the Basic Multilingual Plane, texts in order and apart).

    Examples
    --------
    >>> joined = "  Oui. Non.  M. Kim est là. Il parle. "
    >>> units = np.frombuffer(joined.encode("utf-16-le"), dtype=np.uint16)
    >>> text, end = sentence_ends_of_spans(
    ...     ["Oui. Non.", "M. Kim est là. Il parle."], units, np.array([2, 13]), np.array([9, 24])
    ... )
    >>> text.tolist(), end.tolist()
    ([0, 1], [5, 15])
    """
    if not texts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return sentence_ends(Batch.of_spans(texts, units, starts, lengths))
