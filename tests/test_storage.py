"""Storage: SQLite settings, schema versions, and what a label change writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlmodel import SQLModel

from annotator.db.database import open_database
from annotator.db.errors import DatabaseOpenError, NotFoundError, SchemaError
from annotator.db.labels import Label
from annotator.db.models import Annotation, LabelEvent
from annotator.db.schema_versions import head_revision
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from tests.conftest import write


def test_new_database_is_versioned_and_uses_wal(db_path: Path) -> None:
    database = open_database(db_path)
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    database.close()
    assert open_database(db_path).schema_version == head_revision()


def test_schema_version_constant_is_the_newest_migration() -> None:
    from annotator.db.schema_versions import SCHEMA_VERSION

    assert SCHEMA_VERSION == head_revision()


def test_models_match_the_migrations(db_path: Path) -> None:
    """A model change without a migration would break older databases."""
    import annotator.db.registry_models  # noqa: F401  (all tables on the metadata)

    database = open_database(db_path)
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_database_path_and_url_forms(tmp_path: Path, monkeypatch) -> None:
    url_db = open_database(f"sqlite:///{tmp_path / 'url.db'}")
    assert url_db.location.endswith("url.db")
    monkeypatch.setenv("ANNOTATOR_DB", str(tmp_path / "env.db"))
    assert open_database(None).location == str(tmp_path / "env.db")
    monkeypatch.delenv("ANNOTATOR_DB")
    monkeypatch.chdir(tmp_path)
    assert open_database(None).location == str(tmp_path / "annotations.db")


def test_password_is_masked_in_the_location() -> None:
    from annotator.db.engine import display_url, resolve_url

    shown = display_url(resolve_url("postgresql+psycopg://alice:s3cret@db.example/annotations"))
    assert "s3cret" not in shown and "***" in shown


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("newer", "made by a newer version of annotator (schema 9999_future); upgrade annotator to open it"),
        ("foreign", "not an annotator database (it has other tables: customers)"),
        ("garbage", "not a SQLite database, or it is damaged"),
    ],
)
def test_unusable_databases_are_refused_clearly(db_path: Path, setup: str, message: str) -> None:
    if setup == "newer":
        open_database(db_path).close()
        with sqlite3.connect(db_path) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    elif setup == "foreign":
        with sqlite3.connect(db_path) as conn:
            conn.execute("CREATE TABLE customers (id INTEGER)")
    else:
        db_path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises((SchemaError, DatabaseOpenError)) as info:
        open_database(db_path)
    assert str(info.value) == f"{db_path}: {message}"


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="folder .* does not exist"):
        open_database(tmp_path / "nope" / "x.db")


def _one_sentence(store: AnnotationStore, tmp_path: Path) -> int:
    report = import_paths(store, [write(tmp_path / "a.txt", "Title\nBody sentence.")])
    return store.sentences(report.imported[0].id)[1].id


def test_label_changes_update_one_row_and_append_events(store: AnnotationStore, tmp_path: Path) -> None:
    sid = _one_sentence(store, tmp_path)
    store.set_label(sid, "alice", Label.UNSOURCED, note="no source", seconds_spent=4.5)
    store.set_label(sid, "alice", Label.OPINION)
    store.set_label(sid, "bob", Label.SOURCED)
    change = store.set_label(sid, "alice", None)
    assert (change.old_label, change.new_label, change.new_note) == ("opinion", None, "no source")
    with store.database.read() as session:
        rows = session.execute(select(Annotation.label, Annotation.note).order_by(Annotation.id)).all()
        events = session.execute(
            select(LabelEvent.old_label, LabelEvent.new_label, LabelEvent.new_note, LabelEvent.seconds_spent).order_by(
                LabelEvent.id
            )
        ).all()
    assert rows == [(None, "no source"), ("sourced", None)]
    assert events == [
        (None, "unsourced", "no source", 4.5),
        ("unsourced", "opinion", "no source", None),
        (None, "sourced", None, None),
        ("opinion", None, "no source", None),
    ]
    assert store.articles()[0].labelled == {"bob": 1}


def test_labels_outside_the_codebook_are_refused(store: AnnotationStore, tmp_path: Path) -> None:
    """The codebook, not a CHECK constraint, says which labels are valid."""
    sid = _one_sentence(store, tmp_path)
    store.set_label(sid, "alice", Label.SOURCED)
    with pytest.raises(ValueError, match="unknown label 'maybe'"):
        store.set_label(sid, "alice", "maybe")
    with pytest.raises(ValueError, match="unknown label 'maybe'"):
        store.set_gold(sid, "maybe", adjudicator="dana")
    assert store.review_data(1, "alice").marks[sid] == ("sourced", None)


def test_unknown_ids_raise_not_found(store: AnnotationStore) -> None:
    with pytest.raises(NotFoundError, match="sentence 999 does not exist"):
        store.set_label(999, "alice", Label.SOURCED)
    with pytest.raises(NotFoundError, match="article 5 does not exist"):
        store.sentences(5)


def test_deleting_an_article_removes_its_sentences(store: AnnotationStore, tmp_path: Path) -> None:
    sid = _one_sentence(store, tmp_path)
    store.set_label(sid, "alice", Label.SOURCED)
    with store.database.write() as session:
        session.execute(text("DELETE FROM article"))
    with store.database.read() as session:
        assert session.execute(text("SELECT count(*) FROM sentence")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM annotation")).scalar() == 0
