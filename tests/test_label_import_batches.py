"""import-labels merges in batches: the result is the same as merging row
by row (repeats of a sentence and reviewer included, across batches and
within one), and memory stays flat as the file grows."""

from __future__ import annotations

import csv
import io
import tracemalloc
from pathlib import Path

from sqlalchemy import select

import annotator.db.label_merge as label_merge
import annotator.label_import as label_import
from annotator.db.models import Annotation, Annotator, LabelEvent
from annotator.exports.columns import LONG_COLUMNS
from annotator.ingest import import_paths
from annotator.label_import import import_labels
from annotator.store import AnnotationStore
from tests.conftest import SAMPLES, write


def _file(path: Path, rows: list[dict]) -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(LONG_COLUMNS))
    writer.writeheader()
    writer.writerows(rows)
    return write(path, out.getvalue())


def test_batches_merge_as_row_by_row_would(store: AnnotationStore, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(label_import, "BATCH_ROWS", 4)
    monkeypatch.setattr(label_merge, "_MAX_CACHED_NAMES", 1)  # the reviewer-id cache is emptied on the way
    import_paths(store, [SAMPLES])
    article = store.articles()[0]
    sentences = store.sentences(article.id)

    def row(i: int, name: str, label: str, when: str, note: str = "") -> dict:
        return {
            "article_uid": article.uid,
            "sentence_index": i,
            "sentence": sentences[i].text,
            "annotator": name,
            "label": label,
            "note": note,
            "labelled_at": f"2026-01-0{when}T00:00:00Z",
        }

    store.set_label(sentences[5].id, "bob", None, note="only a note")  # a row with no label: older than the file
    with store.database.write() as session:  # ...given long ago
        session.execute(Annotation.__table__.update().values(updated_at=label_import.utcnow().replace(year=2000)))
    rows = [
        row(0, "ann", "sourced", "2"),
        row(0, "ann", "opinion", "3"),  # same batch: newer, waits for the next batch and wins
        row(0, "ann", "unsourced", "1"),  # older than what was just merged: unchanged
        row(1, "ann", "sourced", "1"),
        row(2, "ann", "none", "1"),  # none with no note and no row: nothing to merge
        row(3, "ann", "none", "1", note="a note only"),
        row(1, "ann", "sourced", "2"),  # same values, newer time: unchanged, no event
        row(5, "bob", "suspicious", "1"),
        row(4, "ann", "opinion", "1"),
        row(4, "ann", "opinion", "1"),
        row(6, "cat", "opinion", "1"),
    ]
    report = import_labels(store, _file(tmp_path / "repeats.csv", rows))
    assert (report.imported, report.updated, report.unchanged, report.skipped) == (5, 2, 4, [])
    with store.database.read() as session:
        stored = session.execute(
            select(Annotation.sentence_id, Annotator.name, Annotation.label, Annotation.note)
            .join(Annotator, Annotator.id == Annotation.annotator_id)
            .order_by(Annotation.sentence_id)
        ).all()
        events = session.execute(
            select(LabelEvent.sentence_id, LabelEvent.old_label, LabelEvent.new_label, LabelEvent.new_note)
            .where(LabelEvent.origin == "import")
            .order_by(LabelEvent.id)
        ).all()
    ids = [s.id for s in sentences]
    assert [tuple(r) for r in stored] == [
        (ids[0], "ann", "opinion", None),
        (ids[1], "ann", "sourced", None),
        (ids[3], "ann", None, "a note only"),
        (ids[4], "ann", "opinion", None),
        (ids[5], "bob", "suspicious", None),
        (ids[6], "cat", "opinion", None),
    ]
    assert [tuple(e) for e in events] == [
        (ids[0], None, "sourced", None),
        (ids[0], "sourced", "opinion", None),
        (ids[1], None, "sourced", None),
        (ids[3], None, None, "a note only"),
        (ids[5], None, "suspicious", None),
        (ids[4], None, "opinion", None),
        (ids[6], None, "opinion", None),
    ]


def test_memory_stays_flat_as_the_file_grows(db_path: Path, tmp_path: Path, monkeypatch) -> None:
    """Merging a file eight times longer needs no more memory: the file is
    streamed and no row is kept once merged, so what is held is a few
    batches (small ones here, so that both files are far longer than that)."""
    monkeypatch.setattr(label_import, "BATCH_ROWS", 200)
    store = AnnotationStore.open(db_path)
    import_paths(store, [SAMPLES])
    keys = [(a.uid, s.index, s.text) for a in store.articles() for s in store.sentences(a.id)]

    def peak(n: int) -> int:
        rows = [
            {
                "article_uid": uid,
                "sentence_index": i,
                "sentence": text,
                "annotator": f"r{n}-{k // len(keys)}",
                "label": "sourced",
                "note": "n" * 100,
                "labelled_at": "2026-01-01T00:00:00Z",
            }
            for k, (uid, i, text) in ((k, keys[k % len(keys)]) for k in range(n))
        ]
        path = _file(tmp_path / f"{n}.csv", rows)
        del rows
        tracemalloc.start()
        report = import_labels(store, path)
        used = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert report.imported == n
        return used

    small, large = peak(3_000), peak(24_000)
    store.close()
    assert large < small * 1.25, (small, large)
