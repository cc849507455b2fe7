"""The officials found by title, as a table and as YAML for a user dictionary.

:func:`officials_table` lists each person named with a title in a mention table (mentions
of kind ``official``): who, whose official, the titles seen (the evidence), how many
mentions and articles, which months, and an ``actors:`` entry to paste into a user
dictionary (:func:`officials_yaml` gathers the entries of the persons the dictionary does
not know into one file that :func:`analysis.actors.load_actors` reads).
"""

from __future__ import annotations

import collections
import os
from pathlib import Path

import pandas as pd
import yaml

from analysis.officials.people import key_of, name_words
from analysis.officials.titles import TitleForm, Titles, load_titles

__all__ = ["OFFICIALS_COLUMNS", "officials_table", "officials_yaml", "role_of", "role_title"]

OFFICIALS_COLUMNS = [
    "actor_id",
    "name",
    "country",
    "organisation",
    "known",
    "titles",
    "roles",
    "n_mentions",
    "n_articles",
    "first_month",
    "last_month",
    "months",
    "yaml",
]
"""Columns of :func:`officials_table`.

actor_id, name
    The dictionary's id and name, or those proposed for a new official (``taro-kono``).
country, organisation
    Whom the person is an official of (``<NA>`` when none).
known
    The dictionary knows the person (bool).
titles
    The titles as written, most frequent first (list of str): the evidence.
roles
    ``{"title", "from", "to"}`` per title held: the English title with its state ("Foreign
    Minister of Japan") and the first and last months it was seen; titles seen with
    "former", "ancien"... give none (list of dict).
n_mentions, n_articles
    Mentions of kind ``official`` and articles holding one (int).
first_month, last_month, months
    When the person was seen (``Period[M]``; months: sorted list of ``YYYY-MM``).
yaml
    The person's ``actors:`` entry, ready to paste into a user dictionary (str).
"""


def role_of(title: str, titles: Titles) -> tuple[TitleForm | None, bool]:
    """The form of the titles file a title as written stands for, and whether it is past.

    The longest form found in it wins; ``former`` and the other ``past`` qualifiers put
    it in the past.

    Examples
    --------
    >>> titles = load_titles()
    >>> form, past = role_of("ministre japonais des Affaires étrangères", titles)
    >>> form.role, past
    ('Foreign Minister', False)
    >>> form, past = role_of("former U.S. Ambassador to the UN", titles)
    >>> form.role, past
    ('Ambassador', True)
    >>> role_of("MR", titles)
    (None, False)
    """
    words = key_of(title).split()
    past = any(word in titles.past for word in words)
    best: tuple[int, TitleForm] | None = None
    for start in range(len(words)):
        for stop in range(len(words), start, -1):
            forms = titles.by_key.get(" ".join(words[start:stop]))
            if forms and (best is None or stop - start > best[0]):
                best = (stop - start, forms[0])
                break
    # A demonym written inside a French title: "ministre japonais des Affaires étrangères".
    for index in range(1, len(words) - 1):
        forms = titles.by_key.get(" ".join(words[:index] + words[index + 1 :]))
        if forms and (best is None or len(words) - 1 > best[0]):
            best = (len(words) - 1, forms[0])
    return (best[1] if best else None), past


def role_title(form: TitleForm, affiliation: str | None) -> str:
    """A role's title as the dictionary writes it: "Foreign Minister of Japan".

    >>> titles = load_titles()
    >>> role_title(titles.by_key["prime minister"][0], "United Kingdom")
    'Prime Minister of the United Kingdom'
    >>> role_title(titles.by_key["secretary of state"][0], "United States")
    'Secretary of State'
    """
    if not affiliation or form.country or form.organisation:
        return form.role
    article = "the " if affiliation.split()[0] in _WITH_ARTICLE else ""
    return f"{form.role} of {article}{affiliation}"


# Names of states and organisations written with "the" in English.
_WITH_ARTICLE = frozenset(
    {"United", "Republic", "Democratic", "Czech", "Netherlands", "Philippines", "Bahamas",
     "Gambia", "Maldives", "Holy", "Central", "Dominican", "European", "African", "World",
     "International", "Organization", "Shanghai"}
)  # fmt: skip


def officials_table(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    actors=None,
    *,
    titles: Titles | str | os.PathLike | None = None,
) -> pd.DataFrame:
    """One row per person named with a title: the evidence, and a dictionary entry.

    Parameters
    ----------
    mentions : DataFrame
        From :func:`analysis.find_mentions` (its rows of kind ``official`` are used).
    articles : DataFrame
        The articles (``doc_id``, ``month``).
    actors : ActorDictionary, path or None
        The dictionary the mentions were found with (default: the packaged one).
    titles : Titles or path, optional
        The titles the mentions were found with (default: the packaged ones).

    Returns
    -------
    DataFrame
        Columns :data:`OFFICIALS_COLUMNS`, persons the dictionary does not know first, then
        by number of articles.

    Examples
    --------
    >>> from analysis import find_mentions
    >>> articles = pd.DataFrame({"doc_id": ["a"], "language": ["fr"],
    ...     "month": pd.PeriodIndex(["2019-02"], freq="M"),
    ...     "text": ["Le ministre japonais des Affaires étrangères Ichiro Tanaka est arrivé."]})
    >>> table = officials_table(find_mentions(articles), articles)
    >>> table[["actor_id", "country", "n_articles"]].to_dict("records")
    [{'actor_id': 'ichiro-tanaka', 'country': 'JPN', 'n_articles': 1}]
    >>> table["titles"].iat[0]
    ['ministre japonais des Affaires étrangères']
    >>> print(table["yaml"].iat[0])
    - id: ichiro-tanaka
      name: Ichiro Tanaka
      type: person
      country: JPN
      aliases:
        leader: [Ichiro Tanaka]
      roles:
      - {title: Foreign Minister of Japan, from: 2019-02, to: 2019-02}
    <BLANKLINE>
    """
    from analysis.actors import ActorDictionary, load_actors

    dictionary = actors if isinstance(actors, ActorDictionary) else load_actors(actors)
    if not isinstance(titles, Titles):
        titles = load_titles(titles)
    names = dict(mentions.attrs.get("names", {}))
    names.update(
        zip(
            dictionary.actors["actor_id"].astype(str),
            dictionary.actors["actor_name"].astype(str),
            strict=True,
        )
    )
    known_ids = set(dictionary.actors["actor_id"].astype(str))
    officials = mentions[mentions["kind"] == "official"]
    months = articles.set_index(articles["doc_id"].astype(str))["month"]
    rows = []
    for actor_id, group in officials.groupby(officials["actor_id"].astype(str), observed=True):
        rows.append(_row(actor_id, group, months, titles, names, actor_id in known_ids))
    table = pd.DataFrame(rows, columns=OFFICIALS_COLUMNS)
    if table.empty:
        return table
    table = table.sort_values(
        ["known", "n_articles", "n_mentions", "actor_id"], ascending=[True, False, False, True]
    ).reset_index(drop=True)
    for column in ("country", "organisation", "name", "actor_id"):
        table[column] = table[column].astype("string")
    for column in ("n_mentions", "n_articles"):
        table[column] = table[column].astype("int64")
    for column in ("first_month", "last_month"):
        table[column] = pd.PeriodIndex(table[column], freq="M")
    return table


def _row(actor_id: str, group: pd.DataFrame, months: pd.Series, titles: Titles, names: dict,
         known: bool) -> dict:  # fmt: skip
    first = group.iloc[0]
    country = None if pd.isna(first["country"]) else str(first["country"])
    organisation = None if pd.isna(first["organisation"]) else str(first["organisation"])
    docs = group["doc_id"].astype(str)
    seen = months.reindex(docs.to_numpy())
    counted = collections.Counter(str(alias) for alias in group["alias"].dropna() if str(alias))
    written = [title for title, _ in counted.most_common()]
    affiliation = names.get(country or organisation or "", country or organisation or "")
    roles: dict[str, list] = {}
    for title, month in zip(group["alias"].astype("string").fillna("").tolist(), seen, strict=True):
        form, past = role_of(title, titles)
        if form is None or past or pd.isna(month):
            continue
        roles.setdefault(role_title(form, affiliation), []).append(pd.Period(month, freq="M"))
    role_list = [
        {"title": title, "from": str(min(periods)), "to": str(max(periods))}
        for title, periods in roles.items()
    ]
    valid = seen.dropna()
    period_strings = sorted({str(pd.Period(month, freq="M")) for month in valid})
    row = {
        "actor_id": actor_id,
        "name": str(first["actor_name"]),
        "country": country,
        "organisation": organisation,
        "known": known,
        "titles": written,
        "roles": role_list,
        "n_mentions": len(group),
        "n_articles": docs.nunique(),
        "first_month": period_strings[0] if period_strings else None,
        "last_month": period_strings[-1] if period_strings else None,
        "months": period_strings,
    }
    row["yaml"] = _entry_yaml(row)
    return row


def _entry_yaml(row: dict) -> str:
    """The ``actors:`` entry of a row, as YAML text (one list item)."""
    entry: dict = {"id": row["actor_id"]}
    if not row["known"]:
        entry["name"] = row["name"]
        entry["type"] = "person"
        if row["country"]:
            entry["country"] = row["country"]
        if row["organisation"]:
            entry["organisation"] = row["organisation"]
        if len(name_words(row["name"])) > 1:
            entry["aliases"] = {"leader": [row["name"]]}
    if row["roles"]:
        entry["roles"] = row["roles"]
    text = yaml.dump([entry], Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    if "aliases" not in entry and not row["known"]:
        text += (
            f"  # only the surname was seen: add the full name as an alias of {row['actor_id']}\n"
        )
    return text


class _Dumper(yaml.SafeDumper):
    """Block style for entries, flow style for alias lists and roles, months unquoted."""


def _represent_list(dumper, value):
    flow = all(isinstance(item, str) for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


def _represent_dict(dumper, value):
    flow = set(value) <= {"title", "from", "to"}
    return dumper.represent_mapping("tag:yaml.org,2002:map", value.items(), flow_style=flow)


_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(dict, _represent_dict)


def officials_yaml(
    table: pd.DataFrame,
    path: str | os.PathLike | None = None,
    *,
    include_known: bool = False,
) -> str:
    """The ``actors:`` entries of a table of officials, as one user dictionary file.

    Parameters
    ----------
    table : DataFrame
        From :func:`officials_table`.
    path : path, optional
        Also write the text there.
    include_known : bool, default False
        Also give the persons the dictionary knows, with their roles seen (merged into
        theirs when the file is loaded over the dictionary).

    Returns
    -------
    str
        A file for :func:`analysis.actors.load_actors` (layered over the packaged
        dictionary). Review it before use: the ids, names and countries are proposals.
    """
    rows = table if include_known else table[~table["known"].astype(bool)]
    lines = [
        "# Officials found by their title, proposed for the actor dictionary. Review each",
        "# entry: the ids, names and countries are read from the titles; roles give the",
        "# first and last months the title was seen.",
        "version: 1",
        "actors:" if len(rows) else "actors: []",
    ]
    text = "\n".join(lines) + "\n" + "".join(rows["yaml"].tolist())
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text
