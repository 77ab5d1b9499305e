"""Roles and row-level security on PostgreSQL (migration 0007, db.roles):
reviewers connect with plain SQL (psycopg, no tool in between) and the
server refuses what is a lead's job."""

from __future__ import annotations

import os
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import psycopg
import pytest
from psycopg import errors as pg_errors

from annotator.db import roles
from annotator.db.types import utcnow
from annotator.store import AnnotationStore

_count = iter(range(1_000_000))


class Study:
    """A fresh PostgreSQL database at the current schema, with one article
    of two sentences, reviewers alice and bob, lead lena, each with labels."""

    def __init__(self, server) -> None:
        self.name = f"roles_{os.getpid()}_{next(_count)}"
        server.psql(f"CREATE DATABASE {self.name};")
        uri = server.get_uri(self.name)
        self.url = uri.replace("postgresql://", "postgresql+psycopg://", 1)
        self.host = parse_qs(urlsplit(uri).query)["host"][0]
        AnnotationStore.open(self.url).close()  # creates the schema (as the owner, postgres)
        self.reviewer_group, self.lead_group = roles.group_roles(self.name)
        suffix = self.name.rsplit("_", 2)[-2] + "_" + self.name.rsplit("_", 1)[-1]
        self.roles = {who: f"{who}_{suffix}" for who in ("alice", "bob", "lena")}
        with self.owner() as conn:
            conn.execute(
                "INSERT INTO article (uid, title, source, meta, text, imported_at) "
                "VALUES ('u1', 'T', 's', '{}', 'One. Two.', now())"
            )
            conn.execute(
                "INSERT INTO sentence (article_id, position, paragraph, char_start, char_end, text) "
                "VALUES (1, 0, 0, 0, 4, 'One.'), (1, 1, 0, 5, 9, 'Two.')"
            )
        from sqlalchemy import create_engine

        engine = create_engine(self.url)
        with engine.begin() as conn:
            for who, role in self.roles.items():
                roles.add_member(conn, name=who, role=role, password="pw", lead=who == "lena", now=utcnow())
        engine.dispose()
        for who in ("alice", "bob"):
            with self.connect(who) as conn:
                conn.execute(
                    "INSERT INTO annotation (sentence_id, annotator_id, label, note, created_at, updated_at) "
                    "VALUES (1, %s, 'opinion', %s, now(), now())",
                    (self.annotator_id(who), f"{who}'s note"),
                )
                conn.execute(
                    "INSERT INTO label_event (sentence_id, annotator_id, new_label, origin, created_at) "
                    "VALUES (1, %s, 'opinion', 'cli', now())",
                    (self.annotator_id(who),),
                )

    def owner(self) -> psycopg.Connection:
        return psycopg.connect(dbname=self.name, host=self.host, user="postgres", autocommit=True)

    def connect(self, who: str) -> psycopg.Connection:
        return psycopg.connect(dbname=self.name, host=self.host, user=self.roles[who], autocommit=True)

    def annotator_id(self, who: str) -> int:
        with self.owner() as conn:
            return conn.execute("SELECT id FROM annotator WHERE name = %s", (who,)).fetchone()[0]

    def blind(self, on: bool) -> None:
        with self.owner() as conn:
            conn.execute(
                "INSERT INTO setting (name, value, updated_at) VALUES ('blind', %s, now()) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                ("on" if on else "off",),
            )

    def drop_roles(self) -> None:
        with self.owner() as conn:
            for role in self.roles.values():
                conn.execute(f"DROP ROLE IF EXISTS {roles.ident(role)}")


@pytest.fixture
def study(postgres_server) -> Iterator[Study]:
    s = Study(postgres_server)
    yield s
    s.drop_roles()


def labels_of(study: Study, who: str) -> list[tuple]:
    with study.owner() as conn:
        return conn.execute(
            "SELECT sentence_id, label, note FROM annotation WHERE annotator_id = %s ORDER BY 1",
            (study.annotator_id(who),),
        ).fetchall()


def test_a_reviewer_writes_their_own_labels_and_log(study: Study) -> None:
    alice = study.annotator_id("alice")
    with study.connect("alice") as conn:
        conn.execute("UPDATE annotation SET label = 'sourced' WHERE annotator_id = %s", (alice,))
        conn.execute(
            "INSERT INTO annotation (sentence_id, annotator_id, label, created_at, updated_at) "
            "VALUES (2, %s, 'unsourced', now(), now())",
            (alice,),
        )
        conn.execute("DELETE FROM annotation WHERE annotator_id = %s AND sentence_id = 2", (alice,))
        # The log records the role, whatever the insert says.
        conn.execute(
            "INSERT INTO label_event (sentence_id, annotator_id, new_label, origin, created_at, db_role) "
            "VALUES (1, %s, 'sourced', 'cli', now(), 'somebody_else')",
            (alice,),
        )
    assert labels_of(study, "alice") == [(1, "sourced", "alice's note")]
    with study.owner() as conn:
        logged = conn.execute("SELECT DISTINCT db_role FROM label_event WHERE annotator_id = %s", (alice,)).fetchall()
    assert logged == [(study.roles["alice"],)]


def test_a_reviewer_cannot_change_another_reviewers_label(study: Study) -> None:
    bob = study.annotator_id("bob")
    before = labels_of(study, "bob")
    with study.connect("alice") as conn:
        with pytest.raises(pg_errors.InsufficientPrivilege, match="another reviewer"):
            conn.execute("UPDATE annotation SET label = 'sourced' WHERE annotator_id = %s", (bob,))
        with pytest.raises(pg_errors.InsufficientPrivilege, match="another reviewer"):
            conn.execute("DELETE FROM annotation WHERE annotator_id = %s", (bob,))
        with pytest.raises(pg_errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO annotation (sentence_id, annotator_id, label, created_at, updated_at) "
                "VALUES (2, %s, 'sourced', now(), now())",
                (bob,),
            )
        with pytest.raises(pg_errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO label_event (sentence_id, annotator_id, new_label, origin, created_at) "
                "VALUES (1, %s, 'sourced', 'cli', now())",
                (bob,),
            )
        # Taking over bob's reviewer row, or making a second one, is refused too.
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute("UPDATE annotator SET db_role = current_user WHERE id = %s", (bob,))
        with pytest.raises(pg_errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO annotator (name, created_at) VALUES ('alias', now())")
    assert labels_of(study, "bob") == before


def test_in_a_blind_study_a_reviewer_sees_only_their_own(study: Study) -> None:
    study.blind(True)
    bob = study.annotator_id("bob")
    with study.connect("alice") as conn:
        assert conn.execute("SELECT annotator_id FROM annotation").fetchall() == [(study.annotator_id("alice"),)]
        assert conn.execute("SELECT count(*) FROM annotation WHERE annotator_id = %s", (bob,)).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM label_event WHERE annotator_id = %s", (bob,)).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM annotation WHERE note LIKE 'bob%%'").fetchone() == (0,)
        # Not visible, so not changeable either: nothing happens to bob's rows.
        assert conn.execute("UPDATE annotation SET label = 'sourced' WHERE annotator_id = %s", (bob,)).rowcount == 0
        # Articles, sentences and the reviewers' names stay readable.
        assert conn.execute("SELECT count(*) FROM sentence").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM annotator").fetchone() == (3,)
    assert labels_of(study, "bob") == [(1, "opinion", "bob's note")]
    study.blind(False)
    with study.connect("alice") as conn:
        assert conn.execute("SELECT count(*) FROM annotation WHERE annotator_id = %s", (bob,)).fetchone() == (1,)


def test_a_reviewer_cannot_do_a_leads_job(study: Study) -> None:
    with study.connect("alice") as conn:
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO gold_label (sentence_id, label, adjudicator, created_at) "
                "VALUES (1, 'sourced', 'alice', now())"
            )
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute("INSERT INTO setting (name, value, updated_at) VALUES ('blind', 'off', now())")
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute("UPDATE setting SET value = 'off'")
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO assignment (article_id, annotator_id, assigned_by, assigned_at) "
                "VALUES (1, %s, 'alice', now())",
                (study.annotator_id("alice"),),
            )
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO article (uid, title, source, meta, text, imported_at) "
                "VALUES ('u2', 'T', 's', '{}', 'x', now())"
            )
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute(f"GRANT {roles.ident(study.lead_group)} TO current_user")
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute(f"SET ROLE {roles.ident(study.lead_group)}")


@pytest.mark.parametrize("who", ["alice", "lena"])
def test_nobody_but_the_owner_changes_the_label_log(study: Study, who: str) -> None:
    with study.connect(who) as conn:
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute("UPDATE label_event SET new_label = 'sourced'")
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute("DELETE FROM label_event")
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute("TRUNCATE label_event")
    if who == "lena":  # nor through a cascade: deleting an article with a history
        with study.connect(who) as conn, pytest.raises(pg_errors.InsufficientPrivilege, match="append-only"):
            conn.execute("DELETE FROM article")
    with study.owner() as conn:
        assert conn.execute("SELECT count(*) FROM label_event").fetchone() == (2,)
        conn.execute("UPDATE label_event SET origin = 'fixed' WHERE false")  # the owner may


def test_a_lead_reads_everything_and_adjudicates(study: Study) -> None:
    study.blind(True)
    bob = study.annotator_id("bob")
    with study.connect("lena") as conn:
        assert conn.execute("SELECT count(*) FROM annotation").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM label_event").fetchone() == (2,)
        conn.execute("UPDATE annotation SET label = 'suspicious' WHERE annotator_id = %s", (bob,))
        conn.execute(
            "INSERT INTO gold_label (sentence_id, label, adjudicator, created_at) VALUES (1, 'opinion', 'lena', now())"
        )
        conn.execute("UPDATE setting SET value = 'off' WHERE name = 'blind'")
        conn.execute(
            "INSERT INTO assignment (article_id, annotator_id, assigned_by, assigned_at) VALUES (1, %s, 'lena', now())",
            (bob,),
        )
        conn.execute(
            "INSERT INTO label_event (sentence_id, annotator_id, old_label, new_label, origin, created_at) "
            "VALUES (1, %s, 'opinion', 'suspicious', 'cli', now())",
            (bob,),
        )
    assert labels_of(study, "bob") == [(1, "suspicious", "bob's note")]
    with study.connect("alice") as conn:  # the study is open again: alice sees the gold label now
        assert conn.execute("SELECT label FROM gold_label").fetchall() == [("opinion",)]


def _policies(study: Study) -> set[tuple[str, str]]:
    with study.owner() as conn:
        return set(conn.execute("SELECT tablename, policyname FROM pg_policies").fetchall())


def test_upgrading_again_keeps_the_policies(study: Study) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from annotator.db.schema_versions import MIGRATIONS_DIR

    before = _policies(study)
    assert ("annotation", "reviewer_read") in before and len(before) >= 15
    engine = create_engine(study.url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")  # already there: nothing to do
    assert _policies(study) == before
    with engine.begin() as conn:  # down past 0007 and up again: the same policies, the team and labels kept
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
    assert _policies(study) == set()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    engine.dispose()
    assert _policies(study) == before
    with study.owner() as conn:  # the ties went with the column: team add ties them again
        conn.execute("UPDATE annotator SET db_role = %s WHERE name = 'alice'", (study.roles["alice"],))
    AnnotationStore.open(study.url).close()
    with study.connect("alice") as conn:
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE annotation SET label = 'sourced' WHERE annotator_id = %s", (study.annotator_id("bob"),)
            )


def test_session_role(study: Study) -> None:
    from sqlalchemy import create_engine

    for who, kind in (("alice", roles.REVIEWER), ("lena", roles.LEAD)):
        engine = create_engine(study.url.replace("postgres:@", f"{study.roles[who]}:pw@"))
        with engine.connect() as conn:
            assert roles.session_role(conn) == roles.SessionRole(study.roles[who], kind, who)
        engine.dispose()
    engine = create_engine(study.url)
    with engine.connect() as conn:
        assert roles.session_role(conn).kind == roles.OWNER
        assert [(m.name, m.group) for m in roles.team(conn)] == [
            ("lena", roles.LEAD),
            ("alice", roles.REVIEWER),
            ("bob", roles.REVIEWER),
        ]
    engine.dispose()
