#!/usr/bin/env python3
"""Measure the throughput targets of issue #6 in one window.

Decompresses ../shared/corpus/raw into one JSON Lines file (once, or takes
FILE), then runs, interleaved ROUNDS times so that drift on a shared
machine hits every run alike:

  floor:  LC_ALL=C grep -o -E '[0-9]+' FILE | wc -l
  t1:     scan --threads 1 --corpus FILE > /dev/null
  t2:     scan --threads 2 --corpus FILE > /dev/null

and prints each run's best and median wall time, the scans' peak RSS (from
GNU time, /usr/bin/time, when present), and the
two ratios the issue asks for: t1 / floor (target at most 3) and
t1 / t2 (target at least 1.8), from the best times and from the medians.

Usage: python3 tools/throughput.py [--scan BIN] [--rounds N] [--file FILE]
"""

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT.parent / "shared" / "corpus" / "raw"


def decompressed(path_arg):
    if path_arg:
        return Path(path_arg)
    out = Path(tempfile.gettempdir()) / "casualty-raw.jsonl"
    files = sorted(RAW.glob("*.jsonl.gz"))
    if not files:
        sys.exit(f"throughput: no corpus under {RAW}")
    want = sum(1 for _ in files)
    if not out.exists() or out.stat().st_mtime < max(f.stat().st_mtime for f in files):
        with open(out, "wb") as w:
            for f in files:
                with gzip.open(f, "rb") as r:
                    while chunk := r.read(1 << 20):
                        w.write(chunk)
        print(f"throughput: wrote {out} from {want} files", file=sys.stderr)
    return out


TIME = "/usr/bin/time"


def timed(cmd, shell=False):
    """Wall seconds and peak RSS (KB, or None) of one run of `cmd`.

    The peak comes from GNU time (`/usr/bin/time -f %M`) when it is there;
    the shell pipeline of the floor is timed without it."""
    peak = None
    with tempfile.NamedTemporaryFile("r") as out:
        if not shell and os.access(TIME, os.X_OK):
            cmd = [TIME, "-f", "%M", "-o", out.name] + cmd
        t = time.perf_counter()
        subprocess.run(cmd, shell=shell, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - t
        text = out.read().strip()
        if text.isdigit():
            peak = int(text)
    return wall, peak


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scan", default=str(ROOT / "target/release/examples/scan"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--file")
    args = ap.parse_args()
    if not os.access(args.scan, os.X_OK):
        sys.exit(f"throughput: no scan binary at {args.scan} "
                 "(cargo build --release --example scan)")
    f = decompressed(args.file)
    size = f.stat().st_size
    runs = {
        "floor": (f"LC_ALL=C grep -o -E '[0-9]+' {f} | wc -l", True),
        "t1": ([args.scan, "--threads", "1", "--corpus", str(f)], False),
        "t2": ([args.scan, "--threads", "2", "--corpus", str(f)], False),
    }
    times = {k: [] for k in runs}
    rss = {k: 0 for k in runs}
    for _ in range(args.rounds):
        for k, (cmd, shell) in runs.items():
            wall, peak = timed(cmd, shell)
            times[k].append(wall)
            if peak:
                rss[k] = max(rss[k], peak)
    print(f"file: {f} ({size / 1e6:.1f} MB), {args.rounds} interleaved rounds")
    print(f"{'run':6} {'best s':>7} {'median s':>9} {'MB/s (best)':>12} {'peak RSS':>9}")
    for k, ts in times.items():
        best, med = min(ts), statistics.median(ts)
        mem = f"{rss[k] / 1024:.0f} MB" if rss[k] else "-"
        print(f"{k:6} {best:7.2f} {med:9.2f} {size / 1e6 / best:12.0f} {mem:>9}")
    for label, pick in (("best", min), ("median", statistics.median)):
        fl, t1, t2 = (pick(times[k]) for k in ("floor", "t1", "t2"))
        print(f"{label:6}: t1/floor {t1 / fl:.2f} (target <= 3), t1/t2 {t1 / t2:.2f} (target >= 1.8)")


if __name__ == "__main__":
    main()
