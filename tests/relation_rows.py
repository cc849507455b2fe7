"""The relations a short text gives, as (source, type, target, status) rows: shared by the
tests that read sentences written for them."""

from __future__ import annotations

import pandas as pd

from analysis.relations import find_relations


def table_of(text: str, language: str, **options) -> pd.DataFrame:
    """The relation table of a one-article corpus holding ``text``."""
    articles = pd.DataFrame({"doc_id": ["d"], "language": [language], "text": [text]})
    return find_relations(articles, **options)


def relations_of(text: str, language: str, **options) -> set[tuple[str, str, str, str]]:
    """The set of (source roll-up, type, target roll-up, status) of ``text``."""
    table = table_of(text, language, **options)
    return set(
        zip(
            table["source_country"].astype(str),
            table["type"].astype(str),
            table["target_country"].astype(str),
            table["status"].astype(str),
            strict=True,
        )
    )
