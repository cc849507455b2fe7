"""Write a synthetic corpus to a folder, one ``.txt`` file per article."""

from __future__ import annotations

import os
from pathlib import Path

from tqdm import tqdm

from analysis.corpus.settings import SETTINGS_FILE
from analysis.sample.generate import ARTICLE_NAME, DEFAULT_SEED, generate_articles
from analysis.sample.months import COVERED_END, COVERED_START

# Windows would otherwise translate line ends; the files must be byte-identical everywhere.
_BINARY = getattr(os, "O_BINARY", 0)


def write_corpus(
    out: Path | str,
    n: int,
    *,
    seed: int = DEFAULT_SEED,
    start: str = COVERED_START,
    end: str = COVERED_END,
    english_share: float = 0.15,
    overwrite: bool = False,
    progress: bool = True,
) -> int:
    """Write ``n`` synthetic articles into the folder ``out`` (see :func:`generate_articles`).

    Parameters
    ----------
    out : path-like
        Folder to write into; created if missing.
    n, seed, start, end, english_share
        As in :func:`generate_articles`.
    overwrite : bool, default False
        Allow a non-empty folder. Article files written by an earlier run (names matching
        :data:`ARTICLE_NAME`) are deleted first so that the folder holds exactly the new corpus;
        other files are left alone.
    progress : bool, default True
        Show a progress bar.

    Returns
    -------
    int
        Number of files written.

    Raises
    ------
    FileExistsError
        If ``out`` is not empty and ``overwrite`` is False, or is a file.
    ValueError
        As in :func:`generate_articles`.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     write_corpus(folder, 2, progress=False)
    2
    """
    out = Path(out)
    articles = generate_articles(n, seed=seed, start=start, end=end, english_share=english_share)
    if out.exists() and not out.is_dir():
        raise FileExistsError(f"{out} is a file; give a folder to write the corpus into")
    if out.is_dir() and any(out.iterdir()):
        if not overwrite:
            raise FileExistsError(
                f"{out} is not empty; choose an empty or new folder, or pass --force "
                "(overwrite=True) to replace the article files in it"
            )
        for old in out.iterdir():
            if old.is_file() and ARTICLE_NAME.match(old.name):
                old.unlink()
    out.mkdir(parents=True, exist_ok=True)
    folder = str(out)
    written = 0
    for name, text in tqdm(articles, total=n, unit="article", desc="writing", disable=not progress):
        # Plain os calls: about a third faster than Path.write_bytes over 100,000 small files.
        descriptor = os.open(
            os.path.join(folder, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o644
        )
        try:
            os.write(descriptor, text.encode("utf-8"))
        finally:
            os.close(descriptor)
        written += 1
    # The label every figure drawn from this corpus shows: nobody should take it for news.
    (out / SETTINGS_FILE).write_text("label: synthetic sample\n", encoding="utf-8")
    return written
