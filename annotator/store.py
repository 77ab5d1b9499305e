"""The store: the one facade the CLI and the UI use to read and write.

Each call opens its own short connection, so the store is safe to call from
worker threads, and returns plain records (``db.records``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from annotator.db import crud, lookups, settings
from annotator.db.codebook import Codebook
from annotator.db.crud import KEEP_NOTE
from annotator.db.database import Database, open_database
from annotator.db.records import (
    AdjudicationItem,
    ArticleProgress,
    ArticleRef,
    ArticleSummary,
    LabelChange,
    NewArticle,
    PersonRecord,
    ReviewData,
    SentenceRecord,
    UnitSpan,
)

if TYPE_CHECKING:  # the bulk writers load with the import, merge or review that uses them
    from annotator.db.batch_labels import LabelBatchWriter
    from annotator.db.codebook_store import CodebookChange
    from annotator.db.label_merge import LabelMerger
    from annotator.db.label_writes import LabelWrites
    from annotator.db.roles import SessionRole
    from annotator.exports.source import RowSource


class AnnotationStore:
    """Reads and writes articles, sentences and labels in one database."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._annotator_ids: dict[str, int] = {}  # reviewers are never deleted
        self._codebook: Codebook | None = None  # read once per store (a command, a review)
        self._session_role: SessionRole | None = None  # PostgreSQL: read once per store

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None) -> AnnotationStore:
        """Open the database named by ``target`` (see ``db.open_database``)."""
        return cls(open_database(target))

    @property
    def location(self) -> str:
        """Where the data lives, safe to show."""
        return self.database.location

    def close(self) -> None:
        """Release the database connections."""
        self.database.close()

    @contextmanager
    def article_writer(self) -> Iterator[Callable[[NewArticle, list[UnitSpan]], tuple[bool, ArticleRef]]]:
        """A function ``add(article, units)`` that stores one article with its
        units as sentences, in one transaction, on a connection kept for the
        whole import. It returns ``(True, ref)`` when stored, ``(False, ref)``
        when an article with the same text was already there (nothing is
        written then)."""
        from annotator.db.bulk import ArticleInserter

        inserter = ArticleInserter(self.database)

        def add(article: NewArticle, units: list[UnitSpan]) -> tuple[bool, ArticleRef]:
            with inserter.transaction() as cursor:
                stored = inserter.insert(cursor, article, units)
                if stored is not None:
                    return True, stored
                existing = inserter.find(cursor, article.uid)
            assert existing is not None  # the insert met it under the write lock
            return False, existing

        try:
            yield add
        finally:
            inserter.close()

    def articles(self) -> list[ArticleSummary]:
        """Every article with its sentence count and per-reviewer progress."""
        with self.database.read_connection() as conn:
            return crud.list_articles(conn=conn)

    def sentences(self, article_id: int) -> list[SentenceRecord]:
        """The sentences of one article; ``NotFoundError`` if there is none."""
        with self.database.read_connection() as conn:
            return crud.list_sentences(conn=conn, article_id=article_id)

    @contextmanager
    def label_merger(self) -> Iterator[LabelMerger]:
        """A ``LabelMerger`` (sentence lookups and batched, newer-wins label
        merges) on a connection kept for a whole file."""
        from annotator.db.label_merge import LabelMerger

        merger = LabelMerger(self.database)
        try:
            yield merger
        finally:
            merger.close()

    @contextmanager
    def label_batches(self) -> Iterator[LabelBatchWriter]:
        """A ``LabelBatchWriter`` (many labels, one transaction per batch)
        on a connection kept for a whole file."""
        from annotator.db.batch_labels import LabelBatchWriter

        writer = LabelBatchWriter(self.database)
        try:
            yield writer
        finally:
            writer.close()

    # --- the codebook ------------------------------------------------------------------
    def codebook(self) -> Codebook:
        """This database's codebook (the default one when none is stored),
        read on first use and kept for the store's life."""
        if self._codebook is None:
            from annotator.db.codebook_store import load_codebook

            with self.database.read_connection() as conn:
                self._codebook = load_codebook(conn=conn)
        return self._codebook

    def set_codebook(self, new: Codebook, *, renames: dict[str, str], by: str) -> CodebookChange:
        """Store ``new`` as the database's codebook (``CodebookError`` when
        the change breaks a rule; nothing changes then). Returns the
        ``CodebookChange``."""
        from annotator.db.codebook_store import store_codebook

        with self.database.write_connection() as conn:
            change = store_codebook(conn=conn, new=new, renames=renames, by=by)
        self._codebook = None
        return change

    def _checked(self, label: str | None) -> str | None:
        """``label`` as stored, or ``ValueError`` when it is not in the codebook."""
        if label is None:
            return None
        value = str(label)
        if value not in self.codebook().values:
            raise ValueError(f"unknown label {value!r} (expected {self.codebook().accepted()})")
        return value

    def set_gold(self, sentence_id: int, label: str | None, *, adjudicator: str, note: str | None = None) -> None:
        """Set a sentence's gold label and note (the note may come first;
        both ``None`` removes them); committed on return."""
        value = self._checked(label)
        with self.database.write_connection() as conn:
            crud.set_gold(conn=conn, sentence_id=sentence_id, label=value, adjudicator=adjudicator, note=note)

    def adjudication_items(
        self, *, include_all: bool = False, article_ids: tuple[int, ...] = ()
    ) -> list[AdjudicationItem]:
        """Sentences to adjudicate: those whose labels differ (or, with
        ``include_all``, every sentence with two or more labels)."""
        with self.database.read_connection() as conn:
            return crud.adjudication_items(conn=conn, include_all=include_all, article_ids=article_ids)

    # --- person registry -------------------------------------------------------------
    def add_person(
        self,
        name: str,
        *,
        verified_by: str,
        aliases: Sequence[str] = (),
        role: tuple[str, str, str | None, str | None] | None = None,
        note: str | None = None,
    ) -> bool:
        """Add (or add to) a verified person; True if new."""
        with self.database.write_connection() as conn:
            return crud.add_person(
                conn=conn, name=name, verified_by=verified_by, aliases=list(aliases), role=role, note=note
            )

    def people(self) -> list[PersonRecord]:
        """The registry, by name."""
        with self.database.read_connection() as conn:
            return crud.list_people(conn=conn)

    def remove_person(self, name: str) -> None:
        """Remove a person from the registry."""
        with self.database.write_connection() as conn:
            crud.remove_person(conn=conn, name=name)

    def article_published(self, article_id: int) -> str | None:
        """An article's published date, as stored."""
        with self.database.read_connection() as conn:
            return crud.article_published(conn=conn, article_id=article_id)

    def article_progress(self, annotator: str) -> list[ArticleProgress]:
        """Every article with this reviewer's progress and how many others
        reviewed it (a count only; ``None`` in a blind study): the articles
        assigned to them first, and only those when the study says reviewers
        see only their assigned articles."""
        from annotator.db.assignments import assigned_article_ids

        with self.database.read_connection() as conn:
            progress = crud.article_progress(conn=conn, annotator=annotator)
            blind = settings.is_blind(conn=conn)
            assigned = set(assigned_article_ids(conn=conn, reviewer=annotator))
            only_assigned = settings.get_setting(conn=conn, name=settings.ASSIGNED_ONLY) == "on"
        # A blind study hides even how many others reviewed an article.
        progress = [replace(p, others=None if blind else p.others, assigned=p.id in assigned) for p in progress]
        if only_assigned:
            return [p for p in progress if p.assigned]
        return sorted(progress, key=lambda p: not p.assigned)  # stable: the list's order within each part

    def review_data(self, article_id: int, annotator: str) -> ReviewData:
        """An article's title, sentences and this reviewer's (label, note) by
        sentence id; nobody else's labels (review is blind)."""
        with self.database.read_connection() as conn:
            sentences = crud.list_sentences(conn=conn, article_id=article_id)
            marks = crud.annotator_marks(conn=conn, article_id=article_id, annotator=annotator)
            title = crud.article_title(conn=conn, article_id=article_id)
        return ReviewData(article_id=article_id, title=title, sentences=sentences, marks=marks)

    def set_label(
        self,
        sentence_id: int,
        annotator: str,
        label: str | None,
        *,
        note: str | None | object = KEEP_NOTE,
        seconds_spent: float | None = None,
        origin: str = "cli",
        at: datetime | None = None,
    ) -> LabelChange:
        """Set or clear a label (and optionally the note); committed on return.
        ``at`` is when it was given, if not now. ``label`` must be in the
        codebook (``ValueError`` otherwise)."""
        value = self._checked(label)
        with self.database.write_connection() as conn:
            annotator_id = self._annotator_ids.get(annotator)
            if annotator_id is None:
                annotator_id = crud.ensure_annotator(conn=conn, name=annotator)
            change = crud.set_label(
                conn=conn,
                sentence_id=sentence_id,
                annotator=annotator,
                annotator_id=annotator_id,
                label=value,
                note=note,
                seconds_spent=seconds_spent,
                origin=origin,
                at=at,
            )
        self._annotator_ids[annotator] = annotator_id  # only once committed
        return change

    def label_writes(self, annotator: str) -> LabelWrites:
        """The reviewer's label writer for a whole review: each change
        committed on return, on a connection it keeps (close it after)."""
        from annotator.db.label_writes import LabelWrites

        return LabelWrites(self.database, annotator)

    def row_source(self) -> RowSource:
        """The export and agreement queries on this database (snapshots,
        rows streamed in batches)."""
        from annotator.exports.source import RowSource

        return RowSource(self.database.raw_reader())

    # --- names checked, settings -------------------------------------------------------
    def require(
        self, *, articles: Iterable[int] = (), sentences: Iterable[int] = (), reviewers: Iterable[str] = ()
    ) -> None:
        """``NotFoundError`` (one line) unless every article id, sentence id
        and reviewer name given exists."""
        with self.database.read_connection() as conn:
            lookups.require(conn=conn, articles=articles, sentences=sentences, reviewers=reviewers)

    def blind(self) -> bool:
        """True when review in this database is blind (``settings blind on``)."""
        with self.database.read_connection() as conn:
            return settings.is_blind(conn=conn)

    def set_blind(self, on: bool) -> None:
        """Make review in this database blind, or not."""
        with self.database.write_connection() as conn:
            settings.set_setting(conn=conn, name=settings.BLIND, value="on" if on else None)

    def session_role(self) -> SessionRole | None:
        """Who this session is on PostgreSQL (reviewer, lead or schema owner,
        and the reviewer tied to its role: ``db.roles``); None on SQLite."""
        if self.database.dialect.name != "postgresql":
            return None
        if self._session_role is None:
            from annotator.db.roles import session_role

            with self.database.read_connection() as conn:
                self._session_role = session_role(conn)
        return self._session_role

    def role_reviewer(self) -> str | None:
        """The reviewer whose login role this session uses (PostgreSQL,
        ``annotator team add``), else None."""
        role = self.session_role()
        return role.reviewer if role is not None else None

    def require_every_reviewers_labels(self, what: str, *, annotators: Iterable[str] = ()) -> None:
        """Refuse in one line (``RoleError``) when this
        session is a reviewer's role and review is blind: the server would
        show ``what`` only the reviewer's own labels, which is no result.
        Asking only for the reviewer's own labels (``annotators``) is fine."""
        role = self.session_role()
        if role is None or role.kind != "reviewer" or not self.blind():
            return
        if role.reviewer is not None and set(annotators) == {role.reviewer}:
            return
        from annotator.db.roles import RoleError

        raise RoleError(
            f"{what} needs every reviewer's labels: while review is blind that is a lead's job "
            f"(your database role {role.role!r} is a reviewer's, and sees only its own labels)"
        )

    def require_lead(self, what: str) -> None:
        """Refuse in one line (``RoleError``) when this session is a
        reviewer's role: ``what`` is a lead's job (the server would refuse
        it at the first write)."""
        role = self.session_role()
        if role is not None and role.kind == "reviewer":
            from annotator.db.roles import RoleError

            raise RoleError(f"{what} is a lead's job: your database role {role.role!r} is a reviewer's")

    def remembered_reviewer(self, login: str) -> str | None:
        """The reviewer name remembered for this login in this database."""
        with self.database.read_connection() as conn:
            return settings.get_setting(conn=conn, name=settings.REVIEWER_FOR_LOGIN + login)

    def remember_reviewer(self, login: str, name: str) -> None:
        """Remember ``name`` as this login's reviewer name in this database."""
        with self.database.write_connection() as conn:
            settings.set_setting(conn=conn, name=settings.REVIEWER_FOR_LOGIN + login, value=name)

    def study_settings(self) -> tuple[bool, dict[str, str]]:
        """Whether review is blind, and {login: reviewer name} remembered."""
        with self.database.read_connection() as conn:
            return settings.is_blind(conn=conn), settings.remembered_reviewers(conn=conn)
