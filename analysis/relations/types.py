"""The kinds of relation between actors (after PLOVER) and the status of each statement.

The types are those of PLOVER, the Political Language Ontology for Verifiable Event Records
(the successor of CAMEO), less its events that need no second actor. Each names what a
*source* actor does to a *target* actor; the examples show one trigger of each in French
and in English (the full list is the lexicon, ``analysis/data/relations.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CONFLICT_TYPES",
    "QUAD_CLASSES",
    "RELATION_STATUSES",
    "RELATION_TYPES",
    "TYPE_DOCS",
    "RelationType",
]


@dataclass(frozen=True)
class RelationType:
    """One type of relation: what it covers, and an example sentence in each language."""

    name: str
    meaning: str
    french: str
    english: str


TYPE_DOCS: dict[str, RelationType] = {
    entry.name: entry
    for entry in [
        RelationType(
            "AGREE",
            "agrees with, signs an agreement with, settles with the target",
            "La Corée du Sud a signé un accord avec le Japon.",
            "Japan agreed with South Korea on a new framework.",
        ),
        RelationType(
            "CONSULT",
            "meets, talks to, visits, telephones the target",
            "Antony Blinken va rencontrer Wang Yi ; Macron s'est entretenu avec Poutine.",
            "Blinken will meet Wang Yi; the Secretary spoke with his Japanese counterpart.",
        ),
        RelationType(
            "SUPPORT",
            "backs, endorses, praises, defends the target (words, not material help)",
            "La Chine soutient la Russie.",
            "The United States backs Ukraine.",
        ),
        RelationType(
            "COOPERATE",
            "works with the target: joint exercises, cooperation, partnership",
            "Séoul coopère avec Washington.",
            "Japan will cooperate with Australia.",
        ),
        RelationType(
            "AID",
            "gives the target material help: arms, money, aid, supplies",
            "La Russie fournit des armes à la Corée du Nord.",
            "Russia supplied weapons to North Korea.",
        ),
        RelationType(
            "CONCEDE",
            "yields to the target: eases sanctions, releases prisoners, apologises",
            "Washington a levé les sanctions contre Cuba.",
            "The United States eased sanctions on Venezuela.",
        ),
        RelationType(
            "RETREAT",
            "withdraws from or pulls back from the target",
            "La Russie s'est retirée de l'Ukraine.",
            "Russia withdrew from Ukraine.",
        ),
        RelationType(
            "REQUEST",
            "asks, urges, presses, calls on the target to do something",
            "Les États-Unis ont exhorté la Chine à faire pression sur Pyongyang.",
            "The United States urged China to press Pyongyang.",
        ),
        RelationType(
            "ACCUSE",
            "accuses, blames, condemns, denounces, criticises, opposes the target",
            "Les États-Unis accusent la Russie de soutenir la Corée du Nord.",
            "Japan condemned North Korea.",
        ),
        RelationType(
            "REJECT",
            "rejects, refuses, vetoes what the target wants or proposes",
            "La Russie a rejeté l'offre de l'Ukraine.",
            "China rejected the proposal of the United States.",
        ),
        RelationType(
            "THREATEN",
            "threatens the target, warns it of consequences",
            "La Corée du Nord menace les États-Unis.",
            "North Korea threatened South Korea.",
        ),
        RelationType(
            "PROTEST",
            "protests against the target, summons its ambassador",
            "Pékin a convoqué l'ambassadeur du Japon.",
            "China protested to Japan.",
        ),
        RelationType(
            "SANCTION",
            "sanctions, embargoes, expels diplomats of, breaks relations with the target",
            "L'Union européenne a sanctionné la Russie.",
            "The United States imposed sanctions on Iran.",
        ),
        RelationType(
            "MOBILIZE",
            "deploys forces against or near the target, puts troops on alert",
            "La Russie a massé des troupes à la frontière de l'Ukraine.",
            "China deployed warships near Taiwan.",
        ),
        RelationType(
            "COERCE",
            "blockades, seizes, arrests nationals of, intimidates the target",
            "L'Iran a saisi un pétrolier britannique.",
            "China blockaded Taiwan.",
        ),
        RelationType(
            "ASSAULT",
            "attacks, strikes, bombs, invades the target",
            "La Russie a envahi l'Ukraine.",
            "Russia attacked Ukraine.",
        ),
    ]
}
"""Every relation type, with what it covers and its examples."""

RELATION_TYPES: tuple[str, ...] = tuple(TYPE_DOCS)
"""The relation types, in PLOVER's order (from cooperation to conflict)."""

RELATION_STATUSES: tuple[str, ...] = ("asserted", "alleged", "negated", "future")
"""How a sentence states a relation.

asserted
    The article states it as a fact.
alleged
    It is the content of another actor's claim or accusation ("the United States accuse
    Russia *of supporting* North Korea", "according to Seoul, ...").
negated
    The sentence says it did not happen ("n'a pas condamné", "refused to meet").
future
    Announced, planned, asked for or conditional ("va rencontrer", "will meet", "plans to
    sanction", "pourrait", "urged China *to press* ...").

When several apply, the first of negated, alleged, future wins.
"""

QUAD_CLASSES = {
    "AGREE": "verbal cooperation",
    "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation",
    "REQUEST": "verbal cooperation",
    "COOPERATE": "material cooperation",
    "AID": "material cooperation",
    "CONCEDE": "material cooperation",
    "RETREAT": "material cooperation",
    "ACCUSE": "verbal conflict",
    "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict",
    "PROTEST": "material conflict",
    "SANCTION": "material conflict",
    "MOBILIZE": "material conflict",
    "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}
"""The class of each type, as CAMEO's codes are classed (appeals are verbal cooperation,
yielding is material cooperation, protests and sanctions are material conflict)."""

CONFLICT_TYPES = frozenset(name for name, kind in QUAD_CLASSES.items() if kind.endswith("conflict"))
"""The types of verbal and material conflict (ACCUSE to ASSAULT)."""
