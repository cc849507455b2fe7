"""What the placeholders of the templates become: country names, office holders, days, figures.

Each placeholder such as ``{nk}`` (North Korea) or ``{us_pres}`` (the president of the United
States that month) has a tuple of possible values in each language; one is drawn every time a
template uses it, so that articles vary the way scraped news does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

# What each placeholder of the templates may become, by language; sentence-initial lower case
# is capitalised after filling. French nouns also get their "de" and "à" forms (``de_nk``,
# ``a_nk``) with the contractions of French (du, au, des, aux). A value listed twice is drawn
# twice as often, as the commonest names are in real coverage.
_FRENCH_NOUNS = {
    "nk": (
        "la Corée du Nord",
        "la Corée du Nord",
        "la Corée du Nord",
        "Pyongyang",
        "Pyongyang",
        "Pyeongyang",
        "le régime de Kim Jong-un",
        "la RPDC",
        "le royaume ermite",
        "le régime nord-coréen",
    ),
    "sk": ("la Corée du Sud", "la Corée du Sud", "Séoul", "Séoul", "le gouvernement sud-coréen"),
    "us": ("Washington", "Washington", "l'administration américaine", "le gouvernement américain"),
    "ru": ("la Russie", "la Russie", "Moscou", "le Kremlin"),
    "cn": ("la Chine", "Pékin", "Pékin"),
    "jp": ("le Japon", "Tokyo"),
    "ua": ("l'Ukraine", "l'Ukraine", "Kiev", "Kyiv"),
    "un": ("l'ONU", "l'ONU", "l'Organisation des Nations unies"),
    "unsc": (
        "le Conseil de sécurité de l'ONU",
        "le Conseil de sécurité des Nations unies",
        "le Conseil de sécurité",
    ),
}
_FRENCH_FIXED = {
    "en_nk": ("en Corée du Nord", "en Corée du Nord", "à Pyongyang", "à Pyeongyang"),
    "kim": (
        "Kim Jong-un",
        "Kim Jong-un",
        "le dirigeant nord-coréen Kim Jong-un",
        "le leader nord-coréen Kim Jong-un",
    ),
    "day": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "count": ("deux", "trois", "plusieurs", "au moins deux", "quatre"),
    "pct": ("0,7 %", "1,4 %", "1,9 %", "2,1 %", "2,6 %", "3,1 %", "3,5 %", "4,2 %"),
    "km": ("250 km", "350 km", "600 kilomètres", "800 km", "1 000 km"),
    "altitude": ("50 km", "100 km", "2 000 km", "6 000 km"),
}
_ENGLISH_FIXED = {
    "nk": (
        "North Korea",
        "North Korea",
        "North Korea",
        "Pyongyang",
        "Pyongyang",
        "the DPRK",
        "the hermit kingdom",
        "Kim Jong-un's regime",
    ),
    "nk_s": (
        "North Korea's",
        "North Korea's",
        "Pyongyang's",
        "the DPRK's",
        "the hermit kingdom's",
    ),
    "sk": ("South Korea", "South Korea", "Seoul"),
    "sk_s": ("South Korea's", "Seoul's"),
    "us": ("Washington", "the United States", "the U.S.", "the U.S. government"),
    "ru": ("Russia", "Russia", "Moscow", "the Kremlin"),
    "ru_s": ("Russia's", "Moscow's"),
    "cn": ("China", "Beijing"),
    "jp": ("Japan", "Tokyo"),
    "ua": ("Ukraine", "Kyiv"),
    "un": ("the UN", "the United Nations", "the U.N."),
    "unsc": ("the UN Security Council", "the U.N. Security Council", "the Security Council"),
    "kim": ("Kim Jong-un", "Kim Jong-un", "North Korean leader Kim Jong-un"),
    "day": (
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ),
    "count": ("two", "three", "several", "at least two", "four"),
    "pct": ("0.7%", "1.4%", "1.9 percent", "2.1%", "2.6%", "3.1%", "3.5%", "3.5 percent"),
    "km": ("250 km", "350 km", "about 600 kilometres", "800 km", "1,000 km"),
    "altitude": ("50 km", "100 km", "2,000 km", "6,000 km"),
}

# Office holders, by language, as (first month, last month, names): the slot takes the names of
# whoever held the office that month.
_OFFICE_HOLDERS = {
    "fr": {
        "sk_pres": (
            (
                "2022-01",
                "2022-04",
                ("le président sud-coréen Moon Jae-in", "le président Moon Jae-in"),
            ),
            (
                "2022-05",
                "2024-11",
                (
                    "le président sud-coréen Yoon Suk-yeol",
                    "le président Yoon Suk-yeol",
                    "le chef de l'État sud-coréen Yoon Suk-yeol",
                ),
            ),
            ("2024-12", "2025-05", ("le président par intérim", "le chef de l'État par intérim")),
            (
                "2025-06",
                "2025-06",
                ("le président sud-coréen Lee Jae-myung", "le président Lee Jae-myung"),
            ),
        ),
        "us_pres": (
            ("2022-01", "2024-12", ("le président américain Joe Biden", "Joe Biden")),
            ("2025-01", "2025-06", ("le président américain Donald Trump", "Donald Trump")),
        ),
        "us_sec": (
            (
                "2022-01",
                "2024-12",
                ("le secrétaire d'État américain Antony Blinken", "Antony Blinken"),
            ),
            ("2025-01", "2025-06", ("le secrétaire d'État américain Marco Rubio", "Marco Rubio")),
        ),
        "jp_pm": (
            ("2022-01", "2024-09", ("le Premier ministre japonais Fumio Kishida", "Fumio Kishida")),
            (
                "2024-10",
                "2025-06",
                ("le Premier ministre japonais Shigeru Ishiba", "Shigeru Ishiba"),
            ),
        ),
        "nk_fm": (
            (
                "2022-01",
                "2022-05",
                ("le ministre nord-coréen des Affaires étrangères Ri Son-gwon", "Ri Son-gwon"),
            ),
            (
                "2022-06",
                "2025-06",
                ("la ministre nord-coréenne des Affaires étrangères Choe Son-hui", "Choe Son-hui"),
            ),
        ),
    },
    "en": {
        "sk_pres": (
            ("2022-01", "2022-04", ("South Korean President Moon Jae-in", "President Moon Jae-in")),
            (
                "2022-05",
                "2024-11",
                ("South Korean President Yoon Suk-yeol", "President Yoon Suk-yeol"),
            ),
            ("2024-12", "2025-05", ("South Korea's acting president", "the acting president")),
            (
                "2025-06",
                "2025-06",
                ("South Korean President Lee Jae-myung", "President Lee Jae-myung"),
            ),
        ),
        "us_pres": (
            ("2022-01", "2024-12", ("U.S. President Joe Biden", "President Joe Biden")),
            ("2025-01", "2025-06", ("U.S. President Donald Trump", "President Donald Trump")),
        ),
        "us_sec": (
            (
                "2022-01",
                "2024-12",
                ("U.S. Secretary of State Antony Blinken", "Secretary of State Antony Blinken"),
            ),
            (
                "2025-01",
                "2025-06",
                ("U.S. Secretary of State Marco Rubio", "Secretary of State Marco Rubio"),
            ),
        ),
        "jp_pm": (
            (
                "2022-01",
                "2024-09",
                ("Japanese Prime Minister Fumio Kishida", "Prime Minister Fumio Kishida"),
            ),
            (
                "2024-10",
                "2025-06",
                ("Japanese Prime Minister Shigeru Ishiba", "Prime Minister Shigeru Ishiba"),
            ),
        ),
        "nk_fm": (
            ("2022-01", "2022-05", ("North Korean Foreign Minister Ri Son-gwon",)),
            (
                "2022-06",
                "2025-06",
                ("North Korean Foreign Minister Choe Son-hui", "Foreign Minister Choe Son-hui"),
            ),
        ),
    },
}


def french_forms(noun: str) -> tuple[str, str]:
    """The "de" and "à" forms of a French noun phrase, with contractions.

    Examples
    --------
    >>> french_forms("le Japon")
    ('du Japon', 'au Japon')
    >>> french_forms("la Russie")
    ('de la Russie', 'à la Russie')
    """
    if noun.startswith("le "):
        return "du " + noun[3:], "au " + noun[3:]
    if noun.startswith("les "):
        return "des " + noun[4:], "aux " + noun[4:]
    return "de " + noun, "à " + noun


@cache
def placeholder_values(language: str, month: str) -> dict[str, tuple[str, ...]]:
    """Every placeholder's possible values in one language and month.

    Parameters
    ----------
    language : {"fr", "en"}
        Language of the values.
    month : str
        The month, ``YYYY-MM``: office holders are those of that month.

    Returns
    -------
    dict of str to tuple of str
        The same object on every call with the same arguments, so do not modify it.

    Examples
    --------
    >>> placeholder_values("en", "2025-03")["us_pres"]
    ('U.S. President Donald Trump', 'President Donald Trump')
    >>> placeholder_values("fr", "2023-07")["de_jp"]
    ('du Japon', 'de Tokyo')
    """
    if language == "fr":
        slots = dict(_FRENCH_FIXED)
        for key, nouns in _FRENCH_NOUNS.items():
            slots[key] = nouns
            slots["de_" + key] = tuple(french_forms(noun)[0] for noun in nouns)
            slots["a_" + key] = tuple(french_forms(noun)[1] for noun in nouns)
    else:
        slots = dict(_ENGLISH_FIXED)
    for key, spans in _OFFICE_HOLDERS[language].items():
        slots[key] = next(names for first, last, names in spans if first <= month <= last)
    return slots


class Filler(dict):
    """Mapping for :meth:`str.format_map` that draws each placeholder's value when asked.

    Parameters
    ----------
    random_number : callable
        Returns a float in [0, 1), such as :meth:`random.Random.random`; one call per
        placeholder filled.
    slots : mapping of str to tuple of str
        Possible values of each placeholder, as :func:`placeholder_values` gives them.

    Examples
    --------
    >>> "{sk} replied.".format_map(Filler(lambda: 0.0, {"sk": ("Seoul", "South Korea")}))
    'Seoul replied.'
    """

    def __init__(
        self, random_number: Callable[[], float], slots: Mapping[str, tuple[str, ...]]
    ) -> None:
        super().__init__()
        self._random = random_number
        self._slots = slots

    def __missing__(self, key: str) -> str:
        try:
            choices = self._slots[key]
        except KeyError:
            raise KeyError(
                f"template placeholder {{{key}}} has no values in analysis.sample"
            ) from None
        return choices[int(self._random() * len(choices))]
