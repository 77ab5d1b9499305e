"""The review screen's hints cache: each sentence's hints worked out once,
the next sentence's first, then the one before, then two on."""

from __future__ import annotations

import annotator.hints
from annotator.db.records import SentenceRecord
from annotator.hints import Registry
from annotator.tui.hints_ahead import HintsAhead


def test_the_sentences_next_to_the_cursor_are_prepared_in_order_and_once(monkeypatch) -> None:
    texts = [f"Sentence {i}, the minister said." for i in range(6)]
    sentences = [SentenceRecord(i + 1, 1, i, 0, 0, len(t), t) for i, t in enumerate(texts)]
    worked_out: list[str] = []
    hints = annotator.hints.sentence_hints
    monkeypatch.setattr(
        annotator.hints, "sentence_hints", lambda text, *a, **k: worked_out.append(text) or hints(text, *a, **k)
    )
    ahead = HintsAhead(sentences, {0: " ".join(texts)}, Registry([]), None)
    assert ahead.of(2) == hints(texts[2], " ".join(texts))
    assert [ahead.prepare_one(2) for _ in range(4)] == [3, 1, 4, None]
    assert worked_out == [texts[2], texts[3], texts[1], texts[4]]
    ahead.of(3)
    assert ahead.prepare_one(5) is None  # at the end: the one before is known, nothing after it
    assert len(worked_out) == len(set(worked_out)) == 4


def test_a_scripts_reporter_is_read_as_the_programme_not_a_source() -> None:
    texts = [
        "PRESENTER: Our arts correspondent, Nell Quarrie, has been to the Lyceum.",
        "QUARRIE: The theatre sold 41,000 tickets last year.",
    ]
    sentences = [SentenceRecord(i + 1, 1, i, i, 0, len(t), t) for i, t in enumerate(texts)]
    ahead = HintsAhead(sentences, dict(enumerate(texts)), Registry([]), None)
    found = {h.kind for h in ahead.of(1)}
    assert "attribution" not in found and "unsourced_figure" in found
