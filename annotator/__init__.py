"""The source-reliability annotator: import, segmentation, the store, the
review UI and the command line."""


def __getattr__(name: str) -> str:
    # Looked up on demand: reading package metadata costs start-up time.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("source-annotator")
        except PackageNotFoundError:  # a source tree that was not installed
            return "0.0.0+unknown"
    raise AttributeError(name)
