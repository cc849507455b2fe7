"""The function words the relation rules read, per language (lower case, as tokenised).

Each list is short and closed: auxiliaries, negations, markers of the future and of reported
speech, prepositions and coordinators. A language without lists here is read with the
English ones, which mostly find nothing in it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["STOP_MARKS", "Words", "words_of"]

STOP_MARKS = frozenset('.;:!?()[]«»"—–')
"""Punctuation that ends a clause for the rules (a comma does not: it joins lists)."""


@dataclass(frozen=True)
class Words:
    """The closed word classes of one language (lemmas or lower-case forms)."""

    passive_aux: frozenset[str]
    agents: frozenset[str]
    coordinators: frozenset[str]
    joiners: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    relatives: frozenset[str]
    clause_breaks: frozenset[str]
    negations: frozenset[str]
    weak_negations: frozenset[str]
    refusals: frozenset[str]
    futures: frozenset[str]
    reporting: frozenset[str]
    according: tuple[str, ...]
    complementizers: frozenset[str]
    reflexives: frozenset[str]


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH = Words(
    passive_aux=_set("be"),
    agents=_set("by"),
    coordinators=_set("and &"),
    joiners=_set(", and & the as well both"),
    determiners=_set("the a an its their his her"),
    prepositions=_set(
        "in at on to with from against into for toward towards over about between across "
        "near after before during since amid within"
    ),
    relatives=_set("which who whom whose"),
    clause_breaks=_set("but while whereas although though because however"),
    negations=_set("not never no without"),
    weak_negations=frozenset(),
    refusals=_set("refuse refusal decline fail stop cease suspend halt"),
    futures=_set(
        "will shall would could may might plan intend expect aim seek hope want prepare "
        "propose consider going set schedule poise threaten announce"
    ),
    reporting=_set("say said says claim allege assert argue insist believe suspect"),
    according=("according", "to"),
    complementizers=_set("of for that to"),
    reflexives=frozenset(),
)

FRENCH = Words(
    passive_aux=_set("être"),
    agents=_set("par"),
    coordinators=_set("et"),
    joiners=_set(", et le la les ainsi que"),
    determiners=_set("le la les un une des son sa ses leur leurs"),
    prepositions=_set(
        "en au aux à avec contre pour vers sur chez entre depuis après avant pendant dans "
        "auprès envers"
    ),
    relatives=_set("qui dont lequel laquelle lesquels lesquelles"),
    clause_breaks=_set("mais tandis alors lorsque quand bien car cependant"),
    negations=_set("pas jamais sans aucunement nullement"),
    weak_negations=_set("plus guère point"),
    refusals=_set("refuser refus cesser suspendre renoncer"),
    futures=_set(
        "aller pouvoir devoir prévoir envisager compter projeter vouloir apprêter "
        "entendre menacer pourrait devrait annoncer"
    ),
    reporting=_set(
        "dire affirmer déclarer estimer assurer soupçonner indiquer souligner prétendre"
    ),
    according=("selon",),
    complementizers=_set("de que à"),
    reflexives=_set("se"),
)

_BY_LANGUAGE = {"en": ENGLISH, "fr": FRENCH}


def words_of(language: str) -> Words:
    """The word classes of ``language`` (English ones for a language without its own).

    >>> "pas" in words_of("fr").negations, "not" in words_of("de").negations
    (True, True)
    """
    return _BY_LANGUAGE.get(language, ENGLISH)
