"""Who does what to whom: relations between actors stated in the articles.

:func:`find_relations` returns one row per relation stated in a sentence ("Les Etats-Unis
accusent la Russie de soutenir la Corée du Nord": USA ACCUSE RUS, asserted; RUS SUPPORT
PRK, alleged), with the offsets of the mentions and of the trigger words behind it.

==================  ===================================================================
``types``           the relation types (PLOVER) and statuses, with examples
``lexicon``         the trigger lexicon: loading, layering, checking, matching
``tokens``          tokens and lemmas (simplemma)
``words``           the closed word classes the rules read, per language
``sentence``        a sentence as the rules see it: tokens, actor units, triggers
``coordination``    actors named together: lists, hyphens, one side's mentions in a row
``rules``           arguments of verbs by word order
``nominal``         arguments of acts stated by nouns ("Russia's war against Ukraine")
``wars``            who fights whom when a war's noun does not say ("is at war with")
``arguments``       verbs and nouns together; acts as objects; verbs that take a topic
``status``          asserted, alleged, negated or future
``timing``          the words that put an act ahead: talks, conditions, votes, plans
``parse``           arguments from a spaCy dependency parse (French)
``voice``           the phrases that stand for a corpus's voice; joint statements; speakers
``coreference``     pronouns and definite phrases standing for actors named before
``participants``    partners after "with", gatherings, pairs, opening phrases, stated will
``extract``         from articles and mentions to candidate sentences, and to relations
``cache``           the Parquet cache of relation tables
``find``            :func:`find_relations` and the table's columns
==================  ===================================================================
"""

from analysis.relations.find import (
    METHODS,
    RELATION_CACHE_VERSION,
    RELATION_COLUMNS,
    find_relations,
)
from analysis.relations.lexicon import (
    LEXICON_FILE,
    Lexicon,
    LexiconError,
    check_lexicon,
    load_lexicon,
)
from analysis.relations.types import RELATION_STATUSES, RELATION_TYPES, TYPE_DOCS

__all__ = [
    "LEXICON_FILE",
    "METHODS",
    "RELATION_CACHE_VERSION",
    "RELATION_COLUMNS",
    "RELATION_STATUSES",
    "RELATION_TYPES",
    "TYPE_DOCS",
    "Lexicon",
    "LexiconError",
    "check_lexicon",
    "find_relations",
    "load_lexicon",
]
