"""Bytes to text: the encoding of each file, recognised or guessed, or why it is not text."""

from __future__ import annotations

import codecs
import contextlib
import re

MIXED_UTF8 = "utf-8 (some cp1252 bytes)"
"""``encoding`` of a UTF-8 file in which a few bytes were not UTF-8 and were read as cp1252."""

MAX_NUL_CHARACTERS = 8
"""NUL characters that a text may hold, at most one per 100 characters, and still be text.

A NUL or two turn up in text saved by a crashing editor or copied from a database; binary
data has far more.
"""
_CHARACTERS_PER_NUL = 100

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# The same characters in UTF-8 bytes: the ASCII ones, and U+0080 to U+009F.
_ASCII_CONTROLS = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_C1_IN_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_TYPOGRAPHY = dict.fromkeys(map(ord, "’‘“”«»–—…•·°€\u00a0"))


def decode_bytes(data: bytes) -> tuple[str | None, str]:
    """Decode the bytes of one file, or say why they cannot be read as text.

    Returns
    -------
    (text, encoding) or (None, reason)
        UTF-8 (with or without BOM) and UTF-16/32 with a BOM are recognised directly, and
        so is UTF-16 without BOM when every other byte is NUL. Other bytes are read as
        cp1252 when they look like French or English text (few accented letters among
        plain ones), else go through charset-normalizer. A UTF-8 file cut inside its last
        character is decoded without that character (``encoding`` then reads
        ``utf-8 (truncated)``); in a UTF-8 file with a few stray cp1252 bytes, those are
        read as cp1252 (:data:`MIXED_UTF8`). Text with more than a few NUL characters (see
        :data:`MAX_NUL_CHARACTERS`) or more than 5 % control characters is taken for a binary
        file; the few NULs of a file that is text otherwise are kept, for the caller to
        replace and report. UTF-16 without BOM is recognised for Latin text and for text in
        one other alphabet (Arabic, Cyrillic, Greek...).

    Examples
    --------
    >>> decode_bytes("Séoul".encode("cp1252") + b" et P\\xe9kin ont r\\xe9agi.")
    ('Séoul et Pékin ont réagi.', 'cp1252')
    >>> decode_bytes("Pékin".encode("utf-16"))
    ('Pékin', 'utf-16')
    >>> decode_bytes(b"\\x00\\x01\\x02\\xff\\xfe\\x00\\x00\\x10")
    (None, 'binary file (not text)')
    >>> decode_bytes(b" \\r\\n")
    (None, 'empty file')
    """
    if not data or data.isspace():
        return None, "empty file"
    if data.startswith(b"\xef\xbb\xbf"):
        decoded = _decode_utf8(data[3:], "utf-8-sig")
        if decoded is None:
            return None, "undecodable: starts with a UTF-8 byte-order mark but is not UTF-8"
        return decoded
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _strict(data, "utf-32", "declares utf-32 by its byte-order mark")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", "declares utf-16 by its byte-order mark")
    decoded = _decode_utf8(data, "utf-8") or _decode_mostly_utf8(data)
    if decoded is not None and decoded[0] is not None:
        return decoded
    # UTF-16 without byte-order mark may also be valid UTF-8 that reads as binary: ASCII or
    # Arabic letters give bytes below 0x80, with NULs and control bytes between them.
    byte_order = _utf16_without_bom(data)
    if byte_order is not None:
        utf16 = _strict(data, byte_order, f"looks like {byte_order} without byte-order mark")
        if decoded is None or utf16[0] is not None:
            return utf16
    return decoded if decoded is not None else _guess_encoding(data)


def _decode_utf8(data: bytes, encoding: str) -> tuple[str | None, str] | None:
    """UTF-8 text, or ``None`` when the bytes are not UTF-8."""
    try:
        text = data.decode("utf-8")
        if len(data.translate(None, _ASCII_CONTROLS)) == len(data) and not _C1_IN_UTF8.search(data):
            # No control character at all (most files): nothing for _check_text to count.
            return text, encoding
        return _check_text(text, encoding)
    except UnicodeDecodeError as error:
        head = data[: error.start]
        # A file cut inside its last multi-byte character: keep everything before it. Only
        # when the rest has other multi-byte characters: a lone final byte >= 0x80 after
        # pure ASCII is as likely a Latin-1 "é" as a cut.
        cut_at_end = error.reason == "unexpected end of data" and error.start >= len(data) - 3
        if cut_at_end and not head.isascii():
            with contextlib.suppress(UnicodeDecodeError):
                return _check_text(head.decode("utf-8"), f"{encoding} (truncated)")
    return None


def _read_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start : error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("analysis-cp1252", _read_as_cp1252)


def _decode_mostly_utf8(data: bytes) -> tuple[str | None, str] | None:
    """UTF-8 text with a few stray cp1252 bytes (a file edited in two editors), or ``None``.

    Read as cp1252, the whole file would turn every UTF-8 "é" into "Ã©"; so when the
    well-formed multi-byte UTF-8 characters outnumber the bytes that are not, only the
    latter are read as cp1252. cp1252 text almost never holds a well-formed UTF-8 sequence.
    """
    well_formed = _UTF8_MULTIBYTE.findall(data)
    if not well_formed:
        return None
    high_bytes = len(data) - len(data.decode("ascii", errors="ignore"))
    stray = high_bytes - sum(map(len, well_formed))
    if stray > len(well_formed):
        return None
    return _check_text(data.decode("utf-8", errors="analysis-cp1252"), MIXED_UTF8)


def _strict(data: bytes, encoding: str, why: str) -> tuple[str | None, str]:
    try:
        return _check_text(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        return None, f"undecodable: {why} but {error.reason}"


def _check_text(text: str, encoding: str) -> tuple[str | None, str]:
    # A few control characters turn up in real scraped text (a DOS end-of-file mark, a
    # stray escape); binary data decoded as a single-byte encoding has about one in ten.
    nuls = text.count("\x00")
    if nuls > MAX_NUL_CHARACTERS or nuls * _CHARACTERS_PER_NUL > len(text):
        return None, "binary file (not text)"
    if len(_CONTROL.findall(text)) - nuls > max(2, len(text) // 20):
        return None, "binary file (not text)"
    return text, encoding


def _guess_encoding(data: bytes) -> tuple[str | None, str]:
    if b"\x00" in data:
        return None, "binary file (not text)"
    western = _as_western_text(data)
    if western is not None:
        return _check_text(western, "cp1252")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None, "undecodable: not UTF-8 and no other text encoding fits"
    return _check_text(str(best), best.encoding.replace("_", "-"))


def _as_western_text(data: bytes) -> str | None:
    """The bytes as cp1252 when they read as French or English text, else ``None``.

    charset-normalizer alone names short French text "cp1006" (Urdu) or "big5" (``Noël à
    Pékin``, ``ça``). French or English text in a single-byte encoding is cp1252 (or its
    subset Latin-1) in practice, and has few accented letters among many plain ones; Russian
    or Korean bytes read as cp1252 give nothing but accented letters and symbols.
    Typographic quotes, dashes and spaces are not counted.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    without_typography = text.translate(_TYPOGRAPHY)
    non_ascii = len(without_typography) - len(without_typography.encode("ascii", "ignore"))
    plain_letters = len(_ASCII_LETTER.findall(text))
    return text if non_ascii <= max(3, plain_letters // 4) else None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes look like it, else ``None``.

    Latin text in UTF-16 has a NUL in nearly every other byte and almost none in the
    others; binary data has NULs on both sides. Text in another alphabet (Arabic, Cyrillic,
    Greek, Hebrew...) has its letters in one block of 256 code points and its spaces, digits
    and punctuation in the first: its high bytes take two or three values while its low
    bytes vary, and it decodes to letters and spaces.
    """
    sample = data[:4000]
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 2:
        return None
    if odd.count(0) >= 0.4 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.4 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    for byte_order, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if _one_block(high, low) and _reads_as_letters(sample[: 2 * len(odd)], byte_order):
            return byte_order
    return None


def _one_block(high: bytes, low: bytes) -> bool:
    """Whether three values make up the high bytes of nearly every pair, the low bytes varying."""
    counts = sorted((high.count(value) for value in set(high)), reverse=True)
    return sum(counts[:3]) >= 0.95 * len(high) and len(set(low)) >= 8


def _reads_as_letters(sample: bytes, byte_order: str) -> bool:
    text = sample.decode(byte_order, errors="replace")
    letters = sum(1 for character in text if character.isalpha() or character.isspace())
    return letters >= 0.7 * len(text)
