"""The label colours as CSS, made from the codebook's styles: one rule per
label for the article view's ``article-view--label-VALUE`` class. A style
was checked when the codebook was stored (``db.codebook.check_style``):
text styles and at most one colour, a theme colour or ``#rrggbb``."""

from __future__ import annotations

from annotator.db.codebook import Codebook, split_style


def label_css(codebook: Codebook) -> str:
    """The rules, e.g. ``ArticleView > .article-view--label-sourced {
    color: $text-success; text-style: bold; }``."""
    rules = []
    for label in codebook.labels:
        colour, styles = split_style(label.style)
        body = f"color: {colour}; " if colour else ""
        body += f"text-style: {' '.join(styles) or 'none'};"
        rules.append(f"ArticleView > .article-view--label-{label.value} {{ {body} }}")
    return "\n".join(rules) + "\n"
