"""The manifest beside a published data set: enough to trace it back."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from annotator.exports.source import ExportFilters
from annotator.exports.writer import ExportResult


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest_path(out: Path) -> Path:
    """``OUT.manifest.json`` beside ``OUT``."""
    return out.with_name(out.name + ".manifest.json")


def manifest_text(
    file_name: str,
    sha256: str,
    result: ExportResult,
    *,
    filters: ExportFilters,
    tool_version: str,
    segmenters: list[str],
    include_unresolved: bool = False,
    codebook: dict[str, object] | None = None,
) -> str:
    """The manifest (JSON) for the data set ``file_name`` whose SHA-256 is
    ``sha256``. The caller writes it beside the data set, replacing any old
    one in one step, so a manifest is complete or absent. ``codebook`` is
    the codebook's record (``Codebook.record``: version, SHA-256, labels)."""
    manifest = {
        "tool": "annotator",
        "tool_version": tool_version,
        "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "file": file_name,
        "sha256": sha256,
        "format": result.format,
        "columns": result.columns,
        "filters": {**filters.to_json(), "include_unresolved": include_unresolved},
        "rows": result.rows,
        "labels": dict(sorted(result.labels.items())),
        "annotators": dict(sorted(result.annotators.items())),
        "segmenter": segmenters,
        "codebook": codebook,
        "spreadsheet": {
            "excel_safe": result.excel_safe,
            "risky_cells": result.risky_cells,
            "note": (
                "cells starting with = + - @ tab or carriage return (after any apostrophes) were "
                "prefixed with an apostrophe"
                if result.excel_safe
                else "cells were written exactly as stored"
            ),
        },
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"


def recorded_excel_safe(data_file: Path) -> bool | None:
    """Whether the manifest beside ``data_file`` says it was written with
    ``--excel-safe``; None when there is no readable manifest for that file."""
    try:
        manifest = json.loads(manifest_path(data_file).read_text(encoding="utf-8"))
        if manifest.get("tool") != "annotator":
            return None
        excel_safe = manifest["spreadsheet"]["excel_safe"]
    except (OSError, UnicodeDecodeError, ValueError, RecursionError, AttributeError, KeyError, TypeError):
        return None
    return excel_safe if isinstance(excel_safe, bool) else None
