"""Draw the articles of the development set (``benchmarks/devset/``), reproducibly.

Usage::

    python benchmarks/devset/select.py --corpora DIR     # prints corpus, path, stratum

``DIR`` holds the three corpora ``wikinews-fr``, ``wikinews-en`` and ``state-dept-press``.
The rule uses plain regular expressions on the article text (and, for one stratum, the
title in the corpus's ``manifest.csv``), never the actor matcher, so that the set is not
drawn by what the matcher finds. Each stratum is a pool of articles, sorted by file name,
from which ``random.Random(SEED + i).sample(pool, k)`` draws ``k`` (``i`` is the stratum's
position in :data:`STRATA`); an article drawn by an earlier stratum is not drawn again.

Pools:

- ``international``: at most 6,000 characters and at least two distinct international
  keywords (:data:`KEYWORDS`: diplomacy, embassies, foreign ministries, the UN, NATO, the EU,
  summits, sanctions, treaties...);
- ``paris-domestic`` (French): "Paris" in the text and no international keyword, at most
  6,000 characters: domestic news whose capital is a venue, not a metonym;
- ``le-nord`` (French): "le Nord" or "Le Nord" (capital N, not followed by a hyphen), at any
  length: the phrase the dictionary reads as North Korea;
- ``transcript`` (State Department): at least six upper-case speaker labels
  (``SECRETARY BLINKEN:``, ``MR PRICE:``, ``QUESTION:``), 8,000 to 25,000 characters;
- ``joint-statement`` (State Department): "Joint Statement" in the title, at most 8,000
  characters (lists of signatory states).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import pandas as pd

SEED = 13
"""The seed of the draw (issue 13)."""

KEYWORDS = {
    "fr": [
        r"diplomat\w*",
        r"ambassad\w*",
        r"affaires étrangères",
        r"Nations unies",
        r"ONU",
        r"OTAN",
        r"Union européenne",
        r"sommet",
        r"sanctions?",
        r"traité",
        r"bilatéra\w*",
        r"Conseil de sécurité",
        r"chef de l'État",
        r"relations internationales",
    ],
    "en": [
        r"diplomat\w*",
        r"ambassador\w*",
        r"embass(?:y|ies)",
        r"foreign (?:minister|ministry|affairs|policy)",
        r"United Nations",
        r"UN",
        r"NATO",
        r"European Union",
        r"summit",
        r"sanctions?",
        r"treaty",
        r"bilateral",
        r"Security Council",
        r"Secretary of State",
    ],
}
"""International keywords per language (whole words; acronyms case-sensitive)."""

SPEAKER = re.compile(
    r"\b(?:SECRETARY|MR|MS|MRS|AMBASSADOR|MODERATOR|QUESTION|PRESIDENT|MINISTER|DR)"
    r"\.?(?: [A-Z][A-Z.'-]*)*:"
)
LE_NORD = re.compile(r"\b[Ll]e Nord\b(?!-)")
PARIS = re.compile(r"\bParis\b")

STRATA = [
    # (corpus, stratum, k)
    ("wikinews-fr", "international", 10),
    ("wikinews-fr", "paris-domestic", 3),
    ("wikinews-fr", "le-nord", 3),
    ("wikinews-en", "international", 10),
    ("state-dept-press", "transcript", 3),
    ("state-dept-press", "joint-statement", 2),
    ("state-dept-press", "international", 9),
]
LANGUAGES = {"wikinews-fr": "fr", "wikinews-en": "en", "state-dept-press": "en"}


def keyword_hits(text: str, language: str) -> int:
    """How many distinct international keywords of ``language`` the text holds."""
    hits = 0
    for keyword in KEYWORDS[language]:
        flags = 0 if keyword.isupper() else re.IGNORECASE
        if re.search(rf"\b{keyword}\b", text, flags):
            hits += 1
    return hits


def in_stratum(stratum: str, text: str, title: str, language: str) -> bool:
    if stratum == "international":
        return len(text) <= 6000 and keyword_hits(text, language) >= 2
    if stratum == "paris-domestic":
        return len(text) <= 6000 and bool(PARIS.search(text)) and not keyword_hits(text, "fr")
    if stratum == "le-nord":
        return bool(LE_NORD.search(text))
    if stratum == "transcript":
        return 8000 <= len(text) <= 25000 and len(SPEAKER.findall(text)) >= 6
    if stratum == "joint-statement":
        return len(text) <= 8000 and "Joint Statement" in title
    raise ValueError(stratum)


def read_texts(folder: Path) -> pd.DataFrame:
    """``path``, ``text`` and ``title`` of every article of a corpus folder."""
    import analysis

    articles = analysis.load_corpus(folder, progress=False)
    titles = pd.read_csv(folder / "manifest.csv").set_index("file")["title"]
    articles = articles[["doc_id", "path", "text"]].copy()
    articles["title"] = articles["path"].map(titles).fillna("")
    return articles.sort_values("path").reset_index(drop=True)


def select(corpora: Path) -> list[tuple[str, str, str]]:
    """The drawn articles as ``(corpus, path, stratum)``, in the order of :data:`STRATA`."""
    texts = {name: read_texts(corpora / name) for name in LANGUAGES}
    chosen: list[tuple[str, str, str]] = []
    taken: set[tuple[str, str]] = set()
    for position, (corpus, stratum, k) in enumerate(STRATA):
        language = LANGUAGES[corpus]
        pool = [
            row.path
            for row in texts[corpus].itertuples(index=False)
            if (corpus, row.path) not in taken
            and in_stratum(stratum, str(row.text), str(row.title), language)
        ]
        drawn = random.Random(SEED + position).sample(pool, k)
        for path in sorted(drawn):
            chosen.append((corpus, path, stratum))
            taken.add((corpus, path))
        print(f"{corpus:17} {stratum:16} pool {len(pool):4}  drawn {k}", file=sys.stderr)
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, required=True, help="folder of the corpora")
    args = parser.parse_args(argv)
    missing = [name for name in LANGUAGES if not (args.corpora / name).is_dir()]
    if missing:
        print(f"error: no corpus folder {', '.join(missing)} in {args.corpora}", file=sys.stderr)
        return 2
    for corpus, path, stratum in select(args.corpora):
        print(f"{corpus}\t{path}\t{stratum}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
