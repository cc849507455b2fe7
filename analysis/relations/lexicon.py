"""The trigger lexicon: which words and phrases state which relation, in which language.

The packaged lexicon is ``analysis/data/relations.yaml`` (its header documents the format);
a user file is layered over it like a user actor dictionary: its triggers are added, its
``remove_triggers`` taken away. :func:`check_lexicon` lists every problem of a file with its
line; :func:`load_lexicon` raises :class:`LexiconError` with the same list.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from analysis import config
from analysis.actors.problems import Problem
from analysis.relations.tokens import ELISIONS, Token, participles, tokenize
from analysis.relations.types import RELATION_TYPES
from analysis.text import CALENDAR

__all__ = [
    "LEXICON_FILE",
    "Lexicon",
    "LexiconError",
    "TriggerMatch",
    "check_lexicon",
    "load_lexicon",
]

LEXICON_FILE = config.PACKAGED_ACTORS.with_name("relations.yaml")
"""The packaged lexicon."""

MAX_GAP = 3
"""Words allowed between two words of a phrase ("a appelé Moscou à"), not counting
determiners and the words of actors' names (« a cessé ces dernières semaines toute
coopération » is « cesser coopération »)."""

_KEYS = ("version", "triggers", "remove_triggers")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_CLITICS = frozenset({"se", "me", "te", "nous", "vous"})
_STOPS = frozenset('.;:!?()[]«»"')
_DETERMINERS = frozenset(
    {"le", "la", "les", "l'", "un", "une", "des", "du", "d'", "son", "sa", "ses", "leur"}
    | {"leurs", "ce", "cet", "cette", "ces", "notre", "nos", "votre", "vos", "tout", "toute"}
    | {"tous", "toutes", "the", "a", "an", "this", "these", "those", "its", "their", "his"}
    | {"her", "all", "any"}
)
"""Determiners: the gap between the words of a phrase does not count them (« a cessé ces
dernières semaines toute coopération »), and after a French one a present form is the noun
(« un livre », « ses reproches »)."""
_ARTICLES = _DETERMINERS - {"des", "du", "d'", "tout", "toute", "tous", "toutes", "all", "any"}
"""Articles and possessives inside a phrase of the lexicon: any determiner, or none, stands
in their place (« rompre les relations » matches « ont rompu leurs relations diplomatiques
avec », "geler l'aide" matches « a gelé ses aides »)."""
_GAP_BREAKERS = frozenset(
    {"to", "for", "on", "upon", "at", "against", "into", "toward", "towards"}
    | {"à", "pour", "contre", "sur", "vers", "chez", "auprès", "envers"}
)
"""Prepositions that open a phrase of their own: a phrase of the lexicon does not reach
over one that names an actor ("his call to King Salman of Saudi Arabia focused on" is no
"call on"; "travel on June 1-2 to" and "travel from Iraq to Rome" are "travel to")."""


class LexiconError(ValueError):
    """A lexicon file has errors; ``problems`` lists them, each with its file and line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  {problem}" for problem in problems)
        super().__init__(
            f"the relation lexicon has {len(problems)} error(s); fix them, then run "
            f"`python -m analysis relations --check FILE` to confirm:\n{lines}"
        )


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in a sentence: its type, the tokens it spans and its head word.

    ``first`` and ``last`` index the sentence's tokens; ``words`` are the indices of the
    trigger's own words (a phrase may have other words between them); ``head`` is the
    index of its main word (the first that is not a reflexive pronoun).
    """

    type: str
    first: int
    last: int
    head: int
    words: tuple[int, ...]
    entry: str


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A loaded lexicon.

    Attributes
    ----------
    triggers : DataFrame
        ``language``, ``type``, ``trigger`` (as written), ``path`` and ``line``.
    sha256 : str
        Digest of the content (languages, types, triggers), which keys the relation cache.
    """

    triggers: pd.DataFrame
    sha256: str
    _compiled: dict = field(default_factory=dict, repr=False)

    @property
    def languages(self) -> list[str]:
        return sorted(set(self.triggers["language"]))

    def head_words(self, language: str, types=None) -> frozenset[str]:
        """The forms of the head words of the triggers of ``language`` (of ``types`` only,
        when given): a sentence without any of them (as a word or a lemma) holds no
        trigger."""
        if types is None:
            return self._compiled_for(language)[2]
        key = (language, frozenset(types))
        if key not in self._compiled:
            phrases = self._compiled_for(language)[1]
            self._compiled[key] = frozenset(
                form for type_, _, keys, head in phrases if type_ in key[1] for form in keys[head]
            )
        return self._compiled[key]

    def _compiled_for(self, language: str) -> tuple[dict, list, frozenset]:
        if language not in self._compiled:
            self._compiled[language] = _compile(self.triggers, language)
        return self._compiled[language]

    def find(
        self,
        tokens: list[Token],
        language: str,
        named: frozenset[int] = frozenset(),
        keep: Callable[[TriggerMatch], bool] | None = None,
    ) -> list[TriggerMatch]:
        """The triggers in a sentence's tokens: longest first where two overlap.

        ``named`` are the indices of tokens that name actors: like articles, they do not
        count among the words a phrase allows between its own ("a appelé la Corée du Nord
        à", "called on the Government of Burma to"). ``keep``, if given, drops the matches
        it refuses before overlaps are settled, so that a shorter trigger they cover stays.

        Examples
        --------
        >>> from analysis.relations.tokens import tokenize
        >>> lexicon = load_lexicon()
        >>> tokens = tokenize("Paris a appelé Moscou à cesser le feu.", "fr")
        >>> [(m.type, m.entry) for m in lexicon.find(tokens, "fr")]
        [('REQUEST', 'appeler à')]
        """
        first_words, phrases, _ = self._compiled_for(language)
        found = []
        for index, token in enumerate(tokens):
            candidates = first_words.get(token.lemma, ())
            if token.lower != token.lemma:
                candidates = candidates + first_words.get(token.lower, ())
            if not candidates:
                continue
            for number in dict.fromkeys(candidates) if len(candidates) > 1 else candidates:
                if (
                    language == "fr"
                    and index > 0
                    and tokens[index - 1].lower in _DETERMINERS
                    and _only_present(token, phrases[number][2][0])
                ):
                    continue  # « un livre », not « la France livre des armes »
                words = _match(tokens, index, phrases[number][2], named)
                if words is not None:
                    type_, entry, _, head = phrases[number]
                    match = TriggerMatch(type_, index, words[-1], words[head], words, entry)
                    if keep is None or keep(match):
                        found.append(match)
        # Talks whose phrase holds another act in its gap are about that act ("discussed our
        # cooperation with Poland": the cooperation is with Poland, not the discussion)
        found = [
            m
            for m in found
            if m.type != "CONSULT"
            or not any(
                o.type != "CONSULT"
                and _in_gap(o, m)
                and tokens[o.first - 1].lower not in _JOINERS  # "contact and coordination with"
                for o in found
            )
        ]
        # The longest (most words, then widest), then the leftmost, where two overlap.
        found.sort(key=lambda m: (-len(m.words), m.first - m.last, m.first))
        taken: list[TriggerMatch] = []
        for match in found:
            if all(match.last < other.first or match.first > other.last for other in taken):
                taken.append(match)
        return sorted(taken, key=lambda m: m.first)


_JOINERS = frozenset({"and", "et", ","})


def _in_gap(inner: TriggerMatch, outer: TriggerMatch) -> bool:
    """Whether ``inner`` stands wholly between two words of ``outer``."""
    return any(
        before < inner.first and inner.last < after
        for before, after in zip(outer.words, outer.words[1:], strict=False)
        if after > before + 1
    )


def _match(
    tokens: list[Token], index: int, keys: tuple[frozenset, ...], named: frozenset[int]
) -> tuple | None:
    """Token indices of the phrase whose word keys are ``keys`` starting at ``index``."""
    if not (keys[0] & {tokens[index].lemma, tokens[index].lower}):
        return None
    words = [index]
    for word_keys in keys[1:]:
        position, gap, opened = words[-1] + 1, 0, False
        while position < len(tokens) and gap <= MAX_GAP:
            token = tokens[position]
            if token.lower in _STOPS:
                return None
            if word_keys & {token.lemma, token.lower}:
                if position > words[-1] + 1 and _time_after(tokens, position):
                    return None  # "called the minister on Monday": "on" tells when
                if position > words[-1] + 1 and _title_preposition(tokens, position):
                    return None  # "called PRC Special Representative on Korean ... Affairs"
                words.append(position)
                break
            if position in named and opened:
                return None  # "his call to King Salman ... focused on": no "call on"
            opened = opened or (position not in named and token.lower in _GAP_BREAKERS)
            if position not in named and token.lower not in _DETERMINERS:
                gap += 1
            position += 1
        else:
            return None
    return tuple(words)


_TITLE_NOUNS = frozenset(
    {"representative", "envoy", "rapporteur", "coordinator", "commissioner", "adviser"}
    | {"advisor", "ambassador", "représentant", "envoyé", "coordinateur", "ambassadeur"}
)
_TITLE_PREPOSITIONS = frozenset({"on", "for", "pour", "sur"})


def _title_preposition(tokens: list[Token], position: int) -> bool:
    """Whether the preposition at ``position`` belongs to a title right before it ("Special
    Representative on Korean Peninsula Affairs", « l'envoyé spécial pour le Sahel »): not
    the second word of a phrase. "to" / « à » after a title still is ("pressed the envoy
    to leave", « a appelé l'ambassadeur à partir »)."""
    return (
        tokens[position].lower in _TITLE_PREPOSITIONS and tokens[position - 1].lower in _TITLE_NOUNS
    )


def _time_after(tokens: list[Token], position: int) -> bool:
    """Whether the word at ``position`` opens a date ("on Monday", "on July 14", « le 3
    mai »): the preposition of a time, not of a phrase."""
    following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
    return following in CALENDAR or following.isdigit()


def _compile(triggers: pd.DataFrame, language: str) -> tuple[dict, list, frozenset]:
    """Per first word key, the phrases that start with it; each phrase's keys and head; the
    keys of every head word."""
    first_words: dict[str, tuple[int, ...]] = {}
    phrases = []
    rows = triggers[triggers["language"] == language]
    for type_, text in zip(rows["type"], rows["trigger"], strict=True):
        keys = trigger_keys(text, language)
        if not keys:
            continue
        head = next((i for i, key in enumerate(keys) if not key & _CLITICS), 0)
        number = len(phrases)
        phrases.append((type_, text, keys, head))
        for key in keys[0]:
            first_words[key] = (*first_words.get(key, ()), number)
    heads = frozenset(key for _, _, keys, head in phrases for key in keys[head])
    return first_words, phrases, heads


_CONTRACTIONS = {
    "fr": {"de": frozenset({"des", "du", "d'"}), "à": frozenset({"au", "aux"})},
}
"""A preposition of a trigger also matches its forms merged with an article (« aux côtés
de » matches « aux côtés des forces maliennes »)."""


def _english_inflections(word: str) -> frozenset[str]:
    """The regular inflections of an English trigger word, for the forms the lemmatiser
    gets wrong ("thanked" read as "thanke", "annexed" as "annexe", "backing" left alone).

    >>> sorted(_english_inflections("thank")), sorted(_english_inflections("welcome"))
    (['thanked', 'thanking', 'thanks'], ['welcomed', 'welcomes', 'welcoming'])
    """
    if word.endswith("e"):
        return frozenset({word + "s", word + "d", word[:-1] + "ing"})
    plural = word + "es" if word.endswith(("s", "x", "sh", "ch")) else word + "s"
    return frozenset({plural, word + "ed", word + "ing"})


def _french_present(verb: str) -> frozenset[str]:
    """The present forms of a French -er verb that the lemmatiser reads as a noun
    (« reproche », « bombarde », « livre »).

    >>> sorted(_french_present("reprocher"))
    ['reproche', 'reprochent', 'reproches']
    """
    stem = verb[:-2]
    return frozenset({stem + "e", stem + "es", stem + "ent"})


def _french_present_participles(verb: str) -> frozenset[str]:
    """The present participles of a French -er or -ir verb, which the lemmatiser leaves as
    they are (« s'opposant », « soutenant », « menaçant », « fournissant »).

    >>> [sorted(_french_present_participles(v)) for v in ("menacer", "soutenir")]
    [['menaçant'], ['soutenant', 'soutenissant']]
    """
    if verb.endswith("cer"):
        return frozenset({verb[:-3] + "çant"})
    if verb.endswith("ger"):
        return frozenset({verb[:-2] + "eant"})
    if verb.endswith("er"):
        return frozenset({verb[:-2] + "ant"})
    if verb.endswith("enir"):  # soutenir, intervenir
        return frozenset({verb[:-2] + "ant", verb[:-2] + "issant"})
    if verb.endswith("ir"):  # fournir, accueillir
        return frozenset({verb[:-2] + "issant", verb[:-2] + "ant"})
    return frozenset()


def _only_present(token: Token, keys: frozenset[str]) -> bool:
    """Whether a token matches a French trigger's first word only as a present form."""
    present = frozenset().union(*(_french_present(key) for key in keys if key.endswith("er")))
    return token.lower in present and not ({token.lower, token.lemma} & (keys - present))


@functools.lru_cache(maxsize=20_000)
def trigger_keys(text: str, language: str) -> tuple[frozenset, ...]:
    """The forms each word of a trigger is matched by: its lemma, itself, its participles.

    >>> [sorted(k) for k in trigger_keys("s'entretenir avec", "fr")][:1]
    [['se']]
    """
    keys = []
    for token in tokenize(text, language):
        if not token.is_word:
            continue
        if keys and token.lower in _ARTICLES:
            continue  # "rompre les relations" also matches « a rompu ses relations »
        forms = {token.lower, token.lemma, *participles(token.lemma, language)}
        forms |= _CONTRACTIONS.get(language, {}).get(token.lower, frozenset())
        if language == "en" and token.lower == token.lemma and token.lower.isalpha():
            forms |= _english_inflections(token.lower)
        if language == "fr" and token.lower.endswith("er") and len(keys) == 0:
            forms |= _french_present(token.lower)
        if language == "fr":
            forms |= _french_present_participles(token.lower)
        keys.append(frozenset(forms))
    return tuple(keys)


# Loading and checking.


def load_lexicon(path: str | os.PathLike | None = None, *, extend: bool = True) -> Lexicon:
    """Load the trigger lexicon: the packaged one, a user file over it, or a file alone.

    Parameters
    ----------
    path : path, optional
        A lexicon file (the format of ``analysis/data/relations.yaml``).
    extend : bool, default True
        Layer the file over the packaged lexicon; False uses the file alone.

    Raises
    ------
    FileNotFoundError
        The file does not exist.
    LexiconError
        The file has errors; the message lists each with its line.

    Examples
    --------
    >>> lexicon = load_lexicon()
    >>> lexicon.triggers.query("trigger == 'accuser'")[["language", "type"]].values.tolist()
    [['fr', 'ACCUSE']]
    """
    problems, rows = _load(path, extend)
    errors = [problem for problem in problems if problem.severity == "error"]
    if errors:
        raise LexiconError(errors)
    table = pd.DataFrame(rows, columns=["language", "type", "trigger", "path", "line"])
    content = table[["language", "type", "trigger"]].to_numpy().tolist()
    digest = hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()
    return Lexicon(table, digest)


def check_lexicon(path: str | os.PathLike, *, extend: bool = True) -> list[Problem]:
    """Every problem of a lexicon file, as it would be loaded, without raising.

    Reports unknown types, malformed entries (not a text, no word), unknown keys, and a
    trigger given to two types (in the same language).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     file = Path(folder) / "mine.yaml"
    ...     _ = file.write_text("triggers:\\n  ACUSE:\\n    en: [blame]\\n", encoding="utf-8")
    ...     print(check_lexicon(file)[0].message)
    unknown relation type 'ACUSE' (did you mean ACCUSE?); the types are AGREE, CONSULT, ...
    """
    problems, _ = _load(path, extend)
    return problems


def _load(path, extend: bool) -> tuple[list[Problem], list[tuple]]:
    files = [LEXICON_FILE] if path is None or extend else []
    if path is not None and not (extend and Path(path).resolve() == LEXICON_FILE.resolve()):
        files.append(Path(path))
    problems: list[Problem] = []
    # (language, key) -> [type, trigger, path, line]
    merged: dict[tuple[str, tuple], list] = {}
    for file in files:
        if not file.is_file():
            raise FileNotFoundError(f"relation lexicon {file} not found; check the path")
        added, removed = _read(file, problems)
        for language, type_, text, line in removed:
            key = (language, trigger_keys(text, language))
            if key in merged and merged[key][0] == type_:
                del merged[key]
            else:
                problems.append(
                    Problem(
                        file,
                        line,
                        f"remove_triggers.{type_}.{language}",
                        f"{text!r} is not a {type_} trigger of the files below; nothing removed",
                        "warning",
                    )
                )
        for language, type_, text, line in added:
            key = (language, trigger_keys(text, language))
            where = f"triggers.{type_}.{language}"
            if key in merged:
                other = merged[key]
                if other[0] == type_:
                    problems.append(
                        Problem(
                            file,
                            line,
                            where,
                            f"{text!r} repeats {other[1]!r} ({other[2]}:{other[3]})",
                            "warning",
                        )
                    )
                    continue
                problems.append(
                    Problem(
                        file,
                        line,
                        where,
                        f"{text!r} is already a trigger of {other[0]} ({other[2]}:{other[3]}); a "
                        f"trigger belongs to one type: drop one, or in a user file list it under "
                        f"remove_triggers: {{{other[0]}: {{{language}: [{other[1]}]}}}}",
                    )
                )
                continue
            merged[key] = [type_, text, str(file), line]
    rows = [(language, *value) for (language, _), value in merged.items()]
    return problems, rows


def _read(file: Path, problems: list[Problem]) -> tuple[list[tuple], list[tuple]]:
    """The triggers a file adds and removes, as (language, type, trigger, line)."""

    def error(line, where, message, severity="error"):
        problems.append(Problem(file, line, where, message, severity))

    try:
        root = yaml.compose(file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as failure:
        error(None, "file", f"cannot read the file ({failure}); save it as UTF-8")
        return [], []
    except yaml.MarkedYAMLError as failure:
        mark = failure.problem_mark or failure.context_mark
        error(mark.line + 1 if mark else None, "yaml", f"invalid YAML: {failure.problem}")
        return [], []
    if root is None:
        error(None, "file", "the file is empty", "warning")
        return [], []
    if not isinstance(root, yaml.MappingNode):
        error(root.start_mark.line + 1, "file", "the file must be a mapping (triggers: ...)")
        return [], []
    lists: dict[str, list[tuple]] = {"triggers": [], "remove_triggers": []}
    for key_node, node in root.value:
        key, line = key_node.value, key_node.start_mark.line + 1
        if key not in _KEYS:
            error(line, str(key), f"unknown key; the keys are {', '.join(_KEYS)}")
        elif key == "version":
            if node.value != "1":
                error(line, "version", f"unknown version {node.value!r}; this format is 1")
        else:
            lists[key] = _entries(node, key, error)
    return lists["triggers"], lists["remove_triggers"]


def _entries(node, key: str, error) -> list[tuple]:
    entries = []
    if not isinstance(node, yaml.MappingNode):
        error(node.start_mark.line + 1, key, "must map relation types to languages")
        return entries
    for type_node, languages in node.value:
        type_, line = type_node.value, type_node.start_mark.line + 1
        if type_ not in RELATION_TYPES:
            close = difflib.get_close_matches(str(type_).upper(), RELATION_TYPES, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            error(
                line,
                f"{key}.{type_}",
                f"unknown relation type {type_!r}{hint}; the types are {', '.join(RELATION_TYPES)}",
            )
            continue
        if not isinstance(languages, yaml.MappingNode):
            error(line, f"{key}.{type_}", "must map languages (fr, en...) to lists of triggers")
            continue
        for language_node, values in languages.value:
            language, where = language_node.value, f"{key}.{type_}.{language_node.value}"
            line = language_node.start_mark.line + 1
            if not isinstance(language, str) or not _LANGUAGE.match(language):
                error(line, where, f"{language!r} is not a language code such as fr or en")
                continue
            if not isinstance(values, yaml.SequenceNode):
                error(line, where, 'must be a list of triggers: [word, "a phrase", ...]')
                continue
            for value in values.value:
                line = value.start_mark.line + 1
                text = value.value if isinstance(value, yaml.ScalarNode) else None
                if (
                    not isinstance(text, str)
                    or not text.strip()
                    or value.tag.endswith(("int", "float", "bool", "null"))
                ):
                    error(
                        line,
                        where,
                        f"malformed entry {_shown(value)}: a trigger is a word "
                        "or a phrase, written as text",
                    )
                elif not trigger_keys(text.strip(), language) or all(
                    key & set(ELISIONS.values()) for key in trigger_keys(text.strip(), language)
                ):
                    error(line, where, f"malformed entry {text!r}: it holds no word")
                else:
                    entries.append((language, type_, text.strip(), line))
    return entries


def _shown(node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return repr(node.value)
    return "(a list)" if isinstance(node, yaml.SequenceNode) else "(a mapping)"
