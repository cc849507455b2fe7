"""Actors named together: lists ("Washington, Séoul et Tokyo"), hyphens ("U.S.-Turkey
talks", « américano-russe »), and the mentions of one side in a row ("Chinese President Xi
Jinping"), of which the most specific stands for it.

Units in a row are coordinated when only joiners (commas, "and", "et", articles) stand
between them and at least one of those is a coordinator. Used by the word-order rules
(:mod:`analysis.relations.rules`), the nouns' rules and the parse.
"""

from __future__ import annotations

from analysis.relations.sentence import KIND_RANK, Sentence, Unit
from analysis.relations.words import Words

__all__ = [
    "after_preposition",
    "before_articles",
    "coordinated",
    "delegation_origin",
    "owns",
    "side_tokens",
    "specific",
]


def coordinated(sentence: Sentence, unit: Unit | None, words: Words) -> list[Unit]:
    """The unit and those coordinated with it ("Washington, Séoul et Tokyo").

    Units in a row are coordinated when only joiners (commas, "and", "et", articles) stand
    between them and at least one of those is a coordinator: two actors separated by a comma
    alone ("In Tokyo, Blinken ...") are not. A hyphen between two actors, with no space
    ("U.S.-Turkey talks", « le rapprochement américano-russe »), joins them too.
    """
    if unit is None:
        return []
    key = ("coordinated", unit.first)
    if key not in sentence.memo:
        sentence.memo[key] = _coordinated(sentence, unit, words)
    return list(sentence.memo[key])


def _coordinated(sentence: Sentence, unit: Unit, words: Words) -> list[Unit]:
    members, gaps = [unit], []
    for step in (1, -1):
        current = unit
        while True:
            first, last = _run(sentence, current)
            position = last + 1 if step == 1 else first - 1
            gap = []
            while 0 <= position < len(sentence.tokens) and sentence.unit(position) is None:
                gap.append(sentence.tokens[position].lower)
                position += step
            neighbour = sentence.unit(position)
            if neighbour is not None and _hyphenated(sentence, current, neighbour, gap):
                gap = list(words.coordinators)[:1]  # "U.S.-Turkey", « américano-russe »
            if neighbour is not None and sentence.language == "en":
                gap = _without_names(sentence, gap, current, neighbour, step)
            gap = _without_title_modifiers(gap, step, words)
            gap = [word for word in gap if word not in _BRACKETS] or gap
            gap = _without_repeated_of(sentence, gap, current, neighbour, step, words)
            gap = _without_governments_of(gap, step, words)
            gap = _without_first_owner_mark(sentence, gap, current, neighbour, step, words)
            if neighbour is None or not gap or not set(gap) <= words.joiners:
                break
            left, right = (current, neighbour) if step == 1 else (neighbour, current)
            if owns(sentence, right, words) and not owns(sentence, left, words):
                break  # "against Ukraine and Belarus's role": a new phrase
            if (
                neighbour.possessive != unit.possessive
                or "first person" in (neighbour.kind, unit.kind)
                or (_we(sentence, right) and "," in gap and set(gap) & words.coordinators)
            ):
                # "the conflict in Yemen and we thank ...", "regarding Chad, and we join",
                # "Japan and our": not a list
                break
            if (
                step == -1
                and after_preposition(sentence, neighbour, words)
                and not after_preposition(sentence, unit, words)
                and not delegation_origin(sentence, neighbour, words)
            ):
                break
            members.insert(len(members) if step == 1 else 0, neighbour)
            gaps.append(gap)
            current = neighbour
    if (
        len(members) > 1
        and not any(set(gap) & words.coordinators for gap in gaps)
        and not _others_after(sentence, members[-1], words)
    ):
        return [unit]
    return [specific(sentence, member) for member in members]


_OTHERS = frozenset({"other", "others", "autres"})
"""Words after which a list's last coordinator names no actor: "the Republic of Korea, Japan,
as well as other allies", « la France, l'Allemagne et d'autres pays »."""


def _others_after(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether a list of actors joined by commas alone ends with a coordinator and others
    ("Korea, Japan, and other partners"): a list all the same."""
    tokens = sentence.tokens
    position, seen = _run(sentence, unit)[1] + 1, []
    while position < len(tokens) and len(seen) <= 4:
        lower = tokens[position].lower
        if lower in _OTHERS:
            return bool(set(seen) & words.coordinators) or seen[-3:] == ["as", "well", "as"]
        if lower not in words.joiners and lower != "d'":
            return False
        seen.append(lower)
        position += 1
    return False


def _we(sentence: Sentence, unit: Unit) -> bool:
    """Whether a unit is the voice's "we" / « nous » (not "the Secretary"), which after
    ", and" opens a clause of its own."""
    return unit.kind == "voice" and sentence.tokens[unit.first].lower in ("we", "nous")


def side_tokens(sentence: Sentence, unit: Unit) -> tuple[int, int]:
    """The first and last tokens of the mentions of one side in a row around ``unit``
    ("Turkish President Erdogan", "Chinese officials in Beijing"), as :func:`specific`
    groups them."""
    return _run(sentence, unit)


def _run(sentence: Sentence, unit: Unit) -> tuple[int, int]:
    """The first and last tokens of the mentions of one side in a row around ``unit``
    ("Turkish President Erdogan"), as :func:`specific` groups them."""
    run = _same_side(sentence, unit)
    return min(member.first for member in run), max(member.last for member in run)


def owns(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether a possessive follows the unit ("Belarus's role"), in English also the bare
    apostrophe after a plural ("the United States' and the EU's")."""
    after = unit.last + 1
    if after >= len(sentence.tokens):
        return False
    mark = sentence.tokens[after].lower
    return mark in words.possessives or (
        mark == "'" and sentence.language != "fr" and sentence.tokens[unit.last].lower[-1:] == "s"
    )


def _without_first_owner_mark(
    sentence: Sentence, gap: list[str], current: Unit, neighbour: Unit | None, step: int,
    words: Words,
) -> list[str]:  # fmt: skip
    """The gap between two owners of one thing less the first one's possessive ("the
    United States' and the EU's shared resolve", "Japan's and Korea's sanctions")."""
    if neighbour is None:
        return gap
    left, right = (current, neighbour) if step == 1 else (neighbour, current)
    if not (owns(sentence, left, words) and owns(sentence, right, words)):
        return gap
    mark = sentence.tokens[left.last + 1].lower
    if mark not in gap:
        return gap
    kept = list(gap)
    kept.remove(mark)
    return kept


def _without_names(
    sentence: Sentence, gap: list[str], current: Unit, neighbour: Unit, step: int
) -> list[str]:
    """The gap between two actors less the capitalised words of a name or title that
    follows the first ("Japanese Foreign Minister Hayashi and Korean Foreign Minister
    Park"), when a coordinator follows them."""
    first = (current if step == 1 else neighbour).last + 1
    tokens = sentence.tokens[first : first + len(gap)]
    kept = [
        token.lower
        for token in tokens
        if not sentence.text[token.start : token.start + 1].isupper()
    ]
    kept = [word for word in kept if word not in _BRACKETS]  # "Mission (UNITAMS), the AU"
    if kept and kept != [t.lower for t in tokens] and kept[0] in ("and", ","):
        gap = kept
        if gap[-1] == "of" or gap[-2:] == ["of", "the"]:
            # "and the High Representative of the European Union": the title of the next
            gap = [word for word in gap if word != "of"]
    if step == 1 and len(gap) > 1 and gap[-1] in _DESCRIPTORS:
        gap = gap[:-1]  # "the European Union and the South American group Mercosur"
    return gap


def _without_repeated_of(
    sentence: Sentence, gap: list[str], current: Unit, neighbour: Unit, step: int, words: Words
) -> list[str]:
    """The gap less a repeated "of" beside a comma or a coordinator, when the first of the
    two actors follows "of" too (« l'alliance du Nigeria, du Cameroun et du Tchad »,
    "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin", names already
    taken out of the gap): one list, not a new phrase."""
    of = words.of | {"d'"}
    if neighbour is None or not set(gap) & (words.coordinators | {","}) or not set(gap) & of:
        return gap
    first = current if step == 1 else neighbour
    before = {token.lower for token in sentence.tokens[max(0, first.first - 2) : first.first]}
    if not before & of:
        return gap
    return [word for word in gap if word not in of]


def _without_governments_of(gap: list[str], step: int, words: Words) -> list[str]:
    """The gap less "the (transition) governments of" after a coordinator, which names the
    states after it ("ECOWAS and the transition governments of Mali, Guinea, and Burkina
    Faso", « l'UA et les gouvernements du Mali et du Niger »); the gap runs backwards when
    ``step`` is -1."""
    ordered = gap if step == 1 else gap[::-1]
    if len(ordered) < 3 or ordered[-1] not in words.of | {"du", "des"}:
        return gap
    if ordered[-2] not in _GOVERNMENTS:
        return gap
    joined = [i for i, word in enumerate(ordered) if word in words.coordinators]
    if not joined or len(ordered) - 2 - joined[-1] > 4:
        return gap
    kept = ordered[: joined[-1] + 1]
    return kept if step == 1 else kept[::-1]


_GOVERNMENTS = frozenset(
    {"government", "governments", "authorities", "gouvernement", "gouvernements", "autorités"}
)


def _without_title_modifiers(gap: list[str], step: int, words: Words) -> list[str]:
    """The gap less the words that open the title of the actor after it ("and newly
    elected President Zelensky"); the gap runs backwards when ``step`` is -1."""
    ordered = gap if step == 1 else gap[::-1]
    end = len(ordered)
    while end > 1 and ordered[end - 1] in words.title_modifiers:
        end -= 1
    kept = ordered[:end]
    return kept if step == 1 else kept[::-1]


_DESCRIPTORS = frozenset(
    {"group", "bloc", "nation", "state", "country", "kingdom", "alliance", "organization"}
    | {"organisation", "island", "republic", "emirate", "federation"}
)
"""A noun set before a name in apposition ("the Gulf state Qatar"): no new phrase."""


def _hyphenated(sentence: Sentence, one: Unit, other: Unit, gap: list[str]) -> bool:
    if gap not in (["-"], ["‐"], ["–"]):
        return False
    first, second = sorted((one, other), key=lambda unit: unit.first)
    mark = sentence.tokens[first.last + 1]
    return sentence.tokens[first.last].end == mark.start and mark.end == second.start


def specific(sentence: Sentence, unit: Unit) -> Unit:
    """Of the mentions of the same actor side in a row, the most specific (see KIND_RANK).

    Two mentions are in a row when at most three words and no punctuation stand between.
    """
    run = _same_side(sentence, unit)
    return min(run, key=lambda member: (KIND_RANK.get(member.kind, 9), member.start))


def _same_side(sentence: Sentence, unit: Unit) -> list[Unit]:
    key = ("side", unit.first)
    if key not in sentence.memo:
        sentence.memo[key] = _side(sentence, unit)
    return sentence.memo[key]


def _side(sentence: Sentence, unit: Unit) -> list[Unit]:
    run = [unit]
    unit_at, tokens, size = sentence.unit_at, sentence.tokens, len(sentence.tokens)
    for step in (1, -1):
        current = unit
        while True:
            acronym = _acronym_after(sentence, current) if step == 1 else None
            if acronym is not None and acronym.roll_ups == unit.roll_ups:
                run.append(acronym)  # "the UN Integrated Transition Assistance Mission
                current = acronym  # (UNITAMS)": one side, however long its name
                continue
            position, gap = (current.last + 1, 0) if step == 1 else (current.first - 1, 0)
            while 0 <= position < size and unit_at[position] < 0:
                if not tokens[position].lower[:1].isalnum() or gap == 3:
                    break
                gap += 1
                position += step
            neighbour = sentence.unit(position)
            if neighbour is None or neighbour.roll_ups != unit.roll_ups or neighbour.voice:
                break
            run.append(neighbour)
            current = neighbour
    return run


_BRACKETS = frozenset({"(", ")"})
"""Brackets between listed actors, around an acronym: no new phrase."""
_NAME_REACH = 6
"""Capitalised words of a name between an actor and its acronym in brackets."""


def _acronym_after(sentence: Sentence, unit: Unit) -> Unit | None:
    """The actor named in brackets after ``unit`` and the capitalised words of its name
    ("United Nations Integrated Transition Assistance Mission (UNITAMS)"), if any."""
    tokens, position = sentence.tokens, unit.last + 1
    while (
        position < len(tokens)
        and position - unit.last <= _NAME_REACH
        and sentence.unit_at[position] < 0
        and sentence.text[tokens[position].start : tokens[position].start + 1].isupper()
    ):
        position += 1
    if position + 1 >= len(tokens) or tokens[position].lower != "(":
        return None
    return sentence.unit(position + 1)


def after_preposition(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether a preposition stands right before the actor, articles between ("to the
    United States", « de la Russie »): the actor is no subject there, unless it names whom
    a delegation comes from ("officials from Japan") and the delegation is itself after no
    preposition ("met with officials from Japan")."""
    position = before_articles(sentence, unit.first, words)
    if position > 0 and sentence.tokens[position].lower == ",":
        # "traveled to Bridgetown, Barbados, to meet": a city's state in apposition
        city = sentence.unit(position - 1)
        return (
            city is not None
            and city.roll_ups == unit.roll_ups
            and (after_preposition(sentence, city, words))
        )
    if position < 0 or sentence.tokens[position].lower not in words.prepositions:
        return False
    if not delegation_origin(sentence, unit, words):
        return True
    tokens = sentence.tokens
    return any(t.lower in words.prepositions for t in tokens[max(0, position - 4) : position - 1])


def before_articles(sentence: Sentence, first: int, words: Words) -> int:
    """The position of the word before token ``first``, past articles and determiners
    ("to the United States": "to"); -1 at the sentence's start."""
    position = first - 1
    while position >= 0 and sentence.tokens[position].lower in words.determiners:
        position -= 1
    return position


def delegation_origin(sentence: Sentence, unit: Unit, words: Words) -> bool:
    """Whether the actor names whom a delegation comes from: "officials from the United
    States and the European Union", « des représentants de la Chine »."""
    position = before_articles(sentence, unit.first, words)
    tokens = sentence.tokens
    return (
        position > 0
        and tokens[position].lower in words.origins
        and tokens[position - 1].lower in words.delegations
    )
