"""Fixtures for the review UI: a seeded file database and the app built by
the same factory as ``annotator review``."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from annotator.db.models import Annotation, Annotator, LabelEvent
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
from annotator.tui.app import AnnotatorApp, make_app
from annotator.tui.screens.review import ReviewScreen
from tests.conftest import SAMPLES

REVIEWER = "alice"
SIZE = (100, 30)


@pytest.fixture
def seeded_store(tmp_path: Path) -> Iterator[AnnotationStore]:
    """The four sample articles in a fresh SQLite file (ids 1-4)."""
    store = AnnotationStore.open(tmp_path / "review.db")
    import_paths(store, [SAMPLES])
    yield store
    store.close()


@pytest.fixture
def app(seeded_store: AnnotationStore) -> AnnotatorApp:
    return make_app(seeded_store, REVIEWER)


@pytest.fixture
def review_app(seeded_store: AnnotationStore) -> AnnotatorApp:
    """Opens straight on article 1, as ``annotator review --article 1``."""
    return make_app(seeded_store, REVIEWER, article_id=1)


async def settle(pilot) -> None:
    """Let loads finish, every queued label commit, and the screen catch up."""
    app = pilot.app
    # A load can start a moment after the screen appears: go round a few times.
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    for screen in app.screen_stack:
        if isinstance(screen, ReviewScreen):
            await asyncio.to_thread(screen.writer.wait_idle, 10)
    await pilot.pause()
    await pilot.pause()


def review_screen(app: AnnotatorApp) -> ReviewScreen:
    screen = app.screen
    assert isinstance(screen, ReviewScreen), type(screen)
    return screen


def stored_marks(store: AnnotationStore, reviewer: str = REVIEWER) -> dict[int, tuple[str | None, str | None]]:
    """(label, note) by sentence id, read fresh from the database."""
    with store.database.read() as session:
        rows = session.execute(
            select(Annotation.sentence_id, Annotation.label, Annotation.note)
            .join(Annotator, Annotator.id == Annotation.annotator_id)
            .where(Annotator.name == reviewer)
        )
        return {sid: (label, note) for sid, label, note in rows}


def stored_events(store: AnnotationStore) -> list[tuple[int, str | None, str | None, str | None, str]]:
    """(sentence, old label, new label, new note, origin) in order."""
    with store.database.read() as session:
        rows = session.execute(
            select(
                LabelEvent.sentence_id,
                LabelEvent.old_label,
                LabelEvent.new_label,
                LabelEvent.new_note,
                LabelEvent.origin,
            ).order_by(LabelEvent.id)
        )
        return [tuple(r) for r in rows]


def shown_text(widget, width: int = 100) -> str:
    """What a Static widget shows, as plain text."""
    import io

    from rich.console import Console

    console = Console(width=width, file=io.StringIO(), record=True, color_system=None)
    console.print(widget.content)
    return console.export_text()


@pytest.fixture(autouse=True)
def no_user_keymap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The user's config folder is an empty one of the test's (a keymap of
    the machine's user must not change the screens); a test may write
    ``annotator/keys.toml`` into the folder returned."""
    from annotator.tui.keys import use_keymap

    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    yield folder
    use_keymap({})
