#!/usr/bin/env bash
# Trains every study model of the current recipe, one after another, in resumable pieces:
#
#   models/study/train_all.sh [MINUTES]
#
# runs for at most MINUTES (default 110) in all, then stops after a checkpoint; run it again to
# go on where it stopped (checkpoints/NAME.pt). A model that has had all its steps is exported
# to next/study-NAME.gguf and skipped from then on. Order: the three edges (about 30 minutes
# each), then the cloud stand-in (hours). `pkill -TERM -f train.py` stops after a checkpoint.
# Runs at nice 19 on TRAIN_THREADS torch threads (default 2).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-/usr/bin/python3}
export TRAIN_THREADS=${TRAIN_THREADS:-2}
budget=$(( ${1:-110} * 60 ))
start=$(date +%s)
mkdir -p logs next
[ -f next/heldout.jsonl ] || $PY make_workload.py
for m in edge-a edge-b edge-c cloud; do
  # finished: exported after as many steps as the recipe now plans
  if [ -f next/study-$m.gguf ] && $PY -c "import json,sys,train; t=json.load(open('next/artifacts/study-$m.json'))['training']; sys.exit(t['steps'] < train.MODELS['$m']['steps'])"; then
    continue
  fi
  left=$(( budget - ($(date +%s) - start) ))
  if [ $left -lt 120 ]; then echo "time budget spent; run again to go on"; exit 0; fi
  echo "training $m for at most $(( left / 60 )) min (log: models/study/logs/$m.log)"
  nice -n 19 $PY train.py $m --max-minutes $(( left / 60 )) >> logs/$m.log 2>&1
done
