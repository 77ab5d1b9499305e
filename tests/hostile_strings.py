"""Hostile strings for everything the tool shows: markup, terminal escapes,
invisible characters and very long text.

Each case pairs what is stored with what a person must see. Markup and
invisible characters are shown exactly as stored; control characters are
shown as their Control Pictures (``\\x1b`` as ``␛``), one for one.
"""

from __future__ import annotations

from pathlib import Path

# Rich/Textual markup, emoji codes and an escaped bracket: all must show literally.
MARKUP = [
    "[/]",
    "[link=https://x.example]click[/link]",
    "[sic]",
    "[i]",
    "[bold red]",
    "[/bold]",
    "[@click=app.quit]q[/]",
    ":warning:",
    "\\[esc]",
]

# Characters a terminal acts on, and what is shown instead.
ESCAPES = {
    "\x1b]0;pwned\x07": "␛]0;pwned␇",  # sets the terminal title
    "\x1b[2J": "␛[2J",  # clears the screen
    "a\x00b": "a␀b",
    "c\rd": "c␍d",
    "e\x7ff": "e␡f",
    "\x9b31m": "\ufffd31m",  # the one-byte CSI of C1
}

# Invisible but harmless to the terminal: shown as stored.
INVISIBLE = [
    "\u202eevil\u202c",  # right-to-left override
    "zero\u200bwidth",
]

LONG = "[/]" + "[i]long " * 700  # 5,600 characters

# Article text (the reader drops control characters on import, so only
# markup and invisible characters reach titles and sentences).
TITLE = "Title [/] [sic] [i] :warning: \\[esc] \u202eevil\u202c"
SENTENCES = [
    "The mayor said [link=https://x.example]click[/link] today.",
    "Officials called it [sic] a plan [i] and [bold red] alarm.",
    "A closing [/bold] tag and [@click=app.quit]q[/] here.",
    "A zero\u200bwidth space and :warning: sign.",
]

# Reviewer names and notes (typed in, or merged from a file) can hold anything.
NAMES = {
    "[/]": "[/]",
    "[bold red]rev": "[bold red]rev",
    "\x1b]0;pwned\x07": "␛]0;pwned␇",
    "[link=https://x.example]ann[/link]": "[link=https://x.example]ann[/link]",
}
NOTES = {
    "see [/] here": "see [/] here",
    "[i]fine[/i] \x1b[2J": "[i]fine[/i] ␛[2J",
}


def article_file(folder: Path) -> Path:
    """A .txt article with the hostile title and sentences, one per line."""
    path = folder / "hostile.txt"
    path.write_text("\n".join([TITLE, *SENTENCES]) + "\n", encoding="utf-8")
    return path
