"""Widgets: display only. They never touch the database; screens push data
down and widgets post messages up."""
