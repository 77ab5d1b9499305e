"""The review screen: read an article sentence by sentence and label it.
The keys and saving it shares with adjudication are in ``labeling.py``."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult

from annotator.label_writer import LabelWriter, annotation_saver
from annotator.review_session import Mark, ReviewSession
from annotator.store import AnnotationStore
from annotator.tui.keys import APP_KEYS, REVIEW_KEYS, bindings
from annotator.tui.widgets.key_bar import KeyBar
from annotator.tui.messages import LoadFailed, ReviewLoaded
from annotator.tui.screens.labeling import LabelingScreen
from annotator.tui.widgets.article_view import ArticleView, Chip
from annotator.tui.widgets.review_status import ReviewStatus
from db.labels import Label
from db.schemas import ReviewData


class ReviewScreen(LabelingScreen):
    """One article, one reviewer."""

    BINDINGS = bindings(REVIEW_KEYS)

    def __init__(
        self,
        store: AnnotationStore,
        reviewer: str,
        article_id: int,
        *,
        article_ids: list[int] | None = None,
        auto_advance: bool = True,
        preloaded: ReviewData | None = None,
    ) -> None:
        super().__init__(LabelWriter(annotation_saver(store, reviewer)))
        self.store = store
        self.reviewer = reviewer
        self.article_id = article_id
        self.article_ids = article_ids or [article_id]
        self.auto_advance = auto_advance
        self.title_text = ""
        self.preloaded = preloaded

    def compose(self) -> ComposeResult:
        yield ReviewStatus(id="review-status")
        yield ArticleView(id="article")
        yield KeyBar([*REVIEW_KEYS, *APP_KEYS])

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        if self.preloaded is not None and self.preloaded.article_id == self.article_id:
            # Read before the UI started (``review --article``): show it in the first frame.
            self._loaded(ReviewLoaded(self.preloaded))
            self.preloaded = None
        else:
            self.load(self.article_id)

    # --- loading --------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="review-load", exit_on_error=False)
    def load(self, article_id: int) -> None:
        try:
            data = self.store.review_data(article_id, self.reviewer)
        except Exception as exc:
            self.post_message(LoadFailed(str(exc)))
        else:
            self.post_message(ReviewLoaded(data))

    @on(ReviewLoaded)
    def _loaded(self, message: ReviewLoaded) -> None:
        data = message.data
        saved = {
            sid: Mark(Label(label) if label else None, note) for sid, (label, note) in data.marks.items()
        }
        self.article_id = data.article_id
        self.title_text = data.title
        self.session = ReviewSession(data.sentences, saved=saved, auto_advance=self.auto_advance)
        view = self.query_one(ArticleView)
        view.show(
            [s.text for s in data.sentences], [s.paragraph for s in data.sentences],
            [self._chip(i) for i in range(len(data.sentences))], self.session.cursor,
        )
        self._update_status()

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        self.notify(message.error, title="Could not open the article", severity="error")

    # --- drawing ------------------------------------------------------------------------
    def _chip(self, index: int) -> Chip:
        assert self.session is not None
        mark = self.session.mark(index)
        return Chip(mark.label.value if mark.label else None, bool(mark.note), self.session.is_pending(index))

    def _redraw(self, *indexes: int) -> None:
        view = self.query_one(ArticleView)
        for index in indexes:
            view.set_chip(index, self._chip(index))
        if self.session is not None:
            view.set_cursor(self.session.cursor)
        self._update_status()

    def _update_status(self) -> None:
        if self.session is None:
            return
        self.query_one(ReviewStatus).show(
            title=self.title_text, position=self.session.cursor + 1, total=len(self.session.sentences),
            labelled=self.session.labelled_count(),
            counts={label.value: n for label, n in self.session.label_counts().items()},
            auto_advance=self.session.auto_advance, reviewer=self.reviewer,
        )

    # --- review-only actions (keys in keys.REVIEW_KEYS) ---------------------------------------
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

