#!/usr/bin/env bash
# Trains the three edge models one after another (train_all.sh runs these beside the cloud stand-in).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-/usr/bin/python3}
mkdir -p artifacts logs
for m in edge-a edge-b edge-c; do $PY train.py $m > logs/$m.log 2>&1; done
