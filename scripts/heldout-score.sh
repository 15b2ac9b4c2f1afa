#!/usr/bin/env bash
# Scores `vas scan` on the held-out corpora in test/fixtures/heldout (see its README), with the shared scorer.
#   scripts/heldout-score.sh [batch1|…|batch51] [score.mjs options, e.g. --verbose]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
score=$here/../shared/tools/corpus-score.sh
if [[ ! -x $score ]]; then
  echo "heldout-score: $score not found (the shared tools sit beside the repository)" >&2
  exit 2
fi
cd "$here" # the shared tools run the CLI of the project in the current folder
batches=(batch1 batch2 batch3 batch4 batch5 batch6 batch7 batch8 batch9 batch10 batch11 batch12 batch13 batch14 batch15 batch16 batch17 batch18 batch19 batch20 batch21 batch22 batch23 batch24 batch25 batch26 batch27 batch28 batch29 batch30 batch31 batch32 batch33 batch34 batch35 batch36 batch37 batch38 batch39 batch40 batch41 batch42 batch43 batch44 batch45 batch46 batch47 batch48 batch49 batch50 batch51)
if [[ ${1:-} == batch* ]]; then batches=("$1"); shift; fi
for b in "${batches[@]}"; do
  echo "== $b"
  "$score" "$here/test/fixtures/heldout/$b/labels.jsonl" "$here/test/fixtures/heldout/$b/apps" "$@"
done
