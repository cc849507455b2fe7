"""Study diplomatic news coverage: load articles, find the actors they mention, plot them.

The main entry points::

    import analysis
    articles = analysis.load_corpus("path/to/articles")   # one row per article
    report = analysis.corpus_report(articles)            # what was loaded and what was not
    mentions = analysis.find_mentions(articles)          # one row per mention, with offsets
    analysis.count_mentions(mentions, articles, by="country")
    analysis.actor_timeline(mentions, articles, level="country", unit="Q")
    analysis.kwic(mentions, articles, actor="RUS")       # the text behind each count
    analysis.explore(articles, mentions)                 # the widget explorer
"""

from analysis.actors import load_actors
from analysis.corpus import CorpusError, LoadResult, corpus_report, load_corpus, read_corpus
from analysis.counts import co_mentions, count_mentions, kwic
from analysis.mentions import find_mentions
from analysis.timeline import actor_timeline

__all__ = [
    "CorpusError",
    "LoadResult",
    "actor_timeline",
    "co_mentions",
    "corpus_report",
    "count_mentions",
    "explore",
    "find_mentions",
    "kwic",
    "load_actors",
    "load_corpus",
    "read_corpus",
]
__version__ = "0.1.0"


def __getattr__(name: str):
    # The explorer pulls in ipywidgets and matplotlib: import it only when asked for.
    if name == "explore":
        from analysis.explore import explore

        return explore
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
