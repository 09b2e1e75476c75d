#!/bin/bash
# usage: tools/polnear-analysis/run.sh NAME
# Builds the evaluation (Release) of the checkout this script sits in (or $REPO), runs polnear-attribution on train and
# dev with result dumps, and writes $OUT/NAME.pkl and $OUT/NAME_dev.pkl (OUT defaults to /tmp/polnear-analysis) for the
# other scripts here. Data: $DATA, default ../shared/datasets beside the checkout.
set -e
here=$(cd "$(dirname "$0")" && pwd)
repo=${REPO:-$(cd "$here/../.." && pwd)}
data=${DATA:-$(cd "$repo/../shared/datasets" 2>/dev/null && pwd)}
out=${OUT:-/tmp/polnear-analysis}
mkdir -p "$out"
cd "$repo"
dotnet build src/AttributionKit.Evaluation -c Release 2>&1 | grep -E " error |rror\(s\)" | head -20
eval_dll=src/AttributionKit.Evaluation/bin/Release/net10.0/AttributionKit.Evaluation.dll
rm -f "$out/$1.dump" "$out/$1_dev.dump"
POLNEAR_SPLIT=train ATTRIBUTIONKIT_EVAL_DUMP="$out/$1.dump" dotnet "$eval_dll" polnear-attribution --data "$data" | grep -E "^   |^--"
POLNEAR_SPLIT=dev ATTRIBUTIONKIT_EVAL_DUMP="$out/$1_dev.dump" dotnet "$eval_dll" polnear-attribution --data "$data" | grep -E "^   |^--"
POLNEAR_DATA="$data" python3 "$here/score.py" "$out/$1.dump" train "$out/$1.pkl"
POLNEAR_DATA="$data" python3 "$here/score.py" "$out/$1_dev.dump" dev "$out/$1_dev.pkl"
