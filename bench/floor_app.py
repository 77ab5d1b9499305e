"""The floor the review benchmark compares against: a minimal Textual app
that imports sqlmodel, reads one sentence row and shows it, then writes one
SQLite row per label key and shows the count. Run only by bench/review_bench.py."""

from __future__ import annotations

import sys

from sqlalchemy import event
from sqlmodel import create_engine, text
from textual.app import App, ComposeResult
from textual.widgets import Static


class FloorApp(App[None]):
    def __init__(self, db: str) -> None:
        super().__init__()
        self.engine = create_engine(f"sqlite:///{db}")
        # The durability the review screen's store uses (WAL, synchronous=NORMAL), no less.
        event.listen(self.engine, "connect", lambda conn, _record: conn.execute("PRAGMA synchronous=NORMAL"))
        with self.engine.begin() as conn:
            conn.execute(text("PRAGMA journal_mode=WAL"))
            conn.execute(text("CREATE TABLE IF NOT EXISTS floor_press (id INTEGER PRIMARY KEY, key TEXT)"))
            self.sentence = conn.execute(text("SELECT text FROM sentence ORDER BY id LIMIT 1")).scalar_one()
        self.count = 0

    def compose(self) -> ComposeResult:
        yield Static(f"{self.count}/400 labelled", id="status")
        yield Static(self.sentence, id="sentence")

    def on_key(self, event) -> None:
        if event.key in "1234":
            # One committed row per key, as the review screen commits one label per key.
            with self.engine.begin() as conn:
                conn.execute(text("INSERT INTO floor_press (key) VALUES (:key)"), {"key": event.key})
            self.count += 1
            self.query_one("#status", Static).update(f"{self.count}/400 labelled")
        elif event.key == "q":
            self.exit()


if __name__ == "__main__":
    FloorApp(sys.argv[1]).run()
