"""Cleaning of scraped bodies: glued paragraphs, whitespace, sentences, folding."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text import (
    WORD_PATTERN,
    clean_and_count,
    clean_bodies,
    clean_body,
    count_sentences,
    count_sentences_many,
    fold,
    normalise_whitespace,
    repair_glued_many,
    repair_glued_paragraphs,
    rules,
    sentence_ends_many,
    sentence_starts,
)
from analysis.text.batch import ODD, character_classes
from analysis.text.scan import abbreviation_tables

# --------------------------------------------------------------------------- the rules
#
# The rules of the batch scanner, written plainly with regular expressions, one text at a
# time: the specification that the property tests below hold the scanner to.

CAPITAL = "A-ZÀ-ÖØ-ÞŒŸ"
# A full stop, question or exclamation mark glued to the capital letter (or opening quote)
# that starts the next scraped paragraph. French quotes open with a space ("« Nous").
GLUED = re.compile(rf"(?P<mark>[.!?…]+)(?P<close>[»”\")\]]?)(?=(?:«\s?|[“\"])?[{CAPITAL}])")
# A sentence end: a line break, or marks, an optional closing quote (after a space in
# French: ". »"), spaces, then a capital letter, a digit or an opening quote or bracket.
SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=\n)\n*|(?<=[.!?…])[.!?…]*(?:\s?[»”\")\]])?\s+"
    rf"(?=(?:«\s?|[“\"(])?[{CAPITAL}0-9]))"
)
URL_LIKE = re.compile(r"(?:://|www\.|@|\.[a-z]{2,4}/)", re.IGNORECASE)


def token_before(text: str, position: int) -> str:
    """The run of non-space characters that ends at ``position``, at most 40 back."""
    window = text[max(0, position - 40) : position]
    return "" if not window or window[-1].isspace() else window.split()[-1]


def stem(token: str) -> str:
    return token.lstrip('«“"([')


def is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def ends_abbreviation_by_rule(token: str) -> bool:
    """An abbreviation of the list, an initial (also ``U.S``), or a web address."""
    word = stem(token)
    if not word:
        return False
    last = word.rsplit(".", 1)[-1]
    return word in rules.ABBREVIATIONS or is_initial(last) or bool(URL_LIKE.search(word))


def ends_anyway_by_rule(token: str, text_after: str) -> bool:
    """After an abbreviation, the sentence ends all the same before a word that opens one,
    when the abbreviation is an initialism (``U.S. They``), or before any capital when it
    closes a place name (``D.C. Secretary``)."""
    word = stem(token)
    following = re.match(r"[^\W\d_]*", text_after).group()
    if "." not in word:
        return False
    if word in rules.CLOSING_ABBREVIATIONS:
        return following[:1].isupper()
    return following in rules.SENTENCE_OPENERS


def is_seam_by_rule(token: str, following: str) -> bool:
    """A full stop is a seam unless after a title, an initial, a web address, or inside an
    initialism (``U.S.A.``)."""
    word = stem(token)
    if not word:
        return True
    if word in rules.TITLES or is_initial(word) or URL_LIKE.search(word):
        return False
    return not (len(following) > 1 and following[1] == "." and following[0].isupper())


def repair_by_rule(body: str) -> str:
    """:func:`repair_glued_paragraphs`, one match of ``GLUED`` at a time."""
    pieces, copied = [], 0
    for match in GLUED.finditer(body):
        end = match.end()
        following = body[end : end + 2]
        if match["mark"] == "." and not is_seam_by_rule(
            token_before(body, match.start()), following
        ):
            continue
        pieces += (body[copied:end], "\n")
        copied = end
    return "".join(pieces) + body[copied:]


def sentence_ends_by_rule(text: str) -> list[int]:
    """End offset of every sentence but the last, one match of ``SENTENCE_END`` at a time."""
    ends = []
    for match in SENTENCE_END.finditer(text):
        mark = match.group()
        # A line break always ends a sentence; a full stop does not after "M." or "U.S.".
        after_abbreviation = mark[0] == "." and "\n" not in mark
        token = token_before(text, match.start())
        if (
            after_abbreviation
            and ends_abbreviation_by_rule(token)
            and not ends_anyway_by_rule(token, text[match.end() :])
        ):
            continue
        if match.end() < len(text):
            ends.append(match.end())
    return ends


def clean_by_rule(raw: str) -> str:
    return repair_by_rule(normalise_whitespace(unicodedata.normalize("NFC", raw)))


# --------------------------------------------------------------------------- examples


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # seams: a sentence end glued to the capital letter of the next paragraph
        ("visite à Pyeongyang.Lors d'un briefing", "visite à Pyeongyang.\nLors d'un briefing"),
        ("programme nord-coréen.Les autorités", "programme nord-coréen.\nLes autorités"),
        ("de l'ONU.Le Conseil", "de l'ONU.\nLe Conseil"),
        ("de l’ONU.Le Conseil", "de l’ONU.\nLe Conseil"),
        ("vraiment?Le Kremlin", "vraiment?\nLe Kremlin"),
        ("Assez!Les sanctions", "Assez!\nLes sanctions"),
        ("et ensuite…Le lendemain", "et ensuite…\nLe lendemain"),
        ("la ville de Valence .Il a", "la ville de Valence .\nIl a"),
        ("a-t-il dit.»Le lendemain", "a-t-il dit.»\nLe lendemain"),
        ("( Argentine ).« Un accident", "( Argentine ).\n« Un accident"),
        ("Uzra Zeya.“The Abraham Accords", "Uzra Zeya.\n“The Abraham Accords"),
        ("au cours de l'été.Élisabeth Borne", "au cours de l'été.\nÉlisabeth Borne"),
        # an abbreviation glued to a capitalised word ends a paragraph too
        ("Washington, D.C.QUESTION: Good morning", "Washington, D.C.\nQUESTION: Good morning"),
        ("for the U.S.MR VASQUEZ: Adames", "for the U.S.\nMR VASQUEZ: Adames"),
        ("Roger Hanin, etc.Il apparaît", "Roger Hanin, etc.\nIl apparaît"),
        ("at state.gov.The release", "at state.gov.\nThe release"),
        # not seams
        ("les U.S. Marines", "les U.S. Marines"),
        ("the U.S.A. and Canada", "the U.S.A. and Canada"),
        ("the U.S.A.The end", "the U.S.A.\nThe end"),
        ("M. Kim Jong-un", "M. Kim Jong-un"),
        ("M.Kim a répondu", "M.Kim a répondu"),
        ("John F.Kennedy", "John F.Kennedy"),
        ("Dr.Smith", "Dr.Smith"),
        ("une hausse de 3.5 %", "une hausse de 3.5 %"),
        ("une hausse de 3,5 %", "une hausse de 3,5 %"),
        ("voir www.state.gov/Remarks", "voir www.state.gov/Remarks"),
        ("voir https://example.org/A.B", "voir https://example.org/A.B"),
        ("Kim Jong-un", "Kim Jong-un"),
        ("il est parti.le lendemain", "il est parti.le lendemain"),
        ("en 2023.2024 sera", "en 2023.2024 sera"),
    ],
)
def test_repair_glued_paragraphs(body, expected):
    result = repair_glued_paragraphs(body)
    assert result == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAéÉ.?! «»“\"'’-3MUSKwo/:\n", max_size=60))
def test_repair_only_inserts_line_breaks(body):
    result = repair_glued_paragraphs(body)
    assert result.replace("\n", "") == body.replace("\n", "")
    assert result.count("\n") >= body.count("\n")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Les autorités\r\n\r\nont dit.  ", "Les autorités\nont dit."),
        ("ligne un\rligne deux", "ligne un\nligne deux"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("mot\u00a0: valeur\t\tet\u202fplus", "mot : valeur et plus"),
        ("  \n \n ", ""),
        ("", ""),
    ],
)
def test_normalise_whitespace(raw, expected):
    result = normalise_whitespace(raw)
    assert result == expected


def test_clean_body_keeps_accents_and_typographic_apostrophes():
    raw = "Il s’agit, selon lui, d’une manifestation à Séoul.L’Élysée a réagi « fermement »."
    result = clean_body(raw)
    expected = "Il s’agit, selon lui, d’une manifestation à Séoul.\nL’Élysée a réagi « fermement »."
    assert result == expected


def test_clean_body_composes_accents():
    decomposed = "Se\u0301oul"
    result = clean_body(decomposed)
    assert result == "Séoul"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAéÉe\u0301.?! \u00a0«»\r\n\t3MU", max_size=60))
def test_clean_body_is_idempotent(raw):
    once = clean_body(raw)
    assert clean_body(once) == once
    assert once == once.strip()
    assert "  " not in once and "\n\n" not in once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Kim est arrivé. Il a parlé.\nLe Kremlin a répondu.", [0, 19, 31]),
        ("Les U.S. Marines sont là. 3 soldats.", [0, 26]),
        # an initialism before a word that opens a sentence, "D.C." before a capital
        ("Trade with the U.S. They said so.", [0, 20]),
        ("He met her in Washington, D.C. Secretary Blinken said so.", [0, 31]),
        ("The D.C. police came.", [0]),
        ("Quoi ? Rien ! « Oui. » Non.", [0, 7, 14, 23]),
        ("Pas de fin", [0]),
        # a line break always starts a sentence, even after an abbreviation
        ("Co. Ltd.\nAll of these actions", [0, 9]),
        ("etc.\nIl apparaît", [0, 5]),
    ],
)
def test_sentence_starts(text, expected):
    result = sentence_starts(text).tolist()
    assert result == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAé. !?\n«»M3U", min_size=1, max_size=60))
def test_sentence_starts_are_sorted_offsets_into_the_text(text):
    starts = sentence_starts(text)
    assert starts[0] == 0
    assert list(starts) == sorted(set(starts))
    assert all(0 <= start < len(text) for start in starts)
    expected = len(starts) if text.strip() else 0
    assert count_sentences(text) == expected


# Texts made of the characters and words the rules look at, so that the batch scans meet
# every branch: marks, closing and opening quotes, spaces of several kinds, capitals and
# digits, abbreviations, initials, web addresses, NULs and characters beyond the plane.
_PIECES = st.sampled_from(
    [
        ".", "!", "?", "…", "»", "”", '"', ")", "]", "«", "“", "(", " ", " ", "\n", "\t",
        "\u00a0", "\u2029", "A", "É", "Œ", "a", "é", "3", "M", "M.", "U.S", "etc", "Dr",
        "www.x", "x.org/", "@", "J.-C", "\x00", "🇰🇷", "𝐀", "\ud800", "Le", "oui", "D.C",
        "The", "Il",
    ]
)  # fmt: skip
_RULE_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(_RULE_TEXTS, max_size=6))
def test_batch_sentence_ends_are_those_of_each_text(texts):
    text, end = sentence_ends_many(texts)
    found = [end[text == index].tolist() for index in range(len(texts))]
    assert found == [sentence_ends_by_rule(body) for body in texts]
    expected_counts = [
        1 + len(sentence_ends_by_rule(body)) if body.strip() else 0 for body in texts
    ]
    assert count_sentences_many(texts).tolist() == expected_counts


@settings(max_examples=500, deadline=None)
@given(st.lists(_RULE_TEXTS, max_size=6))
def test_batch_repair_is_that_of_each_text(texts):
    assert repair_glued_many(texts) == [repair_by_rule(body) for body in texts]


_WHITESPACE_TEXTS = st.lists(
    st.sampled_from(
        [
            *"ab .\n\t\r\x0b\x0c\x1c\x1f\x85\u00a0\u2028\u2029\u3000\x00",
            "é",
            "🇰🇷",
            # not in NFC, or changed by NFC next to another character
            "e\u0301",
            "\u0301",
            "\u212b",
            "\u1100",
            "\u1161",
            "\u11a8",
            "\uac00",
            "\u0b47",
            "\u0b3e",
            "\ud800",
            "\udc00",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(_WHITESPACE_TEXTS, max_size=6))
def test_batch_cleaning_is_that_of_each_text(raws):
    # The batch finds the texts whose whitespace needs normalising; each is cleaned as
    # normalise_whitespace and then the glued-paragraph rule would clean it alone.
    expected = [clean_by_rule(raw) for raw in raws]
    assert clean_bodies(raws) == expected


def test_texts_of_plain_characters_are_in_nfc():
    # The batch leaves texts without "odd" characters as they are: for each character of
    # the plane that is not odd, NFC must leave it unchanged after any other such character.
    classes = character_classes()
    plain = [code for code in range(0x10000) if not classes[code] & ODD]
    befores = [chr(code) for code in plain[::997]] + ["e", "a", "\u1100", "\uac00", "\u0b47"]
    befores = [before for before in befores if not classes[ord(before)] & ODD]
    for before in befores:
        text = "".join(before + chr(code) for code in plain)
        assert unicodedata.normalize("NFC", text) == text, repr(before)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_RULE_TEXTS, _WHITESPACE_TEXTS), max_size=6))
def test_sentences_and_words_are_counted_on_the_cleaned_bodies(raws):
    # The sentence scan reuses the cleaning scan, moved past the line breaks put in.
    cleaned, sentences, words = clean_and_count(raws)
    expected = [clean_by_rule(raw) for raw in raws]
    assert cleaned == expected
    assert sentences.tolist() == [
        1 + len(sentence_ends_by_rule(body)) if body else 0 for body in expected
    ]
    assert words.tolist() == [len(re.findall(WORD_PATTERN, body)) for body in expected]


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [""],
        ["Fin.", "Début. Suite"],
        ["« Oui. » Non. ( Argentine ).« Un", 'dit. "Le', "M. Kim.\nIl"],
        ["a" * 50 + ". B", "x" * 45 + ".Le"],
        # runs of spaces longer than the batch scans step through one at a time
        ["Fin." + " " * 40 + "Le", "dit. »" + "\u00a0" * 30 + "Le", "M." + " " * 20 + "Kim"],
    ],
)
def test_batch_scans_on_edge_cases(texts):
    text, end = sentence_ends_many(texts)
    assert [end[text == i].tolist() for i in range(len(texts))] == [
        sentence_ends_by_rule(body) for body in texts
    ]
    assert repair_glued_many(texts) == [repair_by_rule(body) for body in texts]


# --------------------------------------------------------------------------- word lists

# Words of every kind the scanner treats apart: short Latin-1 words (held in numpy keys),
# a long word and one beyond Latin-1 (no key: looked up in Python), one with a full stop.
NEW_ABBREVIATIONS = ["chap", "Excellency", "św", "a.m"]


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("chap", "Voir le chap. Trois du rapport."),
        ("Excellency", "His Excellency. The Ambassador arrived."),
        ("św", "Kościół św. Anny w Krakowie."),
        ("a.m", "At 9 a.m. Talks began in Geneva."),
    ],
)
def test_a_word_added_to_the_abbreviation_list_does_not_end_a_sentence(monkeypatch, word, text):
    before = sentence_starts(text).tolist()
    monkeypatch.setattr(rules, "ABBREVIATIONS", rules.ABBREVIATIONS | {word})
    result = sentence_starts(text).tolist()
    assert len(before) == 2
    assert result == [0]
    assert result == [0, *sentence_ends_by_rule(text)]


def test_a_word_added_to_the_title_list_is_no_paragraph_seam(monkeypatch):
    text = "Remarks by Amb.Thomas-Greenfield at the Council."
    assert repair_glued_paragraphs(text) == text.replace("Amb.", "Amb.\n")
    monkeypatch.setattr(rules, "TITLES", rules.TITLES | {"Amb"})
    assert repair_glued_paragraphs(text) == text == repair_by_rule(text)


def test_tables_are_derived_from_the_lists_given():
    tables = abbreviation_tables(frozenset({"chap", "J.-C"}), frozenset({"Excellency"}))
    assert len(tables.abbreviation_keys) == 1  # "J.-C" has a full stop: looked up in Python
    assert (tables.unkeyed_abbreviations, tables.unkeyed_titles) == (False, True)


_LISTED_PIECES = st.sampled_from(
    [
        *NEW_ABBREVIATIONS,
        *(f"{word}." for word in NEW_ABBREVIATIONS),
        *[".", " ", " Le", "Le", "A", "«", "»", "M", "U.S", "x", "é", "Ж", "\n"],
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_LISTED_PIECES, max_size=20).map("".join), max_size=5))
def test_the_scanner_follows_extended_lists(texts):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rules, "ABBREVIATIONS", rules.ABBREVIATIONS | set(NEW_ABBREVIATIONS))
        patch.setattr(rules, "TITLES", rules.TITLES | set(NEW_ABBREVIATIONS))
        text, end = sentence_ends_many(texts)
        found = [end[text == index].tolist() for index in range(len(texts))]
        assert found == [sentence_ends_by_rule(body) for body in texts]
        assert repair_glued_many(texts) == [repair_by_rule(body) for body in texts]


# --------------------------------------------------------------------------- folding


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Quai d’Orsay", "le quai d orsay"),
        ("ÉTATS-UNIS", "etats unis"),
        ("Sergueï Choïgou", "serguei choigou"),
        ("Kim Jong-un.\nLe", "kim jong un  le"),
        ("İstanbul", "istanbul"),
        ("Œuvre ﬁnale", "œuvre ﬁnale"),
    ],
)
def test_fold(text, expected):
    result = fold(text)
    assert result == expected


BASIC_PLANE = st.characters(max_codepoint=0xFFFF, exclude_categories=["Cs"])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=BASIC_PLANE, max_size=40))
def test_fold_keeps_length_and_word_boundaries(text):
    result = fold(text)
    assert len(result) == len(text)
    assert [char.isalnum() for char in text] == [char != " " for char in result]


def test_fold_keeps_letters_and_blanks_symbols_outside_the_basic_plane():
    text = "Séoul 🇰🇷 𝐀"
    result = fold(text)
    # Flags are symbols (spaces after folding); the mathematical bold A is a letter.
    assert result == "seoul    𝐀"
    assert len(result) == len(text)
