"""The corpus loader accounts for every file: headers, encodings, duplicates, cache, tables."""

from __future__ import annotations

import codecs
import json
import os
import re
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import config
from analysis.corpus import (
    COLUMNS,
    LANGUAGE_SAMPLE,
    MIXED_UTF8,
    CorpusError,
    LanguagePathWarning,
    corpus_report,
    decode_bytes,
    detect_languages,
    format_report,
    load_corpus,
    looks_like_header,
    parse_article,
    parse_date_value,
    parse_header,
    path_order,
    read_corpus,
    split_article,
    workers,
)
from analysis.corpus.language import (
    BatchLanguageIdentifier,
    batch_language_identifier,
    language_identifier,
)
from analysis.text import clean_body

# The user's own sample article (header and first sentences), as the scraper writes it.
SEED_ARTICLE = (
    " date 2023-07 Photo : YONHAP News\n"
    "\n"
    "Les Etats-Unis accuse la Russie de soutenir un programme d'armement illicite de la Corée "
    "du Nord, après la visite du ministre russe de la Défense à Pyeongyang.Lors d'un briefing "
    "régulier tenu jeudi, le département d'Etat américain a révélé que Moscou, après avoir "
    "empêché les sanctions du Conseil de sécurité des Nations unies contre la Corée du Nord, "
    "avait assisté à une cérémonie commémorative concernant le développement d'armes dans le "
    "pays. Il s’agit selon lui, d’une manifestation de son soutien au programme illégal "
    "d'armement nord-coréen. Il a également souligné que de tels actes de la part de la Russie "
    "nuisent à la paix et à la sécurité internationale.Les autorités américaines ont également "
    "exprimé leur inquiétude concernant le fait que le dirigeant nord-coréen Kim Jong-un avait "
    "accompagné le ministre russe, Sergueï Shoigu, lors d'une exposition d'armes.\n"
)
HEADER = " date 2023-07 Photo : AFP"
BODY = "Le Kremlin a démenti ces informations.Les autorités de Séoul ont protesté jeudi."
OTHER_BODY = "La Maison Blanche n'a pas fait de commentaire particulier sur la rencontre."
# A French paragraph with é è à ç and a typographic apostrophe, all in cp1252.
FRENCH = (
    "Le ministre des Affaires étrangères a déclaré jeudi à Séoul qu’il était très préoccupé "
    "par la coopération militaire entre la Russie et la Corée du Nord. Il a précisé que la "
    "réponse française serait coordonnée avec ses partenaires européens."
)
ENGLISH = "The White House declined to comment on the meeting between the two leaders."
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


def article(header: str | None = HEADER, body: str = BODY, newline: str = "\n") -> str:
    """The text of an article file: header, blank line, body (no final newline)."""
    return body if header is None else f"{header}{newline}{newline}{body}"


def dtypes_of(frame: pd.DataFrame) -> dict[str, str]:
    return {name: str(dtype) for name, dtype in frame.dtypes.items()}


# --------------------------------------------------------------------------- headers


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            " date 2023-07 Photo : YONHAP News\n\n" + BODY,
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": "YONHAP News", "notes": None},
            id="month and credit",
        ),
        pytest.param(
            " date 2023-07-27 Photo : AFP\n\n" + BODY,
            {"date": "2023-07-27", "month": "2023-07", "date_precision": "day",
             "credit": "AFP", "notes": None},
            id="full date",
        ),
        pytest.param(
            " date 27/07/2023 Photo : AFP\n\n" + BODY,
            {"date": "2023-07-27", "month": "2023-07", "date_precision": "day",
             "credit": "AFP", "notes": None},
            id="French day-first date",
        ),
        pytest.param(
            "Date 2023/07/27 Photo : AFP\n\n" + BODY,
            {"date": "2023-07-27", "month": "2023-07", "date_precision": "day",
             "credit": "AFP", "notes": None},
            id="capital D and slashes",
        ),
        pytest.param(
            "date:2023-07\n\n" + BODY,
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": None, "notes": None},
            id="colon after date, no credit",
        ),
        pytest.param(
            " Photo : YONHAP News\n\n" + BODY,
            {"date": None, "month": None, "date_precision": "missing",
             "credit": "YONHAP News", "notes": None},
            id="no date",
        ),
        pytest.param(
            " date Photo : YONHAP News\n\n" + BODY,
            {"date": None, "month": None, "date_precision": "missing",
             "credit": "YONHAP News", "notes": "header has 'date' but no value"},
            id="date word without value",
        ),
        pytest.param(
            " date 2023-07\n\n" + BODY,
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": None, "notes": None},
            id="no credit",
        ),
        pytest.param(
            " date 2023-07 photo: AFP\n\n" + BODY,
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": "AFP", "notes": None},
            id="lower-case key without space",
        ),
        pytest.param(
            " date 2023-07 Source : Le Monde Photo : AFP Auteur : J. Dupont\n\n" + BODY,
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": "AFP", "notes": None},
            id="other fields",
        ),
        pytest.param(
            " date 2023-07 Source : https://example.org/a Photo : AP\n\n" + BODY,
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": "AP", "notes": None},
            id="URL in a field",
        ),
        pytest.param(
            "   date   2023-07    Photo  :   YONHAP   News   \n\n" + BODY,
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": "YONHAP News", "notes": None},
            id="stray spaces",
        ),
        pytest.param(
            "\ufeff date 2023-07 Photo : AFP\n\n" + BODY,
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": "AFP", "notes": None},
            id="byte-order mark",
        ),
        pytest.param(
            " date 2023-07 Photo : AFP\r\n\r\n" + BODY + "\r\n",
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": "AFP", "notes": None},
            id="CRLF line ends and final newline",
        ),
        pytest.param(
            " date 2023-07 Photo : AFP\r\r" + BODY,
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": "AFP", "notes": None},
            id="old Mac CR line ends",
        ),
        pytest.param(
            "\n\n date 2023-07 Photo : AFP\n\n" + BODY,
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": "AFP", "notes": None},
            id="blank lines before the header",
        ),
        pytest.param(
            " date 2023-13 Photo : AP\n\n" + BODY,
            {"date": None, "month": None, "date_precision": "missing",
             "credit": "AP", "notes": "invalid date '2023-13'"},
            id="invalid month",
        ),
        pytest.param(
            " date 2023-02-30 Photo : AP\n\n" + BODY,
            {"date": None, "month": None, "date_precision": "missing",
             "credit": "AP", "notes": "invalid date '2023-02-30'"},
            id="invalid day",
        ),
        pytest.param(
            " date 0001-01-01 Photo : AP\n\n" + BODY,
            {"date": None, "month": None, "date_precision": "missing",
             "credit": "AP", "notes": "invalid date '0001-01-01'"},
            id="implausible year",
        ),
        pytest.param(
            " date 2023-07 Photo : AFP\n" + BODY,
            {"date": None, "month": "2023-07", "date_precision": "month",
             "credit": "AFP", "notes": "no blank line after header"},
            id="no blank line after the header",
        ),
        pytest.param(
            BODY,
            {"date": None, "month": None, "date_precision": "missing",
             "credit": None, "notes": "no header"},
            id="no header",
        ),
    ],
)  # fmt: skip
def test_header_variants(data, expected):
    row = parse_article(data.encode("utf-8"), "000_a.txt")
    result = {
        "date": None if row["date"] is None else str(row["date"].date()),
        "month": None if row["month"] is None else str(row["month"]),
        "date_precision": row["date_precision"],
        "credit": row["credit"],
        "notes": row["notes"],
    }
    assert result == expected
    assert row["raw_text"] == BODY


def test_header_line_is_kept_as_read():
    row = parse_article(b"   date   2023-07    Photo  :  AFP  \n\nCorps.", "a.txt")
    assert row["header"] == "   date   2023-07    Photo  :  AFP  "


def test_header_fields_are_all_kept():
    result = parse_header(" date 2023-07 Source : Le Monde Photo : AFP Auteur : J. Dupont")
    expected = {"source": "Le Monde", "photo": "AFP", "auteur": "J. Dupont"}
    assert result["fields"] == expected
    assert result["problems"] == []


@pytest.mark.parametrize(
    ("line", "followed_by_blank_line", "expected"),
    [
        (" date 2023-07 Photo : YONHAP News", False, True),
        ("date:2023-07", False, True),
        (" date", True, True),
        ("Photo : AFP", False, True),
        ("Rubrique : International", True, True),
        ("Séoul : la Corée du Nord a tiré un missile.", False, False),
        # An unknown "word :" opens a sentence of the body, even before a blank line.
        ("Séoul : la Corée du Nord a tiré un missile.", True, False),
        ("Date limite pour les négociations.", True, False),
        ("https://example.org : lien", True, False),
        ("Photo : AFP " + "x" * 300, True, False),
    ],
)
def test_looks_like_header(line, followed_by_blank_line, expected):
    result = looks_like_header(line, followed_by_blank_line)
    assert result is expected


def test_dateline_without_blank_line_stays_in_the_body():
    text = "Séoul : la Corée du Nord a tiré un missile.\nLe Japon a protesté."
    result = split_article(text)
    assert result == (None, text, ["no header"])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-07", (None, "2023-07", "month", [])),
        ("2023-07-27", ("2023-07-27", "2023-07", "day", [])),
        ("27/07/2023", ("2023-07-27", "2023-07", "day", [])),
        ("2023-07-27T08:00:00+09:00", ("2023-07-27", "2023-07", "day", [])),
        ("July 27, 2023", ("2023-07-27", "2023-07", "day", [])),
        (pd.Timestamp("2023-07-27 23:59"), ("2023-07-27", "2023-07", "day", [])),
        ("", (None, None, "missing", [])),
        (None, (None, None, "missing", [])),
        (float("nan"), (None, None, "missing", [])),
        (pd.NA, (None, None, "missing", [])),
        ("2023", (None, None, "missing", ["invalid date '2023'"])),
        (1690000000, (None, None, "missing", ["invalid date 1690000000"])),
        ("0001-01-01", (None, None, "missing", ["invalid date '0001-01-01'"])),
        ("bientôt", (None, None, "missing", ["invalid date 'bientôt'"])),
    ],
)
def test_parse_date_value(value, expected):
    parsed = parse_date_value(value)
    result = (
        None if parsed["date"] is None else str(parsed["date"].date()),
        None if parsed["month"] is None else str(parsed["month"]),
        parsed["date_precision"],
        parsed["problems"],
    )
    assert result == expected


def test_seed_article():
    row = parse_article(SEED_ARTICLE.encode("utf-8"), "000_981bfdf0ee7dcdf6.txt")
    articles = read_corpus_of({"000_981bfdf0ee7dcdf6.txt": SEED_ARTICLE})
    result = articles.iloc[0]
    assert row["doc_id"] == "000_981bfdf0ee7dcdf6"
    assert result["month"] == pd.Period("2023-07", freq="M")
    assert result["date_precision"] == "month"
    assert result["credit"] == "YONHAP News"
    assert result["language"] == "fr"
    assert "à Pyeongyang.\nLors d'un briefing" in result["text"]
    assert "sécurité internationale.\nLes autorités" in result["text"]
    assert "Pyeongyang.Lors" in result["raw_text"]
    assert "Il s’agit selon lui, d’une manifestation" in result["text"]
    assert "Kim Jong-un" in result["text"]
    assert pd.isna(result["notes"])


def read_corpus_of(files: dict[str, str | bytes]) -> pd.DataFrame:
    """Articles of a corpus written in a temporary folder (for tests without fixtures)."""
    with tempfile.TemporaryDirectory() as folder:
        for name, content in files.items():
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            Path(folder, name).write_bytes(data)
        return read_corpus(folder, cache=False).articles


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("data", "expected_encoding", "expected_body", "expected_notes"),
    [
        pytest.param(article(body=FRENCH).encode("utf-8"), "utf-8", FRENCH, None, id="utf-8"),
        pytest.param(
            codecs.BOM_UTF8 + article(body=FRENCH).encode("utf-8"),
            "utf-8-sig", FRENCH, None, id="utf-8 with BOM",
        ),
        pytest.param(
            codecs.BOM_UTF16_LE + article(body=FRENCH).encode("utf-16-le"),
            "utf-16", FRENCH, None, id="utf-16 little-endian with BOM",
        ),
        pytest.param(
            codecs.BOM_UTF16_BE + article(body=FRENCH).encode("utf-16-be"),
            "utf-16", FRENCH, None, id="utf-16 big-endian with BOM",
        ),
        pytest.param(
            article(body=FRENCH).encode("utf-16-le"),
            "utf-16-le", FRENCH, None, id="utf-16 without BOM",
        ),
        pytest.param(
            article(body=FRENCH).encode("cp1252"), "cp1252", FRENCH, None, id="cp1252",
        ),
        pytest.param(
            article(body=FRENCH.replace("’", "'")).encode("latin-1"),
            "cp1252", FRENCH.replace("’", "'"), None, id="latin-1",
        ),
        pytest.param(
            article(body="Le Kremlin a démenti.").encode("cp1252"),
            "cp1252", "Le Kremlin a démenti.", None, id="short cp1252",
        ),
        pytest.param(
            article(body=FRENCH + " Fin à Séoul é").encode("utf-8")[:-1],
            "utf-8 (truncated)", FRENCH + " Fin à Séoul",
            "file ends inside a UTF-8 character; that character was dropped",
            id="utf-8 cut inside the last character",
        ),
        pytest.param(
            article(body=FRENCH).encode("utf-8") + " Café".encode("cp1252") + b" noir.",
            MIXED_UTF8, FRENCH + " Café noir.",
            "some bytes were not UTF-8 and were read as cp1252",
            id="utf-8 with a stray cp1252 byte",
        ),
    ],
)  # fmt: skip
def test_encodings_are_detected_and_recorded(
    data, expected_encoding, expected_body, expected_notes
):
    row = parse_article(data, "000_a.txt")
    assert row["encoding"] == expected_encoding
    assert row["raw_text"] == expected_body
    assert row["notes"] == expected_notes
    assert row["credit"] == "AFP"


@pytest.mark.parametrize(
    ("data", "expected_reason"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b" \r\n\t\n", "empty file", id="only whitespace"),
        pytest.param(codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le"), "empty file",
                     id="utf-16 whitespace"),
        pytest.param(BINARY, "binary file (not text)", id="binary"),
        pytest.param(b"\x00\x01\x02\xff\xfe\x00\x00\x10", "binary file (not text)",
                     id="short binary"),
        pytest.param(b"abc\x01\x02\x03\x04\x05def", "binary file (not text)",
                     id="control characters"),
        pytest.param(b" date 2023-07 Photo : AFP\n\n", "header only, no body", id="header only"),
        pytest.param(b" date 2023-07 Photo : AFP", "header only, no body",
                     id="header only without newline"),
        pytest.param(bytes(range(128, 256)) * 3,
                     "undecodable: not UTF-8 and no other text encoding fits", id="undecodable"),
        pytest.param(codecs.BOM_UTF16_LE + b"a", "undecodable: declares utf-16 by its "
                     "byte-order mark but truncated data", id="utf-16 with odd length"),
        pytest.param(codecs.BOM_UTF8 + b"caf\xe9 cr\xe8me", "undecodable: starts with a UTF-8 "
                     "byte-order mark but is not UTF-8", id="BOM then cp1252"),
    ],
)  # fmt: skip
def test_unloadable_files_are_reported_with_a_reason(data, expected_reason):
    result = parse_article(data, "000_a.txt")
    assert result == ("000_a.txt", expected_reason)


def test_a_few_control_characters_do_not_make_a_file_binary():
    data = article(body=FRENCH + "\x1a").encode("utf-8")
    row = parse_article(data, "000_a.txt")
    assert row["encoding"] == "utf-8"
    assert row["raw_text"] == FRENCH + "\x1a"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Привет, как дела? Министр иностранных дел заявил", "cp1251"),
        ("한국 외교부는 오늘 발표했다", "cp949"),
    ],
)
def test_other_legacy_encodings_are_not_taken_for_cp1252(text, encoding):
    result = decode_bytes(text.encode(encoding))
    assert result == (text, encoding)


# --------------------------------------------------------------------------- cleaning


def test_text_is_cleaned_and_raw_text_kept_exactly():
    body = "Il s’agit d’une visite à Pyeongyang.Lors d'un  briefing,\u00a0M. Kim a parlé."
    row = parse_article(article(body=body).encode("utf-8"), "000_a.txt")
    assert row["raw_text"] == body
    expected = "Il s’agit d’une visite à Pyeongyang.\nLors d'un briefing, M. Kim a parlé."
    assert row["text"] == expected
    assert row["n_sentences"] == 2


# --------------------------------------------------------------------------- duplicates


def test_duplicates_point_to_the_first_in_path_order(make_corpus):
    root = make_corpus(
        {
            "001_a.txt": article(body=BODY),
            "002_b.txt": article(body=OTHER_BODY),
            "003_c.txt": article(body=BODY.replace("informations.Les", "informations.  Les")),
            "999_e.txt": article(body=OTHER_BODY + " Fin."),
            "1000_f.txt": article(body=OTHER_BODY + " Fin.", newline="\r\n"),
            "sub/004_d.txt": article(header=" date 2024-01 Photo : AP", body=BODY),
        }
    )
    articles = read_corpus(root, cache=False).articles
    result = articles[["doc_id", "duplicate_of"]]
    expected = pd.DataFrame(
        {
            "doc_id": ["001_a", "002_b", "003_c", "999_e", "1000_f", "004_d"],
            "duplicate_of": [None, None, "001_a", None, "999_e", "001_a"],
        },
        dtype="string",
    )
    pd.testing.assert_frame_equal(result, expected)


def test_same_name_in_two_subfolders_gets_the_path_as_doc_id(make_corpus):
    root = make_corpus(
        {"a/001.txt": article(), "b/001.txt": article(body=OTHER_BODY), "002.txt": article()}
    )
    articles = read_corpus(root, cache=False).articles
    result = articles[["doc_id", "duplicate_of", "notes"]]
    note = "doc_id taken from path (another file has the same name)"
    expected = pd.DataFrame(
        {
            "doc_id": ["002", "a/001", "b/001"],
            "duplicate_of": [None, "002", None],
            "notes": [None, note, note],
        },
        dtype="string",
    )
    pd.testing.assert_frame_equal(result, expected)


def test_path_order_compares_numbers_as_numbers():
    paths = ["1000_a.txt", "100_b.txt", "99_c.txt", "b/2.txt", "a/10.txt", "a/9.txt"]
    result = sorted(paths, key=path_order)
    assert result == ["99_c.txt", "100_b.txt", "1000_a.txt", "a/9.txt", "a/10.txt", "b/2.txt"]


# --------------------------------------------------------------------------- a broken folder


def test_every_file_of_a_broken_folder_is_accounted_for(make_corpus):
    latin1_body = FRENCH.replace("’", "'")
    files = {
        "000_ok.txt": article(),
        "001_empty.txt": b"",
        "002_binary.txt": BINARY,
        "003_truncated.txt": article(body=FRENCH + " é").encode("utf-8")[:-1],
        "004_latin1.txt": article(body=latin1_body).encode("latin-1"),
        "005_bom.txt": codecs.BOM_UTF8 + article().encode("utf-8"),
        "006_crlf.txt": article(newline="\r\n") + "\r\n",
        "007_header_only.txt": HEADER + "\n\n",
        "008_body_only.txt": OTHER_BODY,
        "009_utf16.txt": article(body=FRENCH).encode("utf-16"),
        "x.txt": None,
        "notes.md": "à lire",
        "LISEZMOI": "à lire",
        "sub/010_nested.txt": article(body=FRENCH),
        "sub/deeper/011_nested.txt": article(body=OTHER_BODY + " Deux."),
    }
    root = make_corpus(files)
    result = read_corpus(root, cache=False)
    loaded = {
        path: (encoding, None if pd.isna(notes) else notes)
        for path, encoding, notes in result.articles[["path", "encoding", "notes"]].itertuples(
            index=False
        )
    }
    skipped = dict(result.skipped.itertuples(index=False))
    expected_loaded = {
        "000_ok.txt": ("utf-8", None),
        "003_truncated.txt": (
            "utf-8 (truncated)",
            "file ends inside a UTF-8 character; that character was dropped",
        ),
        "004_latin1.txt": ("cp1252", None),
        "005_bom.txt": ("utf-8-sig", None),
        "006_crlf.txt": ("utf-8", None),
        "008_body_only.txt": ("utf-8", "no header"),
        "009_utf16.txt": ("utf-16", None),
        "sub/010_nested.txt": ("utf-8", None),
        "sub/deeper/011_nested.txt": ("utf-8", None),
    }
    expected_skipped = {
        "001_empty.txt": "empty file",
        "002_binary.txt": "binary file (not text)",
        "007_header_only.txt": "header only, no body",
        "x.txt": "a directory, not a file",
        "LISEZMOI": "not an article file (.txt expected, found no extension)",
        "notes.md": "not an article file (.txt expected, found .md extension)",
    }
    assert loaded == expected_loaded
    assert skipped == expected_skipped
    assert result.files_seen == len(files) == len(result.articles) + len(result.skipped)
    assert len(result.skipped) == len(skipped)
    latin1_row = result.articles.set_index("path").loc["004_latin1.txt"]
    assert latin1_row["raw_text"] == latin1_body


def test_empty_folder(make_corpus):
    result = read_corpus(make_corpus({}), cache=False)
    assert (result.files_seen, len(result.articles), len(result.skipped)) == (0, 0, 0)
    assert dtypes_of(result.articles) == COLUMNS


def test_missing_corpus_is_an_error_that_says_what_to_give(tmp_path):
    with pytest.raises(CorpusError, match=r"Corpus not found: .*Give a folder of \.txt articles"):
        read_corpus(tmp_path / "nowhere")


def test_a_single_file_can_be_loaded(make_corpus):
    root = make_corpus({"000_a.txt": article()})
    result = read_corpus(root / "000_a.txt", cache=False)
    assert (result.files_seen, result.articles["doc_id"].tolist()) == (1, ["000_a"])


def test_reading_in_parallel_gives_the_same_articles(small_corpus, monkeypatch):
    monkeypatch.setattr(workers, "PARALLEL_THRESHOLD", 2)
    expected = read_corpus(small_corpus, cache=False, n_jobs=1)
    result = read_corpus(small_corpus, cache=False, n_jobs=2)
    pd.testing.assert_frame_equal(result.articles, expected.articles)
    pd.testing.assert_frame_equal(result.skipped, expected.skipped)


def test_worker_processes_pass_their_texts_through_files_that_are_then_removed(
    small_corpus, monkeypatch, tmp_path
):
    monkeypatch.setattr(workers, "PARALLEL_THRESHOLD", 2)
    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setattr(workers, "_spool_parent", lambda: str(spool))
    files = []
    unspooled = workers._unspooled

    def read_back(columns):
        files.append(columns.get(workers._SPOOLED))
        return unspooled(columns)

    monkeypatch.setattr(workers, "_unspooled", read_back)
    expected = read_corpus(small_corpus, cache=False, n_jobs=1)
    result = read_corpus(small_corpus, cache=False, n_jobs=2)
    pd.testing.assert_frame_equal(result.articles, expected.articles)
    assert files and all(Path(path).parent.parent == spool for path in files)
    assert list(spool.iterdir()) == []  # every file read back and removed


def test_worker_processes_send_their_texts_when_no_file_can_be_written(small_corpus, monkeypatch):
    import pyarrow as pa

    monkeypatch.setattr(workers, "PARALLEL_THRESHOLD", 2)

    def full_disk(sink, schema):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pa.ipc, "new_file", full_disk)
    expected = read_corpus(small_corpus, cache=False, n_jobs=1)
    result = read_corpus(small_corpus, cache=False, n_jobs=2)
    pd.testing.assert_frame_equal(result.articles, expected.articles)


# --------------------------------------------------------------------------- properties

ARBITRARY_BYTES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda text: text.encode("utf-8")),
    st.text(max_size=100).map(lambda text: text.encode("utf-16")),
    st.text(alphabet="éèàç’« »a.Z", max_size=100).map(
        lambda text: (HEADER + "\n\n" + text).encode("cp1252")
    ),
    st.builds(
        lambda header, body, tail: (header + "\r\n" + body).encode("utf-8") + tail,
        st.sampled_from(["", " date 2023-07 Photo : X", "date:", " Photo :", "date 9999-99"]),
        st.text(max_size=100),
        st.binary(max_size=3),
    ),
)


@settings(max_examples=200, deadline=None)
@given(ARBITRARY_BYTES)
def test_parse_article_never_raises(data):
    text, encoding = decode_bytes(data)
    result = parse_article(data, "000_a.txt")
    assert encoding
    if isinstance(result, tuple):
        assert result[0] == "000_a.txt"
        assert result[1]
    else:
        assert text is not None
        assert result["encoding"] == encoding
        assert result["raw_text"].strip()
        assert result["text"] == clean_body(result["raw_text"])


# The rule of split_article written with regular expressions, one line at a time: the
# specification its single pass over the text is held to.
LEADING_BLANK_LINES = re.compile(r"(?:[^\S\r\n]*(?:\r\n?|\n))*")
FIRST_LINE = re.compile(r"(?P<line>[^\r\n]*)(?:\r\n?|\n|$)")
BLANK_LINE = re.compile(r"[^\S\r\n]*(?:\r\n?|\n|$)")


def split_article_by_rule(text: str) -> tuple[str | None, str, list[str]]:
    """The first non-blank line is the header if it looks like one; the rest is the body."""
    text = text.lstrip("\ufeff")
    first = FIRST_LINE.match(text, LEADING_BLANK_LINES.match(text).end())
    line, rest = first["line"], text[first.end() :]
    blank_after = BLANK_LINE.match(rest) is not None
    if looks_like_header(line, blank_after):
        problems = [] if blank_after or not rest.strip() else ["no blank line after header"]
        return line, rest.strip(), problems
    return None, text.strip(), ["no header"]


_FILE_PIECES = st.sampled_from(
    [
        " date 2023-07 Photo : YONHAP News", "Photo : AFP", "Séoul : la Corée", "date",
        "Le corps.", "\n", "\r\n", "\r", " ", "\t", "\u00a0", "\ufeff", "\u2028", "\x85",
        "\x0c", "x",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_FILE_PIECES, max_size=12).map("".join))
def test_split_article_follows_the_rule(text):
    assert split_article(text) == split_article_by_rule(text)


@settings(max_examples=100, deadline=None)
@given(ARBITRARY_BYTES)
def test_loading_arbitrary_bytes_accounts_for_the_file(data):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "000_a.txt").write_bytes(data)
        result = read_corpus(folder, cache=False)
    assert result.files_seen == 1 == len(result.articles) + len(result.skipped)
    assert dtypes_of(result.articles) == COLUMNS


# --------------------------------------------------------------------------- cache


@pytest.fixture
def small_corpus(make_corpus):
    return make_corpus(
        {
            "000_a.txt": article(body=FRENCH),
            "001_b.txt": article(header=" date 2023-08-02 Photo : AP", body=ENGLISH),
            "002_c.txt": b"",
            "notes.md": "à lire",
        }
    )


def test_second_load_comes_from_the_cache_and_equals_the_first(small_corpus, cache_dir):
    first = read_corpus(small_corpus)
    second = read_corpus(small_corpus)
    assert (first.from_cache, second.from_cache) == (False, True)
    pd.testing.assert_frame_equal(second.articles, first.articles)
    pd.testing.assert_frame_equal(second.skipped, first.skipped)
    assert second.files_seen == first.files_seen == 4
    assert second.cache_path.is_relative_to(cache_dir)


def _change(root: Path) -> None:
    path = root / "000_a.txt"
    path.write_text(article(body=FRENCH.replace("Séoul", "Tokyo")), encoding="utf-8")
    later = path.stat().st_mtime + 10
    os.utime(path, (later, later))


def _add(root: Path) -> None:
    (root / "003_d.txt").write_text(article(body="Une dépêche de plus."), encoding="utf-8")


def _remove(root: Path) -> None:
    (root / "001_b.txt").unlink()


@pytest.mark.parametrize(
    ("change", "expected_paths"),
    [
        (_change, ["000_a.txt", "001_b.txt"]),
        (_add, ["000_a.txt", "001_b.txt", "003_d.txt"]),
        (_remove, ["000_a.txt"]),
    ],
)
def test_a_changed_added_or_removed_file_invalidates_the_cache(
    small_corpus, cache_dir, change, expected_paths
):
    read_corpus(small_corpus)
    change(small_corpus)
    result = read_corpus(small_corpus)
    expected = read_corpus(small_corpus, cache=False)
    assert result.from_cache is False
    assert result.articles["path"].tolist() == expected_paths
    pd.testing.assert_frame_equal(result.articles, expected.articles)


def test_stale_cache_files_of_the_corpus_are_removed(small_corpus, cache_dir):
    first = read_corpus(small_corpus)
    _change(small_corpus)
    second = read_corpus(small_corpus)
    result = sorted(path.name for path in second.cache_path.parent.iterdir())
    expected = sorted([second.cache_path.name, second.cache_path.stem + ".skipped.json"])
    assert first.cache_path != second.cache_path
    assert result == expected


@pytest.mark.parametrize("inside", [".", "cache", "sub/cache"])
def test_cache_inside_the_corpus_is_refused(small_corpus, inside):
    with pytest.raises(CorpusError, match="inside the corpus folder"):
        read_corpus(small_corpus, cache_dir=small_corpus / inside)
    assert not (small_corpus / "cache").exists()


def test_cache_that_cannot_be_written_only_warns(small_corpus, tmp_path):
    not_a_folder = tmp_path / "cache-file"
    not_a_folder.write_text("", encoding="utf-8")
    with pytest.warns(UserWarning, match="cache could not be written"):
        result = read_corpus(small_corpus, cache_dir=not_a_folder)
    assert len(result.articles) == 2


def test_default_cache_folder_comes_from_the_environment(small_corpus, cache_dir):
    result = read_corpus(small_corpus)
    assert result.cache_path.is_relative_to(cache_dir)
    assert result.cache_path.exists()


# --------------------------------------------------------------------------- tables

TABLE = pd.DataFrame(
    {
        "id": ["a1", "a2", "a3", "a4"],
        "published": ["2023-07", "2023-07-27", "", "27/07/2023"],
        "body": [FRENCH, OTHER_BODY, "   ", BODY],
        "source": ["AFP", "", "AP", "Yonhap"],
    }
)
MAPPING = {"text": "body", "date": "published", "doc_id": "id", "credit": "source"}


def _write_table(table: pd.DataFrame, path: Path) -> Path:
    if path.suffix == ".csv":
        table.to_csv(path, index=False)
    elif path.suffix == ".jsonl":
        table.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        table.to_parquet(path, index=False)
    return path


@pytest.mark.parametrize(
    ("name", "first_row"), [("articles.csv", 2), ("articles.jsonl", 1), ("articles.parquet", 1)]
)
def test_tables_with_a_column_mapping(tmp_path, name, first_row):
    path = _write_table(TABLE, tmp_path / name)
    result = read_corpus(path, columns=MAPPING)
    expected = pd.DataFrame(
        {
            "doc_id": pd.array(["a1", "a2", "a4"], dtype="string"),
            "path": pd.array([f"{name}:{first_row + i}" for i in (0, 1, 3)], dtype="string"),
            "month": pd.PeriodIndex(["2023-07", "2023-07", "2023-07"], freq="M"),
            "date_precision": pd.Categorical(
                ["month", "day", "day"], categories=["day", "month", "missing"]
            ),
            "credit": pd.array(["AFP", None, "Yonhap"], dtype="string"),
            "raw_text": pd.array([FRENCH, OTHER_BODY, BODY], dtype="string"),
        }
    )
    pd.testing.assert_frame_equal(result.articles[list(expected.columns)], expected)
    assert result.skipped.to_dict("records") == [
        {"path": f"{name}:{first_row + 2}", "reason": "empty text"}
    ]
    assert result.files_seen == 4
    assert dtypes_of(result.articles) == COLUMNS


def test_table_without_the_text_column_names_the_columns_found(tmp_path):
    path = _write_table(TABLE, tmp_path / "articles.csv")
    with pytest.raises(CorpusError, match=r"no column 'text'.*Columns found: id, published, body"):
        read_corpus(path)


@pytest.mark.parametrize(
    ("columns", "message"),
    [
        ({"text": "body", "date": "day"}, r"names \['day'\], which the table does not have"),
        ({"body": "text"}, r"unknown fields \['body'\]"),
    ],
)
def test_wrong_column_mappings_are_errors(tmp_path, columns, message):
    path = _write_table(TABLE, tmp_path / "articles.csv")
    with pytest.raises(CorpusError, match=message):
        read_corpus(path, columns=columns)


def test_csv_saved_by_excel_in_cp1252(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_bytes(TABLE.to_csv(index=False).encode("cp1252"))
    result = read_corpus(path, columns=MAPPING)
    assert result.articles["raw_text"].tolist() == [FRENCH, OTHER_BODY, BODY]


def test_invalid_json_line_is_an_error_naming_the_line(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text('{"text": "Un article."}\n{"text": "coupé\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"line 2: not valid JSON"):
        read_corpus(path)


def test_json_lines_keep_ids_and_month_dates_as_written(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [
        {"doc_id": 7, "date": "2023-07", "text": BODY},
        {"date": "2023-08", "text": OTHER_BODY},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    articles = read_corpus(path).articles
    result = articles[["doc_id", "date_precision"]].astype(str).values.tolist()
    assert result == [["7", "month"], ["1", "month"]]


# --------------------------------------------------------------------------- dtypes


def _folder(make_corpus, cache_dir):
    return read_corpus(make_corpus({"000_a.txt": article(), "001_b.txt": OTHER_BODY}))


def _from_cache(make_corpus, cache_dir):
    root = make_corpus({"000_a.txt": article(), "001_b.txt": OTHER_BODY})
    read_corpus(root)
    result = read_corpus(root)
    assert result.from_cache
    return result


def _table(make_corpus, cache_dir):
    root = make_corpus({})
    return read_corpus(_write_table(TABLE, root.parent / "t.parquet"), columns=MAPPING)


def _nothing_loaded(make_corpus, cache_dir):
    return read_corpus(make_corpus({"000_a.txt": b"", "notes.md": "x"}))


@pytest.mark.parametrize("load", [_folder, _from_cache, _table, _nothing_loaded])
def test_column_dtypes_are_as_documented(make_corpus, cache_dir, load):
    result = load(make_corpus, cache_dir)
    assert dtypes_of(result.articles) == COLUMNS
    assert dtypes_of(result.skipped) == {"path": "string", "reason": "string"}


# --------------------------------------------------------------------------- languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FRENCH, "fr"),
        ("The White House declined to comment on the meeting in Pyongyang.", "en"),
        ("Séoul, 27/07/2023", "und"),
        ("12345678901234567890 %%% 3.5", "und"),
        ("", "und"),
        (None, "und"),
    ],
)
def test_detect_languages(text, expected):
    result = list(detect_languages([text]))
    assert result == [expected]


LANGUAGE_TEXTS = [
    FRENCH,
    ENGLISH,
    "Der Bundestag hat heute über neue Sanktionen gegen Nordkorea beraten und beschlossen.",
    "Министр обороны России прибыл в Пхеньян с официальным визитом на три дня.",
] * 80  # enough texts for the batch classifier


@pytest.fixture
def fresh_language_path(tmp_path, monkeypatch):
    """A private language-table folder, and the batch classifier looked for again after."""
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    batch_language_identifier.cache_clear()
    yield
    batch_language_identifier.cache_clear()


def _no_tables(monkeypatch):
    def cannot_derive(cls, identifier, n_groups=12):
        raise AttributeError("'LanguageIdentifier' object has no attribute 'nb_ptc'")

    monkeypatch.setattr(BatchLanguageIdentifier, "from_model", classmethod(cannot_derive))


def _drift(monkeypatch):
    monkeypatch.setattr(
        BatchLanguageIdentifier, "classify", lambda self, texts: ["xx"] * len(texts)
    )


@pytest.mark.parametrize(
    ("break_batch", "why"),
    [(_no_tables, "could not be derived"), (_drift, "disagreed with py3langid on 7 of 7")],
)
def test_without_the_batch_classifier_py3langid_answers_after_one_warning(
    fresh_language_path, monkeypatch, break_batch, why
):
    identifier = language_identifier()
    expected = [str(identifier.classify(text[:LANGUAGE_SAMPLE])[0]) for text in LANGUAGE_TEXTS]
    break_batch(monkeypatch)
    with pytest.warns(LanguagePathWarning, match=why) as caught:
        result = list(detect_languages(LANGUAGE_TEXTS))
        again = list(detect_languages(LANGUAGE_TEXTS))
    assert len(caught) == 1
    assert "py3langid's own API" in str(caught[0].message)
    assert result == again == expected


def test_the_batch_classifier_gives_py3langid_answers_without_warning(fresh_language_path):
    identifier = language_identifier()
    expected = [str(identifier.classify(text[:LANGUAGE_SAMPLE])[0]) for text in LANGUAGE_TEXTS]
    with warnings.catch_warnings():
        warnings.simplefilter("error", LanguagePathWarning)
        result = list(detect_languages(LANGUAGE_TEXTS))
    assert batch_language_identifier() is not None
    assert result == expected


# --------------------------------------------------------------------------- report and CLI


def test_corpus_report_accounts_for_everything_and_is_json(small_corpus):
    articles = load_corpus(small_corpus, cache=False)
    report = corpus_report(articles)
    result = json.loads(json.dumps(report))
    assert result["files_seen"] == 4
    assert result["loaded"] == 2
    assert result["skipped"] == [
        {"path": "002_c.txt", "reason": "empty file"},
        {"path": "notes.md", "reason": "not an article file (.txt expected, found .md extension)"},
    ]
    assert (result["date_min"], result["date_max"]) == ("2023-07", "2023-08-02")
    assert result["languages"] == {"en": 1, "fr": 1}
    text = format_report(report)
    assert "Files seen: 4   loaded: 2   not loaded: 2   duplicates: 0" in text
    assert "  002_c.txt: empty file" in text


def _run_cli(*arguments: str, cache: Path) -> subprocess.CompletedProcess:
    environment = os.environ | {"ANALYSIS_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "analysis", "corpus", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=config.ROOT,
        check=False,
    )


def test_cli_prints_the_report(small_corpus, tmp_path):
    result = _run_cli(str(small_corpus), cache=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert "Files seen: 4   loaded: 2   not loaded: 2   duplicates: 0" in result.stdout
    assert "notes.md: not an article file" in result.stdout


def test_cli_json_prints_one_object(small_corpus, tmp_path):
    result = _run_cli(str(small_corpus), "--json", cache=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    report = json.loads(lines[0])
    assert len(lines) == 1
    assert report["files_seen"] == 4
    assert report["loaded"] == 2
    assert report["skipped"] == [
        {"path": "002_c.txt", "reason": "empty file"},
        {"path": "notes.md", "reason": "not an article file (.txt expected, found .md extension)"},
    ]
    assert report["duplicates"] == []
    assert (report["date_min"], report["date_max"]) == ("2023-07", "2023-08-02")
    assert report["languages"] == {"en": 1, "fr": 1}
    assert list((tmp_path / "cache").iterdir())


def test_cli_reports_a_missing_corpus(tmp_path):
    result = _run_cli(str(tmp_path / "nowhere"), cache=tmp_path / "cache")
    assert result.returncode == 2
    assert "error: Corpus not found" in result.stderr
