"""Hints: precision and recall against labels given by hand to the sample
articles, the flags on the shared seed corpus with a registry of the real
officials it names, and the time to compute hints for a 2,000-sentence
article (goal: under 0.5 s).

    python bench/hints_bench.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.hint_evaluation import implied_label, precision_recall  # noqa: E402
from annotator.hint_report import import_registry, paragraph_texts, registry_from  # noqa: E402
from annotator.hints import sentence_hints  # noqa: E402
from annotator.ingest import import_paths  # noqa: E402
from annotator.store import AnnotationStore  # noqa: E402

DATA = ROOT / "tests" / "data" / "hints"
SAMPLES = ROOT / "annotator" / "samples" / "articles"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def hinted_articles(store, registry):
    for article in store.articles():
        sentences = store.sentences(article.id)
        paragraphs = paragraph_texts(sentences)
        per_sentence = [sentence_hints(s.text, paragraphs[s.paragraph], registry=registry) for s in sentences]
        yield article, sentences, per_sentence


def evaluate(folder: Path, registry_csv: Path, gold: dict) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store = AnnotationStore.open(Path(tmp) / "eval.db")
        import_paths(store, [folder])
        import_registry(store, registry_csv, verified_by="bench")
        registry = registry_from(store.people())
        pairs = []
        files = sorted(k for k in gold if not k.startswith("_"))  # imported in file-name order
        for article, sentences, hints in hinted_articles(store, registry):
            labels = gold[files[article.id - 1]]
            for s, h in zip(sentences, hints):
                if labels[s.index] is None:
                    continue
                same_paragraph = [x for t, hs in zip(sentences, hints) if t.paragraph == s.paragraph and t is not s
                                  for x in hs]
                pairs.append((labels[s.index], implied_label(h, same_paragraph)))
        store.close()
    return precision_recall(pairs, ["sourced", "unsourced", "opinion", "suspicious"])


def seed_flags() -> dict | None:
    if not SEEDS.is_dir():
        return None
    checks = {
        "misnamed commerce secretary": ("Marco Lutnick", {"possible_blend", "name_mismatch"}),
        "untraceable expert": ("Emily Hartwell", {"unverified_expert"}),
        "vague analysts": ("Analysts note", {"vague_attribution"}),
        "Bessent not a problem": ("Scott Bessent called", set()),
    }
    with tempfile.TemporaryDirectory() as tmp:
        store = AnnotationStore.open(Path(tmp) / "seeds.db")
        import_paths(store, [SEEDS])
        import_registry(store, DATA / "officials.csv", verified_by="bench")
        registry = registry_from(store.people())
        found = {}
        for _, sentences, hints in hinted_articles(store, registry):
            for s, hs in zip(sentences, hints):
                for name, (needle, kinds) in checks.items():
                    if needle in s.text:
                        got = {h.kind for h in hs}
                        found[name] = bool(got & kinds) if kinds else not (got & {
                            "quote_without_speaker", "name_mismatch", "possible_blend", "possible_misspelling",
                            "unverified_expert", "role_mismatch", "vague_attribution"})
        store.close()
    return found


def timing() -> dict:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir())]
    lines = [line for text in texts for line in text.splitlines() if len(line) > 20]
    sentences = [(lines[i % len(lines)], i // 4) for i in range(2000)]
    registry = registry_from([])
    start = time.perf_counter()
    paragraphs: dict[int, str] = {}
    for text, p in sentences:
        paragraphs[p] = paragraphs.get(p, "") + " " + text
    total = sum(len(sentence_hints(text, paragraphs[p], registry=registry)) for text, p in sentences)
    return {"sentences": 2000, "hints": total, "seconds": round(time.perf_counter() - start, 3)}


def main() -> None:
    gold = json.loads((DATA / "sample_labels.json").read_text(encoding="utf-8"))
    samples = evaluate(SAMPLES, DATA / "registry.csv", gold)
    t = timing()
    print(json.dumps({"benchmark": "hints", "samples": samples, "seed_flags": seed_flags(), "time_2000_sentences": t,
                      "meets_goal": t["seconds"] < 0.5}))


if __name__ == "__main__":
    main()
