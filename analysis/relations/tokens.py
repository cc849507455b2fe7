"""Words of a sentence with their offsets and lemmas, as the trigger lookup and the rules see them.

Tokens are words (``Etats-Unis`` is one; a heading run into its sentence, "StateBy", is
two, parted by an empty full stop), abbreviations (``U.S.``, ``E.O.``: their dots do
not end a clause), French elided words (``l'``, ``n'``, ``qu'``), the English ``n't`` and
``'s``, initials (``E.`` Macron), titles before a name with their full stop (``Dr.``
Tedros, ``Mr.`` Kishida: :data:`analysis.text.rules.TITLES`), and single punctuation
marks. A word that holds two
mentions (``américano-russe``, ``U.S.-Turkey``) is cut where they begin and end, so that
each is an actor of its own.
Lemmas come from ``simplemma``, which ships its data: nothing is downloaded. French past
participles that ``simplemma`` leaves as they are (``condamné``, ``envahi``) are matched
through the forms :func:`participles` derives from the verb.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import NamedTuple

from analysis.text.rules import TITLES

__all__ = [
    "ELISIONS",
    "TOKEN_PATTERN",
    "Token",
    "french_infinitive",
    "french_infinitives",
    "is_french_participle",
    "lemma",
    "participles",
    "tokenize",
    "verb_lemmas",
]

TOKEN_PATTERN = re.compile(
    r"\w+(?=n['’]t\b)|n['’]t\b"  # English negation: did|n't
    r"|\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?= ?\w)"  # elision: l'Ukraine, scraped l’ Italie
    r"|['’]s\b"  # English possessive: Russia|'s
    r"|(?:[^\W\d_]\.){2,}(?![^\W\d_])|[^\W\d_]\.[^\W\d_]\b"  # abbreviation: U.S., E.O., U.S
    r"|\b[A-Z]\.(?= [A-Z])"  # an initial: E. Macron, Antony J. Blinken
    # a title before a name, with its full stop: Dr. Tedros, Mr. Kishida
    r"|(?-i:\b(?:"
    + "|".join(map(re.escape, sorted(TITLES, key=len, reverse=True)))
    + r")\.(?= [A-Z]))"
    r"|\d+(?:[.,]\d+)+"  # a number with its decimal point or separators: 1.2, 3,5, 1,000
    r"|\w+(?:-\w+)*"  # a word, hyphens inside (Etats-Unis, Kim Jong-un)
    r"|[^\w\s]",  # a punctuation mark
    re.IGNORECASE,
)
"""What a token is (see the module's docstring)."""

ELISIONS = {
    "l'": "le",
    "d'": "de",
    "n'": "ne",
    "s'": "se",
    "c'": "ce",
    "j'": "je",
    "m'": "me",
    "t'": "te",
    "qu'": "que",
    "jusqu'": "jusque",
    "lorsqu'": "lorsque",
    "puisqu'": "puisque",
    "n't": "not",
    "'s": "'s",
}
"""Elided and clitic forms, with the word they stand for."""


class Token(NamedTuple):
    """One token: its offsets in the text, its lower-case form and its lemma."""

    start: int
    end: int
    lower: str
    lemma: str

    @property
    def is_word(self) -> bool:
        return self.lower[:1].isalnum() or self.lower in ELISIONS.values()


def french_infinitive(token: Token) -> bool:
    """Whether a French token is a verb's infinitive: its own lemma, ending in -er, -ir or
    -re (« soutenir », « se rendre »; not « soutient », « rencontre »... whose lemma
    differs, nor nouns such as « accord »)."""
    return token.lower == token.lemma and token.lemma.endswith(("er", "ir", "re"))


def tokenize(
    text: str, language: str, start: int = 0, end: int | None = None, cuts=()
) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    ``cuts`` are offsets where a token must end (the bounds of mentions): a word that
    holds one inside is cut there, and the hyphens at the cut become tokens of their own.

    Examples
    --------
    >>> [t.lemma for t in tokenize("La Chine n'a pas condamné la Russie.", "fr")]
    ['le', 'chine', 'ne', 'avoir', 'pas', 'condamné', 'le', 'russie', '.']
    >>> [t.lower for t in tokenize("China didn't condemn Russia's war", "en")]
    ['china', 'did', 'not', 'condemn', 'russia', "'s", 'war']
    >>> [t.lower for t in tokenize("the U.S.-Turkey talks", "en")]
    ['the', 'u.s.', '-', 'turkey', 'talks']
    >>> [t.lower for t in tokenize("le rapprochement américano-russe", "fr", cuts=(26, 27))]
    ['le', 'rapprochement', 'américano', '-', 'russe']
    >>> [t.lower for t in tokenize("E. Macron", "fr")]
    ['e.', 'macron']
    >>> [t.lower for t in tokenize("Secretary of StateBy suspending", "en")]
    ['secretary', 'of', 'state', '.', 'by', 'suspending']
    """
    end = len(text) if end is None else end
    lowered = text[start:end].lower()
    if len(lowered) != end - start:  # a letter whose lower case is longer: one at a time
        lowered = "".join(character.lower()[:1] for character in text[start:end])
    spans = [match.span() for match in TOKEN_PATTERN.finditer(text, start, end)]
    words = [lowered[a - start : b - start] for a, b in spans]
    words = [_elided(word) if "'" in word or "’" in word else word for word in words]
    lemmas = _LEMMAS.setdefault(language, {})
    lemmas_of = [lemmas.get(word) or _lemma_of(word, language) for word in words]
    # tuple.__new__ is Token(...) without its Python-level constructor: many are made.
    new = tuple.__new__
    tokens = [
        new(Token, (a, b, word, found))
        for (a, b), word, found in zip(spans, words, lemmas_of, strict=True)
    ]
    glued = [match.start() for match in _GLUED.finditer(text, start, end)]
    if not cuts and not glued:
        return tokens
    return _recut(text, language, tokens, sorted(set(cuts)), glued)


def _recut(text: str, language: str, tokens: list[Token], cuts: list[int], glued: list[int]):
    """The tokens with those that hold a cut or a glued heading cut there."""
    starts = [token.start for token in tokens]
    broken = set()
    for point in (*cuts, *glued):
        index = bisect.bisect_right(starts, point) - 1
        if index >= 0 and tokens[index].start < point < tokens[index].end:
            broken.add(index)
    if not broken:
        return tokens
    found = []
    for index, token in enumerate(tokens):
        if index in broken:
            found.extend(_cut(text, language, token.start, token.end, cuts, glued))
        else:
            found.append(token)
    return found


def _elided(word: str) -> str:
    word = word.replace("’", "'")
    return ELISIONS.get(word, word)


_LEMMAS: dict[str, dict[str, str]] = {}
"""Per language, the lemmas already looked up (a dictionary is quicker than a cache)."""


def _lemma_of(word: str, language: str) -> str:
    lemmas = _LEMMAS[language]
    if len(lemmas) > 500_000:
        lemmas.clear()  # a bound on memory for very large vocabularies
    found = lemmas[word] = lemma(word, language)
    return found


def _cut(text: str, language: str, a: int, b: int, cuts: list[int], glued: list[int]):
    """The tokens of a word that holds the bound of a mention or a heading run into it."""
    # A mention "U.S" keeps the final dot of its abbreviation.
    inside = [cut for cut in cuts if a < cut < b and text[cut:b] != "."]
    middle = next((point for point in glued if a < point < b), None)
    if middle is None:
        return _words(text, language, a, b, inside)
    # A heading run into its sentence ("Secretary of StateBy suspending"): the two are
    # parted by an empty full stop.
    return [
        *_words(text, language, a, middle, inside),
        Token(middle, middle, ".", "."),
        *_words(text, language, middle, b, inside),
    ]


_GLUED = re.compile(r"(?<=[a-z]{4})(?=[A-Z][a-z])")
"""Where a lower-case word runs into a capitalised one: a heading without its line break."""


def _words(text: str, language: str, a: int, b: int, cuts: list[int]) -> list[Token]:
    """The tokens of the word ``text[a:b]``, cut at ``cuts`` (see :func:`_pieces`)."""
    tokens = []
    inside = [cut for cut in cuts if a < cut < b]
    for piece_start, piece_end in _pieces(text, a, b, inside) if inside else ((a, b),):
        word = text[piece_start:piece_end].lower()
        if "’" in word:
            word = word.replace("’", "'")
        word = ELISIONS.get(word, word)
        tokens.append(Token(piece_start, piece_end, word, lemma(word, language)))  # rare
    return tokens


def _pieces(text: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """The spans of a word cut at ``cuts``, with the hyphens at the cuts apart."""
    bounds = [start, *cuts, end]
    pieces = []
    for a, b in itertools.pairwise(bounds):
        while a < b and text[a] in "-‐–":
            pieces.append((a, a + 1))
            a += 1
        tail = []
        while b > a and text[b - 1] in "-‐–":
            tail.append((b - 1, b))
            b -= 1
        if a < b:
            pieces.append((a, b))
        pieces.extend(reversed(tail))
    return pieces


_VERB_FORMS = {
    "en": {"shot": "shoot", "broke": "break", "swore": "swear", "sworn": "swear", "left": "leave"},
    "fr": {"dément": "démentir", "démens": "démentir"},
}  # fmt: skip
"""Verb forms ``simplemma`` leaves as they are or reads as another word: English pasts ("shot
down", "broke off relations") and French presents it takes for adjectives (« Moscou dément »)."""


@functools.lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """The lemma of a lower-case word (the word itself when ``simplemma`` has none).

    >>> lemma("accusent", "fr"), lemma("condemned", "en"), lemma("shot", "en")
    ('accuser', 'condemn', 'shoot')
    >>> lemma("dément", "fr")  # not the adjective
    'démentir'
    """
    if not word[:1].isalpha():
        return word
    form = _VERB_FORMS.get(language, {}).get(word)
    if form:
        return form
    try:
        import simplemma
    except ImportError as error:  # pragma: no cover - a declared dependency
        raise ImportError(
            "finding relations needs the package simplemma: pip install simplemma"
        ) from error
    try:
        return simplemma.lemmatize(word, lang=language).lower()
    except ValueError:  # a language simplemma does not know
        return word


_FRENCH_PARTICIPLES = (
    ("mettre", "mis"),
    ("prendre", "pris"),
    ("quérir", "quis"),
    ("enir", "enu"),
    ("cevoir", "çu"),
    ("voir", "vu"),
    ("vrir", "vert"),
    ("frir", "fert"),
    ("indre", "int"),
    ("uire", "uit"),
    ("dire", "dit"),
    ("crire", "crit"),
    ("faire", "fait"),
    ("clure", "clu"),
    ("soudre", "solu"),
    ("suivre", "suivi"),
    ("er", "é"),
    ("ir", "i"),
    ("re", "u"),
)
"""Endings of French infinitives and of their past participles, irregular ones first
(soutenir: soutenu, mettre: mis, rejoindre: rejoint, interdire: interdit, recevoir: reçu)."""


@functools.lru_cache(maxsize=20_000)
def participles(verb: str, language: str) -> tuple[str, ...]:
    """The past participles of a French verb, which ``simplemma`` often leaves unlemmatised
    or reads as the masculine form (« soutenue » as ``soutenu``).

    >>> participles("condamner", "fr"), participles("envahir", "fr")[:2]
    (('condamné', 'condamnée', 'condamnés', 'condamnées'), ('envahi', 'envahie'))
    >>> participles("soutenir", "fr")[1], participles("mettre", "fr")
    ('soutenue', ('mis', 'mise', 'mises'))
    >>> participles("condemn", "en")
    ()
    """
    if language != "fr" or len(verb) < 4:
        return ()
    for ending, participle in _FRENCH_PARTICIPLES:
        if verb.endswith(ending):
            base = verb[: -len(ending)] + participle
            plural = () if base.endswith("s") else (base + "s",)
            return (base, base + "e", *plural, base + "es")
    return ()


def verb_lemmas(token: Token, language: str) -> set[str]:
    """The infinitives a verb form may come from: its lemma, and for a French form that
    ``simplemma`` reads as a noun or leaves as it is (« annonce », « imposées »), the verbs in
    -er and -ir it may be a form of.

    >>> sorted(verb_lemmas(tokenize("imposées", "fr")[0], "fr"))
    ['imposer', 'imposées']
    >>> "soutenir" in verb_lemmas(tokenize("soutenues", "fr")[0], "fr")
    True
    """
    found = {token.lemma, token.lower}
    if language == "fr":
        found |= french_infinitives(token.lower)
    return found


@functools.lru_cache(maxsize=200_000)
def french_infinitives(word: str) -> frozenset[str]:
    """The -er, -ir and irregular infinitives a lower-case French form may be of.

    >>> "accuser" in french_infinitives("accusé"), "soutenir" in french_infinitives("soutenues")
    (True, True)
    """
    found = set()
    for ending in ("ées", "és", "ée", "é", "ent", "es", "e"):
        if word.endswith(ending):  # imposées, imposent, impose: imposer
            found.add(word[: -len(ending)] + "er")
            break
    for ending in ("ies", "is", "ie", "i"):
        if word.endswith(ending):
            found.add(word[: -len(ending)] + "ir")
            break
    return frozenset(found | _irregular_infinitives(word))


def is_english_past(token: Token) -> bool:
    """Whether an English token is a past form: "-ed", or a form whose lemma differs that
    is no "-s" or "-ing" form ("met", "spoke", "shot").

    >>> [is_english_past(t) for t in tokenize("met meets meeting condemned talk", "en")]
    [True, False, False, True, False]
    """
    lower = token.lower
    return lower.endswith("ed") or (
        lower != token.lemma and not lower.endswith(("s", "ing")) and lower.isalpha()
    )


def is_french_participle(token: Token) -> bool:
    """Whether a French token is a past participle of a verb it may be a form of
    (« imposées », « soutenue », « mis »)."""
    return any(token.lower in participles(verb, "fr") for verb in verb_lemmas(token, "fr"))


def _irregular_infinitives(word: str) -> set[str]:
    """The infinitives whose irregular past participle ``word`` may be (« soutenues »:
    soutenir, « rejointe »: rejoindre)."""
    for ending, participle in _FRENCH_PARTICIPLES[:-3]:
        for agreement in ("es", "e", "s", ""):
            form = participle + agreement
            if word.endswith(form) and len(word) > len(form):
                return {word[: -len(form)] + ending}
            if word == form and ending in ("mettre", "prendre"):
                return {ending}
    return set()
