"""The floor the review benchmarks compare against: a minimal Textual app
that imports sqlmodel, reads one sentence row and shows it, then updates one
label per key press. Run only by bench/review_bench.py."""

from __future__ import annotations

import sys

from sqlmodel import Session, create_engine, text
from textual.app import App, ComposeResult
from textual.widgets import Static


class FloorApp(App[None]):
    def __init__(self, db: str) -> None:
        super().__init__()
        engine = create_engine(f"sqlite:///{db}")
        with Session(engine) as session:
            self.sentence = session.execute(text("SELECT text FROM sentence ORDER BY id LIMIT 1")).scalar_one()
        self.count = 0

    def compose(self) -> ComposeResult:
        yield Static(f"{self.count}/400 labelled", id="status")
        yield Static(self.sentence, id="sentence")

    def on_key(self, event) -> None:
        if event.key in "1234":
            self.count += 1
            self.query_one("#status", Static).update(f"{self.count}/400 labelled")
        elif event.key == "q":
            self.exit()


if __name__ == "__main__":
    FloorApp(sys.argv[1]).run()
