"""Start-up cost of everyday commands, against the import floor measured in
the same run: a fresh Python process that only does `import typer, sqlalchemy`.

The script imports the sample articles into a fresh SQLite database with
`annotator import`, then times each command as a whole fresh process (the
installed console script), from start to exit, alternating with the floor:
`label`, `articles`, `sentences 1`, `hints 1` and `export` of the sample
labels (a few dozen rows). Wall-clock and processor seconds are both
reported; on a shared machine the processor time is the steadier figure.

The commands start with the garbage collector off and end without Python's
teardown (see annotator/cli_process.py), which a bare `python -c` does not
do, so a second floor is measured too, started and ended the same way
(`lean_floor`): the ratio to it is what the command's own work costs.

It also times `label --from FILE` with 10,000 labels (a synthetic article of
10,000 sentences, imported first): seconds and labels per second.

    python bench/cli_bench.py [--runs 15] [--batch 10000] [--only label,articles]

Goal: each command's p50 within 1.3x of the floor's p50; the batch in a few
seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "annotator" / "samples" / "articles"
GOAL_RATIO = 1.3
LABELS = ("sourced", "unsourced", "opinion", "suspicious")
FLOOR = [sys.executable, "-c", "import typer, sqlalchemy"]
LEAN_FLOOR = [sys.executable, "-c", "import gc, os; gc.disable(); import typer, sqlalchemy; os._exit(0)"]
_WORDS = "the council said water prices would rise next year after a long review of costs and fees".split()


def annotator_command() -> list[str]:
    """The console script installed beside this Python, as a user runs it
    (``python -m annotator`` when there is none)."""
    script = Path(sys.executable).with_name("annotator")
    if script.exists():
        return [str(script)]
    found = shutil.which("annotator")
    return [found] if found else [sys.executable, "-m", "annotator"]


def timed(args: list[str], cwd: Path, env: dict[str, str], cpu: list[float] | None = None) -> float:
    """Seconds from start to exit of one fresh process (output discarded);
    its processor seconds (user + system) are appended to ``cpu``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[-3:])} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return elapsed


def pct(values: list[float], q: int) -> float:
    """The q-th percentile (inclusive method), in seconds."""
    if len(values) == 1:
        return round(values[0], 3)
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 3)


def commands(tool: list[str], db: Path, out: Path) -> dict[str, object]:
    """Each benchmarked command: a list of argv, or a function of the run
    number giving one (``label`` sets a different label each time, so every
    run writes a change and an event)."""
    base = [*tool, "--db", str(db)]
    return {
        "label": lambda run: [*base, "label", str(3 + run % 60), LABELS[run % 4], "--annotator", "bench"],
        "articles": [*base, "articles"],
        "sentences": [*base, "sentences", "1"],
        "hints": [*base, "hints", "1"],
        "export": [*base, "export", str(out)],
    }


def write_article(path: Path, sentences: int, seed: int = 11) -> None:
    """One article: a title line, then one sentence per line."""
    rng = random.Random(seed)
    lines = ["A long article for batch labelling"]
    lines += [" ".join(rng.choice(_WORDS) for _ in range(9)).capitalize() + "." for _ in range(sentences - 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def batch_label(tool: list[str], folder: Path, env: dict[str, str], count: int) -> dict[str, object]:
    """Time ``label --from FILE`` with ``count`` labels on a new article."""
    db, article = folder / "batch.db", folder / "batch.txt"
    write_article(article, count)
    subprocess.run(
        [*tool, "--db", str(db), "import", str(article)], capture_output=True, cwd=folder, env=env, check=True
    )
    rows = subprocess.run(
        [*tool, "--db", str(db), "sentences", "1", "--json"], capture_output=True, cwd=folder, env=env, check=True
    )
    ids = [s["id"] for s in json.loads(rows.stdout)][:count]
    batch = folder / "batch.csv"
    with batch.open("w", encoding="utf-8") as handle:
        handle.write("sentence_id,label,note\n")
        handle.writelines(f"{sid},{LABELS[i % 4]},{'checked' if i % 10 == 0 else ''}\n" for i, sid in enumerate(ids))
    seconds = timed([*tool, "--db", str(db), "label", "--from", str(batch), "--annotator", "bench"], folder, env)
    return {"labels": len(ids), "seconds": round(seconds, 3), "labels_per_second": round(len(ids) / seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="alternating command and floor runs (default 15)")
    parser.add_argument("--batch", type=int, default=10_000, help="labels for label --from (0: skip)")
    parser.add_argument("--only", default="", help="comma-separated commands to time (default: all)")
    args = parser.parse_args()
    tool = annotator_command()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Byte code cached as on an installed system (an environment may turn
        # caching off); kept in the temporary folder, not in the source tree.
        env = {**os.environ, "ANNOTATOR_NAME": "bench", "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
        for name in ("ANNOTATOR_DB", "PYTHONDONTWRITEBYTECODE"):
            env.pop(name, None)
        db = folder / "bench.db"
        subprocess.run(
            [*tool, "--db", str(db), "import", str(SAMPLES)], capture_output=True, cwd=folder, env=env, check=True
        )
        for sid in range(2, 40):  # a few labels, so articles and export have something to show
            subprocess.run(
                [*tool, "--db", str(db), "label", str(sid), LABELS[sid % 4]],
                capture_output=True,
                cwd=folder,
                env=env,
                check=True,
            )
        measured = commands(tool, db, folder / "out.csv")
        if args.only:
            measured = {name: argv for name, argv in measured.items() if name in args.only.split(",")}
        for argv in (FLOOR, LEAN_FLOOR, *measured.values()):  # one untimed run each: byte code written, files cached
            timed(argv(0) if callable(argv) else argv, folder, env)
        times: dict[str, list[float]] = {name: [] for name in measured}
        floors: dict[str, list[float]] = {name: [] for name in measured}
        cpu: dict[str, list[float]] = {name: [] for name in measured}
        floor_cpu: dict[str, list[float]] = {name: [] for name in measured}
        lean, lean_cpu = [], []
        for run in range(args.runs):
            for name, argv in measured.items():
                floors[name].append(timed(FLOOR, folder, env, floor_cpu[name]))
                times[name].append(timed(argv(run) if callable(argv) else argv, folder, env, cpu[name]))
            lean.append(timed(LEAN_FLOOR, folder, env, lean_cpu))
        batch = batch_label(tool, folder, env, args.batch) if args.batch else None
    floor_all = [t for values in floors.values() for t in values]
    floor_p50 = statistics.median(floor_all)
    report = {
        "benchmark": "cli",
        "runs": args.runs,
        "floor_seconds": {
            "p50": pct(floor_all, 50),
            "p99": pct(floor_all, 99),
            "cpu_p50": pct([t for values in floor_cpu.values() for t in values], 50),
        },
        "commands": {
            name: {
                "p50": pct(values, 50),
                "p99": pct(values, 99),
                # Against the floor runs taken next to this command's runs.
                "over_floor_p50": round(statistics.median(values) / statistics.median(floors[name]), 2),
                "over_floor_p99": round(pct(values, 99) / pct(floors[name], 99), 2),
                # Processor time, which other work on a shared machine disturbs less than the clock.
                "cpu_p50": pct(cpu[name], 50),
                "cpu_over_floor_p50": round(statistics.median(cpu[name]) / statistics.median(floor_cpu[name]), 2),
                "over_lean_floor_p50": round(statistics.median(values) / statistics.median(lean), 2),
            }
            for name, values in times.items()
        },
        "lean_floor_seconds": {"p50": pct(lean, 50), "p99": pct(lean, 99), "cpu_p50": pct(lean_cpu, 50)},
        "goal_over_floor": GOAL_RATIO,
        "label_from_file": batch,
    }
    report["meets_goal"] = all(c["over_floor_p50"] <= GOAL_RATIO for c in report["commands"].values())
    report["floor_p50_all"] = round(floor_p50, 3)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
