"""``db.tables`` (the columns the queries use) names every table and column
of ``db.models`` (the schema, which test_storage checks against the
migrations) with the same types, and the queries run on both engines."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlmodel import SQLModel

import annotator.db.models  # noqa: F401  (the tables on SQLModel's metadata)
import annotator.db.registry_models  # noqa: F401
from annotator.db import tables


def _shape(column) -> tuple:
    kind = column.type
    name = type(kind).__name__
    if name == "AutoString" or (isinstance(kind, String) and not isinstance(kind, Text)):
        name = "String"  # SQLModel's AutoString is a VARCHAR as String is
    return column.name, name, getattr(kind, "length", None)


def test_every_table_and_column_of_the_models() -> None:
    ours = {t.name: [_shape(c) for c in t.columns] for t in tables.ALL}
    theirs = {t.name: [_shape(c) for c in t.columns] for t in SQLModel.metadata.sorted_tables}
    assert ours == theirs


def test_the_queries_run_on_the_tables(store) -> None:
    """A label, a gold label, a setting and a person written and read back
    through db.crud on each engine."""
    from annotator.db.labels import parse_label
    from annotator.ingest import import_paths
    from tests.conftest import SAMPLES

    import_paths(store, [SAMPLES])
    change = store.set_label(2, "alice", parse_label("sourced"), note="n")
    assert (change.old_label, change.new_label, change.new_note) == (None, "sourced", "n")
    store.set_gold(2, parse_label("opinion"), adjudicator="dana", note="g")
    store.set_blind(True)
    assert store.blind()
    assert store.add_person(
        "Helena Okafor", verified_by="dana", aliases=["H. Okafor"], role=("Mayor", "Harrow Bay", "2020-01-01", None)
    )
    person = store.people()[0]
    assert person.aliases == ["H. Okafor"] and person.roles == [("Mayor", "Harrow Bay", "2020-01-01", None)]
    assert person.verified_at.tzinfo is not None
    assert store.articles()[0].labelled == {"alice": 1}
    assert [i.gold for i in store.adjudication_items(include_all=True)] == []
