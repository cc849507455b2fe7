"""The language of each article, as py3langid identifies it.

py3langid's own API (:func:`language_identifier`) is the reference. From a few hundred
texts on, :class:`BatchLanguageIdentifier` gives the same answers more than ten times
faster, from tables derived from py3langid's model and checked against it; when it cannot
be used, a :class:`LanguagePathWarning` says why (once per process) and py3langid
classifies every text itself.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import shutil
import unicodedata
import warnings
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import config
from analysis.corpus.article import is_missing

MIN_LETTERS_FOR_LANGUAGE = 20
"""Bodies with fewer letters get the language ``und``: py3langid guesses wildly on them."""

LANGUAGE_SAMPLE = 500
"""Characters from the start of the body given to py3langid.

On 3,500 State Department press releases and Wikinews articles, 500 characters gave the
same language as 5,000 for every article, in half the time of 1,000 (300 got two wrong).
"""

BATCH_MINIMUM = 300
"""Texts from which the batch classifier is used: building it takes about 0.3 s."""

# Matches once a text has reached the minimum number of letters, so it stops early.
_ENOUGH_LETTERS = re.compile(rf"(?:[^\W\d_][\W\d_]*){{{MIN_LETTERS_FOR_LANGUAGE}}}")

_LANGUAGE_BATCH = 5000
"""Texts classified together: about 25 bytes of memory per byte of sample (65 MB for 5,000)."""

_LANGUAGE_TABLES_FORMAT = 1

_LANGUAGE_CHECKS = (
    "Le Kremlin a démenti ces informations sur la visite à Pyongyang.",
    "The White House declined to comment on the summit in Vladivostok.",
    "Der Bundestag hat heute über die Sanktionen gegen Nordkorea beraten.",
    "EL MINISTERIO DE ASUNTOS EXTERIORES CONVOCÓ AL EMBAJADOR RUSO",
    "북한은 오늘 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다",
    "Министр обороны России прибыл в Пхеньян с официальным визитом",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
)


class LanguagePathWarning(UserWarning):
    """The batch language classifier cannot be used: py3langid classifies each text itself."""


def detect_languages(texts: Iterable[str]) -> pd.Categorical:
    """ISO 639-1 code of each text, by py3langid on its first :data:`LANGUAGE_SAMPLE` characters.

    Texts with fewer than :data:`MIN_LETTERS_FOR_LANGUAGE` letters get ``und``
    (undetermined): on a dateline or a list of figures py3langid answers at random. From
    :data:`BATCH_MINIMUM` texts on, they are classified together (see
    :class:`BatchLanguageIdentifier`), with the answers py3langid gives text by text, more
    than ten times faster.

    Examples
    --------
    >>> texts = ["Le Kremlin a démenti ces informations.", "The White House declined to comment."]
    >>> list(detect_languages(texts))
    ['fr', 'en']
    >>> list(detect_languages(["Séoul, 27/07/2023", "", None]))
    ['und', 'und', 'und']
    """
    codes = []
    samples = []
    positions = []
    for text in texts:
        sample = "" if is_missing(text) else str(text)[:LANGUAGE_SAMPLE]
        if _ENOUGH_LETTERS.search(sample) is not None:
            positions.append(len(codes))
            samples.append(sample)
        codes.append("und")
    batch = batch_language_identifier() if len(samples) >= BATCH_MINIMUM else None
    for start in range(0, len(samples), _LANGUAGE_BATCH):
        part = samples[start : start + _LANGUAGE_BATCH]
        if batch is not None:
            found = batch.classify(part)
        else:
            identifier = language_identifier()
            found = [str(identifier.classify(sample)[0]) for sample in part]
        for position, code in zip(positions[start : start + _LANGUAGE_BATCH], found, strict=True):
            codes[position] = code
    return pd.Categorical(codes)


@functools.cache
def language_identifier():
    """py3langid's classifier with its own model: ``language_identifier().classify(text)[0]``."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


@functools.cache
def batch_language_identifier() -> BatchLanguageIdentifier | None:
    """The batch classifier, or ``None`` (with a warning) if it cannot give py3langid's answers.

    Its tables are derived from py3langid's model once and kept in the cache folder (see
    :func:`language_tables_folder`), so that every process maps them from disk instead of
    loading the model and deriving them again (about a second and a half). Tables derived
    now are checked against py3langid first. ``batch_language_identifier.cache_clear()``
    makes the next call look again.
    """
    folder = language_tables_folder()
    batch = BatchLanguageIdentifier.load(folder)
    if batch is not None:
        return batch
    batch, why_not = _checked_batch_identifier()
    if batch is None:
        warnings.warn(
            f"The batch language classifier cannot be used: {why_not}. Languages are "
            "identified by py3langid's own API, text by text, instead: the same answers, "
            "about ten times slower. Reinstalling py3langid may fix it.",
            LanguagePathWarning,
            stacklevel=3,
        )
        return None
    with contextlib.suppress(OSError):
        if folder.exists():  # damaged, or written by an interrupted process
            shutil.rmtree(folder)
        batch.save(folder)
    return batch


def _checked_batch_identifier() -> tuple[BatchLanguageIdentifier | None, str]:
    """The batch classifier derived from py3langid's model, or ``None`` and why not."""
    try:
        batch = BatchLanguageIdentifier.from_model(language_identifier())
        # The batch classifier reads py3langid's model tables directly: check that it
        # agrees with py3langid before trusting it.
        checks = list(_LANGUAGE_CHECKS)
        expected = [str(language_identifier().classify(text)[0]) for text in checks]
        found = batch.classify(checks)
    except (AttributeError, TypeError, ValueError, IndexError) as error:
        return None, f"its tables could not be derived from py3langid's model ({error!r})"
    wrong = sum(a != b for a, b in zip(found, expected, strict=True))
    if wrong:
        return None, f"it disagreed with py3langid on {wrong} of {len(checks)} check texts"
    return batch, ""


def language_tables_folder() -> Path:
    """Where the batch language classifier's tables are kept (about 100 MB).

    Under :func:`analysis.config.cache_dir`, named after the installed py3langid model, so
    that another version of it gets its own tables. Deleting the folder is safe.
    """
    from importlib.metadata import version

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    model = os.stat(Path(MODEL_DIR) / MODEL_FILE)
    key = f"{_LANGUAGE_TABLES_FORMAT} {version('py3langid')} {model.st_size} {model.st_mtime_ns}"
    digest = hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
    return config.cache_dir() / "language" / f"py3langid-{digest}"


class BatchLanguageIdentifier:
    """py3langid's classifier run on many texts at once, with py3langid's answers.

    py3langid walks a byte automaton in Python, one text at a time, then scores the
    features found against its 142 language columns: about 0.4 ms a text. Here numpy moves
    the automaton of every text of a batch one byte per step, and the naive Bayes scores
    are computed for the languages that can win only. Each group of similar languages first
    gets an upper bound (for each feature, the best log-probability in the group); a group
    is scored language by language when its bound comes near the best score found.

    Scores are computed in float32 like py3langid's, and both can be off by a rounding
    error ``delta`` per text (bounded from the number of features and the magnitudes
    summed). A text is answered here only when its best language leads every other
    language, and every bound left unexpanded, by more than ``4 * delta``; otherwise (in
    practice never: the lead is a hundred or more) py3langid classifies it itself.

    The tables, in ``arrays`` (named in :attr:`ARRAY_NAMES`): ``next_state`` (the state
    after each state row and byte), ``row_of_state`` (where each state's row starts),
    ``feature_of_state`` (the feature a state emits, plus one; 0 for none), ``table``
    (log-probabilities, one more row of zeros for padding, languages in group order),
    ``bounds`` (the best of each group per feature), ``prior`` (in group order) and
    ``group_sizes``.
    """

    ARRAY_NAMES = (
        "next_state", "row_of_state", "feature_of_state", "table", "bounds", "prior",
        "group_sizes",
    )  # fmt: skip

    def __init__(self, arrays: dict[str, np.ndarray], languages: list[str]):
        self.arrays = arrays
        self.languages = languages
        for name in self.ARRAY_NAMES:
            setattr(self, name, arrays[name])
        ends = np.cumsum(self.group_sizes).tolist()
        starts = [0, *ends[:-1]]
        self.groups = [slice(start, end) for start, end in zip(starts, ends, strict=True)]
        self.bound_prior = np.array([self.prior[group].max() for group in self.groups])
        self.padding = len(self.table) - 1
        # Each group's columns side by side, for np.take: gathering rows with np.take is
        # about three times as fast as fancy indexing, and a third of the classifier's time.
        self.group_tables = [np.ascontiguousarray(self.table[:, group]) for group in self.groups]
        self.largest = float(np.abs(self.table).max())
        self.largest_prior = float(np.abs(self.prior).max())

    @classmethod
    def from_model(cls, identifier, n_groups: int = 12) -> BatchLanguageIdentifier:
        """The tables of a py3langid ``LanguageIdentifier`` (see :func:`language_identifier`)."""
        log_probabilities = np.asarray(identifier.nb_ptc)
        n_features, _ = log_probabilities.shape
        groups = _language_groups(log_probabilities.astype(np.float32), n_groups)
        order = np.concatenate(groups)
        # One more row of zeros: the feature that pads texts with fewer features.
        table = np.zeros((n_features + 1, len(order)), dtype=np.float32)
        table[:n_features] = log_probabilities[:, order]
        sizes = np.array([len(group) for group in groups], dtype=np.int64)
        starts = np.cumsum(sizes) - sizes
        arrays = {
            "next_state": np.asarray(identifier.tk_nextmove, dtype=np.int32),
            "row_of_state": np.asarray(identifier.tk_row, dtype=np.int32) << 8,
            "feature_of_state": np.asarray(identifier.tk_output, dtype=np.int32) + 1,
            "table": table,
            "bounds": np.maximum.reduceat(table, starts, axis=1),
            "prior": np.asarray(identifier.nb_pc, dtype=np.float32)[order],
            "group_sizes": sizes,
        }
        languages = [str(identifier.nb_classes[i]) for i in order]
        return cls(arrays, languages)

    def save(self, folder: Path) -> None:
        """Write the tables to ``folder`` (replaced as a whole, so never left half written)."""
        folder.parent.mkdir(parents=True, exist_ok=True)
        partial = folder.parent / f".{folder.name}.{os.getpid()}.partial"  # see analysis.leftovers
        partial.mkdir(exist_ok=True)
        try:
            for name in self.ARRAY_NAMES:
                np.save(partial / f"{name}.npy", self.arrays[name])
            (partial / "languages.json").write_text(json.dumps(self.languages), encoding="utf-8")
            os.rename(partial, folder)
        except OSError:  # a full disk, or another process wrote the folder first
            shutil.rmtree(partial, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> BatchLanguageIdentifier | None:
        """The tables :meth:`save` wrote, mapped from disk, or ``None``."""
        try:
            languages = json.loads((folder / "languages.json").read_text(encoding="utf-8"))
            # Plain arrays over the mapped files: numpy.memmap indexes more slowly.
            arrays = {
                name: np.asarray(np.load(folder / f"{name}.npy", mmap_mode="r"))
                for name in cls.ARRAY_NAMES
            }
            return cls(arrays, languages)
        except (OSError, ValueError):
            return None

    @staticmethod
    def _encode(text: str) -> bytes:
        # As py3langid prepares a text.
        if text.isupper():
            text = text.lower()
        return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")

    def _features(self, encoded: list[bytes]) -> tuple[np.ndarray, ...]:
        """The texts' order (longest first), then in that order each text's distinct
        features padded to one width, their weights and their number."""
        n = len(encoded)
        lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=n)
        # Longest first, so that the texts still being read at a step are a prefix.
        order = np.argsort(-lengths, kind="stable")
        lengths = lengths[order]
        width = max(int(lengths[0]), 1)
        steps = np.arange(width)
        by_text = np.zeros((n, width), dtype=np.uint8)
        by_text[steps[None, :] < lengths[:, None]] = np.frombuffer(
            b"".join([encoded[i] for i in order]), dtype=np.uint8
        )
        by_step = np.ascontiguousarray(by_text.T).astype(np.int32)
        reading = n - np.searchsorted(lengths[::-1], steps, side="right")
        states = np.zeros(n, dtype=np.int32)
        visited = np.zeros((width, n), dtype=np.int32)
        next_state, row_of_state = self.next_state, self.row_of_state
        for step in range(width):
            k = reading[step]
            states[:k] = next_state[row_of_state[states[:k]] + by_step[step, :k]]
            visited[step, :k] = states[:k]
        # Count each feature per text: sort each text's features, then find the runs. The
        # texts' ends are padded with state 0, which emits none.
        ordered = np.sort(np.take(self.feature_of_state, visited.T), axis=1).ravel()
        new_run = np.empty(ordered.size, dtype=bool)
        new_run[0] = True
        np.not_equal(ordered[1:], ordered[:-1], out=new_run[1:])
        new_run[::width] = True
        run_starts = np.flatnonzero(new_run)
        counts = np.diff(np.append(run_starts, ordered.size))
        features = ordered[run_starts]
        emitting = features != 0
        run_starts, counts, features = run_starts[emitting], counts[emitting], features[emitting]
        text = run_starts // width  # in the order of `order`
        per_text = np.bincount(text, minlength=n)
        rank = np.arange(len(text)) - (np.cumsum(per_text) - per_text)[text]
        depth = max(int(per_text.max()), 1)
        padded = np.full(n * depth, self.padding, dtype=np.int32)
        weights = np.zeros(n * depth, dtype=np.float32)
        place = text * depth + rank
        padded[place] = features - 1
        weights[place] = np.log1p(counts.astype(np.float32))
        return order, padded.reshape(n, depth), weights.reshape(n, depth), per_text

    def classify(self, texts: list[str], batch: int = 256) -> list[str]:
        """The language code of each text, as ``identifier.classify(text)[0]``."""
        if not texts:
            return []
        order, padded, weights, n_features = self._features([self._encode(t) for t in texts])
        answers: list[str | None] = [None] * len(texts)
        # In the order of `order` (longest first), so that the texts of a batch have about
        # as many features each, and the padding after the most is left out.
        for start in range(0, len(texts), batch):
            stop = min(start + batch, len(texts))
            depth = max(int(n_features[start:stop].max()), 1)
            found = self._classify_rows(padded[start:stop, :depth], weights[start:stop, :depth])
            for index, language, count in zip(
                order[start:stop].tolist(), found, n_features[start:stop].tolist(), strict=True
            ):
                if language is not None and count > 0:
                    answers[index] = language
        # The texts too close to call within rounding, and those without features, are
        # py3langid's to answer.
        return [
            answer if answer is not None else str(language_identifier().classify(text)[0])
            for answer, text in zip(answers, texts, strict=True)
        ]

    def _classify_rows(self, features: np.ndarray, weights: np.ndarray) -> list[str | None]:
        n = len(features)
        wide = weights[:, None, :]
        bounds = np.matmul(wide, np.take(self.bounds, features, axis=0))[:, 0, :] + self.bound_prior
        total_weight = weights.sum(axis=1, dtype=np.float64)
        delta = (
            (features.shape[1] + 8) * 2.0**-21 * (self.largest * total_weight + self.largest_prior)
        )
        scores = np.full((n, len(self.languages)), -np.inf)
        expanded = np.zeros(bounds.shape, dtype=bool)

        def expand(group: int, rows: np.ndarray) -> None:
            columns = self.groups[group]
            found = np.matmul(
                wide[rows], np.take(self.group_tables[group], features[rows], axis=0)
            )[:, 0, :]
            scores[rows, columns] = found + self.prior[columns]
            expanded[rows, group] = True

        top = bounds.argmax(axis=1)
        for group in np.unique(top):
            expand(group, np.flatnonzero(top == group))
        near = (bounds >= (scores.max(axis=1) - 4 * delta)[:, None]) & ~expanded
        for group in np.flatnonzero(near.any(axis=0)):
            expand(group, np.flatnonzero(near[:, group]))
        rows = np.arange(n)
        winner = scores.argmax(axis=1)
        best = scores[rows, winner]
        scores[rows, winner] = -np.inf
        runner_up = np.maximum(scores.max(axis=1), np.where(expanded, -np.inf, bounds).max(axis=1))
        sure = best - runner_up > 4 * delta
        return [self.languages[w] if ok else None for w, ok in zip(winner, sure, strict=True)]


def _language_groups(table: np.ndarray, n_groups: int) -> list[np.ndarray]:
    """Groups of languages with similar log-probabilities: k-means of the columns.

    Computed on 1,000 evenly spaced features, from a farthest-point start, so that the
    groups are always the same. Any grouping gives the same answers; a good one is faster.
    """
    rows = np.linspace(0, len(table) - 1, min(1000, len(table))).astype(np.int64)
    points = table[rows].T.astype(np.float64)
    points -= points.mean(axis=1, keepdims=True)
    n_groups = min(n_groups, len(points))
    chosen = [0]
    distance = ((points - points[0]) ** 2).sum(axis=1)
    for _ in range(n_groups - 1):
        chosen.append(int(distance.argmax()))
        distance = np.minimum(distance, ((points - points[chosen[-1]]) ** 2).sum(axis=1))
    centres = points[chosen]
    for _ in range(20):
        labels = ((centres**2).sum(axis=1)[None, :] - 2 * points @ centres.T).argmin(axis=1)
        moved = np.array(
            [points[labels == g].mean(axis=0) if (labels == g).any() else centres[g]
             for g in range(n_groups)]
        )  # fmt: skip
        if np.array_equal(moved, centres):
            break
        centres = moved
    return [np.flatnonzero(labels == g) for g in range(n_groups) if (labels == g).any()]
