"""Reading one title in an article: the title phrase, the words around it, and the name.

The officials pass (:mod:`analysis.officials.recognise`) hands each place where the matcher
found a title word to :meth:`Grammar.read`, with the article's text and its mentions. The
grammar works on the article in lower case in which every mention of a state, an
organisation or an institution is replaced by ``§`` (padded to its length, so that offsets
stay those of the text): "le ministre japonais des Affaires étrangères Taro Kono" reads
``le ministre §······· des affaires étrangères Taro Kono`` to the title patterns, which
then see the demonym where the dictionary found it, whatever its spelling.

A reading is, in order:

- before the title, in English: qualifiers (``former``, ``Acting``) and a state, an
  organisation or an institution (``Japanese``, ``Japan's``, ``UN``, ``State Department``);
  in French: qualifiers (``ancien``, ``ex-``);
- the title, one of the forms of the titles file, with a demonym between any two of its
  words or after it (``ministre japonais des Affaires étrangères``);
- after it, any of: a state (``argentin``, ``chinoise``), ``de``/``of`` and a state
  (``de la Russie``, ``of Estonia``: the state served), ``à``/``au``/``en``/``to``/``for``
  and a state or organisation (the post: ``à l'ONU``, ``to Japan``), and words that leave
  it a title (``par intérim``, ``élu``);
- a comma or not, a courtesy title or not (``M.``), and the name: capitalised words,
  initials (``J.``) and particles (``de``, ``van``, ``bin``, ``al-``), or a person the
  dictionary knows;
- after the name, ``of``/``de`` and a state (``Prime Minister Kishida of Japan``).

Without a name after it, the title may stand in apposition after one: ``Taro Kono,
Japanese foreign minister`` and ``Ned Price, Department Spokesperson`` (a release's
byline, even glued to the next words).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from analysis.officials.titles import TitleForm, Titles
from analysis.text import fold

__all__ = [
    "ABBREVIATION",
    "AFFILIATION",
    "CLAUSE_TAIL",
    "LOWER_LETTERS",
    "PERSON",
    "POST_BEFORE",
    "SEAM",
    "TITLE",
    "UPPER_LETTERS",
    "Grammar",
    "Reading",
    "grammar_of",
]

# Item types: what a row of the mention table is to the grammar.
TITLE, AFFILIATION, PERSON = 0, 1, 2

MASK = "§"
"""Stands, in the masked text, for the first character of a state, organisation or
institution mention; the rest of the mention is :data:`PAD`."""
PAD = "\x01"

# One separator between two words: a space, an apostrophe, a hyphen...
_SEP = r"[^\w\n§\x01]"
_AFFILIATION = r"§\x01*"
_ARTICLE = r"(?:la|le|l|les|the)"

UPPER_LETTERS = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c).isalpha())
LOWER_LETTERS = "".join(chr(c) for c in range(0x61, 0x530) if chr(c).islower() and chr(c).isalpha())
_LETTERS = UPPER_LETTERS + LOWER_LETTERS
_WORD = rf"[{UPPER_LETTERS}][{_LETTERS}]*(?:['’\-][{_LETTERS}]+)*"
_ALPARTICLE = rf"(?:al|el|ad|as|ash|an|ar|at|az|ul|abu|ben|bin)-[{UPPER_LETTERS}][{_LETTERS}]*"
_INITIAL = rf"[{UPPER_LETTERS}]\.(?:[{UPPER_LETTERS}]\.)*"
_PARTICLES = (
    "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "van", "von", "der",
    "den", "ter", "ten", "bin", "ibn", "bint", "al", "el", "la", "le", "y", "zu", "af", "abu",
    "ben",
)  # fmt: skip
_PARTICLE = "(?:" + "|".join(_PARTICLES) + ")"
_ROMAN = r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)"
_ROMAN_WORD = re.compile(_ROMAN)
# Initials first: "J. Blinken" is an initial and a name, not a one-letter word.
_NAME = (
    rf"(?:{_INITIAL}(?= [{UPPER_LETTERS}])|{_WORD}|{_ALPARTICLE})"
    rf"(?: (?:{_INITIAL}(?= [{UPPER_LETTERS}])|(?:{_PARTICLE} )*(?:{_WORD}|{_ALPARTICLE})"
    rf"|{_ROMAN}(?!\w)))*"
)
NAME_AT = re.compile(_NAME)
_INITIAL_WORD = re.compile(_INITIAL)
# Not glued to a letter before it; a digit may be (a dateline glued to the lead: "2019Robert
# Mugabe, former president of Zimbabwe").
NAME_BEFORE = re.compile(rf"(?<![^\W\d])(?<!\.)({_NAME})\Z")
# A seam where two words were glued: "Ned PriceDepartment", "Secretary of StateJerusalem".
_GLUED = re.compile(rf"[{LOWER_LETTERS}]{{3}}(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])")
_POSSESSIVE = re.compile(r"['’]s$")
# A preposition of post before a state: "to the", "in", "à l'".
POST_BEFORE = re.compile(
    r"\b(?:to|in|at|for|à|au|aux|en|pour)(?: (?:the|la|le|les)| l['’]|)[ '’]\Z", re.IGNORECASE
)
# A portfolio after "for", in English: capitalised words, "and", "of", "the" and commas
# ("for Civilian Security, Democracy, and Human Rights"), then the name.
_PORTFOLIO = re.compile(rf" for (?:the )?(?:(?:{_WORD}|{_INITIAL}|and|of|the|on|in|to|&),? ?)+")
# A state before a title: "Japanese ", "Japan's ", "U.S. ".
_MASKED_STATE = re.compile(rf"{MASK}{PAD}*\.?(?:['’]s)? ")
# "and" between capitalised words: a portfolio goes on, or a second person follows.
_AND_CAPITAL = re.compile(rf" (?:and|&) (?=[{UPPER_LETTERS}])")
# "and" / « et » between two titles of one person, in the lower-case masked text.
_JOINED_TITLE = re.compile(r" (?:and|et) ")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|le|la|les|l['’])\W?\Z")
_PORTFOLIO_NAME = re.compile(
    rf",? (?P<name>{_WORD}(?: {_INITIAL})? {_WORD})(?!\w| [{UPPER_LETTERS}])"
)
# Up to three lower-case words that finish a post before a comma: " negotiations".
_POST_TAIL = re.compile(rf"(?: [{LOWER_LETTERS}]+){{1,3}}(?=[,;:)])")
# In apposition, a title may end with a complement or a relative clause of its own before
# the comma that closes the phrase: "Agnès Callamard, a UN rapporteur for the Office of the
# High Commissioner who had investigated the case, said", « X, rapporteuse qui a enquêté, »;
# not across "and", which may join the next person ("Minister for Foreign Affairs of Japan and
# the Honorable Antony Blinken, Secretary of State").
CLAUSE_TAIL = re.compile(
    r" (?:who|whose|which|that|for|of|on|since|at|qui|dont|que|pour|de|des|du|sur|depuis)"
    r"\b(?:(?! (?:and|et)\b)[^,;:.()\n]){1,100}?(?=[,;:)])"
)
# An abbreviation with its last full stop: "U.S.", "U.K.".
ABBREVIATION = re.compile(r"(?:\w\.)+")
# Where a byline's title is glued to the next words: a capital or a digit after letters.
SEAM = re.compile(rf"[{LOWER_LETTERS}](?=[{UPPER_LETTERS}0-9])")


@dataclass(frozen=True)
class Reading:
    """A title and the person it names, as read at one place of an article.

    Offsets are into the article's text. ``affiliation`` and ``absorbed`` are indices into
    the article's items (see :meth:`Grammar.read`).
    """

    start: int
    end: int
    title_start: int
    title_end: int
    name_start: int
    name_end: int
    forms: tuple[TitleForm, ...]
    past: bool
    affiliation: int | None
    person: int | None
    fixed_country_dropped: bool = False
    apposition: bool = False
    posts: tuple[int, ...] = field(default=())


@functools.lru_cache(maxsize=4)
def _grammar(titles: Titles) -> Grammar:
    return Grammar(titles)


def grammar_of(titles: Titles) -> Grammar:
    """The compiled :class:`Grammar` of a set of titles (compiled once per set)."""
    return _grammar(titles)


class Grammar:
    """The patterns of a set of titles, compiled.

    Parameters
    ----------
    titles : Titles
        From :func:`analysis.officials.load_titles`.
    """

    def __init__(self, titles: Titles):
        self.titles = titles
        self.form = re.compile(_phrases_regex([form.key for form in titles.forms], insert=True))
        qualifiers = [q for words in titles.qualifiers.values() for q in words]
        after = [q for words in titles.after_title.values() for q in words]
        courtesy = [_key(q) for words in titles.courtesy.values() for q in words]
        written = sorted({q for words in titles.courtesy.values() for q in words}, key=len)
        # As written, for the text itself: "M." and "Mr" but not "m" in "350 m".
        self.courtesy_written = re.compile(
            "(?:"
            + "|".join(re.escape(q) + ("?" if q.endswith(".") else "") for q in reversed(written))
            + r")[ \u00a0]+"
        )
        qualifier = _phrases_regex(qualifiers) if qualifiers else "(?!)"
        self.courtesy = re.compile(
            rf"(?:{_phrases_regex(courtesy)})\.?[ \u00a0]+" if courtesy else "(?!)"
        )
        after_title = _phrases_regex(after) if after else "(?!)"
        self.modifier = re.compile(
            rf"{_SEP}(?:(?P<direct>§)\x01*"
            rf"|(?:de|du|des|d|of)(?:{_SEP}{_ARTICLE})?{_SEP}(?P<of>§)\x01*"
            rf"|(?:{_accents('a')}|au|aux|en|pour|{_accents('aupres')}(?:{_SEP}(?:de|du|des|d))?"
            rf"|to|at|in|for)(?:{_SEP}{_ARTICLE})?{_SEP}(?P<post>§)\x01*"
            rf"|(?:{after_title})(?!\w))"
        )
        self.of_after_name = re.compile(
            rf"{_SEP}(?:of|de|du|d)(?:{_SEP}(?:the|la|le|l))?{_SEP}(?P<of>§)\x01*"
        )
        self.before_name = re.compile(r"[ \u00a0]+|[ \u00a0]*,[ \u00a0]+")
        # Before the title: qualifiers, and in English a state ("Japan's", "U.S.", "Republic
        # of Korea (ROK)").
        self.before_title = re.compile(
            rf"(?<![\w§\x01])(?:(?P<q1>{qualifier}){_SEP})?"
            rf"(?:(?P<aff>§)\x01*(?P<dot>\.)?(?:['’]s)?(?: \([^()\s]{{2,10}}\))?{_SEP})?"
            rf"(?:(?P<q2>{qualifier}){_SEP})?\Z"
        )
        self.before_title_fr = re.compile(rf"(?<![\w§\x01])(?:(?P<q1>{qualifier}){_SEP})?\Z")
        self.apposition = re.compile(
            rf",[ \u00a0]+(?:(?:the|an?|le|la|l|une?)[ ’'])?"
            rf"(?P<phrase>(?:(?P<q>{qualifier}){_SEP})?(?:(?P<aff>§)\x01*\.?(?:['’]s)?{_SEP})?)\Z"
        )
        self.for_after = re.compile(rf"{_SEP}for(?!\w)")
        self.past = titles.past
        self.not_names = titles.not_names | titles.body_words
        self.body_words = titles.body_words
        self.portfolio_ends = titles.portfolio_ends
        self.qualifier_words = {q for q in qualifiers}

    def read(self, text: str, masked: str, items, index: int, language: str | None):
        """Read the title found at item ``index`` of an article.

        Parameters
        ----------
        text : str
            The article.
        masked : str
            :func:`masked_text` of the article.
        items : ArticleItems
            The article's mentions and title words, by start.
        index : int
            The item where the matcher found a title word.
        language : str or None
            The article's language: forms of other languages are not read.

        Returns
        -------
        Reading or None
            None when no title and name can be read there.
        """
        start = items.starts[index]
        found = self.form.match(masked, start)
        if not found:
            return None
        forms = self.forms_of(found.group(), language)
        if not forms:
            return None
        title_end = found.end()
        inside = [
            i for i in items.affiliations_between(start, title_end) if items.starts[i] > start
        ]
        affiliation = inside[0] if inside else None
        posts: list[int] = []
        portfolio_start = None  # where a post after "for" starts ("for Afghan Women")
        for joined in range(3):
            title_end, affiliation, portfolio_start = self._modifiers(
                masked, items, title_end, affiliation, posts, portfolio_start
            )
            # One person, two offices: "Deputy Prime Minister and Foreign Minister Don
            # Pramudwinai", « vice-Premier ministre et ministre des Affaires étrangères »; in
            # English, not after an article ("The Secretary and Foreign Minister Kuleba").
            second = _JOINED_TITLE.match(masked, title_end)
            if not second or joined == 2:
                break
            if language != "fr" and _ARTICLE_BEFORE.search(masked, max(0, start - 4), start):
                break
            second = self.form.match(masked, second.end())
            more = self.forms_of(second.group(), language) if second else ()
            if not more or any(form.voice for form in more):
                break  # "Italian foreign minister and Secretary Blinken": two persons
            forms, title_end = forms + more, second.end()
        dropped = bool(self.for_after.match(masked, title_end))
        if dropped and language == "en":
            title_end = self._portfolio(text, masked, title_end)
        # Before the title.
        title_start, past = start, False
        window = max(0, start - 80)
        pattern = self.before_title if language != "fr" else self.before_title_fr
        before = pattern.search(masked, window, start)
        if before and before.start() < start:
            for group in ("q1", "q2"):
                if group in pattern.groupindex and before.group(group):
                    past = past or _key(before.group(group)) in self.past
            aff = "aff" in pattern.groupindex and before.group("aff")
            if aff and POST_BEFORE.search(
                text, max(0, before.start("aff") - 16), before.start("aff")
            ):
                # "Ambassador of India to the United States Ambassador Sandhu": that state
                # is a post, written before another title.
                before = None
                aff = None
            if aff and before.group("dot"):
                # "U.S. Ambassador", not "the Department of State. Secretary".
                item = items.item_at(before.start("aff"))
                if item is None or not ABBREVIATION.fullmatch(
                    text[items.starts[item] : items.ends[item] + 1]
                ):
                    before = None
            if before is not None:
                if aff:
                    item = items.item_at(before.start("aff"))
                    if item is not None and affiliation is None:
                        affiliation = item
                title_start = before.start()
        if portfolio_start is not None and language == "en":
            # The post only opens a portfolio: "Special Envoy for Afghan Women, Girls, and
            # Human Rights Rina Amiri", "for Korean Peninsula Peace and Security Affairs"
            end = self._portfolio(text, masked, portfolio_start[0])
            if end > title_end:
                posts = posts[: portfolio_start[1]]
                title_end, dropped = end, True
        reading = self._name_after(
            text, masked, items, title_start, title_end, forms, past, affiliation, dropped
        )
        if reading is None:
            # In apposition, a post may end with words of its own before the punctuation
            # that closes the phrase: "Kurt Volker, the US special envoy for Ukraine
            # negotiations, said".
            tail = _POST_TAIL.match(text, title_end) if posts else None
            tail = (
                tail or CLAUSE_TAIL.match(text, title_end) or CLAUSE_TAIL.match(text, found.end())
            )
            reading = self._apposition(
                text, masked, items, start, tail.end() if tail else title_end, forms, past,
                affiliation, dropped,
            )  # fmt: skip
        if reading is not None and posts:
            reading = _with_posts(reading, posts)
        return reading

    def _modifiers(self, masked, items, title_end, affiliation, posts, portfolio_start):
        """The words after a title that leave it a title (a state, the state served, a post):
        where the title now ends, its affiliation, and where a post after "for" starts;
        posts are appended to ``posts``."""
        for _ in range(4):
            modifier = self.modifier.match(masked, title_end)
            if not modifier:
                break
            if portfolio_start is None and self.for_after.match(masked, title_end):
                portfolio_start = (title_end, len(posts))
            for group in ("direct", "of", "post"):
                if modifier.group(group):
                    item = items.item_at(modifier.start(group))
                    if item is None:
                        break
                    if group == "post":
                        posts.append(item)
                    elif affiliation is None:
                        affiliation = item
            title_end = modifier.end()
        return title_end, affiliation, portfolio_start

    def _portfolio(self, text: str, masked: str, title_end: int) -> int:
        """Where a US-style title ends with its portfolio ("Assistant Secretary of State for
        European and Eurasian Affairs Karen Donfried"): before the first name of two
        capitalised words (an initial between them allowed) that ends the run of
        capitalised words and holds no word of ``not_names`` or ``body_words``;
        ``title_end`` itself when there is none.

        The run stops before "and" with a title after it, or a state and a title ("for EU
        Funds and Minister of Finance Assen Vassilev", "and Japanese Foreign Minister"). A
        name followed by "and" and a capitalised word is taken only after a word that ends
        portfolios (the titles file's ``portfolio_ends``): "for Political Affairs Victoria
        Nuland and Counselor Derek Chollet", not "for Korean Peninsula Peace and Security
        Affairs Noh Kyu-duk"."""
        run = _PORTFOLIO.match(text, title_end)
        if not run:
            return title_end
        stop = cut = run.end()
        for joint in _AND_CAPITAL.finditer(text, title_end, stop):
            after = _MASKED_STATE.match(masked, joint.end())
            if self.form.match(masked, after.end() if after else joint.end()):
                stop = joint.start()
                break
        for space in re.finditer(r",? ", text[title_end:stop]):
            position = title_end + space.start()
            if space.start() <= len(" for"):
                continue
            found = _PORTFOLIO_NAME.match(text, position)
            if not found or not text[position - 1].isalpha():
                continue
            if stop < cut and found.end() > stop:
                continue
            if not text[text.rfind(" ", 0, position) + 1].isupper():
                continue
            words = found.group("name").split(" ")
            if any(_key(word) in self.not_names for word in words if not word.endswith(".")):
                continue
            before = text[text.rfind(" ", 0, position) + 1 : position].rstrip(",")
            if _AND_CAPITAL.match(text, found.end()) and _key(before) not in self.portfolio_ends:
                continue
            return position
        return title_end

    def forms_of(self, matched: str, language: str | None) -> tuple[TitleForm, ...]:
        """The forms a title matched in the masked text stands for, in a language."""
        key = _key(matched.replace(MASK, " ").replace(PAD, ""))
        forms = self.titles.by_key.get(key, ())
        if language in ("fr", "en"):
            forms = tuple(form for form in forms if form.language == language)
        return forms

    def _name_after(self, text, masked, items, title_start, title_end, forms, past,
                    affiliation, dropped) -> Reading | None:  # fmt: skip
        gap = self.before_name.match(text, title_end)
        if not gap:
            return None
        name_start = gap.end()
        courtesy = self.courtesy.match(masked, name_start)
        if courtesy:
            name_start = courtesy.end()
        if self.form.match(masked, name_start):
            return None  # another title: "rapporteur for the Office of the UN High Commissioner"
        person = items.person_at(name_start)
        if person is not None:
            name_end = items.ends[person]
        else:
            name_end = self.name_end(text, name_start, items)
            if name_end is None:
                return None
            person = items.person_between(name_start, name_end)
            if person is not None:
                name_end = items.ends[person]
        end = name_end
        after = self.of_after_name.match(masked, name_end)
        if after and affiliation is None:
            item = items.item_at(after.start("of"))
            if item is not None:
                affiliation, end = item, after.end()
        return Reading(
            title_start, end, title_start, title_end, name_start, name_end, forms, past,
            affiliation, person, dropped,
        )  # fmt: skip

    def name_end(self, text: str, start: int, items, upper: bool = False) -> int | None:
        """Where the name that starts at ``start`` ends, or None when none starts there.

        There is none when a capitalised word of ``body_words`` comes in the run ("Human
        Rights Council"). The name stops before a word of ``not_names``, a qualifier, a
        word in capitals
        (unless ``upper``: speaker labels), a state or organisation the dictionary found, a
        glued seam or a possessive; it does not end with an initial or a particle.
        """
        found = NAME_AT.match(text, start)
        if not found:
            return None
        tokens: list[tuple[int, str]] = []
        glued = False
        words = list(re.finditer(r"\S+", found.group()))
        for number, token in enumerate(words):
            word = token.group()
            seam = _GLUED.search(word)
            if seam:
                word = word[: seam.end()]
            possessive = _POSSESSIVE.search(word)
            if possessive:
                word = word[: possessive.start()]
            key = _key(word)
            # An initial ("Brian A. Nichols") or a particle inside the name is no stop word.
            particle = (key in _PARTICLES or _INITIAL_WORD.fullmatch(word)) and number + 1 < len(
                words
            )
            if key in self.body_words and word[:1].isupper():
                # "Human Rights Council": the capitalised run names a body, not a person.
                return None
            # "I’m", "It’s": the first part of a contraction is a word of not_names.
            first = key.split(" ", 1)[0]
            if not particle and (
                key in self.not_names or first in self.not_names or key in self.qualifier_words
            ):
                break
            roman = number > 0 and _ROMAN_WORD.fullmatch(word)
            if not (upper or roman) and len(word) > 1 and word.isupper() and not word.endswith("."):
                break
            if items.affiliation_overlapping(start + token.start(), start + token.end()):
                break
            tokens.append((start + token.start(), word))
            glued = bool(seam)
            if seam or possessive:
                break
        while tokens and (tokens[-1][1].endswith(".") or tokens[-1][1].lower() in _PARTICLES):
            tokens.pop()
        if not tokens:
            return None
        end = tokens[-1][0] + len(tokens[-1][1])
        if end < len(text) and text[end].isalnum() and not glued:
            return None
        return end

    def _apposition(self, text, masked, items, start, title_end, forms, past, affiliation,
                    dropped) -> Reading | None:  # fmt: skip
        # The title must close the phrase: punctuation, a line's end, or a glued next word.
        if title_end < len(text):
            following = text[title_end]
            if not (following in ",.;:)\n" or following.isupper() or following.isdigit()):
                return None
        before = self.apposition.search(masked, max(0, start - 80), start)
        if not before:
            return None
        if before.group("q"):
            past = past or _key(before.group("q")) in self.past
        if before.group("aff"):
            item = items.item_at(before.start("aff"))
            if item is not None and affiliation is None:
                affiliation = item
        title_start = before.start("phrase")
        name_end = before.start()
        found = NAME_BEFORE.search(text, max(0, name_end - 60), name_end)
        if not found:
            return None
        name_start = found.start(1)
        # Drop words before the name proper: "Yesterday Taro Kono", "M. Taro Kono".
        words = text[name_start:name_end].split(" ")
        while words and (
            _key(words[0]) in self.not_names
            or _key(words[0]) in self.qualifier_words
            or self.courtesy.match(masked, name_start)
        ):
            name_start += len(words[0]) + 1
            words = words[1:]
        if not words or self.name_end(text, name_start, items) != name_end:
            return None
        person = items.person_at(name_start)
        if person is not None and items.ends[person] != name_end:
            return None
        if person is None:
            person = items.person_between(name_start, name_end)
        return Reading(
            name_start, title_end, title_start, title_end, name_start, name_end, forms, past,
            affiliation, person, dropped, apposition=True,
        )  # fmt: skip

    def read_byline(self, text: str, masked: str, items, language: str | None):
        """The byline that opens a release: ``Ned Price, Department Spokesperson``.

        It may be glued to what follows (``SpokespersonWashington``, ``Spokesperson2:02
        p.m.``): the title then ends at the seam.

        Returns
        -------
        Reading or None
        """
        name_end = self.name_end(text, 0, items)
        if name_end is None or not text.startswith(", ", name_end):
            return None
        line_end = text.find("\n")
        line_end = len(text) if line_end < 0 else line_end
        seam = SEAM.search(text, name_end, line_end)
        if seam:
            masked = masked[: seam.end()] + " " + masked[seam.end() + 1 :]
        position = name_end + 2
        affiliation = None
        if masked.startswith(MASK, position):
            affiliation = items.item_at(position)
            after = re.compile(rf"§\x01*\.?(?:['’]s)?{_SEP}").match(masked, position)
            if affiliation is None or not after:
                return None
            position = after.end()
        found = self.form.match(masked, position)
        if not found:
            return None
        forms = self.forms_of(found.group(), language)
        title_end = found.end()
        if not forms or not (title_end == line_end or (seam and title_end == seam.end())):
            return None
        inside = items.affiliations_between(position, title_end)
        if affiliation is None and inside:
            affiliation = inside[0]
        person = items.person_at(0)
        if person is not None and items.ends[person] != name_end:
            return None
        if person is None:
            person = items.person_between(0, name_end)
        past = False
        return Reading(
            0, title_end, name_end + 2, title_end, 0, name_end, forms, past, affiliation,
            person, apposition=True,
        )  # fmt: skip


def _with_posts(reading: Reading, posts: list[int]) -> Reading:
    return Reading(**{**reading.__dict__, "posts": tuple(posts)})


@functools.lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return " ".join(fold(text).split())


@functools.lru_cache(maxsize=64)
def _accents(word: str) -> str:
    """A pattern matching a folded word in lower-case text, accents included."""
    return "".join(_LETTER_CLASSES.get(letter, re.escape(letter)) for letter in word)


def _letter_classes() -> dict[str, str]:
    variants: dict[str, set[str]] = {}
    for code in range(0xC0, 0x250):
        character = chr(code).lower()
        if len(character) != 1 or not character.isalpha():
            continue
        base = fold(character)
        if len(base) == 1 and base.isascii() and base != character:
            variants.setdefault(base, set()).add(character)
    return {base: f"[{base}{''.join(sorted(chars))}]" for base, chars in variants.items()}


_LETTER_CLASSES = _letter_classes()


def _phrases_regex(keys: list[str], insert: bool = False) -> str:
    """One pattern for folded phrases, read in lower-case text, longest first.

    Words are separated by one separator character; with ``insert``, a masked mention
    (``§``) may stand between any two words.
    """
    end = object()
    trie: dict = {}
    for key in keys:
        node = trie
        for word in key.split():
            node = node.setdefault(word, {})
        node[end] = True
    between = rf"(?:{_SEP}{_AFFILIATION})?{_SEP}" if insert else _SEP

    def emit(node: dict) -> str:
        alternatives = []
        for word in sorted((w for w in node if w is not end), key=lambda w: (-len(w), w)):
            child = node[word]
            body = _accents(word) + r"(?!\w)"
            words = [w for w in child if w is not end]
            if words:
                body += f"(?:{between}(?:{emit(child)})){'?' if end in child else ''}"
            alternatives.append(body)
        return "|".join(alternatives)

    return f"(?:{emit(trie)})"
