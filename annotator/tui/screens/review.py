"""The review screen: read an article sentence by sentence and label it.
The keys and saving it shares with adjudication are in ``labeling.py``,
search inside the article in ``searchable.py``. Once the last unlabelled
sentence is labelled, it says the article is done and ``enter`` opens the
next unfinished one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.widget import Widget

from annotator.db.records import ReviewData
from annotator.exports.display_text import visible
from annotator.label_writer import LabelWriter, annotation_saver
from annotator.next_article import next_unfinished
from annotator.review_session import Mark, ReviewSession
from annotator.store import AnnotationStore
from annotator.tui.hints_ahead import HintsAhead
from annotator.tui.keys import APP_KEYS, REVIEW_COMMAND_KEYS, bind_keys, bindings, key_shown, label_keys, review_keys
from annotator.tui.messages import HintContextLoaded, LoadFailed, NextArticleFound, ReviewLoaded, post_loaded
from annotator.tui.screens.searchable import SearchableScreen
from annotator.tui.widgets.article_view import ArticleView, Chip
from annotator.tui.widgets.done_banner import DoneBanner
from annotator.tui.widgets.hints_panel import HintsPanel, mark_style
from annotator.tui.widgets.key_bar import KeyBar
from annotator.tui.widgets.review_status import ReviewStatus
from annotator.tui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from datetime import date

    from annotator.hints import Hint, Registry

# The hints whose cue is a person's name (kept here: the hint machinery loads after the first frame).
NAME_KINDS = {
    "name_verified",
    "name_mismatch",
    "possible_blend",
    "possible_misspelling",
    "unverified_expert",
    "role_mismatch",
}


class ReviewScreen(SearchableScreen):
    """One article, one reviewer."""

    BINDINGS = bindings(REVIEW_COMMAND_KEYS)  # and the codebook's label keys, bound per screen

    def __init__(
        self,
        store: AnnotationStore,
        reviewer: str,
        article_id: int,
        *,
        article_ids: list[int] | None = None,
        auto_advance: bool = True,
        preloaded: ReviewData | None = None,
        hints: bool = True,
    ) -> None:
        super().__init__(LabelWriter(annotation_saver(store, reviewer)))
        self.store = store
        self.codebook = store.codebook()
        bind_keys(self, label_keys(self.codebook))
        self.reviewer = reviewer
        self.article_id = article_id
        self.article_ids = article_ids or [article_id]
        self.auto_advance = auto_advance
        self.title_text = ""
        self.preloaded = preloaded
        self.hints_allowed = hints  # off for the whole session in blind studies (--no-hints)
        self.hints_shown = hints
        self.hint_context: tuple[Registry, date | None] | None = None  # (registry, published date)
        self._ahead: HintsAhead | None = None  # this article's hints, with hint_context
        self._preparing = False  # what the next keys need is being prepared (_prepare)
        self.paragraph_text: dict[int, str] = {}
        self.done = False  # every sentence labelled (and saved)
        self.next_article: int | None = None  # what enter opens once done

    def compose(self) -> ComposeResult:
        yield ReviewStatus(self.codebook, id="review-status")
        yield ArticleView(id="article", names={label.value: label.name for label in self.codebook.labels})
        yield DoneBanner(id="article-done")
        yield SearchBar(id="search-bar")
        if self.hints_allowed:
            yield HintsPanel(id="hints", all_hints_key=key_shown("all-hints"))
        yield KeyBar([*review_keys(self.codebook), *APP_KEYS])

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        if self.preloaded is not None and self.preloaded.article_id == self.article_id:
            # Read before the UI started (``review --article``): show it in the first frame.
            self._loaded(ReviewLoaded(self.preloaded))
            self.preloaded = None
            # After the first frame: the worker would otherwise compete with it for the interpreter.
            self.call_after_refresh(self.load_hint_context, self.article_id)
        else:
            self.load(self.article_id)

    # --- loading --------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="review-load", exit_on_error=False)
    def load(self, article_id: int) -> None:
        if post_loaded(self, lambda: ReviewLoaded(self.store.review_data(article_id, self.reviewer))):
            self._read_hint_context(article_id)

    @work(thread=True, group="hint-context", exit_on_error=False)
    def load_hint_context(self, article_id: int) -> None:
        self._read_hint_context(article_id)

    def _read_hint_context(self, article_id: int) -> None:
        # Runs in a worker: loading the hint machinery and the registry never
        # delays the first frame or a key press.
        if not self.hints_allowed:
            return

        def context() -> HintContextLoaded:
            from annotator.hints.preload import preload
            from annotator.hints.report import parse_day, registry_from

            preload()
            registry = registry_from(self.store.people())
            return HintContextLoaded(article_id, registry, parse_day(self.store.article_published(article_id)))

        post_loaded(self, context, failed="hints unavailable: ")  # hints are an aid: the review goes on without them

    @on(HintContextLoaded)
    def _hint_context_loaded(self, message: HintContextLoaded) -> None:
        if message.article_id == self.article_id:
            self.hint_context = (message.registry, message.published)
            self._reset_hints()
            self._show_hints()
            self._prepare_later()

    @on(ReviewLoaded)
    def _loaded(self, message: ReviewLoaded) -> None:
        data = message.data
        saved = {sid: Mark(label or None, note) for sid, (label, note) in data.marks.items()}
        self.article_id = data.article_id
        self.title_text = data.title
        self.end_search_quietly()
        self.session = ReviewSession(
            data.sentences, saved=saved, auto_advance=self.auto_advance, labels=self.codebook.values
        )
        # Only labelling the last sentence says "done": an article opened finished does not.
        self.done = self._complete()
        self._offer_next(None)
        self.paragraph_text = {}
        for s in data.sentences:
            self.paragraph_text[s.paragraph] = f"{self.paragraph_text.get(s.paragraph, '')} {s.text}".strip()
        self._reset_hints()
        view = self.query_one(ArticleView)
        view.show(
            [s.text for s in data.sentences],
            [s.paragraph for s in data.sentences],
            [self._chip(i) for i in range(len(data.sentences))],
            self.session.cursor,
            [self.session.mark(i).note for i in range(len(data.sentences))],
        )
        self._update_status()
        self._prepare_later()

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        self.notify(visible(message.error), title="Could not open the article", severity="error", markup=False)

    # --- drawing ------------------------------------------------------------------------
    def _chip(self, index: int) -> Chip:
        assert self.session is not None
        mark = self.session.mark(index)
        return Chip(mark.label, bool(mark.note), self.session.is_pending(index))

    def _redraw(self, *indexes: int) -> None:
        view = self.query_one(ArticleView)
        for index in indexes:
            view.set_chip(index, self._chip(index))
            if self.session is not None:
                view.set_note(index, self.session.mark(index).note)
        if self.session is not None:
            view.set_cursor(self.session.cursor)
        self._update_status()
        self._show_hints()
        self._say_found()
        self._check_done()
        # Last: it posts to the screen, which must find every widget above already waiting to be drawn,
        # or the next frame would go out without some of them.
        self._prepare_later()

    def current_hints(self) -> list[Hint]:
        """The hints of the sentence under the cursor (empty while hidden)."""
        if self.session is None or not self.hints_shown or self._ahead is None:
            return []
        return self._ahead.of(self.session.cursor)

    def _reset_hints(self) -> None:
        # Another article or another registry: every sentence's hints are worked out again.
        if self.session is not None and self.hint_context is not None:
            self._ahead = HintsAhead(self.session.sentences, self.paragraph_text, *self.hint_context)
        else:
            self._ahead = None

    def _prepare(self) -> None:
        """Do one piece of what the next keys will need while the reviewer
        reads: the hints of a sentence next to the cursor, else some lines
        below the view. One piece per call, after the screen is drawn: a key
        pressed meanwhile waits for one piece at most."""
        self._preparing = False
        if self.session is None:
            return
        view = self.query_one(ArticleView)
        ahead = self._ahead if self.hints_shown else None
        prepared = ahead.prepare_one(self.session.cursor) if ahead is not None else None
        if ahead is not None and prepared is not None:
            view.prepare_marks(prepared, self._marks(prepared, ahead.of(prepared)))
            self._prepare_later()
        elif view.render_ahead():
            self._prepare_later()

    def _prepare_later(self) -> None:
        if not self._preparing and self.session is not None:
            self._preparing = True
            self.call_after_refresh(self._prepare)

    def _show_hints(self) -> None:
        if self.session is None:
            return
        hints = []
        if self.hints_allowed and not (self.hint_context is None and self.hints_shown):  # else still loading
            hints = self.current_hints()
            registry = self.hint_context[0] if self.hint_context else None
            self.query_one(HintsPanel).show(hints, enabled=self.hints_shown, name_checks=bool(registry))
        self.query_one(ArticleView).set_marks(self.session.cursor, self._marks(self.session.cursor, hints))

    def _marks(self, index: int, hints: list[Hint]) -> list[tuple[int, int, str]]:
        """The article-view marks of sentence ``index``: its hints, then the search matches."""
        return [*((h.start, h.end, f"hint-{mark_style(h.kind)}") for h in hints), *self.search_marks(index)]

    def _update_status(self) -> None:
        if self.session is None:
            return
        self.query_one(ReviewStatus).show(
            title=self.title_text,
            position=self.session.cursor + 1,
            total=len(self.session.sentences),
            labelled=self.session.labelled_count(),
            counts=self.session.label_counts(),
            auto_advance=self.session.auto_advance,
            reviewer=self.reviewer,
        )

    # --- review-only actions (keys in keys.REVIEW_COMMAND_KEYS) ---------------------------------------
    def action_toggle_hints(self) -> None:
        if not self.hints_allowed:
            self.notify("Hints are off for this session.")
            return
        self.hints_shown = not self.hints_shown
        self._show_hints()

    def action_all_hints(self) -> None:
        from annotator.tui.screens.hints_dialog import HintsDialog

        if not self.hints_allowed or self.session is None:
            self.notify("Hints are off for this session.")
            return
        panel = self.query_one(HintsPanel)
        self.app.push_screen(HintsDialog(f"Hints of sentence {self.session.cursor + 1}", panel.lines))

    def action_verify_person(self) -> None:
        from annotator.tui.screens.verify_dialog import VerifyPersonDialog

        assert self.session is not None
        hints = self.current_hints()
        if self.hint_context is not None:
            from annotator.hints import people_named  # loaded by the hint-context worker

            sentence = self.session.current
            named = people_named(sentence.text, self.paragraph_text.get(sentence.paragraph))
        else:
            named = []
        names = list(dict.fromkeys([*(h.cue for h in hints if h.kind in NAME_KINDS), *named]))
        unverified = [n for n in names if not any(h.cue == n and h.kind == "name_verified" for h in hints)]

        def done(result: tuple[str, str, str] | None) -> None:
            if result is not None:
                self.add_person(*result)

        self.app.push_screen(VerifyPersonDialog(unverified[0] if unverified else "", names), done)

    @work(thread=True, group="registry", exit_on_error=False)
    def add_person(self, name: str, title: str, organisation: str) -> None:
        try:
            self.store.add_person(
                name, verified_by=self.reviewer, role=(title, organisation, None, None) if title else None
            )
        except Exception as exc:
            self.post_message(LoadFailed(f"could not add {name}: {exc}"))
        else:
            self.app.call_from_thread(self.notify, visible(f"{name} added to the registry as verified."), markup=False)
            self._read_hint_context(self.article_id)

    def action_toggle_advance(self) -> None:
        assert self.session is not None
        self.session.auto_advance = self.auto_advance = not self.session.auto_advance
        self._update_status()

    async def action_switch_article(self, step: int) -> None:
        try:
            position = self.article_ids.index(self.article_id)
        except ValueError:
            return
        target = position + step
        if not 0 <= target < len(self.article_ids):
            self.notify("No more articles " + ("after" if step > 0 else "before") + " this one.")
            return
        await self.settle_writes()  # any failure is reported before the article changes
        self.session = None
        self.load(self.article_ids[target])

    # --- the article is done ---------------------------------------------------------------
    def _complete(self) -> bool:
        # Saved labels only: "done" is said when it is true in the database.
        assert self.session is not None
        return self.session.labelled_count() == len(self.session.sentences)

    def _check_done(self) -> None:
        if self.session is None:
            return
        complete = self._complete()
        if complete and not self.done and not self.session.pending:
            self.done = True
            self.find_next_article(self.article_id)
        elif not complete and self.done:
            self.done = False  # a label was cleared or undone
            self._offer_next(None)

    @work(thread=True, exclusive=True, group="next-article", exit_on_error=False)
    def find_next_article(self, done_article_id: int) -> None:
        try:
            found = next_unfinished(self.store.article_progress(self.reviewer), self.article_ids, done_article_id)
        except Exception as exc:
            self.post_message(LoadFailed(f"could not look for the next article: {exc}"))
        else:
            self.post_message(
                NextArticleFound(done_article_id, found.id if found else None, found.title if found else None)
            )

    @on(NextArticleFound)
    def _next_article_found(self, message: NextArticleFound) -> None:
        if message.done_article_id == self.article_id and self.done:
            self._offer_next(message)

    def _offer_next(self, found: NextArticleFound | None) -> None:
        self.next_article = found.article_id if found else None
        banner = self.query_one(DoneBanner)
        if found is None or self.session is None:
            banner.clear()
        else:
            banner.offer(len(self.session.sentences), found.title if found.article_id is not None else None)

    async def action_open_next(self) -> None:
        target = self.next_article
        if target is None:
            return
        if target not in self.article_ids:
            self.article_ids.append(target)
        await self.settle_writes()
        self.session = None
        self._offer_next(None)
        self.load(target)

    # --- keys -----------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_next" and self.next_article is None:
            return False  # enter writes a note until the article is done
        return super().check_action(action, parameters)

    def focus_after_search(self) -> Widget:
        return self.query_one(ArticleView)
