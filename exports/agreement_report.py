"""The agreement report: every figure of ``annotator agreement`` (and the
agreement screen), computed from the labels in the database, and drawn as
Rich tables. Computing is separate from drawing: ``--json`` uses the first."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, cast

import numpy as np
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from annotator.exports.agreement import (
    RatingTable,
    alpha_confidence_interval,
    cohen_kappa,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha,
    landis_koch,
    percent_agreement,
)
from annotator.exports.display_text import as_text, assemble, visible
from annotator.exports.fitted_table import FIGURE_UNDER_NAME, GIVES_WAY, FittedTable
from annotator.exports.fitted_table import FittedColumn as Col
from annotator.exports.source import ExportFilters, RowSource

# Fewer units than this make a coefficient unstable (a common rule of thumb).
MIN_UNITS = 30
MIN_PAIR_UNITS = 10


@dataclass
class AgreementReport:
    """The figures, with the stable keys of ``--json``."""

    units: int
    annotators: list[str]
    percent_agreement: float | None
    krippendorff_alpha: float | None
    alpha_ci: list[float] | None
    fleiss_kappa: float | None
    gwet_ac1: float | None
    pairwise: list[dict[str, Any]]
    per_label: dict[str, dict[str, Any]]
    confusion: dict[str, Any] | None
    by_article: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "units": self.units,
            "annotators": self.annotators,
            "percent_agreement": self.percent_agreement,
            "krippendorff_alpha": self.krippendorff_alpha,
            "alpha_ci": self.alpha_ci,
            "fleiss_kappa": self.fleiss_kappa,
            "gwet_ac1": self.gwet_ac1,
            "pairwise": self.pairwise,
            "per_label": self.per_label,
            "confusion": self.confusion,
            "by_article": self.by_article,
            "warnings": self.warnings,
        }


@dataclass
class _Labels:
    table: RatingTable
    annotators: list[str]
    unit_articles: np.ndarray  # article id of each unit


def load_labels(source: RowSource, filters: ExportFilters) -> _Labels:
    """The selected labels as a units (sentences) x raters (annotators) table."""
    categories = source.codebook().values  # the codebook's labels, in its order
    rows, names = source.labelled_rows(filters)
    if not rows:
        return _Labels(RatingTable(np.empty((0, 0), dtype=np.int64), categories), [], np.empty(0, dtype=np.int64))
    data = np.array(rows, dtype=np.int64)  # one C-level conversion for a million rows
    sentence_ids, article_ids, annotator_ids, labels = data.T
    rater_ids = sorted(np.unique(annotator_ids).tolist(), key=names.__getitem__)  # columns in name order
    column_of = np.full(max(rater_ids) + 1, -1, dtype=np.int64)
    column_of[rater_ids] = np.arange(len(rater_ids))
    raters = column_of[annotator_ids]
    # Rows come in sentence order: a new unit starts wherever the id changes.
    starts = np.r_[True, sentence_ids[1:] != sentence_ids[:-1]]
    unit_of_row = np.cumsum(starts) - 1
    codes = np.full((int(unit_of_row[-1]) + 1, len(rater_ids)), -1, dtype=np.int64)
    codes[unit_of_row, raters] = labels
    annotators = [names[i] for i in rater_ids]
    return _Labels(RatingTable(codes, categories), annotators, article_ids[starts])


def agreement_report(
    source: RowSource,
    filters: ExportFilters = ExportFilters(),
    *,
    by_article: bool = False,
    draws: int = 1000,
    seed: int = 0,
) -> AgreementReport:
    """Compute every figure for the selection."""
    data = load_labels(source, filters)
    table, names = data.table, data.annotators
    counts = table.counts()
    pairable = counts.sum(axis=1) >= 2
    ci = alpha_confidence_interval(table, draws=draws, seed=seed)
    report = AgreementReport(
        units=int(pairable.sum()),
        annotators=names,
        percent_agreement=percent_agreement(table),
        krippendorff_alpha=krippendorff_alpha(table),
        alpha_ci=list(ci) if ci else None,
        fleiss_kappa=fleiss_kappa(table),
        gwet_ac1=gwet_ac1(table, categories=table.categories),
        pairwise=_pairwise(table, names),
        per_label=_per_label(table, names),
        confusion=None,
    )
    report.confusion = _confusion(table, names, report.pairwise)
    if by_article:
        report.by_article = _by_article(source, data)
    report.warnings = _warnings(report)
    return report


def _pairwise(table: RatingTable, names: list[str]) -> list[dict[str, Any]]:
    pairs: list[dict[str, Any]] = []
    for a, b in combinations(range(len(names)), 2):
        both = (table.codes[:, a] >= 0) & (table.codes[:, b] >= 0)
        shared = int(both.sum())
        pairs.append(
            {
                "a": names[a],
                "b": names[b],
                "units": shared,
                "cohen_kappa": cohen_kappa(table, a, b) if shared else None,
                "percent_agreement": float(np.mean(table.codes[both, a] == table.codes[both, b])) if shared else None,
            }
        )
    return pairs


def _per_label(table: RatingTable, names: list[str]) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {}
    for code, label in enumerate(table.categories):
        used = (table.codes == code).sum(axis=0)
        # The report's categories are the codebook's label values (load_labels).
        result[cast(str, label)] = {
            "alpha": krippendorff_alpha(table.binary(code)),
            "counts": {name: int(n) for name, n in zip(names, used)},
        }
    return result


def _confusion(table: RatingTable, names: list[str], pairwise: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Label-by-label counts for the pair that disagrees most (lowest percent
    agreement among pairs that share units)."""
    shared = [p for p in pairwise if p["units"]]
    if not shared:
        return None
    worst = min(shared, key=lambda p: (p["percent_agreement"], -p["units"]))
    a, b = names.index(worst["a"]), names.index(worst["b"])
    both = (table.codes[:, a] >= 0) & (table.codes[:, b] >= 0)
    k = len(table.categories)
    matrix = np.zeros((k, k), dtype=int)
    np.add.at(matrix, (table.codes[both, a], table.codes[both, b]), 1)
    return {"a": worst["a"], "b": worst["b"], "labels": list(table.categories), "matrix": matrix.tolist()}


def _by_article(source: RowSource, data: _Labels) -> list[dict[str, Any]]:
    titles = source.article_titles(sorted(set(data.unit_articles.tolist())))
    rows: list[dict[str, Any]] = []
    for article_id in sorted(titles):
        mask = data.unit_articles == article_id
        sub = RatingTable(data.table.codes[mask], data.table.categories)
        units = int((sub.counts().sum(axis=1) >= 2).sum())
        uid, title = titles[article_id]
        rows.append(
            {
                "article_id": article_id,
                "article_uid": uid,
                "title": title,
                "units": units,
                "krippendorff_alpha": krippendorff_alpha(sub),
                "percent_agreement": percent_agreement(sub),
            }
        )
    return rows


def _warnings(report: AgreementReport) -> list[str]:
    warnings = []
    if len(report.annotators) < 2:
        warnings.append("fewer than two annotators: there is no agreement to measure")
    elif report.units == 0:
        warnings.append("no sentence has labels from two annotators yet")
    elif report.units < MIN_UNITS:
        warnings.append(
            f"only {report.units} sentences have two or more labels: the figures are unstable "
            f"(aim for at least {MIN_UNITS})"
        )
    if report.units and report.krippendorff_alpha is None:
        warnings.append("alpha is n/a: every label given is the same, so chance agreement cannot be told apart")
    for pair in report.pairwise:
        if 0 < pair["units"] < MIN_PAIR_UNITS:
            warnings.append(f"kappa for {pair['a']} and {pair['b']} rests on {pair['units']} shared sentences")
    return warnings


# --- drawing -------------------------------------------------------------------------------
def fmt(value: float | None, digits: int = 3) -> str:
    """A coefficient for people: 3 decimals, or n/a."""
    return "n/a" if value is None else f"{value:.{digits}f}"


_STRENGTH_STYLE = {
    "poor": "bold red",
    "slight": "red",
    "fair": "yellow",
    "moderate": "yellow",
    "substantial": "green",
    "almost perfect": "bold green",
    "n/a": "dim",
}


def render_report(report: AgreementReport) -> Group:
    """The report as Rich renderables (used by the CLI and the agreement screen)."""
    parts: list[RenderableType] = []
    summary = Table(title="Agreement", title_justify="left", show_header=False, box=None, padding=(0, 2, 0, 0))
    summary.add_column(style="bold")
    summary.add_column()
    summary.add_row("sentences compared", f"{report.units} (labelled by two or more)")
    summary.add_row("annotators", as_text(", ".join(report.annotators) or "none"))
    ci = f"  95% CI {fmt(report.alpha_ci[0])}–{fmt(report.alpha_ci[1])}" if report.alpha_ci else ""
    summary.add_row("Krippendorff's alpha", _coloured(report.krippendorff_alpha, ci))
    summary.add_row("Fleiss' kappa", _coloured(report.fleiss_kappa))
    summary.add_row("Gwet's AC1", _coloured(report.gwet_ac1))
    summary.add_row("percent agreement", fmt(report.percent_agreement))
    parts.append(summary)

    # Titles and names give way on a narrow terminal; figures are never cut (see exports.fitted_table).
    if report.pairwise:
        rows: list[tuple[str | Text, ...]] = []
        for p in report.pairwise:
            word = landis_koch(p["cohen_kappa"])
            rows.append(
                (
                    as_text(p["a"]),
                    as_text(p["b"]),
                    str(p["units"]),
                    fmt(p["cohen_kappa"]),
                    Text(word, style=_STRENGTH_STYLE[word]),
                    fmt(p["percent_agreement"]),
                )
            )
        parts.append(
            FittedTable(
                "Pairs (Cohen's kappa)",
                [
                    Col("a", "left", GIVES_WAY),
                    Col("b", "left", GIVES_WAY),
                    Col("sentences"),
                    Col("kappa"),
                    Col("strength", "left", GIVES_WAY),
                    Col("agree"),
                ],
                rows,
            )
        )

    rows = [
        (label, fmt(entry["alpha"]), *(str(entry["counts"].get(n, 0)) for n in report.annotators))
        for label, entry in report.per_label.items()
    ]
    parts.append(
        FittedTable(
            "Per label: alpha of the label against the rest, and uses per annotator",
            [
                Col("label", "left"),
                Col("alpha"),
                *(Col(as_text(n), "right", FIGURE_UNDER_NAME) for n in report.annotators),
            ],
            rows,
        )
    )

    if report.confusion:
        c = report.confusion
        # Names in a title: a Text, so they are not read as markup (styled as a title still).
        title = as_text(
            f"Confusion: {c['a']} (rows) vs {c['b']} (columns), the pair that disagrees most", style="table.title"
        )
        rows = [
            (label, *(Text(str(n), style="bold" if i == j and n else "") for j, n in enumerate(row)))
            for i, (label, row) in enumerate(zip(c["labels"], c["matrix"]))
        ]
        parts.append(FittedTable(title, [Col("", "left"), *(Col(label) for label in c["labels"])], rows))

    if report.by_article:
        rows = [
            (
                str(a["article_id"]),
                as_text(a["title"]),
                str(a["units"]),
                _coloured(a["krippendorff_alpha"]),
                fmt(a["percent_agreement"]),
            )
            for a in report.by_article
        ]
        parts.append(
            FittedTable(
                "By article",
                [Col("id"), Col("title", "left", GIVES_WAY), Col("sentences"), Col("alpha"), Col("agree")],
                rows,
            )
        )

    for warning in report.warnings:
        parts.append(assemble(("warning: ", "bold yellow"), warning))
    return Group(*parts)


def _coloured(value: float | None, suffix: str = "") -> Text:
    word = landis_koch(value)
    return Text.assemble((fmt(value), _STRENGTH_STYLE[word]), f" ({word})" if value is not None else "", suffix)


# --- disagreements -------------------------------------------------------------------------
def disagreements(source: RowSource, filters: ExportFilters = ExportFilters()) -> list[dict[str, Any]]:
    """Every sentence whose selected labels differ, with each label and note."""
    found: dict[int, dict[str, Any]] = {}
    for article_id, uid, title, sentence_id, index, text, annotator, label, note, gold in source.disagreement_rows(
        filters
    ):
        entry = found.setdefault(
            sentence_id,
            {
                "article_id": article_id,
                "article_uid": uid,
                "article_title": title,
                "sentence_id": sentence_id,
                "sentence_index": index,
                "sentence": text,
                "gold": gold,
                "labels": [],
            },
        )
        entry["labels"].append({"annotator": annotator, "label": label, "note": note})
    return list(found.values())


def render_disagreements(items: list[dict[str, Any]]) -> Table:
    """Sentences with differing labels, one row each."""
    table = Table(
        title=f"{len(items)} sentence{'s' if len(items) != 1 else ''} with differing labels",
        title_justify="left",
        show_lines=True,
    )
    table.add_column("article", justify="right", no_wrap=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("sentence", ratio=3, overflow="fold")
    table.add_column("labels", ratio=2, overflow="fold")
    for item in items:
        labels = Text()
        for i, mark in enumerate(item["labels"]):
            if i:
                labels.append("\n")
            labels.append(f"{visible(mark['annotator'])}: ", style="bold")
            labels.append(mark["label"])
            if mark["note"]:
                labels.append(f" — {visible(mark['note'], multiline=True)}", style="italic")
        if item["gold"]:
            labels.append(f"\ngold: {item['gold']}", style="bold green")
        table.add_row(
            str(item["article_id"]), str(item["sentence_index"]), as_text(item["sentence"], multiline=True), labels
        )
    return table
