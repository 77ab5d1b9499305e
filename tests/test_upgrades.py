"""Databases made by earlier releases open in this one with every label
intact (tests/data/databases holds one per release; see README, Upgrades)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotator.db.models import GoldLabel, LabelEvent
from annotator.db.schema_versions import SCHEMA_VERSION
from annotator.store import AnnotationStore

FIXTURES = sorted((Path(__file__).parent / "data" / "databases").glob("release-*.db"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_release_database_opens_with_every_label(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)  # the fixture itself is never written
    store = AnnotationStore.open(copy)
    assert store.database.schema_version == SCHEMA_VERSION
    assert [a.title[:12] for a in store.articles()] == ["Port council", "The price of", "EXCLUSIVE: H", "Explainer: h"]
    first, second = store.sentences(1)[:2]
    data = store.review_data(1, "alice")
    assert data.marks[first.id] == ("sourced", "headline attributes the vote")
    assert data.marks[second.id] == ("opinion", None)
    assert store.review_data(1, "bob").marks[first.id] == ("suspicious", "check the figure")
    with store.database.read() as session:
        assert session.scalar(select(func.count()).select_from(LabelEvent)) == 4
        assert session.scalar(select(func.sum(LabelEvent.seconds_spent))) == 3.5
        assert session.execute(select(GoldLabel.label, GoldLabel.adjudicator)).one() == ("sourced", "dana")
    store.set_label(second.id, "alice", None)  # and it keeps working
    store.close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert FIXTURES, "keep a database made by each release in tests/data/databases"
