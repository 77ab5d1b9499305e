"""The labelling rules as reviewers see them on the help screen (Markdown):
the default codebook's guidelines (a database may store its own codebook,
``annotator codebook``)."""

from annotator.db.codebook_default import GUIDELINES

__all__ = ["GUIDELINES"]
