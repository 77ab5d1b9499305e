"""The source-reliability annotator: import, segmentation, the store, the
review UI and the command line. For scripts and notebooks: ``annotator.open``
(see ``annotator.api``)."""

from typing import TYPE_CHECKING

# The Python API, re-exported here; loaded on first use so that the command
# line does not pay for it at start-up.
_API = ("open", "AnnotationDatabase", "Disagreement", "ReviewerLabel", "SentenceHint")
__all__ = [*_API, "__version__"]

if TYPE_CHECKING:  # what ``__getattr__`` gives, as the type checker sees it
    from annotator.api import AnnotationDatabase as AnnotationDatabase
    from annotator.api import Disagreement as Disagreement
    from annotator.api import ReviewerLabel as ReviewerLabel
    from annotator.api import SentenceHint as SentenceHint
    from annotator.api import open as open

    __version__: str


def __getattr__(name: str) -> object:
    if name in _API:
        from annotator import api

        return getattr(api, name)
    # Looked up on demand: reading package metadata costs start-up time.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("source-annotator")
        except PackageNotFoundError:  # a source tree that was not installed
            return "0.0.0+unknown"
    raise AttributeError(name)
