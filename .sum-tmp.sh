#!/usr/bin/env bash
# one line per batch from $1/heldout.txt
awk '/^== /{b=$2} /^recall/{print b, $0}' $1/heldout.txt
grep "^TOTAL" $1/heldout.txt | awk '{v+=$2; f+=$3; n+=$6; tp+=$7; fp+=$8; u+=$9} END {printf "ALL vuln %d found %d (%.1f%%) findings %d tp %d fp %d unl %d strict %.1f%% lenient %.1f%%\n", v, f, 100*f/v, n, tp, fp, u, 100*tp/n, 100*tp/(tp+fp)}'
