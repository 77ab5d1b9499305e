"""Hints for stored articles: the registry as the hint checks want it, and
every sentence's hints with its paragraph as context."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from annotator.db.records import PersonRecord, SentenceRecord
from annotator.hints import Hint, Person, Registry, Role, programme_voices, sentence_hints
from annotator.readers import FileRejected, csv_rows, decode
from annotator.store import AnnotationStore


def registry_from(records: list[PersonRecord]) -> Registry:
    """A ``hints.Registry`` built from the stored people."""
    return Registry(
        [
            Person(r.name, tuple(r.aliases), tuple(Role(title, org, start, end) for title, org, start, end in r.roles))
            for r in records
        ]
    )


def parse_day(value: str | None) -> date | None:
    """An ISO date (the first ten characters of a date or date-time), or None."""
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def paragraph_texts(sentences: list[SentenceRecord]) -> dict[int, str]:
    """Each paragraph's text, from its sentences."""
    paragraphs: dict[int, list[str]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s.text)
    return {p: " ".join(texts) for p, texts in paragraphs.items()}


def article_hints(store: AnnotationStore, article_id: int) -> list[tuple[SentenceRecord, Hint]]:
    """Every hint of an article, sentence by sentence."""
    sentences = store.sentences(article_id)
    registry = registry_from(store.people())
    published = parse_day(store.article_published(article_id))
    paragraphs = paragraph_texts(sentences)
    voices = programme_voices(s.text for s in sentences)
    return [
        (s, hint)
        for s in sentences
        for hint in sentence_hints(
            s.text, paragraphs[s.paragraph], registry=registry, published=published, voices=voices
        )
    ]


REGISTRY_COLUMNS = ("name", "aliases", "title", "organisation", "from", "to", "note")


def import_registry(store: AnnotationStore, path: Path, *, verified_by: str) -> tuple[int, int, list[tuple[str, str]]]:
    """Load people from a CSV (one row per role). Returns (new people, rows
    added to existing people, skipped rows as (where, reason))."""
    if path.is_dir():
        raise FileRejected("is a folder, not a CSV file")
    try:
        text = decode(path.read_bytes())
    except OSError as exc:
        raise FileRejected(f"cannot read: {(exc.strerror or str(exc)).lower()}") from None
    if not text.strip():
        raise FileRejected("empty file")
    header, rows = csv_rows(text)
    columns = [c.strip().lower() for c in header]
    if "name" not in columns:
        raise FileRejected(f"no 'name' column (expected {', '.join(REGISTRY_COLUMNS)})")
    new = updated = 0
    skipped: list[tuple[str, str]] = []
    for line, row in rows:
        record = {c: v.strip() for c, v in zip(columns, row)}
        name = " ".join(record.get("name", "").split())
        start, end = record.get("from") or None, record.get("to") or None
        bad = [v for v in (start, end) if v and parse_day(v) is None]
        if not name:
            skipped.append((f"line {line}", "no name"))
            continue
        if bad:
            skipped.append((f"line {line}", f"{bad[0]!r} is not a date (YYYY-MM-DD)"))
            continue
        title = record.get("title", "")
        role = (title, record.get("organisation", ""), start, end) if title else None
        aliases = [a.strip() for a in record.get("aliases", "").split(";") if a.strip()]
        if store.add_person(name, verified_by=verified_by, aliases=aliases, role=role, note=record.get("note") or None):
            new += 1
        else:
            updated += 1
    return new, updated, skipped
