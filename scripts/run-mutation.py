#!/usr/bin/env python3
"""Runs every file under a folder through the release `letters` and sorts the outcomes.

All files go through `letters batch` first (one worker process per job, each document killed
when it crashes or passes the time limit; starting `letters extract` once per file costs more
than most extractions). Every document the batch reports as a crashed, killed or timed-out
worker is then run again alone with `letters extract`, whose exit status decides. Outcomes:
  success  exit 0 and JSON on standard output
  error    exit 1 with one `letters: FILE: reason` line on standard error (a clear refusal)
  crash    killed by a signal (SIGSEGV, SIGABRT, SIGILL from a Swift trap, …) or any other exit
  hang     still running at the time limit (run again alone with four times the limit before it
           is counted, so a loaded machine does not make hangs)
  unclear  exit 1 without the one-line message
A document the batch failed with an ordinary reason (`damaged PDF`, `empty file`) is an error.
Crashes, hangs and unclear errors are listed with the file, so they can be rerun by hand.

Usage: scripts/run-mutation.py LETTERS FOLDER [--jobs 2] [--timeout 20] [--ocr never] [--json OUT]
"""
import argparse
import collections
import json
import os
import resource
import signal
import subprocess
import sys
import time


def run_one(letters, path, timeout, ocr):
    start = time.monotonic()
    try:
        p = subprocess.run([letters, "extract", "--ocr", ocr, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang", None, "", time.monotonic() - start
    elapsed = time.monotonic() - start
    err = p.stderr.decode("utf-8", "replace").strip()
    if p.returncode < 0 or p.returncode >= 128:
        sig = -p.returncode if p.returncode < 0 else p.returncode - 128
        return "crash", signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig), err, elapsed
    if p.returncode == 0:
        try:
            json.loads(p.stdout)
            return "success", 0, err, elapsed
        except ValueError:
            return "unclear", 0, "exit 0 without valid JSON", elapsed
    lines = err.splitlines()
    if p.returncode == 1 and len(lines) == 1 and lines[0].startswith("letters: "):
        return "error", 1, lines[0], elapsed
    return ("unclear" if p.returncode == 1 else "crash"), p.returncode, err[:500], elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("letters")
    parser.add_argument("folder")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("--ocr", default="never", choices=["auto", "always", "never"])
    parser.add_argument("--json", help="write every file's outcome here")
    args = parser.parse_args()
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.folder) for f in fs)
    results = {}
    started = time.monotonic()
    out = args.folder.rstrip("/") + ".out"
    subprocess.run([args.letters, "batch", args.folder, "-o", out, "--force", "--jobs", str(args.jobs),
                    "--timeout", str(args.timeout), "--ocr", args.ocr], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(out, "batch-report.json")) as f:
        report = json.load(f)
    worker_failure = ("worker crashed", "worker exited", "timed out", "out of memory")
    confirm = []
    for doc in report["documents"]:
        path = os.path.normpath(doc["input"])
        if doc["status"] == "converted":
            results[path] = ("success", 0, "", doc["seconds"] or 0)
        elif doc["status"] == "failed" and not any(w in (doc["error"] or "") for w in worker_failure):
            results[path] = ("error", 1, "letters: " + path + ": " + (doc["error"] or ""), doc["seconds"] or 0)
        else:
            confirm.append(path)
    # Anything the batch did not list is run alone too.
    confirm += [os.path.normpath(f) for f in files if os.path.normpath(f) not in results and os.path.normpath(f) not in confirm]
    batch_wall = time.monotonic() - started
    print(f"batch: {len(files)} files in {batch_wall:.0f} s with {args.jobs} jobs; "
          f"{len(confirm)} worker failures run again alone", file=sys.stderr, flush=True)
    for path in confirm:
        results[path] = run_one(args.letters, path, args.timeout, args.ocr)
    # A time-out on a loaded machine is not yet a hang: run it again alone, with more time.
    for f, r in list(results.items()):
        if r[0] == "hang":
            results[f] = run_one(args.letters, f, args.timeout * 4, args.ocr)
    wall = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    by_group = collections.defaultdict(collections.Counter)
    for f, r in results.items():
        by_group[os.path.relpath(os.path.dirname(f), args.folder)][r[0]] += 1
    kinds = ["success", "error", "crash", "hang", "unclear"]
    print(f"{'set':<8}" + "".join(f"{k:>9}" for k in kinds) + f"{'total':>9}")
    total = collections.Counter()
    for group in sorted(by_group):
        c = by_group[group]
        total.update(c)
        print(f"{group:<8}" + "".join(f"{c[k]:>9}" for k in kinds) + f"{sum(c.values()):>9}")
    print(f"{'all':<8}" + "".join(f"{total[k]:>9}" for k in kinds) + f"{sum(total.values()):>9}")
    times = sorted(r[3] for r in results.values())
    if times:
        print(f"time per file: median {times[len(times) // 2]:.2f} s, slowest {times[-1]:.2f} s; "
              f"largest peak RSS of one process {peak:.0f} MB (batch workers included); wall {wall:.0f} s with {args.jobs} jobs")
    reasons = collections.Counter(r[2].split(": ", 2)[-1] for r in results.values() if r[0] == "error")
    if reasons:
        print("most common errors:")
        for reason, n in reasons.most_common(8):
            print(f"  {n:>5}  {reason[:110]}")
    bad = [(f, r) for f, r in sorted(results.items()) if r[0] in ("crash", "hang", "unclear")]
    for f, r in bad:
        print(f"{r[0].upper()}: {f} ({r[1]}) {r[2][:300]}")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({f: {"outcome": r[0], "code": r[1], "message": r[2], "seconds": round(r[3], 3)}
                       for f, r in sorted(results.items())}, out, indent=1)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
