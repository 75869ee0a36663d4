#!/usr/bin/env python3
"""Scores the seeds with the shared scorer and fails if any headline figure is below its floor.

The floors are the figures measured and checked by hand when the extractor was last changed;
raise them when it improves, never lower them to make a change pass.
"""
import os, re, subprocess, sys

FLOORS = {"clause_recall": 1.0, "clause_precision": 1.0, "tracked_f1": 1.0, "owner": 1.0, "due": 1.0}

def main():
    binary = sys.argv[1]
    scorer = os.path.join("..", "shared", "eval", "eval_extract.py")
    gold = os.path.join("..", "shared", "eval", "gold")
    if not os.path.exists(scorer):
        print("shared/eval is not beside this checkout; the seed score cannot be checked here")
        return 0
    p = subprocess.run([sys.executable, scorer, binary, gold, "sample_data"], capture_output=True, text=True, timeout=300)
    print(p.stdout)
    line = [l for l in p.stdout.splitlines() if l.startswith("score:")]
    if not line:
        print("no score line:", p.stderr)
        return 1
    figures = dict((k, float(v)) for k, v in re.findall(r"(\w+)=([\d.]+)", line[0]))
    failed = [f"{k} {figures.get(k)} < {v}" for k, v in FLOORS.items() if figures.get(k, 0) < v]
    if figures.get("errors", 0) > 0:
        failed.append(f"errors {figures['errors']}")
    for f in failed:
        print("below floor:", f)
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
