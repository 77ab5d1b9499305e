"""Agreement: our Krippendorff's alpha and Fleiss' kappa on 200,000 units x
5 raters with 20% of ratings missing, against the ``krippendorff`` package on
the same data in the same run; then the whole ``annotator agreement`` report
on the benchmark database with 1,000,000 annotations.

    python bench/agreement_bench.py [--keep DIR] [--repeat 5]

Goals: at least as fast as the package and equal to 1e-9; the report in
under 5 seconds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.exports.agreement import fleiss_kappa, krippendorff_alpha  # noqa: E402
from bench.review_bench import benchmark_database  # noqa: E402


def best_of(repeat: int, fn):
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the database in this folder")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    import krippendorff

    rng = np.random.default_rng(2026)
    data = rng.integers(0, 4, size=(200_000, 5)).astype(float)
    copy = rng.random(data.shape) < 0.5  # some agreement beyond chance
    data[copy] = np.repeat(data[:, :1], 5, axis=1)[copy]
    data[rng.random(data.shape) < 0.2] = np.nan

    ours_best, ours_median, ours = best_of(args.repeat, lambda: krippendorff_alpha(data))
    peer_best, peer_median, peer = best_of(
        args.repeat, lambda: krippendorff.alpha(reliability_data=data.T, level_of_measurement="nominal")
    )
    fleiss_best, fleiss_median, fleiss = best_of(args.repeat, lambda: fleiss_kappa(data))

    with benchmark_database(args.keep) as db:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "annotator", "--db", str(db), "agreement", "--json"],
            capture_output=True,
            check=True,
            cwd=ROOT,
        )
        report_seconds = time.perf_counter() - start

    print(
        json.dumps(
            {
                "benchmark": "agreement",
                "units": data.shape[0],
                "raters": data.shape[1],
                "missing": 0.2,
                "alpha": ours,
                "peer_alpha": peer,
                "difference": abs(ours - peer),
                "alpha_seconds_best": round(ours_best, 4),
                "peer_seconds_best": round(peer_best, 4),
                "alpha_seconds_median": round(ours_median, 4),
                "peer_seconds_median": round(peer_median, 4),
                "alpha_over_peer": round(ours_best / peer_best, 3),
                "fleiss_kappa": fleiss,
                "fleiss_seconds_best": round(fleiss_best, 4),
                "report_seconds_1m_annotations": round(report_seconds, 2),
                "meets_goals": ours_best <= peer_best and abs(ours - peer) <= 1e-9 and report_seconds < 5,
            }
        )
    )


if __name__ == "__main__":
    main()
