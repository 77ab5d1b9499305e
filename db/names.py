"""Table and column names for SQL written as text, taken from the tables'
SQLAlchemy clauses (``db.tables``, which a test keeps equal to the models).

Hot paths (the review's saves, imports, merges, exports) send plain SQL
through the driver, because compiling SQLAlchemy statements costs more than
the database work; this keeps their names in one place anyway::

    n, s = SQLNames(annotation, "n"), SQLNames(sentence, "s")
    f"SELECT {n.label} FROM {n} JOIN {s} ON {s.id} = {n.sentence_id}"
    # SELECT n.label FROM annotation n JOIN sentence s ON s.id = n.sentence_id

A column the table lacks is an ``AttributeError`` where the SQL is built
(at import, for the statements built once), never a broken query later.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.sql.compiler import RESERVED_WORDS


def quoted(name: str) -> str:
    """``name`` as an SQL identifier: double-quoted when it is a reserved word (``"end"``)."""
    return f'"{name}"' if name.lower() in RESERVED_WORDS else name


class SQLNames:
    """A table (``str()``: its name, with the alias if one is given, as it
    stands after ``FROM``) and its columns as attributes (each qualified by
    the alias if there is one)."""

    __slots__ = ("_table", "_alias")

    def __init__(self, table: Any, alias: str | None = None) -> None:
        self._table = table
        self._alias = alias

    def __str__(self) -> str:
        name = quoted(self._table.name)
        return f"{name} {self._alias}" if self._alias else name

    def __getattr__(self, column: str) -> str:
        try:
            name = quoted(self._table.c[column].name)
        except KeyError:
            raise AttributeError(f"table {self._table.name!r} has no column {column!r}") from None
        return f"{self._alias}.{name}" if self._alias else name

    def columns(self, *names: str) -> str:
        """The columns, comma-separated (for a SELECT or an INSERT's column list)."""
        return ", ".join(getattr(self, name) for name in names)
