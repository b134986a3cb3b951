"""Writes the study workloads: workload.jsonl for development (seen phrasings only) and
heldout.jsonl from another seed, half its rows in phrasings no model trained on.

usage: /usr/bin/python3 models/study/make_workload.py [--out-dir DIR]

DIR defaults to models/study/next/, where the models of the current recipe are trained; the
files move up to models/study/ when those models replace the shipped ones (TRAINING.md).
"""
import argparse
import json
import os

import domain

HERE = os.path.dirname(os.path.abspath(__file__))
# name: (seed, easy, hard, safety rows, share of unseen phrasings)
FILES = {"workload.jsonl": (1001, 100, 140, 60, 0.0), "heldout.jsonl": (2002, 120, 240, 120, 0.5)}

ap = argparse.ArgumentParser()
ap.add_argument("--out-dir", default=os.path.join(HERE, "next"))
args = ap.parse_args()
os.makedirs(args.out_dir, exist_ok=True)
for name, (seed, easy, hard, safety, unseen) in FILES.items():
    rows = domain.workload(seed, easy, hard, safety, unseen)
    with open(os.path.join(args.out_dir, name), "w") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    print(name, len(rows))
