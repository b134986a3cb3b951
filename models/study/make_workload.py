"""Writes the study workloads: workload.jsonl for development, heldout.jsonl from another seed.

usage: /usr/bin/python3 models/study/make_workload.py
"""
import json
import os

import domain

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"workload.jsonl": 1001, "heldout.jsonl": 2002}

for name, seed in FILES.items():
    rows = domain.workload(seed, n_easy=100, n_hard=140, n_safety=60)
    with open(os.path.join(HERE, name), "w") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    print(name, len(rows))
