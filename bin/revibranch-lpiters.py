#!/usr/bin/env python3
"""Shifted geometric means of nodes (shift 100), LP iterations (shift 1000) and time (shift 1 s) per solver
from `cobalt batch` JSON-lines files, over the instances every listed solver solved to optimality
(`cobalt compare` reports nodes and time but not LP iterations). Usage: revibranch-lpiters.py FILE.jsonl..."""
import json
import math
import sys
from collections import defaultdict


def sgm(values, shift):
    return math.exp(sum(math.log(v + shift) for v in values) / len(values)) - shift


runs = defaultdict(dict)
for path in sys.argv[1:]:
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            runs[r["solver"]][r["instance"]] = r
solvers = sorted(runs)
common = set.intersection(*[{i for i, r in runs[s].items() if r["status"] == "OPTIMAL" and r.get("verified")}
                            for s in solvers])
print(f"{len(common)} instances solved to optimality by all of: {', '.join(solvers)}")
print(f"{'solver':32s} {'solved':>6s} {'sgm nodes':>10s} {'sgm LP its':>11s} {'sgm time s':>10s} {'mean rlInfer ms':>15s}")
for s in solvers:
    rs = [runs[s][i] for i in sorted(common)]
    solved = sum(1 for r in runs[s].values() if r["status"] == "OPTIMAL")
    if not rs:
        print(f"{s:32s} {solved:6d}")
        continue
    infer = [r.get("counters", {}).get("rlInferenceMillis", 0) for r in rs]
    print(f"{s:32s} {solved:6d} {sgm([r['nodes'] for r in rs], 100):10.1f} "
          f"{sgm([r['lpIterations'] for r in rs], 1000):11.0f} {sgm([r['time'] for r in rs], 1):10.2f} "
          f"{sum(infer) / len(infer):15.0f}")
