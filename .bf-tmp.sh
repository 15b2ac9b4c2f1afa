#!/usr/bin/env bash
# compare findings on the bench corpus: old (/tmp/wtk) vs new (this tree)
export PATH="$(/work/main/scripts/node24.sh):$PATH"
k='const r=JSON.parse(require("fs").readFileSync(0));for(const f of r.findings) console.log(f.ruleId, f.location?.file+":"+f.location?.line, f.endpoint?.method??"", f.endpoint?.path??"")'
[ -f /tmp/bench-old.txt ] || (cd /tmp/wtk && node bin/vas.js scan /work/main/bench/.corpus --format json | node -e "$k" | sort > /tmp/bench-old.txt)
node bin/vas.js scan bench/.corpus --format json | node -e "$k" | sort > /tmp/bench-new.txt
wc -l < /tmp/bench-old.txt; wc -l < /tmp/bench-new.txt; diff /tmp/bench-old.txt /tmp/bench-new.txt | head -20
