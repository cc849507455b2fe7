"""Draw the articles of the relation development set (``benchmarks/devset/relations.jsonl``).

Usage::

    python benchmarks/select_relation_articles.py --corpora DIR --seed DIR

``--corpora`` is the folder that holds ``wikinews-fr``, ``wikinews-en`` and
``state-dept-press``; ``--seed`` the user's own sample. The script prints one JSON line per
drawn article (corpus, path, doc_id, language, number of sentences, annotated end), in the
order of the draw, so that the set can be drawn again and checked.

The rule (also in ``benchmarks/devset/RELATIONS.md``):

- every article of the seed;
- from each other corpus, the articles that are not a re-publication of another
  (``duplicate_of`` empty) and in which at least :data:`MIN_CO_SENTENCES` sentences each
  name two different states (mentions from :func:`analysis.find_mentions` rolled up to their
  ``country``: a minister counts for the state), and that name at least one person,
  institution or organisation of the dictionary (:data:`GOVERNMENT_TYPES`: an official, a
  state body or an international organisation); these are sorted by ``doc_id`` and shuffled
  by ``random.Random(f"{SEED}:{corpus}")``, and the first ``QUOTAS[corpus]`` are taken;
- an article longer than :data:`MAX_SENTENCES` sentences is annotated up to the start of its
  sentence ``MAX_SENTENCES + 1`` (``annotated_end``); otherwise it is annotated whole.

The mentions only choose articles; the relations are annotated by reading.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

SEED = "relations-devset-2026"
QUOTAS = {"wikinews-fr": 17, "wikinews-en": 11, "state-dept-press": 16}
MIN_CO_SENTENCES = 2
MAX_SENTENCES = 40
# Sport results and song contests name many states but no one who acts for them: an article
# must also name an official, a state institution or an international organisation.
GOVERNMENT_TYPES = ("person", "institution", "organisation")


def eligible(articles, mentions) -> list[str]:
    """Ids of the articles that pass the rule of the module's docstring, sorted."""
    states = mentions[mentions["country"].notna()]
    per_sentence = states.groupby(["doc_id", "sentence_id"])["country"].nunique()
    co = per_sentence[per_sentence >= 2].reset_index().groupby("doc_id").size()
    governments = mentions.loc[mentions["actor_type"].isin(GOVERNMENT_TYPES), "doc_id"]
    ids = set(co[co >= MIN_CO_SENTENCES].index) & set(governments)
    originals = articles[articles["duplicate_of"].isna()]
    return sorted(doc_id for doc_id in originals["doc_id"] if doc_id in ids)


def annotated_end(text: str) -> int:
    """Where annotation stops: the whole text, or the start of sentence ``MAX_SENTENCES + 1``."""
    from analysis.text.sentences import sentence_starts

    starts = sentence_starts(text)
    if len(starts) <= MAX_SENTENCES:
        return len(text)
    return int(starts[MAX_SENTENCES])


def draw(corpora: Path, seed: Path) -> list[dict]:
    """The drawn articles, seed first, then each corpus in the order of :data:`QUOTAS`."""
    import analysis

    rows = []
    groups = [("seed", seed, None)] + [(name, corpora / name, q) for name, q in QUOTAS.items()]
    for corpus, folder, quota in groups:
        articles = analysis.load_corpus(folder, cache=False).set_index("doc_id", drop=False)
        if quota is None:
            chosen = sorted(articles["doc_id"])
        else:
            ids = eligible(articles, analysis.find_mentions(articles))
            chosen = random.Random(f"{SEED}:{corpus}").sample(ids, len(ids))[:quota]
        for doc_id in chosen:
            article = articles.loc[doc_id]
            text = article["text"]
            rows.append(
                {
                    "corpus": corpus,
                    "path": article["path"],
                    "doc_id": doc_id,
                    "language": article["language"],
                    "n_sentences": int(article["n_sentences"]),
                    "annotated_end": annotated_end(text),
                    "length": len(text),
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, required=True, help="folder of the corpora")
    parser.add_argument("--seed", type=Path, required=True, help="folder of the seed sample")
    args = parser.parse_args(argv)
    for row in draw(args.corpora, args.seed):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
