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
    return repair_glued_many([body])[0]


def _repair_by_rule(body: str) -> str:
    """:func:`repair_glued_paragraphs` written plainly with ``_GLUED``, one text at a time.

    The specification that ``tests/test_text.py`` holds :func:`repair_glued_many` to.
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
    return clean_bodies([raw])[0]


def clean_bodies(raws: list[str]) -> list[str]:
    """:func:`clean_body` of each raw body, the paragraph seams found for all at once.

    The same batch scan finds the bodies whose whitespace or Unicode form (NFC) needs
    normalising (one in fifty in the press corpora tried), so that only those are
    normalised one by one.

    Examples
    --------
    >>> clean_bodies(["à Pyeongyang.Lors d'un  briefing", " Fin. "])
    ["à Pyeongyang.\\nLors d'un briefing", 'Fin.']
    """
    return _cleaned_batch(raws).texts


def clean_and_count(raws: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """:func:`clean_bodies`, then the sentences and words of each cleaned body.

    The counts are those of :func:`count_sentences_many` and :func:`word_counts`, taken
    from the scan that cleaned the bodies.

    Examples
    --------
    >>> cleaned, sentences, words = clean_and_count(["Oui.Non. L'ONU", " "])
    >>> cleaned, sentences.tolist(), words.tolist()
    (["Oui.\\nNon. L'ONU", ''], [3, 0], [3, 0])
    """
    if not raws:
        return [], np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    batch = _cleaned_batch(raws)
    if batch.astral:
        words = word_counts(batch.texts)
    else:
        words = _count_words(_kind_table()[batch.units], batch.starts)
    return batch.texts, _sentence_counts(batch), words


def _cleaned_batch(raws: list[str]) -> _Batch:
    """The batch of the cleaned bodies, made from the scan of the raw ones."""
    texts = list(raws)
    batch = _Batch(texts)
    # Most bodies are in NFC with even whitespace already: the batch finds the others.
    uneven = batch.needing_cleaning().tolist()
    if uneven:
        batch = batch.replaced(
            {i: normalise_whitespace(unicodedata.normalize("NFC", texts[i])) for i in uneven}
        )
    return batch.with_breaks(_seams(batch))


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
    """End offset of every sentence but the last, in order, found with ``_SENTENCE_END``.

    The plain statement of the sentence rule, one text at a time: the specification that
    ``tests/test_text.py`` holds :func:`sentence_ends_many` to.
    """
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
        lengths = np.fromiter(map(len, part), dtype=np.int64, count=len(part))
        text_starts = np.cumsum(lengths + 1) - lengths - 1
        counts[first : first + len(part)] = _count_words(kinds, text_starts)
    return counts


def _count_words(kinds: np.ndarray, text_starts: np.ndarray) -> np.ndarray:
    """Words of texts joined by NULs, from the kind of each character and where texts start."""
    word = kinds == _WORD_CHARACTER
    # Where each word starts: a run of word characters that a single joiner does not tie
    # to the run before it.
    starts_word = np.empty(len(word), dtype=bool)
    starts_word[:1] = word[:1]
    np.greater(word[1:], word[:-1], out=starts_word[1:])
    starts_word[2:] &= ~((kinds[1:-1] == _JOINER) & word[:-2])
    first = np.flatnonzero(starts_word)
    # Texts are few beside words: find each text's first word rather than each word's text.
    bounds = np.append(np.searchsorted(first, text_starts), len(first))
    return np.diff(bounds).astype(np.int64)


_WORD_BATCH = 2000
"""Texts handled together by :func:`word_counts` (about 10 bytes of memory a character)."""

_OTHER, _WORD_CHARACTER, _JOINER = 0, 1, 2
_KIND_TABLE: np.ndarray | None = None


def character_tables() -> None:
    """Build the tables of the batch functions now (a tenth of a second), not at first use."""
    _kind_table()
    _tables()
    _classes()


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


# --------------------------------------------------------------------------- batch scans
#
# The same rules as the regular expressions above (``_GLUED`` and ``_SENTENCE_END``), run
# over many texts at once. numpy finds the few characters the rules start from (marks and
# line breaks) in the whole batch, then settles every rule for all of them together by
# looking at the characters around them, so that Python only reads the words before some
# full stops. ``tests/test_text.py`` checks with hypothesis that both give the same answers.

_SPACE, _MARK, _CLOSER, _CAPITAL_LETTER, _DIGIT, _GUILLEMET, _QUOTE, _PARENTHESIS = (
    1 << bit for bit in range(8)
)
_URL_PART, _UPPER = 1 << 8, 1 << 9  # "/" and "@"; upper-case letters
_TABLES: tuple[np.ndarray, np.ndarray] | None = None
_NOT_SPACE = re.compile(r"\S")


def _tables() -> tuple[np.ndarray, np.ndarray]:
    """The class bits of each code point of the Basic Multilingual Plane, and where to look.

    ``_SPACE`` is what ``\\s`` matches (``str.isspace``); the other classes are the
    character sets of ``_GLUED`` and ``_SENTENCE_END``. U+FFFF, which stands for every
    character beyond the plane, is in none of the classes of the rules. The second table
    marks the characters the scans start from: marks, line breaks, full stops, ``/``,
    ``@`` and U+FFFF.
    """
    global _TABLES
    if _TABLES is None:
        table = np.zeros(0x10000, dtype=np.uint16)
        table[[code for code in range(0x10000) if chr(code).isspace()]] |= _SPACE
        # Upper case as str.isupper() says; U+FFFF too, since letters beyond the plane can be.
        table[[code for code in range(0x10000) if chr(code).isupper()] + [0xFFFF]] |= _UPPER
        capitals = [*range(ord("A"), ord("Z") + 1), *range(0xC0, 0xD7), *range(0xD8, 0xDF)]
        for characters, bit in (
            (_MARKS, _MARK),
            ('»”")]', _CLOSER),
            ([chr(code) for code in capitals] + ["Œ", "Ÿ"], _CAPITAL_LETTER),
            ("0123456789", _DIGIT),
            ("«", _GUILLEMET),
            ('“"', _QUOTE),
            ("(", _PARENTHESIS),
            ("/@", _URL_PART),
        ):
            table[[ord(character) for character in characters]] |= bit
        looked_at = (table & (_MARK | _URL_PART)) != 0
        looked_at[[ord("\n"), 0xFFFF]] = True
        _TABLES = table, looked_at
    return _TABLES


_CLASSES: np.ndarray | None = None
_LOOK, _ODD = 1, 2  # a character the scans start from; one that makes a body need cleaning


def _classes() -> np.ndarray:
    """For each code point of the plane: whether the scans start from it, whether it is odd.

    Odd: whitespace other than a space or line break, which :func:`normalise_whitespace`
    changes, or a character that can make a text change under NFC normalisation: one that
    NFC changes on its own, a combining mark, or the second character of a canonical
    composition (Hangul vowels and final consonants included). A text with none of these
    is in NFC, since no two of its characters can compose or be reordered. U+FFFF, which
    stands for characters beyond the plane, and surrogates are odd too.
    """
    global _CLASSES
    if _CLASSES is None:
        table, looked_at = _tables()
        classes = looked_at.astype(np.uint8) * _LOOK
        odd = (table & _SPACE) != 0
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
        classes[odd] |= _ODD
        _CLASSES = classes
    return _CLASSES


_TAIL = 4
"""NULs after the last text of a batch: the rules look up to two characters past a position."""


class _Batch:
    """Texts joined by NULs, which end a text for every rule, as code points."""

    def __init__(self, texts: list[str]):
        classes = _classes()
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
        self.odd = hits[(kinds & _ODD) != 0]
        self._index(hits[(kinds & _LOOK) != 0])

    def _index(self, found: np.ndarray) -> None:
        """Sort out ``found``, the positions of the characters the scans start from."""
        table = self.table = _tables()[0]
        self.found = found
        kinds = self.units[found]
        self.breaks = found[kinds == ord("\n")]
        # Characters that make a word more than a plain word (see _word_keys).
        self.specials = found[
            (kinds == ord(".")) | (kinds == 0xFFFF) | ((table[kinds] & _URL_PART) != 0)
        ]
        marks = found[(table[kinds] & _MARK) != 0]
        new_run = np.ones(len(marks), dtype=bool)
        new_run[1:] = np.diff(marks) > 1
        last_of_run = np.ones(len(marks), dtype=bool)
        last_of_run[:-1] = new_run[1:]
        self.run_starts = marks[new_run]
        self.run_ends = marks[last_of_run] + 1

    @classmethod
    def of_spans(
        cls, texts: list[str], units: np.ndarray, starts: np.ndarray, lengths: np.ndarray
    ) -> _Batch:
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
        new._index(np.flatnonzero(_tables()[1][new.units]))
        return new

    def replaced(self, changes: dict[int, str]) -> _Batch:
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
            return _Batch(texts)
        order = sorted(changes)
        pieces, position = [], 0
        for index in order:
            pieces += [
                self.units[position : self.starts[index]],
                np.frombuffer(encoded[index], np.uint16),
            ]
            position = self.stops[index]
        pieces.append(self.units[position:])
        new = object.__new__(_Batch)
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
        looked_at = _tables()[1]
        added = [
            np.flatnonzero(looked_at[new.units[new.starts[i] : new.stops[i]]]) + new.starts[i]
            for i in order
        ]
        new._index(np.sort(np.concatenate([moved, *added])))
        return new

    def with_breaks(self, positions: np.ndarray) -> _Batch:
        """The batch of these texts with a line break put before each position.

        ``positions`` are sorted, each inside a text, so that the new batch is made by
        moving this one's arrays rather than by reading the texts again.
        """
        new = object.__new__(_Batch)
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
        """The texts that NFC or :func:`normalise_whitespace` could change, by index.

        Those with an odd character (see :func:`_classes`), two spaces or line breaks in a
        row, or one at either end.
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
        return (self.table[self.units[positions]] & bits) != 0

    def after_spaces(self, positions: np.ndarray) -> np.ndarray:
        """The first position from each of ``positions`` that is not a space."""
        found = positions.copy()
        moving = np.flatnonzero(self.has(found, _SPACE))
        for _ in range(16):
            if not len(moving):
                return found
            found[moving] += 1
            moving = moving[self.has(found[moving], _SPACE)]
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
            moving = moving[(before >= floor[moving]) & ~self.has(before, _SPACE)]
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
        return np.searchsorted(self.starts, positions, side="right") - 1

    def capital_follows(self, positions: np.ndarray, capital: int, openers: int) -> np.ndarray:
        """Whether each position starts ``(?:«\\s?|[openers])?[capital]``."""
        guillemet = self.has(positions, _GUILLEMET) & (
            self.has(positions + 1, capital)
            | (self.has(positions + 1, _SPACE) & self.has(positions + 2, capital))
        )
        opened = self.has(positions, openers) & self.has(positions + 1, capital)
        return self.has(positions, capital) | guillemet | opened


def repair_glued_many(texts: list[str]) -> list[str]:
    """:func:`repair_glued_paragraphs` of each text, found for all the texts at once.

    Examples
    --------
    >>> repair_glued_many(["à Pyeongyang.Lors d'un briefing", "M.Kim est là.Il parle."])
    ["à Pyeongyang.\\nLors d'un briefing", 'M.Kim est là.\\nIl parle.']
    """
    if not texts:
        return []
    batch = _Batch(texts)
    return batch.texts_with_breaks(_seams(batch))


def _seams(batch: _Batch) -> np.ndarray:
    """Where the texts of ``batch`` take a line break (before each position), in order."""
    texts = batch.texts
    starts, ends = batch.run_starts, batch.run_ends
    # The closing quote is taken when there is one, then a capital must follow.
    after = ends + batch.has(ends, _CLOSER)
    glued = batch.capital_follows(after, _CAPITAL_LETTER, _QUOTE)
    starts, ends, after = starts[glued], ends[glued], after[glued]
    text = batch.text_of(starts)
    seam = np.ones(len(starts), dtype=bool)
    # A full stop alone is no seam after a title, an initial or a web address, nor when an
    # initialism goes on after it ("U.S.A."); "D.C.QUESTION" is a seam.
    alone = np.flatnonzero((ends - starts == 1) & (batch.units[starts] == ord(".")))
    stops = starts[alone]
    begins = batch.word_starts(stops, 40)
    plain, keys = _word_keys(batch, begins, stops)
    no_word = begins == stops
    plain |= no_word
    initial = (stops - begins == 1) & batch.has(stops - 1, _UPPER)
    kept = _is_in(keys, _TITLE_KEYS) | initial
    next_initial = (batch.units[after[alone] + 1] == ord(".")) & batch.has(
        after[alone], _CAPITAL_LETTER
    )
    seam[alone[plain]] = (no_word | (~kept & ~next_initial))[plain]
    for index in alone[~plain].tolist():
        body = texts[text[index]]
        offset = int(batch.starts[text[index]])
        start, stop = int(starts[index]) - offset, int(after[index]) - offset
        seam[index] = _is_seam(_token_before(body, start), body[stop : stop + 2])
    return after[seam]


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
    return _sentence_ends_of(_Batch(texts))


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
    return _sentence_ends_of(_Batch.of_spans(texts, units, starts, lengths))


def _sentence_ends_of(batch: _Batch) -> tuple[np.ndarray, np.ndarray]:
    p = batch.run_ends
    capital, openers = _CAPITAL_LETTER | _DIGIT, _QUOTE | _PARENTHESIS
    # After the marks: an optional space and closing quote, spaces, then a capital; the
    # regular expression tries it with the closing quote first, then without.
    space_at_p = batch.has(p, _SPACE)
    quote_end = np.where(space_at_p & batch.has(p + 1, _CLOSER), p + 2, -1)
    quote_end = np.where((quote_end < 0) & batch.has(p, _CLOSER), p + 1, quote_end)
    quoted = np.flatnonzero(quote_end >= 0)
    quoted = quoted[batch.has(quote_end[quoted], _SPACE)]
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


def _after_abbreviation(batch: _Batch, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Which sentence-end matches are a full stop after an abbreviation or an initial.

    As in :func:`_sentence_ends`: only a full stop whose match takes in no line break,
    written just after a word (the run of non-spaces before it, at most 40 characters).
    """
    taken_break = np.searchsorted(batch.breaks, ends) > np.searchsorted(batch.breaks, starts)
    candidate = (batch.units[starts] == ord(".")) & ~taken_break
    candidate &= ~batch.has(starts - 1, _SPACE)
    candidate &= starts > batch.starts[batch.text_of(starts)]
    found = np.zeros(len(starts), dtype=bool)
    where = np.flatnonzero(candidate)
    stops = starts[where]
    begins = batch.word_starts(stops, 40)
    plain, keys = _word_keys(batch, begins, stops)
    # A plain word is an abbreviation if it is one of the list, or an initial.
    found[where[plain]] = (
        _is_in(keys[plain], _ABBREVIATION_KEYS)
        | ((stops - begins == 1) & batch.has(stops - 1, _UPPER))[plain]
    )
    other = ~plain
    seen = _ABBREVIATION_SEEN
    tokens = batch.pieces(begins[other], stops[other])
    found[where[other]] = [
        known if (known := seen.get(token)) is not None else _is_abbreviation(token)
        for token in tokens
    ]
    return found


def _word_keys(batch: _Batch, begins: np.ndarray, stops: np.ndarray):
    """Which words ``[begin, stop)`` numpy can judge, and a key for each.

    A plain word has no full stop, ``/``, ``@``, character beyond the plane, or opening
    quote or bracket first, so that it is its own stem, cannot be a web address, and is an
    initial only as one capital letter. Its key is that of :func:`_key_of`.
    """
    specials = batch.specials
    plain = np.searchsorted(specials, stops) == np.searchsorted(specials, begins)
    plain &= ~batch.has(begins, _GUILLEMET | _QUOTE | _PARENTHESIS)
    plain &= batch.units[begins] != ord("[")
    lengths = stops - begins
    keys = np.where((lengths >= 1) & (lengths <= _KEY_LENGTH), lengths, -1)
    for offset in range(_KEY_LENGTH):
        inside = offset < lengths
        code = batch.units[np.where(inside, begins + offset, begins)].astype(np.int64)
        keys = np.where(code < 256, keys | np.where(inside, code << (3 + 8 * offset), 0), -1)
    return plain, keys


_KEY_LENGTH = 6


def _key_of(word: str) -> int:
    """Length and characters of a word of up to six Latin-1 characters in one integer."""
    key = len(word)
    for offset, character in enumerate(word):
        key |= ord(character) << (3 + 8 * offset)
    return key


def _is_in(keys: np.ndarray, known: np.ndarray) -> np.ndarray:
    """``np.isin(keys, known)`` for a sorted ``known``, by binary search (several times faster)."""
    if not len(known):
        return np.zeros(len(keys), dtype=bool)
    found = np.minimum(np.searchsorted(known, keys), len(known) - 1)
    return known[found] == keys


def _keys_of(words) -> np.ndarray:
    return np.array(
        sorted(
            _key_of(word)
            for word in words
            if 1 <= len(word) <= _KEY_LENGTH and all(ord(c) < 256 for c in word) and "." not in word
        ),
        dtype=np.int64,
    )


_ABBREVIATION_KEYS = _keys_of(ABBREVIATIONS)
_TITLE_KEYS = _keys_of(TITLES)


def count_sentences_many(texts: list[str]) -> np.ndarray:
    """:func:`count_sentences` of each text, as int64.

    Examples
    --------
    >>> count_sentences_many(["Séoul a protesté. Pékin n'a rien dit.", " ", "Oui"]).tolist()
    [2, 0, 1]
    """
    if not texts:
        return np.zeros(0, dtype=np.int64)
    return _sentence_counts(_Batch(texts))


def _sentence_counts(batch: _Batch) -> np.ndarray:
    text, _ = _sentence_ends_of(batch)
    counts = np.bincount(text, minlength=len(batch.texts)).astype(np.int64) + 1
    counts[[index for index, body in enumerate(batch.texts) if not body.strip()]] = 0
    return counts
