"""Import throughput: end-to-end ``import`` against segmentation alone.

Generates a synthetic news-like corpus (default about 20 MB, varied words so
no cache flatters the result), then measures in the same run:

* segmentation only: ``segment_text`` over the corpus already in memory;
* end to end: ``import_paths`` from files into a fresh SQLite database
  (read, decode, segment, store one transaction per article);
* peak memory of end-to-end imports of a small and the full corpus, each in
  a fresh process, to show memory stays flat as the corpus grows.

Prints one JSON line. Goals: end-to-end >= 60% of segmentation-only speed
and >= 4 MB/s.

    python bench/import_bench.py [--mb 20] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.segment import segment_text, segmenter_version  # noqa: E402

FIRST = ["Helena", "Daniel", "Tomás", "Aisha", "Marek", "Yuki", "Priya", "Samuel", "Ingrid", "Kofi", "Lucía", "Omar"]
LAST = [
    "Okafor",
    "Reyes",
    "Ferreira",
    "Rahman",
    "Novak",
    "Tanaka",
    "Iyer",
    "Brandt",
    "Lund",
    "Mensah",
    "Ortiz",
    "Haddad",
]
PLACES = ["Harrow Bay", "the U.S.", "Northfield", "Port Elling", "the E.U.", "Kestrel County", "Lakemoor", "Dunmore"]
VERBS = ["said", "told reporters", "wrote in a statement", "confirmed", "claimed", "warned", "argued", "noted"]
NOUNS = [
    "council",
    "plant",
    "budget",
    "pipeline",
    "agreement",
    "report",
    "tariff",
    "harbour",
    "grid",
    "survey",
    "election",
    "ministry",
    "contract",
    "reservoir",
    "strike",
    "audit",
    "tender",
    "ferry",
    "bridge",
    "levy",
]
ADJ = ["new", "costly", "delayed", "disputed", "landmark", "regional", "temporary", "secret", "unpopular", "modest"]
OPENERS = [
    "Analysts note that",
    "In reality,",
    "According to the ministry,",
    "Critics say",
    "Officials confirmed that",
    "It is widely believed that",
    "Dr. Rahman said",
    "By 9 a.m. Monday,",
]


def _word(rng: random.Random) -> str:
    # Invented words keep the vocabulary large, as in real news.
    return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(1, 4)))


def _sentence(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    core = (
        f"the {rng.choice(ADJ)} {rng.choice(NOUNS)} in {rng.choice(PLACES)} "
        f"{rng.choice(['will cost', 'cut', 'added', 'lost'])} ${rng.randint(1, 99)}.{rng.randint(1, 9)} million "
        f"{' '.join(_word(rng) for _ in range(rng.randint(2, 9)))}"
    )
    kind = rng.random()
    if kind < 0.25:
        return f"“{core[0].upper()}{core[1:]}. {rng.choice(['We expect more.', 'It is only the start.'])}” {name} {rng.choice(VERBS)}."
    if kind < 0.5:
        return f"{rng.choice(OPENERS)} {core}."
    return f"{core[0].upper()}{core[1:]}, {name} {rng.choice(VERBS)}."


def _article(rng: random.Random) -> str:
    lines = [f"{rng.choice(ADJ).title()} {rng.choice(NOUNS)} row in {rng.choice(PLACES)} {_word(rng)}"]
    for _ in range(rng.randint(6, 14)):
        if rng.random() < 0.15:
            lines.append(f"• {_sentence(rng)}")
        elif rng.random() < 0.1:
            lines.append(f"Q{rng.randint(1, 5)}. What happens to the {rng.choice(NOUNS)}?")
        else:
            lines.append(" ".join(_sentence(rng) for _ in range(rng.randint(1, 5))))
    return "\n".join(lines) + "\n"


def make_corpus(folder: Path, megabytes: float, seed: int = 7) -> int:
    """Write article files totalling about ``megabytes`` MB; return the byte count."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    n = 0
    while total < megabytes * 1_000_000:
        data = _article(rng).encode("utf-8")
        (folder / f"{n // 1000:03d}").mkdir(exist_ok=True)
        (folder / f"{n // 1000:03d}" / f"article_{n:06d}.txt").write_bytes(data)
        total += len(data)
        n += 1
    return total


def segmentation_only(folder: Path) -> tuple[float, int, int]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    units = sum(len(segment_text(t)) for t in texts)
    return time.perf_counter() - start, size, units


def end_to_end(folder: Path, db: Path) -> dict:
    """Run one import in a fresh process; return its time, counts and peak RSS."""
    code = f"""
import json, resource, time
from annotator.ingest import import_paths
from annotator.store import AnnotationStore
store = AnnotationStore.open({str(db)!r})
start = time.perf_counter()
report = import_paths(store, [{str(folder)!r}])
seconds = time.perf_counter() - start
store.close()
print(json.dumps({{"seconds": seconds, "articles": len(report.imported), "rejected": len(report.rejected),
                  "sentences": sum(a.sentences for a in report.imported),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--keep", type=Path, help="keep the corpus and databases in this folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        small_dir, full_dir = work / "corpus_small", work / "corpus_full"
        small_bytes = make_corpus(small_dir, args.mb / 4, seed=11)
        full_bytes = make_corpus(full_dir, args.mb, seed=7)

        seg_seconds, seg_bytes, seg_units = segmentation_only(full_dir)
        small = end_to_end(small_dir, work / "small.db")
        full = end_to_end(full_dir, work / "full.db")

    seg_mbps = seg_bytes / 1e6 / seg_seconds
    e2e_mbps = full_bytes / 1e6 / full["seconds"]
    result = {
        "benchmark": "import",
        "segmenter": segmenter_version(),
        "corpus_mb": round(full_bytes / 1e6, 2),
        "articles": full["articles"],
        "sentences": full["sentences"],
        "rejected": full["rejected"],
        "segmentation_only_mb_s": round(seg_mbps, 2),
        "end_to_end_mb_s": round(e2e_mbps, 2),
        "end_to_end_over_segmentation": round(e2e_mbps / seg_mbps, 3),
        "peak_rss_mb_small": round(small["peak_rss_mb"], 1),
        "peak_rss_mb_full": round(full["peak_rss_mb"], 1),
        "small_corpus_mb": round(small_bytes / 1e6, 2),
        "goal_ratio": 0.6,
        "goal_mb_s": 4.0,
        "meets_goals": e2e_mbps / seg_mbps >= 0.6 and e2e_mbps >= 4.0,
        "bench_process_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    assert seg_units == full["sentences"], "segmentation and import disagree on the unit count"
    print(json.dumps(result))


if __name__ == "__main__":
    main()
