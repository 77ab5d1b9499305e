"""Import: find article files, read them, segment them, store each article
in its own transaction, and report what was imported, already there, or
rejected (and why)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotator.readers import SUPPORTED_SUFFIXES, ArticleDraft, FileRejected, Rejection, read_path
from annotator.segment import segment_text
from annotator.store import AnnotationStore
from db.schemas import ArticleRef, NewArticle, NewSentence

MAX_TITLE_CHARS = 300


@dataclass
class ImportReport:
    """The outcome of one import run."""

    imported: list[ArticleRef] = field(default_factory=list)
    already_imported: list[ArticleRef] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)

    def to_json(self) -> dict:
        """The documented ``import --json`` shape."""
        def ref(a: ArticleRef) -> dict:
            return {"id": a.id, "uid": a.uid, "title": a.title, "source": a.source, "sentences": a.sentences}

        return {
            "imported": [ref(a) for a in self.imported],
            "already_imported": [ref(a) for a in self.already_imported],
            "rejected": [{"path": r.path, "reason": r.reason} for r in self.rejected],
        }


def content_uid(text: str) -> str:
    """A stable id for an article's text: the same text is the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def build_article(draft: ArticleDraft) -> tuple[NewArticle, list[NewSentence]]:
    """Segment a draft into the article and sentence rows to store.

    The title is the article's first unit (headlines make claims too): when
    a record names a title that its text does not start with, the title is
    put in front of the text.
    """
    body = draft.body
    title = draft.title
    if title is not None and _first_line(body) != title:
        body = f"{title}\n\n{body}" if draft.markdown else f"{title}\n{body}"
    units = segment_text(body, markdown=draft.markdown)
    if title is None:
        title = _first_line(body) if not units else _unit_line(body, units[0].start)
    sentences = [
        NewSentence(position=i, paragraph=u.paragraph, char_start=u.start, char_end=u.end, text=body[u.start:u.end])
        for i, u in enumerate(units)
    ]
    meta = {"origin": draft.origin, **draft.meta}
    article = NewArticle(
        uid=content_uid(body), title=_short(title), text=body, source=draft.source,
        url=draft.url, published=draft.published, meta=meta,
    )
    return article, sentences


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped
    return ""


def _unit_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)].strip()


def _short(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= MAX_TITLE_CHARS else title[: MAX_TITLE_CHARS - 1] + "…"


def collect_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Rejection]:
    """Files to import, in a stable order: given files as they are, folders
    searched recursively for supported files (hidden entries skipped;
    symbolic links to folders are not followed, so loops are harmless)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield Rejection(str(path), "broken symbolic link")
        else:
            yield Rejection(str(path), "no such file or folder")


def _walk(folder: Path) -> Iterator[Path | Rejection]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield Path(root, name)
        while errors:
            error = errors.pop()
            yield Rejection(error.filename or str(folder), f"cannot read folder: {error.strerror.lower()}")


def import_paths(
    store: AnnotationStore,
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_file: Callable[[Path | Rejection], None] | None = None,
) -> ImportReport:
    """Import every article found under ``paths``; never stops at a bad file."""
    return import_targets(store, list(collect_files(paths)), on_file=on_file)


def import_targets(
    store: AnnotationStore,
    targets: Iterable[Path | Rejection],
    *,
    on_file: Callable[[Path | Rejection], None] | None = None,
) -> ImportReport:
    """Import the files ``collect_files`` found; its rejections are reported."""
    report = ImportReport()
    for target in targets:
        if isinstance(target, Rejection):
            report.rejected.append(target)
        else:
            import_file(store, target, report)
        if on_file is not None:
            on_file(target)
    return report


def import_file(store: AnnotationStore, path: Path, report: ImportReport) -> None:
    """Import the articles of one file into ``report``'s lists."""
    try:
        for item in read_path(path):
            if isinstance(item, Rejection):
                report.rejected.append(item)
                continue
            article, sentences = build_article(item)
            if not sentences:
                report.rejected.append(Rejection(item.origin, "no sentences to review"))
                continue
            created, ref = store.add_article(article, sentences)
            (report.imported if created else report.already_imported).append(ref)
    except FileRejected as exc:
        report.rejected.append(Rejection(str(path), str(exc)))
