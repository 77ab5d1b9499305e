"""The one table of keys. Bindings, the footer and the help screen all read
it; every binding has an id so a user keymap can remap it."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

from db.labels import Label


@dataclass(frozen=True)
class Key:
    """One command: its keys, action, id and what help says about it."""

    id: str
    keys: str  # comma-separated, first one shown
    action: str
    description: str
    group: str
    show: bool = False
    priority: bool = False

    def binding(self) -> Binding:
        return Binding(self.keys, self.action, self.description, show=self.show, id=self.id, priority=self.priority)

    @property
    def shown_keys(self) -> str:
        """Keys as help shows them: ``1 / s``."""
        return " / ".join(_display(k) for k in self.keys.split(","))


def _display(key: str) -> str:
    return {"question_mark": "?", "slash": "/", "right_square_bracket": "]", "left_square_bracket": "[",
            "ctrl+z": "ctrl+z", "escape": "esc", "backspace": "⌫", "enter": "enter", "down": "↓", "up": "↑"
            }.get(key, key)


def _moves(item: str, unfinished: str) -> list[Key]:
    """The movement keys; review and adjudication name their ids apart."""
    words = unfinished.replace("-", " ")
    return [
        Key(f"next-{item}", "j,down", "move(1)", "next sentence", "Move"),
        Key(f"previous-{item}", "k,up", "move(-1)", "previous sentence", "Move"),
        Key(f"next-{unfinished}", "n", "next_unlabelled(1)", f"next {words}", "Move"),
        Key(f"previous-{unfinished}", "N", "next_unlabelled(-1)", f"previous {words}", "Move"),
        Key(f"first-{item}", "g", "first", "first sentence", "Move"),
        Key(f"last-{item}", "G", "last", "last sentence", "Move"),
    ]


LABEL_KEYS: dict[Label, tuple[str, str]] = {
    Label.SOURCED: ("1", "s"),
    Label.UNSOURCED: ("2", "u"),
    Label.OPINION: ("3", "o"),
    Label.SUSPICIOUS: ("4", "x"),
}

REVIEW_KEYS: list[Key] = [
    *(Key(f"label-{label.value}", ",".join(keys), f"label('{label.value}')", label.value, "Label", show=True)
      for label, keys in LABEL_KEYS.items()),
    Key("clear-label", "0,backspace", "clear_label", "clear", "Label", show=True),
    # Before edit-note: enter opens the next article only once this one is done (the screen says so).
    Key("open-next-article", "enter", "open_next", "open the next unfinished article (once this one is done)",
        "Move", priority=True),
    # Priority: the dialog opens before the next key is dispatched, so a note typed at once lands in it.
    Key("edit-note", "enter,e", "edit_note", "note", "Label", show=True, priority=True),
    Key("undo", "z,ctrl+z", "undo", "undo", "Label", show=True),
    Key("toggle-advance", "a", "toggle_advance", "auto-advance on/off", "Label"),
    *_moves("sentence", "unlabelled"),
    Key("next-article", "right_square_bracket", "switch_article(1)", "next article", "Move"),
    Key("previous-article", "left_square_bracket", "switch_article(-1)", "previous article", "Move"),
    Key("toggle-hints", "h", "toggle_hints", "show or hide hints", "Hints"),
    Key("verify-person", "v", "verify_person", "add the person named here to the registry", "Hints"),
    # Priority, like the note key: what is typed right after / goes into the field.
    Key("search", "slash", "search", "search", "Search", show=True, priority=True),
    # While a search is on, n and N go from match to match and esc ends the search first;
    # the screen's check_action lets through the one binding of each key that applies.
    Key("next-match", "n", "next_match(1)", "next match (while a search is on)", "Search"),
    Key("previous-match", "N", "next_match(-1)", "previous match (while a search is on)",
        "Search"),
    Key("end-search", "escape", "end_search", "end the search (a second esc goes back)", "Search"),
    Key("back", "escape,q", "back", "back to articles", "App", show=True),
]

ADJUDICATE_KEYS: list[Key] = [
    *(Key(f"gold-{label.value}", ",".join(keys), f"label('{label.value}')", label.value, "Adjudicate", show=True)
      for label, keys in LABEL_KEYS.items()),
    Key("clear-gold", "0,backspace", "clear_label", "clear gold", "Adjudicate", show=True),
    Key("gold-note", "enter,e", "edit_note", "note", "Adjudicate", show=True, priority=True),
    Key("undo-gold", "z,ctrl+z", "undo", "undo", "Adjudicate", show=True),
    Key("toggle-scope", "t", "toggle_scope", "disagreements / all multiply-labelled", "Adjudicate", show=True),
    *_moves("item", "without-gold"),
    Key("quit-adjudication", "escape,q", "back", "quit", "App", show=True),
]

LIST_KEYS: list[Key] = [
    Key("open-article", "enter", "open_article", "open", "Articles", show=True),
    Key("filter-articles", "slash", "filter", "filter by title", "Articles", show=True, priority=True),
    Key("next-unfinished", "n", "next_unfinished", "next unfinished", "Articles", show=True),
    Key("quit", "q", "app.quit", "quit", "App", show=True),
]

APP_KEYS: list[Key] = [
    Key("help", "question_mark", "help", "help", "App", show=True),
    Key("agreement", "A", "agreement", "agreement overview", "App", show=True),
    Key("force-quit", "ctrl+q", "quit", "quit", "App"),
]

AGREEMENT_KEYS: list[Key] = [
    Key("close-agreement", "escape,q,A", "close", "close the overview", "App"),
]

HELP_KEYS: list[Key] = [
    Key("close-help", "escape,q,question_mark", "close", "close help", "App"),
]

# Help lists the keys screen by screen, in the order a reviewer meets the screens.
SCREEN_KEYS: list[tuple[str, list[Key]]] = [
    ("Article list", LIST_KEYS),
    ("Review", REVIEW_KEYS),
    ("Adjudication", ADJUDICATE_KEYS),
    ("Agreement overview", AGREEMENT_KEYS),
    ("Help", HELP_KEYS),
    ("Everywhere", APP_KEYS),
]

ALL_KEYS: list[Key] = [key for _screen, keys in SCREEN_KEYS for key in keys]


def bindings(keys: list[Key]) -> list[Binding]:
    """Textual bindings for a list of keys."""
    return [key.binding() for key in keys]
