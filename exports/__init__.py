"""What leaves the tool: data-set writers and agreement metrics.

Imports ``db`` only (never the application, Textual or Typer)."""
