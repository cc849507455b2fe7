"""The loader at the edges of a file system and of the corpus format: every entry under the
folder is loaded or listed with its reason, and what looks like a date or a header is one."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import config
from analysis.corpus import (
    CorpusError,
    corpus_report,
    decode_bytes,
    format_report,
    looks_like_header,
    parse_article,
    parse_date_value,
    read_corpus,
    split_article,
)

HEADER = " date 2023-07 Photo : AFP"
BODY = "Le Kremlin a démenti ces informations.Les autorités de Séoul ont protesté jeudi."
OTHER_BODY = "La Maison Blanche n'a pas fait de commentaire particulier sur la rencontre."
FRENCH = (
    "Le ministre des Affaires étrangères a déclaré jeudi à Séoul qu’il était très préoccupé "
    "par la coopération militaire entre la Russie et la Corée du Nord. Il a précisé que la "
    "réponse française serait coordonnée avec ses partenaires européens."
)
ARABIC = (
    "أعلنت وزارة الخارجية الكورية الجنوبية اليوم أن كوريا الشمالية أطلقت صاروخا باليستيا "
    "باتجاه بحر اليابان، وأدانت سيول هذا العمل."
)
RUSSIAN = (
    "Министр иностранных дел России заявил сегодня, что переговоры с Северной Кореей "
    "продолжатся в следующем месяце."
)
ENGLISH = "The White House declined to comment on the meeting between the two leaders."


def article(header: str | None = HEADER, body: str = BODY) -> str:
    """The text of an article file: header, blank line, body."""
    return body if header is None else f"{header}\n\n{body}"


def accounted(result) -> dict[str, str]:
    """``{path: reason}`` of the entries not loaded, after checking nothing went missing."""
    assert result.files_seen == len(result.articles) + len(result.skipped)
    return dict(result.skipped.itertuples(index=False))


# --------------------------------------------------------------------------- 5. unreadable folder


def test_unreadable_subfolder_is_listed_with_the_reason(make_corpus, monkeypatch):
    root = make_corpus({"000_a.txt": article(), "locked/001_b.txt": article(body=OTHER_BODY)})
    locked = os.path.join(root, "locked")
    scandir = os.scandir

    def refuse_locked(path="."):
        # What a user without read permission on the folder meets (root is never refused).
        if isinstance(path, (str, os.PathLike)) and os.fspath(path).rstrip("/") == locked:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_locked)
    result = read_corpus(root, cache=False)
    assert accounted(result) == {"locked": "folder not readable: Permission denied"}
    assert result.articles["path"].tolist() == ["000_a.txt"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="needs root and setpriv to run the load as a user without permission",
)
def test_unreadable_subfolder_is_listed_for_a_user_without_permission():
    base = Path(tempfile.mkdtemp(prefix="edges-"))
    locked = base / "corpus" / "locked"
    try:
        locked.mkdir(parents=True)
        (base / "corpus" / "000_a.txt").write_text(article(), encoding="utf-8")
        (locked / "001_b.txt").write_text(article(body=OTHER_BODY), encoding="utf-8")
        (base / "cache").mkdir()
        os.chmod(base, 0o755)
        os.chmod(base / "cache", 0o777)
        os.chmod(locked, 0)
        script = (
            "import json, sys\n"
            "from analysis.corpus import read_corpus\n"
            "result = read_corpus(sys.argv[1], cache=False)\n"
            "print(json.dumps([result.files_seen, result.skipped.to_dict('records')]))\n"
        )
        environment = os.environ | {"ANALYSIS_CACHE_DIR": str(base / "cache"), "HOME": str(base)}
        user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        run = subprocess.run(
            [*user, sys.executable, "-c", script, str(base / "corpus")],
            capture_output=True, text=True, env=environment, cwd=base, check=False, timeout=120,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        files_seen, skipped = json.loads(run.stdout.strip().splitlines()[-1])
        assert (files_seen, skipped) == (
            2,
            [{"path": "locked", "reason": "folder not readable: Permission denied"}],
        )
    finally:
        os.chmod(locked, 0o755)
        shutil.rmtree(base)


# --------------------------------------------------------------------------- 6. links


def test_link_to_a_folder_is_listed_and_not_followed(make_corpus, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "009_z.txt").write_text(article(body=OTHER_BODY), encoding="utf-8")
    root = make_corpus({"000_a.txt": article(), ".hidden/001.txt": article()})
    (root / "more").symlink_to(elsewhere, target_is_directory=True)
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / ".git").symlink_to(elsewhere, target_is_directory=True)
    result = read_corpus(root, cache=False)
    reason = "link to a folder, not followed"
    assert accounted(result) == {"loop": reason, "more": reason}
    assert result.articles["path"].tolist() == ["000_a.txt"]


def test_link_to_a_file_outside_the_corpus_is_loaded_with_a_note(make_corpus, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(article(body=OTHER_BODY), encoding="utf-8")
    root = make_corpus({"000_a.txt": article()})
    (root / "001_out.txt").symlink_to(outside)
    (root / "002_in.txt").symlink_to(root / "000_a.txt")
    (root / "003_dead.txt").symlink_to(tmp_path / "nowhere.txt")
    result = read_corpus(root, cache=False)
    notes = dict(result.articles[["path", "notes"]].itertuples(index=False))
    assert list(notes) == ["000_a.txt", "001_out.txt", "002_in.txt"]
    assert notes["001_out.txt"] == f"link to a file outside the corpus: {outside.resolve()}"
    assert pd.isna(notes["002_in.txt"])
    assert accounted(result) == {"003_dead.txt": "broken link: No such file or directory"}
    report = corpus_report(result)
    assert {row["path"] for row in report["notes"]} == {"001_out.txt"}
    assert "001_out.txt: link to a file outside the corpus" in format_report(report)


# --------------------------------------------------------------------------- 7. long paths


def test_path_longer_than_the_system_allows_is_listed(make_corpus):
    root = make_corpus({"000_a.txt": article()})
    name = "d" * 200
    # Made one level at a time from an open folder: the full path is too long to name.
    descriptor = os.open(root, os.O_RDONLY)
    depth = 0
    try:
        while len(os.fsencode(root)) + depth * (len(name) + 1) < 4200:
            os.mkdir(name, dir_fd=descriptor)
            inner = os.open(name, os.O_RDONLY, dir_fd=descriptor)
            os.close(descriptor)
            descriptor, depth = inner, depth + 1
        file = os.open("001_deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor)
        os.write(file, article().encode())
        os.close(file)
        os.close(descriptor)
        descriptor = None
        result = read_corpus(root, cache=False)
        reasons = accounted(result)
    finally:
        if descriptor is not None:
            os.close(descriptor)
        shutil.rmtree(root)
    assert result.files_seen == 2
    ((path, reason),) = reasons.items()
    assert path.startswith(f"{name}/{name}/")
    assert reason.startswith("path too long")


# --------------------------------------------------------------------------- 8. FIFO, socket


@pytest.mark.timeout(30)
@pytest.mark.parametrize("cache", [False, True])
def test_fifo_socket_and_device_are_listed_not_opened(make_corpus, cache_dir, cache):
    root = make_corpus({"000_a.txt": article()})
    os.mkfifo(root / "a.txt")
    (root / "null.txt").symlink_to("/dev/null")
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(os.fspath(root / "s.txt"))
        result = read_corpus(root, cache=cache)
    finally:
        listener.close()
    assert accounted(result) == {
        "a.txt": "not a regular file (FIFO)",
        "null.txt": "not a regular file (link to a character device)",
        "s.txt": "not a regular file (socket)",
    }
    assert result.articles["path"].tolist() == ["000_a.txt"]


# --------------------------------------------------------------------------- 9. names not UTF-8


def _corpus_with_names_not_utf8(make_corpus) -> Path:
    root = make_corpus({"000_a.txt": article()})
    folder = os.fsencode(root)
    with open(folder + b"/001_\xff.txt", "wb") as file:
        file.write(article(body=OTHER_BODY).encode())
    with open(folder + b"/notes_\xfe.md", "wb") as file:
        file.write(b"x")
    return root


def test_file_name_not_utf8_loads_and_is_shown_escaped(make_corpus):
    root = _corpus_with_names_not_utf8(make_corpus)
    result = read_corpus(root, cache=False)
    assert result.articles["path"].tolist() == ["000_a.txt", "001_\\xff.txt"]
    assert result.articles["doc_id"].tolist() == ["000_a", "001_\\xff"]
    assert accounted(result) == {
        "notes_\\xfe.md": "not an article file (.txt expected, found .md extension)"
    }
    report = json.loads(json.dumps(corpus_report(result)))
    assert report["loaded"] == 2
    assert "notes_\\xfe.md: not an article file" in format_report(report)


def test_file_name_not_utf8_goes_through_the_cache(make_corpus, cache_dir):
    root = _corpus_with_names_not_utf8(make_corpus)
    first = read_corpus(root)
    second = read_corpus(root)
    assert (first.from_cache, second.from_cache) == (False, True)
    pd.testing.assert_frame_equal(second.articles, first.articles)
    pd.testing.assert_frame_equal(second.skipped, first.skipped)
    assert second.articles["doc_id"].tolist() == ["000_a", "001_\\xff"]


# --------------------------------------------------------------------------- 10. not a folder


def test_dev_null_is_not_a_corpus():
    with pytest.raises(CorpusError, match=r"^/dev/null is not a folder or a table"):
        read_corpus("/dev/null", cache=False)


@pytest.mark.timeout(30)
def test_fifo_is_not_a_corpus(tmp_path):
    os.mkfifo(tmp_path / "articles.txt")
    with pytest.raises(CorpusError, match=r"articles\.txt is not a folder or a table"):
        read_corpus(tmp_path / "articles.txt", cache=False)


def test_cli_fails_on_dev_null(tmp_path):
    environment = os.environ | {"ANALYSIS_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.run(
        [sys.executable, "-m", "analysis", "corpus", "/dev/null"],
        capture_output=True, text=True, env=environment, cwd=config.ROOT, check=False,
    )  # fmt: skip
    assert run.returncode == 2
    assert "/dev/null is not a folder or a table" in run.stderr


# --------------------------------------------------------------------------- 12. headers


FIRST_PARAGRAPH = "Analyse : la Corée du Nord a tiré un missile vers le Japon."


def test_first_paragraph_with_a_colon_is_body_not_header():
    text = f"{FIRST_PARAGRAPH}\n\n{OTHER_BODY}"
    assert looks_like_header(FIRST_PARAGRAPH, True) is False
    assert split_article(text) == (None, text, ["no header"])
    row = parse_article(text.encode(), "001_b.txt")
    assert (row["header"], row["notes"]) == (None, "no header")
    assert row["raw_text"].startswith(FIRST_PARAGRAPH)


@pytest.mark.parametrize(
    "line", [" date 2023-07 Photo : AFP", "Source : AFP", "Photo : Reuters", "date: 2023-07-27"]
)
def test_a_line_with_a_date_or_a_known_field_is_still_a_header(line):
    header, body, notes = split_article(f"{line}\n\n{BODY}")
    assert (header, body, notes) == (line, BODY, [])


def test_report_lists_the_files_without_header(make_corpus):
    root = make_corpus(
        {
            "000_a.txt": article(),
            "001_b.txt": f"{FIRST_PARAGRAPH}\n\n{OTHER_BODY}",
            "002_c.txt": OTHER_BODY + " Fin.",
        }
    )
    result = read_corpus(root, cache=False)
    report = corpus_report(result)
    assert report["without_header"] == ["001_b.txt", "002_c.txt"]
    assert "Without header, first line read as body (2):\n  001_b.txt\n  002_c.txt" in (
        format_report(report)
    )
    texts = result.articles.set_index("path")["raw_text"]
    assert texts["001_b.txt"].startswith(FIRST_PARAGRAPH)


# --------------------------------------------------------------------------- 13. dates


@pytest.mark.parametrize(
    ("value", "expected_month", "expected_precision", "expected_note"),
    [
        ("today", None, "missing", "relative date 'today' refused"),
        ("now", None, "missing", "relative date 'now' refused"),
        ("Yesterday", None, "missing", "relative date 'Yesterday' refused"),
        ("July 2023", "2023-07", "month", None),
        ("juillet 2023", None, "missing", "invalid date 'juillet 2023'"),
        ("July 27", None, "missing", "invalid date 'July 27'"),
        ("July 27, 2023", "2023-07", "day", None),
        ("1850-07-27", None, "missing", "date '1850-07-27' outside 1900-"),
        ("1850-07", None, "missing", "date '1850-07' outside 1900-"),
        ("July 4, 1850", None, "missing", "date 'July 4, 1850' outside 1900-"),
        ("2150-01-01", None, "missing", "date '2150-01-01' outside 1900-"),
        (pd.Timestamp("1899-12-31"), None, "missing", "date '1899-12-31 00:00:00' outside"),
    ],
)
def test_table_dates_are_refused_or_kept_at_their_precision(
    value, expected_month, expected_precision, expected_note
):
    parsed = parse_date_value(value)
    month = None if parsed["month"] is None else str(parsed["month"])
    assert (month, parsed["date_precision"]) == (expected_month, expected_precision)
    if expected_note is None:
        assert parsed["problems"] == []
    else:
        (note,) = parsed["problems"]
        assert note.startswith(expected_note)
    if expected_precision != "day":
        assert parsed["date"] is None


def test_header_date_outside_the_plausible_years_is_left_out_with_a_note():
    row = parse_article(article(header=" date 1850-07 Photo : AP").encode(), "000_a.txt")
    assert (row["month"], row["date_precision"]) == (None, "missing")
    assert row["notes"].startswith("date '1850-07' outside 1900-")


def test_implausible_and_relative_dates_stay_out_of_timelines(tmp_path):
    body = "La Corée du Nord a tiré un missile vers le Japon, a annoncé Séoul."
    lines = [
        {"doc_id": "a", "date": "2023-07-27", "text": body},
        {"doc_id": "b", "date": "1850-07-01", "text": body},
        {"doc_id": "c", "date": "today", "text": body},
        {"doc_id": "d", "date": "July 2023", "text": body},
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    articles = analysis.load_corpus(path)
    result = articles[["doc_id", "date_precision"]].astype(str).values.tolist()
    assert result == [["a", "day"], ["b", "missing"], ["c", "missing"], ["d", "month"]]
    mentions = analysis.find_mentions(articles)
    with pytest.warns(UserWarning, match="2 of 4 articles have no month"):
        timeline = analysis.count_mentions(mentions, articles, by="month")
    assert set(timeline["period"].astype(str)) == {"2023-07"}
    report = corpus_report(articles)
    assert report["articles_per_month"] == {"2023-07": 2}
    notes = {row["path"]: row["note"] for row in report["notes"]}
    assert sorted(notes) == ["articles.jsonl:2", "articles.jsonl:3"]
    assert "left out of timelines" in notes["articles.jsonl:2"]
    assert "relative date 'today' refused" in notes["articles.jsonl:3"]


# --------------------------------------------------------------------------- 14. bytes and types


def test_a_few_nul_bytes_are_replaced_with_a_note():
    data = article(body=FRENCH[:60] + "\x00" + FRENCH[60:] + "\x00").encode("utf-8")
    row = parse_article(data, "000_a.txt")
    assert row["raw_text"] == FRENCH[:60] + " " + FRENCH[60:]
    assert row["notes"] == (
        f"2 NUL character(s), the first at byte {data.index(0)}, replaced by spaces"
    )


def test_many_nul_bytes_are_still_binary():
    data = article(body=FRENCH).encode("utf-8") + b"\x00" * 50
    assert parse_article(data, "000_a.txt") == ("000_a.txt", "binary file (not text)")


@pytest.mark.parametrize("text", [ARABIC, RUSSIAN, ENGLISH, article(body=ARABIC)])
@pytest.mark.parametrize("byte_order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_in_any_alphabet(text, byte_order):
    assert decode_bytes(text.encode(byte_order)) == (text, byte_order)


def test_arabic_utf16_file_without_bom_is_loaded(make_corpus):
    root = make_corpus({"000_ar.txt": article(body=ARABIC).encode("utf-16-le")})
    result = read_corpus(root, cache=False)
    row = result.articles.iloc[0]
    assert (row["encoding"], row["raw_text"], row["language"]) == ("utf-16-le", ARABIC, "ar")


def test_table_text_that_is_not_a_string_is_not_loaded(tmp_path):
    lines = [
        {"text": BODY},
        {"text": 42},
        {"text": ["Séoul", "Tokyo"]},
        {"text": {"title": "Séoul"}},
        {"text": True},
        {"text": 3.5},
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    result = read_corpus(path)
    assert result.articles["raw_text"].tolist() == [BODY]
    assert accounted(result) == {
        "articles.jsonl:2": "text is not a string: int",
        "articles.jsonl:3": "text is not a string: list",
        "articles.jsonl:4": "text is not a string: dict",
        "articles.jsonl:5": "text is not a string: bool",
        "articles.jsonl:6": "text is not a string: float",
    }


def test_parquet_list_column_as_text_is_not_loaded(tmp_path):
    table = pd.DataFrame({"text": [["Séoul", "Tokyo"], ["Pékin"]]})
    path = tmp_path / "articles.parquet"
    table.to_parquet(path, index=False)
    result = read_corpus(path)
    assert len(result.articles) == 0
    assert set(accounted(result).values()) == {"text is not a string: list"}
