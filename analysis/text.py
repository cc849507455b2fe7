"""Cleaning scraped article bodies without losing their meaning.

Scraped bodies arrive as one long line in which the paragraphs of the page were glued
together with no space (``... à Pyeongyang.Lors d'un briefing ...``). The functions here
put a paragraph break back at those seams, normalise whitespace, and cut the result into
sentences, while leaving every other character as it was (accents, typographic
apostrophes, ``U.S.``, ``M. Kim``, ``3.5``, URLs).
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

# Words that end with a full stop without ending a sentence. Compared case-sensitively, so
# that "No." (number) is kept but a sentence ending in "no." is not affected.
ABBREVIATIONS = frozenset(
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Dr", "Pr", "Me", "Mr", "Mrs", "Ms",
        "St", "Ste", "Jr", "Sr", "Gen", "Gén", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep",
        "Prof", "No", "no", "art", "av", "apr", "J.-C", "cf", "ex", "env", "etc", "vol", "p",
        "pp", "fig", "éd", "Inc", "Corp", "Co", "Ltd", "vs", "approx", "janv", "févr", "sept",
        "oct", "nov", "déc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec",
    }
)  # fmt: skip

# A full stop, question or exclamation mark glued to the capital letter (or opening quote)
# that starts the next scraped paragraph. The optional space before the mark covers
# sources that typeset "Valence .Il".
_GLUED = re.compile(r"(?P<mark>[.!?…]+)(?P<close>[»”\")\]]?)(?=[«“\"]?[A-ZÀ-ÖØ-ÞŒ])")
_URL_LIKE = re.compile(r"(?:://|www\.|@|\.[a-z]{2,4}/)", re.IGNORECASE)
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")

# Sentence ends inside a paragraph: a mark, optional closing quote, spaces, then a capital
# letter, a digit or an opening quote.
_SENTENCE_END = re.compile(r"[.!?…]+[»”\")\]]?\s+(?=[«“\"(]?[A-ZÀ-ÖØ-ÞŒ0-9])|\n+")

WORD_PATTERN = r"\w+(?:['’\-]\w+)*"
"""What counts as one word for ``n_words`` and for rates per 1,000 words.

A run of letters or digits, kept whole across inner apostrophes and hyphens, so that
``l'Ukraine``, ``aujourd’hui`` and ``Jong-un`` are one word each.
"""


def _token_before(text: str, position: int) -> str:
    """The run of non-space characters that ends at ``position`` (empty after a space)."""
    window = text[max(0, position - 40) : position]
    if not window or window[-1].isspace():
        return ""
    return window.split()[-1]


def _ends_abbreviation(token: str) -> bool:
    """Whether a token written just before a full stop is an abbreviation or an initial."""
    stem = token.lstrip('«“"([')
    if not stem:
        return False
    if stem in ABBREVIATIONS:
        return True
    last = stem.rsplit(".", 1)[-1]
    # "U.S" or "J" : single capital letters are initials, not sentence ends.
    if len(last) == 1 and last.isupper():
        return True
    return bool(_URL_LIKE.search(stem))


def repair_glued_paragraphs(body: str) -> str:
    """Put a line break back where scraping glued two paragraphs together.

    Parameters
    ----------
    body : str
        One article body.

    Returns
    -------
    str
        The same text with ``"\\n"`` inserted after each glued sentence end. No other
        character is changed.

    Examples
    --------
    >>> repair_glued_paragraphs("visite à Pyeongyang.Lors d'un briefing")
    "visite à Pyeongyang.\\nLors d'un briefing"
    >>> repair_glued_paragraphs("les U.S. Marines, M. Kim, 3.5 %, www.state.gov/Remarks")
    'les U.S. Marines, M. Kim, 3.5 %, www.state.gov/Remarks'
    >>> repair_glued_paragraphs("de l'ONU.Le Conseil")
    "de l'ONU.\\nLe Conseil"
    """

    def _split(match: re.Match[str]) -> str:
        before = _token_before(body, match.start())
        if match.group("mark") == "." and _ends_abbreviation(before):
            return match.group(0)
        return match.group(0) + "\n"

    return _GLUED.sub(_split, body)


def clean_body(raw: str) -> str:
    """Clean one raw body: NFC, paragraph seams repaired, whitespace normalised.

    Line ends become ``"\\n"``, runs of spaces and tabs (including no-break spaces) one
    space, blank lines one line break, and the ends are stripped. Accents and typographic
    apostrophes are kept as written.

    Examples
    --------
    >>> clean_body("  Les autorités\\r\\n\\r\\nont dit.Le  Kremlin\\u00a0a répondu. ")
    'Les autorités\\nont dit.\\nLe Kremlin a répondu.'
    """
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HORIZONTAL_SPACE.sub(" ", text)
    text = _BLANK_LINES.sub("\n", text).strip()
    return repair_glued_paragraphs(text)


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
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        if match.group(0)[0] == ".":
            before = _token_before(text, match.start())
            if _ends_abbreviation(before):
                continue
        if match.end() < len(text):
            starts.append(match.end())
    return np.asarray(starts, dtype=np.int64)


def count_sentences(text: str) -> int:
    """Number of sentences in a cleaned text (0 for an empty one).

    Examples
    --------
    >>> count_sentences("Séoul a protesté. Pékin n'a rien dit.")
    2
    """
    return len(sentence_starts(text)) if text.strip() else 0


def _fold_char(character: str) -> str:
    if not character.isalnum():
        return " "
    lower = character.lower()
    if len(lower) != 1:
        lower = character
    base = "".join(c for c in unicodedata.normalize("NFD", lower) if not unicodedata.combining(c))
    return base if len(base) == 1 else lower


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


def fold(text: str) -> str:
    """Fold a text for matching, one character for one character.

    Letters are lower-cased and stripped of accents, every character that is not a letter
    or a digit becomes a space (apostrophes, hyphens, punctuation, line breaks). The
    result has exactly the length of the input, so that an offset found in the folded
    text is an offset in the original. Letters whose lower case or base letter would take
    more than one character (``İ``, ``ﬁ``) are kept as they are.

    Examples
    --------
    >>> fold("Kim Jong-un, l’ONU et les États-Unis.")
    'kim jong un  l onu et les etats unis '
    >>> len(fold("Œuvre ﬁnale 🇰🇷")) == len("Œuvre ﬁnale 🇰🇷")
    True
    """
    # A table lookup over UTF-16 code units is about ten times faster than str.translate.
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    return _FOLD_TABLE[units].tobytes().decode("utf-16-le", "surrogatepass")
