"""Releases that speak as a state: the phrases that stand for the corpus's voice.

With a voice (``voice: USA`` in a corpus's ``corpus.yaml``), "the Department", "the
Secretary" (and "the Deputy", "Under" or "Assistant Secretary"), "the Spokesperson", an
envoy's title not given to another ("Special Envoy for Haiti", "Special Representative for
the DPRK Sung Kim", "Senior Bureau Official Moy"; not "UN Special Envoy"), "we",
"I" and "our" (French: "le Département", "le porte-parole", "nous", "je", "notre") name
that actor. In a joint statement (its opening
says "joint statement" or "déclaration conjointe"), "we" names each signatory: the actors
coordinated with the voice where the statement is introduced ("a joint statement by the
United States, Japan and the Republic of Korea"), or the longest such list when the voice
is not among them.

Transcripts of briefings and interviews name their speakers ("SECRETARY BLINKEN:",
"QUESTION:", "FOREIGN MINISTER BOURITA:"): there "we", "I" and "our" are the speaker's —
the voice's for its own officials, another actor's when the label names one, nobody's for
a journalist's question (:func:`speaker_turns`). In remarks between the voice and its one
partner, a minister's label the dictionary does not name speaks for the partner, and "you"
is the one addressed: the partner in the voice's words, the voice in the partner's
(:func:`addressee`); in a briefing, "you" is a journalist and names nobody.

"We" and "our" may also stand for the voice and the one it works with: the release's partner
(:func:`release_partner`) where "together", "our two countries" or "our close cooperation"
is said (:data:`TOGETHER`), either side of remarks where "we met" or "our talks" is said
(:data:`SHARED`), and in a sentence naming one state before "our close cooperation" that
state (:func:`sentence_partner`); :func:`with_partner` gives "we" both sides.
"""

from __future__ import annotations

import bisect
import functools
import re

__all__ = [
    "FIRST_PLURAL",
    "JOINT_STATEMENT",
    "NOBODY",
    "NOT_NAMED",
    "OPENING_CHARACTERS",
    "OUR_WORK",
    "PARTNER_MENTIONS",
    "SECOND_PERSON",
    "SHARED",
    "SPEAKER_LABEL",
    "TOGETHER",
    "VOICE_PHRASES",
    "addressee",
    "release_partner",
    "remarks_partner",
    "scheduled",
    "second_person_spans",
    "sentence_partner",
    "shared_we",
    "speaker_turns",
    "voice_spans",
    "with_partner",
]

VOICE_PHRASES = {
    "en": re.compile(
        r"(?:(?<![\w-])|(?<=[a-z])(?=[A-Z]))"  # or glued to a heading: "SpokespersonWe"
        r"(?:(?P<we>[Ww]e|I(?= [a-z’'])|[Oo]ur)|[Tt]he (?P<phrase>Department"
        r"(?: [Ss]pokesperson)?|(?:(?:Deputy |Principal Deputy )?(?:Under |Assistant )?|Deputy )"
        r"Secretary(?: of State)?(?! of)(?![ -]General)|[Ss]pokesperson)|"
        r"(?P<office>Special (?:Presidential )?"
        r"(?:Envoy|Representative|Advisor|Adviser|Coordinator)|Senior Bureau Official|"
        r"Ambassador-at-Large|(?:Principal Deputy |Deputy )?(?:Assistant|Under) Secretary|"
        r"Deputy Secretary)(?! General)(?= for | [A-Z]))"
        r"(?![\w-])"
    ),
    "fr": re.compile(
        r"(?<![\w-])(?:(?P<we>[Nn]ous|[Jj]e|[Nn]otre|[Nn]os)|(?:[Ll]e|[Ll]a) (?P<phrase>"
        r"[Dd]épartement(?! de la)|[Ss]ecrétaire(?! général)|porte-parole))(?![\w-])"
    ),
}
"""Per language, the phrases standing for the voice; group ``we`` marks the first person."""

POSSESSIVES = frozenset({"our", "notre", "nos"})
"""First-person phrases that only own a noun ("our commitment"): never a verb's subject."""

SPEAKER_LABEL = re.compile(
    r"(?:^|(?<=[\n.!?)\]])|(?<=[a-z]))[ \t]*(?P<label>[A-Z][A-Z.'’ -]{1,40}[A-Z.]):\s"
)
"""A speaker's label in a transcript, in capitals before a colon ("SECRETARY BLINKEN:"), also
glued to the heading before it ("Ministry of Foreign AffairsFOREIGN MINISTER LANDSBERGIS:")."""

_FOREIGN_TITLE = re.compile(r"MINISTER|PRIME|KING|PRESIDENT|CHANCELLOR")
"""Labels of a foreign head of state, head of government or minister: in remarks with the
release's one partner, such a speaker the dictionary does not name speaks for it."""
_NOT_OFFICIAL = re.compile(
    r"QUESTION|MODERATOR|OPERATOR|PARTICIPANT|JOURNALIST|REPORTER|AUDIENCE|INTERPRETER|"
    r"STAFF|PARTICIPANTS|QUESTIONER|PRESS|MEDIA|INTERVIEWER|" + _FOREIGN_TITLE.pattern
)
"""Labels of speakers who are not the voice's officials: journalists, and foreign ministers
or presidents the dictionary does not name (a label that names an actor speaks for it)."""

NOBODY = ()
"""The speaker of a journalist's question: its "we" and "I" stand for no actor."""

JOINT_STATEMENT = re.compile(
    r"joint statement|joint declaration|déclaration (?:conjointe|commune)|statement (?:was )?"
    r"(?:released|issued|made) (?:jointly )?by|statement (?:by|of|from) the (?:foreign )?"
    r"ministers|\bwe, the (?:foreign )?ministers|nous, (?:les )?ministres|"
    r"(?:\b|(?<=[a-z]))the (?-i:[A-Z][\w-]+) \((?=[^)]{0,120}\band\b)",
    re.IGNORECASE,
)
"""What says that a release is a joint statement ("The following statement was released by
the Secretary of State, the French Foreign Minister and ...", "We, the Foreign Ministers
of ...", "The Troika (United States, United Kingdom, and Norway) congratulates")."""

OPENING_CHARACTERS = 600
"""How far into a release its introduction of a joint statement is looked for."""


def voice_spans(text: str, start: int, end: int, language: str) -> list[tuple[int, int, bool]]:
    """The phrases standing for the voice in ``text[start:end]``: (start, end, is "we").

    Examples
    --------
    >>> text = "The Department condemns Russia. We urge China to act."
    >>> [(text[a:b], we) for a, b, we in voice_spans(text, 0, len(text), "en")]
    [('Department', False), ('We', True)]
    """
    pattern = VOICE_PHRASES.get(language)
    if pattern is None:
        return []
    spans = []
    for match in pattern.finditer(text, start, end):
        group = "we" if match.group("we") else "phrase"
        if language == "en" and match.group("office"):
            if _office_of_another(text, start, match.start()):
                continue
            group = "office"
        spans.append((match.start(group), match.end(group), group == "we"))
    return spans


def _office_of_another(text: str, start: int, position: int) -> bool:
    """Whether the envoy's title at ``position`` belongs to another state or organisation:
    after a capitalised word or a possessive ("UN Special Envoy", "the EU's Special
    Representative", "U.S. Special Envoy", named as such), not after "the", a lower-case
    word or punctuation ("The Special Envoy for Haiti", "and Special Representative")."""
    gap = text[start:position]
    if not gap[-1:].isspace():
        return False  # the sentence's start, or glued to a heading ("SpokespersonSpecial")
    before = gap.split()
    if not before:
        return False
    word = before[-1]
    if word in ("the", "The") or word[-1] in ",;:()—–":
        return False  # "Today, Special Envoy ...": a clause's opening, no owner
    return word[:1].isupper() or word.endswith(("'s", "’s"))


def speaker_turns(
    text: str, mentions: list[tuple[int, int, tuple]], voice, partner=None
) -> list[tuple]:
    """Where each speaker of a transcript begins, and whom "we" and "I" stand for then.

    ``mentions`` are ``(start, end, ((actor, roll-up),))`` of the text's mentions, ``voice``
    the corpus's ``(actor, roll-up)``, ``partner`` the one actor the release is about
    besides the voice, if any. Returns ``(offset, actors)`` in order: before the first
    label, and for labels of the voice's own officials, ``(voice,)``; for a label that
    names another actor, that actor; for a minister or president the dictionary does not
    name, the partner; for a question, or such a minister without a partner,
    :data:`NOBODY`.

    Examples
    --------
    >>> text = "QUESTION: Do we agree? SECRETARY BLINKEN: We do."
    >>> speaker_turns(text, [], ("USA", "USA"))
    [(0, (('USA', 'USA'),)), (0, ()), (23, (('USA', 'USA'),))]
    """
    turns: list[tuple] = [(0, (voice,))]
    ordered = sorted(mentions, key=lambda mention: mention[0])
    starts = [mention[0] for mention in ordered]
    for match in SPEAKER_LABEL.finditer(text):
        a, b = match.span("label")
        label = match.group("label")
        inside = ordered[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        named = [pairs for _, end, pairs in inside if end <= b]
        others = [pair for pairs in named for pair in pairs if pair[1] != voice[1]]
        if others:
            turns.append((a, (others[0],)))
        elif partner is not None and not named and _FOREIGN_TITLE.search(label):
            turns.append((a, (partner,)))  # "FOREIGN MINISTER SHOUKRY:" beside Egypt's
        elif _NOT_OFFICIAL.search(label) and not named:
            turns.append((a, NOBODY))
        else:
            turns.append((a, (voice,)))
    return turns


SECOND_PERSON = {
    "en": re.compile(
        r"(?<![\w-])(?P<you>[Yy]ou|[Yy]our)(?![\w-])(?! all\b| know\b| see\b| guys\b)"
    ),
    "fr": re.compile(r"(?<![\w-])(?P<you>[Vv]ous|[Vv]otre|[Vv]os)(?![\w-])(?! tous\b)"),
}
"""The second person ("you", "your", « vous »), not an audience ("you all", "as you know")."""


def remarks_partner(turns: list[tuple], partner) -> tuple | None:
    """The partner when the transcript gives it turns of its own (remarks between the voice
    and its partner), else None (a briefing, whose "you" is a journalist; a release that
    is no transcript)."""
    if partner is None:
        return None
    return partner if any(_speaks_for(actors, partner) for _, actors in turns) else None


def addressee(speaking: tuple, voice, partner) -> tuple | None:
    """Whom "you" names in remarks with ``partner`` (from :func:`remarks_partner`): the
    partner when the voice's official speaks, the voice when the partner's does."""
    if partner is None:
        return None
    if speaking == (voice,):
        return partner
    return voice if _speaks_for(speaking, partner) else None


def _speaks_for(actors: tuple, partner) -> bool:
    return bool(actors) and all(pair[1] == partner[1] for pair in actors)


def second_person_spans(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` says "you" or "your" (:data:`SECOND_PERSON`)."""
    pattern = SECOND_PERSON.get(language)
    if pattern is None:
        return []
    return [match.span("you") for match in pattern.finditer(text, start, end)]


SCHEDULE = re.compile(r"PUBLIC SCHEDULE|[Pp]ublic [Ss]chedule")
"""The heading of a daily schedule of appointments ("THE DAILY PUBLIC SCHEDULE IS SUBJECT
TO CHANGE")."""

CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2} ?(?:a\.m\.|p\.m\.)")
"""A time of day ("2:00 p.m.", "9:15 a.m."), which opens an appointment of a schedule."""


@functools.lru_cache(maxsize=64)
def _is_schedule(text: str) -> bool:
    return SCHEDULE.search(text, 0, 600) is not None


def scheduled(text: str, start: int, offset: int) -> bool:
    """Whether the act at ``offset`` of the sentence starting at ``start`` is an
    appointment of a daily schedule, still to come: the release is a public schedule and a
    time of day opens the appointment before the act, or ends the sentence right before it
    ("2:00 p.m. Deputy Secretary Sherman meets with ..."); a trip under way ("is on travel
    to Japan") has no time, and follows the press note that ends the appointment before it.

    Examples
    --------
    >>> text = "THE DAILY PUBLIC SCHEDULE IS SUBJECT TO CHANGE 2:00 p.m. Sherman meets Qin Gang."
    >>> scheduled(text, 0, text.index("meets")), scheduled(text, 0, 4)
    (True, False)
    >>> text += "(CLOSED PRESS COVERAGE)Under Secretary Nuland is on travel to Japan."
    >>> scheduled(text, 0, text.index("travel"))
    False
    """
    if not _is_schedule(text):
        return False
    # the time may end the sentence before ("2:00 p.m." read as a sentence of its own);
    # an appointment ends at its press note ("(CLOSED PRESS COVERAGE)")
    times = list(CLOCK_TIME.finditer(text, max(0, start - 12), offset))
    if not times:
        return False
    time = times[-1]
    if time.start() < start and text[time.end() : start].strip():
        return False
    return ")" not in text[time.end() : offset]


PARTNER_MENTIONS = 3
"""How often a release must name its partner for "we ... together" to include it."""

_OUR_WORK = (
    r"(?P<our>our) (?:[\w-]+ ){0,2}(?:cooperation|collaboration|coordination|"
    r"(?:joint|mutual|coordinated) efforts?)(?! with| between| among| in support)"
)
TOGETHER = re.compile(
    r"\b(?:together(?! with)|jointly|bilateral(?:ly)?|our (?:two )?(?:countries|nations|"
    r"peoples)|both (?:of )?our (?:countries|nations)|ensemble(?! avec)|conjointement|"
    r"nos deux pays|nos pays|" + _OUR_WORK + r")\b",
    re.IGNORECASE,
)
"""What says that the voice's "we" is the voice and its partner ("together", "our two
countries", "our close cooperation", "our joint efforts"); not "together with X" or "our
cooperation with X", which name whom the voice works with ("working together with the
United States")."""

OUR_WORK = re.compile(r"\b" + _OUR_WORK + r"\b", re.IGNORECASE)
"""The voice's work with someone unnamed ("our close security cooperation"): in a sentence
that names one state besides the voice before it, the voice's and that state's."""

_TALKS = r"(?:meeting|discussion|conversation|talks|dialogue|exchange|call)s?"
SHARED = re.compile(
    r"\b(?:(?P<had>we)(?:['’]ve| have)? (?:just )?had (?:an? )?(?:[\w-]+ ){0,3}"
    + _TALKS
    + r"(?! with)|(?P<did>we) (?:have |had )?(?:just |also )?(?:discussed|met|agreed|spoke|talked)"
    + r"(?! with)|(?P<chance>we) had (?:an|the) opportunity to (?:discuss|meet|speak|talk)"
    + r"|(?P<our>our) (?:[\w-]+ ){0,2}(?:meeting|discussion|conversation|talks|dialogue|"
    + r"cooperation|collaboration|coordination)s?(?! with)"
    + r"|"
    + _TALKS
    + r" (?:that )?(?P<after>we) had)\b",
    re.IGNORECASE,
)
"""What, in remarks between the voice and its partner, says that "we" met, talked or work
together ("We had a very meaningful meeting", "we discussed", "our close cooperation", "the
first telephone conversation we had"): that "we" is both sides, whichever speaks. Not an act
with a partner named after it ("our cooperation with Japan"), nor one to come ("we have a
meeting later today")."""


def release_partner(mentions: list, voice: tuple[str, str]) -> tuple[str, str] | None:
    """The one actor a release is about besides the voice (a message to Denmark, an
    interview in Morocco): named at least :data:`PARTNER_MENTIONS` times and twice as often
    as any other; None when there is no such actor."""
    counts: dict[tuple[str, str], int] = {}
    for _, _, pairs in mentions:
        for pair in pairs:
            if pair[1] != voice[1]:
                key = (pair[1], pair[1])
                counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < PARTNER_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def sentence_partner(text, start, end, spans, voice, states) -> tuple | None:
    """The one state besides the voice named before an :data:`OUR_WORK` phrase of
    ``text[start:end]``, with where the phrase's "our" begins; None when no phrase, or
    none or several such states ("our joint efforts to hold Russia to account")."""
    found = OUR_WORK.search(text, start, end)
    if found is None:
        return None
    named = {
        pair
        for a, _, pairs, kind in spans
        if kind not in NOT_NAMED
        for pair in pairs
        if pair[1] != voice[1] and pair[1] in states
    }
    before = {pair for a, _, pairs, kind in spans if a < found.start() for pair in pairs}
    rolled = {pair[1] for pair in named}
    if len(rolled) != 1 or not named <= before:
        return None
    return (rolled.pop(),) * 2, frozenset({found.start("our")})


def shared_we(text: str, start: int, end: int) -> frozenset[int]:
    """Where the "we" or "our" of each :data:`SHARED` phrase of ``text[start:end]`` begins."""
    return frozenset(
        match.start(name)
        for match in SHARED.finditer(text, start, end)
        for name in ("had", "did", "chance", "our", "after")
        if match.start(name) >= 0
    )


def with_partner(text: str, spans: list, speaking: tuple, other, only=None) -> list:
    """The spans with the speaker's "we" and "our" standing for the speaker's side and the
    other ("we are working together", "our countries' relationship"); those beginning at
    ``only``, when given."""
    found = []
    for a, b, pairs, kind in spans:
        if pairs == speaking and text[a:b].lower() in FIRST_PLURAL and (only is None or a in only):
            pairs = (*speaking, other)
        found.append((a, b, pairs, kind))
    return found


NOT_NAMED = frozenset({"voice", "possessive", "pronoun", "addressee"})
"""Kinds of unit that stand for actors without naming them ("us", "they")."""
FIRST_PLURAL = frozenset({"we", "our", "nous", "notre", "nos"})
