"""The rules of paragraph seams and sentence ends, run over many texts at once.

numpy finds the few characters the rules start from (marks and line breaks) in a whole
:class:`~analysis.text.batch.Batch`, then settles every rule for all of them together by
looking at the characters around them, so that Python only reads the words before some
full stops. The rules, written plainly as regular expressions, are in
``tests/test_text.py``, which checks with hypothesis that both give the same answers:

- a paragraph seam is a run of marks (``.!?…``), an optional closing quote, then an
  opening quote or none and a capital letter, glued with no space; a full stop alone is no
  seam after a title, an initial or a web address, nor inside an initialism (``U.S.A.``);
- a sentence ends at a line break, or after a run of marks, an optional closing quote
  (after a space in French), spaces, then a capital, a digit or an opening quote or
  bracket; but not at a full stop after an abbreviation or an initial.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import numpy as np

from analysis.text import rules
from analysis.text.batch import (
    BRACKET,
    CAPITAL,
    CLOSER,
    DIGIT,
    GUILLEMET_BIT,
    QUOTE,
    SPACE,
    UPPER,
    Batch,
)
from analysis.text.rules import (
    TOKEN_LENGTH,
    ends_abbreviation,
    ends_sentence_after,
    is_seam,
    token_before,
)

_KEY_LENGTH = 6
"""Characters of the longest word held in one integer key (3 bits of length, 8 a letter)."""


@dataclass(frozen=True)
class AbbreviationTables:
    """The word lists, and the keys of their words for numpy (see :func:`abbreviation_tables`).

    ``abbreviation_keys`` and ``title_keys`` are sorted; ``unkeyed_abbreviations`` and
    ``unkeyed_titles`` say whether a list holds a word of no full stop that has no key
    (longer than six characters, or beyond Latin-1), which the scans then look up in Python.
    """

    abbreviations: frozenset[str]
    titles: frozenset[str]
    abbreviation_keys: np.ndarray
    title_keys: np.ndarray
    unkeyed_abbreviations: bool
    unkeyed_titles: bool


@functools.lru_cache(maxsize=16)
def abbreviation_tables(
    abbreviations: frozenset[str], titles: frozenset[str]
) -> AbbreviationTables:
    """The tables the scans judge words by, derived from two word lists.

    The scans use those of :data:`analysis.text.rules.ABBREVIATIONS` and
    :data:`analysis.text.rules.TITLES` as they are when they run (see
    :func:`current_abbreviation_tables`).

    Examples
    --------
    >>> tables = abbreviation_tables(frozenset({"etc", "J.-C"}), frozenset({"M"}))
    >>> len(tables.abbreviation_keys), tables.unkeyed_abbreviations, tables.unkeyed_titles
    (1, False, False)
    >>> abbreviation_tables(frozenset({"Excellency"}), frozenset()).unkeyed_abbreviations
    True
    """
    abbreviation_keys, unkeyed_abbreviations = _keys_of(abbreviations)
    title_keys, unkeyed_titles = _keys_of(titles)
    return AbbreviationTables(
        abbreviations, titles, abbreviation_keys, title_keys, unkeyed_abbreviations, unkeyed_titles
    )


def current_abbreviation_tables() -> AbbreviationTables:
    """The tables of the word lists of :mod:`analysis.text.rules` as they are now.

    Derived once for each content of the lists, so that a word added to a list counts
    from the next scan on.
    """
    return abbreviation_tables(frozenset(rules.ABBREVIATIONS), frozenset(rules.TITLES))


def seams(batch: Batch) -> np.ndarray:
    """Where the texts of ``batch`` take a line break (before each position), in order."""
    tables = current_abbreviation_tables()
    texts = batch.texts
    starts, ends = batch.run_starts, batch.run_ends
    # The closing quote is taken when there is one, then a capital must follow.
    after = ends + batch.has(ends, CLOSER)
    glued = batch.capital_follows(after, CAPITAL, QUOTE)
    starts, ends, after = starts[glued], ends[glued], after[glued]
    text = batch.text_of(starts)
    seam = np.ones(len(starts), dtype=bool)
    # A full stop alone is no seam after a title, an initial or a web address, nor when an
    # initialism goes on after it ("U.S.A."); "D.C.QUESTION" is a seam.
    alone = np.flatnonzero((ends - starts == 1) & (batch.units[starts] == ord(".")))
    stops = starts[alone]
    begins = batch.word_starts(stops, TOKEN_LENGTH)
    plain, keys = _word_keys(batch, begins, stops)
    if tables.unkeyed_titles:
        plain &= keys >= 0
    no_word = begins == stops
    plain |= no_word
    initial = (stops - begins == 1) & batch.has(stops - 1, UPPER)
    kept = _is_in(keys, tables.title_keys) | initial
    next_initial = (batch.units[after[alone] + 1] == ord(".")) & batch.has(after[alone], CAPITAL)
    seam[alone[plain]] = (no_word | (~kept & ~next_initial))[plain]
    for index in alone[~plain].tolist():
        body = texts[text[index]]
        offset = int(batch.starts[text[index]])
        start, stop = int(starts[index]) - offset, int(after[index]) - offset
        seam[index] = is_seam(token_before(body, start), body[stop : stop + 2], tables.titles)
    return after[seam]


def sentence_ends(batch: Batch) -> tuple[np.ndarray, np.ndarray]:
    """Every sentence end of the texts of ``batch``: the index of its text and its offset.

    In the order of the texts, and of the offsets within each; the end of a text is none.
    """
    p = batch.run_ends
    capital, openers = CAPITAL | DIGIT, QUOTE | BRACKET
    # After the marks: an optional space and closing quote, spaces, then a capital; the
    # regular expression tries it with the closing quote first, then without.
    space_at_p = batch.has(p, SPACE)
    quote_end = np.where(space_at_p & batch.has(p + 1, CLOSER), p + 2, -1)
    quote_end = np.where((quote_end < 0) & batch.has(p, CLOSER), p + 1, quote_end)
    quoted = np.flatnonzero(quote_end >= 0)
    quoted = quoted[batch.has(quote_end[quoted], SPACE)]
    quoted_end = batch.after_spaces(quote_end[quoted])
    ok = batch.capital_follows(quoted_end, capital, openers)
    match_end = np.zeros(len(p), dtype=np.int64)  # 0: no match
    match_end[quoted[ok]] = quoted_end[ok]
    plain = np.flatnonzero(space_at_p & (match_end == 0))
    plain_end = batch.after_spaces(p[plain])
    ok = batch.capital_follows(plain_end, capital, openers)
    match_end[plain[ok]] = plain_end[ok]
    matched = match_end > 0
    mark_starts, mark_ends = batch.run_starts[matched], match_end[matched]
    # Line breaks end a sentence, but for those a mark's match took in; a run of them once.
    breaks = batch.breaks
    inside = np.searchsorted(mark_starts, breaks, side="right") - 1
    taken = np.zeros(len(breaks), dtype=bool)
    if len(mark_starts):
        taken = (inside >= 0) & (breaks < mark_ends[np.maximum(inside, 0)])
    free = breaks[~taken]
    first = np.ones(len(free), dtype=bool)
    first[1:] = np.diff(free) > 1
    last = np.ones(len(free), dtype=bool)
    last[:-1] = first[1:]
    break_starts, break_ends = free[first], free[last] + 1
    keep = ~_after_abbreviation(batch, mark_starts, mark_ends)
    mark_starts, mark_ends = mark_starts[keep], mark_ends[keep]
    # Both kinds of match in the order of the text (they never share a start).
    n_marks, n_breaks = len(mark_starts), len(break_starts)
    mark_rank = np.arange(n_marks) + np.searchsorted(break_starts, mark_starts)
    break_rank = np.arange(n_breaks) + np.searchsorted(mark_starts, break_starts)
    starts = np.empty(n_marks + n_breaks, dtype=np.int64)
    ends = np.empty(n_marks + n_breaks, dtype=np.int64)
    starts[mark_rank], ends[mark_rank] = mark_starts, mark_ends
    starts[break_rank], ends[break_rank] = break_starts, break_ends
    text = batch.text_of(starts)
    inner = ends < batch.stops[text]
    text = text[inner]
    return text, ends[inner] - batch.starts[text]


def sentence_counts(batch: Batch) -> np.ndarray:
    """The number of sentences of each text of ``batch`` (0 for a blank one), as int64."""
    text, _ = sentence_ends(batch)
    counts = np.bincount(text, minlength=len(batch.texts)).astype(np.int64) + 1
    counts[[index for index, body in enumerate(batch.texts) if not body.strip()]] = 0
    return counts


def _after_abbreviation(batch: Batch, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Which sentence-end matches are a full stop after an abbreviation or an initial.

    Only a full stop whose match takes in no line break, written just after a word (the run
    of non-spaces before it, at most :data:`analysis.text.rules.TOKEN_LENGTH` characters).
    """
    tables = current_abbreviation_tables()
    taken_break = np.searchsorted(batch.breaks, ends) > np.searchsorted(batch.breaks, starts)
    candidate = (batch.units[starts] == ord(".")) & ~taken_break
    candidate &= ~batch.has(starts - 1, SPACE)
    candidate &= starts > batch.starts[batch.text_of(starts)]
    found = np.zeros(len(starts), dtype=bool)
    where = np.flatnonzero(candidate)
    stops = starts[where]
    begins = batch.word_starts(stops, TOKEN_LENGTH)
    plain, keys = _word_keys(batch, begins, stops)
    if tables.unkeyed_abbreviations:
        plain &= keys >= 0
    # A plain word is an abbreviation if it is one of the list, or an initial.
    found[where[plain]] = (
        _is_in(keys[plain], tables.abbreviation_keys)
        | ((stops - begins == 1) & batch.has(stops - 1, UPPER))[plain]
    )
    other = ~plain
    tokens = batch.pieces(begins[other], stops[other])
    abbreviations = tables.abbreviations
    following = _words_at(batch, ends[where[other]])
    found[where[other]] = [
        ends_abbreviation(token, abbreviations) and not ends_sentence_after(token, word)
        for token, word in zip(tokens, following, strict=True)
    ]
    return found


_FOLLOWING_LENGTH = 16
"""Characters read after a full stop for the word that follows it."""


def _words_at(batch: Batch, positions: np.ndarray) -> list[str]:
    """The word (a run of letters) that starts at each of ``positions``."""
    limits = np.minimum(positions + _FOLLOWING_LENGTH, batch.stops[batch.text_of(positions)])
    return [_LETTERS.match(piece)[0] for piece in batch.pieces(positions, limits)]


_LETTERS = re.compile(r"[^\W\d_]*")


def _word_keys(batch: Batch, begins: np.ndarray, stops: np.ndarray):
    """Which words ``[begin, stop)`` numpy can judge, and a key for each.

    A plain word has no full stop, ``/``, ``@``, character beyond the plane, or opening
    quote or bracket first, so that it is its own stem, cannot be a web address, and is an
    initial only as one capital letter. Its key is that of :func:`_key_of`, or -1 when it
    has none (longer than six characters, or beyond Latin-1).
    """
    specials = batch.specials
    plain = np.searchsorted(specials, stops) == np.searchsorted(specials, begins)
    plain &= ~batch.has(begins, GUILLEMET_BIT | QUOTE | BRACKET)
    plain &= batch.units[begins] != ord("[")
    lengths = stops - begins
    keys = np.where((lengths >= 1) & (lengths <= _KEY_LENGTH), lengths, -1)
    for offset in range(_KEY_LENGTH):
        inside = offset < lengths
        code = batch.units[np.where(inside, begins + offset, begins)].astype(np.int64)
        keys = np.where(code < 256, keys | np.where(inside, code << (3 + 8 * offset), 0), -1)
    return plain, keys


def _key_of(word: str) -> int:
    """Length and characters of a word of up to six Latin-1 characters in one integer."""
    key = len(word)
    for offset, character in enumerate(word):
        key |= ord(character) << (3 + 8 * offset)
    return key


def _has_key(word: str) -> bool:
    return 1 <= len(word) <= _KEY_LENGTH and all(ord(c) < 256 for c in word)


def _keys_of(words: frozenset[str]) -> tuple[np.ndarray, bool]:
    """The sorted keys of the words a plain word can be, and whether some of those have none.

    Words with a full stop are never plain: the scans look them up in Python.
    """
    plain = [word for word in words if "." not in word]
    keys = np.array(sorted(_key_of(word) for word in plain if _has_key(word)), dtype=np.int64)
    return keys, not all(map(_has_key, plain))


def _is_in(keys: np.ndarray, known: np.ndarray) -> np.ndarray:
    """``np.isin(keys, known)`` for a sorted ``known``, by binary search (several times faster)."""
    if not len(known):
        return np.zeros(len(keys), dtype=bool)
    found = np.minimum(np.searchsorted(known, keys), len(known) - 1)
    return known[found] == keys
