const { scan } = await import('/work/main/src/scan.ts');
const dir = '/work/main/bench/.corpus';
const th = +process.argv[2];
let t0 = performance.now();
await scan(dir, {threads: th});
const cold = performance.now() - t0;
const ts = [];
for (let i = 0; i < 4; i++) { globalThis.gc?.(); const t0 = performance.now(); await scan(dir, {threads: th}); ts.push(performance.now() - t0); }
console.log('threads', th, 'cold', cold.toFixed(0), 'warm', ts.map(t => t.toFixed(0)).join(' '));
