"""Rules applied to the mentions of an article once they are all found.

Some aliases name an actor only in some articles, and the matcher, which reads one phrase at
a time, cannot tell:

- **context**: an alias listed under an actor's ``context`` (``le Nord: [KOR, PRK]``)
  counts only in an article that also names one of those actors, through an alias that
  needs no context (or through their people and institutions, which roll up to them);
- **dated aliases**: an alias written ``{text: Hollande, dated: true}`` counts only in
  articles published within one of the person's roles (both months inclusive), or in an
  article that names the person in full, since the surname alone may be someone else's
  outside those years. An undated article that does not name them in full does not count it;
- **home**: in a corpus whose outlet belongs to a country (the corpus setting ``home``),
  that country's capital and demonyms mostly speak of domestic news ("Paris" for the
  traffic, the police, a handball result): they get the kind ``home``, so that counts and
  figures can leave them out (``exclude_kinds=["home"]``) or show them apart.

- **glosses**: a name followed by its acronym in parentheses ("Cour pénale internationale
  (CPI)", "African Union (AU)") is one mention, not two.

Each function takes the mention table and returns it without the rows that do not count (or
with the relabelled kind); nothing else changes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.actors import alias_key

__all__ = [
    "HOME_KIND",
    "HOME_KINDS",
    "apply_context",
    "apply_dates",
    "drop_glosses",
    "home_hint",
    "likely_home",
    "mark_home",
]

HOME_KIND = "home"
"""The kind of a mention of the outlet's own country by its capital or demonyms."""

HOME_KINDS = ("capital", "demonym")
"""The kinds that become :data:`HOME_KIND` for the home country."""


def _context_rules(dictionary) -> dict[tuple[str, str], frozenset[str]]:
    """``(actor id, alias key) -> ids the article must also name``."""
    rules = {}
    actors = dictionary.actors
    if "context" not in actors:
        return rules
    for actor_id, context in zip(actors["actor_id"], actors["context"], strict=True):
        for alias, needs in (context or {}).items():
            rules[str(actor_id), alias_key(alias)] = frozenset(needs)
    return rules


def _per_alias(mentions: pd.DataFrame, value_of) -> list:
    """``value_of(actor id, alias key)`` for each mention, computed once per distinct pair."""
    actor_codes, actor_values = pd.factorize(mentions["actor_id"])
    alias_codes, alias_values = pd.factorize(mentions["alias"])
    pairs = actor_codes.astype(np.int64) * (len(alias_values) + 1) + alias_codes
    distinct, codes = np.unique(pairs, return_inverse=True)
    keys = [alias_key(str(alias)) for alias in alias_values]
    values = [
        value_of(
            str(actor_values[pair // (len(alias_values) + 1)]), keys[pair % (len(alias_values) + 1)]
        )
        for pair in distinct.tolist()
    ]
    return [values[code] for code in codes.ravel().tolist()]


def apply_context(mentions: pd.DataFrame, dictionary) -> pd.DataFrame:
    """Drop the mentions through a context alias in articles that do not name its context.

    Parameters
    ----------
    mentions : DataFrame
        Columns of :data:`analysis.mentions.MENTION_COLUMNS`.
    dictionary : ActorDictionary

    Returns
    -------
    DataFrame
        ``mentions`` without those rows.

    Examples
    --------
    >>> from analysis.actors import load_actors
    >>> from analysis.mentions import find_mentions
    >>> corpus = pd.DataFrame({"doc_id": ["fr", "kr"], "text": [
    ...     "Grève dans le Nord et l'Ouest.", "Séoul répond : le Nord a tiré."]})
    >>> find_mentions(corpus)[["doc_id", "matched"]].values.tolist()
    [['kr', 'Séoul'], ['kr', 'le Nord']]
    """
    rules = _context_rules(dictionary)
    if not rules or mentions.empty:
        return mentions
    keys = _per_alias(mentions, lambda actor_id, key: rules.get((actor_id, key)))
    conditional = np.array([needs is not None for needs in keys], dtype=bool)
    if not conditional.any():
        return mentions
    # Only the articles holding a context alias need looking at.
    documents, _ = pd.factorize(mentions["doc_id"])
    asking = np.isin(documents, np.unique(documents[conditional]))
    plain = mentions[asking & ~conditional]
    plain_documents = documents[asking & ~conditional]
    named: set[tuple[int, str]] = set()
    for column in ("actor_id", "country", "organisation"):
        values = plain[column].astype("string")
        present = values.notna().to_numpy()
        named.update(
            zip(
                plain_documents[present].tolist(),
                values.to_numpy()[present].astype(str).tolist(),
                strict=True,
            )
        )
    keep = ~conditional
    for row in np.flatnonzero(conditional).tolist():
        keep[row] = any((int(documents[row]), needed) in named for needed in keys[row])
    return mentions[keep].reset_index(drop=True) if not keep.all() else mentions


def apply_dates(mentions: pd.DataFrame, corpus: pd.DataFrame, dictionary) -> pd.DataFrame:
    """Drop the mentions through a dated alias in articles outside the person's roles.

    ``corpus`` needs ``doc_id`` and ``month`` (as :func:`analysis.load_corpus` gives);
    without ``month``, no article can be placed and every dated mention is dropped.
    """
    aliases = dictionary.aliases
    if "dated" not in aliases or mentions.empty or not aliases["dated"].any():
        return mentions
    dated = aliases[aliases["dated"].astype(bool)]
    dated_keys = {
        (str(actor_id), alias_key(str(alias)))
        for actor_id, alias in zip(dated["actor_id"], dated["alias"], strict=True)
    }
    rows = np.array(
        _per_alias(mentions, lambda actor_id, key: (actor_id, key) in dated_keys), dtype=bool
    )
    if not rows.any():
        return mentions
    roles = dict(zip(dictionary.actors["actor_id"], dictionary.actors["roles"], strict=True))
    months = {}
    if "month" in corpus:
        months = dict(zip(corpus["doc_id"].astype(str), corpus["month"], strict=True))
    keep = ~rows
    documents = mentions["doc_id"].astype(str).to_numpy()
    actor_ids = mentions["actor_id"].astype(str).to_numpy()
    # Named in full (or by title) in the same article, the surname is that person whatever
    # the date: "Taro Kono ... M. Kono".
    named = set(zip(documents[~rows].tolist(), actor_ids[~rows].tolist(), strict=True))
    for row in np.flatnonzero(rows).tolist():
        if (documents[row], actor_ids[row]) in named:
            keep[row] = True
            continue
        month = months.get(documents[row])
        if month is None or pd.isna(month):
            continue
        month = str(month)
        keep[row] = any(
            role["from"] <= month and (role["to"] is None or month <= role["to"])
            for role in roles.get(actor_ids[row]) or []
        )
    return mentions[keep].reset_index(drop=True)


def mark_home(mentions: pd.DataFrame, home: str | None) -> pd.DataFrame:
    """The mentions with the home country's capital and demonyms of kind :data:`HOME_KIND`.

    >>> mentions = pd.DataFrame({
    ...     "actor_id": pd.Categorical(["FRA", "FRA", "RUS"]),
    ...     "kind": pd.Categorical(["capital", "name", "capital"],
    ...                            categories=["name", "capital", "home"])})
    >>> mark_home(mentions, "FRA")["kind"].tolist()
    ['home', 'name', 'capital']
    """
    if not home or mentions.empty:
        return mentions
    rows = (mentions["actor_id"].astype("string") == home).fillna(False) & mentions["kind"].astype(
        "string"
    ).isin(HOME_KINDS).fillna(False)
    if not rows.any():
        return mentions
    marked = mentions.copy()
    kind = marked["kind"]
    if HOME_KIND not in kind.cat.categories:
        kind = kind.cat.add_categories([HOME_KIND])
    marked["kind"] = kind.where(~rows.to_numpy(), HOME_KIND)
    marked.attrs = dict(mentions.attrs, home=home)
    return marked


def likely_home(mentions: pd.DataFrame, *, ratio: float = 3.0, minimum: int = 20) -> dict | None:
    """The country whose capital the corpus names far more than any other, if one is.

    An outlet names its own capital for domestic news ("Paris" for the traffic, the police):
    when one capital is named at least ``ratio`` times as often as the next, and at least
    ``minimum`` times, its country is probably the outlet's home.

    Returns
    -------
    dict or None
        ``actor_id``, ``capital`` (the most frequent spelling), ``mentions``, ``next``
        (the next capital's count), or None.

    Examples
    --------
    >>> mentions = pd.DataFrame({"actor_id": ["FRA"] * 40 + ["RUS"] * 5,
    ...     "kind": ["capital"] * 45, "matched": ["Paris"] * 40 + ["Moscou"] * 5})
    >>> likely_home(mentions)["actor_id"]
    'FRA'
    """
    capitals = mentions[mentions["kind"].astype("string") == "capital"]
    counts = capitals["actor_id"].astype("string").value_counts()
    if counts.empty or counts.iloc[0] < minimum:
        return None
    following = int(counts.iloc[1]) if len(counts) > 1 else 0
    if counts.iloc[0] < ratio * max(following, 1):
        return None
    actor_id = str(counts.index[0])
    spelled = capitals[capitals["actor_id"].astype("string") == actor_id]["matched"]
    return {
        "actor_id": actor_id,
        "capital": str(spelled.astype("string").mode().iloc[0]),
        "mentions": int(counts.iloc[0]),
        "next": following,
    }


def home_hint(mentions: pd.DataFrame, home: str | None) -> str | None:
    """A sentence pointing out a likely home country when none is set, else None."""
    if home:
        return None
    found = likely_home(mentions)
    if found is None:
        return None
    return (
        f"{found['capital']} is named {found['mentions']:,} times, more than "
        f"{found['mentions'] // max(found['next'], 1)} times any other capital: if the outlet "
        f"is in {found['actor_id']}, its domestic news is counted as {found['actor_id']} "
        f"coverage. Give --home {found['actor_id']} (or `home: {found['actor_id']}` in "
        "corpus.yaml) to count its capital and demonyms as kind 'home'."
    )


def drop_glosses(mentions: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Drop a mention written in parentheses right after a mention of the same actor.

    Examples
    --------
    >>> from analysis.mentions import find_mentions
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": [
    ...     "La Cour pénale internationale (CPI) et l'African Union (AU)."]})
    >>> find_mentions(corpus)["matched"].tolist()
    ['Cour pénale internationale', 'African Union']
    """
    if len(mentions) < 2:
        return mentions
    starts = mentions["start"].to_numpy()
    ends = mentions["end"].to_numpy()
    documents = mentions["doc_id"].astype(str).to_numpy()
    actors = mentions["actor_id"].astype(str).to_numpy()
    candidates = np.flatnonzero(
        (starts[1:] - ends[:-1] == 2)
        & (documents[1:] == documents[:-1])
        & (actors[1:] == actors[:-1])
    )
    if not len(candidates):
        return mentions
    texts = dict(zip(corpus["doc_id"].astype(str), corpus["text"], strict=True))
    keep = np.ones(len(mentions), dtype=bool)
    for first in candidates.tolist():
        text = texts.get(documents[first])
        second = first + 1
        if (
            isinstance(text, str)
            and text[ends[first] : starts[second]] == " ("
            and text[ends[second] : ends[second] + 1] == ")"
        ):
            keep[second] = False
    return mentions if keep.all() else mentions[keep].reset_index(drop=True)
