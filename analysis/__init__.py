"""Study diplomatic news coverage: load articles, find the actors they mention, plot them.

The main entry points::

    import analysis
    articles = analysis.load_corpus("path/to/articles")   # one row per article
    report = analysis.corpus_report(articles)            # what was loaded and what was not
"""

from analysis.corpus import CorpusError, LoadResult, corpus_report, load_corpus, read_corpus

__all__ = ["CorpusError", "LoadResult", "corpus_report", "load_corpus", "read_corpus"]
__version__ = "0.1.0"
