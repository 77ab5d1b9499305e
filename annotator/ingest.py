"""Import: find article files, prepare them (in worker processes when there
are many), store each article in its own transaction, and report what was
imported, already there, or rejected (and why)."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from annotator.db.errors import (
    PermissionDeniedError,
    connection_lost_reason,
    is_busy,
    is_driver_error,
    permission_denied_line,
)
from annotator.db.records import ArticleRef
from annotator.errors import AnnotatorError
from annotator.prepare import PreparedArticle, prepare_file, prepare_files
from annotator.readers import SUPPORTED_SUFFIXES, Rejection
from annotator.store import AnnotationStore
from annotator.termination import exit_on_termination
from annotator.worker_pool import worker_pool

# Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 64
# Files this large are streamed in this process so memory stays flat.
STREAM_MIN_BYTES = 8 * 1024 * 1024
# Small files sent to a worker at once.
BATCH_FILES = 32
# Batches waiting to be stored, per worker: bounds memory.
WINDOW_PER_WORKER = 4


class ImportStopped(AnnotatorError):
    """The database stopped answering mid-import; what was stored is kept."""


@dataclass
class ImportReport:
    """The outcome of one import run."""

    imported: list[ArticleRef] = field(default_factory=list)
    already_imported: list[ArticleRef] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """The documented ``import --json`` shape."""

        def ref(a: ArticleRef) -> dict[str, object]:
            return {"id": a.id, "uid": a.uid, "title": a.title, "source": a.source, "sentences": a.sentences}

        return {
            "imported": [ref(a) for a in self.imported],
            "already_imported": [ref(a) for a in self.already_imported],
            "rejected": [{"path": r.path, "reason": r.reason} for r in self.rejected],
        }


def collect_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Rejection]:
    """Files to import, in a stable order: given files as they are, folders
    searched recursively for supported files (hidden entries skipped;
    symbolic links to folders are not followed, so loops are harmless)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield _named_in_utf8(path)
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
                yield _named_in_utf8(Path(root, name))
        yield from _unreadable(folder, errors)
    # The walk's last folder (or the one given) could not be read: no folder follows to report it.
    yield from _unreadable(folder, errors)


def _unreadable(folder: Path, errors: list[OSError]) -> Iterator[Rejection]:
    """The folders the walk could not read so far, each once."""
    while errors:
        error = errors.pop()
        yield Rejection(error.filename or str(folder), f"cannot read folder: {(error.strerror or str(error)).lower()}")


def _named_in_utf8(path: Path) -> Path | Rejection:
    """The path, or its rejection when its name is not UTF-8: Python keeps
    such bytes as lone surrogates, which no database can store as the
    article's source."""
    if _surrogates(str(path)):
        part, what = (path.name, "file") if _surrogates(path.name) else (str(path.parent), "folder")
        shown = os.fsencode(part).decode("utf-8", "backslashreplace")
        return Rejection(str(path), f"{what} name is not valid UTF-8 ({shown}): rename it to import it")
    return path


def _surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


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
    workers: int | None = None,
) -> ImportReport:
    """Import the files ``collect_files`` found; its rejections are reported.

    Files are prepared (read and segmented) by ``workers`` processes (default:
    one per core) when there are many, while this process writes.
    """
    targets = list(targets)
    report = ImportReport()
    # SIGTERM ends the import like an error: the article being stored is
    # rolled back and the worker processes are stopped (closing the generator).
    with exit_on_termination(), store.article_writer() as add, closing(_prepared(targets, workers)) as prepared:
        for target, items in prepared:
            for item in items:
                if isinstance(item, Rejection):
                    report.rejected.append(item)
                    continue
                try:
                    created, ref = add(item.article, item.units)
                except Exception as exc:
                    _stop_if_the_database_is_gone(exc, report)
                    if not is_driver_error(exc):
                        raise
                    refused = permission_denied_line(exc)
                    if refused is not None:  # a reviewer's role: every article would be refused alike
                        raise PermissionDeniedError(refused) from exc
                    # The database refused this article (it was rolled back); go on with the rest.
                    report.rejected.append(
                        Rejection(
                            item.article.meta.get("origin", str(target)),
                            f"not stored: {str(exc).strip().splitlines()[0]}",
                        )
                    )
                    continue
                (report.imported if created else report.already_imported).append(ref)
            if on_file is not None:
                on_file(target)
    return report


def _stop_if_the_database_is_gone(exc: Exception, report: ImportReport) -> None:
    """A lost connection or a lock that never comes fails every article
    after it too: stop at the first, with one line, instead of one per article."""
    lost = connection_lost_reason(exc)
    if lost is None and not is_busy(exc):
        return
    cause = (
        f"lost the connection to the database ({lost})"
        if lost is not None
        else "the database stayed busy (another session held its lock too long)"
    )
    stored = len(report.imported)
    raise ImportStopped(
        f"{cause}: the import stopped after storing {stored} new article{'' if stored == 1 else 's'}, which are kept; "
        "run the same import again to add the rest (articles already stored are skipped)"
    ) from exc


Prepared = Iterable[PreparedArticle | Rejection]
# A batch of files being prepared by a worker process (``prepare_files``).
InWorker = Future[list[list[PreparedArticle | Rejection]]]


def _prepared(
    targets: list[Path | Rejection], workers: int | None
) -> Generator[tuple[Path | Rejection, Prepared], None, None]:
    """Each target with its prepared articles, in the order given (a
    generator: closing it stops the workers)."""
    workers = workers or min(4, os.cpu_count() or 1)
    files = sum(1 for t in targets if isinstance(t, Path))
    if workers < 2 or files < PARALLEL_MIN_FILES:
        for target in targets:
            yield target, ([target] if isinstance(target, Rejection) else prepare_file(target))
        return
    window = workers * WINDOW_PER_WORKER
    with worker_pool(workers) as pool:
        batches = _batches(targets)
        first = next(batches, [])
        pending: deque[tuple[list[Path | Rejection], InWorker | list[Prepared]]] = deque()

        def refill() -> None:
            for batch in batches:
                pending.append((batch, _submit(pool, batch)))
                if len(pending) >= window:
                    return

        refill()
        yield from zip(first, _prepare_here(first))  # while the workers start up
        while pending:
            yield from _results(pending.popleft())
            refill()


def _batches(targets: list[Path | Rejection]) -> Iterator[list[Path | Rejection]]:
    """Small files travel in batches (one task per file costs too much);
    big ones and rejections alone."""
    batch: list[Path | Rejection] = []
    for target in targets:
        if isinstance(target, Rejection) or _is_large(target):
            if batch:
                yield batch
                batch = []
            yield [target]
        else:
            batch.append(target)
            if len(batch) == BATCH_FILES:
                yield batch
                batch = []
    if batch:
        yield batch


def _is_large(path: Path) -> bool:
    try:
        return path.stat().st_size >= STREAM_MIN_BYTES
    except OSError:
        return True  # prepared here, where it reports why it cannot be read


def _submit(pool: ProcessPoolExecutor, batch: list[Path | Rejection]) -> InWorker | list[Prepared]:
    if len(batch) == 1 and (isinstance(batch[0], Rejection) or _is_large(batch[0])):
        return _prepare_here(batch)
    return pool.submit(prepare_files, _files(batch))


def _files(batch: list[Path | Rejection]) -> list[Path]:
    """A batch of more than one target, or of a small file, as the files it
    holds: all of it (``_batches`` gives a rejection a batch of its own)."""
    return [target for target in batch if isinstance(target, Path)]


def _prepare_here(batch: list[Path | Rejection]) -> list[Prepared]:
    """Prepared in this process; big files lazily, so they stream."""
    return [[t] if isinstance(t, Rejection) else prepare_file(t) for t in batch]


def _results(
    entry: tuple[list[Path | Rejection], InWorker | list[Prepared]],
) -> Iterator[tuple[Path | Rejection, Prepared]]:
    batch, work = entry
    prepared: Sequence[Prepared]
    if isinstance(work, Future):
        try:
            prepared = work.result()
        except BrokenProcessPool:
            # Workers could not start (e.g. run from an interactive session whose
            # main module cannot be re-imported): prepare the files here instead.
            prepared = prepare_files(_files(batch))
    else:
        prepared = work
    yield from zip(batch, prepared)
