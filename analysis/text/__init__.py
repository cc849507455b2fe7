"""Cleaning scraped article bodies without losing their meaning.

Scraped bodies arrive as one long line in which the paragraphs of the page were glued
together with no space (``... à Pyeongyang.Lors d'un briefing ...``). The functions here
put a paragraph break back at those seams, normalise whitespace, and cut the result into
sentences, while leaving every other character as it was (accents, typographic
apostrophes, ``U.S.``, ``M. Kim``, ``3.5``, URLs).

==================  ===================================================================
``rules``           the rules as data: abbreviations, titles, character sets
``clean``           :func:`clean_body`, :func:`repair_glued_paragraphs` and their batches
``sentences``       :func:`sentence_starts` and the sentence ends of many texts
``words``           :func:`word_counts`
``folding``         :func:`fold`, the text as the matcher compares it
``batch``           many texts as one array of code points, for the scanner
``scan``            the rules run over a batch: seams, sentence ends, abbreviations
==================  ===================================================================
"""

from analysis.text.clean import (
    character_tables,
    clean_and_count,
    clean_bodies,
    clean_body,
    normalise_whitespace,
    repair_glued_many,
    repair_glued_paragraphs,
)
from analysis.text.folding import fold
from analysis.text.rules import ABBREVIATIONS, CALENDAR, TITLES, WORD_PATTERN
from analysis.text.sentences import (
    count_sentences,
    count_sentences_many,
    sentence_ends_many,
    sentence_ends_of_spans,
    sentence_starts,
)
from analysis.text.words import word_counts

__all__ = [
    "ABBREVIATIONS",
    "CALENDAR",
    "TITLES",
    "WORD_PATTERN",
    "character_tables",
    "clean_and_count",
    "clean_bodies",
    "clean_body",
    "count_sentences",
    "count_sentences_many",
    "fold",
    "normalise_whitespace",
    "repair_glued_many",
    "repair_glued_paragraphs",
    "sentence_ends_many",
    "sentence_ends_of_spans",
    "sentence_starts",
    "word_counts",
]
