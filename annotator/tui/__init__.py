"""The Textual review UI. Imported only when a screen is opened."""
