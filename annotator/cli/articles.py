"""``annotator articles``, ``sentences`` and ``hints``: what is in the database."""

# No `from __future__ import annotations`: Typer would evaluate every
# parameter's annotation string at start-up (see annotator.cli.common).
import sys

import typer

from annotator.cli.common import ArticleIdArgument, JsonOption, open_database, positive, print_json, reports_errors
from annotator.cli.console import stderr, stdout


@reports_errors
def articles_command(
    ctx: typer.Context,
    as_json: JsonOption = False,
) -> None:
    """List articles: id, title, source, sentence count and each reviewer's progress."""
    from annotator.views import articles_table

    with open_database(ctx) as db:
        articles = db.articles()
    if as_json:
        print_json(
            [
                {
                    "id": a.id,
                    "uid": a.uid,
                    "title": a.title,
                    "source": a.source,
                    "sentences": a.sentences,
                    "labelled": a.labelled,
                }
                for a in articles
            ]
        )
    elif not articles:
        stderr.print("No articles yet: run [bold]annotator import PATH[/].")
    else:
        stdout.print(articles_table(articles, width=stdout.width))


@reports_errors
def sentences_command(
    ctx: typer.Context,
    article_id: ArticleIdArgument,
    as_json: JsonOption = False,
) -> None:
    """Show the sentences of one article with their ids."""
    from annotator.views import TABLE_MAX_SENTENCES, sentence_lines, sentences_table

    positive(article_id, "ARTICLE_ID")
    with open_database(ctx) as db:
        sentences = db.sentences(article_id)
    if as_json:
        print_json(
            [
                {"id": s.id, "index": s.index, "paragraph": s.paragraph, "start": s.start, "end": s.end, "text": s.text}
                for s in sentences
            ]
        )
    elif len(sentences) > TABLE_MAX_SENTENCES:
        sys.stdout.writelines(line + "\n" for line in sentence_lines(sentences, stdout.width))
    else:
        stdout.print(sentences_table(sentences, width=stdout.width))


@reports_errors
def hints_command(
    ctx: typer.Context,
    article_id: ArticleIdArgument,
    as_json: JsonOption = False,
) -> None:
    """The cues and name checks for each sentence of an article (hints never set a label)."""
    from annotator.views import hints_view

    positive(article_id, "ARTICLE_ID")
    with open_database(ctx) as db:
        found = [(h.sentence, h.hint) for h in db.hints(article_id)]
        name_checks = bool(db.people())
    if as_json:
        print_json(
            [
                {
                    "sentence_id": s.id,
                    "sentence_index": s.index,
                    "start": h.start,
                    "end": h.end,
                    "kind": h.kind,
                    "cue": h.cue,
                    "reason": h.reason,
                }
                for s, h in found
            ]
        )
    else:
        stdout.print(hints_view(found, name_checks=name_checks))
