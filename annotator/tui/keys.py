"""The one table of keys. Bindings, the footer and the help screen all read
it; every binding has an id so a user keymap can remap it. The label keys
come from the database's codebook (``label_keys``); the rest can be remapped
in the user's keymap file (``load_keymap``): ``$XDG_CONFIG_HOME/annotator/keys.toml``
or ``~/.config/annotator/keys.toml``, one ``id = "key"`` line per command
(the ids are the ``Key`` ids below, e.g. ``undo = "u"``; several keys:
``"u,ctrl+z"``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from textual.binding import Binding, BindingType
from textual.dom import DOMNode

from annotator.db.codebook import Codebook
from annotator.db.codebook_default import DEFAULT_CODEBOOK


@dataclass(frozen=True)
class Tip:
    """How a key shows in the footer. Lower ranks are shown first and kept
    when the width runs out; a ``pinned`` tip (help) is always shown. A pair
    of keys shares one tip (``j/k move``), given on the first of the two."""

    rank: int
    keys: str = ""  # as shown; default: the key's first key
    words: str = ""  # default: the key's description
    pinned: bool = False


@dataclass(frozen=True)
class Key:
    """One command: its keys, action, id, what help says about it and how
    the footer shows it (``tip``; None: help only)."""

    id: str
    keys: str  # comma-separated, first one shown
    action: str
    description: str
    group: str
    tip: Tip | None = None
    priority: bool = False

    def binding(self) -> Binding:
        return Binding(
            self.keys, self.action, self.description, show=self.tip is not None, id=self.id, priority=self.priority
        )

    @property
    def current_keys(self) -> str:
        """The keys in use: the user's keymap's, else the table's."""
        return _KEYMAP.get(self.id, self.keys)

    @property
    def shown_keys(self) -> str:
        """Keys as help shows them: ``1 / s``."""
        return " / ".join(_display(k) for k in self.current_keys.split(","))

    @property
    def footer(self) -> tuple[str, str]:
        """Keys and words as the footer shows them: ``("1", "sourced")``."""
        assert self.tip is not None
        remapped = self.id in _KEYMAP
        keys = _display(self.current_keys.split(",")[0]) if remapped or not self.tip.keys else self.tip.keys
        return keys, self.tip.words or self.description


def _display(key: str) -> str:
    return {
        "question_mark": "?",
        "slash": "/",
        "right_square_bracket": "]",
        "left_square_bracket": "[",
        "ctrl+z": "ctrl+z",
        "escape": "esc",
        "backspace": "⌫",
        "enter": "enter",
        "down": "↓",
        "up": "↑",
    }.get(key, key)


def _moves(item: str, unfinished: str) -> list[Key]:
    """The movement keys; review and adjudication name their ids apart."""
    words = unfinished.replace("-", " ")
    return [
        Key(f"next-{item}", "j,down", "move(1)", "next sentence", "Move", Tip(2, "j/k", "move")),
        Key(f"previous-{item}", "k,up", "move(-1)", "previous sentence", "Move"),
        Key(f"next-{unfinished}", "n", "next_unlabelled(1)", f"next {words}", "Move", Tip(6, "n/N", words)),
        Key(f"previous-{unfinished}", "N", "next_unlabelled(-1)", f"previous {words}", "Move"),
        Key(f"first-{item}", "g", "first", "first sentence", "Move", Tip(11, "g/G", "first/last")),
        Key(f"last-{item}", "G", "last", "last sentence", "Move"),
    ]


def label_keys(codebook: Codebook, *, gold: bool = False) -> list[Key]:
    """One key per label of the codebook (its key and alternate key), for
    the review screen or, with ``gold``, adjudication."""
    prefix, group = ("gold", "Adjudicate") if gold else ("label", "Label")
    return [
        Key(f"{prefix}-{label.value}", ",".join(label.keys), f"label('{label.value}')", label.name, group, Tip(1))
        for label in codebook.labels
    ]


# The review's keys other than the labels'.
REVIEW_COMMAND_KEYS: list[Key] = [
    Key("clear-label", "0,backspace", "clear_label", "clear", "Label", Tip(9)),
    # Before edit-note: enter opens the next article only once this one is done (the screen says so).
    Key(
        "open-next-article",
        "enter",
        "open_next",
        "open the next unfinished article (once this one is done)",
        "Move",
        priority=True,
    ),
    # Priority: the dialog opens before the next key is dispatched, so a note typed at once lands in it.
    Key("edit-note", "enter,e", "edit_note", "note", "Label", Tip(3, "e"), priority=True),
    Key("undo", "z,ctrl+z", "undo", "undo", "Label", Tip(8)),
    Key("toggle-advance", "a", "toggle_advance", "auto-advance on/off", "Label", Tip(14, words="auto-advance")),
    *_moves("sentence", "unlabelled"),
    Key("next-article", "right_square_bracket", "switch_article(1)", "next article", "Move", Tip(10, "[/]", "article")),
    Key("previous-article", "left_square_bracket", "switch_article(-1)", "previous article", "Move"),
    Key("toggle-hints", "h", "toggle_hints", "show or hide hints", "Hints", Tip(12, words="hints")),
    Key("all-hints", "H", "all_hints", "every hint of this sentence, in a box", "Hints"),
    Key(
        "verify-person",
        "v",
        "verify_person",
        "add the person named here to the registry",
        "Hints",
        Tip(13, words="add person"),
    ),
    # Priority, like the note key: what is typed right after / goes into the field.
    Key("search", "slash", "search", "search", "Search", Tip(4), priority=True),
    # While a search is on, n and N go from match to match and esc ends the search first;
    # the screen's check_action lets through the one binding of each key that applies.
    Key("next-match", "n", "next_match(1)", "next match (while a search is on)", "Search"),
    Key("previous-match", "N", "next_match(-1)", "previous match (while a search is on)", "Search"),
    Key("end-search", "escape", "end_search", "end the search (a second esc goes back)", "Search"),
    Key("back", "escape,q", "back", "back to articles", "App", Tip(7, words="back")),
]

# Adjudication's keys other than the labels'.
ADJUDICATE_COMMAND_KEYS: list[Key] = [
    Key("clear-gold", "0,backspace", "clear_label", "clear gold", "Adjudicate", Tip(9, words="clear")),
    Key("gold-note", "enter,e", "edit_note", "note", "Adjudicate", Tip(3, "e"), priority=True),
    Key("undo-gold", "z,ctrl+z", "undo", "undo", "Adjudicate", Tip(8)),
    Key(
        "toggle-scope",
        "t",
        "toggle_scope",
        "disagreements / all multiply-labelled",
        "Adjudicate",
        Tip(4, words="scope"),
    ),
    *_moves("item", "without-gold"),
    Key("quit-adjudication", "escape,q", "back", "quit", "App", Tip(7)),
]


def key_shown(key_id: str) -> str:
    """The first key of a review command as help shows it (the user's keymap's if remapped)."""
    return next(key for key in REVIEW_COMMAND_KEYS if key.id == key_id).shown_keys.split(" / ")[0]


def review_keys(codebook: Codebook) -> list[Key]:
    """Every key of the review screen: the codebook's labels first."""
    return [*label_keys(codebook), *REVIEW_COMMAND_KEYS]


def adjudicate_keys(codebook: Codebook) -> list[Key]:
    """Every key of adjudication: the codebook's labels first."""
    return [*label_keys(codebook, gold=True), *ADJUDICATE_COMMAND_KEYS]


# With the default codebook (what a database without one of its own uses).
REVIEW_KEYS: list[Key] = review_keys(DEFAULT_CODEBOOK)
ADJUDICATE_KEYS: list[Key] = adjudicate_keys(DEFAULT_CODEBOOK)

LIST_KEYS: list[Key] = [
    Key("open-article", "enter", "open_article", "open", "Articles", Tip(1)),
    Key("filter-articles", "slash", "filter", "filter by title", "Articles", Tip(2, words="filter"), priority=True),
    Key("next-unfinished", "n", "next_unfinished", "next unfinished", "Articles", Tip(3)),
    Key("quit", "q", "app.quit", "quit", "App", Tip(7)),
]

APP_KEYS: list[Key] = [
    Key("help", "question_mark", "help", "help", "App", Tip(5, pinned=True)),  # the way to every other key
    Key("agreement", "A", "agreement", "agreement overview", "App", Tip(15, words="agreement")),
    Key("progress", "P", "progress", "study progress", "App", Tip(16, words="progress")),
    Key("force-quit", "ctrl+q", "quit", "quit", "App"),
]

AGREEMENT_KEYS: list[Key] = [
    Key("close-agreement", "escape,q,A", "close", "close the overview", "App"),
]

PROGRESS_KEYS: list[Key] = [
    Key("close-progress", "escape,q,P", "close", "close the progress", "App"),
]

HINTS_DIALOG_KEYS: list[Key] = [
    Key("close-hints", "escape,q,H", "close", "close the hints", "App"),
]

HELP_KEYS: list[Key] = [
    Key("close-help", "escape,q,question_mark", "close", "close help", "App"),
]

# Keys of the filter field on the article list (the table uses up and down itself).
LIST_FILTER_KEYS: list[Key] = [
    Key("clear-filter", "escape", "clear_filter", "clear filter", "Articles"),
    Key("filter-next-article", "down", "highlight(1)", "next article", "Articles"),
    Key("filter-previous-article", "up", "highlight(-1)", "previous article", "Articles"),
]

# The dialogs' keys. Priority: enter is taken before the keys typed after it reach the field.
NOTE_DIALOG_KEYS: list[Key] = [Key("cancel-note", "escape", "cancel", "cancel", "Dialog")]
VERIFY_DIALOG_KEYS: list[Key] = [Key("cancel-verify", "escape", "cancel", "cancel", "Dialog")]
REVIEWER_NAME_KEYS: list[Key] = [
    Key("cancel-reviewer-name", "escape", "cancel", "cancel", "Dialog"),
    Key("save-reviewer-name", "enter", "submit", "save", "Dialog", priority=True),
]


def screen_keys(codebook: Codebook) -> list[tuple[str, list[Key]]]:
    """Help lists the keys screen by screen, in the order a reviewer meets the screens."""
    return [
        ("Article list", LIST_KEYS),
        ("Review", review_keys(codebook)),
        ("Adjudication", adjudicate_keys(codebook)),
        ("Agreement overview", AGREEMENT_KEYS),
        ("Study progress", PROGRESS_KEYS),
        ("Every hint of a sentence", HINTS_DIALOG_KEYS),
        ("Help", HELP_KEYS),
        ("Everywhere", APP_KEYS),
    ]


SCREEN_KEYS: list[tuple[str, list[Key]]] = screen_keys(DEFAULT_CODEBOOK)
ALL_KEYS: list[Key] = [key for _screen, keys in SCREEN_KEYS for key in keys]
# Keys that are never a label's (db.codebook.RESERVED_KEYS must name each; a test checks).
COMMAND_KEYS: frozenset[str] = frozenset(
    k for key in [*REVIEW_COMMAND_KEYS, *ADJUDICATE_COMMAND_KEYS] for k in key.keys.split(",") if len(k) == 1
) | {"/", "]", "[", "?"}


def bindings(keys: list[Key]) -> list[BindingType]:
    """Textual bindings for a list of keys."""
    return [key.binding() for key in keys]


def bind_keys(node: DOMNode, keys: list[Key]) -> None:
    """Add ``keys`` to one screen's bindings: the codebook's label keys,
    which the screen's class cannot know."""
    table = node._bindings.key_to_bindings
    for binding in Binding.make_bindings(bindings(keys)):
        # A new list: the screen's table shares its lists with the class's.
        table[binding.key] = [*table.get(binding.key, []), binding]


# --- the user's keymap -----------------------------------------------------------------------
_KEYMAP: dict[str, str] = {}


def keymap_path() -> Path:
    """Where the user's keymap lives: ``$XDG_CONFIG_HOME/annotator/keys.toml``,
    else ``~/.config/annotator/keys.toml``."""
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".config") / "annotator" / "keys.toml"


def _remappable() -> dict[str, Key]:
    keys = [
        *REVIEW_COMMAND_KEYS,
        *ADJUDICATE_COMMAND_KEYS,
        *LIST_KEYS,
        *LIST_FILTER_KEYS,
        *APP_KEYS,
        *AGREEMENT_KEYS,
        *PROGRESS_KEYS,
        *HELP_KEYS,
        *NOTE_DIALOG_KEYS,
        *VERIFY_DIALOG_KEYS,
        *REVIEWER_NAME_KEYS,
    ]
    return {key.id: key for key in keys}


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """The user's keymap (binding id -> keys) and a one-line warning when the
    file cannot be used (then nothing of it is used). No file: no keymap.
    Label keys are the codebook's and cannot be remapped here."""
    import tomllib

    path = path or keymap_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        reason = " ".join(str(getattr(exc, "strerror", None) or exc).split())
        return {}, f"keymap {path} not used: {reason}"
    known = _remappable()
    for name, value in data.items():
        if name not in known and name.startswith(("label-", "gold-")):
            return {}, f"keymap {path} not used: {name!r} is a label key (label keys come from the codebook)"
        if name not in known:
            return {}, f"keymap {path} not used: no key {name!r} (ids are listed in the README)"
        if not isinstance(value, str) or not all(part.strip() for part in value.split(",")):
            return {}, f'keymap {path} not used: {name} must be a key in quotes, e.g. {name} = "x"'
    return {name: ",".join(part.strip() for part in value.split(",")) for name, value in data.items()}, None


def use_keymap(keymap: dict[str, str]) -> None:
    """Show ``keymap``'s keys in the footer and help (the app binds them)."""
    _KEYMAP.clear()
    _KEYMAP.update(keymap)
