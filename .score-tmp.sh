#!/usr/bin/env bash
# scores shared corpus + held-out batches into $1/corpus.txt, $1/heldout.txt
set -e
out=$1; mkdir -p $out
cd /work/main
../shared/tools/corpus-score.sh > $out/corpus.txt 2>&1
../shared/tools/corpus-score.sh --only bookmarks-express,bank-transfers-express,blog-comments-express,support-tickets-express-ts,expense-reports-express-ts > $out/yard.txt 2>&1
scripts/heldout-score.sh --verbose > $out/heldout.txt 2>&1
grep -E "^==|^recall|^TOTAL|routes" $out/heldout.txt | paste - - - 2>/dev/null | head -40
tail -3 $out/corpus.txt
