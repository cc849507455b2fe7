"""The rules of cleaning and sentence cutting, as data: word lists and character sets.

Everything the batch scanner (:mod:`analysis.text.scan`) decides comes from here. Adding a
word to :data:`ABBREVIATIONS` or :data:`TITLES` is a one-line edit: the scanner derives its
tables from the lists as they are when it runs (see
:func:`analysis.text.scan.abbreviation_tables`).
"""

from __future__ import annotations

import functools
import re

TITLES = frozenset(
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Dr", "Pr", "Me", "Mr", "Mrs", "Ms",
        "St", "Ste", "Gen", "Gén", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Prof",
    }
)  # fmt: skip
"""Titles written before a name.

Glued to the name (``M.Kim``, ``Dr.Smith``) they are a typing slip, not a paragraph seam.
"""

ABBREVIATIONS = TITLES | frozenset(
    {
        "Jr", "Sr", "No", "art", "av", "apr", "J.-C", "cf", "ex", "env", "etc", "vol", "p",
        "pp", "fig", "éd", "Inc", "Corp", "Co", "Ltd", "vs", "approx", "janv", "févr", "sept",
        "oct", "nov", "déc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec",
    }
)  # fmt: skip
"""Words that end with a full stop without ending a sentence.

Compared case-sensitively, so that ``No.`` (number) is kept but a sentence ending in
``no.`` is not affected.
"""

SENTENCE_OPENERS = frozenset(
    {"The", "They", "He", "She", "It", "We", "I", "This", "These", "Those"}
    | {"Il", "Elle", "Ils", "Elles", "Nous", "Je"}
)
"""Words that open a sentence: after an initialism written with full stops ("trade with the
U.S. They", "à Washington D.C. Il") the full stop ends the sentence all the same."""

CLOSING_ABBREVIATIONS = frozenset({"D.C"})
"""Abbreviations that close a place name ("Washington, D.C."): after them, a capitalised
word starts a sentence ("in Washington, D.C. Secretary Blinken ...")."""

CALENDAR = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    }
)  # fmt: skip
"""Days and months, in English and French, in lower case: a capitalised one names no one,
and a preposition before one tells a date ("on Monday", « le 3 mai »)."""

WORD_PATTERN = r"\w+(?:['’\-]\w+)*"
"""What counts as one word for ``n_words`` and for rates per 1,000 words.

A run of letters or digits, kept whole across inner apostrophes and hyphens, so that
``l'Ukraine``, ``aujourd’hui`` and ``Jong-un`` are one word each.
"""

JOINERS = "'’-"
"""Characters that join two runs of word characters into one word (see :data:`WORD_PATTERN`)."""

MARKS = ".!?…"
"""Marks that can end a sentence; a run of them ends it once."""

CLOSERS = '»”")]'
"""Closing quotes and brackets that may follow a sentence's mark."""

CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞŒŸ"
"""Capital letters that can start a sentence or a paragraph (``A-ZÀ-ÖØ-ÞŒŸ``)."""

DIGITS = "0123456789"
"""Digits, which can start a sentence but not a glued paragraph."""

GUILLEMET = "«"
"""The French opening quote, which may be followed by a space before the capital."""

OPENING_QUOTES = '“"'
"""Opening quotes written straight before the capital."""

OPENING_BRACKETS = "("
"""Brackets that can open a sentence (not a glued paragraph)."""

URL_CHARACTERS = "/@"
"""Characters that make a word look like a web or e-mail address."""

TOKEN_LENGTH = 40
"""Characters looked at before a full stop to find the word it ends."""

_URL_LIKE = re.compile(r"(?:://|www\.|@|\.[a-z]{2,4}/)", re.IGNORECASE)


def token_before(text: str, position: int) -> str:
    """The run of non-space characters that ends at ``position`` (empty after a space).

    Examples
    --------
    >>> token_before("selon M. Kim", 7), token_before("fin. Le", 5)
    ('M', '')
    """
    window = text[max(0, position - TOKEN_LENGTH) : position]
    if not window or window[-1].isspace():
        return ""
    return window.rsplit(None, 1)[-1]


def _stem(token: str) -> str:
    return token.lstrip('«“"([')


def _is_initial(stem: str) -> bool:
    """One capital letter: an initial (``J. Biden``) or the last letter of ``U.S``."""
    return len(stem) == 1 and stem.isupper()


@functools.lru_cache(maxsize=100_000)
def ends_abbreviation(token: str, abbreviations: frozenset[str] = ABBREVIATIONS) -> bool:
    """Whether a token written just before a full stop is an abbreviation or an initial.

    Remembered per token and list: the same few hundred words end most sentences of a
    corpus.

    Examples
    --------
    >>> [ends_abbreviation(token) for token in ("M", "U.S", "«etc", "www.state", "Kim")]
    [True, True, True, True, False]
    """
    stem = _stem(token)
    if not stem:
        return False
    if stem in abbreviations:
        return True
    # "U.S" or "J": single capital letters are initials, not sentence ends.
    if _is_initial(stem.rsplit(".", 1)[-1]):
        return True
    return bool(_URL_LIKE.search(stem))


def ends_sentence_after(token: str, following: str) -> bool:
    """Whether a full stop after the abbreviation ``token`` ends the sentence all the same,
    given the word ``following`` it: an initialism before a word of
    :data:`SENTENCE_OPENERS`, or one of :data:`CLOSING_ABBREVIATIONS` before a capital.

    Examples
    --------
    >>> [ends_sentence_after(t, w) for t, w in [("U.S", "They"), ("U.S", "Marines"),
    ...  ("D.C", "Secretary"), ("M", "The")]]
    [True, False, True, False]
    """
    stem = _stem(token)
    if "." not in stem:
        return False
    if stem in CLOSING_ABBREVIATIONS:
        return following[:1].isupper()
    return following in SENTENCE_OPENERS


def is_seam(token: str, following: str, titles: frozenset[str] = TITLES) -> bool:
    """Whether a full stop between ``token`` and ``following`` glues two paragraphs.

    In running text an abbreviation is followed by a space; glued straight to a capitalised
    word (``Washington, D.C.QUESTION``, ``etc.Il``) it ends a scraped paragraph. Only
    initials and titles glued to a name (``M.Kim``, ``J.Biden``), the letters of an
    initialism (``U.S.A.``) and URLs are left alone.

    Examples
    --------
    >>> is_seam("etc", "Il"), is_seam("M", "Ki"), is_seam("U", "S.")
    (True, False, False)
    """
    stem = _stem(token)
    if not stem:
        return True
    if stem in titles or _is_initial(stem) or _URL_LIKE.search(stem):
        return False
    return not (len(following) > 1 and following[1] == "." and following[0].isupper())
