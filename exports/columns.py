"""Every column a data set can have, in order: the one place to look up what
a CSV column is called and where it comes from."""

from __future__ import annotations

# long (and jsonl): one row per sentence and annotator.
LONG_COLUMNS: tuple[str, ...] = (
    "article_uid",
    "article_title",
    "source",
    "sentence_index",
    "paragraph_index",
    "char_start",
    "char_end",
    "sentence",
    "annotator",
    "label",
    "note",
    "labelled_at",
    "seconds_spent",
)

# The adjudication of a sentence besides its gold label: the adjudicator's
# note, who adjudicated and when (import-labels merges them back, newer wins).
# Last in wide and dataset, so the columns before them keep their places.
GOLD_DETAIL: tuple[str, ...] = ("gold_note", "adjudicator", "adjudicated_at")

# wide: one row per sentence; one column per annotator goes between these two.
WIDE_LEADING: tuple[str, ...] = ("article_uid", "article_title", "source", "sentence_index", "sentence")
WIDE_TRAILING: tuple[str, ...] = ("gold", "n_labels", "unanimous", *GOLD_DETAIL)

# dataset: one row per sentence with its final label. (The formats
# themselves are listed in exports/formats.py.)
DATASET_COLUMNS: tuple[str, ...] = (
    "article_uid",
    "article_title",
    "source",
    "sentence_index",
    "sentence",
    "label",
    "label_source",
    "n_annotators",
    *GOLD_DETAIL,
)
