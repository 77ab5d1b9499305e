"""Import: every format lands as whole articles with their sentences; bad
files are rejected with a reason and never leave half an article behind."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotator.db.models import Article, Sentence
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES, write


def texts(store: AnnotationStore, article_id: int) -> list[str]:
    return [s.text for s in store.sentences(article_id)]


def counts(store: AnnotationStore) -> tuple[int, int]:
    with store.database.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Article)),
            session.scalar(select(func.count()).select_from(Sentence)),
        )


def test_txt_title_is_first_line_and_first_unit(store: AnnotationStore, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "\n\nMayor opens bridge\nThe mayor said it was safe. It cost $8.5 million.\n")
    report = import_paths(store, [path])
    [ref] = report.imported
    assert ref.title == "Mayor opens bridge"
    assert ref.source == "a.txt"
    assert texts(store, ref.id) == ["Mayor opens bridge", "The mayor said it was safe.", "It cost $8.5 million."]
    assert [s.paragraph for s in store.sentences(ref.id)] == [0, 1, 1]


def test_markdown_front_matter_and_heading(store: AnnotationStore) -> None:
    report = import_paths(store, [SAMPLES / "02_opinion_the_price_of_water.md"])
    [ref] = report.imported
    assert ref.source == "Harrow Bay Courier (opinion)"
    assert ref.title.startswith("The price of water is about to go up")
    sentences = texts(store, ref.id)
    assert sentences[0] == ref.title
    assert "title:" not in " ".join(sentences)
    assert "The plant will clearly be the city's largest single user of electricity." in sentences
    with store.database.read() as session:
        article = session.get(Article, ref.id)
        assert article.published == "2026-03-16"


def test_jsonl_records_with_metadata_and_a_bad_line(store: AnnotationStore, tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "w-1",
                "title": "Dam opens",
                "text": "The dam opened. Officials said so.",
                "source": "Wire",
                "url": "https://example.org/1",
                "published": "2026-01-02",
                "author": "Kim",
            }
        ),
        json.dumps({"text": "Untitled story first line\nSecond paragraph here."}),
        "",
        '{"text": "broken',
        json.dumps({"title": "No body"}),
        json.dumps(["not", "an", "object"]),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    report = import_paths(store, [path])
    assert [a.title for a in report.imported] == ["Dam opens", "Untitled story first line"]
    assert [(r.path, r.reason) for r in report.rejected] == [
        (str(path), "malformed JSON on line 4: Unterminated string starting at"),
        (str(path), "line 5: no text"),
        (str(path), "line 6: expected an object with a 'text' field"),
    ]
    first = report.imported[0]
    assert texts(store, first.id) == ["Dam opens", "The dam opened.", "Officials said so."]
    with store.database.read() as session:
        article = session.get(Article, first.id)
        assert (article.source, article.url, article.published) == ("Wire", "https://example.org/1", "2026-01-02")
        assert article.meta["id"] == "w-1" and article.meta["author"] == "Kim"
        assert article.meta["origin"] == f"{path}:line 1"


def test_json_list_and_single_object(store: AnnotationStore, tmp_path: Path) -> None:
    a = write(tmp_path / "list.json", json.dumps([{"text": "One. Two."}, {"text": "Three."}]))
    b = write(tmp_path / "one.json", json.dumps({"title": "Solo", "text": "Solo\nBody line."}))
    report = import_paths(store, [a, b])
    assert [r.sentences for r in report.imported] == [2, 1, 2]
    assert texts(store, report.imported[2].id) == ["Solo", "Body line."]


def test_csv_with_quoted_multiline_text(store: AnnotationStore, tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.csv",
        'Title,TEXT,source,extra\n"Port vote","He said, ""yes"".\nNew line here.",Courier,x\n,,,\n',
    )
    report = import_paths(store, [path])
    [ref] = report.imported
    assert ref.source == "Courier"
    assert texts(store, ref.id) == ["Port vote", 'He said, "yes".', "New line here."]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file, not text"),
        ("latin1.txt", "Caf\u00e9 story\nIt was good.".encode("latin-1"), "not UTF-8 text (invalid byte at offset 3)"),
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\t\n", "empty file"),
        ("nocol.csv", b"title,body\nA,B\n", "no 'text' column (columns: title, body)"),
        ("quote.csv", b'text\n"unterminated,\n', "malformed CSV in the row starting on line 2: unexpected end of data"),
        ("bad.json", b'{"text": "x",\n "title": }', "malformed JSON on line 2: Expecting value"),
        ("empty.json", b"[]", "no records (an empty list)"),
        ("doc.pdf", b"%PDF-1.4", "unsupported file type '.pdf' (expected .txt, .md, .jsonl, .json, .csv)"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(store: AnnotationStore, tmp_path: Path, name, content, reason) -> None:
    bad = write(tmp_path / name, content)
    good = write(tmp_path / "good.txt", "A good story\nIt has a sentence.")
    report = import_paths(store, [bad, good])
    assert [(r.path, r.reason) for r in report.rejected] == [(str(bad), reason)]
    assert [a.title for a in report.imported] == ["A good story"]
    assert counts(store) == (1, 2)


def test_missing_path_is_rejected(store: AnnotationStore, tmp_path: Path) -> None:
    report = import_paths(store, [tmp_path / "nope"])
    assert [(r.reason) for r in report.rejected] == ["no such file or folder"]


def test_a_read_error_without_a_system_message_rejects_the_file(tmp_path: Path, monkeypatch) -> None:
    # An OSError need not carry strerror (None): the reason falls back to the error's text.
    from annotator import readers

    def refused(path: Path):
        raise PermissionError("refused by a hook")
        yield  # a generator, as the readers are

    monkeypatch.setitem(readers._READERS, ".txt", refused)
    with pytest.raises(readers.FileRejected, match="^cannot read: refused by a hook$"):
        list(readers.read_path(write(tmp_path / "a.txt", "A story\nIt has a sentence.")))


def test_every_folder_that_cannot_be_read_is_rejected(tmp_path: Path, monkeypatch) -> None:
    # The last folder of a walk, and the folder given, used to be skipped
    # without a word: their errors came after the walk's last folder.
    import os

    from annotator import ingest
    from annotator.readers import Rejection

    real_scandir = os.scandir
    locked = {
        tmp_path / "top" / "z-locked": PermissionError(13, "Permission denied", str(tmp_path / "top" / "z-locked"))
    }

    def scandir(path):
        if Path(path) in locked:
            raise locked[Path(path)]
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # os.walk lists folders with it
    story = write(tmp_path / "top" / "a.txt", "A story\nIt has a sentence.")
    (tmp_path / "top" / "z-locked").mkdir()
    assert list(ingest.collect_files([tmp_path / "top"])) == [
        story,
        Rejection(str(tmp_path / "top" / "z-locked"), "cannot read folder: permission denied"),
    ]
    (tmp_path / "gone").mkdir()
    locked[tmp_path / "gone"] = OSError("the folder went away")  # no errno, no strerror
    assert list(ingest.collect_files([tmp_path / "gone"])) == [
        Rejection(str(tmp_path / "gone"), "cannot read folder: the folder went away")
    ]


def test_encodings_and_line_endings_are_normalised(store: AnnotationStore, tmp_path: Path) -> None:
    bom = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + b"Title one\r\nBody one.\r\n")
    utf16 = write(tmp_path / "u16.txt", "Title two\nBody two.".encode("utf-16"))
    lone_cr = write(tmp_path / "cr.txt", b"Title three\rBody three.\r")
    report = import_paths(store, [bom, utf16, lone_cr])
    assert [a.title for a in report.imported] == ["Title one", "Title two", "Title three"]
    for ref in report.imported:
        assert len(texts(store, ref.id)) == 2
    with store.database.read() as session:
        assert all("\r" not in t and "\ufeff" not in t for t in session.scalars(select(Article.text)))


def test_reimport_is_a_no_op_even_under_another_name(store: AnnotationStore, tmp_path: Path) -> None:
    body = "Same story\nIt happened today."
    first = import_paths(store, [write(tmp_path / "one.txt", body)])
    again = import_paths(store, [write(tmp_path / "one.txt", body), write(tmp_path / "copy.txt", body + "\n\n")])
    assert len(first.imported) == 1
    assert again.imported == []
    assert [a.id for a in again.already_imported] == [first.imported[0].id] * 2
    assert counts(store) == (1, 2)


def test_folders_are_searched_recursively_skipping_hidden_and_other_files(
    store: AnnotationStore, tmp_path: Path
) -> None:
    write(tmp_path / "in" / "b.txt", "Story B\nText.")
    write(tmp_path / "in" / "sub" / "a.md", "# Story A\n\nText.")
    write(tmp_path / "in" / ".hidden" / "c.txt", "Story C\nText.")
    write(tmp_path / "in" / "notes.docx", b"PK\x03\x04")
    (tmp_path / "in" / "sub" / "loop").symlink_to(tmp_path / "in", target_is_directory=True)
    report = import_paths(store, [tmp_path / "in"])
    assert [a.title for a in report.imported] == ["Story B", "Story A"]
    assert report.rejected == []


def test_a_failed_article_leaves_nothing_behind(store: AnnotationStore, tmp_path: Path, monkeypatch) -> None:
    """The article row is written first; when its sentences fail, it goes too."""
    from annotator.db import bulk

    real_init = bulk.ArticleInserter.__init__

    def init_with_broken_sentence_insert(self, engine):
        real_init(self, engine)
        self._insert_sentences = self._insert_sentences.replace("position", "no_such_column")

    monkeypatch.setattr(bulk.ArticleInserter, "__init__", init_with_broken_sentence_insert)
    path = write(tmp_path / "a.txt", "Title\nBody.")
    report = import_paths(store, [path, write(tmp_path / "b.txt", "Other\nText.")])
    assert [r.path for r in report.rejected] == [str(path), str(tmp_path / "b.txt")]
    assert all(r.reason.startswith("not stored: ") and "no_such_column" in r.reason for r in report.rejected)
    assert counts(store) == (0, 0)


def test_sample_articles_import_cleanly(store: AnnotationStore) -> None:
    report = import_paths(store, [SAMPLES])
    assert len(report.imported) == 4 and report.rejected == []
    assert all(a.sentences >= 10 for a in report.imported)


def test_many_files_go_through_worker_processes_with_the_same_result(tmp_path: Path) -> None:
    from annotator.ingest import PARALLEL_MIN_FILES, collect_files, import_targets

    folder = tmp_path / "many"
    for i in range(PARALLEL_MIN_FILES + 6):
        write(folder / f"{i:03d}.txt", f"Story number {i}\nDr. Kim said {i} people came. “It rained. We stayed.”")
    write(folder / "999_bad.txt", b"\x00\x01binary")
    targets = list(collect_files([folder]))
    results = []
    for workers, name in ((1, "serial.db"), (2, "parallel.db")):
        s = AnnotationStore.open(tmp_path / name)
        report = import_targets(s, targets, workers=workers)
        results.append((report.to_json(), [texts(s, a.id) for a in report.imported]))
        s.close()
    assert results[0] == results[1]
    report_json, sentence_texts = results[1]
    assert len(report_json["imported"]) == PARALLEL_MIN_FILES + 6
    assert report_json["rejected"] == [{"path": str(folder / "999_bad.txt"), "reason": "binary file, not text"}]
    assert sentence_texts[3] == ["Story number 3", "Dr. Kim said 3 people came.", "“It rained.", "We stayed.”"]


def test_import_still_works_when_worker_processes_cannot_start(tmp_path: Path, monkeypatch) -> None:
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from annotator import ingest

    def broken_submit(self, fn, *args):
        future = Future()
        future.set_exception(BrokenProcessPool("cannot start"))
        return future

    monkeypatch.setattr(ingest.ProcessPoolExecutor, "submit", broken_submit)
    folder = tmp_path / "many"
    for i in range(ingest.PARALLEL_MIN_FILES + 40):
        write(folder / f"{i:03d}.txt", f"Story {i}\nBody {i}.")
    s = AnnotationStore.open(tmp_path / "fallback.db")
    report = ingest.import_targets(s, list(ingest.collect_files([folder])), workers=2)
    s.close()
    assert len(report.imported) == ingest.PARALLEL_MIN_FILES + 40 and report.rejected == []
    assert [a.title for a in report.imported[:3]] == ["Story 0", "Story 1", "Story 2"]
