"""Pronouns and definite phrases that stand for actors named in an earlier sentence.

A sentence that opens with « Il », « Elle », "He", "She" speaks of the actor that was the
subject of a recent sentence: the first person, office or institution named there (in
French, one whose article agrees: « la Maison Blanche ... Elle », « le département d'Etat
... Il »). « Ils », « Elles », "They", "The leaders", "The two ministers", « les deux
pays » stand for one plural actor (« les États-Unis ») or for exactly two actors of the
last sentence that named people or institutions ("Blinken spoke with the Turkish Foreign
Minister. They discussed ..."): a group of more than two is not expanded. "The embassy",
"the ministry", « l'ambassade » stand for the last mention whose name, or the two words
after it, hold that word ("the US Embassy in London"); "the government", "the
authorities", « le régime » without such a mention stand for the one state (not the
voice, nor an actor of their own sentence) named in the last recent sentence that names
a state.

Only recent sentences count (:data:`REACH`), and only pronouns in subject position: at the
head of the sentence, or after one or two short opening phrases ("In a statement, he ...",
"Yesterday, before his test, he ..."). A person as object ("welcomed him", « avec lui ») is
the subject of a recent sentence when it is not named in its own; after "with" / « avec »
it may be one named earlier in its own sentence, other than its subject, and so may any
object pronoun when no sentence before offers one ("spoke with UN Special Envoy Grundberg
to congratulate him"); when the subject is named again, it is the person named last
before ("Blinken spoke with Somali President Mohamud. Blinken congratulated him").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from analysis.relations.sentence import PERSON_KINDS
from analysis.relations.words import words_of

__all__ = ["LEAD_REACH", "REACH", "Memory", "Referent"]

REACH = 3
"""How many sentences back an antecedent is looked for."""

LEAD_REACH = 5
"""How many sentences back the doer of an act named again without its actor is looked for
(``cette nouvelle législation`` four sentences after « le parlement hongrois a adopté »)."""

_OPENING = r"^\W{0,3}(?:[\w’' -]{1,40}, ){0,2}"
_SUBJECTS = {
    "en": re.compile(
        _OPENING + r"(?P<pronoun>He|She|They|he|she|they|His|Her|Their|his|her|their|"
        r"(?:The|the|Both|both) (?:two )?(?:leaders|ministers|sides|countries|governments)|"
        r"It(?! (?:is|was|has been|had been|will|would|may|might|could|should|must|seems?|"
        r"seemed|appears?|appeared|remains?|remained|takes?|took|means?|meant|comes?|came|"
        r"becomes?|became|follows?|followed|also (?:is|was))\b)(?!['’]))\b"
    ),
    "fr": re.compile(
        _OPENING + r"(?P<pronoun>Il|Elle|Ils|Elles|il|elle|ils|elles|Sa|Son|Ses|Leurs?|"
        r"(?:Les|les) deux (?:dirigeants|ministres|pays|parties|gouvernements|hommes))\b"
        r"(?! s['’]agit| y a| faut| semble| para[iî]t| existe| importe| convient| reste| est "
        r"(?:probable|possible|nécessaire|important|clair|temps|vrai|difficile))"
    ),
}
_LATTER = {
    "en": re.compile(_OPENING + r"(?P<pronoun>[Tt]he latter)\b"),
    "fr": re.compile(_OPENING + r"(?P<pronoun>[Cc]ette dernière|[Cc]e dernier)\b"),
}
"""A subject "the latter", « cette dernière », « ce dernier »: the actor named last in the
sentence before (in French, of the same gender), not its first."""
_LATTER_TAIL = 2
"""Words that may follow the actor "the latter" stands for at the end of its sentence."""
_HE = re.compile(r"\b(?:[Hh]e|[Hh]is)\b")
_NAME = re.compile(r"\b[A-Z][\w’'-]+\.?(?: [A-Z][\w’'-]+)+")
"""Two or more capitalised words: a name, which may be of someone who is no actor."""
_PLURAL_PRONOUNS = frozenset({"they", "their", "them", "ils", "elles", "leur", "leurs"})
_OBJECTS = {
    "en": re.compile(r"\b(?P<pronoun>him)\b"),
    "fr": re.compile(r"\b(?:avec|contre) (?P<pronoun>lui|elle)\b"),
}
"""A person as object ("Xi Jinping welcomed him", « travailler avec lui »): the person
named last, when not one of the actors of its sentence."""
_EMBEDDED = {
    "en": re.compile(
        r"\b(?:after|before|when|while|as|because|since|until|once|although|though|that) "
        r"(?P<pronoun>he|she)\b"
    ),
    "fr": re.compile(
        r"\b(?:après qu['’]|lorsqu['’]|quand |parce qu['’]|puisqu['’]|alors qu['’]|"
        r"tandis qu['’]|dès qu['’])(?P<pronoun>il|elle)\b"
    ),
}
"""A singular pronoun opening a subordinate clause ("This comes a week after he attended
a summit"), read only when no actor is named before it in its sentence."""
_SAYING_THAT = {
    # Not in English: "he" after "saying that" is as often the one reported on.
    "fr": re.compile(
        r"\b(?:indiquant|affirmant|déclarant|précisant|soulignant|ajoutant|assurant|"
        r"expliquant|rappelant) qu['’](?P<pronoun>il|elle)\b"
    ),
}
"""A pronoun after a participle of saying (« ..., indiquant qu'elle est prête »): the subject
of its own sentence, named or itself a pronoun."""
_PAIRS = {
    "en": re.compile(
        r"\b(?:the|both) two (?P<head>countries|leaders|sides|governments|nations|ministers)\b"
    ),
    "fr": re.compile(
        r"\b(?:les|des|aux) deux (?P<head>pays|dirigeants|parties|gouvernements|nations|"
        r"ministres|capitales)\b"
    ),
}
"""A pair named inside a sentence ("but the leaders of the two countries spoke"): the two
actors named before it in the sentence, else in the last recent sentence naming two."""
_THEY = {
    "en": re.compile(r"\b(?:and|but) (?P<head>they)\b"),
    "fr": re.compile(r"\b(?:et|mais) (?P<head>ils|elles)\b"),
}
"""A plural pronoun inside a sentence ("Blinken spoke with Hayashi and they jointly
condemned"): the two actors named before it, as for a pair."""
_HEADS = {
    "en": re.compile(
        r"\b(?:[Tt]he) (?:(?:new|current|interim|transitional|transition|federal|national|"
        r"central) )?"
        r"(?P<head>embassy|ministry|government|administration|authorities|regime|country)"
        r"\b(?!(?: and (?:the )?\w+)? of\b)"
    ),
    "fr": re.compile(
        r"(?:\b[Ll]e |\b[Ll]a |\b[Ll]['’]|\b[Ll]es |\b[Aa]u |\b[Dd]u |\b[Aa]ux )"
        r"(?P<head>ambassade|ministère|gouvernement|"
        r"administration|autorités|régime|pays)\b"
        r"(?!(?: et (?:le |la |les )?\w+)? (?:de|du|des|d['’])(?! ne\b))"
    ),
}
_OFFICES = {
    "en": re.compile(
        r"\b(?:[Tt]he|and) (?P<head>(?:(?:Vice|Deputy) )?(?:Foreign |Prime |Defen[cs]e )?"
        r"Minister|Foreign Secretary|Secretary[ -]General|High Representative|Chancellor|King|"
        r"Queen|Emir|"
        r"Crown Prince|Premier|Taoiseach)\b(?! of\b)(?! [A-Z])(?! and (?:[A-Z][\w-]* )+[A-Z])"
    ),
}
"""An office without name or state in English ("The Secretary and the Foreign Minister
discussed", "The Secretary and Foreign Minister highlighted", "the Vice Foreign Minister"):
the official named last (the voice's apart), when one was named in the recent sentences; a
minister, a foreign secretary, a secretary general or a high representative, named as such.
Not the first of two titles of one person ("and Deputy Prime Minister and Foreign Minister
Don Pramudwinai").
Not "the President": in a release it is most often the voice's own."""
_NAMED_OFFICES = frozenset({"foreign secretary", "secretary general", "high representative"})
"""Offices (besides a minister's) that name again only an official named with them."""
_TITLE_REACH = 80
"""Characters before a mention of a person where the title it is named with may stand
(twice as many after it, within its sentence)."""
_PRESIDENTS = {
    "en": re.compile(r"\b(?:[Tt]he|and) (?P<head>President)\b(?! of\b)(?! [A-Z])"),
    "fr": re.compile(r"\b(?:[Ll]e|et) (?P<head>président)\b(?! (?:de|du|des|d['’]|[A-ZÉ]))"),
}
"""A president without name or state ("The Secretary and President welcomed", « le
président a déclaré »): the president named last in the article, whoever's, the voice's
included."""
_IN_PLACE = re.compile(r"\W{0,3}(?:In|À|Au|En|Dans) (?:the |le |la |l['’])?")
"""An opening phrase that places a sentence in a state: "In Guinea, ...", « Au Mali, »."""
_STATE_HEADS = frozenset(
    {
        "government",
        "authorities",
        "regime",
        "country",
        "gouvernement",
        "autorités",
        "régime",
        "pays",
    }
)
"""Heads that, when no mention before holds them, stand for the state named last: "She
urged the government to cease ...", « les autorités ont arrêté ... »."""
_PROXIES = frozenset(
    {"proxies", "proxy", "aggression", "invasion", "agression", "military", "militaire"}
)
"""With the language's forces and wars, nouns a demonym may qualify without naming a party
to talks: "They discussed" after "condemned Russia's decision to send Russian troops" is not
about Russia."""


@functools.cache
def _not_parties(language: str) -> frozenset[str]:
    """Nouns after which a demonym names no party to talks: the language's forces and wars,
    and :data:`_PROXIES`; worked out once per language."""
    words = words_of(language)
    return words.forces | words.wars | _PROXIES


_JOINED = re.compile(r"\s+(?:and|et)\b")
"""A subject joined to others ("He and his counterparts discussed"): a plural subject."""
_QUOTE = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?")
_FIRST_PERSON = {
    "en": re.compile(r"\b(?:I|[Ww]e)\b"),
    "fr": re.compile(r"\b(?:[Jj]e|[Nn]ous)\b|\b[Jj]['’]"),
}
_SAYING = re.compile(
    r"\b(?:said|says|say|wrote|writes|told|tells|added|adds|stated|declared|tweeted|noted|"
    r"stressed|warned|insisted|explained|posted|déclaré|déclare|dit|affirmé|affirme|ajouté|"
    r"ajoute|écrit|souligné|souligne|estimé|estime|indiqué|indique|expliqué|explique|lancé|"
    r"assuré|martelé|insisté|prévenu|averti|tweeté)\b"
)
_SAID_AFTER = re.compile(
    r"\s*[,.]?\s*(?:(?:a|ajoute|déclare|explique|précise|affirme|souligne|estime|indique)-t-"
    r"(?P<pronoun>il|elle)|(?P<en>he|she) (?:said|added|wrote|says|told)|(?:said|added|wrote|"
    r"says|told|declared)\b)"
)
_OWNED = re.compile(r"['’]s?(?P<words>(?:\s+[\w-]+){1,3})")
"""A possessive and the words after it ("'s unprovoked invasion")."""
_PERSON_KINDS = PERSON_KINDS | {"voice"}
_PEOPLE_KINDS = _PERSON_KINDS | {"pronoun"}
"""Kinds of referent counted as people when "they" may stand for two named a sentence back."""
_THING_KINDS = frozenset({"institution", "name"})
"""What "It" stands for: a state, an organisation or an institution, or a government
named by its state's adjective ("The Pakistani government closed the border. It ...")."""
_SUBJECT_KINDS = frozenset({"leader", "official", "institution", "voice", "pronoun"})
_FRENCH_KINDS = frozenset({"leader", "official", "institution", "name", "voice"})
_MASCULINE = frozenset({"le", "du", "au"})
_FEMININE = frozenset({"la"})
_PLURAL = frozenset({"les", "des", "aux"})
_PREPOSITIONS = frozenset(
    {
        *("of", "to", "in", "on", "at", "by", "with", "from", "for", "against", "into"),
        *("de", "à", "en", "sur", "par", "avec", "pour", "contre", "dans", "du", "au", "aux"),
    }
)
_WORD_BEFORE = re.compile(r"([\w’']+)\W*$")
_TWO_WORDS = re.compile(r"(?:[ -]{1,2}[\w’']+){0,2}")


_SUBJECT_REACH = 40
"""How far into its sentence a subject named there may start (after an opening phrase)."""
_PARTNER_PREPOSITION = re.compile(r"\b(?:with|against|avec|contre)\s+$")


def _partner_before(text: str, position: int, spans, feminine: bool = False,
                    subject: bool = True, preposition: bool = True) -> tuple | None:  # fmt: skip
    """The actor named earlier in the same sentence whom "with him" / « avec lui » stands
    for ("congratulate Hassan Sheikh Mohamud ... and look forward to working closely with
    him"): the last leader or official before the pronoun that is not the sentence's first
    actor (its subject), when the pronoun follows "with", "against", « avec » or « contre ».
    « avec elle » stands for the last actor of any kind written with « la » (« envers la
    Corée du Nord, indiquant qu'elle est prête à dialoguer avec elle »). ``subject`` False:
    the sentence's subject is a pronoun, and its first actor may be the partner.
    ``preposition`` False: any object pronoun, not only one after "with"."""
    if preposition and not _PARTNER_PREPOSITION.search(text, max(0, position - 12), position):
        return None
    ordered = sorted(spans, key=lambda span: span[0])
    candidates = [span for span in ordered[1 if subject else 0 :] if span[1] <= position]
    if feminine:
        return next(
            (span for span in reversed(candidates) if _word_before(text, span[0]) == "la"),
            None,
        )
    people = [span for span in candidates if span[3] in PERSON_KINDS]
    return people[-1] if people else None


def _word_before(text: str, position: int) -> str:
    """The word before ``position``, in lower case, which tells a mention's gender and
    number in French, and whether it follows a preposition."""
    match = _WORD_BEFORE.search(text, max(0, position - 30), position)
    return match.group(1).lower().replace("’", "'") if match else ""


@dataclass(frozen=True)
class Referent:
    """An actor a sentence names: its span, its actors, the kind of mention, and where the
    mentions behind a pronoun are."""

    start: int
    end: int
    actors: tuple[tuple[str, str], ...]
    kind: str
    named: tuple[tuple[int, int], ...] = ()


@dataclass
class Memory:
    """What the sentences read so far in one article named, to resolve pronouns.

    Call :meth:`resolve` on each sentence, then :meth:`remember` with what it names.
    """

    text: str
    language: str
    states: frozenset[str] = frozenset()
    """Roll-ups of the article that are states (a government stands for one of them)."""
    voice: str | None = None
    """The voice's roll-up: in its releases "the government" is another state's."""
    sentences: list[tuple[int, list[Referent]]] = field(default_factory=list)

    def resolve(
        self,
        sentence_id: int,
        start: int,
        end: int,
        spans: list[tuple] = (),
    ):
        """The pronouns and definite phrases of a sentence that stand for actors: a list of
        ``(start, end, actors, named)``, ``named`` the offsets of the mentions behind them.
        ``spans`` are the sentence's mentions ``(start, end, actors, kind)`` (a government
        is never one of the other actors of its sentence)."""
        taken = [(span[0], span[1]) for span in spans]
        present = frozenset(pair[1] for span in spans for pair in span[2])
        found = []
        recent = [(i, refs) for i, refs in self.sentences if sentence_id - i <= REACH]
        subjects = _SUBJECTS.get(self.language)
        text = self.text[start:end]
        match = subjects.match(text) if subjects is not None and recent else None
        if match is not None:
            a, b = start + match.start("pronoun"), start + match.end("pronoun")
            if not any(a < y and x < b for x, y in taken):
                referent = self._antecedent(match.group("pronoun"), recent)
                if referent is not None:
                    found.append((a, b, referent.actors, _named(referent)))
        latter = _LATTER.get(self.language)
        last = latter.match(text) if latter is not None and match is None and recent else None
        if last is not None:
            a, b = start + last.start("pronoun"), start + last.end("pronoun")
            previous = recent[-1][1] if recent[-1][0] == sentence_id - 1 else []
            referent = self._latter(last.group("pronoun").lower(), previous, start)
            if referent is not None and not any(a < y and x < b for x, y in taken):
                found.append((a, b, referent.actors, _named(referent)))
        embedded = _EMBEDDED.get(self.language)
        inner = embedded.search(text) if match is None and embedded and recent else None
        if inner is not None:
            a, b = start + inner.start("pronoun"), start + inner.end("pronoun")
            if not any(x < b for x, _ in taken):
                referent = self._antecedent(inner.group("pronoun"), recent)
                if referent is not None:
                    found.append((a, b, referent.actors, _named(referent)))
        saying = _SAYING_THAT.get(self.language)
        said = saying.search(text) if saying is not None else None
        if said is not None:
            a, b = start + said.start("pronoun"), start + said.end("pronoun")
            if match is not None and found and found[0][0] == start + match.start("pronoun"):
                found.append((a, b, found[0][2], found[0][3]))
            elif match is None and spans:
                first = min(spans, key=lambda span: span[0])
                if first[0] - start <= _SUBJECT_REACH and first[1] <= a:
                    found.append((a, b, first[2], ((first[0], first[1]),) * len(first[2])))
        objects = _OBJECTS.get(self.language)
        for item in objects.finditer(text) if objects is not None else ():
            a, b = start + item.start("pronoun"), start + item.end("pronoun")
            feminine = item.group("pronoun") == "elle"
            if feminine:
                # Only an actor of its own sentence: « elle » is too often a thing.
                inside = _partner_before(self.text, a, spans, True, subject=match is None)
                if inside is not None:
                    found.append((a, b, inside[2], ((inside[0], inside[1]),) * len(inside[2])))
                continue
            referent = (
                self._antecedent("he" if self.language == "en" else "il", recent)
                if recent
                else None
            )
            if referent is not None and not {pair[1] for pair in referent.actors} & present:
                found.append((a, b, referent.actors, _named(referent)))
                continue
            # "with him"; with no antecedent before, the object of a verb: "spoke today with
            # UN Special Envoy Hans Grundberg to congratulate him"
            inside = _partner_before(self.text, a, spans, preposition=referent is not None)
            if inside is not None:
                found.append((a, b, inside[2], ((inside[0], inside[1]),) * len(inside[2])))
                continue
            referent = self._named_last(recent, spans, a, referent) if referent else None
            if referent is not None:
                found.append((a, b, referent.actors, _named(referent)))
        pairs = _PAIRS.get(self.language)
        for pair in pairs.finditer(text) if pairs is not None else ():
            a, b = start + pair.start(), start + pair.end()
            if (match is not None and a <= start + match.start("pronoun")) or any(
                a < y and x < b for x, y in taken
            ):
                continue
            referent = self._pair(a, spans, recent)
            if referent is not None:
                found.append((a, b, referent.actors, _named(referent)))
        they = _THEY.get(self.language)
        for item in they.finditer(text) if they is not None else ():
            a, b = start + item.start("head"), start + item.end("head")
            if any(a < y and x < b for x, y in taken):
                continue
            referent = self._pair(a, spans, recent)
            if referent is not None:
                found.append((a, b, referent.actors, _named(referent)))
        offices = _OFFICES.get(self.language)
        for office in offices.finditer(text) if offices is not None else ():
            a, b = start + office.start("head"), start + office.end("head")
            if any(a < y and x <= b for x, y in taken):
                continue
            referent = self._last_official(recent, office.group("head"))
            if referent is not None:
                found.append((a, b, referent.actors, _named(referent)))
        presidents = _PRESIDENTS.get(self.language)
        for office in presidents.finditer(text) if presidents is not None else ():
            a, b = start + office.start("head"), start + office.end("head")
            if any(a < y and x <= b for x, y in taken):
                continue
            referent = self._last_president()
            if referent is not None:
                found.append((a, b, referent.actors, _named(referent)))
        heads = _HEADS.get(self.language)
        for head in heads.finditer(text) if heads is not None else ():
            a, b = start + head.start("head"), start + head.end("head")
            if any(a < y and x < b for x, y in taken):
                continue
            referent = self._named(head.group("head"))
            if referent is None and head.group("head") in ("country", "pays"):
                # "As Lebanon looks ahead, ... the country's political leaders"
                referent = self._state_before(a, spans)
            if referent is None and head.group("head") in _STATE_HEADS:
                if any(b < x <= b + 2 for x, _ in taken):
                    continue  # « les autorités ukrainiennes »: named there
                others = set(present) | {pair[1] for _, _, actors, _ in found for pair in actors}
                referent = self._opening_state(start, spans) or self._last_state(
                    sentence_id, others
                )
            if referent is not None:
                found.append((a, b, referent.actors, _named(referent)))
        return found

    def quoted(self, sentence_id: int, start: int, end: int, spans: list) -> list:
        """The first person inside quotation marks ("I count on Turkey", « je condamne »)
        given to the one quoted: the actor named before the quote with a verb of saying
        ("Stoltenberg wrote, "...""), or after it (« ... », a-t-il déclaré; "...", said
        Lavrov). A list of ``(start, end, actors, named)``; ``spans`` are the sentence's
        mentions ``(start, end, actors, kind)``."""
        first_person = _FIRST_PERSON.get(self.language)
        if first_person is None:
            return []
        found = []
        for quote in _QUOTE.finditer(self.text, start, end):
            a, b = quote.span()
            words = list(first_person.finditer(self.text, a, b))
            if not words:
                continue
            speaker = self._quoted_speaker(sentence_id, start, end, a, b, spans)
            if speaker is None:
                continue
            for word in words:
                found.append((word.start(), word.end(), speaker.actors, _named(speaker)))
        return found

    def _quoted_speaker(self, sentence_id, start, end, a, b, spans) -> Referent | None:
        before = [span for span in spans if span[1] <= a and len(span[2]) == 1]
        if before:
            last = max(before, key=lambda span: span[1])
            between = self.text[last[1] : a]
            if len(between) <= 80 and (_SAYING.search(between) or between.rstrip().endswith(":")):
                return Referent(last[0], last[1], tuple(last[2]), last[3])
        after = _SAID_AFTER.match(self.text, b, end)
        if after is None:
            return None
        pronoun = after.group("pronoun") or after.group("en")
        if pronoun:
            recent = [(i, r) for i, r in self.sentences if sentence_id - i <= REACH]
            found = self._antecedent(pronoun, recent) if recent else None
            return found if found is not None and len(found.actors) == 1 else None
        named = [span for span in spans if b <= span[0] <= after.end() + 40]
        if named:
            first = min(named, key=lambda span: span[0])
            return Referent(first[0], first[1], tuple(first[2]), first[3])
        return None

    def remember(self, sentence_id: int, referents: list[Referent]) -> None:
        """Keep what a sentence names, in order (mentions, voice phrases, resolved
        pronouns)."""
        if referents:
            self.sentences.append((sentence_id, sorted(referents, key=lambda r: r.start)))
            del self.sentences[:-REACH]

    def leads(self, sentence_id: int) -> tuple[tuple, ...]:
        """The first actor named in each of the sentences just before ``sentence_id``,
        nearest first, as ``(actors, start, end)`` of the mention naming it: who likely did
        what the sentence calls "cette décision", "the move"."""
        return tuple(
            (first.actors, *(first.named[0] if first.named else (first.start, first.end)))
            for i, referents in reversed(self.sentences)
            if 0 < sentence_id - i <= LEAD_REACH
            for first in referents[:1]
        )

    def referent(self, start: int, end: int, actors, kind: str) -> Referent:
        """A :class:`Referent` for a span of the text."""
        return Referent(start, end, tuple(actors), kind)

    def _office(self, referent: Referent) -> bool:
        """Whether a demonym stands for an official: « le président mexicain », "the
        Mexican foreign minister"."""
        return self._demonym_of(referent, words_of(self.language).offices, 2)

    def _government(self, referent: Referent) -> bool:
        """Whether a demonym names a government: « le gouvernement pakistanais », "the
        Pakistani government"."""
        return self._demonym_of(referent, words_of(self.language).governments, 1)

    def _demonym_of(self, referent: Referent, nouns: frozenset[str], reach: int) -> bool:
        """Whether a demonym qualifies one of ``nouns``: the word before it in French, one
        of the ``reach`` words after it in English."""
        if referent.kind not in ("demonym", "home"):
            return False
        if self.language == "fr":
            return self._before(referent) in nouns
        following = _TWO_WORDS.match(self.text, referent.end).group().lower().split()
        return bool(set(following[:reach]) & nouns)

    def _owner_of(self, referent: Referent, nouns: frozenset[str]) -> bool:
        """Whether an English possessive makes the actor the owner of one of ``nouns``, a
        few words on ("the Kremlin's unprovoked invasion of Ukraine"): no party to talks."""
        owned = _OWNED.match(self.text, referent.end)
        return owned is not None and bool(set(owned.group("words").lower().split()) & nouns)

    def _office_or_government(self, referent: Referent) -> bool:
        return self._office(referent) or self._government(referent)

    def _before(self, referent: Referent) -> str:
        """The word before a mention (:func:`_word_before`)."""
        return _word_before(self.text, referent.start)

    def _latter(self, word: str, referents: list[Referent], end: int) -> Referent | None:
        """The single actor that ends the sentence before (at most a few words after it,
        up to ``end``) when its gender fits ``word``: « ... de l'Union européenne. Cette
        dernière », not « ... une filière vers le Pakistan, selon la police. Ce dernier »."""
        for referent in reversed(referents):
            if len(re.findall(r"\w+", self.text[referent.end : end])) > _LATTER_TAIL:
                return None
            if len(referent.actors) != 1:
                continue
            before = self._before(referent)
            if before in _PLURAL or (word.endswith("ère") and before in _MASCULINE):
                continue
            if word.endswith("dernier") and before in _FEMININE:
                continue
            return referent
        return None

    def _antecedent(self, pronoun: str, recent) -> Referent | None:
        word = pronoun.lower()
        plural = word in _PLURAL_PRONOUNS or " " in word
        skipped = False
        for _, referents in reversed(recent):
            subjects = [r for r in referents if self._before(r) not in _PREPOSITIONS]
            if not subjects:
                continue
            if plural:
                if skipped and self._people(referents) != 2:
                    return None  # only two people named there may stand for "they"
                found = self._plural(word, subjects, referents)
                if (
                    found is None
                    and not skipped
                    and self._people(referents) == 1
                    and not _JOINED.match(self.text, subjects[0].end)
                ):
                    # "Blinken spoke with Truss. Blinken condemned Russia. They discussed"
                    skipped = True
                    continue
                return found
            return self._singular(word, subjects)
        return None

    def _named_last(self, recent, spans, position: int, subject: Referent) -> Referent | None:
        """The person named last in the recent sentences, when the ``subject`` "him" would
        stand for is named again in this one: "Blinken spoke with Somali President
        Mohamud. Blinken congratulated him". None when another person is named before
        "him" in this sentence ("pressure on Vladimir Putin for getting him to end"), or
        when another name that is no actor, or "he", stands between them ("Patriarch
        Kirill ... not sanction him", "He ... was found dead after soldiers detained him")."""
        here = {pair for span in spans for pair in span[2]}
        if any(
            span[3] in PERSON_KINDS and span[0] < position and span[2] != subject.actors
            for span in spans
        ):
            return None
        known = [(span[0], span[1]) for span in spans]
        known += [(r.start, r.end) for _, referents in recent for r in referents]
        for _, referents in reversed(recent):
            for referent in reversed(referents):
                if len(referent.actors) != 1 or referent.kind not in PERSON_KINDS:
                    continue
                if referent.actors[0] in here or _HE.search(self.text, referent.end, position):
                    return None
                for name in _NAME.finditer(self.text, referent.end, position):
                    if not any(x < name.end() and name.start() < y for x, y in known):
                        return None
                return referent
        return None

    def _singular(self, word: str, subjects: list[Referent]) -> Referent | None:
        if word == "it":
            kinds, fits = _THING_KINDS, self._government
        else:
            kinds = _FRENCH_KINDS if self.language == "fr" else _PERSON_KINDS
            fits = self._office if self.language == "en" else self._office_or_government
        for referent in subjects:
            if len(referent.actors) != 1:
                continue
            if referent.kind not in kinds and not fits(referent):
                continue
            if self.language == "fr":
                if self._before(referent) in _PLURAL:
                    continue
                if word == "il" and self._before(referent) in _FEMININE:
                    continue
                if word == "elle" and self._before(referent) in _MASCULINE:
                    continue
            return referent
        return None

    def _plural(self, word: str, subjects: list[Referent], referents) -> Referent | None:
        first = subjects[0]
        plural = self._before(first) in _PLURAL
        if self.language == "fr" and word in ("ils", "elles") and plural:
            return first  # « les États-Unis ... Ils »
        not_parties = _not_parties(self.language)
        named = [
            r
            for r in referents
            if (r.kind in _SUBJECT_KINDS and not self._owner_of(r, not_parties))
            or (r.kind == "demonym" and not self._demonym_of(r, not_parties, 2))
        ]
        actors: dict[str, tuple[tuple[str, str], tuple[int, int]]] = {}
        for referent in named:
            for index, pair in enumerate(referent.actors):
                where = referent.named[index] if referent.named else (referent.start, referent.end)
                actors.setdefault(pair[1], (pair, where))
        if len(actors) != 2:
            return None
        pairs = tuple(pair for pair, _ in actors.values())
        named_at = tuple(where for _, where in actors.values())
        return Referent(first.start, first.end, pairs, "pronoun", named_at)

    def _people(self, referents) -> int:
        """How many actors the people among ``referents`` (pronouns included) name."""
        return len({pair[1] for r in referents if r.kind in _PEOPLE_KINDS for pair in r.actors})

    def _last_state(self, sentence_id: int, others) -> Referent | None:
        """The one state of the last recent sentence that names a state (the voice
        excepted), once ``others``, the actors of the sentence, are left out."""
        for index, referents in reversed(self.sentences):
            if sentence_id - index > REACH:
                break
            states = [r for r in referents if _only_state(r, self.states, self.voice)]
            if states:
                return _one_actor([r for r in states if r.actors[0][1] not in others])
        return None

    def _opening_state(self, start: int, spans) -> Referent | None:
        """The state an opening phrase places the sentence in ("In Guinea, we urge the
        transition government", « Au Mali, le gouvernement »): the government is its."""
        opening = _IN_PLACE.match(self.text, start)
        if opening is None:
            return None
        for a, b, actors, kind, *_ in spans:
            if a == opening.end() and self.text.startswith(",", b):
                referent = Referent(a, b, tuple(actors), kind)
                return referent if _only_state(referent, self.states, self.voice) else None
        return None

    def _state_before(self, position: int, spans) -> Referent | None:
        """The one state (not the voice) named before ``position`` in the sentence."""
        referents = [Referent(a, b, tuple(actors), kind) for a, b, actors, kind, *_ in spans]
        return _one_actor(
            [r for r in referents if r.end <= position and _only_state(r, self.states, self.voice)]
        )

    def _last_official(self, recent, office: str) -> Referent | None:
        """The official or leader of another actor than the voice named last recently; for
        a minister, the last one named with a minister's title ("the Foreign Minister" after
        "Foreign Minister Lamamra", not President Putin named since)."""
        office = office.lower().replace("-", " ")
        # a minister named with a minister's title, a foreign secretary with theirs ("the
        # Secretary and Foreign Secretary" after "Foreign Secretary Ebrard")
        title = "minister" if "minister" in office else office if office in _NAMED_OFFICES else None
        officials = [
            referent
            for _, referents in recent
            for referent in referents
            if referent.kind in ("official", "leader")
            and len(referent.actors) == 1
            and referent.actors[0][1] != self.voice
        ]
        if title is None:
            return officials[-1] if officials else None
        # Named with the title itself first ("Foreign Minister Rau ... to stop Putin's war":
        # Rau), else with a title near it ("the Foreign Minister of the Kingdom of Saudi
        # Arabia, Faisal bin Farhan")
        for words in (self._words, self._titled):
            named = [
                referent for referent in officials if title in words(referent).replace("-", " ")
            ]
            if named:
                return named[-1]
        return None

    def _words(self, referent: Referent) -> str:
        """The words of a mention, in lower case."""
        return self.text[referent.start : referent.end].lower()

    def _titled(self, referent: Referent) -> str:
        """The words of a mention with the title that may stand before it ("the Foreign
        Minister of the Kingdom of Saudi Arabia, Faisal bin Farhan") or after it in its
        sentence ("Yair Lapid ... his appointment as Alternate Prime Minister"), in lower
        case."""
        after = self.text[referent.end : referent.end + 2 * _TITLE_REACH].split(". ")[0]
        return self.text[max(0, referent.start - _TITLE_REACH) : referent.end].lower() + (
            after.lower()
        )

    def _last_president(self) -> Referent | None:
        """The one actor of the last mention in the article whose words hold "president"."""
        for _, referents in reversed(self.sentences):
            for referent in reversed(referents):
                words = self.text[referent.start : referent.end].lower()
                if "president" in words or "président" in words:
                    return referent if len(referent.actors) == 1 else None
        return None

    def _pair(self, position: int, spans, recent) -> Referent | None:
        """The two actors a phrase "the two countries" at ``position`` stands for."""
        actors: dict[str, tuple[tuple[str, str], tuple[int, int]]] = {}
        for span in sorted(spans, key=lambda span: span[0]):
            if span[1] <= position and len(span[2]) == 1:
                actors.setdefault(span[2][0][1], (span[2][0], (span[0], span[1])))
        if len(actors) == 2:
            pairs = tuple(pair for pair, _ in actors.values())
            named = tuple(where for _, where in actors.values())
            return Referent(named[0][0], named[0][1], pairs, "pronoun", named)
        if actors or not recent:
            return None
        _, referents = recent[-1]
        return self._plural("they", referents, referents)

    def _name_of(self, referent: Referent) -> str:
        """A mention and the two words after it, lower case ("US Embassy in")."""
        following = _TWO_WORDS.match(self.text, referent.end)
        return (self.text[referent.start : referent.end] + following.group()).lower()

    def _named(self, head: str) -> Referent | None:
        for _, referents in reversed(self.sentences):
            for referent in reversed(referents):
                if referent.kind == "pronoun" or len(referent.actors) != 1:
                    continue
                if head in self._name_of(referent):
                    return referent
        return None


def _one_actor(referents: list[Referent]) -> Referent | None:
    """The last of referents that all name one and the same actor, else None."""
    return referents[-1] if len({r.actors[0][1] for r in referents}) == 1 else None


def _only_state(referent: Referent, states: frozenset[str], voice: str | None) -> bool:
    """Whether a referent names one state, not the voice."""
    if len(referent.actors) != 1 or referent.kind == "pronoun":
        return False
    roll_up = referent.actors[0][1]
    return roll_up in states and roll_up != voice


def _named(referent: Referent) -> tuple[tuple[int, int], ...]:
    """Where each actor of a referent is named: its own span, or those it stands for."""
    return referent.named or ((referent.start, referent.end),) * len(referent.actors)
