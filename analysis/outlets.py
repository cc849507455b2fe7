"""Outlets: photo credits brought to one name per outlet, and coverage compared between them.

Corpora credit the same agency in many ways: "Yonhap", "YONHAP News" and "Yonhap News
Agency" are one outlet. :class:`CreditMapping` brings every spelling to one name, from the
packaged mapping (``analysis/data/credits.yaml``, documented at its top) and the corpus
settings' ``credits`` (:mod:`analysis.corpus.settings`), which win over it.
:func:`with_outlets` adds the normalised ``outlet`` column to the articles, so that every
count of the package can be made per outlet:
``count_mentions(mentions, with_outlets(articles), by="outlet", level="country")``.
:func:`outlet_coverage` does that for the most mentioned countries and the largest outlets.

Examples
--------
>>> mapping = credit_mapping({"Agence Yonhap": "Yonhap"})
>>> [mapping.normalise(credit) for credit in ["YONHAP News", "agence yonhap", "Pool / Reuters"]]
['Yonhap', 'Yonhap', 'Reuters']
>>> mapping.normalise("YONHAP News / AFP"), mapping.normalise("Le Monde"), mapping.normalise(None)
('Yonhap / AFP', 'Le Monde', None)
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from analysis import config
from analysis.text.folding import fold

PACKAGED_CREDITS = config.PACKAGE_DIR / "data" / "credits.yaml"
"""The packaged mapping of credit spellings to outlets."""

OUTLET = "outlet"
"""The column :func:`with_outlets` adds."""

NO_CREDIT = "(no credit)"
"""The outlet of articles without a credit, in :func:`outlet_coverage`."""

OTHER_OUTLETS = "(other outlets)"
"""The outlet of the articles of the smaller outlets, in :func:`outlet_coverage`."""

_PARTS = re.compile(r"\s*(?:/|;|,|&)\s*")


class CreditMappingError(ValueError):
    """A credit mapping file that cannot be read or is not laid out as documented."""


def credit_key(spelling: str) -> str:
    """How spellings are compared: no case, no accents, no punctuation, single spaces.

    >>> credit_key("  YONHAP-News  "), credit_key("Agence France-Presse")
    ('yonhap news', 'agence france presse')
    """
    return " ".join(fold(str(spelling)).split())


def tidy(text: str) -> str:
    """A credit's own wording with its spaces tidied (``"Le  Monde "`` → ``"Le Monde"``)."""
    return " ".join(str(text).split())


@dataclass(frozen=True)
class CreditMapping:
    """Credit spellings mapped to outlet names.

    Attributes
    ----------
    spellings : dict
        :func:`credit_key` of each spelling → outlet name.
    ignore : frozenset
        :func:`credit_key` of the parts dropped from a credit naming several sources.
    sources : tuple of str
        Where the mapping came from (files, ``settings``), for reports.
    """

    spellings: dict[str, str] = field(default_factory=dict)
    ignore: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()

    def normalise(self, credit: object) -> str | None:
        """The outlet of one credit (``None`` for a missing or blank credit).

        The whole credit is looked up first; otherwise it is split at ``/``, ``;``, ``,``
        and ``&``, each part is looked up (or kept as written), the ignored parts are
        dropped, and the distinct parts are joined with ``" / "``. A credit made only of
        ignored parts ("Pool") keeps its own wording.

        >>> mapping = credit_mapping()
        >>> mapping.normalise("Yonhap News Agency"), mapping.normalise("KCNA via KNS")
        ('Yonhap', 'KCNA')
        >>> mapping.normalise("AFP / Agence France-Presse"), mapping.normalise("Pool")
        ('AFP', 'Pool')
        """
        if credit is None or (not isinstance(credit, str) and pd.isna(credit)):
            return None
        text = tidy(credit)
        if not text:
            return None
        whole = self.spellings.get(credit_key(text))
        if whole is not None:
            return whole
        parts = []
        for part in _PARTS.split(text):
            key = credit_key(part)
            if not key or key in self.ignore:
                continue
            parts.append(self.spellings.get(key, tidy(part)))
        parts = list(dict.fromkeys(parts))
        return " / ".join(parts) if parts else text

    def extended(self, credits: Mapping[str, str] | None, source: str = "settings"):
        """This mapping with ``credits`` (spelling → outlet) added, winning over it."""
        if not credits:
            return self
        added = {credit_key(spelling): tidy(outlet) for spelling, outlet in credits.items()}
        return CreditMapping(
            spellings={**self.spellings, **added},
            ignore=self.ignore - set(added),
            sources=(*self.sources, source),
        )


def read_credit_file(path: str | os.PathLike) -> CreditMapping:
    """A mapping file laid out like ``analysis/data/credits.yaml``.

    Raises
    ------
    CreditMappingError
        Not YAML, or not ``outlets: {outlet: [spellings]}`` with an optional
        ``ignore: [parts]``; the message names the file and the entry.
    """
    path = Path(path)
    try:
        values = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise CreditMappingError(f"{path}: cannot read the credit mapping ({error})") from None
    if not isinstance(values, dict) or not isinstance(values.get("outlets", {}), dict):
        raise CreditMappingError(f"{path}: expected 'outlets:' mapping each outlet to spellings")
    spellings: dict[str, str] = {}
    for outlet, listed in (values.get("outlets") or {}).items():
        if isinstance(listed, str):
            listed = [listed]
        if not isinstance(outlet, str) or not isinstance(listed, list):
            raise CreditMappingError(f"{path}: outlet {outlet!r} must list its spellings")
        for spelling in [outlet, *listed]:
            if not isinstance(spelling, str):
                raise CreditMappingError(f"{path}: outlet {outlet!r}: {spelling!r} is not text")
            spellings[credit_key(spelling)] = tidy(outlet)
    ignore = values.get("ignore") or []
    if not isinstance(ignore, list) or not all(isinstance(part, str) for part in ignore):
        raise CreditMappingError(f"{path}: 'ignore:' must be a list of texts")
    return CreditMapping(spellings, frozenset(map(credit_key, ignore)), (str(path),))


def credit_mapping(
    credits: Mapping[str, str] | None = None, *, path: str | os.PathLike | None = None
) -> CreditMapping:
    """The packaged mapping (or the file ``path``), with ``credits`` layered over it.

    Parameters
    ----------
    credits : dict, optional
        Spelling → outlet, as in the ``credits`` of a corpus's settings; they win.
    path : path, optional
        A mapping file to read instead of the packaged one.

    Examples
    --------
    >>> credit_mapping({"YONHAP News": "Yonhap News Agency"}).normalise("Yonhap news")
    'Yonhap News Agency'
    """
    base = read_credit_file(path if path is not None else PACKAGED_CREDITS)
    return base.extended(credits)


def normalise_credits(credits: pd.Series, mapping: CreditMapping | None = None) -> pd.Series:
    """The outlet of each credit of a column (string dtype, ``<NA>`` without a credit).

    Each distinct credit is normalised once.

    >>> normalise_credits(pd.Series(["YONHAP News", None, "Yonhap"])).tolist()
    ['Yonhap', <NA>, 'Yonhap']
    """
    mapping = mapping or credit_mapping()
    codes, values = pd.factorize(credits, use_na_sentinel=True)
    outlets = [mapping.normalise(value) for value in values]
    result = pd.array([outlets[code] if code >= 0 else None for code in codes], dtype="string")
    return pd.Series(result, index=credits.index, name=OUTLET)


def with_outlets(
    articles: pd.DataFrame,
    *,
    column: str = "credit",
    mapping: CreditMapping | None = None,
    credits: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """The articles with an ``outlet`` column: their ``column`` normalised.

    Parameters
    ----------
    articles : DataFrame
        From :func:`analysis.load_corpus`.
    column : str, default "credit"
        The article column naming the outlet (the corpus settings' ``outlet``).
    mapping : CreditMapping, optional
        Default: :func:`credit_mapping` with ``credits``.
    credits : dict, optional
        Spellings added to the packaged mapping (the corpus settings' ``credits``).

    Raises
    ------
    ValueError
        ``column`` is not a column of the articles (the message lists them).

    Examples
    --------
    >>> articles = pd.DataFrame({"doc_id": ["a", "b"], "credit": ["YONHAP News", "Yonhap"]})
    >>> with_outlets(articles)["outlet"].tolist()
    ['Yonhap', 'Yonhap']
    """
    if column not in articles.columns:
        raise ValueError(
            f"The outlet column {column!r} is not a column of the articles; choose one of "
            f"{', '.join(map(str, articles.columns))} (parameter `outlet`, or `outlet:` in "
            "corpus.yaml)."
        )
    mapping = mapping or credit_mapping(credits)
    result = articles.assign(**{OUTLET: normalise_credits(articles[column], mapping)})
    result.attrs = dict(articles.attrs)
    return result


def outlet_table(articles: pd.DataFrame, column: str = "credit") -> pd.DataFrame:
    """How the credits of ``articles`` were brought to outlets: one row per distinct credit.

    Columns ``outlet``, ``credit`` and ``articles``, largest outlets first. ``articles``
    must hold ``outlet`` (see :func:`with_outlets`).

    >>> articles = with_outlets(pd.DataFrame({"credit": ["YONHAP News", "Yonhap", "AFP"]}))
    >>> outlet_table(articles).to_dict("records")[0]
    {'outlet': 'Yonhap', 'credit': 'YONHAP News', 'articles': 1}
    """
    table = (
        articles[[OUTLET, column]]
        .astype("string")
        .fillna(NO_CREDIT)
        .value_counts()
        .rename("articles")
        .reset_index()
        .rename(columns={column: "credit"})
    )
    size = table.groupby(OUTLET)["articles"].transform("sum")
    table = table.assign(_size=size).sort_values(
        ["_size", OUTLET, "articles", "credit"], ascending=[False, True, False, True]
    )
    return table.drop(columns="_size").reset_index(drop=True)[[OUTLET, "credit", "articles"]]


def grouped_outlets(outlets: pd.Series, *, top: int = 8, min_articles: int = 5) -> pd.Series:
    """Outlets kept apart: the ``top`` largest with ``min_articles`` articles or more.

    The others become :data:`OTHER_OUTLETS`, and articles without an outlet
    :data:`NO_CREDIT`, so that every article is counted in one group.

    >>> grouped_outlets(pd.Series(["A"] * 6 + ["B"] * 2 + [None]), min_articles=5).tolist()
    ['A', 'A', 'A', 'A', 'A', 'A', '(other outlets)', '(other outlets)', '(no credit)']
    """
    sizes = outlets.dropna().value_counts()
    sizes = sizes[sizes >= min_articles]
    sizes = sizes.sort_index().sort_values(ascending=False, kind="stable")
    kept = set(sizes.index[:top])
    grouped = [
        NO_CREDIT if pd.isna(value) else value if value in kept else OTHER_OUTLETS
        for value in outlets.to_numpy(dtype=object)
    ]
    return pd.Series(pd.array(grouped, dtype="string"), index=outlets.index, name=outlets.name)


def outlet_coverage(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    countries: Iterable[str] | None = None,
    top_countries: int = 5,
    top_outlets: int = 8,
    min_articles: int = 5,
) -> pd.DataFrame:
    """Share of each outlet's articles mentioning each of the top countries, with its N.

    Counting is :func:`analysis.counts.count_mentions` by the ``outlet`` column of
    ``articles`` (see :func:`with_outlets`), at the country level; the outlets are grouped
    by :func:`grouped_outlets` first.

    Parameters
    ----------
    mentions, articles : DataFrame
        ``articles`` with an ``outlet`` column.
    countries : list of str, optional
        Country ids to compare; by default the ``top_countries`` mentioned in most articles.
    top_outlets, min_articles : int
        Outlets shown apart (see :func:`grouped_outlets`); groups of fewer than
        ``min_articles`` articles are flagged ``small_n``.

    Returns
    -------
    DataFrame
        One row per outlet and country: ``outlet``, ``actor_id``, ``actor_name``,
        ``articles_mentioning``, ``n_articles`` (the outlet's articles), ``share_of_articles``,
        ``mentions`` and ``small_n``; outlets largest first, countries in the order
        compared. ``attrs``: ``countries``, ``n_articles`` (all articles), ``n_outlets``
        (distinct outlets before grouping).

    Examples
    --------
    >>> articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "n_words": [10, 10, 10],
    ...     "outlet": ["AFP", "AFP", "Yonhap"]})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "c", "c"], "actor_id": ["RUS", "PRK", "RUS"],
    ...     "actor_name": ["Russia", "North Korea", "Russia"], "country": ["RUS", "PRK", "RUS"],
    ...     "kind": ["name"] * 3})
    >>> table = outlet_coverage(mentions, articles, min_articles=1)
    >>> table[["outlet", "actor_id", "articles_mentioning", "n_articles"]]
       outlet actor_id  articles_mentioning  n_articles
    0     AFP      RUS                    1           2
    1     AFP      PRK                    0           2
    2  Yonhap      RUS                    1           1
    3  Yonhap      PRK                    1           1
    """
    from analysis.counts import count_mentions

    if OUTLET not in articles.columns:
        raise ValueError("articles have no outlet column: pass them through with_outlets first.")
    grouped = articles.assign(
        **{OUTLET: grouped_outlets(articles[OUTLET], top=top_outlets, min_articles=min_articles)}
    )
    if countries is None:
        overall = count_mentions(mentions, grouped, by="country")
        overall = overall[overall["articles"] > 0]
        overall = overall.sort_values("articles", ascending=False, kind="stable")
        countries = overall["actor_id"].astype(str).head(top_countries).tolist()
    countries = [str(country) for country in countries]
    table = count_mentions(mentions, grouped, by=OUTLET, level="country", min_articles=min_articles)
    table = table[table["actor_id"].isin(countries)].copy()
    table["_country"] = table["actor_id"].astype(str).map(countries.index)
    table["_order"] = table[OUTLET].map(_outlet_order(grouped[OUTLET]))
    table = table.sort_values(["_order", "_country"]).drop(columns=["_order", "_country"])
    columns = [
        OUTLET, "actor_id", "actor_name", "articles_mentioning", "n_articles",
        "share_of_articles", "mentions", "small_n",
    ]  # fmt: skip
    table = table[columns].reset_index(drop=True)
    table.attrs = {
        "countries": countries,
        "n_articles": len(articles),
        "n_outlets": int(articles[OUTLET].nunique()),
        "min_articles": min_articles,
    }
    return table


def _outlet_order(outlets: pd.Series) -> dict[str, int]:
    """Largest outlets first, then by name; the two catch-all groups last."""
    sizes = outlets.value_counts()
    named = sizes.drop([OTHER_OUTLETS, NO_CREDIT], errors="ignore")
    named = named.sort_index().sort_values(ascending=False, kind="stable")
    order = [*named.index, *[group for group in (OTHER_OUTLETS, NO_CREDIT) if group in sizes]]
    return {outlet: rank for rank, outlet in enumerate(order)}
