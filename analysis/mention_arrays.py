"""Array helpers of the mention table: strings cut from UTF-16 code units, categoricals
built from a short table of values and a long index into it."""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["categorical_of", "strings_of_units"]


def strings_of_units(units: np.ndarray, starts: np.ndarray, lengths: np.ndarray):
    """The strings ``units[start : start + length]`` as one Arrow array.

    ``units`` are UTF-16 code units of characters of the Basic Multilingual Plane and the
    lengths are positive. Twice as fast as slicing each string out of its text.
    """
    import pyarrow as pa

    ends = np.cumsum(lengths)
    picked = units[
        np.arange(ends[-1] if len(ends) else 0) + np.repeat(starts - ends + lengths, lengths)
    ]
    data = picked.tobytes().decode("utf-16-le", "surrogatepass").encode("utf-8")
    # The bytes of each character in UTF-8, summed to the end of each string.
    widths = 1 + (picked >= 0x80).astype(np.int64) + (picked >= 0x800)
    offsets = np.concatenate([[0], np.cumsum(widths)[ends - 1]]).astype(np.int64)
    return pa.LargeStringArray.from_buffers(len(lengths), pa.py_buffer(offsets), pa.py_buffer(data))


def categorical_of(
    values: np.ndarray, index: np.ndarray, used: np.ndarray, categories=None
) -> pd.Categorical:
    """``pd.Categorical(values[index], categories)`` without hashing every value.

    ``values`` is short (one per dictionary entry or per article), ``index`` long (one per
    mention) and ``used`` says which values ``index`` takes: the categories are worked out
    from those, as pandas would (sorted when not given; missing values get code -1).
    """
    present = used & ~pd.isna(values)
    if categories is None:
        categories = sorted(set(values[present].tolist()))
    position = {category: code for code, category in enumerate(categories)}
    codes_of_values = np.full(len(values), -1, dtype=np.int32)
    for value_index in np.flatnonzero(present).tolist():
        codes_of_values[value_index] = position.get(values[value_index], -1)
    return pd.Categorical.from_codes(codes_of_values[index], categories=categories)
