#!/usr/bin/env bash
# Trains the four study models: the cloud stand-in on one core, the edge models one after another on the other.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-/usr/bin/python3}
mkdir -p artifacts logs
$PY train.py cloud > logs/cloud.log 2>&1 &
cloud=$!
./train_edges.sh
wait $cloud
