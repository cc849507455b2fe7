"""The mention table rebuilt with the officials: new rows in place, absorbed rows out."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.officials.context import Found, PassContext

__all__ = ["OFFICIAL_KIND", "rebuilt_mentions"]

OFFICIAL_KIND = "official"
"""The kind of the mentions of officials."""


def rebuilt_mentions(mentions, context: PassContext, found: list[Found], final: dict, dropped):
    """The table without the dropped rows and with the officials, ordered as before.

    Parameters
    ----------
    mentions : DataFrame
        The matcher's table.
    context : PassContext
    found : list of Found
        The officials' mentions.
    final : dict
        Proposed id of each new official to its (id, name, country, organisation).
    dropped : numpy.ndarray of bool
        Rows to leave out: the title words and the mentions inside officials.

    Returns
    -------
    DataFrame
        The columns and dtypes of ``mentions``, by article then offset.
    """
    keep = np.flatnonzero(~dropped)
    doc_codes = np.array([f.doc for f in found], dtype=np.int64)
    new_starts = np.array([f.start for f in found], dtype=np.int64)
    order = np.lexsort((new_starts, doc_codes))
    found = [found[i] for i in order]
    doc_codes, new_starts = doc_codes[order], new_starts[order]
    kept_keys = (context.doc_codes[keep] << 32) + context.starts[keep].astype(np.int64)
    new_keys = (doc_codes << 32) + new_starts
    # Where each new row goes among the kept ones.
    slots = np.searchsorted(kept_keys, new_keys) + np.arange(len(found))
    total = len(keep) + len(found)
    is_new = np.zeros(total, dtype=bool)
    is_new[slots] = True
    old_slots = np.flatnonzero(~is_new)
    sentences = _new_sentences(context, found)

    def column(values_old: np.ndarray, values_new, dtype) -> np.ndarray:
        result = np.empty(total, dtype=dtype)
        result[old_slots] = values_old[keep]
        result[slots] = values_new
        return result

    fields = ("actor_id", "actor_name", "country", "organisation")

    def person_value(official: Found, field: str):
        if official.known:
            values = (official.actor_id, official.name, official.country, official.organisation)
        else:
            values = final[official.actor_id]
        return values[fields.index(field)]

    matched_new = [context.texts[f.doc][f.start : f.end] for f in found]
    languages = [context.doc_languages[f.doc] for f in found]
    data = {
        "doc_id": pd.Categorical.from_codes(
            column(context.doc_codes, doc_codes, np.int64),
            categories=mentions["doc_id"].cat.categories,
        ),
        "sentence_id": column(mentions["sentence_id"].to_numpy(), sentences, np.int32),
        "start": column(mentions["start"].to_numpy(), new_starts, np.int32),
        "end": column(mentions["end"].to_numpy(), [f.end for f in found], np.int32),
        "matched": _strings(mentions["matched"], keep, matched_new, slots, old_slots, total),
        "alias": _categorical(mentions["alias"], keep, [f.title for f in found], slots, old_slots),
        "kind": _categorical(
            mentions["kind"], keep, [OFFICIAL_KIND] * len(found), slots, old_slots, fixed=True
        ),
    }
    for field in ("actor_id", "actor_name"):
        data[field] = _categorical(
            mentions[field], keep, [person_value(f, field) for f in found], slots, old_slots
        )
    data["actor_type"] = _categorical(
        mentions["actor_type"], keep, ["person"] * len(found), slots, old_slots, fixed=True
    )
    for field in ("country", "organisation"):
        data[field] = _categorical(
            mentions[field], keep, [person_value(f, field) for f in found], slots, old_slots
        )
    data["language"] = _categorical(mentions["language"], keep, languages, slots, old_slots)
    result = pd.DataFrame(data, columns=list(mentions.columns))
    result.attrs = dict(mentions.attrs)
    return result


def _new_sentences(context: PassContext, found: list[Found]) -> np.ndarray:
    """The sentence of each new row; found from the text where no absorbed row gave it.

    From the last row of the table that starts before it (whose sentence is known), the
    sentence ends are counted in the text between the two, with some text after, so that
    the rules that look past a full stop see what they need.
    """
    from analysis.text import sentence_ends_many

    sentences = np.array([f.sentence for f in found], dtype=np.int64)
    missing = np.flatnonzero(sentences < 0).tolist()
    if not missing:
        return sentences.astype(np.int32)
    slices, limits, bases = [], [], []
    for index in missing:
        official = found[index]
        first, stop = context.rows_of(official.doc)
        row = first + int(np.searchsorted(context.starts[first:stop], official.start, "right")) - 1
        anchor, base = (
            (int(context.starts[row]), int(context.sentence_ids[row])) if row >= first else (0, 0)
        )
        text = context.texts[official.doc]
        slices.append(text[anchor : official.start + 40])
        limits.append(official.start - anchor)
        bases.append(base)
    which, offsets = sentence_ends_many(slices)
    counts = np.zeros(len(missing), dtype=np.int64)
    before = offsets <= np.asarray(limits, dtype=np.int64)[which]
    np.add.at(counts, which[before], 1)
    sentences[missing] = np.asarray(bases, dtype=np.int64) + counts
    return sentences.astype(np.int32)


def _strings(column: pd.Series, keep, new_values, slots, old_slots, total):
    old = pa.array(column.array) if len(column) else None
    if isinstance(old, pa.ChunkedArray):
        old = old.combine_chunks()
    values = pa.array(new_values, type=pa.large_string())
    if old is None:
        return pd.arrays.ArrowStringArray(values)
    # One take from the old strings and the new ones together, in the final order.
    order = np.empty(total, dtype=np.int64)
    order[old_slots] = keep
    order[slots] = len(old) + np.arange(len(slots))
    joined = pa.concat_arrays([old.cast(pa.large_string()), values]).take(pa.array(order))
    return pd.arrays.ArrowStringArray(joined)


def _categorical(column: pd.Series, keep, new_values, slots, old_slots, fixed=False):
    """A categorical of the kept values and the new ones; categories sorted unless fixed."""
    old_categories = list(column.cat.categories)
    old_codes = column.cat.codes.to_numpy()[keep]
    used_old = np.bincount(old_codes[old_codes >= 0], minlength=len(old_categories)) > 0
    if fixed:
        categories = old_categories
    else:
        present = {c for c, used in zip(old_categories, used_old, strict=True) if used}
        present |= {value for value in new_values if value is not None}
        categories = sorted(present)
    position = {category: code for code, category in enumerate(categories)}
    recode = np.array([position.get(c, -1) for c in old_categories] + [-1], dtype=np.int32)
    codes = np.empty(len(old_slots) + len(slots), dtype=np.int32)
    codes[old_slots] = recode[old_codes]
    codes[slots] = [position.get(value, -1) for value in new_values]
    return pd.Categorical.from_codes(codes, categories=categories)
