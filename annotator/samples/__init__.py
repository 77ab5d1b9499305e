"""Sample articles for the demo (fictional, written for this project)."""

from __future__ import annotations

import os
from pathlib import Path

SAMPLES_DIR = Path(__file__).parent / "articles"
# The people the sample articles name, as a newsroom would have verified them.
SAMPLE_REGISTRY = Path(__file__).parent / "registry.csv"


def demo_database() -> Path:
    """Where ``annotator demo`` keeps its own database: the user data folder
    ($XDG_DATA_HOME/annotator, else ~/.local/share/annotator)."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    folder = base / "annotator"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "demo.db"
