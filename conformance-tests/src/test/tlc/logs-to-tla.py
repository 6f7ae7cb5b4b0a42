#!/usr/bin/env python3
"""Writes TraceData.tla for one two-phase commit log (sends and decisions, as TwoPhaseCommitLogs writes them)."""
import json, sys

def tla(v):
    if isinstance(v, str): return '"' + v + '"'
    if isinstance(v, list): return "{" + ", ".join(tla(x) for x in v) + "}"
    return str(v)

lines = []
for raw in open(sys.argv[1]):
    if not raw.strip(): continue
    e = json.loads(raw)
    if e["ev"] == "send":
        kinds = sorted({m["kind"] for m in e["msgs"]})
        rec = {"ev": e["ev"], "node": e["node"], "kind": kinds[0], "to": sorted({m["to"] for m in e["msgs"]}),
               "outcome": ""}
    else:
        rec = {"ev": e["ev"], "node": e["node"], "kind": "", "to": [], "outcome": e["outcome"]}
    lines.append("[" + ", ".join(k + " |-> " + tla(v) for k, v in rec.items()) + "]")
with open(sys.argv[2], "w") as out:
    out.write("---- MODULE TraceData ----\nEXTENDS Sequences\nTrace == <<\n  " + ",\n  ".join(lines) + "\n>>\n====\n")
