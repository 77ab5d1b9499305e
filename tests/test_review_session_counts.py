"""The review session keeps its label counts as labels are saved, so a key
press never counts the article's labels again (an article may have
thousands of sentences)."""

from __future__ import annotations

from annotator.db.labels import Label
from annotator.db.records import SentenceRecord
from annotator.review_session import Mark, ReviewSession


class _NoFullPass(dict):
    """The saved marks, refusing any pass over all of them."""

    def _refuse(self, *args, **kwargs):
        raise AssertionError("a full pass over the saved labels")

    values = items = keys = __iter__ = _refuse


def _session(n: int, saved: dict[int, Mark]) -> ReviewSession:
    sentences = [
        SentenceRecord(id=i + 1, article_id=1, index=i, paragraph=i // 4, start=0, end=11, text=f"Sentence {i}.")
        for i in range(n)
    ]
    return ReviewSession(sentences, saved=saved)


def test_counts_follow_saves_without_a_pass_over_every_label() -> None:
    session = _session(8, {1: Mark(Label.SOURCED), 2: Mark(Label.OPINION), 3: Mark(None, "a note")})
    assert session.labelled_count() == 2
    session.saved = _NoFullPass(session.saved)
    first = session.set_label(Label.SUSPICIOUS)  # sentence 4, the first unlabelled
    session.saved_ok(first)
    relabel = session.set_label(Label.SOURCED)
    session.saved_ok(relabel)
    session.move_to(0)
    session.saved_ok(session.set_label(Label.UNSOURCED))  # sourced -> unsourced
    session.move_to(1)
    session.saved_ok(session.set_label(None))  # opinion cleared
    failed = session.set_label(Label.OPINION)
    session.save_failed(failed)
    assert session.labelled_count() == 3
    assert session.label_counts() == {Label.SOURCED: 1, Label.UNSOURCED: 1, Label.OPINION: 0, Label.SUSPICIOUS: 1}
    undo = session.undo()
    session.saved_ok(undo)
    assert session.labelled_count() == 4
    assert session.label_counts()[Label.OPINION] == 1
