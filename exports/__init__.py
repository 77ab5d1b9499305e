"""What leaves the tool: data sets (long, wide, dataset CSV and JSON Lines),
their manifests, and agreement metrics.

Imports ``db`` only (never the application, Textual or Typer)."""
