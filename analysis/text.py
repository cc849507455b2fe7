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
from itertools import accumulate

import numpy as np

# Titles written before a name. Glued to the name ("M.Kim", "Dr.Smith") they are a typing
# slip, not a paragraph seam.
TITLES = frozenset(
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Dr", "Pr", "Me", "Mr", "Mrs", "Ms",
        "St", "Ste", "Gen", "Gén", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "Prof",
    }
)  # fmt: skip

# Words that end with a full stop without ending a sentence. Compared case-sensitively, so
# that "No." (number) is kept but a sentence ending in "no." is not affected.
ABBREVIATIONS = TITLES | frozenset(
    {
        "Jr", "Sr", "No", "art", "av", "apr", "J.-C", "cf", "ex", "env", "etc", "vol", "p",
        "pp", "fig", "éd", "Inc", "Corp", "Co", "Ltd", "vs", "approx", "janv", "févr", "sept",
        "oct", "nov", "déc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec",
    }
)  # fmt: skip

_CAPITAL = "A-ZÀ-ÖØ-ÞŒŸ"

# A full stop, question or exclamation mark glued to the capital letter (or opening quote)
# that starts the next scraped paragraph. Sources that typeset "Valence .Il" need nothing
# special: the token before the mark is then empty, so it cannot be an abbreviation. French
# quotes open with a space ("« Nous"), English ones do not.
_GLUED_TAIL = rf"(?P<close>[»”\")\]]?)(?=(?:«\s?|[“\"])?[{_CAPITAL}])"
_GLUED = re.compile(rf"(?P<mark>[.!?…]+){_GLUED_TAIL}")
_MARKS = ".!?…"
# The same, once per mark. A pattern that starts with one literal character is searched
# for with a fast character scan, three times faster than with the character class above.
_GLUED_AFTER = tuple(
    re.compile(rf"(?P<mark>{re.escape(mark)}[.!?…]*){_GLUED_TAIL}") for mark in _MARKS
)
_URL_LIKE = re.compile(r"(?:://|www\.|@|\.[a-z]{2,4}/)", re.IGNORECASE)

# Sentence ends inside a paragraph: a mark, an optional closing quote (after a space in
# French: ". »"), spaces, then a capital letter, a digit or an opening quote; or a line
# break. Both branches start with one character class so that the regex engine can scan for
# it quickly (a plain alternation is five times slower on long transcripts).
_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=\n)\n*|(?<=[.!?…])[.!?…]*(?:\s?[»”\")\]])?\s+"
    rf"(?=(?:«\s?|[“\"(])?[{_CAPITAL}0-9]))"
)

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
    return window.rsplit(None, 1)[-1]


def _stem(token: str) -> str:
    return token.lstrip('«“"([')


def _is_initial(stem: str) -> bool:
    """One capital letter: an initial (``J. Biden``) or the last letter of ``U.S``."""
    return len(stem) == 1 and stem.isupper()


def _ends_abbreviation(token: str) -> bool:
    """Whether a token written just before a full stop is an abbreviation or an initial."""
    stem = _stem(token)
    if not stem:
        return False
    if stem in ABBREVIATIONS:
        return True
    # "U.S" or "J": single capital letters are initials, not sentence ends.
    if _is_initial(stem.rsplit(".", 1)[-1]):
        return True
    return bool(_URL_LIKE.search(stem))


def _is_seam(token: str, following: str) -> bool:
    """Whether a full stop between ``token`` and ``following`` glues two paragraphs.

    In running text an abbreviation is followed by a space; glued straight to a capitalised
    word (``Washington, D.C.QUESTION``, ``etc.Il``) it ends a scraped paragraph. Only
    initials and titles glued to a name (``M.Kim``, ``J.Biden``), the letters of an
    initialism (``U.S.A.``) and URLs are left alone.
    """
    stem = _stem(token)
    if not stem:
        return True
    if stem in TITLES or _is_initial(stem) or _URL_LIKE.search(stem):
        return False
    return not (len(following) > 1 and following[1] == "." and following[0].isupper())


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
    >>> repair_glued_paragraphs("Washington, D.C.QUESTION: M.Kim a répondu.")
    'Washington, D.C.\\nQUESTION: M.Kim a répondu.'
    """

    pieces = []
    copied = 0
    for start, end, mark in _glued_ends(body):
        if mark == "." and not _is_seam(_token_before(body, start), body[end : end + 2]):
            continue
        pieces += (body[copied:end], "\n")
        copied = end
    if not pieces:
        return body
    pieces.append(body[copied:])
    return "".join(pieces)


def _glued_ends(body: str) -> list[tuple[int, int, str]]:
    """``(start, end, mark)`` of every match of ``_GLUED`` in ``body``, in order.

    A match of ``_GLUED`` starts at the first mark of a run of marks and takes the whole
    run, or there is none in that run (a shorter run is followed by a mark, which neither
    a closing quote nor a capital is). So the matches are those of the one-mark patterns
    that start a run.
    """
    found = []
    for pattern in _GLUED_AFTER:
        for match in pattern.finditer(body):
            start = match.start()
            if start == 0 or body[start - 1] not in _MARKS:
                found.append((start, match.end(), match["mark"]))
    found.sort()
    return found


def normalise_whitespace(text: str) -> str:
    """Line ends of every kind become ``"\\n"``, other whitespace runs one space.

    Blank lines are dropped and each line is stripped. Splitting and joining in C is several
    times faster than the equivalent regular expressions on long transcripts.

    Examples
    --------
    >>> normalise_whitespace(" Les  autorités\\r\\n\\r\\n ont\\u00a0dit.\\u2029Fin ")
    'Les autorités\\nont dit.\\nFin'
    """
    if _is_normalised(text):
        return text
    return "\n".join(filter(None, (" ".join(line.split()) for line in text.splitlines())))


def _is_normalised(text: str) -> bool:
    """Whether :func:`normalise_whitespace` would return ``text`` unchanged.

    Most bodies already are, and these checks run in C about three times faster than
    splitting the text into words. Every whitespace character but the space is unprintable.
    """
    lines = text.split("\n") if "\n" in text else [text]
    for line in lines:
        if not line.isprintable() or "  " in line or line[:1] == " " or line[-1:] == " ":
            return False
    # A blank line, or a line break at either end, would be dropped.
    return len(lines) == 1 or all(lines)


def clean_body(raw: str) -> str:
    """Clean one raw body: NFC, paragraph seams repaired, whitespace normalised.

    Line ends (``\\r\\n``, ``\\r``, U+2028...) become ``"\\n"``, runs of spaces and tabs
    (including no-break spaces) one space, blank lines one line break, and the ends are
    stripped. Accents and typographic apostrophes are kept as written.

    Examples
    --------
    >>> clean_body("  Les autorités\\r\\n\\r\\nont dit.Le  Kremlin\\u00a0a répondu. ")
    'Les autorités\\nont dit.\\nLe Kremlin a répondu.'
    """
    text = normalise_whitespace(unicodedata.normalize("NFC", raw))
    return repair_glued_paragraphs(text)


# The same pattern as one group: re.split then returns the text between sentence ends and
# the ends themselves, without building a match object for each.
_SENTENCE_END_GROUP = re.compile(f"({_SENTENCE_END.pattern})")

# Whether a token before a full stop ends an abbreviation, for the tokens seen so far: the
# same few hundred words end most sentences of a corpus.
_ABBREVIATION_SEEN: dict[str, bool] = {}


def _is_abbreviation(token: str) -> bool:
    known = _ABBREVIATION_SEEN.get(token)
    if known is None:
        known = _ends_abbreviation(token)
        if len(_ABBREVIATION_SEEN) >= 100_000:
            _ABBREVIATION_SEEN.clear()
        _ABBREVIATION_SEEN[token] = known
    return known


def _sentence_ends(text: str) -> list[int]:
    """End offset of every sentence but the last, in order."""
    parts = _SENTENCE_END_GROUP.split(text)
    if len(parts) == 1:
        return []
    # Odd parts are the sentence ends; bounds[index] is where part `index` stops.
    bounds = list(accumulate(map(len, parts)))
    length = len(text)
    seen = _ABBREVIATION_SEEN
    ends = []
    for index in range(1, len(parts), 2):
        mark = parts[index]
        # A line break always ends a sentence; a full stop does not after "M." or "U.S.".
        if mark[0] == "." and "\n" not in mark:
            # The token before the full stop (as _token_before finds it) lies in the text
            # since the previous sentence end, which ends with a space or a line break.
            before = parts[index - 1]
            if before and not before[-1].isspace():
                token = before.rsplit(None, 1)[-1][-40:]
                abbreviation = seen.get(token)
                if abbreviation is None:
                    abbreviation = _is_abbreviation(token)
                if abbreviation:
                    continue
        if bounds[index] < length:
            ends.append(bounds[index])
    return ends


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
    return np.array([0, *_sentence_ends(text)], dtype=np.int64)


def count_sentences(text: str) -> int:
    """Number of sentences in a cleaned text (0 for an empty one).

    Examples
    --------
    >>> count_sentences("Séoul a protesté. Pékin n'a rien dit.")
    2
    """
    if not text.strip():
        return 0
    return 1 + len(_sentence_ends(text))


def word_counts(texts: list[str]) -> np.ndarray:
    """Number of words (:data:`WORD_PATTERN`) in each text, as int64.

    The same as ``len(re.findall(WORD_PATTERN, text))`` for each text, several times
    faster on a corpus: a word is a run of word characters, and two runs make one word when
    a single apostrophe or hyphen joins them, which numpy finds in all the texts at once.

    Examples
    --------
    >>> word_counts(["L'Ukraine et les États-Unis ont signé.", "", "Jong--un 3,5"]).tolist()
    [6, 0, 4]
    """
    counts = np.zeros(len(texts), dtype=np.int64)
    for first in range(0, len(texts), _WORD_BATCH):
        part = texts[first : first + _WORD_BATCH]
        # A NUL (not a word character) after each text, so that no word spans two.
        joined = "\x00".join(part) + "\x00"
        units = np.frombuffer(joined.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
        if len(units) == len(joined):
            kinds = _kind_table()[units]
        else:
            # Characters beyond the Basic Multilingual Plane take two UTF-16 units.
            codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            kinds = _character_kinds(codes)
        word = kinds == _WORD_CHARACTER
        starts_word = word.copy()
        starts_word[1:] &= ~word[:-1]
        joins = np.zeros(len(word), dtype=bool)
        joins[1:-1] = (kinds[1:-1] == _JOINER) & word[:-2] & word[2:]
        lengths = np.fromiter(map(len, part), dtype=np.int64, count=len(part))
        text_starts = np.cumsum(lengths + 1) - lengths - 1
        counts[first : first + len(part)] = np.add.reduceat(
            starts_word, text_starts, dtype=np.int64
        ) - np.add.reduceat(joins, text_starts, dtype=np.int64)
    return counts


_WORD_BATCH = 2000
"""Texts handled together by :func:`word_counts` (about 10 bytes of memory a character)."""

_OTHER, _WORD_CHARACTER, _JOINER = 0, 1, 2
_KIND_TABLE: np.ndarray | None = None


def _kind_table() -> np.ndarray:
    """Word character, joiner or other, for each code point of the Basic Multilingual Plane."""
    global _KIND_TABLE
    if _KIND_TABLE is None:
        table = np.array(
            [chr(code).isalnum() or code == 0x5F for code in range(0x10000)], dtype=np.uint8
        )
        table[[ord(joiner) for joiner in "'’-"]] = _JOINER
        _KIND_TABLE = table
    return _KIND_TABLE


def _character_kinds(codes: np.ndarray) -> np.ndarray:
    """For each code point: word character (``\\w``), joiner (``'``, ``’``, ``-``) or other."""
    kinds = _kind_table()[np.minimum(codes, 0xFFFF)]
    beyond = np.flatnonzero(codes > 0xFFFF)
    if len(beyond):
        # Rare: characters outside the Basic Multilingual Plane (emoji, mathematical letters).
        kinds[beyond] = [
            _WORD_CHARACTER if chr(code).isalnum() else _OTHER for code in codes[beyond].tolist()
        ]
    return kinds


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


def fold(text: str) -> str:
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
    """
    # A table lookup over UTF-16 code units is about ten times faster than str.translate.
    encoded = text.encode("utf-16-le", "surrogatepass")
    units = np.frombuffer(encoded, dtype=np.uint16)
    folded = _FOLD_TABLE[units].tobytes().decode("utf-16-le", "surrogatepass")
    if len(encoded) != 2 * len(text):
        # Rare: characters beyond the BMP went through the table as surrogate pairs.
        folded = _ASTRAL.sub(lambda m: m.group() if m.group().isalnum() else " ", folded)
    return folded


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
