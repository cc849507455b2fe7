"""Where titles can name someone, decided for the whole table at once.

Most titles that name someone are written in a few shapes the table shows by itself: a
title word, perhaps a demonym, the end of the title, a word such as "sortant", and a person
the dictionary knows, a space or a short complement ("de la", "of") apart ("le président
sud-coréen Moon Jae-in", "U.S. President Joe Biden", "le ministre nord-coréen des Affaires
étrangères Ri Son-gwon"). Each row of the table becomes two characters of a code string
(what it is, and how far the next row is), and one regular expression finds those shapes
in the whole table (:func:`chains`); a few string tests on the text settle each
(:func:`settle_chain`). The other title words go to the article reader
(:mod:`analysis.officials.reader`) only when a name can follow them (:func:`worth_reading`).
"""

from __future__ import annotations

import re

import numpy as np

from analysis.officials.grammar import (
    ABBREVIATION,
    AFFILIATION,
    CLAUSE_TAIL,
    PERSON,
    TITLE,
    UPPER_LETTERS,
)
from analysis.officials.people import key_of

__all__ = [
    "CODES",
    "QUALIFIER_BEFORE",
    "chain_of",
    "chains",
    "row_codes",
    "runs",
    "settle_chain",
    "worth_reading",
]

CODES = {"head": "T", "partial": "S", "tail": "L", "after": "M", "courtesy": "x"}
"""Code letters of title rows: a whole form starts there (T), a form cut before an alias's
word (S), the end of a form (L), a word after a title (M); A is a state, organisation or
institution, P a person the dictionary knows, x anything else."""

# Row code, then the link to the next row: "-" one character, "~" a short gap, "|" none.
# Both start at a title, whose letters are rare in the string: the scan skips to them.
_CHAIN = re.compile(r"[TS][-~](?:[ALM][-~]){0,4}P(?:~A)?")
_RUN = re.compile(r"[TS](?:[-~][ALM])*")
_SHORT_GAP = 12
_PARTIAL_GAP = 30

_COMPLEMENT = re.compile(
    r" (?:(?P<of>de|du|des|d['’]|of)|(?:à|au|aux|en|pour|auprès d(?:e|u|es|['’])|to|at|in|for))"
    r"(?: (?:la|le|les|the) | l['’]| |)\Z",
    re.IGNORECASE,
)
_OF = re.compile(r" (?:of|de|du|d['’])(?: (?:la|le|the) | l['’]| |)\Z", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\w+)([\W]{1,2})\Z")
QUALIFIER_BEFORE = re.compile(r"(\w+)[^\w\n]\Z")
"""The word just before a chain, one separator apart: a qualifier may join it."""
_CAPITAL_AFTER = re.compile(rf",? [{UPPER_LETTERS}]")
# A second title of the same person: "Deputy Prime Minister and Foreign Minister Don
# Pramudwinai", « Premier ministre et ministre des Affaires étrangères ».
_SECOND_TITLE = re.compile(rf" (?:and [{UPPER_LETTERS}]|et (?:ministre|vice|secrétaire)\b)")


def row_codes(types: np.ndarray, title_codes: np.ndarray, doc_codes, starts, ends) -> str:
    """The code string of the table: per row its letter and its link to the next row.

    Parameters
    ----------
    types : numpy.ndarray
        Per row: ``TITLE``, ``AFFILIATION``, ``PERSON`` or -1.
    title_codes : numpy.ndarray of str
        Per row: its letter of :data:`CODES` if a title row, else anything.
    doc_codes, starts, ends : numpy.ndarray
        Per row: its article and offsets.

    Examples
    --------
    >>> types = np.array([0, 1, 2, 1])
    >>> row_codes(types, np.array(["T", "", "", ""]), np.array([0, 0, 0, 1]),
    ...           np.array([0, 9, 18, 0]), np.array([8, 17, 25, 5]))
    'T-A-P|A|'
    """
    n = len(types)
    letters = np.full(n, ord("x"), dtype=np.uint8)
    letters[types == AFFILIATION] = ord("A")
    letters[types == PERSON] = ord("P")
    is_title = types == TITLE
    if is_title.any():
        letters[is_title] = np.frombuffer(
            "".join(title_codes[is_title].tolist()).encode("ascii"), dtype=np.uint8
        )
    links = np.full(n, ord("|"), dtype=np.uint8)
    if n > 1:
        same = doc_codes[1:] == doc_codes[:-1]
        gaps = starts[1:] - ends[:-1]
        partial = letters[:-1] == ord("S")
        short = same & (gaps > 1) & ((gaps <= _SHORT_GAP) | (partial & (gaps <= _PARTIAL_GAP)))
        links[:-1][short] = ord("~")
        links[:-1][same & (gaps == 1)] = ord("-")
    return np.stack([letters, links], axis=1).tobytes().decode("ascii")


def chains(codes: str) -> list[tuple[int, int]]:
    """The rows (first, last) of each chain of the code string that ends with a person.

    >>> chains("A-T-P|x|T~A-P~A|")
    [(0, 2), (4, 7)]
    """
    return [(_with_state_before(codes, found.start()), (found.end() - 1) // 2)
            for found in _CHAIN.finditer(codes)]  # fmt: skip


def runs(codes: str) -> list[tuple[int, int]]:
    """The rows (first, last) of each title run: a title and what follows it, no person.

    >>> runs("T-A-L|x|A~T|")
    [(0, 2), (4, 5)]
    """
    return [(_with_state_before(codes, found.start()), (found.end() - 1) // 2)
            for found in _RUN.finditer(codes)]  # fmt: skip


def _with_state_before(codes: str, position: int) -> int:
    """The row of a title at ``position``, or of the state linked just before it."""
    if position >= 2 and codes[position - 2] == "A" and codes[position - 1] in "-~":
        return position // 2 - 1
    return position // 2


def settle_chain(text: str, spans: list[tuple[int, int]], letters: str, qualifiers,
                 english: bool) -> tuple[int, int] | None:  # fmt: skip
    """Check a chain against its text; its start and the end of its title, or None.

    ``spans`` are the rows' offsets and ``letters`` their codes. Between the words: a space
    or a comma and a space before the person; "of", "de" after the person (``Prime
    Minister Kishida of Japan``); a space or "'s" after a state written before an English
    title; one separator, or a complement before a state ("de la", "à l'", "to the"),
    elsewhere. The gap after a cut title (``S``) is checked by the caller. A qualifier
    written just before ("ancien", "former") joins the chain.

    Examples
    --------
    >>> settle_chain("le président sud-coréen Moon Jae-in", [(3, 12), (13, 23), (24, 35)],
    ...              "TAP", {"ancien"}, False)
    (3, 23)
    >>> settle_chain("l'ancien président Moon Jae-in", [(9, 18), (19, 30)], "TP",
    ...              {"ancien"}, False)
    (2, 18)
    >>> settle_chain("le président\\nMoon Jae-in", [(3, 12), (13, 24)], "TP", set(), False)
    """
    if letters[0] == "A" and not english:
        return None
    for index in range(len(spans) - 1):
        gap = text[spans[index][1] : spans[index + 1][0]]
        kind, following = letters[index], letters[index + 1]
        if kind == "S":
            good = True
        elif following == "P":
            good = gap in (" ", ", ")
        elif kind == "P":
            good = bool(_OF.match(gap))
        elif index == 0 and kind == "A":
            good = gap in (" ", "’s ", "'s ") or (
                gap == ". " and bool(ABBREVIATION.fullmatch(text[spans[0][0] : spans[0][1] + 1]))
            )
        elif len(gap) == 1:
            good = not gap.isalnum() and gap != "\n"
        else:
            good = following == "A" and bool(_COMPLEMENT.match(gap))
        if not good:
            return None
    start = spans[0][0]
    if start >= 2:
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        separated = before and len(before.group(2)) == 1 and before.group(2) != "\n"
        if separated and key_of(before.group(1)) in qualifiers:
            start = before.start(1)
    person = letters.index("P")
    return start, spans[person - 1][1]


def chain_of(gap: str) -> bool:
    """Whether the words between a person and a state make "Kishida of Japan".

    >>> chain_of(" of "), chain_of(" de la "), chain_of(" urged ")
    (True, True, False)
    """
    return bool(_OF.match(gap))


def worth_reading(text: str, run_start: int, run_end: int, title: tuple[int, int]) -> bool:
    """Whether a title run (a title and the rows that follow it, up to ``run_end``) can name
    someone the reader would find: a capitalised word right after it, a comma shortly
    before it with punctuation after it (an apposition), or a title in capitals (a label).

    Examples
    --------
    >>> worth_reading("le ministre japonais des Affaires étrangères Taro Kono", 3, 44, (3, 11))
    True
    >>> worth_reading("le ministre japonais a dit", 3, 20, (3, 11))
    False
    >>> worth_reading("Taro Kono, ministre japonais.", 11, 28, (11, 19))
    True
    >>> worth_reading("Kurt Volker, envoy for Ukraine talks, said", 13, 30, (13, 18))
    True
    """
    word = text[title[0] : title[1]]
    if len(word) > 1 and word.isupper():
        return True
    if _CAPITAL_AFTER.match(text, run_end) or _SECOND_TITLE.match(text, run_end):
        return True
    if _FOLLOWING.match(text, run_end) and _name_after_complements(text, run_end):
        return True
    if _POST_IN.search(text, title[1], run_end):
        # A post may end with words of its own: "special envoy for Ukraine negotiations,".
        tail = _POST_TAIL.match(text, run_end)
        run_end = tail.end() if tail else run_end
    if _apposition(text, run_start, run_end):
        return True
    # Or with a complement or a relative clause of its own: "a UN rapporteur who had
    # investigated the case,".
    tail = CLAUSE_TAIL.match(text, run_end)
    return bool(tail) and _apposition(text, run_start, tail.end())


_POST_IN = re.compile(r" (?:for|to|à|au|aux|auprès) ")
_POST_TAIL = re.compile(r"(?: [^\W\d_A-ZÀ-Þ][^\W\d_]*){1,3}(?=[,;:)])")


_FOLLOWING = re.compile(
    r" (?:de|du|des|d['’]|of|for|à|au|aux|en|pour|auprès|to|at|in|par|sortante?|élue?|"
    r"désignée?|elect|designate|the|la|le|les|l['’])\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\s,’']+|,")
_LOWER_WORD = re.compile(r"[a-zà-öø-ÿ]+")
_COMPLEMENT_WORDS = frozenset(
    [
        "de",
        "du",
        "des",
        "d",
        "la",
        "le",
        "l",
        "les",
        "of",
        "for",
        "and",
        "the",
        "to",
        "at",
        "in",
        "à",
        "au",
        "aux",
        "en",
        "pour",
        "auprès",
        "par",
        "intérim",
        "sortant",
        "sortante",
        "élu",
        "élue",
        "désigné",
        "désignée",
        "elect",
        "designate",
        "ministère",
        "ministry",
        "affaires",
        "étrangères",
        "foreign",
        "affairs",
        "défense",
        "defense",
        "diplomatie",
    ]
)


def _name_after_complements(text: str, position: int) -> bool:
    """Whether, after complements in lower case and capitalised words (states, the end of
    the title), a capitalised word comes before any other lower-case word: a name may."""
    capitals = 0
    for token in _TOKEN.finditer(text, position, min(len(text), position + 120)):
        word = token.group()
        if "\n" in text[position : token.start()]:
            return False
        if word == ",":
            continue
        if _LOWER_WORD.fullmatch(word):
            if word not in _COMPLEMENT_WORDS:
                return False
            continue
        capitals += 1
        if capitals > 4:
            return True
    return capitals > 0


def _apposition(text: str, start: int, end: int) -> bool:
    if end < len(text) and not (
        text[end] in ",.;:)\n" or text[end].isupper() or text[end].isdigit()
    ):
        return False
    return start >= 2 and "," in text[max(0, start - 40) : start]
