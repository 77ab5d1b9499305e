"""The person registry's tables: verified people and their roles. Apart from
``db.models`` because only the hints and registry commands use them (and
each table costs start-up time)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Text
from sqlmodel import Field, SQLModel

from annotator.db.models import _fk, _timestamp


class Person(SQLModel, table=True):
    """A verified person for the name checks."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=200)
    aliases: list[str] = Field(default_factory=list, sa_type=JSON)
    verified_by: str = Field(max_length=200)
    verified_at: datetime = _timestamp()
    note: str | None = Field(default=None, sa_type=Text)


class PersonRole(SQLModel, table=True):
    """A title a person held at an organisation, from and to (ISO dates, open if empty)."""

    __tablename__ = "person_role"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = _fk("person.id")
    title: str = Field(sa_type=Text)
    organisation: str = Field(default="", sa_type=Text)
    start: str | None = Field(default=None, max_length=10)
    end: str | None = Field(default=None, max_length=10)
