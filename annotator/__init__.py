"""The source-reliability annotator: import, segmentation, the store, the
review UI and the command line."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("source-annotator")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"
