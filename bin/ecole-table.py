#!/usr/bin/env python3
"""Per-class tables for bin/bench-bb-ecole: solved counts and shifted geometric means of time (shift 1 s,
unsolved runs at the time limit) and nodes (shift 10) per configuration, over all instances and over the
instances every configuration solved; the mean final gap (|bound - incumbent| / |incumbent|, 0 when solved;
runs without an incumbent are counted apart); reliability's node reduction over most-fractional.
Usage: ecole-table.py OUT brancher..."""
import json, math, os, sys
from collections import defaultdict

out, branchers = sys.argv[1], sys.argv[2:]
configs = [("cobalt-bb " + b, os.path.join(out, "cobalt-bb-%s.jsonl" % b)) for b in branchers]
configs.append(("scip", os.path.join(out, "scip.jsonl")))
runs = defaultdict(dict)  # (class, instance) -> config -> record
for name, path in configs:
    if not os.path.exists(path):
        continue
    for line in open(path):
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        cls = os.path.basename(os.path.dirname(r["file"]))
        runs[(cls, r["instance"])][name] = r

def sgm(values, shift):
    return math.exp(sum(math.log(v + shift) for v in values) / len(values)) - shift if values else float("nan")

def final_gap(r):
    """|bound - objective| / |objective| of an unsolved run; None without an incumbent or bound."""
    obj, bound = r.get("objective"), r.get("bound")
    if obj is None or bound is None or not math.isfinite(obj) or not math.isfinite(bound):
        return None
    return abs(bound - obj) / max(abs(obj), 1e-9)

def solved(r):
    return r is not None and r["status"] in ("OPTIMAL", "INFEASIBLE")

bad = [(k, n) for k, d in runs.items() for n, r in d.items()
       if r.get("verified") is False or r.get("referenceMatch") is False or r.get("objectiveMatch") is False]
names = [n for n, _ in configs]
for cls in sorted({c for c, _ in runs}):
    insts = sorted(i for c, i in runs if c == cls)
    common = [i for i in insts if all(solved(runs[(cls, i)].get(n)) for n in names)]
    print("\n### %s (%d instances, %d solved by all)\n" % (cls, len(insts), len(common)))
    print("| config | solved | sgm time (s) all | sgm nodes all | sgm time (s) common | sgm nodes common | mean final gap % |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for n in names:
        rs = [runs[(cls, i)].get(n) for i in insts]
        done = [r for r in rs if r is not None]
        t_all = [r["time"] if solved(r) else r["timeLimit"] for r in done]
        n_all = [max(0, r.get("nodes") or 0) for r in done]
        t_c = [runs[(cls, i)][n]["time"] for i in common]
        n_c = [max(0, runs[(cls, i)][n].get("nodes") or 0) for i in common]
        gaps = [0.0 if solved(r) else final_gap(r) for r in done]
        finite = [g for g in gaps if g is not None]
        gap_text = "%.2f" % (100 * sum(finite) / len(finite)) if finite else "-"
        if len(finite) < len(gaps):
            gap_text += " (%d without incumbent)" % (len(gaps) - len(finite))
        print("| %s | %d/%d | %.2f | %.0f | %.2f | %.0f | %s |" % (n, sum(solved(r) for r in done), len(done),
              sgm(t_all, 1), sgm(n_all, 10), sgm(t_c, 1), sgm(n_c, 10), gap_text))
    mf, rel = "cobalt-bb mostfrac", "cobalt-bb reliability"
    pair = [i for i in insts if solved(runs[(cls, i)].get(mf)) and solved(runs[(cls, i)].get(rel))]
    if pair:
        a = sgm([max(0, runs[(cls, i)][mf].get("nodes") or 0) for i in pair], 10)
        b = sgm([max(0, runs[(cls, i)][rel].get("nodes") or 0) for i in pair], 10)
        print("\nreliability vs most-fractional on the %d instances both solved: sgm nodes (shift 10) %.1f vs %.1f,"
              " %.0f%% fewer" % (len(pair), b, a, 100 * (1 - (b + 10) / (a + 10))))
    else:
        print("\nreliability vs most-fractional: no instance solved by both within the limit")
print("\nruns failing verification or disagreeing with a reference: %d %s" % (len(bad), bad[:5]))
