"""``python -m annotator`` runs the command line."""

from annotator.cli_process import main

if __name__ == "__main__":  # worker processes import this module too
    main()
